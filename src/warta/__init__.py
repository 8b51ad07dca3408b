"""warta: turn a folder of news pages into a versioned, validated Frictionless Data Package."""

__version__ = "0.1.0"
