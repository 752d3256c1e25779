"""Whether a figure is labelled an aim by a noun beside it (`its £6,000 target`, `a target of 900`, `올해 목표 4천
명`, `목표(4,200건)`, `2만 톤 목표에`), not only forecast by its sentence's verb (`will send 19,000 jars`, `거둘 것으로
내다봤다`). An aim is no level a past figure is compared with, nor a whole that was split; a forecast outcome may be
both. Words are data (`[link.forecast_nouns]`, `[link.forecast_labels_after]`)."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_TARGET_BEFORE = ByLanguage(lambda w: rf"(?:{w.forecast_nouns})[\s(]*(?:\S+\s)?(?:of\s)?$", re.I, first_tested=False)
_TARGET_AFTER = ByLanguage(lambda w: rf"\s?(?:[^\W\d_]+\s)?(?:{w.forecast_labels_after})", re.I, first_tested=False)
_TARGET_REACH = 12  # characters before a figure where its target's noun stands


def named_a_target(figure: Claim, text: str, lang: str) -> bool:
    return bool(
        _TARGET_BEFORE[lang].search(text, max(0, figure.start - _TARGET_REACH), figure.start)
        or _TARGET_AFTER[lang].match(text, figure.end)
    )
