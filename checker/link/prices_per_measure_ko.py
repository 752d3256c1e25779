"""A Korean price per one unit of measure over the article's quantity of that measure (`㎏당 평균 N원`, `㎥당 N원에
팔아`): the quantity the lead states, the amount the figure's paragraph states.

Harvest and catch copy states the quantity in its lead (`올해 생산량이 4,000톤으로`), the amount it fetched somewhere
else (`판매액은 모두 60억원이다`, often a paragraph of its own), and the price per kilogram between or after them
(`㎏당 평균 1,500원으로 지난해보다`). The per-unit readings before look for the price's members in its own paragraph
or for a quantity the title states; this one, run after them on a price they left, reads its roles by what each
figure is:

- the figure: an amount (or a measure, a yield) per one unit of measure its mark names (`㎏당`, `1㎏이`), a value, an
  average (`평균`, `꼴`, `셈`, `씩`) unless its own sentence states its total (a price set, `㎏당 N원에 수매가를
  정했다`, is no share of sales stated apart), no prior of its kind before it in its sentence (`지난해 2천원에서 ㎏당
  …`: which year's, unsaid), no subset named with the genitive before the mark (`특상품의 ㎏당`: that part's price,
  not the whole's), no price named as another between the mark and the figure (`㎏당 평균 소매 가격은`:
  only an average's words and a sales price's or the sales' noun, unless the sentence says that price was applied,
  `도매가격 N원을 적용한 금액이다`), not per a period too, not told of an earlier time (`지난 시즌 ㎏당`:
  `[link.price_of_an_earlier_time]`), no quantity of the dimension in its own sentence before it (`10㎏ 한 상자가
  N원으로, ㎏당`);
- its quantity (the units): the lead's one whole measure of the unit's dimension (the one the title states, else
  the lead body's one value): no bound (`4만톤을 넘어`), no part, no rate, no prior; vetoed when the figure's own
  paragraph states another measure of that dimension before it, a part too (which one it divides, unsaid);
- its total: a larger whole amount of its currency named as the goods' sales (`[link.sales_value_nouns]`: `판매액`,
  `위판 금액`; a budget or a cost is none), no part, no prior, no change, no figure itself per one unit, the first
  found of: the one its
  own clause restates right before it (`수출액은 N원으로, ㎏당`); the one its sentence states after it (`㎥당 N원에
  팔아 M원의 수입을`); the one the nearest sentence before it in its paragraph that states a whole amount of the
  currency states (two there: which one, unsaid); the lead's one (the title's, else the lead body's one value).
  An amount of the currency earlier in the figure's sentence in another clause leaves the total unsaid; a total its
  own clause restates is of the lead's quantity only when no other quantity of the dimension is stated past the lead
  before it (`수출 물량은 N톤 … 수출액은 M원으로, ㎏당`: the exported quantity's, maybe).

The reading spans sentences and paragraphs, so a mismatch is a warning (`guesses`).
"""

from __future__ import annotations

import math

from checker.extract.lang import ByLanguage
from checker.extract.units import base_unit, measure_unit
from checker.link.per_unit_apart import is_a_rate
from checker.link.per_unit_fallback import beside_their_share, partners_taken
from checker.link.per_unit_ko import (
    _AVERAGE_AFTER,
    _AVERAGE_WORD,
    _CLAUSE_BREAK,
    _PERIOD_IN_GAP,
    _lead_end,
    _link,
    _mark_before,
    _one_as_subject,
    _one_value,
    _pick,
)
from checker.models import Claim
from checker.regex_cache import compile_exact

_KINDS = ("money", "measure", "count")
_ROUNDED = 1.02  # one figure restated rounded (`1만4천톤` in a title, `1만3,980톤` in the lead)
_SENTENCE_END = compile_exact(r"[.!?]$")
_GENITIVE = ByLanguage(lambda w: rf"(?:{w.one_unit_genitive_particles})$")
_SALES = ByLanguage(lambda w: rf"(?:{w.sales_value_nouns})")
_SALES_REACH = 16  # characters before an amount where the noun naming it the sales of the goods stands (`위판 금액은 `)
_ONE_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.fallback_one_unit})\s?[^\W\d_]")  # (`10㎏ 한 상자`)
# between the mark and the figure, only an average's words and a noun naming the sales price or the sales
_SALES_GAP = ByLanguage(
    lambda w: (
        rf"\s*(?:(?:{w.average_clause_words}|{w.hedges}|(?:{w.sales_price_nouns}|{w.sales_value_nouns})"
        rf"(?:{w.named_figure_particles})?)\s*)*"
    )
)
_APPLIED_AFTER = ByLanguage(lambda w: rf"(?:{w.price_applied_after_name})")
_EARLIER = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.price_of_an_earlier_time})")


def link_prices_per_measure_ko(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang != "ko":
        return
    figures = [c for c in claims if not c.furniture and not c.table_cell and c.kind in _KINDS]
    if len(figures) < 3:
        return
    lead_end = _lead_end(text)
    title_end = text.find("\n")
    if title_end < 0 or _SENTENCE_END.search(text[:title_end].rstrip()):
        title_end = 0  # (no title: a first line closed as a sentence is the lead's)
    titled = {(c.kind, c.unit, c.counter or "", c.value) for c in claims if c.start < title_end}
    taken = partners_taken(claims)
    parts = beside_their_share(claims, text)
    wholes = [
        c
        for c in figures
        if c.role == "value"
        and c.per_unit_of is None
        and c.period_ratio is None
        and c.part_of is None
        and c.change_of is None
        and c.id not in parts
        and c.low > 0
        and math.isfinite(c.high)
    ]
    for figure in wholes:
        if (
            figure.id in taken
            or figure.start < lead_end
            or figure.kind == "count"
            or figure.product_of is not None
            or figure.per_period_of is not None
        ):
            continue
        opens = sentence_starts[figure.sentence]
        mark = _mark_before(figure.start, opens, text, lang)
        if mark is None:
            mark, averaged = _one_as_subject(figure, opens, sentence_starts, text, lang)
            if mark is None or not averaged:
                continue
        else:
            # (`㎏당 평균`, `㎏당 N원꼴`: what the goods fetched, on average; `㎏당 N원 선에서 수매가를 정했다` is a
            # price set, no share of any sales unless its own sentence states them)
            closes = sentence_starts[figure.sentence + 1] if figure.sentence + 1 < len(sentence_starts) else len(text)
            averaged = any(_AVERAGE_WORD[lang].fullmatch(word) for word in mark.group("gap").split()) or bool(
                _AVERAGE_WORD[lang].search(text, figure.end, min(closes, figure.end + _AVERAGE_AFTER))
            )
        measure = measure_unit(mark.group("noun"), lang)
        if measure is None or _PERIOD_IN_GAP[lang].search(mark.group("gap")):
            continue
        if not _SALES_GAP[lang].fullmatch(mark.group("gap")) and not _APPLIED_AFTER[lang].match(text, figure.end):
            # (`㎏당 평균 소매 가격은`, `㎏당 가공비는`: the price of something else than the goods' sales — unless
            # the sentence says the amount is that price applied, `도매가격 N원을 적용한 금액이다`)
            continue
        pre = mark.group("pre")
        if pre is not None and _GENITIVE[lang].search(pre):
            continue  # (`특상품의 ㎏당`: a part's price)
        if any(
            c.sentence == figure.sentence
            and c.start < figure.start
            and c.role in ("prior", "baseline")
            and c.kind == figure.kind
            and c.unit == figure.unit
            for c in figures
        ):
            continue  # (`지난해 2천원에서 ㎏당 2,400원으로`: which year's figure, unsaid)
        if _EARLIER[lang].search(text, opens, figure.start):
            continue  # (`지난 시즌 판매액은 N원으로 ㎏당`: an earlier time's price, not of the lead's quantity)
        dimension = base_unit(measure)[1]
        quantities = [
            c
            for c in wholes
            if c.kind == "measure"
            and c.unit == dimension
            and c is not figure
            and c.start < figure.start
            and not is_a_rate(c, text, lang)
            and not _per_a_period(c, sentence_starts, text, lang)
        ]
        if any(
            c.sentence == figure.sentence
            and c.start < figure.start
            and c.kind == "measure"
            and c.unit == dimension
            and c.role == "value"
            for c in figures
        ):
            continue  # (`10㎏ 한 상자에 4만원으로 ㎏당`, `수출 물량은 N톤으로 ㎏당`: its sentence's own quantity)
        in_lead = [c for c in quantities if title_end <= c.start < lead_end]  # (a title's may be a rate)
        count = _pick(in_lead, titled) or _one_value(in_lead)
        if count is None:
            continue
        # (every quantity of the dimension stated past the lead before the figure, a part too)
        stated = [
            c
            for c in figures
            if lead_end <= c.start < figure.start
            and c.kind == "measure"
            and c.unit == dimension
            and c.role == "value"
            and abs(c.value - count.value) > count.value * (_ROUNDED - 1)
            and not is_a_rate(c, text, lang)
            and not _per_a_period(c, sentence_starts, text, lang)
        ]
        if any(c.paragraph == figure.paragraph for c in stated):
            continue  # (another quantity of the dimension in the figure's paragraph: which one it divides, unsaid)
        amounts = [
            c
            for c in wholes
            if c.kind == figure.kind
            and c.unit == figure.unit
            and c is not figure
            and c is not count
            and c.value > figure.value
            and not is_a_rate(c, text, lang)
            and not _per_a_period(c, sentence_starts, text, lang)
            and _SALES[lang].search(text, max(sentence_starts[c.sentence], c.start - _SALES_REACH), c.start)
            and not _marked(c, sentence_starts, text, lang)
        ]
        total = _total(figure, amounts, figures, titled, title_end, lead_end, text, lang)
        if total is None or not averaged and total.sentence != figure.sentence:
            continue
        if total.sentence == figure.sentence and stated:
            # (`수출은 80톤이었다. 수출액은 N원으로, ㎏당`: the amount its clause restates is of another quantity the
            # article states after the lead, maybe)
            continue
        _link(figure, total, count, measure, taken, [], text, lang, figures)


def _total(
    figure: Claim,
    amounts: list[Claim],
    figures: list[Claim],
    titled: set,
    title_end: int,
    lead_end: int,
    text: str,
    lang: str,
) -> Claim | None:
    """The amount the price divides (see the module's note): its clause's, its sentence's after it, its paragraph's
    nearest before it, the lead's."""
    own = [c for c in amounts if c.sentence == figure.sentence and c.end <= figure.start]
    if own:
        last = own[-1]
        if _CLAUSE_BREAK[lang].search(text, last.end, figure.start):
            return None  # (an amount of another clause of its sentence: which total, unsaid)
        return _one_value(own)
    after = [c for c in amounts if c.sentence == figure.sentence and c.start > figure.end]
    if after:
        return _one_value(after)
    ids = {c.id for c in amounts}
    stated = [
        c
        for c in figures
        if c.paragraph == figure.paragraph
        and c.sentence < figure.sentence
        and c.kind == figure.kind
        and c.unit == figure.unit
        and c.role == "value"
    ]
    for sentence in sorted({c.sentence for c in stated}, reverse=True):
        here = [c for c in stated if c.sentence == sentence]
        whole = [c for c in here if c.id in ids]
        if whole:
            return _one_value(whole)
        if any(c.part_of is None for c in here):
            return None  # (an amount of the currency that is no whole, a smaller one or a rate: which total, unsaid)
        # (only the listed parts of a total: the total is stated before them)
    in_lead = [c for c in amounts if title_end <= c.start < lead_end]
    return _pick(in_lead, titled) or _one_value(in_lead)


def _per_a_period(c: Claim, sentence_starts: list[int], text: str, lang: str) -> bool:
    """Whether the figure's sentence says, before it, that it is per a period (`하루 평균 400톤을 처리해 2만㎥`, `월
    20만원`); a month of a date or a span (`1~9월 위판량`) is none."""
    return any(
        m.start() == 0 or not (text[m.start() - 1].isdigit() or text[m.start() - 1] in "~∼-")
        for m in _PERIOD_IN_GAP[lang].finditer(text, sentence_starts[c.sentence], c.start)
    )


def _marked(c: Claim, sentence_starts: list[int], text: str, lang: str) -> bool:
    """Whether a figure is itself marked per one unit (`상자당 4만원`, `한 상자에 4만원`, `10㎏ 한 상자`)."""
    opens = sentence_starts[c.sentence]
    return (
        _mark_before(c.start, opens, text, lang) is not None
        or _one_as_subject(c, opens, sentence_starts, text, lang)[0] is not None
        or _ONE_AFTER[lang].match(text, c.end) is not None
    )
