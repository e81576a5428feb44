"""Display texts: a colon lead-in without a speech verb that names a thing whose words
are shown, not spoken (a sign, a slogan, a banner, a taped note: resources/
display_text_nouns.txt), before a quotation gives no row ('A painted board over the
door carries the slogan the founder chose: "..."'), as a sign "reading" gives none; and
the same things as the subject or object of "read(s)" before or after a quotation ('A
sign on the door reads "..."', '"...," read one placard') give none (``display_reader``);
so does a message put up on a door, a window or a wall ('A statement posted on the
clinic's door read: "..."', 'A notice taped to the gate reads "..."': ``posted_display``).
"""

from __future__ import annotations

import re

from .lexicon import _lines

_DISPLAY_NOUNS = frozenset(_lines("display_text_nouns.txt"))

# a spoken display: chanting, singing or shouting a slogan is speech
_SPOKEN_RE = re.compile(r"\b(?:chant|sang|sing|shout|yell|cried|cries|cry)\w*", re.I)

_WORD_RE = re.compile(r"[A-Za-z][\w-]*")


# a written message put up on a door, a window, a wall or a gate: a sign, whatever its
# noun ('A statement posted on the clinic's door on Friday read:'); the words between
# the verb and the place are bounded (linear)
_POSTED_RE = re.compile(
    r"\b(?:statement|notice|letter|message|note|memo|announcement)s?[ \t]+"
    r"(?:(?:was|were|had[ \t]+been)[ \t]+)?(?:posted|taped|pinned|tacked|stuck|hung|put[ \t]+up)"
    r"[ \t]+(?:on|to|in|at|across|outside|beside)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?"
    r"(?:doors?|windows?|walls?|gates?|fences?|entrances?|bulletin[ \t]+boards?|poles?)\b",
    re.I,
)
# a speech verb before the message makes it the speaker's ("said in a statement posted on
# the door of the hall that ..."): only a lead-in that opens with the message is a sign
_POSTED_LEAD_RE = re.compile(
    r"[ \t\"“]*(?:(?:a|an|the|one|another)[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?(?=(?:statement|notice"
    r"|letter|message|note|memo|announcement)s?[ \t])",
    re.I,
)


def posted_display(lead):
    """Does ``lead``, a sentence's words before a colon or before "read(s)", open with a
    written message put up on a door, a window, a wall or a gate (a sign, whose words
    are shown, not said)?

    >>> posted_display("A statement posted on the clinic's front door on Monday read")
    True
    >>> posted_display("A notice taped to the gate reads")
    True
    >>> posted_display("The mill said in a statement posted on its website")
    False
    >>> posted_display("A statement posted online by the mill read")
    False
    """
    m = _POSTED_LEAD_RE.match(lead)
    return m is not None and _POSTED_RE.match(lead, m.end()) is not None


def display_lead_in(masked, ss, cpos, cue_re=None):
    """Is masked[ss:cpos], the lead-in of a colon before a quotation, about a displayed
    text: one of the display nouns among its words, no verb of voice and no speech cue
    (``cue_re``: "He said he came up with the sign idea:" is his)?

    >>> display_lead_in("A rider had taped a handwritten note beneath it:", 0, 48)
    True
    >>> display_lead_in("Her answer was short:", 0, 20)
    False
    >>> display_lead_in("The crowd chanted the slogan:", 0, 28)
    False
    """
    lead = masked[ss:cpos]
    if posted_display(lead.lstrip()):
        return _SPOKEN_RE.search(lead) is None  # ('A statement posted on the door read:')
    if not any(w.lower() in _DISPLAY_NOUNS for w in _WORD_RE.findall(lead)):
        return False
    if cue_re is not None and any(
        m.group().lower() not in _DISPLAY_NOUNS for m in cue_re.finditer(lead)
    ):
        return False  # (a display noun that is also a cue word, "note", is no cue here)
    return _SPOKEN_RE.search(lead) is None


# a note or a message "read" may be a letter: only things put up to be seen are displays
_READ_DISPLAYS = _DISPLAY_NOUNS - {"note"}
_PLACE_PREPS = frozenset("on in at outside inside above over near by along behind".split())


def display_reader(toks, k, kend):
    """Is the written thing of the cue "read(s)" at tokens ``k``..``kend`` (token triples,
    the word third) a display, whose words are shown, not said: the word before the verb
    ("The sign read"), the thing before a place preposition ("A hand-lettered sign on the
    door reads") or the thing after it ('"...," read one placard')?  A letter or an email
    that "read" a quotation keeps its row.

    >>> ws = "A sign on the door reads".split()
    >>> display_reader([(0, 0, w) for w in ws], 5, 6)
    True
    >>> ws = "A letter on the desk read".split()
    >>> display_reader([(0, 0, w) for w in ws], 5, 6)
    False
    """
    if k and toks[k - 1][2].lower() in _READ_DISPLAYS:
        return True
    if posted_display(" ".join(t[2] for t in toks[1 if k and not toks[0][2].isalpha() else 0 : k])):
        return True  # ('A notice taped to the gate reads "..."': a sign)
    for p in range(k - 2, max(0, k - 5), -1):
        w = toks[p][2].lower()
        if w in _PLACE_PREPS:
            return p >= 1 and toks[p - 1][2].lower() in _READ_DISPLAYS
        if not w.isalpha():
            break
    for t in toks[kend : kend + 4]:  # '"...," read one placard' (up to the clause's end)
        if not t[2].isalpha():
            return False
        if t[2].lower() in _READ_DISPLAYS:
            return True
    return False


# written things whose words are read as a message, not shown ("The letter came. It read")
_MESSAGE_NOUNS = frozenset(_lines("message_read_nouns.txt"))


def display_antecedent(masked, ss, cs):
    """Is the cue "read(s)" at ``cs``, whose sentence (from ``ss``) opens with the bare
    pronoun "One", "Another" or "It" before it, about a display: the last written thing
    named before it in its paragraph (up to 300 characters back) is a sign, a placard or
    a banner ('Protesters carried signs. One read "Save the mill."'), not a letter ('The
    letter came. It read "..."': its row stays)?

    >>> t = 'Protesters carried signs. One read "Save the mill."'
    >>> display_antecedent(t, 26, t.index("read"))
    True
    >>> t = 'A letter came Monday. It read "We regret the delay."'
    >>> display_antecedent(t, 22, t.index("read"))
    False
    """
    lead = masked[ss:cs].strip(" \t\n\"“‘'").lower()
    if lead not in ("one", "another", "it"):
        return False
    lo = max(0, ss - 300)
    para = masked.rfind("\n", lo, ss)
    last = False
    for m in _WORD_RE.finditer(masked, para + 1 if para >= 0 else lo, ss):
        w = m.group().lower()
        if w in _READ_DISPLAYS:
            last = True
        elif w in _MESSAGE_NOUNS:
            last = False
    return last
