"""Charts for the corpus overview (notebook 01): articles per period by
outlet, articles per outlet, and the article length distribution."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._base import date_axis, get_ax, integer_axis, is_empty, labels, no_data, thin_ticks


def articles_over_time(
    data: pd.DataFrame, ax=None, x: str = "period", y: str = "articles", hue: str | None = "source"
):
    """Stacked bars of article counts per period, one colour per ``hue`` value.

    ``data`` is the output of :func:`analysis.corpus.articles_per_period`.

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
        d = data.assign(_h=labels(data[hue]))
        wide = d.pivot_table(index=x, columns="_h", values=y, aggfunc="sum", fill_value=0)
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
        width = 0.8 * float(max(1.0, gaps.min()))
        bottom = np.zeros(len(wide))
        for k, c in enumerate(wide.columns):
            vals = wide[c].to_numpy(dtype=float)
            ax.bar(xs, vals, bottom=bottom, width=width, color=f"C{k % 10}", label=str(c))
            bottom += vals
        date_axis(ax, xs)
    else:
        wide.index = [str(i) for i in wide.index]
        wide.plot(kind="bar", stacked=True, ax=ax, width=0.85, rot=0, legend=False)
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


def articles_by_source(data: pd.DataFrame, ax=None, x: str = "articles", y: str = "source"):
    """Horizontal bars of articles per outlet (output of ``articles_per_source``).

    Example:
        >>> df = pd.DataFrame({"source": ["A", "B"], "articles": [2, 1]})
        >>> len(articles_by_source(data=df).patches)
        2
    """
    if is_empty(data) or x not in data or y not in data:
        return no_data(ax, "no articles", title="Articles per outlet")
    ax = get_ax(ax)
    d = data.iloc[::-1]
    ax.barh(labels(d[y]), d[x], color="C0")
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
    ax.axvline(data[x].median(), color="k", ls="--", lw=1, label=f"median {data[x].median():.0f}")
    integer_axis(ax.yaxis)
    ax.set_xlabel("words per article")
    ax.set_ylabel("articles")
    ax.set_title("Article length")
    ax.legend(frameon=False)
    return ax
