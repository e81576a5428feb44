"""Report benchmark: wall time and peak memory of the whole process tree
(the command, the analysis child, its worker pool and every Jupyter kernel)
for ``python -m analysis report`` on PolNeAR-sized corpora, cold (empty cache)
and warm (second run), beside ``load_articles`` + ``analyze()`` on the same
corpus in the same run; plus the time the cells of each notebook take on the
cached corpus (what a rerun in JupyterLab costs, kernel start-up excluded).

    .venv/bin/python benchmarks/report.py                 # 10k and 100k articles
    .venv/bin/python benchmarks/report.py --sizes 10080   # 10k only

The corpora are PolNeAR train (840 articles) repeated with new ids, written as
JSON Lines (10,080 articles: 49 MB; 100,800: 487 MB); each copy ends with a
line naming the copy, so every text is distinct (no exact duplicates). Memory
is the peak sum of PSS (pages shared by forked processes counted once) over
the process tree, sampled every 200 ms. Needs ../shared/data (skips otherwise).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("NEWSLENS_SHARED_DATA", ROOT.parent / "shared" / "data"))


def _mem(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return psutil.Process(pid).memory_info().rss
    except psutil.Error:
        return 0


def _role(proc: psutil.Process, root_pid: int) -> str:
    """What a process of the tree is: the command, its analysis child, a pool
    worker, or a Jupyter kernel (told apart by command line and parent)."""
    try:
        cmd = " ".join(proc.cmdline())
        parent = proc.ppid()
    except psutil.Error:
        return "gone"
    if proc.pid == root_pid:
        return "command"
    if "ipykernel" in cmd:
        return "kernel"
    if "multiprocessing" in cmd and parent == root_pid:
        return "analysis"
    return "worker"


def run_tree(cmd: list[str], env=None, trace=None) -> dict:
    """Run ``cmd``; return its wall time, peak tree PSS, the peak of each role
    (command, analysis child, workers, kernels, each summed over its
    processes) and the exit code. ``trace``: a file to which every sample is
    written as ``seconds total_MB role=MB ...`` (where the peak comes from)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    roles_at_peak: dict = {}
    role_peak: dict = {}
    stop = threading.Event()
    sink = open(trace, "w", encoding="utf-8") if trace else None  # noqa: SIM115

    def sample():
        root = psutil.Process(proc.pid)
        roles: dict[int, str] = {}
        n = 0
        while not stop.is_set():
            try:
                procs = [root] + root.children(recursive=True)
            except psutil.Error:
                break
            by_role: dict[str, int] = {}
            for p in procs:
                if p.pid not in roles:
                    roles[p.pid] = _role(p, proc.pid)
                    if roles[p.pid] == "kernel":  # numbered in start order: kernel1, kernel2, ...
                        roles[p.pid] += str(sum(r.startswith("kernel") for r in roles.values()))
                by_role[roles[p.pid]] = by_role.get(roles[p.pid], 0) + _mem(p.pid)
            total = sum(by_role.values())
            if total > peak[0]:
                peak[0] = total
                roles_at_peak.clear()
                roles_at_peak.update(by_role)
            for r, v in by_role.items():
                role_peak[r] = max(role_peak.get(r, 0), v)
            if sink and n % 5 == 0:  # one line a second
                parts = " ".join(f"{r}={v / 1e6:.0f}" for r, v in sorted(by_role.items()))
                sink.write(f"{time.perf_counter() - t0:.1f} {total / 1e6:.0f} {parts}\n")
                sink.flush()
            n += 1
            time.sleep(0.2)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    stop.set()
    t.join()
    if sink:
        sink.close()
    return {
        "seconds": time.perf_counter() - t0,
        "peak_mb": peak[0] / 1e6,
        "at_peak_mb": {r: round(v / 1e6) for r, v in sorted(roles_at_peak.items())},
        "role_peak_mb": {r: round(v / 1e6) for r, v in sorted(role_peak.items())},
        "rc": proc.returncode,
        "stdout": out,
        "stderr": err,
    }


BASELINE = """
import sys, time, warnings, json
warnings.simplefilter("ignore")
import analysis
t0 = time.perf_counter()
arts = analysis.load_articles(sys.argv[1])
t1 = time.perf_counter()
res = analysis.analyze(arts, progress=False)
t2 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "analyze": t2 - t1, "articles": len(arts)}))
"""


def make_corpus(n: int, path: Path) -> None:
    import warnings

    import analysis

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arts = analysis.load_articles(DATA / "polnear" / "train" / "text")
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(-(-n // len(arts))):
            for i, r in enumerate(arts.itertuples()):
                date = None if str(r.published) == "NaT" else str(r.published.date())
                text = f"{r.text}\n\nReference {k}-{i}."
                rec = {"id": f"{r.article_id}#{k}", "title": r.title, "source": r.source}
                fh.write(json.dumps({**rec, "date": date, "text": text}) + "\n")


def cell_seconds(nb_path: Path) -> float:
    """Sum of the cells' execution times recorded by papermill."""
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    return sum(
        (c.get("metadata", {}).get("papermill", {}).get("duration") or 0.0)
        for c in nb["cells"]
        if c["cell_type"] == "code"
    )


def bench(n: int, work: Path, jobs: int, runs=("baseline", "cold", "warm")) -> dict:
    corpus = work / f"polnear-{n}.jsonl"
    if not corpus.exists():
        make_corpus(n, corpus)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    py = sys.executable
    if "baseline" not in runs:  # profiling the report alone
        base = {"rc": 0, "seconds": float("nan"), "peak_mb": float("nan"), "stdout": "{}"}
        base["stdout"] = json.dumps({"load": float("nan"), "analyze": float("nan"), "articles": n})
    else:
        base = run_tree(
            [py, "-c", BASELINE, str(corpus)], env, trace=work / f"trace-{n}-baseline.txt"
        )
    if base["rc"]:
        raise SystemExit(base["stderr"][-2000:])
    stats = json.loads(base["stdout"].strip().splitlines()[-1])
    cache = work / f"cache-{n}"
    print(
        f"  {n:,} articles, load + analyze(): {base['seconds']:.0f} s (load {stats['load']:.0f}, "
        f"analyze {stats['analyze']:.0f}), peak {base['peak_mb']:,.0f} MB",
        flush=True,
    )
    row = {
        "articles": stats["articles"],
        "load_s": stats["load"],
        "analyze_s": stats["analyze"],
        "baseline_s": base["seconds"],
        "baseline_mb": base["peak_mb"],
    }
    if "cold" in runs:  # a cold run starts from an empty cache
        shutil.rmtree(cache, ignore_errors=True)
    for run in [r for r in ("cold", "warm") if r in runs]:
        out = work / f"report-{n}-{run}"
        cmd = [py, "-m", "analysis", "report", str(corpus), "--out", str(out), "--quiet"]
        cmd += ["--cache-dir", str(cache)] + (["--jobs", str(jobs)] if jobs else [])
        r = run_tree(cmd, env, trace=work / f"trace-{n}-{run}.txt")
        if r["rc"]:
            raise SystemExit(r["stdout"][-2000:] + r["stderr"][-2000:])
        row[f"{run}_s"], row[f"{run}_mb"] = r["seconds"], r["peak_mb"]
        row[f"{run}_console"] = r["stderr"].strip()
        print(
            f"  {n:,} articles, report {run}: {r['seconds']:.0f} s, peak {r['peak_mb']:,.0f} MB "
            f"(at the peak: {r['at_peak_mb']}; each role's own peak: {r['role_peak_mb']}; "
            f"trace {work / f'trace-{n}-{run}.txt'})",
            flush=True,
        )
        if run == "warm":
            row["cells_s"] = {
                p.stem: round(cell_seconds(p), 1)
                for p in sorted((out / "notebooks").glob("*.ipynb"))
            }
    for run in ("cold", "warm"):
        row.setdefault(f"{run}_s", float("nan"))
        row.setdefault(f"{run}_mb", float("nan"))
        row.setdefault(f"{run}_console", "")
        row[f"{run}_ratio"] = row[f"{run}_s"] / row["baseline_s"]
    row.setdefault("cells_s", {})
    return row


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_080, 100_800])
    ap.add_argument("--jobs", type=int, default=None, help="default: the report's own")
    ap.add_argument(
        "--work", default=None, help="folder for corpora, cache, reports (default: temp)"
    )
    ap.add_argument(
        "--runs",
        nargs="+",
        choices=("baseline", "cold", "warm"),
        default=["baseline", "cold", "warm"],
        help="which runs to make (default all; e.g. --runs cold to profile the cold report)",
    )
    args = ap.parse_args(argv)
    if not (DATA / "polnear" / "train" / "text").is_dir():
        print(f"skipped: {DATA}/polnear not found")
        return 0
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="newslens-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(
        "| articles | load + analyze() | report cold | report warm | peak MB (analyze / cold / warm) "
        "| notebook cells on the cache (s) |"
    )
    print("|---:|---:|---:|---:|---:|---|")
    for n in args.sizes:
        r = bench(n, work, args.jobs, tuple(args.runs))
        cells = ", ".join(f"{k[:2]} {v}" for k, v in r["cells_s"].items())
        print(
            f"| {r['articles']:,} | {r['baseline_s']:.0f} s (load {r['load_s']:.0f}, analyze "
            f"{r['analyze_s']:.0f}) | {r['cold_s']:.0f} s ({r['cold_ratio']:.1f}×) | "
            f"{r['warm_s']:.0f} s ({r['warm_ratio']:.1f}×) | {r['baseline_mb']:,.0f} / "
            f"{r['cold_mb']:,.0f} / {r['warm_mb']:,.0f} | {cells} |",
            flush=True,
        )
        if r["cold_console"] or r["warm_console"]:
            print(
                f"console (stderr) of the report runs: {r['cold_console']!r} {r['warm_console']!r}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
