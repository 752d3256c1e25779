"""Parts listed in a sentence, then their total opening the next one: `계약금 a억원, 연봉 r억원씩 N년 p억원,
옵션 b억원에 계약했다. 총액 T억원이다.`, `… A a억원, B b억원을 받는다. 모두 합치면 T억원이다.`

The figures of the total's unit and counter in the sentence before are its parts; a rate per period whose
product is stated (`r억원씩 N년 p억원`, checker/link/per_period.py) counts as that product, and a rate with
none is a term the list does not state (no sum). A sentence whose figures are already parts or wholes of
their own is read there. The list may name only some of the parts (open; closed when they name a whole
contract, checker/link/contract_whole.py), and the link is found by position, so it is a guess. At most one
part may be written larger than the total (a wrong figure to report, not a sign that the figures are something
else).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import TOTAL_MARK_BEFORE
from checker.link.contract_whole import names_a_whole_contract
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import metrics_differ
from checker.link.per_one_marks import one_unit_bases
from checker.link.per_period import stated_per_period
from checker.link.sentence_groups import group_by_sentence
from checker.link.totals import is_a_pool
from checker.models import Claim
from checker.regex_needs import search_between

# The total opens its sentence: at most this many characters before it (`총액 `, `이를 모두 합치면 `; a subject of
# its own, `구단이 지난해 쓴 돈은 총 T`, makes it another figure).
_OPENING = 12
# `모두 합한 요금 수입은 T`, `둘을 더한 매출은 T`: the words of a sum opening the sentence (`[link.sum_openers]`)
_SUM_OPENER = ByLanguage(lambda w: rf"\s*(?:{w.sum_openers})", first_tested=False)
_SUMMED_OPENING = 32
_MOST_PARTS = 8


def link_parts_then_total(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.kind in AMOUNTS and c.role == "value" and not c.furniture]
    by_sentence = group_by_sentence(figures)
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    products = {c.per_period_of: c for c in claims if c.per_period_of}
    for sentence, members in by_sentence.items():
        total = members[0]
        if sentence == 0 or sentence >= len(sentence_starts) or total.part_of or total.id in wholes:
            continue
        start = sentence_starts[sentence]
        marked = search_between(TOTAL_MARK_BEFORE[lang], text, start, total.start) is not None
        # (`모두 합한 요금 수입은 T`: a sentence that opens on the words of a sum names its total a few words on)
        summed = _SUM_OPENER[lang].match(text, start) is not None and total.start - start <= _SUMMED_OPENING
        # (`최대 T억원으로 …`: a cap opening the sentence is the total of a whole contract listed before it.)
        capped = total.quantity.qualifier == "atmost"
        if not summed and (total.start - start > _OPENING or not (marked or capped)):
            continue
        marked = marked or summed
        listed = [c for c in by_sentence.get(sentence - 1, []) if c.unit == total.unit and c.counter == total.counter]
        if any(c.part_of or c.id in wholes or c.tally_of for c in listed):
            continue  # the sentence before is read on its own
        if any(is_a_pool(one, text, lang, other) for one, other in zip(listed, listed[1:])):
            continue  # `1,300대 가운데 500대`: a pool and its subset are no two parts (a total may be a pool itself)
        bases = one_unit_bases(by_sentence.get(sentence - 1, []), text, lang)
        parts = []
        for figure in listed:
            if figure.id in bases:
                continue  # `한 곳에 N꼴`: the base of an average, no part
            if figure.id in products:
                continue  # a rate, counted as its product
            if stated_per_period(figure, text, lang) and figure.per_period_of is None:
                parts = []
                break  # a rate per period whose product the list does not state
            parts.append(figure)
        floor = total.value if capped else total.low  # (a cap as the figure it names)
        if not 2 <= len(parts) <= _MOST_PARTS or sum(p.high >= floor for p in parts) > 1:
            continue
        if any(metrics_differ(p, total) for p in parts):
            continue
        # (`모두 합한 … T`: the sum of the parts listed, all of them)
        closed = summed or names_a_whole_contract(parts, text, lang)
        if not marked and not closed:
            continue  # an unmarked cap totals only a whole contract
        for part in parts:
            part.part_of = total.id
        # Open, unless the parts name a whole contract (its guarantee or signing fee and salaries, and its options).
        total.open_list = not closed
        total.guesses = sorted(set(total.guesses) | {"relation"})
