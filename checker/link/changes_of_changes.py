"""A change measured against an earlier change: `전달 증가 폭(17만명)과 비교하면 5만명 줄어든`.

The figure compared with, or the change itself, is named as the size of a change (`증가 폭`, `증가분`,
`last month's gain of`, `상승 폭이 0.2%포인트 줄었다`):
what moved is the change the text states before it, not the level that change is of. The change is
linked to that stated change (the nearest one of the compared figure's unit, in its sentence or the one
before); when there is none, it is left unlinked rather than measured against a level. When the compared figure
is dated by its words (`6월(4조2천억원)보다`), the change compared is the nearest one before dated to a later period of
its grain, wherever it stands; a change dated to another grain or to the compared period never is (`1분기 12조원` is no
month's gain after `2월(3조9천억원)`). Periods carried over by a guess are not read so.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import own_period
from checker.models import Claim

# `증가 폭은 8월 11만명보다`: the size of a change as the topic, one word (the period) before the figure it names
_SIZE_OF_A_CHANGE_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.change_size_nouns})(?:(?:{w.topic_particles})\s\S{{1,6}}\s?)?\s?\(?\s?$"
)
# `상승 폭이 0.2%포인트 줄었다`: the size of a change as the subject of the change (English states none so)
_SIZE_OF_A_CHANGE_MOVES = ByLanguage(lambda w: rf"(?:{w.change_size_nouns})(?:{w.topic_particles})\s?$")


def link_changes_of_changes(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    for position, change in enumerate(claims):
        if change.role != "change":
            continue
        # `1.8% 올라 전월(2.0%)보다 상승 폭이 0.2%포인트 줄었다`: the change says it moves a change's size
        moves_a_size = _SIZE_OF_A_CHANGE_MOVES[lang].search(text, max(0, change.start - 16), change.start)
        baseline = by_id.get(change.compared_to or "")
        if baseline is None and moves_a_size:
            baseline = next(
                (
                    c
                    for c in reversed(claims[:position])
                    if c.sentence == change.sentence and c.role in ("prior", "baseline")
                ),
                None,
            )
        if baseline is None or not (
            moves_a_size or _SIZE_OF_A_CHANGE_BEFORE[lang].search(text, max(0, baseline.start - 16), baseline.start)
        ):
            continue
        change.compared_to = baseline.id
        earlier = [
            c
            for c in claims
            if c.role == "change"
            and c is not change
            and c.end <= baseline.start
            and c.unit == baseline.unit
            and c.counter == baseline.counter
        ]
        dated = dated_follower(earlier, baseline)
        stated = [c for c in earlier if baseline.sentence - c.sentence <= 1 and may_follow(c, baseline)]
        chosen = dated or (stated[-1] if stated else None)
        change.change_of = chosen.id if chosen else None
        if chosen is None:
            change.compared_to = None


def may_follow(stated: Claim, baseline: Claim) -> bool:
    """Whether a stated change may be the one measured against the change `baseline` names: one dated to another
    grain of period (a quarter's gain against a month's), or to the baseline's own period, is not."""
    after, before = own_period(stated), own_period(baseline)
    if after is None or before is None:
        return True
    return after.grain == before.grain and after != before


def dated_follower(earlier: list[Claim], baseline: Claim) -> Claim | None:
    """The nearest of the changes before (in text order) that its own words date to a period after the dated
    baseline's, of its grain: the change of the period compared (`6월(…)보다` against the change of July)."""
    before = own_period(baseline)
    if before is None:
        return None
    return next(
        (
            c
            for c in reversed(earlier)
            if (after := own_period(c)) is not None
            and after.grain == before.grain
            and after.bounds()[0] > before.bounds()[1]
        ),
        None,
    )
