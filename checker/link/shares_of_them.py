"""A whole, then a part of it and the part's share, pointed back to by `of them`: `Holm Tools employs 4,800 people,
3,200 of them, two thirds, in Norway`, `…5,000 staff, three in five of them part-time, or 3,000 people`.

The whole and its noun end at a comma; right after comes the part (or the share), pointing back to the whole with
`of them`, `of whom` (`[link.parts_of_them]`); then, after a comma, the share (`or` may stand before it,
`[link.appositive_share_marks]`), or, when the share came first, the part after `or`. The share is the part's share of
that whole (a ratio, checker/check/kinds/ratio.py): named by the text, not a guess. The part and the whole are of one
unit and kind, the part the smaller (a part after `or` restates the share, so its noun may be a plainer one: `or
3,000 people` of `5,000 staff`); a share already read as another's is left.

The whole may also be named by its noun alone, stated with its figure before: `The show drew 60,000 spectators. …
Members accounted for 33,000 of the spectators, more than half`: the part, `of the` and a noun
(`[link.part_of_named_whole_joints]`), then the share after a comma. The whole is the latest figure before the part
counting that noun, of the part's unit, larger than it and of no other period; found by its noun, so a guess. A
joint naming a time's owner (`of this year's trees`: `[link.this_time_owners]`, `[link.earlier_time_owners]`) takes
only a whole whose sentence names that time (`This year the farm sells 7,500 trees`) or that is dated to the part's
own period (`In 2026 the farm sells …`): a count of the noun stated of no time (`The farm has 60,000 trees`, its
stock) is no whole of this year's.

A share first pointing back with `of them` to the figure before (`… 420 members, up 40 per cent from 300 five years
ago, and girls make up 85 per cent of them, 357 in all`) passes over the earlier level a change of the clause's
level is measured from: `them` are the level's, not the earlier year's.

The whole may stand further back in the part's sentence, a clause between: `Inspectors found 64 hives empty, and the
club has refilled 48 of them, three-quarters, since May`. `of them` then points back to the nearest figure before the
part, of its unit and kind and counting the same (a bare part counts the whole's noun), larger than it, no clause
break (`;`, a bracket) between, the one figure of its unit and kind the sentence states before the part: the share
is of that figure, stated by the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.per_period import stated_per_period
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.share_rates import open_share
from checker.link.subset_wholes import whole_does_what_the_part_names
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import search_between

# the whole's noun, then the comma before what points back to it (`4,800 people, `)
_WHOLE_THEN = compile_exact(r"[^\d.;,()]{0,30},\s*")
# `3,200 of them, two thirds` / `3,200 of them, or 67%` / `410 of them women, almost two-thirds` (what the part is, in
# a few words of no figure, or a bound of an age: `65 of them under 16, or 42%`)
_PART_THEN_SHARE = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.parts_of_them})(?:\s+(?:{w.part_description_bounds}|[^\W\d_][\w'’-]*)){{0,3}}\s*,\s*"
        rf"(?:(?:{w.appositive_share_marks}|(?P<clause>{w.clause_share_marks}))\s+)?"
    ),
    re.I,
)
# `three in five of them part-time, or 3,000 people`
_SHARE_THEN_PART = ByLanguage(
    lambda w: rf"\s+(?:{w.parts_of_them})[^\d.;,()]{{0,30}},\s*(?:{w.appositive_share_marks})\s+", re.I
)

# `33,000 of the spectators, more than half`: the part, the whole's noun, then the share (not `… of the total`)
_PART_OF_NOUN_THEN_SHARE = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.part_of_named_whole_joints})\s+(?P<noun>[^\W\d_][\w-]*)\s*,\s*"
        rf"(?:(?:{w.appositive_share_marks})\s+)?"
    ),
    re.I,
)
# `a quarter of all the teams, 21`, `one in four of the dogs it took in, 54 in all`: the share, `of` and its pool (no
# figure in it), then a comma (perhaps a hedge) before the part
_SHARE_OF_POOL_THEN_PART = ByLanguage(
    lambda w: rf"\s+of\s+(?P<pool>(?:{w.share_pool_then_part})\b[^\d.;:,()]{{0,50}}?)\s*,\s*(?:(?:{w.hedges})\s+)?",
    re.I,
)
_NOT_OF = compile_exact(r"\s+of\b", re.I)
# (`13 of whom were shortlisted, a third of them women`: a share pointing back to the part with one noun closing its
# aside is a kind within the part, not the part's share of the whole)
_SHARE_WITHIN_THE_PART = ByLanguage(
    lambda w: rf"\s+(?:{w.pool_part_marks})\s+[^\W\d_]+(?=\s*(?:[,.;:)]|$))", re.I, first_tested=False
)
# `, a third of the whole club.`, `, nearly half of its crew,`: the share's `of` and a few words closing the
# clause, the whole restated
_OF_WHOLE_CLOSING = compile_exact(r"\s+of(?:\s+[^\W\d_][\w'’-]*){1,4}\s*(?:[.,;:!?)\n]|$)", re.I)
# in a part's joint, the owner naming the time of its whole (`of this year's trees`, `of last season's goals`)
_TIME_OWNER = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.this_time_owners}|{w.earlier_time_owners})", re.I)
_OWNER_ENDING = compile_exact(r"['’]s$")
_SENTENCE_END = compile_exact(r"[.!?\n]")
_WORD = compile_exact(r"[^\W\d_]+")
_SENTENCE_REACH = 400  # characters before a whole where its sentence may open
_CLAUSE_BREAK = compile_exact(r"[;:()]")
# `48 of them, three-quarters, …`: `of them` right before the comma and the share (no words between, no `or`)
_OF_THEM_THEN_SHARE = ByLanguage(lambda w: rf"\s+(?:{w.parts_of_them})\s*,\s*", re.I)
# `6,000 tonnes of that rice, or 75%`, `6,000 of those, 75%`: a demonstrative (and the whole's noun), then the share
_PART_OF_THAT_THEN_SHARE = ByLanguage(
    lambda w: rf"\s+(?:{w.parts_of_that})(?:\s+[^\W\d_][\w-]*){{0,2}}\s*,\s*(?:(?:{w.appositive_share_marks})\s+)?",
    re.I,
)
# `1,440 of them unaided, 80 per cent`: `of them`, a few words of what the part is (no figure), then the share after
# a comma (perhaps `or`)
_OF_THEM_WORDS_THEN_SHARE = ByLanguage(
    lambda w: rf"\s+(?:{w.parts_of_them})(?:\s+[^\W\d_][\w'’-]*){{0,3}}\s*,\s*(?:(?:{w.appositive_share_marks})\s+)?",
    re.I,
)
# between two coordinated levels: the first one's noun, then `and` (`6,000 buses and 3,000 coaches`)
_AND_BETWEEN = ByLanguage(lambda w: rf"[^\d.;:,()]{{0,30}}?\s(?:{w.and_words})\s+", re.I)
_THAT_REACH = 1  # sentences back from the part a demonstrative may point to its whole in
# before a figure in its sentence, the subject that makes it each member's (`Each of the four drivers now makes `):
# one member's figure, no whole a share of `the total` is of (in its own clause: `Each van runs daily, and the vans
# made 3,000 deliveries` is a whole of another subject)
_EACH_MEMBERS = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.each_member_subjects})\s[^.!?;,\n]*$", re.I)
_EACH_REACH = 80
# `will take 10 tonnes, or 20% of that`, `15 tonnes, a third of that`: the part, a comma (perhaps `or`), then the share
# pointing back with a demonstrative right after it
_PART_THEN_SHARE_OF_THAT = ByLanguage(
    lambda w: rf"[^\d.;:,()]{{0,20}}?,\s*(?:(?:{w.appositive_share_marks})\s+)?(?:(?:{w.hedges})\s+)?", re.I
)
# (a demonstrative closing the share's clause, not `of the total`, `[link.share_of_whole]`: the total of a list, read
# by checker/link/shares.py; nor `of those replaced a year earlier`: of a group its words name, no figure)
_OF_THAT_AFTER = ByLanguage(lambda w: rf"\s+(?!(?:{w.share_of_whole})\b)(?:{w.parts_of_that})\s*(?:[.;,]|$)", re.I)
# `About a quarter of that, $2.1m, goes to …`, `More than half of those, 9,000 tonnes, went …`, `80% of the total, or
# €7.6m`: the share first, pointing back with a demonstrative, then its part set off by a comma (perhaps after `or`)
_SHARE_OF_THAT_THEN_PART = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.parts_of_that}|{w.parts_of_them})\s*,\s*(?:(?:{w.appositive_share_marks})\s+)?"
        rf"(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
)


def link_shares_of_them(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for members in prose_by_sentence(claims).values():
        for whole, second, third in zip(members, members[1:], members[2:]):
            if not _WHOLE_THEN.fullmatch(text, whole.end, second.start):
                continue
            # (the share first when the second figure is one: `two in five of them part-time, or 3,770 people`)
            if open_share(second) and _SHARE_THEN_PART[lang].fullmatch(text, second.end, third.start):
                rate, part, restated = second, third, True
            elif (found := _PART_THEN_SHARE[lang].fullmatch(text, second.end, third.start)) and not (
                _NOT_OF.match(text, third.end)
                and (
                    found.group("clause")
                    or (found.group(0).rstrip().endswith(",") and not _OF_WHOLE_CLOSING.match(text, third.end))
                )
            ):
                # (`60 of them women, which is 15% of the town's choristers`: after `[link.clause_share_marks]` a
                # share naming a pool of its own after `of` is another pool's)
                # (`65 of them girls, 30 per cent of the crowd walked …`: a share set off by a comma alone and
                # followed by `of` and a clause going on opens a clause of its own whole; `, a third of the whole
                # club.` and `, or 42 per cent of the dancers` restate the whole)
                part, rate, restated = second, third, False
            else:
                continue
            if not open_share(rate) or rate.share_whole:
                continue
            if not restated and _SHARE_WITHIN_THE_PART[lang].match(text, rate.end):
                continue
            if part.kind not in AMOUNTS or (part.unit, part.kind) != (whole.unit, whole.kind):
                continue
            if part.counter and whole.counter and part.counter != whole.counter and not restated:
                continue  # counts of two things (a part after `or` restates the share: `or 3,000 people`)
            if part.high >= whole.low:
                continue  # a part is smaller than its whole
            rate.share_part, rate.share_whole = part.id, whole.id
            rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
            rate.label = rate.label or part.id
    _shares_of_them_apart(claims, text, lang)
    _shares_of_them_before(claims, text, lang)
    _shares_of_named_nouns(figures, text, lang)
    _shares_of_that(figures, text, lang)
    _shares_of_named_pools(figures, text, lang)


def _shares_of_them_apart(claims: list[Claim], text: str, lang: str) -> None:
    """`found 64 hives empty, and the club has refilled 48 of them, three-quarters, since May`: the part, `of them`
    and its share after a comma, the whole the figure right before the part in its sentence, a clause between."""
    for members in prose_by_sentence(claims).values():
        for whole, part, rate in zip(members, members[1:], members[2:]):
            if not _OF_THEM_THEN_SHARE[lang].fullmatch(text, part.end, rate.start) or _NOT_OF.match(text, rate.end):
                continue  # (`12 of them are in dorms, or 30% of its shared rooms`: a share of another whole)
            if not open_share(rate) or rate.share_whole or rate.share_part:
                continue
            if part.kind not in AMOUNTS or (part.unit, part.kind) != (whole.unit, whole.kind):
                continue
            if whole.role != "value" or part.role != "value" or _CLAUSE_BREAK.search(text, whole.end, part.start):
                continue
            if part.counter and part.counter != whole.counter or part.high >= whole.low:
                continue  # (counts of two things; a part is smaller than its whole)
            if periods_differ(whole, part):
                continue  # (`300 entries in 2025 and 360 in 2026, and 90 of them`: the later year's, unread)
            if any(
                c is not whole and c.end <= part.start and (c.unit, c.kind) == (whole.unit, whole.kind) for c in members
            ):
                continue  # (`80 signs faded and 200 poles bent, and … 60 of them`: which figure `them` are, unsaid)
            rate.share_part, rate.share_whole = part.id, whole.id
            rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
            rate.label = rate.label or part.id


def _shares_of_them_before(claims: list[Claim], text: str, lang: str) -> None:
    """`Members were set 60 clues a night, 1,800 in all. The best solver cracked 1,440 of them unaided, 80 per cent`:
    the part, `of them` and its share right after a comma, the part the first figure of its sentence; `them` points
    back to the last figure of the sentence before of the part's unit and kind: a level larger than the part, of no
    other period, stated per no period (`188 a week`), no larger level of its unit and kind before it there (which,
    unsaid), and no count of another noun there (`400 members and 1,200 supporters`: which, unsaid). A figure of the
    unit smaller than the part last there, or a count of another noun larger than the part in the sentence before that
    (`let 500 stalls. Its busiest day drew 9,000 shoppers. Food traders ran 150 of them`: which, unsaid), and nothing
    is linked. Found across sentences by position: a guess."""
    by_sentence = prose_by_sentence(claims)
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        part, rate = members[0], members[1]
        if not _OF_THEM_WORDS_THEN_SHARE[lang].fullmatch(text, part.end, rate.start) or _NOT_OF.match(text, rate.end):
            continue
        if not open_share(rate) or rate.share_whole or rate.share_part:
            continue
        if part.kind not in AMOUNTS or part.role != "value":
            continue
        before = [c for c in by_sentence.get(part.sentence - 1, ()) if (c.unit, c.kind) == (part.unit, part.kind)]
        if not before:
            continue
        whole = before[-1]
        if whole.role != "value" or whole.low <= part.high or periods_differ(whole, part):
            continue
        if part.counter and part.counter != whole.counter:
            continue
        if stated_per_period(whole, text, lang) or whole.per_unit_of is not None:
            continue
        if any(c.counter and c.counter != whole.counter for c in before):
            continue  # (counts of two nouns in the sentence before: which `them` are, unsaid)
        if any(c is not whole and c.role == "value" and c.low > whole.high for c in before):
            continue
        if any(
            (c.unit, c.kind) == (part.unit, part.kind) and c.counter != whole.counter and c.high > part.low
            for c in by_sentence.get(part.sentence - 2, ())
        ):
            continue  # (`let 500 stalls. Its busiest day drew 9,000 shoppers.`: `them` may be the stalls further back)
        if not whole_does_what_the_part_names(whole, part, rate, text, lang):
            continue  # (`910 of those sold, or 35%`: of the ones sold, not all the sentence before states)
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})  # the whole found by position, a sentence back


def _shares_of_named_nouns(figures: list[Claim], text: str, lang: str) -> None:
    by_counter: dict[str, list[int]] = {}  # each counted noun's figures, by position (built once)
    for position, c in enumerate(figures):
        if c.kind == "count" and c.counter and c.role == "value":
            by_counter.setdefault(c.counter.casefold(), []).append(position)
    for position in range(1, len(figures)):
        part, rate = figures[position - 1], figures[position]
        if part.sentence != rate.sentence or not open_share(rate) or rate.share_whole or part.kind != "count":
            continue
        found = _PART_OF_NOUN_THEN_SHARE[lang].fullmatch(text, part.end, rate.start)
        if found is None or _NOT_OF.match(text, rate.end):
            continue
        positions = by_counter.get(found.group("noun").casefold(), [])
        at = bisect_left(positions, position - 1)
        if not at:
            continue
        whole = figures[positions[at - 1]]
        if part.counter and part.counter != whole.counter or part.role != "value":
            continue
        owner = _TIME_OWNER[lang].search(text, part.end, found.start("noun"))
        if (
            owner is not None
            and not (whole.period is not None and whole.period == part.period)
            and not _names_the_time(whole, _OWNER_ENDING.sub("", owner.group(0)), text)
        ):
            continue  # (`They have 60,000 trees. … 5,250 of this year's trees`: the stock, no whole of this year's)
        if whole.unit != part.unit or whole.low <= part.high or periods_differ(whole, part):
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})  # the whole found by its noun


def _names_the_time(whole: Claim, time: str, text: str) -> bool:
    """Whether the whole's sentence names the time (`this year`, `last season`), however cased."""
    start = whole.start
    while start > 0 and whole.start - start < _SENTENCE_REACH and not _SENTENCE_END.match(text, start - 1):
        start -= 1
    end = _SENTENCE_END.search(text, whole.end)
    words = [w.casefold() for w in _WORD.findall(text, start, end.start() if end else len(text))]
    wanted = [w.casefold() for w in _WORD.findall(time)]
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))


def _shares_of_named_pools(figures: list[Claim], text: str, lang: str) -> None:
    """`The league has 84 teams. … a quarter of all the teams, 21, are …`, `One in four of the dogs it took in, 54 in
    all, …`: the share first, `of` a pool its words name (`[link.share_pool_then_part]`), then its part set off by
    a comma, a count of the pool's noun. The whole is the latest count of that noun before the share (in the
    article, walked back), a value larger than the part and of no other period; the latest one not so, or a count
    of the noun coordinated with another count of it (`40 teams and 44 teams`: which, not said), and nothing is
    linked. Found by its noun: a guess."""
    pattern = _SHARE_OF_POOL_THEN_PART[lang]
    by_counter: dict[str, list[int]] | None = None
    moved: set[str] | None = None
    for position in range(1, len(figures)):
        rate, part = figures[position - 1], figures[position]
        if part.sentence != rate.sentence or part.kind != "count" or not part.counter or part.role != "value":
            continue
        if not open_share(rate) or rate.share_whole or rate.share_part:
            continue
        found = pattern.fullmatch(text, rate.end, part.start)
        if found is None or part.counter.casefold() not in found.group("pool").casefold().split():
            continue
        if by_counter is None:  # (built once, when a share of a named pool is met)
            by_counter = {}
            for at, c in enumerate(figures):
                if c.kind == "count" and c.counter and c.role == "value":
                    by_counter.setdefault(c.counter.casefold(), []).append(at)
        positions = by_counter.get(part.counter.casefold(), [])
        at = bisect_left(positions, position - 1)
        if not at:
            continue
        whole = figures[positions[at - 1]]
        if whole.unit != part.unit or whole.low <= part.high or periods_differ(whole, part):
            continue
        if _coordinated_with_one_before(figures, positions[at - 1], text, lang):
            continue
        if moved is None:  # (built once: the levels a change of a later sentence is measured on)
            moved = _levels_moved_later(figures)
        if whole.id in moved:
            continue  # `Last winter it planted 1,500 trees. This year's total is 60% higher`: an earlier level
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})  # the whole found by its noun


def _levels_moved_later(figures: list[Claim]) -> set[str]:
    """The ids of the levels a change stated in a later sentence is of or measured from (`Last winter it planted
    1,500 trees. This year's total is 60% higher`): a level the story has moved on from."""
    sentence_of = {c.id: c.sentence for c in figures}
    out = set()
    for c in figures:
        if c.role != "change":
            continue
        for level in (c.change_of, c.compared_to):
            if level in sentence_of and sentence_of[level] < c.sentence:
                out.add(level)
    return out


def _coordinated_with_one_before(figures: list[Claim], index: int, text: str, lang: str) -> bool:
    """The whole at `index` is joined by `and` to a level of its unit and kind right before it in its sentence
    (`6,000 buses and 3,000 coaches`): `of them` may point to either, or to both."""
    if index == 0:
        return False
    whole, other = figures[index], figures[index - 1]
    return (
        other.sentence == whole.sentence
        and other.role == "value"
        and (other.unit, other.kind) == (whole.unit, whole.kind)
        and _AND_BETWEEN[lang].fullmatch(text, other.end, whole.start) is not None
    )


def _shares_of_that(figures: list[Claim], text: str, lang: str) -> None:
    """`Mills milled 20,000 tonnes. … giving 8,000 tonnes of rice. Exports took 6,000 tonnes of that rice, or 75%`
    (or the share first: `About three quarters of that, 6,000 tonnes, went abroad`): a demonstrative points the part
    back to the whole stated last before it — the latest figure of the part's unit,
    kind and counter, larger than it and of no other period, in its sentence or the one before (walked back from
    the part); a figure of that unit smaller than the part between them leaves it unlinked (which one, not said)."""
    pattern, share_first = _PART_OF_THAT_THEN_SHARE[lang], _SHARE_OF_THAT_THEN_PART[lang]
    current_of: dict[str, Claim] | None = None
    for position in range(1, len(figures)):
        part, rate = figures[position - 1], figures[position]
        before = position - 2  # the whole is looked for before the first of the two
        # (the share first only when the first figure is one: `41,100 of those, or 18%` is a part, then its share)
        first = (
            part.sentence == rate.sentence
            and open_share(part)
            and share_first.fullmatch(text, part.end, rate.start) is not None
        )
        if first and _share_set_after_a_part(figures, position - 2, share=part, following=rate, text=text):
            continue  # (`3,600 were sold as fodder, half of the total, 2,400 as bedding`: the share is the 3,600's)
        if first:
            part, rate = rate, part  # `About a quarter of that, $2.1m`: the share, then its part
        elif not pattern.fullmatch(text, part.end, rate.start) and not (
            open_share(rate)
            and _PART_THEN_SHARE_OF_THAT[lang].fullmatch(text, part.end, rate.start)
            and _OF_THAT_AFTER[lang].match(text, rate.end)
        ):
            continue  # (nor `10 tonnes, or 20% of that`: the part, then its share pointing back)
        if part.sentence != rate.sentence or not open_share(rate) or rate.share_whole or rate.share_part:
            continue
        if part.kind not in AMOUNTS or part.role != "value":
            continue
        for index in range(before, -1, -1):  # (walked back in place: no copy of the figures before)
            whole = figures[index]
            if part.sentence - whole.sentence > _THAT_REACH:
                break
            if (whole.unit, whole.kind) != (part.unit, part.kind):
                continue
            # (`leaving a surplus of £3m. About a quarter of that, …`: a remainder, read as a change, is `that`)
            if first and whole.role in ("baseline", "prior"):
                if current_of is None:  # (built once, when a share first meets a prior)
                    current_of = _currents(figures)
                # `turned over €5m, up 25% from €4m. Sales abroad came to 60% of that, €3m`, `420 members, up 40 per
                # cent from 300, and girls make up 85 per cent of them`: the move from a prior told in the level's own
                # clause; `that` is the level the clause is of
                current = current_of.get(whole.id)
                if current is not None and current.sentence == whole.sentence and current.start < whole.start:
                    whole = current
            if search_between(_EACH_MEMBERS[lang], text, max(0, whole.start - _EACH_REACH), whole.start):
                continue  # (`Each of the four drivers makes 900 trips. A third of the total, …`: one member's)
            if whole.role != "value" and not (first and whole.role == "change"):
                if first:
                    break  # `that` is the figure right before: a baseline or a prior is no whole of the share's part
                continue
            if whole.low <= part.high or (part.counter and whole.counter and part.counter != whole.counter):
                break  # the figure pointed back to is no whole of the part: nothing is linked
            if first and _coordinated_with_one_before(figures, index, text, lang):
                break  # `6,000 buses and 3,000 coaches. Two fifths of them, …`: either, or both; not said
            if not first and rate.kind == "fraction" and _not_the_one_level_before(figures, whole, part):
                break  # `The appeal raised £12,000. The council gave £4,000. £3,000 of it, a quarter`: which, unsaid
            if not first and not whole_does_what_the_part_names(whole, part, rate, text, lang):
                break  # `… 1,365 of those taken, or 30 per cent`: of the ones taken, not of any figure before
            if not periods_differ(whole, part):
                rate.share_part, rate.share_whole = part.id, whole.id
                rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
                rate.label = rate.label or part.id
                rate.guesses = sorted(set(rate.guesses) | {"relation"})  # the whole found by position
            break


def _share_set_after_a_part(figures: list[Claim], before: int, share: Claim, following: Claim, text: str) -> bool:
    """Whether the share is set off right after a figure of the part's unit and kind in its clause (`3,600 were sold as
    fodder, half of the total, 2,400 as bedding`): it restates that figure's share, and the figure after it opens the
    list's next part."""
    if before < 0:
        return False
    figure = figures[before]
    return (
        figure.sentence == share.sentence
        and (figure.unit, figure.kind) == (following.unit, following.kind)
        and _PART_BEFORE_SHARE.fullmatch(text, figure.end, share.start) is not None
    )


# between a figure and a share set off after it in its clause: a few words, no figure nor clause break, then a comma
_PART_BEFORE_SHARE = compile_exact(r"[^\d.;:,()]{0,40},\s*")


def _currents(figures: list[Claim]) -> dict[str, Claim]:
    """Each prior's current level: the value a change measured from the prior is of (`€5m, up 25% from €4m`), or the
    value that compares itself with the prior."""
    by_id = {c.id: c for c in figures}
    out = {}
    for c in figures:
        if not c.compared_to:
            continue
        current = by_id.get(c.change_of) if c.role == "change" else c if c.role == "value" else None
        if current is not None and current.role == "value":
            out[c.compared_to] = current
    return out


def _not_the_one_level_before(figures: list[Claim], whole: Claim, part: Claim) -> bool:
    """A fraction in words set after a part pointing back (`£60,000 of it, a quarter`) is read only with its whole in
    the part's own sentence, the one level there of its unit and kind larger than it: a larger level before the whole
    (`took £240,000, up £40,000 on 2024's £200,000, and £60,000 of it, a quarter`), or a whole in the sentence before
    (`The appeal raised £12,000. The council gave £4,000. £3,000 of it, a quarter`), and `it` may be either."""
    return whole.sentence != part.sentence or any(
        c.sentence == whole.sentence
        and c.start < whole.start
        and c.role == "value"
        and (c.unit, c.kind) == (whole.unit, whole.kind)
        and c.low > whole.high
        for c in figures
    )
