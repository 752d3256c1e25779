"""The held-out articles in the real-corpus format (benchmarks/data/heldout_real, issue 11) are well formed:
the manifest loads, every relation names a listed article, and every member resolves to one place in its
file. No score is asserted here: the figures are measured by benchmarks/real_score.py and written down,
not gated."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from helpers import benchmark_module

FOLDER = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "heldout_real"
KINDS = {"conversion", "growth", "difference", "sum", "share", "ratio", "multiple", "points", "repeat", "date"}


def _articles() -> list[dict]:
    return tomllib.loads((FOLDER / "articles.toml").read_text(encoding="utf-8"))["article"]


def _relations() -> list[dict]:
    return tomllib.loads((FOLDER / "relations.toml").read_text(encoding="utf-8"))["relation"]


def _label(relation: dict) -> str:
    return f"{relation['file']} {relation['kind']} {relation['members']}"


def test_the_manifest_lists_two_dozen_articles_in_both_languages():
    articles = _articles()
    assert len(articles) == 24
    assert sorted(a["language"] for a in articles) == ["en"] * 12 + ["ko"] * 12
    assert len({a["file"] for a in articles}) == len(articles)
    for article in articles:
        path = FOLDER / article["file"]
        assert path.is_file(), article["file"]
        assert article["file"].split("/")[0] == article["language"], article["file"]
        assert isinstance(article["published"], dt.date), article["file"]
        words = len(path.read_text(encoding="utf-8").split())
        assert 150 <= words <= 450, (article["file"], words)


def test_every_relation_names_a_listed_article_and_a_known_kind():
    listed = {a["file"] for a in _articles()}
    relations = _relations()
    assert {r["file"] for r in relations} == listed  # every article is annotated
    for relation in relations:
        assert relation["file"] in listed, _label(relation)
        assert relation.get("other_file", relation["file"]) in listed, _label(relation)
        assert relation["kind"] in KINDS, _label(relation)
        assert isinstance(relation["holds"], bool), _label(relation)
        assert relation.get("note"), _label(relation)
        assert len(relation["members"]) >= 2, _label(relation)


def test_some_relations_are_broken_on_purpose_across_kinds():
    broken = [r for r in _relations() if not r["holds"]]
    assert len(broken) == 6
    assert len({r["kind"] for r in broken}) == len(broken)
    assert len({r["file"] for r in broken}) == len(broken)


def _member_span(relation: dict, member) -> tuple[str, int]:
    """The file a member stands in and where its text starts; fails when it is absent or ambiguous."""
    if isinstance(member, str):
        member = {"text": member}
    file = member.get("file", relation["file"])
    body = (FOLDER / file).read_text(encoding="utf-8")
    text = member["text"]
    if "context" in member:
        context = member["context"]
        assert text in context, (_label(relation), member)
        assert body.count(context) == 1, (_label(relation), member, body.count(context))
        return file, body.index(context) + context.index(text)
    assert body.count(text) == 1, (_label(relation), text, body.count(text))
    return file, body.index(text)


def test_every_member_lies_once_in_its_file():
    for relation in _relations():
        spans = [_member_span(relation, member) for member in relation["members"]]
        assert len(set(spans)) == len(spans), _label(relation)  # no member is counted twice
        files = {file for file, _ in spans}
        assert files <= {relation["file"], relation.get("other_file", relation["file"])}, _label(relation)


def test_the_scorer_resolves_every_member():
    report = benchmark_module("real_score").score(FOLDER, with_edits=False)
    assert report["unresolved_members"] == []
    assert report["groups"]["all"]["relations"] == len(_relations())
