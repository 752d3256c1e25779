"""A rate that opens its sentence as the size of a change named by its noun, the change the sentence before states:
`The council cut the quota, setting it at 7,600 tonnes for next season, down from 8,000 tonnes. The 5% cut
follows poor surveys.`, `시는 버스 요금을 1,250원에서 1,400원으로 올렸다. 이번 12% 인상은 …`.

The rate, after only a determiner (`The`, `This`, `이번`), is followed by a noun of rise or fall (`cut`, `인상`): it
measures the change the sentence before states (the paragraph's last, when the rate opens its own), in the noun's
direction: the one change of an amount linked to its level and what it was measured from, in that direction, or,
with none, the one figure measured from (`down from 8,000 tonnes`) and the level of its unit written right before it
(`at 7,600 tonnes …`). Language words are data (`[link.rate_change_openers]`, `[link.rate_rise_nouns]`,
`[link.rate_fall_nouns]`). A link across sentences is a guess.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import unfurnished_by_sentence
from checker.models import Claim

_OPENER = ByLanguage(lambda w: rf"\s*(?:{w.rate_change_openers})\s+", first_tested=False)
_RISE = ByLanguage(lambda w: rf"\s*(?:{w.rate_rise_nouns})", first_tested=False)
_FALL = ByLanguage(lambda w: rf"\s*(?:{w.rate_fall_nouns})", first_tested=False)
_RATES = ("percent", "fraction")


def link_rates_naming_changes(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    opener = _OPENER[lang]
    by_sentence = None
    for rate in claims:
        if rate.kind not in _RATES or rate.change_of or rate.furniture or rate.role not in ("share", "value", "change"):
            continue
        if rate.sentence >= len(sentence_starts) or rate.sentence == 0:
            continue
        if opener.fullmatch(text, sentence_starts[rate.sentence], rate.start) is None:
            continue
        direction = 1 if _RISE[lang].match(text, rate.end) else -1 if _FALL[lang].match(text, rate.end) else 0
        if not direction:
            continue
        if by_sentence is None:
            by_sentence = unfurnished_by_sentence(claims)
        pair = _change_before(by_sentence.get(rate.sentence - 1, []), direction)
        if pair is None:
            continue
        rate.role, rate.change_of, rate.compared_to = "change", pair[0], pair[1]
        rate.direction = direction
        if "relation" not in rate.guesses:
            rate.guesses.append("relation")


def _change_before(figures: list[Claim], direction: int) -> tuple[str, str] | None:
    """The level and the figure measured from of the one change the sentence states, in `direction`."""
    amounts = [c for c in figures if c.kind in AMOUNTS and c.role != "conversion"]
    changes = [c for c in amounts if c.role == "change" and c.change_of and c.compared_to]
    if changes:
        if len(changes) != 1 or changes[0].direction != direction:
            return None
        return changes[0].change_of, changes[0].compared_to
    starts = [c for c in amounts if c.role == "baseline"]
    if len(starts) != 1:
        return None
    start = starts[0]
    at = amounts.index(start)
    level = amounts[at - 1] if at > 0 else None
    if level is None or level.role != "value" or level.unit != start.unit or level.kind != start.kind:
        return None
    if level.counter and start.counter and level.counter != start.counter:
        return None
    return level.id, start.id
