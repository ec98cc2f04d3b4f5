"""Lexical parsers: numerals, dates, periods and eras, quantities — each match with a span.

Each kind has one verb set (as python-stdnum does): ``find_*`` returns matches with spans,
``parse_*`` returns a value or raises a typed error, ``is_*`` answers without raising.
"""

from .dates import DateMatch, find_dates, is_date, parse_date
from .periods import EraMatch, PeriodMatch, find_eras, find_periods, is_period, parse_period
from .quantities import QuantityMatch, find_quantities, is_quantity, parse_quantity

__all__ = [
    "DateMatch",
    "EraMatch",
    "PeriodMatch",
    "QuantityMatch",
    "find_dates",
    "find_eras",
    "find_periods",
    "find_quantities",
    "is_date",
    "is_period",
    "is_quantity",
    "parse_date",
    "parse_period",
    "parse_quantity",
]
