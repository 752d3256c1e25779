"""A whole, then its parts in its own sentence, each named by the whole's own noun with a label before it:
`3분기 매출은 715억원으로 광고 매출 520억원, 수신료 매출 195억원이었다`, `Revenue was $71.5m, with advertising revenue
of $52.0m and licence revenue of $19.5m.`

The whole follows its noun and a topic particle or a verb of level (`[link.whole_noun_ends]`: `매출은`, `Revenue
was`), and is followed at once by the words that open its parts (`[link.whole_parts_joints]`: `으로`, `, with`).
Each part follows, past a separator (`[link.list_separators]`), a label and the whole's noun again (`광고 매출`,
`advertising revenue of`: `[link.named_part_links]` between the noun and the figure): the repeated noun is what
makes the figures parts of the whole, never that they add up. The last part ends the sentence's clause with a
copula or a full stop (`[link.named_parts_ends]`: `이었다`), so the parts are all the whole is made of (closed).
Parts are of the whole's unit, kind, counter and period, each smaller than it, two at least, none a part or whole
of another list. Found by words and position, so the link is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_NOUN = r"[^\s\d,.;:()'\"’]{1,12}?"
_WHOLE_NOUN = ByLanguage(lambda w: rf"(?:^|\s)(?P<noun>{_NOUN})(?:{w.whole_noun_ends})\s*$", re.I)
_JOINT = ByLanguage(lambda w: rf"(?:{w.whole_parts_joints})", re.I, first_tested=False)
_PART_NAME = ByLanguage(
    lambda w: (
        rf"\s*,?\s*(?:(?:{w.list_separators})\s+)?[^\d,.;:()]{{1,16}}?\s(?P<noun>{_NOUN})\s*"
        rf"(?:{w.named_part_links})?\s*"
    ),
    re.I,
    first_tested=False,
)
_END = ByLanguage(lambda w: rf"(?:{w.named_parts_ends})", re.I, first_tested=False)
_NOUN_REACH = 24  # characters before the whole its noun stands in
_MOST_PARTS = 8


def link_parts_named_by_the_whole(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.kind in AMOUNTS and c.role == "value" and not c.furniture]
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    for sentence, members in group_by_sentence(figures).items():
        if sentence >= len(sentence_starts):
            continue
        for at, whole in enumerate(members[:-2]):
            parts = _parts(whole, members[at + 1 :], text, lang, sentence_starts[sentence])
            if parts is None:
                continue
            if whole.part_of or whole.id in wholes or any(p.part_of or p.id in wholes or p.tally_of for p in parts):
                continue  # read as parts or wholes of their own already
            for part in parts:
                part.part_of = whole.id
            wholes.add(whole.id)
            whole.open_list = False
            whole.guesses = sorted(set(whole.guesses) | {"relation"})
            break


def _parts(whole: Claim, after: list[Claim], text: str, lang: str, sentence_start: int) -> list[Claim] | None:
    named = _WHOLE_NOUN[lang].search(text, max(sentence_start, whole.start - _NOUN_REACH), whole.start)
    if named is None:
        return None
    joint = _JOINT[lang].match(text, whole.end)
    if joint is None:
        return None
    noun, at, parts = named.group("noun").casefold(), joint.end(), []
    for part in after[:_MOST_PARTS]:
        name = _PART_NAME[lang].fullmatch(text, at, part.start)
        if name is None or name.group("noun").casefold() != noun:
            break
        parts.append(part)
        at = part.end
    if len(parts) < 2 or not _END[lang].match(text, parts[-1].end):
        return None
    key = (whole.unit, whole.kind, whole.counter, whole.period)
    if any((p.unit, p.kind, p.counter, p.period) != key or p.high >= whole.low for p in parts):
        return None
    return parts
