"""egovkit's own jieba tokenizer: gazetteer names and e-government terms segment whole.

jieba's global instance is never touched; the private ``jieba.Tokenizer`` is built on
first use, with a user dictionary made from the gazetteer and ``data/egov_terms.txt``, and
jieba's logger is kept at WARNING so that building it prints nothing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .gazetteer import gazetteer
from .resources import data_cache, data_lines

if TYPE_CHECKING:  # pragma: no cover
    import jieba

__all__ = ["Token", "segment", "tokenizer"]

Token = tuple[str, int, int]
_NAME_FREQ = 50_000


@data_cache()
def tokenizer() -> jieba.Tokenizer:
    """The private tokenizer (built once; takes about a second the first time)."""
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)  # jieba sets DEBUG on import

    tk = jieba.Tokenizer()
    tk.initialize()
    gaz = gazetteer()
    words = {line.strip() for _, line in data_lines("egov_terms.txt")}
    words.update(ep.name for ep in gaz.episodes if len(ep.name) > 2)  # 和县 must not beat 和
    words.update(gaz.aliases)
    for word in sorted(words):
        # a high frequency makes names win over jieba's own compounds (克/州政府 → 克州/政府);
        # suffix-less forms keep jieba's own frequency, so 科教兴国 stays one word
        tk.add_word(word, freq=_NAME_FREQ)
    return tk


def segment(text: str) -> list[Token]:
    """Words of ``text`` with their offsets: ``(word, start, end)``.

    Examples:
        >>> [w for w, _, _ in segment("《克州政府系统电子政务")]
        ['《', '克州', '政府', '系统', '电子政务']
    """
    return [(w, s, e) for w, s, e in tokenizer().tokenize(text, HMM=False)]
