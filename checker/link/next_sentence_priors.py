"""A change measured from a time the sentence names, and that time's figure stated in the next sentence: `총수입은
702조4천억원으로 올해보다 4.4% 늘어날 것으로 예상했다. 올해 총수입 전망치는 672조8천억원이다.`

The change is tied to its value and to no earlier figure; the word right before the comparison (`올해보다`,
`[link.compared_after]`) names a time, and the next sentence of the paragraph opens with that word and states
exactly one figure of the value's unit, a level of no other metric: that figure is the earlier one the change is
measured from."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import metrics_differ
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

# The time named right before the comparison, no figure between it and the change (`올해보다 `, `작년에 비해 `).
_TIME_COMPARED = ByLanguage(lambda w: rf"(?<![^\s(])(?P<time>[^\W\d_]{{2,6}})(?:{w.compared_after})\s*$")
_REACH = 16
_LEVELS = ("value", "prior")


def link_next_sentence_priors(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_id = {c.id: c for c in claims}
    by_sentence = group_by_sentence(c for c in claims if not c.furniture and c.role != "conversion")
    for change in claims:
        if change.role != "change" or change.kind != "percent" or change.compared_to is not None:
            continue
        value = by_id.get(change.change_of or "")
        if value is None or value.sentence != change.sentence or change.sentence + 1 >= len(sentence_starts):
            continue
        named = _TIME_COMPARED[lang].search(text, max(0, change.start - _REACH), change.start)
        if named is None:
            continue
        following = [c for c in by_sentence.get(change.sentence + 1, []) if c.unit == value.unit]
        if len(following) != 1 or following[0].role not in _LEVELS or following[0].paragraph != change.paragraph:
            continue
        if metrics_differ(following[0], value) or following[0].compared_to or following[0].change_of:
            continue
        opening = text[sentence_starts[change.sentence + 1] : following[0].start].lstrip()
        if not re.match(rf"{re.escape(named.group('time'))}(?![^\W\d_])", opening):
            continue
        following[0].role = "prior"
        change.compared_to = following[0].id
