"""A message shown as an exhibit: a colon lead-in that ends in an indefinite message
noun phrase and its relative "that/which read(s) (in part):" ('In a court filing, the
lawyer included a text message from a stable hand, sent two days before the show, that
reads in part: "..."') quotes a document's words, not the words of anyone in the
sentence, so the colon gives no row; the nouns are in resources/exhibit_message_nouns.txt.
A definite or possessive document ("The memo reads:", "Her report to council reads:")
is its author's and keeps its row.
"""

from __future__ import annotations

import re

from .lexicon import _lines

_MESSAGE_NOUNS = frozenset(_lines("exhibit_message_nouns.txt"))

# the relative "that/which read(s)" with an optional "in part" right before the colon
_READS_RE = re.compile(
    r"(?<![\w’'-])(?:that|which)[ \t]+reads?(?:[ \t]*,?[ \t]*in[ \t]+part[ \t]*,?)?[ \t]*\Z"
)
_INDEFINITE = frozenset(("a", "an", "another"))


def exhibit_lead_in(masked, ss, cpos):
    """Is masked[ss:cpos], the lead-in of a colon before a quotation, an indefinite
    message shown as an exhibit ("... a text message from a stable hand that reads in
    part"): "a"/"an" and a message noun among the next four words, within 160
    characters before the relative "that reads"?

    >>> t = "In a filing, the lawyer put a text message that reads in part:"
    >>> exhibit_lead_in(t, 0, t.index(":"))
    True
    >>> t = "Her report to council reads:"
    >>> exhibit_lead_in(t, 0, t.index(":"))
    False
    """
    if "read" not in masked[max(ss, cpos - 24) : cpos]:
        return False  # (cheap: no "read(s)" just before the colon)
    m = _READS_RE.search(masked, max(ss, cpos - 40), cpos)
    if m is None:
        return False
    words = [w.strip(",’'").lower() for w in masked[max(ss, m.start() - 160) : m.start()].split()]
    return any(
        w in _INDEFINITE and any(v in _MESSAGE_NOUNS for v in words[i + 1 : i + 5])
        for i, w in enumerate(words)
    )


def exhibit_read_cue(toks, k):
    """Is the cue "read(s)" at token ``k`` (token triples, the word third) the verb of a
    relative "that/which" after an indefinite message in its sentence ("an email from a
    barn manager which read")? Its quotation is the message's words, no row.

    >>> ws = "cites an email from a barn manager which read".split()
    >>> exhibit_read_cue([(0, 0, w) for w in ws], 8)
    True
    >>> ws = "The memo , which she wrote , read".split()
    >>> exhibit_read_cue([(0, 0, w) for w in ws], 6)
    False
    """
    if k < 3 or toks[k - 1][2].lower() not in ("that", "which"):
        return False
    words = []
    for i in range(k - 2, max(-1, k - 30), -1):
        w = toks[i][2]
        if w in (".", ";", "!", "?", ":"):
            break
        words.append(w.lower())
    words.reverse()
    return any(
        w in _INDEFINITE and any(v in _MESSAGE_NOUNS for v in words[i + 1 : i + 5])
        for i, w in enumerate(words)
    )
