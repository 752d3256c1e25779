"""Changes stated as fractions in words: `Barley output fell by a quarter, to 3.0 million tonnes from 4.0
million`, `The ferry carried 2.4 million passengers, up from 2.0 million, an increase of about a fifth`.

A fraction right after a verb of change and `by` (`fell by`, `rose by`) or after a noun of change and `of` (`an
increase of`, `a fall of`) is the size of a change, not a share. In its sentence, the change is of the value
whose prior the sentence compares it with: the one figure compared with (a baseline or prior) and the value of
its unit nearest before it (or, with none before, right after it). Other rates of change already tied to that
value leave the fraction alone (the sentence states its change otherwise). The growth check reads the fraction
as its hundredfold percent. Language words are data (`[link.rise_verbs_before]`, `[link.fall_verbs_before]`,
`[link.rise_nouns]`, `[link.fall_nouns]`, `[link.fraction_change_by]`, `[link.fraction_change_of]`).
A fraction appended after a comma and `by` (`rose to $1.3m from $1.0m, by more than a fifth`) is the size of the
sentence's change too, its direction that of the last verb of change written before it in the sentence; so is one
set off by a comma before a comparative word (`climbed from £1.40 to £1.75, a quarter more`, `…, a fifth lower`),
its direction the word's (`[link.comparative_above]`, `[link.comparative_below]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.amounts_appended import moves_from_a_figure_after
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:\b(?:(?P<rise>{w.rise_verbs_before})|(?P<fall>{w.fall_verbs_before}))\s+(?:{w.fraction_change_by})"
        rf"|\b(?:(?P<rise_n>{w.rise_nouns})|(?P<fall_n>{w.fall_nouns}))\s+(?:{w.fraction_change_of}))\s+$"
    ),
    re.I,
)
# `rose to $1.3m from $1.0m, by more than a fifth`: the fraction appended after a comma and `by`; the change's
# direction is the last verb of change its sentence writes before it
_APPENDED_BY = ByLanguage(lambda w: rf",\s*(?:{w.fraction_change_by})\s+$", re.I)
# `climbed from £1.40 to £1.75, a quarter more`: a fraction set off by a comma and followed by a comparative word is
# the size of the sentence's change, its direction the word's
_COMMA_BEFORE = compile_exact(r",\s*$")
_COMPARED_AFTER = ByLanguage(
    lambda w: rf"\s+(?:(?P<above>{w.comparative_above})|(?P<below>{w.comparative_below}))\b",
    re.I,
)
_MOVE = ByLanguage(lambda w: rf"\b(?:(?P<rise>{w.rise_verbs_before})|(?P<fall>{w.fall_verbs_before}))\b", re.I)
_REACH = 32  # characters before a fraction where its verb or noun of change stands
_LEVELS = ("money", "count", "measure")


def _appended_direction(text: str, lang: str, start: int, fraction: Claim) -> int:
    """+1 or -1 for a fraction appended after `, by` to its sentence's move (`rose …, by a fifth`), else 0."""
    if not _APPENDED_BY[lang].search(text, max(0, fraction.start - _REACH), fraction.start):
        return 0
    last = None
    for last in _MOVE[lang].finditer(text, start, fraction.start):  # noqa: B007 — the last one
        pass
    if last is None:
        return 0
    return 1 if last.group("rise") else -1


def _compared_direction(text: str, lang: str, fraction: Claim) -> int:
    """+1 or -1 for a fraction set off by a comma before a comparative word (`…, a quarter more`, `…, a fifth
    lower`), else 0."""
    if not _COMMA_BEFORE.search(text, max(0, fraction.start - 3), fraction.start):
        return 0
    word = _COMPARED_AFTER[lang].match(text, fraction.end)
    if word is None:
        return 0
    return 1 if word.group("above") else -1


def link_fraction_changes(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    fractions = [c for c in claims if c.kind == "fraction" and c.role == "share" and not c.furniture]
    if not fractions:
        return
    by_sentence = prose_by_sentence(claims)
    for fraction in fractions:
        mark = _BEFORE[lang].search(text, max(0, fraction.start - _REACH), fraction.start)
        appended = 0
        if mark is None:
            if fraction.sentence >= len(sentence_starts):
                continue  # (no sentence to read: never the whole text)
            start = sentence_starts[fraction.sentence]
            appended = _appended_direction(text, lang, start, fraction) or _compared_direction(text, lang, fraction)
            if not appended:
                continue
        sentence = by_sentence[fraction.sentence]
        earlier = [c for c in sentence if c.kind in _LEVELS and c.role in ("baseline", "prior")]
        if len(earlier) != 1:
            continue
        prior = earlier[0]
        values = [c for c in sentence if c.kind == prior.kind and c.unit == prior.unit and c.role == "value"]
        before = [c for c in values if c.end <= prior.start]
        after = [c for c in values if c.start >= prior.end]
        value = before[-1] if before else (after[0] if after else None)
        if value is None or any(c.change_of == value.id and c.role == "change" for c in sentence):
            continue
        if moves_from_a_figure_after(value, text, lang):
            continue  # (`That is 3,000 tonnes up on last year's 24,000, a rise of an eighth`: the move, no level)
        fraction.role, fraction.change_of, fraction.compared_to = "change", value.id, prior.id
        if appended:
            fraction.direction = appended
        else:
            fraction.direction = 1 if (mark.group("rise") or mark.group("rise_n")) else -1
