"""The one exception tree of egovkit.

Every error egovkit raises on purpose derives from ``EgovkitError``, which is a
``ValueError``, so ``except ValueError`` keeps working for callers who do not know
egovkit, and ``except EgovkitError`` catches everything the library means to raise::

    EgovkitError(ValueError)
    ├── SourceError                 the input could not be read
    │   ├── SourceNotFoundError     a path that does not exist          (.path)
    │   ├── DecodeError             bytes that are binary or undecodable (.source, .encoding)
    │   ├── UnsupportedFormatError  a file format egovkit does not read (.doc, .wps) (.source, .format)
    │   └── MissingExtraError       a format whose optional extra is not installed (.extra)
    ├── TextError                   a string could not be parsed         (.text, .start, .end)
    │   ├── DateParseError          not a date                          (parse_date)
    │   ├── QuantityParseError      not a quantity                      (parse_quantity)
    │   └── PeriodParseError        not a five-year period              (parse_period)
    ├── RegionError                 a region could not be resolved       (.name)
    │   ├── UnknownRegionError      no region of that name or code
    │   └── AmbiguousRegionError    several regions have that name       (.candidates)
    ├── ArgumentError               an argument has a value not allowed  (.name, .value, .allowed)
    ├── ExportError                 an output could not be written       (.path)
    ├── AlignmentError              an offset could not be mapped back to the raw input
    ├── GoldFormatError             a gold annotation file is malformed  (.path)
    └── DataFileError               a data file (yours on EGOVKIT_DATA_PATH) is malformed (.path)

Errors carry what a user needs to act on them: the path, the text and the span.
"""

from __future__ import annotations

import os

__all__ = [
    "AlignmentError",
    "AmbiguousRegionError",
    "ArgumentError",
    "DataFileError",
    "DateParseError",
    "DecodeError",
    "EgovkitError",
    "ExportError",
    "GoldFormatError",
    "MissingExtraError",
    "PeriodParseError",
    "QuantityParseError",
    "RegionError",
    "SourceError",
    "SourceNotFoundError",
    "TextError",
    "UnknownRegionError",
    "UnsupportedFormatError",
]


class EgovkitError(ValueError):
    """Base class of every error egovkit raises on purpose."""


class SourceError(EgovkitError):
    """The input document could not be read."""


class SourceNotFoundError(SourceError):
    """A path given as a source does not exist.

    Attributes:
        path: the path as given.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        super().__init__(f"no such file: {self.path!r}")


class DecodeError(SourceError):
    """Bytes that are binary or cannot be decoded as Chinese text.

    Attributes:
        source: a name for the input (its path, or ``"<bytes>"``).
        encoding: the encoding that was tried last, or ``None``.
        reason: a short explanation.
    """

    def __init__(self, source: str, reason: str, encoding: str | None = None) -> None:
        self.source = source
        self.encoding = encoding
        self.reason = reason
        super().__init__(f"cannot decode {source}: {reason}")


class UnsupportedFormatError(SourceError):
    """A file in a format egovkit does not read (binary Word ``.doc``, WPS ``.wps`` …).

    Attributes:
        source: a name for the input (its path, or ``"<bytes>"``).
        format: the format, e.g. ``"doc"``.
    """

    def __init__(self, source: str, format: str, advice: str = "") -> None:
        self.source = source
        self.format = format
        super().__init__(f"{source}: {format} files are not supported{'; ' + advice if advice else ''}")


class MissingExtraError(SourceError, ImportError):
    """A format or feature that needs an optional extra which is not installed.

    Also an ``ImportError``, so code that caught the plain import failure still catches it.

    Attributes:
        format: the format, e.g. ``"pdf"`` (for a feature such as a chart, the extra's name).
        extra: the extra to install, e.g. ``"pdf"`` for ``pip install "egovkit[pdf]"``.
    """

    def __init__(self, format: str, extra: str, package: str, *, feature: str | None = None) -> None:
        self.format = format
        self.extra = extra
        what = feature or f"reading {format} files"
        super().__init__(f'{what} needs {package}: pip install "egovkit[{extra}]"')


class TextError(EgovkitError):
    """A string could not be parsed as the kind of value asked for.

    Attributes:
        text: the string that was parsed.
        start: where the problem starts in ``text`` (0 when the whole string is at fault).
        end: where it ends.
    """

    kind = "value"

    def __init__(self, text: str, reason: str = "", start: int = 0, end: int | None = None) -> None:
        self.text = text
        self.start = start
        self.end = len(text) if end is None else end
        self.reason = reason or f"not a {self.kind}"
        super().__init__(f"{self.reason}: {text[:80]!r}")


class DateParseError(TextError):
    """The string is not a date (``egovkit.parse_date``)."""

    kind = "date"


class QuantityParseError(TextError):
    """The string is not a quantity (``egovkit.parse_quantity``)."""

    kind = "quantity"


class PeriodParseError(TextError):
    """The string is not a five-year period (``egovkit.parse_period``)."""

    kind = "period"


class RegionError(EgovkitError):
    """A region could not be resolved.

    Attributes:
        name: the name or code that was looked up.
    """

    def __init__(self, name: str, reason: str = "") -> None:
        self.name = name
        super().__init__(reason or f"unknown region: {name!r}")


class UnknownRegionError(RegionError):
    """No region has that name or code (at the date asked for)."""


class AmbiguousRegionError(RegionError):
    """Several regions have that name (鼓楼区 is in four cities); pass a code instead.

    Attributes:
        candidates: ``(code, description)`` pairs, the description naming the region and
            its parent, e.g. ``("320106", "鼓楼区 (江苏省南京市)")``.
    """

    def __init__(self, name: str, candidates: tuple[tuple[str, str], ...]) -> None:
        self.candidates = candidates
        listed = "; ".join(f"{code} {label}" for code, label in candidates)
        super().__init__(name, f"ambiguous region {name!r}: {listed}; pass one of these codes instead")


class ArgumentError(EgovkitError):
    """An argument of a public function has a value it does not accept.

    Attributes:
        name: the argument's name (``"categories"``).
        value: the value given.
        allowed: the values it accepts, when they can be listed.
    """

    def __init__(self, name: str, value: object, allowed: tuple[str, ...] = (), reason: str = "") -> None:
        self.name = name
        self.value = value
        self.allowed = allowed
        text = reason or f"{name}: {value!r} is not allowed"
        if allowed:
            text += f" (choose from: {', '.join(allowed)})"
        super().__init__(text)


class ExportError(EgovkitError):
    """An output file could not be written (a folder, not a database, no permission …).

    Attributes:
        path: the output path as given.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = os.fspath(path)
        super().__init__(f"{self.path}: {reason}")


class AlignmentError(EgovkitError):
    """An offset of the cleaned text could not be mapped back to the raw input."""


class GoldFormatError(EgovkitError):
    """A gold annotation file does not follow ``seeds/gold/FORMAT.md``.

    Attributes:
        path: the file at fault.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        super().__init__(f"{path}: {reason}")


class DataFileError(EgovkitError):
    """A data file is malformed or missing: one of yours on ``EGOVKIT_DATA_PATH``, or (a
    packaging bug) one of egovkit's own.

    Attributes:
        path: the file (or directory) at fault, with ``:line`` when one line is.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        super().__init__(f"{path}: {reason}")
