"""A stock quote inside a sentence (`삼성전자 (61,500원 ▲500 +0.82%)`): its own small relation.

The quote is page furniture (checker/link/segment.py): its figures are of no period the sentence
names and are compared with nothing else in the article. Within the quote, though, the marked
change and the signed rate are both changes of the price, from the previous close: the
difference kind checks that they agree (`▲500` of 61,500 is +0.82%).
"""

from __future__ import annotations

from checker.link.segment import Segments
from checker.models import Claim


def link_quotes(claims: list[Claim], segments: Segments) -> None:
    by_span: dict[tuple[int, int], list[Claim]] = {}
    for claim in claims:
        if claim.furniture and (span := segments.furniture_span(claim.start)) is not None:
            by_span.setdefault(span, []).append(claim)
    for quote in by_span.values():
        if len(quote) != 3:
            continue  # a furniture line, or a quote read otherwise: nothing to relate
        price, change, rate = quote
        if not (
            price.kind == change.kind == "money"
            and price.unit == change.unit
            and rate.kind == "percent"
            and price.role == "value"
            and change.role == rate.role == "change"
            and change.direction
            and rate.direction == change.direction
        ):
            continue
        for figure in (change, rate):
            figure.change_of = price.id
