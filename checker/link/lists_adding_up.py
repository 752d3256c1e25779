"""Lists whose whole the arithmetic gives, where the words leave a choice.

- A list the words linked to a whole it does not add up to, where one listed figure is the sum of the others or the
  whole with its parts adds up to the figure before (`relink_lists_of_another_whole`).
- A level, the level it moved from and the two flows between them (`link_net_flows`).

Caps and floors (`최대 5억원`) add up to anything and are never added.
"""

from __future__ import annotations

from checker.link.far_wholes import lead_end
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.sentence_groups import group_by_sentence
from checker.link.wholes_agreeing import adds_up_to
from checker.models import Claim

_MOST_PARTS = 8
_INF = float("inf")
# the lists found by position among shares and rankings, which a whole the arithmetic gives may take over
_RELINKED = ("ranking:",)
BALANCES = "balances:"  # the list of a level's balance: its earlier level and the flows between (a part's `part_list`)


def amount_key(claim: Claim) -> tuple:
    """What parts and their whole share: unit, kind and counter."""
    return (claim.unit, claim.kind, claim.counter)


def _agrees(whole: Claim, parts: list[Claim]) -> bool:
    # (a cap or a floor, `최대 5억원`, `more than 40`, adds up to anything: only figures bounded both ways are added)
    if any(not (c.low > 0 and c.high < _INF) for c in (whole, *parts)):
        return False
    # (by the figures as written: `약 900명` is no smaller than a part of 880명 for its wide interval)
    if whole.value <= max(p.value for p in parts) or not adds_up_to(whole, parts):
        return False
    return not any(periods_differ(p, whole) or metrics_differ(p, whole) for p in parts)


def _link(whole: Claim, parts: list[Claim]) -> None:
    for part in parts:
        part.part_of, part.part_list, part.part_list_open = whole.id, None, False
    whole.guesses = sorted(set(whole.guesses) | {"relation"})


def relink_lists_of_another_whole(claims: list[Claim], text: str) -> None:
    """A list the words linked to a whole it does not add up to, where the arithmetic finds the whole they give a
    choice of: one of the listed figures is the sum of the others (`Sales abroad were €300m. Asia took €170m, the
    Americas €90m and others €40m` read as four parts of the year's revenue: the first is the whole of the three), or
    the whole is itself a part and, with its parts, adds up to the figure stated before it (`The harvest was 500
    tonnes. The north grew 300 tonnes, the south 120 tonnes and the remaining 80 tonnes came from the east` read as
    the north's parts: the three are the harvest's). A list that adds up to neither keeps its whole, so its slip is
    still reported."""
    figures = [c for c in claims if c.kind in AMOUNTS and c.role != "conversion" and not c.furniture]
    by_id = {c.id: c for c in figures}
    lists: dict[tuple[str, str | None], list[Claim]] = {}
    for claim in figures:
        if claim.part_of is not None:
            lists.setdefault((claim.part_of, claim.part_list), []).append(claim)
    if not lists:
        return
    wholes = {whole_id for whole_id, _ in lists} | {t for c in claims for t in c.tally_of}
    by_sentence = group_by_sentence(figures)
    lead_sentences_end = lead_end(figures, text)  # (once: it reads the article's opening)
    lead_figures = [c for c in figures if c.sentence < lead_sentences_end]
    for (whole_id, _), parts in lists.items():
        whole = by_id.get(whole_id)
        if whole is None or len(parts) < 2 or any(amount_key(p) != amount_key(whole) for p in parts):
            continue
        if parts[0].part_list is not None and not parts[0].part_list.startswith(_RELINKED):
            continue  # (lines, balances: lists their own words close, whose slips are reported as written)
        listed_open = whole.open_list if parts[0].part_list is None else parts[0].part_list_open
        if adds_up_to(whole, parts) or (listed_open and sum(p.high for p in parts) < whole.low):
            continue  # the list holds as the words read it
        largest = max(parts, key=lambda p: p.value)
        others = [p for p in parts if p is not largest]
        if len(others) >= 2 and _agrees(largest, others):
            largest.part_of, largest.part_list = None, None
            _link(largest, others)
            continue
        if whole.part_of is not None or whole.tally_of:
            continue
        with_whole = [whole, *parts]
        earlier = [
            c
            for at in (whole.sentence - 1, whole.sentence - 2)
            for c in reversed(by_sentence.get(at, []))
            if amount_key(c) == amount_key(whole)
        ]
        earlier += [
            c for c in reversed(lead_figures) if c.sentence < whole.sentence - 2 and amount_key(c) == amount_key(whole)
        ]
        for candidate in earlier:
            if (
                candidate.role == "value"
                and candidate.part_of is None
                and candidate.id not in wholes
                and not candidate.forecast
                and _agrees(candidate, with_whole)
            ):
                whole.open_list = False
                _link(candidate, with_whole)
                wholes.add(candidate.id)
                break


def link_net_flows(claims: list[Claim]) -> list[str]:
    """A level, the level it moved from and the two flows between them, in one sentence: `The chain opened 9 shops and
    closed 4, taking the total to 187 from 182`, `The agency has 1,120 inspectors, up from 1,050: it hired 130 and lost
    60`, `지점은 12곳을 새로 열고 5곳을 닫아 240곳에서 247곳이 됐다`. The words for in and out vary; the arithmetic
    decides which flow is the outflow: the level is the earlier one plus one flow minus the other, and where one
    reading agrees (the flows differ), the level is a balance of the three (checker/check/kinds/sum.py, balances),
    the outflow counted negative. Two flows of one size, or a reading that agrees with neither, link nothing. Returns
    the outflows (the deficits of the balance)."""
    figures = [c for c in claims if c.kind in AMOUNTS and c.role != "conversion" and not c.furniture]
    outflows: list[str] = []
    for members in group_by_sentence(figures).values():
        if len(members) != 4 or len({(c.unit, c.kind) for c in members}) != 1:
            continue
        levels = [c for c in members if c.role == "value" and c.part_of is None]
        earlier = [c for c in members if c.role in ("prior", "baseline") and c.part_of is None]
        for level in levels:
            prior = next((c for c in earlier if c.value != level.value), None)
            if prior is None:
                continue
            flows = [c for c in members if c is not level and c is not prior]
            if len(flows) != 2 or any(c.part_of is not None or c.change_of or not _bounded(c) for c in flows):
                continue
            if (
                not _bounded(level)
                or not _bounded(prior)
                or any(f.value >= min(level.value, prior.value) for f in flows)
            ):
                continue
            first, second = flows
            if first.value == second.value:
                continue
            outflow = next((o for i, o in ((first, second), (second, first)) if _nets(level, prior, i, o)), None)
            if outflow is None:
                break
            for part in (prior, *flows):
                part.part_of, part.part_list = level.id, f"{BALANCES}{level.id}"
            level.guesses = sorted(set(level.guesses) | {"relation"})
            outflows.append(outflow.id)
            break
    return outflows


def _bounded(claim: Claim) -> bool:
    return claim.low > 0 and claim.high < _INF


def _nets(level: Claim, prior: Claim, inflow: Claim, outflow: Claim) -> bool:
    """Whether prior + inflow − outflow meets the level, as the intervals allow."""
    low = prior.low + inflow.low - outflow.high
    high = prior.high + inflow.high - outflow.low
    return low <= level.high and level.low <= high
