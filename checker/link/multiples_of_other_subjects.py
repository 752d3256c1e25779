"""A worded multiple in a clause of its own subject is no restatement of the change before it: `increased exports
by 14% to €96m from €84m, as sales to the United States more than doubled` — `more than doubled` is of the US
sales, which the article states nowhere in that sentence, never of the exports (×1.14). After the last figure the
multiple was read as the change of, a comma and a word opening a clause (`as`, `while`, `and`) with a subject of
its own (no pronoun for the figure before: `, and it more than doubled` keeps the reading) stand before it, with no
figure of its own between: the change reading is dropped, so that the rules of multiples find the pair, or none.
Language words are data (`[link.subject_clause_opens]`, `[link.anaphoric_subjects]`).

In Korean the clause is joined by a connective ending and a comma, and opens on a topic of its own (`동호회는 8개에서
12개로 늘었고, 회원은 2배로 늘었다`: the members doubled, not the clubs): a topic (`[link.clause_topic_particles]`)
right after the joint (`[link.comma_clause_joints]`), after every figure between the pair and the multiple, whose
words name something the pair's clause does not (a word of two letters or more absent from the sentence before the
joint; a time word, `[link.scope_stop_words]`, or a word referring back, `이는`, is no subject of its own), drops the
reading the same way. `매출은 … 늘었고, 매출은 2배로` or `…늘었고, 올해는 2배로` keep it.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import LETTER_WORD, OWN_SUBJECT_OPENS
from checker.models import Claim

# `…늘었고, 어가 소득은 2배로`: a connective ending and a comma, then up to three words, the last ending in a topic
# particle; group 1 holds the words of that topic
_OWN_TOPIC_OPENS = ByLanguage(
    lambda w: rf"(?:{w.comma_clause_joints})\s*((?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+?)(?:{w.clause_topic_particles})\s",
    re.I,
    first_tested=False,
)
_TIME_WORD = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", re.I, first_tested=False)
# `이는`, `이들은`: a word referring back (`[link.back_reference_subjects]`), no topic of its own
_REFERS_BACK = ByLanguage(lambda w: rf"(?:{w.back_reference_subjects})", re.I, first_tested=False)


def unlink_multiples_of_other_subjects(
    claims: list[Claim], text: str, lang: str, sentence_starts: list[int] | None = None
) -> None:
    by_id = None
    for i, multiple in enumerate(claims):
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.change_of is None:
            continue
        if by_id is None:  # (built once per article, and only for an article with a linked multiple)
            by_id = {c.id: c for c in claims}
        linked = [by_id.get(multiple.change_of), by_id.get(multiple.compared_to or "")]
        linked = [c for c in linked if c is not None]
        if not linked or any(c.sentence != multiple.sentence or c.end > multiple.start for c in linked):
            continue
        last = max(c.end for c in linked)
        if sentence_starts and _own_topic_opens(text, lang, sentence_starts[multiple.sentence], last, claims, i):
            multiple.change_of = multiple.compared_to = None
            continue
        if i > 0 and claims[i - 1].end > last:
            continue  # (a figure of the clause's own stands between)
        if OWN_SUBJECT_OPENS[lang].search(text, last, multiple.start):
            multiple.change_of = multiple.compared_to = None


def _own_topic_opens(text: str, lang: str, sentence_start: int, last: int, claims: list[Claim], i: int) -> bool:
    """Whether a clause opening on a topic of its own stands between the pair's last figure (and every figure after
    it) and the multiple, the topic naming a word the sentence before the joint lacks."""
    start = max(last, claims[i - 1].end) if i > 0 else last
    # (the last joint before the multiple opens its clause)
    opening = next(reversed(list(_OWN_TOPIC_OPENS[lang].finditer(text, start, claims[i].start))), None)
    if opening is None:
        return False
    before = text[sentence_start : opening.start()]
    time_word, refers_back = _TIME_WORD[lang], _REFERS_BACK[lang]
    # (a word of one letter names too when it qualifies the head after it, `콩 수확량은`; as the head it is a noun of
    # the count's own, `동호회 수는`)
    words = LETTER_WORD.findall(opening.group(1))
    return any(
        (len(word) > 1 or at < len(words) - 1)
        and not time_word.fullmatch(word)
        and not refers_back.fullmatch(word)
        and word not in before
        for at, word in enumerate(words)
    )
