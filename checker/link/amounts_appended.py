"""An absolute change appended to the two amounts it is between: `Diesel costs fell to €41m from €47m, a saving of
€6m`, `Yields rose to 7.4 tonnes a hectare from 6.9 tonnes, a gain of 0.5 tonnes`, `The chain had 830 outlets in
December, up from 772 in 2024, a net gain of 58`.

After a comma or a dash, an indefinite article and a noun of change with `of` — the change nouns an amount takes
anywhere (`[link.amount_change_nouns]`: `an increase of`) or those that name a change only in this appended place
(`[link.appended_rise_nouns]`: `a gain of`, `a net gain of`; `[link.appended_fall_nouns]`: `a saving of`, `a cut
of`; elsewhere `a gain of $3m on the sale` is a figure of its own), or `up` / `down` alone after a comma before an
amount that ends its clause (`[link.appended_rise_words]`, `[link.appended_fall_words]`: `compared with 915 pounds,
down 192 pounds.`) — an amount tied to nothing is the change of the
level measured from the earlier figure, when the sentence states, before it and in its unit, exactly one level and
then one earlier figure (a baseline or a prior). The noun gives the sign; the difference kind checks it.
A rate appended so is their rate of change (`lowered to 51,300 tonnes from 64,100 tonnes, a cut of 20 per cent`),
as is one (or a fraction in words) after a comma, or `or`, with a comparative and no object (`up from 241km, or 32
per cent more`, `to £6.1m from £4.9m, almost a quarter more`, `[link.or_words]`, `[link.comparative_above]`,
`[link.comparative_below]`); the growth kind checks it. An amount set so is their difference (`to 6.2 million
cartons from 5.1 million, 1.1 million more`). A count after a verb of change (`up from 948, after adding 64
screens`, `[link.rise_verbs_before]`) is the change too when it names what it counts as the level does. A guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.rate_subjects import rate_of_another_subject
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

_NOUN_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:,|\s[-–—])\s*(?:(?:{w.indefinite_articles})\s+)?"
        rf"(?:(?P<rise>{w.appended_rise_nouns}|{w.rise_nouns})|(?P<fall>{w.appended_fall_nouns}|{w.fall_nouns}))"
        rf"\s+(?:{w.change_size_links})\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
# `…, or 32 per cent more`: a rate after `or`, then a comparative with no object
_OR_BEFORE = ByLanguage(lambda w: rf"(?:,|\s[-–—])\s*(?:(?:{w.or_words})\s+)?(?:(?:{w.hedges})\s+)?$", re.I)
_COMPARATIVE_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:(?P<rise>{w.comparative_above})|(?P<fall>{w.comparative_below}))"
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|on|over|at|within|during)\b)"
    ),
    re.I,
)
# `723 pounds an acre, compared with 915 pounds last year, down 192 pounds.`: `up` or `down` alone after a comma, the
# amount closing its clause
_DIRECTION_BEFORE = ByLanguage(
    lambda w: (
        rf",\s*(?:(?P<rise>{w.appended_rise_words})|(?P<fall>{w.appended_fall_words}))\s+(?:(?:{w.hedges})\s+)?$"
        if w.appended_rise_words and w.appended_fall_words
        else r"(?!)"
    ),
    re.I,
)
_CLAUSE_ENDS = compile_exact(r"\s*(?:[.,;:!?)]|$)")
_VERB_BEFORE = ByLanguage(
    lambda w: rf"\b(?:(?P<rise>{w.rise_verbs_before})|(?P<fall>{w.fall_verbs_before}))\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)
# right after the figure read as the level, a direction and the word of the figure it is measured from (`3,000 tonnes
# up on last year's …`, `40 more than`): that figure is itself the move between the two, no level, when a pronoun
# and link verb open its sentence right before it (`That is 3,000 tonnes up on …`: `[link.points_previous_subjects]`);
# with no such opening the figure may be the level itself (`Harvest came to 27,000 tonnes up from 24,000 tonnes`)
_POINTER_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.points_previous_subjects})\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)
_POINTER_REACH = 40  # characters before the figure where its sentence's pronoun and link verb stand
_MOVE_FROM_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.appended_rise_words}|{w.appended_fall_words}|{w.comparative_above}|{w.comparative_below})\s+"
        rf"(?:{w.baseline_on_words}|{w.from_words}|{w.than_words})(?![^\W\d_])"
    ),
    re.I,
)
_RATES = ("percent", "fraction")
_EARLIER = ("baseline", "prior")
_REACH = 40  # characters before the amount where its noun of change stands


def link_amounts_appended(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if not (
        may_match(_NOUN_BEFORE[lang], text)
        or (may_match(_OR_BEFORE[lang], text) and may_match(_COMPARATIVE_AFTER[lang], text))
        or may_match(_DIRECTION_BEFORE[lang], text)
        or may_match(_VERB_BEFORE[lang], text)
    ):
        return  # (an appended amount is read only after the words that name it a move)
    loose = [
        c
        for c in claims
        if (c.kind in AMOUNTS and c.role in ("value", "prior") or c.kind in _RATES and c.role in ("share", "change"))
        and c.change_of is None
        and c.compared_to is None
        and not c.furniture
    ]
    if not loose:
        return
    noun = _NOUN_BEFORE[lang]
    by_sentence = None

    def by_sentence_of(move: Claim) -> list[Claim]:
        nonlocal by_sentence
        if by_sentence is None:
            by_sentence = prose_by_sentence(claims)
        return by_sentence.get(move.sentence, [])

    for move in loose:
        named = noun.search(text, max(0, move.start - _REACH), move.start)
        if named is None and _OR_BEFORE[lang].search(text, max(0, move.start - _REACH), move.start):
            # `…, or 32 per cent more`, `to 6.2 million cartons from 5.1 million, 1.1 million more`
            named = _COMPARATIVE_AFTER[lang].match(text, move.end)
        if named is None and move.kind in AMOUNTS and _CLAUSE_ENDS.match(text, move.end):
            named = _DIRECTION_BEFORE[lang].search(text, max(0, move.start - _REACH), move.start)
        if named is None and move.kind in AMOUNTS and move.counter:
            # `1,012 screens, up from 948 …, after adding 64 screens`: a verb of change right before a count that
            # names what it counts, the level naming the same
            named = _VERB_BEFORE[lang].search(text, max(0, move.start - _REACH), move.start)
            if named is not None and not _counted_alike(by_sentence_of(move), move):
                named = None
        if named is None:
            continue
        unit = move.unit if move.kind not in _RATES else None
        before = [
            c
            for c in by_sentence_of(move)
            if c.end <= move.start
            # (an amount that names nothing it counts counts what the levels do: `1.1 million more`)
            and (
                c.unit == unit and (not move.counter or c.counter in ("", move.counter)) if unit else c.kind in AMOUNTS
            )
        ]
        if len(before) != 2:
            continue
        level, earlier = before
        if (
            level.role != "value"
            or earlier.role not in _EARLIER
            or level.unit != earlier.unit
            or not _counters_agree(level, earlier, *([move] if unit else []))
        ):
            continue
        if moves_from_a_figure_after(level, text, lang):
            continue  # (`That is 3,000 tonnes up on last year's 24,000, a rise of an eighth`: the first is the move)
        if rate_of_another_subject(move, text, lang, sentence_starts[move.sentence]):
            continue  # (`…, a rise of 9 per cent in drivers`: the rate of another thing than the two counts)
        move.role, move.direction = "change", 1 if named.group("rise") else -1
        move.change_of, move.compared_to = level.id, earlier.id
        move.guesses = sorted(set(move.guesses) | {"relation"})


def moves_from_a_figure_after(figure: Claim, text: str, lang: str) -> bool:
    """Whether a figure is written as a move from the figure after it (`That is 3,000 tonnes up on last year's 24,000`,
    `40 more than`) after a pronoun and link verb opening its sentence (`That is`): no level of its own."""
    return (
        _MOVE_FROM_AFTER[lang].match(text, figure.end) is not None
        and _POINTER_BEFORE[lang].search(text, max(0, figure.start - _POINTER_REACH), figure.start) is not None
    )


def _counted_alike(figures: list[Claim], move: Claim) -> bool:
    """The sentence's first figure, the level, names what the count counts (`1,012 screens`)."""
    return bool(figures) and figures[0].counter == move.counter


def _counters_agree(*figures: Claim) -> bool:
    """The figures count one thing: those that name what they count name the same (`830 outlets, up from 772`)."""
    return len({f.counter for f in figures if f.counter}) <= 1
