"""A figure given out one by one to each of a count of groups, and the whole it makes: `단체전은 3명씩 250개 팀이
겨뤘다` after `단체전에 750명이 나섰고`, `8명씩 꾸린 45개 팀, 360명`, `컨테이너 두 대에 10.8톤씩` after `21.6톤`,
`8개 조에 4개 팀씩` after `32개 팀이 출전했다`, `레인 여섯 개를 두고, 레인마다 요원을 세 명씩 배치해 모두 18명`,
`강사 42명이 두 반씩 맡고` after `84개 반`, `팀마다 선수 12명씩이다` after `64개 팀, 선수 768명`.

The figure (a count, an amount or a measure stated as a value) is marked one by one right after it (`씩`:
`[link.per_unit_distributive_after]`). Its groups are a count of another thing than the figure's (another counter,
or the generic counter's noun after it: `250개 팀` against `3명`, `8개 조` against `4개 팀`), stated as a value:

- right after the figure, a word between at most (`3명씩 250개 팀`, `8명씩 꾸린 45개 팀`, `300명씩 40회`);
- right before it in its clause, joined to it by the dative, the subject's particle or the mark of each one
  (`두 대에 10.8톤씩`, `8개 조에 4개 팀씩`, `강사 42명이 두 반씩`, `레인 여섯 개를 두고, 레인마다 세 명씩`:
  `[link.distributed_group_joints]`), a few words between;
- or, with the mark of each of its noun before the figure in the figure's clause (`팀마다 선수 12명씩`, `한 팀이
  선수 20명씩`, `가구당 250장씩`), the one count of that noun the figure's sentence or the one before states.

Its whole is the one value of the figure's own kind, unit and thing (a count of the same counter and noun), larger,
that the figure's sentence or the one before it states (in its paragraph, or on the line right before in its block);
after the figure only in its clause, near (no comma, clause end or new topic between: `12명씩 45회 열렸고, 대기
신청자는 760명`), or set right after the groups (`45개 팀, 360명`); never a part of a listed total, a figure itself per
unit, nor one of two such values (which one, unsaid: of two, the one the figure's clause's topic names, `단체전은`).
The groups are no part beside its share (`1천529건(70.0%)`), nor a count with a word after it making it none
(`고교생 45명과 함께`: `[link.distributed_not_groups_after]`). A figure per a period too (`하루 40점씩`, `매달
7톤씩`, `주 2회씩`: `[link.per_day_before]` …, `[link.one_unit_subject_period_words]`) is no share of a whole over
the groups alone, nor one whose sentence states a term (`20일 동안`: `[link.distributed_term_words]`) or whose
sentences count anything else (a third factor). The figure is the
whole over the groups (`per_unit_of`, `units_of`: the per-unit check F317 divides it); a reading across sentences
is a guess (`guesses`: a mismatch is a warning).
"""

from __future__ import annotations

import bisect

from checker.extract.lang import NEVER, ByLanguage
from checker.link.clause_marks import CLAUSE_END
from checker.link.given_each_then_all import then_all
from checker.link.per_unit_apart import is_a_rate
from checker.link.per_unit_fallback import beside_their_share
from checker.link.per_unit_vetoes import of_another_year
from checker.link.rests_of_splits import rest_of_a_split
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_KINDS = ("count", "money", "measure")
_EACH_AFTER = ByLanguage(lambda w: rf"(?:{w.per_unit_distributive_after})")
# (`4개 팀씩`: after a generic counter, its noun first)
_EACH_AFTER_NOUN = ByLanguage(lambda w: rf"\s?[^\W\d_]{{1,4}}?(?:{w.per_unit_distributive_after})")
# between the figure and its groups right after it: a word at most (`8명씩 꾸린 45개 팀`)
_GROUPS_RIGHT_AFTER = compile_exact(r"\s+(?:[^\W\d_]+\s+)?")
# between the groups and the figure after them: their noun, the joint, a few words (`두 대에 `, `8개 조에 `, `42명이
# `, `여섯 개를 두고, 레인마다 안전요원을 `)
_JOINT = ByLanguage(
    lambda w: (
        rf"(?:\s?[^\W\d_]{{1,4}})?(?:{w.distributed_group_joints})(?:\s+[^\W\d_]+(?:,)?){{0,3}}\s+"
        rf"(?:[^\W\d_]+\s+)?$"
    )
)
# (the same, joined by the object's or the place's particle: only with the total of all right after the figure)
_JOINT_THEN_ALL = ByLanguage(
    lambda w: (
        rf"(?:\s?[^\W\d_]{{1,4}})?(?:{w.distributed_group_joints_then_all})(?:\s+[^\W\d_]+(?:,)?){{0,3}}\s+"
        rf"(?:[^\W\d_]+\s+)?$"
    )
)
# `레인마다 `, `팀당 `, `한 팀이 `, `한 가구에 `: the mark of each one of a noun, before the figure in its clause
_EACH_MARK = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:(?:{w.fallback_one_unit})\s?)?(?P<noun>[^\W\d_]{{1,4}}?)"
        rf"(?:{w.distributed_each_marks}|{w.unit_price_before}|(?<=[^\W\d_])(?:{w.one_unit_subject_particles}))\s"
    )
)
_PERIOD_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.per_day_before}|{w.per_week_before}|{w.per_month_before}|{w.per_year_before}"
        rf"|{w.one_unit_subject_period_words})(?![^\W\d_])"
    )
)
_TERM = ByLanguage(lambda w: rf"(?:{w.distributed_term_words})")
_GENERIC = ByLanguage(lambda w: rf"(?:{w.generic_counters})")
# `250개 팀이` → `팀`: the noun right after a generic counter, its particle aside
_NOUN_AFTER = ByLanguage(lambda w: rf"\s?(?P<noun>[^\W\d_]{{1,4}}?)(?:{w.generic_counter_noun_endings})?(?![^\W\d_])")
# `120개도`, `900개를`: a particle right after the generic counter, no noun of its own (the counter counts the thing)
_ENDING_ONLY = ByLanguage(lambda w: rf"(?:{w.generic_counter_noun_endings})")
_WORD_BEFORE = compile_exact(r"([^\W\d_]{1,4})\s$")
# `단체전은 `: the topic of the figure's clause, a noun and its particle
_TOPIC_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{2,}}?)(?:{w.clause_topic_particles})\s")
_NAMED = 8  # characters before a whole where the noun the figure's clause's topic names stands (`단체전에 `)
_WHOLE_REACH = 40  # characters between the figure and a whole after it in its clause
# `, 모두 `: after the mark of each, a comma and the mark of a total (`[link.total_marks]`)
_COMMA_THEN_ALL = ByLanguage(lambda w: rf"\s*,\s*(?:{w.total_marks})\s+")
# `45개 팀, 360명`: a whole set right after the groups, a comma between at most
_BESIDE_GROUPS = compile_exact(r",?\s+")
# right after the count after the figure, a word making it no groups the figure goes to (`고교생 45명과 함께`)
_NOT_GROUPS_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.distributed_not_groups_after})")
_SHARE_GAP = 2  # characters between a part and its share right after it (`1천529건(70.0%)`)
_MARK_REACH = 24  # characters before the figure where the mark of each one of its groups' noun stands
_WORD_REACH = 6  # characters before a count or a mark where the word naming its noun stands (`레인 여섯 개`)


def link_distributed_groups(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if _GENERIC[lang].pattern == f"(?:{NEVER})" or _EACH_AFTER[lang].pattern == f"(?:{NEVER})":
        return  # (a language with no such data writes no such figure)
    figures = [c for c in claims if not c.furniture and not c.table_cell and c.kind in _KINDS]
    by_sentence: dict[int, list[Claim]] | None = None
    parts: set[str] = set()
    ones = {c.id for c in figures if c.kind == "count" and c.value == 1}
    for figure in figures:
        if (
            figure.role != "value"
            # (`한 곳에 5천만 원씩`: a reading before took the one place as its count, a link dropped later)
            or (figure.per_unit_of is not None and figure.units_of not in ones)
            or figure.product_of is not None
            or figure.per_period_of is not None
            or figure.period_ratio is not None
            or figure.value <= 0
        ):
            continue
        each = _EACH_AFTER[lang].match(text, figure.end)
        if each is None and _GENERIC[lang].fullmatch(figure.counter or ""):
            each = _EACH_AFTER_NOUN[lang].match(text, figure.end)
        if each is None:
            continue
        if by_sentence is None:
            by_sentence = group_by_sentence(figures)  # (read once, for the few articles with such a figure)
            parts = beside_their_share(claims, text)
            # (`1천529건(70.0%)`: a share right after a count, in brackets or not, makes it a part too)
            shares = sorted(c.start for c in claims if c.role == "share")
            for c in figures:
                at = bisect.bisect_left(shares, c.end)
                if at < len(shares) and shares[at] - c.end <= _SHARE_GAP:
                    parts.add(c.id)
        opens = sentence_starts[figure.sentence]
        clause = _clause_start(opens, figure.start, text, lang)
        # (the last period before the figure in its clause)
        period = next(reversed(list(_PERIOD_BEFORE[lang].finditer(text, clause, figure.start))), None)
        if period is None and _PERIOD_BEFORE[lang].search(text, opens, clause):
            continue  # (`하루 40점씩`: per a period too)
        own = by_sentence.get(figure.sentence, [])
        # (`하루 40점씩, 모두 하루 320점`: the total of all closing the clause right after it, per that period too)
        closing = next((c for c in own if c.start >= each.end()), None)
        all_after = closing is not None and then_all(figure, closing, text, lang, period and period.group())
        if period is not None and not all_after:
            continue  # (`하루 40점씩`: per a period too)
        closes = sentence_starts[figure.sentence + 1] if figure.sentence + 1 < len(sentence_starts) else len(text)
        if _TERM[lang].search(text, opens, closes):
            continue  # (`40점씩 20일 동안`: a term multiplies too)
        before = by_sentence.get(figure.sentence - 1, []) if figure.sentence > 0 else []
        # (the sentence before, in its paragraph or closing the line right before it: copy that breaks a line after
        # each sentence or two still reads on)
        window = [c for c in before if c.paragraph == figure.paragraph or "\n\n" not in text[c.end : opens]] + own
        thing = _noun(figure, text, lang)
        groups = _groups(figure, each.end(), own, window, clause, thing, parts, text, lang, all_after)
        if groups is None or groups.per_unit_of is not None:
            continue
        wholes = [
            c
            for c in window
            if c is not figure
            and c is not groups
            and c.role == "value"
            and c.kind == figure.kind
            and c.unit == figure.unit
            and c.value > figure.value
            and _noun(c, text, lang) == thing
            # (after the figure, only in its clause: `4팀씩 32개 조로 치렀고, 각 조 1위 32팀이`, a later clause's)
            and (c.start < figure.start or not CLAUSE_END[lang].search(text, figure.end, c.start))
        ]
        if len({c.value for c in wholes}) > 1:
            # (`개인전에 1천100명, 단체전에 750명이 나섰고, 단체전은 3명씩`: the one its clause's topic names)
            topic = _TOPIC_BEFORE[lang].search(text, clause, figure.start)
            wholes = [
                c for c in wholes if topic is not None and topic.group("noun") in text[c.start - _NAMED : c.start]
            ]
        if len({c.value for c in wholes}) != 1:
            continue  # (none, or two: which one, unsaid)
        whole = wholes[-1]
        if period is not None and whole is not closing:
            continue  # (`하루 40점씩`: per a period too, unless the total of all closes its clause right after it)
        if whole.start > figure.start and not (
            (all_after and whole is closing) or _closes_its_clause(figure, each.end(), groups, whole, text, lang)
        ):
            continue  # (`12명씩 45회 열렸고, 대기 신청자는 760명`, `…씩 지원하는 사업 예산은 8억원`: another's)
        if (
            whole.part_of is not None
            or whole.per_unit_of is not None
            or whole.product_of is not None
            or whole.per_period_of is not None
            or (is_a_rate(whole, text, lang) and not (all_after and whole is closing))  # (`모두 하루 N개`: its period)
        ):
            continue
        if any(
            c not in (figure, groups, whole)
            and c.kind == "count"
            and c.role == "value"
            and c.value > 1
            and (figure.kind != "count" or _noun(c, text, lang) != thing)
            for c in window
            if c.sentence == figure.sentence or c.sentence == whole.sentence or c.sentence == groups.sentence
        ):
            continue  # (another count in the sentences read: a third factor; a rival whole was weighed above)
        if of_another_year(whole, groups, text, lang) or of_another_year(figure, groups, text, lang):
            continue  # (`지난해 가로등 50개를 달았는데 올해는 한 개에 100만 원씩 모두`: last year's lot, no groups)
        if groups.sentence != figure.sentence and rest_of_a_split(groups, figures, figure):
            continue  # (`5만 개 가운데 4만6천 개를 … 남은 4천 개는 …`: the whole, the part or the rest, unsaid)
        figure.per_unit_of, figure.units_of = whole.id, groups.id
        if whole.sentence != figure.sentence or groups.sentence != figure.sentence:
            figure.guesses.append("relation")


def _clause_start(opens: int, at: int, text: str, lang: str) -> int:
    """Where the clause holding the offset `at` starts in its sentence (after the last clause end before it)."""
    start = opens
    for end in CLAUSE_END[lang].finditer(text, opens, at):
        start = end.end()
    return start


def _noun(c: Claim, text: str, lang: str) -> str:
    """What a figure counts: its counter, or for a generic one the noun right after it (`250개 팀` → `팀`); a
    currency's or a measure's unit for the others."""
    if c.kind != "count":
        return c.unit or ""
    counter = c.counter or ""
    if _GENERIC[lang].fullmatch(counter):
        after = _NOUN_AFTER[lang].match(text, c.end)
        if after is not None and not (
            after.start("noun") == c.end and _ENDING_ONLY[lang].fullmatch(after.group("noun"))
        ):
            return after.group("noun")
    return counter


def _closes_its_clause(figure: Claim, each_end: int, groups: Claim, whole: Claim, text: str, lang: str) -> bool:
    """Whether a whole after the figure closes the figure's own clause: near, no comma, no clause end, no new topic
    between (`3명씩 … 모두 18명`); or it stands right after the groups set beside it (`8명씩 꾸린 45개 팀, 360명`)."""
    if groups.start > figure.start and _BESIDE_GROUPS.fullmatch(text, _noun_end(groups, text, lang), whole.start):
        return True
    between = text[each_end : whole.start]
    if "," in between and _COMMA_THEN_ALL[lang].fullmatch(between):
        return True  # (`씩, 모두 450명`: a comma before the total's mark, no other clause)
    return (
        len(between) <= _WHOLE_REACH
        and "," not in between
        and not CLAUSE_END[lang].search(between)
        and not _TOPIC_BEFORE[lang].search(between)
    )


def _noun_end(c: Claim, text: str, lang: str) -> int:
    """Where a count ends with the noun a generic counter's count names after it (`45개 팀`)."""
    if c.kind == "count" and _GENERIC[lang].fullmatch(c.counter or ""):
        after = _NOUN_AFTER[lang].match(text, c.end)
        if after is not None:
            return after.end("noun")
    return c.end


def _groups(
    figure: Claim,
    each_end: int,
    own: list[Claim],
    window: list[Claim],
    clause: int,
    thing: str,
    parts: set[str],
    text: str,
    lang: str,
    all_after: bool = False,
) -> Claim | None:
    """The count of the groups the figure is given to each of (see the module's note), or None. With the total of all
    right after the figure (`all_after`), the groups may be its clause's object or place too (`버스 14대를 하루 25번씩,
    모두`, `라인 3개에서 하루 50대씩, 모두`: `[link.distributed_group_joints_then_all]`)."""
    after = [c for c in own if c.start >= figure.end]
    if (
        after
        and _is_groups(after[0], thing, text, lang)
        and _GROUPS_RIGHT_AFTER.fullmatch(text, each_end, after[0].start)
        and not _NOT_GROUPS_AFTER[lang].match(text, _noun_end(after[0], text, lang))
    ):
        return after[0]
    earlier = [c for c in own if c.end <= figure.start]
    if earlier and _is_groups(earlier[-1], thing, text, lang):
        joint = _JOINT[lang].fullmatch(text, earlier[-1].end, figure.start)
        if joint is None and all_after:
            joint = _JOINT_THEN_ALL[lang].fullmatch(text, earlier[-1].end, figure.start)
        if joint is not None:
            return earlier[-1]
    # (the mark of each one of a noun before the figure in its clause: the one count of that noun stated before)
    mark = None
    for found in _EACH_MARK[lang].finditer(text, max(clause, figure.start - _MARK_REACH), figure.start):
        mark = found
    if mark is None:
        return None
    noun = mark.group("noun")
    named = [
        c
        for c in window
        if c.end <= mark.start()
        and _is_groups(c, thing, text, lang)
        and _names(c, noun, text, lang)
        # (`방문 상담이 1천529건(70.0%)`: a part beside its share is some of the noun, not the groups)
        and c.part_of is None
        and c.id not in parts
    ]
    # (`받침대 120개도 새로 달았는데 한 개에 2만 원씩`: the one count of the noun its own sentence states before the
    # mark is the groups, whatever the sentence before counted of it, `둥지 900개`)
    own_named = [c for c in named if c.sentence == figure.sentence]
    # (`의자 덮개 60개도 샀는데 의자 한 개에`: a mark that names its noun right before it, a word some count before
    # is named by too, is of that count, not of its own sentence's count of another word)
    word = _WORD_BEFORE.search(text, max(0, mark.start() - _WORD_REACH), mark.start())
    by_word = [c for c in named if word is not None and _word_before(c, text) == word.group(1)]
    if by_word and not any(c in by_word for c in own_named):
        own_named = []
    if len({c.value for c in own_named}) == 1:
        return own_named[-1]
    if len({c.value for c in named}) != 1:
        return None
    return named[-1]


def _is_groups(c: Claim, thing: str, text: str, lang: str) -> bool:
    return c.kind == "count" and c.role == "value" and c.value > 1 and _noun(c, text, lang) != thing


def _names(c: Claim, noun: str, text: str, lang: str) -> bool:
    """Whether a count counts the noun: its counter, the noun right after it (`64개 팀`), or right before it (`레인
    여섯 개`)."""
    if _noun(c, text, lang) == noun:
        return True
    return _word_before(c, text) == noun


def _word_before(c: Claim, text: str) -> str | None:
    """The word right before a count (`둥지 900개` → `둥지`), or None."""
    before = _WORD_BEFORE.search(text, max(0, c.start - _WORD_REACH), c.start)
    return None if before is None else before.group(1)
