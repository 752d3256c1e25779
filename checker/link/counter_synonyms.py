"""Nouns that count one thing (`16 games`, `16 matches`; `9,800 head`, `9,800 cattle`), as data: each entry of a
language's `[link.counter_synonym_groups]` is one group, a pattern the whole counter must match. Two counts after
nouns of one group count the same thing, as two counts after one noun do; the restatement check compares the
claims' counter fields with it and reads no text."""

from __future__ import annotations

import functools
import re

from checker.extract.lang import available, load_file
from checker.regex_cache import compile_re


def _every_language(name: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of one `[link.X]` class in every language: the nouns of two languages never meet in one
    article's counters."""
    patterns = []
    for code in ("base", *available()):
        data = load_file(code)
        if data is not None and name in data.link:
            patterns.extend(compile_re(word, re.IGNORECASE) for word in data.link[name].words)
    return tuple(patterns)


@functools.cache
def _groups() -> tuple[re.Pattern[str], ...]:
    """Every language's groups of nouns of one thing (`[link.counter_synonym_groups]`)."""
    return _every_language("counter_synonym_groups")


@functools.cache
def _modifiers() -> tuple[re.Pattern[str], ...]:
    """Every language's words that describe a counted thing without naming it (`[link.counter_modifiers]`)."""
    return _every_language("counter_modifiers")


@functools.cache
def counter_names_nothing(counter: str | None) -> bool:
    """The counted word read is one that describes the thing without naming it (`38 new units` read as `new`): the
    count's noun is unsaid, as where none is read."""
    return bool(counter) and any(pattern.fullmatch(counter) for pattern in _modifiers())


@functools.cache
def _added() -> tuple[re.Pattern[str], ...]:
    """Every language's words that make a count one more lot after one stated before (`[link.added_heads]`)."""
    return _every_language("added_heads")


def head_adds(head: list[str]) -> bool:
    """The count's last words before it make it one more lot after one stated before (`another 1,200 boxes`, `추가로
    1천200상자`): a lot of the size of an earlier one, not that one stated again."""
    return any(pattern.fullmatch(word) for word in head for pattern in _added())


@functools.cache
def counter_group(counter: str | None) -> str | None:
    """The counter's group (the first whose pattern it matches whole), else the counter itself lower-cased."""
    if not counter:
        return None
    for at, pattern in enumerate(_groups()):
        if pattern.fullmatch(counter):
            return f"#{at}"
    return counter.lower()


def counters_alike(a: str | None, b: str | None) -> bool:
    """Both nouns count one thing: the same noun, or two of one group."""
    return a == b or (a is not None and b is not None and counter_group(a) == counter_group(b))


_COMPOUND_REST = 3  # letters a compound adds to the noun it ends with (`bathtubs` over `tubs`; not `women`, `men`)


def counters_may_restate(a: str | None, b: str | None) -> bool:
    """Two counted nouns that may name one thing in a headline and its body: alike (`counters_alike`: one noun, or
    two of one group of synonyms), or one a compound ending in the other (`tubs`, `bathtubs`)."""
    if not a or not b or counters_alike(a, b):
        return True
    one, other = sorted((a.casefold(), b.casefold()), key=len)
    return other.endswith(one) and len(other) - len(one) >= _COMPOUND_REST and other[-len(one) - 1].isalpha()


CLASSIFIER_LETTERS = 2  # a counter of at most so many letters is a classifier (`개`, `가구`), no noun (`stores`)


def classifiers_unlike(a: str | None, b: str | None) -> bool:
    """Two classifiers that count unlike things (`가구` households, `개` pieces; `번` times): a part counted with one is
    no part of a whole counted with the other."""
    return bool(a and b) and len(a) <= CLASSIFIER_LETTERS and len(b) <= CLASSIFIER_LETTERS and not counters_alike(a, b)
