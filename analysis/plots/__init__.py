"""Chart functions, seaborn-style: each takes ``data=`` (a tidy frame) and
``ax=None`` and returns the matplotlib Axes; none calls ``plt.show()``.
Empty data draws a "no data" message. One module per analysis."""

from ._base import get_ax, is_empty, no_data

__all__ = ["get_ax", "is_empty", "no_data"]
