"""Words of every language's data that the check stage's messages and fixes read in a claim's own
written form (`약 5조원` keeps its `약` when a fix rewrites the number). The check stage reads no
article text; a claim carries no language, so these classes span every language file."""

from __future__ import annotations

from checker.extract.lang import every_language, link_alternations


def _every(select) -> str:
    """One alternation of a class over every language file, in file order, each word once."""
    return "|".join(dict.fromkeys(word for data in every_language() for word in select(data)))


# Before a number: `약`, `about` (approximately); `nearly`, `거의` (just under).
APPROX_BEFORE = _every(lambda data: data.qualifiers_before.approx)
NEARLY_BEFORE = _every(lambda data: data.qualifiers_before.nearly)
# After a number: `가량`, `정도`, `여` (approximately, or a little over).
APPROX_AFTER = _every(lambda data: [*data.qualifiers_after.approx, *data.approximate_over.words])
# The letters of each language's own words (`가-힣`), by language: a claim written in them is in its notation.
SCRIPT_LETTERS = {
    data.language: "[" + "".join(data.link["script_letters"].words) + "]"
    for data in every_language()
    if "script_letters" in data.link
}
# The Latin alphabet every language's copy writes its shared notations in (base.toml), as a character
# class with the currency signs: `$1.2bn`, `1.2 billion dollars`, `USD 5m` are in Latin notation.
_SHARED = link_alternations("base")
LATIN_AFTER_DIGITS = _SHARED.chars("capital_letters", "small_letters", marks="$€£¥₹")
LATIN_BEFORE_DIGITS = _SHARED.chars("capital_letters", marks="$€£¥₹")
# A currency spelled as a word after the number (`150억 원`, `1.35 billion dollars`), with the currency it names.
SPELLED_CURRENCIES = {
    word: (data.currency_words.words.get(word.lower()) or data.currency_words.words.get(word))
    for data in every_language()
    if "spelled_currencies" in data.link
    for word in data.link["spelled_currencies"].words
}
# Scale words English copy spells out (`10.4 trillion won`, not `10.4tn won`).
LONG_SCALE_WORDS = _every(lambda data: data.link["long_scale_words"].words if "long_scale_words" in data.link else [])
