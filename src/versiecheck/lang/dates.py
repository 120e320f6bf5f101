"""Find date mentions in Dutch and English running text.

`find_dates(text)` returns every date mention in `text`, in order and non-overlapping, as
`DateMention` records with a canonical `key` ("2026-02-03", "2026-01-22/2026-01-23",
"--02-03" when the year is unknown, "2026-04-31!" for impossible dates), so that two
renderings of one document can be compared on meaning rather than spelling:
"3-2-2026", "3 februari 2026" and "Tuesday, February 3, 2026" share one key.

Recognised: day-month-year with Dutch or English month names and abbreviations
("3 februari 2026", "3rd Feb. 2026", "1e mei"), US style ("February 3, 2026"), numeric
day-month-year with one separator ("03-02-2026", "3/2/2026", "03.02.2026"), ISO
("2026-02-03"), ranges ("22 en 23 januari", "22–23 januari 2026", "22 t/m 24 januari",
"30 januari - 2 februari 2026", "January 22-23, 2026") and a leading weekday, which is
checked against the date. A date may be broken across one line break. A mention without
a year takes the year of the nearest preceding mention that states one, else
`default_year`, else stays unknown.

Deliberately refused, as they are not dates: a bare year ("2025"), month and year
without a day ("mei 2026"), parliamentary years ("2025–2026", "2025/26"), dossier and
reference numbers ("32 317", "nr. 994", "2023Z16994"), amounts, times ("10.30 uur"),
section numbers ("1.2.3") and phone numbers. Month names count only as whole words, a
lowercase "may" without a year is taken for the English verb, and the month-first order
without a year is accepted only for a capitalised full English month name other than May.
Numeric dates are always read day-month-year.

Stdlib only; the regular expression is compiled once at import and the scan is one pass.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_FULL_MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10,
}  # fmt: skip
_ENGLISH_FULL = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})  # fmt: skip
_ABBR_MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS: dict[str, int] = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5,
    "zondag": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# Whitespace: at most one line break, so a date never swallows a number from the next
# paragraph. Atomic groups keep long runs of spaces from backtracking.
_WS = r"(?>[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"
_WS_OPT = r"(?>[^\S\n]*(?:\n[^\S\n]*)?)"
_DASH = r"[-‐‑–—]"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:ste|de|st|nd|rd|th|e)?(?!\w)"
_WORD_END = r"(?!\w|[-‐‑][^\W\d_])"  # "mei-circulaire" is a word, not a month
_MONTH = rf"(?:(?:{_alt(_FULL_MONTHS)}){_WORD_END}|(?:{_alt(_ABBR_MONTHS)}){_WORD_END}\.?)"
_YEAR_CORE = r"(?:1[6-9]|2\d)\d\d"
_YEAR = rf"{_YEAR_CORE}(?!\w)"
_WEEKDAY = rf"(?:{_alt(_WEEKDAYS)})(?!\w)"
_SEP_TO = (
    rf"(?:{_WS_OPT}{_DASH}{_WS_OPT}"
    rf"|{_WS}(?:t/m|t\.e\.m\.|tot{_WS}en{_WS}met|tot|to|until|till|through){_WS})"
)
_SEP_ANY = rf"(?:{_SEP_TO}|{_WS}(?:en|and){_WS})"


def _weekday_group(name: str) -> str:
    return rf"(?:(?P<{name}>{_WEEKDAY}),?{_WS})?"


_NUM_END = r"(?!\w|[-./]\d)"

_PATTERN = re.compile(
    rf"""
    (?<![\w.,/-])
    (?=[^\W\d_]|\d{{4}}-|\d\d?[^\W\d_]{{0,3}}(?:[./]|\s*+[-‐‑–—]|\s++[^\W\d_]))  # cheap pre-check
    (?:(?P<wd>{_WEEKDAY}),?{_WS}(?:the{_WS})?)?
    (?:
        (?P<nd>3[01]|[12]\d|0?[1-9])(?P<ns>[-./])(?P<nm>1[0-2]|0?[1-9])(?P=ns)
        (?P<ny>{_YEAR_CORE}){_NUM_END}
      | (?P<iy>{_YEAR_CORE})-(?P<im>1[0-2]|0[1-9])-(?P<id>3[01]|[12]\d|0[1-9]){_NUM_END}
      | (?P<d1>{_DAY})
        (?:(?:{_WS}(?:of{_WS})?(?P<m1>{_MONTH})(?:,?{_WS}(?P<y1>{_YEAR}))?{_SEP_TO}
             |{_SEP_ANY}){_weekday_group("wd2")}(?P<d2>{_DAY}))?
        {_WS}(?:of{_WS})?(?P<m2>{_MONTH})(?:,?{_WS}(?P<y2>{_YEAR}))?
      | (?P<fm1>{_MONTH}){_WS}(?:the{_WS})?(?P<fd1>{_DAY})
        (?:(?:{_SEP_TO}(?P<fm2>{_MONTH}){_WS}|{_SEP_ANY}){_weekday_group("fwd2")}(?P<fd2>{_DAY}))?
        (?:,?{_WS}(?P<fy>{_YEAR}))?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date or date range found in a text; `key` is what two renderings compare."""

    start: int
    end: int
    raw: str
    first: dt.date | None
    last: dt.date | None
    year_known: bool
    weekday: str | None
    weekday_ok: bool | None  # None also when the date itself cannot be determined
    impossible: bool  # a day that does not exist, or a range that runs backwards
    key: str
    last_weekday: str | None = None  # second weekday in "donderdag 22 en vrijdag 23 januari"

    @property
    def is_range(self) -> bool:
        """True when the mention spans more than one day ("22 en 23 januari")."""
        return "/" in self.key

    def describe(self) -> str:
        """The mention as written, with runs of whitespace squeezed to single spaces."""
        return " ".join(self.raw.split())


# (year or None, month, day) of one end of a mention.
_Ymd = tuple[int | None, int, int]


# Non-ASCII letters that re.IGNORECASE matches to ASCII ones but str.lower() leaves alone.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def _norm(name: str) -> str:
    return name.translate(_FOLD).lower().rstrip(".")


def _month(name: str) -> int:
    return _FULL_MONTHS.get(_norm(name)) or _ABBR_MONTHS[_norm(name)]


def _day(text: str) -> int:
    found = _DIGITS.match(text)
    assert found is not None
    return int(found.group())


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _parts(m: re.Match[str]) -> tuple[_Ymd, _Ymd] | None:
    """Both ends of the mention as written (equal for one date); None to reject the match."""
    if m["nd"]:
        one: _Ymd = (int(m["ny"]), int(m["nm"]), int(m["nd"]))
        return one, one
    if m["iy"]:
        one = (int(m["iy"]), int(m["im"]), int(m["id"]))
        return one, one
    if m["d1"]:
        if m["m2"] == "may" and not (m["y1"] or m["y2"]):
            return None  # "page 3 may be": the English verb
        last = (_year(m["y2"]), _month(m["m2"]), _day(m["d2"] or m["d1"]))
        if m["d2"] is None:
            return last, last
        return (_year(m["y1"]), _month(m["m1"] or m["m2"]), _day(m["d1"])), last
    name = m["fm1"]
    if not m["fy"] and not (
        name[0].isupper() and _norm(name) in _ENGLISH_FULL and _norm(name) != "may"
    ):
        return None  # "in mei 12 keer", "Jan 3": month first needs a year
    first = (_year(m["fy"]) if m["fd2"] is None else None, _month(name), _day(m["fd1"]))
    if m["fd2"] is None:
        return first, first
    return first, (_year(m["fy"]), _month(m["fm2"] or name), _day(m["fd2"]))


def _resolve(a: _Ymd, b: _Ymd, base: int | None) -> tuple[_Ymd, _Ymd]:
    """Fill in missing years; a range that wraps past December crosses into the next year."""
    (y1, m1, d1), (y2, m2, d2) = a, b
    wrap = 1 if m2 < m1 else 0
    if y1 is None and y2 is not None:
        y1 = y2 - wrap
    elif y2 is None and y1 is not None:
        y2 = y1 + wrap
    elif y1 is None and base is not None:
        y1, y2 = base, base + wrap
    return (y1, m1, d1), (y2, m2, d2)


def _date(ymd: _Ymd) -> tuple[dt.date | None, bool, str]:
    """The date (None if the year is unknown or it is impossible), validity, key part."""
    year, month, day = ymd
    try:
        date = dt.date(2000 if year is None else year, month, day)  # 2000: a leap year
    except ValueError:
        ok, date = False, None
    else:
        ok = True
    text = f"--{month:02d}-{day:02d}" if year is None else f"{year:04d}-{month:02d}-{day:02d}"
    return (date if year is not None else None), ok, text + ("" if ok else "!")


def _weekday_ok(written: str | None, date: dt.date | None) -> bool | None:
    if written is None or date is None:
        return None
    return _WEEKDAYS[_norm(written)] == date.weekday()


def has_ascii_digit(text: str) -> bool:
    """Whether ``text`` holds a digit 0–9 (ten substring searches at C speed are quicker
    than one ``[0-9]`` search, which tries the class at every position)."""
    return any(d in text for d in "0123456789")


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    """Every date mention in `text`, in order and non-overlapping."""
    found: list[DateMention] = []
    if not has_ascii_digit(text):  # every date has a day or a year in digits
        return found
    context_year: int | None = None
    pos = 0
    while (m := _PATTERN.search(text, pos)) is not None:
        parts = _parts(m)
        if parts is None:
            pos = m.start() + 1
            continue
        pos = m.end()
        written_a, written_b = parts
        year_known = written_a[0] is not None or written_b[0] is not None
        base = context_year if context_year is not None else default_year
        a, b = _resolve(written_a, written_b, base)
        first, ok_a, key_a = _date(a)
        last, ok_b, key_b = _date(b)
        single = a == b
        (y1, m1, d1), (y2, m2, d2) = a, b
        if y1 is not None and y2 is not None:
            backwards = (y1, m1, d1) > (y2, m2, d2)
        else:  # year unknown: only a backwards run within one month is certain
            backwards = m1 == m2 and d1 > d2
        impossible = not (ok_a and ok_b) or backwards
        key = key_a if single else f"{key_a}/{key_b}" + ("!" if backwards else "")
        if impossible:
            first = last = None
        weekday2 = m["wd2"] or m["fwd2"]
        checks = {_weekday_ok(m["wd"], first), _weekday_ok(weekday2, last)} - {None}
        ok = None if not checks else all(checks)
        found.append(
            DateMention(
                start=m.start(),
                end=pos,
                raw=m.group(),
                first=first,
                last=last,
                year_known=year_known,
                weekday=m["wd"],
                weekday_ok=ok,
                impossible=impossible,
                key=key,
                last_weekday=weekday2,
            )
        )
        if year_known:
            context_year = b[0]
    return found


# ------------------------------------------------------------------------------- times
_TIME = re.compile(
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])"
    r"(?:[.:](?P<m>[0-5]\d)(?:\s*(?P<u1>uur|u\.?|h)(?!\w))?|\s*(?P<u2>uur)(?!\w))"
    r"(?:\s*(?P<ap>a\.?m\.?|p\.?m\.?))?(?![\w:]|[.,]\d)"
)


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time of day (``10.30 uur``, ``10:30``, ``14 uur``, ``2.30 p.m.``); `key` is
    ``HH:MM`` on a 24-hour clock."""

    start: int
    end: int
    raw: str
    key: str

    def describe(self) -> str:
        return " ".join(self.raw.split())


def find_times(text: str) -> list[TimeMention]:
    """Times of day in ``text``. ``10.30`` alone is a time only with ``uur``/``u``/``h`` or
    a.m./p.m. after it (else it is a number); ``10:30`` always is."""
    found: list[TimeMention] = []
    for m in _TIME.finditer(text):
        if m["m"] and not (m["u1"] or m["ap"]) and text[m.start() + len(m["h"])] == ".":
            continue  # "10.30" without "uur": a number, not a time
        hour = int(m["h"])
        ap = (m["ap"] or "").replace(".", "").casefold()
        if ap == "pm" and hour < 12:
            hour += 12
        elif ap == "am" and hour == 12:
            hour = 0
        key = f"{hour:02d}:{m['m'] or '00'}"
        found.append(TimeMention(m.start(), m.end(), m.group(), key))
    return found
