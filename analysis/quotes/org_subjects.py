"""Organisations and people named around an organisation's mention: the subject
of the sentence before ("<Name>'s campaign", a firm's bare name), "the developer",
"the province", "<Surname> of <Organisation>", a party's leader, "the president of the
Farmers Union", titled names with their organisation, police forces, "the city" /
"the town" of "City of X", the organisation named last by a modifier, owners and
companies set off by a short name.
"""

from __future__ import annotations

import bisect
import itertools
import re

from .._tokens import default_stopwords as _stopwords
from .antecedents import _CAP_AFTER_RE, _is_company, _set_person, _unquoted_before
from .blocks import MASK
from .documents import _unquoted_rest
from .kin import _PARAGRAPH_BREAK_RE, _org_kind
from .lede_named_next import _PERSON_NOUNS, dateline_place
from .ledes import _CO_NAME, _builder_introduced
from .lexicon import _DETS, _SENT_START_STOP, _lines
from .mentions import _ALL, _COMPANY_HEADS, _LEAD_PHRASE_RE
from .names import _clean_name_words
from .org_nearest import _nearest_org
from .titles import _before_titled_name, _person_gender
from .usage import _named_person

# "the operator", "the plant operator", "the mill's operator": a company running a facility
_OPERATOR_DESC_RE = re.compile(r"the[ \t]+(?:[a-z]+(?:['’]s)?[ \t]+)?operator")


# a person's organisation opening a sentence as its subject ("Lee's campaign quickly
# backtracked, ...")
_OWN_ORG_SUBJECT_RE = re.compile(
    r"[ \t\n]*(?:(?:But|And|Yet|So|Later|Then),?[ \t]+)?"
    r"((?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w-]*['’]s?[ \t]+"
    r"(?:campaign|office|administration|government|company|firm|team|committee))\b"
    r"(?![ \t]+(?:said|says|manager|chairman|chairwoman|spokesman|spokeswoman|official))"
)


def _own_org_subject_before(an, at):
    """ "<Name>'s campaign" (as written) when the sentence right before the sentence of
    "it" at ``at`` opens with a person's organisation as its subject and the "it"
    opens its own sentence, after a quotation or a lead phrase at most ("Lee's
    campaign backtracked ... . In such cases, it said, ..."), else None.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Lee's campaign backtracked at once. In such cases, it said, the law holds."
    >>> an = _ArticleNames(t, [(0, 35), (36, len(t))], lexicon(), None)
    >>> _own_org_subject_before(an, t.index("it said"))
    "Lee's campaign"
    """
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], at) - 1
    if si < 1:
        return None
    rest = _unquoted_rest(an, an.sents[si][0], at)
    if rest and _LEAD_PHRASE_RE.fullmatch(an.text, an.sents[si][0], at) is None:
        return None
    m = _OWN_ORG_SUBJECT_RE.match(an.text, *an.sents[si - 1])
    if m is None or (an.masked is not None and an.masked[m.start(1)] == MASK):
        return None
    return m.group(1)


# a sentence whose subject is a firm's bare name, set off or not by its kind: "That
# firm, Harbour Controls, makes pumps." / "Harbour Controls makes pumps." (the name, then
# a finite verb in the present or past)
_NAMED_FIRM_SUBJECT_RE = re.compile(
    r"(?:(?:That|The|This)[ \t]+(?:[a-z-]+[ \t]+)?(?:firm|company|business|group|society"
    r"|organization|organisation|agency|charity|foundation|association|club|maker)[ \t]*,[ \t]*)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){1,4}),?[ \t]+"
    r"(?:makes|runs|owns|operates|builds|sells|employs|has|had|is|was|provides|designs|supplies)\b"
)


def _named_firm_subject_before(an, at):
    """The bare organisation name that is the subject of the sentence right before an
    "It" opening its sentence at ``at`` ("That firm, Harbour Controls, makes pumps for
    ships. It said in a news release that A": Harbour Controls), when its first word is
    no given name (a person is never "it"); else None."""
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], at) - 1
    if si < 1 or _unquoted_rest(an, an.sents[si][0], at):
        return None
    s0, s1 = an.sents[si - 1]
    if "\n" in an.text[s1:at]:
        return None  # (the sentence before must be in the same paragraph)
    m = _NAMED_FIRM_SUBJECT_RE.match(an.text, s0, s1)
    if m is None or (an.masked is not None and an.masked[m.start("name")] == MASK):
        return None
    name = m.group("name")
    words = [w.lower().rstrip(".") for w in name.split()]
    if name.split()[0] in ("The", "A", "An", "It", "This", "That") or any(
        w in an.lex.gender or w in an.lex.titles for w in words
    ):
        return None  # ("Mayor Jim Watson has ...": a person)
    return name


def _developer_named_before(an, q, head, reach=8000):
    """The company whose name fits "the developer" / "the builder" (``head``: "...
    Properties", "... Homes", "... Developments Ltd.") named in the ``reach``
    characters before the mention: a project's developer is named once and then
    called "the developer" far down an article ("Petitcodiac Properties plans ... .
    The developer said"); None when there is none."""
    return None if _builder_introduced(an, q, head) else _nearest_org(an, q.m_start, head, reach)


# the heads of a body of members or supporters that "the group said" may stand for
_GROUP_HEADS = frozenset(("group", "organization", "organisation", "coalition", "charity"))


def _company_quoted_just_before(an, quotes):
    """Give "the corporation said" / "the firm said" (a company head after "the"),
    left a description, the organisation quoted in the statement just before it in the
    same paragraph, when that is a name of no other kind (no union, government or
    association) and does not open with a given name: "In a statement, Salish Ferries said A. '"B," the corporation said.'"
    -> Salish Ferries; "the group" / "the charity" likewise takes a named body typed an
    organisation that is no company ('"A," Refuge Animal Québec said in a statement. The
    group said B'); speaker strings only."""
    for p, q in itertools.pairwise(quotes):
        lm = (q.mention or "").lower()
        words = lm.split()
        operator = _OPERATOR_DESC_RE.fullmatch(lm) is not None  # ("the plant operator")
        group = len(words) == 2 and words[0] == "the" and words[1] in _GROUP_HEADS
        if (
            not operator
            and not group
            and (len(words) != 2 or words[0] != "the" or words[1] not in _COMPANY_HEADS)
        ):
            continue
        if (q.speaker or "").lower() != lm or not p.speaker:
            continue
        if p.stype == "person" and an.lex.gender.get(p.speaker.split()[0].lower()) is not None:
            continue  # (a person: no company; an unknown name typed a person may be one)
        if p.stype not in ("organization", "person"):
            continue
        if not p.speaker[:1].isupper() or _org_kind(p.speaker) not in (None, "company"):
            continue
        if group and (p.stype != "organization" or _is_company(p.speaker)):
            continue  # ("The group said" after "Refuge Animal Québec said": a named body)
        gap = an.text[min(p.m_end, p.end) : q.m_start]

        if "\n" in gap and (p.stype != "organization" or len(_PARAGRAPH_BREAK_RE.findall(gap)) > 1):
            continue  # (an organisation quoted in the paragraph before: "the company" still)
        q.speaker, q.stype = p.speaker, "organization"


_PROVINCE_RE = re.compile(
    r"(?<![\w'’.-])("
    + "|".join(sorted(map(re.escape, _lines("provinces.txt")), key=len, reverse=True))
    + r")(?![\w'’-])"
)


def _province_named(an, quotes):
    """Give "the province" ("..., the province said in an update", and the "It" that
    took it) the one province the article names in full before that statement,
    outside quotations ("this northern Alberta hamlet" -> Alberta); a dateline's
    abbreviation ("KESTREL LAKE, Alta. —") is no naming: the written batches keep
    "province" then. Speaker strings only."""
    first = None  # province -> position of its first naming (one pass, on demand)
    for q in quotes:
        if not q.speaker or q.speaker.lower() != "the province":
            continue
        if first is None:
            text = an.masked if an.masked is not None else an.text
            first = {}
            for m in _PROVINCE_RE.finditer(text):
                first.setdefault(m.group(1), m.start())
        found = [name for name, pos in first.items() if pos < q.m_start]
        if len(found) == 1:
            q.speaker, q.stype = found[0], "organization"


# one capitalised word before "of" / "at" and the mention, a name run ending
# there no longer ("..., Edelman of Drexel said"; not "Joe Edelman of", "the Bank of")
_PERSON_OF_RE = re.compile(
    r"(?:^|[^\w&'’.\- \t]|[a-z\d)]\.|[^\w&'’.\-][a-z][\w'’-]*)[ \t]+"
    r"([A-Z][a-z][\w'’-]*)[ \t]+(?:of|at)[ \t]+\Z"
)


def _person_of_org(an, q, persons):
    """Give "<Surname> of <Organisation> said" the person as speaker (and True) when the
    article names that surname as a person's elsewhere ("Jeff Edelman, an analyst ...
    Edelman of Drexel said": Jeff Edelman, not Drexel); False otherwise ("Helen of
    Troy said", "Volkswagen of America said": a company's name)."""
    if not q.mention[:1].isupper():
        return False
    lo = max(0, q.m_start - 60)
    m = _PERSON_OF_RE.search(" " + an.text[lo : q.m_start])
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    lex = an.lex
    if low in lex.titles or low in lex.org_words or low in lex.nouns or word in lex.org_words:
        return False
    if low in _SENT_START_STOP or not _named_person(an, word):
        return False
    pos = lo + m.start(1) - 1
    q.mention, q.m_start, q.m_end = word, pos, pos + len(word)
    return _set_person(an, q, persons, [word])


_LEADERS_OWN_RE = re.compile(r"([A-Z][\w-]+)['’]s[ \t]+(?:campaign|party)\Z")

_PARTY_WORDS = (
    r"[A-Z]{2,4}|Liberal|Conservative|Progressive[ \t]+Conservative|Green|Bloc|Reform"
    r"|New[ \t]+Democrat(?:ic)?|Democratic|Republican|Labour|Saskatchewan[ \t]+Party"
)


def _leaders_party(an, q, groups):
    """Give "<Surname>'s campaign" the party the article names that person the leader
    of ("NDP Leader Amara Fontaine ... Fontaine's campaign said" -> NDP) and True;
    False when it names none."""
    m = _LEADERS_OWN_RE.fullmatch(q.mention)
    if m is None or an.text.find("eader", 0, q.m_start) < 0:
        return False  # (every match holds "[Ll]eader": no pattern per surname without one)
    lead = re.search(
        rf"\b({_PARTY_WORDS})[ \t]+[Ll]eader[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{0,2}}"
        + re.escape(m.group(1))
        + r"\b",
        an.text[: q.m_start],
    )
    if lead is None:
        return False
    q.speaker, q.stype = re.sub(r"\s+", " ", lead.group(1)), "organization"
    groups.append((q.m_start, q.speaker, q.stype))
    return True


# "the president of the Farmers Union", "a spokesman for Acme Corp": a person's role
# in an organisation named after it (the role lower-case, the name capitalised)
_ROLE_OF_ORG_RE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne)[ \t]+((?:[a-z-]+[ \t]+){0,2}([a-z]+))[ \t]+(?:of|for|at)"
    r"[ \t]+(?:the[ \t]+)?([A-Z][\w&.'’-]*(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?[A-Z][\w&.'’-]*)*)\Z"
)

_NAME_WORDS = r"((?:[A-Z][\w.'’-]*[ \t]+){1,3}[A-Z][\w'’-]+)"


def _resolve_role_of_org(an, q, persons):
    """Fill the speaker of "the president of the Farmers Union" (a person noun, then
    an organisation's or a listed place's name): the person the article names in that role ("Mara Quill,
    the president of the Farmers Union", "Farmers Union president Mara Quill"), else
    the description, an anonymous person (never the organisation); False when the
    mention is not so shaped.

    >>> qs, _ = __import__("analysis.quotes.assemble").quotes.assemble.extract(
    ...     "The president of the Selvane Farmers Union said prices fell.")
    >>> qs[0].speaker, qs[0].stype
    ('the president of the Selvane Farmers Union', 'anonymous')
    """
    m = _ROLE_OF_ORG_RE.match(q.mention)
    if m is None or m.group(2) not in _PERSON_NOUNS:
        return False
    role, org = m.group(1), m.group(3)
    last = org.split()[-1]
    if last not in an.lex.org_words and not _is_company(org) and org not in an.lex.place_names:
        return False  # "the secretary of State": an office
    r, o = re.escape(role), re.escape(org)
    text = an.text[max(0, q.m_start - 4000) : q.m_end + 400]
    for pat in (
        _NAME_WORDS
        + r",[ \t]+(?:the[ \t]+|a[ \t]+)?(?i:"
        + r
        + r")[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?"
        + o,
        o + r"(?:'s|’s)?[ \t]+(?i:" + r + r")[ \t]+" + _NAME_WORDS,
    ):
        found = re.search(pat, text)
        if found is not None:
            words = _clean_name_words(found.group(1).split(), an.lex)
            if words:
                q.speaker, q.stype = an.canonical(words), "person"
                persons.append((q.m_start, q.speaker, _person_gender(an, " ".join(words))))
                return True
    desc = q.mention
    q.speaker, q.stype = desc[0].lower() + desc[1:], "anonymous"
    return True


# "analyst Ann Roe of Kell Read and Co", "Kell Read and Co analyst Ann Roe": a person
# titled by a lower-case role noun, with the organisation written before or after
_ROLE_NAME_OF_RE = re.compile(
    r"(?:(?:.*[ \t])?([a-z][\w-]*)[ \t]+)?((?:[A-Z][\w.'’-]*[ \t]+){1,2}[A-Z][\w'’-]*)"
    r"(?:[ \t]+(?:of|at|from|with)[ \t]+(?:the[ \t]+)?(?P<org>[A-Z].*))?\Z"
)


def _org_titled_first(words, lex):
    """Are ``words`` (before a second title) a title, a name of two or three capitalised
    words and "and" ("Chamber president Ann Roe and"): the first of two
    titled people, no organisation's name?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _org_titled_first("Chamber president Ann Roe and".split(), lexicon())
    True
    >>> _org_titled_first("Kell Read and".split(), lexicon())
    False
    """
    if len(words) < 4 or words[-1] != "and":
        return False
    k = len(words) - 2
    while k >= 0 and len(words) - 2 - k < 3 and words[k][:1].isupper():
        if words[k].lower() in lex.titles:
            break  # "President Ann Roe and"
        k -= 1
    return len(words) - 2 - k >= 2 and k >= 0 and words[k].lower() in lex.titles


def _titled_name_with_org(an, q, persons):
    """Fill the speaker of "analyst Ann Roe of Kell Read and Co" / "Kell Read and Co
    analyst Ann Roe" (a role noun of the title list, a name of two or three words,
    an organisation's name after "of" or before the role; without the role, a listed
    given name opens the name and an organisation follows) with the person; False
    when the mention is not so shaped.

    >>> qs, _ = __import__("analysis.quotes.assemble").quotes.assemble.extract(
    ...     "Sales will rise, analyst Ann Roe of Kell Read and Co said.")
    >>> qs[0].speaker, qs[0].stype
    ('Ann Roe', 'person')
    """
    m = _ROLE_NAME_OF_RE.match(q.mention)
    if m is None:
        return False
    org = m.group("org")
    if m.group(1) is None:  # "Ann Roe of Kell Read and Co": a listed given name first
        if org is None or m.group(2).split()[0].lower() not in an.lex.gender:
            return False
    elif m.group(1) not in _PERSON_NOUNS:
        return False
    if org is not None:
        last = org.split()[-1]
        if last not in an.lex.org_words and not _is_company(org) and org not in an.lex.place_names:
            return False  # "analyst Ann Roe of Kell": who or what Kell is is unknown
    elif " and " not in q.mention[: m.start(1)]:
        return False  # no organisation joined by "and" before the role: left as it was
    elif q.mention[: m.start(1)].endswith((" his ", " her ", " their ")):
        return False  # "Ann Roe and her husband Tom Roe": a kin pair (``kin_apposed_pairs``)
    elif _org_titled_first(q.mention[: m.start(1)].split(), an.lex):
        return False  # "Chamber president Ann Roe and treasurer Tom Vale": two people
    name = m.group(2).split()
    if any(w.lower().rstrip(".") in an.lex.titles or w in an.lex.org_words for w in name):
        return False
    canon = an.canonical(name)
    q.speaker, q.stype = canon, "person"
    persons.append((q.m_start, canon, _person_gender(an, " ".join(name))))
    return True


# a police force named by the article: "the RCMP", "the Kelowna RCMP", "the OPP",
# "the Halton Regional Police Service", "Capitol Police"
_POLICE_FORCE_RE = re.compile(
    r"\b(?:RCMP|OPP|(?:[A-Z][\w'’-]*[ \t]+){1,4}Police(?:[ \t]+(?:Service|Services|Department"
    r"|Force))?)\b(?![ \t]+(?:Chief|Commissioner|Constable|Sergeant|Officer|Union|Association)\b)"
)


def _police_force(an, at, reach=3000):
    """The police force the ``reach`` characters before ``at`` name outside quotations,
    the last one named, for a later plain "police" ("The RCMP said ... police said");
    None when they name none or more than one.

    >>> class _An:
    ...     text = masked = "The RCMP said a man was held. Police said he fled."
    >>> _police_force(_An, _An.text.index("Police said"))
    'RCMP'
    """
    lo, seg = _unquoted_before(an, at, reach)
    found = set()
    last = None
    for m in _POLICE_FORCE_RE.finditer(seg):
        ws = m.group().split()
        while ws and (ws[0].lower() in _DETS or ws[0].lower() in _stopwords()):
            ws = ws[1:]  # "The RCMP", "When Halton Police"
        if any(w.lower() in _stopwords() for w in ws):
            continue  # "Suspect Named By Police"
        if len(ws) < 2 and ws[-1:] == ["Police"]:
            continue  # "Police said": no name
        name = "RCMP" if "RCMP" in ws else " ".join(ws)
        found.add(name)
        last = name
    return last if len(found) == 1 else None


# "the city said" -> the "City of X" the article names ("Town of X" for "the town"): the
# municipality's own name, as the Canadian news annotation writes it
_MUNICIPAL_MENTIONS = {
    "the " + w.lower(): w for w in "City Town Village Township Municipality County".split()
}

_MUNICIPAL_RE = re.compile(
    r"(?<![\w'’-])(City|Town|Village|Township|Municipality|County)[ \t]+of[ \t]+"
    r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
)


def _municipal_names(an):
    """kind -> ([position], [name]) of every "City of X" / "Town of X" the article
    writes outside quotations, in order, built once per article ("City of Lethbridge
    Mayor Blaine Hyggen" -> "City": "City of Lethbridge")."""
    if an.municipal is None:
        text = an.masked if an.masked is not None else an.text
        an.municipal = {}
        for m in _MUNICIPAL_RE.finditer(text):
            words = _before_titled_name(m.group(2).split(), _CAP_AFTER_RE.match(text, m.end()))
            pos, names = an.municipal.setdefault(m.group(1), ([], []))
            pos.append(m.start())
            names.append(f"{m.group(1)} of {' '.join(words)}")
    return an.municipal


def _dateline_municipality(an, kind):
    """ "City of X" / "Town of X" for the dateline's place X when the article names no
    municipality of that kind and writes X again in its body ("BATHURST, N.B. — Residents
    of Bathurst ... the city said": City of Bathurst); None otherwise (only "City" and
    "Town": a dateline names no county or township)."""
    if kind not in ("City", "Town") or (place := dateline_place(an)) is None:
        return None
    text = an.masked if an.masked is not None else an.text
    first = text.find(place)
    if first < 0 or text.find(place, first + len(place)) < 0:
        return None  # (the dateline itself is upper case: two mentions in the body)
    return f"{kind} of {place}"


def _resolve_municipal(an, q, lm, groups):
    """Resolve "the city" / "the town" (``lm``) to the last "City of X" / "Town of X"
    written before it (``_municipal_names``); False when the article writes none."""
    kind = _MUNICIPAL_MENTIONS[lm]
    pos, names = _municipal_names(an).get(kind, ((), ()))
    i = bisect.bisect_left(pos, q.m_start) - 1
    if i < 0:
        if pos or (name := _dateline_municipality(an, kind)) is None:
            return False
        q.speaker, q.stype = name, "organization"
        groups.append((q.m_start, q.speaker, q.stype))
        return True
    q.speaker, q.stype = names[i], "organization"
    groups.append((q.m_start, q.speaker, q.stype))
    return True


_MUNICIPAL_SPOKES_RE = re.compile(
    r"(?:an?|the)[ \t]+(?P<k>city|town|village|township|municipality|county)[ \t]+"
    r"(?:hall[ \t]+)?spokes(?:person|man|woman)"
    r"|(?:an?|the)[ \t]+spokes(?:person|man|woman)[ \t]+for[ \t]+the[ \t]+"
    r"(?P<k2>city|town|village|township|municipality|county)"
)


def _municipal_spokesperson(lm):
    """The "the city" / "the town" key of ``_MUNICIPAL_MENTIONS`` for an unnamed
    municipal spokesperson (``lm``: "a city spokesperson", "a spokesperson for the
    town"), who speaks for the municipality the article names; None for any other
    mention.

    >>> _municipal_spokesperson("a city spokesperson"), _municipal_spokesperson("a spokesman for the town")
    ('the city', 'the town')
    >>> _municipal_spokesperson("a company spokesperson") is None
    True
    """
    m = _MUNICIPAL_SPOKES_RE.fullmatch(lm)
    return None if m is None else "the " + (m.group("k") or m.group("k2"))


# "The city's recreation department", "the county's roads division": a unit of the
# municipality, which speaks as the municipality (police and fire services have names of
# their own; "the municipality" / "the village" are no organisation heads a later "It"
# could stand for, so their departments stay as written). An office ("the town's tourism
# office", "the city's clerk's office") is the office as written (written_news135).
_MUNICIPAL_UNIT_RE = re.compile(
    r"(?P<the>[Tt]he)[ \t]+(?P<k>city|town|county)['’]s"
    r"(?:[ \t]+(?!police\b|fire\b)[a-z][a-z-]*){1,3}[ \t]+(?:department|division)"
)


def municipal_unit_mention(mention):
    """The "the city" / "the town" mention a municipal department (``mention``, as
    written) speaks for, with the case of its "the"; None for any other mention.

    >>> municipal_unit_mention("The city's recreation department")
    'The city'
    >>> municipal_unit_mention("the city's police department") is None
    True
    >>> municipal_unit_mention("the town's tourism office") is None
    True
    """
    if "'s " not in mention and "’s " not in mention:
        return None
    m = _MUNICIPAL_UNIT_RE.fullmatch(mention)
    return None if m is None else f"{m.group('the')} {m.group('k')}"


# "the defenceman", "the retired nurse", "The 84-year-old": the, up to two lower-case
# modifiers (or an age) and a lower-case head noun
_IN_FOCUS_RE = re.compile(
    r"[Tt]he(?:[ \t]+(?!of\b)[a-z][a-z-]*|[ \t]+\d{1,3}-year-old){0,2}[ \t]+([a-z][a-z-]*)"
    r"(?:[ \t]+of[ \t]+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?"
)  # ("the mother of two": a count of children after a parent noun)


def _other_name_between(an, lo, hi, canon):
    """Does the article name a person-like name other than ``canon`` (and not inside a
    quotation) between the offsets ``lo`` and ``hi``?"""
    name_pos = an.positions()
    i = bisect.bisect_right(name_pos, lo)
    while i < len(name_pos) and name_pos[i] < hi:
        item = an.item_of(i, _ALL)
        if item is not None and an.canonical(item[1], item[2]) != canon:
            return True
        i += 1
    return False


# a run of capitalised words joined by lower-case connectors ("Canadian Centre for
# Ethics in Sport"): where an organisation's spelled-out name can be
_CAPITAL_RUN_RE = re.compile(
    r"[A-Z][\w&-]*(?:[ \t]+(?:(?:of|for|in|and|on|the|de|du|des|la|le|et)[ \t]+){0,2}"
    r"[A-Z][\w&-]*)*"
)

_ORG_SUFFIXES = frozenset("Corp Corp. Corporation Inc Inc. Ltd Ltd. Company Co Co. Group".split())


def _org_by_modifier(an, q, words, reach=4000):
    """The organisation named last, in the ``reach`` characters before the mention,
    whose name ends with the mention's lower-case modifier ("the lottery corporation"
    after "the Atlantic Lottery office" -> Atlantic Lottery; "the mining company" after
    "Birch Mining Corp." -> Birch Mining Corp.); None when the mention is no
    "the <modifier> <company head>" or no such name came before."""
    if not (
        len(words) == 3
        and words[0] in ("the", "The")
        and words[1].isalpha()
        and words[1].islower()
        and words[2] in _COMPANY_HEADS
    ):
        return None
    want = words[1].title()
    lo = max(0, q.m_start - reach)
    last = None
    for m in _CAPITAL_RUN_RE.finditer(an.text, lo, q.m_start):
        run = m.group().split()
        if run[0] == "The":
            run = run[1:]
        while run and run[-1] in _ORG_SUFFIXES:
            run = run[:-1] if len(run) > 2 and run[-2] == want else []
        if len(run) >= 2 and run[-1] == want:
            last = m.group().removeprefix("The ")
            if (
                last.endswith(("Corp", "Inc", "Ltd", "Co"))
                and an.text[m.end() : m.end() + 1] == "."
            ):
                last += "."  # "Birch Mining Corp."
    return last


# "Maple Court is owned by Harbour Residential REIT": the owner named by "owned by"
_OWNED_BY_RE = re.compile(
    r"\b(?:is|are|was|were)[ \t]+(?:now[ \t]+)?(?P<verb>owned|operated|managed|insured)[ \t]+by[ \t]+"
    r"(?:the[ \t]+)?([A-Z][\w'’&-]*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-Z][\w'’&.-]*){0,5})"
)

_OWNER_HEADS = frozenset("company firm owner landlord operator corporation".split())


def _owner_just_before(an, q, words, reach=300):
    """The organisation the sentence before "the company" says owns or runs something
    ("Maple Court is owned by Harbour Residential REIT. The company said" -> Harbour
    Residential REIT; "... was insured by X. The insurer said" -> X), in the ``reach``
    characters before the mention; None otherwise."""
    if not (
        len(words) == 2
        and words[0] in ("the", "The")
        and (words[1] in _OWNER_HEADS or words[1] == "insurer")
    ):
        return None
    last = None
    for m in _OWNED_BY_RE.finditer(an.text, max(0, q.m_start - reach), q.m_start):
        if (m.group("verb") == "insured") == (words[1] == "insurer"):
            last = m  # ("The painting was insured by X. The insurer said": X)
    if last is None or "\n" in an.text[last.end() : q.m_start]:
        return None  # (in the same paragraph only)
    name = last.group(2)
    return name if name.endswith(("Inc.", "Ltd.", "Corp.", "Co.")) else name.rstrip(".")


# "Northland Winter Services, a Lively company that holds ...": a company in apposition
_NAMED_COMPANY_APPOSED_RE = re.compile(
    r"(?<![\w’'.-])" + _CO_NAME + r",[ \t]+an?[ \t]+(?:[\w’'-]+[ \t]+){0,3}?(?:company|firm)\b"
)


def _company_by_short_name(an, at, reach=1500):
    """The one company the article set off before ``at`` as "Northland Winter
    Services, a Lively company that ...", when its first word alone ("called on
    Northland to return") stands in the ``reach`` characters before ``at``, outside
    quotations: "the company said" far from the full name; None otherwise."""
    cos = an._apposed_cos
    if cos is None:
        _lo, seg = _unquoted_before(an, len(an.text), len(an.text))
        cos = an._apposed_cos = [
            (m.start(), m.group(1)) for m in _NAMED_COMPANY_APPOSED_RE.finditer(seg)
        ]
    names = {name.removeprefix("The ") for pos, name in cos if pos < at}
    if len(names) != 1:
        return None
    name = names.pop()
    short = name.split()[0]
    if len(name.split()) < 2 or len(short) < 4:
        return None
    lo, seg = _unquoted_before(an, at, reach)
    return name if re.search(rf"(?<![\w’'.-]){re.escape(short)}\b", seg) else None
