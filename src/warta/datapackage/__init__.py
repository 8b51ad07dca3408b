"""Data packages: write a release, validate it, compare releases, load them.

- :mod:`warta.datapackage.checks` — validation of warta's tables;
- :mod:`warta.datapackage.descriptor` — the ``datapackage.json`` of a release;
- :mod:`warta.datapackage.write` — writing a release atomically (Parquet + CSV).
"""
