"""Find numbers, amounts and percentages in Dutch and English running text.

`find_numbers(text)` returns every number mention in order, as `NumberMention` records
with a canonical `key` (unit and value), so that two renderings compare on meaning:
``€ 1,5 miljoen`` = ``€ 1.500.000`` = ``EUR 1,5 mln``; ``twintig`` = ``20``;
``12%`` = ``12 procent`` = ``12 percent``; ``1.500`` (Dutch) = ``1,500`` (English).

Separators: with both ``.`` and ``,`` in a number the last one is the decimal mark; one
kind repeated, or once with exactly three digits after it and a non-zero lead, groups
thousands (``1.500``, ``2,500``); otherwise it is the decimal mark (``1,5``, ``0,125``).

Deliberately refused: digits inside words or codes (``2023Z16994``, ``EU-27``, ``A4``),
number words that are usually not numbers (Dutch ``een``, English ``one``), a number
word in capitals among words that are not (``TEN``: an acronym; in a line set in
capitals or small capitals, ``ONE HUNDRED``, it is the word, as ``one hundred`` is),
section numbers (``1.2.3``), times of day (``10.30 uur``, ``10:30``), and whatever the
caller leaves out by passing ``skip`` spans (dates, document references). Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_WORDS: dict[str, int] = {
    "nul": 0, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
    "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90, "honderd": 100,
    "duizend": 1000,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_SCALES: dict[str, int] = {
    "duizend": 10**3, "thousand": 10**3, "mln": 10**6, "mln.": 10**6, "miljoen": 10**6,
    "million": 10**6, "mld": 10**9, "mld.": 10**9, "mrd": 10**9, "mrd.": 10**9,
    "miljard": 10**9, "billion": 10**9, "bn": 10**9, "biljoen": 10**12, "trillion": 10**12,
}  # fmt: skip
_CURRENCIES: dict[str, str] = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "$": "USD", "usd": "USD", "£": "GBP", "gbp": "GBP",
    "dollar": "USD", "pond": "GBP",
}  # fmt: skip
_PERCENT = ("%", "procent", "percent", "pct", "pct.", "procentpunt", "procentpunten")


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_DIGITS = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_PATTERN = re.compile(
    rf"""
    (?<![\w.,/§\-\u2010\u2011\u2013])(?<!\w\()(?<!\w\[)  # not "brief(2)": a footnote marker
    (?:(?P<cur>€|\$|£|EUR|USD|GBP)\s?)?
    (?:(?P<num>{_DIGITS})(?:,-|,[-–]{{1,2}})?|(?P<word>{_alt(_WORDS)}))
    (?![\w]|[.,]\d|[\-\u2010\u2011\u2013]\w|/\d)  # a hyphen or en dash joins a word: COVID–19
    (?:\s(?P<scale>{_alt(_SCALES)})(?![\w.]|\.\w))?
    (?:\s?(?P<pct>%)|\s(?P<pctw>{_alt(_PERCENT[1:])})(?!\w)|\s(?P<curw>euro|dollar)(?!\w))?
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number in a text; `key` is what two renderings compare."""

    start: int
    end: int
    raw: str
    value: Decimal
    unit: str  # "EUR", "USD", "GBP", "%" or ""
    key: str

    def describe(self) -> str:
        return " ".join(self.raw.split())


def parse_digits(text: str) -> Decimal | None:
    """The value of a written number (``1.500``, ``1,5``, ``2,500.75``), None if odd."""
    s = text
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        s = s.replace("," if dec == "." else ".", "").replace(dec, ".")
    elif dots + commas:
        sep = "." if dots else ","
        parts = s.split(sep)
        grouped = len(parts) > 2 or (len(parts[1]) == 3 and parts[0] not in ("0", ""))
        s = s.replace(sep, "") if grouped else s.replace(sep, ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _canon(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


_TIME = re.compile(
    r"(?<![\w.,:])(?:[01]?\d|2[0-3])(?:[.:][0-5]\d(?:\s*(?:uur|u\.?|h)(?!\w))"
    r"|:[0-5]\d(?:\s*(?:uur|u\.?|h|a\.?m\.?|p\.?m\.?)(?!\w))?"
    r"|\s*(?:uur|a\.m\.|p\.m\.))(?![\w:])"
)


def find_numbers(text: str, skip: list[tuple[int, int]] | None = None) -> list[NumberMention]:
    """Every number mention in ``text``, in order, outside the ``skip`` spans. Times of
    day (``10.30 uur``, ``10:30``, ``14 uur``) are not numbers."""
    found: list[NumberMention] = []
    spans = sorted([*(skip or []), *((m.start(), m.end()) for m in _TIME.finditer(text))])
    for m in _PATTERN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        if m["word"]:
            word = m["word"]
            if word.isupper() and len(word) > 1 and not _in_capitals(text, m.start(), m.end()):
                continue  # an acronym such as "TEN" (among words not set in capitals)
            value: Decimal | None = Decimal(_WORDS[word.casefold()])
        else:
            value = parse_digits(m["num"])
        if value is None:
            continue
        if m["scale"]:
            value *= _SCALES[m["scale"].casefold()]
        unit = ""
        if m["cur"] or m["curw"]:
            unit = _CURRENCIES[(m["cur"] or m["curw"]).casefold()]
        elif m["pct"] or m["pctw"]:
            unit = "%"
        found.append(
            NumberMention(m.start(), m.end(), m.group(), value, unit, f"{unit}{_canon(value)}")
        )
    return found


_WORD = re.compile(r"[^\W\d_]+")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands among words set in capitals: the word
    before or after it (on the same line) is in capitals too."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = _WORD.findall(text, line_start, start)
    after = _WORD.findall(text, end, len(text) if line_end < 0 else line_end)
    near = before[-1:] + after[:1]
    return any(w.isupper() and len(w) > 1 for w in near)
