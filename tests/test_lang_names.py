"""Tests for versiecheck.lang.names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from versiecheck.lang.names import (
    NameComparison,
    NameVerdict,
    PersonName,
    Role,
    compare_persons,
    compare_roles,
    looks_like_person_name,
    parse_person,
    parse_role,
    role_key,
    roles_in_title,
)

SAME, VARIANT, DIFFERENT = NameVerdict.SAME, NameVerdict.VARIANT, NameVerdict.DIFFERENT


def person(text: str) -> PersonName:
    parsed = parse_person(text)
    assert parsed is not None, text
    return parsed


def role(text: str) -> Role:
    parsed = parse_role(text)
    assert parsed is not None, text
    return parsed


def compare(a: str, b: str) -> NameComparison:
    return compare_persons(person(a), person(b))


# ----------------------------------------------------------------------------- parse_person
# text, titles, initials, first_names, particles, surname, signed_mark
PARSES: list[
    tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str, str, str | None]
] = [
    ("F. van Oosten", (), ("F",), (), "van", "Oosten", None),
    ("Foort van Oosten", (), (), ("Foort",), "van", "Oosten", None),
    ("A.C.L. Rutte", (), ("A", "C", "L"), (), "", "Rutte", None),
    ("A. C. L. Rutte", (), ("A", "C", "L"), (), "", "Rutte", None),
    ("mr. A.C.L. Rutte", ("mr.",), ("A", "C", "L"), (), "", "Rutte", None),
    ("D.M. van Weel", (), ("D", "M"), (), "van", "Weel", None),
    ("Van Weel", (), (), (), "van", "Weel", None),
    ("D. Yeşilgöz-Zegerius", (), ("D",), (), "", "Yeşilgöz-Zegerius", None),
    ("Yeşilgöz-Zegerius", (), (), (), "", "Yeşilgöz-Zegerius", None),
    ("prof. dr. J.A. de Vries MSc", ("prof.", "dr.", "msc"), ("J", "A"), (), "de", "Vries", None),
    ("prof.dr. J.A. de Vries", ("prof.", "dr."), ("J", "A"), (), "de", "Vries", None),
    ("mr. dr. P. van der Berg LLM", ("mr.", "dr.", "llm"), ("P",), (), "van der", "Berg", None),
    ("drs. K.H. Ollongren MA", ("drs.", "ma"), ("K", "H"), (), "", "Ollongren", None),
    ("J. de Vries, MSc", ("msc",), ("J",), (), "de", "Vries", None),
    ("ir. B. ter Horst PhD", ("ir.", "phd"), ("B",), (), "ter", "Horst", None),
    ("w.g. F. van Oosten", (), ("F",), (), "van", "Oosten", "w.g."),
    ("(getekend) D.M. van Weel", (), ("D", "M"), (), "van", "Weel", "(getekend)"),
    ("(get.) D.M. van Weel", (), ("D", "M"), (), "van", "Weel", "(get.)"),
    ("F. van Oosten (w.g.)", (), ("F",), (), "van", "Oosten", "(w.g.)"),
    ("Sophie in ’t Veld", (), (), ("Sophie",), "in 't", "Veld", None),
    ("’t Hart", (), (), (), "'t", "Hart", None),
    ("H. op den Velde", (), ("H",), (), "op den", "Velde", None),
    ("M.C.G. van de Kamp", (), ("M", "C", "G"), (), "van de", "Kamp", None),
    ("John A. Smith Jr.", (), ("A",), ("John",), "", "Smith", None),
    ("Jan-Willem de Boer", (), (), ("Jan-Willem",), "de", "Boer", None),
    ("Th.C. de Graaf", (), ("Th", "C"), (), "de", "Graaf", None),
    ("A. Jansen-van der Berg", (), ("A",), (), "", "Jansen-van der Berg", None),
    ("Hedy d'Ancona", (), (), ("Hedy",), "", "d'Ancona", None),
    ("F. VAN OOSTEN", (), ("F",), (), "van", "OOSTEN", None),
]


@pytest.mark.parametrize(("text", "expected"), [(row[0], row[1:]) for row in PARSES])
def test_parse_person(text: str, expected: tuple[object, ...]) -> None:
    p = person(text)
    assert p.raw == text
    got = (p.titles, p.initials, p.first_names, p.particles, p.surname, p.signed_mark)
    assert got == expected


def test_parse_person_extras() -> None:
    smith = person("John A. Smith Jr.")
    assert smith.suffixes == ("jr.",)
    assert smith.given == ("John", "A.")
    assert smith.initials_all() == ("J", "A")
    assert person("Jan-Willem de Boer").initials_all() == ("J", "W")
    assert person("Van Weel").particles_raw == "Van"
    assert person("Van Weel").initials_all() == ()
    assert person("A. C. L. Rutte").initials_all() == ("A", "C", "L")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Tweede Kamer",
        "Den Haag, 3 februari 2026",
        "Hierbij bieden wij uw Kamer",
        "1. Binnenlandse Zaken",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "De minister van Justitie en Veiligheid,",
        "Minister-President",
        "Hoogachtend,",
        "Yours sincerely,",
        "Ministerie van Financiën",
        "Justitie en Veiligheid",
        "F. van Oosten.",
        "mr.",
        "van",
        "a.c.l. rutte",
        "Bijlage(n)",
        "Kenmerk 2026-0000012345",
    ],
)
def test_parse_person_rejects(text: str) -> None:
    assert parse_person(text) is None


# ----------------------------------------------------------------------------- looks_like
@pytest.mark.parametrize(
    "line",
    [
        "F. van Oosten",
        "Foort van Oosten",
        "D.M. van Weel",
        "mr. A.C.L. Rutte",
        "A.C.L. Rutte",
        "D. Yeşilgöz-Zegerius",
        "prof. dr. J.A. de Vries MSc",
        "w.g. F. van Oosten",
        "Van Weel",
        "John A. Smith Jr.",
        "Dick Schoof",
        "  E.  Heinen  ",
    ],
)
def test_looks_like_person_name(line: str) -> None:
    assert looks_like_person_name(line)


@pytest.mark.parametrize(
    "line",
    [
        "Hierbij bieden wij uw Kamer",
        "Den Haag, 3 februari 2026",
        "Tweede Kamer",
        "1. Binnenlandse Zaken",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "De minister van Asiel en Migratie,",
        "Minister-President, Minister van Algemene Zaken",
        "Staatssecretaris van Financiën",
        "Hoogachtend,",
        "Yours sincerely,",
        "Rutte",
        "Den Haag",
        "Koninkrijk der Nederlanden",
        "Geachte Voorzitter,",
        "F. van Oosten,",
        "Dit is een zin die op een punt eindigt.",
        "Een Twee Drie Vier Vijf Zes Zeven Acht Negen",
        "The Hague",
        "Onze referentie",
        "Directoraat-Generaal Migratie",
        "Postbus 20301",
        "Pagina 2 van 3",
        "",
    ],
)
def test_not_person_name(line: str) -> None:
    assert not looks_like_person_name(line)


# ----------------------------------------------------------------------------- compare_persons
# a, b, verdict, substrings that must occur in the differences
PERSON_PAIRS: list[tuple[str, str, NameVerdict, tuple[str, ...]]] = [
    ("F. van Oosten", "Foort van Oosten", VARIANT, ("initials 'F.' against first name 'Foort'",)),
    ("A.C.L. Rutte", "mr. A.C.L. Rutte", VARIANT, ("title 'mr.' only in B",)),
    (
        "D.M. van Weel",
        "Van Weel",
        VARIANT,
        ("particle capitalisation 'van' against 'Van'", "initials 'D.M.' only in A"),
    ),
    ("D.M. van Weel", "D. M. van Weel", SAME, ()),
    ("Sophie in ’t Veld", "Sophie in 't Veld", SAME, ()),
    ("w.g. F. van Oosten", "F. van Oosten", SAME, ()),
    ("(getekend) F. van Oosten", "F.  van  Oosten", SAME, ()),
    ("Mr. A.C.L. Rutte", "mr. A.C.L. Rutte", SAME, ()),
    ("F. van Oosten", "Peter van Oosten", DIFFERENT, ("'F.'", "'Peter'")),
    ("F. van Oosten", "P. van Oosten", DIFFERENT, ("initials 'F.' against 'P.'",)),
    ("Foort van Oosten", "Peter van Oosten", DIFFERENT, ("first name 'Foort' against 'Peter'",)),
    ("D.M. van Weel", "D.M. van Wee", DIFFERENT, ("surname 'Weel' against 'Wee'",)),
    ("D.M. van Weel", "D.M. Weel", DIFFERENT, ("particle 'van' only in A",)),
    ("J. van de Berg", "J. van der Berg", DIFFERENT, ("particles 'van de' against 'van der'",)),
    ("D. Yesilgoz-Zegerius", "D. Yeşilgöz-Zegerius", VARIANT, ("diacritics",)),
    ("D. Yeşilgöz-Zegerius", "D. Yeşilgöz", DIFFERENT, ("surname",)),
    ("D. Yeşilgöz-Zegerius", "D. Yeşilgöz Zegerius", DIFFERENT, ()),
    ("A.C.L. Rutte", "A.C. Rutte", VARIANT, ("initials 'A.C.L.' against 'A.C.'",)),
    ("A.C.L. Rutte", "A.B.L. Rutte", DIFFERENT, ("initials 'A.C.L.' against 'A.B.L.'",)),
    ("A.C.L. Rutte", "Anne C. L. Rutte", VARIANT, ("given names 'A.C.L.' against 'Anne C.L.'",)),
    ("J.W. de Boer", "Jan-Willem de Boer", VARIANT, ("first name 'Jan-Willem'",)),
    ("J.P. de Boer", "Jan-Willem de Boer", DIFFERENT, ()),
    ("mr. X. Jansen", "dr. X. Jansen", VARIANT, ("title 'mr.' only in A", "title 'dr.' only in B")),
    (
        "prof. dr. J.A. de Vries MSc",
        "J.A. de Vries",
        VARIANT,
        ("title 'prof.' only in A", "title 'dr.' only in A", "title 'msc' only in A"),
    ),
    ("prof. dr. J.A. de Vries", "dr. prof. J.A. de Vries", VARIANT, ("title order",)),
    ("F. VAN OOSTEN", "F. van Oosten", VARIANT, ("surname capitalisation", "particle")),
    ("John A. Smith Jr.", "John A. Smith", VARIANT, ("suffix 'jr.' only in A",)),
    ("John A. Smith Jr.", "John A. Smith Sr.", DIFFERENT, ("suffix 'jr.' against 'sr.'",)),
    ("John A. Smith", "J.A. Smith", VARIANT, ()),
    ("John Smith", "Jane Smith", DIFFERENT, ()),
    ("José Jansen", "Jose Jansen", VARIANT, ("diacritics in first name",)),
    ("Th.C. de Graaf", "Thom C. de Graaf", VARIANT, ()),
    (
        "H.G.J. Bruins Slot",
        "Hanke Bruins Slot",
        VARIANT,
        ("initials 'H.G.J.' against first name 'Hanke'",),
    ),
    ("H.G.J. Bruins Slot", "P. Bruins Slot", DIFFERENT, ()),
]


@pytest.mark.parametrize(("a", "b", "verdict", "phrases"), PERSON_PAIRS)
def test_compare_persons(a: str, b: str, verdict: NameVerdict, phrases: tuple[str, ...]) -> None:
    result = compare(a, b)
    assert result.verdict is verdict, result
    for phrase in phrases:
        assert any(phrase in d for d in result.differences), (phrase, result.differences)
    assert (result.differences == ()) == (verdict is SAME)
    assert compare(b, a).verdict is verdict


def test_compare_constructed_person_without_given_field() -> None:
    a = PersonName("F. van Oosten", (), ("F",), (), "van", "Oosten", None)
    assert compare_persons(a, person("F. van Oosten")).verdict is SAME
    assert compare_persons(a, person("Foort van Oosten")).verdict is VARIANT


# ----------------------------------------------------------------------------- roles
# line, office, portfolio, on_behalf
ROLES: list[tuple[str, str, str, bool]] = [
    ("De minister van Justitie en Veiligheid,", "minister", "Justitie en Veiligheid", False),
    ("De Minister van Asiel en Migratie,", "minister", "Asiel en Migratie", False),
    (
        "de staatssecretaris van Justitie en Veiligheid,",
        "staatssecretaris",
        "Justitie en Veiligheid",
        False,
    ),
    ("Mede namens de minister van Financiën,", "minister", "Financiën", True),
    ("De Minister-President,", "minister-president", "", False),
    (
        "Minister-President, Minister van Algemene Zaken,",
        "minister-president",
        "Algemene Zaken",
        False,
    ),
    (
        "Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst,",
        "staatssecretaris",
        "Financiën – Fiscaliteit en Belastingdienst",
        False,
    ),
    ("The Minister of Foreign Affairs,", "minister", "Foreign Affairs", False),
    (
        "The Minister for Foreign Trade and Development Cooperation",
        "minister",
        "Foreign Trade and Development Cooperation",
        False,
    ),
    (
        "De minister voor Volksgezondheid, Welzijn en Sport,",
        "minister",
        "Volksgezondheid, Welzijn en Sport",
        False,
    ),
    (
        "Vicepremier, minister van Sociale Zaken en Werkgelegenheid,",
        "minister",
        "Sociale Zaken en Werkgelegenheid",
        False,
    ),
    ("De  minister   van Justitie en Veiligheid", "minister", "Justitie en Veiligheid", False),
    ("DE MINISTER VAN FINANCIËN,", "minister", "FINANCIËN", False),
    ("Secretary of State for Justice", "secretary of state", "Justice", False),
    ("The Prime Minister,", "prime minister", "", False),
    ("Minister van Staat,", "minister van staat", "", False),
    ("On behalf of the Minister of Finance,", "minister", "Finance", True),
]


@pytest.mark.parametrize(("line", "office", "portfolio", "on_behalf"), ROLES)
def test_parse_role(line: str, office: str, portfolio: str, on_behalf: bool) -> None:
    r = role(line)
    assert (r.office, r.portfolio, r.on_behalf) == (office, portfolio, on_behalf)
    assert r.raw == line


def test_parse_role_extras() -> None:
    r = role("Minister-President, Minister van Algemene Zaken,")
    assert r.offices == ("minister-president", "minister")
    assert (r.article, r.office_raw, r.connector) == ("", "Minister-President", "van")
    r = role("De Minister van Asiel en Migratie,")
    assert (r.article, r.office_raw) == ("De", "Minister")


@pytest.mark.parametrize(
    "line",
    [
        "Yours sincerely,",
        "Hoogachtend,",
        "F. van Oosten",
        "De minister heeft besloten dat het zo is,",
        "De minister van Financiën, E. Heinen",
        "Ministerie van Financiën",
        "De minister van",
        "Den Haag, 3 februari 2026",
        "",
        ",",
    ],
)
def test_parse_role_rejects(line: str) -> None:
    assert parse_role(line) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("De minister van Justitie en Veiligheid,", "De Minister van Justitie en Veiligheid"),
        ("De Minister-President,", "Minister-President, Minister van Algemene Zaken,"),
        (
            "Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst",
            "staatssecretaris van Financiën - Fiscaliteit en Belastingdienst",
        ),
        ("De minister van Financien", "De minister van Financiën"),
        (
            "De minister voor Volksgezondheid, Welzijn en Sport",
            "De minister voor Volksgezondheid Welzijn en Sport",
        ),
    ],
)
def test_role_key_pairs_renderings(a: str, b: str) -> None:
    assert role_key(role(a)) == role_key(role(b))


def test_role_key_values() -> None:
    assert role_key(role("De minister van Justitie en Veiligheid,")) == (
        "minister|justitie en veiligheid"
    )
    assert role_key(role("De minister van Asiel en Migratie,")) != role_key(
        role("De minister van Justitie en Veiligheid,")
    )


# a, b, verdict, substrings that must occur in the differences
ROLE_PAIRS: list[tuple[str, str, NameVerdict, tuple[str, ...]]] = [
    ("De minister van Justitie en Veiligheid,", "De minister van Justitie en Veiligheid", SAME, ()),
    (
        "De minister van Justitie en Veiligheid,",
        "De Minister van Justitie en Veiligheid,",
        VARIANT,
        ("capitalisation 'minister' against 'Minister'",),
    ),
    (
        "De minister van Justitie en Veiligheid,",
        "de minister van Justitie en Veiligheid,",
        VARIANT,
        ("capitalisation 'De' against 'de'",),
    ),
    (
        "De minister van Justitie en Veiligheid,",
        "Minister van Justitie en Veiligheid,",
        VARIANT,
        ("article 'De' only in A",),
    ),
    (
        "Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst,",
        "Staatssecretaris van Financiën - Fiscaliteit en Belastingdienst,",
        VARIANT,
        ("dash style",),
    ),
    ("De minister van Financien,", "De minister van Financiën,", VARIANT, ("diacritics",)),
    (
        "De Minister-President,",
        "Minister-President, Minister van Algemene Zaken,",
        VARIANT,
        ("portfolio 'Algemene Zaken' only in B", "office 'minister' only in B"),
    ),
    (
        "De minister van Justitie en Veiligheid,",
        "De minister van Asiel en Migratie,",
        DIFFERENT,
        ("portfolio 'Justitie en Veiligheid' against 'Asiel en Migratie'",),
    ),
    (
        "De minister van Justitie en Veiligheid,",
        "De staatssecretaris van Justitie en Veiligheid,",
        DIFFERENT,
        ("office 'minister' against 'staatssecretaris'",),
    ),
    (
        "De minister van Financiën,",
        "Mede namens de minister van Financiën,",
        DIFFERENT,
        ("'mede namens' only in B",),
    ),
    ("De minister van Financiën,", "De minister,", DIFFERENT, ("portfolio 'Financiën' only in A",)),
    (
        "De minister voor Migratie,",
        "De minister van Migratie,",
        VARIANT,
        ("connector 'voor' against 'van'",),
    ),
]


@pytest.mark.parametrize(("a", "b", "verdict", "phrases"), ROLE_PAIRS)
def test_compare_roles(a: str, b: str, verdict: NameVerdict, phrases: tuple[str, ...]) -> None:
    got, differences = compare_roles(role(a), role(b))
    assert got is verdict, differences
    for phrase in phrases:
        assert any(phrase in d for d in differences), (phrase, differences)
    assert compare_roles(role(b), role(a))[0] is verdict


# ----------------------------------------------------------------------------- roles_in_title
TITLES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Brief van de minister van Justitie en Veiligheid, de minister van Asiel en Migratie en "
        "de staatssecretaris van Justitie en Veiligheid",
        [
            ("minister", "Justitie en Veiligheid"),
            ("minister", "Asiel en Migratie"),
            ("staatssecretaris", "Justitie en Veiligheid"),
        ],
    ),
    (
        "Brief van de minister van Justitie en Veiligheid, de \n\nminister van Asiel en Migratie "
        "en de staatssecretaris \nvan Justitie en Veiligheid",
        [
            ("minister", "Justitie en Veiligheid"),
            ("minister", "Asiel en Migratie"),
            ("staatssecretaris", "Justitie en Veiligheid"),
        ],
    ),
    (
        "Brief van de minister-president, minister van Algemene Zaken",
        [("minister-president", "Algemene Zaken")],
    ),
    (
        "Brief van de minister voor Volksgezondheid, Welzijn en Sport",
        [("minister", "Volksgezondheid, Welzijn en Sport")],
    ),
    (
        "Brief van de minister van Landbouw, Visserij, Voedselzekerheid en Natuur en de "
        "staatssecretaris van Financiën – Fiscaliteit en Belastingdienst",
        [
            ("minister", "Landbouw, Visserij, Voedselzekerheid en Natuur"),
            ("staatssecretaris", "Financiën – Fiscaliteit en Belastingdienst"),
        ],
    ),
    (
        "Brief van de minister en de staatssecretaris van Financiën",
        [("minister", "Financiën"), ("staatssecretaris", "Financiën")],
    ),
    (
        "Letter from the Minister of Foreign Affairs and the Minister for Foreign Trade and "
        "Development Cooperation",
        [
            ("minister", "Foreign Affairs"),
            ("minister", "Foreign Trade and Development Cooperation"),
        ],
    ),
    ("Letter from the Prime Minister", [("prime minister", "")]),
    ("Jaarverslag en slotwet Ministerie van Financiën 2025", []),
    ("", []),
]


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_roles_in_title(title: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.office, r.portfolio) for r in roles_in_title(title)] == expected


def test_roles_in_title_pair_with_signature_blocks() -> None:
    title = (
        "Brief van de minister van Justitie en Veiligheid, de minister van Asiel en Migratie "
        "en de staatssecretaris van Justitie en Veiligheid"
    )
    blocks = [
        "De Minister van Justitie en Veiligheid,",
        "De Minister van Asiel en Migratie,",
        "De Staatssecretaris van Justitie en Veiligheid,",
    ]
    assert [role_key(r) for r in roles_in_title(title)] == [role_key(role(b)) for b in blocks]


# ----------------------------------------------------------------------------- properties
_NAME_PIECES = st.tuples(
    st.sampled_from(["", "w.g. ", "(getekend) ", "mr. ", "prof. dr. ", "Dr "]),
    st.sampled_from(
        [
            "",
            "F. ",
            "A.C.L. ",
            "A. C. L. ",
            "Foort ",
            "Jan-Willem ",
            "John A. ",
            "D.M. ",
            "Th. ",
            "P. ",
        ]
    ),
    st.sampled_from(["", "van ", "Van ", "van der ", "de ", "in ’t ", "in 't ", "ter "]),
    st.sampled_from(
        [
            "Oosten",
            "Weel",
            "Wee",
            "Rutte",
            "Yeşilgöz-Zegerius",
            "Yesilgoz-Zegerius",
            "OOSTEN",
            "Jansen-de Vries",
            "d'Ancona",
        ]
    ),
    st.sampled_from(["", " MSc", ", PhD", " Jr.", " Sr.", " LL.M."]),
)
name_text = _NAME_PIECES.map("".join)
any_text = st.one_of(
    st.text(max_size=80), name_text, st.text(alphabet="AbC .,-'’()van", max_size=40)
)


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_parsers_never_raise(text: str) -> None:
    p = parse_person(text)
    looks_like_person_name(text)
    r = parse_role(text)
    roles_in_title(text)
    if p is not None:
        assert compare_persons(p, p) == NameComparison(SAME, ())
        p.initials_all()
    if r is not None:
        assert compare_roles(r, r) == (SAME, ())
        role_key(r)


@settings(max_examples=400, deadline=None)
@given(name_text, name_text)
def test_compare_persons_symmetric(a: str, b: str) -> None:
    pa, pb = parse_person(a), parse_person(b)
    assert pa is not None and pb is not None, (a, b)
    ab, ba = compare_persons(pa, pb), compare_persons(pb, pa)
    assert ab.verdict is ba.verdict
    assert (ab.verdict is SAME) == (not ab.differences)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_compare_persons_symmetric_arbitrary(a: str, b: str) -> None:
    pa, pb = parse_person(a), parse_person(b)
    if pa is not None and pb is not None:
        assert compare_persons(pa, pb).verdict is compare_persons(pb, pa).verdict


_ROLE_TEXT = st.tuples(
    st.sampled_from(["", "De ", "de ", "Mede namens de ", "The "]),
    st.sampled_from(
        [
            "minister",
            "Minister",
            "staatssecretaris",
            "Minister-President",
            "Minister-President, Minister",
        ]
    ),
    st.sampled_from(
        [
            "",
            " van Financiën",
            " van Financien",
            " voor Financiën",
            " van Financiën – Fiscaliteit",
            " van Financiën - Fiscaliteit",
            " van Justitie en Veiligheid",
            " van Algemene Zaken",
        ]
    ),
    st.sampled_from(["", ","]),
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ROLE_TEXT, _ROLE_TEXT)
def test_compare_roles_symmetric(a: str, b: str) -> None:
    ra, rb = role(a), role(b)
    assert compare_roles(ra, rb)[0] is compare_roles(rb, ra)[0]
    if compare_roles(ra, rb)[0] is not DIFFERENT:
        assert role_key(ra) == role_key(rb)
