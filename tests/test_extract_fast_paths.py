"""The extractor's per-figure shortcuts give the plain paths' results.

Before every number the extractor searches back for a qualifier (`about`, `약`, `최대`); the search
through the words that end in the letter before the number (`Patterns.qual_by_end`) must find what
the search through every qualifier finds: the same span and the same kind."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.extract import extract
from checker.extract.quantities import QUALIFIER_KINDS, _read_before, patterns
from checker.link import link
from checker.models import Document, Mention
from checker.pipeline import load_knowledge


def _qualifier_words(language: str) -> list[str]:
    qb = patterns(language).data.qualifiers_before
    return sorted({f for k in QUALIFIER_KINDS for f in getattr(qb, k)})


# Words and marks around a qualifier, written for this test; letters whose case folds oddly (`ſ`, `K`,
# `İ`) and upper-case copies of every qualifier test the case rule.
_OTHER_PIECES = ["매출", "은", "으로", "spent", "sales", " ", "  ", "\n", "\t", "(", ",", "ſ", "K", "İ", "ı", "X", "s"]


def _pieces() -> list[str]:
    words = [*_qualifier_words("ko"), *_qualifier_words("en")]
    return [*words, *(w.upper() for w in words), *(w.title() for w in words), *_OTHER_PIECES]


_WINDOW = st.lists(st.sampled_from(_pieces()), max_size=6).map("".join).map(lambda w: w[-24:])


def _both(window: str, language: str, monkeypatch) -> tuple[tuple, tuple]:
    """What `_read_before` reads before a number written after `window`: with the search by last
    letter, and with the full search only."""
    pat = patterns(language)
    text = window + "5"
    narrow = _read_before(text, len(window), pat)
    with monkeypatch.context() as patched:
        patched.setattr(pat, "qual_by_end", {})
        full = _read_before(text, len(window), pat)
    return narrow, full


def test_the_search_by_last_letter_is_in_use():
    for language in ("ko", "en"):
        pat = patterns(language)
        assert pat.qual_by_end, language
        for word in _qualifier_words(language):  # every qualifier is in the pattern of its last letter
            assert pat.qual_by_end[word[-1].lower()].search(word), word


@settings(max_examples=800, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["ko", "en"]), _WINDOW)
def test_the_search_by_last_letter_reads_what_the_full_search_reads(monkeypatch, language: str, window: str):
    narrow, full = _both(window, language, monkeypatch)
    assert narrow == full


def test_every_qualifier_read_as_before_in_every_case(monkeypatch):
    found = 0
    for language in ("ko", "en"):
        for word in _qualifier_words(language):
            for written in (word, word.upper(), word.title(), f"매출 {word} ", f"x{word}\n"):
                narrow, full = _both(written, language, monkeypatch)
                assert narrow == full, written
                found += full[2] is not None
    assert found > 100  # the qualifiers were read, not refused both ways


def test_read_before_keeps_the_qualifier_and_its_start():
    text = "매출은 약 3천억원, 최대 12%, about 5%, at least 40 people"
    pat = patterns("ko")
    starts = [text.index(n) for n in ("3천억원", "12%", "5%", "40")]
    assert [_read_before(text, at, pat)[2] for at in starts] == ["approx", "atmost", "approx", "atleast"]
    assert [_read_before(text, at, pat)[0] for at in starts] == [text.index(w) for w in ("약", "최대", "about", "at")]


def test_mentions_are_plain_records_set_in_place():
    document = Document(path="t.txt", text="매출은 약 3천억원으로 12% 늘었다.", published=dt.date(2024, 8, 27))
    mentions = extract(document).mentions
    assert all(type(m) is Mention for m in mentions)
    assert not hasattr(mentions[0], "__dict__")  # slotted: one small record per figure
    assert [m.text for m in mentions] == ["약 3천억원", "12%"]


def test_mentions_moved_onto_the_normalized_text_and_back():
    """Invisible characters make the normalized text's offsets differ from the original's: the linker
    copies each mention onto the normalized offsets (a dataclass copy) and moves the claims back."""
    text = "매출은\u200b 약 3천억원으로\u200b 12% 늘었고, 순이익은 5억\u200b원이었다."
    document = Document(path="t.txt", text=text, published=dt.date(2024, 8, 27))
    assert not document.offsets.is_identity
    extraction = extract(document)
    before = [(m.start, m.end, m.text) for m in extraction.mentions]
    claims = link(extraction, load_knowledge().lexicon).claims
    assert [(c.start, c.end, c.text) for c in claims] == before  # the original's spans, as written
    assert [text[c.start : c.end] for c in claims] == ["약 3천억원", "12%", "5억\u200b원"]
    assert [(m.start, m.end, m.text) for m in extraction.mentions] == before  # the extraction's own left as it was


# Pieces before a number for the prefix test (written for this test): every prefix, joined to letters, spaces and
# line breaks, so that a prefix stands at the window's end, before a final line break, glued to a word, or twice.
_PREFIX_OTHER = ["spent", "매출", "e", "  ", " ", "\n", "(", "x", "$", "1"]


def _prefix_pieces() -> list[str]:
    return sorted({*patterns("ko").prefixes, *patterns("en").prefixes}) + _PREFIX_OTHER


@settings(max_examples=800)
@given(st.sampled_from(["ko", "en"]), st.lists(st.sampled_from(_prefix_pieces()), max_size=8).map("".join))
def test_the_prefix_search_from_its_reach_finds_what_the_whole_window_finds(language: str, window: str):
    """`_read_before` searches the 24 characters before a number for a prefix from `Patterns.prefix_reach` before
    their end: a match of the whole window's search starts no earlier (the pattern ends at `$`)."""
    pat = patterns(language)
    window = window[-24:]
    whole = pat.prefix_currency.search(window)
    narrow = pat.prefix_currency.search(window, max(0, len(window) - pat.prefix_reach))
    assert (whole and whole.span()) == (narrow and narrow.span())


def test_every_prefix_read_before_a_number_as_before():
    for language in ("ko", "en"):
        pat = patterns(language)
        read = 0
        for prefix in pat.prefixes:
            for written in (f"매출 {prefix}", f"spent {prefix} ", f"x{prefix}", f"({prefix}\n"):
                window = written[-24:]
                whole = pat.prefix_currency.search(window)
                narrow = pat.prefix_currency.search(window, max(0, len(window) - pat.prefix_reach))
                assert (whole and whole.span()) == (narrow and narrow.span()), written
                read += whole is not None
        assert read >= 3 * len(pat.prefixes)  # the prefixes were found, not refused both ways
