"""French bodies read far back: "the Fondation de la Grève-Rouge said ... (3,000
characters of other speakers) ... The foundation said" -- a bare "the <head>" that no
nearer rule resolved stands for the one French organisation name the article wrote,
outside quotations, in the ``reach`` characters before it, whose French head is of the
head's kind ("Fondation" for "the foundation", resources/french_org_heads.txt), as the
English "Grève-Rouge Foundation" is found by its last word
(``antecedents._named_description``). This module owns only that far reading, asked by
``orgs._resolve_org`` after ``_named_description``; two such names of the kind leave the
description.
"""

from __future__ import annotations

from functools import lru_cache

from .antecedents import _unquoted_before
from .french_org_names import FRENCH_HEAD_FITS, french_name_fitting


@lru_cache(maxsize=64)
def _french_heads_of(head):
    """The capitalised French heads that "the <head>" may stand for ("foundation" ->
    ("Fondation",)).

    >>> _french_heads_of("foundation")
    ('Fondation',)
    """
    return tuple(sorted(h.capitalize() for h, fits in FRENCH_HEAD_FITS.items() if head in fits))


def french_body_described(an, at, head, reach=4000):
    """The one French organisation name fitting "the <head>" written outside quotations
    in the ``reach`` characters before ``at``, as written; None when there is none or more
    than one.

    >>> class An: masked = None
    >>> An.text = "The Fondation de la Grève-Rouge met. Ann Roe spoke. The foundation said"
    >>> french_body_described(An, An.text.index("The foundation"), "foundation")
    'Fondation de la Grève-Rouge'
    >>> french_body_described(An, An.text.index("The foundation"), "union") is None
    True
    """
    heads = _french_heads_of(head)
    if not heads:
        return None
    lo, seg = _unquoted_before(an, at, reach)
    if not any(h in seg for h in heads):
        return None  # (no French head of the kind written: no scan)
    found: set = set()
    pos = 0
    while len(found) < 2:
        got = french_name_fitting(seg, pos, len(seg), (head,))
        if got is None:
            break
        found.add(an.text[lo + got[0] : lo + got[0] + len(got[1])])
        pos = got[0] + 1
    return next(iter(found)) if len(found) == 1 else None
