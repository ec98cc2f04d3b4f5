"""Raw input → cleaned text with an offset map and the record of what was removed."""

from .clean import CleanText, normalize
from .decode import decode_bytes
from .offsets import Edit, MappedText
from .script import detect_script, to_simplified

__all__ = ["CleanText", "Edit", "MappedText", "decode_bytes", "detect_script", "normalize", "to_simplified"]
