"""A "tell" cue whose object is the news itself ("when a reporter told her the news at
the door", "She told them the news on Friday"): the listener learns that something
happened, and the words told are not given, so there is no reported clause and no row.
This module owns that check, asked by ``clauses._cue_speaker`` with the other
non-speech guards (``thing_cues``) before a cue's speaker is read. A clause after the
news ("told her the news that the mill had closed", "told her the news was bad") or a
colon keeps its row.
"""

from __future__ import annotations

# the listener between the cue and "the news": an object pronoun, a plural of people
# or a name of up to three capitalised words
_NEWS_LISTENERS = frozenset(
    "him her them me us you reporters staff workers employees members parents players "
    "residents students families".split()
)

# "the news", "the good news", "the bad news", "the sad news"
_NEWS_ADJECTIVES = frozenset("good bad sad latest".split())

# what may follow the news: the sentence's end or a place or time phrase of the telling
_NEWS_AFTER = frozenset(
    ". , ; ! ? at in on over by outside inside after before during when while".split()
)


def told_the_news(c) -> bool:
    """Is the "tell" cue ``c`` followed by a listener and "the news" that ends its clause
    or goes on with a place or time phrase only?

    >>> from types import SimpleNamespace as N
    >>> ws = "a reporter told her the news at the door .".split()
    >>> told_the_news(N(lemma="tell", toks=[(0, 0, w) for w in ws], kend=3))
    True
    >>> ws = "a reporter told her the news was bad .".split()
    >>> told_the_news(N(lemma="tell", toks=[(0, 0, w) for w in ws], kend=3))
    False
    """
    if c.lemma != "tell":
        return False
    toks, j = c.toks, c.kend
    if j < len(toks) and toks[j][2].lower() in _NEWS_LISTENERS:
        j += 1
    else:
        while j < len(toks) and j - c.kend < 3 and toks[j][2][:1].isupper():
            j += 1  # ("told Tom Vale the news")
    if j >= len(toks) or toks[j][2].lower() != "the":
        return False
    j += 1
    if j < len(toks) and toks[j][2].lower() in _NEWS_ADJECTIVES:
        j += 1
    if j >= len(toks) or toks[j][2].lower() != "news":
        return False
    return j + 1 == len(toks) or toks[j + 1][2].lower() in _NEWS_AFTER
