"""Speed without a change of results (thirty-seventh session, issue 12): readings skipped for a whole article when the
text can match none of the words they start from (`may_match`: a character every match needs is absent), a per-unit
reading's grains read once per figure, a tiling of periods stopped at its first tile of no figure.

A gate is sound when the reading it skips would have done nothing: the claims are the same with every gate tested
(`regex_needs.LONG` set to 0, so that even a short text is looked at) and with none (every text taken as short).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import document

from checker import regex_needs
from checker.link import partners
from checker.pipeline import analyze_document

_KO = [
    # per-unit marks, averages and partners
    "은하군 조합원 300명이 감자 900톤을 팔아 45억원을 벌었다. 조합원 한 명당 1500만원꼴이다.\n",
    "별빛시의 버스 40대가 하루 2만명을 태운다. 한 대당 하루 500명꼴이다.\n",
    # a whole, then what it is made of; a list after a total
    "다리 공사비는 총 90억원이며 국비 50억원, 도비 30억원, 군비 10억원으로 마련한다.\n",
    "올해 방문객은 모두 1만2천명이다. 내국인이 9천명, 외국인이 3천명이었다.\n",
    # deficits, remainders, moves, gaps
    "무역수지는 3억달러 적자로 돌아섰다. 지난해에는 2억달러 흑자였다.\n",
    "예산 80억원 가운데 60억원을 쓰고 20억원이 남았다.\n",
    "정원은 120명에서 20명 줄어든 100명이 됐다.\n",
    # changes, priors, shares, periods
    "구름전자의 2025년 상반기 매출은 240억원으로 전년 동기 200억원보다 20% 늘었다.\n",
    "수출은 60억원으로 전체의 25%를 차지했다. 1분기 110억원, 2분기 130억원이었다.\n",
    "연봉 3억원씩 4년 12억원에 계약했다. 한 달에 2500만원꼴이다.\n",
]
_EN = [
    "The Marlow co-op's 300 growers sold 900 tonnes for $4.5m, an average of $15,000 a grower.\n",
    "Its 40 buses carry 20,000 riders a day, or 500 a bus.\n",
    "The bridge cost $90m in all: $50m from the state, $30m from the county and $10m from the town.\n",
    "Visitors totalled 12,000: 9,000 came from abroad and 3,000 from the region.\n",
    "The trade balance swung to a deficit of $3bn from a surplus of $2bn.\n",
    "Of its $80m budget it spent $60m, leaving $20m unspent.\n",
    "Staff numbers were cut by 20 to 100 from 120.\n",
    "Revenue at Brightfield rose 20% to $240m in the first half from $200m a year earlier.\n",
    "Exports of $60m made up 25% of the total. First-quarter sales were $110m and second-quarter sales $130m.\n",
    "He signed for $3m a year over four years, $12m in all, or $250,000 a month.\n",
]
_LONE_KO = "구름전자의 2025년 상반기 매출은 240억원으로 전년 동기 200억원보다 20% 늘었다.\n"


def _claims(knowledge, text: str, language: str) -> str:
    return analyze_document(document(text, language=language), knowledge.lexicon).model_dump_json()


def _both_ways(knowledge, monkeypatch, text: str, language: str) -> tuple[str, str]:
    monkeypatch.setattr(regex_needs, "LONG", 0)  # (every text looked at: every gate tested)
    gated = _claims(knowledge, text, language)
    monkeypatch.setattr(regex_needs, "LONG", 1 << 62)  # (every text short: no gate, every reading run)
    return gated, _claims(knowledge, text, language)


@pytest.mark.parametrize("language,sentences", [("ko", _KO), ("en", _EN)])
def test_each_sentence_alone_the_same_with_the_gates_tested(knowledge, monkeypatch, language, sentences):
    for sentence in sentences:
        gated, ungated = _both_ways(knowledge, monkeypatch, sentence, language)
        assert gated == ungated, sentence


@pytest.mark.parametrize("language,sentences", [("ko", _KO), ("en", _EN)])
def test_an_article_of_them_the_same_with_the_gates_tested(knowledge, monkeypatch, language, sentences):
    text = "\n".join(sentences)
    gated, ungated = _both_ways(knowledge, monkeypatch, text, language)
    assert gated == ungated


def test_the_seed_articles_the_same_with_the_gates_tested(knowledge, monkeypatch):
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        language = "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in text) else "en"
        gated, ungated = _both_ways(knowledge, monkeypatch, text, language)
        assert gated == ungated, path.name


def test_a_long_line_of_one_sentence_the_same_with_the_gates_tested(knowledge, monkeypatch):
    text = _LONE_KO * (regex_needs.LONG // len(_LONE_KO) + 1)  # (a long article: the gates work at their own size)
    monkeypatch.setattr(regex_needs, "LONG", 1 << 62)
    ungated = _claims(knowledge, text, "ko")
    monkeypatch.undo()
    assert _claims(knowledge, text, "ko") == ungated


def test_no_per_unit_mark_told_only_where_none_can_be_read():
    """`partners._may_mark` refuses a text only when `_mark` would find no mark in it."""
    plain = _LONE_KO * (regex_needs.LONG // len(_LONE_KO) + 1)
    assert not partners._may_mark(plain, "ko")
    assert partners._may_mark(plain + "조합원 한 명당 1500만원꼴이다.", "ko")
    english = "Revenue rose 20% to $240m. " * (regex_needs.LONG // 27 + 1)
    assert partners._may_mark(english + "an average of $15,000 a grower", "en")
