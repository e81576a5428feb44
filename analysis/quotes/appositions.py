"""Appositions: a description resolved through the name in apposition to it ("Ann Roe, the
mayor", "a nurse, Ann Roe") and predicate roles ("Roe is the mayor").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .antecedents import _CAP_NAME_WORD, _set_person
from .blocks import MASK
from .given_names import _PARTICLES, _given_name_gender
from .lede_named_next import _PERSON_NOUNS
from .titles import _person_gender, _role_status
from .usage import _NOT_IN_NAME
from .wordscan import APPOSED_ROLE_WORDS, _head_then_apposed_name, _word_then_apposed_name

# a sentence whose subject is a description with a full name in apposition ("The
# area's Member of Parliament, Conservative Chris Roe, has raised it twice."; "One of
# the school's coaches, Kai Roe, led the run."; "Another driver, Jo Lee, stopped.")
_APPOSED_NAME_SUBJECT_RE = re.compile(
    r"[ \t]*(?:The|An?|Its|His|Her|Their|Another|One[ \t]+of"
    r"|[A-Z][\w-]*['’]s(?=[ \t]+[a-z]))"  # ("Vale's neighbour, Ann Roe, disagreed.")
    r"[ \t][^,\n“”\"]{1,80}?,[ \t]+"
    r"(?:\d{1,3}-year-old[ \t]+)?"  # ("The team's captain, 19-year-old Al Roe, was nine.")
    r"((?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]*),[ \t]+"
    r"(?=[a-z]+(?:[ \t]|\.(?:[ \t\n]|\Z)))(?!who\b|which\b)"  # (one verb: "disagreed.")
)


def _apposed_name_subject_before(an, q, want):
    """(position, canonical name) of the person named in apposition to the subject
    description opening the sentence right before the pronoun's, in its paragraph
    ("The area's MP, Conservative Chris Roe, has raised it twice. He said ..." -> Chris
    Roe), unless that person's gender is known and is not ``want``; else None."""
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], min(q.m_start, q.start)) - 1
    if si < 1:
        return None
    s0, s1 = an.sents[si - 1]
    if s1 - s0 > 400 or "\n" in an.text[s0 : min(q.m_start, q.start)].strip():
        return None
    m = _APPOSED_NAME_SUBJECT_RE.match(an.text, s0, s1)
    if m is None:
        return None
    words = m.group(1).split()
    k = 3 if len(words) >= 3 and words[-2].lower() in _PARTICLES else 2
    words = words[-k:]
    if words[-1].lower().rstrip(".") not in an.by_last:
        return None
    ref = an.canonical(words)
    g = _person_gender(an, ref) or _given_name_gender(an, ref)
    if want in ("m", "f") and g not in (None, want):
        return None
    return m.start(1), ref


_APPOSED_DETS = ("the ", "his ", "her ", "their ")


_APPOSED_CACHE: dict = {}


def _resolve_apposed(an, q, persons, reach=4000):
    """Fill the speaker of a description ("her grandson", "the lawyer") that the
    article set, word for word, in apposition to a person's name before it ("her
    grandson, Ciaran Doyle, said"): the last such name, in the ``reach`` characters
    before the mention, outside quotations; False if none."""
    if not q.mention.lower().startswith(_APPOSED_DETS):
        return False
    words = q.mention.split()
    if not 2 <= len(words) <= 4 or not all(
        w.replace("-", "").isalpha() and (w.islower() or w.lower() in an.lex.titles)
        for w in words[1:]
    ):  # (a capitalised title too: "The Speaker, Ray Lee, rose ... the Speaker said";
        # a hyphenated noun: "her sister-in-law, Jo Roe, ... Her sister-in-law said")
        return False
    lo = max(0, q.m_start - reach)
    if an.text.find(words[-1] + ",", lo, q.m_start) < 0:
        return _predicate_role(an, q, persons, words[-1], lo)  # (the cheap test first)
    seg = an.masked[lo : q.m_start] if an.masked is not None else an.text[lo : q.m_start]
    if not _word_then_apposed_name(seg, words[-1]):
        return False  # (no match: no pattern compiled for the description)
    key = " ".join(w.lower() for w in words)
    rx = _APPOSED_CACHE.get(key)
    if rx is None:
        # the determiner, or for "the" a possessor ("The team's lead, Bergeron,"), then
        # up to two lower-case modifiers ("Her younger brother, Piet Lund,"), the words
        det = re.escape(words[0])
        if words[0].lower() == "the":
            det = r"(?:the|(?:the[ \t]+)?[\w-]+['’]s)"
        elif words[0].lower() in ("her", "his"):
            det = r"(?:" + det + r"|their)"  # ("Their son, Erik, ... Her son said")
        rx = _APPOSED_CACHE[key] = re.compile(
            r"(?<![\w'’])(?i:"
            + det
            + r")[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}(?i:"
            + r"[ \t]+".join(map(re.escape, words[1:]))
            + r"),[ \t]+"
            + APPOSED_ROLE_WORDS  # ("The moderator, veteran broadcaster Hugh Roe,")
            + r"((?:"
            + _CAP_NAME_WORD
            + r"[ \t]+){0,2}"
            + _CAP_NAME_WORD
            + r")[ \t]*,"
        )
    last = None
    for m in rx.finditer(seg):
        last = m
    if last is None:
        return False
    return _set_person(an, q, persons, last.group(1).split())


# a full name and a comma right before an indefinite description, or before "a/an
# <words> and" that the description completes ("Al Roe, a banker and former official")
_APPOSED_WHO_RE = re.compile(
    r"(?<![\w'’-])((?:"
    + _CAP_NAME_WORD
    + r"[ \t]+){1,2}"
    + _CAP_NAME_WORD
    # (a first description before "and", its words in lower case or a capitalised
    # place or party: "a Texas media consultant and an influential ... who")
    + r"),[ \t]+(?:(?:a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?:[A-Z][\w-]*[ \t]+)?"
    r"(?:[a-z][\w-]*[ \t]+){1,3}and[ \t]+)?\Z"
)


_RELATIVE_WHO_RE = re.compile(r"[ \t]+who[ \t]")


_DETERMINER_LEADS = frozenset("the but and".split())

# a preposition opening the capitalised words: an opening adjunct ("In March,", "On
# Monday,", "At Dalhousie,"), not a name in apposition
_ADJUNCT_PREPS = frozenset(
    "in on at by since during from until inside outside near after before".split()
)


def _resolve_apposed_who(an, q, persons):
    """Fill the speaker of an indefinite description set in apposition right after a
    person's full name and followed by a relative "who" that carries the cue ("Harold
    Doley, a banker and former state official who has suggested ...", "Al Roe, a
    former aide who said ..."): that person; False otherwise (the description is
    then resolved as before).

    >>> import pandas as pd, analysis
    >>> text = "He met Al Roe, a banker and former state official who said taxes would rise."
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Al Roe']
    """
    mention = q.mention
    if (
        not mention[:1].islower()
        or _RELATIVE_WHO_RE.match(an.text, q.m_start + len(mention)) is None
    ):
        return False
    m = _APPOSED_WHO_RE.search(an.text, max(0, q.m_start - 120), q.m_start)
    if m is None:
        return False
    after_comma = m.end(1) + 2 == q.m_start
    if after_comma and not mention.startswith(("a ", "an ")):
        return False  # (right after the comma: "a"/"an" opens the description itself;
        # after "and" the second description may have its own: "a lawyer and an aide who")
    words = m.group(1).split()
    if words[0].lower() in _NOT_IN_NAME or words[0].lower() in _DETERMINER_LEADS:
        return False
    if words[0].lower() in _ADJUNCT_PREPS:
        return False  # "In March, a nurse who asked ...": a time / place, no person
    return _set_person(an, q, persons, words)


_INDEF_APPOSED_CACHE: dict = {}


def _resolve_indefinite_apposed(an, q, persons, reach=4000):
    """Fill the speaker of "the pharmacist" with the name the article set in
    apposition after an indefinite description with that head noun before it ("A
    pharmacist in Sydney who owns two stores, Jean-Marc Poirier, said ..."; also "The
    historian who wrote it, Dr. Ann Roe of McMaster University, ..."): the last
    such name in the ``reach`` characters before the mention, outside quotations, the
    description in one clause (no comma, period or quotation mark before the name);
    False if none."""
    words = q.mention.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the":
        return False
    head = words[-1]
    if not (head.islower() and head.replace("-", "").isalpha()) or head not in _PERSON_NOUNS:
        return False  # (a person noun: "the statement" is no one's description)
    lo = max(0, q.m_start - reach)
    seg = an.masked[lo : q.m_start] if an.masked is not None else an.text[lo : q.m_start]
    if head not in seg or not _head_then_apposed_name(seg, head):
        return False  # (no match: no pattern compiled for the head)
    rx = _INDEF_APPOSED_CACHE.get(head)
    if rx is None:
        rx = _INDEF_APPOSED_CACHE[head] = re.compile(
            r"(?<![\w'’])(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}"
            + re.escape(head)
            + r"\b[^\n.,;:!?\"“”]{0,120},[ \t]+(?:(?:Dr|Prof|Rev)\.[ \t]+)?((?:"
            + _CAP_NAME_WORD
            + r"[ \t]+){1,2}"
            + _CAP_NAME_WORD
            + r")(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4})?[ \t]*,"
        )
    last = None
    for m in rx.finditer(seg):
        last = m
    if last is None:
        return False
    cw = last.group(1).split()
    if cw[0].lower() in _NOT_IN_NAME or cw[0].lower() in _DETERMINER_LEADS:
        return False
    return _set_person(an, q, persons, cw)


@lru_cache(maxsize=512)
def _predicate_role_rx(head):
    """ "<Name>(, 29,) was the ... <head>" ("<Name>, is now the ... <head>", or "became", "was named", "took over as",
    "serves as" ... <head>) for ``_predicate_role``."""
    return re.compile(
        r"((?:[A-Z][\w'’\-]+[ \t]+){1,2}[A-Z][\w'’\-]+)(?:,[ \t]+\d+,|,)?[ \t]+"
        r"(?:(?:was|is)(?:[ \t]+now)?[ \t]+(?:the|a|an)|(?:became|was[ \t]+(?:named|appointed|hired[ \t]+as|"
        r"elected)|took[ \t]+over[ \t]+as|serves[ \t]+as|served[ \t]+as)(?:[ \t]+(?:the|a|an))?)"
        r"[ \t]+(?:[\w'’\-]+[ \t]+){0,3}?" + re.escape(head) + r"\b"
    )


def _last_unmasked(rx, text, masked, lo, hi, head):
    """The last match of ``rx`` in text[lo:hi] that starts outside quotations, as
    ``finditer`` over the whole span finds them, where every match ends in the word
    ``head`` and holds no period or line break: only the stretches between those that
    hold ``head`` are scanned, from the end (tested against the plain scan).

    >>> rx = re.compile(r"[A-Z]\\w+ [A-Z]\\w+ was the \\w+ witness")
    >>> t = "Ann Lee was the first witness. Then rain. Bo Roe was the last witness."
    >>> _last_unmasked(rx, t, None, 0, len(t), "witness").group()
    'Bo Roe was the last witness'
    """
    if not head.isalpha():  # (a head that may hold a period: the plain scan)
        last = None
        for m in rx.finditer(text, lo, hi):
            if masked is None or masked[m.start()] != MASK:
                last = m
        return last
    while True:
        h = text.rfind(head, lo, hi)
        if h < 0:
            return None
        # a match cannot hold text[p - 1], so the scan from p finds the same matches
        p = max(lo, text.rfind(".", lo, h) + 1, text.rfind("\n", lo, h) + 1)
        last = None
        for m in rx.finditer(text, p, hi):
            if masked is None or masked[m.start()] != MASK:
                last = m
        if last is not None:
            return last
        hi = p


# what every ``_predicate_role_rx`` match holds before its head: a verb of the pattern
# between a space or tab and another ("was", "is", "became", "took over", "serves as"),
# then white space and at most six words ("was hired as the new head <head>")
_PREDICATE_VERB_RE = re.compile(r"(?<=[ \t])(?:was|is|became|took|serves|served)(?=[ \t])")
_PREDICATE_WS_RE = re.compile(r"[ \t]+")
_PREDICATE_WORD_WS_RE = re.compile(r"[\w'’\-]+[ \t]+")


def _predicate_name_char(c):
    return c.isalnum() or c in "_'’-"  # (``[\w'’\-]``)


def _predicate_name_before(text, p, e):
    """Does text[p:e] end in what ``_predicate_role_rx`` matches before its verb: two or
    three capitalised words ("Ann Lee"), maybe ", 29," or ",", and white space? Each
    word is a whole run of its characters (but the first may start inside one), each
    white space a whole run; scanned back from ``e``, never before ``p``.

    >>> t = "Then Ann Lee, 29, was"
    >>> _predicate_name_before(t, 0, 18), _predicate_name_before(t, 9, 18)
    (True, False)
    """
    k = e
    while k > p and text[k - 1] in " \t":
        k -= 1
    if k == e or k == p:
        return False
    ends = []
    if text[k - 1] != ",":
        ends.append(k)
    else:
        ends.append(k - 1)  # ("Ann Lee, was")
        j = k - 1
        while j > p and text[j - 1].isdecimal():
            j -= 1
        u = j
        while u > p and text[u - 1] in " \t":
            u -= 1
        if j < k - 1 and u < j and u > p and text[u - 1] == ",":
            ends.append(u - 1)  # ("Ann Lee, 29, was")
    for n in ends:
        t = n
        while t > p and _predicate_name_char(text[t - 1]):
            t -= 1
        if n - t < 2 or not "A" <= text[t] <= "Z":
            continue  # (the last word)
        u = t
        while u > p and text[u - 1] in " \t":
            u -= 1
        if u == t or u == p:
            continue  # (no white space, or no word, before the last word)
        s = u
        while s > p and _predicate_name_char(text[s - 1]):
            s -= 1
        if any("A" <= c <= "Z" for c in text[s : u - 1]):
            return True  # (a capital with a name character after it: the word before)
    return False


def _predicate_verb_before(text, p, h, head):
    """Does text[p:h] hold a verb of ``_predicate_role_rx`` with ``head`` starting at most
    seven whole words after it (each word a run of its word characters, each space a
    whole run, as in any match)? Only a verb right after a name of two or three
    capitalised words (``_predicate_name_before``) counts."""
    for v in _PREDICATE_VERB_RE.finditer(text, p, h):
        if not _predicate_name_before(text, p, v.start()):
            continue
        w = _PREDICATE_WS_RE.match(text, v.end())
        k = w.end()
        for _ in range(7):
            if text.startswith(head, k):
                return True
            w = _PREDICATE_WORD_WS_RE.match(text, k)
            if w is None:
                break
            k = w.end()
    return False


def _predicate_role_last(text, masked, lo, hi, head):
    """``_last_unmasked(_predicate_role_rx(head), text, masked, lo, hi, head)``, with the
    per-head pattern compiled only for a stretch (no period or line break, as
    ``_last_unmasked`` scans them from the end) that holds one of its verbs with the
    head a few words after it: a stretch without one holds no match (generic patterns,
    no compile).

    >>> t = "Ann Lee was the first witness. Then a witness. Bo Roe is the last witness."
    >>> _predicate_role_last(t, None, 0, len(t), "witness").group(1)
    'Bo Roe'
    >>> _predicate_role_last(t, None, 0, 45, "witness").group(1)
    'Ann Lee'
    >>> _predicate_role_last("A witness. The witness is here.", None, 0, 31, "witness") is None
    True
    """
    if head.isalpha():  # (the stretches ``_last_unmasked`` scans for such a head)
        while True:
            h = text.rfind(head, lo, hi)
            if h < 0:
                return None
            p = max(lo, text.rfind(".", lo, h) + 1, text.rfind("\n", lo, h) + 1)
            if _predicate_verb_before(text, p, h, head):
                break  # (the scan from here on is _last_unmasked's)
            hi = p
    return _last_unmasked(_predicate_role_rx(head), text, masked, lo, hi, head)


_PAST_HOLDER = frozenset("outgoing former ex".split())


_TAKES_ROLE_RE = re.compile(r"\b(?:became|named|appointed|hired|elected|took[ \t]+over)\b")


def _predicate_role(an, q, persons, head, lo):
    """Fill the speaker of "the witness" with the last name that the article said was
    one ("Ann Roe, 29, was the Crown's fourth witness"), in text[lo:] before the
    mention and outside quotations; False if none."""
    if not q.mention.lower().startswith("the ") or an.text.find(head, lo, q.m_start) < 0:
        return False
    last = _predicate_role_last(an.text, an.masked, lo, q.m_start, head)
    if last is None:
        return False
    if _role_status(q.mention)[1] & _PAST_HOLDER and _TAKES_ROLE_RE.search(last.group()):
        return False  # ("Ann Roe was elected mayor ... the outgoing mayor said": not Roe)
    return _set_person(an, q, persons, last.group(1).split())
