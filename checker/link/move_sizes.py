"""The size of a move written from one figure to another, named by a noun after them: `The club's fee slides from £90
to £81 a term, a saving of £9, or 10%`, `The new mast lifts the aerial from 18 feet to 24 feet, a rise of 6 feet, or a
third`.

Roles read the amount after the noun (`[link.move_size_rise_nouns]`, `[link.move_size_fall_nouns]`) and the rate after
it and `or` as changes (checker/link/roles.py, `move_ends`); this links each to the pair it names: a change of the
figure reached, measured from the figure left. Only a change no earlier rule tied both ends of is linked; whatever the
verb (a verb of no move, `lifts`, leaves the figure left a plain value, not a baseline).
"""

from __future__ import annotations

from checker.link.roles import move_ends
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim


def link_move_sizes(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    for sentence, figures in prose_by_sentence(claims).items():
        if sentence >= len(sentence_starts):
            continue
        for change in figures:
            if change.role != "change" or (change.change_of is not None and change.compared_to is not None):
                continue
            ends = move_ends(change, text, lang, sentence_starts[sentence])
            if ends is None:
                continue
            left = next((c for c in figures if c.start < ends[0] <= c.end), None)
            reached = next((c for c in figures if c.start < ends[1] <= c.end), None)
            if left is None or reached is None or left is reached or left.kind != reached.kind:
                continue
            if left.unit != reached.unit or (change.kind == left.kind and change.unit != left.unit):
                continue  # (a size of another unit than the pair's: no size of that move)
            change.change_of, change.compared_to = reached.id, left.id
