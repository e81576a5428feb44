"""Corpus overview: how many articles per outlet and period, how long they
are, and which outlets cover which months. Pure functions over the articles
frame from :func:`analysis.load_articles`; notebook 01 charts their output.
"""

from __future__ import annotations

import pandas as pd

from ._frames import typed_empty


def _words(text: pd.Series) -> pd.Series:
    return text.fillna("").astype(str).str.count(r"\S+").astype("int64")


_PERIOD_WORDS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
_OFFSET_TO_PERIOD = {
    "ME": "M",
    "MS": "M",
    "QE": "Q",
    "QS": "Q",
    "YE": "Y",
    "YS": "Y",
    "A": "Y",
    "AS": "Y",
}


def period_freq(freq: str) -> str:
    """A pandas period frequency from a word ("month"), a period code ("M", "2W")
    or an offset alias ("ME", "YS").

    Example:
        >>> [period_freq(f) for f in ("month", "ME", "2W", "YS")]
        ['M', 'M', '2W', 'Y']
    """
    f = str(freq)
    if f.lower() in _PERIOD_WORDS:
        return _PERIOD_WORDS[f.lower()]
    head = f.lstrip("0123456789")
    return f[: len(f) - len(head)] + _OFFSET_TO_PERIOD.get(head.upper(), head)


def period_start(values, freq: str = "M") -> pd.Series:
    """Start of the period (month by default) of each date; NaT stays NaT.

    Dates with a time zone are converted to UTC first. A Series keeps its index.

    Example:
        >>> period_start(pd.to_datetime(pd.Series(["2025-03-14", None]))).tolist()
        [Timestamp('2025-03-01 00:00:00'), NaT]
    """
    dates = pd.to_datetime(
        values if isinstance(values, pd.Series) else pd.Series(values), errors="coerce", utc=True
    ).dt.tz_localize(None)
    return dates.dt.to_period(period_freq(freq)).dt.start_time


_PRECISION_RANK = {"year": 0, "month": 1, "day": 2, "time": 3}
_FREQ_NEEDS = {"Y": 0, "A": 0, "Q": 1, "M": 1, "W": 2, "D": 2, "H": 3}


def precise_dates(articles: pd.DataFrame, freq: str = "M") -> pd.DataFrame:
    """Copy of ``articles`` whose ``published`` is NaT where the date is too coarse for ``freq``.

    A date the loader inferred from a copyright year (``date_precision ==
    "year"``) says nothing about the month: monthly charts must leave it out
    rather than pile it into January. Frames without ``date_precision`` are
    returned unchanged (copied).

    Example:
        >>> df = pd.DataFrame({"published": pd.to_datetime(["2001-01-01", "2025-03-14"]),
        ...                    "date_precision": ["year", "day"]})
        >>> precise_dates(df, "M")["published"].isna().tolist()
        [True, False]
        >>> precise_dates(df, "Y")["published"].isna().tolist()
        [False, False]
    """
    out = articles.copy()
    if "date_precision" not in out or "published" not in out:
        return out
    need = _FREQ_NEEDS.get(period_freq(freq).upper().lstrip("0123456789")[:1], 2)
    rank = out["date_precision"].map(_PRECISION_RANK)
    too_coarse = rank.notna() & (rank < need)
    out["published"] = out["published"].mask(too_coarse)
    return out


def add_period(articles: pd.DataFrame, freq: str = "M", col: str = "period") -> pd.DataFrame:
    """Return a copy with ``col`` = start of the ``published`` period (NaT if unknown).

    Example:
        >>> df = pd.DataFrame({"published": pd.to_datetime(["2025-03-14", None])})
        >>> add_period(df)["period"].dt.strftime("%Y-%m-%d").fillna("NaT").tolist()
        ['2025-03-01', 'NaT']
    """
    out = precise_dates(articles, freq)
    published = out.get("published", pd.Series(pd.NaT, index=out.index))
    out[col] = period_start(published, freq)
    return out


def articles_per_period(
    articles: pd.DataFrame, freq: str = "M", by: str | None = None
) -> pd.DataFrame:
    """Count articles per period (and per ``by`` column, e.g. ``"source"``).

    Articles without a date (or with a date too coarse for ``freq``, see
    :func:`precise_dates`) are left out; their number is in the ``undated``
    attribute of the result (``result.attrs["undated"]``).

    Example:
        >>> df = pd.DataFrame({"published": pd.to_datetime(["2025-03-14", "2025-03-20"]),
        ...                    "source": ["A", "B"]})
        >>> articles_per_period(df)["articles"].tolist()
        [2]
    """
    dated = add_period(articles, freq)
    undated = int(dated["period"].isna().sum())
    dated = dated[dated["period"].notna()]
    keys = ["period"] + ([by] if by else [])
    if dated.empty:
        out = typed_empty(pd.DataFrame(columns=keys + ["articles"]), dated, articles="int64")
    else:
        out = dated.groupby(keys, dropna=False, sort=True).size().rename("articles").reset_index()
    out.attrs["undated"] = undated
    return out


def articles_per_source(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles and words per outlet, most articles first (ties by name).

    Example:
        >>> df = pd.DataFrame({"source": ["A", "B", "A"], "text": ["a b", "c", "d"]})
        >>> articles_per_source(df)[["source", "articles"]].values.tolist()
        [['A', 2], ['B', 1]]
    """
    df = articles.assign(
        source=articles.get("source", pd.Series(dtype=object)).fillna("(unknown)"),
        words=_words(articles.get("text", pd.Series(dtype=object))),
    )
    if df.empty:
        return typed_empty(
            pd.DataFrame(columns=["source", "articles", "words", "share"]),
            None,
            articles="int64",
            words="int64",
            share="float64",
        )
    out = (
        df.groupby("source", sort=True)
        .agg(articles=("source", "size"), words=("words", "sum"))
        .reset_index()
    )
    out["share"] = out["articles"] / out["articles"].sum()
    return out.sort_values(
        ["articles", "source"], ascending=[False, True], kind="mergesort"
    ).reset_index(drop=True)


def article_lengths(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article: article_id, source, words, characters, paragraphs.

    Example:
        >>> df = pd.DataFrame({"article_id": ["x"], "source": ["A"], "text": ["One two.\\n\\nThree."]})
        >>> article_lengths(df)[["words", "paragraphs"]].values.tolist()
        [[3, 2]]
    """
    text = articles.get("text", pd.Series(dtype=object)).fillna("").astype(str)
    return pd.DataFrame(
        {
            "article_id": articles.get("article_id", pd.Series(dtype=object)).values,
            "source": articles.get("source", pd.Series(dtype=object)).values,
            "words": _words(text).values,
            "characters": text.str.len().values,
            "paragraphs": text.str.count(r"\n\s*\n")
            .add((text.str.strip() != "").astype(int))
            .values,
        }
    )


def source_period_table(articles: pd.DataFrame, freq: str = "M") -> pd.DataFrame:
    """Outlets × periods table of article counts (rows: outlets, columns: periods).

    Example:
        >>> df = pd.DataFrame({"published": pd.to_datetime(["2025-03-14", "2025-04-02"]),
        ...                    "source": ["A", "A"]})
        >>> source_period_table(df).values.tolist()
        [[1, 1]]
    """
    counts = articles_per_period(articles, freq, by="source")
    if counts.empty:  # no outlets, no periods: the same axes, with no labels
        return pd.DataFrame(
            index=pd.Index([], dtype="str", name="source"),
            columns=pd.Index([], dtype="str", name="period"),
            dtype="int64",
        )
    table = counts.pivot_table(
        index="source", columns="period", values="articles", aggfunc="sum", fill_value=0
    )
    table.columns = [
        c.strftime("%Y-%m") if freq.upper().startswith("M") else str(c.date())
        for c in table.columns
    ]
    table.columns.name = "period"
    return table.astype("int64")


def sample_titles(articles: pd.DataFrame, n: int = 10, random_state: int = 0) -> pd.DataFrame:
    """A reproducible sample of titles with outlet and date, sorted by date.

    Example:
        >>> df = pd.DataFrame({"article_id": ["a"], "title": ["T"], "source": ["S"],
        ...                    "published": pd.to_datetime(["2025-01-01"])})
        >>> sample_titles(df)["title"].tolist()
        ['T']
    """
    cols = [c for c in ["article_id", "published", "source", "title"] if c in articles]
    if articles.empty:
        return typed_empty(pd.DataFrame(columns=cols), articles)
    pick = articles.sample(n=min(n, len(articles)), random_state=random_state)[cols]
    sort = [c for c in ["published", "article_id"] if c in pick]
    return pick.sort_values(sort, kind="mergesort", na_position="last").reset_index(drop=True)


def top_rows(table: pd.DataFrame, n: int = 20, noun: str = "outlets") -> pd.DataFrame:
    """The ``n`` rows of a counts table (outlets × months, outlets × kinds) with the
    largest totals, largest first (ties by name), then one row summing the rest,
    ``other (k outlets)``: what a report shows of a table its CSV keeps whole.
    Tables of at most ``n + 1`` rows are returned whole, in that order.

    Example:
        >>> t = pd.DataFrame({"2025-01": [1, 5, 2, 1]}, index=pd.Index(list("abcd"), name="source"))
        >>> top_rows(t, n=2)["2025-01"].to_dict()
        {'b': 5, 'c': 2, 'other (2 outlets)': 2}
    """
    totals = table.sum(axis=1, numeric_only=True)
    order = (
        pd.DataFrame({"t": totals.to_numpy(), "k": [str(i) for i in table.index]})
        .sort_values(["t", "k"], ascending=[False, True], kind="mergesort")
        .index
    )
    if len(table) <= n + 1:
        return table.iloc[order]
    head, rest = table.iloc[order[:n]], table.iloc[order[n:]]
    other = rest.sum(numeric_only=True).to_frame(f"other ({len(rest):,} {noun})").T
    out = pd.concat([head, other.astype(head.dtypes.to_dict(), errors="ignore")])
    out.index.name, out.columns.name = table.index.name, table.columns.name
    return out
