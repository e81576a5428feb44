"""Records of speech as "according to" sources: "According to a transcript of the
hearing, Lee said A" reports Lee's words as the transcript records them, so the
speaker is Lee (the "said" frame's row) and the transcript is no speaker. This module
owns telling an "according to" frame to give way to the speech frame whose record its
source is, and to the exchange a record introduces ("According to a transcript of the
hearing, Lee was cross-examined by his lawyer:" is no speech of the transcript); and a
trailing "according to" a filed record after a clause with its own speaker and cue ("Lee
will argue that A, according to a summary filed with the court": Lee's row).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _lines


@lru_cache(maxsize=1)
def speech_record_nouns() -> frozenset:
    """Lower-case head nouns of a source that records another speaker's words
    (``resources/speech_record_nouns.txt``).

    >>> "transcript" in speech_record_nouns(), "report" in speech_record_nouns()
    (True, False)
    """
    return frozenset(_lines("speech_record_nouns.txt"))


# the source's words up to "of" ("a transcript of the hearing": "transcript")
_RECORD_HEAD_RE = re.compile(r"[A-Za-z]+(?=[ \t]+of\b|[ \t]*\Z)")

# a short subject and nothing else between the source's comma and the next cue (no
# comma, no clause word): "According to a transcript, | Ann Smith | said"
_SUBJECT_ONLY_RE = re.compile(r"[ \t]*,?[ \t]*(?:[\w.'’\-]+[ \t]+){0,5}\Z")


def record_gives_way(masked, source, next_cue_start, post_lo):
    """Does the "according to" source ``source`` (its text) name a record of speech
    whose speaker's own frame follows: only a short subject (or nothing, for an
    inserted "Lee, according to a transcript, said") between the source's frame end
    ``post_lo`` and the next cue at ``next_cue_start``?

    >>> t = "According to a transcript, Ann Smith said the mill would close."
    >>> record_gives_way(t, "a transcript", 37, 26)
    True
    >>> record_gives_way(t, "the report", 37, 26)
    False
    """
    if next_cue_start < post_lo or next_cue_start - post_lo > 60:
        return False
    if not _is_speech_record(source):
        return False
    gap = masked[post_lo:next_cue_start]
    return "that" not in gap.split() and _SUBJECT_ONLY_RE.fullmatch(gap) is not None


def _is_speech_record(source):
    """Is the head of the source text (before "of") a record of speech?"""
    m = _RECORD_HEAD_RE.search(source.split(" of ", 1)[0].rstrip())
    return m is not None and m.group(0).lower() in speech_record_nouns()


def record_introduces_exchange(masked, source, post_lo, se):
    """Does the "according to" record ``source`` frame a clause that ends its sentence
    (``post_lo``..``se``) with a colon: it introduces the recorded exchange that
    follows (quoted in the same sentence or not), and the clause is no speech of the
    record?

    >>> t = "According to a transcript, Ann Smith was questioned by her lawyer:"
    >>> record_introduces_exchange(t, "a transcript", 26, len(t))
    True
    >>> record_introduces_exchange(t, "the police", 26, len(t))
    False
    """
    tail = masked[post_lo:se].rstrip(" \t\n\x01.,!?")  # (quotations after the colon)
    return tail.endswith(":") and _is_speech_record(source)


@lru_cache(maxsize=1)
def filed_record_nouns() -> frozenset:
    """Lower-case head nouns of a document that records a speaker's words
    (``resources/filed_record_nouns.txt``) and of a record of speech.

    >>> "summary" in filed_record_nouns(), "lawyer" in filed_record_nouns()
    (True, False)
    """
    return frozenset(_lines("filed_record_nouns.txt")) | speech_record_nouns()


# the words of a source up to its first post-modifier ("a summary | filed with the
# court", "a transcript | of the hearing", "court documents | obtained by ...")
_SOURCE_HEAD_RE = re.compile(
    r"(?:(?:the|a|an|its|his|her|their|[\w.'’-]+['’]s)[ \t]+)?((?:[\w-]+[ \t]+){0,2}?[a-z]+)"
    r"(?=[ \t]+(?:of|from|in|with|by|to|for|at|on|filed|obtained|released|submitted|seen|"
    r"reviewed|made|prepared|provided|that|which)\b|[ \t]*\Z)",
    re.IGNORECASE,
)


def _filed_record_head(source):
    """Is the head noun of the source text ``source`` a filed record?

    >>> _filed_record_head("a summary filed with the court"), _filed_record_head("her lawyer")
    (True, False)
    >>> _filed_record_head("court documents"), _filed_record_head("Ann Roe")
    (True, False)
    """
    m = _SOURCE_HEAD_RE.match(source.strip())
    return m is not None and m.group(1).split()[-1] in filed_record_nouns()


def trailing_records_give_way(quotes):
    """The quotes but the trailing "according to" rows whose source is a filed record
    and whose reported clause opens with another row's speaker and its finite cue close
    after it ("Ann Roe will
    argue that the deal was void, according to a summary filed with the court": Roe's
    row stays, the summary's goes). A person or body as the source stays ("..., according
    to her lawyer").

    >>> from analysis.quotes.cues import Quote
    >>> t = "Ann Roe will argue that A, according to court documents."
    >>> outer = Quote(0, 25, "indirect", "according to", 27, 39, "court documents", 40, 55)
    >>> inner = Quote(24, 25, "indirect", "argue", 13, 18, "Ann Roe", 0, 7)
    >>> [q.cue for q in trailing_records_give_way([outer, inner])]
    ['argue']
    """
    acc = [
        q
        for q in quotes
        if q.cue[:9].lower() == "according"
        and q.cue_start >= q.end
        and q.mention
        and _filed_record_head(q.mention)  # (before the map of the rows: few are records)
    ]
    if not acc:
        return quotes
    inner_at = {
        q.m_start: q
        for q in quotes
        if q.kind == "indirect" and q.cue[:9].lower() != "according" and q.cue_end <= q.start
    }
    drop = set()
    for o in acc:
        q = inner_at.get(o.start)
        if (
            q is not None
            and q.end <= o.end
            and not q.cue.endswith("ing")  # (a finite cue near its subject: "Roe will argue")
            and q.cue_start - q.m_end <= 40
        ):
            drop.add(id(o))
    return quotes if not drop else [q for q in quotes if id(q) not in drop]
