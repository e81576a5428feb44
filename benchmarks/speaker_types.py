"""Speaker types on real corpora against hand-checked tables (tests/data/
speaker_types_<corpus>.csv: name -> type, no text): of the ``top`` most-quoted
speakers (every type; the "unknown" bucket of pronoun and fragment speakers left
out), the share found in the table (coverage) and the share typed as the table
says (accuracy, over those found); the pronouns among the 100 most-quoted.

Three modes, all printed: ``resolved`` (the headline numbers, keys unprefixed):
``resolve_speakers(extract_quotes(arts), arts)``; ``no_articles``:
``resolve_speakers(extract_quotes(arts))`` (README's example before it passed the
texts); ``extract_only``: the ``speaker_type`` that ``extract_quotes`` writes, per
``speaker`` (the within-article name) over the corpus, most frequent type.

    PYTHONPATH=$PWD python benchmarks/speaker_types.py [polnear|reuters|whitehouse|briefings]
        [--modes resolved,no_articles,extract_only]
"""

from __future__ import annotations

import argparse
import time
import warnings
from functools import lru_cache
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CORPORA = {
    "polnear": (DATA / "polnear" / "train" / "text", "speaker_types_polnear_train.csv"),
    "reuters": (DATA / "reuters21578", "speaker_types_reuters21578.csv"),
    "whitehouse": (DATA / "whitehouse" / "articles", "speaker_types_whitehouse_articles.csv"),
    "briefings": (DATA / "whitehouse" / "press-briefings", None),
}
MODES = ("resolved", "no_articles", "extract_only")


@lru_cache(maxsize=4)
def _extracted(path: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    import analysis

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arts = analysis.load_articles(path)
    return arts, analysis.extract_quotes(arts)


@lru_cache(maxsize=12)
def _counts(path: str, mode: str = "resolved") -> pd.DataFrame:
    import analysis

    arts, q = _extracted(path)
    if mode == "resolved":
        q = analysis.resolve_speakers(q, arts)
    elif mode == "no_articles":
        q = analysis.resolve_speakers(q)
    elif mode != "extract_only":
        raise ValueError(f"mode {mode!r}: one of {MODES}")
    c = analysis.speaker_counts(q, types=None)
    return c[c["speaker"] != "unknown"].reset_index(drop=True)


def top_speakers(path, n: int = 150, mode: str = "resolved") -> pd.DataFrame:
    """The ``n`` most-quoted speakers of the corpus at ``path`` (all types; the
    pipeline runs once per path and process)."""
    return _counts(str(path), mode).head(n).copy()


def _table_key(speaker: str, truth: dict) -> str | None:
    """The table's name for ``speaker``: itself, or without a leading "the"/"The";
    None when neither is in the table.

    >>> _table_key("the New York Stock Exchange", {"New York Stock Exchange": "organization"})
    'New York Stock Exchange'
    """
    if speaker in truth:
        return speaker
    if speaker[:4] in ("the ", "The ") and speaker[4:] in truth:
        return speaker[4:]
    return None


def measure(name: str, top: int = 150, mode: str = "resolved") -> dict:
    from analysis.speaker_types import is_pronoun

    path, table = CORPORA[name]
    t = time.perf_counter()
    c = top_speakers(path, max(top, 100), mode)
    out = {"corpus": name, "seconds": round(time.perf_counter() - t, 1)}
    out["pronouns_top100"] = [s for s in c["speaker"].head(100) if is_pronoun(s)]
    if table:
        gold = pd.read_csv(ROOT / "tests" / "data" / table, keep_default_na=False)
        truth = dict(zip(gold["name"], gold["type"], strict=True))
        c = c.head(top)
        # a name's table row matches the speaker with or without a leading "the" ("the
        # New York Stock Exchange" written after the cue is the table's "New York Stock
        # Exchange"); the speaker as written is looked up first
        key = c["speaker"].map(lambda s: _table_key(s, truth))
        found = c[key.notna()]
        fkey = key[key.notna()]
        right = found["speaker_type"] == fkey.map(truth)
        out["coverage"] = round(len(found) / len(c), 3)
        out["accuracy"] = round(float(right.mean()), 3)
        out["wrong"] = [
            (s, t, truth[k])
            for s, k, t, ok in zip(
                found["speaker"], fkey, found["speaker_type"], right, strict=True
            )
            if not ok
        ]
        out["missing"] = c.loc[key.isna(), "speaker"].tolist()
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    # (no `choices=` with nargs="*": Python 3.11's argparse checks the list default
    # itself against the choices and refuses a run with no corpus named)
    ap.add_argument("corpora", nargs="*", help="of " + ", ".join(CORPORA) + " (default all)")
    ap.add_argument("--modes", default=",".join(MODES), help="comma-separated, of " + str(MODES))
    args = ap.parse_args()
    unknown = sorted(set(args.corpora) - set(CORPORA))
    if unknown:
        ap.error(f"unknown corpus {', '.join(unknown)}; choose from {', '.join(CORPORA)}")
    args.corpora = args.corpora or list(CORPORA)
    for name in args.corpora:
        for mode in args.modes.split(","):
            res = measure(name, mode=mode)
            if mode != "resolved":
                res = {f"{mode} {k}": v for k, v in res.items() if k not in ("corpus",)}
            for k, v in res.items():
                print(f"{k}: {v}")
        print()
