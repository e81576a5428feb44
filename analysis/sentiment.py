"""Sentiment: this module owns VADER tone scores for any frame with a text column
(``score_sentiment``) and the tone aggregates built on them: per article
(``article_tone``), per group and period with confidence intervals
(``tone_by``), per quoted speaker (``speaker_tone``) and toward a term
(``sentiment_toward``).

Scores are vaderSentiment 3.3.2's ``polarity_scores`` reproduced exactly (see
:mod:`analysis._vader`) but computed in one vectorised batch over the distinct
texts. VADER was built for social media; on news sentences it is a rough
signal: averages over many sentences are meaningful, single scores are not.
"""

from __future__ import annotations

import functools
import math
import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ._frames import check_frame, typed_empty
from ._vader import score_texts
from .corpus import period_start

__all__ = [
    "score_sentiment",
    "article_tone",
    "tone_by",
    "speaker_tone",
    "sentiment_toward",
    "extreme_sentences",
]

SCORE_COLUMNS = ["neg", "neu", "pos", "compound"]
POSITIVE = 0.05  # VADER's conventional thresholds on compound
NEGATIVE = -0.05


def _clean_texts(values) -> list[str]:
    out = []
    for x in values:
        if isinstance(x, str):
            out.append(x)
        elif x is None or (isinstance(x, float) and np.isnan(x)) or x is pd.NA or x is pd.NaT:
            out.append("")
        else:
            out.append(str(x))
    return out


def _scores(values) -> np.ndarray:
    """(n, 4) array of neg, neu, pos, compound for an iterable of texts, one score per distinct text."""
    try:
        # str columns are Arrow-backed in pandas 3: no Python object per text
        arr = pa.array(values, type=pa.large_string(), from_pandas=True)
    except (pa.ArrowException, TypeError, ValueError, UnicodeEncodeError):
        arr = None
    if arr is not None:
        if len(arr) == 0:
            return np.zeros((0, 4))
        enc = pc.dictionary_encode(pc.fill_null(arr, ""))
        codes = enc.indices.to_numpy(zero_copy_only=False)
        return score_texts(enc.dictionary)[codes]
    texts = _clean_texts(values)
    if not texts:
        return np.zeros((0, 4))
    codes, uniques = pd.factorize(pd.Series(texts, dtype=object), sort=False)
    return score_texts(list(uniques))[codes]


def score_sentiment(frame, text_col: str = "text") -> pd.DataFrame:
    """Add VADER ``neg, neu, pos, compound`` to every row of ``frame``.

    Returns a new frame with the same rows in the same order. Scores equal
    ``vaderSentiment`` 3.3.2's ``polarity_scores`` on each text; missing text
    scores like ``""`` (all zero). A list/Series/str is wrapped into a frame
    with a ``text`` column.

    Example:
        >>> import pandas as pd
        >>> score_sentiment(pd.DataFrame({"text": ["The book was good.", ""]}))
                         text  neg    neu    pos  compound
        0  The book was good.  0.0  0.508  0.492    0.4404
        1                      0.0  0.000  0.000    0.0000
    """
    if isinstance(frame, str):
        frame = pd.DataFrame({text_col: [frame]})
    elif isinstance(frame, pd.Series):
        frame = frame.to_frame(name=text_col)
    elif not isinstance(frame, pd.DataFrame):
        frame = pd.DataFrame({text_col: list(frame)})
    check_frame(frame, "score_sentiment", "input", (text_col,))
    out = frame.copy()
    if text_col not in out.columns:
        raise KeyError(f"score_sentiment: no column {text_col!r}")
    sc = _scores(out[text_col])
    for k, col in enumerate(SCORE_COLUMNS):
        out[col] = sc[:, k] if len(sc) else np.zeros(0)
    return out


def _ensure_scored(frame, text_col="text") -> pd.DataFrame:
    if "compound" in frame.columns:
        return frame
    return score_sentiment(frame, text_col)


def article_tone(scored_sentences, articles=None) -> pd.DataFrame:
    """Tone per article from sentence scores.

    Columns: ``article_id, sentences, mean_compound, share_positive,
    share_negative`` (compound >= 0.05 / <= -0.05) and ``text_compound``, the
    compound of the whole text (each article's ``text`` when ``articles`` is
    given, else its sentences joined by spaces). With ``articles`` every
    article appears (0 sentences -> NaN means) in article order, and
    ``source, published, title`` are joined. Unscored sentences are scored.

    Example:
        >>> import pandas as pd
        >>> s = pd.DataFrame({"article_id": ["a", "a"], "sentence_id": [0, 1],
        ...                   "text": ["Good news.", "Bad news."]})
        >>> article_tone(s)[["article_id", "sentences", "share_positive"]]
          article_id  sentences  share_positive
        0          a          2             0.5
    """
    cols = [
        "article_id",
        "sentences",
        "mean_compound",
        "share_positive",
        "share_negative",
        "text_compound",
    ]
    check_frame(scored_sentences, "article_tone", "sentences", ("text",), ("article_id",))
    check_frame(
        articles,
        "article_tone",
        "articles",
        ("text", "source", "published", "title"),
        ("article_id",),
    )
    s = _ensure_scored(scored_sentences) if scored_sentences is not None else None
    if s is None or len(s) == 0:
        agg = pd.DataFrame({c: pd.Series([], dtype=float) for c in cols})
        agg["article_id"] = agg["article_id"].astype(object)
        agg["sentences"] = agg["sentences"].astype("int64")
    else:
        if "sentence_id" in s.columns:
            s = s.sort_values(["article_id", "sentence_id"], kind="mergesort")
        comp = s["compound"].astype(float)
        g = pd.DataFrame(
            {
                "article_id": s["article_id"].to_numpy(),
                "c": comp.to_numpy(),
                "p": (comp >= POSITIVE).to_numpy(dtype=float),
                "n": (comp <= NEGATIVE).to_numpy(dtype=float),
            }
        ).groupby("article_id", sort=False)
        agg = pd.DataFrame(
            {
                "sentences": g["c"].size(),
                "mean_compound": g["c"].mean(),
                "share_positive": g["p"].mean(),
                "share_negative": g["n"].mean(),
            }
        ).reset_index()
        if articles is None:
            joined = s.groupby("article_id", sort=False)["text"].agg(
                lambda x: " ".join(_clean_texts(x))
            )
            agg["text_compound"] = _scores(joined.reindex(agg["article_id"]).tolist())[:, 3]
    if articles is None:
        return typed_empty(agg[cols].reset_index(drop=True), s, sentences="int64")

    arts = articles.drop_duplicates("article_id", keep="first")
    base = pd.DataFrame({"article_id": arts["article_id"].to_numpy()})
    agg = agg.drop(columns=["text_compound"], errors="ignore")
    if base["article_id"].dtype != agg["article_id"].dtype and (not len(base) or not len(agg)):
        # an empty side has a default dtype (float64 from ``[]``): merge refuses it
        empty, other = (base, agg) if not len(base) else (agg, base)
        empty["article_id"] = empty["article_id"].astype(other["article_id"].dtype)
    out = base.merge(agg, on="article_id", how="left")
    out["sentences"] = out["sentences"].fillna(0).astype("int64")
    texts = arts["text"].tolist() if "text" in arts.columns else [""] * len(arts)
    out["text_compound"] = _scores(texts)[:, 3] if len(texts) else np.zeros(0)
    extra = [c for c in ("source", "published", "title") if c in arts.columns]
    for c in extra:
        out[c] = arts[c].to_numpy()
    return typed_empty(out[cols + extra], articles, sentences="int64")


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction for the regularized incomplete beta (modified Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 500):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        de = d * c
        h *= de
        if abs(de - 1.0) < 1e-15:
            break
    return h


def _betainc(a: float, b: float, x: float) -> float:
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    lbeta = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
    front = math.exp(lbeta + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def _t_cdf(t: float, df: float) -> float:
    tail = 0.5 * _betainc(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


@functools.lru_cache(maxsize=4096)  # one per sample size: thousands of groups share a few
def _t_ppf(p: float, df: float) -> float:
    """Quantile of Student's t (bisection on the CDF; |error| < 1e-10), no scipy needed.

    Example:
        >>> round(_t_ppf(0.975, 1), 6)
        12.706205
    """
    if not 0.0 < p < 1.0:
        return math.nan
    if p < 0.5:
        return -_t_ppf(1.0 - p, df)
    lo, hi = 0.0, 1.0
    while _t_cdf(hi, df) < p:
        hi *= 2.0
        if hi > 1e12:
            return math.inf
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if _t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12 * max(1.0, hi):
            break
    return 0.5 * (lo + hi)


def _interval(x: np.ndarray, ci: float, method: str, rng) -> tuple[float, float]:
    n = len(x)
    if n < 2:
        return (np.nan, np.nan)
    if method == "bootstrap":
        idx = rng.integers(0, n, size=(2000, n))
        means = x[idx].mean(axis=1)
        lo, hi = np.quantile(means, [(1 - ci) / 2, (1 + ci) / 2])
        return (float(lo), float(hi))
    if method != "t":
        raise ValueError("method must be 't' or 'bootstrap'")
    m = x.mean()
    se = x.std(ddof=1) / np.sqrt(n)
    h = _t_ppf((1 + ci) / 2, n - 1) * se
    return (float(m - h), float(m + h))


# the scales of VADER's scores: an interval never reaches past what the score can take
_SCALES = {"compound": (-1.0, 1.0), "neg": (0.0, 1.0), "neu": (0.0, 1.0), "pos": (0.0, 1.0)}


def _scale(value: str):
    """The (low, high) range of a score column ("mean_compound" -> compound's), or None."""
    return _SCALES.get(value.removeprefix("mean_"))


def _group_stats(frame, keys, value, ci, method, random_state) -> pd.DataFrame:
    rng = np.random.default_rng(random_state)
    bounds = _scale(value)
    rows = []
    if keys:
        groups = frame.groupby(keys, sort=True, dropna=False)
    else:
        groups = [((), frame)]
    for key, grp in groups:
        x = grp[value].to_numpy(dtype=float)
        x = x[~np.isnan(x)]
        lo, hi = _interval(x, ci, method, rng)
        if bounds is not None and len(x) > 1:  # a t interval at small n can pass the scale
            lo, hi = max(lo, bounds[0]), min(hi, bounds[1])
        key = key if isinstance(key, tuple) else (key,)
        rows.append((*key, len(x), float(x.mean()) if len(x) else np.nan, lo, hi))
    return pd.DataFrame(rows, columns=[*keys, "n", "mean", "ci_low", "ci_high"])


def _empty_stats(cols, like, res=None) -> pd.DataFrame:
    """``res`` (None: no rows) with the dtypes of a non-empty group table: the group
    columns as in ``like``, ``period`` a timestamp, ``n`` an int, the rest floats."""
    if res is None:
        res = pd.DataFrame({c: pd.Series([], dtype=float) for c in cols})
    if len(res):
        return res
    dtypes = {"n": "int64", "period": "datetime64[ns]"}
    if isinstance(like, pd.DataFrame) and "published" in like.columns:
        pub = like["published"].dtype
        if pd.api.types.is_datetime64_any_dtype(pub):
            dtypes["period"] = pub
    for c in cols:
        if c not in dtypes and c not in ("mean", "ci_low", "ci_high"):
            if not isinstance(like, pd.DataFrame) or c not in like.columns:
                dtypes[c] = "str"
    return typed_empty(res.astype(float, errors="ignore"), like, **dtypes)


def tone_by(
    article_tone_frame,
    by="source",
    freq=None,
    value: str = "mean_compound",
    ci: float = 0.95,
    method: str = "t",
    random_state=0,
) -> pd.DataFrame:
    """Mean of ``value`` per group with a confidence interval.

    ``by`` is a column name, a list of names or None; ``freq`` (e.g. ``"M"``,
    ``"W"``, ``"Y"``) groups ``published`` by period into a ``period`` column
    (the period's start as Timestamp; rows without a date are dropped). Returns
    the group columns, ``n, mean, ci_low, ci_high`` sorted by group. The interval
    is Student's t (``method="t"``) or a seeded percentile bootstrap
    (``method="bootstrap"``), kept inside the score's own range ([-1, 1] for
    compound, [0, 1] for neg/neu/pos); groups with n < 2 get NaN bounds.

    Example:
        >>> import pandas as pd
        >>> t = pd.DataFrame({"source": ["A", "A", "B"], "mean_compound": [0.1, 0.3, -0.2]})
        >>> tone_by(t)[["source", "n", "mean"]]
          source  n  mean
        0      A  2   0.2
        1      B  1  -0.2
    """
    keys = [] if by is None else ([by] if isinstance(by, str) else list(by))
    out_cols = [*keys, *(["period"] if freq else []), "n", "mean", "ci_low", "ci_high"]
    if article_tone_frame is None or len(article_tone_frame) == 0:
        return _empty_stats(out_cols, article_tone_frame)
    df = article_tone_frame
    missing = [k for k in keys if k not in df.columns]
    if missing:
        raise KeyError(f"tone_by: missing columns {missing}")
    cols = keys + [value]
    if freq:
        if "published" not in df.columns:
            return pd.DataFrame({c: pd.Series([], dtype=float) for c in out_cols})
        work = df[cols].copy()
        work["period"] = period_start(df["published"], freq)
        work = work[work["period"].notna()]
        keys = keys + ["period"]
    else:
        work = df[cols]
    res = _group_stats(work, keys, value, ci, method, random_state)
    return _empty_stats(out_cols, df, res[out_cols].reset_index(drop=True))


def _most_frequent(keys: pd.Series, values: pd.Series) -> pd.Series:
    """The most frequent non-missing value per key (ties: the one seen first), in
    one grouped count rather than a ``value_counts`` per key.

    Example:
        >>> _most_frequent(pd.Series(list("aaab")), pd.Series(["x", "y", "y", None])).to_dict()
        {'a': 'y'}
    """
    pairs = pd.DataFrame({"k": keys.to_numpy(), "v": values.to_numpy()}).dropna()
    counts = pairs.groupby(["k", "v"], sort=False).size().reset_index(name="c")
    counts = counts.sort_values("c", ascending=False, kind="mergesort").drop_duplicates("k")
    return counts.set_index("k")["v"]


def speaker_tone(
    quotes,
    by: str = "speaker",
    text_col: str = "quote",
    min_n: int = 1,
    ci: float = 0.95,
    method: str = "t",
    random_state=0,
) -> pd.DataFrame:
    """Tone of what each speaker is quoted as saying.

    Scores every quote's text (``quote`` column) with VADER and aggregates per
    ``by`` (default ``speaker``; use ``speaker_id`` after resolve_speakers):
    ``speaker, speaker_type`` (most frequent, when present), ``n, mean,
    ci_low, ci_high`` of compound; speakers with fewer than ``min_n`` quotes
    are dropped; sorted by n descending, then speaker.

    Example:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"article_id": ["a", "a"], "speaker": ["Putin", "Putin"],
        ...                   "speaker_type": ["person"] * 2,
        ...                   "quote": ["We are happy.", "This is terrible."]})
        >>> speaker_tone(q)[["speaker", "n"]].values.tolist()
        [['Putin', 2]]
    """
    cols = [by, "speaker_type", "n", "mean", "ci_low", "ci_high"]
    check_frame(quotes, "speaker_tone", "quotes", (by, "speaker_type", text_col))
    if quotes is None or len(quotes) == 0 or by not in quotes.columns:
        return _empty_stats(cols, quotes)
    q = quotes[quotes[by].notna()]
    comp = _scores(q[text_col].tolist() if text_col in q.columns else [""] * len(q))[:, 3]
    work = pd.DataFrame({by: q[by].to_numpy(), "compound": comp})
    res = _group_stats(work, [by], "compound", ci, method, random_state)
    if "speaker_type" in q.columns:
        res["speaker_type"] = res[by].map(_most_frequent(q[by], q["speaker_type"]))
    else:
        res["speaker_type"] = None
    res = res[res["n"] >= min_n]
    res = res.sort_values(["n", by], ascending=[False, True], kind="mergesort")
    return _empty_stats(cols, quotes, res[cols].reset_index(drop=True))


def extreme_sentences(sentences, articles=None, n: int = 10) -> pd.DataFrame:
    """The ``n`` most positive and ``n`` most negative scored sentences.

    Columns: extreme ("most positive" / "most negative"), compound, text, then
    title and source when ``articles`` is given, article_id, sentence_id.
    Ties are broken by article_id and sentence_id, so the order is stable.

    Example:
        >>> s = score_sentiment(pd.DataFrame({"article_id": ["a", "a"], "sentence_id": [0, 1],
        ...                                   "text": ["A wonderful day.", "A terrible loss."]}))
        >>> extreme_sentences(s, n=1)[["extreme", "text"]].values.tolist()
        [['most positive', 'A wonderful day.'], ['most negative', 'A terrible loss.']]
    """
    meta = [c for c in ("title", "source") if articles is not None and c in articles.columns]
    cols = ["extreme", "compound", "text", *meta, "article_id", "sentence_id"]
    if sentences is None or len(sentences) == 0:
        like = sentences if articles is None else articles
        return typed_empty(
            pd.DataFrame(columns=cols), like, compound="float64", sentence_id="int64"
        )
    req = ("article_id", "sentence_id", "text")
    check_frame(sentences, "extreme_sentences", "sentences", ("compound",), req)
    if meta:
        check_frame(articles, "extreme_sentences", "articles", meta, ("article_id",))
    if "compound" not in sentences.columns:
        sentences = score_sentiment(sentences)
    if meta:
        sentences = sentences.merge(articles[["article_id", *meta]], on="article_id", how="left")
    ranked = sentences.sort_values(["compound", "article_id", "sentence_id"], kind="mergesort")
    out = pd.concat(
        [
            ranked.tail(n).iloc[::-1].assign(extreme="most positive"),
            ranked.head(n).assign(extreme="most negative"),
        ]
    )
    return out[cols].reset_index(drop=True)


def sentiment_toward(sentences, term_or_regex, case: bool = False, regex: bool = False):
    """Sentences that mention a term, with their tone.

    A plain string matches as a whole word/phrase (``"treaty"`` does not match
    ``"treatymaker"``); a compiled pattern, or ``regex=True``, is used as a
    regular expression. ``case=False`` ignores case. Returns ``article_id,
    sentence_id, text, compound, match`` (the first matched text) for the
    matching sentences, scoring them if not scored yet.

    Example:
        >>> import pandas as pd
        >>> s = pd.DataFrame({"article_id": ["a", "a"], "sentence_id": [0, 1],
        ...                   "text": ["The treaty is good.", "Treatymakers met."]})
        >>> sentiment_toward(s, "treaty")[["sentence_id", "match"]].values.tolist()
        [[0, 'treaty']]
    """
    cols = ["article_id", "sentence_id", "text", "compound", "match"]
    if sentences is None or len(sentences) == 0:
        return typed_empty(
            pd.DataFrame(columns=cols), None, compound="float64", sentence_id="int64"
        )
    flags = 0 if case else re.IGNORECASE
    if isinstance(term_or_regex, re.Pattern):
        pat = (
            term_or_regex
            if case
            else re.compile(term_or_regex.pattern, term_or_regex.flags | flags)
        )
    elif regex:
        pat = re.compile(term_or_regex, flags)
    else:
        pat = re.compile(rf"(?<!\w){re.escape(str(term_or_regex))}(?!\w)", flags)
    texts = _clean_texts(sentences["text"].tolist())
    found = [pat.search(t) for t in texts]
    mask = np.fromiter((m is not None for m in found), bool, len(found))
    sub = sentences[mask]
    sub = _ensure_scored(sub)
    out = pd.DataFrame(
        {
            "article_id": sub["article_id"].to_numpy() if "article_id" in sub else None,
            "sentence_id": sub["sentence_id"].to_numpy() if "sentence_id" in sub else None,
            "text": sub["text"].to_numpy(),
            "compound": sub["compound"].to_numpy(dtype=float),
            "match": [m.group(0) for m in found if m is not None],
        }
    )
    return out[cols].reset_index(drop=True)
