"""An anonymous speaker the article names much later: '"A," one volunteer said.' and,
paragraphs on, "the volunteer who had packed the shelves ... was back ... His name is
Wendell Oyelaran-Scott" -- the quotes of "one volunteer" are that person's. This module
owns finding such a naming sentence ("His name is NAME", "Her name is NAME", "The
volunteer's name is NAME") after the quote, close after "the <noun>" of the mention's
own head, when no other speaker of that noun ("another volunteer", "a second
volunteer") comes in between.
"""

from __future__ import annotations

import re

# an anonymous mention: "one volunteer", "a volunteer", "an organizer" (one word head)
_ANON_RE = re.compile(r"(?:[Oo]ne|[Aa]n?)[ \t]+([a-z]+)\Z")

# a naming sentence and the name it gives (two or three capitalised words)
_NAMING_RE = re.compile(
    r"\b(?:His|Her|[Tt]he[ \t]+([a-z]+)['’]s)[ \t]+name[ \t]+is[ \t]+"
    r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})\b"
)

# how far before the naming sentence "the <noun>" must be written, and how far after
# the mention the naming sentence may come (characters: bounded work on long text)
_NOUN_REACH = 300
_NAMING_REACH = 6000


def anonymous_named_later(text, mention, at):
    """The name a later "His name is NAME" gives the anonymous speaker ``mention`` whose
    mention starts at ``at`` in ``text``, or None.

    >>> t = ('"We start again," one volunteer said. Later the volunteer was back. '
    ...      'His name is Ray Tobin.')
    >>> anonymous_named_later(t, "one volunteer", 20)
    'Ray Tobin'
    >>> anonymous_named_later(t.replace("the volunteer", "the driver"), "one volunteer", 20)
    """
    m = _ANON_RE.match(mention)
    if m is None or " name is " not in text:
        return None
    head = m.group(1)
    other = re.compile(r"\b(?:[Aa]nother|[Aa][ \t]+second|[Oo]ne[ \t]+other)[ \t]+" + head + r"\b")
    the_head = re.compile(r"\b[Tt]he[ \t]+" + re.escape(head) + r"\b")
    for n in _NAMING_RE.finditer(text, at + len(mention), at + _NAMING_REACH):
        if n.group(1) is not None and n.group(1) != head:
            continue  # ("The driver's name is ..." names another noun's person)
        if other.search(text, at + len(mention), n.start()):
            return None  # another volunteer came in between: whose name is it?
        if n.group(1) is not None or the_head.search(
            text, max(0, n.start() - _NOUN_REACH), n.start()
        ):
            return n.group(2)
    return None
