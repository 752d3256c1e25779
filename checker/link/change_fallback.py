"""A last reading of a change the change rules before left without the figure it is measured from (run after
them all).

A change (a rate of change, or an amount, count or measure with a sign word: its role is `change`, its direction
known) whose prior no rule found takes as its prior a figure of its paragraph the text marks as earlier: one the
extraction read as a prior or a baseline (`a year earlier`, `전년`, `from X`, `…보다`), or a figure dated the level's
period a year earlier (the quarter or month before, for a change against one: `basis`). The level is the one a rule
before tied the change to; a change tied to none takes a plain level of its own sentence or of the two before it
(nearest first), of the change's unit (for a rate: any amount). Everything stands in the change's paragraph, or in
the paragraph before when the change's sentence opens its own and its paragraph states no other plain figure of the
change's unit (a paragraph going on from the figure the one before stated). Level and prior share kind, unit and
counter (a count naming none only beside the other in one sentence), name no metric other than the change's, and
neither is per unit, a listed part, nor tied to another change. The prior is looked for in the change's sentence,
then the sentences around it (nearest first, at most `_REACH` away); two candidates as near, or two levels as near
each with one, leave the change unread.

Structural vetoes keep unrelated figures apart: the level must stand above the prior for a rise and below it for
a fall, both per unit (`$38 each`) or neither, no threshold passed on the way (`[link.milestone_after]`), a
forecast level only against a figure read as its prior (not a target against this year's), the two of one order of
size, an amount's change below the larger of them, and a pair written as `from X to Y` before the change is a pair
of its own (the change measured on from it). The reading is a guess across clauses: a mismatch is a warning
(`guesses`).

The change's own clause vetoes the pair when it says the change is of something else (`_change_of_its_own`, with
the readings the word-order rules use for the same marks): its own start or day before a prior set against the
level later in the sentence, another time than the prior's, a level of its own right after it, a subject, topic
or gap of its own, a gap to a figure named after it in a sentence apart from the level, or a comparison clause
joined to a statement whose figure is the level.
"""

from __future__ import annotations

import re
from collections import Counter

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS, of_one_order
from checker.link.keys_differ import metrics_differ
from checker.link.partners import per_unit_mark_after
from checker.link.per_unit_apart import is_a_rate
from checker.link.pools_of_other_subjects import pool_of_another_subject
from checker.link.rate_subjects import rate_of_an_unstated_gap, rate_of_another_subject, rate_of_its_own_topic
from checker.link.relations import (
    OWN_PRIOR_BETWEEN,
    level_of_another_object,
    moved_to_another_level,
    other_time_than_the_prior,
    passed_on_the_way,
)
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_RATE_KINDS = ("percent", "fraction")
_REACH = 2  # sentences before or after the change's own where its prior may stand
_LEVEL_REACH = 2  # sentences before the change's own where the level of a change tied to none may stand
_PRIOR_ROLES = ("prior", "baseline")
_LEVEL_ROLES = ("value",)
# right before a rate, its clause's subject and verb of change (`Staff pay went up 9 per cent`, `its budget grew by`)
_SUBJECT_VERB_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<noun>[^\W\d_][^\W\d_'’-]{{2,}})\s+(?:{w.change_subject_verb_after})(?<=[^\W\d_])"
        rf"(?:\s+by)?\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
    first_tested=False,
)
_STANDIN_SUBJECT = ByLanguage(lambda w: rf"(?:{w.change_subject_standins})s?$", re.I, first_tested=False)
_SUBJECT_REACH = 60  # characters before a rate where its subject and verb stand
_NOUN_REACH = 30  # characters after a level where the noun it counts stands (`412 carriages`, `£1.2m in fees`)


def link_change_fallback(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_id = {c.id: c for c in claims}
    by_sentence = prose_by_sentence(claims)
    by_paragraph: dict[int, list[Claim]] = {}
    for claim in claims:
        by_paragraph.setdefault(claim.paragraph, []).append(claim)
    tied = {c.change_of for c in claims if c.change_of} | {c.compared_to for c in claims if c.compared_to}
    # (the figure after each in its sentence, built once: a pool is read by the figure drawn from it)
    following = {c.id: after for figures in by_sentence.values() for c, after in zip(figures, figures[1:])}
    equivalents = {c.converts: c for c in claims if c.role == "conversion" and c.kind == "money" and not c.furniture}
    for change in claims:
        if change.role != "change" or change.compared_to is not None or change.direction == 0:
            continue
        if change.kind not in AMOUNTS and change.kind not in _RATE_KINDS:
            continue
        opens = _opens_a_paragraph(change, text, sentence_starts) and not any(
            c is not change and c.role in _LEVEL_ROLES and c.kind == change.kind and c.unit == change.unit
            for c in by_paragraph.get(change.paragraph, [])
        )
        if change.change_of is not None:
            level = by_id.get(change.change_of)
            if level is None or not is_level(level) or not _within_reach(level, change, opens):
                continue
            levels = [(0, level)]
        else:
            levels = [
                (change.sentence - sentence, c)
                for sentence in range(change.sentence - _LEVEL_REACH, change.sentence + 1)
                for c in by_sentence.get(sentence, [])
                if is_level(c)
                and c.id not in tied
                and _within_reach(c, change, opens)
                and (change.kind in _RATE_KINDS or _same_measure(c, change))
                and not pool_of_another_subject(c, following.get(c.id), change, text, lang, sentence_starts)
            ]
            if change.kind in _RATE_KINDS and equivalents:
                # (`$2,000 a chair, about £1,500, against the £1,800 it asks at home, so … 17 per cent lower`: a level
                # restated in another money is measured in it too, against a prior of that money)
                levels += [(d, equivalents[c.id]) for d, c in levels if c.id in equivalents]
        apart = Counter(level.sentence for distance, level in levels if distance > 0)
        levels = [(d, level) for d, level in levels if d == 0 or apart[level.sentence] == 1]
        # (a sentence before stating two levels, births and deaths: which one the change is of is not said)
        found = []
        for distance, level in levels:
            prior = _nearest_prior(change, level, by_sentence, tied, opens, text, lang)
            if prior is None or metrics_differ(change, level) or metrics_differ(change, prior):
                continue
            if prior.sentence == level.sentence == change.sentence and prior.start < level.start < change.start:
                continue  # (`from X to Y, then Z more`: a pair of its own, the change after it measured on)
            if passed_on_the_way(prior, text, lang) or passed_on_the_way(level, text, lang):
                continue  # (`7억원을 넘긴 뒤 3000만원 더`: a threshold passed on the way, no prior)
            after = next((c for c in by_sentence.get(prior.sentence, ()) if c.start >= prior.end), None)
            if moved_to_another_level(prior, after, level, text, lang):
                continue  # (`Costs rose from £1.2m to £1.5m, while income fell 10%`: the costs' start)
            per_unit = [is_a_rate(c, text, lang) or per_unit_mark_after(c, text, lang) for c in (level, prior)]
            if per_unit[0] != per_unit[1]:
                continue  # (`$38 each … against $35`: a price per unit and a figure not marked so are two things)
            if level.forecast and prior.role not in _PRIOR_ROLES:
                continue  # (`aims to make 5,000 tonnes in 2027 and made 4,200 this year`: a target, not a rise)
            if _change_of_its_own(change, level, prior, text, lang, sentence_starts):
                continue
            if moves_as_said(change, level, prior):
                found.append((distance, level, prior))
        if not found:
            continue
        nearest = min(distance for distance, _, _ in found)
        found = [(level, prior) for distance, level, prior in found if distance == nearest]
        if len(found) != 1:
            continue  # (two levels as near, each with a prior: which the change is of is not said)
        level, prior = found[0]
        change.change_of = level.id
        change.compared_to = prior.id
        if "prior" not in change.guesses:
            change.guesses.append("prior")
        tied.update((level.id, prior.id))


def _change_of_its_own(
    change: Claim, level: Claim, prior: Claim, text: str, lang: str, sentence_starts: list[int]
) -> bool:
    """Whether the change's own clause says it is measured from something else than the pair found for it: its
    words name its own start or day before a prior set against the level later in the sentence, or another time
    than the prior's; it names a level of its own right after it, or a subject or topic of its own (a gap
    between the two is one); or it stands
    in a sentence after the level's with a figure it is compared with of its own, or between a figure compared
    with and a level after it that a clause of its own states (the comparison joined to another statement)."""
    if prior.sentence == change.sentence and prior.start > change.end:
        start = level.end if change.end <= level.start < prior.start else change.end
        if OWN_PRIOR_BETWEEN[lang].match(text, start, prior.start):
            return True  # (`rose 2 cents on Friday, against $2.90 a year earlier`: the prior is the level's)
    if prior.sentence == change.sentence and other_time_than_the_prior(prior, change, text, lang):
        return True  # (`from £96,000 a year earlier, 4% higher than in the spring`: another comparison)
    if level_of_another_object(change, level, text, lang):
        return True  # (`cut its staff by a quarter to 90, and its output to 4,000 tonnes from 5,000`)
    if rate_of_another_subject(change, text, lang, sentence_starts[change.sentence]):
        return True  # (`60 vans compare with 45 vans, a rise of 9 per cent in drivers`: another thing)
    if rate_of_an_unstated_gap(change, text, lang):
        return True  # (`60 vans against 45 in Tarn, a gap that grew by 5%`: the change of the gap)
    if rate_of_an_unnamed_subject(change, level, prior, text, lang, sentence_starts):
        return True  # (`Crossings were 412 against 377. Staff pay went up 9 per cent.`: the pay's own rise)
    if level.start < change.start:
        opens = max(sentence_starts[change.sentence], level.end, prior.end if prior.start < change.start else 0)
        value_text = text[sentence_starts[level.sentence] : level.end]
        if rate_of_its_own_topic(change, opens, value_text, text, lang):
            return True  # (`…보다 1만 명 많고, 요금은 30% 늘었다`: the topic's own rate)
    if level.sentence < change.sentence == prior.sentence and prior.start > change.end:
        return True  # (`Sales were £4m. The fund was £1m lower than the £5m …`: a gap to a figure after it, the
        # rules of gaps read whether the sentence before is its level; a subject of its own makes it the fund's)
    # (`…보다 21% 많아 280만명의 수요를 낳았다`: the level after is of another statement)
    return (
        change.change_of is None
        and change.sentence == level.sentence == prior.sentence
        and prior.end <= change.start
        and level.start >= change.end
    )


def rate_of_an_unnamed_subject(
    change: Claim, level: Claim, prior: Claim, text: str, lang: str, sentence_starts: list[int]
) -> bool:
    """Whether a rate's clause opens with a subject and its verb of change (`its budget grew by 6 per cent`) whose
    noun neither the level's nor the prior's sentence names up to the figure and the noun right after it: the rate
    is that subject's own change, not the move between two levels of another measure."""
    if change.kind not in _RATE_KINDS:
        return False
    found = _SUBJECT_VERB_BEFORE[lang].search(text, max(0, change.start - _SUBJECT_REACH), change.start)
    if found is None:
        return False
    noun = found.group("noun").casefold()
    if _STANDIN_SUBJECT[lang].match(noun):
        return False  # (`The total rose 6 per cent`: a word that stands for what the levels count)
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
    for figure in (level, prior):
        if figure.sentence == change.sentence and figure.start > change.start:
            return False  # (`Charges rose 6%, taking the fee to £1,272 from £1,200`: the clause goes on to its levels)
        end = figure.end + _NOUN_REACH
        if figure.sentence + 1 < len(sentence_starts):
            end = min(end, sentence_starts[figure.sentence + 1])
        if figure.sentence == change.sentence:
            end = min(end, found.start())
        if stem in text[sentence_starts[figure.sentence] : end].casefold():
            return False
    return True


def _opens_a_paragraph(change: Claim, text: str, sentence_starts: list[int]) -> bool:
    """Whether the change's sentence is the first of its paragraph (a line break before it, past spaces)."""
    at = sentence_starts[change.sentence] if change.sentence < len(sentence_starts) else change.start
    while at > 0 and text[at - 1] in " \t\u3000":
        at -= 1
    return at == 0 or text[at - 1] == "\n"


def _within_reach(claim: Claim, change: Claim, opens: bool) -> bool:
    """A figure of the change's paragraph, or of the paragraph before when the change's sentence opens its own
    (`…이 5천400권을 빌렸다.` then, a paragraph on, `대출은 지난해 4천900권에서 500권 늘었다`: a paragraph that
    goes on with the figure the one before stated); the sentence reaches bound both."""
    if claim.paragraph == change.paragraph:
        return True
    return opens and claim.paragraph == change.paragraph - 1 and claim.sentence < change.sentence


def is_level(claim: Claim) -> bool:
    """A plain figure of an amount: no change, share, per-unit figure or listed part. A total the text also
    states as a figure per period over a term (`31,000 a day over ten days, 312,000 in all`) is a level: the
    term's whole, which a change against the term before measures."""
    return (
        claim.kind in AMOUNTS
        and claim.role in _LEVEL_ROLES
        and claim.change_of is None
        and claim.compared_to is None
        and claim.per_unit_of is None
        and claim.units_of is None
        and claim.part_of is None
        and not claim.table_cell
        and not claim.furniture
    )


def _same_measure(one: Claim, other: Claim) -> bool:
    """One kind and unit; for counts one counter, or none named on one of two figures of one sentence."""
    if one.kind != other.kind or one.unit != other.unit:
        return False
    if one.counter and other.counter:
        return one.counter == other.counter
    return one.kind != "count" or one.sentence == other.sentence


def _earlier(prior: Claim, level: Claim, basis: str | None) -> bool:
    """Whether the text marks `prior` as the level's figure of the period before: read as a prior or a baseline,
    or dated the same period a year earlier (or the quarter or month before, for a change against one)."""
    if prior.role in _PRIOR_ROLES:
        return True
    if prior.period is None or level.period is None or "period" in prior.guesses or "period" in level.guesses:
        return False
    return prior.period == level.period.previous(basis or "year")


def _nearest_prior(
    change: Claim, level: Claim, by_sentence: dict, tied: set, opens: bool, text: str, lang: str
) -> Claim | None:
    """The one earlier figure nearest the change; none when two stand as near, or when a farther one is of the
    nearest's period too (a first count and its revision: which is the prior is not said). A figure per unit
    beside the prior (`a day on average`, `회당 440명`) is no second candidate: it is not a level of the measure."""
    found = []
    for reach in range(_REACH + 1):
        candidates = []
        for sentence in {change.sentence - reach, change.sentence + reach}:
            for claim in by_sentence.get(sentence, []):
                if claim is level or claim is change or claim.id in tied or not _within_reach(claim, change, opens):
                    continue
                if claim.role not in (*_PRIOR_ROLES, *_LEVEL_ROLES) or not _same_measure(claim, level):
                    continue
                if claim.change_of or claim.compared_to or claim.per_unit_of or claim.units_of:
                    continue
                if claim.part_of or claim.share_whole or claim.table_cell or claim.furniture:
                    continue
                if metrics_differ(claim, level) or not _earlier(claim, level, change.basis):
                    continue
                candidates.append(claim)
        if candidates and not found:
            if len(candidates) != 1:
                return None
            others = [
                c
                for c in by_sentence.get(candidates[0].sentence, [])
                if c is not candidates[0]
                and c is not level
                and c.role != "change"
                and _same_measure(c, level)
                and not is_a_rate(c, text, lang)
            ]
            if candidates[0].sentence != level.sentence and others:
                return None  # (a sentence apart stating two figures of the unit: which is the prior is not said)
            found = candidates
        elif candidates and found[0].period is not None and any(c.period == found[0].period for c in candidates):
            return None
    return found[0] if found else None


def moves_as_said(change: Claim, level: Claim, prior: Claim) -> bool:
    """The level stands above the prior for a rise and below it for a fall, the two of one order of size (a
    figure over three times another is of another pot), and an amount's change no larger than the larger of the two."""
    if level.value == prior.value or min(level.value, prior.value) <= 0:
        return False
    if (level.value > prior.value) != (change.direction > 0):
        return False
    if not of_one_order(level, prior):
        return False
    return change.kind in _RATE_KINDS or abs(change.value) < max(level.value, prior.value)
