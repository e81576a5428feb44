"""Does a span overlap a quotation already found: this module owns that test when a
frame pass asks it once per frame ("Lee's claim that A", "his pledge to B", ...) while it
adds quotes to ``doc.quotes``. The plain test reads every quote so far (quadratic in an
article of many frames); ``QuoteSpans`` marks the characters the quotes cover once, in a
byte map of the text that follows the list as it grows, and answers each test with one
search of the span's bytes. It gives the plain test's answer in every case: empty or
out-of-text spans and quotes, and a list replaced or shortened, take the plain walk.
"""

from __future__ import annotations

# below this many quotes the plain walk is cheaper than building the map
_MIN_QUOTES = 16


def overlaps_any(quotes, start: int, end: int) -> bool:
    """The plain test: does any quote of ``quotes`` overlap text[start:end]?

    >>> class Q:
    ...     def __init__(self, s, e):
    ...         self.start, self.end = s, e
    >>> overlaps_any([Q(0, 5), Q(10, 20)], 5, 10), overlaps_any([Q(0, 5)], 4, 8)
    (False, True)
    """
    return any(q.start < end and start < q.end for q in quotes)


class QuoteSpans:
    """The overlap test of ``overlaps_any(doc.quotes, start, end)`` for a ``doc`` whose
    quotes are only appended to between tests.

    >>> class Q:
    ...     def __init__(self, s, e):
    ...         self.start, self.end = s, e
    >>> class D:
    ...     text = "x" * 100
    ...     quotes = [Q(i, i + 2) for i in range(0, 80, 4)]
    >>> spans = QuoteSpans(D)
    >>> spans.overlaps(2, 4), spans.overlaps(81, 90)
    (False, False)
    >>> D.quotes.append(Q(85, 86))
    >>> spans.overlaps(2, 4), spans.overlaps(81, 90), spans.overlaps(1, 3)
    (False, True, True)
    """

    def __init__(self, doc):
        self.doc = doc
        self.quotes = None  # the list the map was built from
        self.seen: list = []  # its quotes marked so far, in order
        self.cover = None  # 1 at each character some quote covers
        self.odd: list = []  # quotes with no characters inside the text (the plain test)

    def _sync(self) -> bool:
        """Bring the map up to ``doc.quotes``; False when it cannot (too few quotes,
        or the list was replaced, shortened or changed)."""
        quotes = self.doc.quotes
        if self.quotes is not quotes:
            if len(quotes) < _MIN_QUOTES:
                return False
            self.quotes, self.seen, self.odd = quotes, [], []
            self.cover = bytearray(len(self.doc.text))
        seen, n = self.seen, len(self.seen)
        if len(quotes) < n or (n and quotes[n - 1] is not seen[-1]):
            self.quotes = None
            return False
        cover, size = self.cover, len(self.cover)
        for q in quotes[n:]:
            seen.append(q)
            s, e = q.start, q.end
            if 0 <= s < e <= size:
                cover[s:e] = b"\x01" * (e - s)
            else:
                self.odd.append(q)
        return True

    def overlaps(self, start: int, end: int) -> bool:
        """Does any quote of ``doc.quotes`` overlap text[start:end]?"""
        if not 0 <= start < end <= len(self.doc.text) or not self._sync():
            return overlaps_any(self.doc.quotes, start, end)
        return self.cover.find(1, start, end) >= 0 or overlaps_any(self.odd, start, end)
