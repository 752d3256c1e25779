"""Lexicons from `rules/lexicon/*.toml` (and users' rule folders), validated and compiled once."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.extract.lang import link_alternations
from checker.regex_cache import compile_re
from checker.tomlfile import read_toml, validation_error


class EntityDef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    # `source`: research firms and agencies that report figures but are not their subject.
    kind: Literal["company", "org", "source", "outlet", "person", "country", "place"] = "company"
    aliases: list[str] = Field(min_length=1)
    variants: list[str] = []
    fiscal_year_end: int | None = Field(default=None, ge=1, le=12)


class MetricDef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    type: Literal["flow", "stock", "event"] = "flow"
    percent_only: bool = False
    generic: bool = False
    # What the metric's figures are: `revenue` is money, `shipments` a count (`2.5 million vehicles`).
    measures: Literal["money", "count", "percent", "any"] = "any"
    # A figure of this metric is one of another metric per share (`eps`: net profit per share): the metric it
    # divides by the count of shares (checker/link/per_share_metrics.py).
    per_share_of: str | None = Field(default=None, pattern=r"^[a-z0-9_]+$")
    aliases: list[str] = Field(min_length=1)


class PartitionDef(BaseModel):
    """Parts that make up one whole between them (`수도권` and `지방`; men and women)."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    members: list[list[str]] = Field(min_length=2)  # each member's aliases
    # The kinds of figure it splits (`domestic` sales and `exports` of units, not of money: a country's
    # domestic demand and its exports are no two parts of one stated total); empty: any kind.
    kinds: list[str] = Field(default_factory=list)


class LexiconFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entity: list[EntityDef] = []
    metric: list[MetricDef] = []
    partition: list[PartitionDef] = []


# The particles that may follow a Hangul name: the lexicon is compiled once for every document,
# and a Hangul name is followed by Korean particles whatever the document's language.
_PARTICLES = f"(?:{link_alternations('ko').particles_after_alias})"
_HANGUL = link_alternations("ko").script_letters  # a lexicon's Korean aliases, told apart by their letters
# a Latin alias (`Samsung`, `LG`) ends where no Latin letter or digit goes on (the shared alphabet: base.toml)
_LATIN_OR_DIGIT = link_alternations("base").chars("capital_letters", "small_letters", marks="0-9")
# A suffix that makes another word of a metric's name (`수익화`, monetization): the lexicon is compiled
# once for every document, and Korean metric names take Korean suffixes whatever the document's language.
_METRIC_DERIVATIONS = f"(?:{link_alternations('ko').metric_derivations})"


def _alternation(words: list[str], names: bool = True) -> str:
    """One alternation for many aliases; the word-boundary conditions are written once
    per script (not per alias), which keeps compiling the pattern cheap."""

    def escaped(word: str) -> str:
        return re.escape(word).replace(r"\ ", r"\s?")

    # Longest first, spaces not counted: `영업이익률` must win over `영업 이익`.
    # (ties in a fixed order: the same pattern in every process, so its compiled program is cached)
    unique = sorted(set(words), key=lambda w: (-len(w.replace(" ", "")), -len(w), w))
    latin = [w for w in unique if w.isascii() and w[:1].isalnum()]
    hangul = [w for w in unique if names and w not in latin and re.fullmatch(_HANGUL, w[-1])]
    other = [w for w in unique if w not in latin and w not in hangul]
    parts = []
    if latin:
        # (its own first-letter test: where no Latin alias starts, a Korean syllable among them, the
        # many aliases are not tried one by one)
        starts = "".join(re.escape(c) for c in sorted({w[0] for w in latin} | {w[0].swapcase() for w in latin}))
        parts.append(rf"(?=[{starts}])(?<!{_LATIN_OR_DIGIT})(?:{'|'.join(map(escaped, latin))})(?!{_LATIN_OR_DIGIT})")
    if hangul:
        # A Korean name ends where a particle or a non-Hangul character follows
        # (`애플의`, not `애플리케이션`).
        parts.append(rf"(?<!{_HANGUL})(?:{'|'.join(map(escaped, hangul))})(?=(?!{_HANGUL})[\s\S]|{_PARTICLES}|$)")
    if other:
        parts.append("|".join(map(escaped, other)))
    if not parts:
        return r"(?!x)x"
    # A cheap first-character test lets the engine skip most positions at once.
    firsts = {w[0] for w in unique} | {w[0].swapcase() for w in unique}
    guard = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" + _second_guard(unique)
    return guard + "(?:" + "|".join(parts) + ")"


def _second_guard(words: list[str]) -> str:
    """A test of the character after the first (`매출` and `영업` are tried at `매출`, not at `매일`);
    a space in an alias may be left out, so a space lets its next letter or a space through.
    Empty when an alias is one letter long."""
    seconds: set[str] = set()
    for word in words:
        rest = word[1:]
        letter = rest.lstrip(" ")[:1]
        if not letter:
            return ""
        seconds |= {letter, letter.swapcase()} | ({" "} if letter != rest[:1] else set())
    chars = "".join(re.escape(c) for c in sorted(seconds - {" "})) + (r"\s" if " " in seconds else "")
    return rf"(?=[\s\S][{chars}])"


class Lexicon:
    """Entities and metrics from every lexicon file, with compiled matchers."""

    def __init__(self, files: list[LexiconFile]):
        self._surfaces: dict[str, str | None] = {}  # a surface form seen before: no normalizing again
        self._metric_surfaces: dict[str, str | None] = {}
        self.entities: dict[str, EntityDef] = {}
        self.metrics: dict[str, MetricDef] = {}
        self.partitions: dict[str, PartitionDef] = {}
        for file in files:
            for entity in file.entity:
                self.entities[entity.id] = entity
            for metric in file.metric:
                self.metrics[metric.id] = metric
            for partition in file.partition:
                self.partitions[partition.id] = partition

    @classmethod
    def load(cls, folders: list[Path]) -> Lexicon:
        files = []
        for folder in folders:
            for path in sorted(folder.glob("*.toml")):
                data, raw = read_toml(path)
                try:
                    files.append(LexiconFile.model_validate(data))
                except ValidationError as exc:
                    raise validation_error(path, raw, data, exc) from None
        return cls(files)

    @cached_property
    def alias_to_entity(self) -> dict[str, str]:
        table = {}
        for entity in self.entities.values():
            for alias in (*entity.aliases, *entity.variants):
                table[_key(alias)] = entity.id
        return table

    @cached_property
    def entity_re(self) -> re.Pattern[str]:
        words = [a for e in self.entities.values() for a in (*e.aliases, *e.variants)]
        return compile_re(_alternation(words))

    @cached_property
    def alias_to_metric(self) -> dict[str, str]:
        return {_key(a): m.id for m in self.metrics.values() for a in m.aliases}

    @cached_property
    def metric_types(self) -> dict[str, str]:
        """Each metric's type (flow, stock, event), by id."""
        return {m.id: m.type for m in self.metrics.values()}

    @cached_property
    def metric_re(self) -> re.Pattern[str]:
        words = [a for m in self.metrics.values() for a in m.aliases]
        return compile_re(f"(?:{_alternation(words, names=False)})(?!{_METRIC_DERIVATIONS})", re.I)

    @cached_property
    def alias_to_partition(self) -> dict[str, tuple[str, int]]:
        return {
            _key(alias): (p.id, index)
            for p in self.partitions.values()
            for index, aliases in enumerate(p.members)
            for alias in aliases
        }

    @cached_property
    def partition_re(self) -> re.Pattern[str]:
        return compile_re(_alternation(list(self.alias_to_partition_surfaces())), re.I)

    def alias_to_partition_surfaces(self) -> list[str]:
        return [alias for p in self.partitions.values() for aliases in p.members for alias in aliases]

    def partition_for(self, surface: str) -> tuple[str, int] | None:
        """(partition id, member index) of a part's name."""
        return self.alias_to_partition.get(_key(surface))

    def partitions_for(self, surface: str, kind: str) -> list[tuple[str, int]]:
        """(partition id, member index) of every partition a part's name is a member of, for a figure of
        `kind` (`domestic` is a member of two: with `overseas`, and with `exports` of counted units only)."""
        return [
            found
            for found in self.alias_to_partitions.get(_key(surface), ())
            if not self.partitions[found[0]].kinds or kind in self.partitions[found[0]].kinds
        ]

    @cached_property
    def alias_to_partitions(self) -> dict[str, list[tuple[str, int]]]:
        table: dict[str, list[tuple[str, int]]] = {}
        for p in self.partitions.values():
            for index, aliases in enumerate(p.members):
                for alias in aliases:
                    table.setdefault(_key(alias), []).append((p.id, index))
        return table

    def entity_for(self, surface: str) -> str | None:
        found = self._surfaces.get(surface, _MISSING)
        if found is _MISSING:
            found = self._surfaces[surface] = self.alias_to_entity.get(_key(surface))
        return found

    @property
    def metric_answers(self) -> dict[str, str | None]:
        """The answers `metric_for` has given, by surface (read without a call where a surface repeats)."""
        return self._metric_surfaces

    def metric_for(self, surface: str) -> str | None:
        found = self._metric_surfaces.get(surface, _MISSING)
        if found is _MISSING:
            found = self._metric_surfaces[surface] = self.alias_to_metric.get(_key(surface))
        return found


_MISSING = object()


def _key(surface: str) -> str:
    return re.sub(r"\s+", "", surface).lower()
