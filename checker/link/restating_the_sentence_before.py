"""What the rules of a sentence restating, as a share, a level of the sentence before share
(checker/link/fractions_restating_the_sentence_before.py, checker/link/pool_shares_restating_the_sentence_before.py):
the walk over the sentences with one before them, and the share's links once its part and whole are chosen."""

from __future__ import annotations

from collections.abc import Iterator

from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim


def sentences_after_the_first(
    claims: list[Claim],
) -> Iterator[tuple[int, list[Claim], list[Claim], dict[int, list[Claim]]]]:
    """Each sentence but the first, with its prose figures, those of the sentence right before it, and all of them
    by sentence."""
    by_sentence = prose_by_sentence(claims)
    for sentence, figures in by_sentence.items():
        if sentence != 0:
            yield sentence, figures, by_sentence.get(sentence - 1, []), by_sentence


def restate_share(rate: Claim, part: Claim, whole: Claim, guessed: bool = False) -> None:
    """The share is the part's of the whole (the share's own words for its whole and label kept)."""
    rate.share_part, rate.share_whole = part.id, whole.id
    rate.whole = rate.whole or f"of:{whole.id}"
    rate.label = rate.label or part.id
    if guessed:
        rate.guesses = sorted(set(rate.guesses) | {"relation"})
