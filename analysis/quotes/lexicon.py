"""Word lists of the quote engine: the reporting verbs, titles, speaker nouns,
organisation words and given names read from ``analysis/resources`` (``lexicon()``),
and the small closed word classes the rules test tokens against (determiners,
pronouns, adverbs that may stand between a subject and its verb, time words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = (resources.files("analysis") / "resources" / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


# the capital letters a name may start with, as the body of a regex class: ASCII, Latin-1
# ("Élise") and Latin Extended-A/B ("Łukasz", "Šárka", "Željko", "İlker", "Čestmír");
# built from ``str.isupper`` so that no letter of those blocks is forgotten
NAME_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
# the letters of those blocks, either case (a look-behind that a name starts a word)
NAME_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿĀ-ɏ"


# legal-form words that end a company's name ("Corp", "Ltd"), lower case without "."
COMPANY_SUFFIXES = frozenset(_lines("company_suffixes.txt"))


# provinces, states and countries by name (resources/provinces.txt, places.txt): "of
# Columbus, Ohio," sets off the state, and "the mayor of Moncton, New Brunswick," no name
LISTED_PLACES = frozenset(_lines("provinces.txt") + _lines("places.txt"))


@dataclass(frozen=True)
class Lexicon:
    verb_lemma: dict  # inflected form (lower, may be two words) -> lemma
    ambiguous: frozenset  # forms that need an explicit subject
    titles: frozenset  # lower-case title/honorific words without final "."
    nouns: dict  # lower-case head noun -> speaker type
    org_words: frozenset  # case-sensitive organisation name words
    place_words: frozenset  # case-sensitive words that end a place name ("City")
    place_names: frozenset  # whole place names ("New Jersey", "Ohio")
    gender: dict  # lower-case given name -> "m" | "f" | "" (either: unisex, unknown)
    cue_re: re.Pattern


def _trie_regex(words: list[str]) -> str:
    """A prefix-factored alternation (much faster in ``re`` than a flat one)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if ends else body

    return build(trie)


TITLE_SECTIONS = ("honorific", "role", "modifier", "descriptor")


@lru_cache(maxsize=1)
def load_titles() -> dict[str, frozenset]:
    """The one title list (``resources/titles.txt``) as ``{section: words}``: the
    lower-case words, without a final ".", of the sections honorific, role, modifier
    and descriptor (the file says what each means and who uses it).

    >>> t = load_titles()
    >>> "president" in t["role"], "mr" in t["honorific"], "russian" in t["descriptor"]
    (True, True, True)
    """
    out: dict[str, set] = {name: set() for name in TITLE_SECTIONS}
    section = None
    for line in _lines("titles.txt"):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section not in out:
                raise ValueError(f"resources/titles.txt: unknown section {line!r}")
            continue
        if section is None:
            raise ValueError(f"resources/titles.txt: words before the first section: {line!r}")
        out[section].update(w.lower().rstrip(".") for w in line.split())
    return {name: frozenset(words) for name, words in out.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load every quote lexicon once (cached).

    >>> lexicon().verb_lemma["said"]
    'say'
    """
    verb_lemma: dict[str, str] = {}
    ambiguous: set[str] = set()
    for line in _lines("reporting_verbs.txt"):
        head, _, forms = line.partition(":")
        lemma = head.strip()
        amb = lemma.endswith("!")
        lemma = lemma.rstrip("!")
        # multiword forms are written with spaces: "points out pointed out"
        words = forms.split()
        n = len(lemma.split())
        if n > 1:  # phrasal verb: forms come in pairs ("in the words of": fours)
            parts = [" ".join(words[i : i + n]) for i in range(0, len(words), n)]
        else:
            parts = words
        for form in parts:
            verb_lemma[form] = lemma
            if amb:
                ambiguous.add(form)
    titles = set().union(*load_titles().values())
    nouns = {}
    for line in _lines("speaker_nouns.txt"):
        noun, _, typ = line.partition("\t")
        nouns[noun.strip().lower()] = typ.strip()
    org_words = frozenset(w.strip() for w in _lines("org_names.txt"))
    places = _lines("place_words.txt")
    place_words = frozenset(w.strip() for w in places if not w.startswith("="))
    place_names = frozenset(w[1:].strip() for w in places if w.startswith("="))
    gender = {}
    for line in _lines("first_names.tsv"):
        name, _, g = line.partition("\t")
        g = g.strip()
        # any other value ("u": unisex or unknown) lists a given name that fits both
        # "he" and "she": "" (falsy, like an unlisted name's gender)
        gender[name.strip().lower()] = g if g in ("m", "f") else ""
    # title-case headline verbs ("Pence Announces ...", "Former Pollster Says ...")
    for form, lemma in list(verb_lemma.items()):
        if (
            " " not in form
            and form not in ambiguous
            and form.endswith(("s", "ed"))
            or form
            in (
                "said",
                "told",
                "wrote",
            )
        ):
            verb_lemma.setdefault(form[:1].upper() + form[1:], lemma)
        elif form.startswith(("in ", "per a ")):  # a sentence-opening phrase: "In the words of
            verb_lemma.setdefault(form[0].upper() + form[1:], lemma)  # Lee, ...", "Per a ..."
    alts = _trie_regex(sorted(verb_lemma))
    cue_re = re.compile(
        r"(?<![\w'’\-])(?:(?P<acc>[Aa]ccording\s+to)|(?P<verb>" + alts + r"))(?![\w'’\-])"
    )
    return Lexicon(
        verb_lemma=verb_lemma,
        ambiguous=frozenset(ambiguous),
        titles=frozenset(titles),
        nouns=nouns,
        org_words=org_words,
        place_words=place_words,
        place_names=place_names,
        gender=gender,
        cue_re=cue_re,
    )


@lru_cache(maxsize=1)
def gesture_verbs() -> frozenset:
    """Lower-case forms of verbs of a gesture that is no speech ("shrugged",
    "laughs"; ``resources/gesture_verbs.txt``).

    >>> "shrugs" in gesture_verbs(), "said" in gesture_verbs()
    (True, False)
    """
    return frozenset(w for line in _lines("gesture_verbs.txt") for w in line.split())


@lru_cache(maxsize=1)
def manner_participles() -> frozenset:
    """Participles of what a speaker did while speaking ("pointing", "wiping";
    ``resources/manner_participles.txt``).

    >>> "pointing" in manner_participles(), "baking" in manner_participles()
    (True, False)
    """
    return frozenset(w for line in _lines("manner_participles.txt") for w in line.split())


@lru_cache(maxsize=1)
def event_verbs() -> frozenset:
    """Lower-case forms of verbs of an event that is no speech ("resigned", "died";
    ``resources/event_verbs.txt``): no frame of a quotation before them.

    >>> "resigned" in event_verbs(), "boomed" in event_verbs()
    (True, False)
    """
    return frozenset(w for line in _lines("event_verbs.txt") for w in line.split())


@lru_cache(maxsize=1)
def focus_adverbs() -> frozenset:
    """Lower-case focus adverbs that may open a speaker phrase but are no part of it
    (``resources/focus_adverbs.txt``).

    >>> "even" in focus_adverbs()
    True
    """
    return frozenset(_lines("focus_adverbs.txt"))


@lru_cache(maxsize=1)
def colon_labels() -> frozenset:
    """Lower-case labels that stand before a colon but name no speaker
    (``resources/colon_labels.txt``).

    >>> "update" in colon_labels()
    True
    """
    return frozenset(_lines("colon_labels.txt"))


@lru_cache(maxsize=1)
def announcing_nouns() -> frozenset:
    """Head nouns of a possessed subject announcing a quotation after a dash ('Her
    message was short — "..."'; ``resources/announcing_nouns.txt``).

    >>> "verdict" in announcing_nouns()
    True
    """
    return frozenset(_lines("announcing_nouns.txt"))


@lru_cache(maxsize=1)
def comment_nouns() -> frozenset:
    """Head nouns of a writer's comment after reported content (", an admission that
    ...", ", a swipe at ..."; ``resources/comment_nouns.txt``).

    >>> "swipe" in comment_nouns()
    True
    """
    return frozenset(_lines("comment_nouns.txt"))


@lru_cache(maxsize=1)
def act_objects() -> dict[str, frozenset]:
    """Verb lemma -> head nouns of the objects that make the verb an act, not speech
    ("claimed a victory", "asked a question"; ``resources/act_objects.txt``); the
    set ``{"*"}`` stands for any object that opens with a determiner.

    >>> "victory" in act_objects()["claim"], act_objects()["boast"]
    (True, frozenset({'*'}))
    """
    out = {}
    for line in _lines("act_objects.txt"):
        lemma, _, nouns = line.partition(":")
        out[lemma.strip()] = frozenset(nouns.split())
    return out


# label words that also end a longer label ("Delegate Update:", "Just Leaked:"), never
# a speaker's name
_LABEL_HEADS = {
    "update", "updated", "updates", "exclusive", "leaked", "video", "videos", "photos",
    "correction", "corrections", "note", "opinion", "breaking",
}  # fmt: skip

# lower-case words that make the text before a colon a clause, not a name
_CLAUSE_WORDS = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    "no", "not", "more", "even", "seem", "seems",
}  # fmt: skip


def is_colon_label(name: str) -> bool:
    """Is the text before a colon a label ("BOOM", "Update", "Lee is out") rather
    than a speaker's name: a listed label, or words holding a clause word?

    >>> is_colon_label("Watch"), is_colon_label("Lee is out"), is_colon_label("Gromov")
    (True, True, False)
    >>> is_colon_label("DEAL IS DONE"), is_colon_label("PENCE")
    (True, False)
    >>> is_colon_label("Delegate Update"), is_colon_label("Just Leaked")
    (True, True)
    """
    words = name.split()
    if not words or name.strip().lower() in colon_labels():
        return True
    if len(words) > 1 and words[-1].lower() in _LABEL_HEADS:
        return True  # "Delegate Update", "Just Leaked", "Campaign Video"
    if name.isupper():  # a headline in capitals: "DEAL IS DONE: ..."
        words = [w.lower() for w in words]
    return any(w in _CLAUSE_WORDS for w in words)


_PRONOUNS = {"he": "m", "she": "f", "they": "p", "i": "s", "we": "p", "who": "?", "you": "s"}

_DETS = {
    "a",
    "an",
    "the",
    "some",
    "one",
    "two",
    "three",
    "several",
    "many",
    "other",
    "another",
    "his",
    "her",
    "their",
    "its",
    "our",
    "most",
    "few",
    "both",
    "all",
    "those",
    "these",
    "this",
    "that",
    "each",
    "any",
    "more",
}

_DETS -= {"this", "that"}

_NUMERIC = {
    "percent", "%", "half", "third", "thirds", "quarter", "majority", "majorities",
    "minority", "plurality", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "dozen", "dozens", "hundreds", "thousands", "most",
}  # fmt: skip

# spelled-out counts ("Eleven seasonal workers", "Twelve nurses"): before a plural noun
# they make a counted group, never a name or a subject with a verb in "-s"
SPELLED_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds dozen dozens thousands".split()
)

_ADJ = {
    "senior",
    "top",
    "former",
    "chief",
    "administration",
    "government",
    "campaign",
    "ministry",
    "foreign",
    "state",
    "federal",
    "local",
    "military",
    "defense",
    "intelligence",
    "white",
    "high-ranking",
    "ranking",
    "longtime",
    "close",
    "other",
    "key",
    "leading",
    "anonymous",
    "unnamed",
    "u.s.",
    "party",
    "police",
    "security",
    "health",
    "election",
    "public",
    "private",
    "independent",
    "outside",
    "legal",
    "economic",
    "political",
    "western",
    "european",
    "american",
    "russian",
    "chinese",
    "israeli",
    "iranian",
    "some",
    "many",
    "several",
    "certain",
    "both",
    "new",
    "recent",
    "latest",
    "national",
    "congressional",
    "republican",
    "democratic",
    "conservative",
    "liberal",
    "veteran",
    "retired",
    "current",
    "deputy",
    "assistant",
    "press",
    "house",
    "senate",
    "department",
    "agency",
    "court",
}

_SKIP_BEFORE_CUE = {
    "also",
    "has",
    "have",
    "had",
    "later",
    "then",
    "previously",
    "reportedly",
    "recently",
    "again",
    "once",
    "further",
    "separately",
    "similarly",
    "earlier",
    "repeatedly",
    "publicly",
    "privately",
    "often",
    "frequently",
    "flatly",
    "quickly",
    "explicitly",
    "simply",
    "first",
    "last",
    "still",
    "already",
    "subsequently",
    "finally",
    "initially",
    "originally",
    "famously",
    "bluntly",
    "angrily",
    "calmly",
    "proudly",
    "openly",
    "told",
    "himself",
    "herself",
    "themselves",
    "immediately",
    "sarcastically",
    "jokingly",
    "correctly",
    "falsely",
    "wrongly",
    "mistakenly",
    "always",
    "never",
    "just",
    "even",
    "ultimately",
    "specifically",
    "now",
    "frankly",
    "confidently",
    "emphatically",
}

# words ending in -ly that are no adverbs (or that must not be skipped before a cue)
_LY_NOT_ADVERB = {
    "family", "ally", "rally", "assembly", "supply", "bully", "reply", "apply", "italy",
    "july", "elderly", "likely", "unlikely", "daily", "weekly", "monthly", "quarterly",
    "yearly", "early", "holy", "lonely", "friendly", "ugly", "costly", "silly", "belly",
    "jelly", "anomaly", "monopoly", "homily", "lily", "holly", "fly", "comply", "rely",
    "imply", "multiply", "oily", "hourly", "nightly", "orderly", "kindly",
}  # fmt: skip


# skip words that, capitalised, end an organisation's name ("Prairie Water First says")
_NAME_END_SKIPS = frozenset({"First", "Now", "Again", "Always"})


def _skips_before_cue(w: str) -> bool:
    """May the token ``w`` (as written) stand between a speaker and the cue ("has",
    "also", any lower-case adverb in -ly: "Lee politely suggested"; not "Jolly")?

    >>> _skips_before_cue("gingerly"), _skips_before_cue("family"), _skips_before_cue("Jolly")
    (True, False, False)

    A capitalised word that often ends an organisation's name ("Water First", "Alberta
    Now") is a name word there, not the adverb:

    >>> _skips_before_cue("first"), _skips_before_cue("First")
    (True, False)
    """
    if w in _NAME_END_SKIPS:
        return False
    return w.lower() in _SKIP_BEFORE_CUE or (
        len(w) > 4 and w.endswith("ly") and w.isalpha() and w.islower() and w not in _LY_NOT_ADVERB
    )


_SKIP_BEFORE_CUE |= {
    "especially",
    "particularly",
    "widely",
    "since",
    "long",
    "consistently",
    "now",
    "privately",
    "only",  # "Ann Roe only said that A": the name speaks
    "herself",
    "however",
    "meanwhile",
    "nonetheless",
    "nevertheless",
    "though",
    "too",
    "instead",
    "therefore",
    "thus",
    "likewise",
    "indeed",
    "really",
    "actually",
    "routinely",
    "loudly",
    "quietly",
    "tersely",
    "cheerfully",
    "jokingly",
    "sharply",
    "directly",
    "sometimes",
    "usually",
    "generally",
    "occasionally",
}

_PREPS = {
    "for",
    "of",
    "with",
    "at",
    "from",
    "in",
    "to",
    "on",
    "across",
    "throughout",
    "close",
    "familiar",
    "who",
}

_TIME_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
    "week",
    "month",
    "year",
    "morning",
    "evening",
    "afternoon",
    "night",
    "earlier",
    "later",
    "recently",
}

_SENT_START_STOP_EXTRA = {
    "therefore", "thus", "moreover", "furthermore", "indeed", "nonetheless",
    "nevertheless", "additionally", "finally", "overall", "today", "yesterday", "again",
    "here", "those", "these", "walking", "speaking", "asked", "instead", "otherwise",
    "likewise", "similarly", "separately", "later", "earlier", "last", "next", "first",
    "second", "third", "hours", "minutes", "days", "weeks", "months", "years", "once",
    "during", "despite", "until", "unlike", "like", "although", "whether", "where",
    # prepositions that open a sentence before a name ("Given Sanders' success, ...")
    "given", "amid", "among", "without", "throughout", "regarding", "considering",
    # place prepositions that open a sentence before its subject ("Beside her, welder
    # Ann Roy said"; not "outside", "inside", "nearby": also adjectives, "Outside experts")
    "beside", "behind", "alongside", "beneath", "underneath",
    # participles opening a clause ("Having announced ..., Judge Lee proceeded",
    # "Continuing to explain, Carson said", "Breaking: ..."): never the speaker
    "having", "being", "continuing", "breaking", "addressing", "responding", "referring",
    "explaining", "describing", "discussing", "reacting", "appearing", "writing",
    "talking", "pointing", "citing", "following", "adding", "noting", "calling",
    "declining", "echoing", "acknowledging", "standing", "looking", "turning",
    "returning", "reflecting", "recalling", "campaigning", "arguing", "insisting",
    "defending", "praising", "criticizing", "attacking", "urging", "warning",
    # plural kin words before a pair of given names ("Siblings Ana and Luc Roe"; not
    # "brothers", "sisters": "Lehman Brothers", "Sisters of Mercy")
    "siblings", "twins", "cousins", "newlyweds",
}  # fmt: skip

_SENT_START_STOP = {
    "but",
    "and",
    "so",
    "yet",
    "still",
    "however",
    "meanwhile",
    "then",
    "now",
    "instead",
    "also",
    "or",
    "because",
    "although",
    "though",
    "while",
    "when",
    "after",
    "before",
    "if",
    "as",
    "since",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "to",
    "of",
    "the",
    "a",
    "an",
    "this",
    "that",
    "it",
    "there",
    "here",
    "what",
    "why",
    "how",
}

_SENT_START_STOP |= _SENT_START_STOP_EXTRA

# one-word place adverbials set off by a comma before a sentence's subject ("Nearby,
# welder Ann Roy, 40, said"; as adjectives they open a speaker: "Nearby residents")
PLACE_ADVERBS = frozenset(
    "nearby outside inside upstairs downstairs overhead outdoors indoors offstage".split()
)

_ING_FORMS_NEED_COMMA = True

_NEG = {
    "not",
    "n't",
    "never",
    "to",
    "will",
    "would",
    "could",
    "should",
    "might",
    "may",
    "can",
    "must",
    "shall",
    "cannot",
    "didn't",
    "doesn't",
    "don't",
    "won't",
    "wouldn't",
    "couldn't",
    "did",
    "does",
    "do",
    "refused",
    "declined",
    "let",
    "let's",
    "make",
    "made",
}

_CONJ = {"but", "and", "or", "then"}

_THAT = {"that"}

_NOT_PLURAL = ("ss", "us", "is", "ly", "ous", "ics", "ness", "was", "has", "does", "ways", "less")

_NOT_ROLE = {
    "was", "is", "were", "are", "has", "had", "have", "will", "would", "could", "should",
    "told", "said", "says", "and", "or", "but", "to", "in", "on", "at", "for", "of", "that",
    "with", "from", "by", "as", "about", "after", "before", "when", "if", "while", "did",
    "does", "do", "can", "may", "might", "must", "not", "also", "then", "than", "so",
}  # fmt: skip

_TIME_PREPS = {"on", "last", "this", "early", "late", "earlier", "later", "next", "that"}

_PROG_AUX = {"is", "are", "was", "were", "been", "be", "'s", "’s", "keeps", "kept"}

_PREP_PRONE = {
    "add", "ask", "tell", "write", "report", "respond", "reply", "testify", "warn", "urge",
    "post", "tweet", "announce", "declare", "confirm", "promise", "vow", "reveal", "inform",
    "complain", "joke", "boast", "conclude", "continue", "remark", "comment", "counter",
    "insist",
}  # fmt: skip

_CONTRACTION_RE = re.compile(r"['’](?:s|ve|d|ll|re)$")

_NOUNISH_FORMS = {
    "note", "notes", "reply", "replies", "claim", "claims", "tweet", "tweets", "comment",
    "comments", "report", "reports", "answer", "answers", "warning", "promise", "estimate",
    "statement", "reveal", "boast", "joke", "quip", "remark", "remarks", "counter",
    "pledge", "pledges", "caution", "promises", "vows", "demand", "demands", "recall",
    "recalls", "counters", "jokes",
}  # fmt: skip

_PASSIVE_AUX = {"was", "were", "been", "being", "is", "are", "be", "get", "got", "gets"}

_VERBISH_NEXT = {
    "was", "is", "were", "are", "has", "had", "have", "will", "would", "could", "should",
    "can", "might", "must", "did", "does", "do",
}  # fmt: skip

# irregular past forms that mark a predicate ("Holt rose to the defense of ..."),
# resources/past_verbs.txt
_IRREGULAR_PAST = frozenset(_lines("past_verbs.txt"))
# past forms left out of past_verbs.txt as often nouns or adjectives ("found", "set"):
# a verb only in a known clause position, resources/noun_like_past.txt
_NOUN_LIKE_PAST = frozenset(_lines("noun_like_past.txt"))
# subordinators that go on with a statement after "A, she said, unless B",
# resources/continuing_subordinators.txt
_CONTINUING_SUBORDINATORS = frozenset(_lines("continuing_subordinators.txt"))

_NEEDS_THAT = {
    "maintain", "reveal", "assure", "charge", "mention", "demand", "recommend", "inform",
    "call out", "lament", "advise",
}  # fmt: skip

_QUANT_SUBJ = {"several", "many", "some", "both", "most", "few", "others", "all"}

_TITLECASE_STOP = {
    "is", "are", "was", "the", "to", "and", "a", "an", "now", "for", "on", "in", "with",
    "says", "said", "will", "would", "not", "no", "be", "has", "have", "his", "her", "it",
}  # fmt: skip

_ADJUNCT_NOUNS = {
    "post", "interview", "statement", "letter", "speech", "tweet", "op-ed", "email",
    "release", "video", "ad", "memo", "message", "appearance", "conference", "briefing",
    "remarks", "past", "hearing", "debate", "rally", "filing", "report", "column", "essay",
    "voice", "tone", "whisper", "podcast", "broadcast", "meeting", "session", "call",
}  # fmt: skip

# units of a time adjunct ("Eight years ago, ...", "two weeks ago")
_TIME_UNITS = frozenset("years year months month weeks week days day hours decades".split())

# "two weeks ago", "a few years ago": the words before "ago" in a time adjunct
_AGO_WORDS = _TIME_UNITS | {
    "a", "an", "few", "several", "many", "some", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "couple", "of", "just", "only", "about",
    "second", "seconds", "minute", "minutes", "hour", "decade", "moments",
}  # fmt: skip

_LEAD_ADVERBIAL = {
    "in", "during", "after", "before", "at", "on", "with", "for", "since", "despite",
    "while", "when", "as", "asked", "speaking", "according", "following", "earlier",
    "later", "last", "under", "amid", "unlike", "like", "if", "although", "though",
    "having", "continuing", "responding", "referring", "reacting",
    "appearing", "writing", "talking", "citing", "echoing", "turning", "returning",
    "reflecting", "recalling", "campaigning", "standing", "looking",
}  # fmt: skip

_SUBORDINATORS = {"while", "when", "as", "if", "although", "though", "since", "unlike", "like"}

_OBJ_PREPS = {"at", "in", "on", "with", "from", "to", "during", "after", "before", "into"}

_FIRST_WORD_RE = re.compile(r"\W*(\w+)")

_NOT_CONTENT_START = {
    "to", "for", "from", "with", "about", "on", "in", "of", "into", "at", "by", "up",
    "out", "off", "over", "against", "through", "before", "after", "during", "back",
    "away", "down", "around", "across", "onto", "upon", "via", "as", "than",
    "questions", "question", "near", "outside", "inside", "behind", "beside", "while",
    "within",
}  # fmt: skip

_CONTENT_SKIP_AFTER = {"that", ":", ",", "—", "–", "-"}
