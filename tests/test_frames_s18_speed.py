"""Session 18, speed lane: work done once instead of per figure gives the same results as before."""

from __future__ import annotations

from checker.read.normalize import _MATCHES_PER_CHARACTER, _TRANSLATE, normalize


def test_look_alikes_are_translated_alike_whether_few_or_many():
    # (few: each match replaced; many, past one in `_MATCHES_PER_CHARACTER`: the whole text translated)
    look_alikes = "".join(chr(code) for code in _TRANSLATE)
    for every in (1, 2, _MATCHES_PER_CHARACTER - 1, _MATCHES_PER_CHARACTER, _MATCHES_PER_CHARACTER + 1, 200):
        text = "".join(
            look_alikes[i % len(look_alikes)] if i % every == 0 else "매출 12억원 "[i % 8] for i in range(3000)
        )
        assert normalize(text).text == text.translate(_TRANSLATE), every


def test_a_written_figure_is_read_once_per_article_and_told_apart_by_its_counted_noun():
    from checker.link import _base_claims
    from checker.link.written import notation, written_zeros
    from checker.models import Mention, Quantity

    def mention(at: int, text: str, counter: str | None) -> Mention:
        return Mention(at, at + len(text), text, Quantity("count", 12300.0, 12250.0, 12350.0, "count", counter=counter))

    written = [("12,300명", "명"), ("12,300명", None), ("about 4,500 ships", "ships"), ("12,300명", "명")]
    claims = _base_claims("t.txt", [mention(i * 40, t, c) for i, (t, c) in enumerate(written)], [0])
    for claim, (text, counter) in zip(claims, written):
        assert (claim.notation, claim.written_zeros) == (notation(text, counter), written_zeros(text))
