"""Properties over generated text: written values parse back to their value and
interval, spans are exact substrings, and models round-trip through JSON."""

from __future__ import annotations

import json

from helpers import claims, document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.extract import extract
from checker.models import ClaimSet, Document

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def korean(eok: int, man: int, style: int) -> tuple[str, float]:
    """An amount of 억 and 만 written in one of the styles copy uses."""
    jo, rest = divmod(eok, 10000)
    value = eok * 1e8 + man * 1e4
    parts = []
    if jo:
        parts.append(f"{jo:,}조" if style == 1 else f"{jo}조")
    if rest:
        parts.append(f"{rest:,}억" if style == 1 else f"{rest}억")
    if man:
        parts.append(f"{man:,}만" if style == 1 else f"{man}만")
    joiner = " " if style in (0, 1) else ""
    return joiner.join(parts), value


def expected_half(eok: int, man: int) -> float:
    """DESIGN.md's rule, written out again: half a unit of the last non-zero digit, trailing
    zeros significant (only those written in the last group) until two significant digits."""
    jo, rest = divmod(eok, 10000)
    groups = [(jo, 1e12), (rest, 1e8), (man, 1e4)]
    last_written, multiplier = [(n, m) for n, m in groups if n][-1]
    whole = round((eok * 1e8 + man * 1e4) / multiplier)
    digits = str(whole)
    zeros = len(digits) - len(digits.rstrip("0"))
    significant = len(digits) - zeros
    written_zeros = len(str(last_written)) - len(str(last_written).rstrip("0"))
    extend = min(max(0, 2 - significant), written_zeros)
    return 10 ** (zeros - extend) * multiplier / 2


@SETTINGS
@given(
    eok=st.integers(0, 99_999_999),
    man=st.integers(0, 9999),
    style=st.integers(0, 2),
    unit=st.sampled_from([("원", "KRW"), (" 달러", "USD"), (" 위안", "CNY"), ("엔", "JPY")]),
    qualifier=st.sampled_from(["", "약 ", "최소 "]),
)
def test_written_amounts_parse_back(eok, man, style, unit, qualifier):
    written, value = korean(eok, man, style)
    if not written or (eok >= 10000 and eok % 10000 == 0 and man):
        return  # `5조 1만원` skips the 억 group: a malformed number (F101), see test_notations
    text = f"매출은 {qualifier}{written}{unit[0]}이었다."
    mentions = extract(document(text)).mentions
    assert len(mentions) == 1, (text, mentions)
    q = mentions[0].quantity
    assert (q.unit, q.value) == (unit[1], value), text
    assert q.low <= value <= q.high
    if qualifier == "최소 ":
        assert q.low == value and q.high == float("inf")
    else:
        half = expected_half(eok, man)
        pad = value * 0.005 if qualifier else 0.0
        assert abs((value - q.low) - (half + pad)) <= 1e-6 * value + 1e-3, (text, q)
        assert abs((q.high - value) - (half + pad)) <= 1e-6 * value + 1e-3, (text, q)


@SETTINGS
@given(
    number=st.integers(1, 10**9),
    decimals=st.integers(0, 2),
    commas=st.booleans(),
    unit=st.sampled_from(["%", "명", "개", "달러", "배"]),
)
def test_plain_numbers_parse_back(number, decimals, commas, unit):
    value = number / 10**decimals
    digits = f"{value:,.{decimals}f}" if commas else f"{value:.{decimals}f}"
    text = f"지난해 수치는 {digits}{unit}였다."
    mentions = extract(document(text)).mentions
    assert len(mentions) == 1, text
    q = mentions[0].quantity
    assert abs(q.value - value) < 1e-6 * max(1, value)
    assert q.low <= value <= q.high


SENTENCES = st.sampled_from(
    [
        "알리바바의 상반기 자본 지출은 230억 위안으로 전년 동기 대비 123% 증가했다.",
        "총액은 500억 위안(70억 달러·9조 2946억원)이다.",
        "Capex rose 12% to $5.3bn (about 7 trillion won) in the first half.",
        "H100 칩 300여대, 100만 개 이상, 12,000~13,000달러.",
        "실업률은 3.5%로 전월보다 0.3%p 올랐다.",
        "２월에 ５００억 위안을 투자했다.",
        "\u00a0약\u00a08억\u00a0달러(약 1조 621억원)",
    ]
)


@SETTINGS
@given(pieces=st.lists(st.tuples(SENTENCES, st.text(alphabet=" \n가나다abc.,()", max_size=12)), min_size=1, max_size=6))
def test_spans_are_exact_substrings(knowledge, pieces):
    text = "".join(s + filler for s, filler in pieces)
    claimset = claims(text, knowledge)
    for claim in claimset.claims:
        assert text[claim.start : claim.end] == claim.text
        line_start = text.rfind("\n", 0, claim.start) + 1
        assert claim.line == text.count("\n", 0, claim.start) + 1
        assert claim.column == claim.start - line_start + 1


def test_models_round_trip_through_json(knowledge, seeds_analysis):
    for claimset in seeds_analysis.claimsets:
        again = ClaimSet.model_validate_json(claimset.model_dump_json())
        assert again == claimset
    document_again = Document.model_validate(json.loads(seeds_analysis.claimsets[0].document.model_dump_json()))
    assert document_again.text == seeds_analysis.claimsets[0].document.text


def test_claim_json_schema_is_published():
    from checker.models import ClaimRecord

    schema = ClaimRecord.model_json_schema()
    assert {"entities", "metric", "period", "converts", "change_of", "compared_to"} <= set(schema["properties"])
