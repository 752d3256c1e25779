"""A level, the level it is compared with, and after them the units added that made the change: `The group now runs
96 pharmacies, compared with 81 a year earlier, after buying 15 shops`, `had 238 shops in June against 204 a
year ago, after opening 34 branches`.

A sentence that states a count (the level, its noun written), then the earlier level it is set against (a prior or
baseline of the same unit, no change of the level stated yet), then after a comma a word of after
(`[link.after_adding_marks]`: `after`) and a verb of adding sites (`[link.site_adding_verbs]`: `opening`,
`buying`) right before a count of the level's noun or, both sites, another (`[link.site_nouns]`: `stores`,
`outlets`), says that count is how many the level rose by: it is linked as the change of the level from the
earlier one. Not when units are taken away in the same run (`after opening 40 and closing 6`: `[link.net_joiners]`
then `[link.net_removed]`), nor when another figure stands between. The link rests on the copy's reading that the
additions are the whole change: a guess (a warning at most).
"""

from __future__ import annotations

import functools
import re

from checker.extract.lang import NEVER, link_alternations
from checker.link.sentence_groups import EARLIER_ROLES, prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact, compile_re

_LEVELS = ("value",)
_FIGURE_AFTER = compile_exact(r"[^\d,.;:!?\n]*\d")  # a figure after the added count, in its clause
_NAME_REACH = 120  # how far before the level a place the additions are named of may be named for the level too


@functools.cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str] | None] | None:
    w = link_alternations(code)
    if NEVER in (w.after_adding_marks, w.site_adding_verbs, w.site_nouns) or not w.after_adding_marks:
        return None
    return (
        compile_re(rf"[^\d.;!?]{{0,40}}?,\s(?:{w.after_adding_marks})\s(?:{w.site_adding_verbs})\s$", re.I),
        compile_re(rf"(?:\s[^\W\d_]+){{0,5}}?\s(?:{w.net_joiners})\s(?:{w.net_removed})\b", re.I),
        compile_re(rf"(?:{w.site_nouns})", re.I),
        # a name (a capital word) in the words after the added count, before its clause ends: `after opening 50
        # outlets in Asia` names a part the level may be more than
        compile_re(rf"[^\d.,;:!?\n]*?(?<![\w-])(?P<name>{w.chars('capital_letters')}\w+)")
        if w.chars("capital_letters") != NEVER
        else None,
    )


def link_changes_after_adding(claims: list[Claim], text: str, lang: str) -> None:
    patterns = _patterns(lang)
    if patterns is None:
        return
    before_added, removed_after, sites, named_after = patterns
    for figures in prose_by_sentence(claims).values():
        for level, earlier, added in zip(figures, figures[1:], figures[2:], strict=False):
            if level.role not in _LEVELS or level.kind != "count" or not level.counter or level.change_of:
                continue
            if earlier.role not in EARLIER_ROLES or earlier.unit != level.unit or added.kind != "count":
                continue
            if added.role != "value" or added.change_of or added.unit != level.unit:
                continue
            if any(c.change_of == level.id and c.kind in ("count", "money", "measure") for c in figures):
                continue  # the level's change is stated already
            if level.counter != added.counter and not (
                sites.fullmatch(level.counter) and added.counter and sites.fullmatch(added.counter)
            ):
                continue  # `238 shops …, after buying 34 trucks`: units of something else
            if not before_added.fullmatch(text, earlier.end, added.start):
                continue
            if removed_after.match(text, added.end):
                continue  # `after opening 40 and closing 6`: the additions are not the whole change
            if _FIGURE_AFTER.match(text, added.end):
                continue  # `…, after opening 50 outlets since 2015`: the additions of another period
            name = named_after.match(text, added.end) if named_after is not None else None
            if name is not None and name.group("name") not in text[max(0, level.start - _NAME_REACH) : level.end]:
                continue  # `…, after opening 50 outlets in Asia`: the additions of a place the level is not said of
            added.role, added.direction = "change", 1
            added.change_of, added.compared_to = level.id, earlier.id
            added.guesses = sorted(set(added.guesses) | {"relation"})
