"""Messages the article never introduced: "A spokesperson for the minister's office said
A. The email said B." -- a bare "the email" / "the statement" / "the message" / "the
response" as a speaker, opening the sentence right after the sentence of the statement
quoted just before it, when the article has not written that noun anywhere before the
mention (no "in an email", no "a statement" it could stand for), is that statement's
medium: its speaker is the one quoted just before (the spokesperson). This module owns
only that fallback, a pass run after ``documents._document_authors`` (which gives a
document its author when a sentence says "said in an email" or names an issuer); a
document the article wrote before, a quote two sentences back or a document speaker
before it keep the description.
"""

from __future__ import annotations

import bisect

# the media of one message that "the <noun> said" may be, never introduced
_MESSAGE_NOUNS = frozenset(("email", "e-mail", "statement", "message", "response"))
# speaker types whose statement a message may carry
_SENDER_TYPES = frozenset(("person", "organization", "anonymous", "group"))


def message_of_speaker_before(an, quotes):
    """Give each never-introduced message speaker the speaker of the statement quoted
    in the sentence right before it (see the module doc).

    >>> message_of_speaker_before.__name__
    'message_of_speaker_before'
    """
    an.antecedents()  # (sentences known)
    starts = [s for s, _e in an.sents]
    low = None
    for k in range(1, len(quotes)):
        q = quotes[k]
        ws = (q.speaker or "").lower().split() if isinstance(q.speaker, str) else []
        if len(ws) != 2 or ws[0] != "the" or ws[1] not in _MESSAGE_NOUNS:
            continue
        p = quotes[k - 1]
        if not isinstance(p.speaker, str) or p.stype not in _SENDER_TYPES or p.m_start < 0:
            continue
        pw = p.speaker.lower().split()
        if not pw or pw[-1] in _MESSAGE_NOUNS or p.m_start >= q.m_start:
            continue
        i = bisect.bisect_right(starts, q.m_start) - 1
        if i < 1 or an.text[starts[i] : q.m_start].strip():
            continue  # (the mention opens its sentence)
        if not starts[i - 1] <= p.m_start < starts[i]:
            continue  # (the statement before is in the sentence right before)
        if low is None:
            low = an.text.lower()
        if low.find(ws[1], 0, q.m_start) >= 0:
            continue  # ("said in an email ... The email said": the author rules')
        q.speaker, q.stype = p.speaker, p.stype
