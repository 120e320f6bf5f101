"""Errors a user can act on. The CLI prints them as one line and exits with code 2."""

from __future__ import annotations


class VersiecheckError(Exception):
    """Base of every error versiecheck raises on purpose."""


class InputError(VersiecheckError):
    """A file cannot be read as a document: missing, binary, empty, too large, ..."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class UsageError(VersiecheckError):
    """An option or configuration value that makes no sense."""
