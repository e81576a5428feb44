"""The README chart of issue 13: the ten most frequent speakers of the 2024 White
House press briefings (transcripts read turn by turn), people and anonymous
speakers ("reporter", "senior administration official"); pronouns never count.

    PYTHONPATH=$PWD python benchmarks/briefings_chart.py [../shared/data/whitehouse/press-briefings]

Writes docs/img/briefings-2024-top-speakers.png and prints the table.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "img" / "briefings-2024-top-speakers.png"


def quotes_2024(path) -> pd.DataFrame:
    """Resolved statements (turns and the quotes inside them) of the 2024 briefings."""
    import analysis

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arts = analysis.load_articles(path)
    arts = arts[pd.to_datetime(arts["published"]).dt.year == 2024]
    return analysis.resolve_speakers(analysis.extract_quotes(arts), arts)


def top_speakers_2024(path, n: int = 10, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The ``n`` most frequent people and anonymous speakers, turns and quotes together."""
    import analysis

    q = quotes_2024(path) if quotes is None else quotes
    return analysis.speaker_counts(q, types=("person", "anonymous")).head(n)


if __name__ == "__main__":
    import matplotlib.pyplot as plt

    from analysis import plots

    src = (
        sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared/data/whitehouse/press-briefings"
    )
    top = top_speakers_2024(src)
    print(top[["speaker", "speaker_type", "quotes", "articles"]].to_string(index=False))
    fig, ax = plt.subplots(figsize=(8, 4.2))
    plots.share_of_voice(data=top, ax=ax, top=10)
    ax.set_title("2024 White House press briefings: top 10 speakers (turns and quotes)")
    fig.tight_layout()
    fig.savefig(OUT, dpi=110)
    print(f"wrote {OUT.relative_to(ROOT)}")
