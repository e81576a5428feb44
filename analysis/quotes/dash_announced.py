"""Quotations announced by a dash after a possessed subject: 'Her message was
short — "We need nurses."' reads like 'Her message was short: "..."' (a colon frame):
the quotation ending the sentence is the possessor's. Only a possessive determiner
(his, her, their) opens the subject: a dash after any other clause ("The crowd was
loud — "...""; "The reply was blunt — "No."") stays no row, as the possessor is what
makes the quotation someone's.
"""

from __future__ import annotations

from .lexicon import announcing_nouns

_DASH_ANNOUNCE_CHARS = ("\u2014", "\u2013")
_DASH_ANNOUNCE_OWNERS = frozenset(["his", "her", "their"])


def dash_announced_subject(masked, ss, b0, b1, se):
    """(dash position, subject start, subject end) when the quotation block
    ``b0``..``b1`` ends the sentence ``ss``..``se`` and follows a dash after a clause
    whose subject opens with his/her/their and a thing said (``announcing_nouns``:
    message, answer, verdict, ...); else None. The subject is the possessive (resolved
    like a pronoun).

    >>> t = 'Her reply was short \u2014 "No way." '
    >>> d, s, e = dash_announced_subject(t, 0, t.index('"'), len(t) - 1, len(t))
    >>> t[s:e], t[d]
    ('Her', '\u2014')
    >>> dash_announced_subject('The' + t[3:], 0, t.index('"'), len(t) - 1, len(t))
    """
    if se - b1 > 1 or masked[b1:se].strip(" \t.\n"):
        return None
    lead = masked[ss:b0].rstrip()
    if not lead.endswith(_DASH_ANNOUNCE_CHARS) or len(lead) < 4:
        return None
    w0 = masked[ss : ss + 6].split(" ", 1)[0].lower()
    if w0 not in _DASH_ANNOUNCE_OWNERS:
        return None
    dpos = ss + len(lead) - 1
    heads = masked[ss : min(dpos, ss + 60)].split()[1:4]
    for w in heads:
        if w in announcing_nouns():
            break
        if not w.isalpha() or not w.islower():
            return None
    else:
        return None  # 'His boat had a name — "Blue Moon."': not a thing said
    return dpos, ss, ss + len(w0)
