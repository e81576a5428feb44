"""Titled roles: "the president", "the mayor's spokesperson" (owned roles),
"the rookie defenceman" (described), "the CEO" spelled out, "the Crown prosecutor",
"his lawyer" (possessed), positions ("the third", "the skip"), "the spokesperson"
again, coordinated names ("Smith and Jones said") and title parts joined across
"and".
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .antecedents import (
    _CAP_NAME_WORD,
    _NAME_RUN_RE,
    _is_company,
    _resolve_he_she,
    _set_person,
    _unquoted_before,
)
from .appositions import _resolve_indefinite_apposed
from .blocks import MASK
from .groups import _titled_role
from .indefinite_named import indefinite_named_before
from .kin import _KIN_GENDER, _PARAGRAPH_BREAK_RE, _noun_sex
from .lede_appositions import _NAME_PARTICLES_RX, _described_in_apposition
from .lede_named_next import (
    _LEADER_APPOSITION_RE,
    _PERSON_NOUNS,
    _ROLE_CUES,
    _introduced_as,
    _leader_apposed_next,
    _office_named_later,
)
from .ledes import _BUSINESS_KINDS, _GENERIC_PERSON_NOUNS
from .lexicon import _QUANT_SUBJ, COMPANY_SUFFIXES, _lines
from .mentions import _ALL
from .names import _ROLE_NO_FALLBACK, _split_glitch, parse_person_name
from .np_left import _HEAD_PREPS
from .np_left_core import _lower_noun
from .org_names import _one_org_name, _org_opens_next
from .phrases import _COMPOUND_TITLE_WORDS
from .portfolio_titles import portfolio_name_start
from .pronouns import (
    _office_subject,
    _subject_holding,
    _subject_over_distant_title,
    newcomer_description_before,
)
from .role_places import _OUTGOING, _role_fallback, _role_in_relative_clause
from .titles import (
    _HONORIFICS,
    _OFFICES,
    _person_gender,
    _resolve_office,
    _role_status,
    _sitting_president,
    _titled_person,
)
from .usage import _never_a_person
from .wordscan import _position_hint_in


def _join_title_parts(parts, lex):
    """Parts of a mention split at "and", with a part of title words only glued to
    the next when that one starts with a title word too: "Chairman and CEO Ann Roe",
    "President and Chief Executive Officer Tom Vale" are one person with a compound
    title (not "Mr. and Mrs. Lee", not "Ann Roe and Tom Vale").

    >>> from .lexicon import lexicon
    >>> _join_title_parts([["Chairman"], ["CEO", "Ann", "Roe"]], lexicon())
    [['Chairman', 'and', 'CEO', 'Ann', 'Roe']]
    >>> len(_join_title_parts([["Ann", "Roe"], ["Tom", "Vale"]], lexicon()))
    2
    """
    out = [parts[0]]
    for p in parts[1:]:
        prev = out[-1]
        if (
            prev
            and p
            and p[0].lower().rstrip(".") in _COMPOUND_TITLE_WORDS
            and all(w.lower().rstrip(".") in _COMPOUND_TITLE_WORDS for w in prev)
        ):
            out[-1] = prev + ["and"] + p
        else:
            out.append(p)
    return out


def _department_of_place(parts, lex):
    """Do the two parts of a mention split at "and" name one department of a country
    ("Fisheries and Oceans Canada", "Innovation, Science and Economic Development
    Canada"): the last part is capitalised words ending in a place name after another
    word, and no part holds a given name, an honorific or a company's legal form?

    >>> from .lexicon import lexicon
    >>> _department_of_place([["Innovation,", "Science"], ["Economic", "Canada"]], lexicon())
    True
    >>> _department_of_place([["Ann", "Roe"], ["Health", "Canada"]], lexicon())
    False
    """
    if len(parts) != 2 or not 2 <= len(parts[1]) <= 4 or len(parts[0]) > 4:
        return False
    if parts[1][-1] not in lex.place_names or parts[1][-2] in lex.place_names:
        return False  # (not "Halifax and Nova Scotia")
    words = [w.rstrip(",") for w in parts[0] + parts[1]]
    for b in words:
        if not b[:1].isupper() or not b.isalpha() or b.lower() in lex.gender:
            return False
        if b.lower() in _HONORIFICS or b.lower() in COMPANY_SUFFIXES:
            return False
    return not any(b in lex.place_names for b in words[:-1])


# a count with its lead as the whole mention ("At least 21,000", "Nearly 200", "About 40
# per cent"): np_left._counted_group_start, resources/quantity_leads.txt
_COUNT_MENTION_RE = re.compile(
    r"(?i:"
    + "|".join(
        sorted(
            (r"[ \t]+".join(map(re.escape, x.split())) for x in _lines("quantity_leads.txt")),
            key=len,
            reverse=True,
        )
    )
    + r")[ \t]+(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[ \t]*%|[ \t]+(?i:per[ \t]+cent|percent))?"
)

# two names, the first with an aside set off by commas ("Ann Roe, who chairs the board,
# and Tom Vale"; "Ann Roe, 54, and Tom Vale"): np_left._aside_coordinated_start
_ASIDE_PAIR_RE = re.compile(
    r"([A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){0,3}),[ \t]+(?:who|whose|an?|the|\d+)\b"
    r"[^,;:]{0,120},[ \t]+and[ \t]+([A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){0,3})"
)


def _resolve_aside_pair(an, q, groups, persons):
    """Fill the speaker of two coordinated names whose first carries an aside ("Ann Roe,
    who chairs the board, and Tom Vale said") as for "Ann Roe and Tom Vale said" (a
    group of the two names); False when the mention is no such pair."""
    m = _ASIDE_PAIR_RE.fullmatch(q.mention)
    if m is None:
        return False
    written = q.mention
    q.mention = f"{m.group(1)} and {m.group(2)}"
    try:
        return _resolve_name_list(an, q, groups, persons)
    finally:
        q.mention = written


def _titled_names_only(mention, lex):
    """Is ``mention`` two people joined by "and", each a lower-case title and a name of
    two or three capitalised words ("board chair Ann Roe and treasurer Tom Vale")?

    >>> from .lexicon import lexicon
    >>> _titled_names_only("chair Ann Roe and treasurer Tom Vale", lexicon())
    True
    >>> _titled_names_only("the mayor and Ann Roe", lexicon())
    False
    """
    parts = mention.split(" and ")
    if len(parts) != 2:
        return False
    for p in parts:
        ws = p.split()
        if len(ws) < 3 or ws[-3] not in lex.titles or not ws[-3].islower():
            if len(ws) < 4 or ws[-4] not in lex.titles or not ws[-4].islower():
                return False
        if not (ws[-1][:1].isupper() and ws[-2][:1].isupper()):
            return False
    return True


def _resolve_name_list(an, q, groups, persons=()):
    """Fill the speaker of "Smith and Jones said" (a group of names); False when the
    mention is no such list."""
    mention = q.mention
    if " and " not in mention or _is_company(mention):
        return False  # (not "Dillon Read and Co Inc said")
    if not mention[:1].isupper() and not _titled_names_only(mention, an.lex):
        return False  # (but "board chair Ann Roe and treasurer Tom Vale said": both)
    if k := portfolio_name_start(words := mention.split()):
        run = parse_person_name(" ".join(words[k:]))[0]  # "Tourism and Culture Minister
        return _set_person(an, q, persons, list(run or words[k:]))  # Ann Roe": one person
    first = mention.split(None, 3)
    if first[0].lower() in _QUANT_SUBJ and first[1:2] != ["of"]:
        first = first[1:]  # ("Some workers at Irving and Cooke said": the workers)
    if len(first) > 2 and first[1] in _HEAD_PREPS and _lower_noun(first[0].lower(), an.lex):
        return False  # "Farmers in Alberta, Saskatchewan and Manitoba say": the farmers
    parts = _join_title_parts([p.split() for p in mention.split(" and ")], an.lex)
    if len(parts) < 2 or not (all(parts) and all(p[-1][:1].isupper() for p in parts)):
        return False  # (and "Chairman and CEO Ann Roe said": one person, two titles)
    if _one_org_name(parts, an.lex) or _department_of_place(parts, an.lex):
        return False  # "the Food and Drug Administration said": one organisation
    names_ = []
    for i, p in enumerate(parts):
        if i and _HONORIFICS.issuperset(w.lower().rstrip(".") for w in parts[i - 1]):
            names_[-1] = f"{names_[-1]} and {' '.join(p)}"  # "Mr. and Mrs. Lee": the couple
            continue
        if i == 0 and len(p) == 1 and p[0] in ("He", "She"):
            got = _resolve_he_she(an, q, p[0].lower(), persons)  # "He and Mr. Allen said"
            names_.append(got[1] if got is not None else p[0])
            continue
        run = parse_person_name(" ".join(_split_glitch(w, an.lex) for w in p))[0]
        names_.append(an.canonical(run) if run else " ".join(p))
    q.speaker, q.stype = " and ".join(names_), "group"
    groups.append((q.m_start, q.speaker, "group"))
    return True


def _of_noun_sex(an, head, ref):
    """``ref`` unless ``head`` marks one sex ("chairman", "chairwoman") and ``ref`` is a
    person of the other: then None (the clause subject a bare office noun varies must
    fit it).

    >>> class An: gender_of, mixed_last = {"dalby": "f"}, ()
    >>> _of_noun_sex(An, "chairman", "Ruth Dalby") is None, _of_noun_sex(An, "chair", "Ruth Dalby")
    (True, 'Ruth Dalby')
    """
    if ref is None:
        return None
    want = _noun_sex(head)
    if want is None:
        return ref
    got = _person_gender(an, ref)
    return None if got is not None and got != want else ref


def _resolve_role(an, q, role, persons):
    """Fill the speaker of "the president" with the person titled so (an office noun:
    only that; other role nouns such as "the candidate": else the last quoted person);
    False when none is found."""
    head, status = _role_status(q.mention)
    if head in _OFFICES:
        ref = _subject_holding(an, q, head, status, persons)
        if ref is None:
            ref = _resolve_office(an, q.m_start, head, status)
            if ref is None and status == _OUTGOING:  # "the outgoing mayor": "Mayor X"
                ref = _resolve_office(an, q.m_start, head, frozenset())
            if ref is not None and head != "president" and q.mention.lower() == "the " + head:
                ref = (
                    _of_noun_sex(an, head, _subject_over_distant_title(an, q, ref, persons)) or ref
                )
        if ref is None and head not in _ROLE_NO_FALLBACK and not status:
            # ("Ruth Dalby said A. The chairman said B": never Dalby)
            ref = _of_noun_sex(an, head, _office_subject(an, q, persons))
        if ref is None and q.mention.lower() == "the " + head and head in _PERSON_NOUNS:
            ref = _office_named_later(an, q, head)  # "the mayor said ... Mayor Jo Roe"
    else:
        ref = _role_fallback(an, q, role, persons)
    if ref is None:
        return False
    q.speaker, q.stype = ref, "person"
    persons.append((q.m_start, ref, _person_gender(an, ref)))
    return True


# "its leader", "the union's president", "the company's chief executive": a role of an
# organisation; the possessor's word (None for its/their) and the role words
_OWNED_ROLE_RE = re.compile(
    r"(?:(?i:its|their)|(?i:the)[ \t]+(?P<own>[a-z]+)['’]s?)[ \t]+(?P<role>[a-z]+(?:[ \t][a-z]+)?)"
)


def _role_of_after(text, pos, cw, head):
    """Is the name at ``pos`` (run ``cw``) said to hold ``head`` of a body right after it
    ("Ann Roe, president of the union,", "Ann Roe is president of the nurses' union")?

    >>> t = "Ann Roe is president of the nurses' union."
    >>> _role_of_after(t, 0, ("Ann", "Roe"), "president")
    True
    >>> _role_of_after("Ann Roe, a nurse, spoke.", 0, ("Ann", "Roe"), "president")
    False
    """
    end = text.find(cw[-1], pos, pos + 120)
    if end < 0:
        return False
    return (
        re.match(
            rf"(?:,|[ \t]+is)[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+)?{re.escape(head)}[ \t]+of\b",
            text[end + len(cw[-1]) : end + len(cw[-1]) + 80],
        )
        is not None
    )


def _resolve_owned_role(an, q, persons, reach=3000):
    """Fill the speaker of a possessive role description whose owner the article names
    ("Its leader said", "The union's president said") with the last person titled with
    that role within ``reach`` characters before it ("Party leader Tom Kent", "Tom Kent,
    the party's leader,", "Ann Roe, president of the union,"), the owner's word near the
    title for "the <owner>'s"; never the sitting president for a company's "its
    president". A lede's leader with nobody titled before takes ``_leader_apposed_next``.
    False when none is found."""
    m = _OWNED_ROLE_RE.fullmatch(q.mention)
    if m is None:
        return False
    head, status = _role_status("the " + m.group("role"))
    if head in _BUSINESS_KINDS and _org_opens_next(an, q):
        return True  # ("..., its owner announced." / "Westmark Media said in a statement")
    if head is None or head not in _PERSON_NOUNS or head in _GENERIC_PERSON_NOUNS:
        return False
    if head in _KIN_GENDER or head.endswith("s") and head[:-1] in _PERSON_NOUNS:
        return False  # (kin, and a plural: "its leaders")
    own = m.group("own")
    sitting = _sitting_president(an) if head == "president" else None
    name_pos = an.positions()
    hi = bisect.bisect_left(name_pos, q.m_start)
    for pos, cw, _g, info in reversed(an.names[max(0, hi - 100) : hi]):
        if q.m_start - pos > reach:
            break
        if len(cw) < 2 or not (
            _titled_person(an, pos, cw, info, head, status)
            or _role_of_after(an.text, pos, cw, head)
        ):
            continue
        ref = an.canonical(cw)
        if ref == sitting:
            continue
        if (
            own is not None
            and own not in an.text[max(0, pos - 60) : min(pos + 120, q.m_start)].lower()
        ):
            continue  # ("the union's president": "Union president Ann Roe")
        q.speaker, q.stype = ref, "person"
        persons.append((q.m_start, ref, _person_gender(an, ref)))
        return True
    # (a lede's "its leader says", the leader named in the next paragraph)
    return _LEADER_APPOSITION_RE.fullmatch(head) is not None and _leader_apposed_next(
        an, q, persons
    )


def _resolve_described(an, q, persons):
    """Fill the speaker of "the rookie defenceman" (the, lower-case words, a person
    noun of the title list) with the person the article titles so ("defenceman Joe
    Lee", "Joe Lee, a rookie defenceman") within 4000 characters; False if none."""
    words = q.mention.split()
    if not (2 <= len(words) <= 5 and words[0].lower() in ("the", "this")):
        return False
    if len(words) == 2 and words[1] in _ROLE_SHORT_FORMS:  # "the vet": a veterinarian
        return _resolve_short_form(an, q, _ROLE_SHORT_FORMS[words[1]], persons)
    if len(words) == 2 and words[1] in _ROLE_INITIALISMS:  # "the GM": the general manager
        saved, q.mention = q.mention, f"{words[0]} {_ROLE_INITIALISMS[words[1]]}"
        try:
            return _resolve_role(an, q, q.mention.split()[-1], persons)
        finally:
            q.mention = saved
    rest = words[1:]
    if not all(w.islower() and w.replace("-", "").isalpha() for w in rest):
        if len(rest) == 2 and rest[0].istitle() and rest[1] in _OFFICES and rest[1].isalpha():
            return _resolve_titled_as(an, q, rest, persons)  # "the Crown prosecutor"
        return False
    head, status = _role_status(q.mention)
    if head is None or head not in _PERSON_NOUNS and head not in _ROLE_CUES:
        return False
    if head in _OFFICES:
        return False
    if head.endswith("s") and head[:-1] in _PERSON_NOUNS:
        return False  # "the senators": more than one person
    if (
        len(words) == 2
        and (new := newcomer_description_before(an, q.m_start, head)) is not None
        and _described_in_apposition(an, q.m_start, head, q.m_start - new) is None
    ):  # ("A charge nurse who ... the nurse"; not when "Tom Roe, a nurse," is named since)
        q.speaker, q.stype = q.mention, "anonymous"
        return True
    ref = None
    if len(words) >= 3 and not status:  # ("A motel owner ..., Ann Roe, ... the motel owner")
        named = indefinite_named_before(an.text, q.m_start, " ".join(words[1:]))
        ref = an.canonical(named.split()) if named else None
    if ref is None:
        ref = _subject_holding(an, q, head, status, persons)  # (Coun. Roe ... Roe was ...)
    if ref is None and head in ("doctor", "physician") and not status:
        ref = _nearest_of_two_doctors(an, q.m_start)
    if ref is None:
        ref = _resolve_office(an, q.m_start, head, status)
    if ref is None and head in ("doctor", "physician"):
        ref = _resolve_office(an, q.m_start, "dr", status)  # "Dr. Ann Roe ... the doctor"
    if ref is None and head in _CLERGY_NOUNS:
        ref = _resolve_office(an, q.m_start, "rev", status)  # "Rev. Ann Roe ... the pastor"
    if ref is None and head == "executive" and "chief" in status:
        # "Acme CEO Ann Roe ... the chief executive said": the CEO
        ref = _resolve_office(an, q.m_start, "ceo", status - {"chief"})
    if ref is None and not status:
        ref = _described_in_apposition(an, q.m_start, head)  # "Ann Roe, a lawyer,"
    if ref is None and not status:
        ref = _role_in_relative_clause(an, q.m_start, head)  # "Ann Roe, who is a lawyer"
    if ref is None and head in _ROLE_CUES and not status and len(words) <= 3:
        return _untitled_role(an, q, head, persons)
    if ref is None:
        return False
    q.speaker, q.stype = ref, "person"
    persons.append((q.m_start, ref, _person_gender(an, ref)))
    return True


def _nearest_of_two_doctors(an, at, reach=4000):
    """Canonical name of the doctor (titled "Dr." or described as a doctor or physician)
    named last before ``at``, when the ``reach`` characters before it name two or more
    doctors ("Dr. Ann Roe ... Dr. Tom Lee, a former family doctor, ... Roe said A. The
    doctor said B": Roe, named last, not Lee, described as one); None otherwise."""
    name_pos = an.positions()
    hi = bisect.bisect_left(name_pos, at)
    doctors, order = set(), []
    for pos, cw, _g, info in an.names[max(0, hi - 200) : hi]:
        if at - pos > reach:
            continue
        canon = an.canonical(cw)
        order.append(canon)
        if any(_titled_person(an, pos, cw, info, r, set()) for r in ("dr", "doctor", "physician")):
            doctors.add(canon)
    if len(doctors) < 2:
        return None
    return next((c for c in reversed(order) if c in doctors), None)


def _other_titled_alike(an, lo, at, head, canon):
    """Is someone other than ``canon`` named in ``an.text[lo:at]`` after a title that
    abbreviates ``head`` ("Sen." for "senator", "Gov." for "governor")?"""
    name_pos = an.positions()
    for i in range(bisect.bisect_left(name_pos, lo), bisect.bisect_left(name_pos, at)):
        item = an.item_of(i, _ALL)
        if item is None or an.canonical(item[1], item[2]) == canon:
            continue
        words = an.text[max(0, item[0] - 14) : item[0] + 14].split()
        for w in words[:-1]:  # the title before the name, or the first word of its run
            title = w.rstrip(".").lower()
            if len(title) >= 3 and head.startswith(title):
                return True
    return False


def _untitled_role(an, q, head, persons, reach=1200):
    """Fill the speaker of "the realtor" / "the consumer advocate" (a job noun of
    role_cues.txt that nobody in the article is titled with, nor called in apposition)
    with the person a "he" or "she" there would name (or the last person named), named
    in the same or the previous paragraph, when a word of the noun's cues follows her
    name there in an apposition or relative clause (``_introduced_as``: "Ann Roe, who
    teaches law, says ... '...,' the professor said": Roe); False otherwise.

    >>> _ROLE_CUES["professor"].search("who teaches law") is not None
    True
    """
    if re.search(
        rf"\b(?:a|an|the|another|one)[ \t]+(?:[\w-]+[ \t]+)?{head}\b", an.text[: q.m_start], re.I
    ):
        return False  # ("a realtor ... the realtor": that unnamed one)
    breaks = [m.start() for m in _PARAGRAPH_BREAK_RE.finditer(an.text, 0, q.m_start)]
    cands = [_resolve_he_she(an, q, lm, persons) for lm in ("he", "she")]
    k = bisect.bisect_left(an.positions(), q.m_start)
    for i in range(k - 1, max(-1, k - 7), -1):  # (the person named last, not quoted)
        pos = an.names[i][0]
        if q.start <= pos < q.end or an.masked is not None and an.masked[pos] == MASK:
            continue
        if an.person_like(i)[0] in ("m", "f"):  # (a known given name: "Ann Roe")
            cands.append((pos, an.canonical(an.names[i][1])))
            break
    ref = None
    for got in cands:
        if got is None or q.m_start - got[0] > reach or _never_a_person(an, got[1]):
            continue
        k = bisect.bisect_left(breaks, got[0])
        if len(breaks) - k > 1:
            continue  # (named two paragraphs or more before)
        lo = breaks[k - 1] if k else 0
        if _introduced_as(
            an, got[1], lo, min(q.start, q.m_start), _ROLE_CUES[head]
        ) or _role_apposed_before(an, got[1], min(q.start, q.m_start), _ROLE_CUES[head]):
            if ref is None or got[0] > ref[0]:
                ref = got  # (introduced so in its own paragraph: the later one)
    if ref is None:
        return False
    q.speaker, q.stype = ref[1], "person"
    persons.append((q.m_start, ref[1], _person_gender(an, ref[1])))
    return True


# the words before a name that hold its role as a preposed apposition: "Its chief
# operating officer, Ann Roe," / "Acme's vice-president, Tom Lee, said" (a sentence or
# clause start, then at most six words and a comma)
_PREPOSED_ROLE_RE = re.compile(
    r"(?:^|[.;:]\s+|\n)(?P<role>(?:[\w'’.-]+[ \t]+){1,6}?[\w-]+),[ \t]+\Z"
)


# a lower-case job title written before a name that opens its sentence: "Marine
# biologist Ann Roe said ..." (at most three words, the last one lower case)
_OPENING_TITLE_RE = re.compile(
    r"(?:^|[.;:!?]\s+|\n)(?:(?:The|A|An)[ \t]+)?"
    r"(?P<role>(?:[\w'’.-]+[ \t]+){0,2}[a-z][\w-]*)[ \t]+\Z"
)


def _role_apposed_before(an, canon, hi, rx, reach=3000):
    """Is the person ``canon`` introduced, within ``reach`` characters before ``hi``, by a
    preposed apposition holding a cue of ``rx`` ("Its chief operating officer, Sandra
    Roe, said ..." ... "A, the executive said": Roe), or by a lower-case title before
    the name opening its sentence ("Marine biologist Ann Roe said ..." ... "A, the
    scientist said": Roe)? The role comes before the name, where ``_introduced_as``
    looks after it."""
    for pos, cw, _g, _info in an.by_last.get(canon.split()[-1].lower(), ()):
        if not (hi - reach <= pos < hi) or an.canonical(cw) != canon:
            continue
        m = _PREPOSED_ROLE_RE.search(an.text, max(0, pos - 90), pos)
        if m is not None and rx.search(m.group("role")):
            return True
        m = _OPENING_TITLE_RE.search(an.text, max(0, pos - 60), pos)
        if m is not None and rx.search(m.group("role")):
            return True  # "Marine biologist Ann Roe": the title before the name
    return False


_ROLE_INITIALISMS = {"GM": "general manager"}

# "the vet" for "The head veterinarian at the checkpoint, Dr. Ann Roe": a short form
# of a job noun, resolved only to a person the article introduced with the full noun
# (never to whoever was quoted last: "the vet" of a sports story is a veteran)
_ROLE_SHORT_FORMS = {"vet": "veterinarian"}


def _resolve_short_form(an, q, full, persons):
    """Fill the speaker of "the vet" with the person introduced as ``full`` ("a
    veterinarian": in apposition before the name, "Ann Roe, a veterinarian," or
    "veterinarian Ann Roe"); False when nobody was, the mention left as written.

    >>> import pandas as pd, analysis
    >>> t = ("The head veterinarian at the camp, Dr. Ann Roe, examined the dogs. "
    ...      "Musher Tom Vale said he was upset. The vet said the dogs were fine.")
    >>> q = analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))
    >>> q.loc[q["quote"] == "the dogs were fine", "speaker"].tolist()
    ['Ann Roe']
    """
    saved, q.mention = q.mention, f"{q.mention.split()[0]} {full}"
    try:
        if _resolve_indefinite_apposed(an, q, persons):
            return True
    finally:
        q.mention = saved
    ref = _titled_role(an, q.m_start, full) or _described_in_apposition(an, q.m_start, full)
    if ref is None:
        return False
    q.speaker, q.stype = ref, "person"
    persons.append((q.m_start, ref, _person_gender(an, ref)))
    return True


# "the CEO" for "Tom Vance, chief executive of Birch Mining,": the office spelled out
_ROLE_SPELLED = {
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "cao": "chief administrative officer",
}


def _resolve_spelled_role(an, q, persons):
    """Fill the speaker of "the CEO" with the last person described in apposition by
    the office spelled out ("Tom Vance, chief executive of Birch Mining,") in the 4000
    characters before it; False if none."""
    words = q.mention.lower().split()
    spelled = _ROLE_SPELLED.get(words[-1]) if len(words) == 2 and words[0] == "the" else None
    if spelled is None:
        return False
    ref = _described_in_apposition(an, q.m_start, spelled) or _spelled_role_before_name(
        an, q.m_start, spelled
    )
    if ref is None:
        return False
    q.speaker, q.stype = ref, "person"
    persons.append((q.m_start, ref, _person_gender(an, ref)))
    return True


@lru_cache(maxsize=64)
def _role_before_name_rx(spelled):
    """ "<spelled office>, <Name>," (compiled once per office)."""
    return re.compile(
        r"\b" + re.escape(spelled) + r",[ \t]+((?:" + _CAP_NAME_WORD + r"[ \t]+"
        r"(?:" + _NAME_PARTICLES_RX + r")?){1,3}" + _CAP_NAME_WORD + r")[ \t]*,"
    )


def _spelled_role_before_name(an, at, spelled, reach=4000):
    """The full name set off after the office spelled out in the ``reach`` characters
    before ``at`` ("The town's chief administrative officer, Graham Roe, said ... the
    CAO said": Graham Roe), the last one; None when there is none."""
    last = None
    for m in _role_before_name_rx(spelled).finditer(an.text, max(0, at - reach), at):
        last = m
    if last is None:
        return None
    cw = last.group(1).split()
    return an.canonical(cw) if len(cw) >= 2 else None


_OFFICE_ACRONYMS = frozenset(_lines("office_acronyms.txt"))  # "the CEO"

# "the clergyman", "the pastor": the person titled "Rev." (clergy_nouns.txt)
_CLERGY_NOUNS = frozenset(w for line in _lines("clergy_nouns.txt") for w in line.split())


def _resolve_titled_as(an, q, words, persons, reach=4000):
    """Fill the speaker of "the Crown prosecutor" (a capitalised modifier and an office
    noun) with the last person the ``reach`` characters before it title with the same
    two words ("Crown prosecutor Ann Vesey"); False if none (not "Florida Sen. Roe").
    """
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    if words[0] not in seg:
        return False  # (every match holds the first word as written: no pattern without it)
    found = None
    for m in re.finditer(
        rf"\b{re.escape(words[0])}[ \t]+{words[1]}[ \t]+({_NAME_RUN_RE.pattern})", seg
    ):
        found = m.group(1).split()
    return found is not None and _set_person(an, q, persons, found)


def _resolve_possessed_role(an, q, persons):
    """Fill the speaker of "his lawyer" / "her agent" (his or her, a person noun of
    the title list that is no office and no relative) with the person the article
    last titled so ("defence lawyer Jo Roe") within 4000 characters; False if none."""
    words = q.mention.split()
    if not (len(words) == 2 and words[0].lower() in ("his", "her") and words[1].isalpha()):
        return False
    head = words[1]
    if head not in _PERSON_NOUNS or head in _OFFICES or head in _KIN_GENDER:
        return False
    if head in ("friend", "friends", "boss", "assistant", "aide", "staff"):
        return False  # another person's friend or aide: not the one titled so
    ref = _resolve_office(an, q.m_start, head, frozenset())
    if ref is None:
        return False
    q.speaker, q.stype = ref, "person"
    persons.append((q.m_start, ref, _person_gender(an, ref)))
    return True


_NOT_BEFORE_POSITION = frozenset("the a an its their his her our this that".split())


@lru_cache(maxsize=1024)
def _position_re(w):
    """The pattern of a word, ``w`` and a capitalised name ("and third Ana Okafor"):
    compiled once per position word (the words are few; re's own cache is shared).

    >>> _position_re("third").search("When third Ana Okafor threw").group(2)
    'Ana Okafor'
    """
    return re.compile(
        r"([\w'’]+)[ \t]+" + re.escape(w) + r"[ \t]+((?:" + _CAP_NAME_WORD + r"[ \t]+){0,2}"
        + _CAP_NAME_WORD + r")\b(?![ \t]*[A-Z])"
    )  # fmt: skip


@lru_cache(maxsize=1024)
def _position_hint_re(w):
    """What every match of ``_position_re(w)`` holds, found from the literal word: a
    space or tab, ``w``, white space and a capital ("third Ana"). re scans for the
    literal; ``_position_re`` starts with a word run, which re tries at every character
    (a 4,000-character window per description, few of which name anyone so).

    >>> _position_hint_re("third").search("When third Ana Okafor threw").start()
    5
    >>> _position_hint_re("third").search("The third time, a third of them") is None
    True
    """
    e = re.escape(w)
    return re.compile(e + r"(?<=[ \t]" + e + r")[ \t]+[A-ZÀ-ÖØ-Þ]")


def _position_titled(an, q, persons, reach=4000):
    """Fill the speaker of "the third" / "the lead" / "the skip" (one lower-case word
    that is no title, person noun or kin noun of the lexicon: a position in a team) with
    the last person the ``reach`` characters before it, outside quotations, title with
    that word ("When third Okafor made a double takeout", "and lead Mia Roe"): a
    person by a listed given name, an earlier quote or a surname the article writes
    alone. Never after a determiner ("the second Trump administration"). False if none.
    """
    words = q.mention.split()
    if len(words) != 2 or not words[1].isalpha() or not words[1].islower():
        return False
    w = words[1]
    if w in an.lex.titles or w in _PERSON_NOUNS or w in _KIN_GENDER:
        return False
    lo, seg = _unquoted_before(an, q.m_start, reach)
    if w not in seg:
        return False  # (the cheap tests first)
    quoted = None
    found = None
    at = -1
    for m in _position_re(w).finditer(seg) if _position_hint_in(seg, w) else ():
        if m.group(1).lower() in _NOT_BEFORE_POSITION:
            continue
        cw = m.group(2).split()
        if quoted is None:
            quoted = {p[1] for p in persons}
        if (
            (len(cw) > 1 and cw[0].lower() in an.lex.gender)
            or an.canonical(cw) in quoted
            or cw[-1].lower() in an.by_last_multi
        ):
            found, at = cw, m.start()
    if w + "," in seg:  # "Her third, Ana Okafor-Lee, swept": a full name apposed
        for m in _POSITION_APPOSED_RE.finditer(seg):
            if m.group(1).lower() == w and m.start() > at:
                found, at = m.group(2).split(), m.start()
    return found is not None and _set_person(an, q, persons, found)


# "Her third, Ana Okafor-Lee," / "Roe's second, Mia Tran,": an owned one-word position
# and a full name of two or three capitalised words apposed to it (``_position_titled``)
_POSITION_APPOSED_RE = re.compile(
    r"(?:\b[Hh](?:is|er)|\b[Tt]heir|[a-z]['’]s)[ \t]+([a-z]+),[ \t]+((?:"
    + _CAP_NAME_WORD
    + r"[ \t]+){1,2}"
    + _CAP_NAME_WORD
    + r"),"
)


_SPOKES_FOR_CACHE: dict = {}


def _resolve_spokesperson_again(an, q, persons, reach=2000):
    """Make "the spokesperson" (spokesman, spokeswoman) the speaker the article last
    introduced as "a spokesperson for <Body>" in the ``reach`` characters before it,
    outside quotations ("A spokesperson for the Department of Roads confirmed ... No
    repairs were ordered, the spokesperson said"): the same description, so both rows
    name one speaker; False if none."""
    words = q.mention.lower().split()
    if len(words) != 2 or words[0] != "the" or not words[1].startswith("spokes"):
        return False
    lo = max(0, q.m_start - reach)
    seg = an.masked[lo : q.m_start] if an.masked is not None else an.text[lo : q.m_start]
    last = None
    for m in _SPOKES_FOR_RE.finditer(seg):
        last = m
    if last is None or last.group(1).lower() != words[1]:
        return False
    phrase = an.text[lo + last.start() : lo + last.end()]
    q.speaker = phrase[0].lower() + phrase[1:]
    return True


# "a spokesperson for the Department of Roads", "A spokesman for Acme Corp."
_SPOKES_FOR_RE = re.compile(
    r"(?<![\w'’])[Aa][ \t]+(spokes(?:person|man|woman))[ \t]+for[ \t]+(?:the[ \t]+)?"
    r"(?:(?:provincial|federal|municipal|regional|county|city|state)[ \t]+)?[A-Z][\w'’&.-]*(?:[ \t]+(?:of|and|for|the|[A-Z][\w'’&.-]*)){0,6}(?<![ \t.])"
)
