"""Speaker types: is a resolved speaker a person, an organisation, a group, an
anonymous source, a document or unknown? This module owns :func:`type_speakers`,
the frame -> frame step that ``resolve_speakers`` runs last. It decides one type
per corpus speaker (``speaker_id``) from evidence in the name (organisation words
such as Inc/Ltd/Group/Party/Ministry, camel-case brands, places, plural nouns,
party names, media titles, document nouns), in the mentions that were resolved to
it (a title or honorific, "he"/"she" -> person; "it" -> organisation) and in the
article texts (a first name in front of the surname, "X Inc", "X ... its"). It
repairs garbled names ("Singer George Michael" -> "George Michael", "DAMAC
Properties" cut to "Properties" -> "DAMAC Properties"), drops words that are not
names (a capitalised word the articles otherwise write in lower case), resolves
"the company/firm/party said" to the organisation the article names, and never
lets a pronoun be a speaker (its quotes stay, with speaker "unknown").
Everything is rule-based, deterministic and linear in the number of quotes.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from .quotes.datelines import DATELINE_RE
from .quotes.names import underwriter
from .surname_org_words import surname_org_person

__all__ = [
    "type_speakers",
    "article_speaker_types",
    "SPEAKER_TYPES",
    "PRONOUNS",
    "is_pronoun",
]

SPEAKER_TYPES = ("person", "organization", "group", "anonymous", "document", "unknown")

PRONOUNS = frozenset(
    """
    i me my mine myself we us our ours ourselves you your yours yourself yourselves
    he him his himself she her hers herself it its itself they them their theirs
    themselves one who whom whose which that this these those everyone everybody
    someone somebody anyone anybody nobody all both each either neither none
    y'all ya u
    """.split()
)

# Words that make a name an organisation wherever they stand in it.
_ORG_WORDS = frozenset(
    """
    inc incorporated corp corporation co company companies cos ltd limited llc llp lp plc
    ag sa nv se spa bv gmbh kk pty holdings holding group bancorp bank
    bancshares partners capital management strategies laboratories labs pharmaceuticals
    pharma therapeutics biosciences biotech motors electric energy materials industries
    technologies technology systems solutions services airlines airways railways
    resources minerals mining oil petroleum gas chemicals chemical steel foods brands
    communications telecom networks media entertainment studios pictures records
    ministry department dept council committee commission agency bureau office board
    authority administration party parliament congress senate assembly court tribunal
    university college school institute foundation association federation union league
    alliance coalition society trust fund reserve exchange markets securities
    insurance financial finance realty properties hospital clinic health healthcare
    center centre organization organisation network church army navy police embassy
    government cabinet kremlin pentagon caucus pac campaign club team fc fed bundesbank
    international appliances business chamber project watch iron aerospace automotive
    manufacturing chocolate united rovers athletic hotspur
    """.split()
)
_STRONG_ORG = frozenset(
    "inc corp corporation co company ltd llc plc group holdings party ministry council".split()
)
# A name ending with one of these is a publication or a document: "the report said".
_DOC_WORDS = frozenset(
    """
    report reports survey surveys study studies poll polls statement statements data
    figures analysis memo memorandum letter letters filing filings document documents
    records paper papers newspaper journal times post tribune herald gazette magazine
    weekly daily telegraph guardian observer express mail chronicle newsweek review
    bulletin newsletter website blog release communique communiqué estimate estimates
    forecast census index indicator indicators minutes transcript transcripts testimony
    complaint lawsuit suit indictment order ruling judgment judgement verdict decision bill law plan proposal
    draft budget account accounts book article editorial column prospectus summary decree
    announcement resolution directive proclamation
    """.split()
)
_MEDIA = frozenset(
    x.strip()
    for x in """
    Reuters|Bloomberg|AP|AFP|CNN|BBC|NBC|CBS|ABC|MSNBC|NPR|PBS|Fox News|Politico|Axios
    Associated Press|The Associated Press|New York Times|Washington Post|Wall Street Journal
    Financial Times|Daily Telegraph|Daily Mail|The Guardian|Guardian|The Times|The Economist
    Economist|Entertainment Weekly|Times|Post|Journal|Variety|Billboard|Newsweek|Time|Forbes|Fortune|Breitbart
    Fox|CNBC|Xinhua|Tass|Interfax|Kyodo|Yonhap|Al Jazeera|Sky News|ITV|Channel 4
    Daily Caller|Daily Wire|Daily Signal|Daily Beast|Washington Examiner|Free Beacon
    Washington Free Beacon|The Hill|Federalist|The Federalist|Fox Business|Newsmax|China Daily
    """.replace("\n", "|").split("|")
)
# Plural nouns for people: "Tories said", "Dealers said", "Israelis".
_GROUP_WORDS = frozenset(
    """
    tories democrats republicans conservatives liberals socialists greens mps meps
    ministers officials lawmakers legislators senators representatives leaders
    dealers traders analysts economists bankers brokers sources diplomats delegates
    experts critics supporters opponents residents voters workers protesters
    scientists researchers doctors officers aides advisers advisors members
    executives investors farmers producers exporters importers participants
    observers witnesses activists campaigners unions rebels militants insurgents
    authorities police agencies people americans israelis palestinians britons
    europeans russians ukrainians iranians iraqis chinese japanese germans french
    republicans-elect governors mayors allies nations countries states
    parents teachers students families children women men citizens officials'
    """.split()
)
# Party and bloc names that are organisations ("Labour said").
_PARTIES = frozenset(
    x.strip()
    for x in """
    Labour|Conservatives|Lib Dems|Liberal Democrats|SNP|Plaid Cymru|Ukip|UKIP|Tories|GOP
    Hamas|Hezbollah|Taliban|ANC|Likud|Fatah|Sinn Fein|DUP|Opec|OPEC|EEC|EC|NATO|Nato|EU|UN
    """.replace("\n", "|").split("|")
)
_MONTHS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday
    """.split()
)
# Occupational words written before a name without a comma: "Singer George Michael".
_DESCRIPTORS = frozenset(
    """
    singer actor actress star rapper musician comedian writer novelist poet artist
    director producer designer chef model player striker midfielder defender goalkeeper
    manager coach boss captain champion driver rider boxer golfer tennis veteran
    entrepreneur billionaire businessman businesswoman investor tycoon economist analyst
    lawyer attorney spokesman spokeswoman weekly magazine entertainment energy finance
    trade oil agriculture treasury foreign defence defense interior labor labour
    """.split()
)
_FUNCTION = frozenset(
    """should would could will may might can must did does do is are was were has have had
    also even just only then now still yet so thus but and or if myth fact""".split()
)
_DEPARTMENTS = frozenset(
    "energy finance trade oil agriculture treasury foreign defence defense interior labor"
    " labour commerce economy justice health education transport industry".split()
)
_GENERIC_ORG = frozenset(
    "company firm group bank corporation concern maker unit subsidiary party".split()
)
_DESCRIPTOR_ORG = frozenset("treasury state government fed bundesbank opec".split())
_ANON_WORDS = frozenset(
    "source sources official officials spokesman spokeswoman spokesperson".split()
)
_POSSESSIVE_NAME = re.compile(r"^[A-Z][\w&.-]*(?: (?:[A-Z][\w&.-]*|and|&))*['’]s$")
_INITIALS_AND = re.compile(r"^[A-Z]{1,3} ?(?:&|and) ?[A-Z]{1,3}$")
_PLURAL_ORGS = frozenset("partners companies firms banks groups agencies unions".split())
_FOLD = str.maketrans({"’": "'", ".": None})
_TOKEN = re.compile(r"[^\W_][\w.'’&/-]*|&")


@lru_cache(maxsize=1 << 16)
def _f(s: str) -> str:
    return s.lower().translate(_FOLD)


def is_pronoun(speaker) -> bool:
    """True for a pronoun (with a contraction or possessive) used as a speaker.

    Example:
        >>> [is_pronoun(s) for s in ["they", "I’ve", "We", "Mr. Wu", "it's", "U.S.", "US"]]
        [True, True, True, False, True, False, False]
    """
    if not isinstance(speaker, str):
        return False
    return _is_pronoun(speaker)


@lru_cache(maxsize=1 << 14)
def _is_pronoun(speaker: str) -> bool:
    if "." in speaker or (speaker.strip().isupper() and len(speaker.strip()) > 1):
        return False  # "U.S.", "US", "IT": names written in capitals
    f = _f(speaker.strip())
    head = f.split("'", 1)[0]
    return f in PRONOUNS or (head in PRONOUNS and head != f and len(f) - len(head) <= 3)


@lru_cache(maxsize=1)
def _lexicon():
    def lines(name):
        text = (resources.files("analysis") / "resources" / name).read_text(encoding="utf-8")
        return [x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#")]

    first = {}
    for line in lines("first_names.tsv"):
        name, _, g = line.partition("\t")
        if g.strip():  # m, f, or "u" (a given name of both sexes)
            first[name.strip().lower()] = g.strip()
    # (a province or territory speaks as its government: "Manitoba said")
    places = frozenset(lines("places.txt") + lines("provinces.txt"))
    org_names = frozenset(lines("org_names.txt"))
    from .quotes.names import _TITLES  # titles/honorifics: "Sen.", "President"

    return first, places, org_names, _TITLES


_CAMEL = re.compile(r"^(?:[A-Z]{2,}[a-z]*|[A-Z][a-z]+[A-Z]\w*|\w*\d\w*)$")
_MAC = re.compile(r"^(?:Mc|Mac|O'|O’|De|Di|La|Le)[A-Z]")


def _name_tokens(name: str) -> list[str]:
    return _TOKEN.findall(name)


@lru_cache(maxsize=1 << 14)
def _has_letter(name: str) -> bool:
    return any(c.isalpha() for c in name)


class _Evidence:
    """Per-speaker tallies gathered from the rows resolved to one speaker_id."""

    __slots__ = ("person", "title", "org", "rows", "mentions", "types", "forms", "kinds")

    def __init__(self):
        self.kinds: set = set()
        self.person = 0
        self.title = 0
        self.org = 0
        self.rows: list[int] = []
        self.mentions: Counter = Counter()
        self.types: Counter = Counter()
        self.forms: Counter = Counter()


def _mention_evidence(ev: _Evidence, titles, name: str = "") -> None:
    """Add the person/org/title evidence of the mentions resolved to the speaker
    ``name``: "he"/"she", a title -> person; "it", "the Fed" -> organisation ("the"
    + a word of the name itself: "the Olympian" of "Dana Frisk" is a description)."""
    own = None
    known = titles is _lexicon()[3]
    for m, n in ev.mentions.items():
        kind = _known_mention_kind(m) if known else _mention_kind(m, titles)
        if kind is None:
            continue
        if kind == "person":
            ev.person += 2 * n
        elif kind == "org":
            ev.org += 2 * n
        elif kind == "title":
            ev.person += 2 * n
            ev.title += n
        else:  # "the" + a word: evidence when the word is one of the name's own
            if own is None:
                own = {_f(t) for f in (name, *ev.forms) for t in _name_tokens(f)}
            if kind[4:] in own:
                ev.org += 2 * n  # "the Fed", "the Bundesbank": not a person


@lru_cache(maxsize=1 << 14)
def _known_mention_kind(m: str) -> str | None:
    return _mention_kind(m, _lexicon()[3])


def _mention_kind(m: str, titles) -> str | None:
    """What the mention ``m`` tells of its speaker: "person" ("he", "she"), "org"
    ("it", "lead manager Credit Vell"), "title" ("Sen. Roe"), "the X" with X folded
    (evidence when X is a word of the name: "the Fed"), or None."""
    toks = [_f(t) for t in _name_tokens(m)]
    if not toks:
        return None
    if toks[0] in ("he", "she", "him", "her", "his"):
        return "person"
    if toks[0] in ("it", "its") and len(toks) == 1:  # (not "its new CEO Simon Hunt")
        return "org"
    if "anager" in m and underwriter(m.split()):
        return "org"  # "lead manager Credit Vell": a bank, "manager" no title
    if not titles.isdisjoint(toks[:-1]) and not _first_nation_only(toks, titles):
        return "title"
    if len(toks) >= 2 and toks[-2] == "the" and m[-1:].isalpha() and toks[-1] not in titles:
        return "the " + toks[-1]
    return None


def _first_nation_only(toks, titles) -> bool:
    """Is the only title word of the folded tokens ``toks`` (the last one aside) a
    "first" of "First Nation(s)" ("Chippewas of Kettle Point First Nation": a band's
    name, no "First Minister")?

    >>> _first_nation_only(["kettle", "point", "first", "nation"], {"first", "chief"})
    True
    >>> _first_nation_only(["chief", "ann", "first", "nation"], {"first", "chief"})
    False
    """
    return all(
        t not in titles or (t == "first" and toks[i + 1] in ("nation", "nations"))
        for i, t in enumerate(toks[:-1])
    )


# the pronoun of the name's own clause: "Apex announced it will", "Ruiz said that she"
# (up to six lower-case words between, none a determiner: not "said the firm ... its")
_PRON_CLAUSE = re.compile(
    r"(?:,[ ]+(?:a|an|the)[ ][^,“”\"\n]{1,80},)?"  # an apposition: "Oakes, a director, said she"
    r"(?:,?[ ]+(?!(?:the|a|an|this|these|those|their|our|your|my)\b)"
    r"(?:[a-z0-9$][\w.$%'’-]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){0,6}?"
    r",?[ ]+(he|she|his|her|him|it|its)\b(?!['’])"
)
# or the subject of the next sentence: "Apex cut prices. It said ...", ". The company said"
# (not an empty "It is" / "It was": "It is the first title for the rink")
_PRON_NEXT = re.compile(
    r"[^.!?“”\"\n]{0,160}?[.!?]['’”\"]?[ ]+(?:(He|She|His|Her|It(?![ ]+(?:is|was)\b)|Its)"
    r"\b(?!['’])|(The)[ ]+"
    r"(?:company|firm|group|bank|maker|automaker|carrier|retailer|chain|insurer|airline|brand"
    r"|manufacturer|producer|provider|supplier|startup|developer|operator)\b)"
)


def _pronoun_after(after: str) -> str | None:
    """The pronoun (lower case) that takes up a name from the text right after it,
    or "the" for a "The company" sentence; None when there is none. Only the name's
    own clause (no quotation mark, no other noun phrase before the pronoun) and the
    start of the next sentence count: not an "its" of a quotation or of another noun.

    >>> [_pronoun_after(t) for t in [" announced it will invest in its plants.",
    ...   " said on Monday that she would run.", ' on waste: "The sheer amount, it is',
    ...   " said the car maker could move its plant.", " cut prices. The company said"]]
    ['it', 'she', None, None, 'the']
    """
    m = _PRON_CLAUSE.match(after)
    if m is not None:
        return m.group(1).lower()
    m = _PRON_NEXT.match(after)
    if m is not None:
        return (m.group(1) or m.group(2)).lower()
    return None


_RUN = re.compile(r"(?:[^\W_]|-)+")  # a run of letters, digits and hyphens


@lru_cache(maxsize=4)
def _run_index(text: str) -> dict:
    """Start offsets of each word run of ``text`` (one pass): whole-word lookups in
    a long text without one scan of the text per name."""
    index: dict[str, list[int]] = defaultdict(list)
    for m in _RUN.finditer(text):
        index[m.group()].append(m.start())
    return index


_SCANS: dict[int, int] = {}  # hash of a long text -> names looked up in it by a scan
_SCAN_LIMIT = 32  # scans of one long text before its word index pays (linear)


def _scan_first(text: str, name: str) -> bool:
    """May ``name`` be looked up in the long ``text`` by a scan of the text rather
    than by its word index? Only for the first ``_SCAN_LIMIT`` names of a text, and
    only when no whole-word occurrence of the name can overlap another occurrence
    (the scan skips overlaps; "Aa Aa" in "Aa Aa Aa" can): then both find the same."""
    if len(name) > 200:
        return False
    j = name.find(name[0], 1)
    while j > 0:  # a word of the name that starts a repeat of the name ("Aa Aa")
        if not (name[j - 1].isalnum() or name[j - 1] == "-") and name.startswith(name[j:]):
            return False
        j = name.find(name[0], j + 1)
    key = hash(text)  # (a collision costs speed only: both ways find the same)
    k = _SCANS.get(key, 0)
    if k >= _SCAN_LIMIT:
        return False
    if k == 0 and len(_SCANS) >= 4096:
        _SCANS.clear()
    _SCANS[key] = k + 1
    return True


def _occurrences(text: str, name: str, limit: int = 12):
    """Start offsets of ``name`` as a whole word in ``text`` (at most ``limit``).

    >>> t = "Apex said. Apex-based Apexa and Apex Inc; the Apex " * 400
    >>> _occurrences(t, "Apex", 3), _occurrences(t, "Apex Inc", 2)
    ([0, 32, 46], [32, 83])
    """
    if (
        len(text) >= 5000
        and _RUN.match(name) is not None
        and name[:1].isalnum()
        and not _scan_first(text, name)
    ):
        return _indexed_occurrences(text, name, limit)
    n = len(name)
    out, i = [], text.find(name)
    while i >= 0 and len(out) < limit:
        before = text[i - 1] if i else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            out.append(i)
        i = text.find(name, i + n)
    return out


def _indexed_occurrences(text: str, name: str, limit: int) -> list[int]:
    """:func:`_occurrences` in a long text from its word index, looked up by the
    name's rarest word (linear in the names)."""
    n = len(name)
    index = _run_index(text)
    runs = [(len(index.get(m.group(), ())), m.start(), m.group()) for m in _RUN.finditer(name)]
    _, off, key = min(runs)
    out = []
    for j in index.get(key, ()):
        i = j - off
        if len(out) >= limit:
            break
        before = text[i - 1] if i > 0 else " "
        after = text[i + n] if i + n < len(text) else " "
        if (
            i >= 0
            and text.startswith(name, i)
            and not (before.isalnum() or before == "-")
            and not (after.isalnum() or after == "-")
        ):
            out.append(i)
    return out


_ORG_AFTER = re.compile(r"['’]?s?,?\s+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|Group|AG|SA|NV)\b")
_ORG_APPOS = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!of\b)[\w-]+\s+){0,4}?(?:company|firm|maker|group|bank|retailer|"
    r"chain|manufacturer|provider|supplier|giant|startup|brand|insurer|carrier|"
    r"airline)\b(?=\s*[,.;:)]|\s+(?:that|which|based|in|of|with|for)\b)"
)  # (the apposition's head: not "Oakes, a company director,"; no "a crane operator")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]{1,2}$")
_PREV = re.compile(r"([\w.&'’-]+)(\W*)$")


def _titled_initials(before: str, prev, first, titles) -> bool:
    """Is the word before a name initials after a title or given name ("President JD
    Vance", "Ann J. Roe")?"""
    if not _INITIALS.match(prev.group(1)):
        return False
    p2 = _PREV.search(before, 0, prev.start())
    return (
        bool(p2) and p2.group(2) == " " and (_f(p2.group(1)) in titles or _f(p2.group(1)) in first)
    )


def _text_evidence(name: str, texts: list[str], first: dict, titles) -> tuple[int, ...]:
    """(person, org, capitalised-mid-sentence, lower-case, named) counts for ``name``
    in ``texts``; ``named``: after a first name or a title."""
    person = org = mid = lower = named = 0
    lname = name.lower()
    for text in texts:
        for s in _occurrences(text, name):
            before = text[max(0, s - 40) : s]
            after = text[s + len(name) : s + len(name) + 160]
            prev = _PREV.search(before)
            if prev and prev.group(2) in (" ", "") and prev.group(1)[:1].isalpha():
                p = _f(prev.group(1))
                if prev.group(1)[:1].islower():
                    mid += 1
                elif p in first or p in titles or _titled_initials(before, prev, first, titles):
                    person += 1
                    named += 1
                    mid += 1
                elif prev.group(1)[-1:] not in ".!?":
                    mid += 1
            elif prev and prev.group(2).strip() in (",", ";", "(", "“", '"') and prev.group(2):
                mid += 1
            if _ORG_AFTER.match(after) or _ORG_APPOS.match(after):
                org += 2
            w = _pronoun_after(after)
            if w in ("he", "she", "his", "her", "him"):
                person += 1
            elif w in ("it", "its", "the"):
                org += 1
        if name[:1].isupper() and name != lname:
            lower += len(_occurrences(text, lname, 4))
    return person, org, mid, lower, named


def _repair_person(toks: list[str], first: dict, org_names: set) -> list[str]:
    """Drop glued words from a person name: leading descriptions and dates,
    a lone letter, a trailing organisation ("Steven Theede Yukos")."""
    toks = list(toks)
    while len(toks) >= 2 and (
        _f(toks[0]) in _MONTHS
        or (len(toks[0]) == 1 and toks[0].isupper())  # "Q Karine" (transcript label)
        or (len(toks) >= 3 and _f(toks[0]) in _DESCRIPTORS)
        or _f(toks[0]) in _FUNCTION
        or (_f(toks[0]) in _DEPARTMENTS and _f(toks[1]) not in _ORG_WORDS)
    ):
        toks = toks[1:]
    if len(toks) >= 3 and _f(toks[0]) not in first:
        for i in range(1, len(toks) - 1):
            if _f(toks[i]) in first and toks[i][:1].isupper():
                toks = toks[i:]
                break
    if len(toks) >= 3 and _f(toks[0]) in first and toks[-1] in org_names:
        toks = toks[:-1]
    return toks


def _repaired(name: str, first: dict, org_names) -> tuple[list[str], str]:
    """The tokens and the name of a person name repaired by :func:`_repair_person`."""
    lex = _lexicon()
    if first is lex[0] and org_names is lex[2]:
        return _known_repaired(name)
    return _repaired_of(name, first, org_names)


@lru_cache(maxsize=1 << 14)
def _known_repaired(name: str) -> tuple[list[str], str]:
    toks, name = _repaired_of(name, _lexicon()[0], _lexicon()[2])
    return tuple(toks), name  # (shared: not to be changed)


def _repaired_of(name: str, first: dict, org_names) -> tuple[list[str], str]:
    toks = _name_tokens(name)
    rep = _repair_person(toks, first, org_names)
    return (rep, " ".join(rep)) if rep != toks else (toks, name)


def _name_type(name: str, first: dict, places, org_names, titles) -> str | None:
    """Type from the name alone, or None when the name does not tell."""
    lex = _lexicon()
    if first is lex[0] and places is lex[1] and org_names is lex[2] and titles is lex[3]:
        return _known_name_type(name)
    return _name_type_of(name, first, places, org_names, titles)


@lru_cache(maxsize=1 << 14)
def _known_name_type(name: str) -> str | None:
    return _name_type_of(name, *_lexicon())


def _name_type_of(name: str, first: dict, places, org_names, titles) -> str | None:
    toks = _name_tokens(name)
    if not toks:
        return "unknown"
    ftoks = [_f(t) for t in toks]
    if " " in name and name in org_names:
        return "organization"  # a listed company: "American Express", "Morgan Stanley"
    if name in _MEDIA or name.removeprefix("The ") in _MEDIA:
        return "document"
    if len(toks) >= 2 and ftoks[-1] in _DOC_WORDS and ftoks[0] not in first:
        return "document"
    if name in _PARTIES:
        return "group" if ftoks[-1] in ("tories", "dems", "democrats") else "organization"
    if name in places or name.removeprefix("the ").removeprefix("The ") in places:
        return "organization"
    if len(toks) >= 2 and ftoks[0] not in first and _ends_in_province(name):
        return "organization"  # "Curl Manitoba", "Tourism Nova Scotia", "Golf Canada"
    if len(toks) >= 2 and ftoks[-1] in _org_name_heads() and ftoks[0] not in first:
        return "organization"  # "Ontario Parks", "Crestline Homes"
    if ftoks[-1] in _GROUP_WORDS and not (len(toks) >= 2 and ftoks[0] in first):
        return "group"
    if (
        "&" in name
        or "/" in name
        or (toks[-1] in org_names and not surname_org_person(toks, first))
    ):
        return "organization"  # "Johnson & Johnson", "S&P Global", "Vell Data A/S"
    if not _ORG_WORDS.isdisjoint(ftoks) and not (
        len(toks) >= 2 and ftoks[0] in first and ftoks[-1] not in _STRONG_ORG
    ):
        return "organization"
    if all(_CAMEL.match(t) and not _MAC.match(t) for t in toks if len(t) > 1) and any(
        len(t) > 1 for t in toks
    ):
        return "organization"  # "AbbVie", "GE Aerospace", "NOVONIX", "3M"
    if len(toks) >= 2 and ftoks[0] in first:
        return "person"
    return None


@lru_cache(maxsize=1)
def _org_name_heads() -> frozenset:
    """Last words of organisation names (resources/org_name_heads.txt)."""
    from .quotes.lexicon import _lines

    return frozenset(_lines("org_name_heads.txt"))


@lru_cache(maxsize=1)
def _provinces() -> frozenset:
    """Canada, its provinces and territories (resources/provinces.txt, places.txt)."""
    text = (resources.files("analysis") / "resources" / "provinces.txt").read_text("utf-8")
    own = [x.strip() for x in text.splitlines() if x.strip() and x[:1] != "#"]
    return frozenset([*own, "Canada", "Yukon", "Northwest Territories", "Nunavut"])


def _ends_in_province(name: str) -> bool:
    """Does the name end in Canada or a province after another word ("Curl Manitoba",
    "Hockey Nova Scotia": a body named for the province, no person's surname)?

    >>> _ends_in_province("Curl Manitoba"), _ends_in_province("Ann Roe")
    (True, False)
    """
    words = name.split()
    return any(" ".join(words[-k:]) in _provinces() for k in (1, 2, 3) if k < len(words))


def _descriptor_type(name: str, engine: str) -> str:
    """Type of a lower-case descriptor ("company", "senior official", "report")."""
    words = name.split()
    if is_pronoun(name) or (len(words) == 1 and _f(name) in _FUNCTION):
        return "unknown"
    last = _f(words[-1]) if words else ""
    if last in _DOC_WORDS:
        return "document"
    if last in _PLURAL_ORGS:
        return "group"
    if last in _GENERIC_ORG or last in _ORG_WORDS or last in _DESCRIPTOR_ORG:
        return "organization" if engine != "anonymous" else engine
    if len(words) == 1 and last in _DEPARTMENTS and engine in ("unknown", "person"):
        return "organization"  # "Interior", "Agriculture": a department
    if last in _GROUP_WORDS and engine in ("person", "unknown"):
        return "group"
    if engine in ("person", "unknown") and (last + "s" in _GROUP_WORDS or last in _ANON_WORDS):
        return "anonymous"  # "one dealer", "a source"
    if engine in ("person", "unknown") and len(words) <= 3:
        from .quotes.names import _TITLES

        if last in _TITLES or last in ("traveler", "traveller", "passenger", "customer"):
            return "anonymous"  # a role without a name: "the editor", "the secretary"
    return engine


_PREFIX = {
    "organization": "org-",
    "group": "group-",
    "anonymous": "anon-",
    "document": "doc-",
    "unknown": "unknown-",
    "person": "",
}
_ORG_BEFORE = re.compile(
    r"((?:[A-Z][\w&.'’-]*\s+(?:(?:&|and|of|de)\s+)?)*[A-Z][\w&.'’-]*\s+"
    r"(?:Inc|Corp|Co|Ltd|LLC|Plc|PLC|plc|Group|Corporation|Company|Holdings|Bank|AG|SA|NV)\b\.?)"
)
_LEAD = re.compile(r"(?:(?:[A-Z][\w.'’-]*|&)[ ]){1,3}$")


def _slug(s: str) -> str:
    from .speakers import _slug as slug

    return slug(s)


def _display(forms: Counter) -> str:
    """Organisation display name from the surface forms ("the SAICA Group")."""
    if len(forms) == 1:
        return _display_form(next(iter(forms)))
    return _display_form(min(forms.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0])


_THE = re.compile(r"^(?:the|The)\s+")
_BASED = re.compile(r"^[\w.-]+-based\s+")


@lru_cache(maxsize=1 << 14)
def _display_form(best: str) -> str:
    best = best.strip()
    if best[:3] in ("the", "The"):
        best = _THE.sub("", best)
    if "-based" in best:
        best = _BASED.sub("", best)
    best = best.strip(" ,'’")
    return (best.rstrip(".") if best.count(".") == 1 else best) or best


def _collect(q: pd.DataFrame) -> tuple[dict, list, list]:
    ids = q["speaker_id"].astype(str).tolist()
    names = q["speaker_name"].where(q["speaker_name"].notna(), "unknown").astype(str).tolist()
    types = q["speaker_type"].fillna("unknown").astype(str).tolist()
    spk = q["speaker"] if "speaker" in q else q["speaker_name"]
    ment = q["speaker_mention"] if "speaker_mention" in q else spk
    kinds = q["kind"].tolist() if "kind" in q else [None] * len(q)
    ev: dict[str, _Evidence] = defaultdict(_Evidence)
    for i, (sid, t, s, m, k) in enumerate(
        zip(ids, types, spk.tolist(), ment.tolist(), kinds, strict=True)
    ):
        e = ev[sid]
        e.kinds.add(k)
        e.rows.append(i)
        e.types[t] += 1
        if isinstance(s, str):
            e.forms[s] += 1
        if isinstance(m, str):
            e.mentions[m] += 1
    return ev, ids, names


def type_speakers(quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Re-type resolved speakers and repair their names: a new quotes frame.

    Needs ``speaker_id``, ``speaker_name`` and ``speaker_type`` (from
    :func:`analysis.resolve_speakers`, which calls this last); ``articles``
    (article_id, text) adds the evidence of the texts. One type per
    ``speaker_id``, one of :data:`SPEAKER_TYPES`; pronoun speakers become
    "unknown" (``speaker_name`` "unknown"); renamed or re-typed speakers get a
    new ``speaker_id`` (type prefix + slug, e.g. "org-apple"), merged with an
    existing speaker of the same type and name.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a", "a", "b"],
        ...                   "speaker": ["Apple Inc", "they", "Jane Doe"],
        ...                   "speaker_type": ["person", "group", "person"],
        ...                   "speaker_id": ["apple-inc", "group-they", "jane-doe"],
        ...                   "speaker_name": ["Apple Inc", "they", "Jane Doe"]})
        >>> type_speakers(q)[["speaker_name", "speaker_type", "speaker_id"]].values.tolist()
        [['Apple Inc', 'organization', 'org-apple-inc'], ['unknown', 'unknown', 'unknown'], \
['Jane Doe', 'person', 'jane-doe']]
    """
    need = {"speaker_id", "speaker_name", "speaker_type"}
    if quotes.empty or not need <= set(quotes.columns):
        return quotes.copy()
    q = quotes.reset_index(drop=True)
    first, places, org_names, titles = _lexicon()
    texts: dict[str, str] = {}
    if articles is not None and len(articles) and {"article_id", "text"} <= set(articles.columns):
        texts = {
            str(a): t
            for a, t in zip(articles["article_id"], articles["text"], strict=False)
            if isinstance(t, str)
        }
    arts = q["article_id"].astype(str).tolist() if "article_id" in q else ["0"] * len(q)
    starts = (
        pd.to_numeric(q["speaker_start"], errors="coerce").fillna(-1).astype(int).tolist()
        if "speaker_start" in q
        else [-1] * len(q)
    )
    ev, ids, names = _collect(q)
    final: dict[str, tuple[str, str]] = {}  # speaker_id -> (type, name)
    engine = {sid: e.types.most_common(1)[0][0] for sid, e in ev.items()}
    surnames = {  # of full-name people: "Clinton" alone is a person
        _f(n.split()[-1])
        for sid, e in ev.items()
        if engine[sid] == "person"
        and len((n := names[e.rows[0]]).split()) >= 2
        and _f(n.split()[0]) in first
    }
    for sid, e in ev.items():
        final[sid] = _decide(
            names[e.rows[0]],
            engine[sid],
            e,
            first,
            places,
            org_names,
            titles,
            texts,
            arts,
            surnames,
        )
    # rows: pronoun speakers, left-extended fragments, "the company said"
    row_type = [final[s][0] for s in ids]
    row_name = [final[s][1] for s in ids]
    _fix_fragments(
        row_type, row_name, ids, ev, final, texts, arts, starts, first, places, org_names, titles
    )
    _resolve_generic(row_type, row_name, names, arts, starts, texts)
    return _assign_ids(q, ids, names, row_type, row_name, quotes.index)


_NAMED_ENGINES = ("organization", "document")  # (extract_quotes types "Bloomberg" document)


def _decide(name, engine, e, first, places, org_names, titles, texts, arts, surnames):
    """(type, display name) of one corpus speaker; type "fragment" = not a name."""
    raw = _display(e.forms) if e.forms else ""
    if is_pronoun(name) and e.forms:
        name = raw if raw[:1].isupper() and not is_pronoun(raw) else name  # "US" in capitals,
        # lower-cased by resolve_speakers
    if name == "unknown" or is_pronoun(name) or not _has_letter(name):
        return "unknown", "unknown"
    _mention_evidence(e, titles, name)
    ment = _display(e.mentions) if e.mentions else ""
    for form in (raw, ment):
        if (
            "s" in form[-2:]  # (a cheap test first: "...'s" or "...'s\n")
            and _POSSESSIVE_NAME.match(form)
            and (form == raw or form[:-2] in (name, raw))  # not "Trump's" of Donald J. Trump
            and not e.title
            and _f(form.split()[0]) not in first
            and not any(_f(t) in titles for t in form[:-2].split())
        ):
            return "organization", form  # "Moody's said", "Standard and Poor's said"
    if len(raw) <= 12 and _INITIALS_AND.match(raw):
        return "organization", raw  # "S and P", "AT&T"
    shout = (raw.isupper() or ment.isupper()) and [
        f for f in (raw, ment) if f.isupper() and len(f.split()) <= 3 and len(f) >= 3
    ]
    if shout and not e.person and "turn" not in e.kinds and raw not in _MEDIA:
        arts_of = list(dict.fromkeys(arts[i] for i in e.rows[:40]))[:3]
        if any(f + ":" in texts.get(a, "") for a in arts_of for f in shout):
            return "fragment", name  # "MYTH:", "PROMISE KEPT:" in a fact sheet
    if not name[:1].isupper() and not name[:1].isdigit():
        best = raw if e.forms else name
        if not best[:1].isupper() or is_pronoun(best) or engine not in _NAMED_ENGINES:
            return _descriptor_type(name, engine), name
        name = best  # an organisation or outlet that resolve_speakers wrote in lower case
    if engine == "person" and e.forms:  # the person-name parser cut "Kestrel Mining Corp"
        t = _name_type(raw, first, places, org_names, titles) if raw != name else None
        if t in ("organization", "document", "group") and not is_pronoun(raw):
            return t, raw  # to "Corp"
    if engine == "person":
        toks, name = _repaired(name, first, org_names)
    else:
        toks = _name_tokens(name)
    if not toks or is_pronoun(name):
        return "unknown", "unknown"
    if len(toks) == 1 and name.isupper() and len(name) > 3 and not e.person:
        arts_of = list(dict.fromkeys(arts[i] for i in e.rows[:40]))[:4]
        low = sum(len(_occurrences(texts[a], name.lower(), 4)) for a in arts_of if a in texts)
        if low:
            return "fragment", name  # "MYTH:" of a fact sheet
    typ = _name_type(name, first, places, org_names, titles)
    if (
        typ == "organization"
        and name in places
        and " " not in name
        and e.title
        and e.person > e.org
    ):
        return "person", name  # "Rep. Jordan"
    if typ not in (None, "person"):
        return typ, name
    arts_of = list(dict.fromkeys(arts[i] for i in e.rows[:40]))[:4]
    own = [texts[a] for a in arts_of if a in texts]
    if typ is None and not e.person and own:
        plural = _the_plural_type(name, toks, own, first)
        if plural is not None:
            return plural, name  # "the Hollow Crowns said": a band; "the Roes": a family
        if len(toks) == 1 and any(_dateline_place(t) == name for t in own):
            return "organization", name  # "BRANDON, Man. — ... Brandon said": the city
    if e.org > e.person:
        return "organization", name
    if typ == "person" or e.person > 0:
        return "person", name
    p, o, mid, low, named = _text_evidence(name, own, first, titles)
    if o > p:
        return "organization", name
    if len(toks) == 1 and low > mid and not named and _f(name) not in first:
        return "fragment", name  # "Currently", "Well": a common word
    if p > 0 and (engine == "person" or p >= 2 * max(o, 1)):
        return "person", name
    if len(toks) == 1 and (_f(name) in first or _f(name) in surnames):
        return "person", name  # a corpus person's surname; a first name ("Thanks, Karine")
    if len(toks) == 1 and engine == "person" and any(a in texts for a in arts_of):
        return "weak", name  # a lone proper noun no text calls a person
    return engine, name


_PLURAL_LAST = re.compile(r"[A-Z][a-z]+[^su]s")


def _the_plural_type(name: str, toks: list[str], texts: list[str], first: dict) -> str | None:
    """The type of a capitalised plural name the article writes after "the" ("the
    Hollow Crowns", "the Roes"): a group (a family) when one word whose singular an
    article gives a person by a listed given name ("Ann Roe"); an organisation (a
    band, a troupe, a club) when two words or more, a group when those end in a
    noun for people ("the Founding Fathers"); None otherwise (a lone plural with
    no such person keeps the other evidence).

    >>> _the_plural_type("Hollow Crowns", ["Hollow", "Crowns"],
    ...                  ["The Hollow Crowns said the tour would go on."], {})
    'organization'
    >>> _the_plural_type("Roes", ["Roes"], ["Ann Roe farms. The Roes said so."], {"ann": "f"})
    'group'
    """
    if not _PLURAL_LAST.fullmatch(toks[-1]) or not all(t[:1].isupper() for t in toks):
        return None
    if not any(("the " + name) in t or ("The " + name) in t for t in texts):
        return None
    if len(toks) >= 2:
        low = toks[-1].lower()
        nouns = _person_nouns()
        if low in nouns or low[:-1] in nouns or (low[-2:] == "es" and low[:-2] in nouns):
            return "group"  # "the Founding Fathers": people, not a body
        return "organization"
    stems = {name[:-1], name[:-2]} if name.endswith("es") else {name[:-1]}
    for t in texts:
        for stem in stems:
            for m in re.finditer(r"([A-Z][a-z]+)[ \t]+" + re.escape(stem) + r"\b(?![-'’])", t):
                if m.group(1).lower() in first:
                    return "group"
    return None


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset:
    """Nouns for people, singular and plural, from the speaker nouns (those typed
    anonymous or group), the kin nouns and the job nouns in analysis/resources."""
    from .quotes.lexicon import _lines

    out = set()
    for line in _lines("speaker_nouns.txt"):
        noun, _, typ = line.partition("\t")
        if typ.strip() in ("anonymous", "group"):
            out.add(noun.strip().lower())
    for name in ("kin_nouns.txt", "job_nouns.txt", "generic_person_nouns.txt"):
        out.update(line.split("\t")[-1].strip().lower() for line in _lines(name))
    return frozenset(out)


@lru_cache(maxsize=64)
def _dateline_place(text: str) -> str | None:
    """The place of the dateline that opens the article's first or second line, in
    title case ("BRANDON, Man. — " -> "Brandon"), else None.

    >>> _dateline_place("Rink wins\\n\\nBRANDON, Man. — The rink won.")
    'Brandon'
    """
    head = text[:400]
    if "—" not in head and "–" not in head and "-" not in head:
        return None
    for start in (0, head.find("\n") + 1):
        while start < len(head) and head[start] in "\n \t":
            start += 1
        m = DATELINE_RE.match(head, start)
        if m is not None:
            return " ".join(w.capitalize() for w in m.group("place").split())
        if start == 0 and "\n" not in head:
            break
    return None


_ARTICLE_TYPE = {"fragment": "unknown", "weak": "organization"}


def article_speaker_types(quotes: pd.DataFrame, texts: dict) -> list:
    """The ``speaker_type`` of each row of an ``extract_quotes`` frame decided, as
    :func:`type_speakers` decides it, from the evidence of the row's own article:
    the name (organisation words, camel-case brands, media titles, a listed given
    name), the mentions resolved to the speaker ("he"/"she", a title, "it") and
    ``texts`` (article_id -> text: a given name before the name, "X ... its", "X.
    The company", "X Inc"). Only speakers the extractor typed organization, or
    person when capitalised, are decided again (one type per speaker and article:
    "the report" is a document, "Bloomberg" an outlet, also a document); a lone
    proper noun no evidence calls a person is an organisation, a capitalised common
    word ("MYTH:" of a fact sheet) "unknown"; speaker turns keep their type.

    Example:
        >>> t = "Apexa announced it will build a plant, the mayor said. Ana Ruiz said she agreed."
        >>> q = pd.DataFrame({"article_id": "a", "speaker": ["Apexa", "mayor", "Ana Ruiz"],
        ...                   "speaker_mention": ["Apexa", "the mayor", "Ana Ruiz"],
        ...                   "speaker_type": ["person", "anonymous", "person"],
        ...                   "kind": "indirect"})
        >>> article_speaker_types(q, {"a": t})
        ['organization', 'anonymous', 'person']
    """
    types = quotes["speaker_type"].where(quotes["speaker_type"].notna(), "unknown").tolist()
    if not len(quotes) or not {"article_id", "speaker"} <= set(quotes.columns):
        return types
    first, places, org_names, titles = _lexicon()
    arts = quotes["article_id"].astype(str).tolist()
    spk = quotes["speaker"].tolist()
    ment = quotes["speaker_mention"].tolist() if "speaker_mention" in quotes else spk
    kinds = quotes["kind"].tolist() if "kind" in quotes else [None] * len(quotes)
    groups: dict[tuple, list[int]] = {}  # (article, speaker, turn) -> its rows
    for i, key in enumerate(zip(arts, spk, [k == "turn" for k in kinds], strict=True)):
        rows = groups.get(key)
        if rows is None:
            groups[key] = [i]
        else:
            rows.append(i)
    todo = []  # (article, speaker, rows, engine type) of the speakers to decide
    cues = quotes["cue"].tolist() if "cue" in quotes else [None] * len(quotes)
    surnames: dict[str, set] = defaultdict(set)  # of the article's full-name people
    for (a, s, turn), rows in groups.items():
        if turn or not isinstance(s, str) or not s[:1].isalnum():
            continue  # (speaker turns keep their type)
        t = types[rows[0]]
        if len(rows) > 1 and any(types[i] != t for i in rows):
            t = Counter(types[i] for i in rows).most_common(1)[0][0]
        if t == "group" and len(s) <= 12 and _INITIALS_AND.match(s):
            t = "organization"  # "S and P" is no pair of people: a firm's initials
        if t == "organization" or (t == "person" and s[:1].isupper()):
            todo.append((a, s, rows, t))  # (an organisation also in lower case: "the report"
        if t == "person" and " " in s and _f(s.split()[0]) in first:  # is a document)
            surnames[a].add(_f(s.split()[-1]))
    out = list(types)
    for a, s, rows, engine in todo:
        e = _article_evidence(s, rows, ment, kinds)
        text = texts.get(a)
        own = {a: text} if isinstance(text, str) else {}
        typ = _decide(s, engine, e, first, places, org_names, titles, own, arts, surnames[a])[0]
        if typ == "weak" and _talks(cues, e.rows):
            typ = "person"  # "Okafor said": a lone name with no org evidence talks
        typ = _ARTICLE_TYPE.get(typ, typ)
        if engine == "organization" and typ == "person" and not e.person:
            typ = engine  # "Morgan Stanley Capital Markets": a given name is no evidence here
        for i in rows:
            out[i] = typ
    return out


def _article_evidence(s: str, rows: list[int], ment, kinds) -> _Evidence:
    """The :class:`_Evidence` of the speaker ``s`` from its rows of one article (what
    :func:`_decide` reads: rows, kinds, forms and mentions, as plain dicts)."""
    e = _Evidence.__new__(_Evidence)
    e.person = e.title = e.org = 0
    e.rows = rows
    e.kinds = {kinds[i] for i in rows}
    e.types = None  # (the engine type is decided by the caller)
    e.forms = {s: len(rows)}
    mentions: dict[str, int] = {}
    for i in rows:
        m = ment[i]
        if isinstance(m, str):
            mentions[m] = mentions.get(m, 0) + 1
    e.mentions = mentions
    return e


@lru_cache(maxsize=1)
def _speech_cues() -> frozenset:
    """Cue words of a person talking (resources/person_speech_cues.txt)."""
    text = (resources.files("analysis") / "resources" / "person_speech_cues.txt").read_text(
        encoding="utf-8"
    )
    return frozenset(x.strip() for x in text.splitlines() if x.strip() and x[:1] != "#")


def _talks(cues: list, rows: list) -> bool:
    """Does a speaker whose rows are ``rows`` say, tell or add something in at least
    one of them (its cue's first word, "said", "told reporters"), not only "according
    to", "announced" or "reported"?

    >>> _talks(["said", "according to"], [1]), _talks(["told reporters"], [0])
    (False, True)
    """
    return any(
        isinstance(c := cues[i], str) and c.split()[:1] and c.split()[0].lower() in _speech_cues()
        for i in rows
    )


def _fix_fragments(
    row_type, row_name, ids, ev, final, texts, arts, starts, first, places, org_names, titles
):
    """A fragment speaker ("Properties" of "DAMAC Properties announced") takes the
    capitalised words before it when they make a name; otherwise it is unknown."""
    for sid, (typ, name) in final.items():
        if typ == "person" and " " not in name:
            _ampersand(ev[sid].rows, name, row_type, row_name, texts, arts, starts)
            continue
        if typ not in ("fragment", "weak") and not (
            typ == "organization" and _f(name) in _ORG_WORDS and " " not in name
        ):
            continue
        for i in ev[sid].rows:
            if typ != "organization":
                row_type[i], row_name[i] = (
                    ("unknown", "unknown")
                    if typ == "fragment"
                    else (
                        "organization",
                        name,
                    )
                )
            text, s = texts.get(arts[i]), starts[i]
            if text is None or s <= 0:
                continue
            lead = _LEAD.search(text[max(0, s - 60) : s])
            if not lead:
                continue
            cand = re.sub(r"^(?:The|A|An)\s+|^.*-based\s+", "", lead.group(0) + name)
            t = _name_type(cand, first, places, org_names, titles)
            if t in ("organization", "document", "group", "person") and cand != name:
                row_type[i], row_name[i] = t, cand


def _ampersand(rows, name, row_type, row_name, texts, arts, starts):
    """ "Johnson" of "Johnson & Johnson announced": the firm, not a person."""
    for i in rows:
        text, s = texts.get(arts[i]), starts[i]
        if text is None or s <= 0:
            continue
        lead = _AMP.search(text[max(0, s - 40) : s])
        if lead:
            row_type[i], row_name[i] = "organization", lead.group(0) + name


_AMP = re.compile(r"(?:[A-Z][\w.'’-]*\s+)+&\s+$")


def _resolve_generic(row_type, row_name, names, arts, starts, texts):
    """ "The company said" -> the organisation named before it in the article."""
    by_art: dict[str, list[int]] = defaultdict(list)
    generic = []
    for i, (t, n) in enumerate(zip(row_type, row_name, strict=True)):
        if t == "organization":
            if n[:1].isupper() or n[:1].isdigit():
                by_art[arts[i]].append(i)
            elif n.split()[-1:] and n.split()[-1] in _GENERIC_ORG:
                generic.append(i)
    for i in generic:
        a, s = arts[i], starts[i]
        cands = [j for j in by_art.get(a, ()) if starts[j] < s or s < 0]
        named = {row_name[j] for j in by_art.get(a, ())}
        if cands:
            j = max(cands, key=lambda j: starts[j])
            row_name[i] = row_name[j]
        elif len(named) == 1:
            row_name[i] = next(iter(named))
        elif a in texts and s > 0:
            found = _ORG_BEFORE.findall(texts[a][max(0, s - 3000) : s])
            if found:
                row_name[i] = re.sub(r"^(?:The|A|An)\s+", "", found[-1].strip()).rstrip(".")


def _assign_ids(q, ids, names, row_type, row_name, index):
    old_types = q["speaker_type"].fillna("unknown").astype(str).tolist()
    keep: dict[tuple[str, str], str] = {}
    for sid, t, n, nt, nn in zip(ids, old_types, names, row_type, row_name, strict=True):
        if t == nt and n == nn:
            keep.setdefault((t, n), sid)
    new_ids = []
    for sid, t, n, nt, nn in zip(ids, old_types, names, row_type, row_name, strict=True):
        if t == nt and n == nn:
            new_ids.append(sid)
        elif nn == "unknown":
            new_ids.append("unknown")
        else:
            new_ids.append(keep.get((nt, nn)) or _PREFIX.get(nt, "") + _slug(nn))
    out = q.copy()
    out["speaker_type"] = np.array(row_type, dtype=object)
    out["speaker_name"] = np.array(row_name, dtype=object)
    out["speaker_id"] = np.array(new_ids, dtype=object)
    out.index = index
    return out
