"""End-to-end pipeline benchmark: articles/second and peak memory of
``analysis.analyze`` (sentences + sentiment + quotes + terms; load excluded)
on real corpora, the ratio to a naive baseline (pandas ``.apply`` of nltk's
VADER per sentence) measured in the same run, the cached rerun, and the Dask
path with 1 and 2 workers.

    .venv/bin/python benchmarks/pipeline.py            # all corpora incl. 100k
    .venv/bin/python benchmarks/pipeline.py --quick    # skip the 100k corpus
    .venv/bin/python benchmarks/pipeline.py --only-100k --no-memory   # timing only
    .venv/bin/python benchmarks/pipeline.py --stages 10000   # CPU per step, 1 process

Peak memory is the highest PSS (proportional set size: pages shared by the
forked workers are counted once) of this process plus its children (the
worker pool), sampled every 100 ms; it includes the loaded corpora. Needs ../shared/data (skips otherwise).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
import warnings
import zipfile
from pathlib import Path

import pandas as pd
import psutil

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("NEWSLENS_SHARED_DATA", ROOT.parent / "shared" / "data"))


def _mem(proc) -> int:
    """PSS where the OS reports it (forked workers share pages), else RSS.

    Reads /proc/<pid>/smaps_rollup (one line per total) rather than psutil's
    full smaps parse, which costs tens of ms per call on a GB-sized process and
    would steal CPU from the workers being measured."""
    try:
        with open(f"/proc/{proc.pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return proc.memory_full_info().pss
    except (AttributeError, psutil.Error):
        return proc.memory_info().rss


class PeakRSS:
    """Sample the memory (PSS, else RSS) of this process and its children in a thread."""

    def __init__(self, interval=0.1):
        self.interval, self.peak, self._stop = interval, 0, threading.Event()

    def _rss(self):
        me = psutil.Process()
        total = _mem(me)
        for child in me.children(recursive=True):
            try:
                total += _mem(child)
            except psutil.Error:
                pass
        return total

    def __enter__(self):
        self.peak = self._rss()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()
        return self

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self._rss())
            time.sleep(self.interval)

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()
        self.peak = max(self.peak, self._rss())


def nltk_vader():
    """nltk's VADER with the lexicon from the vaderSentiment wheel, via nltk.data.path."""
    import nltk
    import vaderSentiment
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    lex = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    root = Path(tempfile.mkdtemp(prefix="nltk-data-"))
    (root / "sentiment").mkdir()
    with zipfile.ZipFile(root / "sentiment" / "vader_lexicon.zip", "w") as z:
        z.write(lex, "vader_lexicon/vader_lexicon.txt")
    nltk.data.path.insert(0, str(root))
    return SentimentIntensityAnalyzer()


class _NoSampling:
    peak = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


SAMPLE_MEMORY = True


def run(name, articles, rows, n_jobs=2):
    import analysis

    with PeakRSS() if SAMPLE_MEMORY else _NoSampling() as mem:
        c0 = os.times()
        t0 = time.perf_counter()
        res = analysis.analyze(articles, n_jobs=n_jobs, progress=False)
        secs = time.perf_counter() - t0
        c1 = os.times()
    cpu = sum(
        getattr(c1, f) - getattr(c0, f)
        for f in ("user", "system", "children_user", "children_system")
    )
    rows.append(
        {
            "corpus": name,
            "engine": f"pandas, {n_jobs} processes",
            "articles": len(articles),
            "seconds": round(secs, 2),
            "articles/s": round(len(articles) / secs),
            "CPU ms/article": round(1000 * cpu / len(articles), 2),
            "peak RSS MB": round(mem.peak / 2**20) if SAMPLE_MEMORY else None,
            "sentences": len(res.sentences),
            "quotes": len(res.quotes),
        }
    )
    print(rows[-1], flush=True)
    return res


def run_100k(polnear, rows):
    """100k articles: PolNeAR train repeated with new ids, texts held separately."""
    reps = -(-100_000 // len(polnear))
    big = pd.concat(
        [polnear.assign(article_id=polnear["article_id"] + f"#{k}") for k in range(reps)],
        ignore_index=True,
    ).iloc[:100_000]
    # pandas/Arrow may share the repeated text buffers; a real corpus doesn't.
    # A Parquet round trip gives 100k distinct texts in fresh Arrow buffers
    # (~450 MB), as a user's corpus read from Parquet would be.
    with tempfile.TemporaryDirectory() as tmp:
        big.to_parquet(Path(tmp) / "big.parquet", index=False)
        del big
        big = pd.read_parquet(Path(tmp) / "big.parquet")
    print(
        f"memory before analyze(): {PeakRSS()._rss() / 2**20:.0f} MB "
        f"(corpus {big.memory_usage(deep=True).sum() / 2**20:.0f} MB)",
        flush=True,
    )
    run("100k (PolNeAR train repeated, new ids)", big, rows)


def stages(polnear, n, chunk_size=400):
    """CPU ms per article of each step of ``analyze()``'s chunk work, in this one
    process, on the first ``n`` articles of the 100k corpus (PolNeAR train repeated,
    new ids), in chunks of ``chunk_size`` (what ``analyze()`` picks at 100k on 2
    processes): the parent's chunking and pickling, each step of
    ``pipeline._run_chunk`` (sentences and sentiment are one step, ``_sentence_step``), the Arrow conversion, the spill of the parts and the
    parent's read-back. Cross-process costs (fork, queues) are not in it; compare
    the total with the CPU ms/article of a ``run()`` on the same host."""
    import gc
    import pickle

    from analysis import pipeline as pl
    from analysis._tokens import word_count_table
    from analysis.quotes import extract_quotes
    from analysis.sentences import split_sentences
    from analysis.sentiment import score_sentiment

    reps = -(-n // len(polnear))
    big = pd.concat(
        [polnear.assign(article_id=polnear["article_id"] + f"#{k}") for k in range(reps)],
        ignore_index=True,
    ).iloc[:n]
    pl._chunk_worker([("warm-up", pl._WARM_UP)], pl.STEPS)  # as analyze() does before forking
    cpu: dict[str, float] = {}

    def tick(step, since):
        now = time.process_time()
        cpu[step] = cpu.get(step, 0.0) + now - since
        return now

    spill = tempfile.mkdtemp(prefix="newslens-stages-")
    gc.disable()  # as in the workers (_chunk_worker)
    try:
        t = time.process_time()
        chunks = list(pl._chunks(big, chunk_size))
        t = tick("parent: chunk records", t)
        for no, recs in enumerate(chunks):
            recs = pickle.loads(pickle.dumps(recs, protocol=pickle.HIGHEST_PROTOCOL))
            t = tick("records pickled to a worker", t)
            chunk = pd.DataFrame(recs, columns=["article_id", "text"])
            step = pl._sentence_step(recs, pl.STEPS, False)  # as _run_chunk
            if step is None:  # the frame path (repeated ids, no sentence)
                sents = split_sentences(chunk)
                step = sents, pl._compact("sentences", score_sentiment(sents).drop(columns="text"))
            sents, out = step[0], {"sentences": step[1]}
            t = tick("sentences + sentiment", t)
            out["quotes"] = extract_quotes(chunk, sentences=sents)
            t = tick("quotes", t)
            out["terms"] = word_count_table([r[0] for r in recs], [r[1] for r in recs])
            t = tick("terms", t)
            tables = {name: pl._compact(name, frame) for name, frame in out.items()}
            t = tick("Arrow conversion", t)
            pl._spill(tables, spill, no, "arrow")
            t = tick("spill (Arrow IPC, lz4)", t)
            del out, sents, chunk, tables
        gc.enable()
        t = time.process_time()
        pl._read_frames(spill, pl._FRAMES)
        tick("parent: read back", t)
    finally:
        gc.enable()
        import shutil

        shutil.rmtree(spill, ignore_errors=True)
    total = sum(cpu.values())
    print(f"CPU per step, 1 process, {n} articles in chunks of {chunk_size}:")
    for step, secs in cpu.items():
        print(f"  {step:30s} {1000 * secs / n:7.3f} ms/article  {100 * secs / total:5.1f}%")
    print(f"  {'total':30s} {1000 * total / n:7.3f} ms/article", flush=True)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="skip the 100k corpus")
    ap.add_argument(
        "--no-memory",
        action="store_true",
        help="time without the memory sampler (it reads /proc every 100 ms)",
    )
    ap.add_argument(
        "--only-100k",
        action="store_true",
        help="only the 100k corpus (the full run starts it in a fresh process, so "
        "memory freed by earlier steps but kept by the allocator isn't counted)",
    )
    ap.add_argument(
        "--stages",
        type=int,
        metavar="N",
        help="only the CPU per step of the chunk work on N articles of the 100k corpus, "
        "in one process (where the time goes; nothing else is run)",
    )
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"skipped: {DATA} not found")
        return 0
    warnings.simplefilter("ignore")
    import analysis

    global SAMPLE_MEMORY
    SAMPLE_MEMORY = not args.no_memory
    if args.stages:
        polnear = analysis.load_articles(DATA / "polnear/train/text")[["article_id", "text"]]
        stages(polnear, args.stages)
        return 0
    if args.only_100k:
        polnear = analysis.load_articles(DATA / "polnear/train/text")[["article_id", "text"]]
        rows = []
        run_100k(polnear, rows)
        return 0

    corpora = {
        "PolNeAR train": analysis.load_articles(DATA / "polnear/train/text"),
        "Reuters-21578": analysis.load_articles(DATA / "reuters21578"),
        "White House statements": analysis.load_articles(DATA / "whitehouse/statements-releases"),
    }
    rows = []
    for name, arts in corpora.items():
        run(name, arts[["article_id", "text"]], rows)

    polnear = corpora["PolNeAR train"][["article_id", "text"]]
    # naive baseline: pandas .apply of nltk VADER per sentence (sentences from our splitter)
    sia = nltk_vader()
    sents = analysis.split_sentences(polnear)
    t0 = time.perf_counter()
    sents["text"].apply(sia.polarity_scores)
    base = time.perf_counter() - t0
    t0 = time.perf_counter()
    analysis.analyze(polnear, n_jobs=2, progress=False)
    ours = time.perf_counter() - t0
    print(
        f"naive nltk VADER .apply on PolNeAR train: {len(polnear) / base:.0f} articles/s "
        f"(sentiment only, 1 core); analyze() all four steps: {len(polnear) / ours:.0f} "
        f"articles/s; ratio {base / ours:.1f}x"
    )

    with tempfile.TemporaryDirectory() as cache:
        analysis.analyze(polnear, cache_dir=cache, progress=False)
        t0 = time.perf_counter()
        res = analysis.analyze(polnear, cache_dir=cache, progress=False)
        print(
            f"cached rerun on PolNeAR train: {time.perf_counter() - t0:.3f} s "
            f"(from_cache={res.from_cache})"
        )

    try:
        import dask.dataframe as dd
        from distributed import Client, LocalCluster

        for workers in (1, 2):
            with (
                LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
                ) as cluster,
                Client(cluster) as client,
            ):
                ddf = dd.from_pandas(polnear, npartitions=8)
                with PeakRSS() as mem:
                    t0 = time.perf_counter()
                    analysis.analyze(ddf, client=client)
                    secs = time.perf_counter() - t0
                rows.append(
                    {
                        "corpus": "PolNeAR train",
                        "engine": f"dask, {workers} workers",
                        "articles": len(polnear),
                        "seconds": round(secs, 2),
                        "articles/s": round(len(polnear) / secs),
                        "peak RSS MB": round(mem.peak / 2**20),
                    }
                )
                print(rows[-1], flush=True)
    except ImportError:
        print("dask not installed: pip install -e '.[dask]'")

    if not args.quick:
        import subprocess

        subprocess.run(
            [sys.executable, __file__, "--only-100k"] + (["--no-memory"] if args.no_memory else []),
            check=True,
        )

    print()
    print(
        pd.DataFrame(rows).to_markdown(index=False)
        if _has_tabulate()
        else pd.DataFrame(rows).to_string(index=False)
    )
    return 0


def _has_tabulate():
    try:
        import tabulate  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
