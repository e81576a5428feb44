"""Lower case that keeps offsets: ``lower_aligned(s)`` is ``s.lower()`` with one
character for each character of ``s``, so a position found in it (``find``, a regex
match) is the same position in ``s``. ``str.lower()`` turns one character into two
("İ", U+0130, becomes "i" and a combining dot above), which shifts every later position
of a lowered copy against the text; here "İ" becomes "i" (as ``re.IGNORECASE`` matches
it). Every rule that searches a lowered copy of the text and then reads or returns
positions of the text itself lowers it with this function.
"""

from __future__ import annotations

# the only code point whose str.lower() is not one character (tests/test_quotes_fuzz69.py
# checks every code point of this Python)
_LONG_LOWER = "\u0130"


def lower_aligned(s: str) -> str:
    """``s.lower()`` with exactly one character per character of ``s`` ("İ" -> "i").

    >>> text = "İzmir: The premier spoke."
    >>> low = lower_aligned(text)
    >>> len(low) == len(text), text[low.find("premier") :][:7]
    (True, 'premier')
    >>> lower_aligned("ÉCOLE Straße")
    'école straße'
    """
    low = s.lower()
    if len(low) == len(s):
        return low  # (no "İ": lower() never shortens a character)
    return s.replace(_LONG_LOWER, "i").lower()
