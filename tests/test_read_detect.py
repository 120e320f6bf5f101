"""Format detection by content, the override options, and the size limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from versiecheck.cli import main
from versiecheck.errors import InputError
from versiecheck.read import read_path
from versiecheck.read.detect import detect_format

FIX = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("kst-32317-994/plain.txt", "text"),
        ("kst-32317-994-lo/letter.pdf", "pdf"),
        ("kst-32317-994-lo/letter.docx", "docx"),
        ("kst-32317-994-lo/letter.odt", "odt"),
        ("kst-32317-994-lo/letter.fodt", "odt"),
        ("kst-32317-994-lo/letter.html", "html"),
        ("us-uslm-reports/113srpt310/report.xml", "xml"),
        ("nl-rechtspraak-xml/ECLI_NL_PHR_2014_2.xml", "xml"),
        ("nl-kamervragen-docx/kv-eerdmans-me-arnhem.docx", "docx"),
        ("us-uslm-reports/113srpt310/report.pdf", "pdf"),
    ],
)
def test_detects_by_content_not_name(path: str, fmt: str, tmp_path: Path) -> None:
    data = (FIX / path).read_bytes()
    assert detect_format(data, path) == fmt
    # The name does not matter: the same bytes under a misleading name.
    renamed = tmp_path / "document.txt"
    renamed.write_bytes(data)
    assert read_path(renamed, "A").format.split("-")[0] == fmt


def test_format_override_reads_xml_as_text() -> None:
    src = read_path(FIX / "us-uslm-reports/113srpt310/report.xml", "A", fmt="text")
    assert src.format == "text" and src.text.startswith("<?xml")


def test_format_override_that_does_not_fit_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="corrupt or unreadable PDF"):
        read_path(FIX / "kst-32317-994/plain.txt", "A", fmt="pdf")


def test_cli_format_options(capsys: pytest.CaptureFixture[str]) -> None:
    xml = str(FIX / "us-uslm-reports/113srpt310/report.xml")
    assert main(["compare", xml, xml, "--format-a", "text", "--format-b", "text"]) == 0
    assert "(text," in capsys.readouterr().out
    assert main(["compare", xml, xml, "--format-a", "pdf"]) == 2
    assert "corrupt or unreadable PDF" in capsys.readouterr().err
    assert main(["compare", xml, xml, "--format-a", "rtf"]) == 2


def test_size_limit_names_the_option(capsys: pytest.CaptureFixture[str]) -> None:
    pdf = str(FIX / "us-uslm-reports/118hrpt9/report.pdf")  # 1.5 MB
    assert main(["compare", pdf, pdf, "--max-size", "1"]) == 2
    err = capsys.readouterr().err
    assert "too large" in err and "--max-size" in err and err.count("\n") == 1
