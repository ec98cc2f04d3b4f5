"""Recipe: parse a folder of mixed files — text, web pages, Word and PDF — and see what was
skipped and why.

Run from the repository root:  python examples/mixed_folder.py [FOLDER]
(default: a demo folder made from the bundled seeds: a .txt, an .html page with site
decoration, a .docx when python-docx is installed, and an old .doc that egovkit cannot read)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import egovkit

root = Path(__file__).resolve().parents[1]  # the checkout this recipe stands in
if not (root / "seeds").is_dir():  # copied elsewhere: the seeds of the checkout it runs from
    root = Path.cwd()
if not (root / "seeds").is_dir():
    sys.exit("this recipe reads the seeds/ folder of an egovkit checkout: run it from the repository root")
seeds = sorted((root / "seeds").glob("*.txt"))


def demo_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="egovkit-mixed-"))
    (folder / "notice.txt").write_text(seeds[0].read_text(encoding="utf-8"), encoding="utf-8")
    lines = seeds[1].read_text(encoding="utf-8").splitlines()
    title = egovkit.parse(seeds[1]).title or "电子政务"
    body = "".join(f"<p>{line}</p>" for line in lines[1:])
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}_某某州人民政府</title></head>"
        "<body><div class='nav'><a href='/'>首页</a> <a href='/gk'>政务公开</a></div>"
        "<div class='info'>来源：某某州信息中心　发布时间：2009-06-09　点击数：1024</div>"
        f"<div id='zoom'>{body}</div>"
        "<div class='footer'>版权所有：某某州人民政府　技术支持：某某公司</div></body></html>"
    )
    (folder / "page.html").write_text(page, encoding="utf-8")
    try:
        import docx  # the office extra: pip install "egovkit[office]"
    except ImportError:
        print("python-docx is not installed: no .docx in the demo folder")
    else:
        document = docx.Document()
        for line in seeds[2].read_text(encoding="utf-8").splitlines():
            document.add_paragraph(line)
        document.save(str(folder / "plan.docx"))
    (folder / "old-notice.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


folder = Path(sys.argv[1]) if len(sys.argv) > 1 else demo_folder()
docs = []
for result in egovkit.parse_many([folder], workers=1):
    if isinstance(result, egovkit.ParseFailure):
        print(f"not read: {Path(result.source).name}: {result.message}")
        continue
    docs.append(result)
    meta = result.metadata
    print(f"{result.name} [{result.format}] {result.title!r}, {len(result.facts())} facts")
    if meta is not None and meta.source:
        print(
            f"    the page says: 来源 {meta.source}, published {meta.published.iso if meta.published else '?'}"
        )

# every fact points back into its input: for a web page, into the HTML as received
page = next((d for d in docs if d.format == "html"), None)
if page is not None:
    ev = page.evidence()[0]
    assert page.text[ev.start : ev.end] == ev.quote
    print(f"first evidence {ev.quote!r} sits at {ev.raw_start}–{ev.raw_end} of the HTML source")
    print("removed from the page:", sorted({r.reason for r in page.removed})[:6])
