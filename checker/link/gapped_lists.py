"""A sentence that is only a list of parts, its verb said once (gapped): `Residents bought 4,100 permits and
visitors 900.`, `Tent sites accounted for 3,200 nights and cabins for 1,100.`, `Salads made up 2.1 million
packs, soups 1.4 million and juices 0.9 million.`, after a lead that states their whole (`The park sold 5,300
permits`).

The sentence opens with the first part's label and verb (words, no figure, comma or clause mark before it); each
later part follows the one before it past a joint (`[link.gapped_list_joints]`: a comma, `and`) and its own label,
a few words with no verb in them (`[link.gapped_label_stops]`: `rose`, `was`, a word of a comparison) and perhaps a
preposition the first verb governs (`[link.gapped_part_marks]`: `for`, `on`); the last part ends the sentence or
its main clause (`[link.gapped_list_ends]`). Two parts at least, of one unit, kind, metric and period, none yet a
part; counts name what they count (`600 calves`: a later part written bare counts what the first counts).

The words do not say what the parts are of. Their whole is the story's: the figure the lead states of their unit
and kind, counting what they count, of their metric and period, larger than each part. Another such figure of
another value before the list (`Sales outside Europe reached €9m. China took €5m, Japan €4m …`: a part broken down
further) is a tie, and a tie links nothing. The list is open (the parts may be some of the whole), and the whole is
found by position, so the link is a guess. A list in the sentence right after its whole's is left to the marked
totals (checker/link/totals.py: `Revenue totalled T. Car sales were A and truck sales B.`): the story has moved on
from its lead before it breaks the lead's figure down. An enumeration (three parts or more, the last joined by
`and`) is read there too; after a verb of accounting for (`Homes account for a, shops for b and farms for c`) it is
all of the whole (closed), as checker/link/breakdowns.py reads such a list.
"""

from __future__ import annotations

import dataclasses
import re

from checker.extract.lang import ByLanguage
from checker.link.breakdowns import attach_parts
from checker.link.far_wholes import lead_end
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.per_unit_apart import opens_with_headline
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact


def _word(w) -> str:
    """A word of the language's letters (a list of labels with its verb said once is a way of languages that
    write words apart, in their own letters: Korean copy lists its parts by particles, checker/link/
    listed_parts_after_total.py)."""
    letters = w.chars("capital_letters", "small_letters")
    return rf"{letters}(?:{letters}|['’-])*"


# from the sentence's start to the first part: its label and verb, no figure, comma or clause mark
_OPENING = ByLanguage(lambda w: rf"\s*{_word(w)}(?:\s+{_word(w)}){{1,8}}\s+", first_tested=False)
# from a part to the next: perhaps the first part's counter, the joint, the next part's label (a few words)
_NEXT = ByLanguage(
    lambda w: (
        rf"(?:\s+{_word(w)})?\s*(?:{w.gapped_list_joints})\s+(?P<label>{_word(w)}(?:\s+{_word(w)}){{0,4}}?)"
        rf"(?:\s+(?:{w.gapped_part_marks}))?\s+"
    ),
    re.I,
    first_tested=False,
)
_STOPS = ByLanguage(lambda w: rf"(?<![\w'’-])(?:{w.gapped_label_stops})(?![\w'’-])", re.I, first_tested=False)
_END = ByLanguage(lambda w: rf"(?:\s+{_word(w)})?\s*(?:{w.gapped_list_ends})", re.I, first_tested=False)
_MOST_PARTS = 6
# a period named in the list's opening words: the list's own, not the lead's (`Over two years residents bought …`)
_OWN_PERIOD = ByLanguage(lambda w: rf"(?<![\w'’-])(?:{w.gapped_period_words})(?![\w'’-])", re.I, first_tested=False)


def link_gapped_lists(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.kind in AMOUNTS and not c.furniture and c.role in ("value", "change")]
    by_sentence = group_by_sentence(figures)
    lead = lead_end(figures, text)
    for sentence, members in by_sentence.items():
        if sentence == 0 or sentence >= len(sentence_starts) or not 2 <= len(members) <= _MOST_PARTS:
            continue
        parts = _parts(members, text, lang, sentence_starts[sentence])
        if parts is None:
            continue
        enumerated = _enumerated(parts, text, lang)
        whole = _whole_in_the_lead(figures, parts, lead, text, next_sentence=enumerated, body_only=True)
        if whole is not None:
            # (`A account for a, B for b and C for c`: an enumeration after a verb of accounting for is all of
            # the whole, as link_accounted_parts reads it)
            accounted = enumerated and _PART_VERB_BEFORE[lang].search(text, max(0, parts[0].start - 24), parts[0].start)
            attach_parts(parts, whole, f"gapped:{parts[0].id}", opened=not accounted)


# right before the first part, a verb that makes it a part of something (`Homes account for 9,100 meters`)
_PART_VERB_BEFORE = ByLanguage(lambda w: rf"(?:{w.part_verbs_before})\s+$", re.I, first_tested=False)
# between the last two parts: the joint that closes a list (`, and`), no figure before it
_CLOSING_JOINT = ByLanguage(lambda w: rf"[^\d]*?(?<![\w'’-])(?:{w.list_separators})(?![\w'’-])", re.I)


def _enumerated(parts: list[Claim], text: str, lang: str) -> bool:
    """`Loans stand at T. Branches lend A books, the central library B and the van C.`: a gapped list of three
    parts or more whose last is joined by `and` enumerates the figure of the sentence right before it (its verb said
    once for every part, the list closed by its joint), where two parts, or a run of commas, may name some of it."""
    return len(parts) >= 3 and _CLOSING_JOINT[lang].match(text, parts[-2].end, parts[-1].start) is not None


def _parts(members: list[Claim], text: str, lang: str, start: int) -> list[Claim] | None:
    """The figures of a sentence that is a gapped list of parts, or None when it is not one."""
    first = members[0]
    if not _OPENING[lang].fullmatch(text, start, first.start) or _OWN_PERIOD[lang].search(text, start, first.start):
        return None
    for previous, part in zip(members, members[1:]):
        gap = _NEXT[lang].fullmatch(text, previous.end, part.start)
        if gap is None or _STOPS[lang].search(gap.group("label")):
            return None
    if not _END[lang].match(text, members[-1].end):
        return None
    key = (first.unit, first.kind, first.metric, first.period, first.forecast)
    if any((c.unit, c.kind, c.metric, c.period, c.forecast) != key for c in members):
        return None
    if any(c.role != "value" or c.part_of or c.change_of for c in members):
        return None
    if any(c.counter and c.counter != first.counter for c in members):
        return None
    if first.kind == "count" and not first.counter:
        return None  # (`Calves numbered 600 and bulls 400`: bare counts may count anything the story counts)
    return members


def _whole_in_the_lead(
    figures: list[Claim],
    parts: list[Claim],
    lead: int,
    text: str,
    *,
    next_sentence: bool = False,
    body_only: bool = False,
) -> Claim | None:
    """The one figure the lead states of the parts' unit and kind, counting what they count (or bare), a level of
    their period and metric larger than each part. Another such figure of another value, in the lead or between it
    and the list (`Sales outside Europe reached €T′. China took …`: a part broken down further), is a tie, and a tie
    links nothing."""
    first = parts[0]
    largest = max(p.high for p in parts)
    # (`body_only`: the headline's figures are no whole of a gapped list, `Riders top 40,000` a mark passed, or a
    # rounded figure the lead states; a rest of the lead's whole may still be of the headline's)
    headline = body_only and opens_with_headline(text)
    found = [
        c
        for c in figures
        if c.sentence < first.sentence
        and not (headline and c.paragraph == 0)
        and c.role == "value"
        and c.change_of is None
        and c.forecast == first.forecast
        and (c.unit, c.kind) == (first.unit, first.kind)
        and _counts_what_they_count(c, first, text)
        and c.low > largest
        and not metrics_differ(c, first)
        and not any(periods_differ(c, p) for p in parts)
    ]
    if not found or found[0].sentence >= lead or found[0].part_of is not None:
        return None
    if found[-1].sentence == first.sentence - 1 and not next_sentence:
        return None  # (the sentence right after an unmarked figure breaks down none of it: checker/link/totals.py)
    whole = found[0]
    # (a headline's `€8.6m` restates the lead's `€8.62 million`: one figure, no tie)
    return whole if all(c.low <= whole.value <= c.high or whole.low <= c.value <= whole.high for c in found) else None


_REST_BEFORE = ByLanguage(lambda w: rf"(?<![\w-])(?:{w.remaining_marks})\s*$", re.I)
_REST_REACH = 24  # characters before a figure its rest label may start (`the remaining`, `나머지`)
# after the last of a run of figures, its noun and the mark that the run is the rest (`42 keelboats and 21 dinghies
# making up the rest`); between two figures of the run, a joint and the next one's label
_REST_AFTER = ByLanguage(lambda w: rf"(?:\s+[^\W\d_][\w'’-]*){{0,3}}\s+(?:{w.rest_after_marks})(?![\w'’-])", re.I)
_RUN_JOINT = ByLanguage(lambda w: rf"(?:\s+[^\W\d_][\w'’-]*){{0,3}}\s*(?:,|\s(?:{w.and_words}))\s+", re.I)
# right after a part (perhaps its noun), words that name it a part of a whole stated before (`1,900 of them`, `£3m of
# that`, `1,460 of the heaters`, `€2m of last year's sales`): what the rest set after it is the rest of
_NAMES_ITS_WHOLE = ByLanguage(
    lambda w: (
        rf"(?:\s+[^\W\d_][\w'’-]*){{0,2}}?\s+(?:{w.parts_of_them}|{w.parts_of_that}|{w.parts_of_a_named_whole})"
        rf"(?![\w'’-])"
    ),
    re.I,
    first_tested=False,
)


def link_rests_of_the_lead(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """`Late plums yield 3,100 tonnes, or 62% of the crop, with early ones making up the other 1,900 tonnes.`,
    `초혼 부부는 900건으로 전체의 75%였다. 나머지 300건은 …` after a lead that states their whole (`5,000 tonnes`,
    `1,200건`): a figure its words name as the rest (`[link.remaining_marks]` right before it: `the other`, `나머지`;
    not a category named `other` in a list, checker/link/lists_with_rest.py) and the one figure of its unit before
    it in its sentence (or, where it has none before it, in the sentence before: one part and the rest, no more)
    are parts of the one figure the lead states of their unit, found as a gapped list's is (the sentence right after
    the lead's may hold them), when the part states its share of that figure: the rest is of the whole the share
    names. (With no share, figures stated between the lead and the pair leave unsaid what the rest is after:
    tests/test_frames_s11_sum.py.) The list may have left a part in a sentence further back, so it is open; the
    whole is found by position, so it is a guess."""
    figures = [c for c in claims if c.kind in AMOUNTS and not c.furniture and c.role in ("value", "change")]
    by_sentence = group_by_sentence(figures)
    lead = lead_end(figures, text)
    share_of = {c.share_part: c.share_whole for c in claims if c.share_part and c.share_whole}  # (one pass)
    by_id = {c.id: c for c in figures} if share_of else {}
    for rest in figures:
        if rest.role != "value" or rest.part_of or rest.change_of or rest.sentence == 0:
            continue
        if not _REST_BEFORE[lang].search(text, max(0, rest.start - _REST_REACH), rest.start):
            continue
        before = [c for c in by_sentence.get(rest.sentence, []) if c.end <= rest.start]
        if not before:
            before = by_sentence.get(rest.sentence - 1, [])
        others = [
            c
            for c in before
            if c.role == "value"
            and not c.part_of
            and not c.change_of
            and (c.unit, c.kind, c.metric, c.period, c.forecast)
            == (rest.unit, rest.kind, rest.metric, rest.period, rest.forecast)
            and (not c.counter or not rest.counter or c.counter == rest.counter)
        ]
        counted = (
            [
                c
                for c in before
                if c.kind == "count" and c.role == "value" and not c.part_of and not c.change_of and c.id in share_of
            ]
            if share_of and _counted_as_money(rest)
            else []
        )
        recount = len(counted) == 1
        if recount:
            # (`400 chairs, …, at €120 each; the other 200 are …`: a bare rest the prices beside it lent a
            # currency, of the one count before it that states its share)
            others = counted
        # (`1,900 of them …; the other 1,220`: a part whose words name it a part of a whole stated before, as a share
        # does, and the rest of that whole)
        named = len(others) == 1 and _NAMES_ITS_WHOLE[lang].match(text, others[0].end) is not None
        if len(others) != 1 or (len(before) != 1 and others[0].id not in share_of and not named):
            # (one part and the rest: `Exports were $40m; Asia took $30m and the remaining $10m` rests a part; a part
            # that states its share may have figures of other units beside it: `400 chairs, at €120 each, …`)
            continue
        parts = [*others, rest]
        if parts[0].kind == "count" and not any(p.counter for p in parts) and not named:
            continue
        whole = _whole_in_the_lead(figures, parts, lead, text, next_sentence=True)
        if whole is not None and named and others[0].id not in share_of:
            attach_parts(parts, whole, f"rest_of_lead:{rest.id}", opened=True)
            continue
        if whole is None or share_of.get(others[0].id) != whole.id:
            whole = _whole_the_share_names(by_id.get(share_of.get(others[0].id)), parts, text)
        if whole is not None and share_of.get(others[0].id) == whole.id:
            if recount:
                _count_as(rest, others[0])
            attach_parts(parts, whole, f"rest_of_lead:{rest.id}", opened=True)
    if share_of:
        _link_runs_making_up_the_rest(figures, by_sentence, share_of, by_id, text, lang)


def _link_runs_making_up_the_rest(
    figures: list[Claim],
    by_sentence: dict[int, list[Claim]],
    share_of: dict[str, str],
    by_id: dict[str, Claim],
    text: str,
    lang: str,
) -> None:
    """`Kayaks accounted for 120 of the entries, or 60 per cent, with 50 rowing boats and 30 canoes making up the
    rest`: a run of figures joined one by one (a comma, `and`), the last followed by its noun and a mark that the run is
    the rest (`[link.rest_after_marks]`), after the one figure of their unit before them in their sentence whose share
    names its whole: the part and the run are parts of that whole (open, as a rest of the lead is)."""
    for last in figures:
        if last.role != "value" or last.part_of or not _REST_AFTER[lang].match(text, last.end):
            continue
        members = by_sentence.get(last.sentence, [])
        at = members.index(last)
        run = [last]
        while at > 0 and _RUN_JOINT[lang].fullmatch(text, members[at - 1].end, run[0].start):
            at -= 1
            run.insert(0, members[at])
        before = [c for c in members[:at] if (c.unit, c.kind) == (last.unit, last.kind)]
        if len(before) != 1 or before[0].id not in share_of:
            continue
        part = before[0]
        parts = [part, *run]
        if any(
            (c.unit, c.kind) != (part.unit, part.kind) or c.role != "value" or c.part_of or c.change_of for c in run
        ):
            continue
        # (the run names its own kinds, `42 keelboats`: what they count is the whole's by the share, not by a noun)
        whole = _whole_the_share_names(by_id.get(share_of[part.id]), parts, text, counted=False)
        if whole is not None:
            attach_parts(parts, whole, f"rest_run:{last.id}", opened=True)


_BARE_DIGITS = compile_exact(r"\d[\d,.]*")


def _counted_as_money(figure: Claim) -> bool:
    """A figure written in bare digits whose currency was only guessed (from amounts beside it)."""
    return figure.kind == "money" and "currency" in figure.guesses and _BARE_DIGITS.fullmatch(figure.text) is not None


def _count_as(figure: Claim, count: Claim) -> None:
    """The bare figure counts what the count counts (its unit, kind and counter; the unit a guess)."""
    figure.quantity = dataclasses.replace(figure.quantity, kind=count.kind, unit=count.unit, counter=count.counter)
    figure.guesses = sorted((set(figure.guesses) - {"currency"}) | {"unit"})


def _whole_the_share_names(whole: Claim | None, parts: list[Claim], text: str, *, counted: bool = True) -> Claim | None:
    """The whole the part's share names, stated before the pair anywhere in the story (`The grant … Three-quarters
    of it, £1.8m, …, with the remaining £600,000`, a plan's whole and a part stated as a fact alike): of the parts'
    unit and kind, counting what they count, of their metric and period, larger than each, itself a part of none."""
    if whole is None or whole.role != "value" or whole.change_of or whole.part_of or whole.end > parts[0].start:
        return None
    first = parts[0]
    if (whole.unit, whole.kind) != (first.unit, first.kind) or (
        counted and not _counts_what_they_count(whole, first, text)
    ):
        return None
    if whole.low <= max(p.high for p in parts) or metrics_differ(whole, first):
        return None
    return None if any(periods_differ(whole, p) for p in parts) else whole


_COUNTER_REACH = 24  # characters after a figure its counter's noun may end (`9,400 site nights`)


def _counts_what_they_count(whole: Claim, first: Claim, text: str) -> bool:
    """Of one counter, the whole written bare, or the part's counter a word of the whole's noun (`9,400 site
    nights` of `5,100 nights`)."""
    if whole.counter == first.counter or not whole.counter or not first.counter:
        return True
    return re.search(rf"\b{re.escape(first.counter)}\b", text[whole.end : whole.end + _COUNTER_REACH]) is not None
