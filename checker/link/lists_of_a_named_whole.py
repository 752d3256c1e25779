"""Parts listed after the noun of their whole, the whole stated sentences before: `도자기 판매액은 T억원으로
집계됐다. … 판매액 가운데 생활자기가 a억원, 작품자기가 b억원이었다`, `The fair's takings were £T. … Of the takings,
food brought in £a and drink £b`.

A sentence that opens with a noun and `가운데` / `중` (`Of the …,`) lists parts of the figure that noun names; the
figure may stand paragraphs back, past figures of other nouns, further than the breakdown rules look
(checker/link/breakdowns.py). Its whole is the nearest figure before of the parts' unit, kind and counter with the
noun right before it in its clause (its stem: `수출액` names what `수출은` does; `판매액은 올해 T억원으로`), stated for
the parts' period, larger than each part, no part itself; for a list told of no earlier time, not one told of an
earlier time before it in its sentence (`3년 전 집계로는 둥지가 N개였다`: `[link.named_whole_earlier_time]`), the
walk going on back past it, to stop at a figure told of a past year (`지난해 … N개`:
`[link.named_whole_past_year]`). (The parts' metric is not compared: a noun such as `판매가` reads as a price as well
as sales.) `가운데` picks some of the whole: the list is open, closed only where its
parts add up to
the whole. One figure after the noun (`신청자 가운데 N명이`) is a part, no list: left to the share rules.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.lists_adding_up import amount_key
from checker.link.segment import sentence_end
from checker.link.sentence_groups import group_by_sentence
from checker.link.wholes_agreeing import adds_up_to
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

# the opener stands at the start of its sentence, after a word or two at most (`Of the takings,`)
_OPENER_REACH = 24
_OPENER = ByLanguage(lambda w: rf"(?:{w.named_whole_openers})", re.I)
# a figure inside the parenthesis right after another (`a억원(b억원 포함)`) is no listed part
_IN_PARENS_AFTER = compile_exact(r"\s?\(\s?[^\d()]{0,20}$")
_INF = float("inf")
# how many sentences back the whole may stand: a story's total, stated in its lead, broken down paragraphs later
# (a bound keeps the walk back linear in the article's length)
_REACH = 12
# how far after the noun's mention its figure may stand (`판매액은 올해 50억원으로`, `takings were £4.1m`), with no
# comma between: a figure further on, or past a comma, is of another noun of the sentence
_NAMED_FIGURE_REACH = 14
_CLAUSE_BREAK = compile_exact(r"[,;]")
# `3년 전 집계로는 둥지가 N개였다`: a figure told of an earlier time, before it in its sentence
_EARLIER = ByLanguage(lambda w: rf"(?:{w.named_whole_earlier_time})", re.I)
# `지난해 … 둥지 2천 개`: a past year named before a figure, where the walk past an earlier time's figure stops
_PAST_YEAR = ByLanguage(lambda w: rf"(?:{w.named_whole_past_year})", re.I)


def link_lists_of_a_named_whole(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    pattern = _OPENER[lang]
    if not may_match(pattern, text):
        return  # (no sentence can open on the noun of a whole)
    figures = [c for c in claims if c.kind in AMOUNTS and not c.furniture and c.role in ("value", "prior", "baseline")]
    by_sentence = group_by_sentence(figures)
    order = sorted(by_sentence)
    for position, sentence in enumerate(order):
        if sentence >= len(sentence_starts):
            continue
        start = sentence_starts[sentence]
        opened = pattern.search(text, start, start + _OPENER_REACH)
        if opened is None:
            continue
        members = by_sentence[sentence]
        if any(c.start < opened.end() for c in members):
            continue  # (a figure before the noun: the noun is no opener of the sentence)
        parts = _listed([c for c in members if c.role == "value"], text)
        if parts is None:
            continue
        # (a list told of no earlier time: a figure told of one is another time's, no whole of it)
        now = _EARLIER[lang].search(text, start, parts[-1].end) is None
        whole = _named_whole(
            order[max(0, position - _REACH) : position],
            by_sentence,
            parts,
            opened.group(0),
            text,
            sentence_starts,
            (_EARLIER[lang], _PAST_YEAR[lang]) if now else None,
        )
        if whole is None:
            continue
        opened_list = not adds_up_to(whole, parts)
        for part in parts:
            part.part_of, part.part_list, part.part_list_open = whole.id, f"named_whole:{parts[0].id}", opened_list
        whole.guesses = sorted(set(whole.guesses) | {"relation"})


def _listed(members: list[Claim], text: str) -> list[Claim] | None:
    """The sentence's figures of its first figure's unit, kind and counter: two at least, none linked already, none
    a cap or a floor."""
    if not members:
        return None
    first = members[0]
    key = amount_key(first)
    parts: list[Claim] = []
    for claim in members:
        # (`Of the scans, 150 involved alpacas, 110 were on llamas and …`: bare counts after a first one read with a
        # counter of its own words are of its list)
        bare_after = claim is not first and claim.kind == "count" == first.kind and not claim.counter
        if (claim.unit, claim.kind, claim.counter) != key and not bare_after:
            continue
        if parts and _IN_PARENS_AFTER.match(text[parts[-1].end : claim.start]):
            continue
        parts.append(claim)
    if len(parts) < 2 or any(p.part_of is not None or not (p.low > 0 and p.high < _INF) for p in parts):
        return None
    return parts


def _stem(noun: str) -> str:
    # (`수출액` and `수출은`, `visitors` and `visitor`: the noun's last letter may be a suffix the whole's clause lacks)
    return noun[: max(2, len(noun) - 1)].casefold()


def _named_whole(
    before: list[int],
    by_sentence: dict[int, list[Claim]],
    parts: list[Claim],
    noun: str,
    text: str,
    sentence_starts: list[int],
    earlier: tuple[re.Pattern[str], re.Pattern[str]] | None,
) -> Claim | None:
    first = parts[0]
    key = amount_key(first)
    passed = False  # (past a figure told of an earlier time)
    largest = max(p.high for p in parts)
    stem = _stem(noun.strip())
    for sentence in reversed(before):
        start = sentence_starts[sentence]
        end = sentence_end(sentence_starts, sentence, len(text))
        if stem not in text[start:end].casefold():
            continue
        # (the first figure with the noun's mention right before it, no comma between, is what the noun names: the
        # whole, or the list has none; `판매액이 늘자 … 예산 40억원을`: the figure is another noun's)
        claim = next(
            (c for c in by_sentence[sentence] if amount_key(c) == key and _named_by(c, stem, start, text)), None
        )
        if claim is None and first.kind == "count":
            # (`The practice carried out 320 scans.` … `Of the scans, 150 involved alpacas, 110 … and the remaining
            # 60 …`: counts listed after the noun are of the count whose counter is that noun)
            claim = next(
                (
                    c
                    for c in by_sentence[sentence]
                    if c.kind == "count" and c.counter and c.counter.casefold().startswith(stem)
                ),
                None,
            )
        if claim is None or claim.high <= largest:
            continue  # (`호출 1건당 …`: a figure no larger than a part names no whole of them)
        if earlier is not None and earlier[0].search(text, start, claim.start):
            passed = True
            continue  # (`3년 전 집계로는 둥지가 N개`: an earlier time's figure; the whole is this time's, further back)
        if passed and earlier is not None and earlier[1].search(text, start, claim.start):
            return None  # (`지난해 … 둥지 2천 개`, further back: another past year's, not this time's either)
        if (
            claim.role != "value"
            or claim.forecast
            or claim.part_of is not None
            or claim.low <= largest
            or not (claim.low > 0 and claim.high < _INF)
            or any(periods_differ(claim, p) for p in parts)
        ):
            return None
        return claim
    return None


def _named_by(claim: Claim, stem: str, sentence_start: int, text: str) -> bool:
    """Whether the noun's stem stands right before the figure, within its reach and clause."""
    window_start = max(sentence_start, claim.start - _NAMED_FIGURE_REACH - len(stem))
    window = text[window_start : claim.start].casefold()
    mention = window.rfind(stem)
    return mention >= 0 and _CLAUSE_BREAK.search(window, mention) is None
