"""DOCX: real Word footnotes, paragraph numbers as lines, styles, broken files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from versiecheck.errors import InputError
from versiecheck.model import BlockKind
from versiecheck.read import read_path
from versiecheck.segment import segment

FIX = Path(__file__).resolve().parent.parent / "fixtures"
KV = FIX / "nl-kamervragen-docx"


def test_real_word_footnotes_become_footnotes_with_markers_in_place() -> None:
    doc = segment(read_path(KV / "kv-beckerman-ienw-jenv.docx", "A"))
    assert [f.number for f in doc.footnotes] == [1, 2, 3, 4, 5]
    assert doc.footnotes[1].text == "Kamerstukken II 2022/23, 29628, nr. 1139."
    assert [(m.number, m.raw) for m in doc.markers] == [
        (1, "politiezorg.1"),
        (2, "2023-2026.2"),
        (3, "Hagen/Sneller.3"),
        (4, "vrede”,4"),
        (5, "over.5"),
    ]
    # The marker is not part of the block's text; it stands after its word.
    m = doc.markers[2]
    assert doc.blocks[m.block].text[: m.offset].endswith("Hagen/Sneller.")


def test_lines_are_paragraph_numbers() -> None:
    src = read_path(KV / "kv-beckerman-ienw-jenv.docx", "A")
    doc = segment(src)
    body = src.text.splitlines()
    # Each block starts on its own line; a marker's line is its paragraph.
    for block in doc.blocks:
        loc = doc.block_location(block.index)
        assert loc.column == 1 and body[loc.line - 1].startswith(block.text[:20])
    m = doc.markers[0]
    loc = doc.location(m.source_offset)
    assert "politiezorg.1" in body[loc.line - 1]
    assert src.page_starts == ()


def test_each_corpus_docx_reads_its_footnotes() -> None:
    counts = {p.name: len(segment(read_path(p, "A")).footnotes) for p in sorted(KV.glob("*.docx"))}
    # Word footnotes per file, from the corpus's SOURCES.md; wassenberg has none, but five
    # notes typed by hand as ``[n]`` with the notes typed at the end (see the next test).
    assert counts == {
        "kv-beckerman-ienw-jenv.docx": 5,
        "kv-eerdmans-me-arnhem.docx": 1,
        "kv-temmink-vannispen-niet-noodnummer.docx": 1,
        "kv-wassenberg-lnv-jenv.docx": 5,
    }


def test_typed_notes_are_read_as_the_text_segmenter_reads_them() -> None:
    src = read_path(KV / "kv-wassenberg-lnv-jenv.docx", "A")
    doc = segment(src)
    assert [(m.number, m.raw) for m in doc.markers][:2] == [(1, "geraakt[1]"), (2, "omgekomen [2]")]
    assert doc.footnotes[0].text.startswith("https://www.nhnieuws.nl/nieuws/313687")
    # The marker left the paragraph's text; the flattened text still shows it as typed.
    m = doc.markers[0]
    assert "[1]" not in doc.blocks[m.block].text and "geraakt[1]" in src.text
    # A number after a word with a space (``vraag 2``) is text, never a marker.
    assert not any(m.raw.lower().startswith("vraag") for m in doc.markers)


def test_letterhead_table_is_read_once() -> None:
    text = read_path(KV / "kv-temmink-vannispen-niet-noodnummer.docx", "A").text
    assert text.count("In antwoord op uw brief van 6 december 2023") == 1


def test_custom_marks_and_typed_superscripts() -> None:
    # LibreOffice writes footnotes 3 and 4 with custom marks; 1 and 2 are typed superscripts.
    doc = segment(read_path(FIX / "kst-32317-994-lo" / "letter.docx", "A"))
    assert [m.number for m in doc.markers] == [1, 2, 3, 4]
    assert [f.number for f in doc.footnotes] == [3, 4]
    assert doc.footnotes[0].text.startswith("Law shopping betekent")


def test_headings_from_styles_and_signatures() -> None:
    doc = segment(read_path(FIX / "kst-32317-994-lo" / "letter.docx", "A"))
    assert any(b.kind is BlockKind.HEADING and b.text.startswith("Ontbijt") for b in doc.blocks)
    assert [s.name for s in doc.signatures] == ["F. van Oosten", "D.M. van Weel", "A.C.L. Rutte"]


def test_tracked_changes_peer_fixture_reads_accepted_text() -> None:
    original = read_path(FIX / "peer-fixtures/python-redlines/original.docx", "A").text
    modified = read_path(FIX / "peer-fixtures/python-redlines/modified.docx", "B").text
    assert original != modified and original.strip() and modified.strip()


def test_truncated_docx_is_an_input_error() -> None:
    with pytest.raises(InputError, match="corrupt archive"):
        read_path(FIX / "broken" / "truncated.docx", "A")


def test_docx_format_forced_on_a_pdf() -> None:
    with pytest.raises(InputError, match="corrupt archive"):
        read_path(FIX / "kst-32317-994-lo" / "letter.pdf", "A", fmt="docx")


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(body: str, properties: dict[str, str]) -> bytes:
    """A minimal DOCX with this body XML and these custom document properties."""
    props = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{k + 2}" name="{n}">'
        f"<vt:lpwstr>{v}</vt:lpwstr></property>"
        for k, (n, v) in enumerate(properties.items())
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {_W}><w:body>{body}</w:body></w:document>")
        z.writestr(
            "docProps/custom.xml",
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/docPropsVTypes">{props}</Properties>',
        )
    return buf.getvalue()


def _field(instruction: str, result: str = "") -> str:
    stored = f"<w:r><w:t>{result}</w:t></w:r>" if result else ""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f"<w:r><w:instrText> {instruction} </w:instrText></w:r>"
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{stored}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def test_a_docproperty_field_word_left_empty_shows_its_property(tmp_path: Path) -> None:
    # A letter template's salutation is a DOCPROPERTY field Word stored no result for;
    # LibreOffice shows the property's value, and so does Word once fields are updated.
    # A stored result is what Word shows, and stays; a field inside another field's
    # instruction (an IF's condition) is not shown at all.
    salutation = _field("DOCPROPERTY aanhefdoc \\* MERGEFORMAT")
    body = (
        f"<w:p>{salutation}</w:p>"
        f"<w:p><w:r><w:t>Datum </w:t></w:r>{_field('DOCPROPERTY datum', '4 december 2023')}</w:p>"
        '<w:p><w:fldSimple w:instr=" DOCPROPERTY groet "/></w:p>'
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText>'
        f"</w:r>{_field('DOCPROPERTY pagina')}<w:r><w:instrText> = 1 </w:instrText></w:r>"
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>Slot.</w:t></w:r></w:p>'
    )
    path = tmp_path / "fields.docx"
    path.write_bytes(
        _docx(
            body,
            {
                "aanhefdoc": "_x000d_Geachte\u00a0heer/mevrouw,_x000d_",
                "datum": "5 december 2023",
                "groet": "Met vriendelijke groet,",
                "pagina": "Pagina",
            },
        )
    )
    lines = read_path(path, "A").text.splitlines()
    assert lines == [
        "Geachte heer/mevrouw,",
        "Datum 4 december 2023",
        "Met vriendelijke groet,",
        "Slot.",
    ]


def test_a_typed_marker_in_sequence_counts_without_its_note(tmp_path: Path) -> None:
    # Notes typed by hand, note [3] typed into the end of note [2]: marker [3] still
    # follows the numbering, and counts (without a note), as the text segmenter counts it
    # in the PDF made from the file; "vraag 3" after a space stays text.
    paras = [
        "Kinderen zijn gewond geraakt[1], een eigenaar is omgekomen [2], een baby overleden [3]?",
        "Zie het antwoord op vraag 3 en het rapport [4].",
        "[1] https://example.org/een",
        "[2] https://example.org/twee[3] https://example.org/drie",
        "[4] Centrum voor Criminaliteitspreventie en Veiligheid, 2018.",
    ]
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paras)
    path = tmp_path / "typed.docx"
    path.write_bytes(_docx(body, {}))
    doc = segment(read_path(path, "A"))
    assert [(m.number, m.raw) for m in doc.markers] == [
        (1, "geraakt[1]"),
        (2, "omgekomen [2]"),
        (3, "overleden [3]"),
        (4, "rapport [4]"),
    ]
    assert [f.number for f in doc.footnotes] == [1, 2, 4]
