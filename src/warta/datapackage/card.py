"""The dataset card: a README.md inside every release, generated from the table declarations.

The YAML front matter lets the Hugging Face ``datasets`` library load each table's Parquet
file as a configuration; the body tells a person what the dataset is, what every column
means, how it was built and how to load it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from warta import __version__
from warta.config import DatasetConfig
from warta.datapackage.plots import PLOTS
from warta.schema.declarations import LIST_DELIMITER, TABLES, Column, Table

TYPE_NAMES = {"list": f"list of strings (joined by `{LIST_DELIMITER.strip()} `)"}


def _cell(text: Any) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def front_matter(config: DatasetConfig, languages: list[str]) -> str:
    """YAML front matter: licence, languages, tags and one ``datasets`` config per table."""
    import yaml

    data: dict[str, Any] = {"pretty_name": config.title}
    if config.licenses:
        data["license"] = config.licenses[0].get("name", "other").lower()
    if languages:
        data["language"] = languages
    if config.keywords:
        data["tags"] = list(config.keywords)
    data["configs"] = [
        {"config_name": table.name, "data_files": [{"split": "train", "path": f"data/{table.name}.parquet"}],
         **({"default": True} if number == 0 else {})}
        for number, table in enumerate(TABLES)
    ]
    return "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100) + "---\n"


def constraints(column: Column, table: Table) -> str:
    """A column's rules in words: required, unique, allowed values, pattern, minimum, references."""
    rules = []
    if column.name in table.primary_key:
        rules.append("primary key" if len(table.primary_key) == 1 else "part of the primary key")
    if column.required:
        rules.append("required")
    if column.unique and column.name not in table.primary_key:
        rules.append("unique")
    if column.enum:
        rules.append("one of " + ", ".join(f"`{value}`" for value in column.enum))
    if column.pattern:
        rules.append(f"matches `{column.pattern}`")
    if column.minimum is not None:
        rules.append(f"≥ {column.minimum}")
    for fk in table.foreign_keys:
        if column.name in fk.columns:
            target = fk.reference_columns[fk.columns.index(column.name)]
            rules.append(f"→ `{fk.reference_table}.{target}`")
    return ", ".join(rules)


def table_section(table: Table, rows: int) -> str:
    lines = [f"### `{table.name}` — {table.title}", "",
             f"{table.description} {rows} row{'s' if rows != 1 else ''}; "
             f"files `data/{table.name}.parquet` and `data/{table.name}.csv`.", "",
             "| column | type | description | constraints |", "|---|---|---|---|"]
    for column in table.columns:
        kind = TYPE_NAMES.get(column.type, column.type)
        rules = _cell(constraints(column, table))
        lines.append(f"| `{column.name}` | {kind} | {_cell(column.description)} | {rules} |")
    return "\n".join(lines) + "\n"


def quality_section(quality: Mapping[str, float | None] | None) -> str:
    if not quality:
        return ("Extraction quality was not evaluated for this release (`warta evaluate --gold FOLDER` "
                "scores it against gold annotations).\n")
    lines = ["Scored by `warta evaluate` against gold annotations:", "", "| figure | value |", "|---|---|"]
    for name, value in quality.items():
        shown = "—" if value is None else (f"{value:.2f}" if isinstance(value, float) else str(value))
        lines.append(f"| {_cell(name.replace('_', ' '))} | {shown} |")
    return "\n".join(lines) + "\n"


def loading_section(config: DatasetConfig) -> str:
    return f"""Every table is in `data/` twice, as Parquet (typed) and CSV (UTF-8, header row).

```python
import pandas as pd
quotes = pd.read_parquet("data/quotes.parquet")

import polars as pl
quotes = pl.read_parquet("data/quotes.parquet")

from datasets import load_dataset            # Hugging Face: one config per table
quotes = load_dataset("path/to/{config.package_name}", "quotes", split="train")

from frictionless import Package             # the descriptor, with every schema
package = Package("datapackage.json")
```

```sql
-- DuckDB
SELECT speaker, count(*) AS quotes FROM 'data/quotes.parquet' GROUP BY speaker ORDER BY quotes DESC;
```

```r
library(arrow)
quotes <- read_parquet("data/quotes.parquet")
quotes <- read.csv("data/quotes.csv", encoding = "UTF-8")   # without arrow
```
"""


def dataset_card(config: DatasetConfig, counts: Mapping[str, int], languages: list[str], released: dt.date,
                 corpus: str, quality: Mapping[str, float | None] | None = None, changelog: bool = False) -> str:
    """The README.md of a release.

    ``counts`` are the rows per table and ``languages`` the articles' languages; ``corpus`` is
    the name of the source folder, shown in the command that rebuilds the release; ``quality``
    holds extraction figures (e.g. the ``overall`` figures of ``warta evaluate``).
    """
    licenses = ", ".join(f"[{entry.get('title') or entry['name']}]({entry['path']})" if entry.get("path")
                         else entry.get("title") or entry.get("name", "") for entry in config.licenses)
    facts = [("Name", f"`{config.name}`"), ("Version", config.version), ("Released", released.isoformat()),
             ("License", licenses or "not stated")]
    if config.homepage:
        facts.append(("Homepage", config.homepage))
    facts.append(("Built with", f"warta {__version__}"))
    parts = [
        front_matter(config, languages),
        f"# {config.title}\n",
        f"{' '.join(config.description.split())}\n" if config.description else "",
        "| | |\n|---|---|\n" + "\n".join(f"| {key} | {_cell(value)} |" for key, value in facts) + "\n",
        "## Contents\n",
        "| table | rows | contents |\n|---|---|---|\n" + "\n".join(
            f"| [`{table.name}`](#{table.name}--{table.title.lower().replace(' ', '-')}) | {counts[table.name]} "
            f"| {_cell(table.description)} |" for table in TABLES) + "\n",
        "`datapackage.json` describes every file (Frictionless Data Package v2, with sizes and SHA-256 "
        "hashes); `CITATION.cff` says how to cite the dataset"
        + ("; `CHANGELOG.md` lists what changed in each release" if changelog else "")
        + "; `SHA256SUMS` lets you check the files with `sha256sum -c SHA256SUMS`.\n",
        "## Plots\n",
        "\n".join(f"![{title}]({path})" for path, title in PLOTS.items()) + "\n",
        "## Tables\n",
        "\n".join(table_section(table, counts[table.name]) for table in TABLES),
        "## Extraction quality\n",
        quality_section(quality),
        "## How to load\n",
        loading_section(config),
        "## Sources\n",
        ("\n".join(f"- {_cell(source.get('title') or source.get('path'))}"
                   + (f" (`{source['path']}`)" if source.get("path") and source.get("title") else "")
                   for source in config.sources) + "\n") if config.sources else
        f"{counts['articles'] + counts['rejects']} source documents; see the `source` columns of "
        "`articles` and `rejects`.\n",
        "## How it was built\n",
        f"With warta {__version__} from the folder `{corpus}/`:\n\n"
        f"```bash\npip install warta=={__version__}\nwarta build {corpus}/\n```\n\n"
        "The build is reproducible: the same sources and the same versions of warta, pyarrow and "
        "matplotlib give the same files, byte for byte (rows sorted by key, fixed writer options, "
        "dates taken from the sources rather than the clock).\n",
    ]
    return "\n".join(part for part in parts if part)
