"""Charts a journalist could publish (issue 15): every defect found on a real corpus
has a test on the drawn Axes — tick labels unique and not overlapping (measured
with the renderer's bounding boxes), percent labels distinct, bands inside the
score's range, labels inside the axes and apart, integer count/sentence ticks,
one display of missing values and one "no data: <reason>" message."""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.collections import PolyCollection  # noqa: E402
from matplotlib.text import Annotation  # noqa: E402

from analysis import plots  # noqa: E402
from analysis.plots._base import MISSING, PercentFormatter  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _visible_ticklabels(ax, which):
    axis = ax.xaxis if which == "x" else ax.yaxis
    lo, hi = sorted(axis.get_view_interval())
    out = []
    for tick in axis.get_major_ticks():
        loc = tick.get_loc()
        label = tick.label1
        if label.get_visible() and label.get_text() and lo - 1e-9 <= loc <= hi + 1e-9:
            out.append(label)
    return out


def _overlap(a, b, tol=0.5) -> bool:
    return a.x0 + tol < b.x1 and b.x0 + tol < a.x1 and a.y0 + tol < b.y1 and b.y0 + tol < a.y1


def assert_readable(ax):
    """Tick labels unique and apart, annotations inside the axes and apart, no raw
    missing-value spelling anywhere."""
    fig = ax.figure
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    for which in "xy":
        labs = _visible_ticklabels(ax, which)
        texts = [t.get_text() for t in labs]
        assert len(texts) == len(set(texts)), (which, texts)
        boxes = [t.get_window_extent(r) for t in labs]
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                assert not _overlap(boxes[i], boxes[j]), (which, texts[i], texts[j])
    frame = ax.get_window_extent(r)
    anns = [t for t in ax.texts if isinstance(t, Annotation) and t.get_visible()]
    boxes = [a.get_window_extent(r) for a in anns]
    for a, b in zip(anns, boxes, strict=True):
        assert frame.x0 - 1 <= b.x0 and b.x1 <= frame.x1 + 1, a.get_text()
        assert frame.y0 - 1 <= b.y0 and b.y1 <= frame.y1 + 1, a.get_text()
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            assert not _overlap(boxes[i], boxes[j]), (anns[i].get_text(), anns[j].get_text())
    everything = [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
    for t in everything:
        assert not re.search(r"\b(None|nan|NaN|NaT)\b", t), t


# ---- percent axes -------------------------------------------------------------------


@pytest.mark.parametrize("top", [0.004, 0.012, 0.025, 0.3, 1.0])
def test_share_of_voice_percent_labels_are_distinct(top):
    shares = np.linspace(top, top / 10, 8)
    df = pd.DataFrame(
        {
            "speaker": [f"Person {k}" for k in range(8)],
            "speaker_type": "person",
            "quotes": range(80, 0, -10),
            "share": shares,
        }
    )
    ax = plots.share_of_voice(data=df)
    assert_readable(ax)
    labs = [t.get_text() for t in _visible_ticklabels(ax, "x")]
    assert len(labs) >= 3 and all(t.endswith("%") for t in labs)


@pytest.mark.parametrize("top", [0.021, 0.09])
def test_anonymous_and_kind_percent_labels_are_distinct(top):
    anon = pd.DataFrame(
        {
            "source": ["A", "B", None],
            "quotes": [200, 100, 50],
            "anonymous": [1, 2, 1],
            "anonymous_share": [top / 4, top, top / 2],
        }
    )
    ax = plots.anonymous_share_bars(data=anon)
    assert_readable(ax)
    assert MISSING in [t.get_text() for t in ax.get_yticklabels()]
    kinds = pd.DataFrame(
        {
            "source": ["A", "A", None],
            "kind": ["direct", "indirect", "direct"],
            "quotes": [1, 3, 2],
            "share": [0.25, 0.75, 1.0],
        }
    )
    assert_readable(plots.quote_kind_bars(data=kinds))


def test_percent_formatter_uses_fewest_decimals_that_keep_labels_apart():
    f = PercentFormatter()
    assert f.format_ticks([0, 0.01, 0.02]) == ["0%", "1%", "2%"]
    assert f.format_ticks([0, 0.0025, 0.005]) == ["0.00%", "0.25%", "0.50%"]
    assert f.format_ticks([-0.0, 0.5]) == ["0%", "50%"]


# ---- scatter labels and the log axis ------------------------------------------------


def _distinctive(n_same=12):
    rng = np.random.default_rng(0)
    terms = [f"term{k}" for k in range(40)]
    z = np.round(rng.normal(0, 2, 40), 2)
    freq = rng.integers(2, 9, 40)
    z[:n_same], freq[:n_same] = 3.0, 2  # a dozen terms on one point (one label)
    freq[-1], z[-1] = 9, 3.9  # strongest point at the right edge
    return pd.DataFrame({"term": terms, "z": z, "frequency": freq, "group": "x"})


def test_scatter_labels_do_not_overlap_or_leave_the_axes():
    d = _distinctive()
    fig, ax = plt.subplots(figsize=(5, 3.5))  # small on purpose
    plots.distinctive_terms_scatter(data=d, ax=ax, n_labels=15)
    assert_readable(ax)
    texts = [t.get_text() for t in ax.texts if isinstance(t, Annotation)]
    assert "term39" in texts  # the strongest point is labelled, inside the axes
    assert sum("term0" in t or "term1," in t for t in texts) <= 1  # one label per point
    assert any(t.endswith(f"+{12 - 2}") for t in texts)


@pytest.mark.parametrize("span", [(2, 9), (2, 4), (1, 1), (3, 5000)])
def test_log_axis_reads_as_plain_numbers(span):
    d = _distinctive()
    d["frequency"] = np.linspace(*span, len(d)).round()
    ax = plots.distinctive_terms_scatter(data=d)
    assert_readable(ax)
    labs = [t.get_text() for t in _visible_ticklabels(ax, "x")]
    assert len(labs) >= 2 and all(re.fullmatch(r"[\d,.]+", t) for t in labs), labs
    minor = [t.get_text() for t in ax.xaxis.get_minorticklabels() if t.get_visible()]
    assert not any(t for t in minor), minor


# ---- confidence bands ---------------------------------------------------------------


def _tone_frame(n):
    periods = pd.date_range("2025-01-01", periods=4, freq="MS")
    return pd.DataFrame(
        {
            "source": ["A"] * 4,
            "period": periods,
            "n": [n] * 4,
            "mean": [0.2, 0.1, 0.3, 0.2],
            "ci_low": [-2.93, -0.5, -1.5, -0.2],
            "ci_high": [3.32, 0.7, 1.9, 0.6],
        }
    )


def test_bands_stay_inside_the_score_range():
    ax = plots.tone_over_time(data=_tone_frame(5))
    polys = [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert polys
    for c in polys:
        for path in c.get_paths():
            ys = path.vertices[:, 1]
            assert ys.min() >= -1 and ys.max() <= 1
    lo, hi = ax.get_ylim()
    assert -1.05 <= lo and hi <= 1.05
    assert_readable(ax)


def test_no_band_from_two_articles():
    ax = plots.tone_over_time(data=_tone_frame(2))
    polys = [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert not any(len(p.vertices) for c in polys for p in c.get_paths())
    lo, hi = ax.get_ylim()
    assert hi - lo < 1.2  # the axis fits the means, not a band spanning [-1, 1]


def test_speaker_error_bars_inside_range_and_only_from_three_quotes():
    df = pd.DataFrame(
        {
            "speaker": ["A", "B", None],
            "n": [2, 10, 4],
            "mean": [0.5, -0.1, 0.2],
            "ci_low": [-2.5, -1.4, 0.0],
            "ci_high": [3.1, 0.9, 0.4],
        }
    )
    ax = plots.speaker_tone_bars(data=df)
    assert_readable(ax)
    segs = [s for c in ax.collections for s in getattr(c, "get_segments", list)()]
    xs = np.concatenate([np.asarray(s)[:, 0] for s in segs])
    assert xs.min() >= -1 and xs.max() <= 1
    # A (n=2) has no error bar: its bar's row (top) carries a zero-length segment
    assert any(np.ptp(np.asarray(s)[:, 0]) == 0 for s in segs)
    assert MISSING + " (n=4)" in [t.get_text() for t in ax.get_yticklabels()]


# ---- month labels and integer ticks -------------------------------------------------


@pytest.mark.parametrize("months", [3, 14, 40])
def test_month_labels_never_collide(months):
    periods = pd.date_range("2024-01-01", periods=months, freq="MS")
    tone = pd.DataFrame(
        {
            "source": np.tile(["A", "B"], months),
            "period": np.repeat(periods, 2),
            "n": 5,
            "mean": 0.1,
            "ci_low": 0.0,
            "ci_high": 0.2,
        }
    )
    fig, axes = plt.subplots(1, 3, figsize=(12, 3))
    plots.tone_over_time(data=tone, ax=axes[0])
    counts = pd.DataFrame(
        {"period": np.repeat(periods, 2), "source": np.tile(["A", None], months), "articles": 3}
    )
    plots.articles_over_time(data=counts, ax=axes[1])
    quotes = pd.DataFrame({"period": periods, "speaker": "A", "quotes": 2})
    plots.speaker_timeline(data=quotes, ax=axes[2])
    fig.tight_layout()
    for ax in axes:
        assert_readable(ax)
        assert len(_visible_ticklabels(ax, "x")) >= 2


def test_string_periods_are_thinned_not_piled():
    periods = [f"2025-W{k:02d}" for k in range(1, 41)]
    counts = pd.DataFrame({"period": periods, "source": "A", "articles": 1})
    fig, ax = plt.subplots(figsize=(6, 3))
    plots.articles_over_time(data=counts, ax=ax)
    assert_readable(ax)


def test_sentence_and_count_axes_have_integer_ticks():
    arc = pd.DataFrame(
        {"article_id": "a", "sentence_id": range(18), "compound": np.linspace(-0.5, 0.5, 18)}
    )
    ax = plots.sentence_arc(data=arc)
    assert_readable(ax)
    labs = [t.get_text() for t in _visible_ticklabels(ax, "x")]
    assert labs and all(re.fullmatch(r"-?\d+", t.replace("\u2212", "-")) for t in labs), labs
    quotes = pd.DataFrame(
        {"period": pd.date_range("2025-01-01", periods=3, freq="MS"), "speaker": "A", "quotes": 1}
    )
    ax = plots.speaker_timeline(data=quotes)
    assert_readable(ax)
    labs = [t.get_text() for t in _visible_ticklabels(ax, "y")]
    assert labs and all(re.fullmatch(r"\d+", t) for t in labs), labs


# ---- one display of missing values, one empty message -------------------------------


def test_missing_group_values_read_unknown_everywhere():
    tone = pd.DataFrame({"mean_compound": [0.1, -0.2, 0.3], "source": ["A", None, np.nan]})
    ax = plots.tone_distribution(data=tone, hue="source")
    assert_readable(ax)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any(t.startswith(MISSING) for t in legend) and len(legend) == 3
    by_src = pd.DataFrame({"source": ["A", None], "articles": [2, 1]})
    ax = plots.articles_by_source(data=by_src)
    assert MISSING in [t.get_text() for t in ax.get_yticklabels()]
    assert_readable(ax)
    topics = pd.DataFrame({"source": ["x", None], "label": ["t0", "t0"], "share": [0.5, 0.2]})
    ax = plots.topic_heatmap(data=topics)
    assert MISSING in [t.get_text() for t in ax.get_xticklabels()]


def _empty_calls():
    e = pd.DataFrame()
    return {
        "articles_over_time": lambda: plots.articles_over_time(data=e),
        "articles_by_source": lambda: plots.articles_by_source(data=e),
        "length_distribution": lambda: plots.length_distribution(data=e),
        "tone_distribution": lambda: plots.tone_distribution(data=e),
        "tone_over_time": lambda: plots.tone_over_time(data=e),
        "tone_over_time_nan": lambda: plots.tone_over_time(
            data=pd.DataFrame({"period": pd.to_datetime(["2025-01-01"]), "mean": [np.nan]})
        ),
        "sentence_arc": lambda: plots.sentence_arc(data=e),
        "share_of_voice": lambda: plots.share_of_voice(data=e),
        "anonymous_share_bars": lambda: plots.anonymous_share_bars(data=e),
        "speaker_timeline": lambda: plots.speaker_timeline(data=e),
        "speaker_timeline_zero": lambda: plots.speaker_timeline(
            data=pd.DataFrame(
                {"period": pd.to_datetime(["2025-01-01"]), "speaker": ["A"], "quotes": [0]}
            )
        ),
        "co_quotation_heatmap": lambda: plots.co_quotation_heatmap(data=e),
        "quote_kind_bars": lambda: plots.quote_kind_bars(data=e),
        "speaker_tone_bars": lambda: plots.speaker_tone_bars(data=e),
        "top_terms_bar": lambda: plots.top_terms_bar(data=e),
        "term_heatmap": lambda: plots.term_heatmap(data=e),
        "distinctive_terms_scatter": lambda: plots.distinctive_terms_scatter(data=e),
        "topic_shares_over_time": lambda: plots.topic_shares_over_time(data=e),
        "topic_heatmap": lambda: plots.topic_heatmap(data=e),
    }


@pytest.mark.parametrize("name", list(_empty_calls()))
def test_every_empty_chart_says_why_the_same_way(name):
    ax = _empty_calls()[name]()
    msgs = [t.get_text() for t in ax.texts]
    assert len(msgs) == 1 and re.fullmatch(r"no data: \S.*", msgs[0]), msgs
    assert ax.get_title()  # the section keeps its title
    assert not ax.lines and not ax.patches and not ax.collections and not ax.images


def test_every_public_chart_is_covered_by_the_empty_test():
    import inspect

    from analysis.plots import corpus, sentiment, speakers, terms

    public = {
        name
        for mod in (corpus, sentiment, speakers, terms)
        for name, fn in inspect.getmembers(mod, inspect.isfunction)
        if fn.__module__ == mod.__name__ and not name.startswith("_")
    }
    covered = {n.rsplit("_nan", 1)[0].rsplit("_zero", 1)[0] for n in _empty_calls()}
    assert public and public - covered == set()


def test_context_columns_have_no_line_breaks():
    from analysis.speakers import speaker_quotes

    text = "First paragraph ends here.\n\n\u201cWe will win,\u201d Ann Lee said.\n\nNext one."
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "title": ["t"]})
    q = pd.DataFrame(
        {
            "article_id": ["a"],
            "speaker": ["Ann Lee"],
            "speaker_id": ["Ann Lee"],
            "start": [text.index("We")],
            "end": [text.index(",\u201d")],
            "quote": ["We will win"],
            "kind": ["direct"],
        }
    )
    out = speaker_quotes(q, arts, "Ann Lee", context=40)
    for col in ("before", "after"):
        v = out[col].iloc[0]
        assert "\n" not in v and v.strip(), (col, v)
