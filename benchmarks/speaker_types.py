"""Speaker types on real corpora against hand-checked tables (tests/data/
speaker_types_<corpus>.csv: name -> type, no text): of the ``top`` most-quoted
speakers (every type; the "unknown" bucket of pronoun and fragment speakers left
out), the share found in the table (coverage) and the share typed as the table
says (accuracy, over those found); the pronouns among the 100 most-quoted.

    PYTHONPATH=$PWD python benchmarks/speaker_types.py [polnear|reuters|whitehouse|briefings]
"""

from __future__ import annotations

import sys
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


@lru_cache(maxsize=8)
def _counts(path: str) -> pd.DataFrame:
    import analysis

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arts = analysis.load_articles(path)
    q = analysis.resolve_speakers(analysis.extract_quotes(arts), arts)
    c = analysis.speaker_counts(q, types=None)
    return c[c["speaker"] != "unknown"].reset_index(drop=True)


def top_speakers(path, n: int = 150) -> pd.DataFrame:
    """The ``n`` most-quoted speakers of the corpus at ``path`` (all types; the
    pipeline runs once per path and process)."""
    return _counts(str(path)).head(n).copy()


def measure(name: str, top: int = 150) -> dict:
    from analysis.speaker_types import is_pronoun

    path, table = CORPORA[name]
    t = time.perf_counter()
    c = top_speakers(path, max(top, 100))
    out = {"corpus": name, "seconds": round(time.perf_counter() - t, 1)}
    out["pronouns_top100"] = [s for s in c["speaker"].head(100) if is_pronoun(s)]
    if table:
        gold = pd.read_csv(ROOT / "tests" / "data" / table, keep_default_na=False)
        truth = dict(zip(gold["name"], gold["type"], strict=True))
        c = c.head(top)
        found = c[c["speaker"].isin(truth)]
        right = found["speaker_type"] == found["speaker"].map(truth)
        out["coverage"] = round(len(found) / len(c), 3)
        out["accuracy"] = round(float(right.mean()), 3)
        out["wrong"] = [
            (s, t, truth[s])
            for s, t, ok in zip(found["speaker"], found["speaker_type"], right, strict=True)
            if not ok
        ]
        out["missing"] = c.loc[~c["speaker"].isin(truth), "speaker"].tolist()
    return out


if __name__ == "__main__":
    for name in sys.argv[1:] or list(CORPORA):
        for k, v in measure(name).items():
            print(f"{k}: {v}")
        print()
