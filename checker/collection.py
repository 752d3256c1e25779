"""The garbage collector paused while one stage builds an article's records.

Extraction and linking allocate a few small objects per figure (mentions, quantities, claims,
their lists) and free almost nothing before they return. CPython's cyclic collector runs after
every 2,000 or so new container objects and its full passes walk every object alive: on an
article of 100,000 figures that was about 0.4 s of 2.5 s of extraction and 0.7 s of 1.3 s of
linking (benchmarks/extract_linear.py), spent finding no garbage. Reference counting still frees
everything as usual; cycles made meanwhile are collected once the stage returns.
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
        gc.enable()
