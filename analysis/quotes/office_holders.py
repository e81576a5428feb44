"""Offices named by their holder's role: "The minister's office said", "the mayor's office
said" speak for the person "the minister" / "the mayor" names there (as "her office said"
speaks for her, ``role_places``); when "the minister" names nobody, the office stays the
speaker as written.
"""

from __future__ import annotations

import re

from .._lower import lower_aligned

# "the minister's office", "The deputy mayor's office": a lower-case role of up to three
# words, then the possessive and "office"
_ROLE_OFFICE_RE = re.compile(
    r"([Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)['’]s[ \t]+office"
)


def resolve_role_office(an, q, persons, groups, resolve):
    """Fill the speaker of "the minister's office" with the person ``resolve`` (the
    mention resolver) gives "the minister" there; False, with nothing changed, when it
    gives no person's name.

    >>> import pandas as pd, analysis
    >>> text = ('Health Minister Ann Roe spoke on Monday. Critics were unhappy. '
    ...         "The minister's office said she would not attend.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker[0]
    'Ann Roe'
    """
    m = _ROLE_OFFICE_RE.fullmatch(q.mention)
    if m is None:
        return False
    role = m.group(1)
    key = ("role first outside office", role.rsplit(None, 1)[-1].lower())
    if key not in an.title_cache:  # (once per role word: a text of many offices stays linear)
        an.title_cache[key] = role_first_named(an.text, role)
    if not 0 <= an.title_cache[key] < q.m_start:
        # "The premier's office said" with no premier written before it (only, perhaps,
        # inside its own quote: "said the minister had asked for a report"): the office
        return False
    saved = q.mention, q.m_end, q.speaker, q.stype
    n_persons, n_groups = len(persons), len(groups)
    q.mention, q.m_end, q.speaker = role, q.m_start + len(role), role
    try:
        resolve(an, q, persons, groups)
    finally:
        q.mention, q.m_end = saved[0], saved[1]
    got = q.speaker or ""
    if (
        q.stype == "person"
        and got[:1].isupper()
        and got.lower() != role.lower()
        and got[:4] != "The "
    ):
        return True
    q.speaker, q.stype = saved[2], saved[3]
    del persons[n_persons:]
    del groups[n_groups:]
    return False


def role_named_outside_office(text, role):
    """Is the role's last word ("premier" of "The premier") written in ``text`` other
    than in "<role>'s office"? When it is not, no holder was ever named and the office
    stays the speaker.

    >>> role_named_outside_office("Premier Ann Roe spoke. The premier's office said no.", "The premier")
    True
    >>> role_named_outside_office("Ann Roe spoke. The premier's office said no.", "The premier")
    False
    """
    return role_first_named(text, role) >= 0


def role_first_named(text, role):
    """Where the role's last word ("premier" of "The premier") is first written in
    ``text`` other than in "<role>'s office", or -1.

    >>> role_first_named("Ann Roe spoke. The premier's office said the premier was away.", "The premier")
    45
    """
    head = role.rsplit(None, 1)[-1].lower()
    low = lower_aligned(text)  # (positions of the text: not text.lower(), "İ" is two)
    i = low.find(head)
    while i >= 0:
        j = i + len(head)
        whole = (i == 0 or not low[i - 1].isalnum()) and (j >= len(low) or not low[j].isalnum())
        if whole and _OFFICE_AFTER_RE.match(low, j) is None:
            return i
        i = low.find(head, j)
    return -1


# "'s office" right after the role's word
_OFFICE_AFTER_RE = re.compile(r"['’]s[ \t]+office")


# "the auditor general's office" (lower case): the holder's description ("the auditor general")
_HOLDER_OFFICE_RE = re.compile(r"(the[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)['’]s[ \t]+office")


def office_holder_key(lm):
    """The description of the holder whose office the lower-case mention ``lm`` is
    ("the auditor general's office" -> "the auditor general"), or None: the key under
    which the later description pass finds whom "the auditor general" named.

    >>> office_holder_key("the auditor general's office"), office_holder_key("the office")
    ('the auditor general', None)
    """
    if not lm.endswith("office"):
        return None
    m = _HOLDER_OFFICE_RE.fullmatch(lm)
    return None if m is None else " ".join(m.group(1).split())
