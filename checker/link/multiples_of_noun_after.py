"""A multiple of a figure the article stated before, named after it by a noun phrase and no figure: `Its cafe served
18,000 meals, 1.5 times the number of vouchers sold` (`sold 12,000 vouchers` a paragraph before), `Its intake
came to 120,000 tonnes, 1.5 times its storage capacity` (`Its storage capacity reached 80,000 tonnes`).

The multiple knows the figure it multiplies (the one before it in its sentence) but not the one it is of. Right
after it stands a determiner (`[link.multiple_noun_openers]`: `the number of`, `its`, `the`) and a noun phrase of
up to three words closing its clause. A figure of the value's kind stated in a sentence before (not the headline's)
is named by that phrase when its own words end on the phrase's noun (`12,000 vouchers`: the first word after `the
number of`, else the last) or when the phrase stands in its clause right before it (`Its storage capacity reached
80,000 tonnes`); an average (`[link.multiple_noun_average_marks]` before it in its clause) is none. Exactly one
value so named: the multiple is of it, checked by the multiple kind. The reading spans sentences, so a mismatch is
a warning (`guesses`).

The figures are indexed once per article by the last word of their text; each multiple looks its noun up there.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.inflections import singular
from checker.link.per_unit_apart import opens_with_headline
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

# `, 1.5 times the number of vouchers sold.`: the determiner, the phrase, the clause's end
_NOUN_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?P<opener>{w.multiple_noun_openers})\s+(?P<phrase>[^\W\d_]+(?:[\s-][^\W\d_]+){{0,2}})\s*(?:[.;,]|$)"
    ),
    re.I,
)
_COUNTED = ByLanguage(lambda w: rf"(?:{w.multiple_noun_counted})$", re.I)
_AVERAGE = ByLanguage(lambda w: rf"\b(?:{w.multiple_noun_average_marks})\b", re.I)
_CLAUSE_STOP = compile_exact(r"[.;:!?\n]\s|,\s")
# the end of a figure's clause after it
_CLAUSE_END = compile_exact(r"[.;:!?\n](?:\s|$)|,\s|$")
# between a value and its multiple: no figure, no end of a clause but one comma (`5.1 GW, 2.2 times`)
_VALUE_THEN_MULTIPLE = compile_exact(r"[^\d.;:!?\n,]{0,12},?[^\d.;:!?\n,]{0,20}")
_PHRASE_REACH = 40  # characters before a figure where the phrase naming it stands
_AVERAGE_REACH = 60  # characters before a figure where the word making it an average stands
# An article states a few such multiples; each reading walks the article's figures once, so past this many (a pasted
# list) the rest are left unread and linking stays linear.
_MOST_READ = 16
_WORD = compile_exact(r"[^\W\d_]+$")
_WORDS = compile_exact(r"[^\W\d_]+")


def link_multiples_of_noun_after(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    skip_line = None
    by_noun: dict[str, list[Claim]] | None = None
    tried = 0
    for i, multiple in enumerate(figures):
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to is not None:
            continue
        value = by_id.get(multiple.change_of or "")
        if value is None or value.kind not in AMOUNTS or value.sentence != multiple.sentence:
            continue
        if i == 0 or figures[i - 1] is not value or not _VALUE_THEN_MULTIPLE.fullmatch(text, value.end, multiple.start):
            continue  # (the multiple's value is the figure right before it: `5.1 GW, 2.2 times its fleet, and 9 GW`)
        after = _NOUN_AFTER[lang].match(text, multiple.end)
        if after is None:
            continue
        tried += 1
        if tried > _MOST_READ:
            break
        phrase = after.group("phrase")
        words = phrase.split()
        noun = words[0] if _COUNTED[lang].search(after.group("opener")) else words[-1]
        if skip_line is None:
            skip_line = 1 if opens_with_headline(text) else 0
        if by_noun is None:
            by_noun = {}
            for c in figures:
                last = _WORD.search(c.text)
                if last and c.role == "value" and c.kind in AMOUNTS:
                    by_noun.setdefault(singular(last.group(), lang), []).append(c)
        named = [
            c
            for c in by_noun.get(singular(noun, lang), ())
            if c.sentence < multiple.sentence and c.line > skip_line and c.kind == value.kind
        ]
        named += [
            c
            for c in figures
            if c.sentence < multiple.sentence
            and c.line > skip_line
            and c.role == "value"
            and c.kind == value.kind
            and c.id not in {n.id for n in named}
            and _phrase_before(text, c, phrase)
        ]
        named = [
            c
            for c in named
            if not _AVERAGE[lang].search(_clause_before(text, c, _AVERAGE_REACH)) and _of_one_owner(c, value)
        ]
        if len({c.value for c in named}) != 1 or named[0].low <= 0:
            continue
        if not _qualifiers_in_clause(text, named[0], words, noun, lang):
            continue  # (the one figure of the noun, but the phrase narrows it: `wristbands issued free`)
        multiple.compared_to = named[0].id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _clause_before(text: str, claim: Claim, reach: int = _PHRASE_REACH) -> str:
    before = text[max(0, claim.start - reach) : claim.start]
    stops = list(_CLAUSE_STOP.finditer(before))
    return before[stops[-1].end() :] if stops else before


def _phrase_before(text: str, claim: Claim, phrase: str) -> bool:
    return phrase.lower() in _clause_before(text, claim).lower()


def _of_one_owner(named: Claim, value: Claim) -> bool:
    """The figure named and the multiple's value are of one company, or one of them names none (`Its rival Dunmore's
    backlog, 2.2 times its fleet` after `Corran's fleet`: another company's fleet)."""
    return not (named.entities and value.entities) or named.entities == value.entities


def _qualifiers_in_clause(text: str, claim: Claim, words: list[str], noun: str, lang: str) -> bool:
    """Every word of the phrase but its noun stands in the named figure's clause (`the number of wristbands issued
    free` names `issued 22,000 wristbands` only where `free` is said of it: else a part of them)."""
    end = _CLAUSE_END.search(text, claim.end)
    clause = f"{_clause_before(text, claim)} {text[claim.end : end.start() if end else claim.end]}"
    said = {singular(w, lang) for w in _WORDS.findall(clause)}
    return all(singular(w, lang) in said for w in words if w != noun)
