"""Charts for the corpus overview (notebook 01): articles per period by
outlet, articles per outlet, and the article length distribution."""

from __future__ import annotations

import pandas as pd

from ._base import get_ax, is_empty, no_data


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
    if is_empty(data):
        return no_data(ax, "no dated articles", title="Articles per month")
    ax = get_ax(ax)
    if hue and hue in data:
        wide = data.pivot_table(index=x, columns=hue, values=y, aggfunc="sum", fill_value=0)
    else:
        wide = data.groupby(x)[y].sum().to_frame(y)
    wide.index = [i.strftime("%Y-%m") if hasattr(i, "strftime") else str(i) for i in wide.index]
    wide.plot(kind="bar", stacked=True, ax=ax, width=0.85)
    ax.set_xlabel("")
    ax.set_ylabel(y)
    ax.set_title("Articles per month")
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
    if is_empty(data):
        return no_data(ax, "no articles", title="Articles per outlet")
    ax = get_ax(ax)
    d = data.iloc[::-1]
    ax.barh(d[y].astype(str), d[x], color="C0")
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
    if is_empty(data) or data[x].sum() == 0:
        return no_data(ax, "no text", title="Article length")
    ax = get_ax(ax)
    ax.hist(data[x], bins=min(bins, max(1, data[x].nunique())), color="C0", edgecolor="white")
    ax.axvline(data[x].median(), color="k", ls="--", lw=1, label=f"median {data[x].median():.0f}")
    ax.set_xlabel("words per article")
    ax.set_ylabel("articles")
    ax.set_title("Article length")
    ax.legend(frameon=False)
    return ax
