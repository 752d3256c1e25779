"""A figure stated as beyond another by a rate: `2분기 매출은 5조5천억원으로 시장 예상치 5조원을 10% 웃돌았다`,
`영업이익 9천억원은 전망치 1조원을 10% 밑돈 수준이다`.

The rate follows the figure it is measured from, marked as the object (`Y을 `), and a verb of exceeding or
falling short right after it (`웃돌았다`, `밑돌았다`: with no particle on the rate, the extractor reads it as the
margin, not a bound). The level is the nearest figure of that unit and counter before it in the sentence, a value:
the rate is the change from the figure exceeded to it, checked by the growth kind. Language words are data
(`[link.exceed_verbs]`, `[link.fall_short_verbs]`, `[link.object_particles]`).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_OBJECT = ByLanguage(lambda w: rf"(?:{w.object_particles})\s?", first_tested=False)
_VERB = ByLanguage(lambda w: rf"\s?(?:(?P<up>{w.exceed_verbs})|(?P<down>{w.fall_short_verbs}))", first_tested=False)


def link_margins_beyond(claims: list[Claim], text: str, lang: str) -> None:
    for sentence in prose_by_sentence(claims).values():
        for i, rate in enumerate(sentence):
            if i < 2 or rate.kind != "percent" or rate.qualifier or rate.change_of or rate.share_part:
                continue
            exceeded = sentence[i - 1]
            if exceeded.kind not in AMOUNTS or not _OBJECT[lang].fullmatch(text, exceeded.end, rate.start):
                continue
            verb = _VERB[lang].match(text, rate.end)
            if verb is None:
                continue
            level = next(
                (
                    c
                    for c in reversed(sentence[: i - 1])
                    if c.kind == exceeded.kind and c.unit == exceeded.unit and c.counter == exceeded.counter
                ),
                None,
            )
            if level is None or level.role != "value" or level.change_of or level.qualifier:
                continue
            rate.role, rate.direction = "change", 1 if verb.group("up") else -1
            rate.change_of, rate.compared_to, rate.whole = level.id, exceeded.id, None
            exceeded.role = "baseline"
