"""Quote extraction and attribution: who is quoted saying what in each article.

This module owns ``extract_quotes``, which turns an articles frame into a quotes
frame with one row per attributed statement (direct quotes in quotation marks,
indirect "X said (that) ..." speech, "according to X", colon quotes and mixed
quotes), each with its speaker resolved within the article to the fullest name the
article gives ("Mr. Bush" -> "George W. Bush" when the article says so) and typed
person / anonymous / organization / group / unknown. The rules live in
``analysis._quote_rules`` and the lexicons in ``analysis/resources``; no model or
download is used, and any input string yields a frame whose offsets index the text.
Cross-article speaker merging is ``analysis.speakers.resolve_speakers``.
"""

from __future__ import annotations

import bisect

import numpy as np
import pandas as pd

from ._quote_rules import extract as _extract_one
from .clean import as_text

COLUMNS = [
    "article_id",
    "quote_id",
    "speaker",
    "speaker_mention",
    "speaker_type",
    "cue",
    "kind",
    "quote",
    "start",
    "end",
    "sentence_id",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
]

_INT_COLS = ["start", "end", "sentence_id", "speaker_start", "speaker_end", "cue_start", "cue_end"]


def _empty() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series([], dtype="object") for c in COLUMNS})
    for c in _INT_COLS:
        frame[c] = frame[c].astype("int64")
    return frame


def _sentence_starts(ids, texts, sentences):
    """article_id -> sorted sentence start offsets, from analysis.split_sentences of
    the articles (``ids``, ``texts``) when it is available (or a given sentences frame),
    else None (use our own split)."""
    if sentences is None:
        try:
            from .sentences import split_sentences

            sentences = split_sentences(pd.DataFrame({"article_id": ids, "text": texts}))
        except Exception:  # stub or failure: fall back to our own segmentation
            return None
    fast = _sentence_starts_fast(sentences)
    if fast is not None:
        return fast
    try:
        out = {}
        srt = sentences.sort_values(["article_id", "sentence_id"], kind="mergesort")
        for aid, grp in srt.groupby("article_id", sort=False):
            out[str(aid)] = (
                grp["start"].astype(int).tolist(),
                grp["sentence_id"].astype(int).tolist(),
            )
        return out
    except Exception:
        return None


def _sentence_starts_fast(sentences):
    """The same mapping as the pandas sort + groupby in _sentence_starts, with numpy,
    for the usual frame: string article ids without missing values and integer
    ``sentence_id``/``start`` columns. None when the frame is anything else."""
    try:
        aid = sentences["article_id"]
        sid = sentences["sentence_id"]
        st = sentences["start"]
    except Exception:
        return None
    if not (
        isinstance(sentences, pd.DataFrame)
        and len(sentences) > 0
        and pd.api.types.is_integer_dtype(sid.dtype)
        and pd.api.types.is_integer_dtype(st.dtype)
        and pd.api.types.infer_dtype(aid, skipna=False) == "string"
        and not aid.isna().any()
    ):
        return None
    codes, uniques = pd.factorize(aid)
    order = np.lexsort((sid.to_numpy(), codes))  # stable, like the mergesort
    codes = codes[order]
    cut = (np.flatnonzero(codes[1:] != codes[:-1]) + 1).tolist()
    starts = st.to_numpy()[order].tolist()
    sids = sid.to_numpy()[order].tolist()
    names = uniques.tolist()  # (indexing the array item by item is slow)
    lo = [0, *cut]
    out = {}
    for a, b, c in zip(lo, [*cut, len(codes)], codes[lo].tolist(), strict=True):
        out[names[c]] = (starts[a:b], sids[a:b])
    return out


def extract_quotes(articles: pd.DataFrame, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Extract attributed statements from every article's ``text``.

    ``articles`` needs ``article_id`` and ``text`` columns (other columns are ignored);
    ``sentences`` optionally passes a precomputed ``split_sentences`` frame so that
    ``sentence_id`` numbering is reused instead of recomputed. Returns a new frame
    with one row per statement in text order: article_id, quote_id
    (``"<article_id>:<n>"``), speaker (canonical within the article), speaker_mention
    (surface form, e.g. "he"), speaker_type, cue, kind (direct|indirect|mixed), quote,
    start, end (``text[start:end] == quote``), sentence_id, speaker_start, speaker_end,
    cue_start, cue_end.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ['"We will win," Jane Doe said.']})
    >>> extract_quotes(arts)[["speaker", "kind", "quote"]].values.tolist()
    [['Jane Doe', 'direct', 'We will win']]
    """
    if articles is None or len(articles) == 0 or "text" not in articles:
        return _empty()
    ids = (
        articles["article_id"].astype(str).tolist()
        if "article_id" in articles
        else [str(i) for i in range(len(articles))]
    )
    # non-strings count as no text; lone surrogates become U+FFFD (same offsets)
    texts = [as_text(t) if isinstance(t, str) else "" for t in articles["text"].tolist()]
    starts_by_article = _sentence_starts(ids, texts, sentences)
    rows = []
    for aid, text in zip(ids, texts, strict=True):
        try:
            found, sents = _extract_one(text)
        except Exception:  # never raise on data; an article we cannot parse has no quotes
            found, sents = [], []
        if not found:
            continue
        if starts_by_article is not None and aid in starts_by_article:
            s_starts, s_ids = starts_by_article[aid]
        else:
            s_starts = [s for s, _ in sents]
            s_ids = list(range(len(s_starts)))
        for n, q in enumerate(found):
            i = bisect.bisect_right(s_starts, q.start) - 1
            rows.append(
                (
                    aid,
                    f"{aid}:{n}",
                    q.speaker,
                    q.mention,
                    q.stype,
                    q.cue,
                    q.kind,
                    text[q.start : q.end],
                    q.start,
                    q.end,
                    s_ids[i] if i >= 0 else 0,
                    q.m_start,
                    q.m_end,
                    q.cue_start,
                    q.cue_end,
                )
            )
    if not rows:
        frame = _empty()
    else:
        cols = dict(zip(COLUMNS, map(list, zip(*rows, strict=True)), strict=True))
        for c in _INT_COLS:
            cols[c] = np.array(cols[c], dtype=np.int64)
        frame = pd.DataFrame(cols)
    # hook (issue 13): speaker turns of transcript articles, kind="turn"
    from .transcripts import add_turns

    return add_turns(frame, ids, texts, starts_by_article)
