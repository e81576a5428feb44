"""The package version and a fingerprint of the package's code and resources,
in a module of its own so that any module (the pipeline's cache key, the
loader cache, memoised analyses) can read them without importing the package
``__init__``. Cache keys include the fingerprint: after any change to the code
a cache entry is recomputed instead of showing stale results.
"""

import hashlib
from functools import lru_cache
from pathlib import Path

__version__ = "0.1.0"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Hash of the version and every ``.py`` and resource file of the package.

    Example:
        >>> len(fingerprint()), fingerprint() == fingerprint()
        (16, True)
    """
    root = Path(__file__).resolve().parent
    h = hashlib.blake2b(__version__.encode(), digest_size=8)
    files = sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".txt", ".tsv", ".json")
    )
    for path in files:
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()
