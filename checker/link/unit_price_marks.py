"""`병상당`, `학년당`, `마리당`: a noun written joined to the mark of a price per unit (`[link.unit_price_before]`),
the one regular-expression fragment the rules that read a figure per a noun build on."""

from __future__ import annotations


def noun_before_unit_price(
    w, *, group: str | None = None, size: str = "{2,}", lazy: bool = True, one_before: bool = False
) -> str:
    """The fragment for a noun of `size` letters (in the named `group`, if any) right before the mark, with no
    letter or digit before the noun (`one_before`: the mark's own `1` may stand first, `1대당`)."""
    noun = rf"[^\W\d_]{size}{'?' if lazy else ''}"
    if group:
        noun = rf"(?P<{group}>{noun})"
    one = r"(?:1\s?)?" if one_before else ""
    return rf"(?<![^\W_]){one}{noun}(?:{w.unit_price_before})"
