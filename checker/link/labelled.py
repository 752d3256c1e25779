"""Labelled lines: a figure that a line gives after its label (`- Carrier B: 2.3 million;`).

Data copy often sets figures out one to a line, each after a label and a colon, and later gives a
second column of the same labels (their shares). The label is what ties the two together; a run
of such lines of one unit is a breakdown of the labelled figure on the line right before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_cache import compile_exact

# The start of a labelled line, up to the figure: an optional item mark, a label that does not
# start with a digit, and a colon.
_LABEL_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:^|\n)[^\S\n]*(?:(?:[-*]|{w.list_item_marks})[^\S\n]*)?(?P<label>[^\W\d][^:\n]{{0,40}}?)[^\S\n]*:[^\S\n]*$"
    )
)
# What may follow the figure on a line that gives nothing else: closing punctuation, and on a digest's last
# line an editor's bracketed note (`- Carrier B: 2.3%. [more]`), which states no figure.
_BARE_AFTER = compile_exact(r"[^\S\n]*[;,.]?[^\S\n]*(?:\[[^\]\d\n]{0,40}\][^\S\n]*)?(?:\n|$)")


@dataclass(frozen=True)
class LabelledFigure:
    claim: Claim
    label: str  # folded: lower case, single spaces
    bare: bool  # nothing but closing punctuation after the figure on its line


def labelled_figures(claims: list[Claim], text: str, lang: str) -> list[LabelledFigure]:
    """The figures that start their line's value after a label, in text order."""
    found = []
    for claim in claims:
        if claim.role == "conversion" or claim.furniture:
            continue
        if not _after_colon(text, claim.start):
            continue  # (told without the match: most figures follow no colon)
        line_start = text.rfind("\n", 0, claim.start)
        # Anchored at the line's start: a search would try every place of the line, for every figure
        # (quadratic on a long line without breaks).
        match = _LABEL_BEFORE[lang].match(text, max(0, line_start), claim.start)
        if match is None:
            continue
        label = " ".join(match.group("label").split()).casefold()
        found.append(LabelledFigure(claim, label, bool(_BARE_AFTER.match(text, claim.end))))
    return found


def _after_colon(text: str, position: int) -> bool:
    """Whether a colon stands before `position`, with only spaces of the same line between: what
    `_LABEL_BEFORE` ends with (spaces of the line, a colon, spaces of the line), tested without it."""
    at = position
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1] == ":"
