"""Charts of the gender of quoted people (notebook 03): the share of women among
the people quoted, by outlet and over time, with the counts and the unknown
share always shown. Each takes :func:`analysis.gender.gender_share` output."""

from __future__ import annotations

import pandas as pd

from ._base import bar_slots, get_ax, is_empty, no_data, other_label, shorten

__all__ = ["gender_share_bars", "gender_over_time"]

GENDER_COLORS = {"female": "C1", "male": "C0", "unknown": "0.75"}


def _wide(data: pd.DataFrame, by: str) -> pd.DataFrame:
    w = data.pivot_table(index=by, columns="gender", values="people", aggfunc="sum", fill_value=0)
    for g in GENDER_COLORS:
        if g not in w:
            w[g] = 0
    return w[list(GENDER_COLORS)]


def gender_share_bars(data: pd.DataFrame, ax=None, by: str = "source", top: int = 15):
    """Stacked horizontal bars per ``by`` group: women / men / unknown among
    the people quoted, labelled with the women's share of known and the count.
    The ``top`` groups with the most people get a bar each, the rest one pooled
    "other (k outlets)" bar.

    Example:
        >>> df = pd.DataFrame({"source": ["X"] * 3, "gender": ["female", "male", "unknown"],
        ...                    "people": [2, 5, 1]})
        >>> ax = gender_share_bars(data=df)
        >>> len(ax.patches), ax.texts[0].get_text()
        (3, ' women 29% of known (n=8)')
    """
    title = "Quoted people by gender"
    if is_empty(data) or by not in data:
        return no_data(ax, "no quoted people", title=title)
    ax = get_ax(ax)
    w = _wide(data, by)
    w = w.loc[w.sum(axis=1).sort_values(ascending=False, kind="mergesort").index]
    if len(w) > top + 1:  # the rest pooled as one bar: no quoted person left out
        rest = w.iloc[top:].sum().to_frame(other_label(len(w) - top)).T
        w = pd.concat([w.iloc[:top], rest])
    w = w.iloc[::-1]
    total = w.sum(axis=1)
    left = pd.Series(0.0, index=w.index)
    labels = shorten(w.index)
    for g, color in GENDER_COLORS.items():
        share = (w[g] / total).fillna(0)
        ax.barh(labels, share, left=left, color=color, label=g)
        left = left + share
    bar_slots(ax, len(w))
    for i, (name, n) in enumerate(total.items()):
        known = w.loc[name, "female"] + w.loc[name, "male"]
        pct = f"{w.loc[name, 'female'] / known:.0%}" if known else "n/a"
        ax.text(1.0, i, f" women {pct} of known (n={int(n):,})", va="center", fontsize="small")
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    ax.set_xlabel("share of quoted people")
    ax.set_ylabel("")
    ax.legend(frameon=False, fontsize="small", loc="lower left", bbox_to_anchor=(0, 1), ncol=3)
    ax.set_title(title, loc="right", pad=26)  # above the legend row
    return ax


def gender_over_time(data: pd.DataFrame, ax=None, by: str = "month"):
    """Women's share of the quoted people with a known gender per period (line),
    the unknown share (dashed) and the number of people (grey bars, right axis).

    Example:
        >>> df = pd.DataFrame({"month": ["2024-01"] * 3 + ["2024-02"] * 3,
        ...                    "gender": ["female", "male", "unknown"] * 2,
        ...                    "people": [1, 3, 0, 2, 2, 1]})
        >>> [round(float(y), 2) for y in gender_over_time(data=df).lines[0].get_ydata()]
        [0.25, 0.5]
    """
    title = "Women among quoted people over time"
    if is_empty(data) or by not in data:
        return no_data(ax, "no quoted people", title=title)
    ax = get_ax(ax)
    w = _wide(data, by).sort_index()
    known = w["female"] + w["male"]
    total = w.sum(axis=1)
    x = [str(i) for i in w.index]
    counts = ax.twinx()
    counts.bar(x, total, color="0.9", zorder=0)
    counts.set_ylabel("people quoted", color="0.5")
    ax.set_zorder(counts.get_zorder() + 1)
    ax.patch.set_visible(False)
    ax.plot(
        x,
        (w["female"] / known.where(known > 0)).to_numpy(),
        color="C1",
        marker="o",
        label="women, share of known gender",
    )
    ax.plot(
        x,
        (w["unknown"] / total.where(total > 0)).to_numpy(),
        color="0.5",
        ls="--",
        label="unknown gender, share of all",
    )
    ax.set_ylim(0, 1)
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    ax.set_ylabel("share")
    # at most 12 labels, at a step that keeps them on the same month of the year
    step = next((k for k in (1, 2, 3, 4, 6, 12, 24, 60, 120) if len(x) / k <= 12), len(x))
    ax.set_xticks(range(0, len(x), step))
    ax.set_xticklabels(x[::step], rotation=45, ha="right", fontsize="small")
    # above the axes, never over the lines and bars
    ax.legend(frameon=False, fontsize="small", loc="lower left", bbox_to_anchor=(0, 1), ncol=2)
    ax.set_title(title, loc="right", pad=26)  # above the legend row
    return ax
