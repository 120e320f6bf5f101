"""Checks the report tests share: SARIF validation against the official schema, and the
fixture pairs every format is rendered for."""

from __future__ import annotations

import itertools
import json
from functools import cache
from pathlib import Path
from typing import Any

from conftest import FIXTURES, SEED

SCHEMAS = Path(__file__).resolve().parent / "schemas"
#: Inputs the readers accept by suffix; a pair is two renderings of one document.
READABLE = {".txt", ".pdf", ".docx", ".odt", ".fodt", ".html", ".xml"}
MAX_BYTES = 2 * 1024 * 1024


@cache
def _sarif_validator() -> Any:
    import jsonschema

    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def validate_sarif(text: str) -> dict[str, Any]:
    """Parse a SARIF log and fail with every schema violation if it is not valid 2.1.0."""
    log: dict[str, Any] = json.loads(text)
    return validate_sarif_log(log)


def validate_sarif_log(log: dict[str, Any]) -> dict[str, Any]:
    errors = sorted(_sarif_validator().iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "SARIF not valid against the 2.1.0 schema:\n" + "\n".join(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:20]
    )
    return log


def fixture_pairs() -> list[tuple[Path, Path]]:
    """The fixture pairs the suite compares: the seed pair, and in every fixture folder
    each two renderings of one document (files that share a name, differ in suffix)."""
    pairs = [(SEED / "typeset.txt", SEED / "plain.txt")]
    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        by_stem: dict[str, list[Path]] = {}
        for f in sorted(folder.iterdir()):
            if f.suffix in READABLE and f.stat().st_size <= MAX_BYTES:
                by_stem.setdefault(f.stem, []).append(f)
        for files in by_stem.values():
            pairs.extend(itertools.pairwise(files))
    return pairs
