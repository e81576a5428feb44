"""A reaction in a relative clause closing the sentence before a quotation: "... and
announced a new plant in Ohio, which Vale called an insult. '"...," he said'". The person
who reacts ("Vale", named before in full) is the "he"/"she" of the quotation that opens
the next sentence or paragraph, over a speaker of the same gender quoted earlier. Owns
only that reading of a pronoun's antecedent (asked by ``pronouns._resolve_pronoun``).
"""

from __future__ import annotations

import re

from .given_names import _given_name_gender
from .titles import _person_gender
from .verb_object_newcomers import _SPEECH_RE, _sentence_before

# ", which|that NAME <verb of reaction>" (a name of one to three capitalised words)
_RELATIVE_REACTOR_RE = re.compile(
    r",[ \t]+(?:which|that)[ \t]+(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})[ \t]+"
    r"(?:called|calls|described|describes|dismissed|dismisses|termed|labelled|labeled|"
    r"branded|denounced|hailed|welcomed|praised|criticized|criticised)\b"
)


def relative_reactor_before(an, q, want, reach=400):
    """(position, name) of the person of gender ``want`` who reacts in a relative clause
    (", which NAME called ...") of the sentence that ends right before ``q``'s quotation
    (or its pronoun when the pronoun comes first), when that sentence reports no speech;
    None otherwise.

    >>> import pandas as pd, analysis
    >>> text = ("Tom Vale said the mill was old. Paul Roe said the roof leaked.\\n\\n"
    ...         "The firm built a plant in Ohio, which Vale called an insult.\\n\\n"
    ...         '"They found money for Ohio," he said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Tom Vale', 'Paul Roe', 'Tom Vale']
    """
    if want not in ("m", "f"):
        return None
    text = an.text
    at = q.m_start
    if q.start < q.m_start:  # '"...," he said': the sentence before the quotation
        at = q.start - 1 if q.start > 0 and text[q.start - 1] in "\"“'‘" else q.start
    span = _sentence_before(text, at, reach)
    if span is None:
        return None
    ss, se = span
    if _SPEECH_RE.search(text, ss, se):
        return None
    found = None
    for m in _RELATIVE_REACTOR_RE.finditer(text, ss, se):
        found = m
    if found is None:
        return None
    name = an.canonical(found.group("name").split())
    if " " not in name or (_person_gender(an, name) or _given_name_gender(an, name)) != want:
        return None  # (a full name of the pronoun's gender, named before)
    return found.start("name"), name
