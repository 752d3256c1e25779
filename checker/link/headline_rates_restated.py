"""A headline's rate of change that is not of the figure beside it but of another the body states:
`크루즈 입항객 1~9월 84만명…중국인 27% 증가` (a headline) over a body that states `84만명 … 79만명과 비교하면 6.3%
늘었다` and `중국인 승객이 31만2천명으로 1년 전 24만6천명보다 26.8% 증가했다`; `Ferry trips hit 4.2 million; freight up
12%` over `… 4.2 million trips, up 3.1% …` and `freight … rose 12.2% to …`.

The clause linker ties the headline's rate to the figure before it. When the body states that figure's own change
of the kind (the figure itself or its restatement, with the rate it rose or fell by) and that rate is not the
headline's, while exactly one other change of the body restates the headline's rate (equal at the headline's
precision, the same way) in a sentence naming the word the headline writes between the figure and the rate (`중국인`,
`freight`: the rate's own subject), the headline's rate is that change restated: it is of the figure that change is
of, measured from the same start. Keys: the figure's own stated change, the subject word and the restated rate;
never the size of the figures. A guess.
"""

from __future__ import annotations

from checker.models import Claim

_MARKS = "…·,;:!?\"'()[]<>‘’“”-–—."


def link_headline_rates_restated(claims: list[Claim], text: str, sentence_starts: list[int]) -> None:
    heads = [
        c
        for c in claims
        if c.paragraph == 0 and c.role == "change" and c.kind == "percent" and c.change_of and not c.compared_to
    ]
    if not heads:
        return
    by_id = {c.id: c for c in claims}
    body = [c for c in claims if c.paragraph > 0 and c.role == "change" and c.kind == "percent" and c.change_of]
    for head in heads:
        value = by_id.get(head.change_of)
        if value is None:
            continue
        own = [c for c in body if _restates(by_id.get(c.change_of), value)]
        if not own or any(_same_rate(c, head) for c in own):
            continue  # the body states no change of the figure, or states the headline's rate for it
        others = [c for c in body if c not in own and _same_rate(c, head) and c.compared_to]
        if len(others) != 1:
            continue
        restated = others[0]
        if not _named_in(_words(text[value.end : head.start]), restated, text, sentence_starts):
            continue
        head.change_of, head.compared_to = restated.change_of, restated.compared_to
        head.direction = restated.direction
        head.guesses = sorted(set(head.guesses) | {"relation"})


def _restates(figure: Claim | None, value: Claim) -> bool:
    """The figure is the value, or the value stated again (its unit, equal at the value's precision)."""
    if figure is None:
        return False
    if figure is value:
        return True
    return figure.unit == value.unit and abs(figure.value - value.value) <= max(value.step, figure.step) / 2


def _same_rate(change: Claim, head: Claim) -> bool:
    """The body's rate is the headline's, at the headline's precision, the same way (a signless headline rate
    goes either way)."""
    if head.direction and change.direction and head.direction != change.direction:
        return False
    return abs(change.value - head.value) <= max(head.step, change.step) / 2


def _words(between: str) -> list[str]:
    """The words the headline writes between the figure and its rate (`…중국인 `): the rate's own subject."""
    return [w for w in (w.strip(_MARKS) for w in between.split()) if len(w) > 1 and not any(ch.isdigit() for ch in w)]


def _named_in(words: list[str], change: Claim, text: str, sentence_starts: list[int]) -> bool:
    """The restated change's sentence, up to the change, names one of the words."""
    start = sentence_starts[change.sentence] if change.sentence < len(sentence_starts) else 0
    head = text[start : change.start]
    return any(word in head for word in words)
