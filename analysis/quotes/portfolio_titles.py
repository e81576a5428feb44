"""Portfolio titles: a minister's portfolio of several words joined by commas and "and"
before the title and the name ("Communities, Culture, Tourism and Heritage Minister Ann
Roe", "Fisheries and Oceans Minister Tom Vale") is one person's title, not two people
joined by "and" ("Tourism" and "Ann Roe"); the portfolio words are data
(``resources/portfolio_words.txt``).
"""

from __future__ import annotations

from .lexicon import _lines, load_titles

_PORTFOLIO_WORDS = frozenset(w for line in _lines("portfolio_words.txt") for w in line.split())
_ROLE_TITLES = load_titles()["role"]


def portfolio_name_start(words):
    """Index in ``words`` of the name after a portfolio of two or more listed words
    joined by "and" (commas as words of their own or glued to a word) and one or more
    role titles; 0 when ``words`` open no such title or fewer than two capitalised
    words follow it.

    >>> portfolio_name_start("Tourism and Culture Minister Ann Roe".split())
    4
    >>> portfolio_name_start("Culture , Tourism and Heritage minister Ann Roe".split())
    6
    >>> portfolio_name_start("Ann Roe and Health Minister Tom Vale".split())
    0
    """
    n = len(words)
    i = ands = port = 0
    while i < n:
        w = words[i]
        if w == "and" and port:
            ands += 1
        elif w != ",":
            if not (w[:1].isupper() and w.rstrip(",").lower() in _PORTFOLIO_WORDS):
                break
            port += 1
        i += 1
    if not ands or port < 2 or words[i - 1] in ("and", ","):
        return 0
    t = i
    while i < n and words[i].lower().rstrip(".") in _ROLE_TITLES:
        i += 1
    if i == t or i + 1 >= n or not (words[i][:1].isupper() and words[i + 1][:1].isupper()):
        return 0
    return i
