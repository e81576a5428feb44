"""Ledes and descriptions named later: a lede's body or organisation named next
("the company", "one of the companies"), the name an indefinite description is given
later or in the next sentence, a description named soon after, a lede's "a <role>"
titled later, the person named after an attribution, and the organisation heads of
kinds of bodies and businesses. A description that speaks first and is named in the
next sentence or paragraph is in ``lede_named_next``; kin named later and roles in an
apposition in ``lede_appositions``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .._tokens import default_stopwords as _stopwords
from .antecedents import _CAP_NAME_WORD, _unquoted_before, _unresolved_description
from .datelines import long_dash_dateline
from .french_org_names import french_name_fitting
from .kin import (
    _AGED_MENTION_RE,
    _HEAD_KIND,
    _KIN_GENDER,
    _NAME_RUN,
    _PARAGRAPH_BREAK_RE,
    _kind_org_before,
    _org_kind,
)
from .lede_named_next import (
    _DESC_HEAD_END,
    _NEXT_SENTENCE_RE,
    _PERSON_NOUNS,
    _SPACE_RUN_RE,
    _titled_after,
    dateline_places,
)
from .lede_named_titled import next_past_sentence_asides, titled_bare_mention
from .lede_witness_named import lede_witness_named
from .lexicon import COMPANY_SUFFIXES, _lines
from .mentions import _COMPANY_HEADS
from .names import _person_like
from .titles import _OFFICES

# "the agency said", "the company said": the organisation named before, when its
# name ends in a word that fits the noun ("the agency" -> "... Administration")
# the last words of a body of members ("... Council", "... Chamber of Commerce")
_MEMBER_BODIES = frozenset(
    "association council federation alliance coalition chamber society".split()
)

_ORG_HEADS = {
    "agency": {
        "agency",
        "administration",
        "office",
        "bureau",
        "service",
        "commission",
        "authority",
        "canada",  # "Environment Canada", "Statistics Canada": federal agencies
        # "the World Health Organization ... the agency said"
        "organization",
        "organisation",
    },
    "company": {"company", "corp", "corporation", "inc", "co", "ltd", "llc", "plc", "group"},
    "firm": {"firm", "company", "corp", "corporation", "inc", "co", "ltd", "llc", "plc", "group"},
    # "Harbour Lane Developments Ltd. ... The developer said": a company that builds
    "developer": {"developments", "development", "homes", "properties", "builders", "group"}
    | {"construction", "corp", "corporation", "inc", "co", "ltd", "llc", "company"},
    "builder": {"homes", "builders", "construction", "developments", "group"}
    | {"corp", "corporation", "inc", "co", "ltd", "llc", "company"},
    "bank": {"bank", "trust"},  # ("Home Trust ... the bank": a trust company lends)
    "ministry": {"ministry"},
    "department": {"department", "canada"},  # "Global Affairs Canada ... the department"
    "union": {
        "union",
        "federation",
        "association",
        "conference",
        "guild",
        "brotherhood",
        "local",
        "workers",  # "Atlantic Food and Commercial Workers", "United Steelworkers"
        "steelworkers",
        "teamsters",
        "united",  # "National Nurses United"
        "unifor",
        # ("the Riverside Care Workers Collective", "the Transit Operators Alliance":
        # a union named for its members, then a word for a body of them)
        "collective",
        "alliance",
    },
    # "the Guilde des éducatrices de l'Estrie ... The guild says": a guild's own name
    "guild": {"guild"},
    "hospital": {"hospital", "infirmary", "centre", "center"},  # "... Regional Health Centre"
    "centre": {"centre", "center"},  # "the Halifax Regional Health Centre ... the centre"
    "center": {"centre", "center"},
    # "the Halton Transit Authority ... the authority said"; a health authority named
    # for its region ("Northern Valley Health", "... Health Services ... the authority")
    "authority": {"authority", "health", "services"},
    "association": _MEMBER_BODIES,  # "The BC Lumber Trade Council said ... The association said"
    "commission": {"commission"},
    # "Curling Canada, which runs the championship, said ... The federation said": a
    # national sport body named "<Sport> Canada", or a name ending in "Federation"
    "federation": {"federation", "canada"},
    "committee": {"committee"},
    "coalition": {"coalition", "alliance"},  # "the Lakeview Stewards, a coalition of ..."
    "alliance": {"alliance", "coalition"},
    "collective": {"collective"},
    # "The Canada Energy Regulator ... The three-member hearing panel said": the body
    # that seats a hearing panel, a tribunal's name for a tribunal
    "panel": {"regulator", "board", "tribunal", "commission", "panel"},
    "tribunal": {"tribunal"},
    # ("Health Canada said ... The federal regulator said": a federal department or agency)
    "regulator": {"regulator", "board", "commission", "authority", "operator", "canada", "agency"},
    "bureau": {"bureau"},  # "the Insurance Bureau of Canada ... the bureau said"
    # "the Insurance Bureau of Canada ... The industry group has urged": a body of members
    "group": _MEMBER_BODIES | {"group", "bureau", "institute", "network", "league", "union"},
    "council": {"council"},
    "league": {"league"},  # "the Summit Hockey League ... the league said"
    # "Acme Co-op said ... . B, the organization said": a name ending so, else the
    # organisation quoted last by name (``_resolve_org``)
    "organization": {"organization", "organisation"},
    "organisation": {"organization", "organisation"},
    "foundation": {"foundation"},
    "society": {"society"},  # "the Halifax Playhouse Society ... the society said"
    # "the Prairie Ridge Grain Co-operative ... the co-op said": the short form
    "co-op": {"co-op", "co-operative", "cooperative", "coop"},
    "co-operative": {"co-op", "co-operative", "cooperative", "coop"},
    "cooperative": {"co-op", "co-operative", "cooperative", "coop"},
    "institute": {"institute"},
    "university": {"university", "college"},
    "court": {"court"},
    "exchange": {"exchange"},
    "airline": {"airlines", "airways", "air"},
    "carrier": {"airlines", "airways", "air"},  # ("Borealis Air ... the carrier said")
    # ("Ontario Power Generation ... the utility", "Hydro-Quebec ... the utility")
    "utility": {"power", "hydro", "energy", "electric", "utilities", "gas", "generation"},
    "board": {"board"},  # "the Halton District School Board ... the board said"
    # "the Independent Electricity System Operator ... the operator said"
    "operator": {"operator"},
    "newspaper": {"times", "post", "journal", "herald", "tribune", "gazette", "news"},
    "paper": {"times", "post", "journal", "herald", "tribune", "gazette", "news"},
    "daily": {"times", "post", "journal", "herald", "tribune", "gazette", "news"},
    # "the journal said", "the magazine said": a publication, never the person named next
    "journal": {"journal", "review", "letters"},
    "magazine": {"magazine", "review", "monthly", "weekly"},
    # "the Elm River Land Trust ... the trust said", "the Halvorsen Family Partnership
    # ... the partnership", "the Northern Teachers Pension Fund ... the fund", "the
    # Toronto Stock Exchange ... the bourse": a name ending so (bug78)
    "trust": {"trust"},
    "partnership": {"partnership", "partners"},
    "fund": {"fund"},
    "bourse": {"exchange", "bourse"},
}

_ORG_HEADS["company"] = (
    _ORG_HEADS["company"]
    | COMPANY_SUFFIXES
    | {"partnership", "partners", "holdings", "industries", "bancorp", "enterprises"}
    | frozenset(_lines("company_trade_heads.txt"))
)  # "Red Lion Inns Limited Partnership ... the company"; "Northwind Grocery ... the company"

_ORG_HEADS["firm"] = _ORG_HEADS["firm"] | _ORG_HEADS["company"]

# (every company head reads a company's name: "Northern Ferry Services Corp. ... the
# corporation", "Toyota ... the automaker")
for _h in _COMPANY_HEADS:
    _ORG_HEADS.setdefault(_h, _ORG_HEADS["company"])

# business descriptions ("the operator", "the carrier", "the owner"): head -> (mode,
# the name words of its kind), resources/business_kinds.txt
_BUSINESS_KINDS = {
    head: (mode, frozenset(words.split()))
    for head, mode, words in (
        (line.split("\t") + ["", ""])[:3] for line in _lines("business_kinds.txt")
    )
}

# (the heads that were no organisation's before: a person's job when no company fits)
_BUSINESS_PERSON_HEADS = frozenset(h for h in _BUSINESS_KINDS if h not in _ORG_HEADS)

for _h, (_any, _ws) in _BUSINESS_KINDS.items():
    _ORG_HEADS[_h] = set(_ORG_HEADS.get(_h, ())) | _ws

# --- written41: organisation descriptions the article names elsewhere -------------

# words of public bodies' names that are no one's name (resources/public_body_words.txt)
_PUBLIC_BODY_WORDS = frozenset(_lines("public_body_words.txt"))

# a lede description's body named next by one of its words ("the province's
# transportation department said" ... "Manitoba Transportation and Infrastructure said")
_BODY_RUN_RE = re.compile(
    r"(?<![\w'’.-])((?:[A-Z][\w&'’.-]*[ \t]+(?:(?:and|of|for|&)[ \t]+)?){1,5}[A-Z][\w&'’.-]*)"
)


def _body_name(an, name):
    """Does the speaker ``name`` read as a public body's name: two capitalised words or
    more, the first no given name, one of them a body word ("Lakehead Regional Transit",
    "Manitoba Transportation and Infrastructure"; not "Gord Fairweather")?

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> an = _ArticleNames("x", [(0, 1)], lexicon(), None)
    >>> _body_name(an, "Lakehead Regional Transit"), _body_name(an, "Joanne Kakegabon")
    (True, False)
    """
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() or w in ("and", "of", "for", "&") for w in words):
        return False
    if words[0].lower() in an.lex.gender or words[0] in ("The", "A", "An"):
        return False
    return any(w in _PUBLIC_BODY_WORDS or w in an.lex.org_words for w in words[1:])


def _beyond_lede(text, at):
    """Is offset ``at`` past the lede: neither in the first paragraph nor in the second
    (after a headline), nor in a dateline paragraph with at most three paragraphs before
    it (a headline and a byline: "Windsor workers vote ...", "By Ann Roe", "WINDSOR,
    Ont. — ...")?

    >>> t = "Workers vote" + 2 * chr(10) + "By Ann Roe" + 2 * chr(10) + "WINDSOR, Ont. — A, the union said."
    >>> _beyond_lede(t, t.index("the union")), _beyond_lede(t + 2 * chr(10) + "More.", len(t) + 3)
    (False, True)
    """
    nl = text.find("\n", 0, at)
    if nl < 0 or text.find("\n", _SPACE_RUN_RE.match(text, nl).end(), at) < 0:
        return False
    ps = text.rfind("\n", 0, at) + 1
    e4 = _fourth_break_end(text)  # (more than three "\n\n" before ps: the fourth ends by ps)
    return (e4 is not None and e4 <= ps) or long_dash_dateline(text, ps, at) is None


@lru_cache(maxsize=8)
def _fourth_break_end(text):
    """End of the fourth "\n\n" of ``text`` counted as ``str.count`` does (no overlaps),
    None when it has fewer: ``text.count("\n\n", 0, ps) > 3`` is ``end <= ps``, found once
    per article rather than once per quote.

    >>> _fourth_break_end("a" + 5 * chr(10) + "b" + 4 * chr(10)), _fourth_break_end("a")
    (11, None)
    """
    pos = 0
    for _ in range(4):
        j = text.find("\n\n", pos)
        if j < 0:
            return None
        pos = j + 2
    return pos


def _lede_body_named_next(an, q, lm, reach=1500):
    """The body a description in the lede (first or second paragraph) names by a word
    of its own ("the province's transportation department said" -> "Manitoba
    Transportation and Infrastructure", "the city's transit agency" -> "... Transit")
    in the next ``reach`` characters, to the end of the second paragraph after it:
    the first body's name holding that word capitalised; None otherwise."""
    words = lm.split()
    mods = {w.capitalize() for w in words[1:-1] if w.isalpha() and len(w) > 3}
    text = an.masked if an.masked is not None else an.text
    if not mods or _beyond_lede(text, q.m_start):
        return None
    hi = min(len(text), q.m_end + reach)
    nl = text.find("\n", q.m_end, hi)
    for _ in range(2):
        if nl < 0:
            break
        nl = text.find("\n", _SPACE_RUN_RE.match(text, nl).end(), hi)
    hi = hi if nl < 0 else nl
    for m in _BODY_RUN_RE.finditer(text, q.m_end, hi):
        name = an.text[m.start(1) : m.end(1)]
        name = name[4:] if name.startswith("The ") else name
        if mods & set(name.split()) and _body_name(an, name):
            return name
    return None


# a name of two to four capitalised words
_CO_NAME = r"((?:[A-Z][\w&’'.-]*[ \t]+){1,3}[A-Z][\w&’'.-]*)"

# an organisation introduced as a company without a legal form in its name: "the
# company, Ashbury Residential,", "Ashbury Residential, which owns the buildings,",
# "landlord Ashbury Residential", "concert promoter Northbound Live"
_INTRODUCED_COMPANY_RE = re.compile(
    r"\b[Tt]he[ \t]+(?:company|firm)[ \t]*,[ \t]+" + _CO_NAME + r"[ \t]*,"
    r"|(?<![\w’'.-])" + _CO_NAME + r",[ \t]+which[ \t]+(?:owns|operates|runs|manages|employs"
    r"|builds|makes|sells|develops|owned|operated|built)\b"
    r"|\b(?:landlord|promoter|developer|operator|employer|builder|contractor|retailer"
    r"|manufacturer|company|firm)[ \t]+" + _CO_NAME + r"(?![\w’'.-])"
)

# a preposition right before "the company, <Name>,": the name is apposed to the noun the
# prepositional phrase follows ("a spokesperson for the company, Ann Roe,")
_COMPANY_OWNED_BEFORE_RE = re.compile(r"\b(?:for|of|at|with)[ \t]+\Z")

# a run of two to five capitalised words (an organisation's name, "The" left out)
_ORG_CAP_RUN_RE = re.compile(
    r"(?<![\w'’.-])(?:The[ \t]+)?((?:[A-Z][\w&'’.-]*[ \t]+){1,4}[A-Z][\w&'’.-]*)"
)


def _lede_org_apposed_next(an, q, head):
    """The organisation a lede's "the company" (a company head) stands for when the
    next paragraph opens with a name set off as one of that kind ("..., and the company
    that built it says A.\\n\\nCampwise Software, a Guelph firm that ..., said"): the
    name, else None. Only in the lede (the first paragraph, or the second after a
    headline)."""
    if head not in _COMPANY_HEADS:
        return None
    text = an.text
    nl = text.find("\n", 0, q.m_start)
    if nl >= 0 and text.find("\n", _SPACE_RUN_RE.match(text, nl).end(), q.m_start) >= 0:
        return None
    brk = text.find("\n", q.m_end, q.m_end + 800)
    if brk < 0:
        return None
    m = _APPOSED_KIND_NEXT_RE.match(text, _SPACE_RUN_RE.match(text, brk).end())
    if m is None:
        return None
    if m.group(2).lower() in _COMPANY_HEADS:
        return m.group(1)
    if (
        _lede_kind_later(text, m.end(), an.lex)
        and m.group(1).split()[0].lower() not in an.lex.gender
    ):
        return m.group(1)  # ("Kestrel Wireless, a regional carrier that ...": later word)
    return None


# the kind words of a company set off after its name, besides ``_COMPANY_HEADS``
_LEDE_COMPANY_KINDS = _COMPANY_HEADS | frozenset("carrier operator developer provider".split())


def _lede_kind_later(text, at, lex):
    """Is one of the next two lower-case words from ``at`` (before "that", "who" or a
    comma) a company kind ("a regional carrier that": "regional", then "carrier")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "a regional carrier that"
    >>> _lede_kind_later(t, 10, lexicon()), _lede_kind_later("a local teacher who", 7, lexicon())
    (True, False)
    """
    words = text[at : at + 40].split()[:2]
    for w in words:
        lw = w.rstrip(",.;")
        if not lw.isalpha() or not lw.islower() or lw in ("that", "which", "who"):
            return False
        if lw in _LEDE_COMPANY_KINDS:
            return w == lw or w[-1:] == ","
        if w != lw or lw in lex.titles:
            return False
    return False


# a paragraph that opens with a name set off by its kind: "Campwise Software, a Guelph
# firm that has run the site since 2019, said"
_APPOSED_KIND_NEXT_RE = re.compile(
    r"((?:[A-Z][\w&’'.-]*[ \t]+){0,3}[A-Z][\w&’'.-]*),[ \t]+(?:a|an|the)[ \t]+"
    r"(?:[\w.-]+[ \t]+){0,3}?([a-z]+)(?=[\s,.;])"
)


def _lede_org_fit(head):
    """The last words of a name that a lede's description with ``head`` may stand for:
    ``_ORG_HEADS``, and for the generic "the organization" the kinds of an agency and
    of a member body too ("the organization that plans them warned ... The Ottawa
    Student Transportation Authority, which ..., said")."""
    fit = _ORG_HEADS.get(head, frozenset())
    if head in ("organization", "organisation"):
        fit = fit | _ORG_HEADS["agency"] - {"canada", "office", "service"} | _ORG_HEADS["group"]
    return fit


def _org_named_next(an, q, head, reach=1500):
    """The organisation a description in the lede (the first paragraph or the second),
    written before any name of its kind ("Fares will rise, the city's transit agency
    said"), stands for: the first name in the next ``reach`` characters (to the end of
    the second paragraph after it), outside quotations, whose last word fits the head
    ("the agency" -> "... Transit Commission"), when no organisation of that kind was
    named before (or only this one, shorter: "Aero Nord ..." in the headline, "Aero Nord
    Inc. said" next); None otherwise."""
    fit = _lede_org_fit(head) - {"group"}  # ("SITE Intelligence Group")
    text = an.masked if an.masked is not None else an.text
    if not fit or _beyond_lede(text, q.m_start):
        return None  # (in the lede: the first paragraph, or the second after a headline)
    before = _kind_org_before(an, q.m_start, head)  # (one named before: that one's kind)
    if before is not None and not _named_of_kind(before, head, fit):
        before = None  # ("Teachers in the X School Division ..., the union said": no union)
    if before is not None and set(before.split()) <= dateline_places(an):
        before = None  # (the dateline's place in the headline: "... in Thunder Bay ...")
    hi = min(len(text), q.m_end + reach)
    nl = text.find("\n", q.m_end, hi)
    for _ in range(2):  # (to the end of the second paragraph after it)
        if nl < 0:
            break
        nl = text.find("\n", _SPACE_RUN_RE.match(text, nl).end(), hi)
    hi = hi if nl < 0 else nl
    french = french_name_fitting(text, q.m_end, hi, fit)  # ("Coopérative des Bleuets ...")
    for m in _ORG_CAP_RUN_RE.finditer(text, q.m_end, hi if french is None else french[0]):
        ws = m.group(1).split()
        if ws[0].lower() in _stopwords():
            continue
        own = 2 if ws[-1].endswith(("'s", "’s")) else 0  # ("The X Association's president")
        ws[-1] = ws[-1][: len(ws[-1]) - own]
        if (
            ws[-1].lower().rstrip(".") in fit
            or _lede_business_fit(head, ws)
            or company_apposed(text, m.end(1), _BUSINESS_KINDS.get(head))
        ):
            found = an.text[m.start(1) : m.end(1) - own]
            found += _name_tail(an.text, m.end(1)) if not own else ""
            # (unless the one named before is this one, shorter: a headline's "Aero Nord")
            return found if before is None or found.startswith(before + " ") else None
    if french is not None and (before is None or french[1].startswith(before + " ")):
        return an.text[french[0] : french[0] + len(french[1])]
    return None


# what goes on with a name after its fitting word: "of" and capitalised words ("Canadian
# Union of Parts Workers Local"), then a local's number ("Unifor Local 512")
_OF_TAIL_RE = re.compile(r"[ \t]+of[ \t]+(?:[A-Z][\w&'’-]*[ \t]+){0,4}[A-Z][\w&'’-]*\b(?!['’])")
_LOCAL_NUMBER_RE = re.compile(r"[ \t]+\d{1,5}\b(?![.,]\d)")


def _name_tail(text, end):
    """The rest of an organisation's name whose capitalised run ends at ``end``: an "of"
    part and a local's number ("" when none).

    >>> t = "The Canadian Union of Parts Workers Local 512 said"
    >>> _name_tail(t, t.index(" of")), _name_tail("Unifor Local 512 said", 12)
    (' of Parts Workers Local 512', ' 512')
    """
    tail = ""
    m = _OF_TAIL_RE.match(text, end)
    if m is not None:
        tail, end = m.group(), m.end()
    if (tail or text[:end]).endswith("Local") and (n := _LOCAL_NUMBER_RE.match(text, end)):
        tail += n.group()
    return tail


def _named_of_kind(name, head, fit):
    """Is the organisation ``name`` named before a lede's "the <head>" surely of the head's
    kind: its last word fits (``fit``: "... Association" for "the union"), it is a
    company for a business head, or its kind is known and the head's? An organisation
    of no known kind whose name ends in another word ("the X School Division" before
    "the union said") is not.

    >>> _named_of_kind("Kildonan School Division", "union", {"union", "association"})
    False
    >>> _named_of_kind("Prairie Nurses Union", "union", {"union", "association"})
    True
    """
    ws = name.split()
    if ws[-1].lower().rstrip(".") in fit or _lede_business_fit(head, ws):
        return True
    want = _HEAD_KIND.get(head)
    kind = _org_kind(name) if want is not None else None
    return kind is not None and kind in want


# a name set off as a company by the apposition right after it ("Nagagami Track
# Services, a Sault Ste. Marie company that maintains ...", "Hollis Freight, an Ottawa
# firm,"): an indefinite article, up to five modifiers, "company" / "firm"
_COMPANY_APPOSED_RE = re.compile(
    r",[ \t]+an?[ \t]+(?P<mods>(?:[\w.'’&-]+[ \t]+){0,5}?)(?:company|firm)"
    r"(?=[ \t]*[,.;]|[ \t]+(?:that|which|whose|with|in|from|based|owned|of|on|at)\b)"
)  # (not "Tom Vale, a company spokesman,": a person)


def company_apposed(text, at, kind):
    """Does the name ending at ``at`` have a company apposition ("..., a Sault Ste. Marie
    company that ...") that fits a lede's business head of ``kind`` (its
    business_kinds.txt entry: any company for mode "any", one whose apposition holds a
    word of the kind for mode "kind")?

    >>> t = "Nagagami Track Services, a Sault Ste. Marie company that maintains track"
    >>> company_apposed(t, 23, ("any", frozenset()))
    True
    >>> company_apposed(t, 23, ("kind", frozenset({"airline"}))), company_apposed(t, 23, None)
    (False, False)
    >>> company_apposed("Tom Vale, a company spokesman, said", 8, ("any", frozenset()))
    False
    """
    if kind is None:
        return False
    m = _COMPANY_APPOSED_RE.match(text, at)
    if m is None:
        return False
    return kind[0] == "any" or (
        kind[0] == "kind" and any(w.lower() in kind[1] for w in m.group("mods").split())
    )


def _lede_business_fit(head, ws):
    """May a lede's business description "the <head>" ("the Montreal-based carrier")
    stand for the company named ``ws``, ending in a legal form: any company for a head
    of mode "any", one with a word of the head's kind for mode "kind"
    (resources/business_kinds.txt: "Aero Nord Inc." for "the airline")?

    >>> _lede_business_fit("airline", ["Aero", "Nord", "Inc."])
    True
    >>> _lede_business_fit("airline", ["Nord", "Foods", "Inc."])
    False
    """
    kind = _BUSINESS_KINDS.get(head)
    if kind is None or len(ws) < 2 or ws[-1].lower().rstrip(".") not in COMPANY_SUFFIXES:
        return False
    return kind[0] == "any" or (kind[0] == "kind" and any(w.lower() in kind[1] for w in ws[:-1]))


def _builder_introduced(an, q, head, reach=3000):
    """Is "the developer" / "the builder" (``head``) the person or firm an indefinite
    description introduced in the ``reach`` characters before it, outside quotations
    ("A software developer said ... the developer said": that developer, not the
    company named before)?"""
    if head not in ("developer", "builder"):
        return False
    lo, seg = _unquoted_before(an, q.m_start, reach)
    return re.search(r"\b[Aa]n?[ \t]+(?:[a-z-]+[ \t]+){0,2}" + head + r"\b", seg) is not None


def _introduced_company(an, at, reach=3000):
    """The one organisation the ``reach`` characters before ``at`` introduce as a
    company without a legal form in its name ("landlord Ashbury Residential", "the
    company, Ashbury Residential,", "Ashbury Residential, which owns the buildings,"),
    for "the company said"; None when there is none, more than one, or the name opens
    with a given name (a person: "developer Tom Vale") or follows a preposition ("a
    spokesperson for the company, Ann Roe,")."""
    lo, seg = _unquoted_before(an, at, reach)
    found = {}
    for m in _INTRODUCED_COMPANY_RE.finditer(seg):
        if _COMPANY_OWNED_BEFORE_RE.search(seg, max(0, m.start() - 6), m.start()):
            continue  # ("A spokesperson for the company, Ann Roe,": hers, not its name)
        name = next(g for g in m.groups() if g is not None)
        ws = name.split()
        if ws[0] in ("The", "A", "An"):
            ws = ws[1:]
        if len(ws) < 2 or an.lex.gender.get(ws[0].lower()) is not None:
            continue
        found.setdefault(" ".join(ws), None)
    return next(iter(found)) if len(found) == 1 else None


_ONE_OF_THE_RE = re.compile(r"[Oo]ne[ \t]+of[ \t]+the[ \t]+([a-z]+)")


def _one_of_companies_named_next(an, quotes):
    """Give a lede's "one of the companies whose seeds ... says A" the company the next
    paragraph sets off as one ("Otonabee Seeds, a family-owned company in Lakefield,
    said": ``_lede_org_apposed_next``); the description otherwise."""
    for q in quotes:
        m = _ONE_OF_THE_RE.fullmatch(q.speaker or "")
        if m is None:
            continue
        plural = m.group(1)
        head = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
        got = _lede_org_apposed_next(an, q, head) if plural.endswith("s") else None
        if got is not None:
            q.speaker, q.stype = got, "organization"


# a trial's witness named right after the lede that describes her ("Ann Roe, 29, was the
# Crown's fourth witness", "The Crown's first witness was Ann Roe")
_WITNESS_NAMED_RE = re.compile(
    r"\s*(?:" + _NAME_RUN + r"(?:,[ \t]+\d+,)?[ \t]+(?:was|is)[ \t]+the[ \t]+"
    r"(?:Crown|prosecution|defence|defense|state)['’]s[ \t]+(?:[a-z]+[ \t]+)?witness\b"
    r"|The[ \t]+(?:Crown|prosecution|defence|defense|state)['’]s[ \t]+(?:[a-z]+[ \t]+)?witness"
    r"[ \t]+(?:was|is)[ \t]+" + _NAME_RUN + r"\b)"
)  # fmt: skip

# testimony in the lede's sentence ("testified", "told a jury", "told the inquest")
_TESTIMONY_RE = re.compile(
    r"\b(?:testif\w*|told[ \t]+(?:a|the)[ \t]+(?:[A-Z][\w-]*[ \t]+)?(?:jury|court|judge|inquest"
    r"|hearing|tribunal|inquiry))\b"
)


@lru_cache(maxsize=256)
def _named_later_rx(head):
    """ "The (...) <head>, <Name>,", "<Name>, (29,) who worked as a (...) <head>" or
    "<Name>, (34,) the (...) <head>," / "..., the <head> who ..." (the naming repeats
    the head noun) for ``_described_named_later`` (the name in group 1, 2 or 3)."""
    h = re.escape(head)
    return re.compile(
        r"\b(?:[Tt]he[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,3}?" + h + r",[ \t]+" + _NAME_RUN
        + r"[,.]|" + _NAME_RUN + r",[ \t]+(?:\d+,[ \t]+)?who[ \t]+(?:had[ \t]+|has[ \t]+)?"
        r"(?:worked|works|was[ \t]+working|is[ \t]+working)[ \t]+as[ \t]+an?[ \t]+"
        r"(?:[a-z][\w'’-]*[ \t]+){0,3}?" + h + r"\b|" + _NAME_RUN
        + r",[ \t]+(?:\d+,[ \t]+)?the[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,3}?" + h
        + r"(?:,|[ \t]+who[ \t]))"
    )  # fmt: skip


def _description_head(mention, firsts=("a", "an", "the")):
    """The lower-case head of an unnamed description ("A former foreman for a roofing
    company" -> "foreman": its last word before a preposition or a clause), or None;
    the description opens with one of ``firsts``.

    >>> _description_head("A former foreman for a roofing company"), _description_head("Ann Roe")
    ('foreman', None)
    >>> _description_head("a Court of Appeal judge"), _description_head("a lawyer of Acme Inc")
    ('judge', 'lawyer')
    """
    words = mention.replace(",", " ").split()
    if len(words) < 2 or words[0].lower() not in firsts:
        return None
    head = words[1:]
    for k, w in enumerate(head):
        if (
            w == "of"
            and 0 < k < len(head) - 1
            and head[k - 1][:1].isupper()
            and head[k + 1][:1].isupper()
        ):
            continue  # ("a Court of King's Bench judge": "of" inside a name)
        if w.lower() in _DESC_HEAD_END:
            head = head[:k]
            break
    if not head or not head[-1].isalpha() or not head[-1].islower():
        return None
    return head[-1]


# what the second form of ``_named_later_rx`` holds from "who" on: "who worked as a "
_WORKED_AS_RE = re.compile(
    r"who[ \t]+(?:had[ \t]+|has[ \t]+)?(?:worked|works|was[ \t]+working|is[ \t]+working)"
    r"[ \t]+as[ \t]+an?[ \t]"
)


def _name_given_later(an, q, head, reach=4000):
    """The words of the name the article gives after ``q``'s indefinite description
    ("A forensic engineer testified ..." -> "The forensic engineer, Ann Roe," or "Ann
    Roe, who worked as a forensic engineer"; a lede's testimony -> "Ann Roe was the
    Crown's fourth witness" opening the next paragraph), outside quotations; or None."""
    text = an.masked if an.masked is not None else an.text
    hi = min(len(text), q.m_end + reach)
    # (the forms need "<head>," or "who worked as a(n)" in the window: most windows
    # are skipped without the pattern, which tries a name at every word)
    if (
        text.find(head + ",", q.m_end, hi) >= 0
        or text.find(head + " who ", q.m_end, hi) >= 0
        or _WORKED_AS_RE.search(text, q.m_end, hi)
    ):
        for m in _named_later_rx(head).finditer(text, q.m_end, hi):
            cw = (m.group(1) or m.group(2) or m.group(3)).split()
            if len(cw) >= 2 and _person_like(cw, an.lex, an.by_last_multi, "?"):
                return cw
    if _TESTIMONY_RE.search(an.text, q.m_start, min(len(an.text), q.m_end + 160)) is None:
        return None
    nl = an.text.find("\n", q.m_end)
    first = _PARAGRAPH_BREAK_RE.search(an.text, 0, q.m_start)
    if nl < 0 or (first and _PARAGRAPH_BREAK_RE.search(an.text, first.end(), q.m_start)):
        return None  # (the lede only: after a headline at most; two breaks before it)
    m = _WITNESS_NAMED_RE.match(text, nl)
    if m is None:
        return None
    cw = (m.group(1) or m.group(2)).split()
    return cw if _person_like(cw, an.lex, an.by_last_multi, "?") else None


# the sentence right after a statement that names its unnamed speaker: "He is Raj
# Patel, a welder", "She was (later) identified as Ann Roe", "Her name is Ann van Roe.",
# "The man, Raj Patel, ..." and (for "the 34-year-old" only) "Marta Kowalski, 34, ..."
_NAMED_NEXT_RE = re.compile(
    r"[ \t]*(?:(?:(?P<p>He|She)[ \t]+(?:is|was)(?:[ \t]+(?:later[ \t]+)?identified[ \t]+as)?"
    r"|(?P<q>His|Her)[ \t]+name[ \t]+is|The[ \t]+(?P<n>man|boy|woman|girl),)[ \t]+)?("
    + _CAP_NAME_WORD
    + r"(?:[ \t]+(?:(?:de|van|der|von|da|di|du|la|le)[ \t]+)*"
    + _CAP_NAME_WORD
    + r"){0,2})(?=[,.;])"
)

_NAMED_NEXT_GENDER = {"He": "m", "His": "m", "man": "m", "boy": "m"}

_AGE_AFTER_NAME_RE = re.compile(r",[ \t]+(\d{1,3})(?![\w.])")


def _named_in_next_sentence(an, q, reach=400, want=None):
    """The words of the name that the sentence right after ``q``'s statement, in the
    same paragraph, gives its unnamed speaker (a pronoun or a description); None
    otherwise. The one rule for a speaker named after the fact:

    - "A professor ... said A. He is Dan Okafor, and he said B" -> Dan Okafor
    - '"A," said a woman. She is Ann Roe, a nurse.' / '"A," she said. Her name is Ann Roe.'
    - '"A," the third man said. He was identified as Raj Patel.' / '... The man, Raj Patel,'
    - '"A," the 34-year-old said. Marta Kowalski, 34, has ...' (a bare name: an age only)

    ``want`` ("m"/"f") is the gender the name must fit; by default the description's
    ("a woman", "the third man"); the pronoun or noun before the name must agree
    ("A woman ... said A. He is Tom Lee": someone else).

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = '"I saw it," the third man said. He is Raj Patel, a cook.'
    >>> class Q: start, end, m_start, m_end, mention = 1, 10, 12, 25, "the third man"
    >>> _named_in_next_sentence(_ArticleNames(t, [(0, len(t))], lexicon(), None), Q)
    ['Raj', 'Patel']
    """
    text = an.masked if an.masked is not None else an.text
    lo = max(q.end, q.m_end)
    hi = min(len(text), lo + reach)
    nl = text.find("\n", lo, hi)
    hi = hi if nl < 0 else nl
    if want is None:
        head = _description_head(q.mention) or ""
        want = (
            "f"
            if head.endswith(("woman", "wife", "mother", "girl"))
            else "m"
            if head.endswith(("man", "boy"))
            else None
        )
    end = _NEXT_SENTENCE_RE.search(text, lo, hi + 1)  # (only the sentence right after)
    if end is None or end.start() >= hi:
        return None
    m = _NAMED_NEXT_RE.match(text, end.start() + 1)
    if m is None:
        return None
    cw = m.group(4).split()
    if cw[-1].endswith(("'s", "’s")):
        return None  # ("She is Ann Roe's.": someone else's)
    said = m.group("p") or m.group("q") or m.group("n")
    if said is None:  # ("Marta Kowalski, 34,": the age of "the 34-year-old")
        aged = _AGED_MENTION_RE.match(q.mention)
        age = _AGE_AFTER_NAME_RE.match(text, m.end())
        if aged is None or age is None or age.group(1) != aged.group(1) or len(cw) < 2:
            return None
    else:
        said = _NAMED_NEXT_GENDER.get(said, "f")
        if want not in (None, said) or an.lex.gender.get(cw[0].lower()) not in (None, said):
            return None  # ("A woman ... said A. He is Tom Lee": someone else)
    return cw if _person_like(cw, an.lex, an.by_last_multi, "?") else None


# "the doctor" for "an emergency physician": the other nouns for one unnamed person
_DESC_SYNONYMS = {
    head: frozenset(others.split())
    for head, _tab, others in (line.partition("\t") for line in _lines("description_synonyms.txt"))
}

# A description that speaks, left unresolved, and the person the article names soon
# after: one rule (``_description_named_soon_after``) and its guards.
# a definite description ("His sister", "The team's owner", "its executive director")
_DEFINITE_DESC_RE = re.compile(r"(?:the|its|his|her|their)[ \t]|the[ \t]+\S+(?:'s|’s)[ \t]")

# an indefinite or possessed one ("A 73-year-old retired teacher who ...", "Her brother")
_BARE_NAMED_OPENERS = frozenset("a an another one his her their".split())

_NAMED_SOON_OPENERS = ("a", "an", "another", "one", "the", "its", "his", "her", "their")

# heads that stand for anyone among many ("A spokesperson said", "a resident said")
_GENERIC_PERSON_NOUNS = frozenset(_lines("generic_person_nouns.txt"))

# a name given its own description in apposition ("Jo Roe, a neighbour, said")
_OWN_APPOSITION_RE = re.compile(r",[ \t]+(?:an?|the)[ \t]")

_BARE_NAME_CUE_RE = re.compile(r"[ \t]+(?:said|says|added|told)\b")


# a province or country as the possessor that opens a description ("New Brunswick's
# auditor general", "Canada's chief public health officer"): read as "the province's ..."
_PLACE_POSSESSIVE_RE = re.compile(
    r"(?:"
    + "|".join(
        sorted(
            map(re.escape, _lines("provinces.txt") + _lines("places.txt")), key=len, reverse=True
        )
    )
    + r")(?:'s|’s)[ \t]"
)


def _place_possessive_as_definite(mention, lm):
    """``lm`` with a leading place possessive read as "the place's" (a definite
    description), else ``lm`` unchanged.

    >>> _place_possessive_as_definite("Nova Scotia's auditor general", "nova scotia's auditor general")
    "the place's auditor general"
    >>> _place_possessive_as_definite("Ann Roe's lawyer", "ann roe's lawyer")
    "ann roe's lawyer"
    """
    if "s " not in mention:
        return lm
    m = _PLACE_POSSESSIVE_RE.match(mention)
    return "the place's " + lm[m.end() :] if m else lm


def _description_named_soon_after(an, quotes, reach=700, lede_lines=3):
    """The one rule for a description that speaks, left unresolved, and the person the
    article names soon after (speaker strings only). The statement right after names it
    when its speaker is a full name the article writes there for the first time, bare
    (no description of its own; no generic head, document or organisation described;
    a kin noun's gender fitting):

    - after a definite description, in the same paragraph ("His sister, who graduated
      last spring, said A. '"B," Yasmin Roe said.'"), or, for one in the headline or
      the first two paragraphs, opening the next paragraph ("Ross Roe, who bought the
      club in 2019, said B.");
    - after an indefinite or possessed one, within ``reach`` characters and one
      paragraph break, a verb of saying right after the name ("A 73-year-old retired
      teacher who lost $700 said A. Marguerite Lessard said B."): a reporter writes a
      new person's full name bare only when the reader has met the person already;
      for one in the headline or the first two paragraphs, also a name with an age
      opening the next paragraph ("A, a former adviser testified. / Ann Roe, 58, who
      ran the firm, said B.").

    A lede's description that speaks before anyone is named takes the first named
    statement of a later paragraph or the one referent of its head further on
    (``_lede_description_named_later``)."""
    for i, p in enumerate(quotes):
        lm = _unresolved_description(p)
        if lm is None or (j := next_past_sentence_asides(an.text, quotes, i)) >= len(quotes):
            continue
        lm = _place_possessive_as_definite(p.mention, lm)  # ("Nova Scotia's auditor general")
        q = quotes[j]
        name = _new_bare_name(an, p, q, lm)
        if name is None:
            continue
        gap = an.text[p.m_end : q.m_start]
        if _DEFINITE_DESC_RE.match(lm) and (
            "\n" not in gap or _lede_paragraph_opener(an, p, q, gap, lede_lines)
        ):
            p.speaker, p.stype = name, "person"
        elif (
            lm.split()[0] in _BARE_NAMED_OPENERS
            and len(gap) <= reach
            and gap.count("\n") <= 2
            and (
                _BARE_NAME_CUE_RE.match(an.text, q.m_end)
                or (  # a lede's "a former adviser" and "Ann Roe, 58, who ..., said"
                    _AGE_AFTER_NAME_RE.match(an.text, q.m_end)
                    and _lede_paragraph_opener(an, p, q, gap, lede_lines)
                )
            )
        ):
            p.speaker, p.stype = name, "person"
    _lede_description_named_later(an, quotes)


def _new_bare_name(an, p, q, lm):
    """The full name ``q`` names its speaker by, when it may name ``p``'s unresolved
    description ``lm`` (the guards of ``_description_named_soon_after``), else None."""
    words = (q.speaker or "").split()
    head = _description_head(lm, _NAMED_SOON_OPENERS) or lm.split()[-1]  # ("brother-in-law")
    if q.stype != "person" or len(words) < 2 or q.m_start <= p.m_end:
        return None
    definite = _DEFINITE_DESC_RE.match(lm) is not None
    if q.mention != q.speaker and not titled_bare_mention(q.mention, q.speaker, head, definite):
        return None  # ("a city councillor ..." then "Coun. Ann Roe said": bare enough)
    if _full_name_before(an, words, q.m_start):
        return None  # (a name the article gave before: someone else)
    if _OWN_APPOSITION_RE.match(an.text, q.m_end) or (
        an.text[q.m_start - 2 : q.m_start] == ", "
        and not _after_opening_adverbial(an.text, q.m_start)
    ):
        return None  # ("Its director, Ann Roe, said": a description of its own)
    if head in _GENERIC_PERSON_NOUNS or head in _DOC_HEADS:
        return None  # ("A spokesman said A. Ann Roe said B.": anyone among many)
    if an.lex.nouns.get(head) in ("organization", "group"):
        return None  # ("The business improvement area had asked ...": no person)
    kin = _KIN_GENDER.get(lm.split()[-1])
    given = an.lex.gender.get(words[0].lower())
    if kin in ("m", "f") and given in ("m", "f") and given != kin:
        return None  # ("His sister said A. Peter Roe said B.": someone else)
    return q.speaker


# a short adverbial that may open the naming paragraph before the name ("In a report
# tabled in the legislature, Ann Roe said")
_OPENING_ADVERBIAL_RE = re.compile(r"(?:In|At|During)[ \t][^,\n“”\"]{0,80},")


def _after_opening_adverbial(text, at):
    """Does only a short opening adverbial stand between the paragraph start and ``at``?

    >>> _after_opening_adverbial("x\\nIn a report tabled Monday, Ann Roe said", 29)
    True
    >>> _after_opening_adverbial("x\\nIts director, Ann Roe, said", 16)
    False
    """
    lead = text[text.rfind("\n", 0, at) + 1 : at].strip(' “"')
    return bool(lead) and _OPENING_ADVERBIAL_RE.fullmatch(lead) is not None


def _lede_paragraph_opener(an, p, q, gap, lede_lines):
    """Does ``q``'s name open the paragraph right after ``p``'s (after at most a short
    opening adverbial, "In a report tabled Monday,"), ``p`` in the headline or the first
    ``lede_lines`` - 1 paragraphs?"""
    line_start = an.text.rfind("\n", 0, q.m_start) + 1
    lead = an.text[line_start : q.m_start].strip(' “"')
    if lead and _after_opening_adverbial(an.text, q.m_start):
        gap = an.text[p.m_end : line_start]  # (the adverbial is no paragraph of its own)
    elif lead:
        return False  # (not opening its paragraph)
    if gap.strip("\n").count("\n"):
        return False  # (more than one paragraph on)
    return sum(1 for ln in an.text[: p.m_start].split("\n") if ln.strip()) < lede_lines


def _lede_description_named_later(an, quotes):
    """Give a description left unresolved that speaks before anyone named in the
    article (a lede: "A, a judge warned jurors", "A, the head of its public works
    department told council") the referent the article names later: the person of the
    first named statement when its mention holds the head noun ("director Ann Roe
    told reporters") or a synonym of it in lower case (description_synonyms.txt: "a
    lawyer" -> "counsel Ann Roe") or the description in apposition after the name shares a word
    of five letters or more with it ("Ann Roe, the city's director of public works,
    said"); else the one referent the head noun takes after "the" further on ("the
    judge said" -> Justice Pierre Roe); speaker strings only."""
    first = next((i for i, q in enumerate(quotes) if _named_speaker(q)), 0)
    for p in quotes[: min(first, 4)]:  # (a lede's few statements: linear work)
        if (kin_ref := _whose_kin_named_later(an, p)) is not None:
            p.speaker, p.stype = kin_ref, "person"  # ("a woman whose mother ..." / "Ann
            continue  # Roe's mother, Margaret, is 91")
        if _unresolved_description(p) is None and not (
            p.stype == "organization" and (p.speaker or "").lower() == (p.mention or "").lower()
        ):
            continue  # ("A Calgary company ... says": an organisation still unnamed)
        head = _description_head(p.mention, ("a", "an", "the", "its", "their", "his", "her"))
        nl = an.text.find("\n", p.end)
        if head is None or nl < 0 or quotes[first].start < nl:
            continue  # (named in a later paragraph only)
        nxt = quotes[first]
        if _org_kind_opens_next(an, p, nxt, head, nl):
            p.speaker = nxt.speaker  # ("A conservation group ... says A" / "The X Society said")
            continue
        if (
            p.stype != "organization"
            and nxt.stype == "person"
            and (
                head in (nxt.mention or "").split()
                or not _DESC_SYNONYMS.get(head, frozenset()).isdisjoint(
                    (nxt.mention or "").split()
                )  # ("a lawyer for the plaintiffs said" -> "Class counsel Ann Roe said";
                # a capitalised title, "Justice Ann Roe", is _restricted_lede_role_next's)
                or _apposition_shares_word(an, p, nxt)
                or _restricted_lede_role_next(an, p, nxt)
            )
        ):
            p.speaker, p.stype = nxt.speaker, "person"
            continue
        refs = {
            (q.speaker, q.stype)
            for q in quotes[first:]
            if (q.mention or "")[:4].lower() == "the "
            and q.start > nl
            and _description_head(q.mention) == head
            and _unresolved_description(q) is None
        }
        if len(refs) == 1:
            p.speaker, p.stype = next(iter(refs))


# a lede's person described by a relative of hers: "a woman whose mother lives there"
_WHOSE_KIN_RE = re.compile(
    r"[ \t]+whose[ \t]+(mother|father|son|daughter|husband|wife|brother|sister|parents"
    r"|grandmother|grandfather|child|children)\b"
)

_NAME_RE_PART = r"[A-Z][\w'’-]+(?:[ \t]+(?:(?:de|du|van|von|der|la|le)[ \t]+)?[A-Z][\w'’-]+){1,3}"


def _whose_kin_named_later(an, p, reach=6000):
    """The full name a lede's "a woman whose mother lives there says A" (``p``: "a" or
    "the" and a person noun) stands for: the first "<Full Name>'s mother" (the same kin
    word) the article writes after it, within ``reach`` characters ("Deborah Roe's
    mother, Margaret, is 91"); None otherwise."""
    words = (p.mention or "").lower().split()
    if len(words) != 2 or words[0] not in ("a", "an", "the") or p.m_end is None:
        return None
    if words[1] not in ("woman", "man", "mother", "father", "resident", "parent", "person"):
        return None
    m = _WHOSE_KIN_RE.match(an.text, p.m_end)
    if m is None:
        return None
    rx = re.compile(rf"({_NAME_RE_PART})['’]s[ \t]+{m.group(1)}\b")
    got = rx.search(an.text, p.end, p.end + reach)
    return None if got is None else re.sub(r"[ \t]+", " ", got.group(1))


def _org_kind_opens_next(an, p, nxt, head, nl):
    """Is ``nxt`` (the article's first named statement) an organisation whose name
    opens the paragraph right after the lede's unnamed organisation ``p`` ("A
    conservation group in the valley says A.\n\nThe Upper Skeena River Society said
    in a submission that B") and ends in a word of ``p``'s kind (``head``: "group" ->
    "... Society"; "company" -> "... Corp.")?"""
    fit = _ORG_HEADS.get(head, frozenset())
    if p.stype != "organization" or nxt.stype != "organization" or not fit:
        return False
    if not nxt.speaker or nxt.speaker.split()[-1].lower().rstrip(".") not in fit:
        return False
    brk = _PARAGRAPH_BREAK_RE.match(an.text, nl)
    opener = re.match(r"(?:The[ \t]+)?", an.text[brk.end() : nxt.m_start])
    return (
        brk is not None
        and nxt.m_start is not None
        and opener.end() == nxt.m_start - brk.end()
        and "\n" not in an.text[brk.end() : nxt.start]
    )


def _named_speaker(q):
    """Is ``q``'s speaker a person or an organisation with a name, not its own
    description ("a Calgary company")?"""
    if q.stype == "organization":
        return (
            _description_head(q.mention or "") is None
            or (q.speaker or "").lower() != (q.mention or "").lower()
        )
    return q.stype == "person"


# a definite description restricted to one holder: a possessive before its head or a
# relative clause after it ("the province's top bee official", "the official who runs
# the town's water system")
_RESTRICTED_DEFINITE_RE = re.compile(r"[Tt]he[ \t]+(?:\S+['’]s[ \t]+\S|.*\bwho[ \t])")

# a role right after a new name, to its sentence's end (", the town's director of utilities.")
# (definite: one holder, as the lede's description; "Ann Roe, a teacher," is anyone)
_ROLE_AFTER_NAME_RE = re.compile(r",[ \t]+the[ \t]+[^,.;:\n“”\"]{3,90}[,.]")


def _restricted_lede_role_next(an, p, nxt):
    """Is the lede's description ``p`` definite and restricted to one holder
    (``_RESTRICTED_DEFINITE_RE``; an "official" or a "who" clause) and does the next paragraph open the first named
    statement ``nxt`` with a role for the new name: a role noun right before it
    ("Provincial apiarist Jocelyn Roe said") or a description after it ('"B," said Ann
    Roe, the town's director of utilities.')?"""
    if _RESTRICTED_DEFINITE_RE.match(p.mention or "") is None:
        return False
    if " who " not in p.mention and _description_head(p.mention) != "official":
        return False  # ("the province's chief medical officer of health": an office)
    if an.text.count("\n", p.end, nxt.m_start) > 2:
        return False  # (the paragraph right after the lede's)
    before = an.text[max(0, nxt.m_start - 40) : nxt.m_start].rpartition("\n")[2].split()
    before += (nxt.mention or "").split()[:-2]  # (the mention may hold the title)
    roles = [w.lower() for w in before[-3:] if w.lower() in _PERSON_NOUNS]
    if roles:
        return not any(r in _OFFICES for r in roles)  # (not "Premier Ann Roe": an office)
    return _ROLE_AFTER_NAME_RE.match(an.text, nxt.m_end) is not None


_APPOSITION_AFTER_NAME_RE = re.compile(r",[ \t]+(?:the|an?)[ \t]+([^,.;:\n“”\"]{3,90}),")

_LONG_WORD_RE = re.compile(r"[a-z]{5,}")


def _apposition_shares_word(an, p, q):
    """Does the description in apposition right after ``q``'s name share a lower-case
    word of five letters or more with ``p``'s description ("the head of its public
    works department" / "Ann Roe, the city's director of public works,")?"""
    m = _APPOSITION_AFTER_NAME_RE.match(an.text, q.m_end)
    if m is None:
        return False
    return bool(set(_LONG_WORD_RE.findall(p.mention)) & set(_LONG_WORD_RE.findall(m.group(1))))


def _full_name_before(an, words, at):
    """Does the article write the full name ``words`` before ``at`` (the surname index:
    no scan of the text)?"""
    for pos, cw, _g, _info in an.by_last.get(words[-1].lower(), ()):
        if pos >= at:
            break
        if len(cw) >= 2 and cw[0] == words[0]:
            return True
    return False


def _described_named_later(an, quotes):
    """Give an unnamed description's statements ("A forensic engineer testified that
    ...", and a later "the engineer replied") the name the article gives that
    description after it (``_name_given_later``); speaker strings only."""
    named = {}  # head -> canonical name
    renamed = {}  # lower-case description speaker -> the name it was given
    lede_end, tried = None, set()
    for q in quotes:
        if not q.speaker or not q.mention:
            continue
        mention = _one_of_as_indefinite(an, q)  # ("One of the violinists": "a violinist")
        if q.stype not in ("anonymous", "unknown") and not (q.stype == "group" and mention):
            continue
        if q.mention in ("he", "He", "she", "She") and q.speaker.lower() in renamed:
            q.speaker, q.stype = renamed[q.speaker.lower()], "person"  # ("He is ... , and
            continue  # he said": the description's pronoun)
        if q.speaker.lower() != q.mention.lower():
            continue
        mention = mention or q.mention
        head = _description_head(mention)
        if head is None:
            continue
        if mention[:1] in "aA" and head not in named:
            cw = _name_given_later(an, q, head)
            if cw is None and head not in tried:
                tried.add(head)  # (once a head: the lede's later statements find the same)
                if lede_end is None:
                    lede_end = _lede_end(an.text)
                cw = _lede_title_named_later(an, q, head, lede_end)
                if cw is None:  # ("A structural engineer ... told a public inquiry")
                    cw = lede_witness_named(an, q, head, lede_end)
            if cw is not None:
                named[head] = an.canonical(cw) if hasattr(an, "canonical") else " ".join(cw)
        elif q.mention[:4].lower() == "the " and head not in named and head not in tried:
            tried.add(head)
            if lede_end is None:
                lede_end = _lede_end(an.text)
            cw = _lede_the_titled_next(an, q, lede_end)
            if cw is not None:
                named[head] = an.canonical(cw)
        if head in named:
            renamed[q.speaker.lower()] = named[head]
            q.speaker, q.stype = named[head], "person"


def _one_of_as_indefinite(an, q):
    """ "a violinists ..." for a description ``q`` written "One of the violinists ..."
    (or "the violinists ..." right after "One of "), "a woman" for "One woman": one
    unnamed member, whom a next "She is Ann Roe" or "The woman, Ann Roe," can name; None
    for any other mention."""
    low = q.mention.lower()
    if low.startswith("one of the "):
        return "a " + q.mention[11:]
    if low.startswith("one ") and low[4:5].isalpha() and low.split()[1] != "of":
        return "a " + q.mention[4:]  # "One woman called out": "a woman"
    if low.startswith("the ") and an.text[max(0, q.m_start - 7) : q.m_start].lower() == "one of ":
        return "a " + q.mention[4:]
    return None


def _lede_the_titled_next(an, q, lede_end, reach=1500):
    """The words of the one person the paragraph after a lede's "the city manager"
    ``q`` titles with the same words before the name ("..., the city manager said
    Monday." then "City manager Ann Roe told reporters ..."), outside quotations; None
    outside the lede, when the description is no person's title, or when that
    paragraph titles nobody or several people so.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Taxes will rise, the city manager said.\\nCity manager Ann Roe told council."
    >>> class Q: m_start, m_end, mention = 17, 33, "the city manager"
    >>> an = _ArticleNames(t, [(0, 39), (40, len(t))], lexicon(), None)
    >>> _lede_the_titled_next(an, Q, len(t))
    ['Ann', 'Roe']
    """
    words = q.mention.split()[1:]
    if not 1 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words):
        return None
    if q.m_start > lede_end or words[-1] not in _PERSON_NOUNS:
        return None
    text = an.masked if an.masked is not None else an.text
    nxt = _PARAGRAPH_BREAK_RE.search(text, q.m_end)
    if nxt is None:
        return None
    end = _PARAGRAPH_BREAK_RE.search(text, nxt.end())
    hi = min(end.start() if end else len(text), q.m_end + reach)
    rx = re.compile(
        r"(?<![\w'’-])(?i:" + r"[ \t]+".join(map(re.escape, words)) + r")[ \t]+" + _NAME_RUN
    )
    found = {m.group(1) for m in rx.finditer(text, nxt.end(), hi)}
    if len(found) != 1:
        return None
    cw = found.pop().split()
    return cw if len(cw) >= 2 and _person_like(cw, an.lex, an.by_last_multi, "?") else None


def _lede_end(text):
    """Where the lede (after a headline at most) ends: the second line break.

    >>> _lede_end("Head\\n\\nLede here.\\nMore."), _lede_end("One line.")
    (16, 9)
    """
    first = _PARAGRAPH_BREAK_RE.search(text)
    nl = text.find("\n", first.end()) if first else -1
    return len(text) if nl < 0 else nl


def _lede_title_named_later(an, q, head, lede_end=None, reach=4000):
    """The words of the one person the ``reach`` characters after a lede's "a <role>"
    ``q`` title with that role or a synonym of it, capitalised ("..., with a judge
    telling him ... . [two paragraphs on] Superior Court Justice Ann Roe said"), outside
    quotations; None outside the lede (a headline before it at most), for a noun that
    is no person's title, or when nobody or several people are titled so.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> class Q: m_start, m_end, mention = 12, 19, "a judge"
    >>> t = "He was jailed, a judge said.\\nIn her reasons, Justice Ann Roe said no."
    >>> an = _ArticleNames(t, [(0, 28), (29, len(t))], lexicon(), None)
    >>> _lede_title_named_later(an, Q, "judge")
    ['Ann', 'Roe']
    """
    if head not in _PERSON_NOUNS or not _plain_indefinite_role(q.mention, head):
        return None
    if q.m_start > (_lede_end(an.text) if lede_end is None else lede_end):
        return None  # (the lede only: a headline before it at most)
    text = an.masked if an.masked is not None else an.text
    heads = (head, *sorted(_DESC_SYNONYMS.get(head, ())))
    found = _titled_after(text, q.m_end, min(len(text), q.m_end + reach), heads)
    if len(found) > 1:  # ("a senator said" then "Senator Ann Roe, who chairs ..., said")
        found = _titled_opening_next(text, q.m_end, heads)
    elif not found:  # ("a tenancy officer ruled" then "tenancies officer Ann Roe found")
        found = _lower_titled_after(text, q.m_end, min(len(text), q.m_end + reach), heads)
    if len(found) != 1:
        return None
    cw = next(iter(found.values()))
    return cw if _person_like(cw, an.lex, an.by_last_multi, "?") else None


# status words that make a lede's role someone no longer (or not yet) titled so
_NOT_TITLED_NOW = frozenset(
    "former retired deputy acting vice assistant associate ex interim".split()
)


def _plain_indefinite_role(mention, head):
    """Is ``mention`` "a <role>" with at most modifiers before the role noun ``head``
    ("a judge", "an Ontario Court of Justice judge", "a Liberal senator"), none of
    them a status that makes it someone else's title ("a former judge", "a deputy
    mayor")?

    >>> _plain_indefinite_role("a Court of Appeal judge", "judge")
    True
    >>> _plain_indefinite_role("a retired judge", "judge"), _plain_indefinite_role("the judge", "judge")
    (False, False)
    """
    words = mention.lower().split()
    if len(words) < 2 or words[0] not in ("a", "an") or words[-1] != head:
        return False
    return not any(p in _NOT_TITLED_NOW for w in words[1:-1] for p in w.split("-"))


def _lower_titled_after(text, lo, hi, heads):
    """{last word: name words} of the people ``text[lo:hi]`` titles with one of the
    lower-case ``heads`` right before the name ("residential tenancies officer Ann
    Roe"), outside quotations (``text`` masked).

    >>> _lower_titled_after("x. Tenancies officer Ann Roe found", 0, 34, ("officer",))
    {'Roe': ['Ann', 'Roe']}
    """
    found = {}
    for head in heads:
        if head not in text[lo:hi]:
            continue
        for m in re.finditer(
            r"(?<![\w'’-])" + re.escape(head) + r"[ \t]+" + _NAME_RUN, text[lo:hi]
        ):
            words = m.group(1).split()
            if len(words) >= 2:
                found.setdefault(words[-1], words)
    return found


def _titled_opening_next(text, at, heads):
    """{last word: name words} of the person titled with one of ``heads`` who opens the
    paragraph after the one holding ``at`` (after a short opening adverbial at most:
    "In a ruling released Friday, Justice Ann Roe ..."); empty when none does."""
    nxt = _PARAGRAPH_BREAK_RE.search(text, at)
    if nxt is None:
        return {}
    start = nxt.end()
    lead = _OPENING_ADVERBIAL_RE.match(text, start)
    if lead is not None:
        start = lead.end() + 1
    if not any(text.startswith(h.capitalize() + " ", start) for h in heads):
        return {}
    line_end = text.find("\n", start)
    hi = min(len(text) if line_end < 0 else line_end, start + 80)
    found = _titled_after(text, start, hi, heads)
    return found if len(found) == 1 else {}


def _named_after_attribution(an, q, persons):
    """Give an unnamed speaker the person the sentence right after the statement names
    (``_named_in_next_sentence``, the one call of that rule): a pronoun after its
    quotation ('"...," she said. She is Hannah Lindqvist, a nurse'), by its gender;
    a description the mention rules left unnamed, in either order ('"...," said a
    woman. She is Ann Roe', 'The third man in line said ... . He is Raj Patel', '"...,"
    the 34-year-old said. Marta Kowalski, 34, ...'). Nothing otherwise."""
    low = q.mention.lower()
    if low in ("he", "she"):
        if q.end > q.m_start:
            return  # ("She said A. She is ...": the pronoun has its antecedent)
        want = "m" if low == "he" else "f"
    elif (
        q.stype in ("anonymous", "unknown")
        and (
            q.mention[:1].islower()  # ("the second passenger said": "passenger")
            or (q.speaker or "").lower() == low
            and (_description_head(q.mention) is not None or _AGED_MENTION_RE.match(q.mention))
            or _one_of_as_indefinite(an, q) is not None  # ("One of the violinists")
        )
        or (q.stype == "group" and _one_of_as_indefinite(an, q))
    ):
        want = None
    else:
        return
    cw = _named_in_next_sentence(an, q, want=want)
    if cw is None:
        return
    q.speaker, q.stype = " ".join(cw), "person"
    persons.append((q.m_start, q.speaker, want))


# documents that "say": "the statement said", "the memo reads", "the report says"
_DOC_HEADS = frozenset(
    "statement memo report note letter release email outlook response decision ruling judgment advisory notice"
    " submission".split()
)
