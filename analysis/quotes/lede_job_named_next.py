"""Lede job named next: a lede's indefinite description whose noun is a listed job or
role ("..., a former Calgary investment adviser accused of fraud testified Tuesday.";
"..., a 15-year-old midfielder told a hearing.") resolved to the new full name that
opens the next paragraph and speaks there ("Warren Roe, 58, who ran the firm, said
...": the name the lede held back). The description may carry an age and capitalised
place words, which the general described-named-next rule (lede_named_next.py) does not
read, and its noun may be one that rule keeps anonymous elsewhere ("adviser"); truly
unnamed sources ("a senior official", resources/lede_unnamed_heads.txt) stay unnamed.
The description may also sit in the paragraph right after the lede, carry a
post-modifier ("a lawyer for a coalition of growers"), have a trade or a parent as its
noun, and be named by "NAME, AGE, <predicate of his own life>" when that paragraph then
has him speak ("Gil Roe, 66, spent 31 years driving ambulances. He said ...").
"""

from __future__ import annotations

import bisect
import re

from .antecedents import _set_person
from .kin import _KIN_GENDER, _PARAGRAPH_BREAK_RE
from .lede_named_next import (
    _APPOSED_HEAD_AFTER_RE,
    _JOB_NOUNS,
    _PERSON_NOUNS,
    _apposed_other_role,
    _in_lede_paragraph,
    _lede_next_paragraph,
    _named_before,
    _next_paragraph_span,
)
from .lexicon import _lines
from .player_roles import _PLAYER_HEADS
from .titles import _ROLE_WORDS

_LEDE_UNNAMED_HEADS = frozenset(_lines("lede_unnamed_heads.txt"))
# one person's trade or a parent ("a retired farmer", "a parent who started the petition")
_LEDE_MORE_HEADS = frozenset(_lines("person_job_heads.txt")) | frozenset(_lines("parent_nouns.txt"))
# a post-modifier that ends the description's head ("a lawyer for a coalition of growers")
_LEDE_JOB_POST_RE = re.compile(r"[ \t]+(?:for|of|at|with|from|on|in)[ \t]")
# a participle post-modifier ("a retired bus driver facing eviction from ...")
_LEDE_JOB_ING_RE = re.compile(r"[ \t]+[a-z]{2,}ing[ \t]")

# "a/an", up to four modifiers (lower-case words, an age "15-year-old", capitalised
# place words: "a former Calgary investment adviser"), the head noun
_LEDE_JOB_RE = re.compile(
    r"[Aa]n?(?:[ \t]+(?:[a-z][a-z-]*|\d{1,3}-year-old|[A-Z][a-z]+)){0,4}?[ \t]+(?P<head>[a-z]+)"
)

# after the new name: an apposition or relative clause (", 58, who ran the firm ...,"),
# then the cue, or a predicate of the person the lede held back ("Warren Roe, 58, faces
# six counts", "... pleaded not guilty", "... is charged with")
_LEDE_JOB_NAME_SAYS_RE = re.compile(
    r"(?P<app>[ \t]*,(?:[^.;:\n\"“”]|\.(?=,)){1,200},)?[ \t]+(?:said|says|told|testified|added"
    r"|faces|faced|pleaded|is[ \t]+charged|was[ \t]+charged|is[ \t]+accused|was[ \t]+accused)\b"
)

# after the new name and its age alone (", 66,"): a predicate of the person's own life
# ("Gil Roe, 66, spent 31 years driving ambulances", "... has lived there since 1983"),
# not one that befalls someone ("Tom Vail, 45, was killed": a victim, not the speaker)
_LEDE_JOB_AGED_RE = re.compile(
    r"[ \t]*,[ \t]*\d{1,3}[ \t]*,[ \t]+(?!(?:was|were|is|are|died|dies|suffered|remains"
    r"|has[ \t]+been|had[ \t]+been)\b)[a-z]{2,}\b"
)

_LEDE_JOB_WORD_RE = re.compile(r"[a-z]+")

# an umbrella noun and the ranks it covers: "a senior executive" is "NAME, vice-president
# of operations for X" (a company's abbreviation dot before the comma: "X Corp.,")
_LEDE_UMBRELLA_RANKS = {"executive": frozenset(_lines("executive_ranks.txt"))}

# the speech cues among them: any other predicate ("faces", "pleaded") tells of the
# person the lede is about, so it names the description only when the lede describes
# nobody else before it ("A man who drove drunk ... , with a judge telling him": the man)
_LEDE_JOB_SPEECH = frozenset(("said", "says", "told", "testified", "added"))
_LEDE_OTHER_PERSON_NOUNS = frozenset(_lines("generic_person_nouns.txt"))
_LEDE_INDEFINITE_RE = re.compile(r"\b[Aa]n?[ \t]+((?:[\w'’-]+[ \t]+){0,3}[\w'’-]+)")
# someone the description speaks about: "his boss ordered him", "her former manager"
_LEDE_POSSESSED_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:former[ \t]+)?([a-z]+)")


def _lede_other_person_before(text, at):
    """Does the paragraph of ``at`` describe a person with "a"/"an" before ``at``?

    >>> _lede_other_person_before("A man who drove drunk was jailed, with a judge", 40)
    True
    >>> _lede_other_person_before("He never took a dollar, a former adviser", 24)
    False
    """
    lo = text.rfind("\n", 0, at) + 1
    for m in _LEDE_INDEFINITE_RE.finditer(text, lo, at):
        if any(
            w in _LEDE_OTHER_PERSON_NOUNS or w in _PERSON_NOUNS or w in _JOB_NOUNS
            for w in m.group(1).split()
        ):
            return True
    return False


def _after_lede_paragraph(text, at):
    """Is ``at`` in the paragraph right after the article's lede paragraph (the
    description held back one paragraph: "Trustees voted 6-3. A parent who started the
    petition said ...")?

    >>> _after_lede_paragraph("Books stay\\n\\nWINNIPEG — A vote.\\n\\nA parent said so.", 32)
    True
    >>> _after_lede_paragraph("A vote.\\n\\nMore.\\n\\nA parent said so.", 22)
    False
    """
    brk = text.rfind("\n", 0, at)
    j = brk
    while j > 0 and brk - j < 200 and text[j - 1].isspace():
        j -= 1  # (a blank run is read back 200 characters at most)
    return j > 0 and _in_lede_paragraph(text, j - 1)


def _apposed_kin(text, at):
    """Is the apposition right after a name (at ``at``) a kin noun ("Ann Roe, a mother
    of three who ...": no other job)?

    >>> _apposed_kin("Ann Roe, a mother of three, said", 7), _apposed_kin("Ann Roe, a nurse", 7)
    (True, False)
    """
    m = _APPOSED_HEAD_AFTER_RE.match(text, at)
    return m is not None and m.group(1) in _KIN_GENDER


def _lede_possessed_person(text, at):
    """Does the paragraph of ``at`` speak of a person by a possessive ("his boss ordered
    him to sign", "her former manager")? (Then a predicate of the accused in the next
    paragraph may be about that person, not about the one who testified.)

    >>> _lede_possessed_person("A foreman told a jury that his boss lied.", 5)
    True
    >>> _lede_possessed_person("A teller said her branch was robbed.", 5)
    False
    """
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    for m in _LEDE_POSSESSED_RE.finditer(text, lo, len(text) if hi < 0 else hi):
        if m.group(1) in _PERSON_NOUNS or m.group(1) in _LEDE_OTHER_PERSON_NOUNS:
            return True
    return False


def _lede_job_head(mention):
    """The job noun of a lede's indefinite description, None if it is none (or an
    unnamed source's noun).

    >>> _lede_job_head("a former Calgary investment adviser"), _lede_job_head("a 15-year-old midfielder")
    ('adviser', 'midfielder')
    >>> _lede_job_head("a lawyer for a coalition of growers"), _lede_job_head("A parent")
    ('lawyer', 'parent')
    >>> _lede_job_head("a retired bus driver facing eviction from a co-operative")
    'driver'
    >>> _lede_job_head("a senior official") is None
    True
    """
    post = _LEDE_JOB_POST_RE.search(mention)
    ends = [post.start() if post else len(mention)]
    if (ing := _LEDE_JOB_ING_RE.search(mention)) is not None:
        ends.append(ing.start())  # (a participle post-modifier: "a driver facing eviction")
    for end in ends:
        m = _LEDE_JOB_RE.fullmatch(mention, 0, end)
        if m is None:
            continue
        head = m.group("head")
        if head in _LEDE_UNNAMED_HEADS:
            return None
        if (
            head in _PERSON_NOUNS
            or head in _JOB_NOUNS
            or head in _PLAYER_HEADS
            or head in _LEDE_MORE_HEADS
        ):
            return head
    return None


# after the new name: a copula that gives the description's own noun ("Ann Roe was one of
# two counsellors on the dock", "Tom Vail is a night nurse"): the person the lede held back
_LEDE_JOB_COPULA_RE = re.compile(
    r"[ \t]+(?:was|is)[ \t]+(?:one[ \t]+of[ \t]+(?:the[ \t]+)?(?:two|three|four|five|six|\d{1,3})"
    r"[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?P<many>[a-z]+)|an?[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?P<one>[a-z]+))\b"
)


def _lede_job_copula(text, end, stop, head):
    """Does a copula right after the name ending at ``end`` give the description's noun
    ``head`` ("was one of two counsellors", "is a nurse")?

    >>> _lede_job_copula("Ann Roe was one of two counsellors on duty.", 7, 43, "counsellor")
    True
    >>> _lede_job_copula("Ann Roe was a nurse.", 7, 20, "counsellor")
    False
    """
    m = _LEDE_JOB_COPULA_RE.match(text, end, stop)
    if m is None:
        return False
    if m.group("one") is not None:
        return m.group("one") == head
    return m.group("many") in (head + "s", head + "es")


# after the new name: an apposition whose head noun is the description's own ("an
# engineer told an inquiry ...\n\nAnn Roe, a structural engineer with a firm in Regina,
# was the first witness"): the lede's person, whatever the predicate
_LEDE_JOB_APPOSED_SAME_RE = re.compile(
    r"[ \t]*,[ \t]+an?[ \t]+(?:[a-z][a-z-]*[ \t]+){0,3}?(?P<head>[a-z]+)(?=[ \t]*[,.]|[ \t]+(?:with|at|for|from|in|who)\b)"
)


def _lede_job_apposed_same(text, end, stop, head):
    """Does an apposition right after the name ending at ``end`` give the description's
    own noun ``head`` ("Ann Roe, a structural engineer with a firm in Regina, ...")?

    >>> _lede_job_apposed_same("Ann Roe, a structural engineer with a firm, was there.", 7, 54, "engineer")
    True
    >>> _lede_job_apposed_same("Ann Roe, a lawyer for the town, was there.", 7, 42, "engineer")
    False
    """
    m = _LEDE_JOB_APPOSED_SAME_RE.match(text, end, stop)
    return m is not None and m.group("head") == head


def _lede_job_predicate(an, q, head, span, gender):
    """Does the new name ending at ``span[0]`` (its paragraph ends at ``span[1]``) go on
    as the person the description ``q`` (head noun ``head``) held back: a cue or a
    predicate of the accused after an apposition giving no other role, or, after its age
    alone, a predicate of the person's own life when the paragraph then has that person
    speak ("Gil Roe, 66, spent 31 years driving ambulances. He said ...")?"""
    text = an.text
    end, stop = span
    if _lede_job_copula(text, end, stop, head):
        return True  # ("Ann Roe was one of two counsellors": the noun of the lede itself)
    if _lede_job_apposed_same(text, end, stop, head):
        return True  # ("Ann Roe, a structural engineer with a firm in Regina, was ...")
    after = _LEDE_JOB_NAME_SAYS_RE.match(text, end, stop)
    if after is None:
        after = _LEDE_JOB_AGED_RE.match(text, end, stop)
        if after is None or not (
            _lede_job_speaks_on(text, after.end(), stop, gender)
            or (
                _lede_job_speaks_next(text, end, stop, gender)
                and not _lede_other_person_before(text, q.m_start)
                and not _lede_possessed_person(text, q.m_start)
            )
        ):  # (speaking on in the next paragraph: "Roe denied that ...", unless the lede
            # speaks of someone else: "his boss", "a judge")
            return False
    if (
        head not in _KIN_GENDER
        and _apposed_other_role(text, end, head)
        and not _apposed_kin(text, end)
    ):  # (a kin description takes any job: "A grandfather ..." / "Al Roe, a retired farmer")
        return False
    verb = text[after.end() - 9 : after.end()].split()[-1]
    if after.re is _LEDE_JOB_NAME_SAYS_RE and verb not in _LEDE_JOB_SPEECH:
        if (
            _LEDE_JOB_POST_RE.search(q.mention)
            or _lede_other_person_before(text, q.m_start)
            or _lede_possessed_person(text, q.m_start)
        ):
            # ("A man ... , with a judge telling him ...\n\nKyle Roe pleaded"; "A foreman
            # for a roofing firm told a jury ...\n\nAl Roe, 61, is charged": his boss)
            return False
    app = after.group("app") if after.re is _LEDE_JOB_NAME_SAYS_RE else None
    same = _LEDE_UMBRELLA_RANKS.get(head, ())
    return not (
        app
        and head not in _KIN_GENDER
        and any(
            w in _ROLE_WORDS and w != head and w not in _KIN_GENDER and w not in same
            for w in _LEDE_JOB_WORD_RE.findall(app)
        )
    )  # ("Ann Roe, who chairs the board as its president, said": another role; a kin
    # word is no other role: "with her mother beside her")


# the paragraph's person speaking on: "He said", "She told", "He recalled"
_LEDE_JOB_SPEAKS_RE = re.compile(
    r"(?<![\w'’])(He|She)[ \t]+(?:said|says|told|tells|added|recalled|explained|warned)\b"
)


def _lede_job_speaks_on(text, lo, hi, gender):
    """Does "He/She <cue>" (the pronoun of ``gender`` when known) follow in
    ``text[lo:hi]``?

    >>> _lede_job_speaks_on("Al Roe, 66, drove a bus. He said so.", 11, 36, "m")
    True
    >>> _lede_job_speaks_on("Al Roe, 66, drove a bus. She said so.", 11, 37, "m")
    False
    """
    m = _LEDE_JOB_SPEAKS_RE.search(text, lo, hi)
    if m is None:
        return False
    return gender not in ("m", "f") or (m.group(1) == "He") == (gender == "m")


# the next paragraph opens with the person speaking: "Roe denied that ...", "She said"
_LEDE_JOB_NEXT_CUE_RE = re.compile(
    r"[ \t]+(?:said|says|told|tells|added|recalled|explained|warned|denied|insisted"
    r"|acknowledged|admitted)\b"
)


def _lede_job_speaks_next(text, end, stop, gender):
    """Does the paragraph after the one ending at ``stop`` open with the person whose
    name ends at ``end`` speaking (by the name's last word, or "He"/"She" of
    ``gender``)?

    >>> t = "Al Roe, 66, got a notice.\\n\\nRoe denied it."
    >>> _lede_job_speaks_next(t, 6, 25, "m"), _lede_job_speaks_next(t.replace("Roe d", "Ann d"), 6, 25, "m")
    (True, False)
    """
    if stop >= len(text):
        return False
    last = text[max(0, end - 60) : end].rsplit(None, 1)[-1:]
    start = _PARAGRAPH_BREAK_RE.match(text, stop).end()
    subjects = list(last)
    if gender in ("m", "f"):
        subjects.append("He" if gender == "m" else "She")
    for subject in subjects:
        if text.startswith(subject, start) and _LEDE_JOB_NEXT_CUE_RE.match(
            text, start + len(subject)
        ):
            return True
    return False


# the job heads whose holders are addressed as "Dr." ("a large-animal veterinarian
# said ...\n\nDr. Ann Roe, who runs a mixed practice, said")
_DR_DESCRIPTIONS = frozenset(
    "doctor physician surgeon veterinarian vet dentist psychiatrist pediatrician "
    "paediatrician optometrist".split()
)


def _resolve_lede_job_named_next(an, q, persons):
    """Fill the speaker of a lede's indefinite job description (``_lede_job_head``), in
    the article's first paragraph with nobody named before it, with the full name that
    opens the next paragraph, never written before, no title in it, speaking after an
    optional apposition that gives it no other role ("Ann Roe, 58, who ..., said").
    False otherwise.

    >>> import pandas as pd, analysis
    >>> text = ('He never took a dollar, a former Calgary investment adviser testified.\\n\\n'
    ...         'Tom Vail, 58, who ran a small firm, said the money was lost.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Tom Vail', 'Tom Vail']
    """
    head = _lede_job_head(q.mention)
    if head is None or not (
        _in_lede_paragraph(an.text, q.m_end) or _after_lede_paragraph(an.text, q.m_start)
    ):
        return False
    if _lede_next_paragraph(an, q) is None:
        return False  # (somebody named before: not a lede's held-back name)
    span = _next_paragraph_span(an.text, q.m_end)
    if span is None:
        return False
    start, stop = span
    names = an.positions()
    j = bisect.bisect_left(names, start)
    if j >= len(names) or names[j] != start or len(an.names[j][1]) < 2:
        return False
    cw = an.names[j][1]
    gender, person = an.person_like(j)[:2]
    # "Dr. " before the name of a doctor's job ("a large-animal veterinarian said" ...
    # "Dr. Ann Roe, who runs a mixed practice, said"): the title the job carries
    lead = "Dr. " if head in _DR_DESCRIPTIONS and an.text.startswith("Dr. ", start) else ""
    if not (person or gender in ("m", "f")) or not an.text.startswith(lead + " ".join(cw), start):
        return False
    if any(w.lower().rstrip(".") in an.lex.titles for w in cw):
        return False  # ("Judge Ann Roe said": a title of its own)
    end = start + len(lead) + len(" ".join(cw))
    if not _lede_job_predicate(an, q, head, (end, stop), gender):
        return False
    if _named_before(an, cw, start):
        return False
    return _set_person(an, q, persons, list(cw))
