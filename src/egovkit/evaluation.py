"""Score parsed documents against gold annotations, by the rules of ``seeds/gold/FORMAT.md``.

Each list is matched one to one: every gold entry, in order, takes the first unmatched
prediction that fits it; precision, recall and F1 follow from the matched count, and the
attributes not used for matching are scored as accuracy over the matched pairs.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ._inputs import iter_documents
from .errors import GoldFormatError
from .model import Document, FuzzyDate, Quantity
from .model.kinds import FACT_KINDS

__all__ = ["ListScore", "Scores", "evaluate", "score_document"]

# the scored lists: every Document attribute of every fact kind, then the removed decoration
LISTS = (*(a for kind in FACT_KINDS for a in kind.attributes), "noise")
# the document fields scored exact, each with its value in the gold format
_FIELD_VALUES: dict[str, Callable[[Document], Any]] = {
    "date": lambda doc: _iso(doc.date),
    "genre": lambda doc: _enum(doc.genre),
    "script": lambda doc: _enum(doc.script),
    "title": lambda doc: doc.title,
}
FIELDS = tuple(_FIELD_VALUES)
_QUOTES = str.maketrans("", "", "“”\"'‘’《》〈〉「」 \u3000")


class ListScore(BaseModel):
    """Matched, predicted and gold counts of one list, with P/R/F1 and attribute accuracy."""

    model_config = ConfigDict(frozen=True)

    matched: int = Field(description="Gold entries matched one to one.")
    predicted: int = Field(description="Predictions made.")
    gold: int = Field(description="Gold entries.")
    accuracy: dict[str, float] = Field(
        default_factory=dict, description="Attribute accuracy over matched pairs."
    )
    scored: dict[str, int] = Field(
        default_factory=dict,
        description="How many matched pairs each accuracy is over: all of them, or for an attribute"
        " gold writes only where it applies (an indicator's scope, period), those whose gold writes it.",
    )
    recall_only: bool = Field(default=False, description="True for lists scored for recall only.")
    missed: tuple[dict[str, Any], ...] = Field(
        default=(), description="Gold entries no prediction matched (false negatives)."
    )
    unmatched: tuple[str, ...] = Field(
        default=(), description="One-line descriptions of predictions no gold entry took (false positives)."
    )

    @property
    def precision(self) -> float:
        """Matched / predicted (1.0 when nothing was predicted)."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Matched / gold (1.0 when the gold list is empty)."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (recall alone for recall-only lists)."""
        if self.recall_only:
            return self.recall
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class Scores(BaseModel):
    """Scores over many documents: per list (summed), per document, and document fields."""

    model_config = ConfigDict(frozen=True)

    lists: dict[str, ListScore] = Field(description="Each list, summed over documents.")
    documents: dict[str, dict[str, ListScore]] = Field(description="Per document, per list.")
    fields: dict[str, dict[str, bool]] = Field(description="Per document: field -> exact match.")
    missing_gold: tuple[str, ...] = Field(default=(), description="Documents without a gold file.")

    def table(self, *, explain: bool = False) -> str:
        """A plain-text report: one line per list, then per document.

        With ``explain=True`` each document also lists the gold entries that were missed
        and the predictions that matched nothing, the starting point for fixing either.
        """
        lines = [f"{'list':<18}{'P':>7}{'R':>7}{'F1':>7}{'matched':>9}{'pred':>6}{'gold':>6}  accuracy"]
        for name, s in self.lists.items():
            lines.append(_line(name, s))
        if self.fields:
            total = sum(len(v) for v in self.fields.values())
            right = sum(sum(v.values()) for v in self.fields.values())
            lines.append(f"{'document fields':<18}{right}/{total} exact")
        for doc, lists in self.documents.items():
            lines.append(f"\n{doc}")
            wrong = [k for k, ok in self.fields.get(doc, {}).items() if not ok]
            lines.append(f"  fields wrong: {', '.join(wrong) or 'none'}")
            for name, s in lists.items():
                lines.append("  " + _line(name, s))
            if explain:
                for name, s in lists.items():
                    lines.extend(
                        f"    - missed {name}: {json.dumps(g, ensure_ascii=False)}" for g in s.missed
                    )
                    lines.extend(f"    + extra {name}: {u}" for u in s.unmatched)
        if self.missing_gold:
            lines.append("\nno gold file for: " + ", ".join(self.missing_gold))
        return "\n".join(lines)


def _line(name: str, s: ListScore) -> str:
    acc = " ".join(f"{k}={v:.2f}" for k, v in s.accuracy.items())
    p = "     -" if s.recall_only else f"{s.precision:7.2f}"
    return f"{name:<18}{p:>7}{s.recall:7.2f}{s.f1:7.2f}{s.matched:9d}{s.predicted:6d}{s.gold:6d}  {acc}"


# ---- matching -------------------------------------------------------------------------


def _match(
    gold: Sequence[dict[str, Any]],
    pred: Sequence[Any],
    fits: Callable[[dict[str, Any], Any], bool],
    attrs: dict[str, Callable[[dict[str, Any], Any], bool | None]],
    *,
    recall_only: bool = False,
) -> ListScore:
    used: set[int] = set()
    right = dict.fromkeys(attrs, 0)
    counted = dict.fromkeys(attrs, 0)
    matched = 0
    missed: list[dict[str, Any]] = []
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and fits(g, p):
                used.add(i)
                matched += 1
                for name, same in attrs.items():
                    verdict = same(g, p)
                    if verdict is not None:  # None: the gold entry does not write this attribute
                        counted[name] += 1
                        right[name] += verdict
                break
        else:
            missed.append(g)
    accuracy = {k: v / counted[k] for k, v in right.items() if counted[k]}
    return ListScore(
        matched=matched,
        predicted=len(pred),
        gold=len(gold),
        accuracy=accuracy,
        scored={k: n for k, n in counted.items() if n},
        recall_only=recall_only,
        missed=tuple(missed),
        unmatched=() if recall_only else tuple(_describe(p) for i, p in enumerate(pred) if i not in used),
    )


def _describe(fact: Any) -> str:
    """One line naming a prediction: its key attributes and the start of its evidence."""
    parts: list[str] = []
    for attr in ("code", "title", "kind", "name", "date", "region", "quantity", "event"):
        value = getattr(fact, attr, None)
        if value is not None and value != "":
            parts.append(f"{attr}={_enum(getattr(value, 'iso', value))}")
    ev = getattr(fact, "evidence", None)
    first = ev[0] if isinstance(ev, tuple) and ev else ev
    if first is not None and hasattr(first, "quote"):
        parts.append(f"quote={first.quote[:40]!r}")
    return " ".join(parts) or str(fact)


def _quotes(fact: Any) -> str:
    ev = fact.evidence
    quotes = [e.quote for e in ev] if isinstance(ev, tuple) else [ev.quote]
    return "\n".join([getattr(fact, "event", "") or "", getattr(fact, "name", "") or "", *quotes])


def _has_keywords(g: dict[str, Any], text: str) -> bool:
    return all(k in text for k in g.get("keywords", []))


def _same_quantity(g: dict[str, Any], q: Quantity | None) -> bool:
    if q is None:
        return False
    gv = float(g["value"])
    return q.unit == g["unit"] and math.isclose(float(q.value), gv, rel_tol=1e-6, abs_tol=0 if gv else 1e-12)


def _iso(d: FuzzyDate | None) -> str | None:
    return d.iso if d is not None else None


def _qualifier(d: FuzzyDate | None) -> str | None:
    return d.qualifier.value if d is not None and d.qualifier is not None else None


def _enum(v: Any) -> Any:
    return getattr(v, "value", v)


def _period(p: Any) -> list[int] | None:
    return [p.start_year, p.end_year] if p is not None else None


_SCOPE_NOISE = re.compile(r"[(（][^()（）]*[)）]|[\W_]")  # an annotator's note in brackets; punctuation


def _same_scope(gold: Any, pred: str | None) -> bool:
    """Whether a predicted scope names what the gold's does: one contains the other once
    bracketed notes and punctuation are set aside (省 for 省、自治区、直辖市; 市级部门网站 for
    市级部门网站(子站))."""
    if pred is None or gold is None:
        return pred is None and gold is None
    g, p = _SCOPE_NOISE.sub("", str(gold)), _SCOPE_NOISE.sub("", pred)
    return bool(g and p) and (g in p or p in g)


def _coverage(g: dict[str, Any], n: Any) -> bool:
    want = sorted((float(c["value"]), c["unit"]) for c in g.get("coverage", []))
    got = sorted((float(c.value), c.unit) for c in n.coverage)
    return want == got


def score_document(doc: Document, gold: dict[str, Any]) -> tuple[dict[str, ListScore], dict[str, bool]]:
    """Score one parsed document against one gold annotation (a parsed gold JSON object)."""
    out: dict[str, ListScore] = {}
    out["regions"] = _match(
        gold.get("regions", []),
        doc.regions,
        lambda g, p: g.get("code") == p.code,
        {"level": lambda g, p: g.get("level") == _enum(p.level)},
    )
    named = [*doc.regions, *doc.mentioned_regions]
    out["mentioned_regions"] = _match(
        gold.get("mentioned_regions", []),
        named,
        lambda g, p: g.get("code") == p.code and (g.get("code") is not None or g.get("name") == p.name),
        {},
        recall_only=True,
    )
    out["plans"] = _match(
        gold.get("plans", []),
        doc.plans,
        lambda g, p: str(g["title"]).translate(_QUOTES) == p.title.translate(_QUOTES),
        {
            "kind": lambda g, p: g.get("kind") == _enum(p.kind),
            "region": lambda g, p: g.get("region") == p.region,
            "issuer": lambda g, p: g.get("issuer") == p.issuer,
            "issued": lambda g, p: g.get("issued") == _iso(p.issued),
            "period": lambda g, p: g.get("period") == _period(p.period),
            "role": lambda g, p: g.get("role") == _enum(p.role),
        },
    )
    out["networks"] = _match(
        gold.get("networks", []),
        doc.networks,
        lambda g, p: g.get("region") == p.region and _has_keywords(g, _quotes(p)),
        {
            "kind": lambda g, p: g.get("kind") == _enum(p.kind),
            "coverage": _coverage,
            "bandwidth": lambda g, p: (
                (g.get("bandwidth") is None and p.bandwidth is None)
                or (g.get("bandwidth") is not None and _same_quantity(g["bandwidth"], p.bandwidth))
            ),
        },
    )
    out["milestones"] = _match(
        gold.get("milestones", []),
        doc.milestones,
        lambda g, p: (
            g.get("date") == p.date.iso
            and (g.get("region") is None or g.get("region") == p.region)
            and _has_keywords(g, _quotes(p))
        ),
        {
            "qualifier": lambda g, p: g.get("qualifier") == _qualifier(p.date),
            "category": lambda g, p: g.get("category") == _enum(p.category),
            "status": lambda g, p: g.get("status", "done") == _enum(p.status),
        },
    )
    out["indicators"] = _match(
        gold.get("indicators", []),
        doc.indicators,
        lambda g, p: (
            _same_quantity(g, p.quantity) and g.get("region") == p.region and _has_keywords(g, _quotes(p))
        ),
        {
            "name": lambda g, p: g.get("name") == p.name,
            "approx": lambda g, p: g.get("approx") == _enum(p.quantity.approx),
            "date": lambda g, p: g.get("date") == _iso(p.date),
            "status": lambda g, p: (g.get("status") or "done") == _enum(p.status),
            "scope": lambda g, p: _same_scope(g["scope"], p.scope) if "scope" in g else None,
            "period": lambda g, p: g["period"] == _period(p.period) if "period" in g else None,
        },
    )
    noise = [{"phrase": n} for n in gold.get("noise", [])]
    gone = [n["phrase"] for n in noise if n["phrase"] not in doc.text]
    out["noise"] = _match(noise, gone, lambda g, p: g["phrase"] == p, {}, recall_only=True)
    return out, {name: gold.get(name) == value(doc) for name, value in _FIELD_VALUES.items()}


def _load_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldFormatError(str(path), f"not readable as JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise GoldFormatError(str(path), "the top level must be an object")
    for key in (kind.name for kind in FACT_KINDS):
        if not isinstance(data.get(key, []), list):
            raise GoldFormatError(str(path), f"{key!r} must be a list")
    _check_entries(path, data)
    return data


# keys an entry of a list must have, and what a quantity (value and unit) looks like
_REQUIRED = {"plans": ("title",), "indicators": ("value", "unit")}


def _check_quantity(path: Path, where: str, q: object) -> None:
    if not isinstance(q, dict):
        raise GoldFormatError(str(path), f"{where} must be an object with 'value' and 'unit'")
    for key in ("value", "unit"):
        if key not in q:
            raise GoldFormatError(str(path), f"{where} lacks the key {key!r}")
    if isinstance(q["value"], bool) or not isinstance(q["value"], int | float | str):
        raise GoldFormatError(str(path), f"{where}['value'] must be a number")
    try:
        float(q["value"])
    except ValueError:
        raise GoldFormatError(str(path), f"{where}['value'] must be a number, not {q['value']!r}") from None


def _check_entries(path: Path, data: dict[str, Any]) -> None:
    """Every entry of every list has the shape the scorer reads, or GoldFormatError names it."""
    if not isinstance(data.get("noise", []), list):
        raise GoldFormatError(str(path), "'noise' must be a list")
    for i, phrase in enumerate(data.get("noise", [])):
        if not isinstance(phrase, str):
            raise GoldFormatError(str(path), f"noise[{i}] must be a string")
    for key in (kind.name for kind in FACT_KINDS):
        for i, entry in enumerate(data.get(key, [])):
            where = f"{key}[{i}]"
            if not isinstance(entry, dict):
                raise GoldFormatError(str(path), f"{where} must be an object")
            for req in _REQUIRED.get(key, ()):
                if req not in entry:
                    raise GoldFormatError(str(path), f"{where} lacks the key {req!r}")
            if key == "indicators":
                _check_quantity(path, where, entry)
            if entry.get("bandwidth") is not None:
                _check_quantity(path, f"{where}['bandwidth']", entry["bandwidth"])
            coverage = entry.get("coverage", [])
            if not isinstance(coverage, list):
                raise GoldFormatError(str(path), f"{where}['coverage'] must be a list")
            for j, q in enumerate(coverage):
                _check_quantity(path, f"{where}['coverage'][{j}]", q)
            keywords = entry.get("keywords", [])
            if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
                raise GoldFormatError(str(path), f"{where}['keywords'] must be a list of strings")


def evaluate(
    documents: Iterable[Document | str | os.PathLike[str]] | str | os.PathLike[str],
    gold_dir: str | os.PathLike[str],
) -> Scores:
    """Score documents (parsed, or paths to parse, or a directory) against ``gold_dir``.

    The gold file of a document is ``<gold_dir>/<name without suffix>.json``; documents
    without one are listed in ``Scores.missing_gold``.

    Raises:
        GoldFormatError: a gold file that is not valid JSON of the gold format.
            Also when no document has a gold file: scores over nothing are not a result.
        SourceNotFoundError: a document path that does not exist.
    """
    gold_root = Path(gold_dir)
    if not gold_root.is_dir():
        raise GoldFormatError(str(gold_root), "the gold directory does not exist")
    per_doc: dict[str, dict[str, ListScore]] = {}
    fields: dict[str, dict[str, bool]] = {}
    missing: list[str] = []
    for doc in iter_documents(documents):
        name = doc.name or "<unnamed>"
        gold_path = gold_root / (Path(name).stem + ".json")
        if not gold_path.is_file():
            missing.append(name)
            continue
        gold = _load_gold(gold_path)
        try:
            per_doc[name], fields[name] = score_document(doc, gold)
        except KeyError as exc:  # a shape _check_entries does not know yet: still name the key
            raise GoldFormatError(str(gold_path), f"an entry lacks the key {exc}") from exc
        except (TypeError, ValueError, AttributeError) as exc:
            raise GoldFormatError(str(gold_path), f"an entry has a value of the wrong type ({exc})") from exc
    if missing and not per_doc:  # perfect scores over nothing would read as a result
        raise GoldFormatError(
            str(gold_root),
            f"no gold file for any of the {len(missing)} documents (looked for"
            f" {Path(missing[0]).stem}.json and the like); is this the right gold folder?",
        )
    totals: dict[str, ListScore] = {}
    for lst in LISTS:
        scores = [d[lst] for d in per_doc.values()]
        matched = sum(s.matched for s in scores)
        acc: dict[str, float] = {}
        scored: dict[str, int] = {}
        for key in {k for s in scores for k in s.accuracy}:
            over = [(s.accuracy[key], s.scored.get(key, s.matched)) for s in scores if key in s.accuracy]
            scored[key] = sum(n for _, n in over)
            acc[key] = sum(a * n for a, n in over) / scored[key] if scored[key] else 0.0
        totals[lst] = ListScore(
            matched=matched,
            predicted=sum(s.predicted for s in scores),
            gold=sum(s.gold for s in scores),
            accuracy=dict(sorted(acc.items())),
            scored=dict(sorted(scored.items())),
            recall_only=lst in ("mentioned_regions", "noise"),
        )
    return Scores(lists=totals, documents=per_doc, fields=fields, missing_gold=tuple(missing))
