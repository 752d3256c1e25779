"""Errors that end in a one-line message and exit code 2, never a traceback."""

from __future__ import annotations


class InputError(Exception):
    """Bad input: names the file (and line where there is one)."""

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path = path
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class UsageError(Exception):
    """A bad command line or configuration value."""
