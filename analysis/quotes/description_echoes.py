"""Bare descriptions of people ("the retired millwright", "the couple") given the
speaker the story introduced them as: echoed stems of the introduction, offices of a
named body ("the union president"), a lede's description held back, "one of the two
directors ... said A", family pairs, "the <job> <Given> <Surname>", deeds of a
description ("the retiree") and possessed things ("her models suggest").
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from .._tokens import default_stopwords as _stopwords
from .antecedents import _set_person, _unresolved_description
from .blocks import MASK
from .formats import _paragraph
from .given_names import _given_name_gender
from .kin import _KIN_GENDER, _PARAGRAPH_BREAK_RE
from .lede_named_next import (
    _DESC_HEAD_END,
    _JOB_NOUNS,
    _PERSON_NOUNS,
    _ROLE_CUES,
    _apposed_other_role,
)
from .ledes import _DESC_SYNONYMS
from .lexicon import _lines
from .mentions import _ALL
from .names import _ROLE_NO_FALLBACK
from .org_names import _PERSON_NOUN_ENDS, _PREDICATE_BEFORE_RE
from .org_subjects import _IN_FOCUS_RE, _other_name_between
from .titles import _person_gender
from .usage import _never_a_person
from .wordscan import _indefinite_head_in

# --- written46: a description that echoes how the person just quoted was introduced ---

_ECHO_SUFFIXES = ("er", "or", "ist", "ian")  # ("interpreter": interpreted, "patroller")


def _echo_stems(head):
    """The word stems a story uses when it introduces someone it later calls "the
    <head>": the head itself, its verb stem ("interpreter": "interpret"), and the
    heads description_synonyms.txt gives for it ("leader": president, chief, chair).

    >>> sorted(_echo_stems("interpreter"))
    ['interpret', 'interpreter']
    >>> "chief" in _echo_stems("leader"), _echo_stems("owner")
    (True, {'owner'})
    """
    out = {head} | _DESC_SYNONYMS.get(head, frozenset())
    for suf in _ECHO_SUFFIXES:
        if head.endswith(suf) and len(head) - len(suf) >= (5 if suf == "er" else 6):
            out.add(head[: -len(suf)])  # ("trucker": "a logging truck", five letters)
    return out


def _echoed_head(mention):
    """The lower-case person noun that heads a bare definite description ("the
    retired millwright", "the pharmacists' leader", "the patroller"), else None (a
    plural, an official or spokesperson, a name, a description with "of"/"who").

    >>> _echoed_head("the pharmacists’ leader"), _echoed_head("The patroller")
    ('leader', 'patroller')
    >>> _echoed_head("the officials"), _echoed_head("the spokesman"), _echoed_head("Ann Roe")
    (None, None, None)
    """
    words = mention.split()
    if not 2 <= len(words) <= 4 or words[0] not in ("the", "The"):
        return None
    if any(w.lower() in _DESC_HEAD_END or w[:1].isupper() for w in words[1:]):
        return None  # (and "the Sanders aide": someone's aide, not Sanders)
    head = words[-1]
    if not head.isalpha() or not head.islower() or head in _ROLE_NO_FALLBACK:
        return None
    if head.startswith("spokes") or head.endswith("s") and not head.endswith("ss"):
        return None
    if head in _PERSON_NOUNS or head in _ROLE_CUES or head.endswith(_PERSON_NOUN_ENDS):
        return head
    return None


def _paragraph_before(text, lo):
    """The start of the paragraph before the one that starts at ``lo`` (``lo`` itself at
    the text's start).

    >>> _paragraph_before("A.\\n\\nB.\\n\\nC.", 8)
    4
    """
    j = lo
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return text.rfind("\n", 0, j) + 1 if j else lo


def _introduction_text(an, quotes, k, canon):
    """The narration where the story introduced and re-described ``canon`` before the
    statement ``quotes[k]``: the paragraph of the first use of the surname and the one
    before it, and the paragraph of every mention of that person's earlier statements."""
    text = an.text
    spans = []
    first = next((p for p, *_ in an.by_last.get(canon.split()[-1].lower(), ())), None)
    if first is not None:
        lo, hi = _paragraph(text, first)
        prev_lo = _paragraph_before(text, lo)
        if lo and not _other_name_between(an, prev_lo - 1, lo, canon):
            lo = prev_lo  # (the paragraph before, when it names nobody else)
        spans.append((lo, hi))
    for r in quotes[max(0, k - 12) : k]:  # (the last dozen statements: linear on long input)
        if r.speaker == canon and r.mention:
            spans.append(_paragraph(text, r.m_start))
    at = quotes[k].m_start  # (never the description's own sentence or what follows it)
    return " ".join(text[lo : min(hi, at)] for lo, hi in spans if lo < at).lower()


def _description_echoes_quoted(an, quotes):
    """Give a bare description no rule named ("the retired millwright", "the
    patroller", "the interpreter", "the pharmacists' leader") the person quoted in the
    statement just before it, in the same paragraph or the one before, when nobody else
    is named between and the story introduced that person with the same noun, its verb
    or a synonym ("Her husband, a retired millwright, said"; "is a ski patroller who
    ... Siobhan Roe, 44, ..."; "One of them has interpreted Spanish ... said Luz Roe";
    "The association's chief executive, Lorne Roe"); speaker strings only."""
    for k in range(1, len(quotes)):
        q = quotes[k]
        if _unresolved_description(q) is None:
            continue
        head = _echoed_head(q.mention)
        p = quotes[k - 1 - _asked_opener_before(an.text, quotes, k)]
        if head is None or p.stype != "person" or " " not in (p.speaker or ""):
            continue
        if (p.cue or "").lower() in ("asked", "asks", "questioned"):
            continue  # ("Roe asked why ... . The engineer replied": the one asked)
        lo, hi = max(p.end, p.m_end), min(q.start, q.m_start)
        if hi < lo or _breaks_past_carried(an.text, lo, hi) > 1:
            continue
        if _other_name_between(an, lo, hi, p.speaker):
            continue
        want = "f" if head.endswith(("woman", "wife", "mother")) else None
        want = "m" if head.endswith("man") and not want else want
        g = _person_gender(an, p.speaker)
        if want and g and g != want:
            continue
        if p.mention.lower().startswith(("a ", "an ", "one ", "another ")):
            continue  # (an unnamed person the rules gave a name to: no introduction)
        if _unnamed_before(an, quotes, k, head, p.speaker):
            continue  # ("a senior adviser said ... . the senior adviser said": that one)
        intro = _introduction_text(an, quotes, k, p.speaker)
        if _introduced_with_noun(intro, _echo_stems(head)):
            q.speaker, q.stype = p.speaker, "person"


def _asked_opener_before(text, quotes, k):
    """1 when the statement before ``quotes[k]`` is the question of a participle that
    opens ``quotes[k]``'s own sentence ("Asked by the judge whether A, the nurse said
    B": the one who asked, not the one answering), so the statement before that one is
    the person last quoted; else 0.

    >>> class Q:
    ...     def __init__(self, cue, cs, end, ms):
    ...         self.cue, self.cue_start, self.end, self.m_start = cue, cs, end, ms
    >>> t = "Asked by the judge whether it was safe, the nurse said no."
    >>> qs = [Q("said", 0, 0, 0), Q("Asked", 0, 38, 9), Q("said", 50, 58, 40)]
    >>> _asked_opener_before(t, qs, 2), _asked_opener_before("Ann Roe asked. " + t, qs, 1)
    (1, 0)
    """
    if k < 2:
        return 0
    p = quotes[k - 1]
    if p.cue not in _ASKED_OPENERS or p.cue_start > quotes[k].m_start:
        return 0
    if p.cue_start > 0 and not text[p.cue_start - 2 : p.cue_start].isspace():
        return 0  # (the participle opens its paragraph or follows a sentence end's space)
    if _SENTENCE_END_RE.search(text, p.cue_start, quotes[k].m_start):
        return 0  # (not the answer's own sentence)
    return 1


_ASKED_OPENERS = frozenset(("Asked", "Questioned", "Pressed"))
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]*\s")


def _breaks_past_carried(text, lo, hi):
    """How many paragraph breaks ``text[lo:hi]`` holds, those before the paragraphs
    right after ``lo`` that open with a quotation mark left out (a quotation carried on
    from the statement ending at ``lo``: "She described a typical week. / '...' / '...'
    / The surgeon said": one break).

    >>> t = 'she said.\\n\\n"A."\\n\\n"B."\\n\\nThe surgeon said'
    >>> _breaks_past_carried(t, 9, len(t)), _breaks_past_carried('x.\\n\\nY.\\n\\nZ', 2, 9)
    (1, 2)
    """
    breaks = list(_PARAGRAPH_BREAK_RE.finditer(text, lo, hi))
    n = 0
    while n < len(breaks) and text[breaks[n].end() : breaks[n].end() + 1] in ('"', "“"):
        n += 1
    return len(breaks) - n


# how a story introduces someone with a noun: "a/an" or a possessive before it and at
# most two modifiers ("a retired millwright", "is a ski patroller", "its owner", "The
# association's chief executive"), or a verb made of the noun's stem ("has interpreted")
_INTRO_DET_RE = re.compile(
    r"(?:\ban?|\bits|\bhis|\bher|\btheir|['’]s?)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}\Z"
)


_INTRO_LOWER_WORD_RE = re.compile(r"[a-z]+")  # (``_introduced_with_noun``'s words)


def _introduced_with_noun(intro, stems):
    """Does the lower-case introduction text present someone with one of ``stems``
    (a noun after "a"/"an"/a possessive, or a verb of a stem: "interpreted")?

    >>> _introduced_with_noun("her husband, a retired millwright, said", {"millwright"})
    True
    >>> _introduced_with_noun("cruz said as the heckler yelled", {"heckler"})
    False
    >>> _introduced_with_noun("one of them has interpreted spanish", {"interpreter", "interpret"})
    True
    """
    for m in _INTRO_LOWER_WORD_RE.finditer(intro):
        w = m.group()
        for st in stems:
            if w == st:
                if _INTRO_DET_RE.search(intro, max(0, m.start() - 60), m.start()):
                    return True
            elif (
                len(st) >= 6 and w.startswith(st) and w[len(st) :] in ("ed", "es", "s", "ing", "e")
            ):
                return True
    return False


# a subject that is no one named: "One of them is a cash-crop farmer", "Another is a"
_OTHER_SUBJECT_RE = re.compile(
    r"(?:\b(?:[Oo]ne|[Aa]nother|[Ss]omeone|[Nn]either|[Ee]ither)\b[^.!?\n]{0,30}?)"
    r"[ \t]+(?:is|was|became)[ \t]+\Z"
)


def _other_subject_is(text, at, canon):
    """Is the "is a <noun>" before ``at`` said of someone other than ``canon``: an
    unnamed subject opens the clause ("One of them is a cash-crop farmer"), and
    ``canon``'s surname is not in it?

    >>> _other_subject_is("One of them is a farmer", 15, "Wim Roe")
    True
    >>> _other_subject_is("Roe is a farmer", 7, "Wim Roe")
    False
    """
    m = _OTHER_SUBJECT_RE.search(text, max(0, at - 48), at)
    return m is not None and canon.split()[-1] not in m.group(0)


def _unnamed_before(an, quotes, k, head, canon):
    """Does the text before ``quotes[k]`` introduce an unnamed "a/an/one ... <head>"
    that is not said of ``canon`` ("is a", "Jo Roe, a", or an apposition right after
    the mention of one of ``canon``'s statements: "Her husband, a retired millwright")?"""
    at = quotes[k].m_start
    ends = {r.m_end for r in quotes[:k] if r.speaker == canon and r.mention}
    lo, _hi = _paragraph(an.text, quotes[k - 1].m_start)  # (from the paragraph before
    lo = _paragraph_before(an.text, lo)  # the statement's on)
    if not _indefinite_head_in(an.text[lo:at], head):
        return False  # (every match is one of the case-blind test's: no pattern compiled)
    rx = r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]+(?:[\w-]+[ \t]+){0,2}" + re.escape(head) + r"\b"
    for m in re.compile(rx).finditer(an.text, lo, at):
        if an.masked is not None and an.masked[m.start()] == MASK:
            continue  # (far before, or inside a quotation)
        if _PREDICATE_BEFORE_RE.search(
            an.text, max(0, m.start() - 16), m.start()
        ) and not _other_subject_is(an.text, m.start(), canon):
            continue
        if any(0 <= m.start() - e <= 3 for e in ends):
            continue
        return True
    return False


# "the union president": an office and a word of the body a person holds it in
# ("Priya Roe, ... who was elected president of the Lakehead University Student Union")
_OFFICE_OF_BODY_HEADS = frozenset("president chair chairman chairwoman chairperson leader".split())


def _office_of_named_body(an, q, persons):
    """Fill the speaker of "the union president" (a lower-case modifier and an office
    of _OFFICE_OF_BODY_HEADS) with the one person the text before it names in the
    sentence where that office is held "of the <...> Union" (the modifier capitalised
    in the body's name; not "vice-president of"); False otherwise, and always for a
    modifier the article never capitalises so."""
    words = q.mention.split()
    if len(words) != 3 or words[0] not in ("the", "The") or words[2] not in _OFFICE_OF_BODY_HEADS:
        return False
    mod = words[1]
    if not mod.isalpha() or not mod.islower() or mod.capitalize() not in an.text:
        return False
    key = ("office of body", mod, words[2])
    if an.title_cache.get(key, 1) == 0:
        return False  # (no "<office> of the ... <Mod>" in the whole text: once per article)
    rx = re.compile(
        r"(?<![\w-])" + words[2] + r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,5}"
        + mod.capitalize() + r"\b"
    )  # fmt: skip
    found = set()
    if rx.search(an.text) is None:
        an.title_cache[key] = 0
        return False
    for m in rx.finditer(an.text, 0, q.m_start):
        lo = max(an.text.rfind(". ", 0, m.start()), an.text.rfind("\n", 0, m.start()), 0)
        name_pos = an.positions()
        got = None
        for i in range(bisect.bisect_left(name_pos, lo), bisect.bisect_left(name_pos, m.start())):
            item = an.item_of(i, _ALL)
            if item is not None and len(item[1]) >= 2:
                got = an.canonical(item[1], item[2])
        if got is not None:
            found.add(got)
    if len(found) != 1:
        return False
    return _set_person(an, q, persons, found.pop().split())


# a lede's unnamed description ("the head of the students' union says", "the woman
# who runs them says", "its owner announced"): its head noun
_LEDE_DESC_RE = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[a-z][\w’'-]*[ \t]+){0,2}?([a-z]+)"
    r"(?:[ \t]+(?:of|who)\b.*)?"
)

# how far a lede's held-back description may stand from the start of the article
_LEDE_REACH = 6000


def _lede_description_held_back(an, quotes, reach=2):
    """Give a lede's description that no rule named ("the head of the students' union
    says A", "the woman who runs them says A", "its owner announced") the first person
    the story names after it, within ``reach`` paragraphs, when that person speaks the
    next named statement and nobody is named between; when the person is named in a
    later paragraph than the next one, or an apposition gives another office, the
    sentence naming the person must echo the description (a shared word stem: "the
    students' union" / "Student Union"; a leader's word for "the head of" / "who runs":
    "Chief Librarian Ines Roe"). Speaker strings only."""
    breaks = list(itertools.islice(_PARAGRAPH_BREAK_RE.finditer(an.text), 3))
    lede_end = breaks[2].start() if len(breaks) == 3 else len(an.text)
    lede_end = min(lede_end, _LEDE_REACH)  # (one long paragraph is no lede: linear time)
    for k, q in enumerate(quotes):
        lm = _unresolved_description(q)
        if lm is None:
            continue
        if q.m_start > lede_end:
            break  # (the headline, the lede and the paragraph after it only)
        m = _LEDE_DESC_RE.fullmatch(q.mention)
        if m is None or m.group(1) in _ROLE_NO_FALLBACK or m.group(1).endswith("s"):
            continue
        head = m.group(1)
        if _indefinite_head_in(an.text[: q.m_start], head) and re.search(
            r"\b(?:an?|another|one)[ \t]+(?:[\w-]+[ \t]+){0,2}" + head + r"\b", an.text[: q.m_start]
        ):  # (the case-blind test first: ``head`` is lower-case letters, no pattern per head)
            continue  # ("a procurement manager ... . '...,' the manager wrote": that one)
        if not (
            head in _PERSON_NOUNS
            or head in _ROLE_CUES
            or head.endswith(_PERSON_NOUN_ENDS)
            or head in ("woman", "man", "person")
        ):
            continue  # fmt: skip
        p = next(
            (r for r in quotes[k + 1 :] if r.stype == "person" and " " in (r.speaker or "")), None
        )
        if p is None:
            continue
        first = next((pos for pos, *_ in an.by_last.get(p.speaker.split()[-1].lower(), ())), None)
        if first is None or first < q.m_end:
            continue
        if _speaker_named_between(an, quotes, 0, first, p.speaker) and not (
            _only_other_sex_between(an, quotes, q.m_end, first, p.speaker, head)
        ):
            continue  # (someone quoted is named before: no lede's held-back name)
        breaks = len(_PARAGRAPH_BREAK_RE.findall(an.text, q.m_end, first))
        if not 1 <= breaks <= reach:
            continue
        s_lo = max(an.text.rfind(". ", 0, first), an.text.rfind("\n", 0, first)) + 1
        s_hi = min(
            x
            for x in (_full_stop_after(an.text, first), an.text.find("\n", first), len(an.text))
            if x >= 0
        )
        sent = an.text[s_lo:s_hi]
        echo = _lede_echo(_with_who_clause(an.text, q, lm), sent)
        last = p.speaker.split()[-1]
        end = an.text.find(last, first, first + 120)
        if not echo or (end >= 0 and _apposed_other_role(an.text, end + len(last), head)):
            continue  # (the naming sentence must echo the description, and no other role)
        before = an.text[max(s_lo, end - 40) : max(end, first)].lower().split()
        if _LEDE_OTHER_STATUS & set(before[-5:]) or _other_name_between(an, s_lo, s_hi, p.speaker):
            continue  # ("Deputy Mayor Al Roe"; "Ida Voss and Leo Park": which one)
        g = _person_gender(an, p.speaker)
        if g and ((head == "woman" and g != "f") or (head == "man" and g != "m")):
            continue
        if _other_owners_role(an.text, q, lm, head, (s_lo, first)):
            continue  # ("their lawyer said A ... The promotion's lawyer, Rex Roe,": another's)
        q.speaker, q.stype = p.speaker, "person"


# a noun's possessive before the role set off before a name ("The promotion's lawyer, ")
_NOUN_OWNED_ROLE_RE = re.compile(
    r"(?<![\w’'-])([A-Za-z][\w-]*)['’]s[ \t]+(?:[a-z-]+[ \t]+){0,2}([a-z-]+),?[ \t]+\Z"
)


def _other_owners_role(text, q, lm, head, span):
    """Does a people's role ("their lawyer", "her agent") meet its name only as a noun's
    role set off right before it ("The promotion's lawyer, Rex Roe,"; ``span``: the
    naming sentence's start and the name's), the noun not among the first three words of the
    description's sentence (its subject, who "their" are): another party's role?

    >>> t = "Wrestlers sued a promotion, and their lawyer said A. The promotion's lawyer, Rex Roe, said B."
    >>> class Q: m_start = t.index("their")
    >>> _other_owners_role(t, Q, "their lawyer", "lawyer", (52, t.index("Rex")))
    True
    >>> _other_owners_role(t.replace("promotion's", "wrestlers's"), Q, "their lawyer", "lawyer", (52, 85))
    False
    """
    if lm.split()[0] not in ("their", "his", "her"):
        return False
    s_lo, first = span
    m = _NOUN_OWNED_ROLE_RE.search(text, max(s_lo, first - 80), first)
    if m is None or m.group(2) != head or m.group(1).lower() in ("their", "his", "her", "its"):
        return False
    lo = max(text.rfind(". ", 0, q.m_start), text.rfind("\n", 0, q.m_start)) + 1
    subject = [w[:5] for w in text[lo : q.m_start].lower().split()[:3]]
    return m.group(1).lower()[:5] not in subject


_LEDE_OTHER_STATUS = frozenset("deputy vice assistant acting former associate".split())

_LEADER_WORDS_RE = re.compile(
    r"\b(?:president|chair\w*|chief|head|director|leader|manager|executive"
    r"|who[ \t]+(?:has[ \t]+)?(?:led|leads|heads|runs|ran|chairs|directs|oversees|manages))\b",
    re.I,
)

_LEDE_LEADER_RE = re.compile(
    r"\b(?:head|leader|chief|boss|president|chair|who[ \t]+(?:runs|leads|heads|chairs"
    r"|directs|oversees|manages))\b"
)

_ABBREV_BEFORE_DOT_RE = re.compile(r"(?<![\w.])(?:St|Ste|Mt|Dr|Jr|Sr|Ft|Pt)\Z")


def _full_stop_after(text, at):
    """Where the first ". " after ``at`` (within 400 characters) ends a sentence, past
    an abbreviation's ("St. Andrew's United Church", "Mt. Allison"); -1 if none.

    >>> _full_stop_after("said Ann Roe of St. Paul's church. Then", 0)
    33
    """
    i = text.find(". ", at, at + 400)
    while i >= 0 and _ABBREV_BEFORE_DOT_RE.search(text, max(at, i - 4), i):
        i = text.find(". ", i + 2, at + 400)
    return i


def _with_who_clause(text, q, lm):
    """The lower-case description ``lm`` with the relative clause the mention left off
    ("the woman" + "who has kept a church sponsorship group together"), up to the
    sentence end (160 characters at most); ``lm`` when no "who" follows the mention.

    >>> class Q: m_end = 9
    >>> _with_who_clause("the woman who ran the bake sale. She left.", Q, "the woman")
    'the woman who ran the bake sale'
    """
    m = re.match(r"[ \t]+who[ \t][^.;\n]{1,160}", text[q.m_end : q.m_end + 170])
    return lm if m is None else lm + m.group().lower()


def _only_other_sex_between(an, quotes, lo, hi, canon, head):
    """Are all the quoted people other than ``canon`` that the text names between ``lo``
    and ``hi`` of the other sex than a lede's "the woman" / "the man" ``head`` ("says
    the woman who ... . Ahmad Roe and his wife arrived ... . '...,' said Ann Lee": the
    woman is not Ahmad Roe)? False for any other head or when none is named."""
    want = {"woman": "f", "man": "m"}.get(head)
    quoted = {r.speaker for r in quotes if r.stype == "person" and r.speaker != canon}
    if want is None or not quoted:
        return False
    name_pos = an.positions()
    seen = False
    for i in range(bisect.bisect_right(name_pos, lo - 1), bisect.bisect_left(name_pos, hi)):
        item = an.item_of(i, _ALL)
        if item is None or an.canonical(item[1], item[2]) not in quoted:
            continue
        g = an.gender_of.get(item[1][-1].lower()) or _given_name_gender(an, " ".join(item[1]))
        if g in (None, want):
            return False
        seen = True
    return seen


def _lede_echo(desc, sentence):
    """Does the sentence that names someone echo a lede's description of them: a word
    stem of four letters or more shared (not "the", "who"), or a leader's description
    ("the head of", "who runs") and a leader's word ("president", "Chief Librarian")?

    >>> _lede_echo("the head of the students’ union", "said Al Roe, president of the Student Union")
    True
    >>> _lede_echo("the woman who runs them", "Chief Librarian Ann Roe told council")
    True
    >>> _lede_echo("its owner", "Al Roe said in a letter")
    False
    """
    if _LEDE_LEADER_RE.search(desc) and _LEADER_WORDS_RE.search(sentence):
        return True
    stems = {w[:5] for w in re.findall(r"[a-z]{4,}", desc) if w not in _stopwords()}
    return any(w[:5] in stems for w in re.findall(r"[a-z]{4,}", sentence.lower()))


def _speaker_named_between(an, quotes, lo, hi, canon):
    """Does the text between ``lo`` and ``hi`` (outside quotations) name a person the
    article quotes, other than ``canon``?"""
    quoted = {r.speaker for r in quotes if r.stype == "person" and r.speaker != canon}
    if not quoted:
        return False
    name_pos = an.positions()
    for i in range(bisect.bisect_right(name_pos, lo - 1), bisect.bisect_left(name_pos, hi)):
        item = an.item_of(i, _ALL)
        if item is not None and an.canonical(item[1], item[2]) in quoted:
            return True
    return False


def _titled_other(an, pos, head):
    """Is the name at ``pos`` written after a capitalised title that is not ``head``
    ("Justice Harriet Roe" is not "the cyclist's widow", "Sen. Ann Roe" not plainly
    "the senator"; "Chief Librarian Ines Roe")?"""
    words = an.text[max(0, pos - 40) : pos].split()
    if not words or not words[-1][:1].isupper():
        return False
    last = words[-1].rstrip(".").lower()
    return last != head and (last in an.lex.titles or words[-1].endswith("."))


def _doctor_titled(mention, head):
    """Is ``mention`` a name titled "Dr." and ``head`` a doctor's noun ("doctor",
    "physician", "surgeon", ...: description_synonyms.txt)?

    >>> _doctor_titled("Dr. Ann Roe", "physician"), _doctor_titled("Ann Roe", "doctor")
    (True, False)
    """
    return mention.startswith("Dr. ") and (
        head == "doctor" or head in _DESC_SYNONYMS.get("doctor", ())
    )


# "One of the two directors who voted against it said": one person of a named group
_ONE_OF_BEFORE_RE = re.compile(r"(?:^|[\s—–-])[Oo]ne[ \t]+of[ \t]+$")

# a full name set off as introduced: '"B," said Ann Roe, who ...' / "Ann Roe, a ..."
_INTRODUCED_AFTER_RE = re.compile(r",[ \t]+(?:who|an?)[ \t]")


def _one_of_group_named_next(an, quotes, reach=600, back=5000):
    """Give "One of the two directors who voted against the plan said A" (the group's
    speaker left as written) the speaker of the next statement, within ``reach``
    characters and one paragraph break, when that person's full name is set off as
    introduced there ('"B," said Ann Roe, who coaches ...') and the surname is not
    in the ``back`` characters before it (named for the first time); speaker strings
    only."""
    for p, q in itertools.pairwise(quotes):
        lm = (p.mention or "").lower()
        if not lm.startswith(("the ", "one of the ")) or (p.speaker or "").lower() != lm:
            continue
        if lm[:4] == "the " and not _ONE_OF_BEFORE_RE.search(
            an.text, max(0, p.m_start - 8), p.m_start
        ):
            continue
        if q.stype != "person" or " " not in (q.speaker or "") or q.m_start <= p.m_end:
            continue
        if q.m_start - p.m_end > reach or an.text.count("\n", p.m_end, q.m_start) > 2:
            continue
        if _INTRODUCED_AFTER_RE.match(an.text, q.m_end) is None:
            continue
        last = q.speaker.split()[-1]
        if an.text.find(last, max(0, q.m_start - back), q.m_start) >= 0:
            continue
        p.speaker, p.stype = q.speaker, "person"


def _in_focus_breaks(q):
    """How many paragraph breaks ``_resolve_in_focus`` allows between the person and
    the description: three for a parent counted by children ("the mother of two", who
    the story follows with them), one otherwise."""
    return 3 if " of " in q.mention else 1


# "Walt and Deborah McKinnon": two given names joined by "and" before one surname
_GIVEN_PAIR_RE = re.compile(
    r"\b([A-Z][a-z]+)[ \t]+and[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][\w'’-]*[a-z])\b"
)


def _family_pair_named(an, q, groups, reach=1500):
    """Fill the speaker of "the couple" / "the siblings" that nobody quoted before
    names with the two people the narration last named together as "<Given> and
    <Given> <Surname>" within ``reach`` characters before it ("Walt and Deborah
    McKinnon have run the campground ... 'We are not ready,' the couple said": "Walt
    and Deborah McKinnon", as ``_resolve_family_pair`` writes them); False when none,
    or when the surname names a third person.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Walt and Deborah McKinnon run it. The couple said no."
    >>> an = _ArticleNames(t, [(0, 33), (34, len(t))], lexicon(), None)
    >>> class Q: m_start = 34
    >>> _family_pair_named(an, Q, []), Q.speaker
    (True, 'Walt and Deborah McKinnon')
    """
    given = an.lex.gender
    found = None
    for m in _GIVEN_PAIR_RE.finditer(an.text, max(0, q.m_start - reach), q.m_start):
        a, b, last = m.groups()
        if a.lower() in given and b.lower() in given and last.lower() not in given:
            found = m
    if found is None:
        return False
    a, b, last = found.groups()
    firsts = {e[1][0] for e in an.by_last.get(last.lower(), ()) if len(e[1]) > 1}
    if not firsts <= {a, b}:
        return False  # ("Ann and Tom Roe bought it from Carl Roe")
    q.speaker, q.stype = f"{a} and {b} {last}", "group"
    groups.append((q.m_start, q.speaker, "group"))
    return True


# prepositions whose object a name after a description is ("the lawyers for Ann Roe")
_NAME_OBJECT_PREPS = frozenset("for of at from with to by in on behind".split())


def _job_then_full_name(an, q, minfo, persons):
    """Fill the speaker of "the <words> <job> <Given> <Surname>" ("the Banff ranger
    Ann Roe", "the Acme Foods plant manager Ravi Shah": a job written in lower case
    right before a full name that opens with a listed given name) with that name, a
    person; False for any other mention.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> from analysis.quotes.names import _mention_info
    >>> t = "The Banff ranger Ann Roe said so."
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> class Q: mention = "The Banff ranger Ann Roe"; m_start = 0
    >>> _job_then_full_name(an, Q, _mention_info(Q.mention, an.lex), []), Q.speaker
    (True, 'Ann Roe')
    """
    run = minfo[3]
    words = q.mention.split()
    k = len(words) - len(run)
    if len(run) < 2 or k < 2 or tuple(words[k:]) != tuple(run) or words[0] not in ("the", "The"):
        return False
    job = words[k - 1]
    if not (job.isalpha() and job.islower()) or run[0].lower() not in an.lex.gender:
        return False
    if job in _NAME_OBJECT_PREPS:
        return False  # ("the lawyers for Ann Roe": the lawyers, no job of Ann Roe's)
    ref = an.canonical(list(run))
    q.speaker, q.stype = ref, "person"
    persons.append((q.m_start, ref, _person_gender(an, ref)))
    return True


@lru_cache(maxsize=1)
def _description_deeds():
    """head -> compiled pattern of its deed words (resources/description_deeds.txt)."""
    deeds = {}
    for line in _lines("description_deeds.txt"):
        head, _, words = line.partition(":")
        deeds[head.strip()] = re.compile(
            r"\b(?:" + "|".join(map(re.escape, words.split())) + r")\b"
        )
    return deeds


# "the 23-year veteran", "the 12-year employee": a tenure in years, then the head noun
_TENURE_MENTION_RE = re.compile(r"[Tt]he[ \t]+(\d{1,2})-year[ \t]+([a-z][a-z-]*)")


@lru_cache(maxsize=100)
def _tenure_deed(years):
    """The deed that gives a tenure of ``years`` ("for 23 years", "in 23 years at").

    >>> bool(_tenure_deed("23").search("who has worked there for 23 years"))
    True
    """
    return re.compile(rf"\b(?:for|in|past|last)[ \t]+{years}[ \t]+years\b")


def _resolve_described_by_deed(an, q, persons, reach=700):
    """Fill the speaker of "the retiree" / "the veteran" / "the farmer" (a head of
    resources/description_deeds.txt, ``_IN_FOCUS_RE``) that no other rule named with
    the last person the narration named by a full name (a listed given name, outside
    quotations; a possessive too) in the same or the previous paragraph, when the text
    from that name to the description tells the deed ("Gail Proulx retired from
    teaching ... '...,' the retiree said"; "Ben Sawatzky's farm lost ... the farmer
    said") and no other person is named in between. False otherwise, and when an
    unnamed one was described so ("a retiree ... the retiree").

    >>> import pandas as pd, analysis
    >>> text = 'Gail Proulx retired in 2019.\\n\\n"I have time," the retiree said.'
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Gail Proulx']
    """
    m = _IN_FOCUS_RE.fullmatch(q.mention)
    deed = None if m is None else _description_deeds().get(m.group(1))
    head = None if m is None else m.group(1)
    if deed is None and (t := _TENURE_MENTION_RE.fullmatch(q.mention)) is not None:
        deed, head = _tenure_deed(t.group(1)), t.group(2)  # "the 23-year veteran"
    if deed is None:
        return False
    lo = max(0, q.m_start - reach)
    hi = min(q.m_start, q.start)
    if re.search(
        rf"\b(?:a|an|another|one)[ \t]+(?:[\w-]+[ \t]+)?{re.escape(head)}\b", an.text[lo:hi], re.I
    ):
        return False  # ("a retiree ... the retiree": that unnamed one)
    an.antecedents()
    k = bisect.bisect_left(an.positions(), hi)
    for i in range(k - 1, max(-1, k - 8), -1):
        pos, cw = an.names[i][0], an.names[i][1]
        if pos < lo:
            return False
        if an.masked is not None and an.masked[pos] == MASK:
            continue
        item = an.item_of(i, _ALL)
        person = item is not None and an.person_like(i)[1]
        # (a given name off the list is enough when that person was quoted already)
        quoted = person and len(item[1]) > 1 and _deed_person_quoted(an, item, persons)
        if not quoted and (
            not person or len(item[1]) < 2 or item[1][0].lower() not in an.lex.gender
        ):
            if person or len(cw) >= 2 and cw[0].lower() in an.lex.gender:
                return False  # (another person, or a surname alone, named since)
            continue  # (a place: "He now runs a store in Pictou")
        if len(_PARAGRAPH_BREAK_RE.findall(an.text, pos, q.m_start)) > 1:
            return False  # (named two paragraphs up or more)
        seg = an.text[pos:hi] if an.masked is None else an.masked[pos:hi]
        if deed.search(seg) is None and not _deed_opens_paragraph(an, i, pos, deed):
            return False  # (nothing says this person did what the description says)
        canon = an.canonical(item[1], item[2])
        if _never_a_person(an, canon):
            return False
        q.speaker, q.stype = canon, "person"
        persons.append((q.m_start, canon, _person_gender(an, canon)))
        return True
    return False


def _deed_person_quoted(an, item, persons):
    """Is the name ``item`` (an index item) a person quoted before (in ``persons``)?"""
    canon = an.canonical(item[1], item[2])
    return any(p[1] == canon for p in persons)


def _deed_opens_paragraph(an, i, pos, deed, reach=600):
    """Does the paragraph of the name ``an.names[i]`` (at ``pos``) tell the deed before
    that name, with no other name before it there ("Her husband has ranched the same
    land. '...,' Tom Roe said": the rancher)? The paragraph start is looked for in the
    ``reach`` characters before the name only."""
    text = an.text if an.masked is None else an.masked
    start = text.rfind("\n", max(0, pos - reach), pos)
    if start < 0 and pos > reach:
        return False
    start += 1
    if i > 0 and an.names[i - 1][0] >= start:
        return False  # (someone else named first in that paragraph)
    return deed.search(text, start, pos) is not None


# "A, Roe said, and her models suggest B": a thing the last speaker owns, in her sentence
_POSSESSED_THING_RE = re.compile(r"(?P<g>[Hh]is|[Hh]er)[ \t]+(?P<head>[a-z]+)")

# owned heads that speak for someone else, not through the owner's own statement
_NOT_OWN_WORDS = frozenset(
    "office campaign staff team lawyer lawyers attorney attorneys administration government "
    "department ministry company firm family party union spokesman spokeswoman "
    "spokesperson".split()
)


def _possessed_thing_goes_on(an, quotes):
    """Give "her models suggest B" / "his data show B" (the speaker left as written)
    the speaker of the statement just before it in the same sentence, a person of the
    possessive's gender ("February has warmed, Ann Roe said, and her models suggest
    B": Roe's statement goes on); never for a person, kin or an office that speaks for
    its owner ("her lawyer said", "his office said"); speaker strings only."""
    for p, q in itertools.pairwise(quotes):
        m = _POSSESSED_THING_RE.fullmatch(q.mention or "")
        if m is None or q.speaker != q.mention or p.stype != "person" or " " not in p.speaker:
            continue
        head = m.group("head")
        if head in _NOT_OWN_WORDS or head in _KIN_GENDER or head in _JOB_NOUNS:
            continue
        if head in _PERSON_NOUNS or head.removesuffix("s") in _PERSON_NOUNS:
            continue
        if not 0 <= q.m_start - p.m_end <= 200 or re.search(
            r"[.!?\n]", an.text[p.m_end : q.m_start]
        ):
            continue  # (the same sentence only)
        gender = an.lex.gender.get(p.speaker.split()[0].lower())
        if gender is not None and gender != ("m" if m.group("g").lower() == "his" else "f"):
            continue
        q.speaker, q.stype = p.speaker, "person"
