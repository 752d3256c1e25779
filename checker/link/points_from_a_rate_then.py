"""Points measured from a rate stated as of an earlier time, in the sentence after the rate they reach: `자가 비율은
48.0%였다. 2020년 당시에는 41.5%였는데, 이번에 6.5%포인트 높아졌다`, `Owner-occupiers made up 48.0% of homes. At the
time the share was 41.5%, and it has since risen 6.5 percentage points`. The rate beside the points is the earlier
one (a word before them says it is of that time: `[link.rate_then]`); the rate they reach is the level the story
stated before.

- the points' sentence: one points change, read as the change of the one other rate of the sentence, which stands
  before them, after a word of that time;
- the level: in the nearest earlier sentence of the paragraph that states a rate not a change (at most two
  sentences back, so a sentence of a count's growth may stand between), its one rate that is neither a change, a
  baseline nor a prior;
- no metric or entity, named by both and guessed by neither, that differs.

A guess: the points then run from the earlier rate to the level, in the way their verb says.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import named_differently
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_SENTENCES_BACK = 2
_NOT_LEVELS = ("change", "baseline", "prior")
_THEN = ByLanguage(lambda w: rf"(?:{w.rate_then})", re.I)


def link_points_from_a_rate_then(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if not any(c.kind == "pp" and c.role == "change" for c in claims):
        return
    by_sentence = group_by_sentence(claim for claim in claims if not claim.furniture and claim.role != "conversion")
    for sentence, figures in by_sentence.items():
        rates = [c for c in figures if c.kind in ("percent", "pp")]
        if len(rates) != 2 or rates[1].kind != "pp" or rates[1].role != "change":
            continue
        earlier, change = rates
        if earlier.kind != "percent" or change.change_of != earlier.id or change.compared_to is not None:
            continue
        if change.direction == 0 or not _THEN[lang].search(text, sentence_starts[sentence], earlier.start):
            continue
        level = _level_before(sentence, change.paragraph, by_sentence)
        if level is None or any(named_differently(level, earlier, key) for key in ("metric", "entities")):
            continue
        change.change_of, change.compared_to = level.id, earlier.id
        change.metric = change.metric or level.metric
        change.guesses = sorted(set(change.guesses) | {"relation"})


def _level_before(sentence: int, paragraph: int, by_sentence: dict[int, list[Claim]]) -> Claim | None:
    for earlier in range(sentence - 1, sentence - 1 - _SENTENCES_BACK, -1):
        figures = by_sentence.get(earlier, [])
        if any(c.paragraph != paragraph for c in figures):
            return None
        levels = [c for c in figures if c.kind == "percent" and c.role not in _NOT_LEVELS]
        if levels:
            return levels[0] if len(levels) == 1 else None
    return None
