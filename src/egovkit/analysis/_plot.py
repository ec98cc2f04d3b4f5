"""What the charts share: a CJK font when one is installed, and saving a figure to PNG."""

from __future__ import annotations

import functools
import warnings
from pathlib import Path
from typing import Any

__all__ = ["cjk_font", "font_rc", "save_figure"]

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

    for attempt in range(2):
        installed = {f.name: f.fname for f in font_manager.fontManager.ttflist}
        for family in _CJK_FAMILIES:
            if family in installed:
                return font_manager.FontProperties(fname=installed[family])
        if attempt == 0:
            _add_new_system_fonts(font_manager)
    warnings.warn(
        "no CJK font found (install e.g. fonts-noto-cjk or fonts-wqy-microhei); "
        "chart labels fall back to dates and category names",
        RuntimeWarning,
        stacklevel=3,
    )
    return None


def _add_new_system_fonts(font_manager: Any) -> None:
    """Add the system's font files that matplotlib's cache does not know yet.

    matplotlib caches the font list on first use; a font installed afterwards stays invisible
    until the cache is rebuilt, so a just-installed CJK font would keep the "no CJK font"
    warning. Only files the cache lacks are read, and only when no CJK font was found.
    """
    known = {f.fname for f in font_manager.fontManager.ttflist}
    for path in font_manager.findSystemFonts():
        if path not in known:
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):  # unreadable or not a font
                continue


def font_rc(font: Any) -> dict[str, Any]:
    """matplotlib settings that draw every text of a figure (ticks too) in ``font``."""
    if font is None:
        return {}
    return {"font.family": "sans-serif", "font.sans-serif": [font.get_name(), "DejaVu Sans"]}


def save_figure(fig: Any, path: str | Path, *, rect: tuple[float, float, float, float] | None = None) -> Path:
    """Save ``fig`` as a PNG at ``path`` (parents created) and close it; ``rect`` is the part of
    the figure ``tight_layout`` may fill (room left for a figure legend)."""
    import matplotlib.pyplot as plt

    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout(rect=rect)
    fig.savefig(out, dpi=150, format="png")
    plt.close(fig)
    return out
