"""A change stated with its prior and no level, the level stated in an earlier sentence: `The library lent 48,200
books this year. … Loans were up 3,900 from last year's 44,300, an increase of 9 per cent.`, `올해 관람객은 6만
1천 명이었다. … 관람객은 지난해 5만4천 명보다 7천 명, 13% 늘었다.`

A sentence that states one figure read as a prior or a baseline (`last year's`, `up from`, `지난해 …보다`), one or
more changes (an amount of the prior's kind and unit, or a rate) that no rule tied to anything, and no plain level of
the prior's measure, says how far the thing it is about moved, not where it stands: the level is stated before. It
is the plain level of the prior's measure in the nearest sentence before that states one (the story's own figure,
often the lead's, stated once and then compared): a plain value (no change, prior, share, figure per unit, listed
part or pool another figure is drawn from), of the prior's kind, unit and counter (a count naming none against one
naming its noun), outside the headline.

Structural vetoes: that nearest sentence states two such levels, or breaks the level down into parts (which one
moved is not said); the level and the prior are of two metrics, or dated so that the prior is not the earlier
(another year's figure); the level is a forecast; the change is a gap stated against the prior after it (`£2m lower
than the …`: a comparison with a subject of its own); the change does not move the level from the prior as it says
(a rise to a level below the prior, or two figures of different orders of size: another thing). Run after the
change fallback, which reads the pairs of a change's own paragraph. Found by position, so the link is a guess (a
mismatch is a warning).
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import NEVER, ByLanguage
from checker.link.change_fallback import is_level, moves_as_said
from checker.link.figure_kinds import AMOUNTS, of_one_order
from checker.link.gaps import gap_word_after, written_after_compared
from checker.link.keys_differ import metrics_differ
from checker.link.partners import per_unit_mark_after
from checker.link.per_unit_apart import is_a_rate, opens_with_headline
from checker.link.sentence_groups import prose_by_sentence
from checker.link.subject_levels import OPENING_SUBJECT
from checker.link.totals import is_a_pool
from checker.models import Claim
from checker.regex_cache import compile_exact

_RATE_KINDS = ("percent", "fraction")
# right after a count's number, `of` and a definite word, then up to three words: the pool it is drawn from
_OF_THE_POOL = ByLanguage(lambda w: rf"\s+(?:{w.pool_share_of_the})\s+(?P<words>(?:[^\W\d_][\w'’-]*\s*){{1,3}})", re.I)
# `올해 …`, `지난 …`: a time or a hedge before a subject names nothing the level's sentence must write
_NAMES_NOTHING = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", first_tested=False)
# `12,000 more seats`: the noun a change adds, named after its comparative word
_MORE_NOUN = ByLanguage(lambda w: rf"\s+(?:{w.more_or_fewer_after})\s+(?P<noun>[^\W\d_]+)\b(?!\s+than\b)", re.I)
# `£2.6m lower than the £43.8m …`: right after the change, a comparison with the figure after it
_GAP_THAN = ByLanguage(lambda w: rf"\s+(?:{w.comparative_above}|{w.comparative_below})\s+(?:{w.than_words})\b", re.I)
_PRIOR_ROLES = ("prior", "baseline")
# between a past level and a change, a word telling the change of now (`올해는`, `this year`)
_TOLD_OF_NOW = ByLanguage(lambda w: rf"(?:{w.change_told_of_now})" if w.change_told_of_now != NEVER else NEVER, re.I)
# between a change and the past level set right after it that it is measured on (`up 180,000 tonnes on the 1.26
# million tonnes by this point last year`)
_MEASURED_ON = ByLanguage(
    lambda w: rf"(?:{w.change_measured_on})" if w.change_measured_on != NEVER else NEVER, re.I, first_tested=False
)
# a sentence's opening before a change, the word of now alone or with a word pointing back at the level of the
# sentence before (`올해는 이보다 28.3% 늘었다`: `[link.change_back_before]`)
_NOW_OPENING = ByLanguage(
    lambda w: (
        rf"(?:{w.change_told_of_now})(?:\s?(?:{w.change_back_before}))?" if w.change_told_of_now != NEVER else NEVER
    ),
    re.I,
    first_tested=False,
)
# between a level dated in the past and a change after it in its sentence, the joint of a clause drawing the change
# from it (`In 2024 the mill wove 410 rugs, so takings are up by a fifth`: `[link.change_after_past_joints]`)
_PAST_JOINT = ByLanguage(
    lambda w: rf"(?:{w.change_after_past_joints})" if w.change_after_past_joints != NEVER else NEVER,
    re.I,
    first_tested=False,
)
# right after a change, words pointing back at the level before it (`up 40% on that`)
_ON_THAT = ByLanguage(lambda w: rf"(?:{w.change_on_that_after})" if w.change_on_that_after != NEVER else NEVER, re.I)
# `수확량`, `주문량`: a subject naming the measure alone, no part of it (`[link.generic_measure_nouns]`)
_MEASURE_NOUN = ByLanguage(
    lambda w: rf"(?:{w.generic_measure_nouns})" if w.generic_measure_nouns != NEVER else NEVER, first_tested=False
)
_OPENING_WORD = compile_exact(r"\s*(\S+)\s")
_REACH_BACK = 40  # sentences back the level may stand (an article's length; bounds the walk on a long line)
# sentences of the body's opening where the lead's level may stand (bounds the look on a one-paragraph article)
_LEAD_SENTENCES = 3


# `100 large ones`: the word a listed count names its noun by, the noun of the count before it
# (`[link.list_pronoun_counters]`)
_LIST_PRONOUN = ByLanguage(lambda w: rf"(?:{w.list_pronoun_counters})", re.I)


def link_changes_of_an_earlier_level(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = prose_by_sentence(claims)
    if len(by_sentence) < 2:
        return
    headline = opens_with_headline(text)
    tied = {c.change_of for c in claims if c.change_of} | {c.compared_to for c in claims if c.compared_to}
    for sentence in sorted(by_sentence):
        figures = by_sentence[sentence]
        past = _past_level(sentence, figures, by_sentence, text, lang, tied, sentence_starts)
        if past is not None:
            prior, changes = past
            from_sentence = prior.sentence
        else:
            changes = [c for c in figures if _free_change(c)]
            if any(c.role == "change" and c.change_of is not None for c in figures):
                continue  # (a change of the sentence tied already: its comparison is read, the rest is another's)
            priors = [c for c in figures if c.role in _PRIOR_ROLES and c.kind in AMOUNTS and _free(c, tied)]
            if len(priors) != 1:
                continue  # (none, or two priors: which one the changes are measured from is not said)
            prior = priors[0]
            from_sentence = sentence
            # (`금년 생산량은 전년 4천 상자보다 900 상자(22.5%) 많다`: the gap written right after the figure
            # compared with and before its word of size is the change's amount, no level of its own)
            # (only beside a rate of the same change: a gap alone may be of any level the sentences before state)
            gaps = _stated_gaps(figures, prior, text, lang) if changes else []
            if not changes:
                continue
            changes = changes + [gap for gap, _ in gaps]
        if any(c.kind in AMOUNTS and not _same_unit(c, prior) for c in changes):
            continue  # (a change of another unit than the prior's: another comparison)
        if any(
            c.role == "value"
            and c is not prior
            and c not in changes
            and _same_unit(c, prior)
            and not metrics_differ(c, prior)
            for c in figures
        ):
            continue  # (a level of its own in the sentence: the clause rules read it, or it is another thing)
        period = next(
            (
                c.period
                for c in changes
                if c.period is not None and "period" not in c.guesses and not _dates_the_prior(c, prior)
            ),
            None,
        )
        if past is not None:
            period = None  # (the change is told of now; the level's period is not the past figure's)
        # (`출전 선수는 지난해 …보다 … 늘었다`: the sentences before that do not name the subject state no level of it;
        # the level is the nearest of the sentences that do)
        named = _subject_words(sentence, text, lang, sentence_starts) if past is None else None
        level = _earlier_level(prior, period, from_sentence, by_sentence, tied, text, lang, headline, named)
        labelled = False
        if level is None and named is not None:
            # (`온라인 매출은 … 지난해(150억 원)보다 20% 늘었다` after `농협 매장 310억 원, 온라인 장터 180억 원, …`:
            # the level its subject's first word labels in the sentence before)
            level = _labelled_level(prior, period, from_sentence, by_sentence, tied, text, lang, named)
            labelled = level is not None
        if level is None:
            level = _lead_level(prior, period, from_sentence, by_sentence, tied, text, lang, headline)
        if level is None or any(metrics_differ(c, level) for c in changes):
            continue
        if any(_counts_another_noun(c, level, text, lang) for c in changes):
            continue  # (`…, or 12,000 more seats` after a level of fans: what it adds is another thing)
        if any(c.kind in AMOUNTS and not _same_unit(c, level) for c in changes):
            continue  # (`212,600 fans …, or 12,000 more seats`: a count of another noun)
            continue
        if (
            level.forecast
            and not prior.forecast
            and past is None
            and not all(gap_word_after(text, c.end, lang) for c in changes)
        ):
            # (a target set against last year's figure is no rise; one told of now is a planned one; one compared
            # with it by a word of size, `… 120차례를 나갈 계획이다. 지난해 96차례보다 25% 많다`, `That is 25 per cent
            # more than last year`, is the plan's size against the past)
            continue
        if any(prior.start > c.end and _GAP_THAN[lang].match(text, c.end) for c in changes):
            continue  # (`The reserve fund was £2.6m lower than …`: a gap with a subject of its own, not the level's)
        if past is None and not labelled and _subject_unwritten(sentence, level.sentence, text, lang, sentence_starts):
            continue  # (`청년 대상은 …` after `… 대상 3,480명`: a subject the level's sentence does not name)
        if not _prior_is_earlier(prior, level):
            continue  # (the prior dated as late as the level or later: another year's figure, not its past)
        gaps = [] if past is not None else gaps
        for gap, direction in gaps:
            gap.role, gap.direction = "change", direction
        if not all(moves_as_said(c, level, prior) for c in changes):
            for gap, _ in gaps:
                gap.role, gap.direction = "value", 0
            continue
        for change in changes:
            change.change_of = level.id
            change.compared_to = prior.id
            if "prior" not in change.guesses:
                change.guesses.append("prior")
        tied.update((level.id, prior.id))


def _stated_gaps(figures: list[Claim], prior: Claim, text: str, lang: str) -> list[tuple[Claim, int]]:
    """The plain amounts of the sentence written as the gap to the prior (right after it and the mark of the
    comparison, a word of size after them: `4천 상자보다 900 상자(22.5%) 많다`), each with the direction its word
    gives."""
    gaps = []
    for figure in figures:
        if figure.role != "value" or figure.kind not in AMOUNTS or figure.change_of is not None:
            continue
        if not _same_unit(figure, prior) or not written_after_compared(prior, figure, text, lang):
            continue
        word = gap_word_after(text, figure.end, lang)
        if word is not None:
            gaps.append((figure, 1 if word.group("more") else -1))
    return gaps


def _past_level(
    sentence: int,
    figures: list[Claim],
    by_sentence: dict,
    text: str,
    lang: str,
    tied: set,
    sentence_starts: list[int],
) -> tuple[Claim, list[Claim]] | None:
    """A change told of now against a level stated as a past one, the level now stated before (`Overseas sales came
    to £40,000 last year, and the Lisbon order alone is up 40% on that.`, `수출액은 지난해 600만 엔이었는데 올해는 이번
    계약만으로 40% 늘었다`, `… 지난해 수출액은 600만 엔이었다. 올해는 240만 엔, 40% 늘었다`): (the past level, the
    changes) or None.

    The past level is the one plain amount before the changes in their sentence or, with none there, the one of the
    sentence right before in the paragraph; between it and the changes a word tells them of now
    (`[link.change_told_of_now]`: `올해는`, `this year`) and the level is dated by a written period, or right after
    the change a word points back at it (`[link.change_on_that_after]`: `up 40% on that`). A change the clause
    rules tied to that level (`지난해 600만 엔이었는데 올해는 40% 늘었다`: the rise of the year after it) is read the
    same; a change tied to another figure, or a second plain amount where the level is looked for, and nothing is
    read."""
    now, on_that = _TOLD_OF_NOW[lang], _ON_THAT[lang]
    moving = [
        c
        for c in figures
        if c.role == "change"
        and c.direction != 0
        and (c.kind in AMOUNTS or c.kind in _RATE_KINDS)
        and not c.furniture
        and not c.table_cell
    ]
    if not moving:
        return None
    first = moving[0]
    before = [c for c in figures if c.end <= first.start and c.kind in AMOUNTS and c.role not in ("conversion",)]
    after = [c for c in figures if c.start >= moving[-1].end and c.kind in AMOUNTS and c.role != "conversion"]
    if not before and len(after) == 1 and _MEASURED_ON[lang].fullmatch(text, moving[-1].end, after[0].start):
        # (`Deliveries are up 180,000 tonnes on the 1.26 million tonnes by this point last year`: the past level the
        # change is measured on, set right after it)
        level = after[0]
        if level.role != "value" or not _dated(level) or any(c.change_of not in (None, level.id) for c in moving):
            return None
        if level.change_of or level.compared_to or level.part_of or level.per_unit_of or level.units_of:
            return None
        return (level, moving) if level.id not in tied or all(c.change_of == level.id for c in moving) else None
    if before:
        levels = [c for c in before if c.role == "value"]
        if len(levels) != 1 or len(before) != 1:
            return None
        level = levels[0]
        between = (level.end, first.start)
    else:
        if sentence < 1 or sentence >= len(sentence_starts):
            return None
        earlier = [c for c in by_sentence.get(sentence - 1, ()) if c.kind in AMOUNTS and c.role != "conversion"]
        if len(earlier) != 1 or earlier[0].role != "value" or earlier[0].paragraph != first.paragraph:
            return None
        level = earlier[0]
        between = (sentence_starts[sentence], first.start)
    if any(c.change_of not in (None, level.id) or c.compared_to not in (None, level.id) for c in moving):
        return None  # (a change tied to another figure: its comparison is read)
    if all(c.compared_to == level.id and c.change_of is not None for c in moving):
        return None  # (both ends read already)
    if level.change_of or level.compared_to or level.part_of or level.per_unit_of or level.units_of:
        return None
    if level.id in tied and not all(level.id in (c.change_of, c.compared_to) for c in moving):
        return None
    pointed = any(on_that.match(text, c.end) for c in moving)
    dated = _dated(level)
    if before:
        told_now = now.search(text, *between) is not None or _PAST_JOINT[lang].search(text, *between) is not None
    else:
        # (`… 600만 엔이었다. 올해는 240만 엔, 40% 늘었다`: the next sentence opens on the word of now alone; a subject
        # of its own, `올해 목표는 80% 늘었다`, is another measure's change)
        opening = text[between[0] : between[1]].strip(" ,")
        told_now = _NOW_OPENING[lang].fullmatch(opening) is not None
    if not (pointed or (dated and told_now)):
        return None
    # (a tie of the clause rules to the past level is replaced when the reading holds: measured from it, not of it)
    return level, moving


_OWNER_REACH = 4  # characters between a time that owns a figure and the figure (`last year's 3,000`)


def _dates_the_prior(change: Claim, prior: Claim) -> bool:
    """Whether the time a change is dated by is the owner of the prior after it (`rose 10% on last year's 3,000`):
    the prior's period, not the change's."""
    span = change.period_span
    return span is not None and change.end <= span.end <= prior.start <= span.end + _OWNER_REACH


def _dated(claim: Claim) -> bool:
    """A figure dated by a period its text writes (not guessed)."""
    return claim.period is not None and claim.period_span is not None and "period" not in claim.guesses


def _free_change(claim: Claim) -> bool:
    return (
        claim.role == "change"
        and claim.direction != 0
        and claim.change_of is None
        and claim.compared_to is None
        and (claim.kind in AMOUNTS or claim.kind in _RATE_KINDS)
        and not claim.furniture
        and not claim.table_cell
    )


def _free(claim: Claim, tied: set) -> bool:
    return (
        claim.id not in tied
        and claim.change_of is None
        and claim.compared_to is None
        and claim.per_unit_of is None
        and claim.units_of is None
        and claim.part_of is None
        and not claim.table_cell
        and not claim.furniture
    )


def _same_unit(one: Claim, other: Claim) -> bool:
    """One kind and unit; two counters only when both are named and differ are two things (a compound ending in the
    other's noun, `horseshoes` and `shoes`, counts the same thing)."""
    if one.kind != other.kind or one.unit != other.unit:
        return False
    return not (one.counter and other.counter and not _same_noun(one.counter.lower(), other.counter.lower()))


_SHORTEST_HEAD = 5  # letters of the shorter noun for a compound ending in it to count the same thing
_SHORTEST_MODIFIER = 3  # letters of the word before that head (`goats` is no compound of `oats`, `farms` of `arms`)


def _same_noun(one: str, other: str) -> bool:
    short, long = sorted((one, other), key=len)
    if short == long:
        return True
    return len(short) >= _SHORTEST_HEAD and len(long) - len(short) >= _SHORTEST_MODIFIER and long.endswith(short)


def _earlier_level(
    prior: Claim,
    period,
    sentence: int,
    by_sentence: dict,
    tied: set,
    text: str,
    lang: str,
    headline: bool,
    named: tuple[list[int], list[str]] | None = None,
) -> Claim | None:
    """The one plain level of the prior's measure in the nearest sentence before that states any; none when that
    sentence states two. Passed over on the way, as figures of other things: a figure of another metric, of
    another period than the change's, or per unit where the prior is not (or the other way); and a sentence whose one
    level is of another order of size than the prior (over three times apart: no level it moved to)."""
    per_unit = _per_unit(prior, text, lang)
    for before in range(sentence - 1, max(-1, sentence - 1 - _REACH_BACK), -1):
        if headline and before == 0:
            return None  # (the headline restates the body's figures, rounded: never the level read here)
        if named is not None and not _writes(before, named, text):
            continue  # (a sentence that does not name the change's subject: its figures are of other things)
        found = []
        previous = None
        for claim in by_sentence.get(before, ()):
            # (`600 small baskets … and 300 large ones`: a count naming its noun by a pronoun counts the one before's)
            carried = (
                previous is not None
                and claim.kind == "count"
                and bool(claim.counter)
                and _LIST_PRONOUN[lang].fullmatch(claim.counter or "") is not None
                and _same_unit(previous, prior)
            )
            previous = claim
            if not is_level(claim) or claim.id in tied or not (carried or _same_unit(claim, prior)):
                continue
            if claim.kind == "count" and prior.counter and not claim.counter:
                continue  # (a bare count against a prior naming its noun: what it counts is not said)
            if metrics_differ(claim, prior) or _per_unit(claim, text, lang) != per_unit:
                continue  # (`지원액 17억 원으로 1가구당 4천300원`: another metric's figure, a price per head)
            if period is not None and claim.period is not None and claim.period != period:
                continue  # (next year's target stated between: another period's figure)
            following = next((c for c in by_sentence[before] if c.start > claim.end), None)
            if is_a_pool(claim, text, lang, following):
                continue  # (`480 of the 1,200 buses`: the pool another figure is drawn from)
            if _drawn_from_its_pool(claim, text, lang):
                continue  # (`Twenty of the blankets will go to the hospice`: a part drawn from the level, not it)
            if _drawn_from_the_pool_before(claim, by_sentence[before], text, lang):
                continue  # (`문을 연 20곳 가운데 15곳은 …`: a part drawn from the pool right before it, no level)
            found.append(claim)
        if found:
            if len(found) != 1:
                return None
            if not of_one_order(found[0], prior):
                continue  # (`about 480 visits on each day` before `up 21% on last summer's 17,640`: a rate's figure)
            if any(c.part_of == found[0].id for c in by_sentence[before]):
                return None  # (`2,310 stores: 1,520 owned and 790 franchised`: the change may be a part's)
            if any(
                c.part_of == found[0].id
                for between in range(before + 1, sentence)
                for c in by_sentence.get(between, ())
            ):
                return None  # (`Sales were €30m. Exports made €18m and home sales €12m. Export sales rose …`: a part's)
            return found[0]
    return None


def _drawn_from_the_pool_before(claim: Claim, figures: list[Claim], text: str, lang: str) -> bool:
    """Whether the figure right before a count in its sentence is a pool it is drawn from (`20곳 가운데 15곳`, `480 of
    the 1,200 buses` read the other way round)."""
    previous = None
    for figure in figures:
        if figure is claim:
            break
        previous = figure
    return previous is not None and is_a_pool(previous, text, lang, claim)


def _drawn_from_its_pool(claim: Claim, text: str, lang: str) -> bool:
    """Whether a count is written as a part drawn from a pool of its own noun (`Twenty of the blankets`, `40 of its
    kites`): `of` and a definite word right after its number, then the noun it counts."""
    if claim.kind != "count" or not claim.counter:
        return False
    found = _OF_THE_POOL[lang].match(text, claim.end)
    return found is not None and claim.counter.lower() in found.group("words").lower().split()


_LABELLED_BACK = 2  # sentences back, in the change's paragraph, where the level its subject labels may stand


def _labelled_level(
    prior: Claim,
    period,
    sentence: int,
    by_sentence: dict,
    tied: set,
    text: str,
    lang: str,
    named: tuple[list[int], list[str]],
) -> Claim | None:
    """Where the change's subject opens with a word naming a part (`온라인 매출은`, `서부 방문객은`: the word before the
    subject's noun), the one plain level of the prior's measure, in the nearest of the two sentences before in its
    paragraph stating any, whose label (the words since the figure before it in its sentence) writes that word
    (`온라인 장터 180억 원`, `서부 권역 2천400명`); none when no one level is so labelled."""
    starts, words = named
    if len(words) < 2:
        return None  # (a subject of one word names no part: the plain reading's)
    label = words[1]
    per_unit = _per_unit(prior, text, lang)
    paragraph = next(iter(by_sentence.get(sentence, ())), prior).paragraph
    for before in range(sentence - 1, max(-1, sentence - 1 - _LABELLED_BACK), -1):
        figures = by_sentence.get(before, ())
        if not figures or figures[0].paragraph != paragraph:
            return None
        found = _candidate_levels(prior, period, before, by_sentence, tied, text, lang, per_unit)
        if not found:
            continue
        labelled = []
        ends = {after.id: before_it.end for before_it, after in zip(figures, figures[1:])}  # (one walk per sentence)
        for claim in found:
            previous = ends.get(claim.id, starts[before])
            if label in text[previous : claim.start]:
                labelled.append(claim)
        if len(labelled) != 1 or not of_one_order(labelled[0], prior):
            return None
        return labelled[0]
    return None


def _candidate_levels(
    prior: Claim, period, sentence: int, by_sentence: dict, tied: set, text: str, lang: str, per_unit: bool
) -> list[Claim]:
    """The plain levels of the prior's measure a sentence states (`_earlier_level`'s filters)."""
    found = []
    for claim in by_sentence.get(sentence, ()):
        if not is_level(claim) or claim.id in tied or not _same_unit(claim, prior):
            continue
        if claim.kind == "count" and prior.counter and not claim.counter:
            continue
        if metrics_differ(claim, prior) or _per_unit(claim, text, lang) != per_unit:
            continue
        if period is not None and claim.period is not None and claim.period != period:
            continue
        following = next((c for c in by_sentence[sentence] if c.start > claim.end), None)
        if is_a_pool(claim, text, lang, following):
            continue
        found.append(claim)
    return found


def _lead_level(
    prior: Claim, period, sentence: int, by_sentence: dict, tied: set, text: str, lang: str, headline: bool
) -> Claim | None:
    """With no level in the nearest sentence before that states one (none, two, or one of another order of size:
    a breakdown or a rate stated between), the story's own figure stated in its lead: the one plain level of the
    prior's measure in the first sentence of the body that states any, in the body's first paragraph (`선수 1천260명이
    출전했다. … 초등부 420명, 중등부 336명 … 올해 출전 선수는 지난해 1천50명보다 20% 늘었다`), among its first three;
    with none there, the headline's one such level. None when that sentence states two, breaks the level down into
    parts, or the level is of another order of size than the prior."""
    per_unit = _per_unit(prior, text, lang)
    first = min(by_sentence)
    start = 1 if headline and first == 0 else first
    paragraph = None
    for at in range(start, min(sentence, start + _LEAD_SENTENCES)):
        figures = by_sentence.get(at, ())
        if not figures:
            continue
        if paragraph is None:
            paragraph = figures[0].paragraph
        elif figures[0].paragraph != paragraph:
            break  # (past the lead paragraph: no figure of the lead)
        found = _candidate_levels(prior, period, at, by_sentence, tied, text, lang, per_unit)
        if not found:
            continue
        if len(found) != 1 or not of_one_order(found[0], prior) or not _plain(found[0]):
            return None
        if any(c.part_of == found[0].id for c in figures):
            return None
        return found[0]
    if not headline or first != 0 or sentence == 0:
        return None
    # (the lead states none: the headline's one figure of the measure is the story's own, `Bounty pays out on 18,600
    # tails` before `… 5,450 more than the 13,150 tails handed in last season`)
    found = _candidate_levels(prior, period, 0, by_sentence, tied, text, lang, per_unit)
    return found[0] if len(found) == 1 and of_one_order(found[0], prior) and _plain(found[0]) else None


def _plain(level: Claim) -> bool:
    """A level stated as one figure, no bound (`tops 400,000`, `more than 2,000`: how far past it, unsaid)."""
    return math.isfinite(level.low) and math.isfinite(level.high) and level.low > 0 and level.high <= 2 * level.low


def _per_unit(claim: Claim, text: str, lang: str) -> bool:
    return is_a_rate(claim, text, lang) or per_unit_mark_after(claim, text, lang)


def _prior_is_earlier(prior: Claim, level: Claim) -> bool:
    if prior.period is None or level.period is None:
        return True
    if "period" in prior.guesses or "period" in level.guesses:
        return True
    return prior.period.bounds()[1] < level.period.bounds()[0]  # (the prior's period ends before the level's starts)


def _subject_words(sentence: int, text: str, lang: str, starts: list[int]) -> tuple[list[int], list[str]] | None:
    """The words of the subject the change's sentence opens with (`출전 선수는 `: `선수`, `출전`), with the sentence
    starts to look them up in; None when it opens with none (or only with words of one letter)."""
    if sentence >= len(starts):
        return None
    at = starts[sentence]
    subject = OPENING_SUBJECT[lang].match(text, at)
    for _ in range(2):
        # (`올해 출전 선수는`: a time or a hedge opening the sentence names nothing; the subject follows it)
        skipped = _OPENING_WORD.match(text, at)
        if subject is not None or skipped is None or not _NAMES_NOTHING[lang].fullmatch(skipped.group(1)):
            break
        at = skipped.end()
        subject = OPENING_SUBJECT[lang].match(text, at)
    if subject is None:
        return None
    words = [subject.group("name")]
    lead = subject.group("lead")
    if lead and not _NAMES_NOTHING[lang].fullmatch(lead):
        words.append(lead)
    if _MEASURE_NOUN[lang].fullmatch(words[0]):
        del words[0]  # (`이번 봄 채취량은`: the measure's own name, no part of it; a word before it may name one)
    words = [word for word in words if len(word) > 1]
    return (starts, words) if words else None


def _writes(sentence: int, named: tuple[list[int], list[str]], text: str) -> bool:
    starts, words = named
    if sentence >= len(starts):
        return True
    end = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
    written = text[starts[sentence] : end]
    return all(word in written for word in words)


def _subject_unwritten(sentence: int, level_sentence: int, text: str, lang: str, starts: list[int]) -> bool:
    """Whether the change's sentence opens with a subject and its topic particle (`청년 대상은 `) a word of which the
    level's sentence does not write (times and hedges before it aside)."""
    if sentence >= len(starts):
        return False
    subject = OPENING_SUBJECT[lang].match(text, starts[sentence])
    if subject is None:
        return False
    end = starts[level_sentence + 1] if level_sentence + 1 < len(starts) else len(text)
    written = text[starts[level_sentence] : end]
    words = [subject.group("name")]
    if _MEASURE_NOUN[lang].fullmatch(words[0]):
        words = []  # (`이번 봄 채취량은`: the measure's own name, no part of it)
    lead = subject.group("lead")
    if lead and not _NAMES_NOTHING[lang].fullmatch(lead):
        words.append(lead)
    return any(word not in written for word in words if len(word) > 1)


def _counts_another_noun(change: Claim, level: Claim, text: str, lang: str) -> bool:
    """Whether the change names, after its comparative word, a noun the level does not count (`12,000 more seats`
    against `212,600 fans`)."""
    if change.kind not in AMOUNTS:
        return False
    named = _MORE_NOUN[lang].match(text, change.end)
    if named is None:
        return False
    return not (level.counter and named.group("noun").lower().startswith(level.counter.lower()[:4]))
