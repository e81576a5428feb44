"""Reporting cues: the ``Quote`` row type, the cue scanners (lexicon verbs and "according
to", ``_cue_matches``), ``Cue`` and the cues of a sentence (``_cue_in_sentence``), with
the listener after a cue.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from .blocks import MASK
from .lexicon import _lines, _trie_regex, load_titles
from .phrases import _tok_start, _window_tokens

# a day or a date after "on": "on" is a preposition of time there, no particle of the
# verb ('"...," the coach resigned on Friday'; "fumed on the Senate floor" keeps it)
_ON_TIME = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b|\d"
)


# the subject after a quotation framed by an unlisted verb: a name, he/she/they, or "the"
# or a possessive and a noun ('"...!" his wife called from the back of the store')
_TAIL_FRAME_RE = re.compile(
    r"[ \t]*[,!?]?[ \t]*(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?(?:[A-Z][\w'’\-]*[ \t]+){0,3}"
    r"[A-Z][\w'’\-]*|he|she|they|(?:[Tt]he|his|her|their)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)[ \t]+"
    r"(?P<verb>[a-z]{3,}(?:ed|s)(?:[ \t]+(?:back|out|up|on(?![ \t]+" + _ON_TIME + r")))?)\b"
    r"[^\x01.!?]{0,60}[.!?]?"
)


_HEADLINE_RE = re.compile(
    r"[ \t]*(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?[A-Z][\w'’.\-]*(?:[ \t]+[A-Za-z][\w'’.\-]*){0,4}):[ \t]+"
)


_MAX_SPAN = 1200  # chars of context considered on each side of a cue


class Quote:
    __slots__ = (
        "start",
        "end",
        "kind",
        "cue",
        "cue_start",
        "cue_end",
        "mention",
        "m_start",
        "m_end",
        "speaker",
        "stype",
        "block_ids",
        "attribution",
        "statement",
    )

    def __init__(self, start, end, kind, cue, cue_start, cue_end, mention, m_start, m_end):
        self.start = start
        self.end = end
        self.kind = kind
        self.cue = cue
        self.cue_start = cue_start
        self.cue_end = cue_end
        self.mention = mention
        self.m_start = m_start
        self.m_end = m_end
        self.speaker = mention
        self.stype = "unknown"
        self.block_ids = ()
        self.attribution = "attributed"  # or "carried": no attribution of its own
        self.statement = -1  # index of the statement's first row (set by assembly)


def carried_quote(anchor, start, end, block_id):
    """A direct quote of block ``block_id`` (``start:end``) carried by ``anchor``'s cue and mention.

    The quotation has no attribution of its own; it borrows the cue and speaker mention
    of the statement it continues and is marked ``attribution="carried"``.

    >>> a = Quote(0, 4, "direct", "said", 5, 9, "Roe", 10, 13)
    >>> q = carried_quote(a, 20, 30, 2)
    >>> (q.start, q.end, q.cue, q.mention, q.block_ids, q.attribution)
    (20, 30, 'said', 'Roe', (2,), 'carried')
    """
    q = Quote(
        start,
        end,
        "direct",
        anchor.cue,
        anchor.cue_start,
        anchor.cue_end,
        anchor.mention,
        anchor.m_start,
        anchor.m_end,
    )
    q.block_ids = (block_id,)
    q.attribution = "carried"
    return q


def _strip_span(text, s, e, lead=" \t\n,:;—–-", trail=" \t\n,:;—–-"):
    while s < e and text[s] in lead:
        s += 1
    while e > s and text[e - 1] in trail:
        e -= 1
    return s, e


_MASK_RUN_RE = re.compile("\x01+")


_CUE_SCANNERS: dict = {}  # id(lexicon) -> (lexicon, after space, after other (2), anywhere)


_OTHER_CHAR = r"[^\w'’\- \x01]"  # a character a cue may follow, other than space and mask


_OTHER_ASCII = "".join(re.escape(chr(c)) for c in range(128) if re.fullmatch(_OTHER_CHAR, chr(c)))


_ACC_RE = re.compile(r"[Aa]ccording\s+to")


# letters by how often a word starts with them in news text (PolNeAR); any order gives
# the same matches, the others follow in alphabetical order
_FIRST_LETTER_ORDER = "tasoiwcpbrmdCeTnSRADBvuPIWOJyUEjVqYQ"


def _trie_by_first_letter(words):
    """``_trie_regex(words)`` with its first-level branches in _FIRST_LETTER_ORDER: the
    same pattern but for the order of branches that start with distinct characters,
    hence the same matches (tested: in alphabetical order it is _trie_regex's)."""
    firsts = sorted({w[0] for w in words})
    rank = {c: i for i, c in enumerate(_FIRST_LETTER_ORDER)}
    firsts.sort(key=lambda c: rank.get(c, len(rank)))  # stable: the rest stay sorted
    return _trie_in_order(words, firsts)


def _trie_in_order(words, firsts):
    alts = []
    for c in firsts:
        piece = r"\s+" if c == " " else re.escape(c)
        alts.append(piece + _trie_regex([w[1:] for w in words if w[0] == c]))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _cue_scanners(lex):
    """Regexes equivalent to ``lex.cue_re`` split by the character before the cue, so
    that ``re`` only tries the cue trie where a cue may start: after a space (a literal
    first character: a fast scan), after any other character that is no word
    character, space or mask (one character class; a second form for ASCII texts), and
    a plain anchored form
    for the start of the text and the end of a mask run (the cue is its group ``c``)."""
    got = _CUE_SCANNERS.get(id(lex))
    if got is not None and got[0] is lex:
        return got[1:]
    body = r"(?:(?P<acc>[Aa]ccording\s+to)|(?P<verb>" + _trie_regex(sorted(lex.verb_lemma)) + "))"
    tail = r"(?![\w'’\-])"
    # the scans: no groups (the cue is the match without its first character, and it
    # is "according to" when that branch matches it whole: it is tried first), and the
    # trie's first-level branches, which start with distinct letters, in the order of
    # how often a word starts with the letter (fewer failed branches per try)
    fast = r"(?:[Aa]ccording\s+to|" + _trie_by_first_letter(sorted(lex.verb_lemma)) + ")"
    after_space = re.compile(" " + fast + tail)
    # after another character: ``_OTHER_CHAR`` is slow to test in
    # ``re`` (a Unicode category); written as its ASCII members listed (a plain
    # table) plus any non-ASCII character that the look-behind then checks is neither a
    # word character nor ’ -- the same characters (tested over all code points); and
    # for an ASCII text the ASCII members alone
    after_other = re.compile("[" + _OTHER_ASCII + r"\x80-\U0010ffff](?<![\w’])" + fast + tail)
    after_other_ascii = re.compile("[" + _OTHER_ASCII + "]" + fast + tail)
    anchored = re.compile(r"(?P<c>" + body + ")" + tail)
    _CUE_SCANNERS.clear()
    _CUE_SCANNERS[id(lex)] = (lex, after_space, after_other, after_other_ascii, anchored)
    return after_space, after_other, after_other_ascii, anchored


def _cue_matches(lex, masked, run_ends=None):
    r"""``[(m.start(), m.end(), m.group(), m.group("acc") is not None) for m in
    lex.cue_re.finditer(masked)]``: a cue starts at the text start or after a
    character that is no word character (``(?<![\w'’\-])``), so the matches are those
    after a space, those after another such character other than the mask, and those
    right after a mask run (``run_ends``: the ends of the mask runs, found here when
    None) or at 0 -- three disjoint sets of starts, merged in text order."""
    after_space, after_other, after_other_ascii, anchored = _cue_scanners(lex)
    out = []
    # (a cue is "according to" only when it starts with "a"/"A": the regex rarely runs)
    for m in after_space.finditer(masked):
        c = m.group()[1:]
        if c == "estimated" and masked.endswith(_DETERMINER_ENDS, 0, m.start()):
            continue  # "caused an estimated $2 million in damage": an adjective
        if c[:5] == "point" and masked.startswith(" of", m.end()):
            continue  # "who sit 14 points out of a playoff spot": a distance, no cue
        if c in ("began", "begins") and not _began_after_quotation(masked, m.start() + 1, m.end()):
            continue  # "work began", "began selling robots": no speech
        out.append((m.start() + 1, m.end(), c, c[0] in "Aa" and _ACC_RE.fullmatch(c) is not None))
    if masked.isascii():
        after_other = after_other_ascii
    more = []
    for m in after_other.finditer(masked):
        c = m.group()[1:]
        more.append((m.start() + 1, m.end(), c, c[0] in "Aa" and _ACC_RE.fullmatch(c) is not None))
    if run_ends is None:
        run_ends = [m.end() for m in _MASK_RUN_RE.finditer(masked)]
    n = len(masked)
    for p in (0, *run_ends):
        if p < n and (p == 0 or masked[p - 1] == MASK):
            m = anchored.match(masked, p)
            if m is not None:
                more.append((p, m.end(), m.group(1), m.group(2) is not None))
    if more:
        out.extend(
            x
            for x in more
            if x[2] not in ("began", "begins") or _began_after_quotation(masked, x[0], x[1])
        )
        out.sort()
    return out


# "began" reports only the quotation right before it, one to three words between
# ('"A —" the premier began.'), with the sentence's end, a colon or a comma and the
# next quotation after it ('"Well," Lee began, "we tried."')
_BEGAN_BEFORE_RE = re.compile(r"\x01[,.!?—–-]*[ \t]+(?:[\w.'’-]+[ \t]+){1,3}\Z")
_BEGAN_AFTER_RE = re.compile(
    r"[ \t]*(?:[.:!?]|,[ \t]*(?:\x01|(?:before|after|as|while|then)\b))"
    r"|[ \t]+(?:at|in|on|during|before|after)\b"
)  # ('"A," he began, before the players cheered'; '"B," Lee began at the podium')


def _began_after_quotation(masked, s, e):
    """Is the cue "began" at masked[s:e] a verb of speech after a quotation?

    >>> t = "\x01\x01 the premier began. Work began in May."
    >>> _began_after_quotation(t, 15, 20), _began_after_quotation(t, 27, 32)
    (True, False)
    >>> t = "\x01\x01, he began, before the crowd cheered."
    >>> _began_after_quotation(t, t.index("began"), t.index(", before"))
    True
    """
    return (
        _BEGAN_BEFORE_RE.search(masked, max(0, s - 60), s) is not None
        and _BEGAN_AFTER_RE.match(masked, e) is not None
    )


# a determiner right before a cue ("an estimated 200 people")
_DETERMINER_ENDS = (" an", " the", " An", " The", "\nAn", "\nThe")


_FORMS: dict = {}  # cue as written -> lower-case form with single spaces
_CUE_SPACES_RE = re.compile(r"\s+")


# a social-media site or a poster's own page ("posted on X that", "wrote to
# Facebook that", "posted on her Instagram account that")
_PLATFORM = (
    r"(?:(?:Twitter|Facebook|Instagram|TikTok|Threads|Bluesky|LinkedIn|YouTube|Reddit|"
    r"Truth\s+Social|X|social\s+media)\b"
    r"|(?:his|her|their|its)\s+(?:[\w'’\-]+\s+){0,2}?(?:account|page|feed|blog|website|"
    r"channel|profile)\b)"
)


# the readers a written statement is sent to ("said in a notice to harvesters, and B")
_AUDIENCES = (
    r"clients|investors|members|staff|employees|supporters|parents|residents|customers"
    r"|harvesters|fishers|farmers|students|families|subscribers|shareholders|users|patients"
)


# the adverbials skipped after a cue, any number of them ("told reporters on Monday")
_POST_SKIP_ITEMS = (
    r"\s*,\s*in\s+part(?=\s*[,:]?\s*\x01)|"  # 'It reads, in part, "..."': a quotation follows
    r"\s*(?:,\s*)?(?:just\s+)?(?:(?:earlier|later)\s+(?:this|last|that)\s+|(?:(?:late|early)\s+)?(?:on|last|this)\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night)\b"
    r"|\s*(?:for|over)\s+(?:weeks|months|years|days|decades|ages|some\s+time|(?:the|a)\s+(?:past|last|few)\s+\w+(?:\s+\w+)?)\b"
    r"|\s*(?:shortly\s+|just\s+|soon\s+)?(?:after|before|around)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.?|noon|midnight)"
    r"|\s*(?:,\s*)?(?:in|on|during|at|via|through)\s+(?:an?|the|his|her|their|its)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:statement|interview|speech|tweet|post|email|e-mail|letter|press\s+release|release|"
    r"news\s+conference|press\s+conference|rally|radio\s+interview|television\s+interview|"
    r"op-ed|memo|note|telephone\s+interview|phone\s+interview|message|briefing|call|"
    r"legislature|hearing|meeting|inquest|courthouse|response|reply|notice|advisory|bulletin|"
    r"lawsuit|class\s+action|court\s+filing|filing|submission)\b"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?(?:[A-Z][\w.'’\-]*\s*)+"
    r"|\s+to\s+(?:questions|queries|inquiries)(?:\s+from\s+(?:the\s+)?[\w'’\-]+)?"
    r"|\s+for\s+(?:reporters|journalists|(?:the\s+)?(?:news\s+)?media)\b"  # "a briefing for reporters"
    r"|\s+with\s+(?:(?:the|local|national|foreign|international)\s+)?"
    r"(?:reporters|journalists|(?:news\s+)?media|press)\b"  # "an interview with local media"
    r"|\s+to\s+(?:[a-z][\w'’\-]*\s+)?(?:" + _AUDIENCES + r"|[a-z]{2,}[a-rt-z]s)"
    r"(?=\s*(?:,|that\b)|\s+(?:this|last)\s+(?:week|month|morning|afternoon|evening)\b(?!['’]))"
    # ("to members,", "to slip holders that", "to airlines,", "to members this week,": the time
    # is the next item; any lower-case plural of a non-"s" stem reads as the readers)
    # (a lower-case recipient with a determiner before its comma: "said in a letter to
    # the provincial agriculture ministry, and B"; not before a relative clause: "to the
    # council, which meets Monday, that A" keeps its "that")
    r"|\s+to\s+(?:the|its|his|her|their)\s+(?:[a-z][\w'’\-]*\s+){0,3}[a-z][\w'’\-]*"
    r"(?=,(?!\s*(?:which|who|whose|where|when)\b))"
    # (a lower-case audience ending the sentence: "said in a notice to air carriers.")
    r"|\s+to\s+(?:(?:the|its|his|her|their)\s+)?(?:[a-z][\w'’\-]*\s+){0,2}[a-z][\w'’\-]*"
    r"(?=[.;](?:\s|\Z)|\s+on\s+[A-Z]))?"
    # "in a letter she sent to council that": the text's contact relative, up to "that"
    r"(?:\s+(?:he|she|they|we)\s+(?:sent|wrote|signed|filed|posted|released|issued|mailed)\b"
    r"[^,.;:\x01\n]{0,80}?(?=\s+that\b))?"
    # "in a proposed class action filed in Manitoba's Court of King's Bench." (ending the sentence)
    r"(?:\s+filed\s+(?:in|with|at)\s+[^,.;:\x01\n]{1,60}?(?=[.;](?:\s|\Z)|\s+that\b))?"
    r"(?:\s+(?:posted|published|shared)\s+(?:on|to)\s+(?:"
    + _PLATFORM
    + r"|the\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:website|site|page|account|feed)\b))?"  # "in a statement posted on X"
    r"|\s*(?:,\s*)?on\s+(?:Twitter|Facebook|Fox\s+News|CNN|MSNBC|Instagram)"
    r"|\s*(?:,\s*)?(?:on|to)\s+" + _PLATFORM + r"|\s*(?:,\s*)?online\b"
    r"|\s*(?:,\s*)?(?:by|over\s+the)\s+(?:tele)?phone\b|\s*(?:,\s*)?by\s+(?:e-?mail|text)\b"
    r"|\s*(?:,\s*)?(?:also|again|later|then|previously|recently|afterwards?)\b"
    r"|\s*,\s*(?:however|though|moreover|meanwhile|instead)(?=\s*,\s*that\b)"  # "said, however, that"
    # "said, pausing, that" / "said, after a pause, that": a manner between commas
    r"|\s*,\s*(?:[a-z]{3,}ing|after\s+a\s+(?:long\s+|brief\s+|short\s+)?(?:pause|moment|silence))"
    r"(?=\s*,\s*that\b)"
    # "said, speaking in French, that"; "said, citing a report, that": a participle aside
    r"|\s*,\s*[a-z]{2,}ing\b[^,;:\x01\n\"“”]{1,60}?(?=\s*,\s*that\b)"
    r"|\s+(?:[a-z]{3,}ly|only|live)(?=\s*(?:,|:|that\b|\x01))"  # "said quietly that"
    r"|\s+live\s+on\s+(?:the\s+)?(?:air|television|TV|radio|camera|stage)\b"  # "said live on air"
    r"|\s+of\s+[^,;:\x01\n]{1,60},(?=\s*\x01)"  # 'said of the vote, "..."'
)


_POST_SKIP_TAIL = r"\s*(?:,|:|—|–)?\s*(?:that\b)?"


# the items are tried only where the next word (past white space and commas) can open
# one: a lower-case word other than a few short ones that open none ("that", "the",
# "he", ...), or a day name -- the same matches with fewer failed tries (tested in
# tests/test_quotes_speed.py against the plain repeat)
_POST_SKIP = re.compile(
    r"(?:(?=[\s,]*+(?!(?:th(?:at|e|ey)|s?he|a|an|to(?!\s+" + _PLATFORM + r")|it|who|his|her)\b)"
    r"[a-zMTWFS])(?:" + _POST_SKIP_ITEMS + "))*" + _POST_SKIP_TAIL
)


_LISTENERS = (
    r"(?:reporters|journalists|supporters|voters|listeners|viewers|audience|crowd|"
    r"crowds|lawmakers|members|students|people|interviewers|"
    r"newspaper|paper|magazine|station|network|radio|television|outlet|host|hosts|"
    r"correspondent|senators|delegates|donors|attendees|police|officers|investigators|"
    r"aides|advisers|advisors|friends|staff|staffers|colleagues|allies|judge|jury|jurors|court|"
    r"committee|panel|agents|detectives|prosecutors|workers|employees|followers|fans|"
    r"residents|parents|reporter|interviewer|congress|subcommittee|hearing|board|council|"
    r"analysts|investors|shareholders|councillors|councilors|legislators|teammates|pollsters|"
    r"conference|meeting|briefing|rally|inquest|legislature|room|gathering|assembly|forum|"
    r"session|chamber|tribunal|commission|hall|auditorium|gymnasium|congregation|ballroom|"
    r"banquet|luncheon|dinner|breakfast|theatre|theater|arena|classroom|courtroom|courtrooms|"
    r"visitors|guests|customers|clients|tourists|readers|patients|neighbours|neighbors|"
    r"planners|officials|organizers|organisers|regulators|trustees|commissioners|inspectors)\b"
)


@cache
def _role_listener_re():
    """A listener named by a determiner and a role noun ("the mayor", "his lawyer", "a
    senior official of the Red Cross"), the role nouns of titles.txt."""
    roles = sorted((r for r in load_titles()["role"] if r.isalpha()), key=len, reverse=True)
    return re.compile(
        r"\s*(?:the|a|an|his|her|their|its|our|my)\s+(?:[a-z][\w\-]*\s+){0,2}?"
        r"(?:" + "|".join(map(re.escape, roles)) + r")s?(?![\w'’\-])"
        r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’\-]*\s*){1,3})?\s*"
        r"(?![,:]?\s*\x01)"  # ('told the lawyer, "..."' keeps its listener as written)
    )


def _role_listener(masked, lo, hi):
    """The match of a role-noun listener right after a "tell" cue ("told the mayor"),
    else None.

    >>> _role_listener(" the mayor.", 0, 11).end()
    10
    >>> _role_listener(" the plan would fail.", 0, 21) is None
    True
    """
    return _role_listener_re().match(masked, lo, hi)


# a listener with an owner or an "of" complement: "the hospital's board", "the board of
# governors", "the city's finance committee", "the university's board of governors"
# a count of people after a listener's "of": "(told a crowd) of about 400 people", "of
# more than 2,000 supporters", "of several hundred parents"
_LISTENER_COUNT = (
    r"(?:(?:about|some|nearly|roughly|almost|over|around|more\s+than|at\s+least)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+|several\s+(?:hundred|thousand|dozen)|a\s+(?:few\s+)?(?:hundred|"
    r"thousand|dozen))\s+(?:[a-z][a-z\-]*\s+)?(?:people|[a-z]{3,}s)\b"
)


_OWNED_LISTENER_RE = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its|our)\s+(?:(?:[a-z][a-z\-]*\s+)?[a-z][a-z\-]*['’]s\s+)?"
    r"|(?:[a-z][a-z\-]*\s+)?[a-z][a-z\-]*['’]s\s+)"
    r"(?:[a-z][a-z\-]*\s+){0,2}"
    + _LISTENERS
    + r"(?:\s+of\s+(?:[a-z]{3,}s\b|"
    + _LISTENER_COUNT
    + r"))?"
)  # (or an owner without a determiner: "told council's executive committee", "told city
# council's community services committee": an owner and a modifier of up to two words)


def _owned_listener_end(masked, lo, hi):
    """End of a listener right after a "tell" cue at ``lo`` that has an owner or an
    "of" complement and ends its clause ("told the university's board of governors."),
    else ``lo``.

    >>> s = " the university's board of governors."
    >>> _owned_listener_end(s, 0, len(s)) == len(s) - 1
    True
    >>> _owned_listener_end(" the board would fail.", 0, 22)
    0
    >>> s = " the city's executive committee on Wednesday."
    >>> _owned_listener_end(s, 0, len(s)) == s.index(" on")
    True
    """
    mo = _OWNED_LISTENER_RE.match(masked, lo, hi)
    if mo is None:
        return lo
    rest = masked[_listener_adverbials_end(masked, mo.end(), hi) : hi].lstrip()
    if rest[:1] in (".", ",", ";", ":", "\x01", "") or rest.startswith("that "):
        return mo.end()
    return lo


# a proceeding as the listener of "told", with the day or sitting of it and what it looks
# into: "told the opening day of an inquest into the fire", "told the inquiry into the
# crash on Monday", "told a hearing of the committee."
_OCCASION_LISTENER_RE = re.compile(
    r"\s*(?:(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w\-]*\s+){0,2}?"
    r"(?:day|days|session|sitting|week|morning|afternoon|phase|round|hearing)\s+of\s+)?"
    r"(?:the|a|an|its|his|her|their)\s+(?:[A-Za-z][\w\-]*\s+){0,2}?"
    r"(?:inquest|inquiry|hearing|trial|tribunal|commission|committee|meeting|conference|"
    r"court|panel|session|sitting)\b"
    r"(?:\s+(?:into|on|about|over|of)\s+(?:the|a|an|his|her|their|its)\s+"
    r"(?:[\w'’\-]+\s+){0,5}?[\w'’\-]+"
    r"(?=\s*(?:[.,;]|\Z|that\s|(?:on|last|this|late|early)\s)))?"
)


def _occasion_listener_end(masked, lo, hi):
    """End of a proceeding named as the listener right after a "tell" cue at ``lo``
    (``_OCCASION_LISTENER_RE``), else ``lo``.

    >>> s = " the opening day of an inquest into the fire on Monday."
    >>> s[_occasion_listener_end(s, 0, len(s)) :]
    ' on Monday.'
    >>> _occasion_listener_end(" the plan would fail.", 0, 21)
    0
    """
    mo = _OCCASION_LISTENER_RE.match(masked, lo, hi)
    return lo if mo is None else mo.end()


# words that open or hold a clause, never a word of a bare listener ("told her they
# were tired": "her" is the listener, "they were tired" the content)
_NOT_CLAUSE_WORD = (
    r"(?!(?:the|a|an|this|that|these|those|he|she|they|we|it|i|you|is|are|was|were|will"
    r"|would|had|has|have|could|should|can|may|might|must|did|does|do|not|be|been)\b)"
)


# a clause with no "that" right after the listener: a subject (a pronoun, or a
# determiner and one to three words) and an auxiliary or a copula ("(told the township)
# the water was safe", "(told the township) it would pay")
_BARE_CLAUSE_NEXT = (
    r"[ \t]+(?:(?:it|he|she|they|we)|(?:the|a|an|this|these|those|its|their|his|her|our)"
    r"(?:[ \t]+"
    + _NOT_CLAUSE_WORD
    + r"[a-z][\w'’\-]*){1,3}?)[ \t]+(?:is|are|was|were|will|would|had|has|have|could"
    r"|should|can|may|might|must|did|does|do)[ \t]"
)


# any lower-case noun phrase (a determiner, up to two modifiers, a head) as the whole
# object of a "tell" cue up to "that" ("(told) the township that B") or, in a frame set
# off after its content, up to the clause's end, perhaps past one adjunct led by a
# preposition ("A, the station told the regulator in the filing, adding that B"): a
# listener, since "tell" takes its content after its listener, never as its object
# (unless a word of it is a thing told, ``resources/told_things.txt``: "told a joke")
_BARE_LISTENER_RE = re.compile(
    r"[ \t]*(?:the|a|an|his|her|their|its|our)((?:[ \t]+"
    + _NOT_CLAUSE_WORD
    + r"[a-z][a-z'’\-]*){1,3})"
    r"(?=[ \t]+that[ \t]|" + _BARE_CLAUSE_NEXT + "|(?P<end>(?:[ \t]+(?:in|on|at|during|with|via|by|"
    r"through|over)[ \t]+[^,.;:\x01\n]{1,60}?)?[ \t]*(?:[.;]|,(?![ \t]*\x01)|\Z)))"
)


_TOLD_THINGS = frozenset(_lines("told_things.txt"))


def told_thing_in(text):
    """Does ``text`` (the words right after a "tell" cue) hold a thing told
    (resources/told_things.txt), so that it is no listener?

    >>> told_thing_in(" the story the mayor"), told_thing_in(" the township council")
    (True, False)
    """
    return not _TOLD_THINGS.isdisjoint(text.lower().split())


# the "tell" verbs whose object is a listener
_BARE_LISTENER_LEMMAS = frozenset(("tell", "inform", "assure", "warn", "remind"))


def bare_listener_end(masked, lo, hi, lemma, after_content):
    """End of a lower-case noun phrase that is the whole object of a "tell" cue (of
    ``lemma``) at ``lo`` up to "that" or a clause without "that" (``_BARE_CLAUSE_NEXT``)
    or, when the frame follows its content (``after_content``), up to its clause's end
    (``_BARE_LISTENER_RE``), else ``lo``.

    >>> s = " the regulator in the filing, adding that it had met every condition."
    >>> s[bare_listener_end(s, 0, len(s), "tell", True) :][:15]
    ' in the filing,'
    >>> bare_listener_end(s, 0, len(s), "tell", False)
    0
    >>> bare_listener_end(" the regulator the plan would fail.", 0, 35, "tell", True)
    14
    >>> bare_listener_end(" the story of the flood.", 0, 24, "tell", False)
    0
    """
    if lemma not in _BARE_LISTENER_LEMMAS or masked[lo : lo + 5].strip()[:1] not in "tahio":
        return lo
    mo = _BARE_LISTENER_RE.match(masked, lo, hi)
    if mo is None or (mo.group("end") is not None and not after_content):
        return lo
    if not _TOLD_THINGS.isdisjoint(mo.group(1).split()):
        return lo  # "told a joke", "told a different tale"
    return mo.end()


def listener_end(masked, lo, hi, lemma, after_content):
    """End of the listener right after a "tell" cue (of ``lemma``) at ``lo``: one with
    an owner or an "of" complement, a proceeding or a bare lower-case noun phrase
    (:func:`_owned_listener_end`, :func:`_occasion_listener_end`,
    :func:`bare_listener_end`), else ``lo``.

    >>> s = " the city's executive committee on Wednesday."
    >>> s[listener_end(s, 0, len(s), "tell", False) :]
    ' on Wednesday.'
    """
    return max(
        _owned_listener_end(masked, lo, hi),
        _occasion_listener_end(masked, lo, hi),
        bare_listener_end(masked, lo, hi, lemma, after_content),
    )


_POST_SKIP_TAIL_END_RE = re.compile(r"(?<![\s,:—–])" + _POST_SKIP_TAIL + r"\Z")


def _listener_adverbials_end(masked, pos, hi):
    """End of the time and medium adverbials of ``_POST_SKIP`` right after a listener
    at ``pos`` ("... committee on Wednesday."), without their tail ("that", a comma):
    ``pos`` when there are none."""
    mo = _POST_SKIP.match(masked, pos, hi)
    if mo is None or mo.end() == pos:
        return pos
    end = mo.end()
    tail = _POST_SKIP_TAIL_END_RE.search(masked, max(pos, end - 12), end)
    return tail.start() if tail is not None else end


_COLON_HIT_RE = re.compile(r":(?=[ \t]*\x01)")


# "<summary> - Name:" / "<summary> - More from the report:" (a speaker after a dash; a
# hyphen inside a word is no dash: "- Ann Al-Rashid, parent:")
_DASH_COLON_RE = re.compile(
    r"(?<![^ \t\n])[-—–][ \t]*(?:More[ \t]+from[ \t]+)?"  # (or a list item's dash)
    r"(?P<np>[^\s:\x01\-—–](?:(?:[^:\x01\n\-—–!?]|(?<=\w)-(?=\w)){0,68}[^\s:\x01\-—–.!?])?)"
    r"[ \t]*:$"
)


_COLON_NP_RE = re.compile(
    r"(?P<np>(?:[A-Z][\w'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]*[a-z][\w'’\-]*)(?P<colon>[ \t]*:)$"
)


# --------------------------------------------------------------------------- verb frames


class Cue:
    """One reporting cue in its sentence: the cue span and form, the sentence bounds
    (``ss``..``se``, bounded around the cue), the token window around it and the
    indexes of the cue's first token (``k``) and of the token after it (``kend``)."""

    __slots__ = (
        "cs",
        "ce",
        "cue",
        "is_acc",
        "si",
        "ss",
        "se",
        "form",
        "lemma",
        "toks",
        "k",
        "kend",
        "prev_tok",
        "prev2",
    )
    # (declared: a class compiled by mypyc keeps only the attributes it declares)
    cs: int
    ce: int
    cue: str
    is_acc: bool
    si: int
    ss: int
    se: int
    form: str
    lemma: str | None
    toks: list
    k: int
    kend: int
    prev_tok: str
    prev2: str


def _cue_in_sentence(doc, cm, win_cache):
    """The Cue of cue match ``cm`` (start, end, text, is "according to"), or None when
    it lies outside any sentence or crosses the sentence end."""
    cs_, ce_, cue, is_acc = cm
    si = bisect.bisect_right(doc.sent_starts, cs_) - 1
    if si < 0:
        return None
    ss, se = doc.sents[si]
    if ce_ > se:
        return None
    c = Cue()
    c.cs, c.ce, c.cue, c.is_acc, c.si = cs_, ce_, cue, is_acc, si
    # bound the work per cue (run-on "sentences" in junk input stay linear)
    # (conditional expressions: max()/min() calls cost more, once per cue)
    c.ss = ss = ss if ss > cs_ - _MAX_SPAN else cs_ - _MAX_SPAN
    c.se = se = se if se < ce_ + _MAX_SPAN else ce_ + _MAX_SPAN
    form = _FORMS.get(cue)
    if form is None:
        form = _FORMS.setdefault(cue, _CUE_SPACES_RE.sub(" ", cue).lower())
    c.form = form
    c.lemma = doc.lex.verb_lemma.get(form)
    w_lo = ss if ss > cs_ - 250 else cs_ - 250
    w_hi = se if se < ce_ + 150 else ce_ + 150
    toks = win_cache.get((w_lo, w_hi))
    if toks is None:  # cues close together in a sentence share a window (read-only)
        # (cues come in text order, so a window is shared by consecutive cues only:
        # keep the last one, never every window of a long article in memory)
        win_cache.clear()
        toks = win_cache[w_lo, w_hi] = _window_tokens(doc.masked, w_lo, w_hi)
    c.toks = toks
    # index of cue token (token starts increase: first token starting at/after cs_)
    c.k = k = bisect.bisect_left(toks, cs_, key=_tok_start)
    c.kend = bisect.bisect_left(toks, ce_, lo=k, key=_tok_start)
    c.prev_tok = toks[k - 1][2].lower() if k > 0 else ""
    c.prev2 = toks[k - 2][2].lower() if k > 1 else ""
    return c


# what opens a noun phrase a past participle may modify ("the stated goal", "1,400
# written objections"); and the words after a participle that keep it a verb
_ATTRIBUTIVE_LEADS = frozenset("a an the its their his her our these those".split())
_PARTICIPLE_VERB_NEXT = frozenset(
    "that by to in on at for with from as and or but about of than this it".split()
)
_COUNT_TOKEN_RE = re.compile(r"\d[\d,.]*")


def attributive_participle(c):
    """Is the cue ``c`` a past participle used as an adjective: after a determiner or a
    count and right before a lower-case word ("more than 1,400 written objections", "the
    reported cases")? Such a cue has no speaker, and must not become the sentence's
    last speaker (the count would speak a later "but insisted that").

    >>> from types import SimpleNamespace as N
    >>> toks = [(0, 0, w) for w in "received 1,400 written objections , but".split()]
    >>> attributive_participle(N(form="written", toks=toks, k=2))
    True
    >>> toks = [(0, 0, w) for w in "Roe has written that it".split()]
    >>> attributive_participle(N(form="written", toks=toks, k=2))
    False
    """
    toks, k, form = c.toks, c.k, c.form
    if not form.endswith(("ed", "en")) or " " in form or k < 1 or k + 1 >= len(toks):
        return False
    prev, nxt = toks[k - 1][2], toks[k + 1][2]
    return (
        (prev.lower() in _ATTRIBUTIVE_LEADS or _COUNT_TOKEN_RE.fullmatch(prev) is not None)
        and nxt.isalpha()
        and nxt.islower()
        and nxt not in _PARTICIPLE_VERB_NEXT
    )


# conjunctions that join a past participle to an adjective before it ("legally sound but
# poorly explained"): a predicate adjective, not a report
_ADJ_PARTICIPLE_CONJ = frozenset(("but", "and", "yet", "or"))


def coordinated_participle(c):
    """Is the cue ``c`` a past participle after a manner adverb and a conjunction that
    joins it to a lower-case adjective, closing its clause ("the rule was legally sound but
    poorly explained.", "well meant and badly explained,")? Such a cue describes a thing
    and has no speaker.

    >>> from types import SimpleNamespace as N
    >>> toks = [(0, 0, w) for w in "was sound but poorly explained .".split()]
    >>> coordinated_participle(N(form="explained", toks=toks, k=4))
    True
    >>> toks = [(0, 0, w) for w in "Roe smiled and calmly explained that it".split()]
    >>> coordinated_participle(N(form="explained", toks=toks, k=4))
    False
    """
    toks, k, form = c.toks, c.k, c.form
    if not form.endswith(("ed", "en")) or " " in form or k < 3:
        return False
    adv, conj, adj = toks[k - 1][2], toks[k - 2][2], toks[k - 3][2]
    nxt = toks[k + 1][2] if k + 1 < len(toks) else "."
    return (
        adv.endswith("ly")
        and adv.isalpha()
        and adv.islower()
        and conj in _ADJ_PARTICIPLE_CONJ
        and adj.isalpha()
        and adj.islower()
        and not adj.endswith(("ed", "ly"))
        and nxt in (".", ",", ";")
    )
