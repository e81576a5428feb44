"""The periods of abbreviations in a speaker string: a company's legal-form suffix
("Northwind Ltd." or "Northwind Ltd"), one form per speaker and article, the one the
article itself writes before a following word ("Northwind Ltd. said", "Acme Corp
said"), so that every path that names the company (its own sentence, "the company
said", a quotation's "said Maple Corp.") gives the same speaker (the suffixes of
``analysis/resources/company_suffixes.txt``); and a name's inner abbreviation ("Trevor
St. Pierre", "Ste. Marie", the place abbreviations of the ``[inside]`` section of
``analysis/resources/abbreviations.txt``) kept as the article writes it, its name not
cut at the period ("Malcolm St" -> "Malcolm St. Pierre"), and a speaker cut after one
given the article's whole name ("St. Pierre" -> "Trevor St. Pierre"; "Pleasant" of "Mt.
Pleasant" -> the place, never a person).
"""

from __future__ import annotations

import re

from .lexicon import COMPANY_SUFFIXES, _lines

# name-inner abbreviations: "St", "Ste", "Mt", "Ft" (of abbreviations.txt's [inside]
# section, those a place or family name opens with)
_INNER = frozenset(("St", "Ste", "Mt", "Ft")) & frozenset(_lines("abbreviations.txt"))

# after "<name>.": a word in lower case, a comma or other clause mark, a possessive
_DOTTED_NEXT = r"\.(?:[ \t]+[a-z(\d]|[,;:)]|['’]s\b)"
# after "<name>" itself: a space, clause mark or possessive (no period, no letter)
_BARE_NEXT = r"(?=[ \t,;:)]|['’]s\b)"


def _suffix_base(speaker) -> str | None:
    """The speaker without a final period when its last word is a company suffix
    written in capitals ("Northwind Ltd." -> "Northwind Ltd"), else None."""
    if not isinstance(speaker, str) or " " not in speaker:
        return None
    base = speaker[:-1] if speaker[-1:] == "." else speaker
    last = base.rsplit(" ", 1)[-1]
    if not last[:1].isupper() or last.lower() not in COMPANY_SUFFIXES:
        return None
    return base


def dotted_form(text: str, speaker: str, cache: dict | None = None) -> str:
    """The form of ``speaker`` (a name ending in a company suffix) the article ``text``
    writes most often before a following word: with the suffix's period ("Ltd. said")
    or without it ("Ltd said"); ``speaker`` itself when the text does not tell or the
    name has no company suffix.

    >>> dotted_form("Northwind Ltd. said it would cut jobs.", "Northwind Ltd")
    'Northwind Ltd.'
    >>> dotted_form("Acme Corp said sales fell, Acme Corp.", "Acme Corp.")
    'Acme Corp'
    """
    base = _suffix_base(speaker)
    if base is None or base not in text:
        return speaker
    if cache is not None and base in cache:
        return cache[base]
    dotted = _form_count(text, base, _dotted_end) if base + "." in text else 0
    bare = _form_count(text, base, _bare_end)
    got = speaker
    if dotted and dotted >= bare:
        got = base + "."
    elif bare > dotted:
        got = base
    if cache is not None:
        cache[base] = got
    return got


def _word_char(c: str) -> bool:
    """``re``'s ``\\w`` for one character of a str pattern."""
    return c.isalnum() or c == "_"


def _possessive_end(text: str, j: int) -> int:
    """End of ``['’]s\\b`` at ``j``, or -1."""
    if (
        text[j : j + 1] in ("'", "’")
        and text[j + 1 : j + 2] == "s"
        and (j + 2 == len(text) or not _word_char(text[j + 2]))
    ):
        return j + 2
    return -1


def _dotted_end(text: str, j: int) -> int:
    """End of ``_DOTTED_NEXT`` matched at ``j`` (after the name), or -1."""
    if text[j : j + 1] != ".":
        return -1
    k = j + 1
    c = text[k : k + 1]
    if c in (" ", "\t"):
        m = k + 1
        while text[m : m + 1] in (" ", "\t"):
            m += 1
        c = text[m : m + 1]
        return m + 1 if c and ("a" <= c <= "z" or c == "(" or c.isdecimal()) else -1
    if c and c in ",;:)":
        return k + 1
    return _possessive_end(text, k)


def _bare_end(text: str, j: int) -> int:
    """End of the name when ``_BARE_NEXT`` holds at ``j`` (right after it), or -1."""
    c = text[j : j + 1]
    if c and c in " \t,;:)":
        return j
    return j if _possessive_end(text, j) >= 0 else -1


def _form_count(text: str, base: str, end_at) -> int:
    """``len(re.findall(r"(?<![\\w&.-])" + re.escape(base) + NEXT, text))`` for the
    ``NEXT`` whose match end ``end_at(text, j)`` gives, without compiling a pattern
    per name (the same non-overlapping left-to-right count).

    >>> t = "Acme Corp said it. Acme Corp. sold it; Acme Corp's unit, XAcme Corp said."
    >>> _form_count(t, "Acme Corp", _bare_end), _form_count(t, "Acme Corp", _dotted_end)
    (2, 1)
    >>> _form_count("Acme Corp. said it, Acme Corp., Acme Corp.’s", "Acme Corp", _dotted_end)
    3
    """
    count, pos, n = 0, 0, len(base)
    while (i := text.find(base, pos)) >= 0:
        if i and (_word_char(text[i - 1]) or text[i - 1] in "&.-"):
            pos = i + 1
            continue
        end = end_at(text, i + n)
        if end < 0:
            pos = i + 1
            continue
        count += 1
        pos = end  # (past the match: findall's matches do not overlap)
    return count


def dot_company_suffixes(text: str, quotes) -> None:
    """Give every quote of one article whose speaker ends in a company suffix the
    form :func:`dotted_form` reads from ``text`` (in place).

    >>> class Q:
    ...     speaker = "Northwind Ltd"
    >>> q = Q(); dot_company_suffixes("Northwind Ltd. said it would close.", [q])
    >>> q.speaker
    'Northwind Ltd.'
    """
    cache: dict = {}
    inner: dict = {}
    for q in quotes:
        s = q.speaker
        if not isinstance(s, str) or " " not in s:
            continue
        if _suffix_base(s) is not None:
            q.speaker = dotted_form(text, s, cache)
        elif ("St" in s or "Mt" in s or "Ft" in s) and (
            s not in text or s.rsplit(" ", 1)[-1] in _INNER
        ):
            got = inner.get(s)
            if got is None:
                got = inner[s] = inner_dotted_form(text, s)
            q.speaker = got
    inner_abbreviated_names(text, quotes)


# "St. Pierre", "Mt. Pleasant": an inner abbreviation that opens a name, with or
# without its period, and the capitalised word after it
_INNER_NAME_RE = re.compile(r"(?<![\w.-])(St|Ste|Mt|Ft)(\.?)[ \t]+([A-Z][\w'’-]*)")
# the capitalised word right before it ("Trevor" of "Trevor St. Pierre")
_WORD_BEFORE_RE = re.compile(r"([A-Z][a-zà-ÿ'’-]+)[ \t]+\Z")
# abbreviations that open a place's name, never a person's ("Mt. Pleasant", "Ft. Nelson")
_PLACE_INNER = frozenset(("Mt", "Ft"))
# the forms an inner abbreviation takes before a name's next word (cheap guards)
_INNER_LEADS = ("St. ", "St ", "Ste. ", "Ste ", "Mt. ", "Mt ", "Ft. ", "Ft ")
# one scan of the text that finds any of them (cheaper than eight substring scans)
_INNER_LEAD_RE = re.compile(r"[SMF]te?\.? ")


def inner_abbreviated_names(text: str, quotes, given=None) -> None:
    """Give a speaker cut after a name-inner abbreviation ("St. Pierre" or "Pierre" of
    "Trevor St. Pierre", "Pleasant" of "Mt. Pleasant") the whole name the article writes:
    the given name before the abbreviation when every such form of the article has the
    same one (a person), the abbreviation alone for a place ("Mt. Pleasant", "Ft.
    Nelson": never a person, so typed an organisation when it was). The text is read
    once per article, and only when a speaker may be such a piece (in place; ``given``
    is the given-name list, lower case).

    >>> class Q:
    ...     speaker, stype = "St. Pierre", "person"
    >>> q = Q(); inner_abbreviated_names("Trevor St. Pierre scored. St. Pierre said so.", [q])
    >>> q.speaker
    'Trevor St. Pierre'
    """
    if _INNER_LEAD_RE.search(text) is None:
        return  # (no inner abbreviation in the article: most articles)
    leads = [h for h in _INNER_LEADS if h in text]
    if not leads:
        return
    cands = []
    after: dict = {}  # first word -> is it written after an inner abbreviation
    for q in quotes:
        sp = q.speaker
        if not isinstance(sp, str) or not sp[:1].isupper() or len(sp) > 60:
            continue
        first = sp.split(" ", 1)[0]
        if first.rstrip(".") in _INNER:
            cands.append(q)
            continue
        if first not in after:
            after[first] = any(h + first in text for h in leads)
        if after[first]:
            cands.append(q)
    if not cands:
        return
    if given is None:
        from .lexicon import lexicon

        given = lexicon().gender
    forms: dict = {}  # the word after the abbreviation -> {(abbreviation, given name)}
    alone: dict = {}  # word -> is every use of it abbreviated (one text scan per word)
    for m in _INNER_NAME_RE.finditer(text):
        b = _WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        g = b.group(1) if b is not None and b.group(1).lower() in given else None
        forms.setdefault(m.group(3), set()).add((m.group(1) + m.group(2), g))
    if not forms:
        return
    for q in cands:
        words = q.speaker.split()
        if words[0].rstrip(".") in _INNER and len(words) == 2:
            tail = words[1]
        elif words[0] in forms and len(words) <= 2 and words[0].lower() not in given:
            tail = words[0]
            if tail not in alone:
                alone[tail] = _all_abbreviated(text, tail)
            if not alone[tail]:
                continue  # the word also stands alone: no piece of the name
        else:
            continue
        got = _whole_inner_name(forms.get(tail), tail, words)
        if got is None:
            continue
        q.speaker = got
        if got.split()[0].rstrip(".") in _PLACE_INNER and q.stype == "person":
            q.stype = "organization"


def _all_abbreviated(text, word):
    """Is every use of ``word`` in ``text`` right after an inner abbreviation?"""
    pat = r"(?<![\w.-])" + re.escape(word) + r"(?![\w-])"
    for m in re.finditer(pat, text):
        before = text[max(0, m.start() - 5) : m.start()].split()
        if not before or before[-1].rstrip(".") not in _INNER:
            return False
    return True


def _whole_inner_name(found, tail, words):
    """The whole name of a speaker cut at an inner abbreviation, or None."""
    if not found:
        return None
    abbrs = {a for a, _ in found}
    givens = {g for _, g in found if g}
    if len(abbrs) != 1:
        return None
    abbr = abbrs.pop()
    rest = " ".join([tail] + words[1:]) if words[0] == tail else tail
    if abbr.rstrip(".") in _PLACE_INNER:
        return abbr + " " + rest
    if len(givens) == 1:
        return givens.pop() + " " + abbr + " " + rest
    return None


def inner_dotted_form(text: str, speaker: str) -> str:
    """``speaker`` with the periods the article writes after its inner abbreviations
    ("St", "Mt": "Trevor St Pierre" -> "Trevor St. Pierre"), a last "St" completed by
    the name that follows it in the text ("Malcolm St" -> "Malcolm St. Pierre");
    ``speaker`` itself when the text has no such form.

    >>> inner_dotted_form("Malcolm St. Pierre said so.", "Malcolm St")
    'Malcolm St. Pierre'
    >>> inner_dotted_form("Ann St Clair said so.", "Ann St Clair")
    'Ann St Clair'
    """
    words = speaker.split(" ")
    if not any(w in _INNER for w in words):
        return speaker
    parts = [re.escape(w) + (r"\.?" if w in _INNER else "") for w in words]
    pat = r"(?<![\w.-])" + r"[ \t]+".join(parts)
    if words[-1] in _INNER:
        pat += r"(?:[ \t]+[A-Z][\w'’-]*)?"  # ("Malcolm St." cut before "Pierre")
    m = re.search(pat + r"(?![\w-])", text)
    if m is None:
        return speaker
    got = " ".join(m.group().split())
    return got if got.count(" ") >= speaker.count(" ") else speaker
