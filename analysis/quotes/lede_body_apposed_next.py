"""A lede's unnamed body named by an apposition that opens the next paragraph: "A
planetarium ... will close, its operator said Monday.\\n\\nThe Prairie Skies Science
Society, the non-profit that has run the planetarium since 1971, said ..." and "...,
the agency that runs it said.\\n\\nThe Aspen Blood Network, a non-profit that collects
blood ..., said" -- the lede's statement is the named body's, when the apposition set
off after the name echoes the description: a verb of running it ("has run",
"operates") or a kind noun of a non-profit body ("non-profit", "charity", "society");
words in resources/lede_body_echoes.txt. A "bare" head after a modifier ("the sport's
provincial governing body", "Quebec's forest fire protection agency": a place's
possessive may open it) needs no apposition: the name alone opens the next paragraph's
statement, a capitalised name or a body's acronym ("SOPFEU said"). A name that reads like a
person's is the body when its apposition opens with a business kind noun ("Traverse
Haute-Côte, the family-owned company that has run the crossing since 1997, said", w139).
A lede's "its owner" / "its operator" is also the company that opens the next paragraph
as a sentence's subject when "the company" speaks later in that paragraph ("Eoltek
Composites announced B. The company told employees that C", w139). A person named next, a
name without such an apposition, or a description past the lede keeps its description.
"""

from __future__ import annotations

import re

from .ledes import _beyond_lede
from .lexicon import _lines
from .org_described_next import _named_body


def _echo_words():
    """{"head"|"verb"|"kind": {word, ...}} from resources/lede_body_echoes.txt."""
    out = {}
    for line in _lines("lede_body_echoes.txt"):
        key, words = line.split("\t")
        out[key] = frozenset(words.split())
    return out


_ECHO = _echo_words()

# "its operator", "the agency", "the sport's provincial governing body": the lede's
# unnamed body (up to three modifiers, group 1; the head, group 2)
_LEDE_BODY_RE = re.compile(
    r"(?:its|the|[a-z][a-z-]*['’]s)[ \t]+((?:[a-z’'-]+[ \t]+){0,3})([a-z-]+)"
)  # (a place's possessive opens it too: "quebec's forest fire protection agency")

# a body's acronym as the whole name of the next statement's speaker ("SOPFEU said")
_ACRONYM_NAME_RE = re.compile(r"[A-Z]{3,8}")

# the apposition after a name up to the cue: ", the non-profit that has run ...,", ",
# which operates the clinic,"
_APPOSITION_RE = re.compile(r",[ \t]+(?:an?[ \t]+|the[ \t]+|(?=which[ \t]))([^\n]{3,240}),[ \t]*\Z")


def echoes_body(apposition):
    """Does the apposition text (after "the"/"a") echo a lede's unnamed body: a verb of
    running it, or a kind noun of a non-profit body among its words before any clause?

    >>> echoes_body("non-profit that has run the museum since 1982")
    True
    >>> echoes_body("group whose members are retired farmers")
    False
    """
    words = [w.strip(".,;:’'").lower() for w in apposition.split()]
    if any(w in _ECHO["verb"] for w in words):
        return True
    for w in words[:4]:
        if w in _ECHO["kind"]:
            return True
        if w in ("that", "which", "who", "whose"):
            break
    return False


def without_the(name):
    """``name`` without a leading "the " ("the X Authority" and "X Authority" alike).

    >>> without_the("the Battle River Heritage Society"), without_the("Open Door Waterloo")
    ('Battle River Heritage Society', 'Open Door Waterloo')
    """
    name = name or ""
    return name[4:] if name.lower().startswith("the ") else name


# the kind noun of a business opening an apposition ("the family-owned company that has run
# the crossing"): the name before it is a body even when it reads like a person's (w139)
_COMPANY_KINDS = frozenset("company firm business co-operative cooperative corporation".split())


def _company_kind(q, apposition):
    """Is ``q``'s speaker a capitalised name of two words or more set off by an apposition
    whose head, within its first three words before any clause, is a business kind noun?

    >>> from types import SimpleNamespace as N
    >>> _company_kind(N(speaker="Traverse Haute-Côte"), "family-owned company that has run it")
    True
    >>> _company_kind(N(speaker="Ann Roe"), "woman who has run the crossing since 1997")
    False
    """
    words = (q.speaker or "").split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    for w in apposition.split()[:3]:
        w = w.strip(",.;").lower()
        if w in _COMPANY_KINDS:
            return True
        if w in ("that", "which", "who", "whose", "of"):
            break
    return False


def _company_opens_then_speaks(text, mention, m, ps, q):
    """'A, its owner said.\n\nNAME announced B. The company told C': does the lede's bare
    "its owner" / "its operator" find the company that opens the next paragraph as the
    subject of a sentence (a capitalised name and a lower-case verb) and speaks as "the
    company" / "the firm" in the same paragraph (``q``, resolved to that name)? (w139)

    >>> from types import SimpleNamespace as N
    >>> t = "Eoltek Composites announced a plan. The company told staff that A."
    >>> q = N(mention="The company", speaker="Eoltek Composites", m_start=t.index("The c"))
    >>> _company_opens_then_speaks(t, "its owner", _LEDE_BODY_RE.fullmatch("its owner"), 0, q)
    True
    >>> q.speaker = "Ann Roe"
    >>> _company_opens_then_speaks(t, "its owner", _LEDE_BODY_RE.fullmatch("its owner"), 0, q)
    False
    """
    if not mention.startswith("its ") or m.group(1) or m.group(2) not in ("owner", "operator"):
        return False
    if (q.mention or "").lower() not in ("the company", "the firm") or not q.speaker:
        return False
    if "\n" in text[ps : q.m_start]:
        return False  # (the company speaks in a later paragraph)
    name = without_the(q.speaker)
    lead = "The " if text.startswith("The ", ps) else ""
    at = ps + len(lead)
    if not text.startswith(name, at) or len(name.split()) < 2:
        return False
    return re.match(r"[ \t]+[a-z]", text[at + len(name) : at + len(name) + 3]) is not None


def _next_paragraph(text, at):
    """Start of the paragraph after the one holding ``at`` (-1 when none)."""
    nl = text.find("\n", at)
    if nl < 0:
        return -1
    while nl < len(text) and text[nl].isspace():
        nl += 1
    return nl


def lede_body_apposed_next(an, quotes):
    """Give a lede statement whose speaker is still "its <head>" / "the <head>" the
    organisation named by the next statement's speaker, when that name opens the next
    paragraph and is set off by an echoing apposition (see module doc), in the form
    the lede_body_clause_next path gives it, without a leading "the" (the written
    golds' form of an organisation); speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ("Museum to close" + 2 * chr(10) + "A farm museum will close, its operator "
    ...      "said Monday." + 2 * chr(10) + "The Battle River Heritage Society, the "
    ...      "non-profit that has run the museum since 1982, said visits fell.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]})).speaker.tolist()
    ['Battle River Heritage Society', 'the Battle River Heritage Society']
    """
    text = an.text
    for i, p in enumerate(quotes[:-1]):
        mention = (p.mention or "").lower()
        if not p.speaker or p.m_start is None or p.speaker.lower() != mention:
            continue
        m = _LEDE_BODY_RE.fullmatch(mention)
        if m is None or _beyond_lede(text, p.m_start):
            continue
        bare = m.group(2) in _ECHO["bare"] and m.group(1) != ""
        if not bare and m.group(2) not in _ECHO["head"]:
            continue
        ps = _next_paragraph(text, max(p.end, p.m_end))
        q = next((r for r in quotes[i + 1 :] if r.m_start is not None and r.m_start >= ps), None)
        if ps < 0 or q is None:
            continue
        if text[ps : q.m_start] not in ("", "The "):
            if _company_opens_then_speaks(text, mention, m, ps, q):
                p.speaker, p.stype = without_the(q.speaker), q.stype
            continue  # (no statement's speaker opens the next paragraph)
        acronym = bare and _ACRONYM_NAME_RE.fullmatch(q.speaker or "") is not None
        if q.cue_start is None or q.cue_start <= q.m_end:
            continue
        a = _APPOSITION_RE.match(text, q.m_end, q.cue_start)
        if not (_named_body(q) or acronym or (a is not None and _company_kind(q, a.group(1)))):
            continue
        if (bare and q.cue_start - q.m_end < 2) or (a is not None and echoes_body(a.group(1))):
            p.speaker, p.stype = without_the(q.speaker), q.stype
