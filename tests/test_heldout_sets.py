"""The held-out sets of articles in the real-corpus format written blind (benchmarks/data/heldout_real_c, _d,
_e, _f, _g): each loads, every annotated member resolves to exactly one place in its article, and the annotations keep
the sets' own rules (30 articles, 15 per language, 8 relations or more each, six broken of six kinds in six
articles). Nothing here runs factlint on a set: each is scored once, at the end of a session, on code that never
saw it (its README and FIRST_SCORE.md)."""

from __future__ import annotations

import datetime
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from helpers import benchmark_module

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
SETS = [
    "heldout_real_c",
    "heldout_real_d",
    "heldout_real_e",
    "heldout_real_f",
    "heldout_real_g",
    "heldout_real_h",
    "heldout_real_i",
    "heldout_real_j",
    "heldout_real_k",
    "heldout_real_l",
    "heldout_real_m",
    "heldout_real_n",
    "heldout_real_o",
    "heldout_real_p",
    "heldout_real_q",
    "heldout_real_r",
    "heldout_real_s",
    "heldout_real_t",
    "heldout_real_u",
    "heldout_real_v",
    "heldout_real_w",
    "heldout_real_x",
    "heldout_real_y",
    "heldout_real_z",
    "heldout_real_aa",
    "heldout_real_ab",
    "heldout_real_ac",
    "heldout_real_ad",
    "heldout_real_ae",
    "heldout_real_af",
    "heldout_real_ag",
    "heldout_real_ah",
    "heldout_real_ai",
    "heldout_real_aj",
    "heldout_real_ak",
    "heldout_real_al",
    "heldout_real_am",
    "heldout_real_an",
    "heldout_real_ao",
    "heldout_real_ap",
    "heldout_real_aq",
    "heldout_real_ar",
    "heldout_real_as",
    "heldout_real_at",
    "heldout_real_au",
    "heldout_real_av",
    "heldout_real_aw",
    "heldout_real_ax",
    "heldout_real_ay",
    "heldout_real_az",
    "heldout_real_ba",
    "heldout_real_bb",
    "heldout_real_bc",
    "heldout_real_bd",
    "heldout_real_be",
]


@pytest.fixture(scope="module", params=SETS)
def folder(request) -> Path:
    return DATA / request.param


@pytest.fixture(scope="module")
def real_score():
    return benchmark_module("real_score")


@pytest.fixture(scope="module")
def manifest(folder) -> list[dict]:
    return tomllib.loads((folder / "articles.toml").read_text(encoding="utf-8"))["article"]


@pytest.fixture(scope="module")
def texts(folder, manifest) -> dict[str, str]:
    return {entry["file"]: (folder / entry["file"]).read_text(encoding="utf-8") for entry in manifest}


@pytest.fixture(scope="module")
def raw_relations(folder) -> list[dict]:
    return tomllib.loads((folder / "relations.toml").read_text(encoding="utf-8"))["relation"]


@pytest.fixture(scope="module")
def relations(real_score, folder, texts):
    return real_score.load_relations(folder, texts)


def test_manifest_lists_every_article_once_with_its_language_and_date(folder, manifest):
    files = [entry["file"] for entry in manifest]
    assert len(files) == len(set(files))
    on_disk = sorted(p.relative_to(folder).as_posix() for p in folder.glob("*/*.txt"))
    assert sorted(files) == on_disk
    for entry in manifest:
        assert entry["language"] == entry["file"].split("/")[0], entry["file"]
        assert isinstance(entry["published"], datetime.date), entry["file"]
        assert entry["outlet"] and entry["note"], entry["file"]
    assert Counter(entry["language"] for entry in manifest) == {"ko": 15, "en": 15}


def test_articles_are_news_length(texts):
    lengths = {file: len(text.split()) for file, text in texts.items()}
    assert all(150 <= n <= 450 for n in lengths.values()), lengths


def test_every_member_resolves(real_score, texts, relations):
    assert len(relations) >= 8 * len(texts)
    problems = [(r.file, r.kind, p) for r in relations for p in r.problems]
    assert not problems, problems[:5]
    for relation in relations:
        assert relation.file in texts
        assert relation.kind in real_score.KINDS, relation.kind
        assert len(relation.members) >= 2, (relation.file, relation.kind)
        assert relation.note, (relation.file, relation.kind)
        if relation.other_file is not None:  # a fact stated in two articles has a member in each
            assert {m.file for m in relation.members} == {relation.file, relation.other_file}


def test_members_lie_in_their_files_at_one_place(texts, raw_relations, relations):
    assert len(relations) == len(raw_relations)
    for relation, raw in zip(relations, raw_relations, strict=True):
        assert len(relation.members) == len(raw["members"])
        for member, spec in zip(relation.members, raw["members"], strict=True):
            text = texts[member.file]
            assert text[member.start : member.end] == member.text
            if isinstance(spec, str):
                assert text.count(spec) == 1, (relation.file, spec)  # a repeated text needs its context
            else:
                assert text.count(spec["context"]) == 1, (relation.file, spec["context"])
                assert spec["text"] in spec["context"], (relation.file, spec)


def test_each_article_states_several_relations(texts, relations):
    per_file = Counter(r.file for r in relations)
    assert set(per_file) == set(texts)
    assert min(per_file.values()) >= 8, per_file.most_common()[-3:]


def test_broken_relations_are_few_spread_and_explained(raw_relations):
    broken = [r for r in raw_relations if not r.get("holds", True)]
    assert len(broken) == 6
    assert len({r["file"] for r in broken}) == 6  # one per article
    assert len({r["kind"] for r in broken}) == 6  # and of six kinds
    assert {r["file"].split("/")[0] for r in broken} == {"ko", "en"}
    assert all("not" in r["note"] for r in broken)  # the note gives the arithmetic and what it is not
