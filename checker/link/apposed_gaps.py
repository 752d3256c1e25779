"""A gap apposed to its level with no figure compared with named (`A Leeds firm had quoted £520 a tonne, some £40
more.`, `Adults pay £22 a session, or £17 for pupils, £5 less.`): the role stage reads it as a change of the level
before it, tied to nothing it is measured from. The comparative closes its clause (`[link.apposed_gap_after]`:
`more`, `less`, `cheaper`; `more than …` names its own).

It is measured from:
- the one other amount of its unit its sentence states before the level, the level joined to it as an alternative
  (`£22 a session, or £17 …, £5 less`: `[link.apposed_gap_alternative_between]`);
- else, the level a price of one (`£520 a tonne`), the one equivalent in the sentence before that restates a price of
  one of the same unit noun (`at SKr5,800 a tonne, about £480 at today's rate. A Leeds firm had quoted £520 a tonne,
  some £40 more`), or in the one before it: the home price set against the foreign one, restated in the home
  currency.

Found by position and words, so the link is a guess. Linear: one walk over the claims.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.one_unit_equivalents import price_of_one
from checker.link.sentence_groups import prose_figures, unfurnished_by_sentence
from checker.models import Claim

_GAP_AFTER = ByLanguage(lambda w: rf"(?:{w.apposed_gap_after})", first_tested=False)
_ALTERNATIVE = ByLanguage(lambda w: rf"(?:{w.apposed_gap_alternative_between})", first_tested=False)
# right after a price or its equivalent, the one unit it is per (`£520 a tonne`), group 1 its noun
_NOUN_AFTER = ByLanguage(lambda w: rf"(?:{w.one_unit_noun_after})", first_tested=False)
# right after a price the equivalent before it is of (`about £2,150 for each €2,500 kiln`), the noun it names
_OF_EACH_BETWEEN = ByLanguage(lambda w: rf"(?:{w.equivalent_of_each_between})", first_tested=False)
_SENTENCES_BACK = 2  # (`… about £480 at today's rate. The whole order comes to about £14,400. A Leeds firm …`)
_REACH = 48  # characters between the level and its apposed gap: a noun, a condition (`if they are over 65`)


def link_apposed_gaps(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    told = None
    for gap in figures:
        if gap.role != "change" or not gap.direction or gap.compared_to is not None or gap.change_of not in by_id:
            continue
        level = by_id[gap.change_of]
        if level.sentence != gap.sentence or level.unit != gap.unit or level.kind != "money" or level.end > gap.start:
            continue
        between = text[level.end : gap.start]
        if len(between) > _REACH or any(ch.isdigit() for ch in between) or not between.rstrip().endswith(","):
            continue
        if _GAP_AFTER[lang].match(text, gap.end) is None:
            continue
        compared = _alternative_before(figures, level, text, lang)
        if compared is None and price_of_one(level, text, lang):
            if told is None:
                told = unfurnished_by_sentence(claims)
            compared = _equivalent_of_the_same_unit(told, level, text, lang)
        if compared is None or compared.value == level.value:
            continue
        gap.compared_to = compared.id
        gap.guesses = sorted(set(gap.guesses) | {"relation"})


def _alternative_before(figures: list[Claim], level: Claim, text: str, lang: str) -> Claim | None:
    """The one amount of the level's unit its sentence states before it, joined to it as an alternative (`£22 a
    session, or £17`)."""
    before = [c for c in figures if c.sentence == level.sentence and c.end <= level.start and c.unit == level.unit]
    if len(before) != 1 or before[0].role not in ("value", "baseline"):
        return None
    # (`£40 a month, or £400 a year`: a price per another unit is no alternative to measure a gap from)
    noun = _unit_noun(level, text, lang)
    if noun is not None and noun != _unit_noun(before[0], text, lang):
        return None
    return before[0] if _ALTERNATIVE[lang].search(text[before[0].end : level.start]) else None


def _unit_noun(figure: Claim, text: str, lang: str) -> str | None:
    after = _NOUN_AFTER[lang].match(text, figure.end)
    return after.group(1).lower() if after else None


def _equivalent_of_the_same_unit(told: dict[int, list[Claim]], level: Claim, text: str, lang: str) -> Claim | None:
    """The one equivalent in the level's unit the sentence before states of a price of one naming the level's unit
    noun (`at SKr5,800 a tonne, about £480` for `£520 a tonne`)."""
    noun = _unit_noun(level, text, lang)
    if noun is None:
        return None
    for back in range(1, _SENTENCES_BACK + 1):
        found = _equivalents_naming(told.get(level.sentence - back, ()), noun, level, text, lang)
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _equivalents_naming(sentence: list[Claim], noun: str, level: Claim, text: str, lang: str) -> list[Claim]:
    by_id = {c.id: c for c in sentence}
    # (`spruce at NOK 8,000 a cubic metre, …, and oak at NOK 12,000 a cubic metre, about £940`: two prices per the
    # noun, which one the gap is measured from unsaid)
    prices = [c for c in sentence if c.kind == "money" and c.unit != level.unit and _unit_noun(c, text, lang) == noun]
    if len(prices) > 1:
        return []
    found = []
    for e in sentence:
        if e.role != "conversion" or e.unit != level.unit or e.converts not in by_id:
            continue
        price = by_id[e.converts]
        nouns = {_unit_noun(price, text, lang), _unit_noun(e, text, lang)}
        if _OF_EACH_BETWEEN[lang].fullmatch(text, e.end, price.start):
            # (`about £2,150 for each €2,500 kiln`: the noun right after the price)
            word = text[price.end :].split(None, 1)
            nouns.add(word[0].strip(".,;:").lower() if word else None)
        if noun in nouns:
            found.append(e)
    return found
