"""The rules. Each module here (not starting with ``_``) is one rule, registered by
being here: ``ID`` (a stable slug), ``CATEGORY``, ``SEVERITY`` (the default), ``EXAMPLE``
(a pair of texts, A and B, on which the rule fires) and ``check(ctx)`` yielding findings;
optionally ``SHARES``, the shared analysis the rule is built on (rules that share one run
in the same process when the rules are split over two: see ``versiecheck.parallel``).
The module docstring is the rule's documentation: ``versiecheck rules`` lists the first
lines, ``versiecheck explain ID`` prints it whole.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..model import Category, Finding, Severity

if TYPE_CHECKING:
    from ..check import Context


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: Category
    severity: Severity
    doc: str
    example: tuple[str, str]
    check: Callable[[Context], Iterable[Finding]]
    module: str
    shares: str = ""

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0] if self.doc.strip() else ""


@cache
def registry() -> dict[str, Rule]:
    """Every rule module in this package, by id, in a stable order (category, id)."""
    rules: list[Rule] = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        rules.append(
            Rule(
                id=mod.ID,
                category=mod.CATEGORY,
                severity=mod.SEVERITY,
                doc=mod.__doc__ or "",
                example=mod.EXAMPLE,
                check=mod.check,
                module=mod.__name__,
                shares=getattr(mod, "SHARES", ""),
            )
        )
    rules.sort(key=lambda r: (r.category.value, r.id))
    return {r.id: r for r in rules}
