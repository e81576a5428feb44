"""The one-call pipeline: :func:`analyze` runs sentences, sentiment, quotes and
terms over a corpus in chunks on every core, and caches the resulting frames
as Parquet keyed by a hash of the input texts, the parameters and the package
version, so rerunning a notebook is instant. Worker processes write each
chunk's frames to disk and the parent reads them back column by column, so
memory stays bounded (~1.7 GB peak for 100k news articles, corpus included).
The same per-chunk function runs on a Dask cluster (:func:`analyze_dask`) when
a corpus outgrows one machine; both paths give identical frames.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import multiprocessing as mp
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections import deque
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from ._version import __version__, fingerprint
from .clean import as_text

STEPS = ("sentences", "sentiment", "quotes", "terms")
_FRAMES = ("sentences", "quotes", "terms")


@dataclass
class Analysis:
    """Frames produced by :func:`analyze`.

    ``sentences`` carries the VADER columns (neg, neu, pos, compound) when the
    sentiment step ran, and sentence ``text`` only with ``sentence_text=True``
    (:func:`analysis.attach_text` adds it from the offsets); ``quotes`` is the :func:`analysis.extract_quotes`
    frame; ``terms`` the long ``article_id, term, count`` frame.
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame = field(default_factory=pd.DataFrame)
    quotes: pd.DataFrame = field(default_factory=pd.DataFrame)
    terms: pd.DataFrame = field(default_factory=pd.DataFrame)
    cache_key: str | None = None
    from_cache: bool = False
    seconds: float = 0.0

    def frames(self) -> dict[str, pd.DataFrame]:
        """The result frames by name (articles excluded).

        Example:
            >>> sorted(Analysis(pd.DataFrame()).frames())
            ['quotes', 'sentences', 'terms']
        """
        return {name: getattr(self, name) for name in _FRAMES}


def _chunk_worker(
    records: list[tuple[str, str]],
    steps: tuple[str, ...],
    spill: tuple | None = None,
    sentence_text: bool = True,
) -> dict:
    """Run the per-article steps on one chunk of (article_id, text) pairs.

    Returns Arrow tables by frame name or, with ``spill=(directory, chunk_no,
    fmt)``, writes them to ``directory/<frame>/part-<chunk_no>.<fmt>`` and returns
    their row counts (results then never pass through the parent's memory).
    """
    # The steps allocate many short-lived objects and no reference cycles worth
    # collecting mid-chunk: the cyclic GC's passes cost ~4% CPU for nothing.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _run_chunk(records, steps, spill, sentence_text)
    finally:
        if gc_was_enabled:
            gc.enable()


def _run_chunk(records, steps, spill, sentence_text) -> dict:
    from ._tokens import word_count_table
    from .quotes import extract_quotes
    from .sentences import split_sentences
    from .sentiment import score_sentiment

    chunk = pd.DataFrame(records, columns=["article_id", "text"])
    if not records:  # no articles: the frames still get the columns and dtypes of any chunk
        chunk = chunk.astype("str")
    out: dict[str, pd.DataFrame] = {}
    sentences = None
    fast = _sentence_step(records, steps, sentence_text)
    if fast is not None:
        sentences, table = fast
        if table is not None:
            out["sentences"] = table
    elif {"sentences", "sentiment", "quotes"} & set(steps):
        sentences = split_sentences(chunk)
    if fast is None and ("sentences" in steps or "sentiment" in steps):
        out["sentences"] = score_sentiment(sentences) if "sentiment" in steps else sentences
        if not sentence_text:  # recoverable from the offsets: analysis.attach_text
            out["sentences"] = out["sentences"].drop(columns="text")
    if "quotes" in steps:
        out["quotes"] = extract_quotes(chunk, sentences=sentences)
    if "terms" in steps:
        # Single words per article: chunk-independent, so every engine and chunking
        # gives the same frame. Corpus-level phrases need the whole corpus: use
        # analysis.term_counts / top_terms on the articles for those.
        # (the records' values: the same strings as the chunk frame's, without decoding them)
        out["terms"] = word_count_table([r[0] for r in records], [r[1] for r in records])
    # Arrow tables travel between processes and concatenate without copies;
    # repeated strings are dictionary-encoded (categoricals in pandas).
    tables = {name: _compact(name, frame) for name, frame in out.items()}
    del out, sentences, chunk
    if spill is not None:
        tables = _spill(tables, *spill)
    return tables


def _sentence_step(records, steps, sentence_text):
    """The sentences (and sentiment) step of one chunk straight from the sentence
    arrays: ``(sentences, table)``, where ``sentences`` is the offsets frame the
    quote step reads (article_id, sentence_id, start, end) and ``table`` the
    sentences frame as :func:`_compact` makes it of
    ``score_sentiment(split_sentences(chunk))`` (same columns, types and values),
    without the pandas frames, the per-row article ids or the copies in between.
    None when the chunk has no sentence or repeated ids (the frame path handles
    those), or when no step needs sentences.

    Example:
        >>> sents, table = _sentence_step([("a", "One. Two.")], STEPS, False)
        >>> sents["end"].tolist(), table.column_names[-1], table.column("compound").to_pylist()
        ([4, 9], 'compound', [0.0, 0.0])
    """
    import numpy as np
    import pyarrow.compute as pc

    from ._vader import score_texts
    from .sentences import _sentence_arrays

    want_table = "sentences" in steps or "sentiment" in steps
    if not (want_table or "quotes" in steps) or not records:
        return None
    ids = [str(r[0]) for r in records]
    if len(set(ids)) != len(ids):
        return None
    got = _sentence_arrays([r[1] for r in records])
    if got is None:
        return None
    art, sentence_id, paragraph_id, starts, ends, base, big = got
    start, end = starts - base, ends - base
    # article ids as the dictionary-encoded column _compact makes: entries in order
    # of first appearance (art is sorted), only articles that have a sentence
    present = np.flatnonzero(np.bincount(art, minlength=len(ids)))
    where = np.full(len(ids), -1, np.int32)
    where[present] = np.arange(len(present), dtype=np.int32)
    names = pa.array([ids[k] for k in present.tolist()], pa.large_string())
    article = pa.DictionaryArray.from_arrays(pa.array(where[art]), names)
    sentences = None
    if "quotes" in steps:  # ids as pandas' Arrow-backed str, as split_sentences gives them
        sentences = pd.DataFrame(
            {
                "article_id": names.take(article.indices).to_pandas(types_mapper=_arrow_strings),
                "sentence_id": sentence_id,
                "start": start,
                "end": end,
            },
            copy=False,
        )
    if not want_table:
        return sentences, None
    columns = {
        "article_id": article,
        "sentence_id": pa.array(sentence_id.astype(np.int32)),
        "paragraph_id": pa.array(paragraph_id.astype(np.int32)),
        "start": pa.array(start.astype(np.int32)),
        "end": pa.array(end.astype(np.int32)),
    }
    texts = None
    if sentence_text or "sentiment" in steps:
        texts = pa.array(
            [big[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)],
            pa.large_string(),
        )
    if sentence_text:
        columns["text"] = texts
    if "sentiment" in steps:  # as sentiment._scores: one score per distinct text
        enc = pc.dictionary_encode(texts)
        scores = score_texts(enc.dictionary)[enc.indices.to_numpy(zero_copy_only=False)]
        for k, col in enumerate(("neg", "neu", "pos", "compound")):
            columns[col] = pa.array(scores[:, k], from_pandas=True)  # NaN: null
    return sentences, pa.table(columns)


def _part_path(directory, name: str, chunk_no: int, fmt: str = "parquet") -> Path:
    return Path(directory) / name / f"part-{chunk_no:07d}.{fmt}"


def _spill(tables: dict, directory: str, chunk_no: int, fmt: str = "parquet") -> dict:
    """Write one chunk's tables as parts; return their row counts.

    ``fmt="parquet"`` for the cache (lz4-compressed Parquet); ``"arrow"`` (Arrow
    IPC with lz4 buffers, several times cheaper to write) for a run without a cache,
    whose parts live only until they are read back.
    """
    counts = {}
    for name, table in tables.items():
        path = _part_path(directory, name, chunk_no, fmt)
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "arrow":
            # compressed buffers are read back into separate allocations, so a
            # converted column is freed at once (not kept by a shared batch body)
            with (
                pa.OSFile(str(path), "wb") as sink,
                pa.ipc.new_file(sink, table.schema, options=_IPC_OPTIONS) as w,
            ):
                w.write_table(table)
        else:
            import pyarrow.parquet as pq

            pq.write_table(table, path, compression="lz4")
        counts[name] = table.num_rows
    return counts


_IPC_OPTIONS = pa.ipc.IpcWriteOptions(compression="lz4")


def _read_part(path: Path):
    if path.suffix == ".arrow":
        with pa.OSFile(str(path), "rb") as source:  # read into memory, not mapped
            return pa.ipc.open_file(source).read_all()
    import pyarrow.parquet as pq

    return pq.read_table(path, memory_map=False)


_READ_ORDER = ("terms", "quotes", "sentences")


def _read_frames(directory, names) -> dict[str, pd.DataFrame]:
    """Every frame from its parts. The frame whose conversion needs the most
    transient memory (terms: millions of rows) is read first, while nothing
    else is held; sentences, the cheapest, last."""
    return {name: _read_parts(directory, name) for name in _READ_ORDER if name in names}


@functools.cache
def _empty_tables(sentence_text: bool = False) -> dict:
    return _run_chunk([], STEPS, None, sentence_text)


def empty_frame(name: str, sentence_text: bool = False) -> pd.DataFrame:
    """The frame ``name`` of :func:`analyze` for a corpus of no articles: no rows,
    but every column the steps write, with the dtypes of any other corpus
    (sentences carry ``text`` only with ``sentence_text=True``), so code that
    selects ``article_id`` or ``compound`` works on an empty corpus too.

    Example:
        >>> list(empty_frame("terms").columns)
        ['article_id', 'term', 'count']
        >>> "text" in empty_frame("sentences", sentence_text=True)
        True
    """
    return _to_frame(_empty_tables(bool(sentence_text))[name])


def _read_parts(directory, name: str) -> pd.DataFrame:
    """One frame from its parts, in chunk order (files read on threads)."""
    paths = sorted((Path(directory) / name).glob("part-*.*"), key=lambda p: p.stem)
    if not paths:  # no articles, no chunks: the frame still has its columns
        return empty_frame(name)
    with ThreadPoolExecutor(max_workers=min(4, len(paths))) as pool:
        tables = list(pool.map(_read_part, paths))
    return _concat_compact(tables)


def read_cached_frame(entry, name: str, columns=None) -> pd.DataFrame:
    """One frame of a cache entry written by :func:`analyze` (``cache_dir/<key>``),
    with only ``columns`` (None: all), without reading the others.

    Example:
        >>> import tempfile, analysis
        >>> d = tempfile.mkdtemp()
        >>> a = pd.DataFrame({"article_id": ["x"], "text": ["Good news. Bad news."]})
        >>> key = analysis.analyze(a, cache_dir=d, n_jobs=1).cache_key
        >>> read_cached_frame(Path(d) / key, "sentences", ["sentence_id", "compound"]).shape
        (2, 2)
    """
    import pyarrow.parquet as pq

    paths = sorted((Path(entry) / name).glob("part-*.parquet"), key=lambda p: p.stem)
    if not (Path(entry) / "manifest.json").exists():
        raise FileNotFoundError(f"no complete analysis cache entry in {entry}")
    if not paths:
        frame = empty_frame(name)
        return frame if columns is None else frame.reindex(columns=list(columns))
    cols = list(columns) if columns is not None else None
    tables = [pq.read_table(p, columns=cols, memory_map=False) for p in paths]
    return _concat_compact(tables)


def release_memory() -> None:
    """Hand freed memory back to the OS: what Arrow's allocator keeps for
    reuse, and (Linux, glibc) the free pages of the C heap.

    mimalloc/jemalloc hold freed pages (reading 450 MB of Parquet leaves ~550 MB
    of them); on a 100k-article corpus that slack is a third of the peak. The
    C heap keeps the pages of freed Python strings (a corpus parsed from JSON
    Lines leaves gigabytes of them), which processes forked later would share
    and copy page by page.

    Example:
        >>> release_memory()  # never fails; a no-op where unsupported
    """
    try:
        pa.default_memory_pool().release_unused()
    except Exception:  # pragma: no cover - allocator without support
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None).malloc_trim(0)
        except (OSError, AttributeError):  # pragma: no cover - not glibc (musl)
            pass


_release_memory = release_memory


def corpus_key(articles: pd.DataFrame, steps=STEPS, params: dict | None = None) -> str:
    """Hash of the article ids and texts, the steps, parameters and package version.

    Example:
        >>> a = pd.DataFrame({"article_id": ["x"], "text": ["Hello."]})
        >>> corpus_key(a) == corpus_key(a.copy())
        True
    """
    h = hashlib.blake2b(digest_size=16)
    h.update(
        json.dumps(
            {
                "version": __version__,
                "code": fingerprint(),
                "steps": list(steps),
                "params": params or {},
            },
            sort_keys=True,
        ).encode()
    )
    for column in ("article_id", "text"):
        _hash_strings(h, articles[column])
    return h.hexdigest()


def frame_key(frame: pd.DataFrame) -> str:
    """Hash of every column of a frame (names and values as strings), for caches
    keyed on an articles frame held in memory rather than on files.

    Example:
        >>> a = pd.DataFrame({"article_id": ["x"], "text": ["Hi."], "source": ["A"]})
        >>> frame_key(a) == frame_key(a.copy()), frame_key(a) == frame_key(a.assign(source="B"))
        (True, False)
    """
    h = hashlib.blake2b(digest_size=16)
    h.update(
        json.dumps(
            {
                "version": __version__,
                "code": fingerprint(),
                "columns": [str(c) for c in frame.columns],
            }
        ).encode()
    )
    for column in frame.columns:
        values = frame[column]
        if not pd.api.types.is_string_dtype(values.dtype):
            values = values.astype(str)  # numbers, dates, lists (tags): their str()
        _hash_strings(h, values)
    return h.hexdigest()


def _hash_strings(h, values: pd.Series) -> None:
    """Feed a column's values (as strings; missing -> "") to ``h``: the lengths,
    then the UTF-8 bytes, straight from Arrow buffers (no Python string per row)."""
    import numpy as np
    import pyarrow.compute as pc

    try:
        if pd.api.types.is_string_dtype(values.dtype):
            arr = pa.chunked_array(pa.array(values, from_pandas=True))
        else:  # numbers, mixed objects: their str(), like the rest of the package
            arr = pa.chunked_array(pa.array([as_text(v) for v in values], pa.large_string()))
    except (pa.ArrowException, UnicodeError, TypeError):  # e.g. lone surrogates
        for v in values:
            b = (v if isinstance(v, str) else as_text(v)).encode("utf-8", "surrogatepass")
            h.update(len(b).to_bytes(8, "little"))
            h.update(b)
        return
    for chunk in arr.chunks:
        chunk = pc.fill_null(chunk.cast(pa.large_string()), "")
        offsets = np.frombuffer(chunk.buffers()[1], np.int64)[
            chunk.offset : chunk.offset + len(chunk) + 1
        ]
        h.update(np.diff(offsets).tobytes())
        data = chunk.buffers()[2]
        if data is not None:
            h.update(memoryview(data)[offsets[0] : offsets[-1]])


def _chunks(articles: pd.DataFrame, chunk_size: int):
    """(article_id, text) pairs, one chunk at a time (no copy of the whole corpus)."""
    ids, texts = articles["article_id"], articles["text"]
    for i in range(0, len(articles), chunk_size):
        yield list(
            zip(
                ids.iloc[i : i + chunk_size].astype(str).tolist(),
                # "" for missing; lone surrogates -> U+FFFD (offsets unchanged)
                [as_text(t) for t in texts.iloc[i : i + chunk_size].tolist()],
                strict=True,
            )
        )


_CATEGORICAL = {
    "terms": ("article_id", "term"),
    "quotes": ("article_id", "speaker_type", "kind", "cue"),
    "sentences": ("article_id",),
}
_INT32 = (
    "sentence_id",
    "paragraph_id",
    "start",
    "end",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "count",
)


def _compact(name: str, frame: pd.DataFrame | None):
    """One chunk's frame as an Arrow table: repeated strings dictionary-encoded
    (categoricals in pandas), offsets int32, so that the frames of 100k
    articles stay well inside memory (an article is far below 2**31 chars).
    Done on the Arrow side: pandas ``astype`` costs milliseconds per column."""
    if frame is None:
        return None
    if isinstance(frame, pa.Table):
        return frame
    table = pa.Table.from_pandas(frame, preserve_index=False, nthreads=1)
    import pyarrow.compute as pc

    for col in _CATEGORICAL.get(name, ()):
        i = table.schema.get_field_index(col)
        if i >= 0 and not pa.types.is_dictionary(table.schema.field(i).type):
            table = table.set_column(i, col, pc.dictionary_encode(table.column(i)))
    for col in _INT32:
        i = table.schema.get_field_index(col)
        if i >= 0 and pa.types.is_integer(table.schema.field(i).type):
            table = table.set_column(i, col, table.column(i).cast(pa.int32()))
    return table.replace_schema_metadata(None)


def _merge_tables(parts):
    """Concatenate chunk results (Arrow tables) without copying; None if there are none."""
    given = [p for p in parts if p is not None]
    if not given:
        return None
    tables = [t for t in given if t.num_rows] or given[:1]
    if len(tables) == 1:
        return tables[0]
    return pa.concat_tables(tables, promote_options="permissive")


_STR = pd.StringDtype("pyarrow", na_value=float("nan"))  # pandas' default "str" dtype


def _arrow_strings(arrow_type):
    """Strings stay in Arrow memory (pandas' default ``str`` dtype), no Python objects."""
    return _STR if arrow_type in (pa.string(), pa.large_string()) else None


def _to_frame(table) -> pd.DataFrame:
    """Arrow table (chunks from many parts) -> pandas, one column at a time.

    Dictionary columns become categoricals with sorted categories, unified here
    chunk by chunk (Arrow's own unification of hundreds of chunk dictionaries
    needs several times the column's memory); numbers are copied once; strings
    stay in Arrow memory (pandas' ``str`` dtype). Each Arrow column is released
    as soon as it is converted, and the frame is built without consolidation
    copies.
    """
    if table is None:
        return pd.DataFrame()
    names = table.column_names
    columns = dict(zip(names, table.columns, strict=True))
    del table
    out = {}
    for name in names:
        col = columns.pop(name)
        if pa.types.is_dictionary(col.type):
            out[name] = _categorical(col)
        else:  # strings: Arrow-backed without a copy
            out[name] = col.to_pandas(types_mapper=_arrow_strings)
        del col
    return pd.DataFrame(out, copy=False)


def _categorical(col) -> pd.Categorical:
    """A chunked dictionary column as one categorical with sorted categories.

    All chunk dictionaries are encoded against each other in one Arrow pass;
    each chunk's indices are then mapped to the sorted global categories.
    """
    import numpy as np
    import pyarrow.compute as pc

    chunks = [c for c in col.chunks if len(c)] or col.chunks[:1]
    if not chunks:
        return pd.Categorical.from_codes(np.zeros(0, np.int32), categories=pd.Index([], dtype=_STR))
    dicts = [c.dictionary for c in chunks]
    if len({d.type for d in dicts}) > 1:  # e.g. string and large_string chunks
        dicts = [d.cast(pa.large_string()) for d in dicts]
    enc = pc.dictionary_encode(pa.chunked_array(dicts, type=dicts[0].type)).combine_chunks()
    uniques = enc.dictionary
    glob = enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)  # dict entry -> unique
    order = pc.array_sort_indices(uniques).to_numpy().astype(np.int64)
    rank = np.empty(len(order), np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    codes = np.empty(sum(len(c) for c in chunks), np.int32)
    at = start = 0
    for c, d in zip(chunks, dicts, strict=True):
        mapping = np.append(rank[glob[start : start + len(d)]], np.int32(-1))  # [-1]: null
        start += len(d)
        idx = pc.fill_null(c.indices, -1).to_numpy(zero_copy_only=False)
        codes[at : at + len(c)] = mapping[idx]
        at += len(c)
    cats = uniques.take(pa.array(order)).to_pandas(types_mapper=_arrow_strings)
    return pd.Categorical.from_codes(codes, categories=pd.Index(cats))


def _concat_compact(parts: list) -> pd.DataFrame:
    """Concatenate chunk results (Arrow tables) into one frame with a single copy.

    Takes ownership of ``parts`` (the list is emptied), so each Arrow column is
    released as soon as it has been converted.
    """
    table = _merge_tables(parts)
    parts.clear()
    frame = _to_frame(table)
    del table
    _release_memory()
    return frame


def _n_workers(n_jobs: int) -> int:
    cpus = os.cpu_count() or 1
    if n_jobs is None or n_jobs == 0:
        return 1
    return max(1, cpus + 1 + n_jobs if n_jobs < 0 else min(n_jobs, cpus))


def _read_cache(path: Path, articles: pd.DataFrame, key: str) -> Analysis | None:
    """The cached frames, or None: no entry, or a damaged one (unreadable
    manifest, a part missing, extra or unreadable, row counts that differ from
    the manifest), which is reported with a warning and recomputed."""
    manifest = path / "manifest.json"
    if not manifest.exists():
        return None
    try:
        meta = json.loads(manifest.read_text())
        parts = meta["parts"]  # {frame: [[file name, rows], ...]}
        for name in meta["frames"]:
            listed = sorted(f for f, _ in parts[name])
            found = sorted(p.name for p in (path / name).glob("part-*")) if listed else []
            if listed != found:
                raise ValueError(f"{name}: parts on disk differ from the manifest")
        frames = _read_frames(path, meta["frames"])
        for name, frame in frames.items():
            if len(frame) != sum(int(n) for _, n in parts[name]):
                raise ValueError(f"{name}: {len(frame)} rows, the manifest says otherwise")
    except (OSError, ValueError, KeyError, TypeError, pa.ArrowException) as exc:
        warnings.warn(
            f"analyze: cache entry {path} is damaged ({type(exc).__name__}: {exc}); recomputing",
            stacklevel=3,
        )
        discard_entry(path)
        return None
    return Analysis(articles=articles, cache_key=key, from_cache=True, **frames)


def discard_entry(path) -> None:
    """Remove the damaged cache entry ``path`` (a directory): it is first renamed out of
    the way (atomic), so a recomputed entry can take its place at once.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()) / "entry"
    >>> d.mkdir()
    >>> discard_entry(d)
    >>> d.exists()
    False
    """
    path = Path(path)
    trash = path.with_name(f".{path.name}.{os.getpid()}.damaged.tmp")
    try:
        os.replace(path, trash)
    except OSError:
        pass  # a concurrent run moved it already
    shutil.rmtree(trash, ignore_errors=True)


def entry_problem(path) -> str:
    """Why the cache entry ``path`` of :func:`analyze` cannot be read ("" when it
    looks whole), from its manifest and the Parquet footers of its parts only
    (cheap): a missing, truncated or overwritten part, or a part whose row count
    differs from the manifest. Readers of single frames check this first.

    Example:
        >>> import tempfile
        >>> d = tempfile.mkdtemp()
        >>> a = pd.DataFrame({"article_id": ["x"], "text": ["Good news."]})
        >>> key = analyze(a, cache_dir=d, n_jobs=1).cache_key
        >>> entry_problem(Path(d) / key), entry_problem(Path(d) / "missing")[:8]
        ('', 'manifest')
    """
    import pyarrow.parquet as pq

    path = Path(path)
    try:
        meta = json.loads((path / "manifest.json").read_text())
        for name in meta["frames"]:
            listed = dict(meta["parts"][name])
            found = sorted(p.name for p in (path / name).glob("part-*"))
            if sorted(listed) != found:
                return f"{name}: parts on disk differ from the manifest"
            for f, n in listed.items():
                if pq.ParquetFile(path / name / f).metadata.num_rows != int(n):
                    return f"{name}/{f}: row count differs from the manifest"
    except (OSError, ValueError, KeyError, TypeError, AttributeError, pa.ArrowException) as exc:
        return f"manifest or part unreadable ({type(exc).__name__}: {str(exc)[:200]})"
    return ""


def _write_manifest(path: Path, key: str, n_articles: int, counts: dict | None = None) -> None:
    """The manifest of a cache entry: every part file with its row count, per frame."""
    parts: dict[str, list] = {name: [] for name in _FRAMES}
    for chunk_no, rows in sorted((counts or {}).items()):
        for name, n in (rows or {}).items():
            if name in parts:
                parts[name].append([_part_path(path, name, chunk_no).name, int(n)])
    (path / "manifest.json").write_text(
        json.dumps(
            {
                "frames": list(_FRAMES),
                "version": __version__,
                "key": key,
                "articles": n_articles,
                "parts": parts,
            }
        )
    )


def _publish_entry(spill_dir: Path, cache_path: Path) -> None:
    """Move a complete entry into place atomically. Another process that wrote the
    same entry first wins (same key, same frames): ours is simply dropped."""
    for _ in range(3):
        try:
            os.replace(spill_dir, cache_path)
            return
        except OSError:
            if (cache_path / "manifest.json").exists():
                return  # a concurrent run published it
            shutil.rmtree(cache_path, ignore_errors=True)  # a damaged entry in the way


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _clean_stale(cache_root: Path | None) -> None:
    """Remove temporary folders left by runs that were killed: ``.<key>.<pid>.<n>.tmp``
    in the cache and ``newslens-<pid>-*`` in the system temporary folder, whose
    process is gone."""
    places = [(Path(tempfile.gettempdir()), "newslens-*")]
    if cache_root is not None:
        places.append((cache_root, ".*.tmp"))
    for folder, pattern in places:
        try:
            candidates = list(folder.glob(pattern))
        except OSError:
            continue
        for d in candidates:
            bits = (
                d.name.split("-")[1:2] if d.name.startswith("newslens-") else d.name.split(".")[2:3]
            )
            if (
                bits
                and bits[0].isdigit()
                and int(bits[0]) != os.getpid()
                and not _pid_alive(int(bits[0]))
            ):
                shutil.rmtree(d, ignore_errors=True)


def _worker_init() -> None:
    """Pool workers end when their parent dies (SIGKILL of analyze() included):
    Linux delivers SIGTERM on the parent's death; elsewhere a watcher thread
    notices the parent is gone."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
            if os.getppid() != parent:  # the parent died before prctl
                os._exit(1)
            return
        except (OSError, AttributeError):
            pass
    import threading

    def watch():
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def progress_bar():
    """tqdm's progress-bar class for this process: the notebook widget in a Jupyter
    kernel that has ipywidgets, else the text bar. (tqdm.auto without ipywidgets
    warns "IProgress not found" into every notebook that analyses a corpus.)

    Example:
        >>> from tqdm import tqdm
        >>> issubclass(progress_bar(), tqdm)
        True
    """
    if "ipykernel" in sys.modules:
        try:
            import ipywidgets  # noqa: F401
        except ImportError:
            from tqdm.std import tqdm

            return tqdm
    from tqdm.auto import tqdm

    return tqdm


def default_cache_dir() -> Path:
    """``$NEWSLENS_CACHE`` or ``~/.cache/newslens``: where :func:`analysis.open_corpus`
    (and ``analyze(cache_dir=True)``) keep the cache; delete the folder to clear it.

    Example:
        >>> env = os.environ.get("NEWSLENS_CACHE")
        >>> default_cache_dir() == (Path(env) if env else Path.home() / ".cache" / "newslens")
        True
    """
    env = os.environ.get("NEWSLENS_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "newslens"


_WARM_UP = 'Jane Doe, a spokeswoman, said: "Fine." He told reporters it was good.'


def _auto_chunk_size(n_articles: int, workers: int) -> int:
    """Chunks small enough that every worker gets several (the last round of a
    pool is otherwise half idle: 5 chunks on 2 workers take 3 rounds), large
    enough that per-chunk overhead (~10 ms) stays small: 20..400 articles."""
    return max(20, min(400, -(-n_articles // (4 * max(workers, 1)))))


def analyze(
    articles,
    *,
    steps=STEPS,
    n_jobs: int = -1,
    cache_dir=None,
    chunk_size: int | None = None,
    sentence_text: bool = False,
    progress: bool | None = None,
    engine: str = "pandas",
    client=None,
    read_back: bool = True,
) -> Analysis:
    """Run sentences, sentiment, quotes and terms over ``articles`` in one call.

    ``articles`` is a frame with ``article_id`` and ``text`` (e.g. from
    :func:`analysis.load_articles`) or a ``dask.dataframe`` (then the Dask
    engine is used). Work is split in chunks of ``chunk_size`` articles (None:
    20-400, so that each worker gets at least four) over ``n_jobs`` processes
    (-1: every core). ``cache_dir`` (None: no cache; ``True``:
    :func:`default_cache_dir`) stores the frames as Parquet keyed by
    :func:`corpus_key`; a second call on the same texts reads them back. The
    sentences frame holds offsets, not text, unless ``sentence_text=True`` (at
    100k articles the text is ~0.4 GB, a copy of the corpus);
    :func:`analysis.attach_text` adds it to any subset. The progress bar shows
    only when ``progress`` is True or, by default, when the session is
    interactive. ``read_back=False`` (with ``cache_dir``) only makes sure the
    cache entry exists and returns its key with empty frames: the frames are
    never all in memory at once (:func:`read_cached_frame` reads any of them
    later, with only the columns needed).

    Example:
        >>> import analysis
        >>> arts = analysis.load_articles("data/sample")                # doctest: +SKIP
        >>> res = analysis.analyze(arts, cache_dir=".cache/newslens")   # doctest: +SKIP
        >>> res.sentences.columns[-1], len(res.quotes) > 0              # doctest: +SKIP
        ('compound', True)
    """
    if engine == "dask" or _is_dask(articles):
        return analyze_dask(
            articles,
            steps=steps,
            client=client,
            chunk_size=chunk_size or 200,
            sentence_text=sentence_text,
        )
    t0 = time.perf_counter()
    steps = tuple(s for s in STEPS if s in steps)
    missing = {"article_id", "text"} - set(articles.columns)
    if missing:
        raise ValueError(f"analyze() needs columns article_id and text; missing {sorted(missing)}")
    key = corpus_key(articles, steps, {"sentence_text": bool(sentence_text)})
    cache_path = None
    if cache_dir:
        cache_path = Path(default_cache_dir() if cache_dir is True else cache_dir) / key
        if not read_back and (cache_path / "manifest.json").exists():
            return Analysis(articles=articles, cache_key=key, from_cache=True)
        cached = _read_cache(cache_path, articles, key)
        if cached is not None:
            cached.seconds = time.perf_counter() - t0
            return cached

    _release_memory()
    workers = _n_workers(n_jobs)
    chunk_size = chunk_size or _auto_chunk_size(len(articles), workers)
    n_chunks = -(-len(articles) // chunk_size)
    workers = min(workers, max(1, n_chunks))
    if progress is None:
        progress = sys.stderr.isatty() or "ipykernel" in sys.modules
    bar = progress_bar()(total=len(articles), desc="analyze", unit="art", disable=not progress)
    # Workers write each chunk's frames as Parquet parts (into the cache entry, or
    # a temporary directory) and send back only row counts; the frames are read
    # once at the end, so the parent never holds pickled copies of the results.
    if cache_path is None:  # parts live only until they are read back
        _clean_stale(None)
        spill_dir, fmt = Path(tempfile.mkdtemp(prefix=f"newslens-{os.getpid()}-")), "arrow"
    else:  # parts of the cache entry, renamed into place when complete
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        _clean_stale(cache_path.parent)
        # unique per process and call: concurrent runs never share a temporary
        spill_dir = Path(
            tempfile.mkdtemp(
                prefix=f".{cache_path.name}.{os.getpid()}.", suffix=".tmp", dir=cache_path.parent
            )
        )
        fmt = "parquet"
    counts: dict[int, dict] = {}
    try:
        # chunks are made lazily and at most 2 per worker are in flight, so the
        # texts are never copied wholesale into the pool's queues
        # no articles: one chunk of none, so the frames (and a cache entry's
        # parts) have every column, as for any corpus
        chunks = enumerate(_chunks(articles, chunk_size) if len(articles) else [[]])
        if workers == 1:
            for no, chunk in chunks:
                counts[no] = _chunk_worker(chunk, steps, (str(spill_dir), no, fmt), sentence_text)
                bar.update(len(chunk))
        else:
            fork = sys.platform.startswith("linux")
            if fork:  # load lexicons and compile patterns once, before the workers fork
                _chunk_worker([("warm-up", _WARM_UP)], steps)
            ctx = mp.get_context("fork" if fork else "spawn")
            # objects that exist now are never traversed by a worker's cyclic GC,
            # so forked workers don't copy the pages holding them (copy-on-write)
            gc.freeze()
            try:
                with ProcessPoolExecutor(
                    max_workers=workers, mp_context=ctx, initializer=_worker_init
                ) as pool:
                    inflight: deque = deque()
                    for no, chunk in chunks:
                        fut = pool.submit(
                            _chunk_worker, chunk, steps, (str(spill_dir), no, fmt), sentence_text
                        )
                        inflight.append((fut, len(chunk), no))
                        if len(inflight) >= 2 * workers:
                            fut, n, k = inflight.popleft()
                            counts[k] = fut.result()
                            bar.update(n)
                    while inflight:
                        fut, n, k = inflight.popleft()
                        counts[k] = fut.result()
                        bar.update(n)
            finally:
                gc.unfreeze()
        bar.close()
        frames = _read_frames(spill_dir, _FRAMES) if read_back or cache_path is None else {}
        if cache_path is not None:
            _write_manifest(spill_dir, key, len(articles), counts)
            _publish_entry(spill_dir, cache_path)  # complete or not at all
    finally:  # temporary parts, or an unfinished cache entry after an error
        shutil.rmtree(spill_dir, ignore_errors=True)
    result = Analysis(articles=articles, cache_key=key, **frames)
    result.seconds = time.perf_counter() - t0
    return result


def _is_dask(obj) -> bool:
    return type(obj).__module__.startswith("dask")


def analyze_dask(
    ddf,
    *,
    steps=STEPS,
    client=None,
    chunk_size: int = 200,
    output_dir=None,
    sentence_text: bool = False,
) -> Analysis:
    """Run the pipeline over a ``dask.dataframe`` on a ``dask.distributed`` cluster.

    Each partition is processed by the same chunk function as :func:`analyze`,
    so results equal the pandas path. ``client`` is a ``distributed.Client``
    (or a scheduler address string); None starts a ``LocalCluster``. With
    ``output_dir`` the frames are written as partitioned Parquet
    (``output_dir/<frame>/part.N.parquet``) and the returned frames are
    lazy ``dask.dataframe`` objects read back from there; otherwise they are
    computed into pandas.

    Example:
        >>> import dask.dataframe as dd                                   # doctest: +SKIP
        >>> ddf = dd.read_parquet("articles/")                            # doctest: +SKIP
        >>> res = analyze_dask(ddf, client="tcp://scheduler:8786")        # doctest: +SKIP
    """
    import dask
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    t0 = time.perf_counter()
    steps = tuple(s for s in STEPS if s in steps)
    own = None
    if client is None:
        own = Client(
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        )
        client = own
    elif isinstance(client, str):
        own = client = Client(client)
    try:
        parts = ddf[["article_id", "text"]].to_delayed()

        @dask.delayed(pure=True)
        def run(part):
            recs = list(
                zip(
                    part["article_id"].astype(str), part["text"].fillna("").astype(str), strict=True
                )
            )
            outs = [
                _chunk_worker(recs[i : i + chunk_size], steps, None, sentence_text)
                for i in range(0, len(recs), chunk_size)
            ]
            return {name: _merge_tables([o.get(name) for o in outs]) for name in _FRAMES}

        delayed = [run(p) for p in parts]
        if output_dir:
            out = Path(output_dir)
            frames = {}
            for name in _FRAMES:
                pieces = [dask.delayed(lambda d, n=name: _to_frame(d[n]))(d) for d in delayed]
                dd.from_delayed(pieces, verify_meta=False).to_parquet(
                    str(out / name), write_index=False
                )
                frames[name] = dd.read_parquet(str(out / name))
            articles = ddf
        else:
            computed = client.compute(delayed, sync=True)
            frames = {name: _concat_compact([c[name] for c in computed]) for name in _FRAMES}
            articles = ddf.compute()
    finally:
        if own is not None:
            cluster = getattr(own, "cluster", None)
            own.close()
            if cluster is not None:
                cluster.close()
    return Analysis(articles=articles, seconds=time.perf_counter() - t0, **frames)
