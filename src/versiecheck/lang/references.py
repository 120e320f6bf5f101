"""Find references to other official documents in Dutch and English running text.

`find_references(text)` returns every reference in order as `Reference` records with a
canonical `key`, so that two renderings compare on what is referred to, not on how:
``Kamerstuk 32 317, nr. 987`` = ``Kamerstukken II 2025/26, 32317, nr. 987`` =
``KST 32317, nr. 987`` = ``Kamerstuk 32317-987`` (the parliamentary year may be absent
on one side; when both sides give it, `year` tells whether it is the same);
``Handelingen II 2025/26, nr. 45, item 12``; ``Aanhangsel Handelingen II 2025/26, nr. 1234``;
``Stb. 2024, 123`` / ``Staatsblad 2024, 123``; ``Stcrt. 2026, 1234``;
Tweede Kamer registration numbers (``2023Z16994``, ``2026D01234``); ``ECLI:NL:HR:2020:123``;
European Commission documents (``COM(2025) 123``).

Deliberately not done: deciding whether a reference is right (only whether the two
renderings refer to the same document), and free-form citations (``de brief van
3 februari``), which the date and text rules cover. Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SP = r"[\s\u00a0]*"
_DOSSIER = r"(?P<dossier>\d{2}[\s\u00a0]?\d{3}(?:[\s\u00a0\-]+(?:[IVXLC]+|[A-Z])\b)?)"
_YEAR = r"(?:(?:vergaderjaar|vj\.?)\s*)?(?P<{0}>(?:19|20)\d\d)\s*[/\-–]\s*(?:19|20)?\d\d"
_HOUSE = r"(?:\s+(?:I{1,2}|1|2)\b)?"
_PATTERN = re.compile(
    rf"""
    (?P<kst>
        (?:Kamerstuk(?:ken)?|Kst\.?|KST|Parliamentary\s+(?:Paper|Document)s?){_HOUSE}
        (?:,?\s*{_YEAR.format("ky")})?,?\s*
        {_DOSSIER}
        (?:\s*,?\s*(?:nr\.?|no\.?|nummer|number)\s*|\s*[-‐–]\s*)(?P<nr>\d{{1,4}})\b
    )
    | (?P<hand>
        (?P<aanh>Aanhangsel\s+(?:(?:van\s+)?de\s+)?)?Handelingen{_HOUSE}(?:,?\s*{_YEAR.format("hy")})?,?\s*
        (?:nr\.?|no\.?)\s*(?P<hnr>\d{{1,5}})(?:\s*,?\s*item\s*(?P<item>\d{{1,3}}))?
    )
    | (?P<stb>
        (?P<stbk>Stb\.?|Staatsblad|Stcrt\.?|Staatscourant|Trb\.?|Tractatenblad)
        \s*(?P<sy>(?:19|20)\d\d)\s*,?\s*(?:nr\.?\s*)?(?P<snr>\d{{1,6}})\b
    )
    | (?P<zaak>\b(?:19|20)\d\d[ZD]\d{{5}}\b)
    | (?P<ecli>\bECLI:[A-Z]{{2}}:[A-Z]{{1,7}}:\d{{4}}:[\w.]{{1,25}}\w)
    | (?P<com>\b(?:COM|SWD|JOIN|C)\s*\(\s*(?P<cy>(?:19|20)\d\d)\s*\)\s*(?P<cnr>\d{{1,5}}))
    """,
    re.VERBOSE,
)
_ANY_DIGIT = re.compile(r"\d")
_KINDS = {"stb": "stb", "staatsblad": "stb", "stcrt": "stcrt", "staatscourant": "stcrt",
          "trb": "trb", "tractatenblad": "trb"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Reference:
    """One reference to another document; `key` is what two renderings compare."""

    start: int
    end: int
    raw: str
    key: str
    year: str = ""  # the parliamentary year as written ("2025" for 2025/26), "" if none

    def describe(self) -> str:
        return " ".join(self.raw.split())


def _key(m: re.Match[str]) -> str:
    if m["kst"]:
        dossier = re.sub(r"[\s\u00a0\-]+", " ", m["dossier"]).strip()
        digits, _, suffix = dossier.replace(" ", "", 1).partition(" ")
        return f"kst {digits}{('-' + suffix) if suffix else ''} nr {int(m['nr'])}"
    if m["hand"]:
        kind = "ah" if m["aanh"] else "hand"
        item = f" item {int(m['item'])}" if m["item"] else ""
        return f"{kind} nr {int(m['hnr'])}{item}"
    if m["stb"]:
        kind = _KINDS[m["stbk"].rstrip(".").casefold()]
        return f"{kind} {m['sy']} {int(m['snr'])}"
    if m["zaak"]:
        return f"tk {m['zaak'].upper()}"
    if m["ecli"]:
        return m["ecli"].upper()
    return f"com {m['cy']} {int(m['cnr'])}"


def find_references(text: str) -> list[Reference]:
    """Every document reference in ``text``, in order and non-overlapping."""
    if not _ANY_DIGIT.search(text):  # every kind of reference holds a number
        return []
    return [
        Reference(m.start(), m.end(), m.group(), _key(m), m["ky"] or m["hy"] or "")
        for m in _PATTERN.finditer(text)
    ]
