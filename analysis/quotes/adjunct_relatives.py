"""Relative clauses inside the adverbial after a frame: in "said at a meeting that ran
late that A" the first "that" opens a relative clause of "meeting" (a verb follows it
at once), and the content starts after the next "that" ("A"), past a result clause
when that "that" ends one ("a meeting that ran so long that two left, that A" -> "A");
with no next "that", a relative clause of a document or occasion ("A, the agency said
Tuesday in a report that also criticized B") leaves no content after the frame.
This module owns moving the content start past such a relative clause.
"""

from __future__ import annotations

import re

from .lexicon import _IRREGULAR_PAST

# the word right after the adverbial's "that"
_ADJ_REL_WORD_RE = re.compile(r"[ \t]*([a-z]+)\b")

# a lazy run of up to eight words ending in the next "that" (no sentence or quotation
# boundary in between)
_ADJ_REL_THAT_RE = re.compile(r"(?:[^\s\x01.;:]+[ \t]+){1,8}?that,?[ \t]+")

# "so <adjective> that" / "such (a) ... that": a result clause, not the content
_ADJ_RESULT_END_RE = re.compile(
    r"\b(?:so[ \t]+[a-z]+|such[ \t]+(?:an?[ \t]+)?(?:[a-z]+[ \t]+){0,2}?[a-z]+)[ \t]+that,?[ \t]+\Z"
)

# finite forms that open a relative clause on a subject ("a meeting that was held")
_ADJ_REL_FINITE = frozenset(("was", "were", "is", "are", "has", "had", "went", "lasted"))


# adverbs between the relative "that" and its verb
_ADJ_REL_ADVERBS = frozenset(("also", "later", "first", "previously", "recently", "only"))

# a document or occasion noun phrase ending the adverbial before "that" ("in a report
# that", "at a news conference that"): with no second "that", the clause after it is
# the noun's relative clause and the frame has no content after it
_ADJ_REL_NOUN_END_RE = re.compile(
    r"\b(?:in|at|during)[ \t]+(?:a|an|the|its|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:report|statement|letter|release|interview|conference|briefing|ruling|decision"
    r"|filing|review|study|audit|memo|speech|post|video)[ \t]+that,?[ \t]*\Z"
)


# what opens the object of a relative clause's verb ("that criticized the force", "that
# faulted how ..."); "that affected employees would" has none: "affected" is an adjective
_ADJ_REL_OBJECT_RE = re.compile(
    r"[ \t]+(?:the|a|an|its|his|her|their|how|what|why|whether|some|several|many|both)\b"
)


def adjunct_relative_end(masked, pos, se):
    """The content start when ``pos`` (the end of the adverbials skipped after a frame)
    is just past a "that" ending them: past the relative clause that a verb right after it opens, when another
    "that" follows within eight words; ``pos`` otherwise.

    >>> t = "said at a meeting that ran late that taxes rise."
    >>> t[adjunct_relative_end(t, 22, len(t)) :]
    'taxes rise.'
    >>> t = "said at a meeting that ran so long that two left, that taxes rise."
    >>> t[adjunct_relative_end(t, 22, len(t)) :]
    'taxes rise.'
    >>> adjunct_relative_end("said at a meeting that taxes rise.", 22, 34)
    22
    >>> t = "said in a report that also criticized the force."
    >>> adjunct_relative_end(t, 22, len(t)) == len(t)
    True
    """
    if not masked[max(0, pos - 6) : pos].rstrip(" \t,").endswith("that"):
        return pos  # (the adverbial skip ended in no "that")
    m = _ADJ_REL_WORD_RE.match(masked, pos, se)
    if m is not None and m.group(1) in _ADJ_REL_ADVERBS:
        m = _ADJ_REL_WORD_RE.match(masked, m.end(), se)  # "a report that also criticized"
    if m is None:
        return pos
    w = m.group(1)
    if not (w in _IRREGULAR_PAST or w in _ADJ_REL_FINITE or (len(w) > 4 and w.endswith("ed"))):
        return pos
    th = _ADJ_REL_THAT_RE.match(masked, m.start(1), se)
    if th is None:
        if w.endswith("ed") and w not in _IRREGULAR_PAST and m.start(1) - pos < 3:
            if _ADJ_REL_OBJECT_RE.match(masked, m.end(), se) is None:
                return pos  # "in a release that affected employees would B": an adjective
        return se if _ADJ_REL_NOUN_END_RE.search(masked, max(0, pos - 80), pos) else pos
    if _ADJ_RESULT_END_RE.search(masked, max(pos, th.end() - 60), th.end()) is not None:
        j = masked.find(", that ", th.end(), se)
        return th.end() if j < 0 else j + 7
    return th.end()


# "in a report that", "at a news conference that": a document or occasion phrase right
# after the frame, ending in "that"
_ADJ_REL_DOC_PP_RE = re.compile(
    r"[ \t]*(?:in|at|during)[ \t]+(?:a|an|the|its|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:report|statement|letter|release|interview|conference|briefing|ruling|decision"
    r"|filing|review|study|audit|memo|speech|post|video)[ \t]+that[ \t]+"
)


# the first characters ``_ADJ_REL_DOC_PP_RE`` can match: blank, or "in", "at", "during"
DOC_RELATIVE_OPENERS = (" ", "\t", "i", "a", "d")


def document_relative_start(masked, pos, se):
    """The content start after a frame when a document or occasion phrase ending in a
    relative "that" follows it at ``pos`` ("said in a report that also criticized B":
    none, ``se``; "said in a report that was released Tuesday that A": "A"); ``pos``
    otherwise.

    >>> t = "said in a report that also criticized the force."
    >>> document_relative_start(t, 4, len(t)) == len(t)
    True
    >>> t = "said in a report that taxes rise."
    >>> document_relative_start(t, 4, len(t))
    4
    """
    if masked[pos : pos + 1] not in DOC_RELATIVE_OPENERS:
        return pos
    m = _ADJ_REL_DOC_PP_RE.match(masked, pos, se)
    if m is None:
        return pos
    end = adjunct_relative_end(masked, m.end(), se)
    return pos if end == m.end() else end


def relative_content_start(masked, skip, pos, se):
    """The content start after a frame whose adverbial skip matched ``skip`` (or None)
    from ``pos``: past "at a meeting that ran late that" (``adjunct_relative_end``),
    then past a document phrase's relative clause (``document_relative_start``).

    >>> t = "said in a report that also criticized the force."
    >>> relative_content_start(t, None, 4, len(t)) == len(t)
    True
    """
    if skip:
        pos = skip.end()
        if masked[max(0, pos - 6) : pos].rstrip(" \t,").endswith("that"):
            pos = adjunct_relative_end(masked, pos, se)  # (its own first test: no "that")
    if masked[pos : pos + 1] not in DOC_RELATIVE_OPENERS:
        return pos  # (``document_relative_start``'s first test: once per cue, no call)
    return document_relative_start(masked, pos, se)
