"""Breakdowns of a figure, announced by the words around them (each rule's function says more):

- by category: `권역별로 수도권(…→A) 지방(…→B)`, `규모별로는 …`, `…으로 집계됐으며, 유형별로는 …`, `By region, …`:
  parts of the nearest larger figure of their unit before; a part that adds up those before it is
  their subtotal (`서울 A, 경기 B, 인천 C 수도권이 T`); closed when the parts name a whole partition
- of which, in the next sentence (`이 가운데 …`, `Of those, …`): changes by part add up with their signs
  to the whole's change when the last part is the rest (`기타`); plain figures are an open list
- a part and its complement (`아파트는 A … 아파트 이외 주택은 B`, `수도권 외에는 대전 B, 충남 C …`)
- a topic total, then its listed parts (`남은 의석 T석은 … A당 a석, B당 b석, C당과 D당 각 c석`)
- run-in items (`△A에 a억원 △B에 b억원 … 등이 배정됐다`) of the figure before them
- members named together, then each the subject or place of a clause (`예산·기금 총지출은 …. 예산은 ….
  기금은 …`, `수도권(서울·경기·인천)에서 … 서울에선 …`)
- a run of `A 중 a` pairs, then the pair of their totals (`A시 a곳 중 a′곳에서, B시 b곳 중 b′곳에서 … T곳 중 t곳`)
- the most a term pays, broken down in the next sentence (`N년간 최대 T억원. 입단금 a억원에 …`)
- a rate per year in a list, once per year of the term (`N년, …, 연봉 r억원씩, … 등 총액 T`)
- a ranking begun as a part of a whole and continued (`T석 중 a석 … 이어 B당 b석, …`)

`각` (`C당과 D당 각 c석`) counts a part once per name before it (`part_times`). Every whole is found by
position, so each link is a guess. A whole may be broken down more than once (by region, then by
size): each breakdown is its own list (`part_list`), open or closed by its own words (`part_list_open`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left
from operator import attrgetter

from checker.extract.lang import ByLanguage, link_alternations
from checker.link.clause_marks import CLAUSE_END, TOTAL_MARK_BEFORE
from checker.link.far_wholes import lead_end, whole_in_the_lead, whole_named_by_metric
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.lexicon import Lexicon
from checker.link.list_leads import whole_named_before_items
from checker.link.lots import holds_lots
from checker.link.per_period import TERM, stated_per_period
from checker.link.per_unit_apart import opens_with_headline
from checker.link.sentence_groups import group_by_sentence
from checker.link.targets import named_a_target
from checker.link.totals import closes_its_list, whole_marked
from checker.link.wholes import misstated_whole
from checker.link.wholes_agreeing import adds_up_to, whole_added_up_to
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

# How far back (in sentences) the whole of a breakdown may be stated.
_WHOLE_REACH = 4

# (`프로그램 유형별로는 …`: one noun may name what the categories are of before the mark)
_BREAKDOWN_OPENS = ByLanguage(lambda w: rf"\s*(?:[^\W\d_]{{2,8}}\s)?(?:{w.breakdown_marks})", re.I)
_BREAKDOWN_GOES_ON = ByLanguage(lambda w: rf"(?<=[,\s])(?:{w.breakdown_marks})", re.I)
_OF_WHICH_OPENS = ByLanguage(lambda w: rf"\s*(?:{w.of_which_openers})", re.I)
_OF_WHICH_INSIDE = ByLanguage(lambda w: rf"(?:{w.of_which_openers})", re.I)
# `The order is split between …`, `The collection is made up of …`, `shipped in three batches: …`: a mark that the
# figures after it in its sentence divide a whole stated before (`[link.split_marks]`)
_SPLIT_MARK = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.split_marks})(?![^\W\d_])", re.I)
# the split's subject, the story's order (`The order is split between …`: `[link.split_order_subjects]`)
_SPLIT_ORDER_SUBJECT = ByLanguage(lambda w: rf"\s*(?:{w.split_order_subjects})\s+", re.I)
_SPLIT_PARTIAL = ByLanguage(lambda w: rf"(?:{w.split_partial_subject})", re.I)
_SPLIT_REACH = 3  # sentences back from a split list where its whole may be stated
_SPLIT_FIRST_REACH = 48  # characters between the mark and the list's first figure
# between the subject figure of a split and its mark: a few words (`of it`, `this year`), no figure or clause end
_SPLIT_SUBJECT_GAP = compile_exact(r"[^\d.;:,()]{1,24}")
_SPLIT_LEAD_COUNT = compile_exact(r"\s*:")  # right after the count of the parts that leads their list
# right after a figure of such a list, words that make it a price or a rate per unit, no part (`at €12 each`)
_SPLIT_PER_UNIT = ByLanguage(lambda w: rf"\s*(?:{w.split_per_unit_after})", re.I)
# between two figures after a split mark, a comma opening a clause of what each unit does (`, each playing`) or of what
# the split comes to (`, so there were`: `[link.premise_consequence_openers]`): the list ends before it
_SPLIT_LIST_ENDS = ByLanguage(
    lambda w: rf",\s*(?:(?:{w.each_marks})\s|(?:{w.premise_consequence_openers})(?![^\W\d_]))", re.I
)
# (the rest may be counted: `나머지 11개 읍면이 a톤`, `the other 11 parishes a tonnes`)
_REST_BEFORE = ByLanguage(lambda w: rf"(?:{w.rest_labels})\s?(?:\d[\d,]*\s?[^\W\d_]{{0,4}}\s)?[^\d.;,]{{0,16}}$", re.I)
_REST_REACH = 40  # characters before a figure its rest label may start (`the remaining `, `hips for the other `)
# `아파트 이외 주택은`: the name of the other part, then the complement mark.
_COMPLEMENT_MARK = ByLanguage(lambda w: rf"(?:{w.complement_marks})")
# (A name of one letter is a demonstrative, `이 외에도`: no part named.)
_COMPLEMENT = ByLanguage(lambda w: rf"(?P<name>[^\s\d(),.·]{{2,}})\s?(?:{w.complement_marks})\s?[^\d.;,]{{0,16}}$")
_ARROW = ByLanguage(lambda w: rf"\s*(?:{w.from_to_marks})\s*")
_ITEM_MARK = ByLanguage(lambda w: rf"(?:{w.list_item_marks})(?!\s?[\d.,+-])")
# `… c억원 등이 배정됐다`: the list names some of the parts.
_OPEN_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.open_list_marks})")
# `예산·기금 총지출은`: the members of a whole named together (two to four words joined by `·`).
# (`수도권(서울·경기·인천)에서`: the members in the parenthesis after the name of the whole.)
_MEMBERS_NAMED = compile_exact(r"(?<!\w)(?P<names>\w{1,8}(?:·\w{1,8}){1,3})(?=[\s)])")
# `a곳 중 a′곳`: a whole, then its part (ko: `중`, `가운데`).
_PAIR_GAP = ByLanguage(lambda w: rf"\s?(?:{w.whole_after})\s?")
# Between two listed pairs: the part's ending and a comma, then the next name (`a′곳에서, B시 `).
_LISTED_PAIRS = compile_exact(r"[^\d,.;]{0,8},\s?[^\d,.;]{1,16}")
# `이어 B당 b석, …`: a sentence that goes on with a ranking begun in the sentence before.
_RANKING_GOES_ON = ByLanguage(lambda w: rf"\s*(?:{w.ranking_continues})(?!\w)")
# `r억원씩 p억원`: a rate, then its product.
_PRODUCT_FOLLOWS = compile_exact(r"[^\d.;,]{0,12}")
# `T석도`, `T명은`: a figure that is the topic of its clause.
_TOPIC_RIGHT_AFTER = ByLanguage(lambda w: rf"(?:{w.topic_particles})(?!\w)")
# Between the topic total and its first part (no figure, no sentence end), and between two parts (`a석, B당 `).
_FIRST_GAP = compile_exact(r"[^\d.;]{1,40}")
_LIST_GAP = compile_exact(r"\)?\s?,\s?[^\d.;,]{1,24}")
# `D당과 E당 각 `, `서울·대구(각 `: the names a part stands for, then `각` right before it.
_EACH_BEFORE = ByLanguage(lambda w: rf"(?P<names>[^\d,()]+?)\s?\(?\s?(?:{w.each_marks})\s?$")
_RESPECTIVE_NEXT = compile_exact(r"\)?\s?[,·]\s?\(?")
_NAME_JOINER = ByLanguage(lambda w: rf"·|(?<=[^\s\d])(?:{w.list_separators})\s")
_start = attrgetter("start")
# A figure inside the parenthesis right after another figure (`T억원(A a억원)`) is a part of it.
_OPENS_AFTER_FIGURE = compile_exact(r"\s?\(\s?[^\d()]{0,20}$")


def link_breakdowns(
    claims: list[Claim], text: str, lang: str, sentence_starts: list[int], lexicon: Lexicon | None = None
) -> None:
    _priors_are_parts_of_the_prior(claims, text, lang)
    figures = [c for c in claims if c.kind in AMOUNTS and not c.furniture and c.role in ("value", "change")]
    labels = numbered_labels(figures, text)
    if labels:
        figures = [c for c in figures if c.id not in labels]
    by_sentence = group_by_sentence(figures)
    # A sentence that opens with a breakdown mark states categories: none of its figures is the whole
    # of a later breakdown (`품목별로는 A 수출이 a억 달러 …. 지역별로는 B 수출이 b억 달러, C 수출이 c억 달러`).
    categories = frozenset(
        sentence
        for sentence in by_sentence
        if sentence < len(sentence_starts) and _BREAKDOWN_OPENS[lang].match(text, sentence_starts[sentence])
    )
    # `가온대가 1800명 모집에 4만5000명이 지원해 25대 1`: the places and the applicants of one competition
    # ratio (link/competition_ratios.py) count two things of one item, no two parts of a breakdown.
    ratio_pairs = [{c.per_unit_of, c.units_of} for c in claims if c.per_unit_of and c.units_of]
    lead = lead_end(figures, text)
    # (each breakdown below opens on its mark: a text that can match none of the marks holds none)
    marked = (
        may_match(_BREAKDOWN_OPENS[lang], text)
        or may_match(_BREAKDOWN_GOES_ON[lang], text)
        or may_match(_OF_WHICH_OPENS[lang], text)
    )
    # (`도내 돌봄 인력 7천명의 20%에 해당한다`: a whole the story's figure is restated as a share of is a reference, no
    # whole of the story's breakdowns)
    wholes = [c for c in figures if c.id not in _restated_shares_wholes(claims, figures, text, lang)] if marked else []
    for sentence, members in by_sentence.items() if marked else ():
        if sentence >= len(sentence_starts):
            continue
        start = sentence_starts[sentence]
        opened = _BREAKDOWN_OPENS[lang].match(text, start)
        if opened is not None:
            members = members + _continued(members, by_sentence.get(sentence + 1, []), text, lang, sentence_starts)
        if len(members) < 2:
            continue  # a breakdown lists two parts at least
        if opened is not None:
            ids = {c.id for c in members}
            if any(pair <= ids for pair in ratio_pairs):
                members = [c for c in members if not any(c.id in pair for pair in ratio_pairs)]
            _by_category(wholes, members, opened.end(), text, lang, lexicon, categories, lead=lead)
            continue
        opened = _BREAKDOWN_GOES_ON[lang].search(text, start, members[-1].start) if len(members) > 2 else None
        if opened is not None:
            # `…으로 집계됐으며, 권역별로는 수도권 A, 지방 B`: the whole may stand before the mark in its sentence.
            _by_category(
                figures, members, opened.end(), text, lang, lexicon, categories, mark=opened.start(), lead=lead
            )
            continue
        opened = _OF_WHICH_OPENS[lang].match(text, start)
        if opened is not None:
            _of_which(figures, members, opened.end(), text, lang)
    values = [c for c in figures if c.role == "value"]  # (roles are read; the rules below set parts only)
    _complements(figures, values, text, lang, categories)
    _total_then_list(figures, values, text, lang)
    _bulleted(figures, text, lang, categories, sentence_starts)
    _named_members(claims, text, lang, sentence_starts)
    _fractions_listed(figures, values, text, lang)
    _ceiling_over_a_term(figures, values, text, lang)
    _rates_over_a_term(figures, values, text, lang)
    _ranking_continued(figures, values, text, lang, sentence_starts)
    _split_lists(figures, values, text, lang, sentence_starts)


_LABEL_GAP = compile_exact(r"[^\S\n]+")  # between a numbered label and the figure it names: a space, nothing else
_LABELS_IN_A_LIST = 2  # numbered labels of one counter in a sentence that make them a list's names


def numbered_labels(figures: list[Claim], text: str) -> set[str]:
    """The counts that name the figure right after them, a space between (`1호 4천200건, 2호 3천100건`, `No 1 400
    visitors`): numbered names of a list's items, two at least of one counter in a sentence, whole numbers — no
    parts of a breakdown, nor the whole of one (`4호` after `1호 … 3호`)."""
    ordered = sorted(figures, key=attrgetter("start"))
    found: dict[tuple[int, str], list[str]] = {}
    for c, after in itertools.pairwise(ordered):
        if (
            c.kind == "count"
            and c.counter
            and float(c.value).is_integer()  # (no float(`inf`) of a 400-digit number reaches int())
            and after.sentence == c.sentence
            and (after.kind, after.counter) != (c.kind, c.counter)
            and _LABEL_GAP.fullmatch(text, c.end, after.start)
        ):
            found.setdefault((c.sentence, c.counter), []).append(c.id)
    return {i for ids in found.values() if len(ids) >= _LABELS_IN_A_LIST for i in ids}


def _split_lists(figures: list[Claim], values: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """`The order is for 2,000 crates. They will go in three batches: 900 in May, 700 in June and 400 in July`, `The
    herd is made up of 40 cows, 25 heifers and 9 bulls`: the figures after a split mark (`[link.split_marks]`) in
    its sentence, of the unit and kind of the first one (close after the mark), none a figure per unit (`at €12
    each`) or a part already, are the whole list of the parts of a whole stated before: the nearest value of their
    unit and kind before the mark (in its sentence or up to three before), larger than each part, that is no part
    itself; of those wholes, one the parts add up to (checker/link/wholes_agreeing.py) before the nearest, and two
    such in the nearest one's sentence leave the whole unsaid. A split whose subject is the story's order (`The order
    is split between …`: `[link.split_order_subjects]`) divides the order's level the lead states. A mark
    that counts the parts (`in three batches`) and a list of another length is no such list. The list is closed:
    the whole is split, so the parts must meet it. Found by position, so a guess."""
    pattern = _SPLIT_MARK[lang]
    if not may_match(pattern, text):
        return
    by_sentence = group_by_sentence(values)
    for sentence, members in by_sentence.items():
        if sentence >= len(sentence_starts) or len(members) < 2:
            continue
        start = sentence_starts[sentence]
        end = sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else len(text)
        mark = pattern.search(text, start, end)
        if mark is None or _SPLIT_PARTIAL[lang].search(text, start, mark.start()):
            continue  # (`Most of it went on …`: only some of the figure is split)
        after = [c for c in members if c.start >= mark.end()]
        if not after or after[0].start - mark.end() > _SPLIT_FIRST_REACH:
            continue
        counted = [c for c in members if mark.start() <= c.start and c.end <= mark.end() and c.kind == "count"]
        if len(after) > 1 and after[0].kind == "count" and _SPLIT_LEAD_COUNT.match(text, after[0].end):
            counted, after = [after[0]], after[1:]  # (`split between three models: …`: the count of the parts)
        # (`split into eight groups, each playing the other four, so there were 80 matches`: a clause of what each
        # unit does, or of what the split comes to, ends the list)
        ends = next(
            (k for k in range(1, len(after)) if _SPLIT_LIST_ENDS[lang].search(text, after[k - 1].end, after[k].start)),
            len(after),
        )
        after = after[:ends]
        first = after[0]
        parts = [
            c
            for c in after
            if (c.unit, c.kind) == (first.unit, first.kind) and not _SPLIT_PER_UNIT[lang].match(text, c.end)
        ]
        if len(parts) < 2 or any(c.part_of is not None or c.per_unit_of or c.units_of for c in parts):
            continue
        if any(holds_lots(one, other, text, lang) for one, other in itertools.pairwise(after)):
            continue  # (`split into four divisions of 12`: units and the lot each holds, no list of parts)
        if first.kind not in AMOUNTS:
            continue
        if counted and counted[0].value != len(parts):
            continue  # (`in three batches` and two figures after: not the whole list)
        largest = max(p.high for p in parts)
        # (`This year's $9,400 goes on fuel ($5,100), …`: the subject of the split in its own sentence is the
        # whole it divides, even when it is a part of a larger whole itself)
        own = [
            c
            for c in members
            if c.end <= mark.start()
            and (c.unit, c.kind) == (first.unit, first.kind)
            and c.part_list is None
            and not c.per_unit_of
            and c.low > largest
            and _SPLIT_SUBJECT_GAP.fullmatch(text, c.end, mark.start())
        ]
        if own:
            _attach(parts, own[-1], f"split:{parts[0].id}")
            continue
        if _SPLIT_ORDER_SUBJECT[lang].fullmatch(text, start, mark.start()):
            # (`… will ship 650 crates … The order is divided into 400 crates of apples and 250 of pears`:
            # the order the story is about, its level the one the lead states)
            ordered = whole_in_the_lead(values, parts, frozenset(), text)
            # (the order's own figure stands in the lead's first sentence: `… will make 900 chairs …`; a level the
            # next sentence states, `made 2,400 chairs last year`, is another)
            if ordered is not None and ordered.sentence == _lead_sentence(values, text):
                _attach(parts, ordered, f"split:{parts[0].id}")
                continue
        candidates = [
            c
            for c in values
            if c.end <= mark.start()
            and 0 <= sentence - c.sentence <= _SPLIT_REACH
            and (c.unit, c.kind) == (first.unit, first.kind)
            and c.part_of is None
            and not c.per_unit_of
            and c.low > largest
        ]
        if not candidates:
            continue
        candidates.reverse()  # (nearest first)
        if sum(c.sentence == candidates[0].sentence for c in candidates) > 1:
            continue  # (`totals 5.2m shares, and the float 9.8m shares. It is made up of …`: which one, not said)
        whole = next((c for c in candidates if adds_up_to(c, parts)), candidates[0])
        _attach(parts, whole, f"split:{parts[0].id}")


def _continued(
    members: list[Claim], following: list[Claim], text: str, lang: str, sentence_starts: list[int]
) -> list[Claim]:
    """The parts a breakdown of one part goes on with in the next sentence (`품목별로는 A가 a로 전체의 45%를 차지했다.
    B b, C c가 뒤를 이었다`): a sentence of no mark of its own whose figures are all values of the first part's unit,
    two at least, each after a comma and a name (a list, not a figure of another subject); else none."""
    first = next((c for c in members if c.role == "value"), None)
    if first is None or len(following) < 2:
        return []
    start = sentence_starts[following[0].sentence] if following[0].sentence < len(sentence_starts) else None
    if start is None or any(
        opens[lang].match(text, start) for opens in (_BREAKDOWN_OPENS, _OF_WHICH_OPENS, _RANKING_GOES_ON)
    ):
        return []  # (`이어 B b, C c`: a ranking continued, read by `_ranking_continued`)
    key = (first.kind, first.unit, first.counter)
    if sum((c.kind, c.unit, c.counter) == key and c.role == "value" for c in members) != 1:
        return []  # (a breakdown of two parts or more in its own sentence is a list of its own)
    if any(c.role != "value" or (c.kind, c.unit, c.counter) != key for c in following):
        return []
    if any(not _LIST_GAP.fullmatch(text, a.end, b.start) for a, b in zip(following, following[1:])):
        return []
    # (`지난해 수도권 등록자는 a명, 그 가운데 서울은 b명`: a figure of another time, or the parts of one figure opened
    # after it, go on with no breakdown of this one)
    if any(periods_differ(first, c) or _dated_otherwise(c, first) for c in following) or any(
        _OF_WHICH_INSIDE[lang].search(text, a.end, b.start) for a, b in zip(following, following[1:])
    ):
        return []
    return following


def _dated_otherwise(claim: Claim, first: Claim) -> bool:
    """Whether the claim's own words date it (`지난해 상업용은 …`) to another period than the first part's."""
    return (
        claim.period is not None
        and claim.period_span is not None
        and "period" not in claim.guesses
        and first.period is not None
        and claim.period != first.period
    )


# `Homes account for 9,100 meters, shops for 800 and farms for 400`
_PART_VERB_BEFORE = ByLanguage(lambda w: rf"(?:{w.part_verbs_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_PART_VERB_REACH = 24
# right after a figure, pointing back to the one before it (`$7m of that`): a part of that figure, not its sibling
_OF_THAT_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.parts_of_that}|{w.parts_of_them})(?![^\W\d_])", re.I)
_JOINED = ByLanguage(lambda w: rf",|\b(?:{w.list_separators})\b", re.I)
_DIGIT = compile_exact(r"\d")


def link_accounted_parts(claims: list[Claim], text: str, lang: str) -> None:
    """Parts listed after a verb of accounting for (`_accounted_parts`), two or ending in the rest, of the nearest
    figure before them of their unit larger than each (its counter the parts' or none: `2,310 so far … the city
    accounted for 1,020 cases`), in the four sentences before or in the lead. Run after the shares are linked: a
    share in the next sentence (`Bread wheat made up nearly two thirds of the total`) names its part, not the
    last listed one."""
    figures = [c for c in claims if c.kind in AMOUNTS and not c.furniture and c.role in ("value", "change")]
    lead = None
    for members in group_by_sentence(figures).values():
        parts = _accounted_parts(members, text, lang) if len(members) >= 2 else []
        if parts and (summed := _sum_marked_after(parts, members, text, lang)) is not None:
            # (`The rest came from a £45,000 grant and a £15,000 loan, together making up the remaining £60,000`)
            _attach(parts, summed, f"breakdown:{parts[0].id}")
            continue
        # A split in two (`A accounted for X and B for Y`), or a longer list that ends in the rest (`and other
        # uses Z`, complete); three parts or more with no rest may name the largest only, no whole's breakdown.
        # (`Canoes made up 6,000 and kayaks the other 3,000`: two parts, the second the rest, close the list too)
        rest = len(parts) >= 2 and _REST_BEFORE[lang].search(text, max(0, parts[-1].start - 40), parts[-1].start)
        enumerated = len(parts) > 2 and _enumeration_closed(parts, text, lang)
        if len(parts) != 2 and not rest and not enumerated:
            continue
        first, largest = parts[0], max(p.high for p in parts)
        if lead is None:
            lead = lead_end(figures, text)  # (the lead's sentences, past a headline: its whole is the story's)
        candidates = (
            c
            for c in reversed(figures)
            if c.end <= first.start
            and (first.sentence - c.sentence <= _WHOLE_REACH or c.paragraph == 0 or c.sentence < lead)
            and c.sentence != first.sentence
            and c.role == "value"
            and c.part_of is None
            and (c.unit, c.kind) == (first.unit, first.kind)
            # (a bare part counts what its whole counts: `sold 9,000 boats … Canoes made up 6,000 and kayaks the
            # other 3,000`)
            and (c.counter is None or c.counter == first.counter or not any(p.counter for p in parts))
            and not metrics_differ(c, first)
            and c.low > largest
        )
        whole = next(candidates, None)
        if whole is not None and whole.sentence == first.sentence - 1 and _stated_as_a_part(whole, text, lang):
            # (`Rye makes up 78,000 tonnes of the crop. Oats account for 41,000 tonnes and barley for 23,000.`: a
            # figure the sentence before states after a verb of accounting for is a sibling, not the list's whole;
            # the list goes on from it, of the whole before them both)
            sibling, whole = whole, next(candidates, None)
            if whole is not None and whole.low <= sibling.high:
                whole = None
            if whole is not None:
                parts = [sibling, *parts]
        # (`A led with X, about p%; B accounted for Y and C Z, and D for the remaining W`: a figure of the parts'
        # unit stated before the verb in their sentence, unmarked as their whole, is the list's first part; the
        # list is of a whole they add up to, or of one marked as a total that a rest closes, `a total of V`)
        siblings = [
            c
            for c in members
            if c.end <= first.start
            and (c.unit, c.kind) == (first.unit, first.kind)
            and c.role == "value"
            and c.part_of is None
            and not whole_marked(c, text, lang)
        ]
        if whole is not None and siblings:
            marked = rest and TOTAL_MARK_BEFORE[lang].search(text, max(0, whole.start - 24), whole.start)
            if not (marked or adds_up_to(whole, siblings + parts)):
                continue
            parts = siblings + parts
        if whole is not None:
            _attach(parts, whole, f"breakdown:{first.id}", opened=not (rest or enumerated))


# Before the last of listed figures: the joint that ends the list (`, and `), then its label (no figure between).
_LAST_JOINED = ByLanguage(lambda w: rf"(?:^|[\s,])(?:{w.list_separators})\s[^\d.;,:]{{0,30}}$", re.I)
# After the last listed figure, its own words (a noun, `for`, `a year`) up to the end of the sentence.
_LIST_ENDS_THE_SENTENCE = compile_exact(r"[^\d.;,:()]{0,30}(?:[.;](?!\d)|$)")


def _enumeration_closed(parts: list[Claim], text: str, lang: str) -> bool:
    """`Homes account for 9,100 meters, shops for 800 and farms for 400.`: three parts or more listed after a verb of
    accounting for, the last joined by `and` and ending its sentence, enumerate their whole (a ranking of the
    largest names its members by rank, `the largest`, and goes on; it is no enumeration closed this way)."""
    last = parts[-1]
    return bool(
        _LAST_JOINED[lang].search(text, parts[-2].end, last.start) and _LIST_ENDS_THE_SENTENCE.match(text, last.end)
    )


def _sum_marked_after(parts: list[Claim], members: list[Claim], text: str, lang: str) -> Claim | None:
    """The figure right after the last listed part, of their unit and larger than their sum's parts, that the mark of
    a total opens (`, together making up the remaining £60,000`, `, making £6,000`): the list's own whole."""
    last = parts[-1]
    after = next((c for c in members if c.start >= last.end), None)
    if (
        after is None
        or (after.unit, after.kind) != (last.unit, last.kind)
        or after.role != "value"
        or after.part_of is not None
        or _DIGIT.search(text, last.end, after.start)
        or CLAUSE_END[lang].search(text, last.end, after.start)
        or after.low <= max(p.high for p in parts)
    ):
        return None
    return after if TOTAL_MARK_BEFORE[lang].search(text, max(last.end, after.start - 60), after.start) else None


def _accounted_parts(members: list[Claim], text: str, lang: str) -> list[Claim]:
    """`Bread wheat accounted for 1.5 million tonnes, feed wheat 700,000 tonnes and other uses 200,000 tonnes`: the
    figures of one unit listed after a verb that makes the first a part of something (`[link.part_verbs_before]`),
    each after a comma or `and` with no figure or clause end between (a bare figure after a counted one counts the
    same thing). Their whole is found as a breakdown's is; the list may name only some of the parts (open)."""
    for k, first in enumerate(members):
        if first.role != "value" or first.part_of is not None or first.kind not in AMOUNTS:
            continue
        if not _PART_VERB_BEFORE[lang].search(text, max(0, first.start - _PART_VERB_REACH), first.start):
            continue
        parts = [first]
        for claim in members[k + 1 :]:
            if (claim.unit, claim.kind) != (first.unit, first.kind):
                continue  # (a share between, `…, 45% of the volume`, is not an item)
            between = text[parts[-1].end : claim.start]
            if len(parts) == 1 and _rest_past_a_clause(first, claim, text, lang):
                parts.append(claim)  # `… made up 2,240 of the operations, or 54%; the remaining 1,890 were hips`
                break
            if (
                claim.role != "value"
                or claim.part_of is not None
                or claim.counter not in (None, first.counter)
                or _DIGIT.search(between)
                or CLAUSE_END[lang].search(between)
                or not _JOINED[lang].search(between)
                # (`Produce made up $12m of sales, and organic produce $7m of that`: a part of the part before it)
                or _OF_THAT_AFTER[lang].match(text, claim.end)
                # (`… a £45,000 grant and a £15,000 loan, together making up the remaining £60,000`: their sum)
                or TOTAL_MARK_BEFORE[lang].search(text, max(parts[-1].end, claim.start - 60), claim.start)
            ):
                break
            parts.append(claim)
        return parts if len(parts) >= 2 else []
    return []


def _stated_as_a_part(figure: Claim, text: str, lang: str) -> bool:
    """Whether a figure stands right after a verb that makes it a part of something (`makes up 78,000 tonnes`)."""
    return _PART_VERB_BEFORE[lang].search(text, max(0, figure.start - _PART_VERB_REACH), figure.start) is not None


def _rest_past_a_clause(first: Claim, claim: Claim, text: str, lang: str) -> bool:
    """`Knees made up 2,240 of the operations, or 54%; the remaining 1,890 were hips`, `… accounted for 31,200 of the
    spectators, more than half, with the remaining 27,020 …`: after the first part, the next figure of its unit (the
    first such after it) named the rest (`[link.rest_labels]` right before it) is the other part, past a clause break
    or the first part's share between; a value of no other counter than the first's, none of a list yet."""
    return (
        claim.role == "value"
        and claim.part_of is None
        and claim.counter in (None, first.counter)
        and _REST_BEFORE[lang].search(text, max(0, claim.start - _REST_REACH), claim.start) is not None
    )


def _priors_are_parts_of_the_prior(claims: list[Claim], text: str, lang: str) -> None:
    """`수도권(A→B) 지방(C→D)`: a figure before an arrow is the prior of the one after it (link/arrows.py),
    so it is a part of the whole's prior (`T0에서 … 증가한 T`), not of the whole it was read against
    before the arrow was; with no prior of the whole stated, of nothing."""
    if not any(c.role == "baseline" and c.part_of for c in claims):
        return
    by_id = {c.id: c for c in claims}
    arrow = _ARROW[lang]
    for before, after in zip(claims, claims[1:]):
        whole = by_id.get(before.part_of) if before.part_of else None
        if (
            whole is not None
            and whole.role == "value"
            and before.role == "baseline"
            and before.unit == after.unit
            and arrow.fullmatch(text, before.end, after.start)
        ):
            prior = _prior_of(claims, by_id, whole)
            before.part_of = prior.id if prior is not None else None
            before.part_list = None


def _prior_of(claims: list[Claim], by_id: dict[str, Claim], whole: Claim) -> Claim | None:
    """The figure a whole's stated change is measured from, of the whole's unit."""
    for claim in claims:
        if claim.change_of == whole.id and claim.compared_to:
            prior = by_id.get(claim.compared_to)
            if prior is not None and prior.unit == whole.unit and prior.role in ("baseline", "prior"):
                return prior
    return None


def _listed(members: list[Claim], after: int, text: str, role: str, *, linked: bool = False) -> list[list[Claim]]:
    """The figures after `after`, one list per unit (in the order each first appears), none a part of
    another listed one (`linked`: figures already a part elsewhere kept too, as possible subtotals)."""
    lists: dict[tuple[str, str | None], list[Claim]] = {}
    for claim in members:
        if claim.start < after or claim.role != role or (claim.part_of is not None and not linked):
            continue
        listed = lists.setdefault((claim.unit, claim.counter), [])
        if listed and _OPENS_AFTER_FIGURE.match(text[listed[-1].end : claim.start]):
            continue  # a part of the figure before it, in its parenthesis
        listed.append(claim)
    return [listed for listed in lists.values() if len(listed) >= 2]


# a whole, the genitive, then a share of it whose clause closes as a restatement (`7천명의 20%에 해당한다`)
_WHOLE_THEN_ITS_SHARE = ByLanguage(lambda w: rf"(?:{w.whole_then_its_share})", first_tested=False)
_RESTATING_CLOSES = ByLanguage(lambda w: rf"\s?(?:{w.restating_share_closings})", first_tested=False)


def _restated_shares_wholes(claims: list[Claim], figures: list[Claim], text: str, lang: str) -> set[str]:
    """The figures that are the whole of a share right after them whose clause closes as a restatement of a level
    (`도내 인력 7천명의 20%에 해당한다`): the level is the share's part, the whole a reference to measure it by."""
    shares = {c.start: c for c in claims if c.kind in ("percent", "fraction") and c.role == "share"}
    found = set()
    for c in figures:
        joint = _WHOLE_THEN_ITS_SHARE[lang].match(text, c.end)
        share = shares.get(joint.end()) if joint is not None else None
        if share is not None and _RESTATING_CLOSES[lang].match(text, share.end):
            found.add(c.id)
    return found


def _by_category(
    figures: list[Claim],
    members: list[Claim],
    after: int,
    text: str,
    lang: str,
    lexicon: Lexicon | None,
    categories: frozenset[int],
    mark: int | None = None,
    lead: int = 0,
) -> None:
    # `85㎡ 초과가 A호, 85㎡ 이하는 B호`: the sizes that name the categories are a list of no whole.
    for listed in _listed(members, after, text, "value", linked=True):
        parts = _subtotalled(listed)
        if len(parts) < 2:
            continue
        whole = _whole_in_sentence(members, parts, mark) if mark is not None else None
        whole = whole or _whole_before(figures, parts, categories=categories)
        whole = whole or whole_named_by_metric(figures, parts, categories)  # stated further back (far_wholes.py)
        whole = whole or whole_in_the_lead(figures, parts, categories, text)
        # A breakdown may name the largest categories only, unless they are every member of a partition or the last
        # is named the rest (`시간대별로는 출근 a명, 퇴근 b명, 그 밖의 시간대 c명`, `by route: A a, B b and the rest c`)
        closed = _names_a_partition(parts, after, text, lexicon) or (
            _REST_BEFORE[lang].search(text, max(0, parts[-1].start - _REST_REACH), parts[-1].start) is not None
        )
        # (`상반기 T회 … 월별로는 1월 a회, …, 6월 f회`: parts dated one each, together the whole's stated period)
        closed = closed or (whole is not None and periods_fill(parts, whole))
        if whole is not None and not _fits(parts, whole, closed):
            # (another period's total or another measure's found by position: the one stated before that the
            # parts add up to, checker/link/wholes_agreeing.py)
            agreeing = whole_added_up_to(
                figures, parts, reach=_AGREEING_REACH, lead_end=lead, categories=categories, found=whole
            )
            whole = agreeing or whole
        if whole is not None and _dated_outside(parts, whole):
            whole = None
        if whole is not None:
            # (each unit's list its own breakdown: `대학생 a명에게 x억원, 고등학생 b명에게 y억원`, two per item)
            _attach(parts, whole, f"breakdown:{parts[0].id}", opened=not closed)


def periods_fill(parts: list[Claim], whole: Claim) -> bool:
    """`상반기 1만6천 회 … 월별로는 1월 a회, 2월 b회, … 6월 f회`, `in the first half … by month, January a, …, June f`:
    parts each dated by a written period of its own that, with no gap or overlap, make up the whole's written period
    (six months a half, three a quarter, four quarters a year) are every part of it: the breakdown is closed."""
    if whole.period is None or whole.period_span is None or "period" in whole.guesses:
        return False
    spans = []
    for part in parts:
        if part.period is None or part.period_span is None or "period" in part.guesses:
            return False
        spans.append(part.period.bounds())
    spans.sort()
    first, last = whole.period.bounds()
    if spans[0][0] != first or spans[-1][1] != last:
        return False
    return all(later[0] - earlier[1] == _ONE_DAY for earlier, later in zip(spans, spans[1:]))


_ONE_DAY = dt.timedelta(days=1)


def _dated_outside(parts: list[Claim], whole: Claim) -> bool:
    """`하반기 7∼9월 170톤 … 월별로는 5월이 96톤, 6월(88톤), 4월(75톤)`: parts each dated by a period of its own
    (a breakdown by period), none of them inside the whole's stated period, are parts of another span's total."""
    if whole.period is None or "period" in whole.guesses:
        return False
    periods = [p.period for p in parts if p.period is not None and p.period_span and "period" not in p.guesses]
    if len(periods) != len(parts) or len(set(periods)) != len(periods):
        return False
    return all(not whole.period.contains(period) for period in periods)


# Sentences back to a figure a breakdown's parts add up to, when the whole found by position is none of theirs.
_AGREEING_REACH = 6


def _fits(parts: list[Claim], whole: Claim, closed: bool) -> bool:
    """Whether the parts may be of the whole: as large as it (closed: meeting it) or, an open list, not above it."""
    low = sum(p.low * p.part_times for p in parts)
    high = sum(p.high * p.part_times for p in parts)
    if high < whole.low:
        return not closed
    return low <= whole.high


def _subtotalled(parts: list[Claim]) -> list[Claim]:
    """`X시 a명, Y시 b명, Z시 c명으로 수도권이 T명`: a part that adds up those before it is their subtotal."""
    out: list[Claim] = []
    for part in parts:
        # (Three parts at least: that two figures add up to a third is too often chance.)
        if len(out) >= 3 and sum(p.low for p in out) <= part.high and part.low <= sum(p.high for p in out):
            _attach(out, part, f"subtotal:{part.id}")
            part.guesses = sorted(set(part.guesses) | {"relation"})
            # A subtotal listed elsewhere already (`수도권이 A명, 비수도권이 B명`: a partition) stands there.
            out = [part] if part.part_of is None else []
        elif part.part_of is None:
            out.append(part)
    return out


def _names_a_partition(parts: list[Claim], after: int, text: str, lexicon: Lexicon | None) -> bool:
    """Whether the parts are named, one each, by every member of one partition of the lexicon."""
    if lexicon is None or not lexicon.partitions:
        return False
    named: set[tuple[str, int]] = set()
    previous = after
    for part in parts:
        found = None
        for found in lexicon.partition_re.finditer(text, previous, part.start):  # noqa: B007 — the last one
            pass
        member = lexicon.partition_for(found.group(0)) if found is not None else None
        if member is None:
            return False
        named.add(member)
        previous = part.end
    partitions = {pid for pid, _ in named}
    if len(partitions) != 1:
        return False
    pid = partitions.pop()
    return len(named) == len(parts) == len(lexicon.partitions[pid].members)


def _whole_in_sentence(members: list[Claim], parts: list[Claim], mark: int) -> Claim | None:
    """The nearest figure of the parts' unit before the breakdown mark in their sentence, larger than each."""
    first = parts[0]
    for claim in reversed([c for c in members if c.end <= mark and c.role == first.role]):
        if (claim.unit, claim.counter, claim.kind) == (first.unit, first.counter, first.kind):
            return claim if claim.low > max(p.high for p in parts) and not metrics_differ(claim, first) else None
    return None


def _sibling_whole(figures: list[Claim], member: Claim, parts: list[Claim], largest: float) -> Claim | None:
    """The whole a member of the sibling list before a breakdown is part of, when that whole is larger than each of
    the breakdown's parts and its list adds up to it (a breakdown of the whole's, stated in full: `680명, 520명` of
    `1천200명`), and the breakdown's parts add up to no more than it."""
    whole = next((c for c in figures if c.id == member.part_of), None)
    if whole is None or whole.low <= largest or whole.sentence >= parts[0].sentence or metrics_differ(whole, parts[0]):
        return None
    siblings = [c for c in figures if c.part_of == whole.id and c.part_list == member.part_list]
    if not adds_up_to(whole, siblings) or sum(p.low for p in parts) > whole.high:
        return None
    if any(adds_up_to(sibling, parts) for sibling in siblings):
        return None  # (`공공시설 2,200억 원 … 시설별로는 …` adding up to it: a breakdown of that part, read on)
    return whole


def _whole_before(
    figures: list[Claim],
    parts: list[Claim],
    *,
    by_metric: bool = True,
    of_a_part: bool = False,
    categories: frozenset[int] = frozenset(),
) -> Claim | None:
    """The nearest figure of the parts' unit before their sentence, larger than each of them. A part of
    another list is a category among categories (`품목별로는 A 수출이 a억 달러`), no whole of the next
    breakdown, unless `of_a_part` (`해외유입 a명을 제외한 b명`, the rest, then the rest by region)."""
    first = parts[0]
    largest = max(p.high for p in parts)
    smaller = None  # the nearest figure smaller than a part: the whole only if no larger one is there
    siblings_open = True  # (only the nearest list before: a sibling breakdown of one whole)
    # (the figures are in text order: the walk back starts at the last one that starts before the first part)
    for i in range(bisect_left(figures, first.start, key=_start) - 1, -1, -1):
        claim = figures[i]
        if claim.end > first.start or claim.role != first.role:
            continue
        if first.sentence - claim.sentence > _WHOLE_REACH:
            break
        if claim.sentence == first.sentence or claim.sentence in categories:
            continue  # (a figure of categories is no whole of the next breakdown)
        if claim.unit != first.unit or claim.counter != first.counter or claim.kind != first.kind:
            continue
        if claim.part_of is not None and not of_a_part and not adds_up_to(claim, parts):
            # (the nearest list before, of another breakdown, is the whole's by another attribute: `선정된 청년 가운데
            # 여성은 a명, 남성은 b명이다. 나이별로는 20대가 c명 …` — the same whole, broken down again)
            sibling = _sibling_whole(figures, claim, parts, largest) if siblings_open else None
            if sibling is not None:
                return sibling
            siblings_open = False
            continue  # (a part the breakdown adds up to exactly is broken down further: `공공시설 a원 … 시설별로는`)
        if by_metric and metrics_differ(claim, first):
            continue
        if claim.low <= largest:
            # A whole is larger than each of its parts (one as large restates a part); with no larger
            # figure before the breakdown, a smaller one is its whole with a figure misstated.
            smaller = smaller or claim
            continue
        return _whole_of_siblings(figures, claim, parts) or claim
    if smaller is not None and smaller.scope and sum(smaller.high < p.low for p in parts) > 1:
        # `자동차 수출은 52억달러에 그쳤다. 지역별로는 중국 90억달러, 미국 80억달러 …`: a figure of one segment,
        # below two parts or more, is that segment's figure, not the whole of a breakdown with a slip in it.
        return None
    return smaller if smaller is not None and misstated_whole(smaller, parts) else None


def _whole_of_siblings(figures: list[Claim], nearest: Claim, parts: list[Claim]) -> Claim | None:
    """`피해액은 T억원. 공공시설 a억원, 사유시설 b억원이다. 지역별로는 X c억원, Y d억원 …`: the nearest larger
    figure is one of two or more figures of its sentence that add up to a figure stated before (T = a + b), and the
    parts add up to more than it: they break down that earlier total, not its part."""
    if sum(p.low for p in parts) <= nearest.high:
        return None
    siblings = [
        c
        for c in figures
        if c.sentence == nearest.sentence
        and c.role == "value"
        and (c.unit, c.counter, c.kind) == (nearest.unit, nearest.counter, nearest.kind)
    ]
    if len(siblings) < 2:
        return None
    low, high = sum(c.low for c in siblings), sum(c.high for c in siblings)
    for claim in reversed([c for c in figures if c.end <= nearest.start and c.sentence < nearest.sentence]):
        if nearest.sentence - claim.sentence > _WHOLE_REACH:
            break
        if (claim.unit, claim.counter, claim.kind) != (nearest.unit, nearest.counter, nearest.kind):
            continue
        if claim.role == "value" and claim.low <= high and low <= claim.high:
            return claim
    return None


def _of_which(figures: list[Claim], members: list[Claim], after: int, text: str, lang: str) -> None:
    first = next((c for c in members if c.start >= after and c.part_of is None), None)
    if first is None:
        return
    parts = next(iter(_listed(members, after, text, first.role)), [])
    if len(parts) < 2 or parts[0] is not first:
        return
    before = [
        c
        for c in figures
        if c.sentence == first.sentence - 1 and c.role == first.role and c.unit == first.unit and c.part_of is None
    ]
    if first.role == "change":
        # Signed parts: each must say which way it went, and the last must be the rest, closing the list.
        wholes = [c for c in before if c.change_of and c.direction]
        if (
            len(wholes) != 1
            or any(not p.direction for p in parts)
            or not _REST_BEFORE[lang].search(text, max(0, parts[-1].start - 40), parts[-1].start)
        ):
            return
        _attach(parts, wholes[0], f"of_which:{parts[0].id}")
        return
    wholes = [
        c
        for c in before
        if c.high >= max(p.low for p in parts)
        and not metrics_differ(c, first)
        # (`It beat its £6,000 target. Of the total, £4,000 came from …`: an aim is not what was split)
        and not (c.forecast and not first.forecast and named_a_target(c, text, lang))
    ]
    if len(wholes) != 1:
        return  # which figure before is broken down is not clear
    _attach(parts, wholes[0], f"of_which:{parts[0].id}", opened=True)  # `이 가운데`: some of the parts, maybe


def _complements(figures: list[Claim], values: list[Claim], text: str, lang: str, categories: frozenset[int]) -> None:
    for position, (first, second) in enumerate(zip(values, values[1:])):
        if (
            first.part_of is not None
            or second.part_of is not None
            or first.unit != second.unit
            or first.counter != second.counter
            or second.sentence - first.sentence > 1
        ):
            continue
        window = max(first.end, second.start - 40)
        if not _COMPLEMENT_MARK[lang].search(text, window, second.start):
            continue  # (the mark alone first: much cheaper than the expression below)
        mark = _COMPLEMENT[lang].search(text, window, second.start)
        if mark is None:
            continue
        # `수도권 외에는 대전 A, 충남 B, 광주·강원 각 C`: the rest broken down by name, every figure a part.
        rest = [second]
        for after in values[position + 2 :]:
            if (
                after.sentence != second.sentence
                or after.unit != second.unit
                or after.counter != second.counter
                or after.part_of is not None
                or not _LIST_GAP.fullmatch(text, rest[-1].end, after.start)
                or CLAUSE_END[lang].search(text, rest[-1].end, after.start)
            ):
                break
            rest.append(after)
        name = mark.group("name")
        # The first part is named by the word its complement is named against (`아파트는 … 아파트 이외 주택은`).
        previous_end = values[position - 1].end if position else max(0, first.start - 40)
        lead = text[max(previous_end, first.start - 40) : first.start]
        if not re.search(rf"(?:^|[\s,(]){re.escape(name)}", lead):
            continue
        whole = _whole_before(figures, [first, *rest], of_a_part=True, categories=categories)
        if whole is None or whole.sentence == first.sentence:
            continue
        _attach([first, *rest], whole, f"complement:{first.id}", text, lang)


def _total_then_list(figures: list[Claim], values: list[Claim], text: str, lang: str) -> None:
    """`남은 의석 T석은 … A당 a석, B당 b석, C당 c석, D당과 E당 각 d석`, `남은 T명은 X도(a명), Y도(b명),
    Z시·W시(각 c명)`: a figure that is the topic of its clause, then three or more named figures of its
    unit, each smaller, listed one after another. The list may name only some of them (open), and the
    link is found by position, so it is a guess."""
    topic = _TOPIC_RIGHT_AFTER[lang]
    for position, total in enumerate(values):
        if not topic.match(text, total.end):
            continue  # (a total may be a part itself: `남은 T명은 …` is the rest of a whole before it)
        parts: list[Claim] = []
        previous = total
        for k in range(position + 1, len(values)):  # (by index: a slice would copy the rest of the article per total)
            candidate = values[k]
            if (
                candidate.sentence != total.sentence
                or candidate.unit != total.unit
                or candidate.counter != total.counter
                or candidate.part_of is not None
            ):
                break
            gap = _FIRST_GAP if previous is total else _LIST_GAP
            if not gap.fullmatch(text, previous.end, candidate.start) or CLAUSE_END[lang].search(
                text, previous.end, candidate.start
            ):
                break
            parts.append(candidate)
            previous = candidate
        if len(parts) < 3 or any(abs(p.value) >= abs(total.value) for p in parts):
            continue  # each listed figure is smaller than the total as written (`9명` over `8명`: smaller)
        # Open unless the sentence is the list and ends on its last part (`…, D당과 E당 각 1석이다.`).
        _attach(parts, total, f"listed:{total.id}", text, lang, opened=not closes_its_list(text, parts[-1].end, lang))


def _bulleted(
    figures: list[Claim], text: str, lang: str, categories: frozenset[int], sentence_starts: list[int]
) -> None:
    """`추가 예산은 △A에 a억원 △B를 위해 b억원 △C c억원 등이 배정됐다`: a run-in list of two or
    more items, each with its figures of one unit (a figure in the parenthesis of an item's label is a
    part of that item), breaks down the nearest figure of the unit before it, at least as large as any
    item (or else the figure stated earlier after the name the words before the first item give: `지역별 해외
    매출은 △…`). A list ending in `등` may name only some of the parts (open); the link is a guess."""
    mark = _ITEM_MARK[lang]
    by_sentence = group_by_sentence(claim for claim in figures if claim.role == "value")
    for members in by_sentence.values():
        first_mark = mark.search(text, max(0, members[0].start - 80), members[-1].start)
        if first_mark is None:
            continue
        items = [
            c
            for c in members
            if c.start > first_mark.start()
            and c.part_of is None
            and not _inside_parenthesis(text, first_mark.start(), c.start)
        ]
        units = {(c.unit, c.counter) for c in items}
        if len(items) < 2 or len(units) != 1 or len(mark.findall(text, first_mark.start(), items[-1].start)) < 2:
            continue
        metrics = [c.metric for c in items if c.metric and "metric" not in c.guesses]
        if len(metrics) == len(items) and len(set(metrics)) == len(items):
            continue  # `△매출 A △영업이익 B △순이익 C`: each item a metric of its own, no parts of one whole
        # An item's label names a category, which the lexicon may read as a metric (`수출보험기금 출연`):
        # the whole is found by its unit and size only — in the sentence before the first item
        # (`예산 T억원은 △A a억원 △B b억원`), or else in the sentences before.
        whole = (
            next(
                (
                    c
                    for c in reversed(members)
                    if c.end <= first_mark.start()
                    and (c.unit, c.counter) == (items[0].unit, items[0].counter)
                    and c.low > max(p.high for p in items)
                ),
                None,
            )
            or _whole_named_before(figures, items, first_mark.start(), sentence_starts, text, lang)
            or _whole_before(figures, items, by_metric=False, categories=categories)
        )
        if whole is None:
            continue
        opened = bool(_OPEN_AFTER[lang].match(text, items[-1].end))
        _attach(items, whole, f"items:{items[0].id}", text, lang, opened=opened)


def _whole_named_before(
    figures: list[Claim], items: list[Claim], first_mark: int, sentence_starts: list[int], text: str, lang: str
) -> Claim | None:
    """`…해외 매출은 1천301억원으로 … (paragraphs on) … 지역별 해외 매출은 △미국 551억원 △일본 …`: the words before the
    first item name what the list divides; the figure stated earlier right after that name is its whole, however
    far back (the name is the key; a part of another breakdown may be broken down again), when it is larger than
    each item."""
    sentence = items[0].sentence
    if sentence >= len(sentence_starts):
        return None
    start = max(sentence_starts[sentence], text.rfind("\n", 0, first_mark) + 1)
    largest = max(items, key=lambda c: c.high)
    return whole_named_before_items(largest, start, first_mark, figures, text, lang)


def _named_members(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """`X·Y 지출은 올해 T조원보다 …. X는 … 올해 a조원보다 …. Y는 … 올해 b조원보다 …`, `권역(A시·B시·C시)에서
    가나당이 T곳에서 이겼다. A시에선 … a곳 …`: a figure whose subject
    names its members joined by `·`, then the members each the subject (or the place) of a clause in the
    sentences after it (one each at most), in any order: the first figure of its role, unit and counter in each member's
    clause is a part of it (this year's of this year's, the earlier of the earlier); the figure a change in
    the sentence is of, stated before it, is a whole too. The names are the whole of it (closed); the link
    is found by position, so it is a guess."""
    figures = [c for c in claims if c.kind in AMOUNTS and not c.furniture and c.role in ("value", "baseline", "prior")]
    by_sentence = group_by_sentence(figures)
    by_id = {c.id: c for c in figures}
    for sentence, members in by_sentence.items():
        start = sentence_starts[sentence] if sentence < len(sentence_starts) else 0
        if text.find("·", start, members[-1].start) < 0:
            continue  # (a plain find, much cheaper than the expression below)
        named = _MEMBERS_NAMED.search(text, start, members[-1].start)
        if named is None or sentence + 1 >= len(sentence_starts):
            continue
        if _OPEN_AFTER[lang].match(text, named.end()):
            continue  # `삼성·LG 등 대기업`: the names are some of the members
        names = named.group("names").split("·")
        reach = sentence + 1 + len(names)  # each member may have a sentence of its own
        end = sentence_starts[reach] if reach < len(sentence_starts) else len(text)
        subjects = []
        for name in names:
            found = _subject_pattern(name, lang).search(text, sentence_starts[sentence + 1], end)
            if found is None:
                break
            subjects.append(found.end())
        if len(subjects) != len(names) or len(set(subjects)) != len(names):
            continue
        bounds = sorted(subjects)
        segments = [(at, next((b for b in bounds if b > at), end)) for at in subjects]
        # `X·Y 총지출은 올해 T0보다 r% 증가했다`: this year's whole is the figure the sentence's change is of,
        # stated before it (`요구한 규모가 T`).
        changed = [by_id.get(c.change_of) for c in claims if c.sentence == sentence and c.role == "change"]
        for whole in members + [c for c in changed if c is not None and c.sentence < sentence and c in figures]:
            if whole.part_of is not None or any(c.part_of == whole.id for c in figures):
                continue
            parts = []
            for begin, stop in segments:
                part = next(
                    (
                        c
                        for c in figures
                        if begin <= c.start < stop
                        and c.role == whole.role
                        and c.unit == whole.unit
                        and c.counter == whole.counter
                        and c.sentence < reach
                    ),
                    None,
                )
                if part is None or part.part_of is not None or part.high >= whole.low:
                    break
                parts.append(part)
            if len(parts) == len(names):
                _attach(parts, whole, f"members:{whole.id}")


def _subject_pattern(name: str, lang: str) -> re.Pattern[str]:
    """A member named as the subject or the place of a clause: `예산은`, `서울에선`."""
    words = link_alternations(lang)
    return re.compile(rf"(?<!\w){re.escape(name)}(?:{words.topic_particles}|{words.place_particles})\s")


def _fractions_listed(figures: list[Claim], values: list[Claim], text: str, lang: str) -> None:
    """`A시 a곳 중 a′곳에서, B시 b곳 중 b′곳에서, C시 c곳 중 c′곳에서 승리하며 T곳 중 t곳에서 이겼다`:
    a run of two or more `A 중 a` pairs joined by commas, then one more pair after a clause (no comma
    before it): the run's wholes add up to the last pair's whole, and its parts to the last pair's part.
    The run names the whole of it (closed)."""
    pair_gap = _PAIR_GAP[lang]
    by_sentence: dict[int, list[tuple[Claim, Claim]]] = {}
    for whole, part in zip(values, values[1:]):
        if (
            whole.sentence == part.sentence
            and whole.unit == part.unit
            and whole.counter == part.counter
            and part.high <= whole.high
            and pair_gap.fullmatch(text, whole.end, part.start)
        ):
            by_sentence.setdefault(whole.sentence, []).append((whole, part))
    for pairs in by_sentence.values():
        run = [pairs[0]]
        for pair in pairs[1:]:
            if _LISTED_PAIRS.fullmatch(text, run[-1][1].end, pair[0].start):
                run.append(pair)
                continue
            if len(run) >= 2 and not CLAUSE_END[lang].search(text, run[-1][1].end, pair[0].start):
                _sum_pairs(run, pair)
            run = [pair]


def _sum_pairs(run: list[tuple[Claim, Claim]], total: tuple[Claim, Claim]) -> None:
    if any(c.part_of is not None for pair in (*run, total) for c in pair):
        return
    wholes = [whole for whole, _ in run]
    if any(whole.high >= total[0].low for whole in wholes) and not misstated_whole(total[0], wholes):
        return  # each whole of the run is smaller than the total's (or the total is misstated: wholes.py)
    _attach([whole for whole, _ in run], total[0], f"fraction_wholes:{total[0].id}")
    _attach([part for _, part in run], total[1], f"fraction_parts:{total[1].id}")


def _ceiling_over_a_term(figures: list[Claim], values: list[Claim], text: str, lang: str) -> None:
    """`N년간 최대 T억원을 받는다. 입단금 a억원과 연봉 r억원씩 p억원, 성과급 b억원이다.`, `a three-year
    deal worth up to $20m. It pays a $8m signing bonus, $9m in salary and $3m in options`: the most a
    term can pay, broken down in the next sentence. A rate per period followed by what it comes to
    (`r억원씩 p억원`) is read as that product; a rate with none is a term the sentence does not state,
    and then there is no sum. The next sentence may leave parts out (open); the link is a guess."""
    for total in values:
        # (`최대 T억원`, `up to $20m` is read as a bound: at most the figure, `qualifier` "atmost".)
        if total.qualifier != "atmost" or total.part_of is not None:
            continue
        if not TERM[lang].search(text, max(0, total.start - 30), total.start):
            continue
        if any(c.part_of == total.id for c in figures):
            continue
        following = [
            c
            for c in values
            if c.sentence == total.sentence + 1 and c.unit == total.unit and c.counter == total.counter
        ]
        parts: list[Claim] = []
        for position, candidate in enumerate(following):
            if not stated_per_period(candidate, text, lang):
                parts.append(candidate)
            elif position + 1 == len(following) or not _PRODUCT_FOLLOWS.fullmatch(
                text, candidate.end, following[position + 1].start
            ):
                parts = []  # a rate per period whose product the sentence does not state
                break
        if len(parts) < 2 or any(p.part_of is not None or p.high >= total.high for p in parts):
            continue
        _attach(parts, total, f"ceiling:{total.id}")  # the bound holds any shortfall


def _rates_over_a_term(figures: list[Claim], values: list[Claim], text: str, lang: str) -> None:
    """`N년, 입단금 a억원, 연봉 r억원씩, 성과급 b억원 등 총액 T억원`, `a three-year deal: a $4m bonus,
    $2m a year and $3m in options, $13m in all`: a list with a rate per period before its marked total
    adds up when each rate counts once per year of the term the sentence states before the list
    (`N+1년`: every year, the option's included, as a total that is the most the deal pays). A rate
    followed by what it comes to (`r억원씩 p억원`) is read as that product."""
    marked = TOTAL_MARK_BEFORE[lang]
    for position, total in enumerate(values):
        if total.part_of is not None or not marked.search(text, max(0, total.start - 12), total.start):
            continue
        if total.per_period_of is not None:
            continue  # (`r억원씩 N년 연봉 총액 p억원`: the product of a rate, checked by the per-period kind)
        listed: list[Claim] = []
        end = total.start
        for candidate in reversed(values[:position]):
            if (
                candidate.sentence != total.sentence
                or candidate.unit != total.unit
                or candidate.part_of is not None
                or CLAUSE_END[lang].search(text, candidate.end, end)
            ):
                break
            listed.append(candidate)
            end = candidate.start
        listed.reverse()
        rates = [c for c in listed if stated_per_period(c, text, lang)]
        if len(listed) < 2 or not rates or any(p.high >= total.low for p in listed):
            continue
        term = None
        for term in TERM[lang].finditer(text, max(0, listed[0].start - 40), listed[0].start):  # noqa: B007
            pass
        years = _term_years(term.group(0)) if term is not None else None
        if years is None:
            continue
        parts = []
        for index, part in enumerate(listed):
            following = listed[index + 1] if index + 1 < len(listed) else None
            if part in rates and following is not None and _PRODUCT_FOLLOWS.fullmatch(text, part.end, following.start):
                continue  # `r억원씩 p억원`: the product is the part
            parts.append(part)
        _attach(parts, total, f"term:{total.id}", opened=True)
        for part in parts:
            if part in rates:
                part.part_times = years


def _ranking_continued(
    figures: list[Claim], values: list[Claim], text: str, lang: str, sentence_starts: list[int]
) -> None:
    """`A당이 전체 T석 중 a석을 차지했다. 이어 B당 b석, C당 c석, D당과 E당 각 d석 순이었다.`:
    the first of a ranking stated as a part of a whole (`T 중 a`), the rest in the next sentence, which
    opens by continuing it: every figure of the ranking is a part of the whole (`각` once per name).
    A ranking may stop before the last (open); the link is a guess."""
    pair_gap = _PAIR_GAP[lang]
    for whole, first in zip(values, values[1:]):
        if (
            whole.sentence != first.sentence
            or whole.unit != first.unit
            or whole.counter != first.counter
            or first.part_of is not None
            or first.high >= whole.low
            or not pair_gap.fullmatch(text, whole.end, first.start)
            or first.sentence + 1 >= len(sentence_starts)
            or not _RANKING_GOES_ON[lang].match(text, sentence_starts[first.sentence + 1])
        ):
            continue
        if any(c.sentence == first.sentence and c.start > first.end and c.unit == first.unit for c in values):
            continue  # the ranking goes on in its own sentence: read there, if at all
        rest = [
            c
            for c in values
            if c.sentence == first.sentence + 1 and c.unit == first.unit and c.counter == first.counter
        ]
        listed: list[Claim] = []
        for candidate in rest:
            if candidate.part_of is not None or (
                listed and not _LIST_GAP.fullmatch(text, listed[-1].end, candidate.start)
            ):
                break
            listed.append(candidate)
        if len(listed) < 2 or any(c.high >= whole.low for c in listed):
            continue
        _attach([first, *listed], whole, f"ranking:{whole.id}", text, lang, opened=True)


def _term_years(term: str) -> int | None:
    """`3년` → 3, `2+1년` → 3 (the option year included): the years a term holds, when written in digits."""
    years = sum(int(d) for d in re.findall(r"\d+", term))
    return years if 1 < years <= 30 else None


def _inside_parenthesis(text: str, start: int, position: int) -> bool:
    between = text[start:position]
    return between.count("(") > between.count(")")


def _each(part: Claim, start: int, text: str, lang: str, following: Claim | None) -> int:
    """How many listed names a part stands for: `D당과 E당 각 d석`, `X도·Y도·Z도 각 c명` (1 when no `각`).
    `D당과 E당이 각각 d석, e석`: a figure right after it, with no name between, makes `각각` "respectively"."""
    named = _EACH_BEFORE[lang].search(text, start, part.start)
    if named is None or (following is not None and _RESPECTIVE_NEXT.fullmatch(text, part.end, following.start)):
        return 1
    return 1 + len(_NAME_JOINER[lang].findall(named.group("names")))


def _attach(
    parts: list[Claim], whole: Claim, listing: str, text: str = "", lang: str = "", *, opened: bool = False
) -> None:
    previous_end = None
    for position, part in enumerate(parts):
        part.part_of = whole.id
        part.part_list = listing
        part.part_list_open = opened
        if text:
            start = max(previous_end if previous_end is not None else 0, part.start - 40)
            following = parts[position + 1] if position + 1 < len(parts) else None
            part.part_times = _each(part, start, text, lang, following)
            previous_end = part.end
    whole.guesses = sorted(set(whole.guesses) | {"relation"})


# A race's row of seats is attached to the race's total the same way (checker/link/seat_tallies.py).
attach_parts = _attach


def _lead_sentence(values: list[Claim], text: str) -> int:
    """The body's first sentence with a figure (past a headline): the lead's."""
    headline = opens_with_headline(text)
    return min((c.sentence for c in values if not (headline and c.paragraph == 0)), default=0)
