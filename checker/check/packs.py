"""Rule packs (`rules/packs/*.toml`): which kinds run, under which code, with which words.

A rule is data: a code, the check kind it uses and that kind's parameters, a
severity, message templates in English and Korean, and its documentation with
examples that must fire and must not (the examples are also its tests).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from checker.check.base import CheckKind, KindParams
from checker.check.formatting import WORDING
from checker.check.kinds import KINDS
from checker.errors import InputError
from checker.folders import builtin_rules_dir
from checker.tomlfile import line_of_table, read_data_toml, read_toml, validation_error

# The rule an exception caught inside a stage or a kind is reported under (kind `internal`).
INTERNAL_ERROR = "F001"


class _AnyField(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def _check_template(name: str, template: str) -> None:
    """A message template renders with any field values (strings): `{ and {`, `{0}`, `{x.y}` or
    `{x:d}` would fail on every finding of the rule, so they fail here, when the pack is read."""
    try:
        WORDING.vformat(template, (), _AnyField())  # `{value:은}`: a field and its Korean particle
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as exc:
        raise ValueError(
            f"{name}: bad message template {template!r}: {exc} "
            "(fields are written {name}; a literal brace is {{ or }})"
        ) from None


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    fires: bool
    published: dt.date | None = None
    language: str | None = None
    note: str | None = None
    # A second article for cross-article rules; published after (or before) the first.
    other: str | None = None
    other_published: dt.date | None = None
    facts: list[dict] = Field(default_factory=list)  # reference facts, for the reference kind
    # Where and how a firing example fires (checker/rule_tests.py): the primary span's line and column
    # (1-based), the text it covers, a substring of the message, the severity; and the configuration
    # keys the example runs under (`lang`, `rule-params` … as in .factlint.toml; sqlfluff's `configs`).
    line: int | None = Field(None, ge=1)
    column: int | None = Field(None, ge=1)
    span: str | None = None
    message: str | None = None
    severity: Literal["error", "warning", "info"] | None = None
    config: dict = Field(default_factory=dict)

    @model_validator(mode="after")
    def _positions_need_a_finding(self) -> Example:
        if not self.fires and self.wants_position_or_words():
            raise ValueError("line, column, span, message and severity describe a finding: only for fires = true")
        return self

    def wants_position_or_words(self) -> bool:
        return any(v is not None for v in (self.line, self.column, self.span, self.message, self.severity))


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(pattern=r"^[A-Z]{1,3}\d{3}$")
    name: str = Field(pattern=r"^[a-z0-9-]+$")
    kind: str
    severity: Literal["error", "warning", "info"] = "error"
    summary: str = Field(max_length=200)
    summary_ko: str | None = Field(default=None, max_length=200)  # the summary in a Korean report
    why: str
    message: str
    message_ko: str | None = None
    passed: str | None = None  # how --show-passed words a relation that holds
    passed_ko: str | None = None
    params: dict = Field(default_factory=dict)
    example: list[Example] = Field(default_factory=list)

    @model_validator(mode="after")
    def _kind_exists(self) -> Rule:
        if self.kind not in KINDS:
            raise ValueError(f"unknown check kind {self.kind!r} (known: {', '.join(sorted(KINDS))})")
        for name in ("message", "message_ko", "passed", "passed_ko"):
            template = getattr(self, name)
            if template is not None:
                _check_template(name, template)
        return self

    def check_kind(self) -> CheckKind:
        return KINDS[self.kind]

    def parsed_params(self) -> KindParams:
        return self.check_kind().Params.model_validate(self.params)

    def summary_in(self, lang: str) -> str:
        return self.summary_ko if lang == "ko" and self.summary_ko else self.summary

    def template(self, lang: str, passed: bool = False) -> str:
        if passed and self.passed:
            return self.passed_ko if lang == "ko" and self.passed_ko else self.passed
        return self.message_ko if lang == "ko" and self.message_ko else self.message


class Pack(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str | None = None
    description: str | None = None
    rule: list[Rule] = []


class RuleSet:
    """Every rule from the built-in packs and the user's folders, by code."""

    def __init__(self, rules: dict[str, tuple[Rule, KindParams, str]]):
        self._rules = rules
        self._plan: list[tuple[Rule, CheckKind, KindParams, str | None]] | None = None

    def plan(self) -> list[tuple[Rule, CheckKind, KindParams, str | None]]:
        """Each rule in code order with its kind, its parameters and the grouping it compares across
        articles by (None: a per-article rule): looked up once per rule set, not once per run (a
        service or an editor checks one article per run)."""
        if self._plan is None:
            self._plan = [
                (rule, kind, params, kind.grouping(params))
                for rule, kind, params in ((r, r.check_kind(), self.params(r.code)) for r in self)
            ]
        return self._plan

    @property
    def codes(self) -> list[str]:
        return sorted(self._rules)

    def rule(self, code: str) -> Rule:
        return self._rules[code][0]

    def params(self, code: str) -> KindParams:
        return self._rules[code][1]

    def source(self, code: str) -> str:
        return self._rules[code][2]

    def __iter__(self):
        return (self._rules[c][0] for c in self.codes)

    def select(self, codes: set[str]) -> RuleSet:
        """These rules; internal errors are always kept (a bug is reported whatever is selected)."""
        return RuleSet({c: v for c, v in self._rules.items() if c in codes or v[0].kind == "internal"})


def internal_rule() -> Rule:
    """The built-in internal-error rule, for a rule set that lacks it (a user's own packs only)."""
    global _INTERNAL
    if _INTERNAL is None:
        try:
            _INTERNAL = load_rules([builtin_rules_dir()]).rule(INTERNAL_ERROR)
        except Exception:  # noqa: BLE001 — the fallback of the fallback: words that need no pack
            _INTERNAL = Rule(
                code=INTERNAL_ERROR,
                name="internal-error",
                kind="internal",
                summary="factlint failed on this article",
                why="A bug in factlint.",
                message="internal error in {where}: {error}; the rest of the run went on (please report this bug)",
            )
    return _INTERNAL


_INTERNAL: Rule | None = None


def load_rules(folders: list[Path], overrides: dict[str, dict] | None = None) -> RuleSet:
    """Packs from `<folder>/packs/*.toml` (or `<folder>/*.toml` with `[[rule]]` tables)."""
    rules: dict[str, tuple[Rule, KindParams, str]] = {}
    for folder in folders:
        pack_dir = folder / "packs" if (folder / "packs").is_dir() else folder
        builtin = folder == builtin_rules_dir()
        for path in sorted(pack_dir.glob("*.toml")):
            data, raw = read_data_toml(path) if builtin else read_toml(path)
            if "rule" not in data and pack_dir == folder:
                continue  # a lexicon file beside packs in a user's folder
            try:
                pack = Pack.model_validate(data)
            except ValidationError as exc:
                raise validation_error(path, raw, data, exc) from None
            for index, rule in enumerate(pack.rule):
                try:
                    params = rule.parsed_params()
                except ValidationError as exc:
                    err = exc.errors()[0]
                    field = ".".join(str(p) for p in err["loc"])
                    raise InputError(
                        str(path), f"rule.{index}.params.{field}: {err['msg']}", line_of_table(raw, "rule", index)
                    ) from None
                rules[rule.code] = (rule, params, str(path))
    # `rule-params` come from the configuration: a bad value or an unknown code is the configuration's.
    where = getattr(overrides, "source", None) or "configuration"
    for code, values in (overrides or {}).items():
        if code not in rules:
            raise InputError(where, f"rule-params.{code}: unknown rule code {code!r}; see `factlint rules`")
        rule, _, source = rules[code]
        merged = {**rule.params, **values}
        try:
            rules[code] = (rule, rule.check_kind().Params.model_validate(merged), source)
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"])
            raise InputError(where, f"rule-params.{code}.{field}: {err['msg']}") from None
    return RuleSet(rules)


def check_lexicon_files(folders: list[Path]) -> None:
    """Aliases a user writes must be words: an empty alias would match everywhere (and ended the
    run inside linking). One line naming the file, the table's line and the alias."""
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            data, raw = read_toml(path)
            for table in ("entity", "metric"):
                rows = data.get(table, [])
                if not isinstance(rows, list):
                    continue  # the lexicon's own validation names it
                for index, row in enumerate(rows):
                    for key in ("aliases", "variants"):
                        words = row.get(key, []) if isinstance(row, dict) else []
                        if not isinstance(words, list):
                            continue
                        for n, word in enumerate(words):
                            if isinstance(word, str) and not word.strip():
                                raise InputError(
                                    str(path),
                                    f"{table}.{index}.{key}.{n}: an alias must not be empty",
                                    line_of_table(raw, table, index),
                                )
