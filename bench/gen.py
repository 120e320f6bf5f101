"""Generate realistic, scaled document pairs for benchmarks and scale tests.

``generate(pages, seed)`` returns a :class:`Pair`: side A looks like the seed's typeset
text (≈ 60-character lines with trailing spaces, hyphenated line ends, paragraphs
separated by lines holding one space, page breaks as runs of blank lines, a running head
and a page number at the top of each page, footnote bodies at page bottoms with markers
glued to words), side B like the letter as written (≈ 80-character lines, paragraphs by
blank lines, footnote bodies in the flow after their paragraph). A differs from B by
planted edits: changed words, moved paragraphs, a paragraph split in two, two paragraphs
merged, deleted and inserted paragraphs; a boilerplate paragraph repeats throughout.
:attr:`Pair.truth` says where, as paragraph texts, so tests can check the alignment.

Dutch-like text comes from a word list and a seeded RNG: no network, same output for the
same arguments. Run as a script to write a pair: ``python bench/gen.py 100 /tmp/pair``.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

_WORD_TEXT = (
    "de het een en van in op te dat die voor met is zijn aan er niet om ook als bij door "
    "over naar uit tot maar nog wel worden wordt heeft hebben kan kunnen moet moeten zal "
    "zullen deze dit wij uw Kamer minister staatssecretaris lidstaten Commissie Raad "
    "Nederland Europese informele overleg verslag brief bijeenkomst samenwerking terugkeer "
    "migratie asielbeleid grenzen veiligheid justitie rechtspraak politie handhaving "
    "voorstel verordening richtlijn implementatie uitvoering onderzoek evaluatie toezicht "
    "financiering ondersteuning strategie werkgroep verkenning oplossingen uitdagingen "
    "systemen registratie doorlaatposten mijlpalen invoering periode mogelijkheid belang "
    "consensus meerderheid voorzitterschap actieplan autoriteiten landen herkomst regio "
    "omstandigheden gevaar orde prioriteit steun acties bezoek activiteiten inzet relatie "
    "sessie presentatie maatregelen achtergrond resultaten start procedures gebied "
    "politieoperaties overeenstemming binnengrenscontroles buitengrenzen confiscatie "
    "vermogen landschap gedachtewisseling instrumentarium risico publiek private "
    "regelgeving terrein pakket gebrek snelheid obstakel rekeningen informatie "
    "uitwisseling taak bestrijding praktische expertbijeenkomst inhoud lacunes "
    "expertisecentrum verbetering politiediensten transparante wijze flexibiliteit "
    "context partijen afbreuk privacy grondrechten raamwerk aanpak erfgoedcriminaliteit "
    "teruggave cultuurgoederen uitkomsten analyse wetgeving rechtszekerheid bezwaren "
    "territorialiteitsbeginsel oorsprong principe bijdragen handel standpunt "
    "kennisuitwisseling deskundigheidsbevordering jongeren drugsproblematiek strafrecht "
    "alternatieven detentie programma preventie recidive circuit trajecten visie "
    "jeugdstrafrecht verslavingsproblematiek benadering gemeenten provincies "
    "waterschappen begroting uitgaven ontvangsten kwartaaloverzicht wetsvoorstellen "
    "conclusie triloog partnerschappen instrumenten coördinatie agentschappen "
    "terugkeerhub verkenning voortvarend afgerond gemonitord gedeeld benadrukte "
    "onderstreepten herhaalden spraken steunde wisselde ondernomen verwelkomd gevraagd "
    "stelde streeft ziet riepen bepaalt leidt vereist gestart steunt benadrukt "
    "onderschrijft bracht gecombineerd belangrijke brede effectieve nationale "
    "gezamenlijke operationele technische recente gefaseerde Schengengebied"
)
WORDS = _WORD_TEXT.split()
LONG = [w for w in WORDS if len(w) >= 10 and w.islower()]
RUNNING_HEAD = "Tweede Kamer, vergaderjaar 2025–2026, 32 317, nr. 994"
BOILERPLATE = "Dit belang werd door meerdere lidstaten beaamd."
WIDTH_A = 62
WIDTH_B = 82
#: Body lines on a typeset page (before its footnotes).
PAGE_LINES = 62


@dataclass
class Para:
    text: str
    heading: bool = False
    notes: list[tuple[int, str]] = field(default_factory=list)  # (after word k, body text)


@dataclass
class Truth:
    """Planted differences, as paragraph texts without footnote markers."""

    edits: list[tuple[str, str]] = field(default_factory=list)  # (A text, B text)
    moves: list[str] = field(default_factory=list)  # text moved (same on both sides)
    moved_edits: list[tuple[str, str]] = field(default_factory=list)  # moved and edited
    splits: list[tuple[list[str], str]] = field(default_factory=list)  # (A parts, B text)
    merges: list[tuple[str, list[str]]] = field(default_factory=list)  # (A text, B parts)
    deletions: list[str] = field(default_factory=list)  # only in B
    insertions: list[str] = field(default_factory=list)  # only in A
    boilerplate: str = BOILERPLATE


@dataclass
class Pair:
    a: str
    b: str
    truth: Truth
    pages: int


def _sentence(rng: random.Random) -> str:
    n = rng.randint(7, 22)
    ws = [rng.choice(WORDS) for _ in range(n)]
    ws[0] = ws[0][:1].upper() + ws[0][1:]
    if n > 12 and rng.random() < 0.5:
        k = rng.randint(4, n - 4)
        ws[k] += ","
    return " ".join(ws) + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 6)))


def _heading(rng: random.Random, n: int) -> str:
    ws = [rng.choice(LONG) for _ in range(rng.randint(2, 4))]
    return f"{n}. " + " ".join(ws).capitalize()


def _edit(rng: random.Random, text: str) -> str:
    ws = text.split()
    changes = rng.randint(1, 3)
    while changes:
        k = rng.randrange(1, len(ws) - 1)
        if ws[k][0].islower() and ws[k][-1].isalpha():
            ws[k] = rng.choice([w for w in LONG if w != ws[k]])
            changes -= 1
    return " ".join(ws)


def _syllable_cuts(w: str, room: int) -> list[int]:
    """Places to hyphenate ``w`` (Dutch-like: ``ver-or-de-ning``, ``sa-men-wer-king``)
    leaving at least three letters a side and at most ``room`` before the hyphen."""
    v = "aeiouyàáâäèéêëìíîïòóôöùúûü"
    out = []
    for c in range(3, min(room, len(w) - 3) + 1):
        single = w[c - 1] in v and w[c] not in v and w[c + 1] in v
        double = w[c - 2] in v and w[c - 1] not in v and w[c] not in v and w[c + 1] in v
        if single or double:
            out.append(c)
    return out


def _wrap(words: list[str], width: int, rng: random.Random, hyphenate: bool) -> list[str]:
    lines: list[str] = []
    cur = ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width or (
            not hyphenate and cur.endswith(".") and len(cur) < 0.85 * width
        ):
            # (Running text as written never ends a line short after a full stop: that
            # would read as the end of a paragraph.)
            cur += " " + w
        else:
            room = width - len(cur) - 2
            if (
                hyphenate
                and w.isalpha()
                and w.islower()
                and len(w) >= 9
                and room >= 4
                and rng.random() < 0.6
            ):
                cuts = _syllable_cuts(w, room)
                if cuts:
                    cut = cuts[-1]
                    lines.append(cur + " " + w[:cut] + "-")
                    cur = w[cut:]
                else:
                    lines.append(cur)
                    cur = w
            else:
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return lines


def _marked_words(p: Para, numbers: dict[int, int]) -> list[str]:
    """The paragraph's words with footnote markers glued (``numbers``: note index→number)."""
    ws = p.text.split()
    for k, (after, _) in enumerate(p.notes):
        ws[after] += str(numbers[k])
    return ws


def _plan(pages: int, rng: random.Random) -> tuple[list[Para], list[Para], Truth]:
    """Paragraph lists for B (as written) and A (typeset), with planted differences."""
    target_chars = pages * 3650
    b: list[Para] = []
    size = 0
    section = 1
    while size < target_chars:
        if len(b) % 9 == 0:
            b.append(Para(_heading(rng, section), heading=True))
            section += 1
        if len(b) % 13 == 5:
            b.append(Para(BOILERPLATE))
        else:
            b.append(Para(_paragraph(rng)))
        size += len(b[-1].text) + 40
    truth = Truth()
    a = [Para(p.text, p.heading) for p in b]
    body = [i for i, p in enumerate(b) if not p.heading and p.text != BOILERPLATE]
    n_plant = max(1, len(body) // 40)
    picks = rng.sample(body, min(len(body), 6 * n_plant + 4))
    edits, moves, splits, merges, dels, ins = (
        picks[k * n_plant : (k + 1) * n_plant] for k in range(6)
    )
    planted = set(picks)
    for i in edits:
        a[i].text = _edit(rng, b[i].text)
        truth.edits.append((a[i].text, b[i].text))
    for i in splits:
        sents = b[i].text.split(". ")
        if len(sents) < 2:
            continue
        k = len(sents) // 2
        first, second = ". ".join(sents[:k]) + ".", ". ".join(sents[k:])
        a[i].text = first + "\n" + second
        truth.splits.append(([first, second], b[i].text))
    for i in merges:
        if i + 1 >= len(b) or b[i + 1].heading or i + 1 in planted or b[i + 1].text == BOILERPLATE:
            continue
        planted.add(i + 1)
        a[i].text = b[i].text + " " + b[i + 1].text
        a[i + 1].text = ""
        truth.merges.append((a[i].text, [b[i].text, b[i + 1].text]))
    for i in dels:
        truth.deletions.append(b[i].text)
        a[i].text = ""
    for i in ins:
        extra = _paragraph(rng)
        a[i].text = a[i].text + "\n" + extra
        truth.insertions.append(extra)
    # Moves: take the paragraph out and put it far away (a quarter of the document on).
    moved: list[tuple[int, Para]] = []
    for i in moves:
        if len(moved) % 3 == 2:  # every third moved paragraph is also edited a little
            text = b[i].text.replace(" ", " ook ", 1)
            truth.moved_edits.append((text, b[i].text))
        else:
            text = b[i].text
            truth.moves.append(text)
        moved.append((i, Para(text)))
        a[i].text = ""
    # Footnotes on unplanted paragraphs, about one per two pages, numbered in order.
    free = [i for i in body if i not in planted and b[i].text == a[i].text]
    for i in sorted(rng.sample(free, min(len(free), max(1, pages // 2)))):
        after = rng.randrange(2, len(b[i].text.split()) - 1)
        if not b[i].text.split()[after][-1].isalpha():
            continue
        note = _sentence(rng)
        b[i].notes.append((after, note))
        a[i].notes.append((after, note))
    # Expand A: split "\n"-joined texts into paragraphs, drop emptied ones, place moves.
    out_a: list[Para] = []
    by_target: dict[int, list[Para]] = {}
    for i, p in moved:
        target = (i + max(3, len(a) // 4)) % len(a)
        while a[target].heading or target in planted:
            target = (target + 1) % len(a)
        by_target.setdefault(target, []).append(p)
    for i, p in enumerate(a):
        if p.text:
            parts = p.text.split("\n")
            out_a.append(Para(parts[0], p.heading, p.notes))
            out_a.extend(Para(x) for x in parts[1:])
        out_a.extend(by_target.get(i, []))
    return out_a, b, truth


def _render_b(paras: list[Para]) -> str:
    out: list[str] = []
    rng = random.Random(7)
    n = 0
    for k, p in enumerate(paras):
        if p.heading:
            out.append(p.text)
            continue
        numbers = {j: n + j + 1 for j in range(len(p.notes))}
        n += len(p.notes)
        out.extend(line + " " for line in _wrap(_marked_words(p, numbers), WIDTH_B, rng, False))
        for j, (_, body) in enumerate(p.notes):
            out.append("")
            out.append(f"{numbers[j]} {body}")
        if k + 1 < len(paras):
            out.append("")
    out += [
        "",
        "De minister van Justitie en Veiligheid,",
        "",
        "F. van Oosten",
        "",
        "De minister van Asiel en Migratie,",
        "",
        "D.M. van Weel",
        "",
    ]
    return "\n".join(out) + "\n"


def _render_a(paras: list[Para], rng: random.Random) -> str:
    header = [
        "32 317  JBZ-Raad ",
        "Nr. 994  Brief van de minister van Justitie en Veiligheid en de ",
        "minister van Asiel en Migratie ",
        "",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal ",
        "Den Haag, 3 februari 2026 ",
        " ",
    ]
    # Lay out body lines first, noting where each footnote's marker lands.
    # Lines with the notes whose marker is on them (None: a heading line).
    body: list[tuple[str, list[tuple[int, str]] | None]] = []
    n = 0
    for p in paras:
        if p.heading:
            body.append((p.text + " ", None))
            continue
        numbers = {j: n + j + 1 for j in range(len(p.notes))}
        n += len(p.notes)
        words = _marked_words(p, numbers)
        lines = _wrap(words, WIDTH_A, rng, True)
        notes_by_word = {after: (numbers[j], text) for j, (after, text) in enumerate(p.notes)}
        w = 0
        for line in lines:
            count = len(line.split())
            here = [notes_by_word[k] for k in range(w, w + count) if k in notes_by_word]
            w += count - (1 if line.endswith("-") else 0)
            body.append((line + " ", here))
        body.append((" ", []))
    out = list(header)
    page = 1
    k = 0
    first_budget = PAGE_LINES - len(header)
    while k < len(body):
        budget = first_budget if page == 1 else PAGE_LINES
        while budget > 2:
            last = k + budget - 1
            if last < len(body) and body[last][0] == " ":
                last -= 1
            if not (
                last + 1 < len(body)
                and body[last + 1][0] == " "
                and len(body[last][0]) > 0.6 * WIDTH_A
            ):
                break
            # A long last line at a page bottom would hide the paragraph end in any
            # extraction: the typesetter moves it over (as widow control does).
            budget = last - k
        while budget > 2 and k + budget - 1 < len(body) and body[k + budget - 1][1] is None:
            budget -= 1  # a heading is kept with the text after it
        chunk = body[k : k + budget]
        k += len(chunk)
        notes: list[tuple[int, str]] = []
        for line, here in chunk:
            out.append(line)
            notes.extend(here or [])
        if notes:
            out += ["", " "]
            for num, text in notes:
                note_lines = _wrap(f"{num} {text}".split(), WIDTH_A, rng, False)
                out.extend(x + " " for x in note_lines)
        if k < len(body):
            page += 1
            out += ["", "", "", " ", "", " ", ""]
            out += [RUNNING_HEAD + " ", str(page) + " ", ""]
    out += [
        " ",
        "De minister van Justitie en Veiligheid, ",
        "F. van Oosten ",
        " ",
        "De minister van Asiel en Migratie, ",
        "D.M. van Weel ",
        " ",
    ]
    return "\n".join(out) + "\n"


def generate(pages: int, seed: int = 1) -> Pair:
    """A typeset/as-written pair of about ``pages`` pages with planted differences."""
    rng = random.Random(seed * 1_000_003 + pages)
    a, b, truth = _plan(pages, rng)
    return Pair(_render_a(a, rng), _render_b(b), truth, pages)


def write_pair(pages: int, directory: Path, seed: int = 1) -> tuple[Path, Path]:
    """Write ``typeset.txt`` (A) and ``plain.txt`` (B) for ``pages`` pages; return paths."""
    directory.mkdir(parents=True, exist_ok=True)
    pair = generate(pages, seed)
    pa, pb = directory / "typeset.txt", directory / "plain.txt"
    pa.write_text(pair.a, encoding="utf-8")
    pb.write_text(pair.b, encoding="utf-8")
    return pa, pb


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python bench/gen.py PAGES DIRECTORY")
    pa, pb = write_pair(int(sys.argv[1]), Path(sys.argv[2]))
    print(pa, pa.stat().st_size, pb, pb.stat().st_size)
