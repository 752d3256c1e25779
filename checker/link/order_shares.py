"""An order's (a deal's, a contract's) share of the maker's whole, the order named as the share's subject: `so the
Irish order is worth almost a third of a normal year's sales`, `The Danish order will take 40% of it`, `The order equals
40 per cent of the 15,000 bottles it filled last year`, `이번 물량은 연간 생산량의 30%다`, `이번 계약 하나가 지난해
매출의 30%를 웃돈다`.

The share's subject names the order (`[link.order_share_subjects]`), no figure: the part is the order's amount, stated
before (the lead's `a £340,000 order`). The whole is the maker's level the sentence sets the order against, looked up
nearest first: a figure right after the share's `of` in its clause (`of the 15,000 bottles`); else the last figure of
the clause before the subject in the share's sentence (`sold 212,000 bottles last year, so the order …`; two levels of
its unit there leave the whole unsaid); else a level of one of the two sentences before (`The farm expects a crop of 20
tonnes … The Danish order will take 40% of it`). A number right after the share, or before the subject in its sentence,
that was not read as a figure (`40 per cent of the 100 it plans`) leaves the whole unsaid. The part is the one value of
the whole's kind, unit and counter, smaller than it and more than one, that the lead states (the headline's and the
body's first sentences; an equivalent in parentheses counts, `€60,000 (about £51,900)`, a price per unit does not), else
the sentence right before the share's. A level that two units could pair with, or two values of the order, link nothing;
a whole of goods (`of this year's crop`) is one whose sentence states it made (`picked`), no sum of money. Found by
position and size, so the link is a guess.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.inflections import names_word
from checker.link.one_unit_equivalents import named_one_unit
from checker.link.partners import per_unit_mark_after
from checker.link.sentence_groups import prose_figures, unfurnished_by_sentence
from checker.link.share_fallback import _GOODS_HEAD, _MADE_VERB, _MONEY_HEAD, _OF_PHRASE, _WORD
from checker.link.share_rates import open_share
from checker.models import Claim
from checker.regex_cache import compile_exact

# the order named as the share's subject, and the words between it and the share (its verb, a hedge, the whole's noun)
_SUBJECT_BEFORE = ByLanguage(lambda w: rf"(?:{w.order_share_subjects})$")
# right after the share, the whole named back or by a word for the maker's level (`of last year's output`; a Korean
# subject names it before the share, and only the share's particle follows)
_WHOLE_NAMED_AFTER = ByLanguage(lambda w: rf"(?:{w.order_share_wholes})", re.I)
_REACH = 120  # characters before a share where its subject may stand
# between the share and a whole stated right after it in its clause (`of the 15,000 bottles`, `of last year's turnover
# of £260,000`): no figure, no clause break
_TO_WHOLE_AFTER = compile_exact(r"[^\d.;:!?\n]{1,40}")
_LEAD_SENTENCES = 3  # the headline's and the body's first sentences, where the order is stated
_BACK_SENTENCES = 2  # sentences before the share's where its whole may be stated
_DIGIT = compile_exact(r"\d")
_CLAUSE_REACH = 200  # characters after a share where its clause may end
_NOUN_WORDS_AFTER = compile_exact(r"(?:[ \t]+[^\W\d_]+){1,2}")
_CLAUSE_BREAK = compile_exact(r"[;!?\n]|\.(?!\d)")


def link_order_shares(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence: dict[int, list[Claim]] | None = None
    lead = range(0)  # (the lead's sentences, found once with the sentences' figures)
    figures = prose_figures(claims)
    for i, rate in enumerate(figures):
        if not open_share(rate) or rate.share_whole or rate.whole:
            continue
        subject = _SUBJECT_BEFORE[lang].search(text, max(0, rate.start - _REACH), rate.start)
        if subject is None or rate.sentence >= len(sentence_starts):
            continue
        if not _WHOLE_NAMED_AFTER[lang].match(text, rate.end):
            continue  # (`… a fifth of the troupe's order book`: a whole no level of the maker names)
        opening = sentence_starts[rate.sentence]
        if subject.start() < opening:
            continue  # (a subject of the sentence before names another figure)
        if by_sentence is None:
            by_sentence = unfurnished_by_sentence(claims)
            lead = range(min(by_sentence, default=0), min(by_sentence, default=0) + _LEAD_SENTENCES)
        for tier in _whole_tiers(rate, (opening, subject.start()), figures, i, by_sentence, text):
            pairs = []
            for whole in tier:
                if not _of_its_kind(rate, whole, text, lang, sentence_starts):
                    continue
                part = _order_amount(rate, whole, by_sentence, lead, text, lang)
                if part is not None:
                    pairs.append((part, whole))
            if len(pairs) == 1:
                part, whole = pairs[0]
                rate.share_part, rate.share_whole = part.id, whole.id
                rate.guesses = sorted(set(rate.guesses) | {"relation"})
            if pairs:
                break


def _of_its_kind(rate: Claim, whole: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the whole is of the kind the share's `of` names: `of its output`, `of this year's crop` names goods (no
    sum of money) whose sentence states them made (`picked`, `produced`: `[link.share_fallback_made_verbs]`), not
    bought; `of last year's revenue` a sum of money. A share naming neither (`of that`, a Korean genitive) takes
    either."""
    phrase = _OF_PHRASE[lang].match(text, rate.end)
    words = _WORD.findall(phrase.group("phrase")) if phrase else []
    if not words:
        return True
    if _MONEY_HEAD[lang].fullmatch(words[-1]):
        return whole.kind == "money"
    if not _GOODS_HEAD[lang].fullmatch(words[-1]):
        return True
    if whole.kind == "money" or whole.sentence >= len(sentence_starts):
        return False
    end = sentence_starts[whole.sentence + 1] if whole.sentence + 1 < len(sentence_starts) else len(text)
    return any(
        _GOODS_HEAD[lang].fullmatch(w) or _MADE_VERB[lang].fullmatch(w)
        for w in _WORD.findall(text, sentence_starts[whole.sentence], end)
    )


def _counts_its_noun(claim: Claim, whole: Claim, text: str) -> bool:
    """Whether a count of another counter counts the whole's noun still: a compound ending on it (`5,000 sheepskins`
    of `21,700 skins`), or a noun phrase whose next words name it (`900 cylinder music boxes` of `1,400 boxes`)."""
    noun = (whole.counter or "").lower()
    counter = (claim.counter or "").lower()
    if not noun or not counter:
        return False
    if len(counter) > len(noun) and counter.endswith(noun):
        return True
    words = _NOUN_WORDS_AFTER.match(text, claim.end)
    return words is not None and any(names_word(word.lower(), noun) for word in words.group().split())


def _level(claim: Claim, text: str, lang: str) -> bool:
    """A figure that may be a whole: an amount stated as a value, finite, no price or rate per unit."""
    return (
        claim.kind in AMOUNTS
        and claim.role == "value"
        and math.isfinite(claim.low)
        and math.isfinite(claim.high)
        and claim.per_unit_of is None
        and not claim.forecast
        and not per_unit_mark_after(claim, text, lang)
    )


def _whole_tiers(
    rate: Claim,
    before_subject: tuple[int, int],
    figures: list[Claim],
    at: int,
    by_sentence: dict[int, list[Claim]],
    text: str,
):
    """The wholes the share may be set against, nearest first (see the module's docstring); `before_subject`: the
    span of the share's sentence before its subject."""
    opening, subject_start = before_subject
    after = figures[at + 1] if at + 1 < len(figures) else None
    if after is not None and after.sentence == rate.sentence and _TO_WHOLE_AFTER.fullmatch(text, rate.end, after.start):
        yield [after]
        return  # (a whole stated right after the share's `of` is its whole, or the reading is not this one)
    if _DIGIT.search(text, rate.end, _clause_end(text, rate.end)):
        return  # (`makes up 40 per cent of the 100 it plans`: a whole stated after the share, not read as a figure)
    # (the last figure before the subject, walked back from the share: only the figures between are passed)
    before = at - 1
    while before >= 0 and figures[before].end > subject_start:
        before -= 1
    if before >= 0 and figures[before].sentence == rate.sentence:
        if _two_pots(figures, before):
            return  # (`Exports earned $5 million and home sales $7 million, so the order is … of that`: which, unsaid)
        yield [figures[before]]
    elif _DIGIT.search(text, opening, subject_start):
        return  # (`생산능력이 3만2천 개인 만큼 이번 계약 …`: the sentence's own whole, not read as a figure)
    for back in range(1, _BACK_SENTENCES + 1):
        yield [c for c in by_sentence.get(rate.sentence - back, ()) if c.role != "conversion"]


def _two_pots(figures: list[Claim], at: int) -> bool:
    """Whether the figure at `at` has another of its kind and unit before it in its sentence, stated as a value: two
    levels the share's `of that` may name."""
    last = figures[at]
    return any(
        c.sentence == last.sentence and c.role == "value" and (c.kind, c.unit) == (last.kind, last.unit)
        for c in figures[max(0, at - 4) : at]
    )


def _clause_end(text: str, at: int) -> int:
    """Where the clause holding `at` ends (a stop, a semicolon, a line's end; within reach)."""
    found = _CLAUSE_BREAK.search(text, at, at + _CLAUSE_REACH)
    return found.start() if found is not None else min(len(text), at + _CLAUSE_REACH)


def _order_amount(
    rate: Claim, whole: Claim, by_sentence: dict[int, list[Claim]], lead: range, text: str, lang: str
) -> Claim | None:
    """The order's amount set against `whole`: the one value of its kind, unit and counter, smaller than it, that the
    lead states (the headline's and the body's first sentences), else the sentence right before the share (an
    equivalent in parentheses counts, a price per unit does not); None where there is none, or two values."""
    if not _level(whole, text, lang):
        return None
    for sentences in (lead, (rate.sentence - 1,)):
        found = [
            c
            for sentence in sentences
            if sentence < rate.sentence and sentence != whole.sentence
            for c in by_sentence.get(sentence, ())
            if _amount_of(c, whole, text, lang)
        ]
        if found:
            # (two values of the unit: `일본과 4억8천만 원, 대만과 2억 원 규모의 계약`, which one the order is, unsaid)
            return found[-1] if len({c.value for c in found}) == 1 else None
    return None


def _amount_of(claim: Claim, whole: Claim, text: str, lang: str) -> bool:
    """Whether a figure may be an order's amount set against `whole`: of its kind, unit and counter, smaller than it,
    more than one (`한 개에 45달러`, `one bar`: the unit of a price), stated as a value or an equivalent, no price per
    unit. (A forecast may be: an order is often still to ship, `will ship 8,000 bottles`.)"""
    if claim.role not in ("value", "conversion") or (claim.kind, claim.unit) != (whole.kind, whole.unit):
        return False
    if (claim.counter or "") != (whole.counter or "") and not _counts_its_noun(claim, whole, text):
        return False
    if claim.per_unit_of is not None or per_unit_mark_after(claim, text, lang):
        return False
    if named_one_unit(claim, text, lang):
        return False  # (`Each pot brings in about £33`: a unit's price, whoever it is paid to)
    return math.isfinite(claim.high) and claim.low > 1 and claim.high < whole.low
