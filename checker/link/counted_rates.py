"""A rate, then the count it is of: `투표율은 58.7%였다. 선거인 312만명 가운데 183만명이 투표했다`, `Turnout was
68.4%, with 16.9 million of 24.7 million registered voters casting a ballot`.

A rate noun (`투표율`, `취업률`, `응답률`: a stem and `[link.counted_rate_endings]`) states what share of a whole did
what its stem names; the sentence that follows (or the rate's own) counts both: a whole marked before its part
(`W 가운데 P`, checker/link/shares.py sets the part's `share_whole`), the part followed by a verb of the same stem
(`183만명이 투표했다`). In English the count follows the rate in its clause (`Z%, with P of W`,
`[link.counted_rate_openers]`, `[link.part_of_whole_joints]`). The rate is then checked as P / W by the ratio kind.

The rate may also follow its counts in their clause: `선거인 312만명 가운데 183만명이 투표해 투표율 58.7%를 기록했다`,
`전체 2천만 가구 가운데 700만 가구로, 비중이 35%다`: the part right before the rate (no figure between, a few words),
then the end of the part's clause (`[link.counted_rate_joints]`: `이 투표해`, `로,`) and a rate noun (the stem and its
ending, or a share noun, `[link.share_nouns]`: `비중`) right before the rate. The whole may be marked as the figure
the part is drawn from after a comma (`발생량은 31만톤으로, 이 가운데 19만톤이`, `[link.of_which_openers]`).

Nothing is linked when the rate noun after the part is of another stem than the part's verb and names no part's
share whatever the verb (`3만명이 가입했으며 재구매율은 45%`: of the members who joined, the share who bought
again; `[link.part_rate_nouns]`: `낙찰률` after `팔려`), when the verb after the part is of another stem
(`실업률은 3%였다. 인구 5천만명 가운데 2천8백만명이 취업했다` counts the employed, not the unemployed), when another
rate stands between, or when the part is no smaller than the whole. The link is found by position, so it is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

_COUNTS = ("count", "measure", "money")
_WORD = compile_exact(r"[^\W\d_]+")
# `투표율은 `: the stem before the rate ending, then a particle, right before the rate.
_RATE_NOUN_BEFORE = ByLanguage(
    lambda w: rf"(?P<stem>{w.script_letters}{{2,6}}?)(?:{w.counted_rate_endings})\s?(?:{w.topic_particles})?\s*$",
    first_tested=False,
)
# The verb after the part, within a few characters (`183만명이 투표했다`).
_VERB_REACH = 8
# `, with 16.9 million of 24.7 million`
_OPENER = ByLanguage(lambda w: rf",?\s*(?:{w.counted_rate_openers})\s+", re.I)
_JOINT = ByLanguage(lambda w: rf"\s+(?:{w.part_of_whole_joints})\s+", re.I, first_tested=False)
# `…로, 비중이 `, `…이 투표해 투표율 `: after the part, the end of its clause (`[link.counted_rate_joints]`), then a
# rate noun (or a share noun) right before the rate.
_RATE_NOUN_AFTER_PART = ByLanguage(
    lambda w: (
        rf"\s?(?:{w.counted_rate_joints})\s?[^\d.;\n]{{0,12}}?"
        rf"(?<!\w)(?:(?P<stem>{w.script_letters}{{1,6}}?)(?:{w.counted_rate_endings})|{w.share_nouns})"
        rf"\s?(?:{w.topic_particles})?\s*"
    ),
    first_tested=False,
)
# a rate noun that names a part's share of its whole whatever the verb (`낙찰률`, `[link.part_rate_nouns]`)
_PART_RATE_NOUN = ByLanguage(lambda w: rf"(?:{w.part_rate_nouns})", re.I)
# `31만톤으로, 이 가운데 19만톤이`: the part drawn, after a comma, from the figure right before it.
_DRAWN_AFTER_COMMA = ByLanguage(lambda w: rf"[^\d.;,\n]{{0,6}},\s*(?:{w.of_which_openers})\s*", re.I)


def link_counted_rates(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    for position, rate in enumerate(figures):
        if rate.kind != "percent" or rate.role != "share" or rate.share_part is not None or not 0 < rate.value < 100:
            continue
        # (the rate's own prior and change, `58.7%로 4년 전(51.3%)보다 7.4%포인트 높았다`, are passed over)
        following = position + 1
        while following < len(figures) and _of_the_rate(figures[following], rate):
            following += 1
        after = figures[following : following + 2]
        pair = _pair_after(rate, after, text, lang)
        if pair is None:
            pair = _marked_pair_after(rate, after, by_id, text, lang)
        if pair is None and position > 0:
            # (only the figure before the part is read: a copy of every earlier figure per rate is quadratic)
            pair = _marked_pair_before(
                rate, figures[position - 1], figures[position - 2 : position - 1], by_id, text, lang
            )
        if pair is None:
            continue
        part, whole = pair
        if part.unit != whole.unit or part.kind != whole.kind or part.high >= whole.low:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _pair_after(rate: Claim, after: list[Claim], text: str, lang: str) -> tuple[Claim, Claim] | None:
    """`Z%, with P of W`: the part and the whole right after the rate, in its sentence."""
    if len(after) < 2:
        return None
    part, whole = after
    if part.kind not in _COUNTS or whole.kind not in _COUNTS or whole.sentence != rate.sentence:
        return None
    if not _OPENER[lang].fullmatch(text, rate.end, part.start) or not _JOINT[lang].fullmatch(
        text, part.end, whole.start
    ):
        return None
    return part, whole


def _marked_pair_after(
    rate: Claim, after: list[Claim], by_id: dict[str, Claim], text: str, lang: str
) -> tuple[Claim, Claim] | None:
    """`투표율은 Z%였다. 선거인 W 가운데 P이 투표했다`: the next two figures are a whole and its marked part, in the
    rate's sentence or the next, and the verb after the part has the stem of the rate's noun."""
    if len(after) < 2:
        return None
    whole, part = after
    if _marked_whole(part, [whole], by_id, text, lang) is not whole:
        return None
    if part.sentence - rate.sentence > 1 or part.role != "value" or whole.role not in ("value", "baseline", "prior"):
        return None
    noun = _RATE_NOUN_BEFORE[lang].search(text, max(0, rate.start - 16), rate.start)
    if noun is None:
        return None
    stem = noun.group("stem")
    # (the stem's last two letters: `사전투표` names the verb `투표`)
    if stem[-2:] not in text[part.end : part.end + len(stem) + _VERB_REACH]:
        return None
    return part, whole


def _marked_pair_before(
    rate: Claim, part: Claim, before: list[Claim], by_id: dict[str, Claim], text: str, lang: str
) -> tuple[Claim, Claim] | None:
    """`선거인 W 가운데 P가 투표해 투표율 Z%`: the figure right before the rate is a part marked as drawn from a
    whole of its sentence, and a rate noun stands right before the rate."""
    if part.sentence != rate.sentence or part.role != "value" or part.kind not in _COUNTS:
        return None
    joint = _RATE_NOUN_AFTER_PART[lang].fullmatch(text, part.end, rate.start)
    if joint is None or not _rate_of_the_part(joint, text, lang):
        return None
    whole = _marked_whole(part, before, by_id, text, lang)
    if whole is None or whole.sentence != part.sentence:
        return None
    return part, whole


def _rate_of_the_part(joint: re.Match[str], text: str, lang: str) -> bool:
    """`183만명이 투표해 투표율`: the rate noun's stem is the verb's after the part, or the noun names a part's share
    whatever the verb (`팔려 낙찰률`, `[link.part_rate_nouns]`), or it is a share noun (`비중`); `3만명이 가입했으며
    재구매율` is a rate within the part (of those who joined, the share who bought again)."""
    stem = joint.group("stem")
    if stem is None:
        return True  # (a share noun)
    words = _WORD.findall(text, joint.start(), joint.start("stem"))
    if words and words[-1].startswith(stem):
        return True  # (the verb right before the rate noun is the noun's: `투표해 투표율`)
    return _PART_RATE_NOUN[lang].search(text, joint.start("stem"), joint.end()) is not None


def _marked_whole(part: Claim, before: list[Claim], by_id: dict[str, Claim], text: str, lang: str) -> Claim | None:
    """The whole `part` is marked as drawn from: its `share_whole` (`W 가운데 P`), or else the figure right before it
    when a comma and `이 가운데` stand between (`W으로, 이 가운데 P`)."""
    if part.share_whole:
        return by_id.get(part.share_whole)
    if not before:
        return None
    whole = before[-1]
    if whole.sentence != part.sentence or whole.role not in ("value", "baseline", "prior"):
        return None
    return whole if _DRAWN_AFTER_COMMA[lang].fullmatch(text, whole.end, part.start) else None


def _of_the_rate(figure: Claim, rate: Claim) -> bool:
    """A rate of the rate's sentence stated as its prior, its baseline or its change."""
    return (
        figure.sentence == rate.sentence
        and figure.kind in ("percent", "pp")
        and figure.role in ("prior", "baseline", "change")
    )
