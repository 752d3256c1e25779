"""A share drawn after `so` from a split its sentence lists, stating the named member's share of the listed whole:
`The order is for 540 oak chairs and 360 pine chairs, so oak chairs make up 60 per cent of them`, `Friday drew 1,000,
Saturday 3,000 and Sunday 1,000, meaning Saturday alone accounted for 60 per cent`.

The members are the amounts of one kind and unit the sentence lists right before the joint (`[link.split_share_joints]`:
a comma and `so`, `meaning`, `which means`; no semicolon), joined by commas or `and` with no clause mark or other
figure between them. The share's clause is the member as the subject of a verb stating its share
(`[link.split_share_verbs]`: `make up`, `account for`, `are`, `were`), the share right after the verb, and after the
share nothing, or only the listed whole (`[link.split_share_back_wholes]`: `of them`, `of the total`, `of all`; or
`of the NOUN` with the total's own noun), before the clause ends. Any other `of` phrase (`of the overtime`, `of the
women`), a period (`in July`), a rate word (`full`) or a comparison (`more … than`) after the share links nothing.
Every word of the subject but function words (`[link.share_drawn_subject_skips]`, `[link.split_share_function_words]`)
is a word of one member's own words (up to two words before it, the words after it to the next member or the joint),
and one of them is of that member only: a subject naming none, two, or anything else links nothing.

The whole is the total the members add up to, as the story states it, counting the same noun (a count) and unit: the
figure right before the list in its sentence, the total the members are listed as parts of, or an earlier figure of
their kind and unit (this paragraph, the one before, or the lead) whose value is their sum and whose sentence dates it
as the list's sentence does (`[link.split_share_period_marks]`: `500 trees last year` is no total of `this spring`'s
split). None stated links nothing. A whole stated in another sentence makes the link a guess (a warning).
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.inflections import singular
from checker.link.keys_differ import periods_differ
from checker.link.per_unit_apart import opens_with_headline
from checker.link.sentence_groups import prose_figures
from checker.link.shares_of_an_opening_pool import open_share
from checker.link.shares_of_that import an_amount_as_stated
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
# between the last member and the share: its own words, the joint, the subject and the verb stating its share
_JOINT_THEN_SHARE = ByLanguage(
    lambda w: (
        rf"(?P<own>[^\d.,;:!?()\n]{{0,{_MEMBER_GAP}}})(?P<joint>{w.split_share_joints})"
        rf"(?P<subject>[^\d.,;:!?()\n]{{1,{_SUBJECT_REACH}}}?)\s+(?:{w.split_share_verbs})\s+"
    ),
    re.I,
)
# after the share: nothing, or the listed whole (`of them`, `of the total`, `of the NOUN`), then the clause's end
_SHARE_OF_THE_WHOLE = ByLanguage(
    lambda w: (
        rf"(?:\s+(?:{w.split_share_back_wholes}|of\s+(?:(?:{w.split_share_whole_determiners})\s+)?(?P<noun>[^\W\d_]+)))?"
        r"(?![\w'’-])\s*(?:[.,;]|$)"
    ),
    re.I,
)
# `…, so three in five are plain`, `…; three-fifths are grey`: the joint right before the share, which is the clause's
# subject; after it the verb (`[link.split_share_subject_verbs]`) and the words naming the member, to the clause's end
_JOINT_BEFORE_SHARE = ByLanguage(
    lambda w: rf"(?P<own>[^\d.,;:!?()\n]{{0,{_MEMBER_GAP}}})(?P<joint>{w.split_share_subject_joints})",
    re.I,
)
_SHARE_THEN_NAMED = ByLanguage(
    lambda w: (
        rf"\s+(?:of\s+(?:them|it|all)\s+)?(?:{w.split_share_subject_verbs})\s+"
        rf"(?P<said>[^\d.,;:!?()\n]{{1,{_SUBJECT_REACH}}}?)\s*(?:[.,;]|$)"
    ),
    re.I,
)
# the pool a sentence opens on (`Of the 1,740 seats,`: `[link.opening_pool_marks]`), a number's comma inside it
_POOL = ByLanguage(
    lambda w: rf"\s*(?:{w.opening_pool_marks})\s+(?P<pool>(?:[^.;:!?\n,]|(?<=\d),(?=\d{{3}})){{1,90}}?),\s", re.I
)
_PERIOD_MARKS = ByLanguage(lambda w: rf"\b(?:{w.split_share_period_marks})\b", re.I)
_SENTENCE_END = compile_exact(r"(?<!\d)[.!?](?!\d)|\n")
_NO_NOUN = frozenset({"one", "ones"})
_SKIP = ByLanguage(lambda w: rf"(?:{w.share_drawn_subject_skips}|{w.split_share_function_words})", re.I)
_WORD = compile_exact(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# (the total's own words, a comma, and the first member right after it: `50 riders this year, 35 men`)
_BARE_COMMA = compile_exact(r"[^\d.;:!?()\n,]{0,40},\s*")
_LIST_JOINT = compile_exact(r",|\band\b", re.I)
_CLAUSE_MARKS = compile_exact(r"[.;:!?()\n]")


def link_shares_of_a_listed_split(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for i, share in enumerate(figures):
        if i < 2 or not open_share(share):
            continue
        last = figures[i - 1]
        if last.sentence != share.sentence or not an_amount_as_stated(last, text, lang):
            continue
        joint = _JOINT_THEN_SHARE[lang].fullmatch(text, last.end, share.start)
        if joint is None:
            _link_share_as_subject(figures, i, text, lang)
            continue
        run = _listed_run(figures, i - 1, text, lang)
        if len(run) < 2:
            continue
        found = _members_and_total(figures, run, text, lang)
        if found is None:
            continue
        members, whole = found
        after = _SHARE_OF_THE_WHOLE[lang].match(text, share.end)
        if after is None or (after.group("noun") and not _the_total_noun(after.group("noun"), whole, lang)):
            continue  # (`of the women`, `of the overtime`, `90 per cent full`, `in July`: no share of the list's whole)
        part = _the_member_named(members, share, joint.start("joint"), joint.span("subject"), text, lang)
        if part is None or periods_differ(part, whole) or periods_differ(share, part):
            continue
        if whole.sentence != share.sentence and not _dated_alike(whole, part, text, lang):
            continue
        share.share_part, share.share_whole = part.id, whole.id
        if whole.sentence != share.sentence:
            share.guesses = sorted(set(share.guesses) | {"relation"})


def _listed_run(figures: list[Claim], last: int, text: str, lang: str) -> list[Claim]:
    """The amounts of the last one's kind and unit listed right before it in its sentence, in text order."""
    run = [figures[last]]
    for j in range(last - 1, -1, -1):
        c, after = figures[j], run[0]
        if (
            c.sentence != after.sentence
            or (c.kind, c.unit) != (after.kind, after.unit)
            or not an_amount_as_stated(c, text, lang)
        ):
            break
        if not _LIST_GAP.fullmatch(text, c.end, after.start):
            break
        run.insert(0, c)
    return run


def _sums_to(members: list[Claim], total: Claim, lang: str) -> bool:
    added = sum(c.value for c in members)
    sums = total.low <= added <= total.high or math.isclose(added, total.value, rel_tol=0.002)
    return sums and _counts_alike(members, total, lang)


def _counts_alike(members: list[Claim], total: Claim, lang: str) -> bool:
    """A count total counts the members' own noun (`900 chairs`, `540 oak chairs`): `100 vehicles` is no total of
    `70 drivers and 30 mechanics` whatever they add up to."""
    if total.kind != "count":
        return True
    if not total.counter:
        return False
    noun = singular(total.counter.lower(), lang)
    return all(
        not c.counter or c.counter.lower() in _NO_NOUN or singular(c.counter.lower(), lang) == noun for c in members
    )


def _the_total_noun(word: str, whole: Claim, lang: str) -> bool:
    return bool(whole.counter) and singular(word.lower(), lang) == singular(whole.counter.lower(), lang)


def _sentence_of(c: Claim, text: str) -> str:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, c.start)), default=0)
    end = _SENTENCE_END.search(text, c.end)
    return text[start : end.start() if end else len(text)]


def _dated_alike(whole: Claim, part: Claim, text: str, lang: str) -> bool:
    """The total's sentence and the list's date their figures alike (both undated, or by the same words)."""
    marks = [{m.lower() for m in _PERIOD_MARKS[lang].findall(_sentence_of(c, text))} for c in (whole, part)]
    return marks[0] == marks[1]


def _members_and_total(figures: list[Claim], run: list[Claim], text: str, lang: str) -> tuple[list, Claim] | None:
    """The listed members and the stated total they add up to: the run's first figure when the rest sum to it (`40
    entrants, 31 men and nine women`), else the total the members are parts of, else an earlier figure of their kind
    and unit in this paragraph, the one before or the lead."""
    for k in range(len(run) - 2):
        # (`40 entrants, 31 men and nine women`: the total, its words, a comma, its members; `artists $3m, security
        # $1m` lists a member after a word of its own)
        if not _BARE_COMMA.fullmatch(text, run[k].end, run[k + 1].start):
            continue
        if _sums_to(run[k + 1 :], run[k], lang) and run[k].value > max(c.value for c in run[k + 1 :]):
            return run[k + 1 :], run[k]
    kind_unit = (run[0].kind, run[0].unit)
    totals = {c.part_of for c in run}
    if len(totals) == 1 and None not in totals:
        total = next((c for c in figures if c.id in totals), None)
        if total is not None and (total.kind, total.unit) == kind_unit and _sums_to(run, total, lang):
            return run, total
    start = figures.index(run[0])
    lead = _lead_paragraphs(figures, text)
    reach = {run[0].paragraph, run[0].paragraph - 1} | lead
    for c in reversed(figures[max(0, start - _LOOK_BACK) : start]):
        if c.paragraph not in reach or (c.kind, c.unit) != kind_unit or not an_amount_as_stated(c, text, lang):
            continue
        if c.value > max(m.value for m in run) and _sums_to(run, c, lang):
            return run, c
    return None


def _lead_paragraphs(figures: list[Claim], text: str) -> set[int]:
    headline = opens_with_headline(text)
    first = next((c.paragraph for c in figures if not (headline and c.paragraph == 0)), None)
    return {first} | ({0} if headline else set())


def _words(text: str, start: int, end: int, lang: str) -> set[str]:
    return {singular(w, lang) for w in _WORD.findall(text, start, end) if len(w) >= 3 and not _SKIP[lang].fullmatch(w)}


def _the_member_named(
    members: list[Claim],
    share: Claim,
    joint_start: int,
    subject: tuple[int, int],
    text: str,
    lang: str,
    loose: bool = False,
) -> Claim | None:
    """The one member the subject names: every word of it one of that member's own words, one of them its only
    (`240 desk lamps and 80 standing lamps, so the lamps …`: no member named; `trawler crews`: more than a member).
    Loose (the words after a share's verb, `paid in full`): one word of the member's only, and none of another's
    only; words of no member's are let by."""
    said = _words(text, subject[0], subject[1], lang)
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
        if loose:
            if (own[k] - others) & said and not (others - own[k]) & said:
                named.append(member)
        elif said <= own[k] and (own[k] - others) & said:
            named.append(member)
    return named[0] if len(named) == 1 else None


def _link_share_as_subject(figures: list[Claim], i: int, text: str, lang: str) -> None:
    """`Of the 1,740 seats, 1,160 were sold at the full price and 580 at the reduced price, so two-thirds paid in
    full`, `… 4,200 pairs in blue and 2,800 in green; three-fifths are blue`: the share is the subject of the clause
    the joint opens, and the words after its verb name the member (a word of that member's own and of no other's,
    no word of another member's only). The whole is the total the members are listed as parts of (read from the
    words: `Of the 1,740 seats`, `spent £54,000 …, of which`), none other: a list of no stated whole links nothing."""
    share, last = figures[i], figures[i - 1]
    joint = _JOINT_BEFORE_SHARE[lang].fullmatch(text, last.end, share.start)
    after = _SHARE_THEN_NAMED[lang].match(text, share.end) if joint else None
    if joint is None or after is None:
        return
    run = _listed_run(figures, i - 1, text, lang)
    whole, run = _pool_total(figures, run, text, lang)
    if len(run) < 2:
        return
    if whole is None or (whole.kind, whole.unit) != (run[0].kind, run[0].unit) or not _counts_alike(run, whole, lang):
        return
    if whole.high <= max(c.value for c in run):
        return
    part = _the_member_named(run, share, joint.start("joint"), after.span("said"), text, lang, loose=True)
    if part is None or periods_differ(part, whole) or periods_differ(share, part):
        return
    share.share_part, share.share_whole = part.id, whole.id
    if whole.sentence != share.sentence:
        share.guesses = sorted(set(share.guesses) | {"relation"})


def _pool_total(figures: list[Claim], run: list[Claim], text: str, lang: str) -> tuple[Claim | None, list[Claim]]:
    """The whole the listed members are parts of, as the words state it, and the members: the one amount in the pool
    their sentence opens on (`Of the 1,740 seats, …`; the members are those after it), else the total they are linked
    to as parts."""
    last = run[-1]
    opens = max((m.end() for m in _SENTENCE_END.finditer(text, 0, last.start)), default=0)
    pool = _POOL[lang].match(text, opens, last.start)
    if pool is not None:
        inside = [c for c in figures if pool.start("pool") <= c.start and c.end <= pool.end("pool")]
        return (inside[0] if len(inside) == 1 else None), [c for c in run if c.start >= pool.end()]
    totals = {c.part_of for c in run}
    if len(totals) != 1 or None in totals:
        return None, run
    return next((c for c in figures if c.id in totals), None), run
