"""The build step: source documents → segmented pages → extracted rows → tables.

- :mod:`warta.build.lexicon` loads the per-language resource files;
- :mod:`warta.build.segment` splits a page into header, captions, body and boilerplate;
- :mod:`warta.build.extract` finds metadata, dates, actors and quotes;
- :mod:`warta.build.article` turns one document into rows;
- :mod:`warta.build.corpus` assembles rows of many documents into tables.
"""
