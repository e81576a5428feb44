"""A name in apposition in the lead-in of a question-and-answer interview: in the last
paragraph before the first question, two or more capitalised words set off by commas
right after a lower-case description ("The chamber's executive director, Noreen
Abiodun-Hart, spoke to the Times by phone.") are the person the lead-in introduces, a
name even when its first word is no listed given name. ``transcripts._interviewee``
asks this module; it owns only this reading."""

from __future__ import annotations

import re

# the description's last word (lower case), then ", " right before the name
_DESCRIPTION_BEFORE_RE = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*,[ \t]+\Z")


def lead_in_apposition(intro: str, start: int, end: int) -> bool:
    """Is the capitalised run ``intro[start:end]`` a name in apposition to a lower-case
    description, set off by commas, in the interview's lead-in (the last paragraph of
    ``intro``, at most 300 characters)?

    >>> s = "X.\\n\\nThe club's coach, Ivo Marrak-Tell, spoke to us."
    >>> lead_in_apposition(s, s.index("Ivo"), s.index(", spoke"))
    True
    >>> s = "The club's coach, Ivo Marrak-Tell, spoke to us.\\n\\nThe talk was edited."
    >>> lead_in_apposition(s, s.index("Ivo"), s.index(", spoke"))
    False
    >>> s = "X.\\n\\nIn Port Alder, Ivo Marrak-Tell, 40, spoke."
    >>> lead_in_apposition(s, s.index("Ivo"), s.index(", 40"))
    False
    """
    para = intro.rfind("\n", 0, len(intro.rstrip())) + 1
    if start < para or len(intro.rstrip()) - para > 300 or not intro.startswith(",", end):
        return False
    return _DESCRIPTION_BEFORE_RE.search(intro, max(para, start - 40), start) is not None
