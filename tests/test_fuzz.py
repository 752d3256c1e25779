"""Fuzzing as a habit (issue 12.2): article-like text through the whole pipeline and every report,
under the fixed hypothesis profile (reproducible in CI). benchmarks/fuzz.py runs the same strategy
long and randomized before a release; what it finds becomes a regression test in this file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fuzzing import article, article_file, check_one
from hypothesis import given, settings

from checker.errors import InputError
from checker.read.files import read_document


@settings(max_examples=200)
@given(article())
def test_article_like_text_never_ends_in_an_internal_error(knowledge, generated):
    text, published, language = generated
    check_one(knowledge, text, published, language)


@settings(max_examples=60)
@given(article_file())
def test_any_file_is_read_or_named_and_its_text_checked(knowledge, generated):
    """The read stage: bytes in any encoding, front matter and page metadata good or broken, random
    bytes: a Document or an InputError naming the file, never another exception."""
    suffix, data = generated
    name = f"fuzz{suffix}"
    try:
        document = read_document(Path(name), None, data=data, display=name)
    except InputError as exc:
        assert str(exc).startswith(name)
        return
    check_one(knowledge, document.text, document.published, document.language, formats=("text", "json", "html"))


# Regression cases the long run found (each once ended in an exception).
REGRESSIONS = [
    ("알리바바의 올해 1~9월 누적 매출은 7000억 위안이었다. 알리바바의 올해 1~9월 누적 매출은 8000억 위안이었다.", "ko"),
    ("The company's margin rose 3 percentage points to 3% from 0% a year earlier.", "en"),
    ("회사의 매출은 " + "9" * 400 + "달러(약 1조원)였다.", "ko"),
    ("회사의 매출은 " + "1" * 309 + "원으로 " + "1" * 309 + "원보다 두 배로 늘었다.", "ko"),
    # a loose rate in a byline's furniture, which the coordinated-rates rule looked up among the prose sentences
    ("홍길동 기자 gildong@example.com. 매출은 $0원이상 으로 $0원이상 으로 $0%이상 up. ", "ko"),
    # a counted figure too long to read digits from, stated twice: the restatement rule asked for its digits
    (("회원 수는 $0원~$" + "1" * 309 + "포인트 이상으로 늘었다. ") * 2, "ko"),
    # a malformed figure in full-width digits: the Korean particle after it looked its last digit up as written
    (
        "알리바바의 올해 매출은 $0원이상 으로 $0원이상 으로 $3억5조억원이상 으로. "
        "알리바바의 올해 매출은 $0원이상 으로 $0원이상 doubled more than １２３bnor more 으로. ",
        "ko",
    ),
]


@pytest.mark.parametrize("text,language", REGRESSIONS, ids=range(len(REGRESSIONS)))
def test_regressions(knowledge, text, language):
    for published in (dt.date(2024, 8, 27), None):
        check_one(knowledge, text, published, language)
