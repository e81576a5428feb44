"""Hostile input past the loader (issue 16): the analysis cache is atomic,
concurrent-safe and verified against its manifest; killed runs leave no
workers and no temporary folders behind; analyze/kwic/attach_text take
unlucky values (non-strings, lone surrogates, duplicate ids) without crashing
or silently mixing articles up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.sentences import attach_text
from analysis.terms import kwic

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    'The mayor said the plan was "a disaster for the harbor." Critics agreed.',
    "Prices rose sharply in March, according to the statistics office.",
    'Dr. Amir Haddad told reporters the clinic was ready. "We are calm," he said.',
    "A short note with no quotes at all.",
]


def _articles():
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(TEXTS))], "text": TEXTS})


def test_analyze_takes_non_string_text():
    arts = pd.DataFrame(
        {"article_id": ["a", "b", "c"], "text": [["a", "list"], TEXTS[0], {"k": 1}]}
    )
    res = analysis.analyze(arts, n_jobs=1)
    assert "b" in set(res.sentences["article_id"]) and len(res.quotes) >= 1


def test_kwic_on_lone_surrogates_gives_storable_rows(tmp_path):
    text = pd.Series(["He said \ud800 the plan failed. \udfff"], dtype=object)
    arts = pd.DataFrame({"article_id": ["a"], "text": text})
    hits = kwic(arts, "plan", width=20)
    assert hits["start"].tolist() == [text[0].index("plan")]
    assert "\ufffd" in hits["left"].iloc[0] and "\ufffd" in hits["right"].iloc[0]
    hits.to_parquet(tmp_path / "k.parquet")


def test_attach_text_warns_on_duplicate_article_ids():
    arts = pd.DataFrame({"article_id": ["x", "x"], "text": ["First text.", "Other words."]})
    spans = pd.DataFrame({"article_id": ["x"], "start": [0], "end": [5]})
    with pytest.warns(UserWarning, match="appear more than once"):
        out = attach_text(spans, arts)
    assert out["text"].tolist() == ["First"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        attach_text(spans, arts.iloc[:1])  # unique ids: no warning


def test_cache_entry_missing_a_part_is_recomputed_and_reported(tmp_path):
    arts = _articles()
    first = analysis.analyze(arts, n_jobs=1, chunk_size=1, cache_dir=tmp_path)
    entry = tmp_path / first.cache_key
    parts = sorted((entry / "sentences").glob("part-*"))
    assert len(parts) == 4
    parts[1].unlink()  # a part file lost: the entry must not be served as complete
    with pytest.warns(UserWarning, match="damaged"):
        again = analysis.analyze(arts, n_jobs=1, cache_dir=tmp_path)
    assert not again.from_cache
    pd.testing.assert_frame_equal(first.sentences, again.sentences)
    third = analysis.analyze(arts, n_jobs=1, cache_dir=tmp_path)
    assert third.from_cache and len(third.sentences) == len(first.sentences)


def test_cache_manifest_lists_parts_with_row_counts(tmp_path):
    import json

    res = analysis.analyze(_articles(), n_jobs=1, chunk_size=2, cache_dir=tmp_path)
    meta = json.loads((tmp_path / res.cache_key / "manifest.json").read_text())
    assert [f for f, _ in meta["parts"]["sentences"]] == [
        "part-0000000.parquet",
        "part-0000001.parquet",
    ]
    assert sum(n for _, n in meta["parts"]["sentences"]) == len(res.sentences)


def _analyze_in_process(cache_dir: str) -> int:
    import analysis as a

    frame = pd.DataFrame({"article_id": ["c1", "c2"], "text": TEXTS[:2]})
    n = 0
    for _ in range(3):
        n += len(a.analyze(frame, n_jobs=1, cache_dir=cache_dir).sentences)
    return n


def test_processes_sharing_one_cache_dir(tmp_path):
    with ProcessPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(_analyze_in_process, [str(tmp_path)] * 6))
    assert len(set(results)) == 1 and results[0] > 0
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] != []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(
    not Path("/proc/self/task").exists() or not sys.platform.startswith("linux"),
    reason="needs Linux /proc",
)
def test_killed_run_leaves_no_workers_and_its_temp_folder_is_cleaned(tmp_path):
    script = textwrap.dedent(
        f"""
        import pandas as pd, analysis
        text = "The mayor said the plan was fine. " * 400
        arts = pd.DataFrame({{"article_id": [f"a{{i}}" for i in range(4000)], "text": text}})
        analysis.analyze(arts, n_jobs=2, chunk_size=20, cache_dir={str(tmp_path)!r})
        """
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", script], env=env)
    try:
        deadline = time.time() + 60
        workers: list[int] = []
        while time.time() < deadline and not (
            len(workers) >= 2 and list(tmp_path.glob(".*.tmp/sentences/part-*"))
        ):
            time.sleep(0.1)
            workers = [c for c in _children(child.pid) if _alive(c)]
        assert len(workers) >= 2, "workers did not start"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        end = time.time() + 10
        while time.time() < end and any(_alive(w) for w in workers):
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers), "orphan workers outlived the parent"
    finally:
        if child.poll() is None:
            child.kill()
    assert list(tmp_path.glob(".*.tmp"))  # the killed run's temporary folder ...
    analysis.analyze(_articles(), n_jobs=1, cache_dir=tmp_path)
    assert not list(tmp_path.glob(".*.tmp"))  # ... is removed by the next run
