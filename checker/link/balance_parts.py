"""The current account and its balances: `1월 경상수지는 A 적자였다. 상품수지는 B 적자, 서비스수지는 C 적자였다.
본원소득수지는 D 흑자 … 이전소득수지는 E 적자`, `the current account posted a deficit of A … the goods balance …`.
The current account is the signed sum of four balances (goods, services, primary income, secondary income),
which the text states in the sentences after it, one clause each. All four must be stated for the figure's
period, each with a sign its sentence states (a deficit word or a surplus word, not both); then they are the
whole's parts (`part_list` `balances:…`), and the deficits among them are returned, so the sum check adds them
with their signs. Found by metric and position, so the link is a guess; when unsure, nothing is linked."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import periods_differ
from checker.link.segment import sentence_end
from checker.models import Claim

# Metric ids of the lexicon (rules/lexicon/metrics.toml).
_WHOLE = "current_account"
_PARTS = ("goods_balance", "services_balance", "primary_income_balance", "secondary_income_balance")
# The balances are stated in the sentences right after the whole (one or two per balance).
_REACH = 8
_DEFICIT = ByLanguage(lambda w: rf"(?:{w.deficit_words})", re.I)
_SURPLUS = ByLanguage(lambda w: rf"(?:{w.surplus_words})", re.I)


def link_balance_parts(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> list[str]:
    """Link each current account figure to its four balances; the ids of the members that are deficits."""
    values = [c for c in claims if c.kind == "money" and c.role == "value" and not c.furniture and c.part_of is None]
    if not any(c.metric == _WHOLE for c in values) or not any(c.metric in _PARTS for c in values):
        return []
    taken = {c.part_of for c in claims if c.part_of}
    deficits: list[str] = []
    for position, whole in enumerate(values):
        if whole.metric != _WHOLE or whole.id in taken:
            continue
        found: dict[str, Claim] = {}
        for candidate in values[position + 1 :]:
            if candidate.sentence - whole.sentence > _REACH or candidate.metric == _WHOLE:
                break  # too far, or the next current account figure (another month's) begins its own list
            if (
                candidate.metric in _PARTS
                and candidate.metric not in found
                and candidate.unit == whole.unit
                and not periods_differ(candidate, whole)
            ):
                found[candidate.metric] = candidate
        if len(found) < len(_PARTS) or any(p.part_of is not None or p.id in taken for p in found.values()):
            continue
        members = [whole, *found.values()]
        signs = {m.id: _sign(m, text, lang, sentence_starts) for m in members}
        if None in signs.values():
            continue  # a balance whose sign its sentence does not state: the sum cannot be read
        for part in found.values():
            part.part_of, part.part_list = whole.id, f"balances:{whole.id}"
        whole.guesses = sorted(set(whole.guesses) | {"relation"})
        deficits += [m.id for m in members if signs[m.id] < 0]
    return deficits


def _sign(claim: Claim, text: str, lang: str, sentence_starts: list[int]) -> int | None:
    """-1 for a deficit, 1 for a surplus, by the words of the figure's sentence; None when it says neither or both."""
    start = sentence_starts[claim.sentence]
    end = sentence_end(sentence_starts, claim.sentence, len(text))
    deficit = _DEFICIT[lang].search(text, start, end) is not None
    surplus = _SURPLUS[lang].search(text, start, end) is not None
    if deficit == surplus:
        return None
    return -1 if deficit else 1
