"""The official XML editions: KOOP (officiele-publicaties), BWB laws, rechtspraak.nl,
USLM (US Government Publishing Office), and any other XML as a generic fallback.

The schema is recognised from the root element; a profile then says which elements are
metadata (left out), inline, headings, footnotes and signatures (see ``markup``). Any
other XML is read generically: one paragraph per innermost text-bearing element. Parsing
goes through ``safe.parse_xml``: entity declarations and external entities are refused.
"""

from __future__ import annotations

from ..errors import InputError
from ..model import Source
from .markup import Profile, Walk, local
from .safe import parse_xml
from .structured import build_source

_COMMON_INLINE = frozenset(
    "i b u em strong sup sub span a small sc inline term ref nadruk emphasis "
    "intref extref br date quote".split()
)
#: Table rows and cells: CALS (KOOP, DocBook) and (X)HTML, as embedded in USLM.
_TABLE_ROWS = frozenset({"row", "tr"})
_TABLE_CELLS = frozenset({"entry", "td", "th"})

KOOP = Profile(
    name="koop",
    skip=frozenset(
        "meta metadata meta-data kamerstuk-meta bwb-wijzigingen brondata jcis jci "
        "redactionele-correcties bwb-inputbestand wetsluiting-meta".split()
    ),
    skip_suffixes=("-meta",),  # kamerstuk-meta, wetsluiting-meta: the same convention
    inline=_COMMON_INLINE | frozenset("nadruk extref intref dossierref".split()),
    headings=frozenset("kop titel tussenkop".split()),
    breaks=frozenset({"br"}),
    notes=frozenset({"noot"}),
    note_number=frozenset({"noot.nr"}),
    note_refs=frozenset({"noot.ref", "nootref"}),
    signatures=frozenset(),  # ondertekening: its al's are role and name lines
    blocks=frozenset("al p li kop dagtekening functie naam".split()),
    numbers=frozenset("nr lidnr li.nr label".split()),
    cells=_TABLE_CELLS,
    rows=_TABLE_ROWS,
)

USLM = Profile(
    name="uslm",
    skip=frozenset("reportMeta meta img figure toc tableOfContents jacketId".split()),
    skip_suffixes=("Meta",),  # reportMeta, tallySheetMeta: "not rendered" (USLM 2.1)
    hidden=(("display", "no"),),  # DisplayGroup: "retained in the document but not rendered"
    inline=_COMMON_INLINE | frozenset("num legislator role shortTitle".split()),
    headings=frozenset("heading subheading reportTitle docTitle".split()),
    breaks=frozenset({"br"}),
    notes=frozenset({"footnote"}),
    note_number=frozenset({"num"}),
    note_refs=frozenset(),
    signatures=frozenset({"signature"}),
    cells=frozenset({"column"}) | _TABLE_CELLS,  # layout columns, XHTML tables
    rows=frozenset({"row"}) | _TABLE_ROWS,
    blocks=frozenset("p listItem heading subheading".split()),
    numbers=frozenset({"num"}),
)

RECHTSPRAAK = Profile(
    name="rechtspraak",
    skip=frozenset("RDF Description inhoudsindicatie mediaobject imageobject".split()),
    inline=_COMMON_INLINE | frozenset({"emphasis", "nr"}),
    headings=frozenset({"title", "bridgehead"}),
    breaks=frozenset({"br"}),
    notes=frozenset({"footnote"}),
    note_number=frozenset(),
    note_refs=frozenset({"footnote-ref"}),
    signatures=frozenset(),
    cells=_TABLE_CELLS,
    rows=_TABLE_ROWS,
    blocks=frozenset("para title bridgehead li".split()),
    numbers=frozenset({"nr"}),
)

GENERIC = Profile(
    name="xml",
    skip=frozenset({"meta", "metadata", "head", "script", "style"}),
    inline=_COMMON_INLINE,
    headings=frozenset("title heading h1 h2 h3 h4 h5 h6 kop titel".split()),
    breaks=frozenset({"br"}),
    notes=frozenset({"footnote", "noot", "note"}),
    note_number=frozenset({"num", "noot.nr", "label"}),
    note_refs=frozenset({"footnote-ref", "noteref", "noot.ref", "nootref"}),
    signatures=frozenset({"signature", "ondertekening"}),
    blocks=frozenset("p para al li title heading".split()),
    numbers=frozenset({"nr", "num"}),
    cells=_TABLE_CELLS,
    rows=_TABLE_ROWS,
)


def profile_for(root_name: str, namespace: str) -> Profile:
    if "uslm" in namespace or root_name in ("legislativeReport", "bill", "uscDoc"):
        return USLM
    if root_name == "open-rechtspraak" or "rechtspraak" in namespace:
        return RECHTSPRAAK
    if root_name in (
        "toestand",
        "wetgeving",
        "kamerstuk",
        "handelingen",
        "officiele-publicatie",
        "stcrt",
        "stb",
        "vraagdocument",
        "kamervragen",
        "aanhangsel",
        "bijlage",
    ):
        return KOOP
    return GENERIC


def read_xml(data: bytes, name: str, label: str) -> Source:
    """Read an XML edition as a Source with its structure."""
    if data[:1].isspace() and data.lstrip().startswith(b"<?xml"):
        # Blank lines before the XML declaration (seen in rechtspraak.nl files) make the
        # document ill-formed by the letter of the standard only: read what follows.
        data = data.lstrip()
    root = parse_xml(data, name)
    tag = root.tag if isinstance(root.tag, str) else ""
    namespace = tag[1:].split("}", 1)[0] if tag.startswith("{") else ""
    profile = profile_for(local(tag), namespace)
    walk = Walk(profile)
    walk.blocks(root)
    paras, notes = walk.finish()
    if not any(p.text.strip() for p in paras):
        raise InputError(name, "XML document has no text")
    return build_source(
        label, name, f"xml-{profile.name}" if profile is not GENERIC else "xml", paras, notes
    )
