"""Shares of one stated whole told apart, with other matter between them, are no run of one partition: `기부자 500명
가운데 320명(64%)은 5만원을 냈다. … 기부자의 절반인 250명은 서울 주민이었다`, `Of its 400 members, 240 (60%) are
women. … Half of the members, 200, live in town` — each share's sentence splits the whole by an attribute of its
own (what they gave, where they live), so the shares need not add up to at most 100% (checker/check/kinds/share.py
adds the shares of one whole). Shares of one whole in one sentence, or in sentences one right after another, stay
one run (`남성은 55%다. 여성은 45%다`); a share two sentences or more after the last share of its whole (a sentence
holding none between) opens a run of its own, marked on its `whole` so the check groups it apart. The links to the
part and the whole are kept: each share is still checked against them.
"""

from __future__ import annotations

from checker.models import Claim

_RUN_GAP = 1  # sentences a run of shares of one whole may step from one share to the next


def split_share_runs_apart(claims: list[Claim]) -> None:
    runs: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.role == "share" and (claim.whole or "").startswith("of:"):
            runs.setdefault(claim.whole, []).append(claim)
    for whole, shares in runs.items():
        if len(shares) < 2:
            continue
        shares.sort(key=lambda c: (c.sentence, c.start))
        opened = shares[0].sentence
        last = shares[0].sentence
        for share in shares[1:]:
            if share.sentence - last > _RUN_GAP:
                opened = share.sentence
            last = share.sentence
            if opened != shares[0].sentence:
                share.whole = f"{whole}@{opened}"
