"""What the coverage is about, in words: tokens, multiword terms, top and distinctive terms.

This module owns word tokenization (:func:`tokenize`), per-article term counts with
corpus-detected phrases (:func:`term_counts`), ranked top terms overall or per outlet /
month / any column (:func:`top_terms`), term frequency over time (:func:`term_trends`),
"Fightin' Words" weighted log-odds between two groups (:func:`distinctive_terms`) and
keyword-in-context lines (:func:`kwic`). Topic models live in :mod:`analysis.topic_model`.

Token rules (see ``analysis._tokens``): lower-cased; HTML tags, URLs, e-mail addresses,
web domains and file names dropped (never words, never inside a phrase); possessive 's stripped; hyphenated
and apostrophe words stay whole ("al-qaida", "o'malley", "anti-missile"); dotted
abbreviations stay ("u.s."); tokens starting with a digit ("1972", "9/11", "2nd") and
single characters are dropped (find such strings with :func:`kwic`); the shipped
news-aware stop list (``analysis/resources/stopwords.txt``: function words, reporting
verbs such as "said"/"told", honorifics "mr"/"mrs", number and calendar words) is removed.
Multiword terms ("abm treaty", "white house", "missile defense") are collocations found in
the corpus itself (``analysis._collocations``: min count + log-likelihood G2 + NPMI),
never spanning a stop word, sentence punctuation or a blank line; they replace the words
they join. Everything is deterministic: ties are broken by term.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
from scipy import sparse

from . import _collocations as _col
from . import _tokens as _tok
from ._frames import check_frame
from ._tokens import word_count_table as _word_count_table  # noqa: F401 (the pipeline's)
from .corpus import period_start

__all__ = [
    "tokenize",
    "term_counts",
    "top_terms",
    "term_trends",
    "distinctive_terms",
    "kwic",
]

WEIGHTINGS = ("tfidf", "count", "df")
_PERIOD_WORDS = ("day", "week", "month", "quarter", "year")


# --------------------------------------------------------------------------- helpers


def _frame(
    articles, text_col: str = "text", id_col: str = "article_id", func="analysis.terms"
) -> pd.DataFrame:
    """Accept a frame, a Series or a list of strings; always return a frame with both cols."""
    if articles is None:
        return pd.DataFrame({id_col: pd.Series(dtype=str), text_col: pd.Series(dtype=str)})
    if isinstance(articles, pd.DataFrame):
        df = articles
        check_frame(df, func, "articles", (text_col, id_col))
        if text_col not in df.columns:
            raise KeyError(f"column {text_col!r} not in frame (columns: {list(df.columns)})")
        if id_col not in df.columns:
            df = df.assign(**{id_col: [str(i) for i in range(len(df))]})
        return df
    if isinstance(articles, str):
        articles = [articles]
    texts = list(articles)
    return pd.DataFrame({id_col: [str(i) for i in range(len(texts))], text_col: texts})


def _encode(
    texts: Sequence,
    *,
    phrases: bool = True,
    stem: bool = False,
    stopwords=True,
    phrase_min_count: int | None = None,
):
    """Encoded corpus (tok, doc, names) with phrases merged; tok == -1 marks breaks."""
    stop = _tok.resolve_stopwords(stopwords)
    tok, doc, names = _tok.encode_corpus(_tok.as_texts(texts), stop, stem, breaks=phrases)
    if phrases and tok.size:
        tok, doc, names, _ = _col.apply_phrases(tok, doc, names, min_count=phrase_min_count)
    return tok, doc, names


def _doc_term_matrix(
    texts: Sequence,
    *,
    phrases: bool = True,
    stem: bool = False,
    stopwords=True,
    phrase_min_count: int | None = None,
):
    """Sparse document-term count matrix (CSR int64, one row per text) and its terms
    (np.array of str, sorted alphabetically; only terms that occur).

    The last matrix is kept (:data:`_LAST_MATRIX`): a notebook's top terms, term
    trends and topics read the same sample of texts, which is then encoded once.
    """
    texts = _tok.as_texts(texts)
    key = _matrix_key(texts, phrases, stem, stopwords, phrase_min_count)
    if key is not None and _LAST_MATRIX.get("key") == key:
        x, term_arr = _LAST_MATRIX["value"]
        return x.copy(), term_arr.copy()
    x, term_arr = _build_doc_term_matrix(
        texts, phrases=phrases, stem=stem, stopwords=stopwords, phrase_min_count=phrase_min_count
    )
    _LAST_MATRIX.clear()
    if key is not None and x.nnz <= _KEEP_MAX_NNZ:
        _LAST_MATRIX.update(key=key, value=(x.copy(), term_arr.copy()))
    return x, term_arr


#: the last document-term matrix built: {"key": digest of texts and options, "value": (x, terms)}
_LAST_MATRIX: dict = {}
#: a larger matrix (~12 bytes a cell: about 10,000 long articles) is not kept
_KEEP_MAX_NNZ = 20_000_000


def _matrix_key(texts, phrases, stem, stopwords, phrase_min_count):
    """A digest of the texts (each one's length and UTF-8 bytes) and the options; None
    when the stop words are a custom list (not worth hashing)."""
    if not isinstance(stopwords, bool) and stopwords is not None:
        return None
    h = hashlib.blake2b(digest_size=16)
    for t in texts:
        b = t.encode("utf-8", "surrogatepass")
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return (h.hexdigest(), len(texts), phrases, stem, stopwords, phrase_min_count)


def _build_doc_term_matrix(texts, *, phrases, stem, stopwords, phrase_min_count):
    n_docs = len(texts)
    tok, doc, names = _encode(
        texts, phrases=phrases, stem=stem, stopwords=stopwords, phrase_min_count=phrase_min_count
    )
    ok = tok >= 0
    tok, doc = tok[ok], doc[ok]
    used = np.unique(tok)
    term_arr = np.array([names[i] for i in used.tolist()], dtype=object)
    order = np.argsort(term_arr.astype(str), kind="stable")
    term_arr = term_arr[order]
    remap = np.full(len(names) + 1, -1, np.int64)
    remap[used[order]] = np.arange(used.size)
    cols = remap[tok]
    x = sparse.csr_matrix(
        (np.ones(tok.size, np.int64), (doc, cols)), shape=(n_docs, used.size), dtype=np.int64
    )
    x.sum_duplicates()
    x.sort_indices()
    return x, term_arr


def _doc_terms(texts: Sequence, **kw) -> list[list[str]]:
    """Term sequences (phrases merged, breaks removed) for each text, in text order."""
    tok, doc, names = _encode(texts, **kw)
    out: list[list[str]] = [[] for _ in range(len(texts))]
    for t, d in zip(tok.tolist(), doc.tolist(), strict=True):
        if t >= 0:
            out[d].append(names[t])
    return out


def _period_start(values, freq: str = "M") -> pd.Series:
    """Start timestamp of the period (month by default) of each datetime; NaT stays NaT."""
    return period_start(values, freq).reset_index(drop=True)


def _group_values(frame: pd.DataFrame, by: str, date_col: str = "published") -> pd.Series:
    """Values of ``by`` for each row: a column, or a period ("month", "week", "year")
    derived from ``published`` when no such column exists."""
    if by in frame.columns:
        return frame[by].reset_index(drop=True)
    if str(by).lower() in _PERIOD_WORDS:
        if date_col not in frame.columns:
            return pd.Series([pd.NaT] * len(frame), dtype="datetime64[ns]")
        return _period_start(frame[date_col], str(by).lower())
    raise KeyError(f"by={by!r}: not a column and not one of {sorted(_PERIOD_WORDS)}")


def _empty(columns: Iterable[str], dtypes: dict | None = None) -> pd.DataFrame:
    dtypes = dtypes or {}
    return pd.DataFrame({c: pd.Series(dtype=dtypes.get(c, "str")) for c in columns})


# --------------------------------------------------------------------------- public API


def tokenize(
    text,
    *,
    stem: bool = False,
    stopwords=True,
    phrases: bool = False,
    phrase_min_count: int = 2,
) -> list[str]:
    """Lower-cased word tokens of one text, stop words and numbers removed.

    ``stopwords``: True (shipped news list), False, or your own iterable of words.
    ``stem=True`` applies nltk's Snowball stemmer (no data download). With
    ``phrases=True`` collocations found in this text alone are joined ("abm treaty").

    Example:
        >>> tokenize("Mr. Bush's plan to quit the ABM treaty in 2001, al-Qaida said.")
        ['bush', 'plan', 'quit', 'abm', 'treaty', 'al-qaida']
        >>> tokenize("The defenses", stem=True)
        ['defens']
    """
    if not phrases:
        return _tok.words(text, _tok.resolve_stopwords(stopwords), stem)
    return _doc_terms(
        [text], phrases=True, stem=stem, stopwords=stopwords, phrase_min_count=phrase_min_count
    )[0]


def term_counts(
    articles,
    *,
    phrases: bool = True,
    stem: bool = False,
    min_count: int = 1,
    stopwords=True,
    text_col: str = "text",
    id_col: str = "article_id",
    phrase_min_count: int | None = None,
) -> pd.DataFrame:
    """Long-format term counts: one row per (article, term) with ``count >= min_count``.

    Phrases are detected on the whole input corpus and replace the words they join.
    Rows follow the input article order, then count descending, then term.

    Example:
        >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["ABM treaty. The ABM treaty!"]})
        >>> term_counts(arts, phrases=False).to_dict("records")
        [{'article_id': 'a', 'term': 'abm', 'count': 2}, {'article_id': 'a', 'term': 'treaty', 'count': 2}]
    """
    cols = [id_col, "term", "count"]
    df = _frame(articles, text_col, id_col, "term_counts")
    if df.empty:
        return _empty(cols, {"count": "int64"})
    x, terms = _doc_term_matrix(
        df[text_col].tolist(),
        phrases=phrases,
        stem=stem,
        stopwords=stopwords,
        phrase_min_count=phrase_min_count,
    )
    coo = x.tocoo()
    keep = coo.data >= min_count
    rows, colz, counts = coo.row[keep], coo.col[keep], coo.data[keep]
    if rows.size == 0:
        return _empty(cols, {"count": "int64"})
    # article order, then count desc, then term (columns are alphabetical)
    order = np.lexsort((colz, -counts, rows))
    ids = df[id_col].to_numpy()[rows[order]]
    return pd.DataFrame(
        {
            id_col: ids,
            "term": terms[colz[order]].astype(str),
            "count": counts[order].astype(np.int64),
        }
    )


def _scores(x, terms, weighting: str, rows: np.ndarray | None, idf, phrase_boost: bool):
    sub = x if rows is None else x[rows]
    count = np.asarray(sub.sum(axis=0)).ravel()
    df = np.asarray((sub > 0).sum(axis=0)).ravel()
    if weighting == "count":
        score = count.astype(float)
    elif weighting == "df":
        score = df.astype(float)
    else:
        from sklearn.preprocessing import normalize

        w = normalize(sub.multiply(idf).tocsr().astype(float), norm="l2")
        score = np.asarray(w.sum(axis=0)).ravel() / max(sub.shape[0], 1)
        if phrase_boost:
            score = score * np.array([_col.phrase_weight(t) for t in terms])
    return score, count, df


def top_terms(
    articles,
    n: int | None = 20,
    by: str | None = None,
    weighting: str = "tfidf",
    *,
    phrases: bool = True,
    stem: bool = False,
    stopwords=True,
    phrase_boost: bool = True,
    text_col: str = "text",
    date_col: str = "published",
    phrase_min_count: int | None = None,
) -> pd.DataFrame:
    """The ``n`` highest-scoring terms, overall or per group of ``by``.

    ``weighting``: "tfidf" (mean of the l2-normalised tf-idf vectors of the group's
    articles, idf = ln((1+N)/(1+df))+1 over the whole corpus; multiword terms get a
    C-value style weight 1+log2(words) so a phrase is not outranked by the words it
    absorbed -- on a one-article corpus idf is constant and this is a length-weighted
    count), "count" (total occurrences) or "df" (number of articles). ``by`` is a
    column ("source") or a period derived from ``published`` ("month", "week", "year";
    rows without a date are left out). Columns: [by], term, score, count, df.

    Example:
        >>> arts = pd.DataFrame({"article_id": ["a", "b"],
        ...     "text": ["Missile defense and the ABM treaty.", "The ABM treaty again."]})
        >>> top_terms(arts, n=2, weighting="df")[["term", "df"]].to_dict("records")
        [{'term': 'abm', 'df': 2}, {'term': 'treaty', 'df': 2}]
    """
    if weighting not in WEIGHTINGS:
        raise ValueError(f"weighting must be one of {WEIGHTINGS}, got {weighting!r}")
    cols = ([by] if by else []) + ["term", "score", "count", "df"]
    df = _frame(articles, text_col, func="top_terms")
    if df.empty:
        return _empty(cols, {"score": "float64", "count": "int64", "df": "int64"})
    x, terms = _doc_term_matrix(
        df[text_col].tolist(),
        phrases=phrases,
        stem=stem,
        stopwords=stopwords,
        phrase_min_count=phrase_min_count,
    )
    if x.shape[1] == 0:
        return _empty(cols, {"score": "float64", "count": "int64", "df": "int64"})
    n_docs = x.shape[0]
    df_all = np.asarray((x > 0).sum(axis=0)).ravel()
    idf = np.log((1.0 + n_docs) / (1.0 + df_all)) + 1.0

    if by is None:
        groups = [(None, None)]
    else:
        g = _group_values(df, by, date_col)
        codes, uniques = pd.factorize(g, sort=True, use_na_sentinel=True)
        groups = [(uniques[i], np.flatnonzero(codes == i)) for i in range(len(uniques))]

    frames = []
    for key, rows in groups:
        score, count, dfs = _scores(x, terms, weighting, rows, idf, phrase_boost)
        keep = np.flatnonzero(count > 0)
        if keep.size == 0:
            continue
        # Sort by score desc, then count desc, then term asc (lexsort: last key is primary).
        order = np.lexsort((terms[keep], -count[keep], -score[keep]))
        sel = keep[order]
        if n is not None:
            sel = sel[: max(int(n), 0)]
        part = pd.DataFrame(
            {
                "term": terms[sel].astype(str),
                "score": score[sel].astype(float),
                "count": count[sel].astype(np.int64),
                "df": dfs[sel].astype(np.int64),
            }
        )
        if by is not None:
            part.insert(0, by, [key] * len(part))
        frames.append(part)
    if not frames:
        return _empty(cols, {"score": "float64", "count": "int64", "df": "int64"})
    return pd.concat(frames, ignore_index=True)[cols]


def term_trends(
    articles,
    terms: Sequence[str] | None = None,
    n: int = 10,
    freq: str = "M",
    *,
    by: str | None = None,
    phrases: bool = True,
    stem: bool = False,
    stopwords=True,
    text_col: str = "text",
    date_col: str = "published",
) -> pd.DataFrame:
    """Term frequency over time: period, [by], term, count, n_docs, per_1k.

    ``terms`` defaults to the corpus' ``n`` top terms (tf-idf). ``per_1k`` is occurrences
    per 1,000 content tokens of that period (comparable across busy and quiet months).
    Articles without a date are left out; every (period, term) pair is present (0 counts
    included) so the frame draws directly as a heatmap.

    Example:
        >>> arts = pd.DataFrame({"article_id": ["a", "b"], "text": ["Treaty talk.", "Treaty."],
        ...     "published": pd.to_datetime(["2001-10-01", "2001-11-05"])})
        >>> term_trends(arts, terms=["treaty"])[["period", "count"]].to_dict("records")[0]
        {'period': Timestamp('2001-10-01 00:00:00'), 'count': 1}
    """
    cols = ["period"] + ([by] if by else []) + ["term", "count", "n_docs", "per_1k"]
    dtypes = {"period": "datetime64[ns]", "count": "int64", "n_docs": "int64", "per_1k": "float64"}
    df = _frame(articles, text_col, func="term_trends")
    if df.empty or date_col not in df.columns:
        return _empty(cols, dtypes)
    period = _period_start(df[date_col], freq)
    x_all, all_terms = _doc_term_matrix(
        df[text_col].tolist(), phrases=phrases, stem=stem, stopwords=stopwords
    )
    if terms is None:
        tt = top_terms(df, n=n, phrases=phrases, stem=stem, stopwords=stopwords, text_col=text_col)
        terms = tt["term"].tolist()
    terms = [str(t) for t in terms]
    if not terms or period.isna().all():
        return _empty(cols, dtypes)
    vocab = list(dict.fromkeys(terms))
    pos = {t: i for i, t in enumerate(all_terms.tolist())}
    x = np.zeros((len(df), len(vocab)), dtype=np.int64)
    for j, t in enumerate(vocab):
        i = pos.get(t)
        if i is not None:
            x[:, j] = x_all[:, i].toarray().ravel()
    lengths = np.asarray(x_all.sum(axis=1), dtype=float).ravel()
    keys = pd.DataFrame({"period": period})
    if by:
        keys[by] = _group_values(df, by, date_col).to_numpy()
    ok = keys["period"].notna().to_numpy()
    wide = pd.DataFrame(x[ok], columns=list(vocab))
    wide["_len"] = lengths[ok]
    wide["_n"] = 1
    gcols = ["period"] + ([by] if by else [])
    agg = pd.concat([keys[ok].reset_index(drop=True), wide], axis=1).groupby(gcols, sort=True).sum()
    rows = []
    for key, r in agg.iterrows():
        key = key if isinstance(key, tuple) else (key,)
        for t in vocab:
            c = int(r[t])
            rows.append((*key, t, c, int(r["_n"]), 1000.0 * c / r["_len"] if r["_len"] else 0.0))
    out = pd.DataFrame(rows, columns=cols)
    return out.astype({"count": "int64", "n_docs": "int64", "per_1k": "float64"})


def _mask(frame: pd.DataFrame, group_col, value) -> np.ndarray:
    if (
        isinstance(value, (pd.Series, np.ndarray, list))
        and len(value) == len(frame)
        and (np.asarray(value).dtype == bool)
    ):
        return np.asarray(value, dtype=bool)
    if group_col is None:
        raise ValueError("group_col is required unless a/b are boolean masks")
    return (frame[group_col] == value).to_numpy(dtype=bool, na_value=False)


def _label(value, default: str) -> str:
    if isinstance(value, (pd.Series, np.ndarray, list)):
        return default
    return str(value)


def distinctive_terms(
    frame,
    group_col: str | None,
    a,
    b=None,
    n: int | None = 20,
    text_col: str = "text",
    prior: float | None = None,
    *,
    phrases: bool = True,
    stem: bool = False,
    stopwords=True,
    min_count: int = 1,
) -> pd.DataFrame:
    """Terms that tell group ``a`` from group ``b``: weighted log-odds with an informative
    Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words").

    For term w with counts y_a, y_b, group totals n_a, n_b and prior alpha_w (alpha_0 = sum)::

        delta = log((y_a+alpha_w)/(n_a+alpha_0-y_a-alpha_w))
              - log((y_b+alpha_w)/(n_b+alpha_0-y_b-alpha_w))
        var   = 1/(y_a+alpha_w) + 1/(y_b+alpha_w);   z = delta / sqrt(var)

    alpha_w comes from the counts of the whole ``frame`` (all groups): with
    ``prior=None`` alpha_w is that count itself (alpha_0 = corpus size, Monroe et al.'s
    informative prior); a number rescales it, alpha_w = prior * share_w.
    ``a``/``b`` are values of ``group_col`` or boolean masks (e.g. before/after a date);
    ``b=None`` means every other row. Works on quotes too
    (``text_col="quote", group_col="speaker"``). Returns term, z, delta, count_a,
    count_b, frequency (count_a+count_b), group (label of the favoured side), sorted by
    z descending: the ``n`` most distinctive terms of each side (all when n is None).

    Example:
        >>> f = pd.DataFrame({"source": ["x", "x", "y"], "text": ["tax cuts", "tax", "war war"]})
        >>> distinctive_terms(f, "source", "x", "y", n=1)[["term", "group"]].to_dict("records")
        [{'term': 'tax', 'group': 'x'}, {'term': 'war', 'group': 'y'}]
    """
    cols = ["term", "z", "delta", "count_a", "count_b", "frequency", "group"]
    dtypes = {
        "z": "float64",
        "delta": "float64",
        "count_a": "int64",
        "count_b": "int64",
        "frequency": "int64",
    }
    df = _frame(frame, text_col, func="distinctive_terms")
    if df.empty:
        return _empty(cols, dtypes)
    ma = _mask(df, group_col, a)
    mb = ~ma if b is None else _mask(df, group_col, b)
    label_a = _label(a, "a")
    label_b = _label(b, "b") if b is not None else f"not {label_a}"
    if not ma.any() or not mb.any():
        return _empty(cols, dtypes)
    x, terms = _doc_term_matrix(
        df[text_col].tolist(), phrases=phrases, stem=stem, stopwords=stopwords
    )
    if x.shape[1] == 0:
        return _empty(cols, dtypes)
    y_all = np.asarray(x.sum(axis=0)).ravel().astype(float)
    ya = np.asarray(x[ma].sum(axis=0)).ravel().astype(float)
    yb = np.asarray(x[mb].sum(axis=0)).ravel().astype(float)
    keep = (ya + yb) >= max(min_count, 1)
    total = y_all.sum()
    alpha = y_all if prior is None else float(prior) * y_all / total
    a0 = alpha.sum()
    na, nb = ya.sum(), yb.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((ya + alpha) / (na + a0 - ya - alpha)) - np.log(
            (yb + alpha) / (nb + a0 - yb - alpha)
        )
        var = 1.0 / (ya + alpha) + 1.0 / (yb + alpha)
        z = delta / np.sqrt(var)
    delta = np.where(np.isfinite(delta), delta, 0.0)
    z = np.where(np.isfinite(z), z, 0.0)
    idx = np.flatnonzero(keep)
    if idx.size == 0:
        return _empty(cols, dtypes)
    out = pd.DataFrame(
        {
            "term": terms[idx].astype(str),
            "z": z[idx],
            "delta": delta[idx],
            "count_a": ya[idx].astype(np.int64),
            "count_b": yb[idx].astype(np.int64),
        }
    )
    out["frequency"] = out["count_a"] + out["count_b"]
    out["group"] = np.where(out["z"] > 0, label_a, np.where(out["z"] < 0, label_b, ""))
    out = out.sort_values(
        ["z", "frequency", "term"], ascending=[False, False, True], kind="mergesort"
    )
    if n is not None:
        n = max(int(n), 0)
        pos = out[out["z"] > 0].head(n)
        neg = out[out["z"] < 0].tail(n)
        out = pd.concat([pos, neg])
    return out.reset_index(drop=True)[cols]


def _kwic_pattern(term: str, regex: bool) -> re.Pattern | None:
    if regex:
        body = term
    else:
        parts = [re.escape(p) for p in str(term).split()]
        if not parts:
            return None
        body = r"\s+".join(parts)
    try:
        return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE)
    except re.error as e:
        raise ValueError(f"bad kwic pattern {term!r}: {e}") from e


def kwic(
    articles,
    term: str,
    width: int = 40,
    regex: bool = False,
    *,
    text_col: str = "text",
    id_col: str = "article_id",
    max_hits: int | None = None,
) -> pd.DataFrame:
    """Keyword in context: every case-insensitive whole-word match of ``term``.

    ``term`` may be a phrase ("missile defense", any whitespace between the words
    matches) or, with ``regex=True``, a regular expression. ``start``/``end`` index the
    article's ``text``; ``left``/``right`` are up to ``width`` characters of context
    with line breaks shown as spaces. Rows follow article order, then position.

    Example:
        >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["The ABM Treaty is old."]})
        >>> kwic(arts, "abm treaty", width=4)[["start", "end", "left", "match", "right"]].to_dict("records")
        [{'start': 4, 'end': 14, 'left': 'The ', 'match': 'ABM Treaty', 'right': ' is '}]
    """
    cols = [id_col, "start", "end", "left", "match", "right"]
    dtypes = {"start": "int64", "end": "int64"}
    df = _frame(articles, text_col, id_col, "kwic")
    pat = _kwic_pattern(term if isinstance(term, str) else str(term), regex)
    if df.empty or pat is None:
        return _empty(cols, dtypes)
    width = max(int(width), 0)
    rows = []
    for aid, text in zip(df[id_col].tolist(), _tok.as_texts(df[text_col]), strict=True):
        for m in pat.finditer(text):
            s, e = m.span()
            if s == e:
                continue
            rows.append(
                (
                    aid,
                    s,
                    e,
                    _flat(text[max(0, s - width) : s]),
                    _flat(m.group(0)),
                    _flat(text[e : e + width]),
                )
            )
            if max_hits is not None and len(rows) >= max_hits:
                break
        if max_hits is not None and len(rows) >= max_hits:
            break
    if not rows:
        return _empty(cols, dtypes)
    return pd.DataFrame(rows, columns=cols).astype(dtypes)


_WS = re.compile(r"\s")


def _flat(s: str) -> str:
    # lone surrogates (not Unicode; pandas/Arrow cannot store them) -> U+FFFD, one for one
    return _tok.as_text(_WS.sub(" ", s)) if not s.isascii() else _WS.sub(" ", s)
