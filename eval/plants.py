"""Planted differences: each plant changes one part of a letter's content (side B; the
caller may swap sides) and says what finding it should give, where.

A plant returns the :class:`Expect` list, or None when the letter has nothing it can
change (no footnote to move, a single signatory to drop, …).
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from content import (
    DAYS_EN,
    DAYS_NL,
    MINISTRIES_EN,
    MINISTRIES_NL,
    MONTHS_EN,
    MONTHS_NL,
    NUM_WORDS_EN,
    NUM_WORDS_NL,
    OTHER_FIRST,
    OTHER_SURNAMES,
    _marker_places,
)  # fmt: skip
from letters import MARK, Letter, Para, Signature

from versiecheck.lang.dates import find_dates
from versiecheck.lang.numbers import find_numbers
from versiecheck.lang.references import find_references


@dataclass(frozen=True)
class Expect:
    """A planted difference: the finding it should give and where it may point."""

    category: str
    severity: str
    tags: frozenset[str]


Plant = Callable[[Letter, Letter, random.Random], list[Expect] | None]
_VALUE_WORDS = (
    {w.casefold() for w in MONTHS_NL + MONTHS_EN + DAYS_NL + DAYS_EN}
    | set(NUM_WORDS_NL.values())
    | set(NUM_WORDS_EN.values())
    | {"miljoen", "miljard", "million", "billion", "procent", "percent"}
)
SWAP_WORDS = {"nl": ["belangrijke", "voorlopige", "Europese", "nationale", "beperkte"],
              "en": ["important", "provisional", "European", "national", "limited"]}  # fmt: skip


def E(category: str, severity: str, *tags: str) -> Expect:
    return Expect(category, severity, frozenset(tags))


def _text_paras(letter: Letter, min_words: int = 8, markers: bool = True) -> list[Para]:
    return [
        p for p in letter.paragraphs()
        if not p.heading and len(p.text.split()) >= min_words and (markers or "⟦" not in p.text)
    ]  # fmt: skip


def _plain_word(letter: Letter, rng: random.Random) -> tuple[Para, re.Match[str]] | None:
    options = []
    for p in _text_paras(letter):
        taken = [(d.start, d.end) for d in find_dates(p.text)] + [
            (r.start, r.end) for r in find_references(p.text)
        ]
        for m in re.finditer(r"(?<=\s)[a-zà-ÿ]{5,}(?=\s)", p.text):
            if m.group().casefold() in _VALUE_WORDS or any(s <= m.start() < e for s, e in taken):
                continue
            options.append((p, m))
    return rng.choice(options) if options else None


def word_replace(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    hit = _plain_word(b, rng)
    if hit is None:
        return None
    p, m = hit
    new = rng.choice([w for w in SWAP_WORDS[b.lang] if w != m.group()])
    p.text = p.text[: m.start()] + new + p.text[m.end() :]
    return [E("text", "error", p.tag)]


def word_insert(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    hit = _plain_word(b, rng)
    if hit is None:
        return None
    p, m = hit
    word = "niet" if b.lang == "nl" else "not"
    p.text = p.text[: m.start()] + word + " " + p.text[m.start() :]
    return [E("text", "error", p.tag)]


def word_delete(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    hit = _plain_word(b, rng)
    if hit is None:
        return None
    p, m = hit
    p.text = p.text[: m.start()] + p.text[m.end() + 1 :]
    return [E("text", "error", p.tag)]


def punctuation(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    options = [
        (p, m) for p in _text_paras(b) for m in re.finditer(r"(?<=[a-zà-ÿ]),(?= [a-z])", p.text)
    ]
    if not options:
        return None
    p, m = rng.choice(options)
    p.text = p.text[: m.start()] + p.text[m.end() :]
    return [E("text", "warning", p.tag)]


def case_change(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    hit = _plain_word(b, rng)
    if hit is None:
        return None
    p, m = hit
    p.text = p.text[: m.start()] + m.group().capitalize() + p.text[m.end() :]
    return [E("text", "info", p.tag)]


def para_delete(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    options = [p for p in _text_paras(b, 10, markers=False) if p in b.body]
    if len(b.body) < 3 or not options:
        return None
    p = rng.choice(options)
    b.body.remove(p)
    return [E("structure", "error", p.tag)]


def para_move(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    options = [p for p in _text_paras(b, 14, markers=False) if p in b.body]
    if len(b.body) < 4 or not options:
        return None
    p = rng.choice(options)
    k = b.body.index(p)
    targets = [t for t in range(len(b.body)) if abs(t - k) >= 2 and t != k]
    if not targets:
        return None
    target = rng.choice(targets)
    passed = b.body[min(k, target) : max(k, target) + 1]
    b.body.remove(p)
    b.body.insert(min(target, len(b.body)), p)
    # Moving p past q is moving q past p: either may be reported as the one that moved.
    return [E("structure", "warning", *(x.tag for x in passed))]


def _notes_in_order(letter: Letter) -> list[tuple[int, Para]]:
    out = []
    for p in letter.paragraphs():
        out.extend((int(n), p) for n in MARK.findall(p.text))
    return out


def note_body_delete(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    notes = [(n, p) for n, p in _notes_in_order(b) if n in b.notes]
    if not notes:
        return None
    n, p = rng.choice(notes)
    del b.notes[n]
    return [E("footnote", "error", p.tag, f"n{n}")]


def note_body_change(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    notes = [(n, p) for n, p in _notes_in_order(b) if n in b.notes]
    if not notes:
        return None
    n, p = rng.choice(notes)
    text = b.notes[n]
    m = re.search(r"\d{3}(?=\D*$)", text)
    if m and rng.random() < 0.5:
        b.notes[n] = text[: m.start()] + str(int(m.group()) % 900 + 101) + text[m.end() :]
    else:
        words = list(re.finditer(r"[^\W\d_]{4,}", text))
        if not words:
            return None
        w = rng.choice(words)
        b.notes[n] = text[: w.start()] + "gewijzigde" + text[w.end() :]
    return [E("footnote", "error", p.tag, f"n{n}")]


def note_marker_delete(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    notes = [(n, p) for n, p in _notes_in_order(b) if n in b.notes]
    if not notes:
        return None
    n, p = notes[-1]
    p.text = p.text.replace(f"⟦{n}⟧", "")
    return [E("footnote", "error", p.tag, f"n{n}")]


def note_delete(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    notes = _notes_in_order(b)
    if not notes:
        return None
    n, p = notes[-1]
    p.text = p.text.replace(f"⟦{n}⟧", "")
    b.notes.pop(n, None)
    return [E("footnote", "error", p.tag, f"n{n}")]


def note_move(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    notes = _notes_in_order(b)
    if not notes:
        return None
    n, p = rng.choice(notes)
    mark = f"⟦{n}⟧"
    at = p.text.index(mark)
    text = p.text.replace(mark, "")
    words = [m for m in _marker_places(text) if abs(m.end() - at) > 25]
    if not words:
        return None
    w = rng.choice(words)
    p.text = text[: w.end()] + mark + text[w.end() :]
    return [E("footnote", "warning", p.tag, f"n{n}")]


def note_other_paragraph(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    notes = _notes_in_order(b)
    if not notes:
        return None
    n, p = rng.choice(notes)
    k = b.body.index(p) if p in b.body else -1
    # the neighbouring paragraph, so that the numbering keeps its order
    others = [
        q for q in b.body[k - 1 : k + 2] if q is not p and not q.heading and "⟦" not in q.text
    ]
    places = [(q, m) for q in others for m in _marker_places(q.text)]
    if k < 0 or not places:
        return None
    q, m = rng.choice(places)
    p.text = p.text.replace(f"⟦{n}⟧", "")
    q.text = q.text[: m.end()] + f"⟦{n}⟧" + q.text[m.end() :]
    if _notes_in_order(b) != sorted(_notes_in_order(b), key=lambda x: x[0]):
        return None
    return [E("footnote", "warning", p.tag, q.tag, f"n{n}")]


def note_renumber(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    notes = _notes_in_order(b)
    if not notes:
        return None
    shift = rng.randint(1, 4)
    for p in b.paragraphs():
        p.text = MARK.sub(lambda m: f"⟦{int(m.group(1)) + shift}⟧", p.text)
    b.notes = {n + shift: t for n, t in b.notes.items()}
    tags = {p.tag for _, p in notes} | {f"n{n}" for n, _ in notes}
    return [E("footnote", "warning", *tags)]


def note_gap(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    notes = _notes_in_order(b)
    if len(notes) < 2:
        return None
    n, p = notes[-1]
    p.text = p.text.replace(f"⟦{n}⟧", f"⟦{n + 2}⟧")
    if n in b.notes:
        b.notes[n + 2] = b.notes.pop(n)
    return [E("footnote", "error", p.tag, f"n{n}", f"n{n + 2}")]


def _sig(
    b: Letter, rng: random.Random, need: Callable[[Signature], bool] = lambda s: True
) -> Signature | None:
    options = [s for s in b.signatures if need(s)]
    return rng.choice(options) if options else None


def sig_form(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    s = _sig(b, rng, lambda s: bool(s.person.initials and s.person.first))
    if s is None:
        return None
    s.person.form = "first" if s.person.form == "initials" else "initials"
    return [E("signatory", "warning", s.tag)]


def sig_title(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    s = _sig(b, rng)
    if s is None:
        return None
    s.person.title = "" if s.person.title else rng.choice(["mr.", "dr.", "drs.", "ir."])
    return [E("signatory", "warning", s.tag)]


def sig_particle(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    s = _sig(b, rng, lambda s: bool(s.person.particle))
    if s is None:
        return None
    s.person.particle_case = "upper"
    return [E("signatory", "warning", s.tag)]


def sig_surname_only(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    """``D.M. van Weel`` printed as ``Van Weel``: the same person, particle capitalised."""
    s = _sig(b, rng, lambda s: bool(s.person.particle) and not s.person.title)
    if s is None:
        return None
    s.person.initials = s.person.first = ""
    s.person.particle_case = "upper"
    return [E("signatory", "warning", s.tag)]


def sig_other_surname(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    s = _sig(b, rng)
    if s is None:
        return None
    s.person.surname = rng.choice([x for x in OTHER_SURNAMES if x != s.person.surname])
    return [E("signatory", "error", s.tag)]


def sig_other_first(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    s = _sig(b, rng, lambda s: bool(s.person.initials))
    if s is None:
        return None
    s.person.first = rng.choice([x for x in OTHER_FIRST if x[0] != s.person.initials[0]])
    s.person.form = "first"
    return [E("signatory", "error", s.tag)]


def sig_delete(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    if len(b.signatures) < 2:
        return None
    s = rng.choice(b.signatures)
    b.signatures.remove(s)
    return [E("signatory", "error", s.tag)] + (
        [E("signatory", "warning", "header")] if b.header else []
    )


def sig_reorder(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    if len(b.signatures) < 2:
        return None
    i, j = rng.sample(range(len(b.signatures)), 2)
    b.signatures[i], b.signatures[j] = b.signatures[j], b.signatures[i]
    return [E("signatory", "warning", b.signatures[i].tag, b.signatures[j].tag)]


def role_ministry(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    s = _sig(b, rng)
    if s is None:
        return None
    ministries = MINISTRIES_NL if b.lang == "nl" else MINISTRIES_EN
    used = [m for m in ministries if s.role.endswith(" " + m)]
    if not used:
        return None
    others = [m for m in ministries if all(m not in x.role for x in b.signatures)]
    s.role = s.role[: -len(used[0])] + rng.choice(others)
    return [E("signatory", "error", s.tag)] + (
        [E("signatory", "warning", "header")] if b.header else []
    )


def role_case(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    s = _sig(b, rng, lambda s: bool(re.search(r"\b(minister|staatssecretaris)\b", s.role)))
    if s is None:
        return None
    s.role = re.sub(r"\b(minister|staatssecretaris)\b", lambda m: m.group().capitalize(), s.role)
    return [E("signatory", "info", s.tag)]


def title_role(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    if not b.header or len(b.header) < 2:
        return None
    ministries = MINISTRIES_NL if b.lang == "nl" else MINISTRIES_EN
    used = [m for m in ministries if m in b.header[1]]
    others = [m for m in ministries if m not in b.header[1]]
    if not used or not others:
        return None
    b.header[1] = b.header[1].replace(rng.choice(used), rng.choice(others), 1)
    return [E("text", "error", "header"), E("signatory", "warning", "header")]


def _dates(letter: Letter, weekday: bool | None = None) -> list[tuple[Para, object]]:
    out = []
    for p in _text_paras(letter, 4):
        for d in find_dates(p.text):
            if d.is_range or d.first is None:
                continue
            if weekday is None or bool(d.weekday) == weekday:
                out.append((p, d))
    return out


def date_change(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    options = _dates(b, weekday=False)
    if not options:
        return None
    p, d = rng.choice(options)
    day = d.first.day  # type: ignore[attr-defined]
    new_day = day + 1 if day < 27 else day - 2
    raw = d.raw  # type: ignore[attr-defined]
    new = re.sub(rf"(?<!\d){day}(?!\d)", str(new_day), raw, count=1)
    p.text = p.text[: d.start] + new + p.text[d.end :]  # type: ignore[attr-defined]
    return [E("date", "error", p.tag)]


def date_weekday(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    options = _dates(b, weekday=True)
    if not options:
        return None
    p, d = rng.choice(options)
    names = DAYS_NL if b.lang == "nl" else DAYS_EN
    wd = d.weekday  # type: ignore[attr-defined]
    new = names[(names.index(wd) + rng.randint(1, 6)) % 7]
    p.text = p.text[: d.start] + new + p.text[d.start + len(wd) :]  # type: ignore[attr-defined]
    return [E("date", "error", p.tag)]


def date_impossible(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    options = _dates(b, weekday=False)
    if not options:
        return None
    p, d = rng.choice(options)
    new = (
        rng.choice(["31 april 2026", "31 juni 2026", "30 februari 2026"])
        if b.lang == "nl"
        else rng.choice(["31 April 2026", "June 31, 2026"])
    )
    p.text = p.text[: d.start] + new + p.text[d.end :]  # type: ignore[attr-defined]
    return [E("date", "error", p.tag)]


def date_range_change(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    options = [
        (p, d)
        for p in _text_paras(b, 4)
        for d in find_dates(p.text)
        if d.is_range and d.last is not None and d.last.day < 27
    ]
    if not options:
        return None
    p, d = rng.choice(options)
    day = d.last.day  # type: ignore[union-attr]
    raw = re.sub(rf"(?<!\d){day}(?!\d)(?!.*(?<!\d){day}(?!\d))", str(day + 1), d.raw, count=1)
    p.text = p.text[: d.start] + raw + p.text[d.end :]
    return [E("date", "error", p.tag)]


def time_change(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    options = [
        (p, m)
        for p in _text_paras(b, 4)
        for m in re.finditer(r"(?<=\s)(\d{1,2})([.:]\d\d)(?= uur| sharp)", p.text)
    ]
    if not options:
        return None
    p, m = rng.choice(options)
    hour = (int(m.group(1)) + rng.randint(1, 3)) % 24
    p.text = p.text[: m.start()] + f"{hour}{m.group(2)}" + p.text[m.end() :]
    return [E("date", "error", p.tag)]


def date_drop(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    options = [
        (p, m)
        for p in _text_paras(b, 4)
        for m in re.finditer(r" (?:op|on) (\d{1,2} \w+ \d{4}|\w+ \d{1,2}, \d{4})(?=[ .,])", p.text)
        if find_dates(m.group(1))
    ]
    if not options:
        return None
    p, m = rng.choice(options)
    p.text = p.text[: m.start()] + p.text[m.end() :]
    return [E("date", "error", p.tag)]


def dateline_change(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    if not b.dateline:
        return None
    d = find_dates(b.dateline)[0]
    assert d.first is not None
    day = d.first.day
    new_day = day + 1 if day < 27 else day - 3
    b.dateline = b.dateline[: d.start] + re.sub(
        rf"(?<!\d){day}(?!\d)", str(new_day), d.raw, count=1
    )
    return [E("date", "error", "date")]


def dateline_weekday(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    """A weekday added to the dagtekening, the wrong one."""
    found = find_dates(b.dateline)
    if not found or found[0].weekday or found[0].first is None:
        return None
    d = found[0]
    names = DAYS_NL if b.lang == "nl" else DAYS_EN
    wrong = names[(d.first.weekday() + rng.randint(1, 6)) % 7]  # type: ignore[union-attr]
    sep = " " if b.lang == "nl" else ", "
    b.dateline = b.dateline[: d.start] + wrong + sep + b.dateline[d.start :]
    return [E("date", "error", "date")]


def dateline_delete(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    if not b.dateline:
        return None
    b.dateline = ""
    return [E("date", "warning", "date")]


def _numbers(letter: Letter) -> list[tuple[Para, object]]:
    out = []
    for p in _text_paras(letter, 4):
        taken = [(d.start, d.end) for d in find_dates(p.text)] + [
            (r.start, r.end) for r in find_references(p.text)
        ]
        clean = MARK.sub(lambda m: "\x00" * len(m.group()), p.text)
        out.extend((p, n) for n in find_numbers(clean, taken) if "\x00" not in n.raw)
    return out


def amount_scale(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    scales = {
        "miljoen": "miljard",
        "miljard": "miljoen",
        "million": "billion",
        "billion": "million",
    }
    options = [(p, n) for p, n in _numbers(b) if any(s in n.raw for s in scales)]  # type: ignore[attr-defined]
    if not options:
        return None
    p, n = rng.choice(options)
    raw = n.raw  # type: ignore[attr-defined]
    old = next(s for s in scales if s in raw)
    p.text = p.text[: n.start] + raw.replace(old, scales[old]) + p.text[n.end :]  # type: ignore[attr-defined]
    return [E("number", "error", p.tag)]


def number_value(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    options = _numbers(b)
    if not options:
        return None
    p, n = rng.choice(options)
    raw = n.raw  # type: ignore[attr-defined]
    words = {**{v: k for k, v in NUM_WORDS_NL.items()}, **{v: k for k, v in NUM_WORDS_EN.items()}}
    m = re.search(r"\d+", raw)
    if m:
        new = raw[: m.start()] + str(int(m.group()) + rng.randint(1, 9)) + raw[m.end() :]
    else:
        word = next((w for w in words if w in raw.casefold()), None)
        if word is None:
            return None
        table = NUM_WORDS_NL if b.lang == "nl" else NUM_WORDS_EN
        new = rng.choice([v for v in table.values() if v != word])
    p.text = p.text[: n.start] + new + p.text[n.end :]  # type: ignore[attr-defined]
    return [E("number", "error", p.tag)]


def reference_change(a: Letter, b: Letter, rng: random.Random) -> list[Expect] | None:
    options = [(p, r) for p in _text_paras(b, 4) for r in find_references(p.text)]
    if not options:
        return None
    p, r = rng.choice(options)
    m = list(re.finditer(r"\d+", r.raw))[-1 if rng.random() < 0.6 else 0]
    new = r.raw[: m.start()] + str(int(m.group()) + 1) + r.raw[m.end() :]
    p.text = p.text[: r.start] + new + p.text[r.end :]
    return [E("reference", "error", p.tag)]


PLANTS: dict[str, Plant] = {
    f.__name__: f  # type: ignore[misc]
    for f in (
        word_replace, word_insert, word_delete, punctuation, case_change, para_delete,
        para_move, note_body_delete, note_body_change, note_marker_delete, note_delete,
        note_move, note_other_paragraph, note_renumber, note_gap, sig_form, sig_title, sig_particle,
        sig_surname_only, sig_other_surname, sig_other_first, sig_delete, sig_reorder,
        role_ministry, role_case, title_role, date_change, date_range_change, date_weekday,
        date_impossible, date_drop, time_change, dateline_change, dateline_weekday, dateline_delete,
        amount_scale, number_value, reference_change,
    )
}  # fmt: skip
