"""Extract stage: Document → Extraction (quantities, time expressions, malformed numbers).

Reads the document's normalized text (`Document.normalized`); the spans it returns are mapped
back to the original text, and each keeps the characters as written there.
"""

from __future__ import annotations

from checker.extract.lang import merged, month_name
from checker.extract.quantities import scan
from checker.extract.time import ImpossibleDate, find_times
from checker.models import Document, Extraction, Malformed
from checker.read.files import guess_language


def extract(
    document: Document, *, approx_tolerance: float = 0.005, currencies: dict[str, str] | None = None
) -> Extraction:
    normalized = document.normalized
    offsets = normalized.offsets
    language = document.language
    if (
        not offsets.is_identity
        and language != "ko"
        and guess_language(normalized.text[normalized.body_start :]) == "ko"
    ):
        language = "ko"  # decomposed Hangul (NFD) was guessed as another language before normalization
    note = merged(language)[1]
    if note and note not in document.notes:
        document.notes.append(note)
    text = normalized.text
    impossible: list[ImpossibleDate] = []
    times = find_times(text, document.published, normalized.body_start, impossible)
    # `7.4일`, `0.5일`: a day's number right after a decimal point is the decimals of a number of days, no date
    times = [t for t in times if not _after_a_decimal_point(text, t.start)]
    impossible = [d for d in impossible if not _after_a_decimal_point(text, d.start)]
    mentions, malformed = scan(
        normalized.text,
        language=language,
        masked=[(t.start, t.end) for t in times],
        start=normalized.body_start,
        approx_tolerance=approx_tolerance,
        currencies=currencies,
    )
    original, identity = document.text, offsets.is_identity
    # (a text normalization left as it was: every mention's span and characters are the original's already)
    unchanged = identity and normalized.text == original
    for item in times if unchanged else (*times, *mentions):
        if not identity:
            item.start, item.end = offsets.original_span(item.start, item.end)
        written = original[item.start : item.end]
        if item.text != written:  # (a model's attribute is slow to set: only when it changes)
            item.text = written
    bad = []
    for start, end, reason in malformed:
        start, end = offsets.original_span(start, end)
        bad.append(Malformed(start=start, end=end, text=document.text[start:end], reason=reason))
    for date in impossible:
        start, end = offsets.original_span(date.start, date.end)
        bad.append(Malformed(start=start, end=end, text=document.text[start:end], reason=_reason(date), what="date"))
    # (unvalidated: every field is already a list of its own type; a one-article check then never
    # builds this model's validator)
    return Extraction.model_construct(document=document, mentions=mentions, times=times, malformed=bad)


def _reason(date: ImpossibleDate) -> str:
    """Why the calendar has no such date, in the extractor's English words (`korean_reason` words them in Korean)."""
    if date.days is None:
        return f"there is no month {date.month}"
    if date.day == 0:
        return "there is no day 0"
    name = month_name(date.month)
    return f"{name} {date.year} has only {date.days} days" if date.year else f"{name} has only {date.days} days"


def _after_a_decimal_point(text: str, start: int) -> bool:
    return start > 1 and text[start - 1] == "." and text[start - 2].isdigit()
