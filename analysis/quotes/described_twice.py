"""An anonymous source described twice ("Another buyer, a feedlot operator from Souris
who asks that his name not be used, says A"): the written gold's convention names the
subject's noun ("buyer"), not the apposed description (``subject_noun_of_described``).
"""

from __future__ import annotations

import re

# "Another buyer", "A neighbour", "One resident": an indefinite subject of one noun
_INDEFINITE_SUBJECT_RE = re.compile(r"(?:another|an?|one)[ \t]+([a-z]+)")


def subject_noun_of_described(an, quotes):
    """Give a statement whose indefinite one-noun subject ("Another buyer") is followed by
    an apposed indefinite description that took the speaker ("a feedlot operator") the
    subject's noun; speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = "Prices rose.\\n\\nAnother buyer, a feedlot operator from Souris, says prices will climb."
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))["speaker"].tolist()
    ['buyer']
    """
    text = an.text
    for q in quotes:
        sp = q.speaker
        if not isinstance(sp, str) or not sp.startswith(("a ", "an ")) or q.m_end is None:
            continue
        m = _INDEFINITE_SUBJECT_RE.fullmatch((q.mention or "").strip().lower())
        if m is None or m.group(1) in ("a", "an"):
            continue
        rest = text[q.m_end : q.m_end + len(sp) + 4]
        if re.match(r",[ \t]+" + re.escape(sp) + r"\b", rest) is None:
            continue  # (the description is not the subject's apposition)
        q.speaker = m.group(1)
