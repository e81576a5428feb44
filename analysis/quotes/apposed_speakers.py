"""Speakers in an apposition before the cue (``_apposition_speaker``: "Name, 21, a
junior from X, said", "A hopeful, Carly Fiorina, says"), the list items that continue
a "which" / "who" insertion, and the phrase tests it needs: "<City>, <Prov>.-based"
descriptions, a predicate inside the phrase, "<det> <head> of ..." and a company's
name ending in its legal form.
"""

from __future__ import annotations

import re

from .blocks import MASK
from .kin_apposed_pairs import kin_pair_start
from .lexicon import (
    _DETS,
    _IRREGULAR_PAST,
    _NOT_ROLE,
    COMPANY_SUFFIXES,
    PLACE_ADVERBS,
    _lines,
    load_titles,
)
from .np_left import _left_np
from .phrases import _AGED_RE, SPEAKER_PREPS, _is_cap, _possessive

# a state's postal code ("Berea, OH,"): a place, never an apposition's name
_STATE_CODE_RE = re.compile(r"[A-Z]{2}")

# a province's or state's abbreviation after a town ("from Golden, B.C., said"): a
# place, never an apposition's name
_APPOSITION_PLACE_ABBRS = frozenset(_lines("place_abbreviations.txt"))

# a segment opening with an auxiliary ("was spotted", "had been missing") is a predicate:
# the phrase before it is a clause's subject, never an apposition before the cue
_APPOSITION_AUXILIARIES = frozenset("was were is are has had have will would".split())

# "Ont.-based", "N.S.-based": a province's abbreviation before a hyphenated modifier
_ABBR_BASED_RE = re.compile(r"(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){1,3})-based")


def _place_based(toks, a, b):
    """Is toks[a:b] "<Det> <City>, <Prov>.-based <lower-case words>"?"""
    j = next((x for x in range(a + 1, b) if toks[x][2] == ","), -1)
    return (
        j > a
        and j + 2 < b
        and toks[j - 1][2][:1].isupper()
        and _ABBR_BASED_RE.fullmatch(toks[j + 1][2]) is not None
        and all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(j + 2, b))
    )


def _person_of_company_dot(toks, a, b):
    """(a, of) when toks[a:b] is a capitalised name, "of" and a company whose legal form
    and its period close the segment ("Bo Quince of Quince Advisory Inc ."): the
    person's tokens; None otherwise.

    >>> ws = "Bo Quince of Quince Advisory Inc .".split()
    >>> _person_of_company_dot([(0, 0, w) for w in ws], 0, 7)
    (0, 2)
    """
    if b - a < 5 or toks[b - 1][2] != "." or toks[b - 2][2].lower() not in COMPANY_SUFFIXES:
        return None
    of = next((x for x in range(a + 2, min(a + 5, b - 2)) if toks[x][2] == "of"), -1)
    if of < 0 or not all(toks[x][2][:1].isupper() for x in range(a, b - 1) if x != of):
        return None
    return a, of


def _person_of_unit(toks, a, b):
    """(a, of) when toks[a:b] is a capitalised name, "of", an institution's possessive
    and one to five lower-case words naming a unit of it ("Ann Roe of Laval
    University's faculty of law"): the person's tokens; None otherwise.

    >>> ws = "Ann Roe of Laval University's faculty of law".split()
    >>> _person_of_unit([(0, 0, w) for w in ws], 0, 8), _person_of_unit([(0, 0, w) for w in ws[:5]], 0, 5)
    ((0, 2), None)
    """
    of = next((x for x in range(a + 2, min(a + 6, b - 2)) if toks[x][2] == "of"), -1)
    if of < 0 or not all(toks[x][2][:1].isupper() for x in range(a, of)):
        return None
    pos = next((x for x in range(of + 1, min(of + 6, b - 1)) if _possessive(toks[x][2])), -1)
    if pos < 0 or not all(toks[x][2][:1].isupper() for x in range(of + 1, pos + 1)):
        return None
    tail = [toks[x][2] for x in range(pos + 1, b)]
    if not 1 <= len(tail) <= 5 or not all(w.isalpha() and w.islower() for w in tail):
        return None
    return a, of


def _has_predicate(toks, a, b):
    """Do tokens a..b hold a past-tense verb after their first word ("Prices rose",
    "Sales jumped 12 percent"): a clause, not a noun phrase ("a retired teacher")?

    >>> toks = [(0, 6, "Prices"), (7, 11, "rose"), (12, 13, "5")]
    >>> _has_predicate(toks, 0, 2), _has_predicate([(0, 7, "retired")], 0, 1)
    (True, False)
    """
    for x in range(a + 1, b):
        w = toks[x][2]
        if w in _IRREGULAR_PAST:
            return True
        if w.endswith("ed") and w.islower() and x + 1 < b:
            nxt = toks[x + 1][2]  # "jumped 12 percent", "raised the rate"
            if nxt[:1].isdigit() or nxt.lower() in _DETS:
                return True
    return False


# past forms read as a participle in a noun phrase ("the lost dog") that end a clause
# when an adverb follows ("The team lost again")
_PAST_BEFORE_ADVERB = frozenset("lost won fell rose left".split())


_CLAUSE_END_ADVERBS = frozenset(_lines("clause_end_adverbs.txt"))


def _past_then_adverb(toks, np_, b):
    """Does the noun phrase ``np_`` read before the comma at ``b`` end in a past form
    ("lost", "folded") after a noun, with only an adverb of
    resources/clause_end_adverbs.txt ("again", "early") left before the comma: a clause
    ("The team lost again, said a player"), not a described speaker ("A man injured
    there, a welder, said")?

    >>> t = [(0, 3, "The"), (4, 8, "team"), (9, 13, "lost"), (14, 19, "again")]
    >>> _past_then_adverb(t, (0, 3), 4), _past_then_adverb(t[:3], (0, 3), 3)
    (True, False)
    """
    w = toks[np_[1] - 1][2]
    return (
        np_[1] - np_[0] >= 3
        and (w in _PAST_BEFORE_ADVERB or (w.endswith("ed") and w.islower()))
        and b - np_[1] == 1
        and toks[np_[1]][2] in _CLAUSE_END_ADVERBS
    )


# words that open a list of examples, not an apposition naming the speaker
_EXAMPLE_LEADS = frozenset(
    "like including such especially notably unlike among except besides".split()
)


def _head_of_np(toks, a, b, lex):
    """Are tokens a..b a determiner, one or two head words, "of" and at most four
    words with no predicate ("The employee of four years", "the owner of the bakery")?"""
    of = next((x for x in range(a + 2, min(a + 4, b)) if toks[x][2].lower() == "of"), -1)
    if of < 0 or not 1 <= b - of - 1 <= 4:
        return False
    if toks[a][2].lower() not in ("the", "a", "an"):
        return False
    heads = [toks[x][2] for x in range(a + 1, of)]
    return (
        all(w.isalpha() and w.islower() and w not in _NOT_ROLE for w in heads)
        and (heads[-1] in lex.nouns or heads[-1] in lex.titles)
        and all(toks[x][2].isalnum() for x in range(of + 1, b))
        and not _has_predicate(toks, a, b)
    )


# prepositions after a reduced participle on a described person ("stopped at", "parked
# near", "standing outside")
_PARTICIPLE_PREPS = frozenset("at in near outside on by behind beside with along".split())


def _participle_described(toks, a, b, lex):
    """End of the head of tokens a..b when they are a determiner, one to three
    lower-case words ending in a person noun, then a participle ("-ed" / "-ing") and a
    preposition: "A truck driver stopped at a service station near Dryden" (a reduced
    relative on the person); else 0.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "A truck driver stopped at a station".split()]
    >>> _participle_described(t, 0, len(t), lexicon())
    3
    >>> t = [(0, 0, w) for w in "The plan stopped at a station".split()]
    >>> _participle_described(t, 0, len(t), lexicon())
    0
    """
    if toks[a][2].lower() not in ("a", "an", "the", "one", "another"):
        return 0
    for h in range(a + 2, min(a + 5, b - 1)):
        w, p = toks[h][2], toks[h + 1][2]
        if w.islower() and w.endswith(("ed", "ing")) and p in _PARTICIPLE_PREPS:
            head = toks[h - 1][2]
            words = [toks[x][2] for x in range(a + 1, h)]
            ok = all(x.isalpha() and x.islower() for x in words)
            return h if ok and (head in lex.nouns or head in lex.titles) else 0
    return 0


def _company_dot_np(toks, b, lex):
    """The noun phrase ending right before token ``b`` when it ends in a company's legal
    form and its period, split off as a token ("Acme Corp., a Toronto company, said":
    "Acme Corp ."); None otherwise.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "Acme Corp . , a firm".split()]
    >>> _company_dot_np(t, 3, lexicon()), _company_dot_np(t, 2, lexicon())
    ((0, 3), None)
    """
    if b < 2 or toks[b - 1][2] != "." or toks[b - 2][2].lower() not in COMPANY_SUFFIXES:
        return None
    np_ = _left_np(toks, b - 1, lex)
    return None if np_ is None else (np_[0], b)


_RELATIVE_WORDS = frozenset("who whom whose which that".split())


def _clause_with_auxiliary(toks, a, b):
    """Do tokens a..b hold an auxiliary after their first word with no relative word
    before it ("The union is ready", "The team will win"): a clause, no apposition?

    >>> toks = [(0, 0, w) for w in "The union is ready".split()]
    >>> _clause_with_auxiliary(toks, 0, 4), _clause_with_auxiliary(toks[:2], 0, 2)
    (True, False)
    """
    for x in range(a + 1, b):
        w = toks[x][2]
        if w.lower() in _RELATIVE_WORDS:
            return False  # ("Ann Roe, who is a doctor, said")
        if w in _APPOSITION_AUXILIARIES:
            return True
    return False


def _kin_pair_span(toks, segs):
    """Char span of "<Name> and <his/her> <kin noun>, <Name2>" when a segment of ``segs``
    (right to left, as ``_apposition_speaker`` collects them) is a name apposed to a kin
    noun coordinated with a name that opens the sentence (``kin_apposed_pairs``); else
    None."""
    for a, b in segs:
        if b - a >= 1 and a >= 1 and toks[a - 1][2] == "," and (j0 := kin_pair_start(toks, a)) >= 0:
            return (toks[j0][0], toks[b - 1][1])
    return None


# the words opening a relative clause set off by commas: its noun phrase is an object
# ("The millwright, who chairs the association, said": the millwright)
_RELATIVE_OPENERS = frozenset(("who", "which", "whose"))
_EXAMPLE_OR_RELATIVE = _EXAMPLE_LEADS | _RELATIVE_OPENERS


def _apposition_speaker(toks, c, lex):
    """Speaker of "Name, 21, a junior from X, said" / "A hopeful, Carly Fiorina, says".

    ``c`` is the index of the separator right before the cue. Returns a char span."""
    segs = []
    b = c
    steps = 0
    while b > 0 and len(segs) < 4 and steps < 40:
        a = b - 1
        while a >= 0 and toks[a][2] not in (",", "—", "–", ";") and toks[a][2][0] != MASK:
            a -= 1
            steps += 1
        if segs and segs[-1][0] == b + 1 and _ABBR_BASED_RE.fullmatch(toks[b + 1][2]):
            segs[-1] = (a + 1, segs[-1][1])  # "The Mississauga, Ont.-based chain": one segment
        else:
            segs.append((a + 1, b))
        if a < 0 or toks[a][2] not in (",", "—", "–"):
            break
        b = a
    if any(b > a and toks[a][2] in _APPOSITION_AUXILIARIES for a, b in segs):
        return None  # "Ann Lee, 38, was found in a ravine, said X": a clause, not an apposition
    if (pair := _kin_pair_span(toks, segs)) is not None:
        return pair  # "Ann Roe and her brother, Tom Roe, who farm ..., said": the pair
    if len(segs) == 1 and _clause_with_auxiliary(toks, *segs[0]):
        return None  # "The union is ready, said the mayor": a clause, the speaker after
    full = []
    for a, b in reversed(segs):  # left to right
        if b <= a:
            continue
        if b == c and b - a >= 5 and (pu := _person_of_unit(toks, a, b)) is not None:
            full.append(pu)  # "A tax lawyer, Ann Roe of Laval University's law school, said"
            continue
        if b - a >= 4 and toks[a + 1][2] != "," and _place_based(toks, a, b):
            return (toks[a][0], toks[b - 1][1])  # "The Mississauga, Ont.-based chain"
        np_ = _left_np(toks, b, lex) or (
            _company_dot_np(toks, b, lex) if b < c or len(segs) > 1 else None
        )
        if np_ is None and b == c and (np_ := _person_of_company_dot(toks, a, b)) is not None:
            full.append(np_)  # "The trustee ..., Bo Quince of Quince Advisory Inc., said"
            continue
        if np_ is not None and np_[1] == b and (n := _of_titled_name(toks, a, b, lex)) > a:
            full.append((n, b))  # "An official, director general of rail safety Ann Roe, said"
        elif np_ is not None and np_[1] <= a:
            full.append(np_)  # "Ann Lee, 61, of Shediac, N.B., who ...": over the place
        elif np_ is not None and np_[0] == a:
            if not _has_predicate(toks, a, np_[1]) and not _past_then_adverb(toks, np_, b):
                full.append((a, np_[1]))
        elif (
            np_ is not None
            and np_[0] - a <= 2
            and toks[a][2].lower() not in _EXAMPLE_OR_RELATIVE  # "like Holt", ", who chairs it,"
            and not (  # ", dated May 4," (not "retired welder Ann Roe of Barrie,")
                toks[a][2].islower()
                and toks[a][2].endswith("ed")
                and not (np_[0] - a == 2 and toks[a + 1][2].isalpha() and toks[a + 1][2].islower())
            )
            and all(
                toks[x][2].isalpha()
                and (
                    toks[x][2].lower() not in _NOT_ROLE
                    or toks[x][2].lower() in ("and", "but", "so", "while", "whereas")
                )
                for x in range(a, np_[0])
            )
            and not _has_predicate(toks, a, np_[0])  # "Prices rose 5 percent, said X"
        ):
            full.append((a, np_[1]))
        elif (
            np_ is not None
            and np_[0] > a
            and toks[np_[0] - 1][2].lower() == "that"
            and toks[a][2].lower() not in ("who", "which", "whose")
        ):  # (not "..., who asked that his name not be used, said": the relative's object)
            full.append(np_)  # "It was years ago that Oren Bask, the mayor, said"
        elif _head_of_np(toks, a, b, lex) or _named_description(toks, (a, b)):
            full.append((a, b))  # "The employee of four years, a ..., said"; "a carrier named X"
        elif b < c and toks[b + 1][2] == "who" and (h := _participle_described(toks, a, b, lex)):
            full.append((a, h))  # "A driver stopped at a gas station, who gave ..., said"
    # (a place adverb set off by a comma is no speaker: "Nearby, welder Ann Roy, ... said")
    full = [g for g in full if g[1] - g[0] > 1 or toks[g[0]][2].lower() not in PLACE_ADVERBS]
    full = _after_clause_conjunction(toks, segs, _drop_relative_list_items(toks, segs, full))
    full = _drop_office_field_heads(toks, segs, _drop_office_field_tails(toks, segs, full), lex)
    if not full:
        return None

    def proper(seg):
        a, b = seg
        dot = b - a > 1 and toks[b - 1][2] == "."  # ("Acme Inc .": the legal form)
        w0, w1 = toks[a][2], toks[b - 2 if dot else b - 1][2]
        if b - a == 1 and (
            _STATE_CODE_RE.fullmatch(w0) or w0 in lex.place_names or w0 in _APPOSITION_PLACE_ABBRS
        ):
            return False  # "in Berea, OH, after ...": a place set off by commas
        return w0[:1].isupper() and w0.lower() not in _DETS and _is_cap(w1)  # ("d'Anjou")

    def named(seg):
        # a name after lower-case title words or "the" ("retired teacher Hugh Hill",
        # "the Serious Incident Response Team", "United Food Workers Local 1180"), not an
        # office ("Ontario's Solicitor General") nor "a doctor from Boston"
        a, b = seg
        w1 = toks[b - 1][2]
        if (w1.isdigit() or w1 == ".") and b - a > 1:  # ("Acme Inc .": the legal form)
            w1 = toks[b - 2][2]
        return (
            _is_cap(w1)  # (a surname after an elided particle: "Rosalie d'Entremont")
            and w1.lower() not in lex.titles
            and toks[a][2].lower() not in ("a", "an")
            and not any(
                toks[x][2].lower() in SPEAKER_PREPS
                and not (x > a and toks[x - 1][2][:1].isupper() and toks[x + 1][2][:1].isupper())
                for x in range(a, b)
            )  # (a preposition inside a name is no "from Boston": "the Journal of Soil Science")
        )

    if (pair := _apposed_name_pair(toks, full, proper, named)) is not None:
        return pair  # "The president, Ann Roe, and its treasurer, Tom Vale, said": both
    # a name beats an office written in capitals: "Ontario's Solicitor General, Ann
    # Roy, said" / "Another delegate, retired teacher Hugh Hill, said" -> the name
    for seg in full:
        if proper(seg) and named(seg):
            return (toks[seg[0]][0], toks[seg[1] - 1][1])
    for seg in full:
        if named(seg) or proper(seg):
            return (toks[seg[0]][0], toks[seg[1] - 1][1])
    if (named_body := _indefinite_then_definite_name(toks, full)) is not None:
        return named_body  # "A consumer agency, the New Home Buyers Office, said"
    for seg in full:  # "That witness, a dishwasher named Ann Roe, said": the name
        if _named_description(toks, seg):
            return (toks[seg[0]][0], toks[seg[1] - 1][1])
    if (
        len(full) >= 2
        and toks[full[0][0]][2].lower() == "the"
        and toks[full[-1][0]][2].lower() in ("a", "an")
    ):  # "The 39-year-old, a former flight surgeon, said": the definite subject
        return (toks[full[0][0]][0], toks[full[0][1] - 1][1])
    for seg in full:  # ("One of them, a retired carrier named Ann Roe, said": a person)
        if _person_segment(toks, seg, lex) or (seg is full[0] and _determiner_title(toks, seg)):
            return (toks[seg[0]][0], toks[seg[1] - 1][1])
    for seg in full:  # "The 24-year-old from Guelph, running her first race, said": the person
        if toks[seg[0]][2].lower() == "the" and any(
            _AGED_RE.fullmatch(toks[x][2]) for x in range(seg[0] + 1, min(seg[0] + 3, seg[1]))
        ):
            return (toks[seg[0]][0], toks[seg[1] - 1][1])
    for seg in full:  # "A truck driver stopped at ..., who ..., said": the person
        if seg[1] + 1 < len(toks) and _participle_described(toks, seg[0], seg[1] + 2, lex):
            return (toks[seg[0]][0], toks[seg[1] - 1][1])
    return _relative_described(toks, full)


def _person_segment(toks, seg, lex):
    """Does the segment ``seg`` hold a speaker noun ("a retired carrier") or a named
    description ("a carrier named Ann Roe")?"""
    return any(toks[x][2].lower() in lex.nouns for x in range(*seg)) or _named_description(
        toks, seg
    )


# role titles that name a person as the head of "the ..." (not "the press", "the
# council", "the staff": bodies)
_PERSON_ROLES = load_titles()["role"] - {
    "press",
    "council",
    "staff",
    "lead",
    "head",
    "guard",
    "host",
    "receiver",
    "allies",
    "officials",
    "member",
    "elect",
}


def _determiner_title(toks, seg):
    """Is the segment ``seg`` a determiner and a role title as its head, an office that
    names a person ("the mayor", "a deputy minister"), opening the sentence or right
    after a quotation ('"A," the mayor, asked where it went, said'; not "... while Ann
    Roe, the former mayor, opined on": an apposition to a name)?

    >>> t = [(0, 0, w) for w in "the mayor".split()]
    >>> _determiner_title(t, (0, 2)), _determiner_title(t, (1, 2))
    (True, False)
    """
    a = seg[0]
    return (
        seg[1] - a >= 2
        and toks[a][2].lower() in ("the", "a", "an")
        and toks[seg[1] - 1][2].lower() in _PERSON_ROLES
        and (a == 0 or toks[a - 1][2][0] == MASK or (a >= 2 and toks[a - 2][2][0] == MASK))
    )


# conjunctions that open a clause of their own before an apposed subject ("A, the mayor
# said, while the county engineer, who inspected it, said B"): never a pair's "and"
_CLAUSE_CONJUNCTIONS = frozenset("while whereas".split())


def _after_clause_conjunction(toks, segs, full):
    """The spans of ``full`` from the last segment of ``segs`` that opens with "while" /
    "whereas" on, that word cut: the segments before it are another clause ("The mayor
    spoke, while the county engineer, who inspected it, said": the engineer).

    >>> ws = "The mayor spoke , while the engineer , who saw it ,".split()
    >>> t = [(0, 0, w) for w in ws]
    >>> _after_clause_conjunction(t, [(0, 3), (4, 7), (8, 11)], [(0, 3), (4, 7)])
    [(5, 7)]
    """
    opens = [a for a, b in segs if b > a + 1 and toks[a][2] in _CLAUSE_CONJUNCTIONS]
    if not opens:
        return full
    lo = max(opens)
    return [(a + 1 if a == lo else a, b) for a, b in full if a >= lo]


def _relative_described(toks, full):
    """Char span of a segment of ``full`` that is a determiner and one to three
    lower-case words right before ", who" ("while the county engineer, who inspected it,
    said": a person, though "engineer" is no listed speaker noun); else None.

    >>> t = [(0, 3 * i, w) for i, w in enumerate("the county engineer , who saw it ,".split())]
    >>> _relative_described(t, [(0, 3)])
    (0, 6)
    >>> _relative_described(t[:5], [(1, 3)]) is None
    True
    """
    for a, b in full:
        if (
            b + 1 < len(toks)
            and toks[b][2] == ","
            and toks[b + 1][2] == "who"
            and toks[a][2].lower() in ("the", "a", "an")
            and 2 <= b - a <= 4
            and all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a + 1, b))
        ):
            return (toks[a][0], toks[b - 1][1])
    return None


def _of_titled_name(toks, a, b, lex):
    """Start of the name that ends the segment ``a``..``b`` after a lower-case job title
    with an "of" field ("director general of rail safety Ann Roe", "deputy minister of
    health Ann Roe"), or -1.

    >>> from .lexicon import lexicon
    >>> ws = "director general of rail safety Ann Roe".split()
    >>> _of_titled_name([(0, 0, w) for w in ws], 0, 7, lexicon())
    5
    >>> ws = "fans of the team Ann Roe".split()
    >>> _of_titled_name([(0, 0, w) for w in ws], 0, 6, lexicon())
    -1
    """
    if b - a < 4 or not toks[b - 1][2][:1].isupper():
        return -1  # (the cheap test first: a name ends the segment, three words before)
    if toks[a][2] != "of" and toks[a][2] not in lex.titles:
        return -1  # (the first word is a title word: "director general of ...")
    n = b
    while n > a and toks[n - 1][2][:1].isupper():
        n -= 1
    words = [toks[x][2] for x in range(a, n)]
    if n == b or not 3 <= len(words) <= 7 or "of" not in words[1:-1]:
        return -1
    k = words.index("of")
    if not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return -1
    if not all(w in lex.titles for w in words[:k]) or _has_predicate(toks, a, n):
        return -1
    return n


def _indefinite_then_definite_name(toks, full):
    """The char span of a "the" + capitalised name segment apposed to an indefinite
    description before it ("A consumer agency, the New Home Buyers Office,": the
    name, whose last word may be a title word such as "Office" or "Council"), or None.

    >>> ws = "A consumer agency , the Home Buyers Office".split()
    >>> _indefinite_then_definite_name([(i, i + 1, w) for i, w in enumerate(ws)], [(0, 3), (4, 8)])
    (4, 8)
    """
    if len(full) < 2 or toks[full[0][0]][2].lower() not in ("a", "an"):
        return None
    for a, b in full[1:]:
        if (
            b - a >= 3
            and toks[a][2] == "the"
            and all(toks[x][2][:1].isupper() for x in range(a + 1, b))
        ):
            return toks[a][0], toks[b - 1][1]
    return None


def _apposed_name_pair(toks, full, proper, named):
    """The char span from the first to the second name of two people each set off with
    their role and joined by "and" ("The president, Ann Roe, and its treasurer, Tom
    Vale,": "Ann Roe, and its treasurer, Tom Vale"), or None; ``full`` are the
    apposition's segments left to right, ``proper`` / ``named`` tell a name's segment."""
    names = [
        k
        for k, (a, b) in enumerate(full)
        if named((a, b)) and (proper((a, b)) or (toks[a][2] == "and" and proper((a + 1, b))))
    ]
    if len(names) != 2 or names[1] - names[0] > 2:
        return None
    k0, k1 = names
    joins = [k for k in range(k0 + 1, k1 + 1) if toks[full[k][0]][2] == "and"]
    if len(joins) != 1:
        return None
    if k1 == len(full) - 2 and joins[0] == k1 and k1 - k0 == 2:
        # "Ann Roe, the president, and Tom Vale, the treasurer, said": each name then
        # its role or age, the second right before the cue (the span ends at the name)
        roles = (full[k0 + 1], full[k1 + 1])
        if all(toks[a][2].lower() in _PAIR_ROLE_DETS or toks[a][2].isdigit() for a, _ in roles):
            return (toks[full[k0][0]][0], toks[full[k1][1] - 1][1])
        return None
    if k0 + 1 not in joins or k1 != len(full) - 1:
        return None  # (the second name right before the cue)
    return (toks[full[k0][0]][0], toks[full[k1][1] - 1][1])


# the determiners that open the role after each of two apposed names ("Ann Roe, the
# president, and Tom Vale, its treasurer, said")
_PAIR_ROLE_DETS = frozenset("the its his her their a an".split())


def _named_description(toks, seg):
    """Is the token span ``seg`` an indefinite description that names its person
    ("a retired carrier named Ann Roe": "a"/"an", lower-case words, "named", then only
    capitalised words)?

    >>> ws = "a retired carrier named Ann Roe".split()
    >>> _named_description([(0, 0, w) for w in ws], (0, 6))
    True
    """
    a, b = seg
    if b - a < 4 or toks[a][2].lower() not in ("a", "an"):
        return False
    for x in range(a + 1, b - 1):
        w = toks[x][2]
        if w == "named":
            return x > a + 1 and all(toks[y][2][:1].isupper() for y in range(x + 1, b))
        if not w[:1].islower() and not w[:1].isdigit():
            return False
    return False


def _drop_relative_list_items(toks, segs, full):
    """``full`` without the segments that continue a "which" / "who" insertion as the
    items of a list closed by "and" / "or" right before the cue ("The association,
    which represents harvesters in New Brunswick, Prince Edward Island and Nova Scotia,
    said": the places are no apposition). ``segs`` run right to left."""
    if len(segs) < 3:
        return full
    a0, b0 = segs[0]
    if not any(toks[x][2] in ("and", "or") for x in range(a0, b0)):
        return full
    rel = [a for a, b in segs[1:] if b > a and toks[a][2].lower() in ("which", "who")]
    if not rel:
        return full
    return [g for g in full if g[0] < rel[0]]


def _drop_office_field_tails(toks, segs, full):
    """``full`` without a capitalised "X and Y" segment that ends the list of fields of
    an office named in the segment before it, when a name follows ("Yukon's Minister of
    Energy, Mines and Resources, Ann Roe, said": "Mines and Resources" is the office's,
    not the speaker). ``segs`` run right to left.

    >>> ws = "The Minister of Energy , Mines and Resources , Ann Roe".split()
    >>> toks = [(0, 0, w) for w in ws]
    >>> _drop_office_field_tails(toks, [(9, 11), (5, 8), (0, 4)], [(0, 4), (5, 8), (9, 11)])
    [(0, 4), (9, 11)]
    """
    drop = set()
    for i in range(1, len(segs) - 1):
        a, b = segs[i]
        words = [toks[x][2] for x in range(a, b)]
        if len(words) < 3 or not any(w in ("and", "&") for w in words[1:-1]):
            continue
        if not all(w in ("and", "&") or w[:1].isupper() for w in words):
            continue
        a0, b0 = segs[i + 1]
        office = [toks[x][2] for x in range(a0, b0)]
        if "of" not in office[1:-1]:
            continue
        k = len(office) - 1 - office[::-1].index("of")
        if all(w[:1].isupper() for w in office[k + 1 :]):
            drop.add((a, b))
    if not drop:
        return full
    return [g for g in full if not any(a <= g[0] and g[1] <= b for a, b in drop)]


def _drop_office_field_heads(toks, segs, full, lex):
    """``full`` without the capitalised list items that open an office's title written
    before its holder ("The province's Communities, Culture, Tourism and Heritage
    Minister, Ann Roe, said": "Culture" is a field of the office, not the speaker): the
    segment before the name ends in a title word and holds "and", and each segment left
    of it is one to three capitalised words, the leftmost possibly after a determiner or
    a possessive. ``segs`` run right to left.

    >>> from .lexicon import lexicon
    >>> ws = "The Communities , Culture , Tourism and Heritage Minister , Ann Roe".split()
    >>> toks = [(0, 0, w) for w in ws]
    >>> segs = [(10, 12), (5, 9), (3, 4), (0, 2)]
    >>> _drop_office_field_heads(toks, segs, [(0, 2), (3, 4), (5, 9), (10, 12)], lexicon())
    [(5, 9), (10, 12)]
    """
    if len(segs) < 3:
        return full
    a, b = segs[1]
    words = [toks[x][2] for x in range(a, b)]
    if (
        len(words) < 3
        or words[-1].lower() not in lex.titles
        or not any(w in ("and", "&") for w in words[1:-1])
        or not all(w in ("and", "&") or w[:1].isupper() for w in words)
        or not toks[segs[0][0]][2][:1].isupper()
    ):
        return full
    lo = a
    for a2, b2 in segs[2:]:
        items = [toks[x][2] for x in range(a2, b2)]
        while items and (items[0].lower() in _DETS or _possessive(items[0])):
            items = items[1:]  # "The province's Communities": the list's first item
        if not 1 <= len(items) <= 3 or not all(w[:1].isupper() for w in items):
            break
        lo = a2
    if lo == a:
        return full
    return [g for g in full if not (lo <= g[0] and g[1] <= a)]


# modals (and "only") between an apposition's closing comma and the cue: "The manager,
# Ann Roe, would say only that A", "Ann Roe, the manager, will argue that A"
_APPOSITION_MODALS = frozenset("would will could can may might should must".split())


def apposition_before_modal(toks, k, lex):
    """Char span of the named speaker of an apposition closed by a comma before a modal
    and the cue at token ``k`` ("The manager, Ann Roe, would only say that"), None when
    no modal stands there or the speaker found opens with no capitalised name.

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "The manager , Ann Roe , would only say".split()
    >>> toks = [(i * 10, i * 10 + len(w), w) for i, w in enumerate(ws)]
    >>> apposition_before_modal(toks, 8, lexicon())
    (30, 43)
    >>> apposition_before_modal(toks[:6] + [(60, 64, "said")], 6, lexicon()) is None
    True
    """
    b = k - 1
    modal = False
    while b >= 2 and k - b <= 3:
        w = toks[b][2]
        if w in _APPOSITION_MODALS:
            modal = True
        elif w != "only" and not (w.endswith("ly") and w.isalpha() and w.islower()):
            break
        b -= 1
    if not modal or toks[b][2] != ",":
        return None
    span = _apposition_speaker(toks, b, lex)
    if span is None:
        return None
    w0 = next((t[2] for t in toks if t[0] == span[0]), "")
    return span if w0[:1].isupper() and w0.lower() not in _DETS else None
