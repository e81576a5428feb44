"""Election candidates named with their party (``party_candidate_person``): after "The
Liberal candidate, Ann Roe," or "Ann Roe, the CAQ candidate," a later "the Liberal
candidate said" or the bare party word "The Liberal told reporters" is that person. The
party is one to three capitalised words or an acronym; a description whose party the
article never gave a named candidate stays as written."""

from __future__ import annotations

import re

from .antecedents import _CAP_NAME_WORD, _set_person, _unquoted_before

# the role words that make a party word a person's description ("the PQ candidate")
_CANDIDATE_ROLES = ("candidate", "nominee", "incumbent", "hopeful")

# a party word as written: a capitalised word ("Liberal", "Québec") or an acronym ("CAQ")
_PARTY_WORD_RE = re.compile(r"[A-ZÀ-Þ][A-Za-zà-ÿ'’\-]*\Z")

_NAME = r"((?:" + _CAP_NAME_WORD + r"[ \t]+){1,3}" + _CAP_NAME_WORD + r")"


def _party_of(mention):
    """(party words, role or None) of "the <Party> [candidate]", or None.

    >>> _party_of("The Liberal"), _party_of("the CAQ candidate"), _party_of("the candidate")
    (('Liberal', None), ('CAQ', 'candidate'), None)
    """
    words = mention.split()
    if not 2 <= len(words) <= 4 or words[0] not in ("the", "The"):
        return None
    role = words[-1] if words[-1] in _CANDIDATE_ROLES else None
    party = words[1:-1] if role else words[1:]
    if not party or len(party) > 3 or not all(_PARTY_WORD_RE.match(w) for w in party):
        return None
    return " ".join(party), role


def party_candidate_person(an, q, persons, reach=6000):
    """Make the speaker of "the <Party> candidate" / "the <Party>" (``q.mention``) the
    person the ``reach`` characters before it, outside quotations, last introduced as
    "the <Party> candidate, NAME," / "NAME, the <Party> candidate" / "<Party> candidate
    NAME"; False when the mention is no such description or nobody was introduced so.

    >>> import pandas as pd
    >>> from analysis import extract_quotes
    >>> t = ("The Liberal candidate, Fiona Gagnon-Whitfield, finished third. "
    ...      "The Liberal told reporters that she was proud of the campaign.")
    >>> extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [t]}))["speaker"].tolist()
    ['Fiona Gagnon-Whitfield']
    """
    got = _party_of(q.mention)
    if got is None:
        return False
    party, role = got
    if an.text.find(party, 0, q.m_start) < 0:  # (no copy of the text before it)
        return False
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    if party not in seg or not any(r in seg for r in ((role,) if role else _CANDIDATE_ROLES)):
        return False  # (a cheap test first: each pattern below is compiled anew, ~1 ms)
    roles = re.escape(role) if role else "|".join(_CANDIDATE_ROLES)
    pat = re.escape(party) + r"[ \t]+(?:" + roles + r")"
    rx = re.compile(
        r"\b[Tt]he[ \t]+" + pat + r",[ \t]+" + _NAME + r","
        r"|" + _NAME + r",[ \t]+the[ \t]+" + pat + r"\b"
        r"|(?<![A-Za-z][ \t])\b" + pat + r"[ \t]+" + _NAME + r"\b"
    )
    found = None
    for m in rx.finditer(seg):
        found = (m.group(1) or m.group(2) or m.group(3)).split()
    return found is not None and _set_person(an, q, persons, found)
