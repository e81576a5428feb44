"""One helper for the quote tests: ``extract_quotes`` on a single article written for
the test, as plain tuples of the columns a test asserts on."""

from __future__ import annotations

import pandas as pd

from analysis import extract_quotes


def quote_rows(text: str, *columns: str) -> list[tuple]:
    """The rows ``extract_quotes`` finds in one article ``text``, as tuples of ``columns``.

    >>> quote_rows('"We won," Ann Roe said.', "speaker", "quote")
    [('Ann Roe', 'We won')]
    """
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return list(zip(*(q[c].tolist() for c in columns), strict=True))
