"""A share whose whole was guessed far off, of a part already read as a part of a whole stated near it: `올해 캠프에는
학생 360명이 참가했다. 초등학생이 162명으로 45%를 차지했고 중학생은 198명이었다`, `The choir has 360 singers.
Trebles number 162, or 45%, and the rest 198` — the part and its siblings make up the whole of their own sentence or
the one before (checker/link/totals.py, a list or a partition), so the share is of that whole, not of a figure of
the same kind the lead or headline states about another thing. Only a share whose whole no word names (its link a
guess, and not of the part's own named metric), of a part its list reading placed (`part_list`), and only a whole
in the share's paragraph, at most a sentence before it, larger than the part.
"""

from __future__ import annotations

from checker.models import Claim

_SENTENCES_BACK = 1


def link_shares_of_the_parts_whole(claims: list[Claim]) -> None:
    by_id = {c.id: c for c in claims}
    for share in claims:
        if share.role != "share" or not share.share_part or "relation" not in share.guesses:
            continue
        part = by_id.get(share.share_part)
        if part is None or not part.part_of or not part.part_list or part.part_of == share.share_whole:
            continue  # (only a part of a list read as one: its members listed, or a partition's)
        guessed = by_id.get(share.share_whole or "")
        if guessed is not None and guessed.metric and guessed.metric == part.metric:
            continue  # (the whole guessed names the part's own metric: it may be the whole meant)
        whole = by_id.get(part.part_of)
        if (
            whole is None
            or whole.role != "value"
            or whole.paragraph != share.paragraph
            or not 0 <= share.sentence - whole.sentence <= _SENTENCES_BACK
            or (whole.kind, whole.unit, whole.counter) != (part.kind, part.unit, part.counter)
            or whole.value <= part.value
        ):
            continue
        if share.whole and share.whole == f"of:{share.share_whole}":
            share.whole = f"of:{whole.id}"
        share.share_whole = whole.id
