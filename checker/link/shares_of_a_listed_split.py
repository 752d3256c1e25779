"""A share drawn after `so` (or a semicolon) from a split its sentence lists, naming the member it is of: `The order is
for 540 stepladders and 360 extension ladders, so stepladders make up 60 per cent of it`, `The draw had 192 men and 64
women, so women made up a quarter of the field`, `Friday drew 11,200, Saturday 21,800 and Sunday 15,500, meaning
Saturday alone accounted for 45 per cent of the weekend`.

The members are the amounts of one kind and unit the sentence lists right before the joint (`[link.split_share_joints]`:
a comma and `so`, `meaning`, `which means`; or a semicolon), joined by commas or `and` with no clause mark or other
figure between them; the share's clause states no figure before the share. The part is the one member the share's
clause names: a word of it (before the share, or after it to the clause's end) is a word of that member's own words
(up to two words before the member, the words after it to the next member or the joint) and of no other member's;
words naming no member (`the`, `made`, `alone`: `[link.share_drawn_subject_skips]`,
`[link.split_share_function_words]`) are passed over. A clause naming none of them, or two, links nothing.

The whole is the total the members add up to, as the story states it: the figure right before the list in its
sentence, the total the members are listed as parts of, or an earlier figure of their kind and unit (this paragraph,
the one before, or the lead) whose value is their sum. None stated links nothing: a share of a sum the story never
states is not read. A whole stated in another sentence makes the link a guess (a warning).
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.inflections import singular
from checker.link.keys_differ import periods_differ
from checker.link.per_unit_apart import is_a_rate, opens_with_headline
from checker.link.sentence_groups import prose_figures
from checker.link.shares_of_an_opening_pool import open_share
from checker.models import Claim
from checker.regex_cache import compile_exact

_MEMBER_GAP = 40  # characters of a member's own words before the next member
_BEFORE_WORDS = 2  # words before a member that may name it (`Saturday 21,800`)
_SUBJECT_REACH = 80  # characters of the share's clause between the joint and the share
_LOOK_BACK = 120  # figures before the list where its total is looked for

# between two listed members: the first's own words, then a comma or `and` (no clause mark, no figure)
_LIST_GAP = compile_exact(
    rf"[^\d.;:!?()\n]{{0,{_MEMBER_GAP}}}?(?:,\s*(?:and\s+)?|\s+and\s+)[^\d.;:!?()\n,]{{0,24}}", re.I
)
# between the last member and the share: its own words, the joint, the share's clause (no figure, no clause mark)
_JOINT_THEN_SHARE = ByLanguage(
    lambda w: (
        rf"(?P<own>[^\d.,;:!?()\n]{{0,{_MEMBER_GAP}}})(?P<joint>{w.split_share_joints})"
        rf"(?P<clause>[^\d.,;:!?()\n]{{0,{_SUBJECT_REACH}}})"
    ),
    re.I,
)
_SKIP = ByLanguage(lambda w: rf"(?:{w.share_drawn_subject_skips}|{w.split_share_function_words})", re.I)
_WORD = compile_exact(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_AFTER_SHARE = compile_exact(r"[^\d.,;:!?()\n]{0,60}")  # the share's clause after it (`of the field were women`)
# (the total's own words, a comma, and the first member right after it: `50 riders this year, 35 men`)
_BARE_COMMA = compile_exact(r"[^\d.;:!?()\n,]{0,40},\s*")
_LIST_JOINT = compile_exact(r",|\band\b", re.I)
_CLAUSE_MARKS = compile_exact(r"[.;:!?()\n]")
_PER_UNIT_AFTER = ByLanguage(lambda w: rf"(?:{w.per_unit_after})", re.I)


def link_shares_of_a_listed_split(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for i, share in enumerate(figures):
        if i < 2 or not open_share(share):
            continue
        last = figures[i - 1]
        if last.sentence != share.sentence or not _a_member(last, text, lang):
            continue
        joint = _JOINT_THEN_SHARE[lang].fullmatch(text, last.end, share.start)
        if joint is None:
            continue
        run = _listed_run(figures, i - 1, text, lang)
        if len(run) < 2:
            continue
        found = _members_and_total(figures, run, text, lang)
        if found is None:
            continue
        members, whole = found
        part = _the_member_named(members, whole, share, joint.start("joint"), joint.end("joint"), text, lang)
        if part is None or periods_differ(part, whole) or periods_differ(share, part):
            continue
        share.share_part, share.share_whole = part.id, whole.id
        if whole.sentence != share.sentence:
            share.guesses = sorted(set(share.guesses) | {"relation"})


def _a_member(c: Claim, text: str, lang: str) -> bool:
    """An amount stated as itself: no rate, no figure per unit, no bound."""
    return (
        c.kind in AMOUNTS
        and c.role == "value"
        and c.per_unit_of is None
        and c.per_period_of is None
        and c.value > 0
        and math.isfinite(c.low)
        and math.isfinite(c.high)
        and not c.table_cell
        and not _PER_UNIT_AFTER[lang].match(text, c.end)
        and not (c.kind == "count" and is_a_rate(c, text, lang))
    )


def _listed_run(figures: list[Claim], last: int, text: str, lang: str) -> list[Claim]:
    """The amounts of the last one's kind and unit listed right before it in its sentence, in text order."""
    run = [figures[last]]
    for j in range(last - 1, -1, -1):
        c, after = figures[j], run[0]
        if c.sentence != after.sentence or (c.kind, c.unit) != (after.kind, after.unit) or not _a_member(c, text, lang):
            break
        if not _LIST_GAP.fullmatch(text, c.end, after.start):
            break
        run.insert(0, c)
    return run


def _sums_to(members: list[Claim], total: Claim) -> bool:
    added = sum(c.value for c in members)
    return total.low <= added <= total.high or math.isclose(added, total.value, rel_tol=0.002)


def _members_and_total(figures: list[Claim], run: list[Claim], text: str, lang: str) -> tuple[list, Claim] | None:
    """The listed members and the stated total they add up to: the run's first figure when the rest sum to it (`40
    entrants, 31 men and nine women`), else the total the members are parts of, else an earlier figure of their kind
    and unit in this paragraph, the one before or the lead."""
    for k in range(len(run) - 2):
        # (`40 entrants, 31 men and nine women`: the total, its words, a comma, its members; `artists $3m, security
        # $1m` lists a member after a word of its own)
        if not _BARE_COMMA.fullmatch(text, run[k].end, run[k + 1].start):
            continue
        if _sums_to(run[k + 1 :], run[k]) and run[k].value > max(c.value for c in run[k + 1 :]):
            return run[k + 1 :], run[k]
    kind_unit = (run[0].kind, run[0].unit)
    totals = {c.part_of for c in run}
    if len(totals) == 1 and None not in totals:
        total = next((c for c in figures if c.id in totals), None)
        if total is not None and (total.kind, total.unit) == kind_unit and _sums_to(run, total):
            return run, total
    start = figures.index(run[0])
    lead = _lead_paragraphs(figures, text)
    reach = {run[0].paragraph, run[0].paragraph - 1} | lead
    for c in reversed(figures[max(0, start - _LOOK_BACK) : start]):
        if c.paragraph not in reach or (c.kind, c.unit) != kind_unit or not _a_member(c, text, lang):
            continue
        if c.value > max(m.value for m in run) and _sums_to(run, c):
            return run, c
    return None


def _lead_paragraphs(figures: list[Claim], text: str) -> set[int]:
    headline = opens_with_headline(text)
    first = next((c.paragraph for c in figures if not (headline and c.paragraph == 0)), None)
    return {first} | ({0} if headline else set())


def _words(text: str, start: int, end: int, lang: str) -> set[str]:
    return {singular(w, lang) for w in _WORD.findall(text, start, end) if len(w) >= 3 and not _SKIP[lang].fullmatch(w)}


def _the_member_named(
    members: list[Claim], whole: Claim, share: Claim, joint_start: int, joint_end: int, text: str, lang: str
) -> Claim | None:
    """The one member whose own words the share's clause repeats; the noun the whole counts names every member
    (`240 desk globes and 80 floor-standing ones, so the larger globes …`: no member named)."""
    after = _AFTER_SHARE.match(text, share.end)
    said = _words(text, joint_end, share.start, lang) | _words(text, share.end, after.end(), lang)
    said -= _words(text, whole.start, whole.end, lang) | _words(whole.counter or "", 0, len(whole.counter or ""), lang)
    if not said:
        return None
    named: list[Claim] = []
    own: list[set[str]] = []
    for k, member in enumerate(members):
        before_from = max(0, member.start - _MEMBER_GAP)
        if k:  # (after the joint that closes the member before and its own words: `100 were red, 60 green`)
            joint = _LIST_JOINT.search(text, members[k - 1].end, member.start)
            before_from = joint.end() if joint else member.start
        stop = _CLAUSE_MARKS.search(text[before_from : member.start][::-1])  # (the sentence or clause before: none)
        if stop is not None:
            before_from = member.start - stop.start()
        before = _WORD.findall(text, before_from, member.start)[-_BEFORE_WORDS:]
        upto = members[k + 1].start if k + 1 < len(members) else joint_start
        words = {singular(w, lang) for w in before if len(w) >= 3 and not _SKIP[lang].fullmatch(w)}
        # (its own text with the noun it counts, `64 women`, and the words after it)
        upto = min(upto, member.end + _MEMBER_GAP)
        joint = _LIST_JOINT.search(text, member.end, upto)  # (`, Saturday 21,800`: the next member's own words)
        own.append(words | _words(text, member.start, joint.start() if joint else upto, lang))
    for k, member in enumerate(members):
        others = set().union(*(o for j, o in enumerate(own) if j != k))
        if (own[k] - others) & said:
            named.append(member)
    return named[0] if len(named) == 1 else None
