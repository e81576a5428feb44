"""The speaker phrase before a cue (``_left_np``, ``_left_np1``): ``_left_np0``'s
phrase widened or cut by context: a town and its province in commas, role words after
a comma, counts ("three of the workers"), coordinated names, particles of a surname,
fronted adjuncts, "the mother of two", "her friend of 20 years", the leader a phrase is "of", ordinals ("the
first woman to lead"), second roles ("the <role> and <role>") and organisations' names
with their titles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .blocks import MASK
from .french_org_names import french_lower_tail_start, french_name_left_start
from .kin_apposed_pairs import kin_pair_start
from .lexicon import (
    _DETS,
    _NOT_PLURAL,
    _NOT_ROLE,
    _NUMERIC,
    _PREPS,
    _PRONOUNS,
    _SENT_START_STOP,
    _TIME_WORDS,
    COMPANY_SUFFIXES,
    LISTED_PLACES,
    SPELLED_NUMBERS,
    _lines,
)
from .lineup_words import lineup_modifier
from .names import _clean_name_words
from .np_left_core import (
    _COLLECTIVE_HEADS,
    _NP_MONTHS,
    _geographic_prep,
    _geographic_subject,
    _group_plural_head,
    _hop_over,
    _left_np0,
    _lower_noun,
    _member_plural,
    _people_at_name,
    _place_body_head,
    _plural_body_whole,
    _unlisted_modifiers,
)
from .np_right import (
    _SURNAME_PARTICLES,
    _determined_title,
    _serial_department_start,
    tenure_end,
)
from .of_the_place_titles import of_the_place_title_start
from .phrases import (
    _AGED_RE,
    _NOT_ROLE_WORDS,
    _aged_description_np,
    _is_cap,
    _np_word,
    _possessive,
)
from .place_office_runs import place_office_run_start
from .placed_groups import _PLACE_PREPS, placed_group_start
from .reduced import (
    reduced_agent_relative,
    reduced_court_relative,
    reduced_long_relative,
    reduced_relative_end,
    reduced_relative_start,
)
from .responsible_heads import responsible_for_head
from .titled_bodies import titled_body_start
from .town_descriptions import town_description_start
from .when_subjects import when_clause_subject


def _role_words_after_comma(toks, np_, lex):
    """Extend a phrase that ends in a full name back over one to three unlisted
    lower-case words right after a comma ("..., harbour master Ann Roe said", "...,
    deputy fire chief Ann Roe said"): they describe the person and are no content.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in ", harbour master Ann Roe said".split()]
    >>> _role_words_after_comma(t, (3, 5), lexicon())
    (1, 5)
    """
    i0, i1 = np_
    if i1 - i0 < 2 or not all(_is_cap(toks[x][2]) for x in range(i1 - 2, i1)):
        return np_
    j = i0
    while j >= 1 and i0 - j < 3:
        w = toks[j - 1][2]
        if not (_role_word_alpha(w) and w.islower()) or w in _NOT_ROLE or w in _DETS or w in _PREPS:
            break
        if w in _SENT_START_STOP or w in _TIME_WORDS or w in _NOT_ROLE_WORDS:
            break
        if w.endswith(("ly", "ing")):
            break
        j -= 1
    if j < i0 and j >= 1 and toks[j - 1][2] == ",":
        return (j, i1)
    return np_


def _role_word_alpha(word):
    """Is ``word`` letters, or letters joined by one hyphen ("two-time", "long-time")?

    >>> _role_word_alpha("two-time"), _role_word_alpha("-"), _role_word_alpha("2-time")
    (True, False, False)
    """
    a, _, b = word.partition("-")
    return a.isalpha() and (not b or b.isalpha())


# a province's or state's abbreviation after a town ("Shediac, N.B.", "Brandon, Man.")
_PROVINCE_ABBR_RE = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.")


def _town_after_comma(toks, j, e):
    """Whether the one word at ``j`` is a province or campus after "of Town,": "of
    Shediac, N.B.", or in commas after an organisation's "X of Y" ("Ann Roe of the
    University of California, Berkeley, suggests")."""
    return (
        j >= 3
        and toks[j - 1][2] == ","
        and (
            _PROVINCE_ABBR_RE.fullmatch(toks[j][2]) is not None
            or (
                e < len(toks)
                and toks[e][2] == ","
                and j >= 4
                and (_is_cap(toks[j - 4][2]) or _firm_before_of(toks, j - 3) >= 0)
            )
        )
        and _is_cap(toks[j - 2][2])
        and toks[j - 3][2].lower() in ("of", "from")
    )


# legislators' initials, a noun before "from/for <riding>" ("the MP for Ajax")
_LEGISLATORS = frozenset(("MP", "MLA", "MPP", "MNA"))


def _province_in_commas(toks, k):
    """Index of the comma before "Town, Prov.," when the tokens right before ``k`` are
    a province's or state's abbreviation in commas after a capitalised town and "from"
    or "of" ("a nurse from Unity, Sask., said": the phrase ends with the town); -1
    otherwise."""
    if k < 5 or toks[k - 1][2] != ",":
        return -1
    if toks[k - 2][2] == "." and _PROVINCE_ABBR_RE.fullmatch(toks[k - 3][2] + ".") is not None:
        c = k - 4  # "Sask" "." ","
    elif _PROVINCE_ABBR_RE.fullmatch(toks[k - 2][2]) is not None and "." in toks[k - 2][2]:
        c = k - 3  # "N.B." ","
    else:
        return -1
    if c < 2 or toks[c][2] != "," or not _is_cap(toks[c - 1][2]):
        return -1
    t = c - 1
    while t - 1 >= 0 and _is_cap(toks[t - 1][2]) and c - t < 3:
        t -= 1
    return c if t >= 1 and toks[t - 1][2].lower() in ("from", "of", "in") else -1


def _left_np(toks, k, lex):
    """Noun phrase ending right before token k, with post-modifiers attached:
    "a person familiar with the company's finances", "a diplomat close to the talks";
    and "Maria Chen of the University of Selvane" -> "Maria Chen"; the subject before a
    "when" clause that holds the phrase ("The vet on duty when a horse fell at the
    rodeo told": the vet, ``when_subjects``)."""
    np_ = _left_np_walk(toks, k, lex)
    if np_ is not None and np_[0] >= 3 and (when := when_clause_subject(toks, np_, k, lex)):
        return when
    if np_ is not None and (t := of_the_place_title_start(toks, np_, lex)) is not None:
        return t, np_[1]  # "Municipality of Lake of the Rivers Reeve Ann Roe said"
    return np_


# the words that open a body's name whose list of portfolios holds a comma ("Ministry
# of Water, Land and Resource Stewardship", "Department of Sport, Culture and Heritage")
_COMMA_NAMED_BODIES = frozenset(("Ministry", "Department"))


def _body_name_comma(toks, k):
    """Index of the comma inside a body's name ending right before token k ("Ministry of
    Water , Land and Resource Stewardship said": the comma after "Water"), when the words
    after it are capitalised with one "and" and the words before it run back over
    capitalised words (and "the") to "of" after "Ministry" / "Department"; else -1.

    >>> t = [(0, 0, w) for w in "the Ministry of Water , Land and Resource Stewardship said".split()]
    >>> _body_name_comma(t, 9)
    4
    >>> t = [(0, 0, w) for w in "the mayor of Brandon , Ann Roe and Tom Vale said".split()]
    >>> _body_name_comma(t, 9)
    -1
    """
    i, ands = k - 1, 0
    while i >= max(0, k - 8) and (toks[i][2][:1].isupper() or toks[i][2] == "and"):
        ands += toks[i][2] == "and"
        i -= 1
    if (
        i < 3
        or toks[i][2] != ","
        or ands != 1
        or toks[i + 1][2] == "and"
        or toks[k - 1][2] == "and"
    ):
        return -1
    j = i - 1
    while j >= max(1, i - 8) and (toks[j][2][:1].isupper() or toks[j][2] == "the"):
        j -= 1
    if j == i - 1 or toks[j][2] != "of" or toks[j - 1][2] not in _COMMA_NAMED_BODIES:
        return -1
    return i


def _left_np_walk(toks, k, lex):
    """``_left_np`` without the "when" clause check."""
    if (run := place_office_run_start(toks, k)) >= 0:
        return run, k  # "Alberta's premier and Ontario's premier said": the run, a group
    if k >= 6 and toks[k - 1][2] == "," and (desc := _description_of_town(toks, k - 1, lex)):
        return desc  # "The president of Columbus, Ohio, said": the president of Columbus
    if (c := _province_in_commas(toks, k)) > 0:
        np2 = _left_np(toks, c, lex)
        if np2 is not None and toks[np2[0]][2][:1].islower() and not _apposed_to_name(toks, np2[0]):
            return np2  # "a nurse from Unity, Sask., said": "a nurse from Unity" (a name
            # before the town is the other rules': "Ann Lee, 61, of Shediac, N.B., said")
        if (d := town_description_start(toks, c)) >= 0:
            return d, c  # "A 41-year-old pastry chef from Truro, N.S., said"
    if (aged := _aged_description_np(toks, k, lex)) is not None:
        return aged  # "The retired hospital cook, 67, said": the description
    if toks[k - 1][2][:1].isupper() and (c := _body_name_comma(toks, k)) > 0:
        np2 = _left_np(toks, c, lex)
        if np2 is not None and np2[1] == c:
            return np2[0], k  # "the Ministry of Water, Land and Resource Stewardship said"
    if _count_last(toks[k - 1][2]) and (j0 := _counted_group_start(toks, k)) >= 0:
        return j0, k  # "At least 21,000 said": the count and its lead, a group
    if (j0 := reduced_relative_start(toks, k, lex)) >= 0:
        return j0, reduced_relative_end(toks, j0, k)  # "..., the company building it says"
    if (court := reduced_court_relative(toks, k, lex)) is not None:
        return court  # "..., a former adviser accused of fraud testified"
    if (long_rel := reduced_long_relative(toks, k, lex)) is not None:
        return long_rel  # "..., a retired driver facing eviction from a co-op said"
    if _by_before(toks, k) and (agent := reduced_agent_relative(toks, k, lex)) is not None:
        return agent  # "Nurses interviewed by the Herald said": the nurses
    # (the "of" each of the next three rules needs, tested first: they run for every phrase)
    if k >= 3 and toks[k - 2][2] == "of" and (parent := _parent_of_number(toks, k)) is not None:
        return parent  # ("the mother of two said")
    if k >= 4 and toks[k - 3][2] == "of" and (tenure := _tenure_of_count(toks, k, lex)) is not None:
        return tenure  # ("her friend of 20 years said")
    if _of_before_name(toks, k) and (settled := _settlement_of_name(toks, k)) is not None:
        return settled  # "Chief Ann Roe of the Mohawk community of Akwesasne said"
    np_ = _particle_opened_name(toks, _fronted_adjunct_cut(toks, _left_np1(toks, k, lex)))
    if np_ is not None:
        return _widened_np(toks, k, np_, lex)
    if k >= 3 and toks[k - 1][2].islower() and (j0 := french_lower_tail_start(toks, k)) >= 0:
        return j0, k  # ", la Régie du logement said": the name with its lower-case tail
    if k >= 4 and toks[k - 2][2] == "behind" and toks[k - 1][2] in ("it", "them"):
        head = _head_behind(toks, (k - 1, k), lex)  # "..., the company behind it said"
        return None if head == (k - 1, k) else head
    return None


def _by_before(toks, k):
    """Is "by" one of the seven tokens before ``k`` (``reduced_agent_relative`` needs it)?

    >>> _by_before([(0, 0, w) for w in "Nurses interviewed by the Herald".split()], 5)
    True
    """
    for t in toks[k - 7 if k > 7 else 0 : k]:  # (a slice, as the rule's own window)
        if t[2] == "by":
            return True
    return False


def _count_last(w):
    """May ``w``, the token before the cue, end a count (``_counted_group_start``): a digit
    first, or "cent" / "percent" / "%"?

    >>> _count_last("21,000"), _count_last("Percent"), _count_last("Roe")
    (True, True, False)
    """
    return w[:1].isdigit() or w.lower() in ("cent", "percent", "%")


def _of_before_name(toks, k):
    """Is "of" right before the one to three tokens before ``k`` (at index 4 or later), as
    ``_settlement_of_name`` needs ("... community of Akwesasne said")?

    >>> _of_before_name([(0, 0, w) for w in "Ann Roe of the Mohawk community of Akwesasne".split()], 8)
    True
    """
    return k >= 6 and (toks[k - 2][2] == "of" or toks[k - 3][2] == "of" or toks[k - 4][2] == "of")


# the tokens before a noun phrase that may open one of ``_widened_np``'s rules
_OF_THE = frozenset(("of", "the"))  # "Lake of the Woods Fibre Corp.", "Growers of the Bench"
_AND_BETWEEN = frozenset(("and", "between"))  # "the talks between A and B"
_PLACED_HEADS = frozenset(("a", "an", "the", "The"))  # "The owner of a bakery on X"


def _widened_np(toks, k, np_, lex):
    """``_left_np_walk``'s rules for the noun phrase ``np_`` read before token ``k``:
    the phrase widened (a company's or body's whole name, the description "between A and
    B" ends, serial departments, a placed group, a pair) or moved to the person or
    business it names; ``np_`` when no rule applies. Each rule runs only when the token
    before the phrase (``before``) or its first token passes the test the rule makes
    first (tests/test_quotes_speed61.py checks that a rule so skipped returns nothing).
    """
    j, e = np_
    before = toks[j - 1][2] if j else ""
    if (before[:1].isupper() or before in _OF_THE) and (j0 := titled_body_start(toks, j)) >= 0:
        return j0, e  # "Secretary of the Treasury Dana Kell said": the whole title
    if before in _OF_THE and (j0 := _company_of_the_start(toks, np_, lex)) >= 0:
        return j0, e  # "Lake of the Woods Fibre Corp. said": the whole name
    if before == "," and (firm := _firm_of_town(toks, np_)) is not None:
        return firm  # "Corvane Systems Inc. of Columbus, Ohio, said": the firm
    if before == "of" and (j0 := _org_of_premodifier_start(toks, np_, lex)) >= 0:
        return j0, e  # "A Court of King's Bench judge said": the whole description
    if before in _AND_BETWEEN and (j0 := _between_object_start(toks, j, lex)) >= 0:
        return j0, e  # "two people familiar with the talks between A and B said"
    if toks[j][2][:1].isdigit() and (j0 := _dated_determiner_start(toks, j)) >= 0:
        return j0, e  # "A Feb. 1 letter from the legion said": the whole phrase
    if e - j >= 4 and (j0 := _contact_relative_subject(toks, np_)) >= 0:
        return j0, e  # "The road the mayor promised to fix": the mayor
    if j >= 2 and before.islower() and (j0 := french_name_left_start(toks, j)) >= 0:
        if (named := _person_of_french_name(toks, j0, lex)) is not None:
            return named  # "Dr. Ann Roe of the Université du Québec à Rimouski says"
        return j0, e  # "the Syndicat des chauffeurs du secteur Nord said": all of it
    if before in _OF_THE and (j0 := _plural_body_of_the_place(toks, np_, lex)) >= 0:
        return j0, e  # "the Grape Growers of the Niagara Bench said": the body
    if before == "and" and (j0 := _aside_coordinated_start(toks, j, lex)) >= 0:
        return j0, e  # "Ann Roe, who chairs the board, and Tom Vale said"
    if j >= 2 and before == ",":
        return _serial_department_start(toks, np_, lex), e
    if j >= 3 and before == "behind":
        return _head_behind(toks, np_, lex)  # "..., the company behind the project told"
    if before.islower() and (role := responsible_for_head(toks, np_, lex)) is not None:
        return role  # "the minister responsible for northern affairs said": the minister
    if (
        j >= 2
        and before.lower() in _PLACE_PREPS
        and (j0 := placed_group_start(toks, np_, lex)) >= 0
    ):
        return j0, e  # "Growers on the benches above the lake say": the growers
    if before in _CLAUSE_END_PREPS and (j0 := _after_object_conjunct(toks, np_)) >= 0:
        return j0, e  # "... would close in June and Dr. Ann Roe added": Ann Roe
    if (
        j >= 2
        and e == k < len(toks)
        and toks[k][2][:1].islower()  # (the cue right after, not a list: "..., son Ben")
        and (j0 := _kin_pair_before(toks, np_)) >= 0
    ):
        return j0, e  # "Ann Roe and her husband Tom Roe said": the pair
    if (toks[j][2] in _PLACED_HEADS or before in _BUSINESS_PLACE_PREPS) and (
        named := _placed_business_description(toks, np_)
        or j >= 3
        and _name_of_placed_business(toks, np_, lex)
    ):
        return named  # "Lee Hart of a bakery on Pelham Street said": Lee Hart
    return np_


@lru_cache(maxsize=1)
def _business_people():
    return frozenset(_lines("business_people_nouns.txt")) | frozenset(
        _lines("person_job_heads.txt")
    )


def _placed_business_description(toks, np_):
    """``_described_placed_business`` of the phrase ``np_``: the whole "The owner of a
    bakery on X", or its place ("Pelham Street", "a clinic in Smiths Falls") with the
    description before it; None otherwise."""
    j, e = np_
    if toks[j][2] in ("The", "the") and j + 3 < e and toks[j + 2][2] in _BUSINESS_OF_PREPS:
        return _described_placed_business(toks, j + 3, e)  # ("The owner of a bakery on X")
    d = j
    if toks[j][2] not in ("a", "an", "the"):
        if j < 2 or toks[j - 1][2] not in _BUSINESS_PLACE_PREPS:
            return None
        d = j - 2
        while d > j - 5 and d > 0 and toks[d][2][:1].islower() and toks[d][2] not in _DETS:
            d -= 1  # (back over "bakery", "dental clinic")
    if d < 2 or toks[d - 1][2] not in _BUSINESS_OF_PREPS:
        return None
    return _described_placed_business(toks, d, e)


def _described_placed_business(toks, d, e):
    """Span of "The owner of" / "Staff at" (a determiner and a listed noun of a
    business's people, or that noun alone opening the sentence) through the placed
    business ending at ``e`` whose determiner is token ``d``; None otherwise.

    >>> ws = "The owner of a bakery on Pelham Street".split()
    >>> _described_placed_business([(i, i + 1, w) for i, w in enumerate(ws)], 3, 8)
    (0, 2)
    >>> _described_placed_business([(i, i + 1, w) for i, w in enumerate(ws[1:])], 2, 7) is None
    True
    """
    h = d - 2
    if (
        h < 0
        or toks[d][2] not in ("a", "an", "the")
        or toks[h][2].lower() not in _business_people()
    ):
        return None
    if not any(toks[x][2] in _BUSINESS_PLACE_PREPS for x in range(d + 2, e - 1)):
        return None  # ("The coach from Moncton", "the owner of the team": no placed business)
    end = h + 1
    if h >= 1 and toks[h - 1][2] in ("The", "the", "A", "a", "An", "an"):
        h -= 1
    elif h != 0 or not toks[h][2][:1].isupper():
        return None  # ("owner of a bakery" mid-phrase: no description of its own)
    return h, end


def _person_of_french_name(toks, j0, lex):
    """Span of the person's name before "of" / "at" / "from" and the French
    organisation's name opening at token ``j0`` (``french_name_left_start``), as for an
    English one ("Maria Chen of the University of Selvane"): two capitalised words or
    more with a listed given name or title and no organisation word; None otherwise.

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "Dr. Ann Roe of the Université du Québec".split()
    >>> _person_of_french_name([(0, 0, w) for w in ws], 4, lexicon())
    (0, 3)
    >>> ws = "The Caisse Populaire of the Université du Québec".split()
    >>> _person_of_french_name([(0, 0, w) for w in ws], 4, lexicon())
    """
    if j0 < 3 or toks[j0 - 1][2] not in ("of", "at", "from"):
        return None
    span = _name_run_before(toks, j0 - 2)
    if span is None:
        return None
    cand = [toks[x][2] for x in range(*span)]
    core = _clean_name_words(cand, lex)
    if any(w in lex.org_words for w in cand) or not core:
        return None
    titled = any(w.lower() in lex.titles for w in cand[:-1])
    if titled or (len(core) >= 2 and core[0].lower() in lex.gender):
        return span  # ("Professor Leclerc", "Ann Roe"; not "The Caisse Populaire")
    return None


def _kin_pair_before(toks, np_):
    """Start of "<Name> and" before ``np_`` when ``np_`` is "<his/her/their> <kin noun>
    <Name2>" (or the name alone) with no commas, the first name opening the sentence
    (``kin_apposed_pairs.kin_pair_start``): "Ann Roe and her husband Tom Roe said" is the
    pair; -1 otherwise ("Tom Roe's wife Ann said": no "and", Ann).

    >>> ws = "Ann Roe and her husband Tom Roe said".split()
    >>> _kin_pair_before([(0, 0, w) for w in ws], (3, 7))
    0
    >>> ws = "He met Ann Roe and her husband Tom Roe".split()
    >>> _kin_pair_before([(0, 0, w) for w in ws], (5, 9))
    -1
    """
    j, e = np_
    if toks[j][2] != "and" and e - j >= 3 and toks[j][2] in ("his", "her", "their"):
        j += 2  # ("her husband Tom Roe": the name after the kin noun)
    if e - j < 1 or toks[j][2] in ("his", "her", "their") or not toks[j][2][:1].isupper():
        return -1
    return kin_pair_start(toks, j) if j >= 4 else -1


# "of a bakery on Pelham Street": the prepositions that tie a name to a business, then
# those that place the business (``_name_of_placed_business``)
_BUSINESS_OF_PREPS = frozenset("of at from with".split())
_BUSINESS_PLACE_PREPS = frozenset("on in at near off along".split())


def _name_of_placed_business(toks, np_, lex):
    """The name in "<Name> of <a/the> <lower-case noun(s)> <on/in/near> <Place>" when the
    phrase ``np_`` is the place (or "a clinic in Smiths Falls" itself): the person of
    the business, not its street or town; None otherwise ("Shoppers at a bakery on
    Pelham Street": no name before).

    >>> class _L:
    ...     org_words = frozenset()
    >>> ws = "Lee Hart of a bakery on Pelham Street".split()
    >>> _name_of_placed_business([(0, 0, w) for w in ws], (6, 8), _L())
    (0, 2)
    >>> ws = "Staff of a bakery on Pelham Street".split()
    >>> _name_of_placed_business([(0, 0, w) for w in ws], (6, 8), _L()) is None
    True
    """
    j, e = np_
    if toks[j][2] in ("a", "an", "the"):
        d = j  # ("a clinic in Smiths Falls" read as one phrase)
    elif toks[j - 1][2] in _BUSINESS_PLACE_PREPS and _is_cap(toks[j][2]):
        d = j - 2
        while d > j - 5 and d > 0 and toks[d][2][:1].islower() and toks[d][2] not in _DETS:
            d -= 1  # back over the business's lower-case words ("bakery", "dental clinic")
        if d == j - 2 or toks[d][2] not in ("a", "an", "the"):
            return None
    else:
        return None
    if d < 3 or toks[d - 1][2] not in _BUSINESS_OF_PREPS:
        return None
    if toks[j][2] in _DETS and not any(toks[x][2] in _BUSINESS_PLACE_PREPS for x in range(j, e)):
        return None  # ("a bakery" alone: the other rules')
    q = d - 2  # the last word of the name
    b = q
    while b - 1 >= 0 and q - b < 3 and _is_cap(toks[b - 1][2]):
        b -= 1
    if q - b < 1 or not _is_cap(toks[q][2]) or toks[b][2].lower() in _SENT_START_STOP:
        return None
    if any(toks[x][2] in lex.org_words for x in range(b, q + 1)):
        return None  # ("Acme Group of a town in Ohio": an organisation, the other rules')
    return b, q + 1


# prepositions of a time or place phrase that ends a clause ("would close in June and
# Dr. Ann Roe added"): a capitalised word after one is its object, no speaker (not
# "after" / "before" / "since" / "until": also conjunctions, "months after Ann Roe and
# Ben Hale declared")
_CLAUSE_END_PREPS = frozenset("in at on during".split())


def _after_object_conjunct(toks, np_):
    """Start of the second conjunct when the phrase ``np_`` is "A and B" whose A (one to
    three capitalised words) is the object of "in" / "at" / "on" / "during" closing the
    clause before it ("The authority said the clinic would close in June and Dr. Ann Roe
    added that ..."): B alone is the speaker; else -1. A preposition opening the sentence
    ("In Moncton and Dieppe, ...") or a phrase starting before it ("Fans in Moncton and
    Halifax said") is no such clause end.

    >>> t = [(0, 0, w) for w in "Lee said it would close in June and Ann Roe said".split()]
    >>> _after_object_conjunct(t, (6, 10))
    8
    >>> _after_object_conjunct(t, (5, 10))
    -1
    """
    j, e = np_
    if j < 3 or toks[j - 1][2] not in _CLAUSE_END_PREPS:
        return -1
    a = j
    while a < e and a - j < 3 and _is_cap(toks[a][2]) and toks[a][2].isalpha():
        a += 1
    if a == j or a + 1 >= e or toks[a][2] != "and" or not _is_cap(toks[a + 1][2]):
        return -1
    return a + 1


def _org_of_premodifier_start(toks, np_, lex):
    """Start of "a <Org> of <Name> <noun>" when ``np_`` is only "<Name> <noun>": an
    organisation's name with "of" before a lower-case title noun ("A Court of King's
    Bench judge", "An Ontario Court of Justice judge", "a University of Regina
    professor"): the determiner's index, else -1 ("Critics of Court of Appeal judge
    Ann Roe": no determiner before the organisation; "The head of the Court of Appeal":
    no noun after it).

    >>> from analysis.quotes.lexicon import lexicon
    >>> w = "An Ontario Court of Justice judge said".split()
    >>> _org_of_premodifier_start([(0, 0, x) for x in w], (4, 6), lexicon())
    0
    >>> w = "Critics of Court of Appeal judge said".split()
    >>> _org_of_premodifier_start([(0, 0, x) for x in w], (4, 6), lexicon())
    -1
    """
    j, e = np_
    if e - j < 2 or j < 3 or toks[j - 1][2] != "of":
        return -1
    head = toks[e - 1][2]
    if not (head.isalpha() and head.islower() and head in lex.titles):
        return -1
    if not all(_is_cap(toks[x][2]) for x in range(j, e - 1)):
        return -1
    if toks[j - 2][2] not in lex.org_words:
        return -1  # ("the mayor of Gander town councillor": no organisation before "of")
    i = j - 2
    while i - 1 >= 0 and _is_cap(toks[i - 1][2]) and toks[i - 1][2].lower() not in _ORG_DETS:
        i -= 1
    if i - 1 < 0 or toks[i - 1][2].lower() not in _ORG_DETS:
        return -1
    return i - 1


_ORG_DETS = frozenset(("a", "an", "the"))


_NP_DAY_RE = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")


def _between_object_start(toks, a, lex):
    """Start of the description whose "between <X> (and <Y>)" phrase ends at token ``a``
    ("Two people familiar with the talks between Ottawa and the provinces said": the
    people, not the provinces), when a lower-case head stands right before "between"
    and no comma or quotation mark comes between; else -1."""
    b = a - 1
    if b >= 2 and toks[b][2] == "and":
        b = next((x for x in range(b - 1, max(b - 7, 0), -1) if toks[x][2] in _BETWEEN_STOPS), -1)
    if b < 2 or toks[b][2] != "between" or not toks[b - 1][2].islower():
        return -1
    np2 = _left_np(toks, b, lex)
    if np2 is None or np2[1] != b or not toks[np2[0]][2][:1].isalpha():
        return -1
    return np2[0] if toks[np2[0]][2][:1].islower() or toks[np2[0]][2] in _DETS_CAP else -1


_BETWEEN_STOPS = frozenset(["between", ",", '"', "“", "”", ";", ":"])
_DETS_CAP = frozenset("A An The Two Three Several Some One".split())


def _dated_determiner_start(toks, a):
    """Index of the determiner before a date written into a noun phrase that starts at
    the day number at token ``a`` ("A Feb. 1 letter", "the March 3 memo"); -1 otherwise.

    >>> ws = "A Feb . 1 letter".split()
    >>> _dated_determiner_start([(0, 0, w) for w in ws], 3)
    0
    >>> _dated_determiner_start([(0, 0, w) for w in "On March 1 letters".split()], 2)
    -1
    """
    if a < 2 or a >= len(toks) or not _NP_DAY_RE.fullmatch(toks[a][2]):
        return -1
    m = a - 2 if toks[a - 1][2] == "." else a - 1
    if m < 1 or toks[m][2].lower() not in _NP_MONTHS or not toks[m][2][:1].isupper():
        return -1
    return m - 1 if toks[m - 1][2].lower() in ("a", "an", "the", "its", "their") else -1


_CONTACT_OUTER_DETS = frozenset(("the", "a", "an", "every", "each"))
_CONTACT_INNER_DETS = frozenset(("the", "a", "an", "his", "her", "their", "its"))


def _contact_relative_subject(toks, np_):
    """Start of the subject of a contact relative clause read into the noun phrase
    ``np_`` ("The road the mayor promised to fix": "the mayor"): the phrase opens with a
    determiner, one or two lower-case words (the head) follow, then a second determiner
    opens the relative's subject; -1 otherwise.

    >>> _contact_relative_subject([(0, 0, w) for w in "The road the mayor".split()], (0, 4))
    2
    >>> _contact_relative_subject([(0, 0, w) for w in "The mayor of the town".split()], (0, 5))
    -1
    """
    a, e = np_
    if e - a < 4 or toks[a][2].lower() not in _CONTACT_OUTER_DETS:
        return -1
    for d in (a + 2, a + 3):
        if d + 1 < e and toks[d][2] in _CONTACT_INNER_DETS:
            break
    else:
        return -1
    if not all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a + 1, d)):
        return -1
    if any(toks[x][2].lower() in _CONTACT_PREPS for x in range(a + 1, d)):
        return -1
    return d


# words that join a head to the phrase after it ("the mayor of the town"): no contact
_CONTACT_PREPS = frozenset("of in at for from with on by to and or than".split())


_THE_A = frozenset(("the", "The", "a", "A", "an", "An"))


def _head_behind(toks, np_, lex):
    """The head "the <noun>" before "behind" and the noun phrase ``np_`` after it, when
    the head opens its clause ("A mine would open, the company behind the project told a
    hearing": the company, as "The company behind a wind farm says" is); ``np_``
    otherwise.

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = ", the company behind the project".split()
    >>> _head_behind([(0, 0, w) for w in ws], (4, 6), lexicon())
    (1, 3)
    >>> ws = "he stood behind the project".split()
    >>> _head_behind([(0, 0, w) for w in ws], (3, 5), lexicon())
    (3, 5)
    """
    h = np_[0] - 2
    d = h - 1
    if d >= 1 and toks[d][2].isalpha() and toks[d][2].islower() and toks[d - 1][2] in _THE_A:
        d -= 1  # "the small company behind it": one adjective before the head
    if toks[d][2].lower() not in ("the", "a", "an") or not toks[h][2].islower():
        return np_
    if lex.nouns.get(toks[h][2]) not in ("organization", "group", "anonymous"):
        return np_
    if d > 0 and toks[d - 1][2] not in (",", "and", "but", "—", "–") and toks[d - 1][2][0] != MASK:
        return np_  # (only a head that opens its clause)
    return (d, h + 1)


_QUANTITY_LEADS = frozenset(tuple(x.split()) for x in _lines("quantity_leads.txt"))

_COUNT_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")


def _counted_group_start(toks, k):
    """Start of a count with a lead word that is the whole subject before token ``k``
    ("At least 21,000 said", "More than 3,000 say", "Nearly 200 said", "About 40 per
    cent said"); the count names a group of people, never a person called "21,000";
    else -1.

    >>> ws = "At least 21,000 said".split()
    >>> _counted_group_start([(0, 0, w) for w in ws], 3)
    0
    >>> _counted_group_start([(0, 0, w) for w in [MASK, "at", "least", "900", "said"]], 4)
    1
    >>> ws = "Sales rose 21,000 said".split()
    >>> _counted_group_start([(0, 0, w) for w in ws], 3)
    -1
    """
    n = k - 1
    if n >= 2 and toks[n][2].lower() == "cent" and toks[n - 1][2].lower() == "per":
        n -= 2  # ("About 40 per cent said")
    elif n >= 1 and toks[n][2].lower() in ("percent", "%"):
        n -= 1
    if n < 1 or _COUNT_RE.fullmatch(toks[n][2]) is None:
        return -1
    for size in (3, 2, 1):
        lo = n - size
        if lo >= 0 and tuple(t[2].lower() for t in toks[lo:n]) in _QUANTITY_LEADS:
            if lo == 0 or toks[lo - 1][2] in (",", "and", "but", "that", '"', "“"):
                return lo
            if toks[lo - 1][2][0] == MASK:
                return lo  # ('"We came," at least 21,000 said': after the quotation)
            return -1
    return -1


_ASIDE_OPENERS = frozenset("who whose a an the".split())


def _aside_coordinated_start(toks, j, lex):
    """Start of the first of two coordinated names when the name at token ``j`` follows
    ", and" and the first name, at its sentence start, carries an aside set off by commas:
    a relative clause, an apposition or an age ("Ann Roe, who chairs the board, and Tom
    Vale said"; "Ann Roe, 54, and Tom Vale said"); else -1.

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "Ann Roe , who chairs the board , and Tom Vale".split()
    >>> _aside_coordinated_start([(0, 0, w) for w in ws], 9, lexicon())
    0
    >>> ws = "In Halifax , the mayor said , and Tom Vale".split()
    >>> _aside_coordinated_start([(0, 0, w) for w in ws], 8, lexicon())
    -1
    """
    if j < 6 or toks[j - 1][2] != "and" or toks[j - 2][2] != "," or not _is_cap(toks[j][2]):
        return -1
    c = j - 3
    while c > 0 and j - c <= 18 and toks[c][2] != ",":
        w = toks[c][2]
        if not (w.isalnum() or "'" in w or "’" in w or w in ("-", "$", "%")):
            return -1  # (no other punctuation, quotation or mask inside the aside)
        if w.islower() and lex.cue_re.fullmatch(w) and toks[c + 1][2] != "to":
            return -1  # ("In Halifax, the mayor said, and Tom Vale said")
        c -= 1
    if c < 1 or toks[c][2] != "," or c + 1 >= j - 2:
        return -1
    opener = toks[c + 1][2]
    if not (opener.lower() in _ASIDE_OPENERS or (opener.isdigit() and c + 2 == j - 2)):
        return -1
    b = c
    while b - 1 >= 0 and _is_cap(toks[b - 1][2]) and toks[b - 1][2].isalpha():
        b -= 1
    after_quote = b > 0 and toks[b - 1][2][0] == MASK  # ('"A," Ann Roe, 54, and Tom Vale said')
    if b == c or (b > 0 and not after_quote) or toks[b][2].lower() in _SENT_START_STOP:
        return -1  # (the first name opens the sentence or follows the quotation)
    return b


# what may stand before a surname opened by lower-case particles: a comma, a quotation
# mark or a dash (", de la Fontaine said"), or the start of the sentence
_BEFORE_PARTICLE_NAME = frozenset((",", '"', "\u201d", "\u201c", "\u2014", "--"))


def _particle_opened_name(toks, np_):
    """``np_`` with the lower-case particles that open its surname (", de la Fontaine
    said, B"; ", van der Berg said"): one or two particles of ``_SURNAME_PARTICLES``
    right before a capitalised name, after a comma, a quotation mark, a dash or at the
    start of the sentence.

    >>> t = [(0, 0, w) for w in "A , de la Fontaine said".split()]
    >>> _particle_opened_name(t, (4, 5))
    (2, 5)
    >>> t = [(0, 0, w) for w in "the house of de Roe said".split()]
    >>> _particle_opened_name(t, (4, 5))
    (4, 5)
    """
    if np_ is None or not toks[np_[0]][2][:1].isupper():
        return np_
    j = np_[0]
    while j > 0 and np_[0] - j < 2 and toks[j - 1][2] in _SURNAME_PARTICLES:
        j -= 1
    if j == np_[0] or (j > 0 and toks[j - 1][2] not in _BEFORE_PARTICLE_NAME):
        return np_
    return (j, np_[1])


# an age or count word inside an apposition ("22-year-old", "fourth-year" is lower-case)
_APPOSED_AGE_RE = re.compile(r"\d+(?:-[a-z]+)+$")


def _apposed_to_name(toks, j):
    """Does the lower-case phrase whose head is at token ``j`` open (after at most four
    lower-case words) right after "<Name>,": "Roe, a fourth-year student from Dartmouth,
    N.S., said" (an apposition of Roe, who speaks)? An age word counts as lower-case
    ("Roe, a 22-year-old engineering student from Moncton, N.B., said")."""
    i = j - 1
    while i >= 0 and j - i <= 4 and (toks[i][2][:1].islower() or _APPOSED_AGE_RE.match(toks[i][2])):
        i -= 1
    return i >= 1 and toks[i][2] == "," and _is_cap(toks[i - 1][2])


_HEAD_PREPS = ("with", "to", "for", "of", "at", "from", "in", "on", "across", "throughout")


_PARTITIVE_COUNTS = frozenset("one some several many each two three".split())
# determiners of a counted partitive's object ("two of the workers", "two of his children")
_PARTITIVE_DETS = frozenset("the those these his her their".split())
# prepositions before a count of place ("Tenants in two of the buildings")
_PARTITIVE_PREPS = frozenset("in at from across of".split())


def _partitive_hop(toks, p):
    """The preposition before a partitive ("in one of the buildings") when token ``p``
    is the "of" of that partitive and a preposition of place comes before its count
    ("Tenants in one of the Summerside buildings said": the tenants, not the buildings),
    else ``p``."""
    if (
        2 <= p < len(toks)
        and toks[p][2] == "of"
        and (
            toks[p - 1][2].lower() in _PARTITIVE_COUNTS
            or toks[p - 1][2].lower() in SPELLED_NUMBERS  # "in four of the buildings"
            or _COUNT_RE.fullmatch(toks[p - 1][2]) is not None  # "in 12 of the buildings"
        )
        and toks[p - 2][2].lower() in _PARTITIVE_PREPS
    ):
        return p - 2
    return p


def _over_place_list(toks, j, e, lex):
    """Start of a list of capitalised names that ends with the coordination ``j``..``e``
    ("across New Brunswick, Nova Scotia and PEI": the list starts at "New"), when a
    lower-case noun and a preposition come before it; else ``j``.

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "pharmacists across New Brunswick , Nova Scotia and Prince Edward Island".split()
    >>> _over_place_list([(0, 0, w) for w in ws], 5, 11, lexicon())
    2
    >>> ws = "an embassy in Morvania , the department".split()
    >>> _over_place_list([(0, 0, w) for w in ws], 5, 7, lexicon())
    5
    """
    if not _is_cap(toks[j][2]) or not any(t[2] == "and" for t in toks[j:e]):
        return j  # (only a coordination of names: "A, B and C")
    i, hops = j, 0
    while hops < 4 and i >= 3 and toks[i - 1][2] == "," and _is_cap(toks[i - 2][2]):
        b = i - 2
        while b - 1 >= 0 and _is_cap(toks[b - 1][2]):
            b -= 1
        i, hops = b, hops + 1
    if i == j or i < 2 or toks[i - 1][2].lower() not in _HEAD_PREPS:
        return j
    return i if _lower_noun(toks[i - 2][2], lex) or _opening_plural(toks, i - 2, lex) else j


# words between a head noun and its preposition: "a diplomat close to the talks",
# "veterans interviewed across South Carolina this week said"
# a compass direction that makes "of" a preposition of place ("farmers east of Yorkton")
_DIRECTION_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest".split()
)


def _compass_of(toks, q):
    """Is token ``q``, right before "of", a compass direction that places the words
    before it ("farmers east of Yorkton"), not a surname after a capitalised word
    ("Ann North of Halifax said": the speaker is "Ann North")?

    >>> t = [(0, 0, w) for w in "farmers east of Yorkton Ann North of Halifax".split()]
    >>> _compass_of(t, 1), _compass_of(t, 5)
    (True, False)
    """
    w = toks[q][2]
    return w.lower() in _DIRECTION_WORDS and not (_is_cap(w) and _is_cap(toks[q - 1][2]))


# prepositions that tie a people noun to the place noun of a place phrase ("workers at a
# farm in Dunmore", "staff from a clinic east of Dunmore")
_WORKPLACE_PREPS = frozenset(("at", "from", "with", "for"))


def _placed_head(toks, p, lex):
    """(preposition, head) for the place phrase whose preposition is token ``p``: the
    word before it, past a compass direction ("farmers east of Yorkton": "farmers"), and
    past a place noun that is itself the object of a people noun ("workers at a farm in
    Dunmore", "workers at a greenhouse operation east of Dunmore": "at", "workers").

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "workers at a greenhouse operation east of Dunmore".split()]
    >>> _placed_head(t, 6, lexicon())
    (1, 0)
    >>> t = [(0, 0, w) for w in "farmers east of Yorkton".split()]
    >>> _placed_head(t, 2, lexicon())
    (2, 0)
    """
    q = p - 1
    if toks[p][2].lower() == "of" and q >= 1 and _compass_of(toks, q):
        q -= 1  # ("farmers east of Yorkton said": "east of" places them, one preposition)
    w = toks[q][2]
    if q < 3 or not w.isalpha() or not w.islower() or _lower_noun(w, lex):
        return p, q
    j = q  # the place noun's phrase: up to two lower-case premodifiers, then a determiner
    while j > q - 2 and toks[j - 1][2].isalpha() and toks[j - 1][2].islower():
        if toks[j - 1][2] in _DETS:
            break
        j -= 1
    if toks[j - 1][2].lower() not in ("a", "an", "the") or j < 3:
        return p, q
    if toks[j - 2][2].lower() in _WORKPLACE_PREPS and _lower_noun(toks[j - 3][2], lex):
        c = j - 3  # (not a counted group: "Eleven seasonal workers at an orchard in X" is
        while c > j - 6 and c >= 1 and toks[c - 1][2].isalpha() and toks[c - 1][2].islower():
            c -= 1  # the count's, ``_counted_group_start``)
        if c < 1 or not (toks[c - 1][2][:1].isdigit() or toks[c - 1][2].lower() in SPELLED_NUMBERS):
            return j - 2, j - 3
    return p, q


# prepositions that place a lower-case group by a named place ("A group of cattle
# ranchers near Swift Current say": the ranchers, not the town)
_PLACE_PREPS_OF_GROUP = frozenset(("near", "outside"))

_HEAD_MODIFIERS = frozenset(
    "familiar close privy traveling travelling speaking working interviewed surveyed polled".split()
)


def _past_place_prep(toks, j, e):
    """``j`` + 1 when the phrase ``j``..``e`` opens with a place preposition before a
    capitalised word ("outside Swift Current", a group's place: the rules of
    ``_left_np1`` then walk back to the group), else ``j``.

    >>> t = [(0, 0, w) for w in "ranchers near the lake and outside Swift Current".split()]
    >>> _past_place_prep(t, 5, 8), _past_place_prep(t, 6, 8)
    (6, 6)
    """
    if e - j >= 2 and j >= 2 and toks[j][2] in _PLACE_PREPS_OF_GROUP and _is_cap(toks[j + 1][2]):
        return j + 1
    return j


def _opening_plural(toks, q, lex):
    """Is token ``q`` a capitalised plural of a listed noun that opens the clause
    ("Officials in Beijing said", "Farmers in Alberta ... say")?"""
    w = toks[q][2]
    if not (w[:1].isupper() and w[1:].islower() and w.endswith("s")):
        return False
    if q > 0 and toks[q - 1][2] not in ('"', "\u201c", "(", "--", "\u2014"):
        return False
    return _lower_noun(w.lower(), lex)


# capitalised words that open a sentence with a fronted adjunct written without a comma
# ("In Ottawa the minister said", "Last week the council said")
_FRONT_OPENERS = frozenset("In At On During After Before Since Last This Earlier Later".split())


def _fronted_adjunct_cut(toks, np_):
    """``np_`` without the object of a sentence-opening preposition written without a
    comma: "In Ottawa the minister said" -> "the minister", "In a letter the union
    said" -> "the union", "Last week the council said" -> "the council".

    >>> t = [(0, 0, w) for w in "In Ottawa the minister said".split()]
    >>> _fronted_adjunct_cut(t, (1, 4))
    (2, 4)
    >>> t = [(0, 0, w) for w in "In Ottawa a spokesman for the city said".split()]
    >>> _fronted_adjunct_cut(t, (1, 7))
    (2, 7)
    """
    if np_ is None or np_[0] < 1 or toks[np_[0] - 1][2] not in _FRONT_OPENERS:
        return np_
    j, e = np_
    for x in range(j + 1, e - 1):
        w = toks[x][2]
        if w in ("the", "a", "an") and toks[x - 1][2].lower() not in _PREPS:
            if toks[x - 1][2] in (",", "and", "or") or _possessive(toks[x - 1][2]):
                return np_
            return (x, e)
        if toks[x - 1][2].lower() in _PREPS:
            return np_  # "a spokesman for the city": the object of a post-modifier
    return np_


@lru_cache(maxsize=1)
def _parent_nouns():
    return frozenset(_lines("parent_nouns.txt"))


def _parent_of_number(toks, k):
    """The description "the mother of two" / "a father of three" ending right before
    token ``k`` (a parent noun, "of" and a count of children), with its determiner;
    None otherwise.

    >>> t = [(0, 0, w) for w in "inside , the mother of two said".split()]
    >>> _parent_of_number(t, 6)
    (2, 6)
    >>> _parent_of_number([(0, 0, w) for w in "The 41-year-old mother of three".split()], 5)
    (0, 5)
    >>> _parent_of_number([(0, 0, w) for w in "the end of two said".split()], 4)
    """
    if k < 3 or toks[k - 2][2] != "of" or toks[k - 3][2].lower() not in _parent_nouns():
        return None
    n = toks[k - 1][2]
    if not (n.isdigit() or n.lower() in _NUMERIC):
        return None
    j = k - 3
    while j > 0 and k - 3 - j < 2 and toks[j - 1][2].lower() not in ("the", "a"):
        w = toks[j - 1][2]
        if not (w.isalpha() and w.islower() or _AGED_RE.fullmatch(w.lower())):
            break
        j -= 1  # ("The 41-year-old mother of three", "a single father of two")
    return (j - 1, k) if j > 0 and toks[j - 1][2].lower() in ("the", "a") else (k - 3, k)


def _tenure_of_count(toks, k, lex):
    """The description "her friend of 20 years" / "a neighbour of many years" ending
    right before token ``k``: a determined lower-case phrase, "of", a count and a unit
    of time (how long the relation has lasted); None otherwise.

    >>> from .lexicon import lexicon
    >>> t = [(0, 0, w) for w in ", her friend of 20 years said".split()]
    >>> _tenure_of_count(t, 6, lexicon())
    (1, 6)
    >>> _tenure_of_count([(0, 0, w) for w in "Ann Roe of 20 years said".split()], 5, lexicon())
    """
    if k < 4 or toks[k - 3][2] != "of":
        return None
    np_ = _left_np0(toks, k - 3, lex)
    if np_ is None or np_[1] != k - 3 or tenure_end(toks[:k], np_) != k:
        return None
    return (np_[0], k)


def _head_of_phrase(toks, np_, lex):
    """``np_`` with the leader it is "of" when it opens with an article right after
    "the <title> of" ("The head of | a small Saskatchewan credit union says": the head,
    not the credit union; the modifiers before a capitalised word stop the walk that
    finds the title otherwise).

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "The head of a small Saskatchewan credit union".split()]
    >>> _head_of_phrase(t, (5, 8), lexicon())
    (0, 8)
    >>> t = [(0, 0, w) for w in "a firm drilling beneath southwest Saskatchewan".split()]
    >>> _head_of_phrase(t, (5, 6), lexicon())
    (5, 6)
    """
    if np_ is None:
        return np_
    j = np_[0]
    while j > 0 and np_[0] - j < 2 and toks[j - 1][2].isalpha() and toks[j - 1][2].islower():
        if toks[j - 1][2] in ("a", "an", "the", "of"):
            break
        j -= 1  # ("a small | Saskatchewan credit union": lower-case modifiers)
    if (
        j > 0
        and toks[j - 1][2] not in ("a", "an", "the")
        and (placed := _placed_object_start(toks, np_[0]))
    ):
        j = placed  # ("the owner of a | gift shop on Montague Street")
    if j < 4 or toks[j - 1][2] not in ("a", "an", "the") or toks[j - 2][2] != "of":
        return np_
    if toks[np_[0]][2].lower() not in ("a", "an", "the") and j == np_[0]:
        return np_
    if not _determined_title(toks, j - 4, j - 2, lex):
        return np_
    return (j - 4, np_[1])


# prepositions that place a shop or a workplace by its street or town ("a gift shop on
# Montague Street", "a hardware store in Hay River")
_SHOP_PLACE_PREPS = frozenset(("on", "in", "at"))


def _placed_object_start(toks, c):
    """Start of the lower-case words (one to three) between an article and a place
    preposition right before the capitalised name at ``c`` ("the owner of a | gift shop
    on | Montague Street": the start of "gift"), 0 when the words there are no such
    phrase.

    >>> t = [(0, 0, w) for w in "the owner of a gift shop on Montague Street".split()]
    >>> _placed_object_start(t, 7), _placed_object_start(t[:4] + t[6:], 5)
    (4, 0)
    """
    if c < 3 or toks[c - 1][2] not in _SHOP_PLACE_PREPS or not toks[c][2][:1].isupper():
        return 0
    j = c - 1
    while j > 0 and c - 1 - j < 3 and toks[j - 1][2].isalpha() and toks[j - 1][2].islower():
        if toks[j - 1][2] in ("a", "an", "the", "of"):
            break
        j -= 1
    return j if j < c - 1 and toks[j - 1][2] in ("a", "an", "the") else 0


def _collective_owner_start(toks, j, of, lex):
    """Start of the phrase a collective ("a group of shoppers" at token ``j``, its "of"
    at ``of``) is the object of: "lawyers for a group of shoppers", "a spokesperson for
    a number of ..."; else ``j`` (also when ``of`` is no "of" after a collective head).

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "said lawyers for a group of shoppers".split()
    >>> _collective_owner_start([(0, 0, w) for w in ws], 3, 5, lexicon())
    1
    """
    if toks[of][2].lower() != "of" or toks[of - 1][2].lower() not in _COLLECTIVE_HEADS:
        return j
    p = j - 1
    if p < 1 or toks[p][2].lower() not in ("for", "of", "with", "representing"):
        return j
    q = p - 1
    if not _lower_noun(toks[q][2], lex) or toks[q][2].lower() in _COLLECTIVE_HEADS:
        return j
    while q - 1 >= 0 and _np_word(toks[q - 1][2], lex) and toks[q - 1][2].lower() not in _PRONOUNS:
        q -= 1
    while q < p - 1 and toks[q][2].lower() in _SENT_START_STOP and toks[q][2].lower() not in _DETS:
        q += 1
    return q


def _the_two_or_position(toks, k):
    """The span of "the two" / "the third" / "the veteran third" right before token
    ``k`` (its last word "two", "second" or "third"), or None.

    >>> toks = [(0, 0, w) for w in "the veteran third said".split()]
    >>> _the_two_or_position(toks, 3), _the_two_or_position(toks[1:], 2)
    ((0, 3), None)
    """
    if k >= 3 and toks[k - 1][2] != "two" and lineup_modifier(toks[k - 2][2]):
        return (k - 3, k) if toks[k - 3][2] in ("the", "The") else None
    return (k - 2, k) if toks[k - 2][2] in ("the", "The") else None


def _firm_before_of(toks, of):
    """Start of a company's name ending in its legal form right before the "of" at
    ``of`` ("Corvane Systems Inc. of Columbus, Ohio"); -1 otherwise ("Ann Roe of ...").

    >>> _firm_before_of([(0, 0, w) for w in "Corvane Systems Inc . of".split()], 4)
    0
    >>> _firm_before_of([(0, 0, w) for w in "Ann Roe of".split()], 2)
    -1
    """
    s = of - 2 if of >= 2 and toks[of - 1][2] == "." else of - 1
    if s < 1 or toks[s][2].lower() not in COMPANY_SUFFIXES:
        return -1
    j = s
    while j - 1 >= 0 and s - j < 5 and _is_cap(toks[j - 1][2]) and toks[j - 1][2].isalpha():
        j -= 1
    if j == s or toks[j][2].lower() in _SENT_START_STOP:
        return -1
    return j


def _description_of_town(toks, e, lex):
    """The span of the description before "of <Town>," when the comma at ``e`` closes
    the province, state or place set off by commas after the town ("The president of
    Columbus, Ohio, said": the president of Columbus, not Ohio; "The mayor of Moncton,
    New Brunswick, said"); the description opens with a lower-case word, after a determiner or not.
    None otherwise: a name before "of" or the description is the other rules', and a
    given name in the commas is a person ("The chair of the Regina Board of Trade, Ann
    Roe, said").

    >>> from .lexicon import lexicon
    >>> ws = "The president of Columbus , Ohio , said".split()
    >>> _description_of_town([(0, 0, w) for w in ws], 6, lexicon())
    (0, 4)
    """
    if _is_cap(toks[e - 1][2]) and toks[e - 2][2] == ",":
        j = e - 1
    elif _is_cap(toks[e - 2][2]) and toks[e - 3][2] == ",":
        j = e - 2  # ("New Brunswick")
    else:
        return None
    place = " ".join(t[2] for t in toks[j:e])
    if place in LISTED_PLACES:
        if not (
            toks[j - 1][2] == ","
            and _is_cap(toks[j - 2][2])
            and toks[j - 3][2].lower() in ("of", "from")
        ):
            return None
    elif e - j > 1 or toks[j][2].lower() in lex.gender or not _town_after_comma(toks, j, e):
        return None
    np2 = _left_np(toks, j - 1, lex)
    if np2 is None or np2[1] != j - 1 or np2[0] >= j - 3 or _apposed_to_name(toks, np2[0]):
        return None  # ("Ann Roe, a delegate from Columbus, Ohio, said": Roe's, below)
    first = toks[np2[0]][2]
    if first in _DETS_CAP and np2[0] + 1 < j - 3:
        first = toks[np2[0] + 1][2]
    return np2 if first[:1].islower() else None


def _per_cent_of(toks, p, q):
    """Is token ``q`` the "cent" of "per cent" before the "of" at ``p`` ("61 per cent of
    the drivers"): the Canadian spelling of "percent", a count's head noun?

    >>> _per_cent_of([(0, 0, w) for w in "61 per cent of".split()], 3, 2)
    True
    >>> _per_cent_of([(0, 0, w) for w in "one cent of".split()], 2, 1)
    False
    """
    return (
        toks[q][2].lower() == "cent"
        and q >= 1
        and toks[q - 1][2].lower() == "per"
        and toks[p][2].lower() == "of"
    )


def _count_of_the(toks, p, lw, lex, e) -> bool:
    """Is the "of" at ``p`` that of a count ("Eleven of the workers", "12 of the
    nurses", "two of his children") before a determined phrase ending at ``e``? The
    count belongs to the speaker. "One of the nurses" (one person, not the nurses) only
    when a listed plural person noun ends the phrase or comes before its tail ("One of
    the lawyers for Ann Roe": the lawyer, not Ann Roe; "one of the companies" is left
    as it was)."""
    if not (
        toks[p][2].lower() == "of"
        and (lw in SPELLED_NUMBERS or _COUNT_RE.fullmatch(lw) is not None)
        and p + 2 < len(toks)
        and toks[p + 1][2].lower() in _PARTITIVE_DETS
    ):
        return False
    if lw not in ("one", "1"):
        return True
    head = toks[p + 2][2]
    return (
        (e == p + 3 or (e > p + 4 and toks[p + 3][2] in _HEAD_PREPS))  # ("... for Ann Roe")
        and head.endswith("s")
        and _lower_noun(head, lex)
        and lex.nouns.get(head[:-1]) != "organization"
    )


def _counted_partitive_start(toks, j2, q, lex):
    """Start of the count before "of" when the head phrase ``j2``..``q`` that a place or
    owner phrase follows is its object ("Eleven of | the workers at the plant said",
    "One of | the lawyers for Ann Roe said": one unnamed lawyer, a listed plural person
    noun right after the determiner), else ``j2``; not after a preposition ("Tenants in
    two of the buildings at the complex": ``_partitive_hop``'s).

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "Eleven of the workers at the plant said".split()
    >>> _counted_partitive_start([(0, 0, w) for w in ws], 2, 3, lexicon())
    0
    """
    if j2 < 2 or toks[j2 - 1][2] != "of" or toks[j2][2].lower() not in _PARTITIVE_DETS:
        return j2
    if j2 >= 3 and toks[j2 - 3][2].lower() in _PARTITIVE_PREPS:
        return j2
    lw = toks[j2 - 2][2].lower()
    if not (lw in SPELLED_NUMBERS or _COUNT_RE.fullmatch(lw) is not None):
        return j2
    if lw in ("one", "1"):
        head = toks[q][2]
        if not (
            q == j2 + 1
            and head.endswith("s")
            and _lower_noun(head, lex)
            and lex.nouns.get(head[:-1]) != "organization"
        ):
            return j2  # ("one of the companies in the group")
    return j2 - 2


def _count_adjective_start(toks, j2, q):
    """The start of "<count> <adjective> <head>" when the phrase start ``j2`` is its head
    ``q`` ("Eleven seasonal workers at an orchard said": from "Eleven"), else ``j2``.

    >>> ws = "Eleven seasonal workers at an orchard said".split()
    >>> _count_adjective_start([(0, 0, w) for w in ws], 2, 2)
    0
    >>> ws = "Officials seasonal workers at an orchard said".split()
    >>> _count_adjective_start([(0, 0, w) for w in ws], 2, 2)
    2
    """
    if j2 != q or q < 2:
        return j2
    adj, count = toks[q - 1][2], toks[q - 2][2]
    if not (adj.isalpha() and adj.islower()) or adj in _PREPS or adj in _PRONOUNS:
        return j2
    low = count.lower()
    if low in SPELLED_NUMBERS or _COUNT_RE.fullmatch(count) is not None:
        return q - 2
    return j2


def _phrase_opening(toks, j2, q):
    """The start of the phrase headed by token ``q`` whose words run back to ``j2``: past
    sentence-start stop words that are no determiner, then back to a count before an
    adjective (``_count_adjective_start``)."""
    while j2 < q and toks[j2][2].lower() in _SENT_START_STOP and toks[j2][2].lower() not in _DETS:
        j2 += 1
    return _count_adjective_start(toks, j2, q)


def _firm_of_town(toks, np_):
    """The span of the company before "of <Town>," when ``np_`` is the state or province
    set off by commas after the town ("Corvane Systems Inc. of Columbus, Ohio, said":
    the firm, not Ohio); None otherwise."""
    j, e = np_
    if e - j > 2 or not _town_after_comma(toks, j, e):
        return None
    firm = _firm_before_of(toks, j - 3)
    return None if firm < 0 else (firm, j - 3)


_COORD_DETS = frozenset(("the", "a", "an", "its", "their", "our"))


def _coordinated_modifiers(toks, np_):
    """The span of a noun phrase whose head has two coordinated noun modifiers, the
    first a plural, opened by a determiner ("the local hunters and trappers organization
    said", "a parents and teachers group said"), when ``np_`` holds only the head or the
    second modifier and the head; else ``np_`` ("the mayor and deputy mayor said": no
    plural first; "the bank and its regulator": no determiner-free second word).

    >>> t = [(0, 0, w) for w in "the local hunters and trappers organization".split()]
    >>> _coordinated_modifiers(t, (4, 6))
    (0, 6)
    >>> t = [(0, 0, w) for w in "the mayor and deputy mayor".split()]
    >>> _coordinated_modifiers(t, (3, 5))
    (3, 5)
    """
    j, e = np_
    h = e - 1
    if e - j > 2 or h < 4 or toks[h - 2][2] != "and":
        return np_
    head, w2, w1 = toks[h][2], toks[h - 1][2], toks[h - 3][2]
    if not (head.isalpha() and head.islower() and not head.endswith("s")):
        return np_
    if not (w2.isalpha() and w2.islower()) or w2 in _DETS or w2 in _PRONOUNS:
        return np_
    if not (w1.isalpha() and w1.islower() and len(w1) > 3 and w1.endswith("s")):
        return np_
    if w1.endswith("ss") or w1 in _SENT_START_STOP:
        return np_
    d = h - 4
    while d >= 0 and h - 4 - d < 2 and toks[d][2].lower() not in _COORD_DETS:
        m = toks[d][2]
        if not (m.isalpha() and m.islower()) or m in _SENT_START_STOP or m in _PREPS:
            return np_
        d -= 1
    if d < 0 or toks[d][2].lower() not in _COORD_DETS:
        return np_
    return (d, e)


def _head_words_start(toks, j, lex):
    """Start of the noun-phrase words ending at the head token ``j`` (a head before its
    preposition): back over listed words, no pronoun, then, after a lower-case head, over
    one or two unlisted modifiers to their determiner or possessive ("The ministry's
    senior bridge engineer | for the region": from "The", not "engineer").

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "The ministry's senior bridge engineer for".split()]
    >>> _head_words_start(t, 4, lexicon()), _head_words_start(t[3:], 1, lexicon())
    (0, 1)
    """
    w, after = toks[j][2], toks[j + 1][2] if j + 1 < len(toks) else ""
    # (a title before "of" keeps its cut: "interim director of the future X Museum")
    head_lower = w.islower() and not (after == "of" and w in lex.titles)
    while j - 1 >= 0 and _np_word(toks[j - 1][2], lex) and toks[j - 1][2].lower() not in _PRONOUNS:
        j -= 1
    return _unlisted_modifiers(toks, j, lex) if head_lower else j


# the counts and articles that make a capitalised word after them a member of a party
# or group ("one Liberal", "a New Democrat"), not a name
_MEMBER_COUNTS = frozenset("one a an another two three several some".split())


def _counted_member_start(toks, q):
    """Start of "one Liberal" / "a New Democrat" ending at token ``q`` (one or two
    capitalised words after a count or an article) when "close to" / "familiar with"
    follows it; -1 otherwise ("Ann Lee close to the premier": no count, left as is).

    >>> t = [(0, 0, w) for w in "One Liberal close to the premier".split()]
    >>> _counted_member_start(t, 1)
    0
    >>> t = [(0, 0, w) for w in "Ann Lee close to the premier".split()]
    >>> _counted_member_start(t, 1)
    -1
    """
    if q < 1 or q + 1 >= len(toks) or toks[q + 1][2].lower() not in ("close", "familiar"):
        return -1
    i = q
    while i > q - 2 and i >= 1 and _is_cap(toks[i][2]) and toks[i][2].lower() not in _MEMBER_COUNTS:
        i -= 1
    ok = i < q and toks[i][2].lower() in _MEMBER_COUNTS
    return i if ok and (i == 0 or not _is_cap(toks[i - 1][2])) else -1


def _bare_title_opening(toks, j2, q, p, lex):
    """Does a capitalised title with no name ("Chair", "President") open the sentence at
    token ``q`` right before "of" / "for" at ``p`` ("Chair of the Halifax Board of Trade
    said": the chair, a description, not the board)?

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "President of the Elm Credit Union".split()]
    >>> _bare_title_opening(t, 0, 0, 1, lexicon())
    True
    >>> t = [(0, 0, w) for w in "Ann Roe of the Elm Credit Union".split()]
    >>> _bare_title_opening(t, 0, 1, 2, lexicon())
    False
    """
    w = toks[q][2]
    if j2 != q or toks[p][2] not in ("of", "for") or not w[1:].islower():
        return False
    if q > 0 and toks[q - 1][2] not in ('"', "\u201c", "(", "--", "\u2014"):
        return False
    return w.lower() in _bare_office_titles()


# last words of a government body whose title phrase the older tests read as the body
# ("Secretary of the Treasury Department said": the department, tests/test_quotes_orgs10)
_GOVERNMENT_BODY_ENDS = frozenset(("Department", "Ministry", "Office", "Agency", "Bureau"))


def body_ends(words, lex):
    """Does the mention ``words`` (a title, "of", a body) end with the body: a word of
    an organisation's name ("Union", "Board") with at most "of <Word>" after it, and
    no listed given name ("Secretary of the Treasury Dana Kell", "Chancellor of the
    Treasury Corin Vale": the name ends it)?

    >>> from analysis.quotes.lexicon import lexicon
    >>> body_ends("Chair of the Halifax Board of Trade".split(), lexicon())
    True
    >>> body_ends("Chancellor of the Dominion Treasury Corin Vale".split(), lexicon())
    False
    """
    if any(w.lower() in lex.gender for w in words[2:]) or words[-1] in _GOVERNMENT_BODY_ENDS:
        return False  # (and "Secretary of the Treasury Department said": the department)
    last = max((i for i, w in enumerate(words) if w in lex.org_words), default=-1)
    tail = words[last + 1 :]
    return last > 1 and (not tail or tail[0] in ("of", "for") and len(tail) <= 3)


@lru_cache(maxsize=1)
def _bare_office_titles():
    return frozenset(_lines("bare_office_titles.txt"))


def _left_np1(toks, k, lex):
    """_left_np without the town-and-province check."""
    np_ = _head_of_phrase(toks, _fronted_adjunct_cut(toks, _left_np0(toks, k, lex)), lex)
    if np_ is None and k >= 2 and toks[k - 1][2] in ("second", "third", "two"):
        return _the_two_or_position(toks, k)  # "the two said", "the veteran third said"
    if np_ is None or np_[1] - np_[0] == 1 and toks[np_[0]][2].lower() in _PRONOUNS:
        return np_
    np_ = _role_words_after_comma(toks, np_, lex)
    np_ = _coordinated_modifiers(toks, _role_and_role(toks, _ordinal_head(toks, np_), lex))
    single_object = np_[1] - np_[0] == 1 and toks[np_[0]][2].lower() in ("him", "them", "us", "me")
    j, e = np_
    j = _past_place_prep(toks, j, e)  # ("ranchers outside Swift Current": the place)
    if e - j == 1 and _town_after_comma(toks, j, e):
        j = j - 2  # "Ann Lee, 61, of Shediac, N.B., who ...": the town, then the rules below
    geo = _geographic_prep(toks, j, e)  # walk left over "<prep> (close)" to a head or name
    p = _partitive_hop(toks, _over_place_list(toks, j, e, lex) - 1 if geo is None else geo)
    placed = p >= 2 and toks[p][2].lower() in _PLACE_PREPS_OF_GROUP and toks[p - 1][2].islower()
    if p >= 1 and (toks[p][2].lower() in _HEAD_PREPS or p == geo or placed):
        p, q = _placed_head(toks, p, lex)  # ("farmers east of Yorkton", "workers at a farm in X")
        if toks[q][2].lower() in _HEAD_MODIFIERS:
            q -= 1
            if (j2 := _counted_member_start(toks, q)) >= 0:
                return j2, e  # "One Liberal close to the premier said": the member
        if q >= 0:
            w, lw = toks[q][2], toks[q][2].lower()
            if (
                _lower_noun(w, lex)  # "farmers in Brandon said", "pharmacists across ..."
                or _per_cent_of(toks, p, q)  # "61 per cent of the drivers said"
                or (p == geo and _geographic_subject(toks, q))  # "Hikers near Peyto Lake"
                or _people_at_name(toks, p, q, (j, e), lex)  # "Visitors at Lake Louise said"
                or (  # "Officials in Beijing said" (not "Analysts at Q&R Global said")
                    toks[q + 1][2].lower() not in ("close", "familiar", "privy")
                    and toks[p][2].lower() in ("in", "from", "across", "throughout")
                    and _opening_plural(toks, q, lex)
                )
                # "the 18-year-old from Moose Jaw said": the person, not the town
                or (toks[p][2].lower() == "from" and _AGED_RE.fullmatch(lw) is not None)
                # "the MP from Ajax said": the legislator, not the riding
                or (w in _LEGISLATORS and toks[p][2].lower() in ("from", "for"))
                or (  # "a bartender at the pub", "a nurse at the clinic": an unnamed person
                    lw in lex.titles
                    and toks[p][2].lower() in ("at", "from", "with")
                    and q >= 1
                    and toks[q - 1][2].lower() in ("a", "an", "one")
                )
                or (toks[p][2].lower() == "of" and lw in _COLLECTIVE_HEADS)
                or _count_of_the(toks, p, lw, lex, e)  # "Eleven of the workers said": the count
                or (
                    toks[p][2].lower() == "of"
                    and len(lw) > 4
                    and lw.endswith("s")
                    and (not lw.endswith(_NOT_PLURAL) or lw in lex.nouns)  # ("Critics of")
                    and (q == 0 or toks[q - 1][2].lower() in _DETS or not _is_cap(toks[q - 1][2]))
                    and _group_plural_head(toks, q)
                )
            ):
                j2 = _head_words_start(toks, q - 1 if _per_cent_of(toks, p, q) else q, lex)
                j2 = _phrase_opening(toks, j2, q)  # (from "Eleven" of "Eleven seasonal workers")
                j2 = _counted_partitive_start(toks, j2, q, lex)  # ("Eleven of | the workers at")
                return _role_and_role(toks, (_collective_owner_start(toks, j2, p, lex), e), lex)
            if (
                w == ","
                and e == k < len(toks)
                and (  # the verb right after: "..., of Dieppe said" (or ", who ...")
                    toks[k][2].islower()
                    or (toks[k][2] == "," and k + 1 < len(toks) and toks[k + 1][2] == "who")
                )
                and q >= 3
                and toks[q - 1][2].isdigit()
                and toks[q - 2][2] == ","
            ):
                span = _name_run_before(toks, q - 3)  # "Ann Lee, 61, of Dieppe said"
                if span is not None:
                    return span
                if _is_cap(toks[q - 3][2]) and toks[q - 3][2].lower() not in _SENT_START_STOP:
                    return (q - 3, q - 2)  # "Lee, 61, of Dieppe said"
            hops, p0, q0 = 0, p, q
            while (
                hops < 2
                and _is_cap(w)
                and toks[p][2].lower() in ("in", "for", "at", "of")
                and _hop_over(toks, w, p, q, lex)
            ):
                # "Darran Whiting of Liberty Baptist Church in Marion": hop over places/orgs
                j3 = q
                while j3 - 1 >= 0 and _is_cap(toks[j3 - 1][2]):
                    j3 -= 1
                if j3 >= 3 and toks[j3 - 1][2] == "the" and _is_cap(toks[j3 - 3][2]):
                    j3 -= 1  # "Maria Chen of the University of Selvane": over "the"
                if (
                    j3 - 1 < 1
                    or toks[j3 - 1][2].lower() not in ("of", "at", "from", "with", "for")
                    or not _is_cap(toks[j3 - 2][2])
                ):
                    break
                p, q = j3 - 1, j3 - 2
                w = toks[q][2]
                hops += 1
            if hops and toks[p][2].lower() in ("at", "from", "of") and _member_plural(toks, q, p):
                return q, e  # "Students at the University of Regina say": the students
            if (
                _is_cap(w)
                and toks[p][2].lower() in ("of", "at", "from")
                and w.lower() not in _SENT_START_STOP
            ):
                # "Maria Chen of the University of Selvane said": the person, not the place
                j2 = q
                while (
                    j2 - 1 >= 0
                    and _is_cap(toks[j2 - 1][2])
                    and toks[j2 - 1][2].lower() not in _SENT_START_STOP
                ):
                    j2 -= 1
                if lex.titles & {lw, w.lower()} and toks[p][2].lower() == "of":
                    # "Ohio Secretary of State Jason Kander said", "Minister of Trade
                    # Ann Lee said": a title with "of" before a given name, the name
                    # (also past a hop: "Chair of the Halifax Board of Trade Tom Vale")
                    if g := _given_name_at(toks, j + 1, e - 1, lex):
                        return (g, e)
                if _bare_title_opening(toks, j2, q, p, lex) and body_ends(
                    [t[2] for t in toks[q:e]], lex
                ):
                    return (q, e)  # "Chair of the Halifax Board of Trade said": the title
                cand = [toks[x][2] for x in range(j2, q + 1)]
                if (span := _plural_body_of_place(toks, j2, q, p, e, lex)) is not None:
                    return span  # "Dairy Farmers of Canada said": the body's whole name
                core = _clean_name_words(cand, lex)
                if (
                    len(core) >= 2
                    and cand[-1] not in lex.org_words
                    and not any(w in lex.org_words for w in core)
                    and not _place_body_head(toks, q, p)  # ("Rural Municipality of X Reeve")
                ):
                    # "Ann Roe and Tom Vale of the University of Selvane": both names
                    return (_names_and_before(toks, j2), q + 1)
            if _is_cap(toks[q0][2]) and toks[p0][2].lower() in ("in", "for"):
                span = _name_run_before(toks, q0)
                if span is not None:
                    return span  # "Ann Lee in Iowa said", "The Chamber of Commerce for the region"
            if (
                toks[p0][2] == "of"
                and toks[q0][2] in lex.org_words
                and e - j <= 6
                and all(_is_cap(toks[x][2]) or toks[x][2] in ("and", "of") for x in range(j, e))
            ):
                s0 = _org_head_start(toks, q0)  # "the Bank of Japan said"
                return _role_of_org(toks, s0, e, lex) or (s0, e)
    return None if single_object else np_  # "close to him" with no head: none


# words that make the given name after them part of a place's name ("Saint John",
# "St. Lawrence", "Ste. Anne", "San Jose"), so it opens no person's name
_SAINT_WORDS = frozenset("saint st. st sainte ste. ste san santa".split())


def _given_name_at(toks, a, b, lex) -> int:
    """Index of the first listed given name among tokens ``a``..``b`` (exclusive) that
    is no saint's name opening a place ("the Saint John Port Authority"), else 0.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "Director of the Saint John Port Authority Ann Lee".split()]
    >>> _given_name_at(t, 1, 9, lexicon()), _given_name_at(t, 1, 5, lexicon())
    (7, 0)
    """
    return next(
        (
            x
            for x in range(a, b)
            if toks[x][2].lower() in lex.gender and toks[x - 1][2].lower() not in _SAINT_WORDS
        ),
        0,
    )


def _plural_body_of_the_place(toks, np_, lex):
    """Start of a body's name "<Capitalised words ending in a listed plural> of the
    <Place>" when ``np_`` is the place of one to three capitalised words after "of the"
    ("the Grape Growers of the Niagara Bench said": the growers' body, not the Niagara
    Bench); -1 otherwise ("Tom Banks of the Yukon": a given name first).

    >>> from analysis.quotes.lexicon import lexicon
    >>> toks = [(0, 0, w) for w in "the Grape Growers of the Niagara Bench".split()]
    >>> _plural_body_of_the_place(toks, (5, 7), lexicon()), _plural_body_of_the_place(toks, (4, 7), lexicon())
    (1, 1)
    """
    j, e = np_
    if j < len(toks) and toks[j][2] == "the":
        j += 1  # (the phrase may hold its article: "the Niagara Bench")
    if j < 4 or not 1 <= e - j <= 3 or toks[j - 1][2] != "the" or toks[j - 2][2] != "of":
        return -1
    q = j - 3
    w = toks[q][2]
    low = w.lower()
    plural = _lower_noun(low, lex) or low.endswith(("ers", "ors", "ists", "ians"))
    if not (low.endswith("s") and w[:1].isupper() and w[1:].islower() and plural):
        return -1
    j2 = q
    while (
        j2 - 1 >= 0 and _is_cap(toks[j2 - 1][2]) and toks[j2 - 1][2].lower() not in _SENT_START_STOP
    ):
        j2 -= 1
    if j2 == q or toks[j2][2].lower() in lex.gender:
        return -1
    if not all(_is_cap(toks[x][2]) for x in range(j, e)):
        return -1
    return j2


def _plural_body_of_place(toks, j2, q, p, e, lex):
    """(j2, e) when capitalised words ``toks[j2..q]`` end with the plural of a listed
    noun, "of" at ``p`` and a place of one to three capitalised words up to ``e`` follow
    ("Dairy Farmers of Canada", "Chicken Farmers of Ontario": a body's name, not a
    person "of" a town), or after "the" a people or body by a plural name and its
    place (``_plural_body_whole``: "The Chippewas of Kettle Point First Nation"); None
    otherwise ("Tom Banks of Halifax": a given name first)."""
    if (span := _plural_body_whole(toks, j2, q, p, e)) is not None:
        return span
    w = toks[q][2]
    if not (
        q > j2
        and toks[p][2] == "of"
        and w.endswith("s")
        and w[1:].islower()
        and _lower_noun(w.lower(), lex)
        and toks[j2][2].lower() not in lex.gender
        and 1 <= e - p - 1 <= 3
        and all(_is_cap(toks[x][2]) for x in range(p + 1, e))
    ):
        return None
    return (j2, e)


_ORDINALS = frozenset("first last only second third next latest youngest oldest".split())


def _ordinal_head(toks, np_):
    """``np_`` widened to "the first woman to lead" when it is the object of such an
    infinitive ("The first woman to lead | the union said": she speaks, not the union;
    "the only senator to vote against | it said"); ``np_`` otherwise."""
    j = np_[0]
    if j < 4 or toks[j - 1][2] == "to" or not toks[j - 1][2].isalpha():
        return np_
    t = j - 2 if toks[j - 2][2] == "to" else j - 3  # ("to vote against it")
    if t < 2 or toks[t][2] != "to" or not toks[t + 1][2].islower():
        return np_
    x = t - 1  # the head noun, after the ordinal and up to one modifier
    o = next((y for y in range(x - 1, max(-1, x - 3), -1) if toks[y][2].lower() in _ORDINALS), -1)
    if o < 1 or toks[o - 1][2].lower() not in ("the", "a", "its", "their", "his", "her"):
        return np_
    if not toks[x][2].isalpha() or toks[x][2].lower() in _ORDINALS:
        return np_
    if o >= 2 and toks[o - 2][2].isalpha() and toks[o - 2][2].islower():
        if toks[o - 2][2] not in _ORDINAL_LEADS:
            return np_  # "Lee made a third attempt to deflect the criticism": an object
    return (o - 1, np_[1])


# words that may stand before "the first <noun> to ..." as a subject
_ORDINAL_LEADS = frozenset("and but or as while when because that".split())


def _role_and_role(toks, np_, lex):
    """``np_`` widened over "the <role> and" before it when it is a second role of the
    same person, no determiner and a singular title last ("the Ardenian senator and
    Republican presidential candidate said", "The front-runner and former secretary of
    state said": one person, one mention); ``np_`` otherwise."""
    j, e = np_
    if j < 3 or toks[j - 1][2] != "and" or toks[j][2].lower() in _DETS:
        return np_
    last = toks[e - 1][2]
    if not last.islower() or last not in lex.titles or last.endswith("s"):
        return np_
    if any(_is_cap(toks[x][2]) and toks[x][2].lower() in lex.gender for x in range(j, e)):
        return np_  # "the senator and Ann Roe"
    head = toks[j - 2][2]
    if not head.islower() or head not in lex.titles or head.endswith("s"):
        return np_
    d = j - 3
    while d >= 0 and j - 2 - d <= 4 and toks[d][2].lower() not in ("the", "a", "an"):
        w = toks[d][2]
        if not w.replace("-", "").isalpha() or w.lower() in _SENT_START_STOP:
            return np_
        d -= 1
    if d < 0 or toks[d][2].lower() != "the":
        return np_
    return (d, e)


def _names_and_before(toks, j):
    """Start of "Name Surname and" before token ``j`` (a name of two or more
    capitalised words), else ``j``: "Ann Roe and Tom Vale of the University"."""
    if j < 3 or toks[j - 1][2] != "and":
        return j
    a = j - 1
    while a - 1 >= 0 and a - j > -6 and _is_cap(toks[a - 1][2]) and toks[a - 1][2].isalpha():
        a -= 1
    if j - 1 - a < 2 or toks[a][2].lower() in _SENT_START_STOP:
        return j
    return a


def _role_of_org(toks, s0, e, lex):
    """(start, ``e``) of "the <title> of the <Org of Place>" whose organisation's name
    opens at token ``s0`` ("The head of the Bank of Canada told": the head, never the
    bank), or None when no determiner, lower-case title and "of" come before it."""
    o = s0 - 1 - (s0 >= 1 and toks[s0 - 1][2] == "the")
    if o < 2 or toks[o][2] != "of":
        return None
    h = o - 1
    w = toks[h][2]
    if not (w.isalpha() and w.islower() and w in lex.titles):
        return None
    j = h - 1
    if toks[j][2].isalpha() and toks[j][2].islower() and toks[j][2] not in _DETS and j >= 1:
        j -= 1  # "the new head of"
    return (j, e) if toks[j][2].lower() in _DETS else None


def _company_of_the_start(toks, np_, lex):
    """Start of a company's name that holds "of the" before the words ``np_`` ending in a
    legal form ("Lake of the Woods Fibre Corp.", "Bank of the West Holdings Inc."): the
    capitalised words before "of the"; -1 when there are none or they are a title or a
    group of people ("President of the Acme Corp.", "Workers of the Acme Corp.").

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "Lake of the Woods Fibre Corp .".split()
    >>> _company_of_the_start([(0, 0, w) for w in ws], (3, 7), lexicon())
    0
    """
    a, e = np_
    if a >= 2 and toks[a][2] == "the" and toks[a - 1][2] == "of":
        a += 1  # ("the Woods Fibre Corp" as the noun phrase)
    if a < 3 or toks[a - 1][2] != "the" or toks[a - 2][2] != "of" or e - a < 2:
        return -1
    last = toks[e - 2][2] if toks[e - 1][2] == "." else toks[e - 1][2]
    if last.lower().rstrip(".") not in COMPANY_SUFFIXES:
        return -1
    w = toks[a - 3][2]
    if not _is_cap(w) or w.lower() in lex.titles or w.endswith("s") or _lower_noun(w.lower(), lex):
        return -1
    j = a - 3
    while j - 1 >= 0 and _is_cap(toks[j - 1][2]) and toks[j - 1][2].lower() not in _SENT_START_STOP:
        j -= 1
    return -1 if toks[j][2].lower() in _SENT_START_STOP else j


def _org_head_start(toks, q):
    """Start of the organisation's name whose head word ("Bank", "Ministry") is token
    ``q`` before "of" ("Federal Reserve Bank of New York", "Ministry of Finance"): over
    the capitalised words before it (not the article: "the Bank of England" is
    "Bank of England", as "the Chamber of Commerce for the region" was)."""
    while q - 1 >= 0 and _is_cap(toks[q - 1][2]) and toks[q - 1][2].lower() not in _SENT_START_STOP:
        q -= 1
    return q


def _name_run_before(toks, q):
    """(start, q + 1) of a capitalised run of two words or more ending at token q,
    joined over "of" / "and" ("Chamber of Commerce"), without a leading determiner;
    None when the run is shorter or opens with a sentence-start word."""
    j = q
    while j - 1 >= 0 and (
        _is_cap(toks[j - 1][2])
        or (toks[j - 1][2] in ("of", "and") and j >= 2 and _is_cap(toks[j - 2][2]))
    ):
        j -= 1
    while j < q and toks[j][2].lower() in _DETS:
        j += 1
    if q + 1 - j < 2 or toks[j][2].lower() in _SENT_START_STOP or toks[j][2] in ("of", "and"):
        return None
    return (j, q + 1)


_SETTLEMENT_NOUNS = frozenset(_lines("settlement_nouns.txt"))


def _settlement_of_name(toks, k):
    """Span of the name before "of the [Nation] community of Place" ending right before
    token ``k`` (one or two capitalised words before the settlement noun, one to three
    after its "of"): the person is the speaker, not the place; None otherwise.

    >>> t = [(0, 0, w) for w in "Chief Ann Roe of the Mohawk community of Akwesasne said".split()]
    >>> _settlement_of_name(t, 9)
    (0, 3)
    >>> _settlement_of_name([(0, 0, w) for w in "the town of Akwesasne said".split()], 4)
    """
    q = k - 1
    while q >= 0 and k - q <= 3 and _is_cap(toks[q][2]):
        q -= 1
    if q == k - 1 or q < 4 or toks[q][2] != "of" or toks[q - 1][2] not in _SETTLEMENT_NOUNS:
        return None
    j = q - 2
    while j >= q - 3 and _is_cap(toks[j][2]):
        j -= 1  # the nation or region before the noun ("the Mohawk community")
    if j < 2 or toks[j][2] != "the" or toks[j - 1][2] != "of" or not _is_cap(toks[j - 2][2]):
        return None
    if (run := _name_run_before(toks, j - 2)) is not None:
        return run
    return None if toks[j - 2][2].lower() in _SENT_START_STOP else (j - 2, j - 1)
