"""Reading plain-text renderings, and refusing what is not one."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from versiecheck.cli import main
from versiecheck.errors import InputError
from versiecheck.read import read_path

GOOD = "De minister van Financiën,\nE. Heinen\n"


def test_utf8_with_and_without_bom(tmp_path: Path) -> None:
    plain = tmp_path / "a.txt"
    plain.write_bytes(GOOD.encode())
    bom = tmp_path / "b.txt"
    bom.write_bytes(codecs.BOM_UTF8 + GOOD.encode())
    assert read_path(plain, "A").text == read_path(bom, "B").text == GOOD


def test_utf16_with_bom_and_crlf(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(GOOD.replace("\n", "\r\n").encode("utf-16"))
    src = read_path(p, "A")
    assert src.text == GOOD and src.encoding == "utf-16"


def test_windows_1252_is_read_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(GOOD.encode("cp1252"))
    src = read_path(p, "A")
    assert src.text == GOOD
    assert src.encoding == "cp1252"
    assert "Windows-1252" in src.warnings[0]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"   \n\n\t\n", "empty file"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", "binary file"),
        (b"caf\xe9 \x81 bar", "not valid UTF-8"),
        (b"\x01\x02\x03\x04\x05\x06 text \x07\x08\x0b\x0e\x0f", "binary file"),
    ],
)
def test_bad_content_is_refused(tmp_path: Path, content: bytes, problem: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        read_path(p, "A")


def test_missing_directory_and_too_large(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt", "A")
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path, "A")
    big = tmp_path / "big.txt"
    big.write_text("woord " * 1000)
    with pytest.raises(InputError, match="too large"):
        read_path(big, "A", max_bytes=100)


def test_unreadable_file(tmp_path: Path) -> None:
    import os

    p = tmp_path / "secret.txt"
    p.write_text(GOOD)
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):  # root reads anything: nothing to test
            return
        with pytest.raises(InputError, match="permission denied"):
            read_path(p, "A")
    finally:
        p.chmod(0o600)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["compare", "{tmp}/nope.txt", "{tmp}/ok.txt"], "nope.txt: no such file"),
        (["compare", "{tmp}", "{tmp}/ok.txt"], "is a directory"),
        (["compare", "{tmp}/empty.txt", "{tmp}/ok.txt"], "empty.txt: empty file"),
        (["compare", "{tmp}/bin.txt", "{tmp}/ok.txt"], "bin.txt: binary file"),
        (["compare", "{tmp}/ok.txt", "{tmp}/ok.txt", "--format", "xml"], "--format"),
        (["compare", "{tmp}/ok.txt", "{tmp}/ok.txt", "--fail-on", "loud"], "--fail-on"),
        (["compare", "{tmp}/ok.txt"], "Missing argument"),
        (["compare", "{tmp}/ok.txt", "{tmp}/ok.txt", "--bogus"], "No such option"),
        (["explain", "no-such-rule"], "unknown rule"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    (tmp_path / "ok.txt").write_text(GOOD)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    code = main([a.replace("{tmp}", str(tmp_path)) for a in args])
    err = capsys.readouterr().err
    assert code == 2
    assert needle in err
    assert err.count("\n") == 1 and err.startswith("versiecheck: error: ")
    assert "Traceback" not in err


def test_output_never_overwrites_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = tmp_path / "a.txt"
    a.write_text(GOOD)
    code = main(["compare", str(a), str(a), "--output", str(a)])
    assert code == 2
    assert a.read_text() == GOOD
    assert "refusing to overwrite" in capsys.readouterr().err


def test_output_file_is_written(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text(GOOD)
    out = tmp_path / "report.json"
    assert main(["compare", str(a), str(a), "--format", "json", "--output", str(out)]) == 0
    assert '"schema": "versiecheck/report/1"' in out.read_text()
    assert not list(tmp_path.glob(".*versiecheck-tmp"))


def test_headings_alike_at_page_edges_are_text_but_running_heads_are_not() -> None:
    # Page breaks as form feeds; every page opens with a running head whose number goes
    # with the page, and pages 2 and 3 open with a "Vraag n" heading: the headings only
    # look like a running head (7 and 12 do not go with the pages) and stay text.
    from versiecheck.read import read_text
    from versiecheck.segment import segment

    body = [
        "De minister heeft het verslag op tijd gezonden.",
        "Zij had dat bij de begroting toegezegd.",
        "Daarbij is de stand van zaken gemeld.",
        "Uw Kamer ontvangt in het voorjaar een nieuwe brief.",
        "De raad besprak het voorstel niet.",
        "Het kabinet wacht het advies af.",
    ]
    pages = []
    for n, sentence in enumerate(body):
        head = f"Kamerstuk 32 317, nr. 994 – {n + 1}\n\n"
        heading = {1: "Vraag 7\n", 2: "Vraag 12\n"}.get(n, "")
        pages.append(f"{head}{heading}{sentence}\n")
    text = " ".join(b.text for b in segment(read_text("\f\n".join(pages), "A")).blocks)
    assert "Vraag 7" in text and "Vraag 12" in text
    assert all(sentence in text for sentence in body)
    assert "Kamerstuk" not in text


def test_typed_notes_beside_superscript_markers_are_text() -> None:
    # A PDF of a Word letter: a real footnote (superscript marker, its body at the page
    # bottom) and the questions' own notes typed by hand ("… bedoeld? 1)", "1) …" at the
    # end). The typed ones are text, as the Word file has them; the real one is the note.
    from versiecheck.read import read_text
    from versiecheck.segment import segment

    text = (
        "Welke ervaringen worden hier bedoeld? 1)\n\n"
        "Ik heb over de motie van Nispen¹ met uw Kamer gesproken.\n\n"
        "1) Geen spoed wel brandweer – Brandweer\n\n"
        "¹ Kamerstukken, 2022-2023, 29628, nr. 1135\n"
    )
    doc = segment(read_text(text, "A"))
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (1, "Kamerstukken, 2022-2023, 29628, nr. 1135")
    ]
    assert [m.raw for m in doc.markers] == ["Nispen¹"]
    assert any(b.text.startswith("1) Geen spoed") for b in doc.blocks)


def test_where_markers_are_bracketed_a_number_after_a_space_is_text() -> None:
    # Typed notes [1], [2]: "Antwoord op vraag 3" before the question that holds "[3]" is
    # a heading, not marker 3.
    from versiecheck.read import read_text
    from versiecheck.segment import segment

    text = (
        "Kinderen zijn gewond geraakt[1] en een eigenaar is omgekomen [2].\n\n"
        "Antwoord op vraag 3\n"
        "Ja, dat deel ik.\n\n"
        "Is het risico te relateren aan hondenrassen[3]?\n\n"
        "[1] https://example.org/een\n"
        "[2] https://example.org/twee\n"
        "[3] Kamerstuk II 28286, nr. 1056\n"
    )
    doc = segment(read_text(text, "A"))
    assert [(m.number, m.raw) for m in doc.markers] == [
        (1, "geraakt[1]"),
        (2, "omgekomen [2]"),
        (3, "hondenrassen[3]"),
    ]
