"""How a capitalised word is used in one article: the capitalised-word index
(``_cap_word_find``, ``_cap_word_offsets``) and the tests built on it: used as a place,
only after a preposition, a hometown, never a person, a people adjective.
"""

from __future__ import annotations

import re

from ..surname_org_words import surname_org_person
from .datelines import long_dash_dateline
from .lexicon import _lines, load_titles
from .names import _PERSON_TITLE, _geographic_heads

# prepositions that open a sentence before a name ("Outside Carrier's plant, ...")
_OPENING_PREPOSITIONS = frozenset(
    "outside inside at in near across behind beyond throughout within".split()
)


# a capitalised plural ("Redskins", "Patriots"), not a possessive
_PLURAL_WORD_RE = re.compile(r"[A-Z][a-z]+[a-rt-z]s\Z")


# the descriptor words of the title list ("russian", "democrat"): plural, a people
_DESCRIPTORS = load_titles()["descriptor"]


# first words of a region's name ("Western Europe", "East Berlin", "South Texas")
_COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast"
    " northwest southeast southwest upper lower greater".split()
)


_CAMEL_RE = re.compile(r"([A-Z][a-z]{2,})[A-Z][a-z]+(?:[A-Z][a-z]+)?")


_SURNAME_PREFIXES = frozenset(_lines("surname_prefixes.txt"))


def _camel_company(word, lex):
    """Is ``word`` a CamelCase company name ("PayPal", "BlackBerry", "ReganBooks"):
    two or three capitalised parts, the first of three letters or more and no
    surname opening ("MacArthur", "DelBene"), the word no listed given name?

    >>> from analysis.quotes.lexicon import lexicon
    >>> [_camel_company(w, lexicon()) for w in ("ReganBooks", "McDonald", "MacArthur", "DeSantis")]
    [True, False, False, False]
    """
    m = _CAMEL_RE.fullmatch(word)
    return m is not None and m.group(1) not in _SURNAME_PREFIXES and word.lower() not in lex.gender


def _people_adjective(word):
    """Is the lower-case ``word`` (no listed given name) a people's or a party's
    adjective: a listed descriptor ("american", "republican") or one in -ic, -ian,
    -ese, -ish ("hispanic", "canadian")?

    >>> [_people_adjective(w) for w in ("hispanic", "republican", "regan")]
    [True, True, False]
    """
    return word in _DESCRIPTORS or (len(word) > 5 and word.endswith(("ic", "ian", "ese", "ish")))


def _never_a_person(an, name):
    """Is the antecedent ``name`` (a canonical name) no person, so never "he" or
    "she": a place or organisation (``_place_or_org``), a name ending in a country,
    state or city ("West Germany", "Thailand's Gross Domestic Product") or opening
    with a compass word ("Western Europe"), or a name whose last word the article
    also writes in lower case ("Agreement", "International Investment", "Federal
    Reserve") and never as a person's surname (not "Trump" beside "to trump");
    never a name opening with a listed given name, an honorific or a title
    ("Michael Miles", "Mr. Gray").

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Gas got dear in Western Europe. The reserve fell, said Tom Gray."
    >>> an = _ArticleNames(t, [(0, 31), (32, len(t))], lexicon(), None)
    >>> [_never_a_person(an, n) for n in ("Western Europe", "Federal Reserve", "Tom Gray", "Ivo Marsh")]
    [True, True, False, False]
    """
    lex = an.lex
    if _place_or_org(name, lex):
        return True
    words = name.split()
    if _dateline_place(an.text, words):
        return True  # "MISKO LAKE, Man. — ... in Misko Lake": the dateline's place
    first = words[0].lower().rstrip(".")
    if len(words) == 1 and first[-1:] == "s" and first[:-1] in _DESCRIPTORS:
        return True  # "Russians", "Democrats": a people or a party, never "he" or "she"
    if len(words) == 1 and _only_in_place(an, name):
        return (
            True  # "At a rally in Modesto, Lee spoke. ... she said": not Modesto (a given name too)
        )
    if first in lex.gender and 2 <= len(words) <= 3 and _used_as_place(an, name):
        return True  # "Sandy Hook": "near Sandy Hook Elementary", "the Sandy Hook families"
    if first in lex.gender or first in lex.titles:
        return False
    if len(words) > 1 and first in _OPENING_PREPOSITIONS:
        return True  # "Outside Carrier's plant, a worker said": a sentence's opening words
    if len(words) == 2 and words[0] in lex.place_names and _PLURAL_WORD_RE.match(words[1]):
        return True  # "the Washington Redskins mascot": a team or a club, never "he"
    if len(words) == 1 and _camel_company(name, lex):
        return True  # "ReganBooks", "PayPal", "BlackBerry": a company, never "he"
    if len(words) == 2 and _PLURAL_WORD_RE.match(words[1]) and _people_adjective(first):
        return True  # "Hispanic Patriots", "American Veterans": a group, never "he"
    if 2 <= len(words) <= 3 and _only_after_preposition(an, name):
        return True  # "moved to Palo Alto", "the chairman of Hispanic Patriots for Trump"
    if 2 <= len(words) <= 3 and _geographic_after_preposition(an, name):
        return True  # "drives in from Kirkland Lake", "a ferry to Cape Breton Bay"
    if _only_after_the(an, name):
        return True  # "The Beacon-Star did not apply": a paper, a team, never "she"
    if len(words) <= 3 and _only_before_group_noun(an, name):
        return True  # "Pacific Islander voters", "Liberal supporters": a modifier
    if len(words) == 1 and _hometown_only(an, name):
        return True  # "Harjit Sandhu, a retired machinist from Brampton"
    if first in _COMPASS_WORDS and len(words) > 1:
        return True
    if name in _COUNTRIES or words[-1] in _COUNTRIES or words[-1] in lex.place_names:
        return True
    if len(words) > 1 and words[0][-2:] in ("'s", "’s") and words[0][:-2] in _COUNTRIES:
        return True  # "Thailand's Gross Domestic Product"
    last = words[-1].lower()
    return (
        last.isalpha()
        and an.common_word(last)
        and not an.is_lower_cased()
        and not (last in an.titled_last and _titled_as_person(an, words[-1]))
        # ("Secretary Price ... Price said ... the price"; not "General Agreement")
        and not _named_person(an, words[-1])
    )


# an apposition's "a/an <words> from " right before a one-word name: a hometown
_HOMETOWN_BEFORE_RE = re.compile(r",[ \t]+(?:a|an)[ \t]+[^,.;:\n\"“”]{1,60}?[ \t]from[ \t]+\Z")


def _hometown_only(an, word):
    """Does the article write the one word ``word`` only as the place an apposition
    says someone is from ("Jo Roe, a retired machinist from Brampton"), never
    elsewhere? Such a word is no person (found once per word).

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Jo Roe, a 71-year-old machinist from Brampton, watched."
    >>> _hometown_only(_ArticleNames(t, [(0, len(t))], lexicon(), None), "Brampton")
    True
    """
    key = ("hometown", word)
    got = an.place_cache.get(key)
    if got is None:
        text = an.text
        k = text.find(word)
        got = k >= 0
        while k >= 0:
            end = k + len(word)
            if not (
                (k and (text[k - 1].isalnum() or text[k - 1] in "'’-"))
                or (end < len(text) and (text[end].isalnum() or text[end] in "'’-"))
                or _HOMETOWN_BEFORE_RE.search(text, max(0, k - 80), k)
            ):
                got = False
                break
            k = text.find(word, end)
        an.place_cache[key] = got
    return got


# the words after a name ("Elementary School", "families") and the word before it
_PLACE_NEXT_RE = re.compile(r"[ \t]+([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?|[a-z]+)")


_PLACE_PREP_RE = re.compile(r"\b(?:in|near)[ \t]+$")


# a preposition of place or of belonging right before a name ("in Palo Alto", "the
# chairman of Hispanic Patriots"), not "to"/"from"/"at" (a letter from a person)
# (the capital first, its look-behind after it: re scans for the capital instead of
# trying the look-behind at every character; the same matches as
# ``(?<![\w'’-])[A-Z][\w-]*``)
_CAP_WORD_RE = re.compile(r"[A-Z](?<![\w'’-][A-Z])[\w-]*")


_BEFORE_NAME_PREP_RE = re.compile(
    r"(?<![\w'’-])(?:in|near|into|outside|across|throughout|around|of)[ \t]+\Z"
)


# the capitalised words right before a name's last word, and the word before them
_CAP_RUN_BEFORE_RE = re.compile(r"(\S+)[ \t]+((?:(?!The[ \t])[A-Z][\w.’'-]*[ \t]+){0,4})\Z")


def _only_after_the(an, name):
    """Does the article write the last word of ``name`` only in a capitalised run right
    after "the" ("The Beacon-Star", "the Carrot River Beacon-Star"), at least once, with
    no title or possessive in the run ("the Rev. Ann Roe" is a person): a paper, a team
    or a company, never "he" or "she"? Memoised per article.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "The Carrot River Beacon-Star will close. The Beacon-Star lost ads. Bo Lee-Ray wept."
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> _only_after_the(an, "Carrot River Beacon-Star"), _only_after_the(an, "Bo Lee-Ray")
    (True, False)
    """
    key = ("the", name)
    got = an.place_cache.get(key)
    if got is not None:
        return got
    text, last = an.text, name.split()[-1]
    titles = an.lex.titles
    got = False
    for p in _cap_word_offsets(an, last):
        m = _CAP_RUN_BEFORE_RE.search(text, max(0, p - 120), p)
        run = m.group(2).split() if m is not None else []
        if (
            m is None
            or m.group(1) not in ("the", "The")
            or any(w.lower().rstrip(".") in titles or w.endswith(("'s", "’s")) for w in run)
        ):
            got = False
            break
        got = True
    an.place_cache[key] = got
    return got


def _only_after_preposition(an, name):
    """Does the article write the full name ``name`` (no listed given name first) only
    right after a preposition of place or belonging ("in Palo Alto", "chairman of
    Hispanic Patriots for Trump"), at least once, and its last word never alone: a place
    or a group, never "he" or "she"?

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Kim Vell lives in Palo Alto. The rent in Palo Alto is high."
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> _only_after_preposition(an, "Palo Alto"), _only_after_preposition(an, "Kim Vell")
    (True, False)
    """
    # ("of" only before a plural: "the chairman of Hispanic Patriots", not "the
    # support of Ivo Marsh")
    of_ok = name.endswith("s")

    def test(k, end):
        return _after_preposition_use(an.text, k, end, _BEFORE_NAME_PREP_RE, of_ok)

    return _every_use(an, name, "prep", test)


def _after_preposition_use(text, k, end, prep_re, of_ok):
    """Is the name at ``text[k:end]`` written right after a preposition ``prep_re``
    finds in the 12 characters before it ("of" counts only when ``of_ok``), and neither
    a possessor ("Ivo Marsh's outbursts") nor followed by ", who" (a person)? None when
    it starts inside a longer word (the use is skipped).

    >>> t = "in Tulsa. of Tulsa. in Tulsa, who. xTulsa"
    >>> rx = _IN_PLACE_PREP_RE
    >>> [_after_preposition_use(t, k, k + 5, rx, False) for k in (3, 13, 23, 36)]
    [True, False, False, None]
    """
    if k and (text[k - 1].isalnum() or text[k - 1] in "'’-"):
        return None  # (inside a longer word)
    m = prep_re.search(text, max(0, k - 12), k)
    return (
        m is not None
        and (of_ok or not m.group().startswith("of"))
        and text[end : end + 1] not in ("'", "’")
        and not text.startswith(", who", end)
    )


# a preposition of place right before a one-word name ("a rally in Modesto"); not
# "of", which also comes before a person ("the campaign of Sanders")
# the prepositions before a geographic feature's name ("from Kirkland Lake", "to Elliot
# Lake", "at Otter Falls"): wider than _BEFORE_NAME_PREP_RE, used only with a head of
# geographic_heads.txt
_GEO_PREP_RE = re.compile(
    r"(?<![\w'’-])(?:in|near|into|outside|across|around|of|from|to|at|toward|towards)[ \t]+\Z"
)


def _geographic_after_preposition(an, name):
    """Is the full name ``name`` a geographic feature's name (its last word a head of
    ``geographic_heads.txt``: Lake, Bay, Falls) that the article writes only right after
    a preposition of place, "from" and "to" included, and its last word never alone: a
    place, never "he" or "she" ("from Kirkland Lake")?

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Rae Vell drives from Kirkland Lake. She said so."
    >>> an = _ArticleNames(t, [(0, 35), (36, len(t))], lexicon(), None)
    >>> _geographic_after_preposition(an, "Kirkland Lake"), _geographic_after_preposition(an, "Rae Vell")
    (True, False)
    """
    if name.split()[-1] not in _geographic_heads():
        return False

    def test(k, end):
        return _after_preposition_use(an.text, k, end, _GEO_PREP_RE, True)

    return _every_use(an, name, "geo-prep", test)


_IN_PLACE_PREP_RE = re.compile(r"(?<![\w'’-])(?:in|near|outside|throughout)[ \t]+\Z")


def _only_in_place(an, name):
    """Does the article write the one-word name ``name`` only right after a preposition
    of place ("a rally in Modesto", "near Tulsa"), at least once, never as a subject
    or a possessor: a place, never "he" or "she"?

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "At a rally in Modesto, Lee spoke. Vell said no. Rents in Vell's town rose."
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> _only_in_place(an, "Modesto"), _only_in_place(an, "Vell")
    (True, False)
    """

    def test(k, end):
        return _after_preposition_use(an.text, k, end, _IN_PLACE_PREP_RE, False)

    return _every_use(an, name, "in-place", test)


def _every_use(an, name, kind, test):
    """Does ``test(start, end)`` hold wherever the article writes the full name
    ``name`` (at least once; a use where it returns None is skipped), and its last
    word never stand alone or in another name? Memoised per article under (kind, name).
    """
    key = (kind, name)
    got = an.place_cache.get(key)
    if got is not None:
        return got
    text = an.text
    last = name.split()[-1]
    pre = len(name) - len(last)
    got = False
    for p in _cap_word_offsets(an, last):
        k = p - pre
        if k < 0 or text[k : p + len(last)] != name:
            got = False  # the last word alone ("Alto"), or in another name
            break
        r = test(k, k + len(name))
        if r is None:
            continue
        got = r
        if not got:
            break
    an.place_cache[key] = got
    return got


# a plural group noun right after a name ("Pacific Islander voters"); the quantity
# words of the noun list ("both", "many") are no such noun
# ("Asian American and Pacific Islander voters": one noun after two names)
_GROUP_NOUN_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:and|or)(?:[ \t]+[A-Z][\w-]*){1,3})?[ \t]+([a-z]+s)\b(?![\w'’-])"
)


_NOT_GROUP_NOUN = frozenset(("others", "percent", "this", "was", "has", "is", "does", "says"))


def _cap_word_index(an):
    """Capitalised word -> its offsets in the article (built once per article)."""
    if an.cap_words is None:
        an.cap_words = {}
        for m in _CAP_WORD_RE.finditer(an.text):
            an.cap_words.setdefault(m.group(), []).append(m.start())
    return an.cap_words


# words ``_cap_word_offsets`` finds one by one in an article before it indexes them all
_CAP_WORD_LOOKUPS = 16


def _cap_word_offsets(an, word):
    """The offsets of the capitalised word ``word`` in the article, as
    ``_cap_word_index(an).get(word, ())`` gives them: found with ``str.find`` for the
    first ``_CAP_WORD_LOOKUPS`` words an article asks about (most ask about two or
    three), the whole index built only after that (thousands of words: hostile input).

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Alto, Palo Alto and xAlto; Alto-Vell Alto's Altos O'Neil"
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> [_cap_word_offsets(an, w) for w in ("Alto", "Alto-Vell", "O'Neil", "Neil")]
    [[0, 11, 37], [27], (), []]
    >>> [_cap_word_index(an).get(w, ()) for w in ("Alto", "Alto-Vell", "O'Neil", "Neil")]
    [[0, 11, 37], [27], (), ()]
    """
    if an.cap_words is None:
        cache = an.place_cache
        got = cache.get(("cap word", word))
        if got is not None:
            return got
        asked = cache.get(("cap words asked",), 0)
        if asked < _CAP_WORD_LOOKUPS:
            cache[("cap words asked",)] = asked + 1
            got = cache[("cap word", word)] = _cap_word_find(an.text, word)
            return got
    return _cap_word_index(an).get(word, ())


def _cap_word_find(text, word):
    """The offsets where ``_CAP_WORD_RE.finditer(text)`` matches exactly ``word``:
    a match starts only where the look-behind lets it (no word character, apostrophe
    or hyphen before the capital), so no match starts inside another, and every
    match that starts at an occurrence of ``word`` and ends with it is one."""
    if _CAP_WORD_RE.fullmatch(word) is None:
        return ()  # (never a whole match: "O'Neil", "Alto's")
    out = []
    n = len(word)
    k = text.find(word)
    while k >= 0:
        m = _CAP_WORD_RE.match(text, k)
        if m is not None and m.end() == k + n:
            out.append(k)
        k = text.find(word, k + 1)
    return out


def _only_before_group_noun(an, name):
    """Does the article write the name ``name`` (no listed given name first) only as a
    modifier of a plural group noun of the lexicon ("Pacific Islander voters",
    "Tory supporters"), and its last word never elsewhere: a group, never "he" or "she"?

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Many Pacific Islander voters stayed home. Kim Vell voted."
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> _only_before_group_noun(an, "Pacific Islander"), _only_before_group_noun(an, "Kim Vell")
    (True, False)
    """

    def test(k, end):
        m = _GROUP_NOUN_AFTER_RE.match(an.text, end)
        return bool(
            m is not None
            and an.lex.nouns.get(m.group(1)) == "group"
            and m.group(1) not in _NOT_GROUP_NOUN
        )

    return _every_use(an, name, "group-noun", test)


_PLACE_DET_RE = re.compile(r"\b(?:[Tt]he|[Oo]ther)[ \t]+$")


def _used_as_place(an, name):
    """Does the article write the full name ``name`` (its first word a given name) as
    a place or a modifier and never as a person: at least once before a place or
    organisation word ("near Sandy Hook Elementary School"), after "in"/"near", or
    between "the"/"other" and a lower-case noun ("the Sandy Hook families"); never
    after a title or honorific; and its last word never alone ("Hook")?

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Kids at Dana Point Elementary School and the Dana Point families. Dana Point grieved."
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> _used_as_place(an, "Dana Point")
    True
    >>> t = "The Dana Vale campaign spent a lot. Vale won."
    >>> _used_as_place(_ArticleNames(t, [(0, len(t))], lexicon(), None), "Dana Vale")
    False
    """
    got = an.place_cache.get(name)
    if got is not None:
        return got
    text, lex = an.text, an.lex
    last = name.split()[-1]
    got = False
    if text.count(last) == text.count(name):  # (a substring count: fast, no fewer)
        k = text.find(name)
        while k >= 0:
            end = k + len(name)
            if (k and (text[k - 1].isalnum() or text[k - 1] in "'’-")) or (
                end < len(text) and (text[end].isalnum() or text[end] in "'’-")
            ):
                k = text.find(name, end)  # (inside a longer word, or "Dana Point's")
                continue
            m = _PLACE_NEXT_RE.match(text, end)
            nxt = m.group(1) if m else ""
            before = text[max(0, k - 12) : k].split()
            if before and before[-1].lower().rstrip(".") in lex.titles:
                got = False  # "Sen. Dana Point": a person
                break
            if (
                any(w in lex.place_words or w in lex.org_words for w in nxt.split())
                or (_PLACE_PREP_RE.search(text, max(0, k - 8), k) and not nxt[:1].isupper())
                or (
                    _PLACE_DET_RE.search(text, max(0, k - 8), k)
                    and nxt.islower()
                    and nxt not in _NOT_IN_NAME | _NOT_MAIN_CLAUSE
                )
            ):
                got = True
            k = text.find(name, end)
    an.place_cache[name] = got
    return got


# words that a capitalised run may hold but a person's name never does
_NOT_IN_NAME = frozenset("against than while about for with from to and or but".split())


_NOT_MAIN_CLAUSE = frozenset("when as after because while if since that who which".split())


def _place_or_org(name, lex):
    """Is this speaker name a place or an organisation ("New Jersey", "Xinhua News
    Agency", "CNN"), never a he/she?"""
    words = name.split()
    return (
        name in lex.place_names
        or words[-1] in lex.place_words
        or (words[-1] in lex.org_words and not surname_org_person(words, lex.gender))
        or (len(words) == 1 and words[0].isupper())
    )


def _titled_as_person(an, word):
    """Does the article write ``word`` after a person's title other than "General"
    ("Chairman An Wang"; not "General Acquisition", a company)?"""
    return any(
        not _PERSON_TITLE.isdisjoint(e[3][2]) and "general" not in e[3][2] and "gen" not in e[3][2]
        for e in an.by_last.get(word.lower(), ())
    )


# countries and large places (analysis/resources/places.txt): "Taiwan said" is no
# company's name however many companies open with it
_COUNTRIES = frozenset(_lines("places.txt"))


def _names_with(an, word):
    """The article's names (entries of ``an.names``, in order) that have ``word`` as one
    of their words; the index is built once per article, so that asking about each of
    thousands of words does not read all names each time (hostile input)."""
    index = an.title_cache.get(("by word",))
    if index is None:
        index = an.title_cache[("by word",)] = {}
        for e in an.names:
            for w in dict.fromkeys(e[1]):
                index.setdefault(w, []).append(e)
    return index.get(word, ())


def _named_person(an, word):
    """Does the article name ``word`` as a person's surname: after a listed given name
    ("Louis Tarvel Jr.", "Ann Tarvel"; not in "Walt Disney Co") or with a known gender
    ("Mr. Tarvel")?"""
    low = word.lower()
    if low in an.gender_of:
        return True
    gender = an.lex.gender
    return any(
        word in cw
        and cw[0] != word
        and cw[0].lower() in gender
        and all(w.lower().rstrip(".") in _NAME_SUFFIXES for w in cw[cw.index(word) + 1 :])
        and not info[6]
        for _p, cw, _g, info in _names_with(an, word)
    )  # (not "Walt Disney Co" or "Walt Disney World": a company's or a place's name)


_NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _dateline_place(text, cw):
    """Do the capitalised words ``cw`` (two or more) spell the place of the article's
    dateline, the first opening a line in its first 600 characters ("MISKO LAKE, Man. —
    " for "Misko Lake")? Such a name is a place, never a person.

    >>> _dateline_place("Store opens\\n\\nMISKO LAKE, Man. — A store opened.", ["Misko", "Lake"])
    True
    >>> _dateline_place("OTTAWA — Ann Lake spoke.", ["Ann", "Lake"])
    False
    """
    if len(cw) < 2 or (text.find("—", 0, 600) < 0 and text.find("–", 0, 600) < 0):
        return False  # (no long dash in the first 600 characters: no such dateline)
    ls = 0
    while ls < 600:
        m = long_dash_dateline(text, ls, 600)
        if m is not None:
            return m.group("place").strip().lower() == " ".join(cw).lower()
        ls = text.find("\n", ls, 600) + 1
        if ls == 0:
            break
    return False
