"""A level that falls short of a mark by a stated amount: `A당은 149석을 얻었다. 과반(151석)에는 2석 모자랐다.`,
`… 과반인 151석에 2석 못 미쳤다`, `The party won 149 seats, two short of the 151 needed for a majority.` (issue 11).

Korean states the mark, a particle of direction (`에`, `에는`) and the shortfall before a verb of falling short
(`모자라다`, `못 미치다`, `부족하다`); English states the shortfall, `short of` and the mark. The level is the last
value of the unit and counter before the mark in its sentence, else (Korean, a sentence that states no level) the
last figure of the unit in the sentence before — the one written right after the name the sentence opens with, when
it names its subject (`B당은 과반인 151석에 …` after `A당은 140석, B당은 146석을 얻었다`).
Then level − mark = −shortfall, which the difference kind checks. A mark with an object or topic particle and a verb
of exceeding (`목표치(2천200명)를 168명 웃돌았다`, `[link.excess_particles]`, `[link.excess_verbs]`) states the excess:
level − mark = +excess.
A level from the sentence before is a guess. Language words are data (`[link.shortfall_particles]`,
`[link.shortfall_verbs]`, `[link.shortfall_after]`, `[link.particles_before_verb]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import group_by_sentence
from checker.link.subject_levels import figure_after_name
from checker.models import Claim

# `(151석)에는 `, `151석에 `: from the mark to the shortfall
_MARK_TO_SHORTFALL = ByLanguage(lambda w: rf"\)?\s?(?:{w.shortfall_particles})\s?")
# `2석 모자랐다`, `2석이 부족했다`, `2석 못 미쳤다`
_SHORTFALL_VERB = ByLanguage(lambda w: rf"\s?(?:{w.particles_before_verb})?\s?(?:{w.shortfall_verbs})")
# `목표치(2천200명)를 168명 웃돌았다`: a mark, an object or topic particle, then the excess over it
# (`…를 이미 168명 웃돌았다`: an adverb may stand before the excess, `[link.excess_adverbs]`)
_MARK_TO_EXCESS = ByLanguage(lambda w: rf"\)?\s?(?:{w.excess_particles})\s?(?:(?:{w.excess_adverbs})\s)?")
_EXCESS_VERB = ByLanguage(lambda w: rf"\s?(?:{w.excess_verbs})")
# `two short of the 151 needed`: from the shortfall to the mark
_SHORT_OF = ByLanguage(lambda w: rf"(?:{w.shortfall_after})", re.I)
# `It fell 6.5kg short of …`: a pronoun opening the sentence for the level of the sentence before
_PRONOUN_OPENS = ByLanguage(lambda w: rf"\s*(?:{w.shortfall_pronoun_subjects})\s")
_AVERAGE_REACH = 12
# `B당은 `, `LG전자는 `: the sentence opens with its subject, a word and a topic particle
# `하루 평균 6만9천TEU`: a figure written after an average's mark is a rate per day or year, no level of the
# total a mark sets (`목표치(2천600만TEU)에는 68만6천TEU 못 미쳤다`)
_AVERAGE_BEFORE = ByLanguage(lambda w: rf"(?:{w.daily_average_before}|{w.per_year_average_before})\s?$")
_OPENS_WITH_SUBJECT = ByLanguage(lambda w: rf"\s*(?P<name>\S{{1,12}}?)(?:{w.topic_particles})\s", first_tested=False)


def link_shortfalls(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind in AMOUNTS]
    by_sentence = group_by_sentence(figures)
    by_id = {c.id: c for c in figures}
    for shortfall in figures:
        if shortfall.role != "value" or shortfall.change_of is not None:
            continue
        same = [
            c
            for c in by_sentence.get(shortfall.sentence, [])
            if c is not shortfall and c.unit == shortfall.unit and c.counter == shortfall.counter
        ]
        mark = level = None
        direction = -1
        before = [c for c in same if c.end <= shortfall.start]
        after = [c for c in same if c.start >= shortfall.end]
        over_or_under = over_or_under_mark(before[-1], shortfall, text, lang) if before else 0
        if over_or_under:
            direction = over_or_under
            mark = before[-1]
            levels = [c for c in before[:-1] if c.role == "value" and c.change_of is None]
            if levels:
                level = levels[-1]
            elif compared := _value_of_a_comparison_before(before[:-1], by_id):
                # `기록 118개보다 24개 많지만 … 156개에는 14개 모자랐다`: the level the clause before compared
                level = compared
            elif not before[:-1] and shortfall.sentence > 0:
                earlier = [
                    c
                    for c in by_sentence.get(shortfall.sentence - 1, [])
                    if c.unit == shortfall.unit
                    and c.counter == shortfall.counter
                    and not _AVERAGE_BEFORE[lang].search(text, max(0, c.start - _AVERAGE_REACH), c.start)
                ]
                # `B당은 과반인 151석에 5석 못 미쳤다`: a sentence that names its subject measures that name's figure
                subject = (
                    _OPENS_WITH_SUBJECT[lang].match(text, sentence_starts[shortfall.sentence], mark.start)
                    if shortfall.sentence < len(sentence_starts)
                    else None
                )
                candidate = _level_of_the_marks_period(by_sentence, shortfall, mark) or (
                    figure_after_name(earlier, subject.group("name"), text, lang)
                    if subject
                    else (earlier[-1] if earlier else None)
                )
                if (
                    candidate is not None
                    and candidate.role == "value"
                    and candidate.change_of is None
                    and not _AVERAGE_BEFORE[lang].search(
                        text, max(0, candidate.start - _AVERAGE_REACH), candidate.start
                    )
                ):
                    level = candidate
                    shortfall.guesses = sorted(set(shortfall.guesses) | {"relation"})
        elif after and _SHORT_OF[lang].fullmatch(text, shortfall.end, after[0].start):
            mark = after[0]
            levels = [c for c in before if c.role == "value" and c.change_of is None]
            level = levels[-1] if levels else None
            if (
                level is None
                and not before
                and 0 < shortfall.sentence < len(sentence_starts)
                and _PRONOUN_OPENS[lang].match(text, sentence_starts[shortfall.sentence])
            ):
                # `A marrow weighing 68kg took the prize. It fell 6.5kg short of the record of 74.5kg.`: the level of
                # the sentence before, a guess
                level = _first_level(by_sentence.get(shortfall.sentence - 1, []), shortfall, text, lang)
                if level is not None:
                    shortfall.guesses = sorted(set(shortfall.guesses) | {"relation"})
        elif short_of := _short_of_a_mark(shortfall, by_sentence, text, lang):
            # `recruited 8,240 stewards, some 1,760 short of a 10,000 goal`: a shortfall of the level's noun, the syntax
            # binds it to the mark after it, which names a noun of its own (`goal`)
            level, mark = short_of
        if mark is None or level is None or level.value == mark.value:
            continue
        shortfall.role, shortfall.direction = "change", direction
        shortfall.change_of, shortfall.compared_to = level.id, mark.id
        if mark.role == "value":
            mark.role = "baseline"  # the mark is what the level is measured against


def _value_of_a_comparison_before(before: list[Claim], by_id: dict[str, Claim]) -> Claim | None:
    """The value a change stated earlier in the sentence is of (`118개보다 24개 많지만`: the level that change
    measures), when the sentence's figures before the mark are that comparison's and no plain level."""
    changes = [c for c in before if c.role == "change" and c.change_of is not None]
    if not changes or any(c.role == "value" for c in before):
        return None
    value = by_id.get(changes[-1].change_of)
    if value is None or value.role != "value" or value.change_of is not None:
        return None
    return value


def _first_level(figures: list[Claim], shortfall: Claim, text: str, lang: str) -> Claim | None:
    """The first figure of the shortfall's unit, counter and kind among `figures` (a sentence's) when it is a plain
    value, not an average: the figure of the sentence's subject, which a pronoun opening the next stands for
    (`A berry weighing 58.2 grams won, beating last year's 53.6 grams by 4.6 grams. It fell 1.8 grams short of …`)."""
    for claim in figures:
        if claim.unit != shortfall.unit or claim.kind != shortfall.kind:
            continue
        if shortfall.counter and claim.counter != shortfall.counter:
            return None
        if claim.role != "value" or claim.change_of is not None or claim.value == shortfall.value:
            return None
        if _AVERAGE_BEFORE[lang].search(text, max(0, claim.start - _AVERAGE_REACH), claim.start):
            return None
        return claim
    return None


def over_or_under_mark(mark: Claim, figure: Claim, text: str, lang: str) -> int:
    """`목표치(2천200명)를 168명 웃돌았다` (+1), `과반(151석)에 2석 모자랐다` (-1): whether `figure`, right after `mark`
    and its particle, is stated before a verb of excess or of shortfall — the difference from the mark, no level;
    0 when neither."""
    if _MARK_TO_EXCESS[lang].fullmatch(text, mark.end, figure.start) is not None and (
        _EXCESS_VERB[lang].match(text, figure.end - _excess_in_mention(figure, lang)) is not None
    ):
        return 1
    if _MARK_TO_SHORTFALL[lang].fullmatch(text, mark.end, figure.start) and _SHORTFALL_VERB[lang].match(
        text, figure.end
    ):
        return -1
    return 0


def _excess_in_mention(figure: Claim, lang: str) -> int:
    """How many characters of the excess verb the figure's mention took in as a qualifier (`168명 웃돌`)."""
    found = _EXCESS_VERB[lang].search(figure.text)
    return len(figure.text) - found.start() if found else 0


_SENTENCES_BACK = 4


def _level_of_the_marks_period(by_sentence: dict[int, list[Claim]], shortfall: Claim, mark: Claim) -> Claim | None:
    """`지난해 사망자는 2천368명이었다. … 지난해 목표치(2천200명)를 168명 웃돌았다`: a mark dated by its own words is
    of the level of that period: the nearest value of the unit and counter in the sentences before dated so by its own
    words (a figure whose period is carried over, `인구 10만명당 4.6명`, is no level the mark was set for)."""
    if mark.period is None or "period" in mark.guesses:
        return None
    for sentence in range(shortfall.sentence - 1, max(-1, shortfall.sentence - _SENTENCES_BACK - 1), -1):
        for claim in reversed(by_sentence.get(sentence, [])):
            if (
                claim.unit == shortfall.unit
                and claim.counter == shortfall.counter
                and claim.role == "value"
                and claim.change_of is None
                and claim.period == mark.period
                and "period" not in claim.guesses
                and claim.forecast == shortfall.forecast
            ):
                return claim
    return None


def _short_of_a_mark(
    shortfall: Claim, by_sentence: dict[int, list[Claim]], text: str, lang: str
) -> tuple[Claim, Claim] | None:
    """The level and the mark of a shortfall that names no noun of its own (`about 1,700 short of its 10,000 goal`,
    the level's carried over): the figure of its unit right after `short of`, and the last plain value of its unit
    before it in the sentence, the mark naming a noun of its own (`goal`, `target`)."""
    figures = [c for c in by_sentence.get(shortfall.sentence, []) if c is not shortfall and c.unit == shortfall.unit]
    after = [c for c in figures if c.start >= shortfall.end]
    before = [c for c in figures if c.end <= shortfall.start]
    if not after or not before or not _SHORT_OF[lang].fullmatch(text, shortfall.end, after[0].start):
        return None
    level = before[-1]
    if level.role != "value" or level.change_of is not None or level.kind != shortfall.kind:
        return None
    if shortfall.counter and shortfall.counter != level.counter:
        return None  # (`12 rowers fell short of …` after `8,240 tickets`: a shortfall of another thing)
    return level, after[0]
