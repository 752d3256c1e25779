"""Shares of a whole, as the text states them: which part a rate is the share of, and of what.

- a whole marked in its sentence, a part after it, and the part's share:
  `총 820억원 가운데 310억원이 … 37.8%를 차지`, `of the total $5bn, $2bn (40%)`
- a part with its share in parentheses, the whole named (`전체의`, `of the total`) or the
  total the part is listed in: `유가증권이 3,100억달러(전체의 91.2%)`, `… 등 총 …` with `A 120억원(24%)`

Sets `share_part` and `share_whole` on the rate (and `share_whole` on a part whose whole is
marked); the ratio kind does the arithmetic. A share also gets the name of the whole it is of
(`whole`): a market (`중국 AI 반도체 시장에서`, `in China's smartphone market`), or one list of
shares stated together (`각각 9%, 44%, 37%의 비중`) — shares of one whole add up to at most 100%.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import LETTER_WORD, NAMING_WORD
from checker.link.colon_list_wholes import colon_lead, whole_of_the_lead
from checker.link.counted_rates import link_counted_rates
from checker.link.counter_synonyms import classifiers_unlike
from checker.link.cumulative_wholes import cumulative_ids
from checker.link.figure_kinds import AMOUNTS, counted_noun, one_counted_in_words
from checker.link.genitive_wholes import link_wholes_then_shares
from checker.link.inflections import names_word
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.labelled import labelled_figures
from checker.link.list_leads import whole_named_by_lead
from checker.link.listed_subject_shares import (
    member_named_before_whole,
    names_another_member,
    names_another_one_letter_member,
)
from checker.link.market_shares_after_parts import link_market_shares_after_parts
from checker.link.named_wholes_of_shares import link_named_wholes_of_shares
from checker.link.narrowed_wholes import subgroup_of_its_count
from checker.link.of_which_opener_wholes import opens_with_of_which, whole_of_the_sentence_before
from checker.link.of_which_shares import link_of_which_shares
from checker.link.partners import per_unit_mark_after
from checker.link.per_period import stated_per_period
from checker.link.rates_before_parts import link_rates_before_parts
from checker.link.rival_wholes import has_rival_whole
from checker.link.segment import sentence_end
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.share_lines_of_one_whole import link_share_lines_of_one_whole
from checker.link.share_runs_with_rest import link_share_runs_with_rest
from checker.link.share_subjects import (
    link_named_subject_shares,
    names_another_subject,
    names_its_part_after,
    part_stated_right_before,
    rival_total_before,
    sentence_start,
    whole_named_by_noun,
)
from checker.link.shares_of_a_stated_whole import link_shares_of_a_stated_whole
from checker.link.shares_of_labelled_lines import member_of_labelled_lines
from checker.link.shares_of_named_members import members_named_by_subject, subject_words
from checker.link.shares_restating_the_sentence_before import link_shares_restating_the_sentence_before
from checker.link.shares_then_named_wholes import link_shares_then_named_wholes
from checker.link.subgroup_wholes import subgroup_may_be_whole, whole_named_at_opening
from checker.link.wholes import misstated_whole
from checker.link.wholes_agreeing import whole_or_its_earlier
from checker.link.wholes_naming_the_part import counted_apart_from, dated_before_the_story, whole_naming_the_part
from checker.link.wholes_of_the_story_period import dated_off_the_story, largest_of_the_story, story_period
from checker.link.wholes_opening import link_wholes_opening_sentences
from checker.link.wholes_then_shares_apart import joins_whole_to_share
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

_WHOLE_BEFORE = ByLanguage(lambda w: rf"(?:{w.whole_marks})\s*$", re.I)
_WHOLE_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.whole_after})", re.I)
# `이용자 2천 명에게 물은 결과 1천640명이`: the people asked, whom the answers after them are drawn from
# (`[link.respondents_after]`)
_RESPONDENTS_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.respondents_after})", re.I)
# `176 tonnes over the year, of which exports took 124 tonnes`: the whole's clause runs on to a comma, then the
# pool mark (no figure between, so the mark is the whole's own).
_WHOLE_AFTER_CLAUSE = ByLanguage(lambda w: rf"[^\d.;:!?()\n]{{0,40}}?,\s*(?:{w.whole_after})(?![^\W\d_])", re.I)
# `공연은 800회였고 이 가운데 520회가`: the whole's clause ends, then a word that opens its parts (`이 가운데`,
# `[link.of_which_openers]`) in the same sentence, no figure between. Effectively Korean only: the gap allows no `.`,
# so an English opener (`Of those`) opening the next sentence is never reached; case kept, so `4.6 million tonnes
# of the total` marks a part, not a whole.
_WHOLE_THEN_OPENER = ByLanguage(lambda w: rf"[^\d.;:!?()\n]{{0,12}}?\s(?:{w.of_which_openers})")
# `sold 538,000 bicycles in the year, up from 521,000, of which …`: between a level and the figure it moved from,
# set aside by commas; the pool mark after that aside is the level's, not the earlier figure's.
_MOVED_FROM_ASIDE = ByLanguage(
    lambda w: (
        rf"[^\d.;:,()\n]{{0,40}},\s*(?:(?:{w.rise_verbs_before}|{w.fall_verbs_before})\s+)?(?:{w.from_words})\s+"
        rf"(?:(?:{w.definite_articles})\s+)?"
    ),
    re.I,
)
_SHARE_AFTER = ByLanguage(
    lambda w: rf"\s*(?:{w.share_particles})?\s*(?:{w.share_verbs})|\s*(?:{w.share_of_whole})", re.I
)
# `3,100억달러(전체의 91.2%)`, `$2bn (40% of the total)`: a share in the parenthesis after its part.
_PAREN_SHARE_BEFORE = ByLanguage(lambda w: rf"\s*\(\s*(?P<whole>{w.whole_labels})?\s*$", re.I)
_PAREN_SHARE_AFTER = ByLanguage(lambda w: rf"\s*(?P<whole>{w.share_of_whole})?\s*\)", re.I)
_MARKET_MARKS = "' "  # between the words of a market's name: `China's smartphone`
_MARKET = ByLanguage(
    lambda w: (
        rf"((?:{w.script_letters}|{w.chars('capital_letters', 'small_letters')})"
        rf"(?:{w.script_letters}|{w.chars('capital_letters', 'small_letters', marks=' ')}){{1,24}}?)"
        rf"\s?(?:{w.market_after})"
        rf"|(?:{w.market_prepositions}) (?:(?:{w.definite_articles}) )?"
        rf"({w.chars('capital_letters', 'small_letters', marks=_MARKET_MARKS)}{{2,30}}?) (?:{w.market_nouns})\b"
    )
)
# A time word before the market's name belongs to the sentence, not to the market (`올해 중국 … 시장`).
_LEADING_TIME = ByLanguage(lambda w: rf"^(?:{w.leading_time_words})\s+", re.I)
# `각각 9%, 44%, 37%의 비중이다`, `with shares of 40%, 35% and 25% respectively`
_RUN_SEPARATOR = ByLanguage(lambda w: rf"\s*(?:{w.list_separators})\s*")
_RUN_BEFORE = ByLanguage(lambda w: rf"(?:{w.respectively}),?\s*$", re.I)
_PRICE_BAND_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.price_band_after})")
# `각각 전체의 50%, 30%`: the mark, then the whole's label, before a run of shares of amounts listed before
_RUN_OF_WHOLE_BEFORE = ByLanguage(lambda w: rf"(?:{w.respectively}),?\s*(?:(?:{w.whole_labels})\s*)?$", re.I)
_RUN_AFTER = ByLanguage(
    lambda w: (
        rf"\s*(?:(?:{w.genitive})\s*)?(?:{w.share_nouns})"
        rf"|(?:\s+(?:{w.genitive})\s+[\w'’ ]{{1,30}}?)?,?\s*(?:{w.respectively})"
    ),
    re.I,
)


def link_shares(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_id = {c.id: c for c in claims}
    by_sentence = prose_by_sentence(claims)
    largest = _largest_before(claims, cumulative_ids(claims, text, lang), _KIND_COUNTERS[lang])
    listed_parts = _parts_with_own_share(claims, text, lang)
    parts_of_the_total = _parts_of_the_total(claims, text, lang)
    link_wholes_opening_sentences(claims, text, lang)
    link_shares_of_a_stated_whole(claims, text, lang)
    _respective_runs(by_sentence, text, largest, lang)
    _respective_amounts_after_shares(by_sentence, claims, text, lang)
    # (a marked whole is a figure beside the words that mark it: a text that can match none of them has none)
    marked = any(
        may_match(pattern[lang], text)
        for pattern in (_WHOLE_BEFORE, _WHOLE_AFTER, _WHOLE_AFTER_CLAUSE, _WHOLE_THEN_OPENER)
    )
    for sentence, figures in by_sentence.items():
        if marked:
            _marked_whole(figures, text, lang)
        if not _may_hold_a_share(figures):
            continue
        _market_whole(figures, text, lang)
        _listed_shares(figures, text, sentence, lang)
        _named_share_runs(figures, text, sentence, lang)
        _followed_rankings(figures, text, sentence, lang)
        _shares_and_the_rest(figures, text, sentence, lang)
        link_share_runs_with_rest(figures, text, sentence, lang)
        _split_shares(figures, text, sentence, lang)
        _poll_shares(figures, text, sentence, lang)
        # `채권은 X로 Z1%를 차지했고 현금은 Y로 Z2%, 금은 W로 Z3%를 차지했다`: the share verb of a later
        # pair serves the pairs before it that end in a comma.
        verb_ends = [
            rate.end
            for part, rate in zip(figures, figures[1:])
            if _LEVEL_THEN_SHARE[lang].fullmatch(text, part.end, rate.start)
            and _SHARE_AFTER[lang].match(text, rate.end)
        ]
        # `배정 물량은 A 104만주(20%), B 156만주(30%), C 260만주로 나뉜다`: the parts divide an amount the sentence
        # names, not the largest figure stated before it
        divided = _SPLIT_VERB_AFTER[lang].match(text, figures[-1].end) is not None
        for part, rate in zip(figures, figures[1:]):
            if rate.kind == "fraction" and rate.role == "share" and rate.share_part is None:
                _fraction_of_marked_whole(part, rate, by_id, text, lang)
                if rate.share_part is None:
                    largest_before = largest.get(part.id)
                    opened = opens_with_of_which(part, text, lang, sentence_starts)
                    if opened:
                        # `이 가운데 신입 단원은 다섯 명으로 3분의 1이다`: of the figure of the sentence before
                        largest_before = whole_of_the_sentence_before(part, by_sentence, text, lang)
                    _fraction_taking_its_share(part, rate, largest_before, by_sentence, text, lang, opened)
                continue
            if rate.kind == "percent" and rate.role == "share" and part.kind in AMOUNTS and rate.share_part is None:
                if _priced_in_its_sentence(part, by_id):
                    # (`raised £9,000 from 600 runners at £15, or 30 per cent of takings`: a price per one of
                    # the count its sentence states with its total is no part; the share is the total's)
                    continue
                largest_before = largest.get(part.id)
                if divided and largest_before is not None and largest_before.sentence != part.sentence:
                    largest_before = None
                of_which = opens_with_of_which(part, text, lang, sentence_starts)
                if of_which:
                    # `Of that, $1.8m (40%) …`: of the figure of the sentence before, not the story's largest
                    largest_before = whole_of_the_sentence_before(part, by_sentence, text, lang)
                whole = _whole_of_parenthesized(
                    part, rate, text, largest_before, by_id, listed_parts, lang, parts_of_the_total, written=of_which
                )
                if (
                    whole is None
                    and _LEVEL_THEN_SHARE[lang].fullmatch(text, part.end, rate.start)
                    and (
                        _SHARE_AFTER[lang].match(text, rate.end)
                        or (_COMMA_AFTER.match(text, rate.end) and any(end > rate.end for end in verb_ends))
                    )
                ):
                    # `주식은 1000억원으로 25%를 차지했다`: the part, then its share of the story's total.
                    whole = _guessed_whole(part, rate, largest_before)
                    listed_in = by_id.get(part.part_of or "")
                    if whole is not None and listed_in is not None and _list_adds_up(claims, part, listed_in):
                        # (`나이별로는 20대가 840명으로 70%`: a part a breakdown lists, its parts adding up to its
                        # whole, is of that whole)
                        whole = listed_in
                    named = whole_named_at_opening(part, by_sentence, text, lang, sentence_starts[part.sentence])
                    if whole is not None and named is not None:
                        whole = named  # `입장객 가운데 단체가 P명으로 Z%`: of the figure its opening names
                    elif whole is not None and subgroup_may_be_whole(whole, part, by_sentence, text, lang):
                        whole = None  # `성별로는 여성이 P로 Z%`: of the subgroup stated before, or of its whole
                    elif whole is not None and _member_named_as_pool(
                        whole, part, by_sentence, text, lang, sentence_starts[part.sentence]
                    ):
                        whole = None  # `동부 회원 가운데 10대가 P명으로 Z%`: of a member of the whole, named
                if whole is not None:
                    rate.share_part, rate.share_whole = part.id, whole.id
    _ranking_continued(by_sentence, text, lang)
    link_share_lines_of_one_whole(claims, text, lang)
    link_named_subject_shares(claims, text, lang)
    link_shares_restating_the_sentence_before(claims, text, lang, sentence_starts)
    _shares_of_the_total(claims, text, largest, by_id, lang, sentence_starts)
    _labelled_shares(claims, text, by_id, lang)
    _share_of_a_named_part(claims, text, lang)
    _share_of_the_part_before(claims, text, by_id, lang, sentence_starts)
    _market_share_then_its_part(claims, text, lang)
    link_market_shares_after_parts(claims, text, lang)
    _shares_of_sums_apart(claims, text, by_id, lang)
    link_wholes_then_shares(claims, text, lang)
    link_of_which_shares(claims, text, lang)
    link_rates_before_parts(claims, text, lang)
    link_shares_then_named_wholes(claims, text, lang)
    link_counted_rates(claims, text, lang)
    link_named_wholes_of_shares(claims, text, lang)


# Right before a figure that adds up others (`이들 3개 분야 예산을 합하면 464조원`, `together, $5bn`).
_SUM_MARK_BEFORE = ByLanguage(lambda w: rf"(?:{w.total_marks})\s*(?:(?:{w.hedges})\s*)?$", re.I)


# `W 가운데 P, 3곳 중 1곳꼴로`: a fraction set beside its part by a comma; one that is a subject (`P, 절반은 …`) is a
# share of the part itself, not of the whole
# (perhaps with a mark that the share restates the part: `W 가운데 P, 곧 3분의 1을`, `[link.appositive_share_marks]`)
_COMMA_BESIDE = ByLanguage(lambda w: rf"\s?,\s(?:(?:{w.appositive_share_marks})\s+)?")
_SUBJECT_AFTER = ByLanguage(lambda w: rf"(?:{w.share_clause_subjects})(?![^\W\d_])")


def _fraction_of_marked_whole(part: Claim, rate: Claim, by_id: dict[str, Claim], text: str, lang: str) -> None:
    """`전체 주문 3,000만건 가운데 배달 주문이 2,100만건으로 10건 중 7건꼴이었다`: a fraction right after a part, as the
    level its clause reaches or set beside it by a comma (`W 가운데 P, 3곳 중 1곳꼴로`), is the part's share of the
    whole its own words mark (`W 가운데 P`), as a percent there is; by size alone a fraction finds no whole
    (`_shares_of_the_total`)."""
    if part.kind not in AMOUNTS or part.role != "value" or not part.share_whole:
        return
    whole = by_id.get(part.share_whole)
    if whole is None or whole.sentence != part.sentence or whole.unit != part.unit or not whole.low > part.high:
        return
    if not (
        _LEVEL_THEN_SHARE[lang].fullmatch(text, part.end, rate.start)
        or (
            _COMMA_BESIDE[lang].fullmatch(text, part.end, rate.start) and not _SUBJECT_AFTER[lang].match(text, rate.end)
        )
    ):
        return
    rate.share_part, rate.share_whole = part.id, whole.id
    rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
    rate.label = rate.label or part.id


def _fraction_taking_its_share(
    part: Claim,
    rate: Claim,
    largest: Claim | None,
    by_sentence: dict[int, list[Claim]],
    text: str,
    lang: str,
    opened: bool = False,
) -> None:
    """`수출은 62억원으로 3분의 1을 차지했다`: a fraction in words as the level its part's clause reaches, then a
    verb of share, is the part's share of the story's total, as a percent there is (`25%를 차지했다`). The verb says
    that the part takes its share of a whole the story stated; the whole is found by size (a guess), and only one
    that names no other metric than the part's own words (by size, a valuation or a budget is no whole of sales)
    and is no subgroup the part may be of (checker/link/subgroup_wholes.py). A fraction in words is a share
    whatever closes its clause after it, so a copula or a verb of reaching it (`[link.fraction_share_closings]`:
    `3분의 1가량이다`, `4분의 1을 조금 넘었다`, `3분의 2에 못 미친다`) serves as the verb does, unless the
    sentence right before the fraction's states another level of the part's unit larger than it, outside a breakdown
    (a copula names no whole: that level may be the whole as well). A part opening on a mark of the parts of the
    sentence before's figure (`opened`: `이 가운데 신입 단원은 다섯 명으로 3분의 1이다`) is of that figure, named so
    by the opener, the copula as well as a verb."""
    if part.kind not in AMOUNTS or part.role != "value" or largest is None or metrics_differ(part, largest):
        return
    beside = _LEVEL_THEN_SHARE[lang].fullmatch(text, part.end, rate.start) is not None or (
        # (`대도시에서 온 가구는 60가구, 3분의 2였다`: set beside the part by a comma, the fraction the predicate its
        # copula closes, no subject of a clause of its own: `60가구, 절반이 …` may be a share of the part itself)
        _COMMA_BESIDE[lang].fullmatch(text, part.end, rate.start) is not None
        and _FRACTION_CLOSES[lang].match(text, rate.end) is not None
    )
    if not (beside or _counted_fraction_of_a_noun(part, rate, text, lang)):
        return
    share_verb = _SHARE_AFTER[lang].match(text, rate.end)
    if not (share_verb or _FRACTION_CLOSES[lang].match(text, rate.end)):
        return
    if subgroup_may_be_whole(largest, part, by_sentence, text, lang):
        return  # `성별로는 여성이 P로 절반을 차지`: of the subgroup stated before, or of its whole
    marked = (rate.whole, rate.label)
    pools = [
        c
        for c in by_sentence.get(part.sentence, [])
        if c.end <= part.start
        and c.kind == part.kind
        and c.unit == part.unit
        and (c.counter or "") == (part.counter or "")
        and c.role == "value"
        and c.part_of is None
        and c.low > part.high
    ]
    if beside and (named := _whole_the_opening_pool_names(part, by_sentence, text, lang)) is not None:
        # (`주문 가운데 식당 주문이 1천500장으로 3분의 2를 차지했다`: the noun its sentence opens drawing the part from
        # names the whole, the latest count of it; not the story's largest)
        largest = named
    elif beside and len(pools) == 1:
        # (`이용객 2천100명에게 물었더니 … 응답이 1천260명으로 다섯 명 가운데 세 명꼴`: the one larger figure of the
        # part's own kind its sentence states before it is the pool the part was counted from, not the story's largest)
        largest = pools[0]
    if not beside:
        # `인구는 12,000명 … 수강생이 1,500명 … 여성이 1,050명으로 수강생 10명 중 7명꼴`: the noun between
        # names the whole; the largest count is it only when the noun names it, else the count the noun names
        largest = _count_the_noun_names(part, rate, largest, by_sentence, text, lang)
    whole = _guessed_whole(part, rate, largest)
    named_by_noun = False  # (the whole the part's noun names: no other level may be it)
    if whole is not None and whole.sentence != part.sentence:
        # (`수료생은 63명 … 신청자는 84명 … 아이를 맡긴 수료생은 40명으로 3분의 2에 못 미쳤다`: the
        # count the part's noun names is the whole, not the story's largest; none when that noun names only a
        # figure compared with or of another period, `지난해 수료생 51명보다`: the group's count now is unstated)
        before = [c for s in range(part.sentence + 1) for c in by_sentence.get(s, ()) if c.start < part.start]
        named = whole_naming_the_part(part, whole, before, lang)
        named_by_noun = named is not whole
        whole = None if not named_by_noun and counted_apart_from(part, whole, before, lang) else named
        if named_by_noun and dated_before_the_story(named, part):
            whole = None  # (`지난해 수료생은 N명이었다 … 창업한 수료생은 P명으로 절반`: this year's group, unstated)
    if (
        whole is not None
        and not (share_verb or opened or named_by_noun)
        and _other_whole_right_before(part, whole, rate, by_sentence)
    ):
        whole = None  # a copula names no whole: the level right before may be it as well as the one further back
    if whole is not None:
        rate.share_part, rate.share_whole = part.id, whole.id
    elif not beside:
        # (a noun between: left to the whole that noun names, checker/link/fraction_shares_after_parts.py)
        rate.whole, rate.label = marked


# `1만2천명으로 출생아 10명 중 6명꼴이었다`: the level, then the noun the fraction counts (a word or two, no
# figure), then a fraction counted in the part's own counter (`N명 중 M명`)
_LEVEL_THEN_NOUN = ByLanguage(
    lambda w: rf"\s?(?:{w.level_particles})\s(?P<noun>[^\W\d_]{{1,12}}(?:\s[^\W\d_]{{1,12}})?)\s"
)
_POOL_WORD = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.parts_follow_spaced})(?![^\W\d_])")
_COUNTED_FRACTION = compile_exact(r"\d[\d,.]*\s?(?P<counter>[^\W\d_]{1,3})\s?[^\W\d_]{1,3}\s?\d")


def _counted_fraction_of_a_noun(part: Claim, rate: Claim, text: str, lang: str) -> bool:
    """`첫째아가 1만2천명으로 출생아 10명 중 6명꼴이었다`: the noun between the part's level and a fraction
    counted in the part's own counter names the whole the fraction is of (the story's count of it), as a fraction
    right after the level is. Words that draw the fraction from the part itself (`이 가운데 10명 중 3명`) are no
    such noun."""
    between = _LEVEL_THEN_NOUN[lang].fullmatch(text, part.end, rate.start)
    counted = _COUNTED_FRACTION.match(rate.text.strip())
    if between is None or counted is None or not part.counter:
        return False
    if _POOL_WORD[lang].search(between.group("noun")):
        return False
    return counted.group("counter") == part.counter


_NAMING_REACH = 12  # characters before a count where the words naming it stand (`이용 회원은 2,300명`)
_NAMING_CLAUSE_END = compile_exact(r"[,.;:!?\n]")


def _names_count(noun: str, count: Claim, text: str) -> bool:
    """Whether a word of the count's clause right before it is the noun or a form of it (`회원` for `이용 회원은`,
    `이용자` for `이용 주민은`: one word the start of the other, a letter or two apart)."""
    before = _NAMING_CLAUSE_END.split(text[max(0, count.start - _NAMING_REACH) : count.start])[-1]
    return any(
        (noun.startswith(w) or w.startswith(noun)) and abs(len(w) - len(noun)) <= 2 for w in NAMING_WORD.findall(before)
    )


# `주문 가운데 `: a sentence opening on a noun and the word that draws parts from it
_OPENING_POOL = ByLanguage(
    lambda w: rf"\s*(?P<noun>[^\W\d_]{{1,12}})\s(?:{w.parts_follow_spaced})\s", first_tested=False
)


def _whole_the_opening_pool_names(
    part: Claim, by_sentence: dict[int, list[Claim]], text: str, lang: str
) -> Claim | None:
    """The latest count before the part, of its counter and larger, whose clause names the noun the part's sentence
    opens on before a word drawing parts from it (`주문 가운데 …`); none when the sentence opens otherwise or two
    counts of one sentence are so named."""
    opening = _OPENING_POOL[lang].match(text, sentence_start(text, part.start))
    if opening is None or opening.end() > part.start:
        return None
    noun = opening.group("noun")
    named = [
        c
        for sentence in range(part.sentence + 1)
        for c in by_sentence.get(sentence, ())
        if c.start < opening.start()
        and c.kind == part.kind
        and c.unit == part.unit
        and c.counter == part.counter
        and c.role == "value"
        and c.low > part.high
        and _names_count(noun, c, text)
    ]
    if not named or sum(c.sentence == named[-1].sentence for c in named) > 1:
        return None
    return named[-1]


def _count_the_noun_names(
    part: Claim, rate: Claim, largest: Claim | None, by_sentence: dict[int, list[Claim]], text: str, lang: str
) -> Claim | None:
    """The whole of a fraction counted of a noun (`수강생 10명 중 7명꼴`): the largest count before it when the noun
    names that one or none other; else the latest count before the part of its counter, larger than it, that the
    noun names (words right before it)."""
    between = _LEVEL_THEN_NOUN[lang].fullmatch(text, part.end, rate.start)
    if largest is None or between is None:
        return largest
    noun = between.group("noun").split()[-1]
    if _names_count(noun, largest, text):
        return largest
    named = [
        c
        for sentence in range(largest.sentence, part.sentence + 1)
        for c in by_sentence.get(sentence, ())
        if c.start < part.start
        and c.kind == part.kind
        and c.unit == part.unit
        and c.counter == part.counter
        and c.role == "value"
        and _names_count(noun, c, text)
    ]
    if not named or sum(c.sentence == named[-1].sentence for c in named) > 1 or named[-1].low <= part.high:
        return largest  # (`유료 관람객이 8만명, 무료 관람객이 …`: a noun naming two counts of a sentence names parts)
    return named[-1]


def _other_whole_right_before(part: Claim, whole: Claim, rate: Claim, by_sentence: dict[int, list[Claim]]) -> bool:
    """The sentence right before the fraction's, when the guessed whole stands further back, states a level of the
    part's unit and counter larger than the part, and no share that makes it a part of a breakdown (`예산은 W이다.
    청년 사업에는 X를 쓴다. 문화 사업비는 P으로 3분의 1가량이다`: a copula names no whole, and X may be it as well
    as W). A restated whole is none such."""
    before = rate.sentence - 1
    if before <= whole.sentence:
        return False
    figures = by_sentence.get(before, ())
    if any(c.role == "share" for c in figures):
        return False  # (`A가 X로 전체의 40%를 차지했다`: a part of the breakdown, not a whole)
    return any(
        c.role == "value"
        and (c.kind, c.unit) == (part.kind, part.unit)
        and (not c.counter or not part.counter or c.counter == part.counter)
        and c.low > part.high
        and c.value != whole.value
        for c in figures
    )


def _shares_of_sums_apart(claims: list[Claim], text: str, by_id: dict[str, Claim], lang: str) -> None:
    """`A 예산이 251조원으로 전체의 37%를 차지했다. … 이들 3개 분야를 합하면 464조원으로 총지출의 69%다`:
    the share of a sum holds the shares of its parts, so it is checked against its whole alone, never
    added to the shares listed beside it (which would count a part twice)."""
    for rate in claims:
        part = by_id.get(rate.share_part or "")
        if part is None or not (rate.whole or "").startswith("of:"):
            continue
        if _SUM_MARK_BEFORE[lang].search(text, max(0, part.start - 16), part.start):
            rate.whole = None


def _may_hold_a_share(figures: list[Claim]) -> bool:
    """A cheap first test: every rule of a sentence's shares after its marked whole reads a percentage (or a
    fraction), so a sentence with none is skipped (tests/test_link_fast_paths.py reads every sentence)."""
    return any(c.kind in _SPLIT_SHARES for c in figures)


# `up 4% to 52,000 units, representing 31% of the overall market`; `… 48조원으로 늘어난다. 전체 예산의
# 12%를 차지`: a share named as of the story's total, after its part (in the part's sentence or the next).
_TOTAL_SHARE_BEFORE = ByLanguage(lambda w: rf"(?:{w.whole_share_before})\s*$", re.I)
# `회원은 모두 4천명으로, 올해 가입자는 그 15%다`: a demonstrative right before the share points at its whole
_DEMONSTRATIVE_WHOLE = ByLanguage(lambda w: rf"(?:{w.whole_share_demonstratives})\s?$")
_TOTAL_SHARE_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.whole_share_after})", re.I)
# `(45% of the evening's total)`: a total named by a period (the period word, right before the possessive)
_PERIOD_TOTAL_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.whole_share_after_period})", re.I)
_POSSESSED_WORD = compile_exact(r"([^\W\d_]+)['’]s\s")
# a possessive in a part's sentence: `Saturday's dinner`, `the gala's auction`
_NAMED_WORD = compile_exact(r"(?<![^\W\d_])([^\W\d_]+)(?=['’]s\s)")
# `to 72,000 units, accounting for 48% of registrations`: the verb makes the rate the share of the figure
# right before it in its clause (`Overseas sales accounted for 57%` names a part it does not state).
_SHARE_OF_PART_VERB = ByLanguage(lambda w: rf",\s*(?:{w.share_of_part_verbs})\s*$", re.I)
_TIME_WORD = ByLanguage(lambda w: rf"(?:{w.leading_time_words}|{w.previous})", re.I)
_PART_THEN_VERB = compile_exact(r"[^\d.;,]{0,30}")
# `20,000 units, 25% of all sales`: a share of `all` of something, right after its part.
_SHARE_OF_ALL_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.share_of_all_after})", re.I)
# `20,000 units, or 25% of sales`: a share set beside its part by an appositive mark, of a whole named by its noun
# (checked as one of `all` of something: the whole is of the part's kind).
_APPOSED_SHARE_BEFORE = ByLanguage(lambda w: rf",\s*(?:{w.appositive_share_marks})\s+$", re.I)
_SHARE_OF_NOUN_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.share_of_noun_after})", re.I)
# `accounted for 57,800 of them, or `: a share verb right before the part, then the part's comma and the mark.
_SHARE_VERB_BEFORE_PART = ByLanguage(
    lambda w: (
        rf"(?<!\w)(?:{w.share_verbs_before_part})\s+\d[\d,.]*[^\d.;,]{{0,30}},\s*(?:{w.appositive_share_marks})\s+$"
    ),
    re.I,
)
_CLAUSE_ENDS_AFTER = compile_exact(r"\s*(?:[.;]|$)")
# `of the frozen crop.`: one more word, the whole's noun, ends the share's clause after the word matched
_NOUN_ENDS_CLAUSE = compile_exact(r"[ \t]+(?P<noun>[^\W\d_]{3,})\s*(?:[.;,]|$)")
_QUALIFIER_REACH = 80  # characters either side of the guessed whole where its own words stand
# `drew 96,000 over 12 games, an average of 8,000, or 12% of the total`: an average restates a total per unit, it is
# no part of the story's total (the share is of the total the average is of)
_AVERAGE_MARK_BEFORE = ByLanguage(lambda w: rf"(?:{w.average_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
# `…, and storm claims $30m, so medical cover accounted for 40% of the total`: a share verb after a clause joint and a
# subject of its own: the share is of the part that subject names, not of the figure listed last
_OWN_SUBJECT_BEFORE = ByLanguage(
    lambda w: (
        rf",\s*(?:{w.share_subject_clause_opens})\s+(?:[^\W\d_]+\s+){{1,3}}(?:{w.share_verbs_before_part})\s+"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
# between a part and the share of `the total` beside it: a particle or a comma, and the mark (`으로 전체의 `, `, `)
_BESIDE_ITS_PART = compile_exact(r"[^\d.;:!?()\n]{0,12}")
_PART_THEN_COMMA = ByLanguage(lambda w: rf"[^\d.;,]{{0,30}},\s*(?:(?:{w.appositive_share_marks})\s+)?", re.I)


def _fraction_beside_its_part(part: Claim, rate: Claim, text: str, lang: str) -> bool:
    """`P, almost half of the total`, `P으로 전체의 4분의 1`: a fraction right beside its part; or set off from it by
    the comma that closes the part's own words (`P calls by phone, about a fifth of the total`)."""
    return bool(
        _BESIDE_ITS_PART.fullmatch(text, part.end, rate.start)
        or _PART_THEN_COMMA[lang].fullmatch(text, part.end, rate.start)
    )


def _period_total_after(
    rate: Claim, leads: list[Claim], text: str, lang: str, sentence_starts: list[int]
) -> tuple[re.Match[str], Claim] | None:
    """`C$900,000 (50% of the night's total)`: a share of the total of a period, the story's total when a sentence
    stating the story's first amount (the headline's or the body's) names that period (`raised C$1.8 million on
    Friday night`); a period the lead does not name (`over the weekend … 40% of the day's total`) is a part of the
    story's, whose total is not said. With the match, the lead amount whose sentence names the period: the whole."""
    found = _PERIOD_TOTAL_AFTER[lang].match(text, rate.end)
    word = _POSSESSED_WORD.search(found.group()) if found is not None else None
    if word is None:
        return None
    named = re.compile(rf"(?<![^\W\d_]){re.escape(word.group(1))}(?![^\W\d_])", re.I)
    for lead in leads:
        if lead.sentence >= len(sentence_starts):
            continue
        start = sentence_starts[lead.sentence]
        end = sentence_end(sentence_starts, lead.sentence, len(text))
        if named.search(text, start, end):
            return found, lead
    return None


def _names_another_period(part: Claim, lead: Claim, text: str, sentence_starts: list[int]) -> bool:
    """`Saturday's dinner brought in $900,000, 40% of the night's total`: the part's own sentence names, before the
    part, a possessive the lead's sentence does not (another day's, another event's): the period's total is that
    one's, not the story's."""
    if part.sentence == lead.sentence or part.sentence >= len(sentence_starts):
        return False
    lead_start = sentence_starts[lead.sentence]
    lead_end = sentence_starts[lead.sentence + 1] if lead.sentence + 1 < len(sentence_starts) else len(text)
    lead_words = {w.casefold() for w in LETTER_WORD.findall(text, lead_start, lead_end)}
    start = sentence_starts[part.sentence]
    return any(w.group(1).casefold() not in lead_words for w in _NAMED_WORD.finditer(text, start, part.start))


def _priced_in_its_sentence(part: Claim, by_id: dict[str, Claim]) -> bool:
    """Whether the figure is a price per one of a count, its total stated before it in its sentence (`£9,000 from 600
    runners at £15`: checker/link/totals_from_priced_counts.py): no part of any whole a share is of."""
    total = by_id.get(part.per_unit_of or "")
    return total is not None and total.sentence == part.sentence and total.end <= part.start


def _shares_of_the_total(
    claims: list[Claim],
    text: str,
    largest: dict[str, Claim],
    by_id: dict[str, Claim],
    lang: str,
    sentence_starts: list[int],
) -> None:
    """The part is the last figure stated before the share (a baseline or a change between is
    passed over, another share is not); the total is the whole the part is marked a part of (`연봉 X
    가운데 Y`), or else the largest figure of the part's unit stated before the part — found by size,
    not named, so a guess."""
    figures = prose_figures(claims)
    figures_by_sentence = prose_by_sentence(claims)
    story = story_period(figures)
    # (the story's; a bound, a headline's `50만명 돌파`, `tops 1m`, states no amount: the lead's figure is the first)
    first_amount = next((c for c in figures if c.kind in AMOUNTS and c.role == "value" and math.isfinite(c.high)), None)
    # (the headline's and the body's first amounts: the sentences where the story names its period)
    lead_amounts = [first_amount] if first_amount is not None else []
    if first_amount is not None and first_amount.paragraph == 0:
        body_first = next((c for c in figures if c.kind in AMOUNTS and c.role == "value" and c.paragraph > 0), None)
        lead_amounts += [body_first] if body_first is not None else []
    for position, rate in enumerate(figures):
        if rate.kind not in ("percent", "fraction") or rate.role != "share" or rate.share_part is not None:
            continue  # (`a third of the total`, `절반`: a share stated as a fraction, of a marked whole only)
        if rate.kind == "fraction" and _restated_by_the_next(rate, figures, position, text, lang):
            continue  # (`전체의 절반이 넘는 51%`: the fraction hedges the percent after it, whose share it is)
        if _RUN_OF_WHOLE_BEFORE[lang].search(text, max(0, rate.start - 16), rate.start):
            continue  # (`A 9억원, B 6억원으로 각각 전체의 30%, …`: a run of shares, of as many parts, or none)
        after = _TOTAL_SHARE_AFTER[lang].match(text, rate.end)
        period_lead = None  # (`45% of the night's total`: the lead amount whose sentence names the night)
        if after is None:
            period_total = _period_total_after(rate, lead_amounts, text, lang, sentence_starts)
            if period_total is not None:
                after, period_lead = period_total
        # (`전체의 절반이 넘는 51%`: the whole named before the fraction that hedges the percent)
        hedged = position and _restated_by_the_next(figures[position - 1], figures, position - 1, text, lang)
        opens = figures[position - 1].start if hedged and figures[position - 1].kind == "fraction" else rate.start
        named = after or _TOTAL_SHARE_BEFORE[lang].search(text, max(0, opens - 16), opens)
        verb = None if named else _SHARE_OF_PART_VERB[lang].search(text, max(0, rate.start - 24), rate.start)
        of_all = None if named or verb else _SHARE_OF_ALL_AFTER[lang].match(text, rate.end)
        bare = None
        qualifier = None  # `, or 40% of the frozen crop`: the word before the whole's noun, naming a part of the total
        qualified = None  # (and that noun: `crop`)
        if not (named or verb or of_all) and _APPOSED_SHARE_BEFORE[lang].search(
            text, max(0, rate.start - 30), rate.start
        ):
            of_all = _SHARE_OF_NOUN_AFTER[lang].match(text, rate.end)
            if of_all is not None and (ends := _NOUN_ENDS_CLAUSE.match(text, of_all.end())):
                qualifier = text[of_all.start() : of_all.end()].split()[-1]
                qualified = ends.group("noun")
            if of_all is None and _CLAUSE_ENDS_AFTER.match(text, rate.end):
                # `Cameras accounted for 57,800 of them, or 31 per cent.`: a bare share of a part a share verb took,
                # of the story's total (as `of the total`: the largest figure before, of any noun for a bare count)
                bare = _SHARE_VERB_BEFORE_PART[lang].search(text, max(0, rate.start - 60), rate.start)
                of_all = bare
        if not (named or verb or of_all):
            continue
        part = None
        for index in range(position - 1, -1, -1):  # (walked back in place: no copy of the figures before)
            candidate = figures[index]
            if rate.sentence - candidate.sentence > 1 or (candidate.kind == "percent" and candidate.role == "share"):
                break  # too far back, or the share of another part stands between
            if candidate.kind in AMOUNTS and candidate.role == "value" and math.isfinite(candidate.high):
                # (`5만원대 우산은 … 전체의 40%`: an amount labelling a band of prices is the part's name, not it)
                if not _PRICE_BAND_AFTER[lang].match(text, candidate.end):
                    part = candidate  # (a bound passed, `50조원을 넘었다`, `topped $1bn`, is no part)
                break
        if part is None or joins_whole_to_share(part, rate, text, lang):
            continue  # `전체 회원 6250만명의 65.9%에 해당`: the figure the genitive joins to the share is its whole
        if _priced_in_its_sentence(part, by_id):
            continue  # (`£9,000 from 600 runners at £15, or 30 per cent of takings`: a price each paid, no part)
        if _DEMONSTRATIVE_WHOLE[lang].search(text, max(0, rate.start - 4), rate.start):
            continue  # `모두 4천명으로, 올해 가입자는 그 15%`: the figure before is the whole, the part not stated
        # `… 6,300 apples and 2,700 pears. Apples made up 70% of the total`: the member the share's subject names
        named_members = members_named_by_subject(
            part, rate, figures_by_sentence[part.sentence], text, lang, sentence_starts
        )
        if len(named_members) > 1:
            continue  # (the subject names several members: none told apart, and the last figure no more than they)
        part = named_members[0] if named_members else part
        if not named_members:
            dated = _member_of_the_shares_period(part, rate, figures_by_sentence[part.sentence], sentence_starts)
            if dated is None:
                continue  # (`3월 90톤, 4월 150톤, 5월 100톤 … 4월 어획량이 전체의 40%`: another period's, no part)
            part = dated
        # `First: $9,000` / `Second: $4,000` / `The first prize, 36% of the purse`: the line its subject names
        if part is figures[index]:
            part = member_of_labelled_lines(part, rate, figures, index, text, lang, sentence_starts)
            if part is None:
                continue
        if one_counted_in_words(part):
            continue  # `북면 한 곳이 전체 생산량의 45%를 차지`: the member alone, its share of an amount said elsewhere
        if _AVERAGE_MARK_BEFORE[lang].search(text, max(0, part.start - 32), part.start):
            continue  # `an average of 8,000, or 12% of the total`: an average is no part of the total
        if part.sentence == rate.sentence and _OWN_SUBJECT_BEFORE[lang].search(
            text, max(0, rate.start - 80), rate.start
        ):
            continue  # `…, so medical cover accounted for 40% of the total`: the share names its own part
        if verb and (part.sentence != rate.sentence or not _PART_THEN_VERB.fullmatch(text, part.end, verb.start())):
            continue
        if of_all and (
            part.sentence != rate.sentence or not _PART_THEN_COMMA[lang].fullmatch(text, part.end, rate.start)
        ):
            continue  # `20,000 units, 25% of all sales`: the part right before, in the share's clause
        # (`윗못에만 전체의 절반이 넘는 51%`: past the fraction that hedges the share, a subject read back from the
        # share is the fraction's noun phrase; the member its opening named stands)
        member_named = bool(named_members) and bool(hedged)
        if not named_members:
            # (`1등급 200상자, …, 등외 900상자다. 크고 단단한 1등급이 전체의 10%`: the member the subject names)
            part, member_named = member_named_before_whole(part, rate, figures_by_sentence[part.sentence], text, lang)
            if part is None:
                continue
        if names_another_member(part, rate, text, lang):
            continue  # `가람군 3050㏊, 나래군 2070㏊로, 다온군이 전체의 40%`: the share's subject heads another figure
        if names_another_one_letter_member(part, rate, text, lang):
            continue  # `시 900편, 산문 600편으로 … 시가 전체의 60%`: a one-letter subject heading another member
        if not member_named and names_another_subject(part, rate, text, lang):
            continue  # `기타 예산은 149조원이다. 보건 예산은 전체의 37%`: the share's clause names its own part
        if names_its_part_after(part, rate, text, lang):
            continue  # `예산은 W다. 보수에 P를 배정했다. 전체 예산의 Z%는 축제에 쓰인다`: the share names another part
        if after and _TIME_WORD[lang].search(text, max(0, part.start - 8), rate.start):
            continue  # `지난해 수준의 95%에 해당`, `지난해(X)의 95%`: of another period's figure, not of a total
        if period_lead is not None:
            # the period's total is the amount of the lead sentence naming the period, for a part whose own sentence
            # names no other day or event (`Saturday's dinner brought in $900,000, 40% of the night's total`)
            if period_lead.start < part.start and not _names_another_period(part, period_lead, text, sentence_starts):
                whole = _guessed_whole(part, rate, period_lead)
                if whole is not None:
                    rate.share_part, rate.share_whole = part.id, whole.id
            continue
        marked = by_id.get(part.share_whole or part.part_of or "")
        before = figures[:position]  # (taken once per share that found its part; the rules below read it whole)
        if marked is not None and rival_total_before(marked, part, before):
            continue  # two totals before the breakdown (the company's and its industry's): which, not said
        # (a total stated after the share, `…, or 40% of the total. … together $430bn`, is not yet `the total`)
        if marked is not None and marked.high > part.high and marked.start < rate.start:
            rate.whole = rate.whole or f"of:{marked.id}"  # shares of one whole add up to at most 100%
            rate.label = rate.label or part.id
            rate.share_part, rate.share_whole = part.id, marked.id
            continue
        listed = _listed_beside(part, figures_by_sentence[part.sentence], text, lang)
        keyed = _wholes_of_its_metric([c for c in before if c.id not in listed] if listed else before, part)
        if len(keyed) == 1:
            # `반도체 수출이 230억달러로 전체의 37%`: the total of the part's own metric, not the story's largest count
            whole = _guessed_whole(part, rate, keyed[0])
            if whole is not None:
                rate.share_part, rate.share_whole = part.id, whole.id
            continue
        if rate.kind == "fraction" and not (
            named and part.sentence == rate.sentence and _fraction_beside_its_part(part, rate, text, lang)
        ):
            # a fraction's whole only as marked: by size, `a third of the total` finds a valuation; but a fraction
            # of `the total` right beside its part (`P으로 전체의 4분의 1`, `P, almost half of the total`) is the
            # part's, as a percent there is
            continue
        guessed = largest.get(part.id)
        if guessed is None and (named or bare) and part.kind == "count":
            guessed = _largest_count_before(before, part, text, lang, sentence_starts)
        if guessed is not None and _dated_apart(guessed, part, before):
            # `revenue of $120m, down from the second quarter's $131m. … $48m, or 40% of revenue`: the largest
            # figure dated by its own words to another period is no whole of this period's part; this period's is
            guessed = _largest_of_period(before, part, _period_of(part, before))
        if guessed is not None and part.kind == "count" and not part.counter and guessed.counter:
            # `handled 250,000 calls. … 480,000 residents. Calls about parking numbered 80,000, or 32% of the total`:
            # a bare count is of the largest count whose noun its own sentence names, not of another population
            guessed = _largest_count_named_beside(before, part, guessed, text, lang)
        if (
            rate.kind == "fraction"
            and guessed is not None
            and guessed.metric != part.metric
            and not (_names_no_metric(part) and _restates(guessed, first_amount))
            and not _counts_the_same_noun(part, guessed)
        ):
            # `valued at $9.4bn. … sales were $3.1bn, about a third of the total`: by size, no whole of it; but a part
            # whose own words name no metric is of the story's first amount when that is the largest (`Sales rose
            # to $90m. … Gift packs brought in $31m, more than a third of the total`)
            continue
        by_kind = None
        if (
            guessed is not None
            and not _same_kind_of_figure(part, guessed)
            and (verb or (of_all and not bare) or metrics_differ(part, guessed))
        ):
            # `exports of $50bn, accounting for 30% of GDP`: a whole the text names but does not state; the
            # story's largest figure of another kind (imports beside exports) is passed over for one of the part's
            # (`car exports of ¥1.3tn, or 16% of the total`: the total of the part's own metric, when one is stated)
            by_kind = _largest_of_its_kind(before, part)
            if by_kind is None and (verb or (of_all and not bare)):
                continue
            guessed = by_kind or guessed
        if guessed is not None and guessed.sentence != part.sentence:
            # (`Exports rose to 14,600 tonnes, with three ports taking 9,200 between them, two thirds of the total`:
            # the level the part's own sentence opens on, larger than the part and not listed beside it, is the
            # total the share is of, not the story's larger figure further back)
            own = _own_level_before(figures_by_sentence[part.sentence], part, listed)
            if own is not None:
                guessed = own
        if guessed is not None and guessed.id in listed:
            # `oil 1.12m barrels and gas 1.02m, or 48% of the total`, `A cost $5m, B $1m and C $3m. C made up a third
            # of the total`: listed beside it, no whole of it
            continue
        if keyed and guessed is not None and metrics_differ(part, guessed):
            continue  # totals of the part's metric stand before it: the largest figure of another is none of them
        if guessed is not None and guessed is not by_kind and has_rival_whole(guessed, part, figures_by_sentence):
            continue  # `2만명을 뽑는 데 42만명이 지원`: two totals side by side, the share of either (rival_wholes.py)
        if guessed is not None and dated_off_the_story(part, guessed, story):
            # `… For the nine months, M blades. ¶ The plant made P blades in the quarter, Z% of the total`: of the
            # story's period, not of an aside's (checker/link/wholes_of_the_story_period.py)
            guessed = largest_of_the_story(before, part, story) or guessed
        if guessed is not None and named and part.sentence != guessed.sentence:
            # `참여자가 N명 … 신청자는 M명 … 고령 참여자는 P명으로 전체의 Z%`: the total that names the part's noun
            guessed = whole_naming_the_part(part, guessed, before, lang)
        if guessed is not None and guessed.id == largest.get(part.id, part).id:
            # `보관 용량은 …15,000상자로 … 출하량은 4,000상자 … 전체 출하량의 10%`: the figure the whole's noun names
            guessed = whole_named_by_noun(guessed, before, part, rate, text, lang)
        if guessed is not None and qualifier and _named_before_apart(qualifier, guessed, part, text):
            # `… 50,000 tonnes, fresh berries 30,000 and frozen 20,000. … Oregon grew 15,000 tonnes, or 75% of the
            # frozen crop`: a whole's noun qualified by a word that named another figure before is that part's
            # group, not the story's total found by size
            continue
        if guessed is not None and qualifier and subgroup_of_its_count(qualifier, qualified, guessed, part, text, lang):
            continue  # (`…, or 45% of foreign pickers` after `hired 400 pickers`: of a group within the count)
        whole = _guessed_whole(part, rate, guessed)
        if whole is not None:
            # (`the limit` was B and is A: the share may be of either, checker/link/wholes_agreeing.py)
            moved = whole_or_its_earlier(rate, part, whole, figures_by_sentence[whole.sentence])
            if moved is not whole and rate.whole == f"of:{whole.id}":
                rate.whole = f"of:{moved.id}"
            rate.share_part, rate.share_whole = part.id, moved.id


def _member_of_the_shares_period(
    part: Claim, rate: Claim, sentence_figures: list[Claim], sentence_starts: list[int]
) -> Claim | None:
    """The part a share dated in its own sentence is of (`3월 90톤, 4월 150톤, 5월 100톤이 잡혔다. 4월 어획량이 전체의
    40%`, `March 90 tonnes, April 150 … April's catch was 40% of the total`): a part of another period than the one
    the share's sentence names is no part of it; the one figure of that period in the part's sentence, of its kind and
    unit, is. A share not dated in its own sentence, or a part of its period, keeps the part."""
    span = rate.period_span
    if (
        rate.period is None
        or part.period is None
        or rate.period == part.period
        or span is None
        or part.sentence == rate.sentence
        or rate.sentence >= len(sentence_starts)
        or span.start < sentence_starts[rate.sentence]
        or span.start > rate.start
    ):
        return part
    same = [
        c
        for c in sentence_figures
        if (c.kind, c.unit) == (part.kind, part.unit) and c.role == "value" and c.period == rate.period
    ]
    return same[0] if len(same) == 1 else None


def _own_level_before(sentence_figures: list[Claim], part: Claim, listed: set[str]) -> Claim | None:
    """The first figure of the part's sentence, before the part, of its kind and unit and larger than it: a level
    stated as a value, no part of a list and no figure per unit."""
    first = next((c for c in sentence_figures if c.kind in AMOUNTS), None)
    if first is None or first is part or first.start >= part.start or first.id in listed:
        return None
    if first.role != "value" or first.per_unit_of or first.part_of or not _alike(first, part):
        return None
    return first if first.low > part.high else None


def _alike(one: Claim, other: Claim) -> bool:
    return (one.kind, one.unit, one.counter or "") == (other.kind, other.unit, other.counter or "")


def _counts_the_same_noun(part: Claim, whole: Claim) -> bool:
    """Whether two counts count the same noun (`90,000 calls` … `staff took 18,000 calls by phone`): the part is of
    that count, whatever metric the words around it carry (`staff` read as a headcount)."""
    return part.kind == whole.kind == "count" and bool(part.counter) and part.counter == whole.counter


def _names_no_metric(part: Claim) -> bool:
    """Whether the part's own words name no metric: none, or one carried over from the sentence before (a guess:
    `단체 관람 비중은 …. 노인은 P명으로 전체의 3분의 1`, the rate's noun carried onto the count after it)."""
    return part.metric is None or "metric" in part.guesses


def _restates(whole: Claim, first: Claim | None) -> bool:
    """Whether `whole` states the story's first amount (or restates it: a headline's figure in the lead); the first
    amount is found once per article, not once per share."""
    return first is not None and first.unit == whole.unit and first.low == whole.low and first.high == whole.high


def _named_before_apart(word: str, whole: Claim, part: Claim, text: str) -> bool:
    """Whether the word stands before the part, away from the whole's own words (naming another figure)."""
    low, high = max(0, whole.start - _QUALIFIER_REACH), whole.end + _QUALIFIER_REACH
    pattern = re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", re.I)
    return any(not low <= m.start() < high for m in pattern.finditer(text, 0, part.start))


def _period_of(part: Claim, before: list[Claim]):
    """The part's period as its own words date it; for a part they do not date, the story's: that of the first
    figure of its unit and kind the text dates by its own words (a period guessed for the part may be a coarser
    one than its whole's, `2026` for `1~3분기`)."""
    if part.period and "period" not in part.guesses:
        return part.period
    for claim in before:
        if (claim.unit, claim.kind) == (part.unit, part.kind) and claim.role == "value" and claim.period:
            return None if "period" in claim.guesses else claim.period
    return None


_YEAR_DAYS = 366  # days from the end of a whole's span to the start of the part's, at most, for it to be dated apart


def _dated_apart(whole: Claim, part: Claim, before: list[Claim]) -> bool:
    """A figure its own words date to another period of the same length than the part's (the part's own, or else
    the story's): `the second quarter's` beside a third quarter. (A year beside a month may be a slip of the dating,
    `the best since 2020`, or a running total: left to the rules above.)"""
    if not whole.period or "period" in whole.guesses:
        return False
    period = _period_of(part, before)
    if not period or whole.period == period:
        return False
    # (`지난해 방문객 … 1분기 단체 방문객은 … 전체 방문객의 9%`, invented: a whole of a span that ended within the year
    # before the part's began holds none of it, whatever the lengths; a year further back may be a slip of the dating,
    # `the best since 2020 with …`)
    gap = period.bounds()[0] - whole.period.bounds()[1]
    return whole.period.grain == period.grain or 0 < gap.days <= _YEAR_DAYS


def _largest_of_period(before: list[Claim], part: Claim, period) -> Claim | None:
    """The largest figure of the part's unit, kind and counter before it, larger than it, that its words date to
    `period` or to none."""
    best = None
    for claim in before:
        if (claim.unit, claim.kind, claim.counter) != (part.unit, part.kind, part.counter) or claim.forecast:
            continue
        if claim.role != "value" or claim.furniture or claim.low <= part.high:
            continue
        if claim.period and claim.period != period and "period" not in claim.guesses:
            continue
        if best is None or claim.value > best.value:
            best = claim
    return best


_SENTENCE_REACH = 240  # characters back from a part to look for the start of its sentence


def _largest_count_named_beside(before: list[Claim], part: Claim, guessed: Claim, text: str, lang: str) -> Claim:
    """The largest count before a bare count whose noun the bare count's sentence names (`Calls about parking
    numbered 80,000` names `calls`), when the largest count of any noun (`guessed`) counts a noun it does not
    name; with no such count, `guessed` stands."""
    opening = max(0, part.start - _SENTENCE_REACH)
    sentence = text[opening : part.start]
    cut = max(sentence.rfind(". "), sentence.rfind("\n"))
    sentence = sentence[cut + 1 :] if cut >= 0 else sentence
    words = {word.lower() for word in LETTER_WORD.findall(sentence)}
    if _names_the_noun(words, guessed.counter):
        return guessed
    found = None
    for claim in before:
        if claim.start >= part.start or claim.kind != "count" or claim.unit != part.unit or claim.role != "value":
            continue
        if not claim.counter or claim.forecast or claim.furniture or claim.low <= part.high:
            continue
        if _names_the_noun(words, claim.counter) and (found is None or claim.value > found.value):
            found = claim
    return found or guessed


def _names_the_noun(words: set[str], noun: str) -> bool:
    """Whether one of `words` is `noun` or a form of it (`call`, `calls`: checker/link/inflections.py)."""
    return any(names_word(word, noun) for word in words)


def _wholes_of_its_metric(before: list[Claim], part: Claim) -> list[Claim]:
    """The totals a share named as of `all` (`전체의 34%`, `of the total`) may be of, by key: the figures stated before
    the part that name the part's metric in their own words (not carried over), of its unit, kind and counter (or
    no counter on either: a bare count of the metric),
    larger than it and not stated for another period. One figure (restated or not) is the whole; two that differ (a
    total and a larger part of it, or totals of two periods) are candidates the size must choose between; none, or a
    part whose metric is a guess, leave the choice to the rules below."""
    if not part.metric or "metric" in part.guesses:
        return []
    found: list[Claim] = []
    for claim in before:
        if claim.end > part.start or claim.role != "value" or claim.forecast or claim.furniture:
            continue
        if (claim.unit, claim.kind) != (part.unit, part.kind) or (
            claim.counter != part.counter and claim.counter and part.counter
        ):
            continue  # (a bare count of the part's metric counts what the metric names: `Admissions rose to 14.2m`)
        if claim.metric != part.metric or "metric" in claim.guesses or periods_differ(claim, part):
            continue
        if math.isfinite(claim.high) and claim.low > part.high:
            found.append(claim)
    if found and all(claim.low <= found[-1].high and found[-1].low <= claim.high for claim in found):
        return [found[-1]]
    return found


def _largest_of_its_kind(before: list[Claim], part: Claim) -> Claim | None:
    """The largest figure stated before `part` that counts what it counts or is of its metric (`_same_kind_of_figure`),
    larger than it and not stated for another period: its whole, found by size, so a guess."""
    found = None
    for claim in before:
        if claim.end > part.start or claim.role != "value" or claim.forecast or claim.furniture:
            continue
        if (claim.unit, claim.kind) != (part.unit, part.kind) or claim.low <= part.high or periods_differ(claim, part):
            continue
        if _same_kind_of_figure(part, claim) and (found is None or claim.value > found.value):
            found = claim
    return found


# `4,935 visits per operating day`: after a count's noun, the unit it is averaged over.
_AVERAGE_AFTER = ByLanguage(lambda w: rf"[^\d.;,]{{0,20}}?(?<!\w)(?:{w.average_after})", re.I)


def _largest_count_before(
    before: list[Claim], part: Claim, text: str, lang: str, sentence_starts: list[int]
) -> Claim | None:
    """`A total of 250,000 new cars were registered. … 100,000 cars, or 40% of the total`: a share named as of the
    total, of a count whose noun no count before it repeats, is of the story's largest count before it that names
    what it counts (of any noun), larger than the part and not stated for another period — found by size, so a
    guess. A count of the part's own noun before it leaves the choice unsaid, unless it is an average (`per day`).
    A count whose words after its first name the part's noun (`250 ferry calls` for `50 calls`) counts it, and so
    does a bare count whose sentence opens with the noun (`Calls rose 4% to 250`): with no count of the part's own
    counter before, the largest such is the whole, before any count of another noun."""
    found = None
    own_noun_before = any(
        claim.start < part.start
        and claim.kind == "count"
        and claim.counter == part.counter
        and claim.role == "value"
        and not _AVERAGE_AFTER[lang].match(text, claim.end)
        and not _compound_count(claim)
        for claim in before
    )
    if part.counter and not own_noun_before:
        named = [
            claim
            for claim in before
            if claim.start < part.start
            and claim.kind == "count"
            and claim.unit == part.unit
            and claim.role == "value"
            and (claim.counter != part.counter or _compound_count(claim))
            and not (claim.forecast or claim.furniture or periods_differ(claim, part))
            and claim.low > part.high
            and not _AVERAGE_AFTER[lang].match(text, claim.end)  # (`1,800 passengers per call` counts passengers)
            and (
                # (`1,800 member farms`: a compound whose last noun is the part's names it, as its words after did)
                (claim.counter == part.counter or _counts_the_noun(claim, part.counter, text, lang))
                if claim.counter
                # `Guest nights rose 7% to 1.08 million`: a bare count of the noun its sentence opens with
                else any(names_word(word, part.counter) for word in subject_words(claim, text, lang, sentence_starts))
            )
        ]
        if named:
            return max(named, key=lambda claim: claim.value)
    for claim in before:
        if claim.start >= part.start or claim.kind != "count" or claim.unit != part.unit or claim.role != "value":
            continue
        if claim.counter == part.counter:
            if _AVERAGE_AFTER[lang].match(text, claim.end):
                continue  # `4,935 visits per operating day`: an average, no total the part may be of
            return None  # a count of the part's own noun before it: that or the larger one, the size does not tell
        if not claim.counter:
            continue  # a bare number (`422.7 million`) may count anything: barrels in store, not a day's output
        if claim.forecast or claim.furniture or claim.low <= part.high or periods_differ(claim, part):
            continue
        if found is None or claim.value > found.value:
            found = claim
    return found


def _compound_count(claim: Claim) -> bool:
    """Whether a count is written as a noun compound, its counter the last word (`1,800 member farms`): it names
    its noun as a count with the noun in its words after the first does (`_counts_the_noun`)."""
    return (
        bool(claim.counter) and claim.text.endswith(claim.counter) and _COMPOUND_WRITTEN.search(claim.text) is not None
    )


_COMPOUND_WRITTEN = compile_exact(r"[^\W\d_]{2,}\s+[^\W\d_]+$")
_NOUN_WORDS_AFTER = compile_exact(r"(?:\s+[^\W\d_]+){1,2}")
_SCOPE_STOP = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", re.I)


def _counts_the_noun(count: Claim, noun: str, text: str, lang: str) -> bool:
    """Whether the words right after a count's first word name `noun` (`250 ferry calls`: the counter read is
    `ferry`, the noun it counts is `calls`), up to a word that ends the noun's phrase."""
    words = _NOUN_WORDS_AFTER.match(text, count.end)
    for word in words.group().split() if words is not None else ():
        if _SCOPE_STOP[lang].fullmatch(word):
            return False
        if names_word(word, noun):
            return True
    return False


def _same_kind_of_figure(part: Claim, whole: Claim) -> bool:
    """Whether a figure counts what the part counts (`72,000 units` of `150,000 units`) or is of its metric, as
    their own words say."""
    if part.counter and part.counter == whole.counter:
        return True
    if part.kind == whole.kind == "measure" and part.unit and part.unit == whole.unit:
        return True  # `11.8 million tonnes, or 40% of production`: tonnes of tonnes, as a count of its counter
    return bool(
        part.metric and part.metric == whole.metric and "metric" not in part.guesses and "metric" not in whole.guesses
    )


# `with 12 per cent market share, it carried 2.3 million passengers`, `점유율 40%로 1위였다. 판매량은 320만대였다`:
# a market share first, then the figure it is the share of.
_MARKET_SHARE_BEFORE = ByLanguage(lambda w: rf"(?:{w.market_share_before})\s*$", re.I)
_MARKET_SHARE_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.market_share_after})", re.I)


# between a figure and the market share set beside it (`21.5m customers, a market share of`, `1100만명으로 점유율`): a
# comma or a level particle after the figure's noun, then the share's words; no figure, no other clause between
_PART_THEN_MARKET_SHARE = ByLanguage(
    lambda w: rf"[^\d.;:!?,]{{0,20}}?(?:,\s*|(?:{w.level_particles}),?\s)[^\d.;:!?,]{{0,24}}", re.I
)


def _market_share_then_its_part(claims: list[Claim], text: str, lang: str) -> None:
    """The part is the first figure stated after the share, in its sentence or the next, before any
    other share; the whole is the largest figure of the part's unit stated before the share and not
    dated to another period (the market's total) — found by position and size, so a guess."""
    figures = prose_figures(claims)
    for position, rate in enumerate(figures):
        if rate.kind != "percent" or rate.role != "share" or rate.share_part is not None:
            continue
        if not (
            _MARKET_SHARE_AFTER[lang].match(text, rate.end)
            or _MARKET_SHARE_BEFORE[lang].search(text, max(0, rate.start - 24), rate.start)
        ):
            continue
        if part_stated_right_before(figures, position, text, _PART_THEN_MARKET_SHARE[lang]):
            continue  # `has 21.5m customers, a market share of 33%`: the share is of the figure its clause states first
        part = None
        for candidate in figures[position + 1 :]:
            if candidate.sentence - rate.sentence > 1 or candidate.kind == "percent":
                break  # too far on, or another rate (the next share) comes first
            if "\n" in text[rate.end : candidate.start]:
                break  # (`점유율은 80%에 이른다.`, then a paragraph on its audience: a new topic, no part of it)
            if candidate.kind in AMOUNTS and candidate.role == "value":
                part = candidate
                break
        whole = _guessed_whole(part, rate, _largest_of_its_period(figures, part)) if part is not None else None
        if whole is not None and whole.end <= rate.start:
            rate.share_part, rate.share_whole = part.id, whole.id


def _labelled_shares(claims: list[Claim], text: str, by_id: dict[str, Claim], lang: str) -> None:
    """`- Carrier A: 4.2 million;` … then `- Carrier A: 41%;`: a share on a line labelled like a line
    before it that gives a part of a total is the share of that part in the total."""
    amounts: dict[str, Claim | None] = {}
    for item in labelled_figures(claims, text, lang):
        claim = item.claim
        if claim.kind in AMOUNTS and claim.role == "value" and item.bare:
            # A label given twice names two figures: no share can tell which it is of.
            amounts[item.label] = None if item.label in amounts else claim
        elif claim.kind == "percent" and claim.role == "share" and claim.share_part is None and item.bare:
            part = amounts.get(item.label)
            whole = by_id.get(part.part_of) if part is not None and part.part_of else None
            if whole is not None:
                claim.share_part, claim.share_whole = part.id, whole.id
                claim.whole = claim.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
                claim.label = claim.label or part.id
                claim.guesses = sorted(set(claim.guesses) | set(whole.guesses))


# `인센티브는 최대 6억원이다. 23%의 비중이다.`, `옵션 1억원이다. 옵션 비중은 4%로 낮다.`: a share noun beside the rate.
_SHARE_NOUN_AFTER = ByLanguage(lambda w: rf"\s*(?:(?:{w.genitive})\s*)?(?:{w.share_nouns})", re.I)
_SHARE_NOUN_BEFORE = ByLanguage(lambda w: rf"(?:{w.share_nouns})\s*(?:{w.topic_particles})?\s*$", re.I)


def _share_of_the_part_before(
    claims: list[Claim], text: str, by_id: dict[str, Claim], lang: str, sentence_starts: list[int]
) -> None:
    """A share stated in the sentence after its part, before any figure of its own sentence, is the
    share of the last figure of the sentence before, in the whole that figure is linked to (a listed
    part's total, or the whole marked before it: `총액 18억원 가운데 4억원이 …. 22%의 비중이다`), or of the
    member of that list the share's subject names (checker/link/shares_of_named_members.py)."""
    figures = prose_figures(claims)
    figures_by_sentence = prose_by_sentence(claims)
    for position, rate in enumerate(figures):
        if rate.kind != "percent" or rate.role != "share" or rate.share_part is not None or not position:
            continue
        if not (
            _SHARE_NOUN_AFTER[lang].match(text, rate.end)
            or _SHARE_NOUN_BEFORE[lang].search(text, max(0, rate.start - 12), rate.start)
        ):
            continue
        part = figures[position - 1]
        if part.sentence != rate.sentence - 1 or part.kind not in AMOUNTS or part.role != "value":
            continue  # the share's own sentence states a figure before it, or the one before ends in none
        if names_another_subject(part, rate, text, lang, in_clause=False):
            continue  # `기타 예산은 149조원이다. 보건 예산은 전체의 37%`: the share's clause names its own part
        # `단독주택이 600채, 아파트가 400채였다. 단독주택 비중은 60%다`: the member the share's subject names
        # (a subject naming several members, `카메라 비중` over `미러리스 카메라 …, 필름 카메라 …, 수리 …`, with no
        # word telling one apart, is of none: never of the last figure, which it does not name)
        named_members = members_named_by_subject(
            part, rate, figures_by_sentence[part.sentence], text, lang, sentence_starts, tell_apart=True
        )
        if len(named_members) > 1:
            continue
        named = named_members[0] if named_members else None
        part = named or part
        whole = by_id.get(part.part_of or part.share_whole or "")
        if whole is None or whole.high <= part.high:
            continue
        if _pool_of_its_own(rate, whole, part, text, lang, sentence_starts):
            continue  # (`직원 860명 가운데 정규직은 610명이다. 비정규직 중 여성 비율은 64%`: of another group)
        if named is None and _names_another_member(rate, part):
            # `… A사 6만대, B사 4천대 순이었다. A사의 점유율은 55%다`: the share of the listed part it names
            part = next(
                (
                    c
                    for c in figures[:position]
                    if c.sentence == part.sentence and c.part_of == whole.id and not _names_another_member(rate, c)
                ),
                None,
            )
            if part is None:
                continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        if "relation" in whole.guesses:
            rate.guesses = sorted(set(rate.guesses) | {"relation"})


# `비정규직 중 여성 비율은`: the noun naming the group a share is taken in, right before its mark
_POOL_BEFORE = ByLanguage(lambda w: rf"(?P<pool>[^\W\d_]+)\s?(?:{w.share_pool_marks})(?![^\W\d_])")
_POOL_NOUN_REACH = 12  # characters before a figure where the noun it counts stands (`전체 직원 860명`)


_LABEL_REACH = 20  # characters before a listed member where the words labelling it stand (`동부 회원이 P명`)
_MEMBERS_BACK = 10  # sentences read back from a part for the members of its whole


# a subject's or topic's particle ending a word (`회원이`)
_PARTICLE_ENDING = ByLanguage(lambda w: rf"(?<=[^\W\d_]{{2}})(?:{w.topic_particles})$")


def _stems(span: str, lang: str) -> set[str]:
    """The words of two letters or more in a span, each also without a particle ending it."""
    words = NAMING_WORD.findall(span)
    particle = _PARTICLE_ENDING[lang]
    return set(words) | {particle.sub("", word) for word in words}


def _member_named_as_pool(
    whole: Claim, part: Claim, by_sentence: dict[int, list[Claim]], text: str, lang: str, start: int
) -> bool:
    """Whether the part's sentence names, before it, the pool it is counted in (`동부 회원 가운데 10대가`:
    `[link.share_pool_marks]`) by a word labelling a listed member of the whole (`동부 회원이 P명, 서부 회원이 Q명`)
    that the whole's own words do not: the share is of that member, not of the whole."""
    found = _POOL_BEFORE[lang].search(text, start, part.start)
    if found is None:
        return False
    # (whole words, each without its particle: `남부` labels no `남부권`)
    opening = _stems(text[start : found.end()], lang)
    own = _stems(text[max(0, whole.start - _LABEL_REACH) : whole.start], lang)
    for sentence in range(max(whole.sentence, part.sentence - _MEMBERS_BACK), part.sentence):
        for member in by_sentence.get(sentence, ()):
            if member.part_of != whole.id:
                continue
            labels = _stems(text[max(0, member.start - _LABEL_REACH) : member.start], lang)
            if labels & opening - own:
                return True
    return False


def _pool_of_its_own(rate: Claim, whole: Claim, part: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the share's sentence names, before it, the group it is taken in (`비정규직 중 여성 비율은 64%`) by a
    noun that does not name the whole the sentence before states (`전체 직원 860명 가운데 정규직은 610명`; a pool
    named by the part's noun is the part): the share is of that group, whose figures are not stated."""
    found = _POOL_BEFORE[lang].search(text, sentence_starts[rate.sentence], rate.start)
    if found is None:
        return False
    pool = found.group("pool")
    # (the pool named by the whole's noun is the whole; by the part's only, it is the part, a group whose own parts
    # are not stated: `관광객 5만명 가운데 내국인이 4만명이다. 내국인 중 여성 비율은 10%`)
    own = LETTER_WORD.findall(text, max(0, whole.start - _POOL_NOUN_REACH), whole.end)
    return not any(names_word(pool, word) or pool == word for word in own)


def _names_another_member(rate: Claim, part: Claim) -> bool:
    """Whether a share names its own subject (`A사의 점유율`) and the part names none of it."""
    named = rate.entities and "entities" not in rate.guesses
    return bool(named and part.entities and not set(rate.entities) & set(part.entities))


# The part a share names: `옵션 비중이 42%`, `42%의 옵션 비중`, `옵션은 총액의 42%`.
_NAMED_PART_BEFORE = ByLanguage(
    lambda w: (
        rf"(?P<name>{w.script_letters}+?)\s?(?:(?:{w.genitive})\s?)?(?:{w.share_nouns})(?:{w.topic_particles})?"
        rf"(?:\s+{w.script_letters}{{1,3}})?\s*$"
        rf"|(?P<topic>{w.script_letters}+?)(?:{w.topic_particles})\s+(?:{w.whole_share_before})\s*$"
    )
)
_NAMED_PART_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.genitive})\s?(?P<name>{w.script_letters}+?)\s?(?:{w.share_nouns})")
# Right before a figure that is a whole: `총액 T`, `최대 T의 계약` (the most a contract can come to).
_WHOLE_MARK_BEFORE = ByLanguage(lambda w: rf"(?:{w.total_marks}|{w.cap_marks})\s*(?:(?:{w.hedges})\s*)?$")

_WHOLE_MARK_OPENS = ByLanguage(lambda w: rf"(?:{w.total_marks}|{w.cap_marks})\s")


def _share_of_a_named_part(claims: list[Claim], text: str, lang: str) -> None:
    """`계약금 X, 옵션 최대 Y 등 총액 T이다. 옵션 비중은 Z%다`: a share that names its part
    (`옵션 비중`) is of the last figure stated under that name before it (in its sentence or the three
    before), in the figure of the part's unit marked as a whole (`총액`, `최대`) of its sentence (else the
    nearest sentence) that opens or closes its list. Every figure of the unit between the
    part and the share is that whole (else another subject's figures intervene); a part stated per
    period (`옵션 Y씩`) is no part of a term's whole."""
    figures = prose_figures(claims)
    for position, rate in enumerate(figures):
        if rate.kind != "percent" or rate.role != "share" or rate.share_part is not None:
            continue
        found = _NAMED_PART_BEFORE[lang].search(text, max(0, rate.start - 30), rate.start) or _NAMED_PART_AFTER[
            lang
        ].match(text, rate.end)
        if found is None:
            continue
        name = found.group("name") or found.group("topic")
        if len(name) < 2:
            continue  # a demonstrative (`이는 전체 수출의 37%`) names no part: it points at the figure before
        # (a word of one to three letters may stand between, `옵션 최대 Y`; no comma: `X원은 도비, Y원은 군비` labels
        # X, and the name closing X's item names no Y)
        named_before = re.compile(rf"{re.escape(name)}\s?(?:{_particles(lang)})?\s*(?:[^\W\d_]{{1,3}}\s+)?$")
        earlier = [c for c in figures[:position] if rate.sentence - c.sentence <= 3]
        part = next(
            (
                c
                for c in reversed(earlier)
                if c.kind in AMOUNTS
                and c.role == "value"
                and math.isfinite(c.high)
                and named_before.search(text, max(0, c.start - len(name) - 8), c.start)
            ),
            None,
        )
        if part is None or stated_per_period(part, text, lang):
            continue
        marked = [
            c
            for c in earlier
            if c is not part
            and c.unit == part.unit
            and c.kind == part.kind
            and c.role == "value"
            and c.sentence >= part.sentence - 1
            # (marked: a total smaller is misstated, and so is one the part comes to, unless it is the part
            # restated under its own name: `옵션 2억5000만원 … 옵션은 최대 2억5000만원`)
            and (
                c.high > part.high
                or misstated_whole(c, [part])
                or (
                    c.low <= part.high
                    and part.low <= c.high
                    and not named_before.search(text, max(0, c.start - len(name) - 8), c.start)
                )
            )
            and (
                _WHOLE_MARK_BEFORE[lang].search(text, max(0, c.start - 12), c.start)
                or _WHOLE_MARK_OPENS[lang].match(c.text)  # the mark read into the figure (`최대 7억원`)
            )
        ]
        # A whole opens or closes its sentence's list (`총액 T(…)`, `… 등 총액 T`); one amid the list is a
        # subtotal (`계약금 X, 연봉 총 Y, 옵션 W`).
        marked = [c for c in marked if not _amid_its_list(c, figures)]
        if not marked:
            continue
        # The part's own sentence first, then the sentences up to the share, then the one before the part.
        whole = max(marked, key=lambda c: (c.sentence == part.sentence, c.sentence > part.sentence, c.high))
        between = [c for c in earlier if c.start > part.end and c.unit == part.unit and c.kind == part.kind]
        if any(c is not whole for c in between):
            continue  # figures of another subject stand between the part and its share
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})  # the whole is found by position


def _amid_its_list(figure: Claim, figures: list[Claim]) -> bool:
    """Whether figures of its unit stand both before and after a figure in its sentence."""
    same = [c for c in figures if c.sentence == figure.sentence and c.unit == figure.unit and c is not figure]
    return any(c.end <= figure.start for c in same) and any(c.start >= figure.end for c in same)


def _particles(lang: str) -> str:
    return _TOPIC_PARTICLES[lang].pattern


_TOPIC_PARTICLES = ByLanguage(lambda w: rf"{w.topic_particles}")


def _largest_of_its_period(figures: list[Claim], part: Claim) -> Claim | None:
    """The largest figure of the part's unit, kind and counter stated before it and not dated by the
    text to another period than the part's (`9.6 million in January-May` is no whole of a May figure)."""
    best = None
    for claim in figures:
        if claim.start >= part.start:
            break
        if (
            (claim.unit, claim.kind, claim.counter) != (part.unit, part.kind, part.counter)
            or claim.forecast
            or claim.role not in ("value", "prior")
        ):
            continue
        if claim.period and part.period and claim.period != part.period and "period" not in claim.guesses:
            continue
        if best is None or claim.value > best.value:
            best = claim
    return best


_CLAUSE_BREAK_BETWEEN = compile_exact(r"[,;:]")  # a clause break between a pool's share and a later amount


def _marked_whole(figures: list[Claim], text: str, lang: str) -> None:
    """`총 820억원 가운데 310억원이 … 37.8%를 차지`: the whole, then its part, then the share."""
    amounts = [c for c in figures if c.kind in AMOUNTS and c.role in ("value", "prior", "baseline")]
    marked = next(
        (
            c
            for c in amounts
            if _WHOLE_BEFORE[lang].search(text, max(0, c.start - 24), c.start)
            or _WHOLE_AFTER[lang].match(text, c.end)
            or _RESPONDENTS_AFTER[lang].match(text, c.end)
            or _WHOLE_AFTER_CLAUSE[lang].match(text, c.end)
            or _WHOLE_THEN_OPENER[lang].match(text, c.end)
        ),
        None,
    )
    if marked is None:
        return
    opener = marked  # (the parts follow the mark)
    if per_unit_mark_after(marked, text, lang):
        # (`36 tonnes of apples, 75kg a tree, of which 9 tonnes`: a figure per unit set beside its total is no whole
        # of a part; the total before it in its sentence is)
        before = [
            c
            for c in amounts
            if c.sentence == marked.sentence
            and c.end <= marked.start
            and (c.kind, c.unit) == (marked.kind, marked.unit)
        ]
        if not before or per_unit_mark_after(before[-1], text, lang):
            return
        marked = before[-1]
    whole = _level_moved_from(amounts, marked, text, lang)
    if whole is marked and _WHOLE_THEN_OPENER[lang].match(text, marked.end):
        whole = _whole_before_opener(amounts, marked)
        if whole is None:
            return
    # (`a season total of 149,800, down from 171,200 last year`: the level the whole moved from, set beside it, is
    # the whole a period earlier, not a part of it)
    parts = [
        c
        for c in amounts
        if c is not whole
        and c.unit == whole.unit
        and c.start > opener.start
        and not (c.role in ("prior", "baseline") and _MOVED_FROM_ASIDE[lang].fullmatch(text, whole.end, c.start))
    ]
    if not parts:
        return
    if _members_named_in_words(whole, text[opener.end : parts[0].start], lang):
        # (`나머지 15곳 가운데 원하는 곳부터 늘려 50곳을 넘길 계획`: the members drawn from the whole are named by its
        # counter, no figure; the figure after is another clause's)
        return
    if any(
        c.kind in ("percent", "fraction")
        and opener.end <= c.start
        and c.end <= parts[0].start
        and _CLAUSE_BREAK_BETWEEN.search(text, c.end, parts[0].start)
        for c in figures
        if c.role == "share"
    ):
        # (`Each pie weighs 300g, of which 40 per cent is pork, so the order uses 1.8 tonnes`: the pool's part is the
        # share right after its mark; an amount past the share's clause is another figure)
        return
    if parts[0].share_whole is None:
        parts[0].share_whole = whole.id  # the part's whole, whether or not a share is stated
    share = next(
        (
            c
            for c in figures
            if c.kind in ("percent", "fraction")
            and c.start > parts[0].end
            and c.role != "change"
            and _SHARE_AFTER[lang].match(text, c.end)
        ),
        None,
    )
    if share is not None and any(parts[0].end < p.start and p.end <= share.start for p in parts[1:]):
        # (`20대가 4천800명으로 40%, 30대가 3천 명으로 25%를 차지했다`: a share past another part is that part's)
        share = None
    if share is None:
        share = _share_beside_level(figures, parts[0], whole, text, lang)
    if share is None:
        share = _share_before_its_part(figures, parts[0], opener, whole, text, lang)
    if share is not None and share.share_part is None:
        share.share_part, share.share_whole = parts[0].id, whole.id


# right after a counter standing as a word, its particle or nothing (`곳부터`, `곳`: `[link.counter_noun_particles]`)
_COUNTER_PARTICLE = ByLanguage(lambda w: rf"(?:{w.counter_noun_particles})?")
# the word before it, a modifier of the counter as a noun (`희망하는 곳부터`: `[link.adnominal_word_ends]`)
_ADNOMINAL_END = ByLanguage(lambda w: rf"(?:{w.adnominal_word_ends})$")
# the counter as the topic or subject (`곳은`, `곳이`: `[link.topic_particles]`)
_COUNTER_TOPIC = ByLanguage(lambda w: rf"(?:{w.topic_particles})")


def _members_named_in_words(whole: Claim, between: str, lang: str) -> bool:
    """Whether the words between a whole's mark and the next figure name members by the whole's own counter standing
    as a word after a word modifying it, no number before it (`15곳 가운데 원하는 곳부터`)."""
    counter = counted_noun(whole)
    if not counter:
        return False
    particle, modifier, topic = _COUNTER_PARTICLE[lang], _ADNOMINAL_END[lang], _COUNTER_TOPIC[lang]
    words = between.split()
    return any(
        word.startswith(counter)
        and particle.fullmatch(word, len(counter)) is not None
        and modifier.search(before) is not None
        # (`80곳 가운데 신청한 곳은 60곳`: the members as the topic right before the figure are what it counts)
        and not (at == len(words) - 1 and topic.fullmatch(word, len(counter)) is not None)
        for at, (before, word) in enumerate(zip(words, words[1:]), start=1)
    )


def _share_before_its_part(
    figures: list[Claim], part: Claim, opener: Claim, whole: Claim, text: str, lang: str
) -> Claim | None:
    """`매출 5억 원 가운데 수출은 20%인 1억 원이었다`, `참가자 1천200명 중 여성이 30%에 해당하는
    360명이었다`: after the mark that draws parts from a whole, the share right before the first part, joined to it as
    what the share comes to (`인`, `에 해당하는`: `[link.share_then_its_part]`), is the part's share of that whole."""
    at = figures.index(part)
    rate = figures[at - 1] if at else None
    if rate is None or rate.kind not in ("percent", "fraction") or rate.role != "share" or rate.share_part:
        return None
    if rate.start < opener.end or rate.sentence != part.sentence or not part.high < whole.low:
        return None
    return rate if _SHARE_THEN_ITS_PART[lang].fullmatch(text, rate.end, part.start) else None


def _whole_before_opener(amounts: list[Claim], marked: Claim) -> Claim | None:
    """The whole a figure right before a parts opener (`이 가운데`) stands for. The only amount of its unit in its
    sentence so far is the whole; an earlier figure the sentence's one level is compared with (`관객은 5만명으로
    지난해 4만명보다 늘었고 이 가운데`) hands the whole back to that level; beside another amount of its unit (a
    list: `매출은 500억원, 영업이익은 50억원이었고 이 가운데`) which one the parts are of is not said: none."""
    before = [
        c
        for c in amounts
        if c.start < marked.start and c.sentence == marked.sentence and (c.unit, c.kind) == (marked.unit, marked.kind)
    ]
    if marked.role in ("prior", "baseline"):
        return before[0] if len(before) == 1 and before[0].role == "value" else None
    return None if before else marked


def _level_moved_from(amounts: list[Claim], marked: Claim, text: str, lang: str) -> Claim:
    """The whole a pool mark after an earlier figure stands for: the level the figure is set beside as where it
    moved from (`538,000 bicycles, up from 521,000, of which 296,000 …` is of the 538,000), else the figure."""
    if marked.role not in ("prior", "baseline"):
        return marked
    at = amounts.index(marked)
    level = amounts[at - 1] if at else None
    if (
        level is not None
        and level.role == "value"
        and level.sentence == marked.sentence
        and (level.unit, level.kind) == (marked.unit, marked.kind)
        and _MOVED_FROM_ASIDE[lang].fullmatch(text, level.end, marked.start)
    ):
        return level
    return marked


def _share_beside_level(figures: list[Claim], part: Claim, whole: Claim, text: str, lang: str) -> Claim | None:
    """`인구 24만명 가운데 추정 환자는 2만5,000명으로 10.4%에 이른다`: after a part drawn from a marked whole, the
    rate the part's level particle joins to it (the next figure) is its share of that whole, whatever verb follows."""
    after = [c for c in figures if c.start >= part.end]
    if not after or not (part.high < whole.low):
        return None
    rate = after[0]
    if rate.kind != "percent" or rate.role != "share" or not 0 < rate.value < 100:
        return None
    return rate if _LEVEL_THEN_SHARE[lang].fullmatch(text, part.end, rate.start) else None


def _parts_with_own_share(claims: list[Claim], text: str, lang: str) -> set[str]:
    """Figures followed by a share of their own in brackets (`petrol 1,200 (41%); hybrid 600 (20%)`): each
    is a part of a list, so none is the story's total for the parts listed after it."""
    ordered = sorted(claims, key=lambda c: c.start)
    return {
        part.id
        for part, rate in zip(ordered, ordered[1:])
        if part.kind in AMOUNTS
        and rate.kind == "percent"
        and rate.role == "share"
        and _PAREN_SHARE_BEFORE[lang].fullmatch(text, part.end, rate.start)
        and _PAREN_SHARE_AFTER[lang].match(text, rate.end)
    }


# `84.0 TWh, or 40.0% of the total`, `840억kWh로 전체의 40%`: a figure stated as a share of the total, the
# words naming the total before the share (`전체의`) or after it (`of the total`).
_TOTAL_NAMED_BEFORE = ByLanguage(lambda w: rf"[^\d.;]{{0,16}}(?:{w.whole_labels})\s*$", re.I)
_TOTAL_NAMED_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.share_of_whole})", re.I)
_NO_FIGURE_BETWEEN = compile_exact(r"[^\d.;]{0,16}")


def _parts_of_the_total(claims: list[Claim], text: str, lang: str) -> set[str]:
    """Figures followed by their own share of the total (`84.0 TWh, or 40.0% of the total`): each is a part of
    that total, so none is the total the parts listed after it are shares of (`gas 63.0 TWh (30.0%)`)."""
    ordered = sorted(claims, key=lambda c: c.start)
    return {
        part.id
        for part, rate in zip(ordered, ordered[1:])
        if part.kind in AMOUNTS
        and rate.kind == "percent"
        and rate.role == "share"
        and rate.value < 100
        and _NO_FIGURE_BETWEEN.fullmatch(text, part.end, rate.start)
        and (
            _TOTAL_NAMED_BEFORE[lang].search(text, part.end, rate.start)
            or _TOTAL_NAMED_AFTER[lang].match(text, rate.end)
        )
    }


def _whole_within_list(whole: Claim, part: Claim, by_id: dict[str, Claim], listed_parts: set[str]) -> bool:
    """Whether a whole found by size sits inside the list its part belongs to (`petrol 1,200 (41%); BEV 900;
    hybrid 600 (20%)`): a member of the part's sentence that states its own share at or before the whole shows
    the list began there, so the larger figure is a sibling, not the total (`total 3,000: petrol 1,200 (41%)`,
    a total stated before the list, stays one)."""
    return whole.sentence == part.sentence and any(
        by_id[member].sentence == part.sentence and by_id[member].start <= whole.start for member in listed_parts
    )


# A line that is an item of a bulleted list (`- 일본: 248만명(30.5%)`, `• North: 9,400 (47%)`).
_BULLET_LINE = ByLanguage(lambda w: rf"[ \t]*(?:-|\*|{w.list_item_marks})\s")


def _before_the_lead_of_its_list(whole: Claim, part: Claim, text: str, lang: str) -> bool:
    """Whether a part on a bulleted line finds its whole by size before the line that leads into the list
    (`전체 여객은 1,100만명 … 지역별 국제선 여객은 다음과 같다. / - 일본: 248만명(30.5%)`): the lead names
    what the list divides, often a segment of the larger total stated earlier, so the whole is unknown."""
    start = text.rfind("\n", 0, part.start) + 1
    if not _BULLET_LINE[lang].match(text, start):
        return False
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        line = text[previous : start - 1]
        if line.strip() and not _BULLET_LINE[lang].match(line):
            return whole.start < previous  # the lead's own figure may be the list's total
        start = previous
    return False


def _lead_of_its_list(part: Claim, text: str, lang: str) -> int:
    """Where the line that leads into the bulleted list of `part` opens (the first line above that is no item)."""
    start = text.rfind("\n", 0, part.start) + 1
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        line = text[previous : start - 1]
        if line.strip() and not _BULLET_LINE[lang].match(line):
            return previous
        start = previous
    return 0


def _largest_before(claims: list[Claim], cumulative: set[str], kinds: re.Pattern[str]) -> dict[str, Claim]:
    """For each figure, the largest figure of its unit, kind and counter stated before it (one pass). A figure
    of the story's period is measured against the story's figures only: a larger figure of a year earlier
    (`HK$2.9bn, down from HK$3.1bn a year earlier`) is no whole of this year's parts; a prior's whole may be
    either. A bare count (`2.95 million, or 76%`, no counter of its own) counts what the story's counts count:
    its whole may be the largest count of any counter stated before it (`3.86 million visitors`). A running total
    (`누적 수출은`, `cumulative_ids`) is measured against running totals only, and is the whole of no other figure.
    A counter that counts one kind of thing (`[link.kind_counters]`: `명`, `회`) sets a larger count of another such
    counter apart: `관객 5만명` is no rival whole of `공연 17회`."""
    largest: dict[tuple, Claim] = {}
    out: dict[str, Claim] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        kind = (claim.unit, claim.kind, claim.counter, claim.id in cumulative)
        key = (*kind, claim.role == "prior")  # (…, False): the story's figures only; (…, True): priors too
        if key in largest:
            out[claim.id] = largest[key]
        any_counter = (claim.unit, claim.kind, _ANY_COUNTER, claim.id in cumulative, claim.role == "prior")
        if claim.counter == "" and any_counter in largest:
            bare = out.get(claim.id)
            if bare is None or largest[any_counter].value > bare.value:
                out[claim.id] = largest[any_counter]
        elif (
            claim.counter
            and claim.id in out
            and any_counter in largest
            and largest[any_counter].value > out[claim.id].value
            and not _counts_other_kinds(claim, out[claim.id], largest[any_counter], kinds)
        ):
            # `1,460 measles cases … by the end of July, 1,380 cases … 560 cases, or 38%`: a larger count stated
            # before under another word may be the story's total as well: which, the size does not tell.
            del out[claim.id]
        if claim.role in ("value", "prior") and not claim.forecast and not claim.furniture:
            slots = {key, (*kind, True)}
            if claim.kind == "count":
                slots |= {any_counter, (*any_counter[:4], True)}
            for slot in slots:
                if slot not in largest or claim.value > largest[slot].value:
                    largest[slot] = claim
    return out


_ANY_COUNTER = object()  # the slot of the largest count of any counter (a whole of bare counts)
# `[link.kind_counters]`: a counter that counts one kind of thing
_KIND_COUNTERS = ByLanguage(lambda w: rf"(?:{w.kind_counters})")


def _counts_other_kinds(claim: Claim, whole: Claim, other: Claim, kinds: re.Pattern[str]) -> bool:
    """`17회` and `5만명`: two counters that each count one kind of thing, different ones (so the larger count is no
    rival whole of the smaller), the whole of the claim's own counter dated by its words to no other period than the
    claim's (`지난해 공연 60회 … 올해 관객 4만명 … 12회로 전체의 30%`: last year's shows are no whole of this
    year's)."""
    if whole.period and "period" not in whole.guesses and whole.period != claim.period:
        return False
    return (
        claim.counter != other.counter
        and bool(claim.counter and other.counter)
        and kinds.fullmatch(claim.counter) is not None
        and kinds.fullmatch(other.counter) is not None
    )


_COMMA_AFTER = compile_exact(r"\s?,")
# Between two items of a list of named figures (`$4.1m, printing $0.7m`): a comma, then the next item's name.
_LIST_COMMA = ByLanguage(
    lambda w: rf"\s?,\s(?![^\d.;]*?(?:{w.parts_follow}|{w.parts_follow_spaced}))[^\d.;,]{{1,30}}", re.I
)


def _listed_beside(part: Claim, sentence_figures: list[Claim], text: str, lang: str) -> set[str]:
    """The ids of the figures listed with `part` before it in its sentence, of its unit and kind: walked back from
    it while two figures are joined as items of one list (a comma and the next item's name, or a joint of siblings
    `[link.sibling_joints]`, no `of which` between); none of them is its whole."""
    out: set[str] = set()
    later = part
    for claim in reversed(sentence_figures):
        if claim.end > later.start or claim is part:
            continue
        if (claim.unit, claim.kind) != (part.unit, part.kind):
            break
        if not (
            _SIBLING_BETWEEN[lang].fullmatch(text, claim.end, later.start)
            or _LIST_COMMA[lang].fullmatch(text, claim.end, later.start)
        ):
            break
        out.add(claim.id)
        later = claim
    return out


# Two figures listed side by side: a joint, and no digit or sentence end, between them.
_SIBLING_BETWEEN = ByLanguage(lambda w: rf"[^\d.;]{{0,30}}?(?:{w.sibling_joints})\s[^\d.;]{{0,30}}")
_LEVEL_THEN_SHARE = ByLanguage(lambda w: rf"\s?(?:{w.level_particles})\s")
# right after a share, the joint to the part it comes to (`20%인 1억 원`, `40%에 해당하는 360석`)
_SHARE_THEN_ITS_PART = ByLanguage(lambda w: rf"(?:{w.share_then_its_part})", first_tested=False)
# `3분의 1가량이다`, `4분의 1을 조금 넘었다`: what closes the clause of a fraction in words stated as its part's level
_FRACTION_CLOSES = ByLanguage(lambda w: rf"\s?(?:{w.fraction_share_closings})")


# (`[link.fraction_restated_by_percent]`: the words between a fraction and the percent it rounds)
_FRACTION_RESTATED = ByLanguage(lambda w: rf"(?:{w.fraction_restated_by_percent})", first_tested=False)


def _restated_by_the_next(rate: Claim, figures: list[Claim], position: int, text: str, lang: str) -> bool:
    """`전체의 절반이 넘는 51%`: the figure right after a fraction is a percent it hedges, the hedge between."""
    if position + 1 >= len(figures):
        return False
    following = figures[position + 1]
    return following.kind == "percent" and bool(_FRACTION_RESTATED[lang].fullmatch(text, rate.end, following.start))


def _guessed_whole(part: Claim, rate: Claim, largest: Claim | None) -> Claim | None:
    """The whole a share of `part` is of, when the text does not name it: the largest figure of the
    part's unit stated before it (the story's total) — found by size, so a guess."""
    if largest is None:
        return None
    if part.kind == "count" and largest.kind == "count" and classifiers_unlike(part.counter, largest.counter):
        return None  # (`…손잡이 2천 개를 바꿨다. … 두 동이 200가구로 전체의 60%`: households are no part of handles)
    if largest.low <= part.high and part.low <= largest.high:
        return None  # `exports hit €58m` over `exports rose to €57.8m`: the part restated, rounded, is no whole of it
    if largest.high <= part.high and (largest.sentence == part.sentence or not misstated_whole(largest, [part])):
        # A smaller figure of the part's sentence is listed with it (`계약금 4억원 … 총액 10억원`); one of an
        # earlier sentence is still its whole, one of the two misstated (checker/link/wholes.py).
        return None
    rate.guesses = sorted(set(rate.guesses) | {"relation"})
    rate.whole = rate.whole or f"of:{largest.id}"  # shares of one whole add up to at most 100%
    rate.label = rate.label or part.id
    return largest


def _respective_runs(by_sentence: dict[int, list[Claim]], text: str, largest: dict[str, Claim], lang: str) -> None:
    """`소재 2400억원, 부품 3600억원, … 이다. 각각 20%, 30%, …의 비중이다`: a run of amounts, then (in its
    sentence or the next) as many shares marked `respectively`: each share is of its amount."""
    for sentence, figures in by_sentence.items():
        amounts = [c for c in figures if c.kind in AMOUNTS and c.role == "value"]
        if len(amounts) < 2 or len({(c.unit, c.counter) for c in amounts}) != 1:
            continue
        later = [c for c in figures if c.start > amounts[-1].end] + by_sentence.get(sentence + 1, [])
        rates = [c for c in later if c.kind == "percent" and c.role == "share" and c.share_part is None]
        if len(rates) != len(amounts) or any(c.kind != "percent" for c in later[: len(rates)]):
            continue
        if not (
            _RUN_OF_WHOLE_BEFORE[lang].search(text, max(0, rates[0].start - 16), rates[0].start)
            or _RUN_AFTER[lang].match(text, rates[-1].end)
        ):
            continue
        for part, rate in zip(amounts, rates):
            whole = _guessed_whole(part, rate, largest.get(amounts[0].id))
            if whole is None:
                break
            rate.share_part, rate.share_whole = part.id, whole.id


# `… 30만대와 22만대였다`, `… 576,000 and 432,000 passengers respectively`: a run of amounts, joined by commas or `and`.
_AMOUNT_SEPARATOR = ByLanguage(lambda w: rf"\s*(?:,|{w.list_separators})\s*")
_SHARE_WORD = ByLanguage(lambda w: rf"(?:{w.share_words})", re.I)
_AMOUNTS_RESPECTIVELY = ByLanguage(lambda w: rf"[^\d.;,()]{{0,30}}?\b(?:{w.respectively})\b", re.I)


def _respective_amounts_after_shares(
    by_sentence: dict[int, list[Claim]], claims: list[Claim], text: str, lang: str
) -> None:
    """`A had a 6.0% share and B a 4.5% share; they carried 576,000 and 432,000 passengers respectively`,
    `점유율은 각각 6.0%와 4.5%, 여객은 각각 57만 6천명과 43만 2천명`: shares, then (in their sentence or the
    next) as many amounts marked `respectively`: each share is of its amount, in the largest figure of the
    amounts' unit stated before the shares for their period (the market's total) — found by size, so a guess."""
    figures = prose_figures(claims)
    for sentence, in_sentence in by_sentence.items():
        amounts = [c for c in in_sentence if c.kind in AMOUNTS and c.role == "value"]
        if len(amounts) < 2 or len({c.unit for c in amounts}) != 1 or len({c.counter for c in amounts} - {""}) > 1:
            continue
        separator = _AMOUNT_SEPARATOR[lang]
        if not all(separator.fullmatch(text, one.end, other.start) for one, other in zip(amounts, amounts[1:])):
            continue  # not one run of amounts
        if not (
            _RUN_BEFORE[lang].search(text, max(0, amounts[0].start - 12), amounts[0].start)
            or _AMOUNTS_RESPECTIVELY[lang].match(text, amounts[-1].end)
        ):
            continue
        before = [c for c in by_sentence.get(sentence - 1, []) + in_sentence if c.end <= amounts[0].start]
        rates = [c for c in before if c.kind == "percent"][-len(amounts) :]
        if (
            len(rates) != len(amounts)
            or any(c.role != "share" or c.share_part is not None for c in rates)
            or any(c.kind in AMOUNTS and c.start > rates[0].end for c in before)
        ):
            continue  # as many shares, unlinked, right before the amounts (no other figure between)
        if not (
            rates[0].metric == "share"
            or _SHARE_WORD[lang].search(text, max(0, rates[0].start - 40), rates[-1].end + 12)
        ):
            continue  # rates the text does not call shares (`margins of 12% and 9% on sales of …`)
        # The whole is of the counted amount's unit (`576,000 and 432,000 passengers`: the last names it).
        reference = max(amounts, key=lambda c: bool(c.counter))
        whole = _largest_of_its_period(figures, reference)
        if whole is None or whole.end > rates[0].start:
            continue
        for part, rate in zip(amounts, rates):
            if _guessed_whole(part, rate, whole) is not None:
                rate.share_part, rate.share_whole = part.id, whole.id


def _whole_of_parenthesized(
    part: Claim,
    rate: Claim,
    text: str,
    largest: Claim | None,
    by_id: dict[str, Claim],
    listed_parts: set[str],
    lang: str,
    parts_of_the_total: set[str] = frozenset(),
    *,
    written: bool = False,
) -> Claim | None:
    """`written`: the whole is the one the copy names (`Of that, $1.8m (40%)`: the figure of the sentence before),
    so it is linked whatever its size (a part written larger than its whole is reported, not passed over)."""
    before = _PAREN_SHARE_BEFORE[lang].fullmatch(text, part.end, rate.start)
    after = _PAREN_SHARE_AFTER[lang].match(text, rate.end)
    if before is None or after is None:
        return None
    if part.part_of and part.part_of in by_id:
        rate.whole = rate.whole or f"of:{part.part_of}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        total = by_id[part.part_of]
        if "relation" in total.guesses:  # the list's total was found by position: so is the share's whole
            rate.guesses = sorted(set(rate.guesses) | {"relation"})
        return total  # a listed part: its share is of the list's total
    named = by_id.get(part.share_whole or "")
    if named is not None and named.unit == part.unit and named.low > part.high:
        # `600만개 가운데 420만개(70%)`: the whole the part's own words name, not the story's largest figure
        rate.whole = rate.whole or f"of:{named.id}"
        rate.label = rate.label or part.id
        return named
    lead = colon_lead(part, text)
    if lead is not None:
        # `gave out £50,000 to 12 charities:` ¶ `hospices, £20,000 (40%);`: of the amount the list's lead states
        largest = whole_of_the_lead(part, lead, by_id.values())
        if largest is None:
            return None
        written = True
    # `전체의`, `of the total`, or a bare `(39.4%)`: the whole is the largest figure of the part's unit
    # stated before it (the story's total) — found by size, not named, so a guess.
    if largest is None or _whole_within_list(largest, part, by_id, listed_parts):
        return None
    if largest.high <= part.high and (not written or largest.id == part.id):
        return None
    if largest.id in parts_of_the_total:
        return None  # a part of the total, stated with its own share of it: not the total
    if _before_the_lead_of_its_list(largest, part, text, lang):
        # the lead may name the whole it divides, stated before it (checker/link/list_leads.py)
        largest = whole_named_by_lead(part, _lead_of_its_list(part, text, lang), list(by_id.values()), text, lang)
        if largest is None:
            return None
    whole = largest
    rate.guesses = sorted(set(rate.guesses) | {"relation"})
    rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
    rate.label = rate.label or part.id
    return whole


def _market_whole(figures: list[Claim], text: str, lang: str) -> None:
    """`중국 AI 반도체 시장에서 A의 점유율은 40%`: the market a share is of, named earlier in its sentence."""
    for claim in figures:
        if claim.kind != "percent" or claim.role != "share" or claim.whole:
            continue
        window = text[max(0, claim.start - 120) : claim.start]
        sentence_start = max(window.rfind(". "), window.rfind("\n"))
        found = list(_MARKET[lang].finditer(window, sentence_start + 1))
        if found:
            match = found[-1]
            # The market as written (`중국 AI 반도체`), for the message; kinds group by its letters.
            written = _LEADING_TIME[lang].sub("", re.sub(r"\s+", " ", (match.group(1) or match.group(2)).strip()))
            claim.whole = "market:" + written


def _listed_shares(figures: list[Claim], text: str, sentence: int, lang: str) -> None:
    """A run of two or more shares joined by commas and marked `각각 … 비중` / `respectively`."""
    run: list[Claim] = []
    for claim in figures + [None]:
        if (
            claim is not None
            and claim.kind == "percent"
            and claim.role == "share"
            and (not run or _RUN_SEPARATOR[lang].fullmatch(text, run[-1].end, claim.start))
        ):
            run.append(claim)
            continue
        if len(run) >= 2 and (
            _RUN_BEFORE[lang].search(text, max(0, run[0].start - 16), run[0].start)
            or _RUN_AFTER[lang].match(text, run[-1].end)
        ):
            for position, member in enumerate(run):
                member.whole = member.whole or f"list:{sentence}:{run[0].start}"
                member.label = member.label or f"#{position + 1}"
        run = [claim] if claim is not None and claim.kind == "percent" and claim.role == "share" else []


# `이어 SUV(28%), 해치백(15%), 트럭(10%) 순으로`, `sedans (31%), SUVs (28%) and trucks (10%), in that order`
_PAREN_ITEM_BETWEEN = ByLanguage(lambda w: rf"\s?\)\s*(?:,|{w.list_separators})\s*[^\d(),.;]{{1,24}}?\s?\(\s?")
_RANKED_AFTER = ByLanguage(lambda w: rf"\s?\)\s*,?\s*(?:{w.rank_order_marks})", re.I)
# `득표율은 A당이 41%, B당이 33%, C당이 12%로`: the shares of one whole named as the topic, then a run of
# subjects and their shares.
_SUBJECT_ITEM_BETWEEN = ByLanguage(lambda w: rf"\s*,\s*[^\d(),.;]{{1,24}}?(?:{w.topic_particles})\s*")
_SHARE_TOPIC_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:{w.one_whole_share_nouns})\s?(?:{w.topic_particles})\s+[^\d(),.;]{{1,24}}?(?:{w.topic_particles})\s*$"
    )
)


_RATE_NOUN = ByLanguage(lambda w: rf"(?:{w.rate_nouns})", re.I)
_ONE_WHOLE_NOUN = ByLanguage(lambda w: rf"(?:{w.one_whole_share_nouns})", re.I)


def _named_share_runs(figures: list[Claim], text: str, sentence: int, lang: str) -> None:
    """Three or more shares, each after its own name, that the sentence makes shares of one whole: a
    ranking of parenthesized shares (`A(Z1%), B(Z2%), C(Z3%) 순으로`, `…, in that order`), or a run of
    subjects and shares after a noun of shares of one whole as the topic (`득표율은 A가 Z1%, B가 Z2%, …`).
    Shares of one whole add up to at most 100%; the run is read by its words, so the whole is a guess."""
    rates = [c for c in figures if c.kind == "percent"]
    runs: list[list[Claim]] = []
    for between in (_PAREN_ITEM_BETWEEN[lang], _SUBJECT_ITEM_BETWEEN[lang]):
        run: list[Claim] = []
        for rate in rates + [None]:
            member = rate is not None and rate.role == "share" and not rate.whole
            if (
                member
                and run
                and between.fullmatch(text, run[-1].end, rate.start)
                and _adjacent(figures, run[-1], rate)
            ):
                run.append(rate)
                continue
            if len(run) >= 3:
                runs.append(run)
            run = [rate] if member else []
    for run in runs:
        ranked = text[run[0].start - 1 : run[0].start].strip() == "(" or text[
            max(0, run[0].start - 2) : run[0].start
        ].endswith("( ")
        if ranked:
            marked = _RANKED_AFTER[lang].match(text, run[-1].end)
        else:
            marked = _SHARE_TOPIC_BEFORE[lang].search(text, max(0, run[0].start - 60), run[0].start)
        if not marked or any(c.whole for c in run):
            continue
        if ranked and _CHANGE_VERB_AFTER[lang].match(text, marked.end(), marked.end() + 16):
            continue  # `A(42%), B(38%) 순으로 늘었다`: the parts' rates of change, not their shares
        window = text[max(0, run[0].start - 80) : run[0].start]
        window = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]  # the run's own sentence
        if _RATE_NOUN[lang].search(_ONE_WHOLE_NOUN[lang].sub(" ", window)):  # (`득표 비율` names shares)
            continue  # `증가율은 A(30%), B(25%) 순으로`: rates of change or of their own bases, not shares of one whole
        for position, member in enumerate(run):
            member.whole = f"list:{sentence}:{run[0].start}"
            member.label = member.label or f"#{position + 1}"
            member.guesses = sorted(set(member.guesses) | {"relation"})


def _adjacent(figures: list[Claim], one: Claim, other: Claim) -> bool:
    """Whether no figure is stated between two figures of a sentence."""
    return not any(one.end <= c.start and c.end <= other.start for c in figures)


# `Cash made up 60% of the fund, bonds 25% and the rest was in gold`, `현금이 60%, 채권이 25%이고 나머지는 금`
_REST_AFTER = ByLanguage(lambda w: rf"[^\d.;]{{0,12}}?(?:{w.rest_of_shares})", re.I)


def _shares_and_the_rest(figures: list[Claim], text: str, sentence: int, lang: str) -> None:
    """Two or more shares in a run (no other figure between) followed by `the rest` / `나머지` are shares of
    one whole with something left over: they add up to at most 100%. The whole is read from the words,
    so it is a guess."""
    rates = [c for c in figures if c.kind == "percent" and c.role == "share" and not c.whole]
    if len(rates) < 2 or not _REST_AFTER[lang].match(text, rates[-1].end):
        return
    if any(c.kind != "percent" for c in figures if rates[0].start <= c.start <= rates[-1].start):
        return  # another figure stands amid the shares
    window = text[max(0, rates[0].start - 80) : rates[0].start]
    window = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]  # the run's own sentence
    if _RATE_NOUN[lang].search(_ONE_WHOLE_NOUN[lang].sub(" ", window)):
        return  # `margins were 60% and 45%, the rest …`: rates, not shares of one whole
    for position, member in enumerate(rates):
        member.whole = f"list:{sentence}:{rates[0].start}"
        member.label = member.label or f"#{position + 1}"
        member.guesses = sorted(set(member.guesses) | {"relation"})


# `a split of broadly one-third to two-thirds between interim and final dividends`, `지분을 60%와 40%로 나눠`
_SPLIT_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.split_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_SPLIT_BETWEEN = ByLanguage(lambda w: rf"(?:{w.split_between})", re.I)
_SPLIT_PARTS_AFTER = ByLanguage(lambda w: rf"(?:{w.split_parts_after})", re.I)
_SPLIT_VERB_AFTER = ByLanguage(lambda w: rf"(?:{w.split_verbs_after})", re.I)
_SPLIT_SHARES = ("percent", "fraction")


def _split_shares(figures: list[Claim], text: str, sentence: int, lang: str) -> None:
    """Two or more shares (percents or fractions) in a run, marked as the split of one whole: a split word
    right before the run and the parts it is split between after it (`split … X to Y between A and B`), or a
    splitting verb right after it (`X와 Y로 나눠`). Shares of one whole add up to at most 100%; the words
    say so, so the whole is not a guess."""
    run: list[Claim] = []
    for claim in figures + [None]:
        member = claim is not None and claim.kind in _SPLIT_SHARES and claim.role == "share" and not claim.whole
        if member and run and _SPLIT_BETWEEN[lang].fullmatch(text, run[-1].end, claim.start):
            run.append(claim)
            continue
        if len(run) >= 2 and len({c.kind for c in run}) == 1:
            verb = _SPLIT_VERB_AFTER[lang].match(text, run[-1].end)
            if verb or (
                _SPLIT_BEFORE[lang].search(text, max(0, run[0].start - 24), run[0].start)
                and _SPLIT_PARTS_AFTER[lang].match(text, run[-1].end)
            ):
                for position, share in enumerate(run):
                    share.whole = f"list:{sentence}:{run[0].start}"
                    share.label = share.label or f"#{position + 1}"
        run = [claim] if member else []


# `가장 많은 암은 갑상선암(19.6%)이었다. 이어 위암(13.8%), 대장암(12.9%) … 순으로`: from the first part's share,
# through its sentence's end and the word that goes on with the ranking, to the next part's parenthesis.
_RANKING_GOES_ON = ByLanguage(
    lambda w: rf"\s?\)[^\d().;\n]{{0,24}}\.\s+(?:{w.ranking_continues})\s*,?\s*[^\d(),.;]{{1,24}}?\(\s?", re.I
)


def _ranking_continued(by_sentence: dict[int, list[Claim]], text: str, lang: str) -> None:
    """A ranking of parenthesized shares (`A(Z2%), B(Z3%) 순으로`) whose sentence opens with a word that goes on
    from the sentence before (`이어`, `Next came`) starts at the part that sentence ranked first, alone in its
    parenthesis: its share is one of the same whole."""
    for sentence, figures in by_sentence.items():
        run = [c for c in figures if c.kind == "percent" and c.role == "share" and (c.whole or "").startswith("list:")]
        before = by_sentence.get(sentence - 1, [])
        if not run or not before:
            continue
        first, lead = run[0], before[-1]
        if any(c.end <= first.start for c in figures if c is not first):
            continue  # the run is not the sentence's first figure
        if lead.kind != "percent" or lead.role != "share" or lead.whole:
            continue
        if not _RANKING_GOES_ON[lang].fullmatch(text, lead.end, first.start):
            continue
        lead.whole = first.whole
        lead.label = lead.label or "#0"
        lead.guesses = sorted(set(lead.guesses) | {"relation"})


# `An ICM poll saw the Conservatives reach 38% and Labour go to 30% with no change for the Lib Dems at 21%`
_POLL_NOUN = ByLanguage(lambda w: rf"(?:{w.poll_nouns})", re.I)
_POLL_SHARE_OF = ByLanguage(lambda w: rf"(?:{w.poll_share_of_after})", re.I)
_NAME = ByLanguage(lambda w: rf"(?<![\w.]){w.chars('capital_letters')}[\w'’-]+")


def _poll_shares(figures: list[Claim], text: str, sentence: int, lang: str) -> None:
    """A sentence naming a poll, whose every rate is a share each after its own capitalized name (a party, a
    candidate) and of no other group (`60% of women`): the shares the poll gives of one vote, adding up to at
    most 100%. The whole is read from the words, so it is a guess."""
    # a move in points read as a change (`up one point`, `six points ahead`) is of a share, not one itself
    rates = [c for c in figures if c.kind == "percent" or (c.kind == "pp" and c.role != "change")]
    if len(rates) < 2 or any(c.kind != "percent" or c.role != "share" or c.whole for c in rates):
        return
    window = text[max(0, rates[0].start - 160) : rates[0].start]
    start = rates[0].start - len(window) + max(window.rfind(". "), window.rfind("\n")) + 1  # the sentence's start
    if not _POLL_NOUN[lang].search(text, start, rates[-1].start):
        return
    names = []
    for before, rate in zip([None, *rates], rates):
        gap = text[before.end if before else start : rate.start]
        found = _NAME[lang].findall(gap)[0 if before else 1 :]  # (a sentence's first word is capitalized anyway)
        if not found or _POLL_SHARE_OF[lang].match(text, rate.end):
            return
        names.append(found[-1])
    if len(set(names)) < len(names):
        return  # one name twice: a party's share and its earlier one
    for position, member in enumerate(rates):
        member.whole = f"list:{sentence}:{rates[0].start}"
        member.label = member.label or f"#{position + 1}"
        member.guesses = sorted(set(member.guesses) | {"relation"})


# `thyroid cancer (19.6%), followed by stomach cancer (13.8%), colon cancer (12.9%) …`, `A(20%)에 이어 B(15%), …`
_FOLLOWED_ITEM_BETWEEN = ByLanguage(
    lambda w: rf"\s?\)\s*,?\s*(?:{w.ranking_followed_by})\s*[^\d(),.;]{{1,30}}?\s?\(\s?", re.I
)


_CHANGE_VERB = ByLanguage(lambda w: rf"(?:{w.rise_verbs}|{w.fall_verbs})", re.I)
# `… 순으로 (많이) 늘었다`: a rise or fall verb right after a ranking's order mark
_CHANGE_VERB_AFTER = ByLanguage(lambda w: rf"\s*(?:\S+\s+)?(?:{w.rise_verbs}|{w.fall_verbs})", re.I)


def _followed_rankings(figures: list[Claim], text: str, sentence: int, lang: str) -> None:
    """A ranking of three or more parenthesized shares whose first part is followed by the rest (`A (Z1%),
    followed by B (Z2%), C (Z3%) and D (Z4%)`): shares of one whole, adding up to at most 100%. Rates the
    sentence names as rates (`growth rates`) are not; the whole is read from the words, so it is a guess."""
    rates = [c for c in figures if c.kind == "percent"]
    for first, second in zip(rates, rates[1:]):
        if not text[max(0, first.start - 2) : first.start].rstrip().endswith("("):
            continue
        if not _FOLLOWED_ITEM_BETWEEN[lang].fullmatch(text, first.end, second.start):
            continue
        run = [first, second]
        for rate in rates[rates.index(second) + 1 :]:
            if not _PAREN_ITEM_BETWEEN[lang].fullmatch(text, run[-1].end, rate.start):
                break
            run.append(rate)
        if len(run) < 3 or any(c.role != "share" or c.whole for c in run):
            continue
        if not all(_adjacent(figures, one, other) for one, other in zip(run, run[1:])):
            continue
        window = text[max(0, first.start - 80) : first.start]
        window = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]  # the run's own sentence
        rest = text[run[-1].end : run[-1].end + 40]
        rest = rest[: min((i for i in (rest.find(". "), rest.find("\n")) if i >= 0), default=len(rest))]
        if (
            _RATE_NOUN[lang].search(_ONE_WHOLE_NOUN[lang].sub(" ", window))
            or _CHANGE_VERB[lang].search(window)
            or _CHANGE_VERB[lang].search(rest)
        ):
            continue  # `sales grew fastest in A (12%), followed by B (8%) …`: rates, not shares of one whole
        for position, member in enumerate(run):
            member.whole = f"list:{sentence}:{first.start}"
            member.label = member.label or f"#{position + 1}"
            member.guesses = sorted(set(member.guesses) | {"relation"})


def _list_adds_up(claims: list[Claim], part: Claim, whole: Claim) -> bool:
    """Whether the list the part is listed in (its whole, its breakdown) adds up to that whole, within rounding."""
    members = [c for c in claims if c.part_of == whole.id and c.part_list == part.part_list]
    return (
        len(members) > 1
        and whole.low > part.high
        and sum(c.low for c in members) <= whole.high
        and whole.low <= sum(c.high for c in members)
    )
