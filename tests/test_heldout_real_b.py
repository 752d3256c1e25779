"""The second held-out set of articles in the real-corpus format (benchmarks/data/heldout_real_b): it loads,
and every annotated member stands where its relation says. Nothing here runs factlint on these articles: the
set stays unscored until the end-of-session measurement (its README)."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from helpers import benchmark_module

FOLDER = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "heldout_real_b"
real_score = benchmark_module("real_score")


def _articles() -> list[dict]:
    return tomllib.loads((FOLDER / "articles.toml").read_text(encoding="utf-8"))["article"]


def _relation_entries() -> list[dict]:
    return tomllib.loads((FOLDER / "relations.toml").read_text(encoding="utf-8"))["relation"]


def _texts() -> dict[str, str]:
    return {a["file"]: (FOLDER / a["file"]).read_text(encoding="utf-8") for a in _articles()}


def test_the_manifest_names_thirty_articles_fifteen_per_language_each_in_its_language_folder():
    articles = _articles()
    assert Counter(a["language"] for a in articles) == {"ko": 15, "en": 15}
    for article in articles:
        assert article["file"].startswith(article["language"] + "/")
        assert (FOLDER / article["file"]).is_file()
        assert article["published"].year >= 2020  # a TOML date, as a factlint manifest needs
        assert article["outlet"] and article["note"]
    assert sorted(p.relative_to(FOLDER).as_posix() for p in FOLDER.glob("*/*.txt")) == sorted(
        a["file"] for a in articles
    )


def test_every_article_is_150_to_450_words_long():
    for file, text in _texts().items():
        assert 150 <= len(text.split()) <= 450, file


def test_every_member_resolves_through_the_scorers_loader():
    relations = real_score.load_relations(FOLDER, _texts())
    assert len(relations) == len(_relation_entries()) >= 240
    assert [(r.file, r.problems) for r in relations if r.problems] == []
    assert {r.kind for r in relations} <= set(real_score.KINDS)


def test_every_member_lies_in_its_file_and_names_one_place():
    texts = _texts()
    relations = real_score.load_relations(FOLDER, texts)
    for entry, relation in zip(_relation_entries(), relations, strict=True):
        assert relation.file in texts
        assert len(relation.members) == len(entry["members"]) >= 1
        for spec, member in zip(entry["members"], relation.members, strict=True):
            text = texts[member.file]
            assert text[member.start : member.end] == member.text
            # FORMAT.md: a text that occurs more than once is written with a context found exactly once
            if isinstance(spec, str):
                assert text.count(spec) == 1, (relation.file, spec)
            elif "context" in spec:
                assert text.count(spec["context"]) == 1, (relation.file, spec)
            else:
                assert text.count(spec["text"]) == 1, (member.file, spec)
            # a member is a whole number, not the tail or head of a longer one
            before, after = text[max(0, member.start - 2) : member.start], text[member.end : member.end + 1]
            assert not re.search(r"\d[.,]?$", before) and not re.match(r"\d", after), (relation.file, member.text)
        other_files = {m.file for m in relation.members} - {relation.file}
        assert other_files == ({entry["other_file"]} if "other_file" in entry else set()), relation.file


def test_relations_that_do_not_hold_are_few_spread_over_kinds_and_say_why():
    broken = [e for e in _relation_entries() if not e["holds"]]
    assert 1 <= len(broken) <= 10
    assert len({e["kind"] for e in broken}) == len(broken) == len({e["file"] for e in broken})
    assert all(e["note"] for e in _relation_entries())


@pytest.mark.parametrize("language", ["ko", "en"])
def test_each_language_has_relations_of_most_kinds(language):
    kinds = {e["kind"] for e in _relation_entries() if e["file"].startswith(language + "/")}
    assert len(kinds) >= 8, kinds
