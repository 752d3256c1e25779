"""A worded multiple in a clause of its own subject is no restatement of the change before it: `increased exports
by 14% to €96m from €84m, as sales to the United States more than doubled` — `more than doubled` is of the US
sales, which the article states nowhere in that sentence, never of the exports (×1.14). After the last figure the
multiple was read as the change of, a comma and a word opening a clause (`as`, `while`, `and`) with a subject of
its own (no pronoun for the figure before: `, and it more than doubled` keeps the reading) stand before it, with no
figure of its own between: the change reading is dropped, so that the rules of multiples find the pair, or none.
Language words are data (`[link.subject_clause_opens]`, `[link.anaphoric_subjects]`).
"""

from __future__ import annotations

from checker.link.clause_marks import OWN_SUBJECT_OPENS
from checker.models import Claim


def unlink_multiples_of_other_subjects(claims: list[Claim], text: str, lang: str) -> None:
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
        if i > 0 and claims[i - 1].end > last:
            continue  # (a figure of the clause's own stands between)
        if OWN_SUBJECT_OPENS[lang].search(text, last, multiple.start):
            multiple.change_of = multiple.compared_to = None
