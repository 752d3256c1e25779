"""A dense run — a stretch with no sentence end longer than MAX_SENTENCE and at least one figure per
CHARACTERS_PER_FIGURE characters (a table pasted as one line) — is read as a table (link/tables.py):
every figure kept as a value, an equivalent in parentheses as its figure's conversion, nothing else
placed, and a note on the document. Prose, and long runs that are not dense, are linked as before.
Every sentence here is written for these tests."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest

from checker.cli import main
from checker.collection import collection_paused
from checker.extract import extract
from checker.link import link
from checker.link.segment import MAX_SENTENCE
from checker.link.tables import CHARACTERS_PER_FIGURE
from checker.models import Document

ROOT = Path(__file__).resolve().parents[1]
# Korean, English and conversion cells, each with at least one figure per 20 characters.
KO_CELLS = "매출은3천245억원으로12%늘었다"
EN_CELLS = "sales 12%, costs 9%; "
CONVERSIONS = "500억 위안(9조 2946억원)·"
PROSE = "삼성전자의 올해 상반기 매출은 120억원으로 전년 동기 100억원보다 20% 늘었다.\n"


def _linked(knowledge, text: str, language: str = "ko"):
    doc = Document(path="t.txt", text=text, published=dt.date(2024, 8, 27), language=language)
    return link(extract(doc), knowledge.lexicon)


def _table_notes(claimset) -> list[str]:
    return [note for note in claimset.document.notes if "read as a table" in note]


def _unplaced(claim) -> bool:
    return (
        claim.metric is None
        and not claim.entities
        and claim.period is None
        and claim.change_of is None
        and claim.compared_to is None
        and claim.part_of is None
        and claim.share_whole is None
    )


@pytest.mark.parametrize(("cells", "language"), [(KO_CELLS, "ko"), (EN_CELLS, "en")])
def test_a_dense_run_keeps_every_figure_as_an_unplaced_value(knowledge, cells, language):
    text = "첫 줄이다.\n" + cells * 200
    document = Document(path="t.txt", text=text, published=dt.date(2024, 8, 27), language=language)
    extraction = extract(document)
    claimset = link(extraction, knowledge.lexicon)
    assert len(claimset.claims) == len(extraction.mentions) == 400
    assert all(c.role == "value" and _unplaced(c) for c in claimset.claims)
    assert [c.text for c in claimset.claims] == [m.text for m in extraction.mentions]
    assert all(c.line == 2 and c.published == dt.date(2024, 8, 27) for c in claimset.claims)
    assert _table_notes(claimset) == [
        f"line 2: {len(cells) * 200:,} characters with no sentence end and a figure at least every "
        f"{CHARACTERS_PER_FIGURE} characters (a table or a list, not prose) read as a table: its 400 figures are "
        "kept as values (and conversions), with no metric, entity, period or relation"
    ]
    assert not [n for n in claimset.document.notes if "read in pieces" in n]


def test_an_equivalent_in_a_dense_run_converts_its_figure(knowledge):
    claimset = _linked(knowledge, CONVERSIONS * 100)
    by_id = {c.id: c for c in claimset.claims}
    conversions = [c for c in claimset.claims if c.role == "conversion"]
    assert len(conversions) == 100 and len(claimset.claims) == 200
    for claim in conversions:
        head = by_id[claim.converts]
        assert head.role == "value" and head.end <= claim.start and claim.start - head.end <= 2
        assert head.quantity.unit == "CNY" and claim.quantity.unit == "KRW"


def test_prose_beside_a_dense_run_is_linked_as_alone(knowledge):
    alone = _linked(knowledge, PROSE * 3)
    beside = _linked(knowledge, PROSE * 3 + KO_CELLS * 100 + "\n")
    assert len(_table_notes(beside)) == 1 and _table_notes(alone) == []
    assert [c for c in beside.claims if c.start < len(PROSE) * 3] == alone.claims
    assert any(c.change_of for c in alone.claims)  # the prose's relations are there to compare


def test_the_density_that_makes_a_table(knowledge):
    # One figure (`3억원`) in every `per` characters, no sentence end, 60 figures.
    def run(per: int) -> str:
        cell = "회사 매출 3억원, "
        return (cell + "가" * (per - len(cell))) * 60

    table = _linked(knowledge, run(CHARACTERS_PER_FIGURE))
    pieces = _linked(knowledge, run(CHARACTERS_PER_FIGURE + 1))
    assert len(run(CHARACTERS_PER_FIGURE)) > MAX_SENTENCE
    assert len(table.claims) == len(pieces.claims) == 60
    assert len(_table_notes(table)) == 1 and _table_notes(pieces) == []
    assert [n for n in pieces.document.notes if "read in pieces" in n]
    assert all(_unplaced(c) for c in table.claims)
    assert any(c.metric for c in pieces.claims)  # placed as a sentence would be


def test_two_dense_runs_one_note_and_a_second_link_adds_none(knowledge):
    claimset = _linked(knowledge, KO_CELLS * 80 + "\n짧은 문장이다.\n" + KO_CELLS * 70)
    notes = _table_notes(claimset)
    assert len(notes) == 1 and notes[0].startswith("2 runs, the first on line 1, the longest 1,441 characters,")
    assert "its 300 figures" in notes[0]
    link(extract(claimset.document), knowledge.lexicon)
    assert len(_table_notes(claimset)) == 1


def test_the_seeds_hold_no_dense_run(knowledge):
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        assert _table_notes(_linked(knowledge, path.read_text(encoding="utf-8"))) == [], path.name


def test_check_prints_the_table_note(tmp_path, capsys):
    (tmp_path / "table.md").write_text("---\npublished: 2024-08-27\n---\n" + KO_CELLS * 100 + "\n", encoding="utf-8")
    assert main(["check", str(tmp_path)]) in (0, 1)
    _, err = capsys.readouterr()
    notes = [line for line in err.splitlines() if "read as a table" in line]
    assert len(notes) == 1 and notes[0].startswith(f"factlint: note: {tmp_path / 'table.md'}: line 4: "), err


def test_the_collector_is_paused_and_restored():
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():  # nested: the outer block turns it back on
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("inside")
    assert gc.isenabled()
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()  # the caller's choice stands
    finally:
        gc.enable()
