"""A price abroad, restated in the home currency, compared with the home price by the name of the market it is paid
in: `… about £41 a chair. The firm charges £36 at home, so the Danish price is some £5 more` (a gap), `…, so the
Danish price is some 9 per cent higher` (a growth).

A figure right after such a clause (`so the Danish price is`, `so the New Zealand price works out at`:
`[link.foreign_price_gap_before]`) and before the word of its direction (`more`, `higher`, `lower`, `cheaper`:
`[link.foreign_price_gap_after]`) measures the price named by the market: the equivalent of a price of one (an amount
of the home currency read as restating a price per one unit of another currency) stated last before it, in its
sentence or the two before; and it is measured from the figure of the home currency its clause states right before
it, in its sentence (`£36`, the home price). A gap of money must be of the home price's currency; a gap in per cent is
a growth of the equivalent from the home price. Found by position and words, so the link is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.one_unit_equivalents import price_of_one
from checker.link.sentence_groups import prose_figures, unfurnished_by_sentence
from checker.models import Claim

_SENTENCES_BACK = 2
_GAP_BEFORE = ByLanguage(lambda w: rf"(?:{w.foreign_price_gap_before})$", first_tested=False)
_GAP_AFTER = ByLanguage(lambda w: rf"(?:{w.foreign_price_gap_after})", first_tested=False)
# (a language borrowing another's words has no groups of its own: the upward words tell the direction)
_MORE = ByLanguage(lambda w: rf"(?:{w.foreign_price_gap_more})", re.I, first_tested=False)


def link_foreign_prices_compared(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if not any(c.role == "conversion" for c in claims):
        return  # (no equivalent: no price abroad restated)
    figures = prose_figures(claims)
    by_id = {c.id: c for c in claims}
    told = unfurnished_by_sentence(claims)
    for position, gap in enumerate(figures):
        if gap.change_of or gap.kind not in ("money", "percent") or gap.sentence >= len(sentence_starts):
            continue
        if position == 0 or gap.role not in ("value", "change"):
            continue
        home = figures[position - 1]
        if home.sentence != gap.sentence or home.kind != "money" or home.role not in ("value", "baseline"):
            continue
        if gap.kind == "money" and gap.unit != home.unit:
            continue
        clause = _GAP_BEFORE[lang].search(text, home.end, gap.start)
        if clause is None:
            continue
        market = clause.groupdict().get("market")
        if market and market.strip() in text[sentence_starts[home.sentence] : home.start]:
            continue  # (`A Swedish rival charges £36 …, so the Swedish price is`: the home price's own subject)
        word = _GAP_AFTER[lang].match(text, gap.end)
        if word is None:
            continue
        level = _equivalent_before(told, by_id, home, text, lang)
        if level is None or level.value == home.value:
            continue
        gap.role, gap.direction = "change", 1 if _MORE[lang].search(word.group(0)) else -1
        gap.change_of, gap.compared_to = level.id, home.id
        # (`수출 가격이 1천 원 비싸다`: the words naming the price abroad are the gap's subject, no metric of its own
        # that sets it apart from the home price's)
        gap.guesses = sorted(set(gap.guesses) | {"relation", "metric"})
        home.role = "baseline"


def _equivalent_before(
    told: dict[int, list[Claim]], by_id: dict[str, Claim], home: Claim, text: str, lang: str
) -> Claim | None:
    """The equivalent in the home price's currency of a price of one, stated last before the home price in its
    sentence or the two before."""
    for sentence in range(home.sentence, max(-1, home.sentence - _SENTENCES_BACK - 1), -1):
        found = [
            c
            for c in told.get(sentence, ())
            if c.role == "conversion"
            and c.kind == "money"
            and c.unit == home.unit
            and c.end <= home.start
            and c.converts in by_id
            and price_of_one(by_id[c.converts], text, lang)
        ]
        if found:
            return found[-1]
    return None
