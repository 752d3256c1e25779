"""A price per a counted unit, then in its sentence the total it makes: `포획한 고라니는 2,600마리였다.
포상금은 마리당 15만원으로 모두 3억9천만원이 나갔다`, `새로 들어온 버스 200대에는 1대당 1억원씩, 모두 200억원이
들어갔다`, `입장권은 20만장이 팔렸다. 장당 1만원으로 입장권 매출은 20억원이다`.

The price is money right after a mark per a counter (`마리당`, `1대당`, `건당 평균 거래액은`: the counter before
`[link.unit_price_before]`, the mark's own `1` before it, an average's words and a topic between). The total
is the next money figure of its currency in the sentence, a value larger than the price, no other figure between,
named a total or sales by the words between (`모두`, `전체`: `[link.total_marks]`; `매출`, `거래액`:
`[link.sales_value_nouns]`). The count is the one count of that counter stated as a value before the price, in its
sentence or the one before (`200대에는`, `2,600마리였다`; no rate, no comparison): two such counts, or none, leave
the total unlinked; so does a count in the price's sentence below one of the sentence before (a part of it: the total
may be the part's or the whole's), or a sentence opening on a part (`이 가운데 1만장은 장당 …`). The total is the count
times the price (`product_of`, `product_units`: the per-unit check F317 divides it); a count in the sentence before
makes it a guess.

With no count of the counter in the two sentences (parts listed of a whole stated apart, in the sentence before,
aside, unless the price's words name a word of theirs: `족제비털 붓은 한 자루에` of `족제비털 붓 3천 자루`), the count
is the one count of it the article states before (all such counts of one value: a rate, a part or a bound aside), a
guess; failing one, the count of it the title states and the body restates before the price (`… 대회 860명 출전` over
`선수 860명이 참가 신청을 했다`: the headline's whole, where the body counts parts and other groups of it too). A count
of a counter of anything counts the noun right after it (`48개 팀` of `팀당`). A price after another amount of its
currency in its sentence, smaller than the total (`개인전 1인당 2만 원, 단체전 팀당 6만 원으로, 수입은 …`: prices
listed), makes no total of its own.

A price whose sentence then counts its payers and closes (`입장료는 1인 5천 원이며 유료 관람객은 6만 명이었다.`: one
count after the price, no other figure) values the takings the next sentence of its paragraph opens on (`입장 수입은
3억 원이다`: its first figure, money of the price's currency, named a total or takings, no other money of it there):
the count is that one, of the price's counter; the reading spans two sentences, a guess.

A price per a unit of measure (`톤당`) is unit_prices.py's; a total with no word naming it one (`톤당 10만원으로,
올해 예산은 50억원이다`: a budget) is none of the price's.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.extract.lang import ByLanguage
from checker.link.per_unit_apart import is_a_rate, per_shorter_period
from checker.link.per_unit_fallback import beside_their_share
from checker.link.rests_of_splits import rest_of_a_split
from checker.link.sentence_groups import group_by_sentence
from checker.link.unit_price_marks import noun_before_unit_price
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import search_between

# `마리당 `, `1대당 `, `건당 평균 거래액은 `: the counter the mark closes, right before the price (words between)
_MARK_BEFORE = ByLanguage(
    lambda w: (
        rf"{noun_before_unit_price(w, group='counter', size='{1,3}', one_before=True)}"
        rf"(?:\s+(?:{w.average_clause_words}))?(?:\s+[^\W\d_]{{2,8}})?\s*(?:(?:{w.hedges})\s*)?$"
    ),
    re.I,
)
# `한 사람에 `, `1인 `, `관람권 한 장 값은 `, `한 알에 `: one of a counted unit right before its price (its particle or
# the word naming the price after it)
_ONE_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W_])(?:{w.fallback_one_unit})\s?(?P<counter>[^\W\d_]{{1,3}}?)"
        rf"(?:(?:{w.one_unit_price_particles})|\s+(?:{w.one_unit_price_nouns})(?:{w.named_figure_particles}))?"
        rf"\s+(?:(?:{w.hedges})\s*)?$"
    ),
)
_TIME_NOUN = ByLanguage(lambda w: rf"(?:{w.one_unit_subject_time_nouns})")
# (`48개 팀` of `팀당`: a counter of anything, and right after it the noun it counts, a particle closing it)
_GENERIC = ByLanguage(lambda w: rf"(?:{w.generic_counters})")
_GENERIC_NOUN_ENDING = ByLanguage(lambda w: rf"(?:(?:{w.generic_counter_noun_endings})(?![^\W\d_]))?")
_ONE_PERSON = ByLanguage(lambda w: rf"(?:{w.one_person_counters})")
_PERSON = ByLanguage(lambda w: rf"(?:{w.person_counters})")
# Right before the total, ending the words between it and the price: a total mark or a sales noun, then only a particle
# or a hedge (`모두 T`, `매출은 약 T`); a mark before another noun (`전체 사업비는`: a budget) names no total.
_TOTAL_WORDS = ByLanguage(
    lambda w: (
        rf"(?:(?<![^\W\d_])(?:{w.total_marks})|(?:{w.sales_value_nouns})|(?:{w.priced_income_nouns}))"
        rf"\s*(?:{w.named_figure_particles})?\s*(?:(?:{w.hedges})\s*)?$"
    ),
    re.I,
)
# Opening the price's sentence: a part of a count stated before (`이 가운데 1만장은 장당 …`); the total after the price
# may be the part's or the whole's, so it is left unlinked.
_OF_WHICH = ByLanguage(lambda w: rf"\s*(?:{w.of_which_openers})", first_tested=False)
_MARK_REACH = 24  # characters before a price where its mark stands
_SHARE_GAP = 3  # characters between a share and the part set right after it (`43%인 370명`)
_DIGIT_OR_STOP = compile_exact(r"[\d.,;:!?()]")
_SENTENCE_END = compile_exact(r"[.!?]$")
_WORD = compile_exact(r"[^\W\d_]{2,}")
_COMPARED = ("prior", "baseline", "change")
_BOUNDS = ("over", "under", "atleast", "atmost")  # (the qualifiers of a bound: a milestone passed, no count stated)


def link_priced_totals(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if not c.furniture]
    by_sentence: dict[int, list[Claim]] | None = None
    shared: set[str] | None = None
    restated_by_counter: dict[str, list[Claim]] = {}  # (the title's counts the body restates, per counter)
    for price in figures:
        if price.kind != "money" or price.role != "value" or price.per_unit_of is not None:
            continue
        start = sentence_starts[price.sentence]
        mark = search_between(_MARK_BEFORE[lang], text, max(start, price.start - _MARK_REACH), price.start)
        if mark is None:
            mark = _ONE_BEFORE[lang].search(text, max(start, price.start - _MARK_REACH), price.start)
            if mark is not None and _TIME_NOUN[lang].fullmatch(mark.group("counter")):
                continue  # (`한 달 10만 원`, `한 번에`: per a period or an occasion, no counted unit)
        if mark is None or _OF_WHICH[lang].match(text, start):
            continue
        if by_sentence is None:
            by_sentence = group_by_sentence(figures)  # (read once, for the few articles with such a mark)
        sentence = by_sentence[price.sentence]
        total = _total(price, sentence, text, lang)
        payers = None
        if total is None:
            # (`입장료는 1인 5천 원이며 유료 관람객은 6만 명이었다. 입장 수입은 3억 원이다`: the payers counted after
            # the price, the takings the next sentence opens on)
            total, payers = _total_next(
                price, sentence, by_sentence.get(price.sentence + 1, []), text, lang, sentence_starts
            )
        if total is None or total.product_of is not None or total.per_unit_of is not None:
            continue
        if per_shorter_period(price, text, lang) and not per_shorter_period(total, text, lang):
            continue  # (`1인당 하루 5만 원씩 사흘 동안 모두 …`: a price a day, of a total of some days too)
        counter = mark.group("counter")
        if _ONE_PERSON[lang].fullmatch(counter) and not _PERSON[lang].fullmatch(counter):
            # (`한 사람에`, `1인`: one person, of the counts of people, `9천 명`)
            counter = next(
                (c.counter for c in figures if c.kind == "count" and c.counter and _PERSON[lang].fullmatch(c.counter)),
                counter,
            )
        before = by_sentence.get(price.sentence - 1, [])
        if shared is None:
            shared = beside_their_share(figures, text) | _after_their_share(figures, text)
        count = payers if payers is not None else _count(counter, mark.start(), sentence, before, text, lang, shared)
        if payers is not None:
            if not _of(payers, counter, text, lang):
                continue
        elif count is None and not any(
            _of(c, counter, text, lang)
            for c in sentence + before
            # (`초등부 300명, 중등부 280명이다`: parts listed of a whole stated apart, in the sentence before, are no
            # other count the price applies to, unless the price's words name one, `족제비털 붓은 한 자루에`; a part
            # beside its share may be, `체험에는 9천 명이 참가해`)
            if c.start < price.start
            and (
                c.sentence == price.sentence
                or c.part_of is None
                or _names_a_part(text[start : mark.start()], c, text, sentence_starts)
            )
        ):
            # (`128팀이 출전했다 … (paragraphs on the matches) … 참가비는 팀당 6만 원으로 모두 768만 원`: none of the
            # counter nearer, the one count of it the article states before; failing one, the headline's count)
            count = _count_far(counter, price, figures, claims, text, lang) or _headline_count(
                counter, price, figures, text, lang, restated_by_counter
            )
            if count is not None:
                count = _named_by_the_price(
                    count, text[start : mark.start()], counter, price, figures, text, lang, sentence_starts
                )
        if count is None:
            continue
        if count.sentence != price.sentence and rest_of_a_split(count, figures, price):
            # (`8만 개 가운데 7만4천 개를 씻었고 6천 개는 버렸다. 세척비는 개당 80원씩`: the whole, the part or the
            # rest, which the price is of, unsaid)
            continue
        total.product_of, total.product_units = price.id, count.id
        if count.sentence != total.sentence:
            total.guesses = sorted(set(total.guesses) | {"relation"})


def _total(price: Claim, sentence: list[Claim], text: str, lang: str) -> Claim | None:
    """The next figure of the sentence after the price: money of its currency, a value larger than it, named a total
    or sales by the words between."""
    after = [c for c in sentence if c.start >= price.end]
    if not after:
        return None
    total = after[0]
    if total.kind != "money" or total.unit != price.unit or total.role != "value" or total.value <= price.value:
        return None
    if any(
        c.kind == "money" and c.unit == price.unit and c.end <= price.start and c.value < total.value for c in sentence
    ):
        return (
            None  # (`개인전 1인당 2만 원, 단체전 팀당 6만 원으로, 수입은 T`: prices listed, the total is all of theirs)
        )
    if total.part_of is not None:
        return None  # (a listed part: its whole's, not the price's)
    return total if _TOTAL_WORDS[lang].search(text, price.end, total.start) else None


def _named_by_the_price(
    count: Claim,
    words: str,
    counter: str,
    price: Claim,
    figures: list[Claim],
    text: str,
    lang: str,
    sentence_starts: list[int],
) -> Claim | None:
    """A count found far off stands unless it is the lead's and the lead states after it a smaller count of the
    counter for the story's time (`보호수 64그루를 점검하고 나무 18그루의 외과 수술을 마쳤다`; one dated in its own
    words to another year, `지난해에는 25곳`, or a rate, `주 3회씩`, is none): which of them the price applies to
    is not said, and none is read. (A count of the counter in another sentence, a subset or a group of its own,
    `본선에는 32팀이 올랐다`, leaves the far count standing.) Unless, narrowly, the price's subject (`수술은 한
    그루에 …`) is the work that smaller count's clause names and the far count's clause does not: then that
    count."""
    others = [
        c
        for c in figures
        if c.sentence == count.sentence
        and c.start > count.end
        and c.value < count.value
        and c.role == "value"
        and _of(c, counter, text, lang)
        and not is_a_rate(c, text, lang)
        and not _of_another_year(c)
    ]
    if not others or count.sentence != _lead_sentence(text, sentence_starts):
        return count
    subject = _subject(words)
    if subject is None or _clause_names(subject, count, figures, text, sentence_starts):
        return None
    lead = _lead_sentence(text, sentence_starts)
    named = [c for c in others if _clause_names(subject, c, figures, text, sentence_starts)]
    if (
        len({c.value for c in named}) != 1
        or len(named) != len([c for c in others if c.value == named[0].value])
        or not all(c.sentence in (price.sentence - 1, lead) for c in named)
    ):
        return None
    return named[-1]


def _of_another_year(claim: Claim) -> bool:
    """Whether a figure is dated in its own words (not guessed) to a year other than the story's."""
    period, published = claim.period, claim.published
    return (
        period is not None and published is not None and "period" not in claim.guesses and period.year != published.year
    )


def _subject(words: str) -> str | None:
    """The noun the price's words end on before its mark, its particle dropped (`수술은` → `수술`), or None."""
    found = _WORD.findall(words)
    if not found or len(found[-1]) < 3:
        return None
    return found[-1][:-1]


def _lead_sentence(text: str, sentence_starts: list[int]) -> int:
    """The index of the article's first sentence below its title (the first one where the first line is a sentence)."""
    title_end = text.find("\n")
    if title_end < 0 or _SENTENCE_END.search(text[:title_end].rstrip()):
        return 0
    body = len(text) - len(text[title_end:].lstrip())
    return max(0, bisect_right(sentence_starts, body) - 1)


def _clause_names(subject: str, count: Claim, figures: list[Claim], text: str, sentence_starts: list[int]) -> bool:
    """Whether the words around a count, between the figures beside it in its sentence, name the subject."""
    opens = sentence_starts[count.sentence]
    closes = sentence_starts[count.sentence + 1] if count.sentence + 1 < len(sentence_starts) else len(text)
    for c in figures:
        if c.sentence == count.sentence and c is not count:
            if c.end <= count.start:
                opens = max(opens, c.end)
            elif c.start >= count.end:
                closes = min(closes, c.start)
    return subject in text[opens:closes]


def _names_a_part(words: str, part: Claim, text: str, sentence_starts: list[int]) -> bool:
    """Whether the price's words before its mark name a word the part's sentence names (`족제비털 붓은 한 자루에` of
    `족제비털로 만든 붓은 3천 자루`): the price is that part's (a word's last letter may be its particle)."""
    opens = sentence_starts[part.sentence]
    closes = sentence_starts[part.sentence + 1] if part.sentence + 1 < len(sentence_starts) else len(text)
    named = text[opens:closes]
    return any(word in named or (len(word) > 2 and word[:-1] in named) for word in _WORD.findall(words))


def _total_next(
    price: Claim, sentence: list[Claim], following: list[Claim], text: str, lang: str, sentence_starts: list[int]
) -> tuple[Claim | None, Claim | None]:
    """The takings the sentence after the price's opens on, with the one count the price's sentence states after it
    (its payers): every figure after the price in its sentence a count, one count there; the next sentence, in the
    price's paragraph, naming its first figure, money of the price's currency larger than it, a total or takings
    (`입장 수입은`), no other money of that currency after it."""
    after = [c for c in sentence if c.start >= price.end]
    if len(after) != 1 or after[0].kind != "count" or after[0].role != "value" or is_a_rate(after[0], text, lang):
        return None, None
    if not following or following[0].paragraph != price.paragraph:
        return None, None
    total = following[0]
    if total.kind != "money" or total.unit != price.unit or total.role != "value" or total.value <= price.value:
        return None, None
    if total.part_of is not None or any(c.kind == "money" and c.unit == price.unit for c in following[1:]):
        return None, None
    if not _TOTAL_WORDS[lang].search(text, sentence_starts[total.sentence], total.start):
        return None, None
    return total, after[0]


def _of(claim: Claim, counter: str, text: str, lang: str) -> bool:
    return (
        claim.kind == "count"
        and (claim.counter == counter or _generic_of(claim, counter, text, lang))
        and claim.per_unit_of is None
        # (`1만대를 넘어`: a milestone passed, no count stated; one stated roughly, `4천여마리`, `약 4천마리`, is one)
        and claim.qualifier not in _BOUNDS
    )


def _generic_of(claim: Claim, noun: str, text: str, lang: str) -> bool:
    """A count of a counter of anything whose noun, right after it and whole, is the mark's (`48개 팀` of `팀당`)."""
    if not claim.counter or not _GENERIC[lang].fullmatch(claim.counter):
        return False
    after = claim.end + text.startswith(" ", claim.end)
    if not text.startswith(noun, after):
        return False
    close = after + len(noun)
    ending = _GENERIC_NOUN_ENDING[lang].match(text, close)
    return ending is not None and (ending.end() == len(text) or not text[ending.end()].isalpha())


def _headline_count(
    counter: str, price: Claim, figures: list[Claim], text: str, lang: str, restated_by_counter: dict[str, list[Claim]]
) -> Claim | None:
    """The count of the counter the title states and the body restates before the price's sentence, one value (`…
    대회 860명 출전` over `선수 860명이 참가 신청을 했다`): the headline's whole, where the body counts parts and
    other groups of the counter too. (`restated_by_counter`: the body's restatements of the title's counts, read once
    per article and counter, so that each price looks at those few only.)"""
    restated_all = restated_by_counter.get(counter)
    if restated_all is None:
        restated_all = restated_by_counter[counter] = _title_counts_restated(counter, figures, text, lang)
    restated = [c for c in restated_all if c.sentence < price.sentence]
    if len({c.value for c in restated}) != 1:
        return None
    return restated[0]


def _title_counts_restated(counter: str, figures: list[Claim], text: str, lang: str) -> list[Claim]:
    """The body's counts of the counter that restate a count the title states (values, no parts, no rates)."""
    title_end = text.find("\n")
    if title_end < 0 or _SENTENCE_END.search(text[:title_end].rstrip()):
        return []  # (no title: a first line closed as a sentence is the lead's)
    counted = [
        c
        for c in figures
        if _of(c, counter, text, lang) and c.role == "value" and c.part_of is None and not is_a_rate(c, text, lang)
    ]
    titled = {c.value for c in counted if c.end <= title_end}
    return [c for c in counted if c.start > title_end and c.value in titled]


def _after_their_share(figures: list[Claim], text: str) -> set[str]:
    """The figures set right after a share in their sentence (`전체의 43%인 370명`): a part of a whole stated apart."""
    return {
        after.id
        for share, after in zip(figures, figures[1:])
        if share.role == "share"
        and after.sentence == share.sentence
        and after.start - share.end <= _SHARE_GAP
        and not _DIGIT_OR_STOP.search(text, share.end, after.start)
    }


def _count(
    counter: str, mark_start: int, sentence: list[Claim], before: list[Claim], text: str, lang: str, shared: set[str]
) -> Claim | None:
    """The one count of the counter stated as a value before the price's mark, in its sentence or the one before
    (there, no part of a whole stated apart: `여자 선수는 전체의 43%인 370명이다`, a share's part, nor a listed one)."""
    # (in the price's own sentence the mark after a count is the price's, no rate of it: `200대에는 1대당`)
    own = [c for c in sentence if c.end <= mark_start and _of(c, counter, text, lang) and c.role not in _COMPARED]
    if own and any(_of(c, counter, text, lang) and c.role == "value" and c.value > own[-1].value for c in before):
        return None  # (`16만장이 나갔다. 현장 판매분 2만장은 장당 …`: a part of the count before; whose total?)
    found = own or [
        c
        for c in before
        if _of(c, counter, text, lang)
        and c.role == "value"
        and not is_a_rate(c, text, lang)
        and c.id not in shared
        and c.part_of is None
    ]
    if len({c.value for c in found}) != 1:
        return None  # (none, or two: which the price applies to, not said)
    return found[-1]


def _count_far(
    counter: str, price: Claim, figures: list[Claim], claims: list[Claim], text: str, lang: str
) -> Claim | None:
    """The count of the counter the article states before the price's sentence when every such count (a value, no
    rate, no part, no bound) is of one value: a second value leaves which the price applies to unsaid."""
    parts = {c.share_part for c in claims if c.share_part}
    found = [
        c
        for c in figures
        if c.sentence < price.sentence
        and _of(c, counter, text, lang)
        and c.role == "value"
        and c.part_of is None
        and c.id not in parts
        and not is_a_rate(c, text, lang)
    ]
    # (`본선에는 32팀이 올랐다`: a count read as a change of nothing stated may be a group's level, a rival)
    loose = [
        c
        for c in figures
        if c.sentence < price.sentence and _of(c, counter, text, lang) and c.role == "change" and c.change_of is None
    ]
    if not found or len({c.value for c in found + loose}) != 1:
        return None
    return found[0]
