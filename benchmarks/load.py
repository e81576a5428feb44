"""Benchmark of analysis.load_articles on the shared corpora: load time and
article count per corpus, the cost of mojibake repair (targeted check vs ftfy
on every text), and a full load of ../shared/data with per-file accounting
"documents in = documents out + reported" where "documents in" is counted
independently of the loader (one per .txt/.md article file, one per
<REUTERS> element; README/LICENSE, .ann, .dtd and metadata tables hold none),
and the same accounting on a folder of broken and hostile files (one per class
of issue 16: tests/_broken_corpus.py), which needs no shared data.

Run: .venv/bin/python benchmarks/load.py
"""

from __future__ import annotations

import os
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = Path(os.environ.get("NEWSLENS_SHARED_DATA", ROOT / ".." / "shared" / "data")).resolve()

CORPORA = [
    ("seed", "seed"),
    ("polnear train", "polnear/train/text"),
    ("reuters21578", "reuters21578"),
    ("whitehouse articles", "whitehouse/articles"),
    ("whitehouse all", "whitehouse"),
]


def expected_documents(path: Path) -> int:
    """Documents in one file, counted without the loader."""
    name = path.name.lower()
    if name.startswith(("readme", "license", "licence")):
        return 0
    if name.endswith(".sgm"):  # a file with no document in it is one reported document
        return max(1, len(re.findall(rb"<REUTERS\b", path.read_bytes())))
    if name.endswith((".txt", ".md")):
        return 1
    return 0  # .ann, .dtd, metadata.tsv: not articles


def timed_load(path, **kw):
    import analysis

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t0 = time.perf_counter()
        c0 = time.process_time()
        arts = analysis.load_articles(path, **kw)
        return arts, time.perf_counter() - t0, time.process_time() - c0


def broken_folder() -> int:
    """Load a folder holding every broken/hostile file at once: time and accounting."""
    import tempfile

    import analysis

    sys.path.insert(0, str(ROOT / "tests"))
    from _broken_corpus import build_broken_corpus, check_accounting

    with tempfile.TemporaryDirectory() as tmp:
        expected = build_broken_corpus(Path(tmp) / "corpus", Path(tmp) / "outside")
        arts, wall, cpu = timed_load(Path(tmp) / "corpus")
        rep = analysis.load_report(arts)
        bad = check_accounting(arts, rep, expected)
        n_in, n_out, n_rep = sum(expected.values()), len(arts), int(rep["dropped"].sum())
        print(
            f"broken folder: {len(expected)} files, load {wall:.2f} s wall / {cpu:.2f} s cpu; "
            f"documents in = rows out + reported: {n_in} = {n_out} + {n_rep}"
            f"  (files not balancing: {len(bad)})"
        )
        for row in bad:
            print(f"  MISMATCH {row}")
        print(analysis.load.summarize_load(arts, n=0))
    return 1 if bad or n_in != n_out + n_rep else 0


def main() -> int:
    status = broken_folder()
    if not DATA.exists():
        print(f"shared data not found at {DATA}; skipping load benchmark")
        return status
    import analysis

    print(f"data: {DATA}")
    print(
        f"{'corpus':<22}{'articles':>9}{'reported':>9}{'dropped':>8}{'wall s':>8}{'cpu s':>8}{'art/s':>9}"
    )
    for label, rel in CORPORA:
        arts, wall, cpu = timed_load(DATA / rel)
        rep = analysis.load_report(arts)
        rate = len(arts) / wall if wall else float("nan")
        print(
            f"{label:<22}{len(arts):>9}{len(rep):>9}{int(rep['dropped'].sum()):>8}"
            f"{wall:>8.2f}{cpu:>8.2f}{rate:>9.0f}"
        )

    # mojibake repair: targeted signature check vs ftfy on every text
    import ftfy

    from analysis.clean import fix_mojibake

    raw, _, _ = timed_load(DATA / "polnear/train/text", clean=False)
    texts = raw["text"].tolist()
    t0 = time.process_time()
    a = [fix_mojibake(t) for t in texts]
    t_targeted = time.process_time() - t0
    t0 = time.process_time()
    b = [ftfy.fix_encoding(t) for t in texts]
    t_ftfy = time.process_time() - t0
    same = sum(x == y for x, y in zip(a, b, strict=True))
    print(
        f"\nmojibake repair on {len(texts)} PolNeAR texts: targeted {t_targeted:.3f} s cpu, "
        f"ftfy.fix_encoding on all {t_ftfy:.3f} s cpu ({t_ftfy / max(t_targeted, 1e-9):.0f}x); "
        f"identical output for {same}/{len(texts)}"
    )

    # everything at once, with accounting
    arts, wall, cpu = timed_load(DATA)
    rep = analysis.load_report(arts)
    files = sorted(p for p in DATA.rglob("*") if p.is_file() and not p.name.startswith("."))
    expected = {str(p): expected_documents(p) for p in files}
    out = Counter(arts["path"])
    dropped = rep.groupby("path")["dropped"].sum().to_dict()
    total_in = sum(expected.values())
    total_out = len(arts)
    total_rep = int(rep["dropped"].sum())
    mismatched = [
        (p, n, out.get(p, 0), int(dropped.get(p, 0)))
        for p, n in expected.items()
        if n != out.get(p, 0) + int(dropped.get(p, 0))
    ]
    print(f"\nall of {DATA}: {len(files)} files, load {wall:.2f} s wall / {cpu:.2f} s cpu")
    print(
        f"documents in = documents out + reported: {total_in} = {total_out} + {total_rep}"
        f"  (unexplained: {total_in - total_out - total_rep}; files not balancing: {len(mismatched)})"
    )
    for p, n, o, d in mismatched[:10]:
        print(f"  MISMATCH {p}: in {n}, out {o}, reported dropped {d}")
    print("report reasons:")
    reasons = rep["reason"].str.replace(r"'[^']*'|\d+", "…", regex=True).value_counts()
    for reason, n in reasons.items():
        print(f"  {n:>6}  {reason[:90]}")
    print(f"articles by format: {dict(Counter(arts['format']))}")
    return 1 if status or mismatched or total_in != total_out + total_rep else 0


if __name__ == "__main__":
    raise SystemExit(main())
