"""A gap whose larger (or smaller) figure is the level of the sentence before (issue 11).

`A당은 모두 171석을 차지했다. 과반 기준인 151석보다 20석 많다.`: a sentence that states only a figure compared
with and the gap to it (`B보다 C 많다`, checker/link/gaps.py), with no subject of its own, measures the level the
sentence before closes with: A − B = ±C. The level is the last figure of the unit and counter in that sentence,
stated as a value (when that sentence closes on the figure its own comparison started from, its one value);
nothing is linked when the gap's sentence names a subject (a topic particle before the figure compared with:
`B사는 정원 250명보다 20명 많다` is said of B) or states another figure of the unit (its own level) before the
clause break after the gap (a figure in a clause after it, `… 20석 많고, 다른 당은 …`, is that clause's). Found by
position, so the link is a guess.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import CLAUSE_END, base_of_a_rate, part_of_a_sample
from checker.link.figure_kinds import AMOUNTS, closes_on_a_share_of
from checker.link.gaps import compared_gaps
from checker.link.keys_differ import metrics_differ
from checker.link.parallel_parts import marked_per_unit
from checker.link.segment import sentence_end
from checker.link.sentence_groups import (
    equivalents_of_own_amounts,
    prose_by_sentence,
    prose_figures,
    unfurnished_by_sentence,
)
from checker.link.targets import named_a_target
from checker.link.totals import is_a_pool
from checker.models import Claim
from checker.regex_cache import compile_exact

# in a figure's clause, the words that say it is an average over units (`평균`, `1억원꼴`)
_AVERAGE_MARK = ByLanguage(lambda w: rf"(?:{w.average_clause_words})")
_AVERAGE_MARK_AFTER = 2  # characters right after a figure where its average's mark stands (`5천원꼴`)
# A comma that breaks a clause: none between a number's thousands (`1,200명`)
_BREAKING_COMMA = compile_exact(r"(?<!\d),|,(?!\d{3}(?!\d))")
# A word with a topic particle (`B사는 `, `수입은 `) names the sentence's own subject; a verb modifying the noun
# after it (`막을 수 있는 100석`) does not, nor a price noun ending in `가` right before the figure compared with
# (`국내 판매가 3만5천 원보다`: that figure, named; the search ends at the figure), nor a word right before such a
# verb (`손님이 내는 값`: the verb's subject). The price noun may stand before the unit the figure is per (`국내
# 도매가 ㎏당 4만 원보다`).
OWN_SUBJECT = ByLanguage(
    lambda w: (
        rf"(?<!\S)(?!(?:{w.verb_modifiers})[\s,])(?!(?:{w.price_nouns_in_ga})\s*(?:\S{{1,3}}(?:{w.unit_price_before})\s*)?$)\S+?(?:{w.topic_particles})\s"
        # (nor a subject right before such a verb: the verb's own, in the clause modifying the noun, `손님이 내는 값`)
        rf"(?!(?:{w.verb_modifiers})[\s,])|"
        rf"(?<!\S)(?!(?:{w.verb_modifiers})[\s,])(?!(?:{w.price_nouns_in_ga})\s*(?:\S{{1,3}}(?:{w.unit_price_before})\s*)?$)\S+?(?:{w.topic_particles}),"
    )
)


def _clause_end(text: str, lang: str, start: int, end: int) -> int:
    """Where the first clause break between `start` and `end` is (a clause-ending word, `[link.clause_ends]`, or a
    comma that is no thousands separator), or -1."""
    breaks = [
        m.start() for m in (CLAUSE_END[lang].search(text, start, end), _BREAKING_COMMA.search(text, start, end)) if m
    ]
    return min(breaks, default=-1)


def _an_average(claim: Claim, text: str, lang: str) -> bool:
    """Whether a figure is written as an average over units by the mark right after it (`㎏당 5천200원꼴`)."""
    return bool(_AVERAGE_MARK[lang].match(text, claim.end, min(len(text), claim.end + _AVERAGE_MARK_AFTER)))


def link_gaps_from_before(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    for _, gap, compared, word in compared_gaps(figures, text, lang, first=1):
        if gap.sentence == 0 or gap.sentence >= len(sentence_starts):
            continue
        # (a figure after a clause break past the gap, `… 많고, 작년 한 해 … 41만명도 넘어섰다`, is another clause's;
        # a thousands comma, `1,200명`, breaks nothing)
        clause_end = _clause_end(text, lang, word.end(), sentence_end(sentence_starts, gap.sentence, len(text)))
        own = [
            c
            for c in by_sentence.get(gap.sentence, [])
            if c.unit == gap.unit and c not in (gap, compared) and not (clause_end >= 0 and c.start > clause_end)
        ]
        if own or OWN_SUBJECT[lang].search(text, sentence_starts[gap.sentence], compared.start):
            continue  # the sentence states its own level, or names its own subject
        before = [c for c in by_sentence.get(gap.sentence - 1, []) if c.unit == gap.unit]
        # (`손전등을 한 개에 3천 원씩 사들였다. 지난해 1만 개보다 2천 개 적은 물량`: the one unit a price is given each
        # of is no level, of a gap of `more` or of `fewer`)
        before = [c for c in before if not base_of_a_rate(c, text, lang)]
        if not before:
            # (a sentence before stating the unit only as an equivalent: that is its level, `… 30달러로, 4만
            # 원가량이다. 국내 판매가(3만5천 원)보다 5천 원쯤 비싸다`)
            before = equivalents_of_own_amounts(claims, gap.sentence - 1, gap.unit)
            # (`… 총액은 약 5천만원, 한 개에 약 7만원이다. 국내 판매가 6만원보다 1만원 비싸다`: a sentence stating only
            # equivalents of amounts the one before states closes on its level, its last; a rate written in the
            # parenthesis of its note, `기준환율(1위안당 약 190원)로`, is none)
            told = [
                c
                for c in unfurnished_by_sentence(claims).get(gap.sentence - 1, ())
                if c.role == "conversion" and c.unit == gap.unit and not _in_parenthesis(c, text)
            ]
            if told and (not before or told[-1].start > before[-1].start):
                before = told[-1:]
        if not (compared.per_unit_of or marked_per_unit(compared, text, lang)):
            # (a figure per unit set after the pot it divides, `… 96억원으로 ㎏당 5천원꼴`, is no level compared with a
            # pot: the pot is; compared with a figure per unit, `경기당 평균 3천명보다`, it is the level)
            before = [c for c in before if not _per_unit_after_its_pot(c, before, text, lang)]
        # (`입장료 수입이 3억 원으로 … 1인당 평균 8천원꼴`: an average closing the sentence is a price, no
        # level of a gap whose sentence names no average; a sentence stating only an average: the gap's words say
        # no more)
        gap_sentence_end = sentence_end(sentence_starts, gap.sentence, len(text))
        skipped = False  # (the level is sought past a sentence between)
        if not _AVERAGE_MARK[lang].search(text, sentence_starts[gap.sentence], gap_sentence_end):
            averages = [c for c in before if _an_average(c, text, lang)]
            before = [c for c in before if c not in averages] or before
            if len(averages) == len(before) and gap.sentence >= 2:
                # `… 420회를 넘어 신기록을 세웠다. 초당 3.5회꼴이다. 종전 기록 400회보다 20회 많다.`: a sentence between
                # that states only an average (or no figure of the unit) goes on from the level before it
                earlier = [
                    c
                    for c in by_sentence.get(gap.sentence - 2, [])
                    if c.unit == gap.unit and not _an_average(c, text, lang)
                ]
                if earlier:
                    before, skipped = earlier, True
        if not before:
            continue
        level = before[-1]
        if level.role != "conversion" and _per_a_unit(compared, text, lang) and not _per_a_unit(level, text, lang):
            # (`보관료는 ㎏당 33원이다. 5t을 맡기면 16만5천원을 낸다. 민간 창고(㎏당 45원)보다 12원 싸다`: a gap from a
            # figure per unit is between figures per that unit; an amount the sentence before multiplies out is
            # none, the rate the sentence before it states is)
            per_unit = [
                c
                for c in by_sentence.get(gap.sentence - 2, [])
                if c.unit == gap.unit and c.role == "value" and _per_a_unit(c, text, lang)
            ]
            if len(per_unit) != 1:
                continue
            level = per_unit[0]
        # (`올해 21톤을 거둘 것으로 내다봤다. 지난해 17톤보다 4톤 많다`: a figure a verb forecasts, no target named, is
        # the level a past figure is compared with)
        if level.forecast and not compared.forecast and named_a_target(level, text, lang):
            # `… 2,940건이 접수돼 올해 목표(4,200건)의 70%. 작년 실적(2,460건)보다 480건 많다`: a target stated
            # beside what was done is no level; the gap from an actual figure measures the actual one stated
            actual = [c for c in before if c.role == "value" and not c.forecast]
            if not actual and not skipped:
                # (`… 2천310명이 등록했다. 올해 목표 4천 명의 57.8%에 이른다. 지난해 1천980명보다 …`: a sentence
                # stating only a target goes on from the actual figure the sentence before it states)
                actual = [
                    c
                    for c in by_sentence.get(gap.sentence - 2, [])
                    if c.unit == gap.unit and c.counter == gap.counter and c.role == "value" and not c.forecast
                ]
                actual = actual[-1:] if len(actual) == 1 else []
            level = actual[-1] if actual else level
        if level.role in ("baseline", "prior"):
            # `… 6만2천140원으로 1년 전(5만2천660원)보다 18.0% 올랐다. 평년 가격인 …`: the sentence closes on the figure
            # its own comparison started from; its level is the one value of the unit it states
            levels = [c for c in before if c.role == "value" and c.counter == gap.counter and c.change_of is None]
            level = levels[0] if len(levels) == 1 else level
        level_sentence = by_sentence.get(level.sentence, [])
        if closes_on_a_share_of(level, level_sentence) or part_of_a_sample(level, level_sentence, text, lang):
            continue  # (`신청자는 84명으로, 4명 중 3명이 마쳤다. 지난해 51명보다 12명 많다`: of the whole or the part)
        if (
            level.role not in ("value", "conversion")
            or level.counter != gap.counter
            or level.change_of is not None
            or level.value == compared.value
            or metrics_differ(level, compared)
        ):
            continue
        gap.role, gap.direction = "change", 1 if word.group("more") else -1
        gap.change_of, gap.compared_to = level.id, compared.id
        gap.guesses = sorted(set(gap.guesses) | {"relation"})


# before a figure, the unit it is priced per and a word or two (`㎏당 한 달 30원`, `주당 3만원`:
# `[link.unit_price_before]`)
_UNIT_PRICE_BEFORE = ByLanguage(lambda w: rf"(?:{w.unit_price_before})(?:\s+[^\W\d_]+){{0,2}}\s*$")
_UNIT_PRICE_REACH = 12


def _per_a_unit(figure: Claim, text: str, lang: str) -> bool:
    """Whether a figure is an amount per one unit by its marks (`㎏당 45원`, `1인당 2만원`, `$4 a head`)."""
    return marked_per_unit(figure, text, lang) or bool(
        _UNIT_PRICE_BEFORE[lang].search(text, max(0, figure.start - _UNIT_PRICE_REACH), figure.start)
    )


def _in_parenthesis(figure: Claim, text: str) -> bool:
    """Whether a figure stands inside a parenthesis opened in its line before it (`기준환율(1위안당 약 190원)로`)."""
    line = text.rfind("\n", 0, figure.start) + 1
    return text.count("(", line, figure.start) > text.count(")", line, figure.start)


def _per_unit_after_its_pot(figure: Claim, sentence: list[Claim], text: str, lang: str) -> bool:
    """Whether a figure marked per unit (`㎏당 5천원`, `$4 a head`) follows a larger plain figure of its unit in its
    sentence, the pot it divides."""
    if not (figure.per_unit_of or marked_per_unit(figure, text, lang)):
        return False
    return any(
        c.end <= figure.start and c.value > figure.value and c.role == "value" and not marked_per_unit(c, text, lang)
        for c in sentence
    )


# `That was £3m less than …`, `이는 …`: a sentence that opens on what the sentence before stated
_CONTINUES = ByLanguage(lambda w: rf"\s*(?:{w.continuations})\b", first_tested=False)


def link_gaps_to_a_figure_after(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """`Gate receipts came to £41.2m. That was £2.6m lower than the £43.8m taken a season earlier.`, `The levy
    left a surplus of £6.1m. That is £0.9m more than the £5.2m surplus of 2024.`: a gap written before the figure it
    is compared with (the role stage made it a change, the figure after it its baseline), in a sentence that opens on
    what the one before stated (`That`, `It`, `[link.continuations]`) and states no level of its own, measures the
    last figure of the unit and counter the sentence before states: a value, or a difference of two stated levels
    (`leaving a surplus of …`), itself a level — passing over a figure named as the pool the figure or share before
    it is drawn from (`about two-thirds of the 945 km it maintains`: that sentence's whole, no level). Found by
    position, so the link is a guess."""
    figures = prose_figures(claims)
    by_sentence = None
    for position, gap in enumerate(figures[:-1]):
        if gap.kind not in AMOUNTS or gap.role != "change" or gap.change_of or gap.compared_to or not gap.direction:
            continue
        compared = figures[position + 1]
        if compared.sentence != gap.sentence or compared.role != "baseline" or not _alike(compared, gap):
            continue
        if gap.sentence == 0 or gap.sentence >= len(sentence_starts):
            continue
        start = sentence_starts[gap.sentence]
        if not _CONTINUES[lang].match(text, start, gap.start):
            continue
        if by_sentence is None:
            by_sentence = prose_by_sentence(claims)
        if any(c.start < gap.start and _alike(c, gap) for c in by_sentence.get(gap.sentence, [])):
            continue  # the sentence states its own level
        stated = by_sentence.get(gap.sentence - 1, [])
        before = [c for c in stated if _alike(c, gap)]
        if not before:
            continue
        # (`cleared 630 km, about two-thirds of the 945 km it maintains`: a figure named as the pool a figure
        # or share before it is drawn from is the sentence's whole, not the level it states)
        levels = [c for c in before if not _drawn_from(c, stated, text, lang)]
        if not levels:
            continue
        level = levels[-1]
        if not _level(level, before) or level.value == compared.value or metrics_differ(level, compared):
            continue
        gap.change_of, gap.compared_to = level.id, compared.id
        gap.guesses = sorted(set(gap.guesses) | {"relation"})


def _drawn_from(claim: Claim, stated: list[Claim], text: str, lang: str) -> bool:
    """Whether the figure is the pool the figure or share right before it in its sentence is drawn from (`480 of the
    1,200`, `two-thirds of the 945 km`)."""
    earlier = [c for c in stated if c.end <= claim.start]
    return bool(earlier) and is_a_pool(earlier[-1], text, lang, claim)


def _alike(claim: Claim, other: Claim) -> bool:
    return claim.unit == other.unit and claim.counter == other.counter


def _level(claim: Claim, figures: list[Claim]) -> bool:
    """A value, or the difference of two levels stated (`£21m in, £12m out, leaving £9m`), not a change from before
    (`figures`: the level's sentence)."""
    if claim.role == "value":
        return claim.change_of is None
    if claim.role != "change" or claim.compared_to is None:
        return False
    compared = next((c for c in figures if c.id == claim.compared_to), None)
    return compared is not None and compared.role == "value"
