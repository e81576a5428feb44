"""Gender of quoted people (analysis.gender.speaker_gender) against a hand-built
table of PolNeAR dev speakers (tests/data/gender_polnear_dev.csv: name, gender;
no text). Precision per gender among speakers given that gender, recall = right
gender / speakers in the table that the pipeline found.

    PYTHONPATH=$PWD python benchmarks/gender.py [../shared/data/polnear/dev/text]
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "tests" / "data" / "gender_polnear_dev.csv"


def measure(path) -> dict:
    import analysis
    from analysis.gender import speaker_gender

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arts = analysis.load_articles(path)
    q = speaker_gender(analysis.resolve_speakers(analysis.extract_quotes(arts), arts), arts)
    people = q[q["speaker_type"] == "person"].drop_duplicates("speaker_id")
    pred = dict(zip(people["speaker_name"], people["speaker_gender"], strict=True))
    gold = pd.read_csv(TABLE)
    gold = gold[gold["name"].isin(pred)]
    gold["pred"] = gold["name"].map(pred)
    out = {"people": len(gold), "unknown": int((gold["pred"] == "unknown").sum())}
    for g in ("female", "male"):
        said = gold[gold["pred"] == g]
        out[f"{g}_precision"] = round(float((said["gender"] == g).mean()), 3) if len(said) else 0.0
        out[f"{g}_n"] = int((gold["gender"] == g).sum())
        truth = gold[gold["gender"] == g]
        out[f"{g}_recall"] = round(float((truth["pred"] == g).mean()), 3) if len(truth) else 0.0
    out["recall"] = round(float((gold["pred"] == gold["gender"]).mean()), 3)
    out["errors"] = gold[(gold["pred"] != gold["gender"]) & (gold["pred"] != "unknown")][
        ["name", "gender", "pred"]
    ].values.tolist()
    out["unknown_names"] = gold.loc[gold["pred"] == "unknown", "name"].tolist()
    return out


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared/data/polnear/dev/text")
    for k, v in measure(path).items():
        print(f"{k}: {v}")
