"""Reduced relatives as speakers: a described noun followed by a participle phrase
right before the cue ("the company building it says", "a woman living nearby said",
"the firm running the mine said"): the whole phrase is the speaker, not its object
("it", "the mine"). Only the span is found here; coreference resolves the description.
A past participle of the courts with its phrase ("a former adviser accused of a
$38-million fraud testified", "a man charged with arson said") leaves the described
noun before it as the speaker.
"""

from __future__ import annotations

from .blocks import MASK
from .lexicon import _DETS, SPELLED_NUMBERS, _lines

# object pronouns a participle takes ("building it", "running them")
_REDUCED_OBJECT_PRONOUNS = frozenset("it them him her us".split())

# particles of a phrasal participle after its object pronoun ("the men patching it up")
_REDUCED_PARTICLES = frozenset("up down out off back over".split())

# determiners that open the described noun ("the company", "a woman")
_REDUCED_OPENERS = frozenset("the a an one another".split())

# organisation heads that keep the description alone (resources/reduced_org_heads.txt)
_REDUCED_ORG_HEADS = frozenset(_lines("reduced_org_heads.txt"))

# a possessive owner that opens the participle's object ("Yukon's", "the area's")
_REDUCED_POSSESSIVE_ENDS = ("'s", "’s")

# what may stand before the phrase: a clause break, a quotation or the sentence start
_REDUCED_BEFORE = frozenset((",", ";", ":", "—", "–", "and", "but"))


def _reduced_participle(w: str, lex) -> bool:
    """Is ``w`` a lower-case present participle ("building"), not a listed noun or
    title ("building" is a verb here only when a head noun stands before it)?"""
    return w.isalpha() and w.islower() and len(w) > 5 and w.endswith("ing") and w not in lex.titles


def _reduced_possessor(w: str) -> bool:
    """Is ``w`` a capitalised name's possessive, a determiner of the participle's object
    ("building Manitoba's rural network")?

    >>> _reduced_possessor("Manitoba's"), _reduced_possessor("network's")
    (True, False)
    """
    return w[:1].isupper() and w.endswith(("'s", "’s")) and w[:-2].isalpha()


def _reduced_object_start(toks, k, lex):
    """Start of the participle's object ending right before token ``k``: an object
    pronoun ("it") or a determiner or a name's possessive with at most three lower-case
    or capitalised words ("the mine", "the new Tay bridge", "Manitoba's rural network");
    -1 when none."""
    if k < 1:
        return -1
    w = toks[k - 1][2]
    if w.lower() in _REDUCED_OBJECT_PRONOUNS and w.islower():
        return k - 1
    if w in _REDUCED_PARTICLES and k >= 2 and toks[k - 2][2] in _REDUCED_OBJECT_PRONOUNS:
        return k - 2  # "patching it up": the pronoun, then the verb's particle
    if (bare := _reduced_bare_plural_start(toks, k, lex)) >= 0:
        return bare
    if (listed := _reduced_list_start(toks, k, lex)) >= 0:
        return listed
    for x in range(k - 2, max(-1, k - 5), -1):
        lx = toks[x][2].lower()
        if lx in ("the", "a", "an", "its", "their") or _reduced_possessor(toks[x][2]):
            return x if all(toks[y][2].isalpha() for y in range(x + 1, k)) else -1
        if x > 0 and toks[x][2].endswith(_REDUCED_POSSESSIVE_ENDS) and toks[x][2][:-2].isalpha():
            # an owner as the determiner: "Yukon's placer miners", "the area's harvesters"
            if all(toks[y][2].isalpha() and toks[y][2].islower() for y in range(x + 1, k)):
                return x - 1 if toks[x - 1][2].lower() in ("the", "its", "their") else x
            return -1
        if not toks[x][2].isalpha():
            return -1
    return -1


_REDUCED_PLURAL_ENDS = ("s", "men", "people", "children")


def _reduced_bare_plural_start(toks, k, lex):
    """Start of a plural object with no determiner, one or two lower-case words right
    after a participle and before token ``k`` ("representing ferry workers",
    "representing harvesters"); -1 when none."""
    last = toks[k - 1][2]
    if not (last.isalpha() and last.islower() and last.endswith(_REDUCED_PLURAL_ENDS)) or (
        last.endswith("ss")
    ):
        return -1  # (a plural: "harvesters", "fishermen", "people")
    for x in (k - 1, k - 2, k - 3, k - 4):
        if x < 1 or not (toks[x][2].isalpha() and toks[x][2].islower()):
            return -1
        if x < k - 2 and "and" not in (toks[x + 1][2], toks[x][2]):
            return -1  # (four words only as "lobster and herring fishers")
        if (
            _reduced_participle(toks[x - 1][2], lex)
            and x >= 2
            and toks[x - 2][2] not in ("and", "or")
        ):
            return x  # (not "lobster and herring": an "-ing" noun after "and")
    return -1


# words that open a count before a participle's listed object ("about 1,400 drivers")
_REDUCED_COUNT_LEADS = frozenset("about some nearly almost roughly over".split())


def _reduced_list_start(toks, k, lex):
    """Start of a participle's object that is a list of lower-case plurals set off by
    commas and closed by "and" / "or", after a count or not, right before token ``k``
    ("representing about 1,400 drivers, mechanics and cleaners"); -1 when none.

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = ", the union representing 900 drivers , mechanics and cleaners said".split()
    >>> _reduced_list_start([(0, 0, w) for w in ws], 10, lexicon())
    4
    """
    last = toks[k - 1][2] if k >= 1 else ""
    if not (last.isalpha() and last.islower() and last.endswith(_REDUCED_PLURAL_ENDS)):
        return -1
    joins = commas = 0
    for x in range(k - 2, max(0, k - 10), -1):
        w = toks[x][2]
        if w in ("and", "or"):
            joins += 1
        elif w == ",":
            commas += 1
        elif _reduced_participle(toks[x - 1][2], lex) and x >= 2 and commas and joins == 1:
            if w[:1].isdigit() or (w.isalpha() and w.islower()):
                return x  # the object's first word, right after the participle
            return -1
        elif w[:1].isdigit() and toks[x - 1][2].lower() in _REDUCED_COUNT_LEADS:
            continue  # "about 1,400"
        elif not (w.isalpha() and w.islower()):
            return -1
    return -1


# prepositions of a place after a participle's object ("producers in Alberta")
_REDUCED_PLACE_PREPS = frozenset(("in", "across", "from", "throughout", "on"))


def _reduced_place_tail(toks, k):
    """Index of a place preposition that opens one or two capitalised words right
    before token ``k``, after "the" or not ("... producers in Alberta", "in Nova Scotia",
    "fishermen on the Fundy Isles"); -1 when none.

    >>> _reduced_place_tail([(0, 0, w) for w in "fishers on the Fundy Isles said".split()], 5)
    1
    """
    for x in (k - 2, k - 3, k - 4):
        if x < 1 or toks[x][2] not in _REDUCED_PLACE_PREPS:
            continue
        y0 = x + 2 if toks[x + 1][2] == "the" and x + 2 < k else x + 1
        if k - y0 <= 2 and all(
            toks[y][2].isalpha() and toks[y][2][:1].isupper() for y in range(y0, k)
        ):
            return x
    return -1


# the leads of a partitive before a reduced relative's plural ("some of the men working")
_PARTITIVE_LEADS = frozenset("some several many most both all".split())


def _plural_count(toks, d, head) -> bool:
    """Is token ``d`` a count above one ("two", "3") before the plural ``head`` of a
    reduced relative ("the two men patching the roof say", "Three women running the
    shelter said")? A count opens the phrase itself or after "the".

    >>> _plural_count([(0, 0, w) for w in "the two men".split()], 1, "men")
    True
    >>> _plural_count([(0, 0, w) for w in "the one man".split()], 1, "man")
    False
    """
    w = toks[d][2].lower() if d >= 0 else ""
    return (w.isdigit() or w in SPELLED_NUMBERS) and w != "one" and head.endswith(("s", "men"))


def reduced_relative_start(toks, k, lex) -> int:
    """Start of a described noun with a participle phrase that ends right before the
    cue at token ``k`` and opens a clause ("..., the company building it says": the
    determiner "the"); -1 when there is none.

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "It opens , the company building it says".split()
    >>> reduced_relative_start([(0, 0, w) for w in ws], 7, lexicon())
    3
    >>> ws = "It opens , the company says".split()
    >>> reduced_relative_start([(0, 0, w) for w in ws], 5, lexicon())
    -1
    """
    for t in toks[k - 10 if k > 10 else 0 : k - 1 if k > 1 else 0]:
        if t[2].endswith("ing"):
            break  # (the participle is one of the nine tokens before the last one:
    else:  # none ends in "ing", so no such phrase; a cheaper test than the object's)
        return -1
    o = _reduced_object_start(toks, k, lex)
    if (o < 3 or not _reduced_participle(toks[o - 1][2], lex)) and (
        p := _reduced_place_tail(toks, k)
    ) > 0:
        o = _reduced_object_start(toks, p, lex)  # "representing beef producers in Alberta"
    if o < 3 or not _reduced_participle(toks[o - 1][2], lex):
        return -1
    h = o - 2  # the head noun before the participle
    head = toks[h][2]
    if not (head.replace("-", "").isalpha() and head.islower()) or (
        head not in lex.nouns and head not in _REDUCED_ORG_HEADS
    ):
        return -1  # ("the co-operative representing ...": a listed hyphenated head)
    d = h - 1
    if d >= 0 and toks[d][2].isalpha() and toks[d][2].islower() and toks[d][2] not in _DETS:
        d -= 1  # one modifier ("the construction company building it")
    if _plural_count(toks, d, head):
        d -= d > 0 and toks[d - 1][2].lower() == "the"  # "the two men patching the roof"
    elif d < 0 or toks[d][2].lower() not in _REDUCED_OPENERS:
        return -1
    if d >= 2 and toks[d - 1][2] == "of" and toks[d][2] == "the" and head.endswith(("s", "men")):
        w = toks[d - 2][2].lower()
        d -= 2 * (w in SPELLED_NUMBERS or w in _PARTITIVE_LEADS)  # "two of the men patching"
    if d > 0 and toks[d - 1][2] not in _REDUCED_BEFORE and toks[d - 1][2][0] != MASK:
        return -1
    return d


def reduced_relative_end(toks, d, k) -> int:
    """End of the speaker span of the reduced relative opened at token ``d`` before the
    cue at ``k``: the head noun when it names a kind of organisation ("the company
    building it": "the company", as "the company that is building it" gives "the
    company", so the organisation the article names can be found), else ``k`` (the
    person with the participle phrase: "a woman living nearby").

    >>> ws = "the company building it says".split()
    >>> reduced_relative_end([(0, 0, w) for w in ws], 0, 4)
    2
    >>> ws = "a woman living nearby says".split()
    >>> reduced_relative_end([(0, 0, w) for w in ws], 0, 4)
    4
    """
    for x in range(d + 1, k):
        w = toks[x][2]
        if w.endswith("ing") and x > d + 1:
            return x if toks[x - 1][2] in _REDUCED_ORG_HEADS else k
    return k


# past participles of the courts that open a reduced relative after a described person
# ("a former adviser accused of fraud said"), with the prepositions they take
_REDUCED_COURT_PARTICIPLES = {
    "accused": ("of",),
    "charged": ("with", "in"),
    "convicted": ("of", "in"),
    "suspected": ("of",),
    "acquitted": ("of",),
    "sentenced": ("to", "for", "in"),
    "arrested": ("in", "for", "after"),
    "indicted": ("on", "for", "in"),
}


# past participles that place a person ("a truck driver stopped at a service station
# near Dryden said": the driver), with the prepositions that may follow them
_PLACE_AT = ("at", "in", "on", "near", "outside", "inside", "along", "by", "behind")
_REDUCED_PLACED_PARTICIPLES = dict.fromkeys(
    ("stopped", "parked", "stranded", "stuck", "camped", "stationed", "seated", "trapped"),
    _PLACE_AT,
)
_REDUCED_PARTICIPLES = {**_REDUCED_COURT_PARTICIPLES, **_REDUCED_PLACED_PARTICIPLES}


# the endings of job nouns the lexicon does not list ("accountant", "contractor")
_COURT_JOB_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def reduced_court_relative(toks, k, lex):
    """(start, end) of a described person before a past participle of the courts or of
    a place and its phrase that run up to the cue at token ``k`` and open a clause
    ("..., a former Calgary investment adviser accused of a $38-million fraud testified":
    "a former Calgary investment adviser"; "A truck driver stopped at a service station
    near Dryden said": "A truck driver"); None when there is none.

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "It was a lie , a former adviser accused of fraud said".split()
    >>> reduced_court_relative([(0, 0, w) for w in ws], 11, lexicon())
    (5, 8)
    """
    lo = k - 9 if k > 9 else 0
    x = -1  # the participle nearest the cue (a loop: called for every noun phrase)
    for i in range(k - 2, lo, -1):
        if toks[i][2] in _REDUCED_PARTICIPLES:
            x = i
            break
    if x < 2 or toks[x + 1][2] not in _REDUCED_PARTICIPLES[toks[x][2]]:
        return None
    if any(not (t[2][:1].isalnum() or t[2][:1] in "$-") for t in toks[x + 2 : k]):
        return None  # (a comma or a quotation: the phrase is not one run before the cue)
    head = toks[x - 1][2]
    if not (head.isalpha() and head.islower()) or not (
        head in lex.nouns or (len(head) > 4 and head.endswith(_COURT_JOB_ENDINGS))
    ):
        return None  # (a listed person noun, or a job: "accountant", "contractor")
    d = x - 2
    while d >= 0 and x - 1 - d <= 4 and toks[d][2].lower() not in _REDUCED_OPENERS:
        if not toks[d][2].isalpha() or toks[d][2].lower() in _DETS:
            return None
        d -= 1  # up to four modifiers ("a former Calgary investment adviser")
    if d < 0 or toks[d][2].lower() not in _REDUCED_OPENERS:
        return None
    if d > 0 and toks[d - 1][2] not in _REDUCED_BEFORE and toks[d - 1][2][0] != MASK:
        return None
    return d, x


# the most tokens a long reduced relative may run from its clause break to the cue
_REDUCED_LONG_SPAN = 20


def reduced_long_relative(toks, k, lex):
    """(start, end) of a described noun whose participle phrase runs up to the cue at
    token ``k`` with more words than ``reduced_relative_start`` takes, its object and
    places included ("..., the head of the union representing 2,300 daycare educators in
    the Eastern Townships said", "..., a retired bus driver facing eviction from a
    north-end housing co-operative said"): the phrase opens a clause after a comma and
    holds no punctuation; the end is ``reduced_relative_end``'s (a person keeps the
    phrase, an organisation head stands alone). None when there is none.

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "It is over , a retired driver facing eviction from a big co-op said".split()
    >>> reduced_long_relative([(0, 0, w) for w in ws], 13, lexicon())
    (4, 13)
    >>> ws = "It is over , a retired driver said".split()
    >>> reduced_long_relative([(0, 0, w) for w in ws], 7, lexicon()) is None
    True
    """
    lo = k - _REDUCED_LONG_SPAN if k > _REDUCED_LONG_SPAN else 0
    d = -1  # the clause break before the phrase
    for i in range(k - 1, lo - 1, -1):
        w = toks[i][2]
        if not (w[:1].isalnum() or w[:1] == "$"):
            d = i
            break
    if d < 1 or k - d < 6 or (toks[d][2] not in _REDUCED_BEFORE and toks[d][2][0] != MASK):
        return None
    if toks[d + 1][2].lower() not in _REDUCED_OPENERS:
        return None
    p = -1  # the participle after the head noun
    for i in range(d + 3, min(d + 9, k - 1)):
        if _reduced_participle(toks[i][2], lex):
            p = i
            break
    if p < 0:
        return None
    head = toks[p - 1][2]
    if not (head.isalpha() and head.islower()) or not (
        head in lex.nouns or (len(head) > 4 and head.endswith(_COURT_JOB_ENDINGS))
    ):
        return None
    for i in range(d + 2, p - 1):
        if toks[i][2].lower() in _DETS and toks[i - 1][2] != "of":
            return None  # (a second noun phrase before the participle, not "of the")
    return d + 1, reduced_relative_end(toks, d + 1, k)


# participles of a reporter's contact that take "by" and an outlet as the agent
# (resources/contact_participles.txt: "Nurses interviewed by the Herald said")
_CONTACT_PARTICIPLES = frozenset(_lines("contact_participles.txt"))

# the most words of the outlet after "by" ("the Guardian", "The Canadian Press")
_AGENT_WORDS = 5


def reduced_agent_relative(toks, k, lex):
    """(start, end) of the people before a participle of contact whose "by" agent runs
    up to the cue at token ``k`` ("Nurses interviewed by the Herald said": "Nurses";
    "..., two parents contacted by The Canadian Press said": "two parents"): the phrase
    opens its clause and the agent is one to five words with no punctuation. None when
    there is none (so "a report by the Herald said" stays the other rules').

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "Nurses interviewed by the Herald said".split()
    >>> reduced_agent_relative([(0, 0, w) for w in ws], 5, lexicon())
    (0, 1)
    >>> ws = "The story by the Herald said".split()
    >>> reduced_agent_relative([(0, 0, w) for w in ws], 5, lexicon()) is None
    True
    """
    b = -1  # the "by" of the agent
    for i in range(k - 2, max(1, k - 2 - _AGENT_WORDS), -1):
        if toks[i][2] == "by":
            b = i
            break
    if b < 1 or toks[b - 1][2] not in _CONTACT_PARTICIPLES:
        return None
    if any(not toks[y][2].replace("-", "").isalnum() for y in range(b + 1, k)):
        return None  # (a comma or a quotation inside: not one run up to the cue)
    h = b - 2  # the people's head noun, right before the participle
    head = toks[h][2] if h >= 0 else ""
    if not (head.isalpha() and head[1:].islower()):
        return None
    if not (head.endswith(_REDUCED_PLURAL_ENDS) or head.lower() in lex.nouns):
        return None  # ("Nurses", "parents", "people", a listed noun: "a nurse")
    d = h
    while d - 1 >= 0 and h - d < 3 and toks[d - 1][2].isalnum():
        w = toks[d - 1][2]
        if not (w[:1].islower() or w.lower() in _REDUCED_OPENERS):
            break
        d -= 1  # modifiers, a count or a determiner ("two young parents", "A nurse")
    if d > 0 and toks[d - 1][2] not in _REDUCED_BEFORE and toks[d - 1][2][0] != MASK:
        return None
    return d, h + 1
