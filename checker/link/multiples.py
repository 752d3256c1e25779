"""A multiple between two stated figures: `연봉은 4800만원으로 10년 전 2400만원의 두 배다`, `earned $12.4m,
three times the $4.1m paid to …`, `twice as much as the $1.05bn spent on …`.

The figure the multiple is of is named right next to it: before it, joined by a genitive (`B의 N배`),
or after it, past the words that make it the measure (`N times the B`, `N times as much as B`). The
figure multiplied is the nearest one of the same unit before, in the sentence. The multiple kind then
checks value ÷ figure against the multiple. `N times more than B` reads as ×N or as +N×100%
(`plus_reading`), as `N배 증가` does. Language words are data (`[link.multiple_of_before]`,
`[link.multiple_of_after]`, `[link.multiple_plus_after]`).

A multiple of a noun stated with no figure beside it (a headline's `연봉 3배 증가`, `매출 두 배로 올라`) is
of the article's two figures that noun names elsewhere (`지난해 연봉은 1억2000만원`, `새 연봉은 3억6000만원`):
only when the noun names exactly two figures of one unit, the larger over the smaller (a rise; the first
unit in the text when the pair is restated in another currency, and the next unit's pair for the same multiple
stated again of the same noun, so that each pair is checked: the restatement check still pairs the two
multiples, their pairs being one pair at one rate). It rests on that reading, so a mismatch
is a warning (`guesses`). Words are data (`[link.naming_nouns]`, `[link.rise_verbs]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.per_unit_apart import per_shorter_period
from checker.link.sentence_groups import prose_figures
from checker.link.subjects import said_of
from checker.models import Claim
from checker.regex_cache import compile_exact

# `2400만원의 두 배`: from the figure to its multiple
_OF_BEFORE = ByLanguage(lambda w: rf"\s?(?:{w.multiple_of_before})\s?", re.I)
# `three times the $4.1m`, `twice as much as the $1.05bn`: from the multiple to the figure
_OF_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.multiple_of_after})\s+", re.I)
# `3배인 900억원`, `3배에 달하는 900억원`: from the multiple to the figure it describes
_VALUE_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.multiple_value_after})\s?")
_ENDS_DESCRIBING = ByLanguage(lambda w: rf"(?:{w.multiple_value_after})$")
# `three times more than`: the multiple read either way
_PLUS_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.multiple_plus_after})\b", re.I)
_CLOSING_BRACKET = compile_exact(r"\s?\)")
# `…로, 내국인 매출은`: a clause opening on its own topic (`[link.clause_topic_particles]`) between a figure and a
# multiple: the multiple is said of that topic, not of the figure
# a subject of its own between a figure and a multiple's base (`…으로 공연비는`, `… 물량이`, `… 방문객만`): another
# thing's multiple
_NEW_TOPIC = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])[^\W\d_]+"
        rf"(?:{w.clause_topic_particles}|{w.clause_subject_particles}|{w.multiple_subject_marks})(?![^\W\d_])"
    )
)
# `연봉 3배 증가`: the noun right before a multiple, and the rise after it
_NOUN_BEFORE = ByLanguage(lambda w: rf"(?:^|\s)(?P<noun>{w.naming_nouns})\s?$")
_RISE_AFTER = ByLanguage(lambda w: rf"\s?(?:(?:{w.to_particles})\s?)?(?:{w.rise_verbs})")
# `새 연봉은 3억6000만원`, `연봉 약 1억원`: a figure and the noun naming it
_NAMED_BY = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?P<noun>{w.naming_nouns})(?:{w.topic_particles})?\s?(?:(?:{w.hedges})\s?)?$"
)
_NOUN_REACH = 16  # characters before a multiple, and before a figure, where its noun stands
# `직원 120명이 일하는 역으로, 예측치 50만명의 2.5배다`: a figure that is the subject of a clause describing the noun
# after it (a subject particle, then a word ending in a modifier) is that clause's, not the figure the multiple is of
_IN_MODIFYING_CLAUSE = ByLanguage(
    lambda w: (
        rf"\s?(?:{w.clause_subject_particles})\s[^\W\d_]+(?:{w.relative_clause_ends}|{w.present_adnominal_ends})\s"
    )
)


def link_multiples_of(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    equivalents: dict[str, Claim] | None = None
    for i, multiple in enumerate(figures):
        if multiple.kind != "multiple" or multiple.role != "change":
            continue
        measure = _measure_of(figures, i, text, lang)
        if measure is None:
            continue
        if equivalents is None:
            equivalents = _equivalents(claims)
        value = next(
            (
                v
                for c in reversed(figures[: figures.index(measure) if measure.end <= multiple.start else i])
                if c.sentence == multiple.sentence
                and c.kind in AMOUNTS
                and c.role == "value"
                and (v := _in_unit_of(c, measure, equivalents)) is not None
                and _same_counter(v, measure)
                and not _IN_MODIFYING_CLAUSE[lang].match(text, c.end)
                # (`at three fountains a week, … more than twice the 45`: a pace, no level a multiple compares)
                and not (c.kind == "count" and per_shorter_period(c, text, lang))
            ),
            None,
        )
        # (an equivalent in brackets is said of past its closing bracket: `2,000만달러(약 270억원)로`)
        closing = _CLOSING_BRACKET.match(text, value.end) if value is not None and value.role == "conversion" else None
        if value is not None and value.role == "conversion" and closing is None:
            value = None
        if value is not None and not said_of(
            value, measure, min(measure.start, multiple.start), text, lang, closing.end() if closing else None
        ):
            value = None
        if value is not None and _NEW_TOPIC[lang].search(
            text, closing.end() if closing else value.end, min(measure.start, multiple.start)
        ):
            value = None  # (`외국인 매출은 270억원으로, 내국인 매출은 …의 2.5배`: another subject's multiple)
        if measure.end <= multiple.start:
            # `B의 N배인 A`: the figure the multiple describes, before any figure said earlier
            value = _modified_value(figures, i, measure, text, lang) or value
        if value is None:
            paired = next((c for c in figures if c.id == multiple.change_of), None)
            if paired is not None and paired.kind == "count" and per_shorter_period(paired, text, lang):
                multiple.change_of = multiple.compared_to = None  # (a pace paired before: no level it compares)
            continue
        multiple.change_of, multiple.compared_to = value.id, measure.id
        if _PLUS_AFTER[lang].match(text, multiple.end):
            multiple.plus_reading = True


def _equivalents(claims: list[Claim]) -> dict[str, Claim]:
    """The equivalents in brackets of the article's figures (`2,000만달러(약 270억원)`), by the figure each converts,
    read once."""
    return {c.converts: c for c in claims if c.role == "conversion" and c.converts and not c.furniture}


def _in_unit_of(figure: Claim, measure: Claim, equivalents: dict[str, Claim]) -> Claim | None:
    """The figure in the unit of the figure a multiple is of: itself, or its equivalent in brackets in that unit
    (`외국인 매출은 2,000만달러(약 270억원)로 지난해 180억원의 1.5배`: the won the multiple compares); or None."""
    if figure.unit == measure.unit:
        return figure
    equivalent = equivalents.get(figure.id)
    if equivalent is not None and equivalent.unit == measure.unit and equivalent.kind == measure.kind:
        return equivalent
    return None


def _modified_value(figures: list[Claim], i: int, measure: Claim, text: str, lang: str) -> Claim | None:
    """The figure a multiple modifies right after it (`지난해 300억원의 3배인 900억원`): the multiple's ending makes
    it the figure's description, so that figure is the value, of the measure's unit."""
    multiple = figures[i]
    if i + 1 >= len(figures):
        return None
    after = figures[i + 1]
    if (
        after.sentence == multiple.sentence
        and after.kind in AMOUNTS
        and after.role == "value"
        and after.unit == measure.unit
        and _same_counter(after, measure)
        and (
            _VALUE_AFTER[lang].fullmatch(text, multiple.end, after.start)
            # `두 배가 넘는 4조원`: the extractor took the ending into the multiple's bound
            or (_ENDS_DESCRIBING[lang].search(multiple.text) and not text[multiple.end : after.start].strip())
        )
    ):
        return after
    return None


def _same_counter(value: Claim, measure: Claim) -> bool:
    """Whether two figures count one thing: `3,000 workers, three times the 1,000 it hired` leaves the counted
    noun of the figure after the multiple unsaid, so a bare count there counts what the value counts."""
    return value.counter == measure.counter or (measure.kind == "count" and not measure.counter)


def _measure_of(figures: list[Claim], i: int, text: str, lang: str) -> Claim | None:
    """The figure a multiple is of: right before it (`B의 N배`) or right after it (`N times the B`)."""
    multiple = figures[i]
    if i > 0:
        before = figures[i - 1]
        if (
            before.kind in AMOUNTS
            and before.sentence == multiple.sentence
            and _OF_BEFORE[lang].fullmatch(text, before.end, multiple.start)
        ):
            return before
    if i + 1 < len(figures):
        after = figures[i + 1]
        gap = _OF_AFTER[lang].match(text, multiple.end)
        if after.kind in AMOUNTS and after.sentence == multiple.sentence and gap and gap.end() == after.start:
            return after
    return None


def measures_of_multiples(claims: list[Claim], indices: list[int], text: str, lang: str) -> set[str]:
    """The ids of the figures of one sentence (`indices`) that a multiple of it is of (`3,000억원의 2.1배`)."""
    figures = [claims[k] for k in indices if claims[k].role != "conversion" and not claims[k].furniture]
    return {
        measure.id
        for i, multiple in enumerate(figures)
        if multiple.kind == "multiple"
        and multiple.role == "change"
        and (measure := _measure_of(figures, i, text, lang)) is not None
    }


def link_multiples_apart(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.role not in ("conversion", "change") and not c.furniture]
    # (noun, multiple's value) -> how many multiples of it were already given a pair: a multiple stated
    # again of the same noun takes the pair of the next unit (the pair restated in another currency)
    restated: dict[tuple[str, float], int] = {}
    # (the sentences with an amount, and the values by the noun written before them, found once for every
    # multiple, not once per multiple: a long article has hundreds of each)
    with_amounts = {c.sentence for c in figures if c.kind in AMOUNTS}
    named: dict[str, list[Claim]] | None = None
    for multiple in claims:
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.change_of or multiple.furniture:
            continue
        if multiple.sentence in with_amounts:
            continue  # figures beside it: the rules above decide
        s_start = sentence_starts[multiple.sentence]
        noun = _NOUN_BEFORE[lang].search(text, max(s_start, multiple.start - _NOUN_REACH), multiple.start)
        if noun is None or not _RISE_AFTER[lang].match(text, multiple.end):
            continue
        if named is None:
            named = _values_by_noun(figures, text, lang, sentence_starts)
        by_unit: dict[tuple, list[Claim]] = {}
        for figure in named.get(noun.group("noun"), []):
            by_unit.setdefault((figure.unit, figure.counter), []).append(figure)
        if not by_unit:
            continue
        pairs = [pair for pair in by_unit.values() if len(pair) == 2 and pair[0].value != pair[1].value]
        if not pairs or pairs[0] is not next(iter(by_unit.values())):
            continue  # which two the multiple is between: not said
        pairs = [pair for pair in pairs if pair is pairs[0] or _restated_pair(pair, pairs[0])]
        key = (noun.group("noun"), multiple.value)
        pair = pairs[restated.get(key, 0) % len(pairs)]  # the first unit in the text, then the next
        restated[key] = restated.get(key, 0) + 1
        larger, smaller = sorted(pair, key=lambda c: c.value, reverse=True)
        if smaller.low <= 0:
            continue  # no multiple of nothing
        multiple.change_of, multiple.compared_to = larger.id, smaller.id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _values_by_noun(figures: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> dict[str, list[Claim]]:
    """The values among `figures` that a noun names right before them (`_NAMED_BY`), by that noun, in text order."""
    out: dict[str, list[Claim]] = {}
    for figure in figures:
        if figure.kind not in AMOUNTS or figure.role != "value":
            continue
        start = max(sentence_starts[figure.sentence], figure.start - _NOUN_REACH)
        name = _NAMED_BY[lang].search(text, start, figure.start)
        if name is not None:
            out.setdefault(name.group("noun"), []).append(figure)
    return out


# Two pairs of figures are one pair in two currencies when both figures convert at one rate (within 5%).
_RATE_AGREEMENT = 0.05


def _restated_pair(pair: list[Claim], first: list[Claim]) -> bool:
    """The pair `first` restated in another currency: both money, and the larger of one over the larger of
    the other at the rate of the smaller over the smaller."""
    if not all(c.kind == "money" for c in (*pair, *first)) or pair[0].unit == first[0].unit:
        return False
    (big, small), (first_big, first_small) = (sorted(p, key=lambda c: c.value, reverse=True) for p in (pair, first))
    if min(small.value, first_small.value) <= 0:
        return False
    rate, other_rate = big.value / first_big.value, small.value / first_small.value
    return abs(rate - other_rate) <= _RATE_AGREEMENT * max(rate, other_rate)
