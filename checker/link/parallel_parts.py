"""A total and the parallel items that break it down, wherever the items stand after it (a fallback, run after
every sum reading that names its words).

The reading is by what the figures are and where they stand, not by the words that join them. A sentence that
states two or more figures of one unit, kind and counter (`Adults bought 5,000 tickets and children 2,100`,
`가맹점 120곳, 직영점 35곳`), each a plain value (not a change, a prior or baseline, a share, a conversion, a figure
per unit or per period), none yet a part or a whole, and each of one period and metric, is a list of items. Its
whole is the latest figure before the first item of the items' unit, kind and counter that is larger than each
item, a plain value of the items' period, metric and forecast, provided that figure is a total by its place or by
its words: stated in the lead (the body's first sentences, where a story states the figure it is about) or marked
as a total (`[link.total_marks]`: `a total of`, `combined`, `총`, `모두`). A larger figure that is neither, standing
nearer, is another whole the items may be of: nothing is linked (the nearest larger figure decides, never the
sum). The list is open (the words do not say the items are all of it: items that fall short pass), unless its last
item is the rest (`[link.rest_labels]`: `the remaining`, `나머지`).

Structural vetoes: an item marked per unit (`[link.per_unit_before]`/`[link.per_unit_after]`: a price per kilogram,
`each`), an item of another period or metric than the whole, a sentence whose figures of the unit are not all
items (a prior or a change of the unit beside them: the sentence compares, it does not list), and a whole that is
itself a part, a change or a figure per unit; an unmarked whole whose sentence states another plain value of the
unit larger than every item, not joined to it by a change (a list of its own); items whose sentence names a whole
of its own before them (a noun opening it, `[link.named_whole_openers]`, absent from the whole's sentence, against
a whole of a named metric or as a pot's noun, `[link.pot_openers]`; or a metric the whole's sentence does not name);
items each under a topic of another noun (`[link.clause_topics]`: facts of their own topics). Found by position: a
guess.

The list runs back over the sentences right before it in its paragraph whose figures of the unit are all free items
of its period and metric (`Red onions made up 5,200 tonnes, more than half. Yellow onions came to 2,900 tonnes and
shallots 1,500 tonnes.`); a figure larger than every item joins only when a share of the whole follows it. A list
ending in the rest (`the remaining`, `나머지`) is read when nothing of its unit stands unread before it in the
paragraph (the rest is then of the list's whole alone).

The second reading, `link_paragraph_totals`: a total marked by its words that closes the items of its paragraph
stated before it (see its docstring).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import TOTAL_MARK_BEFORE
from checker.link.far_wholes import lead_end
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.per_one_marks import one_unit_bases
from checker.link.per_unit_apart import opens_with_headline
from checker.link.sentence_groups import group_by_sentence
from checker.link.taking_to import brings_to_a_level
from checker.link.view import MetricHit
from checker.link.wholes import join_parts
from checker.link.wider_totals import holds_more_than_the_list
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match, search_between

_PER_UNIT_BEFORE = ByLanguage(lambda w: rf"(?:{w.per_unit_before})\s*$", re.I)
_PER_UNIT_AFTER = ByLanguage(lambda w: rf"(?:{w.per_unit_after})", re.I)
# (`about $22 a visit`, `£4 per ticket`: a rate beside a list's whole, no item of it)
_UNIT_RATE_AFTER = ByLanguage(lambda w: rf"(?:{w.unit_rate_after})", re.I)
_REST_BEFORE = ByLanguage(lambda w: rf"(?:{w.rest_labels})[^\d.;,]{{0,16}}$", re.I)
_TOTAL_WORD = ByLanguage(lambda w: rf"(?:{w.total_marks})[^\d.;,]*$", re.I)
_ITEM_TOTAL_REACH = 24  # characters before an item where a total mark makes it a total of its own
_AVERAGE_BEFORE = ByLanguage(lambda w: rf"(?:{w.item_average_before})[^\d.;,]{{0,12}}$", re.I)
_AVERAGE_AFTER = ByLanguage(lambda w: rf"[^\d.;,]{{0,24}}?(?:{w.item_average_after})", re.I)
_AVERAGE_REACH = 30  # characters before a figure where its average mark stands
# (`Excluding one-offs, profit was … and revenue …`: the sentence restates the figures on another basis)
_ADJUSTED = ByLanguage(lambda w: rf"(?:{w.adjusted_rate_openers})", re.I)
_MARK_REACH = 12  # characters before a figure where its per-unit mark stands
_TOTAL_REACH = 16  # characters before a figure where its total mark stands
_REST_REACH = 40  # characters before the last item where its rest label may start
_MOST_ITEMS = 8
# the noun of a whole opening the items' sentence (`Of the takings,`, `판매액 가운데`): the items are of the figure that
# noun names (checker/link/lists_of_a_named_whole.py), not of the lead's
_NAMED_OPENER = ByLanguage(lambda w: rf"(?:{w.named_whole_openers})", re.I)
_OPENER_REACH = 24
# (the noun of a pot, `Of the takings,`, `판매액 가운데`: it names a whole of money even against a lead figure of no
# metric; `품목 가운데`, among kinds, names what the items are, not their whole)
# a topic between two items naming another noun than the item before's (`성인은 4만명, 어린이는 2만명이다`): each figure
# is a fact of its own topic, no item of one list; topics of one noun (`TV 취급고는 A, 모바일 취급고는 B`) are its parts
# (`[link.clause_topics]`, as checker/link/parts_of_stated_whole.py reads it)
_TOPIC_NOUN = ByLanguage(lambda w: rf"([^\W\d_]+)(?:{w.clause_topics})\s")
# a period of the items' own named before them (`Over three years, …`, `Each month …`): not the lead's period
# (`[link.gapped_period_words]`, as checker/link/gapped_lists.py reads it)
_OWN_PERIOD = ByLanguage(lambda w: rf"(?<![\w'’-])(?:{w.gapped_period_words})(?![\w'’-])", re.I, first_tested=False)
_POT_OPENER = ByLanguage(lambda w: rf"(?:{w.pot_openers})", re.I)
# (`Of the total,`, `Of the money,`, `이들 가운데`: a noun of a total, or of any figure, names no other whole)
_TOTAL_NOUN = ByLanguage(lambda w: rf"(?:{w.total_marks}|{w.any_whole_nouns})", re.I)
_INF = float("inf")
# a total an amount just stated brings up (`bringing the season's income to`), as checker/link/tallies.py reads it
_RUNNING_TOTAL = ByLanguage(lambda w: rf"(?:{w.running_total_marks})\s*$", re.I)
_RUNNING_REACH = 60
# (`at $12 for adults`: a price, no item, and the items of the paragraph are then not all of one kind)
_PRICE_AT = ByLanguage(lambda w: rf"(?:{w.price_at_before})\s*$", re.I)
# (`Adult seats cost £14`: a plural noun, a verb of price, then the figure: what one of the things costs when the
# paragraph counts them; a number in the subject, `The 300 tickets cost`, makes it the price of them all)
_ONE_PRICE_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{3,}})\s+(?:{w.one_price_verbs})\s+$", re.I, first_tested=False
)
_ONE_PRICE_REACH = 32  # characters before a figure where its noun and verb of price stand
_CLAUSE_OPENS = compile_exact(r"(?:^|[.;:!?\n])[^.;:!?\n]*$")
_DIGIT = compile_exact(r"\d")
# (`세 곳을 찾은 이용객은 모두`, `the three stalls took a combined`: the total's sentence counts the items back)
_COUNTS_BACK = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.list_counts})\s?[^\W\d_]{{2,}}", re.I)
# (a mark that is a word of its own: `총선은 40석을 두고` opens with the mark's letter, no total)
_TOTAL_WORD_ALONE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.total_marks})(?![^\W\d_])[^\d.;,]*$", re.I)
_DRAWN_FROM_BEFORE = ByLanguage(lambda w: rf"\s+(?:{w.parts_of_them})(?![^\W\d_])", re.I)
_PARTIAL_LIST = ByLanguage(lambda w: rf"(?:{w.partial_list_marks})", re.I)
_TOTAL_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.total_marks_after})\b", re.I)
# (a whole stated first, then its breakdown in the same sentence: the verb or topic before it, the words after it)
_WHOLE_THEN_BEFORE = ByLanguage(lambda w: rf"(?:{w.whole_then_items_before})$", re.I)
_WHOLE_THEN_AFTER = ByLanguage(lambda w: rf"(?:{w.whole_then_items_after})", re.I)
_WHOLE_THEN_REACH = 40  # characters before a whole where its verb or topic stands
_SUPERLATIVE = ByLanguage(lambda w: rf"(?:{w.superlatives_max})", re.I)
_SUPERLATIVE_REACH = 24  # characters after the last item where a ranking's superlative stands
_LABEL_LINK = ByLanguage(lambda w: rf"(?:{w.label_link_words})", re.I)
_LABEL_WORD = compile_exact(r"[^\W\d_]{2,}")
_PARALLEL_REACH = 16  # characters before a figure where the word it stands after is read
_SENTENCE_BREAK = compile_exact(r"[;:()]")  # (an item's clause runs to a semicolon or a bracket)
# between a rate per unit and the amount it makes right after it in the item's clause (`두 대씩 300대`, `two each, 80`):
# its mark, a comma at most, no figure or clause end
_RATE_THEN_AMOUNT = compile_exact(r"[^\d.;:()]{0,16}")


def _key(claim: Claim) -> tuple:
    return (claim.unit, claim.kind, claim.counter)


def _plain(claim: Claim) -> bool:
    """A plain value: not a change, a prior, a share, a conversion, a figure per unit or of a term."""
    return (
        claim.role == "value"
        and claim.change_of is None
        and claim.per_unit_of is None
        and claim.units_of is None
        and claim.per_period_of is None
        and claim.product_of is None
        and claim.units_measure is None
        and claim.period_ratio is None
        and not claim.tally_of
        and claim.low > 0
        and claim.high < _INF
    )


def _marked(claim: Claim, text: str, lang: str) -> bool:
    return bool(TOTAL_MARK_BEFORE[lang].search(text, max(0, claim.start - _TOTAL_REACH), claim.start))


def marked_per_unit(claim: Claim, text: str, lang: str) -> bool:
    """Whether a figure is marked an amount per unit or an average right before or after it (`㎏당 5천원`, `$4 a
    head`, `평균 …`)."""
    return _per_unit_marked(claim, text, lang)


def _per_unit_marked(claim: Claim, text: str, lang: str) -> bool:
    return bool(
        _PER_UNIT_BEFORE[lang].search(text, max(0, claim.start - _MARK_REACH), claim.start)
        or _PER_UNIT_AFTER[lang].match(text, claim.end)
        or search_between(_AVERAGE_BEFORE[lang], text, max(0, claim.start - _AVERAGE_REACH), claim.start)
        or _AVERAGE_AFTER[lang].match(text, claim.end)
    )


def link_parallel_parts(claims: list[Claim], text: str, lang: str, metric_hits: list[MetricHit] = ()) -> None:
    try:
        _link_parallel_parts(claims, text, lang, metric_hits)
    finally:
        _forget_first_stated()


def _link_parallel_parts(claims: list[Claim], text: str, lang: str, metric_hits: list[MetricHit] = ()) -> None:
    figures = [c for c in claims if c.kind in AMOUNTS and c.role != "conversion" and not c.furniture]
    if len(figures) < 3:
        return
    # (prices of counted items, and a count of one that the next figure is per, `한 곳에 61만 마리꼴`: no items)
    not_items = _prices_of_counted_items(figures, text, lang) | one_unit_bases(figures, text, lang)
    if not_items:
        figures = [c for c in figures if c.id not in not_items]
    wholes = {c.part_of for c in figures if c.part_of} | {t for c in figures for t in c.tally_of}
    lead_sentences_end = lead_end(figures, text)
    headline = opens_with_headline(text)
    by_sentence = group_by_sentence(figures)
    # (items each given their share of the whole, `respectively 9%, 44% …`: the shares read the list already)
    with_shares = {c.share_part for c in claims if c.share_part}
    # (a whole a share already breaks down, `Cloud brought in $9.1bn, or 73% of the total`: the share rules read
    # the lists after it, by their own words)
    wholes |= {c.share_whole for c in claims if c.share_whole}
    # (the figures a share follows in their sentence: `19,400 tonnes, or 68% of the crop` names itself a part)
    last_share: dict[int, int] = {}
    for c in claims:
        if c.role == "share":
            last_share[c.sentence] = max(c.start, last_share.get(c.sentence, -1))
    shared = {c.share_part for c in claims if c.share_part} | {
        f.id for f in figures if last_share.get(f.sentence, -1) > f.end
    }
    taken: set[str] = set()
    # (`숲길 가운데 8.4㎞는 옛길, 13.2㎞는 새 길` read first as a list of its own, `named_whole:…`: a whole a keyed list
    # breaks down may be broken down again, by its sections; the check reads each list apart)
    keyed = {c.part_of for c in figures if c.part_of and c.part_list}
    unkeyed_parts = {c.part_of for c in figures if c.part_of and not c.part_list}
    unkeyed = wholes - (keyed - unkeyed_parts - {c.share_whole for c in claims if c.share_whole})
    for _, members in sorted(by_sentence.items()):
        keyed: dict[tuple, list[Claim]] = {}
        for claim in members:
            keyed.setdefault(_key(claim), []).append(claim)
        for key, same in keyed.items():
            if _whole_first(same, figures, wholes, taken | shared, text, lang, metric_hits):
                taken.update(c.id for c in same)
                continue
            items = _items(same, figures, wholes, text, lang)
            if items is None or any(c.id in taken for c in items) or all(c.id in with_shares for c in items):
                continue
            items = _earlier_items(items, key, by_sentence, figures, wholes, taken, shared, text, lang) + items
            last = items[-1]
            rest = _REST_BEFORE[lang].search(text, max(0, last.start - _REST_REACH), last.start)
            if rest and _unread_before(items, key, figures, wholes, taken, text, lang):
                continue  # (`the remaining 15.2`: the rest of the whole is of every figure before, unsaid which)
            # (a list closing on the rest whose sentence states shares too, `Paper led with 4,350 tonnes, about 36 per
            # cent; …`, says by the shares what it is of: its rest takes no figure of the body's first sentence)
            closes_on_rest = bool(rest) and items[0].sentence not in last_share
            whole = _whole(
                figures, items, key, unkeyed, lead_sentences_end, headline, text, lang, metric_hits, closes_on_rest
            )
            if whole is None or _names_another_whole(items[0], whole, figures, metric_hits, text, lang):
                continue
            # (open, even after `the rest`: an item of the list may stand in a sentence before, unread — unless the
            # whole is stated in the sentence right before the list, which then holds every part the rest closes:
            # `The fair cost $80,000. Tickets paid $50,000 and sponsors the remaining $30,000`)
            closed = bool(rest) and whole.paragraph == items[0].paragraph and whole.sentence == items[0].sentence - 1
            join_parts(whole, items, wholes, closed=closed)
            taken.update(c.id for c in items)


def _prices_of_counted_items(figures: list[Claim], text: str, lang: str) -> set[str]:
    """The figures marked per unit that price a count standing right before them in an item's clause (`dues raised
    $9,000 from 60 members at $150 each, and raffles $2,000`): how that item was made up, no item of the list and no
    whole of it. Left out of the figures, so the other items still read as a list; a figure per unit standing alone
    between items (`adults paid $12 each and children $6`) still vetoes the list (`_free_items`)."""
    found: set[str] = set()
    for before, count, price in zip(figures, figures[1:], figures[2:]):
        if not (before.sentence == count.sentence == price.sentence):
            continue
        if count.kind != "count" or _key(before) != _key(price) or before.kind == "count":
            continue
        if _SENTENCE_BREAK.search(text, before.end, price.start):
            continue  # (the count and its price in another clause than the item)
        if _per_unit_marked(price, text, lang) and before.high > price.high:
            found.add(price.id)
    # (`320 drums at €120, worth €38,400; the other 160 at €150, worth €24,000`: a price dividing the amount appended
    # right after it in its clause is how that item was made up, the amount the item)
    by_id = {c.id: c for c in figures}
    for price in figures:
        worth = by_id.get(price.per_unit_of or "")
        if worth is not None and worth.sentence == price.sentence and worth.start > price.end:
            found.add(price.id)
    # (`경로당 150곳에 두 대씩 300대, 마을회관 90곳에 한 대씩 90대`, `the 40 schools two each, 80 in all`: a
    # figure per unit of the item's kind right before a larger one of its key in its clause is the rate that item
    # was made up at, the larger its amount)
    # (money lines, `한 병에 40달러씩 4만 달러`, are the order's lines: checker/link/line_values.py reads them with
    # their counts and products)
    for rate, amount in zip(figures, figures[1:]):
        if rate.sentence != amount.sentence or _key(rate) != _key(amount) or amount.low <= rate.high:
            continue
        if rate.kind == "money":
            continue
        if not _per_unit_marked(rate, text, lang) or _per_unit_marked(amount, text, lang):
            continue
        if _RATE_THEN_AMOUNT.fullmatch(text, rate.end, amount.start):
            found.add(rate.id)
    return found


def _whole_first(
    same: list[Claim],
    figures: list[Claim],
    wholes: set,
    barred: set[str],
    text: str,
    lang: str,
    metric_hits: list[MetricHit] = (),
) -> bool:
    """A whole stated first in its sentence, then its items (`Enrolment reached 640 pupils, with the lower school
    taking 250, the middle school 210 and the rest 180`, `정류장은 모두 90곳으로 동구 40곳, 서구 30곳, 남구
    20곳이다`): the sentence's first figure of the unit, kind and counter is larger than each figure after it,
    stated as its clause's own figure
    (`[link.whole_then_items_before]`: a verb, a topic) and followed by words that open its breakdown
    (`[link.whole_then_items_after]`: `, with`, `으로`), and those after it, two or more, are free parallel items,
    together no larger than it unless it is marked as a total or the last item is the rest (a first figure they
    outgrow is the first of a list ranked by size). Closed when the last item is the rest (the words say the items
    are all of it), unless the words say the items are only some (`such as`, `등`); else open (items that fall short
    pass). Vetoes as for any list (`_items`), a whole that is not a free plain value of the items' period and
    metric, and a larger figure of the unit or a total later in the paragraph (the whole of all). Linked by
    position: a guess."""
    if len(same) < 3 or len(same) - 1 > _MOST_ITEMS:
        return False
    whole, items = same[0], same[1:]
    # (barred: figures taken by a list already, or followed by a share in their sentence, `£1.8m, or 52%`: those
    # name the whole they are a part of)
    if any(c.id in barred for c in same) or not _plain(whole) or whole.forecast:
        return False
    if whole.part_of is not None or whole.id in wholes or _per_unit_marked(whole, text, lang):
        return False
    if any(c.high >= whole.low for c in items) or _items(items, figures, wholes, text, lang) is None:
        return False
    # (`The east ward cast 2,600 votes, the west 2,000 and the north 900`, `서울 지점이 64건으로 가장 많았고 …`:
    # a list ranked by size opens on its largest item; the whole is stated as the clause's own figure, its
    # breakdown opened after it)
    if not _WHOLE_THEN_BEFORE[lang].search(text, max(0, whole.start - _WHOLE_THEN_REACH), whole.start):
        return False
    if not _WHOLE_THEN_AFTER[lang].match(text, whole.end):
        return False
    if not _fits(whole, items, wholes) or _in_parentheses(whole, text):
        return False
    # (`매출은 715억원으로 광고 수익 520억원, …`, `revenue was $71m, with operating profit of $52m`: the items name a
    # metric the whole's clause does not)
    line_start = max(text.rfind(". ", 0, whole.start), text.rfind("\n", 0, whole.start), 0)
    named = {h.metric for h in metric_hits if whole.end <= h.start < items[-1].end and h.metric}
    of_whole = {h.metric for h in metric_hits if line_start <= h.start < whole.start and h.metric} | {whole.metric}
    if named and not named <= of_whole:
        return False
    head = _shared_label_head(whole, items, text, lang)
    if head and head[: max(2, len(head) - 1)] not in text[line_start : whole.start].casefold():
        return False
    # (`Fares brought $500,000, tours $200,000 and the cafe $90,000. Grants added $300,000, for total income of
    # $1.1m`: a larger figure of the unit later in the paragraph, or a total closing it, may be the whole of all)
    key = _key(whole)
    if any(
        c.paragraph == whole.paragraph
        and c.start > items[-1].end
        and _key(c) == key
        and (c.high > whole.low or _closing_total(c, text, lang))
        for c in figures
    ):
        return False
    last = items[-1]
    partial = _PARTIAL_LIST[lang].search(text, whole.end, last.end + _REST_REACH)
    rest = _REST_BEFORE[lang].search(text, max(0, last.start - _REST_REACH), last.start)
    marked = _marked(whole, text, lang) or bool(_TOTAL_AFTER[lang].match(text, whole.end))
    # (`직원은 900명으로, 서울 500명과 부산 300명이 가장 많다`: the items are the largest of a ranking, only some)
    if not rest and _SUPERLATIVE[lang].search(text, whole.end, last.end + _SUPERLATIVE_REACH):
        return False
    # (`61 riders were seniors, 44 juniors and 27 veterans`: a first figure the others together outgrow, neither marked
    # as a total nor closed by the rest, is the first of a list ranked by size, no whole of it)
    if not (marked or rest) and sum(c.low for c in items) > whole.high:
        return False
    closed = not partial and bool(rest)
    join_parts(whole, items, wholes, closed=closed)
    return True


def _shared_label_head(whole: Claim, items: list[Claim], text: str, lang: str) -> str | None:
    """The noun every item's label ends on, when it is one noun (`광고 수익 520억원, 수신료 수익 175억원`, `operating
    profit of $52m and net profit of $17m`): the items name what they are figures of."""
    heads = set()
    start = whole.end
    for item in items:
        words = [w for w in _LABEL_WORD.findall(text, start, item.start) if not _LABEL_LINK[lang].fullmatch(w)]
        if not words:
            return None
        heads.add(words[-1].casefold())
        start = item.end
    return heads.pop() if len(heads) == 1 else None


def _unread_before(
    items: list[Claim], key: tuple, figures: list[Claim], wholes: set, taken: set[str], text: str, lang: str
) -> bool:
    """Whether the paragraph holds, before the list, a free plain figure of its unit, kind and counter: the rest
    after the list may be of that figure too. A figure larger than every item is no item of it but a whole the list
    may be of (`The fair cost $80,000. Tickets paid $50,000 and sponsors the remaining $30,000`): the whole's own
    reading decides it."""
    first = items[0]
    largest = max(c.high for c in items)
    return any(
        c.paragraph == first.paragraph
        and c.end <= first.start
        and _key(c) == key
        and c.low <= largest
        and _plain(c)
        and c.part_of is None
        and c.id not in wholes
        and c.id not in taken
        and not _per_unit_marked(c, text, lang)
        and not _UNIT_RATE_AFTER[lang].match(text, c.end)  # (`$22 a visit`: a rate, no item)
        for c in figures
    )


def _earlier_items(
    items: list[Claim],
    key: tuple,
    by_sentence: dict[int, list[Claim]],
    figures: list[Claim],
    wholes: set,
    taken: set[str],
    shared: set[str],
    text: str,
    lang: str,
) -> list[Claim]:
    """The items of the list stated in the sentences right before it, in its paragraph (`Premium lines brought in
    £31m. Standard lines took £42m and exports £12m.`): each sentence back whose figures of the unit, kind and
    counter are all free plain items of the list's period and metric, none taken, until a sentence of none. A figure
    larger than every item of the list joins it only when a share of the whole follows it (`Red onions made up 5,200
    tonnes, more than half`): else it may be the whole the list breaks down."""
    first = items[0]
    found: list[Claim] = []
    sentence = first.sentence - 1
    while sentence >= 0:
        members = by_sentence.get(sentence)
        if not members or members[0].paragraph != first.paragraph:
            break
        same = [c for c in members if _key(c) == key]
        if not same or len(same) + len(found) + len(items) > _MOST_ITEMS:
            break
        if not _earlier_fit(same, items, figures, wholes, taken, text, lang):
            break
        largest = max(c.high for c in items)
        if any(c.low > largest and c.id not in shared for c in same):
            break
        found = same + found
        sentence -= 1
    return found


def _earlier_fit(
    same: list[Claim], items: list[Claim], figures: list[Claim], wholes: set, taken: set[str], text: str, lang: str
) -> bool:
    if any(c.id in taken for c in same) or not _free_items(same, figures, wholes, text, lang):
        return False
    named = {c.metric for c in items if c.metric}
    return not any(
        periods_differ(items[0], c) or metrics_differ(items[0], c) or (c.metric and named and c.metric not in named)
        for c in same
    )


def _names_another_whole(
    first: Claim, whole: Claim, figures: list[Claim], metric_hits: list[MetricHit], text: str, lang: str
) -> bool:
    """The items' sentence names, before its first item, a whole of its own: a noun opening it as the whole
    (`Of the takings,`), or a metric the whole's sentence does not name (`영업이익 …` then `매출 가운데 …`)."""
    line_start = max(text.rfind(". ", 0, first.start), text.rfind("\n", 0, first.start), 0)
    opened = _NAMED_OPENER[lang].search(text, line_start, min(first.start, line_start + _OPENER_REACH))
    named = {h.metric for h in metric_hits if line_start <= h.start < first.start and h.metric}
    if opened is None and not (named and whole.metric):
        return False
    whole_start = max(text.rfind(". ", 0, whole.start), text.rfind("\n", 0, whole.start), 0)
    whole_end = min((i for i in (text.find(". ", whole.end), text.find("\n", whole.end)) if i >= 0), default=len(text))
    if opened is not None and whole.metric is None and not _POT_OPENER[lang].match(text, opened.start()):
        return False
    if opened is not None:
        # (the noun's stem: `수출액` names what `수출은` does, `visitors` what `visitor` does)
        noun = opened.group(0).strip()
        if _TOTAL_NOUN[lang].fullmatch(noun):
            return False
        stem = noun[: max(2, len(noun) - 1)]
        return stem.casefold() not in text[whole_start:whole_end].casefold()
    of_whole = {h.metric for h in metric_hits if whole_start <= h.start < whole_end and h.metric}
    of_whole.add(whole.metric)
    return not named <= of_whole


def _free_items(same: list[Claim], figures: list[Claim], wholes: set, text: str, lang: str) -> bool:
    """Each figure a plain value of its own: no part or whole yet, not per unit, not a total by its words, not a
    figure stated before again (`Of the 2,640, some 1,180 …`: the first names the whole of the second)."""
    for claim in same:
        if not _plain(claim) or claim.part_of is not None or claim.id in wholes or claim.forecast:
            return False
        if _per_unit_marked(claim, text, lang):
            return False
        if _REST_BEFORE[lang].search(text, max(0, claim.start - _REST_REACH), claim.start):
            continue  # (`the other three 200 combined`: the rest, added up, is one item)
        if TOTAL_MARK_BEFORE[lang].search(text, max(0, claim.start - _TOTAL_REACH), claim.start) or _TOTAL_WORD[
            lang
        ].search(text, max(0, claim.start - _ITEM_TOTAL_REACH), claim.start):
            return False
    first = same[0]
    # (by value and unit: `2,640 plots` then `Of the 2,640`, the counter left out; a figure is stated before when
    # its value, unit and kind are first stated in an earlier sentence)
    first_stated = _first_stated(figures)
    sentence = first.sentence
    return not any(first_stated.get((c.value, c.unit, c.kind), sentence) < sentence for c in same)


# The sentence each (value, unit, kind) is first stated in among a list of figures, built once per list: the set of the
# figures stated before a sentence was built from every figure at each call (once per sentence's group of items, a
# scan of the article each). The lists read are built once per reading and never changed while it runs (nor their
# figures' values, units, kinds or sentences); the one read last is kept, with the list itself (its id never
# another's while it is held), until the reading returns.
_NONE_STATED: tuple[list[Claim] | None, dict[tuple, int]] = (None, {})  # (one object, never freed: see below)
_FIRST_STATED = _NONE_STATED


def _first_stated(figures: list[Claim]) -> dict[tuple, int]:
    global _FIRST_STATED
    held, known = _FIRST_STATED  # (one tuple, read and set whole: two threads never mix two lists' halves)
    if held is figures:
        return known
    found: dict[tuple, int] = {}
    for c in figures:
        key = (c.value, c.unit, c.kind)
        if c.value != c.value:
            continue  # (a value that is not a number equals nothing: never stated before)
        earliest = found.get(key)
        if earliest is None or c.sentence < earliest:
            found[key] = c.sentence
    _FIRST_STATED = (figures, found)
    return found


def _forget_first_stated() -> None:
    """The index let go when the reading that built it returns: no article's figures are held past their run (a
    process that froze what it holds, `gc.freeze`, would see them freed by the next article's run)."""
    global _FIRST_STATED
    _FIRST_STATED = _NONE_STATED


def _items(same: list[Claim], figures: list[Claim], wholes: set, text: str, lang: str) -> list[Claim] | None:
    """The figures of one unit in a sentence when all of them are parallel items, else None."""
    if not 2 <= len(same) <= _MOST_ITEMS or not _free_items(same, figures, wholes, text, lang):
        return None
    first = same[0]
    if any(periods_differ(first, c) or metrics_differ(first, c) for c in same[1:]):
        return None
    line_start = max(text.rfind(". ", 0, first.start), text.rfind("\n", 0, first.start), 0)
    if _ADJUSTED[lang].search(text, line_start, first.start) or _OWN_PERIOD[lang].search(text, line_start, first.start):
        return None
    # (`profit was $1.2bn and revenue $10.1bn`: figures naming two metrics, even by a guess, are no items of one)
    if len({c.metric for c in same if c.metric}) > 1:
        return None
    # (`The trust repaid £0.6m, bringing its debt to £4.1m`: a move and the level it reached, no two items)
    if any(brings_to_a_level(text, lang, before.end, after.start) for before, after in zip(same, same[1:])):
        return None
    if _topics_of_their_own(same, line_start, text, lang):
        return None
    # (`logged 64 arms broken, and the council recast 48 of them`: a later figure drawn from an earlier one by `of
    # them` is its part, no item beside it)
    if any(_DRAWN_FROM_BEFORE[lang].match(text, c.end) for c in same[1:]):
        return None
    return same


def _topics_of_their_own(same: list[Claim], line_start: int, text: str, lang: str) -> bool:
    """Whether a topic stands between two items and the items' topics name more than one noun."""
    pattern = _TOPIC_NOUN[lang]
    between = [pattern.findall(text, before.end, after.start) for before, after in zip(same, same[1:])]
    if not any(between):
        return False
    heads = {found[-1] for found in between if found}
    first_topics = pattern.findall(text, line_start, same[0].start)
    if first_topics:
        heads.add(first_topics[-1])
    return len(heads) > 1


def _fits(claim: Claim, items: list[Claim], wholes: set) -> bool:
    return (
        _plain(claim)
        and claim.part_of is None
        and claim.id not in wholes
        and claim.forecast == items[0].forecast
        and not any(periods_differ(claim, c) or metrics_differ(claim, c) for c in items)
    )


def _whole(
    figures: list[Claim],
    items: list[Claim],
    key: tuple,
    wholes: set,
    lead_sentences_end: int,
    headline: bool,
    text: str,
    lang: str,
    metric_hits: list[MetricHit] = (),
    closes_on_rest: bool = False,
) -> Claim | None:
    """Past the lead, the nearest larger plain value decides: a total by its words is the whole, any other is a
    whole of its own the items may be of (nothing). Else the lead's first larger figure, the one the story is
    about (the headline's only when the body's lead states none)."""
    first = items[0]
    largest = max(c.high for c in items)
    before = [c for c in figures if c.end <= first.start and _key(c) == key and c.role == "value"]
    for claim in reversed(before):
        if claim.sentence < lead_sentences_end:
            break
        if claim.low <= largest or not _plain(claim):
            continue  # (a smaller figure of the unit is another item; a change or a figure per unit no whole)
        if not _fits(claim, items, wholes):
            return None
        if _marked(claim, text, lang):
            return claim
        if _bracketing(claim, items, text, lang, metric_hits) and not _rival_in_its_sentence(claim, figures, largest):
            return claim
        return None
    # (`최근 5년 평균(T′)`, `an average of T′ a year`: an average the lead compares its figure with is no whole the
    # story breaks down, nor a rival of the one that is)
    lead = [
        c
        for c in before
        if c.sentence < lead_sentences_end
        and c.low > largest
        and _plain(c)
        and not _AVERAGE_BEFORE[lang].search(text, max(0, c.start - _AVERAGE_REACH), c.start)
    ]
    body = [c for c in lead if not (headline and c.paragraph == 0)]
    lead = body or lead
    # (the body's first sentence, past a headline: the lead's news, the figure of which opens no breakdown by place)
    body_first = next((c.sentence for c in figures if not (headline and c.paragraph == 0)), 0)
    if len({c.value for c in lead if _fits(c, items, wholes)}) > 1:
        return None  # (a lead of two totals: which one the items break down is not said)
    for claim in lead:
        # (`Revenue reached $5.2bn. Car sales were $3.1bn …`: right after an unmarked figure, the next sentence may
        # as well state figures of its own; the items further on are the lead's breakdown — unless the figure is
        # the whole by its place, as past the lead, when the lead's news came first: the sentence right before the
        # items and after the body's first, which together they fit in, `… lost $9,000. Income was $80,000. Fees
        # brought in $50,000 and grants $30,000.`)
        if claim.sentence + 1 >= first.sentence and not _marked(claim, text, lang):
            # (`제습기 450대를 보낸다. A에 300대, B에 90대, 나머지 시설에 60대가 간다`: a list closing on
            # the rest, in the paragraph of the figure right before it, states that figure's remainder: its whole)
            if (
                (claim.sentence > body_first or (closes_on_rest and _one_sentence_after(claim, items, text)))
                and _fits(claim, items, wholes)
                and _bracketing(claim, items, text, lang, metric_hits)
                and not _rival_in_its_sentence(claim, figures, largest)
            ):
                return claim
            return None
        return claim if _fits(claim, items, wholes) else None
    return None


def _one_sentence_after(claim: Claim, items: list[Claim], text: str) -> bool:
    """Whether the items stand in one sentence, the one right after the claim's in its paragraph."""
    first = items[0]
    if not (first.paragraph == claim.paragraph and first.sentence == items[-1].sentence == claim.sentence + 1):
        return False
    # (`1위 영화는 50만명을 모았다. 2위 영화는 20만명, …, 나머지 영화는 8만명`: a figure after the word the items' first
    # stands after is the first of a ranked list, no whole)
    before_claim = _LABEL_WORD.findall(text, max(0, claim.start - _PARALLEL_REACH), claim.start)
    before_first = _LABEL_WORD.findall(text, max(0, first.start - _PARALLEL_REACH), first.start)
    return not (before_claim and before_first and before_claim[-1].casefold() == before_first[-1].casefold())


def _rival_in_its_sentence(whole: Claim, figures: list[Claim], largest: float) -> bool:
    """Whether the unmarked whole's sentence states another plain value of its key larger than every item, with no
    change between the two (`The county pays $90,000 and the state a further $60,000. The town gave $40,000 and
    residents $20,000`): a sentence of two such figures is a list of its own, neither said to be the items' whole (a
    level and the figure its change is measured from, `$9m, up 4% from $8.6m`, `72곳이던 쉼터를 120곳으로 48곳
    늘렸다`, are no rivals)."""
    own = [c for c in figures if c.sentence == whole.sentence]
    for other in own:
        if other is whole or _key(other) != _key(whole) or other.role != "value" or other.low <= largest:
            continue
        if not _plain(other):
            continue
        first, second = (other, whole) if other.start < whole.start else (whole, other)
        if not any(
            c.role == "change"
            and (first.end <= c.start and c.end <= second.start or {c.change_of, c.compared_to} & {whole.id, other.id})
            for c in own
        ):
            return True
    return False


def _bracketing(whole: Claim, items: list[Claim], text: str, lang: str, metric_hits: list[MetricHit]) -> bool:
    """An unmarked larger figure that the items break down by their place: stated in the sentence right before the
    items' in their paragraph (`The depot sent out 420 parcels. Leeds took 180 parcels, …`), or anywhere before when the
    items' sentence opens on a whole's noun that the figure's sentence names (`The intake came to 212 pupils. …` ¶
    `Of this year's catch, 52 tonnes …`) — and no smaller than the items together (a figure they outgrow is no
    whole of theirs), the items' sentence naming no metric the whole's does not."""
    first = items[0]
    if sum(c.low for c in items) > whole.high:
        return False
    # (`Sales were $5.2bn. Wages took $3.1bn and profit $1.6bn`: the items' sentence names a metric the whole's
    # does not: figures of their own)
    line_start = max(text.rfind(". ", 0, first.start), text.rfind("\n", 0, first.start), 0)
    # (a metric named after the first item labels one item, `a grant gave $50,000 and residents raised $20,000`:
    # the list's own metric is named before its first figure)
    named = {h.metric for h in metric_hits if line_start <= h.start < first.start and h.metric}
    whole_start = max(text.rfind(". ", 0, whole.start), text.rfind("\n", 0, whole.start), 0)
    if named:
        of_whole = {h.metric for h in metric_hits if whole_start <= h.start < first.start and h.metric}
        of_whole.add(whole.metric)
        if not named <= of_whole:
            return False
    if whole.paragraph == first.paragraph and whole.sentence == first.sentence - 1:
        return True
    opened = _NAMED_OPENER[lang].search(text, line_start, min(first.start, line_start + _OPENER_REACH))
    if opened is None or not _POT_OPENER[lang].match(text, opened.start()):
        return False
    noun = opened.group(0).strip()
    stem = noun[: max(2, len(noun) - 1)].casefold()
    return stem in text[whole_start : whole.start].casefold()


def link_paragraph_totals(claims: list[Claim], text: str, lang: str) -> None:
    """A total marked by its words (`for total revenue of`, `bringing the income to`, `모두`) that closes the items
    of its paragraph stated before it, in its own or the sentences before (`Tuition brought in $2.2m. Rents raised
    $310,000 and the cafe $95,000, for total income of $2.6m`). The items are the figures of the total's unit, kind and
    counter between the paragraph's start (or the total stated before, restated) and the total, each a free plain
    value smaller than it, two or more side by side in one sentence, over two sentences or more (a total whose own
    clause checker/link/totals.py read takes the items before that clause); a figure per unit, or a pair of its own
    sentence (`one in four`), is no item. Vetoes: a figure of the unit that is a change, a prior, a price (`at $12`),
    already a part or a whole, or not smaller than the total (another whole, or figures compared); another period or
    forecast; a figure in parentheses or measured against; words that the items are only some (`such as`, `등`, a
    ranking) or that the total holds more (`so far`, `with a grant`); a total in a sentence after the items' that
    does not count them back (`세 곳을 …`, `the three …`): it may be of a wider whole. Closed: the words say the
    items add up to it. Found by position: a guess."""
    try:
        _link_paragraph_totals(claims, text, lang)
    finally:
        _forget_first_stated()


def _link_paragraph_totals(claims: list[Claim], text: str, lang: str) -> None:
    if not (
        may_match(_TOTAL_WORD_ALONE[lang], text)
        or may_match(_RUNNING_TOTAL[lang], text)
        or may_match(_TOTAL_AFTER[lang], text)
    ):
        return  # (a closing total is read only beside the words of a total)
    figures = [c for c in claims if c.kind in AMOUNTS and c.role != "conversion" and not c.furniture]
    if len(figures) < 3:
        return
    totals = [c for c in figures if _closing_total(c, text, lang)]
    if not totals:
        return
    wholes = {c.part_of for c in figures if c.part_of} | {t for c in figures for t in c.tally_of}
    wholes |= {c.share_whole for c in claims if c.share_whole}
    by_paragraph: dict[int, list[Claim]] = {}
    parts_of: dict[str, list[Claim]] = {}
    partner_sentences: dict[str, set[int]] = {}
    sentence_of = {c.id: c.sentence for c in claims}
    for c in figures:
        by_paragraph.setdefault(c.paragraph, []).append(c)
        if c.part_of:
            parts_of.setdefault(c.part_of, []).append(c)
        for end in (c.part_of, c.share_whole):
            if end:
                partner_sentences.setdefault(end, set()).add(c.sentence)
                partner_sentences.setdefault(c.id, set()).add(sentence_of.get(end, -1))
    compared = {c.compared_to for c in claims if c.compared_to}
    for total in totals:
        own_line = by_paragraph[total.paragraph]
        own = parts_of.get(total.id, [])
        # (`Butter came to 610 tonnes. Cheese was 380 tonnes and yoghurt 240, a total of 1,230 tonnes`: the total's
        # clause read its parts; the items before them in the paragraph are of the same list)
        if total.id in wholes and (not own or total.tally_of or any(c.sentence != total.sentence for c in own)):
            continue
        if any(c.sentence == total.sentence and c.start > total.end and _key(c) == _key(total) for c in own_line):
            continue  # (`Together the three made $4.5m, and the two ferries $7m`: two totals, which one is unsaid)
        context = _Paragraph(by_paragraph[total.paragraph], figures, wholes, partner_sentences, compared)
        items = _paragraph_items(total, context, text, lang)
        if items is None or holds_more_than_the_list(total, items, text, lang):
            continue
        if items[-1].sentence != total.sentence and not _counts_back(total, text, lang):
            continue  # (`마을 전체 가축은 모두 3천200마리`: a total of its own sentence may be of a wider whole)
        first = items[0].start
        line_start = max(text.rfind(". ", 0, first), text.rfind("\n", 0, first), 0)
        if _PARTIAL_LIST[lang].search(text, line_start, total.start):
            continue  # (`A $2m, B $1m and others such as C`: only some of the total's parts)
        if own and not {c.id for c in own} < {c.id for c in items}:
            continue
        join_parts(total, items, wholes, closed=not own or not total.open_list)


def _counts_back(total: Claim, text: str, lang: str) -> bool:
    start = max(text.rfind(". ", 0, total.start), text.rfind("\n", 0, total.start), 0)
    return bool(_COUNTS_BACK[lang].search(text, start, total.start))


def _closing_total(total: Claim, text: str, lang: str) -> bool:
    if not _plain(total) or total.part_of is not None or total.sentence == 0:
        return False
    start = total.start
    return bool(
        _TOTAL_WORD_ALONE[lang].search(text, max(0, start - _ITEM_TOTAL_REACH), start)
        or _RUNNING_TOTAL[lang].search(text, max(0, start - _RUNNING_REACH), start)
        or _TOTAL_AFTER[lang].match(text, total.end)
    )


class _Paragraph(NamedTuple):
    figures: list[Claim]  # the paragraph's
    article: list[Claim]  # the article's
    wholes: set
    partner_sentences: dict[str, set[int]]  # a figure's id: the sentences of the figures it is related to
    compared: set  # the ids of figures another is measured against


def _paragraph_items(total: Claim, paragraph: _Paragraph, text: str, lang: str) -> list[Claim] | None:
    key = _key(total)
    wholes = paragraph.wholes
    before = [c for c in paragraph.figures if c.end <= total.start and _key(c) == key]
    # (`Sales came to €4.1m. … which make up that €4.1m`: the total stated first opens the list)
    restated = [i for i, c in enumerate(before) if c.value == total.value]
    if restated:
        before = before[restated[-1] + 1 :]
    items: list[Claim] = []
    for claim in before:
        if claim.part_of == total.id:
            items.append(claim)
            continue
        if _per_unit_marked(claim, text, lang) or _figure_per_something(claim):
            continue  # (`$1.90 a gallon`: a rate, no item)
        partners = paragraph.partner_sentences.get(claim.id)
        if partners and partners == {claim.sentence}:
            continue  # (`5명 중 1명꼴`: a pair of its own sentence, no item)
        if (
            not _plain(claim)
            or claim.part_of not in (None, total.id)
            or claim.id in wholes
            or claim.high >= total.low
            or claim.forecast != total.forecast
            or periods_differ(total, claim)
            or _PRICE_AT[lang].search(text, max(0, claim.start - _MARK_REACH), claim.start)
            or _price_of_a_counted_one(claim, paragraph.figures, text, lang)
        ):
            return None
        items.append(claim)
    if not 2 <= len(items) <= _MOST_ITEMS or len({c.sentence for c in items} | {total.sentence}) < 2:
        return None
    # (`Entry cost £2 a vegetable, £372 in all, and 2,400 visitors paid £4 a head, £9,600 altogether`: an item its own
    # words mark a total is the sum of a list of its own, and the paragraph's figures no one list)
    if any(_closing_total(c, text, lang) for c in items if c.part_of is None):
        return None
    # (`Sales reached $8m last year. This spring the kiosks added $2m …, taking total income to $14m`: an item of
    # an earlier sentence dated by its own words, the total's dated only by guess, may be of another time)
    if "period" in total.guesses and any(
        c.sentence != total.sentence and c.period_span is not None and "period" not in c.guesses for c in items
    ):
        return None
    unread = [c for c in items if c.part_of is None]
    if not unread or not _free_items(unread, paragraph.article, wholes, text, lang):
        return None
    # (a list: two items or more side by side in one sentence; one figure a sentence, each may be a fact of its own,
    # `The top lot went for $3.4m, over its $2m estimate. The top ten lots made $14m`)
    sentences = [c.sentence for c in items]
    if all(sentences.count(s) < 2 for s in sentences):
        return None
    # (`감정가 8억원의 2.1배`: a figure another is measured against is compared, not listed; `1호점(52만명)과
    # 2호점, 3호점을 합한`: a figure in parentheses is an aside, its fellows stated elsewhere)
    if any(c.id in paragraph.compared or _in_parentheses(c, text) for c in items):
        return None
    return items


def _price_of_a_counted_one(claim: Claim, figures: list[Claim], text: str, lang: str) -> bool:
    """`Adult seats cost £14 and children's £7. Of the 300 seats, …, £3,780 altogether`: a price after a plural
    noun and a verb of price, the noun one the paragraph counts, is what one of those things costs; the paragraph
    then lists prices and takings, no items of one total."""
    found = _ONE_PRICE_BEFORE[lang].search(text, max(0, claim.start - _ONE_PRICE_REACH), claim.start)
    if found is None:
        return False
    opens = _CLAUSE_OPENS.search(text, max(0, found.start() - _ONE_PRICE_REACH), found.start())
    if opens is not None and _DIGIT.search(text, opens.start(), found.start()):
        return False  # (`The 300 tickets cost £3,600`: the price of them all)
    noun = found.group("noun").casefold()
    return any(c.kind == "count" and c.text.casefold().endswith(noun) for c in figures)


def _in_parentheses(claim: Claim, text: str) -> bool:
    return text[claim.start - 1 : claim.start] == "(" or text[claim.end : claim.end + 1] == ")"


def _figure_per_something(claim: Claim) -> bool:
    return claim.role == "value" and (
        claim.per_unit_of is not None
        or claim.units_measure is not None
        or claim.per_period_of is not None
        or claim.period_ratio is not None
    )
