"""Extract stage: Document → Extraction (quantities, time expressions, malformed numbers)."""
from __future__ import annotations

from checker.extract.lang import merged
from checker.extract.quantities import scan
from checker.extract.time import find_times
from checker.models import Document, Extraction, Malformed
from checker.read.files import guess_language
from checker.read.normalize import normalize

_MARKUP_SUFFIXES = (".html", ".htm", ".md", ".markdown")


def extract(document: Document, *, approx_tolerance: float = 0.005,
            currencies: dict[str, str] | None = None) -> Extraction:
    view = normalize(document.text, markup=document.path.lower().endswith(_MARKUP_SUFFIXES))
    language = document.language
    if view.to_original is not None and language != "ko" and guess_language(view.text[document.body_start:]) == "ko":
        language = "ko"  # decomposed Hangul (NFD) was guessed as another language before normalization
    note = merged(language)[1]
    if note and note not in document.notes:
        document.notes.append(note)
    times = find_times(view.text, document.published, document.body_start)
    mentions, malformed = scan(
        view.text, language=language, masked=[(t.start, t.end) for t in times],
        start=document.body_start, approx_tolerance=approx_tolerance, currencies=currencies,
    )
    if view.to_original is not None:
        for item in (*times, *mentions):
            item.start, item.end = view.original(item.start), view.original(item.end)
            item.text = document.text[item.start:item.end]
    bad = [Malformed(start=view.original(s), end=view.original(e),
                     text=document.text[view.original(s):view.original(e)], reason=r)
           for s, e, r in malformed]
    for mention in mentions:
        mention.text = document.text[mention.start:mention.end]
    return Extraction(document=document, mentions=mentions, times=times, malformed=bad)
