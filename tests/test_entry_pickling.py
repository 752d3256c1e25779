"""Cross-article entries cross process boundaries and spill files by the hundred thousand: they pickle
as their class and field values (not through the slotted dataclass's per-record `fields()` lookup),
and come back equal field by field, subclass included."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle

import pytest

from checker.check.entries import ClaimEntry, EventEntry, NameEntry
from checker.periods import Period


def _claim_entry(cls=ClaimEntry, *extra):
    return cls(
        "ko/one.txt", 3, dt.date(2024, 5, 2), 10, 16, "3조 2천억원", "amount", 3.2e12, 3.15e12, 3.25e12,
        False, True, "KRW", "about", 1e11, None, -1, Period(2024, "quarter", 1), ("revenue",), *extra,
    )  # fmt: skip


ENTRIES = [
    _claim_entry(),
    _claim_entry(EventEntry, (40, 48), ("acme", "globex")),
    _claim_entry(EventEntry),  # the subclass's own fields at their defaults
    NameEntry("en/two.md", None, 0, 5, 12, "Kim Jong", "person"),
]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: type(e).__name__)
def test_an_entry_comes_back_from_pickle_with_every_field(entry):
    back = pickle.loads(pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(back) is type(entry)
    assert dataclasses.astuple(back) == dataclasses.astuple(entry)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: type(e).__name__)
def test_an_entry_pickles_as_its_class_and_its_field_values(entry):
    cls, values = entry.__reduce__()
    assert cls is type(entry)
    assert values == tuple(getattr(entry, f.name) for f in dataclasses.fields(entry))


def test_entries_of_one_article_share_their_path_in_a_pickled_batch():
    """A worker sends an article's entries as one batch: its path is written once, not per entry."""
    batch = [_claim_entry() for _ in range(50)]
    for entry in batch:
        entry.path = batch[0].path
    back = pickle.loads(pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL))
    assert len({id(entry.path) for entry in back}) == 1
