"""Names: the one person-name parser of newslens (``parse_person_name``: titles,
honorifics, possessives and descriptions stripped, gender hint from Mr./Mrs.; it reads
the one title list, ``resources/titles.txt``), used for every speaker mention here and
by ``analysis.speakers`` across articles; the index of the capitalised name runs of an
article text (``_name_info``, a fast memoised cleaning of each run that keeps the
title words before it: parsing every run with ``parse_person_name`` gave the same
accuracy at 0.81x the speed), titles before a name (``_titled``), the fullest form of a
name in an article (``_canonical_among``) and the static speaker type of a mention
(``_stype_static``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .._tokens import default_stopwords
from ..surname_org_words import surname_org_person
from .french_org_names import _FRENCH_CONNECTORS, french_org_mention
from .lexicon import (
    _CONTRACTION_RE,
    _DETS,
    _FIRST_WORD_RE,
    _IRREGULAR_PAST,
    _NOT_PLURAL,
    _NUMERIC,
    _PREPS,
    _PRONOUNS,
    _SENT_START_STOP,
    _SKIP_BEFORE_CUE,
    _TIME_WORDS,
    _TITLECASE_STOP,
    COMPANY_SUFFIXES,
    NAME_CAPITALS,
    NAME_LETTERS,
    SPELLED_NUMBERS,
    _lines,
    lexicon,
    load_titles,
)
from .nation_bodies import nation_body
from .person_noun_pairs import person_noun_pair
from .place_office_runs import place_office_run
from .region_phrases import region_place_tail
from .titled_bodies import titled_body_name

# Capitalised name sequences:
#   (?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|Hon|St)\.[ \t]+)?
#   (?:[A-Z][\w'’\-]*[a-z][\w'’\-]*|(?<![A-Za-z])[A-Z]\.)(?:[ \t]+(?:[A-Z][\w'’\-]*[a-z][\w'’\-]*|[A-Z]\.|
#   (?:de|da|du|di|van|von|bin|al|la|le|del|der|den|dos)(?=[ \t]+[A-Z])))*
# written with the first capital consumed by one plain class (fast scan in ``re``) and the
# title chosen by look-behind on it, after a look-ahead that every title passes (1-3
# lower-case letters and a period) so that other words skip the look-behinds (same matches);
# first of all, a capital whose lower-case letters (all: possessive) are followed by no
# period can only be a word (the branch after the titles), taken here at once.
# An initial ("L.") never ends a longer word: "NARAL. She said" holds no name "L. She".
# A name starts a word: the look-behind after the first capital stops the scan from retrying
# at every capital inside a word ("AAAA...": each try read the rest of the word, quadratic).
# the second (and third) character of a UTF-8 letter or apostrophe read as Latin-1 or
# cp1252 ("FranÃ§ois", "RenÃ©", "Oâ€™Brien"): after a lead character "Â".."Ó" (Latin,
# Greek, Cyrillic) one, after "â" two; a name word goes on over them (the text is not
# repaired: offsets index it as given)
_MOJIBAKE_CONT = "[\x80-\x9f\xa1-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
# (the class first: a plain letter fails it at once, before any look-behind)
MOJIBAKE_PAIR = "(?:" + _MOJIBAKE_CONT + "(?:(?<=[Â-Ó].)|(?<=â.)" + _MOJIBAKE_CONT + "))"
# the rest of a word: word characters, apostrophes, hyphens and at most six mojibake
# pairs (a bound: a long run of them is no name, and scans stay linear on it)
WORD_TAIL = r"[\w'’\-]*(?:" + MOJIBAKE_PAIR + r"[\w'’\-]*){0,6}"

# the rest of a name word after its capital, with a lower-case letter: before its first
# mojibake pair, as a plain word ("Lee", "FranÃ§ois"), or right after ("LÃ©vesque");
# (a word of no mojibake costs what the plain "[\w'’\-]*[a-z]" does, and one more scan)
LOWER_WORD_REST = (
    r"(?:[\w'’\-]*[a-z]|[\w'’\-]*+" + MOJIBAKE_PAIR + r"(?=[\w'’\-]*[a-z]))" + WORD_TAIL
)

_NAME_SEQ_RE = re.compile(
    r"["
    + NAME_CAPITALS
    + r"](?<!["
    + NAME_LETTERS
    + r"].)(?:[a-z]++(?!\.)"
    + WORD_TAIL
    + r"|(?=[a-z]{1,3}\.)"  # (also "Étienne")
    r"(?:(?<=M)(?:r|rs|s|aj)|(?<=D)r|(?<=S)(?:en|gt|t)|(?<=R)(?:ep|ev)|(?<=G)(?:ov|en)"
    r"|(?<=L)t|(?<=C)(?:ol|apt)|(?<=A)dm|(?<=P)rof|(?<=H)on)\.[ \t]+"
    r"(?:[A-ZÀ-ÖØ-Þ]"
    + LOWER_WORD_REST
    + r"|[A-Z]\.)|"
    + LOWER_WORD_REST
    # a dotted abbreviation before a capital opens the run whole ("B.C. Wildland
    # Guild", "J.R. Ewing"), never cut at its second letter ("C. Wildland Guild")
    + r"|(?<![A-Za-z].)\.(?:[A-Z]\.)+(?=[ \t]+[A-ZÀ-ÖØ-Þ])|(?<![A-Za-z].)\.)"
    # (a dotted abbreviation inside the run whole too: "The U.K. Potato Council")
    r"(?:[ \t]+(?!(?:M(?:r|rs|s)|Dr)\.[ \t])(?:[" + NAME_CAPITALS + "]" + LOWER_WORD_REST + r"|"
    r"[A-Z]\.(?:(?:[A-Z]\.)+(?=[ \t]+[A-ZÀ-ÖØ-Þ]))?|"
    r"d['’][A-Z][\w'’\-]*[a-z][\w'’\-]*|"  # an elided particle: "Alden d’Entremont"
    r"(?:al|el)-[A-Z][\w'’\-]*[a-z][\w'’\-]*|"  # a hyphened particle: "Ahmad al-Khatib"
    # a particle before a capital or a second particle ("Marie de la Roche")
    r"(?:de|da|du|di|van|von|bin|al|la|le|del|der|den|dos|des|ten)"
    r"(?=[ \t]+(?:[A-Z]|(?:la|le|der|den)[ \t]+[A-Z]))))*"
)


# a plural or -s possessive's apostrophe at a name's end ("Sanders’", "Jones'")
_S_APOSTROPHE = ("s'", "s’")


def _clean_name_words(words, lex):
    """Strip titles/demonyms/determiners before the name and possessive endings."""
    ws = [w for w in words]
    lows = [w.lower() for w in words]
    org = bool(lows) and lows[-1].rstrip(".") in COMPANY_SUFFIXES  # "Zintor Energy Corp"
    for i in range(len(ws) - 2, -1, -1) if not org else ():
        if (
            lows[i].rstrip(".") in lex.titles
            and ws[i + 1][:1].isupper()
            and not _given_title(lows, i, lex.gender)
        ):
            # "General Electric", "U.S. Potato Growers' Guild": the title word is the name's
            org = _org_from(ws, i, lex) or _dotted_name_start(lows, i, lex)
            ws = ws[i + (not org) :]
            break
    while ws and not org and (ws[0].lower().rstrip(".") in lex.titles or ws[0].lower() in _DETS):
        if _given_an(words, len(words) - len(ws), lex.titles):
            break
        if _given_title(lows, len(words) - len(ws), lex.gender):
            break
        ws = ws[1:]
    if not ws and len(words) >= 2 and _title_org(words, lex):
        ws = words[-1:]  # "the Trade Ministry": the title words that name it
        while len(ws) < len(words) and _title_word(words[-len(ws) - 1], lex):
            ws = words[-len(ws) - 1 :]
    if ws:
        last = ws[-1]
        if last.endswith(("'s", "’s")):
            ws[-1] = last[:-2]
        elif last.endswith(_S_APOSTROPHE) and len(last) > 3:
            ws[-1] = last[:-1]  # "Bernie Sanders’ aides": Sanders
    if len(ws) >= 3 and ws[1].lower() in lex.gender and _junk_before_given_name(ws[0], lex):
        ws = ws[1:]  # "Neither Donald Trump", "CNN's Jake Tapper", "Actor Clint Howard"
    elif len(ws) == 3 and ws[0].endswith(("'s", "’s")) and _owned_pair_name(ws, lex):
        ws = ws[1:]  # "Saskatoon's Joelle Prentice-Oakes": the place is no part of the name
    g = _words_before_given_name([w.lower() for w in ws], lex)
    if not g and len(ws) >= 2 and ws[-2].endswith(("'s", "’s")) and _owned_surname(ws[-2:], lex):
        return ws[-1:]  # "Amoco's Collier"
    return ws[g:] if g else ws


def _words_before_given_name(lows, lex):
    """Index of a listed given name that two or more other words precede, none of
    them a given name, an initial or a particle, and a surname follows
    ("Technology Policy Michael Kratsios": the end of an office before the name); 0
    when there is none.

    >>> from analysis.quotes.lexicon import lexicon
    >>> _words_before_given_name("technology policy michael kratsios".split(), lexicon())
    2
    >>> _words_before_given_name("hillary rodham clinton".split(), lexicon())
    0
    """
    for g in range(2, len(lows) - 1):
        if lows[g] in lex.gender:
            if any(w in lex.gender or w.endswith(".") or w in _PARTICLES for w in lows[:g]):
                return 0
            return g
    return 0


def _given_title(lows, i, gender):
    """Is ``lows[i]`` (lower-cased words), a title word, a listed given name too and
    not followed by a given name, so the person's given name ("Marine Le Pen", "Dean
    Phillips"), not a title ("Marine John Tiegen", "Dean Ann Lee")?

    >>> g = {"marine": "f", "john": "m"}
    >>> _given_title(["marine", "le", "pen"], 0, g), _given_title(["marine", "john", "x"], 0, g)
    (True, False)
    """
    return lows[i] in gender and not (i + 1 < len(lows) and lows[i + 1] in gender)


def _given_an(words, i, titles):
    """Is ``words[i]`` a capitalised "An" after a title word (one of ``titles``) and
    before a capitalised word, so a given name ("Chairman An Wang"), not an article?

    >>> _given_an(["Chairman", "An", "Wang"], 1, {"chairman"}), _given_an(["An", "Wang"], 0, set())
    (True, False)
    """
    return (
        0 < i < len(words) - 1
        and words[i] == "An"
        and words[i + 1][:1].isupper()
        and words[i - 1].lower().rstrip(".") in titles
    )


def _org_from(words, i, lex):
    """Do the two or three words from ``words[i]`` (a title word) form a known
    organisation's name (resources/org_names.txt: "General Electric", "Royal Dutch
    Shell"), so that the title word is kept?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _org_from(["General", "Electric"], 0, lexicon()), _org_from(["General", "Lee"], 0, lexicon())
    (True, False)
    """
    org = lex.org_words
    return " ".join(words[i : i + 2]) in org or " ".join(words[i : i + 3]) in org


def _dotted_name_start(lows, i, lex):
    """Does the dotted abbreviation ``lows[i]`` (a title-list descriptor: "u.s.", "u.k.",
    "u.n.") open a name rather than title one: the next word is no title word and no
    given name, so the run is an organisation's ("U.S. Potato Growers' Guild", "U.K.
    Potato Council"; never "U.S. Senator Ann Roe" or "U.S. Ann Roe")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> lows = ["u.s.", "potato", "growers'", "guild"]
    >>> _dotted_name_start(lows, 0, lexicon()), _dotted_name_start(["u.s.", "senator", "roe"], 0, lexicon())
    (True, False)
    """
    w = lows[i]
    if "." not in w[:-1] or i + 1 >= len(lows):
        return False
    nxt = lows[i + 1]
    return nxt.rstrip(".") not in lex.titles and nxt not in lex.gender


def _title_word(w, lex):
    low = w.lower()
    return low.rstrip(".") in lex.titles and low not in _DETS


def _title_org(words, lex):
    """Do ``words``, all of them title words or determiners, name an organisation: a
    capitalised run ending in an organisation word ("Trade Ministry", "State
    Department", "the Commerce Ministry"; never "President" or "Foreign Minister")?"""
    last = words[-1].removesuffix("'s").removesuffix("’s")
    return (
        last in lex.org_words
        and sum(1 for w in words if w[:1].isupper() and w.lower() not in _DETS) >= 2
        and all(w[:1].isupper() or w.lower() in _DETS for w in words)
    )


_GLITCH_RE = re.compile(r"^([a-z]+)([A-Z][a-z].*)$")


def _split_glitch(w, lex):
    c = w[:1]
    if c.isupper() and (c not in "AP" or w[1:2] != "M"):
        return w  # neither pattern can match: they start with [a-z] or [\d:.]*[AP]M
    m = _GLITCH_RE.match(w)
    if m and m.group(1).lower() in lex.titles:
        return m.group(2)
    m = _CLOCK_GLITCH_RE.match(w)
    if m:
        return m.group(1)  # "4:23PMRubio" (a live-blog time stamp glued to the name)
    return w


def _unglitch(words, lex):
    """``[_split_glitch(w, lex) for w in words]``, in place, calling it only for the
    words it may change (lower-case initial, or "A"/"P" for clock-time glitches)."""
    for i, w in enumerate(words):
        c = w[:1]
        if not c.isupper() or c in "AP":
            words[i] = _split_glitch(w, lex)
    return words


_CLOCK_GLITCH_RE = re.compile(r"^[\d:.]*[AP]M([A-Z][a-z][\w'’\-]*)$")

_ROLE_NOUNS = {
    "president", "senator", "governor", "candidate", "nominee", "congressman",
    "congresswoman", "secretary", "mayor", "judge", "minister", "chancellor", "leader",
    "speaker", "chairman", "chairwoman", "businessman", "billionaire", "frontrunner",
    "front-runner", "republican", "democrat", "ambassador", "official", "spokesman",
    "spokeswoman", "lawmaker", "senator-elect", "president-elect", "general", "director",
    "pope", "prime", "king", "queen", "hopeful", "former", "star", "host", "reporter",
    "premier", "commissioner", "prosecutor", "sheriff", "mogul", "tycoon", "magnate",
}  # fmt: skip

# role nouns of people other than the story's protagonist: resolved only through a
# name they titled ("White House spokesman Josh Earnest"), never to the last speaker
_ROLE_NO_FALLBACK = {
    "official", "spokesman", "spokeswoman", "reporter", "host", "star", "ambassador",
    "director", "general", "lawmaker",
}  # fmt: skip


def _person_like(cw, lex, by_last_multi, gender):
    """Is a capitalised sequence plausibly a person's name?"""
    if not cw:
        return False
    last = cw[-1]
    if (
        last.isupper()
        or last.lower() in _TIME_WORDS
        or last in lex.org_words
        or last in lex.place_words
    ):
        return False
    if last.lower() in lex.nouns or last.lower() in lex.titles:
        return False
    if gender is not None or cw[0].lower() in lex.gender:
        return True
    return last.lower() in by_last_multi


_NAME_MEMO: dict = {}  # raw name string -> _name_info result, for ONE lexicon

_NAME_MEMO_LEX: list = [None]

_NAME_MEMO_MAX = 20_000  # about 8 MB at most (~0.4 kB per entry)


def _name_info(raw, lex):
    """(cleaned words, gender, title words before them, last word lower-cased, first
    word lower-cased, whole name lower-cased, last word marks no person (all caps /
    organisation word / speaker noun), ... or a time word / title too, first word is a
    given name, may be a loose antecedent) of a capitalised sequence matched by
    _NAME_SEQ_RE, or None when it is not a name. Depends only on ``raw``
    and the lexicon, so it is memoised (bounded; reset when the lexicon changes):
    the same names recur within and across articles."""
    if _NAME_MEMO_LEX[0] is not lex:
        _NAME_MEMO.clear()
        _NAME_MEMO_LEX[0] = lex
    info = _NAME_MEMO.get(raw, _MISSING)
    if info is not _MISSING:
        return info
    return _name_info_add(raw, lex)


def _name_info_add(raw, lex):
    """_name_info of a ``raw`` not in the memo (whose lexicon is ``lex``): computed and
    memoised (resolve() looks the memo up itself, so a miss raises no KeyError)."""
    info = _name_info0(raw, lex)
    if len(_NAME_MEMO) >= _NAME_MEMO_MAX:
        _NAME_MEMO.clear()
    _NAME_MEMO[raw] = info
    return info


_NO_WORDS: tuple = ()


# a generational suffix after a name with a middle name or initial is formal style, not part
# of the surname ("Joseph R. Biden Jr." is "Mr. Biden"); after two words it is kept: it
# tells a son from his father ("Donald Trump Jr.")
_FORMAL_SUFFIXES = frozenset(("jr", "sr"))


def quoted_epithet_cut(words):
    """The words of a capitalised run after its last non-final word that closes a
    quotation ("'Thin-skinned' Trump", a headline's quoted epithet before a surname, is
    "Trump": the epithet is no given name); ``words`` itself when there is none. A
    plural possessive ("Roberts' Ann") is kept.

    >>> quoted_epithet_cut(["Thin-skinned'", "Trump"]), quoted_epithet_cut(["Ann", "Roe"])
    (['Trump'], ['Ann', 'Roe'])
    >>> quoted_epithet_cut(["Crooked’", "Hillary", "Vale"])
    ['Hillary', 'Vale']
    """
    for i in range(len(words) - 2, -1, -1):
        w = words[i]
        if w[-1:] in "'’" and len(w) > 2 and w[-2] not in "sS'’":
            return words[i + 1 :]
    return words


def _name_info0(raw, lex, modal_given=False):
    # _clean_name_words and the stripping below, over lower-cased words computed once
    # (the plain form is in tests/test_quotes_speed.py)
    titles = lex.titles
    words = raw.split()
    if len(words) == 1:
        return _name_info_word(words[0], lex)  # most runs: one word
    words = quoted_epithet_cut(words)
    if len(words) == 1:
        return _name_info_word(words[0], lex)  # "'Crooked' Roe": the surname alone
    words = _unglitch(words, lex)
    lows = list(map(str.lower, words))
    gender = None
    w0 = lows[0].rstrip(".")
    if w0 == "mr":
        gender = "m"
    elif w0 in ("mrs", "ms", "miss"):
        gender = "f"
    n = len(words)
    a = 0
    # a run ending in a company's legal form is the company's name: no title word in it
    # ("Zintor Energy Corp", not "Energy Secretary")
    org = lows[-1].rstrip(".") in COMPANY_SUFFIXES or _service_word_body(words, lows, lex)
    for i in range(n - 2, -1, -1) if not org else ():
        if (
            lows[i].rstrip(".") in titles
            and words[i + 1][:1].isupper()
            and not _given_title(lows, i, lex.gender)
            and not (words[i][:1].islower() and lows[i] in _PARTICLES)  # ("Marie del Roches")
        ):
            # "General Electric" keeps "General", "U.S. Potato Growers' Guild" its "U.S."
            org = _org_from(words, i, lex) or _dotted_name_start(lows, i, lex)
            a = i + (not org)
            break
    while a < n and not org and (lows[a].rstrip(".") in titles or lows[a] in _DETS):
        if _given_an(words, a, titles) or _given_title(lows, a, lex.gender):
            break
        if words[a][:1].islower() and lows[a] in _PARTICLES:
            break  # "del Roches": a lower-case particle, no title ("Del.")
        a += 1
    given_an = a < n and _given_an(words, a, titles)  # "Chairman An Wang"
    if a == n:
        if not _title_org(words, lex):
            return None
        a = n - 1  # "Trade Ministry": an organisation named with title words (only)
        while a > 0 and lows[a - 1].rstrip(".") in titles and lows[a - 1] not in _DETS:
            a -= 1
    cw = words[a:]
    cl = lows[a:]
    last = cw[-1]
    if last.endswith(("'s", "’s")):
        cw[-1] = last[:-2]
        cl[-1] = cw[-1].lower()
    elif last.endswith(_S_APOSTROPHE) and len(last) > 3:
        cw[-1] = last[:-1]  # "Bernie Sanders’ aides": Sanders (as _clean_name_words)
        cl[-1] = cw[-1].lower()
    if len(cw) >= 3 and cl[1] in lex.gender and _junk_before_given_name(cw[0], lex):
        # as _clean_name_words: a non-name word glued before a given name + surname
        cw = cw[1:]
        cl = cl[1:]
    elif len(cw) >= 3 and cl[1] in lex.gender and cl[0] in _NAME_ROLE_WORDS:
        cw = cw[1:]  # as _parse_part: "Musher Lena Okpik" (a listed job, no given name)
        cl = cl[1:]
    elif len(cw) >= 2 and cl[1] in lex.gender and _plural_person_noun(cl[0], lex):
        cw = cw[1:]  # as _parse_part: "Neighbours Ann and Tom Roe" (no given name)
        cl = cl[1:]
    elif len(cw) == 3 and cl[0].endswith(("'s", "’s")) and _owned_pair_name(cw, lex):
        cw = cw[1:]  # as _clean_name_words: "Saskatoon's Joelle Prentice-Oakes"
        cl = cl[1:]
    g = len(cl) >= 4 and _words_before_given_name(cl, lex)  # (needs 4 words)
    if g:
        cw = cw[g:]
        cl = cl[g:]
    elif len(cw) >= 2 and cl[-2].endswith(("'s", "’s")) and _owned_surname(cw[-2:], lex):
        cw = cw[-1:]  # "Amoco's Collier": the person Collier of Amoco (as parse_person_name)
        cl = cl[-1:]
    b = 0
    while b < len(cw) and (
        cl[b] in _SENT_START_STOP
        or cl[b] in _PRONOUNS
        or cl[b] in _POSSESSIVE_DETS
        or _contraction_word(cl[b])
    ):
        if _pronoun_surname(cw[b:], lex):
            break  # "He Kang"
        if given_an and cw[b] == "An":
            break
        b += 1
    if b == len(cw):
        return None
    if b:
        cw = cw[b:]
        cl = cl[b:]
    given_an = given_an and cw[0] == "An"
    if len(cw) >= 4 and cl[-1].rstrip(".") in _FORMAL_SUFFIXES:
        cw = cw[:-1]  # "Joseph R. Biden Jr": the surname is Biden ("Mr. Biden")
        cl = cl[:-1]
    if cl[-1] in _TIME_WORDS or (
        not _TITLECASE_STOP.isdisjoint(cl[given_an:])
        and not (len(cl) == 2 and cl[1] == "will" and cl[0] in lex.gender)  # "George Will"
        and not modal_given  # "Will Page said": see modal_given_names
    ):
        return None  # "Donald Trump Is Now Calling Obama The": a title-case headline
    k = n - len(cw)
    # title words as a tuple, not a frozenset: a tuple of strings is untracked by the
    # cyclic GC, so the memo adds no objects for every full collection to traverse
    # (resolve() only reads them through set(); tested against the frozenset form)
    tw = tuple([x.rstrip(".") for x in lows[:k]]) if k else _NO_WORDS
    if gender is None:
        gender = lex.gender.get(cl[0]) if len(cw) > 1 else None
    # per-string facts that resolve() asks about every name (see there)
    last = cw[-1]
    last_l = cl[-1]
    first_l = cl[0]
    joined = " ".join(cw)
    bad_last = (
        last.isupper()
        or (
            (last in lex.org_words or last_l in lex.nouns)
            and not surname_org_person(cw, lex.gender, False)  # "Ann Church", "Tom Court"
        )
        or last in lex.place_words
        or joined in lex.place_names
        or (len(cw) > 1 and " ".join(cw[:2]) in lex.org_words)  # "General Electric (Co)"
        or (len(cw) > 2 and joined in lex.org_words)  # "Royal Dutch Shell"
    )
    # (a given name before a title-word surname is a person: "Marlene Cardinal"; not
    # before an honorific or short title: "Jeb Ms")
    not_person = (
        bad_last
        or last_l in _TIME_WORDS
        or (
            last_l in lex.titles and not (len(cw) > 1 and first_l in lex.gender and len(last_l) > 4)
        )
    )
    return (
        tuple(cw),
        gender,
        tw,
        last_l,
        first_l,
        joined.lower(),
        bad_last,
        not_person,
        first_l in lex.gender,
        not bad_last and first_l not in _SENT_START_STOP,
    )


def _pronoun_surname(words, lex):
    """Is a leading "He" or "She" of the two capitalised ``words`` a surname (Chinese
    names: "He Kang", "She Lun"), not a pronoun before a title-case word: the second
    word no stop word, title, given name nor verb form ("He Says", "She Became")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> [_pronoun_surname(p.split(), lexicon()) for p in ("He Kang", "He Says", "She Had")]
    [True, False, False]
    """
    if len(words) != 2 or words[0] not in ("He", "She"):
        return False
    w = words[1]
    low = w.lower()
    return (
        len(w) > 2
        and w.isalpha()
        and w[0].isupper()
        and w[1:].islower()
        and not low.endswith(("s", "ed", "ly", "ing"))
        and low not in default_stopwords()
        and low not in _IRREGULAR_PAST
        and low not in lex.titles
        and low not in lex.gender
        and low not in lex.verb_lemma
    )


def _owned_surname(pair, lex):
    """Can the capitalised word after an owner's possessive, ``pair`` = (owner's, word),
    be a person's surname ("Amoco's Collier"), not the end of a name with a possessive
    inside ("McDonald's Corp", "Children's Hospital", "Bush's Facebook") nor a unit or
    product of a company named with its legal form ("Zintor Corp's Vexil")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> [_owned_surname(p.split(), lexicon()) for p in ("Amoco's Collier", "Amoco's Corp")]
    [True, False]
    """
    owner, w = pair[0][:-2], pair[1]
    low = w.lower()
    return not (
        w.isupper()
        or w in lex.org_words
        or w in lex.place_words
        or low in lex.nouns
        or low.rstrip(".") in COMPANY_SUFFIXES
        or low.rstrip(".") in lex.titles
        or owner in lex.org_words
        or owner.lower().rstrip(".") in COMPANY_SUFFIXES
    )


def _owned_pair_name(words, lex):
    """Can two capitalised words after an owner's possessive, ``words`` = (owner's,
    first, last), be a person's name whose given name is not in our list ("HuffPost
    Live’s Alyona Minkovski"): each could be a surname (``_owned_surname``), neither is
    a verb or a given name's stop word ("Bush's Facebook Page" stays one name)?

    >>> from analysis.quotes.lexicon import lexicon
    >>> pairs = ("CNN's Alyona Minkovski", "Bush's Facebook Page", "Halifax's Jo Prentice-Oakes")
    >>> [_owned_pair_name(p.split(), lexicon()) for p in pairs]
    [True, False, True]
    """
    return all(
        w[:1].isupper()
        and all(p[:1].isupper() and p[1:].islower() for p in w.split("-"))  # ("Prentice-Oakes")
        and _owned_surname(("X's", w), lex)  # (the owner may be an outlet: "CNN's")
        and w.lower() not in lex.verb_lemma
        for w in words[1:]
    )


# a pronoun's (or "let"'s) contraction and a negated auxiliary ("I've", "They'll",
# "Let's", "Don't"), lower case: a sentence's opening word, never a name ("O'Neill")
_CONTRACTION_WORD_RE = re.compile(
    r"(?:i|you|we|they|he|she|it|that|there|here|what|who|where|how|let|y)['’]"
    r"(?:ve|m|re|ll|d|s|all)\Z|[a-z]+n['’]t\Z"
)


def _contraction_word(low):
    """Is the lower-cased word ``low`` a contraction opening a clause, no name?

    >>> _contraction_word("i’ve"), _contraction_word("don't"), _contraction_word("o'neill")
    (True, True, False)
    """
    return ("'" in low or "’" in low) and _CONTRACTION_WORD_RE.match(low) is not None


def _name_info_word(w, lex):
    """_name_info0 of a one-word run ``w``: the same steps with one word (no title
    before it, no junk word, no title words kept; tested against the general form)."""
    c = w[:1]
    if not c.isupper() or c in "AP":
        w = _split_glitch(w, lex)
    low = w.lower()
    w0 = low.rstrip(".")
    if w0 in lex.titles or low in _DETS:
        return None
    gender = "m" if w0 == "mr" else "f" if w0 in ("mrs", "ms", "miss") else None
    if _contraction_word(low):
        return None  # "I've", "We're", "Don't" opening a sentence
    if w.endswith(("'s", "’s")):
        w = w[:-2]
        low = w.lower()
    elif w.endswith(_S_APOSTROPHE) and len(w) > 3:
        w = w[:-1]  # "Sanders’": Sanders
        low = w.lower()
    if (
        low in _SENT_START_STOP
        or low in _PRONOUNS
        or low in _POSSESSIVE_DETS
        or low in _TIME_WORDS
        or low in _TITLECASE_STOP
        or (len(low) >= 7 and low.endswith(_ADVERB_ENDS))
        or (low.endswith("ing") and low in lex.verb_lemma)
    ):
        return None  # ... or an adverb or a reporting participle opening a sentence
        # ("Publicly, the mayor ...", "Conceding that ..., he warned")
    bad_last = (
        w.isupper()
        or w in lex.org_words
        or w in lex.place_words
        or low in lex.nouns
        or w in lex.place_names
    )
    return (
        (w,),
        gender,
        _NO_WORDS,
        low,
        low,
        low,
        bad_last,
        bad_last or low in _TIME_WORDS or low in lex.titles,
        low in lex.gender,
        not bad_last and low not in _SENT_START_STOP,
    )


# endings of adverbs ("Publicly", "Separately", "Reportedly", "Similarly") that no
# one-word name has ("Kelly", "Connolly", "Sally" and "Beverly" end otherwise or are short)
_ADVERB_ENDS = (
    "ally", "ately", "ively", "ously", "edly", "ingly", "fully", "ently", "antly",
    "ibly", "ably", "icly", "lessly", "arly",
)  # fmt: skip

# possessive determiners opening a sentence ("My mother said"): never a name
_POSSESSIVE_DETS = frozenset("my our your his her their its".split())


def _junk_before_given_name(w, lex):
    """Is ``w`` (before a listed given name) no part of the name: a possessive
    ("CNN's", "Review’s", "RealClearPolitics’"), a stopword ("Neither", "Even", "Year"),
    an -ing form ("Entrusting") or a title/role word? Given names and initials ("J.")
    stay."""
    lw = w.lower()
    if lw in lex.gender or lw.endswith(".") or len(w) < 2:
        return False
    return (
        lw.endswith(("'s", "’s", "’", "'"))
        or lw in _stopwords()
        or (lw.endswith("ing") and len(lw) > 5)
        or lw in lex.titles
        or lw in lex.nouns
        or _agent_noun(w)
    )


# endings of an occupational agent noun ("Arborist", "Electrician"); not "-er": given
# names of that shape are many and unlisted ("Chandler", "Luther", "Tanner")
_AGENT_ENDINGS = ("ist", "ician")
_PLURAL_AGENT_ENDINGS = ("ers", "ists", "icians")


# "-er" jobs written capitalised before a given name ("Musher Lena Okpik"): a list, not
# a suffix rule (resources/name_role_words.txt)
_NAME_ROLE_WORDS = frozenset(w for line in _lines("name_role_words.txt") for w in line.split())
# plural jobs that, capitalised alone ("Divers said", "Growers said"), are a group
# (resources/occupation_plurals.txt)
# service words of public bodies' names ("Transplant Estrie", "Tourism Estrie")
_PUBLIC_BODY_WORDS = frozenset(_lines("public_body_words.txt"))
OCCUPATION_PLURALS = frozenset(w for line in _lines("occupation_plurals.txt") for w in line.split())


def _plural_person_noun(f, lex):
    """Is the folded word ``f`` the plural of a listed person noun or title
    ("neighbours", "farmers"), which is never a given name?

    >>> _plural_person_noun("neighbours", lexicon()), _plural_person_noun("homer", lexicon())
    (True, False)
    """
    if len(f) < 4 or f[-1] != "s" or f in lex.gender or not f.isalpha():
        return False
    return f[:-1] in lex.titles or f[:-1] in lex.nouns


def _agent_noun(w, plural=False):
    """Is ``w`` (capitalised, not a listed given name: the caller checks) shaped like an
    occupational agent noun, so that before a given name and surname it is a role
    ("Geologist Ana Roy", "Electrician Tom Vale"), not a first name? (``plural``:
    "Growers", "Hikers", where an "-er" plural is no given name.)

    >>> _agent_noun("Geologist"), _agent_noun("Musher"), _agent_noun("Hikers", plural=True)
    (True, False, True)
    """
    ends = _PLURAL_AGENT_ENDINGS if plural else _AGENT_ENDINGS
    return (
        len(w) > 4 and w[0].isupper() and w[1:].isalpha() and w[1:].islower() and w.endswith(ends)
    )


@lru_cache(maxsize=1)
def _stopwords():
    return default_stopwords()


_MISSING = object()


# prepositions of place that end a speaker's head like "in" ("residents near the mill")
_PLACE_POST_PREPS = frozenset(("near", "outside", "around", "across", "along"))
# a compass point that makes "of" a preposition of place ("farmers east of Selvane")
_COMPASS_POINTS = frozenset("north south east west northeast northwest southeast southwest".split())


@lru_cache(maxsize=1)
def _geographic_heads() -> frozenset:
    """Head words of a geographic feature's name (resources/geographic_heads.txt)."""
    return frozenset(_lines("geographic_heads.txt"))


@lru_cache(maxsize=1)
def _person_job_heads() -> frozenset:
    """Lower-case heads of one person's job (resources/person_job_heads.txt)."""
    return frozenset(_lines("person_job_heads.txt"))


@lru_cache(maxsize=1)
def _jurisdiction_words() -> frozenset:
    """Provinces and Canada (resources/jurisdiction_words.txt, lower case) that end a
    body's name ("Curl Manitoba", "Hockey Alberta", "Elections Ontario").

    >>> "manitoba" in _jurisdiction_words()
    True
    """
    return frozenset(_lines("jurisdiction_words.txt"))


def _place_job_head(w: str) -> bool:
    """Is ``w``, the last word of "the <Capitalised words> <w>", a person's job written
    in lower case ("the Columbia Icefield guide", "the Harbour Inn manager": the guide,
    not the place)?

    >>> _place_job_head("guide"), _place_job_head("Guide"), _place_job_head("council")
    (True, False, False)
    """
    return w.islower() and w in _person_job_heads()


# agent-noun endings of a plural that opens a sentence ("Visitors", "Residents",
# "Tourists"): people, when a preposition and a name follow ("-ers" is left out:
# "Peters", "Rogers" are surnames)
AGENT_PLURALS = ("ors", "ents", "ants", "ists", "ians", "ees")


def _opening_people(words_raw, lw, cut, lex):
    """Is the mention a capitalised plural of people opening it, then a preposition
    ("Visitors at Lake Louise", "Tourists from Germany": a group, not the place)?

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "Visitors at Lake Louise".split()
    >>> _opening_people(ws, [w.lower() for w in ws], 1, lexicon())
    True
    """
    w = words_raw[0]
    return (
        cut == 1 < len(lw)
        and len(w) > 4
        and w[1:].islower()
        and lw[0] not in lex.gender
        and words_raw[1][:1].islower()
        and (lw[1] != "at" or place_like(words_raw[2:], lex))  # ("Analysts at Q&R Global")
        and (
            lw[0].endswith(AGENT_PLURALS)
            or (lw[0].endswith("ers") and place_like(words_raw[2:], lex))  # "Campers at"
        )
    )


def place_like(words, lex) -> bool:
    """Do the capitalised ``words`` (after "at") name a place or venue rather than a
    firm ("Lake Louise", "Rogers Place", "Riverside Elementary"): no word of an
    organisation's name (org_names.txt, a legal form), no "&", no acronym or camel-case
    brand ("Q&R Global", "Acme Foods", "KPMG")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> place_like("Lake Louise".split(), lexicon()), place_like("Q&R Global".split(), lexicon())
    (True, False)
    """
    rest = [w for w in words if w != "the"]
    if not rest or not all(w[:1].isupper() for w in rest):
        return False
    return not any(
        w in lex.org_words
        or w.rstrip(".").lower() in COMPANY_SUFFIXES
        or "&" in w
        or (len(w) >= 2 and w.isupper())
        or any(c.isupper() for c in w[1:])
        for w in rest
    )


# lower-case heads of a group of people that are no plurals ("staff at the Columbia
# Icefield said")
_CREW_HEADS = frozenset("staff crew crews personnel".split())


def _at_geographic_feature(words_raw, cut, lex):
    """Do the words from ``cut`` (a preposition) name a geographic feature ("at the
    Columbia Icefield", "near Peyto Lake": a capitalised name ending in a head of
    ``geographic_heads.txt``, no given name first) and the head before ``cut`` a group
    of people ("Crews", "hikers", "Parks staff")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _at_geographic_feature("Crews at Bow Falls".split(), 1, lexicon())
    True
    >>> _at_geographic_feature("Ann Roe at Bow Falls".split(), 2, lexicon())
    False
    """
    rest = [w for w in words_raw[cut + 1 :] if w != "the"]
    if len(rest) < 2 or rest[-1] not in _geographic_heads() or rest[0].lower() in lex.gender:
        return False
    if not all(w[:1].isupper() for w in rest):
        return False
    h = words_raw[cut - 1]
    if not (h.islower() or (cut == 1 and h[1:].islower())):
        return False
    h = h.lower()
    return h in _CREW_HEADS or (len(h) > 3 and h.endswith("s") and not h.endswith(_NOT_PLURAL))


def _stype_static(words_raw, lex):
    """Speaker type of a mention's words as far as it depends on the words alone:
    (type, None), or (None, h) when the type is "group" if the article has no name
    whose last word (lower-cased) is h, else "person"."""
    lw = list(map(str.lower, words_raw))
    if not lw:
        return "unknown", None
    if len(lw) == 3 and lw[1] == "of" and lw[2] in ("them", "those", "us"):
        return "group", None  # "most of them", "two of them"
    if len(lw) >= 4 and lw[1] == "of" and lw[2] in ("the", "those", "these", "his", "her", "their"):
        if lw[0] == "one":
            return "anonymous", None  # "One of the nurses": one unnamed person
        if lw[0] in SPELLED_NUMBERS or lw[0].isdigit():
            return "group", None  # "Eleven of the workers": a counted group
    if len(lw) == 2 and lw[0] == "the" and lw[1] in _NUMERIC:
        return "group", None  # "the two said"
    if len(lw) >= 5 and place_office_run(words_raw):
        return "group", None  # "Alberta's premier and Ontario's premier said"
    if len(lw) == 1 and lw[0] in ("one", "another"):
        return "anonymous", None  # "One said ..., another said ...": unnamed people
    if len(lw) == 1 and lw[0] in OCCUPATION_PLURALS and words_raw[0][:1].isupper():
        return None, lw[0]  # "Divers said": a group, unless the article names a Divers
    if len(lw) >= 3 and (lw[1] in _FRENCH_CONNECTORS or lw[2] in _FRENCH_CONNECTORS):
        if french_org_mention(words_raw):
            return "organization", None  # "the Société de développement commercial Saint-Denis"
    cut = len(lw)
    for i, w in enumerate(lw):
        if w == "of" and _titled_after_org(words_raw, i, lex):
            continue  # "Bank of Zamora Governor Tarin Veld": the titled person
        if w == "of" and _org_of_role(words_raw, i, lex):
            continue  # "a Court of King's Bench judge": the judge
        if (
            i > 0
            and (
                w in _PREPS
                or w in _PLACE_POST_PREPS  # "the farmers near Selvane": the farmers
                or (  # "east of Selvane" (lower case: "Mr. North of Halifax" is a name)
                    w in _COMPASS_POINTS and words_raw[i].islower() and lw[i + 1 : i + 2] == ["of"]
                )
                or w in ("interviewed", "surveyed", "polled")  # "voters polled in Ohio"
                or (
                    w.endswith("ing")
                    and len(w) > 4
                    and not (i == len(lw) - 1 and w in lex.nouns)  # "the ruling", "a filing"
                    and not (i == 1 < len(lw) - 1 and lw[0] in ("a", "an", "the", "one"))
                    and not (words_raw[i][:1].isupper() and words_raw[-1] in lex.org_words)
                    and not (
                        i + 1 < len(lw)
                        and words_raw[i + 1].islower()
                        and (lw[i + 1] in lex.titles or lw[i + 1] in lex.nouns)
                    )
                )
            )
        ):  # (a participle ends the head; "Combustion Engineering Inc" is a name, and
            # "Acme Ltd managing director Ann Roe" a titled person; right after the
            # determiner it modifies the head: "A visiting Canadian Mint official")
            cut = i
            break
    head_type = None
    for i in range(cut - 1, -1, -1):
        w = lw[i]
        if words_raw[i][:1].isupper():
            break
        if w in ("third", "second", "fourth", "fifth") and i < cut - 1:
            continue  # "A third driver said": an ordinal before the head, not "a third"
        if i == cut - 1 and lw[0] in ("a", "an") and w not in lex.nouns and w in lex.titles:
            break  # "a provincial court judge": a person's title is the head, not "court"
        if w in lex.nouns:
            head_type = lex.nouns[w]
            break
    last_raw = words_raw[cut - 1]
    if head_type is not None or surname_org_person(words_raw[:cut], lex.gender, False):
        return head_type or "person", None  # ("Ann Church": a surname, no organisation)
    if cut == 1 < len(lw) and _plural_agent_before_phrase(words_raw):
        return "group", None  # "Growers on the benches above the lake say": people
    if (
        last_raw in lex.org_words
        or (last_raw.isupper() and len(last_raw) >= 2)
        or last_raw.endswith((".com", ".org", ".net"))  # a web address: "Politico.com"
        or " ".join(words_raw[cut - 2 : cut]) in lex.org_words
        or (cut >= 3 and " ".join(words_raw[cut - 3 : cut]) in lex.org_words)
        or (
            cut >= 3
            and " ".join(words_raw[:2]) in lex.org_words
            and _unit_words(words_raw, cut, lex)
        )
    ):
        return "organization", None
    if lw[cut - 1] in lex.nouns:
        return lex.nouns[lw[cut - 1]], None
    h = lw[cut - 1]
    if _lower_plural(words_raw[cut - 1], h) or _men_plural(h, lex):
        return "group", None  # ("Company spokesmen", "Businessmen said": people)
    if cut == 1 < len(lw) and h.endswith("s") and (h[:-1] in lex.nouns or h[:-1] in lex.titles):
        return "group", None  # "Farmers in Alberta say": the plural of a listed noun
    if h in _COUNT_HEADS and lw[0] in ("a", "an") and lw[cut : cut + 1] == ["of"]:
        return "group", None  # "A growing number of economists said": the economists
    if lw[0] in ("a", "an") and words_raw[cut - 1].islower() and cut <= 5:
        if "and" in lw[:cut] and person_noun_pair(lw, lw.index("and"), lex):
            return "group", None  # "a brother and sister said": two unnamed people
        return "anonymous", None  # "a bartender said": an unnamed person
    if lw[0] in ("one", "another") and cut <= 5 and _person_head(words_raw[cut - 1], lex):
        return "anonymous", None  # "One Chinese journalist said", "Another arbitrageur"
    if (
        lw[0] in ("a", "an")
        and cut <= 8
        and "of" in lw
        and _org_of_role(words_raw, lw.index("of"), lex)
    ):
        return "anonymous", None  # "An Ontario Court of Justice judge said": unnamed
    if cut >= 2 and lw[0] in _ONE_DETS and lw[cut - 1] in _PARTY_NOUNS:
        return "anonymous", None  # "one senior Democrat said": a description, no name
    if (
        cut >= 2
        and lw[0] == "the"
        and words_raw[1][:1].isupper()
        and lw[1].rstrip(".") not in lex.titles
        and not lw[cut - 1].endswith("s")
    ):
        if _owner_then_name(words_raw[:cut], lw, lex):
            return "person", None  # "the Daily Vell’s Tom Harlow": the outlet's person
        if (
            lw[cut - 1] in _ROLE_NOUNS
            and (words_raw[cut - 1].islower() or lw[cut - 1] in lex.titles)  # not "Star"
        ) or _place_job_head(words_raw[cut - 1]):
            return "anonymous", None  # "the Wisconsin senator": a description, no name
        return "organization", None  # "The New Yorker said": a publication, no person
    if cut < len(lw) and _at_geographic_feature(words_raw, cut, lex):
        return "group", None  # "Crews at Bow Falls said": the crews, not a person
    if _opening_people(words_raw, lw, cut, lex):
        return "group", None  # "Visitors at Lake Louise said": the visitors
    if any(w[:1].isupper() for w in words_raw[:cut]):
        if lw[cut - 1].endswith(("ans", "ists", "ers", "ats")):
            return None, lw[cut - 1]  # "Republicans", "Democrats" (unless a surname)
        if (
            cut >= 2
            and (words_raw[cut - 1] in lex.place_names or lw[cut - 1] in _jurisdiction_words())
            and words_raw[cut - 2][:1].isupper()
            and lw[cut - 2] not in lex.gender
            and lw[0] not in lex.gender
        ):
            return "organization", None  # "Statistics Canada", "Curl Manitoba": a body
        if cut == 2 and lw[0] not in lex.gender and _service_word_body(words_raw[:2], lw, lex):
            return "organization", None  # "Transplant Estrie": a service word, then a name
        if cut == len(lw) and nation_body(words_raw, lex):
            return "organization", None  # "Kettle Point First Nation", "Maple Creek Band"
        return "person", None
    return "unknown", None


# heads that count the people of their "of" phrase ("a number of economists")
_COUNT_HEADS = frozenset(("number", "handful"))


def _lower_plural(w: str, h: str) -> bool:
    """Is the lower-case head ``w`` (``h`` lower-cased) a plural ("drivers")?"""
    return w.islower() and len(h) > 4 and h.endswith("s") and not h.endswith(_NOT_PLURAL)


def _men_plural(h: str, lex) -> bool:
    """Is ``h`` the "-men" plural of a listed title or noun for a person ("spokesmen",
    "businessmen", "fishermen"): people, not a person nor an unknown?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _men_plural("businessmen", lexicon()), _men_plural("specimen", lexicon())
    (True, False)
    """
    if not h.endswith("men") or len(h) < 6:
        return False
    one = h[:-3] + "man"
    return one in lex.titles or lex.nouns.get(one) in ("anonymous", "person")


# endings of agent nouns for a person: "arbitrageur", "trader", "journalist", "technician"
_PERSON_HEAD_ENDS = ("eur", "er", "ist", "ian")


def _person_head(w: str, lex) -> bool:
    """Is the lower-case head ``w`` after "one" / "another" a person's (a listed title or
    an agent noun), so the phrase is one unnamed person ("One Chinese journalist")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> [_person_head(w, lexicon()) for w in ("delegate", "arbitrageur", "study", "Lee")]
    [True, True, False, False]
    """
    return w.islower() and (w in lex.titles or (len(w) > 4 and w.endswith(_PERSON_HEAD_ENDS)))


def _service_word_body(words, lows, lex) -> bool:
    """Are the two capitalised ``words`` (``lows`` lower-cased) a body's name opened by
    a service word of ``resources/public_body_words.txt`` that titles no one by itself
    (no title, or only a [descriptor] one before no place: "Housing Estrie",
    "Transplant Estrie"; not "Justice Marlowe") before a word that is no given name and
    no title?

    >>> from analysis.quotes.lexicon import lexicon
    >>> [_service_word_body(w.split(), w.lower().split(), lexicon())
    ...  for w in ("Housing Estrie", "Justice Marlowe", "Housing Minister")]
    [True, False, False]
    """
    return (
        len(words) == 2
        and words[0] in _PUBLIC_BODY_WORDS
        and lows[1] not in lex.gender
        and lows[1].rstrip(".") not in lex.titles
        and (
            lows[0] not in lex.titles
            or (  # (a place after it is the other rules': "Transport Canada")
                lows[0] in _SOFT
                and words[1] not in lex.place_names
                and lows[1] not in _jurisdiction_words()
            )
        )
    )


def _plural_agent_before_phrase(words_raw):
    """Is the mention a capitalised plural agent noun ("Growers", "Hikers") with a
    lower-case phrase after it ("Hikers on the trail below the ridge"), not an "of"
    naming a body ("Growers of Ontario")?

    >>> _plural_agent_before_phrase("Hikers on the trail below the ridge".split())
    True
    >>> _plural_agent_before_phrase("Growers of Ontario".split())
    False
    """
    w = words_raw[0]
    if len(words_raw) < 3 or not _agent_noun(w, plural=True):
        return False
    if words_raw[1] == "of" and words_raw[2][:1].isupper():
        return False
    # ("Cottagers on the west side of Kettle Lake": the place locates them)
    return all(x[:1].islower() for x in words_raw[1:]) or region_place_tail(words_raw[1:])


# a bank's role in a bond or share issue ("lead manager Credit Vell", "co-lead
# managers Vell Bank and Kell Securities"): the words before "manager(s)"
_ISSUE_ROLES = frozenset("lead co-lead sole joint book-running co".split())


def _org_of_role(words_raw, i, lex):
    """Does "of" at ``i`` sit inside an organisation's name that only modifies a
    lower-case title noun ending the mention ("a Court of King's Bench judge", "a
    University of Regina professor"), not "Critics of Court of Appeal" or "a lawyer of
    Acme Inc"?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _org_of_role("a Court of Appeal judge".split(), 2, lexicon())
    True
    >>> _org_of_role("a lawyer of Acme Inc".split(), 2, lexicon())
    False
    """
    last = words_raw[-1]
    return (
        0 < i < len(words_raw) - 2
        and words_raw[i - 1][:1].isupper()
        and last.isalpha()
        and last.islower()
        and last in lex.titles
        and all(w[:1].isupper() for w in words_raw[i + 1 : -1])
    )


def underwriter(words):
    """Index of the name in a mention (a list of words) that names a bank by its role
    in an issue, "(co-)lead/sole/joint manager(s)" or "co-manager(s)" before a
    capitalised name; 0 when it is no such mention.

    >>> underwriter("lead manager Credit Vell".split()), underwriter("manager Ann Roe".split())
    (2, 0)
    """
    for i in range(len(words) - 1):
        w = words[i].lower()
        if w in ("manager", "managers") and i and words[i - 1].lower() in _ISSUE_ROLES:
            return i + 1 if words[i + 1][:1].isupper() else 0
        if w in ("co-manager", "co-managers", "lead-manager"):
            return i + 1 if words[i + 1][:1].isupper() else 0
    return 0


def _owner_then_name(words_raw, lw, lex):
    """Do ``words_raw`` end in a possessive capitalised word, then a listed given name
    and one or two more capitalised words ("the Daily Vell’s Tom Harlow")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> w = "the Daily Vell’s Tom Harlow".split()
    >>> _owner_then_name(w, [x.lower() for x in w], lexicon())
    True
    """
    n = len(words_raw)
    for i in (n - 3, n - 4):
        if (
            i >= 1
            and words_raw[i][:1].isupper()
            and words_raw[i].endswith(("'s", "’s", "s'", "s’"))  # ("The Times' Ann Roe")
            and lw[i + 1] in lex.gender
        ):
            return all(w[:1].isupper() for w in words_raw[i + 1 :])
    return False


def _titled_after_org(words_raw, i, lex):
    """Does "of" at ``i`` join an organisation's capitalised name to a title and a
    capitalised name after it ("Bank of Zamora Governor Tarin Veld", "Ministry of
    Trade spokesman Ann Roe"): the mention names the titled person?

    >>> from analysis.quotes.lexicon import lexicon
    >>> w = "Bank of Zamora Governor Tarin Veld".split()
    >>> _titled_after_org(w, 1, lexicon()), _titled_after_org(w[:3], 1, lexicon())
    (True, False)
    """
    if i == 0 or not words_raw[i - 1][:1].isupper():
        return False
    for k in range(i + 2, len(words_raw) - 1):
        w = words_raw[k]
        if w.lower().rstrip(".") in lex.titles:
            return all(x[:1].isupper() for x in words_raw[i + 1 : k]) and all(
                x[:1].isupper() for x in words_raw[k + 1 :]
            )
    return False


def _unit_words(words_raw, cut, lex):
    """Are the words from the third to ``cut`` capitalised, no title and no given name:
    the name of a listed company's unit ("Merrill Lynch Capital Markets"), not a
    person after it ("Merrill Lynch analyst Ann Roe")?"""
    return all(
        w[:1].isupper() and w.lower().rstrip(".") not in lex.titles and w.lower() not in lex.gender
        for w in words_raw[2:]
    )


# "one Democrat", "a lifelong Republican": a capitalised common noun after a determiner
_ONE_DETS = frozenset("one a an another the this that".split())
_PARTY_NOUNS = frozenset("democrat republican conservative liberal independent".split())

_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}

_MENTION_MEMO: dict = {}  # mention string -> _mention_info result, for ONE lexicon

_MENTION_MEMO_LEX: list = [None]

_EMPTY_MENTION = object()


def _mention_info(mention, lex):
    """What resolve() derives from a mention string alone (memoised like _name_info):
    (lower-cased form with "his"/"her"/"their" as "he"/"she"/"they", words with glued
    glitches split, the role noun of "the president" or None (_EMPTY_MENTION for a
    mention without words), _stype_static of the words, the name a person speaker is
    resolved by: ``parse_person_name``'s display words)."""
    if _MENTION_MEMO_LEX[0] is not lex:
        _MENTION_MEMO.clear()
        _MENTION_MEMO_LEX[0] = lex
    got = _MENTION_MEMO.get(mention)
    if got is not None:
        return got
    lm = _CONTRACTION_RE.sub("", mention.lower())
    lm = _POSSESSIVE_PRONOUN.get(lm, lm)
    raw_words = _unglitch(mention.split(), lex)
    lw = list(map(str.lower, raw_words))
    if not lw:
        role = _EMPTY_MENTION
    elif (
        lw[0] in ("the", "this")
        and 2 <= len(lw) <= 5
        and lw[-1] in _ROLE_NOUNS
        and not any(w[:1].isupper() and w.lower() not in lex.titles for w in raw_words[1:])
    ):
        role = lw[-1]
    else:
        role = None
    stype = _stype_static(raw_words, lex)
    # the person's name in the mention, by the one person-name parser
    named = len(raw_words) >= 4 and "of" in raw_words and titled_body_name(raw_words, lex.gender)
    # ("Chair of the Board Tom North": the name after the title's body)
    run = parse_person_name(" ".join(named or raw_words))[0] if raw_words else ()
    if run and _org_object(raw_words, run):
        run = ()  # "The head of the Bank of Montreal": no person named Montreal
    info = (lm, role, stype, tuple(run))
    if len(_MENTION_MEMO) >= _NAME_MEMO_MAX:
        _MENTION_MEMO.clear()
    _MENTION_MEMO[mention] = info
    return info


def _org_object(words, run):
    """Is the name ``run`` the last words of ``words`` and the object of an "of" after
    a capitalised word, the end of an organisation's or an office's name ("the head of
    the Bank of Montreal", "the Archbishop of Canterbury"), no person's?

    >>> _org_object("The head of the Bank of Montreal".split(), ("Montreal",))
    True
    >>> _org_object("Secretary of State Ann Roe".split(), ("Ann", "Roe"))
    False
    >>> _org_object("The head of Halifax Transit".split(), ("Halifax", "Transit"))
    True
    """
    k = len(words) - len(run)
    return (
        k >= 2
        and tuple(words[k:]) == tuple(run)
        and words[k - 1] == "of"
        and (words[k - 2][:1].isupper() or words[0] in ("The", "the", "A", "a"))
    )  # ("The head of Halifax Transit", "the wife of Tom Lee": the head, the wife)


def _group_names(entries):
    """Name entries (position, cleaned words, ...), one per match in text order, as
    [first position, cleaned words, number of matches] per distinct cleaned words."""
    groups: dict = {}
    for entry in entries:
        cw = entry[1]
        grp = groups.get(cw)
        if grp is None:
            groups[cw] = [entry[0], cw, 1]
        else:
            grp[2] += 1
    return list(groups.values())


def _canonical_among(words, by_last_groups, by_first_groups):
    """Fullest form of the name ``words`` among the article's names with its last word
    (``by_last_groups``; else, for one word, those with it as their first word: the
    callable ``by_first_groups``), grouped by _group_names. Whether a match qualifies
    and how it ranks depend only on its cleaned words but for its position, so the best
    match is the first match of the best group: the same choice as over every match
    (tested against the per-match form)."""
    if len(words) == 1:
        cands = list(by_last_groups)  # (``_compatible``: one word fits every name)
    else:
        cands = [c for c in by_last_groups if _compatible(words, c[1])]
    if not cands and len(words) == 1:
        cands = by_first_groups()
    if not cands:
        return " ".join(words)
    multi = [c for c in cands if 1 < len(c[1]) <= 4]
    if any(c[1][0].lower() in _PARTICLES for c in multi):
        multi = _without_particle_surnames(multi)
    if not multi:
        best = max(cands, key=lambda c: (len(c[1]) if len(c[1]) <= 4 else 0, -c[0]))
        return " ".join(best[1])
    # several full names share the surname ("Jeb Bush", "George W. Bush"): the one
    # the article uses most, then the person (given name) it names first, then the
    # longest form ("George W. Bush" over "George Bush"), then the earliest
    freq: dict = {}
    first: dict = {}
    for c in multi:
        key = tuple(w.lower() for w in c[1])
        freq[key] = freq.get(key, 0) + c[2]
        first[key[0]] = min(first.get(key[0], c[0]), c[0])
    best = max(
        multi,
        key=lambda c: (
            freq[tuple(w.lower() for w in c[1])],
            -first[c[1][0].lower()],
            len(c[1]),
            -c[0],
        ),
    )
    return " ".join(best[1])


_NEXT_LOWER_RE = re.compile(r"\s([a-z]+)\b")


def _person_evidence(run, g, after, lex):
    """May he/she refer to this quoted speaker? Not to a lone capitalised word used as a
    modifier ("internment of Nazi sympathizers ... and suggested")."""
    if len(run) > 1 or g is not None:
        return True
    m = _NEXT_LOWER_RE.match(after)
    return m is None or m.group(1) in lex.verb_lemma or m.group(1) in _SKIP_BEFORE_CUE


def _without_particle_surnames(multi):
    """``multi`` without the surnames that open with a particle ("Van Horne", "De
    Vries") when a longer name there ends with one ("Etienne Van Horne"): the surname
    written alone is that person, never a full name of its own."""
    tails = set()
    for c in multi:
        low = tuple(w.lower() for w in c[1])
        tails.update(low[-k:] for k in range(2, len(low)))
    return [
        c
        for c in multi
        if c[1][0].lower() not in _PARTICLES or tuple(w.lower() for w in c[1]) not in tails
    ]


def _compatible(words, cand):
    """Could the mention `words` refer to the full name `cand`?"""
    if len(words) == 1:
        return True
    ws = [w.lower().rstrip(".") for w in words]
    cs = [c.lower().rstrip(".") for c in cand]
    if ws[-1] != cs[-1]:
        return False
    if ws[0] in _PARTICLES and len(cs) > len(ws) and cs[-len(ws) :] == ws:
        return True  # "Van der Merwe" / "De Vries": the surname of "Kirsten Van der Merwe"
    return ws[0] == cs[0] or (len(ws[0]) == 1 and cs[0].startswith(ws[0]))


# titles that only a person carries ("President Obama", "Sen. Cruz", "spokesman Earnest")
_PERSON_TITLE = load_titles()["honorific"] | load_titles()["role"]


def _titled(text, pos, cw, lex):
    """Is this name marked as a person by a title right before it ("President Obama",
    "spokesman Josh Earnest": the first word of the capitalised run at ``pos`` or the word
    just before it) or by an apposition after it ("Dottie Deans, the chairwoman", "X, 33,")?"""
    last = cw[-1]
    if last.isupper() or last in lex.org_words or last.lower() in lex.nouns:
        return False
    if last.lower() in lex.titles:
        return False
    if not text.startswith(cw[0], pos):  # the run starts with a word cleaned away
        m = _FIRST_WORD_RE.match(text, pos)
        if m and m.group(1).lower() in _PERSON_TITLE:
            return True
    if text[pos - 1 : pos] in (" ", "\t"):
        m = _title_before(text, pos)
        if m is not None and m[0].lower() in _PERSON_TITLE:
            # "Sen. Cruz", but not "... the candidate. According to"
            if not m[1] or len(m[0]) <= 4:
                return True
    if text[pos - 5 : pos - 1] == "-old" and _AGED_BEFORE_RE.search(text, max(0, pos - 20), pos):
        return True  # "His daughter, 15-year-old Lina,": an age marks a person
    if text[pos - 2 : pos] == ", " and text[pos - 3 : pos - 2].islower():
        # "Alberta's energy minister, Rheal Roy," / "Her principal, Ann Roe,": a lower-
        # case role noun set before the name by a comma
        k = pos - 2
        j = k
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if text[j:k] in _PERSON_TITLE:
            return True
    # an apposition naming a person: "Dottie Deans, the chairwoman of ...", "Luay Sami, 33,"
    end = text.find(last, pos, pos + 80)
    if end < 0 or text[end + len(last) : end + len(last) + 1] != ",":
        return False
    m = _APPOS_RE.match(text, end + len(last))
    if m is None:
        return False
    return m.group(1) is not None or any(
        w in _PERSON_TITLE or w.endswith("-old") for w in m.group(2).lower().split()
    )


_AGED_BEFORE_RE = re.compile(r"(?<![\w-])\d{1,3}-(?:year|month)-old[ \t]$")

_TITLE_BEFORE_RE = re.compile(r"\b([A-Za-z]+)(\.?)[ \t]+$")

_TITLE_BEFORE_REV_RE = re.compile(r"[ \t]+(\.?)([A-Za-z]+)")


def _title_before(text, pos):
    """``m.groups()`` of ``m = _TITLE_BEFORE_RE.search(text, max(0, pos - 20), pos)``
    (or None) when ``text[pos - 1]`` is a space or tab, without trying every start: the
    match must end with all the blanks before ``pos``, the period right before them if
    any and the letters before that, so it is read backwards from ``pos``; it exists
    when those letters start at a word boundary (tested)."""
    lo = max(0, pos - 20)
    m = _TITLE_BEFORE_REV_RE.match(text[lo:pos][::-1])
    if m is None:
        return None
    r = pos - m.end()  # where the letters start
    if r > 0 and (text[r - 1].isalnum() or text[r - 1] == "_"):
        return None  # no word boundary there (the letters may go on before ``lo``)
    return m.group(2)[::-1], m.group(1)


_APPOS_RE = re.compile(
    r",[ \t]+(?:(\d{1,3}),|(?:the|a|an|his|her)[ \t]+((?:[\w\-]+[ \t]+){0,3}[\w\-]+))"
)


# ---------------------------------------------------------------------------- person names
# The one person-name parser (``parse_person_name``): speaker mentions in the quote
# engine and cross-article speaker names in analysis.speakers are both parsed by it.


# Honorifics, gendered titles and pronouns: gender hints.
_MALE = frozenset(
    """
    assemblyman brother businessman chairman congressman councilman duke emperor father fr
    grandfather he him himself his king lord mr prince sheikh sir spokesman sultan uncle
    husband son nephew
    """.split()
)
_FEMALE = frozenset(
    """
    assemblywoman aunt businesswoman chairwoman congresswoman councilwoman dame duchess
    empress grandmother her herself lady madam madame miss mme mrs ms princess queen she
    sister spokeswoman wife daughter mother niece widow
    """.split()
)
# Words that can never be part of a person's name: everything up to the last
# of them is a title or description ("Russian President Vladimir Putin"): the
# gender words above and the honorific, role and modifier words of the one title
# list (resources/titles.txt).
_TITLES = (
    _MALE | _FEMALE | load_titles()["honorific"] | load_titles()["role"] | load_titles()["modifier"]
)
# Leading words dropped only when a two-token name remains ("Secretary of
# State Antony Blinken", "White House press secretary Jen Psaki"): the title list's
# descriptors and two connectors.
_SOFT = load_titles()["descriptor"] | frozenset({"&", "and"})
# Lower-case name particles: "Osama bin Laden", "Ludwig van Beethoven".
_PARTICLES = frozenset(
    """
    abu al ben bin da das de del della den der des di dos du el ibn la le mac o st st. ten ter
    van von y
    """.split()
)
# A surname after an elided particle: "d’Entremont", "d'Amours".
_ELIDED_RE = re.compile(r"d['’][A-Z]")
# Titles that are also common surnames: kept when they end a mention.
_SURNAME_TITLES = frozenset(
    """
    bishop cardinal chief coach constable dean head host judge king knight major marshal
    prince rabbi sheriff warden
    """.split()
)
# Capitalised at the start of a sentence, never a name: "From January", "What Ardena".
_STOP = frozenset(
    """
    among amid nation democrats republicans conservatives liberals supporters critics i'm
    i've i'd i'll we're we've it's that's there's here's don't didn't can't won't
    about according after all also although and anybody anyone as asked at because before
    both but by despite during each earlier every everybody everyone five for four friday
    from here his how i if in into it its later like many meanwhile monday most my no nobody
    not of on one or our over said saturday says several since so some somebody someone
    sunday than that their there these they this those though three thursday to today told
    tuesday two under unlike until we wednesday what when where which while who whom why
    with without yesterday yet you your
    """.split()
)
_ING_NAMES = frozenset(
    "sterling channing browning fielding harding fleming manning golding redding cushing"
    " hastings stebbing irving".split()
)
_SUFFIXES = frozenset(
    """
    esq ii iii iv jr md phd sr
    """.split()
)
_ARTICLES = {"a", "an", "the"}

_TOKEN = re.compile(
    r"[A-Z]{1,3}[&/][A-Z]{1,3}(?![\w&/])|[^\W\d_](?:(?:[\w.'’-]|"
    + MOJIBAKE_PAIR
    + r")*(?:\w|"
    + MOJIBAKE_PAIR
    + r"))?\.?",
    re.UNICODE,
)


# (``_parse_part``'s test of a name of title words and suffixes only)
_TITLES_OR_SUFFIXES = _TITLES | _SUFFIXES


def _fold(s: str) -> str:
    """Casefold and strip accents/dots: 'Zémin' -> 'zemin', 'U.S.' -> 'us'."""
    if s.isascii():
        return s.lower().replace(".", "")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold().replace(".", "").replace("’", "'")


def _strip_possessive(tok: str) -> str:
    # (one endswith over the four two-character endings)
    if len(tok) > 2 and tok.endswith(("'s", "’s", "'S", "’S")):
        return tok[:-2]
    return tok.rstrip("'’")


def _gender_of(words: Iterable[str]) -> str | None:
    male = female = False
    for w in words:
        f = _fold(_strip_possessive(w))
        male |= f in _MALE
        female |= f in _FEMALE
    if male == female:
        return None
    return "m" if male else "f"


def parse_person_name(text) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """Split a person mention into (display tokens, comparison key, gender hint).

    Titles, honorifics, descriptions, possessives and name suffixes are removed
    from the key; the gender hint comes from honorifics/pronouns (Mr. -> "m").

    Example:
        >>> parse_person_name("Russian President Vladimir Putin's")
        (('Vladimir', 'Putin'), ('vladimir', 'putin'), None)
        >>> parse_person_name("Mrs. Clinton")
        (('Clinton',), ('clinton',), 'f')
    """
    if not isinstance(text, str) or not text.strip():
        return (), (), None
    parts = _split_appositions(text[:500])
    for part in parts:
        display, key, gender = _parse_part(part)
        if key:
            if gender is None and len(parts) > 1:  # "the spokesman, Alexei Gromov"
                gender = _gender_of(w for p in parts if p is not part for w in _TOKEN.findall(p))
            return display, key, gender
    return _parse_part(text[:500])


_APPOS_SPLIT_RE = re.compile(r"\s*[,;:(\[\]){}]\s*|\s+[-–—]+\s+")


def _split_appositions(text: str) -> list[str]:
    """'Putin, the Russian president' -> ['Putin', 'the Russian president'];
    a suffix after a comma stays with the name ('King, Jr.')."""
    parts = [p for p in _APPOS_SPLIT_RE.split(text) if p.strip()]
    out: list[str] = []
    for p in parts:
        first = p.split()[0] if p.split() else ""
        if out and _fold(first) in _SUFFIXES:
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return out


def _company_of_the(toks, folds):
    """Indexes of "of" and "the" inside a company's name that ends in a legal form and
    opens with a capitalised word ("Lake of the Woods Fibre Corp.": {1, 2}), else ().

    >>> ws = "Lake of the Woods Fibre Corp.".split()
    >>> _company_of_the(ws, [w.lower() for w in ws])
    (1, 2)
    """
    if len(toks) < 5 or folds[-1].rstrip(".") not in COMPANY_SUFFIXES or "of" not in toks:
        return ()
    j = toks.index("of")
    if j < 1 or toks[j + 1] != "the" or not toks[j - 1][:1].isupper():
        return ()
    if not all(t[:1].isupper() for t in toks[:j] + toks[j + 2 :]):
        return ()
    return (j, j + 1)


def _before_of_place(toks):
    """``toks`` up to an "of" after a two-word capitalised name that is neither a
    title nor an institution word ("Ann Holt of Derry", "Chris Ray of the Justice
    Department"), else ``toks``.

    >>> _before_of_place(["voter", "Ann", "Holt", "of", "Derry"])
    ['voter', 'Ann', 'Holt']
    >>> _before_of_place(["Secretary", "of", "State", "Ann", "Holt"])
    ['Secretary', 'of', 'State', 'Ann', 'Holt']
    """
    if "of" not in toks:
        return toks
    j = toks.index("of")
    if j < 2 or j + 1 >= len(toks):
        return toks
    a, b = toks[j - 2], toks[j - 1]
    if not (a[:1].isupper() and b[:1].isupper()):
        return toks
    if any(_fold(t) in _TITLES or _fold(t) in _SOFT or _fold(t) in _STOP for t in (a, b)):
        return toks
    if _titled_after_org(toks, j, lexicon()):
        return toks  # "Royal Bank of Zamora Chairman Ann Holt": the titled person
    return toks[:j]


_OWNER_ENDS = ("'s", "’s", "'S", "’S")


# a plural or -s possessive before a capitalised word ("Reuters' Tom Lee", "CTV News’
# Ann Roe"): written as "’s" so that the token keeps its owner's ending
_S_OWNER_RE = re.compile(r"(?<=[a-z]s)['’](?=[ \t]+[A-Z])")


def _dotted_opener(name, nf) -> bool:
    """Does the dotted abbreviation ``name[0]`` (a descriptor: "U.S.", "U.K.") open an
    organisation's name, kept whole: no title, descriptor or given name after it ("the
    president of the U.S. Potato Growers' Guild"; not "U.S. Secretary Ann Roe")?

    >>> _dotted_opener(["U.S.", "Potato", "Guild"], ["us", "potato", "guild"])
    True
    >>> _dotted_opener(["U.S.", "Ann", "Roe"], ["us", "ann", "roe"])
    False
    """
    if len(nf) < 2 or "." not in name[0][:-1]:
        return False
    f = nf[1]
    return f not in _SOFT and f not in _TITLES and f not in lexicon().gender


def _parse_part(text: str) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    # (every token folded once, ``folds[i]`` of ``toks[i]``, and the name's folds cut
    # alongside it; the plain form, a fold per test, is in tests/test_quotes_speed37.py)
    lex = lexicon()
    raw = _TOKEN.findall(_S_OWNER_RE.sub("’s", text))
    toks = [_strip_possessive(t) for t in raw]
    # a possessive before a given name and a surname is the person's owner ("CNN's
    # Jake Tapper"), or before a lone surname ("Amoco's Collier": Collier; not a
    # company's suffix, "McDonald's Corp"); no name word ("Connecticut Children's
    # Medical Center" stays)
    owner = max((i for i, t in enumerate(raw[:-1]) if t.endswith(_OWNER_ENDS)), default=-1)
    if owner >= 0 and not (
        (
            2 <= len(raw) - owner - 1 <= 3
            and _fold(raw[owner + 1]) in lex.gender
            or owner == len(raw) - 3
            and _owned_pair_name(raw[owner:], lex)
            or owner == len(raw) - 2
            and _owned_surname(raw[-2:], lex)
        )
        and all(t[:1].isupper() for t in raw[owner + 1 :])
    ):
        owner = -1
    toks = [t for t in toks if t]
    toks = _before_of_place(toks)  # "voter Ann Holt of Derry": Ann Holt
    folds = list(map(_fold, toks))
    # cut after the last word that cannot be part of a name; a title-like
    # last word ("Martin Luther King Jr.", "Mr. Major") stays a surname
    core_end = len(toks)
    while core_end > 1 and folds[core_end - 1] in _SUFFIXES:
        core_end -= 1
    cut = owner if owner < core_end - 1 and len(toks) == len(raw) else -1
    gender_words = lex.gender
    of_the = _company_of_the(toks, folds)
    for i, t in enumerate(toks[:core_end]):
        f = folds[i]
        lower_word = t[:1].islower() and f not in _PARTICLES
        if lower_word and t[:1] == "d" and _ELIDED_RE.match(t):
            lower_word = False  # "d’Entremont"
        # "California-based" before a name; not a name's last word ("Ban Ki-moon")
        lower_word |= (
            "-" in t and t.rsplit("-", 1)[1][:1].islower() and (i < core_end - 1 or i == 0)
        )
        article = t in _ARTICLES or (i == 0 and t in ("A", "An", "The"))  # not "William A. Ackman"
        if of_the and i in of_the:
            continue  # "Lake of the Woods Fibre Corp.": the company's own "of the"
        title = (
            f in _TITLES
            and i < core_end - 1
            and not (i == 0 and _pronoun_surname(toks, lex))
            and not (t[:1].islower() and f in _PARTICLES)  # ("Marie del Roches", "del Roches")
        )
        if title and f in gender_words:  # "Marine Le Pen", not "Marine John Tiegen"
            title = not _given_title(folds, i, gender_words)
        elif not title and i == 0 and core_end >= 3 and folds[1] in gender_words:
            # "Geologist Tom Vale": a role noun before the name (not "Tyler Ann Roe")
            title = f not in gender_words and (_agent_noun(t) or f in _NAME_ROLE_WORDS)
        elif not title and i == 0 and core_end >= 2 and folds[1] in gender_words:
            title = _plural_person_noun(f, lex)  # "Neighbours Ann and Tom Roe": the noun
        stop = f in _STOP and not (
            i == core_end - 1 and i >= 1 and t[:1].isupper() and folds[i - 1] in gender_words
        )  # ("Omar Said": a surname that is also a stop word, after a given name)
        if lower_word or article or stop or title:
            if f in _TITLES and not (lower_word or article or f in _STOP):
                if _org_from(toks, i, lex):
                    continue  # "General Electric": a company's name from its title word
            cut = max(cut, i)  # (not before an owner: "The Times’s Maria Lopez")
    # a capitalised gerund before a name is a headline word ("Electing Obama"), not
    # a word of a company's name ("Norvik Trading AB")
    company = folds[-1].rstrip(".") in COMPANY_SUFFIXES if toks else False
    for i in range(cut + 1, core_end - 1 if not company else cut + 1):
        f = folds[i]
        if len(f) >= 6 and f.endswith("ing") and f not in _ING_NAMES:
            if "-" in toks[i] and toks[i].rsplit("-", 1)[1][:1].isupper():
                continue  # "Mei-Ling Okafor": a hyphenated given name, no gerund
            cut = i
    gender = _gender_of(toks[: cut + 1])
    name = toks[cut + 1 :]
    nf = folds[cut + 1 :]  # the folds of ``name``, cut alongside it
    if len(name) == 1 or (name and all(f in _TITLES_OR_SUFFIXES for f in nf)):
        f = nf[0]
        if f in _TITLES and f not in _SURNAME_TITLES:
            name, nf = [], []  # "the President", "Spokesman"
    # drop leading description words while a full name remains (a company's name
    # keeps them: "South Prairie Energy Ltd.", "Canadian Tire Corp.")
    if len(name) >= 3 and all(f in _SOFT for f in nf[:-1]) and not company:
        name, nf = name[-1:], nf[-1:]  # "Homeland Security Mayorkas": a surname
    while len(name) > 2 and nf[0] in _SOFT and not company and not _dotted_opener(name, nf):
        name, nf = name[1:], nf[1:]
    # "Secretary of Homeland Security Mayorkas": after "<title> of" the
    # department words are part of the title, down to a one-word name
    if cut >= 1 and folds[cut] == "of" and folds[cut - 1] in _TITLES:
        while len(name) > 1 and nf[0] in _SOFT and not _dotted_opener(name, nf):
            name, nf = name[1:], nf[1:]
    # a particle cannot start a name ("al" in "said al Qaeda" aside)
    while name and nf[0] in _PARTICLES and len(name) > 1 and name[0][:1].islower():
        name, nf = name[1:], nf[1:]
    # drop trailing suffixes (Jr., III) from the key, keep them for display
    n_core = len(name)
    while n_core > 1 and nf[n_core - 1] in _SUFFIXES:
        n_core -= 1
    display = tuple(
        t if f in _SUFFIXES or len(t.rstrip(".")) == 1 else t.rstrip(".")
        for t, f in zip(name, nf, strict=True)
    )
    key = tuple(k for k in nf[:n_core] if k)
    suffix = nf[n_core:]
    if suffix and len(key) == 2:
        # "Donald Trump Jr." is not "Donald Trump"; with a middle name the
        # suffix is formal style ("James B. Comey Jr." = "James B. Comey")
        key = (key[0] + " " + " ".join(suffix), key[1])
    return display, key, gender
