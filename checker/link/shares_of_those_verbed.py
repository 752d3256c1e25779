"""A share of the figure a verb names, written `of those` (or `of the number`) and that verb: `The estate planted
60,000 saplings. Late frost killed 9,000 saplings, 15 per cent of those planted`, `The library lent 80,000 books.
Repairs were needed on 2,400 books costing over £15 each, 3% of the number lent`.

The share is followed by the mark and a verb (`[link.those_verbed_marks]`, the verb in the group `verb`) that closes
its clause (a stop, a comma or `[link.clause_ends]`: `of those logged by ferries`, `of those replaced a year
earlier` name a part or another period); its whole is the last level before it of an amount the same verb stands
right before (`logged 8,000 ship calls`), in its sentence or an earlier one; its part the last level of the whole's
unit, kind and counter between the whole and the share in the share's sentence, smaller than the whole (a figure read
as a change or a baseline that nothing is measured from or against may be it: `complained against 400 calls`). The
verb says which figure the pool is, so the link is no guess by size.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS, SHARE_WHOLES
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

# (the verb closes its clause: a word after it, `of those logged by ferries`, `of those replaced a year earlier`,
# narrows the pool to a subset or another period than the figure the verb stands before)
_THOSE_VERBED = ByLanguage(
    lambda w: rf"\s+(?:{w.those_verbed_marks})\b(?=\s*(?:[.,;:!?)\n]|$)|\s+(?:{w.clause_ends}))", re.I
)
# how many figures back the whole is looked for (a constant, so the pass stays linear)
_REACH = 40
# the words right after a figure, up to a mark or a figure: its noun phrase
_NOUN_PHRASE = compile_exact(r"\s*[^\W\d_][^\d.,;:!?()\n]{0,30}")
# the one or two words right before the whole (the verb, a hedge between: `issued some 50,000`)
_WORDS_BEFORE = compile_exact(r"(?<![^\W\d_])([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?$")


def link_shares_of_those_verbed(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    compared = None  # (the figures a change is measured from, gathered once a share with the mark is met)
    for position, rate in enumerate(figures):
        if rate.role != "share" or rate.share_part is not None or not 0 < rate.value < SHARE_WHOLES.get(rate.kind, 0):
            continue
        mark = _THOSE_VERBED[lang].match(text, rate.end)
        if mark is None:
            continue
        verb = mark.group("verb").lower()
        if compared is None:
            compared = {c.compared_to for c in claims if c.compared_to}
        whole = None
        candidates = []  # (the figures of the share's sentence before it, nearest first)
        for figure in reversed(figures[max(0, position - _REACH) : position]):
            if figure.kind not in AMOUNTS:
                continue
            if figure.role == "value" and _verb_before(verb, text, figure.start):
                whole = figure
                break
            if figure.sentence == rate.sentence and _may_be_the_part(figure, compared):
                candidates.append(figure)
        if whole is None:
            continue
        part = next(
            (c for c in candidates if (c.kind, c.unit) == (whole.kind, whole.unit) and _same_noun(c, whole, text)),
            None,
        )
        if part is None or not part.value < whole.value:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"
        rate.label = rate.label or part.id


def _verb_before(verb: str, text: str, start: int) -> bool:
    """Whether the verb stands right before a figure, or one word (a hedge) before it."""
    words = _WORDS_BEFORE.search(text, max(0, start - len(verb) - 24), start)
    if words is None:
        return False
    if words.group(2) is None:
        return words.group(1).lower() == verb
    return verb in (words.group(1).lower(), words.group(2).lower())


def _may_be_the_part(figure: Claim, compared: set[str]) -> bool:
    """A level, or a figure read as a change or a baseline that nothing is measured from or against
    (`complained against 400 calls`: `against` is the verb's, no comparison)."""
    if figure.role == "value":
        return True
    return (
        figure.role in ("baseline", "change")
        and figure.change_of is None
        and figure.compared_to is None
        and figure.id not in compared
    )


def _same_noun(part: Claim, whole: Claim, text: str) -> bool:
    """The two count one noun: the same counter, or none said, or the part's noun closing the whole's noun phrase
    (`60,000 young oak saplings` read with `young` as its counter; `saplings` is the part's)."""
    if not (part.counter and whole.counter) or part.counter == whole.counter:
        return True
    phrase = _NOUN_PHRASE.match(text, whole.end)
    return phrase is not None and part.counter.lower() in phrase.group().lower().split()
