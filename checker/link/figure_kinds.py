"""Kinds of figure that many link rules read, defined once for the rules that share them."""

from __future__ import annotations

from checker.models import Claim
from checker.regex_cache import compile_exact

# a figure of an amount: money, a count or a measure (no rate, no share)
AMOUNTS = ("money", "count", "measure")
# a share's kinds, each with the value that is all of its whole: a share of a whole is below it (a percent below
# 100, a fraction, `8분의 1`, `10명 중 4명꼴`, below 1)
SHARE_WHOLES = {"percent": 100.0, "fraction": 1.0}
# the metrics of a sale's proceeds: what a price per unit sold or a share of the takings is of
TAKINGS = ("revenue", "exports", "imports")
# metrics set per unit (a price): a figure of one is compared only with an earlier figure of the same metric, never
# with an amount naming none (`올해 도매가격은 ㎏당 1만8천원으로 지난해보다 9% 내렸다` after last year's takings)
PER_UNIT_METRICS = ("price",)
# metrics of what a thing is worth (a valuation, a market value): a stock set on the whole, no sum its parts fill
WORTHS = ("market_cap", "valuation")

# times: two figures further apart than this are of two things (or one a segment of the other): no level and its
# prior
SAME_ORDER = 3


def of_one_order(one: Claim, other: Claim) -> bool:
    """Whether two positive figures are of one order of size (neither over `SAME_ORDER` times the other: one pot)."""
    low, high = sorted((one.value, other.value))
    return low > 0 and high <= SAME_ORDER * low


_LAST_WORD = compile_exact(r"[^\W\d_]+$")


def counted_noun(count: Claim) -> str:
    """What a count counts: its counter, else the word its text ends on (`pubs` in `12 pubs`, `곳` in `15곳`, `명` in
    `1천200명`); empty for a bare number."""
    if count.counter:
        return count.counter.casefold()
    found = _LAST_WORD.search(count.text)
    return found.group(0).casefold() if found is not None else ""


def closes_on_a_share_of(level: Claim, sentence: list[Claim]) -> bool:
    """Whether the level's sentence goes on after it to a share counted in its counter (`신청한 사람은 84명으로, 4명
    중 3명이 끝까지 마쳤다`): the level is that share's whole, and the sentence closes on the part, so a sentence after
    it that names no subject may continue from either (`sentence`: the level's sentence's figures)."""
    noun = counted_noun(level)
    return bool(noun) and any(
        c.start > level.end and c.role == "share" and c.kind == "fraction" and counted_noun(c) == noun for c in sentence
    )


def one_counted_in_words(figure: Claim) -> bool:
    """`한 곳`, `one company`, `화분 한 개 값은`: a count of one written in words, that names the member a share is of
    (`X 한 곳이 전체의 45%`) or the one unit a price is of, not an amount of a whole; a share is of a figure stated
    elsewhere."""
    return figure.kind == "count" and figure.value == 1 and not any(ch.isdigit() for ch in figure.text)
