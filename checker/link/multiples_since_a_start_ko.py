"""A Korean multiple of a figure its own sentence dates to an earlier time, grown into the level the story states.

`2019년 상자 150개로 시작했는데 7년 만에 40배가 됐다`, `지난해 대만에 보낸 바구니는 900개였는데 올해는 3배로
늘었다`: the multiple's sentence states one figure of a kind before it (a level, or one compared with, `…이던`), dated
by its clause to an earlier year than the article's (a year or `지난해` its own, not guessed from another sentence),
and no figure of that kind after it; no mark names that figure as a base of another value (`…의 N배`,
checker/link/multiples_of_stated_base_ko.py). The figure is the base; the value, the level now, is stated apart:

- the lead's figure of the base's kind, unit and counter that the title restates (the story's level, `바구니 6천 개
  수출`), the one value;
- else the sentence right before the multiple's, in its paragraph: its one value of that kind (`농장은 상자 6천 개에서
  …`).

A multiple an earlier stage read with its base alone as the value, no base, is read again. The value is larger than
the base, no forecast beside an outcome, and within twice of the stated multiple either way (a level further off is
another thing's: nothing is linked). The pair spans sentences, a guess: a mismatch is a warning.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.counter_synonyms import counters_alike
from checker.link.per_unit_ko import _lead_end
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim

_KINDS = ("money", "measure", "count")
_FAR = 2.0  # a level whose multiple of the base is over this many times off the stated one, either way: another's
_MARK_REACH = 12  # characters before a multiple where a mark naming its base stands (`…)의 약 `)
_BASE_MARK = ByLanguage(lambda w: rf"(?:{w.multiple_base_marks})")
_NOUN_REACH = 12  # characters before a figure where its own noun stands (`보낸 바구니는 `, `2021년 관람객은 `)
# `바구니는 `, `관람객은 `: the noun right before a figure as its clause's subject, its particle apart
_NOUN_BEFORE = ByLanguage(lambda w: rf"(?<!\w)([^\W\d_]+?)(?:{w.topic_particles})\s+$")


def _amount(c: Claim) -> bool:
    """A level: a value, no figure itself per unit or per a period (a total of one, `…씩 모두 N개`, is a level)."""
    return c.role == "value" and _base(c)


def _base(c: Claim) -> bool:
    """A figure a multiple may be of: a level, or one compared with (`…이던`, `…였던 것과 비교하면`)."""
    return (
        c.kind in _KINDS
        and c.role in ("value", "baseline", "prior")
        and c.low > 0
        and not c.per_unit_of
        and not c.units_of
        and not c.part_of
        and not c.furniture
        and not c.table_cell
    )


def _alike(a: Claim, b: Claim) -> bool:
    return a.kind == b.kind and a.unit == b.unit and counters_alike(a.counter or "", b.counter or "")


def _dated_earlier(c: Claim) -> bool:
    return (
        c.period is not None
        and "period" not in c.guesses
        and c.published is not None
        and c.period.year < c.published.year
    )


def link_multiples_since_a_start_ko(claims: list[Claim], text: str, lang: str) -> None:
    if lang != "ko":
        return
    multiples = [
        c
        for c in prose_figures(claims)
        if c.kind == "multiple" and c.role == "change" and not c.compared_to and c.value > 1
    ]
    if not multiples:
        return
    by_sentence = prose_by_sentence(claims)
    title_end = max(0, text.find("\n"))
    lead_end = _lead_end(text)
    titled = {(c.kind, c.unit, c.counter or "", c.value) for c in prose_figures(claims) if c.start < title_end}
    lead = [c for c in prose_figures(claims) if title_end <= c.start < lead_end and _amount(c)]
    for multiple in multiples:
        sentence = by_sentence.get(multiple.sentence, ())
        if sum(1 for c in sentence if c.kind == "multiple") > 1:
            continue  # (two multiples: each of its own pair)
        if _BASE_MARK[lang].search(text[max(0, multiple.start - _MARK_REACH) : multiple.start]):
            continue  # (`…의 N배`: a base named, the stated-base reading's)
        before = [c for c in sentence if c.end <= multiple.start and _base(c)]
        if not before:
            continue
        base = before[-1]
        if any(_alike(c, base) for c in before[:-1]) or any(
            c.start >= multiple.end and _alike(c, base) and c.role != "conversion" for c in sentence
        ):
            continue  # (two of its kind: which is the base, or the value stated in the sentence itself)
        if not _dated_earlier(base) or multiple.change_of not in (None, base.id):
            continue  # (a multiple read of another figure as its value; one read of its base alone is read again)
        noun = _NOUN_BEFORE[lang].search(text, max(0, base.start - _NOUN_REACH), base.start)
        # (a count named by its noun, `자원봉사자는 300명`, is of the lead's figure only when the lead names that noun;
        # an amount, `연 매출은 N원`, is named variously)
        named = noun is None or base.kind != "count" or noun.group(1) in text[:lead_end]
        value = _value(multiple, base, lead if named else [], titled, by_sentence)
        if value is None:
            continue
        if value.forecast != base.forecast or value.value <= base.value:
            continue
        stated = value.value / base.value
        if not multiple.value / _FAR <= stated <= multiple.value * _FAR:
            continue
        multiple.change_of = value.id
        multiple.compared_to = base.id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _value(
    multiple: Claim, base: Claim, lead: list[Claim], titled: set, by_sentence: dict[int, list[Claim]]
) -> Claim | None:
    """The level now: the lead's one value of the base's kind the title restates, else the sentence right before's."""
    headline = [c for c in lead if _alike(c, base) and (c.kind, c.unit, c.counter or "", c.value) in titled]
    if headline:
        return headline[-1] if len({c.value for c in headline}) == 1 else None
    previous = [
        c
        for c in by_sentence.get(multiple.sentence - 1, ())
        if c.paragraph == multiple.paragraph and _amount(c) and _alike(c, base)
    ]
    return previous[-1] if previous and len({c.value for c in previous}) == 1 else None
