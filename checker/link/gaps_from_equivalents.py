"""A gap between a price abroad, restated in the home currency, and the home price, in one sentence: `1kg에 40 위안,
우리 돈 약 8천230원꼴로 국내 납품가 7천 원보다 1천230원쯤 비싸다`, `Each lamp comes to 300 zloty, about £60, which is £8
more than the £52 the firm charges at home`.

The equivalent (a figure of money converting the price before it) is the level the gap measures when the figure
compared with stands right after it, of its currency, with no figure between and only a few words (`으로 국내 판매가`,
`, which is`): in Korean the gap is written after the figure compared with (`B보다 C 비싸다`, checker/link/gaps.py
reads the words), in English before it (`£8 more than the £52`, a change the role stage read, tied to no level).
The readings of a gap from a plain level (checker/link/gaps.py) pass the equivalent over: the price is stated in
another currency, and only its equivalent is of the home price's; this is the one reading of a gap from an
equivalent (`about 6p, some 2p less than the 8p`), not relations.py's candidates for a change. Not across a clause of
another subject (`about £80, and a vase £9 more than …`, `우리 돈 약 16만4천 원으로, 버스는 3만 원보다 …`).
Linear: one walk over the claims.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.gaps import compared_gaps
from checker.link.gaps_from_before import OWN_SUBJECT
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

_WORDS_BETWEEN = 24  # characters between the equivalent and the figure after it: a few words, no clause of its own
_NO_FIGURE = compile_exact(r"[^\d.;:!?\n]*")
# between the equivalent and the figure after it, a clause of another subject (`about £80, and a shade £8 more …`,
# `약 12만8천 원이고 조식은 …`)
_BREAK = ByLanguage(lambda w: rf"(?:{w.equivalent_gap_breaks})", re.I)
# (`about £80 at today's rate and some £8 less than …`: the note of the rate after the equivalent is no word between)
_RATE_NOTE = ByLanguage(lambda w: rf"(?:{w.equivalent_rate_note_after})", first_tested=False)
# opening the sentence after an equivalent, right before a gap: the equivalent as its subject (`That is some £4 more
# than …`)
_OPENER = ByLanguage(lambda w: rf"\s*(?:{w.equivalent_gap_openers})", first_tested=False)


def _right_after(equivalent: Claim, figure: Claim, text: str, lang: str) -> bool:
    """The figure stands after the equivalent in its sentence, a few words between and no number nor sentence end,
    no clause of another subject opening (nor a subject's word: `우리 돈 약 12만8천 원으로, 택시는 2만 원보다`)."""
    if equivalent.sentence != figure.sentence or figure.start < equivalent.end:
        return False
    note = _RATE_NOTE[lang].match(text, equivalent.end, figure.start) if equivalent.role == "conversion" else None
    end = note.end() if note else equivalent.end
    return (
        end <= figure.start <= end + _WORDS_BETWEEN
        and _NO_FIGURE.fullmatch(text, end, figure.start) is not None
        and _BREAK[lang].search(text, end, figure.start) is None
        and OWN_SUBJECT[lang].search(text, end, figure.start) is None
    )


def link_gaps_from_equivalents(
    claims: list[Claim], text: str, lang: str, sentence_starts: list[int] | None = None
) -> None:
    equivalents: dict[int, list[Claim]] = {}
    for c in claims:
        if c.role == "conversion" and c.kind == "money" and c.converts and not c.furniture:
            equivalents.setdefault(c.sentence, []).append(c)
    if not equivalents:
        return  # (no price restated in another currency: nothing to read)
    figures = prose_figures(claims)

    def equivalent_before(figure: Claim) -> Claim | None:
        found = [
            e
            for e in equivalents.get(figure.sentence, ())
            if e.unit == figure.unit and e.end <= figure.start and _right_after(e, figure, text, lang)
        ]
        return found[-1] if len(found) == 1 else None

    def closing_equivalent(gap: Claim) -> Claim | None:
        """The equivalent closing the sentence before, when the gap's sentence opens on it (`… and each jar roughly
        £26. That is some £4 more than the £22 …`)."""
        opener = (
            _OPENER[lang].match(text, sentence_starts[gap.sentence], gap.start)
            if sentence_starts and gap.sentence < len(sentence_starts)
            else None
        )
        if opener is None or opener.end() != gap.start:
            return None
        before = [e for e in equivalents.get(gap.sentence - 1, ()) if e.unit == gap.unit]
        last = max(before, key=lambda e: e.start, default=None)
        if last is None or any(c.sentence == last.sentence and c.start > last.end for c in figures):
            return None  # (a figure after the equivalent closes the sentence instead)
        return last

    # `… 우리 돈 약 8천230원꼴로 국내 납품가 7천 원보다 1천230원쯤 비싸다`: the gap after the figure compared with
    for _, gap, compared, word in compared_gaps(figures, text, lang, first=1):
        if compared.role != "baseline" or gap.change_of is not None:
            continue
        level = equivalent_before(compared)
        if level is None or level.value == compared.value:
            continue
        gap.role, gap.direction = "change", 1 if word.group("more") else -1
        gap.change_of, gap.compared_to = level.id, compared.id
    # `… about £60, which is £8 more than the £52`: the gap before it, read as a change tied to no level
    for position, gap in enumerate(figures[:-1]):
        if gap.role != "change" or gap.kind != "money" or gap.change_of is not None or not gap.direction:
            continue
        compared = figures[position + 1]
        if compared.sentence != gap.sentence or compared.role != "baseline" or compared.unit != gap.unit:
            continue
        if gap.compared_to not in (None, compared.id) or not _right_after(gap, compared, text, lang):
            continue
        level = equivalent_before(gap) or closing_equivalent(gap)
        if level is None or level.value == compared.value:
            continue
        gap.change_of, gap.compared_to = level.id, compared.id
