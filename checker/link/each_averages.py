"""A figure each of a stated count of units holds on average: `The trust employs 40 wardens, each now responsible
for about 9,000 visits a year` (360,000 visits stated in the lead), `The port's 20 trawlers each landed an average of
1,500 tonnes` (30,000 tonnes landed), `Each of its 500 screens drew an average of 12,000 admissions`.

The rate is a count (of a counter: `visits`) or a measure (`tonnes`), a value, after the word `each`
(`[link.each_marks]`) in its clause. The units are the count right before that word (`40 wardens, each`, `20
trawlers each`) or, when the word opens the clause (`Each screen drew`, `Each of its 500 screens`), the count
right after it or the one count the noun after it names that the article states before; the word may open a
clause after its joiner too (`The region had 800 colonies, 20 more than a year earlier, and each colony produced
an average of 50 kg`). The total is the figure its clause appends right after it, named a total (`each gave an
average of 90 hours to coaching, 3,600 hours in all`: `[link.appended_total_words]`), else the lead figure of the
rate's own kind (past a headline): the first count of the rate's counter, or the first measure of its unit, that
the article states as a value before the rate, not set beside its share as a part (`Members
accounted for 90,000 visits, or 25 per cent`) — the whole the story is about. The reading spans sentences, so a
mismatch is a warning (`guesses`); the per-unit check (F317) divides the total by the units. An amount of money
each unit holds on average (`Each parlour took about £300,000 on average`: `[link.span_average_of_before]`) is of
the one amount of its currency stated with the units, in their sentence (`sold £12.0m of ice cream through its 40
parlours`), not the lead's, unless it names a metric of its own that amount's is not. A figure of what each unit
holds at a time (`30 pens, each housing two dogs`: `[link.each_capacity_words]`) divides no lead total, only one its
clause appends; nor do units given a share of it in their clause (`sold 70 per cent of them to 180 pubs`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import TAKINGS
from checker.link.inflections import singular
from checker.link.keys_differ import periods_differ
from checker.link.per_one_products import shared_events_per_side
from checker.link.per_unit_apart import _stem_of as stem_of
from checker.link.per_unit_apart import opens_with_headline, per_shorter_period
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.share_fallback import sentence_opened_on_its_whole
from checker.link.shared_events import shared_events_of_sides
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

# `40 wardens, each now responsible for`, `20 trawlers each landed`: the count, then the mark
# (past the count's noun: `20 deep-sea trawlers each`)
# between a sentence's subject and the units after it, a clause of another subject (`…, and 20 scouts`, `; …`:
# `[link.fallback_clause_breaks]`)
_CLAUSE_BREAK = ByLanguage(lambda w: rf"(?:{w.fallback_clause_breaks})|;", re.I)
_COUNT_THEN_EACH = ByLanguage(lambda w: rf"(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*){{0,3}}?,?\s+(?:{w.each_marks})\b", re.I)
# `Each screen drew`, `Each of its 500 screens drew`: the mark opening the clause, then the noun or the count
# (`The average garden yielded`, `An average member paid`: one average unit of the count, the clause's subject)
_EACH_THEN_NOUN = ByLanguage(
    lambda w: (
        rf"\s*(?:{w.each_marks}|(?P<average>{w.average_unit_openers})(?=\s+[^\W\d_]{{3,}}))"
        rf"\s+(?P<noun>[^\W\d_]{{3,}})?"
    ),
    re.I,
)
# `The branches averaged `, `Its vans carried an average of `: a clause opening on a plural noun (a determiner
# before it), a verb and a few words, the rate then followed by a mark of each (`£300,000 in sales each`:
# `_EACH_AFTER_RATE`)
_PLURAL_THEN_RATE = ByLanguage(
    lambda w: (
        rf"\s*(?:{w.plural_noun_determiners})\s+(?P<noun>[^\W\d_]{{2,}}(?:{w.plural_endings}))"
        rf"\s+(?:[^\W\d_]+\s+){{1,5}}$"
    ),
    re.I,
)
_EACH_AFTER_RATE = ByLanguage(
    lambda w: rf"(?:\s+(?!(?:{w.each_marks})\b)[^\W\d_]+){{0,3}}\s+(?:{w.unit_price_each})", re.I
)
# `about 300 each,`: right after a count, the mark that it is what each of some units holds (`[link.rate_each_after]`:
# at its clause's end or before a preposition), so itself a figure per unit, never the units a rate after it is of
_RATE_EACH_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.rate_each_after})", re.I)
# a rate's counter that is a period's noun (`each did four nights`): a run of such periods before (`ran for 40 nights`)
# is a span, no total of what each did
_PERIOD_COUNTER = ByLanguage(lambda w: rf"(?:{w.period_nouns_after_mark})", re.I)
_EACH_ANYWHERE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.each_marks}|{w.average_unit_openers})(?![^\W\d_])", re.I)
_CLAUSE_BREAK = ByLanguage(lambda w: rf"\b(?:{w.clause_joiners})\b|(?:{w.clause_ends})(?!\d)", re.I)
# `each housing`, `each with up to`: right before the rate, the mark and words of what each unit holds at a time
# (`[link.each_capacity_words]`), a word or two between
_EACH_HOLDS = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.each_marks})\s+(?:{w.each_capacity_words})\s+(?:[^\W\d_]+\s+){{0,2}}$", re.I
)
# `4,000 visits, or 25 per cent`: a figure set beside its share is one part's
_SHARE_AFTER = ByLanguage(lambda w: rf"\s*,\s*(?:{w.appositive_share_marks})\s+", re.I)
_AVERAGE = ByLanguage(
    lambda w: rf"(?:{w.span_average_of_before})|(?<![^\W\d_])(?:{w.average_unit_openers})\s", re.I
)  # `on average`, `an average of`, `The average parlour took`
_MONEY_VERB = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:(?P<out>{w.outlay_verbs})|(?P<take>{w.takings_verbs}))(?![^\W\d_])", re.I
)
# `paid $40 for the dinner`: right after the rate, what it was for (`[link.average_purpose_before]`; no period:
# `for the year`)
_PURPOSE_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.average_purpose_before})\s+(?!(?:{w.period_nouns_after_mark})\b)(?P<noun>[^\W\d_]{{3,}})"
        rf"(?![^\W\d_])"
    ),
    re.I,
)
# between a rate and the total its clause appends to it: a few words of no figure, then a comma (`to coaching, `)
_APPENDED_GAP = compile_exact(r"[^\d.;:!?()]{0,40}?,\s*(?:[^\W\d_]+\s+){0,3}")
# right after a figure, an hour's worth (`400 bars an hour`, `[link.per_hour_after]`)
_PER_HOUR_AFTER = ByLanguage(lambda w: rf"(?:{w.per_hour_after})", re.I)
# right after a figure, one occasion's worth (`two kettles each hold 50kg a boil`, `400 parcels per trip`:
# `[link.per_occasion_after]`)
_PER_OCCASION_AFTER = ByLanguage(lambda w: rf"(?:{w.per_occasion_after})", re.I)
# right after a figure, the one thing it is counted per (`40 riders a turn`, `£4 per ticket`: `[link.unit_rate_after]`)
_PER_NOUN_AFTER = ByLanguage(lambda w: rf"(?:{w.unit_rate_after})", re.I)
_PER_PERSON_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.per_person_marks})", re.I)  # `£5 a head`: each unit's, of people
_TOTAL_WORD = ByLanguage(lambda w: rf"\s*(?<![^\W\d_])(?:{w.appended_total_words})(?![^\W\d_])", re.I)
# `each team plays the other five`, `each club meets the remaining 11`: right before the rate, a mark of the rest of
# a group (`[link.remaining_marks]`): the others of the unit's own kind, no share each unit holds of a total
_REST_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.remaining_marks})\s+$", re.I)
_REST_REACH = 20  # characters before a rate where that mark stands
_VERB_REACH = 60  # characters before an amount where the verb that states it stands
_AVERAGE_REACH = 16  # characters after an amount where its `on average` may stand
_RATE_REACH = 60  # characters from the mark to the rate it makes a figure of each unit
_STEM_LETTERS = 4  # letters from which a noun's last may change in its plural (`colony`, `colonies`)
_PLURAL = 2  # letters a counter may add to the noun (`screens` for `screen`)
_WORDS = compile_exact(r"[^\W\d_]{3,}")  # the words of a sentence
_NEXT_WORD = compile_exact(r"[ -](?P<word>[^\W\d_]{3,})(?![^\W\d_])")  # the word after a count's counter


def link_each_averages(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    each_anywhere = _EACH_ANYWHERE[lang]
    if not (may_match(each_anywhere, text) and each_anywhere.search(text)):
        return  # no mark in the article: nothing to read (the cheap test first)
    by_sentence = prose_by_sentence(claims)
    for i, rate in enumerate(figures):
        if rate.role != "value" or rate.per_unit_of is not None or rate.kind not in ("count", "measure", "money"):
            continue
        if rate.kind == "count" and not rate.counter:
            continue
        if per_shorter_period(rate, text, lang):
            continue  # (`each drew 300 visitors a week`: of a total of some weeks, which the units alone do not divide)
        if shared_events_per_side(rate, text, lang):
            continue  # (`Each player played seven games, 280 games in all`: games between two, no share of the total)
        if _REST_BEFORE[lang].search(text, max(0, rate.start - _REST_REACH), rate.start):
            continue  # (`each team plays the other five in its pool`: the rest of its group, no share of a total)
        units = _units(figures, i, by_sentence[rate.sentence], text, lang, sentence_starts)
        if units is None or units.low <= 0:
            continue
        if shared_events_of_sides(rate, units, lang):
            continue  # (`The 60 teams each played nine matches`: matches between two, no share of a total)
        if rate.kind == "money":
            # (`Each store took £X` states no average; `Each store made an operating profit of on average £X` is
            # no share of the revenue stated with the stores)
            window = text[max(sentence_starts[rate.sentence], rate.start - _RATE_REACH) : rate.end + _AVERAGE_REACH]
            total = _stated_with(units, rate, by_sentence, text) if _AVERAGE[lang].search(window) else None
            if (
                total is not None
                and rate.metric
                and rate.metric != total.metric
                # (`30 branches took £9.0m … The branches averaged £300,000 in sales each`: takings, named only by
                # the rate; not an outlay, `opened 30 branches at a cost of £9.0m`)
                and not (
                    total.metric is None
                    and rate.metric in TAKINGS
                    and _verb_group(total, text, lang, sentence_starts) != "out"
                )
            ):
                total = None
            # (`spent £2m refitting its 40 parlours … Each parlour took £300,000`: an outlay, not the takings)
            if total is not None and _verbs_differ(total, rate, text, lang, sentence_starts):
                total = None
        else:
            # (`its 40 volunteers each gave an average of 90 hours to coaching, 3,600 hours in all`: the total the
            # rate's clause appends to it, else the lead's)
            total = _appended_total(figures, i, text, lang)
            other = None if total is not None else _appended_total(figures, i, text, lang, any_counter=True)
            if other is not None and (
                _compounds_the_units(units.counter or "", other.counter or "")
                or _PERIOD_COUNTER[lang].fullmatch(rate.counter or "")
            ):
                # (`its 25 volunteers each gave four nights, 300 volunteer-hours in all`, `ran for 40 nights … each
                # did four nights, 100 shifts in all`: its clause's own total, of another unit)
                continue
            if total is None and _EACH_HOLDS[lang].search(text, max(0, rate.start - _RATE_REACH), rate.start):
                continue  # (`30 pens, each housing two dogs`: what each holds at a time, no share of the lead's flow)
            if total is None and _took_a_share(units, by_sentence[units.sentence], text):
                continue  # (`sold 70 per cent of them to 180 pubs … Each pub took 53 barrels`: of that part, unstated)
            if total is None and units.sentence < len(sentence_starts):
                opened = sentence_opened_on_its_whole(
                    by_sentence[units.sentence], text, lang, sentence_starts[units.sentence]
                )
                if (
                    opened is not None
                    and opened[0].end <= units.start
                    # (`Of the 1,000, 800 were posted, and 20 scouts each won 5 points`: the units in a clause of
                    # their own did no part of the subject's)
                    and not _CLAUSE_BREAK[lang].search(text, opened[0].end, units.start)
                ):
                    # (`Of the 900, 720 are carried round by 36 helpers, each with 20`: the units did the subject's
                    # part, stated in their clause, not the whole the sentence opens on)
                    total = opened[0] if rate.kind == opened[0].kind else None
                    if total is None:
                        continue
            total = total or _lead_total(figures, i, units, text, lang)
        if total is None or total.value <= rate.value:
            continue
        if _PER_HOUR_AFTER[lang].match(text, rate.end) and not _PER_HOUR_AFTER[lang].match(text, total.end):
            continue  # (`three pans each turn out 400 bars an hour`: of a total of some hours, not the order's)
        if _PER_OCCASION_AFTER[lang].match(text, rate.end) and not _PER_OCCASION_AFTER[lang].match(text, total.end):
            continue  # (`two kettles each hold 50kg a boil`: of a total of some boils, not the order's)
        if _per_another_noun(rate, units, total, text, lang):
            continue  # (`20 horses, each seating two, so it carries 40 riders a turn`: per turn, not per horse)
        if periods_differ(rate, total) or _for_another_thing(rate, total, text, lang, sentence_starts):
            continue  # (`… this year. The average garden yielded 80 kg last year`, `paid $40 for the dinner`)
        rate.per_unit_of, rate.units_of = total.id, units.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


_UNITS_THEN_AMOUNT = compile_exact(r"[^\d.;:!?(),]{0,30}")  # the units, a few words (a verb), their amount
_SHARE_TO_UNITS = compile_exact(r"[^\d.;:!?]{0,40}")  # a share, then a few words, then the units it went to


def _took_a_share(units: Claim, sentence: list[Claim], text: str) -> bool:
    """Whether the units' clause gives them a share of a whole right before them (`sold 70 per cent of them to 180
    pubs`): what each holds is of that part, not of the whole the lead states."""
    return any(
        c.role == "share"
        and c.kind in ("percent", "fraction")
        and c.end <= units.start
        and _SHARE_TO_UNITS.fullmatch(text, c.end, units.start) is not None
        for c in sentence
    )


def _units(
    figures: list[Claim], i: int, sentence: list[Claim], text: str, lang: str, sentence_starts: list[int]
) -> Claim | None:
    rate = figures[i]
    before = [c for c in sentence if c.end <= rate.start]
    if before and before[-1].kind == "count" and before[-1].role == "value":
        count = before[-1]
        mark = _COUNT_THEN_EACH[lang].match(text, count.end)
        if mark is not None and _RATE_EACH_AFTER[lang].match(text, count.end):
            return None  # (`made 4,200 visits, about 300 each, or 12 per patient`: a figure each holds, no units)
        if mark is not None and rate.start - mark.end() <= _RATE_REACH and _one_clause(mark.end(), rate, text, lang):
            return count
    start = sentence_starts[rate.sentence] if rate.sentence < len(sentence_starts) else 0
    opening = _EACH_THEN_NOUN[lang].match(text, start)
    if opening is None or opening.end() > rate.start:
        # `…, and each colony produced an average of 50 kg`: the mark opening the rate's clause, after its joiner
        joints = [m for m in _CLAUSE_BREAK[lang].finditer(text, start, rate.start)]
        opening = _EACH_THEN_NOUN[lang].match(text, joints[-1].end()) if joints else None
    if (opening is None or opening.end() > rate.start) and _EACH_AFTER_RATE[lang].match(text, rate.end):
        # `The branches averaged £300,000 in sales each`: a clause opening on the plural noun, each one's rate after
        opening = _PLURAL_THEN_RATE[lang].fullmatch(text, start, rate.start)
        plural = opening is not None
    else:
        plural = False
    if opening is None or opening.end() > rate.start or rate.start - opening.end() > _RATE_REACH:
        return None
    if not _one_clause(opening.end(), rate, text, lang):
        return None
    noun = (opening.group("noun") or "").lower()
    if plural:
        noun = singular(noun, lang)
    inside = [c for c in before if c.start >= opening.start() and c.kind == "count" and c.role == "value"]
    if inside and not (noun and not _names(noun, inside[0], text)):
        return inside[0]  # `Each of its 500 screens`
    if inside:
        return None  # (`Every game awards seven points between the two pairs`: the noun's object, no units)
    # (the counts before the mark: in the sentences before, or in the clauses before the mark's)
    named = [
        c
        for c in figures[:i]
        if c.kind == "count" and c.role == "value" and c.end <= opening.start() and _names(noun, c, text)
    ]
    if not noun or not named or len({c.value for c in named}) != 1:
        return None  # none, or two counts of the noun: which is not said
    if _listed_beside(named[-1], figures, noun, text, lang):
        return None  # (`200 small kites and 150 large box kites … Each kite uses`: one kind's count, not all of them)
    return named[-1]


_KIND_WORDS = 3  # words after a count where the noun it is a kind of stands (`150 long bolster cushions`)
_KIND_REACH = 40  # characters those words span


def _listed_beside(count: Claim, figures: list[Claim], noun: str, text: str, lang: str) -> bool:
    """Whether the count is listed beside another count of its sentence, joined to it (`200 square cushions and 150
    long bolster cushions`), that one counting the noun too a few words on: each a kind of the noun, a part of the units
    a clause opening on each of the noun is per."""
    for other in figures:
        if other is count or other.sentence != count.sentence or other.kind != "count" or other.role != "value":
            continue
        first, second = (count, other) if count.start < other.start else (other, count)
        if not _SIBLING_BETWEEN[lang].fullmatch(text, first.end, second.start):
            continue
        words = [(other.counter or "").lower()] + [
            w.lower() for w in _LABEL_WORDS.findall(text, other.end, other.end + _KIND_REACH)[:_KIND_WORDS]
        ]
        if any(_noun_or_plural(noun, w) for w in words if w):
            return True
    return False


def _per_another_noun(rate: Claim, units: Claim, total: Claim, text: str, lang: str) -> bool:
    """Whether the rate is marked per a noun right after it (`40 riders a turn`, `40 bales per load`:
    `[link.unit_rate_after]`) that is not the units' own (`12,000 admissions a screen` of `500 screens`) nor a person
    (`£5 a head`): a figure per that noun only, of a total per the same noun, never of a whole the units share."""
    mark = _PER_NOUN_AFTER[lang].match(text, rate.end)
    if mark is None or _PER_PERSON_AFTER[lang].match(text, rate.end):
        return False
    noun = mark.group(0).split()[-1].lower()
    if units.counter and _noun_or_plural(noun, units.counter.lower()):
        return False
    other = _PER_NOUN_AFTER[lang].match(text, total.end)
    return other is None or other.group(0).split()[-1].lower() != noun


def _for_another_thing(rate: Claim, total: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the rate names what it was for (`paid $40 for the dinner`) and the total's sentence does not name
    it: an average of another thing than the total's."""
    purpose = _PURPOSE_AFTER[lang].match(text, rate.end)
    if purpose is None:
        return False
    noun = purpose.group("noun").lower()
    start = sentence_starts[total.sentence] if total.sentence < len(sentence_starts) else 0
    end = sentence_starts[total.sentence + 1] if total.sentence + 1 < len(sentence_starts) else len(text)
    words = {w.lower() for w in _WORDS.findall(text, start, end)}
    return not any(_noun_or_plural(noun, word) or _noun_or_plural(word, noun) for word in words)


def _verbs_differ(total: Claim, rate: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    groups = (_verb_group(total, text, lang, sentence_starts), _verb_group(rate, text, lang, sentence_starts))
    return None not in groups and groups[0] != groups[1]


def _verb_group(figure: Claim, text: str, lang: str, sentence_starts: list[int]) -> str | None:
    """Whether the verb nearest before an amount in its sentence says it was laid out (`spent`: `[link.outlay_verbs]`)
    or taken in (`took`: `[link.takings_verbs]`): `out`, `take`, or none."""
    start = max(sentence_starts[figure.sentence], figure.start - _VERB_REACH)
    verbs = list(_MONEY_VERB[lang].finditer(text, start, figure.start))
    return verbs[-1].lastgroup if verbs else None


def _one_clause(start: int, rate: Claim, text: str, lang: str) -> bool:
    return _CLAUSE_BREAK[lang].search(text, start, rate.start) is None


def _names(noun: str, count: Claim, text: str) -> bool:
    """Whether the noun is the count's counter, in its plural (`screens`) or with its last letter changed for it
    (`colonies` for `colony`), or the word right after a counter that qualifies it (`1.5 million skating
    sessions`, `40 ice-cream parlours`: the counter read is the first word)."""
    if not count.counter:
        return False
    after = _NEXT_WORD.match(text, count.end)
    words = [count.counter.lower(), *([after.group("word").lower()] if after else [])]
    return any(_noun_or_plural(noun, word) for word in words)


def _noun_or_plural(noun: str, word: str) -> bool:
    """The word is the noun in its plural (per_unit_apart's reading, `screens`), or with its last letter changed
    for it (`colonies` for `colony`)."""
    if stem_of(word, noun):
        return True
    return len(noun) >= _STEM_LETTERS and 0 <= len(word) - len(noun) <= _PLURAL and word.startswith(noun[:-1])


def _stated_with(units: Claim, rate: Claim, by_sentence: dict[int, list[Claim]], text: str) -> Claim | None:
    """`sold £12.0m of ice cream through its 40 parlours … Each parlour took about £300,000 on average`: an amount
    of each unit is of the one amount of its currency stated with the units, in their sentence (another than the
    rate's): a lead's money may be of anything, the two stated together are of one thing."""
    if units.sentence == rate.sentence:
        return None
    sentence = by_sentence.get(units.sentence, [])
    money = [
        c for c in sentence if c.kind == "money" and c.unit == rate.unit and c.role == "value" and c.per_unit_of is None
    ]
    if len(money) == 1:
        return money[0]
    # (`online orders brought in £6.0m; the bakery's 30 branches took £9.0m and catering the rest, £3.0m`: of
    # several, the amount right after the units in their clause, no figure between)
    after = [c for c in sentence if c.start >= units.end]
    if after and after[0] in money and _UNITS_THEN_AMOUNT.fullmatch(text, units.end, after[0].start):
        return after[0]
    return None


def _appended_total(figures: list[Claim], i: int, text: str, lang: str, any_counter: bool = False) -> Claim | None:
    """The figure right after the rate in its clause, of its kind, unit and counter (or, `any_counter`, whatever it
    counts), that words before or right after it name a total (`, 3,600 hours in all`, `, a total of 630 metres`:
    `[link.appended_total_words]`)."""
    rate = figures[i]
    after = figures[i + 1] if i + 1 < len(figures) else None
    if (
        after is None
        or after.sentence != rate.sentence
        or (after.kind, after.unit) != (rate.kind, rate.unit)
        or not (any_counter or _same_or_compound(rate.counter or "", after.counter or ""))
        or after.role != "value"
        or not _APPENDED_GAP.fullmatch(text, rate.end, after.start)
    ):
        return None
    if _TOTAL_WORD[lang].search(text, rate.end, after.start) or _TOTAL_WORD[lang].match(text, after.end):
        return after
    return None


def _same_or_compound(counter: str, total_counter: str) -> bool:
    """Whether a total's counter is the rate's or a compound of the units' noun and it (`nights` and
    `volunteer-nights`, `hours` and `crew-hours`): the units times what each holds, counted in both."""
    counter, total_counter = counter.lower(), total_counter.lower()
    return total_counter == counter or (bool(counter) and total_counter.endswith("-" + counter))


def _compounds_the_units(units_counter: str, total_counter: str) -> bool:
    """Whether a total's counter is a compound of the units' noun and another unit of their work (`volunteers` and
    `volunteer-hours`): the work of the same units, counted in another unit (`540 crew-shifts` after `12 boats`, `60
    toads` are no such total: the lead may still state the rate's)."""
    units_counter, total_counter = units_counter.lower(), total_counter.lower()
    head, dash, _ = total_counter.partition("-")
    return bool(dash) and len(head) >= 3 and units_counter.startswith(head)


# between two counts listed side by side (`200 small kites and 100 large ones`): a label or two, a joint, a label or two
_SIBLING_BETWEEN = ByLanguage(
    lambda w: rf"\s*(?:[^\W\d_]+\s+){{0,2}}?(?:,\s*)?(?:{w.sibling_joints})\s+(?:[^\W\d_]+\s+){{0,2}}", re.I
)
_LIST_PRONOUN = ByLanguage(lambda w: rf"(?:{w.list_pronoun_counters})", re.I)  # `100 large ones`: the noun before
_LABEL_WORDS = compile_exact(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _siblings(first: Claim, second: Claim, text: str, lang: str) -> bool:
    """Whether two counts stand side by side as a list of the first one's noun (the other member counts the same noun,
    or names it by a pronoun: `[link.list_pronoun_counters]`)."""
    if first.sentence != second.sentence or first.kind != "count" or second.kind != "count":
        return False
    if first.role != "value" or second.role != "value" or not first.counter:
        return False
    if not _SIBLING_BETWEEN[lang].fullmatch(text, first.end, second.start):
        return False
    counter, other = first.counter.lower(), (second.counter or "").lower()
    return counter == other or bool(other and _LIST_PRONOUN[lang].fullmatch(other))


def _listed_with_its_noun(figures: list[Claim], j: int, text: str, lang: str) -> bool:
    """Whether the figure at `j` is a member of a list of counts of its noun (the figures in text order)."""
    c = figures[j]
    before = figures[j - 1] if j else None
    after = figures[j + 1] if j + 1 < len(figures) else None
    return (before is not None and _siblings(before, c, text, lang)) or (
        after is not None and _siblings(c, after, text, lang)
    )


def _label(c: Claim, text: str) -> str:
    """The words between a count's number and its noun (`200 small kites`: `small`), lower case; none: ``."""
    counter = (c.counter or "").lower()
    _, _, after = text[c.start : c.end + 60].partition(" ")  # (past the number, a word or not: `nine oak trees`)
    words = [w.lower() for w in _LABEL_WORDS.findall(after)]
    if counter not in words:
        return ""
    return " ".join(words[: words.index(counter)])


def _same_label(member: Claim, rate: Claim, text: str) -> bool:
    """Whether the amount each repeats the list member's own label (`200 small kites and 100 large ones … each sew 25
    small kites`): of that member, the whole of its own makers."""
    label = _label(member, text)
    return bool(label) and label == _label(rate, text)


def _lead_total(figures: list[Claim], i: int, units: Claim, text: str, lang: str) -> Claim | None:
    """The first figure of the rate's counter (a count) or unit (a measure) stated as a value before it; one the rate's
    own paragraph states before it, past the lead, is nearer (`Crews relaid 900 pipes this year … The four crews each
    relaid 225`: the paragraph's year, not the story's whole)."""
    rate = figures[i]
    found = list(_totals_before(figures, i, units, text, lang))
    if not found:
        return None
    near = [c for c in found if c.paragraph == rate.paragraph and c.paragraph > found[0].paragraph]
    return near[-1] if near else found[0]


def _totals_before(figures: list[Claim], i: int, units: Claim, text: str, lang: str):
    rate = figures[i]
    headline = opens_with_headline(text)
    for j, c in enumerate(figures[:i]):
        if headline and c.paragraph == 0:
            continue
        if c is units or c.role != "value" or c.kind != rate.kind or c.per_unit_of is not None:
            continue
        if rate.kind == "count" and (c.counter or "").lower() != (rate.counter or "").lower():
            continue
        if rate.kind == "count" and _listed_with_its_noun(figures, j, text, lang) and not _same_label(c, rate, text):
            continue  # (`200 small kites and 100 large ones`: a part of the order, not the whole the makers share)
        if rate.kind == "measure" and c.unit != rate.unit:
            continue
        nxt = figures[j + 1]  # (the rate at the latest)
        if nxt.kind in ("percent", "fraction") and _SHARE_AFTER[lang].fullmatch(text, c.end, nxt.start):
            continue  # a part beside its share
        yield c
