"""report26: report tables write numbers and months as the charts do (thousands
separators, "2021-02" for a monthly period), and the per-outlet bar charts give
each outlet the colour it has in every other chart."""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from analysis import plots  # noqa: E402
from analysis.plots import _base  # noqa: E402
from analysis.report import tidy_tables  # noqa: E402


def _cells(page: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", page)]


def test_whole_numbers_get_thousands_separators():
    df = pd.DataFrame(
        {"speaker": ["Jo Roe", "Al Poe"], "words": [1821191, 950], "quotes": [24114, 12]}
    )
    cells = _cells(tidy_tables(df.to_html(classes="dataframe")))
    assert cells == ["Jo Roe", "1,821,191", "24,114", "Al Poe", "950", "12"]


def test_floats_keep_decimals_and_small_numbers_stay():
    df = pd.DataFrame({"mean": [0.123, -1234.5], "n": [3, -12000]})
    cells = _cells(tidy_tables(df.to_html(classes="dataframe")))
    assert cells == ["0.123", "3", "-1,234.500", "-12,000"]


def test_ids_years_and_ranks_keep_their_digits():
    df = pd.DataFrame(
        {
            "article_id": ["20210", "31337"],
            "sentence_id": [1234, 5678],
            "year": [2021, 2022],
            "rank": [1001, 1002],
            "count": [2021, 2022],
        }
    )
    cells = _cells(tidy_tables(df.to_html(classes="dataframe")))
    assert cells == [
        "20210",
        "1234",
        "2021",
        "1001",
        "2,021",
        "31337",
        "5678",
        "2022",
        "1002",
        "2,022",
    ]


def test_index_labels_untouched_and_named_index_columns_found():
    pivot = pd.DataFrame({"direct": [15000, 3], "indirect": [2, 4]}, index=["Outlet A", "1999"])
    pivot.index.name = "source"
    page = tidy_tables(pivot.to_html(classes="dataframe"))
    assert _cells(page) == ["15,000", "2", "3", "4"]
    assert "<th>1999</th>" in page


def test_monthly_periods_read_as_months():
    periods = pd.to_datetime(["2021-02-01", "2021-03-01", "2021-04-01"])
    df = pd.DataFrame({"source": ["A", "A", "B"], "period": periods, "n": [1, 2, 3]})
    cells = _cells(tidy_tables(df.to_html(classes="dataframe")))
    assert cells[1::3] == ["2021-02", "2021-03", "2021-04"]
    one = pd.DataFrame({"period": pd.to_datetime(["2021-02-01"]), "n": [1]})
    assert _cells(tidy_tables(one.to_html(classes="dataframe")))[0] == "2021-02"


def test_real_dates_stay_days():
    days = pd.to_datetime(["2021-02-01", "2021-02-17"])
    df = pd.DataFrame({"published": days, "title": ["One", "Two"]})
    assert _cells(tidy_tables(df.to_html(classes="dataframe")))[0::2] == [
        "2021-02-01",
        "2021-02-17",
    ]
    # a single day that happens to be the first of a month, not in a period column
    one = pd.DataFrame({"published": pd.to_datetime(["2021-02-01"]), "title": ["One"]})
    assert _cells(tidy_tables(one.to_html(classes="dataframe")))[0] == "2021-02-01"


def test_month_cells_with_missing_values():
    periods = pd.to_datetime(["2021-02-01", None, "2021-05-01"])
    df = pd.DataFrame({"period": periods, "n": [1, 2, 3]})
    cells = _cells(tidy_tables(df.to_html(classes="dataframe")))
    assert cells[0::2] == ["2021-02", "", "2021-05"]


def _bar_colors(ax) -> list[str]:
    return [to_hex(p.get_facecolor()) for p in ax.patches]


def test_articles_by_source_bars_use_outlet_colours():
    plots.reset_group_colors()
    colors = plots.use_group_colors(["Beta"] * 5 + ["Alpha"] * 3 + ["Gamma"])
    df = pd.DataFrame({"source": ["Alpha", "Beta", "Gamma"], "articles": [3, 5, 1]})
    ax = plots.articles_by_source(data=df)
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert _bar_colors(ax) == [colors[n] for n in names]
    assert len(set(_bar_colors(ax))) == 3
    plt.close("all")


def test_articles_by_source_other_bar_is_grey():
    plots.reset_group_colors()
    df = pd.DataFrame({"source": list("ABCDE"), "articles": [9, 8, 7, 6, 5]})
    ax = plots.articles_by_source(data=df, top=2)
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names[0].startswith("other (")
    assert _bar_colors(ax)[0] == _base.OTHER_COLOR
    assert len(set(_bar_colors(ax)[1:])) == 2
    plt.close("all")


def test_anonymous_share_bars_use_outlet_colours():
    plots.reset_group_colors()
    colors = plots.use_group_colors(["Alpha"] * 4 + ["Beta"] * 2)
    df = pd.DataFrame(
        {
            "source": ["Beta", "Alpha"],
            "quotes": [10, 4],
            "anonymous": [2, 1],
            "anonymous_share": [0.2, 0.25],
        }
    )
    ax = plots.anonymous_share_bars(data=df)
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names == ["Alpha", "Beta"]  # most quotes on top: Beta drawn last
    assert _bar_colors(ax) == [colors["Alpha"], colors["Beta"]]
    plt.close("all")


def test_speakers_notebook_gives_outlets_their_colours_first():
    import json
    from pathlib import Path

    nb = json.loads(Path(__file__).parents[1].joinpath("notebooks/03-speakers.ipynb").read_text())
    setup = "".join(nb["cells"][2]["source"])
    assert 'plots.use_group_colors(articles.get("source", []))' in setup


def _counting_encoder(monkeypatch):
    from analysis import _tokens

    calls = []
    real = _tokens.encode_corpus

    def counted(*a, **k):
        calls.append(1)
        return real(*a, **k)

    monkeypatch.setattr(_tokens, "encode_corpus", counted)
    return calls


_TEXTS = [
    "The harbour council voted on the ferry budget. The ferry budget passed.",
    "Ferry riders asked the council about the harbour budget and the new pier.",
    "A new pier opened on the harbour front; ferry riders crowded the pier.",
    "The council budget for the pier and the ferry was debated for hours.",
]


def test_top_terms_trends_and_topics_encode_the_same_texts_once(monkeypatch):
    import analysis
    from analysis import terms

    terms._LAST_MATRIX.clear()
    calls = _counting_encoder(monkeypatch)
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d"],
            "text": _TEXTS,
            "published": pd.to_datetime(["2021-01-05", "2021-02-07", "2021-02-09", "2021-03-01"]),
        }
    )
    top = analysis.top_terms(arts, n=5)
    first = analysis.top_terms(arts, n=5)
    terms.term_trends(arts, top["term"].tolist(), freq="M")
    analysis.topics(arts, k=2)
    assert len(calls) == 1
    assert first.equals(top)
    analysis.top_terms(arts.assign(text=[t.upper() for t in _TEXTS]), n=5)
    assert len(calls) == 2  # other texts: encoded again


def test_kept_matrix_is_not_shared_with_callers():
    from analysis import terms

    terms._LAST_MATRIX.clear()
    x, names = terms._doc_term_matrix(_TEXTS)
    x.data[:] = 0
    names[:] = "changed"
    again, names_again = terms._doc_term_matrix(_TEXTS)
    assert again.sum() > 0 and "changed" not in set(names_again)
