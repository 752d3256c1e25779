"""From→to pairs written with an arrow: `2조7000억→3조1000억원`, `2만1000가구→2만1420가구`.

The figure before the arrow is what the one after it is compared with. A figure right before the
parenthesis that holds the pair is the change between them (`1조원(2조7000억→3조1000억원)`); rates
stated `respectively` after several pairs are their changes, in order.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.models import Claim
from checker.regex_cache import compile_exact

_ARROW = ByLanguage(lambda w: rf"\s*(?:{w.from_to_marks})\s*")
_OPENS_PARENTHESIS = compile_exact(r"\s*\(\s*")
_RESPECTIVELY = ByLanguage(lambda w: rf"(?:{w.respectively})")


def link_arrows(claims: list[Claim], text: str, lang: str) -> None:
    arrow = _ARROW[lang]
    pairs: list[tuple[Claim, Claim]] = []
    for before, after in zip(claims, claims[1:]):
        if (
            before.kind == after.kind
            and before.unit == after.unit
            and before.role == "value"
            and after.role == "value"
            and not before.furniture
            and arrow.fullmatch(text, before.end, after.start)
        ):
            before.role = "baseline"
            pairs.append((before, after))
    by_id = {c.id: i for i, c in enumerate(claims)}
    for prior, value in pairs:
        i = by_id[prior.id]
        head = claims[i - 1] if i else None
        if (
            head is not None
            and head.kind in AMOUNTS
            and head.unit == value.unit
            and head.role == "value"
            and _OPENS_PARENTHESIS.fullmatch(text, head.end, prior.start)
        ):
            # `1조원(2조7000억→3조1000억원)`: the amount outside is the difference, not a total of parts.
            head.role, head.change_of, head.compared_to = "change", value.id, prior.id
            head.direction = 1 if value.value >= prior.value else -1
            head.open_list = False
            for member in (prior, value):
                if member.part_of == head.id:
                    member.part_of = None
    _respective_rates(claims, pairs, text, lang)


def _respective_rates(claims: list[Claim], pairs: list[tuple[Claim, Claim]], text: str, lang: str) -> None:
    """`수도권(A→B) 지방(C→D) 모두 각각 2.0%, 2.8% 늘었다`: one rate per pair, in order."""
    by_sentence: dict[int, list[tuple[Claim, Claim]]] = {}
    for prior, value in pairs:
        by_sentence.setdefault(value.sentence, []).append((prior, value))
    for sentence, group in by_sentence.items():
        if len(group) < 2:
            continue
        last = group[-1][1]
        rates = [c for c in claims if c.sentence == sentence and c.kind == "percent" and c.start > last.end]
        if len(rates) != len(group) or not _RESPECTIVELY[lang].search(text, last.end, rates[0].start):
            continue
        direction = next((r.direction for r in rates if r.direction), 0)
        for rate, (prior, value) in zip(rates, group):
            rate.role, rate.change_of, rate.compared_to = "change", value.id, prior.id
            rate.direction = rate.direction or direction or (1 if value.value >= prior.value else -1)
