"""The gender of a person's given name: the one place that decides it.

A listed given name (``first_names.tsv``) has the sex ``analysis.gender.first_name_gender``
gives it (None for a name of both sexes); a surname's particle ("Van Doorn") opens no
given name (``_given_name_gender``, ``_lone_given_gender``); a quoted speaker's gender
can come from the pronouns its quotes were given (``_quoted_pronoun_gender``).

Given names the lexicon does not list are gendered by the article's own evidence.

The first-name list cannot hold every given name ("Adaeze", "Brianne", "Ifeoma"), and
a full name whose given name is unlisted is otherwise neither known as a person's nor
gendered. This module owns the one per-article decision: an honorific before the full
name ("Mrs. Ifeoma Okafor"), a kin noun it is apposed to ("his wife, Adaeze Obi"), a
job noun in -man / -woman right before it ("retired fisherman Lorne Roe"), or
the first he/she/his/her after a sentence-opening full name, in that sentence or at the
start of the next ("Brianne Kowalczyk runs the bakery. She ..."), gives the given name
that gender when every piece of evidence in the article agrees.
"""

from __future__ import annotations

import re

from ..gender import first_name_gender
from .lexicon import _lines

# particles of a surname that the given-name list also holds ("Van", "Le", "Del")
_PARTICLES = frozenset("van von de da del der la le di du dos das".split())

# "f\twife": the kin nouns of one sex (lower case)
_GIVEN_KIN = {
    w: g for g, _t, w in (line.partition("\t") for line in _lines("kin_nouns.txt")) if g in "mf"
}
_GIVEN_KIN_ALT = "|".join(sorted((re.escape(w) for w in _GIVEN_KIN), key=len, reverse=True))
_GIVEN_HON = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}

_GIVEN_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# a sentence's opening (or apposed) name may be written with accents ("Naïma", "Zoë")
_GIVEN_WORD_ACCENTED = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
# "Mrs. Ifeoma Okafor", "his wife, Adaeze Obi": the cue word, then a given name and a
# capitalised surname
_GIVEN_CUE_RE = re.compile(  # (one leading class: the engine skips to its characters)
    r"[MHh]"  # the M of "Mr", the H/h of "his", "her", the h of "their"; a word starts
    r"(?:(?<=M)(?<!\wM)(?P<hon>rs|s|iss|r)\.?"  # "Mrs", "Ms", "Miss", "Mr" without "M"
    r"|(?:(?<=[Hh])(?<!\w[Hh])(?:is|er)|(?<=[Tt]h)(?<!\w[Tt]h)eir)[ \t]+(?P<kin>"
    + (_GIVEN_KIN_ALT or "wife")
    + r"),?)[ \t]+(?P<given>"
    + _GIVEN_WORD
    # a full name, or after a kin noun a given name alone ("Her son, Jules,"; not "Mr.
    # Bush,": a surname)
    + r")(?:[ \t]+[A-Z][a-z]|(?(kin),|(?!)))"
)
# a full name opening a sentence (or the text): where sentences start, then the name
# (one leading class, so the engine skips to its characters; the same matches as
# r"(?:[.!?][\"\u201d]?[ \t]|\n)(?=[A-Z])")
_GIVEN_START_RE = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"\u201d]?[ \t])(?=[A-Z])")
_GIVEN_LEAD_RE = re.compile(
    r"(?P<given>"
    + _GIVEN_WORD_ACCENTED
    + r")[ \t]+(?:[A-Z]\.[ \t]+)?(?P<last>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)\b(?![ \t]+[A-Z]|['\u2019])"
)


# "retired fisherman Lorne Roe", "board chairwoman Ifeoma Obi": a lower-case job noun
# in -man / -woman right before a given name and a capitalised surname (the word's
# start is checked in ``_given_job_noun_votes``)
_GIVEN_MAN_RE = re.compile(r"(?P<wo>wo)?man[ \t]+(?P<given>" + _GIVEN_WORD + r")[ \t]+[A-Z][a-z]")
# the same without the optional "wo" (a literal start, so the engine skips to each
# "man"); ``_given_job_noun_votes`` looks back for the "wo" itself
_GIVEN_MAN_FAST_RE = re.compile(r"man[ \t]+(?P<given>" + _GIVEN_WORD + r")[ \t]+[A-Z][a-z]")


def _given_job_noun_votes(text, votes):
    """Add to ``votes`` the sex of each given name right after a lower-case job noun in
    -man / -woman ("fisherman", "chairwoman"; not "man" or "woman" alone, nor a
    capitalised "Truman").

    >>> v = {}
    >>> _given_job_noun_votes("retired fisherman Lorne Roe and Truman Capote Lee", v)
    >>> v
    {'lorne': {'m'}}
    """
    end = 0  # the end of the last match (a "wo" inside it opens no "woman")
    for m in _GIVEN_MAN_FAST_RE.finditer(text):
        s = m.start()
        wo = s - 2 >= end and text[s - 2 : s] == "wo"
        end = m.end()
        if wo:
            s -= 2
        j = s
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if s - j < 2 or not text[j].islower():
            continue
        votes.setdefault(m.group("given").lower(), set()).add("f" if wo else "m")


def _sentence_starts(text):
    """Where the text's sentences start (0 and each end of ``_GIVEN_START_RE``).

    >>> _sentence_starts("Ann ran. Bo won.")
    [0, 9]
    """
    return [0] + [s.end() for s in _GIVEN_START_RE.finditer(text)]


def _sentence_lead_names(text, starts=None):
    """The matches of ``_GIVEN_LEAD_RE`` at the start of the text and right after a
    sentence end ("... . ", '..." ', a line break), left to right, none inside an
    earlier one (the first character of a sentence found by one scan, not a pattern
    tried at every position).

    >>> [m.group(0) for m in _sentence_lead_names("Ann Roe ran. Then Bo Lee. Cy Day won.")]
    ['Ann Roe', 'Cy Day']
    """
    found, end = [], 0
    for pos in starts if starts is not None else _sentence_starts(text):
        if pos < end:
            continue
        m = _GIVEN_LEAD_RE.match(text, pos)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


_GIVEN_PRONOUN_RE = re.compile(r"\b(?:(she|her|hers)|(he|his|him))\b", re.I)
# a stretch that names another person first: a capitalised pair of words
_GIVEN_OTHER_RE = re.compile(r"\b[A-Z][a-z]+[ \t]+[A-Z][a-z]+")
_GIVEN_QUOTE_RE = re.compile('["\u201c\u201d]')
_GIVEN_STOP = frozenset("the a an this that these those it in on at for but and".split())


def _given_pronoun_gender(text, end):
    """The gender of the first he/she pronoun after ``end`` up to the end of the next
    sentence or the first quotation mark, when no other two-word capitalised name comes
    first; None otherwise."""
    stop = end
    for _ in range(2):
        # (searched no further than the 400-character cap: a ". " past it and none at
        # all both cut the window there, or at the text's end when that comes first)
        nxt = text.find(". ", stop + 1, end + 402)
        stop = len(text) if nxt < 0 else nxt + 1
        if stop - end > 400:
            stop = end + 400
            break
    window = _GIVEN_QUOTE_RE.split(text[end:stop], 1)[0]  # not inside a quotation
    m = _GIVEN_PRONOUN_RE.search(window)
    if m is None:
        return None
    other = _GIVEN_OTHER_RE.search(window, 0, m.start())
    if other is not None:
        return None
    return "f" if m.group(1) else "m"


# "Name said she ...": a pronoun opening reported content (``_given_reported_then_other``)
_GIVEN_SAID_PRONOUN_RE = re.compile(
    r",?[ \t]+(?:said|says|told[ \t]+\w+)[ \t]+(?:that[ \t]+)?(?:she|he)\b"
)
# the next quotation closed and attributed to a bare he/she ('," he said')
_GIVEN_NEXT_ATTR_RE = re.compile(r"[,?!][\"\u201d][ \t]+(she|he)[ \t]+(?:said|says|added)\b")


def _given_reported_then_other(text, end, g):
    """Whether the he/she that genders the name ending at ``end`` opens its reported
    content ("Rahim Roe said she was treated") and the next quotation, in the next 600
    characters with no other capitalised pair of words outside quotes before it, is
    attributed to the other pronoun ('"...," he said'): the content's "she" is someone
    else (the patient), no evidence for the speaker.

    >>> _given_reported_then_other('Rahim Roe said she was fine. "Good," he said.', 9, "f")
    True
    >>> _given_reported_then_other('Ada Roe said she was fine. "Good," she said.', 7, "f")
    False
    """
    if _GIVEN_SAID_PRONOUN_RE.match(text, end) is None:
        return False
    a = _GIVEN_NEXT_ATTR_RE.search(text, end, end + 600)
    if a is None or ("f" if a.group(1) == "she" else "m") == g:
        return False
    between = _GIVEN_QUOTE_RE.split(text[end : a.start()], 1)[0]
    return _GIVEN_OTHER_RE.search(between) is None


# "Ryder Roe, 24, who was filling his tank": a relative clause after a full name (and an
# age) whose first he/she word is a possessive before a lower-case noun; the full name
# (and age) is matched on the text before the comma (``_GIVEN_RELATIVE_NAME_RE``)
_GIVEN_RELATIVE_RE = re.compile(
    r",[ \t]+who[ \t]+(?:(?!(?:his|her|hers|him|he|she|they|them|their)\b)[a-z'\u2019\-]+[ \t]+){1,8}?"
    r"(?:(?P<f>her)|(?P<m>his))[ \t]+(?!(?:the|a|an|this|that|to)\b)[a-z]"
)
_GIVEN_RELATIVE_NAME_RE = re.compile(
    r"(?<![\w.])(?P<given>" + _GIVEN_WORD + r")[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z]+"
    r"(?:-[A-Z][a-z]+)?(?:,[ \t]+\d{1,3})?\Z"
)


# a sentence opened by a description set off by a comma before the full name: "His
# riding partner, Bronwyn Roe, disagreed." (the name is matched at its end); a partitive
# one too: "One of those younger artists, Nia Voss, was chosen."
_GIVEN_APPOSED_LEAD_RE = re.compile(
    r"(?:His|Her|Their|The|A|An|(?:One|Another)[ \t]+of[ \t]+(?:the|those|these|his|her|their))"
    r"[ \t]+(?:[a-z][\w'\u2019\-]*[ \t]+){0,3}[a-z][\w'\u2019\-]*,[ \t]+"
)


_APPOSED_LEAD_INITIALS = frozenset("HTAO")


def _sentence_apposed_names(text, starts=None):
    """The full names apposed, between commas, to a description that opens a sentence
    ("His riding partner, Bronwyn Roe, disagreed."), as ``_GIVEN_LEAD_RE`` matches.

    >>> [m.group(0) for m in _sentence_apposed_names("He left. His partner, Bo Lee, stayed.")]
    ['Bo Lee']
    """
    found = []
    for pos in starts if starts is not None else _sentence_starts(text):
        if text[pos : pos + 1] not in _APPOSED_LEAD_INITIALS:
            continue
        a = _GIVEN_APPOSED_LEAD_RE.match(text, pos)
        if a is None:
            continue
        m = _GIVEN_LEAD_RE.match(text, a.end())
        if m is not None and text[m.end() : m.end() + 1] == ",":
            found.append(m)
    return found


def _given_relative_votes(text, votes):
    """Add to ``votes`` the sex of each given name whose full name (and age) a relative
    clause follows with a possessive "his" / "her" as its first he/she word ("Ryder Roe,
    24, who was filling his tank"; not "who told her the news").

    >>> v = {}
    >>> _given_relative_votes("Ryder Roe, 24, who was filling his tank, left.", v)
    >>> _given_relative_votes("Jory Lee, who told her the news, left.", v)
    >>> v
    {'ryder': {'m'}}
    """
    for m in _GIVEN_RELATIVE_RE.finditer(text):
        n = _GIVEN_RELATIVE_NAME_RE.search(text, max(0, m.start() - 60), m.start())
        if n is not None:
            votes.setdefault(n.group("given").lower(), set()).add("f" if m.group("f") else "m")


def _pronoun_after_bare_said(text, end, last):
    """True when the first he/she word after ``end`` opens the reported clause of the
    bare surname ``last`` ("... Roe said she ..."), which ``_bare_surname_said_votes``
    weighs (a patient "she" there is no evidence).

    >>> _pronoun_after_bare_said("Ann Roe met us. Roe said she won.", 7, "Roe")
    True
    >>> _pronoun_after_bare_said("Ann Roe met us. She won.", 7, "Roe")
    False
    """
    m = _GIVEN_PRONOUN_RE.search(text, end, end + 402)
    if m is None:
        return False
    lead = last + " said "
    return text[max(0, m.start() - len(lead)) : m.start()] == lead


def article_given_genders(text, gender, not_surnames=frozenset()):
    """{lower-case given name: "m" | "f"} of the capitalised given names not in
    ``gender`` (the lexicon's list) that the article genders by its own evidence,
    agreeing everywhere (a sentence-opening pair whose second word is in
    ``not_surnames``, a place such as "Parks Canada", is no full name).

    >>> t = "Adaeze Obi runs the shop. She opened it in May. His wife, Ifeoma Roe, left."
    >>> sorted(article_given_genders(t, {}).items())
    [('adaeze', 'f'), ('ifeoma', 'f')]
    >>> article_given_genders("Mr. Brianne Roe spoke. Ms. Brianne Roe left.", {})
    {}
    """
    votes: dict = {}
    for m in _GIVEN_CUE_RE.finditer(text):
        g = (
            _GIVEN_HON.get("m" + m.group("hon").lower())
            if m.group("hon")
            else _GIVEN_KIN.get(m.group("kin"))
        )
        votes.setdefault(m.group("given").lower(), set()).add(g)
    _given_job_noun_votes(text, votes)
    if " said she " in text or " said he " in text:
        _bare_surname_said_votes(text, gender, votes)
    if ", who " in text:
        _given_relative_votes(text, votes)
    starts = _sentence_starts(text)
    for m in _sentence_lead_names(text, starts) + _sentence_apposed_names(text, starts):
        low = m.group("given").lower()
        if low in gender or low in _GIVEN_STOP or m.group("last") in not_surnames:
            continue
        g = _given_pronoun_gender(text, m.end())
        if g is not None and _given_reported_then_other(text, m.end(), g):
            continue  # "Dr. Rahim Roe said she was treated ... '...,' he said": the patient
        if g is not None and _pronoun_after_bare_said(text, m.end(), m.group("last")):
            continue  # "Roe said she ...": weighed by ``_bare_surname_said_votes``
        if g is not None:
            votes.setdefault(low, set()).add(g)
    return {
        w: next(iter(gs))
        for w, gs in votes.items()
        if w not in gender and len(gs) == 1 and None not in gs
    }


# "Roe said she ...": a capitalised word opening a sentence (after a line break or a
# sentence end), then "said she" / "said he" (the literal first, so the engine skips to it)
_BARE_SAID_RE = re.compile(r" said (she|he) ")
_BARE_WORD_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))(" + _GIVEN_WORD + r")$")


def _bare_surname_said_votes(text, gender, votes):
    """Add to ``votes`` the sex of the unlisted given name of a full name whose bare
    surname opens a sentence with "said she" / "said he" ("Two members, Ama Roe and Tom
    Vale, spoke. Roe said she ..."): the pronoun opening one's own reported clause is
    oneself, unless the next quotation is given to the other pronoun (the patient of
    ``_given_reported_then_other``); a surname the article gives with two given names
    votes for none.

    >>> v = {}
    >>> _bare_surname_said_votes("Nkechi Obi and Tom Vale ran. Obi said she won.", {}, v)
    >>> v
    {'nkechi': {'f'}}
    """
    seen = {}  # {surname: its given names in the text}
    for m in _BARE_SAID_RE.finditer(text):
        w = _BARE_WORD_RE.search(text, max(0, m.start() - 40), m.start())
        if w is None:
            continue
        last = w.group(1)
        g = "f" if m.group(1) == "she" else "m"
        if _given_reported_then_other(text, w.end(), g) and not _own_quote_first(
            text, w.end(), last, g
        ):
            continue
        given = seen.get(last)
        if given is None:  # (once per surname: "Roe said she" may open many sentences)
            given = seen[last] = _given_names_before(text, last)
        if len(given) != 1:
            continue
        low = next(iter(given))
        if low in gender or low in _GIVEN_STOP:
            continue
        votes.setdefault(low, set()).add(g)


_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _word_char(c):
    """Is ``c`` a character of ``\\w`` (str patterns: alphanumeric or "_")?"""
    return c.isalnum() or c == "_"


def _given_names_before(text, last):
    """The lower-case given names of ``re.finditer(r"\\b([A-Z][a-z]+)[ \\t]+" + last +
    r"\\b", text)``, found from each place ``last`` is written (``str.find``) back over
    the blanks and the given name, not by trying the pattern at every character: a
    name ending inside the last match is passed over, as ``finditer`` does.

    >>> sorted(_given_names_before("Ada Obi met Bo Obi, Obiora Obi and Jo-Obi. Obi Obi left.", "Obi"))
    ['ada', 'bo', 'obi', 'obiora']
    """
    out, prev_end, n, size = set(), 0, len(last), len(text)
    i = text.find(last)
    while i >= 0:
        e = i + n
        after = e < size and _word_char(text[e])
        s = i
        while s > 0 and text[s - 1] in " \t":
            s -= 1
        t = s
        while t > 0 and text[t - 1] in _ASCII_LOWER:
            t -= 1
        p = t - 1
        if (
            s < i
            and t < s
            and p >= prev_end
            and text[p] in _ASCII_UPPER
            and (p == 0 or not _word_char(text[p - 1]))
            and after != _word_char(text[e - 1])
        ):
            out.add(text[p:s].lower())
            prev_end = e
        i = text.find(last, i + 1)
    return out


def _own_quote_first(text, end, last, g):
    """Whether a quotation attributed to the bare surname ``last`` ('"...!" Roe said')
    closes before the next one given to the pronoun other than ``g`` ('"...," she
    said'): that pronoun is then someone else, not the patient of the reported clause.

    >>> _own_quote_first('Roe said he was late. "No!" Roe said. "So," she said.', 3, "Roe", "m")
    True
    """
    a = _GIVEN_NEXT_ATTR_RE.search(text, end, end + 600)
    if a is None:
        return False
    own = re.compile(r"[,?!.][\"\u201d][ \t]+" + re.escape(last) + r"[ \t]+said\b")
    return own.search(text, end, a.start()) is not None


def _given_name_gender(an, name):
    """The gender ("m", "f") of the full name ``name``'s given name: the list's
    (``first_name_gender``) when it lists the name, None for a name used for both sexes,
    else what the article's own evidence says (``an.given_evidence``); None for one word
    or a surname's particle ("Van Doorn").

    >>> from analysis.quotes.lexicon import lexicon
    >>> class An: lex, given_evidence = lexicon(), {"adaeze": "f"}
    >>> [_given_name_gender(An, n) for n in ("Tom Vale", "Adaeze Obi", "Vale", "Van Doorn")]
    ['m', 'f', None, None]
    """
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in _PARTICLES:
        return None  # "Van Doorn": a surname's particle, no given name
    if first not in an.lex.gender:
        return an.given_evidence.get(first)  # unlisted, gendered by the article
    return first_name_gender(first)


def _lone_given_gender(an, name):
    """The gender ("m", "f") of a one-word name that the list gives as a given name of
    one sex and that is no surname of a full name in the article ("Her son, Tom,":
    "m"; "Vale" after "Tom Vale", "Lee": None); an unlisted one by the article's own
    evidence ("Her son, Jules,": "m")."""
    if " " in name:
        return None
    low = name.lower()
    if low not in an.lex.gender:
        g = (getattr(an, "given_evidence", None) or {}).get(low)
    else:
        g = first_name_gender(low)
    if g is None or any(len(e[1]) > 1 for e in an.by_last.get(low, ())):
        return None
    return g


def _quoted_pronoun_gender(quotes, k):
    """The gender ("m"/"f") of the pronouns that the quotes before ``quotes[k]`` gave to
    the speaker of ``quotes[k - 1]`` (an unlisted given name: "Adaeze Finch ... '...,'
    she said"), or None when none or both.

    >>> class Q:
    ...     def __init__(self, speaker, mention): self.speaker, self.mention = speaker, mention
    >>> _quoted_pronoun_gender([Q("Adaeze Finch", "Adaeze Finch"), Q("Adaeze Finch", "she"), Q("x", "he")], 2)
    'f'
    """
    name = quotes[k - 1].speaker
    got = {
        "f" if (p.mention or "").lower() == "she" else "m"
        for p in quotes[:k]
        if p.speaker == name and (p.mention or "").lower() in ("he", "she")
    }
    return next(iter(got)) if len(got) == 1 else None
