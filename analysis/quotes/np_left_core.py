"""The core parse of the noun phrase ending right before a cue (``_left_np0``) and
the word tests it uses: unlisted lower-case modifiers before a listed head, hyphened
and ordinal modifiers, coordinated names, a role and the field it is "of", collective
and plural heads ("a number of nurses", "visitors"), subjects placed at a geographic
feature, and local governments named "<Head> of <Place>".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .blocks import MASK
from .lexicon import (
    _ADJ,
    _DETS,
    _IRREGULAR_PAST,
    _NOT_PLURAL,
    _NOT_ROLE,
    _NUMERIC,
    _PREPS,
    _PRONOUNS,
    _QUANT_SUBJ,
    _SENT_START_STOP,
    _TIME_WORDS,
    COMPANY_SUFFIXES,
    _lines,
    _skips_before_cue,
    load_titles,
)
from .names import AGENT_PLURALS, _geographic_heads, _place_job_head, place_like
from .phrase_adjuncts import _before_adjuncts, _participle_head, _word_as_surname
from .phrases import (
    _AGED_RE,
    _PEOPLE_MASS_NOUNS,
    _POSSESSIVE_DETS,
    _ROLE_TITLES,
    _compound_title_start,
    _is_cap,
    _np_word,
    _possessive,
)
from .region_phrases import REGION_NOUNS
from .responsible_heads import responsible_for_head

# month names and their abbreviations before a day number ("a Feb. 1 letter")
_NP_MONTHS = frozenset(
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

# a day of the month or a year in a sentence-opening date ("On March 1", "In 2019")
_DATE_NUMBER_RE = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|1[89]\d\d|20\d\d")

# capitalised prepositions that open a sentence with a date before its subject
_DATE_OPENERS = frozenset("In On By Since Until Before After During Through From".split())


def _fronted_date_number(toks, x):
    """Does the number ``toks[x]`` end a date that opens the sentence without a comma,
    so it opens no subject after it ("On March 1 | the legion said", "In 2019 | the
    union said", "On Sept. 12, 2019 | the board said"); not "About 200 | nurses said"?

    >>> t = [(0, 0, w) for w in "On March 1 the legion said".split()]
    >>> _fronted_date_number(t, 2), _fronted_date_number(t, 1)
    (True, False)
    >>> _fronted_date_number([(0, 0, w) for w in "About 200 nurses said".split()], 1)
    False
    """
    if x < 1 or not _DATE_NUMBER_RE.fullmatch(toks[x][2]):
        return False
    p = x - 1
    if toks[p][2] == "," and p >= 2 and _DATE_NUMBER_RE.fullmatch(toks[p - 1][2]):
        p -= 2  # "Sept. 12, | 2019"
    if p >= 1 and toks[p][2] == ".":
        p -= 1  # "Feb . 1"
    if toks[p][2] not in _DATE_OPENERS:
        if toks[p][2].lower() not in _NP_MONTHS or not toks[p][2][:1].isupper():
            return False
        if p >= 1 and toks[p - 1][2].lower() in ("on", "by", "since", "until", "before", "after"):
            p -= 1  # (", on March 1 the legion said")
    return p == 0 or toks[p - 1][2] in (",", ";", ":", "—", "–") or toks[p - 1][2][0] == MASK


def _date_before(toks, j):
    """Is the token before ``j`` the number ending a fronted date without a comma
    (``_fronted_date_number``)? A cheap digit test first."""
    return toks[j - 1][2][:1].isdigit() and _fronted_date_number(toks, j - 1)


def _np_words_back(toks, j, lex):
    """Start of the run of noun-phrase words ending at token ``j``: back over words that
    may be in a noun phrase, no pronoun, and not over a fronted date written without a
    comma ("On March 1 | the legion said", "In 2019 | the union said")."""
    while (
        j - 1 >= 0
        and _np_word(toks[j - 1][2], lex)
        and toks[j - 1][2].lower() not in _PRONOUNS
        and not _date_before(toks, j)
    ):
        j -= 1
    return j


def _lower_noun(w, lex):
    """Is ``w`` a lower-case noun or title of the lexicon, or the plural of one
    ("pharmacist", "pharmacists")?"""
    if not w.islower():
        return False
    return (
        w in lex.nouns
        or w in lex.titles
        or (w.endswith("s") and (w[:-1] in lex.nouns or w[:-1] in lex.titles))
    )


# singular heads of a group before "of" and a plural ("a number of nurses", "a group of
# parents", "a handful of residents"); also the bodies named by their members ("a
# coalition of shoppers", "an association of nurses")
_COLLECTIVE_HEADS = frozenset(
    "number group couple handful majority minority pair dozen crowd team coalition alliance "
    "association federation network consortium".split()
)


def _collective_of(toks, j):
    """Is ``toks[j]`` (a plural) after "of" and a group word ("a number of | nurses",
    "dozens of | nurses", "hundreds of | residents")?"""
    if j < 2 or toks[j - 1][2] != "of":
        return False
    w = toks[j - 2][2].lower()
    return w in _COLLECTIVE_HEADS or w in ("dozens", "hundreds", "thousands", "scores")


# lower-case words that open no noun phrase before a noun: conjunctions, adverbs
_NOT_NOUN_MODIFIER = frozenset(
    "and or nor but yet so then now also even only still while as because though although "
    "when if since after before where whereas once until unless than not".split()
)


def _noun_modifier_at_edge(toks, x):
    """Is toks[x] an unlisted lower-case noun modifier that opens a clause's subject
    right after a comma, semicolon, colon or dash ("..., grain traders said")?"""
    return _modifier_word(toks[x][2]) and toks[x - 1][2] in (",", ";", ":", "—", "–")


def _modifier_word(m):
    """May the word ``m`` be an unlisted lower-case noun modifier ("grain", "bond")?"""
    return (
        m.isalpha()
        and m.islower()
        and len(m) > 2
        and m not in _DETS
        and m not in _SENT_START_STOP
        and m not in _PREPS
        and m not in _NOT_NOUN_MODIFIER
        and not _skips_before_cue(m)
        and not m.endswith(("ed", "ing"))
    )


def _plural_conjunct_at_edge(toks, x):
    """Is toks[x] a lower-case plural noun right after a comma, semicolon, colon or
    dash, the first of two groups joined by "and" ("..., bankers and traders said")?"""
    m = toks[x][2]
    return (
        m.isalpha()
        and m.islower()
        and len(m) > 4
        and m.endswith("s")
        and not m.endswith("ss")
        and m not in _SENT_START_STOP
        and m not in _NOT_NOUN_MODIFIER
        and toks[x - 1][2] in (",", ";", ":", "—", "–")
    )


def _group_start(toks, i, j):
    """Where a lower-case noun phrase toks[j..i] that follows a comma really starts,
    taking in an unlisted noun modifier and a first group joined by "and".

    >>> toks = [(0, 1, ","), (2, 7, "grain"), (8, 15, "traders")]
    >>> _group_start(toks, 2, 2)
    1
    >>> toks = [(0, 1, ","), (2, 9, "bankers"), (10, 13, "and"), (14, 21, "traders")]
    >>> _group_start(toks, 3, 3)
    1
    """
    if j == i and j >= 2 and _noun_modifier_at_edge(toks, j - 1):
        j -= 1  # "..., grain traders said", "..., bond dealers say": the whole phrase
    if j >= 3 and toks[j - 1][2] == "and" and _plural_conjunct_at_edge(toks, j - 2):
        return j - 2  # "..., officials and scientists said": both groups
    if (
        j == i
        and j >= 4
        and toks[j - 2][2] == "and"
        and _modifier_word(toks[j - 1][2])
        and _plural_conjunct_at_edge(toks, j - 3)
    ):
        return j - 3  # "..., pilots and harbour officials said"
    return j


def _lone_acronym(toks, i, k):
    """Is token i an all-capital word of 5+ letters standing alone (no capitalised
    word in capitals right before it) right before a lower-case token k ("BFMTV
    reported", "NASCAR said"; not "POLICE SAY" or "TEN KILLED, POLICE said")?"""
    w = toks[i][2]
    if not (len(w) >= 5 and w.isupper() and w.isalpha()) or k >= len(toks) or k != i + 1:
        return False
    if not toks[k][2].islower():
        return False
    return i == 0 or not (toks[i - 1][2].isupper() and toks[i - 1][2].isalpha())


def _unlisted_modifiers(toks, j, lex):
    """Start of a noun phrase whose listed words begin at token ``j`` when one or two
    unlisted lower-case nouns modify it after a determiner or a possessive ("the city's
    transit agency", "the water agency": from the determiner); ``j`` otherwise."""
    if toks[j][2].lower() in _DETS or _possessive(toks[j][2]):
        return j  # ("a request the board said": the phrase has its determiner)
    m = j
    while (
        m - 1 >= 0
        and j - m < 2
        and _lower_hyphened(toks[m - 1][2])
        and toks[m - 1][2] not in _DETS
        and toks[m - 1][2] not in _SENT_START_STOP
        and toks[m - 1][2] not in _PRONOUNS
        and not _np_word(toks[m - 1][2], lex)
    ):
        m -= 1
    if m == j or m == 0:
        return j
    d = toks[m - 1][2]
    if d.lower() in ("the", "a", "an"):
        return m - 1
    if _AGED_RE.fullmatch(d) or _hyphened_modifier(d):
        if m >= 2 and toks[m - 2][2].lower() in ("the", "a", "an"):
            return m - 2  # "the 58-year-old school bus driver": an age before the modifiers
            # ("the fourth-year biology student": a hyphened modifier)
    if not _possessive(d) and _np_word(d, lex) and d.isalpha() and d.islower():
        m, d = _listed_modifier_lead(toks, m, lex)  # "the province's top bee official"
        if m < j and d.lower() in ("the", "a", "an"):
            return m - 1
        if (
            m < j
            and _AGED_RE.fullmatch(d)
            and m >= 2
            and toks[m - 2][2].lower() in ("the", "a", "an")
        ):
            return m - 2  # "the 63-year-old retired truck driver": the age before them
    if not _possessive(d) or not d[:1].islower():
        return j
    m -= 1  # "the city's": the possessive and its determiner
    return m - 1 if m >= 1 and toks[m - 1][2].lower() in ("the", "a", "an") else j


def _listed_modifier_lead(toks, m, lex):
    """(start, word before it) after walking back from token ``m`` over one or two
    listed lower-case modifiers ("top", "chief") that stand before unlisted ones ("the
    province's top bee official": "top" before "bee"); the word before is "" at the
    text's start."""
    n = m
    while (
        n - 1 >= 0
        and m - n < 2
        and toks[n - 1][2].isalpha()
        and toks[n - 1][2].islower()
        and _np_word(toks[n - 1][2], lex)
        and toks[n - 1][2] not in _DETS
        and toks[n - 1][2] not in _PRONOUNS
    ):
        n -= 1
    return n, toks[n - 1][2] if n >= 1 else ""


# ordinals not listed as numeric words ("third" is): "A second driver said"
_PLAIN_ORDINALS = frozenset("second fourth fifth sixth seventh eighth ninth tenth".split())


def _ordinal_opening(toks, j):
    """``j`` moved back over "a second" / "another fourth" right before the head at
    ``j`` ("A second driver said": one more driver, not the head "driver" alone);
    ``j`` itself when no such ordinal and determiner stand there.

    >>> toks = [(0, 0, w) for w in "A second driver".split()]
    >>> _ordinal_opening(toks, 2), _ordinal_opening(toks[1:], 1)
    (0, 1)
    """
    if j < 2 or toks[j - 1][2].lower() not in _PLAIN_ORDINALS:
        return j
    return j - 2 if toks[j - 2][2].lower() in ("a", "the", "another", "every") else j


def _lower_hyphened(w):
    """Is ``w`` a lower-case word, perhaps hyphened ("biology", "fourth-year")?

    >>> _lower_hyphened("fourth-year"), _lower_hyphened("-"), _lower_hyphened("Roe")
    (True, False, False)
    """
    return w.islower() and w.replace("-", "").isalpha() and w[0] != "-" and w[-1] != "-"


def _hop_over(toks, w, p, q, lex):
    """May ``_left_np1`` hop from a name back over "<w> <prep at p>" (``w`` at ``q``) to a
    person before it: an organisation word, an acronym, "in" a place, or a local
    government "<Head> of <Place>" ("Ann Roe of the Municipality of Birch Creek"), a
    people or body by a plural name ("the Mohawks of") or a geographic "the <Head> of"
    ("the Bay of Quinte")?"""
    return (
        w in lex.org_words
        or w.isupper()
        or toks[p][2].lower() == "in"
        or _place_body_head(toks, q, p)
        # "the Chippewas of Kettle Point First Nation", "the Mohawks of the Bay of
        # Quinte", "the Friends of Elm Creek": a people or body by a plural name
        or (q >= 1 and toks[q - 1][2] == "the" and _plural_body_name(w))
        # "the Bay of Quinte", "the Lake of the Woods": a geographic "<Head> of <Name>"
        or (q >= 1 and toks[q - 1][2] == "the" and toks[p][2] == "of" and w in _geographic_heads())
    )


def _group_plural_head(toks, q):
    """May the capitalised plural at ``q`` before "of" head a group of its own
    ("Critics of the plan said"): lower case after its first letter and no people or
    body by a plural name after "<Name> of the" (``_named_of_the_plural``)?

    >>> t = [(0, 0, w) for w in "Ann Roe of the Friends of Elm Creek".split()]
    >>> _group_plural_head(t, 4), _group_plural_head(t[2:], 2)
    (False, True)
    """
    return toks[q][2][1:].islower() and not _named_of_the_plural(toks, q)


def _named_of_the_plural(toks, q):
    """Is token ``q`` a people or body by a plural name after "<Name> of the" ("Ann Roe
    of the Friends of Elm Creek", "Chief Tom Vance of the Crees of ..."): the name's
    affiliation, which the hop over "the <Plural> of" passes, not a group?

    >>> t = [(0, 0, w) for w in "Ann Roe of the Friends of Elm Creek".split()]
    >>> _named_of_the_plural(t, 4), _named_of_the_plural(t[2:], 2)
    (True, False)
    """
    return (
        q >= 3
        and toks[q - 1][2] == "the"
        and toks[q - 2][2] in ("of", "at", "from", "with", "for")
        and _is_cap(toks[q - 3][2])
        and _plural_body_name(toks[q][2])
    )


def _plural_body_whole(toks, j2, q, p, e):
    """(q, e) when "the" opens a people or body by a plural name at ``q``, "of" at
    ``p`` and capitalised words (with "of" or "the" inside) up to ``e`` follow ("The
    Chippewas of Kettle Point First Nation said", "The Mohawks of the Bay of Quinte
    said": the whole name), and no "<Name> of" comes before "the" (item 1's person);
    None otherwise.

    >>> t = [(0, 0, w) for w in "The Chippewas of Kettle Point First Nation".split()]
    >>> _plural_body_whole(t, 1, 1, 2, 7), _plural_body_whole(t[1:], 0, 0, 1, 6)
    ((1, 7), None)
    """
    if not (
        j2 == q >= 1
        and toks[q - 1][2].lower() == "the"
        and toks[p][2] == "of"
        and _plural_body_name(toks[q][2])
        and _is_cap(toks[e - 1][2])
        and (q < 3 or toks[q - 2][2].lower() not in ("of", "at", "from", "with", "for"))
        and all(_is_cap(toks[x][2]) or toks[x][2] in ("of", "the") for x in range(p + 1, e))
    ):
        return None
    return (q, e)


def _plural_body_name(w):
    """Is ``w`` a capitalised plural name ("Chippewas", "Mohawks", "Friends")?

    >>> _plural_body_name("Chippewas"), _plural_body_name("Ross"), _plural_body_name("Roe")
    (True, False, False)
    """
    return len(w) > 4 and w[-1] == "s" and w[-2] not in "su'’" and w[1:].islower()


def _modifiers_opener(toks, x, j):
    """Does token ``x`` open lower-case modifiers before the head run at ``j``: a
    determiner, a capitalised word, or a possessive before a classifying possessive
    ("the region's largest | teachers' union")?"""
    w = toks[x][2]
    return w.lower() in _DETS or _is_cap(w) or _possessive_before_classifier(toks, x, j)


def _possessive_before_classifier(toks, p, j):
    """Is token ``p`` a lower-case possessive before lower-case modifiers and a
    classifying possessive at ``j`` ("the region's largest | teachers' union"): the
    phrase goes on to the first possessive's determiner?

    >>> t = [(0, 0, w) for w in "the region's largest teachers' union".split()]
    >>> _possessive_before_classifier(t, 1, 3), _possessive_before_classifier(t, 1, 4)
    (True, False)
    """
    a, b = toks[p][2], toks[j][2]
    return a.islower() and b.islower() and _possessive(a) and _possessive(b)


def _hyphened_modifier(w):
    """Is ``w`` a lower-case hyphened modifier ("fourth-year", "long-time")?"""
    return "-" in w and _lower_hyphened(w)


def _mixed_modifiers_opening(toks, j, i, lex):
    """Index of the determiner that opens an unlisted head's modifiers: ``j`` when
    ``toks[j]`` is one, else, when a listed
    modifier stands between unlisted ones ("the regional health authority said":
    "health" is a listed modifier, "regional" and "authority" are unlisted words), at
    most three words with the head; else None. The head must not read as a past verb.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "the regional health authority".split()]
    >>> _mixed_modifiers_opening(t, 2, 3, lexicon()), _mixed_modifiers_opening(t[1:], 1, 2, lexicon())
    (0, None)
    """
    first = toks[j][2].lower()
    if first in _DETS or _possessive(first):
        return j  # (a determiner or a possessive opens the run: "the actress")
    head = toks[i][2]
    if j == i or head.endswith("ed") or head in _IRREGULAR_PAST:
        return None
    if not all(toks[x][2].islower() and toks[x][2] in _ADJ for x in range(j, i)):
        return None
    m = j
    while (
        m - 1 >= 0
        and i - m < 3
        and toks[m - 1][2].isalpha()
        and toks[m - 1][2].islower()
        and toks[m - 1][2] not in _SENT_START_STOP
        and toks[m - 1][2] not in _NOT_ROLE
        and toks[m - 1][2] not in _PREPS
        and not _np_word(toks[m - 1][2], lex)
    ):
        m -= 1
    if m == j or m < 1 or toks[m - 1][2].lower() not in ("the", "a", "an"):
        return None
    return m - 1


def _relative_verb_before_adjuncts(toks, i, k, lex):
    """Is the unlisted lower-case word at token ``i`` the verb of a "who" clause, with at
    most one auxiliary between ("who has worked", "who lives"), and an adverb after it
    (before the cue at ``k``) skipped as an adjunct ("there for years", "nearby")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "A coach who has worked there said".split()
    >>> _relative_verb_before_adjuncts([(0, 0, w) for w in ws], 4, 6, lexicon())
    True
    >>> ws = "the hockey coach there said".split()
    >>> _relative_verb_before_adjuncts([(0, 0, w) for w in ws], 2, 4, lexicon())
    False
    """
    w = toks[i][2]
    if i + 1 >= k or toks[i + 1][2] in _PREPS or not (w.isalpha() and w.islower()):
        return False
    if _np_word(w, lex) or w in _SENT_START_STOP:
        return False
    for x in (i - 1, i - 2):
        if x < 1:
            return False
        t = toks[x][2]
        if t == "who":
            return x == i - 1 or toks[x + 1][2] in _RELATIVE_AUXILIARIES
        if not (t.isalpha() and t.islower()):
            return False
    return False


# an auxiliary between "who" and its clause's verb ("who has worked", "who had lived")
_RELATIVE_AUXILIARIES = frozenset("has have had is was were does did".split())


def _left_np0(toks, k, lex):
    """Parse the noun phrase ending right before token index k (exclusive).

    Returns (i0, i1) token index range or None."""
    i = _before_adjuncts(toks, k)
    if i < 0 or _relative_verb_before_adjuncts(toks, i, k, lex):
        return None  # (or "A coach who has worked there for years said": a clause's verb)
    w = toks[i][2]
    lw = w.lower()
    if lw in _PRONOUNS:
        return (i, i + 1)
    if lw in ("him", "them", "us", "me") and i >= 2 and toks[i - 1][2].lower() in ("to", "with"):
        return (i, i + 1)  # "a source close to him": _left_np walks to "source"
    if not _np_word(w, lex) and w.isalpha() and w.islower() and lw not in _SENT_START_STOP:
        # an unlisted common noun: "the actress said", "security specialists say"
        j = i
        while (
            j - 1 >= 0
            and i - j < 3
            and _lower_hyphened(toks[j - 1][2])
            and toks[j - 1][2] not in _DETS
            and toks[j - 1][2] not in _SENT_START_STOP
            and not _np_word(toks[j - 1][2], lex)
        ):
            j -= 1
        j = _np_words_back(toks, j, lex)
        if (opening := _mixed_modifiers_opening(toks, j, i, lex)) is not None:
            return (_participle_head(toks, opening, lex), i + 1)
        plural = len(lw) > 4 and lw.endswith("s") and not lw.endswith(_NOT_PLURAL)
        # "paramedics", "medics", "mechanics": "-ics" is a plural when "-ic" is a person
        plural = plural or (lw.endswith("ics") and lex.nouns.get(lw[:-1]) is not None)
        at_clause = (
            j == 0
            or toks[j - 1][2] in (",", ";", ":", "—", "–")
            or toks[j - 1][2][0] == MASK
            or toks[j - 1][2].lower()
            in ("and", "but", "while", "as", "because", "though", "although")
            or _collective_of(toks, j)  # "a number of nurses": _left_np walks to "number"
        )
        if plural and at_clause and i - j <= 2:
            return (j, i + 1)
        if plural and _responsible_field(toks, j, i, lex):
            return (j, i + 1)  # "the minister responsible for ferries said": the field
        return _role_of_field(toks, i, lex)  # "the director of public works said"
    if lw in _QUANT_SUBJ and (i == 0 or not _np_word(toks[i - 1][2], lex)):
        return (i, i + 1)  # "Several said", "Others say", "Many argue"
    if _lone_acronym(toks, i, k):
        return (i, i + 1)  # "BFMTV reported", "NASCAR said": a name, not headline capitals
    if not _np_word(w, lex) or lw in _DETS or lw in _SENT_START_STOP and not _is_cap(w):
        return None
    j = _np_words_back(toks, i, lex)
    if w.islower():  # "A and B said"; "A second driver said": the ordinal too
        j = _unlisted_modifiers(toks, _group_start(toks, i, _ordinal_opening(toks, j)), lex)
    # post-modified descriptor: "a spokesman for the campaign", "an official traveling with X"
    jj = j
    steps = 0
    while jj - 1 >= 0 and steps < 8:
        t = toks[jj - 1][2]
        lt = t.lower()
        if (
            lt in _PREPS
            or (lt.endswith("ing") and len(lt) > 4)
            or _np_word(t, lex)
            or lt in ("and",)
        ):
            jj -= 1
            steps += 1
            # stop once we reach a run containing a head noun
            if lt in lex.nouns and not _is_cap(t):
                k0 = jj
                while (
                    k0 - 1 >= 0
                    and _np_word(toks[k0 - 1][2], lex)
                    and toks[k0 - 1][2].lower() not in _PRONOUNS
                ):
                    k0 -= 1
                if any(
                    toks[x][2].lower() in _PREPS or toks[x][2].lower().endswith("ing")
                    for x in range(jj, j)
                ):
                    j = k0
                break
        else:
            break
    # lower-case modifiers between a determiner and the head: "the Democratic presidential candidate"
    jj = j
    while (
        jj - 1 >= 0
        and j - jj < 3
        and toks[jj - 1][2].isalpha()
        and toks[jj - 1][2].islower()
        and toks[jj - 1][2] not in _NOT_ROLE
        and toks[jj - 1][2] not in _SENT_START_STOP
        and not (toks[jj - 1][2] in _POSSESSIVE_DETS and toks[j][2].islower())
    ):
        jj -= 1
    if (
        jj < j
        and jj - 1 >= 0
        and _modifiers_opener(toks, jj - 1, j)
        and not (  # "a charge the company denied": "the company"
            toks[j][2].lower() in ("the", "a", "an")
            and toks[jj - 1][2].lower() in ("a", "an")
            and j - jj == 1
            and toks[jj][2].lower() not in _PREPS
        )
        # "the Department signed the Accord": a verb between a name and a determiner
        and not (
            toks[j][2].lower() in ("the", "a", "an")
            and _is_cap(toks[jj - 1][2])
            and any(
                toks[x][2].endswith("ed") or toks[x][2] in _IRREGULAR_PAST for x in range(jj, j)
            )
        )
    ):
        j = jj - 1
        while (
            j - 1 >= 0 and _np_word(toks[j - 1][2], lex) and toks[j - 1][2].lower() not in _PRONOUNS
        ):
            j -= 1
    # drop sentence-initial conjunctions/adverbs captured as capitalised words (the set first)
    while j <= i and toks[j][2].lower() in _SENT_START_STOP and _opening_stop_word(toks, j, lex):
        if j == i == k - 1 and _word_as_surname(toks, j, k):
            break  # '," From said': the surname
        j += 1
    if j > i:
        return None
    j2 = _compound_title_start(toks, j)  # "chairman and CEO Ann Roe said"
    if j2 < j:
        j = j2  # (and the words before it: "Selvane Mills vice president and CFO Ann Roe")
        while (
            j - 1 >= 0 and _np_word(toks[j - 1][2], lex) and toks[j - 1][2].lower() not in _PRONOUNS
        ):
            j -= 1
        while j < j2 and toks[j][2].lower() in _SENT_START_STOP and toks[j][2].lower() not in _DETS:
            j += 1  # ("But chairman and CEO Ann Roe said")
    # coordinated names: "President Bush and Russian President Vladimir Putin say"
    if j >= 2 and toks[j - 1][2] == "and" and _is_cap(toks[j][2]) and _is_cap(toks[j - 2][2]):
        j2 = _coordinated_start(toks, j, i, lex)
        if j2 >= 0:
            return (j2, i + 1)
    if (j2 := _two_people_start(toks, j, i, lex)) >= 0:
        return (j2, i + 1)  # "Chamber president Ann Roe and treasurer Tom Vale said"
    if j >= 2 and toks[j - 1][2] == "in" and _is_number(toks[j - 2][2]) and _is_number(toks[j][2]):
        j -= 2  # "six in 10 said", "About 4 in 10 voters say"
        if j >= 1 and toks[j - 1][2].lower() in ("about", "nearly", "almost", "roughly"):
            j -= 1
    return (j, i + 1)


# the title list's [modifier] words ("acting", "returning", "presiding")
_TITLE_MODIFIER_WORDS = load_titles()["modifier"]


def _title_modifier_before_title(toks, j, lex):
    """Is the lower-case toks[j] a title modifier right before a lower-case title word
    ("returning officer", "supervising coroner"), so part of a title, never a participle
    opening a clause ("Returning to the issue, Roe said")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "returning officer Ann Roe".split()]
    >>> _title_modifier_before_title(t, 0, lexicon())
    True
    >>> t = [(0, 0, w) for w in "returning home Ann Roe".split()]
    >>> _title_modifier_before_title(t, 0, lexicon())
    False
    """
    w = toks[j][2]
    if w not in _TITLE_MODIFIER_WORDS or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1][2]
    return nxt.islower() and nxt in lex.titles and nxt not in _TITLE_MODIFIER_WORDS


def _opening_stop_word(toks, j, lex):
    """Is toks[j] a sentence-start word dropped from the front of a noun phrase ("But",
    "Returning to the issue, ..."), no determiner and no title modifier before a title
    ("..., returning officer Ann Roe said")?"""
    low = toks[j][2].lower()
    return (
        low in _SENT_START_STOP
        and low not in _DETS
        and not _title_modifier_before_title(toks, j, lex)
    )


def _responsible_field(toks, j, i, lex):
    """Is the phrase from token ``j`` to the plural ``i`` the field after "<role>
    responsible for" ("the minister responsible for coastal ferries said"), so that
    ``np_left._widened_np`` moves it to the role (``responsible_for_head``)?"""
    return (
        j >= 5
        and toks[j - 1][2] == "for"
        and responsible_for_head(toks, (j, i + 1), lex) is not None
    )


def _role_of_field(toks, i, lex):
    """(start, i + 1) for a person's role and the field it is "of", ending at the
    unlisted lower-case noun ``i`` ("the director of public works said", "the city's
    head of pediatrics told"): at most three lower-case words after "of", a lower-case
    role title before it, and a determiner or possessive opening the role's phrase;
    else None."""
    x = i
    while x > 0 and i - x < 3 and _lower_hyphened(toks[x][2]) and toks[x][2] != "of":
        x -= 1
    if x < 2 or toks[x][2] != "of" or x == i:
        return None
    head = toks[x - 1][2]
    if not head.islower() or head not in _ROLE_TITLES:
        return None
    np_ = _left_np0(toks, x, lex)
    if np_ is None or np_[1] != x:
        return None
    first = toks[np_[0]][2].lower()
    if first not in _DETS and not _possessive(first):
        return None
    return (np_[0], i + 1)


def _coordinated_start(toks, j, i, lex):
    """Start of the names joined by the "and" before token ``j`` and ending at token
    ``i`` ("President Bush and Russian President Vladimir Putin say"), with the article
    of an organisation's name ("The Food and Drug Administration said"); -1 when the
    run opens with another sentence-start word."""
    j2 = j - 2
    while j2 - 1 >= 0 and _np_word(toks[j2 - 1][2], lex) and _is_cap(toks[j2 - 1][2]):
        j2 -= 1
    if (
        toks[i][2] in lex.org_words
        and j2 < j - 1
        and not any(toks[x][2].lower().rstrip(".") in COMPANY_SUFFIXES for x in range(j2, j - 1))
    ):
        if toks[j2][2] != "The" and j2 >= 1 and toks[j2 - 1][2] == "the":
            j2 -= 1
        if toks[j2][2] in ("the", "The"):
            return j2
    if _passive_agent_conjunct(toks, j2, j, i, lex):
        return -1  # "The audit was written by Ann Roe and Ben Hale said": Hale alone
    return j2 if toks[j2][2].lower() not in _SENT_START_STOP else -1


def _passive_agent_conjunct(toks, j2, j, i, lex):
    """Is the first of the names joined by "and" (tokens ``j2``..``j - 2``, the second
    ``j``..``i``) a passive's agent ("was written by Ann Roe and Ben Hale said": a
    participle and "by" before it), both names two words or more and the second no
    organisation's?

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "was written by Ann Roe and Ben Hale".split()
    >>> _passive_agent_conjunct([(0, 0, w) for w in ws], 3, 6, 7, lexicon())
    True
    >>> ws = "The report by Ann Roe and Ben Hale".split()
    >>> _passive_agent_conjunct([(0, 0, w) for w in ws], 3, 6, 7, lexicon())
    False
    """
    if j2 < 2 or toks[j2 - 1][2] != "by" or j - 1 - j2 < 2 or i - j < 1:
        return False
    p = toks[j2 - 2][2]
    return (
        p.islower()
        and (p.endswith(("ed", "en")) or p in _IRREGULAR_PAST)
        and toks[i][2] not in lex.org_words
    )


def _two_people_start(toks, j, i, lex):
    """Start of two people joined by "and" before the second's name at ``j``..``i``:
    two titled names ("Chamber president Ann Roe and treasurer Tom Vale"); -1 otherwise
    ("the senator and Tom Vale" stays Tom Vale: tests/test_quotes_top15.py)."""
    return _titled_pair_start(toks, j, i, lex)


def _titled_pair_start(toks, j, i, lex):
    """Start of two titled names joined by "and" whose second opens at token ``j`` with
    a lower-case title and ends at token ``i`` ("Chamber president Ann Roe and treasurer
    Tom Vale said": the first name with its title words), or -1.

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "Chamber president Ann Roe and treasurer Tom Vale".split()
    >>> _titled_pair_start([(0, 0, w) for w in ws], 5, 7, lexicon())
    0
    """
    if j < 3 or toks[j - 1][2] != "and" or toks[j][2] not in lex.titles:
        return -1
    if not (_is_cap(toks[j - 2][2]) and _is_cap(toks[j - 3][2])):
        return -1  # (the first person's name, two words at least)
    if not all(_is_cap(toks[x][2]) for x in range(j + 1, i + 1)) or i - j < 2:
        return -1  # ("treasurer Tom Vale": a name of two words after the title)
    a = j - 3
    while (
        a - 1 >= 0
        and j - a < 6
        and _is_cap(toks[a - 1][2])
        and toks[a - 1][2].isalpha()
        and toks[a - 1][2].lower() not in lex.titles
    ):
        a -= 1
    if a < 1 or toks[a - 1][2].lower() not in lex.titles:
        return -1  # (the first name titled too)
    a -= 1
    while a - 1 >= 0 and j - a < 8 and _is_cap(toks[a - 1][2]) and toks[a - 1][2].isalpha():
        a -= 1  # "Chamber president"
    return a if toks[a][2].lower() not in _SENT_START_STOP else -1


def _is_number(w: str) -> bool:
    return w.isdigit() or w.lower() in _NUMERIC


def _unlisted_modifiers_to_head(toks, j, lex, after_cap=False):
    """End (exclusive) of 1-3 lower-case modifiers starting at toks[j], at least one
    of them unlisted, plus the listed lower-case head noun after them, when toks[j - 1]
    is a lower-case noun-phrase word or an acronym ("former tech executive", "GOP
    leadership aide", "U.S. law enforcement official", "county election official"),
    or any capitalised word when ``after_cap`` ("a Tulsa business owner"); else 0."""
    prev = toks[j - 1][2]
    if not (
        (prev.islower() and _np_word(prev, lex))
        or (len(prev) > 1 and prev.replace(".", "").isupper())
        or (after_cap and _is_cap(prev))
    ):
        return 0
    n = len(toks)
    x = j
    unlisted = False
    while x < n and x - j <= 3:
        w = toks[x][2]
        if not (w.isalpha() and w.islower()):
            return 0
        if w in lex.nouns or w in lex.titles:
            return x + 1 if unlisted else 0
        if (
            w in _NOT_ROLE
            or w in _DETS
            or w in _PREPS
            or w in _SENT_START_STOP
            or w in _TIME_WORDS
            or w.endswith(("ed", "ly"))
        ):
            return 0
        unlisted = unlisted or not _np_word(w, lex)
        x += 1
    return 0


# --------------------------------------------------------------------------- junk speakers


# prepositions that place a speaker at a geographic feature ("staff at the Columbia
# Icefield", "hikers near Peyto Lake")
_GEO_PREPS = frozenset("at near on in from around by below above outside beside along".split())

# the part of a feature named before "of" ("growers along the south shore of Georgian
# Bay", "cottagers on the far side of Kettle Lake"): the preposition before "the" places
# the subject; up to two lower-case modifiers ("south", "far", "eastern") before the noun
_REGION_NOUNS = REGION_NOUNS


def _region_of_prep(toks, p):
    """The preposition before "the <region> of" when token ``p`` is that "of" ("along
    the south shore of": "along"), else ``p``.

    >>> t = [(0, 0, w) for w in "growers along the south shore of Georgian Bay".split()]
    >>> _region_of_prep(t, 5), _region_of_prep(t, 1)
    (1, 1)
    """
    if p < 3 or toks[p][2] != "of" or toks[p - 1][2] not in _REGION_NOUNS:
        return p
    d = p - 2
    while d > p - 4 and d >= 1 and toks[d][2].isalpha() and toks[d][2].islower():
        if toks[d][2] == "the":
            break
        d -= 1
    if toks[d][2] == "the" and d >= 1 and toks[d - 1][2].lower() in _GEO_PREPS:
        return d - 1
    return p


def _geographic_prep(toks, j, e):
    """The index of the preposition before the capitalised name ``j``..``e`` (over
    "the") when the name ends in a geographic feature's head ("at the Columbia
    Icefield", "near Peyto Lake") and opens with no given name; None otherwise.

    >>> t = [(0, 0, w) for w in "staff at the Columbia Icefield".split()]
    >>> _geographic_prep(t, 3, 5), _geographic_prep(t, 2, 5), _geographic_prep(t, 0, 1)
    (1, 1, None)
    """
    p = j - 1
    if toks[j][2] == "the":
        j += 1  # ("the Athabasca Glacier" as the noun phrase)
    elif p >= 1 and toks[p][2] == "the":
        p -= 1
    if e - j < 2 or toks[e - 1][2] not in _geographic_heads() or not _is_cap(toks[j][2]):
        if p >= 3 and _is_cap(toks[j][2]) and (r := _region_of_prep(toks, p)) != p:
            return r  # "in the north end of Lambton County": a region of a place, any head
        return None
    p = _region_of_prep(toks, p)  # ("along the south shore of Georgian Bay")
    return p if p >= 1 and toks[p][2].lower() in _GEO_PREPS else None


def _geographic_subject(toks, q):
    """Is token ``q`` the head of a subject placed at a geographic feature: a plural
    ("Hikers near Peyto Lake said") or a noun after "a" ("a guide at the Athabasca
    Glacier said")?"""
    return _plural_subject(toks, q) or _indefinite_head(toks, q)


def _indefinite_head(toks, q):
    """Is token ``q`` a lower-case noun after "a"/"an"/"one" and at most one lower-case
    modifier ("a guide", "a park warden")?

    >>> t = [(0, 0, w) for w in "a park warden at".split()]
    >>> _indefinite_head(t, 2), _indefinite_head(t, 0)
    (True, False)
    """
    if not (toks[q][2].isalpha() and toks[q][2].islower()):
        return False
    for d in (q - 1, q - 2):
        if d < 0 or toks[d][2].lower() in ("a", "an", "one"):
            return d >= 0
        if not (toks[d][2].isalpha() and toks[d][2].islower()):
            return False
    return False


def _people_at_name(toks, p, q, np_, lex):
    """Is ``toks[q]`` a plural of people ("visitors", "Parents" opening the clause) or
    a noun after "a" ("a guide") before the preposition ``p`` (at/in/from/near ...) and a capitalised name at ``j``
    that opens with no given name or title ("Visitors at Lake Louise said", "parents at
    Riverside Elementary said": the group speaks, not the place)?

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "Visitors at Lake Louise said".split()]
    >>> _people_at_name(t, 1, 0, (2, 4), lexicon())
    True
    >>> t = [(0, 0, w) for w in "Peters from Acme Foods said".split()]
    >>> _people_at_name(t, 1, 0, (2, 4), lexicon())
    False
    >>> t = [(0, 0, w) for w in "Staff to Lake Louise said".split()]
    >>> _people_at_name(t, 1, 0, (2, 4), lexicon())
    True
    >>> t = [(0, 0, w) for w in "growers in Prince Edward County say".split()]
    >>> _people_at_name(t, 1, 0, (2, 5), lexicon())
    True
    """
    j, e = np_
    prep = toks[p][2].lower()
    if (prep not in _GEO_PREPS and prep != "to") or p != q + 1:
        return False
    if (
        prep in ("at", "to")
        and not place_like([t[2] for t in toks[j:e]], lex)
        and not _member_plural(toks, q, j)
    ):
        return False  # ("Analysts at Q&R Global said": the firm, by convention; "Visitors
        # to Lake Louise said" but not "Advisers to Ann Roe")
    first = toks[j + 1][2] if toks[j][2] == "the" and j + 1 < len(toks) else toks[j][2]
    lf = first.lower().rstrip(".")
    if not _is_cap(first) or lf in lex.gender:
        return False
    if lf in lex.titles and toks[e - 1][2] not in lex.place_words:
        return False  # (a title opens a person's name, not "Prince Edward County")
    w = toks[q][2]
    if _indefinite_head(toks, q):  # "a guide at Lake Louise said": the guide (not "an
        w = toks[q][2]  # email from Ann Roe", "an exit in Corona")
        return _lower_noun(w, lex) or _place_job_head(w) or w in ("man", "woman", "person")
    if w.lower() in _PEOPLE_MASS_NOUNS and (w.islower() or q == 0 or toks[q - 1][2] in ",;"):
        return True  # "Staff at Lake Louise said", "people in Banff say"
    if not _plural_subject(toks, q) or w.lower() in lex.gender:
        return False
    return (
        w.islower()
        or _lower_noun(w.lower(), lex)
        or w.lower().endswith(AGENT_PLURALS)
        or (w.lower().endswith("ers") and place_like([t[2] for t in toks[j:e]], lex))
    )


@lru_cache(maxsize=1)
def _member_plurals():
    return frozenset(_lines("member_plural_nouns.txt"))


def _member_plural(toks, q, j):
    """Is token ``q`` a listed plural of members who do not speak for their body
    (``resources/member_plural_nouns.txt``: "Students at the Université de Moncton
    say": the students) before "at" and a capitalised name at ``j``?

    >>> t = [(0, 0, w) for w in "Students at the Université de Moncton say".split()]
    >>> _member_plural(t, 0, 2)
    True
    >>> t = [(0, 0, w) for w in "Analysts at Q&R Global said".split()]
    >>> _member_plural(t, 0, 2)
    False
    """
    return toks[q][2].lower() in _member_plurals() and _plural_subject(toks, q)


def _plural_subject(toks, q):
    """Is token ``q`` a plural noun that may head a subject before a preposition: a
    lower-case one ("hikers near") or one opening the clause ("Crews at")?

    >>> t = [(0, 0, w) for w in "Crews at the hikers at".split()]
    >>> _plural_subject(t, 0), _plural_subject(t, 3), _plural_subject(t, 2)
    (True, True, False)
    """
    w = toks[q][2]
    if len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is")) or not w.isalpha():
        return False
    if w.islower():
        return w not in _SENT_START_STOP
    opens = q == 0 or toks[q - 1][2] in ('"', "\u201c", "(", "--", "\u2014")
    return opens and w[1:].islower()


@lru_cache(maxsize=1)
def _place_body_heads() -> frozenset:
    """Head words of "<Head> of <Place>" local governments (resources/place_body_heads.txt)."""
    return frozenset(_lines("place_body_heads.txt"))


def _place_body_head(toks, q, p):
    """Is token ``q`` the head of a local government named "<Head> of <Place>" ("the
    City of Elm Creek", "the Municipality of Birch Creek"), with "of" at ``p`` right
    after it?

    >>> t = [(0, 0, w) for w in "Ann Roe of the Municipality of Birch Creek".split()]
    >>> _place_body_head(t, 4, 5), _place_body_head(t, 1, 2)
    (True, False)
    """
    return toks[p][2] == "of" and p == q + 1 and toks[q][2] in _place_body_heads()
