"""A change whose level was found in the sentence before, at the last item of a breakdown, is the change of the
breakdown's whole unless its own words name that item.

`군은 쓰레기 320t을 치웠다. 플라스틱 190t, 스티로폼 80t, 기타 50t이다. 수거량은 지난해 280t보다 40t 늘었다.`: the level
found for the rise by position is the list's last item (`기타 50t`), but the rise is of the amount the list breaks
down (320t): the clause of the change names no item (`수거량은`); a clause naming another item of the list is that
item's change (`밭은 지난해 100t보다 20t 늘었다` after `논 250t, 밭 120t, 기타 80t`). `Of the 320 tonnes, plastic made
up 190 and other waste 50. Plastic rose by 40 tonnes from 150` names its item and keeps it.

The item is a part listed with at least one other part of one whole (`part_of`, read after the changes: so this
runs after the breakdowns), in an earlier sentence than the change; the whole is a level of the item's unit and
kind stated before the item. The item's label is the words before it back to the list's separator; a label word
of two letters or more written in the change's clause before it keeps the item.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import NAMING_WORD
from checker.models import Claim
from checker.regex_cache import compile_exact

# the separator that opens a listed item's label (`, 기타 50t`, `: plastic 190 tonnes`)
_ITEM_OPENS = compile_exact(r"[,:;(]")
_LABEL_REACH = 24  # characters before an item where its label may stand
_STEM_LEAST = 4  # letters a label word has for its form without its last letter to name it
# a topic or subject particle closing a label word (`플라스틱이`)
_PARTICLE_ENDING = ByLanguage(lambda w: rf"(?<=[^\W\d_]{{2}})(?:{w.topic_particles})$")
# a label of one letter standing alone (`, 밭 120t`: a noun of one syllable), and the words of the change's clause
_ONE_LETTER_WORD = compile_exact(r"(?<![^\W\d_])[^\W\d_](?![^\W\d_])")
_WORD = compile_exact(r"[^\W\d_]+")
_ONE_LETTER_REACH = 3  # letters of a word of the change's clause that opens on such a label: it and a particle


def link_changes_of_listed_parts(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    changes = [c for c in claims if c.role == "change" and c.change_of]
    if not changes:
        return
    by_id = {c.id: c for c in claims}
    parts_of: dict[str, list[Claim]] = {}  # each whole's listed parts
    for c in claims:
        if c.part_of:
            parts_of.setdefault(c.part_of, []).append(c)
    for change in changes:
        item = by_id.get(change.change_of or "")
        if item is None or not item.part_of or len(parts_of.get(item.part_of, ())) < 2:
            continue
        whole = by_id.get(item.part_of)
        if whole is None or whole.role != "value" or whole.start >= item.start:
            continue
        if (whole.unit, whole.kind) != (item.unit, item.kind) or item.sentence >= change.sentence:
            continue
        if _names_item(item, change, text, lang, sentence_starts):
            continue
        # (`논 250t, 밭 120t, 기타 80t이다. 밭은 지난해 100t보다 20t 늘었다`: another item of the list, named)
        named = [
            c
            for c in parts_of[item.part_of]
            if c is not item and c.sentence < change.sentence and _names_item(c, change, text, lang, sentence_starts)
        ]
        if len(named) == 1:
            change.change_of = named[0].id
            continue
        if named:
            continue
        change.change_of = whole.id


def _names_item(item: Claim, change: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether a word labelling the item is written in the change's sentence before the change."""
    begin = max(0, item.start - _LABEL_REACH)
    label_start = begin
    for found in _ITEM_OPENS.finditer(text, begin, item.start):
        label_start = found.end()  # (the last separator before the item)
    label = text[label_start : item.end]  # (the item's own noun too: `including 1,140 cattle`)
    words = {_PARTICLE_ENDING[lang].sub("", w).casefold() for w in NAMING_WORD.findall(label)}
    head = text[sentence_starts[change.sentence] : change.start].casefold()
    # (a word's form too: `cattle` of `cattle entries`, `apple` of `apples`)
    if any(w in head or (len(w) > _STEM_LEAST and w[:-1] in head) for w in words if len(w) >= 2):
        return True
    # (a label of one letter of a script with no articles, `밭 120t`, names the item by a word of the clause it opens
    # with at most a particle after it, `밭은`, `밭에서`; an English letter, `a`, names nothing)
    ones = {w for w in _ONE_LETTER_WORD.findall(label) if not w.isascii()}
    return any(h[0] in ones and len(h) <= _ONE_LETTER_REACH for h in _WORD.findall(head))
