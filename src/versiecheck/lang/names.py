"""Signatory names and ministerial roles in Dutch/English government letters.

What this module does:

* :func:`parse_person` splits a signature name (``mr. A.C.L. Rutte``, ``Foort van Oosten``,
  ``w.g. D.M. van Weel``, ``John A. Smith Jr.``) into titles, given names, particles,
  surname and suffixes; :func:`looks_like_person_name` is the conservative yes/no the
  segmenter asks about the line right after a role line.
* :func:`compare_persons` decides whether two renderings name the SAME person in the same
  way, the same person rendered differently (VARIANT, with human-readable differences),
  or a DIFFERENT person.
* :func:`parse_role`, :func:`role_key`, :func:`compare_roles` and :func:`roles_in_title`
  do the same for role lines (``De minister van Justitie en Veiligheid,``) and for the
  roles listed in a document title (``Brief van de minister van ... en de ...``).

What it deliberately does not do:

* no fuzzy or edit-distance matching: ``van Wee`` against ``van Weel`` is DIFFERENT;
* no nickname tables (``Dick`` against ``H.``) and no knowledge of who held which office;
* no segmentation of whole documents and no I/O; stdlib only, cheap to import;
* no guessing of multi-word surnames without particle or hyphen: ``Bruins Slot`` parses as
  first name ``Bruins`` plus surname ``Slot`` (the comparison tolerates a shared word).

Curly quotes and Unicode hyphens (U+2010/U+2011) count as their ASCII forms; en and em
dashes do not (a dash-style change in a portfolio is reported as a VARIANT).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, replace


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------- vocabulary
PRE_TITLES: dict[str, str] = {  # bare lower-case form -> normalised title
    **{t: t + "." for t in _words("mr dr drs ir ing prof ds bc mgr jhr jkvr mrs ms")},
    "sir": "sir",
    "dame": "dame",
}
POST_TITLES = _words("msc llm mba phd ma bsc ba mpa mphil llb md ra mres emba mpp ri")
SUFFIXES: dict[str, str] = {"jr": "jr.", "sr": "sr.", "II": "ii", "III": "iii", "IV": "iv"}
MULTI_LETTER_INITIALS = _words("Th Chr Ch Ph IJ Joh Jac")
PARTICLES = _words(
    "van de der den ter ten te 't het in op aan bij uit voor onder over tot d' l' la le les"
    " du des von vom zu zum zur da das dos di del della"
)
NON_NAME_WORDS = _words(  # words that never occur in a signatory's name
    "kamer tweede eerste staten generaal voorzitter minister ministerie staatssecretaris"
    " premier vicepremier president secretary state prime haag datum betreft kenmerk"
    " onderwerp bijlage bijlagen hoogachtend geachte postbus pagina zaken justitie"
    " veiligheid financiën defensie brief nota regering kabinet koninkrijk nederland"
    " nederlanden directie afdeling contactpersoon yours sincerely faithfully regards dear"
    " page letter affairs ministry government netherlands kingdom the hague onze uw referentie"
    " sector directoraat internationaal bureau dienst inspectie"
)
# (canonical office, aliases); "-" and " " in an alias match any run of spaces/hyphens.
OFFICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("minister-president", ("minister-president", "premier")),
    (
        "vicepremier",
        ("vicepremier", "vice-premier", "viceminister-president", "vice-minister-president"),
    ),
    ("minister van staat", ("minister van staat",)),
    ("minister zonder portefeuille", ("minister zonder portefeuille",)),
    ("minister", ("minister",)),
    ("staatssecretaris", ("staatssecretaris",)),
    ("prime minister", ("prime minister",)),
    ("deputy prime minister", ("deputy prime minister",)),
    ("secretary of state", ("secretary of state",)),
    ("state secretary", ("state secretary",)),
    ("secretary", ("secretary",)),
)
# Lower rank wins when a role line names several offices ("Vicepremier, minister van X").
OFFICE_RANK: dict[str, int] = {"minister-president": 0, "prime minister": 0}
OFFICE_RANK |= {"vicepremier": 3, "deputy prime minister": 3, "minister van staat": 2}
IMPLIED_PORTFOLIO: dict[str, str] = {
    "minister-president": "Algemene Zaken",
    "prime minister": "General Affairs",
}
ON_BEHALF_PREFIXES: tuple[str, ...] = ("mede namens", "namens", "also on behalf of", "on behalf of")
ARTICLES: tuple[str, ...] = ("de", "het", "the")
CONNECTORS: tuple[str, ...] = ("van", "voor", "of", "for")
PORTFOLIO_LINKS = _words("en and van voor of for de het der the & in op te aan met bij on")
TITLE_PREFIXES: tuple[str, ...] = ("brief van", "nota van", "letter from", "memorandum from")
DASHES = "-–—‒−"
_DASH_CLASS = "[" + re.escape(DASHES) + "]"

# --------------------------------------------------------------------------- helpers
_TRANSLATE = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'", "\u2010": "-", "\u2011": "-"}
)
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_MARK = r"\((?:w\.?\s?g\.?|get\.?|getekend|was\s+getekend|signed)\)"
_LEAD_MARK_RE = re.compile(
    rf"^(?:{_MARK}|w\.\s?g\.|w\.\s?g\b|wg\b\.?|was\s+getekend\b|getekend\b|get\.)\s*", re.I
)
_TRAIL_MARK_RE = re.compile(rf"\s*{_MARK}$", re.I)


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    pats = (r"[\s\-]+".join(map(re.escape, re.split(r"[\s\-]+", w))) for w in words)
    return "|".join(sorted(pats, key=len, reverse=True))


def _key(text: str) -> str:
    return " ".join(re.split(r"[\s\-]+", text.casefold()))


_OFFICE_BY_KEY = {_key(alias): office for office, aliases in OFFICES for alias in aliases}
_OFFICE_RE = re.compile(rf"(?:{_alternation(list(_OFFICE_BY_KEY))})(?=[\s,]|$)", re.I)
_ON_BEHALF_RE = re.compile(rf"(?:{_alternation(ON_BEHALF_PREFIXES)})\s+", re.I)
_ARTICLE_RE = re.compile(rf"({_alternation(ARTICLES)})\s+", re.I)
_CONNECTOR_RE = re.compile(rf"\s+({_alternation(CONNECTORS)})\s+(.+)$", re.I)
_TITLE_PREFIX_RE = re.compile(rf"^(?:{_alternation(TITLE_PREFIXES)})\s+", re.I)
_TITLE_SPLIT_RE = re.compile(r"((?:,|\s+en|\s+and)\s+)(?=(?:de|the)\s)", re.I)


def _normalise(text: str) -> str:
    text = _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text).translate(_TRANSLATE))
    return " ".join(text.split())


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _is_name_part(part: str) -> bool:
    if len(part) >= 3 and part[1] == "'" and part[0].islower():  # d'Ancona
        part = part[2:]
    return bool(part) and part[0].isupper() and all(c.isalpha() or c == "'" for c in part)


def _is_name_word(token: str) -> bool:
    return len(token) >= 2 and all(_is_name_part(p) for p in token.split("-"))


def _is_surname(token: str) -> bool:
    pieces = re.split(r"[\s\-]+", token)
    inner_ok = all(_is_name_part(p) or p.casefold() in PARTICLES for p in pieces[1:-1])
    return len(token) >= 2 and _is_name_part(pieces[0]) and _is_name_part(pieces[-1]) and inner_ok


def _split_initials(token: str) -> tuple[str, ...] | None:
    if "." not in token:
        return (token,) if len(token) == 1 and token.isupper() else None
    pieces = token.removesuffix(".").split(".")
    out = []
    for piece in (p.lstrip("-").replace("Ij", "IJ") for p in pieces):
        if not ((len(piece) == 1 and piece.isupper()) or piece in MULTI_LETTER_INITIALS):
            return None
        out.append(piece)
    return tuple(out)


def _pre_titles(token: str) -> list[str] | None:
    pieces = [p for p in token.casefold().split(".") if p]
    if pieces and all(p in PRE_TITLES for p in pieces):
        return [PRE_TITLES[p] for p in pieces]
    return None


def _post_title(token: str) -> tuple[str, str] | None:
    """("title"|"suffix", normalised) for a trailing ``MSc``/``PhD``/``Jr.``/``III``."""
    bare = token.replace(".", "")
    if bare in SUFFIXES or bare.casefold() in ("jr", "sr"):
        return "suffix", SUFFIXES.get(bare) or SUFFIXES[bare.casefold()]
    if bare.casefold() in POST_TITLES and token != token.capitalize():  # not a name "Ma"
        return "title", bare.casefold()
    return None


def _token_ok(token: str) -> bool:
    core = token.removesuffix(",")
    return any(c.isalpha() for c in core) and all(c.isalpha() or c in ".-'" for c in core)


# --------------------------------------------------------------------------- persons
@dataclass(frozen=True, slots=True)
class PersonName:
    raw: str
    titles: tuple[str, ...]
    initials: tuple[str, ...]
    first_names: tuple[str, ...]
    particles: str
    surname: str
    signed_mark: str | None
    given: tuple[str, ...] = ()  # given names in written order; initials as "A.", names as-is
    particles_raw: str = ""  # particles as written ("Van" when the surname stands alone)
    suffixes: tuple[str, ...] = ()  # generational: "jr.", "sr.", "ii", ...

    def initials_all(self) -> tuple[str, ...]:
        """Written initials, and first letters of first names (``Jan-Willem`` gives J, W)."""
        out: list[str] = []
        for unit in _given_units(self):
            if unit.endswith("."):
                out.append(unit[:-1])
            else:
                out.extend(p[0].upper() for p in unit.split("-") if p)
        return tuple(out)


def _given_units(p: PersonName) -> tuple[str, ...]:
    return p.given or tuple(f"{i}." for i in p.initials) + p.first_names


def parse_person(text: str) -> PersonName | None:
    """Parse a signatory name; None when the text does not look like a person's name."""
    if not isinstance(text, str):
        return None
    s = _normalise(text)
    mark = None
    if (m := _LEAD_MARK_RE.match(s)) or (m := _TRAIL_MARK_RE.search(s)):
        mark = re.sub(r"w\.?\s?g\b\.?", "w.g.", " ".join(m.group(0).lower().split()))
        s = (s[: m.start()] + s[m.end() :]).strip()
    tokens = s.split()
    if not 0 < len(tokens) <= 12 or not all(map(_token_ok, tokens)):
        return None
    titles: list[str] = []
    while len(tokens) > 1 and (pre := _pre_titles(tokens[0])):
        titles.extend(pre)
        del tokens[0]
    post: list[str] = []
    suffixes: list[str] = []
    while len(tokens) > 1 and (found := _post_title(tokens[-1])):
        (suffixes if found[0] == "suffix" else post).insert(0, found[1])
        del tokens[-1]
        tokens[-1] = tokens[-1].removesuffix(",")  # "J. de Vries, MSc"
    if any("," in t for t in tokens):
        return None
    merged: list[str] = []  # "Jansen-van der Berg" becomes one token
    i = 0
    while i < len(tokens):
        j = i
        if "-" in tokens[i] and tokens[i].rsplit("-", 1)[1].casefold() in PARTICLES:
            j = i + 1
            while j < len(tokens) - 1 and tokens[j].casefold() in PARTICLES:
                j += 1
        merged.append(" ".join(tokens[i : j + 1]))
        i = j + 1
    tokens = merged
    start = next((k for k, t in enumerate(tokens[:-1]) if t.casefold() in PARTICLES), None)
    end = start if start is not None else len(tokens) - 1
    while start is not None and end < len(tokens) - 1 and tokens[end].casefold() in PARTICLES:
        end += 1
    given: list[str] = []
    for tok in tokens[: start if start is not None else end]:
        if (ini := _split_initials(tok)) is not None:
            given.extend(f"{x}." for x in ini)
        elif _is_name_word(tok) and tok.casefold() not in PARTICLES:
            given.append(tok)
        else:
            return None
    if not all(map(_is_surname, tokens[end:])):
        return None
    words = [w.strip(".'").casefold() for t in tokens for w in re.split(r"[\s\-]+", t)]
    if any(w in NON_NAME_WORDS for w in words):
        return None
    particles_raw = " ".join(tokens[start:end]) if start is not None else ""
    return PersonName(
        raw=text,
        titles=tuple(titles + post),
        initials=tuple(u[:-1] for u in given if u.endswith(".")),
        first_names=tuple(u for u in given if not u.endswith(".")),
        particles=particles_raw.lower(),
        surname=" ".join(tokens[end:]),
        signed_mark=mark,
        given=tuple(given),
        particles_raw=particles_raw,
        suffixes=tuple(suffixes),
    )


def looks_like_person_name(line: str) -> bool:
    """Conservative test for the line right after a role line in a signature block."""
    if not isinstance(line, str):
        return False
    s = _normalise(line)
    if not s or len(s.split()) > 8 or s[-1] in ",;:!?" or parse_role(s) is not None:
        return False
    p = parse_person(s)
    return p is not None and bool(p.given or p.particles or p.titles)


class NameVerdict(enum.StrEnum):
    SAME = "same"
    VARIANT = "variant"
    DIFFERENT = "different"


@dataclass(frozen=True, slots=True)
class NameComparison:
    verdict: NameVerdict
    differences: tuple[str, ...]


def _pair(what: str, x: str, y: str) -> str:
    """``what 'x' against 'y'``, or ``what 'x' only in A`` when one side is empty."""
    return f"{what} '{x}' against '{y}'" if x and y else f"{what} '{x or y}' only in {'AB'[not x]}"


def _given_display(units: tuple[str, ...]) -> str:
    out = ""
    for u in units:
        out += u if (out.endswith(".") and u.endswith(".")) or not out else " " + u
    return out


def _given_kind(units: tuple[str, ...]) -> str:
    if all(u.endswith(".") for u in units):
        return "initials"
    return "first name" if not any(u.endswith(".") for u in units) else "given names"


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    def expand(units: tuple[str, ...]) -> list[tuple[str, bool]]:
        return [
            (u[:-1].casefold(), True) if u.endswith(".") else (p.casefold(), False)
            for u in units
            for p in (u.split("-") if not u.endswith(".") else [u])
            if p
        ]

    for (x, x_ini), (y, y_ini) in zip(expand(a), expand(b), strict=False):
        if x_ini and y_ini:
            ok = x.startswith(y) or y.startswith(x)
        elif x_ini or y_ini:
            ok = y.startswith(x) if x_ini else x.startswith(y)
        else:
            ok = _fold(x) == _fold(y)
        if not ok:
            return False
    return True


def compare_persons(a: PersonName, b: PersonName) -> NameComparison:
    """SAME, VARIANT (same person rendered differently) or DIFFERENT, with reasons."""

    def ident(p: PersonName) -> tuple[object, ...]:
        return (p.titles, _given_units(p), p.particles_raw or p.particles, p.surname, p.suffixes)

    if ident(a) == ident(b):
        return NameComparison(NameVerdict.SAME, ())
    diffs: list[str] = []
    conflict = False
    sa, sb = a.surname, b.surname
    if sa != sb:
        if sa.casefold() == sb.casefold():
            diffs.append(f"surname capitalisation '{sa}' against '{sb}'")
        elif _key(sa) == _key(sb):
            diffs.append(f"surname punctuation '{sa}' against '{sb}'")
        elif _fold(_key(sa)) == _fold(_key(sb)):
            diffs.append(f"diacritics in surname '{sa}' against '{sb}'")
        else:
            conflict = True
            diffs.append(f"surname '{sa}' against '{sb}'")
    pa, pb = a.particles_raw or a.particles, b.particles_raw or b.particles
    if pa.casefold() != pb.casefold():
        conflict = True
        diffs.append(_pair("particles" if pa and pb else "particle", pa, pb))
    elif pa != pb:
        diffs.append(f"particle capitalisation '{pa}' against '{pb}'")
    ua, ub = _given_units(a), _given_units(b)
    while ua and ub and ua[-1] == ub[-1] and not ua[-1].endswith("."):
        ua, ub = ua[:-1], ub[:-1]  # "Bruins" in "H.G.J. Bruins Slot" is part of the surname
    da, db = _given_display(ua), _given_display(ub)
    if da != db:
        if not (ua and ub):
            diffs.append(_pair(_given_kind(ua or ub), da, db))
        else:
            conflict = conflict or not _given_compatible(ua, ub)
            ka, kb = _given_kind(ua), _given_kind(ub)
            accents = _fold(da) == _fold(db) and da.casefold() != db.casefold()
            if ka == kb == "first name" and accents:
                diffs.append(f"diacritics in first name '{da}' against '{db}'")
            elif ka == kb:
                diffs.append(f"{ka} '{da}' against '{db}'")
            elif "given names" in (ka, kb):
                diffs.append(f"given names '{da}' against '{db}'")
            else:
                diffs.append(f"{ka} '{da}' against {kb} '{db}'")
    only_a = [t for t in a.titles if t not in b.titles]
    only_b = [t for t in b.titles if t not in a.titles]
    diffs += [f"title '{t}' only in A" for t in only_a] + [f"title '{t}' only in B" for t in only_b]
    if not (only_a or only_b) and a.titles != b.titles:
        diffs.append(f"title order '{' '.join(a.titles)}' against '{' '.join(b.titles)}'")
    if a.suffixes != b.suffixes:
        conflict = conflict or bool(a.suffixes and b.suffixes)
        diffs.append(_pair("suffix", " ".join(a.suffixes), " ".join(b.suffixes)))
    verdict = NameVerdict.DIFFERENT if conflict else NameVerdict.VARIANT
    return NameComparison(verdict, tuple(diffs) or ("rendering differs",))


# --------------------------------------------------------------------------- roles
@dataclass(frozen=True, slots=True)
class Role:
    raw: str
    office: str  # canonical lower case, the principal office of the line
    portfolio: str  # as written, whitespace-normalised; "" when none
    on_behalf: bool
    article: str = ""  # "De" / "de" / "The" as written, "" when absent
    office_raw: str = ""  # principal office as written ("Minister")
    offices: tuple[str, ...] = ()  # every office named, in order
    connector: str = ""  # "van" / "voor" / "of" / "for" as written


def _portfolio_ok(portfolio: str) -> bool:
    words = portfolio.split()
    if not 0 < len(words) <= 14:
        return False
    for i, word in enumerate(words):
        inner = 0 < i < len(words) - 1
        core = word.removesuffix(",") if i < len(words) - 1 else word
        link = inner and (core in set(DASHES) or core.casefold() in PORTFOLIO_LINKS)
        if not (link or all(_is_name_part(p) for p in core.split("-"))):
            return False
    return True


def parse_role(line: str) -> Role | None:
    """Parse a role line (trailing comma optional); None for closings and other text."""
    if not isinstance(line, str):
        return None
    s = _normalise(line).removesuffix(",").rstrip()
    if not s or len(s) > 200:
        return None
    on_behalf = bool(m := _ON_BEHALF_RE.match(s))
    s = s[m.end() :] if m else s
    article = ""
    offices: list[str] = []
    raws: list[str] = []
    while True:
        if m := _ARTICLE_RE.match(s):
            article = article if offices else m.group(1)
            s = s[m.end() :]
        m = _OFFICE_RE.match(s)
        if not m or (office := _OFFICE_BY_KEY.get(_key(m.group(0)))) is None:
            return None
        offices.append(office)
        raws.append(m.group(0))
        s = s[m.end() :]
        if not s.startswith(","):
            break
        s = s[1:].lstrip()
    connector = portfolio = ""
    if s:
        if not (m := _CONNECTOR_RE.match(s)) or not _portfolio_ok(m.group(2)):
            return None
        connector, portfolio = m.group(1), m.group(2)
    principal = min(range(len(offices)), key=lambda k: OFFICE_RANK.get(offices[k], 1))
    return Role(
        raw=line,
        office=offices[principal],
        portfolio=portfolio,
        on_behalf=on_behalf,
        article=article,
        office_raw=raws[principal],
        offices=tuple(offices),
        connector=connector,
    )


def _portfolio_key(portfolio: str) -> str:
    return " ".join(_fold(re.sub(rf",|{_DASH_CLASS}", " ", portfolio)).split())


def role_key(role: Role) -> str:
    """Pairing key across renderings: office plus normalised portfolio."""
    portfolio = role.portfolio or IMPLIED_PORTFOLIO.get(role.office, "")
    return f"{role.office}|{_portfolio_key(portfolio)}"


def compare_roles(a: Role, b: Role) -> tuple[NameVerdict, tuple[str, ...]]:
    """SAME; VARIANT for capitalisation/article/dash-style differences; DIFFERENT otherwise."""
    diffs: list[str] = []
    conflict = False
    ra, rb = a.office_raw or a.office, b.office_raw or b.office
    if a.office != b.office:
        conflict = True
        diffs.append(f"office '{ra}' against '{rb}'")
    elif ra != rb:
        kind = "capitalisation" if ra.casefold() == rb.casefold() else "office spelling"
        diffs.append(f"{kind} '{ra}' against '{rb}'")
    diffs += [f"office '{o}' only in A" for o in a.offices if o not in b.offices]
    diffs += [f"office '{o}' only in B" for o in b.offices if o not in a.offices]
    if a.article != b.article:
        if a.article.casefold() == b.article.casefold():
            diffs.append(f"capitalisation '{a.article}' against '{b.article}'")
        else:
            diffs.append(_pair("article", a.article, b.article))
    if a.on_behalf != b.on_behalf:
        conflict = True
        diffs.append(f"'mede namens' only in {'A' if a.on_behalf else 'B'}")
    if a.portfolio and b.portfolio and a.connector != b.connector:
        kind = "capitalisation" if a.connector.casefold() == b.connector.casefold() else "connector"
        diffs.append(f"{kind} '{a.connector}' against '{b.connector}'")
    pa, pb = a.portfolio, b.portfolio
    if _portfolio_key(pa or IMPLIED_PORTFOLIO.get(a.office, "")) != _portfolio_key(
        pb or IMPLIED_PORTFOLIO.get(b.office, "")
    ):
        conflict = True
        diffs.append(_pair("portfolio", pa, pb))
    elif pa != pb:
        if not (pa and pb):
            diffs.append(_pair("portfolio", pa, pb))
        else:
            if [c for c in pa if c in DASHES] != [c for c in pb if c in DASHES]:
                diffs.append(f"dash style '{pa}' against '{pb}'")
            na, nb = (" - ".join(re.split(rf"\s*{_DASH_CLASS}\s*", p)) for p in (pa, pb))
            if na != nb:
                kind = "diacritics" if _fold(na) == _fold(nb) else "punctuation"
                kind = "capitalisation" if na.casefold() == nb.casefold() else kind
                diffs.append(f"{kind} '{pa}' against '{pb}'")
    if conflict:
        return NameVerdict.DIFFERENT, tuple(diffs)
    return (NameVerdict.VARIANT if diffs else NameVerdict.SAME), tuple(diffs)


def roles_in_title(title: str) -> list[Role]:
    """Roles named in a document title (``Brief van de minister van X en de ...``)."""
    if not isinstance(title, str):
        return []
    s = _TITLE_PREFIX_RE.sub("", _normalise(title).rstrip(" ."), count=1)
    pieces = _TITLE_SPLIT_RE.split(s)
    chunks = [pieces[0]]
    for sep, part in zip(pieces[1::2], pieces[2::2], strict=True):
        if parse_role(part) is not None:
            chunks.append(part)
        else:
            chunks[-1] += sep + part
    roles = [r for c in chunks if (r := parse_role(c)) is not None]
    for k, r in enumerate(roles):  # "de minister en de staatssecretaris van X" share X
        if not r.portfolio and r.office not in IMPLIED_PORTFOLIO:
            nxt = next((x for x in roles[k + 1 :] if x.portfolio), None)
            if nxt is not None:
                roles[k] = replace(r, portfolio=nxt.portfolio, connector=nxt.connector)
    return roles
