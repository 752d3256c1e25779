"""A multiple of the figure the sentence before stated, named by a demonstrative: `종전 최고 이적료는 800만
유로였다. 새 이적료는 이보다 1.5배 많다`, `1997년 말 외환보유액은 39억 달러에 불과했다. 현재 규모는 그때의 100배가
넘는다`.

The demonstrative right before the multiple (`이보다`, `그때의`) points at the last amount of the sentence
before: that is the figure the multiple is of. The figure multiplied is the one the sentence's topic names:
an earlier figure of the article written right after that noun (`새 이적료는 1200만 유로`), the first such;
or, when the topic names none, the first figure of the article of the same metric and unit as the figure
it is of, of a later period (`현재 규모는`: this month's reserves against those of 1997). It must be larger
than the figure it is of for a multiple above one. The reading spans sentences: a mismatch is a warning
(`guesses`). Language words are data (`[link.multiple_of_previous]`, `[link.topic_particles]`).

A multiple whose clause names a deal (`[link.multiple_deal_nouns]`: `이번 계약 하나로 그 2.8배가 됐다`, `이번 주문
하나가 그 2.4배다`, `the new order alone is three times that figure`: the demonstrative after it,
`[link.multiple_of_previous_after]`) is of the amount the demonstrative points at, the last one before it in its own
sentence (`지난해 매출이 3만 유로에 그쳤는데`) or, with none there, in the sentence before in its paragraph; the deal
is the amount of that kind and unit the article's first sentence naming the deal states (`8만4천 유로 규모의 수출
계약을 맺었다`), the one value there, larger than the base.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.segment import sentence_end
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.periods import Period

_OF_PREVIOUS = ByLanguage(lambda w: rf"(?:{w.multiple_of_previous})\s?$")
# `three times that figure`: right after the multiple, a demonstrative for the amount before it
_OF_PREVIOUS_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.multiple_of_previous_after})(?![^\W\d_])", re.I)
# `이번 계약 하나로`, `the new order alone`: a deal the multiple's clause names
_DEAL = ByLanguage(lambda w: rf"(?<![^\W\d_])(?P<deal>{w.multiple_deal_nouns})", re.I)
# `Ripon's order`: right before the deal's noun (a word between at most), a name owning it
# (`[link.multiple_deal_owner_names]`, case kept): another party's deal, not the one the lead states
_OWNER_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.multiple_deal_owner_names})\s+(?:[^\W\d_]+\s+)?$")
_OWNER_REACH = 40  # characters before a deal's noun where its owner's name stands
# the topic of the multiple's sentence (`새 이적료는`), its last word
_TOPIC = ByLanguage(lambda w: rf"(?P<noun>[^\W\d_]{{2,}})(?:{w.topic_particles})\s")
# a figure standing as its sentence's topic right before the multiple's demonstrative (`2400만유로는 그 네 배`)
_TOPIC_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.topic_particles})\s(?:{w.multiple_of_previous})\s?")
_MARK_REACH = 8  # characters before a multiple where its demonstrative stands
_NOUN_REACH = 16  # characters before a figure where the noun naming it stands
# An article states a few such multiples; each reading walks the article's figures, so past this many (a
# pasted list) the rest are left unread and a long document's linking stays linear.
_MOST_READ = 64


def link_multiples_of_previous(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.role not in ("conversion", "change") and not c.furniture]
    by_sentence = group_by_sentence(figures)
    tried = 0
    for multiple in claims:
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.furniture:
            continue
        if multiple.compared_to and (multiple.change_of or not _OF_PREVIOUS_AFTER[lang].match(text, multiple.end)):
            # (a base some reading found, `300 ropes … three times as large`, is read on only for the deal it is of)
            continue
        if multiple.sentence == 0 or not multiple.value or multiple.value <= 1:
            continue
        s_start = sentence_starts[multiple.sentence]
        mark = _OF_PREVIOUS[lang].search(text, max(s_start, multiple.start - _MARK_REACH), multiple.start)
        if mark is None and not _OF_PREVIOUS_AFTER[lang].match(text, multiple.end):
            continue
        tried += 1
        if tried > _MOST_READ:
            return
        mark_start = mark.start() if mark else multiple.start
        if _of_a_deal(multiple, figures, by_sentence, text, lang, sentence_starts, mark_start):
            continue
        if mark is None or multiple.compared_to:
            continue
        own = by_sentence.get(multiple.sentence, [])
        subject = None
        if multiple.change_of:
            # `이번 이적료 2400만유로는 그 네 배에 달한다`: the figure the multiple is of is its sentence's own topic
            subject = next((c for c in own if c.id == multiple.change_of and c.start < multiple.start), None)
            if subject is None or not _TOPIC_AFTER[lang].fullmatch(text, subject.end, multiple.start):
                continue
        elif any(c.kind in AMOUNTS and c.start < multiple.start for c in own):
            continue  # a figure of its own before it: the rules of multiples.py decide
        previous = [c for c in by_sentence.get(multiple.sentence - 1, []) if c.kind in AMOUNTS]
        if not previous:
            continue
        measure = previous[-1]
        if subject is not None:
            value = subject if subject.unit == measure.unit and subject.kind == measure.kind else None
        else:
            value = _named_by_topic(figures, measure, text, lang, s_start, multiple.start) or _same_metric(
                figures, measure
            )
        if value is None or value is measure or value.value <= measure.value:
            continue
        multiple.change_of, multiple.compared_to = value.id, measure.id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _named_by_topic(figures: list[Claim], measure: Claim, text: str, lang: str, s_start: int, end: int) -> Claim | None:
    topics = list(_TOPIC[lang].finditer(text, s_start, end))
    if not topics:
        return None
    noun = topics[-1].group("noun")
    for figure in figures:
        if figure.start >= s_start:
            return None
        named = noun in text[max(0, figure.start - _NOUN_REACH) : figure.start]
        if named and figure.unit == measure.unit and figure.role == "value" and figure is not measure:
            return figure
    return None


def _same_metric(figures: list[Claim], measure: Claim) -> Claim | None:
    if not measure.metric or "metric" in measure.guesses or measure.period is None:
        return None
    measure_period = Period.parse(measure.period)
    for figure in figures:
        if figure.metric != measure.metric or figure.unit != measure.unit or figure.role != "value":
            continue
        period = Period.parse(figure.period) if figure.period else None
        if period is not None and measure_period is not None and period.bounds()[0] > measure_period.bounds()[1]:
            return figure
    return None


def _of_a_deal(
    multiple: Claim,
    figures: list[Claim],
    by_sentence: dict[int, list[Claim]],
    text: str,
    lang: str,
    sentence_starts: list[int],
    mark_start: int,
) -> bool:
    """`지난해 매출이 3만 유로에 그쳤는데 이번 계약 하나로 그 2.8배가 됐다`: the amount the demonstrative points at is
    the base, the deal the clause names the value (the amount the first sentence naming the deal states). Links
    and says so, or leaves the multiple to the readings after."""
    own = by_sentence.get(multiple.sentence, [])
    before = [c for c in own if c.kind in AMOUNTS and c.end <= mark_start]
    if before:
        base = before[-1]
    else:
        previous = [
            c
            for c in by_sentence.get(multiple.sentence - 1, [])
            if c.kind in AMOUNTS and c.paragraph == multiple.paragraph
        ]
        if not previous:
            return False
        base = previous[-1]
    if base.role != "value" or base.per_unit_of is not None:
        return False
    if multiple.change_of not in (None, base.id) or multiple.compared_to not in (None, base.id):
        return False  # (a value or another base some reading found in the clause: its own)
    s_start = sentence_starts[multiple.sentence]
    deal = _DEAL[lang].search(text, base.end if base.sentence == multiple.sentence else s_start, mark_start)
    if deal is None:
        return False
    if _OWNER_BEFORE[lang].search(text, max(0, deal.start() - _OWNER_REACH), deal.start()):
        return False  # (`Ripon's order this year is six times as large`: another party's deal, its size unsaid)
    noun = deal.group("deal").lower()
    sentence: int | None = None
    found: list[Claim] = []
    for figure in figures:
        if figure.sentence >= base.sentence or figure.sentence >= multiple.sentence:
            break
        if sentence is not None and figure.sentence != sentence:
            break  # (the first sentence naming the deal, only)
        if (
            figure.kind != base.kind
            or figure.unit != base.unit
            or figure.role != "value"
            or figure.per_unit_of is not None
        ):
            continue
        if sentence is None:
            s_low = sentence_starts[figure.sentence]
            s_high = sentence_end(sentence_starts, figure.sentence, len(text))
            if noun not in text[s_low:s_high].lower():
                continue
            sentence = figure.sentence
        found.append(figure)
    values = {c.value for c in found}
    if len(values) != 1:
        return False  # (none, or two amounts of the deal's sentence: which, not said)
    value = found[0]
    if value.value <= base.value or multiple.value <= 1:
        return False
    multiple.change_of, multiple.compared_to = value.id, base.id
    multiple.guesses = sorted(set(multiple.guesses) | {"relation"})
    return True
