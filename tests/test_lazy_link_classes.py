"""A language's link vocabulary classes are joined when first asked for (checker/extract/lang.py,
`LinkAlternations`): a class reads the same as joining it from the language's layers at once, a name
that is no class is an error naming it, and nothing is joined before it is asked for."""

from __future__ import annotations

import pickle

import pytest

from checker.extract import lang
from checker.extract.lang import LINK_CLASSES, LinkAlternations, class_fragment, load_file


def _layers(code: str):
    own = load_file(code)
    return [own, *(load_file(other) for other in own.also), load_file("base")]


@pytest.mark.parametrize("code", lang.available())
def test_each_class_is_the_join_of_its_layers(code):
    words = LinkAlternations(code)
    assert not any(name in vars(words) for name in LINK_CLASSES)  # nothing joined yet
    layers = _layers(code)
    for name in LINK_CLASSES:
        expected = class_fragment(
            name, [w for layer in layers if layer is not None and name in layer.link for w in layer.link[name].words]
        )
        assert getattr(words, name) == expected, name
        assert vars(words)[name] == expected  # kept: asked again, not joined again


def test_letters_and_character_classes_read_the_ranges():
    english = LinkAlternations("en")
    assert english.chars("capital_letters", marks="&") == "[A-Z&]"
    assert english.letters("capital_letters") == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    korean = LinkAlternations("ko")
    assert "가" in korean.letters("script_letters") and "힣" in korean.letters("script_letters")
    with pytest.raises(AttributeError, match="hedges"):
        korean.letters("hedges")  # a class of words, no letters


@pytest.mark.parametrize("name", ["no_such_class", "_layers_missing", "__getstate_x__"])
def test_a_name_that_is_no_class_is_an_error(name):
    with pytest.raises(AttributeError, match=name):
        getattr(LinkAlternations("en"), name)


def test_the_vocabulary_still_pickles_and_copies():
    words = LinkAlternations("ko")
    _ = words.hedges
    copied = pickle.loads(pickle.dumps(words))
    assert copied.hedges == words.hedges and copied.counted_share_among_ko == words.counted_share_among_ko
