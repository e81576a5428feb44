"""Ledes and named-next rules: a description that speaks first ("a city councillor said")
resolved to the person the next sentence or paragraph names, offices named later, people
introduced by a predicate, and kin named later.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from .._tokens import default_stopwords as _stopwords
from ..gender import _UNISEX
from .antecedents import (
    _CAP_NAME_WORD,
    _NAME_RUN_RE,
    _set_person,
    _unquoted_before,
    _unresolved_description,
)
from .datelines import DATELINE_RE
from .kin import (
    _AGED_MENTION_RE,
    _KIN_GENDER,
    _NAME_RUN,
    _PARAGRAPH_BREAK_RE,
    _kin_given_said_next,
    _kind_org_before,
)
from .lexicon import _SENT_START_STOP, COMPANY_SUFFIXES, _lines, load_titles
from .mentions import _COMPANY_HEADS
from .names import _person_like
from .titles import _OFFICES, _ROLE_WORDS, _person_gender
from .usage import _place_or_org
from .wordscan import _role_after_comma

_DESC_HEAD_END = frozenset("for of at with in from on who whose and".split())


_THE_PERSON_NOUNS = frozenset(_lines("unnamed_person_nouns.txt"))


def _office_named_later(an, q, head, reach=8000):
    """The one person the ``reach`` characters after "the <office>" ``q`` title with
    that office, capitalised ("..., a decision the mayor said would ... . Brennock
    Mayor Gail Sutherland said"), when no one held it before; None if nobody or
    several people are titled so.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> class Q: m_start, m_end = 13, 22
    >>> t = "A decision, the mayor said. Later, Mayor Gail Roe spoke."
    >>> an = _ArticleNames(t, [(0, 27), (28, len(t))], lexicon(), None)
    >>> _office_named_later(an, Q, "mayor")
    'Gail Roe'
    """
    found = _titled_after(an.text, q.m_end, q.m_end + reach, (head,))
    if len(found) != 1:
        return None
    words = next(iter(found.values()))
    return an.canonical(words) if hasattr(an, "canonical") else " ".join(words)


def _titled_after(text, lo, hi, heads):
    """{last word: name words} of the people ``text[lo:hi]`` titles with one of the
    capitalised ``heads`` ("Mayor Gail Roe", "Superior Court Justice Ann Roe"), not
    "Deputy/former/acting <Office>"."""
    found: dict = {}
    for head in heads:
        for m in _office_title_rx(head).finditer(text, lo, hi):
            before = text[max(0, m.start() - 12) : m.start()].split()
            if before and before[-1].lower().rstrip("-") in _NOT_THE_OFFICE:
                continue  # "Deputy Mayor Al Roe", "former Mayor Al Roe": someone else
            words = m.group(1).split()
            found.setdefault(words[-1], words)
    return found


_NOT_THE_OFFICE = frozenset("deputy former acting vice assistant associate ex interim".split())


@lru_cache(maxsize=64)
def _office_title_rx(head):
    """ "<Office> <Name>" with the office capitalised, for ``_office_named_later``."""
    return re.compile(rf"\b{re.escape(head.capitalize())}[ \t]+({_NAME_RUN_RE.pattern})")


_PERSON_NOUNS = load_titles()["role"] - {"press", "elect", "member", "allies", "ally"}


def _introduced_as(an, canon, lo, hi, rx):
    """Does a cue of ``rx`` follow a mention of the person ``canon`` between ``lo`` and
    ``hi`` in an apposition or relative clause, within 100 characters and the same
    sentence ("Ann Roe, who teaches law"; not "Gov. Al Roe, has written a book")?"""
    an.antecedents()
    starts = an.ante[0]
    for pos, cw, _g, _info in an.by_last.get(canon.split()[-1].lower(), ()):
        if lo <= pos < hi and an.canonical(cw) == canon:
            end = an.text.find(cw[-1], pos, pos + 80) + len(cw[-1])
            if _INTRO_AFTER_RE.match(an.text, end) is None:
                if _introduced_by_predicate(an.text, end, rx):
                    return True  # "Ann Roe has taught skiing for 22 winters"
                continue  # (no apposition or relative clause after the name)
            si = bisect.bisect_right(starts, end)
            stop = min(end + 100, starts[si] if si < len(starts) else len(an.text), hi)
            if rx.search(an.text, end, stop):
                return True
    return False


# the start of a predicate right after a name that opens a sentence's subject: "Ann Roe
# has taught", "Ann Roe teaches", "Ann Roe has been a nurse", "Ann Roe works as a"
_INTRO_PREDICATE_RE = re.compile(
    r"[ \t]+(?:(?:has|had|also|now|still)[ \t]+){0,2}(?:been[ \t]+(?:an?[ \t]+)?"
    r"|(?:works|worked)[ \t]+as[ \t]+(?:an?[ \t]+)?|is[ \t]+an?[ \t]+)?(?=[a-z])"
)


def _introduced_by_predicate(text, end, rx):
    """Does the predicate after a name ending at ``end`` open with a cue of ``rx`` ("Ann
    Roe has taught skiing at the hill for 22 winters": the instructor; "Tom Vale is a
    nurse")? Only the predicate's first word (after "has", "been a", "works as a")."""
    m = _INTRO_PREDICATE_RE.match(text, end)
    return m is not None and rx.match(text, m.end()) is not None


# what opens an apposition or relative clause after a name: ", who", ", a", ", 48,",
# ", now", ", president of"
_INTRO_AFTER_RE = re.compile(
    r"[ \t]*,[ \t]*(?:who|whose|a|an|the|now|\d+|[a-z]+[ \t]+(?:of|at|for))\b"
)


# job nouns a person may be called without a title, and the words that introduce one
_ROLE_CUES = {
    noun: re.compile(
        r"\b(?:"
        + "|".join(re.escape(c) for c in sorted(cues.split(", "), key=len, reverse=True))
        + ")",
        re.I,
    )
    for noun, _tab, cues in (line.partition("\t") for line in _lines("role_cues.txt"))
}


_LINE_START_RE = re.compile(r"(?m)^[ \t]*(?=[A-Z])")


def _dateline_place_name(an, i):
    """Is the name ``an.names[i]`` one word of the place of the article's dateline
    ("REGINA —", "MEDICINE HAT, Alta. —": "Regina", "Alta"), a place there however
    like a given name it looks (in the headline too)? The dateline is looked for at
    the line starts of the first 1,500 characters, once per article."""
    places = an.__dict__.get("_dateline_places")
    if places is None:
        places = set()
        for ls in _LINE_START_RE.finditer(an.text, 0, min(len(an.text), 1500)):
            m = DATELINE_RE.match(an.text, ls.end(), min(len(an.text), ls.end() + 120))
            if m is not None:
                places.update(w.strip(".").capitalize() for w in m.group("place").split())
                places.update(w.strip(".,") for w in m.group("region").split())
                break
        places = an._dateline_places = frozenset(places)
    cw = an.names[i][1]
    return len(cw) == 1 and cw[0] in places


def _first_person_index(an):
    """Index in ``an.names`` of the article's first person (a person-like name or one
    with a gender), ``len(an.names)`` if none; found once per article."""
    key = ("first person",)
    got = an.title_cache.get(key)
    if got is None:
        got = next(
            (
                i
                for i in range(len(an.names))
                if (an.person_like(i)[1] or an.person_like(i)[0] in ("m", "f"))
                and not _dateline_place_name(an, i)
            ),
            len(an.names),
        )
        an.title_cache[key] = got
    return got


def _lede_next_paragraph(an, q, reach=601):
    """(The break match before the paragraph after the statement ``q``, the index in
    ``an.names`` of the first name at or after that paragraph's start) when the article
    names nobody before ``q`` and a line break follows within ``reach`` characters: where
    a lede's held-back name is looked for; None otherwise."""
    brk = an.text.find("\n", q.m_end, q.m_end + reach)
    if brk < 0:
        return None
    an.antecedents()
    k = bisect.bisect_left(an.positions(), q.m_start)
    if _first_person_index(an) < k:
        return None  # (somebody named before: not a lede's cataphora)
    nxt = _PARAGRAPH_BREAK_RE.match(an.text, brk)
    return nxt, bisect.bisect_left(an.positions(), nxt.end())


def _resolve_named_next(an, q, persons):
    """Fill the speaker of a lede's description ("..., the province's chief medical
    officer of health said Tuesday."), when the article names nobody before it, with
    the person who opens the next paragraph carrying the same title ("Dr. Ann Roe told
    a briefing ..."; a title word of the description, or "Dr." for a medical one);
    False otherwise.

    >>> _LEDE_TITLE_RE.match("Dr. Ann Roe told").group()
    'Dr. Ann Roe '
    """
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", q.mention)]
    if not 2 <= len(words) <= 8:
        return False
    # the paragraph break at most 300 characters on (the mention ends its paragraph:
    # "... said Tuesday."), not the end of a one-paragraph text (hostile input)
    found = _lede_next_paragraph(an, q, reach=301)
    if found is None:
        return False
    nxt, j = found  # (j: the name, its title or not)
    if j >= len(an.names) or an.names[j][0] - nxt.end() > 60:
        return False
    cw = an.names[j][1]
    m = _LEDE_TITLE_RE.fullmatch(an.text, nxt.end(), an.text.find(cw[0], an.names[j][0]))
    if m is None or len(cw) < 2:
        return False
    title = {w.lower().rstrip(".") for w in m.group().split()}
    if "dr" in title:
        title |= {"medical", "doctor", "physician", "surgeon"}
    if not title & set(words[1:]):
        return False
    return _set_person(an, q, persons, list(an.names[j][1]))


# a full name that opens a paragraph and speaks at once: "Rochelle Delorme said"
_NAME_SAYS_RE = re.compile(r"[ \t]+(?:said|says|told)\b")


def _resolve_lede_role_plain_next(an, q, persons):
    """Fill the speaker of a lede's role description ("..., Manitoba's education minister
    announced Thursday."), when the article names nobody before it, with the full name
    that opens the next paragraph and speaks right after it, with no title or
    apposition ("Rochelle Delorme said ..."): the name the lede held back. False
    otherwise."""
    words = q.mention.lower().split()
    if not 2 <= len(words) <= 6 or words[-1] not in _ROLE_WORDS:
        return False
    if words[-1].endswith("s") and words[-1][:-1] in _ROLE_WORDS:
        return False  # ("officials said": a group, not the one person named next)
    found = _lede_next_paragraph(an, q, reach=301)
    if found is None:
        return False
    nxt, j = found
    if j >= len(an.names) or an.names[j][0] != nxt.end() or len(an.names[j][1]) < 2:
        return False
    if any(w.lower().rstrip(".") in an.lex.titles for w in an.names[j][1]):
        return False  # ("Trade Minister Ann Roe said": a title of its own, another rule's)
    if not an.text.startswith(" ".join(an.names[j][1]), nxt.end()):
        return False  # ("Premier Ann Roe told": the paragraph opens with a title)
    end = an.text.find(an.names[j][1][-1], nxt.end(), nxt.end() + 80)
    if end < 0 or not _NAME_SAYS_RE.match(an.text, end + len(an.names[j][1][-1])):
        return False
    return _set_person(an, q, persons, list(an.names[j][1]))


# a description of one person speaking before the article names her: "a dispatcher who
# worked the overnight shift", "The curator", "its director" (determiner, up to three
# lower-case modifiers, the head noun; a "who"/"," clause after it is left out)
_DESCRIBED_FIRST_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)(?:[ \t]+[a-z][a-z-]*){0,3}?[ \t]+(?P<head>[a-z][a-z-]+)"
    r"(?:[ \t]+(?:who|whom|of|at)\b.*|[ \t]*,.*)?"
)


# what stands between a paragraph's start and the new name speaking there: nothing, a
# lower-case title ("Race director "), or a quotation and "said" ('"...," said ')
_BEFORE_NEW_NAME_RE = re.compile(
    r"(?:[A-Z][a-z-]+(?:[ \t]+[a-z-]+){1,2}[ \t]+"
    r"|.{0,600}?[,”\"][ \t]*(?:said|says|added)[ \t]+(?:(?:Dr|Rev|Prof)\.[ \t]+)?)?\Z",
    re.S,
)


# what may follow the new name before its cue: an apposition or relative clause
_AFTER_NEW_NAME_RE = re.compile(r"(?:[ \t]*,[^.;:\n]{1,160},)?[ \t]+(?:said|says|told)\b")


_ANOTHER_RE = re.compile(r"\b(?:another|also|a[ \t]+second|a[ \t]+fellow|other)\b", re.I)


# occupations listed as anonymous heads that a reporter may name next ("A doctor who
# treated her said": "Dr. Ann Roe, who treated ..."); "a senior official" stays unnamed
_JOB_NOUNS = frozenset(_lines("job_nouns.txt"))


# generic nouns for a person that a relative clause makes one described person ("the
# man who oversees the city's urban forest says"; "the woman who ran the counter")
_GENERIC_WHO_HEADS = frozenset(("man", "woman"))


_WHO_NEXT_RE = re.compile(r"[ \t]+who[ \t]+[a-z]")


def _generic_with_who(an, q, head):
    """Is the mention "the man" / "the woman" followed by a relative clause in the text
    ("the man who oversees the city's urban forest says A": one person described, whom
    the next paragraph names)?"""
    return head in _GENERIC_WHO_HEADS and _WHO_NEXT_RE.match(an.text, q.m_end) is not None


# what keeps a described source unnamed ("the official who spoke on condition of
# anonymity"; "who was not authorized to speak"; "who asked not to be named")
_UNNAMED_SOURCE_RE = re.compile(
    r"\b(?:anonymity|anonymously|not[ \t]+authori[sz]ed|not[ \t]+to[ \t]+be[ \t]+(?:named|identified)"
    r"|not[ \t]+be[ \t]+(?:named|identified)|name[ \t]+not[ \t]+be)\b"
)


def _definite_with_who(an, q):
    """Is the mention "the official" / "The spokesperson" (definite) followed by a
    relative clause that makes it one described person ("The official who will run
    this fall's election says A": the person the next paragraph names), not an
    unnamed source ("the official, who spoke on condition of anonymity")?"""
    if not q.mention[:4].lower() == "the " or _WHO_NEXT_RE.match(an.text, q.m_end) is None:
        return False
    stop = an.text.find("\n", q.m_end)
    stop = len(an.text) if stop < 0 else min(stop, q.m_end + 300)
    return _UNNAMED_SOURCE_RE.search(an.text, q.m_end, stop) is None


def _resolve_described_named_next(an, q, persons):
    """Fill the speaker of a description of one person ("a dispatcher who worked the
    overnight shift said A."; "The curator, who ..., said A."; a lede's "its director
    said") with the full name the next paragraph introduces, the article's first mention
    of it, as the speaker of that paragraph's first sentence ('"B," said Tanya Grosvenor,
    who ...'; "Hélène de Varennes, who is Métis, said"; "Race director Trevor Boychuk
    said"): reporters describe a person before they name her. Not a noun for an unnamed
    source ("a senior official", ``speaker_nouns.txt``) unless an occupation
    (``job_nouns.txt``: "A doctor who treated her said"), nor a name set off as someone
    else ("another dispatcher, Jo Roe,"). False otherwise."""
    m = _DESCRIBED_FIRST_RE.fullmatch(q.mention)
    if m is None or " and " in q.mention:
        return False
    head = m.group("head")
    if (
        head in an.lex.nouns
        and head not in _JOB_NOUNS
        and not _generic_with_who(an, q, head)
        and not _definite_with_who(an, q)
    ) or not (
        head in _GENERIC_WHO_HEADS
        or head in _PERSON_NOUNS
        or head in _THE_PERSON_NOUNS
        or head in _ROLE_CUES
        or head in _DESCRIPTION_HEADS
    ):
        return False  # ("a senior official"; "the email", "the province": no person)
    # (an indefinite "A charge nurse who ... said" is someone new, not "Amir Roe, a
    # nurse," described before)
    indefinite = q.mention.split(None, 1)[0].lower() in ("a", "an")
    ref = None if indefinite else _described_in_apposition(an, q.m_start, head)
    if ref is not None:  # ("Leon Roe, a 52-year-old welder, ... The welder said")
        q.speaker, q.stype = ref, "person"
        persons.append((q.m_start, ref, _person_gender(an, ref)))
        return True
    brk = an.text.find("\n", q.m_end, q.m_end + 600)
    if brk < 0 or "\n" in an.text[q.m_start : q.m_end]:
        return False
    start = _PARAGRAPH_BREAK_RE.match(an.text, brk).end()
    stop = an.text.find("\n", start)
    stop = len(an.text) if stop < 0 else stop
    names = an.positions()
    j = bisect.bisect_left(names, start)
    while j < len(names) and names[j] < stop and len(an.names[j][1]) < 2:
        j += 1  # (past a capitalised title word: "Race director Trevor Boychuk")
    j = _name_after_content_cue(an, names, j, start, stop)
    if j >= len(names) or names[j] >= stop or len(an.names[j][1]) < 2:
        return False
    pos, cw = names[j], an.names[j][1]
    pl = an.person_like(j)
    if not (pl[1] or pl[0] in ("m", "f")):
        return False  # ("The Education Department said": no person)
    if m.group(0)[:1] in "tT" and re.search(
        rf"\b(?:a|an|another|one)[ \t]+(?:[\w-]+[ \t]+){{0,2}}{head}\b",
        an.text[max(0, q.m_start - 1500) : q.m_start],
        re.I,
    ):
        return False  # ("A teacher ..., who asked not to be named, ... the teacher said")
    canon = an.canonical(cw)
    if any(
        p < start and an.canonical(w) == canon
        for p, w, _g, _i in an.by_last.get(cw[-1].lower(), ())
    ):
        return False  # (named before: not the description's held-back name)
    if _BEFORE_NEW_NAME_RE.fullmatch(an.text, start, an.text.find(cw[0], pos)) is None:
        return False
    end = an.text.find(cw[-1], pos, pos + 80)
    after = _AFTER_NEW_NAME_RE.match(an.text, end + len(cw[-1])) if end >= 0 else None
    if an.text[start:pos].count("”") + an.text[start:pos].count('"') and after is None:
        after = True  # ('"B," said Tanya Grosvenor, who ...': the cue before the name)
    if after is None and _named_next_otherwise(an, q, m, start, pos, end + len(cw[-1])):
        after = True  # ('A, said Dr. Ann Roe, a ...'; a lede's "Ann Roe has farmed ...")
    if after is None or _ANOTHER_RE.search(an.text, pos, min(stop, pos + 200)):
        return False
    if (m.group(0)[:1] in "aA" or head in _GENERIC_WHO_HEADS) and not _apposition_echoes(
        an, q, end + len(cw[-1]), stop
    ):  # ("the man who runs the utility said" ... "Tom Lee, a retired plumber, told")
        return False  # ("A geologist ... said A. '"B," said Ines Moreau, who lives below'")
    if end >= 0 and _apposed_other_role(an.text, end + len(cw[-1]), head):
        return False  # ('said Jo Roe, a councillor': not "the mayor")
    _remember_described(an, head, cw)
    return _set_person(an, q, persons, list(cw))


# the next sentence of the paragraph: a quotation, then "said" and a new name with an
# apposition ('"B," said Dr. Ann Roe, a professional engineer and ...')
_SAID_NEW_NAME_NEXT: list = []  # (compiled on first use: the name pattern comes later)


def _said_new_name_next_re():
    """The compiled pattern of a quotation then "said" and a new name with an
    apposition (``_SAID_NEW_NAME_NEXT``)."""
    if not _SAID_NEW_NAME_NEXT:
        _SAID_NEW_NAME_NEXT.append(
            re.compile(
                r"[ \t]*[“\"][^”\"\n]{1,1500}[,?!][”\"][ \t]+(?:said|says)[ \t]+"
                r"(?:(?:Dr|Prof)\.[ \t]+)?("
                + _CAP_NAME_WORD
                + r"(?:[ \t]+(?:(?:de|van|der|von|da|di|du|la|le|Van|De)[ \t]+)*"
                + _CAP_NAME_WORD
                + r"){1,2}),[ \t]+(?:an?|the)[ \t]+([^.;\n]{1,160})"
            )
        )
    return _SAID_NEW_NAME_NEXT[0]


def _resolve_described_named_same_paragraph(an, q, persons):
    """Fill the speaker of an indefinite description ("An engineer who has measured
    emissions ... said A.") with the new full name that speaks the next sentence of
    the same paragraph under an apposition repeating the description's noun ('"B,"
    said Tom Roe, a professional engineer ...'): reporters describe, then name. Not
    a name the article wrote before. False otherwise."""
    m = _DESCRIBED_FIRST_RE.fullmatch(q.mention)
    if m is None or q.mention[:1] not in "aA":
        return False
    head = m.group("head")
    if not (head in _JOB_NOUNS or head in _ROLE_CUES or head in _PERSON_NOUNS):
        return False  # ("a statement said": no person)
    end = max(q.end, q.m_end)
    dot = _NEXT_SENTENCE_RE.search(an.text, end, end + 400)
    if dot is None or "\n" in an.text[end : dot.start()]:
        return False
    got = _said_new_name_next_re().match(an.text, dot.start() + 1)
    if got is None or not _stems_echo({head}, _ECHO_WORD_RE.findall(got.group(2))):
        return False
    cw = got.group(1).split()
    canon = an.canonical(cw)
    if any(
        p < q.m_start and an.canonical(w) == canon
        for p, w, _g, _i in an.by_last.get(cw[-1].lower(), ())
    ):
        return False  # (named before: someone the article already knows)
    return _set_person(an, q, persons, cw)


# the cue right before a new name ("..., said Dr. Ann Roe, a microbiologist")
_CUE_BEFORE_NAME_RE = re.compile(
    r"[,”\"][ \t]*(?:said|says|added|told)[ \t]+(?:(?:Dr|Rev|Prof|Sgt|Cpl|Capt)\.[ \t]+)?\Z"
)


# a new name opening a paragraph of narration ("Wim Roe has raised cattle ...")
_NARRATION_VERB_RE = re.compile(r"[ \t]+(?:has|had|is|was|runs|owns|lives|works|farms)\b")


_CONTENT_CUE_NAME_RE = re.compile(
    r",[ \t]+(?:said|says)[ \t]+(?:(?:Dr|Rev|Prof|Sgt|Cpl|Capt)\.[ \t]+)?(?=[A-Z])"
)


def _name_after_content_cue(an, names, j, start, stop):
    """Index of the name right after the paragraph's first ", said" ("The jump showed up
    at the Kingsford Hospital, said Dr. Ann Roe, a ...": Roe, not the hospital named
    in the content) when names before it come first; ``j`` otherwise."""
    if j >= len(names) or names[j] >= stop:
        return j
    m = _CONTENT_CUE_NAME_RE.search(an.text, start, stop)
    if m is None or m.end() <= names[j]:
        return j
    k = bisect.bisect_left(names, m.start())
    return k if k < len(names) and names[k] <= m.end() and len(an.names[k][1]) >= 2 else j


def _named_next_otherwise(an, q, m, start, pos, name_end):
    """Is the new name at ``pos`` (paragraph from ``start``) the described speaker ``q``
    although it does not speak first in its paragraph's opening frame: the cue comes
    right before it ("A, said Dr. Ann Roe, a microbiologist at ..."), or, for a lede's
    definite description ("the beef farmer whose fields ... says A"), it opens the next
    paragraph's narration ("Wim Roe has raised cattle ...") and speaks later ("Roe
    said")?"""
    if _CUE_BEFORE_NAME_RE.search(an.text, start, pos):
        return True
    if (
        pos != start
        or m.group(0)[:1] not in "tT"
        or not _NARRATION_VERB_RE.match(an.text, name_end)
    ):
        return False
    if q.m_start > 3000 or an.text[: q.m_start].strip().count("\n\n") > 1:
        return False  # (a lede only: the headline and the first paragraph)
    last = an.text[pos:name_end].split()[-1]
    later = an.text[name_end : name_end + 4000]
    return re.search(rf"\b{re.escape(last)}[ \t]+(?:said|says)\b", later) is not None


# a lede's local person: "A Saint John man says", "A Kelowna woman says", "says a woman
# who ..." (the person the next paragraph names; the gender the head gives)
_LEDE_LOCAL_RE = re.compile(
    r"[Aa]n?[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,3}(?:(?P<m>man|father|grandfather)|"
    r"(?P<f>woman|mother|grandmother)|resident|senior|teen|teenager|student)"
)


def _in_lede_paragraph(text, at):
    """Is ``at`` in the article's first paragraph, or in the second when the first is
    a headline (one line with no full stop inside, "Town loses its pharmacy")?

    >>> _in_lede_paragraph("Pharmacy to close\\n\\nA woman says it hurts.", 25)
    True
    >>> _in_lede_paragraph("A man spoke. He left.\\n\\nA woman says it hurts.", 30)
    False
    """
    lead = _SPACE_RUN_RE.match(text).end()  # (no copy of the text per call)
    brk = text.find("\n", lead, at)
    if brk < 0:
        return True
    first = text[lead:brk].rstrip()
    if ". " in first or first.endswith((".", "!", "?")) or brk - lead > 200:
        return False  # (the first paragraph is a sentence: no headline)
    nxt = _SPACE_RUN_RE.match(text, brk).end()
    return "\n" not in text[nxt:at]


_SPACE_RUN_RE = re.compile(r"\s*")


def _resolve_lede_local_named_next(an, q, persons):
    """Fill the speaker of a lede's "A <Place> man/woman says" (in the article's first
    paragraph) with the full name that opens the next paragraph or speaks in it ("Tom
    Vail, 54, fell off a ladder", '"...," said Beth Arsenault'): the person the lede
    describes, never named before, of no other gender than the head's. False otherwise.

    >>> import pandas as pd, analysis
    >>> text = ('A Moncton man says he waited nine hours.\\n\\nTom Vail, 54, fell on '
    ...         'Saturday. "Nobody came," Vail said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Tom Vail', 'Tom Vail']
    """
    m = _LEDE_LOCAL_RE.fullmatch(q.mention)
    if m is None or not _in_lede_paragraph(an.text, q.m_end):
        return False  # (only in the first paragraph, after a headline)
    brk = an.text.find("\n", q.m_end, q.m_end + 600)
    if brk < 0:
        return False
    start = _PARAGRAPH_BREAK_RE.match(an.text, brk).end()
    stop = an.text.find("\n", start)
    stop = len(an.text) if stop < 0 else stop
    names = an.positions()
    j = bisect.bisect_left(names, start)
    if j >= len(names) or names[j] >= stop or len(an.names[j][1]) < 2:
        return False
    pos, cw = names[j], an.names[j][1]
    gender, person = an.person_like(j)[:2]
    if not (person or gender in ("m", "f")) or (m.group("m") and gender == "f"):
        return False
    if m.group("f") and gender == "m":
        return False  # ("A Kelowna woman says ... Tom Vail": someone else)
    if _BEFORE_NEW_NAME_RE.fullmatch(an.text, start, an.text.find(cw[0], pos)) is None:
        return False  # (the name opens the paragraph or speaks its quotation)
    if len(q.mention.split()) == 2 and not _bare_lede_person_named(an.text, q, start, pos):
        return False  # ("said a man.\n\nHe is Otto Roe": no place, no who-clause)
    canon = an.canonical(cw)
    if any(
        p < start and an.canonical(w) == canon
        for p, w, _g, _i in an.by_last.get(cw[-1].lower(), ())
    ):
        return False
    return _set_person(an, q, persons, list(cw))


def _bare_lede_person_named(text, q, start, pos):
    """For a lede's bare "a woman" / "a man" (no place word): does a relative clause
    follow the mention ("says a woman who has picked up her insulin ...") and the new
    name open the next paragraph (at ``pos`` = its ``start``: "Doreen Roe, 78, has")?"""
    return pos == start and re.match(r"[ \t]+who[ \t]", text[q.m_end : q.m_end + 6]) is not None


_ECHO_WORD_RE = re.compile(r"[a-z]{4,}")


_NOT_ECHO = frozenset("with from that this have been were they their there about".split())


def _apposition_echoes(an, q, lo, stop):
    """Does the apposition or relative clause after a new name (from ``lo``, to the
    sentence end, at most 160 characters) repeat a word of four letters or more of the
    indefinite description's sentence up to its mention or its cue ("At the communications
    centre, a dispatcher who worked the overnight shift said" ... "said Tanya Roe, who
    has worked at the centre")? A name set off differently may be someone else."""
    an.antecedents()
    s0 = an.sents[bisect.bisect_right(an.ante[0], q.m_start) - 1][0]
    # (to the cue: a relative clause the frame left off the mention counts, "A doctor
    # who treated her at the hospital said")
    own_end = q.cue_start if q.m_end <= q.cue_start <= q.m_end + 200 else q.m_end
    own = set(_ECHO_WORD_RE.findall(an.text, s0, own_end)) - _NOT_ECHO
    hi = min(stop, lo + 160)
    dot = an.text.find(". ", lo, hi)
    tail = _ECHO_WORD_RE.findall(an.text, lo, dot if dot >= 0 else hi)
    return any(w in own for w in tail) or _stems_echo(own, tail)


_ECHO_SUFFIX_RE = re.compile(r"(?:ers|er|ing|ed|es|s)\Z")


def _stems_echo(own, tail):
    """Do the description's words ``own`` and the new name's apposition words ``tail``
    share a stem of four letters or more ("An outreach worker who ... said" and "said
    Aaron Roe, who works for a harm-reduction society": work)?

    >>> _stems_echo({"outreach", "worker"}, ["works", "society"]), _stems_echo({"nurse"}, ["city"])
    (True, False)
    """
    stems = {_ECHO_SUFFIX_RE.sub("", w) for w in own}
    return any(len(st) >= 4 and st in stems for st in (_ECHO_SUFFIX_RE.sub("", w) for w in tail))


# "said Ann Roe" / "says Dr. Ann Roe": a verb right before the name (a short title between)
_SAID_BEFORE_NAME_RE = re.compile(r"\b(?:said|says)[ \t]+(?:[A-Z][a-z]{0,3}\.[ \t]+)?\Z")


# ", a retired nurse" / ", the union's president": an apposition after a name (its head)
_APPOSED_HEAD_AFTER_RE = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?([a-z]+)\b")


def _apposed_other_role(text, at, head):
    """Does the apposition right after a name (at ``at``) give that person another role
    than ``head`` ("Jo Roe, a councillor" is not "the mayor")?

    >>> _apposed_other_role("Jo Roe, a councillor who voted no", 6, "mayor")
    True
    >>> _apposed_other_role("Jo Roe, the mayor of Truro", 6, "mayor")
    False
    """
    m = _APPOSED_HEAD_AFTER_RE.match(text, at)
    return m is not None and m.group(1) in _ROLE_WORDS and m.group(1) != head


def _resolve_lede_role_said_next(an, q, persons):
    """Fill the speaker of an opening role description ("..., the chief librarian said
    Monday.", "..., the director of public works told council"), when the article names
    nobody before it, with the full name the next paragraph gives right after "said"
    ('"A," said Nadia de Souza, who has led ...'): the name the opening held back; not
    when an apposition gives that person another role (", a councillor"). False
    otherwise."""
    words = q.mention.lower().split()
    if q.mention[:1] not in "tT" or not 2 <= len(words) <= 7:
        return False
    head = words[words.index("of") - 1] if "of" in words[2:] else words[-1]
    if head not in _ROLE_WORDS or head.endswith("s") and head[:-1] in _ROLE_WORDS:
        return False  # ("officials said": a group)
    found = _lede_next_paragraph(an, q, reach=301)
    if found is None:
        return False
    nxt, j = found
    if j >= len(an.names) or len(an.names[j][1]) < 2 or an.names[j][0] - nxt.end() > 400:
        return False
    pos, cw = an.names[j][0], an.names[j][1]
    if _SAID_BEFORE_NAME_RE.search(an.text, max(nxt.end(), pos - 16), pos) is None:
        return False
    end = an.text.find(cw[-1], pos, pos + 80)
    if end >= 0 and _apposed_other_role(an.text, end + len(cw[-1]), head):
        return False  # ('said Jo Roe, a councillor': not "the mayor")
    return _set_person(an, q, persons, list(cw))


_HEAD_OF_RE = re.compile(r"(?i:the)[ \t]+(?:head|leader|chief|president|chair|boss)[ \t]+of[ \t]")


# ", who has led the utility since 2022," / ", who heads the board," / ", president of"
_LEADS_AFTER_NAME_RE = re.compile(
    r",[ \t]+(?:who[ \t]+(?:has[ \t]+)?(?:led|leads|heads|headed|runs|ran|chairs|chaired)\b"
    r"|(?:the[ \t]+|its[ \t]+)?(?:[a-z-]+[ \t]+){0,2}"
    r"(?:head|leader|chief|president|chair|executive|officer|director|manager)[ \t]+of\b)"
)


def _resolve_head_named_next(an, q, persons):
    """Fill the speaker of a lede's "The head of Assiniboine Hydro told ...", when the
    article names nobody before it, with the person who opens the next paragraph as its
    leader ("Marguerite Van Houtte, who has led the utility since 2022, said"; ",
    president of the union,"): the name the lede held back. False otherwise."""
    if _HEAD_OF_RE.match(q.mention) is None:
        return False
    found = _lede_next_paragraph(an, q)
    if found is None:
        return False
    nxt, j = found
    if j >= len(an.names) or an.names[j][0] != nxt.end() or len(an.names[j][1]) < 2:
        return False  # (the paragraph opens with the full name)
    end = an.text.find(an.names[j][1][-1], nxt.end(), nxt.end() + 80)
    if end < 0 or not _LEADS_AFTER_NAME_RE.match(an.text, end + len(an.names[j][1][-1])):
        return False
    return _set_person(an, q, persons, list(an.names[j][1]))


# "the woman who chairs the city's library board": a lede's unnamed leader
_WHO_LEADS_RE = re.compile(
    r"(?i:the)[ \t]+(?:woman|man|person)[ \t]+who[ \t]+"
    r"(?:chairs|heads|leads|runs|directs|oversees|manages)\b"
)


# the title before the name opening the next paragraph ("Board chair ", "Food bank director ")
_LEADER_TITLE_RE = re.compile(
    r"(?:[A-Za-z'’-]+[ \t]+){0,3}(?i:chair|chairwoman|chairman|chairperson|head|director|"
    r"president|leader|chief|manager)[ \t]+"
)


def _who_leads_after(an, q):
    """Is the mention ``q`` a bare "the man" / "the woman" whose leader's relative
    clause follows it in the text ("The man who runs the city's water utility said":
    the frames keep the head alone as the mention)?"""
    return len(q.mention.split()) == 2 and _WHO_LEADS_RE.match(an.text, q.m_start) is not None


# a leader's apposition after a name ("Gordon Roe, general manager of Acme Water,",
# "Dr. Ann Roe, a glaciologist who has led the expedition since 2016.")
_LEADER_APPOSITION_RE = re.compile(
    r"\b(?:who[ \t]+(?:has[ \t]+)?(?:led|leads|heads|headed|runs|ran|chairs|chaired|directs"
    r"|oversees|manages)|manager|director|chair|chairwoman|chairman|chairperson|president"
    r"|head|leader|chief)\b"
)


def _leader_apposed_next(an, q, persons):
    """Fill the speaker of a lede's leader description ("the man who runs the city's
    water utility acknowledged", "its leader says"), when the article names nobody
    before it, with the first full person name of the next paragraph when its
    apposition calls that person a leader ("Gordon Roe, general manager of Acme Water
    Services, said"; "said Dr. Ann Roe, a glaciologist who has led the expedition
    since 2016."; the first of its first four names with an apposition). False otherwise."""
    found = _lede_next_paragraph(an, q)
    if found is None:
        return False
    nxt, j = found
    text = an.text
    par_end = text.find("\n", nxt.end())
    par_end = len(text) if par_end < 0 else par_end
    for pos, cw, _g, _info in an.names[j : j + 4]:
        if pos >= par_end:
            return False
        if len(cw) < 2 or _place_or_org(" ".join(cw), an.lex):
            continue
        e = text.find(cw[-1], pos, pos + 120)
        if e < 0 or text[e + len(cw[-1]) : e + len(cw[-1]) + 1] != ",":
            continue  # ("The surface of the Saskatchewan Glacier dropped ..., said Dr. Ann Roe,")
        e += len(cw[-1]) + 1
        stops = [x for x in (text.find(",", e, e + 200), text.find(".", e, e + 200)) if x >= 0]
        app = text[e : min(stops) if stops else e + 200]
        if _LEADER_APPOSITION_RE.search(app) is None:
            return False
        return _set_person(an, q, persons, list(cw))
    return False


def _resolve_who_leads_named_next(an, q, persons):
    """Fill the speaker of a lede's "the woman who chairs the city's library board",
    when the article names nobody before it, with the person the next paragraph opens
    with under a leader's title ("Board chair Ann Roe said ..."). False otherwise."""
    if _WHO_LEADS_RE.match(q.mention) is None and not _who_leads_after(an, q):
        return False
    found = _lede_next_paragraph(an, q)
    if found is None:
        return False
    nxt, j = found
    while j < len(an.names) and len(an.names[j][1]) < 2 and an.names[j][0] - nxt.end() <= 60:
        j += 1  # (past a capitalised title word: "Board chair Ann Roe")
    if j >= len(an.names) or an.names[j][0] - nxt.end() > 60:
        return _leader_apposed_next(an, q, persons)
    m = _LEADER_TITLE_RE.match(an.text, nxt.end(), an.names[j][0])
    if m is None or m.end() != an.names[j][0]:
        return _leader_apposed_next(an, q, persons)
    return _set_person(an, q, persons, list(an.names[j][1]))


# the title opening a paragraph before a name ("Dr. ", "Finance Minister ")
_LEDE_TITLE_RE = re.compile(r"(?:[A-Z][a-z]*\.?[ \t]+){1,3}")


_KIN_LATER_CACHE: dict = {}


def _resolve_kin_named_later(an, q, persons, reach=3000):
    """Fill the speaker of "her daughter" / "his grandson" (his or her, up to one
    modifier, a kin noun), said before the article names that relative, with the one
    name it gives the relative in apposition in the ``reach`` characters after the
    mention, outside quotations ("'...,' said her daughter. ... Her daughter, Mia Roe,
    said ..."): False when it names none, two different ones, or one of the other
    gender ("her son, Ana Roe")."""
    words = q.mention.lower().split()
    if not 2 <= len(words) <= 3 or words[0] not in ("his", "her"):
        return False
    kin = words[-1]
    want = _KIN_GENDER.get(kin)
    if want is None:
        return False
    hi = min(len(an.text), q.m_end + reach)
    seg = an.masked[q.m_end : hi] if an.masked is not None else an.text[q.m_end : hi]
    if kin not in seg:
        return _kin_given_said_next(an, q, persons, want)  # (the cheap test first)
    rx = _KIN_LATER_CACHE.get((words[0], kin))
    if rx is None:
        rx = _KIN_LATER_CACHE[(words[0], kin)] = re.compile(
            r"(?<![\w'’])(?i:"
            + words[0]
            + r")[ \t]+(?:[a-z][a-z-]*[ \t]+)?"
            + re.escape(kin)
            + r",?[ \t]+((?:"
            + _CAP_NAME_WORD
            + r"[ \t]+){0,2}"
            + _CAP_NAME_WORD
            + r")\b(?![ \t]*[A-Z])"
        )
    found = {}
    for m in rx.finditer(seg):
        cw = m.group(1).split()
        if cw[0].lower() in _SENT_START_STOP or cw[-1] in an.lex.org_words:
            continue
        found.setdefault(an.canonical(cw), cw)
    if not found:
        return _kin_given_said_next(an, q, persons, want)
    if len(found) != 1:
        return False  # (two relatives so described: "her son, Al ... her son, Ben")
    cw = next(iter(found.values()))
    g = an.lex.gender.get(cw[0].lower())
    if g is not None and g != want and _UNISEX.get(cw[0].lower(), 1.0) >= 0.9:
        return False  # ("her son, Ana Roe": someone else's)
    return _set_person(an, q, persons, cw)


# "said George Papadakis," / "George Papadakis said": a full name that quotes
_FULL_SAYS_RE = re.compile(
    r"(?:\b(?:says|said)[ \t]+((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}" + _CAP_NAME_WORD + r")"
    r"(?=[,.])|(?<![\w'’-])((?:"
    + _CAP_NAME_WORD
    + r"[ \t]+){1,2}"
    + _CAP_NAME_WORD
    + r")[ \t]+(?:says|said)\b)"
)


def _resolve_kin_full_named_next(an, q, persons, reach=800):
    """Fill the speaker of "her son" (his or her, up to one modifier, a kin noun),
    said before the article names the relative, with the one full name the ``reach``
    characters after it, outside quotations, quote ("..., her son said. '...,' said
    George Papadakis, who lives in LaSalle") that shares its surname with someone named
    before the mention but is itself written nowhere before it, and is not of the
    other gender; False otherwise."""
    words = q.mention.lower().split()
    if not 2 <= len(words) <= 3 or words[0] not in ("his", "her"):
        return False
    want = _KIN_GENDER.get(words[-1])
    if want is None:
        return False
    hi = min(len(an.text), q.m_end + reach)
    seg = an.masked[q.m_end : hi] if an.masked is not None else an.text[q.m_end : hi]
    if "said" not in seg and "says" not in seg:
        return False
    before = an.text[: q.m_start]
    found = {}
    for m in _FULL_SAYS_RE.finditer(seg):
        cw = (m.group(1) or m.group(2)).split()
        last = cw[-1]
        if cw[0].lower() in _SENT_START_STOP or " ".join(cw) in before:
            continue
        if not any(e[0] < q.m_start for e in an.by_last.get(last.lower(), ())):
            continue  # (a new family name: someone else)
        g = an.lex.gender.get(cw[0].lower())
        if g is not None and g != want and _UNISEX.get(cw[0].lower(), 1.0) >= 0.9:
            continue
        found[" ".join(cw)] = cw
    if len(found) != 1:
        return False
    return _set_person(an, q, persons, next(iter(found.values())))


# heads of a description of one named person outside the lists ("the veteran")
_DESCRIPTION_HEADS = frozenset(_lines("description_heads.txt"))


@lru_cache(maxsize=512)
def _described_rx(role):
    """ "<Name>, (29,) a/an/the/its ... <role>" or "<Name>, (chief) <role> at|of|for"
    for ``_described_in_apposition`` ("Ida Lowe, its chair,")."""
    return re.compile(
        r"\b((?:"
        + _CAP_NAME_WORD
        + r"[ \t]+"
        + _NAME_PARTICLES_RX
        + r"){0,2}"
        + _CAP_NAME_WORD
        + r"),[ \t]+(?:\d+,[ \t]+)?"
        r"(?:(?:a|an|the|its|his|her|their)[ \t]+(?:[a-z0-9][\w'’-]*[ \t]+){0,4}"
        + re.escape(role)
        + r"\b"
        r"|(?!wh)(?:[a-z][\w-]*[ \t]+){0,3}" + re.escape(role) + r"[ \t]+(?:at|of|for|with)\b)"
    )  # ("Jo Roe, chief economist at Northmark,", "Al Roe, president and chief executive

    # of Acme,": no determiner, a place of work after)


# lower-case surname particles inside a full name ("Marcus de Souza", "Ana van der Berg")
_NAME_PARTICLES_RX = r"(?:(?:de|da|del|della|di|du|van|von|der|den|la|le|dos|das)[ \t]+){0,2}"


@lru_cache(maxsize=512)
def _possessed_role_rx(role):
    """ "his/her/their <role>, <Name>," or "the family's <role>, <Name>," (up to two
    lower-case modifiers before the role) for ``_described_in_apposition``; the
    possessor may be a name ("Kearney's lead, Kay Roe,") and an age may open the name
    ("her lead, 21-year-old Kay Roe,")."""
    return re.compile(
        r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he[ \t]+[a-z]+['’]s|[A-Z][\w-]*['’]s)[ \t]+"
        r"(?:[a-z][\w-]*[ \t]+){0,2}"
        + re.escape(role)
        + r",[ \t]+(?:\d{1,3}-year-old[ \t]+)?((?:"
        + _CAP_NAME_WORD
        + r"[ \t]+){0,2}"
        + _CAP_NAME_WORD
        + r")(?=[,.])"
    )


def _apposed_person(an, m):
    """Canonical name of the person group 1 of the apposition match ``m`` names (a
    sentence-opening stopword dropped), or None for no match, an organisation or a
    lone word that is no person's name."""
    if m is None:
        return None
    cw = m.group(1).split()
    if cw[0].lower() in _SENT_START_STOP:
        cw = cw[1:]
    if not cw or cw[-1] in an.lex.org_words:
        return None
    if len(cw) < 2 and not _person_like(cw, an.lex, an.by_last_multi, None):
        return None
    return an.canonical(cw)


def _last_apposed(an, at, reach, role, cue, rx):
    """Canonical name the last match of ``rx(role)`` names in the ``reach`` characters
    before ``at``, outside quotations (``_apposed_person``); None when ``role`` or the
    word ``cue`` is not there (the cheap test first) or nothing matches."""
    _lo, seg = _unquoted_before(an, at, reach)
    if role not in seg or cue not in seg:
        return None
    last = None
    for m in rx(role).finditer(seg):
        last = m
    return _apposed_person(an, last)


def _described_in_apposition(an, at, role, reach=4000):
    """Canonical name of the last person the ``reach`` characters before ``at``
    describe as ``role`` in apposition, outside quotations ("Tom Greer, a local
    businessman," for "the businessman"), or None."""
    lo, seg = _unquoted_before(an, at, reach)
    if role not in seg:
        return None  # (the cheap test first)
    last = None
    if _role_after_comma(seg, role):  # (else no match: no pattern compiled for the role)
        for m in _described_rx(role).finditer(seg):
            last = m
    if role + "," in seg:  # (every match holds it)
        for m in _possessed_role_rx(role).finditer(seg):  # ("her lawyer, Marc Roe,")
            if last is None or m.start() > last.start():
                last = m
    return _apposed_person(an, last)


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
    },
    "hospital": {"hospital", "infirmary", "centre", "center"},  # "... Regional Health Centre"
    "centre": {"centre", "center"},  # "the Halifax Regional Health Centre ... the centre"
    "center": {"centre", "center"},
    # "the Halton Transit Authority ... the authority said"; a health authority named
    # for its region ("Northern Valley Health", "... Health Services ... the authority")
    "authority": {"authority", "health", "services"},
    "association": _MEMBER_BODIES,  # "The BC Lumber Trade Council said ... The association said"
    "commission": {"commission"},
    "committee": {"committee"},
    # "The Canada Energy Regulator ... The three-member hearing panel said": the body
    # that seats a hearing panel, a tribunal's name for a tribunal
    "panel": {"regulator", "board", "tribunal", "commission", "panel"},
    "tribunal": {"tribunal"},
    "regulator": {"regulator", "board", "commission", "authority", "operator"},
    "bureau": {"bureau"},  # "the Insurance Bureau of Canada ... the bureau said"
    # "the Insurance Bureau of Canada ... The industry group has urged": a body of members
    "group": _MEMBER_BODIES | {"group", "bureau", "institute", "network", "league", "union"},
    "council": {"council"},
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
}


_ORG_HEADS["company"] = (
    _ORG_HEADS["company"]
    | COMPANY_SUFFIXES
    | {"partnership", "partners", "holdings", "industries", "bancorp", "enterprises"}
)  # "Red Lion Inns Limited Partnership ... the company"


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


def _lede_body_named_next(an, q, lm, reach=1500):
    """The body a description in the lede (first or second paragraph) names by a word
    of its own ("the province's transportation department said" -> "Manitoba
    Transportation and Infrastructure", "the city's transit agency" -> "... Transit")
    in the next ``reach`` characters, to the end of the second paragraph after it:
    the first body's name holding that word capitalised; None otherwise."""
    words = lm.split()
    mods = {w.capitalize() for w in words[1:-1] if w.isalpha() and len(w) > 3}
    text = an.masked if an.masked is not None else an.text
    nl = text.find("\n", 0, q.m_start)
    if not mods or (
        nl >= 0 and text.find("\n", _SPACE_RUN_RE.match(text, nl).end(), q.m_start) >= 0
    ):
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
    named before; None otherwise."""
    fit = _lede_org_fit(head) - {"group"}  # ("SITE Intelligence Group")
    text = an.masked if an.masked is not None else an.text
    nl = text.find("\n", 0, q.m_start)
    if not fit or (
        nl >= 0 and text.find("\n", _SPACE_RUN_RE.match(text, nl).end(), q.m_start) >= 0
    ):
        return None  # (in the lede: the first paragraph, or the second after a headline)
    if _kind_org_before(an, q.m_start, head) is not None:
        return None
    hi = min(len(text), q.m_end + reach)
    nl = text.find("\n", q.m_end, hi)
    for _ in range(2):  # (to the end of the second paragraph after it)
        if nl < 0:
            break
        nl = text.find("\n", _SPACE_RUN_RE.match(text, nl).end(), hi)
    hi = hi if nl < 0 else nl
    for m in _ORG_CAP_RUN_RE.finditer(text, q.m_end, hi):
        ws = m.group(1).split()
        if ws[-1].lower().rstrip(".") in fit and ws[0].lower() not in _stopwords():
            return an.text[m.start(1) : m.end(1)]
    return None


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
    with a given name (a person: "developer Tom Vale")."""
    lo, seg = _unquoted_before(an, at, reach)
    found = {}
    for m in _INTRODUCED_COMPANY_RE.finditer(seg):
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
    """ "The (...) <head>, <Name>," or "<Name>, (29,) who worked as a (...) <head>" for
    ``_described_named_later`` (the name in group 1 or 2)."""
    h = re.escape(head)
    return re.compile(
        r"\b(?:[Tt]he[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,3}?" + h + r",[ \t]+" + _NAME_RUN
        + r"[,.]|" + _NAME_RUN + r",[ \t]+(?:\d+,[ \t]+)?who[ \t]+(?:had[ \t]+|has[ \t]+)?"
        r"(?:worked|works|was[ \t]+working|is[ \t]+working)[ \t]+as[ \t]+an?[ \t]+"
        r"(?:[a-z][\w'’-]*[ \t]+){0,3}?" + h + r"\b)"
    )  # fmt: skip


def _description_head(mention, firsts=("a", "an", "the")):
    """The lower-case head of an unnamed description ("A former foreman for a roofing
    company" -> "foreman": its last word before a preposition or a clause), or None;
    the description opens with one of ``firsts``.

    >>> _description_head("A former foreman for a roofing company"), _description_head("Ann Roe")
    ('foreman', None)
    """
    words = mention.replace(",", " ").split()
    if len(words) < 2 or words[0].lower() not in firsts:
        return None
    head = words[1:]
    for k, w in enumerate(head):
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
    if text.find(head + ",", q.m_end, hi) >= 0 or _WORKED_AS_RE.search(text, q.m_end, hi):
        for m in _named_later_rx(head).finditer(text, q.m_end, hi):
            cw = (m.group(1) or m.group(2)).split()
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


_NEXT_SENTENCE_RE = re.compile(r"[.!?][ \t]")


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
      new person's full name bare only when the reader has met the person already.

    A lede's description that speaks before anyone is named takes the first named
    statement of a later paragraph or the one referent of its head further on
    (``_lede_description_named_later``)."""
    for p, q in itertools.pairwise(quotes):
        lm = _unresolved_description(p)
        if lm is None:
            continue
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
            and _BARE_NAME_CUE_RE.match(an.text, q.m_end)
        ):
            p.speaker, p.stype = name, "person"
    _lede_description_named_later(an, quotes)


def _new_bare_name(an, p, q, lm):
    """The full name ``q`` names its speaker by, when it may name ``p``'s unresolved
    description ``lm`` (the guards of ``_description_named_soon_after``), else None."""
    words = (q.speaker or "").split()
    if q.stype != "person" or len(words) < 2 or q.mention != q.speaker or q.m_start <= p.m_end:
        return None
    if _full_name_before(an, words, q.m_start):
        return None  # (a name the article gave before: someone else)
    if _OWN_APPOSITION_RE.match(an.text, q.m_end) or an.text[q.m_start - 2 : q.m_start] == ", ":
        return None  # ("Its director, Ann Roe, said": a description of its own)
    head = _description_head(lm, _NAMED_SOON_OPENERS) or lm.split()[-1]  # ("brother-in-law")
    if head in _GENERIC_PERSON_NOUNS or head in _DOC_HEADS:
        return None  # ("A spokesman said A. Ann Roe said B.": anyone among many)
    if an.lex.nouns.get(head) in ("organization", "group"):
        return None  # ("The business improvement area had asked ...": no person)
    kin = _KIN_GENDER.get(lm.split()[-1])
    given = an.lex.gender.get(words[0].lower())
    if kin in ("m", "f") and given in ("m", "f") and given != kin:
        return None  # ("His sister said A. Peter Roe said B.": someone else)
    return q.speaker


def _lede_paragraph_opener(an, p, q, gap, lede_lines):
    """Does ``q``'s name open the paragraph right after ``p``'s, ``p`` in the headline or
    the first ``lede_lines`` - 1 paragraphs?"""
    line_start = an.text.rfind("\n", 0, q.m_start) + 1
    if gap.strip("\n").count("\n") or an.text[line_start : q.m_start].strip(' “"'):
        return False  # (more than one paragraph on, or not opening its paragraph)
    return sum(1 for ln in an.text[: p.m_start].split("\n") if ln.strip()) < lede_lines


def _lede_description_named_later(an, quotes):
    """Give a description left unresolved that speaks before anyone named in the
    article (a lede: "A, a judge warned jurors", "A, the head of its public works
    department told council") the referent the article names later: the person of the
    first named statement when its mention holds the head noun ("director Ann Roe
    told reporters") or the description in apposition after the name shares a word
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
    (or "the violinists ..." right after "One of "): one unnamed member, whom a next
    "She is Ann Roe" can name; None for any other mention."""
    low = q.mention.lower()
    if low.startswith("one of the "):
        return "a " + q.mention[11:]
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
    if head not in _PERSON_NOUNS or q.mention.lower() != "a " + head:
        return None
    if q.m_start > (_lede_end(an.text) if lede_end is None else lede_end):
        return None  # (the lede only: a headline before it at most)
    text = an.masked if an.masked is not None else an.text
    heads = (head, *sorted(_DESC_SYNONYMS.get(head, ())))
    found = _titled_after(text, q.m_end, min(len(text), q.m_end + reach), heads)
    if len(found) != 1:
        return None
    cw = next(iter(found.values()))
    return cw if _person_like(cw, an.lex, an.by_last_multi, "?") else None


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


def _remember_described(an, head, cw):
    """Keep the name a description with the noun ``head`` was resolved to (a lede's
    "its executive director says A", named next) for ``_resolve_head_seen_before``."""
    an.__dict__.setdefault("_described_heads", {})[head] = list(cw)
