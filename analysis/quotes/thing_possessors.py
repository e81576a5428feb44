"""A speech noun owned by a thing: this module owns the test that drops the row of
"Tom Vale rejected the decision's suggestion that A" when the possessor ("the
decision", "the move", "the idea") names nothing that can speak: the clause belongs to
the possessor, so it is no one's speech, never the sentence subject's (it was a row of
Tom Vale). A possessor that can speak ("the union's suggestion", "the report's claim")
keeps its row.
"""

from __future__ import annotations

import re

from .frames import _SPEECH_NOUNS

# between the possessor's head and its speech noun: "'s" (or a plural's "'") and up
# to two lower-case modifiers ("the decision's implicit suggestion")
_POSSESSED_GAP_RE = re.compile(r"(?:['’]s|s?['’])[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}\Z")


def possessed_speech_noun(text: str, q) -> bool:
    """Is the mention of quote ``q`` the possessor of its speech-noun cue, right before
    it ("the decision's suggestion that A": mention "the decision", cue "suggestion")?

    >>> t = "Tom Vale rejected the decision's suggestion that wages fell."
    >>> class Q: m_start = t.index("the d"); m_end = t.index("'s"); cue = "suggestion"
    >>> Q.cue_start = t.index("sugg"); possessed_speech_noun(t, Q)
    True
    >>> Q.cue, Q.cue_start, Q.m_end = "said", t.index("rejected"), t.index(" rej")
    >>> possessed_speech_noun(t, Q)
    False
    """
    if q.cue not in _SPEECH_NOUNS or not q.m_end <= q.cue_start <= q.m_end + 40:
        return False
    return _POSSESSED_GAP_RE.match(text, q.m_end, q.cue_start) is not None
