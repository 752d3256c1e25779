"""Lists whose whole the arithmetic gives, where the words leave a choice.

- A list the words linked to a whole it does not add up to, where one listed figure is the sum of the others or the
  whole with its parts adds up to the figure before (`relink_lists_of_another_whole`).
- A level, the level it moved from and the two flows between them (`link_net_flows`).
- A run of figures no reading linked that adds up to a figure stated before it (`link_runs_adding_up`).

Caps and floors (`최대 5억원`) add up to anything and are never added.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.far_wholes import lead_end
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.opening_wholes import whole_opening_a_part
from checker.link.parallel_parts import marked_per_unit
from checker.link.sentence_groups import group_by_sentence
from checker.link.view import MetricHit
from checker.link.wholes_agreeing import adds_up_to
from checker.models import Claim
from checker.regex_cache import compile_exact

_MOST_PARTS = 8
_INF = float("inf")
# the lists found by position among shares and rankings, which a whole the arithmetic gives may take over
_RELINKED = ("ranking:",)
# right before the whole: the members said to make it together (`…, the three together making the £26,400`)
_TOGETHER_BEFORE = ByLanguage(lambda w: rf"(?:{w.together_total_marks})\s*$", re.I)
_TOGETHER_REACH = 40  # characters before the whole where that mark stands
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


def relink_lists_of_another_whole(claims: list[Claim], text: str, lang: str) -> None:
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
        if _TOGETHER_BEFORE[lang].search(text, max(0, whole.start - _TOGETHER_REACH), whole.start):
            continue  # (the words say the members together make the whole: its slip is reported as written)
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


_RUN_MOST = 8  # figures of one unit in a sentence read as a run (more is a table's, not a list's)
_EXACT = 1e-9  # the run's sum meets the whole as written
# a count of the parts leading their list, its noun, then the colon (`in three batches:`, `chose three designs:`)
_COUNT_LEADS = compile_exact(r"[^\d.;:!?]{0,30}:")
_RUN_LANGS = frozenset({"en"})  # (Korean lists are read by their particles: checker/link/listed_parts_after_total.py)
# between two items of a run: a comma, a semicolon or a list's `and` (`£2,150 and the raffle £1,340`); a run whose
# figures no list joins (`$9.1bn from earlier orders surplus $2.1bn`) is no list of parts
_RUN_JOINED = ByLanguage(lambda w: rf"[,;]|(?<![^\W\d_])(?:{w.list_separators})(?![^\W\d_])", re.I)
# an amount naming what it is after it (`€500m of profit`): of the whole's metric only, if its name follows
_OF_AFTER = compile_exact(r"\s+of\s")
_OF_REACH = 30  # characters after `of` where the metric's name may stand (`of last year's sales`)
_STOCK = "stock"  # a level held (cash, a valuation): no sum of the sources or items a run lists
_SHARE_GAP = 12  # characters between a figure and a share stated of it at once (`26,000 tonnes, or 54% of`)
_SMALLEST_COUNT = 10  # a count below this equals the sum of two small counts by chance too often to be their whole


def _free(claim: Claim, wholes: set[str]) -> bool:
    """A plain value no reading took: no part, whole, change, prior, figure per unit or of a term."""
    return (
        claim.role == "value"
        and claim.part_of is None
        and claim.id not in wholes
        and claim.change_of is None
        and claim.per_unit_of is None
        and claim.units_of is None
        and claim.per_period_of is None
        and claim.product_of is None
        and claim.units_measure is None
        and claim.period_ratio is None
        and _bounded(claim)
    )


def _runs(members: list[Claim]) -> list[list[Claim]]:
    """The runs of two figures or more a sentence's figures hold, the longest first."""
    found = [members[i:j] for i in range(len(members)) for j in range(i + 2, len(members) + 1)]
    return sorted(found, key=len, reverse=True)


def link_runs_adding_up(
    claims: list[Claim], text: str, lang: str, metric_hits: list[MetricHit], metric_types: dict[str, str]
) -> None:
    """A run of figures of one unit and kind in a sentence, none read yet, that adds up to a figure of theirs stated
    before it (anywhere in the story: the lead's order, a whole opening the sentence: `2,600 visitors` … `1,214 on
    the Saturday and 1,386 on the Sunday`; `The store wants 240 desk globes and 80 floor ones` after `an order for
    320 globes`). A total stated after the run is not read by the sum (the run may be of another whole).

    The words name no whole (no mark, the items' nouns not the whole's: `dreadnoughts` and `parlour guitars` of
    `guitars`), so the arithmetic alone links the run: only when the run's sum is the figure as written (a rounded
    figure's interval is no licence); a run that adds up to nothing links nothing (a slip in it is not reported:
    which figure it was of, nothing says). Counts of different nouns (or bare) are one unit here. A count of the
    parts leading the list (`in three batches:`) that the run is not is no whole list. English only. Figures per unit
    (`£6.50 each`), changes and priors are no items, and a forecast is the whole of forecasts only. The nearest
    agreeing figure before is the whole. Found by the sum: a guess. A whole its sentence opens with (`Of the 58
    streets, 35 … and 23 …`) is read by the sum too: groups drawn from it by attributes of their own (`420 are over
    75 and 380 live alone`) need not add up, so a list that misses it is no slip."""
    if lang not in _RUN_LANGS:
        return
    figures = [c for c in claims if c.kind in AMOUNTS and c.role != "conversion" and not c.furniture]
    if len(figures) < 3:
        return
    wholes = {c.part_of for c in figures if c.part_of} | {t for c in claims for t in c.tally_of}
    per_unit = {c.id for c in figures if marked_per_unit(c, text, lang)}
    # (`Kent produced 26,000 tonnes, or 54% of the crop`: a part of a larger whole, which a run may split as well)
    shared = {
        figure.id
        for figure, after in zip(claims, claims[1:])
        if after.role == "share" and after.sentence == figure.sentence and 0 <= after.start - figure.end <= _SHARE_GAP
    }
    for sentence, members in sorted(group_by_sentence(figures).items()):
        keyed: dict[tuple, list[Claim]] = {}
        for claim in members:
            if _free(claim, wholes) and claim.id not in per_unit:
                keyed.setdefault((claim.unit, claim.kind), []).append(claim)
        for key, same in keyed.items():
            if not 2 <= len(same) <= _RUN_MOST:
                continue
            for run in _runs(same):
                if any(c.part_of is not None or c.id in wholes for c in run):
                    continue
                if _counted_otherwise(members, run, text) or not _joined_as_a_list(run, text, lang):
                    continue
                if _list_goes_on(run, same, text, lang):
                    continue
                whole = _whole_of_run(figures, run, same, key, wholes, sentence, text, lang)
                if (
                    whole is None
                    or whole.id in shared
                    or not _whole_of_its_kind(whole, run, figures, wholes, text, metric_hits, metric_types)
                ):
                    continue
                for part in run:
                    part.part_of, part.part_list, part.part_list_open = whole.id, None, False
                whole.open_list = False
                whole.guesses = sorted(set(whole.guesses) | {"relation"})
                wholes.add(whole.id)


def _list_goes_on(run: list[Claim], same: list[Claim], text: str, lang: str) -> bool:
    """A figure of the run's key just before or after it is joined to it as an item (`China took €5m, Japan €4m and
    Korea €3m`: `€5m` and `€4m` are no run of their own)."""
    at = same.index(run[0])
    beside = [
        pair
        for pair in (
            (same[at - 1], run[0]) if at and not whole_opening_a_part(same[at - 1], text, lang) else None,
            (run[-1], same[at + len(run)]) if at + len(run) < len(same) else None,
        )
        if pair
    ]
    return any(_joined_as_a_list(list(pair), text, lang) for pair in beside)


def _joined_as_a_list(run: list[Claim], text: str, lang: str) -> bool:
    """Each two figures of the run are joined as items of a list (`, `, `; `, `and`)."""
    joined = _RUN_JOINED[lang]
    return all(joined.search(text, one.end, other.start) is not None for one, other in zip(run, run[1:]))


def _whole_of_its_kind(
    whole: Claim,
    run: list[Claim],
    figures: list[Claim],
    wholes: set[str],
    text: str,
    metric_hits: list[MetricHit],
    metric_types: dict[str, str],
) -> bool:
    """The whole is a quantity of the run's kind: no stock its own words name, no amount of the run naming another
    metric after it, and no other figure of its unit, kind and noun in its sentence that the run might be of."""
    if whole.metric and "metric" not in whole.guesses and metric_types.get(whole.metric) == _STOCK:
        return False
    if whole.kind == "count" and whole.value < _SMALLEST_COUNT:
        return False
    # (`400 members … and 200 members` of no `600 maps`: parts naming one noun are of a whole of that noun)
    nouns = {part.counter for part in run}
    written = all(part.counter and part.counter in part.text for part in run)  # (not carried over: `… and 910`)
    if len(nouns) == 1 and written and whole.counter and whole.counter not in nouns:
        return False
    for part in run:
        if part.kind != "money" or _OF_AFTER.match(text, part.end) is None:
            continue
        named = [h for h in metric_hits if part.end < h.start <= part.end + _OF_REACH]
        if not whole.metric or not any(h.metric == whole.metric for h in named):
            return False
    return not any(
        c is not whole
        and c.sentence == whole.sentence
        and (c.unit, c.kind) == (whole.unit, whole.kind)
        and (c.counter == whole.counter or c.counter is None or whole.counter is None)
        and c not in run
        and _free(c, wholes)
        for c in figures
    )


def _counted_otherwise(members: list[Claim], run: list[Claim], text: str) -> bool:
    """A count of the parts leads the list in its sentence (`in three batches: 1,200 in May and 600 in June`) and
    the run is not that many: the run is not the whole list."""
    first = run[0]
    leads = [
        c
        for c in members
        if c.kind == "count"
        and c.end <= first.start
        and (lead := _COUNT_LEADS.match(text, c.end)) is not None
        and lead.end() <= first.start
    ]
    return bool(leads) and leads[-1].value != len(run)


def _whole_of_run(
    figures: list[Claim],
    run: list[Claim],
    same: list[Claim],
    key: tuple,
    wholes: set[str],
    sentence: int,
    text: str,
    lang: str,
) -> Claim | None:
    """The nearest figure before the run that its sum is, as written, with no other figure of its unit, kind and
    noun between them. In the run's own sentence, only
    the whole the sentence opens with (`Of the 64 streets, 41 … and 23 …`: checker/link/opening_wholes.py), the run all
    its other figures of the key: a figure amid a list or first in it (`300 small kites, 140 medium and 160 large`)
    is one of its items, no whole of those after it, and a total the words mark after its parts is the totals
    rules'. A forecast is the
    whole of forecasts only (`will make 260 lamps` is no total of last year's `150 and 110`)."""
    first = run[0]
    forecast = {c.forecast for c in run}
    if len(forecast) > 1:
        return None
    total = sum(c.value for c in run)
    inside = [c.id for c in run]

    def placed(c: Claim) -> bool:
        if c.sentence == sentence:
            return c is same[0] and inside == [s.id for s in same[1:]] and whole_opening_a_part(c, text, lang)
        return c.end <= first.start

    # (by the figures as written: a rounded whole's interval would let a count of the parts join the run)
    agreeing = [
        c
        for c in figures
        if (c.unit, c.kind) == key
        and c.id not in inside
        and c.forecast in forecast
        and _free(c, wholes)
        and placed(c)
        and abs(c.value - total) <= _EXACT * c.value
        and _agrees(c, run)
    ]
    if not agreeing:
        return None
    whole = agreeing[-1]
    # (a nearer figure of the whole's unit, kind and noun between them, `Sales outside Europe reached €9m`, is a
    # whole the run may break down as well: a tie the sum does not settle)
    if any(
        whole.end <= c.start
        and c.end <= first.start
        and c.role == "value"
        and (c.unit, c.kind) == key
        and (c.counter == whole.counter or c.counter is None or whole.counter is None)
        for c in figures
    ):
        return None
    return whole


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
