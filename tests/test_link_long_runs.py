"""A run of text with no sentence end longer than any sentence (a table pasted as one line, a
list joined by `·`) is linked in pieces of at most MAX_SENTENCE characters, which keeps linking
linear in the article: its figures are all extracted and placed, related only within a piece, and
the document carries a note saying so (printed by `check` and `claims`). Prose gets no such note.
A run that is also dense (a figure every few characters) is read as a table: tests/test_dense_runs.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from checker.cli import main
from checker.extract import extract
from checker.link import link
from checker.link.segment import MAX_SENTENCE, segment
from checker.models import Document

ROOT = Path(__file__).resolve().parents[1]
# Two figures in 45 characters and no sentence end: a value and its change (written for this test);
# sparse enough to be linked in pieces, not read as a table (link/tables.py).
RUN = "회사 측은 올해 상반기 매출이 3천245억원으로 작년보다 12% 늘었다고 밝혔고 "


def _linked(knowledge, text: str, language: str = "ko"):
    doc = Document(path="t.txt", text=text, published=dt.date(2024, 8, 27), language=language)
    return link(extract(doc), knowledge.lexicon)


def _piece_notes(claimset) -> list[str]:
    return [note for note in claimset.document.notes if "with no sentence end" in note]


def test_a_long_run_keeps_its_claims_and_is_named_in_a_note(knowledge):
    text = "회사 소식.\n" + RUN * 120  # 5,400 characters on line 2
    claimset = _linked(knowledge, text)
    assert len(claimset.claims) == 240
    changes = [c for c in claimset.claims if c.role == "change"]
    assert len(changes) == 120
    # each change of the value right before it, piece by piece (a cut never splits a pair here)
    by_id = {c.id: c for c in claimset.claims}
    linked = [c for c in changes if c.change_of is not None]
    assert len(linked) >= 118
    assert all(by_id[c.change_of].end <= c.start and c.start - by_id[c.change_of].end < len(RUN) for c in linked)
    assert _piece_notes(claimset) == [
        f"line 2: {len(RUN) * 120:,} characters with no sentence end read in pieces of at most "
        f"{MAX_SENTENCE:,} characters (a table or a list, not prose): their figures are related only within a piece"
    ]
    # no piece is longer than the limit
    starts = segment(text, 0, "ko").sentence_starts
    assert max(b - a for a, b in zip(starts, [*starts[1:], len(text)])) <= MAX_SENTENCE


def test_the_note_names_every_long_run_once(knowledge):
    text = RUN * 40 + "\n" + "짧은 문장이다.\n" + RUN * 32
    claimset = _linked(knowledge, text)
    longest = len(RUN) * 40 + 1  # a sentence runs to the next one's start: its line break included
    assert _piece_notes(claimset) == [
        f"2 runs, the first on line 1, the longest {longest:,} characters, with no sentence end read in "
        f"pieces of at most {MAX_SENTENCE:,} characters (a table or a list, not prose): their figures are related "
        "only within a piece"
    ]
    link(extract(claimset.document), knowledge.lexicon)  # linked again: still one note
    assert len(_piece_notes(claimset)) == 1


def test_a_run_up_to_the_limit_is_one_sentence_and_no_note(knowledge):
    run = ("회사의 올해 매출은 3억원이라고 밝혔다, " * 50)[:MAX_SENTENCE]
    assert len(run) == MAX_SENTENCE
    claimset = _linked(knowledge, run)
    assert _piece_notes(claimset) == [] and len(segment(run, 0, "ko").sentence_starts) == 1
    assert len(claimset.claims) == run.count("억원")
    longer = _linked(knowledge, run + "x")
    assert len(_piece_notes(longer)) == 1 and len(segment(run + "x", 0, "ko").sentence_starts) == 2
    assert len(longer.claims) == len(claimset.claims)


def test_prose_gets_no_note(knowledge):
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        claimset = _linked(knowledge, path.read_text(encoding="utf-8"))
        assert _piece_notes(claimset) == [], path.name
    english = "Acme's revenue rose 12% to $3bn in the quarter from $2.7bn a year earlier. " * 40
    assert _piece_notes(_linked(knowledge, english, "en")) == []


def test_check_prints_the_note(tmp_path, capsys):
    (tmp_path / "table.md").write_text("---\npublished: 2024-08-27\n---\n" + RUN * 40 + "\n", encoding="utf-8")
    (tmp_path / "prose.md").write_text(
        "---\npublished: 2024-08-27\n---\n회사의 매출은 3억원으로 12% 늘었다.\n", encoding="utf-8"
    )
    main(["check", str(tmp_path)])
    _, err = capsys.readouterr()
    notes = [line for line in err.splitlines() if "with no sentence end" in line]
    assert len(notes) == 1 and notes[0].startswith(f"factlint: note: {tmp_path / 'table.md'}: line 4: "), err
