"""An optional registry of known actors: aliases → canonical name, kind and external ID.

Extraction names an actor by the longest form an article uses; a registry lets a dataset
merge forms that no single article connects ("Jokowi" and "Joko Widodo") and attach an
identifier from elsewhere, such as a Wikidata QID. The file is TOML::

    [[actor]]
    name = "Joko Widodo"
    aliases = ["Jokowi"]
    kind = "person"          # optional
    external_id = "Q563145"  # optional
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from warta.build.article import ArticleRows, actor_id
from warta.schema.declarations import ACTOR_KINDS


class RegistryError(Exception):
    """A registry file that cannot be used, naming the file and entry."""


@dataclass(frozen=True)
class RegistryEntry:
    name: str
    kind: str | None = None
    external_id: str | None = None


@dataclass
class ActorRegistry:
    """Known actors by every name they go by (case-insensitive)."""

    by_name: dict[str, RegistryEntry] = field(default_factory=dict)

    def lookup(self, name: str) -> RegistryEntry | None:
        return self.by_name.get(" ".join(name.casefold().split()))

    @classmethod
    def load(cls, path: Path) -> ActorRegistry:
        """Read a registry file; errors name the file and the entry."""
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise RegistryError(f"{path}: {error}") from None
        registry = cls()
        for number, item in enumerate(data.get("actor", []), start=1):
            if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
                raise RegistryError(f"{path}: actor #{number} needs a name")
            kind = item.get("kind")
            if kind is not None and kind not in ACTOR_KINDS:
                raise RegistryError(f"{path}: actor #{number} ({item['name']}): kind must be one of {ACTOR_KINDS}")
            entry = RegistryEntry(item["name"].strip(), kind, item.get("external_id"))
            for alias in [item["name"], *item.get("aliases", [])]:
                key = " ".join(str(alias).casefold().split())
                if key in registry.by_name and registry.by_name[key] != entry:
                    raise RegistryError(f"{path}: {alias!r} is listed for two actors")
                registry.by_name[key] = entry
        return registry


def apply_registry(rows: ArticleRows, registry: ActorRegistry) -> ArticleRows:
    """Rename the actors of one article's rows to their registry names (IDs follow the names)."""
    renamed: dict[str, RegistryEntry] = {}
    for actor in rows.actors:
        entry = registry.lookup(actor["name"])
        if entry is not None:
            renamed[actor["actor_id"]] = entry
    if not renamed:
        return rows
    actors: dict[str, dict] = {}
    for actor in rows.actors:
        entry = renamed.get(actor["actor_id"])
        if entry is not None:
            actor = {**actor, "actor_id": actor_id(entry.name), "name": entry.name,
                     "kind": entry.kind or actor["kind"], "external_id": entry.external_id}
        actors.setdefault(actor["actor_id"], actor)
    mentions: dict[tuple[str, str], dict] = {}
    for mention in rows.mentions:
        entry = renamed.get(mention["actor_id"])
        new_id = actor_id(entry.name) if entry else mention["actor_id"]
        key = (mention["article_id"], new_id)
        if key in mentions:
            merged = mentions[key]
            merged["count"] += mention["count"]
            if len(mention["surface"]) > len(merged["surface"]):
                merged["surface"] = mention["surface"]
            merged["role"] = merged["role"] or mention["role"]
        else:
            mentions[key] = {**mention, "actor_id": new_id}
    quotes = []
    for quote in rows.quotes:
        entry = renamed.get(quote["actor_id"]) if quote["actor_id"] else None
        if entry is not None:
            quote = {**quote, "speaker": entry.name, "actor_id": actor_id(entry.name)}
        quotes.append(quote)
    return ArticleRows(rows.article, quotes, rows.dates, sorted(mentions.values(), key=lambda m: m["actor_id"]),
                       sorted(actors.values(), key=lambda a: a["actor_id"]))
