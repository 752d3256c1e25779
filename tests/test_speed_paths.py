"""The shortcuts the 1 MB line's fourth round took (README, "The 1 MB line, a fourth attempt"), each
held to what it replaces: records built with positional fields keep their fields' order, a large paused
block hands its records to the oldest generation without touching a freeze, and the normalization keeps
a text with no look-alike character as it is and translates every one it has."""

from __future__ import annotations

import gc
from dataclasses import fields

from checker.collection import MANY_YOUNG, collection_paused
from checker.extract.quantities import _Raw
from checker.models import Claim, Mention, Quantity
from checker.read.normalize import _TRANSLATE, normalize


def _names(cls, count: int) -> list[str]:
    return [f.name for f in fields(cls)][:count]


def test_records_built_with_positional_fields_keep_their_order():
    # `_finish`, `_scan` and `link._base_claims` pass these fields by position: a reordering must fail here.
    assert _names(Quantity, 10) == [
        "kind",
        "value",
        "low",
        "high",
        "unit",
        "low_open",
        "high_open",
        "qualifier",
        "step",
        "counter",
    ]
    assert _names(Mention, 6) == ["start", "end", "text", "quantity", "in_parens_of", "written_currency"]
    assert _names(Claim, 8) == ["id", "path", "start", "end", "line", "column", "text", "quantity"]
    assert _names(_Raw, 11) == [
        "start",
        "end",
        "numeral",
        "kind",
        "unit",
        "counter",
        "qualifier",
        "yeo",
        "currency_written",
        "currency_word",
        "listed",
    ]


def test_a_large_paused_block_leaves_its_records_in_the_oldest_generation():
    if not gc.isenabled():
        return  # (a caller that turned the collector off keeps it off: nothing to hand over)
    with collection_paused():
        assert not gc.isenabled()
        records = [[i] for i in range(MANY_YOUNG * 2)]
    assert gc.isenabled()
    oldest = {id(item) for item in gc.get_objects(generation=2)}
    assert id(records[0]) in oldest and id(records[-1]) in oldest  # (a young pass would have left them younger)
    assert gc.get_freeze_count() == 0  # nothing left frozen
    assert len(records) == MANY_YOUNG * 2 and records[-1] == [MANY_YOUNG * 2 - 1]


def test_a_freeze_the_caller_holds_is_left_as_it_is():
    if not gc.isenabled():
        return
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collection_paused():
            records = [[i] for i in range(MANY_YOUNG * 2)]
        assert gc.get_freeze_count() == frozen  # (a streamed run's freeze: not given back here)
        assert len(records) == MANY_YOUNG * 2
    finally:
        gc.unfreeze()


def test_the_normalization_translates_every_look_alike_and_keeps_a_text_without_one():
    plain = "매출은 3천억원으로 12% 늘었다. Revenue rose 12 per cent."
    assert normalize(plain).text is plain
    for code, replacement in _TRANSLATE.items():
        text = f"가{chr(code)}1"
        assert normalize(text).text == text.translate(_TRANSLATE), hex(code)
        assert replacement in normalize(text).text
