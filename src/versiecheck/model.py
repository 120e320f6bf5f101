"""The values that flow through the pipeline: read → segment → align → check → report.

Every stage takes and returns these plain, typed values so that each stage can be used
and tested on its own. Nothing here does I/O or imports a heavy library.
"""

from __future__ import annotations

import bisect
import enum
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field


class Severity(enum.StrEnum):
    """How much a finding matters; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Category(enum.StrEnum):
    """What a finding is about (the JSON contract may gain categories, never lose them)."""

    TEXT = "text"
    STRUCTURE = "structure"
    FOOTNOTE = "footnote"
    SIGNATORY = "signatory"
    DATE = "date"
    NUMBER = "number"  # amounts, percentages, counts
    REFERENCE = "reference"  # references to other documents (Kamerstukken, Staatsblad, …)


class BlockKind(enum.StrEnum):
    """The role a block plays in a letter."""

    HEADER = "header"  # Kamerstuk number, title, addressee lines of the typeset header
    DATELINE = "dateline"  # the dagtekening: `Den Haag, 3 februari 2026`
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    SIGNATURE = "signature"  # a role line and the signatory's name
    ANNEX = "annex"  # the title line of an annex after the signatures


class Region(enum.StrEnum):
    """The part of the document a block belongs to."""

    HEADER = "header"
    BODY = "body"
    SIGNATURES = "signatures"
    ANNEX = "annex"


class OffsetMap:
    """Maps character offsets in derived text back to offsets in the original source.

    Stored as runs: derived text ``[starts[i], starts[i+1])`` maps to source offsets
    beginning at ``origins[i]``, one to one. A character with no source of its own (a space
    that joins two lines) maps to the place it stands for: the segmenter maps it to the
    line break it replaces, within a one-to-one run (see ``segment._join_lines``); added
    with ``synthetic=True`` it is a run of its own, every offset in it mapping there.
    """

    __slots__ = ("_origins", "_starts", "_steps", "length")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._origins: list[int] = []
        self._steps: list[int] = []
        self.length = 0

    @staticmethod
    def from_runs(starts: list[int], origins: list[int], length: int) -> OffsetMap:
        """A map of one-to-one runs: text from ``starts[i]`` (ascending, the first 0) maps
        to source offsets from ``origins[i]``; ``length`` characters in all."""
        return _offset_map(starts, origins, [1] * len(starts), length if starts else 0)

    def add(self, text_length: int, source_offset: int, *, synthetic: bool = False) -> None:
        """Record that the next ``text_length`` characters come from ``source_offset``."""
        if text_length <= 0:
            return
        step = 0 if synthetic else 1
        if (
            self._starts
            and step == 1
            and self._steps[-1] == 1
            and self._origins[-1] + (self.length - self._starts[-1]) == source_offset
        ):
            self.length += text_length
            return
        self._starts.append(self.length)
        self._origins.append(source_offset)
        self._steps.append(step)
        self.length += text_length

    def __reduce__(self) -> tuple[object, ...]:
        # (pickled in bulk when a child process segments: see versiecheck.parallel)
        return (_offset_map, (self._starts, self._origins, self._steps, self.length))

    def source_offset(self, text_offset: int) -> int:
        """The source offset of the derived character at ``text_offset``."""
        if not self._starts:
            return 0
        text_offset = max(0, min(text_offset, self.length - 1))
        i = bisect.bisect_right(self._starts, text_offset) - 1
        return self._origins[i] + (text_offset - self._starts[i]) * self._steps[i]

    def first_last(self) -> tuple[int, int]:
        """``source_offset(0)`` and ``source_offset(length - 1)``, without a search."""
        if not self._starts:
            return 0, 0
        last = self._origins[-1] + (self.length - 1 - self._starts[-1]) * self._steps[-1]
        return self._origins[0], last

    def slice(self, start: int, end: int) -> OffsetMap:
        """The map of the derived substring ``[start, end)``."""
        out = OffsetMap()
        if start >= end or not self._starts:
            return out
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        pos = start
        while pos < end and i < len(self._starts):
            run_end = self._starts[i + 1] if i + 1 < len(self._starts) else self.length
            take_end = min(end, run_end)
            if take_end > pos:
                origin = self._origins[i] + (pos - self._starts[i]) * self._steps[i]
                out.add(take_end - pos, origin, synthetic=self._steps[i] == 0)
                pos = take_end
            i += 1
        return out

    def truncate(self, length: int) -> None:
        """Keep only the map of the first ``length`` characters (as ``slice(0, length)``)."""
        length = max(0, length)
        while self._starts and self._starts[-1] >= length:
            self._starts.pop()
            self._origins.pop()
            self._steps.pop()
        self.length = length if self._starts else 0

    def extend(self, other: OffsetMap) -> None:
        """Append another map (its text follows this one's)."""
        for k, start in enumerate(other._starts):
            run_end = other._starts[k + 1] if k + 1 < len(other._starts) else other.length
            self.add(run_end - start, other._origins[k], synthetic=other._steps[k] == 0)


def _offset_map(starts: list[int], origins: list[int], steps: list[int], length: int) -> OffsetMap:
    out = OffsetMap()
    out._starts, out._origins, out._steps, out.length = starts, origins, steps, length
    return out


@dataclass(frozen=True, slots=True)
class Source:
    """One rendering as read: its decoded text and how to find lines in it."""

    label: str  # "A" or "B"
    path: str
    format: str  # "text", later "pdf", "docx", ...
    text: str
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    line_starts: tuple[int, ...] = field(default=(), compare=False, repr=False)
    #: Offsets where pages begin (paged formats such as PDF); empty for unpaged text.
    page_starts: tuple[int, ...] = field(default=(), compare=False, repr=False)
    #: Structure a structured reader (DOCX, ODT, XML, HTML) already knows; when present,
    #: ``segment()`` uses it instead of guessing structure from the text.
    prebuilt: Prebuilt | None = field(default=None, compare=False, repr=False)

    @staticmethod
    def from_text(label: str, path: str, text: str, fmt: str = "text", **kw: object) -> Source:
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return Source(label, path, fmt, text, line_starts=tuple(starts), **kw)  # type: ignore[arg-type]

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a source offset."""
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end]

    def page_line(self, offset: int) -> tuple[int, int] | None:
        """1-based page and line on that page of a source offset (paged sources only)."""
        if not self.page_starts:
            return None
        page = bisect.bisect_right(self.page_starts, offset) - 1
        first_line, _ = self.line_column(self.page_starts[page])
        line, _ = self.line_column(offset)
        # Lines of text on the page: the blank lines a reader put in for paragraph gaps
        # are not lines on paper.
        text_lines = sum(1 for k in range(first_line, line + 1) if self.line_text(k).strip())
        return page + 1, max(1, text_lines)


@dataclass(frozen=True, slots=True)
class FootnoteMarker:
    """A footnote reference in running text (`brief1`, `lidstaten,2`, `[3]`, `¹`)."""

    number: int
    block: int  # index of the block holding it
    offset: int  # offset in the block's text where the marker stood (after the anchor word)
    source_offset: int  # offset of the marker's first character in the source
    raw: str  # the marker as written, with the word it is glued to
    anchor: str  # the word (normalised) the marker follows
    raw_offset: int = -1  # source offset where ``raw`` begins (the anchor word)

    @property
    def quote_offset(self) -> int:
        """Where a report should point: the start of the word the marker is glued to."""
        return self.raw_offset if self.raw_offset >= 0 else self.source_offset


def note_series(numbers: Iterable[int]) -> list[int]:
    """The series of each footnote number, in text order: numbering that goes back to 1
    (a report's minority views after its majority views) starts a new series, when the
    1 follows two notes or more that ran on past 3 (or past 2 with a 1 among them)."""
    out: list[int] = []
    series, expected = 0, 1
    seen: set[int] = set()
    for n in numbers:
        if n == 1 and len(seen) >= 2 and expected > 2 and (n in seen or expected > 3):
            series, expected, seen = series + 1, 1, set()
        out.append(series)
        seen.add(n)
        expected = max(expected, n + 1)
    return out


@dataclass(slots=True)
class Footnote:
    """A footnote body, taken out of the text flow."""

    number: int
    text: str
    origin: OffsetMap
    source_offset: int  # where the number of the body stands in the source


@dataclass(frozen=True, slots=True)
class Signature:
    """A signature block: role line (ending in a comma) and the signatory's name."""

    block: int
    role: str
    name: str
    role_offset: int  # source offsets
    name_offset: int


@dataclass(slots=True)
class Block:
    """A unit of text the aligner works with: a paragraph, a heading, a header line, …"""

    index: int
    kind: BlockKind
    region: Region
    text: str
    origin: OffsetMap

    @property
    def source_offset(self) -> int:
        return self.origin.source_offset(0)

    def __reduce__(self) -> tuple[object, ...]:
        # (faster than the dataclass's own state methods; see OffsetMap.__reduce__)
        return (Block, (self.index, self.kind, self.region, self.text, self.origin))


@dataclass(frozen=True, slots=True)
class Prebuilt:
    """A document's structure as a structured reader found it (see ``Source.prebuilt``)."""

    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...]
    markers: tuple[FootnoteMarker, ...]
    signatures: tuple[Signature, ...]

    def document(self, source: Source) -> Document:
        """A fresh Document over ``source`` (blocks are copied: later stages may edit them)."""
        blocks = [Block(b.index, b.kind, b.region, b.text, b.origin) for b in self.blocks]
        return Document(
            source, blocks, list(self.footnotes), list(self.markers), list(self.signatures)
        )


@dataclass(slots=True)
class Document:
    """A segmented rendering: blocks in reading order, footnotes and markers aside."""

    source: Source
    blocks: list[Block]
    footnotes: list[Footnote]
    markers: list[FootnoteMarker]
    signatures: list[Signature]
    #: The blocks' comparison keys, once asked for (see :meth:`block_keys`).
    keys: list[str] | None = field(default=None, repr=False, compare=False)
    #: Each block's first and last source line, once asked for (see :meth:`block_lines`).
    lines: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)

    def block_lines(self) -> list[tuple[int, int]]:
        """Each block's first and last line in the source, 1-based, as
        :meth:`Source.line_column` finds them (the spans the reports show)."""
        if self.lines is None:
            starts = self.source.line_starts
            out = []
            for b in self.blocks:
                origin = b.origin
                if origin.length == len(b.text):
                    first, last = origin.first_last()
                else:
                    first = origin.source_offset(0)
                    last = origin.source_offset(len(b.text) - 1)
                out.append((bisect.bisect_right(starts, first), bisect.bisect_right(starts, last)))
            self.lines = out
        return self.lines

    def block_keys(self) -> list[str]:
        """Each block's text in its comparison form (``normalize.comparison_key``)."""
        if self.keys is None:
            from .normalize import comparison_key

            self.keys = [comparison_key(b.text) for b in self.blocks]
        return self.keys

    def location(self, source_offset: int, excerpt: str | None = None, width: int = 80) -> Location:
        """A report location for a source offset, quoting the original text there."""
        line, column = self.source.line_column(source_offset)
        if excerpt is None:
            excerpt = self.source.line_text(line).strip()
        paged = self.source.page_line(source_offset)
        if paged is not None:
            page, page_line = paged
            return Location(line=page_line, column=column, excerpt=excerpt[:width], page=page)
        return Location(line=line, column=column, excerpt=excerpt[:width])

    def block_location(self, block: int, text_offset: int = 0, length: int = 0) -> Location:
        """A location inside a block, quoting the source text that the span came from."""
        b = self.blocks[block]
        start = b.origin.source_offset(text_offset)
        if length > 0:
            end = b.origin.source_offset(text_offset + length - 1) + 1
            excerpt = " ".join(self.source.text[start:end].split())
            if excerpt:
                return self.location(start, excerpt)
        return self.location(start)


@dataclass(frozen=True, slots=True)
class Location:
    """A place in an original file, 1-based, with the text found there."""

    line: int  # on paged sources (PDF): the line on ``page``
    column: int
    excerpt: str
    page: int | None = None  # paged sources only

    @property
    def order(self) -> int:
        """Reading order across pages, for sorting."""
        return (self.page or 0) * 1_000_000 + self.line

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"line": self.line, "column": self.column, "excerpt": self.excerpt}
        if self.page is not None:
            out["page"] = self.page
        return out


class AlignKind(enum.StrEnum):
    MATCH = "match"  # 1:1, text equal after normalisation
    CHANGE = "change"  # 1:1, text differs
    MERGE = "merge"  # n:1 or 1:n or n:m
    MOVE = "move"  # matched out of order
    ONLY_A = "only-a"
    ONLY_B = "only-b"


@dataclass(frozen=True, slots=True)
class AlignedGroup:
    """Blocks of A paired with blocks of B (either side may be empty)."""

    kind: AlignKind
    a: tuple[int, ...]
    b: tuple[int, ...]
    similarity: float


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One thing that differs, at a place in A and/or B. Frozen and ordered."""

    sort_key: tuple[int, int, str] = field(repr=False, compare=True)
    rule: str = field(compare=False)
    category: Category = field(compare=False)
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    a: Location | None = field(compare=False, default=None)
    b: Location | None = field(compare=False, default=None)

    @staticmethod
    def make(
        rule: str,
        category: Category,
        severity: Severity,
        message: str,
        a: Location | None = None,
        b: Location | None = None,
    ) -> Finding:
        key = (a.order if a else 1 << 60, b.order if b else 1 << 60, rule)
        return Finding(key, rule, category, severity, message, a, b)

    @property
    def fingerprint(self) -> str:
        """Stable across line shifts: the rule and the excerpts, not the line numbers."""
        parts = [self.rule, self.a.excerpt if self.a else "", self.b.excerpt if self.b else ""]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "category": self.category.value,
            "severity": self.severity.value,
            "message": self.message,
            "a": self.a.to_json() if self.a else None,
            "b": self.b.to_json() if self.b else None,
            "fingerprint": self.fingerprint,
        }


@dataclass(slots=True)
class Report:
    """The result of one comparison; every reporter is fed this."""

    a: Document
    b: Document
    alignment: list[AlignedGroup]
    findings: list[Finding]
    #: Findings left out of ``findings`` on purpose, by reason (``baseline``, ``ignore``).
    suppressed: dict[str, int] = field(default_factory=dict)

    def summary(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Severity}
        for f in self.findings:
            counts[f.severity.value] += 1
        return counts

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)
