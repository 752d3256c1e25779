"""Prices listed side by side for two or more labelled kinds of goods, each kind's count and amount stated under the
same labels: `방석이 900점, 바구니가 600점이다. 방석은 한 점에 140달러, 바구니는 90달러에 팔려 방석이 12만6천
달러, 바구니가 5만4천 달러어치다`, `입장료는 어른 4천 원, 어린이 2천 원이다. … 어른은 1만6천 명 … 수입은 어른 6천400만
원, 어린이 …`: each kind's amount is its count times its price.

Korean copy that breaks an order or a season's takings down by kind names each kind by a label word (`방석`, `어른`,
`소면`) before its count, before its price and before its amount, in three places. The per-unit readings before
look for a price's count and total through the price's own mark (`점당`, `1인당`) or its noun; here the label is
what joins them.

The prices: two or more money figures of one currency opening a sentence's list, each after words of its own (its
label: the words between the figure before it, or the sentence's start, and it; stripped of their particles,
`[link.parallel_label_endings]`; a label word any other price of the list also has, `한복` of `여자 한복`, `남자 한복`,
labels none of them). The list ends at a figure whose words repeat a label, name none, or say the figures after go in
the prices' order (`각각`: `[link.respectively]`). The amounts: the figures of the currency after the list, in
its sentence, else in the first of the next two sentences of its paragraph stating one: each the amount of the label
nearest before it in its words (`입장료 수입은 어른 …`); after `각각`, as many as the prices, in their order. The
counts: the counts from three sentences before the list to the amounts' sentence (those of the prices' or the
amounts' paragraph first), each of the label
nearest before it in its words, else of the first label in the words after it up to the next figure (`2만4천 명이
어린이였고`). A label is joined only with one price, one amount larger than it, and one count (two of different
value: which one, unsaid); the amount is then the count times the price (`product_of`, `product_units`: F317 divides
it), read across clauses, so a mismatch is a warning (`guesses`). A price per a unit of measure (`kg당`) over a measure
is not read here. Languages without `[link.parallel_label_endings]` are not read.
"""

from __future__ import annotations

from checker.extract.lang import NEVER, ByLanguage, link_alternations
from checker.link.per_unit_apart import is_a_rate
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_WORD = compile_exact(r"[^\W\d_]+")
_ENDING = ByLanguage(lambda w: rf"(?:{w.parallel_label_endings})$")
_RESPECTIVELY = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.respectively})(?![^\W\d_])")
_MIN_STEM = 2  # letters a label word keeps past its particle (`방석`; not the `한` of `한 점에`)
_COUNTS_BACK = 3  # sentences before the prices' where the kinds' counts may stand
_AMOUNTS_AFTER = 2  # sentences after the prices' where the kinds' amounts may stand
_MAX_CHUNK = 40  # characters before a figure where its label may stand


def link_parallel_prices(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if link_alternations(lang).parallel_label_endings == NEVER:
        return
    figures = [c for c in claims if not c.furniture]
    by_sentence = group_by_sentence(figures)
    used: set[str] = set()  # (amounts joined: no list of prices of their own)
    for _, members in sorted(by_sentence.items()):
        money = [c for c in members if c.kind == "money" and c.role == "value" and c.id not in used]
        if len(money) < 2:
            continue
        for unit in dict.fromkeys(c.unit for c in money):  # (in text order: a set's order varies by run)
            of_unit = [c for c in money if c.unit == unit]
            if len(of_unit) >= 2:
                used |= _link_list(of_unit, members, by_sentence, text, lang, sentence_starts)


def _link_list(
    money: list[Claim],
    members: list[Claim],
    by_sentence: dict[int, list[Claim]],
    text: str,
    lang: str,
    starts: list[int],
) -> set[str]:
    labels: list[list[str]] = []
    for figure in money:
        chunk = _chunk(figure, members, text, starts)
        words = _stems(chunk, lang)
        if (
            not words
            or _RESPECTIVELY[lang].search(chunk)
            or figure.per_unit_of is not None
            or figure.product_of is not None
        ):
            break
        labels.append(words)
    # (the longest run of prices each with a word of its own: an amount after them repeats a price's word, `방석은 …,
    # 바구니는 …에 팔려 방석이 …`, and leaves an earlier price none)
    for size in range(len(labels), 1, -1):
        unique = _unique(labels[:size])
        if all(unique):
            break
    else:
        return set()
    prices, rest = money[:size], money[size:]
    first = prices[0]
    if rest:
        amounts = rest
    else:
        amounts = []
        for number in range(first.sentence + 1, first.sentence + 1 + _AMOUNTS_AFTER):
            later = [
                c
                for c in by_sentence.get(number, ())
                if c.kind == "money" and c.unit == first.unit and c.role == "value" and c.paragraph == first.paragraph
            ]
            if later:
                amounts = later
                break
    if not amounts:
        return set()
    amounts_of = _amounts(amounts, prices, unique, by_sentence, text, lang, starts)
    span = range(first.sentence - _COUNTS_BACK, amounts[-1].sentence + 1)
    counts = [
        c
        for number in span
        for c in by_sentence.get(number, ())
        if c.kind == "count"
        and c.role == "value"
        and c.value > 1
        and c.per_unit_of is None
        and not is_a_rate(c, text, lang)
    ]
    counts_of: dict[int, list[Claim]] = {}
    near: dict[int, list[Claim]] = {}  # (the counts of the prices' or the amounts' paragraph, first)
    for count in counts:
        label = _label_of(count, by_sentence[count.sentence], unique, text, lang, starts, after=True)
        if label is not None:
            counts_of.setdefault(label, []).append(count)
            if count.paragraph in (first.paragraph, amounts[0].paragraph):
                near.setdefault(label, []).append(count)
    counts_of.update(near)
    joined: set[str] = set()
    for k, price in enumerate(prices):
        found = amounts_of.get(k, [])
        units = counts_of.get(k, [])
        if len(found) != 1 or len({c.value for c in units}) != 1:
            continue  # (none, or two: which one, unsaid)
        total, count = found[0], units[-1]
        if total.value <= price.value or total.product_of is not None or total.per_unit_of is not None:
            continue
        total.product_of, total.product_units = price.id, count.id
        total.guesses = sorted(set(total.guesses) | {"relation"})
        joined.add(total.id)
    return joined


def _amounts(
    amounts: list[Claim],
    prices: list[Claim],
    unique: list[set[str]],
    by_sentence: dict[int, list[Claim]],
    text: str,
    lang: str,
    starts: list[int],
) -> dict[int, list[Claim]]:
    """Each price's amounts: by the label nearest before each, or after `각각` in the prices' order."""
    out: dict[int, list[Claim]] = {}
    if _RESPECTIVELY[lang].search(_chunk(amounts[0], by_sentence[amounts[0].sentence], text, starts)):
        if len(amounts) < len(prices):
            return out
        for k in range(len(prices)):
            out[k] = [amounts[k]]
        return out
    for amount in amounts:
        label = _label_of(amount, by_sentence[amount.sentence], unique, text, lang, starts, after=False)
        if label is not None:
            out.setdefault(label, []).append(amount)
    return out


def _chunk(figure: Claim, members: list[Claim], text: str, starts: list[int]) -> str:
    """The words between the figure before it in its sentence (or the sentence's start) and it."""
    # (the `한 개` of `한 개에 20유로`: the mark's own one, no figure the words stop at)
    before = [c.end for c in members if c.end <= figure.start and not (c.kind == "count" and c.value == 1)]
    start = starts[figure.sentence] if figure.sentence < len(starts) else 0
    opening = max([start, figure.start - _MAX_CHUNK, *before])
    return text[opening : figure.start]


def _stems(chunk: str, lang: str) -> list[str]:
    """The words of a chunk, in order, their particles dropped (`방석은` → `방석`), each of two letters or more."""
    out = []
    for word in _WORD.findall(chunk):
        stem = _ENDING[lang].sub("", word)
        if len(stem) >= _MIN_STEM:
            out.append(stem)
    return out


def _unique(labels: list[list[str]]) -> list[set[str]]:
    """Each price's label: the word nearest before it that no other price of the list has (`입장료는 어른 …, 어린이
    …`: `어른`, not the `입장료` that names the list); none when each of its words another price has too."""
    out = []
    for k, own in enumerate(labels):
        others = set().union(*(set(other) for j, other in enumerate(labels) if j != k))
        mine = [word for word in own if word not in others]
        out.append({mine[-1]} if mine else set())
    return out


def _label_of(
    figure: Claim,
    members: list[Claim],
    unique: list[set[str]],
    text: str,
    lang: str,
    starts: list[int],
    *,
    after: bool,
) -> int | None:
    """The price whose label stands nearest before the figure in its words; else (`after`) the first one in the words
    after it up to the next figure."""
    chunk = _chunk(figure, members, text, starts)
    best, where = None, -1
    for word in _WORD.finditer(chunk):
        k = _which(word.group(), unique)
        if k is not None and word.start() >= where:
            best, where = k, word.start()
    if best is not None or not after:
        return best
    following = [c.start for c in members if c.start >= figure.end]
    ending = starts[figure.sentence + 1] if figure.sentence + 1 < len(starts) else len(text)
    closing = min([figure.end + _MAX_CHUNK, ending, *following])
    for word in _WORD.finditer(text, figure.end, closing):
        k = _which(word.group(), unique)
        if k is not None:
            return k
    return None


def _which(word: str, unique: list[set[str]]) -> int | None:
    found = {k for k, own in enumerate(unique) for stem in own if word.startswith(stem)}
    return found.pop() if len(found) == 1 else None
