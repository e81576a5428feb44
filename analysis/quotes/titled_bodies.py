"""Capitalised office titles that name their body with "of" before a personal name
("Secretary of the Treasury Dana Kell said", "Minister of Finance Ann Roe said",
"Chair of the Board Tom North told"): the whole title phrase belongs to the speaker's
noun phrase, as "Finance Minister Ann Roe" does, so a quotation before it keeps none
of it in its content."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import load_titles

_MAX_BODY_WORDS = 4  # "Minister of Water Land Resource Stewardship"
_MAX_TITLE_WORDS = 3  # "Deputy Assistant Secretary of ..."
_OF_THE = frozenset(("of", "the"))


@lru_cache(maxsize=1)
def _title_words():
    titles = load_titles()
    return titles["role"] | titles["modifier"]


def titled_body_start(toks, j):
    """Index of the first word of a capitalised title "T of [the] Body" ending right
    before the name that starts at token ``j``, or -1. The title is one to three
    capitalised title words (resources/titles.txt [role] or [modifier]), the body one to
    four capitalised words; the token before the title is no capitalised word.

    >>> t = [(0, 0, w) for w in ', Secretary of the Treasury Dana Kell said'.split()]
    >>> titled_body_start(t, 5)
    1
    >>> t = [(0, 0, w) for w in ', Bank of Canada Ann Roe said'.split()]
    >>> titled_body_start(t, 4)
    -1
    """
    i = j - 1
    while i > j - 1 - _MAX_BODY_WORDS and i >= 0 and _capitalised(toks[i][2]):
        i -= 1
    if i < 1 or (i == j - 1 and not _body_in_phrase(toks, i, j)):
        return -1
    if toks[i][2] == "the":
        i -= 1
    if i < 1 or toks[i][2] != "of":
        return -1
    words, t = _title_words(), i - 1
    while t > i - 1 - _MAX_TITLE_WORDS and t >= 0 and _capitalised(toks[t][2]):
        if toks[t][2].lower().rstrip(".") not in words:
            return -1
        t -= 1
    if t == i - 1 or (t >= 0 and _capitalised(toks[t][2])):
        return -1
    return t + 1


def _body_in_phrase(toks, i, j):
    """Does the name's phrase at ``j`` open with the body, right after "of" / "the" at
    ``i``: a body word of the title list ([descriptor]: "Health Lia Marr", "Finance Ann
    Roe") and two more words ("Minister of Health Lia Marr")?"""
    return (
        toks[i][2] in _OF_THE
        and toks[j][2].lower() in load_titles()["descriptor"]
        and j + 2 < len(toks)
        and _capitalised(toks[j + 1][2])
        and _capitalised(toks[j + 2][2])
    )


def _capitalised(w):
    """A capitalised word ("Treasury", "St."), not a mark or a lower-case word."""
    return w[:1].isupper()


def titled_body_name(words, given):
    """The personal name at the end of a mention that opens with such a title ("Chair of
    the Board Tom North" -> "Tom North"): from the first listed given name (``given``,
    lower case) among the last three words, after the body's first word ("Saint John
    Port Authority Ann Lee": Ann Lee), else the last two words; None when the mention
    is no such title and name.

    >>> titled_body_name("Chair of the Board Tom North".split(), {"tom"})
    ['Tom', 'North']
    >>> titled_body_name("Bank of Canada governor Ann Roe".split(), {"ann"}) is None
    True
    """
    if "of" not in words:
        return None
    k = words.index("of")
    title = _title_words()
    if k == 0 or k > _MAX_TITLE_WORDS or any(w.lower().rstrip(".") not in title for w in words[:k]):
        return None
    rest = words[k + 2 :] if k + 1 < len(words) and words[k + 1] == "the" else words[k + 1 :]
    if len(rest) < 3 or not all(_capitalised(w) for w in rest):
        return None
    for g in range(max(1, len(rest) - 3), len(rest) - 1):  # (a name of two or three words)
        if rest[g].lower() in given:
            return rest[g:]
    return rest[-2:]
