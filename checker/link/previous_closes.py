"""A level's previous close stated in the sentence after its change: `원/달러 환율은 전날보다 7.2원 내린 1,371.4원에
마감했다. 전날 종가는 1,378.6원이었다.`, `The index fell 12.3 points to 1,830.5. The previous close was 1,842.8.`
(issue 11).

A market wrap states a close, its move from the day before, and, in the next sentence, the close of the day
before. That sentence opens by naming it (`전날 종가는`, `직전 거래일 종가는`, `전날 코스닥 종가는`, `The previous
close was`) right before its figure: the figure is what the change is measured from (close − previous close = the
move), which the difference kind checks. Only when the change has no figure compared with in its own sentence, the
next sentence states no other figure of the unit and no change, and the two figures are of one unit and counter;
a link across sentences is a guess. Language words are data (`[link.previous_day_words]`, `[link.close_nouns]`
with `[link.topic_particles]`, `[link.close_copulas]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import unfurnished_by_sentence
from checker.models import Claim

# `전날 종가는 `, `전날 코스닥 종가는 `, `The previous close was `: from the sentence's start to its figure, with at
# most one short word (the market's name) between the day and the close
_OPENS_WITH_PREVIOUS_CLOSE = ByLanguage(
    lambda w: (
        rf"\s*(?:{w.previous_day_words})\s(?:\S{{1,10}}\s)?(?:{w.close_nouns})"
        rf"(?:(?:{w.topic_particles})|\s(?:{w.close_copulas}))\s?"
    ),
    re.I,
    first_tested=False,
)
_AMOUNTS = ("money", "count")
_STARTS = ("baseline", "prior")


def link_previous_closes(claims: list[Claim], text: str, language: str, sentence_starts: list[int]) -> None:
    by_id = {c.id: c for c in claims}
    by_sentence = unfurnished_by_sentence(claims)
    opens = _OPENS_WITH_PREVIOUS_CLOSE[language]
    for change in claims:
        if change.role != "change" or change.kind not in _AMOUNTS or change.compared_to or change.furniture:
            continue
        value = by_id.get(change.change_of or "")
        if value is None or value.sentence != change.sentence or value.unit != change.unit:
            continue
        if any(c.role in _STARTS for c in by_sentence[change.sentence]):
            continue  # its own sentence states what it is measured from (`전 거래일(2,556.35)보다`)
        following = by_sentence.get(change.sentence + 1, [])
        if not following or any(c.role == "change" for c in following):
            continue
        same_unit = [c for c in following if c.unit == value.unit and c.counter == value.counter]
        if len(same_unit) != 1 or same_unit[0].role not in ("value", *_STARTS):
            continue
        prior = same_unit[0]
        if change.sentence + 1 >= len(sentence_starts):
            continue
        if not opens.fullmatch(text, sentence_starts[change.sentence + 1], prior.start):
            continue
        if prior.forecast != value.forecast:
            continue
        prior.role = "baseline"
        change.compared_to = prior.id
        if "relation" not in change.guesses:
            change.guesses.append("relation")
