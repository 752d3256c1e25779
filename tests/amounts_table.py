"""Amounts as newsrooms write them, in Korean and English: sentences written for this table.

Each row: (sentence, the span read, unit, value in base units, (low, high) or None). The table is
scored by `benchmarks/amounts_table.py` and held in full by `tests/test_amounts_table.py`.
"""

from __future__ import annotations

import math

INTERVALS_KO = [
    # myriad groups with 천/백/십 inside
    ("지난해 매출은 337조3천245억원이었다.", "337조3천245억원", "KRW", 3.373245e14, (3.3732445e14, 3.3732455e14)),
    ("시장 규모는 3천200억 달러에 이른다.", "3천200억 달러", "USD", 3.2e11, (3.15e11, 3.25e11)),
    ("수출액은 1천152억 위안으로 늘었다.", "1천152억 위안", "CNY", 1.152e11, (1.1515e11, 1.1525e11)),
    ("영업이익은 9천316억원을 기록했다.", "9천316억원", "KRW", 9.316e11, (9.3155e11, 9.3165e11)),
    ("투자금은 2천300억원이다.", "2천300억원", "KRW", 2.3e11, (2.25e11, 2.35e11)),
    ("예산은 3천억원이다.", "3천억원", "KRW", 3e11, (2.5e11, 3.5e11)),
    ("적자는 4조5천억원으로 불었다.", "4조5천억원", "KRW", 4.5e12, (4.45e12, 4.55e12)),
    ("계약금은 5천만 원이었다.", "5천만 원", "KRW", 5e7, (4.5e7, 5.5e7)),
    ("보조금 2백억 원을 받았다.", "2백억 원", "KRW", 2e10, (1.5e10, 2.5e10)),
    # bare 천/백
    ("그는 천 4백만 달러를 벌었다.", "천 4백만 달러", "USD", 1.4e7, (1.35e7, 1.45e7)),
    ("총자산은 129조 천억 위안이다.", "129조 천억 위안", "CNY", 1.291e14, (1.2905e14, 1.2915e14)),
    ("기부금은 천만 원이었다.", "천만 원", "KRW", 1e7, (5e6, 1.5e7)),
    # spaced groups
    ("회사는 7천 5백만 달러를 조달했다.", "7천 5백만 달러", "USD", 7.5e7, (7.45e7, 7.55e7)),
    ("인수가는 1억 2천 5백만 달러다.", "1억 2천 5백만 달러", "USD", 1.25e8, (1.245e8, 1.255e8)),
    ("이적료는 8백 10만 파운드였다.", "8백 10만 파운드", "GBP", 8.1e6, (8.05e6, 8.15e6)),
    ("관중 3만 5천 명이 모였다.", "3만 5천 명", "count", 3.5e4, (3.45e4, 3.55e4)),
    # commas inside groups, decimals on a unit
    ("가계 빚은 2,412조 8,890억 원이다.", "2,412조 8,890억 원", "KRW", 2.412889e15, (2.4128885e15, 2.4128895e15)),
    ("자본금은 1.5조 원이다.", "1.5조 원", "KRW", 1.5e12, (1.45e12, 1.55e12)),
    ("손실은 6.5억 달러였다.", "6.5억 달러", "USD", 6.5e8, (6.45e8, 6.55e8)),
    # forms that already worked
    ("상반기 설비투자는 500억 위안이었다.", "500억 위안", "CNY", 5e10, (4.95e10, 5.05e10)),
    ("순이익은 9조 2946억원이다.", "9조 2946억원", "KRW", 9.2946e12, (9.29455e12, 9.29465e12)),
    ("이 가운데 1조 621억원이 남았다.", "1조 621억원", "KRW", 1.0621e12, (1.06205e12, 1.06215e12)),
    ("가격은 $14만이다.", "$14만", "USD", 1.4e5, None),
    ("연봉은 1만2000달러다.", "1만2000달러", "USD", 1.2e4, (1.15e4, 1.25e4)),
    ("총 12억 달러를 빌렸다.", "12억 달러", "USD", 1.2e9, None),
    ("엔화로 100억 엔을 냈다.", "100억 엔", "JPY", 1e10, None),
    ("약 4조 2869억원이다.", "약 4조 2869억원", "KRW", 4.2869e12, None),
    ("점유율은 42%다.", "42%", "percent", 42.0, (41.5, 42.5)),
    ("금리가 0.25%포인트 올랐다.", "0.25%포인트", "pp", 0.25, None),
    ("서버 300여대를 들였다.", "300여대", "count", 300, (300, 400)),
    ("직원 1,200명이 일한다.", "1,200명", "count", 1200, None),
]

INTERVALS_EN = [
    ("China's retail arm booked RMB87.8bn in the quarter.", "RMB87.8bn", "CNY", 8.78e10, (8.775e10, 8.785e10)),
    ("It raised CN¥5bn from investors.", "CN¥5bn", "CNY", 5e9, None),
    ("The deal is worth US$1.2 billion.", "US$1.2 billion", "USD", 1.2e9, None),
    ("The developer owes HK$3.5bn.", "HK$3.5bn", "HKD", 3.5e9, None),
    ("The chipmaker spent NT$120 million on the plant.", "NT$120 million", "TWD", 1.2e8, None),
    ("The port cost S$400m to build.", "S$400m", "SGD", 4e8, None),
    ("The miner paid A$2.1bn for the stake.", "A$2.1bn", "AUD", 2.1e9, None),
    ("Ottawa pledged C$750 million.", "C$750 million", "CAD", 7.5e8, None),
    ("Wellington set aside NZ$300m.", "NZ$300m", "NZD", 3e8, None),
    ("The bank lent R$9bn to farmers.", "R$9bn", "BRL", 9e9, None),
    ("The group will invest Rs 1,200 crore in the state.", "Rs 1,200 crore", "INR", 1.2e10, (1.15e10, 1.25e10)),
    ("The startup raised ₹500 crore.", "₹500 crore", "INR", 5e9, None),
    # `₹` set as a Latin letter by an Indian paper's print font, before lakh or crore
    ("Outlay is pegged at H31.6 lakh crore.", "H31.6 lakh crore", "INR", 3.16e13, (3.155e13, 3.165e13)),
    ("The state was given J740 crore.", "J740 crore", "INR", 7.4e9, None),
    ("He bought the flat for Rs 45 lakh.", "Rs 45 lakh", "INR", 4.5e6, None),
    ("The brewer sold the unit for £3.4bn.", "£3.4bn", "GBP", 3.4e9, None),
    ("The fund holds €2.5 billion.", "€2.5 billion", "EUR", 2.5e9, None),
    ("The insurer paid out €40m.", "€40m", "EUR", 4e7, None),
    ("Seoul will spend ₩1.2tn on chips.", "₩1.2tn", "KRW", 1.2e12, None),
    ("Operating profit reached KRW 45.02tr.", "KRW 45.02tr", "KRW", 4.502e13, (4.5015e13, 4.5025e13)),
    ("Exports came to 253.8 billion Chinese yuan.", "253.8 billion Chinese yuan", "CNY", 2.538e11, None),
    ("The bank injected 5 billion renminbi.", "5 billion renminbi", "CNY", 5e9, None),
    ("The carmaker will invest 7 trillion won.", "7 trillion won", "KRW", 7e12, None),
    ("The retailer lost 400 million euros.", "400 million euros", "EUR", 4e8, None),
    ("The club paid 2 billion pounds.", "2 billion pounds", "GBP", 2e9, None),
    ("The state spent 50 billion rupees.", "50 billion rupees", "INR", 5e10, None),
    ("The tickets cost 3,200 yen.", "3,200 yen", "JPY", 3200, None),
    ("Toyota's net profit rose to ¥1.3tn.", "¥1.3tn", "JPY", 1.3e12, None),
    ("Alibaba, the Chinese group, reported revenue of ¥236.5bn.", "¥236.5bn", "CNY", 2.365e11, None),
    ("The bank raised EUR 300 million.", "EUR 300 million", "EUR", 3e8, None),
    ("It issued USD 1.5bn of bonds.", "USD 1.5bn", "USD", 1.5e9, None),
    ("The plan costs JPY 200 billion.", "JPY 200 billion", "JPY", 2e11, None),
    ("The refinery will cost INR 3,000 crore.", "INR 3,000 crore", "INR", 3e10, None),
    ("The group paid 1.5 billion USD.", "1.5 billion USD", "USD", 1.5e9, None),
    ("Market value topped $2.3 trillion.", "topped $2.3 trillion", "USD", 2.3e12, (2.3e12, math.inf)),  # a mark passed
    ("Sales rose 12 per cent.", "12 per cent", "percent", 12.0, None),
    ("Margins rose to 3.5pc.", "3.5pc", "percent", 3.5, None),
    ("Sales rose 8 percent.", "8 percent", "percent", 8.0, None),
    ("The rate rose 2 percentage points.", "2 percentage points", "pp", 2.0, None),
    ("The bank cut rates by 25 bps.", "25 bps", "pp", 0.25, (0.245, 0.255)),
    ("The margin narrowed 1.5pp.", "1.5pp", "pp", 1.5, None),
    ("A third of staff left.", "A third", "fraction", 1 / 3, None),
    ("Two-thirds of sales are abroad.", "Two-thirds", "fraction", 2 / 3, None),
    ("Half of the firms agreed.", "Half", "fraction", 0.5, None),
    ("One in five workers is temporary.", "One in five", "fraction", 0.2, None),
    ("Profit grew three times.", "three times", "multiple", 3.0, None),
    ("Profit tripled.", "tripled", "multiple", 3.0, None),
    ("Profit halved.", "halved", "multiple", 0.5, None),
]

TABLE = INTERVALS_KO + INTERVALS_EN
