"""A rate named by a change noun whose own subject follows it: `a rise of 12 per cent in passengers`, `an
improvement of 5 per cent in the lake's oxygen`. After a change noun and `of` (`[link.rise_nouns]`,
`[link.fall_nouns]`, `[link.signless_change_nouns]`, `[link.change_size_links]`), the rate is of the noun after
`in` (`[link.change_noun_subject]`): when that noun is not a word of the sentence before the rate (nor a time:
`[link.period_units]`, a year), the rate is the change of another thing than the figures before it, and is not
read as the change between them.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_needs import search_between

_NOUN_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.rise_nouns}|{w.fall_nouns}|{w.signless_change_nouns})\s+(?:{w.change_size_links})\s+"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
    first_tested=False,
)
_SUBJECT_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.change_noun_subject})\s+(?:(?:{w.definite_articles})\s+)?"
        rf"(?!(?:{w.period_units})s?\b)(?P<noun>[^\W\d_][^\W\d_'’-]{{2,}})"
    ),
    re.I,
    first_tested=False,
)
_REACH = 40  # characters before the rate where its change noun stands
_GAP_SUBJECT = ByLanguage(lambda w: rf"(?:{w.gap_change_subjects})", re.I, first_tested=False)
_GAP_REACH = 72  # characters before a rate where its gap subject and verb stand


def rate_of_an_unstated_gap(rate: Claim, text: str, lang: str) -> bool:
    """Whether a rate's own subject is a gap or difference with no figure of its own (`, a gap that grew by 5%`):
    it is the change of the gap, of no figure the text states."""
    return rate.kind == "percent" and bool(
        search_between(_GAP_SUBJECT[lang], text, max(0, rate.start - _GAP_REACH), rate.start)
    )


def rate_of_another_subject(rate: Claim, text: str, lang: str, sentence_start: int) -> bool:
    """Whether a rate after a change noun names, right after it, a subject the sentence does not name before it."""
    if rate.kind != "percent":
        return False
    if not search_between(_NOUN_BEFORE[lang], text, max(0, rate.start - _REACH), rate.start):
        return False
    found = _SUBJECT_AFTER[lang].match(text, rate.end)
    if found is None or found.group("noun")[0].isupper():
        return False
    noun = found.group("noun").casefold()
    return noun not in text[sentence_start : rate.start].casefold()


# right before a rate, the subject of its clause with its topic particle (`처리 기간은 12% 줄었다`), a word of its own
# (not a particle after a figure: `(7,380억원)보다는`), or a one-letter noun after a word that names what it counts
# (`회원 수는 8% 늘었다`: the count of members)
_TOPIC_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<!\S)(?P<noun>[^\W\d_]{{2,}}|[^\W\d_]{{2,}}\s[^\W\d_])(?:{w.clause_topic_particles})\s*"
        rf"(?:(?:{w.hedges})\s*)?$"
    ),
    re.I,
    first_tested=False,
)


_NO_SUBJECT_END = ByLanguage(lambda w: rf"(?:{w.rate_topic_non_subjects})$", first_tested=False)


def rate_of_its_own_topic(rate: Claim, opens: int, value_text: str, text: str, lang: str) -> bool:
    """Whether a rate's own sentence names, right before it, a subject (its topic) that the text of the value found
    for it in a sentence before (`value_text`) does not name: the rate is of that subject, not the value's change."""
    if rate.kind != "percent":
        return False
    found = _TOPIC_BEFORE[lang].search(text, opens, rate.start)
    if found is None or _NO_SUBJECT_END[lang].search(found.group("noun")):
        return False  # (`비율로는 15.5%`: an adverb's topic mark, no subject)
    # (`회원 수는`: the word that names what the one-letter noun counts is the subject to look for)
    return found.group("noun").split()[0] not in value_text
