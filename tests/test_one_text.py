"""One text for every stage: normalization happens once, in read, with an offset map back to the original.

Extraction and linking read `Document.normalized`; every span a user sees (text, JSON, SARIF, suggested
edits, suppression comments, HTML) points at the characters as written in the file.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from checker.cli import main
from checker.models import Document
from checker.read.normalize import normalize

NFD_SYLLABLES = unicodedata.normalize("NFD", "계획도")
# Everything normalization touches, ahead of the finding: front matter and lines ending in CRLF,
# full-width digits, a no-break space, a zero-width space, a soft hyphen, decomposed Hangul,
# an ideographic space and a wave dash.
ARTICLE = (
    "---\r\npublished: 2024-08-27\r\nlanguage: ko\r\n---\r\n"
    "가나전자의 직원은 １２０명이다.\u00a0올해\u200b " + NFD_SYLLABLES + "은 다음 달\u00ad에 나온다.\u3000"
    "단가는 3∼4달러다.\r\n\r\n"
    "가나전자의 올해 매출은 120억원으로 전년 동기 100억원보다 50% 증가했다.\r\n"
)
FINDING_LINE = 7


def _run(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(list(argv))
    return out.getvalue()


def _article(tmp_path, text: str = ARTICLE):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    return path


def _column(line: str, needle: str) -> int:
    return line.index(needle) + 1


def test_identity_costs_nothing():
    normalized = normalize("매출은 120억원이다.\n")
    assert normalized.offsets.is_identity and normalized.offsets.original_span(3, 9) == (3, 9)


def test_crlf_and_invisible_characters_are_dropped_with_a_map():
    text = "가\r\n１\u200b２억"
    normalized = normalize(text)
    assert normalized.text == "가\n12억"
    offsets = normalized.offsets
    assert offsets.original_span(2, 5) == (3, 7)  # `12억` → `１\u200b２억`
    assert offsets.original_span(0, 1) == (0, 1)
    assert offsets.original_span(1, 2) == (2, 3)  # the LF, without the CR before it
    assert offsets.normalized_span(3, 7) == (2, 5)


def test_decomposed_syllables_map_one_for_their_jamo():
    text = "매출 " + unicodedata.normalize("NFD", "위안") + "이다"
    normalized = normalize(text)
    assert normalized.text == "매출 위안이다"
    start, end = normalized.offsets.original_span(3, 5)
    assert text[start:end] == unicodedata.normalize("NFD", "위안")


def test_body_start_is_moved_onto_the_normalized_text():
    text = "---\r\npublished: 2024-08-27\r\n---\r\n본문"
    document = Document(path="a.txt", text=text, body_start=text.index("본"))
    assert document.normalized.text[document.normalized.body_start :] == "본문"


def test_a_copy_with_other_text_is_normalized_again():
    document = Document(path="a.txt", text="１원")
    assert document.normalized.text == "1원"
    assert document.model_copy(update={"text": "２원"}).normalized.text == "2원"


_PIECES = [
    "가",
    "매출",
    "억",
    "원",
    "a",
    "B",
    "7",
    ".",
    " ",
    "\n",
    "\r\n",
    "\r",
    "０",
    "９",
    "\u00a0",
    "\u3000",
    "\u200b",
    "\u00ad",
    "\ufeff",
    "–",
    "∼",
    "％",
    unicodedata.normalize("NFD", "한"),
    unicodedata.normalize("NFD", "글자"),
    "e\u0301",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.data())
def test_every_mapped_span_lies_inside_the_original_and_maps_round_trip(pieces, data):
    original = "".join(pieces)
    normalized = normalize(original)
    offsets = normalized.offsets
    size = len(normalized.text)
    start = data.draw(st.integers(0, size))
    end = data.draw(st.integers(start, size))
    o_start, o_end = offsets.original_span(start, end)
    assert 0 <= o_start <= o_end <= len(original)
    assert offsets.normalized_span(o_start, o_end) == (start, end)
    # The original characters of the span normalize to the span's own text (none dropped at its edges).
    assert normalize(original[o_start:o_end]).text == normalized.text[start:end]


def test_text_output_points_at_the_characters_as_written(tmp_path):
    path = _article(tmp_path)
    out = _run("check", str(path))
    line = ARTICLE.split("\r\n")[FINDING_LINE - 1]
    assert f"a.txt:{FINDING_LINE}:{_column(line, '50%')}" in out
    assert f"{FINDING_LINE} | {line}" in out


def test_json_and_sarif_spans_point_at_the_original(tmp_path):
    path = _article(tmp_path)
    text = ARTICLE
    report = json.loads(_run("check", str(path), "--format", "json"))
    finding = next(f for f in report["findings"] if f["rule"] == "F301")
    line = text.split("\r\n")[FINDING_LINE - 1]
    spans = {text[loc["start"] : loc["end"]]: loc for loc in (finding["location"], *finding["related"])}
    assert set(spans) == {"50%", "120억원", "100억원"}
    for written, loc in spans.items():
        assert (loc["line"], loc["column"]) == (FINDING_LINE, _column(line, written))
    for suggestion in finding["suggestions"]:
        loc = suggestion["location"]
        assert text[loc["start"] : loc["end"]] == suggestion["original"]
    sarif = json.loads(_run("check", str(path), "--format", "sarif"))
    result = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "F301")
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (FINDING_LINE, _column(line, "50%"))
    assert region["endColumn"] == _column(line, "50%") + len("50%")


def test_claims_of_odd_characters_keep_their_original_spans(tmp_path):
    path = _article(tmp_path)
    claims = json.loads(_run("claims", str(path), "--format", "json"))["claims"]
    by_text = {c["text"]: c for c in claims}
    staff = by_text["１２０명"]
    assert ARTICLE[staff["start"] : staff["end"]] == "１２０명" and staff["value"] == 120
    assert staff["line"] == 5 and staff["column"] == ARTICLE.split("\r\n")[4].index("１") + 1


def test_a_suppression_comment_after_odd_characters_still_silences(tmp_path):
    comment = "<!-- factlint: ignore[F301] checked by the desk -->\r\n"
    commented = ARTICLE.replace("가나전자의 올해", comment + "가나전자의 올해")
    path = _article(tmp_path, commented)
    report = json.loads(_run("check", str(path), "--format", "json"))
    assert [f["rule"] for f in report["findings"]] == []


def test_html_marks_the_characters_as_written(tmp_path):
    path = _article(tmp_path)
    out = tmp_path / "report.html"
    _run("check", str(path), "--format", "html", "-o", str(out))
    page = out.read_text(encoding="utf-8")
    marks = {
        (int(m["start"]), int(m["end"])): (m["classes"], m["text"])
        for m in re.finditer(
            r'<mark id="a0-s(?P<start>\d+)-(?P<end>\d+)" class="(?P<classes>[^"]*)"[^>]*>(?P<text>[^<]*)', page
        )
    }
    assert {text for _, text in marks.values()} == {"１２０명", "3∼4달러", "120억원", "100억원", "50%"}
    for (start, end), (_, text) in marks.items():
        assert ARTICLE[start:end] == text
    assert "st-conflict" in marks[(ARTICLE.index("50%"), ARTICLE.index("50%") + 3)][0]
