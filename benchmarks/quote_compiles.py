"""Regular-expression compilation inside analysis.extract_quotes: how much of a call
is spent compiling patterns built from the article's words, and which rules build them.

Run:
  .venv/bin/python benchmarks/quote_compiles.py [--top 15]

Many rules build a pattern around a word of the article ("a ... <head>", "<Name> was
the ... <role>") and compile it on first use (an ``lru_cache`` per rule, or the ``re``
module's own cache of 512 patterns behind ``re.search(pattern, ...)``). The cost is
paid once per new word, so it shows in a first call and on text the process has not
seen, never in a warm repeat over the same articles. This script calls
``extract_quotes`` on PolNeAR train three times (cold, warm, warm), then on PolNeAR dev
(articles not seen before), and prints per pass the CPU seconds, the number of
``re`` compilations, and the CPU spent in them (a wrapper around
``re._compiler.compile``, in this script only); then the rules that compiled the most
patterns in the cold pass and in the dev pass (the innermost ``analysis`` frame that
asked). One process, ``sentences=None``.

Data: ../shared/data (override with NEWSLENS_SHARED_DATA); exits 0 when absent.
"""

from __future__ import annotations

import argparse
import re._compiler as re_compiler
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import quotes_exact  # noqa: E402

import analysis  # noqa: E402

_PACKAGE = str(ROOT / "analysis")


class _Counting:
    """Wraps ``re._compiler.compile``: counts compilations by the asking rule."""

    def __init__(self):
        self.orig = re_compiler.compile
        self.sites: Counter = Counter()
        self.cpu = 0.0

    def __call__(self, pattern, flags=0):
        t0 = time.process_time()
        try:
            return self.orig(pattern, flags)
        finally:
            self.cpu += time.process_time() - t0
            f = sys._getframe(1)
            while f is not None and not f.f_code.co_filename.startswith(_PACKAGE):
                f = f.f_back
            site = "?" if f is None else f"{Path(f.f_code.co_filename).name}:{f.f_code.co_name}"
            self.sites[site] += 1

    def reset(self):
        self.sites = Counter()
        self.cpu = 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    if not (quotes_exact._data_dir() / "polnear").exists():
        print(f"skipped: {quotes_exact._data_dir()} not found")
        return 0
    train, dev = quotes_exact._polnear("train"), quotes_exact._polnear("dev")
    counting = _Counting()
    re_compiler.compile = counting
    tops = {}
    try:
        for name, arts in (
            ("train cold", train),
            ("train warm", train),
            ("train warm", train),
            ("dev new", dev),
        ):
            counting.reset()
            t0 = time.process_time()
            analysis.extract_quotes(arts)
            cpu = time.process_time() - t0
            n = sum(counting.sites.values())
            print(
                f"{name:>10}: {len(arts)} articles, {cpu:.3f} s CPU, {n} compilations in "
                f"{counting.cpu:.3f} s ({100 * counting.cpu / cpu:.1f}%)"
            )
            if name not in tops:
                tops[name] = counting.sites
    finally:
        re_compiler.compile = counting.orig
    for name in ("train cold", "dev new"):
        print(f"most compilations, {name}:")
        for site, n in tops[name].most_common(args.top):
            print(f"  {n:5d}  {site}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
