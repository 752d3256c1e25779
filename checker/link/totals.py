"""Totals and their parts, as the text states them.

A total is marked by the words around it; its parts are the figures of its
unit that the same sentence lists right before it, or that a parenthesis
right after it breaks it into:

- `A 21억원에 B 37억원 등 58억원`, `각각 12조원과 29조원, 총 41조원`, `합치면 76억원`, `… 등 수도권에서 412명`
- `총액 82억원(계약금 40억원·연봉 42억원)`
- `$3bn and $2bn, a total of $5bn`, `a combined 1,200 units`, `… 500 in total`
- a total, then its parts: `T cases include A active cases, B recoveries and C deaths`,
  `T 가운데 A, B`, `T, of which A …` (open: the breakdown may run on past the clause)

A counted list (`이들 세 회사의 합계는 T`, `three brands sold a combined T`) takes its
parts from the figures of the total's unit in the two sentences before it (or after it): found
by position, so the link is a guess.

Parts named by a partition of the lexicon (`수도권은 X로 …, 지방은 Y로`, men and women): when
every member of a partition is stated in a run of sentences, the figure of the whole stated just
before them is their total — found by position, so the link is a guess.

`등` ("and so on") leaves the list open: parts that fall short of the total
may be the listed ones only, so only a list without it is closed.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from checker.extract.lang import ByLanguage, merged
from checker.link.clause_marks import CLAUSE_END, TOTAL_MARK_BEFORE
from checker.link.contract_whole import names_a_whole_contract
from checker.link.counter_synonyms import classifiers_unlike, counters_alike
from checker.link.far_wholes import lead_end
from checker.link.figure_kinds import AMOUNTS
from checker.link.inflections import singular
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.labelled import labelled_figures
from checker.link.lexicon import Lexicon
from checker.link.lots import in_a_lot
from checker.link.new_items import whole_of_new_items
from checker.link.per_period import TERM, stated_per_period, term_years
from checker.link.per_unit_apart import NOUN_COUNTER, is_a_rate
from checker.link.per_unit_vetoes import PRICED_PER_UNIT
from checker.link.sentence_groups import group_by_sentence
from checker.link.totals_from_priced_counts import priced_count
from checker.link.totals_of_each import totals_each_of_a_count
from checker.link.unit_price_marks import noun_before_unit_price
from checker.link.wholes import misstated_whole
from checker.link.wholes_agreeing import adds_up_to, whole_added_up_to
from checker.link.wider_totals import holds_more_than_the_list
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match, search_between

# Right before the total (the parts come before the marker).
_MARK_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:(?P<open>{w.open_list_marks})\s*(?:{w.open_list_followers}|{w.open_list_labels})?|{w.total_marks}"
        # (`총수입은 40억원`, `합친 전체 매장은 540개`: the mark joined to the total's noun)
        rf"|(?P<noun>{w.total_noun_marks})"
        # (`giving combined sales of $T`: the mark, then the total's noun)
        rf"|(?<![^\W\d_])(?P<phrase>{w.total_phrase_marks})"
        # (`…, rent to £16,000 and repairs to £21,000, costs of £79,000`: a plural noun of the amounts listed)
        rf"|(?P<amounts>{w.sum_naming_amount_nouns}))"
        # (`… 등 선수 9명`, `합쳐 메달 12개`: the bare noun the total counts, between the mark and the total)
        # (not a second mark or a hedge: `합쳐 모두 59개`, `합쳐 약 59개` are the mark's own)
        rf"(?:\s+(?!(?:{w.total_marks}|{w.hedges})\s)(?P<label>{w.total_label_between})\s)?"
        rf"\s*(?:{w.topic_particles})?\s*(?:(?:{w.hedges})\s*)?$"
    ),
    re.I,
)
# Right before a total's mark, after a list's separator, an item's name, a count of its members and the dative (`,
# 금상 두 팀에 모두 600만 원`): the figure is that item's total, a part of the list (`…, 은상 세 팀에 모두 450만 원 등
# 1천550만 원`), not the list's sum — when the count is not that of the items listed before it (`대상 A 500만 원, 금상 B
# 300만 원, 입상한 두 팀에 모두 800만 원`: the list's members) and the word before it names no item but the members
# (`[link.group_member_words]`: `입상한`, `이들`, `상위`). (No item named, `…, 2개 사업에 모두 N원`: the list's.)
_GROUP_BEFORE_MARK = ByLanguage(
    lambda w: (
        rf"[,·]\s*(?P<item>[^\W\d_]{{1,8}})\s(?:(?P<word>{w.list_counts})\s|(?P<digits>\d+)\s?)[^\W\d_]{{1,4}}\s?"
        rf"(?:{w.group_dative_before_total})\s*$"
    ),
    first_tested=False,
)
_GROUP_MEMBER_WORD = ByLanguage(lambda w: rf"(?:{w.group_member_words})", first_tested=False)
_GROUP_REACH = 28  # characters before a total's mark where an item's name, its members' count and the dative stand
# (`… 등 두 팀에 모두 500만 원`: after the open-list mark, the total to the counted group is the list's own)
_OPEN_MARK = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.open_list_marks})(?![^\W\d_])")
# Between the last part and a total: the rest of the list (`나머지를 모두 합치면`, `all other films combined`).
_REST_LABEL = ByLanguage(lambda w: rf"(?:{w.rest_labels})", re.I)
# A pool that the figure beside it is drawn from (`46석 중 13석`, `13 of the 46 seats`).
_POOL_AFTER = ByLanguage(lambda w: rf"[^\S\n]?(?:{w.pool_after})\s")
_POOL_BEFORE = ByLanguage(lambda w: rf"\s+(?:{w.pool_before})\s+", re.I)
# `£46,000 towards a £90,000 roof`, `£46,000 from a heritage fund towards a £90,000 roof` (the giver named between,
# no figure, no clause end)
_POOL_TOWARDS = ByLanguage(lambda w: rf"\s+(?:[^\d.;,:\n]{{1,48}}?\s)?(?:{w.pool_towards})\s+", re.I)
# `cost £18,000, paid for from a £30,000 grant`, `spent £8,000 out of its £20,000 budget`: between a sum spent and the
# fund it is paid from (an article before the fund's figure: `from £30,000` is a level before, no fund)
_POOL_PAID_FROM = ByLanguage(lambda w: rf",?\s+(?:{w.pool_paid_from})\s+", re.I)
# `the other £20,000 it raised went …`: a rest with a clause of its own subject, the giver's other money
_REST_OWN_CLAUSE = ByLanguage(lambda w: rf"\s+(?:{w.rest_own_clause})", re.I)


def is_a_pool(figure: Claim, text: str, lang: str, following: Claim | None = None) -> bool:
    """Whether the figure is a pool that a figure after it is drawn from (`1,200대 가운데 480대`, `480 of the 1,200
    buses`): a pool and what is drawn from it are no two parts of one list, and a pool is no total of the list
    before it."""
    if _POOL_AFTER[lang].match(text, figure.end):
        return True
    return following is not None and _POOL_BEFORE[lang].fullmatch(text, figure.end, following.start) is not None


# Right after a marked total, words that compare the list with it (`총 300석의 10%`, `총 5,000대에 못 미친다`).
_LIST_COMPARED_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.total_compared_after})", first_tested=False)
# `… 500 in all` ends the list; `in 38 appearances in all competitions` qualifies the noun after it.
_MARK_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.total_marks_after})\b(?![^\S\n]+[^\W\d_])", re.I)
# What may stand between two listed parts: a label, a separator, a particle — but no verb that ends a clause.
# A part stated per period (`연봉 7억원씩`, `$2m a year`, checker/link/per_period.py): the total
# multiplies it by a term the list rarely states in a checkable way, so such a list is not read as a sum.
# `연봉 7억원` is a year's pay in a `4년 총액` list but the whole term's pay elsewhere: two readings.
_PAY_BEFORE = ByLanguage(lambda w: rf"(?:{w.pay_words})\s*$", re.I)
_BREAKDOWN_OPEN = compile_exact(r"\s*\(")
# `3,426대다(법인 …)`: the copula ending the total's sentence (`[link.list_copula_ends]`), then the parenthesis
_COPULA_THEN_BREAKDOWN = ByLanguage(lambda w: rf"\s?(?:{w.list_copula_ends})\s?\(", first_tested=False)
_SENTENCE_CLOSES = compile_exact(r"\s*(?:\.|$)")
# After the total, before its parts: `includes`, `of which`, `가운데`. A parenthesis right after the total (its
# conversion, `£4.2m (about $5.3m), of which …`) is passed over: its decimal point ends no clause.
_PARTS_FOLLOW = ByLanguage(
    lambda w: (
        rf"^(?:[^\S\n]?\([^().;\n]*(?:\d\.\d[^().;\n]*)*\))?[^.;]{{0,40}}?"
        rf"(?:\b(?:{w.parts_follow}|{w.parts_follow_all})\b|(?:{w.parts_follow_spaced})\s)"
    ),
    re.I,
)
_NEW_TOTAL = ByLanguage(lambda w: rf"[^\S\n]?(?:{w.parts_follow_spaced})\s")
# `장학생 10명 중 7명인 700명`, `seven in ten, or 700 students` (invented): between a figure and the next, words making
# the next the same figure restated (no second part of the list)
_RESTATES_THE_PART = ByLanguage(lambda w: rf"(?:{w.restating_attributives})", re.I)
# `세 회사의 합계`, `three brands sold a combined …`: a counted list and its total.
_COUNTED_TOTAL = ByLanguage(
    lambda w: (
        # (the count a number of its own: `12곳` counts twelve, not two)
        rf"(?P<n>{w.list_counts}|(?<![\d.,])[2-6])\s?(?:{w.list_nouns})[^.]{{0,30}}?(?:{w.total_marks})"
        rf"|(?P<en>{w.list_counts}|(?<![\d.,])[2-6])\s+(?:\w+\s+){{0,2}}?(?:{w.list_nouns})[^.]{{0,40}}?(?:{w.total_marks})"
        # the mark first: `Together those five sectors accounted for T`, `Combined, the two divisions made T`
        rf"|\b(?:{w.total_marks})[,\s]+(?:\w+\s+)?(?P<first>{w.list_counts}|[2-6])\s+(?:\w+\s+){{0,2}}?"
        rf"(?:{w.list_nouns})\b"
    ),
    re.I,
)

# Every counted total names its list noun: where none is, the expression above need not be tried.
_LIST_NOUN = ByLanguage(lambda w: rf"(?:{w.list_nouns})", re.I)


@functools.cache
def _counts(lang: str) -> dict[str, int]:
    """What a counted list's number word is worth: the language's number words (extraction data)."""
    data = merged(lang)[0]
    words = {**data.native_numbers.units, **data.number_words.words}
    return {word.lower(): int(value) for word, value in words.items() if float(value).is_integer()}


def link_totals(claims: list[Claim], text: str, lang: str, lexicon: Lexicon | None = None) -> None:
    by_sentence = group_by_sentence(
        claim for claim in claims if claim.role != "conversion" and claim.kind in AMOUNTS and claim.role != "change"
    )
    stated_totals: set[str] = set()  # figures already read as the total of a list
    # (each reading of a list opens on its mark; one the text can match nowhere is not tried per figure)
    broken_down = may_match(_BREAKDOWN_OPEN, text) or may_match(_COPULA_THEN_BREAKDOWN[lang], text)
    listed = may_match(_MARK_BEFORE[lang], text) or may_match(_MARK_AFTER[lang], text)
    followed = may_match(_PARTS_FOLLOW[lang], text)
    restating = _parts_restating_a_share(claims, text, lang) if listed else set()
    for figures in by_sentence.values():
        for position, total in enumerate(figures):
            if total.part_of is not None:
                continue
            if total.id in restating:
                continue  # (`600 members, … account for 65% of them, 390 in all`: the share's part, no sum of the list)
            parts = (
                (broken_down and _breakdown(figures, position, text, lang))
                or (listed and _listed_before(figures, position, text, lang, stated_totals))
                or (followed and _parts_after(figures, position, text, lang))
            )
            parts = [part for part in parts or () if not _size_of_one_thing(part)]
            lots = [part for part in parts if in_a_lot(part, figures, text, lang)]
            if lots:
                if not _counts_apart_from_the_total(lots, total):
                    # (`8개 조에 4개 팀씩 나뉘어 모두 48경기`: a count of units and the lot each holds, no parts)
                    continue
                # (`4개 팀씩 12개 조로 나눈 조별리그 72경기와 결선 24경기를 더해 모두 96경기`: the groups and the teams
                # in each say how the first part was played, and count no games)
                parts = [part for part in parts if part not in lots]
            parts = _without_the_count_of_members(parts, total)
            parts = _of_the_totals_noun(parts, total)
            parts = _without_an_unlike_head(parts, total, text, lang)
            # (`The 36 stalls averaged 45 metres of bunting, some 1,620 metres in all`: an average per one of a count
            # stated before it is no amount added to the total; the list, the count beside it, is none)
            parts = [
                part
                for part in parts
                if not _AVERAGED[lang].search(text, max(0, part.start - _AVERAGED_REACH), part.start)
                and not (part.kind == "count" and _PER_NOUN_AFTER[lang].match(text, part.end))
            ]
            if (
                len(parts) >= 2
                and not any(stated_per_period(part, text, lang) for part in parts)
                and not _prices_per_unit_of_a_sum(parts, total, text, lang)
                and not _counts_its_parts(parts, total)
                and not _counts_another_kind(parts, total, lang)
                and not _classifiers_apart(parts, total)
                # (`Seven wardens each walk 12 miles a day, 84 miles in all`: the count and what each of it does,
                # no parts of the total: checker/link/totals_of_each.py reads them)
                and not (position and totals_each_of_a_count(figures, position - 1, text, lang))
                and (not _pay_over_a_term(parts, total, text, lang) or _read_pay_over_a_term(parts, total, text, lang))
            ):
                earlier = _source_the_sentence_before(by_sentence.get(total.sentence - 1, ()), parts, total, text, lang)
                for part in [*([earlier] if earlier is not None else []), *parts]:
                    part.part_of = total.id
                stated_totals.add(total.id)
    _counted_lists(claims, text, lang)
    _included_in_parentheses(claims, text, lang)
    _labelled_breakdowns(claims, text, lang)
    _left_out_and_the_rest(claims, text, lang)
    _broken_down_in_the_next_sentence(claims, text, lang)
    if lexicon is not None and lexicon.partitions:
        _partitions(claims, text, lexicon, lang)
    _priors_of_parts(claims)


def _source_the_sentence_before(
    before: list[Claim], parts: list[Claim], total: Claim, text: str, lang: str
) -> Claim | None:
    """`Half the cost, £25,000, came from a heritage fund. The council gave £15,000 and an appeal raised £10,000,
    making up the £50,000.`: the one amount of the list's unit and kind the sentence right before states, in the same
    paragraph, with a verb after it saying where it came from (`[link.source_verbs_after]`), a value tied to nothing
    and smaller than the total, is the list's first part: the sources of one sum, told over two sentences. A list that
    adds up to its total alone (`A £20,000 grant came from the lottery. The council gave £24,000 and an appeal raised
    £16,000, making up the £40,000`) takes no source before it."""
    same = [c for c in before if (c.unit, c.kind) == (total.unit, total.kind)]
    if len(same) != 1 or adds_up_to(total, parts):
        return None
    first = same[0]
    if (
        first.role != "value"
        or first.part_of is not None
        or first.paragraph != parts[0].paragraph
        or first.high >= total.low
        or periods_differ(first, total)
    ):
        return None
    return first if _SOURCE_AFTER[lang].match(text, first.end) else None


# right after an amount, the verb saying where it came from (`£25,000, came from a heritage fund`)
_SOURCE_AFTER = ByLanguage(lambda w: rf",?\s+(?:{w.source_verbs_after})\s", re.I)


# `a 40-ton crane`, `its 3-kilogram sacks`, `a 1.2-mile course`: a measure (or a count of a unit the extraction reads as
# a counter) joined to its number by a hyphen, written before a noun
_HYPHENED_MEASURE = compile_exact(r"\d[-‑][^\W\d_]+$")


def _size_of_one_thing(part: Claim) -> bool:
    """`A 40-ton crane lifted the 12-ton span …: 17 tons in all`, `three laps of a 1.2-mile course, 3.6 miles in
    total`: a measure written as an adjective is the size of one thing of its noun (a crane's rating, a sack's weight,
    a course's length), no amount of the list's total; so is a count whose counter is so joined to it."""
    return part.kind in ("measure", "count") and _HYPHENED_MEASURE.search(part.text) is not None


def _counts_apart_from_the_total(lots: list[Claim], total: Claim) -> bool:
    """Whether a count of units and the lot each holds both count with a counter other than the total's (`4개 팀씩
    12개 조` before `모두 96경기`), the total's counter written."""
    return total.kind == "count" and bool(total.counter) and all(lot.counter != total.counter for lot in lots)


def _without_the_count_of_members(parts: list[Claim], total: Claim) -> list[Claim]:
    """`78석과 46석짜리 상영관 두 곳, 모두 124석`, `rooms of 40 seats and 30 seats in two halls, 70 seats in all`: where
    the parts all count with the total's counter but one, that one counts the list's members (the halls), not an
    amount of the total: it is no part."""
    if total.kind != "count" or not total.counter:
        return parts
    odd = [part for part in parts if part.kind == "count" and part.counter != total.counter]
    if (
        len(odd) == 1
        and len(parts) - 1 >= 2
        and all(part.counter == total.counter for part in parts if part not in odd)
    ):
        return [part for part in parts if part is not odd[0]]
    return parts


def _of_the_totals_noun(parts: list[Claim], total: Claim) -> list[Claim]:
    """`Eight groups of four teams each played the other three, 48 group games, before the top 16 teams met
    in a knockout of 15 games, 63 games in all`: a clause's counts of several nouns before a total counting one of them
    (a noun, no classifier), two of them or more of the total's noun: where the whole list does not make the total,
    the parts are those of its noun (the groups and teams are who played, no games)."""
    if total.kind != "count" or not total.counter or len(total.counter) < NOUN_COUNTER or adds_up_to(total, parts):
        return parts
    if any(part.kind != "count" for part in parts):
        return parts
    alike = [part for part in parts if counters_alike(part.counter, total.counter)]
    others = [part for part in parts if part not in alike]
    if len(alike) < 2 or not others or any(not p.counter or len(p.counter) < NOUN_COUNTER for p in others):
        return parts
    return alike


def _unlike_the_total(part: Claim, total: Claim, text: str, lang: str) -> bool:
    """A figure the walk back took that cannot be a part of the total by its words: a count whose classifier counts
    another thing (`버스 7대`, `노선 11개` before `학생 81명`), or an amount stated per a period (`£40 a year`)."""
    if part.kind == "count" and total.kind == "count" and classifiers_unlike(part.counter, total.counter):
        return True
    return stated_per_period(part, text, lang)


def _without_an_unlike_head(parts: list[Claim], total: Claim, text: str, lang: str) -> list[Claim]:
    """`버스 7대가 노선 11개를 돌며 초등학생 81명과 중학생 47명, 모두 128명`, `30 shops pay £40 a year each, bringing
    in £1,200, and the council adds £2,500, making total income of £3,700`: figures at the head of the list (the
    first stated) that cannot be parts of the total by their words (another classifier, a figure per a period), the
    rest (two at least) parts it can be: the list opens after them. A list unlike the total in the middle or at its
    end is left whole (the checks that follow read it)."""
    if len(parts) < 3:
        return parts
    head = 0
    while head < len(parts) and _unlike_the_total(parts[head], total, text, lang):
        head += 1
    rest = parts[head:]
    if not head or len(rest) < 2 or any(_unlike_the_total(part, total, text, lang) for part in rest):
        return parts
    return rest


# a count of the things averaged, a few words, then the average's mark right before the part (`The 24 floats averaged`,
# `The 24 floats used an average of`): the part is per one of that count; with no count (`Rainfall averaged 30mm in
# June and 42mm in July`) the figures may be parts of a sum (a count is no year: `In 2025 rainfall averaged`). A
# pronoun of the things counted before stands for the count (`…, and they have averaged 90 riders`:
# `[link.averaged_pronoun_subjects]`)
_AVERAGED = ByLanguage(
    lambda w: (
        r"(?:(?<![\w.,])(?!(?:19|20)\d\d(?!\d))\d[\d,]*[^\W\d_]*\s+(?:[^\W\d_]+\s+){1,3}"
        rf"|(?<![^\W\d_])(?:{w.averaged_pronoun_subjects})\s+(?:(?:have|had)\s+)?)"
        rf"(?:{w.average_right_before})\s*(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_AVERAGED_REACH = 80  # characters before a part where its count and average's mark stand
# `150 pupils in its six classes, 25 to a class, …, 60 visits in all`: right after a count, the mark of the one noun it
# is counted per (`[link.per_unit_after_average]`): a count per one of that noun is no amount added to a total
_PER_NOUN_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.per_unit_after_average}|{w.per_unit_after_appended})\s+[^\W\d_]{{3,}}(?![^\W\d_])", re.I
)


def _classifiers_apart(parts: list[Claim], total: Claim) -> bool:
    """`가마를 한 번 땔 때마다 벽돌 400개가 구워져 모두 15번`, `두 동이 200가구, 나머지 100가구 … 손잡이 1천800개`:
    counts whose classifiers count unlike things (times and pieces, households and pieces) add up to no total."""
    if total.kind != "count" or any(part.kind != "count" for part in parts):
        return False
    return any(classifiers_unlike(part.counter, other.counter) for part in parts for other in [*parts, total])


def _counts_its_parts(parts: list[Claim], total: Claim) -> bool:
    """`printed in two runs: 7,000 in March and 9,000 in October`, `세 차례에 걸쳐 20억원, 30억원, 10억원`: a small
    count before a list of parts each many times larger numbers the parts, it does not add them up; so does a count
    that is the number of the parts listed, each larger than it (`in four sizes: 30 small, 28 medium, 22 large and
    12 extra large`)."""
    if total.kind != "count" or total.value != int(total.value) or total.value > _MOST_ITEMS_LISTED:
        return False
    if total.value == len(parts) and all(part.value > total.value for part in parts):
        return True
    return all(part.value >= _ITEMS_FAR_BELOW * total.value for part in parts)


# `[link.kind_counters]`: a classifier that counts one kind of thing (`마리` animals, `경기` bouts or games)
_KIND_COUNTER = ByLanguage(lambda w: rf"(?:{w.kind_counters})")


def _counts_another_kind(parts: list[Claim], total: Claim, lang: str) -> bool:
    """`체급별로 A 30마리, B 25마리, C 20마리로, 모두 60경기가 열렸다`: parts that all count one kind of thing by its
    classifier and a total counted by another such classifier count two things (the bouts the animals fought, not the
    animals): the list is no sum of the total, whatever the numbers."""
    if total.kind != "count" or not total.counter or any(part.kind != "count" for part in parts):
        return False
    counters = {part.counter for part in parts}
    if len(counters) != 1:
        return False
    (counter,) = counters
    kind = _KIND_COUNTER[lang]
    return (
        counter is not None
        and kind.fullmatch(counter) is not None
        and kind.fullmatch(total.counter) is not None
        and _classifiers_differ(parts[0], total, lang)
    )


_MOST_ITEMS_LISTED = 12  # a count a list names item by item (`in three lots: …`)
_ITEMS_FAR_BELOW = 10  # each part many times the count: the count is of the items, not a sum of them


def _prices_per_unit_of_a_sum(parts: list[Claim], total: Claim, text: str, lang: str) -> bool:
    """`bought at $40 each and shipped at a further $9 a crate, costing $2.1 million in all`: prices per one thing
    add up to the price of one thing, never to a total of many; a total not stated per one thing is no sum of
    them."""
    return all(PRICED_PER_UNIT[lang].match(text, part.end) for part in parts) and not PRICED_PER_UNIT[lang].match(
        text, total.end
    )


# `$600 million (including $300 million on imports)`, `5조원(이 중 해외 2조원)`: one part of the figure before.
_INCLUDED_OPEN = ByLanguage(lambda w: rf"\s?\(\s?(?:{w.included_marks})[^\d();.]{{0,20}}?")


def _included_in_parentheses(claims: list[Claim], text: str, lang: str) -> None:
    for head, part in zip(claims, claims[1:]):
        if (
            head.kind in AMOUNTS
            and part.kind in AMOUNTS
            and head.unit == part.unit
            and part.part_of is None
            and head.role != "conversion"
            and _INCLUDED_OPEN[lang].fullmatch(text, head.end, part.start)
        ):
            part.part_of, head.open_list = head.id, True
            part.label = "included"  # one part of the figure, never the same fact as it


def _broken_down_in_the_next_sentence(claims: list[Claim], text: str, lang: str) -> None:
    """`3년 총액 30억원에 계약했다. 계약금 10억원, 연봉 5억원씩 15억원, 옵션 최대 5억원이다.`, `sales
    totalled 5.2 million units … Car sales … 4.0 million units, while truck sales … 1.2 million units`:
    the figures of a marked total's unit in the next sentence, each smaller than it, are its parts. A
    rate per period followed by its product (`5억원씩 15억원`) is no part; any other is a term the list
    does not state, and then there is no sum. The sentence may name only some parts (open), and the
    link is found by position, so it is a guess."""
    figures = [c for c in claims if c.kind in AMOUNTS and c.role == "value" and not c.furniture]
    totals = {c.part_of for c in claims if c.part_of}
    by_sentence = group_by_sentence(figures)  # (a total's sentence and the next, not every figure per total)
    for total in figures:
        if (
            total.part_of is not None
            or total.id in totals
            or total.open_list
            or not TOTAL_MARK_BEFORE[lang].search(text, max(0, total.start - 12), total.start)
        ):
            continue  # only a total marked as one (`총액 30억원`, `totalled 5.2 million units`) is broken down
        if any(c.start > total.end and c.unit == total.unit for c in by_sentence[total.sentence]):
            continue  # a total with figures of its unit after it in its sentence is read there, if at all
        following = [
            c for c in by_sentence.get(total.sentence + 1, []) if c.unit == total.unit and c.counter == total.counter
        ]
        parts = []
        for position, candidate in enumerate(following):
            if candidate.kind == "count" and (
                is_a_rate(candidate, text, lang)
                or _PER_NOUN_BEFORE[lang].search(text, max(0, candidate.start - 16), candidate.start)
            ):
                parts = []  # (`전교생은 420명으로 학년당 평균 70명`: a count per unit, an average, no part)
                break
            if not stated_per_period(candidate, text, lang):
                parts.append(candidate)
            elif position + 1 == len(following) or not _PRODUCT_FOLLOWS.fullmatch(
                text, candidate.end, following[position + 1].start
            ):
                parts = []  # a rate per period whose product the list does not state
                break
        if len(parts) < 2 or any(
            p.part_of is not None or p.id in totals or p.high >= total.low or metrics_differ(p, total) for p in parts
        ):
            continue  # a part is no larger than its total, and of its metric (profits are no part of revenue)
        if TOTAL_MARK_BEFORE[lang].search(text, max(0, parts[0].start - 12), parts[0].start):
            continue  # the next sentence states a total of its own
        for part in parts:
            part.part_of = total.id
        # `…, 옵션 5억원이다.`: a sentence that is the list and ends on its last part states all of the parts, as do
        # parts that name a whole contract (`계약금 a, 연봉 b, 옵션 c이 걸렸다`).
        total.open_list = not (closes_its_list(text, parts[-1].end, lang) or names_a_whole_contract(parts, text, lang))
        total.guesses = sorted(set(total.guesses) | {"relation"})


# The copula right after a list's last figure, ending the sentence (`…, 옵션 5억원이다.`).
_LIST_CLOSES = ByLanguage(lambda w: rf"(?:{w.list_closing_copulas})\s*(?:[.\n]|$)")


def closes_its_list(text: str, end: int, lang: str) -> bool:
    """Whether the figure ending at `end` ends its sentence with a copula (`…, C당 3석이다.`): a sentence that is
    a list and stops on its last part names all of the parts."""
    return _LIST_CLOSES[lang].match(text, end) is not None


# `학년당 평균 70명`: a noun and the mark of a price per unit (`당`) right before a count, a word between at most: the
# count is per that noun, an average
_PER_NOUN_BEFORE = ByLanguage(lambda w: rf"{noun_before_unit_price(w, lazy=False)}(?:\s+[^\W\d\s]+)?\s*$")
# `연봉 5억원씩 15억원`: a rate per period, then (a word or two on) what it comes to.
_PRODUCT_FOLLOWS = compile_exact(r"[^\d.;,]{0,12}")


def _priors_of_parts(claims: list[Claim]) -> None:
    """`5.2 million units against 4.8 million units …; 4.0 million units against 3.9 million units, while … 1.2
    million units against 0.9 million units`: when a total and each of its parts are stated with a figure of the period
    before (the next baseline or prior of its unit in its sentence, before any other figure of it), the
    parts' earlier figures are parts of the total's earlier figure."""
    by_id = {c.id: c for c in claims}
    # A total broken down twice (by product, then by market) has a list of parts per breakdown: the
    # priors of each list are a list of their own under the total's prior.
    parts_of: dict[tuple[str, str | None], list[Claim]] = {}
    for claim in claims:
        if claim.part_of and claim.role == "value":
            parts_of.setdefault((claim.part_of, claim.part_list), []).append(claim)
    for (total_id, part_list), parts in parts_of.items():
        total = by_id.get(total_id)
        if total is None or len(parts) < 2:
            continue
        earlier = [_earlier_figure(claims, c) for c in (total, *parts)]
        if any(e is None or e.part_of is not None for e in earlier) or len({e.id for e in earlier}) != len(earlier):
            continue
        if any(c.part_of == earlier[0].id and c.part_list == part_list for c in claims):
            continue
        for prior in earlier[1:]:
            prior.part_of, prior.part_list, prior.part_list_open = earlier[0].id, part_list, parts[0].part_list_open
        earlier[0].open_list = total.open_list
        earlier[0].guesses = sorted(set(earlier[0].guesses) | set(total.guesses))


def _earlier_figure(claims: list[Claim], figure: Claim) -> Claim | None:
    """The baseline or prior of a figure's unit stated right after it in its sentence."""
    for claim in claims:
        if (
            claim.start <= figure.start
            or claim.sentence != figure.sentence
            or claim.unit != figure.unit
            or claim.kind != figure.kind
            or claim.role in ("conversion", "change")
        ):
            continue
        return claim if claim.role in ("baseline", "prior") else None
    return None


# `해외유입 17명을 제외한 312명`, `$10.1bn excluding the $0.6bn unit`, `excluding the $0.6bn unit, revenue
# was $10.1bn`: a figure left out and the rest.
_EXCEPT_BETWEEN = ByLanguage(lambda w: rf"[^\d.;]{{0,24}}?(?:{w.except_marks})\b[^\d.;]{{0,24}}", re.I)
_EXCEPT_BEFORE = ByLanguage(lambda w: rf"(?:{w.except_marks})\b[^\d.;]{{0,12}}$", re.I)
_BETWEEN_TWO = compile_exact(r"[^\d.;]{0,24}")
# `2600만 파운드를 먼저 보낸 뒤, 나머지 400만 파운드는`, `$45m now and the remaining $5m`: a part, then the rest.
_REMAINDER_BEFORE = ByLanguage(lambda w: rf"(?:{w.remainder_marks})\s*$", re.I)
# `Of this year's total, 420 were …`: the parts' clause naming the story's own time (`[link.this_time_owners]`) …
_THIS_TIME_IN_CLAUSE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.this_time_owners})[^\d.;!?]*$", re.I)
# … and a figure before them owned by an earlier time (`Last June's count was 650`: `[link.earlier_time_owners]`)
_OTHER_TIME_IN_CLAUSE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.earlier_time_owners})[^\d.;!?]*$", re.I)
_OWNER_REACH = 60  # characters before a figure where the owner of its clause stands
# … unless that figure's clause goes on to name the story's own time (`… was matched this spring`:
# `[link.this_time_names]`)
_THIS_TIME_NAMED = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.this_time_names})(?![^\W\d_])", re.I)
_CLAUSE_END = compile_exact(r"[.;!?]")
# `Grants added $30,000 and …`: right before a list's first part, a verb adding it to a part stated before
_ADDED_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.list_added_verbs})\s+(?:(?:{w.hedges})\s+)?$", re.I)
# `a cup worth £80 went to the best float; the other cups were £300, £200 and £120, £700 in all`: before a list's first
# part in its clause, words making its members the others of a noun (`[link.other_members_openers]`), one of which
# the sentence states before
_OTHER_MEMBERS = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.other_members_openers})\s+(?P<noun>[^\W\d_]{{2,}})[^\d.;:!?()\n]*$", re.I
)
_OTHER_REACH = 48  # characters before a list's first part where its `the other …` opener stands
# `16 heats, four semi-finals and a final, 21 races in all`: between the list's last figure and its total, a member
# written with no figure (`[link.unread_member_before_total]`)
_UNREAD_MEMBER = ByLanguage(lambda w: rf"(?:{w.unread_member_before_total})", re.I)
_DIGIT = compile_exact(r"\d")
_MEMBER_NOUN_REACH = 32  # characters before the member stated first where the noun naming it stands
# `$80m of the overseas total`: right after a figure, a total named without its figure, the figure one part of it
# (or a whole named by a pronoun or its noun, `Shops took 5,100 of them, cafés 2,500 and the other 2,000`)
_PART_OF_NAMED_TOTAL = ByLanguage(
    lambda w: (
        rf"[^\S\n]+(?:{w.part_of_named_total_after}|{w.parts_of_them}|{w.parts_of_that}|{w.parts_of_a_named_whole})"
        rf"(?![\w'’-])"
    ),
    re.I,
)
# `A accounted for …`: a verb that makes the figure after it a part of something
_PART_VERB_BEFORE = ByLanguage(lambda w: rf"(?:{w.part_verbs_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
# `made 246 and 121 tonnes respectively; the remaining 45 tonnes …`: parts joined by a comma or a list word alone, the
# unit written on the last of them only.
_JOINED_ALONE = ByLanguage(lambda w: rf"\s*(?:,\s*)?(?:{w.list_separators})?\s*", re.I)


def _left_out_and_the_rest(claims: list[Claim], text: str, lang: str) -> None:
    """Two figures of one unit and metric joined by `제외한` / `excluding`, or a figure and the `나머지` /
    `the remaining` figure after it, add up to the whole: the nearest figure of their unit stated before
    them (in their sentence or the two before) that is at least as large as either — found by
    position, so a guess."""
    figures = [c for c in claims if c.kind in AMOUNTS and c.role == "value" and not c.furniture]
    last_of_unit: dict[tuple[str, str], int] = {}  # the index of the last figure of each kind and unit
    for at, second in enumerate(figures):
        position = last_of_unit.get((second.kind, second.unit))
        last_of_unit[(second.kind, second.unit)] = at
        if position is None:
            continue
        first = figures[position]
        if (
            first.part_of
            or second.part_of
            # (`the remaining 16.6 million` after `31.6 million trays`: a bare figure counts what the first did)
            or (first.counter and second.counter and first.counter != second.counter)
            or _metrics_stated_apart(first, second)
        ):
            continue
        # `A made up 540,000 cases, 38% of volume, but brought in £56.9m. B made up the other 880,000 cases`: the
        # rest follows the part it completes, figures of other units between
        # (the part the rest completes may stand two sentences back: the one between states no figure of the unit,
        # as the part is the last figure of it, `Packers sent 18.5 tonnes abroad. Export sales reached $9.2m. The
        # remaining 11.5 tonnes …`)
        rest = (
            second.sentence - first.sentence <= _REST_REACH
            and _REMAINDER_BEFORE[lang].search(text, max(0, second.start - 24), second.start)
            # (`… £4,000 to the guides, together making up the remaining £10,000`: the sum of the figures before,
            # which make up what remains of something else, no rest after them)
            and not TOTAL_MARK_BEFORE[lang].search(text, max(first.end, second.start - 60), second.start)
        )
        if rest and second.sentence != first.sentence and _FIGURE_BEFORE_REST.search(_rest_clause(text, first, second)):
            # (`Of the 90 huts, 50 … and 40 …. The first 45 will be painted in May and the remaining 45 in June`: the
            # rest completes a figure of its own sentence, a split of its own, not the part sentences back)
            continue
        if rest and position >= 2 and priced_count(figures[position - 2], figures[position - 1], first, text, lang):
            # (`raised £9,000 from 600 runners at £15, …; the remaining £21,000`: a price each of a count paid,
            # no part; the rest completes the total stated with them)
            position -= 2
            first = figures[position]
            if first.part_of:
                continue
        if not rest and (
            position != at - 1
            or first.sentence != second.sentence
            or not (
                _EXCEPT_BETWEEN[lang].fullmatch(text, first.end, second.start)
                or (
                    _EXCEPT_BEFORE[lang].search(text, max(0, first.start - 40), first.start)
                    and _BETWEEN_TWO.fullmatch(text, first.end, second.start)
                )
            )
        ):
            continue
        parts = [first, second]
        if rest:
            # (the rest may follow in a later sentence when the pool is a cost the part goes towards: `£46,000 towards
            # a £90,000 roof. Parishioners must find the other £44,000`; a rest after a pool it is drawn from, `of
            # the 1,200 … 480. The other 720`, may be of the story's whole)
            drawn = _drawn_from_a_pool(figures, position, text, lang, towards_only=second.sentence != first.sentence)
            if drawn is not None and _REST_OWN_CLAUSE[lang].match(text, second.end):
                continue  # (`£46,000 towards a £90,000 roof, and the other £20,000 it raised went …`: no rest of it)
            if drawn is not None:
                # `£46,000 towards a £90,000 roof, … the other £44,000`, `480 of the 1,200 …, the other 720`: the part
                # drawn from a pool and the rest in its sentence make up that pool, whatever the figures are
                part, pool = drawn
                part.part_of = second.part_of = pool.id
                pool.guesses = sorted(set(pool.guesses) | {"relation"})
                continue
            parts[:0] = _coordinated_before(figures, position, text, lang)
        start = position - (len(parts) - 2)
        whole = smaller = None
        smaller_listed = False  # whether that smaller figure is a member of its own sentence's list
        passed_over: list[Claim] = []  # figures too small to hold the parts: parts of their own, if a whole agrees
        listed = False  # whether members of the parts' list stated before them are among those passed over
        counted_apart = False  # whether a count of another noun stands between the whole and a rest
        for index in range(start - 1, -1, -1):
            candidate = figures[index]
            apart = first.sentence - candidate.sentence
            if apart > _AGREEING_REACH:
                break
            if (
                candidate.unit != first.unit
                or candidate.counter != first.counter
                or candidate.part_of is not None
                or _metrics_stated_apart(candidate, second)
            ):
                if (
                    rest
                    and apart == 0
                    and candidate.unit == first.unit
                    and candidate.counter
                    and first.counter
                    and candidate.low > min(part.high for part in parts)
                ):
                    counted_apart = True  # (a count of another noun since the whole: a part the rest may be after)
                continue
            if apart > _REST_REACH and not (rest and adds_up_to(candidate, passed_over + parts)):
                continue  # further back, only the whole a part and the rest add up to (wholes_agreeing.py)
            if apart > 0 and _of_another_time(candidate, first, text, lang):
                continue  # (`Last June's count was 650. Of this year's total, 420 …, the other 280 …`: last June's)
            if rest and apart == 0 and PRICED_PER_UNIT[lang].match(text, candidate.end):
                # (`The 30 benches cost £4,500, £150 each, with the parish paying £3,000 and a trust the other
                # £1,500`: a price per unit is no member of the parts' list)
                continue
            if _listed_after_another(figures, index, first):
                # `A took 612, ahead of B with 398 and C with 221, …`: a member of the parts' list, no whole; before a
                # rest, one of the parts the rest completes (`Of the $8m, A cost $5m, B $2m and C the remaining $1m`)
                if rest:
                    passed_over.insert(0, candidate)
                    listed = True
                continue
            if (
                rest
                and apart == 0
                and (
                    _PART_VERB_BEFORE[lang].search(text, max(0, candidate.start - 24), candidate.start)
                    or _parallel_member(figures, index, text, lang)
                    # `A spent $80m of the overseas total and B $60m, C the remaining $40m`: a part of a total named
                    # after it without its figure
                    or _PART_OF_NAMED_TOTAL[lang].match(text, candidate.end)
                    # `Homes take 30m, farms 10m and the other 8m`: the first part of a gapped list, no whole
                    or _opens_a_gapped_list(candidate, first, text, lang)
                )
            ):
                # `A accounted for 610 and B for 170, with C making up the remaining 160`: the figure a verb of
                # accounting for introduces in the parts' sentence is the list's first part, no whole
                passed_over.insert(0, candidate)
                continue
            if candidate.high < max(first.low, second.low):
                if not (smaller or _stated_as_a_share(claims, candidate, text, lang)):
                    smaller = candidate
                    # (still a figure stated since the whole, which leaves the rest's list unclear)
                    smaller_listed = apart > 0 and _one_of_a_list_of_its_own(
                        figures, index, text
                    )  # the whole, misstated, if no larger figure is there
                continue
            if rest and _holds_too_little(candidate, passed_over + parts, figures, index, first):
                # `A grew 110t. B grew 100t; the remaining 90t …`: a figure smaller than the parts while a farther one
                # holds them all is a part of its own, taken only into a whole they all add up to
                passed_over.insert(0, candidate)
                continue
            # (a list's members passed over, the figure its sentence opens with a whole's mark, `Of the $8m,` or
            # `a total of`, is the whole its parts are of, stated right or wrong; unmarked, the list's first part)
            if (
                passed_over
                and not adds_up_to(candidate, passed_over + parts)
                and not (listed and apart == 0 and whole_marked(candidate, text, lang))
            ):
                continue
            # (`It took 900 calls. Crews met 600 incidents, staff 200 calls; the remaining 100 calls …`: the rest may
            # be after a part counted by another noun too, which the whole holds: unclear, unless the parts agree)
            whole = None if counted_apart and not adds_up_to(candidate, passed_over + parts) else candidate
            break
        if passed_over:
            smaller = None
            parts[:0] = passed_over if whole is not None else []
        if whole is None and smaller is not None and not smaller_listed and misstated_whole(smaller, parts):
            whole = smaller
        if whole is not None and rest:
            # The rest is what is left after every part the story has stated of the whole: a part stated with its
            # share beside the whole (`A, or p% of the W`) is one more; any other figure of the unit stated since
            # the whole leaves the list unclear.
            stated = _stated_with_its_share(claims, whole)
            if smaller is not None and whole is not smaller:
                whole = None
            elif stated is not None:
                parts.insert(0, stated)
        if whole is not None:
            for part in parts:
                part.part_of = whole.id
            whole.guesses = sorted(set(whole.guesses) | {"relation"})


def _of_another_time(candidate: Claim, first: Claim, text: str, lang: str) -> bool:
    """Whether the parts' clause names the story's own time (`Of this year's total, 420 …`) and the candidate's an
    earlier one (`Last June's count was 650`): the whole of the parts is this time's, the candidate no whole of them."""
    if not (
        _THIS_TIME_IN_CLAUSE[lang].search(text, max(0, first.start - _OWNER_REACH), first.start)
        and _OTHER_TIME_IN_CLAUSE[lang].search(text, max(0, candidate.start - _OWNER_REACH), candidate.start)
    ):
        return False
    # (`Last spring's count of 1,950 was matched this spring`: the candidate's clause says it is this time's too)
    end = _CLAUSE_END.search(text, candidate.end)
    return _THIS_TIME_NAMED[lang].search(text, candidate.end, end.start() if end else len(text)) is None


# `About a quarter of them, 3,100, came back` (invented): a share of a whole named before, then the figure it is of
_SHARE_OF_THEN_FIGURE = ByLanguage(lambda w: rf"\s+(?:{w.genitive})\s+[^\W\d_][^\d.;,]{{0,30}},\s*", re.I)


def _stated_as_a_share(claims: list[Claim], figure: Claim, text: str, lang: str) -> bool:
    """Whether the figure is set right after a fraction or rate of another whole (`About a quarter of them, 3,100`):
    a part of that whole, never a whole misstated below the parts of a list (a list with its rest, after it)."""
    # (the claims are in the text's order: the one before is found by bisection, not a scan)
    at = bisect.bisect_left(claims, figure.start, key=lambda c: c.start)
    before = claims[at - 1] if at else None
    return bool(
        before is not None
        and before.sentence == figure.sentence
        and before.kind in ("percent", "fraction")
        and _SHARE_OF_THEN_FIGURE[lang].fullmatch(text, before.end, figure.start)
    )


# `A was the largest at $4.2m, ahead of B at $2.1m …; the remaining …`, `북미가 310억원, 유럽이 86억원, 나머지 …`,
# `Of the calls, 96 involved floods, 41 were trees and the remaining 23 …`: the mark right before a figure — a particle
# of its subject, else its last word or a list comma
_PARTICLE_BEFORE = ByLanguage(lambda w: rf"(?<=[^\W\d_])(?:{w.topic_particles})\s*$")
_LAST_MARK = compile_exact(r"(?:[^\W\d_]+|[,;])\s*$")
_MARK_REACH = 16
# between a whole and its first part: the words that open its parts (`, of which`, `가운데`, `이 중`)
_PARTS_OPENED = ByLanguage(lambda w: rf"(?:{w.whole_after}|{w.of_which_openers})", re.I)


def _mark_before(figure: Claim, text: str, lang: str) -> str | None:
    start = max(0, figure.start - _MARK_REACH)
    if _PARTICLE_BEFORE[lang].search(text, start, figure.start):
        return "particle"
    found = _LAST_MARK.search(text, start, figure.start)
    return found.group().strip().lower() if found else None


def _parallel_member(figures: list[Claim], at: int, text: str, lang: str) -> bool:
    """Whether the figure at `at`, in the sentence of a list a rest closes, is set in the frame of the next figure
    of its unit there (the same mark right before each: `… at $4.2m, ahead of B at $2.1m`, `북미가 310억원, 유럽이
    86억원`) with no words that open parts between: the list's first member, not the whole it adds up to."""
    figure = figures[at]
    following = next((c for c in figures[at + 1 :] if c.unit == figure.unit and c.kind == figure.kind), None)
    if following is None or following.sentence != figure.sentence:
        return False
    if _PARTS_OPENED[lang].search(text, figure.end, following.start):
        return False
    mark = _mark_before(figure, text, lang)
    return mark is not None and mark == _mark_before(following, text, lang)


def _letters(w) -> str:
    letters = w.chars("capital_letters", "small_letters")
    return rf"{letters}(?:{letters}|['’-])*"


# from a figure to the next part of a gapped list: a joint and the next part's label, a few words with no verb
# (`30m, farms 10m`; `[link.gapped_list_joints]`, `[link.gapped_label_stops]`, as checker/link/gapped_lists.py reads)
_GAPPED_NEXT = ByLanguage(
    lambda w: (
        rf"\s*(?:{w.gapped_list_joints})\s+(?P<label>{_letters(w)}(?:\s+{_letters(w)}){{0,2}}?)"
        rf"(?:\s+(?:{w.gapped_part_marks}))?\s+"
    ),
    re.I,
    first_tested=False,
)
_GAPPED_STOPS = ByLanguage(lambda w: rf"(?<![\w'’-])(?:{w.gapped_label_stops})(?![\w'’-])", re.I, first_tested=False)


def _opens_a_gapped_list(figure: Claim, following: Claim, text: str, lang: str) -> bool:
    """Whether the figure is followed, in its sentence, by the next part of a list whose verb it said once (`Homes
    take 30m, farms 10m`): the joint and a label of a few words, no verb among them, right before that part."""
    if following.sentence != figure.sentence or following.start <= figure.end:
        return False
    found = _GAPPED_NEXT[lang].match(text, figure.end)
    return (
        found is not None
        and found.end() == following.start
        and _GAPPED_STOPS[lang].search(found.group("label")) is None
    )


def _one_of_a_list_of_its_own(figures: list[Claim], index: int, text: str) -> bool:
    """`Grants went to farms with cattle (410), with sheep (260) or with goats (95). Co-ops received 700 of them; the
    other 300 …`: a figure too small to hold the parts, set in an earlier sentence alone in parentheses (a label's
    count) or beside other figures of its kind and unit, is a member of that sentence's own list, never the parts'
    whole misstated."""
    candidate = figures[index]
    if text[max(0, candidate.start - 2) : candidate.start].rstrip().endswith("(") and text[
        candidate.end : candidate.end + 2
    ].lstrip().startswith(")"):
        return True  # (the figure alone between brackets, a space allowed either side)
    return any(
        other is not candidate
        and other.sentence == candidate.sentence
        and other.kind == candidate.kind
        and other.unit == candidate.unit
        and other.counter == candidate.counter
        for other in figures[max(0, index - _LIST_NEIGHBOURS) : index + _LIST_NEIGHBOURS + 1]
    )


_LIST_NEIGHBOURS = 4  # the figures either side of a candidate whole searched for members of its sentence's list


def _drawn_from_a_pool(
    figures: list[Claim], position: int, text: str, lang: str, towards_only: bool = False
) -> tuple[Claim, Claim] | None:
    """The part and the pool when the figure a rest follows and the one right before it, in one sentence, are a part
    and the pool it is drawn from (`480 of the 1,200`, `£46,000 towards a £90,000 roof`, `1,200대 가운데 480대`), each
    of its kind and unit, neither yet a part."""
    if position < 1:
        return None
    before, after = figures[position - 1], figures[position]
    if (
        before.sentence != after.sentence
        or before.kind != after.kind
        or before.unit != after.unit
        or (before.counter and after.counter and before.counter != after.counter)
        or before.part_of is not None
    ):
        return None
    if _POOL_TOWARDS[lang].fullmatch(text, before.end, after.start):
        return before, after  # (`£46,000 towards a £90,000 roof`: the cost the part goes towards)
    if _POOL_PAID_FROM[lang].fullmatch(text, before.end, after.start):
        return before, after  # (`cost £18,000, paid for from a £30,000 grant`: the fund the part is paid from)
    if towards_only:
        return None
    if _POOL_BEFORE[lang].fullmatch(text, before.end, after.start):
        return before, after  # (`480 of the 1,200`: the pool after the part)
    if (pool := _POOL_AFTER[lang].match(text, before.end)) and not text[pool.end() : after.start].strip():
        return after, before  # (`1,200대 가운데 480대`: the pool before the part)
    return None


def _coordinated_before(figures: list[Claim], position: int, text: str, lang: str) -> list[Claim]:
    """The figures coordinated before the part the rest follows, with the unit written on the last only (`246 and 121
    million bricks; the remaining 45 million`): each of its kind and unit (a bare count before a counted one), not yet a
    part, joined to the next by a comma or a list word alone, in the part's sentence."""
    found: list[Claim] = []
    following = figures[position]
    for index in range(position - 1, -1, -1):
        candidate = figures[index]
        if (
            candidate.sentence != following.sentence
            or candidate.kind != following.kind
            or candidate.unit != following.unit
            or (candidate.counter and candidate.counter != following.counter)
            or candidate.part_of is not None
            or not _JOINED_ALONE[lang].fullmatch(text, candidate.end, following.start)
        ):
            break
        found.insert(0, candidate)
        following = candidate
    return found


def _holds_too_little(candidate: Claim, parts: list[Claim], figures: list[Claim], at: int, first: Claim) -> bool:
    """Whether a figure stated before the parts a rest completes is smaller than their sum while a figure of its unit
    stated further back (in reach) is large enough for them all: that one is their whole, the nearer one a part."""
    total = sum(part.low for part in parts)
    if candidate.high >= total:
        return False
    for index in range(at - 1, -1, -1):
        farther = figures[index]
        if first.sentence - farther.sentence > _AGREEING_REACH:
            return False
        if farther.unit == candidate.unit and farther.counter == candidate.counter and farther.high >= total:
            return True
    return False


def _metrics_stated_apart(one: Claim, other: Claim) -> bool:
    """Whether two figures' own words name different metrics (a metric carried over from another sentence, a guess,
    tells nothing: `나머지 110만상자는` after a revenue figure)."""
    first = one.metric if "metric" not in one.guesses else None
    second = other.metric if "metric" not in other.guesses else None
    return bool(first and second and first != second)


# right before a figure that opens its sentence's list, the mark of the whole the list is of (`Of the $8m,`,
# `a total of $8m`)
_WHOLE_MARKED_BEFORE = ByLanguage(
    lambda w: rf"(?:(?:\A|[.;:!?\n])\s*(?:{w.whole_opening_marks})|(?:{w.total_marks}))\s*$", re.I
)


def whole_marked(figure: Claim, text: str, lang: str) -> bool:
    """Whether the words right before a figure mark it as the whole of the list after it."""
    return _WHOLE_MARKED_BEFORE[lang].search(text, max(0, figure.start - 40), figure.start) is not None


def _listed_after_another(figures: list[Claim], at: int, first: Claim) -> bool:
    """Whether the figure at `at`, stated in the sentence of a list's first part, comes after another figure of its
    unit there: a member of the list, not the whole the list's words lead in with (a whole opens its sentence's
    run of figures, `총 50억원 가운데 20억원 …, 나머지 30억원`)."""
    candidate = figures[at]
    if candidate.sentence != first.sentence:
        return False
    for before in reversed(figures[:at]):
        if before.sentence != candidate.sentence:
            return False
        if before.unit == candidate.unit:
            return True
    return False


def _stated_with_its_share(claims: list[Claim], whole: Claim) -> Claim | None:
    """The part stated before a whole in its sentence with its share of it (`A, or p% of the W`, `A로 전체 W의 p%`):
    the one value of the whole's unit there, and a share after it in the sentence."""
    same = [
        c
        for c in claims
        if c.sentence == whole.sentence and c.unit == whole.unit and c.kind == whole.kind and c.start < whole.start
    ]
    if len(same) != 1 or same[0].role != "value" or same[0].part_of is not None:
        return None
    part = same[0]
    if any(c.sentence == whole.sentence and c.role == "share" and c.start > part.end for c in claims):
        return part
    return None


def _labelled_breakdowns(claims: list[Claim], text: str, lang: str) -> None:
    """`- Passengers: 12.4 million` then `- Carrier A: 4.2 million;`, `- Carrier B: 2.3 million;` …: a run of
    three or more lines, each a label and one figure of one unit, breaks down the labelled figure on
    the line right before the run. The run may leave parts out (open), and the link is found by
    position, so it is a guess."""
    lines = [f for f in labelled_figures(claims, text, lang) if f.claim.kind in AMOUNTS and f.claim.role == "value"]
    position = 0
    while position < len(lines):
        head = lines[position]
        run = []
        for item in lines[position + 1 :]:
            previous = run[-1].claim if run else head.claim
            if (
                not item.bare
                or item.claim.line != previous.line + 1
                or item.claim.unit != head.claim.unit
                or item.claim.counter != head.claim.counter
                or item.claim.part_of is not None
            ):
                break
            run.append(item)
        parts = [item.claim for item in run]
        if len(parts) >= 3 and head.claim.part_of is None and all(p.high < head.claim.low for p in parts):
            for part in parts:
                part.part_of = head.claim.id
            head.claim.open_list = True
            head.claim.guesses = sorted(set(head.claim.guesses) | {"relation"})
            position += len(parts) + 1
        else:
            position += 1


# right after a total named by a plural noun of the amounts listed: the clause closes (`…, costs of £79,000.`), a mark
# of a total at most before (`…, costs of £79,000 in all.`)
_TOTAL_CLOSES = ByLanguage(lambda w: rf"(?:\s+(?:{w.total_marks_after}))?\s*(?:[.;]|$)", re.I)
# between a list and the mark of a total after it, a verb (`watched by`, `drew`) that opens a clause of its own
_PREDICATE_BEFORE_TOTAL = ByLanguage(lambda w: rf"(?<![\w'’-])(?:{w.predicates_before_total})(?![\w'’-])", re.I)


def _an_item_of_a_group(group: re.Match, listed: list[Claim], total: Claim, lang: str) -> bool:
    """Whether a group given the total before its mark (`, 은상 세 팀에 모두`) is one item of the list: named by a word
    of its own (not `입상한`, `이들`: the listed members), its count not that of the items of the list before it."""
    if _GROUP_MEMBER_WORD[lang].fullmatch(group.group("item")):
        return False
    members = _counts(lang).get(group.group("word")) if group.group("word") else int(group.group("digits"))
    return members != sum(1 for c in listed if c.unit == total.unit)


def _listed_before(
    figures: list[Claim], position: int, text: str, lang: str, stated_totals: set[str] = frozenset()
) -> list[Claim] | None:
    total = figures[position]
    start = figures[position - 1].end if position else max(0, total.start - 20)
    mark = search_between(_MARK_BEFORE[lang], text, start, total.start)
    if mark is None and not _MARK_AFTER[lang].match(text, total.end):
        return None
    if (
        mark is not None
        and not mark.group("open")
        and (group := _GROUP_BEFORE_MARK[lang].search(text, max(start, mark.start() - _GROUP_REACH), mark.start()))
        and not _OPEN_MARK[lang].search(text, start, mark.start())
        and _an_item_of_a_group(group, figures[:position], total, lang)
    ):
        return None  # (`…, 은상 세 팀에 모두 450만 원 등 1천550만 원`: one item's total over its members, a part)
    if mark is not None and mark.groupdict().get("amounts") and not _TOTAL_CLOSES[lang].match(text, total.end):
        return None  # (`…, costs of £4,000 a month`, `takings of £2,800 last year`: a sum only closing its clause)
    if _LIST_COMPARED_AFTER[lang].match(text, total.end):
        return None  # (`A 20석, B 10석으로 총 300석의 10%`: a whole the list is compared with, not its sum)
    if position and _REST_LABEL[lang].search(text, start, total.start):
        return None  # `A 20만명, B 10만명이었고, 나머지를 모두 합치면 8만명`: the total of the rest is one more part
    parts: list[Claim] = []
    end = total.start
    earlier = figures[:position]
    for index in range(position - 1, -1, -1):
        candidate = earlier[index]
        if (
            candidate.unit != total.unit
            # (`1편과 2편을 합한 관객은 900만명`: after a mark joined to the total's noun, a part counts what it does)
            or (mark is not None and (mark.group("noun") or mark.group("label")) and candidate.counter != total.counter)
            or candidate.part_of is not None
            # `A당은 지역구 4석과 비례 2석 등 6석, B당은 지역구 3석과 비례 2석 등 5석`: the total of the list
            # before closes it; it is no part of the next one.
            or candidate.id in stated_totals
            or CLAUSE_END[lang].search(text, candidate.end, end)
            # `50 stores: the North store with 340 staff, …, 640 staff in all`: the count of the members, each
            # with a figure of its own, is no part of the sum of their figures
            or (parts and _counts_the_members(candidate, parts[-1], text, lang))
            # (`참가비는 학생 A, 일반 B로 수입은 학생 C, 일반 D 등 모두 T`: a label the list has named already opens
            # another list of the same members, their fees before their takings)
            or (parts and _label_named_again(candidate, parts, text, lang))
        ):
            break
        if _counts_occasions_apart(candidate, total, lang):
            continue  # (`1회 평균 500명, 모두 40회`: people and occasions are no parts of one sum)
        if candidate.role == "baseline":
            continue  # (`took £740, up from £515, making £1,900`: the figure a change starts from is no part of a sum)
        if parts and _qualifies_the_next(candidate, parts[-1], total, text):
            continue  # (`해외 7개 도시 45개 점포`: the cities the part's stores are in, no part of the sum)
        if parts and _occasions_of(candidate, parts[-1], total, text, lang):
            parts.pop()  # (`sold 500 seats for each of 9 nights, 4,500 tickets in all`: the nights are no part)
        end = candidate.start
        if _POOL_AFTER[lang].match(text, candidate.end) or (
            index and _POOL_BEFORE[lang].fullmatch(text, earlier[index - 1].end, candidate.start)
        ):
            continue  # `지역구 254석 가운데 158석 …, 모두 171석`, `158 of the 254 seats …`: the pool is no part
        parts.append(candidate)
        if _MARK_AFTER[lang].match(text, candidate.end):
            # (`paid £4 each, £384 in all, and a raffle raised £616, making £1,000`: a total of its own ends the list)
            break
    if parts and (opener := _OTHER_MEMBERS[lang].search(text, max(0, parts[-1].start - _OTHER_REACH), parts[-1].start)):
        # (`a cup worth £80 went to the best float; the other cups were £300, …, £700 in all`: the member the
        # sentence names before the others is a part too; where none is found, the list may name only some of the
        # total)
        member = _member_named_before(earlier, parts[-1], total, opener.group("noun"), text, lang, stated_totals)
        if member is not None:
            parts.append(member)
        else:
            total.open_list = True
    if (
        mark is not None
        and parts
        and any(part.counter != total.counter for part in parts)
        and _PREDICATE_BEFORE_TOTAL[lang].search(text, parts[0].end, mark.start())
    ):
        # (`18 floats and 14 bands, watched by a total of 9,000 people`: a verb after the list opens a clause of its
        # own, whose total counts another noun than the list's: no sum of it)
        return None
    if mark is not None and mark.group("noun") and _metrics_apart(parts, total):
        return None  # (`매출은 300억원, 영업이익은 30억원으로 총자산은 …`: figures of two metrics are no list of it)
    if mark is not None and mark.group("phrase") and holds_more_than_the_list(total, parts, text, lang):
        return None  # (`…, for combined takings of €3m over two years`: a total of more than the list)
    if (
        parts
        and _UNREAD_MEMBER[lang].search(text, parts[0].end, total.start)
        and not _DIGIT.search(text, parts[0].end, total.start)
    ):
        total.open_list = True  # (`four semi-finals and a final, 21 races in all`: a member the figures leave out)
    if (mark is not None and mark.group("open")) or (
        parts and _ADDED_BEFORE[lang].search(text, max(0, parts[-1].start - 32), parts[-1].start)
    ):
        # (`Grants added $30,000 and donations $9,000, for $89,000 in all`: the list adds to a part stated before it)
        total.open_list = True
    return parts[::-1]


def _member_named_before(
    earlier: list[Claim], first: Claim, total: Claim, noun: str, text: str, lang: str, stated_totals: set[str]
) -> Claim | None:
    """The one figure of the total's unit its sentence states before the list of the others (`a cup worth £80 went to
    the best float; the other cups were …`), the noun of those others named right before it, in its clause: the
    member they are the others of."""
    stem = singular(noun, lang)
    found = [
        c
        for c in earlier
        if c.sentence == total.sentence
        and c.end <= first.start
        and c.unit == total.unit
        and c.kind == total.kind
        and c.role == "value"
        and c.part_of is None
        and c.id not in stated_totals
    ]
    if len(found) != 1:
        return None
    member = found[0]
    before = text[max(0, member.start - _MEMBER_NOUN_REACH) : member.start]
    words = [singular(w, lang) for w in _WORD_IN.findall(CLAUSE_END[lang].split(before)[-1])]
    return member if stem in words else None


_WORD_IN = compile_exact(r"[^\W\d_]{2,}")


# Korean: the one word right before a listed figure, a space between, after a separator or the clause's start (`학생
# 2만 원`): the member of the list the figure is of
_LABEL_BEFORE = ByLanguage(lambda w: rf"(?:^|[\s,·(])(?P<label>(?:{w.script_letters}){{2,8}})\s$", first_tested=False)
# (a word ending in a particle, `수출이 118억달러`, is the clause's noun, the same for every member: no label)
_PARTICLE_END = ByLanguage(lambda w: rf"(?:{w.particles_after_name}|{w.to_particles})$", first_tested=False)
_LABEL_REACH = 12


def _label(figure: Claim, text: str, lang: str) -> str | None:
    if lang != "ko":
        return None  # (English words right before a figure, `about`, `to`, name no member)
    found = _LABEL_BEFORE[lang].search(text, max(0, figure.start - _LABEL_REACH), figure.start)
    if found is None or _PARTICLE_END[lang].search(found.group("label")):
        return None
    return found.group("label")


def _label_named_again(candidate: Claim, parts: list[Claim], text: str, lang: str) -> bool:
    """Whether the word labelling a figure before a list's parts labels one of them too, the parts (two at least)
    labelled each by a word of its own: the list names each member once, so the figure is of another list of the same
    members (`학생 2만 원, 일반 3만 원으로 … 학생 2천176만 원, 일반
    576만 원`: the fees, then the takings)."""
    label = _label(candidate, text, lang)
    if label is None or len(parts) < 2:
        return False
    labels = [_label(part, text, lang) for part in parts]
    # (the parts' own labels name members only where they differ: `입장권 수입 A와 체험 수입 B`, the noun repeated)
    return None not in labels and len(set(labels)) == len(labels) and label in labels


# Between a figure and the part it qualifies: a space alone, no separator, particle or word.
_ADJACENT = compile_exact(r"[^\S\n]+")


def _qualifies_the_next(candidate: Claim, part: Claim, total: Claim, text: str) -> bool:
    """Whether the figure right before a part, nothing but a space between, counts another thing than the part and
    the total (`7개 도시 45개 점포`, invented): it says where or of what the part's count is, and is no part of the
    list (two parts are always joined by a separator or a particle)."""
    return (
        bool(candidate.counter and part.counter and total.counter)
        and len(candidate.counter) < NOUN_COUNTER
        and candidate.counter != part.counter
        and candidate.counter != total.counter
        and _ADJACENT.fullmatch(text, candidate.end, part.start) is not None
    )


def _counts_the_members(candidate: Claim, member_figure: Claim, text: str, lang: str) -> bool:
    """Whether a figure before a member's own figure (`[link.member_attribute_before]` right before it: `the North
    store with 340 staff`) counts another noun: it counts the members, and is no figure of theirs."""
    return _counters_differ(candidate, member_figure, lang) and bool(
        _MEMBER_ATTRIBUTE_BEFORE[lang].search(text, max(0, member_figure.start - 16), member_figure.start)
    )


# `500 seats for each of 9 nights`, `14 goals in 27 games`, `300 rooms were let for 40 nights`: a figure, a verb at
# most, then the occasions it was stated over
_OCCASIONS_AFTER = ByLanguage(
    lambda w: rf"\s+(?:[^\W\d_]+\s+){{0,3}}?(?:{w.occasions_after_figure})\s+",
    re.I,
    first_tested=False,
)
# `800석이 20회 공연 내내`: a count of occasions (`[link.occasion_counters]`)
_OCCASION_COUNTER = ByLanguage(lambda w: rf"(?:{w.occasion_counters})", first_tested=False)


def _occasions_of(figure: Claim, later: Claim, total: Claim, text: str, lang: str) -> bool:
    """Whether the figure right after another counts the occasions or units that one was stated over, not a part
    of the list: it counts another noun than the figure and the total, and it is joined to the figure by a word of
    occasions (`[link.occasions_after_figure]`: `500 seats for each of 9 nights`) or counts occasions itself
    (`[link.occasion_counters]`: `800석이 20회 공연 내내 매진돼 모두 1만6000명`). `14 goals in 27 games and 6 in
    12 cup games, 20 goals in all` keeps the goals."""
    if not (_counters_differ(figure, later, lang) and _counters_differ(later, total, lang)):
        return False
    if _OCCASIONS_AFTER[lang].fullmatch(text, figure.end, later.start):
        return True
    return bool(later.counter and _OCCASION_COUNTER[lang].fullmatch(later.counter))


def _counts_occasions_apart(figure: Claim, total: Claim, lang: str) -> bool:
    """Whether one of a figure and a total counts occasions (`[link.occasion_counters]`) and the other another thing:
    no part of that total."""
    if not _counters_differ(figure, total, lang):
        return False
    occasion = _OCCASION_COUNTER[lang]
    return any(c.counter and occasion.fullmatch(c.counter) for c in (figure, total))


def _metrics_apart(parts: list[Claim], total: Claim) -> bool:
    """Whether the parts are of two metrics, or of one another than the total's."""
    return len({part.metric for part in parts}) > 1 or any(metrics_differ(part, total) for part in parts)


def _breakdown(figures: list[Claim], position: int, text: str, lang: str) -> list[Claim] | None:
    """`82억원(계약금 40억원·연봉 42억원)`: a total broken down in the parenthesis after it; or after the copula that
    ends its sentence, the parenthesis closing the sentence (`택시는 3,426대다(법인 1,512대, 개인 1,914대).`)."""
    total = figures[position]
    opened = _BREAKDOWN_OPEN.match(text, total.end)
    after_copula = opened is None
    if opened is None:
        opened = _COPULA_THEN_BREAKDOWN[lang].match(text, total.end)
    if opened is None:
        return None
    close = text.find(")", opened.end())
    if close < 0 or (after_copula and not _SENTENCE_CLOSES.match(text, close + 1)):
        return None
    inside = [c for c in figures[position + 1 :] if c.end <= close and c.unit == total.unit]
    if after_copula and any(c.role != "value" or c.period != total.period for c in inside):
        return None  # (`3,200명이었다(지난해 2,900명, …)`: the figures of other periods, no breakdown)
    return inside if len(inside) >= 2 else None


def _pay_over_a_term(parts: list[Claim], total: Claim, text: str, lang: str) -> bool:
    pay = any(_PAY_BEFORE[lang].search(text, max(0, part.start - 8), part.start) for part in parts)
    return pay and TERM[lang].search(text, max(0, parts[0].start - 60), total.start) is not None


def _read_pay_over_a_term(parts: list[Claim], total: Claim, text: str, lang: str) -> bool:
    """`4년 총액 90억원(계약금 40억원·연봉 50억원)` or `…(계약금 10억원·연봉 20억원)`: pay beside a term is the
    whole term's pay or a year's, and the words do not say which. Both readings are tried: the one the total
    agrees with is the list's (a year's pay counted once per year, `part_times`); when neither agrees, the
    nearer one is linked as a guess, so the misstatement is reported as a warning. Whether the list is a sum is
    decided by its words, never by its arithmetic: only which of the two readings it is."""
    term = None
    for term in TERM[lang].finditer(text, max(0, parts[0].start - 60), total.start):  # noqa: B007 — the nearest
        pass
    years = term_years(term.group(0), lang) if term is not None else None
    if years is None or not years.is_integer():
        return False  # `4+2년`: a term and an option, no one count of years
    pay = [p for p in parts if _PAY_BEFORE[lang].search(text, max(0, p.start - 8), p.start)]
    once = (sum(p.low for p in parts), sum(p.high for p in parts))
    extra = years - 1
    yearly = (once[0] + extra * sum(p.low for p in pay), once[1] + extra * sum(p.high for p in pay))

    def distance(reading: tuple[float, float]) -> float:
        if reading[0] <= total.high and total.low <= reading[1]:
            return 0.0
        return min(abs(reading[0] - total.high), abs(reading[1] - total.low)) / max(abs(total.value), 1e-9)

    if distance(yearly) < distance(once):
        for part in pay:
            part.part_times = int(years)
    if min(distance(once), distance(yearly)) > 0:
        total.guesses = sorted(set(total.guesses) | {"relation"})
    return True


def _counted_lists(claims: list[Claim], text: str, lang: str) -> None:
    facts = [c for c in claims if c.kind in ("money", "count") and c.role == "value" and not c.furniture]
    totals = {c.part_of for c in claims if c.part_of}
    list_noun = _LIST_NOUN[lang]
    for total in facts:
        if total.part_of is not None or len(total.entities) > 1 or total.id in totals:
            continue
        if not search_between(list_noun, text, max(0, total.start - 60), total.end):
            continue  # (a plain search, several times cheaper than the expression below)
        window = text[max(0, total.start - 60) : total.end]
        window = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]  # the total's own sentence
        match = None
        before_total = len(window) - (total.end - total.start)
        for found in _COUNTED_TOTAL[lang].finditer(window):
            # The last match; in `together those three sectors` the count is no total of its own list.
            if not (found.group("first") and found.end() > before_total):
                match = found
        if match is None:
            continue
        word = (match.group("n") or match.group("en") or match.group("first")).lower()
        parts = _neighbours(facts, total, _counts(lang).get(word) or int(word), lang)
        if parts and all(p.part_of is None for p in parts):
            for part in parts:
                part.part_of = total.id
            total.guesses = sorted(set(total.guesses) | {"relation"})  # members found by position, not by name


def _neighbours(facts: list[Claim], total: Claim, n: int, lang: str) -> list[Claim] | None:
    """The n figures of the total's unit in the two sentences before it, or else after it."""
    # (of one counter too: days are no part of a count of buses)
    same = [
        c
        for c in facts
        if c is not total
        and c.unit == total.unit
        and not metrics_differ(c, total)
        and not _counters_differ(c, total, lang)
    ]
    before = [c for c in same if total.sentence - 2 <= c.sentence < total.sentence]
    after = [c for c in same if total.sentence < c.sentence <= total.sentence + 2]
    for side in (before[-n:] if len(before) >= n else None, after[:n] if len(after) >= n else None):
        if side and len(side) == n:
            return side
    return None


def _parts_after(figures: list[Claim], position: int, text: str, lang: str) -> list[Claim] | None:
    """`T cases include A active cases, B recoveries and C deaths`: the total, a marker, then every
    figure of its unit up to the end of the clause."""
    total = figures[position]
    # Parts are figures of the total's unit (a prior or a baseline is no part).
    # (Read lazily: the marker right after the total is tested before the sentence's other figures are.)
    following = (c for c in itertools.islice(figures, position + 1, None) if c.unit == total.unit and c.role == "value")
    first, second = next(following, None), next(following, None)
    if second is None:
        return None
    marker = _PARTS_FOLLOW[lang].match(text[total.end : first.start])
    if marker is None or _ASIDE_BETWEEN_DASHES.search(text, total.end, first.start):
        # (`1,800 in zone 4 - nearly half - 1,200 in the hills`: a dash that closes an aside the figure opened
        # is no mark of its parts)
        return None
    if _members_own_figures(figures, position, first, text, lang):
        return None
    # `부산 18곳 중 17곳, 경남 16곳 중 13곳`: a figure followed by the marker is the next total, not a part.
    new_total = _NEW_TOTAL[lang]
    if new_total.match(text, first.end):
        return None
    parts = [first]
    for candidate in itertools.chain((second,), following):
        if _inside_parenthesis(text, total.end, candidate.start):
            continue  # `customs $600 million (including $300 million on imports)`: a part of a part
        if (
            candidate.part_of is not None
            or CLAUSE_END[lang].search(text, parts[-1].end, candidate.start)
            or new_total.match(text, candidate.end)
            # `비례대표 46석 중 13석을 얻어 모두 171석`: a figure marked as a total is a total of its own
            or TOTAL_MARK_BEFORE[lang].search(text, max(parts[-1].end, candidate.start - 24), candidate.start)
            or _RESTATES_THE_PART[lang].fullmatch(text, parts[-1].end, candidate.start)
            # (`210 moorings: 120 for yachts and 90 for visitors, with 15 more planned`: a count added, no part)
            or _ADDED_AFTER[lang].match(text, candidate.end)
            # (`회원 10명 가운데 7명은 30대였다`: a figure of another classifier than the total's counts another thing,
            # no part of it; nouns as counters may name a kind of the total's, `812 stores: 331 supermarkets`)
            or _classifiers_differ(candidate, total, lang)
            # (`£9,000, funded by £6,000 in grants, and the tower £4,000`: a clause of a new subject, its verb gapped)
            or _NEW_SUBJECT_BEFORE[lang].search(text, parts[-1].end, candidate.start)
        ):
            break
        parts.append(candidate)
    # A breakdown after its total often runs on past the clause (`…, while 1,204 people have died`):
    # parts that fall short may be the ones read, so only an excess is certain. Words that name the whole
    # list (`comprising A and B`) close it, when it ends its sentence.
    # So does a colon right after the total and its noun when the list ends its sentence on `A and B`
    # (`T stores: A supermarkets and B convenience stores.`): an enumeration of what the total is made of.
    closing = _PARTS_ALL[lang].search(marker.group(0)) or (
        len(parts) >= 2
        and _COLON_AFTER_TOTAL.fullmatch(marker.group(0))
        and _LAST_JOINED[lang].search(text, parts[-2].end, parts[-1].start)
        # (`500 bikes: 120 from one flat and 45 from a lock-up`: parts that write no noun of their own may be some of
        # the total's units only; a list that names its noun again, `120 bikes …`, enumerates them all)
        and not _NO_NOUN_WRITTEN.fullmatch(text, parts[-1].start, parts[-1].end)
    )
    total.open_list = not (closing and _ENDS_THE_SENTENCE.match(text, parts[-1].end))
    return parts


_ADDED_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.more_or_fewer_after})\b", re.I)
_NEW_SUBJECT_BEFORE = ByLanguage(lambda w: rf"(?:{w.parts_new_subject_before})", re.I, first_tested=False)


# right before a figure a listed member has (`the Gull with 1,200 seats`)
_MEMBER_ATTRIBUTE_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.member_attribute_before})\s+$", re.I)


def _members_own_figures(figures: list[Claim], position: int, first: Claim, text: str, lang: str) -> bool:
    """`most of it in the three valleys – A with 3.1 million bottles, B with 2.2 million`, `six ferries: the Gull
    with 1,200 seats, the Tern with 900 …`: a total counting the list's members, each with a figure of its own
    (`[link.member_attribute_before]` right before the list's first figure) in another unit or counting another
    noun (a bare figure after one in another unit is of that unit, said once): the figures are no parts of it."""
    total = figures[position]
    opening = next((c for c in figures[position + 1 :] if c.role == "value"), None)
    if opening is None or opening.end > first.end or not total.counter:
        return False
    if not _MEMBER_ATTRIBUTE_BEFORE[lang].search(text, max(0, opening.start - 16), opening.start):
        return False
    return (opening.unit, opening.kind) != (total.unit, total.kind) or opening.counter != total.counter


# `812 stores: `: the total's noun, then the colon (no other words between).
_ASIDE_BETWEEN_DASHES = compile_exact(r"[^\S\n]-[^\S\n][^-\n]*[^\S\n]-[^\S\n]")
_COLON_AFTER_TOTAL = compile_exact(r"[^\W\d]*(?:[^\S\n][^\W\d]+)?:\s")
# Before the last part of a list: the joint that ends it (`and`, `와`), then its label.
_LAST_JOINED = ByLanguage(lambda w: rf"(?:{w.name_joints})\s[^\d.;,:]{{0,30}}$", re.I)


_NO_NOUN_WRITTEN = compile_exact(r"[\d.,]+")
_PARTS_ALL = ByLanguage(lambda w: rf"\b(?:{w.parts_follow_all})\b", re.I)
_ENDS_THE_SENTENCE = compile_exact(r"[^\d.;]{0,40}(?:[.;]|$)")


def _partition_member(claim: Claim, text: str, start: int, lexicon: Lexicon, lang: str) -> list[tuple[str, int]]:
    """The partition members that are the subject of a figure's clause (`수도권은 28만호로`,
    `overseas sales rose 3.3% to 5.66 million`): named before it, after the figure of its unit
    before it, with no clause boundary between (one name may be a member of several partitions)."""
    found = None
    for found in lexicon.partition_re.finditer(text, max(start, claim.start - 80), claim.start):  # noqa: B007
        pass
    if found is None or _ends_a_clause(text, found.end(), claim.start, lang):
        return []
    if _PER_UNIT_MARK[lang].search(text, found.end(), claim.start):
        # `외국인 1인당 구매액은 54만원`, `overseas revenue per visitor was $80`: a member's average, not its part of
        # the whole (averages of the members do not add up to the average of the whole)
        return []
    if _COMPARED_BETWEEN[lang].search(text, found.end(), claim.start) or _COMPARED_AFTER[lang].match(text, claim.end):
        # `the domestic debut was 60% higher than the record of $132m`, `국내 판매는 지난해 3만대보다 …`:
        # the figure is the one compared with, not the member's own
        return []
    return lexicon.partitions_for(found.group(0), claim.kind)


_PER_UNIT_MARK = ByLanguage(
    lambda w: rf"(?:{w.per_unit_noun_before}|{w.per_one_of_noun_before})|\b(?:{w.per_unit_noun_after})\s", re.I
)
_COMPARED_BETWEEN = ByLanguage(lambda w: rf"\b(?:{w.than_words}|{w.compared_words})\b", re.I)
_COMPARED_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.compared_after})")


def _ends_a_clause(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a clause ends between `start` and `end`; the point of a decimal (`rose 3.3% to`) ends none."""
    return any(
        not (found.group(0) == "." and text[found.end() : found.end() + 1].isdigit())
        for found in CLAUSE_END[lang].finditer(text, start, end)
    )


def _partitions(claims: list[Claim], text: str, lexicon: Lexicon, lang: str) -> None:
    figures = [c for c in claims if c.kind in AMOUNTS and c.role == "value" and not c.furniture]
    tagged: list[tuple[Claim, dict[str, int]]] = []  # each figure, and its member index in each partition
    previous_end: dict[str, int] = {}  # by unit: where the figure of that unit before ends
    for claim in figures:
        members = _partition_member(claim, text, previous_end.get(claim.unit, 0), lexicon, lang)
        previous_end[claim.unit] = claim.end
        if members and claim.part_of is None:
            tagged.append((claim, dict(members)))
    used: set[str] = set()
    lead = None  # the sentence after the story's lead, found once when first needed
    for position, (first, pids) in enumerate(tagged):
        if first.id in used:
            continue
        pid, run = _partition_run(tagged[position:], first, pids, lexicon)
        if pid is None:
            continue
        parts = list(run.values())
        # A partition of new items (`신규 확진자의 … 국내 A명, 해외 B명`) breaks down the figure of new items.
        total = whole_of_new_items(claims, parts, text, lang) or _whole_before(
            figures, parts, {c.id for c, _ in tagged}, lang
        )
        if total is not None and not adds_up_to(total, parts):
            # Every member named: the whole is the one they add up to, stated in the lead when not nearby
            # (`Q3 orders were T … backlog B … overseas orders a, domestic d`; checker/link/wholes_agreeing.py).
            if lead is None:
                lead = lead_end(figures, text)
            total = whole_added_up_to(figures, parts, reach=_AGREEING_REACH, lead_end=lead, found=total) or total
        if total is None:
            # (`주민은 여성 1천50명, 남성 350명으로`, far after the lead's `주민이 올해 1천400명`: the whole the parts'
            # topic names)
            if lead is None:
                lead = lead_end(figures, text)
            total = _whole_the_topic_names(figures, parts, text, lang, lead)
        if total is None:
            continue
        for part in parts:
            part.part_of = total.id
            part.part_list = f"partition:{pid}"  # a whole may be broken down by two partitions (region, size)
            used.add(part.id)
        total.guesses = sorted(set(total.guesses) | {"relation"})


# the parts' sentence opening on a one-word topic (`주민은 `), then a member's name (`여성 `) right before the first
# part: the topic's noun in the group `noun`
_TOPIC_OPENING = ByLanguage(
    lambda w: rf"\s*(?P<noun>[^\W\d_]{{2,8}}?)(?:{w.topic_particles})\s+[^\W\d_]{{1,8}}\s?$", first_tested=False
)
_SENTENCE_OPENS = compile_exact(r"(?:(?<!\d)[.!?](?!\d)\s+|\n\s*)")
_NOUN_REACH = 24  # characters before a lead's figure where the noun of its subject stands (`주민이 올해 1천400명`)


def _sentence_start(text: str, at: int) -> int:
    return max((m.end() for m in _SENTENCE_OPENS.finditer(text, max(0, at - 400), at)), default=0)


def _whole_the_topic_names(figures: list[Claim], parts: list[Claim], text: str, lang: str, lead: int) -> Claim | None:
    """`가람군 돌봄 일자리에 나선 주민이 올해 1천400명으로 집계됐다. …(sentences of other figures)… 주민은 여성 1천50명,
    남성 350명으로 …`: a partition whose sentence opens on a one-word topic, a member's name right before its first
    figure, is of the figure the lead states after that noun (its clause's subject, within a few words), of the
    parts' unit, kind and counter and larger than each: named by the words, however far back. Two values of it in
    the lead say nothing."""
    first = min(parts, key=lambda c: c.start)
    topic = _TOPIC_OPENING[lang].fullmatch(text, _sentence_start(text, first.start), first.start)
    if topic is None:
        return None
    noun = topic.group("noun")
    largest = max(p.high for p in parts)
    found = [
        c
        for c in figures
        if c.end <= first.start
        and c.sentence < lead
        and c.sentence != first.sentence
        and c.part_of is None
        and not c.forecast
        and (c.unit, c.kind, c.counter) == (first.unit, first.kind, first.counter)
        and c.low > largest
        and not any(periods_differ(c, p) for p in parts)
        and noun in text[max(_sentence_start(text, c.start), c.start - _NOUN_REACH) : c.start]
    ]
    return found[-1] if found and len({c.value for c in found}) == 1 else None


def _partition_run(
    tagged: list[tuple[Claim, dict[str, int]]], first: Claim, pids: dict[str, int], lexicon: Lexicon
) -> tuple[str | None, dict[int, Claim]]:
    """The first partition of `first` whose every member is stated from it on (within two sentences, for
    one period): its id and the figure of each member."""
    for pid in pids:
        run: dict[int, Claim] = {}
        for claim, others in tagged:
            if pid not in others or claim.unit != first.unit or claim.sentence - first.sentence > 2:
                continue
            if periods_differ(claim, first):
                continue  # parts of one whole are of one period
            run.setdefault(others[pid], claim)
        if len(run) == len(lexicon.partitions[pid].members):
            return pid, run
    return None, {}


def _whole_before(figures: list[Claim], parts: list[Claim], tagged: set[str], lang: str) -> Claim | None:
    first = min(parts, key=lambda c: c.start)
    smaller = None  # the nearest figure smaller than a part: the whole only if no larger one is there
    # The parts' metrics as their own words name them (one carried over or guessed tells no two sides apart).
    stated_metrics = {p.metric for p in parts if "metric" not in p.guesses}
    nearest = None  # the nearest larger figure: the whole, unless the parts add up to another one
    for claim in reversed([c for c in figures if c.end <= first.start]):
        apart = first.sentence - claim.sentence
        if apart > _AGREEING_REACH:
            break
        if claim.id in tagged or claim.part_of is not None or claim.unit != first.unit:
            continue
        if _counters_differ(claim, first, lang) or periods_differ(claim, first):
            continue
        if any(_period_carried_apart(claim, part) for part in parts):
            continue
        if claim.metric and first.metric and claim.metric != first.metric:
            continue
        if claim.metric and claim.metric in stated_metrics and len(stated_metrics) > 1:
            continue  # an `imports` figure is one side of a trade partition, not its whole
        if claim.low < max(p.high for p in parts):
            # A figure smaller than a part is usually another fact of the story; with no larger one
            # before the partition, it is the whole with a figure misstated (checker/link/wholes.py).
            if apart <= _WHOLE_REACH:
                smaller = smaller or claim
            continue
        # `등록 환자 중 여성은 A, 남성은 B` after the registered and the estimated patients: of two wholes the
        # words allow, the one the parts add up to (checker/link/wholes_agreeing.py)
        if adds_up_to(claim, parts):
            return claim
        if apart <= _WHOLE_REACH:
            nearest = nearest or claim
    if nearest is not None:
        return nearest
    return smaller if smaller is not None and misstated_whole(smaller, parts) else None


def _period_carried_apart(whole: Claim, part: Claim) -> bool:
    """`It served 9.2m passengers in 2025. … Traffic has kept growing this year. Domestic passengers numbered 5.6m
    and international passengers 2.9m.`: a part whose period is carried over from a later statement of another
    year (`this year`) than the one the whole's own words state is of that year; the parts of one period are no
    parts of another period's total. (A carried period is a guess that periods_differ leaves aside; against a
    whole's stated year, a later one differs only when the copy names it between them.)"""
    if not whole.period or not part.period or "period" in whole.guesses:
        return False
    # (Only a later year starts a new time frame: an earlier one carried over is a reference point, `the most
    # since 2010`, that the parts are not of; a month carried over is read from words of a span, `한 달새`, and
    # does not name the period the parts are of.)
    if whole.period.grain != "year" or part.period.grain != "year":
        return False
    return part.period.year > whole.period.year


# Sentences back to the whole a partition (a part and the rest) breaks down; further back, only a figure its
# parts add up to.
_WHOLE_REACH = 3
_REST_REACH = 2
_FIGURE_BEFORE_REST = compile_exact(r"\d")
_CLAUSE_OPEN = compile_exact(r"(?<!\d)[.!?](?!\d)\s|\n")


def _rest_clause(text: str, first: Claim, second: Claim) -> str:
    """The words of the rest's sentence before it (the rest's mark and figure left out)."""
    opens = max((m.end() for m in _CLAUSE_OPEN.finditer(text, first.end, second.start)), default=second.start)
    return text[opens : max(opens, second.start - 24)]


_AGREEING_REACH = 6


# `4.6 million cases` and `3.1 million units`: a counter that names no kind of thing counts any.
_GENERIC_COUNTER = ByLanguage(lambda w: rf"(?:{w.generic_counters})", re.I)


def _classifiers_differ(one: Claim, other: Claim, lang: str) -> bool:
    """Whether two figures count different things by classifiers (counters too short to be nouns: `명`, `대`)."""
    return _counters_differ(one, other, lang) and len(one.counter) < NOUN_COUNTER and len(other.counter) < NOUN_COUNTER


def _counters_differ(one: Claim, other: Claim, lang: str) -> bool:
    """Whether two figures count different things, as their counters say (a generic counter, `units`,
    differs from none)."""
    if not (one.counter and other.counter) or one.counter == other.counter:
        return False
    generic = _GENERIC_COUNTER[lang]
    return not (generic.fullmatch(one.counter) or generic.fullmatch(other.counter))


def _inside_parenthesis(text: str, start: int, position: int) -> bool:
    """Whether `position` sits in a parenthesis opened after `start` and not yet closed."""
    between = text[start:position]
    return between.count("(") > between.count(")")


# `65% of them, 390 in all`, `two-thirds of it, 1,200 tonnes`: a share pointing back to its whole, then a comma
# and the amount that restates its part (as checker/link/shares_of_them.py reads them)
_SHARE_POINTING_BACK_THEN_PART = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.parts_of_that}|{w.parts_of_them})\s*,\s*(?:(?:{w.appositive_share_marks})\s+)?"
        rf"(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
)


def _parts_restating_a_share(claims: list[Claim], text: str, lang: str) -> set[str]:
    """The amounts set right after a share that points back to its whole (`juniors account for 65% of them, 390 in
    all`): each restates the share's part, so none is the sum of figures listed before the share."""
    pattern = _SHARE_POINTING_BACK_THEN_PART[lang]
    ordered = sorted((c for c in claims if c.role != "conversion"), key=lambda c: c.start)
    return {
        part.id
        for rate, part in zip(ordered, ordered[1:])
        if rate.kind in ("percent", "fraction")
        and rate.role == "share"
        and part.kind in AMOUNTS
        and pattern.fullmatch(text, rate.end, part.start)
    }
