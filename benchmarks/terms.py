"""Benchmark for terms and topics on real corpora (Reuters-21578, PolNeAR).

Run from the repo root: ``.venv/bin/python benchmarks/terms.py``. Prints wall time, CPU
time and peak RSS for: loading, top_terms, topics (NMF, and LDA for comparison) and
topics_over_time on Reuters-21578 (all 21,578 documents, title + body; plus the 19,043
with a body via ``analysis.load_articles``), and distinctive_terms between two PolNeAR
outlets and topics over time there. Skips cleanly (exit 0) when ../shared/data is
absent (override with NEWSLENS_SHARED_DATA).
"""

from __future__ import annotations

import html
import os
import re
import resource
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("NEWSLENS_SHARED_DATA", ROOT.parent / "shared" / "data"))

import analysis  # noqa: E402
from analysis import topic_model as topics_mod  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def timed(label, fn, *args, **kwargs):
    w0, c0 = time.perf_counter(), time.process_time()
    out = fn(*args, **kwargs)
    w, c = time.perf_counter() - w0, time.process_time() - c0
    print(f"{label:<58} wall {w:6.2f}s  cpu {c:6.2f}s  peak rss {peak_mb():7.0f} MB", flush=True)
    return out, w


_REUTERS = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)


def _tag(body: str, tag: str) -> str:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", body, re.S)
    return html.unescape(m.group(1)) if m else ""


def read_reuters_all(folder: Path) -> pd.DataFrame:
    """Every <REUTERS> element (21,578), text = title + body, for the >= 20k-document run."""
    rows = []
    for f in sorted(folder.glob("*.sgm")):
        s = f.read_text(encoding="latin-1")
        for nid, body in _REUTERS.findall(s):
            title, text = _tag(body, "TITLE"), _tag(body, "BODY")
            rows.append(
                {
                    "article_id": f"reuters-{nid}",
                    "source": "Reuters",
                    "published": _tag(body, "DATE").strip()[:20],
                    "text": (title + "\n\n" + text).replace("\\t", " ").strip(),
                }
            )
    df = pd.DataFrame(rows)
    df["published"] = pd.to_datetime(df["published"], format="%d-%b-%Y %H:%M:%S", errors="coerce")
    return df


def main() -> int:
    reuters = SHARED / "reuters21578"
    polnear = SHARED / "polnear" / "train" / "text"
    if not reuters.exists() or not polnear.exists():
        print(f"shared data not found under {SHARED}: skipping terms benchmark")
        return 0
    warnings.simplefilter("ignore")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus, {time.strftime('%Y-%m-%d')}")

    print("\n== Reuters-21578, all documents (title + body, regex reader) ==")
    allr, _ = timed("read 21,578 SGML documents", read_reuters_all, reuters)
    print(f"   {len(allr)} documents, {allr['text'].str.len().sum() / 1e6:.1f} M characters")
    _, w_top = timed("top_terms(n=20)", analysis.top_terms, allr, n=20)
    res, w_nmf = timed("topics(k=8, method='nmf')", analysis.topics, allr, k=8)
    print(f"   top_terms + topics(nmf): {w_top + w_nmf:.1f}s wall (budget 60s)")
    timed("topics_over_time(freq='M')", analysis.topics_over_time, res, allr)
    timed("top_terms(n=10, by='month')", analysis.top_terms, allr, n=10, by="month")
    timed("tokenize-only: term_counts(phrases=False)", analysis.term_counts, allr, phrases=False)
    timed("term_counts(phrases=True)", analysis.term_counts, allr)
    for lab in res.labels["label"]:
        print("   ", lab)

    print("\n== Reuters-21578 via analysis.load_articles (documents with a body) ==")
    arts, _ = timed("load_articles", analysis.load_articles, reuters)
    print(f"   {len(arts)} articles")
    _, w_top = timed("top_terms(n=20)", analysis.top_terms, arts, n=20)
    _, w_nmf = timed("topics(k=8, method='nmf')", analysis.topics, arts, k=8)
    print(f"   top_terms + topics(nmf): {w_top + w_nmf:.1f}s wall (budget 60s)")
    timed("topics(k=8, method='lda')  [comparison]", analysis.topics, arts, k=8, method="lda")

    print("\n== PolNeAR train (840 articles, 7 outlets) ==")
    pn, _ = timed("load_articles", analysis.load_articles, polnear)
    pn = pn.assign(outlet=pn["path"].map(lambda p: Path(str(p)).name.split("_", 1)[0]))
    print("   outlets:", dict(pn["outlet"].value_counts().sort_index()))
    dist, _ = timed(
        "distinctive_terms(outlet, breitbart vs nyt)",
        analysis.distinctive_terms,
        pn,
        "outlet",
        "breitbart",
        "nyt",
        n=8,
    )
    print("   breitbart:", ", ".join(dist[dist.z > 0]["term"]))
    print("   nyt:      ", ", ".join(dist[dist.z < 0]["term"][::-1]))
    pres, _ = timed("topics(k=8)", analysis.topics, pn, k=8)
    timed(
        "topics_over_time(freq='M', by='outlet')", analysis.topics_over_time, pres, pn, by="outlet"
    )
    timed("choose_k(ks=(4,6,8,10))", topics_mod.choose_k, pn, ks=(4, 6, 8, 10))
    for lab in pres.labels["label"]:
        print("   ", lab)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
