"""A figure each of a stated count of units holds, marked `each` after it: `The 40 depots hold 12,000 tonnes of
grit, about 300 tonnes at each`, `The 25 clinics now see an average of 4,000 patients each` (100,000 patients
stated in the lead), `Its 60 growers averaged 20,000 cartons apiece`.

The rate is a count (of a counter: `patients`) or a measure (`tonnes`), a value, right before the mark
(`[link.rate_each_after]`: `each`, `apiece`, `at each`, at its clause's end or before a preposition; not `each year`,
nor `each of`, which names the units after it). The units are the one count its sentence states before it in the rate's
clause (no joiner after a comma between: `[link.clause_joiners]`) as a value of a counter other than the rate's, no
period (`over three seasons`: `[link.periods_counted_after]`). The total is the one figure of the rate's counter (a
count) or unit (a measure) its sentence states as a value before it in its clause, past the units with no clause opened
between (`[link.each_aside_openers]`: not `The 40 trucks, which hauled 12,000 tonnes`) or right before them, no comma
between (`stored 12,000 tonnes across its 40 depots`; not `Of the 12,000 tonnes landed, its 40 trawlers`: a figure of
the kind outside the units' clause and nothing is linked); a capacity between the units and the rate
(`[link.each_capacity_modals]`: `can carry 20 tonnes each`) is no share of any total. With none there, the lead's figure
of the rate's own kind (the body's first sentence, past a headline: the whole the story is about; every such figure
there a value of one size, no listed part; units named as a kind of a thing, `the 20 food stalls`, only where the lead
names them or states their count), the reading then spanning sentences, so a mismatch is a warning (`guesses`). Two
figures of units, or two totals in the sentence: which is not said, nothing is linked; nor is a bare number whose
noun the reading carried over from a count right before it that something went to (`58,000 meals to 3,600 children,
an average of 16 each`: `[link.recipient_before]`). The
per-unit check (F317) divides the total by the units. Language words are data (`[link.rate_each_after]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.inflections import singular
from checker.link.per_unit_apart import opens_with_headline, per_shorter_period
from checker.link.periods_named import total_of_another_period
from checker.link.segment import sentence_end
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

_EACH_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.rate_each_after})", re.I)
_EACH_ANYWHERE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.rate_each_after})", re.I)
_PERIOD_COUNTER = ByLanguage(lambda w: rf"(?:{w.periods_counted_after})", re.I)
# `, and left aboard 212 vessels`: a joiner after a comma, or a clause's end, opens another clause (`52,000 trucks
# and 300 barges` joins two nouns of one)
# (`The 40 trucks can carry 20 tonnes each`: a capacity, `[link.each_capacity_modals]`; `, which hauled`, `, when
# its 40 cranes`: a clause opened between the units and a total, `[link.each_aside_openers]`)
_CAPACITY = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.each_capacity_modals})(?![^\W\d_])", re.I)
# `sewn into blankets of 36 squares apiece`: right before the rate, a plural noun and the mark of a lot
# (`[link.lot_of]`): the rate is what one of that noun holds, of no units of another noun (not `an average of`: a
# singular noun, no lots)
_LOT_NOUN_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{2,}}s)\s+(?:{w.lot_of})\s+$", re.I)
_LOT_REACH = 40  # characters before a rate where the lot's noun and its mark stand
_ASIDE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.each_aside_openers})(?![^\W\d_])", re.I)
_CLAUSE_BREAK = ByLanguage(lambda w: rf",\s*(?:{w.clause_joiners})\b|(?:{w.clause_ends})(?!\d)", re.I)
# `1,200 hours in all, which the yard's four joiners …`: from the total, a few words of no figure, a comma and the
# relative word, then the determiners or the owner before the units (`[link.shared_total_relatives]`)
_RELATIVE_TO_UNITS = ByLanguage(
    lambda w: (
        rf"(?:[\s-]+[^\W\d_]+){{0,5}}\s*,\s*(?:{w.shared_total_relatives})\s+"
        rf"(?:(?:{w.change_base_determiners})\s*|[^\W\d_]+['’]s?\s+)*"
    ),
    re.I,
)
# `… will share at about 300 hours`: between the units and the rate, a verb of sharing out (`[link.share_out_verbs]`)
_SHARE_OUT = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.share_out_verbs})(?![^\W\d_])", re.I)
# `Each boat takes 50 hours, which means 6,000 hours`: after a figure per one item, the clause that multiplies it out
_CONSEQUENCE = ByLanguage(lambda w: rf",\s*(?:{w.premise_consequence_openers})(?![^\W\d_])", re.I)
# `9 care homes in 48 hours`: a count of time is no count of the units a figure of `each` is per
# (`[link.time_counters]`)
_TIME_COUNTER = ByLanguage(lambda w: rf"(?:{w.time_counters})", re.I)
# `five songs at each - 45 songs in all`, `four rowers each, a total of 44 rowers`: after the mark, a comma or a dash
# and a few words of no figure before the total the clause appends (named a total: `[link.appended_total_words]`)
_APPENDED_GAP = ByLanguage(lambda w: r"\s*[,\u2013\u2014-]\s*(?:[^\W\d_]+\s+){0,3}?")
_TOTAL_WORD = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.appended_total_words})(?![^\W\d_])", re.I)
_TOTAL_WORD_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.appended_total_words})(?![^\W\d_])", re.I)


# right before a count, a preposition naming it the ones something went to (`[link.recipient_before]`), an article or
# a possessive between
_RECIPIENT_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.recipient_before})\s+(?:(?:{w.change_base_determiners}|{w.hedges})\s+)?$", re.I
)
_RECIPIENT_REACH = 24


def carried_from_recipients(figure: Claim, before: Claim | None, text: str, lang: str) -> bool:
    """Whether a bare number's noun (a counter not written in its text) was carried over from the count right before
    it in its sentence, which a preposition names the ones something went to (`served 58,000 meals to 3,600 children,
    an average of 16 each`): each of them got that many of the other count's things, none of theirs."""
    return carried_over(figure, before) and (
        _RECIPIENT_BEFORE[lang].search(text, max(0, before.start - _RECIPIENT_REACH), before.start) is not None
    )


def carried_over(figure: Claim, before: Claim | None) -> bool:
    """Whether a bare number's noun (a counter not written in its text) was carried over from the count right before
    it in its sentence (`entered by 410 breeders, three apiece`)."""
    return (
        figure.kind == "count"
        and bool(figure.counter)
        and figure.counter.lower() not in figure.text.lower()
        and before is not None
        and before.kind == "count"
        and before.sentence == figure.sentence
        and (before.counter or "").lower() == figure.counter.lower()
    )


def link_rates_then_each(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    each_anywhere = _EACH_ANYWHERE[lang]
    if not (may_match(each_anywhere, text) and each_anywhere.search(text)):
        return  # no mark in the article: nothing to read (the cheap test first)
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    for i, rate in enumerate(figures):
        if rate.role != "value" or rate.per_unit_of is not None or rate.kind not in ("count", "measure"):
            continue
        mark = _EACH_AFTER[lang].match(text, rate.end)
        if (rate.kind == "count" and not rate.counter) or mark is None:
            continue
        if carried_from_recipients(rate, figures[i - 1] if i else None, text, lang):
            continue  # (`served 58,000 meals to 3,600 children, an average of 16 each`: each child, 16 meals)
        if per_shorter_period(rate, text, lang):
            continue  # (`300 visitors a week each`: of a total of some weeks, which the units alone do not divide)
        before = [c for c in by_sentence[rate.sentence] if c.end <= rate.start and c.per_unit_of is None]
        # (`visited 9 care homes, singing five songs at each - 45 songs in all`: the total the rate's clause appends to
        # it, stated, before any of its kind before it; the sum reading that took the units and the rate for its
        # parts is undone where the two are found a product: identity_gates.py)
        appended = _appended_total(figures, i, mark.end(), text, lang)
        units = [
            c
            for c in before
            if c.kind == "count"
            and c.role == "value"
            and c.counter
            and not same_kind(c, rate)
            and not _PERIOD_COUNTER[lang].fullmatch(c.counter)
            and not (_TIME_COUNTER[lang].fullmatch(c.counter) and not _TIME_COUNTER[lang].fullmatch(rate.counter or ""))
            and (c.part_of is None or (appended is not None and c.part_of == appended.id))
        ]
        # (`The 40 farms sold out, and the 12 shops took 500 boxes each`: another clause's count is none)
        units = [c for c in units if not _CLAUSE_BREAK[lang].search(text, c.end, rate.start)]
        if len({c.value for c in units}) != 1 or units[-1].low <= 0:
            continue
        unit = units[-1]
        if _CAPACITY[lang].search(text, unit.end, rate.start):
            continue  # (`The 40 trucks can carry 20 tonnes each`: what each can hold, no share of any total)
        lot = _LOT_NOUN_BEFORE[lang].search(text, max(unit.end, rate.start - _LOT_REACH), rate.start)
        if lot is not None and singular(lot.group("noun").lower(), lang) != singular(unit.counter.lower(), lang):
            continue  # (`18 members knitted 1,080 squares, sewn into blankets of 36 squares apiece`: a blanket's)
        if appended is not None:
            if appended.value > rate.value:
                rate.per_unit_of, rate.units_of = appended.id, unit.id
            continue
        kin = [
            c
            for c in before
            if c is not unit
            and c.role == "value"
            and same_kind(c, rate)
            and not _CLAUSE_BREAK[lang].search(text, c.end, rate.start)
        ]
        shared = _shared_antecedent(kin, unit, rate, text, lang)
        if shared is not None:
            kin = [shared]  # (`1,200 hours in all, which the four joiners share at 300 hours each`: the antecedent)
        else:
            kin = _past_premises(kin, unit, text, lang)
        totals = [c for c in kin if _in_units_clause(c, unit, text, lang) or c is shared]
        if len(totals) != len(kin):
            continue  # (`Of the 12,000 tonnes landed, its 40 trawlers …`: a figure of the kind out of their clause)
        guessed = not totals
        if len(totals) > 1:
            continue
        total = totals[0] if totals else lead_total(figures, i, unit, text, lang)
        if total is None or (guessed and total.sentence == rate.sentence) or total.value <= rate.value:
            continue
        if rate.low >= 1 and total.value < unit.value and carried_over(rate, figures[i - 1] if i else None):
            # (`1,260 hens from 410 breeders, three apiece`: a noun carried over from fewer than the units, which one or
            # more of it each would outnumber, is none of the bare number's, which counts the units' things per one
            # of them; `The 12 stalls were staffed by 36 volunteers, three each`: more than the units, it is)
            continue
        s_end = sentence_end(sentence_starts, rate.sentence, len(text))
        if total_of_another_period(rate, total, by_sentence[rate.sentence], text, s_end, lang):
            continue  # (`worked 7,200 hours last year, or 95 hours each this year`: the total is another period's)
        rate.per_unit_of, rate.units_of = total.id, unit.id
        if guessed:
            rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _shared_antecedent(kin: list[Claim], unit: Claim, rate: Claim, text: str, lang: str) -> Claim | None:
    """The figure of the rate's kind the units' relative clause shares out: right before them, a comma and the relative
    word between (`1,080 hours for the whole order, which the firm's two wheelwrights will share at about 540 hours
    each`), and a verb of sharing between the units and the rate. A figure per one item before it (`A wheel takes about
    90 hours to make, …`) is its premise, no rival total."""
    before = [c for c in kin if c.end <= unit.start]
    if not before or before[-1].value <= rate.value:
        return None
    total = before[-1]
    relative = _RELATIVE_TO_UNITS[lang].match(text, total.end)
    if relative is None or relative.end() != unit.start:
        return None
    if not _SHARE_OUT[lang].search(text, unit.end, rate.start):
        return None
    return total


def _past_premises(kin: list[Claim], unit: Claim, text: str, lang: str) -> list[Claim]:
    """The figures of the rate's kind past a figure per one item the sentence multiplies out before the units (`Each bat
    takes about three hours, which means 6,000 hours of work for the workshop's nine bat-makers, or about 667 hours
    each`): the figure before the clause of consequence is its premise, the one after it the total."""
    kept = list(kin)
    for figure in kin:
        if figure.end > unit.start:
            continue
        opener = _CONSEQUENCE[lang].search(text, figure.end, unit.start)
        if opener is not None and any(c.start >= opener.end() for c in kin):
            kept.remove(figure)
    return kept


def _appended_total(figures: list[Claim], i: int, mark_end: int, text: str, lang: str) -> Claim | None:
    """The figure right after the rate's mark in its sentence, of its counter or unit, past a comma or a dash and a
    few words, that words before it or right after it name a total (`- 45 songs in all`, `, a total of 44 rowers`)."""
    rate = figures[i]
    after = figures[i + 1] if i + 1 < len(figures) else None
    if (
        after is None
        or after.sentence != rate.sentence
        or after.role != "value"
        or not same_kind(after, rate)
        or _APPENDED_GAP[lang].fullmatch(text, mark_end, after.start) is None
    ):
        return None
    if _TOTAL_WORD[lang].search(text, mark_end, after.start) or _TOTAL_WORD_AFTER[lang].match(text, after.end):
        return after
    return None


def _in_units_clause(total: Claim, unit: Claim, text: str, lang: str) -> bool:
    """Whether the total stands in the units' own clause: after them with no clause opened between (`The 40 depots
    hold 12,000 tonnes`, not `The 40 trucks, which hauled 12,000 tonnes`), or right before them with no comma between
    (`stored 12,000 tonnes across its 40 depots`, not `Of the 12,000 tonnes landed, its 40 trawlers`)."""
    if total.start >= unit.end:
        return not _ASIDE[lang].search(text, unit.end, total.start)
    return "," not in text[total.end : unit.start] and not _ASIDE[lang].search(text, total.end, unit.start)


def same_kind(figure: Claim, rate: Claim) -> bool:
    """A count of the rate's counter, or a measure of its unit."""
    if figure.kind != rate.kind:
        return False
    if rate.kind == "count":
        return (figure.counter or "").lower() == (rate.counter or "").lower()
    return figure.unit == rate.unit


def lead_total(figures: list[Claim], i: int, units: Claim, text: str, lang: str) -> Claim | None:
    """The lead's figure of the rate's counter or unit: in the body's first sentence (past a headline), a value, no
    listed part nor a rate of its own, every such figure there of one value, and none of its metric of another value
    in the sentence after; and the units the lead's own subject (their noun or a word qualifying it named in the
    lead, or their count stated there): `The festival drew 200,000 visitors` is no total of `the 20 food stalls`."""
    rate = figures[i]
    headline = opens_with_headline(text)
    first = None
    kin = []
    for j in range(i):  # (a walk in place, ended past the lead's next sentence)
        c = figures[j]
        if headline and c.paragraph == 0:
            continue
        if first is None:
            first = c.sentence
        if c.sentence > first + 1:
            break
        if c is not units and c.role == "value" and c.per_unit_of is None and c.part_of is None and same_kind(c, rate):
            kin.append(c)
    lead = [c for c in kin if c.sentence == first]
    if not lead or len({c.value for c in lead}) != 1:
        return None
    # (`Oranges made up 4.2 million cartons, lemons 1.1 million and limes 0.6 million`: a count whose noun the list
    # after it elides, of another value, makes the lead's figure one listed part)
    if any(
        c.sentence == first
        and c.kind == "count" == rate.kind
        and not c.counter
        and c.role == "value"
        and c.value != lead[0].value
        for c in figures[:i]
    ):
        return None
    if not _units_in_lead(units, lead[0], figures, i, text, lang):
        return None
    # (`매출이 9,000억원 … 같은 기간 온라인 매출은 2,000억원`: the next sentence's figure of the lead's metric is a
    # rival total, which of the two is divided not said)
    if any(
        c.sentence == first + 1 and c.metric and c.metric == lead[0].metric and c.value != lead[0].value for c in kin
    ):
        return None
    return lead[0]


_WORD = compile_exact(r"[^\W\d_]+")
_STOP_WORD = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", re.I)
_PLURAL_NOUN = ByLanguage(lambda w: rf"[^\W\d_]{{2,}}(?:{w.plural_endings})", re.I)
_SENTENCE_END = compile_exact(r"[.!?](?=\s|$)|\n")


def _units_in_lead(units: Claim, lead: Claim, figures: list[Claim], i: int, text: str, lang: str) -> bool:
    """Whether the lead's total may be the units' to share: unless the units are a kind of a thing named by a
    compound (`the 20 food stalls`: a qualifier, then a plural of `[link.plural_endings]`, no stop word) whose words
    the lead's sentence names neither of, nor states their count: `The festival drew 200,000 visitors` counts no
    stalls' share, where `The airport handled 7 million passengers` is shared out by its 40 gates."""
    right = _WORD.findall(text[units.end : units.end + 30].split(",")[0])[:1]
    counter = (units.counter or "").lower()
    if not right or not counter or not _PLURAL_NOUN[lang].fullmatch(right[0]) or _STOP_WORD[lang].fullmatch(right[0]):
        return True  # (`212 vessels, which`, `40 depots hold`: one noun, the whole's own units)
    for j in range(i):
        c = figures[j]
        if c.sentence > lead.sentence:
            break
        if c.sentence == lead.sentence and c.kind == "count" and c.value == units.value and c.counter == units.counter:
            return True
    start = max(text.rfind(mark, 0, lead.start) for mark in (". ", "! ", "? ", "\n")) + 1
    found = _SENTENCE_END.search(text, lead.end)
    lead_words = {w.lower() for w in _WORD.findall(text, start, found.start() if found else len(text))}
    return any(_alike(word, w) for word in (counter, right[0].lower()) for w in lead_words)


def _alike(stem: str, word: str) -> bool:
    """One word to a plural's ending or a particle (`clinics`, `clinic`; `어선`, `어선은`)."""
    short, long = sorted((stem, word), key=len)
    return len(short) >= 2 and long.startswith(short) and len(long) - len(short) <= 2
