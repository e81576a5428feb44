"""Documents and their authors: "the report", "the lawsuit" and the body or person that
issued, signed or wrote them, and the subjects inside a document sentence.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .antecedents import _CAP_NAME_WORD, _TIME_WORDS_CO, _unquoted_before
from .blocks import MASK
from .ledes import _DOC_HEADS
from .lexicon import _IRREGULAR_PAST, load_titles
from .names import parse_person_name
from .released_documents import document_released_by
from .statement_behalf import behalf_owner
from .usage import _never_a_person

# a document or medium that a later "it said" quotes ("A letter from the staff
# association urged ... '...,' it said"; "Thursday's memo from the panel ... it stated")
_DOCUMENT_RE = re.compile(
    r"\b(?:(?P<owner>[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,3})['’]s|[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir"
    r"|[Hh]is|[Hh]er|[A-Z][a-z]+day['’]s)[ \t]+(?:[\w-]+[ \t]+){0,2}"
    r"(?P<noun>letter|memo|memorandum|statement|report|e-?mail|website|newspaper|editorial"
    r"|advertisement|ad|sign|study|survey|petition|release|message|document|filing|complaint"
    r"|lawsuit|ruling|resolution|column|article|video|page|site|magazine|book)\b"
)


# "Schlafly’s Final Column", "Roe's New Book": a possessed, title-case document
_OWNED_DOCUMENT_RE = re.compile(
    r"([A-Z][\w-]*)['’]s(?:[ \t]+[A-Z][\w-]*){0,2}[ \t]+"
    r"(?:Letter|Memo|Statement|Report|Column|Article|Book|Essay|Op-[Ee]d|Blog|Post|Speech)"
)


def _owned_document(an, q, persons):
    """Give a title-case mention of a person's document ("Schlafly’s Final Column
    Explains ...", a headline) that person's full name as speaker, and True, when the
    article names a person with that surname in full; False otherwise."""
    m = _OWNED_DOCUMENT_RE.fullmatch(q.mention)
    if m is None:
        return False
    owner = m.group(1)
    fulls = {e[1] for e in an.by_last.get(owner.lower(), ()) if len(e[1]) >= 2}
    if not fulls:
        return False
    canon = an.canonical((owner,))
    if " " not in canon:
        return False
    q.speaker, q.stype = canon, "person"
    persons.append((q.m_start, canon, an.gender_of.get(canon.lower())))
    return True


_ISSUED_RE = re.compile(r"\b(?:sent|released|issued|published|posted|circulated)\Z")


def _document_before(an, at, reach=300):
    """(end, speaker) of "it said" that the ``reach`` characters before ``at`` name
    as a document outside quotations: the owner of "Acme's letter", else its
    author (``_document_author``), else "the letter"; None when there is none.

    >>> class _An:
    ...     text = masked = "A letter from the union urged a vote. 'Act now,' it said."
    >>> _document_before(_An, _An.text.index("it said"))
    (8, 'the union')
    """
    lo, seg = _unquoted_before(an, at, reach)
    last = None
    for m in _DOCUMENT_RE.finditer(seg):
        lead = seg[max(0, m.start() - 12) : m.start()].rstrip(" \t")
        lead = re.sub(r"(?:^|[ \t\n])(?:In|On)$", "", lead).rstrip(" \t")
        if m.start() == 0 or not lead or lead[-1] in '.!?\n"”’\x01' or _ISSUED_RE.search(lead):
            last = m  # one that opens its sentence ("The report also ...", "On its website")
    if last is None:
        return None
    owner = last.group("owner")
    if (
        owner
        and owner.split()[0] not in ("The", "A", "An", "This", "That")
        and (owner.lower() not in _TIME_WORDS_CO)
    ):
        return lo + last.end(), owner
    noun = last.group("noun")
    return lo + last.end(), _document_author(an, lo + last.end(), noun) or "the " + noun


# words that end a noun phrase (verbs, function words) after its head
_NOT_NP = (
    r"(?:[a-z]+(?:ly|ed)|was|were|is|are|has|had|have|and|or|but|who|which|that|in|on|at"
    r"|for|to|of|with|by|as|said|says|will|would|this|last|on)\b"
)


_AUTHOR_NP = (
    r"(?:[Tt]he[ \t]+)?(?:[A-Z][\w.&'’-]*[ \t]+){0,4}[A-Z][\w.&'’-]*(?:[ \t]+(?!"
    + _NOT_NP
    + r")[a-z]+)?"
    r"|[Tt]he[ \t]+[a-z]+(?:[ \t]+(?!" + _NOT_NP + r")[a-z]+)?"
)


@lru_cache(maxsize=512)
def _author_rx(noun):
    """ "<X> sent a ... <noun>" / "<noun> ... from <X>" for ``_document_author``."""
    return re.compile(
        r"(?:(?:^|(?<=[.!?\n,])[ \t]*)(?P<a>" + _AUTHOR_NP + r")[ \t]+(?:[a-z]+ly[ \t]+)?"
        r"(?:sent|released|issued|published|posted|circulated|distributed|wrote)[ \t]+"
        r"(?:a|an|the|its|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,2}" + noun + r"\b"
        r"|\b" + noun + r"[ \t]+(?:[\w-]+[ \t]+){0,6}?from[ \t]+(?P<b>" + _AUTHOR_NP + r"))"
    )


def _document_author(an, end, noun, reach=800):
    """Who wrote the document ``noun`` named last before ``end``, as the ``reach``
    characters before it say outside quotations: "<X> sent a fundraising email",
    "a letter ... from <X>" -> X ("the staff association"); None when they do not.

    >>> class _An:
    ...     text = masked = "The Lee campaign sent an email. The email read: A."
    >>> _document_author(_An, len(_An.text), "email")
    'the Lee campaign'
    """
    rx = _author_rx(noun)
    lo = max(0, end - reach)
    src = an.masked if an.masked is not None else an.text
    seg = src[lo : end + 120]
    last = None
    for m in rx.finditer(seg):
        if m.start() < end - lo:
            last = m  # (the document named at ``end`` or before it)
    if last is None:
        return None
    who = (last.group("a") or last.group("b")).strip()
    if who.split()[-1] in _IRREGULAR_PAST:
        who = who.rsplit(None, 1)[0]  # "the aide came": the aide
    if who.split()[0] in ("The", "the") and len(who.split()) > 1:
        who = "the " + who.split(None, 1)[1]
    return who


def _authority_fits(lm, name):
    """False for a name ending "Health" or "Services" that "the <modifier> authority"
    cannot stand for ("the airport authority" is no "Shared Health"; "the authority" and
    "the health authority" can be); True otherwise."""
    if name is None or not lm.endswith("authority") or lm.split()[1:-1] in ([], ["health"]):
        return True
    return name.split()[-1].lower() not in ("health", "services")


_DOC_SUBJECT_RE = re.compile(
    r"[ \t\n]*[Tt]he[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(report|memo|note|statement|letter|outlook|release|e-?mail|post|tweet|message|document"
    r"|study|survey|editorial|column|article|advertisement|ad|petition|filing|complaint|lawsuit)"
    r"\b(?![ \t]+(?:said|says))"
)


# how a sentence between "it" and the document subject may open and still leave the
# document the topic ("The email was sent by Ann Roe. Two people died. 'A,' it reads.")
_DOC_SKIP_RE = re.compile(
    r"[ \t\n]*(?:He|She|They|We|I|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d)\b"
)


def _document_subject_before(an, at):
    """ "the <document>" when the sentence before ``at`` opens with a document as its
    subject ("The report also flags risks. It says ..."), else None: the document,
    not an organisation named inside that sentence, is what "it" refers to."""
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], at) - 1
    if si < 1 or _unquoted_rest(an, an.sents[si][0], at):
        return None  # ("It" must open its sentence, or follow only a quotation)
    # the sentences before, quotations skipped ("'A,' it said."), at most one other
    # sentence that opens with a person, a number or a group ("Two Americans died.");
    # but for the sentence right before an "It" that opens its own, the document's
    # author when the article gives one ("The email from the aide came. 'A,' it read.")
    skipped = 0
    for sj in range(si - 1, max(-1, si - 6), -1):
        s0, s1 = an.sents[sj]
        if not _unquoted_rest(an, s0, s1):
            continue  # a sentence of quotation only
        m = _DOC_SUBJECT_RE.match(an.text, s0, s1)
        if m is not None:
            if sj == si - 1 and not an.text[an.sents[si][0] : at].strip():
                return "the " + m.group(1)
            return _document_author(an, m.end(), m.group(1)) or "the " + m.group(1)
        skipped += 1
        if skipped > 1 or not _DOC_SKIP_RE.match(an.text, s0, s1):
            return None
    return None


# a document a person writes in or cites ("wrote in the affidavit", "cited a 2001 memo")
_DOC_OBJECT_RE = re.compile(
    r"\b(?:the|a|an|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(affidavit|memorandum|memo|letter|report|complaint|lawsuit|filing|indictment|petition"
    r"|e-?mail|column|editorial|op-ed|study|ruling|opinion)\b"
)


def _document_object_before(an, at):
    """ "the <document>" for an "It" opening its sentence right after a sentence that
    names a document outside quotations and before it people only ("Roe wrote in the
    affidavit. It continued: ...", "Vale cited a 2001 memorandum issued by Acme. It
    says ..."): a person is never "it"; else None.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Tom Marsh cited a 2001 memorandum in court. It says visas can be revoked."
    >>> an = _ArticleNames(t, [(0, 42), (43, len(t))], lexicon(), None)
    >>> _document_object_before(an, 43)
    'the memorandum'
    """
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], at) - 1
    if si < 1 or _unquoted_rest(an, an.sents[si][0], at):
        return None  # ("It" must open its sentence, or follow only a quotation)
    s0, s1 = an.sents[si - 1]
    seg = an.masked[s0:s1] if an.masked is not None else an.text[s0:s1]
    doc = None
    for m in _DOC_OBJECT_RE.finditer(seg):
        if MASK not in m.group():
            doc = m
    if doc is None:
        return None
    name_pos = an.positions()
    person = False
    for i in range(
        bisect.bisect_left(name_pos, s0), bisect.bisect_left(name_pos, s0 + doc.start())
    ):
        pos = name_pos[i]
        if an.masked is not None and an.masked[pos] == MASK:
            continue
        if an.junk_opener(i):
            continue
        g, ok = an.person_like(i)
        if (
            not ok
            or _never_a_person(an, " ".join(an.names[i][1]))
            or an.text.endswith(("the ", "The "), 0, pos)
        ):  # ("Roe sued Acme Corp in a complaint. It said ...": maybe Acme; "the
            # official Harlow Review said in an editorial": a newspaper)
            return None
        person = True
    return "the " + doc.group(1) if person else None


def _unquoted_rest(an, lo, hi):
    """The text of lo..hi without quotations, quote marks, punctuation and "it said"
    (empty for "'A,' it said." and for what stands before a quote's "It")."""
    seg = an.masked[lo:hi] if an.masked is not None else an.text[lo:hi]
    seg = seg.replace(MASK, "").strip(" \t\n\"'“”‘’,.:;!?")
    return "" if _IT_CUE_RE.fullmatch(seg) else seg


_IT_CUE_RE = re.compile(r"[Ii]t[ \t]+[a-z]+")


_POSSESSED_DOC_RE = re.compile(r"[Tt]he[ \t]+([a-z]+)['’]s[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)")


def _possessed_documents(an, quotes, reach=3000):
    """Give a speaker "the centre's statement" (a described owner's document) the
    nearest earlier speaker, within ``reach`` characters, whose name has that noun
    ("Canadian Centre for Ethics in Sport"); nothing when there is none."""
    for k, q in enumerate(quotes):
        m = _POSSESSED_DOC_RE.fullmatch(q.speaker or "")
        if m is None or m.group(2) not in _DOC_HEADS:
            continue
        noun = m.group(1)
        for p in reversed(quotes[:k]):
            if q.m_start - p.m_start > reach:
                break
            if p.stype != "person" and noun in (p.speaker or "").lower().split():
                q.speaker, q.stype = p.speaker, p.stype
                break


# (or "figures released by her office", "a notice posted Friday by the court-appointed
# administrator, Crestview Claims" -> the name in apposition; "her office" -> group 2)
_WRITTEN_BY_RE = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
    r"(?:report|letter|memo|study|review|brief|notice|figures|data|numbers|records)[ \t]+"
    r"(?:prepared|written|compiled|drafted|authored|released|posted|published|issued|filed)"
    r"(?:[ \t]+(?:on[ \t]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?[ \t]+by[ \t]+"
    r"(?:the[ \t]+(?:(?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*,[ \t]+)?)?"
    r"(?:((?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'-]*|(?:city[ \t]+)?staff)"
    r"|(?:his|her)[ \t]+(office|ministry|department|team|staff)"
    r"|(?<=the[ \t])(?:[a-z][\w-]*[ \t]+){0,3}([a-z][\w-]*))"
)


# the name in apposition right after a described owner: ", Crestview Claims Services."
_APPOSED_OWNER_RE = re.compile(r",[ \t]+((?:[A-Z][\w’'&.-]*[ \t]+){0,4}[A-Z][\w’'-]*)(?=[,.;]|\Z)")


# "The statement was issued by the Northwestern Ontario Renal Network, which ...": the
# issuer named right after a described body's statement
_ISSUED_BY_NEXT_RE = re.compile(
    r"[^.!?\n]{0,60}?[.][ \t]+(?:The|That|This)[ \t]+(statement|release|letter|report)[ \t]+was"
    r"[ \t]+(?:issued|released|sent|signed)[ \t]+by[ \t]+(?:the[ \t]+)?"
    r"((?:[A-Z][\w’'.&-]*[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?){1,6}[A-Z][\w’'-]*)"
)


def issuer_named_next(an, quotes):
    """Give a described body's quote made "in a statement" the body the next sentence says
    issued it ("The regional health authority said in a statement that A. The statement
    was issued by the Lakehead Renal Network" -> Lakehead Renal Network); a speaker with a
    capital (a name) or a sentence naming no issuer is left alone.

    >>> from types import SimpleNamespace as N
    >>> t = "The agency said in a statement that A. The statement was issued by Lake Care Network."
    >>> q = N(speaker="the agency", m_start=0, start=t.index("A."), end=t.index("A.") + 1)
    >>> issuer_named_next(N(text=t), [q]); q.speaker
    'Lake Care Network'
    """
    for q in quotes:
        sp = q.speaker or ""
        if len(sp.split()) < 2 or sp != sp.lower() or q.m_start < 0:
            continue
        m = _ISSUED_BY_NEXT_RE.match(an.text, q.end)
        if m is None or f" a {m.group(1)}" not in an.text[q.m_start : q.start]:
            continue
        q.speaker, q.stype = m.group(2).rstrip("."), "organization"


def _document_authors(an, quotes, reach=3000):
    """Give a quote whose speaker is a document ("the statement", "the memo") the
    speaker of the nearest earlier quote whose sentence says it was made "in a" such
    document ("Acme said in a statement ... 'We regret it,' the statement said" -> Acme; "In a
    memo to staff, Jo Roe said ... The memo also says" -> Jo Roe); the description
    stays when there is none. A quote given so passes its author on to the next
    mention of the same document ("... The report says X. According to the report,
    Y": both the author's)."""
    passed = {}  # id of a quote given an author -> the document head it named
    for k, q in enumerate(quotes):
        if q.speaker and (m := _WRITTEN_BY_RE.fullmatch(q.speaker)) is not None:
            if m.group(1):
                q.speaker = m.group(1)  # "according to a report prepared by city staff"
            elif m.group(3):
                if (ap := _APPOSED_OWNER_RE.match(an.text, q.m_end)) is not None:
                    q.speaker = ap.group(1)  # ("..., Crestview Claims Services")
            elif k and quotes[k - 1].stype == "person" and q.m_start - quotes[k - 1].m_start < 600:
                q.speaker = quotes[k - 1].speaker  # "figures released by her office": hers
            continue
        ws = (q.speaker or "").lower().split()
        if not (2 <= len(ws) <= 3 and ws[0] == "the" and ws[-1] in _DOC_HEADS):
            continue
        if any(w.endswith(("'s", "’s")) for w in ws):
            continue  # "the campaign's statement": its author is named
        for p in reversed(quotes[:k]):
            if q.m_start - p.m_start > reach:
                break
            pw = (p.speaker or "").lower().split()
            if not pw or pw[-1] in _DOC_HEADS or p.m_start < 0:
                continue
            an.antecedents()
            si = bisect.bisect_right(an.ante[0], p.m_start) - 1
            lo, hi = an.sents[si] if si >= 0 else (p.m_start - 200, p.m_end + 200)
            if (
                passed.get(id(p)) == ws[-1]
                or an.text.find(ws[-1], max(0, lo), hi) >= 0
                and re.search(
                    rf"\b(?:[Ii]n[ \t]+an?|(?:wrote|writes|said|says)[ \t]+in[ \t]+(?:the|his|her|its|their)"
                    rf"|(?:issued|released)[ \t]+an?)"
                    rf"[ \t]+(?:[\w-]+[ \t]+){{0,2}}{ws[-1]}\b",
                    an.text[max(0, lo) : hi],
                )
            ):
                q.speaker, q.stype = p.speaker, p.stype
                if ws[-1] == "report" and p.stype == "person":
                    body = _officer_body(an.text[max(0, lo) : hi], p.speaker)
                    if body is not None:  # "The Unit's director, Ann Roe, wrote in the report"
                        q.speaker, q.stype = body, "organization"
                passed[id(q)] = ws[-1]
                break
        else:
            author = _document_of_name(an, q.m_start, ws[-1]) or _document_issuer(
                an, q.m_start, ws[-1]
            )
            if author is not None:
                q.speaker, q.stype = author
                passed[id(q)] = ws[-1]
                continue
            signers = _signers(an, q.m_start, ws[-1])
            if signers is not None:
                q.speaker, q.stype = signers, "group"  # "nurses who signed an open letter"


_OFFICER_BODY = r"(?P<body>(?:[A-Z][\w’'.&-]*[ \t]+(?:of[ \t]+|and[ \t]+)?){0,5}[A-Z][\w’'.&-]*)"


# "<Body>'s director, <Name>," / "<Name>, (the) director of the <Body>,"
_OFFICER_BODY_RES = (
    re.compile(
        r"(?:^|(?<=[ \t]))(?:[Tt]he[ \t]+)?" + _OFFICER_BODY + r"['’]s[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
        r"(?:director|chair|chairman|chairwoman|chairperson|head|president|chief|commissioner"
        r"|ombudsman|ombudsperson|auditor)[ \t]*,[ \t]+(?P<name>[^,]{3,60}),"
    ),
    re.compile(
        r"(?P<name>(?:[A-Z][\w’'.-]*[ \t]+){1,3}[A-Z][\w’'-]*),[ \t]+(?:the[ \t]+)?"
        r"(?:director|chair|chairman|chairwoman|chairperson|head|president|chief|commissioner"
        r"|ombudsman|ombudsperson)[ \t]+of[ \t]+(?:the[ \t]+)?" + _OFFICER_BODY + r"[,.]"
    ),
)


def _officer_body(sent, person):
    """The body whose head the sentence ``sent`` introduces ``person`` as ("The Special
    Investigations Unit's director, Ann Roe, wrote in the report ..." -> "Special
    Investigations Unit"): its report is the body's; None when it names none.

    >>> _officer_body("The Harbour Safety Board's chair, Ann Roe, wrote in it.", "Ann Roe")
    'Harbour Safety Board'
    >>> _officer_body("Ann Roe wrote in the report that it was safe.", "Ann Roe") is None
    True
    """
    last = person.split()[-1]
    if last not in sent:
        return None
    for rx in _OFFICER_BODY_RES:
        for m in rx.finditer(sent):
            body = m.group("body")
            if last in m.group("name").split() and len(body.split()) >= 2:
                return re.sub(r"^(?:The|A|An)[ \t]+", "", body)
    return None


@lru_cache(maxsize=64)
def _in_document_subject_rx(noun):
    """ "In a statement released through his agent, Ann Roe thanked ...": the name
    after a lead phrase "In a <noun> ...," and any lower-case title words ("In a decision
    dated Monday, adjudicator Ann Roe found") (compiled once per noun)."""
    return re.compile(
        r"\b[Ii]n[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,3}"
        + noun
        + r"\b[^.;:!?\n“”\"]{0,80}?,[ \t]+"
        # (lower-case title words before the name: "residential tenancies officer Ann Roe")
        + r"(?:(?!(?:the|an?|its|his|her|their|our|this|that)[ \t])[a-z][\w-]*[ \t]+){0,3}((?:"
        + _CAP_NAME_WORD
        + r"[ \t]+){0,3}"
        + _CAP_NAME_WORD
        + r")[ \t]+[a-z]"
    )


@lru_cache(maxsize=64)
def _document_of_name_rx(noun):
    # "The statement of Ann Roe, 77, ... was read by her daughter": the document's owner
    return re.compile(
        rf"\b[Tt]he[ \t]+{noun}[ \t]+of[ \t]+((?:[A-Z][\w’'-]*[ \t]+){{0,3}}[A-Z][\w’'-]*)"
    )


def _document_of_name(an, at, noun, reach=400):
    """(speaker, "person") of "The <noun> of NAME" in the ``reach`` characters before
    ``at`` (outside quotations), when NAME is a person the article names; None
    otherwise ("The statement of Ann Roe, 77, was read by her daughter. A, the
    statement said" -> Ann Roe; "the statement of claim" names nobody)."""
    _lo, seg = _unquoted_before(an, at, reach)
    if noun not in seg:
        return None
    last = None
    for m in _document_of_name_rx(noun).finditer(seg):
        last = m
    if last is None:
        return None
    run = parse_person_name(last.group(1))[0]
    if not run or len(run) < 2:
        return None
    canon = an.canonical(list(run))
    return (canon, "person") if _name_type(an, canon) == "person" else None


def _document_issuer(an, at, noun, reach=3000):
    """(speaker, type) of the one who issued the document ``noun`` ("the statement")
    by the ``reach`` characters before ``at``, outside quotations, when no quote's
    sentence says so: the subject after "In a statement ...," ("In a statement
    released through his agent, Ann Roe thanked the team" -> Ann Roe); None otherwise.
    (Not "X issued a statement": PolNeAR's annotators keep "the statement" then.)"""
    _lo, seg = _unquoted_before(an, at, reach)
    last = None
    if noun in seg:
        for m in _in_document_subject_rx(noun).finditer(seg):
            last = m
    if last is not None:
        run = parse_person_name(last.group(1))[0]
        if run:
            canon = an.canonical(list(run))
            return canon, _name_type(an, canon)
    if noun in seg:
        for m in _subject_in_document_rx(noun).finditer(seg):
            last = m
    if last is not None and last.group(1).split()[0] not in _SENT_START_CAPS:
        name = last.group(1)  # "Acme Corp. announced ... in a news release"
        return name, _name_type(an, name)
    found = _document_written_by(an, seg, noun) or behalf_owner(an, _lo, seg, noun)
    if found is None and (body := document_released_by(seg, noun)) is not None:
        return body, _name_type(an, body)  # "a report released Wednesday by the Ministry"
    return found or _issued_by_body(an, seg, noun)


@lru_cache(maxsize=64)
def _issued_by_rx(noun):
    """ "..., Tidemark Health, issued a lengthy statement": a name of two to five
    capitalised words (after a comma or opening its sentence) whose verb is "issued" or
    "released" and whose object is the document ``noun`` (compiled once per noun)."""
    return re.compile(
        r"(?:(?<=[.!?\n])|,)[ \t]*((?:"
        + _CAP_NAME_WORD
        + r"[ \t]+){1,4}"
        + _CAP_NAME_WORD
        + r"),?[ \t]+(?:issued|released)[ \t]+an?[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}"
        + noun
        + r"\b(?![ \t]+(?:saying|that|which|calling)\b)"
    )


def _issued_by_body(an, seg, noun):
    """(name, "organization") of the body the text before says issued the document
    ``noun`` with no quote of its own in that sentence ("The region's health authority,
    Tidemark Health, issued a lengthy statement on Tuesday. '...,' the statement said" ->
    Tidemark Health); None when it names none or the issuer is a person (PolNeAR keeps
    "the statement" for a person's statement)."""
    if noun not in seg or ("issued" not in seg and "released" not in seg):
        return None  # (the cheap tests first)
    last = None
    for m in _issued_by_rx(noun).finditer(seg):
        last = m
    if last is None:
        return None
    name = re.sub(r"^(?:The|A|An)[ \t]+", "", last.group(1))
    words = name.split()
    titles = load_titles()
    if (
        words[0] in _SENT_START_CAPS
        or any(
            w.lower().rstrip(".") in titles["role"] or w.lower() in titles["honorific"]
            for w in words
        )
        or _name_type(an, name) != "organization"
        or _name_type(an, an.canonical(words[-1:])) != "organization"
    ):
        return None  # "President Obama issued a statement": a person's statement
    return name, "organization"


@lru_cache(maxsize=64)
def _written_by_name_rx(noun):
    """ "<noun> written in October by city building inspector <Name>", "a letter to the
    editor published in Le Devoir last week by a Villeray resident, <Name>," for
    ``_document_written_by``."""
    return re.compile(
        rf"\b{noun}(?:[ \t]+to[ \t]+the[ \t]+editor)?[ \t]+"
        r"(?:prepared|written|compiled|drafted|authored|signed|published|sent)"
        r"(?:[ \t]+(?:in|on|last|this)(?:[ \t]+[A-Za-z]+){1,2}){0,2}[ \t]+by[ \t]+"
        r"(?:[a-z][\w-]*[ \t]+){0,4}?(?:(?:[A-Za-z][\w-]*[ \t]+){0,2}[a-z][\w-]*,[ \t]+)?"
        r"([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'-]*){1,3})\b"
    )


def _document_written_by(an, seg, noun):
    """(speaker, type) of the person a document "reads" for when the text before says
    who wrote it ("an inspection report written in October by city building inspector
    Tom Roe. The report reads, in part:" -> Tom Roe); None otherwise."""
    if noun not in seg:
        return None
    last = None
    for m in _written_by_name_rx(noun).finditer(seg):
        last = m
    if last is None:
        return None
    run = parse_person_name(last.group(1))[0]
    if not run:
        return None
    canon = an.canonical(list(run))
    return canon, _name_type(an, canon)


_SENT_START_CAPS = frozenset("The A An This That It He She They We I In On At But And".split())


@lru_cache(maxsize=64)
def _subject_in_document_rx(noun):
    """ "Acme Forest Products announced the closure in a news release": an
    organisation's name of two to five capitalised words opening its sentence, a past
    verb and "in a <noun>" in the same sentence (compiled once per noun)."""
    return re.compile(
        r"(?:^|(?<=[.!?\n]))[ \t]*((?:"
        + _CAP_NAME_WORD
        + r"[ \t]+){1,4}"
        + _CAP_NAME_WORD
        + r")[ \t]+[a-z]+ed\b[^.;:!?\n“”\"]{0,80}?\bin[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}"
        + noun
        + r"\b"
    )


def _name_type(an, name):
    """ "person" when ``name`` is a person's by the article (a gender known for it, or a
    listed given name first), else "organization"."""
    if an.gender_of.get(name.lower()) or an.lex.gender.get(name.split()[0].lower()):
        return "person"
    return "organization"


def _signers(an, at, noun, reach=1500):
    """The people the ``reach`` characters before ``at`` say signed or wrote the
    document ``noun``, outside quotations: "40 nurses who signed an open letter", "a
    letter signed by 40 nurses" -> "nurses"; "a report prepared by city staff" -> "city
    staff"; None when they do not.

    >>> class _An:
    ...     text = masked = "Ten pilots who signed a letter spoke. The letter says so."
    >>> _signers(_An, _An.text.index("The letter"), "letter")
    'pilots'
    """
    lo, seg = _unquoted_before(an, at, reach)
    if noun not in seg:
        return None  # (the cheap test first)
    last = None
    for m in re.finditer(
        r"\b(?P<a>[a-z]{3,}s)[ \t]+who[ \t]+(?:had[ \t]+)?(?:signed|wrote|drafted)[ \t]+"
        r"(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}" + noun + r"\b|\b" + noun + r"[ \t]+"
        r"(?:[\w-]+[ \t]+){0,4}?(?:signed|written)[ \t]+by[ \t]+(?:[\w-]+[ \t]+){0,3}?"
        r"(?P<b>[a-z]{3,}s)\b|\b" + noun + r"[ \t]+(?:prepared|written|compiled|drafted|authored)"
        r"[ \t]+by[ \t]+(?:the[ \t]+)?(?P<c>(?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'-]*|(?:city[ \t]+)?staff)\b",
        seg,
    ):
        last = m.group("a") or m.group("b") or m.group("c")
    return last
