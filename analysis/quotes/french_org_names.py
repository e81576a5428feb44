"""French organisation names of several words, some of them lower-case, after their
head noun ("the Guilde des éducatrices de l'Estrie", "the Syndicat des travailleurs
de Laval"): the name scanner splits such a name at its lower-case words, so "the
guild" / "the union" read after it needs the whole name as written
(``french_name_written``, asked by ``org_nearest._nearest_org_at`` for a one-word run
that is a French head, ``resources/french_org_heads.txt``); and, before a cue, the
whole name as the speaker's noun phrase (``french_name_left_start``, asked by np_left),
typed an organisation (``french_org_mention``, asked by names._stype_static: "the Société
de développement commercial Saint-Denis" is no person named Saint-Denis); and, after
resolution, the speaker string itself: the whole name without its article, a piece of
one extended to it (``french_org_speakers``, a coref pass: "Québec" of "the Société de
l'assurance automobile du Québec said" is that Société); a name ending in a lower-case
word written after the verb ("said the Comité des citoyens du lac.",
``french_lower_name_written``, cut before an English word), and the end of a name that
a description's "for the ..." runs over after the verb (``french_name_right_end``,
asked by np_right: "said a spokesperson for the Commission de la construction du
Québec").
"""

from __future__ import annotations

import re

from .lexicon import _lines

# a French adjective written between a head and its connector ("Coopérative acéricole
# des Appalaches", "Fédération québécoise des ...", "Société immobilière du ..."): one
# lower-case word with a French adjective ending, then "de", "des" or "du"
# (a cheap look-ahead for the connector first: the endings are tried only before one)
_FRENCH_ADJ = (
    r"(?:(?=[ \t]+[a-zà-ÿ][\w’'-]*[ \t]+d(?:e|es|u)[ \t])"
    r"[ \t]+[a-zà-ÿ][\w’'-]*?(?:ole|ique|ale|aire|ienne|oise|aise|elle|ive|ière|ée)"
    r"(?=[ \t]+d(?:e|es|u)[ \t]))?"
)

# the head, an optional French adjective, a French connector ("des", "de", "du",
# "pour"), up to four more lower-case words, and a capitalised last word with an
# optional elided article ("l'Estrie"); every repetition bounded, none nested
_FRENCH_NAME_RE = re.compile(
    r"[A-ZÀ-Ý][\w’'-]*" + _FRENCH_ADJ + r"[ \t]+(?:de|des|du|pour|en)"
    r"(?:[ \t]+[a-zà-ÿ][\w’'-]*){0,4}[ \t]+(?:[ldLD][’'])?[A-ZÀ-Ý][\w’'-]*"
)


def french_name_written(text, pos):
    """The French organisation name written at ``pos`` (its head there), when lower-case
    words follow the head before a capitalised last word, else None.

    >>> t = "the Guilde des éducatrices de l'Estrie said"
    >>> french_name_written(t, t.index("Guilde"))
    "Guilde des éducatrices de l'Estrie"
    >>> french_name_written("the Guilde said", 4) is None
    True
    >>> french_name_written("the Syndicat des Producteurs de Bleuets said", 4)
    'Syndicat des Producteurs de Bleuets'
    >>> french_name_written("the Groupe forestier Belle-Anse said", 4)
    'Groupe forestier Belle-Anse'
    """
    m = _FRENCH_NAME_RE.match(text, pos, min(len(text), pos + 120))
    if m is None:
        m = _FRENCH_ADJ_NAME_RE.match(text, pos, min(len(text), pos + 80))
        return None if m is None else m.group()  # ("Groupe forestier Belle-Anse")
    more = _FRENCH_MORE_RE.match(text, m.end())  # ("Coopérative des Bleuets du Lac-Vert")
    return m.group() if more is None else m.group() + more.group()


# a head, one French adjective and a capitalised name with no connector ("Groupe
# forestier Belle-Anse", "Coopérative agricole Saint-Roch"): the adjective's ending is
# French, so an English word ("Groupe said Belle") is no part of a name
_FRENCH_ADJ_NAME_RE = re.compile(
    r"[A-ZÀ-Ý][\w’'-]*[ \t]+[a-zà-ÿ][\w’'-]*?"
    r"(?:ier|ière|ole|ique|ale|aire|ienne|oise|ois|aise|elle|ive|ée)"
    r"[ \t]+[A-ZÀ-Ý][\w’'-]*(?:[ \t]+[A-ZÀ-Ý][\w’'-]*)?"
)


# more of a name after its first capitalised word: "du Haut-Lac", "de la Baie"
_FRENCH_MORE_RE = re.compile(
    r"(?:[ \t]+(?:de|des|du|de[ \t]+la)[ \t]+(?:[ldLD][’'])?[A-ZÀ-Ý][\w’'-]*){1,3}"
)

# a capitalised French head word, then a connector ("Coopérative des ...")
_FRENCH_HEAD_AT_RE = re.compile(
    r"(?<![\w'’.-])([A-ZÀ-Ý][\w’'-]*)" + _FRENCH_ADJ + r"[ \t]+(?:de|des|du|pour|en)[ \t]"
)

# the French head word -> the English last words of a name it stands for
# (resources/french_org_heads.txt: "Coopérative" fits "the co-op")
FRENCH_HEAD_FITS = {
    h: frozenset(e.split())
    for h, e in (line.split("\t", 1) for line in _lines("french_org_heads.txt"))
}


def french_name_fitting(text, lo, hi, fit):
    """(position, whole name) of the first French organisation name in ``text[lo:hi]``
    whose head stands for one of the English words ``fit``, with the capitalised parts
    after its first one ("Coopérative des Bleuets du Lac-Vert"); None when there is none.

    >>> t = "The Coopérative des Bleuets du Lac-Vert said"
    >>> french_name_fitting(t, 0, len(t), {"co-op"})
    (4, 'Coopérative des Bleuets du Lac-Vert')
    >>> french_name_fitting(t, 0, len(t), {"union"}) is None
    True
    """
    for m in _FRENCH_HEAD_AT_RE.finditer(text, lo, hi):
        if not FRENCH_HEAD_FITS.get(m.group(1).lower(), frozenset()) & set(fit):
            continue
        name = french_name_written(text, m.start())
        if name is not None:
            return m.start(), name
    return None


# the connectors right after a French head ("Syndicat des ...", "Société de ...")
_FRENCH_CONNECTORS = frozenset(("de", "des", "du", "pour", "en"))
_FRENCH_ONLY_CONNECTORS = frozenset(("de", "des", "du"))  # (never English words)
_FRENCH_HEAD_WORDS = frozenset(
    line.split("\t", 1)[0].strip() for line in _lines("french_org_heads.txt")
)


def french_name_left_start(toks, j):
    """The index of the French head that opens the name whose capitalised last word is
    token ``j`` (with "the" before it, if any) across one to six lower-case words, the
    first a connector ("the Syndicat des chauffeurs du secteur Nord"; a French
    connector alone before capitalised words: "Coopérative des Canneberges du Nord"),
    else -1.

    >>> ws = "the Syndicat des chauffeurs du secteur Nord".split()
    >>> french_name_left_start([(0, 0, w) for w in ws], 6)
    0
    >>> ws = "Coopérative des Canneberges du Nord".split()
    >>> french_name_left_start([(0, 0, w) for w in ws], 2)
    0
    >>> ws = "the union of drivers in the Nord".split()
    >>> french_name_left_start([(0, 0, w) for w in ws], 6)
    -1
    """
    i = j - 1
    while i > 0 and j - i <= 6 and toks[i][2].isalpha() and toks[i][2].islower():
        i -= 1
    if j - i < 2 or toks[i + 1][2] not in _FRENCH_CONNECTORS:
        return -1
    if j - i == 2 and toks[i + 1][2] not in _FRENCH_ONLY_CONNECTORS:
        return -1  # (the connector alone: "Coopérative des Canneberges du Nord"; not "en")
    head = toks[i][2]
    if not head[:1].isupper() or head.lower() not in _FRENCH_HEAD_WORDS:
        return -1
    return i - 1 if i > 0 and toks[i - 1][2] in ("the", "The") else i


def french_org_mention(words_raw) -> bool:
    """Is a mention (its words) a French organisation's name: [the] a capitalised French
    head, a connector, at most five lower-case words and a capitalised last word?

    >>> french_org_mention("The Société de développement commercial Saint-Denis".split())
    True
    >>> french_org_mention("Université de Montréal professor Ann Roe".split())
    False
    """
    k = 1 if words_raw and words_raw[0] in ("the", "The") else 0
    n = len(words_raw)
    if n - k < 3 or n - k > 8 or words_raw[k + 1] not in _FRENCH_CONNECTORS:
        return False
    head = words_raw[k]
    if not head[:1].isupper() or head.lower() not in _FRENCH_HEAD_WORDS:
        return False
    last = words_raw[-1]
    if last[1:2] in ("'", "’"):
        last = last[2:]  # an elided article: "de l'Estrie"
    return last[:1].isupper() and all(w.islower() for w in words_raw[k + 2 : -1])


# a French article (or "the") before a French organisation's name in a speaker string
_FRENCH_DET_RE = re.compile(r"(?:[Tt]he|[Ll][ae])[ \t]+|[Ll][’']")
# a capitalised word whose lower case is a French head ("Société", "Régie")
_FRENCH_HEAD_RE = re.compile(r"(?<![\w’'-])[A-ZÀ-Ý][\w-]*")


def _lower_ended_name(speaker) -> bool:
    """Is ``speaker`` a French head, a connector and one to five lower-case words (the
    name ends in a lower-case word: "Régie du logement", "Comité des citoyens du lac")?"""
    ws = speaker.split()
    if not 3 <= len(ws) <= 7 or ws[1] not in _FRENCH_CONNECTORS:
        return False
    if ws[0].lower() not in _FRENCH_HEAD_WORDS or not ws[0][:1].isupper():
        return False
    return all(w.replace("’", "'").split("'")[-1].isalpha() and w.islower() for w in ws[2:])


# English words (the stop list: "on", "in", "which", "said") never inside a French name:
# a name scanned as lower-case words ends before the first of them
_ENGLISH_WORDS = frozenset(_lines("stopwords.txt"))
# a French head and the lower-case words after it, written ("said the Comité des
# citoyens du lac."); bounded, none nested
_FRENCH_LOWER_RUN_RE = re.compile(r"[A-ZÀ-Ý][\w’'-]*(?:[ \t]+(?:[ldLD][’'])?[a-zà-ÿ][\w’'-]*){2,7}")


def _french_words_cut(ws):
    """``ws`` up to its first English word after the head and connector ("Comité des
    citoyens du lac on Monday" -> the name's five words)."""
    for k in range(2, len(ws)):
        if ws[k] in _ENGLISH_WORDS:
            return ws[:k]
    return ws


def french_lower_name_written(text, pos) -> str | None:
    """The French organisation name written at ``pos`` (a French head there) that ends in
    a lower-case word: the head, a connector and one to five more lower-case words, cut
    before an English word, then punctuation, an English word or the text's end; else None.

    >>> t = 'said the Comité des citoyens du lac on Monday.'
    >>> french_lower_name_written(t, t.index("Comité"))
    'Comité des citoyens du lac'
    >>> t = 'said the Comité des citoyens du Lac-Vert.'
    >>> french_lower_name_written(t, t.index("Comité")) is None
    True
    """
    m = _FRENCH_LOWER_RUN_RE.match(text, pos, min(len(text), pos + 120))
    if m is None:
        return None
    ws = m.group().split()
    cut = _french_words_cut(ws)
    if len(cut) < 3 or not _lower_ended_name(" ".join(cut)):
        return None
    if len(cut) == len(ws):
        nxt = text[m.end() : m.end() + 2].lstrip(" \t")[:1]
        if nxt.isalnum():
            return None  # a capitalised or other word goes on: not this form
    return " ".join(cut)


def french_name_right_end(toks, h) -> int:
    """The end (token index) of the French organisation name whose head is token ``h``
    ("for the Commission de la construction du Québec", "for the Comité des citoyens du
    lac"): a connector, lower-case words (none English) and an optional capitalised last
    word; ``h + 1`` when no such name opens there.

    >>> ws = "for the Commission de la construction du Québec .".split()
    >>> french_name_right_end([(0, 0, w) for w in ws], 2)
    8
    >>> ws = "for the Commission of inquiry .".split()
    >>> french_name_right_end([(0, 0, w) for w in ws], 2)
    3
    """
    n = len(toks)
    head = toks[h][2]
    if (
        h + 2 >= n
        or toks[h + 1][2] not in _FRENCH_CONNECTORS
        or head.lower() not in _FRENCH_HEAD_WORDS
    ):
        return h + 1
    e = h + 1
    while e < n and e - h <= 6:
        w = toks[e][2]
        bare = w[2:] if w[1:2] in ("'", "’") else w
        if not (bare.isalpha() and bare.islower()) or w in _ENGLISH_WORDS:
            break
        e += 1
    words = [toks[x][2] for x in range(h, e)]
    if e < n and e - h <= 7 and french_org_mention(words + [toks[e][2]]):
        return e + 1  # "... du Québec"
    return e if len(words) >= 3 and _lower_ended_name(" ".join(words)) else h + 1


def french_speaker_name(text, speaker, m_start, m_end) -> str | None:
    """The whole French organisation name a speaker stands for, without its article
    ("the Régie du logement" -> "Régie du logement", "la Régie du logement said Tuesday"
    cut after the name), or the whole name written around the speaker's mention in
    ``text`` when the mention is a piece of it ("Québec" or "the Société" of "the Société
    de l'assurance automobile du Québec"); None when the speaker is no such name.

    >>> french_speaker_name("", "the Régie du logement", 0, 0)
    'Régie du logement'
    >>> t = "the Société de l'assurance automobile du Québec said"
    >>> french_speaker_name(t, "Québec", t.index("Québec"), t.index(" said"))
    "Société de l'assurance automobile du Québec"
    >>> french_speaker_name("Ann Roe of Québec said", "Ann Roe", 0, 7) is None
    True
    """
    s = speaker
    m = _FRENCH_DET_RE.match(s)
    if m is not None and s[m.end() : m.end() + 1].isupper():
        s = s[m.end() :]
    ws = s.split()
    if len(ws) >= 4 and ws[-2] == "said":
        s = " ".join(ws[:-2])  # "Régie du logement said Tuesday": the cue taken in
    elif len(ws) >= 3 and ws[-1] == "said":
        s = " ".join(ws[:-1])
    if any(w in _ENGLISH_WORDS for w in s.split()[2:]):
        s = " ".join(_french_words_cut(s.split()))  # "... du lac on Monday": cut
    if french_org_mention(s.split()) or _lower_ended_name(s):
        return s
    if not isinstance(m_start, int) or not isinstance(m_end, int) or m_end <= m_start:
        return None
    d = _FRENCH_DET_RE.match(text, m_start, m_end)
    if d is not None:
        m_start = d.end()  # "the Société" cut before "de l'assurance ...": from its head
    lo = max(0, m_start - 100)
    for h in _FRENCH_HEAD_RE.finditer(text, lo, m_end):
        if h.group().lower() not in _FRENCH_HEAD_WORDS:
            continue
        name = french_name_written(text, h.start())
        if name is not None and any(w in _ENGLISH_WORDS for w in name.split()[2:]):
            name = None  # "... du lac on Monday": an English word inside, no such name
        if name is None:
            name = french_lower_name_written(text, h.start())
        if name is not None and h.start() <= m_start and h.start() + len(name) >= m_end:
            return name
    return None


_CONNECTOR_INFIXES = tuple(" " + c + " " for c in sorted(_FRENCH_CONNECTORS))
# any of them, found in one scan of the article (cheaper than five substring scans)
_CONNECTOR_RE = re.compile(" (?:" + "|".join(sorted(_FRENCH_CONNECTORS)) + ") ")


def french_org_speakers(an, quotes) -> None:
    """Give each statement whose speaker is a French organisation's name, or a piece of
    one ("Québec" of "the Société de l'assurance automobile du Québec said"), the whole
    name without its article, typed an organisation (in place)."""
    text = an.text
    if _CONNECTOR_RE.search(text) is None:
        return  # no French connector in the article: no French name
    for q in quotes:
        s = q.speaker
        if not isinstance(s, str) or not s:
            continue
        if not any(c in s for c in _CONNECTOR_INFIXES):
            # cheap guard: the mention may still be a piece of a French name around it
            ok = isinstance(q.m_start, int) and isinstance(q.m_end, int)
            seg = text[max(0, q.m_start - 100) : q.m_end + 8] if ok else ""
            if not any(c in seg for c in _CONNECTOR_INFIXES):
                continue
        got = french_speaker_name(text, s, q.m_start, q.m_end)
        if got is not None:
            q.speaker, q.stype = got, "organization"


# French articles (and "the") that may open a French name before a cue
_FRENCH_ARTICLES = frozenset(("la", "le", "les", "the"))


def french_lower_tail_start(toks, k):
    """The index of the article ("la", "le", "les", "the") or else the capitalised French
    head of a name that ends, in lower-case words, right before token ``k`` ("la Régie
    du logement said": "la"), when an article or the clause's start comes before the
    head; -1 otherwise.

    >>> ws = ", la Régie du logement said".split()
    >>> french_lower_tail_start([(0, 0, w) for w in ws], 5)
    1
    >>> ws = "the union of tenants said".split()
    >>> french_lower_tail_start([(0, 0, w) for w in ws], 4)
    -1
    """
    i = k - 1
    while i > 0 and k - i <= 5 and toks[i][2].isalpha() and toks[i][2].islower():
        i -= 1
    if k - i < 3 or toks[i + 1][2] not in _FRENCH_CONNECTORS:
        return -1
    head = toks[i][2]
    if not head[:1].isupper() or head.lower() not in _FRENCH_HEAD_WORDS:
        return -1
    if i > 0 and toks[i - 1][2].lower() in _FRENCH_ARTICLES:
        return i - 1
    return i if i == 0 or not toks[i - 1][2][:1].isalnum() else -1
