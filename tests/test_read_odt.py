"""ODT and flat ODT: text:note footnotes, headings, soft breaks, broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from versiecheck.errors import InputError
from versiecheck.model import BlockKind
from versiecheck.read import read_bytes, read_path
from versiecheck.segment import segment

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "kst-32317-994-lo"


@pytest.mark.parametrize("name", ["letter.odt", "letter.fodt"])
def test_notes_headings_signatures(name: str) -> None:
    doc = segment(read_path(FIX / name, "A"))
    assert [f.number for f in doc.footnotes] == [3, 4]
    assert doc.footnotes[0].text.startswith("Law shopping betekent")
    assert [(m.number, m.raw) for m in doc.markers] == [
        (1, "brief1"),
        (2, "lidstaten,2"),
        (3, "shopping’.3"),
        (4, "spelen.4"),
    ]
    assert next(b.text for b in doc.blocks if b.kind is BlockKind.HEADING) == (
        "Ontbijt kopgroep terugkeerhubs"
    )
    assert next(s.role for s in doc.signatures) == "De minister van Justitie en Veiligheid"


def test_line_breaks_spaces_and_auto_numbered_notes() -> None:
    fodt = (
        b'<?xml version="1.0"?><office:document '
        b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        b"<office:body><office:text>"
        b"<text:p>Den Haag,<text:line-break/>3 februari 2026</text:p>"
        b"<text:p>Zie de<text:s text:c='2'/>brief<text:note text:note-class='footnote'>"
        b"<text:note-citation>1</text:note-citation><text:note-body><text:p>KST 32317, nr. 987."
        b"</text:p></text:note-body></text:note> van vorige week.</text:p>"
        b"</office:text></office:body></office:document>"
    )
    src = read_bytes(fodt, "x.fodt", "A")
    assert src.text.splitlines()[:3] == [
        "Den Haag,",
        "3 februari 2026",
        "Zie de brief1 van vorige week.",
    ]
    doc = segment(src)
    assert doc.footnotes[0].text == "KST 32317, nr. 987." and doc.markers[0].anchor == "brief"


def test_spreadsheet_is_not_a_text_document() -> None:
    data = (
        b'<?xml version="1.0"?><office:document '
        b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
        b"<office:body><office:spreadsheet/></office:body></office:document>"
    )
    with pytest.raises(InputError, match="without a text body"):
        read_bytes(data, "x.fods", "A", "odt")


def test_truncated_odt() -> None:
    data = (FIX / "letter.odt").read_bytes()[:5000]
    with pytest.raises(InputError, match="corrupt"):
        read_bytes(data, "x.odt", "A", "odt")
