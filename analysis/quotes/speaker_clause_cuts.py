"""Where reported content gives way to a new clause that names another speaker: ",
and the association's executive director, Tom Vale, called ..." / ", and Tom Vale
said ..." (or ", but ...") after "Ann Roe said A": the content ends before ", and", so
a quotation of the second speaker is never the first speaker's content, also when the
content stopped before the later frame's apposed name ("Divers say A, and the owner,
Tom Vale, said B"); and parting a closing frame's content that opens with another frame
at such a clause ("Residents say A, and B, Mayor Ann Roe said": the residents' A, Roe's B).
"""

from __future__ import annotations

import re

# ", and" then an optional description set off by commas ("the association's executive
# director,") and a capitalised name of one to three words, an optional comma and the
# verb after it (group 1)
_SPEAKER_CLAUSE_RE = re.compile(
    r",[ \t]+(?:and|but)[ \t]+"
    r"(?:(?:the|a|an|its|his|her|their|[A-Z][\w’'\-]*[’']s)[ \t]+(?:[a-z][\w’'\-]*[ \t]+){0,4}?"
    r"[a-z][\w’'\-]*,[ \t]+)?"
    r"(?:[A-Z]\.[ \t]+)?[A-Z][a-z][\w’'\-]*(?:[ \t]+[A-Z][a-z][\w’'\-]*){0,2},?[ \t]+([a-z]+)\b"
)

# how far past the content's end the name and verb of the new clause may run: content
# stops before a later cue's frame ("A, and the owner, Tom Vale, said B" ends at "Tom
# Vale" or before it)
_PAST_END = 40

# where such a clause may open: ", and " or ", but "
_CLAUSE_OPEN_RE = re.compile(r", (?:and|but) ")

# a verb of speech that is no cue word of its own ("called the budget a betrayal")
_SPEAKER_CLAUSE_EXTRA_VERBS = frozenset(("called", "calls"))


def speaker_clause_cut(text, s0, e0, lex):
    """Start of ", and [<description>,] <Name>[,] <speech verb>" (or ", but ...") inside
    the content text[s0:e0] after at least three words of it; -1 when there is none.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "rents rose fast, and the group's director, Tom Vale, called it a crisis"
    >>> t[: speaker_clause_cut(t, 0, len(t), lexicon())]
    'rents rose fast'
    >>> t = "rents rose fast, but Tom Vale said more"
    >>> t[: speaker_clause_cut(t, 0, 27, lexicon())]
    'rents rose fast'
    >>> speaker_clause_cut("rents rose, and Tom Vale moved away", 0, 35, lexicon())
    -1
    """
    hi = min(len(text), e0 + _PAST_END)
    for mo in _CLAUSE_OPEN_RE.finditer(text, s0, e0):
        at = mo.start()
        m = _SPEAKER_CLAUSE_RE.match(text, at, hi)
        if m is not None and len(text[s0:at].split()) >= 3:
            verb = m.group(1)
            if verb in _SPEAKER_CLAUSE_EXTRA_VERBS or lex.cue_re.fullmatch(verb):
                return at
    return -1


# ", and" / ", but" (after a quotation's closing mark too) opening a clause of its own: a
# subject (a determiner, a subject pronoun, a capitalised word or a number, then up to
# five words) and a finite verb (an auxiliary, a modal or a past form in "-ed"), or a bare
# plural and an auxiliary or modal ("and quotas will stay")
_AND_CLAUSE_RE = re.compile(
    r",[\"”’']?[ \t]+(?:and|but)[ \t]+(?=(?:(?:the|a|an|its|their|his|her|our|this|these"
    r"|those|it|they|he|she|we)[ \t]|[A-Z0-9])[\w’'.-]*(?:[ \t]+[\w’'.-]+){0,5}?[ \t]+"
    r"(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|did|does"
    r"|do|[a-z]{3,}ed)\b"
    r"|[a-z]{3,}s[ \t]+(?:are|were|will|would|have|had|can|could|should|may|might|must)\b)"
)


# the plain speech verbs of a frame that opens another frame's content ("Residents say
# A, and B, Roe said"; not "A company is recalling X, and B" nor a noun read as a cue,
# "Existing claims ... will be honoured, and B, he said")
_LEAD_FRAME_VERBS = frozenset(
    "say says said tell tells told warn warns warned argue argues argued insist insists "
    "insisted".split()
)


def _led_frame_cut(text, o, q):
    """(inner end, outer start) of the clause break that parts a content-before row
    ``o`` ("..., Mayor Roe said") from the frame ``q`` opening its content ("Residents
    say A"), or None."""
    if not (
        q is not o
        and q.m_start == o.start
        and q.kind != "direct"
        and q.cue_end <= q.start
        and q.cue.lower() in _LEAD_FRAME_VERBS
    ):
        return None
    last = None
    for m in _AND_CLAUSE_RE.finditer(text, q.start, o.end):
        last = m
    if last is None or len(text[q.start : last.start()].split()) < 3:
        return None
    at = last.start()
    return min(q.end, at + (2 if text[at + 1] in "\"”’'" else 0)), last.end()


def split_led_content_first(doc, quotes):
    """Part, in place, a content-before row ("Residents say A, and B, Mayor Ann Roe
    said") whose content opens with another frame ("Residents say") at the last ", and"
    (or ", but") that opens a clause with its own subject and verb: the opening frame
    reports A, the closing one B. ``doc`` gives the text and ``content_kind``. Returns
    ``quotes``.

    >>> from analysis.quotes.assemble import extract
    >>> qs, _ = extract("Divers say it is intact, and the salvage will start in June, Al Roy said.")
    >>> [(q.speaker, q.kind, "Divers say it is intact, and the salvage will start in June, Al Roy said."[q.start:q.end]) for q in qs]
    [('Divers', 'indirect', 'it is intact'), ('Al Roy', 'indirect', 'the salvage will start in June')]
    """
    text = doc.text
    moved = []
    for o in quotes:
        if (
            o.m_start is None
            or o.kind == "direct"
            or o.cue_start < o.end
            or o.m_start < o.end
            or o.cue.lower() == "according to"  # (a record: the whole sentence is its)
        ):
            continue
        for q in quotes:
            if q.m_start != o.start or (cut := _led_frame_cut(text, o, q)) is None:
                continue
            inner, outer = doc.content_kind(q.start, cut[0]), doc.content_kind(cut[1], o.end)
            if inner is None or outer is None:
                continue
            q.start, q.end, q.kind, q.block_ids = inner
            o.start, o.end, o.kind, o.block_ids = outer
            moved.append((o, q))
            break
    for o, q in moved:  # (in text order: the closing frame's row after the opening one)
        quotes.remove(o)
        quotes.insert(quotes.index(q) + 1, o)
    return quotes
