"""Data packages: write a release, validate it, compare releases, load them.

- :mod:`warta.datapackage.checks` — validation of warta's tables;
- :mod:`warta.datapackage.descriptor` — the ``datapackage.json`` of a release;
- :mod:`warta.datapackage.write` — writing a release atomically (Parquet + CSV);
- :mod:`warta.datapackage.card` — the dataset card (README.md) of a release;
- :mod:`warta.datapackage.plots` — the PNG plots of a release;
- :mod:`warta.datapackage.citation` — CITATION.cff from warta.toml;
- :mod:`warta.datapackage.diff` — schema and row changes between two releases;
- :mod:`warta.datapackage.release` — versions, changelog, archives and the reference release.
"""
