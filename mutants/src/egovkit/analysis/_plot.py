"""What the charts share: a CJK font when one is installed, and saving a figure to PNG."""

from __future__ import annotations

import functools
import warnings
from pathlib import Path
from typing import Any

__all__ = ["cjk_font", "save_figure"]

# families that cover Chinese, best first; the first one installed is used
_CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "AR PL UMing CN",
    "Droid Sans Fallback",
)


@functools.cache
def cjk_font() -> Any:
    """A matplotlib ``FontProperties`` for Chinese text, or None (with a warning) when no
    CJK font is installed (labels then fall back to dates and ASCII names)."""
    from matplotlib import font_manager

    installed = {f.name: f.fname for f in font_manager.fontManager.ttflist}
    for family in _CJK_FAMILIES:
        if family in installed:
            return font_manager.FontProperties(fname=installed[family])
    warnings.warn(
        "no CJK font found (install e.g. fonts-noto-cjk or fonts-wqy-microhei); "
        "chart labels fall back to dates and category names",
        RuntimeWarning,
        stacklevel=3,
    )
    return None


def save_figure(fig: Any, path: str | Path) -> Path:
    """Save ``fig`` as a PNG at ``path`` (parents created) and close it."""
    import matplotlib.pyplot as plt

    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(out, dpi=150, format="png")
    plt.close(fig)
    return out
