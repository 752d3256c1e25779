"""A total stated as an amount per period over a term: `연봉 4억원씩 3년 총액 12억원`, `매년 5000억원씩
5년간 2조5000억원`, `$2m a year over five years, $10m in all`.

The amount carries its period (`씩`, `연간`, `a year`); the term is a count of years (`3년`, `five
years`) written between the two figures, before the amount in its sentence, or — a guess — in the
sentence before (`3년 총액 26억원의 계약을 맺었다. 연봉 4억원씩 12억원 …`). The total is the amount
times the term (checked by the `per_period` kind).
"""

from __future__ import annotations

import functools
import re

from checker.extract.lang import ByLanguage, merged
from checker.link.clause_marks import CLAUSE_END
from checker.models import Claim, Span
from checker.regex_cache import compile_exact
from checker.regex_needs import search_between

# An amount stated per period (`연봉 7억원씩`, `연간 7억원`, `$2m a year`) and a term (`4년`, `five years`);
# the sum linker (checker/link/totals.py) reads them too.
_PER_PERIOD_BEFORE = ByLanguage(lambda w: rf"(?:{w.per_period_before})\s*$", re.I)
_PER_PERIOD_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.per_period_after})", re.I)
TERM = ByLanguage(lambda w: rf"(?:{w.terms})", re.I)
# `연봉 2억원씩, 매년 옵션 5억원씩 등 총액 17억원`: the total of a list, not of the amount before it
_LIST_MARK = ByLanguage(lambda w: rf"(?:{w.open_list_marks})")
_DIGITS = compile_exact(r"\d+")
# `lifting the bill from $52 a month to $56`, `월 5만원에서 6만원으로`: the two figures are the levels before and
# after a change, not an amount and what it comes to over a term
_MOVE_BETWEEN = ByLanguage(lambda w: rf"^(?:{w.from_after})|(?<!\S)(?:{w.to_words})\s+$", re.I)
# A comma, then a word that is no total mark: the next item of a list begins.
_ANOTHER_ITEM = ByLanguage(lambda w: rf",\s*(?!(?:{w.total_marks}))[^\W\d_]", re.I)
# `250명에게 해마다 200만원씩`: a count, the dative, then at most two words before an amount given to each of it
_GIVEN_TO = ByLanguage(lambda w: rf"\s*(?:{w.recipient_dative_after})(?:\s+[^\W\d_]+){{0,2}}\s+", re.I)
# `…씩 2년간 지원하며, 올해 예산은 모두 6억원`: a clause after a connective ending that opens on a topic of its own
# (`[link.clause_topic_particles]`; a time word is no topic): its amount is said of that topic, not what the rate
# comes to
_NEW_TOPIC_CLAUSE = ByLanguage(
    lambda w: (
        rf"(?:{w.connective_endings}),\s+(?:[^\W\d_]+\s+){{0,2}}(?!(?:{w.scope_stop_words})(?:{w.clause_topic_particles}))"
        rf"[^\W\d_]+?(?:{w.clause_topic_particles})\s"
    )
)
_MAX_BETWEEN = 40  # characters from the amount to its total
_AMOUNTS = ("money", "count")


@functools.cache
def _number_words(lang: str) -> dict[str, float]:
    data, _ = merged(lang)
    return {word.lower(): value for word, value in data.number_words.words.items()}


def _years(term: str, lang: str) -> float | None:
    """`3년` → 3, `five years` → 5 (the language's number words); `4+2년` is none."""
    if "+" in term:
        return None  # `3+1년`: a term and an option, no one count
    numbers = [float(d) for d in _DIGITS.findall(term)]
    if not numbers:
        words = _number_words(lang)
        numbers = [words[w] for w in re.findall(r"[^\W\d_]+", term.lower()) if w in words]
    total = sum(numbers)
    return total if numbers and 1 < total <= 100 else None


def term_years(term: str, lang: str) -> float | None:
    """The years a written term counts (`3년` → 3), for linkers of other sentences (link/per_period_apart.py)."""
    return _years(term, lang)


def stated_per_period(amount: Claim, text: str, lang: str) -> bool:
    return bool(
        search_between(_PER_PERIOD_BEFORE[lang], text, max(0, amount.start - 12), amount.start)
        or _PER_PERIOD_AFTER[lang].match(text, amount.end)
    )


def _given_to_each(count: Claim, amount: Claim, text: str, lang: str) -> bool:
    """Whether the amount is given to each of a count right before it in its sentence, the dative between
    (`[link.recipient_dative_after]`) and at most two words (`청년 250명에게 해마다 200만원씩`)."""
    return (
        count.kind == "count"
        and count.sentence == amount.sentence
        and _GIVEN_TO[lang].fullmatch(text, count.end, amount.start) is not None
    )


def _term_in(text: str, start: int, end: int, lang: str) -> re.Match | None:
    found = None
    for match in TERM[lang].finditer(text, start, end):
        found = match  # the last one: nearest the amount
    return found


def link_per_period(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.kind in _AMOUNTS and c.role == "value" and not c.furniture]
    for i, (amount, total) in enumerate(zip(figures, figures[1:])):
        if (
            amount.unit != total.unit
            or amount.sentence != total.sentence
            or total.value <= amount.value
            or not stated_per_period(amount, text, lang)
        ):
            continue
        if amount.kind == "count" and amount.counter and total.counter and amount.counter != total.counter:
            continue  # (`12 boats a year for 70 clubs`: a count of other things, no total of the rate's)
        if i > 0 and _given_to_each(figures[i - 1], amount, text, lang):
            continue  # (`청년 250명에게 해마다 200만원씩 3년간 모두 15억원`: the total is over the people too)
        between = text[amount.end : total.start]
        if (
            len(between) > _MAX_BETWEEN
            or CLAUSE_END[lang].search(between)
            or _MOVE_BETWEEN[lang].search(between)
            or _LIST_MARK[lang].search(between)
            or _NEW_TOPIC_CLAUSE[lang].search(between)
            or stated_per_period(total, text, lang)
        ):
            continue
        guessed = False
        term = _term_in(text, amount.end, total.start, lang)
        if term is None and _DIGITS.search(between):
            continue  # another figure between: not this construction
        if term is None and _ANOTHER_ITEM[lang].search(between):
            continue  # `연봉 r억원씩, 성과급 b억원`: the next item of a list, not what the rate comes to
        if term is None:
            term = _term_in(text, sentence_starts[amount.sentence], amount.start, lang)
        if term is None and amount.sentence > 0:
            term = _term_in(text, sentence_starts[amount.sentence - 1], sentence_starts[amount.sentence], lang)
            guessed = term is not None
        periods = _years(term.group(0), lang) if term is not None else None
        if periods is None:
            continue
        total.per_period_of, total.periods = amount.id, periods
        total.periods_span = Span(start=term.start(), end=term.end())
        if guessed:
            total.guesses = sorted(set(total.guesses) | {"relation"})
