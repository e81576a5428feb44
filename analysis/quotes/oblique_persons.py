"""Oblique persons: the one person named after a preposition or a verb in a sentence
whose subject is a thing ("The photo is courtesy of Ann Roe, a retired teacher.", "The
award went to Tom Vale.", "The report was written by Ann Roe.") right before a
"he"/"she" opening the next sentence, or closing a quotation that does ("She said A";
'"A," he said'): the nearest person of the pronoun's gender, over an older subject
speaker. Owns only that reading of a pronoun's antecedent (asked by
``pronouns._resolve_pronoun``); a sentence whose subject is a person or a pronoun
("Mark Lyle thanked Tom Vale.", "He praised Tom Vale."), names two people, or reports
speech leaves the older reading.
"""

from __future__ import annotations

import re

from .given_names import _given_name_gender
from .titles import _person_gender

# a sentence whose subject is a thing: a determiner and one to four lower-case words,
# then (after any lower-case words) one capitalised name of two or three words, an
# optional ", a|an|the <lower-case words>" apposition or "of|from Place", then its end
_THING_SUBJECT_RE = re.compile(
    r"(?:The|A|An|This|That|Its)[ \t]+(?P<subj>(?:[a-z][\w'’-]*[ \t]+){1,4}?)"
    r"(?P<mid>(?:[a-z][\w'’-]*,?[ \t]+){1,8}?)"
    r"(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,2})"
    r"(?:,[ \t]+(?:a|an|the)[ \t]+(?:[a-z0-9][\w'’-]*[ \t]+){0,5}[a-z][\w'’-]*"
    r"|[ \t]+(?:of|from)[ \t]+[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})?"
    r"(?:[ \t]+on[ \t]+[A-Z][a-z]+day)?\.[ \t]*\Z"
)

# a sentence that reports speech itself: the pronoun after it may be that speaker's
_SPEECH_RE = re.compile(r"\b(?:said|says|told|tells|added|according|asked)\b|[\"“”]")

# speaker types of the lexicon's nouns that name people ("official", "residents")
_PERSONS = ("anonymous", "group")

# the previous sentence's end: ". " or a line break
_SENT_END_RE = re.compile(r"[.!?][ \t]+|\n")


def _pronoun_sentence_start(text, q):
    """Where the sentence holding ``q``'s pronoun starts, when the pronoun opens it or
    closes the quotation that opens it ('"A," he said'); None otherwise."""
    if q.start < q.m_start:
        between = text[q.end : q.m_start]
        if len(between) > 4 or not any(c in between for c in '"”'):
            return None
        s = q.start
        while s > 0 and text[s - 1] in ' \t"“':
            s -= 1
        return s
    return q.m_start


def oblique_person_before(an, q, want, reach=400):
    """(position, name) of the one person named after a preposition or verb in the
    sentence right before ``q``'s pronoun when that sentence's subject is a thing
    (a determiner and lower-case non-person nouns), it reports no speech and the name's
    gender is ``want``; None otherwise.

    >>> import pandas as pd, analysis
    >>> text = ("Coach Mark Lyle handed out the prizes on Friday. The award went to "
    ...         "Tom Vale. He said the team had earned it.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Tom Vale']
    """
    if want not in ("m", "f"):
        return None
    text = an.text
    ss = _pronoun_sentence_start(text, q)
    if ss is None:
        return None
    pe = ss
    while pe > 0 and text[pe - 1] in " \t\n":
        pe -= 1
    if pe < 2 or text[pe - 1] != ".":
        return None
    lo = max(0, pe - reach)
    ps = lo
    for m in _SENT_END_RE.finditer(text, lo, pe - 1):
        ps = m.end()
    if ps == lo and lo > 0:
        return None
    found = _THING_SUBJECT_RE.match(text, ps, pe)
    if found is None or _SPEECH_RE.search(text, ps, pe):
        return None
    lex = an.lex
    subj = (found.group("subj") + found.group("mid")).replace(",", " ").split()
    if any(
        lex.nouns.get(w) in _PERSONS or w in lex.titles or lex.nouns.get(w[:-1]) in _PERSONS
        for w in subj
    ):
        return None  # ("The mayor gave the award to Tom Vale.", "The team's fans cheered
        # coach Tom Vale.": a person's sentence)
    words = found.group("name").split()
    name = an.canonical(words)
    if (_person_gender(an, name) or _given_name_gender(an, name)) != want:
        return None
    return found.start("name"), name
