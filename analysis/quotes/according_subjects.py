"""The subject before an inserted "according to": "The work, according to Ann Roe, will
finish in May" reports one statement whose words before the insertion are only the
subject of the predicate after it. The engine gives a content-first row and a row after
each inserted frame; here the subject-only row is dropped, so the statement is its
predicate ("will finish in May"), as the written set marks it (written_news135, and
"The results, according to a report ..., have been mostly positive" in the first
batches). This module owns that filter (``without_according_subjects``), run by
``assemble.extract`` before the rows are grouped into statements. A clause before the
insertion ("Most surgeries have resumed, according to the hospital, though ...") keeps
both rows.
"""

from __future__ import annotations

import re

from .lexicon import _VERBISH_NEXT

# auxiliaries and modals that open a predicate right after the insertion
_PREDICATE_OPENERS = frozenset(_VERBISH_NEXT | {"may", "shall", "had", "been"})
_WORD_RE = re.compile(r"[\w'’-]+")
_MAX_SUBJECT_WORDS = 10


def without_according_subjects(quotes, text):
    """The quotes but the subject-only rows before an inserted "according to X," whose
    row after the insertion opens with an auxiliary or a modal.

    >>> from analysis.quotes.cues import Quote
    >>> t = "The work, according to Ann Roe, will finish in May."
    >>> a = Quote(0, 8, "indirect", "according to", 10, 22, "Ann Roe", 23, 30)
    >>> b = Quote(32, 50, "indirect", "according to", 10, 22, "Ann Roe", 23, 30)
    >>> [t[q.start : q.end] for q in without_according_subjects([a, b], t)]
    ['will finish in May']
    >>> t = "Most surgeries have resumed, according to Ann Roe, though some wait."
    >>> a = Quote(0, 27, "indirect", "according to", 29, 41, "Ann Roe", 42, 49)
    >>> b = Quote(51, 67, "indirect", "according to", 29, 41, "Ann Roe", 42, 49)
    >>> len(without_according_subjects([a, b], t))
    2
    """
    after = {
        q.cue_start: q
        for q in quotes
        if q.cue[:9].lower() == "according" and q.kind == "indirect" and q.start >= q.cue_end
    }
    if not after:
        return quotes
    drop = set()
    for q in quotes:
        if (
            q.kind != "indirect"
            or q.cue[:9].lower() != "according"
            or q.end > q.cue_start
            or (nxt := after.get(q.cue_start)) is None
        ):
            continue
        first = _WORD_RE.search(text, nxt.start, nxt.end)
        if first is None or first.group() not in _PREDICATE_OPENERS:
            continue  # ("..., though some wait", "..., but B": a clause of its own)
        if text[q.end : q.cue_start].strip() != ",":
            continue  # (only "SUBJECT, according to X, PREDICATE")
        words = _WORD_RE.findall(text, q.start, q.end)
        if len(words) > _MAX_SUBJECT_WORDS or any(w in _VERBISH_NEXT for w in words):
            continue  # ("The plan is sound, according to X, and will ...": a clause)
        drop.add(id(q))
    return [q for q in quotes if id(q) not in drop] if drop else quotes
