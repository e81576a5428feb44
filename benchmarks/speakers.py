"""Benchmark of analysis.resolve_speakers / speaker_counts on real corpora:
time per step, how many raw speaker strings collapse into speaker ids, how
many surname-only mentions are merged into a full name (the rest stay
separate because the surname is ambiguous), and the surname families
(Clinton, Trump, Bush, Obama) to eyeball that different people stay apart.

Run: .venv/bin/python benchmarks/speakers.py
Data: ../shared/data (override with NEWSLENS_SHARED_DATA); exits 0 when absent.
"""

from __future__ import annotations

import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = Path(os.environ.get("NEWSLENS_SHARED_DATA", ROOT / ".." / "shared" / "data")).resolve()

CORPORA = [("polnear train", "polnear/train/text"), ("whitehouse articles", "whitehouse/articles")]
FAMILIES = ["Clinton", "Trump", "Bush", "Obama", "Biden", "Harris"]


def main() -> int:
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found")
        return 0
    import analysis
    from analysis.speakers import parse_person_name

    warnings.simplefilter("ignore")
    for name, rel in CORPORA:
        path = DATA / rel
        if not path.exists():
            print(f"{name}: skipped ({path} absent)")
            continue
        articles = analysis.load_articles(path)
        quotes = analysis.extract_quotes(articles)
        t0 = time.perf_counter()
        r = analysis.resolve_speakers(quotes, articles)
        t1 = time.perf_counter()
        analysis.speaker_counts(r)
        t2 = time.perf_counter()
        analysis.speaker_counts(r, by="source", articles=articles)
        t3 = time.perf_counter()
        p = r[r["speaker_type"] == "person"]
        nkey = p["speaker"].map(lambda s: len(parse_person_name(s)[1]))
        short = p[nkey == 1]
        merged = int((short["speaker_name"].str.split().str.len() > 1).sum())
        print(f"== {name}: {len(articles)} articles, {len(quotes)} quotes")
        print(
            f"resolve_speakers {t1 - t0:.2f}s  speaker_counts {t2 - t1:.2f}s  "
            f"by source {t3 - t2:.2f}s"
        )
        print(
            f"person quotes {len(p)}: {p['speaker'].nunique()} speaker strings -> "
            f"{p['speaker_id'].nunique()} speaker ids"
        )
        print(
            f"surname-only person quotes {len(short)}: {merged} merged into a full name, "
            f"{len(short) - merged} left separate"
        )
        for fam in FAMILIES:
            hit = p[p["speaker_name"].str.contains(rf"\b{fam}\b", regex=True, na=False)]
            if len(hit):
                top = hit.groupby("speaker_name").size().sort_values(ascending=False).head(5)
                print(f"  {fam}: " + ", ".join(f"{k} {v}" for k, v in top.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
