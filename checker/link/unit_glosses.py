"""A unit defined in parentheses beside a figure: `물동량은 1천250만TEU(1TEU는 20피트 컨테이너 1개)였다`,
`it handled 8.9 million TEUs (one TEU is a twenty-foot container)`.

The figures of such a gloss (`1TEU`, `1개`) define the unit: they are no figures of the article, and read as
figures they stand between the figure glossed and its comparison (`…TEU(1TEU는 … 1개)로 전년(…TEU) 대비 5.9%`),
so the rate is measured from the gloss's count. The prose linker passes them over, as it does a table's cells.
The opening of a gloss is language data (`[link.unit_gloss_openers]`).

So is the size of one unit in parentheses after it (`햇고추 한 근(600g)이 2만1천 원`, `one jar (340g) sells for
£6`): a measure of one unit, never an amount of the whole a figure per kilogram or per litre divides
(`[link.unit_size_before]`, `[link.unit_size_measures]`).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage

# (a gloss holds no parenthesis of its own and is short: a longer aside is prose)
_GLOSS = ByLanguage(lambda w: rf"\(\s*(?:{w.unit_gloss_openers})[^()]{{0,60}}\)")


# (one unit named right before the parenthesis, and only a number and a measure inside it)
_SIZE = ByLanguage(lambda w: rf"(?:{w.unit_size_before})\s?(?P<gloss>\(\s*\d[\d.,]*\s?(?:{w.unit_size_measures})\s*\))")


def unit_gloss_spans(text: str, lang: str, start: int = 0) -> list[tuple[int, int]]:
    """The spans of the unit glosses in `text`, from `start`, in text order."""
    spans = [m.span() for m in _GLOSS[lang].finditer(text, start)]
    sizes = [m.span("gloss") for m in _SIZE[lang].finditer(text, start)]
    return sorted(spans + sizes) if sizes else spans
