"""Sentence-level marks: forecasts (which figures they govern) and superlatives (what they rank)."""
from __future__ import annotations

import re

from checker.link.view import ArticleView
from checker.models import Claim, Mention

# A forecast verb governs its sentence (`… 10조원으로 예상한다`); a forecast noun or participle
# marks only the figure beside it (`시장 예상치(77조원)`, `the $28.7bn analysts had expected`).
_FORECAST = re.compile(
    r"예측(?:했|한다|된다|됐)|전망(?:했|한다|이다|된다|됐)|계획이다|예정이다|목표(?:다|이다|로 하)|예상(?:했|한다|된다"
    r"|됐|하고)|추정(?:했|한다|된다|됐)"
    r"|관측(?:했|된다)|내다봤|것으로 보인|할 것|될 것|expects?\b|expected\s+to|forecasts?\s|forecast\s+(?:that|to)"
    r"|projected\s+to|projects\b"
    r"|plans?\s+to|will\b|would\b|is\s+set\s+to|aims?\s+to",
    re.I,
)
_FORECAST_NOUN = re.compile(
    r"예상치|전망치|추정치|목표치|컨센서스|시장\s?예상|예상|전망|목표|계획|estimates?\b|consensus|forecast\b|target\b|guidance|outlook|expected\b|projected\b",
    re.I,
)
_SUPERLATIVE = re.compile(
    r"(?P<max>가장\s?(?:많|크|높|컸|큰|활발|공격)|최대\s?(?:규모|폭)|the (?:largest|biggest|highest|most)\b)"
    r"|(?P<min>가장\s?(?:적|작|낮|억제|보수|덜)|최소\s?(?:규모|폭)|the (?:smallest|lowest|least|fewest)\b)",
    re.I,
)


def sentence_marks(doc: ArticleView, sentence: int, s_start: int, s_end: int) -> tuple[bool, re.Match | None, bool]:
    """(is a forecast, the superlative that ranks a claim, names a forecast): read once per sentence."""
    marks = doc.marks.get(sentence)
    if marks is None:
        text = doc.text[s_start:s_end]
        marks = doc.marks[sentence] = (bool(_FORECAST.search(text)), _SUPERLATIVE.search(doc.text, s_start, s_end),
                                       bool(_FORECAST_NOUN.search(text)))
    return marks


def beside_forecast_noun(text: str, mention: Mention, s_start: int, s_end: int) -> bool:
    """`예상치(77조원)`, `전망치인 10조원`, `$28.7bn analysts had expected`, `a target of 8%`."""
    before = text[max(s_start, mention.start - 24):mention.start]
    after = text[mention.end:min(s_end, mention.end + 24)]
    if re.search(r"(?:예상치|전망치|추정치|목표치|컨센서스|목표|estimates?|consensus|forecasts?|targets?|guidance)"
                 r"\s?(?:\(|인|은|는|of|at|:)?\s*(?:약|about)?\s*$", before, re.I):
        return True
    wider = text[max(s_start, mention.start - 48):mention.start]
    if re.search(r"\b(?:had\s+)?(?:expected|estimated|forecast|projected|predicted)\s+(?:\w+\s+){0,4}"
                 r"(?:of|at|to\s+be)\s+(?:about\s+|around\s+)?$", wider, re.I):
        return True  # `Analysts had expected operating profit of $575m`
    return bool(re.match(r"\s*(?:\w+\s+){0,2}(?:had\s+)?(?:expected|forecast|estimated|projected)\b"
                         r"|\s?(?:로|으로)?\s?(?:예상|전망|추정)", after, re.I))


_CHANGE_NOUN_BEFORE = re.compile(r"(?:증가율|증가폭|상승률|상승폭|성장률|감소율|감소폭|하락률|growth|increase"
                                 r"|rise)\S{0,2}\s*$", re.I)
_CHANGE_NOUN = re.compile(r"\s?(?:jump|increase|rise|gain|growth|surge|drop|decline|fall|증가|상승|성장|증가율|증가폭"
                          r"|감소)", re.I)


def ranked(claim: Claim, superlative: re.Match, doc: ArticleView, s_start: int) -> str | None:
    """`Mizuho posted the biggest jump`: the superlative ranks its subject's claims only,
    and only its change when it ranks a change (jump, 증가폭)."""
    ranks_change = (_CHANGE_NOUN.match(doc.text, superlative.end())
                    or _CHANGE_NOUN_BEFORE.search(doc.text, max(s_start, superlative.start() - 8), superlative.start()))
    if ranks_change and claim.role != "change":
        return None  # `증가율이 가장 낮았다`, `the biggest jump`: a rate of change is ranked, not a level
    subjects = [h for h in doc.entities.before(s_start, superlative.start()) if h.kind != "country"]
    if subjects and list(subjects[-1].ids) != claim.entities:
        return None
    return superlative.lastgroup
