"""Roles of one mention: "the mayor", "the spokesperson", "a local resident" and other
described people resolved to the named holder (owned and possessed roles, spelled-out
roles, positions, legislators, places of origin).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .._tokens import default_stopwords as _stopwords
from .antecedents import (
    _CAP_NAME_WORD,
    _INITIALS_RE,
    _NAME_RUN_RE,
    _company_name,
    _is_company,
    _resolve_he_she,
    _set_person,
    _unquoted_before,
)
from .appositions import (
    _predicate_role_last,
    _resolve_apposed,
    _resolve_apposed_who,
    _resolve_indefinite_apposed,
)
from .blocks import MASK
from .documents import _owned_document
from .groups import (
    _THE_HEAD_RE,
    _quantified_group,
    _resolve_demonym,
    _resolve_family_pair,
    _resolve_lede_who_again,
    _resolve_lede_who_named_next,
    _resolve_pair,
    _resolve_plural_role,
    _titled_role,
)
from .kin import (
    _KIN_GENDER,
    _NAME_RUN,
    _PARAGRAPH_BREAK_RE,
    _resolve_aged,
    _resolve_child,
    _resolve_comparative_age,
    _resolve_kin_inverse,
    _resolve_kin_inverse_possessive,
    _resolve_kin_named_before,
    _resolve_kin_of_subject,
    _resolve_kin_possessor,
    _resolve_kin_predicated,
    _resolve_parent_of_child,
    _resolve_spouse,
    _resolve_unaged,
)
from .ledes import (
    _BUSINESS_KINDS,
    _BUSINESS_PERSON_HEADS,
    _DESCRIPTION_HEADS,
    _GENERIC_PERSON_NOUNS,
    _JOB_NOUNS,
    _LEADER_APPOSITION_RE,
    _NAME_PARTICLES_RX,
    _ORG_HEADS,
    _PERSON_NOUNS,
    _ROLE_CUES,
    _builder_introduced,
    _described_in_apposition,
    _described_rx,
    _introduced_as,
    _last_apposed,
    _leader_apposed_next,
    _office_named_later,
    _resolve_described_named_next,
    _resolve_described_named_same_paragraph,
    _resolve_head_named_next,
    _resolve_kin_full_named_next,
    _resolve_kin_named_later,
    _resolve_lede_local_named_next,
    _resolve_lede_role_plain_next,
    _resolve_lede_role_said_next,
    _resolve_named_next,
    _resolve_who_leads_named_next,
)
from .lexicon import _DETS, _PRONOUNS, _QUANT_SUBJ, _SENT_START_STOP, COMPANY_SUFFIXES, _lines
from .mentions import (
    _ALL,
    _HONORIFIC_GENDER,
    _PARTICLES,
    _SUBJ,
    _WHO_AFTER_RE,
    _office_name_words,
    _surname_word,
    _title_of_before,
)
from .names import (
    _EMPTY_MENTION,
    _ROLE_NO_FALLBACK,
    _mention_info,
    _person_evidence,
    _person_like,
    _split_glitch,
    _strip_possessive,
    parse_person_name,
    underwriter,
)
from .orgs import (
    _IN_FOCUS_RE,
    _MUNICIPAL_MENTIONS,
    _company_of,
    _family_pair_named,
    _in_focus_breaks,
    _inside_org_name,
    _is_org_reference,
    _job_then_full_name,
    _local_speaker,
    _municipal_spokesperson,
    _nearest_org_at,
    _one_org_name,
    _one_word_org,
    _org_opens_next,
    _other_name_between,
    _owner_name,
    _police_force,
    _resolve_described_body,
    _resolve_described_by_deed,
    _resolve_municipal,
    _resolve_org,
    _resolve_spokes_of_body,
)
from .phrases import _COMPOUND_TITLE_WORDS, _HEAD_PREPS, _lower_noun, non_speaker_nouns
from .pronouns import (
    _office_subject,
    _prior_subject,
    _recent_subject,
    _resolve_pronoun,
    _subject_holding,
    _subject_over_distant_title,
    _title_noun_gender,
    newcomer_description_before,
)
from .titles import (
    _HONORIFICS,
    _OFFICES,
    _person_gender,
    _resolve_office,
    _role_status,
    _sitting_president,
    _titled_person,
)
from .usage import _COUNTRIES, _never_a_person
from .wordscan import _indefinite_head_in, _position_hint_in


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
# per cent"): phrases._counted_group_start, resources/quantity_leads.txt
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
# and Tom Vale"; "Ann Roe, 54, and Tom Vale"): phrases._aside_coordinated_start
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


def _resolve_name_list(an, q, groups, persons=()):
    """Fill the speaker of "Smith and Jones said" (a group of names); False when the
    mention is no such list."""
    mention = q.mention
    if " and " not in mention or not mention[:1].isupper() or _is_company(mention):
        return False  # (not "Dillon Read and Co Inc said")
    first = mention.split(None, 2)
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
                ref = _subject_over_distant_title(an, q, ref, persons) or ref
        if ref is None and head not in _ROLE_NO_FALLBACK and not status:
            ref = _office_subject(an, q, persons)
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
    ref = _subject_holding(an, q, head, status, persons)  # (Coun. Roe ... Roe was ...)
    if ref is None and head in ("doctor", "physician") and not status:
        ref = _nearest_of_two_doctors(an, q.m_start)
    if ref is None:
        ref = _resolve_office(an, q.m_start, head, status)
    if ref is None and head in ("doctor", "physician"):
        ref = _resolve_office(an, q.m_start, "dr", status)  # "Dr. Ann Roe ... the doctor"
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


def _role_apposed_before(an, canon, hi, rx, reach=3000):
    """Is the person ``canon`` introduced, within ``reach`` characters before ``hi``, by a
    preposed apposition holding a cue of ``rx`` ("Its chief operating officer, Sandra
    Roe, said ..." ... "A, the executive said": Roe)? The role comes before the name,
    where ``_introduced_as`` looks after it."""
    for pos, cw, _g, _info in an.by_last.get(canon.split()[-1].lower(), ()):
        if not (hi - reach <= pos < hi) or an.canonical(cw) != canon:
            continue
        m = _PREPOSED_ROLE_RE.search(an.text, max(0, pos - 90), pos)
        if m is not None and rx.search(m.group("role")):
            return True
    return False


_ROLE_INITIALISMS = {"GM": "general manager"}


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


def _resolve_titled_as(an, q, words, persons, reach=4000):
    """Fill the speaker of "the Crown prosecutor" (a capitalised modifier and an office
    noun) with the last person the ``reach`` characters before it title with the same
    two words ("Crown prosecutor Ann Vesey"); False if none (not "Florida Sen. Roe").
    """
    _lo, seg = _unquoted_before(an, q.m_start, reach)
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
    if w not in seg or not _position_hint_in(seg, w):
        return False  # (the cheap tests first)
    quoted = None
    found = None
    for m in _position_re(w).finditer(seg):
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
            found = cw
    return found is not None and _set_person(an, q, persons, found)


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


# "the MP", "the Montreal MP", "the Liberal MLA": a Canadian legislator's initialism
_LEGISLATOR_MENTION_RE = re.compile(r"[Tt]he[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,2}(MP|MLA|MPP|MNA)")


_LEGISLATOR_INITIALS = ("MP", "MLA", "MPP", "MNA")


_LEGISLATOR_TITLE = {"MP": "member of Parliament", "MLA": "member of the Legislative Assembly"}


def _resolve_legislator(an, q, persons, reach=1200):
    """Fill the speaker of "the MP" / "the Montreal MP" (MP, MLA, MPP or MNA, up to two
    capitalised modifiers) with the person a "he" or "she" there would name, named in the
    same or the previous paragraph ("NDP critic Lise Tran said ... . '...,' the Montreal
    MP said"), else with the last person titled so ("Conservative MP Jo Roe", "Jo Roe,
    the riding's member of Parliament") in the ``reach`` characters before it; False if
    none.

    >>> import pandas as pd, analysis
    >>> text = 'NDP critic Lise Tran spoke. "It is late," the Montreal MP said.'
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker[0]
    'Lise Tran'
    """
    m = _LEGISLATOR_MENTION_RE.fullmatch(q.mention)
    if m is None:
        return False
    ref = _resolve_he_she(an, q, "i", persons)
    if (
        ref is not None
        and ref[1].split()[-1].rstrip("s") not in _LEGISLATOR_INITIALS  # ("Liberal MPs")
        and q.m_start - ref[0] <= reach
        and len(_PARAGRAPH_BREAK_RE.findall(an.text, ref[0], q.m_start)) <= 1
    ):
        q.speaker, q.stype = ref[1], "person"
        persons.append((q.m_start, ref[1], None))
        return True
    init = m.group(1)
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    found = None
    title = _LEGISLATOR_TITLE.get(init, init)
    for t in re.finditer(
        rf"\b{init}[ \t]+({_NAME_RUN_RE.pattern})|({_NAME_RUN_RE.pattern}),[^,.;\n]{{0,40}}\b"
        rf"(?:{init}|{title})\b",
        seg,
    ):
        found = (t.group(1) or t.group(2)).split()
    return found is not None and _set_person(an, q, persons, found)


def _resolve_from_place(an, q, persons, reach=4000):
    """Fill the speaker of "the senator from Maine" / "the MP from Ajax" (the, an office
    or person noun, from, a capitalised place) with the one person titled so whom the
    ``reach`` characters before it name with that place ("Sen. Ann Roe of Maine",
    "Maine Sen. Ann Roe"); when none, with the subject of the sentence before if the
    article titled her so ("Sen. Ann Roe voted no. '...,' the senator from Maine
    said"); the MP goes as "the Ajax MP" would (``_resolve_legislator``); False if none.

    >>> bool(_FROM_PLACE_RE.fullmatch("the senator from New Hampshire"))
    True
    """
    m = _FROM_PLACE_RE.fullmatch(q.mention)
    if m is None:
        return False
    noun, prep, place = m.groups()
    if noun in _LEGISLATOR_INITIALS:
        saved, q.mention = q.mention, f"the {place} {noun}"
        try:
            return _resolve_legislator(an, q, persons)
        finally:
            q.mention = saved
    if prep == "for" or noun not in _PERSON_NOUNS:
        return False  # ("the spokesman for Acme": the rules for organizations)
    return _resolve_from_place_titled(an, q, persons, noun, place, reach)


def _from_place_description(q):
    """Give "the MP from Ajax" / "the coach from Moncton" that no rule resolved its
    description as the speaker (anonymous), so that the name rules never make the
    place ("Ajax", "Moncton") who spoke; False for other mentions.

    >>> q = type("Q", (), {"mention": "The coach from Moncton"})()
    >>> _from_place_description(q), q.speaker, q.stype
    (True, 'the coach from Moncton', 'anonymous')
    """
    m = _FROM_PLACE_RE.fullmatch(q.mention)
    if m is None or not (m.group(1) in _LEGISLATOR_INITIALS or m.group(1) in _PERSON_NOUNS):
        return False
    q.speaker, q.stype = "t" + q.mention[1:], "anonymous"
    return True


def _resolve_from_place_titled(an, q, persons, noun, place, reach):
    """The person search of ``_resolve_from_place`` for the description's ``noun`` and
    ``place``: fills the speaker and returns True when exactly one is found."""
    lo = max(0, q.m_start - reach)
    found = set()
    pl = re.escape(place)
    place_after = re.compile(rf"[ \t]*,?[ \t]*(?:\(|of[ \t]+|from[ \t]+)?(?:[A-Z]-)?{pl}\b")
    # (the place first, its \b in a look-behind after it: re scans for the literal, not
    # every character of the window, once per name; only whether it matches is asked)
    place_before = re.compile(rf"{pl}(?<=\b{pl})(?:['’]s)?[ \t]+(?:[A-Z][\w.]*[ \t]+){{1,3}}\Z")
    for pos, cw, _g, info in an.names[bisect.bisect_left(an.positions(), lo) :]:
        if pos >= q.m_start:
            break
        end = an.text.find(cw[-1], pos, pos + 80) + len(cw[-1])
        if (  # ("Sen. Ann Roe of Maine", "Ann Roe (R-Maine)", "Maine Sen. Ann Roe")
            place_after.match(an.text, end, end + 60) or place_before.search(an.text, lo, pos)
        ) and _titled_person(an, pos, cw, info, noun, frozenset()):
            found.add(an.canonical(cw))
    if not found and (sub := _prior_subject(an, q, persons)) is not None:
        for pos, cw, _g, info in an.by_last.get(sub[1].split()[-1].lower(), ()):
            if pos <= sub[0] and _titled_person(an, pos, cw, info, noun, frozenset()):
                found.add(an.canonical(cw))  # (the subject just before, titled so)
    if len(found) != 1:
        return False
    ref = found.pop()
    q.speaker, q.stype = ref, "person"
    persons.append((q.m_start, ref, _person_gender(an, ref)))
    return True


# "the senator from Maine", "the Liberal MP for Ajax", "the councillor from Ward 5"
_FROM_PLACE_RE = re.compile(
    r"[Tt]he[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?([a-z]+|MP|MLA|MPP|MNA)[ \t]+(from|for)[ \t]+"
    r"((?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*(?:[ \t]+\d{1,3})?)"
)


_NAMED_OFFICE_RE = re.compile(
    r"((?:" + _CAP_NAME_WORD + r"[ \t]+){0,2}" + _CAP_NAME_WORD + r")['’]s[ \t]+office\b"
)


def _resolve_person_office(an, q, persons, reach=800):
    """Fill the speaker of "her office" / "his office" with the person a "she" / "he"
    there would name, and of "the office" with the person whose office ("Jo Roe's
    office", "Roe's office") the ``reach`` characters before it name last: an office
    speaks for its holder; False if none.

    >>> import pandas as pd, analysis
    >>> text = 'Sen. Jo Roe spoke. A vote may come soon, Roe’s office said. No change is planned, the office added.'
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()[1]
    'Jo Roe'
    """
    lm = q.mention.lower()
    if lm in ("his office", "her office"):
        ref = _resolve_he_she(
            an, q, lm.split()[0].replace("his", "he").replace("her", "she"), persons
        )
        if ref is None or q.m_start - ref[0] > reach:
            return False
        q.speaker, q.stype = ref[1], "person"
        persons.append((q.m_start, ref[1], None))
        return True
    if lm != "the office":
        return False
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    found = None
    for m in _NAMED_OFFICE_RE.finditer(seg):
        found = m.group(1).split()
    return found is not None and _set_person(an, q, persons, found)


# a description's modifiers as an apposition or a lead may write them: lower-case words,
# capitalised places ("Calgary"), ages and spans ("12-year")
_DESC_MOD = r"(?:[A-Za-z0-9][\w'’-]*[ \t]+)"


# "the retiree": the word an apposition writes for it ("a retired machinist")
_HEAD_FORMS = dict(line.split("\t", 1) for line in _lines("description_head_forms.txt"))


# endings of a noun for a person that name no thing (not "agreement", "mandate")
_PERSON_ENDS_NO_THING = ("er", "or", "ist", "ian", "man", "woman")


# "<Name>, (29,) a/an/the/<Name>'s <modifiers>" right before a description's head ("Ann
# Roe, a 12-year veteran", "Luc Roe, Marc's younger brother"), or "<Name>, " before
# "<head> of" ("Ann Roe, owner of ...")
_LINK_BEFORE_HEAD_RE = re.compile(
    r"(?<![\w'’-])" + _NAME_RUN + r",[ \t]+(?:\d+,[ \t]+)?(?:(a|an|the|[A-Z][\w-]*['’]s)[ \t]+" + _DESC_MOD
    + r"{0,3})?\Z"
)  # fmt: skip


# "<head> (<noun>) <Name>" after a description's head ("veteran forward Ann Roe")
_NAME_AFTER_HEAD_RE = re.compile(
    r"[ \t]+(?:[a-z][\w-]*[ \t]+)?((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}" + _CAP_NAME_WORD
    + r")\b"
)  # fmt: skip


def _resolve_head_link(an, q, persons, reach=4000):
    """Fill the speaker of "the veteran", "the Calgary native", "the newcomer" with the
    person the ``reach`` characters before it, outside quotations, describe so: in
    apposition ("Ann Roe, a 12-year veteran,", "Ann Roe, a Calgary native,") or before
    the name ("veteran forward Ann Roe", "Calgary native Ann Roe"), the later one; the
    mention's modifiers written there too. Nobody is guessed: False if none.

    >>> import pandas as pd, analysis
    >>> text = 'Ann Roe, a 12-year veteran, scored. "We won," the veteran said.'
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker[0]
    'Ann Roe'
    """
    words = q.mention.split()
    if not (2 <= len(words) <= 4 and words[0] in ("the", "The")):
        return False
    head, mods = words[-1], words[1:-1]
    if not head.replace("-", "").isalpha():
        return False
    cap = not head.islower()
    if cap:
        # a capitalised noun for a person ("the Olympian", "the Texan" after "Ann Roe,
        # a three-time Olympian,"), linked by an apposition only (not "the Vatican",
        # "the Interior" to "Vatican spokesman Ann Roe", "Interior Secretary Ann Roe")
        if not (
            head[1:].islower()
            and head.endswith("an")
            and head not in an.lex.place_names
            and head not in an.lex.place_words
            and head not in an.lex.org_words
        ):
            return False
    elif head in _PERSON_NOUNS:
        if head in _OFFICES or _role_status(q.mention)[1]:
            return False  # (an office, "the former pollster": ``_resolve_described``'s)
    elif (
        head not in _DESCRIPTION_HEADS
        and an.lex.nouns.get(head) != "anonymous"
        and (
            head in an.lex.nouns
            or head in _ORG_HEADS
            or head in non_speaker_nouns()
            or not head.split("-")[-1].endswith(_PERSON_ENDS_NO_THING)
        )
    ):  # ("the co-owner", "the homeowner": a noun for a person)
        return False  # (a noun for a person: not "the lawsuit", "the campaign")
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    if _head_link_in(an, q, persons, seg, head, mods, cap):
        return True
    form = _HEAD_FORMS.get(head)  # ("the retiree": "Ann Roe, a retired machinist")
    return form is not None and _head_link_in(an, q, persons, seg, form, mods, cap)


def _head_link_in(an, q, persons, seg, head, mods, cap):
    """``_resolve_head_link``'s search of ``seg`` for a link of the word ``head``
    (the last one first): fills the speaker and returns True when one names a person."""
    low, i, n = seg.lower(), len(seg), len(head)
    while (i := low.rfind(head.lower(), 0, i)) >= 0:  # (the last link first, around each head)
        if low[i + n : i + n + 1].isalnum() or low[i + n : i + n + 1] == "-":
            continue
        m = None
        if cap and seg[i + n : i + n + 1] in ("'", "’"):
            continue  # ("Ann Roe, the Vatican's envoy")
        if seg.startswith(head, i) and seg[i - 1 : i] in " \t":
            m = _LINK_BEFORE_HEAD_RE.search(seg, max(0, i - 160), i)
            if m is not None and m.group(2) is None and not low.startswith(" of ", i + n):
                m = None  # (no article: "Ann Roe, owner of ...")
            at, end = (m.start(), i + n) if m is not None else (0, 0)
        if m is None and not cap and not (i and (seg[i - 1].isalnum() or seg[i - 1] in "-'’")):
            m = _NAME_AFTER_HEAD_RE.match(seg, i + n)
            at, end = max(0, i - 40), (m.end() if m is not None else 0)  # ("Calgary native Ann")
        if m is None:
            continue
        cw = m.group(1).split()
        if cw[0].lower() in _SENT_START_STOP:
            cw = cw[1:]
        between = seg[i + n : m.start(1)].split()
        if (
            len(cw) < 2
            or cw[-1].endswith(("'s", "’s"))  # ("agreement with Texas Air Corp's unit")
            or (between and between[0].lower() in _stopwords())
            or not _person_like(cw, an.lex, an.by_last_multi, "?")
            or " ".join(cw) in an.lex.place_names
        ):
            continue  # (no organisation, place or time: "veteran Liberal Party")
        span = low[at:end].split()
        if all(w.lower() in span for w in mods):
            return _set_person(an, q, persons, cw)
    return False


# "the outgoing mayor" is still the mayor the article titles plainly ("Mayor Glen Roe");
# "the outgoing/former mayor" is never the person who "was elected" or "became" mayor
_OUTGOING = frozenset(["outgoing"])


@lru_cache(maxsize=64)
def _retired_rx(role):
    """ "<Name>, (81,) a <role> who retired" / "<Name>, (81,) who retired as a <role>"
    for ``_retired_in_apposition``."""
    return re.compile(
        r"\b((?:" + _CAP_NAME_WORD + r"[ \t]+){0,2}" + _CAP_NAME_WORD + r"),[ \t]+(?:\d+,[ \t]+)?"
        r"(?:(?:a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}" + re.escape(role) + r"[ \t]+who"
        r"[ \t]+(?:has[ \t]+|had[ \t]+)?retired\b|who[ \t]+(?:has[ \t]+|had[ \t]+)?retired"
        r"[ \t]+as[ \t]+(?:a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}" + re.escape(role) + r"\b)"
    )


@lru_cache(maxsize=256)
def _relative_role_rx(role):
    """ "<Name>, (61,) (a / the ... ) who has been / is / serves as a ... <role>" for
    ``_role_in_relative_clause``."""
    return re.compile(
        r"\b((?:"
        + _CAP_NAME_WORD
        + r"[ \t]+"
        + _NAME_PARTICLES_RX
        + r"){0,2}"
        + _CAP_NAME_WORD
        + r"),[ \t]+(?:\d{1,3},[ \t]+)?(?:(?:a|an|the)[ \t]+[^,.;:“”\"\n]{1,80}?[ \t]+)?who[ \t]+"
        r"(?:has[ \t]+been|had[ \t]+been|is|was|has[ \t]+served[ \t]+as|served[ \t]+as|serves[ \t]+as"
        r"|works[ \t]+as)[ \t]+(?:(?:a|an|the|its|their)[ \t]+)?(?:[a-z][\w’'-]*[ \t]+){0,3}?"
        + re.escape(role)
        + r"\b(?![’'-])"
    )


def _role_in_relative_clause(an, at, role, reach=4000):
    """Canonical name of the last person the ``reach`` characters before ``at``
    describe as ``role`` in a relative clause of their apposition, outside quotations
    ("Al Roe, a retired principal who has been a trustee for nine years," for "the
    trustee"), or None.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Al Roe, a retired principal who has been a trustee since 2016, voted no. The trustee"
    >>> an = _ArticleNames(t, [(0, 72), (73, len(t))], lexicon(), None)
    >>> _role_in_relative_clause(an, 73, "trustee")
    'Al Roe'
    """
    return _last_apposed(an, at, reach, role, "who", _relative_role_rx)


def _role_fallback(an, q, role, persons):
    """The person last titled ``role`` (loosely), else the last quoted person or the
    last sentence subject (for "the candidate", "the businessman")."""
    ref = _titled_role(an, q.m_start, role)
    if ref is None:
        ref = _described_in_apposition(an, q.m_start, role)
    if ref is None and role in _ROLE_NO_FALLBACK:
        pass  # "the spokesman" is not whoever was quoted last
    elif ref is None:
        ref = _recent_subject(an, q, persons)  # "Trump is here. The businessman said"
        for _pos, canon, _g in reversed(persons if ref is None else ()):
            if _holds_office(an, canon, q.m_start):
                continue  # "press secretary Ari Lee": not "the businessman"
            ref = canon
            break
        if ref is None:
            an.antecedents()
            sub = an.pick(_SUBJ, q.m_start, "?", 3000)
            ref = sub[1] if sub else None
            if ref is not None and " " not in ref and _one_word_org(an, ref) is not None:
                ref = None  # "Zintor said ... The candidate said": not the company
    return ref


def _holds_office(an, canon, at):
    """Is the person ``canon`` titled with an office noun before ``at`` ("Mayor Jo
    Ray", "press secretary Jo Ray", "Jo Ray, the former press secretary"): then a
    description of another kind ("the businessman") is someone else?"""
    text = an.text
    for pos, cw, _g, info in an.by_last.get(canon.split()[-1].lower(), ()):
        if pos >= at:
            break
        if not _OFFICES.isdisjoint(an.title_words(pos, info[2])):
            return True
        end = text.find(cw[-1], pos) + len(cw[-1])
        if _OFFICE_APPOSITION_RE.match(text, end, min(at, end + 70)) is not None:
            return True
    return False


# an apposition after a name that ends in an office noun: ", the former press secretary"
_OFFICE_APPOSITION_RE = re.compile(
    r",[ \t]+(?!(?:who|which|whose|whom|where|when)\b)(?:[\w’'.-]+[ \t]+){0,5}?(?:"
    + "|".join(sorted(_OFFICES))
    + r")\b"
)


# lower-case role words before a company's name ("lead manager Kell Securities Ltd",
# "Lead manager ...", "co-manager ..."): the company is the speaker
_ROLE_BEFORE_COMPANY_RE = re.compile(
    r"(?:[Ll]ead[ \t]+|[Cc]o-lead[ \t]+)?[a-z][\w-]*[ \t]+([A-Z].*)\Z"
)


def _shared_surname(an, canon):
    """Does the full name ``canon`` share its surname with another full name in the
    article ("Catriona MacIsaac" and "Angus MacIsaac")? Then the surname's gender is no
    evidence of this person's."""
    ws = canon.split()
    if len(ws) < 2:
        return False
    got = an.title_cache.get(("shared", ws[-1].lower()))
    if got is None:  # (once per surname, not once per quote)
        full = {e[3][5] for e in an.by_last.get(ws[-1].lower(), ()) if len(e[1]) > 1}
        got = an.title_cache[("shared", ws[-1].lower())] = len(full) > 1
    return got


# "Mary Kay Roe, 79, who everyone calls Auntie Kay," / "John Roe, known as Jack,":
# the name the person goes by
# (two patterns, each with a literal first word that ``re`` finds fast, rather than one
# alternation tried at every "w" and "k": their matches never overlap -- a match of one
# holds no lower-case "known as" / "who ... calls" of the other -- so the two lists
# merged in text order are the matches of the alternation; tested)
_GOES_BY_WHO_RE = re.compile(
    r"(?:who|whom)[ \t]+(?:everyone|everybody|people|friends|family|locals|colleagues)"
    r"(?:[ \t]+here)?[ \t]+(?:calls|called|knows[ \t]+as|knew[ \t]+as)"
    r"[ \t]+[\"“]?([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?)[\"”]?(?=[ \t]*[,.;—–)])"
)


_GOES_BY_KNOWN_RE = re.compile(
    r"known[ \t]+(?:to[ \t]+(?:everyone|friends|family)[ \t]+)?as"
    r"[ \t]+[\"“]?([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?)[\"”]?(?=[ \t]*[,.;—–)])"
)


# ... and the name right before it ("Mary Kay Roe, 79, who", "John Roe, better known as")
_GOES_BY_NAME_RE = re.compile(
    r"(" + _NAME_RUN_RE.pattern + r")(?:,[ \t]+\d{1,3})?(?:,|[ \t]+[—–])[ \t]+(?:better[ \t]+)?\Z"
)


def _goes_by_hits(text):
    """(start, name) of each "who everyone calls <Name>" / "known as <Name>" in ``text``,
    in text order.

    >>> _goes_by_hits("Al Roe, known as Bud, met Jo Lee, who everyone calls Jojo.")
    [(8, 'Bud'), (34, 'Jojo')]
    """
    hits = [(m.start(), m.group(1)) for m in _GOES_BY_WHO_RE.finditer(text)]
    hits.extend((m.start(), m.group(1)) for m in _GOES_BY_KNOWN_RE.finditer(text))
    hits.sort()
    return hits


def _nickname_of(an, word):
    """The full name of the person the article calls ``word``, a nickname written
    between given name and surname ('Darragh "Dutchie" Keough') or given after the
    name ("Mary Roe, who everyone calls Auntie Kay,"), or None.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = 'Ann Ryan won. Dutch said so. Ona Lee, who everyone calls Nonny, agreed.'
    >>> an = _ArticleNames(t, [(0, 13), (14, 28), (29, len(t))], lexicon(), None)
    >>> an.nicknames = {"Dutch": ("Ann", "Ryan")}
    >>> _nickname_of(an, "Dutch"), _nickname_of(an, "Nonny"), _nickname_of(an, "Ann")
    ('Ann Ryan', 'Ona Lee', None)
    """
    pair = an.nicknames.get(word) if an.nicknames else None
    if pair is None:
        goes_by = an.__dict__.get("goes_by")
        if goes_by is None:
            goes_by = an.goes_by = {}
            text = an.text
            if " calls " in text or " called " in text or "known " in text:
                for at, name in _goes_by_hits(text):
                    n = _GOES_BY_NAME_RE.search(text, max(0, at - 80), at)
                    if n is not None:
                        goes_by.setdefault(name, n.group(1).split())
        pair = goes_by.get(word)
        if pair is None:
            return None
    full = an.canonical(list(pair))
    return full if " " in full and full != word else None


def _resolve_named(an, q, minfo, persons, groups):
    """Fill the speaker of a person's name (its fullest form in the article) or of a
    description (kept as written, typed)."""
    typ, h = minfo[2]
    if h is not None:
        typ = "group" if h not in an.by_last else "person"
    if typ == "person" and _local_speaker(an, q, groups):
        return  # "Local 212 said": the union, never a person named Local
    if typ == "person" and _owned_document(an, q, persons):
        return  # "Schlafly’s Final Column Explains": Phyllis Schlafly's words
    if typ == "person":
        run = minfo[3]
        if not run and _surname_word(an, q.mention):
            run = (q.mention,)  # '"...," From said' after "Ann From": a surname, no word
        elif not run and q.mention in ("From", "Will", "Can"):
            q.speaker, q.stype = None, "unknown"  # no one the article names so: dropped
            return
        if not run:
            q.speaker, q.stype = q.mention, "unknown"
            return
        if _inside_org_name(an, q, run):
            return
        if len(run) == 1 and (owned := _owner_name(an, q.mention, run[0])) is not None:
            q.speaker, q.stype = owned  # "Domino's Pizza said": no person named Pizza
            if owned[1] == "organization":
                groups.append((q.m_start, owned[0], "organization"))
            return
        hon = _HONORIFIC_GENDER.get(q.mention.split()[0].lower().rstrip("."))  # "Mrs. Lee"
        canon = (
            (hon and len(run) == 1 and an.namesake(run[0], hon, q.m_start))
            or (not hon and len(run) == 1 and an.recent_namesake(run[0], q.m_start))
            or an.canonical(run, hon)
        )
        g = hon or an.gender_of.get(canon.lower())
        if g is None and not _shared_surname(an, canon):
            g = an.gender_of.get(run[-1].lower())
        if g is None and len(run) > 1:
            g = an.lex.gender.get(run[0].lower())
        if g is None and (g := _title_noun_gender(q.mention, run)) is not None:
            # "spokeswoman Wu Lan": never a later "he"
            an.gender_of.setdefault(run[-1].lower(), g)
            an.pronoun_gender.setdefault(canon, g)
        if (
            g is None
            and canon in _COUNTRIES
            and _strip_possessive(re.sub(r"^[Tt]he ", "", q.mention)) == canon
            and not any(len(e[1]) > 1 and e[1][0] == canon for e in an.names)
        ):  # (not "Georgia Lee ... Georgia said": a person's given name)
            q.speaker, q.stype = canon, "organization"  # "Iran said": its government
            return  # (no antecedent of "he" nor, as before, of "they")
        if g is None and " " not in canon and (org := _one_word_org(an, canon)) is not None:
            q.speaker, q.stype = org, "organization"  # "Zintor said" in a story on Zintor Corp
            groups.append((q.m_start, org, "organization"))
            return
        if g is None and " " in canon and (org := _company_of(an, canon)) is not None:
            q.speaker, q.stype = org, "organization"  # "Zintor Energy said": Zintor Energy Corp
            groups.append((q.m_start, org, "organization"))
            return
        if canon == q.mention and (nick := _nickname_of(an, canon)):
            canon = nick  # 'Darragh "Dutchie" Keough' ... "Dutchie said": Keough
            g = g or an.gender_of.get(canon.lower())
        q.speaker = canon
        q.stype = "person"
        # a lone capitalised word with no person-like evidence ("Nazi sympathizers",
        # "Final Column") is kept as the speaker but never attracts he/she
        if _person_evidence(run, g, an.text[q.m_end : q.m_end + 30], an.lex):
            persons.append((q.m_start, canon, g))
        return
    desc = q.mention
    if desc[:1].isupper() and desc.split()[0].lower() in _DETS:
        desc = desc[0].lower() + desc[1:]
    elif (m := _ROLE_BEFORE_COMPANY_RE.match(desc)) is not None and (
        _is_company(desc)
        or (" " in m.group(1) and m.group(1) in an.lex.org_words and desc.split()[0] not in _DETS)
    ):
        desc, typ = m.group(1), "organization"  # "lead manager Kell Securities Ltd"
    elif desc[:1].isupper() and _is_company(desc):
        desc, typ = _company_name(an.text, q.m_start, desc), "organization"  # "Sony (U.K.) Ltd"
    q.speaker = desc
    q.stype = typ
    if typ in ("group", "organization"):
        groups.append((q.m_start, desc, typ))


# a two-part role title in apposition to a full name or right before it ("The team's
# teacher-coach, Graham McKinnon,", "player-coach Ann Roe")
_HYPHEN_ROLE_NAME_RE = re.compile(
    r"(?<![\w'’-])([a-z]+)-([a-z]+),?[ \t]+((?:[A-Z][\w'’-]+[ \t]+){1,3}[A-Z][\w'’-]+)(?=[,.;])"
)


def _hyphenated_role_named(an, quotes, reach=4000):
    """Give a description that no rule named ("the coach", "the physics teacher") the
    one person the article titled, in the ``reach`` characters before it, with a
    two-part role that has its head as a part ("The team's teacher-coach, Graham
    McKinnon, said ... '...,' the coach said" -> Graham McKinnon)."""
    todo = [
        q
        for q in quotes
        if (q.speaker or "")[:4] in ("the ", "The ")
        and q.speaker == q.mention
        and q.speaker[4:].replace(" ", "").isalpha()
        and q.speaker[4:].islower()
    ]
    heads = {q.speaker.split()[-1] for q in todo}
    heads = {h for h in heads if h in _PERSON_NOUNS or h in _ROLE_CUES}
    if not any(f"{h}-" in an.text or f"-{h}" in an.text for h in heads):
        return  # (no "<head>-" or "-<head>" in the text: no two-part role to find)
    found = [
        (m.start(), {m.group(1), m.group(2)}, m.group(3))
        for m in _HYPHEN_ROLE_NAME_RE.finditer(an.text)
    ]
    for q in todo:
        head = q.speaker.split()[-1]
        if head not in _PERSON_NOUNS and head not in _ROLE_CUES:
            continue
        names = {n for pos, parts, n in found if head in parts and 0 < q.m_start - pos <= reach}
        if len(names) == 1:
            q.speaker, q.stype = names.pop(), "person"


def _spokesperson_quoted_before(quotes, reach=2000):
    """Give "the spokesperson" (spokesman, spokeswoman) that no rule named the speaker
    of the statement, within ``reach`` characters before, whose mention introduced
    "a spokesperson for ..." ("..., a spokesperson for the division said. ..., the
    spokesperson said": both the division's)."""
    for k, q in enumerate(quotes):
        words = (q.speaker or "").lower().split()
        if len(words) != 2 or words[0] != "the" or not words[1].startswith("spokes"):
            continue
        for p in reversed(quotes[:k]):
            if q.m_start - p.m_start > reach:
                break
            pm = (p.mention or "").lower().split()
            if (
                len(pm) >= 4
                and pm[0] in ("a", "an")
                and pm[1] == words[1]
                and pm[2] in ("for", "of")
            ):
                if p.speaker:
                    q.speaker, q.stype = p.speaker, p.stype
                break


# "the director of public works" -> "the director": a role without its field
_OF_FIELD_RE = re.compile(
    r"\A(the[ \t]+(?:[a-z-]+[ \t]+){0,2}?[a-z-]+)[ \t]+of[ \t]+[a-z][a-z \t-]*\Z"
)


def _same_role_without_field(quotes):
    """Give "the director" left unresolved the one person "the director of public
    works" (the same role with its field) was resolved to before it in the article;
    nothing when several people held such a description."""
    seen: dict = {}
    for q in quotes:
        lm = (q.mention or "").lower()
        if not q.speaker or not lm.startswith("the "):
            continue
        m = _OF_FIELD_RE.match(lm)
        if m is not None and q.speaker.lower() != lm and q.stype == "person":
            seen.setdefault(m.group(1), set()).add(q.speaker)
        elif q.speaker.lower() == lm and len(got := seen.get(lm, ())) == 1:
            q.speaker, q.stype = next(iter(got)), "person"


def _office_of_name(an, q, persons):
    """Fill the speaker of "the Exchequer Nigel Lawson" written after "Chancellor of"
    (an office, then the person's given name and surname) with the person; False when
    the mention is no such office and name."""
    words = q.mention.split()
    if len(words) < 4 or not all(w[:1].isupper() for w in words[1:]):
        return False
    if not _title_of_before(an.text, max(0, q.m_start - 30), q.m_start, an.lex):
        return False
    run = [w.removesuffix("'s").removesuffix("’s") for w in words[-2:]]
    lex = an.lex
    if not _office_name_words(run, lex):
        return False  # "Secretary of the Treasury Department"
    canon = an.canonical(run)
    g = an.gender_of.get(canon.lower()) or lex.gender.get(run[0].lower())
    q.speaker, q.stype = canon, "person"
    persons.append((q.m_start, canon, g))
    return True


# "Acme Association President and CEO Ann Roe:", "Former U.S. Ambassador to Vellmark
# Ann Roe:": a label cut after its first title; the person is the name before the colon
_LABEL_TAIL_RE = re.compile(
    r"[ \t]+(?:and|&|to|of|for|at)[ \t]+(?:[A-Z][\w.&'’-]*[ \t]+|(?:of|the|and|for|&)[ \t]+){0,6}?"
    r"([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][\w'’-]*[a-z][\w'’-]*)[ \t]*:"
)


# "Airlines for Vellmark:", "Kell Iron and Steel Institute:": an organisation's label
# cut at its first "for" / "and" (the rest of the name, then the colon)
_ORG_LABEL_TAIL_RE = re.compile(
    r"[ \t]+(?:and|&|of|for)[ \t]+((?:(?:of|the|and|for|&)[ \t]+)*[A-Z][\w.&'’-]*"
    r"(?:[ \t]+(?:(?:of|the|and|for|&)[ \t]+)*[A-Z][\w.&'’-]*){0,5})[ \t]*:"
)


def _label_name(run, lex):
    """May ``run`` (two capitalised words before a label's colon) be a person's name: a
    listed given name first, or no title or organisation word in it ("Kristi Lund",
    never "Homeland Security")?"""
    if run[0].lower() in lex.gender:
        return True
    return not any(w.lower().rstrip(".") in lex.titles or w in lex.org_words for w in run)


def _name_after_title(an, q, persons):
    """Fill the speaker of a colon label cut after its first title ("Acme Association
    President" of "... President and CEO Ann Roe:") with the person named before the
    colon (a listed given name first); False when the mention is no such label."""
    words = q.mention.split()
    if not words:
        return False
    titles = an.lex.titles
    titled = words[-1].lower().rstrip(".") in titles
    m = _LABEL_TAIL_RE.match(an.text, q.m_end)
    if m is not None and not titled:  # "National Association" of "... of Makers President"
        titled = any(w.lower().rstrip(".") in titles for w in an.text[q.m_end : m.start(1)].split())
    if m is None or not titled or not _label_name(m.group(1).split(), an.lex):
        m = _ORG_LABEL_TAIL_RE.match(an.text, q.m_end)
        if m is None or not an.text.startswith(words[0], q.m_start):
            return False
        tail = m.group(1).split()  # "Kell Iron and Steel Institute:": the whole name
        label = re.sub(r"\s+", " ", an.text[q.m_start : m.end(1)])
        if tail[-1] in an.lex.org_words or tail[-1] in an.lex.place_names:
            q.speaker, q.stype = label, "organization"
        elif words[-1] in an.lex.org_words:  # "Department of Veterans Affairs:"
            q.speaker, q.stype = label, "organization"
        elif len(words) == 1 and titled:  # "Secretary of Homeland Security:": no name
            q.speaker, q.stype = label, "anonymous"
        else:
            return False
        return True
    run = m.group(1).split()
    canon = an.canonical(run)
    q.speaker, q.stype = canon, "person"
    persons.append((q.m_start, canon, an.lex.gender.get(run[0].lower())))
    return True


# "Minister of State for Foreign Affairs, Ann Roe, said", "Under-Secretary of State for
# Economic Affairs Ann Roe told": a title cut before its portfolio and the name after it
_PORTFOLIO_RE = re.compile(
    r"[ \t]+for[ \t]+([A-Z][\w'’.-]*(?:,?[ \t]+(?:[A-Z][\w'’.-]*|and|of|the)){0,7})"
    r"(?=,|[ \t]+[a-z])"
)


def _name_after_portfolio(an, q, persons):
    """Fill the speaker of a title cut before its portfolio ("Minister of State" of
    "Minister of State for Energy Ann Roe said") with the name after the portfolio's
    title words; False when the mention is no title or no name follows.

    >>> qs, _ = __import__("analysis.quotes.assemble").quotes.assemble.extract(
    ...     "Prices will fall, Minister of State for Energy Jarek Oduya said.")
    >>> qs[0].speaker, qs[0].stype
    ('Jarek Oduya', 'person')
    """
    words = q.mention.split()
    lex = an.lex
    if not words or words[-1].lower().rstrip(".") not in lex.titles:
        return False
    m = _PORTFOLIO_RE.match(an.text, q.m_end)
    if m is None:
        return False
    portfolio, _, name = m.group(1).rpartition(",")  # ", Ann Roe," after it: the name
    name = name.split()
    if not portfolio:  # "for Energy Ann Roe": the last two words (three after a given name)
        run, name = name, name[-2:]
        if len(run) >= 4 and (run[-3].lower() in lex.gender or _INITIALS_RE.match(run[-3])):
            name = run[-3:]
        if len(run) <= len(name):
            name = []  # no portfolio before the name
    if not 2 <= len(name) <= 4 or any(
        not w[:1].isupper() or w.lower().rstrip(".") in lex.titles for w in name
    ):
        desc = an.text[q.m_start : m.end(1)]  # "the Minister of State for Energy": no name
        if desc.startswith("The "):
            desc = "t" + desc[1:]
        q.speaker, q.stype = desc, "anonymous"
        return True
    canon = an.canonical(name)
    q.speaker, q.stype = canon, "person"
    persons.append((q.m_start, canon, lex.gender.get(name[0].lower())))
    return True


def _resolve_role_of(an, q, persons, groups):
    """Fill the speaker of "the former secretary of state said" as the role "the
    former secretary" names (the person titled so before); False, the quote left as
    it was, when that names no person."""
    mention = q.mention
    cut = max(mention.rfind(" of "), mention.rfind(" for "))
    saved = q.mention, q.m_end
    q.mention, q.m_end = mention[:cut], q.m_start + cut
    try:
        _resolve_mention(an, q, persons, groups)
    finally:
        q.mention, q.m_end = saved
    if q.stype == "person":
        return True
    q.speaker, q.stype = mention, "unknown"
    return False


_PAIR_MENTIONS = frozenset(["the two", "both", "the pair", "the two men", "the two women"])


# two relatives named by one plural noun ("The siblings say", "the couple said")
_FAMILY_PAIRS = frozenset(
    ["the couple", "the spouses"]
    + [
        f"{d} {n}"
        for d in ("the", "both", "the two")
        for n in ("siblings", "brothers", "sisters", "twins")
    ]
)


def _resolve_both_described(an, q, lm, groups, reach=4000):
    """Fill the speaker of "both experts" / "the two economists" (a plural person noun)
    with the two people the ``reach`` characters before it describe so in apposition
    ("Ann Roe, a housing researcher, ... Tom Vale, an economist, ... Both experts
    said": "Ann Roe and Tom Vale"); "experts" are economists, researchers, professors,
    analysts, scientists or historians; False unless exactly two are found.

    >>> _BOTH_NOUN_RE.fullmatch("both experts").group(1)
    'expert'
    """
    m = _BOTH_NOUN_RE.fullmatch(lm)
    if m is None:
        return False
    noun = m.group(1)
    nouns = _EXPERT_NOUNS if noun == "expert" else (noun,)
    if noun != "expert" and noun not in _PERSON_NOUNS:
        return False
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    found = {}
    for n in nouns:
        if n not in seg:
            continue  # (the cheap test first)
        for d in _described_rx(n).finditer(seg):
            cw = d.group(1).split()
            if cw and cw[0].lower() in _SENT_START_STOP:
                cw = cw[1:]
            pre = seg[max(0, d.start(1) - 40) : d.start(1)].split()
            k = len(pre)
            while k > 1 and pre[k - 1] in _PARTICLES:
                k -= 1
            if len(cw) == 1 and 1 <= k < len(pre) and pre[k - 1][:1].isupper():
                cw = pre[k - 1 :] + cw  # ("Hélène de la Roche, an economist")
            if not cw or cw[-1] in an.lex.org_words:
                continue
            if len(cw) >= 2 or _person_like(cw, an.lex, an.by_last_multi, None):
                found.setdefault(an.canonical(cw), d.start())
    if len(found) != 2:
        return False
    q.speaker, q.stype = " and ".join(sorted(found, key=found.get)), "group"
    groups.append((q.m_start, q.speaker, "group"))
    return True


_BOTH_NOUN_RE = re.compile(r"(?:both|the two)[ \t]+([a-z]+)s")


# the people "experts" names when a story calls two of them so
_EXPERT_NOUNS = (
    "expert",
    "economist",
    "researcher",
    "professor",
    "analyst",
    "scientist",
    "historian",
)


# "eight of them", "two of them": part of the group a "they" would name
_QUANTITY_OF_THEM_RE = re.compile(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|dozens|\d+)[ \t]+of[ \t]+them"
)


def _resolve_mention(an, q, persons, groups):
    """Fill the speaker and stype of one quote from its mention ("the CEO" as "the
    ceo": an office, not an organisation's initials)."""
    words = q.mention.split()
    if len(words) == 2 and words[0] in ("the", "The") and words[1] in _OFFICE_ACRONYMS:
        saved = q.mention
        q.mention = f"{words[0]} {words[1].lower()}"
        try:
            _resolve_mention_words(an, q, persons, groups)
        finally:
            if q.speaker == q.mention:
                q.speaker = saved
            q.mention = saved
        return
    _resolve_mention_words(an, q, persons, groups)


# organisation heads that are a person's job too ("the operator" of a water plant)
_PERSON_JOB_HEADS = frozenset(("operator",)) | _BUSINESS_PERSON_HEADS


def _person_job_head(an, q, lm):
    """Is the "the <head>" mention ``lm`` a person's job, no organisation: a head of
    ``_PERSON_JOB_HEADS`` with no organisation's name ending in it before ("the
    Independent Electricity System Operator ... the operator said" is the body; "Clifford
    Moonias, the plant's operator, ... the operator said" a person)?"""
    head = lm.rsplit(" ", 1)[-1]
    if head in ("developer", "builder"):  # ("Tom Vale, a real estate developer,")
        return _builder_introduced(an, q, head)
    return head in _PERSON_JOB_HEADS and _nearest_org_at(an, q.m_start, head) is None


def _resolve_mention_words(an, q, persons, groups):
    """``_resolve_mention`` for a mention as written."""
    lex = an.lex
    minfo = _mention_info(q.mention, lex)
    lm = minfo[0]
    if q.mention[:1] in "tT" and (
        _resolve_lede_who_named_next(an, q, persons) or _resolve_lede_who_again(an, q, persons)
    ):
        pass  # "The developer who bought St. Bernard's church says A" ... "Gabe Roe, ..."
    elif lm in _PAIR_MENTIONS and _resolve_pair(an, q, persons, groups):
        pass  # "Nand and Tremblay met. The two said ...": both of them
    elif lm in _FAMILY_PAIRS and (
        _resolve_family_pair(an, q, persons, groups) or _family_pair_named(an, q, groups)
    ):
        pass  # "Hanne Solbakken ... Erik Solbakken ... The siblings say": both of them
    elif lm.startswith(("both ", "the two ")) and _resolve_both_described(an, q, lm, groups):
        pass  # "Ann Roe, an economist, ... Tom Vale, a researcher, ... Both experts said"
    elif lm.startswith("the ") and _resolve_plural_role(an, q, lm, groups):
        pass  # "Ann Roe, a researcher, ... co-author Tom Vale ... The researchers said"
    elif _COUNT_MENTION_RE.fullmatch(q.mention):
        q.speaker, q.stype = q.mention, "group"  # "At least 21,000 said": a count, no name
        groups.append((q.m_start, q.speaker, q.stype))
    elif lm in _QUANT_SUBJ:
        q.speaker, q.stype = _quantified_group(an, q) or lm, "group"
    elif _QUANTITY_OF_THEM_RE.fullmatch(lm):
        _resolve_pronoun(an, q, "they", persons, groups)  # "Forty workers ... eight of them"
    elif lm in lex.nouns and " " not in lm:
        q.speaker, q.stype = lm, lex.nouns[lm]  # "Police said", "Officials said"
        if lm == "police" and (force := _police_force(an, q.m_start)) is not None:
            q.speaker, q.stype = force, "organization"  # "The RCMP said ... police said"
        if q.stype in ("group", "organization"):
            groups.append((q.m_start, q.speaker, q.stype))
    elif lm in _PRONOUNS:
        _resolve_pronoun(an, q, lm, persons, groups)
    elif q.mention[:1] in "tT" and _job_then_full_name(an, q, minfo, persons):
        pass  # "the Banff ranger Ann Roe said": Ann Roe
    elif "manager" in lm and (k := underwriter(words := q.mention.split())):
        q.speaker, q.stype = " ".join(words[k:]), "organization"  # "lead manager Credit Vell"
        groups.append((q.m_start, q.speaker, q.stype))
    elif lm in _MUNICIPAL_MENTIONS and _resolve_municipal(an, q, lm, groups):
        pass  # "City of Lethbridge Mayor Blaine Hyggen ... The city said": City of Lethbridge
    elif (mk := _municipal_spokesperson(lm)) is not None and _resolve_municipal(an, q, mk, groups):
        pass  # "The City of Windsor ... A city spokesperson said": City of Windsor
    elif _resolve_spokes_of_body(an, q, lm, persons, groups):
        pass  # "a spokesperson for the department": the body the department is
    elif _is_org_reference(lm) and not _person_job_head(an, q, lm):
        _resolve_org(an, q, lm, groups)
        _resolve_described_body(an, q, lm, persons, groups)  # "Lakehead Transit ... the agency"
    elif q.mention.endswith(("MP", "MLA", "MPP", "MNA")) and _resolve_legislator(an, q, persons):
        pass
    elif q.mention.endswith("office") and _resolve_person_office(an, q, persons):
        pass
    elif (" from " in q.mention or " for " in q.mention) and (
        _resolve_from_place(an, q, persons) or _from_place_description(q)
    ):
        pass  # (the description when no one is found: never the place)
    elif _resolve_aside_pair(an, q, groups, persons):
        pass  # "Ann Roe, who chairs the board, and Tom Vale said": both of them
    elif _resolve_apposed_who(an, q, persons):
        pass  # "Al Roe, a banker and former official who has suggested": Al Roe
    elif not _resolve_name_list(an, q, groups, persons):
        role = minfo[1]
        if role is _EMPTY_MENTION:
            raise IndexError("a mention without words")  # as indexing its first word did
        # "the president", "the GOP presidential candidate": the person last named so
        if role is None:
            if (
                not (q.mention[:1] in "tT" and _resolve_who_leads_named_next(an, q, persons))
                and not (q.mention[:1] in "tTiI" and _resolve_owned_role(an, q, persons))
                and not _resolve_lede_role_said_next(an, q, persons)
                and not _resolve_described(an, q, persons)
                and not (q.mention[:1] in "tT" and _resolve_demonym(an, q, persons))
                and not (q.mention[:1] in "tT" and _resolve_spelled_role(an, q, persons))
                and not ("-year-old" in q.mention and _resolve_aged(an, q, persons))
                and not (q.mention[:1] in "tT" and _resolve_comparative_age(an, q, persons))
                and not ("-year-old" in q.mention and _resolve_aged_newcomer(an, q, persons))
                and not ("-year-old" in q.mention and _resolve_unaged(an, q, persons))
                and not (q.mention[:1] in "tThH" and _resolve_apposed(an, q, persons))
                and not (q.mention[:1] in "tT" and _resolve_indefinite_apposed(an, q, persons))
                and not (q.mention[:1] in "tT" and _resolve_spokesperson_again(an, q, persons))
                and not (q.mention[:1] in "tT" and _resolve_head_link(an, q, persons))
                and not (q.mention[:1] in "hH" and _resolve_possessed_role(an, q, persons))
                and not (q.mention[:1] in "hH" and _resolve_spouse(an, q, persons))
                and not (q.mention[:1] in "hH" and _resolve_kin_named_later(an, q, persons))
                and not (q.mention[:1] in "hH" and _resolve_kin_named_before(an, q, persons))
                and not (q.mention[:1] in "hH" and _resolve_kin_predicated(an, q, persons))
                and not (q.mention[:1] in "hH" and _resolve_kin_inverse(an, q, persons))
                and not (q.mention[:1] in "hH" and _resolve_kin_inverse_possessive(an, q, persons))
                and not (q.mention[:1] in "hH" and _resolve_kin_possessor(an, q, persons))
                and not (q.mention[:1] in "hH" and _resolve_kin_of_subject(an, q, persons))
                and not (q.mention[:1] in "hH" and _resolve_kin_full_named_next(an, q, persons))
                and not (q.mention[:1] in "hH" and _resolve_parent_of_child(an, q, persons))
                and not (q.mention[:1] in "hH" and _resolve_child(an, q, persons))
                and not (q.mention[:1] in "tT" and _resolve_named_next(an, q, persons))
                and not (q.mention[:1] in "tT" and _resolve_head_named_next(an, q, persons))
                and not _resolve_lede_role_plain_next(an, q, persons)
                and not (q.mention[:1] in "tT" and _resolve_in_focus(an, q, persons))
                and not _resolve_described_named_next(an, q, persons)
                and not _resolve_described_named_same_paragraph(an, q, persons)
                and not (q.mention[:1] in "aA" and _resolve_lede_local_named_next(an, q, persons))
                and not (q.mention[:1] in "tT" and _resolve_newcomer_described(an, q, persons))
                and not (q.mention[:1] in "tT" and _resolve_head_seen_before(an, q, persons))
                and not (q.mention[:1] in "tT" and _resolve_sexed_noun_just_named(an, q, persons))
                and not (q.mention[:1] in "tT" and _resolve_described_by_deed(an, q, persons))
            ):
                # ("her grandson, Ciaran Doyle, said ... Her grandson said": the name)
                _resolve_named(an, q, minfo, persons, groups)
        elif (
            not _resolve_lede_role_said_next(an, q, persons)
            and not _resolve_role(an, q, role, persons)
            and not (q.mention[:1] in "tTiI" and _resolve_owned_role(an, q, persons))
            and not (
                q.mention[:1] in "tT"
                and (
                    _resolve_apposed(an, q, persons)
                    or _resolve_indefinite_apposed(an, q, persons)
                    or _resolve_named_next(an, q, persons)
                    or _resolve_in_focus(an, q, persons)
                    or _resolve_head_seen_before(an, q, persons)
                )
                or _resolve_described_named_next(an, q, persons)
            )
        ):  # (a lede's "the province's finance minister", "Finance Minister Ann Roe" next)
            _resolve_named(an, q, minfo, persons, groups)


def _resolve_in_focus(an, q, persons, reach=1200):
    """Fill the speaker of a description no other rule named ("the defenceman", "the
    retired nurse", "the mother", "The 84-year-old": a noun for one person) with the
    person a "he" or "she" there would name (of the noun's gender when it has one),
    named in the same or the previous paragraph within ``reach`` characters: the one
    the story is about ("Al Roe, who ... , took the blame. '...,' the defenceman
    said"). An office ("the mayor") needs a sentence that says that person holds it
    ("Roe, is now the town's mayor"); nobody when the article wrote the noun
    for an unnamed one before ("a nurse ... the nurse"). False if none.

    >>> import pandas as pd, analysis
    >>> text = 'Al Roe, who had not scored in weeks, said he was relieved. "It felt good," the winger said.'
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Al Roe', 'Al Roe']
    """
    m = _IN_FOCUS_RE.fullmatch(q.mention)
    if m is None:
        return False
    head = m.group(1)
    if head in _KIN_GENDER or head.endswith("-old"):
        pass  # ("the mother", "The 84-year-old")
    elif head in _DESCRIPTION_HEADS:
        if not persons or q.m_start - persons[-1][0] > 600:
            return False  # ("the veteran", "the newcomer": linked ones, _resolve_head_link,
        # or the person quoted right before: "Roe said ... . The veteran added")
    elif head in _ROLE_CUES:
        pass  # ("the retired nurse": only one introduced so, "who worked as a nurse", below)
    elif head not in _PERSON_NOUNS and head not in _ROLE_CUES or head in an.lex.nouns:
        return False  # (no noun for a person, or an unnamed one's: "the man", "the source")
    if head.endswith("s") and head[:-1] in _PERSON_NOUNS or head in ("two", "pair", "couple"):
        return False  # ("the senators": more than one)
    lo = max(0, q.m_start - reach)
    for u in re.finditer(
        rf"(\bas[ \t]+|(?-i:[A-Z])[\w'’.-]*,[ \t]*)?\b(?:a|an|another|one)[ \t]+(?:[\w-]+[ \t]+)?{head}\b",
        an.text[lo : q.m_start],
        re.I,
    ):
        if u.group(1) is None:  # (not "worked as a nurse", "Al Roe, a nurse,")
            return False  # ("a realtor ... the realtor": that unnamed one)
    want = _KIN_GENDER.get(head)
    ref = _resolve_he_she(an, q, {"m": "he", "f": "she"}.get(want, "i"), persons)
    if ref is None or q.m_start - ref[0] > reach or _never_a_person(an, ref[1]):
        return False
    an.antecedents()
    if bisect.bisect_right(an.ante[0], ref[0]) == bisect.bisect_right(an.ante[0], q.m_start):
        return False  # ("Jo Roe said A, according to the town clerk": someone else)
    if " " not in ref[1] and not any(
        _WHO_AFTER_RE.match(an.text, e[0] + len(e[1][0]))
        for e in an.by_last.get(ref[1].lower(), ())
    ):
        return False  # (one word, never "Kowalczyk, who ...": maybe a company, "Vantrel")
    if len(_PARAGRAPH_BREAK_RE.findall(an.text, ref[0], q.m_start)) > _in_focus_breaks(q):
        return False  # (named two paragraphs up or more: maybe not the one described)
    if head in _DESCRIPTION_HEADS and (
        persons[-1][1] != ref[1] or _other_name_between(an, persons[-1][0], q.m_start, ref[1])
    ):
        return False  # (someone else named since the last quote)
    if head in _ROLE_CUES and not _introduced_as(
        an, ref[1], lo, min(q.start, q.m_start), _ROLE_CUES[head]
    ):
        return False  # ("Jo Roe said A. '...,' the professor said": no professor named)
    if head in _OFFICES or head in _NOT_IN_FOCUS:
        last = _predicate_role_last(an.text, an.masked, lo, q.m_start, head)
        if last is None or an.canonical(last.group(1).split()) != ref[1]:
            return False  # (an office: only the one the article says holds it)
    q.speaker, q.stype = ref[1], "person"
    persons.append((q.m_start, ref[1], _KIN_GENDER.get(head)))
    return True


# an age alone as the description ("the 62-year-old said")
_AGE_ALONE_RE = re.compile(r"[Tt]he[ \t]+(\d{1,3}-year-old)")


def _resolve_aged_newcomer(an, q, persons):
    """``_resolve_newcomer_described`` for a bare age ("the 62-year-old said" right
    after the narration introduced Gord Roe, who has not spoken yet), before the
    he/she reading of ``_resolve_unaged`` would give it to the last speaker."""
    if _AGE_ALONE_RE.fullmatch(q.mention) is None:
        return False
    an.antecedents()
    n, speaker, stype = len(persons), q.speaker, q.stype
    if not _resolve_newcomer_described(an, q, persons):
        return False
    at = an.text.rfind(q.speaker.split()[-1], 0, q.m_start)
    si = bisect.bisect_right(an.ante[0], at) - 1
    s0, s1 = an.sents[si] if at >= 0 and si >= 0 else (0, 0)
    if any(s0 <= p[0] < s1 for p in persons[:n]):
        del persons[n:]  # ("Roe said she never met Al Vale. '...,' the 70-year-old said")
        q.speaker, q.stype = speaker, stype
        return False
    return True


# lower-case jobs of one person ("the baker", "the former owner"; person_job_heads.txt)
_NEWCOMER_JOBS = frozenset(_lines("person_job_heads.txt"))


def _newcomer_job(head):
    """Is ``head`` a lower-case job of one person that the titles list lacks ("the
    baker", "the former owner": the person the narration just introduced)?

    >>> _newcomer_job("baker"), _newcomer_job("council")
    (True, False)
    """
    return head in _NEWCOMER_JOBS


def _spoke_earlier_in_paragraph(an, q, persons):
    """Did a person resolved before ``q`` speak earlier in ``q``'s paragraph ("Roe said
    he would take the children. '...,' the 41-year-old said": a bare age there goes on
    with Roe, not with a newcomer named in Roe's words)?"""
    par = an.text.rfind("\n", 0, min(q.start, q.m_start)) + 1
    return any(par <= p[0] < q.m_start for p in persons)


def _resolve_newcomer_described(an, q, persons, reach=700):
    """Fill the speaker of a description no earlier rule named ("the former postmaster",
    "The certified arborist", "the 74-year-old": ``_IN_FOCUS_RE`` with a noun for one
    person) with the person the narration just introduced: the last full name (a known
    given name, outside quotations) named in the same or the previous paragraph, who
    has not been quoted yet and after whom no other person is named ("For 31 years the
    counter was run by Ann Roe. She retired in 2023. '...,' the former postmaster
    said": Roe, not the mayor quoted before her). False otherwise.

    >>> import pandas as pd, analysis
    >>> text = ('Jo Vale said the plan was late.\\n\\nThe shop was run by Ann Roe. She '
    ...         'retired last year.\\n\\n"It was home," the former postmaster said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Jo Vale', 'Ann Roe']
    """
    m = _IN_FOCUS_RE.fullmatch(q.mention) or _AGE_ALONE_RE.fullmatch(q.mention)
    if m is None or not (persons or _newcomer_job(m.group(1)) and m.group(1) not in _PERSON_NOUNS):
        return False  # (a job: also the article's first speaker, "the baker")
    if m.re is _AGE_ALONE_RE and _spoke_earlier_in_paragraph(an, q, persons):
        return False  # ("Roe said he would go. '...,' the 41-year-old said": Roe goes on)
    head = m.group(1)
    if not (head.endswith("-old") or head in _PERSON_NOUNS or _newcomer_job(head)):
        return False  # (no noun for one person: "the man", "the source")
    if head in an.lex.nouns:
        return False
    if head in _OFFICES or head in _NOT_IN_FOCUS or head in _KIN_GENDER:
        return False  # (an office, a part, kin: their own rules)
    if head.endswith("s") and head[:-1] in _PERSON_NOUNS:
        return False  # ("the senators")
    lo = max(0, q.m_start - reach)
    if re.search(
        rf"\b(?:a|an|another|one)[ \t]+(?:[\w-]+[ \t]+)?{head}\b", an.text[lo : q.m_start], re.I
    ):
        return False  # ("a postmaster ... the postmaster": that unnamed one)
    k = bisect.bisect_left(an.positions(), min(q.m_start, q.start))
    for i in range(k - 1, max(-1, k - 4), -1):
        pos = an.names[i][0]
        if pos < lo or an.masked is not None and an.masked[pos] == MASK:
            return False
        item = an.item_of(i, _ALL)
        if item is None or len(item[1]) < 2 or not an.person_like(i)[1]:
            return False  # (the last name is no full personal name)
        canon = an.canonical(item[1], item[2])
        if any(c == canon for _p, c, _g in persons) or _never_a_person(an, canon):
            return False  # (quoted before: the usual rules)
        if len(_PARAGRAPH_BREAK_RE.findall(an.text, pos, q.m_start)) > 1:
            return False  # (named two paragraphs up or more)
        q.speaker, q.stype = canon, "person"
        persons.append((q.m_start, canon, item[2]))
        return True
    return False


def _resolve_head_seen_before(an, q, persons):
    """Fill the speaker of "the <noun>" ("the director", "the nurse") that no other
    rule named with the person the article described before by that noun: a lede's
    description resolved to a name ("its executive director says A" ... Yvonne Roe ...
    "the director said"), or a narration sentence opening with "The <noun>" right
    after a sentence that names one person ("For Ann Roe, the 6:10 is no convenience.
    The registered nurse works days ..." ... "according to the nurse"). False if none."""
    m = _THE_HEAD_RE.fullmatch(q.mention)
    if m is None:
        return False
    head = m.group(1)
    if _indefinite_head_in(an.text[max(0, q.m_start - 1500) : q.m_start], head):
        return False  # ("a cash-crop farmer ... the farmer said": that unnamed one)
    cw = an.__dict__.get("_described_heads", {}).get(head)
    if cw is None and (head in _JOB_NOUNS or head in _PERSON_NOUNS):
        cw = _named_before_narration_head(an, head, q.m_start)
    if not cw:
        return False
    return _set_person(an, q, persons, list(cw))


@lru_cache(maxsize=128)
def _narration_head_rx(head):
    """ "The <modifier>? <head> <lower-case verb>" opening a sentence (once per noun)."""
    return re.compile(
        r"(?:(?<=[.!?][ \t])|(?<=[.!?][ \t][ \t])|(?<=\n))The(?:[ \t]+[a-z][a-z-]*)?[ \t]+"
        + re.escape(head)
        + r"[ \t]+[a-z]"
    )


def _named_before_narration_head(an, head, at, reach=4000):
    """The words of the one person named in the sentence before the last narration
    sentence (outside quotations, within ``reach`` characters before ``at``) that
    opens "The <modifier>? <head> <verb>", in the same paragraph; None otherwise."""
    lo = max(0, at - reach)
    last = None
    for mm in _narration_head_rx(head).finditer(an.text, lo, at):
        if an.masked is None or an.masked[mm.start()] != MASK:
            last = mm
    if last is None:
        return None
    p = last.start()
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], p) - 1
    if si < 1 or "\n" in an.text[an.sents[si - 1][0] : p].strip("\n"):
        return None  # (the sentence before must be the same paragraph's)
    names = an.positions()
    found = set()
    for i in range(bisect.bisect_left(names, an.sents[si - 1][0]), bisect.bisect_left(names, p)):
        item = an.item_of(i, _ALL)
        if item is not None and len(item[1]) >= 2 and an.person_like(i)[1]:
            found.add(tuple(item[1]))
    return list(found.pop()) if len(found) == 1 else None


_SEXED_NOUNS = {
    w: g for g, _t, w in (line.partition("\t") for line in _lines("sexed_person_nouns.txt"))
}


_SEXED_NOUN_RE = re.compile(r"[Tt]he[ \t]+([a-z]+)")


def _resolve_sexed_noun_just_named(an, q, persons):
    """Fill the speaker of "the boy" / "the woman" (``sexed_person_nouns.txt``) with the
    person of that sex a "he" / "she" there would name, named earlier in the same
    paragraph with nobody else named since ("One of the twins, Owen Roe, said he missed
    the bus. '...,' the boy said"); not when the article wrote "a boy" before (an
    unnamed one). False otherwise."""
    m = _SEXED_NOUN_RE.fullmatch(q.mention)
    want = _SEXED_NOUNS.get(m.group(1)) if m is not None else None
    if want is None:
        return False
    head = m.group(1)
    lo = max(0, q.m_start - 1500)
    if re.search(
        rf"\b(?:a|an|another|one)[ \t]+(?:[\w-]+[ \t]+)?{head}\b", an.text[lo : q.m_start], re.I
    ):
        return False  # ("a man who lives nearby said ... the man said": that unnamed one)
    ref = _resolve_he_she(an, q, {"m": "he", "f": "she"}[want], persons)
    if ref is None or _never_a_person(an, ref[1]) or not 0 <= q.m_start - ref[0] <= 1500:
        return False
    if "\n" in an.text[ref[0] : q.m_start] or _other_name_between(
        an, ref[0] + 1, q.m_start, ref[1]
    ):
        return False  # (named in another paragraph, or someone else named since)
    q.speaker, q.stype = ref[1], "person"
    persons.append((q.m_start, ref[1], want))
    return True


# heads of the title list that name a part or a rank more than a person ("the deputy
# head", "the justice" of a court that is named too)
_NOT_IN_FOCUS = frozenset(("head", "chief", "member", "officer", "deputy"))
