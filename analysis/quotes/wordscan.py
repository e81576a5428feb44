"""Word scans: the tests that rules made with a pattern compiled around one word of the
article ("a ... <head>", "<position> <Name>", "<word> alone"), done with generic
patterns and string searches instead, so that no pattern is compiled per new word (a
first call and unseen text paid one compile per word; each helper is tested against
the per-word pattern it replaces, tests/test_quotes_speed34.py).
"""

from __future__ import annotations

import re

# an indefinite determiner and its white space, and a word with the white space after it
_INDEFINITE_DET_RE = re.compile(r"\b(?:a|an|another|one)[ \t]+")
_HEAD_WORD_WS_RE = re.compile(r"[\w-]+[ \t]+")

# ``re.I``'s matches of the ASCII letters, one character for one: the capitals and the
# four other code points it takes for one (tested over all code points); every other
# character matches no ASCII letter, so the folded text keeps its length and offsets
_ASCII_IGNORECASE_FOLD = str.maketrans(
    {chr(c): chr(c + 32) for c in range(65, 91)}
    | {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
)


def _indefinite_head_in(seg, head):
    """Does ``seg`` hold "a", "an", "another" or "one", up to two words and ``head``
    (an ASCII word: case-insensitive, a word boundary after it)? The same as
    ``re.search(rf"\\b(?:a|an|another|one)[ \\t]+(?:[\\w-]+[ \\t]+){{0,2}}"
    rf"{re.escape(head)}\\b", seg, re.I) is not None``, with generic patterns over the
    text folded as ``re.I`` matches ASCII letters (no pattern compiled per head): each
    word is a whole run of word characters, each white space a whole run, so the head
    may start at three places after each determiner only.

    >>> _indefinite_head_in("He met a cash-crop Farmer there.", "farmer")
    True
    >>> _indefinite_head_in("He met a very old cash-crop farmer.", "farmer")
    False
    """
    if not head.isascii() or not head:
        return (
            re.search(
                rf"\b(?:a|an|another|one)[ \t]+(?:[\w-]+[ \t]+){{0,2}}{re.escape(head)}\b",
                seg,
                re.I,
            )
            is not None
        )
    low, h = seg.translate(_ASCII_IGNORECASE_FOLD), head.lower()
    if h not in low:
        return False  # (the cheap test first)
    n = len(h)
    for d in _INDEFINITE_DET_RE.finditer(low):
        p = d.end()
        for _ in range(3):
            if low.startswith(h, p) and _word_boundary_at(low, p + n):
                return True
            w = _HEAD_WORD_WS_RE.match(low, p)
            if w is None:
                break
            p = w.end()
    return False


def _word_boundary_at(s, i):
    """Is there a ``\\b`` at index ``i`` of ``s`` (a word character is alphanumeric or
    "_", as ``re`` reads a str)?"""
    before = i > 0 and (s[i - 1].isalnum() or s[i - 1] == "_")
    after = i < len(s) and (s[i].isalnum() or s[i] == "_")
    return before != after


# the white space and the capital after a position word ("third Ana")
_POSITION_HINT_TAIL_RE = re.compile(r"[ \t]+[A-ZÀ-ÖØ-Þ]")


def _position_hint_in(seg, w):
    """``_position_hint_re(w).search(seg) is not None`` without a pattern per word: an
    occurrence of ``w`` after a space or tab with white space and a capital after it.

    >>> _position_hint_in("When third Ana Okafor threw", "third")
    True
    >>> _position_hint_in("The third time, a third of them", "third")
    False
    """
    i = seg.find(w)
    n = len(w)
    while i >= 0:
        if i > 0 and seg[i - 1] in " \t" and _POSITION_HINT_TAIL_RE.match(seg, i + n):
            return True
        i = seg.find(w, i + 1)
    return False


# a capital after white space: a word written alone has none right after it
_CAPITAL_NEXT_RE = re.compile(r"[ \t]+[A-Z]")


def _word_alone_starts(text, word):
    """The starts of ``re.finditer(rf"(?<![\\w'’&.-]){re.escape(word)}(?![\\w&-])(?![ \\t]+
    [A-Z])", text)``'s matches for an alphabetic ``word``: each occurrence with no word
    character, apostrophe, "&", "." or "-" before it, no word character, "&" or "-"
    after it and no capitalised word next (occurrences never overlap in a match: one
    starting inside another has a letter before it).

    >>> list(_word_alone_starts("Acme Corp. Acme, AcmeX and Acme Bank", "Acme"))
    [11]
    """
    n = len(word)
    i = text.find(word)
    while i >= 0:
        c = text[i - 1 : i]
        if not (c and (c.isalnum() or c in "_'’&.-")):
            e = i + n
            c = text[e : e + 1]
            if not (c and (c.isalnum() or c in "_&-")) and _CAPITAL_NEXT_RE.match(text, e) is None:
                yield i
        i = text.find(word, i + 1)


# white space and up to five words (a determiner and four modifiers) after a comma
_COMMA_TAIL_RE = re.compile(r"[ \t]+(?:[\w'’\-]+[ \t]+){0,5}")


def _role_after_comma(seg, role):
    """Is there an occurrence of ``role`` in ``seg`` with only white space and up to five
    words between it and the last comma before it ("Tom Greer, a local businessman")?
    Every match of ``lede_appositions._described_rx(role)`` holds one (its last comma, then a
    determiner and four words, or three words), so without one that pattern need not
    be compiled. ``seg`` is a bounded window (a few thousand characters).

    >>> _role_after_comma("Tom Greer, 52, a local businessman, said", "businessman")
    True
    >>> _role_after_comma("Tom Greer, who has lately become a local businessman", "businessman")
    False
    """
    i = seg.find(role)
    while i >= 0:
        c = seg.rfind(",", 0, i)
        if c >= 0 and _COMMA_TAIL_RE.fullmatch(seg, c + 1, i) is not None:
            return True
        i = seg.find(role, i + 1)
    return False


# a comma, white space and a capital: a name set in apposition right after
# up to three lower-case role words between an apposition's comma and the name ("The
# moderator, veteran broadcaster Hugh Roe,"), no function word among them
APPOSED_ROLE_WORDS = (
    r"(?:(?!(?:who|whom|whose|which|that|the|a|an|and|or|but|in|of|at|from|for|with|to"
    r"|on|by|as|is|was|are|were|has|had|have|said|says|not|also)[ \t])[a-z][a-z-]*[ \t]+){0,3}"
)
_COMMA_NAME_RE = re.compile(r",[ \t]+" + APPOSED_ROLE_WORDS + r"[A-ZÀ-ÖØ-Þ]")
# up to 120 characters of one clause, a comma, white space and a capital
_CLAUSE_COMMA_NAME_RE = re.compile(r"[^\n.,;:!?\"“”]{0,120},[ \t]+[A-ZÀ-ÖØ-Þ]")


def _word_then_apposed_name(seg, word):
    """Is ``word`` (any case, as ``re.I`` matches it) followed in ``seg`` by a comma,
    white space and a capital ("her grandson, Ciaran Doyle")? Every match of
    ``appositions._resolve_apposed``'s pattern for a description ending in ``word``
    holds one; True for a word not in ASCII (no test).

    >>> _word_then_apposed_name("Her Grandson, Ciaran Doyle, said", "grandson")
    True
    >>> _word_then_apposed_name("her grandson, who lives nearby", "grandson")
    False
    """
    if not word.isascii():
        return True
    low, w = seg.translate(_ASCII_IGNORECASE_FOLD), word.lower()
    i = low.find(w)
    while i >= 0:
        if _COMMA_NAME_RE.match(seg, i + len(w)) is not None:
            return True
        i = low.find(w, i + 1)
    return False


def _head_then_apposed_name(seg, head):
    """Is ``head`` followed in ``seg``, within one clause of at most 120 characters, by a
    comma, white space and a capital ("A pharmacist in Sydney who owns two stores,
    Jean-Marc Poirier")? Every match of ``appositions._resolve_indefinite_apposed``'s
    pattern for ``head`` holds one.

    >>> _head_then_apposed_name("A pharmacist in Sydney, Jean-Marc Poirier", "pharmacist")
    True
    >>> _head_then_apposed_name("A pharmacist in Sydney. Jean-Marc Poirier", "pharmacist")
    False
    """
    n = len(head)
    i = seg.find(head)
    while i >= 0:
        if _CLAUSE_COMMA_NAME_RE.match(seg, i + n) is not None:
            return True
        i = seg.find(head, i + 1)
    return False


def _word_then(text, word, rx, lo=0, hi=None):
    """Is there an occurrence of ``word`` in text[lo:hi] that the generic pattern ``rx``
    matches right after (within text[:hi])? A gate for a per-word pattern whose every
    match holds ``word`` followed by what ``rx`` matches.

    >>> _word_then("a group called Friends", "group", _CALLED_NAME_RE)
    True
    >>> _word_then("a group that called Friends", "group", _CALLED_NAME_RE)
    False
    """
    hi = len(text) if hi is None else hi
    n = len(word)
    i = text.find(word, lo, hi)
    while i >= 0:
        if rx.match(text, i + n, hi) is not None:
            return True
        i = text.find(word, i + 1, hi)
    return False


# what follows the head in every match of ``orgs._org_called``'s pattern
_CALLED_NAME_RE = re.compile(r"[ \t]+(?:calling[ \t]+itself|called|named|known[ \t]+as)[ \t]+[A-Z]")
# what follows the head in every match of ``roles._narration_head_rx(head)``
_LOWER_WORD_NEXT_RE = re.compile(r"[ \t]+[a-z]")


# " of " after a capitalised description ("Central Bank of Vellmark")
_OF_NEXT_RE = re.compile(r"[ \t]+of[ \t]+")
# the characters of the capitalised words before a description ("Vellmark's", "U.S.")
_NAME_WORD_CHARS = frozenset("&.-'’_")


def _named_description_possible(seg, words):
    """Can ``antecedents._named_description_re(words)`` match in ``seg``? False only when
    no match is possible: each of its matches holds the last word capitalised and then
    " of " ("Central Bank of Vellmark"), or the first word in any case (as ``re.I``
    matches ASCII letters) after white space and a run of name characters holding a
    capital ("Vellmark's central bank"). True for words not in ASCII (no test).

    >>> _named_description_possible("Vellmark's central bank said", ["central", "bank"])
    True
    >>> _named_description_possible("Then the central bank said", ["central", "bank"])
    False
    """
    last = words[-1].capitalize()
    i = seg.find(last)
    while i >= 0:
        if _OF_NEXT_RE.match(seg, i + len(last)) is not None:
            return True
        i = seg.find(last, i + 1)
    if not words[0].isascii():
        return True
    w = words[0].lower()
    low = seg.translate(_ASCII_IGNORECASE_FOLD)
    i = low.find(w)
    while i >= 0:
        k = i
        while k > 0 and seg[k - 1] in " \t":
            k -= 1
        if k < i:
            t = k
            while t > 0 and (seg[t - 1].isalnum() or seg[t - 1] in _NAME_WORD_CHARS):
                t -= 1
            if any("A" <= c <= "Z" for c in seg[t:k]):
                return True
        i = low.find(w, i + 1)
    return False


def _after_comma_the(seg, i):
    """Does seg[:i] end in a comma, white space and, maybe, "the" and white space (", the
    " before a name: each white space a whole run, as in a match)?

    >>> _after_comma_the("its investor, the Northgate", 18), _after_comma_the("the Northgate", 4)
    (True, False)
    """
    k = i
    while k > 0 and seg[k - 1] in " \t":
        k -= 1
    if k == i:
        return False
    if seg[k - 1 : k] == ",":
        return True
    if k < 3 or seg[k - 3 : k] != "the":
        return False
    j = k - 3
    while j > 0 and seg[j - 1] in " \t":
        j -= 1
    return j < k - 3 and seg[j - 1 : j] == ","


def _word_after_comma(seg, word):
    """Is an occurrence of ``word`` in ``seg`` written after ", " or ", the "? Every match
    of ``holders.owned_by_description``'s pattern holds one.

    >>> _word_after_comma("Its investor, Northgate Ventures", "Northgate")
    True
    >>> _word_after_comma("Northgate, its investor", "Northgate")
    False
    """
    i = seg.find(word)
    while i >= 0:
        if _after_comma_the(seg, i):
            return True
        i = seg.find(word, i + 1)
    return False


# "who" after a description's head; a lower-case word and its white space
_WHO_NEXT_RE = re.compile(r"[ \t]+who[ \t]")
_LOWER_WORD_WS_RE = re.compile(r"[a-z][\w-]*[ \t]+")
_A_AN_WS_RE = re.compile(r"(?:A|An)[ \t]+")


def _newcomer_at(text, s0, head):
    """Does "A" or "An", up to three lower-case words, ``head`` and "who" open text[s0:]
    ("A charge nurse who ...")? The same as ``pronouns.newcomer_description_before``'s
    pattern matching at ``s0``, without a pattern per head (each word is a whole run of
    its characters and each white space a whole run, so the head may start at four
    places only).

    >>> _newcomer_at("A charge nurse who knew him", 0, "nurse")
    True
    >>> _newcomer_at("A nurse said who", 0, "nurse")
    False
    """
    p = _A_AN_WS_RE.match(text, s0)
    if p is None:
        return False
    p = p.end()
    for _ in range(4):
        if text.startswith(head, p) and _WHO_NEXT_RE.match(text, p + len(head)) is not None:
            return True
        w = _LOWER_WORD_WS_RE.match(text, p)
        if w is None:
            return False
        p = w.end()
    return False


# what stands between the last comma and the role in each alternative of
# ``lede_appositions._described_rx(role)`` ("Tom Greer, 52, a local businessman",
# "Jo Roe, chief economist at Northmark"), and what follows the role there
_DESCRIBED_DET_LEAD_RE = re.compile(
    r"[ \t]+(?:a|an|the|its|his|her|their|(?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w.-]*['’]s)"
    r"[ \t]+(?:[a-z0-9][\w'’-]*[ \t]+){0,4}"
)  # (a place's or body's possessive too: "Ann Roe, Nova Scotia's chief medical officer")
_WORD_END_RE = re.compile(r"\b")
_DESCRIBED_BARE_LEAD_RE = re.compile(r"[ \t]+(?!wh)(?:[a-z][\w-]*[ \t]+){0,3}")
_PLACE_OF_WORK_NEXT_RE = re.compile(r"[ \t]+(?:at|of|for|with)\b")
# the same for ``orgs._org_apposed_to``'s pattern ("Coastal Link Marine, the private company")
_COMMA_THE_LEAD_RE = re.compile(r"[ \t]+the[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}")
_WORD_END_NOT_OF_RE = re.compile(r"\b(?![ \t]+of\b)")


def _comma_lead_then(seg, word, lead_rx, tail_rx):
    """Is there an occurrence of ``word`` in ``seg`` whose text from the last comma
    before it is all ``lead_rx`` (a full match) and after which ``tail_rx`` matches? A
    gate for a per-word pattern whose every match holds a comma, then only what
    ``lead_rx`` matches (no comma), ``word`` and what ``tail_rx`` matches.

    >>> _comma_lead_then("Tom Greer, 52, a local businessman, said", "businessman",
    ...     _DESCRIBED_DET_LEAD_RE, _WORD_END_RE)
    True
    >>> _comma_lead_then("Tom Greer, who became a local businessman", "businessman",
    ...     _DESCRIBED_DET_LEAD_RE, _WORD_END_RE)
    False
    """
    n = len(word)
    i = seg.find(word) if n else -1
    while i >= 0:
        c = seg.rfind(",", 0, i)
        if (
            c >= 0
            and lead_rx.fullmatch(seg, c + 1, i) is not None
            and tail_rx.match(seg, i + n) is not None
        ):
            return True
        i = seg.find(word, i + 1)
    return False


_WORD_OR_HYPHEN_EXTRA = "_-"


def _standalone_starts(text, word):
    """The starts of ``re.finditer(r"(?<![\\w-])" + re.escape(word) + r"(?![\\w-])",
    text)``'s matches (a non-empty ``word``): each occurrence with no word character or
    "-" before or after it, found left to right without overlap (the search goes on at
    a match's end, as ``re`` does).

    >>> list(_standalone_starts("Roe, Roe-Lee, Roes and Roe.", "Roe"))
    [0, 23]
    """
    n = len(word)
    i = text.find(word)
    while i >= 0:
        c = text[i - 1 : i] if i else ""
        e = i + n
        d = text[e : e + 1]
        if not (c and (c.isalnum() or c in _WORD_OR_HYPHEN_EXTRA)) and not (
            d and (d.isalnum() or d in _WORD_OR_HYPHEN_EXTRA)
        ):
            yield i
            i = text.find(word, e)
        else:
            i = text.find(word, i + 1)


# a sentence-opening "The" (after ". ", ".  " or a line break) and its white space
_NARRATION_THE_RE = re.compile(r"(?:(?<=[.!?][ \t])|(?<=[.!?][ \t][ \t])|(?<=\n))The(?=[ \t])")
# white space, a lower-case word, and white space and a lower-case letter after it
_NARRATION_WORD_RE = re.compile(r"[ \t]+([a-z][a-z-]*)(?=[ \t]+[a-z])")
_NARRATION_HEAD_RE = re.compile(r"[a-z][a-z-]*")


def _narration_head_starts(text, head, lo, hi):
    """The starts of the matches of ``roles._narration_head_rx(head)`` in
    ``text[lo:hi]`` (its ``finditer(text, lo, hi)``): a sentence-opening "The", maybe a
    lower-case modifier, ``head``, then a lower-case word. ``head`` must be a
    lower-case word ("spokesman", "vice-chair"); None for any other (no scan).

    >>> t = "It rose. The spokesman said so. The new spokesman added more. The man said."
    >>> _narration_head_starts(t, "spokesman", 0, len(t))
    [9, 32]
    >>> _narration_head_starts(t, "Spokesman", 0, len(t)) is None
    True
    """
    if _NARRATION_HEAD_RE.fullmatch(head) is None:
        return None
    out = []
    word = _NARRATION_WORD_RE.match
    for m in _NARRATION_THE_RE.finditer(text, lo, hi):
        w1 = word(text, m.end(), hi)
        if w1 is None:
            continue
        # the head right after "The", or after one modifier (each word is a whole
        # lower-case run followed by white space and a lower-case letter)
        if w1.group(1) == head or (
            (w2 := word(text, w1.end(), hi)) is not None and w2.group(1) == head
        ):
            out.append(m.start())
    return out


# "a", "an", "another", "one" (the first letter of any case) and the white space after it
_INDEFINITE_DET_CASED_RE = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]+")


def _indefinite_head_starts(seg, head):
    """The starts of the matches of
    ``re.finditer(rf"\\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \\t]+(?:[\\w-]+[ \\t]+){{0,2}}{head}\\b", seg)``
    (``descriptions._last_person_described``) for an alphabetic ``head``, without a
    pattern per head: after each determiner the head may start at three places only
    (each word a whole run, tried longest first as the pattern does), and the scan goes
    on after the match. None for any other head (no scan).

    >>> _indefinite_head_starts("A nurse came. Then one very old nurse-aide left.", "nurse")
    [0, 19]
    >>> _indefinite_head_starts("a nurse", "nurse-aide") is None
    True
    """
    if not head.isalpha():
        return None
    out = []
    n = len(head)
    d = _INDEFINITE_DET_CASED_RE.search(seg)
    while d is not None:
        ends = [d.end()]  # where the head may start: after 0, 1 or 2 words
        w = _HEAD_WORD_WS_RE.match(seg, ends[0])
        if w is not None:
            ends.append(w.end())
            w = _HEAD_WORD_WS_RE.match(seg, ends[1])
            if w is not None:
                ends.append(w.end())
        nxt = d.start() + 1
        for p in reversed(ends):  # (the pattern's {0,2} is greedy)
            if seg.startswith(head, p) and _word_boundary_at(seg, p + n):
                out.append(d.start())
                nxt = p + n
                break
        d = _INDEFINITE_DET_CASED_RE.search(seg, nxt)
    return out
