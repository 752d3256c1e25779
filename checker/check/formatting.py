"""The check stage's message assembly: caret labels and malformed-number reasons in Korean words.

The wording the kinds' messages are built from lives below: numbers, amounts, intervals, rates,
periods and Korean particles in checker/wording.py (shared with the report, the ledger and the
language server), a claim's written number and lexicon ids in checker/link/words.py. They are
re-exported here so a kind words a message through one module (`fmt.amount`, `fmt.stated`).
"""

from __future__ import annotations

from checker.extract.lang import month_name
from checker.link.words import entities_word, entity_word, long_style, metric_word, stated, use_lexicon
from checker.regex_cache import compile_exact
from checker.wording import (
    WORDING,
    Wording,
    about,
    about_word,
    amount,
    date_range,
    interval,
    josa,
    notation,
    number,
    period,
    plain,
    rate,
    rate_interval,
    rate_price,
    shortest,
    signed_percent,
    with_josa,
)

__all__ = [
    "WORDING",
    "Wording",
    "about",
    "about_word",
    "amount",
    "date_range",
    "entities_word",
    "entity_word",
    "interval",
    "josa",
    "korean_reason",
    "label",
    "long_style",
    "metric_word",
    "notation",
    "number",
    "period",
    "plain",
    "rate",
    "rate_interval",
    "rate_price",
    "shortest",
    "signed_percent",
    "stated",
    "use_lexicon",
    "with_josa",
]


# Labels under the carets of a report, as kinds write them in English, in Korean words.
_LABELS_KO = {
    "value": "값",
    "prior value": "비교 대상 값",
    "growth rate": "증가율",
    "compared with": "비교 대상",
    "the same change as a multiple": "같은 변화(배수)",
    "rate": "비율",
    "earlier rate": "이전 비율",
    "the whole": "전체",
    "larger than its whole": "전체보다 큼",
    "dividend cover": "배당 커버",
    "share": "비중",
    "converted amount": "환산 대상 금액",
    "total": "합계",
    "agrees with the repair": "수정안과 일치",
    "here": "여기",
    "also involved": "관련 기사",
}
_PREFIXES_KO = (
    ("the rate implies ", "증가율로 계산하면 "),
    ("the difference is ", "차이 "),
    ("implies ", "계산하면 "),
    ("ratio is ", "비율 "),
    ("the parts give ", "계산하면 "),
    ("parts add up to ", "부분의 합 "),
    ("the parts imply ", "부분으로 계산하면 "),
    ("shares add up to ", "비중의 합 "),
    ("states ", ""),
    ("restates ", "다시 쓴 비중 "),
    ("points: ", "%p로 "),
    ("written ", "표기 "),
)


def label(text: str | None, lang: str) -> str | None:
    """A caret label in the message's language (`prior value` → `비교 대상 값`)."""
    if not text or lang != "ko":
        return text
    if text in _LABELS_KO:
        return _LABELS_KO[text]
    for english, korean in _PREFIXES_KO:
        if text.startswith(english):
            rest = text[len(english) :].replace("; relative: ", ", 상대 변화 ").replace(" here", "")
            return korean + rest
    return text


# The extractor's reasons for a malformed number (checker/extract/numerals.py), in Korean words for `--lang ko`.
_REASONS_KO = (
    (compile_exact(r"^two (\S+) groups in one number$"), "한 수에 {0} 단위가 두 번 나옵니다"),
    (compile_exact(r"^(\S+) after (\S+): units out of order$"), "{0} 단위가 {1} 단위 뒤에 와 순서가 맞지 않습니다"),
    (
        compile_exact(r"^(\S+) right after (\S+): the (\S+) group is missing$"),
        "{1} 바로 뒤에 {0}: {2} 자리가 빠졌습니다",
    ),
    (
        compile_exact(r"^(\S+) after (\S+): more than a myriad group holds$"),
        "{1} 뒤의 {0}: 한 자리 묶음(만)보다 큽니다",
    ),
    (compile_exact(r"^digit groups (.+)$"), "자릿수 묶음이 맞지 않습니다: {0}"),
    (compile_exact(r"^bad decimal in (.+)$"), "소수점이 맞지 않습니다: {0}"),
    (compile_exact(r"^cannot read (.+)$"), "읽을 수 없습니다: {0}"),
    (compile_exact(r"^there is no month (\d+)$"), "{0}월은 없습니다"),
    (compile_exact(r"^there is no day 0$"), "0일은 없습니다"),
    (compile_exact(r"^(\w+) (\d{4}) has only (\d+) days$"), "{1}년 {0}월은 {2}일까지입니다"),
    (compile_exact(r"^(\w+) has only (\d+) days$"), "{0}월은 {1}일까지입니다"),
)
_MONTH_NUMBERS = {month_name(number): str(number) for number in range(1, 13)}  # the extractor's English names


def korean_reason(reason: str) -> str:
    """A malformed number's reason in Korean (the reason is the extractor's English words, not article text)."""
    for pattern, words in _REASONS_KO:
        match = pattern.match(reason)
        if match:
            # (a month's English name, as the extractor writes it, becomes its number)
            return words.format(*(_MONTH_NUMBERS.get(group, group) for group in match.groups()))
    return "형식이 맞지 않습니다"
