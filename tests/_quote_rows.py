"""Helpers for the quote tests: ``extract_quotes`` on a single article written for
the test, as plain tuples of the columns a test asserts on, and the one check most
indirect-speech tests make (a row with this speaker and exactly this quote)."""

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


def speech_rows(text: str) -> list[tuple[str, str, str]]:
    """(speaker, cue, quote) of every row ``extract_quotes`` finds in ``text``.

    >>> speech_rows("Ann Roe said that taxes would fall.")
    [('Ann Roe', 'said', 'taxes would fall')]
    """
    return quote_rows(text, "speaker", "cue", "quote")


def has_quote(text: str, speaker: str, quote: str) -> bool:
    """Is there a row whose speaker contains ``speaker`` (any case) and whose quote is
    exactly ``quote``?

    >>> has_quote("Ann Roe said that taxes would fall.", "roe", "taxes would fall")
    True
    """
    return any(speaker.lower() in s.lower() and q == quote for s, _, q in speech_rows(text))


def speaker_of(text: str, quote: str) -> str:
    """The speaker of the first row whose quote is exactly ``quote`` (the test fails
    with the rows found when there is none).

    >>> speaker_of('"We won," Ann Roe said.', "We won")
    'Ann Roe'
    """
    found = quote_rows(text, "speaker", "quote")
    hits = [s for s, q in found if q == quote]
    assert hits, found
    return hits[0]


def speaker_of_start(text: str, start: str) -> str:
    """The speaker of the first row whose quote starts with ``start``.

    >>> speaker_of_start('"We won the cup," Ann Roe said.', "We won")
    'Ann Roe'
    """
    found = quote_rows(text, "speaker", "quote")
    hits = [s for s, q in found if q.startswith(start)]
    assert hits, found
    return hits[0]


def article_names(text: str):
    """The article's name index (``mentions._ArticleNames``) with sentences cut at ". "
    -- the stand-in the per-article memo tests read."""
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.mentions import _ArticleNames

    sents, pos = [], 0
    for part in text.split(". "):
        end = pos + len(part) + (2 if pos + len(part) < len(text) else 0)
        sents.append((pos, min(end, len(text))))
        pos = end
    return _ArticleNames(text, sents, lexicon(), None)
