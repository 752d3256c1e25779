"""Names as written, for the spelling check: outlets from the lexicon, people glossed in Latin."""

from __future__ import annotations

import functools

from checker.extract.lang import ByLanguage
from checker.link.lexicon import Lexicon
from checker.link.segment import Segments
from checker.models import NameMention

# `스미스(Smith)`, `존 스미스(John Smith)`: a transliterated name with its source spelling.
_PERSON_GLOSS = ByLanguage(
    lambda w: rf"\(({w.name_start_letters}{w.small_letters}+(?:\s{w.name_start_letters}{w.small_letters}+){{0,2}})\)"
)
_NAME_BEFORE = ByLanguage(lambda w: rf"(?<!{w.script_letters})({w.script_letters}{{2,4}})\s?$")
# A name as the subject of a quote or a claim: `존 스미스는`, `굽타는`.
_SUBJECT_NAME = ByLanguage(
    lambda w: rf"(?<!{w.script_letters})({w.script_letters}{{2,4}})(?=(?:{w.person_particles})\s)"
)


def find_names(
    text: str, lexicon: Lexicon, start: int, segments: Segments, outlets: list[tuple[int, int, str]], lang: str
) -> list[NameMention]:
    names: list[NameMention] = []
    for begin, end, entity_id in outlets:
        if not segments.is_furniture(begin):
            names.append(NameMention(start=begin, end=end, text=text[begin:end], key=entity_id, kind="outlet"))
    glossed = {}
    for gloss in _PERSON_GLOSS[lang].finditer(text, start):
        match = _NAME_BEFORE[lang].search(text, max(start, gloss.start() - 6), gloss.start())
        if not match or lexicon.entity_for(match.group(1)) or lexicon.entity_for(gloss.group(1)):
            continue
        glossed[match.group(1)] = gloss.group(1).split()[-1].lower()
        names.append(
            NameMention(
                start=match.start(1), end=match.end(1), text=match.group(1), key=glossed[match.group(1)], kind="person"
            )
        )
    if glossed:
        for match in _SUBJECT_NAME[lang].finditer(text, start):
            word = match.group(1)
            if word in glossed or lexicon.entity_for(word):
                continue
            # Only a near spelling of a glossed name is worth keeping: one jamo apart.
            near = [g for g in glossed if len(g) == len(word) and jamo_distance(g, word) == 1]
            if near:
                names.append(
                    NameMention(start=match.start(1), end=match.end(1), text=word, key=glossed[near[0]], kind="person")
                )
    names.sort(key=lambda n: n.start)
    return names


def jamo(text: str) -> str:
    """Hangul syllables decomposed into initial, medial and final jamo."""
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(chr(0x1100 + code // 588))
            out.append(chr(0x1161 + (code % 588) // 28))
            if code % 28:
                out.append(chr(0x11A7 + code % 28))
        else:
            out.append(ch)
    return "".join(out)


@functools.lru_cache(maxsize=4096)  # the same names meet again in every sentence that names them
def jamo_distance(a: str, b: str) -> int:
    """Levenshtein distance over jamo: `스미스` and `스미쓰` are one vowel apart."""
    x, y = jamo(a), jamo(b)
    previous = list(range(len(y) + 1))
    for i, cx in enumerate(x, 1):
        current = [i]
        for j, cy in enumerate(y, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (cx != cy)))
        previous = current
    return previous[-1]
