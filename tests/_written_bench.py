"""The written-set benchmark (benchmarks/quotes_written.py) loaded as a module for the
tests of each written batch, and the ids of the batches written before one: shared so
each batch's test file holds only its own checks.

>>> bench = load_benchmark()
>>> bench.ordinal(84)
'eightyfourth'
>>> bench.ordinal(100), bench.ordinal(103)
('hundredth', 'hundredthird')
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_benchmark():
    """benchmarks/quotes_written.py as a module (``load``, ``score``, ``validate``, ...)."""
    spec = importlib.util.spec_from_file_location(
        "quotes_written", ROOT / "benchmarks" / "quotes_written.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def ids_before(bench, data: Path) -> set:
    """Article ids of the batches written before ``data`` (a batch directory).

    >>> bench = load_benchmark()
    >>> ids_before(bench, bench.DATA)
    set()
    """
    return {a[0] for d in bench.BATCHES[: bench.BATCHES.index(data)] for a in bench.load(d)}
