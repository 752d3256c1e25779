"""The size of one unit, multiplied out over the count of the units into a total measure (Korean): `500㎖들이 8천 병`
(then `전체 용량은 4천ℓ다`), `한 상자 무게는 5kg으로 모두 100톤이다` (`감귤 2만 상자` stated before), `의자 하나에 목재
0.04㎥가 들어가 이번 주문에만 80㎥를 쓴다` (`의자 2천 개` stated before), `한 병에 700㎖씩 담기므로 모두 …ℓ`.

The size is a measure, a value, of one unit: marked right after it as what each unit holds (`들이`, `병 기준`:
`[link.unit_size_each_after]`), its count then the next figure a few words on (`500㎖들이 옹기 단지 8천 개`); or
written a few words after one of a noun (`한 상자 무게는`, `의자 하나에`: `[link.one_before_counter]`,
`[link.one_of_noun_after]`, no span of time: `[link.one_unit_subject_time_nouns]`),
its count the story's count of that noun (its counter, or the
word right before it: `의자 2천 개`): the first the body states before the size, every other such count before it of
its value or one of its listed parts, or no level of the units (a prior or a change, `지난해 8천 자루보다`; a pace,
`한 달 평균 2천 자루`; a figure per unit; the size's own one, `항아리 한 개에`), passed over. The total is the
next figure of the size's unit after it, in its sentence or
the next three, a value larger than it, no part nor figure per unit. The size is the total over the count
(`per_unit_of`, `units_of`: the per-unit check F317 divides it); read across sentences, a mismatch is a warning.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.lots import story_whole
from checker.link.per_unit_apart import opens_with_headline
from checker.link.per_unit_vetoes import of_another_year
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

_LANGS = ("ko",)
_REACH = 24  # characters before a size where one of a noun stands
_SENTENCES_AFTER = 3  # sentences after the size's own where its total may stand
_RESTATED_SENTENCES = 6  # sentences after the size's own where a total beside its count restated may stand
_RESTATED_FIGURES = 48  # figures after the size read for that total (a one-line list stays linear)
_EACH_AFTER = ByLanguage(lambda w: rf"(?:{w.unit_size_each_after})(?P<gap>(?:\s*[^\W\d_]+){{0,3}}\s*)$", re.I)
_EACH_MARK = ByLanguage(lambda w: rf"(?:{w.unit_size_each_after})", re.I)
_ONE_OF = ByLanguage(
    lambda w: (
        rf"(?:(?<![^\W\d_])(?:{w.one_before_counter})"
        # (no span nor time, bare or with its particle: `한 해`, `트럭으로 한 번에 1.5톤씩`, the amount of one occasion)
        rf"(?!(?:{w.one_unit_subject_time_nouns})(?:{w.one_unit_subject_particles})?(?![^\W\d_]))"
        rf"(?P<noun>[^\W\d_]{{1,4}}?)(?:{w.one_unit_subject_particles})?(?![^\W\d_])"
        rf"|(?<![^\W\d_])(?P<named>[^\W\d_]{{1,4}})\s?(?:{w.one_of_noun_after})(?![^\W\d_]))"
        rf"(?:\s+[^\W\d_,.]+){{0,2}}\s*$"
    ),
    re.I,
)
_CLAUSE_BREAK = compile_exact(r"[,.;:!?]")
# (`하루 모두 80자루`, `한 달 평균 2천 자루`: a period's word a few words before a count makes it a pace, no level)
_PERIOD_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.per_day_before}|{w.per_month_before}|{w.per_week_before})(?![^\W\d_])"
        rf"(?:\s+[^\W\d_]+){{0,2}}\s*$"
    )
)
_PERIOD_REACH = 16
_PERIOD_WORD = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.per_day_before}|{w.per_month_before}|{w.per_week_before})(?![^\W\d_])"
)


# (and an hour's, `1대가 시간당 3t을`: a pace per hour, no size of one unit, unless the total is paced by the hour too)
def _hour_word(w) -> str:
    return rf"(?<![^\W\d_])(?:{w.per_hour_before})(?![^\W\d_])"


_HOUR_WORD = ByLanguage(_hour_word)
_WORD_BEFORE = compile_exact(r"([^\W\d_]+)\s*$")
# (a pace per hour of one unit is a share of a total paced alike: `1대가 시간당 2t을 골라, 4대를 돌리면 시간당 8t`)
_PACE_BEFORE = ByLanguage(lambda w: rf"{_hour_word(w)}(?:\s+[^\W\d_]+){{0,2}}\s*$")


def link_unit_sizes_ko(claims: list[Claim], text: str, lang: str) -> None:
    if lang not in _LANGS:
        return
    figures = prose_figures(claims)
    headline_end = text.find("\n") if opens_with_headline(text) else -1
    by_id: dict[str, Claim] | None = None  # (built only for an article with a size already linked)
    paced = {c.per_period_of for c in claims if c.per_period_of}
    for i, size in enumerate(figures):
        if size.kind != "measure" or size.role != "value" or size.part_of is not None:
            continue
        if size.per_unit_of is not None:
            # (`원석은 한 해 18톤을 캐며, 벼루 한 점에 평균 7.5kg이 든다. 240점이면 1.8톤`: a total read by position
            # before the size gives way to the one a later clause states beside the units' count restated)
            if by_id is None:
                by_id = {c.id: c for c in figures}
            linked = by_id.get(size.units_of or "")
            restated = _total_restating_the_count(size, linked, figures, i, text) if linked is not None else None
            if restated is not None and restated.id != size.per_unit_of:
                size.per_unit_of = restated.id
                size.guesses = sorted(set(size.guesses) | {"relation"})
            continue
        count = _count_after(size, figures, i, text, lang)
        paced_size = False
        if count is None:
            found = _ONE_OF[lang].search(text, max(0, size.start - _REACH), size.start)
            if found is None or _CLAUSE_BREAK.search(text, found.start(), size.start):
                continue
            # (`양수기 한 대가 하루 500t씩`: a pace per a period, no size of one unit; `시간당 5t` none either,
            # unless the total is paced by the hour alike)
            if _PERIOD_WORD[lang].search(text, found.start(), size.start):
                continue
            paced_size = _HOUR_WORD[lang].search(text, found.start(), size.start) is not None
            noun = (found.group("noun") or found.group("named") or "").strip()
            count = _count_of_noun(noun, size, figures, headline_end, text, paced, lang)
        if count is None:
            continue
        restated = _total_restating_the_count(size, count, figures, i, text)
        total = restated or _total_after(size, figures, i, text, lang)
        if restated is None and (total is None or total.sentence != size.sentence):
            # (`2천880톤을 수확했다 … 40㎏들이 포대 7만2천 개 … 3분의 2인 1천920톤은`: the story's whole stated before
            # the size is the total, not a part of it after)
            whole = story_whole(size, figures, text, lang)
            # (`3ℓ들이 1천200개와 1ℓ들이 800개`: a size of other units listed before it is no whole)
            if whole is not None and whole.value > size.value and not _EACH_MARK[lang].match(text, whole.end):
                total = whole
        if total is None or of_another_year(total, count, text, lang):
            continue  # (`지난해 … N곳으로, 한 곳이 평균 M㎏` of this year's tonnage: a total of another year)
        if paced_size and (
            total.sentence != size.sentence
            or not _PACE_BEFORE[lang].search(text, max(0, total.start - _PERIOD_REACH), total.start)
        ):
            continue
        size.per_unit_of, size.units_of = total.id, count.id
        if total.sentence != size.sentence or count.sentence != size.sentence:
            size.guesses = sorted(set(size.guesses) | {"relation"})


def _count_after(size: Claim, figures: list[Claim], i: int, text: str, lang: str) -> Claim | None:
    """`500㎖들이 8천 병`: the count a few words after the size marked as what each unit holds."""
    mark = _EACH_MARK[lang].match(text, size.end)
    if mark is None or i + 1 >= len(figures):
        return None
    after = figures[i + 1]
    if after.kind != "count" or after.role != "value" or not after.counter or after.sentence != size.sentence:
        return None
    if not _EACH_AFTER[lang].fullmatch(text, size.end, after.start):
        return None
    return after


def _names(count: Claim, noun: str, text: str) -> bool:
    if count.kind != "count" or count.role != "value" or not count.counter:
        return False
    if count.counter == noun:
        return True
    before = _WORD_BEFORE.search(text, max(0, count.start - 12), count.start)
    return before is not None and before.group(1) == noun


def _count_of_noun(
    noun: str, size: Claim, figures: list[Claim], headline_end: int, text: str, paced: set[str], lang: str
) -> Claim | None:
    """The story's count of the noun: the first the body states before the size, the others its value or parts; a
    count that is no level of the units is passed over (`지난해 8천 자루보다`, a prior or a change; `한 달 평균 2천
    자루`, `하루 모두 80자루`, a pace; `한 사람이 60점꼴`, a figure per unit)."""
    whole = None
    for c in figures:
        if c.start >= size.start:
            break
        if c.start < headline_end or not _names(c, noun, text):
            continue
        if whole is not None and (
            c.value <= 1  # (`항아리 한 개에`: the size's own one)
            or c.role != "value"
            or c.per_unit_of is not None
            or c.id in paced
            or _PERIOD_BEFORE[lang].search(text, max(0, c.start - _PERIOD_REACH), c.start)
        ):
            continue
        if whole is None:
            if c.part_of is not None or c.per_unit_of is not None:
                return None
            whole = c
        elif c.value != whole.value and c.part_of != whole.id:
            return None
    return whole


def _total_after(size: Claim, figures: list[Claim], i: int, text: str, lang: str) -> Claim | None:
    for c in figures[i + 1 :]:
        if c.sentence > size.sentence + _SENTENCES_AFTER:
            return None
        if c.kind != "measure" or c.unit != size.unit:
            continue
        if _EACH_MARK[lang].match(text, c.end):
            # (`500㎖들이 8천 병과 1ℓ들이 2천 병`: the next measure is the size of other units, listed with it; a total
            # after the list is of them all)
            return None
        if (
            c.role != "value"
            or c.value <= size.value
            or c.part_of is not None
            or c.per_unit_of is not None
            or c.per_period_of is not None
        ):
            return None
        return c
    return None


def _total_restating_the_count(size: Claim, count: Claim, figures: list[Claim], i: int, text: str) -> Claim | None:
    """`벼루 한 점에 7.5kg이 든다. 240점이면 1.8톤이다`, `쌀엿 1만2천 봉에 들어가는 엿은 4.8톤`: a later figure of the
    size's unit, larger than it, whose own clause opens on the units' count restated (same value and counter, the
    figure right before it, no clause break between): the units' total, a few sentences on or in another paragraph."""
    previous = None
    for c in figures[i + 1 : i + 1 + _RESTATED_FIGURES]:
        if c.sentence > size.sentence + _RESTATED_SENTENCES:
            return None
        if (
            previous is not None
            and c.kind == "measure"
            and c.unit == size.unit
            and c.role == "value"
            and c.value > size.value
            and c.part_of is None
            and c.per_unit_of is None
            and previous is not count
            and previous.kind == "count"
            and previous.counter == count.counter
            and previous.value == count.value
            and previous.sentence == c.sentence
            and not _CLAUSE_BREAK.search(text, previous.end, c.start)
        ):
            return c
        previous = c
    return None
