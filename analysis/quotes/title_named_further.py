"""A definite job description named further on by the same words as a title: '"...,"
the plant manager told a meeting.' and, a paragraph or two on, "Plant manager Ida Roe,
who ran the floor for 11 years, said ..." -- the description's statements are that
person's, when the title run repeats the description word for word ("plant manager"),
its last word is a listed job or role noun, the name's surname is new there and no
other surname carries the same title in the article. The
description had been left as it was or given to a body named near it (the plant's
owner). A one-word title ("the mayor", "the senator", "the defenceman") is left alone:
many people in one article hold it. This module owns only this pass (``title_named_further``, run by
``coref.resolve``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lede_named_next import _JOB_NOUNS, _PERSON_NOUNS

# "the plant manager", "the fire chief", "the head nurse": "the" and two or three
# lower-case words
_DESCRIPTION_RE = re.compile(r"[Tt]he((?:[ \t]+[a-z][a-z-]*){2,3})")
# what may stand right before the title run: a paragraph or sentence start, a
# punctuation mark or a function word ("said plant manager NAME"), not another modifier
_TITLE_OPENS_RE = re.compile(
    r"(?:\A|[\n.!?,;:(\"“”—]|(?<![\w'’-])(?:and|said|says|told|by|with|to|as|of))[ \t]*\Z"
)
_NAME = r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2})(?![\w'’-])"


@lru_cache(maxsize=256)
def _title_name_re(words: tuple) -> re.Pattern:
    """The pattern of ``words`` written as a title right before a full name."""
    first = f"[{words[0][0].upper()}{words[0][0]}]{re.escape(words[0][1:])}"
    rest = "".join(r"[ \t]+" + re.escape(w) for w in words[1:])
    return re.compile(r"(?<![\w'’-])" + first + rest + r"[ \t]+" + _NAME)


def title_named_further(an, quotes, reach=2500):
    """Give the statements of a definite job description ("the plant manager") the full
    name a title run of the same words introduces within ``reach`` characters after the
    first of them ("Plant manager Ida Roe"), when that surname is new there.

    >>> import pandas as pd, analysis
    >>> t = ('"We start in May," the plant manager told workers.\\n\\n'
    ...      "The company signed a lease.\\n\\n"
    ...      "Plant manager Ida Roe-Tellier, who ran the floor for 11 years, said the "
    ...      "lines would be tested first.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))["speaker"].tolist()
    ['Ida Roe-Tellier', 'Ida Roe-Tellier']
    """
    text, done = an.text, set()
    for q in quotes:
        mention = (q.mention or "").strip()
        m = _DESCRIPTION_RE.fullmatch(mention)
        if m is None or mention.lower() in done or q.m_start is None:
            continue
        words = tuple(m.group(1).split())
        if len(words) < 2 or (words[-1] not in _JOB_NOUNS and words[-1] not in _PERSON_NOUNS):
            continue  # ("the mayor", "the senator": one-word titles many people hold)
        done.add(mention.lower())
        hi = min(len(text), q.m_end + reach)
        if text.find(words[-1], q.m_end, hi) < 0:
            continue  # (every title run holds its last word: no pattern to compile; speed68)
        found = _title_name_re(words).search(text, q.m_end, hi)
        if found is None:
            continue
        name = found.group(1)
        if any(
            other.group(1).split()[-1] != name.split()[-1]
            for other in _title_name_re(words).finditer(text)
        ):
            continue  # ("harbour manager NAME and harbour manager NAME2": two hold it)
        if not _TITLE_OPENS_RE.search(text, max(0, found.start() - 12), found.start()):
            continue  # ("assistant plant manager NAME": another job)
        if name.split()[-1] in text[: q.m_start]:
            continue  # (a surname written before: not a newcomer the description holds back)
        for r in quotes:
            if (r.mention or "").strip().lower() == mention.lower() and r.m_start is not None:
                if q.m_start <= r.m_start < found.start():
                    r.speaker, r.stype = name, "person"
