"""Charts for the corpus overview (notebook 01): articles per period by
outlet, articles per outlet, and the article length distribution."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._base import (
    MAX_GROUPS,
    bar_slots,
    date_axis,
    get_ax,
    group_colors,
    integer_axis,
    is_empty,
    labels,
    no_data,
    other_label,
    shorten,
    thin_ticks,
    top_groups,
)


def articles_over_time(
    data: pd.DataFrame,
    ax=None,
    x: str = "period",
    y: str = "articles",
    hue: str | None = "source",
    top: int = MAX_GROUPS,
):
    """Stacked bars of article counts per period, one colour per ``hue`` value.

    ``data`` is the output of :func:`analysis.corpus.articles_per_period`. The
    ``top`` largest ``hue`` groups get a colour each (largest at the bottom); the
    others are stacked as one grey "other (k outlets)" group.

    Example:
        >>> df = pd.DataFrame({"period": pd.to_datetime(["2025-01-01"]), "articles": [3],
        ...                    "source": ["A"]})
        >>> articles_over_time(data=df).get_ylabel()
        'articles'
    """
    title = "Articles per month"
    if is_empty(data) or x not in data or y not in data:
        return no_data(ax, "no article has a date", title=title)
    ax = get_ax(ax)
    if hue and hue in data:
        d = data.assign(_h=top_groups(data[hue], data[y], n=top))
        wide = d.pivot_table(index=x, columns="_h", values=y, aggfunc="sum", fill_value=0)
        others = [c for c in wide.columns if c not in set(labels(data[hue]))]
        order = wide.sum().drop(others).sort_values(ascending=False, kind="mergesort").index
        wide = wide[list(order) + others]
        wide.columns.name = hue
    else:
        wide = data.groupby(x)[y].sum().to_frame(y)
    wide = wide.sort_index()
    dated = pd.api.types.is_datetime64_any_dtype(wide.index)
    if dated:
        # bars on a real date axis: its labels never collide
        xs = pd.DatetimeIndex(wide.index)
        secs = xs.values.astype("datetime64[s]").astype(np.int64)
        gaps = np.diff(secs) / 86_400 if len(xs) > 1 else np.array([30.0])
        # many periods: bars touch and are drawn without anti-aliasing, else the
        # sub-pixel gaps between 1-2 px bars read as white stripes
        # and each bar spans its whole period (months differ in length)
        dense = len(xs) > 60
        width = 0.8 * float(max(1.0, gaps.min()))
        if dense:
            width = np.append(gaps, gaps[-1]).clip(min=1.0)
        bottom = np.zeros(len(wide))
        colors = group_colors(wide.columns) if hue and hue in data else {}
        for c in wide.columns:
            vals = wide[c].to_numpy(dtype=float)
            color = colors.get(str(c), "C0")
            ax.bar(
                xs,
                vals,
                bottom=bottom,
                width=width,
                color=color,
                label=shorten([c])[0],
                linewidth=0,
                antialiased=not dense,
                align="edge" if dense else "center",
            )
            bottom += vals
        date_axis(ax, xs)
    else:
        wide.index = [str(i) for i in wide.index]
        colors = group_colors(wide.columns) if hue and hue in data else {}
        wide.plot(
            kind="bar",
            stacked=True,
            ax=ax,
            width=0.85,
            rot=0,
            legend=False,
            color=[colors.get(str(c), "C0") for c in wide.columns],
        )
        thin_ticks(ax, "x")
    integer_axis(ax.yaxis)
    ax.set_xlabel("")
    ax.set_ylabel(y)
    ax.set_title(title)
    if hue and hue in data:
        ax.legend(
            title=hue, fontsize="small", frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0)
        )
    return ax


def articles_by_source(
    data: pd.DataFrame, ax=None, x: str = "articles", y: str = "source", top: int = MAX_GROUPS
):
    """Horizontal bars of articles per outlet (output of ``articles_per_source``):
    the ``top`` largest outlets, then one "other (k outlets)" bar for the rest
    (grey); each outlet in its colour (:func:`group_colors`), as in every chart.

    Example:
        >>> df = pd.DataFrame({"source": ["A", "B"], "articles": [2, 1]})
        >>> len(articles_by_source(data=df).patches)
        2
    """
    if is_empty(data) or x not in data or y not in data:
        return no_data(ax, "no articles", title="Articles per outlet")
    ax = get_ax(ax)
    d = data.assign(**{y: labels(data[y])}).sort_values(
        [x, y], ascending=[False, True], kind="mergesort"
    )
    if len(d) > top + 1:  # pooling one outlet into "other" would hide a name and save nothing
        rest = pd.DataFrame({y: [other_label(len(d) - top)], x: [d[x].iloc[top:].sum()]})
        d = pd.concat([d.head(top)[[y, x]], rest], ignore_index=True)
    d = d.iloc[::-1]
    colors = group_colors(d[y].tolist()[::-1])  # an outlet's colour in every chart; "other" grey
    ax.barh(shorten(d[y].tolist()), d[x], color=[colors[str(n)] for n in d[y]])
    bar_slots(ax, len(d))
    integer_axis(ax.xaxis)
    ax.set_xlabel(x)
    ax.set_title("Articles per outlet")
    return ax


def length_distribution(data: pd.DataFrame, ax=None, x: str = "words", bins: int = 30):
    """Histogram of article length in words (output of ``article_lengths``).

    Example:
        >>> df = pd.DataFrame({"words": [100, 200, 300]})
        >>> length_distribution(data=df).get_xlabel()
        'words per article'
    """
    if is_empty(data) or x not in data or data[x].sum() == 0:
        return no_data(ax, "no article has text", title="Article length")
    ax = get_ax(ax)
    ax.hist(data[x], bins=min(bins, max(1, data[x].nunique())), color="C0", edgecolor="white")
    ax.axvline(data[x].median(), color="k", ls="--", lw=1, label=f"median {data[x].median():,.0f}")
    integer_axis(ax.yaxis)
    integer_axis(ax.xaxis)  # "25,000" words, as the article counts on y
    ax.set_xlabel("words per article")
    ax.set_ylabel("articles")
    ax.set_title("Article length")
    ax.legend(frameon=False)
    return ax
