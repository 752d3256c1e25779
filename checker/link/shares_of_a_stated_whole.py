"""A share followed by `of` and the very figure it is a share of: `Another 14,100 acres are not yet bearing, more
than a quarter of the 52,000 acres now planted`, `The £2.1m covers about a fifth of the £10.4m it costs`, `Staff
took 840 calls, 20% of the 4,200 calls logged`.

The share (a percentage or a fraction in words, read as a share) is followed by `of` (perhaps `the`, `its`, `their`:
`[link.ratio_of_after]`; the whole's owner in the possessive, `of the museum's`: `[link.share_then_possessed_whole]`;
the whole's noun and `of`, `of its annual quota of`: `[link.share_then_its_whole_apart]`) and right then a
figure: that figure is its whole, as the words say. The part is the figure
right before the share in its sentence (no figure between), set off from it by a comma or a dash (perhaps `or`,
`[link.appositive_share_marks]`), or joined to it by a copula or a verb of share (`[link.share_copulas_before]`,
`[link.share_of_part_verbs]`, `[link.share_verbs_before_stated_whole]`), or after a comma and a word that resumes the
part's clause (`…, a sum that had paid for 6% of its $90,000 upkeep`, `…, and covers …`:
`[link.share_clause_resumers]`); a figure set off by a comma before such a resumed clause restates what stands before
it, and the clause is the subject's: the figure opening the sentence (`The 6,000 pairs are more than half of what it
made, 10,400, and amount to 40% of …`), else none. Figures set aside between the part and the share (the level it
moved from, `up from $11m`; its conversion; an average) are passed over. The part is of the whole's kind and unit,
stated in the share's mood (a forecast part, a forecast share; the whole may be a forecast: a target, a budget).
Counts must count the same noun; a whole with no noun of its own is the part's only when no other count stands before
the part in its sentence (`12 goals in 30 games, a third of the 36` names two counts the share may be of). The link
is read from the words, not guessed by size.

A share whose sentence opens on the story's order, deal or contract (`The contract is worth 18% of last year's
turnover of £300,000`, `[link.standin_share_subjects]`) states no part of its own: the part is the order's level the
lead states (`_share_of_the_standin`), found by position, so a guess.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.far_wholes import lead_end
from checker.link.figure_kinds import AMOUNTS
from checker.link.per_one_marks import stated_per_one
from checker.link.per_unit_apart import opens_with_headline
from checker.link.sentence_groups import equivalent_of, prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

# `of the`, `of its`; `of the museum's` (the whole's owner in the possessive), `of its annual quota of`,
# `of the port's yearly dredging bill of` (the whole's noun, then `of`)
_OF_THE = ByLanguage(
    lambda w: rf"\s+(?:{w.ratio_of_after})\s+|{w.share_then_possessed_whole}|{w.share_then_its_whole_apart}", re.I
)
_APPOSED = ByLanguage(
    lambda w: (
        rf"[^\d.;:!?]{{0,80}}?(?:(?:,|\s[—–-]{{1,2}})\s*(?:(?:{w.appositive_share_marks})\s+)?|"
        # (`some £12,500, equivalent to 8 per cent of …`: the share set beside the part as its equal)
        rf"(?:{w.metric_share_joints}))"
    ),
    re.I,
)
_JOINED = ByLanguage(
    lambda w: (
        rf"[^\d.;:!?,]{{0,40}}?\s(?:{w.share_copulas_before}|{w.share_of_part_verbs}|"
        rf"{w.share_verbs_before_stated_whole})\s+"
    ),
    re.I,
)
# `The 2,600 walkers filled 65% of the 4,000 places`: a verb of filling, the part counting what fills the whole's places
_FILLED = ByLanguage(lambda w: rf"[^\d.;:!?,]{{0,40}}?\s(?:{w.fill_verbs_before_stated_whole})\s+", re.I)
# `its 84 electric buses … of the 400 buses`: a word or two between the part and its noun
_NOUN_AFTER_PART = compile_exact(r"(?:\s+[^\W\d_][\w'’-]*){1,3}")
# `$5,400 in donations, a sum that had paid for 6% of its $90,000 upkeep`, `…, up from $7m, and covers 12% of …`:
# a clause resumed after a comma by a word that stands for the part (`which`, `money that`) or by `and` with the
# part's own subject, then a verb of share
_RESUMED = ByLanguage(
    lambda w: (
        rf"(?:[^\d.;:!?]{{0,120}}?,\s*(?:{w.share_clause_resumers})|"
        # (`which` right after the part's own noun: further on, it stands for the noun before it)
        rf"(?:\s+[^\W\d_][\w'’-]*){{0,2}},\s*(?:{w.share_clause_resumers_near}))"
        rf"\s+(?:{w.share_copulas_before}|{w.share_verbs_before_stated_whole})\s+"
    ),
    re.I,
)
# right before a figure that is an average, not a part (`an average of about $300 a seat`)
_AVERAGE_BEFORE = ByLanguage(lambda w: rf"(?:{w.average_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_AVERAGE_REACH = 32  # characters before a figure where its average's mark stands
# figures that stand between a part and its share without being either: the figure a level moved from (`up from
# $7m`), the part converted (`€9m ($10m)`)
_ASIDE_ROLES = ("baseline", "prior", "conversion")


def link_shares_of_a_stated_whole(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for i in range(1, len(figures) - 1):
        rate = figures[i]
        if rate.kind not in ("percent", "fraction") or rate.role != "share" or rate.share_part is not None:
            continue
        whole = figures[i + 1]
        if not _OF_THE[lang].fullmatch(text, rate.end, whole.start) or whole.sentence != rate.sentence:
            continue
        at = _part_index(figures, i, text, lang)
        part = figures[at]
        restated_total = None
        if part.sentence != rate.sentence:
            # (`In pounds the lot comes to some £12,500, equivalent to 8% of …`: no figure of the sentence before the
            # share but a total restated in the whole's money)
            restated_total = _restated_total(claims, rate, whole)
            if restated_total is None:
                continue
            part = restated_total
        if restated_total is not None:
            pass
        elif part.kind == "money" and part.unit != whole.unit and _stated_amount(part) and _stated_amount(whole):
            # (`R2,150 a rug, roughly £98 apiece, or a fifth of the £490 …`: the part as restated in the whole's money)
            restated = equivalent_of(claims, part, whole.unit)
            if restated is None or restated.end > rate.start:
                continue
            part = restated
        elif not (_stated_amount(whole) and _stated_amount(part)) or (part.kind, part.unit) != (whole.kind, whole.unit):
            continue
        if part.forecast != rate.forecast:
            continue  # (a part and its share are stated in one mood; the whole may be a forecast: a target, a budget)
        joined_from = part.end if restated_total is not None else figures[i - 1].end
        filled = at == i - 1 and part.kind == "count" and _FILLED[lang].fullmatch(text, part.end, rate.start)
        near = (at == i - 1 and _APPOSED[lang].fullmatch(text, part.end, rate.start)) or (
            at == i - 1 and _JOINED[lang].fullmatch(text, part.end, rate.start)
        )
        if not (near or filled):
            if not _RESUMED[lang].fullmatch(text, joined_from, rate.start):
                continue
            if restated_total is None and _SET_OFF_BEFORE.search(text, max(0, part.start - 3), part.start):
                # (`The 6,000 pairs are more than half of what it made last year, 10,400, and amount to 40% of …`: a
                # figure set off by commas restates what stands before it; the resumed clause is the subject's, the
                # figure opening the sentence)
                part = _opening_subject(figures, at, whole, text)
                if part is None:
                    continue
        if part.kind == "count" and not (filled or _counts_alike(part, whole, figures[:at], text)):
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id


_SET_OFF_BEFORE = compile_exact(r",\s*$")
_SUBJECT_REACH = 12  # characters before the figure opening a sentence (`The `, `Its `) where its subject's words stand
_OPENS_SENTENCE = compile_exact(rf"(?:\A|[.!?]\s|\n)\s*[^\W\d_][^\d.!?\n,]{{0,{_SUBJECT_REACH}}}$")


def _opening_subject(figures: list[Claim], at: int, whole: Claim, text: str) -> Claim | None:
    """The figure opening the sentence of figures[at], right after its first words, when it is of the whole's kind,
    unit and noun and no other figure stands between it and figures[at] but the one before that (the sentence's
    subject, `The 6,000 pairs`)."""
    first = at
    while first > 0 and figures[first - 1].sentence == figures[at].sentence:
        first -= 1
    opening = figures[first]
    if first >= at or at - first > 2:
        return None
    if (opening.kind, opening.unit) != (whole.kind, whole.unit) or not _stated_amount(opening):
        return None
    if not _OPENS_SENTENCE.search(text, max(0, opening.start - _SUBJECT_REACH - 3), opening.start):
        return None
    if opening.kind == "count" and not (opening.counter and opening.counter == whole.counter):
        return None
    return opening


# a sentence opening on the story's order, deal or contract and a verb of share, right before the share
_STANDIN = ByLanguage(
    lambda w: rf"(?:(?<=[.!?]\s)|(?<=\n)|^)\s*(?:{w.standin_share_subjects})\s+(?:(?:{w.hedges})\s+)?$", re.I
)
_RESUMED_STANDIN = ByLanguage(
    lambda w: rf"[^\d.;:!?]{{0,60}}?(?:{w.standin_share_resumed})\s+(?:(?:{w.hedges})\s+)?", re.I
)
_STANDIN_REACH = 120  # characters before a share where its sentence's opening may stand


def link_shares_of_the_standin(claims: list[Claim], text: str, lang: str) -> None:
    """Shares of a stated whole whose part is the story's order (see `_share_of_the_standin`). Run after the figures
    per unit found their totals: the order's value may be one (`€640,000 … at an average of €13.33 a tile`), a part
    far from its share is no part beside it."""
    figures = prose_figures(claims)
    read: set[str] = set()  # (the shares read so, whose clause another may resume)
    for i in range(1, len(figures) - 1):
        rate, whole = figures[i], figures[i + 1]
        if rate.kind not in ("percent", "fraction") or rate.role != "share" or rate.share_part is not None:
            continue
        if whole.sentence != rate.sentence or not _OF_THE[lang].fullmatch(text, rate.end, whole.start):
            continue
        before = figures[i - 1]
        if before.sentence != rate.sentence:
            if _share_of_the_standin(claims, figures, rate, whole, text, lang):
                read.add(rate.id)
        elif i >= 3 and _RESUMED_STANDIN[lang].fullmatch(text, before.end, rate.start):
            # (`The order takes a third of the 4,500 trees in stock and is worth 30 per cent of …`: the share before,
            # of the order, and its whole; the clause resumed with the same subject)
            earlier = figures[i - 2]
            if earlier.id in read and earlier.share_whole == before.id:
                _share_of_the_standin(claims, figures, rate, whole, text, lang, resumed=True)


def _share_of_the_standin(
    claims: list[Claim], figures: list[Claim], rate: Claim, whole: Claim, text: str, lang: str, resumed: bool = False
) -> bool:
    """`… a £54,000 order … The contract is worth 18% of last year's turnover of £300,000`: a share whose sentence
    opens on the story's order (deal, contract: `[link.standin_share_subjects]`), no figure of its own before the
    share, is of the whole after it; its part is the order's level, the one value of the whole's kind and unit (a
    count of its noun) the lead states past a headline, smaller than the whole, no figure per one unit nor a part,
    a change or a prior; an order stated in another money, its equivalent in the whole's (`worth 4m forints, or about
    £9,800 at Monday's rate`). Levels of two values say nothing. The part is found by position: a guess
    (`relation`)."""
    if not resumed and not _STANDIN[lang].search(text, max(0, rate.start - _STANDIN_REACH), rate.start):
        return False
    if not _stated_amount(whole):
        return False
    headline = opens_with_headline(text)
    lead = lead_end(figures, text)
    # (an order stated in another money: the lead's first amount, its equivalent in the whole's money standing for it)
    first_amount = next(
        (
            c
            for c in figures
            if c.sentence < min(lead, rate.sentence)
            and not (headline and c.paragraph == 0)
            and c.kind == whole.kind
            and _stated_amount(c)
        ),
        None,
    )
    standin = (
        equivalent_of(claims, first_amount, whole.unit)
        if first_amount is not None
        and first_amount.unit != whole.unit
        and not (first_amount.part_of or first_amount.change_of or first_amount.per_unit_of)
        and not stated_per_one(first_amount, text, lang)
        else None
    )
    found = [
        c
        for c in [*figures, *([standin] if standin is not None else [])]
        if c.sentence < min(lead, rate.sentence)
        and not (headline and c.paragraph == 0)
        and (c.kind, c.unit) == (whole.kind, whole.unit)
        and (_stated_amount(c) or c is standin)
        and not (c.part_of or c.change_of or c.per_unit_of)
        and c.high < whole.low
        and (c.kind != "count" or c.counter == whole.counter)
        and not stated_per_one(c, text, lang)
    ]
    if not found or len({c.value for c in found}) != 1:
        return False
    part = found[0]
    rate.share_part, rate.share_whole = part.id, whole.id
    rate.whole = rate.whole or f"of:{whole.id}"
    rate.label = rate.label or part.id
    rate.guesses = sorted(set(rate.guesses) | {"relation"})
    return True


def _part_index(figures: list[Claim], i: int, text: str, lang: str) -> int:
    """The part of the share at `i`: the figure right before it, or the one before the asides after it (`$8m in
    2030, up from $7m, and covers …`, `€9m ($10m) this winter, an average of about €300 a seat, and …`)."""
    at = i - 1
    while at > 0 and figures[at - 1].sentence == figures[i].sentence and _aside(figures[at], text, lang):
        at -= 1
    return at


def _aside(figure: Claim, text: str, lang: str) -> bool:
    if figure.role in _ASIDE_ROLES:
        return True
    return bool(_AVERAGE_BEFORE[lang].search(text, max(0, figure.start - _AVERAGE_REACH), figure.start))


def _restated_total(claims: list[Claim], rate: Claim, whole: Claim) -> Claim | None:
    """The last equivalent before a share in its sentence, where no other figure stands before the share: an amount
    of another currency restated in the whole's money (`Changed into pounds, that is nearly £12,500 and equal to 8% of
    …`), the part the share is of; None when there is none, or it is of another money than the whole."""
    if not _stated_amount(whole):
        return None
    before = [
        c
        for c in claims
        if c.role == "conversion" and c.sentence == rate.sentence and c.end <= rate.start and not c.furniture
    ]
    if not before:
        return None
    last = max(before, key=lambda c: c.start)
    if last.converts is None or (last.kind, last.unit) != (whole.kind, whole.unit) or not math.isfinite(last.high):
        return None
    return last


def _stated_amount(claim: Claim) -> bool:
    return claim.kind in AMOUNTS and claim.role == "value" and math.isfinite(claim.high)


def _counts_alike(part: Claim, whole: Claim, before: list[Claim], text: str) -> bool:
    if part.counter and whole.counter:
        return part.counter == whole.counter or _noun_a_word_or_two_on(part, whole.counter, text)
    return not any(c.kind == "count" and c.sentence == part.sentence for c in before)


def _noun_a_word_or_two_on(part: Claim, noun: str, text: str) -> bool:
    """`84 electric buses` (its counter read as `electric`): the whole's noun a word or two after the part."""
    words = _NOUN_AFTER_PART.match(text, part.end)
    return bool(words) and noun.lower() in words.group().lower().split()
