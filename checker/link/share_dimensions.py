"""Shares of one whole taken from two breakdowns of it: `주택 준공은 3만호였다. 지역별로는 수도권이 1만2천호, 지방이
1만8천호였다. 수도권 비중은 40%다. 유형별로는 아파트가 2만4천호로 전체의 80%를 차지했다`, `Sales were 5,000 cars.
By region, the north sold 2,000, or 40%. By type, SUVs made up 3,500, or 70%`.

Shares of one whole by disjoint parts add up to at most 100% (checker/check/kinds/share.py groups them by `whole`).
Parts from two breakdowns of the whole (by region, by type) overlap: a region's share and a type's share add up to
more than 100% with nothing wrong. The breakdown a part belongs to is named by the mark its sentence opens the
breakdown with (`[link.breakdown_marks]`: `지역별로는`, `By region`), before the part: a share of such a part is
grouped with the shares of that breakdown only. Shares whose parts no mark places stay grouped as they were.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_BREAKDOWN = ByLanguage(lambda w: rf"(?:{w.breakdown_marks})", re.I)


def key_shares_by_breakdown(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_id = {c.id: c for c in claims}
    for rate in claims:
        if rate.role != "share" or not (rate.whole or "").startswith("of:"):
            continue
        part = by_id.get(rate.share_part or "")
        if part is None or not 0 <= part.sentence < len(sentence_starts):
            continue
        marks = list(_BREAKDOWN[lang].finditer(text, sentence_starts[part.sentence], part.start))
        if marks:
            # (the mark as written, spacing and case aside: two sentences of one breakdown name it alike)
            rate.whole = f"{rate.whole}|by:{''.join(marks[-1].group(0).split()).casefold()}"
