"""Interval arithmetic for the check kinds: the one `Interval` type lives in `checker.intervals`
(below the stages, shared by extract, link, check and report); this name stays for the kinds."""

from checker.intervals import INF, Interval, corners, intersection

__all__ = ["INF", "Interval", "corners", "intersection"]
