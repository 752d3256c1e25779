"""Kinds of figure that many link rules read, defined once for the rules that share them."""

from __future__ import annotations

# a figure of an amount: money, a count or a measure (no rate, no share)
AMOUNTS = ("money", "count", "measure")
# a share's kinds, each with the value that is all of its whole: a share of a whole is below it (a percent below
# 100, a fraction, `8분의 1`, `10명 중 4명꼴`, below 1)
SHARE_WHOLES = {"percent": 100.0, "fraction": 1.0}
# the metrics of a sale's proceeds: what a price per unit sold or a share of the takings is of
TAKINGS = ("revenue", "exports", "imports")
