"""Whether two words are one word or forms of it (`call`, `calls`; `단독주택`, `단독주택이`): one starts with the other
and the longer adds at most a few letters (a plural, a particle). Short words (two letters and fewer) name nothing:
too many words start with them."""

from __future__ import annotations

_FORM_REACH = 2  # letters a word's form may add to its stem (`call`, `calls`; `주택`, `주택이`)


def names_word(word: str, other: str) -> bool:
    a, b = word.casefold(), other.casefold()
    return (
        len(a) > _FORM_REACH
        and len(b) > _FORM_REACH
        and (a.startswith(b) or b.startswith(a))
        and abs(len(a) - len(b)) <= _FORM_REACH
    )
