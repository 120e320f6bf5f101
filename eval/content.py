"""The letters the evaluation prints: the seed fixture's letter as content, and synthetic
Dutch and English letters with dates, times, amounts, percentages, references,
footnotes and one to three co-signers (seeded, so the same seed gives the same letters).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from letters import Letter, Para, Person, Signature

from versiecheck.lang.dates import find_dates
from versiecheck.lang.names import parse_person
from versiecheck.lang.numbers import find_numbers
from versiecheck.lang.references import find_references

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "kst-32317-994"

MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()  # noqa: E501
MONTHS_EN = (
    "January February March April May June July August September October November December".split()
)
DAYS_NL = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
NUM_WORDS_NL = {2: "twee", 3: "drie", 5: "vijf", 12: "twaalf", 20: "twintig", 30: "dertig"}
NUM_WORDS_EN = {2: "two", 3: "three", 5: "five", 12: "twelve", 20: "twenty", 30: "thirty"}
TOPICS_NL = [
    "de verkenning van een terugkeerhub", "de versterking van de buitengrenzen",
    "de invoering van het Entry/Exit Systeem", "de aanpak van ondermijning",
    "de digitalisering van de rechtspraak", "de opvang van asielzoekers",
    "de bestrijding van mensensmokkel", "de samenwerking met derde landen",
]  # fmt: skip
TOPICS_EN = [
    "the exploration of a return hub", "the protection of the external borders",
    "the introduction of the Entry/Exit System", "the fight against organised crime",
    "the digitisation of the courts", "the reception of asylum seekers",
    "the fight against people smuggling", "cooperation with third countries",
]  # fmt: skip
CITIES = ["Brussel", "Luxemburg", "Nicosia", "Warschau", "Kopenhagen", "Straatsburg"]
FILLER_NL = [
    "Nederland heeft in dat overleg het belang van een gezamenlijke aanpak benadrukt.",
    "Meerdere lidstaten onderstreepten het belang van een snelle en zorgvuldige uitvoering.",
    "Het kabinet zal uw Kamer over de voortgang blijven informeren.",
    "De Europese Commissie presenteerde daarbij de eerste resultaten van haar analyse.",
    "Een meerderheid van de lidstaten sprak steun uit voor de voorgestelde benadering.",
    "Daarnaast is aandacht gevraagd voor de uitvoerbaarheid van de voorstellen.",
    "Het voorzitterschap streeft naar een akkoord voor het einde van het semester.",
    "Ook werd gesproken over de rol van de Europese agentschappen bij de ondersteuning.",
    "De gemeenten krijgen daarbij ruimte om de uitvoering op lokale omstandigheden af te stemmen.",
    "Over de financiering van de maatregelen bestaat nog geen overeenstemming tussen de lidstaten.",
    "Het kabinet heeft daarbij gewezen op het belang van een goede evaluatie achteraf.",
    "De toezichthouder wordt vroegtijdig bij de uitwerking van de plannen betrokken.",
]
FILLER_EN = [
    "The Netherlands stressed the importance of a joint approach in that meeting.",
    "Several member states underlined the need for swift and careful implementation.",
    "The government will continue to keep the House informed of progress.",
    "The European Commission presented the first results of its analysis.",
    "A majority of member states supported the proposed approach.",
    "Attention was also drawn to the feasibility of the proposals.",
    "The presidency aims for an agreement before the end of the semester.",
    "The role of the European agencies in providing support was also discussed.",
    "Municipalities will be given room to adapt implementation to local circumstances.",
    "There is as yet no agreement among the member states on funding the measures.",
    "The government pointed out the importance of a proper evaluation afterwards.",
    "The supervisory authority will be involved at an early stage in working out the plans.",
]
PEOPLE = [
    ("J.", "Jan", "de", "Vries"), ("M.A.", "Marieke", "", "Jansen"),
    ("P.", "Pieter", "van der", "Berg"), ("E.", "Eline", "ter", "Horst"),
    ("K.H.", "Karin", "", "Bakker-Smit"), ("R.", "Ruben", "van den", "Heuvel"),
    ("S.", "Sanne", "", "Visser"), ("T.", "Tom", "de", "Jong"),
    ("L.", "Lotte", "", "Mulder"), ("W.J.", "Willem", "", "Dekker"),
]  # fmt: skip
OTHER_FIRST = ["Hendrik", "Annelies", "Bram", "Guus", "Noor", "Olaf"]
OTHER_SURNAMES = ["Smit", "Meijer", "Bos", "Peters", "Hendriks", "Dijkstra"]
MINISTRIES_NL = [
    "Justitie en Veiligheid", "Asiel en Migratie", "Financiën", "Buitenlandse Zaken",
    "Binnenlandse Zaken en Koninkrijksrelaties", "Onderwijs, Cultuur en Wetenschap",
]  # fmt: skip
MINISTRIES_EN = [
    "Foreign Affairs",
    "Finance",
    "Justice and Security",
    "Defence",
    "Asylum and Migration",
]


def _date_nl(rng: random.Random, weekday: bool = False) -> str:
    import datetime as dt

    d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 330))
    text = f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}"
    return f"{DAYS_NL[d.weekday()]} {text}" if weekday else text


def _date_en(rng: random.Random, weekday: bool = False) -> str:
    import datetime as dt

    d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 330))
    text = rng.choice([f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
                       f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"])  # fmt: skip
    return f"{DAYS_EN[d.weekday()]}, {text}" if weekday else text


def _amount(rng: random.Random, lang: str) -> str:
    whole, frac = rng.randint(1, 9), rng.randint(1, 9)
    scale = rng.choice(["miljoen", "miljard"] if lang == "nl" else ["million", "billion"])
    if lang == "nl":
        return rng.choice([f"€ {whole},{frac} {scale}", f"€ {whole * 10} {scale}"])
    return rng.choice([f"EUR {whole}.{frac} {scale}", f"€{whole * 10} {scale}"])


def _ref(rng: random.Random, lang: str) -> str:
    dossier = f"{rng.randint(21, 36)} {rng.randint(100, 999)}"
    nr = rng.randint(10, 999)
    if lang == "nl":
        return rng.choice(
            [
                f"Kamerstuk {dossier}, nr. {nr}",
                f"Kamerstukken II 2025/26, {dossier}, nr. {nr}",
                f"Kamerstuk {dossier}, nr. {nr}",
                f"Handelingen II 2025/26, nr. {nr % 90 + 1}, item {nr % 17 + 1}",
                f"Stb. 2025, {nr}",
                f"Aanhangsel Handelingen II 2025/26, nr. {nr + 1000}",
            ]
        )
    return rng.choice([f"Parliamentary Paper {dossier}, no. {nr}", f"COM(2025) {nr}"])


def _sentences(rng: random.Random, lang: str) -> list[str]:
    nl = lang == "nl"
    topic = rng.choice(TOPICS_NL if nl else TOPICS_EN)
    city = rng.choice(CITIES)
    count = rng.choice(list((NUM_WORDS_NL if nl else NUM_WORDS_EN).items()))
    count_text = count[1] if rng.random() < 0.5 else str(count[0] + 7)
    pct = f"{rng.randint(3, 60)}{'%' if rng.random() < 0.5 else (' procent' if nl else ' percent')}"
    if nl:
        return [
            f"Het kabinet trekt {_amount(rng, lang)} uit voor {topic}.",
            f"Het aantal aanvragen steeg vorig jaar met {pct} ten opzichte van het jaar daarvoor.",
            f"De Raad komt op {_date_nl(rng)} opnieuw bijeen in {city}.",
            f"Op {_date_nl(rng, True)} sprak ik met ambtgenoten uit {count_text} lidstaten over {topic}.",  # noqa: E501
            f"Zoals gemeld in {_ref(rng, lang)} blijft de inzet van het kabinet ongewijzigd.",
            f"Het overleg begint om {rng.randint(8, 17)}.{rng.choice(['00', '15', '30'])} uur.",
        ]
    return [
        f"The government is allocating {_amount(rng, lang)} to {topic}.",
        f"The number of applications rose by {pct} last year compared with the year before.",
        f"The Council will meet again in {city} on {_date_en(rng)}.",
        f"On {_date_en(rng, True)} I spoke with colleagues from {count_text} member states about {topic}.",  # noqa: E501
        f"As reported in {_ref(rng, lang)}, the government's position is unchanged.",
        f"The meeting starts at {rng.randint(8, 17)}:{rng.choice(['00', '15', '30'])} sharp.",
    ]


def _marker_places(text: str) -> list[re.Match[str]]:
    """Word ends where a footnote marker may go: not inside a date, amount or reference
    (a marker between ``Kamerstuk`` and ``32 317`` is not how anyone writes)."""
    taken = [(d.start, d.end) for d in find_dates(text)] + [
        (r.start, r.end) for r in find_references(text)
    ]
    taken += [(n.start, n.end) for n in find_numbers(text, taken)]
    return [
        m
        for m in re.finditer(r"[^\W\d_]{4,}[,.]?(?=\s|$)", text)
        if not any(s - 2 <= m.end() <= e + 1 or s <= m.start() < e for s, e in taken)
        and not re.match(r"\s+(?:\d|Paper|Paragraph)", text[m.end() :])
    ]


def synthetic(rng: random.Random, lang: str, index: int) -> Letter:
    """A letter with dates, amounts, references, footnotes and co-signers."""
    nl = lang == "nl"
    special = _sentences(rng, lang)
    rng.shuffle(special)
    filler = list(FILLER_NL if nl else FILLER_EN)
    rng.shuffle(filler)
    paras: list[Para] = []
    for k in range(rng.randint(5, 7)):
        sents = [special.pop()] if special else []
        sents += [filler.pop() for _ in range(rng.randint(1, 2)) if filler]
        rng.shuffle(sents)
        paras.append(Para(f"p{k}", " ".join(sents)))
    if special:
        paras[-1].text += " " + " ".join(special)
    paras.insert(2, Para("h0", "Overige onderwerpen" if nl else "Other matters", heading=True))
    notes: dict[int, str] = {}
    candidates = [p for p in paras if not p.heading]
    chosen = sorted(rng.sample(range(len(candidates)), rng.randint(2, 3)))
    for number, k in enumerate(chosen, 1):
        p = candidates[k]
        m = rng.choice(_marker_places(p.text))
        p.text = p.text[: m.end()] + f"⟦{number}⟧" + p.text[m.end() :]
        notes[number] = (
            rng.choice([f"{_ref(rng, lang)}.", "Zie ook de brief van " + _date_nl(rng) + "."])
            if nl
            else rng.choice(
                [f"{_ref(rng, lang)}.", "See also the letter of " + _date_en(rng) + "."]
            )
        )
    # renumber notes in reading order (markers were inserted paragraph by paragraph)
    people = rng.sample(PEOPLE, 3)
    ministries = rng.sample(MINISTRIES_NL if nl else MINISTRIES_EN, 3)
    sigs: list[Signature] = []
    name_first = not nl and rng.random() < 0.5
    for k in range(rng.randint(1, 3)):
        ini, first, particle, surname = people[k]
        office = (
            ("minister" if k < 2 else "staatssecretaris")
            if nl
            else ("Minister" if k < 2 else "State Secretary")
        )
        if nl:
            role = f"De {office} van {ministries[k]}"
        else:
            conn = "of" if ministries[k] != "Finance" or k < 2 else "for"
            role = (
                f"{office} {conn} {ministries[k]}"
                if name_first
                else f"The {office} {conn} {ministries[k]}"
            )
        person = Person(ini, first, particle, surname, title=rng.choice(["", "", "mr.", "dr."]))
        sigs.append(Signature(f"s{k}", role, person, name_first=name_first))
    titles = []
    for s in sigs:
        r = s.role
        if nl:
            titles.append("de " + r[3:])
        else:
            titles.append("the " + (r[4:] if r.startswith("The ") else r))
    joined = (
        (", ".join(titles[:-1]) + (" en " if nl else " and ") + titles[-1])
        if len(titles) > 1
        else titles[0]
    )
    dossier = f"{30 + index % 6} {100 + index:03d}"
    if nl:
        header = [
            f"{dossier}  Europese Unie",
            f"Nr. {index + 10}  Brief van {joined}",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        ]
    else:
        header = [
            f"{dossier}  European Union",
            f"Nr. {index + 10}  Letter from {joined}",
            "To the Speaker of the House of Representatives",
        ]
    dateline = ("Den Haag, " + _date_nl(rng)) if nl else ("The Hague, " + _date_en(rng))
    closing = ("Hoogachtend," if rng.random() < 0.3 else "") if nl else "Yours sincerely,"
    return Letter(lang, header, dateline, paras, notes, closing, sigs)


def fixture_letter() -> Letter:
    """The seed's typeset letter as content: header, body, signatures, annex, footnotes."""
    from versiecheck.model import BlockKind, Region
    from versiecheck.read import read_path
    from versiecheck.segment import segment

    typeset = segment(read_path(SEED / "typeset.txt", "A"))
    plain = segment(read_path(SEED / "plain.txt", "B"))
    notes = {f.number: " ".join(f.text.split()) for f in plain.footnotes + typeset.footnotes}
    for m in typeset.markers:
        notes.setdefault(m.number, "Kamerstuk 32 317, nr. 990.")
    by_block: dict[int, list[tuple[int, int]]] = {}
    for m in typeset.markers:
        by_block.setdefault(m.block, []).append((m.offset, m.number))
    header: list[str] = []
    dateline = ""
    body: list[Para] = []
    annex: list[Para] = []
    sigs: list[Signature] = []
    for b in typeset.blocks:
        text = b.text
        for offset, number in sorted(by_block.get(b.index, []), reverse=True):
            text = text[:offset] + f"⟦{number}⟧" + text[offset:]
        if b.kind is BlockKind.HEADER:
            header.append(text)
        elif b.kind is BlockKind.DATELINE:
            dateline = text
        elif b.kind is BlockKind.SIGNATURE:
            continue
        elif b.region is Region.ANNEX:
            annex.append(Para(f"x{len(annex)}", text, heading=b.kind is not BlockKind.PARAGRAPH))
        else:
            body.append(Para(f"p{len(body)}", text, heading=b.kind is BlockKind.HEADING))
    first_names = {"F": "Foort", "D": "David", "A": "Arno", "M": "Marjolein", "E": "Eelco"}
    for k, s in enumerate(typeset.signatures):
        p = parse_person(s.name)
        assert p is not None
        given = "".join(f"{i}." for i in p.initials)
        first = first_names.get(p.initials[0], "Jan") if p.initials else "Jan"
        sigs.append(Signature(f"s{k}", s.role, Person(given, first, p.particles, p.surname)))
    return Letter("nl", header, dateline, body, notes, "", sigs, annex)
