"""Kin generation pairs: "the elder said" / "the younger said" after a pair written
"NAME and his niece say ..." is the one of the two the kin noun makes older or younger
(the niece is the younger, NAME the elder; "NAME and her father": the father the
elder), the relative being the person the article named so before ("His niece, Ann Roe,
..."); it was the last person named. Only kin nouns of another generation
(``resources/kin_generation.txt``) order the two; "NAME and his brother" is left as it
was, as are articles that give the two ages (``kin._resolve_comparative_age``, asked
first).
"""

from __future__ import annotations

import re

from .antecedents import _set_person, _unquoted_before
from .kin import _resolve_comparative_age
from .kin_subjects import _kin_subject_named
from .lexicon import _lines

_GENERATION = dict(line.split() for line in _lines("kin_generation.txt"))

# "the elder", "the younger", "the older of the two" (the whole mention)
_ELDER_RE = re.compile(r"[Tt]he[ \t]+(older|younger|elder)(?:[ \t]+of[ \t]+the[ \t]+two)?")

# "Tetlichi-Firth and his niece", "Ann Roe and her father" (name group 1)
_NAME_AND_KIN_RE = re.compile(
    r"\b((?:[A-Z][\w'’-]+[ \t]+){0,2}[A-Z][\w'’-]+)[ \t]+and[ \t]+(his|her)[ \t]+([a-z-]+)\b"
)


def resolve_comparative_age(an, q, persons, reach=1500):
    """``kin._resolve_comparative_age`` (ages given), else "the elder" / "the younger"
    of the last "NAME and his|her <kin of another generation>" pair in the ``reach``
    characters before it (module doc); False otherwise.

    >>> import pandas as pd, analysis
    >>> t = ('Abe Roe-Firth said the herd was late.\\n\\nHis niece, Ann Vale, said so too.\\n\\n'
    ...      'Roe-Firth and his niece say they will hunt.\\n\\n"What else?" the elder said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))["speaker"].tolist()[-1]
    'Abe Roe-Firth'
    """
    if _resolve_comparative_age(an, q, persons):
        return True
    m = _ELDER_RE.fullmatch(q.mention or "")
    if m is None:
        return False
    lo, seg = _unquoted_before(an, q.m_start, reach)
    pair = None
    for p in _NAME_AND_KIN_RE.finditer(seg):
        pair = p
    if pair is None or pair.group(3) not in _GENERATION:
        return False
    name = pair.group(1).split()
    if name[0] in ("The", "A", "An") or not any(w[0].isupper() for w in name):
        return False
    kin = _kin_subject_named(an, pair.group(2), pair.group(3), lo + pair.start(), reach=8000)
    if kin is None:
        return False
    want_older = m.group(1) in ("older", "elder")
    kin_older = _GENERATION[pair.group(3)] == "older"
    return _set_person(an, q, persons, kin.split() if want_older == kin_older else name)
