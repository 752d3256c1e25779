"""Whether two words are one word or forms of it (`call`, `calls`; `단독주택`, `단독주택이`): one starts with the other
and the longer adds at most a few letters (a plural, a particle). Short words (two letters and fewer) name nothing:
too many words start with them."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage

_FORM_REACH = 2  # letters a word's form may add to its stem (`call`, `calls`; `주택`, `주택이`)


def names_word(word: str, other: str) -> bool:
    a, b = word.casefold(), other.casefold()
    return (
        len(a) > _FORM_REACH
        and len(b) > _FORM_REACH
        and (a.startswith(b) or b.startswith(a))
        and abs(len(a) - len(b)) <= _FORM_REACH
    )


_STEM_LEAST = 4  # letters a word cut to its stem keeps (`repairs` names `repair`; `ports` never `por`)


def word_forms(word: str) -> str:
    """A pattern for a word and its forms (`repairs`, `repair`; `Tolls`, `Toll`): at most `_FORM_REACH` letters
    added at its end, or dropped from it down to a stem of `_STEM_LEAST` letters (`names_word` as a pattern)."""
    cuts = [re.escape(word[:-cut]) for cut in range(1, _FORM_REACH + 1) if len(word) - cut >= _STEM_LEAST]
    return "|".join([rf"{re.escape(word)}[^\W\d_]{{0,{_FORM_REACH}}}", *cuts])


# a plural's ending (`[link.plural_endings]`) after at least three letters (`tickets`, never `bus`)
_PLURAL_ENDING = ByLanguage(lambda w: rf"(?<=[^\W\d_]{{3}})(?:{w.plural_endings})$", re.I)


def singular(word: str, lang: str) -> str:
    """A word in lower case, its plural's ending dropped (`Tickets` → `ticket`); as it is in a language that marks
    no plural."""
    return _PLURAL_ENDING[lang].sub("", word.casefold(), count=1)


# letters a noun needs, and a compound's first part before it, for a word to be a closed compound of the noun
# (`scoreboards` of `board`, `footbridges` of `bridge`; no `holidays` of `day`, no `bookings` of `king`)
_COMPOUND_HEAD_LEAST = 5
_COMPOUND_FIRST_LEAST = 4
# closed compounds that name another thing than their last part (`warehouses` no `houses`, `cupboards` no `boards`)
_OF_ANOTHER_THING = ByLanguage(lambda w: rf"(?:{w.compounds_of_another_thing})", re.I)


def closed_compound_of(word: str, noun: str, lang: str) -> bool:
    """Whether the word is a closed compound whose last part is the noun (`scoreboards` of `a board`): a word of at
    least four letters before the noun's, the noun itself long enough to be no ending of other words; not one naming
    another thing (`warehouses`: `[link.compounds_of_another_thing]`)."""
    whole, head = singular(word, lang), singular(noun, lang)
    return (
        len(head) >= _COMPOUND_HEAD_LEAST
        and len(whole) - len(head) >= _COMPOUND_FIRST_LEAST
        and whole.endswith(head)
        and _OF_ANOTHER_THING[lang].fullmatch(whole) is None
    )
