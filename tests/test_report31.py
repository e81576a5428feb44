"""The report at scale (report31): charts and tables shown in the report draw at
most the top N groups (outlets) plus one pooled "other" group, so the drawing
work is (N + 1) x periods, not outlets x periods; the data written to CSV keeps
every outlet. Corpora are generated here (no corpus text)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import corpus as overview  # noqa: E402
from analysis import plots  # noqa: E402
from analysis.plots._base import MAX_GROUPS, other_label, top_groups  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _articles(n_sources: int, n_months: int, per: int = 1) -> pd.DataFrame:
    """``per`` articles per outlet and month; outlet k has k + 1 extra in month 0."""
    rows = []
    for s in range(n_sources):
        for m in range(n_months):
            for _ in range(per + (s + 1 if m == 0 else 0)):
                rows.append((f"Outlet {s:04d}", pd.Timestamp(2000 + m // 12, m % 12 + 1, 15)))
    df = pd.DataFrame(rows, columns=["source", "published"])
    df["article_id"] = [f"a{i}" for i in range(len(df))]
    df["title"] = "t"
    return df


def _legend_texts(ax):
    leg = ax.get_legend()
    return [t.get_text() for t in leg.get_texts()] if leg else []


def _outside_right(ax) -> bool:
    ax.figure.canvas.draw()
    r = ax.figure.canvas.get_renderer()
    return ax.get_legend().get_window_extent(r).x0 >= ax.get_window_extent(r).x1


def test_top_groups_keeps_the_largest_and_pools_the_rest():
    vals = ["A"] * 5 + ["B"] * 3 + ["C", "D", None]
    out = top_groups(vals, n=2)
    assert out[:8] == ["A"] * 5 + ["B"] * 3
    assert set(out[8:]) == {other_label(3)}
    # by weight, ties by name
    assert top_groups(["x", "y", "z"], weights=[1, 9, 1], n=1) == [
        other_label(2),
        "y",
        other_label(2),
    ]
    # pooling a single group would hide a name and save nothing
    assert top_groups(["a", "b", "c"], n=2) == ["a", "b", "c"]


def test_articles_over_time_draws_top_outlets_plus_other_per_month():
    arts = _articles(200, 12)
    per_month = overview.articles_per_period(arts, freq="M", by="source")
    ax = plots.articles_over_time(data=per_month)
    # work: (N + 1) groups x 12 months bars, not 200 x 12
    assert len(ax.patches) == (MAX_GROUPS + 1) * 12
    legend = _legend_texts(ax)
    assert len(legend) == MAX_GROUPS + 1
    assert legend[-1] == other_label(200 - MAX_GROUPS)
    assert legend[0] == "Outlet 0199"  # the largest outlet first
    heights = sum(p.get_height() for p in ax.patches)
    assert heights == len(arts)  # nothing lost in the pooling
    assert _outside_right(ax)


def test_articles_by_source_draws_top_outlets_plus_other():
    arts = _articles(300, 2).assign(text="a b c")
    per_source = overview.articles_per_source(arts)
    assert len(per_source) == 300  # the table (CSV) keeps every outlet
    ax = plots.articles_by_source(data=per_source)
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert len(ax.patches) == MAX_GROUPS + 1
    assert names[0] == other_label(300 - MAX_GROUPS)  # bottom bar
    assert names[-1] == "Outlet 0299"  # top bar: most articles
    assert sum(p.get_width() for p in ax.patches) == len(arts)


def test_few_outlets_are_all_drawn():
    arts = _articles(MAX_GROUPS + 1, 3)
    ax = plots.articles_over_time(data=overview.articles_per_period(arts, by="source"))
    assert not any(t.startswith("other") for t in _legend_texts(ax))
    assert len(_legend_texts(ax)) == MAX_GROUPS + 1


def test_monthly_bars_over_twenty_years_have_readable_ticks():
    arts = _articles(100, 240)
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 4.5), width_ratios=[2, 1])
    plots.articles_over_time(data=overview.articles_per_period(arts, by="source"), ax=ax1)
    plots.articles_by_source(data=overview.articles_per_source(arts.assign(text="x")), ax=ax2)
    fig.tight_layout()
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    for ax, which in ((ax1, "x"), (ax2, "y")):
        axis = ax.xaxis if which == "x" else ax.yaxis
        lo, hi = sorted(axis.get_view_interval())
        boxes = [
            t.label1.get_window_extent(r)
            for t in axis.get_major_ticks()
            if t.label1.get_text() and lo <= t.get_loc() <= hi
        ]
        assert 2 <= len(boxes) <= 12
        for a, b in zip(boxes, boxes[1:], strict=False):
            assert not a.overlaps(b)
    assert len(ax1.patches) == (MAX_GROUPS + 1) * 240
    # the legend sits right of the bars, clear of the second chart
    leg = ax1.get_legend().get_window_extent(r)
    assert leg.x0 >= ax1.get_window_extent(r).x1
    assert leg.x1 <= ax2.get_tightbbox(r).x0 + 1


def test_tone_distribution_and_over_time_pool_small_outlets():
    rng = np.random.default_rng(0)
    n = 60
    tone = pd.DataFrame(
        {
            "source": [f"S{i % n:02d}" for i in range(600)],
            "mean_compound": rng.uniform(-1, 1, 600),
        }
    )
    ax = plots.tone_distribution(data=tone, hue="source")
    legend = _legend_texts(ax)
    groups = [t for t in legend if not t.startswith("neutral")]
    assert len(groups) == plots.sentiment.TONE_GROUPS + 1
    assert groups[-1].startswith(other_label(n - plots.sentiment.TONE_GROUPS))
    assert _outside_right(ax)
    by = pd.DataFrame(
        {
            "source": [f"S{s:02d}" for s in range(n) for _ in range(3)],
            "period": list(pd.to_datetime(["2020-01-01", "2020-02-01", "2020-03-01"])) * n,
            "n": [s + 1 for s in range(n) for _ in range(3)],
            "mean": [0.5 if s % 2 else -0.5 for s in range(n) for _ in range(3)],
            "ci_low": -0.9,
            "ci_high": 0.9,
        }
    )
    ax = plots.tone_over_time(data=by)
    assert len(ax.lines) == plots.sentiment.TONE_GROUPS + 1 + 1  # + the zero line
    pooled = by[~by["source"].isin([f"S{s:02d}" for s in range(n - 6, n)])]
    want = (pooled["n"] * pooled["mean"]).sum() / pooled["n"].sum() * 3 / 3
    other = next(ln for ln in ax.lines if ln.get_label().startswith("other"))
    assert np.allclose(other.get_ydata(), want)


def test_anonymous_and_kind_bars_pool_small_outlets():
    n = 40
    anon = pd.DataFrame(
        {
            "source": [f"S{s:02d}" for s in range(n)],
            "quotes": [s + 2 for s in range(n)],
            "anonymous": [1] * n,
        }
    )
    anon["anonymous_share"] = anon["anonymous"] / anon["quotes"]
    ax = plots.anonymous_share_bars(data=anon)
    assert len(ax.patches) == MAX_GROUPS + 1
    rest = anon.iloc[: n - MAX_GROUPS]
    assert ax.patches[0].get_width() == pytest.approx(  # the bottom bar
        rest["anonymous"].sum() / rest["quotes"].sum()
    )
    kinds = pd.DataFrame(
        {
            "source": [f"S{s:02d}" for s in range(n) for _ in range(2)],
            "kind": ["direct", "indirect"] * n,
            "quotes": [q for s in range(n) for q in (s + 1, 1)],
        }
    )
    kinds["share"] = kinds["quotes"] / kinds.groupby("source")["quotes"].transform("sum")
    ax = plots.quote_kind_bars(data=kinds)
    assert len(ax.patches) == 2 * (MAX_GROUPS + 1)
    rows = {}
    for p in ax.patches:
        rows[round(p.get_y(), 6)] = rows.get(round(p.get_y(), 6), 0) + p.get_width()
    assert np.allclose(list(rows.values()), 1.0)  # every bar, "other" too, adds up to 100%
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names[0] == other_label(n - MAX_GROUPS)  # the pooled bar at the bottom


def test_topic_heatmap_columns_are_capped():
    n = 50
    d = pd.DataFrame(
        {
            "source": [f"S{s:02d}" for s in range(n) for _ in range(2)],
            "label": ["t0", "t1"] * n,
            "share": [0.25, 0.75] * n,
            "n_docs": [s + 1 for s in range(n) for _ in range(2)],
        }
    )
    ax = plots.topic_heatmap(d)
    cols = [t.get_text() for t in ax.get_xticklabels()]
    assert len(cols) == MAX_GROUPS + 1 and cols[-1] == other_label(n - MAX_GROUPS)
    assert np.allclose(ax.images[0].get_array()[:, -1], [0.25, 0.75])


def test_top_rows_shows_top_outlets_and_sums_the_rest():
    arts = _articles(500, 6)
    table = overview.source_period_table(arts)
    assert table.shape == (500, 6)  # the CSV keeps every outlet
    shown = overview.top_rows(table, n=20)
    assert len(shown) == 21
    assert shown.index[0] == "Outlet 0499" and shown.index[-1] == other_label(480)
    assert shown.sum().tolist() == table.sum().tolist()
    assert list(shown.columns) == list(table.columns)
    small = overview.top_rows(table.head(5), n=20)
    assert len(small) == 5 and not any("other" in str(i) for i in small.index)


def test_notebooks_show_capped_tables():
    import json
    from pathlib import Path

    nb = Path(__file__).resolve().parent.parent / "notebooks" / "01-corpus-overview.ipynb"
    src = "".join("".join(c["source"]) for c in json.loads(nb.read_text())["cells"])
    assert "top_rows(by_month" in src


def test_gender_bars_pool_the_rest_and_over_time_legend_clear_of_data():
    n = 40
    src = pd.DataFrame(
        {
            "source": [f"O{s:02d}" for s in range(n) for _ in range(3)],
            "gender": ["female", "male", "unknown"] * n,
            "people": [s + 1 for s in range(n) for _ in range(3)],
        }
    )
    ax = plots.gender_share_bars(data=src, top=10)
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert len(names) == 11 and names[0] == other_label(30)
    assert ax.texts[0].get_text().endswith(f"(n={3 * sum(range(1, 31)):,})")
    months = [f"{2000 + m // 12}-{m % 12 + 1:02d}" for m in range(240)]
    df = pd.DataFrame(
        {
            "month": [m for m in months for _ in range(3)],
            "gender": ["female", "male", "unknown"] * 240,
            "people": [30, 50, 20] * 240,
        }
    )
    ax = plots.gender_over_time(data=df)
    ax.figure.canvas.draw()
    r = ax.figure.canvas.get_renderer()
    leg = ax.get_legend().get_window_extent(r)
    assert leg.y0 >= ax.get_window_extent(r).y1 - 1
    assert not leg.overlaps(ax.title.get_window_extent(r))  # title above the legend row
    shown = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert len(shown) <= 12 and {s[5:] for s in shown} == {"01"}  # every label a January
