"""One cached path from a corpus to the frames the notebooks chart.

:func:`open_corpus` loads a corpus once (the loader's parse is cached as
Parquet, keyed on the files' paths, sizes and modification times and the load
options), runs :func:`analysis.analyze` once (cached by the pipeline, keyed on
the texts), and returns a :class:`CorpusSession` whose frames are read from
the cache lazily, with only the columns asked for: article metadata without
the texts, sentences as offsets and scores (text attached only to the rows
shown), quotes with resolved speakers, term counts. Derived tables that cost
seconds at scale (article tone, top and distinctive terms, topics, KWIC, tone
toward a term, speaker tone) are memoised in the same cache, keyed on the
corpus and their parameters, so rerunning a notebook reads them back. The
cache lives in :func:`analysis.pipeline.default_cache_dir` (``$NEWSLENS_CACHE``
or ``~/.cache/newslens``); deleting that folder clears it.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pyarrow as pa

from ._version import __version__, fingerprint
from .pipeline import (
    STEPS,
    analyze,
    default_cache_dir,
    discard_entry,
    entry_problem,
    frame_key,
    read_cached_frame,
    release_memory,
)
from .wording import counted

_GLOB = set("*?[")
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"  # bundled (source checkout)
_TEXT_COLUMNS = ("text", "boilerplate")
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")
_TONE_CHUNK = 2_000  # articles whose whole texts are scored at once
_TEXT_BATCH = 5_000  # articles whose texts are read from the cache at once


def _stamp_files(source) -> list | None:
    """(path, size, mtime_ns) of every file a corpus source may read, sorted;
    None when a path does not exist (the loader then raises its own error)."""
    if isinstance(source, (list, tuple)):
        out = []
        for s in source:
            part = _stamp_files(s)
            if part is None:
                return None
            out.extend(part)
        return out
    text = os.fspath(source)
    if any(c in text for c in _GLOB) and not Path(text).exists():
        paths = sorted(glob.glob(text, recursive=True))
        if not paths:
            return None
    else:
        paths = [text]
    out = []
    for p in paths:
        path = Path(p).resolve()
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    out.append(_stat(Path(root) / name))
        elif path.exists():
            out.append(_stat(path))
        else:
            return None
    return out


def _stat(path: Path) -> tuple:
    st = path.stat()
    return (str(path), st.st_size, st.st_mtime_ns)


def load_key(source, options: dict | None = None) -> str | None:
    """Cache key of a corpus on disk: its files' paths, sizes and modification
    times, the load options and the package version (None if a path is missing).

    Example:
        >>> load_key(SAMPLE) == load_key(SAMPLE)
        True
        >>> load_key("no/such/folder") is None
        True
    """
    files = _stamp_files(source)
    if files is None:
        return None
    h = hashlib.blake2b(digest_size=16)
    h.update(
        json.dumps(
            {"v": __version__, "code": fingerprint(), "options": options or {}},
            sort_keys=True,
            default=str,
        ).encode()
    )
    h.update(json.dumps(files).encode())
    return h.hexdigest()


# what reading a damaged cache file (truncated, overwritten, valid JSON of another
# shape) raises: the entry is then recomputed, never an error from deep inside
_DAMAGED = (OSError, ValueError, KeyError, TypeError, AttributeError, pa.ArrowException)


def _time_units(frame: pd.DataFrame) -> dict:
    """Datetime column dtypes (Parquet stores seconds as milliseconds)."""
    return {str(c): str(t) for c, t in frame.dtypes.items() if str(t).startswith("datetime64")}


def _restore_units(frame: pd.DataFrame, units: dict) -> pd.DataFrame:
    for col, dtype in (units or {}).items():
        if col in frame.columns and str(frame[col].dtype) != dtype:
            frame[col] = frame[col].astype(dtype)
    return frame


def _atomic_dir(final: Path) -> Path:
    tmp = final.parent / f".{final.name}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    return tmp


def _publish(tmp: Path, final: Path) -> None:
    """Rename a finished temporary folder into place (another process may have won)."""
    shutil.rmtree(final, ignore_errors=True)
    try:
        os.replace(tmp, final)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)


def load_cached(source, cache_dir=None, **options) -> pd.DataFrame:
    """:func:`analysis.load_articles` with its result cached as Parquet.

    The entry is keyed on the files' paths, sizes and modification times
    (:func:`load_key`), so editing, adding or removing a file reloads; load
    problems are kept with it (:func:`analysis.load_report` works on the
    result). Warnings are those of the loader, on the first load only.

    Example:
        >>> import tempfile
        >>> d = tempfile.mkdtemp()
        >>> a = load_cached(SAMPLE, d)
        >>> b = load_cached(SAMPLE, d)
        >>> a.equals(b)
        True
    """
    from .load import load_articles

    root = Path(cache_dir) if cache_dir else default_cache_dir()
    key = load_key(source, options)
    if key is None:
        return load_articles(source, **options)  # raises a clear "not found" error
    entry = root / "load" / key
    cached = _read_articles(entry)
    if cached is not None:
        return cached
    articles = load_articles(source, **options)
    tmp = _atomic_dir(entry)
    try:
        # row groups of a few thousand articles: reads filtered by article (the
        # texts of a few rows) decode one group at a time, not every text at once
        articles.to_parquet(
            tmp / "articles.parquet", index=False, compression="lz4", row_group_size=_TEXT_BATCH
        )
        meta = {
            "load_errors": articles.attrs.get("load_errors", "[]"),
            "rows": len(articles),
            "units": _time_units(articles),
        }
        (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        _publish(tmp, entry)
    except (OSError, ValueError, TypeError, ImportError) as exc:  # not cacheable: still loaded
        shutil.rmtree(tmp, ignore_errors=True)
        warnings.warn(f"corpus not cached ({type(exc).__name__}: {exc})", stacklevel=2)
    return articles


def corpus_cached(source, cache_dir=None, **options) -> bool:
    """Whether :func:`load_cached` would read ``source`` from the cache.

    Example:
        >>> import tempfile
        >>> d = tempfile.mkdtemp()
        >>> corpus_cached(SAMPLE, d), len(load_cached(SAMPLE, d)) > 0, corpus_cached(SAMPLE, d)
        (False, True, True)
    """
    key = load_key(source, options)
    entry = (Path(cache_dir) if cache_dir else default_cache_dir()) / "load" / str(key)
    return (
        key is not None and (entry / "meta.json").exists() and (entry / "articles.parquet").exists()
    )


def _read_articles(entry: Path, columns=None) -> pd.DataFrame | None:
    try:
        meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
        frame = pd.read_parquet(entry / "articles.parquet", columns=columns)
        frame.attrs["load_errors"] = str(meta.get("load_errors", "[]"))
        return _restore_units(frame, meta.get("units"))
    except _DAMAGED:
        return None


def _load_entry_ok(entry: Path) -> bool:
    """Whether a cached load entry looks whole (meta.json an object whose row
    count matches the Parquet footer of articles.parquet; both cheap to read).
    A damaged one is moved out of the way with a warning, to be reloaded."""
    import pyarrow.parquet as pq

    if not (entry / "meta.json").exists():
        return False
    try:
        meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
        rows = pq.ParquetFile(entry / "articles.parquet").metadata.num_rows
        if rows != int(meta["rows"]) or not isinstance(meta.get("units", {}), dict):
            raise ValueError(f"{rows} rows, meta.json says {meta['rows']}")
        return True
    except _DAMAGED as exc:
        warnings.warn(
            f"corpus cache entry {entry} is damaged ({type(exc).__name__}: {str(exc)[:200]}); "
            "reloading",
            stacklevel=3,
        )
        discard_entry(entry)
        return False


def open_corpus(
    corpus, *, cache_dir=None, n_jobs: int = -1, progress=None, quiet: bool = False, **options
) -> CorpusSession:
    """Load and analyse ``corpus`` once, cached; return a :class:`CorpusSession`.

    ``corpus`` is what :func:`analysis.load_articles` takes (file, folder,
    glob, list) or an articles frame; ``options`` go to the loader.
    ``cache_dir`` defaults to :func:`analysis.pipeline.default_cache_dir`.
    The first call loads, runs :func:`analysis.analyze` on every core and
    writes the cache; later calls (any notebook, the report) only check file
    stamps. Load problems are summarised in one printed notice (``quiet``
    silences it); the table is ``session.load_problems``.

    Example:
        >>> import tempfile
        >>> res = open_corpus(SAMPLE, cache_dir=tempfile.mkdtemp(), quiet=True)
        >>> list(res.sentences.columns[:3]), len(res.quotes) > 0
        (['article_id', 'sentence_id', 'paragraph_id'], True)
        >>> open_corpus(SAMPLE, cache_dir=res.cache_dir, quiet=True).meta.equals(res.meta)
        True
    """
    root = Path(cache_dir) if cache_dir else default_cache_dir()
    if isinstance(corpus, pd.DataFrame):
        session = CorpusSession(root, "frame-" + frame_key(corpus), corpus)
    else:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            key = load_key(corpus, options)
            entry = root / "load" / str(key)
            cached = key is not None and _load_entry_ok(entry)
            # a cached corpus is read lazily (``meta`` without the texts); else load it now
            articles = load_cached(corpus, root, **options) if key and not cached else None
        if key is None:
            from .load import load_articles

            load_articles(corpus, **options)  # raises: the corpus does not exist
        session = CorpusSession(root, key, articles, source=corpus)
        session.notices.extend(_notices(caught))
    session._ensure_analysis(n_jobs=n_jobs, progress=progress)
    if not quiet:
        session.print_notices()
    return session


def _notices(caught) -> list[str]:
    out = []
    for w in caught:
        msg = str(w.message)
        if msg.startswith("load_articles:"):
            continue  # summarised from the load report instead
        if msg not in out:
            out.append(msg)
    return out


def _bounded_prior(frame: pd.DataFrame, group_col, a, b, n: int | None) -> pd.DataFrame:
    """Every row of groups ``a`` and ``b`` plus a seeded random sample of ``n`` other
    rows (corpus order kept): the prior of :func:`analysis.distinctive_terms` read
    from a bounded frame. Unchanged when ``n`` is None, ``b`` is None or there are
    at most ``n`` other rows.

    Example:
        >>> f = pd.DataFrame({"g": list("abxxx"), "quote": list("12345")})
        >>> _bounded_prior(f, "g", "a", "b", 1)["g"].tolist()
        ['a', 'b', 'x']
    """
    if n is None or b is None or group_col not in frame.columns:
        return frame
    mine = frame[group_col].isin([a, b])
    others = frame[~mine]
    if len(others) <= int(n):
        return frame
    keep = others.sample(n=int(n), random_state=0).index
    return frame[mine | frame.index.isin(keep)]


class CorpusSession:
    """Frames of one opened corpus, read lazily from the cache.

    ``meta`` (articles without their texts), ``articles`` (with texts),
    ``sentences`` (offsets + VADER scores, no text), ``quotes`` (resolved
    speakers), ``terms`` (word counts per article); :meth:`read` reads any of
    them with chosen columns. The other methods are cached analyses.
    """

    def __init__(self, root: Path, key: str, articles=None, source=None):
        self.cache_dir = Path(root)
        self.key = key
        self.source = source
        self.notices: list[str] = []
        self._frames: dict[str, pd.DataFrame] = {}
        if articles is not None:
            self._frames["articles"] = articles
        self._entry = self.cache_dir / "load" / key
        self._derived = self.cache_dir / "derived" / key
        self.analysis_key: str | None = None

    # -- the analysis -------------------------------------------------------
    def _ensure_analysis(self, n_jobs=-1, progress=None) -> None:
        stamp = self._derived / "analysis.json"
        try:
            akey = json.loads(stamp.read_text(encoding="utf-8"))["key"]
            if not (isinstance(akey, str) and akey.isalnum()):  # a key, never a path
                raise ValueError(f"bad analysis key {str(akey)[:40]!r}")
            if (self.cache_dir / akey / "manifest.json").exists():
                why = entry_problem(self.cache_dir / akey)
                if not why:
                    self.analysis_key = akey
                    return
                warnings.warn(
                    f"analysis cache entry {self.cache_dir / akey} is damaged ({why}); recomputing",
                    stacklevel=3,
                )
                discard_entry(self.cache_dir / akey)
        except (*_DAMAGED, TypeError):
            pass
        # only the two columns analyze() reads; its frames stay on disk (read_back=False)
        # and are read back later, each with only the columns a notebook needs
        res = analyze(
            self._texts(),
            cache_dir=self.cache_dir,
            n_jobs=n_jobs,
            progress=progress,
            read_back=False,
        )
        self.analysis_key = res.cache_key
        del res
        release_memory()  # the texts read for analyze()
        self._derived.mkdir(parents=True, exist_ok=True)
        stamp.write_text(json.dumps({"key": self.analysis_key, "steps": list(STEPS)}))

    # -- frames -------------------------------------------------------------
    def read(self, name: str, columns=None) -> pd.DataFrame:
        """A frame by name ("articles", "sentences", "quotes" as extracted,
        "terms") with only ``columns`` (None: all), from memory or the cache.

        Example:
            >>> import tempfile
            >>> res = open_corpus(SAMPLE, cache_dir=tempfile.mkdtemp(), quiet=True)
            >>> list(res.read("sentences", ["article_id", "compound"]).columns)
            ['article_id', 'compound']
        """
        held = self._frames.get(name)
        if held is not None:
            return held if columns is None else held[list(columns)]
        if name == "articles":
            frame = _read_articles(self._entry, columns)
            if frame is None:
                raise FileNotFoundError(f"no cached articles in {self._entry}")
            return frame
        return read_cached_frame(self.cache_dir / self.analysis_key, name, columns)

    def _texts(self) -> pd.DataFrame:
        """``article_id, text`` of every article: from the articles held in
        memory, else read from the cache without the other columns."""
        held = self._frames.get("articles")
        if held is not None:
            return held[["article_id", "text"]]
        return self.read("articles", ["article_id", "text"])

    def _held(self, name: str, make):
        if name not in self._frames:
            self._frames[name] = make()
        return self._frames[name]

    @property
    def articles(self) -> pd.DataFrame:
        """Every article with its text (see ``meta`` for a frame without texts)."""
        return self._held("articles", lambda: self.read("articles"))

    @property
    def meta(self) -> pd.DataFrame:
        """The articles without ``text`` and ``boilerplate`` (small at any scale)."""
        if "articles" in self._frames:
            return self._frames["articles"].drop(columns=list(_TEXT_COLUMNS), errors="ignore")

        def make():
            import pyarrow.parquet as pq

            names = pq.read_schema(self._entry / "articles.parquet").names
            return self.read("articles", [c for c in names if c not in _TEXT_COLUMNS])

        return self._held("meta", make)

    @property
    def sentences(self) -> pd.DataFrame:
        """One row per sentence: ids, offsets, VADER scores (no text: :meth:`with_text`)."""
        return self._held("sentences", lambda: self.read("sentences"))

    @property
    def terms(self) -> pd.DataFrame:
        """Word counts per article (``article_id, term, count``)."""
        return self._held("terms", lambda: self.read("terms"))

    @property
    def quotes(self) -> pd.DataFrame:
        """Quotes with resolved speakers (``speaker_id``, ``speaker_name``), cached."""

        def make():
            from .gender import speaker_gender
            from .speakers import resolve_speakers

            def resolve():
                arts = self._frames.get("articles")
                if arts is None:  # read chunk by chunk, texts as Python strings once:
                    arts = pd.concat(  # the resolvers' lookups share them (no copy each)
                        c.assign(text=c["text"].astype(object))
                        for c in self.article_chunks(_TEXT_BATCH)
                    )
                    release_memory()
                return speaker_gender(resolve_speakers(self.read("quotes"), arts), arts)

            return self.memo("quotes_resolved", resolve)

        return self._held("quotes_resolved", make)

    @property
    def load_problems(self) -> pd.DataFrame:
        """:func:`analysis.load_report` of the corpus."""
        from .load import load_report

        return load_report(self.meta)

    def texts_of(self, ids) -> pd.DataFrame:
        """``article_id, text`` of the given articles only (read from the cache).

        Example:
            >>> import tempfile
            >>> res = open_corpus(SAMPLE, cache_dir=tempfile.mkdtemp(), quiet=True)
            >>> len(res.texts_of(res.meta["article_id"].head(2)))
            2
        """
        wanted = pd.unique(pd.Series(list(ids), dtype=object).astype(str))
        if "articles" in self._frames:
            arts = self._frames["articles"]
            return arts.loc[arts["article_id"].astype(str).isin(wanted), ["article_id", "text"]]
        try:
            if not len(wanted):  # Arrow cannot type an empty "in" list: no rows, same columns
                import pyarrow.parquet as pq

                from .pipeline import _arrow_strings

                empty = pq.read_schema(self._entry / "articles.parquet").empty_table()
                return empty.select(["article_id", "text"]).to_pandas(types_mapper=_arrow_strings)
            return pd.read_parquet(
                self._entry / "articles.parquet",
                columns=["article_id", "text"],
                filters=[("article_id", "in", list(wanted))],
            )
        except (OSError, ValueError, TypeError):
            arts = self.articles
            return arts.loc[arts["article_id"].astype(str).isin(wanted), ["article_id", "text"]]

    def with_text(self, frame: pd.DataFrame, col: str = "text") -> pd.DataFrame:
        """``frame`` (offset rows: sentences, quotes) with ``col`` cut from the
        article texts, reading only the articles it refers to.

        Example:
            >>> import tempfile
            >>> res = open_corpus(SAMPLE, cache_dir=tempfile.mkdtemp(), quiet=True)
            >>> bool(res.with_text(res.sentences.head(1))["text"].str.len().iloc[0] > 0)
            True
        """
        from .sentences import attach_text

        return attach_text(frame, self.texts_of(frame["article_id"]), col=col)

    def print_notices(self) -> None:
        """Print load problems (by count) and other warnings as one readable notice each."""
        problems = self.load_problems
        if "level" in problems:
            problems = problems[problems["level"] != "notice"]
        if len(problems):
            dropped = int(problems["dropped"].sum())
            print(
                f"Notice: {counted(len(problems), 'load problem')}, "
                f"{counted(dropped, 'document')} not loaded; "
                "the table is in notebook 01 (analysis.load_report)."
            )
        for msg in self.notices:
            print(f"Notice: {msg}")

    # -- memoised analyses --------------------------------------------------
    def memo(self, name: str, compute, /, **params):
        """``compute()`` cached under ``name`` and ``params`` for this corpus.

        Frames and :class:`analysis.topic_model.TopicResult` are stored as
        Parquet; a result that cannot be stored is returned uncached.

        Example:
            >>> import tempfile
            >>> res = open_corpus(SAMPLE, cache_dir=tempfile.mkdtemp(), quiet=True)
            >>> calls = []
            >>> f = lambda: calls.append(1) or pd.DataFrame({"n": [len(calls)]})
            >>> res.memo("demo", f, n=1).equals(res.memo("demo", f, n=1)), len(calls)
            (True, 1)
        """
        h = hashlib.blake2b(json.dumps(params, sort_keys=True, default=str).encode(), digest_size=8)
        path = self._derived / f"{_SAFE.sub('_', name)}-{h.hexdigest()}"
        found = _read_result(path)
        if found is not None:
            return found
        value = compute()
        _write_result(path, value)
        return value

    def article_chunks(self, size: int = _TONE_CHUNK, columns=None):
        """The articles (with texts) ``size`` at a time, each chunk equal to the
        same rows of :attr:`articles` (index included; ``columns``: only
        those), read batch by batch from the cache: a kernel never holds every
        text at once. An empty corpus gives one empty chunk.

        Example:
            >>> import tempfile
            >>> res = open_corpus(SAMPLE, cache_dir=tempfile.mkdtemp(), quiet=True)
            >>> again = open_corpus(SAMPLE, cache_dir=res.cache_dir, quiet=True)
            >>> pd.concat(again.article_chunks(7)).equals(res.articles)
            True
        """
        held = self._frames.get("articles")
        if held is None and not len(self.meta):
            held = self.read("articles")
        if held is not None:
            held = held if columns is None else held[list(columns)]
            for i in range(0, max(len(held), 1), size):
                yield held.iloc[i : i + size]
            return
        import pyarrow.parquet as pq

        from .pipeline import _arrow_strings

        meta = self.meta
        pf = pq.ParquetFile(self._entry / "articles.parquet")
        names = [c for c in pf.schema_arrow.names if columns is None or c in columns]
        texts = [c for c in names if c in _TEXT_COLUMNS]
        pos = 0
        for batch in pf.iter_batches(batch_size=size, columns=texts or names[:1]):
            part = meta.iloc[pos : pos + batch.num_rows]
            got = batch.to_pandas(types_mapper=_arrow_strings)
            got.index = part.index
            pos += batch.num_rows
            chunk = pd.concat([part, got[texts]], axis=1)[names]
            chunk.attrs = dict(meta.attrs)  # load_errors, as on ``articles``
            yield chunk

    def sample(self, n: int | None, random_state: int = 0) -> pd.DataFrame:
        """The articles (with texts) or, when there are more than ``n``, a seeded
        random sample of ``n`` of them in corpus order: what the corpus-level
        term and topic analyses read on large corpora, to bound their memory.

        Example:
            >>> import tempfile
            >>> res = open_corpus(SAMPLE, cache_dir=tempfile.mkdtemp(), quiet=True)
            >>> len(res.sample(10)), len(res.sample(None)) == len(res.meta)
            (10, True)
        """
        if "articles" in self._frames or n is None or len(self.meta) <= int(n):
            arts = self.articles
            if n is None or len(arts) <= int(n):
                return arts
            return arts.sample(n=int(n), random_state=random_state).sort_index()
        # the same rows as sampling the articles (the choice depends on the length
        # only), read batch by batch: the other articles' texts are never held
        keep = self.meta.sample(n=int(n), random_state=random_state).sort_index().index
        parts = []
        for chunk in self.article_chunks(_TEXT_BATCH):
            parts.append(chunk[chunk.index.isin(keep)])
        return pd.concat(parts)

    def apply(self, func, *args, data="articles", sample: int | None = None, **kw):
        """``func(<data frames>, *args, **kw)``, cached per function, data and
        parameters. ``data`` names the frames passed first: "articles" (with
        texts; with ``sample=n`` at most ``n`` of them, see :meth:`sample`),
        "meta", "sentences", "quotes" (resolved), "monthly" (meta with dates
        precise to the month) or a tuple of them, e.g.
        ``session.apply(analysis.top_terms, n=20)`` or
        ``session.apply(speakers.kind_by, data=("quotes", "meta"), by="source")``.

        Example:
            >>> import tempfile, analysis
            >>> res = open_corpus(SAMPLE, cache_dir=tempfile.mkdtemp(), quiet=True)
            >>> res.apply(analysis.top_terms, n=3).equals(analysis.top_terms(res.articles, n=3))
            True
            >>> len(res.apply(analysis.speaker_counts, data="quotes")) > 0
            True
        """
        names = (data,) if isinstance(data, str) else tuple(data)
        unknown = set(names) - set(_DATA)
        if unknown:
            raise ValueError(f"data must name frames among {', '.join(_DATA)}; got {unknown}")
        name = f"{func.__module__}.{func.__qualname__}"

        def frame(n):
            return self.sample(sample) if n == "articles" and sample else _DATA[n](self)

        def compute():
            if names == ("articles",) and not sample and _per_article(func, kw):
                return _concat_chunks(
                    func(chunk, *args, **kw) for chunk in self.article_chunks(_TEXT_BATCH)
                )
            return func(*[frame(n) for n in names], *args, **kw)

        key = {"sample": sample} if sample else {}
        return self.memo(name, compute, data=names, args=args, **key, **kw)

    def article_tone(self) -> pd.DataFrame:
        """:func:`analysis.article_tone` of every article (cached)."""
        from .sentiment import article_tone

        def compute():  # per article, so computed in chunks: VADER on whole texts is memory-hungry
            sents = self.sentences
            parts = []
            for chunk in self.article_chunks(_TONE_CHUNK):  # texts read chunk by chunk
                parts.append(
                    article_tone(sents[sents["article_id"].isin(chunk["article_id"])], chunk)
                )
            return pd.concat(parts, ignore_index=True)

        return self.memo("article_tone", compute)

    def term_trends(self, terms, freq: str = "M", sample: int | None = None, **kw) -> pd.DataFrame:
        """:func:`analysis.terms.term_trends` on precise dates (cached; ``sample``:
        on at most that many articles, see :meth:`sample`)."""
        from .corpus import precise_dates
        from .terms import term_trends

        terms = [str(t) for t in terms]
        return self.memo(
            "term_trends",
            lambda: term_trends(
                precise_dates(self.sample(sample), freq), terms=terms, freq=freq, **kw
            ),
            terms=terms,
            freq=freq,
            sample=sample,
            **kw,
        )

    def distinctive_terms(
        self, group_col, a, b, of: str = "articles", sample: int | None = None, **kw
    ) -> pd.DataFrame:
        """:func:`analysis.distinctive_terms` between two groups (cached): of
        the articles (``sample``: at most that many, see :meth:`sample`), or
        ``of="people"``: of the quotes of named people (``text_col="quote"``).

        Example:
            >>> import tempfile
            >>> res = open_corpus(SAMPLE, cache_dir=tempfile.mkdtemp(), quiet=True)
            >>> a, b = res.meta["source"].value_counts().index[:2]
            >>> len(res.distinctive_terms("source", a, b, n=5)) > 0
            True
        """
        from .terms import distinctive_terms

        def compute():
            if of == "people":
                q = self.quotes
                frame = q[q["speaker_type"] == "person"] if len(q) else q
                frame = _bounded_prior(frame, group_col, a, b, sample)
                kw.setdefault("text_col", "quote")
            else:
                frame = self.sample(sample)
            return distinctive_terms(frame, group_col, a, b, **kw)

        return self.memo(
            "distinctive_terms", compute, group_col=group_col, a=a, b=b, of=of, sample=sample, **kw
        )

    def sentiment_toward(self, term) -> pd.DataFrame:
        """:func:`analysis.sentiment_toward` over every sentence (cached): text is
        attached only to the sentences of articles that contain ``term``."""
        from .sentiment import sentiment_toward

        def compute():
            pat = re.compile(rf"(?<!\w){re.escape(str(term))}(?!\w)", re.IGNORECASE)
            found = [  # texts read chunk by chunk
                arts.loc[arts["text"].fillna("").str.contains(pat, regex=True), "article_id"]
                for arts in self.article_chunks(_TEXT_BATCH, ["article_id", "text"])
            ]
            ids = pd.concat(found)
            sents = self.sentences
            sub = sents[sents["article_id"].astype(str).isin(set(ids.astype(str)))]
            return sentiment_toward(self.with_text(sub), term)

        return self.memo("sentiment_toward", compute, term=str(term))

    def extreme_sentences(self, n: int = 10) -> pd.DataFrame:
        """:func:`analysis.extreme_sentences` with text read for those rows only."""
        from .sentiment import extreme_sentences

        s = self.sentences
        if len(s) == 0:
            return extreme_sentences(s, self.meta, n=n)
        hi = s["compound"].nlargest(n).min()
        lo = s["compound"].nsmallest(n).max()
        cand = s[(s["compound"] >= hi) | (s["compound"] <= lo)]
        return extreme_sentences(self.with_text(cand), self.meta, n=n)

    def speaker_tone(self, by: str = "speaker_name") -> pd.DataFrame:
        """:func:`analysis.speaker_tone` of the resolved quotes (cached)."""
        from .sentiment import speaker_tone

        return self.memo("speaker_tone", lambda: speaker_tone(self.quotes, by=by), by=by)

    def speaker_quotes(self, speaker, context: int = 150) -> pd.DataFrame:
        """:func:`analysis.speakers.speaker_quotes` (cached), reading only the texts it needs."""
        from .speakers import speaker_quotes

        def compute():
            q, meta = self.quotes, self.meta
            want = str(speaker).casefold()
            mask = pd.Series(False, index=q.index)
            for c in ("speaker_id", "speaker_name", "speaker"):  # as speaker_quotes matches
                if c in q.columns and speaker is not None:
                    mask |= q[c].astype(str).str.casefold().eq(want)
            ids = q.loc[mask, "article_id"].astype(str).unique()
            texts = self.texts_of(ids) if len(ids) else pd.DataFrame(columns=["article_id", "text"])
            arts = meta.merge(texts, on="article_id", how="inner")
            return speaker_quotes(q, arts, speaker, context=context)

        return self.memo("speaker_quotes", compute, speaker=speaker, context=context)


def _per_article(func, kw) -> bool:
    """Whether ``func(articles, **kw)`` is the concatenation of its results on
    consecutive chunks of the articles (rows in article order, nothing
    corpus-wide: :func:`analysis.kwic` without a ``max_hits`` cap), so that
    :meth:`CorpusSession.apply` can read the texts chunk by chunk."""
    from .terms import kwic

    return func is kwic and kw.get("max_hits") is None


def _concat_chunks(results) -> pd.DataFrame:
    """The frames of consecutive chunks as one (the empty ones left out, so the
    dtypes are those of a one-shot call; all empty: the first)."""
    results = list(results)
    full = [r for r in results if len(r)]
    if not full:
        return results[0]
    return full[0] if len(full) == 1 else pd.concat(full, ignore_index=True)


def _monthly(session: CorpusSession) -> pd.DataFrame:
    from .corpus import precise_dates

    return precise_dates(session.meta, "M")


_DATA = {
    "articles": lambda s: s.articles,
    "meta": lambda s: s.meta,
    "sentences": lambda s: s.sentences,
    "quotes": lambda s: s.quotes,
    "monthly": _monthly,
}


def _write_result(path: Path, value) -> None:
    from .topic_model import TopicResult

    tmp = _atomic_dir(path)
    try:
        if isinstance(value, pd.DataFrame):
            kind, frames, extra = "frame", {"frame": value}, {}
        elif isinstance(value, TopicResult):
            kind = "topics"
            frames = {"terms": value.terms, "doc_topics": value.doc_topics, "labels": value.labels}
            extra = {"k": value.k, "method": value.method, "params": value.params}
        else:
            shutil.rmtree(tmp, ignore_errors=True)
            return
        attrs, units = {}, {}
        for name, frame in frames.items():
            frame.to_parquet(tmp / f"{name}.parquet", compression="lz4")
            attrs[name], units[name] = frame.attrs, _time_units(frame)
        (tmp / "result.json").write_text(
            json.dumps({"kind": kind, "extra": extra, "attrs": attrs, "units": units}, default=str)
        )
        _publish(tmp, path)
    except (OSError, ValueError, TypeError, ImportError, ArithmeticError):
        shutil.rmtree(tmp, ignore_errors=True)  # e.g. mixed-type columns: uncached
    except Exception:  # noqa: BLE001 - pyarrow conversion errors: uncached, never fatal
        shutil.rmtree(tmp, ignore_errors=True)


def _read_result(path: Path):
    from .topic_model import TopicResult

    try:  # a damaged or foreign entry is recomputed (and rewritten)
        info = json.loads((path / "result.json").read_text())
        frames = {}
        for name, attrs in info["attrs"].items():
            frame = pd.read_parquet(path / f"{name}.parquet")
            frame = _restore_units(frame, info.get("units", {}).get(name))
            frame.attrs.update(attrs)
            frames[name] = frame
        if info["kind"] == "frame":
            return frames["frame"]
        return TopicResult(**frames, **info["extra"])
    except _DAMAGED:
        return None
