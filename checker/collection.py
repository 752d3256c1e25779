"""The garbage collector paused while one stage builds an article's records, and kept off what a
command's run holds until its report is written.

Extraction and linking allocate a few small objects per figure (mentions, quantities, claims,
their lists) and free almost nothing before they return. CPython's cyclic collector runs after
every 2,000 or so new container objects and its full passes walk every object alive: on an
article of 100,000 figures that was about 0.4 s of 2.5 s of extraction and 0.7 s of 1.3 s of
linking (benchmarks/extract_linear.py), spent finding no garbage. Reference counting still frees
everything as usual; cycles made meanwhile are collected by a later pass.

When the block ends, everything it made is still in the youngest generation, and the first young
pass after it would walk all of it (and promote it, to be walked again by the middle generation's
pass): on the same article, 0.1-0.2 s of CPU spent finding the records alive. A block that made
many objects hands them to the oldest generation as they are instead (`gc.freeze` then
`gc.unfreeze`: two list splices, no pass), where only full passes walk them, as they walk every
long-lived object.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pauses the cyclic garbage collector for the block, if it was running (nested blocks and a
    collector the caller turned off are left as they are)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        _to_oldest_generation()
        gc.enable()


# Young objects above which a block's records go straight to the oldest generation (`collection_paused`):
# below, the young pass is short and frees the block's cyclic garbage soon after it ends.
MANY_YOUNG = 10_000


def _to_oldest_generation() -> None:
    """Moves every tracked object to the oldest generation without a pass when the young generation
    holds more than MANY_YOUNG; only when nothing is frozen (`gc.unfreeze` gives back all that is, and
    a streamed run's freeze, `frozen_until_done`, must stay as it is)."""
    if gc.get_count()[0] > MANY_YOUNG and gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


_held = 0  # the depth of `frozen_until_done` blocks


@contextmanager
def frozen_until_done() -> Iterator[None]:
    """One command's whole run: what a streamed check froze (pipeline `_kept_out_of_gc`: the stubs and
    findings it keeps) stays frozen while the report is written, and is given back to the collector
    here, at the end. Handed back earlier, every full pass while the report is written walks all of
    it again (at 100,000 articles, 65 such passes took 8.9 s of the main process, against 0.2 s at
    10,000: a cost that grows faster than the archive)."""
    global _held
    before = gc.get_freeze_count()
    _held += 1
    try:
        yield
    finally:
        _held -= 1
        if _held == 0 and before == 0:
            gc.unfreeze()


def freeze_held() -> bool:
    """Whether a command's run is holding the freeze to its end (`frozen_until_done`)."""
    return _held > 0
