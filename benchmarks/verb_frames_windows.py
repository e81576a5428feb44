"""Would sharing token work across the verb-frame cues pay? (issue #12 speed work)

Run:
  .venv/bin/python benchmarks/verb_frames_windows.py            # PolNeAR train
  .venv/bin/python benchmarks/verb_frames_windows.py --limit 200

One ``extract_quotes`` pass over PolNeAR train (``sentences=None``) records every
token window that ``cues._cue_in_sentence`` tokenises (``phrases._window_tokens``) and
every ``_left_np`` call with its token list, then prints: the characters the windows
tokenise beside the articles' length and the union of the windows (what one token
array per article would cost instead: the whole article, or at least the union), the
CPU of tokenising the windows against tokenising each article once, the windows that
overlap the window before them, the ``_left_np`` calls repeated on the same token list
and position (what a memo could save), and the CPU of each verb cue (from one cue's
``_cue_in_sentence`` to the next; thread CPU time) by percentile. The figures tell
whether a structural change of the verb-frame tokenisation could pay; they change no
output.

Data: ../shared/data (override with NEWSLENS_SHARED_DATA); exits 0 when absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quotes_exact import _data_dir, _polnear  # noqa: E402

import analysis  # noqa: E402
from analysis.quotes import clauses, cues, frames, np_left, phrases  # noqa: E402


def window_stats(windows):
    """(windows, characters, union characters, windows overlapping the one before) of
    ``windows``: (text id, lo, hi) triples in the order they were tokenised.

    >>> window_stats([(1, 0, 10), (1, 5, 12), (2, 0, 4), (1, 20, 30)])
    (4, 31, 26, 1)
    """
    chars = sum(hi - lo for _, lo, hi in windows)
    union = 0
    for tid in {w[0] for w in windows}:
        cur = -1
        for _, lo, hi in sorted(w for w in windows if w[0] == tid):
            lo = max(lo, cur)
            union += max(0, hi - lo)
            cur = max(cur, hi)
    overlap = sum(
        1
        for a, b in zip(windows, windows[1:], strict=False)
        if a[0] == b[0] and b[1] < a[2] and b[2] > a[1]
    )
    return len(windows), chars, union, overlap


def _record(arts):
    """Run the quote step once with recorders on the window tokeniser, ``_left_np`` and
    the cue loop; returns (windows with their texts, left_np (new, repeated), cue CPU)."""
    windows, texts, seen, np_calls, cue_cpu, last = [], {}, {}, [0, 0], [], [None]
    tok0, np0, cue0 = cues._window_tokens, np_left._left_np, frames._cue_in_sentence

    def tok(masked, lo, hi):
        texts[id(masked)] = masked
        windows.append((id(masked), lo, hi))
        return tok0(masked, lo, hi)

    def left_np(toks, k, lex):
        key = (id(toks), k)
        np_calls[key in seen and seen[key] is toks] += 1
        seen[key] = toks
        return np0(toks, k, lex)

    def cue(doc, cm, win_cache):
        t = time.thread_time()
        if last[0] is not None and last[0][1] is doc:
            cue_cpu.append(t - last[0][0])
        last[0] = (t, doc)
        return cue0(doc, cm, win_cache)

    cues._window_tokens, frames._cue_in_sentence = tok, cue
    clauses._left_np = left_np
    try:
        analysis.extract_quotes(arts)
    finally:
        cues._window_tokens, frames._cue_in_sentence, clauses._left_np = tok0, cue0, np0
    return [(texts[t], lo, hi) for t, lo, hi in windows], np_calls, cue_cpu


def _cpu(fn, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="first N articles only")
    args = ap.parse_args()
    if not (_data_dir() / "polnear").exists():
        print(f"skipped: {_data_dir()} not found")
        return 0
    arts = _polnear("train")
    arts = arts.head(args.limit) if args.limit else arts
    analysis.extract_quotes(arts.head(3))  # warm lexicon caches
    wins, (np_new, np_rep), cue_cpu = _record(arts)
    n, chars, union, overlap = window_stats([(id(m), lo, hi) for m, lo, hi in wins])
    masked = list({id(m): m for m, _, _ in wins}.values())
    art_chars = sum(len(m) for m in masked)
    print(f"cue windows {n:,}: {chars:,} characters tokenised, union {union:,}")
    print(f"  articles with a cue window: {len(masked):,}, {art_chars:,} characters")
    print(f"  windows overlapping the window before them: {overlap:,}")
    tok = phrases._window_tokens
    t_win = _cpu(lambda: [tok(m, lo, hi) for m, lo, hi in wins])
    t_art = _cpu(lambda: [tok(m, 0, len(m)) for m in masked])
    print(f"  CPU: the windows {t_win:.3f} s, each article once {t_art:.3f} s")
    print(f"_left_np from _finite_speaker: {np_new:,} new, {np_rep:,} repeated (same toks, k)")
    cue_cpu.sort()
    if cue_cpu:
        total = sum(cue_cpu)
        pct = {p: cue_cpu[min(len(cue_cpu) - 1, len(cue_cpu) * p // 100)] for p in (50, 90, 99)}
        top = sum(cue_cpu[-len(cue_cpu) // 10 :]) / total
        print(
            f"verb cues {len(cue_cpu):,}: {total:.3f} s CPU, mean {1e6 * total / len(cue_cpu):.0f}"
            f" us, p50 {1e6 * pct[50]:.0f} p90 {1e6 * pct[90]:.0f} p99 {1e6 * pct[99]:.0f} us;"
            f" the costliest 10% take {100 * top:.0f}%"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
