"""Net trades of investor groups stated together, then group by group: `외국인과 기관이 1조원 순매수` (or the
headline's `외인·기관 1조 순매수`) with `외국인은 6000억원어치 순매수했다. 기관도 4000억원 순매수했다.`;
`Foreign investors and institutions were net buyers of $900 million` with `Foreign investors posted net buying of
$500 million. Institutions added net buying of $400 million.` The joint figure is the sum of the groups' figures.

A joint figure is a net trade (`net_buying`, `net_selling`) whose sentence names two or more investor groups joined
by a list separator right before it (`[link.investors_foreign]`, `[link.investors_institutional]`,
`[link.investors_retail]`; `[link.list_separators]`). A group's own figure is a figure of the joint's metric and
unit whose nearest group word before it in its sentence (no figure between them) names that group alone. The
groups' figures must stand in one run of at most `_RUN_SENTENCES` consecutive sentences, one figure a group, and
that run must be the only one in the article: markets and days an article reports apart (`코스피에서 기관은 …`,
`코스닥에서 기관도 …`) give one run each, and which the joint figure sums is then not said, so nothing is linked.
Each joint figure is checked as a list of its own (`tally_of`): a headline and a lead may state the same sum.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_cache import compile_exact

_NET_TRADES = ("net_buying", "net_selling")
_GROUP_CLASSES = ("investors_foreign", "investors_institutional", "investors_retail")
# a group word: not inside a longer word (`비외국인`, `foreigners'` is still the group)
_GROUP = ByLanguage(
    lambda w: (
        r"(?<![\w])(?:" + "|".join(rf"(?P<g{n}>{getattr(w, name)})" for n, name in enumerate(_GROUP_CLASSES)) + r")"
    ),
    re.I,
    first_tested=False,
)
_SEPARATOR = ByLanguage(lambda w: rf"\s?(?:{w.list_separators})\s?", re.I, first_tested=False)
_RUN_SENTENCES = 2
# how far before a joint figure its groups may be named (`Foreign investors and institutions posted net buying of $1bn`)
_JOINT_REACH = 64


def link_joint_net_trades(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    trades = [c for c in claims if c.metric in _NET_TRADES and c.kind == "money" and not c.furniture]
    trades = [c for c in trades if c.role == "value" and c.sentence < len(sentence_starts)]
    if len(trades) < 3:
        return
    owners = {c.id: _owner(c, text, lang, sentence_starts, trades) for c in trades}
    for joint in trades:
        groups = _joint_groups(joint, text, lang, sentence_starts)
        if groups is None or joint.part_of or joint.tally_of:
            continue
        parts = _only_run(joint, groups, trades, owners)
        if parts is None or any(p.sentence == joint.sentence for p in parts):
            continue
        if any(p.high > joint.high for p in parts) or any(joint.id in p.tally_of for p in parts):
            continue
        for part in parts:
            part.tally_of = [*part.tally_of, joint.id]
        joint.guesses = sorted(set(joint.guesses) | {"relation"})


def _groups_at(text: str, lang: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(group, start, end) of each group word between start and end."""
    out = []
    for match in _GROUP[lang].finditer(text, start, end):
        group = next(n for n in range(len(_GROUP_CLASSES)) if match.group(f"g{n}") is not None)
        out.append((group, match.start(), match.end()))
    return out


def _joint_groups(joint: Claim, text: str, lang: str, sentence_starts: list[int]) -> frozenset[int] | None:
    """The groups named together before a figure (`외국인과 기관이`, `Foreign investors and institutions`),
    two at least and each once: the last run of group words joined by separators before it."""
    lo = max(sentence_starts[joint.sentence], joint.start - _JOINT_REACH)
    found = _groups_at(text, lang, lo, joint.start)
    if len(found) < 2:
        return None
    joined = [found[-1]]
    for previous in reversed(found[:-1]):
        if _SEPARATOR[lang].fullmatch(text, previous[2], joined[0][1]) is None:
            break
        joined.insert(0, previous)
    groups = frozenset(g for g, _, _ in joined)
    if len(joined) < 2 or len(groups) != len(joined):
        return None
    if _DIGIT.search(text, joined[-1][2], joint.start):
        return None  # another figure stands between the groups and this one
    return groups


_DIGIT = compile_exact(r"\d")


def _owner(figure: Claim, text: str, lang: str, sentence_starts: list[int], trades: list[Claim]) -> int | None:
    """The one group a figure is of: the nearest group word before it in its sentence, named alone (not joined
    with another), with no other net trade between the word and the figure."""
    found = _groups_at(text, lang, sentence_starts[figure.sentence], figure.start)
    if not found:
        return None
    group, start, end = found[-1]
    if len(found) > 1 and _SEPARATOR[lang].fullmatch(text, found[-2][2], start) is not None:
        return None  # `외국인과 기관이 …`: a joint figure
    if any(c.sentence == figure.sentence and end <= c.start < figure.start for c in trades):
        return None
    return group


def _only_run(joint: Claim, groups: frozenset[int], trades: list[Claim], owners: dict) -> list[Claim] | None:
    """The groups' figures of the joint's metric and unit: one run of consecutive sentences, one figure a
    group, and the only such run in the article."""
    candidates = [
        c
        for c in trades
        if c.id != joint.id and c.metric == joint.metric and c.unit == joint.unit and owners[c.id] is not None
    ]
    runs = []
    for first in candidates:
        if owners[first.id] not in groups:
            continue
        near = [c for c in candidates if 0 <= c.sentence - first.sentence < _RUN_SENTENCES and owners[c.id] in groups]
        by_group: dict[int, list[Claim]] = {}
        for figure in near:
            by_group.setdefault(owners[figure.id], []).append(figure)
        if set(by_group) == groups and all(len(v) == 1 for v in by_group.values()):
            run = sorted((v[0] for v in by_group.values()), key=lambda c: c.start)
            if run[0] is first and run not in runs:
                runs.append(run)
    return runs[0] if len(runs) == 1 else None
