"""A share in the sentence after a run of labelled lines, whose subject names one line's label: `Prizes this year:` /
`First: $9,000` / `Second: $4,000` / `Third: $1,500 each` / `The first prize, 36% of the whole purse, …` (invented).

Each line states one figure after its label and a colon, nothing before the label on its line; the lines follow one
another, figures of one unit and kind. The share is of the line whose label its subject names (the words its sentence
opens with, as for a list in one sentence: checker/link/shares_of_named_members.py), not of the last line: exactly one
label named, or none is read. A line whose figure each of several has (`$1,500 each`) states no part of the total: the
share is not taken of it when no label is named either.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.inflections import names_word
from checker.link.shares_of_named_members import subject_words
from checker.models import Claim
from checker.regex_cache import compile_exact

# from the start of a line to its figure: a label of words and a colon (`Runner-up: `)
_LABEL_LINE = compile_exact(r"[ \t]*(?P<label>[^\W\d_][^\n:\d]{0,40}?)[ \t]*:[ \t]*")
_WORD = compile_exact(r"[^\W\d_][\w-]*")
_EACH_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.each_after})", re.I)


def _label(figure: Claim, text: str) -> str | None:
    """The label of the figure's line, when the line opens with a label and a colon right before the figure."""
    line_start = text.rfind("\n", 0, figure.start) + 1
    found = _LABEL_LINE.fullmatch(text, line_start, figure.start)
    return found.group("label") if found else None


def member_of_labelled_lines(
    part: Claim, rate: Claim, figures: list[Claim], position: int, text: str, lang: str, sentence_starts: list[int]
) -> Claim | None:
    """The figure of the labelled line the share's subject names (`position`: the part's index in `figures`); the
    part itself when no line is named and it is no figure each of several has; None when it is one."""
    if part.sentence == rate.sentence or _label(part, text) is None:
        return part
    members: list[tuple[Claim, list[str]]] = []
    for k in range(position, -1, -1):
        figure = figures[k]
        if figure.kind != part.kind or figure.unit != part.unit or figure.role != "value":
            break
        label = _label(figure, text)
        if label is None or (members and members[-1][0].paragraph - figure.paragraph > 1):
            break
        members.append((figure, _WORD.findall(label)))
    subject = subject_words(rate, text, lang, sentence_starts)
    named = [figure for figure, words in members if any(names_word(s, w) for s in subject for w in words)]
    if len(named) == 1:
        return named[0]
    return None if _EACH_AFTER[lang].match(text, part.end) else part
