"""Question rows answered by a gesture: "Asked by reporters whether she would resign,
Mia Lund shook her head." then a quotation paragraph. The quotation takes its speaker
from the one asked (``assemble._answerer``); the question itself is then no quote of
anyone (our guidelines: questions are no quotes) and its row is dropped. A question
whose clause goes on with speech ("..., the mayor said he had not decided") keeps it.
"""

from __future__ import annotations


def answered_without_speech(verb, lex):
    """Is ``verb``, the verb after the question's subject ("shook", "pointed"), no
    speech cue, so the clause after the question says nothing itself?

    >>> from analysis.quotes.lexicon import lexicon
    >>> answered_without_speech("shook", lexicon()), answered_without_speech("said", lexicon())
    (True, False)
    """
    return verb.isalpha() and lex.cue_re.fullmatch(verb) is None
