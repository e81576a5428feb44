"""Where the quote step spends its CPU, by STAGE (issue #12 speed work).

Run:
  .venv/bin/python benchmarks/quotes_stages.py            # PolNeAR train
  .venv/bin/python benchmarks/quotes_stages.py --limit 200

One warm ``extract_quotes`` pass over PolNeAR train (``sentences=None``) with a
timer around each stage that ``assemble.extract`` (and ``Article``) and
``coref.resolve`` call: blocks and sentences, cue finding, verb frames, the other
frame passes, the name index (``_ArticleNames``), each statement's resolution and
the post-passes over statements (nested: ``extract: Article`` holds ``find_blocks``,
``rule_sentences`` and ``mask_text``; ``extract: resolve`` holds every ``resolve:``
line). The cost of the timer itself (measured) is taken off each figure; the
articles that yield no row and what they cost come from the same pass. A second
pass times the cues of the verb-frame loop by outcome (a statement, or dropped at
which step) and counts the post-pass runs that change any statement's speaker, type
or mention. Last, the rule sentences with no cue and no quotation mark are counted.
The figures show where a structural saving could be; they change no output.

Data: ../shared/data (override with NEWSLENS_SHARED_DATA); exits 0 when absent.
"""

from __future__ import annotations

import argparse
import bisect
import sys
import time
import types
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quotes_exact import _data_dir, _polnear  # noqa: E402

import analysis  # noqa: E402
import analysis.quotes as quotes_pkg  # noqa: E402
from analysis.quotes import assemble, coref, frames  # noqa: E402
from analysis.quotes.blocks import MASK  # noqa: E402
from analysis.quotes.lexicon import lexicon  # noqa: E402
from analysis.quotes.segment import sentence_spans  # noqa: E402

CLOCK = time.process_time
_CUE_STEPS = ("_cue_speaker", "_mention_at", "_content_sides", "_choose_side", "_frame_content")


def _timer_cost(n=200_000):
    """CPU seconds one timed call adds (two clock reads and the wrapper call)."""
    acc = Counter()

    def inner():
        return None

    def wrapped():
        t = CLOCK()
        try:
            return inner()
        finally:
            acc["x"] += CLOCK() - t

    t0 = CLOCK()
    for _ in range(n):
        wrapped()
    return (CLOCK() - t0) / n


def _instrument(mod, fn, prefix, spent, calls):
    """Time each module-level function (or class) ``fn`` calls by its name in ``mod``."""
    for name in sorted(set(fn.__code__.co_names)):
        orig = getattr(mod, name, None)
        if name == fn.__name__ or not isinstance(orig, (types.FunctionType, type)):
            continue

        def timed(*a, _orig=orig, _key=prefix + name, **k):
            t = CLOCK()
            try:
                return _orig(*a, **k)
            finally:
                spent[_key] += CLOCK() - t
                calls[_key] += 1

        setattr(mod, name, timed)


def _cue_outcomes(spent, calls):
    """Time each verb-frame cue from its ``_cue_in_sentence`` to the next one, by
    outcome: a statement (or a pending "X said:") or the last step reached."""
    state = {"t": None}

    def close(doc):
        if state["t"] is not None:
            grew = len(doc.quotes) > state["n"] or doc.pending_colon is not state["pc"]
            key = "cue: statement" if grew else "cue: none after " + state["step"]
            spent[key] += CLOCK() - state["t"]
            calls[key] += 1
        state["t"] = None

    orig_cue = frames._cue_in_sentence

    def cue(doc, cm, cache):
        close(doc)
        state.update(t=CLOCK(), n=len(doc.quotes), pc=doc.pending_colon, step="in_sentence")
        return orig_cue(doc, cm, cache)

    frames._cue_in_sentence = cue
    for name in _CUE_STEPS:
        orig = getattr(frames, name)

        def step(*a, _orig=orig, _name=name, **k):
            state["step"] = _name
            return _orig(*a, **k)

        setattr(frames, name, step)
    orig_noun = frames._noun_frames

    def noun(doc):
        close(doc)
        return orig_noun(doc)

    frames._noun_frames = noun


def _post_pass_changes(changes):
    """Count the post-pass runs of ``coref.resolve`` (its callees given the statement
    list ``quotes``) and those that change a statement's speaker, type or mention."""
    for name in coref.resolve.__code__.co_names:
        fn = getattr(coref, name, None)
        code = getattr(fn, "__code__", None)
        if code is None or "quotes" not in code.co_varnames[: code.co_argcount]:
            continue
        at = code.co_varnames.index("quotes")

        def run(*a, _fn=fn, _at=at):
            qs = a[_at]
            before = [(q.speaker, q.stype, q.mention) for q in qs]
            got = _fn(*a)
            changes["runs"] += 1
            changes["changed"] += any(
                b != (q.speaker, q.stype, q.mention) for b, q in zip(before, qs, strict=True)
            )
            return got

        setattr(coref, name, run)


def _sentence_census(texts):
    """(rule sentences, with a cue, with a quotation mark or block, with neither, share
    of characters in those with neither)."""
    lex = lexicon()
    n = with_cue = with_quote = neither = chars = chars_neither = 0
    for text in texts:
        doc = assemble.Article(text, lex, sentence_spans(text))
        run_ends = None if MASK in text else [b[1] for b in doc.blocks]
        starts = [c[0] for c in assemble._cue_matches(lex, doc.masked, run_ends)]
        for ss, se in doc.sents:
            k = bisect.bisect_left(starts, ss)
            cue = k < len(starts) and starts[k] < se
            quote = MASK in doc.masked[ss:se] or any(c in text[ss:se] for c in '"“”')
            n, chars = n + 1, chars + se - ss
            with_cue, with_quote = with_cue + cue, with_quote + quote
            if not cue and not quote:
                neither, chars_neither = neither + 1, chars_neither + se - ss
    return n, with_cue, with_quote, neither, chars_neither / max(chars, 1)


def _restore(saved):
    """Put back every module-level name of the instrumented modules."""
    for mod, names in saved.items():
        for name, value in names.items():
            if getattr(mod, name, None) is not value:
                setattr(mod, name, value)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="first N articles only")
    ap.add_argument("--top", type=int, default=40, help="stages listed")
    args = ap.parse_args()
    if not (_data_dir() / "polnear").exists():
        print(f"skipped: {_data_dir()} not found")
        return 0
    arts = _polnear("train")
    if args.limit:
        arts = arts.head(args.limit)
    cost = _timer_cost()
    saved = {m: dict(vars(m)) for m in (assemble, coref, frames, quotes_pkg)}
    spent, calls, per_article = Counter(), Counter(), []
    for fn in (assemble.extract, assemble.Article.__init__):
        _instrument(assemble, fn, "extract: ", spent, calls)
    _instrument(coref, coref.resolve, "resolve: ", spent, calls)
    orig_one = quotes_pkg._extract_one

    def one(text, spans=None):
        t = CLOCK()
        got = orig_one(text, spans)
        per_article.append((CLOCK() - t, len(got[0])))
        return got

    quotes_pkg._extract_one = one
    analysis.extract_quotes(arts)  # warm the memo tables and the re cache
    spent.clear(), calls.clear(), per_article.clear()
    t0 = CLOCK()
    analysis.extract_quotes(arts)
    total = CLOCK() - t0
    _restore(saved)
    inside = sum(t for t, _ in per_article)
    print(
        f"extract_quotes {total:.3f} s CPU, {len(arts)} articles; per-article extract {inside:.3f} s"
    )
    print(f"(timer cost {cost * 1e6:.2f} us per timed call, taken off below)")
    empty = [t for t, n in per_article if n == 0]
    print(
        f"articles with no row: {len(empty)}, {sum(empty):.3f} s ({100 * sum(empty) / inside:.1f}%)"
    )
    rows = sorted(((v - calls[k] * cost, k) for k, v in spent.items()), reverse=True)
    for v, k in rows[: args.top]:
        print(f"  {k:52s} {v:7.3f} s {100 * v / inside:5.1f}%  {calls[k]:7d} calls")
    # a second pass: the verb-frame cues by outcome and the post-passes that change anything
    spent, calls, changes = Counter(), Counter(), Counter()
    _cue_outcomes(spent, calls)
    _post_pass_changes(changes)
    analysis.extract_quotes(arts)
    _restore(saved)
    cues = sum(spent.values())
    for k, v in spent.most_common():
        print(f"  {k:52s} {v:7.3f} s {100 * v / cues:5.1f}% of the cue loop  {calls[k]:6d} cues")
    print(f"post-pass runs {changes['runs']}, of which changed any statement: {changes['changed']}")
    n, cue, quote, neither, share = _sentence_census(arts["text"].tolist())
    print(
        f"rule sentences {n}: with a cue {cue}, with a quotation {quote}, "
        f"with neither {neither} ({100 * neither / max(n, 1):.1f}%, {100 * share:.1f}% of characters)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
