"""Words of every language's data that the check stage's messages and fixes read in a claim's own
written form (`약 5조원` keeps its `약` when a fix rewrites the number). The check stage reads no
article text; a claim carries no language, so these classes span every language file."""
from __future__ import annotations

from checker.extract.lang import every_language


def _every(select) -> str:
    """One alternation of a class over every language file, in file order, each word once."""
    return "|".join(dict.fromkeys(word for data in every_language() for word in select(data)))


# Before a number: `약`, `about` (approximately); `nearly`, `거의` (just under).
APPROX_BEFORE = _every(lambda data: data.qualifiers_before.approx)
NEARLY_BEFORE = _every(lambda data: data.qualifiers_before.nearly)
# After a number: `가량`, `정도`, `여` (approximately, or a little over).
APPROX_AFTER = _every(lambda data: [*data.qualifiers_after.approx, *data.approximate_over.words])
# Scale words English copy spells out (`10.4 trillion won`, not `10.4tn won`).
LONG_SCALE_WORDS = _every(lambda data: data.link["long_scale_words"].words if "long_scale_words" in data.link else [])
