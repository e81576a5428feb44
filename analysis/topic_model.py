"""What the coverage is about, in themes: topic models over the article texts.

This module owns :func:`topics` (NMF on tf-idf or LDA on counts, scikit-learn, using the
same tokenizer, news stop list and corpus-detected phrases as :mod:`analysis.terms`),
:func:`choose_k` (topic coherence -- NPMI or UMass from document co-occurrence -- for a
few candidate k), and the aggregations :func:`topics_over_time` and :func:`topic_shares`
(mean document-topic share per period / outlet). Results are deterministic for a given
``random_state`` (the fits run on one thread, :func:`_one_blas_thread`); topics are
numbered by prevalence (t0 is the largest).
Tiny corpora are handled: k is clamped to the number of documents/terms with a warning,
and an empty corpus gives empty frames with the documented columns.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import sparse

from .terms import _doc_term_matrix, _empty, _frame, _group_values, _period_start

__all__ = ["TopicResult", "topics", "choose_k", "topics_over_time", "topic_shares"]

METHODS = ("nmf", "lda")
TERM_COLS = ["topic", "rank", "term", "weight"]
DOC_COLS = ["article_id", "topic", "share"]
LABEL_COLS = ["topic", "label", "share"]


@dataclass
class TopicResult:
    """Output of :func:`topics`: three tidy frames plus the settings used.

    ``terms``: topic, rank, term, weight (weights of a topic sum to 1 over the vocabulary);
    ``doc_topics``: article_id, topic, share (shares of an article sum to 1; articles
    with no usable terms are absent); ``labels``: topic, label ("t0: abm treaty, ..."),
    share (the topic's mean share over articles). Index like a dict: ``res["terms"]``.
    """

    terms: pd.DataFrame
    doc_topics: pd.DataFrame
    labels: pd.DataFrame
    k: int
    method: str
    params: dict = field(default_factory=dict)

    def __getitem__(self, key: str) -> pd.DataFrame:
        return getattr(self, key)

    def label_map(self) -> dict[int, str]:
        """{topic: label}.

        Example:
            >>> TopicResult(pd.DataFrame(), pd.DataFrame(),
            ...             pd.DataFrame({"topic": [0], "label": ["t0: x"]}), 1, "nmf").label_map()
            {0: 't0: x'}
        """
        return dict(zip(self.labels["topic"].tolist(), self.labels["label"].tolist(), strict=True))


def _empty_result(k: int, method: str) -> TopicResult:
    return TopicResult(
        _empty(TERM_COLS, {"topic": "int64", "rank": "int64", "weight": "float64"}),
        _empty(DOC_COLS, {"topic": "int64", "share": "float64"}),
        _empty(LABEL_COLS, {"topic": "int64", "share": "float64"}),
        k,
        method,
    )


def _prepare(
    articles,
    *,
    phrases=True,
    stem=False,
    stopwords=True,
    min_df=None,
    max_df=0.5,
    max_features=20_000,
    text_col="text",
    id_col="article_id",
):
    """Document-term counts pruned for topic modelling: (x, terms, ids)."""
    df = _frame(articles, text_col, id_col, "topics")
    if df.empty:
        return sparse.csr_matrix((0, 0), dtype=np.int64), np.array([], dtype=object), []
    x, terms = _doc_term_matrix(
        df[text_col].tolist(), phrases=phrases, stem=stem, stopwords=stopwords
    )
    n_docs = x.shape[0]
    if x.shape[1] == 0:
        return x, terms, df[id_col].tolist()
    dfreq = np.asarray((x > 0).sum(axis=0)).ravel()
    if min_df is None:
        min_df = 2 if n_docs >= 20 else 1
    keep = dfreq >= min_df
    if n_docs >= 10 and max_df is not None:
        keep &= dfreq <= max(max_df * n_docs, 1)
    idx = np.flatnonzero(keep)
    if max_features is not None and idx.size > max_features:
        tot = np.asarray(x[:, idx].sum(axis=0)).ravel()
        order = np.lexsort((idx, -tot))[:max_features]
        idx = np.sort(idx[order])
    return x[:, idx].tocsr(), terms[idx], df[id_col].tolist()


def _one_blas_thread():
    """A context in which BLAS and OpenMP use one thread. The model fits' dense
    products are small (k columns), so more threads gain little, while threads
    that spin when the cores are busy (the report runs two kernels on two
    cores) cost several times the work: :func:`topics` with ``k=None`` on 2,000
    articles on a loaded 2-core host took 19.8 s wall (5.3 CPU s) with two
    threads, 3.1 s (0.9 CPU s) with one and the shared SVD."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1)


def _fit(x, k, method, random_state, max_iter):
    """Fit and return (doc-topic W, topic-term H)."""
    if method == "nmf":
        from sklearn.decomposition import NMF
        from sklearn.feature_extraction.text import TfidfTransformer

        xt = TfidfTransformer(sublinear_tf=True).fit_transform(x.astype(float))
        model = NMF(
            n_components=k, init="nndsvda", random_state=random_state, max_iter=max_iter, tol=1e-4
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ConvergenceWarning on tiny corpora
            w = model.fit_transform(xt)
        return w, model.components_
    from sklearn.decomposition import LatentDirichletAllocation

    online = x.shape[0] > 2000
    model = LatentDirichletAllocation(
        n_components=k,
        learning_method="online" if online else "batch",
        batch_size=2048,
        learning_offset=10.0,
        random_state=random_state,
        max_iter=min(max_iter, 8 if online else 30),
    )
    w = model.fit_transform(x.astype(float))
    return w, model.components_


def _clamp_k(k: int, x) -> int:
    n_docs, n_terms = x.shape
    limit = max(1, min(n_docs, n_terms))
    if k > limit:
        warnings.warn(
            f"k={k} topics but only {n_docs} documents / {n_terms} terms: using k={limit}",
            UserWarning,
            stacklevel=3,
        )
        return limit
    return max(1, int(k))


def _nndsvda_starts(xt, k_max: int, random_state):
    """NMF's NNDSVDa start for every k up to ``k_max`` from ONE seeded randomized
    SVD of rank ``k_max``: the start for k is the first k columns of W (rows of
    H), since NNDSVD builds component j from singular triplet j alone. The same
    construction as scikit-learn's ``init="nndsvda"``, which would compute a
    fresh SVD of rank k for every k (the SVD is most of an NMF fit's time)."""
    from sklearn.utils.extmath import randomized_svd

    u, s, v = randomized_svd(xt, k_max, random_state=random_state)
    w, h = np.zeros_like(u), np.zeros_like(v)
    w[:, 0], h[0] = np.sqrt(s[0]) * np.abs(u[:, 0]), np.sqrt(s[0]) * np.abs(v[0])
    for j in range(1, k_max):
        parts = []
        for a, b in ((np.maximum(u[:, j], 0), np.maximum(v[j], 0)),
                     (-np.minimum(u[:, j], 0), -np.minimum(v[j], 0))):  # fmt: skip
            na, nb = np.linalg.norm(a), np.linalg.norm(b)
            parts.append((na * nb, a / na if na else a, b / nb if nb else b))
        sigma, a, b = parts[0] if parts[0][0] > parts[1][0] else parts[1]
        lbd = np.sqrt(s[j] * sigma)
        w[:, j], h[j] = lbd * a, lbd * b
    avg = xt.mean()
    w[w < 1e-6], h[h < 1e-6] = avg, avg
    return w, h


def _auto_k(x, method, random_state, max_iter) -> int:
    """k among (2, 3, 4, 6, 8) by NPMI coherence. For NMF the candidates share
    one tf-idf matrix and one SVD (:func:`_nndsvda_starts`): five fits cost
    about two of scikit-learn's own; the final fit at the chosen k is then the
    ordinary one, so ``topics(k=None)`` equals ``topics(k=<the chosen k>)``."""
    n_docs = x.shape[0]
    cands = [k for k in (2, 3, 4, 6, 8) if k <= min(n_docs, x.shape[1])]
    if not cands:
        return 1
    if len(cands) == 1:
        return cands[0]
    if method != "nmf":
        scores = [
            _coherence(x, _fit(x, k, method, random_state, max_iter)[1], 10, "npmi") for k in cands
        ]
        return cands[int(np.argmax(scores))]
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfTransformer

    xt = TfidfTransformer(sublinear_tf=True).fit_transform(x.astype(float))
    w0, h0 = _nndsvda_starts(xt, max(cands), random_state)
    scores = []
    for k in cands:
        model = NMF(n_components=k, init="custom", random_state=random_state, max_iter=max_iter,
                    tol=1e-4)  # fmt: skip
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ConvergenceWarning on tiny corpora
            model.fit_transform(xt, W=w0[:, :k].copy(), H=h0[:k].copy())
        scores.append(_coherence(x, model.components_, 10, "npmi"))
    return cands[int(np.argmax(scores))]


def topics(
    articles,
    k: int | None = 8,
    method: str = "nmf",
    random_state: int = 0,
    n_terms: int = 10,
    *,
    phrases: bool = True,
    stem: bool = False,
    stopwords=True,
    min_df: int | None = None,
    max_df: float | None = 0.5,
    max_features: int | None = 20_000,
    max_iter: int = 300,
    text_col: str = "text",
    id_col: str = "article_id",
) -> TopicResult:
    """Topic model of the articles: NMF on sublinear tf-idf (default) or LDA on counts.

    Terms come from :mod:`analysis.terms` (news stop list, corpus phrases such as
    "abm treaty"). The vocabulary drops terms in fewer than ``min_df`` articles (2 from
    20 articles up, else 1), in more than ``max_df`` of them (from 10 articles up), and
    keeps the ``max_features`` most frequent. ``k=None`` picks k from (2, 3, 4, 6, 8)
    by NPMI coherence. k larger than the documents/terms is clamped with a warning.

    Example:
        >>> arts = pd.DataFrame({"article_id": list("abcd"), "text": [
        ...     "missile treaty missile", "treaty missile", "oil prices oil", "prices oil"]})
        >>> res = topics(arts, k=2, n_terms=2)
        >>> sorted(res.labels["label"])
        ['t0: missile, treaty', 't1: oil, prices']
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")
    x, terms, ids = _prepare(
        articles,
        phrases=phrases,
        stem=stem,
        stopwords=stopwords,
        min_df=min_df,
        max_df=max_df,
        max_features=max_features,
        text_col=text_col,
        id_col=id_col,
    )
    params = {"random_state": random_state, "n_terms": n_terms, "min_df": min_df, "max_df": max_df}
    nonzero = np.flatnonzero(np.asarray(x.sum(axis=1)).ravel() > 0) if x.shape[1] else []
    if len(nonzero) == 0:
        return _empty_result(int(k or 0), method)
    x = x[nonzero]
    ids = [ids[i] for i in nonzero]
    with _one_blas_thread():
        k = _auto_k(x, method, random_state, max_iter) if k is None else _clamp_k(int(k), x)
        w, h = _fit(x, k, method, random_state, max_iter)
    w = np.nan_to_num(w)
    rs = w.sum(axis=1, keepdims=True)
    shares = np.divide(w, rs, out=np.full_like(w, 1.0 / k), where=rs > 0)
    # Number topics by prevalence (mean share, ties by original index).
    prevalence = shares.mean(axis=0)
    order = np.lexsort((np.arange(k), -prevalence))
    shares, h, prevalence = shares[:, order], h[order], prevalence[order]
    hs = h.sum(axis=1, keepdims=True)
    h = np.divide(h, hs, out=np.zeros_like(h), where=hs > 0)

    n_top = max(1, min(int(n_terms), h.shape[1]))
    t_rows = []
    labels = []
    for t in range(k):
        top = np.lexsort((np.arange(h.shape[1]), -h[t]))[:n_top]
        top = [j for j in top if h[t, j] > 0] or list(top[:1])
        for r, j in enumerate(top):
            t_rows.append((t, r, str(terms[j]), float(h[t, j])))
        labels.append(
            (t, f"t{t}: " + ", ".join(str(terms[j]) for j in top[:3]), float(prevalence[t]))
        )
    term_frame = pd.DataFrame(t_rows, columns=TERM_COLS).astype(
        {"topic": "int64", "rank": "int64", "weight": "float64"}
    )
    doc_frame = pd.DataFrame(
        {
            "article_id": np.repeat(np.asarray(ids, dtype=object), k),
            "topic": np.tile(np.arange(k, dtype=np.int64), len(ids)),
            "share": shares.ravel().astype(float),
        }
    )
    label_frame = pd.DataFrame(labels, columns=LABEL_COLS).astype(
        {"topic": "int64", "share": "float64"}
    )
    return TopicResult(term_frame, doc_frame, label_frame, k, method, params)


def _coherence(x, h, n_terms: int = 10, metric: str = "npmi") -> float:
    """Mean topic coherence of topic-term matrix ``h`` against document co-occurrence in x."""
    b = (x > 0).astype(np.float64).tocsc()
    n = b.shape[0]
    dfreq = np.asarray(b.sum(axis=0)).ravel()
    scores = []
    for row in h:
        top = np.lexsort((np.arange(row.size), -row))[: min(n_terms, row.size)]
        top = [j for j in top if row[j] > 0]
        if len(top) < 2:
            continue
        sub = b[:, top]
        co = (sub.T @ sub).toarray()
        vals = []
        for i in range(len(top)):
            for j in range(i + 1, len(top)):
                if metric == "umass":
                    # UMass: log((D(w_j, w_i) + 1) / D(w_i)), w_i ranked above w_j
                    vals.append(np.log((co[i, j] + 1.0) / max(dfreq[top[i]], 1.0)))
                else:
                    if co[i, j] == 0:
                        vals.append(-1.0)
                        continue
                    pij = co[i, j] / n
                    pi, pj = dfreq[top[i]] / n, dfreq[top[j]] / n
                    vals.append(1.0 if pij >= 1 else np.log(pij / (pi * pj)) / -np.log(pij))
        scores.append(float(np.mean(vals)))
    return float(np.mean(scores)) if scores else float("nan")


def choose_k(
    articles,
    ks=(4, 6, 8, 10),
    method: str = "nmf",
    metric: str = "npmi",
    random_state: int = 0,
    n_terms: int = 10,
    **kwargs,
) -> pd.DataFrame:
    """Topic coherence for several k: frame k, coherence, best (True for the highest).

    ``metric``: "npmi" (normalised PMI of top-term pairs, document co-occurrence; -1..1)
    or "umass" (Mimno et al. 2011; <= 0, higher is better). k beyond the corpus size is
    skipped. Higher coherence = topics whose top terms co-occur in the same articles.

    Example:
        >>> arts = pd.DataFrame({"article_id": list("abcd"), "text": [
        ...     "missile treaty missile", "treaty missile", "oil prices oil", "prices oil"]})
        >>> choose_k(arts, ks=(1, 2))["k"].tolist()
        [1, 2]
    """
    cols = ["k", "coherence", "best"]
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")
    max_iter = kwargs.pop("max_iter", 300)
    x, terms, _ = _prepare(articles, **kwargs)
    if x.shape[0] == 0 or x.shape[1] == 0:
        return _empty(cols, {"k": "int64", "coherence": "float64", "best": "bool"})
    x = x[np.asarray(x.sum(axis=1)).ravel() > 0]
    limit = min(x.shape)
    rows = []
    for k in sorted({int(k) for k in ks}):
        if k < 1 or k > limit:
            continue
        with _one_blas_thread():
            _, h = _fit(x, k, method, random_state, max_iter)
        rows.append((k, _coherence(x, h, n_terms, metric)))
    if not rows:
        return _empty(cols, {"k": "int64", "coherence": "float64", "best": "bool"})
    out = pd.DataFrame(rows, columns=["k", "coherence"])
    best = out["coherence"].fillna(-np.inf).to_numpy()
    out["best"] = np.arange(len(out)) == int(np.argmax(best))
    return out.astype({"k": "int64", "coherence": "float64"})


def _doc_topics_of(result_or_doc_topics) -> tuple[pd.DataFrame, dict]:
    if isinstance(result_or_doc_topics, TopicResult):
        return result_or_doc_topics.doc_topics, result_or_doc_topics.label_map()
    if isinstance(result_or_doc_topics, dict):
        dt = result_or_doc_topics["doc_topics"]
        lab = result_or_doc_topics.get("labels")
        lm = {} if lab is None else dict(zip(lab["topic"], lab["label"], strict=True))
        return dt, lm
    return result_or_doc_topics, {}


def topic_shares(
    result_or_doc_topics,
    articles,
    by: str = "source",
    *,
    date_col: str = "published",
    id_col: str = "article_id",
) -> pd.DataFrame:
    """Mean topic share per group of ``by`` (a column such as "source", or "month"/"year"):
    by, topic, label, share, n_docs.

    Example:
        >>> arts = pd.DataFrame({"article_id": list("abcd"), "source": list("xxyy"), "text": [
        ...     "missile treaty missile", "treaty missile", "oil prices oil", "prices oil"]})
        >>> ts = topic_shares(topics(arts, k=2), arts, by="source")
        >>> ts.groupby("source")["share"].sum().round(6).tolist()
        [1.0, 1.0]
    """
    dt, lm = _doc_topics_of(result_or_doc_topics)
    cols = [by, "topic", "label", "share", "n_docs"]
    dtypes = {"topic": "int64", "share": "float64", "n_docs": "int64"}
    if dt is None or dt.empty or articles is None or len(articles) == 0:
        return _empty(cols, dtypes)
    arts = articles.reset_index(drop=True)
    key = pd.DataFrame({id_col: arts[id_col].to_numpy(), by: _group_values(arts, by, date_col)})
    key = key.drop_duplicates(id_col)
    m = dt.merge(key, on=id_col, how="inner")
    m = m[m[by].notna()]
    if m.empty:
        return _empty(cols, dtypes)
    out = (
        m.groupby([by, "topic"], sort=True)
        .agg(share=("share", "mean"), n_docs=(id_col, "nunique"))
        .reset_index()
    )
    out["label"] = out["topic"].map(lambda t: lm.get(t, f"t{t}"))
    return out[cols].astype(dtypes)


def topics_over_time(
    result_or_doc_topics,
    articles,
    freq: str = "M",
    by: str | None = None,
    *,
    date_col: str = "published",
    id_col: str = "article_id",
) -> pd.DataFrame:
    """Mean topic share per period (and per ``by`` group, e.g. outlet):
    period, [by], topic, label, share, n_docs. Articles without a date are left out.

    Example:
        >>> arts = pd.DataFrame({"article_id": list("abcd"), "text": [
        ...     "missile treaty missile", "treaty missile", "oil prices oil", "prices oil"],
        ...     "published": pd.to_datetime(["2001-10-02", "2001-10-09", "2001-11-01", None])})
        >>> tot = topics_over_time(topics(arts, k=2), arts)
        >>> tot.groupby("period")["n_docs"].first().tolist()
        [2, 1]
    """
    cols = ["period"] + ([by] if by else []) + ["topic", "label", "share", "n_docs"]
    dtypes = {"period": "datetime64[ns]", "topic": "int64", "share": "float64", "n_docs": "int64"}
    dt, lm = _doc_topics_of(result_or_doc_topics)
    if dt is None or dt.empty or articles is None or len(articles) == 0:
        return _empty(cols, dtypes)
    if date_col not in articles.columns:
        return _empty(cols, dtypes)
    arts = articles.reset_index(drop=True)
    key = pd.DataFrame(
        {id_col: arts[id_col].to_numpy(), "period": _period_start(arts[date_col], freq)}
    )
    if by:
        key[by] = _group_values(arts, by, date_col).to_numpy()
    key = key.drop_duplicates(id_col)
    m = dt.merge(key, on=id_col, how="inner")
    m = m[m["period"].notna()]
    if by:
        m = m[m[by].notna()]
    if m.empty:
        return _empty(cols, dtypes)
    g = ["period"] + ([by] if by else []) + ["topic"]
    out = (
        m.groupby(g, sort=True)
        .agg(share=("share", "mean"), n_docs=(id_col, "nunique"))
        .reset_index()
    )
    out["label"] = out["topic"].map(lambda t: lm.get(t, f"t{t}"))
    return out[cols].astype(dtypes)
