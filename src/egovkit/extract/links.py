"""Links between facts: the plan that sets a planned milestone or indicator, and a plan's goals.

A planned fact (a target, a deadline) is linked to a plan only where the text says so, in
this order (the first that holds wins):

1. its sentence names a plan that states it (《规划》提出，到2020年…; 按照《…方案》要求，…),
   or the sentence that leads into it with a colon does (…规划确定的目标是：) and it is an
   item of the list that follows;
2. its sentence refers to a plan named earlier (该规划, a bare 规划提出 heading the sentence);
3. its sentence names the document's own plan (本规划, 规划期内);
4. the heading of its section names a plan (二、《纲要》确定的主要任务);
5. the document is a plan (its genre is plan or notice and its one own Plan is a 规划, 纲要,
   计划, 方案 or 意见 — for a notice that issues a 方案, the 方案): the targets after that
   plan's title are its own.

A plan the fact's event acts on (编制《…规划》, 印发《…》) is its object, not what sets it.
``Plan.goals`` lists what the linked facts state, in the order of the text; a planned
indicator linked to a plan whose sentence says 规划期末/规划期内 gets that plan's period.
The cue words are ``data/plan_links.tsv``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..errors import DataFileError
from ..lexicon.resources import data_cache, data_records, data_regex
from ..model import Genre, Indicator, Milestone, Plan, PlanKind, PlanRole, Status
from .context import DocContext

__all__ = ["link_plans"]

_KINDS = ("sets", "under", "own", "anaphor", "not_by")


@data_cache()
def _cues() -> dict[str, list[re.Pattern[str]]]:
    """The patterns of ``data/plan_links.tsv`` by kind."""
    out: dict[str, list[re.Pattern[str]]] = {k: [] for k in _KINDS}
    for origin, (kind, pattern) in data_records("plan_links.tsv", 2):
        if kind not in out:
            raise DataFileError(origin, f"unknown kind {kind!r}; expected one of {_KINDS}")
        rx = data_regex(origin, pattern)
        if kind == "anaphor" and "k" not in rx.groupindex:
            raise DataFileError(origin, "an anaphor pattern needs a group (?P<k>…) for the kind word")
        out[kind].append(rx)
    return out


def _any(kind: str, text: str, pos: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first match in ``text[pos:end]`` of a pattern of that kind, else None."""
    for rx in _cues()[kind]:
        m = rx.search(text, pos, len(text) if end is None else end)
        if m is not None:
            return m
    return None


# the kinds of plan whose body sets targets: a document of this kind is a plan for rule 5
_TARGET_SETTING = frozenset({PlanKind.PLAN, PlanKind.GUIDE})
_TARGET_GENRES = frozenset({Genre.PLAN, Genre.NOTICE})
_SETS_REACH = 16  # how far after a plan's mention its 提出/明确 may stand
_REACH = 150  # how far before a fact the words that tie it to a plan may stand
_ANAPHOR_REACH = 2000  # how far back 该规划 looks for the plan it names
_LIST_ITEM = re.compile(
    r"[ \t\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]|[①-⑩]|[一二三四五六七八九十]是)"
)
_KIND_WORD = re.compile(r"(?:规划|纲要|方案|计划|意见|要点)$")
_TITLE_TAIL = re.compile(r"[（(][^（）()]{1,16}[）)]$")  # （2018—2035年）, （试行）


def _kind_word(plan: Plan) -> str | None:
    """The word a plan's title ends with (规划, 方案 …), a bracketed tail set aside."""
    m = _KIND_WORD.search(_TITLE_TAIL.sub("", plan.title.strip("“”\"' ")))
    return m.group() if m else None


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    plan: int  # index into the plans


def link_plans(
    ctx: DocContext,
    plans: list[Plan],
    milestones: list[Milestone],
    indicators: list[Indicator],
    genre: Genre | None,
) -> tuple[list[Plan], list[Milestone], list[Indicator]]:
    """The plans with their goals, the milestones and indicators with the plan that sets them.

    Only planned facts are linked; a fact that already names its plan keeps it. Returns new
    lists (the facts are frozen models); the inputs are left as they are.

    Examples:
        >>> import egovkit
        >>> doc = egovkit.parse("国务院印发《国家信息化规划》。《规划》提出，到2020年建成全国电子政务外网。")
        >>> doc.milestones[0].plan
        '国家信息化规划'
    """
    if not plans:
        return plans, milestones, indicators
    mentions = sorted(
        (_Mention(e.start, e.end, i) for i, p in enumerate(plans) for e in p.evidence),
        key=lambda m: m.start,
    )
    linker = _Linker(ctx, plans, mentions, _own_plan(plans), body=genre in _TARGET_GENRES)
    goals: dict[int, list[tuple[int, int]]] = {}  # per plan, the spans of the text that state them
    new_milestones = []
    for m in milestones:
        at, end = _event_span(m)
        k = linker.plan_of(at, at, end) if m.status is Status.PLANNED else None
        if k is not None and m.plan is None:
            m = m.model_copy(update={"plan": plans[k].title})
            goals.setdefault(k, []).append((at, end))
        new_milestones.append(m)
    new_indicators = []
    for ind in indicators:
        ev = ind.evidence
        k = linker.plan_of(ev.start, ev.end, ev.end) if ind.status is Status.PLANNED else None
        if k is not None and ind.plan is None:
            update: dict[str, object] = {"plan": plans[k].title}
            if (
                ind.period is None
                and plans[k].period is not None
                and _any("own", ctx.text, linker.window(ev.start), ev.end)
            ):
                update["period"] = plans[k].period  # 到规划期末: the plan's own span
            ind = ind.model_copy(update=update)
            goals.setdefault(k, []).append((ev.start, ev.end))
        new_indicators.append(ind)
    new_plans = []
    for k, p in enumerate(plans):
        stated = _goal_texts(ctx.text, goals.get(k, []))
        if stated and not p.goals:
            p = p.model_copy(update={"goals": stated})
        new_plans.append(p)
    return new_plans, new_milestones, new_indicators


_GOAL_TRIM = "。；;，,、 \t\n"


def _goal_texts(text: str, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    """The text of each goal, in the order of the text: spans that overlap are one goal (the
    event clause inside the sentence an indicator states; the clauses around two numbers of
    one target), so no goal repeats another's words."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    goals = (text[s:e].strip(_GOAL_TRIM) for s, e in merged)
    return tuple(dict.fromkeys(g for g in goals if g))


def _event_span(m: Milestone) -> tuple[int, int]:
    """Where a milestone's event clause stands in the text (its sentence when the clause is
    not a slice of it)."""
    at = m.evidence.quote.find(m.event)
    if at < 0:
        return m.evidence.start, m.evidence.end
    return m.evidence.start + at, m.evidence.start + at + len(m.event)


def _own_plan(plans: list[Plan]) -> int | None:
    """The index of the document's own target-setting plan: its one subject plan that is a
    规划, 纲要, 计划, 方案 or 意见 (a notice that issues a 方案: the 方案); None when there is
    none or more than one."""
    own = [i for i, p in enumerate(plans) if p.role is PlanRole.SUBJECT and p.kind in _TARGET_SETTING]
    return own[0] if len(own) == 1 else None


class _Linker:
    """Finds the plan a fact at a position belongs to (the rules of the module docstring)."""

    def __init__(
        self, ctx: DocContext, plans: list[Plan], mentions: list[_Mention], own: int | None, *, body: bool
    ) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.plans = plans
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.own = own
        self.own_from = min((e.start for e in plans[own].evidence), default=0) if own is not None else 0
        self.body = body  # the document is a plan or issues one: its targets are its own plan's
        self._sections: list[tuple[int, int, int]] | None = None

    def span(self, pos: int) -> tuple[int, int]:
        """The full sentence around ``pos``: clauses joined by ； share its head."""
        layout = self.ctx.layout
        s, e = layout.sentence(pos)
        p, _ = layout.paragraph(pos)
        while s > p and self.text[s - 1] in "；;":
            s2, _ = layout.sentence(s - 1)
            if s2 >= s:
                break
            s = s2
        return s, e

    def window(self, start: int) -> int:
        """Where the words that may tie a fact at ``start`` to a plan begin: its full sentence,
        but no farther back than ``_REACH`` (a scrape whose full stops became commas is one
        sentence of thousands of characters)."""
        return max(self.span(start)[0], start - _REACH)

    def plan_of(self, start: int, upto: int, end: int) -> int | None:
        """The plan of a planned fact at ``start:end``; a plan that states it is named before ``upto``."""
        lo = self.window(start)
        k = self._named(lo, upto)
        if k is None:
            k = self._lead(self.span(start)[0])
        if k is None:
            k = self._anaphor(lo, upto)
        if k is None and self.own is not None and _any("own", self.text, lo, end):
            k = self.own
        if k is None:
            k = self._heading(start)
        if k is None and self.own is not None and self._is_plan_body(start):
            k = self.own
        return k

    def _named(self, s: int, at: int) -> int | None:
        """A plan named in ``s:at`` that states what follows (提出, 按照…要求), nearest first."""
        text = self.text
        i = bisect.bisect_left(self.starts, s)
        j = bisect.bisect_left(self.starts, at)
        for m in reversed(self.mentions[i:j]):
            if m.end > at:
                continue
            if _any("not_by", text[max(s, m.start - 12) : m.start]):
                continue
            after = text[m.end : min(m.end + _SETS_REACH, len(text))]
            before = text[max(s, m.start - 16) : m.start]
            if _any("sets", after) or _any("under", before):
                return m.plan
        return None

    def _lead(self, s: int) -> int | None:
        """The plan named by the colon sentence that leads into ``s``: earlier in the same
        paragraph, or the paragraph before a run of list items (（一）…, 1.…, 一是…)."""
        text, layout = self.text, self.ctx.layout
        p, _ = layout.paragraph(s)
        before = text[p:s].rstrip()
        for _ in range(12):  # a list of at most a dozen items
            if before.endswith(("：", ":")):
                colon = p + len(before) - 1
                return self._named(self.span(colon)[0], colon)
            if p == 0 or not _LIST_ITEM.match(text, p):
                return None
            p, pe = layout.paragraph(p - 1)
            before = text[p:pe].rstrip()
        return None

    def _anaphor(self, s: int, e: int) -> int | None:
        """该规划 or a bare 规划提出 in the sentence: the latest plan of that kind named before."""
        m = _any("anaphor", self.text, s, e)
        if m is None:
            return None
        word = m.group("k")
        i = bisect.bisect_left(self.starts, m.start()) - 1
        while i >= 0 and self.mentions[i].start >= m.start() - _ANAPHOR_REACH:
            if _kind_word(self.plans[self.mentions[i].plan]) == word:
                return self.mentions[i].plan
            i -= 1
        if self.own is not None and _kind_word(self.plans[self.own]) == word:
            return self.own
        return None

    def _headed_sections(self) -> list[tuple[int, int, int]]:
        """(body start, end, plan) of each 目标/任务 section whose heading line names a plan,
        in outline order (found once: most documents have none)."""
        if self._sections is None:
            self._sections = []
            for node in self.ctx.outline:
                if node.section != "plan":
                    continue
                line_end = self.text.find("\n", node.start)
                line_end = node.end if line_end < 0 else min(line_end, node.end)
                i = bisect.bisect_left(self.starts, node.start)
                if i < len(self.mentions) and self.mentions[i].end <= line_end:
                    self._sections.append((line_end, node.end, self.mentions[i].plan))
        return self._sections

    def _heading(self, at: int) -> int | None:
        """A plan named in the heading line of a 目标/任务 section holding ``at`` (the innermost)."""
        found = None
        for body, end, plan in self._headed_sections():
            if body <= at < end:
                found = plan
        return found

    def _is_plan_body(self, at: int) -> bool:
        """Whether ``at`` lies in the body of the document's own plan (after its title)."""
        return self.body and at >= self.own_from
