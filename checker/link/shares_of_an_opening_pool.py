"""A sentence that opens on the pool its parts are drawn from, then states a part and its share: `Of the 320 boats
in the marina, 88, about a quarter, are for hire`; `Of those, 40 were sold, or 12 per cent`; `Of the lambs weighed,
610 passed the grade, roughly two in three`.

English names the whole a part is of ahead of the clause (`Of`, `[link.opening_pool_marks]`, then the pool's words
up to the first comma); the clause may open after a colon (`… in the survey: of the 720 members who replied, …`).
The part is the amount the clause then states last before the share, and the share stands right after it: after a
comma, perhaps `or` or a noun naming the share as a rate (`a pass rate of`:
`[link.opening_pool_share_joints]`). Several parts may follow, each with its share (`Of those 60 crews, 21 row
from the harbour towns, about 35 per cent, and 15 are junior crews, a quarter`). A share of the part's own group
(`…, a third of them abroad`: `[link.share_fallback_own_group_after]`) is none of the pool, nor is one naming after
its `of` a whole in words the pool does not state (`…, a third of all visitors`, `…, 25% of volunteer stewards`).

The whole is
- the one amount the pool's words state (`Of the 320 boats`), of the part's kind and unit;
- else, a pool that points back (`Of those`, `Of these members`: `[link.opening_pool_back_references]`), the one
  amount of the part's kind and unit, larger than it, the sentence before states;
- else the figure an earlier sentence states of the pool's noun (`Of the lambs weighed`: the `lambs`), found by its
  noun (checker/link/fractions_of_named_wholes.py); a noun no earlier figure's clause states, the participle closing
  the pool (`Of the material collected`: `[link.opening_pool_participles]`) names it: the figure stated with that
  verb (`collected 1,400 tonnes`).
The part's clause may set an amount of another kind after the part (`310 exceeded the limit of 10 milligrams a litre,
or one in six`): an amount that finds no whole of its own kind and counter is passed over for the one before it.
The whole is larger than the part and of no other period; counts count the same noun or the part names none. The
whole of a pool that points back or is named by its noun is found apart, so the link is a guess (`relation`): a
mismatch is a warning.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS, SHARE_WHOLES
from checker.link.fractions_of_named_wholes import whole_named_by
from checker.link.keys_differ import periods_differ
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

_POOL_REACH = 90  # characters of the pool's words before the comma that closes them
_NOUN_REACH = 48  # characters before an earlier figure where the pool's noun is named

_OPENING_POOL = ByLanguage(
    lambda w: rf"\s*(?:{w.opening_pool_marks})\s+(?P<pool>[^.;:!?\n,]{{1,{_POOL_REACH}}}?),\s", re.I
)
_BACK = ByLanguage(lambda w: rf"(?:{w.opening_pool_back_references})(?![^\W\d_])", re.I)
_JOINT = ByLanguage(lambda w: rf"[^.;:!?\n]*?,\s*(?:(?:{w.opening_pool_share_joints})\s+)?", re.I)
_OWN_GROUP = ByLanguage(lambda w: rf"\s+(?:{w.share_fallback_own_group_after})(?![^\W\d_])", re.I)
# right after a share, `of` and the words of a whole it names (`a third of all visitors`)
_OF_NOUN = ByLanguage(lambda w: rf"\s+(?:{w.ratio_of_after})\s+(?P<noun>[^\d.,;:!?()\n]{{1,40}})", re.I)
_WORD = compile_exact(r"[^\W\d_][^\W\d_'’-]*")
# a pool's closing participle (`collected`, `seen`, `tested`: `[link.opening_pool_participles]`)
_PARTICIPLE = ByLanguage(lambda w: rf"(?:{w.opening_pool_participles})", re.I)
# the pool's words that name no noun of its whole (articles, owners, a year's mark)
_SKIP = ByLanguage(lambda w: rf"(?:{w.share_subject_skips}|{w.opening_pool_skips})", re.I)


def open_share(share: Claim) -> bool:
    """A share below its whole that no rule has linked yet (no part, whole or rate of its own), outside tables."""
    return (
        share.role == "share"
        and share.kind in SHARE_WHOLES
        and not (share.share_part or share.share_whole or share.whole or share.rate_of)
        and share.value > 0
        and share.high < SHARE_WHOLES[share.kind]
        and not share.table_cell
    )


def _amount(c: Claim) -> bool:
    return c.kind in AMOUNTS and c.role == "value" and c.per_unit_of is None and c.value > 0 and math.isfinite(c.high)


def link_shares_of_an_opening_pool(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    shares = [c for c in figures if open_share(c)]
    if not shares:
        return
    for share in shares:
        if share.sentence >= len(sentence_starts):
            continue
        opens = sentence_starts[share.sentence]
        pool = _OPENING_POOL[lang].match(text, opens, share.start)
        if pool is None:
            # (or the clause after a colon opens on the pool: `… in the survey: of the 720 members who replied, 468,
            # nearly two-thirds, …`)
            colon = text.rfind(":", opens, share.start)
            pool = _OPENING_POOL[lang].match(text, colon + 1, share.start) if colon >= 0 else None
        if pool is None:
            continue
        clause = [c for c in figures if pool.end() <= c.start and c.end <= share.start]
        parts = [c for c in clause if c.kind in AMOUNTS]
        if not parts:
            continue
        if _OWN_GROUP[lang].match(text, share.end):
            continue  # (`Of the 80 vans, 60 were sold, a third of them abroad`: a share of the part itself)
        named = _OF_NOUN[lang].match(text, share.end)
        if named is not None and not {
            w.casefold() for w in _WORD.findall(named.group("noun")) if not _SKIP[lang].fullmatch(w)
        } <= {w.casefold() for w in _WORD.findall(pool.group("pool"))}:
            # (`Of those, 2,100 came by bus, a third of all visitors`, `…, or 25% of volunteer stewards`: a whole of
            # its own, or a group within the pool, the share's words naming what the pool's do not)
            continue
        found = _part_and_whole(figures, clause, parts, pool, share, text, lang, sentence_starts)
        if found is None:
            continue
        part, whole = found
        share.share_part, share.share_whole = part.id, whole.id
        share.guesses = sorted(set(share.guesses) | {"relation"})


def _part_and_whole(
    figures: list[Claim],
    clause: list[Claim],
    parts: list[Claim],
    pool: re.Match[str],
    share: Claim,
    text: str,
    lang: str,
    sentence_starts: list[int],
) -> tuple[Claim, Claim] | None:
    """The part the clause states last before the share, and its whole; else, that amount finding no whole, an
    earlier one of another kind and unit (`Of the wells tested, 310 exceeded the limit of 10 milligrams a litre, or
    one in six`: the limit's measure is no part of the wells)."""
    for k in range(len(parts) - 1, -1, -1):
        part = parts[k]
        if k < len(parts) - 1 and any(_of_one_kind(c, part) for c in parts[k + 1 :]):
            return None  # (another amount of the part's kind after it: the share's part, were it any)
        if not _amount(part):
            continue  # (`10 milligrams per litre`: a figure per unit, no part)
        if not _JOINT[lang].fullmatch(text, part.end, share.start):
            return None  # (the share set beside its part, nothing but the part's clause and a comma between)
        if any(c.kind in SHARE_WHOLES and c.role == "share" for c in clause if c.start > part.end):
            return None
        whole = _whole(figures, pool, part, text, lang, sentence_starts)
        if (
            whole is not None
            and _of_one_kind(whole, part)
            and whole.low > part.high
            and not periods_differ(whole, part)
        ):
            return part, whole
    return None


def _of_one_kind(whole: Claim, part: Claim) -> bool:
    if (whole.kind, whole.unit) != (part.kind, part.unit):
        return False
    # (`Of the 320 boats, 88 crew`: counts of two nouns; a bare part counts the pool's)
    return not (whole.counter and part.counter and whole.counter.casefold() != part.counter.casefold())


def _whole(
    figures: list[Claim], pool: re.Match[str], part: Claim, text: str, lang: str, sentence_starts: list[int]
) -> Claim | None:
    stated = [c for c in figures if pool.start("pool") <= c.start and c.end <= pool.end("pool")]
    if stated:
        # (`Of the 320 boats in the marina`: the pool's own figure; two figures, which unsaid)
        amounts = [c for c in stated if _amount(c)]
        if len(amounts) != 1 or not _of_one_kind(amounts[0], part):
            return None
        return amounts[0]
    words = [w for w in _WORD.findall(pool.group("pool")) if not _SKIP[lang].fullmatch(w)]
    before = [c for c in figures if c.sentence < part.sentence and _amount(c)]
    if _BACK[lang].match(pool.group("pool")):
        # (`Of those, 40 were sold`: the amount of the sentence before, larger than the part)
        last = [c for c in before if c.sentence == part.sentence - 1 and _of_one_kind(c, part) and c.low > part.high]
        if words:
            # (`Of those members`: of the sentence before's amounts, the one whose noun the pool names)
            named = whole_named_by(last, part, [words[-1:]], text, reach=_NOUN_REACH, lang=lang)
            return named
        return last[0] if len({c.value for c in last}) == 1 else None
    if not words:
        return None
    # (`Of the lambs weighed`: the earlier figure of the pool's noun, the first word the head: `lambs`; else, a noun
    # no figure's clause states, the participle closing the pool, `Of the material collected`: the figure the story
    # says was `collected`)
    named = whole_named_by(before, part, [words[:1]], text, reach=_NOUN_REACH, lang=lang)
    if named is None and len(words) > 1 and _PARTICIPLE[lang].fullmatch(words[-1]):
        named = whole_named_by(before, part, [words[-1:]], text, reach=_NOUN_REACH, lang=lang)
    return named
