"""A self-contained HTML page that shows a document's cleaned text with every fact highlighted.

The page has the cleaned text on the left, each evidence span marked (overlapping facts
nest), and the list of facts on the right; clicking a fact scrolls to its passage and flashes
it; hovering a highlighted passage shows the facts it supports and the raw input it came
from. No network access, no external files: one HTML string.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Document, Evidence

REPORT_GENERATOR = "egovkit evidence viewer"  # marks our reports: never read back as input

__all__ = ["document_html"]

_KINDS = ("region", "plan", "network", "milestone", "indicator")
_COLORS = {
    "region": "#d9ecff",
    "plan": "#ffe7b8",
    "network": "#d7f5dd",
    "milestone": "#f8d5e6",
    "indicator": "#e5dcff",
}

_CSS = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;margin:0;color:#222}
header{padding:12px 20px;border-bottom:1px solid #ddd;background:#fafafa}
header h1{font-size:18px;margin:0 0 4px}
header .meta{font-size:13px;color:#555}
main{display:flex;height:calc(100vh - 70px)}
#text{flex:3;overflow:auto;padding:16px 24px;line-height:1.9;white-space:pre-wrap;font-size:15px}
#facts{flex:2;overflow:auto;border-left:1px solid #ddd;padding:8px 16px;font-size:13px}
#facts h2{font-size:14px;margin:14px 0 4px}
#facts li{cursor:pointer;margin:2px 0;padding:2px 4px;border-radius:3px;list-style:none}
#facts li:hover{background:#eee}
mark{background:none;border-bottom:2px solid transparent;padding:1px 0;color:inherit}
.legend span{display:inline-block;padding:0 6px;margin-right:6px;border-radius:3px}
mark.flash{outline:3px solid #f60;transition:outline .2s}
"""

_JS = """
document.querySelectorAll('#facts li').forEach(function(li){
  li.addEventListener('click',function(){
    var marks=document.querySelectorAll('mark[data-facts~="'+li.dataset.fact+'"]');
    if(!marks.length)return;
    marks[0].scrollIntoView({block:'center'});
    marks.forEach(function(m){m.classList.add('flash');});
    setTimeout(function(){marks.forEach(function(m){m.classList.remove('flash');});},1500);
  });
});
"""


@dataclass(frozen=True)
class _Fact:
    id: str
    kind: str
    label: str
    spans: tuple[Evidence, ...]


def _facts(doc: Document) -> list[_Fact]:
    out: list[_Fact] = []

    def add(kind: str, label: str, spans: Sequence[Evidence]) -> None:
        out.append(_Fact(f"f{len(out)}", kind, label, tuple(spans)))

    for r in (*doc.regions, *doc.mentioned_regions):
        add("region", f"{r.name or r.hint or '?'} ({r.code or '—'}, {r.level.value})", r.evidence)
    for p in doc.plans:
        period = f" {p.period.start_year}–{p.period.end_year}" if p.period else ""
        add("plan", f"《{p.title}》 {p.kind.value if p.kind else ''}{period} · {p.role.value}", p.evidence)
    for n in doc.networks:
        cov = ", ".join(str(q) for q in n.coverage)
        add(
            "network",
            f"{n.kind.value if n.kind else '?'}: {n.name or '—'}" + (f" · {cov}" if cov else ""),
            n.evidence,
        )
    for m in doc.milestones:
        add("milestone", f"{m.date} [{m.category.value}, {m.status.value}] {m.event[:40]}", (m.evidence,))
    for i in doc.indicators:
        when = f" @ {i.date}" if i.date else ""
        add("indicator", f"{i.name} = {i.quantity}{when} ({i.region or '—'})", (i.evidence,))
    return out


def document_html(doc: Document, *, title: str | None = None) -> str:
    """The evidence viewer page of ``doc`` as one self-contained HTML string."""
    facts = _facts(doc)
    text = doc.text
    # sweep over span boundaries: each segment knows the facts that cover it
    opens: dict[int, list[tuple[_Fact, Evidence]]] = {}
    closes: dict[int, list[tuple[_Fact, Evidence]]] = {}
    for f in facts:
        for e in f.spans:
            if 0 <= e.start < e.end <= len(text):
                opens.setdefault(e.start, []).append((f, e))
                closes.setdefault(e.end, []).append((f, e))
    cuts = sorted({0, len(text), *opens, *closes})
    active: dict[tuple[str, int, int], tuple[_Fact, Evidence]] = {}
    parts: list[str] = []
    for a, b in itertools.pairwise(cuts):
        for f, e in closes.get(a, []):
            active.pop((f.id, e.start, e.end), None)
        for f, e in opens.get(a, []):
            active[(f.id, e.start, e.end)] = (f, e)
        piece = html.escape(text[a:b])
        if not active:
            parts.append(piece)
            continue
        covering = list(active.values())
        innermost = min(covering, key=lambda fe: fe[1].end - fe[1].start)
        ids = " ".join(dict.fromkeys(f.id for f, _ in covering))
        kinds = [f.kind for f, _ in covering]
        colour = _COLORS[innermost[0].kind]
        border = _COLORS[kinds[0]] if len(set(kinds)) > 1 else colour
        raw = doc.raw[innermost[1].raw_start : innermost[1].raw_end]
        tip = "\n".join(dict.fromkeys(f"{f.kind}: {f.label}" for f, _ in covering)) + f"\nraw: {raw[:200]}"
        parts.append(
            f'<mark data-facts="{ids}" data-kind="{innermost[0].kind}" '
            f'style="background:{colour};border-bottom-color:{border}" title="{html.escape(tip)}">{piece}</mark>'
        )
    side: list[str] = []
    for kind in _KINDS:
        items = [f for f in facts if f.kind == kind]
        if not items:
            continue
        side.append(
            f'<h2><span style="background:{_COLORS[kind]};padding:0 6px">{kind}s</span> ({len(items)})</h2><ul>'
        )
        side += [f'<li data-fact="{f.id}" data-kind="{kind}">{html.escape(f.label)}</li>' for f in items]
        side.append("</ul>")
    meta = " · ".join(
        x
        for x in (
            doc.name,
            doc.genre.value if doc.genre else None,
            doc.script.value,
            f"dated {doc.date}" if doc.date else "undated",
            f"{len(facts)} facts",
            f"{len(doc.removed)} spans removed by the cleaner",
        )
        if x
    )
    heading = html.escape(title or doc.title or doc.name or "document")
    return (
        '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
        f'<meta name="generator" content="{REPORT_GENERATOR}">'
        f"<title>{heading}</title><style>{_CSS}</style></head><body>"
        f'<header><h1>{heading}</h1><div class="meta">{html.escape(meta)}</div></header>'
        f'<main><div id="text">{"".join(parts)}</div><div id="facts">{"".join(side)}</div></main>'
        f"<script>{_JS}</script></body></html>\n"
    )
