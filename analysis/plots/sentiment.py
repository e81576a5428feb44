"""Charts for tone (notebook 02): the distribution of tone scores, tone over time
by outlet with confidence bands, and the sentence-by-sentence arc of one
article. Each takes the frame built by :mod:`analysis.sentiment`
(``score_sentiment``, ``article_tone``, ``tone_by``); speaker tone bars live in
:mod:`analysis.plots.speakers` (``speaker_tone_bars``)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._base import (
    date_axis,
    get_ax,
    group_colors,
    integer_axis,
    is_empty,
    labels,
    no_data,
    shorten,
    top_groups,
    use_group_colors,
)

__all__ = ["tone_distribution", "tone_over_time", "sentence_arc"]

_TONE_COLS = ("mean_compound", "compound", "mean", "text_compound")

#: confidence bands from fewer values than this are not drawn (at n = 2 a 95%
#: t-interval spans the whole score range and says nothing)
MIN_CI_N = 3

#: outlets drawn one by one in the tone charts (outline histograms and lines with
#: bands stay apart up to about this many); the rest are pooled as "other"
TONE_GROUPS = 6


def _pick(data, x, candidates):
    if x is not None:
        return x if x in data.columns else None
    return next((c for c in candidates if c in data.columns), None)


def tone_distribution(
    data: pd.DataFrame,
    ax=None,
    x: str | None = None,
    hue: str | None = None,
    bins: int = 20,
    title: str | None = None,
    top: int = TONE_GROUPS,
    min_rows: int = 1,
    unit: str = "rows",
):
    """Histogram of tone scores on [-1, 1] with VADER's ±0.05 neutral band.

    ``data`` is ``article_tone`` output (``x`` defaults to ``mean_compound``) or
    scored sentences (``compound``). With ``hue`` (e.g. ``"source"``) each of the
    ``top`` largest groups is drawn as an outline histogram of its share of rows,
    the other groups' rows pooled as one "other (k outlets)" outline. Groups with
    fewer than ``min_rows`` rows are left out (one article's tone is a share of 1.0
    in one bin and hides the others' shapes); the title says how many and why,
    counting in ``unit`` ("articles", "sentences"), which also names the y axis.

    Example:
        >>> df = pd.DataFrame({"mean_compound": [-0.5, 0.1, 0.2, 0.7]})
        >>> ax = tone_distribution(data=df)
        >>> bool(ax.get_xlim()[0] <= -1)
        True
        >>> df["source"] = ["A", "A", "A", "B"]
        >>> tone_distribution(data=df, hue="source", min_rows=2, unit="articles").get_title()
        'Distribution of tone (VADER compound)\\n1 outlet with fewer than 2 articles left out'
    """
    title = title or "Distribution of tone (VADER compound)"
    if is_empty(data):
        return no_data(ax, "no tone scores", title=title)
    x = _pick(data, x, _TONE_COLS)
    if x is None:
        return no_data(ax, "no tone scores", title=title)
    if hue and hue in data.columns and min_rows > 1:
        data, title = _tone_min_rows(data, hue, min_rows, unit, title)
        if not len(data):
            return no_data(ax, f"no outlet has {min_rows:,} {unit} or more", title=title)
    vals = pd.to_numeric(data[x], errors="coerce")
    if vals.notna().sum() == 0:
        return no_data(ax, "no tone scores", title=title)
    ax = get_ax(ax)
    edges = np.linspace(-1, 1, bins + 1)
    ax.axvspan(-0.05, 0.05, color="0.9", zorder=0, label="neutral (|c| < 0.05)")
    if hue and hue in data.columns:
        names = top_groups(data[hue], n=top)
        grouped = data.assign(_v=vals, _h=names).groupby("_h", sort=True)
        others = set(names) - set(labels(data[hue]))
        grouped = [g for g in grouped if g[0] not in others] + [
            g for g in grouped if g[0] in others
        ]
        colors = use_group_colors(names)  # the largest outlets first
        for name, grp in grouped:
            v = grp["_v"].dropna().to_numpy()
            if len(v) == 0:
                continue
            ax.hist(
                v,
                bins=edges,
                weights=np.full(len(v), 1.0 / len(v)),
                histtype="step",
                lw=1.6,
                color=colors.get(str(name), "0.55"),
                label=f"{shorten([name])[0]} (n={len(v):,})",
            )
        ax.set_ylabel("share of rows" if unit == "rows" else f"share of each outlet's {unit}")
        legend = {"loc": "upper left", "bbox_to_anchor": (1.01, 1.0)}  # never over the bars
    else:
        v = vals.dropna().to_numpy()
        ax.hist(v, bins=edges, color="C0", alpha=0.85, edgecolor="white")
        ax.axvline(float(v.mean()), color="k", lw=1, ls="--", label=f"mean {v.mean():+.3f}")
        ax.set_ylabel("count" if unit == "rows" else unit)
        integer_axis(ax.yaxis)  # counts: never 2.5 articles
        legend = {}
    ax.set_xlim(-1.02, 1.02)
    ax.set_xlabel(f"{x} (−1 negative … +1 positive)")
    ax.legend(frameon=False, fontsize="small", **legend)
    ax.set_title(title)
    return ax


def _tone_min_rows(data: pd.DataFrame, hue: str, min_rows: int, unit: str, title: str):
    """``data`` without the rows of groups smaller than ``min_rows``, and ``title``
    with a line saying how many groups were left out (unchanged when none were)."""
    names = pd.Series(labels(data[hue]), index=data.index)
    sizes = names.map(names.value_counts())
    small = int(names[sizes < min_rows].nunique())
    if not small:
        return data, title
    noun = "outlet" if small == 1 else "outlets"
    note = f"{small:,} {noun} with fewer than {min_rows:,} {unit} left out"
    return data[(sizes >= min_rows).to_numpy()], f"{title}\n{note}"


def tone_over_time(
    data: pd.DataFrame,
    ax=None,
    x: str = "period",
    y: str = "mean",
    hue: str | None = "source",
    freq: str = "M",
    title: str | None = None,
    top: int = TONE_GROUPS,
):
    """Mean tone per period, one line per outlet, with confidence bands (clipped to
    the score's range [-1, 1]; not drawn from fewer than ``MIN_CI_N`` articles).
    The ``top`` outlets with the most articles get a line each; the others are one
    grey "other (k outlets)" line of their pooled mean (weighted by ``n``, no band).

    ``data`` is ``tone_by(..., freq=...)`` output (``period, mean, ci_low,
    ci_high`` and the ``hue`` column), or ``article_tone`` output with
    ``published`` (then grouped with ``tone_by`` by ``hue`` and ``freq``).
    Groups with one article in a period have no band.

    Example:
        >>> df = pd.DataFrame({"source": ["A", "A"], "period": pd.to_datetime(
        ...     ["2020-01-01", "2020-02-01"]), "mean": [0.1, 0.2],
        ...     "ci_low": [0.0, 0.1], "ci_high": [0.2, 0.3]})
        >>> len(tone_over_time(data=df).lines)
        2
    """
    title = title or "Tone over time (mean compound, 95% CI)"
    if is_empty(data):
        return no_data(ax, "no dated tone scores", title=title)
    if x not in data.columns and "published" in data.columns:
        from ..sentiment import tone_by

        value = _pick(data, None, ("mean_compound", "compound", "text_compound"))
        if value is None:
            return no_data(ax, "no tone scores", title=title)
        by = hue if hue and hue in data.columns else None
        data = tone_by(data, by=by, freq=freq, value=value)
    if is_empty(data) or x not in data.columns or y not in data.columns:
        return no_data(ax, "no dated tone scores", title=title)
    means = pd.to_numeric(data[y], errors="coerce")
    if means.notna().sum() == 0:
        return no_data(ax, "no tone scores", title=title)
    ax = get_ax(ax)
    if hue and hue in data.columns:
        groups, _ = _top_lines(data, x, y, hue, top)
    else:
        groups = [("all", data)]
    extent = []  # of what is drawn (pooled outlets are one line)
    dated = False
    if hue and hue in data.columns:  # the outlets with most articles first
        use_group_colors(data[hue], data["n"] if "n" in data else None)
    colors = group_colors([name for name, _ in groups])
    for name, grp in groups:
        grp = grp.sort_values(x, kind="mergesort")
        color = colors.get(str(name), "0.55") if hue and hue in data.columns else "C0"
        xs = pd.to_datetime(grp[x]) if not np.issubdtype(grp[x].dtype, np.number) else grp[x]
        dated = dated or pd.api.types.is_datetime64_any_dtype(xs)
        ax.plot(xs, grp[y].astype(float), marker="o", ms=3, color=color, label=shorten([name])[0])
        extent += [grp[y].astype(float).min(), grp[y].astype(float).max()]
        lo, hi, ok = _band(grp)
        if ok.any():
            ax.fill_between(
                np.asarray(xs), lo, hi, where=ok, color=color, alpha=0.15, lw=0, interpolate=False
            )
            extent += [np.nanmin(lo[ok]), np.nanmax(hi[ok])]
    ax.axhline(0, color="k", lw=0.8)
    # the score's scale is [-1, 1]; show the part the lines and bands use (at least ±0.25)
    lo_y = max(-1.0, min(-0.25, float(np.nanmin(extent)) - 0.05))
    hi_y = min(1.0, max(0.25, float(np.nanmax(extent)) + 0.05))
    ax.set_ylim(lo_y - 0.02, hi_y + 0.02)
    ax.set_ylabel("mean compound")
    ax.set_xlabel("")
    if dated:
        date_axis(ax, data[x])
    ax.legend(frameon=False, fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ax.set_title(title)
    return ax


def _top_lines(data: pd.DataFrame, x: str, y: str, hue: str, top: int):
    """(name, rows) of the ``top`` largest ``hue`` groups (by ``n``, else rows), then
    one pooled "other" group: per ``x``, the ``n``-weighted mean of the rest, no band;
    and the set of pooled names."""
    n = pd.to_numeric(data["n"], errors="coerce").fillna(0) if "n" in data else None
    names = top_groups(data[hue], n, n=top)
    others = set(names) - set(labels(data[hue]))
    d = data.assign(_h=names)
    groups = list(d[~d["_h"].isin(others)].groupby("_h", sort=True))
    if others:
        rest = d[d["_h"].isin(others)]
        w = n[rest.index] if n is not None else pd.Series(1.0, index=rest.index)
        w = w.where(rest[y].notna(), 0.0)
        pooled = (
            rest.assign(_w=w, _wy=w * rest[y].astype(float).fillna(0.0))
            .groupby(x, sort=True)[["_w", "_wy"]]
            .sum()
        )
        pooled = pd.DataFrame(
            {x: pooled.index, y: (pooled["_wy"] / pooled["_w"].where(pooled["_w"] > 0)).to_numpy()}
        )
        groups.append((next(iter(others)), pooled))
    return groups, others


def _band(grp: pd.DataFrame):
    """Confidence band of one line, clipped to the score's range [-1, 1], and where
    it is drawn (finite bounds from at least ``MIN_CI_N`` values)."""
    if not {"ci_low", "ci_high"} <= set(grp.columns):
        nan = np.full(len(grp), np.nan)
        return nan, nan, np.zeros(len(grp), dtype=bool)
    lo = grp["ci_low"].astype(float).clip(-1, 1).to_numpy()
    hi = grp["ci_high"].astype(float).clip(-1, 1).to_numpy()
    ok = np.isfinite(lo) & np.isfinite(hi)
    if "n" in grp.columns:
        ok &= pd.to_numeric(grp["n"], errors="coerce").fillna(0).to_numpy() >= MIN_CI_N
    return lo, hi, ok


def sentence_arc(
    data: pd.DataFrame,
    ax=None,
    article_id=None,
    x: str = "sentence_id",
    y: str = "compound",
    window: int = 3,
    title: str | None = None,
):
    """Sentence-by-sentence tone of one article: a bar per sentence (green
    positive, red negative), a centred rolling mean of ``window`` sentences and
    faint lines at paragraph breaks.

    ``data`` is scored sentences; ``article_id`` selects the article (default:
    the first one in ``data``).

    Example:
        >>> df = pd.DataFrame({"article_id": ["a"] * 3, "sentence_id": [0, 1, 2],
        ...                    "compound": [0.5, -0.2, 0.0]})
        >>> len(sentence_arc(data=df).patches)
        3
    """
    if is_empty(data) or y not in data.columns:
        return no_data(ax, "no scored sentences", title=title or "Sentence tone arc")
    if "article_id" in data.columns:
        if article_id is None:
            article_id = data["article_id"].iloc[0]
        d = data[data["article_id"] == article_id]
    else:
        d = data
    title = title or f"Tone sentence by sentence: {article_id}"
    if d.empty:
        return no_data(ax, f"no sentences for {article_id}", title=title)
    d = d.sort_values(x, kind="mergesort") if x in d.columns else d
    ax = get_ax(ax)
    xs = d[x].to_numpy() if x in d.columns else np.arange(len(d))
    vals = d[y].astype(float).fillna(0).to_numpy()
    colors = np.where(vals >= 0.05, "C2", np.where(vals <= -0.05, "C3", "0.7"))
    ax.bar(xs, vals, color=colors, width=0.85)
    if len(vals) >= 2 and window > 1:
        roll = pd.Series(vals).rolling(window, center=True, min_periods=1).mean()
        ax.plot(xs, roll.to_numpy(), color="k", lw=1.4, label=f"rolling mean ({window})")
        ax.legend(frameon=False, fontsize="small")
    if "paragraph_id" in d.columns:
        p = d["paragraph_id"].to_numpy()
        for b in xs[1:][np.diff(p) != 0]:
            ax.axvline(b - 0.5, color="0.85", lw=0.8, zorder=0)
    ax.axhline(0, color="k", lw=0.8)
    ax.set_ylim(-1.02, 1.02)
    integer_axis(ax.xaxis)
    ax.set_xlabel("sentence")
    ax.set_ylabel("compound")
    ax.set_title(title)
    return ax
