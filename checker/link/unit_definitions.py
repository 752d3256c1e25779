"""A parenthesis that defines a unit: `(1TEU는 20피트 컨테이너 1개)`, `(1 TEU = one 20-foot container)`, `(1평은
약 3.3㎡)`.

A writer explains an unfamiliar unit in a parenthesis that opens with one of it and a mark of definition
(`는`, `=`, `is`). Its figures are a unit's definition, not figures of the article: they are no part, whole,
prior or restatement of any figure, and are marked as furniture, which the linker relates to nothing. A
parenthesis opening with another figure (`(1천200억원)`, `(1.5%)`) or with one of a unit and no mark (`(1개
사업장)`) is no definition. Language words are data (`[link.unit_definition_marks]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

# `(1TEU는 `, `(1 TEU = `: one of a unit (a word of up to 12 letters) and the mark, at the parenthesis's opening
_DEFINITION = ByLanguage(
    lambda w: rf"\(\s?(?:1|one)\s?[^\W\d_]{{1,12}}\s?(?:{w.unit_definition_marks})\s[^()\n]{{1,60}}\)", re.I
)


def mark_unit_definitions(claims: list[Claim], text: str, language: str) -> None:
    """Each figure inside a unit's definition marked as furniture."""
    if "(" not in text:
        return
    spans = [m.span() for m in _DEFINITION[language].finditer(text)]
    if not spans:
        return
    for claim in claims:
        if any(begin < claim.start and claim.end <= end for begin, end in spans):
            claim.furniture = True
