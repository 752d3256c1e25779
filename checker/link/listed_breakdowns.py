"""A list led in by a line that announces it, broken down from a figure stated before the lead (issue 11).

`Farmers harvested 31.2 million tonnes … / Production by state: / Victoria | 10.4 million tonnes / South Australia
| 9.1 million tonnes …`, `The network carried 305.0 million passengers … / Ridership by mode: / - metro: 190.2
million / - buses: 98.6 million …`, `기금 적립금은 1천200조원으로 … 자산별 적립금은 다음과 같다. 해외주식 430조원
(35.8%), 국내채권 340조원(28.3%), …`: a lead that ends on a list mark (`[link.tally_lead_marks]`: a colon) or on
list words (`[link.list_lead_ends]`: `다음과 같다`, `were as follows`), then its items: the lines right after it
that each state one figure after a label (`name | figure`, `- name: figure`; a share in parentheses after it is
the item's own), or else the figures of the one sentence right after it, each after its label.

The items, two or more of one unit and kind (counts: of one counter, or bare), are parts of the figure the lead
names (`국제선 여객은 다음과 같다` after `국제선 여객은 812만명`: checker/link/list_leads.py), or else of the story's
figure they break down: the largest figure of their unit and kind stated before the lead (as checker/link/shares.py
guesses a share's whole), larger than each item, counting what they count where both name a counter, a level of
the story's period (no prior, baseline, change or forecast) and no part of a list of its own. A list the lines
before it or after it close is read there first (checker/link/list_then_total.py, checker/link/breakdowns.py):
an item already a part links nothing. The list may leave parts out (open), and the whole is found by size, so
the link is a guess.
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.list_leads import attach_open_list, whole_named_by_lead
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

# A lead that ends its line (the items are the lines after it), or list words the listing sentence follows.
_LINE_LEAD = ByLanguage(lambda w: rf"(?:{w.tally_lead_marks}|(?:{w.list_lead_ends})[.:]?)[ \t]*\n", re.I)
_SENTENCE_LEAD = ByLanguage(lambda w: rf"(?:{w.list_lead_ends})[.:]?[ \t]+(?=\S)", re.I)
# Before an item line's figure: an optional bullet, a label without figures, and a `|` or `:` after it.
_ITEM_LABEL = compile_exact(r"[ \t]*(?:[-*•][ \t]+)?[^\d\n|:]{1,40}?[ \t]*[|:][ \t]*")
# After it: nothing, or its own share in parentheses.
_ITEM_REST = compile_exact(r"[ \t]*(?:\([^()\n\d]{0,12}\d[\d.,]*\s?%[^()\n]{0,12}\))?[ \t]*\.?[ \t]*")
# In a listing sentence, between one item and the next label: a share in parentheses, a comma and the label.
_IN_SENTENCE_GAP = compile_exact(r"[ \t]*(?:\([^()\n]{0,24}\))?[ \t]*,[ \t]*[^\d\n,.;:()]{1,24}?[ \t]*")
_MOST_ITEMS = 12
# The lead's words: a breakdown mark (`자산별`), the name of what the list divides, the dimension (`by state`), and
# the mark that ends the lead.
_LEAD_NAME = ByLanguage(
    lambda w: (
        rf"[ \t]*(?:(?:{w.list_lead_breakdowns})\s*)?(?P<name>[^\d\n,.;:]{{1,40}}?)(?:\s+(?:{w.list_lead_by}))?"
        rf"\s?(?:(?:{w.topic_particles})\s+)?(?:{w.tally_lead_marks}|(?:{w.list_lead_ends})[.:]?)"
    ),
    re.I,
    first_tested=False,
)


def link_listed_breakdowns(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    line_lead, sentence_lead = _LINE_LEAD[lang], _SENTENCE_LEAD[lang]
    line_leads = list(line_lead.finditer(text)) if may_match(line_lead, text) else []
    sentence_leads = list(sentence_lead.finditer(text)) if may_match(sentence_lead, text) else []
    if not line_leads and not sentence_leads:
        return  # (most articles announce no list: nothing to gather per claim)
    figures = prose_figures(claims)
    amounts = [c for c in figures if c.kind in AMOUNTS]
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    starts = [c.start for c in figures]
    leads = [(m.start(), _item_lines(figures, starts, text, m.end())) for m in line_leads]
    leads += [(m.start(), _listing_sentence(amounts, figures, text, m.end(), sentence_starts)) for m in sentence_leads]
    for start, items in leads:
        if len(items) < 2 or len(items) > _MOST_ITEMS:
            continue
        first = items[0]
        if (
            any((c.unit, c.kind) != (first.unit, first.kind) for c in items)
            or len({c.counter for c in items if c.counter}) > 1
        ):
            continue  # items of two units or two counters: the lines list more than parts
        if any(c.part_of or c.id in wholes or c.tally_of or c.role != "value" for c in items):
            continue  # read as parts or wholes of their own already
        sentence = bisect.bisect_right(sentence_starts, start) - 1  # the lead's sentence (none before the first)
        lead_start = max(text.rfind("\n", 0, start) + 1, sentence_starts[sentence] if sentence >= 0 else 0)
        named = whole_named_by_lead(first, lead_start, claims, text, lang)
        if named is not None and any(c.high >= named.low for c in items):
            continue  # the whole the lead names is no larger than an item: the items are something else
        if named is None and not _names_the_story_figure(text, lead_start, lang):
            continue  # `Foreign visitors by country:`: a lead naming a part of the story's total, not stated
        whole = named or _largest_before(amounts, items, start, wholes)
        if whole is None:
            continue
        attach_open_list(items, whole, f"listed:{whole.id}:{first.id}", wholes)


def _item_lines(figures: list[Claim], starts: list[int], text: str, at: int) -> list[Claim]:
    """The figures of the lines from `at` on that are items: one figure after a label, nothing after it but its
    own share; the run ends at the first line that is not one."""
    items: list[Claim] = []
    while at < len(text) and len(items) <= _MOST_ITEMS:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        first = bisect.bisect_left(starts, at)
        on_line = [c for c in figures[first : bisect.bisect_left(starts, end)] if not _own_share(c, text)]
        if len(on_line) != 1 or on_line[0].kind not in AMOUNTS:
            break
        item = on_line[0]
        if not (_ITEM_LABEL.fullmatch(text, at, item.start) and _ITEM_REST.fullmatch(text, item.end, end)):
            break
        items.append(item)
        at = end + 1
    return items


def _own_share(figure: Claim, text: str) -> bool:
    """A percent in parentheses on an item's line: the item's own share, no item of its own."""
    return figure.kind == "percent" and text.rfind("(", 0, figure.start) > text.rfind("\n", 0, figure.start)


def _listing_sentence(
    amounts: list[Claim], figures: list[Claim], text: str, at: int, sentence_starts: list[int]
) -> list[Claim]:
    """The figures of the sentence that starts at `at`, right after the lead, when the sentence is a list: a label
    before each figure, a comma between one item and the next label."""
    if at not in sentence_starts:
        return []
    sentence = sentence_starts.index(at)
    in_sentence = [c for c in figures if c.sentence == sentence and c.kind != "percent"]
    if len(in_sentence) < 3 or any(c not in amounts for c in in_sentence):
        return []
    for one, other in zip(in_sentence, in_sentence[1:]):
        if not _IN_SENTENCE_GAP.fullmatch(text, one.end, other.start):
            return []
    return in_sentence


def may_be_whole_of(claim: Claim, items: list[Claim]) -> bool:
    """Whether `claim` may be the whole a list's `items` break down: a stated value (no forecast) of their unit
    and kind, counting the same thing, larger than every item, of their period, and no part or tally itself."""
    first = items[0]
    if (claim.unit, claim.kind) != (first.unit, first.kind) or claim.role != "value" or claim.forecast:
        return False
    if first.counter and claim.counter and claim.counter != first.counter:
        return False  # counts of another thing
    return not (
        claim.part_of
        or claim.tally_of
        or claim.low <= max(c.high for c in items)
        or any(periods_differ(claim, c) for c in items)
    )


def _largest_before(amounts: list[Claim], items: list[Claim], lead_start: int, wholes: set[str]) -> Claim | None:
    found = None
    for claim in amounts:
        if claim.end > lead_start:
            break
        if not may_be_whole_of(claim, items):
            continue
        if found is None or claim.value > found.value:
            found = claim
    return found


def _names_the_story_figure(text: str, lead_start: int, lang: str) -> bool:
    """Whether the lead names what it divides in one word (`Production by state:`, `자산별 적립금은 다음과 같다`): the
    story's own figure. Two words or more (`Foreign visitors by country:`, `지역별 해외 관객은`) name a part of it,
    whose figure, unless stated (checker/link/list_leads.py), the largest one before is not."""
    found = _LEAD_NAME[lang].match(text, lead_start)
    return found is not None and len(found.group("name").split()) == 1
