"""Tallies: the parts of a whole listed after it, and parts that stand for several names each.

(Seats counted by race and by party, a Korean construction, are read in checker/link/seat_tallies.py.)

`Of the 400 deaths, Ohio accounts for 120, Utah for 90, followed by Iowa at 60 …`: a sentence
that opens with a whole lists its parts, in its clause and in the sentences right after it that state only
figures of the whole's unit and metric (`Officials counted 31 in Maine …`). The tally may leave some out (open),
and the sentences it runs on to are found by position, so the link is a guess. A sentence that names a part of its
own the rest (`[link.rest_labels]`: `The first 40 … and the remaining 25 …`) splits the whole anew: no part of it.

`Seats in the Alpha bloc, by party: Kappa 120, Mu 31, Nu 7, Xi and Rho with one each`: a tally of
three members or more after words that name a group and a lead mark (`--`, `:`, `as follows`) is the breakdown
of the group's figure: the figure before the mark in its sentence, or else the nearest figure before it (up to
four sentences back) whose clause names the group (`The Alpha bloc holds 230 seats`). It is read
as the whole tally unless marked open (`and others`); the whole is found by name, so the link is a guess.

`A final payout of 6.2p. That lifts the year's total to 9.1p, after an interim payout of 2.9p`: a
total that the amount stated right before it brings up is that amount and the amounts of its unit its own
sentence states after it (the earlier payments). With none stated after it, the rest is unstated: no sum.

`Two-way trade reached $14.6bn, with exports of $9.1bn and imports of $5.5bn`: a total of trade is its exports
and its imports, stated in its sentence (or, with neither there, in the next), one figure each.

`The tally rose to 46,700 cases. Active cases stood at 31,900, while 13,100 people have recovered`: a sentence
that states active cases beside cases closed (recovered, died, migrated) breaks down the nearest count of cases
before it (in its sentence or up to three back). It may leave some out (deaths stated elsewhere): open, a guess.

`Alpha sold 1.24m phones and Beta sold 0.83m phones. Together, the two brands sold 2.07m phones`: a sentence that
opens with a together-mark and states one figure of a unit is the total of the figures of that unit the sentence
before lists (all of them values, of one counter; a count of the list in the total's sentence must match).

`Iowa and Utah have confirmed four deaths each`, `two each from Ohio and Utah`, `Alpha, Beta and Gamma at one
each`: a part of a total written once for several names counts once per name (`part_times`), as Korean `각`
does in checker/link/breakdowns.py. The names are counted where the text lists them: after the mark when a
preposition follows it (`each from …`), else between the figure before (or the sentence start) and the part.
A list is read only when every name in it is written as a name (each word capitalized, none a word that opens
a sentence): otherwise the part counts once, and the sum that holds it may fall short, never exceed.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import CLAUSE_END
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.lexicon import Lexicon
from checker.link.list_leads import last_match
from checker.link.per_unit_vetoes import PRICED_PER_UNIT
from checker.link.sentence_groups import group_by_sentence, unfurnished_by_sentence
from checker.link.wholes import misstated_whole
from checker.link.wider_totals import holds_more_than_the_list
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

_WHOLE_FIRST = ByLanguage(lambda w: rf"\s*(?:{w.whole_first_openers})\s+")
# After the whole, its noun and the comma that opens the list (`400 deaths, `).
_LIST_OPENS = compile_exact(r"[^\d,.;]{0,30},")
# How many sentences after the whole's a tally may run on to.
_RUNS_ON = 4
_MOST_MEMBERS = 60  # members a part written once with `each` may stand for


def link_tallies(claims: list[Claim], text: str, lang: str, sentence_starts: list[int], lexicon: Lexicon) -> None:
    # (each reading runs only where the text can match the words it starts from somewhere: `may_match`)
    if may_match(_WHOLE_FIRST[lang], text) and may_match(_LIST_OPENS, text):
        _whole_first(claims, text, lang, sentence_starts, lexicon)
    if may_match(_LEAD_MARK[lang], text):
        _tally_of_a_named_group(claims, text, lang, sentence_starts, lexicon)
    if may_match(_RUNNING_TOTAL_BEFORE[lang], text):
        _running_total(claims, text, lang, lexicon)
    if may_match(_TWO_WAY_BEFORE[lang], text):
        _two_way_trade(claims, text, lang)
    _case_states(claims, text, lang)
    if may_match(_TOGETHER_OPENS[lang], text):
        _together_after(claims, text, lang, sentence_starts, lexicon)
    if may_match(_EACH_AFTER[lang], text):
        count_each(claims, text, lang, sentence_starts)


def _whole_first(claims: list[Claim], text: str, lang: str, sentence_starts: list[int], lexicon: Lexicon) -> None:
    by_sentence = unfurnished_by_sentence(claims)
    opener = _WHOLE_FIRST[lang]
    for sentence, figures in by_sentence.items():
        whole = figures[0]
        if (
            sentence >= len(sentence_starts)
            or whole.kind not in AMOUNTS
            or whole.role != "value"
            or whole.part_of is not None
            or not opener.fullmatch(text, sentence_starts[sentence], whole.start)
            or not _LIST_OPENS.match(text, whole.end)
            or any(c.part_of == whole.id for c in claims)
        ):
            continue
        parts = []
        for at, figure in enumerate(figures[1:], start=1):
            if CLAUSE_END[lang].search(text, (parts[-1] if parts else whole).end, figure.start):
                break
            if at + 1 < len(figures) and _counts_the_names(figure, figures[at + 1], text, lang):
                continue  # `three independents won two each`: how many names, no part of its own
            if not _a_part(figure, whole, lexicon):
                parts = []
                break
            parts.append(figure)
        if len(parts) < 2:
            continue
        for later in range(sentence + 1, sentence + 1 + _RUNS_ON):
            more = by_sentence.get(later)
            if not more or not all(_a_part(figure, whole, lexicon) for figure in more):
                break
            if not all(_named_figure(more, at, sentence_starts[later], text, lang) for at in range(len(more))):
                break  # a tally runs on by name (`31 in Maine`, `Iowa has reported 28`), not with any figure
            if opener.match(text, sentence_starts[later]):
                break  # the next tally's whole
            if _REST_LABEL[lang].search(text, sentence_starts[later], more[-1].start):
                # (`The first 40 crates go on … and the remaining 25 on …`: a split of its own of the whole, its
                # last part the rest of it, no more members of this tally)
                break
            parts.extend(more)
        for part in parts:
            part.part_of = whole.id
        whole.open_list = True
        whole.guesses = sorted(set(whole.guesses) | {"relation"})


_PLACE_AFTER = ByLanguage(
    lambda w: (
        rf"(?:\s+[^\W\d]+){{0,3}}?\s+(?:{w.place_after_marks})\s+(?:(?:{w.definite_articles})\s+)?{w.name_start_letters}"
    )
)


def _named_figure(figures: list[Claim], at: int, sentence_start: int, text: str, lang: str) -> bool:
    """Whether a name labels a figure: written after the figure before it (or the sentence start) and before
    it (`, while Iowa has reported 28`), or right after it (`31 in Maine`)."""
    figure = figures[at]
    start = figures[at - 1].end if at else sentence_start
    if _GROUP_WORD[lang].search(text, start, figure.start):
        return True
    end = figures[at + 1].start if at + 1 < len(figures) else len(text)
    return _PLACE_AFTER[lang].match(text, figure.end, end) is not None


_REST_LABEL = ByLanguage(lambda w: rf"(?:{w.rest_labels})", re.I)
_LEAD_MARK = ByLanguage(lambda w: rf"(?:{w.tally_lead_marks})\s*", re.I)
# Between the lead mark and the first member's figure: its name (`-- Alpha `), no figure, no clause end.
_FIRST_LABEL = compile_exact(r"[^\d.;]{1,40}")
# Between two members' figures: a name, or a list of names that share the next figure (`, Delta and Zeta at `).
_MEMBER_GAP = compile_exact(r"[^\d.;]{1,160}")
_GROUP_WORD = ByLanguage(lambda w: rf"(?<![\w-])(?!(?:{w.name_list_stops})\b){w.name_start_letters}[\w&-]*")
_TALLY_REACH = 4


def _tally_of_a_named_group(
    claims: list[Claim], text: str, lang: str, sentence_starts: list[int], lexicon: Lexicon
) -> None:
    counts = [c for c in claims if c.kind == "count" and c.role == "value" and not c.furniture]
    for position, first in enumerate(counts):
        if first.part_of is not None or first.sentence >= len(sentence_starts):
            continue
        start = sentence_starts[first.sentence]
        lead = last_match(_LEAD_MARK[lang], text, start, first.start)
        if lead is None or not _FIRST_LABEL.fullmatch(text, lead.end(), first.start):
            continue
        run = [first]
        for figure in counts[position + 1 :]:
            if (
                figure.sentence != first.sentence
                or not _counts_the_same(figure.counter, first.counter, lexicon)
                or figure.part_of is not None
                or not _MEMBER_GAP.fullmatch(text, run[-1].end, figure.start)
                or CLAUSE_END[lang].search(text, run[-1].end, figure.start)
            ):
                break
            run.append(figure)
        if len(run) < 3:
            continue
        whole = _the_group_figure(counts, run, text[start : lead.start()], text, lang, lexicon)
        if whole is None:
            continue
        for part in run:
            part.part_of = whole.id
        whole.open_list = bool(_OPEN_AFTER[lang].match(text, run[-1].end))
        whole.guesses = sorted(set(whole.guesses) | {"relation"})


_OPEN_AFTER = ByLanguage(lambda w: rf"(?:{w.tally_left_open})", re.I)


def _the_group_figure(
    counts: list[Claim], run: list[Claim], lead: str, text: str, lang: str, lexicon: Lexicon
) -> Claim | None:
    """The figure the tally breaks down: the last before the lead mark in its sentence, or the nearest one
    before whose clause names a word of the lead (`Seats in the Alpha bloc, by party:` … `the Alpha bloc holds T`)."""
    first = run[0]
    largest = max(part.high for part in run)
    names = {word.group(0) for word in _GROUP_WORD[lang].finditer(lead)}
    earlier = [c for c in counts if c.end <= first.start and first.sentence - c.sentence <= _TALLY_REACH]
    for position in range(len(earlier) - 1, -1, -1):
        candidate = earlier[position]
        if (
            candidate.part_of is not None
            or candidate.low <= largest
            or not _counts_the_same(candidate.counter, first.counter, lexicon)
        ):
            continue
        if candidate.sentence == first.sentence:
            return candidate
        clause_start = (
            earlier[position - 1].end if position and earlier[position - 1].sentence == candidate.sentence else 0
        )
        before = text[max(clause_start, candidate.start - 80) : candidate.start]
        if any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", before) for name in names):
            return candidate
    return None


_RUNNING_TOTAL_BEFORE = ByLanguage(lambda w: rf"(?:{w.running_total_marks})\s*$", re.I)


def _running_total(claims: list[Claim], text: str, lang: str, lexicon: Lexicon) -> None:
    figures = [c for c in claims if c.kind in AMOUNTS and c.role == "value" and not c.furniture]
    marked = _RUNNING_TOTAL_BEFORE[lang]
    for position, total in enumerate(figures):
        if (
            not position
            or total.part_of is not None
            or not marked.search(text, max(0, total.start - 80), total.start)
            or any(c.part_of == total.id for c in claims)
            # (`employs 30 and will take on five more, bringing the total to 35`: its own clause's change leads to
            # it, from the level that clause states, not from a figure of the sentence before)
            or any(c.change_of == total.id and c.sentence == total.sentence and c.unit == total.unit for c in claims)
        ):
            continue
        added = figures[position - 1]
        earlier = []
        for figure in figures[position + 1 :]:
            if figure.sentence != total.sentence:
                break
            if figure.unit == total.unit:
                earlier.append(figure)
        if not earlier and added.sentence == total.sentence:
            added, earlier = _added_after_an_earlier_sentence(figures, position, total, text, lang, lexicon)
            if added is None:
                continue
        parts = [added, *earlier]
        if (
            not earlier
            or total.sentence - added.sentence > 1
            or not all(_a_part(part, total, lexicon) for part in parts)
            # (`…, bringing the club's income to $90,000 with a state grant`: a total of more than the list)
            or holds_more_than_the_list(total, parts, text, lang)
        ):
            continue
        for part in parts:
            part.part_of = total.id
        total.guesses = sorted(set(total.guesses) | {"relation"})


# How many sentences back the amount a running total was brought up from may be stated.
_RUNNING_BACK = 2
# Right after an amount, the unit it is the price or rate of (`£15 a visitor`, `$30 each`): no amount added up.
_RATE_AFTER = ByLanguage(lambda w: rf"\s+(?:(?:{w.unit_price_after})\s+[^\W\d_]|(?:{w.unit_price_each}))", re.I)
# Right after an amount, the period before (`$8m last year`, `$8m a year earlier`: `[link.prior_after]`): a prior's
# amount, no level the total was brought up from.
# right after the last figure added, `more`: it adds to the level its own clause states (`[link.added_more_after]`)
_ADDED_MORE_AFTER = ByLanguage(lambda w: rf"(?:{w.added_more_after})", re.I)
# a count's own word that makes it added (`25 new`, `[link.addition_counters]`): no level a `more` after it adds to
_COUNTER_ADDED = ByLanguage(lambda w: rf"(?:{w.addition_counters})", re.I, first_tested=False)
_PRIOR_AFTER = ByLanguage(lambda w: rf",?\s+(?:{w.prior_after})(?![^\W\d_])", re.I)


def added_as_more(figure: Claim, text: str, lang: str) -> bool:
    """Whether a figure is written as added to a level (`took on six more`, `6대를 더 사들여`): the size of a rise,
    no level of its own."""
    return _ADDED_MORE_AFTER[lang].match(text, figure.end) is not None


def _added_after_an_earlier_sentence(
    figures: list[Claim], position: int, total: Claim, text: str, lang: str, lexicon: Lexicon
) -> tuple[Claim | None, list[Claim]]:
    """`Tickets brought in $5m. Food sales added a further $2m and parking $1m, taking total income to $8m`: with
    no earlier amount after the total, the amounts right before it in its own sentence are added to the one amount
    of its unit, counter and metric that the nearest sentence before (up to two back) states as a value (not a rate:
    `$15 a visitor`); a sentence with two such amounts names no single one it was brought up from: nothing is linked."""
    rate = _RATE_AFTER[lang]
    added: list[Claim] = []
    for figure in reversed(figures[:position]):
        if figure.sentence != total.sentence or not _a_part(figure, total, lexicon):
            break
        added.insert(0, figure)
    if not added:
        return None, []
    if (
        len(added) >= 2
        and added_as_more(added[-1], text, lang)
        # (`signed 25 new members and 12 more joined, bringing the total to …`: the figure before is itself added)
        and not (added[-2].counter and _COUNTER_ADDED[lang].fullmatch(added[-2].counter))
    ):
        # (`It has 44 staff and means to take on six more, bringing the total to 50`: the clause states the
        # level it adds to; no figure of the sentence before is part of the sum)
        return added[-1], added[-2:-1]
    for back in range(1, _RUNNING_BACK + 1):
        stated = [
            f
            for f in figures[:position]
            if f.sentence == total.sentence - back and f.unit == total.unit and not rate.match(text, f.end)
        ]
        if not stated:
            continue
        if any(_PRIOR_AFTER[lang].match(text, f.end) for f in stated):
            # (`Sales reached $8m last year. …`: the year before's, which the total is not brought up from)
            return None, []
        if len(stated) != 1 or not _a_part(stated[0], total, lexicon) or periods_differ(stated[0], total):
            return None, []
        return added[-1], [*added[:-1], stated[0]]
    return None, []


_TWO_WAY_BEFORE = ByLanguage(lambda w: rf"(?:{w.two_way_totals})[^\d.;]{{0,40}}$", re.I)
# The two flows a total of trade adds up (the lexicon's metric ids, read from any language's words).
_FLOWS = ("exports", "imports")


def _two_way_trade(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.kind == "money" and c.role == "value" and not c.furniture]
    marked = _TWO_WAY_BEFORE[lang]
    for position, total in enumerate(figures):
        start = figures[position - 1].end if position else 0
        if (
            total.part_of is not None
            or not marked.search(text, max(start, total.start - 80), total.start)
            or any(c.part_of == total.id for c in claims)
        ):
            continue
        for sentence in (total.sentence, total.sentence + 1):
            beside = [c for c in figures if c.sentence == sentence and c is not total and c.unit == total.unit]
            flows = [[c for c in beside if c.metric == flow and "metric" not in c.guesses] for flow in _FLOWS]
            if any(flows):
                break
        if any(len(side) != 1 for side in flows):
            continue  # one figure of each flow: two of one (two years, two partners) are no pair
        parts = [side[0] for side in flows]
        if any(p.part_of is not None or p.high >= total.low or periods_differ(p, total) for p in parts):
            continue
        for part in parts:
            part.part_of = total.id
        total.guesses = sorted(set(total.guesses) | {"relation"})


_ACTIVE_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.active_case_words})\b[^.;]{{0,40}}$", re.I)
_ACTIVE_AFTER = ByLanguage(lambda w: rf"[^\d.;,]{{0,20}}?\b(?:{w.active_case_words})\b", re.I)
_CLOSED_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.closed_case_words})\b[^\d.;,]{{0,30}}$", re.I)
_CLOSED_AFTER = ByLanguage(lambda w: rf"[^\d.;,]{{0,30}}?\b(?:{w.closed_case_words})\b", re.I)
_DIED_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.death_case_words})\b[^\d.;,]{{0,30}}$", re.I)
_DIED_AFTER = ByLanguage(lambda w: rf"[^\d.;,]{{0,30}}?\b(?:{w.death_case_words})\b", re.I)
_ACTIVE_COUNTER = ByLanguage(lambda w: rf"(?:{w.active_case_words})", re.I)
_CASE_NOUN = ByLanguage(lambda w: rf"(?:{w.case_nouns})", re.I)
_CASES_REACH = 3


def _case_states(claims: list[Claim], text: str, lang: str) -> None:
    counts = [c for c in claims if c.kind == "count" and c.role == "value" and not c.furniture]
    by_id = {c.id: c for c in counts}
    by_sentence = group_by_sentence(counts)
    for sentence, figures in by_sentence.items():
        states = [_case_state(figures, at, text, lang) for at in range(len(figures))]
        if "active" not in states or "closed" not in states:
            continue
        parts = [figure for figure, state in zip(figures, states) if state]
        linked = {p.part_of for p in parts if p.part_of is not None}
        if linked:
            # `T cases — A are active, B have recovered, while C have died`: a list after its total stops at the
            # clause (totals.py); the states past it are parts of the same count of cases.
            owner = by_id.get(next(iter(linked))) if len(linked) == 1 else None
            if owner is not None and owner.counter and _CASE_NOUN[lang].fullmatch(owner.counter):
                for part in parts:
                    part.part_of = part.part_of or owner.id
            continue
        first = parts[0]
        whole = smaller = None
        for candidate in reversed(counts):
            if candidate.start >= first.start or sentence - candidate.sentence > _CASES_REACH:
                continue
            if candidate.part_of is None and candidate.counter and _CASE_NOUN[lang].fullmatch(candidate.counter):
                if all(part.high < candidate.high for part in parts):  # (`up to T`: a bound, read to its top)
                    whole = candidate
                    break
                # A count of cases smaller than a state's count is the whole misstated when no larger count is
                # there (checker/link/wholes.py): the slip must be reported, not the breakdown dropped.
                smaller = smaller or candidate
        if whole is None and smaller is not None and misstated_whole(smaller, parts):
            whole = smaller
        if whole is None or any(p.part_of is not None for p in parts) or any(c.part_of == whole.id for c in claims):
            continue
        for part in parts:
            part.part_of = whole.id
        whole.open_list = True
        whole.guesses = sorted(set(whole.guesses) | {"relation"})
    _close_whole_case_counts(claims, counts, text, lang)


def _close_whole_case_counts(claims: list[Claim], counts: list[Claim], text: str, lang: str) -> None:
    """A count of cases broken down into active cases, recoveries and deaths, each part one of these, is broken
    down whole (a case stays active until it closes by recovery or death): its list is closed, so a total written
    above its parts is reported, not passed as an open list's shortfall. Whatever rule linked the parts
    (`T cases, including A active cases. B have recovered, while C have died`, `T cases — A are active, …`)."""
    by_sentence = group_by_sentence(counts)
    parts_of: dict[str, list[Claim]] = {}
    for claim in counts:
        if claim.part_of and claim.part_list is None:
            parts_of.setdefault(claim.part_of, []).append(claim)
    wholes = {c.id: c for c in claims if c.id in parts_of}
    for whole_id, parts in parts_of.items():
        whole = wholes[whole_id]
        if not whole.open_list or not whole.counter or not _CASE_NOUN[lang].fullmatch(whole.counter):
            continue
        states = set()
        for part in parts:
            figures = by_sentence[part.sentence]
            at = figures.index(part)
            if part.counter and _ACTIVE_COUNTER[lang].fullmatch(part.counter):
                states.add("active")  # `27,500 active cases`: the state is the figure's own counter
                continue
            state = _case_state(figures, at, text, lang)
            states.add("died" if state == "closed" and _died(figures, at, text, lang) else state)
        if states == {"active", "closed", "died"}:
            whole.open_list = False


def _died(figures: list[Claim], at: int, text: str, lang: str) -> bool:
    """Whether the words that close a figure's case (`_case_state`) say the patients died."""
    figure = figures[at]
    end = figures[at + 1].start if at + 1 < len(figures) else len(text)
    if _CLOSED_AFTER[lang].match(text, figure.end, end):
        return _DIED_AFTER[lang].match(text, figure.end, end) is not None
    start = max(figures[at - 1].end if at else 0, figure.start - 60)
    return _DIED_BEFORE[lang].search(text, start, figure.start) is not None


def _case_state(figures: list[Claim], at: int, text: str, lang: str) -> str | None:
    """`active` or `closed` as the words beside a figure say: right after it (`31,900 are active`), or else
    before it, after the figure before (`active cases stood at 31,900`)."""
    figure = figures[at]
    end = figures[at + 1].start if at + 1 < len(figures) else len(text)
    if _ACTIVE_AFTER[lang].match(text, figure.end, end):
        return "active"
    if _CLOSED_AFTER[lang].match(text, figure.end, end):
        return "closed"
    start = max(figures[at - 1].end if at else 0, figure.start - 60)
    if _ACTIVE_BEFORE[lang].search(text, start, figure.start):
        return "active"
    if _CLOSED_BEFORE[lang].search(text, start, figure.start):
        return "closed"
    return None


_TOGETHER_OPENS = ByLanguage(lambda w: rf"\s*(?:{w.together_openers})\b", re.I)


def _together_after(claims: list[Claim], text: str, lang: str, sentence_starts: list[int], lexicon: Lexicon) -> None:
    by_sentence = group_by_sentence(claim for claim in claims if claim.kind in AMOUNTS and not claim.furniture)
    opener = _TOGETHER_OPENS[lang]
    for sentence, figures in by_sentence.items():
        if sentence >= len(sentence_starts) or not opener.match(text, sentence_starts[sentence]):
            continue
        for total in figures:
            # (the total's own prior and change beside it are no rival totals: `…, against $6m in 2025, a rise of $1m`)
            same = [
                c
                for c in figures
                if c.unit == total.unit and c.role == "value" and _counts_the_same(c.counter, total.counter, lexicon)
            ]
            if total.role != "value" or total.part_of is not None or len(same) != 1:
                continue
            parts = _listed_parts(by_sentence, sentence - 1, total, text, lang)
            if len(parts) < 2 or not all(_a_part(part, total, lexicon) for part in parts):
                continue
            counted = [c for c in figures if c.kind == "count" and c.end <= total.start and c is not total]
            if counted and counted[-1].value != len(parts):
                continue  # `the three brands` before a list of two: another list
            if any(c.part_of == total.id for c in claims):
                continue
            for part in parts:
                part.part_of = total.id
            total.guesses = sorted(set(total.guesses) | {"relation"})


def _listed_parts(
    by_sentence: dict[int, list[Claim]], sentence: int, total: Claim, text: str, lang: str
) -> list[Claim]:
    """The figures of the total's unit the sentence before it lists, save prices of one thing (`at $4 each`: a price
    per unit is no part of a sum of many). A list whose first part is one more (`another $9,000`, `a further …`)
    runs on from the sentence before it in its paragraph: that sentence's figures of the unit are its first parts."""
    parts = [c for c in by_sentence.get(sentence, []) if c.unit == total.unit and not _priced_per_unit(c, text, lang)]
    if (
        parts
        and _LIST_CONTINUED[lang].search(text, max(0, parts[0].start - _CONTINUED_REACH), parts[0].start)
        and by_sentence.get(sentence - 1)
        and by_sentence[sentence - 1][0].paragraph == parts[0].paragraph
    ):
        earlier = [c for c in by_sentence[sentence - 1] if c.unit == total.unit and not _priced_per_unit(c, text, lang)]
        parts[:0] = earlier
    return parts


def _priced_per_unit(figure: Claim, text: str, lang: str) -> bool:
    return PRICED_PER_UNIT[lang].match(text, figure.end) is not None


# `another $9,000`: right before a list's first figure, the mark that an amount stated before is one more part
_LIST_CONTINUED = ByLanguage(lambda w: rf"\b(?:{w.list_continued_marks})\s+(?:\S+\s+)?$", re.I)
_CONTINUED_REACH = 24


def _a_part(figure: Claim, whole: Claim, lexicon: Lexicon) -> bool:
    """A figure of the whole's unit, metric and counter, stated as a value, smaller than it and no part of another."""
    return (
        figure.kind == whole.kind
        and figure.unit == whole.unit
        and figure.role == "value"
        and figure.part_of is None
        and figure.high < whole.low
        and (not figure.metric or not whole.metric or figure.metric == whole.metric or "metric" in figure.guesses)
        and _counts_the_same(figure.counter, whole.counter, lexicon)
    )


def _counts_the_same(one: str | None, other: str | None, lexicon: Lexicon) -> bool:
    """Whether two counters count one thing: the same noun (`seat`, `seats`), none written on one of them, or
    two nouns of one metric (`deaths`, `fatalities`). `seats` and `independents` count different things."""
    if not one or not other or one.lower().rstrip("s") == other.lower().rstrip("s"):
        return True
    metrics = [lexicon.metric_for(noun) if lexicon.metric_re.fullmatch(noun) else None for noun in (one, other)]
    return metrics[0] is not None and metrics[0] == metrics[1]


# (`four deaths each`: the counter is the figure's own; `four seats each` where it is not: one word between.)
_EACH_AFTER = ByLanguage(
    lambda w: rf"(?:\s+[\w-]+)?\s+(?:{w.each_after})\b(?P<follow>\s+(?:{w.each_names_follow})\s+)?", re.I
)
_LEADING_SEPARATOR = ByLanguage(lambda w: rf"\s*(?:,\s*)?(?:(?:{w.list_separators})\s+)?")
_NAME_SEPARATOR = ByLanguage(lambda w: rf"\s*,\s*(?:(?:{w.list_separators})\s+)?|\s+(?:{w.list_separators})\s+")


def _name_words(w) -> str:
    """A name: words each starting with a name letter (`North Coast Farmers Union`, `(Left Wing)`)."""
    return rf"\(?{w.name_start_letters}[^\s,;]*(?:\s+\(?{w.name_start_letters}[^\s,;]*)*"


# The list's first name is no stop (`However, Ohio and Utah had two each`); a later one may start with one (`…, All
# Valley Union and Tarn at one each`): a list's separator, not a sentence, opens it.
_NAME_IN_LIST = ByLanguage(_name_words)
_NAME = ByLanguage(lambda w: rf"(?!(?:{w.name_list_stops})\b){_name_words(w)}")
# The words after the last name that are not a name (`… and Tau at`, `Iowa and Utah have confirmed`).
_TRAILING_WORDS = ByLanguage(lambda w: rf"(?:\s+(?!\(?{w.name_start_letters})\S+)+$")
# Where the names after the mark end: the next figure, or the end of the clause.
_NAMES_END = compile_exact(r"[.;:\n]")


def count_each(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """Sets `part_times` on every listed part written once for several names with `each`."""
    each = _EACH_AFTER[lang]
    ordered = sorted(claims, key=lambda c: c.start)
    for position, part in enumerate(ordered):
        if part.part_of is None or part.part_times != 1:
            continue
        marked = each.match(text, part.end)
        if marked is None:
            continue
        if marked.group("follow"):
            nxt = ordered[position + 1] if position + 1 < len(ordered) else None
            if _counted_after(nxt, part, marked.end(), text, lang):
                # `£225 each for the two beaten semi-finalists`: a count of the members right after the mark
                part.part_times = int(nxt.value)
                continue
            following = nxt.start if nxt is not None else len(text)
            stop = _NAMES_END.search(text, marked.end(), following)
            names = _names(text[marked.end() : stop.start() if stop else following], lang)
        else:
            sentence_start = sentence_starts[part.sentence] if part.sentence < len(sentence_starts) else 0
            before = ordered[position - 1] if position else None
            if _counts_the_names(before, part, text, lang) and before.part_of in (None, part.part_of):
                # `seven smaller parties one each`: the count before is how many names, no part of its own
                part.part_times, before.part_of = int(before.value), None
                continue
            start = before.end if before is not None and before.end > sentence_start else sentence_start
            names = _names(text[start : part.start], lang)
        if names > 1:
            part.part_times = names


# Between a count of names and the part each of them has: the rest of the names' noun phrase and a verb or a
# preposition (`seven smaller parties one each`, `three independents with two each`), no list separator.
_COUNTED_NAMES_GAP = ByLanguage(lambda w: rf"(?:\s+(?!(?:{w.list_separators})\b)[^\W\d]+){{1,4}}\s+", re.I)


# right after `each` and its preposition, before a count of the members the part is written once for: an article or
# a determiner (`each for the two beaten semi-finalists`, `each to its three founders`)
_BEFORE_COUNTED_MEMBERS = ByLanguage(lambda w: rf"(?:(?:{w.definite_articles}|{w.possessive_determiners})\s+)?", re.I)


def _counted_after(count: Claim | None, part: Claim, mark_end: int, text: str, lang: str) -> bool:
    """Whether `count` says how many members a part written once before `each for` stands for (`£225 each for the
    two beaten semi-finalists`): a whole count of a few, right after the mark, of the part's sentence."""
    return (
        count is not None
        and count.kind == "count"
        and count.role == "value"
        and count.part_of is None
        and count.sentence == part.sentence
        and 1 < count.value <= _MOST_MEMBERS
        and count.value == int(count.value)
        and _BEFORE_COUNTED_MEMBERS[lang].fullmatch(text, mark_end, count.start) is not None
    )


def _counts_the_names(before: Claim | None, part: Claim, text: str, lang: str) -> bool:
    """Whether `before` says how many names `part` is written once for (`three independents won two each`)."""
    return (
        before is not None
        and before.kind == "count"
        and before.sentence == part.sentence
        and 1 < before.value <= 60
        and before.value == int(before.value)
        and _COUNTED_NAMES_GAP[lang].fullmatch(text, before.end, part.start) is not None
        and _EACH_AFTER[lang].match(text, part.end) is not None
    )


def _names(segment: str, lang: str) -> int:
    """How many names a segment lists (`, Xi, Rho and Tau at` → 3), or 1 when it is no list of names."""
    segment = segment[_LEADING_SEPARATOR[lang].match(segment).end() :].strip()
    pieces = [piece for piece in _NAME_SEPARATOR[lang].split(segment) if piece.strip()]
    if len(pieces) < 2:
        return 1
    pieces[-1] = _TRAILING_WORDS[lang].sub("", pieces[-1])
    first, later = _NAME[lang], _NAME_IN_LIST[lang]
    named = first.fullmatch(pieces[0].strip()) and all(later.fullmatch(piece.strip()) for piece in pieces[1:])
    return len(pieces) if named else 1
