"""A whole, then a sentence that says what it is made of: `공모 물량은 520만대다. 내수용 390만대와 수출용 130만대로
구성된다.`, `The offering totals 5.2 million shares. It is made up of 3.9 million new shares and 1.3 million sold by
existing holders.`

The parts' sentence names no whole of its own: in Korean its figures of one unit come first (no topic before the
first, `[link.topic_particles]`) and the last is followed by a make-up verb (`[link.made_up_of_ends]`: `로 구성된다`,
`로 나뉜다`); in English it opens on a pronoun or `the total` and the make-up words (`[link.made_up_of_openers]`: `It
is made up of`, `They consist of`) right before the first figure. Every figure of the unit before the verb (Korean)
or after the opener (English) in the sentence is a part, two at least, of one kind and counter.

The whole is the one figure of the parts' unit, kind and counter in the sentence right before, a value larger than
each part (with two such, which one is made up is not said: nothing is linked). Made up of says the parts are all
of it (closed); the whole is found by position, so the link is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.link.wholes import join_parts
from checker.models import Claim

_AMOUNTS = ("money", "count", "measure")
_ENDS = ByLanguage(lambda w: rf"[^\d.;]{{0,4}}?(?:{w.made_up_of_ends})", first_tested=False)
_OPENER = ByLanguage(lambda w: rf"\s*(?:{w.made_up_of_openers})\s+[^\d.;]{{0,12}}$", re.I, first_tested=False)
_TOPIC = ByLanguage(lambda w: rf"(?:{w.topic_particles})\s", first_tested=False)
_MOST_PARTS = 8


def link_made_up_of(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.kind in _AMOUNTS and c.role == "value" and not c.furniture]
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    by_sentence = group_by_sentence(figures)
    for sentence, members in by_sentence.items():
        if sentence == 0 or sentence >= len(sentence_starts):
            continue
        parts = _parts(members, text, lang, sentence_starts[sentence])
        if parts is None:
            continue
        key = (parts[0].unit, parts[0].kind, parts[0].counter)
        if any((c.unit, c.kind, c.counter) != key for c in parts):
            continue
        if any(c.part_of or c.id in wholes or c.tally_of for c in parts):
            continue  # read as parts or wholes of their own already
        before = [
            c
            for c in by_sentence.get(sentence - 1, [])
            if (c.unit, c.kind, c.counter) == key and c.role == "value" and not c.forecast
        ]
        larger = [c for c in before if c.low > max(p.high for p in parts)]
        if len(larger) != 1 or larger[0].part_of or larger[0].id in wholes:
            continue
        whole = larger[0]
        join_parts(whole, parts, wholes, closed=True)


def _parts(members: list[Claim], text: str, lang: str, start: int) -> list[Claim] | None:
    """The figures the sentence says its whole is made of, or None when it says no such thing."""
    opened = next((at for at, c in enumerate(members) if _OPENER[lang].search(text, start, c.start)), None)
    if opened is not None:
        if opened > 0 and _OPENER[lang].search(text, start, members[opened - 1].start):
            return None
        parts = [c for c in members[opened:] if c.unit == members[opened].unit]
        return parts if 2 <= len(parts) <= _MOST_PARTS else None
    ends = next((at for at, c in enumerate(members) if _ENDS[lang].match(text, c.end)), None)
    if ends is None or ends < 1:
        return None
    parts = [c for c in members[: ends + 1] if c.unit == members[ends].unit]
    if not 2 <= len(parts) <= _MOST_PARTS or _TOPIC[lang].search(text, start, parts[0].start):
        return None  # (a topic before the first part names a whole of the sentence's own)
    return parts
