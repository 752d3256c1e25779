"""Who a number is about: lexicon entities, unknown names, lists, and anaphora."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from checker.extract.lang import ByLanguage, link_alternations
from checker.link.lexicon import Lexicon
from checker.regex_cache import compile_exact
from checker.regex_needs import search_between

# A name glossed in Latin letters is a construction of Korean copy: its letters are Korean's (the Latin
# ones borrowed from English, with English's capital that starts a name).
_KOREAN = link_alternations("ko")
_KO = _KOREAN.script_letters
_LATIN = _KOREAN.chars("capital_letters", "small_letters")
# `오로라(Aurora)`: a Hangul name glossed in Latin letters is a name, known or not.
# Found from the parenthesis (rare) backwards, not from every Hangul syllable forwards.
_GLOSS_LETTERS = _KOREAN.chars("capital_letters", "small_letters", marks="0-9.&' -")  # `AT&T Inc.`, `O'Neil`
_GLOSS = compile_exact(rf"\(({_KOREAN.name_start_letters}{_GLOSS_LETTERS}{{1,40}})\)")
_NAME_BEFORE_GLOSS = compile_exact(
    rf"({_KO}{_KO}{{0,9}}(?:\s(?:{_KOREAN.name_start_letters}|{_KO})(?:{_KO}|{_LATIN}){{0,8}})?)\s?$"
)
_COMPANY_SUFFIX = ByLanguage(lambda w: rf"(?:{w.company_suffixes})(?=(?:{w.particles_after_name})|\s|$)")
_NAME_BEFORE_SUFFIX = ByLanguage(lambda w: rf"(?<!{w.script_letters}){w.script_letters}{{1,8}}$")
_SHARED_SUFFIX_LIST = ByLanguage(
    lambda w: (
        rf"(?<!{w.script_letters})(?<!{w.chars('capital_letters', 'small_letters')})"
        rf"(?:(?:{w.script_letters}|{w.chars('capital_letters', 'small_letters')}){{1,6}}·)+$"
    )
)
# `The Group's revenue`: an article or a determiner before the suffix is the company the article
# is about, referred to, not a name (the lookahead is case-blind: such words open sentences).
_SUFFIXED_EN = ByLanguage(
    lambda w: (
        rf"\b(?!(?i:{w.definite_articles}|{w.possessive_determiners})\s)"
        rf"({w.name_start_letters}{w.chars('capital_letters', 'small_letters', marks='&')}+"
        rf"(?:\s{w.name_start_letters}{w.chars('capital_letters', 'small_letters', marks='&')}+){{0,3}})"
        rf"\s(?:{w.company_suffixes_after})\b\.?"
    )
)
# The first letters of the anaphors, tested first: the engine skips most positions at once.
_ANAPHOR = ByLanguage(lambda w: rf"(?=[{w.anaphor_initials}])(?:{w.anaphors})")
_PLURAL_ANAPHOR = ByLanguage(lambda w: rf"(?=[{w.plural_anaphor_initials}])(?:{w.plural_anaphors})")
_LIST_SEP = ByLanguage(lambda w: rf"\s?(?:{w.list_separators})\s?")
_TOPIC = ByLanguage(lambda w: rf"[^\S\n]?(?:{w.topic_particles})(?!{w.script_letters})")
# `주가연계증권(ELS)`, `고대역폭메모리(HBM)`: acronyms that gloss a common noun, not a name.
_NOT_GLOSS_WORDS = ByLanguage(lambda w: rf"(?:{w.not_name_glosses})")
# `at the European Central Bank rate`, `이날 유럽중앙은행 기준환율로`: the bank that sets the rate an equivalent is
# taken at, no subject of the article's figures
_RATE_SETTER_BEFORE = ByLanguage(lambda w: rf"(?:{w.rate_setter_before})$", first_tested=False)
_RATE_SETTER_AFTER = ByLanguage(lambda w: rf"(?:{w.rate_setter_after})", first_tested=False)
# `유럽중앙은행 기준환율을 적용하면`: the rate applied right after the name makes it the setter on its own
_RATE_SETTER_APPLIED_AFTER = ByLanguage(lambda w: rf"(?:{w.rate_setter_applied_after})", first_tested=False)


@dataclass(slots=True)
class EntityHit:
    start: int
    end: int
    ids: tuple[str, ...]
    kind: str = "company"
    inferred: bool = False
    topic: bool = False  # followed by a subject/topic particle


@dataclass(slots=True)
class EntityIndex:
    hits: list[EntityHit] = field(default_factory=list)
    outlets: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, id): for the names check
    starts: list[int] | None = None

    def before(self, start: int, end: int) -> list[EntityHit]:
        """Hits inside [start, end), found by bisection (hits are sorted by start)."""
        starts = self._starts()
        i, j = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if i == j:
            return []  # (no hit starts there: most stretches a figure reads before it)
        return [h for h in self.hits[i:j] if h.end <= end]

    def _starts(self) -> list[int]:
        if self.starts is None or len(self.starts) != len(self.hits):
            self.starts = [h.start for h in self.hits]
        return self.starts


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _topic_after(text: str, end: int, lang: str) -> bool:
    return bool(_TOPIC[lang].match(text, end))


def find_entities(text: str, lexicon: Lexicon, lang: str, start: int = 0) -> EntityIndex:
    """Entity hits in text order; lists of names joined into one hit with every id."""
    raw: list[EntityHit] = []
    taken = _DisjointSpans()
    outlets: list[tuple[int, int, str]] = []
    for match in lexicon.entity_re.finditer(text, start):
        entity_id = lexicon.entity_for(match.group(0))
        kind = lexicon.entities[entity_id].kind
        if kind == "outlet":
            outlets.append((match.start(), match.end(), entity_id))
        if kind in ("outlet", "source"):
            continue  # who reports a figure is not what it is about
        raw.append(EntityHit(match.start(), match.end(), (entity_id,), kind))
        taken.add(match.start(), match.end())
    for name_start, end, latin in glossed_names(text, start):
        # `주가연계증권(ELS)`, `고대역폭메모리(HBM)`: an acronym glosses a common noun more often
        # than a company; only a spelled-out Latin name (`오로라(Aurora)`) makes an unknown entity.
        if latin.isupper() or _NOT_GLOSS_WORDS[lang].fullmatch(latin) or taken.overlaps(name_start, end):
            continue
        raw.append(EntityHit(name_start, end, (slug(latin),), "org"))
        taken.add(name_start, end)
    for name_start, end, name in suffixed_names(text, lang, start):
        if not taken.overlaps(name_start, end):
            known = lexicon.entity_for(name)
            raw.append(EntityHit(name_start, end, (known or slug(name) or name,), "company"))
            taken.add(name_start, end)
    raw += _short_forms(text, raw, taken, start)
    raw.sort(key=lambda h: h.start)
    raw = [h for h in raw if not _sets_the_rate(h, text, lang)]
    topic = _TOPIC[lang]
    for hit in raw:
        hit.topic = bool(topic.match(text, hit.end))
    return EntityIndex(_join_lists(text, raw, lang), outlets)


def _sets_the_rate(hit: EntityHit, text: str, lang: str) -> bool:
    """Whether a name is the setter of the rate an equivalent is taken at (`at the European Central Bank rate`)."""
    if _RATE_SETTER_APPLIED_AFTER[lang].match(text, hit.end):
        return True
    return bool(
        _RATE_SETTER_AFTER[lang].match(text, hit.end)
        and _RATE_SETTER_BEFORE[lang].search(text, max(0, hit.start - 24), hit.start)
    )


def _short_forms(text: str, hits: list[EntityHit], taken: _DisjointSpans, start: int) -> list[EntityHit]:
    """`Kairo Games … Kairo's market value`: once an unknown company is named in full, its first
    word names it again later in the same article."""
    found = []
    # Each name is searched after its earliest mention only: searching after every mention again
    # finds nothing new and made an article's work grow with the square of its names.
    earliest: dict[tuple[str, tuple[str, ...]], EntityHit] = {}
    for hit in hits:
        if hit.kind == "company":
            key = (text[hit.start : hit.end], hit.ids)
            if key not in earliest or hit.end < earliest[key].end:
                earliest[key] = hit
    for (name, _), hit in earliest.items():
        first = name.split()[0] if " " in name else None
        if not first or len(first) < 3 or not first[:1].isupper():
            continue
        pattern = re.compile(rf"\b{re.escape(first)}\b(?!\s+{re.escape(name.split()[1])})")
        for match in _literal_matches(pattern, first, text[hit.end :]):
            begin, end = hit.end + match.start(), hit.end + match.end()
            if not taken.overlaps(begin, end):
                found.append(EntityHit(begin, end, hit.ids, hit.kind))
                taken.add(begin, end)
    return found


def _literal_matches(pattern: re.Pattern[str], literal: str, text: str):
    """`pattern.finditer(text)` for a pattern whose matches start with `literal` (after a word boundary): the
    places are found by `str.find`, which skips ahead in C where the engine would try a pattern that opens with
    `\\b` at every character."""
    at = text.find(literal)
    while at >= 0:
        match = pattern.match(text, at)
        if match is None:
            at = text.find(literal, at + 1)
        else:
            yield match
            at = text.find(literal, max(match.end(), at + 1))


def glossed_names(text: str, start: int = 0):
    """(start, end, Latin form) of `한글(Latin)` names."""
    for match in _GLOSS.finditer(text, start):
        before = _NAME_BEFORE_GLOSS.search(text, max(start, match.start() - 22), match.start())
        if before:
            yield before.start(1), match.end(), match.group(1).strip()


def suffixed_names(text: str, lang: str, start: int = 0):
    """(start, end, name) of `○○전자`, `○○그룹`, `Acme Corp`; in `KB·신한·하나·우리금융지주`
    the suffix belongs to every name of the list."""
    for match in _COMPANY_SUFFIX[lang].finditer(text, start):
        before = _NAME_BEFORE_SUFFIX[lang].search(text, max(start, match.start() - 8), match.start())
        if not before:
            continue
        suffix = match.group(0)
        shared = search_between(_SHARED_SUFFIX_LIST[lang], text, max(start, before.start() - 40), before.start())
        if shared:
            position = shared.start()
            for token in shared.group(0).split("·")[:-1]:
                yield position, position + len(token), token + suffix
                position += len(token) + 1
        yield before.start(), match.end(), text[before.start() : match.end()]
    for match in _SUFFIXED_EN[lang].finditer(text, start):
        yield match.start(), match.end(), match.group(1)


class _DisjointSpans:
    """The spans names already took, kept in order: a span is added only where none overlaps, so
    the starts and the ends both ascend and one bisection answers `overlaps` (a scan of every span
    for every name was quadratic in the names of an article)."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, end)  # the spans that start before `end` …
        return before > 0 and self.ends[before - 1] > start  # … the last of them ends latest

    def add(self, start: int, end: int) -> None:
        at = bisect.bisect_left(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)


def _last_ending_by(hits: list[EntityHit], starts: list[int], position: int) -> EntityHit | None:
    """The last of `hits` (sorted by start) that ends by `position`."""
    for i in range(bisect.bisect_right(starts, position) - 1, -1, -1):
        if hits[i].end <= position:
            return hits[i]
    return None


def _join_lists(text: str, hits: list[EntityHit], lang: str) -> list[EntityHit]:
    """`네이버, 카카오, 쿠팡의` → one hit for the three."""
    out: list[EntityHit] = []
    for hit in hits:
        if out and _LIST_SEP[lang].fullmatch(text[out[-1].end : hit.start]) and hit.kind == out[-1].kind:
            prev = out.pop()
            ids = prev.ids + tuple(i for i in hit.ids if i not in prev.ids)
            out.append(EntityHit(prev.start, hit.end, ids, hit.kind, topic=_topic_after(text, hit.end, lang)))
        else:
            out.append(hit)
    return out


def find_anaphora(text: str, lang: str, start: int = 0) -> list[tuple[int, int, bool]]:
    """(start, end, plural) of phrases that refer back to a named subject."""
    found = [(m.start(), m.end(), False) for m in _ANAPHOR[lang].finditer(text, start)]
    found += [(m.start(), m.end(), True) for m in _PLURAL_ANAPHOR[lang].finditer(text, start)]
    return sorted(found)


def resolve_anaphora(text: str, index: EntityIndex, anaphora, paragraph_of, lang: str) -> EntityIndex:
    """Each anaphor becomes a hit for the nearest fitting subject before it.

    A plural (`이들`) takes the nearest list; a singular the nearest single name.
    Resolving across a paragraph break is a guess, and is marked as one.
    """
    # A name inside an anaphor (`이 중국 기술 대기업`) describes the referent; it is not one.
    # (Anaphora are sorted by start: the one reaching furthest among those starting by a name's
    # start decides, by bisection; and the subjects of each number are kept in their own list.)
    anaphor_starts = [a[0] for a in anaphora]
    reach = list(itertools.accumulate((a[1] for a in anaphora), max))
    hits = [h for h in index.hits if (i := bisect.bisect_right(anaphor_starts, h.start)) == 0 or reach[i - 1] < h.end]
    subjects = {
        plural: [h for h in index.hits if h.kind in ("company", "org") and (len(h.ids) > 1) == plural]
        for plural in (False, True)
    }
    subject_starts = {plural: [h.start for h in found] for plural, found in subjects.items()}
    for start, end, plural in anaphora:
        target = _last_ending_by(subjects[plural], subject_starts[plural], start)
        if target is None:
            continue
        inferred = paragraph_of(target.start) != paragraph_of(start)
        hits.append(EntityHit(start, end, target.ids, target.kind, inferred, _topic_after(text, end, lang)))
    hits.sort(key=lambda h: h.start)
    return EntityIndex(hits, index.outlets)
