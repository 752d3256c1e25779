"""A Korean price per one unit, then the amount it comes to over a count of that unit, stated after it: `한 곳당 N원을
들여 … 바꾼다. M곳에 모두 T원이 든다`, `㎏당 N원으로, M톤을 모두 팔면 T원어치다`, `공연료는 한 번에 N원으로,
지난해 M회 공연으로 T원을 받았다`, `M톤이 나와 ㎏당 평균 N원에 팔렸다` … `낙찰 금액은 모두 T원이다`.

The per-unit readings before look for a price's total and count before it (checker/link/per_unit_ko.py) or in the
lead; copy that prices one unit first and multiplies it out after states the total later, in the price's sentence or
the next one. What the words say picks the members:

- the price: an amount (a value, no member of any relation yet, past the title) per one unit a mark before it names
  (`곳당`, `한 곳당`, `㎏당 평균`, `한 번에`: checker/link/per_unit_ko.py's marks), no prior of its kind before it in
  its sentence (`지난해 N원에서 ㎏당`: which year's, unsaid);
- the total: the next amount of the price's currency after it, in its sentence or the next, larger, a value no
  reading took, named a total by the words around it: a word of all right before it (`모두`, `총`:
  `[link.total_marks]`), a word of worth right after it (`어치`: `[link.priced_total_worth_after]`), or the count
  of the unit right before it in its clause, a few words between (`M회 공연으로 T원을`);
- the count: the one value counting the unit (its counter, a synonym of an occasion's, a measure of a unit of
  measure's dimension) the price's and the total's sentences state, up to the total; with none there, the one
  the lead's first sentence (or the title) states.

Vetoes: two counts of the unit of two values (which one, unsaid); past the lead, before the price, a lone count of
the unit, or a split of it with shares naming a kind the price's sentence names (the lead's or a part's, unsaid); a
total in the next sentence dated to a year the price is not (`지난해에도 T원어치를`: another year's order); an amount
of the currency between the price and the total (which one is the product, unsaid); a count of another thing between
them (`회당 N원으로 K개 반 M회를 합쳐`: the total is over it too). A price, total and count in one sentence are a
clause's own arithmetic (a mismatch is an error); spread over sentences, a warning (`guesses`).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.extract.units import measure_unit
from checker.link.per_unit_fallback import beside_their_share
from checker.link.per_unit_ko import counts_the_unit, noun_stem, one_unit_mark
from checker.models import Claim
from checker.regex_cache import compile_exact

_TOTAL_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.total_marks})\s?(?:(?:{w.hedges})\s?)?$")
_WORTH_AFTER = ByLanguage(lambda w: rf"(?:{w.priced_total_worth_after})")
# `월세는 한 채당 N원이다.`: a price closing its sentence bare, one unit's own figure, no product the next states
_BARE_CLOSE = ByLanguage(lambda w: rf"(?:{w.per_one_unit_bare_close})")
_MARK_REACH = 12  # characters before a total where its word of all stands
_COUNT_REACH = 12  # characters between a count and the total it makes, right after it in its clause
# (` 공연으로 `, `로 `: a particle, one word of what the count counts; never `가운데 읍내는 예산`, a clause of its own)
_WORDS_ONLY = compile_exact(r"[^\W\d_]{0,2}\s(?:[^\W\d_]+\s)?")


def link_priced_counts_after_ko(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang != "ko":
        return
    figures = [c for c in claims if not c.furniture and not c.table_cell and c.kind in ("money", "count", "measure")]
    if len(figures) < 3:
        return
    title_end = max(text.find("\n"), 0)
    by_sentence: dict[int, list[Claim]] = {}
    for c in figures:
        by_sentence.setdefault(c.sentence, []).append(c)
    taken = {i for c in claims for i in (c.per_unit_of, c.units_of, c.product_of, c.product_units) if i}
    body = [c for c in figures if c.start >= title_end]
    lead_sentence = body[0].sentence if body else -1
    parts = beside_their_share(claims, text)
    for price in figures:
        if (
            price.kind != "money"
            or price.role != "value"
            or price.start < title_end
            or price.id in taken
            or price.per_unit_of is not None
            or price.product_of is not None
            or price.part_of is not None
            or price.per_period_of is not None
        ):
            continue
        mark = one_unit_mark(price, sentence_starts, text, lang)
        if mark is None:
            continue
        noun, pre = mark
        own = by_sentence[price.sentence]
        if any(
            c.role in ("prior", "baseline") and c.kind == "money" and c.unit == price.unit and c.start < price.start
            for c in own
        ):
            continue  # (`지난해 N원에서 ㎏당 M원으로`: which year's price, unsaid)
        # (a total another figure divides too, `가구당 평균 N원`, is the same amount: still this one's)
        total = _total_after(price, by_sentence, text, lang, noun, pre)
        if total is None:
            continue
        if total.sentence != price.sentence and _BARE_CLOSE[lang].match(text, price.end):
            continue  # (`월세는 한 채당 N원이다. M채를 짓는 데 모두 T원이`: another amount's)
        if (
            total.sentence != price.sentence
            and total.period is not None
            and (price.period is None or price.period.year != total.period.year)
        ):
            continue  # (`지난해에도 T원어치를 사 갔는데`: the next sentence's amount of a year the price is not)
        near = [
            c
            for s in range(price.sentence, total.sentence + 1)
            for c in by_sentence.get(s, ())
            if c.end <= total.start
            and c is not price
            and c.role == "value"
            and counts_the_unit(c, noun, pre, text, lang)
        ]
        guessed = total.sentence != price.sentence
        if not near:
            near = [
                c
                for c in figures
                if (c.start < title_end or c.sentence == lead_sentence)
                and c.sentence < price.sentence
                and c.role == "value"
                and counts_the_unit(c, noun, pre, text, lang)
            ]
            guessed = True
            rivals: dict[int, list[Claim]] = {}
            for c in figures:
                if (
                    lead_sentence < c.sentence
                    and c.start < price.start
                    and c.role == "value"
                    and c.per_unit_of is None  # (`한 사람이 평균 N㎏`: itself per one unit, of the lead's quantity)
                    and c.value not in {n.value for n in near}
                    and counts_the_unit(c, noun, pre, text, lang)
                    and _named(c, pre, text, lang)
                ):
                    rivals.setdefault(c.sentence, []).append(c)
            topic = _topic_stems(price, sentence_starts, text, lang)
            if any(
                len(listed) == 1
                or (
                    any(_beside_a_share(c, claims, parts) for c in listed)
                    and any(_names_a_part(c, topic, text) for c in listed)
                )
                for listed in rivals.values()
            ):
                # (`M개를 씻어` after the lead's `N개`: the lead's or that one's, unsaid; a sentence
                # listing several, `A N톤, B M톤, C K톤`, breaks the lead's down, no rival of it, unless one
                # of them stands beside its share and the price's clause names its kind, `고급품은 N개로 20%` …
                # `고급품은 한 개에`: that part's price)
                continue
        if not near or len({c.value for c in near}) != 1:
            continue  # (none, or two of two values: which one, unsaid)
        count = near[-1]
        if any(
            c.kind == "count" and c is not count and not counts_the_unit(c, noun, pre, text, lang)
            for c in by_sentence[total.sentence]
            if max(price.end, count.end) <= c.start and c.end <= total.start
        ) or any(
            c.kind == "count" and c is not count and not counts_the_unit(c, noun, pre, text, lang)
            for c in by_sentence[price.sentence]
            if price.end <= c.start and c.end <= total.start
        ):
            continue  # (`회당 N원으로 K개 반 M회를 합쳐 T원`: over the classes too)
        price.per_unit_of, price.units_of = total.id, count.id
        measure = measure_unit(noun, lang)
        if measure is not None:
            price.units_measure = measure
        if guessed and "relation" not in price.guesses:
            price.guesses.append("relation")
        taken.add(price.id)


def _total_after(
    price: Claim, by_sentence: dict[int, list[Claim]], text: str, lang: str, noun: str, pre: str | None
) -> Claim | None:
    """The next amount of the price's currency after it, in its sentence or the next, named a total by its words."""
    after = [
        c
        for s in (price.sentence, price.sentence + 1)
        for c in by_sentence.get(s, ())
        if c.start > price.end and c.kind == "money" and c.unit == price.unit
    ]
    if not after:
        return None
    total = after[0]  # (an amount between the price and a later total: which one is the product, unsaid)
    if (
        total.role != "value"
        or total.value <= price.value
        or total.per_unit_of is not None
        or total.product_of is not None
        or total.part_of is not None
    ):
        return None
    if _TOTAL_BEFORE[lang].search(text, max(0, total.start - _MARK_REACH), total.start):
        return total
    if _WORTH_AFTER[lang].match(text, total.end):
        return total
    before = [c for c in by_sentence.get(total.sentence, ()) if c.end <= total.start]
    if before and counts_the_unit(before[-1], noun, pre, text, lang):
        gap = text[before[-1].end : total.start]
        if len(gap) <= _COUNT_REACH and _WORDS_ONLY.fullmatch(gap):
            return total  # (`M회 공연으로 T원을`: the count and what it made, in one clause)
    return None


# `K개 마을`: a count of the generic counter with the noun it counts right after it, a word of its own
_GENERIC_NOUN_AFTER = ByLanguage(lambda w: r"\s[^\W\d_]{2,}")
_GENERIC = ByLanguage(lambda w: rf"(?:{w.generic_counters})")


def _named(count: Claim, pre: str | None, text: str, lang: str) -> bool:
    """Whether a count may be of the thing a mark counts: not one of the generic counter whose own noun follows it
    (`K개 마을` against `농약병 1개에`), unless that noun is the one the mark names."""
    if not _GENERIC[lang].fullmatch(count.counter or ""):
        return True
    after = _GENERIC_NOUN_AFTER[lang].match(text, count.end)
    return after is None or (pre is not None and after.group(0).strip().startswith(pre))


_SHARE_REACH = 12  # characters before a count where the share it is (`3분의 1 남짓인 `) stands


def _beside_a_share(count: Claim, claims: list[Claim], parts: set[str]) -> bool:
    """Whether a count stands beside its share, after it (`N개로 20%를`) or right before it (`3분의 1 남짓인 N톤`):
    one part of a split into kinds."""
    return count.id in parts or any(
        c.role == "share" and c.sentence == count.sentence and 0 <= count.start - c.end <= _SHARE_REACH for c in claims
    )


_PART_REACH = 20  # characters around a count where the kind it counts is named


def _topic_stems(price: Claim, sentence_starts: list[int], text: str, lang: str) -> set[str]:
    """The nouns the price's sentence names before it (`고급품은 한 개에`): what it may be the price of."""
    words = text[sentence_starts[price.sentence] : price.start].split()
    return {stem for stem in (noun_stem(w, lang) for w in words) if stem}


def _names_a_part(count: Claim, topic: set[str], text: str) -> bool:
    """Whether a noun of the price's sentence names the kind a count counts, near it."""
    near = text[max(0, count.start - _PART_REACH) : count.end + _PART_REACH]
    return any(stem in near for stem in topic)
