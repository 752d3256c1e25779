"""A claim's written number and lexicon ids in words, read with the link stage's language data.

`stated(claim, lang)` writes a number as it was written (its own value and precision, its qualifier
in words: `약 12.5%`, `about $1.35bn`); `metric_word`, `entity_word` write lexicon ids as words (the
first alias in the language's script, rules/lexicon/*.toml). Numbers, periods and particles alone are
in checker/wording.py, below the stages.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from checker.folders import builtin_rules_dir, lexicon_dirs
from checker.link import vocabulary
from checker.link.lexicon import Lexicon
from checker.regex_cache import compile_exact
from checker.wording import about_word, amount

_APPROX = compile_exact(rf"^(?:{vocabulary.APPROX_BEFORE})\s*(?=[\d$€£¥₹])", re.I)
_HANGUL = compile_exact(vocabulary.SCRIPT_LETTERS["ko"])  # a Korean counter is written against its number
_LONG_STYLE = compile_exact(rf"\d\s*(?:{vocabulary.LONG_SCALE_WORDS})\b", re.I)


def _precision(value: float, step: float) -> float:
    """A value at the precision it was written with (its rounding step)."""
    if step > 0 and math.isfinite(value):
        rounded = round(value / step) * step
        return round(rounded, max(0, 12 - int(math.floor(math.log10(abs(rounded) or 1)))))
    return value


_BOUNDS = {
    "atleast": ("at least {}", "{} 이상"),
    "atmost": ("at most {}", "{} 이하"),
    "over": ("over {}", "{} 초과"),
    "under": ("under {}", "{} 미만"),
    "nearly": ("nearly {}", "{} 가까이"),
    "여": ("over {}", "{}여"),
}


def stated(claim, lang: str = "en", words: str | None = None) -> str:
    """A written number as it was written: its own value and precision, with its qualifier in
    words (`약 12.5%`, `about $1.35bn`, `640억 위안 이상`)."""
    words = words or lang
    value = _precision(claim.value, getattr(claim, "step", 0.0) or 0.0)
    text = amount(
        value,
        claim.unit,
        lang,
        digits=None if value else 4,
        long=long_style(claim.text),
        step=getattr(claim, "step", 0.0) or 0.0,
    )
    counter = getattr(claim, "counter", None) if claim.unit == "count" else None
    if counter:  # what is counted, as written: `26만 9100명`, `2,417.63 points`
        text += counter if _HANGUL.match(counter) else f" {counter}"
    qualifier = claim.qualifier or ""
    if qualifier == "approx" or (not qualifier and _APPROX.match(claim.text.strip())):
        return about_word(words) + text
    if qualifier in _BOUNDS:
        return _BOUNDS[qualifier][1 if words == "ko" else 0].format(text)
    return text


def long_style(text: str) -> bool:
    """English copy that spells out its scale words (`10.4 trillion won`)."""
    return bool(_LONG_STYLE.search(text or ""))


# ---------------------------------------------------------------- words for ids


@lru_cache(maxsize=4)
def _bundled_lexicon():
    return Lexicon.load(lexicon_dirs([builtin_rules_dir()]))


_lexicon = None


def use_lexicon(lexicon) -> None:
    """The run's lexicon (with the user's own folders): its first aliases name ids in messages."""
    global _lexicon
    _lexicon = lexicon


def _aliases(kind: str, key: str) -> list[str]:
    for lexicon in (_lexicon, None):
        try:
            lexicon = lexicon or _bundled_lexicon()
        except Exception:  # noqa: BLE001 — a message falls back to the id, never fails
            return []
        table = lexicon.metrics if kind == "metric" else lexicon.entities
        found = table.get(key)
        if found is not None:
            return list(found.aliases)
    return []


# The letters of each language's own words (`[link.script_letters]`): an alias written in them is that
# language's word; a language with none of its own (English) names things in ASCII.
_SCRIPTS = {language: compile_exact(letters) for language, letters in vocabulary.SCRIPT_LETTERS.items()}


def _in_script(alias: str, lang: str) -> bool:
    letters = _SCRIPTS.get(lang)
    return bool(letters.search(alias)) if letters is not None else alias.isascii()


def _word(kind: str, key: str | None, lang: str) -> str:
    if not key:
        return ""
    aliases = _aliases(kind, key)
    for alias in aliases:
        if _in_script(alias, lang):
            return alias
    if aliases:
        return aliases[0]
    return key.replace("_", " ") if lang != "ko" else key


def metric_word(metric: str | None, lang: str) -> str:
    """`operating_profit` → `영업이익` / `operating profit` (the first alias in the language's script)."""
    return _word("metric", metric, lang)


def entity_word(entity: str | None, lang: str) -> str:
    """`samsung_electronics` → `삼성전자` / `Samsung Electronics`."""
    return _word("entity", entity, lang)


def entities_word(entities, lang: str) -> str:
    return ("·" if lang == "ko" else "/").join(entity_word(e, lang) for e in entities)
