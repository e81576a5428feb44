"""Shared helpers for chart functions: axes creation, the one "no data: <reason>"
panel, the one display of missing values (``(unknown)``) and the axis
treatments every chart uses so that it can be published as is: percent axes
whose labels never repeat, integer count axes, month axes whose labels never
collide, plain numbers on log axes and text labels placed so they neither
overlap nor leave the axes.

Every plot function in :mod:`analysis.plots` follows seaborn's convention:
it takes ``data=`` (a tidy frame) and ``ax=None``, draws on the Axes and
returns it. It never calls ``plt.show()``. When ``data`` is empty it draws
``no data: <reason>`` instead of failing.
"""

from __future__ import annotations

import math

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import Formatter, FuncFormatter, LogLocator, MaxNLocator, NullFormatter

#: how a missing group value (outlet, speaker, section ...) is shown in every chart
MISSING = "(unknown)"


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


def no_data(ax=None, message: str = "nothing to show", title: str | None = None):
    """Draw the one empty-chart message, ``no data: <reason>``, on ``ax`` and return it.

    Example:
        >>> ax = no_data(message="no quotes in this corpus")
        >>> ax.texts[0].get_text()
        'no data: no quotes in this corpus'
    """
    ax = get_ax(ax)
    reason = str(message).strip()
    if reason.lower().startswith("no data"):
        reason = reason[7:].lstrip(" :") or "nothing to show"
    ax.text(
        0.5,
        0.5,
        f"no data: {reason}",
        ha="center",
        va="center",
        transform=ax.transAxes,
        fontsize=12,
        color="0.4",
        wrap=True,
    )
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
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


def labels(values) -> list[str]:
    """Display strings for group values: missing ones (None, NaN, NaT, "", "nan",
    "None") all read ``(unknown)``.

    Example:
        >>> labels(["A", None, float("nan"), "", "None"])
        ['A', '(unknown)', '(unknown)', '(unknown)', '(unknown)']
    """
    out = []
    for v in values:
        if v is None or (not isinstance(v, str) and pd.api.types.is_scalar(v) and pd.isna(v)):
            out.append(MISSING)
            continue
        s = str(v).strip()
        out.append(MISSING if s in ("", "nan", "NaN", "None", "NaT", "<NA>") else s)
    return out


def with_labels(data: pd.DataFrame, col: str) -> pd.DataFrame:
    """A copy of ``data`` whose ``col`` holds :func:`labels` (so grouping keeps missing
    values, as one ``(unknown)`` group).

    Example:
        >>> with_labels(pd.DataFrame({"source": ["A", None]}), "source")["source"].tolist()
        ['A', '(unknown)']
    """
    out = data.copy()
    out[col] = labels(out[col])
    return out


#: the longest group name a chart writes in full; longer ones end in "…"
MAX_LABEL = 40


def shorten(names, n: int = MAX_LABEL) -> list[str]:
    """Names cut to at most ``n`` characters (at a word end when one is near), an
    ellipsis marking the cut, so a long outlet or speaker name cannot squeeze the
    chart it labels. The tables and CSVs keep the full names.

    Example:
        >>> shorten(["CBS", "The Northfield and Carrow Valley Regional Transit Authority"])
        ['CBS', 'The Northfield and Carrow Valley…']
    """
    out = []
    for name in names:
        s = str(name)
        if len(s) > n:
            cut = s[: n - 1]
            space = cut.rfind(" ")
            cut = cut[:space] if space >= n * 2 // 3 else cut
            s = cut.rstrip(" ,;:-") + "…"
        out.append(s)
    return out


#: the most groups (outlets, speakers ...) a chart draws one by one; the rest are
#: drawn as one "other" group (the table behind the chart keeps every group)
MAX_GROUPS = 10


def other_label(k: int, noun: str = "outlets") -> str:
    """The label of the pooled group of ``k`` groups left out of a chart.

    Example:
        >>> other_label(4990)
        'other (4,990 outlets)'
    """
    return f"other ({k:,} {noun})"


def top_groups(values, weights=None, n: int = MAX_GROUPS, noun: str = "outlets") -> list[str]:
    """:func:`labels` of ``values`` with all but the ``n`` largest groups (by summed
    ``weights``, else by rows; ties by name) renamed to one :func:`other_label`.
    One pass over the values (a sort of the groups): linear in the number of rows.

    Example:
        >>> top_groups(["A", "B", "A", "C", None], n=1)
        ['A', 'other (3 outlets)', 'A', 'other (3 outlets)', 'other (3 outlets)']
        >>> top_groups(["A", "B"], weights=[1, 5], n=2)
        ['A', 'B']
    """
    names = pd.Series(labels(values), dtype=object)
    if weights is None:
        w = np.ones(len(names))
    else:
        w = pd.to_numeric(pd.Series(list(weights)), errors="coerce").fillna(0).to_numpy()
    totals = pd.DataFrame({"g": names.to_numpy(), "w": w}).groupby("g")["w"].sum()
    if len(totals) <= n + 1:  # pooling one group into "other" hides a name and saves nothing
        return names.tolist()
    order = totals.reset_index().sort_values(["w", "g"], ascending=[False, True], kind="mergesort")
    keep = set(order["g"].iloc[:n])
    other = other_label(len(totals) - len(keep), noun)
    return [g if g in keep else other for g in names]


def by_count(data: pd.DataFrame, count: str = "quotes", name: str | None = None) -> pd.DataFrame:
    """``data`` sorted the way its chart reads: largest ``count`` first, ties by
    ``name`` (its first column by default; a missing name sorts as "(unknown)").
    A chart and the table beside it both use this order.

    Example:
        >>> d = pd.DataFrame({"source": ["B", "A", "C"], "quotes": [2, 2, 5]})
        >>> by_count(d)["source"].tolist()
        ['C', 'A', 'B']
    """
    if count not in getattr(data, "columns", ()) or not len(data):
        return data
    name = name or data.columns[0]
    key = pd.DataFrame(
        {"c": pd.to_numeric(data[count], errors="coerce").fillna(0).to_numpy(),
         "n": labels(data[name])}
    )  # fmt: skip
    order = key.sort_values(["c", "n"], ascending=[False, True], kind="mergesort").index
    return data.iloc[order].reset_index(drop=True)


#: colours for named groups (outlets, speakers): tab10's first seven, nine dark
#: shades (tab20b's darkest and a few more; the most different hues first), then
#: tab10's light olive and cyan. Every colour but the last two has a contrast of at
#: least 2.5:1 on white, so thin lines and small markers stay visible (tab20's light
#: shades, used before, had ~1.5:1: the lines of the 4th-6th speakers after 6 outlets
#: were pale). No grey: grey is the pooled "other" group and "(unknown)".
PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#393b79", "#637939", "#b35806", "#006d5b", "#c51b7d", "#843c39", "#8c6d31",
    "#5e3c99", "#7b4173", "#bcbd22", "#17becf",
)  # fmt: skip
#: the colour of a pooled "other (k outlets)" group and of ``(unknown)``
OTHER_COLOR = "#a6a6a6"
_GROUP_COLORS: dict[str, str] = {}


def use_group_colors(values, weights=None) -> dict[str, str]:
    """Give the groups of ``values`` (e.g. every article's outlet) their colours, most
    frequent first (by summed ``weights`` when given; ties by name), so that an outlet has one colour in every chart,
    and in every notebook run on the same corpus. Names already coloured keep their
    colour. Returns the name → colour map.

    Example:
        >>> reset_group_colors()
        >>> use_group_colors(["B", "A", "B"])["B"] == PALETTE[0]
        True
        >>> group_colors(["A", "other (3 outlets)"])["other (3 outlets)"] == OTHER_COLOR
        True
    """
    names = pd.Series(labels(values), dtype=object)
    if weights is None:
        counts = names.value_counts()
    else:
        w = pd.to_numeric(pd.Series(list(weights)), errors="coerce").fillna(0).to_numpy()
        counts = pd.Series(w).groupby(names.to_numpy()).sum()
    order = sorted(counts.index, key=lambda g: (-counts[g], g))
    return group_colors(order)


def reset_group_colors() -> None:
    """Forget every colour given by :func:`use_group_colors` / :func:`group_colors`."""
    _GROUP_COLORS.clear()


def group_colors(names) -> dict[str, str]:
    """The colour of each group name: the colour it was given before in this
    session (any chart), else the first palette colour not yet given (in the order
    of ``names``). Pooled "other (...)" groups and ``(unknown)`` are grey. Once
    every palette colour is taken, colours repeat, preferring one not used by the
    other ``names`` of this chart.

    Example:
        >>> reset_group_colors()
        >>> first = group_colors(["X", "Y"])
        >>> group_colors(["Y", "Z"])["Y"] == first["Y"]
        True
    """
    out: dict[str, str] = {}
    for name in dict.fromkeys(str(n) for n in names):
        if name == MISSING or name.startswith("other ("):
            out[name] = OTHER_COLOR
        elif name not in _GROUP_COLORS:
            taken = set(_GROUP_COLORS.values())
            free = [c for c in PALETTE if c not in taken]
            if not free:  # every colour given: one not in this chart yet, if any
                here = set(out.values()) | {_GROUP_COLORS.get(str(n)) for n in names}
                free = [c for c in PALETTE if c not in here] or list(PALETTE)
                free = free[len(_GROUP_COLORS) % len(free) :] + free
            _GROUP_COLORS[name] = free[0]
        out.setdefault(name, _GROUP_COLORS.get(name, OTHER_COLOR))
    return out


class PercentFormatter(Formatter):
    """Shares (0.25) as percents with the fewest decimals that write every tick
    exactly, so labels never repeat ("0.5% 1.0% 1.5%", never "0% 0% 1%").

    Example:
        >>> f = PercentFormatter()
        >>> f.format_ticks([0, 0.005, 0.01, 0.015])
        ['0.0%', '0.5%', '1.0%', '1.5%']
    """

    def __init__(self):
        self.decimals = 0

    def set_locs(self, locs):
        super().set_locs(locs)
        vals = [float(v) * 100 for v in locs if np.isfinite(v)]
        # the fewest decimals that write every tick exactly (ticks are round numbers),
        # else the fewest that keep the labels apart
        for d in range(0, 5):
            if all(abs(round(v, d) - v) < 1e-9 * max(1.0, abs(v)) for v in vals):
                self.decimals = d
                return
        for d in range(0, 7):
            if len({f"{v:.{d}f}" for v in vals}) == len(set(vals)):
                self.decimals = d
                return
        self.decimals = 6

    def __call__(self, x, pos=None):
        s = f"{x * 100:.{self.decimals}f}"
        if s.startswith("-") and float(s) == 0:
            s = s[1:]  # "-0%" reads as 0%
        return s + "%"


def percent_axis(axis) -> None:
    """Format ``axis`` (``ax.xaxis`` or ``ax.yaxis``) of shares as distinct percents."""
    axis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
    axis.set_major_formatter(PercentFormatter())


def integer_axis(axis) -> None:
    """Ticks only at whole numbers (counts, sentence numbers), written with thousands
    separators ("18,000"); on an x axis no more ticks than such labels fit side by side.

    Example:
        >>> ax = get_ax()
        >>> _ = ax.plot([0, 1], [0, 3])
        >>> integer_axis(ax.xaxis)
        >>> all(float(t).is_integer() for t in ax.get_xticks())
        True
    """
    nbins = "auto"
    ax = axis.axes
    if axis is ax.xaxis:  # side by side, wide labels ("18,000") need fewer ticks
        renderer = ax.figure.canvas.get_renderer()
        hi = max(abs(v) for v in ax.get_xlim())
        probe = ax.text(0, 0, f"{hi:,.0f}0", fontsize=plt.rcParams["xtick.labelsize"])
        label = probe.get_window_extent(renderer).width
        probe.remove()
        width = ax.get_window_extent(renderer).width
        # tight_layout may still shrink the axes: leave a third of a label's room spare
        nbins = max(1, int(width / (label * 1.35 + 8)))
    axis.set_major_locator(MaxNLocator(integer=True, nbins=nbins, min_n_ticks=2))
    axis.set_major_formatter(FuncFormatter(_thousands))


#: a horizontal bar chart keeps room for at least this many bars, so one or two
#: bars are not drawn as slabs filling the whole chart
MIN_BAR_SLOTS = 5


def bar_slots(ax, n: int, minimum: int = MIN_BAR_SLOTS) -> None:
    """Leave ``ax``'s ``n`` horizontal bars (at y = 0 … n-1) at most 1/``minimum`` of
    the height each: fewer bars are centred with space above and below.

    Example:
        >>> ax = get_ax(); _ = ax.barh(["only"], [3])
        >>> bar_slots(ax, 1)
        >>> [float(v) for v in ax.get_ylim()]
        [-2.5, 2.5]
    """
    if 0 < n < minimum:
        pad = (minimum - n) / 2
        ax.set_ylim(-0.5 - pad, n - 0.5 + pad)


def _thousands(v, _pos=None) -> str:
    return f"{v:,.0f}"


def _plain(v, _pos=None) -> str:
    if v <= 0 or not np.isfinite(v):
        return ""
    return f"{v:,.6g}"


def log_axis(axis, lo: float, hi: float) -> None:
    """A log axis labelled with plain numbers (2, 5, 10, 20, 1,000), never "2×10⁰".

    Ticks at 1-2-5 steps when the data span less than two decades, at powers of ten
    otherwise; minor ticks unlabelled.
    """
    decades = math.log10(max(hi, 1e-12) / max(lo, 1e-12)) if hi > 0 and lo > 0 else 0
    subs = (1.0, 2.0, 5.0) if decades < 2 else (1.0,)
    axis.set_major_locator(LogLocator(base=10, subs=subs))
    axis.set_major_formatter(FuncFormatter(_plain))
    axis.set_minor_formatter(NullFormatter())


def date_axis(ax, values=None) -> None:
    """Dates on ``ax``'s x axis with as many labels as fit side by side, none
    repeated: months read "2025-03" (ticks on whole months when every value is a
    month's first day, as monthly periods are), days "03-14" under their year.
    """
    renderer = ax.figure.canvas.get_renderer()
    width = ax.get_window_extent(renderer).width
    # a "2025-03" label is about 45 px at the default size; leave room for
    # tight_layout shrinking the axes afterwards
    fit = int(max(2, min(8, width // 80)))
    v = pd.DatetimeIndex(pd.to_datetime(pd.Series(values), errors="coerce").dropna().unique())
    monthly = len(v) > 0 and bool((v.day == 1).all() and (v.normalize() == v).all())
    if monthly:
        span = (v.max().year - v.min().year) * 12 + v.max().month - v.min().month + 1
        step = next((s for s in (1, 2, 3, 4, 6, 12, 24, 60, 120) if span / s <= fit), 240)
        if step <= 12:
            ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=range(1, 13, step)))
        else:
            ax.xaxis.set_major_locator(mdates.YearLocator(step // 12))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
        return
    loc = mdates.AutoDateLocator(minticks=2, maxticks=fit)
    fmt = mdates.ConciseDateFormatter(
        loc,
        formats=["%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M", "%S.%f"],
        zero_formats=["", "%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M"],
        show_offset=False,
    )
    ax.xaxis.set_major_locator(loc)
    ax.xaxis.set_major_formatter(fmt)


def thin_ticks(ax, axis: str = "x", pad_px: float = 6.0) -> None:
    """Keep every k-th label of a categorical axis, k the smallest step at which the
    labels (as now drawn) no longer touch; the kept labels are spread evenly."""
    ax_obj = ax.xaxis if axis == "x" else ax.yaxis
    ticks = list(ax_obj.get_ticklocs())
    texts = [t.get_text() for t in ax_obj.get_ticklabels()]
    if len(ticks) < 2:
        return
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    sizes = [
        (
            t.get_window_extent(renderer).width
            if axis == "x"
            else t.get_window_extent(renderer).height
        )
        for t in ax_obj.get_ticklabels()
    ]
    p0 = ax.transData.transform((ticks[0], 0) if axis == "x" else (0, ticks[0]))
    p1 = ax.transData.transform((ticks[1], 0) if axis == "x" else (0, ticks[1]))
    spacing = abs((p1 - p0)[0 if axis == "x" else 1]) or 1.0
    # tight_layout may still shrink the axes: leave a third of a label's room spare
    step = max(1, math.ceil((max(sizes) + pad_px) * 1.35 / spacing))
    if step > 1:
        setter = ax.set_xticks if axis == "x" else ax.set_yticks
        setter(ticks[::step], texts[::step])


def _overlaps(b, placed) -> bool:
    return any(b.x0 < p.x1 and p.x0 < b.x1 and b.y0 < p.y1 and p.y0 < b.y1 for p in placed)


_OFFSETS = ((4, 3), (4, -11), (-4, 3), (-4, -11), (4, 10), (4, -18), (-4, 10), (-4, -18))


def place_labels(ax, xs, ys, texts, *, fontsize=8, max_labels=None, color="0.15", avoid=()) -> list:
    """Label points without overlap: each label (in the given order, strongest first)
    takes the first of a few positions around its point (towards the middle of the
    axes first) where it overlaps no label already placed and stays inside the axes;
    a label with no such position is left out. ``avoid``: texts already on the axes
    that labels must not cover. Returns the annotations drawn.

    Example:
        >>> ax = get_ax(); _ = ax.scatter([1, 1, 2], [1, 1, 2])
        >>> len(place_labels(ax, [1, 1, 2], [1, 1, 2], ["a", "b", "c"]))
        3
    """
    fig = ax.figure
    ax.get_xlim(), ax.get_ylim()  # applies pending autoscaling, so transData is final
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    placed = [t.get_window_extent(renderer) for t in avoid]
    drawn = []
    for x, y, t in zip(xs, ys, texts, strict=True):
        if max_labels is not None and len(drawn) >= max_labels:
            break
        px, py = ax.transData.transform((x, y))
        flip_x = -1 if px > (frame.x0 + frame.x1) / 2 else 1
        flip_y = -1 if py > (frame.y0 + frame.y1) / 2 else 1
        for dx, dy in _OFFSETS:
            dx, dy = dx * flip_x, (dy if flip_y > 0 else -dy - 8)
            ha = "left" if dx >= 0 else "right"
            ann = ax.annotate(
                t,
                (x, y),
                xytext=(dx, dy),
                textcoords="offset points",
                fontsize=fontsize,
                ha=ha,
                color=color,
                annotation_clip=True,
            )
            b = ann.get_window_extent(renderer)
            inside = b.x0 >= frame.x0 and b.x1 <= frame.x1 and b.y0 >= frame.y0 and b.y1 <= frame.y1
            if inside and not _overlaps(b, placed):
                placed.append(b)
                drawn.append(ann)
                break
            ann.remove()
    return drawn
