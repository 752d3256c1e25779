"""A rate stated with its value and no prior, whose prior the next sentence states on its own: `The
carmaker's October sales rose 25 per cent to 1.55 lakh units. It had sold 1.24 lakh units in October
last year.`, `7월 판매량은 15만2000대로 25% 늘었다. 지난해 7월에는 12만1600대를 팔았다.`. The next
sentence (in the same paragraph) must state one figure in the value's unit (and counter), dated in
its own words to the period the rate is measured from, and no change of its own; a metric both name
must agree. A link across sentences is a guess. Not when the sentence before the value's (same paragraph) already
states a figure of that unit and counter dated in its own words to that earlier period (`지난해 축제에는 3만2천 명이
찾았다. 군은 올해 목표를 지난해보다 25% 늘어난 4만 명으로 잡았다. 지난해 연잎 차 체험에 9천 명이 참여했다.`): the
prior is stated before, and the figure after is a later sentence's own (often of a part or another activity).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.per_unit_apart import opens_with_headline
from checker.link.sentence_groups import unfurnished_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_STARTS = ("baseline", "prior")
_LETTERS = compile_exact(r"[^\W\d_]+")
# a noun naming where a figure was counted, its particle of place after it (`축제에는`)
_EVENT_PLACE = ByLanguage(lambda w: rf"(?P<stem>[^\W\d_]{{2,}}?)(?:{w.event_place_particles})", first_tested=False)


def borrow_later_priors(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_id = {c.id: c for c in claims}
    by_sentence = unfurnished_by_sentence(claims)
    for change in claims:
        if change.role != "change" or change.kind != "percent" or change.compared_to or change.furniture:
            continue
        value = by_id.get(change.change_of or "")
        if value is None or value.period is None or "period" in value.guesses:
            continue
        if any(c.role in _STARTS for c in by_sentence[change.sentence]):
            continue
        following = by_sentence.get(value.sentence + 1, [])
        if not following or following[0].paragraph != value.paragraph or any(c.role == "change" for c in following):
            continue
        same_unit = [c for c in following if c.unit == value.unit and c.counter == value.counter]
        if len(same_unit) != 1:
            continue
        prior = same_unit[0]
        earlier = value.period.previous(change.basis or "year")
        if stated_before(by_sentence.get(value.sentence - 1, []), value, earlier, text, lang, sentence_starts):
            continue
        if (
            prior.role in ("value", *_STARTS)
            and prior.period == earlier
            and "period" not in prior.guesses
            and prior.forecast == value.forecast
            and _same_metric(prior, value)
        ):
            change.compared_to = prior.id
            if "relation" not in change.guesses:
                change.guesses.append("relation")


def stated_before(before: list[Claim], value: Claim, earlier, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the sentence before the value's, in its paragraph, states a figure of the value's unit and counter
    dated in its own words to the period the rate is measured from, and of the same thing: every word before it in
    its clause is named in the value's sentence (`지난해`, the metric's noun) or names where it was counted and the
    title or that sentence names that (`지난해 축제에는 N명이 찾았다` under `… 축제 개막`). A part (`이 가운데 N명`,
    `외지인 N명`) or a figure another noun names (`지난해 7월 수출은 N대` before `7월 판매량은`) is not."""
    return any(
        c.paragraph == value.paragraph
        and c.unit == value.unit
        and c.counter == value.counter
        and c.period == earlier
        and "period" not in c.guesses
        and _same_thing(c, before, value, text, lang, sentence_starts)
        for c in before
    )


def _same_thing(
    claim: Claim, before: list[Claim], value: Claim, text: str, lang: str, sentence_starts: list[int]
) -> bool:
    opens = max([sentence_starts[claim.sentence], *(c.end for c in before if c.end <= claim.start)])
    closes = sentence_starts[value.sentence + 1] if value.sentence + 1 < len(sentence_starts) else len(text)
    sentence = text[sentence_starts[value.sentence] : closes]
    title = text[: text.find("\n")] if opens_with_headline(text) else ""
    words = _LETTERS.findall(text, opens, claim.start)
    if not words:
        return False
    for word in words:
        if word in sentence or (len(word) > 2 and word[:-1] in sentence):
            continue
        place = _EVENT_PLACE[lang].fullmatch(word)
        if place is None or not (place.group("stem") in title or place.group("stem") in sentence):
            return False
    return True


def borrow_dated_priors(claims: list[Claim]) -> None:
    """`9월 말 외환보유액은 한 달 전에 비해 12억달러 늘어난 3,512억달러다 … 8월 말(3,500억달러)`, `Reserves
    rose $1.2bn from a month earlier to $351.2bn … stood at $350bn at the end of August`: a change
    measured from the period before, with no prior in its sentence, takes the article's one figure of
    that period — the same metric named at both (not guessed), the same segment, entity, unit and
    counter. A link across sentences is a guess."""
    by_id = {c.id: c for c in claims}
    starts_in = {c.sentence for c in claims if c.role in _STARTS}
    # A figure that is itself the new value of a stated change is another comparison's, not a prior.
    changed = {c.change_of for c in claims if c.role == "change" and c.change_of}
    dated: dict[tuple, list[Claim]] = {}
    for claim in claims:
        if claim.role == "value" and _dated_metric(claim) and not claim.furniture and claim.id not in changed:
            dated.setdefault((claim.metric, claim.period, claim.unit, claim.counter), []).append(claim)
    for change in claims:
        if change.role != "change" or change.compared_to or change.furniture or change.sentence in starts_in:
            continue
        value = by_id.get(change.change_of or "")
        if value is None or not _dated_metric(value):
            continue
        earlier = value.period.previous(change.basis or "year")
        candidates = [
            c
            for c in dated.get((value.metric, earlier, value.unit, value.counter), [])
            if c.scope == value.scope
            and c.forecast == value.forecast
            and (not c.entities or not value.entities or set(c.entities) & set(value.entities))
        ]
        if len({c.value for c in candidates}) == 1:
            change.compared_to = candidates[0].id
            if "relation" not in change.guesses:
                change.guesses.append("relation")


def _dated_metric(claim: Claim) -> bool:
    """A figure whose metric and period are written beside it, not guessed."""
    return bool(claim.metric and claim.period and "metric" not in claim.guesses and "period" not in claim.guesses)


def _same_metric(prior: Claim, value: Claim) -> bool:
    named = [c.metric for c in (prior, value) if c.metric and "metric" not in c.guesses]
    return len(set(named)) <= 1
