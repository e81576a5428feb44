"""view32: the report's tables and charts as a reader sees them in a browser:
no bare row-number column, no "NaN"/"None"/"<NA>" cells, dates that do not wrap,
and one colour per outlet in every chart."""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from analysis import plots  # noqa: E402
from analysis.plots import _base  # noqa: E402
from analysis.report import _html_table, tidy_tables  # noqa: E402


def _page(frame: pd.DataFrame) -> str:
    return f"<html><body>{frame.to_html(classes='dataframe')}</body></html>"


def test_row_numbers_dropped_and_missing_cells_empty():
    df = pd.DataFrame(
        {"source": ["A", "B", None], "mean": [0.1, np.nan, 0.3], "n": pd.array([1, None, 3])},
        index=[7, 41, 3],
    )
    out = tidy_tables(_page(df))
    assert "<th>7</th>" not in out and "<th>41</th>" not in out
    for bad in (">NaN<", ">None<", ">&lt;NA&gt;<", ">nan<"):
        assert bad not in out, bad
    # still one header cell per column, and the values
    assert len(re.findall(r"<th[ >]", out)) == 3 and ">A</td>" in out


def test_a_named_or_text_index_is_kept():
    pivot = pd.DataFrame({"x": [1, 2]}, index=pd.Index([1, 2], name="rank"))
    assert "<th>1</th>" in tidy_tables(_page(pivot))
    by_name = pd.DataFrame({"x": [1, 2]}, index=["Valley Wire", "CBS News"])
    assert "<th>Valley Wire</th>" in tidy_tables(_page(by_name))


def test_dates_do_not_wrap():
    df = pd.DataFrame({"published": ["2025-01-09", "2025-03"], "t": ["a-b", "x"]})
    out = tidy_tables(_page(df))
    assert out.count('style="white-space:nowrap"') == 2
    assert ">a-b</td>" in out and 'nowrap">a-b' not in out


def test_index_page_table_shows_no_nan():
    frame = pd.DataFrame({"path": ["a.csv"], "line": [np.nan], "article_id": [None]})
    out = _html_table(frame)
    assert "nan" not in out.lower() and "None" not in out


def test_an_outlet_has_one_colour_in_every_chart():
    plots.reset_group_colors()
    plots.use_group_colors(["Harbor"] * 5 + ["Metro"] * 4 + ["CBS"] + ["Valley"] * 3)
    months = pd.to_datetime(["2025-01-01", "2025-02-01"])
    per_month = pd.DataFrame(
        {
            "period": list(months) * 4,
            "source": ["Harbor"] * 2 + ["Metro"] * 2 + ["CBS"] * 2 + ["Valley"] * 2,
            "articles": [3, 2, 2, 2, 1, 0, 1, 2],
        }
    )
    ax1 = plots.articles_over_time(data=per_month)
    bars = {c.get_label(): to_hex(c.patches[0].get_facecolor()) for c in ax1.containers}
    tone = pd.DataFrame(
        {
            "source": ["CBS", "Harbor", "Metro", "Valley", "Harbor"],
            "mean_compound": [0.1, -0.2, 0.3, 0.0, 0.4],
        }
    )
    ax2 = plots.tone_distribution(data=tone, hue="source")
    steps = {
        p.get_label().split(" (n=")[0]: to_hex(p.get_edgecolor())
        for p in ax2.patches
        if p.get_label().endswith(")") and "neutral" not in p.get_label()
    }
    over = pd.DataFrame(
        {"source": ["Valley", "CBS", "Metro"], "period": list(months) + [months[0]],
         "mean": [0.1, 0.2, 0.0], "n": [1, 1, 1]}
    )  # fmt: skip
    ax3 = plots.tone_over_time(data=over)
    lines = {ln.get_label(): to_hex(ln.get_color()) for ln in ax3.lines if ln.get_label()[0] != "_"}
    for name in ("Harbor", "Metro", "CBS", "Valley"):
        seen = {d[name] for d in (bars, steps, lines) if name in d}
        assert len(seen) == 1, (name, bars, steps, lines)
    assert bars["Harbor"] == _base.PALETTE[0]  # the largest outlet takes the first colour
    plt.close("all")


def test_group_colors_are_distinct_and_other_is_grey():
    plots.reset_group_colors()
    names = [f"outlet {i}" for i in range(len(_base.PALETTE))] + ["other (9 outlets)", "(unknown)"]
    colors = plots.group_colors(names)
    assert len({colors[n] for n in names[: len(_base.PALETTE)]}) == len(_base.PALETTE)
    assert colors["other (9 outlets)"] == colors["(unknown)"] == _base.OTHER_COLOR
    assert _base.OTHER_COLOR not in _base.PALETTE
    # past the palette, a new name avoids the colours already in its chart
    more = plots.group_colors(["outlet 0", "outlet 1", "late"])
    assert more["late"] not in {more["outlet 0"], more["outlet 1"]}
    plots.reset_group_colors()


def _overlapping(labels_) -> list[tuple[str, str]]:
    fig = labels_[0].figure
    r = fig.canvas.get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(r)) for t in labels_ if t.get_text()]
    return [(a[0], b[0]) for a, b in zip(boxes, boxes[1:], strict=False) if a[1].x1 + 2 > b[1].x0]


def test_count_ticks_side_by_side_never_touch():
    """A one-outlet corpus of 18,773 articles in notebook 01's layout: the narrow
    "Articles per outlet" axis read "0 3000 6000 … 18000" with the labels touching."""
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 4.5), width_ratios=[2, 1])
    plots.articles_by_source(
        data=pd.DataFrame({"source": ["Reuters"], "articles": [18773]}), ax=ax2
    )
    fig.tight_layout()
    fig.canvas.draw()
    ticks = [t for t in ax2.xaxis.get_ticklabels() if t.get_visible()]
    assert len([t for t in ticks if t.get_text()]) >= 2
    assert not _overlapping(ticks), [t.get_text() for t in ticks]
    assert any("," in t.get_text() for t in ticks)  # "18,000", not "18000"
    plt.close(fig)


def test_one_or_two_bars_are_not_slabs():
    """One outlet (a Reuters-only corpus): its bar filled the whole chart height."""
    one = pd.DataFrame({"source": ["Reuters"], "articles": [18773]})
    kinds = pd.DataFrame(
        {"source": ["Reuters"] * 2, "kind": ["direct", "indirect"], "quotes": [1, 3],
         "share": [0.25, 0.75]}
    )  # fmt: skip
    anon = pd.DataFrame(
        {"source": ["Reuters"], "quotes": [4], "anonymous": [1], "anonymous_share": [0.25]}
    )
    for ax in (
        plots.articles_by_source(data=one),
        plots.quote_kind_bars(data=kinds),
        plots.anonymous_share_bars(data=anon),
        plots.share_of_voice(data=pd.DataFrame({"speaker": ["A"], "share": [1.0], "quotes": [3]})),
    ):
        ax.figure.canvas.draw()
        r = ax.figure.canvas.get_renderer()
        frame = ax.get_window_extent(r).height
        for bar in ax.patches:
            assert bar.get_window_extent(r).height <= frame / 4, ax.get_title()
    plt.close("all")


def test_term_heatmap_never_skips_a_month():
    """Reuters has no articles in May 1987: the heatmap went 1987-04, 1987-06."""
    d = pd.DataFrame(
        {"period": pd.to_datetime(["1987-04-01", "1987-06-01"]), "term": ["oil", "oil"],
         "per_1k": [1.0, 3.0]}
    )  # fmt: skip
    ax = plots.term_heatmap(d)
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks == ["1987-04", "1987-05", "1987-06"]
    assert np.ma.is_masked(ax.images[0].get_array()[0, 1])  # no articles: not a zero
    assert ax.figure.axes[-1].get_ylabel() == "per 1,000 terms"
    plt.close("all")


LONG = "The Northfield and Carrow Valley Regional Transit Authority Board of Commissioners"


def test_long_names_are_cut_in_every_label():
    """Tick and legend labels of outlet and speaker charts stay within MAX_LABEL + 1."""
    months = pd.to_datetime(["2025-01-01", "2025-02-01"])
    axes = [
        plots.share_of_voice(data=pd.DataFrame({"speaker": [LONG, "B"], "share": [0.6, 0.4],
                                                "quotes": [3, 2]})),
        plots.articles_by_source(data=pd.DataFrame({"source": [LONG, "B"], "articles": [3, 1]})),
        plots.articles_over_time(data=pd.DataFrame({"period": months, "source": [LONG, "B"],
                                                    "articles": [1, 2]})),
        plots.quote_kind_bars(data=pd.DataFrame({"source": [LONG, LONG], "kind": ["direct", "indirect"],
                                                 "quotes": [1, 3], "share": [0.25, 0.75]})),
        plots.tone_distribution(data=pd.DataFrame({"source": [LONG, "B"], "mean_compound": [0.1, 0.2]}),
                                hue="source"),
        plots.speaker_timeline(data=pd.DataFrame({"period": months, "speaker": [LONG, LONG],
                                                  "quotes": [1, 2]})),
    ]  # fmt: skip
    for ax in axes:
        texts = [t.get_text() for t in ax.get_yticklabels()]
        leg = ax.get_legend()
        if leg is not None:
            texts += [t.get_text().split(" (n=")[0] for t in leg.get_texts()]
        assert any("…" in t for t in texts), (ax.get_title(), texts)
        assert all(len(t) <= _base.MAX_LABEL for t in texts), (ax.get_title(), texts)
    plt.close("all")
