"""The nearest fitting organisation before a mention (``_nearest_org``,
``_nearest_org_at``, ``_subject_org``): the company, public body or jurisdiction a
head ("the company", "the ministry") fits, bodies named for their province ("Ontario
Parks"), fuller names of one listed word, and whether a name opens its clause.
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter

from .antecedents import _is_company, _org_name, _unquoted_before, _written_org
from .blocks import MASK
from .french_org_names import FRENCH_HEAD_FITS, french_name_written
from .kin import _JURIS_HEADS
from .ledes import _BUSINESS_KINDS, _ORG_HEADS
from .lexicon import COMPANY_SUFFIXES, _lines
from .names import _PERSON_TITLE
from .org_described import described_org_kind, the_acronym_before
from .org_names import _CAPS_RUN_RE, _JURIS_LAST, _JURIS_PLACES, _name_start
from .person_named_bodies import person_named_like

# first words of a national sport body "<Sport> Canada" (resources/sport_body_words.txt)
_SPORT_BODY = frozenset(_lines("sport_body_words.txt"))


def _nearest_org(an, at, head=None, reach=2000):
    """Canonical name of the nearest organisation named before ``at`` outside
    quotations, or None: for "it", a name whose last word is an organisation word
    (or a short acronym after the first line); for "the <head>", a name whose last
    word fits the head noun."""
    got = _nearest_org_at(an, at, head, reach)
    return None if got is None else got[1]


# the legal forms a company's name ends in that "the corporation" names itself
_CORPORATION_WORDS = frozenset({"corp", "corporation"})


def named_corporation_before(an, at, reach=4000):
    """The nearest name before ``at`` (outside quotations, within ``reach``) whose last
    word is "Corp." / "Corporation", as (position, name): what "the corporation" stands
    for before a nearer name of another legal form ("Seaway Crossing Corp. said ...
    Northgate Paving Inc. ... The corporation said": Seaway Crossing Corp.); or None."""
    name_pos = an.positions()
    i = bisect.bisect_left(name_pos, at) - 1
    while i >= 0:
        pos, cw, _g, _info = an.names[i]
        if at - pos > reach:
            return None
        i -= 1
        if (an.masked is not None and an.masked[pos] == MASK) or len(cw) < 2:
            continue
        if cw[-1].lower().rstrip(".") in _CORPORATION_WORDS:
            name = _written_org(an.text, pos, cw, _org_name(an.text, pos, cw))
            if len(name.split()) >= 2:
                return pos, name
    return None


# French names open with their head noun ("Université Laval" is "the university"):
# the French head word -> the English last words it stands for, as an English name's
# last word does ("Société" fits "the agency" as "Commission" does; resources/
# french_org_heads.txt)
_FRENCH_ORG_HEADS = FRENCH_HEAD_FITS


# "the board of (the) " right before a name: the body whose board "the board" is (a
# lower-case "board": "the Region Board of Trade" is a name of its own)
_BOARD_OF_RE = re.compile(r"\bboard[ \t]+of[ \t]+(?:the[ \t]+)?\Z")


def _nearest_org_at(an, at, head=None, reach=2000):
    """(position, name) of ``_nearest_org``'s organisation, or None."""
    name_pos = an.positions()
    first_nl = an.first_nl
    fits = _ORG_HEADS.get(head)
    i = bisect.bisect_left(name_pos, at) - 1
    if head == "agency" and (acr := the_acronym_before(an.masked or an.text, at)) is not None:
        if i < 0 or name_pos[i] < acr[0]:
            return acr  # ("..., the RCMP said. The agency said": no name in between)
    steps = 0
    while i >= 0 and steps < 200:
        pos, cw, _g, _info = an.names[i]
        if at - pos > reach:
            return None
        i -= 1
        steps += 1
        if an.masked is not None and an.masked[pos] == MASK:
            continue
        last = cw[-1]
        if fits is not None:
            if head in _JURIS_HEADS:
                body = _jurisdiction_body(an.text, pos, cw) or _place_first_body(cw)
                body = body or _place_first_body_written(an.text, pos, cw)
                if body is not None:
                    return _name_start(an.text, pos, cw, body), body
            public = _public_fit(an.text, pos, head, cw) or _company_fit(an, pos, head, cw, at)
            if public is not None:
                return _name_start(an.text, pos, cw, public), public
            if len(cw) >= 2 and _FRENCH_ORG_HEADS.get(cw[0].lower(), frozenset()) & fits:
                return pos, " ".join(cw)  # "Université Laval ... the university said"
            if head == "board" and _BOARD_OF_RE.search(an.text, max(0, pos - 20), pos):
                name = _written_org(an.text, pos, cw, _org_name(an.text, pos, cw))
                return pos, name  # "the board of the Gottingen Co-operative ... the board"
            if len(cw) == 1 and _FRENCH_ORG_HEADS.get(cw[0].lower(), frozenset()) & fits:
                at_head = pos + 4 if an.text.startswith(("The ", "the "), pos) else pos
                if (french := french_name_written(an.text, at_head)) is not None:
                    return pos, french  # "the Guilde des éducatrices de l'Estrie ... the guild"
            if last.lower().rstrip(".") in fits:
                if person_named_like(an, pos, cw):
                    continue  # "Tom Court ... Court said ... The court said": no person
                if head == "federation" and last == "Canada" and cw[0].lower() not in _SPORT_BODY:
                    continue  # "Statistics Canada" is no federation; "Curling Canada" is
                name = _written_org(an.text, pos, cw, _org_name(an.text, pos, cw))
                if head == "hospital" and last.lower() in ("centre", "center"):
                    if name.split()[-2:-1] not in (["Health"], ["Medical"], ["Sciences"]):
                        continue  # "Halton Regional Health Centre", not "Rideau Centre"
                if len(name.split()) < 2:  # the run as written: "The Lakeland Health Authority"
                    raw = an.text[pos : an.text.find(last, pos, pos + 200) + len(last)]
                    if _CAPS_RUN_RE.fullmatch(raw):
                        name = re.sub(r"^(?:The|A|An)[ \t]+", "", raw)
                if len(name.split()) >= 2:  # "Acme Corp", "Department of Justice"
                    return _name_start(an.text, pos, cw, name), name
            if len(cw) == 1 and _compound_fit(cw[0], fits):
                return pos, cw[0]  # "SaskPower ... the Crown utility said"
            if len(cw) == 1 and described_org_kind(an.text, pos, cw[0], head, fits):
                return pos, cw[0]  # "TransLink, the regional transit authority, ... the authority"
            if len(cw) == 1 and (short := _short_company(an, pos, cw[0], fits)) is not None:
                return pos, short  # "FreshWay Grocers Corp. ... FreshWay's spokesperson"
        elif fits is None and (french := _french_run_name(an.text, pos, cw)) is not None:
            return pos, french  # "The Comité du patrimoine de Saint-Yves ... It said"
        elif last in an.lex.org_words or (
            last.isupper() and 2 <= len(last) <= 5 and last.isalpha() and pos > first_nl >= 0
        ):
            if last in an.lex.org_words:  # "VWR Corp", "Securities and Exchange Commission"
                if len(cw) == 1 and _common_opening(an, pos, last):
                    continue  # "Business in May rose, it said": a noun, not "Fox Business"
                name = _org_name(an.text, pos, cw)
                if " " not in name:
                    name = _fuller_org(an, pos, name)  # "The Post reported": Washington Post
                return _name_start(an.text, pos, cw, name), name
            return pos, " ".join(cw)
        elif fits is None and (group := group_apposed_name(an.text, pos)) is not None:
            return pos, group  # "A protest group, Cariboo Voices for Animals, ... It said"
    return None


def _french_run_name(text, pos, cw):
    """The whole French organisation name written at a one-word run ``cw`` that is a
    French head ("Comité", "Société", ``resources/french_org_heads.txt``) with lower-case
    words after it ("the Comité du patrimoine de Saint-Yves"), for "it"; else None.

    >>> t = "The Comité du patrimoine de Saint-Yves met."
    >>> _french_run_name(t, 4, ["Comité"])
    'Comité du patrimoine de Saint-Yves'
    >>> _french_run_name("The Comité met.", 4, ["Comité"]) is None
    True
    """
    if len(cw) != 1 or cw[0].lower() not in _FRENCH_ORG_HEADS:
        return None
    at_head = pos + 4 if text.startswith(("The ", "the "), pos) else pos
    return french_name_written(text, at_head)


# a lower-case kind of body right before an apposed name ("A protest group, NAME,", "a
# charity, NAME,"): the name is that body's, whatever its last word
_GROUP_KIND_BEFORE_RE = re.compile(
    r"\b(?:group|organi[sz]ation|charity|coalition|society|non-?profit|network|alliance|"
    r"collective)[ \t]*,[ \t]*\Z"
)
_APPOSED_NAME_RE = re.compile(r"[A-Z][^,;:.!?\n\"“”]{1,80}?(?=,)")
_NAME_LINKS = frozenset("for of and the des de du la le on".split())


def group_apposed_name(text, pos):
    """The name at ``pos`` set off by commas after a lower-case kind of body ("A
    protest group, Cariboo Voices for Animals, has held ..."), as written, or None.

    >>> t = "A protest group, Cariboo Voices for Animals, has marched."
    >>> group_apposed_name(t, t.index("Cariboo"))
    'Cariboo Voices for Animals'
    >>> t = "A farmer, Ann Roe, said so."
    >>> group_apposed_name(t, t.index("Ann")) is None
    True
    """
    if "," not in text[max(0, pos - 3) : pos]:
        return None
    if _GROUP_KIND_BEFORE_RE.search(text, max(0, pos - 40), pos) is None:
        return None
    m = _APPOSED_NAME_RE.match(text, pos)
    if m is None:
        return None
    words = m.group(0).split()
    if not all(w[:1].isupper() or w in _NAME_LINKS for w in words):
        return None
    return " ".join(words)


# the last part of a one-word compound name ("SaskPower" -> "Power"), of four letters or
# more ("EgyptAir" is an airline's name, its "Air" too short to read as its kind)
_COMPOUND_TAIL_RE = re.compile(r"[A-Za-z][a-z]+([A-Z][a-z]{3,})")


def _compound_fit(word, fits):
    """Does the one-word name ``word`` join a place-like first part and a capitalised
    last part that fits the description's head ("SaskPower" for "the utility": "power")?

    >>> _compound_fit("SaskPower", {"power", "hydro"}), _compound_fit("SaskTel", {"power"})
    (True, False)
    >>> _compound_fit("EgyptAir", {"air", "airways"})
    False
    >>> _compound_fit("McDonald", {"donald"})
    False
    """
    m = _COMPOUND_TAIL_RE.fullmatch(word)
    return m is not None and not word.startswith("Mc") and m.group(1).lower() in fits


_entry_pos = itemgetter(0)  # (position of a ``names`` entry)


def _short_company(an, pos, word, fits):
    """The company ``word`` (one capitalised word at ``pos``) is the short name of: a
    name the article wrote before with ``word`` first and a legal form last that fits
    the head ("FreshWay Grocers Corp. ... FreshWay's spokesperson ... the company
    said"), its name as written; else None. (The full names are in text order: the
    walk back starts at the last one before ``pos``, found by bisection.)"""
    if word.lower() in COMPANY_SUFFIXES or not word[:1].isupper():
        return None
    an._grouped(an.by_first, word.lower())  # (builds the index)
    group = an.by_first.get(word.lower(), ())
    for k in range(bisect.bisect_left(group, pos, key=_entry_pos) - 1, -1, -1):
        p0, cw, _g, _info = group[k]
        if cw[0] != word:
            continue
        last = cw[-1].lower().rstrip(".")
        if len(cw) >= 2 and last in COMPANY_SUFFIXES and last in fits:
            name = _written_org(an.text, p0, cw, _org_name(an.text, p0, cw))
            return name if len(name.split()) >= 2 else None
    return None


# the last words of a public service's name that a kind word before may make a business
# description's ("Moncton Water Services", "Bayview Hydro Commission")
_SERVICE_ENDS = frozenset(("services", "commission", "utilities", "utility"))


def _company_fit(an, pos, head, cw, at):
    """The company named at ``pos`` (run ``cw``, ending in a legal form) that the business
    description "the <head>" at ``at`` stands for, or None (resources/business_kinds.txt):
    any company for "the operator" ("Northern Ferries Ltd. ... the operator said"), one
    with a word of the head's kind for "the airline" ("Harbour Air Ltd."), one that opens
    its clause for a head that is mostly a person's ("Ridge Properties Inc. bought the
    tower ... The landlord said"; never "bit a courier from Swift Delivery Ltd. ... The
    owner said"). Never when the words before call a person so ("Clifford Moon, the
    plant's operator,")."""
    kind = _BUSINESS_KINDS.get(head)
    if kind is None or len(cw) < 2:
        return None
    mode, words = kind
    last = cw[-1].lower().rstrip(".")
    if last not in COMPANY_SUFFIXES and (mode != "kind" or last not in _SERVICE_ENDS):
        return None  # ("Moncton Water Services ... the utility": a kind word, then "Services")
    if mode == "kind" and not any(w.lower() in words for w in cw[:-1]):
        return None
    if mode == "subject" and not _opens_clause(an, pos):
        return None
    if _person_called(an.text, max(0, at - 2000), at, head):
        return None
    name = _written_org(an.text, pos, cw, _org_name(an.text, pos, cw))
    return name if len(name.split()) >= 2 else None


def _person_called(text, lo, hi, head):
    """Do ``text[lo:hi]`` call a person "the <head>" in an apposition after a name or a
    possessive ("Clifford Moon, the plant's operator,", "Ann Roe, the owner,")?

    >>> _person_called("Clifford Moon, the plant's operator, checks it.", 0, 47, "operator")
    True
    >>> _person_called("Bay Water Ltd., the operator, said so.", 0, 38, "operator")
    False
    """
    for m in re.finditer(
        rf"([A-Z][\w.’'-]*),[ \t]+(?:the|a|its|their)[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}?{head}\b",
        text[lo:hi],
    ):
        if m.group(1).lower().rstrip(".") not in COMPANY_SUFFIXES:
            return True
    return False


_ABBR_AFTER_RE = re.compile(r"[ \t]+([A-Z]{2,3})\b(?![.'’-]?\w)")

# the first words of a public body's name: a Crown corporation is "the agency"
# ("Canada Mortgage and Housing Corporation ... the agency said")
_PUBLIC_FIRST = _JURIS_LAST | {"federal", "national", "canadian", "provincial"}


def _public_fit(text, pos, head, cw):
    """The name of the body at ``pos`` (run ``cw``) that "the <head>" may stand for
    other than by its last word, or None: a Crown corporation for "the agency" (a
    "... Corporation" whose first word is a jurisdiction, "Canada Mortgage and Housing
    Corporation"), a utility written with a hyphen ("Hydro-Quebec") for "the utility".

    >>> t = "Canada Mortgage and Housing Corporation and Acme Corporation said so."
    >>> _public_fit(t, t.index("Housing"), "agency", ("Housing", "Corporation"))
    'Canada Mortgage and Housing Corporation'
    >>> _public_fit(t, t.index("Acme"), "agency", ("Acme", "Corporation")) is None
    True
    >>> _public_fit("Hydro-Quebec said", 0, "utility", ("Hydro-Quebec",))
    'Hydro-Quebec'
    """
    last = cw[-1].lower()
    if head == "agency" and last == "corporation":
        name = _written_org(text, pos, cw, _org_name(text, pos, cw))
        return name if name.split()[0].lower() in _PUBLIC_FIRST else None
    if head == "utility" and "-" in last and last.split("-")[0] in ("hydro", "power"):
        return cw[-1]
    return None


def _jurisdiction_body(text, pos, cw):
    """The name of a government body named for its jurisdiction, at ``pos`` (run
    ``cw``): "Elections Ontario", "Service Nova Scotia", "Emergency Management BC" (the
    name index drops the "BC": read from the text after the run); None when the name
    is no such body, or only the place ("New Brunswick", "Manitoba and Quebec").

    >>> t = "Emergency Management BC and New Brunswick said so."
    >>> _jurisdiction_body(t, 0, ("Emergency", "Management"))
    'Emergency Management BC'
    >>> _jurisdiction_body(t, t.index("New"), ("New", "Brunswick")) is None
    True
    """
    last = cw[-1]
    if last.lower() in _JURIS_LAST:
        name = _written_org(text, pos, cw, " ".join(cw))
    else:
        end = text.find(last, pos, pos + 200)
        m = None if end < 0 else _ABBR_AFTER_RE.match(text, end + len(last))
        if m is None or m.group(1).lower() not in _JURIS_LAST:
            return None
        name = " ".join(cw) + " " + m.group(1)
    low = name.lower().split()
    for place in _JURIS_PLACES:
        k = len(place)
        if len(low) > k and tuple(low[-k:]) == place:
            if low[-k - 1] in ("and", "&", "of", "in", "for", "the"):
                return None  # "Manitoba and Quebec", "Bank of Canada"
            if len(low) == k + 1 and tuple(low[-k - 1 :]) in _JURIS_PLACES:
                return None  # ("New Brunswick" read as a body "New" + "Brunswick")
            return name
    return None


_PLACE_BODY_WORDS = frozenset(_lines("place_body_words.txt"))


def _place_first_body(cw):
    """The name of a public body that opens with its province ("Ontario Parks",
    "Manitoba Hydro", "Alberta Health Services": a one-word place of
    jurisdiction_words.txt, then a word of place_body_words.txt), or None.

    >>> _place_first_body(("Ontario", "Parks")), _place_first_body(("Ontario", "Liberals"))
    ('Ontario Parks', None)
    """
    if len(cw) < 2 or len(cw) > 3 or (cw[0].lower(),) not in _JURIS_PLACES:
        return None
    return " ".join(cw) if cw[1].lower() in _PLACE_BODY_WORDS else None


def _fuller_org(an, pos, word):
    """The longer organisation name ending in the one listed organisation word ``word``
    ("Post") that the article last wrote before ``pos`` ("The Washington Post ... The
    Post reported": Washington Post), else ``word``."""
    for p0, cw, _g, _info in reversed(an.by_last.get(word.lower(), ())):
        if p0 < pos and 1 < len(cw) <= 4 and cw[-1] == word:
            return _org_name(an.text, p0, cw)
    return word


def _common_opening(an, pos, word):
    """Is the one-word run ``word`` at ``pos`` a common noun capitalised only because it
    opens its sentence: the article writes it in lower case too ("Business in May
    rose ... its core business"), and no "of <Name>" follows ("Bank of Japan")?"""
    text = an.text
    if not text.startswith(word, pos) or _OPENING_OF_NAME_RE.match(text, pos + len(word)):
        return False  # "The Board of Trade", "Bank of Japan governor"
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"“‘'")
    return (not before or before[-1] in ".!?\n") and an.common_word(word.lower())


_OPENING_OF_NAME_RE = re.compile(r"[ \t]+(?:of|for|on|and|&)[ \t]+(?:the[ \t]+)?[A-Z]")

# "the city", "the school board", "the provincial ministry of health": a description
# of an organisation opening a clause, the referent of a later "it said"
_ORG_DESCRIPTION_RE = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n))[ \t]*[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}"
    r"(?P<head>city|town|province|state|county|ministry|department|agency|board|council|"
    r"government|police|company|firm|bank|union|league|club|team|court|party|campaign|"
    r"hospital|university|school|committee|commission|association|federation|"
    r"organization|organisation|group|office|airline|authority|regulator|utility)"
    r"(?:[ \t]+of[ \t]+[a-z]+)?\b"
)

# the same description as the speaker of a frame after its content ("Roads are closed,
# the province said in an update. It said ...")
_ORG_FRAME_AFTER_CONTENT_RE = re.compile(
    r"(?<=,[ \t])the[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}"
    r"(?P<head>city|town|province|state|county|ministry|department|agency|board|council|"
    r"government|police|company|firm|bank|union|league|club|team|court|party|campaign|"
    r"hospital|university|school|committee|commission|association|federation|"
    r"organization|organisation|group|office|airline|authority|regulator|utility)"
    r"(?=[ \t]+(?:said|says|added|wrote|stated|noted|reported)\b)"
)


def _org_description_before(an, at, reach=400):
    """The last clause-opening description of an organisation ("The city", "the school
    board") in the ``reach`` characters before ``at`` and outside quotations, lower-cased
    ("the city"); None when there is none.

    >>> class _An:
    ...     text = masked = "The city lost in court. The ruling stands, it said."
    >>> _org_description_before(_An, _An.text.index("it said"))
    'the city'
    >>> _An.text = _An.masked = "Roads are closed, the province said. It said more."
    >>> _org_description_before(_An, _An.text.index("It said"))
    'the province'
    """
    lo, seg = _unquoted_before(an, at, reach)
    found = None
    for m in _ORG_DESCRIPTION_RE.finditer(seg):
        found = m
    for m in _ORG_FRAME_AFTER_CONTENT_RE.finditer(seg):
        if found is None or m.start() > found.start():
            found = m
    if found is None:
        return None
    desc = an.text[lo + found.start() : lo + found.end()].strip(" \t\n")
    return desc[0].lower() + desc[1:]


def _subject_org(an, at, head, groups):
    """``_nearest_org`` (for "the corporation", a name ending in "Corp." before a nearer
    name of another legal form, ``named_corporation_before``), unless that organisation
    is only named inside a clause ("...
    placed the notes through Kell Co.") after an organisation quoted by name (that
    fits ``head``): then the organisation quoted, the subject of the story ("Acme Corp
    said ... through Kell Co. It said ..." -> "Acme Corp")."""
    got = _nearest_org_at(an, at, head)
    if got is None:
        return None
    pos, ref = got
    if head == "corporation" and ref.split()[-1].lower().rstrip(".") not in _CORPORATION_WORDS:
        got = named_corporation_before(an, at) or got  # (not "Northgate Paving Inc.")
        pos, ref = got
    fits = _ORG_HEADS.get(head)
    for gpos, name, typ in reversed(groups):
        if at - gpos > 2000:
            break
        if typ == "organization" and name[:1].isupper() and name != ref:
            if name.split()[-1].lower().rstrip(".") in (fits or COMPANY_SUFFIXES):
                if gpos >= pos:
                    return name  # quoted since the organisation was named
                return ref if _opens_clause(an, pos) else name
    if _opens_clause(an, pos):
        return ref
    back = got
    for _ in range(3):  # "<Acme Corp> said ... with the Securities and Exchange Commission"
        back = _nearest_org_at(an, back[0], head)
        if back is None:
            break
        if back[1] != ref and _is_company(back[1]) and _opens_clause(an, back[0]):
            return back[1]  # (a company: never "On Twitter, she ...", "News footage")
    return ref


def _opens_clause(an, pos):
    """Does the organisation's name at ``pos`` open its clause (or its line, after a
    "<" as in "<Acme Corp> said")?"""
    an.antecedents()
    if an.starts_clause(pos):
        return True
    text = an.text
    i = pos  # (back over blanks and "<" only: never the whole line sliced per call)
    while i > 0 and text[i - 1] in " \t<":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


# the capitalised words that end a stretch of text ("... Nova Scotia Environment")
_CAP_RUN_END_RE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \t]+){1,5}[A-Z][\w'’-]*)\Z")


def _place_first_body_written(text, pos, cw):
    """``_place_first_body`` of the capitalised words written up to the end of the run
    ``cw`` at ``pos``, whose place may be two or three words ("Nova Scotia
    Environment") and which the name index may have cut ("Alberta Health Services"
    indexed as "Services"); None when they hold no such body.

    >>> t = "On Friday, Nova Scotia Environment said so."
    >>> _place_first_body_written(t, t.index("Nova"), ("Nova", "Scotia", "Environment"))
    'Nova Scotia Environment'
    >>> t = "Alberta Health Services said so."
    >>> _place_first_body_written(t, t.index("Services"), ("Services",))
    'Alberta Health Services'
    >>> _place_first_body_written("New Brunswick said so.", 0, ("New", "Brunswick")) is None
    True
    """
    s0 = text.find(cw[0], pos, pos + 200)
    e0 = -1 if s0 < 0 else text.find(cw[-1], s0, pos + 200)
    if e0 < 0:
        return None
    m = _CAP_RUN_END_RE.search(text, max(0, s0 - 40), e0 + len(cw[-1]))
    if m is None:
        return None
    run = m.group(1).split()
    if run[-1].lower().rstrip(".") in _PERSON_TITLE:
        return None  # ("Alberta Energy Minister": a person's office)
    for i in range(len(run) - 1):
        for k in (1, 2, 3):
            rest = len(run) - i - k
            if rest in (1, 2) and tuple(w.lower() for w in run[i : i + k]) in _JURIS_PLACES:
                if run[i + k].lower() in _PLACE_BODY_WORDS:
                    return " ".join(run[i:])
    return None
