"""The linker's fast paths give the plain paths' results.

A dense line (a table pasted without breaks) puts hundreds of figures in one sentence, and the
linker once scanned every figure of the sentence for every figure. The fast paths find a sentence's
candidates once and read outward from each figure by bisection: a change's value
(`relations._changed_value`), a figure's metric (`context._choose_metric`), the parts after a
total (`totals._parts_after`); a counted total (`세 회사 합계`) is looked for only near a list noun
(`totals._counted_lists`); the rules of shares after a sentence's marked whole read only a sentence with a
percentage or a fraction (`shares._may_hold_a_share`), seat rows only a sentence of two figures or more
(`seat_tallies._may_be_a_row`). Here the plain scans, as they were written before, are run
beside them on generated text and must link every claim the same way."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.extract import extract
from checker.link import context, link, relations, seat_tallies, shares, totals
from checker.link.clause_marks import CLAUSE_END
from checker.models import Claim, Document, Quantity

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- the plain paths (as they were)


def _plain_changed_value(
    claims, indices, i, text, lang, taken=frozenset(), pools=None, metric_hits=(), sentence_start=None
):
    change = claims[i]
    named = relations._names_metric(change)
    # a metric the sentence names only after the change does not choose its level
    named_before = (
        sentence_start is None or relations._metric_named_from(metric_hits, change, sentence_start) is not None
    )
    named_from = relations._metric_named_from(metric_hits, change, claims[i - 1].end if i else 0) if named else None
    values = [
        j
        for j in relations._value_candidates(claims, indices, change)
        if claims[j].forecast == change.forecast and (j, change.kind, change.basis) not in taken
    ]
    values = relations._prefer(
        values, lambda j: named_before and relations._names_metric(change) and claims[j].metric == change.metric
    )
    values = relations._prefer(
        values,
        lambda j: bool(change.entities) and claims[j].entities == change.entities and "entities" not in change.guesses,
    )
    # a level before the name of the change's metric, naming none itself, is not of it
    values = [
        j
        for j in values
        if not (named_from is not None and claims[j].end <= named_from and not relations._names_metric(claims[j]))
    ]
    after = [j for j in values if claims[j].start >= change.end]
    between = (
        relations._PARENTHESIS.sub("", text[change.end : claims[after[0]].start], count=1).lstrip(")") if after else ""
    )
    if after and relations._ATTRIBUTIVE[lang].fullmatch(between):
        return after[0]
    before = [j for j in values if claims[j].end <= change.start]
    return before[-1] if before else None


def _plain_choose_metric(claim, mention, doc, lo, hi, lexicon):
    hits, text, lang = doc.metric_hits[lo:hi], doc.text, doc.language
    defs = lexicon.metrics
    percent_like = claim.kind in ("percent", "pp", "fraction") or claim.range_kind == "percent"
    if percent_like and claim.role == "share":
        rates = [h for h in hits if defs[h.metric].percent_only and h.end <= mention.start]
        if rates:
            return rates[-1]
    usable = [
        h
        for h in hits
        if (percent_like or not defs[h.metric].percent_only) and context._measures_fit(defs[h.metric].measures, claim)
    ]
    gap = context._PREDICATE_GAP[lang]
    right_after = [
        h for h in usable if mention.end <= h.start <= mention.end + 6 and gap.fullmatch(text[mention.end : h.start])
    ]
    before = [h for h in usable if h.end <= mention.start]
    after = [h for h in usable if h.start >= mention.end]
    if right_after and not percent_like:
        chosen = right_after[0]
    else:
        chosen = before[-1] if before else (after[0] if after else None)
    if chosen and defs[chosen.metric].generic:
        specific = [h for h in usable if not defs[h.metric].generic]
        chosen = specific[0] if specific else chosen
    return chosen


def _plain_set_metric(claim, hit, doc):
    claim.metric = hit.metric
    claim.scope = context._scope_before(doc, hit.start)


def _plain_parts_after(figures, position, text, lang):
    total = figures[position]
    following = [c for c in figures[position + 1 :] if c.unit == total.unit and c.role == "value"]
    if len(following) < 2:
        return None
    if totals._PARTS_FOLLOW[lang].match(text[total.end : following[0].start]) is None:
        return None
    new_total = totals._NEW_TOTAL[lang]
    if new_total.match(text, following[0].end):
        return None
    parts = [following[0]]
    for candidate in following[1:]:
        if totals._inside_parenthesis(text, total.end, candidate.start):
            continue
        if (
            candidate.part_of is not None
            or CLAUSE_END[lang].search(text, parts[-1].end, candidate.start)
            or new_total.match(text, candidate.end)
        ):
            break
        parts.append(candidate)
    total.open_list = True
    return parts


def _plain_counted_lists(claims, text, lang):
    facts = [c for c in claims if c.kind in ("money", "count") and c.role == "value" and not c.furniture]
    made = {c.part_of for c in claims if c.part_of}
    for total in facts:
        if total.part_of is not None or len(total.entities) > 1 or total.id in made:
            continue
        window = text[max(0, total.start - 60) : total.end]
        window = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]
        match = None
        for match in totals._COUNTED_TOTAL[lang].finditer(window):  # noqa: B007 — the last one
            pass
        if match is None:
            continue
        word = (match.group("n") or match.group("en")).lower()
        parts = totals._neighbours(facts, total, totals._counts(lang).get(word) or int(word), lang)
        if parts and all(p.part_of is None for p in parts):
            for part in parts:
                part.part_of = total.id
            total.guesses = sorted(set(total.guesses) | {"relation"})


def _linked(knowledge, text: str, language: str) -> str:
    doc = Document(path="t.txt", text=text, published=dt.date(2024, 8, 27), language=language)
    return link(extract(doc), knowledge.lexicon).model_dump_json()


def _both(knowledge, text: str, language: str) -> tuple[str, str]:
    fast = _linked(knowledge, text, language)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(relations, "_changed_value", _plain_changed_value)
        patch.setattr(context, "_choose_metric", _plain_choose_metric)
        patch.setattr(context, "_set_metric", _plain_set_metric)
        patch.setattr(totals, "_parts_after", _plain_parts_after)
        patch.setattr(totals, "_counted_lists", _plain_counted_lists)
        patch.setattr(shares, "_may_hold_a_share", lambda figures: True)
        patch.setattr(seat_tallies, "_may_be_a_row", lambda figures: True)
        plain = _linked(knowledge, text, language)
    return fast, plain


# ---------------------------------------------------------------- generated text (written for this test)

_KO = [
    "가나전자",
    "다라물산",
    "삼성전자",
    "회사",
    "의 ",
    "는 ",
    "은 ",
    "이 ",
    "가 ",
    "를 ",
    "으로 ",
    "로 ",
    "에서 ",
    "보다 ",
    "매출",
    "영업이익",
    "순이익",
    "투자",
    "시장 점유율",
    "점유율",
    "수출",
    "반도체 부문",
    "사업 ",
    "올해 ",
    "지난해 ",
    "전년 동기 ",
    "전년 대비 ",
    "직전 분기 ",
    "2분기 ",
    "상반기 ",
    "1~3분기 ",
    "120억원",
    "3천245억원",
    "100억원",
    "5조원",
    "(9조원)",
    "(4억원)",
    "약 80억원",
    "57억 원",
    "20%",
    "12%",
    "3.5%p",
    "2배",
    "▲500",
    "40%",
    "15만 명",
    "늘었다",
    "증가했다",
    "증가한 ",
    "감소한 ",
    "줄었다",
    "늘어난 ",
    "기록했다",
    "예상된다",
    "전망치 ",
    "최대 ",
    "총 ",
    "모두 ",
    "합계 ",
    "세 회사",
    "두 부문의 ",
    "세 곳 ",
    "이 중 ",
    "각각 ",
    "·",
    ", ",
    ". ",
    "\n",
    "(",
    ")",
    " ",
    "△",
]
_EN = [
    "Acme",
    "Borealis Corp",
    "Samsung Electronics",
    "'s ",
    " ",
    "revenue",
    "operating profit",
    "net income",
    "sales",
    "market share",
    "exports",
    "the chip division's ",
    "rose ",
    "fell ",
    "up ",
    "down ",
    "to ",
    "from ",
    "by ",
    "at ",
    "a year earlier",
    "in the second quarter",
    "last year",
    "$3bn",
    "$2.5bn",
    "$120m",
    "RMB87.8bn",
    "12%",
    "20 per cent",
    "1.5 percentage points",
    "three times",
    "about $4bn",
    "1,200 units",
    "totalled ",
    "including ",
    "of which ",
    "the three companies ",
    "combined ",
    "two divisions ",
    "analysts had expected ",
    "the highest ",
    ", ",
    ". ",
    "; ",
    "\n",
    "(",
    ")",
]


def _text(pieces: list[str]):
    return st.lists(st.sampled_from(pieces), min_size=1, max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(_text(_KO).map(lambda t: (t, "ko")), _text(_EN).map(lambda t: (t, "en"))))
def test_fast_links_are_the_plain_ones(knowledge, case):
    text, language = case
    fast, plain = _both(knowledge, text, language)
    assert fast == plain, text


def test_fast_links_on_dense_lines(knowledge):
    # Hundreds of figures in one sentence, each change of the value before it; and a seeded random
    # shuffle of the pieces, so that sentences hold mixed kinds, metrics and priors.
    rng = random.Random(7)
    for pieces, language in ((_KO, "ko"), (_EN, "en")):
        for _ in range(3):
            text = "".join(rng.choice(pieces) for _ in range(600))
            fast, plain = _both(knowledge, text, language)
            assert fast == plain, text[:200]
    dense = "매출은3천245억원으로12%늘었다" * 300
    assert _both(knowledge, dense, "ko")[0] == _both(knowledge, dense, "ko")[1]


def test_fast_links_on_the_seed_articles(knowledge):
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        fast, plain = _both(knowledge, path.read_text(encoding="utf-8"), "ko")
        assert fast == plain, path.name


def _claim(index: int, start: int, kind_text: str, value: float, role: str, metric: str | None = None) -> Claim:
    kind, unit = ("percent", "percent") if kind_text == "%" else ("money", "KRW")
    quantity = Quantity(kind=kind, value=value, low=value, high=value, unit=unit)
    return Claim(
        id=f"t#{index}",
        path="t",
        start=start,
        end=start + 4,
        line=1,
        column=start + 1,
        text="x" * 4,
        quantity=quantity,
        role=role,
        metric=metric,
    )


def test_candidates_out_of_text_order_are_read_by_scanning():
    # Claims are in text order in every article; a list that is not (built by hand) still gets the
    # plain answer: bisection is used only on sorted starts.
    text = " " * 200
    claims = [
        _claim(0, 10, "원", 5, "value", "revenue"),
        _claim(1, 30, "원", 6, "value", "profit"),
        _claim(2, 50, "%", 12, "change", "revenue"),
        _claim(3, 70, "원", 7, "value", "revenue"),
        _claim(4, 90, "%", 3, "change", "profit"),
    ]
    for order in ([0, 1, 2, 3, 4], [3, 0, 4, 1, 2], [4, 3, 2, 1, 0]):
        for change in (2, 4):
            pools: dict = {}
            got = relations._changed_value(claims, order, change, text, "ko", set(), pools)
            assert got == _plain_changed_value(claims, order, change, text, "ko"), (order, change)
            # the pooled candidates serve the next change of the sentence as well
            again = relations._changed_value(claims, order, change, text, "ko", set(), pools)
            assert again == got
    assert relations._changed_value(claims, [0, 1, 2, 3, 4], 2, text, "ko") == 0  # the revenue before it
    assert relations._changed_value(claims, [0, 1, 2, 3, 4], 4, text, "ko") == 1  # the profit before it
    # with the revenue before it taken, the revenue after it is not attributive: no other metric's value instead
    assert relations._changed_value(claims, [0, 1, 2, 3, 4], 2, text, "ko", {(0, "percent", None)}) is None


def test_fast_links_on_seat_rows_and_shares(knowledge):
    # Sentences of one figure, of amounts only, and of shares, where the cheap first tests skip or read them.
    cases = [
        (
            "지역구에서는 가나당 40석, 다라당 30석, 마바당 2석을 얻었다. 비례대표는 가나당 10석, 다라당 8석, "
            "마바당 3석이다. 지역구와 비례대표를 합치면 가나당 50석, 다라당 38석, 마바당 5석이다. "
            "가나당은 지역구에서 71석을 얻었다. 가나당의 득표율은 41%, 다라당은 33%였다.",
            "ko",
        ),
        (
            "가나전자 매출은 5조원이다. 반도체 부문이 3조원으로 60%를 차지했고 가전 부문은 2조원으로 40%였다. "
            "점유율은 가나전자(41%), 다라물산(28%), 마바전자(15%) 순이다.",
            "ko",
        ),
        (
            "Acme sold 1.24m phones. Its chip division made $3bn, or 60% of revenue, and the rest made $2bn. "
            "Market share stood at 41%, followed by Borealis (28%) and Gamma (15%).",
            "en",
        ),
    ]
    for text, language in cases:
        fast, plain = _both(knowledge, text, language)
        assert fast == plain, text


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Ferry fares up 6%\nThe operator raised fares.", True),
        ("The operator raised fares by 6%.\nMore follows.", False),
        ("One line with no break", False),
        ("\nA text opening with a blank line.", False),
        ("Fares up 6%  \n body", True),
    ],
)
def test_a_headline_is_a_first_line_no_sentence_end_closes(text, headline):
    # (answered once per article and kept: many link rules ask it per figure)
    from checker.link.per_unit_apart import opens_with_headline

    assert opens_with_headline(text) is headline
    assert opens_with_headline(text) is headline
