"""People the article names with an office of a body or a place that a later
description of the office stands for (``office_holder_named``): "The Prince Rupert
mayor said" after "Ann Roe, the mayor of Prince Rupert," and "the chair of the
Halifax Board of Trade said" after "Board of Trade chair Ann Roe" are Ann Roe. The
office is written in any of the usual forms ("NAME, the ROLE of BODY", "the ROLE of
BODY, NAME", "BODY ROLE NAME", "NAME, the BODY ROLE"); two holders or none: the
description stays."""

from __future__ import annotations

import re
from functools import lru_cache

from .antecedents import _CAP_NAME_WORD, _set_person, _unquoted_before
from .lexicon import _SENT_START_STOP

# a description of an office: "the chair of the Halifax Board of Trade" (role, body)
_ROLE_OF_BODY_RE = re.compile(
    r"(?:the|The)[ \t]+([a-z]+(?:-[a-z]+)?)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"([A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|and|de|du|des))*)\Z"
)

# "the Prince Rupert mayor": one or two capitalised place words and a lower-case role
_PLACE_ROLE_RE = re.compile(r"(?:the|The)[ \t]+((?:[A-Z][a-z]+[ \t]+){1,2})([a-z]+)\Z")

_NAME = r"((?:" + _CAP_NAME_WORD + r"[ \t]+){1,3}" + _CAP_NAME_WORD + r")"

# role words that are no one person's office ("the Halifax team", "the city council")
_NOT_ROLES = frozenset(
    "team club city town government council board company firm group side squad "
    "department ministry office agency union party".split()
)


def _office_parts(mention):
    """(role, body) of an office description, or None.

    >>> _office_parts("the chair of the Halifax Board of Trade")
    ('chair', 'Halifax Board of Trade')
    >>> _office_parts("The Prince Rupert mayor"), _office_parts("the mayor")
    (('mayor', 'Prince Rupert'), None)
    """
    m = _ROLE_OF_BODY_RE.match(mention)
    if m is None:
        m = _PLACE_ROLE_RE.match(mention)
        if m is None:
            return None
        role, body = m.group(2), m.group(1).strip()
    else:
        role, body = m.group(1), m.group(2)
    if role in _NOT_ROLES:
        return None
    return role, " ".join(body.split())


def _body_forms(body):
    """The forms of ``body`` a title may write: whole, and without a leading place
    word when three or more words remain ("Board of Trade" for "Halifax Board of Trade").

    >>> _body_forms("Halifax Board of Trade")
    ['Halifax Board of Trade', 'Board of Trade']
    """
    forms = [body]
    words = body.split()
    if len(words) >= 4 and words[1][:1].isupper():
        forms.append(" ".join(words[1:]))
    return forms


@lru_cache(maxsize=256)
def _office_rxs(role, body):
    """The compiled patterns of a person named with ``role`` of ``body`` (group "n")."""
    r = "(?:" + re.escape(role) + "|" + re.escape(role.capitalize()) + ")"
    out = []
    for b in _body_forms(body):
        bb = r"[ \t]+".join(re.escape(w) for w in b.split())
        of = r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?" + bb
        out += [
            re.compile(
                _NAME.replace("(", "(?P<n>", 1) + r",[ \t]+(?:(?:the|a|an)[ \t]+)?" + r + of + r"\b"
            ),
            re.compile(r"\b" + r + of + r",[ \t]+" + _NAME.replace("(", "(?P<n>", 1) + r"\b"),
            re.compile(
                r"\b" + bb + r"[ \t]+" + r + r"[ \t]+" + _NAME.replace("(", "(?P<n>", 1) + r"\b"
            ),
            re.compile(
                _NAME.replace("(", "(?P<n>", 1)
                + r",[ \t]+(?:the[ \t]+)?"
                + bb
                + r"[ \t]+"
                + r
                + r"\b"
            ),
        ]
    return tuple(out)


def office_holders(an, q, reach=4000):
    """{canonical name: name words} of the people the ``reach`` characters before the
    office description ``q.mention``, outside quotations, name with that office ({} for
    no office description).

    >>> import pandas as pd
    >>> from analysis import extract_quotes
    >>> t = "Ann Roe, the mayor of Elm Bay, spoke. The Elm Bay mayor said it was late."
    >>> extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [t]}))["speaker"].tolist()
    ['Ann Roe']
    """
    parts = _office_parts(q.mention)
    if parts is None:
        return {}
    role, body = parts
    if role not in an.lex.titles:
        return {}  # ("the Obama administration": no one person's office)
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    if role not in seg.lower() or body.split()[-1] not in seg:
        return {}  # (the cheap test first)
    found = {}
    for rx in _office_rxs(role, body):
        for m in rx.finditer(seg):
            cw = m.group("n").split()
            while cw and cw[0].lower() in _SENT_START_STOP:
                cw = cw[1:]
            if len(cw) >= 2 and cw[-1] not in an.lex.org_words:
                found.setdefault(an.canonical(cw), cw)
    return found


def office_holder_named(an, q, persons, reach=4000):
    """Make the speaker of an office description (``q.mention``: "the ROLE of BODY",
    "the PLACE ROLE") the one person the ``reach`` characters before it name with that
    office (``office_holders``); False when none or two are.

    >>> import pandas as pd
    >>> from analysis import extract_quotes
    >>> t = "Elm Bay Mayor Ann Roe spoke. The mayor of Elm Bay said it was late."
    >>> extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [t]}))["speaker"].tolist()
    ['Ann Roe']
    """
    found = office_holders(an, q, reach)
    if len(found) != 1:
        return False
    return _set_person(an, q, persons, next(iter(found.values())))
