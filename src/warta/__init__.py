"""warta: turn a folder of news pages into a versioned, validated Frictionless Data Package."""

__version__ = "0.1.0"

__all__ = ["__version__", "load"]


def __getattr__(name: str):
    # `warta.load` is imported on first use so that `import warta` (and `warta --help`)
    # stays free of pyarrow and pandas.
    if name == "load":
        from warta.datapackage.load import load

        return load
    raise AttributeError(f"module 'warta' has no attribute {name!r}")
