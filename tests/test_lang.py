"""Language data (`rules/lang/*.toml`): every vocabulary class's examples run through the extractor,
the files validate, are loaded once, and a document's language selects them."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from checker.extract import extract
from checker.extract.lang import (
    LINK_CLASSES,
    LanguageData,
    available,
    class_fragment,
    link_alternations,
    load_file,
    merged,
)
from checker.models import Document

PUB = dt.date(2024, 8, 27)


def _language(code: str, sentence: str) -> str:
    if code != "base":
        return code
    return "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in sentence) else "en"


def _examples():
    for code in ["base", *available()]:
        data = load_file(code)
        for name, vocab in data.classes().items():
            for sentence, span in vocab.match:
                yield pytest.param(code, sentence, span, True, id=f"{code}-{name}-match-{span}")
            for sentence, span in vocab.no_match:
                yield pytest.param(code, sentence, span, False, id=f"{code}-{name}-no-{span}")


def spans(sentence: str, language: str) -> list[str]:
    doc = Document(path="t.md", text=sentence, published=PUB, language=language)
    ex = extract(doc)
    return [m.text for m in ex.mentions] + [t.text for t in ex.times]


@pytest.mark.parametrize("code,sentence,span,must", list(_examples()))
def test_vocabulary_examples(code, sentence, span, must):
    found = spans(sentence, _language(code, sentence))
    if must:
        assert span in found, found
    else:
        assert span not in found, found


def test_every_class_has_examples_that_must_and_must_not_match():
    for code in ["base", *available()]:
        data = load_file(code)
        for name, vocab in data.classes().items():
            if name in data.model_fields_set:
                assert vocab.match and vocab.no_match, f"{code}.{name} lacks must-match or must-not-match examples"


def _link_examples():
    for code in ["base", *available()]:
        data = load_file(code)
        for name, vocab in data.link.items():
            for sentence, span in vocab.match:
                yield pytest.param(name, vocab.words, sentence, span, True, id=f"{code}-link.{name}-match-{span}")
            for sentence, span in vocab.no_match:
                yield pytest.param(name, vocab.words, sentence, span, False, id=f"{code}-link.{name}-no-{span}")


@pytest.mark.parametrize("name,words,sentence,span,must", list(_link_examples()))
def test_link_vocabulary_examples(name, words, sentence, span, must):
    # A link class is a set of regular-expression fragments: its examples run against the class alone.
    fragment = class_fragment(name, words)
    pattern = f"[{fragment}]" if name.endswith("_initials") else fragment
    found = [m.group(0) for m in re.finditer(pattern, sentence)]
    if must:
        assert span in found, found
    else:
        assert span not in found, found


def test_every_link_class_has_words_and_examples_that_must_and_must_not_match():
    for code in ["base", *available()]:
        link = load_file(code).link
        for name, vocab in link.items():
            assert vocab.words, f"{code}: [link.{name}] has no words"
            assert vocab.match and vocab.no_match, f"{code}: [link.{name}] lacks must-match or must-not-match examples"


def test_every_link_class_is_written_in_some_language():
    written = {name for code in ["base", *available()] for name in load_file(code).link}
    assert written == set(LINK_CLASSES), set(LINK_CLASSES) - written


def test_link_vocabulary_follows_the_document_language():
    # Korean copy borrows English (`also = ["en"]`), its own words first; English reads no Korean words.
    korean, english = link_alternations("ko").rise_verbs.split("|"), link_alternations("en").rise_verbs.split("|")
    assert korean.index("증가") < korean.index("rose")
    assert "증가" not in english and "rose" in english
    assert link_alternations("ko") is link_alternations("ko")


def test_an_unknown_link_class_names_the_key():
    with pytest.raises(Exception) as info:
        LanguageData.model_validate({"language": "xx", "name": "x", "link": {"rise_verbz": {"words": ["up"]}}})
    assert "rise_verbz" in str(info.value)


def test_files_are_loaded_once_per_process():
    assert load_file("ko") is load_file("ko")
    assert merged("en") is merged("en")


def test_a_file_that_does_not_validate_names_the_key():
    with pytest.raises(Exception) as info:
        LanguageData.model_validate({"language": "xx", "name": "x", "currency_words": {"wrods": {}}})
    assert "wrods" in str(info.value)


def test_a_language_without_a_file_reads_with_the_shared_notations_and_a_note():
    doc = Document(path="t.md", text="Le groupe a levé €2,5 et 3 % de plus.", published=PUB, language="fr")
    ex = extract(doc)
    assert any("no language data for 'fr'" in note for note in doc.notes)
    assert "€2" in [m.text for m in ex.mentions] or ex.mentions  # symbols still read


def test_language_selects_the_words():
    # Japanese myriads are read in a Japanese document only.
    assert spans("売上高は3兆2千億円だった。", "ja") == ["3兆2千億円"]
    assert "3兆2千億円" not in spans("売上高は3兆2千億円だった。", "ko")


def test_japanese_growth_is_checked(knowledge):
    from helpers import codes, findings

    text = "トヨタの売上高は3兆2千億円で、前年同期比12%増の水準となった。前年同期の売上高は{}円だった。"
    wrong = Document(path="ja.md", text=text.format("2兆"), published=PUB, language="ja")
    right = Document(path="ja.md", text=text.format("2兆8570億"), published=PUB, language="ja")
    assert codes(findings(knowledge, wrong)) == ["F301"]
    assert codes(findings(knowledge, right)) == []


def test_japanese_seam():
    doc = Document(
        path="t.md", text="トヨタの売上高は3兆2千億円で、前年同期比12%増の水準となった。", published=PUB, language="ja"
    )
    mentions = extract(doc).mentions
    values = [(m.text, m.quantity.kind, m.quantity.unit, m.quantity.value) for m in mentions]
    assert values[0] == ("3兆2千億円", "money", "JPY", pytest.approx(3.2e12))
    assert values[1] == ("12%", "percent", "percent", pytest.approx(12.0))
    low, high = mentions[0].quantity.low, mentions[0].quantity.high
    assert (low, high) == (pytest.approx(3.15e12), pytest.approx(3.25e12))
