"""A description that names the person someone else addressed (``addressed_by``): after
"Inquiry counsel Ann Roe asked the driver to walk through the video", "the driver
replied" is not Roe, although Roe is the person in focus; the description is then left
to the person the article introduced as the driver (``introduced_role_person``:
"Colton Roe, 44, of Olds, was the first driver to testify"), when there is one."""

from __future__ import annotations

import re
from functools import lru_cache

from .antecedents import _CAP_NAME_WORD, _unquoted_before

# verbs whose object is a person spoken to or about ("asked the driver", "pressed the
# witness", "thanked the coach")
_ADDRESS_VERBS = (
    "asked|told|questioned|pressed|thanked|urged|interrupted|cross-examined|challenged"
    "|reminded|warned|accused|praised|blamed|called|invited|showed|handed"
)


@lru_cache(maxsize=512)
def _addressed_re(surname, head):
    """The compiled '<surname> ... <verb> the [other] <head>' pattern (one clause)."""
    return re.compile(
        r"\b" + re.escape(surname) + r"\b[^.;!?\n]{0,80}?\b(?:" + _ADDRESS_VERBS + r")"
        r"[ \t]+the[ \t]+(?:other[ \t]+)?" + re.escape(head) + r"\b"
    )


def addressed_by(an, name, head, at, reach=800):
    """True when the ``reach`` characters before ``at``, outside quotations, have the
    person ``name`` (by the last word) addressing "the <head>" in one clause.

    >>> class A:
    ...     masked = None
    ...     text = "Counsel Ann Roe asked the driver to wait. The driver replied"
    >>> addressed_by(A, "Ann Roe", "driver", 42), addressed_by(A, "Ann Roe", "vet", 42)
    (True, False)
    """
    surname = name.split()[-1] if name else ""
    if not surname:
        return False
    _lo, seg = _unquoted_before(an, at, reach)
    if head not in seg or surname not in seg:
        return False
    return _addressed_re(surname, head).search(seg) is not None


_NAME = r"((?:" + _CAP_NAME_WORD + r"[ \t]+){1,3}" + _CAP_NAME_WORD + r")"


@lru_cache(maxsize=512)
def _introduced_re(head):
    """The compiled "NAME[, ...], was the first <head>" / "NAME, a veteran <head>"
    pattern (group 1 or 2 is the name)."""
    h = r"(?:[a-z\-]+[ \t]+){0,3}?" + re.escape(head) + r"\b"
    return re.compile(
        _NAME
        + r"(?:,[^;\n\"“”]{0,60}?,)?[ \t]+(?:was|is|had[ \t]+been)[ \t]+(?:the|a|an)[ \t]+"
        + h
        + r"|"
        + _NAME
        + r",[ \t]+(?:a|an|the)[ \t]+"
        + h
    )


def introduced_role_person(an, head, at, exclude, reach=3000):
    """The name of the last person, other than ``exclude``, the ``reach`` characters
    before ``at`` (outside quotations) introduced as a <head> ("Colton Roe, 44, was the
    first driver to testify", "Ann Lee, a veteran driver,"); None when there is none.

    >>> class A:
    ...     masked = None
    ...     text = "Colton Roe, 44, was the first driver to testify. Ann Lee asked."
    >>> introduced_role_person(A, "driver", 60, "Ann Lee")
    'Colton Roe'
    """
    _lo, seg = _unquoted_before(an, at, reach)
    if head not in seg:
        return None
    last = exclude.split()[-1] if exclude else None
    found = None
    for m in _introduced_re(head).finditer(seg):
        name = m.group(1) or m.group(2)
        if name.split()[-1] != last:
            found = name
    return found
