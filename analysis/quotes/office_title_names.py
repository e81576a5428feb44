"""The name set off after a capitalised office title with a department in series
("said the Minister of Parks, Culture and Sport, Ann Roe"; "said the province's
Minister of Highways, Tom Vale, on Tuesday"): this module owns finding that name, so
the inverted speaker is the person and not "the Minister". The lower-case roles
("said the clerk of the works, Ann Roe") stay with ``np_right._appositive_name_after``.
"""

from __future__ import annotations

from .phrases import _is_cap, _lower_possessive

# lower-case words that may open the phrase before the title ("the", "its", "Saskatchewan's" is capitalised)
_OPENERS = frozenset("the its his her their our".split())
# lower-case words allowed inside a department's name ("Fisheries, Oceans and the Coast Guard")
_DEPT_GLUE = frozenset(("and", "&", "the", "of", "for", ","))
_CLAUSE_END = frozenset((",", ".", "!", "?", ";"))


def _name_word(w):
    """Is ``w`` a capitalised word of a personal name ("Roe", "Bright-Kowalczyk")?"""
    return _is_cap(w) and w.replace("-", "").replace("'", "").replace("’", "").isalpha()


def office_title_name_after(toks, np_, lex):
    """(start, end) of the person set off after "<title> of <Department>, " when ``np_``
    is a determiner or a possessive and one to three capitalised words ending in a
    listed title ("the Minister", "the province's Deputy Minister"), "of" follows, the
    department is capitalised words joined by commas, "and" or "the", and the name (two
    to four capitalised words, after the last comma) ends the clause; else None.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "said the Minister of Parks , Culture and Sport , Ann Roe , in".split()]
    >>> office_title_name_after(t, (1, 3), lexicon())
    (10, 12)
    >>> t = [(0, 0, w) for w in "said the Minister of Parks , Culture and Sport .".split()]
    >>> office_title_name_after(t, (1, 3), lexicon()) is None
    True
    """
    i, j = np_
    n = len(toks)
    words = [toks[x][2] for x in range(i, j)]
    caps = [w for w in words if _is_cap(w)]
    lead = words[: len(words) - len(caps)]
    if not caps or len(caps) > 3 or words[len(lead) :] != caps:
        return None
    if any(not (w in _OPENERS or _lower_possessive(w) or _is_cap(w[:1])) for w in lead):
        return None
    if caps[-1].lower() not in lex.titles or j + 2 >= n or toks[j][2] != "of":
        return None
    e = j + 1
    while e < n and e - j <= 16 and (_name_word(toks[e][2]) or toks[e][2] in _DEPT_GLUE):
        e += 1
    # the name: the capitalised run after the last comma of the run, ending the clause
    commas = [x for x in range(j + 2, e) if toks[x][2] == ","]
    for c in reversed(commas):
        f = c + 1
        while f < e and _name_word(toks[f][2]):
            f += 1
        if 2 <= f - c - 1 <= 4 and (f == n or toks[f][2] in _CLAUSE_END):
            if f == e or toks[f][2] == ",":
                return (c + 1, f)
    return None
