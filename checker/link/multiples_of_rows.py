"""A multiple between two rows of a table the article listed before, named by their labels: `구별 평균 가격은 다음과
같다. 서초구 | 25억1천만원 … 도봉구 | 6억1천만원 … 가장 비싼 서초구는 도봉구의 4.1배에 달했다`.

A multiple tied to no figure it is measured from, in a sentence that states no amount before it, right after a
label standing as the topic (`서초구는`, `[link.topic_particles]`) and a second label joined to the multiple by a
genitive (`도봉구의`, `[link.multiple_of_before]`): each label opens a line that states one figure after a cell
separator (`서초구 | 25억1천만원`, `도봉구: 6억1천만원`), the only such line of the label, both figures of one unit.
The multiple is the first row's figure over the second's, which the multiple kind checks. The rows stand apart
from the sentence: a guess.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.models import Claim
from checker.regex_cache import compile_exact

# `서초구는 도봉구의 4.1배`: the topic's label, the label compared with and its genitive, right before the multiple
_LABELS_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<topic>[^\W\d_]{{1,12}})(?:{w.topic_particles})\s+"
        rf"(?P<other>[^\W\d_]{{1,12}})(?:{w.multiple_of_before})\s?(?:(?:{w.hedges})\s?)?$"
    )
)
# a row: a label opening its line, a cell separator, then the figure, which ends the line
_ROW_LABEL = compile_exact(r"[ \t]*(?P<label>[^\W\d_][^\n|:]{0,15}?)[ \t]*[|:][ \t]*")
_ROW_END = compile_exact(r"[ \t|]*(?:\n|$)")
_REACH = 40  # characters before a multiple where its two labels stand


def link_multiples_of_rows(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    labels = None  # the rows' labels, read once, when a multiple names two
    for multiple in claims:
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to or multiple.furniture:
            continue
        s_start = sentence_starts[multiple.sentence] if multiple.sentence < len(sentence_starts) else 0
        named = _LABELS_BEFORE[lang].search(text, max(s_start, multiple.start - _REACH), multiple.start)
        if named is None:
            continue
        if any(c.sentence == multiple.sentence and c.kind in AMOUNTS and c.start < multiple.start for c in claims):
            continue  # a figure of its own before it: the other rules decide
        if labels is None:
            labels = _row_labels(claims, text)
        tops, others = labels.get(named.group("topic"), []), labels.get(named.group("other"), [])
        if len(tops) != 1 or len(others) != 1:
            continue
        top, other = tops[0], others[0]
        if top.end > multiple.start or other.end > multiple.start or (top.kind, top.unit) != (other.kind, other.unit):
            continue
        multiple.change_of, multiple.compared_to = top.id, other.id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _row_labels(claims: list[Claim], text: str) -> dict[str, list[Claim]]:
    """Each row label with the figures of the lines it opens (`서초구 | 25억1천만원`)."""
    out: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.kind not in AMOUNTS or claim.role != "value" or claim.furniture:
            continue
        line_start = text.rfind("\n", 0, claim.start) + 1
        row = _ROW_LABEL.fullmatch(text, line_start, claim.start)
        if row is not None and _ROW_END.match(text, claim.end):
            out.setdefault(row.group("label").strip(), []).append(claim)
    return out
