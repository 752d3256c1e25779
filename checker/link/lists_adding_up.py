"""A list of figures in a sentence of its own and the whole stated beside it, unmarked: `해외 지점은 47곳이다. 일본
20곳, 대만 15곳, 싱가포르 12곳으로 …`, `The backlog stood at £840m. Of that, £510m came from … and £330m from …`,
`Revenue was $96.0 million (the lead) … Bakery brought in $41.0 million, cafés $35.5 million. Catering contributed
$19.5 million`, `약 900명이 일하게 되는데, 현지 인력이 860명이고 본사 인력이 38명이다`.

The list is every plain figure of one unit, kind and counter in a sentence (two to eight, or in two sentences in a
row when the second holds a single figure of it), none a part or a total of another list already, each smaller
than the whole. The whole is a plain figure of that unit, kind and counter stated right beside the list: first in
the list's own sentence, closing its clause before the parts (`되는데`, `while`: `[link.clause_ends]`); in the
sentence before or after it; two sentences before; or in the story's lead. No word marks the list as a breakdown,
so the words do not decide that it is one: a list is read as the whole's parts only where they add up to it (a
list that adds up to no figure beside it is not a sum the text states, or not one this rule can tell). Caps and
floors (`최대 5억원`) add up to anything and are not added. The nearest whole that agrees is taken; the link is a
guess.
"""

from __future__ import annotations

from checker.link.clause_marks import CLAUSE_END
from checker.link.far_wholes import lead_end
from checker.link.keys_differ import periods_differ
from checker.link.sentence_groups import group_by_sentence
from checker.link.totals import is_a_pool
from checker.link.wholes_agreeing import adds_up_to
from checker.models import Claim

_AMOUNTS = ("money", "count", "measure")
_MOST_PARTS = 8
_INF = float("inf")


def _key(claim: Claim) -> tuple:
    return (claim.unit, claim.kind, claim.counter)


def link_lists_adding_up(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.kind in _AMOUNTS and c.role != "conversion" and not c.furniture]
    if len(figures) < 3:
        return
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    by_sentence = group_by_sentence(figures)
    lead = lead_end(figures, text)
    lead_figures = [c for c in figures if c.sentence < lead]

    def free(claim: Claim) -> bool:
        return (
            claim.role == "value"
            and claim.part_of is None
            and claim.id not in wholes
            and not claim.tally_of
            and not claim.forecast
            and claim.per_period_of is None
        )

    for sentence in sorted(by_sentence):
        members = by_sentence[sentence]
        for key in dict.fromkeys(_key(c) for c in members):
            of_key = [c for c in members if _key(c) == key]
            values = [c for c in of_key if c.role == "value"]
            if len(values) < 2 or len(values) > _MOST_PARTS + 1 or not all(free(c) for c in values):
                continue
            if any(is_a_pool(one, text, lang, other) for one, other in zip(values, values[1:])):
                continue  # `2,400대 중 360대`: a pool and its subset, no list
            # the whole first in the list's own sentence, in a clause of its own (`약 900명이 일하게 되는데, 본사
            # 860명이고 현장 38명`; `수도권 8만대, 영남 6만대, 호남 2만대` is one list, whatever its figures add up to)
            head, rest = values[0], values[1:]
            if len(rest) >= 2 and CLAUSE_END[lang].search(text, head.end, rest[0].start) and _agrees(head, rest):
                _link(head, rest)
                wholes.add(head.id)
                continue
            parts = values
            if len(parts) > _MOST_PARTS:
                continue
            following = [c for c in by_sentence.get(sentence + 1, []) if _key(c) == key]
            whole = _nearest_agreeing(parts, key, sentence, by_sentence, lead_figures, free)
            if whole is None and len(following) == 1 and free(following[0]):
                # (a list that runs on into the next sentence: `… bowling $58.9 million. Arcades $27.3 million.`)
                longer = [*parts, following[0]]
                whole = _nearest_agreeing(longer, key, sentence, by_sentence, lead_figures, free, after=2)
                if whole is not None:
                    parts = longer
            if whole is not None:
                _link(whole, parts)
                wholes.add(whole.id)


def _nearest_agreeing(
    parts: list[Claim],
    key: tuple,
    sentence: int,
    by_sentence: dict[int, list[Claim]],
    lead_figures: list[Claim],
    free,
    after: int = 1,
) -> Claim | None:
    """The whole beside the list that its parts add up to: the sentence before, the one after, two before, the lead."""
    for at in (sentence - 1, sentence + after, sentence - 2):
        candidates = [c for c in by_sentence.get(at, []) if _key(c) == key]
        if at > sentence:
            # (a total after the list closes it: the first figure of its unit there)
            candidates = candidates[:1]
        for whole in reversed(candidates) if at < sentence else candidates:
            if free(whole) and _agrees(whole, parts):
                return whole
    for whole in reversed(lead_figures):
        if whole.sentence < sentence - 2 and _key(whole) == key and free(whole) and _agrees(whole, parts):
            return whole
    return None


def _agrees(whole: Claim, parts: list[Claim]) -> bool:
    # (a cap or a floor, `최대 5억원`, `more than 40`, adds up to anything: only figures bounded both ways are added)
    if any(not (c.low > 0 and c.high < _INF) for c in (whole, *parts)):
        return False
    # (by the figures as written: `약 900명` is no smaller than a part of 880명 for its wide interval)
    if whole.value <= max(p.value for p in parts) or not adds_up_to(whole, parts):
        return False
    # The metrics the words give are not asked: the arithmetic decides, and a list of exports adding up to the
    # order book a sentence before is the order book's (the noun beside a figure often names another measure).
    return not any(periods_differ(p, whole) for p in parts)


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
    figures = [c for c in claims if c.kind in _AMOUNTS and c.role != "conversion" and not c.furniture]
    by_id = {c.id: c for c in figures}
    lists: dict[tuple[str, str | None], list[Claim]] = {}
    for claim in figures:
        if claim.part_of is not None:
            lists.setdefault((claim.part_of, claim.part_list), []).append(claim)
    if not lists:
        return
    wholes = {whole_id for whole_id, _ in lists} | {t for c in claims for t in c.tally_of}
    by_sentence = group_by_sentence(figures)
    lead_figures = [c for c in figures if c.sentence < lead_end(figures, text)]
    for (whole_id, _), parts in lists.items():
        whole = by_id.get(whole_id)
        if whole is None or len(parts) < 2 or any(_key(p) != _key(whole) for p in parts):
            continue
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
            if _key(c) == _key(whole)
        ]
        earlier += [c for c in reversed(lead_figures) if c.sentence < whole.sentence - 2 and _key(c) == _key(whole)]
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
