"""A bulleted or numbered list, one figure a line, then the total of its lines: `- income tax: £302.6bn / - national
insurance: £179.1bn / - VAT: £169.2bn` then `Together they raised £650.9bn`; `1. A - $86.4 million … 5. E - $10.5
million` then `The top five grossed a combined $148.9 million`; `- 서울: 120억원 / - 부산: 80억원` then `모두 합치면
200억원이다`.

The lines are items (a dash, a star, a number and a point, or `[link.list_item_marks]`), two at least, in a row,
each stating one figure of one unit and kind (a count of one counter). The sentence right after the last line
states the total: a total mark (`[link.total_marks]`: `together`, `a combined`, `모두 합치면`) before its first
figure, which is of the lines' unit and no smaller than any line. The list is closed: its lines are all of the
total (`Together they …`); the total is the first figure of the lines' unit in that sentence (`The top five
films grossed a combined $148.9 million`). Nothing is linked when a line is a part of another total already.
Found by position, so a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_ITEM = ByLanguage(lambda w: rf"[ \t]*(?:-|\*|\d{{1,2}}[.)]|{w.list_item_marks})\s", first_tested=False)
_TOTAL_MARK = ByLanguage(lambda w: rf"(?<!\w)(?:{w.total_marks})(?!\w)", re.I)
_MOST_ITEMS = 12


def link_lists_then_totals(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = prose_by_sentence(claims)
    wholes = {c.part_of for c in claims if c.part_of}
    run: list[Claim] = []
    for sentence in sorted(by_sentence):
        members = by_sentence[sentence]
        item = members[0] if len(members) == 1 and _on_an_item_line(members[0], text, lang) else None
        if item is not None and item.kind in AMOUNTS and item.role == "value":
            if run and (run[-1].sentence != sentence - 1 or not _same_unit(run[-1], item)):
                run = []
            run.append(item)
            continue
        total = next((c for c in members if _same_unit(run[0], c)), None) if run else None
        if len(run) >= 2 and run[-1].sentence == sentence - 1 and total is not None:
            _link_total(run, total, text, lang, sentence_starts, wholes)
        run = []


def _on_an_item_line(figure: Claim, text: str, lang: str) -> bool:
    return _ITEM[lang].match(text, text.rfind("\n", 0, figure.start) + 1) is not None


def _same_unit(one: Claim, other: Claim) -> bool:
    return (one.unit, one.kind, one.counter) == (other.unit, other.kind, other.counter)


def _link_total(
    run: list[Claim], total: Claim, text: str, lang: str, sentence_starts: list[int], wholes: set[str | None]
) -> None:
    if (
        len(run) > _MOST_ITEMS
        or total.kind not in AMOUNTS
        or total.role != "value"
        or total.sentence >= len(sentence_starts)
    ):
        return
    if not _same_unit(run[0], total) or total.part_of or total.id in wholes or any(p.part_of for p in run):
        return
    if any(p.high > total.high for p in run) or _on_an_item_line(total, text, lang):
        return
    if _TOTAL_MARK[lang].search(text, sentence_starts[total.sentence], total.start) is None:
        return
    for part in run:
        part.part_of = total.id
        part.part_list = f"lines:{total.id}"
    total.open_list = False
    total.guesses = sorted(set(total.guesses) | {"relation"})
