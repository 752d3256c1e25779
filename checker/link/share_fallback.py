"""A last reading of a share the share rules before left without its part and whole (run after them all).

A share is a percent below 100 or a fraction in words below 1 that its sentence gives the role of a share. Its part
is the amount (money, a count, a measure) set beside it in its clause:

- right before it, with at most a few words of the part's noun between (none of them another clause's:
  `[link.share_fallback_foreign_words]`), then a comma, a bracket or a dash, and perhaps a mark, a participle, a
  relative verb or a hedge (`2,150 claims, or 6.8%`, `£3m, which made up 30% of`, `88 beds on the east wing, about a
  fifth of`: `[link.appositive_share_marks]`, `[link.share_participles]`, `[link.share_fallback_joints]`,
  `[link.share_hedges_beside_part]`);
- or right after it, restating it after `or`, a bracket or a dash (`40 per cent of the catch, or 2,600 tonnes`, `One
  in five riders (310)`: `[link.share_fallback_restated_part_marks]`), the share's noun between.

Its whole is a total of the part's kind and unit (a count's noun the part's, or a noun of people for a part of
people; a bare count only of a bare part): stated right after the share's `of` (`6% of the 41,200 households`), else
the total the part is listed in, else the nearest one before the part in the share's paragraph, else the one the
lead states (the body's first paragraph with a figure, then the headline). A total is a value larger than the part,
of no other period or company, itself no part (set beside a share, a share's part, a listed part), no figure per
unit, no rate, no bound. Two totals of different values as near (the lead's), a nearer amount of the unit that is no
total (a part, another noun's) or a total stated beside another amount of its unit (one of several pots; a figure
per unit beside it, `$270,000, or $15 a member`, is none) leave the whole unsaid.

Vetoes: a share of its subject's own whole (`25% of its supply`) takes it only from the part's sentence; a share of
an owner's whole (`10% of the town's bread`, `of their takings`: `[link.share_fallback_owner_after]`) takes none from
the lead; a share naming the part's own group (`410 staff, 60% of them women`: `[link.share_fallback_own_group_after]`)
is of the part, no whole; a share naming a metric whose whole states another; an average is no part. A share naming
its whole after `of` takes a total of the paragraph or the lead only when the total's sentence states that noun and
every word narrowing it (`35% of boys`, `of volunteer stewards`, `of all exports`, `of GDP` name a group within or
another whole; in the paragraph a singular noun after the article, `of the crop`, names its total anew); a share
of an owner's whole (`of the night's total`) takes none beyond its clause; `which` after a noun other than the
part's (`$2m repaving the library, which accounts for`) is that noun's; a rest's share naming no whole (`the other
600, about one in five`) may be its sibling's; a worth (a valuation) is no total; two amounts of the part's unit in
the lead's paragraph, whatever they count, leave the lead's total unsaid.

A thing named again is valued by the amount beside its noun (`a €1.4m contract`), else, for each unit that finds
none there, by the amount its sentence states (`an order for 1,200 lamps, worth €84,000`: the count beside the noun,
the worth of another unit; a price, `€70 a lamp`, is none); a figure right after the share's `of` (`45% of the
£412,000 it turned over`) is the whole the words name, of the part's unit and noun.

A noun naming no pot of its own after the share's (or its part's) `of the` (`of the cost`, `of the bill`:
`[link.share_fallback_generic_whole_nouns]`) names the lead's one total; the story's own period owning the whole
(`of the year's receipts`: `[link.share_fallback_story_period_owners]`) is no owner, and a part of a season within it
is of it. A figure set beside an open share (before or after it, a part restated after a bare comma too: `another
15 per cent, $96,000.`) is a part, no whole of another share, even when a list reads it as a total; a goal (`its
5,000 target`: `[link.share_fallback_goal_nouns]`) is no rival of the lead's total.

A share whose sentence opens on a pronoun (`That is about 15 per cent of the dairy's annual output of 400 tonnes`:
`[link.share_fallback_pronoun_subjects]`) or a thing the sentence before names (`The loan would cover 60 per cent of
the C$1.25 million project`), its `of` stating the whole, takes as its part the one amount of the whole's unit the
sentence before states (`_back_referenced_part`).

A share counting out of a round base with the plural noun of its pool right after it (`One in four passengers
(4,000)`, `six in ten movements, or 9,600`: `[link.share_fallback_counted_share_ends]`,
`[link.share_fallback_counted_pool_noun]`) names its whole by that noun as `of the passengers` would: the lead's total
whose sentence states it. A deal named again by another of its nouns (`won a €420,000 order` … `The contract is worth`)
is valued by the one amount beside a deal's noun when none stands beside its own; a share of an output (`of this
year's crop`, `of last year's output`) takes a whole whose sentence states the verb that made it (`The farm picked 160
tonnes`: `[link.share_fallback_made_verbs]`), never a sum of money.

The reading spans sentences and names the whole by position, so a mismatch is a warning (`guesses`).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from checker.extract.lang import ByLanguage, load_file
from checker.link.figure_kinds import AMOUNTS, SHARE_WHOLES, WORTHS
from checker.link.inflections import singular
from checker.link.keys_differ import named_differently, periods_differ
from checker.link.partners import _named_metric, _same_entities
from checker.link.per_unit_apart import _parts, is_a_rate, opens_with_headline, stated_per_a_noun
from checker.link.per_unit_fallback import _total_nouns
from checker.link.sentence_groups import group_by_sentence, prose_figures
from checker.link.view import MetricHit
from checker.models import Claim
from checker.regex_cache import compile_exact

_PART_WORDS = 5  # words of the part's noun between it and the comma before its share
_STEM_SLACK = 2  # letters a count's noun may add to another's (`riders` for `rider`)
_NOUN_REACH = 3  # words after a total's figure where the part's noun may stand (`1,200 measles cases`)
_AVERAGE_REACH = 32  # characters before a part where its average's mark stands

# the part, its noun's words, a comma (a bracket, a dash), then the marks that set a share beside its part
_PART_THEN_SHARE = ByLanguage(
    lambda w: (
        # (a word may carry a label's small number: `1,800 in zone 4 - nearly half`)
        rf"(?P<words>(?:[\s-]+[^\W\d_]+(?:['’][^\W\d_]+)?(?:\s\d{{1,2}}(?![\d,.]))?){{0,{_PART_WORDS}}})\s*"
        rf"(?:,|\(|[-–—])\s*"
        rf"(?:(?:{w.appositive_share_marks}|{w.share_participles}|{w.share_fallback_joints}"
        rf"|{w.share_hedges_beside_part})\s+){{0,2}}"
    ),
    re.I,
)
_CLAUSE_CLOSED_AFTER_SHARE = compile_exact(r",|[^\S\n][-–—][^\S\n]")
_RELATIVE = ByLanguage(lambda w: rf"(?:{w.share_fallback_joints})", re.I)
_FOREIGN = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.share_fallback_foreign_words})(?![^\W\d_])", re.I)
# the share, the noun of its whole, then the part restating it (`…, or 2,600 tonnes`, `(310)`)
_SHARE_THEN_PART = ByLanguage(
    lambda w: (
        rf"(?:[\s-]+[^\W\d_]+(?:['’][^\W\d_]+)?){{0,{_PART_WORDS}}}\s*(?:{w.share_fallback_restated_part_marks})\s*"
        rf"(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
)
_OWN_GROUP = ByLanguage(lambda w: rf"\s+(?:{w.share_fallback_own_group_after})(?![^\W\d_])", re.I)
_OF_WHOLE = ByLanguage(lambda w: rf"(?:{w.share_then_its_whole_apart})", re.I)
# `60 per cent of the 50 it means to finish`: the whole written right after the share as a bare number (read as no
# figure)
# (a year is none: `of the sales for 2026`)
_OF_A_NUMBER = ByLanguage(lambda w: rf"(?:{w.share_of_bare_whole})(?=\d)(?!(?:19|20)\d\d(?!\d))", re.I)
_AVERAGE_BEFORE = ByLanguage(lambda w: rf"(?:{w.average_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_REST_BEFORE = ByLanguage(lambda w: rf"(?:{w.remainder_marks})\s+$", re.I)
_PEOPLE = ByLanguage(lambda w: rf"(?:{w.person_counters}|{w.people_noun_endings})", re.I)
_WORD = compile_exact(r"[^\W\d_]+")
_SUBJECT_OWNS = ByLanguage(lambda w: rf"\s+(?:{w.share_fallback_subject_owner_after})", re.I)
# right after a share: `of` and the noun of its whole (`38% of the national total`); a share naming none (`- US:
# 600,000 (40%)` under `Foreign visitors by country:`) may be of a segment the lead does not state
_OF_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.share_of_noun_after}|{w.share_of_all_after})", re.I)
_OWNED = ByLanguage(lambda w: rf"\s+(?:{w.share_fallback_owner_after})", re.I)
# `of the year's receipts`: the owner the story's own period, no owner of another whole
_STORY_PERIOD_OWNER = ByLanguage(lambda w: rf"\s+(?:{w.share_fallback_story_period_owners})", re.I)
# `of the cost`, `of the bill`: a noun naming no pot of its own, only the one total said before
_GENERIC_WHOLE = ByLanguage(lambda w: rf"(?:{w.share_fallback_generic_whole_nouns})", re.I)
_GOAL = ByLanguage(lambda w: rf"(?:{w.share_fallback_goal_nouns})", re.I)
# a part restated after its share by a comma alone (`another 15 per cent, $96,000.`), a hedge perhaps between
_COMMA_THEN_PART = ByLanguage(lambda w: rf"\s*,\s*(?:(?:{w.hedges})\s+)?", re.I)
# the share, the noun of its whole (`of the club`, `competitors`), a bare comma, then the part restating it
_SHARE_NOUN_THEN_COMMA = ByLanguage(
    lambda w: rf"(?P<words>(?:[\s-]+[^\W\d_]+(?:['’][^\W\d_]+)?){{0,{_PART_WORDS}}})\s*,\s*(?:(?:{w.hedges})\s+)?",
    re.I,
)
_RESTATED_TAIL = ByLanguage(lambda w: rf"(?:{w.share_fallback_restated_part_tails})", re.I)


class _Reads(dict):
    """Whether a language has the words of this reading as its own (its joints; Korean borrows English words for
    quoted English, not this reading): answered once per language."""

    def __missing__(self, code: str) -> bool:
        own = load_file(code) if code != "base" else None  # (its own words: not a language's it borrows from)
        reads = self[code] = own is not None and "share_fallback_joints" in own.link
        return reads


_READ = _Reads()


def link_share_fallback(
    claims: list[Claim], text: str, lang: str, metric_hits: list[MetricHit], sentence_starts: list[int]
) -> None:
    if not _READ[lang]:
        return  # (a language with no words for this reading: its own share rules read it)
    figures = prose_figures(claims)
    open_shares = [
        i
        for i, c in enumerate(figures)
        if c.role == "share"
        and c.kind in SHARE_WHOLES
        and not (c.share_part or c.share_whole or c.whole or c.rate_of)
        and c.value > 0
        and (c.high < SHARE_WHOLES[c.kind] or (math.isinf(c.high) and c.low < SHARE_WHOLES[c.kind]))
        and not c.table_cell
    ]
    if not open_shares:
        return
    parts_taken = _parts(figures, text, lang) | {c.share_part for c in claims if c.share_part}
    # (an amount set beside an open share, before or after it, `another 15 per cent, $96,000`: a part, no whole of
    # a later share whatever that share's own reading finds)
    parts_taken |= {
        part.id
        for i in open_shares
        for part in (_part_before(figures, i, text, lang) or _part_after(figures, i, text, lang),)
        if part is not None
    }
    lead = _lead(figures, text)
    by_sentence = group_by_sentence(figures)  # (read once: a scan per share grows with the article, squared)
    hit_starts = [hit.start for hit in metric_hits]
    starts = {c.start for c in figures}
    for i in open_shares:
        share = figures[i]
        if _OWN_GROUP[lang].match(text, share.end):
            continue  # (`410 staff, 60% of them women`: a share of the part's own group)
        whole_written = _OF_A_NUMBER[lang].match(text, share.end)
        if whole_written is not None and whole_written.end() not in starts:
            continue  # (`60 per cent of the 50 it means to finish`: its whole written there, read as no figure)
        opened = _opened_on_its_whole(by_sentence[share.sentence], share, text, lang, sentence_starts)
        if opened is not None:
            # (`Of the 900, 720 are delivered by 36 volunteers, four in every five`: the whole the sentence opens on
            # and the subject right after it, whatever figure stands nearer the share)
            share.share_part, share.share_whole = opened[0].id, opened[1].id
            share.guesses = sorted(set(share.guesses) | {"relation"})
            parts_taken.add(opened[0].id)
            continue
        part = _part_before(figures, i, text, lang) or _part_after(figures, i, text, lang)
        named_by_subject = False
        if part is None:
            # (`Tea towels account for 62.5 per cent of the order`: the subject names a thing whose amount the story
            # stated beside its noun before; the whole is read as for a part set beside its share)
            part = _subject_part_stated_before(figures, i, parts_taken, text, lang, sentence_starts)
            named_by_subject = part is not None
        if part is None:
            named = _named_thing_and_whole(figures, i, parts_taken, text, lang, sentence_starts)
            if named is None:
                named = _thing_after_its_whole(figures, i, parts_taken, text, lang, sentence_starts, lead[1])
                if named is not None and names_another_metric(share, named[1], metric_hits, hit_starts, text, lang):
                    named = None
            if named is None:
                named = _back_referenced_part(figures, i, parts_taken, text, lang, sentence_starts)
            if named is not None:
                share.share_part, share.share_whole = named[0].id, named[1].id
                share.guesses = sorted(set(share.guesses) | {"relation"})
            continue
        if periods_differ(share, part):
            continue
        if _AVERAGE_BEFORE[lang].search(text, max(0, part.start - _AVERAGE_REACH), part.start):
            continue  # (`an average of 8,000, or 12%`: an average is no part of a total)
        if _REST_BEFORE[lang].search(text, max(0, part.start - _AVERAGE_REACH), part.start) and not _OF_AFTER[
            lang
        ].match(text, share.end):
            continue  # (`and the other 600, about one in five`: a rest's share naming no whole may be of its sibling)
        whole = _whole_after(figures, i, part, text, lang)
        if whole is False:
            continue  # (a figure of the part's unit right after the share, no whole of its: the clause's own)
        if whole is None:
            whole = _listed_total(figures, part, lead[0], parts_taken)
        if (
            whole is None
            and _OWNED[lang].match(text, share.end)
            and not _STORY_PERIOD_OWNER[lang].match(text, share.end)
        ):
            continue  # (`12% of the county's budget`, `of the night's total`: an owner's whole, stated in its clause)
        if _period_owns_a_modified_generic(share, text, lang):
            continue  # (`a third of the year's wage bill`: a generic noun with a modifier of its own, another pot)
        if whole is None and named_by_subject:
            # (`Strings are the most popular, with 462 pupils, … out of 1,284 pupils.`: the one total of the part's
            # unit and noun its paragraph states before the share, the part's sentence included)
            whole = _one_total_before(figures, i, part, parts_taken, text, lang, sentence_starts)
        if whole is None:
            whole = _nearest_total(figures, i, part, parts_taken, text, lang)
            if (
                whole is not None
                and whole is not _UNSAID
                and _OF_AFTER[lang].match(text, share.end)
                and not _names_the_lead(share, whole, text, lang, sentence_starts, back_reference=True)
            ):
                continue  # (`35% of boys`, `of volunteer stewards`, `of GDP`: a whole its total is not named by)
        if whole is _UNSAID:
            continue
        pool_noun = _counted_pool_noun(share, text, lang)
        if (
            whole is None
            and part.paragraph not in lead[0]
            and (
                _OF_AFTER[lang].match(text, share.end)
                or _STORY_PERIOD_OWNER[lang].match(text, share.end)
                or pool_noun is not None
            )
        ):
            # (`One in four passengers (4,000) …`: the noun a counted share counts names the lead's total, as `of the
            # passengers` would)
            whole = _lead_total(figures, lead[1], share, part, parts_taken, text, lang)
            if whole is not None and not _names_the_lead(share, whole, text, lang, sentence_starts, noun=pool_noun):
                continue  # (`, or 1.9% of regional output`: a noun the lead's total is not stated of)
        if (
            whole is None
            and part.paragraph not in lead[0]
            and part.end <= share.start
            and _BARE_SHARE_CLOSES[lang].match(text, share.end)
        ):
            # (`Pensioners made up 8,300 of the total, or roughly two-fifths`: a share naming no whole, its part
            # naming the lead's total by its `of` or its noun)
            whole = _lead_total(figures, lead[1], share, part, parts_taken, text, lang)
            if whole is not None and not _part_names_the_total(part, whole, text, lang, sentence_starts):
                continue
        if whole is None:
            continue
        if (
            whole.sentence != part.sentence
            and part.end <= share.start
            and _OWNED[lang].match(text, part.end)
            and not _STORY_PERIOD_OWNER[lang].match(text, part.end)
        ):
            continue  # (`shipped 900 tonnes of last year's crop, about a third`: the part names its own whole)
        if whole.sentence != part.sentence and _SUBJECT_OWNS[lang].match(text, share.end):
            continue  # (`Rival Brent Water lost 200 megalitres, 25% of its supply`: its subject's own whole)
        named = _named_metric(metric_hits, hit_starts, share.start, share.end + 40, share, text, lang)
        if named is not None and whole.metric and "metric" not in whole.guesses and whole.metric != named:
            continue  # (`30% of exports` and a whole of production: another pot)
        if _moved_on_from(figures, whole, share):
            continue  # (`planted 900 trees. This year's total is 20 per cent higher. 40 per cent of the new trees, …`)
        share.share_part, share.share_whole = part.id, whole.id
        share.guesses = sorted(set(share.guesses) | {"relation"})
        parts_taken.add(part.id)  # (a part now: no whole of a later share, `$57,000, a tenth` after `15%, $96,000`)


# opening a sentence, `Of the` before the figure of a whole, then a comma and the subject's figure (`Of the 900, 720 are
# …`): `[link.of_figure_openers]`
_OF_FIGURE_OPENER = ByLanguage(lambda w: rf"[\s\"“‘']*(?:{w.of_figure_openers})", first_tested=False)
_OPENER_COMMA = compile_exact(r",\s*")
# right after a share set apart between commas: the comma or dash closing it, or the sentence's end
_SET_APART_AFTER = compile_exact(r",|[^\S\n][-–—][^\S\n]|[.;]")


def _opened_on_its_whole(
    sentence: list[Claim], share: Claim, text: str, lang: str, sentence_starts: list[int]
) -> tuple[Claim, Claim] | None:
    """The part and whole of a share whose sentence opens on its whole (`Of the 900, 720 are pushed through doors by
    36 helpers, four in every five`); the share names no whole of its own after it. None when the sentence opens
    otherwise."""
    if _OF_AFTER[lang].match(text, share.end) or share.sentence >= len(sentence_starts):
        return None
    if not _SET_APART_AFTER.match(text, share.end):
        return None  # (`Of the 80 staff, 60 work full time, 45% in the north`: a clause of its own, another whole's)
    before = [c for c in sentence if c.end <= share.start]
    return sentence_opened_on_its_whole(before, text, lang, sentence_starts[share.sentence])


def sentence_opened_on_its_whole(
    sentence: list[Claim], text: str, lang: str, sentence_start: int
) -> tuple[Claim, Claim] | None:
    """The subject's figure and the whole of a sentence that opens on its whole (`Of the 900, 720 are …`): the
    figure after `Of the` and the one right after its comma, of one unit and kind, the subject's smaller."""
    if len(sentence) < 2:
        return None
    whole, part = sentence[0], sentence[1]
    if _OF_FIGURE_OPENER[lang].fullmatch(text, sentence_start, whole.start) is None:
        return None
    if _OPENER_COMMA.fullmatch(text, whole.end, part.start) is None:
        return None
    if (part.unit, part.kind) != (whole.unit, whole.kind) or part.kind not in AMOUNTS or part.high >= whole.low:
        return None
    return part, whole


# a sentence opening on the plural noun of a thing (perhaps a word or two narrowing it, perhaps `alone`), then the
# verb setting its share beside it (`Tea towels account for 62.5 per cent`, `Floats made up three-eighths`)
_BREAKDOWN_SUBJECT = ByLanguage(
    lambda w: (
        rf"\s*(?:(?:{w.named_total_determiners})\s+)?(?:[^\W\d_]+[\s-]+){{0,2}}?(?P<noun>[^\W\d_]{{3,}}s)"
        rf"(?:\s+alone)?\s+(?:{w.share_fallback_breakdown_verbs})\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_NOUN_AFTER_FIGURE = compile_exact(r"\s*(?P<one>[^\W\d_]{3,})(?:[\s-]+(?P<two>[^\W\d_]{3,}))?")
_LABEL_BEFORE = compile_exact(r"(?P<noun>[^\W\d_]{3,})\s*,?\s*(?:(?:with|at|on)\s+)?$")


def _subject_part_stated_before(
    figures: list[Claim], i: int, parts_taken: set[str], text: str, lang: str, sentence_starts: list[int]
) -> Claim | None:
    """The amount a share's subject names (`Tea towels account for 62.5 per cent of the order`, `Floats made up
    three-eighths of the entries`): the one value of the story before the share's sentence, in its paragraph or the
    one before, whose noun beside it is the subject's (`20,000 tea towels`, `18 decorated floats`) or whose label
    right before it is (`Strings, with 462 pupils`); none, or two of other values: None."""
    share = figures[i]
    if share.sentence >= len(sentence_starts):
        return None
    subject = _BREAKDOWN_SUBJECT[lang].fullmatch(text, sentence_starts[share.sentence], share.start)
    if subject is None:
        return None
    noun = singular(subject.group("noun").lower(), lang)
    found = []
    for c in figures[max(0, i - _LOOK_BACK) : i]:
        if c.sentence >= share.sentence or c.paragraph < share.paragraph - 1 or c.id in parts_taken:
            continue
        if not _an_amount(c, text, lang) or _per_unit(c, text, lang):
            continue
        # (the noun right after the figure, a word narrowing it perhaps between: `20,000 tea towels`, `18 decorated
        # floats`; or its label right before it: `Strings, with 462 pupils`)
        after = _NOUN_AFTER_FIGURE.match(text, c.end)
        words = [*_WORD.findall(text, c.start, c.end), *(w for w in (after.groups() if after else ()) if w)]
        words += [c.counter] if c.counter else []
        beside = {singular(w.lower(), lang) for w in words}
        label = _LABEL_BEFORE.search(text, max(0, c.start - 24), c.start)
        if noun in beside or (label is not None and singular(label.group("noun").lower(), lang) == noun):
            found.append(c)
        elif c.sentence < len(sentence_starts) and not any(
            o.sentence == c.sentence and o.kind in AMOUNTS and o.start < c.start for o in figures
        ):
            # (`Strings are the most popular, with 462 pupils, followed by brass …`: the first amount of a sentence
            # opening on the noun)
            opening = _WORD.findall(text, sentence_starts[c.sentence], c.start)[:2]
            if noun in {singular(w.lower(), lang) for w in opening}:
                found.append(c)
    if len({c.value for c in found}) != 1:
        return None
    return found[-1]


def _one_total_before(
    figures: list[Claim], i: int, part: Claim, parts_taken: set[str], text: str, lang: str, sentence_starts: list[int]
) -> Claim | None:
    """The one total of the part's unit and noun stated before the share in its paragraph or the part's (two values:
    None), a share naming its whole by a noun the total's sentence states."""
    share = figures[i]
    found = [
        c
        for c in figures[:i]
        if c.paragraph in (share.paragraph, part.paragraph) and _a_total_of(c, part, parts_taken, text, lang)
    ]
    if len({c.value for c in found}) != 1:
        return None
    whole = found[-1]
    if _OF_AFTER[lang].match(text, share.end) and not _names_the_lead(
        share, whole, text, lang, sentence_starts, back_reference=True
    ):
        return None
    return whole


def _moved_on_from(figures: list[Claim], whole: Claim, share: Claim) -> bool:
    """Whether a change stated in a sentence after the whole's, before the share, is measured on the whole, its new
    level unstated (`Last winter it planted 900 trees. This year's total is 20 per cent higher.`): the whole an
    earlier level the story has moved on from, no total a share after the change is of. A change taking a prior to
    the whole (`rose 16 percent from 52,700`) leaves it the story's level."""
    return any(
        c.role == "change"
        and (c.compared_to == whole.id or (c.change_of == whole.id and c.compared_to is None))
        and whole.sentence < c.sentence
        and c.end <= share.start
        and not any(o.sentence == c.sentence and (o.kind, o.unit) == (whole.kind, whole.unit) for o in figures)
        for c in figures
    )


def _an_amount(c: Claim, text: str, lang: str) -> bool:
    """A value stated as itself: no rate, no figure per unit, no bound."""
    return (
        c.kind in AMOUNTS
        and c.role == "value"
        and c.per_unit_of is None
        and c.value > 0
        and math.isfinite(c.high)
        and not (c.kind == "count" and is_a_rate(c, text, lang))
        and not (c.kind == "measure" and stated_per_a_noun(c, text, lang))
    )


def _part_before(figures: list[Claim], i: int, text: str, lang: str) -> Claim | None:
    share = figures[i]
    if i == 0:
        return None
    part = figures[i - 1]
    if part.sentence != share.sentence or not _an_amount(part, text, lang):
        return None
    gap = _PART_THEN_SHARE[lang].fullmatch(text, part.end, share.start)
    if gap is None or _FOREIGN[lang].search(gap.group("words")):
        return None
    if _RELATIVE[lang].search(text, gap.end("words"), share.start):
        # (`$2m repaving the library, which accounts for 8%`: `which` after a noun other than the part's own is that
        # noun's share, not the part's)
        counter = (part.counter or "").casefold()
        if any(w.casefold() != counter for w in _WORD.findall(gap.group("words"))):
            return None
    return part


def _part_after(figures: list[Claim], i: int, text: str, lang: str) -> Claim | None:
    share = figures[i]
    if i + 1 >= len(figures):
        return None
    part = figures[i + 1]
    if part.sentence != share.sentence or not _an_amount(part, text, lang):
        return None
    if _SHARE_THEN_PART[lang].fullmatch(text, share.end, part.start):
        return part
    # (`and the county another 15 per cent, $96,000.`: a share naming no whole, its clause closing on the amount
    # restating it)
    if _COMMA_THEN_PART[lang].fullmatch(text, share.end, part.start) and _BARE_SHARE_CLOSES[lang].match(text, part.end):
        return part
    # (`Juniors make up two-thirds of the club, 124 players, and …`, `A third of the new slots, 800, are …`: the share
    # and its whole's noun, a bare comma, then the part restating it, its clause going on right after it)
    gap = _SHARE_NOUN_THEN_COMMA[lang].fullmatch(text, share.end, part.start)
    if (
        gap is not None
        and not _FOREIGN[lang].search(gap.group("words"))
        and _RESTATED_TAIL[lang].match(text, part.end)
        # (`About a quarter of that, £100,000, …`: `that` is the figure right before, its own reading's)
        and not _BACK_REFERENCE[lang].match(text, share.end)
    ):
        return part
    return None


def _whole_after(figures: list[Claim], i: int, part: Claim, text: str, lang: str) -> Claim | None | bool:
    """The figure of the part's unit right after the share's `of` (`6% of the 41,200 households`); False when a
    figure of that unit follows the share in its clause otherwise (the clause states its own); None when none does."""
    share = figures[i]
    for after in figures[i + 1 : i + 3]:
        if after is part or after.sentence != share.sentence:
            continue
        if (after.kind, after.unit) != (part.kind, part.unit) or after.start < share.end:
            return None
        if _OF_WHOLE[lang].fullmatch(text, share.end, after.start):
            return after if after.role == "value" and after.low > part.high else False
        # (a comma, or a dash closing the share's aside, `1,800 in zone 4 - nearly half - 1,200 in the hills`, ends
        # the share's clause: the figure after it is the next clause's)
        return None if _CLAUSE_CLOSED_AFTER_SHARE.search(text, share.end, after.start) else False
    return None


def _listed_total(figures: list[Claim], part: Claim, lead: set[int], parts_taken: set[str]) -> Claim | None:
    """The total the part is a listed part of, when of its unit and larger, stated in the part's paragraph or the
    lead (a list read across paragraphs is no total the share names)."""
    if part.part_of is None:
        return None
    for c in figures:
        if c.id == part.part_of:
            # (a total itself set beside a share, `15 per cent, $96,000`, is a part: the list summing to it chance)
            ours = (c.kind, c.unit) == (part.kind, part.unit) and c.low > part.high and c.id not in parts_taken
            return c if ours and (c.paragraph == part.paragraph or c.paragraph in lead) else None
    return None


def _a_total_of(
    c: Claim, part: Claim, parts_taken: set[str], text: str, lang: str, within_its_period: bool = False
) -> bool:
    """Whether a figure may be the part's whole; `within_its_period`: the share names the story's own period as the
    whole's (`of the year's receipts`), so a part of a season within it (`the winter months`) is of it."""
    return (
        c is not part
        and (c.kind, c.unit) == (part.kind, part.unit)
        and c.low > part.high
        and c.id not in parts_taken
        and c.part_of is None
        and c.metric not in WORTHS  # (`valued at $94m`: what the whole is worth, no sum of what it sold)
        and _an_amount(c, text, lang)
        and (within_its_period or not periods_differ(c, part))
        and not named_differently(c, part, "metric")  # (`valued at $9bn`, `bond sales of $3bn`: another pot)
        and _same_entities(c, part)
        and _of_one_noun(c, part, text, lang)
    )


def _of_one_noun(total: Claim, part: Claim, text: str, lang: str) -> bool:
    """A count of the part's noun: the same (a plural's ending aside), unnamed by either, the part's noun a few words
    after the total's figure (`2,315 flu cases`) or the total's a few words after the part's (`212,000 irrigated
    acres`), or both nouns of people (`patients`, `people`)."""
    if total.kind != "count" or not part.counter:
        return True
    if not total.counter:
        return False  # (a bare count names nothing it counts: no whole of `17 goals` in a crowd of 52,314)
    one, other = singular(total.counter.lower(), lang), singular(part.counter.lower(), lang)
    short, long = sorted((one, other), key=len)
    if long.startswith(short) and len(long) - len(short) <= _STEM_SLACK:
        return True
    after = _WORD.findall(text, total.end, min(len(text), total.end + 40))[:_NOUN_REACH]
    if any(singular(word.lower(), lang) == other for word in after):
        return True
    # (`212,000 irrigated acres` of `486,000 acres`: the part's counter a word narrowing the total's noun, stated a
    # few words after the part's figure)
    after_part = _WORD.findall(text, part.end, min(len(text), part.end + 40))[:_NOUN_REACH]
    if any(singular(word.lower(), lang) == one for word in after_part):
        return True
    return bool(_PEOPLE[lang].fullmatch(total.counter)) and bool(_PEOPLE[lang].fullmatch(part.counter))


# a figure's words before it that make it the earlier level a change of its sentence is measured on
_EARLIER_LEVEL_BEFORE = ByLanguage(lambda w: rf"(?:^|\s)(?:{w.earlier_level_before})\s+$", re.I)
# how far before a level the change measured on it may stand (`up 2,600, or 8 per cent, on …`)
_CHANGE_REACH = 48


def _earlier_level_of_a_change(figures: list[Claim], j: int, text: str, lang: str) -> bool:
    """`rose 640, or 8 per cent, on last winter's 8,000`: a figure right after a change of its sentence and a word
    measuring the change on it is the level before the change, no total of the later level's parts."""
    level = figures[j]
    if j == 0 or figures[j - 1].sentence != level.sentence or figures[j - 1].role != "change":
        return False
    change = figures[j - 1]
    if level.start - change.end > _CHANGE_REACH:
        return False
    return bool(_EARLIER_LEVEL_BEFORE[lang].search(text, change.end, level.start))


_UNSAID = "unsaid"  # (a nearer pot of the paragraph leaves the whole unsaid: no look farther, in the lead)


def _nearest_total(
    figures: list[Claim], i: int, part: Claim, parts_taken: set[str], text: str, lang: str
) -> Claim | str | None:
    """The nearest total before the part (and the share) in the share's paragraph; `_UNSAID` when a nearer amount of
    the part's unit larger than it is no total (a part, another noun's, another period's) or the total's sentence
    states another amount of the unit (one of several pots); None when the paragraph states no larger amount."""
    share = figures[i]
    before = min(part.start, share.start)
    for j in range(i - 1, -1, -1):
        c = figures[j]
        if c.paragraph != share.paragraph:
            return None
        if c.start >= before or (c.kind, c.unit) != (part.kind, part.unit) or c.low <= part.high:
            continue
        if _earlier_level_of_a_change(figures, j, text, lang):
            continue  # (`up 640, or 8%, on last winter's 8,000. Of them, …`: the level before, no whole of today's)
        if not _a_total_of(c, part, parts_taken, text, lang):
            if c.role == "value":
                return _UNSAID  # (`14,600 tonnes, a tenth of the crop, with Asia taking 9,200 tonnes`: a part's part)
            continue
        # (another amount of the unit in the total's sentence, not the part: one of several pots, `188 tonnes from
        # the hills; the rest, 24 tonnes, …`)
        siblings = [
            o
            for o in figures[max(0, j - 8) : j + 8]
            if o.sentence == c.sentence
            and o is not c
            and o is not part
            and o.value != c.value
            and (o.kind, o.unit) == (part.kind, part.unit)
            and o.role == "value"
            and not _per_unit(o, text, lang)  # (`$270,000, or about $15 a member`: a figure per unit is no pot)
            # (`62,000 jumpers … over two autumn seasons`: a count of another noun smaller than the part is no pot of
            # the total's things; `9,000 mugs and 6,000 plates` are two pots)
            and not (
                o.counter
                and c.counter
                and o.value < part.low
                and singular(o.counter.lower(), lang) != singular(c.counter.lower(), lang)
            )
        ]
        if siblings or c.sentence == part.sentence:
            return _UNSAID  # (`Oil made 1.1m barrels and gas 1.0m barrels, or 48%`: a sibling the sentence lists)
        if any(
            o.paragraph == c.paragraph and o.value != c.value and _a_total_of(o, part, parts_taken, text, lang)
            for o in figures[max(0, j - 16) : j]
        ):
            return _UNSAID  # (`480,000 visits … the north slopes drew 250,000 visits`: two totals, which unsaid)
        return c
    return None


_PER_UNIT_AFTER = ByLanguage(lambda w: rf"(?:{w.per_unit_after})", re.I)


def _per_unit(c: Claim, text: str, lang: str) -> bool:
    """A figure per unit (`$18 a resident`, `£4 per visitor`, or read as one): no pot beside a total."""
    return c.per_unit_of is not None or is_a_rate(c, text, lang) or bool(_PER_UNIT_AFTER[lang].match(text, c.end))


def _lead(figures: list[Claim], text: str) -> tuple[set[int], list[Claim]]:
    """The lead's paragraphs and figures: the body's first paragraph that states a figure, and the headline."""
    headline = opens_with_headline(text)
    body = [c for c in figures if not (headline and c.paragraph == 0)]
    if not body:
        return set(), []
    first = body[0].paragraph
    paragraphs = {first} | ({0} if headline else set())
    return paragraphs, [c for c in figures if c.paragraph in paragraphs]


def _lead_total(
    figures: list[Claim], lead: list[Claim], share: Claim, part: Claim, parts_taken: set[str], text: str, lang: str
) -> Claim | None:
    """The total the lead states (its body paragraph's first, else the headline's); two values leave it unsaid."""
    within = bool(_STORY_PERIOD_OWNER[lang].match(text, share.end))
    totals = [c for c in lead if _a_total_of(c, part, parts_taken, text, lang, within)]
    body = [c for c in totals if c.paragraph != 0 or not opens_with_headline(text)]
    chosen = body or totals
    if not chosen or len({c.value for c in chosen}) != 1:
        return None
    # (two amounts of the part's unit larger than it in the lead's paragraph, whatever they count, `3,000 infections
    # … 2,400 cases`: which one the share is of, unsaid)
    rivals = {
        c.value
        for c in lead
        if c.paragraph == chosen[0].paragraph
        and c is not part
        and (c.kind, c.unit) == (part.kind, part.unit)
        and c.low > part.high
        and c.part_of is None
        and c.id not in parts_taken
        and _an_amount(c, text, lang)
        and not (c.counter and _GOAL[lang].fullmatch(c.counter))  # (`its 5,000 target`: aimed at, not reached)
    }
    if len(rivals) > 1:
        return None
    total = chosen[0]
    # (a listed part of the lead's total larger than the part, stated before the share: the share may be of that
    # pot, `advertising brought in $38m … digital advertising, $9m, a quarter of all advertising`)
    if not within and any(c.part_of == total.id and c.low > part.high and c.start < share.start for c in figures):
        return None  # (`of the year's receipts` names the period's whole, no pot of it)
    return total


def _period_owns_a_modified_generic(share: Claim, text: str, lang: str) -> bool:
    """Whether the share's whole is the story's own period's generic noun with a modifier of its own (`of the year's
    wage bill`): another pot than the lead's total, which `of the year's bill` alone would name."""
    owner = _STORY_PERIOD_OWNER[lang].match(text, share.end)
    if owner is None:
        return False
    stop = re.search(r"[,.;:!?()\n]", text[owner.end() : owner.end() + 60])
    words = _WORD.findall(text, owner.end(), owner.end() + (stop.start() if stop else 60))[:_NOUN_WORDS]
    return any(_GENERIC_WHOLE[lang].fullmatch(w) and not _TOTAL_WORD[lang].match(" " + words[0]) for w in words[1:])


_TOTAL_WORD = ByLanguage(lambda w: rf"\s+(?:{w.share_of_whole})(?![^\W\d_])", re.I)
_NOUN_WORDS = 4  # words after the share's `of` naming its whole
_DEFINITE = ByLanguage(lambda w: rf"(?:{w.definite_articles})", re.I)


def _counted_pool_noun(share: Claim, text: str, lang: str) -> str | None:
    """The plural noun right after a share counting out of a round base (`six in ten movements`): the pool it counts."""
    if not _COUNTED_SHARE_END[lang].search(share.text):
        return None
    found = _COUNTED_POOL_NOUN[lang].match(text, share.end)
    return found.group("noun") if found is not None else None


def _names_the_lead(
    share: Claim,
    total: Claim,
    text: str,
    lang: str,
    sentence_starts: list[int],
    back_reference: bool = False,
    noun: str | None = None,
) -> bool:
    """Whether the share names the total (the lead's, or the paragraph's): by the total's word (`of the total`), by
    a word its sentence states as the head of the noun after `of` (`of group revenue` after `reported revenue of
    €214m`), every word narrowing that head stated there too (`of volunteer stewards` names a group within `500
    stewards`); in the paragraph (`back_reference`), by one singular noun after the definite article (`of the crop`)."""
    stop = re.search(r"[,.;:!?()\n]", text[share.end : share.end + 60])
    end = share.end + (stop.start() if stop else 60)
    named = _WORD.findall(text, share.end, end)
    if len(named) == 3 and _DEFINITE[lang].fullmatch(named[1]) and _GENERIC_WHOLE[lang].fullmatch(named[2]):
        return True  # (`40 per cent of the cost`: a noun naming no pot of its own, the one total said before)
    period_owner = _STORY_PERIOD_OWNER[lang].match(text, share.end, end)
    total_word = _TOTAL_WORD[lang].match(text, share.end, end)
    if noun is not None:
        words = [noun]  # (`one in four passengers`: the noun the counted share counts, no `of` before it)
    elif total_word:
        words = _WORD.findall(text, total_word.end(), end)[:_NOUN_WORDS]
        if not words:
            return True  # (`of the total`)
        # (`of all exports`: the noun after the total's word names the whole)
    elif period_owner:
        # (`of the year's receipts`: the story's own period owning it, the noun after it names the whole)
        words = _WORD.findall(text, period_owner.end(), end)[:_NOUN_WORDS]
    else:
        if (
            back_reference
            and len(named) == 3
            and _DEFINITE[lang].fullmatch(named[1])
            and singular(named[2].lower(), lang) == named[2].lower()
        ):
            # (`40 per cent of the crop` after `5,000 tonnes of pears`: the paragraph's total named anew by a mass
            # noun; a plural, `of the orchards`, names things the total does not count)
            return True
        words = named[1 : 1 + _NOUN_WORDS]
        if back_reference and words and _TOTAL_HEAD[lang].fullmatch(words[-1]):
            return True  # (`of the state total` after the paragraph's `486,000 acres`: the total named as such)
    opens = sentence_starts[total.sentence] if total.sentence < len(sentence_starts) else 0
    closes = sentence_starts[total.sentence + 1] if total.sentence + 1 < len(sentence_starts) else len(text)
    own = {singular(w.lower(), lang) for w in _WORD.findall(text, opens, closes)}
    if not back_reference and opens_with_headline(text):
        # (the headline names the lead's subject: `Bakery takings climb` over `took £487,000`)
        own |= {singular(w.lower(), lang) for w in _WORD.findall(text, 0, max(0, text.find("\n")))}
    head = words[-1].lower() if words else ""  # (the noun phrase's head: `output` of `regional output`)
    if not (len(head) > 3 and (singular(head, lang) in own or _TOTAL_HEAD[lang].fullmatch(head))):
        return False  # (`of the valley total`: a total named as such, its narrowing words the lead's)
    # (a word narrowing the head the total's sentence does not state, `of volunteer stewards` after `500 stewards`:
    # a group within the total, not it)
    return all(singular(w.lower(), lang) in own for w in words[:-1] if len(w) > 3 and not w[0].isupper())


_BARE_SHARE_CLOSES = ByLanguage(lambda w: rf"(?:{w.share_fallback_bare_share_closings})", re.I)
# `roughly six in ten movements, or 11,200`: a share counting out of a round base, the plural noun of its pool after it
_COUNTED_SHARE_END = ByLanguage(lambda w: rf"(?:{w.share_fallback_counted_share_ends})", re.I)
_COUNTED_POOL_NOUN = ByLanguage(lambda w: rf"(?:{w.share_fallback_counted_pool_noun})")
_TOTAL_HEAD = ByLanguage(lambda w: rf"(?:{w.share_fallback_total_heads})", re.I)
_PART_OF_WHOLE = ByLanguage(lambda w: rf"\s+(?:{w.share_fallback_part_names_its_whole})(?P<rest>[^,;:()\n]*)", re.I)
_WHOLE_WORD = ByLanguage(lambda w: rf"(?:{w.share_of_whole})", re.I)


def _part_names_the_total(part: Claim, total: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether a part whose share names no whole names the total itself: by its own `of` (`1,200 of the total`,
    `530 of the weekly roster` after `a weekly roster of 760`: the noun's head and every word narrowing it stated in
    the total's sentence), else, a count, by its noun (`8,300 swims` of `19,600 swims`)."""
    named = _PART_OF_WHOLE[lang].match(text, part.end)
    if named is not None:
        if _WHOLE_WORD[lang].match(text, named.start() + len(named.group(0)) - len(named.group(0).lstrip())):
            return True  # (`of the total`, `of all`)
        if _GENERIC_WHOLE[lang].fullmatch(named.group("noun")) and not _WORD.search(named.group("rest")):
            return True  # (`$1.4m of the bill`: a noun naming no pot of its own, the one total said before)
        words = [named.group("noun"), *_WORD.findall(named.group("rest"))][:_NOUN_WORDS]
        opens = sentence_starts[total.sentence] if total.sentence < len(sentence_starts) else 0
        closes = sentence_starts[total.sentence + 1] if total.sentence + 1 < len(sentence_starts) else len(text)
        own = {singular(w.lower(), lang) for w in _WORD.findall(text, opens, closes)}
        if opens_with_headline(text):
            # (the headline names the lead's subject: `Lido visits climb` over `sold 31,200 swims`)
            own |= {singular(w.lower(), lang) for w in _WORD.findall(text, 0, max(0, text.find("\n")))}
        head = words[-1].lower()
        return (
            len(head) > 3
            and singular(head, lang) in own
            and all(singular(w.lower(), lang) in own for w in words[:-1] if len(w) > 3 and not w[0].isupper())
        )
    if part.kind != "count" or not part.counter or not total.counter:
        return False
    one, other = singular(total.counter.lower(), lang), singular(part.counter.lower(), lang)
    return one == other


# the share's sentence opening on a thing named again (`The order`, `This contract on its own`) and a verb setting a
# share beside it (`is worth`, `is equal to`, `represents`), hedges, then the share
_NAMED_SUBJECT = ByLanguage(
    lambda w: (
        rf"\s*[\"“‘']?(?:{w.named_total_determiners})\s+(?:[^\W\d_]+[\s-]+){{0,2}}?(?P<noun>[^\W\d_]{{3,}})"
        rf"(?:\s+(?:{w.share_fallback_subject_asides}))?\s+(?:{w.share_fallback_subject_links})\s+"
        rf"(?:(?:{w.share_hedges_beside_part})\s+)?$"
    ),
    re.I,
)
# after the share's `of`, the noun phrase naming its whole up to a preposition or a clause's end (`of the mill's
# revenue for the year`: `revenue`); a hyphened word is one (`of the half-year's revenue`: `revenue`)
_OF_PHRASE = ByLanguage(
    lambda w: (
        rf"\s+of\s+(?P<phrase>[^\W\d_'’]+(?:-[^\W\d_'’]+)*(?:['’]s?)?\s*"
        rf"(?:(?!(?:{w.share_fallback_phrase_stops})(?![^\W\d_]))[^\W\d_'’]+(?:-[^\W\d_'’]+)*(?:['’]s?)?\s*){{0,4}})"
    ),
    re.I,
)
_THING_REACH = 160  # characters before the share where its sentence opens
_LOOK_BACK = 200  # figures before the share where the thing's value and the whole are looked for (a story's length)


def _named_thing_and_whole(
    figures: list[Claim], i: int, parts_taken: set[str], text: str, lang: str, sentence_starts: list[int]
) -> tuple[Claim, Claim] | None:
    """A share whose sentence opens on a thing the story named with its value before (`The contract is worth almost a
    third of the bakery's sales` after `won a €1.4m contract`): its part is that value (the one of the amounts before
    whose noun, `a €1.4m contract`, `a deal worth $4m`, the subject names again; two values: unsaid), its whole the
    amount of the part's unit larger than it in a sentence stating the head of the noun after the share's `of`
    (`sales`): the first after the share in its sentence, else the one value stated before it."""
    share = figures[i]
    if share.sentence >= len(sentence_starts):
        return None
    opens = sentence_starts[share.sentence]
    if share.start - opens > _THING_REACH:
        return None
    subject = _NAMED_SUBJECT[lang].fullmatch(text, opens, share.start)
    if subject is None:
        return None
    noun = singular(subject.group("noun").lower(), lang)
    before = [
        c
        for c in figures[max(0, i - _LOOK_BACK) : i]
        if c.sentence < share.sentence
        and c.role == "value"
        and c.kind in AMOUNTS
        and _an_amount(c, text, lang)
        and not _per_unit(c, text, lang)
        and not (c.kind == "money" and _PRICE_PER_THING[lang].match(text, c.end))  # (`, or €6 a set`: a price)
    ]
    beside = [c for c in before if noun in _total_nouns(c, text, lang)]
    if not beside and _DEAL[lang].fullmatch(noun):
        # (`won a €420,000 order` … `The contract is worth`: one deal named again by another of its nouns, none
        # stated beside the subject's own; another amount of its unit in its sentence, `on top of £20,000 of sales`,
        # leaves which one the subject names unsaid)
        of_sentence = Counter((c.sentence, c.kind, c.unit) for c in before)
        beside = [
            c
            for c in before
            if of_sentence[(c.sentence, c.kind, c.unit)] == 1
            and any(_DEAL[lang].fullmatch(w) for w in _total_nouns(c, text, lang))
        ]
    # (`signed its biggest deal yet, a €1.4m contract`, `sold 52 tractors …, the largest sale it made`: the noun
    # the subject names again stated in the amount's own sentence, no noun set right beside the amount; `an order
    # for 6,000 pairs, worth €390,000`: the noun beside the count, the sentence naming it the worth, of each unit)
    in_sentence = [c for c in before if _sentence_names(c, noun, text, lang, sentence_starts)]
    named = [c for c in in_sentence if c in beside or not any((b.kind, b.unit) == (c.kind, c.unit) for b in beside)] + [
        c for c in beside if c not in in_sentence
    ]
    named.sort(key=lambda c: c.start)
    phrase = _OF_PHRASE[lang].match(text, share.end)
    if phrase is None:
        return None
    # (the last word longer than a particle: `of last season's harvest of` ends on the `of` before the whole's figure)
    words = [w for w in _WORD.findall(phrase.group("phrase")) if len(w) > 3]
    head = singular(words[-1].lower(), lang) if words else ""
    after = figures[i + 1] if i + 1 < len(figures) else None
    if (
        after is not None
        and after.sentence == share.sentence
        and after.role == "value"
        and _STATED_WHOLE[lang].fullmatch(text, share.end, after.start)
    ):
        # (`is worth 45% of the £412,000 it turned over`: the whole stated right after the share's `of`)
        of_unit = [c for c in named if (c.kind, c.unit) == (after.kind, after.unit)]
        if (
            of_unit
            and len({c.value for c in of_unit}) == 1
            and after.low > of_unit[-1].high
            and _of_one_noun(after, of_unit[-1], text, lang)  # (`900 chairs` no part of `2,300 hours`)
        ):
            return of_unit[-1], after
        return None
    if len(head) <= 3:
        return None
    found = []
    for unit in {(c.kind, c.unit) for c in named}:
        # (`a €1.4m contract` and the headline's `$1.59m contract`: one value of each currency; the whole's decides)
        of_unit = [c for c in named if (c.kind, c.unit) == unit]
        if len({c.value for c in of_unit}) != 1:
            if any(c in beside for c in of_unit):
                return None
            continue  # (two amounts of a unit whose sentences name the thing, neither beside it: neither its)
        whole = _whole_of_named(figures, i, of_unit[-1], head, parts_taken, text, lang, sentence_starts)
        if whole is not None:
            found.append((of_unit[-1], whole))
    if len(found) > 1:
        # (`of last season's harvest of 610 tonnes, which fetched $2m`: the whole the share's `of` names, no clause
        # between, before one a relative clause adds)
        found = [pair for pair in found if not _CLAUSE_MARK.search(text, share.end, pair[1].start)]
    return found[0] if len(found) == 1 else None


_CLAUSE_MARK = compile_exact(r"[,;:()]")
# right after a share, `of`, perhaps `the` or `its`, then the figure of its whole (`45% of the £412,000`)
_STATED_WHOLE = ByLanguage(lambda w: rf"\s+(?:{w.ratio_of_after})\s+(?:(?:{w.hedges})\s+)?", re.I)


def _sentence_names(c: Claim, noun: str, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the figure's own sentence states the noun (a plural's ending aside)."""
    begin = sentence_starts[c.sentence] if c.sentence < len(sentence_starts) else 0
    end = sentence_starts[c.sentence + 1] if c.sentence + 1 < len(sentence_starts) else len(text)
    return any(singular(w.lower(), lang) == noun for w in _WORD.findall(text, begin, end))


def _whole_of_named(
    figures: list[Claim],
    i: int,
    part: Claim,
    head: str,
    parts_taken: set[str],
    text: str,
    lang: str,
    sentence_starts: list[int],
) -> Claim | None:
    share = figures[i]

    takings = bool(_SALES_HEAD[lang].fullmatch(head))
    goods = bool(_GOODS_HEAD[lang].fullmatch(head)) and part.kind != "money"

    def states_head(c: Claim, by_another_name: bool = False) -> bool:
        begin = sentence_starts[c.sentence] if c.sentence < len(sentence_starts) else 0
        end = sentence_starts[c.sentence + 1] if c.sentence + 1 < len(sentence_starts) else len(text)
        words = _WORD.findall(text, begin, end)
        if by_another_name and goods:
            # (`of this year's crop` and `the farm picked 160 tonnes`: what is made or grown, named by its verb)
            return any(_GOODS_HEAD[lang].fullmatch(w) or _MADE_VERB[lang].fullmatch(w) for w in words)
        if by_another_name:
            # (`of last year's sales` and `turnover rose to €410,000`: two names of one business's takings)
            return any(_SALES_HEAD[lang].fullmatch(w) for w in words)
        return any(singular(w.lower(), lang) == head for w in words)

    def a_whole(c: Claim) -> bool:
        return (
            c is not part
            and (c.kind, c.unit) == (part.kind, part.unit)
            and c.role == "value"
            and c.low > part.high
            and c.id not in parts_taken
            and c.part_of is None
            and _an_amount(c, text, lang)
            and _same_entities(c, part)
        )

    after = [c for c in figures[i + 1 :] if c.sentence == share.sentence and (c.kind, c.unit) == (part.kind, part.unit)]
    if after:
        first = after[0]
        return first if a_whole(first) and states_head(first) else None
    wholes = [
        c for c in figures[max(0, i - _LOOK_BACK) : i] if c.sentence < share.sentence and a_whole(c) and states_head(c)
    ]
    if not wholes and (takings or goods):
        # (no sentence names the takings by the share's word: one naming them by another)
        wholes = [
            c
            for c in figures[max(0, i - _LOOK_BACK) : i]
            if c.sentence < share.sentence and a_whole(c) and states_head(c, by_another_name=True)
        ]
    if not wholes or len({c.value for c in wholes}) != 1:
        return None
    return wholes[-1]


# inside a sentence, where a clause opens on a thing named again after the clause stating a whole (`…, so the order
# takes`, `…, and the new deal is worth`, `…; the rugs use`)
_CLAUSE_OPENS = ByLanguage(lambda w: rf"(?:{w.share_fallback_clause_openers})", re.I)
# right after a share, a pronoun naming the whole stated before it (`a quarter of that`, `of it`)
_BACK_REFERENCE = ByLanguage(lambda w: rf"\s+(?:{w.share_fallback_back_reference_wholes})(?![^\W\d_])", re.I)
# nouns naming one agreement (`order`, `contract`): the story's deal, named again by any of them
# right after a sum of money, the thing it is the price of (`€6 a set`, `$40 per crate`), no period (`a year`)
_PRICE_PER_THING = ByLanguage(lambda w: rf"(?:{w.share_fallback_price_per_thing_after})", re.I)
_GOODS_HEAD = ByLanguage(lambda w: rf"(?:{w.share_fallback_goods_heads})", re.I)
_MONEY_HEAD = ByLanguage(lambda w: rf"(?:{w.share_fallback_money_heads})", re.I)
_SALES_HEAD = ByLanguage(lambda w: rf"(?:{w.share_fallback_sales_heads})", re.I)
_DEAL = ByLanguage(lambda w: rf"(?:{w.share_fallback_deal_nouns})", re.I)
# a verb stating what a business made, grew or caught over a period (`produced`, `picked`): its output named so
_MADE_VERB = ByLanguage(lambda w: rf"(?:{w.share_fallback_made_verbs})", re.I)


def _thing_after_its_whole(
    figures: list[Claim],
    i: int,
    parts_taken: set[str],
    text: str,
    lang: str,
    sentence_starts: list[int],
    lead: list[Claim],
) -> tuple[Claim, Claim] | None:
    """A share whose clause opens on a thing the story named before (`The plant makes 52,000 crates a year, so the
    Danish order alone takes a quarter of its output`; `Sales were $8m, and the new deal is worth a fifth of that`;
    `Sales were $8m. The deal is worth a fifth of that.`): its whole is the one amount the sentence's clauses before
    it state (a level: no change, no earlier level, no part, no figure per unit; per period it may be), or, a share
    of `that` opening its sentence, the previous sentence's; its part the value of the whole's unit, smaller, stated
    before of the subject's noun (`The order is worth €2m`), else the lead's one amount of the unit when the lead
    names the subject's thing (its noun, or any noun of a deal for a deal). Two units or two values: unsaid."""
    share = figures[i]
    if share.sentence >= len(sentence_starts):
        return None
    opens = sentence_starts[share.sentence]
    # (the last clause opening before the share: its subject is the share's)
    clause = max(_CLAUSE_OPENS[lang].finditer(text, opens, share.start), key=lambda m: m.start(), default=None)
    back_reference = _BACK_REFERENCE[lang].match(text, share.end)
    if clause is not None:
        subject = _NAMED_SUBJECT[lang].fullmatch(text, clause.end(), share.start)
        span = (opens, clause.start())
    elif back_reference and share.sentence > 0:
        subject = _NAMED_SUBJECT[lang].fullmatch(text, opens, share.start)
        span = (sentence_starts[share.sentence - 1], opens)
    else:
        return None
    if subject is None or share.start - subject.start() > _THING_REACH:
        return None
    if not back_reference and any(c.sentence == share.sentence and c.kind in AMOUNTS for c in figures[i + 1 : i + 3]):
        return None  # (`a quarter of its revenue of $8m`: the whole stated after the share, the clause's own)
    levels = [
        c
        for c in figures[max(0, i - _LOOK_BACK) : i]
        if span[0] <= c.start < span[1]
        and c.kind in AMOUNTS
        and c.role == "value"
        and c.value > 0
        and math.isfinite(c.high)
        and c.per_unit_of is None
        and c.part_of is None
        and c.id not in parts_taken
        and c.metric not in WORTHS
        and not (c.kind == "measure" and stated_per_a_noun(c, text, lang))
    ]
    if not levels or levels[0].paragraph != share.paragraph:
        return None
    noun = singular(subject.group("noun").lower(), lang)
    found = []
    for unit in {(c.kind, c.unit) for c in levels}:
        of_unit = [c for c in levels if (c.kind, c.unit) == unit]
        if len({c.value for c in of_unit}) != 1:
            return None  # (`Exports made $5m and home sales $4m, so …`: two pots, which unsaid)
        whole = of_unit[0]
        part = _subject_value(figures, i, whole, noun, parts_taken, text, lang, sentence_starts, lead)
        if part is not None and _same_entities(whole, part) and _of_one_noun(whole, part, text, lang):
            found.append((part, whole))
    return found[0] if len(found) == 1 else None


# a share's sentence opening on a pronoun naming the amount stated before, then the verb setting the share beside it
# (`That is about`, `It accounts for`, `This alone covered`)
_PRONOUN_SUBJECT = ByLanguage(
    lambda w: (
        rf"\s*[\"“‘']?(?:{w.share_fallback_pronoun_subjects})(?:\s+(?:{w.share_fallback_subject_asides}))?"
        rf"\s+(?:{w.share_fallback_subject_links})\s+(?:(?:{w.share_hedges_beside_part})\s+)?$"
    ),
    re.I,
)


def _back_referenced_part(
    figures: list[Claim], i: int, parts_taken: set[str], text: str, lang: str, sentence_starts: list[int]
) -> tuple[Claim, Claim] | None:
    """A share whose sentence opens on a pronoun (`That is about 15 per cent of the dairy's annual output of 400
    tonnes`, `It accounts for …`) or on a thing the sentence before names (`The loan would cover 60 per cent of the
    C$1.25 million project` after `a provincial loan of C$750,000`), its `of` stating its whole right after it: the
    part is the one amount of the whole's unit the sentence before states (a level: no change, earlier level, figure
    per unit or price), smaller than the whole. Two values there, a part of its own before the share, or a count of
    another noun leave it unsaid."""
    share = figures[i]
    if share.sentence < 1 or share.sentence >= len(sentence_starts) or i + 1 >= len(figures):
        return None
    opens = sentence_starts[share.sentence]
    if share.start - opens > _THING_REACH:
        return None
    named = None
    if _PRONOUN_SUBJECT[lang].fullmatch(text, opens, share.start) is None:
        named = _NAMED_SUBJECT[lang].fullmatch(text, opens, share.start)
        if named is None:
            return None
    whole = figures[i + 1]
    if (
        whole.sentence != share.sentence
        or not _an_amount(whole, text, lang)
        or _per_unit(whole, text, lang)
        or not _OF_WHOLE[lang].fullmatch(text, share.end, whole.start)
    ):
        return None
    before = sentence_starts[share.sentence - 1]
    if named is not None:
        # (the thing the subject names again, stated in the sentence before: `a provincial loan of C$750,000`)
        noun = singular(named.group("noun").lower(), lang)
        if noun not in {singular(w.lower(), lang) for w in _WORD.findall(text, before, opens)}:
            return None
    levels = []
    for c in reversed(figures[max(0, i - _LOOK_BACK) : i]):
        if c.sentence < share.sentence - 1:
            break
        if (c.kind, c.unit) != (whole.kind, whole.unit):
            continue
        if c.sentence == share.sentence or c.id in parts_taken:
            return None  # (a figure of the unit before the share in its own sentence, or a part taken: another reading)
        if (
            c.role == "value"
            and _an_amount(c, text, lang)
            and not _per_unit(c, text, lang)
            and not (c.kind == "money" and _PRICE_PER_THING[lang].match(text, c.end))
        ):
            levels.append(c)
    if len({c.value for c in levels}) != 1:
        return None
    part = levels[0]
    if (
        not part.high < whole.low
        or part.paragraph < share.paragraph - 1
        or periods_differ(part, share)
        or not _same_entities(whole, part)
        or not _of_one_noun(whole, part, text, lang)
    ):
        return None
    return part, whole


def names_another_metric(
    share: Claim, whole: Claim, metric_hits: list[MetricHit], hit_starts: list[int], text: str, lang: str
) -> bool:
    """`Sales were £2m, so the deal takes 40% of its output`: the share names a metric its whole is not of."""
    named = _named_metric(metric_hits, hit_starts, share.start, share.end + 40, share, text, lang)
    if named is not None and bool(whole.metric) and "metric" not in whole.guesses and whole.metric != named:
        return True
    # (`of its output` names goods, no sum of money; `of its revenue` money, no count of goods)
    phrase = _OF_PHRASE[lang].match(text, share.end)
    words = _WORD.findall(phrase.group("phrase")) if phrase else []
    if not words:
        return False
    if _GOODS_HEAD[lang].fullmatch(words[-1]):
        return whole.kind == "money"
    return bool(_MONEY_HEAD[lang].fullmatch(words[-1])) and whole.kind != "money"


def _subject_value(
    figures: list[Claim],
    i: int,
    whole: Claim,
    noun: str,
    parts_taken: set[str],
    text: str,
    lang: str,
    sentence_starts: list[int],
    lead: list[Claim],
) -> Claim | None:
    """The value of the whole's unit, smaller than it, the story stated of the subject's noun before the share's
    sentence (one value), else the lead's one such amount when the lead names the subject's thing."""
    share = figures[i]

    def smaller(c: Claim) -> bool:
        return (
            c is not whole
            and (c.kind, c.unit) == (whole.kind, whole.unit)
            and c.role == "value"
            and c.high < whole.low
            and c.part_of is None
            and _an_amount(c, text, lang)
            and not _per_unit(c, text, lang)
            and not (c.kind == "money" and _PRICE_PER_THING[lang].match(text, c.end))  # (`or €6 a set`: a price)
        )

    before = [c for c in figures[max(0, i - _LOOK_BACK) : i] if c.sentence < share.sentence and smaller(c)]
    named = [c for c in before if noun in _total_nouns(c, text, lang)]
    if not named:
        named = [c for c in before if _sentence_names(c, noun, text, lang, sentence_starts)]
    if named:
        if len({c.value for c in named}) != 1:
            return None
        # (the headline's `€2m order` restated in the body, `worth €2 million`: the body's figure)
        restated = [c for c in before if c.value == named[-1].value and c.paragraph != 0]
        return restated[-1] if restated and opens_with_headline(text) else named[-1]
    if not _lead_names(noun, lead, text, lang, sentence_starts):
        return None
    ours = [c for c in lead if c.sentence < share.sentence and smaller(c)]
    if len({c.value for c in ours}) != 1:
        return None
    body = [c for c in ours if c.paragraph != 0 or not opens_with_headline(text)]
    return (body or ours)[-1]


def _lead_names(noun: str, lead: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the lead's sentences (the headline's too) name the thing: its noun, or, a deal's noun (`contract`),
    any deal's (`order`)."""
    words = set()
    for sentence in {c.sentence for c in lead}:
        begin = sentence_starts[sentence] if sentence < len(sentence_starts) else 0
        end = sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else len(text)
        words |= {singular(w.lower(), lang) for w in _WORD.findall(text, begin, end)}
    if opens_with_headline(text):
        # (a headline stating no figure names the thing still: `Bakery signs its first export order`)
        words |= {singular(w.lower(), lang) for w in _WORD.findall(text, 0, max(0, text.find("\n")))}
    if noun in words:
        return True
    return bool(_DEAL[lang].fullmatch(noun)) and any(_DEAL[lang].fullmatch(w) for w in words)
