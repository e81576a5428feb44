"""Reporting-verb frames: the cues of a text (lexicon verbs and "according to",
``_cue_matches``), the ``Quote`` record a frame yields, and the regexes that skip
objects and adverbials after a cue or find colon frames.
"""

from __future__ import annotations

import re

from .blocks import MASK
from .lexicon import _trie_regex

_THAT_RE = re.compile(r"\s*,?\s*that\b")

_THAT_SOON_RE = re.compile(r"(?:[^\s\x01.;:]+\s+){1,8}?that\s+")

_WORDS_RE = re.compile(r"\w+|\x01+")

_HAS_WORD_RE = re.compile(r"\w|\x01")

_HAS_W_RE = re.compile(r"\w")

_THAT_WORD_RE = re.compile(r"\bthat\b")

_TAIL_FRAME_RE = re.compile(
    r"[ \t]*[,!?]?[ \t]*(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?(?:[A-Z][\w'’\-]*[ \t]+){0,3}"
    r"[A-Z][\w'’\-]*|he|she|they|[Tt]he[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)[ \t]+"
    r"(?P<verb>[a-z]{3,}(?:ed|s)(?:[ \t]+(?:back|out|up|on))?)\b[^\x01.!?]{0,60}[.!?]?"
)

_HEADLINE_RE = re.compile(
    r"[ \t]*(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?[A-Z][\w'’.\-]*(?:[ \t]+[A-Za-z][\w'’.\-]*){0,4}):[ \t]+"
)

_SHORT_BLOCK_RE = re.compile(r"\s*\x01{2,40}(?![\x01])\s*(?:,\s*|that\s+)")

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
    for m in after_space.finditer(masked):
        c = m.group()[1:]
        out.append((m.start() + 1, m.end(), c, _ACC_RE.fullmatch(c) is not None))
    if masked.isascii():
        after_other = after_other_ascii
    more = []
    for m in after_other.finditer(masked):
        c = m.group()[1:]
        more.append((m.start() + 1, m.end(), c, _ACC_RE.fullmatch(c) is not None))
    if run_ends is None:
        run_ends = [m.end() for m in _MASK_RUN_RE.finditer(masked)]
    n = len(masked)
    for p in (0, *run_ends):
        if p < n and (p == 0 or masked[p - 1] == MASK):
            m = anchored.match(masked, p)
            if m is not None:
                more.append((p, m.end(), m.group(1), m.group(2) is not None))
    if more:
        out.extend(more)
        out.sort()
    return out


_FORMS: dict = {}  # cue as written -> lower-case form with single spaces

_POST_SKIP = re.compile(
    r"(?:\s*(?:,\s*)?(?:on\s+|last\s+|this\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|yesterday|tonight|week|month|year|morning|evening|night)\b"
    r"|\s*(?:for|over)\s+(?:weeks|months|years|days|decades|ages|some\s+time|(?:the|a)\s+(?:past|last|few)\s+\w+(?:\s+\w+)?)\b"
    r"|\s*(?:,\s*)?(?:in|on|during|at|via|through)\s+(?:an?|the|his|her|their|its)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:statement|interview|speech|tweet|post|email|e-mail|letter|press\s+release|"
    r"news\s+conference|press\s+conference|rally|radio\s+interview|television\s+interview|"
    r"op-ed|memo|telephone\s+interview|phone\s+interview|message|briefing|call)"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?(?:[A-Z][\w.'’\-]*\s*)+)?"
    r"|\s*(?:,\s*)?on\s+(?:Twitter|Facebook|Fox\s+News|CNN|MSNBC|Instagram)"
    r"|\s*(?:,\s*)?(?:also|again|later|then|previously|recently)\b)*"
    r"\s*(?:,|:|—|–)?\s*(?:that\b)?"
)

_OBJ_SKIP = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|some|several)\s+)?"
    r"(?:(?:[A-Z][\w.'’\-]*\s*){1,4}(?:reporters|audience|crowd|viewers|listeners)?"
    r"|(?:reporters|journalists|supporters|voters|listeners|viewers|audience|crowd|"
    r"crowds|lawmakers|members|students|me|us|him|her|them|people|interviewers|"
    r"newspaper|paper|magazine|station|network|radio|television|outlet|host|hosts|"
    r"correspondent|senators|delegates|donors|attendees)\b)\s*"
)

_COLON_HIT_RE = re.compile(r":(?=[ \t]*\x01)")

# "<summary> - Name:" / "<summary> - More from the report:" (a speaker after a dash)
_DASH_COLON_RE = re.compile(
    r"[ \t][-—–][ \t]*(?:More[ \t]+from[ \t]+)?"
    r"(?P<np>[^\s:\x01\-—–](?:[^:\x01\n\-—–!?]{0,48}[^\s:\x01\-—–.!?])?)[ \t]*:$"
)

_COLON_NP_RE = re.compile(
    r"(?P<np>(?:[A-Z][\w'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]*[a-z][\w'’\-]*)(?P<colon>[ \t]*:)$"
)
