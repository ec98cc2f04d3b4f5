"""Word and PDF files: made here from a seed's text, they parse to the seed's facts; the
formats egovkit does not read fail with a typed error naming what to do."""

from __future__ import annotations

import builtins
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import egovkit
from egovkit.errors import EgovkitError, MissingExtraError, SourceError, UnsupportedFormatError
from egovkit.formats import file_format, sniff_format

from .conftest import SEED_FILES, assert_evidence

SEED = SEED_FILES[0]


def _facts(doc: egovkit.Document) -> list[dict[str, Any]]:
    """Every fact without its evidence (offsets differ between a file's text and the seed)."""
    out = []
    for fact in doc.facts():
        data = fact.model_dump(mode="json", exclude={"evidence"})
        out.append({"kind": type(fact).__name__, **data})
    return out


def make_docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_pdf(text: str) -> bytes:
    """A one-page PDF whose text layer is ``text``: a Type0 font (Identity-H, CIDs = Unicode
    code points) with a ToUnicode map, so no CJK font file is needed."""
    lines = text.split("\n")
    ops = ["BT", "/F1 10 Tf", "12 TL", "40 800 Td"]
    ops += [f"<{''.join(f'{ord(c):04X}' for c in line if ord(c) < 0x10000)}> Tj T*" for line in lines]
    ops.append("ET")
    content = "\n".join(ops).encode("ascii")
    used = sorted({ord(c) for c in text if ord(c) < 0x10000 and c != "\n"})
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ]
    for i in range(0, len(used), 100):
        chunk = used[i : i + 100]
        cmap += [f"{len(chunk)} beginbfchar", *(f"<{u:04X}> <{u:04X}>" for u in chunk), "endbfchar"]
    cmap += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    cmap_bytes = "\n".join(cmap).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H"
        b" /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap_bytes) + cmap_bytes + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


@pytest.fixture(scope="module")
def seed_doc() -> egovkit.Document:
    return egovkit.parse(SEED)


def test_docx_parses_to_the_seed_facts(tmp_path: Path, seed_doc: egovkit.Document) -> None:
    path = tmp_path / "seed.docx"
    path.write_bytes(make_docx(SEED.read_text(encoding="utf-8")))
    doc = egovkit.parse(path)
    assert doc.format == "docx"
    assert doc.facts() and _facts(doc) == _facts(seed_doc)
    assert assert_evidence(doc) > 0
    assert egovkit.parse(path.read_bytes()).format == "docx"  # sniffed from the bytes


def test_pdf_parses_to_the_seed_facts(tmp_path: Path, seed_doc: egovkit.Document) -> None:
    path = tmp_path / "seed.pdf"
    path.write_bytes(make_pdf(SEED.read_text(encoding="utf-8")))
    doc = egovkit.parse(path)
    assert doc.format == "pdf"
    assert doc.facts() and _facts(doc) == _facts(seed_doc)
    assert assert_evidence(doc) > 0
    assert egovkit.parse(path.read_bytes()).format == "pdf"


@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_binary_word_is_unsupported_not_binary(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"notice{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(UnsupportedFormatError, match=r"convert it to \.docx"):
        egovkit.parse(path)
    with pytest.raises(UnsupportedFormatError):
        egovkit.parse(path.read_bytes())  # sniffed as OLE2


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_office(name: str, *args: Any, **kwargs: Any) -> Any:
        if name in ("docx", "pypdf"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_office)
    with pytest.raises(MissingExtraError, match=r"egovkit\[office\]"):
        egovkit.parse(b"PK\x03\x04" + b"word/document.xml" + b"\x00" * 64)
    with pytest.raises(MissingExtraError, match=r"egovkit\[pdf\]") as info:
        egovkit.parse(b"%PDF-1.4\n" + b"\x00" * 64)
    assert isinstance(info.value, EgovkitError) and info.value.extra == "pdf"


def test_damaged_files_are_source_errors() -> None:
    with pytest.raises(SourceError):
        egovkit.parse(b"PK\x03\x04 word/ not really a zip", format="docx")
    with pytest.raises(SourceError):
        egovkit.parse(b"%PDF-1.4 nothing else")
    with pytest.raises(SourceError):
        egovkit.parse("克州", format="pdf")  # a PDF must come as bytes or a path


def test_format_by_suffix_and_content() -> None:
    assert file_format("a/b.HTM") == "html" and file_format("x.pdf") == "pdf" and file_format("x") is None
    assert sniff_format(b"%PDF-1.7") == "pdf" and sniff_format("克州".encode()) is None
    assert egovkit.parse("报告.doc 已经下发，请查收。").format == "text"  # prose naming a file


def _bad_startxref(pdf: bytes) -> bytes:
    """The same PDF with its startxref pointer wrong: pypdf reads it after a repair."""
    cut = pdf.rfind(b"startxref")
    return pdf[:cut] + b"startxref\n999\n%%EOF\n"


def test_a_repaired_pdf_is_a_warning_not_stderr_noise(tmp_path: Path) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(_bad_startxref(make_pdf("克州电子政务内网于2005年2月完成一期工程。")))
    doc = egovkit.parse(path)
    assert "2005年2月" in doc.text
    repaired = [w for w in doc.warnings if w.code == "pdf_repaired"]
    assert len(repaired) == 1 and "startxref" in repaired[0].message
    # a program that configured no logging: pypdf's messages must not reach stderr
    script = "import sys, egovkit; egovkit.parse(sys.argv[1])"
    run = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True)
    assert run.returncode == 0 and run.stderr == ""


def test_an_intact_pdf_has_no_repair_warning(tmp_path: Path) -> None:
    doc = egovkit.parse(make_pdf("克州电子政务内网于2005年2月完成一期工程。"))
    assert not [w for w in doc.warnings if w.code == "pdf_repaired"]


def test_an_unreadable_pdf_says_what_the_reader_said() -> None:
    pdf = make_pdf("克州电子政务内网于2005年2月完成一期工程。")
    with pytest.raises(SourceError, match="not a readable PDF file") as info:
        egovkit.parse(pdf[: len(pdf) // 3])
    assert "\n" not in str(info.value)


def test_a_word_table_stands_where_it_stands_in_the_document(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("克州电子政务工作总结")
    table = document.add_table(rows=2, cols=3)
    table.rows[0].cells[0].merge(table.rows[0].cells[1])
    table.rows[0].cells[0].text = "项目"
    table.rows[0].cells[2].text = "完成时间"
    table.rows[1].cells[0].text = "内网"
    table.rows[1].cells[1].text = "一期"
    table.rows[1].cells[2].text = "2005年2月"
    document.add_paragraph("克州电子政务内网于2005年2月建成，覆盖全州56家单位。")
    path = tmp_path / "总结.docx"
    document.save(str(path))
    doc = egovkit.parse(path)
    assert doc.raw.split("\n") == [
        "克州电子政务工作总结",
        "项目\t完成时间",
        "内网\t一期\t2005年2月",
        "克州电子政务内网于2005年2月建成，覆盖全州56家单位。",
    ]


def test_a_web_page_saved_as_text_is_read_as_a_page(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>克州电子政务_某某网</title></head>"
        "<body><div class='nav'><a href='/'>首页</a></div><div class='content'>"
        "<p>克州电子政务内网于2005年2月建成，覆盖全州56家单位。</p></div></body></html>"
    )
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    doc = egovkit.parse(path)
    assert doc.format == "html" and "<" not in doc.text and "2005年2月" in doc.text
    assert egovkit.parse(path, format="text").format == "text"  # the caller's word wins
    prose = tmp_path / "note.txt"  # tags inside prose do not make a page
    prose.write_text("克州电子政务<b>内网</b>建成。<br>全州<i>56家</i>单位。</p>", encoding="utf-8")
    assert egovkit.parse(prose).format == "text"
