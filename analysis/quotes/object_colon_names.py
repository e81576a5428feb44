"""The person named right before a colon as the object of a thing's clause:
"The timing of the surge doesn't surprise pollster Dan Reed: “...”". This module owns
the one decision whether such a name, and not the clause subject (a thing: a noun
phrase the lexicon types as no speaker, "The timing of the surge"), is the speaker of
the quotation the colon announces (``object_colon_name``, asked by
``assemble._unlisted_verb_frames``).
"""

from __future__ import annotations

import re

# a name closing the text before the colon, after a lower-case word (the verb or a role
# word): "... surprise Republican pollster Dan Reed", "... angered Mayor Tom Bray"
_NAME_END_RE = re.compile(
    r"(?<![\w'’-])(?P<lead>[a-z][\w'’-]*)[ \t]+"
    r"(?P<pre>(?:[A-Za-z][\w'’-]*\.?[ \t]+){0,2}?)"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]*\Z"
)

# a determiner opening the thing subject
_THING_DET = frozenset("the a an this that its their his her".split())

# heads that name people although the lexicon does not type them
_PEOPLE_HEADS = frozenset(
    "crowd audience people fans supporters voters protesters students residents "
    "workers members delegates crowds critics opponents demonstrators".split()
)

# prepositions and linking words: the name after them is no object of the verb
_NOT_VERB = frozenset(
    "for to with at from by of in on about as and or but than like said says told".split()
)


def object_colon_name(masked: str, span, cpos: int, lex):
    """(start, end) of the full name of a person that closes ``masked[:cpos]`` (right
    before the colon) as the object of the clause whose subject ``span`` is a thing
    (a determiner and lower-case words, its head a noun the lexicon gives no speaker
    type and no people noun); None otherwise (the subject stays the speaker). The
    name needs a listed given name or a title word before it, and the word before
    the name (or its titles) must not be a preposition ("cheered for Tom Bray").

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "The timing of the surge doesn't surprise pollster Dan Reed:"
    >>> s, e = object_colon_name(t, (0, 23), len(t) - 1, lexicon())
    >>> t[s:e]
    'Dan Reed'
    >>> t = "The crowd cheered for Dan Reed:"
    >>> object_colon_name(t, (0, 9), len(t) - 1, lexicon()) is None
    True
    """
    if span is None:
        return None
    s, e = span
    words = masked[s:e].split()
    if len(words) < 2 or words[0].lower() not in _THING_DET:
        return None
    if any(not w.islower() for w in words[1:]):
        return None  # a name in the subject: a person or a body
    head = words[words.index("of") - 1] if "of" in words[2:] else words[-1]
    head = head.strip(",;'’").lower()
    if head in lex.nouns or head in _PEOPLE_HEADS or head.endswith(("er", "ers", "ist", "ists")):
        return None
    m = _NAME_END_RE.search(masked, e, cpos)
    if m is None or m.group("lead").lower() in _NOT_VERB:
        return None
    pre = [w.rstrip(".").lower() for w in m.group("pre").split()]
    if pre and pre[-1] in _NOT_VERB:
        return None
    first = m.group("name").split()[0].lower()
    titled = bool(pre) and pre[-1] in lex.titles
    if not titled and lex.gender.get(first) is None:
        return None
    return m.span("name")
