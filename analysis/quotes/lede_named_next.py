"""Named-next rules: a description that speaks first ("a city councillor said")
resolved to the person the next sentence or paragraph names: offices named later,
people introduced by a predicate, a lede's role, local ("A <Place> man says"), head
("The head of X told") or leader ("the woman who chairs ...") named next, and
apposition echoes of the description.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .antecedents import _CAP_NAME_WORD, _NAME_RUN_RE, _set_person
from .datelines import DATELINE_RE
from .kin import _PARAGRAPH_BREAK_RE
from .lede_appositions import _DESCRIPTION_HEADS, _described_in_apposition
from .lexicon import _lines, load_titles
from .titles import _ROLE_WORDS, _person_gender
from .usage import _place_or_org
from .wordscan import _word_then

_DESC_HEAD_END = frozenset("for of at with in from on who whose and".split())

_THE_PERSON_NOUNS = frozenset(_lines("unnamed_person_nouns.txt"))


def _named_before(an, cw, start):
    """Whether the article wrote the full name ``cw`` before ``start`` (someone it knows).

    >>> class _A:
    ...     by_last = {"roe": [(5, ["Ann", "Roe"], "f", 0)]}
    ...     canonical = staticmethod(" ".join)
    >>> _named_before(_A(), ["Ann", "Roe"], 40), _named_before(_A(), ["Ann", "Roe"], 3)
    (True, False)
    """
    canon = an.canonical(cw)
    return any(
        p < start and an.canonical(w) == canon
        for p, w, _g, _i in an.by_last.get(cw[-1].lower(), ())
    )


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


# white space and a name run after an office ("Mayor| Gail Roe"): ``_office_title_rx``'s tail
_NAME_RUN_NEXT_RE = re.compile(r"[ \t]+" + _NAME_RUN_RE.pattern)


def _titled_after(text, lo, hi, heads):
    """{last word: name words} of the people ``text[lo:hi]`` titles with one of the
    capitalised ``heads`` ("Mayor Gail Roe", "Superior Court Justice Ann Roe"), not
    "Deputy/former/acting <Office>"."""
    found: dict = {}
    for head in heads:
        if not _word_then(text, head.capitalize(), _NAME_RUN_NEXT_RE, lo, hi):
            continue  # (every match holds the office, then a name: no pattern without one)
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
    cw = an.names[i][1]
    return len(cw) == 1 and cw[0] in dateline_places(an)


def dateline_places(an):
    """The words of the place of the article's dateline, capitalised as in running text
    ("MEDICINE HAT, Alta. —": "Medicine", "Hat", "Alta"), found once per article.

    >>> class A: text = "Food bank\\n\\nCALGARY — Demand rose."
    >>> sorted(dateline_places(A()))
    ['Calgary']
    """
    places = getattr(an, "_dateline_places", None)
    if places is None:
        places = set()
        for ls in _LINE_START_RE.finditer(an.text, 0, min(len(an.text), 1500)):
            m = DATELINE_RE.match(an.text, ls.end(), min(len(an.text), ls.end() + 120))
            if m is not None:
                for w in m.group("place").split():  # (also "Mont-Laurier" of "MONT-LAURIER")
                    places.update((w.strip(".").capitalize(), running_case(w.strip("."))))
                places.update(w.strip(".,") for w in m.group("region").split())
                break
        places = an._dateline_places = frozenset(places)
    return places


# the particles a hyphenated place name writes in lower case ("Rivière-du-Loup")
_PLACE_PARTICLES = frozenset("du de des la le les sur en aux au d l".split())


def running_case(word):
    """A dateline word ("MONT-LAURIER") as running text writes it: each hyphenated part
    capitalised, its French particles in lower case.

    >>> running_case("MONT-LAURIER"), running_case("SAINT-JEAN-SUR-RICHELIEU"), running_case("HAY")
    ('Mont-Laurier', 'Saint-Jean-sur-Richelieu', 'Hay')
    """
    parts = word.split("-")
    return "-".join(
        p.lower() if 0 < i < len(parts) - 1 and p.lower() in _PLACE_PARTICLES else p.capitalize()
        for i, p in enumerate(parts)
    )


def dateline_place(an):
    """The place of the article's dateline as running text writes it ("HAY RIVER, N.W.T.
    —": "Hay River"), None without a dateline; found once per article (the first
    1,500 characters, as ``dateline_places``).

    >>> class A: text = "Vote set\\n\\nBATHURST, N.B. — The city said."
    >>> dateline_place(A())
    'Bathurst'
    """
    got = getattr(an, "_dateline_place", None)  # (place,) once found, None before
    if got is None:
        place = None
        for ls in _LINE_START_RE.finditer(an.text, 0, min(len(an.text), 1500)):
            m = DATELINE_RE.match(an.text, ls.end(), min(len(an.text), ls.end() + 120))
            if m is not None:
                place = " ".join(running_case(w) for w in m.group("place").split())
                break
        got = an._dateline_place = (place,)
    return got[0]


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
                and an.names[i][1][-1] not in an.lex.place_words  # ("Prince Edward Island")
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


_ASCII_WORD_RE = re.compile(r"[A-Za-z]+")


def _resolve_named_next(an, q, persons):
    """Fill the speaker of a lede's description ("..., the province's chief medical
    officer of health said Tuesday."), when the article names nobody before it, with
    the person who opens the next paragraph carrying the same title ("Dr. Ann Roe told
    a briefing ..."; a title word of the description, or "Dr." for a medical one);
    False otherwise.

    >>> _LEDE_TITLE_RE.match("Dr. Ann Roe told").group()
    'Dr. Ann Roe '
    """
    words = [w.lower() for w in _ASCII_WORD_RE.findall(q.mention)]
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


# a description opened by a capitalised owner instead of "the": "Greater Sudbury's
# outgoing fire chief", "Ontario's chief medical officer" (the owner, then a lower-case word)
_OWNER_OPENED_RE = re.compile(r"(?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*['’]s[ \t]+[a-z]")


def owner_opened_description(mention: str) -> bool:
    """Does the speaker mention open with a capitalised owner and go on in lower case,
    a description like "the city's fire chief" (``_resolve_named_next`` reads both)?

    >>> owner_opened_description("Greater Sudbury's outgoing fire chief")
    True
    >>> owner_opened_description("Ann Roe"), owner_opened_description("the city's chief")
    (False, False)
    """
    return _OWNER_OPENED_RE.match(mention) is not None


# a full name that opens a paragraph and speaks at once: "Rochelle Delorme said"
_NAME_SAYS_RE = re.compile(r"[ \t]+(?:said|says|told)\b")


def _lede_opening_full_name(an, q, after_re, reach=601):
    """Index in ``an.names`` of the full name (two words or more) that opens the
    paragraph after a lede's statement ``q``, when the article names nobody before ``q``
    and ``after_re`` (if given) matches right after the name's last word ("Rochelle
    Delorme said ...", "Ann Roe, who has led the utility since 2022,"); None otherwise.
    The paragraph break is looked for within ``reach`` characters of the mention's end.

    >>> import re
    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> class Q: m_start, m_end = 0, 24
    >>> t = "The city's water manager said so.\\n\\nNadia Roe said it was fine."
    >>> an = _ArticleNames(t, [(0, 33), (35, len(t))], lexicon(), None)
    >>> an.names[_lede_opening_full_name(an, Q, re.compile(r" said"))][:2]
    (35, ('Nadia', 'Roe'))
    """
    found = _lede_next_paragraph(an, q, reach)
    if found is None:
        return None
    nxt, j = found
    if j >= len(an.names) or an.names[j][0] != nxt.end() or len(an.names[j][1]) < 2:
        return None
    if after_re is None:
        return j
    cw = an.names[j][1]
    end = an.text.find(cw[-1], nxt.end(), nxt.end() + 80)
    if end < 0 or not after_re.match(an.text, end + len(cw[-1])):
        return None
    return j


# a full name that opens a paragraph with a deed of her office ("Ann Roe tabled her
# report"), not one that befalls her ("Ann Roe drowned")
_NAME_ACTS_RE = re.compile(
    r"[ \t]+(?!(?:died|drowned|collapsed|disappeared|vanished|suffered|crashed)\b)[a-z]{3,}ed\b"
)

# the person speaking on in that paragraph: "She said", "He told"
_ROLE_SPEAKS_ON_RE = re.compile(r"(?<![\w'’])(He|She)[ \t]+(?:said|says|told|added)\b")


def _name_acts_then_speaks(an, j):
    """Does the name ``an.names[j]`` (two words or more) go on with a deed in the past
    tense ("Ann Roe tabled her report"), and its paragraph with "He/She said" (the
    pronoun of the name's gender when known) within 400 characters?"""
    pos, cw = an.names[j][:2]
    end = pos + len(" ".join(cw))
    if len(cw) < 2 or not an.text.startswith(" ".join(cw), pos):
        return False
    if _NAME_ACTS_RE.match(an.text, end) is None:
        return False
    stop = an.text.find("\n", pos)
    stop = min(pos + 400, len(an.text) if stop < 0 else stop)
    m = _ROLE_SPEAKS_ON_RE.search(an.text, pos, stop)
    if m is None:
        return False
    gender = an.person_like(j)[0]
    return gender not in ("m", "f") or (m.group(1) == "He") == (gender == "m")


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
    j = _lede_opening_full_name(an, q, _NAME_SAYS_RE, reach=301)
    if j is None:
        j = _lede_opening_full_name(an, q, None, reach=301)
        if j is None or not _name_acts_then_speaks(an, j):
            return False
    pos, cw = an.names[j][:2]
    if any(w.lower().rstrip(".") in an.lex.titles for w in cw):
        return False  # ("Trade Minister Ann Roe said": a title of its own, another rule's)
    if not an.text.startswith(" ".join(cw), pos):
        return False  # ("Premier Ann Roe told": the paragraph opens with a title)
    return _set_person(an, q, persons, list(cw))


# a description of one person speaking before the article names her: "a dispatcher who
# worked the overnight shift", "The curator", "its director" (determiner, up to three
# lower-case modifiers, the head noun; a "who"/"," clause after it is left out; "the"
# may take one capitalised modifier first: "the Liberal candidate who won it")
_DESCRIBED_FIRST_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he(?:[ \t]+[A-Z][a-z]+(?=[ \t]+[a-z]))?|[Ii]ts|[Tt]heir)"
    r"(?:[ \t]+[a-z][a-z-]*){0,3}?[ \t]+(?P<head>[a-z][a-z-]+)"
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


def _next_paragraph_span(text, end, reach=600):
    """(start, end) of the paragraph after the one holding ``end``, when its line break
    comes within ``reach`` characters of ``end``; None otherwise (where a description's
    held-back name is looked for).

    >>> _next_paragraph_span("A nurse said so.\\n\\nAnn Roe, 40, works nights.\\nMore.", 12)
    (18, 44)
    >>> _next_paragraph_span("A nurse said so.", 12) is None
    True
    """
    brk = text.find("\n", end, end + reach)
    if brk < 0:
        return None
    start = _PARAGRAPH_BREAK_RE.match(text, brk).end()
    stop = text.find("\n", start)
    return start, len(text) if stop < 0 else stop


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
    span = _next_paragraph_span(an.text, q.m_end)
    if span is None or "\n" in an.text[q.m_start : q.m_end]:
        return False
    start, stop = span
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
    if _named_before(an, cw, start):
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
    if q.mention[:1] not in "aA":
        return False  # (the first letter first: the pattern runs for "a"/"an" only)
    m = _DESCRIBED_FIRST_RE.fullmatch(q.mention)
    if m is None:
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
    if _named_before(an, cw, q.m_start):
        return False  # (named before: someone the article already knows)
    return _set_person(an, q, persons, cw)


# the cue right before a new name ("..., said Dr. Ann Roe, a microbiologist")
_CUE_BEFORE_NAME_RE = re.compile(
    r"[,”\"][ \t]*(?:said|says|added|told)[ \t]+(?:(?:Dr|Rev|Prof|Sgt|Cpl|Capt)\.[ \t]+)?\Z"
)

# a new name opening a paragraph of narration ("Wim Roe has raised cattle ...")
_NARRATION_VERB_RE = re.compile(r"[ \t]+(?:has|had|is|was|runs|owns|lives|works|farms)\b")

# a name's indefinite apposition, then the narration's verb: "Ann Roe, a 44-year-old
# physician who had never run for office, finished with ..."
_LEDE_APPOSED_NARRATION_RE = re.compile(
    r",[ \t]+an?[ \t]+[^,.;:\n\"“”]{1,160},[ \t]+(?:[a-z]+ed|won|took|has|had|is|was)\b"
)

# a new name opening a paragraph by the occasion the lede reported ("Ann Roe spoke at a
# public hearing ...", "Ann Roe addressed council"): the lede's speaker, who speaks later
_SPEECH_OCCASION_VERB_RE = re.compile(r"[ \t]+(?:spoke|addressed|testified|appeared)\b")

# a pronoun that speaks ("she told", "he said")
_LEDE_PRONOUN_CUE_RE = re.compile(r"\b(?:[Ss]he|[Hh]e)[ \t]+(?:said|says|told|added)\b")

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
    apposed = _LEDE_APPOSED_NARRATION_RE.match(an.text, name_end)
    if apposed is None:  # ("Ann Roe spoke at a hearing ..." then '"...," she said')
        apposed = _SPEECH_OCCASION_VERB_RE.match(an.text, name_end)
    if (
        pos != start
        or m.group(0)[:1] not in "tT"
        or not (apposed or _NARRATION_VERB_RE.match(an.text, name_end))
    ):
        return False
    if q.m_start > 3000 or an.text[: q.m_start].strip().count("\n\n") > 1:
        return False  # (a lede only: the headline and the first paragraph)
    last = an.text[pos:name_end].split()[-1]
    later = an.text[name_end : name_end + 4000]
    if re.search(rf"\b{re.escape(last)}[ \t]+(?:said|says)\b", later) is not None:
        return True
    # (introduced in an apposition, "Ann Roe, a 44-year-old physician, finished ...", or
    # by the occasion, "Ann Roe spoke at a hearing", and speaking as "she"/"he" after)
    return apposed is not None and _LEDE_PRONOUN_CUE_RE.search(later, 0, 1200) is not None


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
    span = _next_paragraph_span(an.text, q.m_end)
    if span is None:
        return False
    start, stop = span
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
    if _named_before(an, cw, start):
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
    if _SAID_BEFORE_NAME_RE.search(an.text, max(nxt.end(), pos - 16), pos) is None and not (
        pos == nxt.end() and _name_acts_then_speaks(an, j)
    ):  # ("Ann Roe tabled her report. She said ...": the name opens the paragraph)
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
    j = _lede_opening_full_name(an, q, _LEADS_AFTER_NAME_RE)
    if j is None:
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

_NEXT_SENTENCE_RE = re.compile(r"[.!?][ \t]")


def _remember_described(an, head, cw):
    """Keep the name a description with the noun ``head`` was resolved to (a lede's
    "its executive director says A", named next) for ``_resolve_head_seen_before``."""
    an._described_heads[head] = list(cw)
