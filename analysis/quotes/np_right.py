"""The speaker phrase after a cue (inversion: "said Putin"; ``_right_np``,
``_right_np1``): a name described after a quotation ("retired neurosurgeon Ben
Carlow"), a name set off after a role, "role of field Name Surname", federal
department names in series, a job then a full name ("said the Jasper park warden Ann
Roe"), surnames with lower-case particles, determined titles ("the head") and how
long a relation has lasted ("said her friend of 20 years").
"""

from __future__ import annotations

from .blocks import MASK
from .french_org_names import _FRENCH_CONNECTORS, french_name_right_end
from .lexicon import (
    _DETS,
    _NOT_ROLE,
    _NUMERIC,
    _PREPS,
    _PRONOUNS,
    _TIME_WORDS,
    COMPANY_SUFFIXES,
    lexicon,
    load_titles,
)
from .names import _place_job_head
from .np_left_core import _COLLECTIVE_HEADS, _unlisted_modifiers_to_head
from .office_title_names import office_title_name_after
from .person_noun_pairs import pair_end
from .phrases import (
    _COMPOUND_TITLE_WORDS,
    _JOB_DETS,
    _POSSESSIVE_DETS,
    _is_cap,
    _lower_possessive,
    _np_word,
    _role_of_phrase_end,
)

_ROLE_TITLES = load_titles()["role"]

_PART_OF = frozenset("one two three some several many both each most all none".split())

# a relative pronoun ends the unlisted common noun after a determiner ("Said a player
# who asked not to be named:": the player, not "a player who asked")
_RELATIVE_OPENERS = frozenset(("who", "whom", "whose", "which"))


def _described_name_after_quote(toks, k, lex=None):
    """(k, end) of "retired neurosurgeon Ben Carlow": up to four lower-case words (no
    participle, no preposition) and a name of two or more capitalised words, at token
    ``k`` right after a quotation and its cue ('"...," said retired neurosurgeon Ben
    Carlow'), or after a clause, a comma and its cue when the name ends the sentence
    ("..., said harbour master Ann Roe."); an honorific may come before the name
    ("said lead author Dr. Ann Roe"); None otherwise. With ``lex``, capitalised
    words before a listed lower-case head noun or title are modifiers of the description
    ("said undecided Republican voter Ann Roe", "said lobbyist and GOP strategist Al
    Vale"). A name's words may hold a hyphen ("Omar Al-Tabchi")."""
    n = len(toks)
    if k < 2:
        return None
    after_quote = toks[k - 2][2][0] == MASK or (
        k >= 3 and toks[k - 2][2] == "," and toks[k - 3][2][0] == MASK
    )
    if not after_quote and toks[k - 2][2] != ",":
        return None
    j = k
    lower = 0
    while j < n and lower < 4:
        w = toks[j][2]
        if j == k and _is_age_word(w):
            lower += 1  # ('"...," said 10-year-old Ann Roe, who plays ...': her age)
            j += 1
            continue
        if w.isalpha() and w.islower():
            if (
                w.endswith("ing")
                or (w in _NOT_ROLE and not (w == "and" and _role_before(toks, j, k, lex)))
                or (j == k and w == "of")
                or (w in _PREPS and w != "of")
            ):
                return None
            lower += 1
            j += 1
            continue
        e = _cap_modifiers_end(toks, j, lex) if j > k else j
        if e == j:
            break
        j = e
    h = j + 1 if j < n and toks[j][2].endswith(".") and toks[j][2][:-1] in _HONORIFIC_CAPS else j
    e = h  # ('"...," says lead author Dr. Ann Roe': an honorific before the name)
    while e < n and _is_cap(toks[e][2]) and _name_word(toks[e][2], True):
        e += 1  # ("Imogen Farraday-Ross", "Omar Al-Tabchi")
    if e < n and toks[e][2] == "and" and j == k + 1 and plural_person_noun(toks[k][2], lex):
        f = e + 1  # ('"...," said farmers Ann and Tom Roe': the two people, not the noun)
        while f < n and _is_cap(toks[f][2]) and _name_word(toks[f][2], True):
            f += 1
        if f - e > 2 and e > h and (f == n or toks[f][2] in (".", "!", "?", ",", ";")):
            return (h, f)
    if not after_quote and e < n and toks[e][2] not in (".", "!", "?", ",", ";"):
        return None  # after a clause ("..., said fire chief Ann Roe."): the name ends it
    return (k, e) if j > k and e - h >= 2 else None


def plural_person_noun(w, lex):
    """Is ``w`` a lower-case plural person noun or title ("neighbours", "farmers")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> plural_person_noun("neighbours", lexicon()), plural_person_noun("neighbour", lexicon())
    (True, False)
    """
    if lex is None or not (w.endswith("s") and w.isalpha() and w.islower()):
        return False
    return w[:-1] in lex.nouns or w[:-1] in lex.titles


def _is_age_word(w):
    """Is ``w`` an age used as a modifier ("10-year-old", "71-year-old")?

    >>> _is_age_word("10-year-old"), _is_age_word("year-old"), _is_age_word("10")
    (True, False, False)
    """
    head, sep, tail = w.partition("-")
    return bool(sep) and tail == "year-old" and head.isdigit() and len(head) <= 3


def _appositive_name_after(toks, np_, lex):
    """``np_`` replaced by the name set off after it by a comma when ``np_`` is a
    lower-case description ending in a listed person noun or title and the name ends
    its clause ('"...," said her friend, Ava Roe, 15.'; "said his wife, Marta Quill, who
    ..."; "said the lawyer, Tom Vale."): the speaker is the name; else ``np_``.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "said her friend , Ava Roe , 15 .".split()]
    >>> _appositive_name_after(t, (1, 3), lexicon())
    (4, 6)
    """
    i, j = np_
    n = len(toks)
    words = [toks[x][2] for x in range(i, j)]
    if not all(w.islower() and (w.isalpha() or _lower_possessive(w)) for w in words):
        return office_title_name_after(toks, np_, lex) or np_  # "the Minister of X, Y and Z, NAME"
    if words[-1] not in lex.nouns and words[-1] not in lex.titles:
        return np_
    j = _role_of_phrase_end(toks, j)  # "said the superintendent of business, Ann Roe,"
    if j + 1 >= n or toks[j][2] != ",":
        return np_
    e = j + 1
    while e < n and e - j <= 4 and _is_cap(toks[e][2]) and _name_word(toks[e][2], True):
        e += 1
    if e == j + 1 or toks[j + 1][2].lower() in _TIME_WORDS or toks[j + 1][2].lower() in _PRONOUNS:
        return np_
    if e < n and toks[e][2] not in (",", ".", "!", "?", ";"):
        return np_  # "said the mayor, Tom Vale's rival": not a name set off
    if e + 2 < n and toks[e][2] == "," and toks[e + 1][2] == "and":
        # "said the president, Ann Roe, and the treasurer, Tom Vale.": both names
        second = _appositive_name_after(toks, _role_after_and(toks, e + 2, lex), lex)
        if second[0] > e + 2 and (
            second[1] >= n or toks[second[1]][2] in (".", "!", "?", ";", ",")
        ):
            return (j + 1, second[1])
    return (j + 1, e)


def _role_after_and(toks, a, lex):
    """The span of "the <role>" opening at token ``a`` (after "and" in a pair of names
    each set off after its role): a possessive or "the" and one or two lower-case words,
    or the empty span (a, a)."""
    n = len(toks)
    if a >= n or toks[a][2].lower() not in _PAIR_ROLE_OPENERS:
        return (a, a)
    b = a + 1
    while b < n and b - a <= 2 and toks[b][2].isalpha() and toks[b][2].islower():
        b += 1
    return (a, b) if b > a + 1 else (a, a)


# what opens the second role of two names set off after their roles ("and the
# treasurer, Tom Vale"; "and its treasurer, Tom Vale")
_PAIR_ROLE_OPENERS = frozenset("the its his her their".split())


# honorifics as written before a name, capitalised without their period ("Dr", "Rev")
_HONORIFIC_CAPS = frozenset(w.capitalize() for w in load_titles()["honorific"])


def _role_before(toks, j, k, lex):
    """Is the word before ``toks[j]`` (after ``k``) a listed lower-case head noun or
    title ("lobbyist | and GOP strategist"), with ``lex``?"""
    if lex is None or j <= k:
        return False
    w = toks[j - 1][2]
    return w.islower() and (w in lex.nouns or w in lex.titles)


def _name_word(w, hyphens):
    """Is ``w`` a word of a name: letters only, or (when ``hyphens``) letters around
    hyphens or apostrophes ("Al-Tabchi", "O'Neill"; not a possessive "Lee's")?"""
    if w.isalpha():
        return True
    if not hyphens or w.endswith(("'s", "’s")) or not w[-1:].isalpha():
        return False  # ("Lee's": a possessive, no name)
    return w.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _cap_modifiers_end(toks, j, lex):
    """End of one or two capitalised words at ``toks[j]`` that modify the listed
    lower-case head noun or title right after them ("Republican voter", "GOP
    strategist"), else ``j``; only with ``lex``."""
    if lex is None:
        return j
    e = j
    while e < len(toks) and e - j < 2 and _is_cap(toks[e][2]) and toks[e][2].isalpha():
        e += 1
    if e == j or e >= len(toks):
        return j
    head = toks[e][2]
    if head.isalpha() and head.islower() and (head in lex.nouns or head in lex.titles):
        return e
    return j


def _role_of_name(toks, k):
    """(start, end) of the name in 'role of field Name Surname' from token k after an
    inverted cue: a lower-case word (or two: "former secretary", "vice president"),
    "of", one or two lower-case words, then two or more capitalised words up to
    punctuation, the end or "of"/"at" and a capitalised word ("said master of
    ceremonies Ann Roe", "said director of sales Tom Vale of Acme", "said former
    secretary of state Ann Roe"); None otherwise."""
    n = len(toks)
    of = k + 2 if k + 2 < n and toks[k + 2][2] == "of" else k + 1
    if of + 3 >= n or toks[of][2] != "of":
        return None
    for x in range(k, of):
        w = toks[x][2]
        if not w.isalpha() or not w.islower() or w in _NOT_ROLE or w in _DETS:
            return None
    j = of + 1
    while j < n and j - of <= 2 and toks[j][2].isalpha() and toks[j][2].islower():
        if toks[j][2] in _DETS or toks[j][2] in _NOT_ROLE:
            return None
        j += 1
    if j == of + 1:
        return None
    e = j
    while e < n and e - j < 4 and _is_cap(toks[e][2]) and _name_word(toks[e][2], True):
        e += 1
    if e - j < 2 or (e < n and toks[e][2] not in (",", ".", ";", "!", "?")):
        if not (e + 1 < n and toks[e][2] in ("of", "at") and _is_cap(toks[e + 1][2])):
            return None
    return (j, e)


def _right_np(toks, k, lex):
    """Noun phrase starting at token index k (inversion: 'said Putin'), a department
    name with a serial comma taken whole ("according to Immigration, Refugees and
    Citizenship Canada")."""
    np_ = _right_np1(toks, k, lex)
    if np_ is not None and (e := tenure_end(toks, np_)) > 0:
        return np_[0], e  # "said her friend of 20 years"
    if np_ is not None and (e := possessed_head_end(toks, np_)) > 0:
        return np_[0], e  # "said the orchestra's principal cello, who ...": its head too
    if np_ is not None and np_[1] - np_[0] == 1 and np_[1] + 1 < len(toks):
        if toks[np_[1]][2] == "," and (e := _serial_department_end(toks, np_[1] + 1, lex)) > 0:
            return np_[0], e
    if np_ is not None and (e := familiar_end(toks, np_, lex)) > 0:
        return np_[0], e  # "said one Democrat familiar with the discussion": all of it
    return np_


# the adjective and preposition of an unnamed source's post-modifier
_FAMILIAR = {"familiar": "with", "close": "to", "privy": "to"}
_FAMILIAR_DETS = frozenset("a an one another two three several some".split())
_FAMILIAR_STOPS = frozenset("who that which and but said says told".split())


def familiar_end(toks, np_, lex):
    """End (exclusive) of "familiar with" / "close to" / "privy to" and its object
    after an indefinite phrase ``np_`` (the phrase may have taken the adjective in),
    up to the clause's end (a comma, a full stop), else -1: the post-modifier belongs
    to the unnamed source.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "one Democrat familiar with the discussion .".split()]
    >>> familiar_end(t, (0, 2), lexicon())
    6
    >>> t = [(0, 0, w) for w in "Ann Lee close to the premier .".split()]
    >>> familiar_end(t, (0, 2), lexicon())
    -1
    """
    a, j = np_
    n = len(toks)
    if toks[a][2].lower() not in _FAMILIAR_DETS:
        return -1
    if j - a >= 3 and toks[j - 1][2] in _FAMILIAR:
        j -= 1  # ("one aide close": the phrase took the adjective in)
    if j + 2 >= n or _FAMILIAR.get(toks[j][2]) != toks[j + 1][2]:
        return -1
    e = j + 2
    while (
        e < n
        and e - j < 10
        and toks[e][2].replace("'", "").replace("’", "").replace("-", "").isalpha()
        and toks[e][2].lower() not in _FAMILIAR_STOPS
    ):
        e += 1  # the object, to the clause's end
    # (a "who" clause after the object ends it too: "said one aide close to the file
    # who spoke on condition of anonymity")
    ends = e == n or toks[e][2] in (",", ".", ";", "—", "–", ")", "who")
    return e if ends and e > j + 2 and toks[e - 1][2].lower() not in _DETS else -1


_TENURE_UNITS = frozenset("years months weeks decades".split())
_TENURE_COUNTS = frozenset("many several some".split())


def tenure_end(toks, np_):
    """End (exclusive) of "of <count> <unit of time>" right after the determined
    lower-case phrase ``np_`` (how long a relation has lasted: "her friend" + "of 20
    years", "a neighbour" + "of many years"); 0 otherwise.

    >>> t = [(0, 0, w) for w in "said her friend of 20 years .".split()]
    >>> tenure_end(t, (1, 3)), tenure_end(t[:5], (1, 3))
    (6, 0)
    """
    i, e = np_
    if e + 3 > len(toks) or e - i < 2 or toks[e][2] != "of":
        return 0
    n, unit = toks[e + 1][2].lower(), toks[e + 2][2].lower()
    if unit not in _TENURE_UNITS or not (n.isdigit() or n in _NUMERIC or n in _TENURE_COUNTS):
        return 0
    first, head = toks[i][2].lower(), toks[e - 1][2]
    if first not in ("the", "a", "an", *_POSSESSIVE_DETS) and not first.endswith(("'s", "’s")):
        return 0
    return e + 3 if head.isalpha() and head.islower() else 0


# what may end a possessed head after a cue: the clause's end or an aside
_POSSESSED_HEAD_STOPS = frozenset((",", ".", ";", "!", "?", "—", "–", "(", ")"))


def possessed_head_end(toks, np_):
    """End of the lower-case head after a phrase holding a possessive ("said the
    orchestra's concertmaster, who ...", "the orchestra's principal cello,": the
    words the phrase left out, up to three after the possessive in all, up to the
    clause's end or a comma), or 0 when there is none.

    >>> toks = [(0, 0, w) for w in "said the orchestra's principal cello , who".split()]
    >>> possessed_head_end(toks, (1, 4)), possessed_head_end(toks, (0, 2))
    (5, 0)
    """
    n = len(toks)
    j = np_[1]
    if j >= n or not _lower_word(toks[j][2]):
        return 0  # (the cheap test first: a lower-case word right after the phrase)
    p = j - 1
    while p > np_[0] and p > j - 3 and _lower_word(toks[p][2]):
        p -= 1  # (listed words after the possessive: "principal")
    if not toks[p][2].endswith(("'s", "’s")):
        return 0
    e, reach = j, 3
    while e < n and e - p <= reach and (_lower_word(w := toks[e][2]) or _plural_possessive(w)):
        if w in _NOT_ROLE or w in _TIME_WORDS:
            return 0
        if _plural_possessive(w):
            reach += 1  # "the province's biggest fruit growers' co-operative": its head
        e += 1
    if e > j and _plural_possessive(toks[e - 1][2]):
        return 0
    return e if e > j and (e == n or toks[e][2] in _POSSESSED_HEAD_STOPS) else 0


def _plural_possessive(w):
    """Is ``w`` a lower-case plural possessive ("growers'")?

    >>> _plural_possessive("growers'"), _plural_possessive("growers")
    (True, False)
    """
    return w[-1:] in ("'", "’") and w[-2:-1] == "s" and _lower_word(w[:-1])


def _lower_word(w):
    """Is ``w`` a lower-case word, hyphens allowed ("longest-serving")?"""
    return w.replace("-", "").isalpha() and w.islower()


def _serial_department_end(toks, a, lex):
    """End (exclusive) of the capitalised words from token ``a`` that finish a federal
    department name listed with a serial comma ("Science and Economic Development
    Canada" after "Innovation,"): capitalised words (and "and") holding one "and" and
    ending in a place name; 0 otherwise."""
    e, ands = a, 0
    while e < len(toks) and e - a < 8 and (_is_cap(toks[e][2]) or toks[e][2] == "and"):
        ands += toks[e][2] == "and"
        e += 1
    if ands != 1 or e - a < 4 or toks[a][2] == "and" or toks[e - 2][2] == "and":
        return 0  # (the part after "and" is a name and the place: "Citizenship Canada")
    if any(toks[x][2].lower() in lex.gender for x in range(a, e)):
        return 0  # ("Roe, Lee and Ann Kent Canada": people)
    return e if toks[e - 1][2] in lex.place_names else 0


def _serial_department_start(toks, np_, lex):
    """Start of a federal department name whose first listed word stands before a
    comma ("Innovation, Science and Economic Development Canada said": the noun
    phrase read back from the cue stops at the comma); ``np_[0]`` otherwise."""
    j = np_[0]
    if j < 2 or toks[j - 1][2] != "," or not _is_cap(w := toks[j - 2][2]) or not w.isalpha():
        return j
    if j >= 3 and (_is_cap(toks[j - 3][2]) or toks[j - 3][2] == "and"):
        return j  # ("Ann Roe, Bob Lee and ..." / "A, B and C Canada": no single word)
    if w.lower() in lex.gender or w in lex.place_names or w.lower() in _DETS:
        return j
    return j - 2 if _serial_department_end(toks, j, lex) == np_[1] else j


def _right_np1(toks, k, lex):
    """Noun phrase starting at token index k (inversion: 'said Putin')."""
    n = len(toks)
    if k >= n:
        return None
    w = toks[k][2]
    lw = w.lower()
    if lw in _PRONOUNS and lw not in ("who", "i", "you"):
        if k + 1 < n and toks[k + 1][2] not in (",", ".", ";", "!", "?", "—", "–"):
            return None  # '... said he was fine': "he" starts the content
        return (k, k + 1)
    if (name := _role_of_name(toks, k)) is not None:
        return name  # "said master of ceremonies Ann Roe": the name
    if (not _np_word(w, lex) and not _particle_surname(toks, k)) or lw in _TIME_WORDS:
        return None
    if lw in ("that", "this", "it", "there"):
        return None
    if lw in _PART_OF and k + 2 < n and toks[k + 1][2] == "of":
        # "said one of those advisers", "said two of the witnesses": the part and its whole
        sub = _right_np(toks, k + 2, lex)
        return None if sub is None else (k, sub[1])
    if (
        lw in ("the", "a", "an", "one", "another", "some", "two", "several")
        and k + 1 < n
        and not _np_word(toks[k + 1][2], lex)
    ):
        # "said the base chief known as Bob": unlisted common nouns after a determiner
        j, reach = k + 1, 3
        while (
            j < n
            and j - k <= reach
            and (
                toks[j][2].isalpha()
                or _plural_possessive(toks[j][2])
                or (_plural_possessive(toks[j - 1][2]) and _lower_word(toks[j][2]))
            )
            and toks[j][2].islower()
            and toks[j][2] not in _NOT_ROLE
            and toks[j][2] not in _RELATIVE_OPENERS
        ):
            reach += _plural_possessive(toks[j][2])  # ("the biggest fruit growers' co-op")
            j += 1
        if j > k + 1 and _plural_possessive(toks[j - 1][2]):
            j -= 1
        j = pair_end(toks, j, lex)  # "said a brother and sister who farm near X"
        if j > k + 1:
            # "said the younger Mr. Ray", "said the outgoing Texas governor": the name
            # or the capitalised words and head noun after the modifiers
            e = j
            while e < n and e - k < 8 and _is_cap(toks[e][2]) and _np_word(toks[e][2], lex):
                e += 1
            if (
                e > j
                and e < n
                and toks[e][2].islower()
                and (toks[e][2] in lex.nouns or toks[e][2] in lex.titles)
            ):
                e += 1
            if e > j and toks[e - 1][2].lower() not in _TIME_WORDS:
                j = e
            return (k, j)
        return None
    j = k
    indef = lw in ("a", "an", "one", "another")  # "said a Tulsa business owner": a person
    while (
        j < n
        and toks[j][2].lower() not in _TIME_WORDS
        and (
            _np_word(toks[j][2], lex)
            or (
                j + 1 < n
                and toks[j][2].isalpha()
                and toks[j][2].islower()
                and (toks[j + 1][2][:1].isupper() or _particle_surname(toks, j))
                and toks[j][2] not in _NOT_ROLE
            )
        )
    ):
        j += 1
        if j < n and toks[j][2].islower() and _unlisted_modifiers_to_head(toks, j, lex, indef):
            # "said former tech executive X", "said one former GOP leadership aide":
            # unlisted lower-case modifiers after a determiner/adjective/acronym (or a
            # place after "a": "a Tulsa carjacking victim"), up to a listed head noun
            j = _unlisted_modifiers_to_head(toks, j, lex, indef)
    if j == k:
        return None
    j = pair_end(toks, j, lex)  # "said a husband and wife"
    if j < n and toks[j][2] == ".":
        j = _titled_after_suffix_dot(toks, k, j, lex)  # "said Acme Corp. president Tom Vale"
    j = _job_head_after_name(toks, k, j)  # "said the Banff park warden": the warden
    if j < n and toks[j][2] in _FRENCH_CONNECTORS and toks[j - 1][2][:1].isupper():
        j = french_name_right_end(toks, j - 1)  # "said la Régie du logement": the name
    if (person := of_name_titled_person(toks, j, lex)) is not None:
        return person  # "said Acme Chamber of Commerce President Bob Lee": Bob Lee
    j = org_of_name_end(toks, j, lex)  # "said the Bank of Nova Scotia": the whole name
    if j - k >= 2 and j < n and toks[j][2] == "of" and toks[j - 1][2] in lex.titles:
        name = _role_of_name(toks, j - 1)
        if name is not None:
            return name  # "said Acme director of sales Ann Roe": the name
    if (
        j + 1 < n
        and toks[j][2] == "and"
        and (
            toks[j + 1][2].lower().rstrip(".") in _COMPOUND_TITLE_WORDS
            or _cap_modifiers_end(toks, j + 1, lex) > j + 1  # "lobbyist and GOP strategist"
        )
        and all(toks[x][2].lower().rstrip(".") in _COMPOUND_TITLE_WORDS for x in range(k, j))
    ):
        more = _right_np(toks, j + 1, lex)  # "said President and CEO Tom Vale"
        if more is not None:
            return (k, more[1])
    # "a spokesman for the campaign": extend through one prepositional phrase
    if (
        j < n
        and toks[j][2].lower() in ("for", "of", "at", "with", "from")
        and (
            any(toks[x][2].lower() in lex.nouns for x in range(k, j))
            or _determined_title(toks, k, j, lex)  # "said the head of Halifax Transit"
        )
    ):
        j2 = j + 1
        while j2 < n and _np_word(toks[j2][2], lex):
            j2 += 1
        while j2 > j + 1 and toks[j2 - 1][2].lower() in _DETS:
            j2 -= 1  # "said a trader with a small firm": never ending on "a"
        if j2 > j + 1:
            j = org_of_name_end(toks, j2, lex)  # "for the Ministry of Labour"
            if toks[j - 1][2][:1].isupper():
                j = french_name_right_end(toks, j - 1)  # "the Commission de la ..."
        j = _collective_members_end(toks, j, lex)  # "said lawyers for a group of shoppers"
    # must contain something more than determiners
    if all(toks[x][2].lower() in _DETS for x in range(k, j)):
        return None
    if (
        not _is_cap(toks[k][2])
        and not _particle_surname(toks, k)
        and toks[k][2].lower() not in _DETS
        and not any(
            toks[x][2].lower() in lex.nouns or toks[x][2].lower().rstrip(".") in lex.titles
            for x in range(k, j)
        )
    ):
        return None
    return (k, j)


def _titled_after_suffix_dot(toks, k, j, lex):
    """End of a titled person's name after a company's dotted suffix at ``toks[j - 1]``
    ("said Acme Corp. president and CEO Tom Vale": the lower-case title, "and" and
    title words, then two or more capitalised words that end the clause), else ``j``
    (the "." at ``j`` ends the company's name).

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "said Acme Corp . president and CEO Tom Vale .".split()]
    >>> _titled_after_suffix_dot(t, 1, 3, lexicon())
    9
    >>> t = [(0, 0, w) for w in "said Acme Corp . president Tom Vale was there".split()]
    >>> _titled_after_suffix_dot(t, 1, 3, lexicon())
    3
    """
    n = len(toks)
    if j - k < 2 or toks[j - 1][2].lower() not in COMPANY_SUFFIXES:
        return j
    x = j + 1
    if x >= n or not toks[x][2].islower() or toks[x][2] not in lex.titles:
        return j
    while x < n and (toks[x][2] == "and" or toks[x][2].lower().rstrip(".") in lex.titles):
        x += 1
    if toks[x - 1][2] == "and":
        return j
    e = x
    while e < n and _is_cap(toks[e][2]) and _name_word(toks[e][2], True):
        e += 1
    if e - x < 2 or toks[x][2].lower() not in lex.gender:
        return j
    if e < n and toks[e][2] not in (",", ".", ";", "!", "?"):
        return j
    return e


def org_of_name_end(toks, j, lex):
    """End (exclusive) of an organisation's name that goes on with "of" after its head
    word at token ``j - 1`` (``resources/org_names.txt``: "Ministry", "Bank",
    "University", "Office"): "of", an optional "the" and capitalised words, two runs of
    them joined by one "and" ("Fisheries and Oceans") unless the word after "and" is a
    given name or a title (another speaker), and the lower-case head the name may
    modify ("economist"); ``j`` when no such name goes on.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "for the Bank of Nova Scotia and Ann Roe .".split()]
    >>> org_of_name_end(t, 3, lexicon()), org_of_name_end(t[:3] + t[8:], 3, lexicon())
    (6, 3)
    """
    n = len(toks)
    if j + 1 >= n or toks[j][2] != "of" or toks[j - 1][2] not in lex.org_words:
        return j
    e = j + 2 if toks[j + 1][2] == "the" else j + 1
    start = e
    while e < n and e - j < 9 and _is_cap(toks[e][2]) and _np_word(toks[e][2], lex):
        e += 1
    if e == start or any(toks[x][2].endswith(("'s", "’s")) for x in range(start, e)):
        return j  # ("said Bank of Tokyo's Kimura": the bank's person)
    if e + 1 < n and toks[e][2] == "and" and _is_cap(w := toks[e + 1][2]) and _np_word(w, lex):
        if w.lower() not in lex.gender and w.lower().rstrip(".") not in lex.titles:
            e2 = e + 1
            while e2 < n and e2 - j < 12 and _is_cap(toks[e2][2]) and _np_word(toks[e2][2], lex):
                e2 += 1
            e = e2
    if start == j + 1 and e - start >= 2 and toks[e - 1][2].lower() in _ROLE_TITLES:
        return j  # ("Chamber of Commerce Executive Vice President, NAME": a person's title)
    while (
        e < n
        and e - j < 14
        and _lower_word(w := toks[e][2])
        and (w in lex.nouns or w in lex.titles)
    ):
        e += 1  # the name modifies a head: "a University of Manitoba spokesperson"
    if e < n and toks[e - 1][2].islower() and _is_cap(toks[e][2]):
        return j  # ("University of Manitoba president Ann Roe": the other rules' name)
    if of_name_titled_person(toks, j, lex) is not None:
        return j  # ("Office of Science and Technology Director Ann Roe": a titled name)
    return e


def of_name_titled_person(toks, j, lex):
    """(start, end) of the name after a title that follows an organisation's name going
    on with "of" at token ``j`` ("said U.S. Chamber of Commerce Executive Vice President
    Bob Lee": Bob Lee; a title, then a listed given name and capitalised words), None
    when there is none.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "said Chamber of Commerce President Bob Lee .".split()]
    >>> of_name_titled_person(t, 2, lexicon()), of_name_titled_person(t[:5], 2, lexicon())
    ((5, 7), None)
    """
    n = len(toks)
    if j + 1 >= n or toks[j][2] != "of" or toks[j - 1][2] not in lex.org_words:
        return None
    x = j + 1
    while x < n and x - j < 12 and ((_is_cap(w := toks[x][2]) and _np_word(w, lex)) or w == "and"):
        if (
            w.lower().rstrip(".") in lex.titles
            and x + 1 < n
            and toks[x + 1][2].lower() in lex.gender
        ):
            e = x + 1
            while e < n and e - x < 5 and _is_cap(toks[e][2]) and _np_word(toks[e][2], lex):
                e += 1
            return (x + 1, e) if e - x > 2 else None
        x += 1
    return None


def _collective_members_end(toks, j, lex):
    """End of "of" and the lower-case members after a group word ending at ``toks[j - 1]``
    ("lawyers for a group | of shoppers", "a spokeswoman for a coalition | of
    tenants"); ``j`` otherwise.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "for a group of shoppers .".split()]
    >>> _collective_members_end(t, 3, lexicon())
    5
    """
    n = len(toks)
    if j + 1 >= n or toks[j][2] != "of" or toks[j - 1][2].lower() not in _COLLECTIVE_HEADS:
        return j
    e = j + 1
    while e < n and e - j <= 3 and toks[e][2].isalpha() and toks[e][2].islower():
        w = toks[e][2]
        if not (_np_word(w, lex) or (len(w) > 3 and w.endswith("s") and w not in _PREPS)):
            break
        e += 1
    while e > j + 1 and not (toks[e - 1][2] in lex.nouns or toks[e - 1][2].endswith("s")):
        e -= 1  # (ending on a noun or a plural: never on "a" or an adjective)
    return e if e > j + 1 else j


def _job_head_after_name(toks, k, j):
    """End of "the <Capitalised words>" (tokens ``k`` to ``j``) extended over at most two
    lower-case words that end in a person's job ("said the Banff ranger", "said the
    Jasper park warden", "said the Acme Foods plant manager": the person, not the place
    or firm); ``j`` when no job head follows.

    >>> t = [(0, 0, w) for w in "the Jasper park warden .".split()]
    >>> _job_head_after_name(t, 0, 2), _job_head_after_name(t[:3], 0, 2)
    (4, 2)
    >>> _job_head_after_name([(0, 0, w) for w in "a Peyto Lake guide .".split()], 0, 3)
    4
    """
    if toks[k][2].lower() not in _JOB_DETS or j - k < 2 or not _is_cap(toks[j - 1][2]):
        return j  # ("said a Peyto Lake guide": the guide too)
    for x in range(j, min(j + 2, len(toks))):
        w = toks[x][2]
        if not (w.isalpha() and w.islower()) or w in _NOT_ROLE:
            return j
        if _place_job_head(w):
            return _full_name_after_job(toks, x + 1)
    return j


def _full_name_after_job(toks, e):
    """``e`` (the end of "said the Jasper park warden") extended over a full name that
    follows it and opens with a listed given name ("said the Jasper park warden Tom
    Vale": the warden's name); ``e`` when none follows.

    >>> t = [(0, 0, w) for w in "the Banff ranger Ann Roe .".split()]
    >>> _full_name_after_job(t, 3), _full_name_after_job(t[:4], 3)
    (5, 3)
    """
    x = e
    while x < len(toks) and x - e < 3 and _is_cap(toks[x][2]) and toks[x][2].isalpha():
        x += 1
    if x - e < 2 or toks[e][2].lower() not in lexicon().gender:
        return e
    return x


# lower-case particles that open a surname written after its given name or alone
# ("said de Grandpré", "said van der Berg"); an elided "d'" is one token with its name
_SURNAME_PARTICLES = frozenset("de du da di van von der den le la del della des".split())


def _particle_surname(toks, k):
    """Does token ``k`` open a surname with a lower-case particle: an elided one
    ("d’Entremont") or one or two listed particles before a capitalised word ("de
    Grandpré", "de la Roche")?

    >>> toks = [(0, 0, w) for w in "said d’Entremont , de Grandpré and de facto".split()]
    >>> _particle_surname(toks, 1), _particle_surname(toks, 3), _particle_surname(toks, 6)
    (True, True, False)
    >>> toks = [(0, 0, w) for w in "said Ann de la Roche , de la part".split()]
    >>> _particle_surname(toks, 2), _particle_surname(toks, 6)
    (True, False)
    """
    w = toks[k][2]
    if w[:2] in ("d'", "d’") and w[2:3].isupper() and len(w) > 3:
        return True
    n, i = (
        len(toks),
        k + (k + 1 < len(toks) and w in ("de", "van") and toks[k + 1][2] in _SURNAME_PARTICLES),
    )
    return toks[i][2] in _SURNAME_PARTICLES and i + 1 < n and toks[i + 1][2][:1].isupper()


def _determined_title(toks, k, j, lex):
    """Are tokens ``k`` to ``j`` a determiner and a lower-case title ("the head", "the
    chair"), the head of a description that a prepositional phrase may go on?"""
    return (
        j - k >= 2
        and toks[k][2].lower() in ("the", "a", "an")
        and toks[j - 1][2].islower()
        and toks[j - 1][2] in lex.titles
    )


# finite verbs and auxiliaries: a second one after a relative clause's first word
# shows the clause closed and the main clause going on ("the man who stole it was")
_FINITE_AFTER_RELATIVE = frozenset(
    "is was were are has had have will would can could should must may might did does do".split()
)


def relative_ends_sentence(toks, j):
    """Is token ``j`` "who" / "that" opening a short relative clause (a verb and up to
    eight more words, no second finite verb, no comma or quotation) that runs to the
    end of the sentence ("..., said a player who was benched.")? The noun phrase
    before it is then an inverted speaker, not the subject of the content ("said the
    man who stole it was caught").

    >>> t = [(0, 0, w) for w in "a player who was benched .".split()]
    >>> relative_ends_sentence(t, 2), relative_ends_sentence(t[:2] + [(0, 0, w) for w in "who stole it was caught .".split()], 2)
    (True, False)
    """
    n = len(toks)
    if j + 1 >= n or toks[j][2] not in ("who", "that"):
        return False
    end = n - 1 if toks[n - 1][2] in (".", "!") else n
    if not 1 <= end - j - 1 <= 9:
        return False
    words = [toks[x][2] for x in range(j + 1, end)]
    return all(w.isalpha() for w in words) and not any(
        w in _FINITE_AFTER_RELATIVE for w in words[1:]
    )
