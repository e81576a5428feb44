"""How the notebooks, charts and report word a count of things.

One helper, :func:`counted`, so every page reads "1 outlet", "2 outlets",
"18,773 articles" (never "1 outlets" or "problem(s)").
"""

from __future__ import annotations

__all__ = ["counted"]


def counted(n, noun: str, plural: str | None = None) -> str:
    """``n`` and ``noun``, singular for exactly one, else ``plural`` (default
    ``noun + "s"``); whole numbers get thousands separators.

    Example:
        >>> counted(1, "outlet"), counted(0, "outlet"), counted(18773, "article")
        ('1 outlet', '0 outlets', '18,773 articles')
        >>> counted(2, "person", "people"), counted(1, "load problem")
        ('2 people', '1 load problem')
    """
    try:
        k = int(n)
    except (TypeError, ValueError):
        return f"{n} {plural or noun + 's'}"
    return f"{k:,} {noun if k == 1 else plural or noun + 's'}"
