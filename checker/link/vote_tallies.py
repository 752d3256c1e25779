"""Votes cast each way, and the number of members who voted: `재적 위원 27명 가운데 23명이 참석했다. 찬성 15표, 반대
8표가 나왔다.`, `With all 23 members present, the motion passed by 15 votes for to 8 against.`

Two figures or more of one sentence, each labelled as a way to vote (`[link.vote_labels]`: `찬성`, `반대`, `기권`
right before it; `for`, `against`, `abstentions` right after it), are the votes cast. Their whole is the count
of those present or voting (`[link.voters_present]` right after it: `이 참석했다`, `present`), the latest such
count in the votes' sentence or the one before, larger than each tally. Votes are counted per member, whatever
counter each side names (`표`, `명`). A vote may be left out (spoilt ballots, members who did not vote): the tally is
open, so only an excess is certain. Found by words and position, so a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_LABEL_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.vote_labels})\s?$", re.I, first_tested=False)
_LABEL_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.vote_labels})(?![^\W\d_])", re.I, first_tested=False)
_PRESENT_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.voters_present})", re.I, first_tested=False)
_MOST_TALLIES = 5


def link_vote_tallies(claims: list[Claim], text: str, lang: str) -> None:
    counts = [c for c in claims if c.kind == "count" and c.role == "value" and not c.furniture]
    by_sentence = group_by_sentence(counts)
    for sentence, members in by_sentence.items():
        tallies = [c for c in members if _labelled(c, text, lang)]
        if not 2 <= len(tallies) <= _MOST_TALLIES or any(c.part_of for c in tallies):
            continue
        present = [
            c
            for c in (*by_sentence.get(sentence - 1, []), *members)
            if c not in tallies and c.start < tallies[-1].start and _PRESENT_AFTER[lang].match(text, c.end)
        ]
        if not present:
            continue
        whole = present[-1]
        if whole.part_of or any(c.high >= whole.low for c in tallies):
            continue
        for tally in tallies:
            tally.part_of = whole.id
        whole.open_list = True
        whole.guesses = sorted(set(whole.guesses) | {"relation"})


def _labelled(figure: Claim, text: str, lang: str) -> bool:
    return bool(
        _LABEL_BEFORE[lang].search(text, max(0, figure.start - 12), figure.start)
        or _LABEL_AFTER[lang].match(text, figure.end)
    )
