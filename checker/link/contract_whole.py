"""A contract's parts that name all of it (issue 11).

A contract's total is its guaranteed money and its options: a signing fee and salaries, or a guarantee, and
the options or incentives on top (`계약금 a억원, 연봉 총액 b억원, 옵션 c억원 … 총액 T억원`, `기본 보장 a억원에
옵션 b억원 … 최대 T억원`, `a $2m signing bonus, $9m in salary and $1m in incentives`). A list that names each of
these, with as many parts as it names kinds, leaves nothing out: it is closed, so a part written short of the
total is reported, not passed as an open list's shortfall. An open mark (`등`) keeps any list open.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_cache import compile_exact

_SIGNING = ByLanguage(lambda w: rf"(?:{w.contract_signing_words})", re.I)
_SALARY = ByLanguage(lambda w: rf"(?:{w.contract_salary_words})", re.I)
_OPTION = ByLanguage(lambda w: rf"(?:{w.contract_option_words})", re.I)
_GUARANTEED = ByLanguage(lambda w: rf"(?:{w.contract_guaranteed_words})", re.I)
# Right after a part: `… c억원 등`, `등이다` (the list may name only some of the parts).
_OPEN_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.open_list_marks})")
# The words of the first part are at most this many characters before it (`계약금 `, `a signing bonus of `);
# those of the last, after it (`in incentives`).
_LABEL_REACH = 24
# The end of a sentence or a clause-ending break: a part's words do not cross it.
_STOP = compile_exact(r"[.;\n]")


def names_a_whole_contract(parts: list[Claim], text: str, lang: str) -> bool:
    """Whether `parts`, in text order, name a whole contract: options, and a guarantee (two parts) or a signing fee
    and salaries (three parts), with no open mark after any of them."""
    if len(parts) not in (2, 3):
        return False
    ordered = sorted(parts, key=lambda c: c.start)
    start, end = _bounded(text, ordered[0].start, ordered[-1].end)
    words = text[start:end]
    if any(_OPEN_AFTER[lang].match(text, part.end) for part in ordered):
        return False
    if not _OPTION[lang].search(words):
        return False
    if len(ordered) == 2:
        return _GUARANTEED[lang].search(words) is not None
    return _SIGNING[lang].search(words) is not None and _SALARY[lang].search(words) is not None


def _bounded(text: str, first: int, last: int) -> tuple[int, int]:
    """The stretch from a few words before the first part to a few after the last, within their sentence."""
    start = max(0, first - _LABEL_REACH)
    stops = list(_STOP.finditer(text, start, first))
    if stops:
        start = stops[-1].end()
    end = min(len(text), last + _LABEL_REACH)
    stop = _STOP.search(text, last, end)
    return start, stop.start() if stop else end
