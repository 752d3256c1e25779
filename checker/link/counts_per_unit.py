"""A count per unit, with the count it divides and the count of units: `The trial enrolled 1,420 patients at 160
sites, an average of almost nine patients per site`, `올 시즌 도루는 1천310개로 경기당 1.8개가 나왔다` (`720경기`
stated before).

The rate is a count marked per a noun (`per site`, `경기당`: `[link.per_noun_marks]`; `400 tickets a concert`, an
article as the mark: `[link.per_unit_after_average]`), or counted against one of
another noun (`가입자 3.1명이 수급자 1명을`: `[link.per_one_after]`; the word before it names what it counts).
Its partners are chosen by keys, never by size:

- the units: a count the mark's noun names (its counter, `160 sites` for `site`, `720경기` for `경기`, or the
  word after its counter, `150 ferry sailings` for `sailing`), the nearest before the rate in its sentence, else
  anywhere before it when every count so named has one value, or, when a noun stands before the counter's one
  (`사고 1건당`: `[link.one_before_counter]`), every count whose naming word ends in that noun (`교통사고는 40건`)
  has one value; not the mark's own one (`한 곳당`);
- the total: a count of the rate's own counter (`patients`, `개`) stated as a value, not the units, in the rate's
  sentence before it; else the one such count of the sentence before in the paragraph when that counter is a noun
  (`patients`), or, when it is a classifier (`명`), the one named by the word naming the rate (`경기당 평균
  관중은` and `관중은 810만명`) in the two sentences before; with none, when the units stand beside the rate
  (`정규리그 720경기를 치르는 동안 경기당 평균 1만1천명`), the count of its counter the body's first sentence states
  (the whole the story is about; every such count there of one value); with the units in the sentence just before,
  the one count of the rate's counter that sentence states in the units' clause (`40회 공연을 열어 관객 80만명을
  모았다. 회당 평균 2만명꼴이다`: the two stated together); with the units in the sentence just before counting
  nothing of the rate's counter, the lead's count as for units beside it. A rate of one of the noun (`한 회에 평균
  1,200명`: `[link.per_one_noun_marks]`) is marked per that noun, and one of a counter as the subject (`배 한 척이
  평균 500명을 태운 셈이다`: `[link.clause_subject_particles]`) per that counter.

A count per person (`시민 1인당 7.8권`, `15 books per head`: `[link.per_person_marks]`) is of the one count of people
its sentence states before it (a counter of people, `[link.person_counters]`, or the population), over the one
count of its own counter in its sentence or the two before (`인구 40만명으로 나누면 시민 1인당 7.8권`).

One of each, or nothing. The per-unit check (F317) then divides the total by the units. A rate whose partners
stand in other sentences is a guess (`guesses`). Language words are data (`[link.per_noun_marks]`,
`[link.per_one_after]`, `[link.topic_particles]`, `[link.naming_nouns]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import CLAUSE_CLOSES
from checker.link.per_unit_apart import NOUN_COUNTER, _stem_of, opens_with_headline
from checker.link.pools_drawn_from import has_a_part_drawn
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

# `nine patients per site`: the mark and its noun after the rate (English)
_NOUN_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.per_noun_marks})\s+(?P<noun>[^\W\d_]{{3,}})\b", re.I)
# `경기당 평균 2.1개`: the noun and its mark before the rate, a word or two between (Korean); the mark ends its
# word (`민주당이 37곳`: a name ending in the mark's letter, and a particle)
_NOUN_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{1,6}})(?:{w.per_noun_marks})(?P<between>(?:\s[^\W\d_]{{1,5}}){{0,2}})\s?$"
    )
)
# `한 회에 평균 1천명`, `한 회차에 평균`: one of the noun, then the mark saying the rate is of each (Korean)
_ONE_NOUN_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W_])(?<![.,])(?:{w.one_before_counter})(?P<noun>[^\W\d_]{{1,3}})(?:{w.per_one_noun_marks})"
        rf"(?P<between>(?:\s[^\W\d_]{{1,5}}){{0,2}})\s?$"
    )
)
# `배 한 척이 올해 평균 500명을 태운 셈이다`: one of a counter as the subject, the rate after it in its clause
_ONE_SUBJECT_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W_])(?<![.,])(?:{w.one_before_counter})(?P<noun>[^\W\d_]{{1,3}})(?:{w.clause_subject_particles})"
        rf"(?P<between>(?:\s[^\W\d_]{{1,5}}){{0,3}})\s?$"
    )
)
# `가입자 3.1명이 수급자 1명을`: the rate's noun before it, then the noun of the one unit it is counted against
_NOUN_OF_ONE = ByLanguage(
    lambda w: (
        rf"(?:{w.topic_particles})\s(?P<noun>{w.naming_nouns})\s?(?P<one>1\s?(?P<counter>[^\W\d_]))(?:{w.per_one_after})"
    )
)
_ESTATE_CHANGE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.estate_change_verbs})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_ESTATE_REACH = 24  # characters before a count where the verb of opening or adding it stands
_MARK_RIGHT_AFTER = ByLanguage(lambda w: rf"(?:{w.per_noun_marks})", re.I)
# `15개 자전거대여소에`: the noun right after a count's classifier, its last word the head (its particle dropped)
_HEAD_AFTER = ByLanguage(
    lambda w: (
        rf"\s(?P<word>[^\W\d_]+?)(?:{w.topic_particles}|{w.object_particles}|{w.recipient_dative_after})?(?![^\W\d_])"
    )
)
_NEXT_WORD = compile_exact(r" (?P<word>[^\W\d_]{3,})")
_WORD_BEFORE = compile_exact(r"(?<![^\W\d_])(?P<word>[^\W\d_]{2,})\s$")
# `관중은`: a word naming the rate, its particle dropped
_NAMING_WORD = ByLanguage(lambda w: rf"(?P<stem>[^\W\d_]{{2,}}?)(?:{w.topic_particles})?")
# `시민 1인당 7.8권`, `12 loans per head`: a count per person
_PER_PERSON = ByLanguage(lambda w: rf"(?:{w.per_person_marks})\s*(?:(?:{w.hedges})\s*)?$", re.I)
_PER_PERSON_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.per_person_marks})(?![^\W\d_])", re.I)
_PERSON_COUNTER = ByLanguage(lambda w: rf"(?:{w.person_counters})", re.I)
# `…, an average of 12,500 a game`: an average appended to the count before it, and the noun it is per
_APPENDED_AVERAGE = ByLanguage(lambda w: rf",\s*(?:{w.average_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
# `…, about 60 a station`, `…, 6.0 per practice`: one appended with a hedge or nothing after the comma (of the one
# count its sentence states before it besides the units)
_APPENDED_PLAIN = ByLanguage(lambda w: rf",\s*(?:(?:{w.hedges})\s+)?$", re.I)
# (`…, 24 to a class`: an appended count's mark may also be `to a`, `[link.per_unit_after_appended]`)
_APPENDED_NOUN_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.per_unit_after_average}|{w.per_unit_after_appended})\s+(?P<noun>[^\W\d_]{{3,}})(?![^\W\d_])",
    re.I,
)
_AVERAGE_NOUN_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.per_unit_after_average})\s+(?P<noun>[^\W\d_]{{3,}})(?![^\W\d_])", re.I
)
# `The Welsh hotels have`: a word right before a noun (checked in code against the units' noun and the determiners)
_QUALIFIED_NOUN = ByLanguage(lambda w: r"(?<![^\W\d_])(?P<word>[^\W\d_]+)\s+(?=(?P<noun>[^\W\d_]{3,})(?![^\W\d_]))")
_DETERMINER = ByLanguage(lambda w: rf"(?:{w.unit_noun_determiners})", re.I)
# `…, as much as 60 a region`: a maximum, no average (`[link.maximum_hedges]`)
_MAXIMUM_BEFORE = ByLanguage(lambda w: rf",\s*(?:{w.maximum_hedges})\s+$", re.I)
# `new lamps on 30 streets in five parishes, eight a street`: right after the units, the count of what holds them (a
# preposition between, `[link.occasions_after_figure]`): no total of what each unit has
_HOLDER_AFTER_UNITS = ByLanguage(lambda w: rf"\s+(?:{w.occasions_after_figure})\s+", re.I)
_AVERAGE_WORD = ByLanguage(lambda w: rf"(?:{w.average_clause_words})", re.I)  # `평균`: no noun the rate counts
# `하루 평균 586명`, `1,500 visits a week`: the marks of a count per a period, before it (a few words between) or after
_PERIOD_MARKS = {
    period: (
        ByLanguage(
            lambda w, p=period: rf"(?<![^\W\d_])(?:{getattr(w, f'per_{p}_before')})(?:\s+[^\W\d]+){{0,2}}\s*$", re.I
        ),
        ByLanguage(lambda w, p=period: rf"\s*(?:{getattr(w, f'per_{p}_after')})", re.I),
    )
    for period in ("day", "week", "month")
}
_PERIOD_REACH = 16  # characters before a count where its per-period mark stands (`한 달 평균`)
_APPENDED_REACH = 24  # characters before a count where the comma and words of its average stand
_POPULATION = "population"  # the metric of a count of people
_PERSON_REACH = 16  # characters before a rate where its per-person mark stands
_BEFORE_REACH = 20  # characters before a Korean rate where its noun and mark stand
_LEAD_SENTENCES = 1  # the body's first sentence, where the lead states the whole the story is about
_NAMED_SENTENCES_BACK = 2  # sentences before the rate's where a total named by the rate's word may stand
_NOUN_REACH = 10  # characters before a count where the noun naming it stands (`보건소 12곳`)
# `명`, `인`, `사람`: counters of one person (`[link.one_person_counters]`)
_ONE_PERSON = ByLanguage(lambda w: rf"(?:{w.one_person_counters})")
# between a count's date and the count, no more than two short words (`8월 말 기준 2만명`)
_DATE_BETWEEN = compile_exact(r"(?:\s+[^\W\d_]{1,2}){0,2}\s+")
_CLAUSE_COMMA = compile_exact(r"[,;:](?!\d)")  # between two counts: another clause (not a figure's `,`)
# `사고 1건당`, `사고 한 건당`: the noun before the one of a counter marked per unit, naming which counts of that
# counter are the units (the word before each count ending in it: `교통사고는 40건`)
_QUALIFIER_BEFORE_ONE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?P<word>[^\W\d_]{{2,}})\s(?:{w.one_before_counter})$")
_QUALIFIER_REACH = 12  # characters before a counter's one where the noun it counts stands


def link_counts_per_unit(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    periods: list[str | None] | None = None  # (each figure's period, read once when a rate per a period needs them)
    for i, rate in enumerate(figures):
        if rate.kind != "count" or rate.role != "value" or rate.per_unit_of is not None:
            continue
        if _link_appended_average(figures, i, by_sentence, text, lang, sentence_starts) or not rate.counter:
            continue
        if _PER_PERSON[lang].search(
            text, max(sentence_starts[rate.sentence], rate.start - _PERSON_REACH), rate.start
        ) or _PER_PERSON_AFTER[lang].match(text, rate.end):
            _link_per_person(rate, by_sentence, text, lang)
            continue
        found = _noun(rate, text, lang, sentence_starts)
        if found is None:
            continue
        noun, naming, mark = found
        qualifier = _qualifier(rate, noun, text, lang, sentence_starts)
        units = _units(
            figures, i, noun, text, lang, qualifier, mark, _opens_sentence(rate, qualifier, text, sentence_starts)
        )
        if units is None or units.low <= 0:
            continue
        if units.value <= 1 and units.sentence != rate.sentence:
            continue  # (`한 곳에서 하루 평균 4건꼴`: another rate's own one, no count of units another rate divides by)
        period = _period_of(rate, text, lang)
        if period is not None:
            # (`차량 한 대가 하루 평균 27명을`: a count per unit and per day is of the count of its counter per day,
            # never of a year's whole)
            if periods is None:
                periods = [_period_of(c, text, lang) if c.kind == "count" else None for c in figures]
            _link_per_period(figures, i, units, period, text, lang, periods, naming, sentence_starts)
            continue
        total, guessed = _total(by_sentence, rate, units, noun, naming, text, lang)
        if total is None and (
            units.sentence == rate.sentence
            or (
                units.sentence == rate.sentence - 1
                and units.paragraph == rate.paragraph
                and not any(c.kind == "count" and c.counter == rate.counter for c in by_sentence[units.sentence])
            )
        ):
            # (the units beside the rate or in the sentence just before it, which counts nothing of the rate's
            # counter: `142회 공연됐다. 한 회에 평균 1,080명`; `10만건은 센터가, 나머지는 버스 9대가 받았다`: the units
            # took a part of the lead's count, not said how much)
            total, guessed = _lead_count(figures, i, units, text), True
        if total is None and units.paragraph == rate.paragraph and _restated_next(by_sentence, units, rate):
            # (the words naming what the rate counts, not those saying it is an average: `회당 평균 관객은`)
            nouns = [word for word in naming if not _AVERAGE_WORD[lang].fullmatch(word)]
            total, guessed = _stated_with_units(by_sentence, rate, units, nouns, text), True
        if total is None or total.value <= rate.value:
            continue
        if units.counter == rate.counter and not any(
            _named(total, word, text, lang, particle=True) for word in naming if not _AVERAGE_WORD[lang].fullmatch(word)
        ):
            # (`안내 요원은 40명으로 1명이 평균 300명을`: people per person, the rate's noun naming no total of its
            # counter, counts whom each serves, no share of the story's visitors)
            continue
        rate.per_unit_of, rate.units_of = total.id, units.id
        if guessed or units.sentence != rate.sentence:
            rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _period_of(count: Claim, text: str, lang: str) -> str | None:
    """The period a count is also per (`하루 평균 586명`, `한 달 평균`, `1,500 visits a week`): `day`, `week`,
    `month`, or none."""
    start = max(0, count.start - _PERIOD_REACH)
    for period, (mark_before, mark_after) in _PERIOD_MARKS.items():
        if mark_before[lang].search(text, start, count.start) or mark_after[lang].match(text, count.end):
            return period
    return None


def _link_per_period(
    figures: list[Claim],
    i: int,
    units: Claim,
    period: str,
    text: str,
    lang: str,
    periods: list[str | None],
    naming: list[str],
    sentence_starts: list[int],
) -> None:
    """`이용객은 하루 평균 586명꼴이다 … 이용객이 적은 노선을 없애고 승합차 22대를 … 차량 한 대가 하루 평균 27명을 태운
    셈이다`: a count per unit and per a period is of the count of its counter per that same period stated before it
    (every such of one value), over the units; none stated, nothing (a whole of the year divides into no day's
    figure). A count of a classifier (`명`) is the total's only where it restates, opening its sentence, the count
    just before (`이용객이 21만명으로 집계됐다. 하루 평균 580명꼴이다`: the story's whole), or where the word naming it
    (`이용객은`, before its period's mark) names the rate too or stands in the units' or the rate's sentence: `이 역의
    이용객은 하루 평균 5,000명 … 셔틀버스 20대가 … 한 대가 하루 평균 120명을` counts the buses' riders, no share of the
    station's."""
    rate = figures[i]
    totals = [
        c
        for j, c in zip(range(i), figures)
        if c is not units
        and c.kind == "count"
        and c.role == "value"
        and c.counter == rate.counter
        and c.units_of is None
        and periods[j] == period
    ]
    if not totals or len({c.value for c in totals}) != 1 or totals[-1].value <= rate.value:
        return
    total = totals[-1]
    restated = None
    for j in range(i - 1, -1, -1):  # (the count of the total's counter in the sentence before it, a walk back)
        c = figures[j]
        if c.sentence < total.sentence - 1:
            break
        if c.sentence == total.sentence - 1 and c.kind == "count" and c.counter == total.counter:
            restated = c
            break
    if len(rate.counter or "") < NOUN_COUNTER and not _total_named_near(
        total, restated, units, rate, period, text, lang, naming, sentence_starts
    ):
        return
    rate.per_unit_of, rate.units_of = totals[-1].id, units.id
    rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _naming_stems(words: str, lang: str) -> list[str]:
    """The stems of the last two words of `words` (a particle off), no average's word."""
    found = [_NAMING_WORD[lang].fullmatch(w) for w in words.split()[-2:]]
    return [w.group("stem") for w in found if w is not None and not _AVERAGE_WORD[lang].fullmatch(w.group("stem"))]


def _total_named_near(
    total: Claim,
    restated: Claim | None,
    units: Claim,
    rate: Claim,
    period: str,
    text: str,
    lang: str,
    naming: list[str],
    sentence_starts: list[int],
) -> bool:
    """Whether a word naming the total (one of the two before its period's mark, no average's word) names the rate
    or stands in the sentences from the units' to the rate."""
    start = sentence_starts[total.sentence]
    mark = _PERIOD_MARKS[period][0][lang].search(text, max(start, total.start - _PERIOD_REACH), total.start)
    stems = _naming_stems(text[start : mark.start() if mark else total.start], lang)
    if not stems and restated is not None:
        # (`이용객이 21만명으로 집계됐다. 하루 평균 580명꼴이다`: a per-period count opening its sentence restates the
        # story's count of its counter just before: the whole the units share)
        return True
    if not stems:
        return False
    near = text[sentence_starts[min(units.sentence, rate.sentence)] : rate.start]
    return any(_stem_of(word, stem) or _stem_of(stem, word) for stem in stems for word in naming) or any(
        re.search(rf"(?<![^\W\d_]){re.escape(stem)}", near) for stem in stems
    )


def _link_appended_average(
    figures: list[Claim], i: int, by_sentence: dict[int, list[Claim]], text: str, lang: str, sentence_starts: list[int]
) -> bool:
    """`drew 500,000 spectators across its 40 games, an average of 12,500 a game`, `The group has 4,000 rooms, an
    average of 160 per hotel` (`25 hotels` stated before): a count set after a comma and an average's words
    (`[link.average_before]`) with the noun it is per after it (`[link.per_unit_after_average]`: a noun of no
    period) restates the count right before it in its sentence (of the rate's own counter when it has one), per
    the count that noun names (`_units`). An average of no counter restates the one count its sentence states
    besides the units, or the one whose counter its clause names (`sold 240,000 tickets to 60,000 visitors across
    12 stages, an average of 20,000 per stage`: which of the two, not said). Whether it linked."""
    rate = figures[i]
    after = _APPENDED_NOUN_AFTER[lang].match(text, rate.end)
    start = sentence_starts[rate.sentence]
    window = max(start, rate.start - _APPENDED_REACH)
    appended = None if after is None else _APPENDED_AVERAGE[lang].search(text, window, rate.start)
    plain = None if after is None or appended is not None else _APPENDED_PLAIN[lang].search(text, window, rate.start)
    appended = appended or plain
    if appended is None:
        return False
    if not CLAUSE_CLOSES.match(text, after.end()) or _MAXIMUM_BEFORE[lang].search(text, window, rate.start):
        return False  # (`…, some 90 a station in the cities`, `…, as much as 60 a region`: a part's, or a peak)
    noun = after.group("noun").lower()
    units = _units(figures, i, noun, text, lang)
    if units is None or units.low <= 0:
        return False
    before = [
        c
        for c in by_sentence[rate.sentence]
        if c.end <= rate.start and c is not units and c.kind == "count" and c.role != "change"
    ]
    if not before or (plain is not None and len(before) != 1):
        return False  # (`1,420 patients in May and 980 in June at 160 sites, about nine per site`: which, not said)
    total = before[-1]
    if not rate.counter and len(before) > 1:
        # (the average's clause, from its comma to the sentence's end, names the total's counter, else none)
        clause = text[appended.start() : after.end()].lower()
        named = [c for c in before if c.counter and re.search(rf"(?<![^\W\d_]){re.escape(c.counter.lower())}", clause)]
        if len(named) != 1:
            return False
        total = named[0]
    if holds_the_units(total, units, text, lang):
        return False  # (`on 30 streets in five parishes, eight a street`: where the units are, no total of their items)
    if (
        total.role != "value"
        or total.per_unit_of is not None
        or (rate.counter and total.counter != rate.counter)
        or _named(total, noun, text, lang)
        or total.value <= rate.value
    ):
        return False
    if units.sentence != rate.sentence and _noun_qualified(
        noun, text, sentence_starts[rate.sentence], total.start, lang
    ):
        return False  # (`40 hotels, 25 of them in Wales.` ¶ `The Welsh hotels have 3,000 rooms`: a part's rooms)
    rate.per_unit_of, rate.units_of = total.id, units.id
    if units.sentence != rate.sentence:
        rate.guesses = sorted(set(rate.guesses) | {"relation"})
    return True


def holds_the_units(total: Claim, units: Claim, text: str, lang: str) -> bool:
    """Whether a count read as a total stands right after the units, a preposition of where they are between (`on 30
    streets in five parishes`, `across 40 games in eight cities`: `[link.occasions_after_figure]`): what holds the
    units, no total of what each of them has."""
    return total.start >= units.end and _HOLDER_AFTER_UNITS[lang].fullmatch(text, units.end, total.start) is not None


def _noun_qualified(noun: str, text: str, start: int, end: int, lang: str) -> bool:
    """Whether the total's sentence names the units' noun before the total with a word qualifying it (`The Welsh
    hotels have 3,000 rooms`), not a determiner (`Its hotels`, `The hotels`: `[link.unit_noun_determiners]`) nor a
    number: the units of that kind, a part of the count stated elsewhere, which the total is not said to be over."""
    for found in _QUALIFIED_NOUN[lang].finditer(text, start, end):
        if found.group("noun").lower().startswith(noun) and not _DETERMINER[lang].fullmatch(found.group("word")):
            return True
    return False


def _link_per_person(rate: Claim, by_sentence: dict[int, list[Claim]], text: str, lang: str) -> None:
    """`인구 40만명으로 나누면 시민 1인당 7.8권`, `With 60,000 residents, that is 12 loans per head`: a count per person
    of the one count of people its sentence states before it (a count of a person counter, `[link.person_counters]`,
    or of the population), over the one count of the rate's own counter stated as a value in its sentence before
    it or, in its paragraph, in the two sentences before."""
    people = [
        c
        for c in by_sentence[rate.sentence]
        if c.end <= rate.start
        and c.kind == "count"
        and c.role == "value"
        and (c.metric == _POPULATION or _PERSON_COUNTER[lang].fullmatch(c.counter or ""))
    ]
    # (the `1명` of `1명당` is the mark's own one, no people; `주민 1천명당`: per a thousand, which no check divides)
    marks = [c for c in people if _MARK_RIGHT_AFTER[lang].match(text, c.end)]
    if any(c.value != 1 for c in marks):
        return
    people = [c for c in people if c not in marks]
    if len(people) != 1 or people[0].low <= 0:
        return
    units = people[0]
    counter = (rate.counter or "").lower()
    for sentence in range(rate.sentence, rate.sentence - _NAMED_SENTENCES_BACK - 1, -1):
        totals = [
            c
            for c in by_sentence.get(sentence, [])
            if c is not units
            and c.end <= rate.start
            and c.paragraph == rate.paragraph
            and c.kind == "count"
            and c.role == "value"
            and c.per_unit_of is None
            and (c.counter or "").lower() == counter
        ]
        if len(totals) > 1:
            return  # which count is divided: not said
        if totals:
            if totals[0].value > rate.value:
                rate.per_unit_of, rate.units_of = totals[0].id, units.id
                if totals[0].sentence != rate.sentence:
                    rate.guesses = sorted(set(rate.guesses) | {"relation"})
            return


def _restated_next(by_sentence: dict[int, list[Claim]], units: Claim, rate: Claim) -> bool:
    """Whether the rate's sentence is next to the units' (`…에 배치된 자전거가 4,500대이다. 대여소 한 곳당 …`), past
    at most one sentence stating only comparisons of the figures before (`1년 전(4,000대)보다 500대 늘었다`: no
    figure of its own the rate could restate)."""
    if units.sentence == rate.sentence - 1:
        return True
    if units.sentence != rate.sentence - 2:
        return False
    between = by_sentence.get(rate.sentence - 1, [])
    return bool(between) and all(c.role != "value" and c.paragraph == rate.paragraph for c in between)


def _stated_with_units(
    by_sentence: dict[int, list[Claim]], rate: Claim, units: Claim, naming: list[str], text: str
) -> Claim | None:
    """`41회 공연을 열어 관객 126만명을 모았다. 회당 평균 3만명꼴이다`: the units stated in the sentence just before,
    with one count of the rate's counter (a value, no listed part nor a rate of its own): the two stated together,
    the rate restates them. A rate that names what it counts (`회당 평균 관객은`) restates only a count so named
    (`관객 126만명`; `자원봉사자 1만명` is others)."""
    totals = [
        c
        for c in by_sentence.get(units.sentence, [])
        if c is not units
        and c.kind == "count"
        and c.role == "value"
        and c.counter == rate.counter
        and c.per_unit_of is None
        and c.part_of is None
    ]
    if len(totals) != 1:
        return None
    if naming and not any(word in text[max(0, totals[0].start - _NOUN_REACH) : totals[0].start] for word in naming):
        return None
    # (one clause: `받은 헌혈이 10만건으로 전체의 75%였고, 나머지는 버스 9대가`: another clause's count, a part's)
    between = text[min(totals[0].start, units.start) : max(totals[0].start, units.start)]
    return None if _CLAUSE_COMMA.search(between) else totals[0]


def _lead_count(figures: list[Claim], i: int, units: Claim, text: str) -> Claim | None:
    """`정규리그 720경기를 치르는 동안 경기당 평균 1만1천명이 입장했다` with no count of people in reach: the units
    stated beside the rate, the total is the lead's count of the rate's counter (the body's first sentence, past a
    headline: the whole the story is about), stated as a value before the rate, no listed part, every such count
    of the lead of one value."""
    rate = figures[i]
    headline = opens_with_headline(text)
    body = [c for c in figures[:i] if not (headline and c.paragraph == 0)]
    if not body:
        return None
    lead_end = body[0].sentence + _LEAD_SENTENCES
    lead = [
        c
        for c in body
        if c.sentence < lead_end
        and c is not units
        and c.kind == "count"
        and c.role == "value"
        and c.counter == rate.counter
        and c.per_unit_of is None
        and c.part_of is None
    ]
    return lead[0] if lead and len({c.value for c in lead}) == 1 else None


def _noun(
    rate: Claim, text: str, lang: str, sentence_starts: list[int]
) -> tuple[str, list[str], tuple[int, int]] | None:
    """The noun the rate is per, and the words between the mark and the rate that name what it counts (`경기당
    평균 관중은`: `관중`; none in English, whose counter is that noun), or the word before a rate counted against
    one of another noun (`가입자 3.1명이 수급자 1명을`: `수급자`, and `가입자`); and the span of the mark, whose one
    (`한 대가`, `1명을`) is no count of the units."""
    after = _NOUN_AFTER[lang].match(text, rate.end) or _AVERAGE_NOUN_AFTER[lang].match(text, rate.end)
    if after is not None:
        return after.group("noun").lower(), [], after.span()
    one = _NOUN_OF_ONE[lang].match(text, rate.end)
    if one is not None and one.group("counter") == rate.counter:
        # `가입자 3.1명이 수급자 1명을`: counted per one of the noun after, named by the word before
        word = _WORD_BEFORE.search(text, max(sentence_starts[rate.sentence], rate.start - _NOUN_REACH), rate.start)
        return (one.group("noun"), [word.group("word")], one.span()) if word is not None else None
    start = max(sentence_starts[rate.sentence], rate.start - _BEFORE_REACH)
    before = (
        _NOUN_BEFORE[lang].search(text, start, rate.start)
        or _ONE_NOUN_BEFORE[lang].search(text, start, rate.start)
        or _ONE_SUBJECT_BEFORE[lang].search(text, start, rate.start)
    )
    if before is None:
        return None
    words = [_NAMING_WORD[lang].fullmatch(word) for word in before.group("between").split()]
    return before.group("noun"), [word.group("stem") for word in words if word is not None], before.span()


# words that each count occasions, read as one counter (`120회`, `한 번에`, `60차례`)
_OCCASIONS = ByLanguage(lambda w: rf"(?:{w.occasion_counters})")


def _occasions_alike(count: Claim, noun: str, lang: str) -> bool:
    """`한 번에` of `버스를 300회 운행했고`: occasions, whichever word counts them (read in the rate's own sentence
    only: farther back, `매주 두 차례씩` may count something else)."""
    counter = count.counter or ""
    return bool(counter and _OCCASIONS[lang].fullmatch(counter) and _OCCASIONS[lang].fullmatch(noun))


def _named(count: Claim, noun: str, text: str, lang: str, particle: bool = False) -> bool:
    """Whether the noun names the count: its counter (`160 sites`, `720경기`), or the word right before a count
    of a bare classifier (`보건소 12곳`; with `particle`, also past its particle, `수급자는 721만명`)."""
    counter = (count.counter or "").lower()
    if counter and _stem_of(counter, noun):
        return True
    if counter and _ONE_PERSON[lang].fullmatch(counter) and _ONE_PERSON[lang].fullmatch(noun):
        return True  # (`한 사람이` of `인력은 60명`: one person, in the counter of people)
    # `214 cruise calls`: the noun the word after the counter is (the counter read is `cruise`)
    after = _NEXT_WORD.match(text, count.end)
    if counter and after is not None:
        word = after.group("word").lower()
        if _stem_of(word, noun):
            return True
    before = text[max(0, count.start - _NOUN_REACH) : count.start].split()
    if not before:
        return False
    word = _NAMING_WORD[lang].fullmatch(before[-1]) if particle else None
    if before[-1] == noun or (word is not None and word.group("stem") == noun):
        return True
    span = count.period_span
    if particle and span is not None and _DATE_BETWEEN.fullmatch(text, span.end, count.start):
        # (`환자는 지난해 4만명`, `환자가 8월 말 기준 2만명`: the count's date between its noun and it)
        before = text[max(0, span.start - _NOUN_REACH) : span.start].split()
        word = _NAMING_WORD[lang].fullmatch(before[-1]) if before else None
        return word is not None and word.group("stem") == noun
    return False


def _qualifier(rate: Claim, noun: str, text: str, lang: str, sentence_starts: list[int]) -> str | None:
    """The word before the one of the counter a rate is marked per (`사고 1건당 1.1명`: `사고`), if any."""
    at = text.rfind(noun, sentence_starts[rate.sentence], rate.start)
    if at < 0:
        return None
    found = _QUALIFIER_BEFORE_ONE[lang].search(text, max(sentence_starts[rate.sentence], at - _QUALIFIER_REACH), at)
    return found.group("word") if found is not None else None


def _opens_sentence(rate: Claim, word: str | None, text: str, sentence_starts: list[int]) -> bool:
    """Whether the word before a rate's mark (`대여소 한 곳당`) opens the rate's sentence."""
    return word is not None and text[sentence_starts[rate.sentence] : rate.start].lstrip().startswith(word)


def _ends_with_word(count: Claim, word: str, text: str, lang: str, exact: bool = False) -> bool:
    """Whether the word right before the count, past its particle, ends in the word (`교통사고는 40건` for `사고`),
    or (`exact`) is it (`충전기가 1만기` for `충전기`)."""
    before = text[max(0, count.start - _NOUN_REACH) : count.start].split()
    if not before:
        return False
    named = _NAMING_WORD[lang].fullmatch(before[-1])
    stems = (before[-1], named.group("stem") if named is not None else before[-1])
    return any(stem == word if exact else stem.endswith(word) for stem in stems)


def _headed_by(count: Claim, word: str, text: str, lang: str) -> bool:
    """Whether the noun right after the count's classifier is headed by the word (`15개 자전거대여소에` for `대여소`): a
    Korean compound names a kind of its last noun."""
    after = _HEAD_AFTER[lang].match(text, count.end)
    return bool(count.counter) and after is not None and after.group("word").endswith(word)


def _units(
    figures: list[Claim],
    i: int,
    noun: str,
    text: str,
    lang: str,
    qualifier: str | None = None,
    mark: tuple[int, int] | None = None,
    qualifier_opens: bool = False,
) -> Claim | None:
    """The count the noun names: the nearest before the rate in its sentence, else the one value named so; of a
    counter marked with a noun before its one (`사고 1건당`) and counts of it of several values, the one value the
    noun names (the word before the count ending in it: `교통사고는 40건`). The one of the rate's own mark (`차량 한
    대가 평균`, within `mark`) is none."""
    rate = figures[i]
    # (not the mark's own one: the `한 곳` of `한 곳당`, right before the mark)
    mark_after = _MARK_RIGHT_AFTER[lang]
    counts = [
        c
        for c in figures[:i]
        if c.kind == "count"
        and c.role == "value"
        and not mark_after.match(text, c.end)
        and not (mark is not None and mark[0] <= c.start and c.end <= mark[1])
    ]
    # the counts the noun names as written, else past a particle (`수급자는 721만명`): a topic of another count
    # (`매진 경기는 287차례`) is no count of the noun when the noun names one itself
    named = [c for c in counts if _named(c, noun, text, lang)] or [
        c for c in counts if _named(c, noun, text, lang, particle=True)
    ]
    # (`버스를 300회 운행했고, … 한 번에 평균 40명`: occasions counted by another word, in the rate's own sentence)
    alike = [c for c in counts if c.sentence == rate.sentence and c not in named and _occasions_alike(c, noun, lang)]
    own = sorted((c for c in (*named, *alike) if c.sentence == rate.sentence), key=lambda c: c.start)
    if own:
        return own[-1]
    # (`It opened 30 stores in the year and now has 400. … 20 per store`: a count of units opened or added in another
    # sentence counts a change to the estate, not the units the rate is per)
    named = [c for c in named if not _ESTATE_CHANGE[lang].search(text, max(0, c.start - _ESTATE_REACH), c.start)]
    if named and len({c.value for c in named}) == 1:
        pool = named[-1]
        if has_a_part_drawn(pool, [c for c in figures if c.sentence == pool.sentence], text, lang, framed_only=True):
            return None  # (`Of the 40 stalls that applied, 25 …` … `70 a stall`: of the pool or the part, unsaid)
        return pool
    if not named and qualifier is not None and qualifier_opens:
        # (`관내 15개 대여소에 … 대여소 한 곳당`: a count of another classifier whose noun after it is headed by the
        # word before the mark's one, every such count of one value, the one count of its classifier in its sentence
        # (`12개 A대여소와 8개 B대여소에`: which the rate is over, not said); the word opens the rate's sentence,
        # no words before it naming other units or a part: `다른 시의 대여소 한 곳당`, `이 가운데 대여소 한 곳당`)
        headed = [c for c in counts if _headed_by(c, qualifier, text, lang)]
        if (
            headed
            and len({c.value for c in headed}) == 1
            and not any(
                c is not headed[-1] and c.sentence == headed[-1].sentence and c.counter == headed[-1].counter
                for c in counts
            )
        ):
            return headed[-1]
    if named and qualifier is not None:
        # (the noun itself first, `충전기가 1만기`; then the words ending in it, `교통사고는 40건`, when none is: a
        # compound names a kind of the noun, `급속충전기는 1천기`, a part of the whole the noun itself names)
        for exact in (True, False):
            qualified = [c for c in named if _ends_with_word(c, qualifier, text, lang, exact)]
            if qualified:
                pool = qualified[-1]
                if len({c.value for c in qualified}) != 1 or (
                    pool.sentence != rate.sentence
                    and has_a_part_drawn(pool, [c for c in figures if c.sentence == pool.sentence], text, lang)
                ):
                    return None  # (`쉼터 40곳을 …, 이 가운데 25곳` … `쉼터 한 곳에`: of the pool or the part, unsaid)
                return pool
    return None


def _of_other_units(count: Claim, units: Claim, by_sentence: dict[int, list[Claim]], text: str) -> bool:
    """`시설을 갖춘 4곳의 이용자가 3만명`: a count with another count of the units' counter right before it in its
    clause is those units' total, a part, no total of the rate's units."""
    return any(
        c is not units
        and c.kind == "count"
        and c.counter == units.counter
        and c.end <= count.start
        and count.start - c.end <= _NOUN_REACH
        and not _CLAUSE_COMMA.search(text, c.end, count.start)
        for c in by_sentence.get(count.sentence, [])
    )


def _total(
    by_sentence: dict[int, list[Claim]], rate: Claim, units: Claim, noun: str, naming: list[str], text: str, lang: str
) -> tuple[Claim | None, bool]:
    """The count of the rate's counter before it in its sentence; else the one in the sentence before, when the
    rate's counter is a noun (English) or a word naming the rate names it too (`관중은 1천214만명`)."""

    def of_counter(sentence: int) -> list[Claim]:
        return [
            c
            for c in by_sentence.get(sentence, [])
            if c is not rate
            and c is not units
            and (sentence != rate.sentence or c.end <= rate.start)
            and c.kind == "count"
            and c.role == "value"
            and c.counter == rate.counter
            and c.per_unit_of is None
            and not _named(c, noun, text, lang)
        ]

    own = of_counter(rate.sentence)
    if own:
        return (own[-1], False) if len(own) == 1 else (None, False)
    if naming:
        # the counts named by a word naming the rate, in the paragraph's sentences within reach before
        back = range(rate.sentence - 1, rate.sentence - 1 - _NAMED_SENTENCES_BACK, -1)
        before = [
            c
            for sentence in back
            for c in of_counter(sentence)
            if c.paragraph == rate.paragraph
            and any(word in text[max(0, c.start - _NOUN_REACH) : c.start] for word in naming)
            and not _of_other_units(c, units, by_sentence, text)
        ]
    elif len(rate.counter or "") >= NOUN_COUNTER:
        before = [c for c in of_counter(rate.sentence - 1) if c.paragraph == rate.paragraph]
    else:
        return None, False  # a bare classifier (`명`, `개`) and no word naming what it counts: whose is not said
    if len(before) != 1:
        return None, False
    return before[0], True
