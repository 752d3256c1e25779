"""A share's whole named by the noun a count of the story counts, narrowed by a word that count's own words lack: `The
festival hired 500 stewards. … 120 were students, or 40% of volunteer stewards` is a share of a group within the 500
(the volunteer stewards, not stated), not of the 500. A count stated with the word (`500 volunteer stewards`, `volunteer
stewards numbered 500`) is that whole. Read where such a whole is found: by size (checker/link/shares.py, a share set
after `or` beside its part), by its keys (checker/link/partners.py `whole_of_part`), and after a part opening `Of
them,` (checker/link/of_which_shares.py).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.inflections import singular
from checker.models import Claim
from checker.regex_cache import compile_exact

# right after a share: `of`, a word, then the noun closing the clause (`or 40% of volunteer stewards.`)
_NARROWED_AFTER = ByLanguage(
    lambda w: rf"\s*(?:{w.share_of_noun_after})[ \t]+(?P<noun>[^\W\d_]{{3,}})\s*(?:[.;,]|$)", re.I
)
_QUALIFIED_COUNT_REACH = 40  # characters before a count where a word qualifying its noun stands (`volunteer
# stewards numbered 500`)
_WORD = compile_exact(r"[^\W\d_]+")


def narrowed_whole_after(rate: Claim, text: str, lang: str) -> tuple[str, str] | None:
    """The qualifier and the noun a share names its whole by right after it (`volunteer`, `stewards`), or None."""
    found = _NARROWED_AFTER[lang].match(text, rate.end)
    if found is None:
        return None
    qualifier = text[found.start() : found.start("noun")].split()[-1]
    return qualifier, found.group("noun")


def subgroup_of_its_count(qualifier: str, noun: str | None, whole: Claim, part: Claim, text: str, lang: str) -> bool:
    """Whether a count whole found for a count part is wider than the whole the share names: the named noun is the
    count's counter, narrowed by a word the count's own words (its counter, the words right before it) lack."""
    if noun is None or whole.kind != "count" or part.kind != "count" or not whole.counter:
        return False
    counter = whole.counter.casefold().split()
    if not counter or singular(noun.casefold(), lang) != singular(counter[-1], lang):
        return False
    word = qualifier.casefold()
    if word in counter:
        return False
    own = text[max(0, whole.start - _QUALIFIED_COUNT_REACH) : whole.end]
    return word not in (w.casefold() for w in _WORD.findall(own))
