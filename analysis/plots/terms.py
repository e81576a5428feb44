"""Charts for terms and topics (static matplotlib, no browser or CDN).

Owns: :func:`top_terms_bar` (frame of ``analysis.top_terms``), :func:`term_heatmap`
(``analysis.terms.term_trends``), :func:`distinctive_terms_scatter`
(``analysis.distinctive_terms``), :func:`topic_shares_over_time`
(``analysis.topics_over_time``) and :func:`topic_heatmap` (``analysis.topic_model.topic_shares``
by outlet). Seaborn-style: ``data=``, ``ax=None``, return the Axes, never ``plt.show()``;
empty data draws a "no data" panel.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ._base import (
    MAX_GROUPS,
    bar_slots,
    date_axis,
    get_ax,
    is_empty,
    labels,
    log_axis,
    no_data,
    place_labels,
    top_groups,
)

__all__ = [
    "top_terms_bar",
    "term_heatmap",
    "distinctive_terms_scatter",
    "topic_shares_over_time",
    "topic_heatmap",
]


def _missing(data, cols) -> bool:
    return is_empty(data) or any(c not in data.columns for c in cols)


def _period_labels(values) -> list[str]:
    """Period labels as months ("2025-03"), or as days when months would repeat
    (weekly or daily periods)."""
    for fmt in ("%Y-%m", "%Y-%m-%d"):
        out = []
        for v in values:
            ts = pd.Timestamp(v) if not isinstance(v, str) else None
            out.append(ts.strftime(fmt) if ts is not None and not pd.isna(ts) else str(v))
        if len(set(out)) == len(out):
            break
    return out


def top_terms_bar(data=None, *, x="score", y="term", n=20, title="Top terms", ax=None):
    """Horizontal bar chart of top terms (highest on top).

    Example:
        >>> ax = top_terms_bar(pd.DataFrame({"term": ["abm treaty", "putin"], "score": [2.0, 1.0]}))
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['putin', 'abm treaty']
    """
    if _missing(data, [x, y]):
        return no_data(ax, "no terms in this corpus", title=title)
    ax = get_ax(ax, figsize=(7, max(2.5, 0.28 * min(len(data), n) + 1)))
    d = data.head(n).iloc[::-1]
    ax.barh(labels(d[y]), d[x].astype(float), color="#4C72B0")
    bar_slots(ax, len(d))
    ax.set_xlabel(x)
    ax.set_ylabel("")
    ax.set_title(title)
    return ax


#: the widest a chart grows with its data, in inches (a page shows ~12.8 at 100 dpi)
MAX_FIG_WIDTH = 12


def term_heatmap(
    data=None,
    *,
    x="period",
    y="term",
    value="per_1k",
    title="Term frequency over time (per 1,000 terms)",
    cmap="Blues",
    ax=None,
):
    """Heatmap of a term x period value (rows in first-seen order of ``y``).

    Example:
        >>> d = pd.DataFrame({"period": pd.to_datetime(["2001-10-01", "2001-11-01"]),
        ...                   "term": ["treaty", "treaty"], "per_1k": [1.0, 3.0]})
        >>> term_heatmap(d).get_title()
        'Term frequency over time (per 1,000 terms)'
    """
    if _missing(data, [x, y, value]):
        return no_data(ax, "no article has a date", title=title)
    data = data.assign(**{y: labels(data[y])})
    order = list(dict.fromkeys(data[y].tolist()))
    wide = data.pivot_table(index=y, columns=x, values=value, aggfunc="sum", fill_value=0.0)
    wide = _every_month(wide.reindex(order).fillna(0.0))
    # at most MAX_FIG_WIDTH inches wide: a wider figure is scaled down on the page and
    # its labels shrink with it (63 months drew 34 inches, labels at a third of their size)
    width = min(MAX_FIG_WIDTH, max(6, 0.5 * wide.shape[1] + 3))
    ax = get_ax(ax, figsize=(width, max(2.5, 0.3 * wide.shape[0] + 1)))
    cmap = plt.get_cmap(cmap).with_extremes(bad="0.85")  # months without articles: grey
    im = ax.imshow(wide.to_numpy(dtype=float), aspect="auto", cmap=cmap, interpolation="nearest")
    ax.set_yticks(range(wide.shape[0]), [str(t) for t in wide.index])
    periods = _period_labels(wide.columns)
    step = max(1, -(-len(periods) // 24))  # at most 24 labels
    ax.set_xticks(range(0, len(periods), step), periods[::step], rotation=90)
    ax.figure.colorbar(im, ax=ax, label="per 1,000 terms" if value == "per_1k" else value)
    ax.set_title(title)
    return ax


def _every_month(wide: pd.DataFrame) -> pd.DataFrame:
    """Monthly columns (every one a month's first day) with the months missing
    between them added as empty (NaN) columns, so the axis never skips a month."""
    try:
        cols = pd.DatetimeIndex(wide.columns)
    except (TypeError, ValueError):
        return wide
    if len(cols) < 2 or cols.hasnans or not ((cols.day == 1) & (cols.normalize() == cols)).all():
        return wide
    full = pd.date_range(cols.min(), cols.max(), freq="MS")
    if len(full) > 600 or len(full) == len(cols):
        return wide
    out = wide.copy()
    out.columns = cols
    return out.reindex(columns=full)


def distinctive_terms_scatter(
    data=None,
    *,
    x="frequency",
    y="z",
    label="term",
    n_labels=10,
    title=None,
    ax=None,
):
    """Fightin' Words plot: z-score against term frequency (log x), extremes labelled.

    Positive z leans to group ``a`` (top), negative to ``b`` (bottom); |z| > 1.96 is
    coloured. Works for any two groups of ``analysis.distinctive_terms``.

    Example:
        >>> d = pd.DataFrame({"term": ["tax", "war"], "z": [2.5, -3.0], "frequency": [4, 9],
        ...                   "group": ["x", "y"]})
        >>> [t.get_text() for t in distinctive_terms_scatter(d).texts]
        ['↑ more in x', '↓ more in y', 'war', 'tax']
    """
    title = title or "Distinctive terms"
    if _missing(data, [x, y, label]):
        return no_data(ax, "needs two groups with words to compare", title=title)
    ax = get_ax(ax, figsize=(8, 5))
    z = data[y].astype(float).to_numpy()
    f = np.maximum(data[x].astype(float).to_numpy(), 1)
    colors = np.where(z > 1.96, "#C44E52", np.where(z < -1.96, "#4C72B0", "0.7"))
    ax.scatter(f, z, c=colors, s=14, alpha=0.8, linewidths=0)
    ax.set_xscale("log")
    log_axis(ax.xaxis, float(f.min()), float(f.max()))
    lo, hi = ax.get_xlim()
    ax.set_xlim(lo / 1.15, hi * 1.15)
    ax.axhline(0, color="0.5", lw=0.8)
    keys = []
    if "group" in data.columns:
        # which side is which, written where it applies (a rotated y label with
        # arrows reads upside down)
        g = pd.Series(labels(data["group"]), index=data.index)
        top = g[data[y] > 0].iloc[0] if (data[y] > 0).any() else "a"
        bot = g[data[y] < 0].iloc[0] if (data[y] < 0).any() else "b"
        style = {"transform": ax.transAxes, "ha": "left", "fontsize": 8, "style": "italic"}
        keys = [
            ax.text(0.01, 0.98, f"\u2191 more in {top}", va="top", color="#C44E52", **style),
            ax.text(0.01, 0.02, f"\u2193 more in {bot}", va="bottom", color="#4C72B0", **style),
        ]
    ax.set_ylabel("z (log-odds, informative prior)")
    xs, ys, texts = _scatter_labels(f, z, labels(data[label]), n_labels)
    place_labels(ax, xs, ys, texts, avoid=keys)
    ax.set_xlabel("frequency (log)")
    ax.set_title(title)
    return ax


def _scatter_labels(f, z, terms, n_labels):
    """The points worth a label, strongest first: the ``n_labels`` highest and lowest
    z; terms sharing one point are one label ("tax, war +3")."""
    order = np.argsort(-z, kind="mergesort")
    idx = list(order[:n_labels]) + [i for i in order[::-1][:n_labels] if z[i] < 0]
    at: dict[tuple[float, float], list[str]] = {}
    for i in dict.fromkeys(idx):
        at.setdefault((float(f[i]), float(z[i])), []).append(terms[i])
    points = sorted(at.items(), key=lambda kv: -abs(kv[0][1]))
    xs = [p[0][0] for p in points]
    ys = [p[0][1] for p in points]
    texts = [", ".join(t[:2]) + (f" +{len(t) - 2}" if len(t) > 2 else "") for _, t in points]
    return xs, ys, texts


def topic_shares_over_time(
    data=None,
    *,
    x="period",
    y="share",
    hue="label",
    kind="area",
    title="Topic shares over time",
    ax=None,
):
    """Mean topic share per period as a stacked area (``kind="area"``) or lines.

    Example:
        >>> d = pd.DataFrame({"period": pd.to_datetime(["2001-10-01"] * 2 + ["2001-11-01"] * 2),
        ...                   "label": ["t0", "t1"] * 2, "share": [0.6, 0.4, 0.3, 0.7]})
        >>> topic_shares_over_time(d).get_ylabel()
        'mean share'
    """
    if _missing(data, [x, y, hue]):
        return no_data(ax, "no dated articles with topics", title=title)
    data = data.assign(**{hue: labels(data[hue])})
    wide = data.pivot_table(index=x, columns=hue, values=y, aggfunc="mean", fill_value=0.0)
    wide = wide.sort_index()
    ax = get_ax(ax, figsize=(9, 4.5))
    xs = wide.index
    if kind == "area" and len(wide) > 1:
        ax.stackplot(xs, wide.to_numpy(dtype=float).T, labels=[str(c) for c in wide.columns])
        ax.set_ylim(0, max(1.0, float(wide.sum(axis=1).max())))
    else:
        for c in wide.columns:
            ax.plot(xs, wide[c].to_numpy(dtype=float), marker="o", label=str(c))
    if pd.api.types.is_datetime64_any_dtype(wide.index):
        date_axis(ax, wide.index)
    ax.set_ylabel("mean share")
    ax.set_xlabel("")
    ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax.set_title(title)
    return ax


def _pooled_columns(data, x, y, value, top) -> pd.DataFrame:
    """``y`` × ``x`` table of ``value``: the ``top`` largest ``x`` groups, then one
    pooled "other" column (means weighted by ``n_docs`` when present)."""
    w = pd.to_numeric(data["n_docs"], errors="coerce").fillna(0) if "n_docs" in data else None
    names = top_groups(data[x], w, n=top)
    others = set(names) - set(labels(data[x]))
    w = pd.Series(1.0, index=data.index) if w is None else w
    d = data.assign(**{x: names, y: labels(data[y])})
    d = d.assign(_w=w.to_numpy(), _wv=w.to_numpy() * pd.to_numeric(d[value], errors="coerce"))
    g = d.groupby([y, x], sort=True)[["_w", "_wv"]].sum()
    mean = (g["_wv"] / g["_w"].where(g["_w"] > 0)).fillna(
        d.groupby([y, x], sort=True)[value].mean()
    )
    wide = mean.unstack(x, fill_value=0.0).fillna(0.0)
    wide.columns.name = x
    return wide[[c for c in wide.columns if c not in others] + sorted(others)]


def topic_heatmap(
    data=None,
    *,
    x="source",
    y="label",
    value="share",
    title="Topic shares by outlet",
    cmap="Greens",
    ax=None,
    top=MAX_GROUPS,
):
    """Heatmap of mean topic share per group (outlet by default), values annotated.
    The ``top`` groups with the most articles (``n_docs``) get a column each, the
    rest one "other (k outlets)" column of their pooled mean (weighted by ``n_docs``).

    Example:
        >>> d = pd.DataFrame({"source": ["x", "y"], "label": ["t0", "t0"], "share": [0.5, 0.2]})
        >>> topic_heatmap(d).get_title()
        'Topic shares by outlet'
    """
    if _missing(data, [x, y, value]):
        return no_data(ax, "no topic shares by group", title=title)
    wide = _pooled_columns(data, x, y, value, top)
    ax = get_ax(ax, figsize=(max(5, 0.9 * wide.shape[1] + 4), max(2.5, 0.4 * wide.shape[0] + 1)))
    arr = wide.to_numpy(dtype=float)
    im = ax.imshow(arr, aspect="auto", cmap=cmap, interpolation="nearest", vmin=0)
    ax.set_yticks(range(wide.shape[0]), [str(t) for t in wide.index])
    ax.set_xticks(range(wide.shape[1]), [str(c) for c in wide.columns], rotation=45, ha="right")
    if arr.size <= 400:
        hi = arr.max() if arr.size else 0
        for i in range(arr.shape[0]):
            for j in range(arr.shape[1]):
                ax.text(
                    j,
                    i,
                    f"{arr[i, j]:.2f}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if arr[i, j] > 0.6 * hi else "black",
                )
    ax.figure.colorbar(im, ax=ax, label=value)
    ax.set_title(title)
    return ax
