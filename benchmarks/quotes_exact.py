"""Exactness and speed check for analysis.extract_quotes (issue #6 speed work).

Run:
  .venv/bin/python benchmarks/quotes_exact.py --save /tmp/quotes_base.parquet   # baseline
  .venv/bin/python benchmarks/quotes_exact.py --check /tmp/quotes_base.parquet  # compare
  .venv/bin/python benchmarks/quotes_exact.py --time REF [--repeat 3]           # speed

``--save``/``--check`` run ``extract_quotes`` on PolNeAR train+dev, the White House
articles, data/sample, the seed article and a few degenerate strings, each corpus
both with ``sentences=None`` and with a precomputed (shuffled) ``split_sentences``
frame, plus PolNeAR train in reverse article order; every column of every row is
compared with the saved frame (keep baselines in /tmp, never in the repo).
``--time REF`` times one ``extract_quotes`` call over PolNeAR train (840 articles,
``sentences=None``, one process, one core) for the code at git ref REF (extracted
with ``git archive`` into a temporary package) and for the working tree, alternating
``--repeat`` times in the same process, and prints CPU seconds and articles/second;
``--sentences`` times the call as the pipeline makes it instead,
``extract_quotes(arts, sentences=split_sentences(arts))`` (the sentences frame is
computed once, outside the timing, and given to both versions).

Data: ../shared/data (override with NEWSLENS_SHARED_DATA); exits 0 when absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

import analysis  # noqa: E402

ODD_TEXTS = [
    "",
    "\x00\x01\x02 control \x7f",
    '"unbalanced quote, he said',
    "“curly” ” “ « » ‟ „ '' '' said Mr. X.",
    "a" * 5000,
    'مرحبا "hello," said أحمد. 😀 “Emoji 🎉,” she said.',
    'He said: "Yes." She said. They said "no" and we said, "maybe".\n\n"More," said Dr. Who.',
]


def _data_dir() -> Path:
    base = os.environ.get("NEWSLENS_SHARED_DATA")
    return Path(base) if base else ROOT.parent / "shared" / "data"


def _polnear(split: str) -> pd.DataFrame:
    root = _data_dir() / "polnear" / split / "text"
    rows = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(root.glob("*.txt"))]
    return pd.DataFrame(rows, columns=["article_id", "text"])


def corpora() -> dict[str, pd.DataFrame]:
    data = _data_dir()
    out = {
        "polnear_train": _polnear("train"),
        "polnear_dev": _polnear("dev"),
        "whitehouse": analysis.load_articles(data / "whitehouse" / "articles")[
            ["article_id", "text"]
        ],
        "sample": analysis.load_articles(ROOT / "data" / "sample")[["article_id", "text"]],
        "seed": analysis.load_articles(data / "seed")[["article_id", "text"]],
        "odd": pd.DataFrame(
            {"article_id": [f"odd{i}" for i in range(len(ODD_TEXTS))], "text": ODD_TEXTS}
        ),
    }
    return out


def run_all(mod) -> pd.DataFrame:
    frames = []
    for name, arts in corpora().items():
        frames.append(mod.extract_quotes(arts).assign(corpus=name, variant="plain"))
        sents = mod.split_sentences(arts)
        sents = sents.sample(frac=1.0, random_state=0)  # unsorted input must not matter
        frames.append(
            mod.extract_quotes(arts, sentences=sents).assign(corpus=name, variant="sents")
        )
        if name == "polnear_train":
            rev = arts.iloc[::-1].reset_index(drop=True)
            frames.append(mod.extract_quotes(rev).assign(corpus=name, variant="reversed"))
    return pd.concat(frames, ignore_index=True)


def check(base_path: str) -> int:
    base = pd.read_parquet(base_path)
    new = run_all(analysis)
    new = pd.DataFrame(new.to_dict("list"))  # same dtypes as a Parquet round trip
    new = pd.read_parquet(_roundtrip(new))
    if list(base.columns) != list(new.columns):
        print("COLUMNS DIFFER", list(base.columns), list(new.columns))
        return 1
    if len(base) != len(new):
        print(f"ROW COUNT DIFFERS: base {len(base)} new {len(new)}")
    try:
        pd.testing.assert_frame_equal(base, new, check_exact=True)
    except AssertionError as exc:
        print("FRAMES DIFFER:", str(exc)[:2000])
        n = min(len(base), len(new))
        for c in base.columns:
            bad = (base[c].iloc[:n].astype(str) != new[c].iloc[:n].astype(str)).to_numpy()
            if bad.any():
                i = int(bad.argmax())
                print(f"first diff in {c!r} at row {i}:")
                print(base.iloc[i].to_dict())
                print(new.iloc[i].to_dict())
                break
        return 1
    counts = base.groupby(["corpus", "variant"]).size().to_dict()
    print(f"IDENTICAL: {len(base)} rows x {len(base.columns)} columns; per corpus {counts}")
    return 0


def _roundtrip(frame: pd.DataFrame) -> io.BytesIO:
    buf = io.BytesIO()
    frame.to_parquet(buf, index=False)
    buf.seek(0)
    return buf


def _load_ref(ref: str):
    tmp = Path(tempfile.mkdtemp(prefix="newslens_ref_"))
    blob = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "analysis"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        tar.extractall(tmp, filter="data")
    pkg = tmp / "analysis"
    spec = importlib.util.spec_from_file_location(
        "analysis_ref", pkg / "__init__.py", submodule_search_locations=[str(pkg)]
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules["analysis_ref"] = mod
    spec.loader.exec_module(mod)
    return mod


def _clear_type_caches(types_mod) -> None:
    """Cold speaker-type caches (session 26's string memos), as in a first call."""
    for f in vars(types_mod).values() if types_mod is not None else ():
        if hasattr(f, "cache_clear") and getattr(f, "__name__", "") != "_lexicon":
            f.cache_clear()
    getattr(types_mod, "_SCANS", {}).clear()


def timing(ref: str, repeat: int, with_sentences: bool = False) -> None:
    arts = _polnear("train")
    sents = analysis.split_sentences(arts) if with_sentences else None
    old = _load_ref(ref)
    mods = [(f"{ref}", old), ("worktree", analysis)]
    for _name, mod in mods:
        mod.extract_quotes(arts.head(3))  # warm lexicon caches
    best: dict[str, float] = {}
    for _ in range(repeat):
        for name, mod in mods:
            # cold memo caches: a first call, not a warm one (the name memo lives in
            # analysis._quote_rules before the quote engine became analysis.quotes)
            names_mod = getattr(mod, "_quote_rules", None) or mod.quotes.names
            getattr(names_mod, "_NAME_MEMO", {}).clear()
            getattr(names_mod, "_MENTION_MEMO", {}).clear()  # mention memo, same kind
            _clear_type_caches(getattr(mod, "speaker_types", None))
            c0 = time.process_time()
            mod.extract_quotes(arts, sentences=sents)
            cpu = time.process_time() - c0
            best[name] = min(best.get(name, cpu), cpu)
            print(f"  {name:>10}: {cpu:.3f} s CPU  ({len(arts) / cpu:.0f} articles/s)")
    o, n = best[ref], best["worktree"]
    print(
        f"best of {repeat}: {ref} {o:.3f} s ({len(arts) / o:.0f} art/s), "
        f"worktree {n:.3f} s ({len(arts) / n:.0f} art/s), speed-up {o / n:.2f}x"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save")
    ap.add_argument("--check")
    ap.add_argument("--time", metavar="REF")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sentences", action="store_true", help="time with sentences= given")
    args = ap.parse_args()
    if not (_data_dir() / "polnear").exists():
        print(f"skipped: {_data_dir()} not found")
        return 0
    if args.save:
        frame = run_all(analysis)
        frame.to_parquet(args.save, index=False)
        print(f"saved {len(frame)} rows to {args.save}")
    if args.check:
        return check(args.check)
    if args.time:
        timing(args.time, args.repeat, args.sentences)
    return 0


if __name__ == "__main__":
    sys.exit(main())
