"""A bare quotation right after a sentence that says someone posted something on
social media ("The club posted a thank-you on Facebook. '"Thank you for 40 years."'):
the post's words, so their speaker is that sentence's subject (an organisation or a
person), not the person quoted before.
"""

from __future__ import annotations

import re

from .cues import Quote

# "Kananaskis Public Safety posted a thank-you to volunteers on Facebook.": the subject
# (a capitalised name of up to five words, or "the" and up to three words), the posting
# verb, then a social-media place before the sentence's end
_POSTED_SENTENCE_RE = re.compile(
    r"(?P<np>(?:[Tt]he[ \t]+)?[A-Z][\w’'&.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'&.-]*){0,4}"
    r"|[Tt]he(?:[ \t]+[a-z][\w-]*){1,3})[ \t]+"
    r"(?P<verb>posted|shared|tweeted|wrote|published)\b[^.!?\n\"“”]{0,120}?\b(?:on|to)[ \t]+"
    r"(?:its[ \t]+|their[ \t]+|his[ \t]+|her[ \t]+)?"
    r"(?:Facebook|Instagram|Twitter|X|LinkedIn|TikTok|Threads|Bluesky|social[ \t]+media)"
    r"\b[^.!?\n\"“”]{0,60}[.:][ \t]*\Z"
)


def posted_subject_anchor(text, ss, se):
    """The anchor (a ``Quote`` holding the cue and the mention) for a bare quotation
    right after the sentence ``text[ss:se]`` when that sentence says its subject posted
    on social media; None otherwise.

    >>> t = 'The club posted a thank-you on Facebook. '
    >>> a = posted_subject_anchor(t, 0, len(t))
    >>> a.mention, a.cue
    ('The club', 'posted')
    """
    seg = text[ss:se]
    if " on " not in seg and " to " not in seg:
        return None
    m = _POSTED_SENTENCE_RE.match(text, ss, se)
    if m is None:
        return None
    return Quote(0, 0, "direct", m.group("verb"), *m.span("verb"), m.group("np"), *m.span("np"))
