"""Structural vetoes on the lists of parts every reading linked to a whole, run after all of them.

A list of parts in money or a unit of measure adds up to its whole only when every listed part is read in that unit.
A bare figure standing between two of the parts in their sentence, no clause end between (`oats account for 40
million pounds, rye for 21 million and barley for the remaining 9 million`), is a part written without its unit,
which the sum cannot take in: the list is left unlinked rather than added up short.

A part whose own words date it to a later year than the year its whole's words date it to (`7월 42만명, 8월
51만명 … 지난해 여름에는 모두 88만명`, `1,420 calls in 2024 and 1,610 in 2025 … 9,800 calls since 2019`) is no
part of that whole: the whole's list is left unlinked (a list without one of its parts would be added up short).

A closed list whose whole or parts are stated per one unit while the others are not (`At £12 a seat, tickets brought in
£30,000; the bar added £9,000 and the raffle the remaining £2,000`, `members averaged 40 hours each: one, working
six shifts, put in 300`, `한 사람에 4만 원이 들고, 모두 9억 원`) adds a price or an average to amounts of wholes:
no sum: the figures per one unit leave it, and the rest stays only where it makes up the whole, else the whole's list
is left unlinked (checker/link/per_one_marks.py).

A whole that is the earlier level a change of its sentence is measured on (`up $40,000 on the $300,000 of the year
before`, `[link.earlier_level_before]` between the change and it) is no whole of parts stated in a later sentence: a
breakdown after such a sentence splits the later level, which the reader has in mind, and the list is left unlinked.

A part under a thousandth of its whole (`600 adults at £40 … and 300 children at £20. Between them they paid
£30,000`) is a price or a fee, whatever its marks: it leaves the list, and so does the rest when fewer than two
parts are left. A whole of an earlier period than the publication's (`지난해`), its undated parts listed after a
figure its own words date to the present (`올해는 …`), is no whole of them: the story moved on.

A figure its words name as the gap between two others (`the difference was 300`, `시청과 도서관의 격차는 3천 건`:
`[link.point_gap_before]`) is no part of a whole; nor is a handful of members counted by a counter of their own (`세
곳이 전체의 50%` of `4만 건`, `the three docks took 50% of the 40,000 hires`): a share linked to such a part is left
unlinked.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import CLAUSE_END
from checker.link.counter_synonyms import counter_group
from checker.link.per_one_marks import stated_per_one
from checker.link.unit_price_marks import noun_before_unit_price
from checker.link.wholes_agreeing import adds_up_to
from checker.models import Claim


def unlink_lists_past_a_bare_member(claims: list[Claim], text: str, lang: str) -> None:
    lists: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.part_of and claim.kind in ("money", "measure"):
            lists.setdefault(claim.part_of, []).append(claim)
    if not lists:
        return
    ordered = sorted(claims, key=lambda c: c.start)
    starts = [c.start for c in ordered]  # (the figures between two parts found by bisection, not a scan per pair)
    for parts in lists.values():
        if len(parts) < 2:
            continue
        parts.sort(key=lambda c: c.start)
        for before, after in zip(parts, parts[1:]):
            if before.sentence != after.sentence:
                continue
            bare = [
                c
                for c in ordered[bisect_left(starts, before.end) : bisect_left(starts, after.start)]
                if c.kind == "count" and not c.counter and c.role == "value" and c.part_of is None
            ]
            if bare and not CLAUSE_END[lang].search(text, before.end, bare[0].start):
                for part in parts:
                    part.part_of = None
                    part.part_list = None
                break


def unlink_parts_of_another_period(claims: list[Claim]) -> None:
    by_id = {c.id: c for c in claims}
    outside: set[str] = set()
    for part in claims:
        whole = by_id.get(part.part_of or "")
        if whole is None or whole.id in outside or not (part.period and whole.period):
            continue
        if "period" in part.guesses or "period" in whole.guesses:
            continue
        # (a whole of a year, and a part of a later year: a month's year read from the publication date may be off
        # by one at the turn of the year, and a part dated earlier may be a misread prior's date)
        if whole.period.grain == "year" and part.period.year > whole.period.year:
            outside.add(whole.id)
    if not outside:
        return
    for part in claims:
        if part.part_of in outside:
            part.part_of = None
            part.part_list = None


def unlink_lists_of_a_period_left(claims: list[Claim]) -> None:
    """A whole dated by its own words (`지난해 관람객은 5만 명이었다`) whose parts, dated by none, stand sentences
    after it, past a figure its own words date to another period (`올해는 이보다 20% 늘었다`), the period the parts
    are read as of, the publication's (a whole of an earlier period: `지난해`): the story has moved on to the present,
    and the parts are of it, no parts of the whole. A prior or a baseline moves nothing on (a
    figure compared with is of another time by nature). The whole's list is left unlinked."""
    by_id = {c.id: c for c in claims}
    lists: dict[str, list[Claim]] = {}
    for part in claims:
        if part.part_of in by_id:
            lists.setdefault(part.part_of, []).append(part)
    left = set()
    for whole_id, parts in lists.items():
        whole = by_id[whole_id]
        if whole.period is None or "period" in whole.guesses:
            continue
        if any(p.sentence <= whole.sentence or "period" not in p.guesses for p in parts):
            continue  # (a part in the whole's sentence, or dated by its own words: the other vetoes' to judge)
        first = min(parts, key=lambda p: p.start)
        guessed = {p.period for p in parts}
        if len(guessed) != 1 or first.period is None or first.published is None:
            continue
        now, earlier = first.period.bounds(), whole.period.bounds()
        if not (earlier[1] < now[0] and now[0] <= first.published <= now[1]):
            continue  # (moved on, in news, is from an earlier period to the one of the publication, never back)
        if any(
            whole.sentence < c.sentence < first.sentence
            and c.role not in ("prior", "baseline")
            and c.period == first.period
            and "period" not in c.guesses
            for c in claims
        ):
            left.add(whole_id)
    for part in claims:
        if part.part_of in left:
            part.part_of = None
            part.part_list = None


def unlink_lists_mixing_per_one(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    lists: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.part_of and claim.part_of in by_id:
            lists.setdefault(claim.part_of, []).append(claim)
    for whole_id, parts in lists.items():
        whole = by_id[whole_id]
        if whole.kind not in _SUMMED:
            continue
        whole_one = stated_per_one(whole, text, lang)
        closed = not (whole.open_list or any(part.part_list_open for part in parts))
        if not whole_one and closed and all(part.start < whole.start for part in parts):
            # (a part under a thousandth of the sum a closed list closes on, marked or not, is a price or a fee beside
            # the amounts that make it up — `600 adults at £40 … and 300 children at £20. Between them they paid
            # £30,000`, `어린이 요금은 3천 원, 어른 요금은 5천 원으로, 요금 수입은 모두 2억1천만 원` — never one of a
            # handful of its parts: it leaves the list, and the list goes with it when fewer than two parts are left)
            tiny = [part for part in parts if part.high * _PRICE_BELOW < whole.low]
            if tiny:
                parts = [part for part in parts if part not in tiny]
                for part in tiny if len(parts) >= 2 else [*tiny, *parts]:
                    part.part_of = None
                    part.part_list = None
                if len(parts) < 2:
                    continue
        # (a whole `N each` is an average; a part `N each` may be handed to several members of the list)
        parts_one = [stated_per_one(c, text, lang, each=False) for c in parts]
        if all(parts_one) if whole_one else not any(parts_one):
            continue  # (every member per one unit, or none)
        if whole_one and all(part.start < whole.start for part in parts):
            continue  # (`$14 for each sapling and $6 for planting it, $20 a tree`: one unit's costs, then their sum)
        if not whole_one:
            # (a part per one unit of the whole's order, `a final 6.24p a share … a total of 9.13p`, says the whole is
            # per that unit as well: only one far below the whole is a price beside amounts of wholes)
            parts_one = [one and part.high * _FAR_BELOW < whole.low for part, one in zip(parts, parts_one)]
            if not any(parts_one):
                continue
            # (an open list says only that its parts fall short of the whole, which a small price among them leaves
            # true; a closed list states a sum the price spoils)
            if whole.open_list or any(part.part_list_open for part in parts):
                continue
        # (`$310,000, or $1,200 a reader; the city put in $190,000 and a trust the other $120,000`: the price
        # restates the whole, and the amounts left make it up; else the list is unclear)
        rest = [part for part, one in zip(parts, parts_one) if not one]
        keep = not whole_one and len(rest) >= 2 and adds_up_to(whole, rest)
        for part in parts:
            if not (keep and part in rest):
                part.part_of = None
                part.part_list = None


_FAR_BELOW = 10  # times a price per one unit falls short of a whole it is listed with: a price, no share of it
_PRICE_BELOW = 1000  # times any part falls short of its whole for a price, whatever its marks: no member of a handful
_SUMMED = ("money", "count", "measure")  # (a rate or a share is never summed: its marks say other things)


# a figure's words before it that make it the earlier level a change of its sentence is measured on (`up $4 on the`)
_EARLIER_LEVEL_BEFORE = ByLanguage(lambda w: rf"(?:^|\s)(?:{w.earlier_level_before})\s+$", re.I)
_CHANGE_REACH = 48  # characters between a change and the level it is measured on (`up 2,600, or 8 per cent, on …`)


def is_earlier_level(figure: Claim, before: Claim | None, text: str, lang: str) -> bool:
    """Whether the claim right before the figure is a change of its unit in its sentence, measured on the figure by
    the words between (`up $40,000 on the $300,000`): the figure is the level before the change."""
    return (
        before is not None
        and before.role == "change"
        and before.sentence == figure.sentence
        and before.unit == figure.unit
        and 0 <= figure.start - before.end <= _CHANGE_REACH
        and _EARLIER_LEVEL_BEFORE[lang].search(text, before.end, figure.start) is not None
    )


def unlink_lists_of_an_earlier_level(claims: list[Claim], text: str, lang: str) -> None:
    wholes = {c.part_of for c in claims if c.part_of}
    if not wholes:
        return
    earlier: set[str] = set()
    for before, figure in zip(claims, claims[1:]):
        if figure.id in wholes and is_earlier_level(figure, before, text, lang):
            earlier.add(figure.id)
    if not earlier:
        return
    by_id = {c.id: c for c in claims}
    later = {c.part_of for c in claims if c.part_of in earlier and c.sentence > by_id[c.part_of].sentence}
    for part in claims:
        if part.part_of in later:
            part.part_of = None
            part.part_list = None


# right before a figure, the noun naming it a gap between two others (`차이는 `, `a difference of `)
_GAP_BEFORE = ByLanguage(lambda w: rf"(?:{w.point_gap_before})\s*(?:(?:{w.hedges})\s*)?$", re.I)
_GAP_REACH = 24  # characters before a figure where the noun naming it a gap stands


def unlink_shares_of_other_things(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    for share in claims:
        part = by_id.get(share.share_part or "")
        if part is None or part.kind not in _SUMMED:
            continue
        whole = by_id.get(share.share_whole or "")
        if (
            _GAP_BEFORE[lang].search(text, max(0, part.start - _GAP_REACH), part.start)
            or (whole is not None and _members_counted(part, whole))
            or (whole is not None and _price_beside_a_total(part, whole, share, claims, text, lang))
        ):
            share.share_part = share.share_whole = None


# right before a figure, one unit's mark (`개당 약 `, `대당 `, `1톤당 `: `[link.unit_price_before]` after a noun of a
# letter or two, a hedge between): a price or an amount each one unit holds
_UNIT_MARK_BEFORE = ByLanguage(
    lambda w: rf"{noun_before_unit_price(w, size='{1,2}', one_before=True)}\s*(?:(?:{w.hedges})\s*)?$",
    re.I,
)
_UNIT_MARK_REACH = 12  # characters before a figure where its unit's mark and a hedge stand
# a sentence (or clause) opening on one of a noun, a few words of what that one does, the figure (`A single jar brings
# in about £9`, `Each crate brings in £10`: `[link.single_unit_subject_openers]`): the figure is one unit's
_ONE_UNIT_OPENING = ByLanguage(
    lambda w: (
        rf"(?:[.!?;]\s+|\n)(?:{w.single_unit_subject_openers})\s+[^\W\d_]{{3,}}(?:[\s-]+[^\W\d_]+){{1,3}}?"
        rf"\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_OPENING_REACH = 72  # characters before a figure where the opening on one of a noun stands


def _price_beside_a_total(part: Claim, whole: Claim, share: Claim, claims: list[Claim], text: str, lang: str) -> bool:
    """A part stated per one unit, its whole a total of many (not so stated, a hundred times it and more), and a worth
    of many units stated before the share besides (an amount of the part's unit, past the part, not past the whole):
    a price set beside a deal's worth, no part of it (`개당 약 2만 원` before `계약 금액은 … 매출 10억 원의 20%다`, the
    deal's worth told before). With no such worth stated the price is the only part there is (`중개료는
    건당 40만원으로 거래액 2억원의 0.2%다`: a fee per deal, of each deal's value). A whole of the size of one unit's
    price may be one (`$30 a crate, half of the $60 landed cost`)."""
    return (
        part.kind == "money"
        and whole.low > _TOTAL_OF_MANY * part.high
        and _priced_per_one(part, text, lang)
        and not _priced_per_one(whole, text, lang)
        and any(
            c.kind == part.kind
            and c.unit == part.unit
            and c is not part
            and c is not whole
            and c.start < share.start
            and part.high < c.low
            and c.high <= whole.high
            and not _priced_per_one(c, text, lang)
            for c in claims
        )
    )


_TOTAL_OF_MANY = 100  # times a price per one unit a whole of many units is at least


def _priced_per_one(figure: Claim, text: str, lang: str) -> bool:
    """`개당 약 2만 원`, `£30 a head`, `한 대에 700만 원`, `A single jar brings in about £9`: the figure is stated per
    one unit (a price, an amount each one holds), never the part of a share of a whole of many (`계약 금액은 … 매출의
    20%다` after it is the deal's)."""
    return (
        stated_per_one(figure, text, lang)
        or _UNIT_MARK_BEFORE[lang].search(text, max(0, figure.start - _UNIT_MARK_REACH), figure.start) is not None
        or _ONE_UNIT_OPENING[lang].search(text, max(0, figure.start - _OPENING_REACH), figure.start) is not None
    )


# a sentence opening on words that set other members beside the list it goes on to state, and those members (`Alongside
# the newts they caught …`, `As well as the oaks, …`: `[link.members_beside_list_openers]`, a plural noun or `them`;
# never `Apart from the rain`, `Together with volunteers`), no figure before the list
_BESIDE_OPENING = ByLanguage(lambda w: rf"\s*(?:{w.members_beside_list_openers})[\s,][^\d]*", re.I)


def unlink_lists_beside_unlisted_members(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """`Alongside the newts they caught 64 frogs and 22 toads, 910 amphibians in all`: a sentence opening on
    members set beside its list, none of them given a figure there, states a total of them and the list together; the
    listed parts alone do not make it, and a list that falls short of its total is left unlinked (one that meets it
    is a total of the list's own, `…, 86 other amphibians`; one past it is wrong whatever else the total holds)."""
    lists: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.part_of:
            lists.setdefault(claim.part_of, []).append(claim)
    if not lists:
        return
    by_id = {c.id: c for c in claims}
    for whole_id, parts in lists.items():
        whole = by_id.get(whole_id)
        if whole is None or len(parts) < 2 or any(part.sentence != whole.sentence for part in parts):
            continue
        first = min(parts, key=lambda c: c.start)
        if first.sentence >= len(sentence_starts) or not _BESIDE_OPENING[lang].fullmatch(
            text, sentence_starts[first.sentence], first.start
        ):
            continue
        if adds_up_to(whole, parts) or sum(part.low * part.part_times for part in parts) > whole.high:
            continue  # (a list meeting its total, or past it: no members left out make that up)
        for part in parts:
            part.part_of = None
            part.part_list = None


_MEMBERS_NAMED = 12  # a count of the members a share is of, named one by one in a story (`the three busiest docks`)


def _members_counted(part: Claim, whole: Claim) -> bool:
    """Whether the part counts a handful of members by a counter of their own, not the whole's things (`세 곳` of
    `4만 건`, `three docks` of `40,000 hires`)."""
    one, other = part.counter or "", whole.counter or ""
    if (
        part.kind != "count"
        or whole.kind != "count"
        or not (one and other)
        or counter_group(one) == counter_group(other)
    ):
        return False
    # (`the three busiest docks took 50% of the 40,000 hires`: a handful of members, counted by a noun of their own)
    return part.value <= _MEMBERS_NAMED < whole.value
