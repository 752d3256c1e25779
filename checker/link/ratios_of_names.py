"""A multiple or a ratio of the figure a name stands for: `한국의 외환보유액(4천100억달러)은 세계 9위다.
중국(3조1천억달러)은 한국의 7.6배에 이른다`, `서울 평균 가격은 12억5천만원이다. 부산은 4억원으로 서울의 32%
수준에 머물렀다`.

Right before the multiple stands a name the article knows (a country, a region, a company) joined by a genitive
(`한국의 7.6배`, `[link.multiple_of_before]`): the multiple is of that name's figure, stated before it in its
sentence or the three before — the nearest figure whose only entity is that name, of the unit (and counter) of
the figure multiplied, of no other metric or period as their words say. The figure multiplied is the one the role
stage tied the multiple to, or else the nearest figure before of the multiple's own subject (`강남구는`). Two
figures of the name with different values in reach: which one is not said, nothing is linked. The multiple kind
checks value ÷ figure; the reading spans sentences, so a mismatch is a warning (`guesses`).

A ratio up to the whole (100%, `3분의 1`) after the name and its genitive, said of the figure before (the
clause's predicate, `32% 수준`, `[link.ratio_levels]`), and tied to no part or whole yet, is read the same way:
the figure multiplied is the part, the name's figure the whole, which the share-of-total check divides. A
sentence with no figure before the ratio (`한국의 외환보유액은 일본의 3분의 1 수준이다`) is of the figure of the
name it opens with.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.sentence_groups import group_by_sentence
from checker.link.view import ArticleView
from checker.models import Claim
from checker.regex_needs import may_match

_OF_NAME = ByLanguage(lambda w: rf"\s?(?:{w.multiple_of_before})\s?(?:(?:{w.hedges})\s?)?")
_LEVEL = ByLanguage(lambda w: rf"\s?(?:{w.ratio_levels})", re.I)  # `32% 수준이다`, `60%에 그쳤다`
_RATIO_LIMIT = {"percent": 100.0, "fraction": 1.0}  # a ratio up to the whole: a part larger is a check of its own
_NAME_REACH = 16  # characters before a multiple where the name it is of stands
_SENTENCES_BACK = 3


def link_ratios_of_names(claims: list[Claim], doc: ArticleView) -> None:
    if not (may_match(_OF_NAME[doc.language], doc.text)):
        return  # (a ratio is read only right after a name and its particle)
    text, lang = doc.text, doc.language
    figures = [c for c in claims if c.role not in ("conversion", "change") and not c.furniture and c.kind in AMOUNTS]
    by_id = {c.id: c for c in figures}
    by_sentence = group_by_sentence(figures)
    for multiple in claims:
        if multiple.furniture or not (_loose_multiple(multiple) or _loose_ratio(multiple, text, lang)):
            continue
        s_start = doc.segments.sentence_bounds(multiple.sentence, len(text))[0]
        hits = doc.entities.before(max(s_start, multiple.start - _NAME_REACH), multiple.start)
        if not hits or not _OF_NAME[lang].fullmatch(text, hits[-1].end, multiple.start):
            continue
        named = list(hits[-1].ids)
        in_reach = [
            c
            for sentence in range(multiple.sentence - _SENTENCES_BACK, multiple.sentence + 1)
            for c in by_sentence.get(sentence, [])
            if c.end <= multiple.start
        ]
        value = by_id.get(multiple.change_of or "") if multiple.kind == "multiple" else None
        value = value or _subject_figure(in_reach, multiple) or _topic_figure(in_reach, doc, s_start, hits[-1])
        if value is None or value.entities == named:
            continue
        bases = [
            c
            for c in in_reach
            if c is not value
            and c.entities == named
            and c.unit == value.unit
            and c.counter == value.counter
            and c.role in ("value", "baseline", "prior")
            and not metrics_differ(c, value)
            and not periods_differ(c, value)
        ]
        if not bases or len({c.value for c in bases}) != 1 or bases[-1].low <= 0:
            continue
        if multiple.kind == "multiple":
            multiple.change_of, multiple.compared_to = value.id, bases[-1].id
        else:
            multiple.share_part, multiple.share_whole = value.id, bases[-1].id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _topic_figure(in_reach: list[Claim], doc: ArticleView, s_start: int, name) -> Claim | None:
    """`한국의 외환보유액은 일본의 3분의 1 수준이다`: a sentence with no figure before the ratio is about the name it
    opens with; the figure multiplied is the nearest figure in reach of that name alone."""
    opening = doc.entities.before(s_start, name.start)
    if not opening or opening[0].ids == name.ids:
        return None
    return next((c for c in reversed(in_reach) if c.entities == list(opening[0].ids)), None)


def _loose_multiple(claim: Claim) -> bool:
    return claim.kind == "multiple" and claim.role == "change" and claim.compared_to is None


def _loose_ratio(claim: Claim, text: str, lang: str) -> bool:
    """A ratio up to 100% said of the figure before (`32% 수준`), of no part or whole yet."""
    if claim.kind not in _RATIO_LIMIT or claim.role != "share" or claim.share_part or claim.share_whole:
        return False
    if not 0 < claim.value <= _RATIO_LIMIT[claim.kind]:
        return False
    return bool(_LEVEL[lang].match(text, claim.end) or _LEVEL[lang].search(claim.text))


def _subject_figure(in_reach: list[Claim], figure: Claim) -> Claim | None:
    """The figure multiplied: for a multiple, the nearest figure before of its own subject (`강남구는 … 노원구의
    4.2배`); for a ratio, the nearest figure of its sentence before it (`부산은 4억원으로 서울의 32%`)."""
    if figure.kind != "multiple":
        return next((c for c in reversed(in_reach) if c.sentence == figure.sentence and c.role == "value"), None)
    if not figure.entities:
        return None
    return next((c for c in reversed(in_reach) if c.entities == figure.entities), None)
