"""Census of the quote package's functions: calls, CPU and how often each one fires.

Run:
  .venv/bin/python benchmarks/quote_rule_census.py               # top 60 by self CPU
  .venv/bin/python benchmarks/quote_rule_census.py --top 0       # every function
  .venv/bin/python benchmarks/quote_rule_census.py --sort calls  # or incl, self, fired

It runs ``extract_quotes(arts, sentences=split_sentences(arts))`` over PolNeAR train
once to warm the memos, then once under a trace hook (``sys.settrace``, call and return
events only, in this benchmark only) that sees every call and return of every Python function whose code
lives in ``analysis/quotes/*.py``: module functions, methods, nested functions and
closures alike (a monkeypatch of module attributes would miss the nested ones and the
``from .x import f`` copies). Per function it prints:

- ``calls``: calls (a generator counts once per resumption);
- ``self ms``: time inside the function but not inside the package functions it calls
  (C calls such as a regex match count as self time of their caller), with the hook's
  own cost per call (measured on an empty function) taken out and scaled so that the
  column sums to the unprofiled CPU of the run; ``self%`` is its share;
- ``incl ms``: time inside the function and everything it calls, as measured under the
  hook (inflated by ~2-3 us per call below it: compare rows only, and use
  ``benchmarks/quotes_sample.py --inclusive`` for the undistorted figure);
- the hook reads ``time.perf_counter_ns`` (a process CPU read costs ~0.8 us, twice a
  call): wall time, so run it on a quiet host; the calls and ``fired`` are exact;
- ``fired``: the share of calls whose result was "something": not None, not False,
  not an empty string/tuple/list/set/dict, not a tuple of Nones, and not the object
  passed as the first argument (a rule that returns its input unchanged did nothing);
  ``-`` for generators, ``None`` for a function that returned None on every call (one
  that works by side effect, adding rows or setting speakers, or a rule that never
  found anything).

Data: ../shared/data (override with NEWSLENS_SHARED_DATA); exits 0 when absent.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import quotes_exact  # noqa: E402

import analysis  # noqa: E402

_PACKAGE = str(ROOT / "analysis" / "quotes") + "/"
_GENERATOR_FLAGS = 0x20 | 0x200 | 0x100  # generator, async generator, coroutine


def _nothing(result, first) -> bool:
    """True when ``result`` is the "did nothing" answer of a rule."""
    if result is None or result is False or result is first:
        return True
    if isinstance(result, (str, tuple, list, set, frozenset, dict)) and not result:
        return True
    return isinstance(result, tuple) and all(r is None for r in result)


def census(run):
    """Per code object: [calls, incl ns, self ns, fired, child calls, non-None results]
    while ``run()`` runs under the hook; and the CPU seconds it took."""
    stats: dict = {}
    ours: dict = {}
    stack: list = []  # [code, start ns, child ns, first argument, child calls]
    clock = time.perf_counter_ns  # process_time_ns costs ~0.8 us a read

    def is_ours(code):
        hit = ours.get(code)
        if hit is None:
            hit = ours[code] = code.co_filename.startswith(_PACKAGE)
        return hit

    def on_return(frame, event, arg):
        if event == "return" and stack and stack[-1][0] is frame.f_code:
            now = clock()
            code, start, child, first, kids = stack.pop()
            spent = now - start
            row = stats.get(code)
            if row is None:
                row = stats[code] = [0, 0, 0, 0, 0, 0]
            row[0] += 1
            row[1] += spent
            row[2] += spent - child
            row[4] += kids
            if arg is not None:
                row[5] += 1
            if not _nothing(arg, first):
                row[3] += 1
            if stack:
                stack[-1][2] += spent
                stack[-1][4] += 1
        return None

    def on_call(frame, event, arg):
        code = frame.f_code
        if not is_ours(code):
            return None
        frame.f_trace_lines = False
        first = None
        if code.co_argcount and not code.co_flags & _GENERATOR_FLAGS:
            first = frame.f_locals.get(code.co_varnames[0])
        stack.append([code, clock(), 0, first, 0])
        return on_return

    t0 = time.process_time()
    sys.settrace(on_call)
    try:
        run()
    finally:
        sys.settrace(None)
    return stats, time.process_time() - t0


_CALIBRATION = """
def _empty(x):
    return None


def _driver(n):
    for _ in range(n):
        _empty(0)
"""


def calibrate(n=200_000):
    """The hook's cost in ns charged to a call itself and to its caller, per call: measured
    on an empty function compiled as if it lived in the package."""
    space: dict = {}
    exec(compile(_CALIBRATION, _PACKAGE + "_calibration.py", "exec"), space)
    driver = space["_driver"]
    t0 = time.perf_counter_ns()
    driver(n)
    plain = time.perf_counter_ns() - t0
    stats, _ = census(lambda: driver(n))
    by_name = {code.co_name: row for code, row in stats.items()}
    inside = by_name["_empty"][2] / n
    outside = max(0.0, (by_name["_driver"][2] - plain) / n)
    return inside, outside


def _name(code) -> str:
    return f"{code.co_filename[len(_PACKAGE) :]}:{getattr(code, 'co_qualname', code.co_name)}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=60, help="rows to print (0: all)")
    ap.add_argument("--sort", choices=["self", "incl", "calls", "fired"], default="self")
    args = ap.parse_args()
    if not (quotes_exact._data_dir() / "polnear").exists():
        print(f"skipped: {quotes_exact._data_dir()} not found")
        return 0
    arts = quotes_exact._polnear("train")
    sentences = analysis.split_sentences(arts)
    analysis.extract_quotes(arts, sentences=sentences)  # warm memos, compile patterns
    gc.collect()
    t0 = time.process_time()
    analysis.extract_quotes(arts, sentences=sentences)
    plain = time.process_time() - t0
    stats, profiled = census(lambda: analysis.extract_quotes(arts, sentences=sentences))
    inside, outside = calibrate()
    for row in stats.values():  # take the hook's own cost out of self and inclusive time
        row[2] = max(0.0, row[2] - row[0] * inside - row[4] * outside)
    total_self = sum(r[2] for r in stats.values()) or 1
    key = {"self": 2, "incl": 1, "calls": 0, "fired": 3}[args.sort]
    rows = sorted(stats.items(), key=lambda kv: -kv[1][key])
    if args.top:
        rows = rows[: args.top]
    print(
        f"PolNeAR train, {len(arts)} articles: extract_quotes {plain:.2f} s CPU unprofiled, "
        f"{profiled:.2f} s under the hook; {len(stats)} functions, "
        f"{sum(r[0] for r in stats.values())} calls; hook cost {inside:.0f} + {outside:.0f} ns "
        f"a call taken out of self time; self ms scaled to the unprofiled run"
    )
    scale = plain * 1e9 / total_self
    print(f"{'function':64} {'calls':>8} {'incl ms':>8} {'self ms':>8} {'self%':>6} {'fired':>7}")
    for code, (calls, incl, self_ns, fired, _kids, valued) in rows:
        gen = code.co_flags & _GENERATOR_FLAGS
        share = "-" if gen else f"{100 * fired / calls:.1f}%" if valued else "None"
        print(
            f"{_name(code)[:64]:64} {calls:8d} {incl / 1e6:8.1f} {self_ns * scale / 1e6:8.1f} "
            f"{100 * self_ns / total_self:5.1f}% {share:>7}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
