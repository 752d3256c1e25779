"""A change or gap whose sentence names its subject and states the figure it is measured from, but not the level it
reached: the level is the one stated sentences before under that subject's name (issue 11).

`… '일을 쉰' 인구는 210만명으로 … . 쉰 인구는 1년 전 190만명에서 20만명 늘었다.`,
`내년 총지출은 … 700조원으로 편성됐다. … 내년 총지출은 올해 본예산 680조원보다 20조원 많다.`,
`세목별로는 법인세 70조원, 부가세 60조원 … . 법인세는 1년 전(58조원)보다 12조원 늘었다.`:
the sentence opens with its subject (a name and a topic particle, after at most one short word such as a time:
`내년 총지출은`), states the figure compared with (`Y에서`, `Y보다`) and the change or gap (`Z 늘었다`, `Z 많다`),
and no level of the unit. The level is the nearest figure of the unit and counter in the three sentences before
that the subject names: written right after the name (`법인세 70조원`, `인구는 210만명으로`), or of the metric the
name is (`총지출 … 700조원`, the metric written, not carried). Then level − compared = ±change, which the
difference kind checks, and a rate stated beside the change (`12조원(22.5%)`) is of the same level.

A change that the clause linker measured from the last figure of the sentence before, by a guess, is measured from
the subject's own level instead when that is another figure (`부가세 60조원` closes the list; `법인세` is named first).
A sentence whose subject is the size of a change (`증가 폭은 전월(10만명)보다 5만명 커졌다`) compares the one change of
the unit stated in the sentence before (`15만명 증가했다`): that change is the level. Found by names and position, so
the links are guesses; nothing is linked when the subject names no earlier figure.
A sentence whose topic is a time (`앞서 4월에는 3월 말 Y에서 Z 줄었다`) measures the figure of that period, of the
metric of the figure compared with, that a sentence before states (`4월 말(X)보다 …`).
A sentence with no subject whose gap closes on a noun of size (`올해 본예산 Y보다 Z 많은 규모로`) measures the one
level of its unit stated in the sentence before.
Language words are data (`[link.script_letters]`, `[link.topic_particles]`, `[link.subject_possessive]`,
`[link.change_size_nouns]`, `[link.size_nouns]`,
`[link.time_topic_particles]`).
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage, link_alternations
from checker.link.changes_of_changes import dated_follower, may_follow
from checker.link.clause_marks import base_of_a_rate
from checker.link.figure_kinds import closes_on_a_share_of
from checker.link.gaps import compared_gaps
from checker.link.segment import sentence_end
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.view import ArticleView
from checker.link.wholes_then_shares_apart import joins_whole_to_share
from checker.models import Claim
from checker.regex_cache import compile_exact

# `총지출은 `, `내년 총지출은 `, `쉬었음 인구는 `, `법인세의 세수는 `: the subject opening the sentence, after at
# most one short word (a time, a qualifier)
OPENING_SUBJECT = ByLanguage(
    lambda w: (
        rf"\s*(?:(?P<lead>\S{{1,5}})\s)??(?P<name>{w.script_letters}{{2,12}})"
        rf"(?:(?:{w.subject_possessive})\s{w.script_letters}{{1,6}}?)?(?:{w.topic_particles})\s"
    ),
    first_tested=False,
)
# `증가 폭은 `, `감소분은 `: the size of a change as the subject: what is compared is the change stated before
_CHANGE_SIZE_SUBJECT = ByLanguage(
    lambda w: rf"\s*(?:\S{{1,5}}\s)??(?:{w.change_size_nouns})(?:{w.topic_particles})\s", first_tested=False
)
# between the opening subject and the figure compared with: a clause break or another subject (a topic particle)
_CLAUSE_OF_ITS_OWN = ByLanguage(
    lambda w: rf",|(?<!\S)(?!(?:{w.verb_modifiers})[\s,])\S+?(?:{w.topic_particles})[\s,]", first_tested=False
)
# `1년 전(Y)과 비교하면 관람객이 50% 증가한 규모다`: a subject of its own (a noun with a subject or topic particle)
# between the figure compared with and the change: the change is that subject's, not the level's before
_SUBJECT_AFTER_COMPARED = ByLanguage(
    lambda w: rf"(?<!\S)(?!(?:{w.verb_modifiers})[\s,])\S+?(?:{w.topic_particles})[\s,]", first_tested=False
)
# `올해 본예산 Y보다 Z(r%) 많은 규모로`: a gap that closes on a noun of size, of the figure the sentence before states
_GAP_OF_A_SIZE = ByLanguage(
    lambda w: rf"(?:\s?\([^)]{{0,24}}\))?\s?{w.script_letters}{{1,4}}\s(?:{w.size_nouns})", first_tested=False
)
# `4월에는 `: a time as the topic of its sentence, the period its change is of (`[link.time_topic_particles]`)
_TIME_TOPIC = ByLanguage(lambda w: rf"(?:{w.time_topic_particles})\s", first_tested=False)
_BEFORE_TIME_TOPIC = compile_exact(r"\s*(?:\S{1,5}\s)?")  # `앞서 4월에는`: at most one short word before the time
# a noun right before a whole (`생산량 W병의`; not a modifier: `만드는 W병의`)
_NOUN_BEFORE_WHOLE = compile_exact(r"[^\W\d_]+")
_MODIFIER_ENDING = ByLanguage(lambda w: rf"(?:{w.whole_noun_modifier_endings})$", first_tested=False)
_GENITIVE_END = ByLanguage(lambda w: rf"(?:{w.whole_noun_genitive})$", first_tested=False)
# `지원 대상은 `, `관객 수는 `: one or two words and a topic particle, opening the sentence before its time
_SHORT_SUBJECT = ByLanguage(
    lambda w: rf"\s*(?P<words>(?:{w.script_letters}{{1,8}}\s)?{w.script_letters}{{1,8}}?)(?:{w.topic_particles})\s",
    first_tested=False,
)
_SENTENCES_BACK = 3
# how far before a level its name (and particle) may stand: `법인세 70조원`, `인구는 210만명으로`
_NAME_REACH = 8
_AMOUNTS = ("money", "count")
_STARTS = ("baseline", "prior")


def link_changes_of_named_subjects(claims: list[Claim], doc: ArticleView) -> None:
    text, lang = doc.text, doc.language
    starts = doc.segments.sentence_starts
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    by_sentence = prose_by_sentence(claims)
    for change, compared, direction in _measured_without_level(figures, by_id, by_sentence, text, lang):
        if change.sentence == 0 or change.sentence >= len(starts):
            continue
        if _CHANGE_SIZE_SUBJECT[lang].match(text, starts[change.sentence], compared.start):
            level = _change_before(by_sentence, change, compared)
        elif (period := _topic_period(doc, starts[change.sentence], compared.start)) is not None:
            level = _level_of_period(by_sentence, change, compared, period)
        elif subject := OPENING_SUBJECT[lang].match(text, starts[change.sentence], compared.start):
            if _CLAUSE_OF_ITS_OWN[lang].search(text, subject.end(), compared.start):
                continue  # `매출은 5% 감소했고, 영업이익은 …에서 …`: the change is another clause's, of another subject
            level = _level_named(doc, by_sentence, change, compared, subject)
        elif _GAP_OF_A_SIZE[lang].match(text, change.end):
            level = _only_level_before(by_sentence, change, compared)
        else:
            continue
        if level is None or level.id == change.change_of:
            continue
        carried = change.change_of
        _measure_from(change, level, compared, direction)
        for rate in by_sentence[change.sentence]:
            # `12조원(22.5%) 늘었다`: the rate beside the change is of the same level, from the same figure
            if (
                rate.kind == "percent"
                and rate.role == "change"
                and rate.change_of == carried
                and rate.compared_to in (None, compared.id)
            ):
                rate.change_of, rate.compared_to = level.id, compared.id
                rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _measured_without_level(
    figures: list[Claim], by_id: dict[str, Claim], by_sentence: dict[int, list[Claim]], text: str, lang: str
):
    """(change, the figure it is measured from, the direction a gap word gives or 0) for each change or gap in a
    sentence that states no level of its unit: a gap after `Y보다` (checker/link/gaps.py) left unlinked, a change
    after the figure it starts from left without a level, or measured from a figure of another sentence by a guess."""
    for _, gap, compared, word in compared_gaps(figures, text, lang, first=1):
        if not _other_levels(by_sentence, gap, compared):
            yield gap, compared, 1 if word.group("more") else -1
    for change in figures:
        if change.role != "change" or change.kind not in _AMOUNTS:
            continue
        level = by_id.get(change.change_of or "")
        if level is not None and (level.sentence == change.sentence or "relation" not in change.guesses):
            continue  # measured from a level its own sentence states, or one its words name
        in_sentence = by_sentence.get(change.sentence, [])
        compared = [
            c
            for c in in_sentence
            if c.role in _STARTS and c.unit == change.unit and c.counter == change.counter and c.end <= change.start
        ]
        if len(compared) != 1 or (change.compared_to not in (None, compared[0].id)):
            continue
        if not _other_levels(by_sentence, change, compared[0]):
            yield change, compared[0], 0
    for rate in figures:
        # `국내 판매는 1년 전 5만7천520대에서 8.4% 늘었다`: a rate measured from the one figure its sentence compares
        # with, and no level of that figure's unit there
        if rate.role != "change" or rate.kind != "percent" or rate.change_of is not None:
            continue
        compared = [
            c
            for c in by_sentence.get(rate.sentence, [])
            if c.role in _STARTS and c.kind in _AMOUNTS and c.end <= rate.start
        ]
        if (
            len(compared) == 1
            and rate.compared_to in (None, compared[0].id)
            and not _other_levels(by_sentence, compared[0], compared[0])
        ):
            yield rate, compared[0], 0


def _other_levels(by_sentence: dict[int, list[Claim]], change: Claim, compared: Claim) -> bool:
    return any(
        c.unit == change.unit and c not in (change, compared) and c.role in ("value", *_STARTS)
        for c in by_sentence.get(change.sentence, [])
    )


def _level_named(
    doc: ArticleView, by_sentence: dict[int, list[Claim]], change: Claim, compared: Claim, subject: re.Match[str]
) -> Claim | None:
    """The nearest figure of the change's unit and counter in the sentences before that the subject names — written
    right after the name, or of the metric the name is; None when that figure is no level."""
    text, lang = doc.text, doc.language
    name = subject.group("name")
    # `국내 판매는`: the word before the name may be what names the level (`국내 6만2천350대`)
    names = [name, *([subject.group("lead")] if subject.group("lead") and subject.group("lead").isalpha() else [])]
    particles = link_alternations(lang).topic_particles
    after_name = re.compile(rf"(?:{'|'.join(re.escape(n) for n in names)})(?:{particles})?\s$")
    reach = _NAME_REACH + max(len(n) for n in names)
    metric = _metric_named(doc, subject.start("name"), subject.end("name"))
    # (a rate's level is of the unit of the figure it is measured from)
    measured = compared if change.kind == "percent" else change
    before = range(change.sentence - 1, max(-1, change.sentence - _SENTENCES_BACK - 1), -1)  # nearest first
    for claim in (c for sentence in before for c in reversed(by_sentence.get(sentence, []))):
        if claim.unit != measured.unit or claim.counter != measured.counter or claim.kind not in _AMOUNTS:
            continue
        named = after_name.search(text, max(0, claim.start - reach), claim.start) is not None
        if not named and not (metric and claim.metric == metric and "metric" not in claim.guesses):
            continue
        if base_of_a_rate(claim, text, lang):
            continue  # (`이용객 1명당 9천원`, `1곳에서 평균`: the base a rate is counted per, no level of the subject)
        if claim.role != "value" or claim.change_of is not None or claim.value == compared.value:
            return None
        return None if claim.forecast != change.forecast else claim
    return None


def _topic_period(doc: ArticleView, start: int, before: int):
    """The period of a time that is its sentence's topic (`앞서 4월에는 …`), before the figure compared with."""
    i = bisect.bisect_left(doc.time_starts, start)
    while i < len(doc.times) and doc.times[i].start < before:
        time = doc.times[i]
        i += 1
        if time.period is None or not _BEFORE_TIME_TOPIC.fullmatch(doc.text, start, time.start):
            continue
        return time.period if _TIME_TOPIC[doc.language].match(doc.text, time.end) else None
    return None


def _level_of_period(by_sentence: dict[int, list[Claim]], change: Claim, compared: Claim, period) -> Claim | None:
    """`4월 말(Y)보다 … 늘었다. 앞서 4월에는 3월 말 X에서 Z 줄었다`: the nearest figure of the sentences before of
    the change's unit and counter, of the period the topic names and the metric of the figure compared with."""
    measured = compared if change.kind == "percent" else change
    before = range(change.sentence - 1, max(-1, change.sentence - _SENTENCES_BACK - 1), -1)  # nearest first
    for claim in (c for sentence in before for c in reversed(by_sentence.get(sentence, []))):
        if claim.unit != measured.unit or claim.counter != measured.counter or claim.kind not in _AMOUNTS:
            continue
        if claim.period != period or claim.role == "change" or claim.metric != compared.metric:
            continue
        if claim.metric is None or "metric" in claim.guesses or claim.value == compared.value:
            return None
        return claim if claim.forecast == change.forecast else None
    return None


def figure_after_name(figures: list[Claim], name: str, text: str, lang: str, reach: int = _NAME_REACH) -> Claim | None:
    """The last of the figures written right after the name and a particle (`B당은 146석을`), or None."""
    after_name = re.compile(rf"{re.escape(name)}(?:{link_alternations(lang).topic_particles})?\s$")
    for claim in reversed(figures):
        if after_name.search(text, max(0, claim.start - reach - len(name)), claim.start):
            return claim
    return None


def _only_level_before(by_sentence: dict[int, list[Claim]], change: Claim, compared: Claim) -> Claim | None:
    """`총지출을 728조원으로 편성했다. 올해 본예산 Y보다 Z 많은 규모로 …`: the one level of the gap's unit and counter
    in the sentence before, which the size noun refers to (two or more: which one is not said)."""
    before = [c for c in by_sentence.get(change.sentence - 1, []) if c.unit == change.unit and c.kind in _AMOUNTS]
    if any(c.role == "change" for c in before):
        return None  # (`… 30억달러 늘었다. 전월 증가 폭(45억달러)보다 15억달러 줄어든 규모다`: the change's size)
    levels = [c for c in before if c.role == "value" and c.counter == change.counter]
    if len(levels) != 1 or levels[0].value == compared.value or levels[0].forecast != change.forecast:
        return None
    return levels[0] if levels[0].change_of is None else None


def _change_before(by_sentence: dict[int, list[Claim]], change: Claim, compared: Claim) -> Claim | None:
    """`… 15만명 증가했다. 증가 폭은 전월(10만명)보다 5만명 커졌다.`: the change of the unit and counter in the sentence
    before, when it is the only one there (else which change is compared is not said). When the figure compared is
    dated (`2월(3조9천억원)보다`), the nearest change before dated to a later period of its grain is the one compared;
    one dated to another grain or to the compared period never is (`1분기 전체로는 12조원 늘었다`)."""

    def amount_change(c: Claim) -> bool:
        return c.role == "change" and c.unit == change.unit and c.counter == change.counter and c.kind in _AMOUNTS

    earlier = [c for s in range(change.sentence) for c in by_sentence.get(s, []) if amount_change(c)]
    dated = dated_follower(earlier, compared)
    before = [c for c in by_sentence.get(change.sentence - 1, []) if amount_change(c) and may_follow(c, compared)]
    if dated is None and len(before) != 1:
        return None
    level = dated or before[0]
    if level.value == compared.value or level.forecast != change.forecast:
        return None
    return level


def _metric_named(doc: ArticleView, start: int, end: int) -> str | None:
    """The metric whose name the subject is, or ends with (`총지출`, `쉬었음 인구`)."""
    # (the hits starting in the span, found by bisection: not a scan of every hit after it)
    starts = doc.metric_starts
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    hits = [h for h in doc.metric_hits[lo:hi] if h.end <= end]
    return hits[-1].metric if hits and hits[-1].end == end else None


def link_changes_of_the_level_before(claims: list[Claim], doc: ArticleView) -> None:
    """A change or gap in a sentence that opens with the time of the figure it is measured from and names no subject
    (`지난해(Y)보다 17% 늘었다`, `1년 전(Y)과 비교하면 60% 증가한 규모다`, `지난해 같은 기간 Y보다 Z 많았다`), or only
    a short one every word of which the level's sentence writes (`지원 대상은 지난해 Y보다 …` after `… X명을 지원
    대상으로 선정했다`; not `외국인 관람객은 …` after `관람객 X명`): the
    level is the sentences' before, the nearest figure of the unit and counter in the three sentences before that is
    a level (an average per day or per unit is passed over: `하루 평균 7만명꼴이다`), alone of its unit in its sentence
    when the change names no subject, when it names no other metric
    than the figure compared with. Run after the averages are read. A guess.

    A figure joined to a share as the whole it is of (`… 1년 동안 만드는 W개의 Z%에 이른다`) is no level of a
    change that names no subject (one that does, `회사 매출은 전년 Y에서 …`, may name the whole): the subject of its
    sentence is the share's part, not the whole, and the change is left unlinked (which figure it is of is not read
    from the figures) — unless the change's sentence names the whole's noun itself (`… 25% 늘어난 생산량이다` after
    `생산량 W병의 Z%`)."""
    text, lang = doc.text, doc.language
    starts = doc.segments.sentence_starts
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    by_sentence = prose_by_sentence(claims)
    averages = None
    for change, compared, direction in list(_measured_without_level(figures, by_id, by_sentence, text, lang)):
        if change.sentence == 0 or change.sentence >= len(starts) or change.change_of is not None:
            continue
        start = starts[change.sentence]
        time_at = _opening_time(doc, start, compared.start)
        if time_at is None:
            continue
        subject = None
        if text[start:time_at].strip():
            # `지원 대상은 지난해 Y보다 …`: a short subject before the time, every word of which the level's sentence
            # writes (`외국인 관람객은 …` is not the `관람객` stated before)
            subject = _SHORT_SUBJECT[lang].fullmatch(text, start, time_at)
            if subject is None:
                continue
        if _CLAUSE_OF_ITS_OWN[lang].search(text, time_at, compared.start):
            continue
        if _subject_after_compared(doc, compared.end, change.start):
            continue
        if averages is None:
            # (an amount per day or per unit: the total's `per_period_of`, or the figure's own `per_unit_of`)
            averages = {c.per_period_of for c in figures if c.per_period_of}
            averages |= {c.id for c in figures if c.per_unit_of or c.period_ratio}
            # (`이용객 1명당 9천원`: the base a rate is counted per, no level)
            averages |= {c.id for c in figures if base_of_a_rate(c, text, lang)}
        level = _level_before(by_sentence, change, compared, averages, doc, subject is None)
        if level is None:
            continue
        if subject is None and any(
            c is not level
            and c.role == "value"
            and c.unit == level.unit
            and c.counter == level.counter
            and c.id not in averages
            for c in by_sentence.get(level.sentence, [])
        ):
            continue  # two levels of the unit in that sentence, no subject to say which
        if subject is not None:
            words = [w for w in subject.group("words").split() if len(w) > 1]
            sentence = text[starts[level.sentence] : sentence_end(starts, level.sentence, len(text))]
            if not words or any(w not in sentence for w in words):
                continue
        if closes_on_a_share_of(level, by_sentence.get(level.sentence, [])):
            continue  # (`신청자는 84명으로, 4명 중 3명이 마쳤다. 지난해 51명보다 12명 많다`: of the whole or the part)
        _measure_from(change, level, compared, direction)
        for rate in by_sentence[change.sentence]:
            # `Z(r%) 늘었다`: the rate beside the change is of the same level, from the same figure
            if (
                rate is not change
                and rate.kind == "percent"
                and rate.role == "change"
                and rate.change_of is None
                and rate.compared_to in (None, compared.id)
                and change.kind != "percent"
            ):
                rate.change_of, rate.compared_to = level.id, compared.id
                rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _subject_after_compared(doc: ArticleView, start: int, end: int) -> bool:
    """A noun with a subject or topic particle between the figure compared with and the change, not a time
    (`…과 비교해 올해는 50% 늘었다` names no subject)."""
    for m in _SUBJECT_AFTER_COMPARED[doc.language].finditer(doc.text, start, end):
        i = bisect.bisect_right(doc.time_starts, m.start())
        if i and doc.times[i - 1].start <= m.start() < doc.times[i - 1].end:
            continue
        return True
    return False


def _opening_time(doc: ArticleView, start: int, before: int) -> int | None:
    """Where the sentence's first time (`지난해`, `1년 전`) starts, when it comes before the figure compared with."""
    i = bisect.bisect_left(doc.time_starts, start)
    if i >= len(doc.times) or doc.times[i].start >= before:
        return None
    return doc.times[i].start


def _level_before(
    by_sentence: dict[int, list[Claim]],
    change: Claim,
    compared: Claim,
    averages: set[str],
    doc: ArticleView,
    subjectless: bool,
) -> Claim | None:
    measured = compared if change.kind == "percent" else change
    before = range(change.sentence - 1, max(-1, change.sentence - _SENTENCES_BACK - 1), -1)  # nearest first
    for claim in (c for sentence in before for c in reversed(by_sentence.get(sentence, []))):
        if claim.unit != measured.unit or claim.counter != measured.counter or claim.kind not in _AMOUNTS:
            continue
        if claim.id in averages:
            continue  # an average, no level
        if subjectless and _share_of_whole(by_sentence, claim, doc) and not _names_the_whole(claim, change, doc):
            return None  # (`만드는 W개의 Z%에 이른다`: the whole of a share, not its sentence's subject)
        if claim.role != "value" or claim.change_of is not None or claim.value == compared.value:
            return None
        if claim.metric and compared.metric and claim.metric != compared.metric and "metric" not in claim.guesses:
            return None
        return claim if claim.forecast == change.forecast else None
    return None


def unlink_changes_of_the_wholes_of_shares(claims: list[Claim], doc: ArticleView) -> None:
    """A change with no subject of its own measured by a guess to a figure of a sentence before that is the whole of a
    share there (`W병의 Z%다`), from a figure its own sentence compares with: unlinked (the whole is not what that
    sentence is about, and the share's part is not read as the level either), unless the change's sentence names the
    whole's noun (`… R% 늘어난 생산량이다`). Run once the shares are read."""
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    by_sentence = prose_by_sentence(claims)
    for change in figures:
        if change.role != "change" or "relation" not in change.guesses or change.kind not in (*_AMOUNTS, "percent"):
            continue
        whole, compared = by_id.get(change.change_of or ""), by_id.get(change.compared_to or "")
        if whole is None or compared is None or whole.sentence >= change.sentence:
            continue
        if compared.sentence != change.sentence or compared.role not in _STARTS:
            continue
        start = doc.segments.sentence_starts[change.sentence]
        time_at = _opening_time(doc, start, compared.start)
        if time_at is None or doc.text[start:time_at].strip() or _subject_after_compared(doc, start, compared.start):
            continue  # (`공방 매출은 전년 Y에서 …`, `올해 생산량은 …`: a subject of its own, which may name the whole)
        if _share_of_whole(by_sentence, whole, doc) is None or _names_the_whole(whole, change, doc):
            continue
        for rate in by_sentence[change.sentence]:
            if rate.role == "change" and rate.change_of == whole.id and rate.compared_to == compared.id:
                rate.change_of = None


def _names_the_whole(whole: Claim, change: Claim, doc: ArticleView) -> bool:
    """Whether the change's sentence writes the noun right before the whole (`생산량 W병의` … `늘어난 생산량이다`)."""
    starts = doc.segments.sentence_starts
    words = doc.text[starts[whole.sentence] : whole.start].split()
    lang = doc.language
    noun = _GENITIVE_END[lang].sub("", words[-1]) if words else ""
    if len(noun) < 2 or not _NOUN_BEFORE_WHOLE.fullmatch(noun) or _MODIFIER_ENDING[lang].search(noun):
        return False
    return noun in doc.text[starts[change.sentence] : sentence_end(starts, change.sentence, len(doc.text))]


def _share_of_whole(by_sentence: dict[int, list[Claim]], whole: Claim, doc: ArticleView) -> Claim | None:
    """The share its sentence joins the figure to as the whole it is of (`W개의 Z%`: the next figure), or None."""
    after = [c for c in by_sentence.get(whole.sentence, []) if c.start >= whole.end]
    if not after or after[0].role != "share" or after[0].kind not in ("percent", "fraction"):
        return None
    return after[0] if joins_whole_to_share(whole, after[0], doc.text, doc.language) else None


def _measure_from(change: Claim, level: Claim, compared: Claim, direction: int) -> None:
    """The change is of `level`, measured from `compared` (a link read across sentences: a guess)."""
    change.role, change.change_of, change.compared_to = "change", level.id, compared.id
    if direction:
        change.direction = direction
    change.guesses = sorted(set(change.guesses) | {"relation"})
