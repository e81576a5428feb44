"""Sampling profile of analysis.extract_quotes: where the CPU goes, without cProfile's
distortion.

Run:
  .venv/bin/python benchmarks/quotes_sample.py                 # self time by function
  .venv/bin/python benchmarks/quotes_sample.py --by file       # ... by file
  .venv/bin/python benchmarks/quotes_sample.py --by line       # ... by source line
  .venv/bin/python benchmarks/quotes_sample.py --inclusive     # time under each function

It times ``extract_quotes(arts, sentences=split_sentences(arts))`` over PolNeAR train as
the pipeline calls it (the sentences computed once, outside the timing), after one
warm-up call, so the name memos are warm as in the 100k pipeline run (PolNeAR train
repeated) and one-time ``re`` compilation is left out. A CPU timer (SIGPROF, every
``--interval`` ms of process time) records the innermost frame whose code lives under
``analysis/``: the time of C calls (a regular expression, ``str.find``, ``len``) counts
for the Python function that made them. cProfile instead charges every Python call
its own overhead, which makes functions called tens of thousands of times look up to
twice as costly as they are, and charges C calls to themselves ("re.Pattern.match"),
not to the rule that made them. Unix only (SIGPROF).

Data: ../shared/data (override with NEWSLENS_SHARED_DATA); exits 0 when absent.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import quotes_exact  # noqa: E402

import analysis  # noqa: E402

_PACKAGE = str(ROOT / "analysis")


def _key(code, line, by):
    """The name a sample is counted under: file, file:function or file:function:line."""
    name = code.co_filename[len(_PACKAGE) + 1 :]
    if by == "file":
        return name
    if by == "line":
        return f"{name}:{code.co_name}:{line}"
    return f"{name}:{code.co_name}"


def sample(arts, sentences, repeat, interval, by, inclusive):
    """Counter of samples per key and the number of samples taken."""
    counts: collections.Counter = collections.Counter()
    total = [0]

    def on_tick(_signum, frame):
        total[0] += 1
        seen = set()
        while frame is not None:
            code = frame.f_code
            if code.co_filename.startswith(_PACKAGE):
                key = _key(code, frame.f_lineno, by)
                if not inclusive:
                    counts[key] += 1
                    return
                if key not in seen:
                    seen.add(key)
                    counts[key] += 1
            frame = frame.f_back

    old = signal.signal(signal.SIGPROF, on_tick)
    signal.setitimer(signal.ITIMER_PROF, interval / 1000, interval / 1000)
    try:
        for _ in range(repeat):
            analysis.extract_quotes(arts, sentences=sentences)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, old)
    return counts, total[0]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--by", choices=("function", "file", "line"), default="function")
    ap.add_argument("--inclusive", action="store_true", help="time under each key, not self")
    ap.add_argument("--repeat", type=int, default=3, help="timed calls (default 3)")
    ap.add_argument("--interval", type=float, default=0.5, help="ms of CPU between samples")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    if not quotes_exact._data_dir().exists():
        print(f"skipped: {quotes_exact._data_dir()} not found")
        return 0
    arts = quotes_exact._polnear("train")
    sentences = analysis.split_sentences(arts)
    analysis.extract_quotes(arts, sentences=sentences)  # warm-up: memos, re cache
    counts, n = sample(arts, sentences, args.repeat, args.interval, args.by, args.inclusive)
    if not n:
        print("no samples")
        return 0
    kind = "inclusive" if args.inclusive else "self (with the C calls it makes)"
    print(f"{n} samples, {kind}, PolNeAR train x{args.repeat}; share of all samples:")
    for key, c in counts.most_common(args.top):
        print(f"{100 * c / n:6.1f}%  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
