"""Figures per one item multiplied out over a count, or a total shared out over a count (English).

Copy that states what one item takes of a quantity (hours of work, grams of material, kilometres, litres) often
multiplies it out at once: `Each hull needs about 300 hours, so the fleet of boats comes to some 6,000 hours`
(count × per one = total). The per-one figure is marked by a clause opening on `each`/`every` and a noun, and a verb
of using or taking between (`[link.each_noun_opening]`, `[link.each_noun_use_verbs]`: `each kit uses`, `every
cottage burns`); its total is the nearest larger figure of its kind and unit after it, in its sentence (failing
one there, the next sentence of its paragraph); its count is a count of the noun (its counter, or the noun the
counter qualifies: `_counts_the_noun`) stated before it, in its sentence or the two before in its paragraph (the
nearest), or else the lead's one count of that noun.

The same copy then shares the total out: `some 6,000 hours, about 150 hours for each of the yard's 40 fitters`
(total ÷ count = per one). The figure marked `for each of` (or `for every one of`) and a determiner or a
possessive, right before a count (`[link.each_of_the_count]`), is per one of that count; its total is the nearest
larger figure of its kind and unit before it in its sentence (failing one, in the sentence before, in its
paragraph).

A sentence opening on the rate one item is taken at (`At an average weight of 2.5 kilograms, the catch comes to
about 40 tonnes`, `At the usual 18 kilograms a crate, …`: `[link.at_a_rate_of_openers]`) and closing on a larger
figure of its unit states the product: the count is of the noun its mark names, or, naming none, the one count of
things of the sentence before in its paragraph (failing one, of the lead, no paragraph between counting things).

A quantity per a noun its own sentence counts before it (`They went to 1,200 families, or about 40 parcels a
family`), its paragraph and those between stating no other figure of its unit,
takes the lead's one figure of its unit as its total (`The bank handed out 48,000 parcels`): the lead states the
whole, the later paragraph how it divides.

The readings run after every other per-unit reading, on figures those left plain. Vetoes: a figure that is itself
a rate, a change, a share or a part; a total that is a change (`up 2,000 hours`, `2,000 hours more`:
`[link.change_words_before_figure]`), a prior or another figure's partner; a figure of the same unit between the
per-one figure and its total (which one, unsaid); two figures of the unit in the lead, neither of another time
(`48,000 food parcels and 9,000 hygiene parcels`: which one's parts, unsaid); a count of another time (a prior, a
baseline) or itself a rate. The readings span clauses and sentences, so a mismatch is a warning (`guesses`).
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from checker.extract.lang import ByLanguage
from checker.link.inflections import singular
from checker.link.per_period import stated_per_period
from checker.link.per_unit_apart import is_a_rate, opens_with_headline, per_hour
from checker.link.per_unit_counts_apart import unlinked_values
from checker.link.per_unit_fallback import _same_units
from checker.link.sentence_groups import group_by_paragraph, group_by_sentence
from checker.link.shared_events import CONTEST_SIDE, shared_event
from checker.models import Claim
from checker.regex_cache import compile_exact

_LANGS = ("en",)
_KINDS = ("measure", "count", "money")
_SHARE_KINDS = ("percent", "fraction")  # a share between a figure per one and its total: the total is of that part
# right after a figure per one, the mark of a pool (`[link.whole_after]`: `, of which`) opening a share of it
_SHARE_OF_IT = ByLanguage(lambda w: rf"[^\d.;:!?()]{{0,40}}?,?\s*(?:{w.whole_after})\s+(?:(?:{w.hedges})\s+)?", re.I)
_EACH_REACH = 96  # characters before a figure where `each NOUN uses …` stands
_WINDOW_BEFORE = 2  # sentences before the per-one figure's own where its count may stand, in its paragraph
_COUNT_GAP = 24  # characters at most between the per-one figure and `for each of the …` before its count
_COUNT_ROLES = ("value",)
_LEAD_REACH = 12  # paragraphs past the lead's at most where a figure takes the lead's total or count
_OTHER_TIMES = ("prior", "baseline")  # roles of a figure of another time than its sentence's values

# `each kit uses about`, `every cottage will burn some`: a clause opening on each of a noun, a verb of using, the figure
_EACH_USES = ByLanguage(
    lambda w: (
        rf"(?:[.!?;,:]\s+|\n|(?<![^\W\d_])(?:{w.each_use_clause_openers})\s+)(?:{w.each_noun_opening})\s+"
        rf"(?:\d[\d.,]*[\s-]?[^\W\d_]{{1,6}}[\s-]+)?"  # (`Each 500ml bottle needs`: the unit's own size first)
        rf"(?P<noun>[^\W\d_]{{3,}})(?:[\s-]+[^\W\d_]+){{0,2}}?\s+(?:(?:will|would|can|could)\s+)?"
        rf"(?:{w.each_noun_use_verbs})(?:\s+(?:{w.hedges}|an\s+average\s+of|on\s+average))?\s+$"
    ),
    re.I,
)
# `A repair takes about six hours, so …`, `Each meeting runs 15 heats, meaning …`: a sentence (or clause) opening on
# one of a noun (`each`, `every`, or a sentence opening on the article of one: `[link.one_noun_opening]`), a few words
# of what one does (any verb: the clause of consequence after the figure says it is multiplied out), the figure
_ONE_DOES = ByLanguage(
    lambda w: (
        rf"(?:(?:[.!?;,:]\s+|\n|\A|(?<![^\W\d_])(?:{w.each_use_clause_openers})\s+)(?:{w.each_noun_opening})"
        rf"|(?:[.!?]\s+|\n|\A)(?:{w.one_noun_opening}))\s+"
        rf"(?P<noun>[^\W\d_]{{3,}})(?P<rest>(?:[\s-]+[^\W\d_]+){{1,4}}?)\s+"
        rf"(?:(?:{w.hedges}|an\s+average\s+of|on\s+average)\s+)?$"
    ),
    re.I,
)
# right after such a figure, a few words of no figure, then the clause of consequence that multiplies it out
# (`, so the year's 540 repairs took`, `, which means 9,000 hours`: `[link.premise_consequence_openers]`)
_THEN_CONSEQUENCE = ByLanguage(
    lambda w: rf"[^\d;:.!?()]{{0,90}}?,\s*(?:{w.premise_consequence_openers})(?![^\W\d_])", re.I
)
# `…, about 150 hours for each of the yard's 40 fitters`: the mark between a figure per one and its count
# `At an average weight of 2.5 kilograms, the catch comes to …`: a clause opening on the rate one item is taken at
_AT_AN_AVERAGE_OF = ByLanguage(
    lambda w: rf"(?:[.!?;]\s+|\n|\A)(?:{w.at_a_rate_of_openers})(?:\s+[^\W\d_]+){{0,3}}\s+of\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)
_MARK_NOUN_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.per_unit_after_average})[\s-]+(?P<noun>[^\W\d_]{{3,}})(?![^\W\d_])", re.I
)
# between a figure per one and a larger one after it, each of another noun (`… and each sack 14kg`): that figure is
# per one too, no total of the first
_ANOTHER_EACH = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.each_noun_opening})\s+[^\W\d_]{{3,}}", re.I)
_HELD_BY_EACH = ByLanguage(lambda w: rf"\s+(?:{w.unit_price_each})", re.I)
# `Each vat of dough yields 900 loaves`: a count a clause opening on each of another noun states (whatever the verb,
# no figure between) is what one of that noun makes or holds, a rate per it, no count of all the units; another subject
# between (`Every Sunday the kitchen packs 150 parcels`) makes the opening a time, the count that of all
_OUTPUT_OF_EACH = ByLanguage(
    lambda w: (
        rf"(?:[.!?;,:]\s+|\n|\A|(?<![^\W\d_])(?:{w.each_use_clause_openers})\s+)(?:{w.each_noun_opening})\s+"
        rf"(?P<noun>[^\W\d_]{{3,}})(?:[\s-]+(?!(?:{w.each_output_other_subjects})(?![^\W\d_]))[^\W\d_]+){{1,4}}?"
        rf"\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_CLAUSE_COMMA = compile_exact(r"(?:\s+[^\W\d_]+){0,3}\s*,")  # the opening clause's close, right after the figure
# `up 2,000 hours on last year`, `2,000 hours more than planned`: a change or an extra, no product
_CHANGE_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.change_words_before_figure})\s+(?:(?:{w.hedges})\s+)?$", re.I
)
_COMPARED_AFTER = ByLanguage(
    lambda w: rf"(?:\s+[^\W\d_]+)?\s+(?:{w.comparative_above}|{w.comparative_below}|{w.than_words})(?![^\W\d_])",
    re.I,
)
_CHANGE_REACH = 24  # characters before a figure where a word making it a change stands
_EACH_OF_THE = ByLanguage(lambda w: rf"\s+(?:{w.each_of_the_count})\s+$", re.I)
_NO_DIGIT = compile_exact(r"[\d;:()]")
# `$12,000 and $55 for each of …`: two amounts joined as items of a list (`[link.amount_list_joiners]`)
_JOINED_AS_ITEMS = ByLanguage(lambda w: rf"\s*,?\s*(?:{w.amount_list_joiners})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_CLAUSE_BREAK = compile_exact(r"[,;:.!?()]")
_COMES_TO_SLACK = 0.05  # relative room for rounding in an amount a figure per one and a count come to
# right after a count, a few words of what it is and a word joining list items, a bare number after, its noun left
# out (`180 boxes of beeswax and 120 of tallow`: `[link.split_item_noun_left_out]`): the count is one item of a split
# of the noun, no count of all of it
_ITEM_BEFORE_ANOTHER = ByLanguage(
    lambda w: (
        rf"(?:[\s-]+[^\W\d_]+){{0,4}}\s*,?\s+(?:{w.amount_list_joiners})\s+(?:(?:{w.hedges})\s+)?"
        rf"\d[\d,.]*(?:\s+(?:{w.split_item_noun_left_out})(?![^\W\d_])|\s*[,;.])"
    ),
    re.I,
)
_TIME_COUNTER = ByLanguage(lambda w: rf"(?:{w.period_nouns_after_mark})", re.I)  # (a count of time counts no items)
_Y_ENDING = compile_exact(r"(?<=[^aeiou])(?:y|ie)$")  # (a consonant's `y` a plural writes `ie`: `family`, `families`)
_STEM_SLACK = 2  # letters a form of the noun may add to it (`kits` of `kit`, `boxes` of `box`)
_WORDS_AFTER = compile_exact(r"(?:[\s-]+[^\W\d_]+){1,3}")  # the words after a count's counter (`hand-sewn wool kits`)
_STOP_WORD = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", re.I)
_INCREMENT = ByLanguage(lambda w: rf"(?:{w.increment_counters})", re.I)


class _Story(NamedTuple):
    """What every reading of one article looks its figures up in (built once per article)."""

    by_paragraph: dict[int, list[Claim]]
    by_sentence: dict[int, list[Claim]]
    taken: set[str]  # figures already linked (a total, a count or a figure per one)
    lead: int  # the lead's paragraph
    text: str
    lang: str
    share_parts: frozenset[str] = frozenset()  # counts set beside their share of a whole (`a quarter of them, 21`)
    shares: dict[int, list[Claim]] | None = None  # the percentages and fractions of each sentence


def link_per_one_products(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang not in _LANGS:
        return
    figures, candidates, taken = unlinked_values(claims)
    candidates = [c for c in candidates if c.kind in _KINDS and c.part_of is None]
    # (a total another figure already shares out, `2,880 hours for the whole order, … at 360 hours each`, may still be
    # the product of a figure per one item, `Each pair takes about 12 hours`: a whole both divided and multiplied out)
    partners = {i for c in claims for i in (c.units_of, c.product_of, c.product_units) if i}
    taken = taken - ({c.per_unit_of for c in claims if c.per_unit_of} - partners)
    if not candidates:
        return
    by_sentence = group_by_sentence(figures)
    by_paragraph = group_by_paragraph(figures)
    headline = opens_with_headline(text)
    lead = min((c.paragraph for c in figures if not (headline and c.paragraph == 0)), default=0)
    # (a count set beside its share in its sentence, `a quarter of all the teams, 21`; not one a share sentences
    # after takes as its part, `the order is 60 per cent of the yard's year`: the count of all the order's items)
    sentence_of = {c.id: c.sentence for c in claims}
    share_parts = frozenset(
        c.share_part for c in claims if c.share_part and sentence_of.get(c.share_part) == c.sentence
    )
    shares = group_by_sentence(c for c in claims if c.kind in _SHARE_KINDS and not c.furniture)
    story = _Story(by_paragraph, by_sentence, taken, lead, text, lang, share_parts, shares)
    for figure in candidates:
        if figure.per_unit_of is not None or figure.id in taken:
            continue
        if shared_events_per_side(figure, text, lang):
            continue  # (`Each club played 18 matches`: two clubs to a match, no total of the clubs times 18)
        if _shared_out(figure, story):
            continue
        if _taken_at(figure, story):
            continue
        if _multiplied_out(figure, story):
            continue
        if _multiplied_out_so(figure, story):
            continue
        _per_counted_noun_of_the_lead(figure, story)


def shared_events_per_side(figure: Claim, text: str, lang: str) -> bool:
    """`Each fencer fought nine bouts, 216 bouts in all`: a count of events two sides or more take part in, stated per
    one side of a contest, is no figure per one a count of the sides multiplies out (each event has several sides)."""
    if not shared_event(figure, lang):
        return False
    before = text[max(0, figure.start - _EACH_REACH) : figure.start]
    found = _ONE_DOES[lang].search(before) or _EACH_USES[lang].search(before)
    if found is None and figure.start <= _EACH_REACH:
        found = _ONE_DOES[lang].search("\n" + before)
    return found is not None and CONTEST_SIDE[lang].fullmatch(found.group("noun")) is not None


def _usable_total(total: Claim, figure: Claim, taken: set[str], text: str, lang: str) -> bool:
    return (
        _same_units(total, figure)
        and total.role == "value"
        and total.value > figure.value
        and total.part_of is None
        and total.per_unit_of is None
        and total.per_period_of is None
        and total.id not in taken
        and _CHANGE_BEFORE[lang].search(text, max(0, total.start - _CHANGE_REACH), total.start) is None
        and _COMPARED_AFTER[lang].match(text, total.end) is None
    )


def _usable_count(count: Claim, text: str, lang: str) -> bool:
    return (
        count.kind == "count"
        and count.role in _COUNT_ROLES
        and bool(count.counter)
        and count.per_unit_of is None
        and not is_a_rate(count, text, lang)
        and not per_hour(count, text, lang)  # (`75 jars an hour`: a pace, no count of the jars)
    )


def _link(figure: Claim, total: Claim, count: Claim, taken: set[str]) -> None:
    figure.per_unit_of, figure.units_of = total.id, count.id
    taken.add(figure.id)  # (a total may be shared out and multiplied out both; a count may be of two figures per one)
    if "relation" not in figure.guesses:
        figure.guesses.append("relation")


def _shared_out(figure: Claim, story: _Story) -> bool:
    """`some 6,000 hours, about 150 hours for each of the yard's 40 fitters`: the count right after the mark, the
    total the nearest larger figure of the unit before the figure (its sentence, or the one before)."""
    by_sentence, taken, text, lang = story.by_sentence, story.taken, story.text, story.lang
    sentence = by_sentence.get(figure.sentence, [])
    after = [c for c in sentence if c.start >= figure.end]
    if not after:
        return False
    count = after[0]
    if count.start - figure.end > _COUNT_GAP + 48 or _NO_DIGIT.search(text, figure.end, count.start):
        return False
    if not _EACH_OF_THE[lang].search(text[figure.end : count.start]):
        return False
    if len(after) > 1 and after[1].kind == "count" and not _CLAUSE_BREAK.search(text, count.end, after[1].start):
        return False  # (`for each of the 9,000 pupils of its 30 schools`: two counts, which one it is per, unsaid)
    if not _usable_count(count, text, lang) or _same_units(count, figure):
        return False
    if len(after) > 1 and _same_units(after[1], figure) and _comes_to(after[1], figure, count):
        # (`a £30 charge at each of the 15 yards, another £450`: the amount shared may be the one after; an amount of
        # another item, `and £1,000 to the county`, is none)
        return False
    for sentence_index in (figure.sentence, figure.sentence - 1):
        before = [c for c in by_sentence.get(sentence_index, []) if c.start < figure.start]
        if sentence_index != figure.sentence and before and before[0].paragraph != figure.paragraph:
            return False
        of_unit = [c for c in before if _same_units(c, figure)]
        if not of_unit:
            continue
        total = of_unit[-1]  # (the nearest: a figure of the unit between would be the total, or another's)
        if _JOINED_AS_ITEMS[lang].match(text, total.end, figure.start):
            return False  # (`paid $90,000 and $55 for each of its 300 homes`: another item of a list, no share)
        if not _usable_total(total, figure, taken, text, lang):
            return False
        if stated_per_period(figure, text, lang) and not stated_per_period(total, text, lang):
            return False  # (`600 boats over 50 days, 2 a day for each of its 6 clubs`: per club and per day both)
        _link(figure, total, count, taken)
        return True
    return False


def _multiplied_out(figure: Claim, story: _Story) -> bool:
    """`Each hull needs about 300 hours, so the fleet comes to some 6,000 hours`: the noun the opening names, the
    total after the figure, the count of the noun before it."""
    by_paragraph, by_sentence, taken, lead, text, lang = story[:6]
    before = text[max(0, figure.start - _EACH_REACH) : figure.start]
    found = _EACH_USES[lang].search(before)  # (letters only between the opening and the figure: no other figure)
    if found is None:
        return False
    noun = found.group("noun").lower()
    total = None
    for sentence_index in (figure.sentence, figure.sentence + 1):
        after = [c for c in by_sentence.get(sentence_index, []) if c.start > figure.end]
        if sentence_index != figure.sentence and after and after[0].paragraph != figure.paragraph:
            return False
        of_unit = [c for c in after if _same_units(c, figure)]
        if of_unit:
            total = of_unit[0]
            break
    if total is None or not _usable_total(total, figure, taken, text, lang):
        return False
    if _ANOTHER_EACH[lang].search(text, figure.end, total.start):
        return False  # (`Each crate holds 6kg and each sack 14kg, …`: a figure per one of another noun, no total)
    if any(
        c.kind in _SHARE_KINDS
        and figure.end <= c.start
        and c.end <= total.start
        and _SHARE_OF_IT[lang].fullmatch(text, figure.end, c.start)
        for c in (story.shares or {}).get(figure.sentence, [])
    ):
        # (`Each pie weighs 300g, of which 40 per cent is pork, so … 1.8 tonnes`: the total of that part; `holds 120g
        # of samphire, 60 per cent of its weight, so …` restates the figure as a share, the total still its product)
        return False
    count = _count_of(figure, noun, story)
    if count is None:
        return False
    _link(figure, total, count, taken)
    return True


def _multiplied_out_so(figure: Claim, story: _Story) -> bool:
    """`A repair takes about six hours, so the year's 540 repairs took some 3,240 hours`, `Each meeting runs 15 heats,
    meaning 210 heats have been raced`: a figure per one of the noun its clause opens on, whatever the verb, then a
    clause of consequence in its sentence stating the total of its unit; the count is the one that clause states
    before the total (of whatever noun: it names the units the figure is multiplied over), else the count of the noun
    before the figure (its sentence, the two before in its paragraph, or the lead's one count of it)."""
    by_paragraph, by_sentence, taken, lead, text, lang = story[:6]
    before = text[max(0, figure.start - _EACH_REACH) : figure.start]
    found = _ONE_DOES[lang].search(before)
    if found is None and figure.start <= _EACH_REACH:
        found = _ONE_DOES[lang].search("\n" + before)
    if found is None:
        return False
    consequence = _THEN_CONSEQUENCE[lang].match(text, figure.end)
    if consequence is None:
        return False
    after = [c for c in by_sentence.get(figure.sentence, []) if c.start >= consequence.end()]
    of_unit = [c for c in after if _same_units(c, figure)]
    if not of_unit or not _usable_total(of_unit[0], figure, taken, text, lang):
        return False
    total = of_unit[0]
    between = [c for c in after if c.end <= total.start]
    if any(c.kind != "count" for c in between) or len(between) > 1:
        return False  # (another figure before the total: which one it multiplies, unsaid)
    # (the noun, or the word after it when the first qualifies it: `A standard stall costs`)
    nouns = [found.group("noun").lower(), *found.group("rest").lower().split()[:1]]
    if between:
        count = between[0]
        if not _usable_count(count, text, lang) or _same_units(count, figure) or count.value <= 1:
            return False
        if not any(_counts_the_noun(noun, count, text, lang) for noun in nouns):
            # (`Each village put in 1,800 hours, so the 18 dressings took …`: another noun's count, the units only
            # where the article counts the noun so many too; `Each session lasts two hours, so the 12 volunteers
            # gave …` counts who did it, no sessions)
            named = _count_of(figure, nouns[0], story)
            if named is None or named.value != count.value:
                return False
    elif _NO_DIGIT.search(text, consequence.end(), total.start):
        return False  # (`so the full network of 105 will need …`: the clause's own count, read as no figure)
    else:
        count = _count_of(figure, nouns[0], story)
    if count is None or count.id == total.id:
        return False
    _link(figure, total, count, taken)
    return True


def _count_of(figure: Claim, noun: str, story: _Story) -> Claim | None:
    """The count of the noun nearest before the figure in its paragraph (its sentence or the two before), else the
    lead's one count of it; None when two stand as near."""
    by_paragraph, by_sentence, _, lead, text, lang = story[:6]

    def names(c: Claim) -> bool:
        # (`The 14 new teams include …`: an addition's size, no count of all the units: `[link.increment_counters]`)
        return (
            _usable_count(c, text, lang)
            and not _same_units(c, figure)
            and not _INCREMENT[lang].fullmatch(c.counter or "")
            and c.id not in story.share_parts  # (`a quarter of all the teams, 21`: a part, no count of all)
            and not _HELD_BY_EACH[lang].match(text, c.end)  # (`12 classes of 30 vases apiece`: one class's, not all)
            and not _output_of_each(c, text, lang)  # (`Each vat yields 900 loaves`: per vat, not all)
            and not _one_item_of_a_split(c, story)  # (`180 boxes of beeswax and 120 of tallow`: a part, not all)
            and _counts_the_noun(noun, c, text, lang)
        )

    window = [
        c
        for sentence in range(figure.sentence - _WINDOW_BEFORE, figure.sentence + 1)
        for c in by_sentence.get(sentence, ())
        if c.paragraph == figure.paragraph and c.end <= figure.start and names(c)
    ]
    if window:
        nearest = max(c.sentence for c in window)
        at = [c for c in window if c.sentence == nearest]
        return at[0] if len({c.value for c in at}) == 1 else None
    if figure.paragraph == lead or figure.paragraph - lead > _LEAD_REACH:
        return None
    # (the first paragraph from the lead's on that counts the noun: the lead's, or the one after a lead stating the
    # deal's worth alone, `… will send 19,000 jars`)
    first = next((p for p in range(lead, figure.paragraph) if any(names(c) for c in by_paragraph.get(p, ()))), None)
    if first is None:
        return None
    in_lead = [c for c in by_paragraph.get(first, ()) if names(c)]
    wholes = {c.id for c in in_lead}
    in_lead = [c for c in in_lead if c.part_of not in wholes]  # (`240 pairs … 160 pairs of them`: its parts)
    if len({c.value for c in in_lead}) != 1:
        return None
    # (a paragraph between that one and the figure's that counts the noun again: another lot, which one unsaid; a
    # listed part of the first count is none: `Of those, 600 kits are red`)
    if any(
        names(c) and c.part_of != in_lead[0].id
        for p in range(first + 1, figure.paragraph)
        for c in by_paragraph.get(p, ())
    ):
        return None
    return in_lead[0]


def _comes_to(amount: Claim, figure: Claim, count: Claim) -> bool:
    """Whether an amount is what a figure per one times a count comes to (`£30 … each of the 15 yards, another
    £450`)."""
    return math.isclose(amount.value, figure.value * count.value, rel_tol=_COMES_TO_SLACK)


def _one_item_of_a_split(count: Claim, story: _Story) -> bool:
    """Whether a count is the first item of a list splitting its noun, the next item a bare number (`splits into 180
    boxes of beeswax and 120 of tallow`): a part of the noun's units, no count of all of them."""
    return _ITEM_BEFORE_ANOTHER[story.lang].match(story.text, count.end) is not None


def _output_of_each(count: Claim, text: str, lang: str) -> bool:
    """Whether a count is stated as what each of a noun makes, holds or has (`Each vat of dough yields 900
    loaves`): a rate per one of that noun, no count of all the units."""
    return _OUTPUT_OF_EACH[lang].search(text, max(0, count.start - _EACH_REACH), count.start) is not None


def _counts_the_noun(noun: str, count: Claim, text: str, lang: str) -> bool:
    """Whether a count counts the noun of the `each NOUN` opening: its counter is a form of the noun, or the noun
    heads the few words after the counter (`2,400 hand-sewn wool kits`: the extraction may read the first word as
    the counter). No kin of people: a count of people counts no `sweater` (a noun ending as a person's may)."""
    one = _Y_ENDING.sub("i", singular(noun, lang))  # (`family`, `families`: one stem)
    counter = _Y_ENDING.sub("i", singular(count.counter or "", lang))
    short, long = sorted((one, counter), key=len)
    if short and long.startswith(short) and len(long) - len(short) <= _STEM_SLACK:
        return True
    words = _WORDS_AFTER.match(text, count.end)
    for word in re.split(r"[\s-]+", words.group().strip(" -")) if words is not None else ():
        if _STOP_WORD[lang].fullmatch(word):
            return False
        if _Y_ENDING.sub("i", singular(word, lang)) == one:
            return True
    return False


def _taken_at(figure: Claim, story: _Story) -> bool:
    """`At an average weight of 2.5 kilograms, the catch comes to some 40 tonnes`: the figure per one item opens its
    sentence, the total closes it; the count is of the noun its mark names (`227kg a bale`), or, naming none, the one
    count of things of the sentence before in its paragraph, or of the lead."""
    by_paragraph, by_sentence, taken, lead, text, lang = story[:6]
    if figure.kind == "money":
        return False  # (a price applied to a count: checker/link/unit_prices.py reads it, with its vetoes)
    opening = text[max(0, figure.start - _EACH_REACH) : figure.start]
    if _AT_AN_AVERAGE_OF[lang].search(opening) is None and not (
        figure.start <= _EACH_REACH and _AT_AN_AVERAGE_OF[lang].search("\n" + opening)
    ):
        return False
    mark = _MARK_NOUN_AFTER[lang].match(text, figure.end)
    close = _CLAUSE_COMMA.match(text, mark.end() if mark else figure.end)
    if close is None:
        return False
    after = [c for c in by_sentence.get(figure.sentence, []) if c.start > figure.end]
    of_unit = [c for c in after if _same_units(c, figure)]
    if not of_unit or not _usable_total(of_unit[0], figure, taken, text, lang):
        return False
    total = of_unit[0]
    if any(c.start < total.start and c.kind == "count" for c in after):
        return False  # (a count between: `…, its 40 boats carry 12 tonnes`, the total's own count)
    if mark is not None:
        count = _count_of(figure, mark.group("noun").lower(), story)
    else:
        count = _one_count_before(figure, story)
    if count is None:
        return False
    _link(figure, total, count, taken)
    return True


def _one_count_before(figure: Claim, story: _Story) -> Claim | None:
    """The one count of things (no unit of the figure's, no time) of the sentence before the figure's in its
    paragraph, or, that sentence stating none, of the lead's paragraph; None when two of another value stand there."""
    by_paragraph, lead, text, lang = story.by_paragraph, story.lead, story.text, story.lang

    def plain(c: Claim) -> bool:
        # (a bare count too, `2.5 million copies of one title and 1.2 million of another`: which one, unsaid)
        return (
            c.kind == "count"
            and c.role in _COUNT_ROLES
            and not is_a_rate(c, text, lang)
            and not _same_units(c, figure)
            and not _TIME_COUNTER[lang].fullmatch(c.counter or "")
        )

    own = by_paragraph.get(figure.paragraph, ())
    before = [c for c in own if c.sentence == figure.sentence - 1]
    if before:
        counts = [c for c in before if plain(c)]
        if counts:
            return counts[0] if len({c.value for c in counts}) == 1 and counts[0].counter else None
    if figure.paragraph == lead or figure.paragraph - lead > _LEAD_REACH:
        return None
    if any(plain(c) for p in range(lead + 1, figure.paragraph) for c in by_paragraph.get(p, ())) or any(
        plain(c) for c in own if c.sentence < figure.sentence
    ):
        return None
    counts = [c for c in by_paragraph.get(lead, ()) if plain(c)]
    return counts[0] if len({c.value for c in counts}) == 1 and counts[0].counter else None


def _per_counted_noun_of_the_lead(figure: Claim, story: _Story) -> bool:
    """`The bank handed out 48,000 parcels.` … `They went to 1,200 families, or about 40 parcels a family`: a figure
    per a noun its own sentence counts before it, its paragraph stating no other figure of its unit, takes the lead's
    one figure of its unit as its total (no paragraph between stating one: another lot)."""
    by_paragraph, by_sentence, taken, lead, text, lang = story[:6]
    if figure.kind == "money" or figure.paragraph == lead:
        return False  # (a price per a counted noun: the per-unit readings before read it, with vetoes of costs)
    mark = _MARK_NOUN_AFTER[lang].match(text, figure.end)
    if mark is None:
        return False
    noun = mark.group("noun").lower()
    own = by_sentence.get(figure.sentence, [])
    if any(c.role in _OTHER_TIMES for c in own):
        return False  # (`…, against 35 a family last year`: which year's total, unsaid)
    counts = [
        c
        for c in own
        if c.end <= figure.start
        and _usable_count(c, text, lang)
        and not _same_units(c, figure)
        and _counts_the_noun(noun, c, text, lang)
    ]
    if len({c.value for c in counts}) != 1:
        return False
    if figure.paragraph - lead > _LEAD_REACH or any(
        c is not figure and _of_its_unit(c, figure)
        for p in range(lead + 1, figure.paragraph + 1)
        for c in by_paragraph.get(p, ())
    ):
        return False  # (another figure of its unit after the lead: a part, another lot, a total nearer)
    # (the lead's level of its unit, named as it is: a bare figure beside it, `4,860 patients, twice the 2,430 of
    # the year before`, is another year's or another thing's)
    in_lead = [c for c in by_paragraph.get(lead, ()) if _same_units(c, figure) and c.role not in _OTHER_TIMES]
    if len(in_lead) != 1 or not _usable_total(in_lead[0], figure, taken, text, lang):
        return False  # (two of its unit in the lead: which one's parts, unsaid)
    _link(figure, in_lead[0], counts[0], taken)
    return True


def _of_its_unit(other: Claim, figure: Claim) -> bool:
    """Whether a figure is of the figure's unit, or a bare count beside it (`48,000 parcels, up from 41,000`)."""
    return _same_units(other, figure) or (
        other.kind == figure.kind == "count" and not other.counter and other.unit == figure.unit
    )
