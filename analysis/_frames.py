"""Shape checks of the frames the public functions take (articles, sentences,
quotes): a column they read written twice, or a column they cannot work without
missing, raises one clear ``ValueError`` that names the function, the frame and the
problem, instead of a pandas error from deep inside (``'DataFrame' object has no
attribute 'tolist'``, ``KeyError: 'article_id'``).
"""

from __future__ import annotations

import pandas as pd


def check_frame(frame, func: str, what: str, uses=(), required=()) -> None:
    """Raise ``ValueError`` when ``frame`` (a DataFrame; anything else passes) has a
    column of ``uses`` or ``required`` under one name more than once, or lacks a
    column of ``required``. ``func`` and ``what`` name the function and the frame
    in the message.

    >>> arts = pd.DataFrame([["a", "One.", "Two."]], columns=["article_id", "text", "text"])
    >>> check_frame(arts, "split_sentences", "articles", uses=("text",))
    Traceback (most recent call last):
    ...
    ValueError: split_sentences: the articles frame has 2 columns named 'text'; keep one, e.g. articles.loc[:, ~articles.columns.duplicated()]
    >>> check_frame(arts.iloc[:, :2], "article_tone", "sentences", required=("article_id", "sentence_id"))
    Traceback (most recent call last):
    ...
    ValueError: article_tone: the sentences frame lacks column(s) ['sentence_id'] (it has ['article_id', 'text'])
    """
    if not isinstance(frame, pd.DataFrame):
        return
    cols = frame.columns
    if not cols.is_unique:
        wanted = set(uses) | set(required)
        for name in dict.fromkeys(cols[cols.duplicated()]):
            if name in wanted:
                n = int((cols == name).sum())
                raise ValueError(
                    f"{func}: the {what} frame has {n} columns named {name!r}; keep one, "
                    f"e.g. {what}.loc[:, ~{what}.columns.duplicated()]"
                )
    missing = [c for c in required if c not in cols]
    if missing:
        raise ValueError(
            f"{func}: the {what} frame lacks column(s) {missing} (it has {list(map(str, cols))})"
        )


def typed_empty(frame: pd.DataFrame, like=None, **dtypes) -> pd.DataFrame:
    """``frame`` unchanged when it has rows; when it has none, its columns get the
    dtypes a non-empty result would have: ``dtypes`` first, then the dtype of the
    same column in ``like`` (the input frame), then text (``str``) for a column
    left ``object``. An empty corpus then gives frames that concatenate, merge
    and filter like the frames of any other corpus.

    >>> out = typed_empty(pd.DataFrame(columns=["article_id", "n", "word"]),
    ...                   pd.DataFrame({"article_id": pd.Series([], dtype="int64")}), n="int64")
    >>> [str(t) for t in out.dtypes]
    ['int64', 'int64', 'str']
    """
    if not isinstance(frame, pd.DataFrame) or len(frame) or not frame.columns.is_unique:
        return frame
    out = {}
    for name in frame.columns:
        col = frame[name]
        if name in dtypes:
            want = dtypes[name]
        elif isinstance(like, pd.DataFrame) and name in like.columns and like.columns.is_unique:
            want = like[name].dtype
        elif col.dtype == object:
            want = "str"
        else:
            want = col.dtype
        out[name] = col.astype(want) if str(col.dtype) != str(want) else col
    res = pd.DataFrame(out, index=frame.index[:0])
    res.attrs = dict(frame.attrs)
    return res
