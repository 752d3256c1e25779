"""A forecast named as the baseline of a gap: `국가채무는 900조원으로 올해 말 전망치 850조원보다 50조원 늘어날`,
`영업이익은 10조원으로 시장 추정치 9조원보다 1조원 많았다`.

The relation stage measures a change only from a baseline of its own forecast mark, so that an estimate stated
beside a level (`시장 예상치(77조원)`) is never taken for the level's prior. A figure joined to the change by
the comparison particle right before it (`B보다 C`) is named as what the change is measured from, whatever it
is: a change whose value is linked and that has no baseline takes that figure when it is a baseline or prior
of the value's unit. Words are data (`[link.compared_after]`).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

# `850조원보다 50조원`, `(850조원)보다 50조원`: the figure compared with, right before the gap
_AGAINST = ByLanguage(lambda w: rf"\)?\s?(?:{w.compared_after})\s*")


def link_forecast_baselines(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    for before, change in zip(figures, figures[1:]):
        if change.role != "change" or change.compared_to or change.kind not in AMOUNTS:
            continue
        value = by_id.get(change.change_of) if change.change_of else None
        if (
            value is None
            or before.role not in ("baseline", "prior")
            or before.forecast == change.forecast  # the relation stage weighed this one already
            or before.sentence != change.sentence
            or before.end > change.start
            or (before.unit, before.kind, before.counter) != (value.unit, value.kind, value.counter)
            or _AGAINST[lang].fullmatch(text, before.end, change.start) is None
        ):
            continue
        change.compared_to = before.id
        change.basis = change.basis or before.basis
