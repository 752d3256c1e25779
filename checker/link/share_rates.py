"""Which rates may be a share still to link: a percent below 100, or a fraction in words below one.

A share may be written as a percent (`33%`) or as a fraction in words (`3분의 1`, `two thirds`, `10곳 중 3곳`,
`more than half`): a construction that links a part and a whole to a share links either. A rate of the whole or
more is a multiple of an earlier figure, no share of it.
"""

from __future__ import annotations

from checker.models import Claim

_BELOW = {"percent": 100.0, "fraction": 1.0}


def open_share(rate: Claim) -> bool:
    """A share (percent or fraction) below the whole, not yet read as any part's share."""
    return (
        rate.kind in _BELOW and rate.role == "share" and rate.share_part is None and 0 < rate.value < _BELOW[rate.kind]
    )
