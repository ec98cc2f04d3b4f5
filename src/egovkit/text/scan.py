"""Running an expensive regex only where it can match: ``windowed_finditer``, ``literal_finditer``.

A regex whose alternatives begin with lookbehinds or lazy character runs cannot use the
regex engine's first-character skip, so ``finditer`` tries every alternative at every
position. When every match must contain a cheap *anchor* (年 for a date, 网 for a network)
and is at most ``reach`` characters long (lookaheads included), the regex need only run in
windows around the anchors. The result equals ``pattern.finditer(text)``.

``literal_finditer`` needs no precondition: it reads from the pattern itself the literal
strings every match must contain (``www.`` in a site-URL pattern, 期工程 in a project phase)
and skips a text that lacks one with a substring test, which costs a fraction of a regex
that tries every position. It suits patterns that rarely match and scan whole documents.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

__all__ = ["literal_finditer", "required_literals", "windowed_finditer"]


def windowed_finditer(
    pattern: re.Pattern[str], anchor: re.Pattern[str], reach: int, text: str
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` yields, searching only near ``anchor`` matches.

    Preconditions (the caller's to keep, and to test): every match of ``pattern`` contains a
    match of ``anchor``, and a match starting at ``s`` reads no character at or beyond
    ``s + reach`` (its longest match plus any lookahead). Lookbehinds may read before the
    window: a bounded search still sees the whole string behind it.

    A search bounded at ``hi`` is exact for every start before ``hi - reach``; a match found
    later than that is searched again from there, so the cost stays linear in the text.
    """
    if reach < 1:
        raise ValueError("reach must be positive")
    n = len(text)
    pos = 0
    while pos <= n and (a := anchor.search(text, pos)) is not None:
        lo = max(pos, a.start() - reach)
        hi = a.end() + 3 * reach
        m = pattern.search(text, lo, hi)
        if hi >= n:  # the window reaches the end of the text: exact
            if m is None:
                return
        elif m is None or m.start() >= hi - reach:
            pos = hi - reach  # no match starts before here
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


def literal_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` yields, or none at once when ``text`` lacks a
    literal string every match contains (see ``required_literals``)."""
    for group in required_literals(pattern):
        if not any(literal in text for literal in group):
            return iter(())
    return pattern.finditer(text)


# what a literal requirement is: every group must have one of its strings in the text
Requirement = tuple[tuple[str, ...], ...]


@functools.lru_cache(maxsize=1024)
def required_literals(pattern: re.Pattern[str]) -> Requirement:
    """Literal strings a match of ``pattern`` must contain, as groups of alternatives: every
    match contains at least one string of every group.

    Read from the parsed pattern: runs of literal characters in its top-level sequence, in
    groups and lookarounds every match passes through and in repetitions of at least one;
    an alternation of at most three alternatives gives a group of one string per alternative,
    when each has one. Empty (no filter) for a case-insensitive pattern, bytes, or whatever
    this cannot read.

    Examples:
        >>> required_literals(re.compile(r"[^\\s]{2,20}(?:网站|门户)[ \\t]+www\\."))
        (('www.',), ('网站', '门户'))
        >>> required_literals(re.compile(r"(?i)www"))
        ()
    """
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return ()
    try:
        parsed = _sre_parse().parse(pattern.pattern, pattern.flags)
        if parsed.state.flags & re.IGNORECASE:  # an inline (?i) at the start
            return ()
        groups = _required(list(parsed))
    except Exception:  # pragma: no cover - a parser this does not know: no filter, never wrong
        return ()
    # a group of many strings costs about as many scans of the text as it has strings, more
    # than the regex it would spare: keep the small groups, the likeliest to fail first
    unique = dict.fromkeys(tuple(dict.fromkeys(g)) for g in groups)
    unique = {g: None for g in unique if len(g) <= _MAX_GROUP}
    return tuple(sorted(unique, key=lambda g: (len(g), -min(len(s) for s in g))))


_MAX_GROUP = 3


def _sre_parse() -> Any:
    if sys.version_info >= (3, 11):
        from re import _parser  # type: ignore[attr-defined]

        return _parser
    import sre_parse  # pragma: no cover - Python 3.10

    return sre_parse  # pragma: no cover


def _required(items: Sequence[tuple[Any, Any]]) -> list[tuple[str, ...]]:
    """The literal groups of a parsed sequence (see ``required_literals``)."""
    groups: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        if run:
            groups.append(("".join(run),))
            run = []
        if name == "SUBPATTERN":
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                groups.extend(_required(list(sub)))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = av
            if low >= 1:
                groups.extend(_required(list(sub)))
        elif name == "ATOMIC_GROUP":
            groups.extend(_required(list(av)))
        elif name == "ASSERT":  # a positive lookaround reads characters that are in the text
            groups.extend(_required(list(av[1])))
        elif name == "BRANCH":  # one string each alternative needs, the longest: one of them
            picks: list[str] = []
            for sub in av[1]:
                sure = [g[0] for g in _required(list(sub)) if len(g) == 1]
                if not sure:
                    picks = []
                    break
                picks.append(max(sure, key=len))
            if picks:
                groups.append(tuple(picks))
    if run:
        groups.append(("".join(run),))
    return groups
