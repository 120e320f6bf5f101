"""Generate rendering pairs with planted differences, for measuring versiecheck.

Each case is one letter printed twice, A as a typeset publication and B as a Word text
(wrapping, hyphenation, page breaks, running heads, footnotes at page bottoms or in the
flow, marker style, paragraphs split or joined: all different), with one planted
difference of a known kind in the content of one side (or several, ``several=3``, each in
a part of the letter the others leave alone): the plants are in :mod:`plants`, the
letters in :mod:`content`, the printing in :mod:`letters`. Layout-only cases plant nothing
and also write equal values differently (``3 februari 2026`` / ``3-2-2026``, ``twintig``
/ ``20``, ``Kamerstuk 32 317, nr. 987`` / ``KST 32317, nr. 987``).

Letters come from the seed fixture (its typeset text, segmented, with the footnote bodies
of both renderings) and from synthetic Dutch and English letters with dates, amounts,
percentages, references, footnotes and co-signers. Seeded: the same seed gives the same
cases. ``python eval/generate.py OUT_DIR [COUNT]`` writes the pairs as files.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from content import MONTHS_NL, NUM_WORDS_EN, NUM_WORDS_NL, fixture_letter, synthetic
from letters import TYPESET, WORD, Layout, Letter, Para, render
from plants import PLANTS, Expect

__all__ = ["PLANTS", "Case", "Expect", "generate"]


@dataclass
class Case:
    name: str  # "<base>/<plant>/<n>"
    plant: str
    a: str
    b: str
    lines_a: dict[str, tuple[int, int]]
    lines_b: dict[str, tuple[int, int]]
    expects: list[Expect] = field(default_factory=list)


def equivalents(letter: Letter, rng: random.Random) -> None:
    """Write equal values differently: dates, number words, references, quotes."""
    nl_num = {v: str(k) for k, v in NUM_WORDS_NL.items()}
    for p in letter.paragraphs():
        text = p.text
        if rng.random() < 0.7:
            text = re.sub(  # not the end of a range ("22 en 23 januari 2026")
                r"(?<!en )(?<!t/m )(?<![-–])\b(\d{1,2}) (" + "|".join(MONTHS_NL) + r") (\d{4})\b",
                lambda m: f"{int(m.group(1))}-{MONTHS_NL.index(m.group(2)) + 1}-{m.group(3)}",
                text,
            )
        if rng.random() < 0.7:
            text = re.sub(
                r"\b(" + "|".join(nl_num) + r")( lidstaten)",
                lambda m: nl_num[m.group(1)] + m.group(2),
                text,
            )
        if rng.random() < 0.7:
            text = re.sub(
                r"Kamerstuk(?:ken II 2025/26,)? (\d\d) (\d{3}), nr\. (\d+)",
                lambda m: f"KST {m.group(1)}{m.group(2)}, nr. {m.group(3)}",
                text,
            )
        if rng.random() < 0.5:
            text = re.sub(
                r"\b(" + "|".join(NUM_WORDS_EN.values()) + r")( member states)",
                lambda m: str({v: k for k, v in NUM_WORDS_EN.items()}[m.group(1)]) + m.group(2),
                text,
            )
        if rng.random() < 0.5:  # "10.30 uur" / "10:30 uur"
            text = re.sub(r"\b(\d{1,2})\.(\d\d) uur", r"\1:\2 uur", text)
        if rng.random() < 0.5 and letter.dateline.endswith("2026"):
            # the letter's year is left out: "op 3 februari" is read in the year of the letter
            text = re.sub(r"\b(\d{1,2} (?:" + "|".join(MONTHS_NL) + r")) 2026\b", r"\1", text)
        text = text.replace("“", '"').replace("”", '"').replace("’", "'")
        p.text = text
    if rng.random() < 0.5:
        for sig in letter.signatures:  # initials spaced: "A. C. L. Rutte"
            sig.person.initials = sig.person.initials.replace(".", ". ").strip()


def reparagraph(letter: Letter, rng: random.Random) -> None:
    """Split a long paragraph at a sentence end and join two short neighbours."""
    body = letter.body
    long = [
        k
        for k, p in enumerate(body)
        if not p.heading and len(re.findall(r"[.!?] [A-Z]", p.text)) >= 2
    ]
    if long and rng.random() < 0.6:
        k = rng.choice(long)
        p = body[k]
        cuts = [m.end() - 1 for m in re.finditer(r"[.!?] (?=[A-Z])", p.text)]
        cut = rng.choice(cuts)
        body[k : k + 1] = [Para(p.tag, p.text[:cut]), Para(p.tag, p.text[cut + 1 :])]
    joinable = [
        k for k in range(len(body) - 1)
        if not body[k].heading and not body[k + 1].heading and body[k].tag != body[k + 1].tag
    ]  # fmt: skip
    if joinable and rng.random() < 0.6:
        k = rng.choice(joinable)
        body[k : k + 2] = [
            Para(f"{body[k].tag}+{body[k + 1].tag}", f"{body[k].text} {body[k + 1].text}")
        ]


def layouts(rng: random.Random) -> tuple[Layout, Layout]:
    typeset = replace(TYPESET, width=rng.choice([58, 62, 66]), page_lines=rng.choice([24, 28, 32]))
    word = replace(
        WORD,
        width=rng.choice([76, 84, 92, None]),
        marker=rng.choice(["digit", "digit", "bracket", "super", "paren"]),
        sig_gap=rng.random() < 0.5,
    )
    return typeset, word


def _expand(lines: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    out = dict(lines)
    for tag, (lo, hi) in lines.items():
        for part in tag.split("+"):
            old = out.get(part, (lo, hi))
            out[part] = (min(lo, old[0]), max(hi, old[1]))
    return out


def _plant_several(
    a: Letter, b: Letter, rng: random.Random, first: str, count: int
) -> tuple[list[str], list[Expect]] | None:
    """``first`` and up to ``count - 1`` more plants, each on parts of the letter that
    the others did not touch (so that every finding can be told apart)."""
    names: list[str] = []
    expects: list[Expect] = []
    touched: set[str] = set()
    for k in range(count * 4):
        if len(names) == count:
            break
        name = first if k == 0 else rng.choice([n for n in PLANTS if n not in names])
        trial_a, trial_b = a.clone(), b.clone()
        got = PLANTS[name](trial_a, trial_b, rng)
        if got is None:
            if k == 0:
                return None
            continue
        tags = {t for e in got for t in e.tags}
        if tags & touched or (names and "header" in tags | touched):
            continue
        a.__dict__.update(trial_a.__dict__)
        b.__dict__.update(trial_b.__dict__)
        names.append(name)
        expects += got
        touched |= tags
    return names, expects


def generate(seed: int = 1, count: int = 700, several: int = 1) -> list[Case]:
    """``count`` cases; with ``several`` > 1, each planted case has that many
    differences at once, in different parts of the letter."""
    rng = random.Random(seed)
    bases: list[tuple[str, Letter]] = [("kst-32317-994", fixture_letter())]
    for k in range(12):
        lang = "nl" if k % 3 else "en"
        bases.append((f"synthetic-{lang}-{k}", synthetic(random.Random(seed * 1000 + k), lang, k)))
    plants = ["layout"] * 3 + list(PLANTS)
    cases: list[Case] = []
    attempt = 0
    while len(cases) < count and attempt < count * 4:
        attempt += 1
        plant = plants[len(cases) % len(plants)] if attempt < count * 3 else "layout"
        base_name, base = bases[rng.randrange(len(bases))]
        a, b = base.clone(), base.clone()
        expects: list[Expect] = []
        if plant != "layout":
            got = _plant_several(a, b, rng, plant, several)
            if got is None:
                continue
            names, expects = got
            plant = "+".join(names) if several > 1 else plant
        else:
            equivalents(b, rng)
        reparagraph(b, rng)
        layout_a, layout_b = layouts(rng)
        # At least three pages: a running head that stands on one page only is not yet
        # recognised as furniture (see ACCURACY.md, "Not measured").
        flat = render(a, replace(layout_a, page_lines=None)).text.count("\n")
        layout_a = replace(layout_a, page_lines=min(layout_a.page_lines or 44, max(14, flat // 3)))
        ra, rb = render(a, layout_a), render(b, layout_b)
        name = f"{base_name}/{plant}/{len(cases)}"
        case = Case(name, plant, ra.text, rb.text, _expand(ra.lines), _expand(rb.lines), expects)
        if rng.random() < 0.5:  # the planted side is A as often as B
            case = Case(name, plant, rb.text, ra.text, case.lines_b, case.lines_a, expects)
        cases.append(case)
    return cases


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("eval-pairs")
    count = int(argv[2]) if len(argv) > 2 else 50
    out.mkdir(parents=True, exist_ok=True)
    for case in generate(count=count):
        stem = case.name.replace("/", "__")
        (out / f"{stem}.a.txt").write_text(case.a, encoding="utf-8")
        (out / f"{stem}.b.txt").write_text(case.b, encoding="utf-8")
    print(f"{count} pairs written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
