"""Charts for who is quoted (notebook 03): share of voice, anonymous share by
outlet, quotes per top speaker over time, co-quotation heatmap, direct vs
indirect quotes by outlet and the tone of each speaker's quotes. Each takes
the frame built by the matching function in :mod:`analysis.speakers` (or
:func:`analysis.speaker_tone`)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._base import (
    MAX_GROUPS,
    bar_slots,
    by_count,
    date_axis,
    get_ax,
    group_colors,
    integer_axis,
    is_empty,
    labels,
    no_data,
    percent_axis,
    shorten,
    top_groups,
)

__all__ = [
    "share_of_voice",
    "anonymous_share_bars",
    "speaker_timeline",
    "co_quotation_heatmap",
    "quote_kind_bars",
    "speaker_tone_bars",
]

_TYPE_COLORS = {
    "person": "C0",
    "anonymous": "C3",
    "organization": "C2",
    "group": "C4",
    "document": "C5",  # issue 13: reports, newspapers as sources
    "unknown": "0.6",
}
_KIND_COLORS = {"direct": "C0", "mixed": "C1", "indirect": "C2"}

#: intervals from fewer values than this are not drawn (at n = 2 a 95% t-interval
#: spans the whole score range)
MIN_CI_N = 3


def share_of_voice(
    data: pd.DataFrame,
    ax=None,
    x: str = "share",
    y: str = "speaker",
    top: int = 15,
    hue: str | None = "speaker_type",
):
    """Horizontal bars of the most-quoted speakers' share of all quotes.

    ``data`` is :func:`analysis.speaker_counts` output (already sorted); bars
    are coloured by speaker type.

    Example:
        >>> df = pd.DataFrame({"speaker": ["A", "B"], "speaker_type": ["person", "anonymous"],
        ...                    "quotes": [3, 1], "share": [0.75, 0.25]})
        >>> len(share_of_voice(data=df).patches)
        2
    """
    title = "Share of voice (share of all quotes)"
    if is_empty(data) or x not in data or y not in data:
        return no_data(ax, "no quotes in this corpus", title=title)
    ax = get_ax(ax)
    d = data.head(top).iloc[::-1]
    colors = [
        _TYPE_COLORS.get(str(t), "0.6")
        for t in (d[hue] if hue and hue in d else ["person"] * len(d))
    ]
    ax.barh(_unique(labels(d[y])), d[x], color=colors)
    bar_slots(ax, len(d))
    ax.set_xlim(0, max(1e-9, float(d[x].max())) * 1.15)  # room for the counts
    if x == "share":
        percent_axis(ax.xaxis)
    if "quotes" in d and x != "quotes":
        for i, (v, n) in enumerate(zip(d[x], d["quotes"], strict=True)):
            ax.text(v, i, f" {int(n):,}", va="center", fontsize="small", color="0.3")
    if hue and hue in d:
        from matplotlib.patches import Patch

        present = [t for t in _TYPE_COLORS if t in set(d[hue].astype(str))]
        ax.legend(
            handles=[Patch(color=_TYPE_COLORS[t], label=t) for t in present],
            frameon=False,
            fontsize="small",
            loc="lower right",
        )
    ax.set_xlabel("share of all quotes" if x == "share" else x)
    ax.set_ylabel("")
    ax.set_title(title)
    return ax


def _unique(names: list[str]) -> list[str]:
    """Bar labels made distinct (two different speakers both shown as "(unknown)"
    would otherwise share one bar)."""
    seen: dict[str, int] = {}
    out = []
    for n in shorten(names):
        k = seen.get(n, 0)
        seen[n] = k + 1
        out.append(n if k == 0 else f"{n} [{k + 1}]")
    return out


def anonymous_share_bars(
    data: pd.DataFrame,
    ax=None,
    x: str = "anonymous_share",
    y: str | None = None,
    top: int = MAX_GROUPS,
):
    """Bars of the share of quotes from anonymous sources per outlet.

    ``data`` is :func:`analysis.speakers.anonymous_share` output; ``y`` is its
    group column (the first column by default). Bars read from the most quotes
    down, ties by name (:func:`by_count`, the order of the table beside it). The
    ``top`` outlets with the most quotes get a bar each, the rest one pooled
    "other (k outlets)" bar, last. Each outlet's bar has the outlet's colour
    (:func:`group_colors`), the pooled bar grey.

    Example:
        >>> df = pd.DataFrame({"source": ["A"], "quotes": [4], "anonymous": [1],
        ...                    "anonymous_share": [0.25]})
        >>> anonymous_share_bars(data=df).get_title()
        'Quotes from anonymous sources'
    """
    title = "Quotes from anonymous sources"
    if is_empty(data) or x not in data:
        return no_data(ax, "no quotes in this corpus", title=title)
    ax = get_ax(ax)
    y = y or data.columns[0]
    d = _pool_anonymous(by_count(data, "quotes", y), x, y, top).iloc[::-1]  # most quotes on top
    names = labels(d[y])
    colors = group_colors(names[::-1])  # each outlet in its colour, as in every chart
    ax.barh(_unique(names), d[x], color=[colors[str(n)] for n in names])
    bar_slots(ax, len(d))
    if {"anonymous", "quotes"} <= set(d.columns):
        for i, (v, a, n) in enumerate(zip(d[x], d["anonymous"], d["quotes"], strict=True)):
            ax.text(v, i, f" {int(a):,}/{int(n):,}", va="center", fontsize="small", color="0.3")
    # room for the "a/n" labels; an outlet without anonymous quotes still gets a 0-5% scale
    ax.set_xlim(0, max(0.05, float(d[x].max()) * 1.25))
    percent_axis(ax.xaxis)
    ax.set_xlabel("share of quotes")
    ax.set_title(title)
    return ax


def speaker_timeline(
    data: pd.DataFrame, ax=None, x: str = "period", y: str = "quotes", hue: str = "speaker"
):
    """Lines of quotes per period, one per speaker (``quotes_over_time`` output).

    Example:
        >>> df = pd.DataFrame({"period": pd.to_datetime(["2025-01-01", "2025-02-01"]),
        ...                    "speaker": ["A", "A"], "quotes": [2, 0]})
        >>> len(speaker_timeline(data=df).lines)
        1
    """
    title = "Quotes per month, top speakers"
    if is_empty(data) or not {x, y, hue} <= set(data.columns):
        return no_data(ax, "no dated quotes", title=title)
    if pd.to_numeric(data[y], errors="coerce").fillna(0).sum() == 0:
        return no_data(ax, "no quotes by these speakers in dated articles", title=title)
    ax = get_ax(ax)
    data = data.assign(_h=labels(data[hue]))
    dated = pd.api.types.is_datetime64_any_dtype(data[x])
    names = list(dict.fromkeys(data["_h"]))
    colors = group_colors(names)  # a speaker keeps one colour in every chart
    for name in names:
        d = data[data["_h"] == name].sort_values(x, kind="mergesort")
        ax.plot(
            d[x], d[y], marker="o", ms=4.5, lw=1.8, label=shorten([name])[0], color=colors[name]
        )
    ax.set_ylabel(y)
    ax.set_xlabel("")
    ax.set_ylim(bottom=0)
    integer_axis(ax.yaxis)
    if dated:
        date_axis(ax, data[x])
    ax.legend(frameon=False, fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ax.set_title(title)
    return ax


def co_quotation_heatmap(data: pd.DataFrame, ax=None, annot: bool = True):
    """Heatmap of articles quoting both speakers (``co_quotation`` output).

    Accepts the square matrix or the same with a ``speaker`` column (as
    written to CSV).

    Example:
        >>> m = pd.DataFrame([[2, 1], [1, 1]], index=["A", "B"], columns=["A", "B"])
        >>> co_quotation_heatmap(data=m).get_title()
        'Articles quoting both speakers'
    """
    title = "Articles quoting both speakers"
    if is_empty(data):
        return no_data(ax, "no two people quoted in one article", title=title)
    m = data.set_index("speaker") if "speaker" in data.columns else data
    if m.empty or m.shape[1] == 0:
        return no_data(ax, "no two people quoted in one article", title=title)
    ax = get_ax(ax, figsize=(6.5, 5.5))
    vals = m.to_numpy(dtype=float)
    im = ax.imshow(vals, cmap="Blues", vmin=0)
    n = len(m)
    ax.set_xticks(range(m.shape[1]), labels(m.columns), rotation=45, ha="right")
    ax.set_yticks(range(n), labels(m.index))
    if annot and n <= 20:
        hi = np.nanmax(vals) if vals.size else 0
        for i in range(n):
            for j in range(m.shape[1]):
                v = vals[i, j]
                ax.text(
                    j,
                    i,
                    f"{v:,.0f}",
                    ha="center",
                    va="center",
                    fontsize="small",
                    color="white" if hi and v > hi / 2 else "black",
                )
    ax.figure.colorbar(im, ax=ax, fraction=0.046, pad=0.04, label="articles")
    ax.set_title(title)
    return ax


def _pool_anonymous(data: pd.DataFrame, x: str, y: str, top: int) -> pd.DataFrame:
    """``data`` in its order, the outlets beyond the ``top`` with most quotes pooled
    into one last "other" row (its share from the summed counts)."""
    if "quotes" not in data or not {"anonymous"} <= set(data.columns):
        return data.head(top)
    names = top_groups(data[y], data["quotes"], n=top)
    others = set(names) - set(labels(data[y]))
    if not others:
        return data
    keep = data[[n not in others for n in names]]
    rest = data[[n in others for n in names]]
    q, a = int(rest["quotes"].sum()), int(rest["anonymous"].sum())
    row = pd.DataFrame(
        {y: [next(iter(others))], "quotes": [q], "anonymous": [a], x: [a / q if q else 0.0]}
    )
    return pd.concat([keep, row], ignore_index=True)


def quote_kind_bars(
    data: pd.DataFrame, ax=None, y: str | None = None, x: str = "share", top: int = MAX_GROUPS
):
    """Stacked horizontal bars of direct / mixed / indirect quote shares per outlet.

    ``data`` is :func:`analysis.speakers.kind_by` output (tidy: group, kind,
    quotes, share). The ``top`` outlets with the most quotes get a bar each, the
    rest one pooled "other (k outlets)" bar (shares of the summed counts).

    Example:
        >>> df = pd.DataFrame({"source": ["A", "A"], "kind": ["direct", "indirect"],
        ...                    "quotes": [1, 3], "share": [0.25, 0.75]})
        >>> len(quote_kind_bars(data=df).patches)
        2
    """
    title = "Direct vs indirect quotes"
    if is_empty(data) or "quotes" not in data or data["quotes"].sum() == 0:
        return no_data(ax, "no quotes in this corpus", title=title)
    ax = get_ax(ax)
    y = y or data.columns[0]
    d = data.assign(_g=top_groups(data[y], data["quotes"], n=top))
    pooled = x == "share" and d["_g"].nunique() < data[y].nunique()
    wide = d.pivot_table(
        index="_g",
        columns="kind",
        values="quotes" if pooled else x,
        aggfunc="sum",
        fill_value=0,
        sort=True,
    )
    if pooled:  # shares of the summed counts: the pooled bar still adds up to 100%
        wide = wide.div(wide.sum(axis=1).where(lambda t: t > 0, 1), axis=0)
        last = [g for g in wide.index if g not in set(labels(data[y]))]
        wide = wide.loc[[g for g in wide.index if g not in last] + last]
    order = [k for k in ["direct", "mixed", "indirect"] if k in wide] + [
        k for k in wide.columns if k not in _KIND_COLORS
    ]
    wide = wide[order].iloc[::-1]
    left = np.zeros(len(wide))
    for k in order:
        vals = wide[k].to_numpy(dtype=float)
        if not vals.any():
            continue
        ax.barh(
            _unique(list(wide.index)), vals, left=left, color=_KIND_COLORS.get(k, "0.6"), label=k
        )
        left += vals
    bar_slots(ax, len(wide))
    if x == "share":
        ax.set_xlim(0, 1)
        percent_axis(ax.xaxis)
    ax.set_xlabel("share of the outlet's quotes" if x == "share" else x)
    ax.legend(
        frameon=False, fontsize="small", ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.12)
    )
    ax.set_title(title)
    return ax


def speaker_tone_bars(
    data: pd.DataFrame, ax=None, x: str | None = None, y: str = "speaker", top: int = 15
):
    """Bars of the mean VADER compound score of each speaker's quotes.

    ``data`` is :func:`analysis.speaker_tone` output (``speaker``, ``mean``,
    optional ``ci_low``/``ci_high`` drawn as error bars and ``n``); ``x``
    defaults to the first of mean / compound / mean_compound / tone present.

    Example:
        >>> df = pd.DataFrame({"speaker": ["A", "B"], "compound": [0.4, -0.2]})
        >>> len(speaker_tone_bars(data=df).patches)
        2
    """
    title = "Tone of each speaker's quotes (mean VADER compound)"
    if is_empty(data):
        return no_data(ax, "no scored quotes", title=title)
    if x is None:
        x = next(
            (
                c
                for c in ("mean", "compound", "mean_compound", "compound_mean", "tone")
                if c in data.columns
            ),
            None,
        )
        if x is None:
            num = data.select_dtypes("number").columns
            x = num[0] if len(num) else None
    if x is None or y not in data:
        return no_data(ax, "no scored quotes", title=title)
    ax = get_ax(ax)
    d = data.head(top).iloc[::-1]
    vals = d[x].astype(float).fillna(0).to_numpy()
    colors = ["C2" if v >= 0 else "C3" for v in vals]
    err = None
    lim_vals = np.abs(vals)
    if {"ci_low", "ci_high"} <= set(d.columns):
        # the score lives on [-1, 1] and so does its interval; with fewer than
        # MIN_CI_N quotes the interval says nothing and is not drawn
        lo = d["ci_low"].astype(float).clip(-1, 1).to_numpy()
        hi = d["ci_high"].astype(float).clip(-1, 1).to_numpy()
        ok = np.isfinite(lo) & np.isfinite(hi)
        if "n" in d.columns:
            ok &= pd.to_numeric(d["n"], errors="coerce").fillna(0).to_numpy() >= MIN_CI_N
        err = np.vstack([np.where(ok, vals - lo, 0), np.where(ok, hi - vals, 0)]).clip(min=0)
        lim_vals = np.concatenate([lim_vals, np.abs(lo[ok]), np.abs(hi[ok])])
    names = pd.Series(labels(d[y]), index=d.index)
    if "n" in d.columns:
        names = names + " (n=" + d["n"].astype(str) + ")"
    ax.barh(_unique(names.tolist()), vals, color=colors, xerr=err, ecolor="0.3", capsize=2)
    bar_slots(ax, len(d))
    ax.axvline(0, color="k", lw=0.8)
    lim = min(1.0, max(0.1, float(np.nanmax(lim_vals)) * 1.15)) if len(d) else 1
    ax.set_xlim(-lim, lim)
    ax.set_xlabel("mean compound (−1 negative … +1 positive)")
    ax.set_title(title)
    return ax
