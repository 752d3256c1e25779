"""An equivalent in the reader's currency stated apart from the amount it restates, named by its topic: the price of
one unit (`항아리 하나에 35달러꼴이다. 오늘 기준 환율로 … 항아리 하나는 약 5만 원이다`, `찻잔은 개당 9달러에
팔린다. 찻잔 한 개 값은 1만2천 원 안팎인 셈이다`) and the total of the deal at the rate of the day (`… 모두
6만 달러에 팔기로 했다. … 오늘 기준 환율로 환산하면 계약액은 약 8천만 원이고, …`).

An amount whose topic right before it is one unit (`한` as a word of its own and its counter: `한 개는`, `찻잔 한 개
값은`, `한 척에`; or a noun and `하나`: `항아리 하나는`, never `이 중 하나는`: `[link.one_unit_equivalent_before]`)
and that is marked as an equivalent (`약`, `우리 돈`, `원화로`; `가량`, `꼴`, `안팎`, `인 셈` after it:
`[link.one_unit_equivalent_marks]`) restates the price per one unit of another currency its sentence states before
it or the sentence before does: a price the link stage read per unit, or one whose own words state it per one unit
(`한 병에 7유로`, `항아리 하나에`, `개당 9달러`), and the amounts after such a price in its sentence (a list of
prices: `개당 8달러, 접시가 13달러`). Two such prices there are told apart by the noun the topic names (`찻잔 한 개
값은`: the price written after `찻잔`); else none is read. The one price left must be of the topic's noun or
counter (`찻잔 한 개는` is no equivalent of `운송비는 한 상자에 40달러`), and the price now: a past form after it
(`개당 6달러였다`) or a time or place before the amount (`2016년에는`, `국내에서`:
`[link.one_unit_equivalent_other_time]`) leaves it unread.

An amount after the rate of the day and a topic naming the deal's own total (`오늘 기준 환율로 환산하면 계약액은
약`, not `운송비는`: `[link.rate_of_the_day_topic_before]`), or after the rate of the day opening its sentence with no
topic (`이날 유럽중앙은행 기준환율로 환산하면 약`), restates the total of another currency: the total the per-unit
price its sentence restates is of, or else the one amount of another currency, no price per unit, its sentence and
the two before state. That total is then no price of one either: the prices of one are read again past it (`…
약 2천만 원, 상자당 약 6천 원이다`). A price of one may stand up to two sentences before its equivalent; a time
(`last year`, `였다`) makes it another price only in its own clause (up to the next figure).

The rate's note may also stand anywhere before a hedged amount in its sentence, or right after it (`Converted at the
bank's reference rate, Mr Reed will receive about £7,000`, `20일 기준환율로 계산하면 약 3천만 원이며`, `around £16,700
at the bank's rate`: `[link.conversion_notes]`, `[link.conversion_note_after]`): the amount restates the one total of
another currency before it when it closes its clause (`[link.noted_equivalent_end]`), is the first amount of its
currency after the note, and no other time nor a subject of another noun stands in its clause
(`[link.conversion_other_topic]`). After such a total's equivalent, a hedged amount per one by its own words naming the
price's unit (`or about £11.70 a kite`) restates the one price of one; `That is about £30` opening a sentence restates
the price closing the sentence before.

All are guesses: a mismatch with the amount in another sentence is a warning (checker/check/kinds/conversion.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import TOTAL_MARK_BEFORE
from checker.link.per_one_marks import stated_per_one
from checker.link.segment import sentence_end
from checker.link.sentence_groups import ArticleClaims, prose_by_sentence, prose_figures, unfurnished_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

# `항아리 하나는 약 `, `찻잔 한 개 값은 `: the one unit as the topic, perhaps after the noun it is one of (a time,
# `한 해는`, is no unit)
_ONE_UNIT_TOPIC = ByLanguage(
    lambda w: (
        rf"(?:(?P<noun>[^\W\d_]{{1,6}})\s)?(?!(?:{w.fallback_one_unit})\s?(?:{w.one_unit_subject_time_nouns})(?:\s|(?:{w.one_unit_topic_particles})))"
        rf"(?:{w.one_unit_equivalent_before})$"
    ),
    first_tested=False,
)
# `개당 9달러`, `척당 값은 7만 유로`: a price per one of the noun before the mark
_PER_NOUN_PRICE = ByLanguage(
    lambda w: rf"(?:{w.unit_price_before})\s(?:[^\W\d_]{{1,4}}(?:{w.price_topic_particles})\s)?$", first_tested=False
)
# (`약`, `우리 돈` in the topic; `원가량`, `원 안팎`, `원인 셈` after the amount: an equivalent, not a price of its own)
_EQUIVALENT_MARK = ByLanguage(lambda w: rf"(?:{w.one_unit_equivalent_marks})", first_tested=False)
# (`2016년에는`, `국내에서`, `개당 6달러였다`: another time or place than the price's equivalent)
_OTHER_TIME = ByLanguage(lambda w: rf"(?:{w.one_unit_equivalent_other_time})", first_tested=False)
# the counter after `한` (`한 개는`), or the noun before `하나` (`항아리 하나는`), of a one-unit topic
_TOPIC_COUNTER = ByLanguage(lambda w: rf"(?:{w.one_unit_topic_counter})", first_tested=False)
_TOPIC_NOUN = ByLanguage(lambda w: rf"(?:{w.one_unit_topic_noun})", first_tested=False)
# the one unit named right after a price or its equivalent (`€40 a lamp`: lamp), where a language puts it there
_NOUN_AFTER = ByLanguage(lambda w: rf"(?:{w.one_unit_noun_after})", first_tested=False)
# right before a hedged amount after a total's equivalent, `each` and its noun with the verb left out (`and each jar
# roughly £26`): group 1 the noun
_EACH_NOUN_BEFORE = ByLanguage(lambda w: rf"(?:{w.one_unit_each_noun_before})$", first_tested=False)
# right after an amount, `each` or `apiece` closing its clause, no noun: per one of the units counted before
_EACH_ALONE_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.rate_each_after})", re.I, first_tested=False)
# (`약 9천 원이다.`, `about £40 a lamp,`: an equivalent closes its clause; `약 2천 원을 운송비로`, `about £40 in Leeds`
# are other amounts)
_EQUIVALENT_END = ByLanguage(lambda w: rf"(?:{w.one_unit_equivalent_end})", first_tested=False)
_RATE_OF_THE_DAY_TOPIC = ByLanguage(lambda w: rf"(?:{w.rate_of_the_day_topic_before})$", first_tested=False)
# (`Converted at the bank's reference rate, the shop will receive about`, `20일 기준환율로 계산하면 약`: a conversion
# named anywhere before a hedged amount in its sentence; `around £16,700 at the bank's rate`: right after it)
_CONVERSION_NOTE = ByLanguage(lambda w: rf"(?:{w.conversion_notes})", first_tested=False)
_CONVERSION_NOTE_AFTER = ByLanguage(lambda w: rf"(?:{w.conversion_note_after})", first_tested=False)
_OTHER_TOPIC = ByLanguage(lambda w: rf"(?:{w.conversion_other_topic})", first_tested=False)
# right after an amount of another currency, the joint of a rate quoted (`100엔에 약 930원`, `¥100 = 93p`)
_RATE_QUOTE_AFTER = ByLanguage(lambda w: rf"(?:{w.rate_quote_after})", re.I, first_tested=False)
_NOTED_END = ByLanguage(lambda w: rf"(?:{w.noted_equivalent_end})", first_tested=False)
# between a hedged amount and a price of another currency right after it (`roughly £2,150 for each €2,500 kiln`)
_OF_EACH_BETWEEN = ByLanguage(lambda w: rf"(?:{w.equivalent_of_each_between})", first_tested=False)
_TOPIC_BEFORE_NOTE = ByLanguage(lambda w: rf"(?:{w.conversion_other_topic_before})", first_tested=False)
# (`개당 수출가는 38달러`: a price per one of a counter that counts anything, named by no noun of its own clause)
_GENERIC_PER_PRICE = ByLanguage(
    lambda w: (
        rf"^\s*(?:{w.generic_counters})(?:{w.unit_price_before})\s(?:[^\W\d_]{{1,4}}(?:{w.price_topic_particles})\s)?$"
    ),
    first_tested=False,
)
# (`한 개 값은 65달러로`: the price of one of a counter that counts anything, as its topic)
_GENERIC_ONE_PRICE = ByLanguage(lambda w: rf"^\s*(?:{w.generic_one_unit_price_topic})$", first_tested=False)
# (`배송비는`: a noun with the topic's particle before a one-unit topic, group 1 the particle)
_NOUN_WITH_PARTICLE = ByLanguage(lambda w: rf"[^\W\d_]+?((?:{w.price_topic_particles}))", first_tested=False)
_REACH = (
    56  # characters before an amount where its topic stands (`Per kite, the Danish asking price works out at roughly`)
)
_SENTENCES_BACK = 2
# (`100엔에 약 905원`: the units a rate is stated per)
_ROUND_UNITS = (1, 10, 100)  # (`1천엔`: written rounded, no rate's units)
_RATE_UNITS_BETWEEN = ByLanguage(lambda w: rf"(?:{w.rate_units_between})", first_tested=False)
# (a price of one with no price of one nearer: so many sentences before its equivalent)
_PRICE_SENTENCES_BACK = 4
# (words between a conversion's note, or the equivalent before, and an equivalent of each: `that is`, `, or`)
_EACH_WORDS_BETWEEN = 3
# (right after the price an equivalent is of each: the unit it names, closing its clause, `€2,500 kiln.`)
_EACH_NOUN_END = compile_exact(r"(?:[ \t]+[^\W\d_]+){1,2}[ \t]*(?:[,.;:)\n]|$)")
_TOTAL_MARK_REACH = 12  # characters before an amount where the mark of a total stands (`, 모두 `, `, in all `)
# (`at NOK 900 a cubic metre, about £70 at Thursday's rate`: past a price's noun after it, a comma alone before the
# amount apposed to it)
_APPOSED_AFTER_NOUN = compile_exact(r"(?:[ \t]+[^\W\d_]+){0,2}[ \t]*,[ \t]*")


def link_one_unit_equivalents(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    if not any(c.kind == "money" for c in figures):
        return
    by_sentence = prose_by_sentence(claims)
    # (an amount its own equivalent restates already, `계약 금액은 6만 달러, 이날 환율로 약 8천만 원`, is the order's
    # total, not the price of one)
    restated_already = {c.converts for c in claims if c.role == "conversion" and c.converts}
    with_equivalents = unfurnished_by_sentence(claims)
    # (`환산하면 100엔에 약 905원, 계약액은 약 …`: the rate per a round number of units, its own equivalent)
    rates = _rates_per_round_units(figures, text, lang, sentence_starts)
    restated_already |= {p.id for _, p in rates}
    linked = rates + _prices_of_one(
        figures, by_sentence, with_equivalents, restated_already, {id(a) for a, _ in rates}, text, lang, sentence_starts
    )
    totals = _totals_at_the_rate_of_the_day(
        figures, by_sentence, with_equivalents, linked, restated_already, text, lang, sentence_starts
    )
    if totals:
        # (`모두 8만 레우다. 이날 환율로 약 2천만 원, 상자당 약 6천 원이다`: the total the rate of the day restates
        # is no price of one either, and the price of one after it can now be told)
        done = {id(a) for a, _ in [*linked, *totals]}
        restated_already |= {p.id for _, p in totals}
        linked += _prices_of_one(
            figures, by_sentence, with_equivalents, restated_already, done, text, lang, sentence_starts
        )
        done |= {id(a) for a, _ in linked}
        linked += _prices_of_one_after_totals(figures, by_sentence, totals, done, text, lang)
    done = {id(a) for a, _ in [*linked, *totals]}
    linked += _equivalents_of_each(figures, done, text, lang, sentence_starts)
    for amount, source in [*linked, *totals]:
        amount.role, amount.converts = "conversion", source.id
        amount.guesses = sorted(set(amount.guesses) | {"relation"})
    if (linked or totals) and isinstance(claims, ArticleClaims):
        claims.regroup()  # (the equivalents leave the prose figures)


def _prices_of_one(
    figures: list[Claim],
    by_sentence: dict[int, list[Claim]],
    with_equivalents: dict[int, list[Claim]],
    restated_already: set[str],
    done: set[int],
    text: str,
    lang: str,
    sentence_starts: list[int],
) -> list[tuple[Claim, Claim]]:
    """Each amount whose one-unit topic marks it the equivalent of a price of one stated before, with that price."""
    linked: list[tuple[Claim, Claim]] = []  # (equivalent, the amount it restates)
    for amount in figures:
        if amount.kind != "money" or amount.role != "value" or amount.sentence >= len(sentence_starts):
            continue
        if id(amount) in done:
            continue
        start = max(sentence_starts[amount.sentence], amount.start - _REACH)
        topic = _ONE_UNIT_TOPIC[lang].search(text, start, amount.start)
        if topic is None:
            continue
        if not _marked_equivalent(amount, topic.group(0), text, lang):
            continue  # (`한 가구에 30만 원씩`, `한 마리에 2천 원이던`: a price of its own)
        if not _EQUIVALENT_END[lang].match(text, amount.end):
            continue  # (`상자당 약 2천 원을 운송비로`, `about £40 to ship`: another amount per the unit)
        if _OTHER_TIME[lang].search(text, sentence_starts[amount.sentence], amount.start):
            continue  # (`2016년에는 한 개에`, `국내에서 한 개는`: another price than the equivalent)
        # (`개당 6달러였다`, `$40 a lamp in 2019`: a time in the price's own clause, up to the next figure of another
        # unit, or between it and the amount in one sentence; `₩9,000 a box, … turnover last year of £9m` is another
        # clause's)
        # (the nearest sentence stating a price of one in another currency holds the price: `3년 전엔 개당 5달러였다.
        # 한 개에 …` is the former price's sentence, `운송비는 한 상자에 45달러다` another unit's)
        stated = [
            p for p in _other_currency_before(by_sentence, amount, _SENTENCES_BACK) if p.id not in restated_already
        ]
        if not any(price_of_one(p, text, lang) for p in stated):
            # (`개당 값은 18달러로 모두 …. 기준환율을 적용하면 약 …. 지난해 매출 … 견주면 …. 채반 하나는 우리 돈 약
            # …`: the total's equivalent and a sentence of the home currency between, the price further back)
            # (only for a noun the text names before the amount's sentence: `바구니 하나는`, `공장 하나는`, never
            # named, are other things)
            nouns = {w for w in (topic.group("noun"),) if w} | _topic_words(topic, amount, text, lang)
            named_before = any(len(w) > 1 and w in text[: sentence_starts[amount.sentence]] for w in nouns)
            stated = [
                p
                for p in _other_currency_before(by_sentence, amount, _PRICE_SENTENCES_BACK)
                if p.id not in restated_already and named_before
            ]
        nearest = max((p.sentence for p in stated if price_of_one(p, text, lang)), default=amount.sentence)
        before = [
            p
            for p in stated
            if p.sentence >= nearest
            and not _OTHER_TIME[lang].search(text, p.end, _clause_end(with_equivalents, p, text, sentence_starts))
            and (p.sentence != amount.sentence or not _OTHER_TIME[lang].search(text, p.end, amount.start))
        ]
        # (a price per one unit, and the amounts after it in its sentence: `개당 8달러, 접시가 13달러`)
        marked = [p for p in before if price_of_one(p, text, lang)]
        # (`한 대 값은 2천 프랑, 모두 8천 프랑이다`: an amount after the mark of a total is the total, no price)
        prices = [
            p
            for p in before
            if any(p is m or (p.sentence == m.sentence and p.start > m.start) for m in marked)
            and (p in marked or not TOTAL_MARK_BEFORE[lang].search(text, max(0, p.start - _TOTAL_MARK_REACH), p.start))
        ]
        if len({p.unit for p in prices}) != 1:
            continue
        if len(prices) > 1 and topic.group("noun"):
            noun = topic.group("noun")
            prices = [p for p in prices if noun in _price_words(by_sentence, p, text, lang, sentence_starts)]
        elif len(prices) > 1:
            # (`$310 a bench, $4,000 in all. Each bench …`: the price that names the topic's unit right after it)
            words = _topic_words(topic, amount, text, lang)
            prices = [p for p in prices if (after := _NOUN_AFTER[lang].match(text, p.end)) and after.group(1) in words]
        if len(prices) == 1 and _same_unit(topic, amount, prices[0], by_sentence, text, lang, sentence_starts):
            linked.append((amount, prices[0]))
    return linked


def _totals_at_the_rate_of_the_day(
    figures: list[Claim],
    by_sentence: dict[int, list[Claim]],
    with_equivalents: dict[int, list[Claim]],
    prices: list[tuple[Claim, Claim]],
    restated_already: set[str],
    text: str,
    lang: str,
    sentence_starts: list[int],
) -> list[tuple[Claim, Claim]]:
    """Each amount after the rate of the day (with the deal's own topic, or opening its sentence), with the total of
    another currency it restates: the total of the price of one its sentence restates, else the one total the
    sentences before state."""
    restated = {id(a) for a, _ in prices}
    linked: list[tuple[Claim, Claim]] = []
    restated_totals = set(restated_already)
    for amount in figures:
        if amount.kind != "money" or amount.role != "value" or id(amount) in restated:
            continue
        if amount.sentence >= len(sentence_starts):
            continue
        start = max(sentence_starts[amount.sentence], amount.start - _REACH * 2)
        adjacent = _RATE_OF_THE_DAY_TOPIC[lang].search(text, start, amount.start) is not None
        if adjacent:
            if not _EQUIVALENT_END[lang].match(text, amount.end):
                continue  # (`약 300만 원이 운송비로 나간다`, `약 6억 원인 지난해 주문보다`: another noun's amount)
        elif not _noted_equivalent(
            amount,
            by_sentence.get(amount.sentence, ()),
            text,
            lang,
            sentence_starts,
            frozenset(restated | {id(p) for _, p in prices}),
        ):
            continue
        apposed = _price_apposed_before(by_sentence, amount, text, lang)
        if apposed is not None:
            # (`at NOK 900 a cubic metre, about £70 at Thursday's rate`: the price of one right before, not the total)
            if apposed.id not in restated_already:
                linked.append((amount, apposed))
            continue
        # (a total an equivalent restates already, `… 약 1천881만 원이다. 이날 환율로 …`, is not restated again)
        # (`40m kroner in 2019`: a price of another time is no total the amount restates)
        before = [
            c
            for c in _other_currency_before(by_sentence, amount, _SENTENCES_BACK)
            if c.id not in restated_totals
            and not _OTHER_TIME[lang].search(text, c.end, _clause_end(with_equivalents, c, text, sentence_starts))
        ]
        if not adjacent and _compared_other_currency(by_sentence, amount):
            continue  # (`$64,000, up from $50,000. At today's rate … about £37,100`: which one, unsaid)
        totals = {p.per_unit_of for a, p in prices if a.sentence == amount.sentence and p.per_unit_of}
        named = [c for c in before if c.id in totals]
        if not named:
            # (`1유로=1천645원`: one unit of a currency is the rate's, no total)
            # (`100엔에 약 930원`: a round lot of the currency the rate is quoted for, no total either)
            named = [
                c
                for c in before
                if not price_of_one(c, text, lang)
                and c.per_unit_of is None
                and c.value != 1
                and not _RATE_QUOTE_AFTER[lang].match(text, c.end)
            ]
        if not named:
            named = _price_closing_the_sentence_before(
                by_sentence, amount, restated_totals, adjacent, text, lang, sentence_starts
            )
        if len(named) > 1 and len({(c.value, c.unit) for c in named}) == 1:
            # (`Club orders €80,000 boats` heading the story, `… boats at a cost of €80,000`: one total stated twice,
            # the nearer restated)
            named = named[-1:]
        if len(named) == 1:
            linked.append((amount, named[0]))
            restated_totals.add(named[0].id)
    return linked


def _equivalents_of_each(
    figures: list[Claim], done: set[int], text: str, lang: str, sentence_starts: list[int]
) -> list[tuple[Claim, Claim]]:
    """Each hedged amount past a conversion's note in its sentence, right before a price of another currency that the
    words between make it the equivalent of (`At Monday's rate that is about £4,300, or roughly £2,150 for each €2,500
    kiln`), with that price."""
    linked: list[tuple[Claim, Claim]] = []
    for amount, price in zip(figures, figures[1:]):
        if amount.kind != "money" or price.kind != "money" or amount.unit == price.unit or id(amount) in done:
            continue
        if amount.sentence != price.sentence or amount.sentence >= len(sentence_starts):
            continue
        if amount.role != "value" or price.role != "value" or price.converts or amount.quantity.qualifier is None:
            continue
        if _OF_EACH_BETWEEN[lang].fullmatch(text, amount.end, price.start) is None:
            continue
        if _EACH_NOUN_END.match(text, price.end) is None:
            continue  # (`roughly £3 for each €1 of its grant in fees`: the price names no unit its clause closes on)
        notes = list(_CONVERSION_NOTE[lang].finditer(text, sentence_starts[amount.sentence], amount.start))
        note = notes[-1] if notes else None
        if note is None:
            continue  # (`raised about £300 for each €500 given`: no conversion named)
        # (`that is about £366,000, and the farm will spend roughly £4,000 for each …`: a clause of its own between
        # the note, or the equivalent before, and the amount makes it another amount)
        previous = max(
            [
                note.end(),
                *(c.end for c in figures if c.sentence == amount.sentence and note.end() <= c.end <= amount.start),
            ]
        )
        if len(text[previous : amount.start].split()) > _EACH_WORDS_BETWEEN:
            continue
        linked.append((amount, price))
    return linked


def _price_apposed_before(by_sentence: dict[int, list[Claim]], amount: Claim, text: str, lang: str) -> Claim | None:
    """The price of one of another currency right before a noted equivalent in its sentence, its noun after it and a
    comma alone between them (`at NOK 900 a cubic metre, about £70 at Thursday's rate`)."""
    before = [c for c in by_sentence.get(amount.sentence, ()) if c.end <= amount.start]
    if not before:
        return None
    price = before[-1]
    if price.kind != "money" or price.unit == amount.unit or price.role != "value" or price.converts:
        return None
    noun = _NOUN_AFTER[lang].match(text, price.end, amount.start)
    if noun is None or not price_of_one(price, text, lang):
        return None
    return price if _APPOSED_AFTER_NOUN.fullmatch(text, noun.end(), amount.start) else None


def _price_closing_the_sentence_before(
    by_sentence: dict[int, list[Claim]],
    amount: Claim,
    restated: set[str],
    at_the_rate_of_the_day: bool,
    text: str,
    lang: str,
    sentence_starts: list[int],
) -> list[Claim]:
    """The one price of one of another currency the sentence before states, when the amount's sentence opens on the
    note of conversion, or names the rate of the day right before it (`이날 환율로 환산하면 약`), and states no figure
    before it (`한 상자 값은 1천600엔으로 …. 환산하면 약 1만4천 원으로`)."""
    opening = sentence_starts[amount.sentence]
    if not at_the_rate_of_the_day:
        note = _CONVERSION_NOTE[lang].search(text, opening, amount.start)
        if note is None or text[opening : note.start()].strip():
            return []
    if any(c.start < amount.start for c in by_sentence.get(amount.sentence, ())):
        return []
    before = [
        c
        for c in by_sentence.get(amount.sentence - 1, ())
        if c.kind == "money" and c.unit != amount.unit and c.role == "value" and not c.converts
    ]
    if len(before) != 1 or before[0].id in restated or not price_of_one(before[0], text, lang):
        return []
    return before


def _rates_per_round_units(
    figures: list[Claim], text: str, lang: str, sentence_starts: list[int]
) -> list[tuple[Claim, Claim]]:
    """Each amount right after a round number of units of another currency (`100엔에 약 905원`:
    `[link.rate_units_between]`) past a note of conversion in its sentence, with the units it restates."""
    found: list[tuple[Claim, Claim]] = []
    for units, amount in zip(figures, figures[1:]):
        if units.kind != "money" or amount.kind != "money" or units.unit == amount.unit:
            continue
        if (
            units.sentence != amount.sentence
            or units.value not in _ROUND_UNITS
            or amount.sentence >= len(sentence_starts)
        ):
            continue
        if amount.role != "value" or units.role != "value" or units.converts:
            continue
        if _RATE_UNITS_BETWEEN[lang].fullmatch(text, units.end, amount.start) is None:
            continue
        # (a note may close past the units: `기준환율(1위안당 약 190원)로`, the rate written inside it, read up to its
        # sentence's end)
        ends = sentence_end(sentence_starts, units.sentence, len(text))
        notes = [
            m
            for m in _CONVERSION_NOTE[lang].finditer(text, sentence_starts[units.sentence], ends)
            if m.start() < units.start
        ]
        between = text[min(notes[-1].end(), units.start) : units.start] if notes else "0"
        if any(ch.isdigit() for ch in between) or len(between.split()) > 2:
            continue  # (the note right before the units: `환산하면 약 …이고 수수료는 100엔에 약 3원` is a fee's)
        found.append((amount, units))
    return found


def _noted_equivalent(
    amount: Claim,
    own: Sequence[Claim],
    text: str,
    lang: str,
    sentence_starts: list[int],
    prices_of_one: frozenset[int] = frozenset(),
) -> bool:
    """Whether a hedged amount is the one its sentence's conversion note names (`own`: its sentence's figures): the
    note before it, with no amount of its currency between them but the equivalents of prices of one read already
    (`prices_of_one`, ids of them and of the prices: `that is about £40 a lamp and roughly £4,000 for the order`,
    `환산하면 100엔에 약 905원, 계약액은 약`), no other time (`last year`)
    and no topic of another noun (`운송비는`); or the note right after it (`around £16,700 at the bank's rate`)."""
    if amount.quantity.qualifier is None:
        return False  # (an equivalent is rounded and says so: `about`, `약`, `정도`)
    if named_one_unit(amount, text, lang):
        return False  # (`찻잔 하나에 약 5만 원꼴`, `about £3 a mile`: a price of one, no total's)
    # (the amount's own clause: past the figures of another currency its sentence states before it, `값은 개당
    # 1천엔으로 총액은 600만 엔, 이날 환율로 환산하면 약`, whose topics and times are theirs)
    opening = sentence_starts[amount.sentence]
    s_start = max(
        [opening]
        + [
            c.end
            for c in own
            if c.unit != amount.unit
            and c.kind == "money"  # (`4대에 약`: a count of the units is no figure of another currency)
            and c.end <= amount.start
            and not _in_parens(text, opening, c)  # (`환율(1유로=1천645원)`: the rate's)
            and id(c) not in prices_of_one  # (`환산하면 100엔에 약 905원, 계약액은`: the rate's units)
        ]
    )
    if _OTHER_TIME[lang].search(text, s_start, amount.start):
        return False  # (`At 2019's exchange rate`, `지난해 매출은 환산하면`: another time's amount)
    if _CONVERSION_NOTE_AFTER[lang].match(text, amount.end):
        return not _OTHER_TOPIC[lang].search(text, s_start, amount.start)
    if not _NOTED_END[lang].match(text, amount.end):
        return False  # (`약 500만 원의 환차손`, `about £3,000 more`: another amount)
    notes = list(_CONVERSION_NOTE[lang].finditer(text, s_start, amount.start))
    if not notes or _TOPIC_BEFORE_NOTE[lang].search(text, s_start, notes[0].start()):
        return False  # (`운임은 이날 환율로 약`: the topic's amount)
    note = notes[-1].end()
    if any(
        c.unit == amount.unit
        and c.kind == "money"
        and note <= c.start < amount.start
        and not _in_parens(text, note, c)
        and id(c) not in prices_of_one
        for c in own
    ):
        return False  # (the first amount after the note is the one it converts; `환율(1유로=1천645원)` is the rate's)
    between = text[note : amount.start]
    return not (_OTHER_TIME[lang].search(between) or _OTHER_TOPIC[lang].search(between))


def _compared_other_currency(by_sentence: dict[int, list[Claim]], amount: Claim) -> bool:
    """Whether an amount of another currency before the amount, in its sentence or the two before, is one a change is
    compared with (`up from $50,000`): a second total the equivalent may restate."""
    return any(
        c.kind == "money" and c.unit != amount.unit and c.role == "baseline" and c.end <= amount.start
        for s in range(max(0, amount.sentence - _SENTENCES_BACK), amount.sentence + 1)
        for c in by_sentence.get(s, ())
    )


def _same_noun_after(amount: Claim, price: Claim, text: str, lang: str) -> bool:
    """Whether an amount and a price name one unit right after them (`about £11 a kite` of `140 kroner a kite`; not
    `about £4 a visitor`, `about £2 for each mile`)."""
    own, priced = _NOUN_AFTER[lang].match(text, amount.end), _NOUN_AFTER[lang].match(text, price.end)
    return own is not None and priced is not None and own.group(1).lower() == priced.group(1).lower()


def named_one_unit(amount: Claim, text: str, lang: str) -> bool:
    """Whether an amount's own words or its topic name the one unit it is of (`about £3 a mile`, `개당 약`, `찻잔
    하나에 약`, `Each lamp works out at`); a topic naming none (`That comes to about`) leaves it a total's."""
    if amount.per_unit_of is not None or stated_per_one(amount, text, lang, each=False):
        return True
    window = max(0, amount.start - _REACH)
    if _PER_NOUN_PRICE[lang].search(text, window, amount.start):
        return True
    topic = _ONE_UNIT_TOPIC[lang].search(text, window, amount.start)
    # (the word before a topic, its optional `noun`, is any word: `In sterling that is about` names no unit)
    return topic is not None and bool(
        _TOPIC_COUNTER[lang].search(topic.group(0)) or _TOPIC_NOUN[lang].search(topic.group(0))
    )


def _in_parens(text: str, start: int, figure: Claim) -> bool:
    """Whether a figure stands inside a parenthesis opened after `start`."""
    return text.count("(", start, figure.start) > text.count(")", start, figure.start)


def _prices_of_one_after_totals(
    figures: list[Claim],
    by_sentence: dict[int, list[Claim]],
    totals: list[tuple[Claim, Claim]],
    done: set[int],
    text: str,
    lang: str,
) -> list[tuple[Claim, Claim]]:
    """After a total's equivalent, the hedged amount of its currency that its own words state per one (`roughly
    £7,000 for the order, or about £11.70 a kite`, `and works out at about £19.29 for each kite`), with the one
    price per one the sentences of the total state in its currency."""
    linked: list[tuple[Claim, Claim]] = []
    for equivalent, total in totals:
        prices = [
            c
            # (the total's sentences, and those up to its equivalent: `a deal worth €9,000. … would pay €30 a jar.
            # At the bank's rate, the order is worth about £7,800, or some £26 a jar`)
            for s in range(max(0, total.sentence - _SENTENCES_BACK), max(total.sentence, equivalent.sentence) + 1)
            for c in by_sentence.get(s, ())
            if c.unit == total.unit
            and c.kind == "money"
            and c is not total
            and c.role == "value"
            and not c.converts
            and c.value != 1
            and price_of_one(c, text, lang)
        ]
        if len(prices) != 1 or prices[0].id in {p.id for _, p in linked}:
            continue
        # (`each` alone is of the units counted; two counts from the price's sentence on, `200 rugs to two stores,
        # which pay $650 a rug`, leave it either's)
        counted = [
            c
            for s in range(prices[0].sentence, equivalent.sentence + 1)
            for c in by_sentence.get(s, ())
            if c.kind == "count" and c.value > 1
        ]
        for amount in by_sentence.get(equivalent.sentence, ()):
            if (
                amount.start > equivalent.end
                and amount.kind == "money"
                and amount.unit == equivalent.unit
                and amount.role == "value"
                and id(amount) not in done
                and amount.quantity.qualifier is not None
                and (
                    (stated_per_one(amount, text, lang, each=False) and _same_noun_after(amount, prices[0], text, lang))
                    # (`and each jar roughly £26`: the price's noun, `€30 a jar`, named before the amount)
                    or _each_noun_before(amount, equivalent, prices[0], text, lang)
                    # (`or about £318 each`: each of the units the one price is per, no noun of another; not past
                    # a figure of its own, `shared by 12 weavers, or about £8,000 each`, `in four parts of about
                    # £24,100 each`: each of those)
                    or (
                        _EACH_ALONE_AFTER[lang].match(text, amount.end) is not None
                        and len(counted) <= 1
                        and not any(
                            equivalent.end <= c.start < amount.start for c in by_sentence.get(equivalent.sentence, ())
                        )
                    )
                )
            ):
                linked.append((amount, prices[0]))
                break
    return linked


def _each_noun_before(amount: Claim, equivalent: Claim, price: Claim, text: str, lang: str) -> bool:
    """Whether `each` and the noun the price names after it stand right before the amount, past the total's
    equivalent (`about £9,100, and each jar roughly £26` of `€30 a jar`)."""
    each = _EACH_NOUN_BEFORE[lang].search(text, max(equivalent.end, amount.start - _REACH), amount.start)
    priced = _NOUN_AFTER[lang].match(text, price.end)
    return each is not None and priced is not None and each.group(1).lower() == priced.group(1).lower()


def _marked_equivalent(amount: Claim, topic: str, text: str, lang: str) -> bool:
    """Whether the amount is marked as an equivalent: by its topic (`약`, `우리 돈`), its own words or the words
    right after it (`가량`, `인 셈`)."""
    if _EQUIVALENT_MARK[lang].search(topic) or _EQUIVALENT_MARK[lang].search(text, amount.start, amount.end):
        return True  # (`약 5만 원`, `1만 원 안팎`: the claim's own words)
    return _EQUIVALENT_MARK[lang].match(text, amount.end) is not None


def _same_unit(
    topic: re.Match[str],
    amount: Claim,
    price: Claim,
    by_sentence: dict[int, list[Claim]],
    text: str,
    lang: str,
    sentence_starts: list[int],
) -> bool:
    """Whether the topic's noun or counter (`찻잔 한 개는`: 찻잔, 개) is in the price's clause (`찻잔은 개당`)."""
    words = {w for w in (topic.group("noun"),) if w} | _topic_words(topic, amount, text, lang)
    clause = _price_words(by_sentence, price, text, lang, sentence_starts)
    noun = topic.group("noun")
    marked = _NOUN_WITH_PARTICLE[lang].fullmatch(noun) if noun else None
    if marked and noun[: marked.start(1)] not in clause:
        return False  # (`배송비는 한 개에 약 3천 원`: the topic names another thing than the price is of)
    if not topic.group("noun") and (_GENERIC_PER_PRICE[lang].search(clause) or _GENERIC_ONE_PRICE[lang].search(clause)):
        # (`개당 수출가는 38달러. … 주전자 하나에 약 5만 원`, `한 개 값은 38달러로`: the counter counts the topic's
        # noun)
        return True
    if not words:
        # (`… at Kč900 a metre. That is about £30, …`: a topic naming no unit opens its sentence and refers back to
        # the last figure of the sentence before, the price)
        previous = by_sentence.get(amount.sentence - 1, ())
        return (
            price.sentence == amount.sentence - 1
            and bool(previous)
            and previous[-1] is price
            and not text[sentence_starts[amount.sentence] : topic.start()].strip()
        )
    return any(w in clause for w in words)


def _topic_words(topic: re.Match[str], amount: Claim, text: str, lang: str) -> set[str]:
    """The counter or noun a one-unit topic names (`한 개는`: 개; `항아리 하나는`: 항아리; `병당`: 병; `Each lamp`),
    or, where it names none (`That is about`), the amount's own words after it (`about £40 a lamp`)."""
    # (each form of the class has its own group: the one that matched is the one set)
    words = {g for m in _TOPIC_COUNTER[lang].finditer(topic.group(0)) for g in m.groups() if g}
    words |= {g for m in _TOPIC_NOUN[lang].finditer(topic.group(0)) for g in m.groups() if g}
    if words:
        return words  # (`The fee is about £40 a lamp`: the topic's own noun, not the amount's, must be the price's)
    after = _NOUN_AFTER[lang].match(text, amount.end)
    return {g for g in (after.groups() if after else ()) if g}


def _price_words(
    by_sentence: dict[int, list[Claim]], price: Claim, text: str, lang: str, sentence_starts: list[int]
) -> str:
    """The words of a price's clause before it and the one unit named right after it (`€40 a lamp`); a price of each
    (`320 suits … at R6,400 apiece`) is of the units its sentence counts before it, their noun included."""
    if price.kind == "money" and _EACH_ALONE_AFTER[lang].match(text, price.end):
        return text[sentence_starts[price.sentence] : price.start]
    after = _NOUN_AFTER[lang].match(text, price.end)
    return _clause_before(by_sentence, price, text, lang, sentence_starts) + (after.group(0) if after else "")


def _other_currency_before(by_sentence: dict[int, list[Claim]], amount: Claim, back: int) -> list[Claim]:
    """The amounts of another currency before the amount, in its sentence and the `back` sentences before."""
    return [
        c
        for s in range(max(0, amount.sentence - back), amount.sentence + 1)
        for c in by_sentence.get(s, ())
        if c.kind == "money"
        and c.unit != amount.unit
        and c.end <= amount.start
        and c.role == "value"
        and not c.converts
        and "currency" not in c.guesses
    ]


def price_of_one(price: Claim, text: str, lang: str) -> bool:
    """Whether an amount is a price per one unit: read so, or so stated by its own words (`개당 9달러`, `한 병에 7유로`,
    `€40 a lamp`)."""
    if price.per_unit_of is not None or stated_per_one(price, text, lang, each=False):
        return True
    if price.kind == "money" and _EACH_ALONE_AFTER[lang].match(text, price.end):
        return True  # (`at R6,400 apiece`, `at CHF310 each`: a price of each unit counted before)
    window = max(0, price.start - _REACH)
    return bool(
        _ONE_UNIT_TOPIC[lang].search(text, window, price.start)
        or _PER_NOUN_PRICE[lang].search(text, window, price.start)
    )


def _clause_end(with_equivalents: dict[int, list[Claim]], price: Claim, text: str, sentence_starts: list[int]) -> int:
    """Where a price's clause ends: at the next figure of its sentence in another unit, an equivalent included
    (`$310 a bench, $280 two years ago` is one list of prices), or the sentence's end."""
    after = [c.start for c in with_equivalents.get(price.sentence, ()) if c.start >= price.end and c.unit != price.unit]
    return min(after, default=sentence_end(sentence_starts, price.sentence, len(text)))


def _clause_before(
    by_sentence: dict[int, list[Claim]], price: Claim, text: str, lang: str, sentence_starts: list[int]
) -> str:
    """The words between the figure before the price in its sentence (or the sentence's start) and the price; the
    unit named right after that figure is its own (`€40 a lamp, or €4,000 in all`: no word of the total). A count of
    one (`한 대 가격은`) is the topic's unit, no figure that ends the clause."""
    start = sentence_starts[price.sentence]
    for c in by_sentence.get(price.sentence, ()):
        if c.end <= price.start and not (c.kind == "count" and c.quantity.value == 1):
            after = _NOUN_AFTER[lang].match(text, c.end, price.start)
            start = max(start, after.end() if after else c.end)
    return text[start : price.start]
