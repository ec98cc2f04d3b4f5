"""MkDocs hooks for the docs site (``hooks:`` in ``mkdocs.yml``); not part of the package.

The Material search plugin segments Chinese with jieba's global instance, and jieba logs its
dictionary loading at DEBUG to stderr ("Building prefix dict …"), which would leak into every
``mkdocs build``. jieba sets that level when it is imported (by the plugin, before any hook
runs), so it is lowered back here, before the first page is indexed.
"""

from __future__ import annotations

import logging
from typing import Any


def on_config(config: Any) -> Any:
    """Keep jieba's logger at WARNING for the build."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    return config
