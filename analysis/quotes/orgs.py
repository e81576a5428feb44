"""Organisations: organisation descriptions ("it", "the company", "the agency")
resolved to the organisation the article names (``_resolve_org``), the company quoted
last, business roles and topics, unions and their locals, bodies described by their
kind ("the department") and "a spokesperson for the department". The names themselves
are in ``org_names``, the nearest fitting organisation in ``org_nearest``, subjects
and owners named around a mention in ``org_subjects``; descriptions of people echoed
or held back in ``description_echoes``.
"""

from __future__ import annotations

import bisect
import re

from .antecedents import _CAP_NAME_WORD, _TIME_WORDS_CO, _named_description, _unquoted_before
from .blocks import MASK
from .documents import (
    _authority_fits,
    _document_before,
    _document_object_before,
    _document_subject_before,
)
from .facility_companies import facility_company
from .french_described import french_body_described
from .holders import other_org_quoted, owned_by_description
from .kin import _PARAGRAPH_BREAK_RE, _fits_kind, _kind_org_before, _kind_word_named, _org_kind
from .kind_apposed_orgs import kind_apposed_org
from .kind_body_quoted import one_body_of_field
from .kind_named_after import kind_named_after
from .ledes import (
    _COMPANY_OWNED_BEFORE_RE,
    _ORG_HEADS,
    _body_name,
    _builder_introduced,
    _introduced_company,
    _lede_body_named_next,
    _lede_org_apposed_next,
    _org_named_next,
)
from .lexicon import _IRREGULAR_PAST, COMPANY_SUFFIXES, _lines
from .mentions import _COMPANY_HEADS, _LEAD_MODIFIER_ENDS, _salient_name
from .org_named_after import org_apposed_after, org_head_named_next, org_of_plural_owner
from .org_names import _company_of, _company_subject, _is_org_reference, _one_word_org
from .org_nearest import _nearest_org, _nearest_org_at, _org_description_before, _subject_org
from .org_only_kind import authority_described_before, only_org_of_kind
from .org_subjects import (
    _company_by_short_name,
    _developer_named_before,
    _named_firm_subject_before,
    _org_by_modifier,
    _own_org_subject_before,
    _owner_just_before,
)
from .usage import _COUNTRIES, _named_person
from .wordscan import (
    _CALLED_NAME_RE,
    _COMMA_THE_LEAD_RE,
    _WORD_END_NOT_OF_RE,
    _comma_lead_then,
    _word_then,
)


def _last_org_quoted(at, groups, reach=500):
    """(position, name) of the organisation quoted last within ``reach`` characters
    before ``at`` ("Health Canada said ... It said ..." -> "Health Canada", "the
    newspaper wrote ... it added" -> "the newspaper"), or None.

    >>> _last_org_quoted(60, [(0, "Health Canada", "organization")])
    (0, 'Health Canada')
    """
    for gpos, name, typ in reversed(groups):
        if at - gpos > reach:
            return None
        if typ == "organization":
            return gpos, name
    return None


# what follows the head in every match of ``_apposed_org_name``'s pattern ("union, Local")
_COMMA_CAPITAL_NEXT_RE = re.compile(r",[ \t]+[A-Z]")


def _apposed_org_name(an, at, head, reach=4000):
    """The name the ``reach`` characters before ``at`` set in apposition to "the
    <head>" outside quotations ("The union, Local 4417 of the Food Workers, is
    asking"), the last one, not one after a preposition ("a spokesperson for the
    company, Ann Roe,": the spokesperson's name); or None.

    >>> class A: pass
    >>> an = A(); an.masked = None
    >>> an.text = "The union, Local 12 of the Food Workers, struck. "
    >>> _apposed_org_name(an, len(an.text), "union")
    'Local 12 of the Food Workers'
    """
    lo, seg = _unquoted_before(an, at, reach)
    if head + "," not in seg or not _word_then(seg, head, _COMMA_CAPITAL_NEXT_RE):
        return None  # (the cheap tests first: every match holds "<head>, <Capital>")
    last = None
    for m in re.finditer(
        r"\b[Tt]he[ \t]+" + re.escape(head) + r",[ \t]+([A-Z][\w'’&.-]*"
        r"(?:[ \t]+(?:of|the|and|for|de|du|des|[A-Z0-9][\w'’&.-]*)){0,8}),",
        seg,
    ):
        if not _COMPANY_OWNED_BEFORE_RE.search(seg, max(0, m.start() - 6), m.start()):
            last = m  # ("A spokesperson for the company, Ann Roe,": hers, not its name)
    if last is None:
        return None
    name = last.group(1)
    return name if len(name.split()) > 1 or name.isupper() else None


_BUSINESS_ROLE_RE = re.compile(
    r"(?<![\w'’-])(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[A-Z][\w-]*['’]s)[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:"
    + "|".join(_lines("business_roles.txt"))
    + r"),[ \t]+((?:" + _CAP_NAME_WORD + r"[ \t]+){0,3}" + _CAP_NAME_WORD + r"),"
)  # fmt: skip


def _this_paragraph_and_the_one_before(seg):
    """The end of ``seg`` from the start of the paragraph before its last one.

    >>> _this_paragraph_and_the_one_before("A.\\n\\nB.\\n\\nC ")
    'B.\\n\\nC '
    """
    ends = [m.end() for m in _PARAGRAPH_BREAK_RE.finditer(seg)]
    return seg[ends[-2] :] if len(ends) > 1 else seg


def _org_by_business_role(an, at, reach=800):
    """The name a business noun introduces in the ``reach`` characters before ``at``,
    outside quotations, in the same or the previous paragraph ("Her promoter,
    Northbound Live, said ..."), the last one, when its first word is no listed given
    name ("Her publisher, Ann Roe,": a person); else None."""
    _lo, seg = _unquoted_before(an, at, reach)
    seg = _this_paragraph_and_the_one_before(seg)
    last = None
    for m in _BUSINESS_ROLE_RE.finditer(seg):
        last = m
    if last is None or last.group(1).split()[0].lower() in an.lex.gender:
        return None
    return last.group(1)


def _only_company_quoted(groups, memo=None):
    """The one company name ("Acme Appliances Inc.": a company ending) among the
    organisations quoted so far, or None when none or several. With ``memo`` (a dict
    kept for the article), the names found are kept and only the statements added to
    ``groups`` since the last call are read (not all of them once per quote).

    >>> _only_company_quoted([(0, "Acme Inc.", "organization"), (9, "Health Canada", "organization")])
    'Acme Inc.'
    """
    got = None if memo is None else memo.get(("companies quoted",))
    if got is None or got[0] is not groups or got[1] > len(groups):
        got = [groups, 0, set()]
        if memo is not None:
            memo[("companies quoted",)] = got
    got[2].update(
        name
        for _p, name, typ in groups[got[1] :]
        if typ == "organization"
        and name[:1].isupper()
        and name.split()[-1].lower().rstrip(".") in COMPANY_SUFFIXES
    )
    got[1] = len(groups)
    return next(iter(got[2])) if len(got[2]) == 1 else None


# a union local known only by its number: "Local 212"
_LOCAL_NUMBER_RE = re.compile(r"Local[ \t]+\d+")

# the union's name right before ", Local 212": capitalised words (with "of", "and",
# "the", "for" inside), the last ending in a union word
_UNION_BEFORE_LOCAL_RE = re.compile(
    r"(?<![\w'’&.-])([A-Z][\w'’&.-]*(?:[ \t]+(?:of|and|the|for|[A-Z][\w'’&.-]*)){0,8}?"
    r"[ \t]+(?:Union|Workers|Federation|Brotherhood|Teamsters|Guild|Alliance|Association))"
    r",[ \t]+\Z"
)


def _union_of_local(an, at, local, reach=4000):
    """The union's name the article writes right before ", <local>" (a local's
    number) in the ``reach`` characters before ``at``, outside quotations ("the Retail
    and Grocery Workers Union, Local 212" -> "Retail and Grocery Workers Union"); None
    when there is none (a reader wants the union's name, not its local's number).

    >>> class A: pass
    >>> an = A(); an.masked = None
    >>> an.text = "Staff belong to the Grocery Workers Union, Local 212. "
    >>> _union_of_local(an, len(an.text), "Local 212")
    'Grocery Workers Union'
    """
    lo, seg = _unquoted_before(an, at, reach)
    i = seg.rfind(", " + local)
    if i < 0:
        return None
    m = _UNION_BEFORE_LOCAL_RE.search(seg, max(0, i - 120), i + 2)
    if m is None:
        return None
    name = m.group(1)
    return name[4:] if name.startswith("The ") else name


_UNION_AFTER_LOCAL_RE = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w'’&.-]*(?:[ \t]+(?:of|and|the|for|[A-Z][\w'’&.-]*)){0,8}"
    r"[ \t]+(?:Union|Workers|Federation|Brotherhood|Teamsters|Guild|Alliance|Association))"
    r"(?![\w'’&-])"
)


def _local_speaker(an, q, groups):
    """Speaker of a mention that is a union local's number ("Local 212 said"): the
    union's name when the article writes "the X Union, Local 212" or "Local 212 of the
    X Union" before (or at) it, else the mention itself; an organisation. False when
    the mention is no local's number.

    >>> class A: pass
    >>> an, q = A(), A(); an.masked = None
    >>> an.text = "Drivers are in Local 9 of the Harbour Workers Union. Local 9 said so."
    >>> q.mention, q.m_start = "Local 9", an.text.rindex("Local 9")
    >>> _local_speaker(an, q, []), q.speaker, q.stype
    (True, 'Harbour Workers Union', 'organization')
    """
    local = q.mention
    if _LOCAL_NUMBER_RE.fullmatch(local) is None:
        return False
    name = _union_of_local(an, q.m_start, local)
    if name is None:
        lo, seg = _unquoted_before(an, q.m_start + len(local) + 200, 4200)
        for m in re.finditer(re.escape(local) + r"(?!\d)", seg):
            u = _UNION_AFTER_LOCAL_RE.match(seg, m.end())
            if u is not None:
                name = u.group(1)
                break
    q.speaker, q.stype = name or local, "organization"
    groups.append((q.m_start, q.speaker, "organization"))
    return True


def _org_called(an, at, head, reach=3000):
    """The name the ``reach`` characters before ``at`` give "a/an <head>" outside
    quotations ("a group calling itself Parents for Open Shelves", "a coalition called
    Friends of the Valley", "a citizens' group known as ..."), the last one; or None.

    >>> class A: pass
    >>> an = A(); an.masked = None
    >>> an.text = "It was filed by a group calling itself Parents for Open Shelves. "
    >>> _org_called(an, len(an.text), "group")
    'Parents for Open Shelves'
    """
    lo, seg = _unquoted_before(an, at, reach)
    if not _word_then(seg, head, _CALLED_NAME_RE):
        return None  # (every match holds the head, a calling verb and a capital: no pattern)
    last = None
    for m in re.finditer(
        r"\b(?:a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?" + re.escape(head) + r"[ \t]+"
        r"(?:calling[ \t]+itself|called|named|known[ \t]+as)[ \t]+([A-Z][\w'’&-]*"
        r"(?:[ \t]+(?:of|the|and|for|[A-Z0-9][\w'’&-]*)){0,8})",
        seg,
    ):
        last = m
    if last is None:
        return None
    name = last.group(1)
    while name.split()[-1] in ("of", "the", "and", "for"):
        name = name.rsplit(None, 1)[0]
    return name if len(name.split()) > 1 else None


def _org_of_head(an, q, lm, head, groups):
    """(name, rejected) for ``_resolve_org``: the organisation "it" / "the <head>"
    stands for by the article's names, quotes and appositions, or None; ``rejected``
    is True when a candidate of another kind was set aside ("the company" after "The
    union said": never the union, ``_fits_kind``)."""
    words = q.mention.split()
    rejected = False

    def fit(name):
        nonlocal rejected
        if name is not None and not _fits_kind(head, name):
            rejected = True
            return None
        return name

    ref = fit(_subject_org(an, q.m_start, head, groups))
    if head is not None and len(words) == 2:
        app = _apposed_org_name(an, q.m_start, head)  # "The union, Local 12 of ...,"
        if app is not None and (ref is None or ref in app):
            ref = fit(app)  # (the whole name: "Local 12 of the Food Workers")
        if ref is None:
            ref = fit(_org_apposed_to(an, q.m_start, head))  # "Acme Marine, the company that"
        if ref is None:
            ref = fit(_org_called(an, q.m_start, head))  # "a group calling itself X"
    if ref is not None and _LOCAL_NUMBER_RE.fullmatch(ref):
        ref = fit(_union_of_local(an, q.m_start, ref)) or ref  # "X Workers Union, Local 212"
    if ref is None and (head in _COMPANY_HEADS or lm == "it"):
        ref = fit(_company_subject(an, q.m_start))
    if ref is None and head in _COMPANY_HEADS and len(words) == 2:
        # "Glaceo Technologies announced ... The company said": the organisation
        # quoted last by its name
        last = _last_org_quoted(q.m_start, groups, 1500)
        ref = fit(last[1] if last is not None and last[1][:1].isupper() else None)
        if ref is None:  # the one company the article quoted by name, however far back
            ref = fit(_only_company_quoted(groups, an.title_cache))
        if ref is None:  # ("Her promoter, Northbound Live, said ... the company said")
            ref = fit(_org_by_business_role(an, q.m_start))
    if ref is None and len(words) == 2:  # the one union the article named, however far back
        ref = fit(only_org_of_kind(an, q.m_start, head))
    return ref, rejected


# bodies that speak as one but are no organisation of _ORG_HEADS: "The jury
# recommended A. It also recommended B" (the "it" is the jury)
_BODY_HEADS = frozenset(("jury", "inquest", "inquiry"))

_ORG_TOPIC_RE = re.compile(
    r"[ \t\n]*(?:(?:But|And|Meanwhile),?[ \t]+)?[Tt]he[ \t]+(?:[a-z]+['’]s[ \t]+)?"
    r"(?P<head>[a-z]+)[ \t]+"  # ("The coroner's jury heard": a possessive before the head)
    r"(?:also[ \t]+|has[ \t]+|had[ \t]+)?(?P<verb>[a-z]+)\b"
)

_TOPIC_PAST = frozenset(_lines("topic_past_verbs.txt"))
# a modal is a tensed verb of its own: "The board will accept submissions until March 31."
_TOPIC_MODALS = frozenset(("will", "would", "can", "could", "must", "may", "might", "should"))


def _topic_verb(w):
    """May ``w`` be the verb after a topic subject: a word ending in "s" or "ed", an
    irregular past ("The panel met", "The jury made") or a modal ("The board will")?

    >>> _topic_verb("will"), _topic_verb("met"), _topic_verb("accept")
    (True, True, False)
    """
    return len(w) > 1 and (
        w.endswith(("s", "ed")) or w in _IRREGULAR_PAST or w in _TOPIC_PAST or w in _TOPIC_MODALS
    )


_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z]+)\b")
# a tensed verb after a plural noun of the subject ("The board members will", "were")
_AFTER_PLURAL = _TOPIC_MODALS | frozenset(("are", "were", "have", "had", "did", "do"))


def _noun_before_verb(text, m):
    """Is the "verb" of an ``_ORG_TOPIC_RE`` match ``m`` a plural noun of the subject,
    since a tensed verb follows it ("The board members will meet", "The union members
    voted"); not "The union disputes that".

    >>> t = "The board members will meet."
    >>> _noun_before_verb(t, _ORG_TOPIC_RE.match(t)), _noun_before_verb("The union disputes that.", _ORG_TOPIC_RE.match("The union disputes that."))
    (True, False)
    """
    v = m.group("verb")
    if not v.endswith("s") or v.endswith("ss"):
        return False
    n = _NEXT_WORD_RE.match(text, m.end())
    if n is None:
        return False
    w = n.group(1)
    return (
        w in _AFTER_PLURAL
        or w in _IRREGULAR_PAST
        or w in _TOPIC_PAST
        or (len(w) > 4 and w.endswith("ed"))
    )


def _org_topic_before(an, at):
    """(position, head, description) when the sentence right before the sentence of
    the "it" at ``at`` opens with "the <organisation noun>" and a verb ("The union
    disputes that.", "The company denied it.") and no name is written outside
    quotations between it and the "it"; else None: that organisation is the topic.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "The union disputes that. Talks can go on, it said."
    >>> an = _ArticleNames(t, [(0, 24), (25, len(t))], lexicon(), None)
    >>> _org_topic_before(an, t.index("it said"))
    (0, 'union', 'the union')
    """
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], at) - 1
    if si < 1:
        return None
    s0, s1 = an.sents[si - 1]
    m = _ORG_TOPIC_RE.match(an.text, s0, s1)
    if m is not None and (not _topic_verb(m.group("verb")) or _noun_before_verb(an.text, m)):
        m = None
    if m is None and not an.text[an.sents[si][0] : at].strip(' \t\n"“'):
        return _named_topic_before(an, s0, s1, at)  # "Acme kept its dividend. It said"
    if m is None or (m.group("head") not in _ORG_HEADS and m.group("head") not in _BODY_HEADS):
        return None
    if an.masked is not None and an.masked[m.start("head")] == MASK:
        return None
    name_pos = an.positions()
    for i in range(bisect.bisect_left(name_pos, m.end()), bisect.bisect_left(name_pos, at)):
        if (an.masked is None or an.masked[name_pos[i]] != MASK) and not an.junk_opener(i):
            return None  # a name between: maybe that one ("Replacement workers": none)
    pos = m.start("head") - 4
    if m.group("head") in _BODY_HEADS:  # "The jury recommended A. It also recommended B"
        return pos, None, "the " + m.group("head")
    return pos, m.group("head"), "the " + m.group("head")


def _named_topic_before(an, s0, s1, at):
    """(position, None, name) when the sentence s0..s1 opens with a name that is no
    person, place, title or time word, written again or ending in an organisation's
    word, as the subject of a verb ("Maple Basket kept its dividend unchanged."), and
    no other name stands between it and ``at``; else None."""
    name_pos = an.positions()
    i = bisect.bisect_left(name_pos, s0)
    if bisect.bisect_left(name_pos, at) - i != 1:
        return None
    pos, cw, g, info = an.names[i]
    if an.text[s0:pos].strip() or (an.masked is not None and an.masked[pos] == MASK):
        return None
    lex = an.lex
    name = " ".join(cw)
    if (
        g is not None
        or info[2]
        or cw[0].lower() in lex.gender
        or cw[-1] in lex.place_words
        or name in lex.place_names
        or name in _COUNTRIES
        or cw[-1].lower() in lex.titles
        or info[3] in _TIME_WORDS_CO
        or _named_person(an, cw[-1])
    ):
        return None
    if not _salient_name(an.text, name) and cw[-1] not in lex.org_words:
        return None
    verb = re.match(r"[ \t]+(?:also[ \t]+)?([a-z]+)\b", an.text[pos + len(name) : s1])
    if verb is None or not (
        verb.group(1).endswith(("ed", "s"))
        or verb.group(1) in _IRREGULAR_PAST
        or verb.group(1) in ("will", "would", "had")
    ):
        return None  # (a verb right after the name: its subject)
    return pos, None, _company_of(an, name) or _one_word_org(an, name) or name


def _org_apposed_to(an, at, head, reach=1500):
    """The name set before a comma and "the <modifiers> <head>" in the ``reach``
    characters before ``at`` outside quotations ("Coastal Link Marine, the private
    company that runs the route, said"), the last one; or None.

    >>> class A: pass
    >>> an = A(); an.masked = None
    >>> an.text = "Coastal Link Marine, the private company that runs it, agreed. "
    >>> _org_apposed_to(an, len(an.text), "company")
    'Coastal Link Marine'
    """
    lo, seg = _unquoted_before(an, at, reach)
    if ", the " not in seg or head not in seg:
        return None  # (the cheap test first)
    if not _comma_lead_then(seg, head, _COMMA_THE_LEAD_RE, _WORD_END_NOT_OF_RE):
        return None  # (every match holds ", the <modifiers> <head>" not before " of")
    last = None
    for m in re.finditer(
        r"(?<![\w'’&.-])([A-Z][\w'’&.-]*(?:[ \t]+(?:of|and|&|[A-Z][\w'’&.-]*)){1,6}),[ \t]+the"
        r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}" + re.escape(head) + r"\b(?![ \t]+of\b)",
        seg,
    ):
        last = m
    if last is None:
        return None
    name = re.sub(r"^(?:The|A|An)[ \t]+", "", last.group(1))
    return name if len(name.split()) > 1 and name.split()[-1] not in ("of", "and", "&") else None


def _in_sentence_of(an, at, pos):
    """Is ``pos`` before the end of the sentence holding ``at`` ("Health Canada said
    the Acme plant ... . It said": Acme is named inside what Health Canada said)?"""
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], at) - 1
    return pos < (an.sents[si][1] if si >= 0 else at)


def _org_is_named(org):
    """Is the organisation speaker ``org`` a name ("Health Canada", "the Ontario
    Trucking Association") rather than a description ("the agency")?"""
    return org[:1].isupper() or (org.startswith("the ") and org[4:5].isupper())


def _resolve_org(an, q, lm, groups):
    """Fill the speaker of "it" / "the agency" with the organisation named before;
    "it" without one gets no speaker (the quote is dropped), "the agency" stays a
    description."""
    words = q.mention.split()
    if lm == "it" and (
        (doc := _document_subject_before(an, q.m_start)) is not None
        or (doc := _document_object_before(an, q.m_start)) is not None
        or (doc := _own_org_subject_before(an, q.m_start)) is not None
        or (doc := _named_firm_subject_before(an, q.m_start)) is not None
    ):
        q.speaker, q.stype = doc, "organization"  # "The report flags risks. It says"
        return
    if lm == "it" and (desc := _org_topic_before(an, q.m_start)) is not None:
        # "The union disputes that. Replacement workers ..., it said": the union
        ref = None if desc[1] is None else _subject_org(an, desc[0], desc[1], groups)
        ref = ref if ref is not None and _fits_kind(desc[1], ref) else desc[2]
        q.speaker, q.stype = ref, "organization"
        groups.append((q.m_start, ref, "organization"))
        return
    if (
        lm != "it"
        and any(w[:1].isupper() and not w.endswith(_LEAD_MODIFIER_ENDS) for w in words[1:])
        and not (words[-1][:1].islower() and words[-1] in _COMPANY_HEADS)
    ):  # ("the Crown corporation": a capitalised modifier before a lower-case head)
        ref = None  # "the Tax Foundation", "The Republican National Committee": a name
    else:
        head = None if lm == "it" else lm.split()[-1]
        ref, other = _org_by_modifier(an, q, words) or _owner_just_before(an, q, words), False
        ref = ref or org_of_plural_owner(an, q, words)  # "the teachers' union": "... Teachers'"
        ref = _lede_org_apposed_next(an, q, head) or ref  # "the company that built it says"
        if ref is None:
            ref, other = _org_of_head(an, q, lm, head, groups)
        ref = ref if _authority_fits(lm, ref) else None
        if ref is not None and len(words) == 2 and not ref.lower().endswith(head):
            ref = org_head_named_next(an, q, head) or ref  # ("Isle Council ... The
            # association said A. The Isle Tenants' Association's president ...")
        if lm.endswith("authority") and authority_described_before(an, ref):
            ref = None  # ("the regional health authority said ... The authority said")
        ref = _kind_word_named(an, q, head, ref)  # ("Department of Health" over a place's body)
        ref = None if _builder_introduced(an, q, head) else ref  # "A software developer"
        if ref is not None and len(words) == 2 and owned_by_description(an, head, ref, q.m_start):
            # "The company's largest investor, Northgate Ventures, ... The company said"
            # (one of the head's kind: not "the B.C. forests ministry" for "the company")
            ref = other_org_quoted(groups, ref, q.m_start, head=head)
            if ref is None and head in _COMPANY_HEADS:
                ref = _only_company_quoted(groups, an.title_cache)  # (however far back)
        if ref is None and other and head in _COMPANY_HEADS and len(words) == 2:
            # "The union said ... The company said": the organisation of the head's kind
            # named last ("talks between the union and Prairie Harvest Distribution"), one
            # whose name ends in a word of the kind first ("Salish Coast Ferries" over a
            # nearer "Driftwood Cafe")
            ref = _nearest_org(an, q.m_start, head, 4000) or _kind_org_before(an, q.m_start, head)
    # "Health Canada said ... It said ...": the organisation quoted last, unless a
    # description of one opens a clause after it; before one named earlier
    org = _last_org_quoted(q.m_start, groups) if lm == "it" else None
    if (
        ref is not None
        and org is not None
        and org[1].removeprefix("the ") != ref  # (not "the ZETA Group" for "ZETA Group")
        and (_org_is_named(org[1]) or all(name != ref for _p, name, _t in groups))
    ):  # (a description quoted after a name quoted itself: the name, "Moody's ... the agency")
        named = _nearest_org_at(an, q.m_start)
        ref = None if named is None or _in_sentence_of(an, org[0], named[0]) else ref
    elif ref is not None:
        org = None
    reach = 400 if org is None else min(400, q.m_start - org[0])
    hi = min(q.m_start, q.start)  # (not "the ruling" in "A will appeal the ruling, it said")
    doc = (
        _document_before(an, hi, max(0, reach - q.m_start + hi))
        if lm == "it" and ref is None
        else None
    )
    if doc is not None:
        reach = q.m_start - doc[0]  # "The council met. The memo ... it said": the memo
        org = None if org is not None and org[0] < doc[0] else org
    if ref is not None:
        q.speaker, q.stype = ref, "organization"
        groups.append((q.m_start, ref, "organization"))
    elif lm == "it" and (desc := _org_description_before(an, q.m_start, reach)) is not None:
        if org is not None and an.text[org[0] : org[0] + len(desc)].lower() == desc:
            desc = org[1]  # "The agency said ... It warned": the name the agency was given
        q.speaker, q.stype = desc, "organization"  # "The city will appeal, it said"
        groups.append((q.m_start, desc, "organization"))
    elif org is not None:
        q.speaker, q.stype = org[1], "organization"
        groups.append((q.m_start, org[1], "organization"))
    elif doc is not None:
        q.speaker, q.stype = doc[1], "organization"  # "The memo ... '...,' it stated"
        groups.append((q.m_start, doc[1], "organization"))
    elif lm == "it":
        q.speaker, q.stype = None, "unknown"
    else:
        desc = q.mention
        if desc[:1].isupper():
            desc = desc[0].lower() + desc[1:]
        if len(words) == 2 or words[1:] == lm.split()[1:]:  # "the Ministry", "the central bank"
            desc = _named_description(an, q.m_start, lm.split()[1:]) or desc
        if len(words) == 2 and words[0].lower() == "the":  # "a consortium called X ..."
            desc = an.title_cache.get("_called", {}).get(words[1].lower(), desc)
        if len(words) == 2 and words[0].lower() == "the" and desc.lower() == q.mention.lower():
            desc = french_body_described(an, q.m_start, words[1].lower()) or desc  # "Fondation"
        if len(words) == 2 and words[0].lower() == "the" and desc == q.mention.lower():
            desc = kind_apposed_org(an, q.m_start, words[1].lower()) or desc  # "X, a group of"
        if len(words) == 2 and words[0].lower() == "the" and desc == q.mention.lower():
            desc = kind_named_after(an, q.m_start, words[1].lower()) or desc  # "the firm ..., X."
        if (
            len(words) == 2
            and words[1].lower() in ("company", "firm")
            and desc == q.mention.lower()
        ):
            desc = _introduced_company(an, q.m_start) or desc  # "landlord Ashbury Residential"
            desc = (
                desc if desc != q.mention.lower() else _company_by_short_name(an, q.m_start) or desc
            )
            if desc == q.mention.lower():
                desc = facility_company(an, q.m_start) or desc  # "the X pulp mill"
        if len(words) == 2 and words[1].lower() in ("developer", "builder"):
            desc = _developer_named_before(an, q, words[1].lower()) or desc
        if (
            desc.lower() == q.mention.lower()
            and (words[0].lower() == "the" or words[0].endswith(("'s", "’s")))
            and not own_name(q.mention)
        ):
            # (also "the Montreal-based carrier", a capital inside; never a name of its
            # own, "The Manitoba Hydro Agency", for another "Authority" named after it)
            kept = desc
            desc = _org_named_next(an, q, lm.split()[-1]) or desc  # "the agency said" in a lede
            if desc == kept:  # "The agency said ... That agency, the Isle Housing Corp.,"
                desc = org_apposed_after(an, q, lm.split()[-1]) or desc
            desc = desc if _authority_fits(lm, desc) else kept
        if desc == q.mention.lower() and lm in ("the organization", "the organisation"):
            org = _last_org_quoted(q.m_start, groups, 1500)  # "Acme Co-op said ... . B, the
            if org is not None and _org_is_named(org[1]):  # organization said": any kind
                desc = org[1]
        q.speaker, q.stype = desc, "organization"
        groups.append((q.m_start, desc, "organization"))


# the heads of "the <head>" that may stand for a body quoted by a name of no kind word
# ("Lakehead Regional Transit said ... the agency said"), and the kinds they allow
_DESCRIBED_BODY_KINDS = {
    "agency": (None, "government"),
    "department": (None, "government"),
    "ministry": (None, "government"),
    "authority": (None, "government"),
    "bureau": (None, "government"),
    "commission": (None, "government"),
    "union": ("union", "association"),
    "federation": ("union", "association"),
    "association": ("union", "association"),
    "organization": (None, "union", "association", "government"),
    "organisation": (None, "union", "association", "government"),
}


def _body_quoted_before(an, q, head, persons, groups, reach=3000):
    """The body "the <head>" stands for when no name fits the head: the one body
    quoted by a body's name (``_body_name``) of a kind the head allows in the ``reach``
    characters before it, or the possessive description quoted that ends in the head
    and holds a capitalised name ("the city's Planning Services department ... the
    department said"); None when there is none or more than one (two associations
    quoted before "The association said": left alone)."""
    kinds = _DESCRIBED_BODY_KINDS.get(head)
    if kinds is None:
        return None
    found = set()
    for _pos, name in _quoted_within(q.m_start, reach, groups, persons):
        words = name.split()
        if (_body_name(an, name) and _org_kind(name) in kinds and _last_word_fits(head, words)) or (
            len(words) > 2
            and words[0].lower() == "the"
            and words[-1] == head
            and any(w[:1].isupper() for w in words[1:-1])
        ):
            found.add(name)
    return next(iter(found)) if len(found) == 1 else None


def _quoted_within(at, reach, groups, persons):
    """(position, name) of the speakers of ``groups`` and ``persons`` (each in the
    order quoted) in the ``reach`` characters before ``at``, read from the end back
    (no walk over the whole article per quote).

    >>> list(_quoted_within(50, 20, [(10, "A", "group"), (40, "B", "group")], [(45, "C", "f")]))
    [(40, 'B'), (45, 'C')]
    """
    for rows in (groups, persons):
        for row in reversed(rows):
            if at - row[0] > reach:
                break
            if 0 < at - row[0] and isinstance(row[1], str):
                yield row[0], row[1]


def _last_word_fits(head, words):
    """May a name of ``words`` be "the <head>": not when one of its words is an
    organisation head of another kind ("Halifax Regional Centre" is no "department",
    "Illinois Board of Elections" no "commission")?

    >>> _last_word_fits("department", ["Halifax", "Regional", "Centre"])
    False
    >>> _last_word_fits("agency", ["Lakehead", "Regional", "Transit"])
    True
    """
    fits = _ORG_HEADS.get(head, ())
    for w in words:
        low = w.lower().strip(".,")
        if low != head and low in _ORG_HEADS and low not in fits:
            return False
    return True


def own_name(mention: str) -> bool:
    """Is the mention a body's own name, its head and the word before it capitalised
    after "the" ("The Manitoba Hydro Agency"), no description ("the agency", "the
    Montreal-based carrier") that a body named elsewhere may fill?

    >>> own_name("The Manitoba Hydro Agency"), own_name("the Montreal-based carrier")
    (True, False)
    """
    words = mention.split()
    return len(words) > 2 and words[-1][:1].isupper() and words[-2][:1].isupper()


def _modified_body_quoted_before(an, q, words, persons, groups):
    """The body quoted before for "the <modifier> <head>" whose own name holds the
    lower-case modifier and a word of the head's kind ("Health P.E.I. said ... the
    health authority said": Health P.E.I.); None when the body quoted before lacks the
    modifier ("the transit authority") or is of another kind ("Transit Workers Local").

    >>> from types import SimpleNamespace
    >>> q = SimpleNamespace(mention="the State Department", m_start=90)
    >>> _modified_body_quoted_before(None, q, ["the", "state", "department"], [], [])
    """
    written = q.mention.split()
    if len(words) != 3 or len(written) != 3 or not written[1].islower():
        return None  # (a capitalised name, "the State Department", stays as written)
    if words[2] not in _ORG_HEADS:
        return None
    found = set()
    for row in reversed(groups):
        if q.m_start - row[0] > 3000:
            break
        name = row[1]
        if not (0 < q.m_start - row[0] and row[2] == "organization" and isinstance(name, str)):
            continue
        nw = name.split()
        low = re.findall(r"[a-z]+", name.lower())
        if words[1] in low and nw[0][:1].isupper() and set(low) & _ORG_HEADS[words[2]]:
            if _last_word_fits(words[2], nw) and words[1] != nw[-1].lower():
                found.add(name)  # (a name ending in the modifier is other rules')
    return next(iter(found)) if len(found) == 1 else None


def _resolve_described_body(an, q, lm, persons, groups):
    """After ``_resolve_org``: give "the <head>" still unresolved the body the article
    names for it (``_lede_body_named_next``, ``_body_quoted_before``); the speaker kept
    otherwise."""
    if not isinstance(q.speaker, str) or q.speaker.lower() != q.mention.lower():
        return
    words = lm.split()
    name = _lede_body_named_next(an, q, lm) if len(words) > 2 and not own_name(q.mention) else None
    if name is None and len(words) == 2 and words[0] == "the":
        name = _body_quoted_before(an, q, words[1], persons, groups)
        if name is None:  # ("Transplant Estrie said ... the agency said")
            name = one_body_of_field(q.m_start, words[1], groups, persons, an.title_cache)
    if name is None and len(words) == 3 and words[0] == "the" and words[1].isalpha():
        name = _modified_body_quoted_before(an, q, words, persons, groups)
    if name is None or lm.endswith("authority") and authority_described_before(an, name):
        return
    if groups and groups[-1][0] == q.m_start:
        groups[-1] = (q.m_start, name, "organization")
    q.speaker, q.stype = name, "organization"


_SPOKES_OF_DESC_RE = re.compile(
    r"an?[ \t]+spokes(?:person|man|woman)[ \t]+(?:for|with)[ \t]+(the(?:[ \t]+[a-z]+){1,3})"
)


def _resolve_spokes_of_body(an, q, lm, persons, groups, reach=2000):
    """ "a spokesperson for the department" speaks for the body "the department"
    stands for (``_resolve_org``, ``_resolve_described_body``) when that is a name
    ("Fisheries and Oceans Canada"), and "the spokesperson" soon after is the same
    body; False when the mention is neither or no name is found."""
    memo = an.title_cache.get(("spokes of body",))
    if lm in ("the spokesperson", "the spokesman", "the spokeswoman"):
        if memo is None or not 0 < q.m_start - memo[0] <= reach:
            return False
        if "spokes" in an.text[memo[2] : q.m_start].lower():
            return False  # (another spokesperson came in between)
        q.speaker, q.stype = memo[1], "organization"
        groups.append((q.m_start, memo[1], "organization"))
        return True
    m = _SPOKES_OF_DESC_RE.fullmatch(lm)
    if m is None or not _is_org_reference(m.group(1)):
        return False
    saved = q.mention, q.speaker, q.stype, len(groups)
    q.mention = m.group(1)
    try:
        _resolve_org(an, q, m.group(1), groups)
        _resolve_described_body(an, q, m.group(1), persons, groups)
    finally:
        q.mention = saved[0]
    name = q.speaker if isinstance(q.speaker, str) else ""
    if not name[:1].isupper():
        del groups[saved[3] :]
        q.speaker, q.stype = saved[1], saved[2]
        return False
    q.stype = "organization"
    an.title_cache[("spokes of body",)] = (q.m_start, name, q.m_end)
    return True


_OWNERS_BOARD_RE = re.compile(
    r"[Tt]he[ \t]+(company|firm|corporation|theatre|charity|society|association|foundation)"
    r"['’]s[ \t]+board"
)


def _owners_board(an, q, groups):
    """Give "the company's board" the organisation "the company" resolves to, when that
    is a name ("Tidewater Stage Company ... The company's board said"), and remember it
    for the later "the board" rows of the article (``an.title_cache``); False when the
    mention is neither or no name is found."""
    memo = an.title_cache.get(("owners board",))
    if memo is not None and q.mention.lower() == "the board":
        q.speaker, q.stype = memo, "organization"
        groups.append((q.m_start, memo, "organization"))
        return True
    m = _OWNERS_BOARD_RE.fullmatch(q.mention)
    if m is None:
        return False
    saved = q.mention, q.speaker, q.stype
    q.mention = "the " + m.group(1)
    try:
        _resolve_org(an, q, q.mention, groups)
    finally:
        q.mention = saved[0]
    name = q.speaker or ""
    if not name or name.lower().startswith("the ") or not name[:1].isupper():
        q.speaker, q.stype = saved[1], saved[2]
        return False
    q.stype = "organization"
    an.title_cache[("owners board",)] = name
    return True


def lead_modifiers_dropped(quotes) -> None:
    """Drop a leading hyphenated modifier ("Winnipeg-based", "Halifax-area",
    "award-winning"), with a "the" before it, from each organisation speaker whose name follows it capitalised:
    the modifier describes the body and is no word of its name (in place).

    >>> class Q: speaker, stype = "Winnipeg-based Keystone Transit", "organization"
    >>> qs = [Q()]; lead_modifiers_dropped(qs); qs[0].speaker
    'Keystone Transit'
    """
    for q in quotes:
        s = q.speaker
        if q.stype != "organization" or not isinstance(s, str) or "-" not in s:
            continue
        first, _, rest = s.partition(" ")
        if first in ("the", "The"):  # "the Calgary-based Prairie Sky Airlines"
            first, _, rest = rest.partition(" ")
        if (
            rest[:1].isupper()
            and first.endswith(_LEAD_MODIFIER_ENDS)
            and first.rsplit("-", 1)[1][:1].islower()
        ):
            q.speaker = rest
