"""Verb-object newcomers: a person first named in full as the object of a past-tense verb
in the sentence right before a "he"/"she" that opens the next sentence or paragraph, while
the subject of that sentence is someone of the other gender ("At the dinner, Tom Vale
thanked Rita Osei-Lund, the new treasurer. She said A"): the newcomer the pronoun speaks
for, over a speaker of the same gender quoted earlier. Owns only that reading of a
pronoun's antecedent (asked by ``pronouns._resolve_pronoun``).
"""

from __future__ import annotations

import re

from .given_names import _given_name_gender
from .object_newcomers import newcomer_of_gender
from .titles import _person_gender

# "<past verb> NAME," / "NAME." / "NAME as|to ..." inside the sentence before the pronoun
_VERB_OBJECT_RE = re.compile(
    r"\b[a-z]{3,}ed[ \t]+(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\w’'\-]+){1,2})"
    r"(?=[,.]|[ \t]+(?:to|as|at|for|in|on)\b)"
)
# the capitalised run ("Tom Vale", "Vale") right before the past verb: its subject
_SUBJECT_RE = re.compile(
    r"(?P<subject>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)*)[ \t]+[a-z]{3,}ed[ \t]+[A-Z]"
)
# the sentence reports speech itself: the pronoun may well be its speaker's
_SPEECH_RE = re.compile(r"\b(?:said|says|told|tells|added|asked|according)\b|[\"“”]")


def _sentence_before(text, pos, reach):
    """(start, end) of the sentence that ends right before ``pos`` (only spaces and line
    breaks between), None when ``pos`` does not open a sentence."""
    lo = max(0, pos - reach)
    end = pos
    while end > lo and text[end - 1] in " \t\n":
        end -= 1
    if end <= lo or text[end - 1] != ".":
        return None
    start = max(text.rfind(". ", lo, end - 1) + 2, text.rfind("\n", lo, end - 1) + 1, lo)
    return start, end


def verb_object_newcomer_before(an, q, want, reach=400):
    """(position, name) of a newcomer of gender ``want`` first named in full as the object
    of a past-tense verb in the sentence that ends right before ``q``'s pronoun, when that
    sentence reports no speech and every other person it names is of the other gender;
    None otherwise.

    >>> import pandas as pd, analysis
    >>> text = ("Ann Roe said the hall was full. At the dinner, Tom Vale thanked Rita "
    ...         "Osei-Lund, the new treasurer.\\n\\nShe said the roof fund had doubled.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Ann Roe', 'Rita Osei-Lund']
    """
    if want not in ("m", "f"):
        return None
    text = an.text
    span = _sentence_before(text, q.m_start, reach)
    if span is None:
        return None
    ss, se = span
    if _SPEECH_RE.search(text, ss, se):
        return None
    found = _VERB_OBJECT_RE.search(text, ss, se)
    if found is None:
        return None
    name = newcomer_of_gender(an, found, want)
    if name is None:
        return None
    at = found.start("name") + 1
    subject = next((m for m in _SUBJECT_RE.finditer(text, ss, at) if m.end() == at), None)
    if subject is None:
        return None  # (the verb's subject is no capitalised name)
    sub_words = subject.group("subject").split()
    other = an.canonical(sub_words)
    if (_person_gender(an, other) or _given_name_gender(an, other)) in (want, None):
        return None  # the subject may be the pronoun's person too
    return found.start("name"), name
