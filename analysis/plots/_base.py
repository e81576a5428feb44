"""Shared helpers for chart functions: axes creation, "no data" panels and
exporting the data behind a chart.

Every plot function in :mod:`analysis.plots` follows seaborn's convention:
it takes ``data=`` (a tidy frame) and ``ax=None``, draws on the Axes and
returns it. It never calls ``plt.show()``. When ``data`` is empty it draws
an explicit "no data" message instead of failing.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd


def get_ax(ax=None, figsize=(8, 4.5)):
    """Return ``ax`` or a new Axes on a new figure.

    Example:
        >>> ax = get_ax()
        >>> ax.__class__.__name__
        'Axes'
    """
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    return ax


def no_data(ax=None, message: str = "no data", title: str | None = None):
    """Draw a visible "no data" message on ``ax`` and return it.

    Example:
        >>> ax = no_data(message="no quotes in this corpus")
        >>> ax.texts[0].get_text()
        'no quotes in this corpus'
    """
    ax = get_ax(ax)
    ax.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        transform=ax.transAxes,
        fontsize=12,
        color="0.4",
    )
    ax.set_xticks([])
    ax.set_yticks([])
    if title:
        ax.set_title(title)
    return ax


def is_empty(data) -> bool:
    """True when ``data`` is None or a frame/series without rows.

    Example:
        >>> is_empty(pd.DataFrame())
        True
    """
    return data is None or (isinstance(data, (pd.DataFrame, pd.Series)) and data.empty)
