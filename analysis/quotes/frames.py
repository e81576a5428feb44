"""Reporting-verb frames: the cues of a text (lexicon verbs and "according to",
``_cue_matches``), the ``Quote`` record a frame yields, and the regexes that skip
objects and adverbials after a cue or find colon frames.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from operator import itemgetter

from .blocks import MASK
from .datelines import DATELINE_RE
from .lexicon import (
    _ADJUNCT_NOUNS,
    _CONJ,
    _CONTINUING_SUBORDINATORS,
    _CONTRACTION_RE,
    _DETS,
    _FIRST_WORD_RE,
    _IRREGULAR_PAST,
    _LEAD_ADVERBIAL,
    _NEEDS_THAT,
    _NEG,
    _NOT_CONTENT_START,
    _NOT_PLURAL,
    _NOT_ROLE,
    _NOUN_LIKE_PAST,
    _NOUNISH_FORMS,
    _NUMERIC,
    _OBJ_PREPS,
    _PASSIVE_AUX,
    _PREP_PRONE,
    _PROG_AUX,
    _PRONOUNS,
    _QUANT_SUBJ,
    _SKIP_BEFORE_CUE,
    _SUBORDINATORS,
    _TIME_WORDS,
    _VERBISH_NEXT,
    COMPANY_SUFFIXES,
    _lines,
    _skips_before_cue,
    _trie_regex,
    act_objects,
    comment_nouns,
    load_titles,
    manner_participles,
)
from .phrases import (
    _ABBR_BASED_RE,
    _DO_AUX,
    SPEAKER_PREPS,
    _apposition_speaker,
    _appositive_name_after,
    _bare_verb,
    _before_adjuncts,
    _described_name_after_quote,
    _is_adjunct_only,
    _is_cap,
    _leading_np,
    _left_np,
    _right_np,
    _sentence_subject,
    _skips_or_do,
    _tok_start,
    _window_tokens,
    _word_as_surname,
    clause_comma_rfind,
    data_source_nouns,
)

_THAT_RE = re.compile(r"\s*,?\s*that\b")

_THAT_SOON_RE = re.compile(r"(?:[^\s\x01.;:]+\s+){1,8}?that,?\s+")

_WORDS_RE = re.compile(r"\w+|\x01+")

# a comma that breaks a clause: none between digits ("$5,000")
_CLAUSE_COMMA_RE = re.compile(r"(?<!\d),|,(?!\d)")

_HAS_WORD_RE = re.compile(r"\w|\x01")

# three _WORDS_RE words (maximal runs) from where it is matched: it matches iff
# _WORDS_RE finds 3 or more from there
_THREE_WORDS_RE = re.compile(r"[^\w\x01]*+(?:(?:\w++|\x01++)[^\w\x01]*+){3}")

# four runs of word characters (the mask counts as a separator) from where it is
# matched: it matches iff _WORDS_RE finds 4 or more in the text with the mask blanked
_FOUR_W_WORDS_RE = re.compile(r"[^\w]*+(?:\w++[^\w]*+){4}")

_HAS_W_RE = re.compile(r"\w")

# matched at lo with endpos hi: is there a word character in lo..hi? (the same answer
# as _HAS_W_RE.search; mask runs, most of a quotation's span, skipped as literal runs,
# which ``re`` does several times faster than testing each character for \w)
_MASKED_HAS_W_RE = re.compile(r"(?:\x01++|[^\w\x01])*+\w")

_THAT_WORD_RE = re.compile(r"\bthat\b")
_TO_WORD_RE = re.compile(r"\bto\b")

# a day or a date after "on": "on" is a preposition of time there, no particle of the
# verb ('"...," the coach resigned on Friday'; "fumed on the Senate floor" keeps it)
_ON_TIME = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b|\d"
)
_TAIL_FRAME_RE = re.compile(
    r"[ \t]*[,!?]?[ \t]*(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?(?:[A-Z][\w'’\-]*[ \t]+){0,3}"
    r"[A-Z][\w'’\-]*|he|she|they|[Tt]he[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)[ \t]+"
    r"(?P<verb>[a-z]{3,}(?:ed|s)(?:[ \t]+(?:back|out|up|on(?![ \t]+" + _ON_TIME + r")))?)\b"
    r"[^\x01.!?]{0,60}[.!?]?"
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


# the passive of a verb of telling a listener ("workers had been told to", "were warned
# that"): inside a content it opens no frame of its own
_PASSIVE_LISTENER_FORMS = frozenset(("told", "warned", "informed", "advised", "assured"))
_PASSIVE_AUX_END_RE = re.compile(r"(?<![\w’'\-])(?:been|were|was|are|is|being)[ \t]+\Z")


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
        out.extend(more)
        out.sort()
    return out


# a determiner right before a cue ("an estimated 200 people")
_DETERMINER_ENDS = (" an", " the", " An", " The", "\nAn", "\nThe")
_FORMS: dict = {}  # cue as written -> lower-case form with single spaces

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
    r"\s*(?:,\s*)?(?:just\s+)?(?:(?:earlier|later)\s+(?:this|last|that)\s+|on\s+|last\s+|this\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|yesterday|tonight|week|month|year|morning|evening|night)\b"
    r"|\s*(?:for|over)\s+(?:weeks|months|years|days|decades|ages|some\s+time|(?:the|a)\s+(?:past|last|few)\s+\w+(?:\s+\w+)?)\b"
    r"|\s*(?:shortly\s+|just\s+|soon\s+)?(?:after|before|around)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.?|noon|midnight)"
    r"|\s*(?:,\s*)?(?:in|on|during|at|via|through)\s+(?:an?|the|his|her|their|its)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:statement|interview|speech|tweet|post|email|e-mail|letter|press\s+release|release|"
    r"news\s+conference|press\s+conference|rally|radio\s+interview|television\s+interview|"
    r"op-ed|memo|note|telephone\s+interview|phone\s+interview|message|briefing|call|"
    r"legislature|hearing|meeting|inquest|courthouse|response|reply|notice|advisory|bulletin)\b"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?(?:[A-Z][\w.'’\-]*\s*)+"
    r"|\s+to\s+(?:questions|queries|inquiries)(?:\s+from\s+(?:the\s+)?[\w'’\-]+)?"
    r"|\s+for\s+(?:reporters|journalists|(?:the\s+)?(?:news\s+)?media)\b"  # "a briefing for reporters"
    r"|\s+to\s+(?:" + _AUDIENCES + r")(?=\s*(?:,|that\b))"
    # (a lower-case audience ending the sentence: "said in a notice to air carriers.")
    r"|\s+to\s+(?:(?:the|its|his|her|their)\s+)?(?:[a-z][\w'’\-]*\s+){0,2}[a-z][\w'’\-]*"
    r"(?=[.;](?:\s|\Z)|\s+on\s+[A-Z]))?"
    r"(?:\s+(?:posted|published|shared)\s+(?:on|to)\s+(?:"
    + _PLATFORM
    + r"|the\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:website|site|page|account|feed)\b))?"  # "in a statement posted on X"
    r"|\s*(?:,\s*)?on\s+(?:Twitter|Facebook|Fox\s+News|CNN|MSNBC|Instagram)"
    r"|\s*(?:,\s*)?(?:on|to)\s+" + _PLATFORM + r"|\s*(?:,\s*)?online\b"
    r"|\s*(?:,\s*)?(?:by|over\s+the)\s+(?:tele)?phone\b|\s*(?:,\s*)?by\s+(?:e-?mail|text)\b"
    r"|\s*(?:,\s*)?(?:also|again|later|then|previously|recently)\b"
    r"|\s*,\s*(?:however|though|moreover|meanwhile|instead)(?=\s*,\s*that\b)"  # "said, however, that"
    r"|\s+(?:[a-z]{3,}ly|only)(?=\s*(?:,|:|that\b|\x01))"  # "said quietly that"
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
    r"session|chamber|tribunal|commission)\b"
)
_OBJ_SKIP = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|some|several)\s+)?"
    r"(?:(?:[A-Z][\w.'’\-]*\s*){1,4}(?:(?:of|and|&)\s+(?:[A-Z][\w.'’\-]*\s*){1,3})?"
    r"(?:" + _LISTENERS + r")?"  # "The Washington Post", "the Globe and Mail", "a Senate panel"
    r"|(?:me|us|him|her|them)\b"
    r"|(?:[a-z]+\s+){0,2}?" + _LISTENERS + r"(?:\s+" + _LISTENERS + r")?"  # "her closest
    r")\s*"  # advisers", "a radio station"
    r"(?:,\s*\d{1,3}\s*,\s*)?"  # "told Kyle Brennan, 34, that"
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
_OWNED_LISTENER_RE = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its|our)\s+(?:[a-z][a-z\-]*['’]s\s+)?|[a-z][a-z\-]*['’]s\s+)"
    r"(?:[a-z][a-z\-]*\s+)?" + _LISTENERS + r"(?:\s+of\s+[a-z]{3,}s\b)?"
)  # (or an owner without a determiner: "told council's executive committee")


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

# "<summary> - Name:" / "<summary> - More from the report:" (a speaker after a dash)
_DASH_COLON_RE = re.compile(
    r"(?<![^ \t\n])[-—–][ \t]*(?:More[ \t]+from[ \t]+)?"  # (or a list item's dash)
    r"(?P<np>[^\s:\x01\-—–](?:[^:\x01\n\-—–!?]{0,48}[^\s:\x01\-—–.!?])?)[ \t]*:$"
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
        form = _FORMS.setdefault(cue, re.sub(r"\s+", " ", cue).lower())
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


def _span_of(toks, np_):
    """Character span of the token range ``np_`` = (first, end)."""
    return (toks[np_[0]][0], toks[np_[1] - 1][1])


_TITLE_DETS = frozenset(("the", "a", "an"))  # (not "his": its possessor is the source)


def _according_source(c, lex):
    """Span of the source after "according to" (None: no source): the noun phrase,
    extended to the next comma / dash / sentence end within 25 tokens."""
    toks, kend = c.toks, c.kend
    np_ = _right_np(toks, kend, lex)
    if np_ is None:
        if kend < len(toks) and toks[kend][2].isalpha() and toks[kend][2].lower() not in _NOT_ROLE:
            np_ = (kend, kend + 1)  # "according to early results of exit polls"
        else:
            return None
    # a determiner alone before a quoted title: the title and its noun ('according to
    # the "Water for All" plan', not "the")
    lone_det = np_ == (kend, kend + 1) and toks[kend][2].lower() in _TITLE_DETS
    e_ = kend
    while (
        e_ < len(toks)
        and e_ - kend < 25
        and toks[e_][2] not in (",", ";", "—", "–", ".")
        and (toks[e_][2][0] != MASK or lone_det)
    ):
        e_ += 1
    if e_ > np_[1] and (e_ == len(toks) or toks[e_][2] in (",", ";", "—", "–", ".")):
        np_ = (np_[0], e_)
    owner = _data_owner(toks, np_)
    if owner is not None:
        return owner  # "according to the corporation's figures": the corporation
    if _unowned_data(toks, np_):
        return None  # "according to federal figures": sourced numbers, no speaker
    by = _document_author(toks, np_, lex)
    return _span_of(toks, by if by is not None else np_)


# after numbers, the words that name (or start a clause that names) who gathered them:
# "figures released by X", "figures her campaign released", "data that X posted"
_DATA_AUTHORED = frozenset(
    "from by released compiled published provided collected gathered prepared "
    "available obtained posted filed that which the his her its their".split()
)


def _unowned_data(toks, np_):
    """Is the "according to" source ``np_`` a body of numbers or records that names no
    one: a data noun ("figures", "records") in the phrase, no capitalised owner in it
    ("FEC records", "U.S. Census data" name one) and no author right after the noun
    ("figures released by the ministry", "data from LSEG")?

    >>> toks = [(0, 0, w) for w in "federal figures , data compiled by LSEG".split()]
    >>> _unowned_data(toks, (0, 2)), _unowned_data(toks, (3, 4))
    (True, False)
    >>> toks = [(0, 0, w) for w in "FEC records .".split()]
    >>> _unowned_data(toks, (0, 2))
    False
    >>> toks = [(0, 0, w) for w in "figures posted on the city website , data released today by the board".split()]
    >>> _unowned_data(toks, (0, 6)), _unowned_data(toks, (7, 13))
    (True, False)
    """
    lo, hi = np_
    j = next((x for x in range(lo, hi) if toks[x][2].lower() in data_source_nouns()), None)
    if j is None or any(t[2][:1].isupper() for t in toks[lo:hi]):
        return False
    if any(_owner_word(t[2]) for t in toks[lo:j]):
        return False  # "its most recent quarterly figures", "the company's figures": owned
    nxt = toks[j + 1][2].lower() if j + 1 < len(toks) else ""
    if nxt.endswith("ed") and nxt in _DATA_AUTHORED and j + 2 < hi:
        # "figures posted on the federal shortage website": placed, not authored,
        # unless a "by"/"from" later in the phrase names who did it
        return not any(t[2].lower() in ("by", "from") for t in toks[j + 2 : hi])
    return nxt not in _DATA_AUTHORED


_OWNER_PRONOUNS = frozenset(("its", "their", "his", "her", "our"))


def _owner_word(w):
    """Does ``w`` name the owner of what follows: a possessive pronoun ("its figures") or
    a possessive noun (``_possessor``: "the company's figures")? The one owner test of
    an "according to" body of numbers (``_unowned_data``, ``_data_owner``).

    >>> _owner_word("its"), _owner_word("company's"), _owner_word("recent")
    (True, True, False)
    """
    return w.lower() in _OWNER_PRONOUNS or _possessor(w) > 0


def _possessor(w):
    """How many characters end the possessive noun ``w`` ("agency's", "agencies'"): 2,
    1, or 0 when ``w`` is no possessive noun.

    >>> _possessor("agency’s"), _possessor("agencies'"), _possessor("figures")
    (2, 1, 0)
    """
    if len(w) <= 3:
        return 0
    return 2 if w.endswith(("'s", "’s")) else 1 if w.endswith(("s'", "s’")) else 0


# the body of numbers a described owner keeps or issues ("the agency's figures",
# "preliminary results the regulator posted", "the department's own stock assessments")
_OWNED_DATA = frozenset(
    "results estimates forecast forecasts count tally timeline assessment assessments "
    "inventory inventories database databases registry".split()
    # a document its described owner filed or wrote ("the company's application")
    + "application applications proposal submission filing".split()
)


def _data_owner(toks, np_):
    """Character span of the described owner of an "according to" body of numbers or
    results with no capital in it: a possessor ("the corporation's figures" -> "the
    corporation") or the subject of a relative clause after the noun ("preliminary
    results the regulator posted online" -> "the regulator"); None otherwise.

    >>> toks = [(i * 20, i * 20 + len(w), w) for i, w in enumerate(
    ...     "the corporation’s figures".split())]
    >>> _data_owner(toks, (0, 3))
    (0, 31)
    >>> toks = [(i * 20, i * 20 + len(w), w) for i, w in enumerate(
    ...     "results the regulator posted online".split())]
    >>> _data_owner(toks, (0, 5))
    (20, 49)
    >>> _data_owner(toks, (0, 1)) is None
    True
    """
    lo, hi = np_
    nouns = data_source_nouns()
    j = next((x for x in range(lo, hi) if toks[x][2] in nouns or toks[x][2] in _OWNED_DATA), None)
    if j is None or any(t[2][:1].isupper() for t in toks[lo : j + 1]):
        return None
    for x in range(j - 1, max(lo, j - 4) - 1, -1):
        cut = _possessor(toks[x][2])
        if cut:
            first = x - 1 if x - 1 >= lo and toks[x - 1][2] == "the" else x
            return (toks[first][0], toks[x][1] - cut)
    k = j + 1 + (j + 1 < hi and toks[j + 1][2] in ("that", "which"))
    if k + 2 < hi and toks[k][2] == "the":
        e = k + 1
        while e < min(hi, k + 4) and toks[e][2].isalpha() and toks[e][2].islower():
            if toks[e][2].endswith("ed") and e > k + 1:
                return (toks[k][0], toks[e - 1][1])
            e += 1
    return None


# what a named person or organisation writes or issues: "according to a post from X"
_AUTHORED = frozenset(
    "post posts statement statements report letter memo email emails tweet tweets "
    "release note filing message column op-ed blog essay transcript".split()
)


def _document_author(toks, np_, lex):
    """Token range of the author in an "according to" source that is a document "from"
    or "by" a capitalised name ("a post from Ann Roe on Facebook" -> "Ann Roe", "a
    statement by the Harbour Authority" -> "the Harbour Authority"), or None."""
    lo, hi = np_
    if toks[lo][2].lower() not in ("a", "an", "the") or hi - lo < 4:
        return None
    j = next((x for x in range(lo + 1, min(hi, lo + 5)) if toks[x][2] in ("from", "by")), None)
    if j is None or toks[j - 1][2].lower() not in _AUTHORED or j + 1 >= hi:
        return None
    nxt = toks[j + 1][2]
    k = j + 2 if nxt in ("the", "The") else j + 1
    if k >= hi or not _is_cap(toks[k][2]):
        return None
    return _right_np(toks, j + 1, lex)


# what follows a passive "asked" set off by commas: "Lee, asked whether ..., said"
_ASKED_WHAT = frozenset("whether if about why how what when where who to".split())


def _conjoined_verb(c):
    """Is a noun-like cue after "and" / "but" a second verb of its subject, with a
    clause or an infinitive after it ("rails against the plan and pledges to stand
    firm", "and notes that"), not a noun ("promises and pledges to voters")?"""
    toks, kend = c.toks, c.kend
    if c.prev_tok not in ("and", "but") or kend + 1 >= len(toks):
        return False
    nxt, nxt2 = toks[kend][2], toks[kend + 1][2]
    if nxt == "that":
        return True
    return (
        nxt == "to"
        and nxt2.isalpha()
        and nxt2.islower()
        and nxt2 not in _DETS
        and not nxt2.endswith("s")
    )


# prepositions before a gerund cue that is no noun: "rallied them by warning that"
_ING_PREPS = frozenset("by while before after since despite upon".split())


def _warning_that(c):
    """Does content follow a gerund "warning" ("by warning (voters) that", "by
    warning darkly that"), not a noun use ("despite warning lights")?"""
    toks, kend = c.toks, c.kend
    nxt = toks[kend][2] if kend < len(toks) else ","
    if nxt.endswith("ly") and kend + 1 < len(toks) and toks[kend + 1][2] == "that":
        return True
    return nxt not in (",", ":") and _content_next(c)


def _verb_after(c):
    """Is a noun-like cue form a verb from the word before it: an emphatic "do"
    ("Lee did note that"), an adverb in -ly after no determiner ("Lee regularly
    pledges") or a preposition before a gerund with content ("by warning that")?"""
    if c.prev_tok in _DO_AUX or _habitual_would(c):
        return True  # (a habitual '“A,” she would say': a verb)
    if c.prev_tok.endswith("ly") and _skips_before_cue(c.prev_tok):
        # "Lee regularly pledges to", "Lee repeatedly claims that"; not "the costly
        # reports", "its weekly report"
        return c.prev2 not in _DETS and not c.prev2.endswith(("'s", "’s"))
    return c.form == "warning" and c.prev_tok in _ING_PREPS and _warning_that(c)


def _habitual_would(c):
    """Is the cue a habitual "would say" right after a quotation and its subject
    ('“You fall, you get up,” she would say'; '“Go,” Coach Roe would tell us'): how the
    speaker often put it, a quote, not a guess ("critics would say the plan fails")?"""
    k, toks = c.k, c.toks
    if c.prev_tok != "would" or k < 3:
        return False
    j = k - 2  # the subject: a pronoun or a capitalised name of up to three words
    while j > 0 and k - 2 - j < 2 and _is_cap_word(toks[j][2]) and _is_cap_word(toks[j - 1][2]):
        j -= 1
    if not (toks[j][2].lower() in ("he", "she", "they") or _is_cap_word(toks[j][2])):
        return False
    before = toks[j - 1][2] if j >= 1 else ""
    if before == "," and j >= 2:
        before = toks[j - 2][2]
    return before[:1] == MASK


def _is_cap_word(w):
    """Is ``w`` a capitalised alphabetic word ("Roe", "Coach")?"""
    return w[:1].isupper() and w.replace(".", "").isalpha()


_WH_BEFORE_DO = frozenset("what why how who whom where when which whether if".split())


def _emphatic_do(c):
    """Is the cue a bare verb after an emphatic "did" / "does" / "do" in a statement
    ("Lee did note that ...", "The charter does say ..."), not in a question ("Why
    did he say ...?", "What did Lee say?")?"""
    return (
        c.prev_tok in _DO_AUX
        and c.k >= 2
        and c.prev2 not in _WH_BEFORE_DO
        and c.toks[-1][2] != "?"
        and _bare_verb(c.toks, c.k)
        and (c.kend >= len(c.toks) or c.toks[c.kend][2].lower() not in ("was", "is"))
    )  # ("What Lee did say was ...": a cleft, no report)


_GENERIC_LISTENERS = frozenset(["you", "anyone", "anybody", "everyone", "everybody"])


def _will_tell_you(c):
    """Is the cue "tell" after "will" with a generic listener and "that" ("Lee will tell
    you that A", "she will tell anyone that A"): a view the speaker holds, not a
    future or possible speech ("will tell the committee", "would tell you")?"""
    toks, kend = c.toks, c.kend
    return (
        c.form == "tell"
        and c.prev_tok.lower() == "will"
        and kend + 1 < len(toks)
        and toks[kend][2].lower() in _GENERIC_LISTENERS
        and toks[kend + 1][2].lower() == "that"
    )


# what ends a subject right before "recalls" + -ing ("Ann Roe, 66, recalls watching",
# "she recalls seeing"): a verb of memory, not "the recalls affecting"
_RECALL_SUBJECT_END = frozenset([",", "he", "she", "they", "who", "also", "still", "vividly"])


def _noun_then_participle(c):
    """Is a lower-case -ing word (not "saying") right after the noun-like cue ("a Lee
    tweet attacking the judge"), "recalls" after a subject's end excepted ("Ann Roe,
    66, recalls watching")?"""
    toks, kend = c.toks, c.kend
    return (
        kend < len(toks)
        and toks[kend][2].islower()
        and toks[kend][2].endswith("ing")
        and toks[kend][2] not in ("saying", "that")
        and not (c.lemma == "recall" and c.prev_tok in _RECALL_SUBJECT_END)
    )


_REMIND_SUBJECTS = frozenset(["he", "she", "they", "who", "i", "we"])


def _remind_frame(c):
    """Is "reminded" a report: a name or a personal pronoun right before it and "that"
    within ten words after it, no comma, period or "of" between ("Justice Ann Roe reminded
    jurors at the end of the day that ...", "he reminded the jury that ...")?"""
    p = c.toks[c.k - 1][2] if c.k > 0 else ""
    if not (p.lower() in _REMIND_SUBJECTS or (p[:1].isupper() and p.lower() not in _DETS)):
        return False
    in_pp = False  # (after "at"/"on"/...: "of" is no "reminded X of")
    for t in c.toks[c.kend : c.kend + 10]:
        w = t[2].lower()
        if w == "that":
            return True
        if w in (",", ".", ";", ":") or w[0] == MASK or (w == "of" and not in_pp):
            return False  # ("reminds me of Lincoln saying that")
        in_pp = in_pp or w in _OBJ_PREPS
    return False


def _negated(c):
    """Is the cue right after a negation, "to" or a modal ("did not say", "will say"),
    not an emphatic "did" ("Lee did say"), a surname ("Will said"), "will tell you
    that" or a habitual '“A,” she would say'?"""
    return (
        c.prev_tok in _NEG
        and not _emphatic_do(c)
        and not _word_as_surname(c.toks, c.k - 1, c.k)
        and not _will_tell_you(c)
        and not _habitual_would(c)
    )


def _content_next(c):
    """Does reported content start right after the cue: "that", a colon, a comma or
    a quotation, or "that" or a quotation after the listener of "assure" ("assure
    her that")?"""
    if c.kend >= len(c.toks):
        return False
    w = c.toks[c.kend][2]
    if w[0] == MASK or w.lower() in ("that", ":", ","):
        return True
    return c.lemma in _OBJECT_VERBS and any(
        t[2].lower() == "that" or t[2][0] == MASK for t in c.toks[c.kend + 1 : c.kend + 5]
    )


def _capitalised_modifier(c, prev2):
    """Does a capitalised word after "of" or after "at/behind/near the" stand before the
    cue word ("of Republican claims", "the lines at the Acme counters"), which is then a
    noun?"""
    if not c.toks[c.k - 1][2][:1].isupper():
        return False
    return prev2 == "of" or (
        prev2 == "the" and c.k >= 3 and c.toks[c.k - 3][2].lower() in ("at", "behind", "near")
    )


def _after_according_to(toks, k):
    """Does "according to" come at most five words before the cue token ``k`` with no
    punctuation between, so that the cue word is the noun ending that source ("according
    to media reports", "according to Reuters reports")?

    >>> toks = [(0, 0, w) for w in "according to local news reports".split()]
    >>> _after_according_to(toks, 4)
    True
    >>> toks = [(0, 0, w) for w in "according to Lee , Roe reports".split()]
    >>> _after_according_to(toks, 5)
    False
    """
    for j in range(k - 1, max(0, k - 6), -1):
        w = toks[j][2]
        if w.lower() == "to" and toks[j - 1][2].lower() == "according":
            return True
        if not w[:1].isalnum():
            return False
    return False


def _down_after(toks, kend):
    """Is the particle "down" the next token, or the one after a pronoun object ("wrote
    it down", "jotted them down")?

    >>> _down_after([(0, 5, "wrote"), (6, 8, "it"), (9, 13, "down")], 1)
    True
    """
    words = [t[2].lower() for t in toks[kend : kend + 2]]
    return words[:1] == ["down"] or (
        len(words) == 2 and words[0] in ("it", "them", "that", "this") and words[1] == "down"
    )


def _particle_idiom(c):
    """Is the verb cue ``c`` part of an idiom with a particle after it: "counter to"
    ("running counter to the plan"), "write (it) down" ("smiled and wrote it down",
    "wrote down the plate number": a note, no speech)?"""
    if c.lemma == "counter":
        return c.kend < len(c.toks) and c.toks[c.kend][2] == "to"
    return c.lemma == "write" and _down_after(c.toks, c.kend)


# after "posted": the site, then "that", a colon or a quotation within a few words
_POSTED_ONLINE_RE = re.compile(
    r"(?:(?:on|to)\s+" + _PLATFORM + r"|online\b)(?:\s+[\w'’\-]+){0,4}?\s*,?\s*(?:that\b|:|\x01)"
)


def _posted_online(c):
    """Is the cue "posted" a post of speech: a social-media site or the poster's page
    after it and then the content ("posted on X that ...", "posted to her Facebook
    page: '...'"), not a figure ("Acme posted a 0.9 pct decline")?"""
    after = " ".join(t[2] for t in c.toks[c.kend : c.kend + 12])
    return _POSTED_ONLINE_RE.match(after) is not None


def _comparative_subject(toks, k):
    """Is the cue at token ``k`` the verb of a comparison: its subject (up to four
    words) right after the second "as" of "as <word> as" ("as plentiful as the paper
    suggests")? ("than analysts expected" stays: PolNeAR annotates it.)"""
    i = k - 1
    if i >= 0 and toks[i][2].lower() in ("had", "have", "has", "had", "would", "once"):
        i -= 1
    j = i
    while j >= 0 and i - j < 4 and toks[j][2].replace("-", "").isalnum():
        w = toks[j][2].lower()
        if w == "as":
            return (
                j < i
                and j >= 2
                and toks[j - 2][2].lower() == "as"
                and toks[j - 1][2].lower() not in ("many", "much", "few", "little")
            )  # (not a quantity: "as many as three-fourths of them say")
        j -= 1
    return False


def _participle_modifier(c):
    """Is the "-ed" cue ``c`` a participle that modifies the noun before it, dated by a
    time right after it: the main verb follows the time ("The cuts announced Wednesday
    will affect 200 jobs") or commas enclose it ("Two new ads, announced Wednesday,
    target ...")?

    >>> class C: pass
    >>> c = C()
    >>> c.toks = [(0, 0, w) for w in "the cuts announced last Wednesday will hurt".split()]
    >>> c.k, c.kend = 2, 3
    >>> _participle_modifier(c)
    True
    >>> c.toks = [(0, 0, w) for w in "the firm announced Wednesday it will close".split()]
    >>> _participle_modifier(c)
    False
    """
    toks, k, j = c.toks, c.k, c.kend
    if k == 0 or toks[k - 1][2].lower() in _PRONOUNS or toks[k - 1][2][0] == MASK:
        return False
    if j < len(toks) and toks[j][2].lower() in ("on", "last", "this", "earlier", "late"):
        j += 1
    if j >= len(toks) or toks[j][2].lower() not in _TIME_WORDS:
        return False
    nxt = toks[j + 1][2].lower() if j + 1 < len(toks) else ""
    if nxt in _VERBISH_NEXT:
        return True
    if nxt != "," or toks[k - 1][2] != "," or j + 2 >= len(toks):
        return False
    # (not 'Ann Roe, the mayor, announced Wednesday, "..."' nor "..., in a statement, that")
    w = toks[j + 2][2]
    rest = toks[j + 2 : j + 30]
    return (
        w.isalpha()
        and w.islower()
        and w not in _OBJ_PREPS
        and w not in ("in", "at", "on", "that", "with", "by", "after", "before")
        and not any(t[2] == "that" or t[2][0] == MASK for t in rest)
    )


def _that_missing(c, nxt_tok):
    """Does the cue ``c`` of a verb that reports only a clause or a quotation
    (_NEEDS_THAT) lack one: no "that", colon, comma or quotation after it ("maintained
    some clout"), or it closes a relative clause whose object is the noun before it
    ("The plan, which staff have recommended, would ...")?"""
    toks, kend, lemma = c.toks, c.kend, c.lemma
    if nxt_tok in (",", ".", ""):
        return _relative_object_clause(toks, c.k)
    return (
        nxt_tok not in ("that", ":")
        and not (kend < len(toks) and toks[kend][2][0] == MASK)
        and not (
            lemma in _OBJECT_VERBS
            and any(t[2].lower() == "that" or t[2][0] == MASK for t in toks[kend + 1 : kend + 5])
        )  # "assured voters that ...", 'assured him, "..."'
        and not (
            lemma in _OBJECT_VERBS and any(t[2][0] == MASK for t in toks[max(0, c.k - 5) : c.k])
        )  # '"...," Lee assured Kolb'
        and not _that_after_adjunct(toks, kend)
    )


_ADJUNCT_OPENERS = frozenset("almost also once again later".split())


def _that_after_adjunct(toks, kend):
    """Does "that" follow the cue after a short adjunct of at most four lower-case words
    (no determiner) that opens with an adverb ("mentioned almost in passing that",
    "mentioned casually that"; not "charged on transactions that": a relative "that")?

    >>> w = "she mentioned almost in passing that Tyler was ill".split()
    >>> _that_after_adjunct([(0, 0, x) for x in w], 2)
    True
    >>> w = "she mentioned the fire that burned".split()
    >>> _that_after_adjunct([(0, 0, x) for x in w], 2)
    False
    """
    if kend >= len(toks):
        return False
    first = toks[kend][2]
    if not (first in _ADJUNCT_OPENERS or (first.endswith("ly") and first.islower())):
        return False
    for t in toks[kend + 1 : kend + 5]:
        w = t[2]
        if w == "that":
            return True
        if not (w.isalpha() and w.islower()) or w in _DETS:
            return False
    return False


# the same short adjunct before "that" at the content start ("almost in passing that")
_ADJUNCT_THAT_RE = re.compile(
    r"(?:almost|also|once|again|later|[a-z]+ly)"
    r"(?:[ \t]+(?!(?:the|a|an|this|that|his|her|its|their|our|my|your)\b)[a-z]+){0,3}?"
    r"[ \t]+that[ \t]+"
)


def _past_adjunct_that(masked, lo, se):
    """The content start past a short adjunct and "that" right at ``lo`` (see
    ``_that_after_adjunct``), else ``lo``."""
    m = _ADJUNCT_THAT_RE.match(masked, lo, se)
    return lo if m is None else m.end()


_RELATIVE_OBJECT_WORDS = frozenset(("which", "that", "what"))


def _relative_object_clause(toks, k):
    """Does the cue at token ``k`` close a relative clause whose object is the noun
    before it: "which" / "that" / "what" at most four words before the cue with no
    quotation or punctuation between ("The plan, which staff have recommended, would",
    "the changes that the panel demanded.")?

    >>> toks = [(0, 0, w) for w in "the plan , which staff have recommended , would".split()]
    >>> _relative_object_clause(toks, 6), _relative_object_clause(toks[2:], 4)
    (True, True)
    >>> toks = [(0, 0, w) for w in "Taxes must fall , the panel recommended .".split()]
    >>> _relative_object_clause(toks, 6)
    False
    """
    for j in range(k - 1, max(-1, k - 6), -1):
        w = toks[j][2]
        if w.lower() in _RELATIVE_OBJECT_WORDS:
            return j < k - 1
        if w[0] == MASK or not (w[0].isalnum() or w[0] in "'’-"):
            return False
    return False


def _infinitive_no_report(c, j):
    """Is the infinitive cue governed by token ``j`` ("went on to say", "tried to
    argue", "led Ann Roe to say") no report? A verb that often takes a plain object
    only before its content ("sought to counter that ...", not "sought to counter his
    appeal", "continues to maintain a lead", "took a moment to point out the lack of a
    crowd"), and any cue after a causative verb ("led the city to announce new rules"),
    is one when no reported clause follows."""
    if c.toks[j][2].lower() in _CAUSATIVE_VERBS:
        return not _content_next(c)
    return (c.lemma in _NEEDS_THAT or c.lemma in ("counter", "point out")) and not _content_next(c)


def _contact_relative_that(toks, k, kend):
    """Is the cue at ``k`` inside a relative clause without "that" whose noun a
    relative "that" then goes on with ("the book she wrote that helped lay ...":
    a determiner, a lower-case noun, a pronoun subject, the cue, "that", a past verb)?

    >>> ws = "on the book she wrote that helped lay".split()
    >>> _contact_relative_that([(0, 0, w) for w in ws], 4, 5)
    True
    >>> ws = "in the end she wrote that prices fell".split()
    >>> _contact_relative_that([(0, 0, w) for w in ws], 4, 5)
    False
    """
    if k < 3 or kend + 1 >= len(toks) or toks[kend][2] != "that":
        return False
    if not (_past_form(toks[kend + 1][2]) and toks[kend + 1][2].islower()):
        return False
    noun = toks[k - 2][2]
    return (
        toks[k - 1][2].lower() in _PRONOUNS
        and noun.isalpha()
        and noun.islower()
        and not _past_form(noun)
        and toks[k - 3][2].lower() in _DETS
    )


def _outlet_credit(toks, k, kend):
    """Do only a capitalised name (an outlet: "USA Today", "the Toronto Star") and the
    sentence's end follow the cue ``k``..``kend``, after a "said" frame before it?

    >>> ws = "said Roe , the director , reports USA Today .".split()
    >>> _outlet_credit([(0, 0, w) for w in ws], 6, 7)
    True
    >>> ws = "said Roe , reports that USA Today fell .".split()
    >>> _outlet_credit([(0, 0, w) for w in ws], 3, 4)
    False
    """
    if not any(t[2] in ("said", "says") for t in toks[:k]):
        return False
    end = len(toks)
    while end > kend and toks[end - 1][2] in (".", "!", "”", '"', ")"):
        end -= 1
    words = [t[2] for t in toks[kend:end]]
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    return 1 <= len(words) <= 4 and all(_is_cap_word(w) for w in words) and end < len(toks)


_BE_FORMS = frozenset("am is are was were be been being".split())
_PROGRESSIVE_STOPS = frozenset(', ; : . ! ? “ ” "'.split())


def _progressive_conjunct(toks, k, kend, reach=12):
    """Is the -ing cue at ``k`` (after "and") the second verb of a progressive whose
    first "-ing" verb follows a form of "be" in the same clause, and no "that", colon,
    comma or quotation mark follows it ("Crews were flushing mains and adding
    chlorine")? Such an "adding" / "noting" is an action, not a report.

    >>> t = [(0, 0, w) for w in "Crews were flushing mains and adding chlorine".split()]
    >>> _progressive_conjunct(t, 5, 6)
    True
    >>> t = [(0, 0, w) for w in "He was smiling and adding that".split()]
    >>> _progressive_conjunct(t, 4, 5)
    False
    """
    if not toks[k][2].endswith("ing"):
        return False
    if kend < len(toks) and toks[kend][2].lower() in ("that", ",", ":", "“", '"', "‘"):
        return False
    for j in range(k - 2, max(0, k - reach) - 1, -1):
        w = toks[j][2]
        if w in _PROGRESSIVE_STOPS:
            return False
        if j > 0 and w.endswith("ing") and w.islower() and toks[j - 1][2].lower() in _BE_FORMS:
            return True
    return False


_WRITTEN_ADJ_DETS = frozenset(
    "a an no any the its their his her our my your every each some".split()
)
_WRITTEN_NOT_NOUN = frozenset("by in on to for at with about from that as and or".split())


def _possessive_determiner(w):
    """Is ``w`` a lower-case noun's possessive that stands as a determiner ("a doctor's
    written clearance", "the parents' written consent")?

    >>> _possessive_determiner("doctor’s"), _possessive_determiner("parents'")
    (True, True)
    >>> _possessive_determiner("it's"), _possessive_determiner("Roe's")
    (False, False)
    """
    if not w[:1].islower() or w.lower() in ("it's", "it’s", "that's", "that’s"):
        return False
    return w.endswith(("'s", "’s")) and len(w) > 4 or w.endswith(("s'", "s’")) and len(w) > 3


def _attributive_written(c):
    """Is the cue "written" an adjective before its noun, right after a determiner ("had
    no written procedure", "a written request to the board"): a lower-case word follows
    it that is no preposition or particle opening an agent or a place ("the letter
    written by", "the note written on")?"""
    if c.kend >= len(c.toks) or not (
        c.prev_tok.lower() in _WRITTEN_ADJ_DETS or _possessive_determiner(c.prev_tok)
    ):
        return False
    nxt = c.toks[c.kend][2]
    return nxt.isalpha() and nxt.islower() and nxt not in _WRITTEN_NOT_NOUN


def _not_a_speech_verb(c, lex):
    """Is the verb cue, from the words around it, no report of speech: negated or
    infinitive ("did not say", "to say"), a noun ("an automated reply"), a passive
    ("was told"), a relative clause ("what Carson said was"), an object-only use
    ("maintained some clout"), or "asked not to be named"?"""
    prev_tok, prev2, form, lemma = c.prev_tok, c.prev2, c.form, c.lemma
    if lemma in ("read", "post"):  # a quotation read out; a post online
        return not (_reads_a_quotation(c) if lemma == "read" else _posted_online(c))
    if prev_tok == "to" and (j := _catenative_start(c.toks, c.k)) >= 0:
        return _infinitive_no_report(c, j)  # "went on to say", "tried to argue"
    if prev_tok == "to" and prev2 == "addition" and form.endswith("ing"):
        return False  # "in addition to stating"
    if _negated(c) or (prev2 in ("not", "n't", "never", "to") and _skips_before_cue(prev_tok)):
        return True
    if prev_tok in ("ever", "even") and prev2 in _NEG:
        return True  # "few would ever admit this", "nobody will even say so"
    if prev_tok.endswith("n't") or prev_tok.endswith("n’t"):
        return True
    if _comparative_subject(c.toks, c.k):
        return True  # "as plentiful as the paper suggests": a comparison
    if _contact_relative_that(c.toks, c.k, c.kend):
        return True  # "the book she wrote that helped lay": "that" is the book's
    if form == "written" and prev2 in _DETS and prev_tok.isalpha() and prev_tok not in _PRONOUNS:
        return True  # "on the date written beside her signature": a participle after its noun
    if form == "written" and _attributive_written(c):
        return True  # "had no written procedure", "sent a written request": an adjective
    if form == "say" and (
        prev_tok in _SAY_NOUN_BEFORE or (prev2 in ("a", "an") and prev_tok.endswith("er"))
    ):
        return True  # "have a say", "a larger say", "the final say": a noun
    if _participle_adjective(c):
        return True  # "an added benefit", "the number of confirmed cases": adjectives
    if form == "told" and prev_tok == "all" and c.k == 1:
        return True  # "All told, ...": an idiom
    toks, kend = c.toks, c.kend
    if (
        prev_tok in ("before", "after", "without")
        and form.endswith("ing")
        and (kend >= len(toks) or toks[kend][2] in (".", "!", "?"))
    ):
        return True  # "..., Osman paused before answering.": no clause reported
    if form == "alleged" and (
        prev_tok in _DETS
        or prev_tok in _OBJ_PREPS
        or prev_tok in ("about", "of", "for", "over", "against")
    ):
        return True  # "a story about alleged fraud", "the alleged plot": an adjective
    if _particle_idiom(c):
        return True  # "running counter to the plan", "wrote it down": idioms
    if prev_tok == "worth" or (prev_tok == "and" and _progressive_conjunct(c.toks, c.k, c.kend)):
        return True  # "It's worth noting that", "were flushing mains and adding chlorine"
    if (prev_tok == "," or prev_tok in ("and", "or") and form.endswith("ing")) and _in_verb_list(
        c.toks, c.k, c.kend
    ):
        return True  # "designs, builds, maintains, and repairs", "intake and reporting, and"
    if (
        form in _NOUNISH_FORMS
        and not _progressive_with_content(c)
        and not _conjoined_verb(c)
        and (
            prev_tok.endswith(("'s", "’s", "s'", "s’"))  # "Editor's note:", "workers' demands"
            or _noun_determiner(form, prev_tok)
            or _after_according_to(c.toks, c.k)  # "according to media reports"
            or _capitalised_modifier(c, prev2)  # "of Republican claims", "at the Acme counters"
            or (
                prev_tok.replace("-", "").isalpha()  # "his early-morning tweets"
                and c.toks[c.k - 1][2].islower()  # (prev_tok is lower-cased)
                and prev_tok not in _PRONOUNS
                and prev_tok not in lex.nouns
                and prev_tok not in load_titles()["role"]  # "the mayor claims"
                and prev_tok not in _SKIP_BEFORE_CUE
                and not _verb_after(c)  # "Lee did note that", "by warning that"
                and not (len(prev_tok) > 4 and prev_tok.endswith("s"))
            )
        )
    ):
        return True  # "an automated reply", "struck a calmer note": nouns, not cues
    if lemma == "report" and prev_tok == "," and _outlet_credit(c.toks, c.k, c.kend):
        return True  # '"...," said Ann Roe, the group's director, reports USA Today.'
    if form == "reported" and (
        prev_tok.endswith(("'s", "’s")) or prev_tok in _DETS or prev_tok in _NUMERIC
    ):
        return True  # "the firm's reported profit", "eight reported cases"
    if form in _NOUNISH_FORMS and kend < len(toks) and toks[kend][2].lower() in _NOUN_THEN_VERB:
        return True  # "court reports show", "the claims were"
    if form in _NOUNISH_FORMS and _noun_then_participle(c):
        return True  # "a Lee tweet attacking the judge": a noun and its participle
    if lemma == "remind" and not _remind_frame(c):
        return True  # "reminded her of home", "The smell reminded him that ..."
    if lemma == "continue" and kend < len(toks) and not _continues_speech(toks, c.k, kend):
        return True  # "the rain continued", "continued her tour"
    asked_by = lemma == "ask" and kend < len(toks) and toks[kend][2] == "by"
    if (
        form == "asked"
        and prev_tok == ","
        and kend < len(toks)
        and toks[kend][2].lower() in _ASKED_WHAT
    ):
        return True  # "Lee, asked whether she would run, said ...": Lee was asked
    if not asked_by and prev_tok in _PASSIVE_AUX and not form.endswith("ing"):
        return True  # "was told", "has been reported": the subject is not the speaker
    nxt_tok = toks[kend][2].lower() if kend < len(toks) else ""
    if (
        form == "promising"
        and prev_tok in ("but", "and", "very", "more", "most")
        and (nxt_tok not in ("to", "that"))
    ):
        return True  # "an awkward but promising start": an adjective
    if nxt_tok in ("delegates", "delegate") and form.endswith("ed"):
        return True  # "270 pledged delegates": an adjective
    if (
        nxt_tok in _VERBISH_NEXT
        and prev2 in ("what", "that", "which", "everything", "anything", "something", "nothing")
        and _relative_frame_subject(c, lex) is None
    ):
        return True  # "what Carson said was written", "everything Lee says is": no cue
    if form.endswith("ed") and _participle_modifier(c):
        return True  # "The cuts announced Wednesday will affect 200 jobs": a modifier
    if lemma in _NEEDS_THAT and _that_missing(c, nxt_tok):
        return True  # "maintained some clout", "claiming 41 percent"
    if lemma == "ask" and _asks_nothing(toks, c.k, kend, nxt_tok):
        return True  # "the town had asked twice", "as the mayor had asked."
    if (
        lemma == "deny"
        and kend + 1 < len(toks)
        and (
            nxt_tok in ("him", "her", "them", "us", "me")
            or (toks[kend][2][:1].isupper() and nxt_tok not in _TIME_WORDS)
        )
        and toks[kend + 1][2].lower() in ("a", "an", "the", "any")
    ):
        return True  # "denying him a first-ballot victory", "denied Carter a photograph"
    if (
        nxt_tok in (",", ".", ";", "and", "but")
        or (nxt_tok == "to" and kend + 2 < len(toks) and not toks[kend + 2][2][:1].isalnum())
    ) and _what_clause(toks, c.k):
        return True  # "heard what voters are saying, and", "can't do what he promises to do."
    if nxt_tok == "it" and (toks[kend + 1][2] if kend + 1 < len(toks) else "") in _IT_END:
        return True  # "whatever makes sense at the moment he says it, from ...": no content
    if toks[-1][2] == "?" and toks[0][2] in _QUESTION_AUX and toks[0][0] == c.ss:
        return True  # "Does the candidate say the wrong thing?": the writer asks
    if lemma in ("ask", "urge", "tell", "warn") and nxt_tok in ("not", "to"):
        return True
    return (
        _writes_a_thing(c)
        or _asks_for_a_thing(c)
        or _reported_perfect_conjunct(c)
        or _backshifted_conjunct(c)
    )


def _backshifted_conjunct(c):
    """Is the cue a past perfect right after "and" ("and had asked", no comma before
    "and") inside the clause that an earlier "said"/"told" of its sentence reports ("The
    council said its members welcomed the rule and had asked the province to require
    it")? The backshifted verb goes on with the reported clause's subject: no frame.

    >>> from types import SimpleNamespace as N
    >>> w = "Lee said the band welcomed it and had asked them to sign".split()
    >>> _backshifted_conjunct(N(toks=[(0, 0, x) for x in w], k=8, kend=9))
    True
    """
    toks, k = c.toks, c.k
    if k < 4 or toks[k - 1][2] != "had" or toks[k - 2][2] != "and" or toks[k - 3][2] == ",":
        return False
    for i in range(k - 3, max(-1, k - 40), -1):
        w = toks[i][2]
        if w[0] == MASK or w in (";", ".", ":"):
            return False
        if w in _SAY_FORMS:
            return i < k - 4  # (a reported clause between the two verbs)
    return False


_CLAUSE_STOPS = frozenset('. ; : ! ? , and but “ ” "'.split())
_WRITE_PREPS = frozenset("to in on for about from at with under into".split())


def _writes_a_thing(c):
    """Is a progressive "writing" followed by a lower-case noun object and no "that",
    quotation or colon in its clause ("Nurses are writing medication orders by hand",
    "students are writing exams")? Such writing is an act, not a report.

    >>> from types import SimpleNamespace as N
    >>> t = [(0, 0, w) for w in "Nurses are writing medication orders by hand".split()]
    >>> _writes_a_thing(N(toks=t, k=2, kend=3, form="writing", lemma="write"))
    True
    >>> t = [(0, 0, w) for w in "She is writing to council that".split()]
    >>> _writes_a_thing(N(toks=t, k=2, kend=3, form="writing", lemma="write"))
    False
    """
    if c.form != "writing" or _progressive_aux(c) < 0 or c.kend >= len(c.toks):
        return False
    nxt = c.toks[c.kend][2]
    if not (nxt.isalpha() and nxt.islower()) or nxt in _WRITE_PREPS or nxt == "that":
        return False
    for t in c.toks[c.kend : c.kend + 25]:
        w = t[2]
        if w[0] == MASK or w.lower() == "that" or w == ":":
            return False
        if w in (".", ";", "!", "?"):
            break
    return True


# (only "told": "The ministry said police had closed the road and asked drivers to B"
# is the ministry's own request, in the written sets as in news writing generally)
_DIRECTIVE_FORMS = frozenset(("told",))
_SAY_FORMS = frozenset(("said", "says", "told", "tells", "added", "wrote", "explained"))
_WH_AFTER_OBJECT = frozenset("to not where what when how who why whether".split())


_CONJUNCT_ADVERBS = frozenset("always also then later often never".split())
_PERFECT_CONJUNCT_RE = re.compile(
    r"\b(?:had|has|have)[ \t]+[a-z]+\b[^;:.\x01]*[^,][ \t]and(?:[ \t]+[a-z]+ly"
    r"|[ \t]+(?:always|also|then|later|often|never))?[ \t]*\Z"
)
_DIRECTIVE_TAIL_RE = re.compile(
    r"(?:[ \t]+[\w'’\-]+){1,4}?[ \t]+(?:not[ \t]+)?(?:to|where|what|when|how|who|why|whether)\b"
)


# a reported clause of two words or more, then "and had" (no comma) right before a cue
_AND_HAD_END_RE = re.compile(r"[^,;:\x01 \t][ \t]+and[ \t]+had[ \t]+\Z")


# a passive auxiliary right after a comma: the subject of the passive cue is the noun
# before an apposition or a relative clause ("the grant, worth $5,000, was promised"),
# inside the content
_APPOSED_SUBJECT_PASSIVE_RE = re.compile(
    r"[^\W\d_][\w’'.\-]*[ \t]*,(?:[^,;:.!?\x01\n]|(?<=\d)[,.](?=\d)){1,80}?[\w$%)][ \t]*,[ \t]*"
    r"(?:(?:has|have|had)[ \t]+been|was|were|is|are|will[ \t]+be)[ \t]+\Z"
)


def _continues_clause(masked, seg, nxt, nxt_form, se):
    """Does the cue ``nxt_form`` at ``nxt``, after the content words ``seg``, stay
    inside that content: a passive ("and workers had been told to B") or a directive
    conjunct of a perfect ("had closed the lake and told members not to B", see
    ``_reported_perfect_conjunct``)?"""
    if nxt_form in _PASSIVE_LISTENER_FORMS and _PASSIVE_AUX_END_RE.search(seg):
        return True
    if not nxt_form.endswith("ing") and _APPOSED_SUBJECT_PASSIVE_RE.search(
        seg, max(0, len(seg) - 140)
    ):
        return True  # "said the grant, worth $5,000, was promised in June": A's own verb
    if _AND_HAD_END_RE.search(seg, max(0, len(seg) - 24)) and len(seg.split(None, 4)) > 4:
        return True  # "said A and had asked X to B": a backshifted verb of A's subject
    return (
        nxt_form in _DIRECTIVE_FORMS
        and _PERFECT_CONJUNCT_RE.search(seg) is not None
        and _DIRECTIVE_TAIL_RE.match(masked, nxt + len(nxt_form), se) is not None
    )


def _reported_perfect_conjunct(c):
    """Is a directive cue after "and" the second verb of a perfect inside an earlier
    cue's clause, with a to-infinitive or a wh-clause after its object ("Sampson said
    the band had closed its fishery and told members not to drink the water", "She
    said he had hiked it twice and always told someone where he was going")? The
    directive belongs to the reported clause's subject: no frame of its own.

    >>> from types import SimpleNamespace as N
    >>> w = "Lee said the band had closed the lake and told members not to fish".split()
    >>> _reported_perfect_conjunct(N(toks=[(0, 0, x) for x in w], k=9, kend=10, form="told"))
    True
    """
    toks, k, kend = c.toks, c.k, c.kend
    if c.form not in _DIRECTIVE_FORMS:
        return False
    j = k - 1
    if j > 0 and (toks[j][2] in _CONJUNCT_ADVERBS or toks[j][2].endswith("ly")):
        j -= 1  # "and always told", "and quickly told"
    if j < 2 or toks[j][2] != "and" or toks[j - 1][2] == ",":
        return False  # (", and told": the main clause's second verb)
    words = [t[2].lower() for t in toks[kend : kend + 5]]
    if "that" in words or not any(w in _WH_AFTER_OBJECT for w in words[1:]):
        return False
    perfect = False
    for i in range(j - 1, -1, -1):
        w = toks[i][2]
        if w[0] == MASK or w in (";", ".", ":"):
            return False
        if w.lower() in ("had", "has", "have") and i + 1 < j:
            nxt = toks[i + 1][2]
            perfect = perfect or (nxt.islower() and nxt.isalpha() and nxt not in _DETS)
        elif perfect and w in _SAY_FORMS:
            return True
    return False


def _asks_for_a_thing(c):
    """Is an "ask" cue a request for a thing: a short object, then "for" and no
    "that" or quotation in the clause ("Parents asked the province for a school and
    were told ...")? The words after "for" are no reported speech.

    >>> from types import SimpleNamespace as N
    >>> t = [(0, 0, w) for w in "Parents asked the province for a school and were told".split()]
    >>> _asks_for_a_thing(N(toks=t, k=1, kend=2, lemma="ask"))
    True
    >>> t = [(0, 0, w) for w in "Lee asked the province whether it would pay".split()]
    >>> _asks_for_a_thing(N(toks=t, k=1, kend=2, lemma="ask"))
    False
    """
    if c.lemma != "ask":
        return False
    toks, kend = c.toks, c.kend
    for j in range(kend + 1, min(len(toks), kend + 5)):
        w = toks[j][2]
        if w == "for":
            break
        if w[0] == MASK or w in _CLAUSE_STOPS or w.lower() in _ASKED_WHAT:
            return False
    else:
        return False
    return not any(t[2][0] == MASK or t[2].lower() == "that" for t in toks[j + 1 : j + 12])


def _participle_adjective(c):
    """Is the "-ed" cue an adjective before its noun: after "a"/"an" ("an added benefit",
    "a reported loss", "a claimed record") or after a preposition, where no verb stands,
    with a lower-case word after it ("the number of confirmed cases", "among reported
    incidents")?"""
    if not c.form.endswith("ed"):
        return False
    if c.prev_tok in ("a", "an"):
        return c.lemma in ("add", "report", "claim")
    if c.prev_tok not in ("of", "among", "with") or c.kend >= len(c.toks):
        return False
    nxt = c.toks[c.kend][2]
    return nxt.isalpha() and nxt.islower() and nxt not in ("that", "to", "by", "in", "on")


def _accuses_of(c):
    """Is an "accuse" cue followed by its listener (one to six words, no comma) and
    "of", with no determiner before it ("accused the council of hiding the report",
    not "the accused said", "accused the council." or "the man accused of fraud")?

    >>> from types import SimpleNamespace as C
    >>> t = [(0, 0, w) for w in "Roe accused the council of lying .".split()]
    >>> _accuses_of(C(toks=t, kend=2, prev_tok="roe")), _accuses_of(C(toks=t[:4], kend=2, prev_tok="roe"))
    (True, False)
    """
    toks, kend, prev_tok = c.toks, c.kend, c.prev_tok
    if prev_tok in _DETS:
        return False
    if kend < len(toks) and toks[kend][2] == "of":
        return False  # "the man accused of fraud": a passive
    for i in range(kend + 1, min(len(toks), kend + 7)):
        w = toks[i][2].lower()
        if w == "of":
            return True
        if w == "," and i > kend + 1:
            return _apposition_then_of(toks, i)  # "accused Roe, the senator, of"
        if not (w[:1].isalnum() or w[:1] == MASK):
            return False
    return False


# subjects of a plural verb form ("they demand that"; "the DOJ demand" is a noun)
_PLURAL_PRONOUNS = frozenset(("they", "we", "i", "you"))


def _noun_determiner(form, prev_tok):
    """Does ``prev_tok`` make the noun-like cue ``form`` a noun: a determiner ("the
    demands that"), "such", or a singular word before the plain form "demand" ("the
    DOJ demand that")?

    >>> _noun_determiner("demand", "doj"), _noun_determiner("demand", "protesters")
    (True, False)
    """
    return (
        prev_tok in _DETS
        or prev_tok == "such"
        or (form == "demand" and not prev_tok.endswith("s") and prev_tok not in _PLURAL_PRONOUNS)
    )


def _apposition_then_of(toks, i):
    """Is the comma toks[i] after the listener of "accuse" followed by an apposition
    of one to eight words, a comma and "of" ("accused Roe, the senator from Ohio, of")?"""
    for j in range(i + 2, min(len(toks) - 1, i + 10)):
        w = toks[j][2]
        if w == ",":
            return toks[j + 1][2].lower() == "of"
        if not (w[:1].isalnum() or w[:1] == MASK):
            return False
    return False


# what may follow "it" right after a cue when the cue reports no content ("he says it,")
_IT_END = frozenset((",", ".", ";", "and", "but", ""))

# a sentence that opens with one of these and ends with "?" is a yes/no question of the
# writer's, no report of speech ("Does the candidate say the wrong thing?")
_QUESTION_AUX = frozenset(
    "Does Do Did Is Are Was Were Will Would Can Could Should Has Have Had".split()
)


def _what_clause(toks, k):
    """Is the cue at token ``k`` the verb of a free relative clause opened by "what"
    and its subject, one to four words ("heard what voters are saying")?"""
    for x in range(k - 2, max(-1, k - 6), -1):
        w = toks[x][2]
        if w == "what":
            return True
        if not w[:1].isalpha() or w.lower() in ("to", "that", "which", "who"):
            return False
    return False


# adverbs after an "ask" that reports no question or request ("had asked twice"), and
# what may follow them or the verb for that: the clause ends or a time phrase follows
_ASK_ADVERBS = frozenset("twice again repeatedly earlier often once too also first".split())
_ASK_CLAUSE_END = frozenset(". ; ) ! , but and since before after last this during".split())


# "asked that only her first name be used", "asked that he not be named": how the
# article names the speaker, a condition of the interview, not reported speech
_NAMING_REQUEST_RE = re.compile(
    r"(?:only\s+)?(?:(?:her|his|their|its)\s+(?:(?:first|last|given|full|family)\s+)?"
    r"names?\s+(?:,\s+[A-Z][\w'’-]*\s+,\s+)?"  # ("only his first name, Tommy, be used")
    r"(?:not\s+)?be\s+(?:used|withheld|published|given|printed)"
    r"|(?:she|he|they)\s+not\s+be\s+(?:named|identified))\b",
    re.I,
)


_ASK_LISTENER_START = frozenset("the a an its his her their him them us me city province".split())
_ASK_NOT_OBJECT = frozenset("to whether if why how what when where who which that not".split())


def _asked_for_object(toks, j):
    """Do the tokens from ``j`` after an "ask" cue hold a listener, "for" and a thing,
    no clause ("asked the city for a meeting", "asked Ottawa for $2 million"): a request
    for a thing, no speech, as "asked for a meeting" is?

    >>> t = [(0, 0, w) for w in "asked the city for a meeting .".split()]
    >>> _asked_for_object(t, 1), _asked_for_object(t[:3] + [(0, 0, "to")], 1)
    (True, False)
    """
    if j >= len(toks):
        return False
    first = toks[j][2]
    if not (first.lower() in _ASK_LISTENER_START or first[:1].isupper()):
        return False
    for x in range(j + 1, min(len(toks), j + 7)):
        w = toks[x][2]
        if w == "for":
            rest = toks[x + 1 : x + 12]
            return x > j and not any(
                t[2][0] == MASK or t[2].lower() in _ASK_NOT_OBJECT for t in rest
            )
        if w[0] == MASK or w.lower() in _ASK_NOT_OBJECT or w in (",", ".", ";"):
            return False
    return False


def _asks_nothing(toks, k, kend, nxt_tok):
    """Is an "ask" cue followed by no question, request or listener and no quotation
    ("the town had asked twice", "as the mayor had asked.", "the town had asked,
    Ann Roe said"), with no quotation before it in the sentence ('"Why?" she asked.')?

    >>> t = [(0, 0, w) for w in "the town had asked twice .".split()]
    >>> _asks_nothing(t, 3, 4, "twice"), _asks_nothing(t[:5] + [(0, 0, "if")], 3, 4, "twice")
    (True, False)
    """
    if any(t[2][0] == MASK for t in toks[:k]) or any(t[2][0] == MASK for t in toks[kend:]):
        return False
    j = kend
    while j < len(toks) and toks[j][2].lower() in _ASK_ADVERBS:
        j += 1
    nxt = toks[j][2].lower() if j < len(toks) else ""
    if (
        nxt in ("questions", "question")
        and j + 1 < len(toks)
        and toks[j + 1][2].lower() in ("about", "on", "over", "regarding")
    ):
        return True  # "readers asked questions about the mayor's claim that A": the claim's
    if nxt == "that" and _NAMING_REQUEST_RE.match(" ".join(t[2] for t in toks[j + 1 : j + 10])):
        return True  # "She asked that only her first name be used": a request about naming
    if _asked_for_object(toks, j):
        return True  # "asked the city for a meeting": a request for a thing, as "asked for"
    if j == kend and nxt == ",":
        # "the town had asked, Ann Roe said": another cue's insertion follows
        nxt2 = toks[kend + 1][2] if kend + 1 < len(toks) else ""
        return nxt2[:1].isupper() and nxt2 != "I"
    return nxt == "" or (nxt in _ASK_CLAUSE_END and (j > kend or nxt != "before"))


def _in_verb_list(toks, k, kend):
    """Is the cue at ``toks[k:kend]`` an item of a comma list of single lower-case
    words closed by "and"/"or" ("designs, builds, maintains, and repairs")?

    >>> t = [(0, 0, w) for w in "it builds , maintains , and repairs".split()]
    >>> _in_verb_list(t, 3, 4), _in_verb_list(t[:4] + [(0, 0, "that")], 3, 4)
    (True, False)
    """
    if k < 2 or not (toks[k - 2][2].isalpha() and toks[k - 2][2].islower()):
        return False
    nxt = [t[2] for t in toks[kend : kend + 3]]
    if nxt[:1] == [","]:
        nxt = nxt[1:]
    return len(nxt) >= 2 and nxt[0] in ("and", "or") and nxt[1].isalpha() and nxt[1].islower()


_RELATIVES = {"which", "that", "who"}
# prepositions and verbs before a "what" whose clause is an object ("caused by what
# police said was a gas leak", "adapt to what she said is growing demand")
_WHAT_OBJECT_LEADS = frozenset(
    "by to on of for from about with into against over in at after like as is was "
    "called described cited blamed".split()
)
# cues whose relative clause holds content: "a plan which Lee said would fail"
_RELATIVE_LEMMAS = {"say", "claim", "argue", "allege", "insist", "contend", "believe"}


# an auxiliary or adverb between the pronoun subject and the cue of a relative frame
_RELATIVE_AUX = frozenset(
    "had has have also previously once later earlier long repeatedly often always since".split()
)


def _relative_frame_subject(c, lex):
    """Span of the subject of a cue inside a relative clause whose content follows it
    ("a budget which the mayor said would cut taxes", "a law that courts said
    discriminated"): the relative pronoun, a subject of one to four tokens, the cue,
    then a verb (an auxiliary or a past form); None otherwise ("what Lee said was
    a lie" has its content in "what")."""
    toks, k, kend = c.toks, c.k, c.kend
    if c.lemma not in _RELATIVE_LEMMAS:
        return None
    if kend >= len(toks):
        return None
    nxt = toks[kend][2]
    if not (
        nxt.lower() in _VERBISH_NEXT or (nxt.islower() and nxt.endswith("ed") and len(nxt) > 4)
    ):
        return None
    for r in range(k - 2, max(-1, k - 6), -1):
        w = toks[r][2].lower()
        if w in _RELATIVES or (w == "what" and r and toks[r - 1][2] in _WHAT_OBJECT_LEADS):
            # (also "caused by what police said was a leak": no sentence-opening "What")
            if r + 2 == k and toks[k - 1][2].lower() in _PRONOUNS:
                return _span_of(toks, (k - 1, k))  # "which he said"
            if toks[r + 1][2].lower() in _PRONOUNS and all(
                toks[x][2].lower() in _RELATIVE_AUX for x in range(r + 2, k)
            ):  # ("which it said": "it" often names no speaker the frame can resolve)
                return _span_of(toks, (r + 1, r + 2))  # "which they (previously) had said"
            words = [toks[x][2] for x in range(r + 1, k)]
            if any(w.lower() in _VERBISH_NEXT or w.lower() in _PRONOUNS for w in words):
                return None
            if (
                words[0].lower() in _DETS
                or _is_cap(words[0])
                or words[-1].lower() in lex.nouns
                or (words[-1].endswith("s") and words[-1].islower())
            ):
                e = k
                while e > r + 2 and toks[e - 1][2] in _RELATIVE_AUX:
                    e -= 1  # "what the city later said": no adverb in the speaker
                return _span_of(toks, (r + 1, e))  # "which the mayor", "that appeals courts"
            return None
        if not toks[r][2][:1].isalpha():
            return None
    return None


# words before "say" that make it a noun ("a say in it", "the final say")
_SAY_NOUN_BEFORE = {
    "a",
    "an",
    "no",
    "any",
    "final",
    "larger",
    "bigger",
    "greater",
    "equal",
    "little",
}

# verbs after a plural noun form of a cue word: "court reports show", "the claims were"
# ("read", "reads": "the Air Canada counter read ...", what a board or sign shows)
_NOUN_THEN_VERB = {
    "show", "showed", "shows", "indicate", "indicated", "suggest", "suggested", "were",
    "are", "have", "had", "found", "say", "said", "read", "reads",
}  # fmt: skip


def _continues_speech(toks, k, kend):
    """Does "continue(d)" report speech: a quotation, a colon or "that" right after it,
    or a quotation ending just before it ('"...," Lee continued')?"""
    nxt = toks[kend][2]
    if nxt[0] == MASK or nxt == ":" or nxt.lower() == "that":
        return True
    if nxt == "," and kend + 1 < len(toks) and toks[kend + 1][2][0] == MASK:
        return True
    return any(toks[x][2][0] == MASK for x in range(max(0, k - 4), k))


# what a text "reads": 'One sign read, "Farmers first."'
_WRITTEN_NOUNS = {
    "sign", "signs", "message", "messages", "banner", "banners", "placard", "placards",
    "letter", "note", "headline", "headlines", "ad", "ads", "statement", "post", "tweet",
    "caption", "poster", "posters", "shirt", "shirts", "slogan", "text", "email",
    "inscription", "website", "site", "page", "one", "another", "which", "it", "editorial",
}  # fmt: skip


_NOTICE_PLACE_PREPS = frozenset("on in at outside inside above over near by along behind".split())


def _written_noun_placed(toks, k):
    """Is the word before token ``k`` the end of "<written thing> <place preposition>
    (the) <one or two words>": "A sign on the door read", "a banner above the stage
    reads"?"""
    for p in range(k - 2, max(0, k - 5), -1):
        if toks[p][2].lower() in _NOTICE_PLACE_PREPS:
            return p >= 1 and toks[p - 1][2].lower() in _WRITTEN_NOUNS
        if not toks[p][2].isalpha():
            return False
    return False


def _reads_a_quotation(c):
    """Is the cue "read(s)" after a written thing and before a quotation block, right
    after a quotation and before a written thing ('"...," read the email'), or after a
    quotation and its reader ('"...," she read.')?"""
    toks, k, kend = c.toks, c.k, c.kend
    if (
        k >= 2
        and toks[k - 2][2][0] == MASK
        and (c.prev_tok in ("he", "she", "they") or toks[k - 1][2][:1].isupper())
        and (kend >= len(toks) or toks[kend][2] in (".", ",", ";"))
    ):
        return True  # '"...," she read.': a person reading aloud
    if c.prev_tok not in _WRITTEN_NOUNS and not _written_noun_placed(toks, k):
        if not (k and toks[k - 1][2][0] == MASK):
            return False
        # '"Farmers first," read one sign': a determiner, up to two modifiers, the thing
        for j in range(kend, min(len(toks), kend + 4)):
            w = toks[j][2].lower()
            if w in _WRITTEN_NOUNS and w not in ("which", "it"):
                return j > kend or w in ("one", "another")
            if not (w in _DETS or (w.isalpha() and j > kend)):
                return False
        return False
    j = kend + 1 if kend < len(toks) and toks[kend][2] in (",", ":") else kend
    if j < len(toks) and toks[j][2][0] == MASK:
        return True  # 'One sign read, "..."'
    for i in range(k - 2, max(-1, k - 7), -1):  # '"...," the email read.'
        w = toks[i][2]
        if w[0] == MASK:
            return True
        if w in (".", ";", "!", "?"):
            return False
    return False


_ISSUE_VERBS = {
    "issued", "released", "posted", "sent", "published", "put", "gave", "wrote", "unleashed",
    "fired", "filed", "aired", "ran", "launched", "shared", "signed", "delivered", "tweeted",
    "issues", "releases", "posts", "sends", "publishes", "puts", "writes", "runs", "airs",
}  # fmt: skip
_ISSUED_NOUNS = {
    "statement", "tweet", "message", "letter", "release", "post", "email", "e-mail",
    "video", "memo", "note", "response", "reply", "notice", "tweets", "messages",
    "letters", "posts", "emails", "videos", "ad", "ads", "report", "op-ed", "editorial",
    "column", "petition", "complaint", "lawsuit", "suit", "filing", "motion", "brief",
}  # fmt: skip
_QUOTED_VERBS = {"quoted", "quotes", "quoting", "cited", "cites", "citing"}
# words that may stand between the thing issued and the cue: a time ("early Friday",
# "on Tuesday night") or a relative "that" ("a letter that says")
_ISSUE_GAP = {
    "on", "early", "late", "last", "this", "that", "which", "night", "morning", "afternoon",
    "evening", "week", "day", "earlier", "later",
}  # fmt: skip


def _issued_document_speaker(toks, k, lex):
    """Speaker span of "<X> issued a statement (on Tuesday) saying", "<X> unleashed a
    series of tweets early Friday saying", "<X> released a letter from her doctor that
    says": the subject of the verb that issued the document; None otherwise."""
    j = k - 1
    while (
        j >= 0
        and k - j <= 4
        and (toks[j][2].lower() in _ISSUE_GAP or toks[j][2].lower() in _TIME_WORDS)
    ):
        j -= 1
    # the document noun, possibly with a "from <NP>" after it ("a letter from her doctor")
    for d in range(j, max(-1, j - 5), -1):
        w = toks[d][2]
        if w in (",", ";", ".", MASK) or w[:1] == MASK:
            return None
        if w.lower() in _ISSUED_NOUNS:
            break
    else:
        return None
    if d < j and toks[d + 1][2].lower() not in ("from", "by", "of", "to", "on"):
        return None
    for v in range(d - 1, max(-1, d - 6), -1):
        w = toks[v][2].lower()
        if w in _ISSUE_VERBS:
            np_ = (
                _left_np(toks, v, lex)
                if toks[v - 1][2] != ","
                else _np_before_insertion(toks, v, lex)
            )
            return None if np_ is None else _span_of(toks, np_)
        if w in (",", ";", ".") or w[:1] == MASK:
            return None
    return None


def _digit_comma(toks, o):
    """Is the comma token ``o`` a thousands separator ("22,000")?"""
    return (
        0 < o < len(toks) - 1
        and toks[o - 1][2].isdigit()
        and toks[o + 1][2].isdigit()
        and toks[o - 1][1] == toks[o][0]
        and toks[o][1] == toks[o + 1][0]
    )


def _np_before_insertion(toks, v, lex):
    """Subject of the verb at token v when a comma insertion separates them: the
    appositive name ("Lee's aide, Jo Ruiz, issued") or the noun phrase before a
    relative clause ("Jo Ruiz, who led the party in 2001, issued"); None otherwise."""
    for o in range(v - 2, max(0, v - 40), -1):
        w = toks[o][2]
        if w in (";", ".") or w[:1] == MASK:
            return None
        if w == "," and not _digit_comma(toks, o):
            if toks[o + 1][2].lower() in ("who", "whose", "which"):
                return _left_np(toks, o, lex)
            np_ = _left_np(toks, v - 1, lex)
            return np_ if np_ is not None and np_[0] == o + 1 else None
    return None


def _statement_or_quoted_as(toks, k, lex):
    """Speaker span of "<X> issued a statement saying" (X) and of "quoted <X> as
    saying" (X), or None."""
    got = _issued_document_speaker(toks, k, lex)
    if got is not None:
        return got
    prev = toks[k - 1][2].lower() if k else ""
    if prev == "as" and k >= 3:
        np_ = _left_np(toks, k - 1, lex)
        if np_ is not None:
            for m in range(k - 3, max(-1, np_[0] - 2), -1):  # "quoted" before X
                if toks[m][2].lower() in _QUOTED_VERBS:
                    return _span_of(toks, (m + 1, k - 1))
        elif toks[k - 2][2] == "," and k >= 4:
            # "quoted a former aide, Jo Ray, as saying": the apposition's name
            np_ = _left_np(toks, k - 2, lex)
            if np_ is not None and np_[0] >= 2 and toks[np_[0] - 1][2] == ",":
                for m in range(np_[0] - 2, max(-1, np_[0] - 9), -1):
                    w = toks[m][2]
                    if w.lower() in _QUOTED_VERBS:
                        return _span_of(toks, np_)
                    if w in (",", ";", ".") or w[:1] == MASK:
                        break
    return None


def _progressive_aux(c):
    """Index of the auxiliary of a progressive cue ("Lee is warning", "Lee is already
    claiming", "Lee keeps saying"), -1 when the cue is no progressive."""
    toks, k = c.toks, c.k
    if not c.form.endswith("ing"):
        return -1
    j = k - 1
    if j >= 1 and _skips_before_cue(toks[j][2]) and toks[j][2].lower() not in _PROG_AUX:
        j -= 1  # "is already claiming", "is now saying"
    if j >= 1 and toks[j][2].lower() in _PROG_AUX and toks[j - 1][2] not in (";", MASK):
        return j  # (after a comma: "Lee, who won, is warning that")
    return -1


def _progressive_with_content(c):
    """Is a noun-like -ing cue a progressive verb with a clause or a quotation after
    it ("Lee is warning (voters) that ...", not "the worry is warning signs")?"""
    if _progressive_aux(c) < 0:
        return False
    after = c.toks[c.kend : c.kend + 5]
    return bool(after) and (after[0][2][0] == MASK or any(t[2].lower() == "that" for t in after))


# participles of an absolute construction "with Rubio saying ...", "staff members
# suggesting ..."
_ABSOLUTE_ING = {
    "saying", "arguing", "insisting", "warning", "claiming", "noting", "telling",
    "suggesting", "predicting", "vowing", "tweeting", "writing", "declaring",
}  # fmt: skip


# words after which an -ing cue is a gerund of the sentence's subject ("after saying",
# "since announcing", "despite admitting"); "aside from" and "in addition to" below
_GERUND_PREPS = {
    "and", "but", "while", "before", "after", "by", "since", "despite", "besides", "upon",
}  # fmt: skip


def _after_gerund_prep(prev_tok, prev2):
    """Is an -ing cue after ``prev_tok`` (``prev2`` before it) a gerund whose speaker
    is the sentence subject ("Lee, since announcing ...", "aside from saying")?"""
    return (
        prev_tok in _GERUND_PREPS
        or (prev_tok == "from" and prev2 == "aside")
        or (prev_tok == "to" and prev2 == "addition")
    )


def _char_before_last(text, end):
    """``text[:end].rstrip()[-2:-1]`` without copying the text before ``end`` (a
    copy per cue made 100,000 '"...," saying' quadratic); before a closing mark of two
    apostrophes ('it,'' adding') the character before both."""
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j >= 3 and text[j - 2 : j] == "''":
        j -= 1
    return text[j - 2] if j >= 2 else ""


def _ing_speaker(doc, c, lex):
    """(mention, span) of the speaker of an -ing cue, None when it has none: the
    subject of a progressive ("Trump is telling"), of an absolute construction ("with
    Rubio saying"), or of the sentence / the sentence's last speaker ("..., saying")."""
    toks, k, prev_tok, form = c.toks, c.k, c.prev_tok, c.form
    if (
        k
        and (_skips_before_cue(toks[k - 1][2]) or toks[k - 1][2] in ("only", "just"))
        and c.prev2 in (",", "—", "–", "-", "while", "and", "after", "by")
    ):
        prev_tok = c.prev2  # "..., falsely suggesting that", "- only saying that"
    if _progressive_aux(c) >= 0:
        return "progressive"  # handled as a finite verb by the caller
    got = _statement_or_quoted_as(toks, k, lex)
    if got is not None:
        return None, got
    if k and prev_tok in _PERCEPTION_PARTICIPLES:
        # "Lee could be heard shouting, '...'": the subject of the passive perception verb
        m_span = _sentence_subject(doc.masked, c.ss, toks[k - 1][0], lex)
        if m_span is not None:
            return None, m_span
    # (a spaced hyphen stands for a dash: "declined to claim victory - saying that")
    after_comma = prev_tok in (",", "—", "–", "-") or (
        prev_tok[:1] == MASK and _char_before_last(doc.text, toks[k - 1][1]) in (",", "，")
    )  # '"... careless," noting that': the comma inside the quotation
    if not after_comma and not _after_gerund_prep(
        prev_tok, c.prev2 if prev_tok == c.prev_tok else ""
    ):
        # absolute construction "with Rubio saying ...", "30 percent of voters saying"
        np_i = _left_np(toks, k, lex) if form in _ABSOLUTE_ING else None
        if np_i is None or toks[np_i[1] - 1][2].lower() in _PRONOUNS:
            return None
        if not any(
            _is_cap(toks[x][2])
            or toks[x][2].lower() in lex.nouns
            or toks[x][2].lower() in _NUMERIC
            or toks[x][2][:1].isdigit()
            for x in range(*np_i)
        ) and not _role_head_after_with(toks, np_i):
            return _subject_before_object(doc, c, toks, np_i, lex)
        return None, _span_of(toks, np_i)
    m_span = _clause_subject_before(doc, c, lex)
    if m_span is not None:
        return None, m_span
    if doc.last_speaker is not None:
        return doc.last_speaker, None
    m_span = _sentence_subject(doc.masked, c.ss, c.se, lex)
    return None if m_span is None else (None, m_span)


def _role_head_after_with(toks, np_i):
    """Is the noun phrase ``np_i`` of an absolute construction "with a|the <role>" ("with
    a judge telling him ...", "with the coach saying ..."), its head a role title?"""
    i, j = np_i
    return (
        j - i == 2
        and i >= 1
        and toks[i - 1][2].lower() == "with"
        and toks[i][2].lower() in ("a", "the")
        and toks[j - 1][2].lower() in load_titles()["role"]
    )


# a passive perception verb before a speech participle: "was heard saying", "could be
# overheard telling", "was caught saying", "was recorded saying"
_PERCEPTION_PARTICIPLES = frozenset(("heard", "overheard", "caught", "recorded", "filmed"))


_PREP_WORDS = frozenset(
    "alongside of for about by over under near beside behind through against among like"
    " as than and or but".split()
)


def _subject_before_object(doc, c, toks, np_i, lex):
    """(None, span) of the sentence subject for "Lee opened the debate saying ...": a
    speech participle right after a verb's object that is no speaker ("the debate",
    "the meeting"), the subject a name before that verb; None otherwise."""
    verb = toks[np_i[0] - 1][2] if np_i[0] >= 2 else ""
    if not verb.isalpha() or not verb.islower() or verb in _OBJ_PREPS or verb in _PREP_WORDS:
        return None  # (not "... alongside an item suggesting ...": the item's)
    m_span = _sentence_subject(doc.masked, c.ss, toks[np_i[0] - 1][0], lex)
    if m_span is None or not _is_cap(doc.masked[m_span[0] : m_span[1]].split()[-1]):
        return None
    return None, m_span


# conjunctions after a comma that open a clause with its own subject ("Lee spoke,
# but Roe pressed him, asking ..."): an -ing cue after that clause is its subject's
_CLAUSE_CONJ = frozenset(("but", "while", "whereas", "yet"))


def _clause_subject_before(doc, c, lex):
    """Char span of the subject of the last ", but <subject> <verb>" clause before the
    "..., <participle>" cue ``c`` in its sentence, None when there is none: "Lee
    pivoted to trade, but Roe brought him back, asking Lee to ..." is Roe asking; so
    is "police charged him and Roe fired the chief, acknowledging ..."."""
    toks, k = c.toks, c.k
    hi = toks[k - 1][0]
    for i in range(k - 2, 0, -1):
        if toks[i][0] < c.ss:
            return None
        w = toks[i][2]
        if w == "and" and toks[i - 1][2].isalpha() and toks[i - 1][2].islower():
            if not _is_cap(toks[i + 1][2]):
                continue
        elif w == "and" and toks[i - 1][2] == "," and i + 1 < k:
            if _LOWER_WORD_RE.search(doc.masked, c.ss, toks[i - 1][0]) is None:
                continue  # "Lee, Roe, and Ray met him, saying": a list, no clause
        elif w not in _CLAUSE_CONJ or toks[i - 1][2] != "," or i + 1 >= k:
            continue
        m_span = _sentence_subject(doc.masked, toks[i + 1][0], hi, lex)
        if m_span is None or (w == "and" and not _has_predicate_after(doc.masked, m_span, hi)):
            return None
        last = None
        for m in _MAIN_CLAUSE_AFTER_RE.finditer(doc.masked, m_span[1], hi):
            last = m
        if last is not None:
            # "while rivals called for X, Lee hewed to Y, noting": Lee's
            lo = last.end() - 1
            main = _sentence_subject(doc.masked, lo, hi, lex)
            if main is not None and main[0] == lo and _has_predicate_after(doc.masked, main, hi):
                m_span = main
            elif w != "and":
                return None
        words = doc.masked[m_span[0] : m_span[1]].split()
        if not any(_is_cap(w) or w.lower() in lex.nouns for w in words):
            return None
        return m_span
    return None


_LOWER_WORD_RE = re.compile(r"[ \t][a-z]{2,}\b")


def _has_predicate_after(masked, span, hi):
    """Is there a lower-case word (a verb and its object) between the subject ``span``
    and ``hi``, not just an apposition ("Tom Vale, saying")?"""
    return _LOWER_WORD_RE.search(masked, span[1], hi) is not None


# a comma and a capitalised word after a subordinate clause's subject: the main
# clause may start there ("while rivals called for more, Lee hewed to ...")
_MAIN_CLAUSE_AFTER_RE = re.compile(r",[ \t]+[A-Z]")


# (an age is a plain modifier too: "A 73-year-old retired teacher who lost $700 said")
_SUBJECT_WORD_RE = re.compile(r"(?:[A-Za-z][\w'’\-]*|\d{1,3}-year-old)\Z")
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
# a share of a polled group: "One in three", "nearly eight in 10 Democratic voters",
# "a third of independents", "56 percent of those polled", "two-thirds of them"
_PROPORTION_SUBJ_RE = re.compile(
    r"(?:(?:nearly|almost|about|roughly|some|only|just|over|under)\s+)?"
    r"(?:" + _NUM + r"\s+(?:in|out\s+of)\s+" + _NUM + r"\b"
    r"|(?:a|one|two)[\s\-]+(?:thirds?|quarters?|fifths?|half)\s+of\b"
    r"|half\s+of\b|" + _NUM + r"\s*(?:%|percent|per\s+cent)\s+of\b"
    r"|(?:(?:large|small|big|slim|narrow|solid|clear|overwhelming)\s+)?majorit(?:y|ies)\s+of\b"
    r"|(?:a|the)\s+(?:(?:large|small|slim|narrow|solid|clear)\s+)?"
    r"(?:majority|plurality|minority)\s+of\b)"
    r"(?:\s+[A-Za-z][\w'’\-]*){0,12}\Z",
    re.I,
)


# the words a _PROPORTION_SUBJ_RE match can start with (besides digits)
_PROPORTION_FIRST = {
    "nearly", "almost", "about", "roughly", "some", "only", "just", "over", "under",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a",
    "the", "half", "large", "small", "big", "slim", "narrow", "solid", "clear",
    "overwhelming", "majority", "majorities",
}  # fmt: skip


def _proportion_subject(c):
    """Span of a share of a polled group that opens the sentence and runs up to the
    cue ("One in three said", "Large majorities of voters in six states said"), or
    None."""
    toks, k = c.toks, c.k
    if not toks or toks[0][0] != c.ss:
        return None
    t0 = 1 if toks[0][2].lower() in ("but", "and", "yet", "so") else 0
    n = k - t0
    w0 = toks[t0][2].lower() if t0 < len(toks) else ""
    if not (3 <= n <= 16 and (w0 in _PROPORTION_FIRST or w0[:1].isdigit())):
        return None  # (a cheap test first: this runs for most cues)
    if _PROPORTION_SUBJ_RE.match(" ".join(toks[x][2] for x in range(t0, k))):
        return _span_of(toks, (t0, k))
    kk = _before_share_apposition(toks, k)
    if kk < k and _PROPORTION_SUBJ_RE.match(" ".join(toks[x][2] for x in range(t0, kk))):
        return _span_of(toks, (t0, kk))  # "A third of independents, 33%, say"
    return None


def _before_share_apposition(toks, k):
    """Index of the comma opening a ", 33%," / ", 67 percent," apposition that ends
    right before the cue at ``k``, else ``k``."""
    if k < 5 or toks[k - 1][2] != ",":
        return k
    j = k - 2
    if toks[j][2] == "%" or toks[j][2].lower() == "percent":
        j -= 1
    elif toks[j][2].lower() == "cent" and toks[j - 1][2].lower() == "per":
        j -= 2
    else:
        return k
    if j >= 1 and toks[j][2][:1].isdigit() and toks[j - 1][2] == ",":
        return j - 1
    return k


# a number written in words ("nine", "twenty-five"): "nine per cent said"
_NUM_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)

# a share alone right before the cue, after a clause break or at the sentence start:
# "..., and a third said", "Among likely voters, about two-thirds, 67 percent, say",
# "while 38 percent say", "all but two said"
_SHARE_ALONE_RE = re.compile(
    r"(?:^|[,;] (?:(?:and|but) )?|\b(?:and|but|while|whereas) )"
    r"(?P<share>(?:(?:nearly|almost|about|roughly|only|just|over|under|another|"
    r"(?:more|less|fewer) than|just shy of|just over|just under) )?"
    r"(?:(?:a|one|two|three)[ \-](?:thirds?|quarters?|fifths?)|half|"
    r"(?:\d+(?:\.\d+)?|" + _NUM_WORD + r") ?(?:%|percent|per cent)"
    r"|all but (?:one|two|three|four|five|\d+))"
    r"(?: , \d+(?:\.\d+)? ?(?:%|percent|per cent) ,)?) \Z",
    re.I,
)


def _share_alone_subject(c):
    """Span of a share of a polled group standing alone right before the cue ("a third
    said", ", 67 percent, say") at the sentence start or after a clause break, or
    None."""
    toks, k = c.toks, c.k
    lo = max(0, k - 12)
    last = toks[k - 1][2].lower() if k else ""
    if last == ",":  # ", 67 percent, say": only after an apposition of a share
        if k < 3 or toks[k - 2][2].lower() not in ("%", "percent", "cent"):
            return None
    elif not (last[:1].isdigit() or last in _SHARE_LAST):
        return None  # (a cheap test first: this runs for many cues)
    words = [toks[x][2] for x in range(lo, k)]
    m = _SHARE_ALONE_RE.search(" ".join(words) + " ")
    if m is None or (m.start() == 0 and toks[lo][0] != c.ss):
        return None
    first = k - len(m.group("share").split(" "))
    return _span_of(toks, (first, _before_share_apposition(toks, k)))


_SHARE_LAST = {"third", "thirds", "quarter", "quarters", "fifth", "fifths", "half", "%",
    "percent", "cent", "one", "two", "three", "four", "five"}  # fmt: skip


_DASH_TOKENS = frozenset(("—", "–", "--", "-"))


def _dateline_end(toks):
    """Index of the first token after a wire dateline that opens the sentence
    ("ORLAN (AP) — A report said", "CALGARY, Alta. — Acme said"): an upper-case word,
    then at most six tokens of upper-case words, capitalised words, commas and a
    parenthesis, then a dash; 0 when there is none.

    >>> _dateline_end([(0, 5, "ORLAN"), (6, 7, "("), (7, 9, "AP"), (9, 10, ")"),
    ...                (11, 12, "—"), (13, 14, "A")])
    5
    """
    if not toks or len(toks[0][2]) < 2 or not toks[0][2].isupper():
        return 0
    for x in range(1, min(len(toks) - 1, 8)):
        w = toks[x][2]
        if w in _DASH_TOKENS:
            return x + 1
        if not (w[:1].isupper() or w in ("(", ")", ",", ".")):
            return 0
    return 0


def _short_sentence_subject(c, lex):
    """Span of a short subject that opens the sentence right before the cue and that
    the noun-phrase rules do not know ("Several supporters of reform said"): 2 to 5
    plain words starting with a determiner, a quantifier or a capital, holding no
    verb-like word; None otherwise."""
    toks, k = c.toks, c.k
    if not toks or toks[0][0] != c.ss:
        return None  # the window does not start at the sentence start
    t0 = _dateline_end(toks)  # "ORLAN (AP) — A news report published Monday said"
    t0 += 1 if toks[t0][2].lower() in ("but", "and", "yet", "so") else 0
    # "organizations that have endorsed him say": the head before the relative clause
    rel = next(
        (x for x in range(t0 + 1, min(k, t0 + 5)) if toks[x][2].lower() in ("who", "that")), -1
    )
    # (a "who" clause may be long: "A paramedic who was first to reach a worker crushed
    # under a collapsed wall told the jury": the paramedic)
    most = 20 if rel >= 0 and toks[rel][2].lower() == "who" else 9
    if (
        rel >= 0
        and k - rel <= most
        and all(
            toks[x][2] not in (",", ";", MASK) or _thousands_comma(toks, x) for x in range(rel, k)
        )
    ):
        k = rel
    n = k - t0
    words = [toks[x][2] for x in range(t0, k)]
    if not 1 <= n <= 5 or (n == 1 and rel < 0):
        return None
    lw = [w.lower() for w in words]
    if not all(_SUBJECT_WORD_RE.match(w) for w in words):
        return None
    if not (
        lw[0] in _DETS
        or lw[0] in _QUANT_SUBJ
        or words[0][:1].isupper()
        or lw[-1] in lex.nouns
        or (rel >= 0 and lw[-1].endswith("s") and not lw[-1].endswith("ss"))
    ):
        return None  # (a plural head before a relative clause: "groups that backed him say")
    if lw[0] in _PRONOUNS or any(w in _NOT_ROLE and w != "of" for w in lw[1:]):
        return None
    if lw[-1] in _SKIP_BEFORE_CUE or lw[-1].endswith("ly"):
        return None
    return _span_of(toks, (t0, k))


_LEAD_SUBORDINATORS = frozenset("though although while because since if when as".split())


def _in_subject_relative(toks, j, k):
    """Is the noun phrase at token ``j`` (before the cue at ``k``) inside a restrictive
    "who" clause of the sentence's opening subject ("A man who works at a shop two doors
    down said")?"""
    for rel in range(1, min(j, 6)):
        if toks[rel][2] == "who" or _that_subject_relative(toks, rel, j):
            return all(
                toks[x][2] not in (",", ";", MASK) or _thousands_comma(toks, x)
                for x in range(rel, k)
            )
    return False


def _thousands_comma(toks, x):
    """Is token ``x`` the comma inside a number ("lost $1,200"), no clause comma?"""
    return (
        toks[x][2] == ","
        and 0 < x < len(toks) - 1
        and toks[x - 1][1] == toks[x][0]
        and toks[x + 1][0] == toks[x][1]
        and toks[x - 1][2].isdigit()
        and len(toks[x + 1][2]) == 3
        and toks[x + 1][2].isdigit()
    )


_REL_OBJECT_DETS = frozenset("the a an its their his her this these those".split())


def _that_subject_relative(toks, rel, j, a=0):
    """Is token ``rel`` a "that" opening a subject relative on the "The/A <noun>" at
    token ``a`` (the sentence's opening by default: "The company that owns the buildings
    says": a verb in -s or -ed, then a determiner), the noun phrase at ``j`` after that
    verb?"""
    return (
        toks[rel][2] == "that"
        and rel - a in (2, 3)
        and toks[a][2].lower() in ("the", "a", "an")
        and (a or toks[a][2][0].isupper())
        and all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a + 1, rel))
        and rel + 2 <= j
        and toks[rel + 1][2].islower()
        and (toks[rel + 1][2].endswith(("s", "ed")) or toks[rel + 1][2] in _IRREGULAR_PAST)
        and (toks[rel + 2][2] in _REL_OBJECT_DETS or toks[rel + 2][2] in _REL_OBJECT_PRONOUNS)
    )


# an object pronoun right after a subject relative's verb ("the company that built it
# says": the company)
_REL_OBJECT_PRONOUNS = frozenset(("it", "them", "him", "her"))


def _restrictive_relative_subject(c, lex):
    """Span of the sentence's opening noun phrase when a restrictive "who" clause (no
    comma before "who") runs from it up to the comma right before the cue ("A nurse who
    asked not to be named because she fears reprisals, said the ward ...": the nurse);
    else None. The phrase may stand in apposition after a short opener ("One of them, a
    designer who ..., said")."""
    toks, k = c.toks, c.k
    if k < 4 or toks[k - 1][2] != "," or toks[0][0] != c.ss:
        return None
    for w in range(1, min(k - 2, 12)):
        t = toks[w][2]
        if t == "who":
            break
        if t in (";", ":") or t[0] == MASK:
            return None
    else:
        return None
    if toks[w - 1][2] == "," or any(
        toks[x][2] in (",", ";", ":") or toks[x][2][0] == MASK for x in range(w + 1, k - 1)
    ):
        return None  # ("Lee, who chairs it, said": a closed clause, read elsewhere)
    np_ = _left_np(toks, w, lex)
    if np_ is None or toks[np_[0]][2].lower() in _PRONOUNS:
        return None
    a = np_[0]
    if a == 0 or (
        toks[a - 1][2] == "," and all(toks[x][2] not in (",", ";") for x in range(a - 1))
    ):
        return _described_opener(toks, a, lex) or _span_of(toks, np_)
    return None


def _described_opener(toks, a, lex):
    """Span of a definite description that opens the sentence before the apposition at
    token ``a`` ("The pool's deck supervisor, a man in his twenties who asked not to be
    named, said": the deck supervisor, not "a man"): "The" and at most four words ending
    in a role word; None otherwise ("One of them, a designer who ...": the designer)."""
    if a < 3 or toks[0][2] != "The" or a - 1 > 5:
        return None
    head = toks[a - 2][2]
    if not head.islower() or head not in lex.titles:
        return None
    return _span_of(toks, (0, a - 1))


def _unclosed_relative_subject(toks, j, k, lex):
    """Span of the name before ", who" when the noun phrase at token ``j`` (before the
    cue at ``k``) is the object inside that relative clause whose closing comma is
    missing ('"...," Ann Lee, who chairs the group said'): the name opens its clause
    (sentence start or after a quotation), and a word stands between "who" and the
    noun phrase ("Lee, who the party said ..." is the party's); else None."""
    if toks[j][2].lower() in _PRONOUNS:
        return None  # "Lee, who ... because he claimed": the pronoun's own referent
    for w in range(j - 2, max(1, j - 12), -1):
        t = toks[w][2]
        if t in (",", ";", ":") or t[0] == MASK:
            return None
        if t != "who":
            continue
        if toks[w - 1][2] != "," or not any(toks[x][2].isalpha() for x in range(w + 1, j)):
            return None
        if any(toks[x][2] in (",", ";", ":") or toks[x][2][0] == MASK for x in range(j, k)):
            return None
        np_ = _left_np(toks, w - 1, lex)
        if np_ is None or not _is_cap(toks[np_[0]][2]) or not _is_cap(toks[np_[1] - 1][2]):
            return None
        a = np_[0]
        if (
            a == 0
            or toks[a - 1][2][0] == MASK
            or (a >= 2 and toks[a - 1][2] == "," and toks[a - 2][2][0] == MASK)
        ):
            return _span_of(toks, np_)
        return None
    return None


_HONORIFICS = load_titles()["honorific"]

# lower-case words that open a title ("senior vice president", "managing director")
_TITLE_LEADS = frozenset("senior managing acting executive vice deputy chief general".split())


def _joins_titles(toks, x, lex):
    """Does the "and" at token ``x`` join two lower-case titles ("chairman and chief
    executive")?"""
    return 0 < x < len(toks) - 1 and all(
        toks[y][2] in lex.titles or toks[y][2] in _TITLE_LEADS for y in (x - 1, x + 1)
    )


def _plural_word(w):
    return len(w) > 3 and w.islower() and w.endswith("s") and not w.endswith(_NOT_PLURAL)


def _description_start(toks, k):
    """Token after the last comma before the cue at ``k`` when it is at most 12 tokens
    back with no quotation between ("..., Ann Roe, vice president of finance said": the
    description), else -1."""
    for x in range(k - 1, max(0, k - 13), -1):
        t = toks[x][2]
        if t == ",":
            return x + 1 if x + 1 < k else -1
        if t[0] == MASK or t in (";", ":"):
            return -1
    return -1


def _unclosed_apposition_subject(toks, j, k, lex):
    """Span of the name before the lower-case description at token ``j`` (before the
    cue at ``k``) whose closing comma is missing ("..., Ann Roe, president of the
    club said"; '"...," Ann Roe, an aide to Lee said'): the description holds a title
    or speaker noun and no comma ("and" only between titles: "chairman and chief
    executive"), is no bare plural ("..., Ann Roe, analysts said": the analysts), and
    the name opens its clause (sentence start, after a quotation, or after a comma
    when it opens with a given name or an honorific); else None. Not a place ("In Lisle, Ohio, the mayor
    said") nor a list ("Ann Roe, Tom Vale and the mayor said")."""
    w0 = toks[j][2]
    if j < 2 or toks[j - 1][2] != "," or not w0.isalpha() or not w0.islower():
        return None
    if w0 in _PRONOUNS or any(
        toks[x][2] in (",", ";", ":", "or")
        or (toks[x][2] == "and" and not _joins_titles(toks, x, lex))
        for x in range(j, k)
    ):
        return None
    if k - j <= 2 and _plural_word(toks[k - 1][2]):
        return None  # "..., the chairman, Ann Roe, analysts said": the analysts
    if not any(
        toks[x][2].lower() in lex.titles or toks[x][2].lower() in lex.nouns for x in range(j, k)
    ):
        return None
    for x in range(j, k):  # "..., finance minister Ann Roe said": no description
        if toks[x][2].lower() in SPEAKER_PREPS:
            break
        if _is_cap(toks[x][2]):
            return None
    np_ = _left_np(toks, j - 1, lex)
    if np_ is None or np_[1] != j - 1:
        return None
    a, b = np_
    words = [toks[x][2] for x in range(a, b)]
    if not all(_is_cap(w) for w in (words[0], words[-1])) or words[0].lower() in _DETS:
        return None
    if " ".join(words) in lex.place_names or words[-1] in lex.place_words:
        return None
    if len(words) == 1 and a == 0:
        return None  # "Significantly, the judge said": a sentence adverb, no name
    if all(w.lower().rstrip(".") in lex.titles for w in words):
        return None  # "..., Chairman, head of the board said": no name
    if any(w in ("and", "or", "&") for w in words):
        return None  # "orders lost to Korea, Hong Kong and Singapore, a spokesman said"
    if a == 0 or toks[a - 1][2][0] == MASK:
        return _span_of(toks, np_)
    if toks[a - 1][2] == "," and (
        words[0].lower() in lex.gender or words[0].lower().rstrip(".") in _HONORIFICS
    ):  # after a comma a person ("..., Ann Roe,"), not a place ("in Dubai, United Arab
        # Emirates, a spokeswoman said")
        if a >= 2 and w0 in _DETS and toks[a - 2][2].lower() in lex.titles:
            return None  # ("by the firm's lawyer, Ann Roe, the officer agreed": the
            # name is the lawyer's apposition, the officer the subject)
        return _span_of(toks, np_)
    return None


# what ends the head of a long subject ("Farmers in Iowa who watched the debate say")
_HEAD_END = {
    "who",
    "whom",
    "which",
    "that",
    "whose",
    "with",
    "in",
    "on",
    "at",
    "from",
    "here",
    "there",
    ",",
}
# what may open a long subject before its head
_SUBJECT_LEAD = {"even", "only", "still", "now", "also"}
# what may open the insertion of a long subject between commas ("Executives for Mondex,
# which made $30 billion, say"; "Even the hawks, like Rubio and Bush, say")
_INSERTION_OPEN = {
    "which", "who", "whose", "including", "like", "a", "an", "the", "many", "some", "for",
    "however",
}  # fmt: skip


# cues whose long plural subject is read by _long_sentence_subject ("Cement makers, for
# instance, argue that ..."; "The five-member jury, which heard from 20 witnesses,
# recommended that ...": a body's recommendation)
_LONG_SUBJECT_LEMMAS = {"say", "argue", "contend", "insist", "warn", "predict", "tell", "recommend"}


def _long_sentence_subject(c, lex):
    """Span of the head of a long subject that opens the sentence and runs up to a
    "say" cue, which the noun-phrase rules do not take ("Farmers in Iowa who watched
    the debate said", "People with direct knowledge of the deal said", "Friends,
    lobbyists and former foes say"): 3 to 20 words starting with a capital, a
    determiner or a quantifier, with no verb-like word before a relative pronoun, and
    commas only around an insertion or in a list; None otherwise. The head runs to the
    first relative pronoun, preposition other than "of" / "for", comma or participle."""
    toks, k = c.toks, c.k
    if c.lemma not in _LONG_SUBJECT_LEMMAS or not toks or toks[0][0] != c.ss:
        return None
    t0 = _dateline_end(toks)
    t0 += 1 if toks[t0][2].lower() in ("but", "and", "yet", "so") else 0
    while t0 < k and toks[t0][2].lower() in _SUBJECT_LEAD:
        t0 += 1
    words = [toks[x][2] for x in range(t0, k)]
    if not 3 <= len(words) <= _long_subject_limit(words):
        return None
    w0, l0 = words[0], words[0].lower()
    if l0 in _LEAD_ADVERBIAL or l0 in _PRONOUNS or l0 in _CONJ:
        return None
    if not (w0[:1].isupper() or l0 in _DETS or l0 in _QUANT_SUBJ):
        return None
    if not _plain_subject_words(words, lex):
        return None
    head = 1
    if "," in words and words[words.index(",") + 1].lower() not in _INSERTION_OPEN:
        head = len(words)  # a list: "Friends, lobbyists and former foes"
    while (
        head < len(words)
        and words[head].lower() not in _HEAD_END
        and not (words[head].islower() and words[head].endswith("ing"))
    ):
        head += 1
    if words[head - 1].lower() in ("of", "for", "and", "the", "a", "an"):
        return None
    return _span_of(toks, (t0, t0 + head))


# prepositions of place that put a name inside a participle phrase, not before the cue
_INSIDE_SUBJECT_PREPS = frozenset(
    "beneath below under underneath above over across near in into from off out at "
    "along around behind beside between beyond inside outside through toward towards "
    "within throughout".split()
)


def _subject_around_np(c, n0, lex):
    """The sentence subject that holds the noun phrase read before the cue, at token
    ``n0``: the noun before a relative clause ("The woman who owns the bakery said")
    or before a participle phrase the name ends ("A company hoping to drill beneath
    Alberta says"); None otherwise."""
    toks = c.toks
    if (hired := _hired_to_before(toks, n0)) is not None:
        return hired  # ("..., the company hired to clear the sidewalks says")
    if (got := _noun_left_in_place_subject(c, n0, lex)) is not None:
        return got  # ("The only vet left in a region the size of Manitoba says")
    if _AROUND_NP_WORDS.isdisjoint(map(_tok_word, toks[1:n0])) and not (
        n0 < len(toks)
        and toks[n0][2][:1].isupper()
        and not _INSIDE_SUBJECT_PREPS.isdisjoint(map(_tok_word, toks[max(0, n0 - 3) : n0]))
    ):
        return None  # (each rule needs a relative or link word, or a preposition before n0)
    return (
        _relative_clause_subject(c, n0, lex)
        or _long_relative_subject(c, n0)
        or _participle_subject_before_place(c, n0, lex)
        or _opening_subject_before_phrase(c, n0, lex)
    )


# what hangs a place on an opening person noun: "The only vet left in ...", "A nurse
# working in ...", "The last doctor in ..."
_PLACE_HANGERS = frozenset("left based living working practising practicing in at near".split())


def _noun_left_in_place_subject(c, n0, lex):
    """Span of the sentence's opening subject, a determiner, at most three words and a
    lower-case person noun (``lex.nouns`` or a title word) with a place hung on it
    ("The only large-animal veterinarian left in a stretch ... the size of Prince
    Edward Island says" -> "The only large-animal veterinarian"), when the noun phrase
    read before the cue, at token ``n0``, is a capitalised name inside that phrase,
    only words stand between and no verb other than the hanging participle; None
    otherwise."""
    toks = c.toks
    if not toks or toks[0][0] != c.ss or n0 >= len(toks) or not toks[n0][2][:1].isupper():
        return None
    t0 = _dateline_end(toks)
    if t0 + 1 >= n0 or toks[t0][2].lower() not in ("a", "an", "the"):
        return None
    j = next((x for x in range(t0 + 2, min(t0 + 6, n0)) if toks[x][2] in _PLACE_HANGERS), None)
    if j is None:
        return None
    head = toks[j - 1][2]
    if not (head.islower() and (head in lex.nouns or head in lex.titles)):
        return None
    for y in range(t0, n0):
        w = toks[y][2]
        if not w[:1].isalnum():
            return None  # (a comma, dash or quotation: not one phrase)
        if y > j and w.islower() and (w in lex.verb_lemma or _past_form(w)):
            return None  # ("The nurse in the ward stood and said")
    return _span_of(toks, (t0, j))


# what hangs a phrase on a sentence's opening noun ("The company behind a wind farm
# ... says", "The First Nation whose territory covers the site says")
_SUBJECT_LINKS = frozenset("whose behind near beside across outside inside".split())
# a word one of ``_subject_around_np``'s rules needs before the noun phrase: a relative
# word (``_relative_clause_subject``) or a link (``_opening_subject_before_phrase``)
_AROUND_NP_WORDS = frozenset(("who", "that", "which", *_SUBJECT_LINKS))
_tok_word = itemgetter(2)


def _opening_subject_before_phrase(c, n0, lex):
    """Span of the sentence's opening subject, a determiner and one to three words up
    to a "whose" or place-preposition link ("The company behind a proposed wind farm
    north of Kenora says" -> "The company"), when the noun phrase read before the cue,
    at token ``n0``, comes after the link, nothing but words stand between (no comma,
    dash or quotation) and, after a preposition, no verb does; None otherwise."""
    toks, k = c.toks, c.k
    if not toks or toks[0][0] != c.ss:
        return None
    t0 = _dateline_end(toks)
    if t0 + 2 >= n0 or toks[t0][2].lower() not in ("the", "a", "an"):
        return None
    j = next((x for x in range(t0 + 2, min(t0 + 5, n0)) if toks[x][2] in _SUBJECT_LINKS), None)
    if j is None or any(not toks[y][2][:1].isalnum() for y in range(t0, k)):
        return None
    head = toks[j - 1][2]
    if not head.isalpha() or head in lex.verb_lemma or _past_form(head):
        return None
    if toks[j][2] != "whose":
        for y in range(j + 1, k):
            w = toks[y][2]
            if w.islower() and (w in lex.verb_lemma or _past_form(w)):
                if toks[y - 1][2].lower() not in ("a", "an", "the"):
                    return None  # ("The man behind the desk stood and said")
    return _span_of(toks, (t0, j))


def _participle_subject_before_place(c, n0, lex):
    """Span of the subject that opens the sentence when the noun phrase read before
    the cue, at token ``n0``, is a name inside that subject's participle phrase ("A
    Calgary company hoping to drill for lithium beneath southwest Saskatchewan says"
    -> "A Calgary company"): a determiner, at most four words ending in a listed
    speaker noun, then a lower-case "-ing" word, and the name right after a place
    preposition (and at most two lower-case words); no comma or quotation between;
    None otherwise."""
    toks = c.toks
    if not toks or toks[0][0] != c.ss or n0 >= len(toks) or not toks[n0][2][:1].isupper():
        return None
    t0 = _dateline_end(toks)
    if t0 >= n0 or toks[t0][2].lower() not in ("a", "an", "the"):
        return None
    x = n0 - 1
    while x > t0 and n0 - x <= 2 and toks[x][2].isalpha() and toks[x][2].islower():
        if toks[x][2] in _INSIDE_SUBJECT_PREPS:
            break
        x -= 1
    if toks[x][2] not in _INSIDE_SUBJECT_PREPS:
        return None
    for j in range(t0 + 2, min(x, t0 + 6)):
        w = toks[j][2]
        if w.islower() and w.endswith("ing") and len(w) > 4:
            head = toks[j - 1][2]
            if not (head.islower() and head in lex.nouns):
                return None
            if any(not toks[y][2][:1].isalnum() for y in range(t0, n0)):
                return None
            return _span_of(toks, (t0, j))
    return None


def _long_subject_limit(words):
    """The most words a long subject may have: 30 when a "which"/"who" insertion
    between commas closes right before the cue ("Acme Ltd., which operates the mine
    about 60 kilometres east of 100 Mile House, said"), else 20.

    >>> _long_subject_limit("Acme , which runs it , ".split()), _long_subject_limit(["Acme"])
    (30, 20)
    """
    if len(words) > 3 and words[-1] == "," and "," in words[:-1]:
        first = words.index(",")
        if first < len(words) - 2 and words[first + 1].lower() in ("which", "who"):
            return 30
    return 20


def _plain_subject_words(words, lex):
    """May ``words`` be a subject: no verb-like word before a relative pronoun, no
    clause punctuation or quotation, and commas only around an insertion (at most two,
    the first before an insertion word) or in a list closed by "and"?"""
    rel = False
    commas = [i for i, w in enumerate(words) if w == ","]
    for w in words:
        lw = w.lower()
        if w[0] == MASK or (not w[0].isalnum() and w[0] not in ",-'’.$%"):
            return False
        if lw in ("who", "which", "that", "whose", "whom"):
            rel = True
        elif not rel and (
            lw in _VERBISH_NEXT
            or lw in lex.verb_lemma
            or (w.islower() and lw.endswith("ed") and lw not in lex.nouns)
        ):
            return False
    if not commas:
        return True
    if commas[0] == len(words) - 1:
        return False  # one comma, right before the cue: "... and, say, ..." is no subject
    if len(commas) <= 2 and words[commas[0] + 1].lower() in _INSERTION_OPEN:
        return len(commas) == 2 or rel  # "X, which ..., say" / "X, who ... say"
    tail = words[commas[-1] + 1 :]
    return "and" in tail and all(b - a <= 4 for a, b in zip([-1, *commas], commas, strict=False))


# subordinators that open a clause whose subject speaks a conjoined "and said"
_OPENING_SUBORDINATORS = {
    "when", "as", "while", "after", "before", "because", "once", "since", "although",
    "though", "if", "until",
}  # fmt: skip


_MAIN_CLAUSE_PRONOUNS = frozenset("he she they we i".split())


def _coordinate_clause_subject(doc, c, x, lex):
    """Span of the subject of the clause that ", and" / ", but" at token ``x`` opens
    when that clause holds the cue after its own "and": "Fans booed, and the league
    denounced the call and said ..." -> "the league"; None when no subject starts
    right after the conjunction ("Lee toured the plant, and met workers and said")
    or when what precedes the comma is a list of names, not a clause ("Ann Lee, Tom
    Roe, and Bo Park met the press and said")."""
    toks, k = c.toks, c.k
    if x + 1 >= k - 1 or not _sentence_subject(doc.masked, c.ss, toks[x - 2][1], lex):
        return None
    span = _sentence_subject(doc.masked, toks[x + 1][0], toks[k - 2][1], lex)
    if span is None or span[0] != toks[x + 1][0] or span[1] > toks[k - 2][1]:
        return None
    return span


def _opening_clause_subject(doc, c, lex):
    """Span of the subject of a subordinate clause that opens the sentence (or follows
    ", and") and holds the cue after "and": "When Lee thanked the crowd and said ...",
    "Fans cheered, and as Lee took the stage and said ..."; None otherwise (in "Fans
    cheered when Lee arrived and said ..." the main clause has begun)."""
    toks, k = c.toks, c.k
    for x in range(k - 2, max(-1, k - 20), -1):
        w = toks[x][2]
        if w[0] == MASK or w in (";", ":", ".", "!", "?", "—", "–"):
            return None
        if w.lower() in _MAIN_CLAUSE_PRONOUNS and x >= 1 and toks[x - 1][2] == ",":
            # "When Ann Lee, the manager, was asked if ..., she laughed and said": the
            # main clause has begun with its subject
            return toks[x][0], toks[x][1]
        if w.lower() in ("and", "but") and x >= 2 and toks[x - 1][2] == ",":
            span = _coordinate_clause_subject(doc, c, x, lex)
            if span is not None:
                return span  # "Fans booed, and the league denounced it and said ..."
            continue
        if w.lower() not in _OPENING_SUBORDINATORS:
            continue
        p1 = toks[x - 1][2].lower() if x >= 1 else ""
        at_start = toks[x][0] == c.ss or (
            x == 1 and toks[0][0] == c.ss and p1 in ("but", "and", "yet", "so")
        )
        after_comma = p1 == "," or (p1 in ("and", "but") and x >= 2 and toks[x - 2][2] == ",")
        if not (at_start or after_comma):
            return None
        span = _sentence_subject(doc.masked, toks[x + 1][0], toks[k - 2][1], lex)
        if span is None or span[1] > toks[k - 2][1]:
            return None
        return _main_clause_after(doc.masked, span[1], toks[k - 1][0], lex) or span
    return None


_LIST_LINKS = frozenset(("and", "or", "nor"))


def _main_clause_after(masked, lo, hi, lex):
    """Span of the subject of the main clause that follows the opening clause whose
    subject ends at ``lo``, before ``hi`` (the "and" of the cue): "As the crowd began to
    chant, Ann Roe took the stage and joked ..." is Roe; None when no ", <Capital>"
    opens a subject with a predicate there ("When Lee, the manager, thanked ...")."""
    last = None
    for m in _MAIN_CLAUSE_AFTER_RE.finditer(masked, lo, hi):
        last = m
    if last is None:
        return None
    start = last.end() - 1
    main = _sentence_subject(masked, start, hi, lex)
    if main is None or main[0] != start or main[1] >= hi:
        return None
    nxt = _LOWER_WORD_RE.search(masked, main[1], hi)
    if nxt is None or masked[nxt.start() + 1 : nxt.end()] in _LIST_LINKS:
        return None  # (a list: "When Lee met Roe, Ray and Kim and said")
    return main


# words between a subject and "likely to say": "are slightly more likely", "are all
# quick to add"
_LIKELY_LEAD = {
    "more", "less", "most", "also", "is", "are", "was", "were", "much", "far", "even", "all",
    "both",
}  # fmt: skip


# what may stand before "another" / "one" as a whole subject ("Yet another said",
# "..., while another says")
_ONE_ANOTHER_LEAD = {"yet", "and", "but", "while", "whereas", ",", ";", "still"}


def _place_based_subject(toks, k, lex):
    """Span of "The Mississauga, Ont.-based chain" right before the cue at ``k``: a
    city, a comma, "<province>.-based" and lower-case head words; None otherwise."""
    if k < 4 or not (
        toks[k - 2][2].endswith("-based")
        or toks[k - 3][2].endswith("-based")
        or toks[k - 4][2].endswith("-based")
    ):
        return None
    j = k - 1
    while j > 0 and k - j <= 3 and toks[j][2].isalpha() and toks[j][2].islower():
        j -= 1
    if j == k - 1 or j < 2 or toks[j - 1][2] != "," or not _ABBR_BASED_RE.fullmatch(toks[j][2]):
        return None
    np_ = _left_np(toks, j - 1, lex)
    if np_ is None or not toks[j - 2][2][:1].isupper():
        return None
    return _span_of(toks, (np_[0], k))


def _it_before_cue(toks, k):
    """Index of an "it" right before the cue at ``k`` or before at most two words
    that may stand between a speaker and a cue ("It also said", "it has since
    said", "It does say"); -1 otherwise."""
    j = k - 1
    while j > 0 and k - j <= 2 and _skips_or_do(toks, j, k):
        j -= 1
    return j if j >= 0 and toks[j][2].lower() == "it" else -1


def _quantity_of_them(toks, k):
    """Span of "most of them" / "two of us" / "three-fourths of them" before the cue at
    ``k``, past words that may stand between a subject and a cue ("Most of them have
    since said"), with a short prepositional phrase after "those" ("two-thirds of those
    in the younger generation said"); None otherwise."""
    j = k - 1
    while j > 0 and k - j <= 3 and _skips_or_do(toks, j, k):
        j -= 1
    end = j + 1
    x = j
    while (
        x > 2
        and end - x < 6
        and toks[x][2].isalnum()
        and toks[x][2].lower() not in ("those", "who", "that", "which")
    ):
        x -= 1  # (over the phrase after "those": "of those in the younger generation")
    if x < j and (toks[x][2].lower() != "those" or toks[x + 1][2].lower() not in _THOSE_PREPS):
        x = j
    if (
        x >= 2
        and toks[x][2].lower() in ("them", "those", "us")
        and toks[x - 1][2].lower() == "of"
        and _quantity_word(toks[x - 2][2].lower())
        and not _object_in_relative(toks, x - 2)
    ):
        return _span_of(toks, (x - 2, end))
    return None


def _object_in_relative(toks, q):
    """Is the phrase at token ``q`` the object of a verb inside a relative clause ("the
    farmer whose fields would hold six of them says": the farmer speaks, not "six of
    them"): a lower-case word before it, and "who" / "whose" / "that" / "which" within
    eight tokens back with no comma or quotation in between?"""
    if q < 2 or not (toks[q - 1][2].isalpha() and toks[q - 1][2].islower()):
        return False
    if toks[q - 1][2] in ("and", "but", "or", "which", "that", "who", "as", "while"):
        return False
    for x in range(q - 2, max(q - 9, -1), -1):
        t = toks[x][2]
        if t in _REL_OPENERS or t[0] == MASK:
            return False
        if t in ("who", "whose", "that", "which"):
            return True
    return False


# prepositions that open the phrase after "those" in a quantity subject ("two-thirds of
# those in the younger generation", "half of those under 30")
_THOSE_PREPS = frozenset("in at from with under over aged between among on".split())
_FRACTION_HEADS = frozenset("thirds fourths fifths quarters tenths third fourth fifth".split())


def _quantity_word(lw):
    """Is the lower-case word ``lw`` a quantity that may head a subject before "of
    them": "most", "two", "half", a number, or a fraction "two-thirds"?"""
    if lw in _QUANT_SUBJ or lw in _NUMERIC or lw.isdigit():
        return True
    return "-" in lw and lw.rsplit("-", 1)[1] in _FRACTION_HEADS


def _one_of_the_relative(toks, a, j):
    """Span of "one of the <plural noun>" at token ``a`` when a relative ("who", "that",
    "whose") follows the noun and runs on to the noun phrase at ``j`` ("..., but one of
    the companies whose seeds ended up in the drawers says": one of the companies);
    None otherwise."""
    if a + 4 >= j or toks[a][2].lower() != "one" or toks[a + 1][2] != "of":
        return None
    if toks[a + 2][2] not in ("the", "its", "their", "his", "her"):
        return None
    for rel in range(a + 4, min(a + 7, j)):
        if toks[rel][2] in ("who", "that", "whose"):
            break
    else:
        return None
    if not all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a + 3, rel)):
        return None
    return (toks[a][0], toks[rel - 1][1]) if toks[rel - 1][2].endswith("s") else None


def _relative_clause_subject(c, j, lex):
    """Span of the subject whose restrictive relative holds the noun phrase at token
    ``j`` before the cue: the sentence's opening subject ("The woman who owns the bakery
    said", "Though executives who ... say": executives) or, after ", and" / ", but" /
    ";", the next clause's "the <noun> that|who <verb>" ("..., and the company that owns
    the buildings says"); None when there is none."""
    toks, k = c.toks, c.k
    if j > 2 and toks[0][0] == c.ss and _subject_in_relative(toks, j, k):
        sub = _short_sentence_subject(c, lex)
        if sub is not None and toks[0][2].lower() in _LEAD_SUBORDINATORS and len(toks) > 1:
            sub = (toks[1][0], sub[1])
        return sub if sub is not None else _det_relative_subject(toks, j, k, lex)
    for b in range(j - 2, 0, -1):
        t = toks[b][2]
        if t == ";" or (t.lower() in ("and", "but") and toks[b - 1][2] in (",", ";")):
            a = b + 1
            if (one := _one_of_the_relative(toks, a, j)) is not None:
                return one  # "..., and one of the families who lost homes says"
            bare = toks[a][2].islower() and toks[a][2].endswith("s") and toks[a + 1][2] == "who"
            if toks[a][2].lower() not in ("the", "a", "an") and not bare:
                return None  # ("..., and workers who saw it said": a bare plural)
            for rel in range(a + 1 + (not bare), min(a + 4, j)):
                if toks[rel][2] in ("who", "that", "whose"):  # ("a woman whose mother ...")
                    if toks[rel][2] == "that" and not _that_subject_relative(toks, rel, j, a):
                        return None
                    if all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a, rel)):
                        return toks[a][0], toks[rel - 1][1]
                    return None
            return None
        if t == ",":  # (split34's relative after a comma, else left35's "that" clause)
            return (
                _comma_relative_subject(toks, b, j, k)
                or _trailing_that_subject(toks, b, j, k)
                or _det_relative_subject(toks, j, k, lex)
            )
        if t[0] == MASK:
            return _trailing_that_subject(toks, b, j, k) or _det_relative_subject(toks, j, k, lex)
    return _det_relative_subject(toks, j, k, lex)  # (spk33's "the <noun> that|which|who")


_RELATIVE_END_PRONOUNS = frozenset(("them", "it", "him", "her", "us"))
# adverbs that end a relative clause right before its subject's cue ("a woman whose
# mother lives there says"), as an object pronoun does ("... hold six of them says")
_PLACE_TIME_ADVERBS = frozenset(("there", "here", "nearby", "now", "today"))
# determiners of the noun a long relative clause hangs on ("the farmer whose ...", "a
# woman whose mother ...")
_REL_DETS = frozenset(("the", "The", "a", "A", "an", "An"))


def _quantity_or_relative_subject(c):
    """Span of the subject "most of them" (``_quantity_of_them``), of "..., the group
    that runs it said" (``_trailing_that_runs_it``), or of "the farmer whose fields would
    hold six of them says" (``_long_relative_subject`` past an object pronoun: the
    farmer); None otherwise."""
    toks, k = c.toks, c.k
    span = _quantity_of_them(toks, k) or _trailing_that_runs_it(toks, k)
    if span is None and k > 0 and toks[k - 1][2] in _RELATIVE_END_PRONOUNS | _PLACE_TIME_ADVERBS:
        span = _long_relative_subject(c, k - 1) or _hired_to_before(toks, k - 1)
    return span


def _long_relative_subject(c, j):
    """Span of "the <noun> that|who|whose ..." opening its sentence (after a dateline
    dash) or a clause after ", and" / ", but", its relative running up to 13 words to the
    noun phrase at token ``j`` before the cue, no comma or quotation in between ("— The
    company that runs the only ferry between the island and the mainland says": the
    company; "..., and the farmer whose fields would hold six of them says": the farmer);
    None otherwise."""
    toks, k = c.toks, c.k
    if any(toks[x][2] in _REL_OPENERS or toks[x][2][0] == MASK for x in range(j, k)):
        return None
    rel = -1
    for x in range(j - 1, max(j - 14, 0), -1):
        if toks[x][2] in _REL_OPENERS or toks[x][2][0] == MASK:
            return None
        if toks[x][2] in ("who", "that", "whose"):
            rel = x
            break
    a = next((x for x in range(rel - 2, max(rel - 5, -1), -1) if toks[x][2] in _REL_DETS), -1)
    if rel < 2 or a < 0 or rel + 2 >= j:
        return None
    if not all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a + 1, rel)):
        return None
    if toks[rel - 1][2] in _REL_HEAD_STOPS or toks[rel - 1][2] in _PRONOUNS:
        return None
    before = [t[2] for t in toks[max(0, a - 2) : a]]
    if not (a == 0 or before[-1] in ("—", "–") or before[-2:] in ([",", "and"], [",", "but"])):
        return None
    verb = toks[rel + 1 + (toks[rel][2] == "whose")][2]
    if toks[rel][2] == "whose":
        ok = toks[rel + 1][2].isalpha() and toks[rel + 1][2].islower() and verb.islower()
    else:
        ok = (
            verb.islower()
            and ((verb.endswith("s") and not verb.endswith("ss")) or verb.endswith("ed"))
            or verb in _IRREGULAR_PAST
            or toks[rel][2] == "who"
        )
    return (toks[a][0], toks[rel - 1][1]) if ok else None


def _trailing_that_subject(toks, b, j, k):
    """Span of "the <noun> that <verb> <det> ..." right after the comma (or quotation)
    at token ``b`` when the noun phrase at ``j`` before the cue at ``k`` ends its
    relative clause: an attribution after its content ("The runway will close, the
    agency that runs the airport said Wednesday": the agency); None otherwise."""
    a = b + 1
    if a + 4 > j or toks[a][2] not in ("the", "a", "an"):
        return None
    if any(toks[x][2] in (",", ";", ":") or toks[x][2][0] == MASK for x in range(a, k)):
        return None
    for rel in (a + 2, a + 3):
        if _that_subject_relative(toks, rel, j, a):
            return toks[a][0], toks[rel - 1][1]
    return None


@cache
def _hired_participles():
    return frozenset(_lines("hired_participles.txt"))


def _hired_to_before(toks, n0, most=14):
    """``_hired_to_subject`` of the noun phrase opening the sentence, or after a dash,
    a comma or ", and" / ", but", within ``most`` tokens before the noun phrase at
    ``n0`` (no comma or quotation in between); None otherwise."""
    for p in range(n0 - 2, max(n0 - most, 1), -1):
        t = toks[p][2]
        if t in (",", ";", ":") or t[0] == MASK:
            return None
        if t != "to":
            continue
        for a in (p - 3, p - 4):
            if a < 0 or toks[a][2].lower() not in ("the", "a", "an"):
                continue
            before = [x[2] for x in toks[max(0, a - 2) : a]]
            if (
                a == 0
                or before[-1] in ("—", "–", ",")
                or before[-2:] in ([",", "and"], [",", "but"])
            ):
                return _hired_to_subject(toks, a, n0)
        return None
    return None


def _hired_to_subject(toks, a, j):
    """Span of "the <noun> hired|chosen|... to <verb> ..." opening at token ``a``, the
    noun phrase at ``j`` (before the cue) inside its infinitive ("..., the company hired
    to clear the city's sidewalks says": the company); None otherwise.

    >>> ws = "Fees rose , the company hired to clear the lots says".split()
    >>> _hired_to_subject([(i, i + 1, w) for i, w in enumerate(ws)], 3, 8)
    (3, 5)
    """
    if toks[a][2].lower() not in ("the", "a", "an"):
        return None
    for p in (a + 2, a + 3):
        if p + 2 > j or toks[p][2] not in _hired_participles() or toks[p + 1][2] != "to":
            continue
        if not all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a + 1, p)):
            return None
        if toks[p + 2][2].isalpha() and toks[p + 2][2].islower():
            return toks[a][0], toks[p - 1][1]
    return None


def _trailing_that_runs_it(toks, k):
    """Span of "the <noun> that <verb> it|them" right before the cue at ``k`` after a
    comma or a quotation: an attribution after its content ("The clinic will close, the
    group that runs it said": the group); None otherwise.

    >>> ws = "Fees rise , the agency that runs it said".split()
    >>> _trailing_that_runs_it([(i, i + 1, w) for i, w in enumerate(ws)], 8)
    (3, 5)
    """
    j = k - 1
    if j < 5 or toks[j][2] not in ("it", "them") or toks[j - 2][2] != "that":
        return None
    rel = j - 2
    for a in (rel - 2, rel - 3):
        if a >= 1 and (
            toks[a - 1][2] == ","
            or toks[a - 1][2][0] == MASK
            or a >= 2
            and toks[a - 1][2] in ("and", "but")
            and toks[a - 2][2] == ","
        ):  # (", and the company that built it says": a clause of its own)
            if (
                toks[a][2] in ("the", "a", "an")
                and all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a + 1, rel))
                and toks[rel + 1][2].islower()
                and (toks[rel + 1][2].endswith(("s", "ed")) or toks[rel + 1][2] in _IRREGULAR_PAST)
            ):
                return toks[a][0], toks[rel - 1][1]
            return None
    return None


# words of a relative clause in a speaker phrase: lower-case words, "'s", digits
_REL_WORD_RE = re.compile(r"[a-z][a-z'’-]*|\d+")


def _comma_relative_subject(toks, b, j, k):
    """Span of "the <noun>" in a speaker phrase with a restrictive relative set after
    the content and its comma at token ``b`` ("Nurses are exhausted, the association
    that represents them said Tuesday": the association; a "who" relative stays in the
    span: "the woman who runs the shelter"); the relative's verb ends in -s or -ed and
    only lower-case words run on to the cue at ``k``; None otherwise."""
    a = b + 1
    if b < 2 or a + 3 > j or toks[a][2] not in ("the", "a", "an"):
        return None
    for rel in range(a + 2, min(a + 4, j)):
        if toks[rel][2] in ("who", "that"):
            break
    else:
        return None
    if not all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a + 1, rel)):
        return None
    verb = toks[rel + 1][2]
    if not (verb.islower() and verb.endswith(("s", "ed")) and not verb.endswith("ss")):
        return None
    if k - rel > 8 or any(_REL_WORD_RE.fullmatch(toks[x][2]) is None for x in range(rel + 1, k)):
        return None
    if toks[rel][2] == "who":  # a person described: the whole phrase, as when no comma follows
        return toks[a][0], toks[k - 1][1]
    return toks[a][0], toks[rel - 1][1]


def _apposition_or_relative(c, lex):
    """``_apposition_before_cue`` right after a comma or dash before the cue, else
    ``_content_first_relative``."""
    if c.prev_tok in (",", "—", "–", "-") and c.k >= 2:
        return _apposition_before_cue(c.toks, c.k, lex)
    return _content_first_relative(c)


def _content_first_relative(c):
    """``_comma_relative_subject`` for a cue with no noun phrase right before it (the
    relative ends in a pronoun: "A, the group that represents them said")."""
    toks, k = c.toks, c.k
    for b in range(k - 1, max(0, k - 12), -1):
        t = toks[b][2]
        if t == ",":
            return _comma_relative_subject(toks, b, k, k)
        if t[0] == MASK or t in (";", ":", "—", "–"):
            return None
    return None


_REL_HEAD_STOPS = frozenset(
    "fact idea claim news hope view belief notion day time year way".split()
)
_REL_OPENERS = frozenset((",", "—", "–", ":", ";"))


def _named_before_comma(w):
    """Is ``w`` (the word before the comma before "the <noun> that ...") a capitalised
    word that may be a name the description is apposed to, not a date ("in May,")?"""
    return _is_cap(w) and w.lower() not in _TIME_WORDS


def _det_relative_subject(toks, j, k, lex):
    """Span of "the <noun> that|which|who <verb>" (a definite head) when the noun phrase at token ``j``
    (before the cue at ``k``) sits in that relative clause and the phrase opens its
    clause (a tail attribution after a comma, or the sentence): "A, the company that
    operates the service said": the company; "The agency which runs the shelter said";
    None otherwise (a verb must follow the relative word: "the fact that the company
    said" is a complement, not a relative)."""
    rel = next(
        (x for x in range(j - 1, max(j - 6, 1), -1) if toks[x][2] in ("that", "which", "who")),
        -1,
    )
    if rel < 2 or rel + 1 >= j or rel + 1 >= len(toks):
        return None
    if any(toks[x][2] in _REL_OPENERS or toks[x][2][0] == MASK for x in range(rel, k)):
        return None
    a = next(
        (x for x in range(rel - 2, max(rel - 5, -1), -1) if toks[x][2].lower() == "the"),
        -1,
    )  # (only "the": "a young woman who had been a student asked" stays whole)
    if a < 0 or not all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a + 1, rel)):
        return None
    head = toks[rel - 1][2]
    if head in _REL_HEAD_STOPS or head in _PRONOUNS or head in _NOT_ROLE:
        return None
    if a == 0 and not toks[0][2][0].isupper():
        return None  # (a window cut inside its sentence)
    if a > 0 and toks[a - 1][2] not in _REL_OPENERS and toks[a - 1][2][0] != MASK:
        return None
    if a >= 2 and toks[a - 1][2] == "," and _named_before_comma(toks[a - 2][2]):
        return None  # ("At the town hall in Lakeview, the woman who ...": an apposition)
    verb = toks[rel + 1][2]
    if not (verb.isalpha() and verb.islower()) or verb in lex.nouns or verb in _DETS:
        return None
    if toks[rel][2] != "who" and not (
        (verb.endswith("s") and not verb.endswith("ss"))
        or verb.endswith("ed")
        or verb in _IRREGULAR_PAST
    ):
        return None
    return toks[a][0], toks[rel - 1][1]


def _subject_in_relative(toks, i, k):
    """``_in_subject_relative``, unless a quotation ends right before the noun phrase
    at ``i`` ('Those who think "...," she said': "she" is the cue's own subject)."""
    return toks[i - 1][2][0] != MASK and _in_subject_relative(toks, i, k)


def _double_dashes(toks, k):
    """The tokens before index ``k`` with each "-" "-" pair written with no space
    between ("--") made one "—" token (same character offsets).

    >>> [t[2] for t in _double_dashes([(0, 3, "Roy"), (4, 5, "-"), (5, 6, "-"), (7, 9, "no")], 4)]
    ['Roy', '—', 'no']
    """
    out = []
    for t in toks[:k]:
        if t[2] == "-" and out and out[-1][2] == "-" and out[-1][1] == t[0]:
            out[-1] = (out[-1][0], t[1], "—")
        else:
            out.append(t)
    return out


def _apposition_before_cue(toks, k, lex):
    """``_apposition_speaker`` before the comma or dash right before the cue at token
    ``k``; a "--" written as two "-" tokens is a dash ("Ann Roy -- no relation, she
    stressed -- said")."""
    if toks[k - 1][2] != "-":
        return _apposition_speaker(toks, k - 1, lex)
    if k < 4 or toks[k - 2][2] != "-":
        return None
    dashed = _double_dashes(toks, k)
    return _apposition_speaker(dashed, len(dashed) - 1, lex)


def _finite_speaker(doc, c, lex):
    """(mention, span, speaker after the cue?) of a finite verb cue, None when it has
    none: the last speaker after a conjunction, the sentence subject ("X doubled down
    and said"), the noun phrase before the cue, an apposition ("Hill, a doctor, said")
    or, after a quotation or a comma, the noun phrase after it ('..." said Putin')."""
    toks, k, kend, prev_tok, prev2 = c.toks, c.k, c.kend, c.prev_tok, c.prev2
    if c.lemma in _RELATIVE_LEMMAS and (m_span := _relative_frame_subject(c, lex)) is not None:
        return None, m_span, False  # "a plan which Lee said would fail"
    if prev_tok in ("that", "which"):
        if (m_span := _issued_document_speaker(toks, k, lex)) is not None:
            return None, m_span, False  # "Lee released a letter that says"
    wi = k - 1 if prev_tok == "which" else _which_before_adverbs(toks, k)
    if wi >= 1 and toks[wi - 1][2] == "," and c.form not in _NOUNISH_FORMS:
        if (m_span := _np_before_relative(c, toks[wi][0], lex)) is not None:
            return None, m_span, False  # "the Times, which (also) reported that ..."
    j = _catenative_start(toks, k) if prev_tok == "to" else -1
    if j >= 0:  # "Dana Bell went on to say", "voters are more likely to say"
        if toks[j][2].lower() in _CAUSATIVE_VERBS or _passive_causative(toks, j, k - 2):
            return None if (sp := _causative_object(toks, j, k, lex)) is None else (None, sp, False)
        if toks[j][2].lower() in _ADJ_CATENATIVES:
            # "voters are more likely to say", "Lee was quick to add": to the subject
            while j >= 2 and (
                toks[j - 1][2].lower() in _LIKELY_LEAD or _skips_before_cue(toks[j - 1][2])
            ):  # (not onto the first word: "Both are more likely to say")
                j -= 1
        np_ = _left_np(toks, j, lex)
        if np_ is None and j >= 2 and toks[j - 1][2] in (",", "—", "–"):
            m_span = _apposition_speaker(toks, j - 1, lex)  # "A fisher, Al Roy, tried to argue"
            if m_span is not None:
                return None, m_span, False
        if np_ is None and toks[j][2].endswith("ing"):
            # "..., Lee said, going on to say that": the sentence's speaker
            if doc.last_speaker is not None:
                return doc.last_speaker, None, False
            m_span = _sentence_subject(doc.masked, c.ss, c.se, lex)
            return None if m_span is None else (None, m_span, False)
        return None if np_ is None else (None, _span_of(toks, np_), False)
    if (m_span := _quantity_or_relative_subject(c)) is not None:
        return None, m_span, False  # "most of them said", "..., the group that runs it said"
    if prev_tok in ("another", "one") and (
        toks[k - 1][0] == c.ss or (k >= 2 and toks[k - 2][2].lower() in _ONE_ANOTHER_LEAD)
    ):
        return None, _span_of(toks, (k - 1, k)), False  # "One said ..., another said ..."
    j = _it_before_cue(toks, k)
    if j >= 0 and (
        j == 0 or toks[j - 1][2].lower() in (",", ";", "and", "but") or toks[j - 1][2][0] == MASK
    ):  # "It said", '"...," it said', "It also said": resolved to an organisation
        return None, _span_of(toks, (j, j + 1)), False
    if prev_tok in _CONJ and _subject_last_speaker(doc) is not None:
        return doc.last_speaker, None, False
    if prev_tok == "and" and (m_span := _relative_list_subject(c, lex)) is not None:
        return None, m_span, False  # "the Accord, which funds A and affirms B"
    if (prev_tok in ("and", "but") or _conj_then_skips(toks, k)) and _left_np(toks, k, lex) is None:
        # "Trump doubled down on his comments and said ...": sentence subject, or the
        # subject of an opening clause ("When Lee thanked the crowd and said ...")
        m_span = (
            _apposition_past_adverb(toks, k, lex)
            or _apposition_before_aux(toks, k, lex)
            or _opening_clause_subject(doc, c, lex)
            or _sentence_subject(doc.masked, c.ss, c.se, lex)
        )
        return None if m_span is None else (None, m_span, False)
    m_span = _proportion_subject(c)
    if m_span is None and (prev_tok in _SHARE_LAST or prev_tok[:1].isdigit() or prev_tok == ","):
        m_span = _share_alone_subject(c)
    if m_span is not None:
        return None, m_span, False
    if (m_span := _place_based_subject(toks, k, lex)) is not None:
        return None, m_span, False  # "The Mississauga, Ont.-based chain said"
    np_ = _bare_causative_object(toks, k, _left_np(toks, k, lex))  # "made him admit"
    if np_ is None and prev_tok == "." and k >= 2 and prev2.lower() in COMPANY_SUFFIXES:
        np_ = _left_np(toks, k - 1, lex)  # "CALGARY — Acme Inc. said": up to the legal form
        np_ = None if np_ is None else (np_[0], k)
    if np_ is not None and np_[1] - np_[0] >= 2 and toks[np_[0]][2].lower() == "whose":
        # "Ellen Marsh, whose spokesman said": the spokesman, not Marsh
        return None, _span_of(toks, (np_[0] + 1, np_[1])), False
    if np_ is not None:
        # apposition: "Hugh Hill, a doctor, said" / "Smith, who heads X, said"
        m_span = _span_of(toks, np_)
        if (rel := _unclosed_relative_subject(toks, np_[0], k, lex)) is not None:
            m_span = rel  # "Ann Lee, who chairs the group said": the name
        elif (kend == len(toks) or toks[kend][2] != ",") and (
            app := _unclosed_apposition_subject(toks, np_[0], k, lex)
            or _unclosed_apposition_subject(toks, _description_start(toks, k), k, lex)
        ) is not None:  # ("Mr. Lee, aides said, will run": an inserted frame)
            m_span = app  # "Ann Lee, head of the group said": the name
        elif (sub := _subject_around_np(c, np_[0], lex)) is not None:
            m_span = sub  # "The woman who owns the bakery said": the noun before "who"
    elif (kend == len(toks) or toks[kend][2] != ",") and (
        app := _unclosed_apposition_subject(toks, _description_start(toks, k), k, lex)
    ) is not None:
        m_span = app  # "Ann Lee, vice president of finance said": no noun phrase read
    else:  # "Hill, a doctor, said" (after a comma / dash) or "A, the group that ... said"
        m_span = _apposition_or_relative(c, lex)
    if m_span is not None:
        return None, m_span, False
    # inversion: '..." said Putin' / '... , said the official'
    at_edge = k == 0 or toks[k - 1][2][0] == MASK or prev_tok in (",", ":", "—", "–", "-", "as")
    # '"Why now?" asked Lee Park', '"Act now," urged Lee': right after a quotation
    # "ask", "urge" and "warn" are inverted too
    inverted_ask = c.lemma in ("ask", "urge", "warn") and k > 0 and toks[k - 1][2][0] == MASK
    if not at_edge or (
        c.lemma in ("tell", "ask", "urge", "inform", "assure", "warn") and not inverted_ask
    ):
        span = (
            _short_sentence_subject(c, lex)
            or _subject_across_insertion(doc, c, lex)
            or _long_sentence_subject(c, lex)
        )
        return None if span is None else (None, span, False)
    if prev_tok == "," and (sh := _shared_subject_before(doc, c, lex)) is not None:
        return None, sh, False  # "she thanked the mayor, said the park was ...": "she"
    if prev_tok == "," and kend < len(toks) and toks[kend][2][:1].islower():
        # "Even the hawks, like Rubio and Bush, say the bulk of ...", "Al Roe, the
        # author of "Home," about towns, said the days of ...": the subject and its
        # insertion before the cue, not an inverted "say the bulk" (a name after the
        # cue, '..., said Dana Hill', is the speaker)
        span = _long_sentence_subject(c, lex) or _subject_across_insertion(doc, c, lex)
        if span is not None:
            return None, span, False
    np_r = _right_np(toks, kend, lex)
    if np_r is not None:
        np_r = _and_name_after(toks, np_r, lex)  # "..., said Ann Roe and Tom Vale"
    if (
        np_r is not None
        and np_r[1] < len(toks)
        and (
            toks[np_r[1]][2] in _VERBISH_NEXT
            or (
                _clause_goes_on(toks[np_r[1]][2])
                and not any(toks[x][2][0] == MASK for x in range(max(0, k - 2), k))
            )  # (after a quotation the phrase is the speaker: '"...," said one aide')
        )
    ):
        np_r = None  # '..., said the plan was sound': the subject of the content
    if np_r is not None and prev_tok == "," and not _names_a_speaker(toks, np_r, lex):
        np_r = None  # "The suit, filed in June, alleges a long list of ...": an object
    if np_r is None:  # '"...," said retired neurosurgeon Ben Carlow'
        np_r = _described_name_after_quote(toks, kend, lex)
    if np_r is None:
        span = _subject_across_insertion(doc, c, lex) or _long_sentence_subject(c, lex)
        span = span or _restrictive_relative_subject(c, lex)  # "A man who ..., said the ..."
        return None if span is None else (None, span, False)
    if c.form in lex.ambiguous and (
        c.form in _NOUNISH_FORMS or not (k and toks[k - 1][2][0] == MASK)
    ):
        return None  # '"...," tweeted Mike Hale' is a frame, "..., notes Hale" may not be
    np_r = _appositive_name_after(toks, np_r, lex)  # "said her friend, Ava Roe, 15"
    return None, _span_of(toks, np_r), True


_SUBJECT_PRONOUNS = frozenset("he she they we i it".split())


def _past_form(w):
    """Is the lower-case word ``w`` a past verb form ("went", "cut", "thanked")?"""
    return w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))


def _shared_subject_before(doc, c, lex):
    """Span of the subject of a verb phrase that ends at the comma before the cue at
    token ``k`` when the cue is a second verb of that subject ("she thanked the
    mayor, said the park was nice and went back to work"): a pronoun or a capitalised
    noun phrase opening its clause, a past verb and its object, then the comma; and a
    clause after the cue (a noun phrase and its verb, or "that"), so no inverted
    speaker ("..., said the mayor") follows. None otherwise. The cue is marked in
    ``doc.shared_cues`` (its content ends before a third verb: "and went back")."""
    toks, k, kend = c.toks, c.k, c.kend
    if kend >= len(toks):
        return None
    if toks[kend][2].lower() in _SUBJECT_PRONOUNS:
        np_r = (kend, kend + 1)  # "..., said it was safe"
    elif toks[kend][2] != "that":
        np_r = _right_np(toks, kend, lex)
    if toks[kend][2] != "that" and (
        np_r is None or np_r[1] >= len(toks) or toks[np_r[1]][2] not in _VERBISH_NEXT
    ):
        return None
    lo = k - 2
    while lo >= 0 and toks[lo][2] not in (",", ";", ":", "(") and toks[lo][2][0] != MASK:
        lo -= 1
    first = lo + 1
    for x in range(first + 1, k - 2):
        w = toks[x][2]
        lw = w.lower()
        if _past_form(lw) or lw in lex.verb_lemma:
            break
    else:
        return None
    np_ = _left_np(toks, x, lex)
    if np_ is None or np_[0] != first or np_[1] != x:
        return None
    head = toks[first][2]
    if head.lower() not in _SUBJECT_PRONOUNS and not head[:1].isupper():
        return None
    if first == 0 or toks[first - 1][2] == ",":
        doc.shared_cues.add(c.cs)
        return _span_of(toks, np_)
    return None


def _names_a_speaker(toks, np_, lex):
    """Can the noun phrase at token range ``np_``, inverted after a comma ("..., said
    the mayor"), be a speaker: a capitalised word, a listed person or group noun, a
    title or a pronoun, or the phrase ends the sentence ("..., said the bank.")? "a long
    list" in "The suit, filed in June, alleges a long list of ..." is an object."""
    e = np_[1]
    if e == len(toks) or toks[e][2] in (".", "!", "?", ";"):
        return True  # "Prices rose, said the bank.": the phrase ends the sentence
    if e + 1 < len(toks) and toks[e][2] == "of":
        e += min(3, len(toks) - e)  # "..., said a handful of Democrats"
    for x in range(np_[0], e):
        w = toks[x][2]
        lw = w.lower().rstrip(".")
        if w[:1].isupper() or lw in lex.nouns or lw in lex.titles or lw in _PRONOUNS:
            return True
    return False


def _and_name_after(toks, np_, lex):
    """``np_`` extended over "and" and a second name when both are capitalised runs
    and the second ends the clause ("..., said Ann Roe and Tom Vale."; "said the Food
    and Drug Administration": an organisation's name after "the"): one row for
    both, as "Ann Roe and Tom Vale said" reads; the titled name after "and" when a
    title ends the first run ("said Acme President and CEO Tom Vale": one person,
    two titles); else ``np_``.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "said Ann Roe and Tom Vale .".split()]
    >>> _and_name_after(t, (1, 3), lexicon())
    (1, 6)
    """
    i0, j = np_
    n = len(toks)
    a = i0 + (toks[i0][2] in _DETS and i0 + 1 < j)  # "said the Food and Drug Administration"
    if j + 2 > n or toks[j][2] != "and" or not all(_is_cap(toks[x][2]) for x in range(a, j)):
        return np_
    e = j + 1
    while e < n and _is_cap(toks[e][2]) and toks[e][2].lower() not in _PRONOUNS:
        e += 1
    if e == j + 1 or (
        e < n
        and toks[e][2][0].isalnum()
        and toks[e][2].lower() not in SPEAKER_PREPS
        and toks[e][2][0] != MASK
    ):
        return np_
    if a > i0 and toks[e - 1][2] not in lex.org_words:
        return np_  # ("said the mayor and Tom Vale"; "the Iron and Steel Institute": one)
    titled = [
        x
        for x in (j - 1, *range(j + 1, e - 1))
        if toks[x][2].lower().rstrip(".") in lex.titles
        and toks[x][2].lower().rstrip(".") not in _HONORIFICS
    ]
    if not titled:
        return (i0, e)
    if titled[0] == j - 1 and len(titled) > 1 and titled[-1] < e - 1:
        return (j + 1, e)  # "said Acme President and Chief Executive Tom Vale": Tom Vale
    return np_


# lower-case words that may follow an inverted speaker ("..., said the mayor of the
# town", "..., said the mayor late Tuesday")
_AFTER_INVERTED = {
    "of", "who", "whose", "in", "at", "on", "for", "from", "and", "with", "to", "during",
    "after", "before", "as", "while", "when", "recently", "earlier", "later", "late",
    "early", "last", "this", "today", "yesterday", "tonight", "afterward", "afterwards",
    "again", "also", "then", "via", "through", "by", "outside", "inside", "near", "about",
    "over", "under", "according", "here", "there", "too", "ago", "now", "once",
}  # fmt: skip


def _which_before_adverbs(toks, k):
    """Index of a "which" that one to three auxiliaries or adverbs (not in -ly: "which
    periodically chanted his name") separate from the cue at token ``k`` ("the
    watchdog, which also warned"; "which has since said"), else -1."""
    j = k - 1
    while (
        j > 0
        and k - j <= 3
        and toks[j][2][:1].islower()
        and not toks[j][2].endswith("ly")
        and _skips_before_cue(toks[j][2])
    ):
        j -= 1
    return j if j < k - 1 and toks[j][2] == "which" else -1


def _relative_list_subject(c, lex):
    """Span of the noun before a non-restrictive "which" whose verbs the cue ends
    ("the Accord, which protects fisheries, funds research, and affirms there is ...":
    the Accord), or None: "which" must be followed by a lower-case verb, and the words
    up to the cue hold no quotation and either no comma or two or more (", which was
    released Monday, and said" is the sentence subject's)."""
    toks, k = c.toks, c.k
    commas = 0
    for j in range(k - 1, max(0, k - 30), -1):
        w = toks[j][2]
        if w[0] == MASK or w in (";", ":", ".", "—", "–"):
            return None
        if w == ",":
            commas += 1
        elif w == "which" and toks[j - 1][2] == ",":
            nxt = toks[j + 1][2] if j + 1 < k else ""
            if not (nxt.isalpha() and nxt.islower()) or nxt in _DETS or nxt in _PRONOUNS:
                return None
            if commas == 1:
                return None
            return _np_before_relative(c, toks[j][0], lex)
    return None


def _apposition_past_adverb(toks, k, lex):
    """Char span of the name in a comma-closed apposition before adverbs and the cue
    at token ``k`` ("The head of the council, Ann Roe, recently said"), None when the
    words before the adverbs are no such apposition ("Lee spoke, then said")."""
    i = _before_adjuncts(toks, k)
    if not 1 < i < k - 1 or toks[i][2] != "," or toks[i - 1][2][:1].islower():
        return None
    m_span = _apposition_speaker(toks, i, lex)
    if m_span is None or any(
        t[2] in ("and", "&") and m_span[0] <= t[0] < m_span[1] for t in toks[:i]
    ):
        return None  # ("The candidates, Ann Lee and Bo Park, have promised": the group)
    return m_span


def _conj_then_skips(toks, k):
    """Do one to three words that may stand before a cue follow a comma, "and" or
    "but" right before token ``k`` ("and also said", "but has since said"), or
    adjuncts follow "and" / "but" ("and on Tuesday said", "but last week told")?"""
    j = k - 1
    while j > 0 and k - j <= 3 and _skips_or_do(toks, j, k):  # "but did note that"
        j -= 1
    if j < k - 1 and j >= 0 and toks[j][2].lower() in (",", "and", "but"):
        return True
    i = _before_adjuncts(toks, k)  # "and on Tuesday said", "but last week told"
    return 0 <= i < k - 1 and toks[i][2].lower() in ("and", "but")


def _clause_goes_on(w):
    """Does the word ``w`` after the noun phrase that follows a cue show that phrase to
    be the subject of the content ("..., said the event brought back memories"; "...,
    said the plan was sound") rather than an inverted speaker?"""
    return w in _VERBISH_NEXT or (w.isalpha() and w.islower() and w not in _AFTER_INVERTED)


# what may stand between a sentence's subject and its reporting verb: an apposition or
# a clause set off by commas ("Ann Lee, who ran for mayor in 2012, said"), a relative
# clause ("The growers whose crops failed say") or a time adverbial ("The
# mayor three weeks ago said")
_INSERTION_RE = re.compile(
    r"\s*(?:,[^,;:!?]{1,200}(?:,[^,;:!?]{1,120}){0,4}(?:,|\x01)"
    r"|\s*[—–][^—–;:!?]{1,200}[—–]|\s+--\s[^;:!?]{1,200}?\s--|\s+-\s[^;:!?]{1,200}?\s-"
    r"|\s(?:who|whose|that)\s[^,;:!?\x01]{1,120}?(?:,\s*(?:for\s+instance|for\s+example|"
    r"however|too|though)\s*,|(?:,[^,;:!?\x01]{1,80}){1,2},)?"
    r"|\s(?:(?:more|less)\s+than\s+)?(?:a|one|two|three|four|five|several|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+ago)\s*\Z"
)


# times and auxiliaries between an insertion's closing comma or dash and the cue
# ("..., last week said", "..., on Friday declared", "... — have long argued")
_BEFORE_CUE_ADVERBIAL_RE = re.compile(
    r"(?<=[,—–])(?:[ \t]+(?:(?:(?:last|this|on|early|late)[ \t]+)?(?:week|month|year|night|"
    r"morning|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day)|today|yesterday|has|have|had|also|"
    r"later|then|repeatedly|again|previously|recently|publicly|never|once|already|often|"
    r"is|are|was|were|long|since))+"
    r"[ \t]*\Z"
)
# a short label and a colon opening the sentence ("Voter turnout: ")
_LEAD_LABEL_RE = re.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}:[ \t]+(?=[A-Z])")
_AFTER_LEADING_BLOCK_RE = re.compile(r"\x01+[ \t]*,?[ \t]*")
# a short adverbial opening the sentence: "At the garage, ", "On Tuesday, "
_LEAD_ADVERBIAL_RE = re.compile(
    r"[ \t]*(?:At|In|On|Outside|Inside|Near|Nearby|Beside|Behind|Alongside|Across|Beyond|During|"
    r"After|Before|Later|Earlier|Meanwhile|Elsewhere)"
    r"\b[^,;:\x01\n]{0,50},[ \t]*"
)

# a time adverbial opening the sentence: "Four years later, ", "Two weeks ago, "
_LEAD_AGO_RE = re.compile(
    r"[ \t]*(?:[A-Z][a-z]+|\d+)[ \t]+(?:years?|months?|weeks?|days?|hours?|decades?)"
    r"[ \t]+(?:later|ago|earlier),[ \t]*"
)


def _subject_across_insertion(doc, c, lex):
    """Span of the sentence subject when only an insertion separates it from the
    cue ("Ann Lee, who ran for mayor in 2012, said"; "The growers whose crops failed
    say"); None otherwise."""
    lo = c.ss
    if doc.masked[lo : lo + 1] == MASK:
        # '"...," Rolf Tam, holding a basket, said': the name after the quotation
        mb = _AFTER_LEADING_BLOCK_RE.match(doc.masked, lo, c.cs)
        if mb is None:
            return None
        lo = mb.end()
    if (mt := _LEAD_AGO_RE.match(doc.masked, lo, c.cs)) is not None:
        lo = mt.end()  # "Four years later, the company that ... says": after the time
    span = _leading_np(doc.masked, lo, c.cs, lex)
    if span is None and (ma := _LEAD_ADVERBIAL_RE.match(doc.masked, lo, c.cs)) is not None:
        span = _leading_np(doc.masked, ma.end(), c.cs, lex)  # "At the garage, driver X, ..."
    if (ml := _LEAD_LABEL_RE.match(doc.masked, lo, c.cs)) is not None:
        span = _leading_np(doc.masked, ml.end(), c.cs, lex)  # "Turnout: Lee, who ..., said"
    if (dash := _dash_insertion_subject(doc, c, lex)) is not None:
        return dash  # "Beside her, line worker Ana Roy -- no relation, she stressed -- said"
    if span is None or span[1] >= c.cs or c.cs - span[1] > 260:
        return None
    if doc.masked[span[0] : span[1]].lower() in _PRONOUNS:
        return None
    end = span[1]
    if (mo := _OF_PHRASE_RE.match(doc.masked, end, c.cs)) is not None and _person_head(
        doc.masked[span[0] : end], lex
    ):
        end = mo.end()  # "The owner of the building, which burned too, said": "The owner"
        # (and "A volunteer with the Red Cross, who ..., said": "A volunteer")
    if not _insertion_between(doc.masked, end, c.cs, lex):
        # "Beck, who ..., last week said", "Lee, an aide, has repeatedly promised"
        ma = _BEFORE_CUE_ADVERBIAL_RE.search(doc.masked, max(end, c.cs - 40), c.cs)
        if ma is None or not _insertion_between(doc.masked, end, ma.start(), lex):
            return None
    return span


# an insertion between dashes right before the cue ("Ana Roy -- no relation -- said")
_DASH_INSERTION_RE = re.compile(
    r"(?:[ \t]--[ \t]|[ \t]?[—–][ \t]?)[^—–\x01\n]{1,200}?(?:[ \t]--|[ \t]?[—–])[ \t]*\Z"
)


_DASH_SUBJECT_STOP = frozenset(
    "in on at of for to from with by about than over into the a an his her their its who"
    " that which".split()
)


def _dash_insertion_subject(doc, c, lex):
    """Span of the named noun phrase before an insertion between dashes that ends
    right before the cue, opening the sentence or its clause ("Beside her, packaging
    line worker Ana Roy -- no relation, she stressed -- said": "packaging line worker
    Ana Roy"; "As the Post -- of all papers -- observed"); None otherwise.

    >>> _DASH_INSERTION_RE.search("Ana Roy -- no relation, she stressed -- ").start()
    7
    """
    if "-" not in doc.masked[c.ss : c.cs] and "—" not in doc.masked[c.ss : c.cs]:
        return None  # (the cheap test first)
    m = _DASH_INSERTION_RE.search(doc.masked, max(c.ss, c.cs - 260), c.cs)
    if m is None:
        return None
    toks = c.toks
    x = next((i for i, t in enumerate(toks) if t[0] >= m.start() and t[2] != " "), None)
    if x is None or x < 1 or x >= c.k:
        return None
    np_ = _left_np(toks, x, lex)
    if np_ is None or not any(_is_cap(toks[i][2]) for i in range(*np_)):
        return None  # (a named subject only)
    j = np_[0]
    while j > 0 and toks[j][0] > c.ss and np_[0] - j < 4 and toks[j - 1][2].isalpha():
        w = toks[j - 1][2]
        if not w.islower() or w in _DASH_SUBJECT_STOP:
            break
        j -= 1  # ("packaging line worker Ana Roy": lower-case words of the description)
    if toks[j][0] > c.ss and toks[j - 1][2].lower() not in (",", "as", "and", "but"):
        return None  # (the object of a clause: "insiders who think X will win in Ohio -- ...")
    return _span_of(toks, np_)


# "of" (or "with", "for", "from", "at") and a short complement after a subject's head
# ("of the building next to the shop", "with the Red Cross")
_OF_PHRASE_RE = re.compile(
    r"[ \t]+(?:of|with|for|from|at)[ \t]+(?:[\w'’-]+[ \t]+){0,7}[\w'’-]+(?=,)"
)


def _person_head(phrase, lex):
    """Is the last word of ``phrase`` a listed person noun or title ("The owner")?"""
    words = phrase.split()
    return bool(words) and (words[-1].lower() in lex.nouns or words[-1].lower() in lex.titles)


# an apposition and then an insertion between dashes ("Ann Lee, an aide to the
# mayor - who ... - said")
_APPOSITION_DASH_RE = re.compile(
    r"(?P<app>(?:,[^,;:!?\x01—–]{1,120}){1,2})(?:\s*[—–][^—–;:!?]{1,200}[—–]"
    r"|\s+--\s[^;:!?]{1,200}?\s--|\s+-\s[^;:!?]{1,200}?\s-)\s*\Z"
)


def _insertion_between(masked, lo, hi, lex):
    """Is ``masked[lo:hi]`` an insertion between a subject and its cue
    (``_INSERTION_RE``, or an apposition with no reporting verb and a dash insertion)?"""
    if _INSERTION_RE.match(masked, lo, hi) is not None:
        return True
    if "-" not in masked[lo:hi] and "—" not in masked[lo:hi] and "–" not in masked[lo:hi]:
        return False
    m = _APPOSITION_DASH_RE.match(masked, lo, hi)
    return m is not None and not any(w in lex.verb_lemma for w in m.group("app").split())


# a source after "according to" that is a rule followed, not a speaker
_MANNER_SOURCE_RE = re.compile(
    r"(?:the[ \t]+|their[ \t]+|its[ \t]+)?(?:label|labels|plan|schedule|script|recipe|"
    r"instructions|directions|rules|protocol|specifications)\b"
)


# a source after a verb's clause with no comma ("shipped according to international
# standards", "pay severance according to the collective agreement"): the norm the act
# follows, not who reported it (", according to the agreement, B" stays a source)
_RULE_SOURCE_RE = re.compile(
    r"(?:the[ \t]+|their[ \t]+|its[ \t]+|his[ \t]+|her[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}"
    r"(?:standards?|guidelines|agreement|contract|policy|procedures?|regulations|rules"
    r"|requirements|terms|law|laws|formula|criteria)"
    r"(?:\Z|[ \t]+(?:and|or|but|when|if|while|because|so|to|for|in|on|at|with)\b)"
)


# a closing dash right after a cue ("..., she stressed -- said")
_DASH_ASIDE_END_RE = re.compile(r"[ \t]*(?:--|—|–)[ \t]?")
_FIRST_WORD_AFTER_RE = re.compile(r"[ \t]*([a-z]+)\b")
_DASH_ASIDE_RE = re.compile(r"(?:[ \t]--[ \t]|[ \t]?[—–][ \t]?)[^—–\x01\n]{1,80},[ \t]*\w+[ \t]*\Z")


def _dash_aside(masked, c, lex):
    """Does the "<pronoun> <cue>" ``c`` close an aside between dashes that opened
    after the sentence's subject, the subject's own cue right after it ("Ana Roy -- no
    relation, she stressed -- said ..."): a remark on the subject, no statement?"""
    m = _DASH_ASIDE_END_RE.match(masked, c.ce, c.se)
    if m is None or _DASH_ASIDE_RE.search(masked, c.ss, c.cs) is None:
        return False
    w = _FIRST_WORD_AFTER_RE.match(masked, m.end(), c.se)
    return w is not None and w.group(1) in lex.verb_lemma


def _words_of_opens(toks, k):
    """Does the cue at token ``k`` open its sentence ("In the words of ...")?"""
    return k == 0 or toks[k - 1][2] in (".", "!", "?", MASK) or toks[k - 1][2][:1] == MASK


def _words_of_source(c, lex):
    """The frame of "in the words of <source>, ...": the source after the cue, read
    like "according to" (None unless a noun phrase and then a comma follow it)."""
    toks = c.toks
    np_ = _right_np(toks, c.kend, lex)
    if np_ is None:
        return None
    e_ = np_[1]
    if e_ + 1 < len(toks) and toks[e_][2] == "," and toks[e_ + 1][2].lower() in ("who", "whose"):
        e_ += 1  # (past a relative: "of Coun. Lee, who chairs the board, ...")
        while e_ < len(toks) and e_ - c.kend < 25 and toks[e_][2] not in (",", ";", ".", MASK):
            e_ += 1
    end = toks[e_][2] if e_ < len(toks) else "."
    if end == ":" and _words_of_opens(toks, c.k):
        end = ","  # "In the words of Coun. Lee: '...'": a colon before the words
    if end not in (",", ".") or (end == "." and (c.k == 0 or toks[c.k - 1][2] != ",")):
        return None  # (at the end only after a comma: "The plan failed, in the words of Lee.")
    c.is_acc = True
    return None, _span_of(toks, (np_[0], e_)), True, False


def _cue_speaker(doc, c, lex):
    """(mention, span, speaker after the cue?, "asked by" frame?) of a cue, None when
    the cue has no speaker or is no report of speech; exactly one of mention (a
    (text, start, end) triple borrowed from an earlier cue) and span is given."""
    if c.is_acc:
        m_span = _according_source(c, lex)
        if m_span is not None and _MANNER_SOURCE_RE.match(doc.text, m_span[0], m_span[1]):
            return None  # "applied according to the label", "went according to plan"
        if (
            m_span is not None
            and _RULE_SOURCE_RE.match(doc.text, m_span[0], m_span[1])
            and doc.text[max(c.ss, c.cs - 2) : c.cs].rstrip()[-1:].isalpha()
        ):
            return None  # "would pay severance according to the collective agreement"
        return None if m_span is None else (None, m_span, True, False)
    if c.form == "reported" and _as_reported_by(c):
        # "As reported by the Times, ..." / "..., as first reported by the Times":
        # a source like "according to"
        np_b = _right_np(c.toks, c.kend + 1, lex)
        if np_b is None:
            return None
        c.is_acc = True
        return None, _span_of(c.toks, np_b), True, False
    if c.lemma == "in the words of":
        return _words_of_source(c, lex)
    if _not_a_speech_verb(c, lex) or (c.lemma == "accuse" and not _accuses_of(c)):
        return None  # ("the accused", "accused the council.": no "of" after the listener)
    if c.prev_tok in ("he", "she", "they") and _dash_aside(doc.masked, c, lex):
        return None  # "Ana Roy -- no relation, she stressed -- said": an aside
    toks, kend = c.toks, c.kend
    asked_by = c.lemma == "ask" and kend < len(toks) and toks[kend][2] == "by"
    if asked_by:
        # "Sanders was asked by host John Dickerson whether ...": the agent asks
        np_b = _right_np(toks, kend + 1, lex)
        if np_b is None:
            return None
        cut = next((x for x in range(*np_b) if toks[x][2] in _ASKED_WHAT), None)
        if cut is not None:  # "Asked by an analyst whether Acme would ...": the analyst
            if cut == np_b[0]:
                return None
            np_b = (np_b[0], cut)
        if not c.form.endswith("ing"):
            return None, _span_of(toks, np_b), True, True
    if c.form.endswith("ing"):  # (after "asking by", the -ing rules decide the speaker)
        got = _ing_speaker(doc, c, lex)
        if got == "progressive":
            # progressive "Trump is telling supporters ...": an ordinary finite cue
            np_p = _left_np(toks, _progressive_aux(c), lex)
            got = None if np_p is None else (None, _span_of(toks, np_p))
            if got is None and (sp := _subject_across_insertion(doc, c, lex)) is not None:
                got = None, sp  # "Lee, who won the primary, is pledging to ..."
        return None if got is None else (*got, asked_by, asked_by)
    got = _finite_speaker(doc, c, lex)
    return None if got is None else (*got, False)


def _as_reported_by(c):
    """Is the cue "reported" in "as (first) reported by X"?"""
    toks, kend = c.toks, c.kend
    if c.form != "reported" or kend >= len(toks) or toks[kend][2] != "by":
        return False
    return c.prev_tok == "as" or (
        c.prev_tok in ("first", "previously", "originally", "earlier", "widely") and c.prev2 == "as"
    )


def _np_before_relative(c, ms, lex):
    """(start, end) of the noun phrase before the comma of a non-restrictive "which"
    at ``ms`` ("the Times, which reported"), or None."""
    toks = c.toks
    kw = bisect.bisect_left(toks, ms, key=_tok_start)
    if kw < 2 or toks[kw - 1][2] != ",":
        return None
    np_w = _left_np(toks, kw - 1, lex)
    return None if np_w is None else _span_of(toks, np_w)


# a word that opens a clause before its subject, never part of the speaker's phrase
_CLAUSE_OPENER_RE = re.compile(
    r"(?:While|Although|Though|Because|If|When|As|Since|After|Before|But|And|Yet)"
    r"[ \t]+(?=\S)"
)


_OPENER_INITIALS = frozenset("WATBISY")  # the first letters of _CLAUSE_OPENER_RE's words


def _mention_at(doc, c, m_span, lex):
    """The (text, start, end) mention for the speaker span, widened over a bare
    determiner ("The email goes on") or moved from a restrictive "who" to its noun
    ("voters who said"); None when it names no speaker ("it", "this", "there")."""
    text = doc.text
    ms, me = m_span
    if text[ms : ms + 1] in _OPENER_INITIALS and (op := _CLAUSE_OPENER_RE.match(text, ms, me)):
        ms = op.end()  # "While old Iowa hands say ...": "old Iowa hands"
    mtext = text[ms:me]
    ml = mtext.lower()
    if "'" in ml or "’" in ml:  # (the regex needs an apostrophe: rarely run)
        ml = _CONTRACTION_RE.sub("", ml)
    if ml in _DETS and ml not in _QUANT_SUBJ and me < c.cs and c.cs - me <= 40:
        # a bare determiner ("The"): the NP runs up to the cue ("The email goes on")
        tail = text[me : c.cs].split()
        if tail and all(w.isalpha() for w in tail) and len(tail) <= 3:
            me = me + len(text[me : c.cs].rstrip())
            mtext = text[ms:me]
            ml = mtext.lower()
    if ml == "which" and text[max(0, ms - 2) : ms].strip() == ",":
        # "The Washington Post, which argued that ...": the noun phrase before the comma
        np_w = _np_before_relative(c, ms, lex)
        if np_w is None:
            return None
        ms, me = np_w
        mtext = text[ms:me]
        ml = mtext.lower()
    if _FINITE_SAY_RE.search(ml) is not None:
        return None  # "... said closed primaries deny ...": a cue inside another's content
    if ml in ("this", "that", "there", "what", "which") or ml in _FIRST_SECOND_PERSON:
        return None  # no speaker; "I", "you", "we" are never speakers (issue 12, class 7)
    before = text[max(0, ms - 2) : ms].strip()
    if mtext.lower() == "who" and before != ",":
        # restrictive relative "voters who said": the noun before "who"
        toks = c.toks
        kw = 0
        while kw < len(toks) and toks[kw][0] < ms:
            kw += 1
        if before[-1:] in ("-", "—", "–"):
            dashes = [x for x in range(kw) if toks[x][2] in ("-", "—", "–")]
            if len(dashes) % 2:
                return (mtext, ms, me)  # "Lee - who said A - won": like ", who"
        np_w = _left_np(toks, kw, lex)
        if np_w is None:
            return None
        ms, me = _span_of(toks, np_w)
        mtext = text[ms:me]
    return (mtext, ms, me)


# finite reporting verbs that never belong to a speaker's noun phrase
_FINITE_SAY_RE = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|adds|asked|asks)\b")

_OBJECT_VERBS = ("tell", "inform", "assure", "urge", "warn", "ask", "remind")
_PROMISE_VERBS = {"pledge", "vow", "promise"}
# verbs of request whose content is "<listener> to <verb>" ("urged voters to wait")
_DIRECTIVE_VERBS = {"urge", "ask", "tell", "warn"}
# "to" + a lowercase word that is no determiner or possessive ("to rowdy applause" is
# still let through: no part-of-speech tagger here)
_TO_VERB_RE = re.compile(
    r"to\s+(?:not\s+)?(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)"
    r"[a-z]+\b"
)
# verbs that take "to say": "went on to say", "tried to argue", "is likely to say"
_CATENATIVES = {
    "tried", "tries", "try", "trying", "sought", "seeks", "continued", "continues",
    "proceeded", "hastened", "rushed", "quick", "careful", "decided", "likely", "wanted",
    "went", "goes", "go", "going", "gone", "appeared", "seemed", "seems", "began", "begins",
    "started", "starts", "used", "continue", "begin", "start", "seek", "proceed", "right",
    "correct", "eager", "continuing", "seeking", "beginning", "starting",
    # habitual speech: "as she liked to say", "he loves to point out"
    "liked", "likes", "loved", "loves",
}  # fmt: skip
# adjectives among them, after a copula: "Lee was quick to add", "is right to note"
_ADJ_CATENATIVES = frozenset(("likely", "quick", "careful", "right", "correct", "eager"))
# progressive catenatives: only right after a form of "be" ("Lee is continuing to insist
# that"; not "criticised for continuing to insist", a gerund with no subject)
_PROG_CATENATIVES = frozenset(("continuing", "seeking", "beginning", "starting"))

# verbs of an act done in order to speak, within a few words before "to <cue>":
# "took to Twitter to say", "tweeted on Friday to say", "went out of her way to say",
# "called to say", "issued a statement to say", "used the speech to argue"
_PURPOSE_VERBS = {
    "took", "takes", "taking", "used", "uses", "using", "tweeted", "wrote", "called",
    "phoned", "emailed", "texted", "went", "came", "issued", "released", "posted", "rose",
    "stood", "returned", "paused", "stopped",
    # "pointed to a ruling to argue", "rushed to the cameras to say", "replied on Friday
    # to suggest", "appeared on KTV to say", "weighed in to say", "chimed in to note"
    "pointed", "points", "rushed", "replied", "responded", "appeared", "appears", "weighed",
    "chimed", "jumped", "stepped",
}  # fmt: skip


# verbs that make their object speak: "the ruling led Ann Roe to say that", "prompting
# economists to counter that" (the object between the verb and "to" is the speaker)
_CAUSATIVE_VERBS = frozenset(
    "led leads leading prompted prompts prompting spurred spurring forced forcing".split()
)


def _causative_object(toks, j, k, lex):
    """Char span of the object between a causative verb at token ``j`` and the "to"
    before the cue at ``k`` ("led Ann Roe to say", "prompted the mayor to add",
    "led critics to say"): words only, opening with a determiner, a possessive, a
    capitalised word or a listed noun and ending in a noun or a name; None otherwise
    (an object pronoun too: "led her to say" is left to no one)."""
    words = [t[2] for t in toks[j + 1 : k - 1]]
    if not words and _passive_causative(toks, j, k - 2):
        np_ = _left_np(toks, j - 1, lex)  # "Tom Vale was forced to admit": the subject
        return None if np_ is None else _span_of(toks, np_)
    if not words or any(not w[:1].isalnum() for w in words):
        return None
    first, last = words[0].lower(), words[-1]
    if first in _PRONOUNS and first not in _POSS_PRONOUN:
        return None
    if not (first in _DETS or first in _POSS_PRONOUN or _is_cap(words[0]) or first in lex.nouns):
        return None
    if last.lower() in _DETS or last.lower() in _POSS_PRONOUN or last.endswith(("ing", "ed")):
        return None
    return toks[j + 1][0], toks[k - 2][1]


_PASSIVE_CAUSATIVES = frozenset("prompted forced made compelled moved".split())
_BE_PAST = frozenset("was were is are been being".split())
_BARE_CAUSATIVES = frozenset("made make makes making had have has let lets letting".split())
_OBJECT_PRONOUNS = frozenset("him her them us me".split())


def _passive_causative(toks, i, j):
    """Is token ``i`` (== ``j``, the word before "to <cue>") a passive causative after
    a form of "be" ("Tom Vale was forced to admit", "was prompted to say")?"""
    return (
        i == j
        and i >= 2
        and toks[i][2].lower() in _PASSIVE_CAUSATIVES
        and toks[i - 1][2].lower() in _BE_PAST
    )


def _bare_causative_object(toks, k, np_):
    """The noun phrase ``np_`` before the cue at ``k``, cut to the object of a bare
    causative inside it ("The prosecutor made him admit", "The chair let the clerk
    explain": "him", "the clerk"); ``np_`` itself when there is none.

    >>> t = [(0, 0, w) for w in "The prosecutor made him admit".split()]
    >>> _bare_causative_object(t, 4, (0, 4))
    (3, 4)
    """
    if np_ is None or np_[1] != k:
        return np_
    for p in range(np_[1] - 2, np_[0], -1):
        w = toks[p][2]
        if w.lower() in ("who", "that", "which") or w[0] == MASK:
            return np_
        if w.lower() in _BARE_CAUSATIVES:
            nxt = toks[p + 1][2]
            if nxt.lower() in _OBJECT_PRONOUNS or nxt.lower() in _DETS or _is_cap(nxt):
                return p + 1, np_[1]
            return np_
    return np_


def _catenative_start(toks, k):
    """Index of the verb that governs "to <cue>" at token ``k`` ("went on to say",
    "tried to argue"), or -1 when the cue is no such infinitive."""
    if k < 2 or toks[k - 1][2].lower() != "to":
        return -1
    j = k - 2
    w = toks[j][2].lower()
    if w == "on" and j >= 1 and toks[j - 1][2].lower() in ("went", "goes", "go", "going", "gone"):
        return j - 1
    if w in _PROG_CATENATIVES and (j == 0 or toks[j - 1][2].lower() not in _PROG_AUX):
        return -1
    if w in _CATENATIVES and w not in ("went", "goes", "go", "going", "gone"):
        return j
    for i in range(j, max(-1, j - 6), -1):  # "took to Twitter to say", "called to say"
        w = toks[i][2].lower()
        if w in _PURPOSE_VERBS:
            return i
        if (w in _CAUSATIVE_VERBS and i < j) or _passive_causative(toks, i, j):
            return i  # "the ruling led Ann Roe to say": Ann Roe says; "was forced to admit"
        if not w[:1].isalnum():
            break
    return -1


_FIRST_SECOND_PERSON = {"i", "me", "you", "we", "us", "ya", "y'all"}


# a separator right before a quotation that ends the text before the next cue
_BLOCK_AFTER_CUT_RE = re.compile(r"[,;][ \t]*(\x01+)[ \t]*,?[ \t]*(?:\S+[ \t]*)?\Z")

# one or two lower-case words between a quotation (and its comma) and the speaker
_MODIFIERS_AFTER_BLOCK_RE = re.compile(r"\x01[ \t,]*((?:[a-z][a-z\-]*[ \t]+){1,3})\Z")


def _modifiers_after_block(masked, lo, hi):
    """``_MODIFIERS_AFTER_BLOCK_RE.search(masked, lo, hi)``: what follows the mask
    that opens a match holds no mask, so only the last mask in lo..hi can open one (a
    match there, not a search that tries every mask of a quotation)."""
    i = masked.rfind(MASK, lo, hi)
    return _MODIFIERS_AFTER_BLOCK_RE.match(masked, i, hi) if i >= 0 else None


# what follows a cut that goes on with the clause of the same verb: ", that B",
# ", but that B", " and that B"
_THAT_GOES_ON_RE = re.compile(r",?[ \t]*(?:(?:and|but)[ \t]+)?that[ \t]")


# a time and a comma before "when": the "when" clause qualifies that time inside the
# content ("said it was alerted at 7 p.m. Saturday, when the families reported that
# ..."): a cue in it is nested in the content, not a new frame
_TIME_THEN_WHEN_RE = re.compile(
    r".*(?:\b(?:a\.m|p\.m|noon|midnight|morning|afternoon|evening|night|(?:Mon|Tues|Wednes"
    r"|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September"
    r"|October|November|December|year|week|month|\d{4})\.?),[ \t]+when\b"
)


def _comma_block_end(doc, lo, hi):
    """Offset from ``lo`` of the end of the last quotation in lo..hi that closes with a
    comma inside its marks ('that he and the woman had "been friends," he claimed'):
    a clause break the masked text hides; -1 when there is none."""
    best = -1
    for b in doc.blocks_in(lo, hi):
        b0, b1, t0, t1 = doc.blocks[b][:4]
        if b1 <= hi and doc.text[t0:t1].rstrip()[-1:] == ",":
            best = b1 - lo
    return best


# a "who" clause on an inverted speaker, closed by a comma before the rest of the
# interrupted sentence ("A, said Ann Roe, who knew him for years, B")
_WHO_ASIDE_RE = re.compile(r"who[ \t][^,;:\x01\n]{1,120},[ \t]+(?=[a-z])")


# where an opening "As Lee wrote" names the work or occasion before the comma that
# ends it ("As Lee wrote in her memoir, A"; "As the Planet noted in its editorial, A"),
# not before a quotation (a title: 'As Lee wrote in his book, "A Long Road," ...')
_LEAD_AS_PLACE_RE = re.compile(
    r"[ \t]*(?:in|on)[ \t]+(?:an?|the|his|her|their|its)[ \t]+(?:[\w'’\-]+[ \t]+){0,3}?"
    r"[\w'’\-]+[ \t]*,[ \t]*(?=[\w])"
)


def _dash_cut(masked, seg, cut, nxt, nxt_form, se):
    """Where the content before the next cue ends when a dash in ``seg`` (the text
    from the content's start to the next cue at ``nxt``) comes after the clause break
    ``cut``: at the dash before "which" that no dash closes ("that A — which he added
    B"), before an aside closed by a dash and a short subject ("say A - a common
    complaint - others say B"), or before a time distance ("announced A — days after
    Lee pledged B"); else ``cut``."""
    dash = max(seg.rfind(" — "), seg.rfind(" – "))
    if dash > cut and _DASH_WHICH_RE.match(seg, dash) and not _DASH_RE.search(masked, nxt, se):
        return dash  # "that A — which he added 'is regrettable.'": no closing dash
    td = max(dash, seg.rfind("\xa0— "), seg.rfind("\xa0– "))
    if td > cut and _TIME_DISTANCE_RE.match(seg, td + 2) is not None:
        return td  # "A — days after Lee pledged B": the time adjunct opens the next frame
    dash = max(dash, seg.rfind(" - "), seg.rfind(" -- "))
    if (
        dash > cut
        and not nxt_form.endswith("ing")
        and _DASH_ASIDE_THEN_SUBJECT_RE.search(seg) is not None
    ):
        return dash  # "say A - a common complaint - others say B": B is the next frame's
    return cut


def _last_clause_break(seg):
    """Offset in ``seg`` of its last clause break: a semicolon, a comma (none between
    digits: "$5,000"), " but " or " and "; -1 if none.

    >>> _last_clause_break("a $5,000 grant was "), _last_clause_break("A, and B ")
    (-1, 2)
    """
    return max(seg.rfind(";"), clause_comma_rfind(seg), seg.rfind(" but "), seg.rfind(" and "))


# the possessed document after an "according to" owner ("the company| 's application")
_OWNED_TAIL_RE = re.compile(r"['’]s(?:[ \t]+[a-z][a-z-]*){1,3}(?=[ \t]*[,.;—–]|\Z)")


def _owned_source_end(masked, hi, se):
    """End of the "according to" source whose owner ends at ``hi``: past "'s <document>"
    ("according to the company's application, and B": the frame runs to
    "application"); ``hi`` when no possessed noun follows.

    >>> _owned_source_end("according to the firm’s plan, and", 21, 33)
    28
    """
    m = _OWNED_TAIL_RE.match(masked, hi, se)
    return m.end() if m is not None else hi


def _content_sides(doc, c, ci, cue_matches, mention, speaker_after, borrowed):
    """(pre, post, frame end): the text before the frame (sentence start .. speaker
    and cue) and after it (past objects and adverbials: "told reporters Sunday that",
    up to the clause of another cue later in the sentence)."""
    masked, se, cs_, ce_ = doc.masked, c.se, c.cs, c.ce
    frame_lo = min(cs_, mention[1]) if not speaker_after else cs_
    if c.is_acc and c.form == "reported":  # "..., as (first) reported by X": from "as"
        frame_lo = c.toks[c.k - 1 if c.prev_tok == "as" else c.k - 2][0]
    frame_hi = max(ce_, mention[2]) if speaker_after else ce_
    if c.is_acc and speaker_after:  # "according to the company's application": its end
        frame_hi = _owned_source_end(masked, frame_hi, se)
    if borrowed or mention[1] < c.ss or mention[1] > se:  # speaker of an earlier cue
        frame_lo, frame_hi = cs_, ce_
    elif not speaker_after:
        # '"...," former Gov. Ann Bell said': lower-case modifiers before the speaker
        # belong to the frame, so the quotation ends the text before it
        mm = _modifiers_after_block(masked, max(c.ss, frame_lo - 40), frame_lo)
        if mm is not None:
            frame_lo = mm.start(1)
        mm = _RELATIVE_HEAD_RE.search(masked, max(c.ss, frame_lo - 40), frame_lo)
        if mm is not None:  # "A, a charge the company denied": the content is A
            frame_lo = mm.start()
        elif masked[frame_lo : frame_lo + 1].isupper():
            if masked[mention[2] : cs_].strip() == "," and _opening_apposition(
                masked, c.ss, frame_lo, doc.lex
            ):
                frame_lo = c.ss  # "The firm's safety director, Ann Roe, testified.": no content
            frame_lo = _apposition_before(masked, max(c.ss, frame_lo - 60), frame_lo, doc.lex)
            mo = _WORD_OF_BEFORE_RE.search(masked, max(c.ss, frame_lo - 40), frame_lo)
            if mo is not None:  # "A, Zimmer of Merrill Lynch said": the content is A
                frame_lo = mo.start(1)
            mo = _THE_BEFORE_RE.search(masked, max(c.ss, frame_lo - 6), frame_lo)
            if mo is not None and not doc.lex.org_words.isdisjoint(
                masked[mention[1] : mention[2]].split()
            ):  # "A, the Bank of England said": "the" opens the organisation's name
                frame_lo = mo.start()
        ma = _AS_ASIDE_BEFORE_RE.search(doc.text, max(c.ss, mention[1] - 10), mention[1])
        if (
            ma is not None
            and not (
                ci > 0 and cue_matches[ci - 1][0] >= _aside_clause_lo(masked, c.ss, ma.start())
            )
            and _as_aside(doc, c, ma.start())
        ):
            frame_lo = min(frame_lo, ma.start(1))  # "A, as Lee said, B": "as" is the frame's
    # after the frame: skip objects / adverbials ("told reporters", "said Sunday")
    post_lo = frame_hi
    if c.is_acc and speaker_after and _PERSON_NAME_RE.fullmatch(mention[0]):
        # (a person's name only: "according to police, the driver, 34, was" describes no one)
        post_lo = _apposition_after(masked, frame_hi, se, doc.lex)
    mo = _POST_SKIP.match(masked, post_lo, se)  # (no look-behind or \b at its start)
    if mo:
        post_lo = mo.end()
    if (
        masked[post_lo : post_lo + 4].lstrip()[:2] in ("in", "on")
        and (mo := _LEAD_AS_PLACE_RE.match(masked, post_lo, se)) is not None
        and _LEAD_AS_RE.match(masked, c.ss, c.cs) is not None
    ):
        post_lo = mo.end()  # "As Lee wrote in her memoir, A": the main clause A
    if c.lemma in _OBJECT_VERBS and not _THAT_RE.match(masked, frame_hi, se):
        mo = _OBJ_SKIP.match(masked, frame_hi, se) or _role_listener(masked, frame_hi, se)
        if mo:
            post_lo = mo.end()
        post_lo = max(post_lo, _owned_listener_end(masked, frame_hi, se))
        mq = _SHORT_BLOCK_RE.match(masked, post_lo, se)
        if mq:
            post_lo = mq.end()  # 'told "Fox and Friends," that ...': the show, not content
        mo = _POST_SKIP.match(masked, post_lo, se)
        if mo:
            post_lo = mo.end()
    post_lo = _content_start(masked, post_lo, se)
    if c.lemma in _NEEDS_THAT:
        post_lo = _past_adjunct_that(masked, post_lo, se)  # "mentioned in passing that"
    if speaker_after and frame_lo > c.ss and (mw := _WHO_ASIDE_RE.match(masked, post_lo, se)):
        post_lo = mw.end()  # "A, said Ann Roe, who knew him, B": the aside is no content
    post_hi = se
    cj = ci + 1
    while cj < len(cue_matches) and cj - ci <= 4 and cue_matches[cj][0] < se:
        # another cue later in this sentence ("... but said ...", "...; others said")
        nxt, nxt_form = cue_matches[cj][0], cue_matches[cj][2]
        cj += 1
        if nxt == post_lo and nxt_form.endswith("ing"):
            post_hi = post_lo  # '"A," Lee said, adding that B': "adding" has its own frame
            break
        if nxt > post_lo:
            seg = masked[post_lo:nxt]
            if _continues_clause(masked, seg, nxt, nxt_form, se):
                continue  # "said A and workers had been told to B": a passive, no new frame
            if nxt_form.endswith("ing") and _NOUN_BEFORE_ING_RE.search(seg):
                continue  # "said A but relied on students reporting B": a modifier
            if nxt_form == "written" and _DET_NOUN_END_RE.search(seg):
                continue  # "... on the date written beside her signature": a modifier
            cut = _last_clause_break(seg)
            cut = _dash_cut(masked, seg, cut, nxt, nxt_form, se)
            if cut >= 0 and seg[cut] == " " and ":" not in seg:
                # an "and"/"but" cut before a quotation closed by its comma: the comma
                cut = max(cut, _comma_block_end(doc, post_lo, nxt))
            if nxt_form.endswith("ing") and not (cut >= 0 and len(seg[cut:].split()) <= _CUT_WORDS):
                # '"careless," noting that', '"solvent" on air before claiming that'
                m_ing = _ING_CUT_RE.search(seg)
                cut = -1 if m_ing is None else m_ing.start()
            if cut < 0 and (mb := _BLOCK_THEN_AS_RE.search(seg)) is not None:
                cut = mb.start() + 1  # 'pledged to "...," as she put it': ends at the quotation
            if (qc := _comma_quotation_end(doc.text, masked, seg, post_lo)) > cut:
                cut = qc  # 'claimed that A "...," an aide said B': the quotation's comma
            if cut >= 0 and _that_opens_content(masked, frame_hi, post_lo, seg, cut):
                continue  # "said that, if the reports are true, B": "that" opens the content
            if cut >= 0 and _WHICH_SOME_END_RE.fullmatch(seg, cut):
                continue  # "said that the vote, which some have argued was rigged, was B"
            if (
                cut >= 0
                and _TIME_THEN_WHEN_RE.match(seg, max(0, cut - 24), cut + 8)
                and seg.split(None, 1)[0].lower() not in _NOT_CONTENT_START
            ):  # "said it was alerted at 7 p.m., when the families reported B" (not
                # "asked about what he said that night, when he claimed B": no clause)
                continue
            if cut >= 0 and _THAT_GOES_ON_RE.match(seg, cut):
                # "argued, however, that B": the comma closes an interjection; "said A,
                # but that B": a second that-clause of the same verb
                continue
            if cut >= 0 and len(seg[cut:].split()) <= _CUT_WORDS:
                mb = _BLOCK_AFTER_CUT_RE.match(seg, cut)
                if mb is not None:
                    cut = mb.end(1)  # 'said she thought, "No way," adding': keep the quotation
                post_hi = post_lo + cut
                break
    if c.k == 0 and c.lemma == "ask" and frame_hi > ce_:
        # "Asked by X whether A, Lee was blunt": the question ends at the last comma
        cut = clause_comma_rfind(masked, post_lo, post_hi)
        if cut > post_lo:
            post_hi = cut
    pre_lo = c.ss
    if (br := _bracket_around(masked, c.ss, frame_lo, post_lo, post_hi)) is not None:
        pre_lo, post_hi = br  # "(as low as 19%, Lee says)", "(which, critics say, will B)"
    elif (op := _dash_aside_open(masked, c.ss, frame_lo, frame_hi, se)) > 0:
        pre_lo, post_hi = op, post_lo  # "Ann Roy -- no relation, she stressed -- said"
    elif not speaker_after and (rc := _subject_relative_close(masked, c, post_lo, post_hi)) > 0:
        post_hi = rc  # "Ann Roe, who said A, was fired": the main verb is no content
    return (pre_lo, frame_lo), (post_lo, post_hi), frame_hi


def _bracket_around(masked, ss, frame_lo, post_lo, post_hi):
    """(start, end) of the inside of brackets that hold the frame, when a "(" opens
    before it in the sentence and its ")" closes after it ("(as low as 19%, Lee
    says)", "The tax (which, critics say, will hurt farmers) passed"); else None.

    >>> m = "The tax (which, critics say, will hurt farmers) passed."
    >>> lo, hi = _bracket_around(m, 0, m.index("critics"), m.index("will"), len(m))
    >>> m[lo:hi]
    'which, critics say, will hurt farmers'
    """
    op = masked.rfind("(", ss, frame_lo)
    if op < 0 or ")" in masked[op:frame_lo]:
        return None
    cl = masked.find(")", post_lo, post_hi)
    if cl < 0 or "(" in masked[post_lo:cl]:
        return None
    return op + 1, cl


# a comma and a finite verb: where a relative clause in the subject closes ("Ann Roe,
# who said A, | was fired")
_MAIN_VERB_AFTER_COMMA_RE = re.compile(
    r",[ \t]+(?:is|was|were|are|has|had|have|will|would|can|could|did|does|should|must"
    r"|may|might|[a-z]{3,}ed)\b"
)


def _subject_relative_close(masked, c, lo, hi):
    """Where the content of a cue in a non-restrictive relative clause on the
    sentence's subject ends: at the last comma before a finite verb ("Ann Roe, who
    said the plan would fail, was fired"; "The Ledger, which has since reported that
    A, has been sold"); -1 when the cue is no such relative or no such comma follows.
    The subject is a short phrase with no comma or quotation that opens the sentence."""
    toks, j = c.toks, c.k - 1
    while j > 1 and c.k - j <= 3 and _skips_before_cue(toks[j][2]) and toks[j][2].islower():
        j -= 1
    if j < 2 or toks[j][2] not in ("who", "which") or toks[j - 1][2] != ",":
        return -1
    head = masked[c.ss : toks[j - 1][0]]
    words = head.split()
    if not head[:1].isupper() or not 1 <= len(words) <= 8 or any(x in head for x in ",;:\x01"):
        return -1
    if _holds_clause(words):
        return -1  # "The mayor thanked Ann Roe, who said A, B": no subject
    cut = -1
    for m in _MAIN_VERB_AFTER_COMMA_RE.finditer(masked, lo, hi):
        cut = m.start()
    return cut


_DASH_ASIDE_CLOSE_RE = re.compile(r"[ \t]+(?:--|—|–)[ \t]")
_DASH_ASIDE_OPEN_RE = re.compile(r"[ \t](?:--|—|–)[ \t]+")


def _dash_aside_open(masked, ss, frame_lo, frame_hi, se):
    """Where the text of a frame set off by dashes starts ("Roy -- no relation, she
    stressed -- said": after the first "-- "), 0 when a dash does not follow the frame
    or none opens the aside in its sentence before it.

    >>> t = "Ann Roy -- no relation, she stressed -- said so."
    >>> op = _dash_aside_open(t, 0, t.index("she"), t.index(" --", 20), len(t))
    >>> t[op:t.index(", she")]
    'no relation'
    """
    if _DASH_ASIDE_CLOSE_RE.match(masked, frame_hi, se) is None:
        return 0
    last = None
    for m in _DASH_ASIDE_OPEN_RE.finditer(masked, ss, frame_lo):
        last = m
    if last is None or not masked[last.end() : frame_lo].rstrip().endswith(","):
        return 0
    return last.end()


# a verb right after the "that" that the adverbial skip took for the conjunction: "that"
# is the content's subject ("said that was the plan", "said that's not true")
_THAT_SUBJECT_NEXT_RE = re.compile(
    r"(?:['’]s\b|[ \t]+(?:is|was|were|are|will|would|could|can|should|may|might|must|has"
    r"|had|have|does|did|seems|seemed|means|meant|remains|remained|makes|made|sounds"
    r"|sounded|happened|happens|changed)\b|[ \t]+[a-z]+n['’]t\b)"
)
# a medium and a participle that describes it before the content's "that": "said in an
# interview (that) aired on Sunday that", "in a post published Friday that"
_MEDIUM_WORDS = (
    r"(?:interview|statement|letter|post|video|speech|op-ed|column|podcast|broadcast"
    r"|email|e-mail|memo|report|article|message|tweet|story|piece|segment|program|show"
    r"|documentary|book|memoir|essay|editorial)s?"
)
_MEDIUM_END_RE = re.compile(r"\b" + _MEDIUM_WORDS + r"(?:[ \t]+that)?[ \t]*\Z")
_MEDIUM_PP_RE = re.compile(
    r"[ \t]*(?:in|on)[ \t]+(?:an?|the|his|her|its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
    + _MEDIUM_WORDS
    + r"\b"
)
# what _MEDIUM_PP_RE's first character may be
_MEDIUM_PP_FIRST = (" ", "\t", "i", "o")
_MEDIUM_PARTICIPLE_RE = re.compile(
    r"[ \t]*(?:(?:that|which)[ \t]+)?(?:(?:was|were)[ \t]+)?(?:aired|broadcast|published"
    r"|posted|released|conducted|recorded|taped|televised|filmed|shown|streamed|printed"
    r"|sent|ran|appeared)\b[^,;:\x01\n.!?]{0,40}?\bthat\b[ \t]*"
)


def _content_start(masked, post_lo, se):
    """Where the content after a frame starts, from ``post_lo`` past its objects and
    adverbials: past a participle that describes the medium before the content's
    "that" ("said in an interview that aired on Sunday that | A", "told the Herald in a
    story published Friday that | A"), or back on a "that" that is the content's
    subject ("said | that was the plan")."""
    # (the same answers as asking _MEDIUM_PP_RE, then _MEDIUM_END_RE, then the
    # participle, and _THAT_END_RE, with cheaper tests first: _MEDIUM_PP_RE needs a
    # space, tab, "i" or "o" at ``post_lo``; with no medium phrase after the frame the
    # participle match, which fails at once on most words, goes before the 24-character
    # search for a medium word before it; _THAT_END_RE needs "that" in its 8 characters)
    if (
        masked[post_lo : post_lo + 1] in _MEDIUM_PP_FIRST
        and (mp := _MEDIUM_PP_RE.match(masked, post_lo, se)) is not None
    ):
        mm = _MEDIUM_PARTICIPLE_RE.match(masked, mp.end(), se)
        if mm is not None:
            return mm.end()
    elif (mm := _MEDIUM_PARTICIPLE_RE.match(masked, post_lo, se)) is not None and (
        _MEDIUM_END_RE.search(masked, max(0, post_lo - 24), post_lo) is not None
    ):
        return mm.end()
    lo8 = max(0, post_lo - 8)
    mt = (
        None if masked.find("that", lo8, post_lo) < 0 else _THAT_END_RE.search(masked, lo8, post_lo)
    )
    if (
        mt is not None
        and _THAT_SUBJECT_NEXT_RE.match(masked, post_lo, se) is not None
        and (
            masked[max(0, mt.start() - 8) : mt.start()].rstrip()[-1:] != ","
            or masked[post_lo : post_lo + 2] in ("'s", "’s")
        )  # (", Bell said, that is meant": a relative pronoun; "As Lee said, that's A")
    ):
        return mt.start()
    return post_lo


# a quotation, then "as" and the speaker of the next cue: 'to "...," as she (put it)'
_BLOCK_THEN_AS_RE = re.compile(r"\x01[ \t]+as[ \t]+[^,;:\x01]{1,40}\Z")

# one capitalised word and "of" / "at" after a comma, right before a speaker's name
# ("A, Zimmer of Merrill Lynch said", "A, Volkswagen of America said"): no content
_WORD_OF_BEFORE_RE = re.compile(
    r",[ \t]+((?:[Tt]he[ \t]+)?[A-Z][a-z][\w'’-]*[ \t]+(?:of|at)[ \t]+)\Z"
)

# the article right before a capitalised speaker's name, after a comma ("A, the Bank
# of England said")
_THE_BEFORE_RE = re.compile(r"(?<=,[ \t])[Tt]he[ \t]+\Z")

# a description set off by commas before the speaker's name: "A, the harbour master,
# Ann Roe, said"
_APPOSITION_BEFORE_RE = re.compile(
    r",[ \t]+(?:the|an?|his|her|its|their|[A-Z][\w.-]*(?:'s|’s))[ \t]+"
    r"(?:[\w'’.-]+[ \t]+){0,4}?([a-z][a-z-]+),[ \t]+\Z"
)
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
# a description that opens the sentence before the speaker's name ("The company's
# safety director, Ann Roe, testified"): a determiner or possessor, at most four words
_OPENING_APPOSITION_RE = re.compile(
    r"[ \t]*(?:The|An?|His|Her|Its|Their|[A-Z][\w.-]*(?:'s|’s))[ \t]+"
    r"((?:[\w'’.-]+[ \t]+){0,4}?)([a-z][a-z-]+),[ \t]+"
)
_NOT_IN_APPOSITION = frozenset(
    "is was are were will would has have had can could may might should must be been".split()
)


def _opening_apposition(masked, ss, hi, lex):
    """Is the text from the sentence start ``ss`` to the speaker's name at ``hi`` only a
    description of her set off by a comma ("The company's safety director, Ann Roe,
    testified"), its head a listed title or speaker noun, and no verb before it?

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "The city's fire chief, Ann Roe"
    >>> _opening_apposition(t, 0, t.index("Ann"), lexicon())
    True
    >>> t = "The plan is dead, Ann Roe"
    >>> _opening_apposition(t, 0, t.index("Ann"), lexicon())
    False
    """
    m = _OPENING_APPOSITION_RE.fullmatch(masked, ss, hi)
    if m is None or m.group(2) not in lex.titles and m.group(2) not in lex.nouns:
        return False
    return _NOT_IN_APPOSITION.isdisjoint(m.group(1).lower().split())


# a description set off by commas after a source ("According to Ann Roe, a senior
# economist at Acme Bank, B"): its head noun (group 1) before an optional phrase
_APPOSITION_AFTER_RE = re.compile(
    r"[ \t]*,[ \t]+(?:the|an?|his|her|its|their|[A-Z][\w.-]*(?:'s|’s))[ \t]+"
    r"(?:[\w'’.-]+[ \t]+){0,3}?([a-z][a-z-]+)"
    r"(?:[ \t]+(?:at|of|for|with|in|from|on)[ \t]+[^,;:\n\x01]{1,60}?)?,[ \t]+(?=\w)(?!(?:who|whose|which|that)\b)"
)


_PERSON_NAME_RE = re.compile(r"[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}")


def _apposition_after(masked, lo, hi, lex):
    """End of a description set off by commas right after an "according to" source
    ending at ``lo`` ("According to Ann Roe, a senior economist at Acme Bank, rates
    will fall": after its second comma), or ``lo`` when there is none; its head must
    be a listed title or speaker noun or end like an agent noun, and be singular.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "According to Ann Roe, an economist at Acme, rates will fall."
    >>> t[_apposition_after(t, t.index(", an"), len(t), lexicon()) :]
    'rates will fall.'
    """
    m = _APPOSITION_AFTER_RE.match(masked, lo, hi)
    if m is None:
        return lo
    head = m.group(1)
    if head.endswith("s") or not (
        head in lex.titles or head in lex.nouns or head.endswith(_AGENT_ENDINGS)
    ):
        return lo
    return m.end()


def _apposition_before(masked, lo, hi, lex):
    """Start of a description set off by commas that ends right before the speaker's
    name at ``hi`` ("A, the city's mayor, Ann Roe, said": after the comma before "the"),
    or ``hi`` when there is none; its head must be a listed title or speaker noun
    or end like an agent noun (-er, -or, -ist, ...), and be singular.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "It will close, the harbour master, Ann Roe"
    >>> _apposition_before(t, 0, t.index("Ann"), lexicon())
    14
    """
    m = _APPOSITION_BEFORE_RE.search(masked, lo, hi)
    if m is None:
        return hi
    head = m.group(1)
    if head.endswith("s"):
        return hi  # "A, the two nations, Xi said, B": plural, no description of Xi
    if head in lex.titles or head in lex.nouns or head.endswith(_AGENT_ENDINGS):
        return m.start() + 1
    return hi


# the head noun of a relative clause whose subject is the speaker, after the content
# ("..., a charge the company denied", "..., which Lee disputed")
_RELATIVE_HEAD_RE = re.compile(
    r",[ \t]+(?:which|(?:an?|the)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)[ \t]+\Z"
)


# where a clause ends before a participle cue: after a quotation block, or at
# "before" / "after" / "while" ("... before claiming that")
_CUT_WORDS = 10  # at most this many words from a clause break to the next cue

# a quotation that closes on its own comma, then the subject of the next cue ('that A
# "...," an aide said'; the mask covers the comma inside the marks)
_COMMA_CLOSE_RE = re.compile(r",[ \t]*(?:”|\"|''|’|')\Z")
_SUBJECT_AFTER_BLOCK_RE = re.compile(r"[ \t]+[A-Za-z][^\x01,;:]*\Z")
_WORD_CHAR_RE = re.compile(r"\w")


def _comma_quotation_end(text, masked, seg, lo):
    """Where the last quotation of ``seg`` (the masked text from ``lo`` to the next
    cue) ends when it closes on a comma and only the next cue's subject follows it
    ('said that A had "been friends," he claimed B'; 'claimed that "..," one of the
    prosecutors said B'); -1 otherwise, and when the content is that quotation alone
    with no "that" before it ('he warned, "...," Trump told NBC': the next cue's too).

    >>> t = "that he had “been friends,” he "
    >>> m = t.replace("“been friends,”", MASK * 15)
    >>> _comma_quotation_end(t, m, m, 0)
    27
    """
    m = seg.rfind(MASK)
    if m < 0 or m + 1 >= len(seg):
        return -1
    if not _WORD_CHAR_RE.search(seg, 0, max(0, seg.find(MASK))) and not _THAT_END_RE.search(
        masked, max(0, lo - 8), lo
    ):
        return -1
    if _COMMA_CLOSE_RE.search(text, max(lo, lo + m - 3), lo + m + 1) is None:
        return -1
    tail = seg[m + 1 :]
    if _SUBJECT_AFTER_BLOCK_RE.match(tail) is None or len(tail.split()) > _CUT_WORDS:
        return -1
    return m + 1


# a participle cue right after a plain noun with no clause break before it ("relied on
# students reporting their sleep"): it modifies the noun and ends no clause
# a determiner and a noun right before a next cue "written": a participle that
# describes the noun ("said A and had been away on the date written beside it")
_DET_NOUN_END_RE = re.compile(
    r"(?:\A|[ \t])(?:the|a|an|this|that|his|her|their|its)[ \t]+[a-z]+[ \t]+\Z"
)
_NOUN_BEFORE_ING_RE = re.compile(
    r"\A[^,;:\x01]*[ \t](?!(?:and|but|or|nor|then|before|after|while|by|without|also|"
    r"further|later|again|even|not|still|of|on|in|for|from|to|is|are|was|were|been|be|am|"
    r"keeps?|kept|just|now|repeatedly|publicly|privately|openly|falsely)[ \t]+\Z)[a-z][\w’'\-]*[ \t]+\Z"
)
_DASH_RE = re.compile("[—–]")
_DASH_WHICH_RE = re.compile(r" [—–] (?:which|who|whom|whose)\b")
# an aside closed by a dash, then a short plain subject up to the next cue: "A - a
# common complaint - others (say B)", "A — an old favourite — his aides (say B)"
_DASH_ASIDE_THEN_SUBJECT_RE = re.compile(
    r" ([—–]|--?) [^—–\x01]{1,60}? \1 "
    r"(?!(?:which|who|whom|whose|while|as|at|but|and|or|he|she|it|they|we|i|you|if|when|to|of|in"
    r"|on|for|with|by|from|that|not|also|had|has|have|is|are|was|were|will|would|could|can|may"
    r"|might|should|must|did|does|do|been|be)\b)"
    r"(?:[\w'’.\-]+ ){1,3}\Z"
)

# a clause break right after "that" ("said that, if A, B"): "that" opens the content,
# which goes on past the break
_THAT_END_RE = re.compile(r"\bthat[ \t]*\Z")
# an adverbial that opens a that-clause before its comma ("reported that during the
# visit, the union repeated its demand"): the clause's subject and verb come after it
_THAT_ADVERBIAL_RE = re.compile(
    r"[ \t]*(?:during|before|after|in|on|at|since|until|by|over|under|despite|amid|following"
    r"|within|throughout|without|for)\b[^,;:\x01]{1,70}"
)


# ", which some have" before a later cue: a relative clause inside the content whose
# own speaker is a quantifier ("said that the vote, which some have argued was rigged,
# was B": the vote ... was B is the outer content)
_WHICH_SOME_END_RE = re.compile(
    r",[ \t]+which[ \t]+(?:some|many|others|critics|opponents|supporters)"
    r"(?:[ \t]+(?:have|had|also))*[ \t]*"
)


def _that_opens_content(masked, frame_hi, post_lo, seg, cut):
    """Does the content after a frame run on past the comma at ``seg[cut]`` (``seg``
    starts at ``post_lo``)? Yes when "that" right before the comma opens it ("said
    that, if the reports are true, B") or when the text before the comma is an
    adverbial right after "that" ("reported that during the visit, the union
    repeated B": B's clause is the content, the cue after the comma inside it)."""
    if _THAT_END_RE.search(masked, frame_hi, post_lo + cut):
        return True
    return (
        seg[cut : cut + 1] == ","
        and _THAT_END_RE.search(masked, frame_hi, post_lo) is not None
        and _THAT_ADVERBIAL_RE.fullmatch(seg, 0, cut) is not None
    )


_ING_CUT_RE = re.compile(r"(?<=\x01)\s*\Z|\s(?:before|after|while|then)\s+\Z")

_SKIP = False  # _choose_side: the cue yields nothing, not even a pending colon frame


# text before "according to X, B" that cannot be the content on its own: it ends with
# a subordinator, a conjunction or a colon ("... after, according to him, B"; "And it
# went unnoticed: According to polls, B"), or is one subordinate clause ("While A,
# according to X, B")
_OPEN_CLAUSE_END_RE = re.compile(
    r"(?:\b(?:after|because|while|when|although|though|since|if|but|and|that|before|until"
    r"|unless|whereas)|:)[ \t\u00a0,—–-]*\Z",
    re.I,
)
# text before "according to X" that ends with a reporting verb of its own ('"...,"
# Fontoura said, according to a translation by X'): that verb's frame holds the
# quotation, "according to" only sources the report
_SAID_END_RE = re.compile(
    r"\b(?:said|says|told[ \t]+\w+|added|wrote|writes|stated|asked)"
    r"(?:[ \t]+(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|yesterday|today))?[ \t\u00a0,]*\Z"
)
# (only a source with an indefinite article: "according to a transcript", "an account
# by ..."; PolNeAR annotates "Lee said, according to CNN" as CNN's report of Lee)
_INDEFINITE_SOURCE_RE = re.compile(r"[ \t]+(?:a|an)[ \t]")
# ... or the reporting speaker's own records ("He said A, according to his own count")
_OWN_SOURCE_RE = re.compile(r"[ \t]+(?:his|her|their|its)[ \t]+own[ \t]")
_SAID_IN_RE = re.compile(r"\b(?:said|says|told|added|wrote|writes|stated)\b")
# ... or a translation of the words ("according to Morin's translation", "according to
# his interpreter"): whoever translates is no second speaker
_TRANSLATION_SOURCE_RE = re.compile(
    r"[ \t]+(?:the|his|her|their|[\w’'-]+['’]s)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:translation|translator|interpreter|interpretation)\b"
)
_SUBORDINATE_ONLY_RE = re.compile(
    r"[ \t\n]*(?:while|although|though|whereas|unless|if|when|because|since)\b[^,;:]*"
    r",?[ \t\u00a0]*\Z",
    re.I,
)

# "That's according to X" / "This is according to X": the content is the pronoun,
# which stands for the sentence before it
_THAT_IS_RE = re.compile(r"[ \t\n]*(That|This)(?:['’]s|[ \t]+(?:is|was))[ \t]*\Z")

# a subordinator (or "by") right before the speaker and the cue ("... by the time he said",
# "... until Reuters asked", "... because she said"): the cue's clause is subordinate
_SUBORDINATOR_END_RE = re.compile(
    r"\b(?:by(?:[ \t]+the[ \t]+time)?|until|because|when|whenever|before|after|once)[ \t\u00a0]*\Z",
    re.I,
)

# the last letters of its words (no other character matches them ignoring case)
_SUBORDINATOR_LAST = frozenset("yYlLeEnNrR")


def _subordinator_end(pre_text):
    """Does ``pre_text`` end with a subordinator (``_SUBORDINATOR_END_RE`` searched in
    its last 16 characters)? The search runs only when the text, without its trailing
    spaces, ends in the last letter of one of them."""
    if pre_text.rstrip(" \t\u00a0")[-1:] not in _SUBORDINATOR_LAST:
        return False
    return _SUBORDINATOR_END_RE.search(pre_text, max(0, len(pre_text) - 16)) is not None


_SHORT_BLOCK_AT_RE = re.compile(r"[ \t,:;—–-]*\x01{2,40}(?!\x01)")


def _short_block_at(masked, lo):
    """Does a quotation of at most 38 characters open the text at ``lo``?"""
    return _SHORT_BLOCK_AT_RE.match(masked, lo) is not None


# a participial adjunct after the frame ("A, the ministers announced Thursday, ending a
# standoff that ..."), or a time clause with a pronoun subject ("A, the minister said
# Tuesday as he tabled a budget that ..."): it describes the event, it holds no
# reported content (a "that" in it is the clause's own)
_ING_ADJUNCT_RE = re.compile(
    r"[ \t]*(?:(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|yesterday|today)[ \t]*)?(?:,[ \t]+(?!(?:adding|saying|noting|arguing|insisting)\b)"
    r"[a-z]+ing\b|,?[ \t]+(?:as|while|after|before|when)[ \t]+(?:he|she|it|they|we)[ \t]+[a-z]+)"
)


def _adverbial_phrase_only(pre_text):
    """Is the text before an "according to" or "X said" insertion, from its sentence
    start, only a short prepositional phrase with no clause ("At the hearing, according
    to a transcript, she told ...", "By noon, Lee said, the crew ...": the content comes
    after it)?

    >>> _adverbial_phrase_only("At the sentencing hearing, ")
    True
    >>> _adverbial_phrase_only("In 2010 the firm lost $4 million, ")
    False
    >>> _adverbial_phrase_only("By mid-afternoon, "), _adverbial_phrase_only("But in 1990, ")
    (True, True)
    """
    if len(pre_text) > 80:
        return False
    words = _WORDS_RE.findall(pre_text)
    if len(words) > 2 and words[0] in ("But", "And", "Yet"):
        words = words[1:]  # "But in 1990, she said, the plant closed"
    return (
        1 < len(words) <= 6
        and pre_text.strip()[:1].isupper()
        and (words[0].lower() in _ADVERBIAL_STARTS or words[0].lower() == "by")
        and not _holds_clause(words)
        and _CLAUSE_WORD_RE.search(pre_text) is None
    )


# a deictic time phrase alone opening the sentence: "This spring, ", "That winter, ",
# "Earlier this year, " (a time adjunct of the clause after an inserted frame)
_DEICTIC_TIME_RE = re.compile(
    r"[ \t\n]*(?:(?:Earlier|Later|Early|Late)[ \t]+(?:this|that|last|next)|This|That|Next"
    r"|Last|Each|Every)[ \t]+(?:spring|summer|fall|autumn|winter|season|year|month|week|weekend"
    r"|morning|afternoon|evening|night|time)[ \t]*,[ \t]*"
)


def _deictic_time_lead(doc, pre_text, post_text):
    """Is the text before an inserted frame only a deictic time phrase ("This spring, he
    said, half his gear went out") and the text after a clause of its own, not the
    predicate of that phrase ("This season, he said, will be his last")?

    >>> _deictic_time_lead(None, "This spring, ", ", half his gear went deeper.")
    True
    >>> _deictic_time_lead(None, "This season, ", ", will be his last.")
    False
    """
    if _DEICTIC_TIME_RE.fullmatch(pre_text) is None:
        return False
    w = _WORDS_RE.findall(post_text, 0, 60)
    w0 = w[0] if w else ""
    verb_forms = doc.lex.verb_lemma if doc is not None else {}
    return bool(w0) and not (
        w0 in _VERBISH_NEXT or w0 in verb_forms or (w0.islower() and w0.endswith("ed"))
    )


def _lead_adjunct(doc, pre_text, post_text):
    """Is the text before an inserted frame ("In the spring, the mayor said, B"; "This
    spring, he said, B") only a short leading prepositional or time phrase, an adjunct of
    the clause after the frame (which reports no speech of its own)?"""
    return (
        pre_text.rstrip().endswith(",")
        and _HAS_WORD_RE.search(post_text) is not None
        and not pre_text.rstrip(" \t\n\u00a0,:;—–-").endswith(MASK)
        and (_adverbial_phrase_only(pre_text) or _deictic_time_lead(doc, pre_text, post_text))
        and not doc.lex.cue_re.search(post_text, 0, 40)
    ) or _lead_subordinate_clause(doc, pre_text, post_text)  # "Until A, she said, B"


# one adverbial clause opening the sentence before an inserted frame: "Until the money is
# found, " / "If the vote fails, " (a subordinator, no other comma, at most 12 words)
_LEAD_ADVERBIAL_CLAUSE_RE = re.compile(
    r"[ \t\n]*(?:Until|Unless|If|When|Whenever|Once|Before|After|While|Although|Though"
    r"|Because|Since)[ \t]+[^,;:\x01]{3,90},[ \t]*"
)


def _lead_subordinate_clause(doc, pre_text, post_text):
    """Is the text before an inserted frame only an adverbial clause opened by a
    subordinator ("Until the money is found, she said, the only fix is a slower car"),
    an adjunct of the clause after the frame, which holds the content?

    >>> _lead_subordinate_clause(None, "Until that money is found, ", ", the fix is speed.")
    True
    >>> _lead_subordinate_clause(None, "If it rains, the roads close, ", ", the fix is speed.")
    False
    """
    if _LEAD_ADVERBIAL_CLAUSE_RE.fullmatch(pre_text) is None:
        return False
    if len(_WORDS_RE.findall(pre_text)) > 12 or _HAS_WORD_RE.search(post_text) is None:
        return False
    return doc is None or not doc.lex.cue_re.search(post_text, 0, 40)


def _participle_after_adjunct(masked, frame_hi, post, se):
    """Does the text after a frame (up to its sentence end ``se``) open with a
    participle adjunct: ``_ING_ADJUNCT_RE`` ("A, the ministers announced Thursday,
    ending a standoff"), or a participle after an adjunct of ``_PAREN_POST_RE`` ("...,
    the group said in a statement, pointing to fuel costs")? The participle phrase is the
    subject's act, not its words: the content is the clause before (a speech
    participle, "noting that B", is a cue of its own).

    >>> t = "A rose, it said in a statement, pointing to costs."
    >>> _participle_after_adjunct(t, 15, (32, len(t)), len(t))
    True
    """
    if _ING_ADJUNCT_RE.match(masked, frame_hi, se) is not None:
        return True
    m = _ING_AFTER_RE.match(masked, post[0], post[1])
    return (
        m is not None
        and m.group(1) != "including"
        and _PAREN_POST_RE.match(masked, frame_hi, post[0]) is not None
    )


def _choose_side(doc, c, pre, post, frame_hi, speaker_after, asked_by, borrowed):
    """The side of the frame that holds the content (``pre`` or ``post``), None when
    neither does (the frame may announce the next quotation), or _SKIP."""
    masked = doc.masked
    pre_text = masked[pre[0] : pre[1]]
    post_text = masked[post[0] : post[1]]
    # the words of the last 300 characters before the frame, counted up to 3 (the
    # rules below only ask 0, 1-2 or 3 and more): a match of three in a row
    # (possessive runs: words as _WORDS_RE splits them) saves listing them all
    pre_lo = max(0, len(pre_text) - 300)
    if _THREE_WORDS_RE.match(pre_text, pre_lo) is not None:
        pre_words = 3
    else:
        pre_words = len(_WORDS_RE.findall(pre_text, pre_lo))
    post_has = _HAS_WORD_RE.search(post_text) is not None
    # (a no-break space after a closing quote mark counts as a space)
    pre_ends_block = pre_text.rstrip(" \t\n\u00a0,:;—–-").endswith(MASK)
    post_starts_block = post_text.lstrip(" \t\n\u00a0,:;—–-").startswith(MASK)
    if post_has and (asked_by or c.lemma == "in the words of"):
        return post  # ("He became, in the words of one student, '...'": the words follow)
    if c.is_acc:
        # "According to X, content." or "Content, according to X."
        if _THAT_IS_RE.match(pre_text):
            return pre  # "That's according to X": the content is "That"
        if _SAID_END_RE.search(pre_text, max(0, len(pre_text) - 40)) is not None and (
            _INDEFINITE_SOURCE_RE.match(doc.text, c.ce) is not None
            or _TRANSLATION_SOURCE_RE.match(doc.text, c.ce) is not None
        ):
            return _SKIP  # '"...," Lee said, according to a translation by X'
        if _OWN_SOURCE_RE.match(doc.text, c.ce) and _SAID_IN_RE.search(pre_text):
            return _SKIP  # "Lee said A, according to her own count": Lee's report holds A
        if pre_words <= 2 and not post_has:
            # '"We will appeal," according to the union.': the quotation; else nothing
            return pre if pre_ends_block else _SKIP
        if post_has and _adverbial_phrase_only(pre_text):
            # "At the hearing, according to a transcript, B": B, unless B reports
            # speech of its own ("..., she told the court, '...'": that cue's row)
            return _SKIP if doc.lex.cue_re.search(post_text, 0, 40) else post
        if post_has and (
            _OPEN_CLAUSE_END_RE.search(pre_text, max(0, len(pre_text) - 16))
            or _SUBORDINATE_ONLY_RE.match(pre_text)
        ):
            return post  # "While A, according to X, B" / "A because, according to X, B"
        if pre_words == 2 and _SOURCE_RELATIVE_RE.match(masked, frame_hi) is not None:
            return pre  # "Sales rose, according to X, which also said B": B is X's own frame
        return post if (pre_words <= 2 and post_has) else pre
    if not speaker_after and _lead_adjunct(doc, pre_text, post_text):
        return post  # "In the spring, the mayor said, B": B (the phrase is B's adjunct)
    if not speaker_after and pre_words >= 3 and _AS_AT_RE.match(masked, pre[1]) is not None:
        return pre  # "Ray met Lee that day, as the Courier reported, and ...": the clause before
    if (
        pre_words >= 3
        and pre_text.rstrip().endswith(",")
        and _time_adjunct_after(masked, c.ce, post)
    ):
        return pre  # "A, the firm said Friday, two weeks after the fire": a time adjunct
    if post_has and _SUBORDINATOR_COMMA_RE.search(pre_text, max(0, len(pre_text) - 16)):
        return post  # "A because, he says, B": the insertion opens B
    if (
        not speaker_after
        and pre_words >= 3
        and pre_text.rstrip().endswith(",")
        and (m := _ING_AFTER_RE.match(masked, post[0])) is not None
        and (m.group(1) in ("calling", "describing", "citing") or m.group(1) in doc.lex.verb_lemma)
    ):
        return pre  # "A, it said in a statement, calling it 'B'": the participle's own cue
    if pre_words >= 3 and pre_text.rstrip().endswith(",") and _title_tail(doc, post):
        return pre  # 'A, Lee said in her book, "Long Road."': the quotation is a title
    if (
        c.lemma in ("write", "tell")
        and pre_words >= 3
        and pre_text.rstrip().endswith(",")
        and _LISTENER_ONLY_RE.fullmatch(masked, post[0], post[1]) is not None
        and (fw := _FIRST_WORD_RE.match(pre_text)) is not None
        and fw.group(1).lower() not in _LEAD_ADVERBIAL
    ):
        return pre  # "A, Lee wrote Roe." / "A, Lee wrote to him.": the addressee
    if post_starts_block and not (pre_ends_block and speaker_after):
        if pre_ends_block and c.lemma in _OBJECT_VERBS and _short_block_at(masked, post[0]):
            return pre  # '"...," Lee told "Morning Chat," adding': the show is the listener
        return post
    if not speaker_after and _subordinator_end(pre_text):
        # "his emotions rose by the time he said that": the clause before the
        # subordinator is no content of the cue; nor a clause after its comma ("a
        # year before he announced, and he gave ...")
        return post if post_has and masked[frame_hi : post[0]].strip() != "," else _SKIP
    if (
        post_has
        and pre_ends_block
        and not speaker_after
        and _LEAD_PARTICIPLE_BLOCK_RE.match(pre_text) is not None
    ):
        return post  # 'Citing "family reasons," Lee told the Herald that B': B
    if (
        pre_ends_block
        and (
            not post_has
            or speaker_after
            or _FOUR_W_WORDS_RE.match(pre_text, max(0, len(pre_text) - 300)) is None
        )
        and not (borrowed and post_has)
    ):
        return pre
    if speaker_after:
        return pre if pre_words > 0 else post
    if not post_has and ":" in masked[frame_hi : post[0]]:
        return None  # "At the fair, she declared:" announces the quotation after it
    if (
        pre_words == 2
        and pre_text.rstrip().endswith(",")
        and (not post_has or _is_adjunct_only(post_text) or _short_adjunct_tail(post_text))
        and _holds_clause(_WORDS_RE.findall(pre_text))
    ):
        return pre  # "Sales rose, Ann Roe said on Tuesday.": a clause of two words
    tail = (
        pre_words >= 3
        and post_has
        and (_post_is_tail(masked, frame_hi, post, post_text) or _short_adjunct_tail(post_text))
        and _SUBORDINATE_LEAD_RE.match(pre_text) is None
        and _RELATIVE_SPEAKER_RE.match(masked, pre[1], c.cs) is None
    )
    if (
        pre_words >= 3
        and pre_text.rstrip().endswith(",")
        and (not post_has or tail or masked[frame_hi : c.se].lstrip().startswith(","))
    ):
        # "Content, X said." or "In 1990, X said, when she ...": the longer side
        if post_has and not tail and _longer_content_after(pre_text, post_text):
            return post
        if (
            (not post_has or tail)
            and _FRONTED_PP_RE.match(pre_text)
            and pre_text.count(",") == 1
            and not _holds_clause(_WORDS_RE.findall(pre_text))
        ):
            return _SKIP  # "At the campaign office, Lee conceded shortly after 10 p.m."
        return pre
    if (
        pre_words >= 3
        and post_has
        and pre_text.rstrip().endswith(",")
        and _participle_after_adjunct(masked, frame_hi, post, c.se)
    ):
        return pre  # "A, the ministers announced Thursday, ending a standoff ..."
    if post_has and not (pre_words >= 3 and MASK in pre_text and _is_adjunct_only(post_text)):
        return post
    if pre_words >= 3 and not _BARE_PARTICIPLE_RE.search(pre_text, max(0, len(pre_text) - 40)):
        return pre
    return None


# a relative clause on the source of "according to X" ("..., which also warned that")
_SOURCE_RELATIVE_RE = re.compile(r"[ \t]*,[ \t]*(?:which|who)\b")

# a lead participle whose object is a quotation, before the subject of the frame
# ('Citing "family reasons," Lee told ...', 'Quoting an aide as saying "...," she ...')
_LEAD_PARTICIPLE_BLOCK_RE = re.compile(r"[ \t\n]*[A-Z][a-z]+ing\b[^\x01,;:.!?]{0,40}\x01")


# a dash or a semicolon after the frame and its adverbials: what follows is a new
# clause or the writer's comment ("A, the agency said on Friday -- a blow to B"; "A,
# analysts say; in 2012, B"), not the frame's content
_TAIL_BREAK_RE = re.compile(r"[ \t]*(?:;|--?(?=[ \t])|—|–)")


# a place or occasion that ends the sentence after a frame ("during a visit to the
# plant", "at the end of a long meeting with the farmers"): no verb, no "that", no
# comma; not "to" (an infinitive or a listener) nor "of" ("complained of B")
_TAIL_ADVERBIAL_RE = re.compile(
    r"[ \t]*(?:at|during|in|on|after|before|outside|inside|following|from|via|near)[ \t]+"
    r"(?:an?|the|his|her|its|their|this|last|[A-Z0-9])"
    r"(?:(?![ \t](?:that|is|are|was|were|be|been|has|have|had|will|would|can|could|should"
    r"|may|might|must|did|does|do|says?|said)\b)[^,;:\x01\n.!?]){0,80}[.!?]?[ \t]*\Z"
)

# the go-between a speaker speaks through, to the end of the sentence, with a "who"
# clause on it or none ("A, Lee said through an interpreter."; "A, she said through her
# granddaughter, who translated from Cree."; "A, he said over the phone.")
_INTERMEDIARY_TAIL_RE = re.compile(
    r"[ \t]*(?:through|over)[ \t]+(?:an?|the|his|her|its|their)[ \t]+(?:[a-z-]+[ \t]+)?[a-z-]+"
    r"(?:[ \t]*,[ \t]*(?:who|which)[ \t][^,;:\x01\n.!?]{1,100})?[.!?]?[ \t]*\Z"
)

# what the adverbials skipped after a cue may leave of its tail: a manner adverb ("A,
# Lee said proudly."), the listener or place of an occasion ("A, Lee said in her speech
# | to the council."), or both, and the end of the sentence
_TAIL_REMNANT_RE = re.compile(
    r"[ \t]*(?=[a-z])(?:[a-z]{2,}ly\b[ \t]*)?"
    r"(?:(?:to|with|before|for)[ \t]+(?:(?:the|an?|his|her|its|their)[ \t]|[A-Z])"
    r"[^,;:\x01\n.!?]{0,60})?"
    r"[.!?]?[ \t]*\Z"
)

# a clause before the frame that only opens with a subordinator ("As Lee spoke, Roe
# responded from the stage"), and a relative pronoun as the speaker (", who insisted
# on acting now"): the clause before holds no content of the frame's
_SUBORDINATE_LEAD_RE = re.compile(
    r"[ \t\n]*(?:as|while|although|though|whereas|unless|if|when|because|since|after"
    r"|before|once|until)\b[^,;:]*,?[ \t\u00a0]*\Z",
    re.I,
)
_RELATIVE_SPEAKER_RE = re.compile(r"[ \t\n,]*(?:who|which|that)\b", re.I)


# what a document's participle leaves after "said in a letter" ("sent to families on
# Sunday night", "posted online Tuesday", "released late Friday"): a passive participle
# of sending or publishing, then no verb, comma or quotation to the sentence end
_DOC_PARTICIPLE_TAIL_RE = re.compile(
    r"[ \t]*(?:sent|released|posted|issued|published|distributed|e-?mailed|mailed"
    r"|circulated|delivered|shared|filed|tabled)\b"
    r"(?:(?![ \t](?:that|is|are|was|were|has|have|had|will|would|can|could|should|says?"
    r"|said)\b)[^,;:\x01\n.!?]){0,80}[.!?]?[ \t]*\Z"
)


def _document_participle_tail(post_text):
    """Is the text after a frame only a participle on the document the frame named
    ("A, the board said in a letter sent to families on Sunday night.")?

    >>> _document_participle_tail(" sent to families on Sunday night.")
    True
    >>> _document_participle_tail(" sent staff home because the plant was unsafe.")
    False
    """
    return _DOC_PARTICIPLE_TAIL_RE.match(post_text) is not None


def _post_is_tail(masked, frame_hi, post, post_text):
    """Is the text after a frame only its tail: a place or occasion ("A, Lee said
    during a visit to the plant"), or whatever follows a dash or a semicolon right
    after the frame and its adverbials ("A, the agency said on Friday -- a blow to B";
    "A, analysts say; in 2012, B")?"""
    if _TAIL_ADVERBIAL_RE.match(post_text) is not None or _TAIL_REMNANT_RE.match(post_text):
        return True
    if _INTERMEDIARY_TAIL_RE.match(post_text) is not None:
        return True  # "A, she said through her granddaughter, who translated from Cree."
    if _document_participle_tail(post_text):
        return True
    gap = masked[frame_hi : post[0]]
    return "—" in gap or "–" in gap or _TAIL_BREAK_RE.match(post_text) is not None


def _as_aside(doc, c, lo):
    """Is the frame an aside "as X said" after a clause that ends at ``lo`` ("Ray met
    Lee that day, as the Courier reported on Tuesday, and ..."; "Prices fell, as Lee
    predicted.")? Its content is that clause. Not when the clause is short or open
    ("owed his seat to, as Lee put it, ..."), or a clause or a quotation follows the
    cue ("..., as Lee said the budget was short": "as" means "because" there)."""
    masked = doc.masked
    if c.lemma in _NOT_ASIDE_LEMMAS or len(masked[c.ss : lo].split()) < 3:
        return False  # ("as Lee testifies on Monday, ...": a time, no report)
    if _OPEN_BEFORE_AS_RE.search(masked, max(c.ss, lo - 12), lo) is not None:
        return False
    m = _ASIDE_CLOSE_RE.match(masked, c.ce, c.se)
    if m is None or masked[m.end() : c.se].lstrip().startswith(MASK):
        return False
    nw = _FIRST_WORD_RE.match(masked, m.end(), c.se)
    if nw is not None and nw.group(1) in _VERBISH_NEXT:
        return False  # "the result, as he explained, was a bubble": inside the content
    fw = _FIRST_WORD_RE.match(masked, c.ce, m.end())
    return fw is None or fw.group(1) in _ADVERBIAL_STARTS or fw.group(1).lower() in _TIME_WORDS


def _title_tail(doc, post):
    """Is the text after a frame only an adverbial that ends in a short quotation
    naming a work or a show ('in his 2012 book, "A Long Road."', 'on KTV's "Morning
    Talk."')? That quotation is a title, not what the speaker said."""
    m = _TITLE_TAIL_RE.fullmatch(doc.masked, post[0], post[1])
    if m is None:
        return False
    title = doc.text[m.start(2) : m.end(2)].strip("\"“”'‘’ \t")
    if not title[:1].isupper() or len(title.split()) > 6:
        return False  # ('..., Lee wrote in his column, "and nobody cares."': more content)
    return m.group(1) is None or _TITLE_NOUN_RE.search(m.group(1)) is not None


def _aside_clause_lo(masked, ss, lo):
    """Where the clause before an aside ending at ``lo`` starts: after the last dash
    or semicolon of the sentence (from ``ss``) before it ("where both claim roots -
    his mother grew up here, as she said"): another cue in that clause owns it."""
    return max(
        ss, masked.rfind(" - ", ss, lo), masked.rfind(" — ", ss, lo), masked.rfind(";", ss, lo)
    )


# an adverbial ending in one quotation: "in his book, <title>", "on KTV's <title>"
_TITLE_TAIL_RE = re.compile(
    r"[ \t]*(?:(?:in|on|to)[ \t]+([^,;:\x01.!?]{0,50}?)[ \t]*,?|['’]s)[ \t]*(\x01+)[.!?]?[\s\x01]*"
)
# what a title names, or a possessive before it ("on KTV's")
_TITLE_NOUN_RE = re.compile(
    r"(?:\b(?:book|memoir|autobiography|novel|column|essay|op-ed|article|piece|show|program"
    r"|programme|podcast|documentary|film|newsletter|blog|broadcast)|['’]s)\Z"
)


# cues whose "as X ..." is a time rather than a report ("as Lee speaks on Monday")
_NOT_ASIDE_LEMMAS = frozenset(
    "testify speak talk ask answer respond reply address debate announce declare campaign"
    " vote interview meet".split()
)
# the "as" of an aside frame right before its speaker, after a comma (also one that
# closes a quotation) or a dash: ", as Lee said", '"a toss-up," as Lee said', " - as"
_AS_ASIDE_BEFORE_RE = re.compile(r"(?:,(?:''|[\"”’'])?|[ \t](?:—|–|--?))([ \t]+as[ \t]+)\Z")
_AS_AT_RE = re.compile(r"[ \t]+as[ \t]")
# a clause before the aside that is not finished: a preposition, an article, a copula
_OPEN_BEFORE_AS_RE = re.compile(
    r"\b(?:to|of|for|with|by|in|on|at|from|into|the|a|an|is|are|was|were|be|been|and|or"
    r"|but|that|than)[ \t]*\Z",
    re.I,
)
# what follows the cue of an aside: at most an adverbial ("on Tuesday", "at the
# outset"), then the comma or dash that closes the aside, or the sentence end
_ASIDE_CLOSE_RE = re.compile(r"[^,;:\x01—–.!?]{0,60}?(?:,|[ \t](?:—|–|--?)[ \t]|[.!?]?[\s\x01]*\Z)")


# a fronted place or time phrase ("At the campaign office, ", "Outside the court, ")
_FRONTED_PP_RE = re.compile(
    r"[ \t\n]*(?:At|In|On|Outside|Inside|Near|During|After|Before|Behind|Across|Under)[ \t]+"
    r"(?:the|a|an|his|her|their|its)[ \t]"
)


# text before the "speaker" that ends with a verb taking an object and its complement
# ("... and to keep | their phones | charged."): the cue word is a participle, the
# object's complement, not a reporting verb after its content
_BARE_PARTICIPLE_RE = re.compile(
    r"\b(?:keep|keeps|kept|keeping|get|gets|got|getting|have|has|had|having|want|wants|"
    r"wanted|leave|leaves|left|need|needs|needed)[ \t]*\Z"
)


def _announces_quote(doc, c, post, frame_hi):
    """Does a frame without content announce the next quotation ("X said:")?"""
    text = doc.text
    post_has = _HAS_WORD_RE.search(doc.masked[post[0] : post[1]]) is not None
    return (
        text[frame_hi : c.se].strip().startswith(":")
        or text[c.ce : c.se].rstrip().endswith(":")
        or not post_has
    )


# verbs that also take a plain object ("added three goals", "reported a loss",
# "announced a $500 billion investment"): content that starts like an amount or an
# indefinite noun phrase and holds no clause word is that object, not speech
_OBJECT_NP_VERBS = {
    "add", "report", "announce", "post", "reveal", "unveil", "record", "tweet", "claim",
    "declare", "estimate",
}  # fmt: skip
_OBJECT_START_RE = re.compile(
    r"(?:[$€£¥]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|(?:a|an|another)\s+(?:\S+\s+){0,3}?[$€£¥\d]"  # "a loss of $40 million"
    r"|(?:up\s+to|more\s+than|less\s+than|nearly|almost|about|roughly|over)\s+[$€£¥])",
    re.I,
)  # ("announced up to $210 million to help producers": an amount)
_CLAUSE_WORD_RE = re.compile(
    r"\b(?:that|is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|"
    r"does|did|do|he|she|they|we|it|i|there|this)\b"
    r"(?<!this(?=[ \t](?:season|year|week|month|morning|afternoon|evening|quarter)\b))",
    re.I,
)  # ("this season": a time phrase, no subject)


# "add" takes a noun phrase far more often than speech without a clause word: "added
# another link to the chain", "adding a million users"
_ADD_OBJECT_START_RE = re.compile(
    r"(?:a|an|another|the|his|her|their|its|some|more|several|new)\b|[$€£¥\d]"
    r"|(?:nearly|almost|roughly|about|around)\s+[$€£¥\d]",  # "added nearly 11 per cent"
    re.I,
)


# business objects of "report", "announce", "post", "unveil" ("the company reported
# strong earnings", "Toronto announced the trade"): a thing done, not speech
_BUSINESS_OBJECT_RE = re.compile(
    r"(?:\S+\s+){0,3}?(?:earnings|profits?|loss(?:es)?|revenues?|sales|deficits?|surplus|"
    r"dividends?|trade|deal|signing|acquisition|merger|takeover|investments?|layoffs|"
    r"job\s+cuts|partnership|expansion|closure|recall|results|quarter|shipments?|"
    r"contracts?|extensions?)\b",
    re.I,
)


# an indefinite object of a verb of reporting a result ("reported a sellout", "posted
# a gain"), and "estimated X at <amount>" ("estimated the fire at 11,400 hectares"): a
# thing, not speech, when no clause word follows. (Not "announce": PolNeAR annotates
# "announced a series of steps to ..." as an attribution.)
_INDEFINITE_OBJECT_VERBS = frozenset({"report", "post", "unveil", "record"})
_INDEFINITE_START_RE = re.compile(r"(?:a|an)\s", re.I)
_ESTIMATED_AT_RE = re.compile(r"(?:\S+\s+){1,5}?at\s+(?:about\s+|roughly\s+)?[$€£¥\d]")


# "reported her missing", "reported the truck stolen": a person or thing reported to
# the police in a state, an object and its complement, not speech
_REPORTED_STATE_RE = re.compile(
    r"(?:him|her|them|it|(?:the|a|an|his|her|their|its|our|my)[ \t]+(?:[\w’'\-]+[ \t]+){0,2}?"
    r"[\w’'\-]+)[ \t]+(?:missing|stolen)\b",
    re.I,
)


def _is_object_np(text, s0, e0, lemma=None):
    """Is text[s0:e0] an object noun phrase ("$1.60 to settle at", "a loss of $40
    million"; after "add" any determiner: "another link to the chain"; a business
    object: "strong earnings", "the trade"; after "report" a person or thing in a
    state: "her missing", "the truck stolen") rather than reported speech?"""
    if lemma == "report" and _REPORTED_STATE_RE.match(text, s0, e0) is not None:
        return True
    if lemma == "estimate":
        start = _ESTIMATED_AT_RE.match(text, s0, e0) is not None
    else:
        start = (
            _OBJECT_START_RE.match(text, s0, e0) is not None
            or (lemma == "add" and _ADD_OBJECT_START_RE.match(text, s0, e0) is not None)
            or (lemma != "add" and _BUSINESS_OBJECT_RE.match(text, s0, e0) is not None)
            or (
                lemma in _INDEFINITE_OBJECT_VERBS
                and _INDEFINITE_START_RE.match(text, s0, e0) is not None
            )
        )
    if not start:
        return False
    end = _object_end(text, s0, e0)
    return _CLAUSE_WORD_RE.search(text, s0, _restrictive_relative_end(text, s0, end)) is None


# a restrictive relative clause after an amount's noun: "a $500 billion investment that
# will create 20,000 jobs", "3,000 jobs that were lost" (the clause tells which thing)
_AMOUNT_RELATIVE_RE = re.compile(
    r"[$€£¥]?\d[\d,.]*(?:[ \t-]+(?:per[ \t]+cent|percent|million|billion|trillion))?"
    r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?[a-z][\w-]*[ \t]+(?=(?:that|which)[ \t])",
    re.I,
)


def _restrictive_relative_end(text, s0, e0):
    """End of an object written as an amount and its noun before a restrictive relative
    clause ("an historic $500 billion investment that will create jobs" -> before
    "that"), else ``e0``.

    >>> t = "a $5 million grant that will pay for two nurses"
    >>> t[: _restrictive_relative_end(t, 0, len(t))]
    'a $5 million grant '
    """
    m = _AMOUNT_RELATIVE_RE.search(text, s0, min(e0, s0 + 80))
    return e0 if m is None else m.end()


# a relative clause that closes the content: "two goals for the Hawks, who have lost
# three straight" (the clause describes the object's noun, it does not make speech)
_CLOSING_RELATIVE_RE = re.compile(
    r",[ \t]+(?:who|whose|which|though|although|while|and|but)[ \t]"
    r"(?:[^,;:\x01]|(?<=\d),(?=\d))*\Z"
)  # (or a concessive clause: "added 8 per cent, though they remain below ...", or the
# subject's next predicate: "added a goal, and has five in six games", or a clause of
# its own: "added 14 goals, and his line has been ..."; a thousands comma is no break:
# "an assist, and the crowd of 10,500 had gone quiet")


def _object_end(text, s0, e0):
    """End of the object noun phrase text[s0:e0] before a closing relative clause
    or a clause of time ("40 cents on Monday before the results were released")."""
    m = _CLOSING_RELATIVE_RE.search(text, s0, e0)
    e0 = e0 if m is None else m.start()
    m = _CLOSING_TIME_RE.search(text, s0, e0)
    return e0 if m is None else m.start()


_CLOSING_TIME_RE = re.compile(r"[ \t](?:before|after|until)[ \t]")


_OBJECT_DET = (
    r"(?:the|a|an|his|her|their|its|our|my|your|another|some|this|these|those|"
    r"[\w.’'\-]+['’]s?)[ \t]+"
)


@cache
def _act_object_re(lemma):
    """The regex of an object that makes ``lemma`` an act (``act_objects``), None
    when the lemma has none."""
    nouns = act_objects().get(lemma)
    if not nouns:
        return None
    if "*" in nouns:
        return re.compile(_OBJECT_DET, re.I)
    heads = _trie_regex(sorted(nouns))
    det = _OBJECT_DET if lemma in ("tell", "ask") else rf"(?:{_OBJECT_DET}|{_COUNT_DET})"
    return re.compile(
        rf"{_PART_OF}?(?:{det}(?:[\w$’'\-]+[ \t]+){{0,3}}?)?(?:{heads})\b(?![’'\-])", re.I
    )


# a part of the object before its determiner ("wrote most of the robot's software",
# "wrote half of the songs on the album"): the same act
_PART_OF = r"(?:(?:most|much|all|part|parts|half|some|many)[ \t]+of[ \t]+)"


# a number that opens an act object ("conceded two goals", "claimed 40 percent"; not
# after "tell" and "ask": "tells one joke about Lee", "asked two questions" report speech)
_COUNT_DET = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+"


def _is_act_object(text, s0, e0, lemma):
    """Is text[s0:e0] an object that makes the verb an act, not speech ("claimed a
    victory in Ohio", "conceded the race", "asked a question", "wrote a book")?

    >>> _is_act_object("a victory in Ohio", 0, 17, "claim")
    True
    >>> _is_act_object("the race was over", 0, 17, "concede")
    False
    >>> _is_act_object("two cases in court, will win", 0, 28, "argue")
    True
    """
    rx = _act_object_re(lemma)
    m = None if rx is None else rx.match(text, s0, e0)
    if m is None:
        return False
    # no clause word up to the comma, dash or bracket after the object ("argued two
    # cases before the court, will do a fine job": the clause is another's)
    end = (
        None
        if _ING_NEXT_RE.match(text, m.end(), e0)
        else _ACT_OBJECT_END_RE.search(text, m.end(), e0)
    )
    stop = e0 if end is None else end.start()
    colon = text.find(":", m.end(), stop)  # (not "asked a question: who will win?")
    rel_end = stop if colon < 0 else colon
    if lemma in ("ask", "answer") and (rel := _RELATIVE_AFTER_RE.search(text, m.end(), rel_end)):
        stop = rel.start()  # "asked his father a question that nobody could hear"
    return _CLAUSE_WORD_RE.search(text, s0, stop) is None


# an -ing word right after the object tells what it says ("wrote a letter
# congratulating the organizers, ..."): the whole content is checked then
_ING_NEXT_RE = re.compile(r"[ \t]+[a-z]+ing\b")


# a relative clause on an asked or answered question tells which question, not what
# was said in it ("asked his father a question that nobody could hear")
_RELATIVE_AFTER_RE = re.compile(r"[ \t](?:that|which|who|whom)[ \t]")

_ACT_OBJECT_END_RE = re.compile(r"[,;()—–]|[ \t]-")  # (not ":": "asked a question: who ...")


# after a quotation, the head of an apposition whose name is the speaker: ', the lawyer'
_APPOSITION_HEAD_RE = re.compile(
    r"[ \t]*,?[ \t]+(?:the|a|an|his|her|their|its|our|[A-Z][a-z][\w\-]*['’]s)[ \t]+"
    r"(?:[a-z][\w’'\-]*[ \t]*){1,4}"
)


# a relative "who" opening an insertion between dashes, up to the cue after it
_DASH_WHO_RE = re.compile(r"(?:[ \t]-|[—–])[ \t]*who[ \t]+(?:[a-z]+[ \t]+){0,2}\Z")
_CLOSING_DASH_RE = re.compile(r"[ \t]-[ \t]|[ \t]?[—–]")


def _closing_dash(masked, s0, e0):
    """Start of the first dash (spaced hyphen or en/em dash) in masked[s0:e0], -1 when
    there is none."""
    m = _CLOSING_DASH_RE.search(masked, s0, e0)
    return -1 if m is None else m.start()


# a relative clause set off by a comma, up to the cue: ", which Lee said", ", who
# officials say"
_COMMA_RELATIVE_RE = re.compile(r",[ \t]+(?:which|who|that)[ \t]+[^,;:\n\x01]{1,40}\Z")
_WHAT_CLAUSE_RE = re.compile(r"\bwhat[ \t]+[^,;:\n\x01]{1,40}\Z")


def _relative_end(doc, c, s0, e0, lex):
    """Where the content s0..e0 of a frame inside a relative clause set off by a comma
    ends: at its first comma ("The plan, which Lee said would fail, passed anyway"
    -> "would fail"), or before the sentence's own verb after a restrictive relative
    on its opening subject (``_subject_relative_cut``); 0 when the frame is no such
    relative or the content has no comma."""
    lo = max(c.ss, c.cs - 60)
    what = False
    if _COMMA_RELATIVE_RE.search(doc.masked, lo, c.cs) is None:
        what = _WHAT_CLAUSE_RE.search(doc.masked, lo, c.cs) is not None
        if not what:  # "The aide who said that A has resigned": before "has"
            return _subject_relative_cut(doc, c, s0, e0)
    if _relative_frame_subject(c, lex) is None:
        return 0 if what else _verb_after_comma(doc.masked, s0, e0)
    cut = doc.masked.find(", ", s0, e0)
    if what and cut > s0:  # "by what the city said was a leak, forced ...": a verb
        w = _FIRST_WORD_RE.match(doc.masked, cut + 1, e0)
        w = "" if w is None else w.group(1)
        if not (w in _VERBISH_NEXT or w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))):
            return 0  # ("what she said is demand for pools, parks and ...": a list)
    return cut if cut > s0 and len(doc.masked[cut:e0].split()) >= 2 else 0


def _verb_after_comma(masked, s0, e0):
    """The first ", " in masked[s0:e0] when an auxiliary follows it, else 0: the
    content of a frame whose relative pronoun is its subject ("the Fed, which predicted
    that it would raise rates, has yet to move" -> "it would raise rates") ends where
    the main clause's verb resumes.

    >>> _verb_after_comma("it would raise rates, has yet to move", 0, 37)
    20
    >>> _verb_after_comma("it would raise rates, and then cut them", 0, 39)
    0
    """
    cut = masked.find(", ", s0, e0)
    if cut <= s0:
        return 0
    w = _FIRST_WORD_RE.match(masked, cut + 1, e0)
    return cut if w is not None and w.group(1) in _VERBISH_NEXT else 0


def _indirect_not_speech(lemma, post):
    """Is an unquoted content of ``lemma`` (after the cue when ``post``) no speech: only
    a quotation is heckled ("heckled the premier as she spoke"); a content before
    "demanded" is its object ("the services that Lee demanded.")?

    >>> _indirect_not_speech("heckle", True), _indirect_not_speech("demand", True)
    (True, False)
    """
    return lemma == "heckle" or (lemma in ("demand", "recommend") and not post)


def _after_dateline(text, s0, e0):
    """Start of text[s0:e0] after a dateline that opens it ("TORONTO — Ontario will
    hire ...": the offset of "Ontario"); ``s0`` when there is none."""
    d = DATELINE_RE.match(text, s0, e0)  # (the one dateline matcher)
    return s0 if d is None else d.end()


def _past_dateline(doc, choose, ck):
    """The content ``ck`` before a cue without the dateline that opens its paragraph
    ('HALIFAX — "We are ready," she said': the quotation, direct; "WASHINGTON, Jan 5
    (Reuters) - A, she said": A): a dateline is never speech. ``ck`` when there is none;
    None when nothing is left after it."""
    s0, e0 = ck[0], ck[1]
    if s0 > 0 and doc.text[s0 - 1] != "\n":
        return ck
    d0 = _after_dateline(doc.text, s0, e0)
    return ck if d0 == s0 else doc.content_kind(d0, choose[1])


# after a quotation, a comma and a trailing attribution ('"...," she added')
_TRAILING_ATTRIBUTION_RE = re.compile(r",[\"”’']+[ \t]+[A-Za-z]")
# ' he said' after a quotation, to the end of a content: a pronoun and a verb only
_PRONOUN_TAG_RE = re.compile(r",?[ \t]+(?:he|she|they)[ \t]+([a-z]+)[ \t]*")


def _colon_cut(doc, c, ck, post):
    """The content ``ck`` (mixed) cut at a colon before its one quotation when a
    trailing attribution follows that quotation: after the cue (``post``) the text
    before the colon ('Lee said that A: "B," she added' -> A, B is "added"'s); before
    the cue the quotation ('Lee was blunt: "B," she said' -> B). None otherwise."""
    s0, e0, _kind, bids = ck
    b = doc.blocks[bids[-1]]
    ci = doc.masked.rfind(":", s0, b[0])
    if ci <= s0 or doc.masked[ci + 1 : b[0]].strip():
        return None
    if not post:
        return doc.content_kind(ci + 1, e0) or ck
    if (
        len(bids) == 1
        and not _LEAD_SUBORDINATE_RE.match(doc.masked, c.ss, c.cs)
        and _TRAILING_ATTRIBUTION_RE.search(doc.text, b[1] - 3, b[1] + 2)
    ):
        if not _cue_after(doc, b[1]):  # 'said that A: "B," a view many share': A: "B"
            return doc.content_kind(s0, b[1]) or ck
        return doc.content_kind(s0, ci) or ck
    return None


_TRAIL_WORDS_RE = re.compile(r"[A-Za-z][\w'’-]*|[.!?;]")


def _cue_after(doc, at, span=8):
    """Is there a reporting verb among the first ``span`` words after ``at`` before the
    sentence ends ('..., "B," she added' yes; '..., "B," a view many share' no)?"""
    verbs = doc.lex.verb_lemma
    for k, m in enumerate(_TRAIL_WORDS_RE.finditer(doc.masked, at, at + 120)):
        w = m.group()
        if k >= span or w in ".!?;":
            return False
        if w in verbs:
            return True
    return False


def _tagged_quotation(doc, ck, after_cue, lex):
    """The mixed content ``ck`` cut to its quotation when a trailing "he said" only
    restates a speech participle's speaker: after that participle (``after_cue``) the
    quotation without the tag ('telling a radio host, "B," he said': B), before the
    tag the quotation without the participle's lead ('Roe weighed in, telling a radio
    host, "B," he said': B); None otherwise."""
    s0, e0, _kind, bids = ck
    b0, b1 = doc.blocks[bids[0]], doc.blocks[bids[-1]]
    if after_cue:
        m = _PRONOUN_TAG_RE.fullmatch(doc.text, b1[1], e0)
        if doc.masked[s0 : b0[0]].strip() or m is None or m.group(1) not in lex.verb_lemma:
            return None
        return doc.content_kind(s0, b1[1]) or ck
    if not _ing_cue_opens_quote(doc.masked, s0, b0[0], lex):
        return None
    return doc.content_kind(b0[0], e0) or ck


def _which_some_cut(doc, c, ck, lex):
    """The mixed content ``ck`` of a cue in a comma relative clause whose speaker is a
    quantifier (", which some have argued") cut where that clause ends, when it ends
    before the first quotation ('The vote, which some argued was rigged, was "an
    insult"': "was rigged"); None otherwise ("which she said" is left whole)."""
    s0, e0, _kind, bids = ck
    k = doc.masked.rfind(", which ", max(c.ss, c.cs - 40), c.cs)
    if k < 0 or _WHICH_SOME_END_RE.fullmatch(doc.masked, k, c.cs) is None:
        return None
    cut = _relative_end(doc, c, s0, e0, lex)
    if not s0 < cut < doc.blocks[bids[0]][0]:
        return None
    return doc.content_kind(s0, cut)


def _mixed_before_cue(doc, c, ck, lex):
    """The mixed content ``ck`` before its cue, cut: at a colon ('Lee was blunt: "B,"
    she said': B), to a quotation a speech participle opens ('Roe weighed in, telling
    a radio host, "B," he said': B), or before an apposition's head ('"We wait," the
    lawyer, Jo Ray, said': the head is no content); None when none applies."""
    s0, e0, _kind, bids = ck
    if (cut := _colon_cut(doc, c, ck, post=False)) is not None:
        return cut
    if (cut := _tagged_quotation(doc, ck, False, lex)) is not None:
        return cut
    b1 = doc.blocks[bids[-1]]
    if _APPOSITION_HEAD_RE.fullmatch(doc.masked, b1[1], e0) and doc.masked[s0] == MASK:
        return doc.content_kind(s0, b1[1]) or ck
    return None


def _second_listener_only(doc, c, s0, e0):
    """Is the content of a verb with a listener only a second listener and adjuncts
    ("told staff and actors at a meeting on Monday"): it opens with "and"/"or" and has
    no "that" and no "to" ("told reporters and aides that B", "urged X and Y to B")?"""
    return (
        c.lemma in _OBJECT_VERBS
        and doc.text.startswith(("and ", "or "), s0)
        and _THAT_WORD_RE.search(doc.masked, s0, e0) is None
        and _TO_WORD_RE.search(doc.masked, s0, e0) is None
    )


def _relative_cue(c):
    """Is the cue the verb of a relative clause ("who testified", "which also said"):
    its content, if any, follows it, never the words before the relative pronoun?"""
    toks, k = c.toks, c.k
    j = k - 1
    if j >= 1 and toks[j][2] in ("also", "later", "then", "once", "earlier"):
        j -= 1
    return j >= 0 and toks[j][2] in ("who", "which")


def _frame_content(doc, c, choose, post, frame_hi, lex):
    """(start, end, kind, block ids) of the chosen side's content; None: short, or no speech."""
    # ('"A," said Dr. Roe, a surgeon who testified by video': no content before the cue)
    if (ck := doc.content_kind(*choose)) is None or (choose is not post and _relative_cue(c)):
        return None
    if choose is not post and (ck := _past_dateline(doc, choose, ck)) is None:
        return None  # 'HALIFAX — "A," she said', "TORONTO — Ontario will hire ..., she said"
    s0, e0, kind, bids = ck
    if kind == "mixed" and choose is post:
        lead = doc.masked[s0 : doc.blocks[bids[0]][0]]
        ci = lead.rfind(":")
        if (
            ci >= 0
            and not lead[ci + 1 :].strip()
            and len(lead[:ci].split()) <= 8
            and _CLAUSE_WORD_RE.search(lead, 0, ci) is None
        ):  # 'responded pointedly, with a smile: "..."': the quotation after the colon
            return doc.content_kind(s0 + ci + 1, e0) or ck
        if (cut := _colon_cut(doc, c, ck, post=True)) is not None:
            return cut  # 'Lee said that A: "B," she added': A
        if (cut := _tagged_quotation(doc, ck, True, lex)) is not None:
            return cut  # 'telling a radio host, "B," he said': B
        fw = _FIRST_WORD_RE.match(doc.text, s0, e0)
        if (
            fw is not None
            and fw.group(1).lower() in _NOT_CONTENT_START
            and (th := _THAT_SOON_RE.match(doc.masked, s0, e0)) is not None
            and th.end() <= doc.blocks[bids[0]][0]
        ):  # 'said in a post on social media that she was "deeply concerned"'
            if _ing_cue_before_that(doc.text, s0, th.end(), lex):
                return None  # 'responded, with Lee saying that it was "a mess"'
            return doc.content_kind(th.end(), e0) or ck
    if kind == "mixed" and choose is not post and (cut := _mixed_before_cue(doc, c, ck, lex)):
        return cut
    if (
        kind == "mixed"
        and choose is post
        and not c.is_acc
        and _LEAD_SUBORDINATE_RE.match(doc.masked, c.ss, c.cs)
        and (cut := _subordinate_cut(doc, s0, e0, bids)) > s0
    ):  # "When Lee said that A, Ray fired back: '...'": the content ends at the comma
        ck = doc.content_kind(s0, cut)
        if ck is None:
            return None
        s0, e0, kind, bids = ck
    if (
        choose is post
        and doc.masked.find("who", max(c.ss, c.cs - 40), c.cs) >= 0
        and _DASH_WHO_RE.search(doc.masked, max(c.ss, c.cs - 40), c.cs) is not None
        and (cut := _closing_dash(doc.masked, s0, e0)) > s0
    ):  # "Lee - who said he would run - won": the content ends at the closing dash
        ck = doc.content_kind(s0, cut)
        if ck is None:
            return None
        s0, e0, kind, bids = ck
    if choose is post and kind == "indirect" and (cut := _relative_end(doc, c, s0, e0, lex)):
        e0 = cut  # "The plan, which Lee said would fail, passed": the content ends at the comma
        ck = (s0, e0, kind, bids)
    elif choose is post and kind == "mixed" and (cut_ck := _which_some_cut(doc, c, ck, lex)):
        ck = cut_ck  # 'The vote, which some argued was rigged, was "an insult"': "was rigged"
        s0, e0, kind, bids = ck
    if c.lemma == "accuse" and (choose is post or kind != "direct"):
        return _accuse_content(doc, c, s0, e0) if choose is post else None
    if kind == "indirect" and _indirect_not_speech(c.lemma, choose is post):
        return None  # "heckled the premier as she spoke", "the services that Lee demanded."
    if choose is post and (ck := _without_comment(doc, ck)) is None:
        return None  # (", an admission that ...": the writer's comment is cut)
    s0, e0, kind, bids = ck
    if kind != "indirect" or _second_listener_only(doc, c, s0, e0):
        return ck if kind != "indirect" else None  # ("told staff and actors at a meeting")
    text = doc.text
    if c.is_acc and choose is not post and (m := _THAT_IS_RE.match(text, s0, e0)):
        return m.start(1), m.end(1), kind, bids  # "That's according to X": "That"
    if choose is post and not c.is_acc and _ends_lead_clause(doc, c, s0):
        return None  # "When the talks concluded, Lee said ...": the main clause is no content
    if (
        choose is post
        and not c.is_acc
        and (
            _LEAD_SUBORDINATE_RE.match(doc.masked, c.ss, c.cs)
            or (_LEAD_AS_RE.match(doc.masked, c.ss, c.cs) and "," not in doc.masked[c.ce : s0])
        )
        and (cut := doc.masked.find(", ", s0, e0)) > s0
        and len(doc.masked[cut:e0].split()) >= 3
    ):
        e0 = cut  # "While Lee said the plan failed, others ...": the content ends at the comma
        ck = (s0, e0, kind, bids)
    if choose is post and c.lemma in _OBJECT_VERBS and (lt := _listener_that_end(text, s0, e0)):
        s0 = lt  # "told Jewish leaders that ...": the rest of the listener, then "that"
        ck = (s0, e0, kind, bids)
    if choose is post and not c.is_acc and (cut := _own_clause_cut(doc, c, s0, e0, lex)) > s0:
        e0 = cut  # "Lee said A, but she declined to ...": the content ends before "but"
    if len(text[s0:e0].split()) < 2 and text[s0:e0].lower() not in ("yes", "no"):
        return None  # "admitted he", "said so" (but "most growers said yes")
    if choose is post and _no_content_object(c, text, s0, e0):
        return None  # "said little about it": an amount; "told only her coach": a listener
    if (
        choose is post
        and c.lemma in _OBJECT_NP_VERBS
        and _is_object_np(text, s0, e0, c.lemma)
        and not _THAT_WORD_RE.search(doc.masked[frame_hi:s0])  # "reported that six ..."
    ):
        return None  # "Carolina added three goals", "reported a loss"
    if (
        choose is post
        and _is_act_object(text, s0, e0, c.lemma)
        and not _THAT_WORD_RE.search(doc.masked[frame_hi:s0])
    ):
        return None  # "claimed a victory in Ohio", "asked a question", "wrote a book"
    if choose is post and not c.is_acc:
        fw = _FIRST_WORD_RE.match(text, s0, e0)
        if (
            fw is not None
            and doc.masked[frame_hi:s0].strip() == ","
            and "," not in doc.masked[c.ss : c.cs]  # (not "X is, they say, imposing")
            and _GERUND_NOT_SPEECH_RE.fullmatch(fw.group(1)) is not None
        ):
            return None  # 'Roe said, laughing at the memory.': a manner, no content
        if (
            fw is not None
            and fw.group(1).lower() in _NOT_CONTENT_START
            and not _THAT_WORD_RE.search(doc.masked[frame_hi:s0])
            and (c.lemma == "add" or _AMOUNT_START_RE.match(text, s0, e0) is None)
        ):  # ("at least six planes ..." opens a clause; "add up to" is no speech)
            th = _THAT_SOON_RE.match(text, s0, e0)
            if fw.group(1).lower() == "to" and c.lemma in _PROMISE_VERBS:
                pass  # "pledged to enact reform": the pledge is the content
            elif (
                fw.group(1).lower() == "to"
                and c.lemma in _DIRECTIVE_VERBS
                and _HAS_WORD_RE.search(doc.masked[frame_hi:s0]) is not None
                and "," not in doc.masked[frame_hi:s0]  # "told them, to loud applause"
                and _TO_VERB_RE.match(text, s0, e0) is not None
            ):
                pass  # "urged voters to reject it": the request is the content
            elif (rq := _request_after_place(doc, c, s0, e0, frame_hi)) > 0:
                s0 = rq  # "urged residents in nearby towns to leave": the request
            elif th is not None:
                if _ing_cue_before_that(text, s0, th.end(), lex):
                    return None  # "responded, with Lee saying that ...": Lee's "that"
                s0 = th.end()  # "added on Monday that ..."
            elif (
                lex.verb_lemma.get(c.form.split()[-1]) in _PREP_PRONE
                or len(text[s0:e0].split()) < 7
                or fw.group(1).lower() in ("to", "for", "about", "of", "with", "as")
                or _place_phrase_only(text, s0, e0, fw.group(1))
            ):
                return None  # "added to his lead", "asked for money"
    return s0, e0, kind, bids


_PLACE_DETS = frozenset("a an the his her its their this that these those my our your".split())
# prepositions of a place or a time that may open the adjunct after a frame
_PLACE_TIME_PREPS = frozenset(
    "at in on during after before outside inside near behind beside across around".split()
)


def _place_phrase_only(text, s0, e0, first):
    """Is text[s0:e0], opening with the preposition ``first``, only a place or time
    phrase with no clause ("conceded in a short speech| at his campaign office
    downtown shortly after 10 p.m.")? Then the frame has no content."""
    if first.lower() not in _PLACE_TIME_PREPS or e0 - s0 > 160 or ", " in text[s0:e0]:
        return False  # ("in a column, doing interviews gives ...": a clause after the comma)
    words = _WORDS_RE.findall(text, s0, e0)
    return (
        len(words) > 1
        and (words[1][:1].isupper() or words[1][:1].isdigit() or words[1].lower() in _PLACE_DETS)
        and not _holds_clause(words)
    )  # (not "argued in favor of ...": no place or time)


# the rest of a listener after the skipped head noun, then the request: "(residents) of
# nearby towns to sign up", "(drivers) in the area to slow down"
_PLACE_THEN_TO_RE = re.compile(
    r"(?:in|of|from|across|near|on|at|around|throughout)[ \t]+(?:[\w’'\-]+[ \t]+){1,4}?"
    r"(?P<to>to)[ \t]"
)


def _request_after_place(doc, c, s0, e0, frame_hi):
    """Start of the request ("to leave") when a directive verb's content text[s0:e0]
    opens with the rest of its listener, a place or "of" phrase, and then "to <verb>"
    ("urged residents| in nearby towns to leave"); -1 otherwise."""
    if c.lemma not in _DIRECTIVE_VERBS or "," in doc.masked[frame_hi:s0]:
        return -1
    mt = _PLACE_THEN_TO_RE.match(doc.text, s0, e0)
    if mt is None or _TO_VERB_RE.match(doc.text, mt.start("to"), e0) is None:
        return -1
    return mt.start("to")


# "..., but/and he|she|<the subject's name> <verb>" or "... but declined to ...": a
# second clause of the reporting sentence's own subject, after the reported content
_OWN_CLAUSE_RE = re.compile(
    r",?[ \t]+(?:but|and)[ \t]+(?:(?P<subj>he|she|[A-Z][\w'’-]+)[ \t]+)?(?:then[ \t]+|also[ \t]+)?"
    r"(?P<verb>[a-z]+)\b(?:[ \t]+(?P<next>[a-z]+))?"
)
# verbs of the speaker's own conduct right after "but"/"and" with no subject ("said A
# but declined to say more", "but stopped short of")
_OWN_ACTS = frozenset(
    "declined refused stopped offered gave provided implied hinted conceded acknowledged "
    "admitted stressed emphasized emphasised".split()
)


# auxiliaries between an apposition's closing comma and the cue ("..., Bo Ray, have said")
_APPOSITION_AUX = frozenset("have has had".split())


def _apposition_before_aux(toks, k, lex):
    """Char span of the speaker of "Two members, Ann Lee and Bo Ray, have said": the
    apposition before the comma, as with a plain "said" (``_apposition_speaker``),
    when have/has/had stands between the comma and the cue token ``k``; else None."""
    b = _before_adjuncts(toks, k)
    if (
        b < 2
        or toks[b][2] != ","
        or not any(toks[x][2].lower() in _APPOSITION_AUX for x in range(b + 1, k))
    ):
        return None
    span = _apposition_speaker(toks, b, lex)
    if span is None:
        return None
    w0 = next((t[2] for t in toks if t[0] == span[0]), "")
    if not w0[:1].isupper() or w0.lower() in _DETS:
        return None  # a name only ("The candidates, both from the city, have said")
    return span


# the sentence's opening subject up to a restrictive relative holding the cue: "The
# hacker who revealed", "A nurse that warned"
_OPENING_RELATIVE_RE = re.compile(
    r"(?:The|A|An)[ \t]+(?:[a-z][\w’'\-]*[ \t]+){1,4}(?:who|that)[ \t]+(?:[a-z]+ly[ \t]+)?\Z"
)
_FINITE_AUX = frozenset(
    "was were is are has have had will would can could should may might must did does".split()
)
_MATRIX_VERBS = _FINITE_AUX | {"said", "says", "told", "tells"}
_NOT_BEFORE_MATRIX = _FINITE_AUX | frozenset(
    "that who which and or but not never also he she it they we i you there to be been".split()
)
_WORD_RE = re.compile(r"[\w’'\-]+|[^\w\s]")


def _subject_relative_cut(doc, c, s0, e0):
    """Where the content s0..e0 of a cue inside a restrictive relative on the sentence's
    opening subject ends: before the sentence's own verb, a finite verb after the
    content's own with no new subject before it ("The hacker who revealed that the bank
    had been breached was sentenced Tuesday" -> "the bank had been breached"); 0 when
    the cue is no such relative or no such verb follows.

    >>> t = "The aide who said that the plan was flawed has resigned."
    >>> _subject_relative_cut(type("D", (), {"masked": t, "text": t}), type("C", (), {"ss": 0, "cs": 13}), 23, 56)
    42
    """
    if _OPENING_RELATIVE_RE.fullmatch(doc.masked, c.ss, c.cs) is None:
        return 0
    own, prev = False, ""
    for m in _WORD_RE.finditer(doc.text, s0, e0):
        w = m.group()
        if not own:
            own = w in _FINITE_AUX or w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))
        elif w in _MATRIX_VERBS and prev.lower() not in _NOT_BEFORE_MATRIX and prev.isalpha():
            return m.start() - 1 if m.start() - 1 > s0 else 0
        elif w == "," or (_past_form(w) and prev not in _FINITE_AUX and prev != "been"):
            return 0  # ("... like them supported Sanders, but ... was": a verb not read)
        prev = w
    return 0


def _own_clause_cut(doc, c, s0, e0, lex):
    """Where indirect content text[s0:e0] gives way to a second clause of the
    reporting sentence's own subject: ", but she declined", ", and Lee left", "but
    stopped short of"; -1 when there is none (or fewer than two words before it).

    The subject written again, after a comma, must be "he"/"she" (not when the content
    opens with a name that may be "he"/"she": "argued Obama won, and he ...") or a
    capitalised word of the subject right before the cue; with no subject, the verb
    must be one of the speaker's own acts (``_OWN_ACTS``), since "said the firm grew
    and hired staff" goes on with the content's subject."""
    text = doc.text
    i = text.find(" but ", s0, e0)
    j = text.find(" and ", s0, e0)
    if i < 0 and j < 0:
        return -1
    lo = min(x for x in (i, j) if x >= 0)
    for m in _OWN_CLAUSE_RE.finditer(text, max(s0, lo - 1), e0):
        if len(text[s0 : m.start()].split()) < 2 or MASK in doc.masked[m.start() : m.end()]:
            continue
        subj, verb = m.group("subj"), m.group("verb")
        if subj is None:
            if verb in _OWN_ACTS:
                return m.start()
            if c.cs in doc.shared_cues and text[m.start()] != "," and _past_form(verb):
                return m.start()  # "she thanked X, said A and went back to work": a third verb
            continue
        if text[m.start()] != ",":
            continue  # ("told them he expects A and he is B": one content)
        if subj[0].isupper():
            if subj not in doc.masked[max(c.ss, c.cs - 30) : c.cs].split():
                continue
        elif (fw := _FIRST_WORD_RE.match(text, s0, e0)) is not None:
            w = fw.group(1)
            g = lex.gender.get(w.lower())
            if (
                w[:1].isupper()
                and w not in ("I", "He", "She")
                and g != ("m" if subj == "she" else "f")
            ):
                continue  # ("Obama got money, and he signed": the content's subject)
        return m.start()  # (after a subject, any lower-case word: "she left", "he never")
    return -1


# ", an apparent admission that ...": a comma (or a quotation ending in one), "a"/"an"
# and the next words
_COMMENT_APPOSITION_RE = re.compile(
    r"(?:,|\x01)[ \t]+an?[ \t]+([a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,3})"
)


def _without_comment(doc, ck):
    """The content ``ck`` (start, end, kind, block ids) of indirect or mixed speech
    without the writer's comment after it (``_comment_apposition_cut``: "Lee said taxes
    would rise, an admission that ..."), None when nothing is left."""
    s0, e0, kind, _bids = ck
    if kind not in ("indirect", "mixed"):
        return ck
    cut = _comment_apposition_cut(doc.text, doc.masked, s0, e0)
    return ck if cut <= s0 else doc.content_kind(s0, cut)


def _comment_apposition_cut(text, masked, s0, e0):
    """Where reported content text[s0:e0] gives way to the writer's comment on it, a
    noun phrase after a comma whose head, after at most two modifiers, is a
    ``comment_nouns`` word followed by a lower-case word ("Lee said taxes would rise,
    an admission that ...", '... "no plan," a veiled reference to Roe'); -1 when there
    is none or fewer than three words stand before it. ``masked`` hides quotations.

    >>> t = "taxes will rise next year, an apparent admission that it hurt"
    >>> _comment_apposition_cut(t, t, 0, len(t))
    25
    >>> t = "the city will buy a bus, a sign, and a truck"
    >>> _comment_apposition_cut(t, t, 0, len(t))
    -1
    """
    nouns = comment_nouns()
    for m in _COMMENT_APPOSITION_RE.finditer(masked, s0, e0):
        cut = m.start()
        if masked[cut] == MASK:
            if text[cut - 1 : cut] != ",":
                continue  # ('"no plan" a ...': no comma)
            cut += 1  # (the quotation stays in the content)
        words = m.group(1).split()
        if any(w in nouns for w in words[:3][: len(words) - 1]) and (
            len(masked[s0:cut].split()) >= 3
        ):
            return cut
    return -1


# ', telling a radio host on Monday, ' right before a quotation: a speech participle
# and up to eight words without a comma, then a comma
_ING_LEAD_RE = re.compile(r",[ \t]+([a-z]+ing)((?:[ \t]+[^\s,.;:!?]+){0,8}),[ \t]*")


def _ing_cue_opens_quote(masked, s0, b, lex):
    """Does the lead masked[s0:b] before a quotation that a trailing "he said" attributes
    end in a speech participle ("Roe weighed in, telling a radio host, '...,' he said"),
    so that the participle introduces the quotation and the lead is no content?

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Roe weighed in, telling a radio host on Monday, "
    >>> _ing_cue_opens_quote(t, 0, len(t), lexicon())
    True
    >>> t = "Roe spoke of the morning, standing in the rain, "
    >>> _ing_cue_opens_quote(t, 0, len(t), lexicon())
    False
    """
    lo = max(s0, b - 90)
    k = clause_comma_rfind(masked, lo, b - 1)
    while k >= lo:
        m = _ING_LEAD_RE.match(masked, k, b)
        if m is not None and m.end() == b:
            return lex.verb_lemma.get(m.group(1)) is not None
        k = clause_comma_rfind(masked, lo, k)
    return False


def _ing_cue_before_that(text, s0, hi, lex):
    """Do the words text[s0:hi] before a "that" open an absolute construction with a
    name and a speech participle ("with Lee saying"), so the "that" clause is that
    participle's content, not an earlier cue's ("responded, with Lee saying that ...")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _ing_cue_before_that("with Lee saying that it", 0, 24, lexicon())
    True
    >>> _ing_cue_before_that("with a note saying that it", 0, 26, lexicon())
    False
    """
    words = text[s0:hi].split()
    if len(words) < 3 or words[0].lower() != "with":
        return False
    for i, w in enumerate(words[2:], 2):
        if w in lex.verb_lemma and w.endswith("ing"):
            return any(_is_cap(x) for x in words[1:i])
    return False


def _accuse_content(doc, c, s0, e0):
    """The content of an "accuse" cue whose words after it are doc.text[s0:e0]: the
    charge, from the "of" after the listener to the end of the relative clause the
    cue is in or to the subject's next predicate; None when there is no "of".

    ("accused the council of hiding the report and demanded an inquiry": "of hiding
    the report"; "Roe, who accused Vale of lying, said ...": "of lying")
    """
    mo = _ACCUSED_OF_RE.match(doc.masked, s0, e0)
    if mo is None:
        return None
    if _RELATIVE_CUE_RE.search(doc.masked, max(c.ss, c.cs - 30), c.cs):
        mr = _RELATIVE_END_RE.search(doc.masked, mo.end(1), e0)
        e0 = e0 if mr is None else mr.start()
    for ma in _AND_PREDICATE_RE.finditer(doc.masked, mo.end(1), e0):
        if ma.group(1).endswith("ed") or ma.group(1) in _IRREGULAR_PAST:
            e0 = ma.start()
            break
    ck = doc.content_kind(mo.start(1), e0)
    if ck is None:
        return None
    return ck if len(doc.text[ck[0] : ck[1]].split()) >= 2 else None


# the listener of "accuse" (one to six words, no comma, or a name and its apposition
# between commas: "accused Roe, the senator from Ohio, of") and the "of" of the charge
_ACCUSED_OF_RE = re.compile(
    r"(?:(?:[^\s,;:.]+[ \t]+){1,6}?"
    r"|(?:[^\s,;:.]+[ \t]+){0,3}[^\s,;:.]+,[ \t]+(?:[^\s,;:.]+[ \t]+){1,8}?[^\s,;:.]+,[ \t]+)"
    r"(of)[ \t]"
)
# a relative pronoun before the cue ("who has long accused", "whom she accused"), and
# where such a clause ends: a comma or the main clause's verb ("... of fraud said ...")
_RELATIVE_CUE_RE = re.compile(r"\b(?:who|whom|which|that)(?:[ \t]+[\w.’'\-]+){0,3}[ \t]+\Z")
_RELATIVE_END_RE = re.compile(
    r",|[ \t](?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must"
    r"|did|does|said|says|told|tells)\b"
)
# "and" then a past-tense verb: the subject's next predicate ("and demanded an inquiry")
_AND_PREDICATE_RE = re.compile(r",?[ \t]+and[ \t]+(?:then[ \t]+|also[ \t]+)?([a-z]+)\b")


# a present participle after "said," that is no speech ("laughing", "pointing to",
# "shaking her head"): speech participles ("adding", "noting", "saying") are content
_GERUND_NOT_SPEECH_RE = re.compile(
    r"(?!(?:adding|noting|saying|arguing|insisting|warning|explaining|stressing|suggesting"
    r"|claiming|acknowledging|admitting|conceding|recalling|asking|urging|calling|telling"
    r"|according|citing|referring|during|including|following|regarding|concerning"
    r"|nothing|something|everything|anything)\b)[a-z]{3,}ing"
)


def _subordinate_cut(doc, s0, e0, bids):
    """Where the content of a cue in an opening subordinate clause ends ("When Lee
    said that A, Ray ..."; 'While Lee said the plan "will fail," others ...'): the
    first comma, in the text or closing a quotation, with a clause after it; -1 if none."""
    masked, text = doc.masked, doc.text
    cut = masked.find(", ", s0, e0)
    cut = e0 if cut < 0 else cut
    for b in bids:
        b0, b1 = doc.blocks[b][0], doc.blocks[b][1]
        if b0 >= cut:
            break
        if text[doc.blocks[b][2] : doc.blocks[b][3]].rstrip()[-1:] == ",":
            cut = b1
            break
    if cut >= e0 or len(masked[cut:e0].split()) < 2 or not _HAS_W_RE.search(masked, s0, cut):
        return -1
    return cut


# the end of a listener that the object skip left, then "that": "(told) Jewish leaders
# that", "(told) Randolph and others that" (no determiner or pronoun before "that": "the
# plan that he liked"; a subject after it: "agencies that dealt with" is a relative clause)
_LISTENER_TAIL_THAT_RE = re.compile(
    r"(?:(?!(?:the|a|an|this|these|those|he|she|it|they|we|i|you|there|if|whether|what|how|why"
    r"|who|when|where|just|so|such|all|now)\b)[\w'’\-]+[ \t]+){1,3}"
    r"that[ \t]+(?=[A-Z\d]|(?:he|she|it|they|we|i|you|there|the|a|an|his|her|their|its|this)\b)",
)

# a pronoun listener and "that" at the start of the content: "tells you that A"
_PRONOUN_LISTENER_THAT_RE = re.compile(r"(?:you|me|us|him|her|them)[ \t]+that[ \t]+")


def _listener_that_end(text, s0, e0):
    """The end of a listener and "that" opening the content s0..e0 of "tell"/"inform"
    ("told Jewish leaders that A", "tells you that A"), or 0."""
    m = _LISTENER_TAIL_THAT_RE.match(text, s0, e0) or _PRONOUN_LISTENER_THAT_RE.match(text, s0, e0)
    return 0 if m is None else m.end()


# a sentence that opens with a subordinate clause holding the cue ("While Lee said
# ..., others ..."): the cue's content ends at the clause's comma ("As X reported, ..."
# is a frame of its own)
_LEAD_SUBORDINATE_RE = re.compile(
    r"[ \t\n]*(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ii]f|[Aa]lthough|[Tt]hough|[Ww]hile|[Ss]ince"
    r"|[Bb]ecause|[Oo]nce|[Uu]ntil|[Ww]hereas|[Uu]nless)\b[^,;:\x01]*\Z"
)

# "By the time the hearing ended, ...": a time clause like those above
_LEAD_BY_THE_TIME_RE = re.compile(r"[ \t\n]*[Bb]y[ \t]+the[ \t]+time\b[^,;:\x01]*\Z")

# what may sit between a cue that closes an opening subordinate clause and its comma:
# a short time adverbial ("concluded on Friday,", "testified last week,")
_CUE_THEN_CLAUSE_COMMA_RE = re.compile(
    r"(?:[ \t]+(?:on|last|this|early|late|earlier|later|in|at)(?:[ \t]+[\w'’]+){1,2})?[ \t]*,[ \t]*"
)


def _ends_lead_clause(doc, c, s0):
    """Does cue ``c`` end an opening subordinate clause, so that the text after its
    comma is the main clause and no content of the cue ("When the talks concluded,
    Lee said ..."; "After Pell testified on Friday, the panel voted")? "As X noted, A"
    is an aside whose content is A, and "When Lee said, in a statement, that ..." has
    its content after "that": both stay."""
    if doc.masked[c.ce : c.ce + 1] not in (",", " "):
        return False
    gap = _CUE_THEN_CLAUSE_COMMA_RE.match(doc.masked, c.ce, s0)
    if gap is None or gap.end() != s0:
        return False
    if (
        _LEAD_SUBORDINATE_RE.match(doc.masked, c.ss, c.cs) is not None
        or _LEAD_BY_THE_TIME_RE.match(doc.masked, c.ss, c.cs) is not None
    ):
        return True
    # "As the meeting concluded, Lee said ...": an "as" clause is an aside whose
    # content is the main clause, unless that clause is a report of its own
    return (
        _LEAD_AS_RE.match(doc.masked, c.ss, c.cs) is not None
        and _MAIN_CLAUSE_REPORT_RE.match(doc.masked, s0, c.se) is not None
    )


# a main clause that opens with its own report: a short subject, then a finite cue
# ("Lee said", "the mayor told", "many voters have said")
_MAIN_CLAUSE_REPORT_RE = re.compile(
    r"(?:[\w.'’\-]+[ \t]+){1,5}?(?:(?:has|have|had|also|later)[ \t]+)?"
    r"(?:said|says|told|tells|added|adds|wrote|writes|announced|declared|insisted|argued)\b"
)

# "As the mayor said the plan was dead, ...": as above when the content follows the
# cue with no comma ("As X reported, A" is a frame of its own, whose content is A)
_LEAD_AS_RE = re.compile(r"[ \t\n]*(?:[Aa]s|[Jj]ust[ \t]+as)\b[^,;:\x01]*\Z")

# a quantifier that opens a clause's subject, not a preposition: "at least six
# planes flew", "up to 40 people were hurt", "as many as 300 homes flooded"
_AMOUNT_START_RE = re.compile(
    r"(?:at[ \t]+(?:least|most)|up[ \t]+to|as[ \t]+(?:many|much|few)[ \t]+as"
    r"|(?:about|around|over)[ \t]+(?:half|a[ \t]+(?:third|quarter|fifth|dozen|million|billion)"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|[$€£¥]?\d+))\b",
    re.I,
)

# a listener limited by a quantifier, the whole content of "tell"/"inform": "(broke her
# wrist and told) only her coach", "(told) no one", "(informed) just two friends"
_LIMITED_LISTENER_RE = re.compile(
    r"(?:only|just|even|no[ \t]+one|nobody|no|everyone|everybody|anyone|few)\b"
    r"(?:[ \t]+[\w’'\-]+){0,4}[ \t]*[.,;]?[ \t]*\Z",
    re.I,
)
# a naming, not speech: "(proclaimed) it Margaret Ferrier Day", "(declared) it Heritage
# Week": a pronoun object and a capitalised name
_NAMED_OCCASION_RE = re.compile(
    r"(?:it|this|him|her|them)[ \t]+(?:[A-Z][\w’'\-]*[ \t]*){1,5}[.,;]?[ \t]*\Z"
)


def _no_content_object(c, text, s0, e0):
    """Is text[s0:e0], the content after cue ``c``, an amount ("said little about the
    plan", "said a lot"), only a date ("Announced March 23, 2015": a list entry), whom
    "report" answers to ("reported directly to the chief executive"), a
    coordinated verb or clause right after the cue or a dash after it ("the protester
    yelled and held up a sign", "which he has denied and which ...", "as Lee has said -
    and he can ...") or, right after the cue, only a listener or a naming
    (:func:`_listener_or_name_only`)?"""
    if _QUANTITY_OBJECT_RE.match(text, s0, e0) or _DATE_ONLY_RE.fullmatch(text, s0, e0):
        return True
    if c.lemma == "report" and _REPORTS_TO_RE.match(text, s0, e0) and "that" not in text[s0:e0]:
        return True  # "reported directly to the chief executive": a post's superior
    gap = text[c.ce : s0].strip()
    if gap in ("", "-", "—", "–", "--") and _CONJ_START_RE.match(text, s0, e0):
        return True
    return not gap and _listener_or_name_only(c.lemma, text, s0, e0)


# how something was put and nothing else: "(put it) more bluntly", "(put it) this way"
_MANNER_ONLY_RE = re.compile(
    r"[ \t]*(?:(?:more|less|most|very|quite|rather|even|so)[ \t]+)?"
    r"(?:[a-z]{3,}ly|(?:this|that|another|one|a[ \t]+different)[ \t]+way|best|differently)"
    r"[ \t]*[.,;]?[ \t]*\Z"
)


def _manner_only(c, text, s0, e0):
    """Is text[s0:e0], the content after "put it", only the manner ("Lee put it more
    bluntly." then a quotation: the quotation is the speech, not "more bluntly")?

    >>> class C: cue = "put it"
    >>> _manner_only(C, "more bluntly.", 0, 13), _manner_only(C, "the plan is dead", 0, 16)
    (True, False)
    """
    return c.cue.lower().startswith("put") and _MANNER_ONLY_RE.match(text, s0, e0) is not None


# a date and nothing else: "March 23, 2015", "Jan. 4", "in 2014", "on Tuesday"
_DATE_ONLY_RE = re.compile(
    r"(?:(?:on|in|since|by|until)[ \t]+)?(?:"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?)?(?:,?[ \t]+\d{4})?"
    r"|(?:(?:on|in|since|by|until)[ \t]+)?\d{4}"
)
# a noun phrase and then a "when" clause after "recall": the time remembered ("recalled
# the 2018 flood, when ...", "recalls the winter of 1998, when ..."), not "recalled that"
_RECALLED_TIME_RE = re.compile(
    r"(?:the|a|an|those|his|her|their|its|our|my)[ \t]+[^,;:.\x01\n]{1,60}?,[ \t]+when\b"
)


def _recalls_a_time(masked, post):
    """Is the text after a "recall" cue a noun phrase and a "when" clause: the time
    remembered ("recalled the 2018 flood, when the river rose"), not "recalled that"?

    >>> t = " the 2018 flood, when the river rose."
    >>> _recalls_a_time(t, (0, len(t))), _recalls_a_time(" that the flood came", (0, 20))
    (True, False)
    """
    s0 = post[0]
    while s0 < post[1] and masked[s0] in " \t":
        s0 += 1
    if masked.startswith("that ", s0) or masked.endswith("that ", 0, s0):
        return False
    return _RECALLED_TIME_RE.match(masked, s0, post[1]) is not None


# "report directly/daily to X": whom a post answers to, not speech
_REPORTS_TO_RE = re.compile(r"(?:directly|daily|weekly|only|straight|back)[ \t]+to[ \t]")
# content that opens with a conjunction: the cue's verb or clause is coordinated with
# another, and no content follows it
_CONJ_START_RE = re.compile(r"(?:and|or|but)\b")


def _listener_or_name_only(lemma, text, s0, e0):
    """Is text[s0:e0], the content after a cue of ``lemma``, only a limited listener
    of "tell"/"inform" ("only her coach") or a naming after "proclaim"/"declare"/"dub"
    ("it Heritage Week"), with no clause word after its first word (so no speech)?

    >>> _listener_or_name_only("tell", "only the team's trainer", 0, 23)
    True
    >>> _listener_or_name_only("tell", "only two teams would advance", 0, 28)
    False
    >>> _listener_or_name_only("proclaim", "it Margaret Ferrier Day", 0, 23)
    True
    """
    if lemma in ("tell", "inform"):
        rx = _LIMITED_LISTENER_RE
    elif lemma in ("proclaim", "declare", "dub"):
        rx = _NAMED_OCCASION_RE
    else:
        return False
    if rx.match(text, s0, e0) is None:
        return False
    sp = text.find(" ", s0, e0)  # (after the first word: "it" is a clause word)
    return _CLAUSE_WORD_RE.search(text, e0 if sp < 0 else sp, e0) is None


# an amount said rather than content: "said little (about it)", "says a lot", "said
# nothing new"
_QUANTITY_OBJECT_RE = re.compile(
    r"(?:little|nothing|much|a[ \t]+lot|very[ \t]+little|so[ \t]+much)"
    r"(?:[ \t]+(?:about|on|publicly|else|new|more|further|at|in|to|for|until|during|while|"
    r"when|and|but)\b|[ \t]*[,.;]|[ \t]*\Z)",
    re.I,
)

# words that open an adverbial after a frame ("said during a speech", "said in Ohio")
_ADVERBIAL_STARTS = {
    "during", "in", "at", "on", "after", "before", "while", "when", "following", "as", "amid",
    "because",
}  # fmt: skip


def _add_block_quotes(doc, c, bids, mention):
    """One direct Quote per unused block of ``bids``, framed by cue ``c``."""
    text, blocks, used = doc.text, doc.blocks, doc.used_blocks
    for bid in bids:
        if bid in used:
            continue
        b = blocks[bid]
        s1, e1 = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
        if e1 > s1:
            q = Quote(s1, e1, "direct", c.cue, c.cs, c.ce, *mention)
            q.block_ids = (bid,)
            used[bid] = q
            doc.quotes.append(q)


def _add_quote(doc, ck, cue, cs, ce, mention):
    """Add one Quote of the content ``ck`` (start, end, kind, block ids) with the cue
    ``cue`` at text[cs:ce] and the speaker ``mention`` (text, start, end) to ``doc``,
    marking its quotation blocks used by it (a block keeps its first quote)."""
    q = Quote(ck[0], ck[1], ck[2], cue, cs, ce, *mention)
    q.block_ids = ck[3]
    for bid in ck[3]:
        doc.used_blocks.setdefault(bid, q)
    doc.quotes.append(q)


def _add_frame_quotes(doc, c, ck, choose, pre, post, mention):
    """Add the quotes of one verb frame: its indirect or mixed content as one Quote,
    or one Quote per quotation block on the chosen side and on the other side."""
    kind, bids = ck[2], ck[3]
    if kind != "direct":
        _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
        return
    # a sentence-final frame that also has an opening quote after it inside the
    # same sentence belongs to both blocks; emit one row per block
    _add_block_quotes(doc, c, bids, mention)
    # the other side of the frame may hold another block of the same speaker
    ok = doc.content_kind(*(pre if choose is post else post))
    if ok is not None and ok[2] == "direct":
        _add_block_quotes(doc, c, ok[3], mention)


# words that open an adjunct of the frame rather than the rest of its content
_NOT_A_CONTINUATION = {
    "even", "because", "although", "though", "unless", "until", "so", "who", "which",
    "where", "whose", "yet", "nor", "not", "also", "again", "now", "then", "citing",
    "than", "in", "on", "at", "by", "from", "about", "of", "without", "within",
}  # fmt: skip

_HAVE_NEED = {"have", "has", "need", "needs", "want", "wants", "remain", "remains"}


_CLAUSE_SUBJECTS = frozenset("i he she we they you it".split())
# determiners that open a clause's subject after "and" / "while" ("and the fee reflects")
_CLAUSE_DETS = frozenset("the this that its their his her our each every".split())


# the end of a sentence right after the text after an insertion (no frame of its own:
# not "A, a radio station reported, while B, the Times reported")
_SENTENCE_ENDS_RE = re.compile(r"[ \t\u00a0]*(?:[.!?]|\n|\Z)")


def _clause_ends_it(pw, masked, post):
    """``_clause_after_insertion(pw)`` for the words ``pw`` of masked[post[0]:post[1]], whose
    sentence ends with them (no later attribution of its own)."""
    return _clause_after_insertion(pw) and _SENTENCE_ENDS_RE.match(masked, post[1]) is not None


def _clause_after_insertion(pw):
    """Do the words ``pw`` after an attribution ("and ...", "while ...") go on with a
    clause of the content: a clause by ``_holds_clause`` or a determiner, a noun and a
    present verb ("..., she wrote, and the fee reflects both"; "..., it said, while a
    replacement would take years"), not a participle ("while touring the site")?

    >>> _clause_after_insertion("and the fee reflects both".split())
    True
    >>> _clause_after_insertion("while touring the site".split()), _clause_after_insertion("and other costs".split())
    (False, False)
    """
    if len(pw) < 3 or pw[1].endswith("ing"):
        return False
    w = [x.lower() for x in pw[1:5]]
    return _holds_clause(pw[1:12]) or (
        len(w) >= 4
        and w[0] in _CLAUSE_DETS
        and w[1].isalpha()
        and w[1] not in ("other", "same", "rest")
        and len(w[2]) > 3
        and w[2].endswith("s")
        and not w[2].endswith("ss")
    )


def _holds_clause(words):
    """Do ``words`` (after "and") hold a clause: a subject pronoun, an auxiliary, a
    form of "have", a negated verb or a past form ("and the county had asked ...",
    "and we kept it"; not "and other costs")?

    >>> _holds_clause("the county had asked".split()), _holds_clause(["other", "costs"])
    (True, False)
    """
    return len(words) >= 2 and any(
        w.lower() in _CLAUSE_SUBJECTS
        or w in _VERBISH_NEXT
        or w in _HAVE_NEED
        or w in _IRREGULAR_PAST
        or w.endswith(("n't", "n’t"))
        or (len(w) > 4 and w.endswith("ed"))
        for w in words
    )


_PAREN_DAY = (
    r"(?:[ \t]+(?:on[ \t]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?|[ \t]+(?:today|yesterday|tonight))?"
)
_PAREN_POST_RE = re.compile(
    _PAREN_DAY + r"(?:[ \t]+in[ \t]+(?:an?|the|her|his|its|their)[ \t]+(?:[a-z-]+[ \t]+)?"
    r"(?:statement|email|e-mail|interview|release|letter|post|message|note|memo|speech"
    r"|response|reply|notice|advisory|bulletin|briefing)"
    r"(?:[ \t]+to[ \t]+(?:" + _AUDIENCES + r"|questions"
    r"|queries|inquiries)|[ \t]+for[ \t]+(?:reporters|journalists))?"
    r"|[ \t]+(?:by|over[ \t]+the)[ \t]+(?:(?:tele)?phone|e-?mail|text))?"
    r"(?:[ \t]+(?:on|to)[ \t]+(?:its|his|her|their)[ \t]+(?:[a-z-]+[ \t]+)?"
    r"(?:website|site|page|account|feed|blog))?" + _PAREN_DAY + r"[ \t]*,[ \t]*(?:that\b[ \t]*)?\Z"
)  # ", she said, ..." / ", she said Tuesday, ...", ", it said in an email, ...", ", it
# said in a post on its website, ...", ", it said in a release on Monday, ...", ", Lee
# wrote in a note to clients, ...": the
# insertion ends at the comma


# a participle that opens the text after a frame ("..., calling it", "..., adding")
_ING_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*([a-z]+ing)\b")


# a distance in time that opens the text after a frame: an adjunct of the frame
# ("A, the firm said Friday, two weeks after the fire", "..., more than a year since")
# a frame dated by a day ("said Sunday", "said in a statement on Tuesday") and a
# subordinate clause of time after its comma: the writer's account of when it was said
_DATED_FRAME_END_RE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \t]+"
    r"(?:morning|afternoon|evening|night))[ \t]*,[ \t]*\Z"
)
_TIME_SUBORDINATE_RE = re.compile(r"[ \t,]*(?:after|before|as|once|following|shortly[ \t]+after)\b")


def _time_adjunct_after(masked, ce, post):
    """Is the side ``post`` after a frame a time adjunct of the saying ("two weeks after
    the fire", ``_TIME_DISTANCE_RE``; "said Sunday, after B", ``_dated_frame_then_subordinate``)?"""
    if _TIME_DISTANCE_RE.match(masked, post[0] + (masked[post[0] : post[0] + 1] == ",")):
        return True
    return _dated_frame_then_subordinate(masked, ce, post)


def _dated_frame_then_subordinate(masked, ce, post):
    """Does the text from the cue's end ``ce`` to the side ``post`` after it end in a
    day and a comma ("the head of the union said Sunday, ") and ``post`` open with a
    subordinator of time ("after the opening was put off")? That clause dates the
    saying; the content is the text before the frame.

    >>> t = "A is bad, the union said Sunday, after the vote."
    >>> _dated_frame_then_subordinate(t, t.index(" Sunday"), (t.index(" after"), len(t)))
    True
    >>> t = "A is bad, the union said, after the vote."
    >>> _dated_frame_then_subordinate(t, t.index(", after"), (t.index(" after"), len(t)))
    False
    """
    if _DATED_FRAME_END_RE.search(masked, ce, post[0]) is None:
        return False
    return _TIME_SUBORDINATE_RE.match(masked, post[0], post[1]) is not None


_TIME_DISTANCE_RE = re.compile(
    r"[ \t]*(?:(?:more|less|fewer)[ \t]+than|about|nearly|almost|just|only|some)?[ \t]*"
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a[ \t]+few|few)?"
    r"[ \t]*(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)[ \t]+"
    r"(?:after|before|since|into)\b"
)


# a subordinator and the comma of an insertion right after it ("A because, he says,")
_SUBORDINATOR_COMMA_RE = re.compile(
    r"\b(?<!\ba[ \t])(?:because|although|though|while|whereas|since|unless|until)[ \t]*,[ \t]*\Z",
    re.I,
)  # (not the noun "a while": "She would stay for a while, she said, ...")


# words that leave the clause before an insertion open ("The spacewalk was, she said,";
# "a cat and, she said,")
_OPEN_END_WORDS = frozenset(
    "was is were are has had have will would could should can might must did does do be "
    "been being and or but nor the a an of to for with at from in on by as than".split()
)


# a conjunction between the text before a frame and its cue: "he laughed and said, ..." is
# no insertion
_AND_WORD_RE = re.compile(r"\b(?:and|but|then)\b")


def _clause_before_insertion(words):
    """Do ``words``, before an insertion that a quotation follows, hold a whole clause
    ("The parties should get back to the table, the minister said, '...'"), not one
    left open ("The spacewalk was, ...", "a cat and, she said, ...")? (Callers pass
    the words after the last comma or quotation: "'A' and Ms. Warren, she said,
    '...'" holds none.)

    >>> _clause_before_insertion("The parties should get back to the table".split())
    True
    >>> _clause_before_insertion("The spacewalk was".split())
    False
    """
    lead = [w.lower() for w in words[:2]]
    if lead and lead[0] in _CONJ:
        lead = lead[1:]
    if lead and (lead[0] in _LEAD_ADVERBIAL or lead[0] in _SUBORDINATORS):
        return False  # "and when asked whether ..., he said, '...'": an adverbial clause
    return len(words) >= 3 and words[-1].lower() not in _OPEN_END_WORDS and _holds_clause(words)


def _clause_end_before(pre_text):
    """Does the text before an inserted frame end in at least three words since its
    last clause comma or quotation, the last of which leaves nothing open ("the
    economy shed 21,000 jobs," but not "The spacewalk was,")?"""
    body = pre_text.rstrip().rstrip(",")
    cut = max(body.rfind(", "), body.rfind(MASK))
    words = _WORDS_RE.findall(body, cut + 1)
    return len(words) >= 3 and words[-1].lower() not in _OPEN_END_WORDS


def _longer_content_after(pre_text, post_text):
    """Is the text after a frame more than twice as long as the text before and no
    participle phrase (not "including")? "..., she said, pointing to the rusted door of
    the old oven" tells what the speaker did: the shorter side before is the content."""
    if len(post_text) <= 2 * len(pre_text):
        return False
    m = _ING_AFTER_RE.match(post_text)
    return m is None or m.group(1) == "including"


def _content_participle(doc, c, pw, pre_text, mention, post_lo):
    """Does the participle ``pw[0]`` after a bare inserted frame go on with the
    content ("Rosalind was back at work within a week, he said, baking bread for the
    crews"; "..., she added, revoking clearances would be harsh"), not tell what the
    speaker did ("..., she said, pointing to the report"; "..., he said, adding")?"""
    w0 = pw[0]
    return (
        mention[1] <= c.cs
        and doc.masked[c.ce : post_lo].strip() == ","
        and w0 not in doc.lex.verb_lemma
        and w0 not in manner_participles()
        and len(pw) >= 3
        and _clause_end_before(pre_text)
    )


# words that end the head of a noun phrase: a comparison, a relative clause or an
# infinitive ("a weaker report than ...", "a move that ...", "a bid to ...")
_NP_HEAD_END = frozenset("than that which who whose where when to as for of".split())


def _apposition_only(words):
    """Do ``words`` (after "a"/"an" and an inserted frame) open only a noun phrase: a
    head of at most five words with no clause, before a comparison, a relative
    clause or the end ("a weaker report than economists had expected"; not "a new
    plan will be ready")?

    >>> _apposition_only("a weaker report than economists had expected".split())
    True
    >>> _apposition_only("a new plan will be ready by June".split())
    False
    """
    head = []
    for w in words:
        if w.lower() in _NP_HEAD_END:
            break
        head.append(w)
    return (
        2 <= len(head) <= 5
        and not _holds_clause(head)
        and not any(w.lower() in _OPEN_END_WORDS for w in head[1:])
    )


def _conj_adverbial_end(pre_text):
    """Does the text before an insertion end in a conjunction and an adverbial with no
    clause after the clause before it ("A, and for most of those years,"; "A, but by
    the end,")? Then the insertion opens the clause after it, not A.

    >>> _conj_adverbial_end("She ran the store, and for most of those years,")
    True
    >>> _conj_adverbial_end("She ran the store, and he sold it,")
    False
    """
    body = pre_text.rstrip().rstrip(",")
    inner = clause_comma_rfind(body)
    if inner < 0:
        return False
    words = _WORDS_RE.findall(body, inner + 1)
    return (
        2 <= len(words) <= 8
        and words[0].lower() in ("and", "but")
        and words[1].lower() in _LEAD_ADVERBIAL | {"by", "over", "throughout", "until"}
        and not _holds_clause(words[1:])
    )


def _mixed_comma_close(doc, pre, pre_text, post):
    """Does the text before an insertion end in a quotation that closes on its comma,
    after words of the writer's own, and "but" or "and" open the text after it ('The
    quarter was "clean," Lee wrote, but B')? A quotation alone before it is direct
    speech, and what follows is narrative; 'Voters who think "...," she said, are
    wrong': the quotation closes the clause inside the subject."""
    fw = _FIRST_WORD_RE.match(doc.masked, post[0], post[1])
    if fw is None or fw.group(1) not in ("but", "and"):
        return False
    body = pre_text.rstrip()
    if not body.endswith(MASK) or not _WORD_CHAR_RE.search(body, 0, max(0, body.find(MASK))):
        return False
    e = pre[0] + len(body)
    return _COMMA_CLOSE_RE.search(doc.text, max(0, e - 4), e) is not None


# "but it did not say when ...", "and he declined to say why": after an insertion, a
# clause of the writer's about what the speaker left unsaid, no content
_NEGATED_SAY_AFTER_CONJ_RE = re.compile(
    r"[ \t]*(?:and|but)[ \t]+(?:it|he|she|they|the[ \t]+[a-z]+)[ \t]+"
    r"(?:(?:did|does|would|could|will)(?:[ \t]+not|n['’]t)|declined[ \t]+to|refused[ \t]+to)"
    r"[ \t]+(?:say|specify|elaborate|comment|explain|disclose|confirm|give)\b"
)


def _for_gerund_goes_on(pw):
    """Does the text after an insertion open "for" and a gerund, the complement of the
    clause before it ("The city was to blame, she said, for writing a rule ...": both
    halves are hers), with two words or more after the gerund?

    >>> _for_gerund_goes_on("for writing a rule".split()), _for_gerund_goes_on("for years".split())
    (True, False)
    """
    return len(pw) >= 4 and pw[0] == "for" and pw[1].endswith("ing") and len(pw[1]) > 5


_WITH_OPENERS = frozenset("the a an its their his her our some most all two three".split())
_WITH_MANNER = frozenset(
    "laugh smile shrug sigh grin nod wink chuckle tears voice look sense hint touch".split()
)


def _with_absolute_goes_on(words, pw, masked, post):
    """Does an absolute "with" phrase after an insertion go on with the statement to
    the end of its sentence ("Work will begin in the spring, the developer said, with
    the first units ready in late 2027")? The clause before has three words or more;
    "with" opens a determined noun phrase of five words or more in all, no manner of
    speaking ("with a laugh", "with tears in her eyes"), and no later attribution.

    >>> _with_absolute_goes_on("Work will begin".split(), "with the first units ready soon".split(), "", (0, 0))
    True
    >>> _with_absolute_goes_on("Work will begin".split(), "with a laugh at the end".split(), "", (0, 0))
    False
    """
    if len(words) < 3 or len(pw) < 5 or pw[0] != "with" or pw[1].lower() not in _WITH_OPENERS:
        return False
    if any(w.lower() in _WITH_MANNER for w in pw[1:5]):
        return False
    return _SENTENCE_ENDS_RE.match(masked, post[1]) is not None


def _because_clause_goes_on(w0, words, pw):
    """Does a because-clause after an insertion go on with the clause before it ("The
    findings matter, his sister says, because the record is short": both halves are
    hers)? The clause before has three words or more; not "because of"."""
    if w0 == "because" and len(words) == 2 and _holds_clause(words):
        return _short_clause(pw) > 0 or _clause_after_insertion(pw)  # ("Rents rose, ...")
    return w0 == "because" and len(words) >= 3 and len(pw) >= 3 and pw[1] != "of"


# "..., he said, though he declined to give details": the writer's, not the speaker's
_CONCESSION_NEGATED_SAY_RE = re.compile(
    r"[ \t]*(?:although|though|so)[ \t]+(?:it|he|she|they|the[ \t]+[a-z]+)[ \t]+"
    r"(?:(?:also|later|then)[ \t]+)?"
    r"(?:(?:did|does|would|could|will)(?:[ \t]+not|n['’]t)|declined[ \t]+to|refused[ \t]+to"
    r"|gave[ \t]+no|offered[ \t]+no|provided[ \t]+no|was[ \t]+not[ \t]+able[ \t]+to)"
)


def _which_clause_goes_on(w0, words, pw, masked, post):
    """Does a "which" clause after an insertion go on with the clause before it, to the
    end of its sentence ("Wait times have doubled, she said, which is why the unit needs
    nurses"; "..., he said, which means ...")? The clause before has three words or
    more; "which" is followed by a verb (an auxiliary, "-s" / "-ed" form or an irregular
    past), and no later attribution of its own follows."""
    if w0 != "which" or len(words) < 3 or len(pw) < 3:
        return False
    verb = pw[1]
    if not (
        verb in _VERBISH_NEXT
        or verb in _IRREGULAR_PAST
        or (verb.islower() and len(verb) > 3 and verb.endswith(("s", "ed")) and verb[-2:] != "ss")
    ):
        return False
    return _SENTENCE_ENDS_RE.match(masked, post[1]) is not None


_OTHER_SUBJECT_DETS = frozenset("the a an this that its their his her our each every".split())


def _other_speaker_after(doc, w0, pw):
    """Do the words ``pw`` after an insertion open a conjunction or subordinator and a
    clause with a speaker and cue of its own ("..., she said, although the minister said
    B"; "but Mayor Tom Hale told reporters B")? The subject opens with a determiner or a
    capital and runs one to four words (no verb) up to a finite cue (not "but the margin
    warning was", "and Brantford had already asked"); then B is that speaker's, and only
    the clause before the insertion is the first speaker's."""
    if len(pw) < 4 or not (
        w0 in ("and", "but", "while", "because") or w0 in _CONTINUING_SUBORDINATORS
    ):
        return False
    if not (pw[1].lower() in _OTHER_SUBJECT_DETS or pw[1][:1].isupper()):
        return False
    for k in range(2, min(len(pw) - 1, 6)):
        w = pw[k]
        if w.islower() and not w.endswith("ing") and doc.lex.cue_re.fullmatch(w):
            return True
        if (
            not (w.isalpha() or "'" in w or "’" in w)
            or w in _VERBISH_NEXT
            or w in _HAVE_NEED
            or w in _NOT_SUBJECT_WORDS
            or w.endswith("ly")
        ):
            return False  # ("and Kuehn had been warned": a verb before the cue)
    return False


_NOT_SUBJECT_WORDS = frozenset("had already also never not still".split())


def _add_side(doc, c, side, mention):
    """Add the content on ``side`` of a frame as its one row; False when it holds none."""
    ck = doc.content_kind(*side)
    if ck is None:
        return False
    _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
    return True


_ARTICLES = frozenset("a an".split())


def _short_clause(pw):
    """The index of the verb when the two to four words after the subordinator ``pw[0]`` make a short clause: a
    subject of one or two words (after a determiner) and a finite verb, an "-s"/"-ed"
    form, an irregular past or an auxiliary ("unless the bonus counts", "unless council
    acts", "because the mill shut"; not "since the closures", "if necessary", "unless
    otherwise noted", "since 2019"); else 0.

    >>> _short_clause("unless the bonus counts".split()), _short_clause("unless council acts".split())
    (3, 2)
    >>> _short_clause("since the closures".split()), _short_clause("unless otherwise noted".split())
    (0, 0)
    """
    if not 3 <= len(pw) <= 5 or not pw[1].isalpha() or pw[1].endswith("ly"):
        return 0
    first = 3 if pw[1].lower() in _CLAUSE_DETS or pw[1].lower() in _ARTICLES else 2
    if pw[1].lower() in ("otherwise", "necessary", "needed", "any", "not", "only", "ever"):
        return 0
    for j in range(first, min(len(pw), first + 2)):
        v = pw[j]
        if not (v.isalpha() and v.islower()):
            return 0
        if (
            v in _VERBISH_NEXT
            or v in _IRREGULAR_PAST
            or v in _NOUN_LIKE_PAST
            or (len(v) > 3 and v.endswith("s") and not v.endswith(("ss", "us", "is")))
            or (len(v) > 4 and v.endswith("ed"))
        ):
            return (
                j if all(w.isalpha() and w.lower() not in _SHORT_NO_SUBJECT for w in pw[1:j]) else 0
            )
    return 0


_SHORT_NO_SUBJECT = _PREP_WORDS | frozenset("in on at to from with into not".split())

# words that open a short adjunct after "A, X said, ..." (resources/tail_adjunct_leads.txt)
_TAIL_ADJUNCT_LEADS = frozenset(line.split()[0] for line in _lines("tail_adjunct_leads.txt"))
_TAIL_ADJUNCT_PREPS = frozenset(
    line.split()[0] for line in _lines("tail_adjunct_leads.txt") if line.split()[1:] == ["prep"]
)


def _short_adjunct_tail(post_text):
    """Is the text after a mid-sentence attribution only a short adjunct of the head that
    ends its sentence: a subordinator or preposition of resources/tail_adjunct_leads.txt
    and at most four more words with no clause ("Costs rose, she said, since 2019.";
    "Prices fell, he said, if needed."; not "unless council acts")? The head is then
    the statement, and the adjunct no statement of its own.

    >>> _short_adjunct_tail(", since 2019."), _short_adjunct_tail(", if needed.")
    (True, True)
    >>> _short_adjunct_tail(", unless council acts."), _short_adjunct_tail(", since 2019, and B")
    (False, False)
    """
    body = post_text.lstrip(" \t\u00a0,").rstrip(" \t\u00a0\n")
    if not body or MASK in body or body[-1:] not in ".!?" or len(body) > 60:
        return False
    body = body[:-1]
    if any(ch in body for ch in ',;:—–"“”'):
        return False
    pw = _WORDS_RE.findall(body)
    if not 2 <= len(pw) <= 5 or pw[0] not in _TAIL_ADJUNCT_LEADS:
        return False
    if pw[0] in _TAIL_ADJUNCT_PREPS:
        return True  # ("despite the new rules": a preposition opens no clause)
    return not (_short_clause(pw) or _clause_after_insertion(pw) or _holds_clause(pw[1:]))


def _conj_opens_other_frame(doc, post):
    """Does the text after an attribution open "and"/"but" and a clause with a speaker
    and cue of its own ("In Halifax, the mayor said, and Tom Vale said B"; "..., and he
    said B")? B is that frame's; the first attribution has no content there."""
    lo = post[0] + (doc.masked[post[0] : post[0] + 1] == ",")
    pw = _WORDS_RE.findall(doc.masked, lo, min(post[1], lo + 80))
    if not pw or pw[0] not in ("and", "but"):
        return False
    return _other_speaker_after(doc, pw[0], pw) or _own_cue_after_conj(doc, lo, post[1])


def _subordinate_clause_goes_on(doc, w0, words, pw, post):
    """Does a subordinate clause after an insertion go on with the statement to the end
    of its sentence ("Wait times will grow, the nurse said, unless the province hires
    more staff"; "..., she said, so the company cut its forecast")? The subordinator is
    one of resources/continuing_subordinators.txt (not "before": "..., she said, before
    leaving the room" is the writer's), the clause before has three words or more (or
    two of a clause, "Costs rose"), a
    clause of its own follows it (not "since 2019", "while touring the site") with no
    cue of its own ("although the minister said B"), and no later attribution."""
    if w0 not in _CONTINUING_SUBORDINATORS or len(pw) < 3:
        return False
    if len(words) < 3 and not (len(words) == 2 and _holds_clause(words)):
        return False  # ("Costs rose, the union said, unless ...": a clause of two words)
    if w0 == "so" and pw[1].lower() in ("far", "much", "many", "long", "that", "too", "as"):
        return False  # ("..., she said, so far as she knew": an adverb)
    if not (
        _clause_after_insertion(pw)
        or _short_clause(pw)
        or _subject_then_noun_like_past(["and", *pw[1:]])
        # ("..., the railway said, although buses continued to run")
        or (w0 in ("although", "though", "so") and len(pw) >= 4 and _holds_clause(pw[1:12]))
    ):
        return False
    if (_speaker_refusal(pw) and not _negated_belief(pw)) or any(
        doc.lex.cue_re.fullmatch(w) and pw[i + 1 : i + 2] != ["to"]
        for i, w in enumerate(pw[1:10], 1)
        if i >= _short_clause(pw)  # (a cue noun as the subject: "although demand slipped")
    ):
        return False  # (a cue of its own; not "buses continued to run")
    lo = post[0] + (doc.masked[post[0] : post[0] + 1] == ",")
    if _CONCESSION_NEGATED_SAY_RE.match(
        doc.masked, lo, post[1]
    ) is not None and not _negated_belief(pw):
        return False  # ("..., the company said, though it gave no figures")
    return _SENTENCE_ENDS_RE.match(doc.masked, post[1]) is not None


_REFUSING_AUX = frozenset("did does would could will can".split())
_BELIEF_VERBS = frozenset("believe think expect anticipate".split())


def _negated_belief(pw):
    """Do the words ``pw`` after an insertion open a subordinator, a pronoun and a
    negated verb of belief ("..., he said, though it did not believe they would")? That
    is the speaker's own view, said with the rest, not a refusal the writer reports.

    >>> _negated_belief("though it did not believe they would".split())
    True
    >>> _negated_belief("though he would not name them".split())
    False
    """
    if len(pw) < 4 or pw[1].lower() not in ("he", "she", "it", "they", "we", "i"):
        return False
    v = pw[2].lower()
    rest = pw[4:5] if v in _REFUSING_AUX and pw[3].lower() == "not" else pw[3:4]
    return bool(rest) and rest[0].lower() in _BELIEF_VERBS


def _speaker_refusal(pw):
    """Do the words ``pw`` after an insertion open a subordinator and a pronoun that
    refuses or does not do something ("..., O'Neil said, though he would not name the
    firms"; "although it declined to give details")? That is the writer's report on the
    speaker's act, no words of the speaker.

    >>> _speaker_refusal("though he would not name them".split())
    True
    >>> _speaker_refusal("although he hopes to return".split())
    False
    """
    if len(pw) < 4 or pw[1].lower() not in ("he", "she", "it", "they"):
        return False
    v = pw[2].lower()
    return (
        v in ("declined", "refused")
        or v.endswith(("n't", "n’t"))
        or (v in _REFUSING_AUX and pw[3].lower() in ("not", "never"))
    )


def _subject_then_noun_like_past(pw):
    """Do the words ``pw`` after an insertion ("and ...") open a clause whose verb is a
    past form that is as often a noun or adjective ("found", "set", "cut"), right after
    a determiner and one to four words of its subject ("..., she said, and the province's
    review found three faults")? (``_holds_clause`` leaves those forms out.)

    >>> _subject_then_noun_like_past("and the province s review found three faults".split())
    True
    >>> _subject_then_noun_like_past("and the lost and found".split())
    False
    """
    if len(pw) < 4 or pw[0] != "and" or pw[1].lower() not in _CLAUSE_DETS:
        return False
    for i in range(3, min(len(pw) - 1, 7)):
        if pw[i] in _NOUN_LIKE_PAST:
            return all(w.isalpha() and w not in _CONJ for w in pw[2:i])
    return False


_CLAUSE_QUANTIFIERS = frozenset("some many most few several other both all".split())


def _quantified_subject_then_verb(pw):
    """Do the words ``pw`` after an insertion open with "and", a quantifier, one or two
    words ending in a plural noun and a plain present verb ("..., she said, and some
    customers come in every day")? The verb is a lower-case word that is no
    preposition, determiner, conjunction, adverb in -ly or participle.

    >>> _quantified_subject_then_verb("and some customers come in every day".split())
    True
    >>> _quantified_subject_then_verb("and some customers in town".split())
    False
    """
    if len(pw) < 4 or pw[0] != "and" or pw[1].lower() not in _CLAUSE_QUANTIFIERS:
        return False
    for j in (2, 3):
        if j + 1 >= len(pw) or not (pw[j].isalpha() and pw[j].islower()):
            return False
        if pw[j].endswith("s") and not pw[j].endswith("ss"):
            v = pw[j + 1]
            return (
                v.isalpha()
                and v.islower()
                and not v.endswith(("s", "ly", "ing"))
                and v not in SPEAKER_PREPS
                and v not in _OBJ_PREPS
                and v not in _DETS
                and v not in _CONJ
                and v not in ("who", "which", "that", "whose")
            )
    return False


_PLURAL_SUBJECT_DETS = frozenset("the its their his her our these those".split())


def _compound_subject_then_verb(pw):
    """Do the words ``pw`` after an insertion open with "and", a determiner, a noun
    of two words with a singular head and a present verb in "-s" followed by more of
    the clause ("..., the nurse said, and the waiting list keeps growing": the rest of
    her statement)? Not a noun phrase ("and the health care costs of it").

    >>> _compound_subject_then_verb("and the waiting list keeps growing".split())
    True
    >>> _compound_subject_then_verb("and the health care costs of the plan".split())
    False
    """
    if len(pw) < 6 or pw[0] != "and" or pw[1].lower() not in _CLAUSE_DETS:
        return False
    noun, v, nxt = pw[3], pw[4], pw[5]
    if not all(w.isalpha() and w.islower() for w in (pw[2], noun, v, nxt)):
        return False
    if noun.endswith(("s", "ly")) or pw[2].endswith("ly") or pw[2] in _NOT_SUBJECT_WORDS:
        return False
    return (
        len(v) > 3
        and v.endswith("s")
        and not v.endswith(("ss", "us", "is"))
        and nxt not in SPEAKER_PREPS
        and nxt not in _OBJ_PREPS
        and nxt not in _PREP_WORDS
        and nxt not in _CONJ
        and nxt not in ("who", "which", "that", "whose")
    )


def _determined_subject_then_verb(pw):
    """``_quantified_subject_then_verb`` for a determiner before the plural subject
    ("..., he said, and the trailers run on diesel": the rest of his statement).

    >>> _determined_subject_then_verb("and the trailers run on diesel".split())
    True
    >>> _determined_subject_then_verb("and the trailers on the wharf".split())
    False
    """
    if len(pw) < 4 or pw[0] != "and" or pw[1].lower() not in _PLURAL_SUBJECT_DETS:
        return False
    return _quantified_subject_then_verb(["and", "some", *pw[2:]])


def _last_list_item(pre_text, post_text):
    """Does an insertion stand after the "and" / "or" of a list, before its last item
    ("She wrote to the mayor, to the MP and, her children say, to the premier"; the
    item before the conjunction and the one after open with the same word)? Then only
    that last item is the speaker's.

    >>> _last_list_item("She wrote to the mayor, to the MP and, ", "to the premier.")
    True
    >>> _last_list_item("The plan is cheap and, ", "it is fast.")
    False
    """
    body = pre_text.rstrip().rstrip(",")
    words = _WORDS_RE.findall(body, max(0, len(body) - 120))
    if len(words) < 3 or words[-1].lower() not in ("and", "or"):
        return False
    inner = clause_comma_rfind(body)
    item = _WORDS_RE.findall(body, inner + 1) if inner >= 0 else []
    nxt = _WORDS_RE.findall(post_text, 0, 40)
    return len(item) >= 3 and bool(nxt) and item[0].lower() == nxt[0].lower()


# the gap between an inverted speaker and the rest of an interrupted sentence when a
# "who" clause on the speaker fills it (``_WHO_ASIDE_RE``)
_WHO_ASIDE_GAP_RE = re.compile(r"[ \t]*,[ \t]*who[ \t][^,;:\x01\n]{1,120},[ \t]+")


def _conj_then_subject(words):
    """Do ``words`` (before an inserted frame) open with "and"/"but" and a noun phrase
    of a determiner and up to three more words ("And the mayor, she said, ...")?

    >>> _conj_then_subject("And the mayor".split()), _conj_then_subject("But in 1990".split())
    (True, False)
    """
    return (
        2 <= len(words) <= 5
        and words[0].lower() in ("and", "but")
        and words[1].lower() in ("the", "a", "an", "his", "her", "their", "its", "our", "my")
    )


# initials joined by "&" open a name ("AT&T", "S&P"), never "at" or "so"
_AMP_NAME_RE = re.compile(r"\s*[A-Z]{1,3}&[A-Z]")


# ", and" / ", but" right after an inserted "according to X"
_ACC_AND_TAIL_RE = re.compile(r"[ \t]*,[ \t]+(?:and|but)[ \t]+")


def _acc_and_tail(doc, frame_hi, post):
    """Does an inserted "according to X" go on with ", and B" / ", but B" to the rest of
    its sentence ("Sites are reviewed case by case, according to the corporation, and
    a closure can be reversed": both halves are the corporation's)? B holds a finite
    auxiliary or copula ("can", "are") and no cue of its own ("..., according to the
    report, but its director, Ann Roe, said B"; "and nurses say B"), never a verbless
    phrase ("and one of 11 considered out of control"); the usual tests of
    ``_add_parenthetical`` then decide the rest."""
    m = _ACC_AND_TAIL_RE.match(doc.masked, frame_hi, post[1])
    if m is None:
        return False
    words = _WORDS_RE.findall(doc.masked, m.end(), post[1])[:24]
    finite = _ACC_FINITE.intersection(w.lower() for w in words[:12]) != set()
    return (finite or _subject_then_lexical_verb(words)) and not any(
        doc.lex.cue_re.fullmatch(w) for w in words
    )


_ACC_SUBJECT_DETS = frozenset("the its their his her our this that".split())


def _subject_then_lexical_verb(words):
    """Do ``words`` (after ", and" / ", but") open with a determiner, one or two
    lower-case words and a finite lexical verb in -s, -ed or an irregular past ("the
    team pays for hotel rooms instead"; "the town spent $2 million")?

    >>> _subject_then_lexical_verb("the team pays for hotel rooms instead".split())
    True
    >>> _subject_then_lexical_verb("the team bus on the highway".split())
    False
    """
    if len(words) < 4 or words[0].lower() not in _ACC_SUBJECT_DETS:
        return False
    for j in (2, 3):
        v = words[j] if j < len(words) - 1 else ""
        if not (v.isalpha() and v.islower()):
            return False
        nxt = words[j + 1].lower()
        if v.endswith("s") and nxt in ("of", "on", "in", "at", "from", "with", "who", "that"):
            continue  # ("the players on the bench": a plural noun, no verb)
        if (v.endswith(("s", "ed")) and not v.endswith(("ss", "us"))) or v in _IRREGULAR_PAST:
            return all(w.isalpha() and w.islower() and w not in _CONJ for w in words[1:j])
    return False


_ACC_FINITE = frozenset(
    "is are was were can could will would has have had may might must should does do did".split()
)


# an inverted speaker's body after the name, up to the comma that ends the insertion:
# ", said Capt. Al Roe of the Brandon Fire and Emergency Services, and B"
_OF_ORG_AFTER_NAME_RE = re.compile(
    r"(?:of|with)[ \t]+(?:the[ \t]+)?[A-Z][\w'’.&-]*"
    r"(?:[ \t]+(?:[A-Z][\w'’.&-]*|and|of|for|the)){0,8}(?=,)"
)


def _add_parenthetical(doc, c, pre, post, frame_hi, mention):
    """Add the two rows of a frame set off by commas inside its content ("The plan,
    she said, will cost more"; "Her aim, she said, is to tell them"): the text
    before and the text after, one statement. False (nothing added) when the frame
    is no such insertion: a leading adverbial ("In 1990, she said, ...") or a side
    too short."""
    masked = doc.masked
    pre_text = masked[pre[0] : pre[1]]
    if mention[1] >= c.ce and (of_org := _OF_ORG_AFTER_NAME_RE.match(masked, post[0], post[1])):
        frame_hi, post = of_org.end(), (of_org.end(), post[1])  # ", said Al Roe of the X,"
    if (
        (c.is_acc and not _acc_and_tail(doc, frame_hi, post))
        or not (pre_text.rstrip().endswith(",") or _mixed_comma_close(doc, pre, pre_text, post))
        or _AS_AT_RE.match(masked, pre[1])
    ):
        return False  # (an aside "A, as Lee said, and B" holds A only)
    if _SUBORDINATOR_COMMA_RE.search(pre_text, max(0, len(pre_text) - 16)):
        return False  # "A because, he says, B": the insertion opens B, A is not his
    if (
        _PAREN_POST_RE.match(masked, frame_hi, post[0]) is None
        and not (masked[frame_hi : post[0]].strip() == "" and masked[post[0] : post[0] + 1] == ",")
        and _WHO_ASIDE_GAP_RE.fullmatch(masked, frame_hi, post[0]) is None
    ):
        return False
    if _adverbial_phrase_only(pre_text) or _deictic_time_lead(
        doc, pre_text, masked[post[0] : post[1]]
    ):
        return False  # "By noon, she said, the crew ...": a leading adverbial of the content
    if _lead_subordinate_clause(doc, pre_text, masked[post[0] : post[1]]):
        return False  # "Until the money is found, she said, B": an adverbial clause of B
    words = _WORDS_RE.findall(pre_text)
    if (
        words
        and (words[0].lower() in _LEAD_ADVERBIAL or words[0].lower() in _CONJ)
        and not _conj_then_subject(words)  # "And the mayor, she said, B": both sides
        and _AMP_NAME_RE.match(pre_text) is None  # "AT&T laid cable, she said, to B": a name
    ):
        # "As the town builds a dam, it is his job, he said, to ...": the insertion
        # follows the clause after the leading adverbial's comma
        inner = clause_comma_rfind(pre_text.rstrip().rstrip(","))
        if inner < 0:
            return False  # "In 1990, she said, ...": a leading adverbial
        pre = (pre[0] + inner + 1, pre[1])
        words = _WORDS_RE.findall(masked, pre[0], pre[1])
        if (
            words
            and (words[0].lower() in _LEAD_ADVERBIAL or words[0].lower() in _CONJ)
            and not _conj_adverbial_end(pre_text)
        ):
            return False
    if len(words) < 2:
        return False
    post_lo = post[0] + 1 if masked[post[0] : post[0] + 1] == "," else post[0]
    pw = _WORDS_RE.findall(masked, post_lo, min(post[1], post_lo + 80))
    w0 = pw[0] if pw else ""
    if (
        w0 in ("that", "now", "also", "still")
        and len(pw) > 1
        and pw[1] in _VERBISH_NEXT | _HAVE_NEED
    ):
        w0 = pw[1]  # "..., Lee said, that is meant to ...", "..., Lee said, now have ..."
    post_block = masked[post_lo : post[1]].lstrip(" \t\u00a0")[:1] == MASK
    last = pre_text.rstrip().rstrip(",")
    last = last[max(clause_comma_rfind(last), last.rfind(MASK)) + 1 :]
    if (
        not post_block
        and w0 in ("a", "an")
        and mention[1] <= c.cs
        and _apposition_only(pw)
        and _clause_end_before(pre_text)
    ):
        # "Sales fell, the agency said on Friday, a weaker report than expected": the
        # writer's apposition to the clause before, no content
        a = doc.content_kind(*pre)
        if a is None:
            return False
        _add_quote(doc, a, c.cue, c.cs, c.ce, mention)
        return True
    if post_block and (
        not _clause_before_insertion(_WORDS_RE.findall(last))
        or _AND_WORD_RE.search(masked, pre[1], c.cs) is not None
    ):
        return False  # 'The trip was, she said, "..."': the quotation ends the clause
    if not post_block and _other_speaker_after(doc, w0, pw):
        return _add_side(doc, c, pre, mention)  # "A, she said, although the mayor said B"
    goes_on = not post_block and _subordinate_clause_goes_on(doc, w0, words, pw, post)
    if (
        not post_block
        and not goes_on
        and (
            not w0.islower()
            or (
                w0 in _LEAD_ADVERBIAL
                and not (w0 == "while" and _clause_ends_it(pw, masked, post))
                and not _for_gerund_goes_on(pw)
                and not _with_absolute_goes_on(words, pw, masked, post)
            )
            or (
                w0 in _CONJ
                and not (
                    w0 == "but"
                    and len(pw) >= 3
                    or w0 == "and"
                    and (
                        _holds_clause(pw[1:12])
                        or _clause_ends_it(pw, masked, post)
                        or _subject_then_noun_like_past(pw)
                        or _quantified_subject_then_verb(pw)
                        or _determined_subject_then_verb(pw)
                        or _compound_subject_then_verb(pw)
                    )
                )
            )
            or (
                w0 in _NOT_A_CONTINUATION
                and not _because_clause_goes_on(w0, words, pw)
                and not _which_clause_goes_on(w0, words, pw, masked, post)
            )
            or (
                w0.endswith("ing")
                and w0 != "including"
                and not _content_participle(doc, c, pw, pre_text, mention, post_lo)
            )
            or len(pw) < 2
            or _TIME_DISTANCE_RE.match(masked, post_lo, post[1]) is not None
            or (w0 in ("the", "a", "an") and mention[1] >= c.ce)
            or (
                mention[1] >= c.ce
                and (w0 in doc.lex.titles or w0 in doc.lex.nouns or w0 in _TITLE_LEADS)
                and not _holds_clause(pw)
            )  # "..., said Dana Hill, president of the club": no article either
        )
    ):
        # "..., Lee said, even though ...": an adjunct of the frame; "..., said Dana
        # Hill, the county clerk": an apposition of the speaker
        return False
    if w0 in ("and", "but", "while") and _own_cue_after_conj(doc, post_lo, post[1]):
        return False  # "A, the board said, and it also warned that B": B is the next frame's
    if w0 in ("and", "but") and _NEGATED_SAY_AFTER_CONJ_RE.match(masked, post_lo, post[1]):
        return False  # "A, the ministry said, but it did not say when": the writer's
    a, b = doc.content_kind(*pre), doc.content_kind(post_lo, post[1])
    if a is None or b is None:
        return False
    if _conj_adverbial_end(pre_text) or _last_list_item(pre_text, masked[post_lo : post[1]]):
        a = None  # "A, and for most of those years, her family says, B": B only
    for ck in (x for x in (a, b) if x is not None):
        _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
    return True


_DASH_PRE_RE = re.compile(r"[ \t](?:—|–|--)[ \t]*(?:or[ \t]+so[ \t]+)?\Z")
_DASH_POST_RE = re.compile(_PAREN_DAY + r"(?P<d>[ \t]*)(?:—|–|--)[ \t]*")  # ("— Lee said Monday —")


def _add_dash_insertion(doc, c, pre, post, frame_hi, mention):
    """Add the two rows of a frame set off by a pair of dashes inside its content
    ("The plan — or so many residents say — is dead": "The plan", "is dead"); False
    (nothing added) when the frame is no such insertion or a side is no clause part:
    fewer than two words before, or no lower-case word after."""
    masked = doc.masked
    if c.is_acc or mention[1] > c.cs or not doc.dashed:
        return False  # (no "—", "–" or "--" in the article: no dash pair)
    m = _DASH_PRE_RE.search(masked, pre[0], pre[1])
    mp = _DASH_POST_RE.match(masked, frame_hi, post[1])
    if m is None or mp is None or mp.end() > max(post[0], mp.start("d") + 4):
        return False
    words = _WORDS_RE.findall(masked, pre[0], m.start())
    pw = _WORDS_RE.findall(masked, mp.end(), min(post[1], mp.end() + 80))
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in _LEAD_ADVERBIAL:
        return False
    if len(pw) < 2 or not pw[0].islower() or pw[0] in _LEAD_ADVERBIAL:
        return False
    if pw[0] in _CONJ and not _dash_conj_goes_on(doc, pw, mp.end(), post[1]):
        return False
    a, b = doc.content_kind(pre[0], m.start()), doc.content_kind(mp.end(), post[1])
    if a is None or b is None:
        return False
    for ck in (a, b):
        _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
    return True


def _dash_conj_goes_on(doc, pw, lo, hi):
    """Does the text after a dash insertion that opens with a conjunction go on with the
    speaker's words, as after a comma insertion ("Taxes will rise — Ann Roe said — but not
    soon"; "A — Lee said — and the council is angry")? Not "and" + a phrase, nor a clause
    of its own cue ("— and it also warned that B")."""
    if pw[0] == "but":
        ok = len(pw) >= 3
    elif pw[0] == "and":
        ok = _holds_clause(pw[1:12])
    else:
        return False
    return ok and not _own_cue_after_conj(doc, lo, hi)


_PRONOUN_THEN_CUE_RE = re.compile(
    r"[ \t]*(?:and|but)[ \t]+(?:it|he|she|they|we)[ \t]+(?:(?:also|later|then|has|have|had)[ \t]+){0,2}"
    r"(?P<cue>[a-z]+)\b"
)


def _own_cue_after_conj(doc, lo, hi):
    """Does the text after an insertion open a clause of its own cue: "and", a subject
    pronoun and a speech verb ("A, the board said, and it also warned that B")?"""
    m = _PRONOUN_THEN_CUE_RE.match(doc.masked, lo, hi)
    return m is not None and doc.lex.cue_re.fullmatch(m.group("cue")) is not None


# words that cannot open the predicate after "according to X," ("..., according to Lee,
# a former aide, ...": an apposition; "..., and ...": a new clause)
_NOT_PREDICATE_START = frozenset(
    "the a an and but or nor so yet then in on at to for with from by of as about after "
    "before since while when if because although though who which that this these those "
    "his her its their our my your he she it they we i you there here not also some many "
    "most few all both several each every no none".split()
)
# one-word sentence adverbs before "according to X," ("Now, according to X, ...")
_LONE_ADVERBS = frozenset(
    "now still instead however meanwhile yet so then today overall again indeed moreover "
    "further furthermore thus therefore nonetheless nevertheless separately similarly "
    "likewise previously currently recently later earlier finally first second third last "
    "next ultimately otherwise here there".split()
)
_RELATIVE_WORD_RE = re.compile(r"\b(?:who|whose|which)\b")


def _start_of(m):
    """The start of match ``m`` (a sort key)."""
    return m.start()


def _add_according_insertion(doc, c, pre, post, frame_hi, mention):
    """Add the two halves of a subject and its predicate around an "according to X"
    insertion ("The new plan, according to Lee, will fail"; 'a man whose book,
    according to its publisher, "draws ..."'): one statement of two rows. False
    (nothing added) when the text before holds a clause ("Sales rose, according to
    Lee, and ...") or opens with an adverbial, or the text after opens no predicate."""
    masked = doc.masked
    pre_text = masked[pre[0] : pre[1]]
    if not pre_text.rstrip().endswith(",") or masked[frame_hi : post[0]].strip() != ",":
        return False
    lo = pre[0]
    w_lo = max(pre[0], pre[1] - 160)  # (at most 12 words are read: a bounded window)
    rel = max(_RELATIVE_WORD_RE.finditer(masked, w_lo, pre[1]), default=None, key=_start_of)
    if rel is None and w_lo > pre[0]:
        return False
    if rel is not None:
        lo = rel.start()  # ("a man whose book, according to ...": "whose book")
    words = _WORDS_RE.findall(masked, lo, pre[1])
    if (
        not 1 <= len(words) <= 12
        or MASK in masked[lo : pre[1]]
        or "," in masked[lo : pre[1]].rstrip().rstrip(",")
        or words[0].lower() in _LEAD_ADVERBIAL
        or words[0].lower() in _CONJ
        or words[0].lower() in _SUBORDINATORS
        or (len(words) == 1 and (words[0].lower() in _LONE_ADVERBS or words[0].endswith("ly")))
        or (rel is None and _holds_clause(words))
        or (rel is not None and _holds_clause(words[1:]))
    ):
        return False
    post_lo = post[0] + 1 if masked[post[0] : post[0] + 1] == "," else post[0]
    nxt = masked[post_lo : post[1]].lstrip(" \t\u00a0")
    pw = _WORDS_RE.findall(masked, post_lo, min(post[1], post_lo + 80))
    if nxt[:1] == MASK:  # ('"draws a troubling portrait"': the first word quoted)
        pw = _WORDS_RE.findall(doc.text, post_lo, min(post[1], post_lo + 80))
    if not (
        pw
        and pw[0].islower()
        and pw[0] not in _NOT_PREDICATE_START
        and not pw[0].endswith("ing")
        and pw[0] not in _LEAD_ADVERBIAL
    ):
        return False
    a, b = doc.content_kind(lo, pre[1]), doc.content_kind(post_lo, post[1])
    if a is None or b is None:
        return False
    for ck in (a, b):
        _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
    return True


def _and_clause_after(pw):
    """Do the words ``pw`` after "A, according to X," open "and" and a clause of its own
    ("..., and the province has no plan"; "and rents climbed faster"), which goes on
    with X's statement as after "A, Lee said, and B"? A past form counts as the verb
    only as the second or third word, after no preposition (not "and one of 11
    considered out of control": no clause).

    >>> _and_clause_after("and 200 jobs will go".split()), _and_clause_after("and other costs".split())
    (True, False)
    >>> _and_clause_after("and one of 11 considered out of control".split())
    False
    """
    if len(pw) < 3 or pw[0] != "and":
        return False
    head = [w for w in pw[1:12] if not (len(w) > 4 and w.endswith("ed"))]
    return (
        _holds_clause(head)
        or _subject_then_noun_like_past(pw)
        or _clause_after_insertion(["and", *head])
        or any(
            len(w) > 4
            and w.endswith("ed")
            and all(
                x.isalpha() and x.islower() and x not in _OBJ_PREPS and x != "of" for x in pw[1:j]
            )
            for j, w in enumerate(pw[2:4], 2)
        )
    )


def _add_according_but(doc, c, pre, post, frame_hi, mention):
    """Add both clauses around "according to X" when a clause before it goes on after it
    with "but" (or "and", ``_and_clause_after``) and a clause of its own ("Sales rose, according to the report, but
    donations fell"), as around a comma insertion "A, Lee said, but B"; False (nothing
    added) otherwise, and for "but" + a clause of its own cue ("but the firm said B")."""
    masked = doc.masked
    if not masked[pre[0] : pre[1]].rstrip().endswith(","):
        return False
    if masked[frame_hi : post[0]].strip() not in ("", ","):
        return False
    post_lo = post[0] + 1 if masked[post[0] : post[0] + 1] == "," else post[0]
    pw = _WORDS_RE.findall(masked, post_lo, min(post[1], post_lo + 80))
    words = _WORDS_RE.findall(masked, max(pre[0], pre[1] - 160), pre[1])
    if not (
        (pw[:1] == ["but"] and _holds_clause(pw[1:12]) or _and_clause_after(pw))
        and _holds_clause(words)
    ):
        return False
    if any(doc.lex.cue_re.fullmatch(w) for w in pw[1:10]):
        return False  # ("but the firm said B": B is the next frame's)
    a, b = doc.content_kind(*pre), doc.content_kind(post_lo, post[1])
    if a is None or b is None:
        return False
    for ck in (a, b):
        _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
    return True


def verb_frames(doc, cue_matches):
    """Add the quotes of every reporting cue ("X said ...", "according to X") to
    ``doc``, in cue order, then those of noun frames ("Lee's claim that ..."); a frame
    whose quotation follows ("X said:") is left in ``doc.pending_colon`` for the bare
    blocks after it."""
    _verb_cue_frames(doc, cue_matches)
    _noun_frames(doc)


# cues whose "how X <cue>" names a manner, not what was said ("how a candidate
# responds can matter"; "This is how Lee explained it" stays a report)
_MANNER_LEMMAS = frozenset(("respond", "answer", "reply", "react"))

# a participle lead naming how the speaker was reached ("Reached by phone, ",
# "Contacted Tuesday, "): never the content before the speaker and cue
_REACHED_LEAD_RE = re.compile(
    r"\s*(?:Reached|Contacted|Interviewed|Approached|Reached\s+out\s+to)\b[^.!?;:\x01]{0,60}?,?\s*"
)


# prepositions that open a place or time phrase before the subject ("Across town, at a
# banquet room on Elgin Street, Roe conceded")
_PLACE_PREPS = frozenset(
    "across at in on outside inside near beside behind after before during from under "
    "over around along by down up back".split()
)


def _place_phrases_only(pre_text):
    """Is the text before a frame, from its sentence start, only one to three short
    prepositional phrases, each closed by a comma ("Across town, at a banquet room on Elgin
    Street, ")? A verb's content is a clause; such phrases set the scene of the frame.

    >>> _place_phrases_only("Across town, at a banquet room on Elgin Street, ")
    True
    >>> _place_phrases_only("In 2010 the firm lost $4 million, ")
    False
    """
    body = pre_text.strip()
    if not body.endswith(",") or len(body) > 120 or MASK in body or not body[:1].isupper():
        return False  # (from the sentence start: "(at one point as low as 19%, Lee says)")
    chunks = _CLAUSE_COMMA_RE.split(body[:-1])
    if len(chunks) > 3:
        return False
    for chunk in chunks:
        words = _WORDS_RE.findall(chunk)
        if not (
            1 < len(words) <= 8
            and words[0].lower() in _PLACE_PREPS
            and not _holds_clause(words)
            and _CLAUSE_WORD_RE.search(chunk) is None
            and not any(ch.isdigit() for ch in chunk)  # ("At 19 per cent, ...": a figure)
        ):
            return False
    return True


# "that" right before a speaker: the frame is itself inside a that-clause or a relative
# clause ("reflect that Lee conceded.", "the things that Lee has said"), so the text
# before it is no content of its cue
_THAT_BEFORE_SPEAKER_RE = re.compile(r"\b[Tt]hat[ \t]+\Z")


# a sentence that opens with a preposition and reaches the speaker with no comma ("In a
# string of new radio ads announced Wednesday, ...")
_LEAD_PREP_NP_RE = re.compile(
    r"[\s\"“‘']*(?:In|On|At|With|Among|From|Through|Under|Of|For|By|Amid|Despite|Like|Unlike)"
    r"[ \t][^,;:.!?\x01\n]*\Z"
)
_PARTICIPLE_TIME_COMMA_RE = re.compile(
    r"(?:[ \t]+(?:earlier|later|last|this|early|late)[ \t]+(?:this[ \t]+|last[ \t]+)?"
    r"(?:week|month|year|spring|summer|fall|autumn|winter))?" + _PAREN_DAY + r"[ \t]*,"
)


# "so" as the whole object of "tell" ("had told him so", "told them so on Monday"): it
# stands for something said before; not "so that", "so far", "so much", "so many"
_TOLD_SO_RE = re.compile(r"[ \t,]*so\b(?![ \t]*(?:that|far|much|many|long|few|little)\b)")


def _participle_in_lead_phrase(doc, c, mention):
    """Is an "-ed" cue the participle of a noun inside a phrase that opens its sentence,
    closed by a comma ("In a string of new radio ads announced Wednesday, the senator
    ...": the ads were announced; nobody speaks there)?"""
    if not c.form.endswith("ed") or mention[2] > c.cs or mention[1] < c.ss:
        return False
    if doc.masked[mention[2] : c.cs].strip():
        return False
    if _PARTICIPLE_TIME_COMMA_RE.match(doc.masked, c.ce, c.se) is None:
        return False
    return _LEAD_PREP_NP_RE.fullmatch(doc.masked, c.ss, mention[1]) is not None


def _verb_cue_frames(doc, cue_matches):
    """The verb cues of ``verb_frames``, in cue order."""
    lex = doc.lex
    win_cache: dict = {}
    cue_matches = _with_lead_participles(doc, cue_matches)
    for ci, cm in enumerate(cue_matches):
        c = _cue_in_sentence(doc, cm, win_cache)
        if c is None:
            continue
        if c.si != doc.prev_sent:
            doc.last_speaker = None
            doc.prev_sent = c.si
        if c.form.endswith("ing") and _lead_gerund_frame(doc, c, lex):
            continue  # "Noting that ..., Lee said": the subject after the clause
        found = _cue_speaker(doc, c, lex)
        if found is None:
            continue
        mention, m_span, speaker_after, asked_by = found
        if mention is None:
            mention = _mention_at(doc, c, m_span, lex)
            if mention is None:
                continue
        if c.lemma in _MANNER_LEMMAS and doc.masked[mention[1] - 4 : mention[1]].lower() == "how ":
            continue  # "How he answers that question will matter": a manner, no report
        if _participle_in_lead_phrase(doc, c, mention):
            continue  # "In a string of ads announced Wednesday, ...": no speech
        borrowed = mention is doc.last_speaker
        doc.last_speaker = mention
        pre, post, frame_hi = _content_sides(
            doc, c, ci, cue_matches, mention, speaker_after, borrowed
        )
        if not borrowed and _add_parenthetical(doc, c, pre, post, frame_hi, mention):
            continue
        if not borrowed and _add_dash_insertion(doc, c, pre, post, frame_hi, mention):
            continue  # "The plan — or so many residents say — is dead": both sides
        if c.is_acc and _add_according_insertion(doc, c, pre, post, frame_hi, mention):
            continue
        if c.is_acc and _add_according_but(doc, c, pre, post, frame_hi, mention):
            continue  # "A, according to the report, but B": both clauses
        choose = _choose_side(doc, c, pre, post, frame_hi, speaker_after, asked_by, borrowed)
        if choose is None:
            if _announces_quote(doc, c, post, frame_hi):
                # "X said:" with the quote in the next sentence / paragraph
                doc.pending_colon = (mention, c.cue, c.cs, c.ce, c.si)
            continue
        if choose is _SKIP:
            continue
        if choose is post and not borrowed and _conj_opens_other_frame(doc, post):
            continue  # "In Halifax, the mayor said, and Tom Vale said B": B is Vale's
        if choose is post and _manner_only(c, doc.masked, *post):
            doc.pending_colon = (mention, c.cue, c.cs, c.ce, c.si)  # (the quotation next)
            continue  # "Lee put it more bluntly. '...'": the manner is no content
        if choose is post and c.lemma == "tell" and _TOLD_SO_RE.match(doc.masked, *post):
            continue  # "She had told him so more than once": "so" stands for words before
        if choose is post and c.lemma == "recall" and _recalls_a_time(doc.masked, post):
            doc.pending_colon = (mention, c.cue, c.cs, c.ce, c.si)  # (her quotation next)
            continue  # "She recalled the 2018 flood, when the river rose": a memory
        if choose is pre and _REACHED_LEAD_RE.fullmatch(doc.masked, pre[0], pre[1]):
            continue  # "Reached by phone, Roe confirmed writing it": no content before
        if (
            choose is pre
            and not c.is_acc
            and not doc.text.endswith(("as ", "As "), 0, mention[1])
            and _place_phrases_only(doc.masked[pre[0] : pre[1]])
        ):  # (not an aside: "In the USSR, as Lee reported, ...", "..., according to X, ...")
            continue  # "Across town, at a hotel, Roe conceded": no content before
        if choose is pre and (
            doc.text.endswith("what ", 0, mention[1]) or _possessed_subject(doc, pre, mention)
        ):
            continue  # "what he told police": a free relative; "Her neighbour, Ann Roe,"
        if (
            choose is pre
            and pre[1] + 5 >= mention[1]
            and _THAT_BEFORE_SPEAKER_RE.search(doc.text, max(0, mention[1] - 8), mention[1])
        ):
            continue  # "updated to reflect that Lee conceded.": the frame is in a that-clause
        ck = _frame_content(doc, c, choose, post, frame_hi, lex)
        if ck is None and choose is post and not borrowed and not c.is_acc:
            # "The river rose, Lee said during a visit to the dam": the
            # text after the frame is an adverbial, the content is before it
            pre_text = doc.masked[pre[0] : pre[1]].rstrip()
            fw = _FIRST_WORD_RE.match(doc.masked, post[0], post[1])
            if (
                # (or a quotation closed by its comma: '"... we know," Lee declared in')
                doc.text[pre[0] : pre[1]].rstrip().rstrip("\"”’'").endswith(",")
                and len(_WORDS_RE.findall(pre_text)) >= 4
                and fw is not None
                and fw.group(1) in _ADVERBIAL_STARTS
                and mention[0].lower() not in ("who", "which", "that")
            ):  # (", who insisted on acting now": the clause before is no content)
                choose = pre
                ck = _frame_content(doc, c, choose, post, frame_hi, lex)
                if ck is not None and _blocks_used(doc, ck[3]):
                    ck = None  # 'pledges to "...," as she put it in Ohio': the pledge has them
        if ck is not None:
            _add_frame_quotes(doc, c, ck, choose, pre, post, mention)


_POSSESSIVE_DETS = frozenset(("her", "his", "their", "my", "our"))


def _possessed_subject(doc, pre, mention):
    """Is the text before a frame's speaker the speaker's own appositive subject, a
    possessed noun phrase with no clause that the name follows after its comma ("Her
    neighbour on the floor below, Ann Roe, a nurse, testified at the trial"; a comma
    closes the apposition after the name), no content?
    """
    body = doc.masked[pre[0] : pre[1]].rstrip()
    if not body.endswith(",") or doc.masked[pre[1] : mention[1]].strip(" \t,"):
        return False
    if doc.masked[mention[2] : mention[2] + 1] != ",":
        return False  # ("Her fate hinges on the economy, analyst says": content)
    words = _WORDS_RE.findall(body)
    return len(words) >= 2 and words[0].lower() in _POSSESSIVE_DETS and not _holds_clause(words)


# only the addressee after a frame, to the sentence end: "(wrote) Roe.", "(wrote) to
# him.", "(wrote) Ann Roe on Friday."
_LISTENER_ONLY_RE = re.compile(
    r"[ \t]*(?:to[ \t]+)?(?:him|her|them|me|us|[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3})"
    r"(?:[ \t]+(?:on|last|this|earlier)[ \t]+\w+)?[ \t]*[.!?]?[\s\x01]*"
)


def _blocks_used(doc, bids):
    """Has an earlier frame taken any of the quotation blocks ``bids``?"""
    return any(b in doc.used_blocks for b in bids)


# a preposition right before the subject of an absolute "-ing" cue: the subject is
# the object of another clause's verb ("vented about Roe vowing to fight on")
_OBJECT_PREP_BEFORE_RE = re.compile(r"\b(?:about|over|of|on|against|at)[ \t]+\Z")


def _subject_last_speaker(doc):
    """The sentence's last speaker (``doc.last_speaker``) for a cue after "and", None
    when there is none or it is the object of a preposition: "senators vented about
    Roe vowing to fight on and said ..." is the senators saying."""
    m = doc.last_speaker
    return None if m is None or _after_object_prep(doc.masked, m[1]) else m


def _after_object_prep(masked, m_start):
    """Is the mention at ``m_start`` right after "about", "over", "of", ...?"""
    return _OBJECT_PREP_BEFORE_RE.search(masked, max(0, m_start - 10), m_start) is not None


# ------------------------------------------------------------------------ noun frames

# nouns of speech whose clause follows: "claim that", "promise to"
_SPEECH_NOUNS = {
    "claim", "claims", "suggestion", "assertion", "assertions", "insistence", "warning",
    "warnings", "allegation", "allegations", "prediction", "predictions", "remark",
    "remarks", "comment", "comments", "announcement", "acknowledgment", "acknowledgement",
    "promise", "promises", "pledge", "pledges", "vow", "vows",
}  # fmt: skip


def _noun_frame_hits(masked):
    """(noun start, noun end, link start, link end) of each speech noun followed by
    " that " or " to " in text order, found with ``str.find`` (much cheaper than a
    regular expression over the whole text): the word before each " that " and each
    " to " is looked up."""
    hits = []
    i = masked.find(" that ")
    while i >= 0:
        j = masked.rfind(" ", i - 16 if i > 16 else 0, i) + 1
        if j > 0 and masked[j:i] in _SPEECH_NOUNS:
            hits.append((j, i, i + 1, i + 5))
        elif j > 0 and masked[j:i].lower() in _TIME_WORDS:
            # "his claim in November that", "her remark last week that"
            j1 = masked.rfind(" ", j - 17 if j > 17 else 0, j - 1) + 1
            if j1 > 0 and masked[j1 : j - 1] in _TIME_LINKS:
                j0 = masked.rfind(" ", j1 - 16 if j1 > 16 else 0, j1 - 1) + 1
                if j0 > 0 and masked[j0 : j1 - 1] in _SPEECH_NOUNS:
                    hits.append((j0, j1 - 1, i + 1, i + 5))
            elif j1 > 0 and masked[j1 : j - 1] in _SPEECH_NOUNS:
                hits.append((j1, j - 1, i + 1, i + 5))  # "Lee's claim Monday that"
        elif j > 0 and (
            masked[j:i] in _COPULA_PAST_PRESENT or masked[j:i] in _ADJUNCT_NOUNS
        ):  # "Lee's claim is that", "her claim in a radio interview that"
            m = _NOUN_LINK_RE.search(masked, i - 90 if i > 90 else 0, i)
            if m is not None and m.group(1) in _SPEECH_NOUNS:
                hits.append((m.start(1), m.end(1), i + 1, i + 5))
        i = masked.find(" that ", i + 1)
    # (one scan for " to ", the word before it looked up: cheaper than a scan per noun)
    reach = _NOUN_TO_REACH
    i = masked.find(" to ")
    while i >= 0:
        j = masked.rfind(" ", i - reach if i > reach else 0, i) + 1
        if j > 0 and masked[j:i] in _NOUN_TO:
            hits.append((j, i, i + 1, i + 3))
        i = masked.find(" to ", i + 1)
    hits.sort()
    return hits


# a speech noun and what may stand between it and "that": a copula ("Lee's claim is
# that"), or an occasion ("her claim in a radio interview that", "his remark during
# the debate that"), read back from the "that"
_COPULA_PAST_PRESENT = {"is", "was", "are", "were"}
_NOUN_LINK_RE = re.compile(
    r"\b([a-z]+)(?:[ \t]+(?:in|during|at|on)[ \t]+(?:an?|the|his|her|their|its)"
    r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:"
    + "|".join(sorted(_ADJUNCT_NOUNS))
    + r"))?(?:[ \t]+(?:is|was|are|were))?\Z"
)
# what links a speech noun to a time word before "that" ("his claim in November that")
_TIME_LINKS = {"in", "on", "last", "this", "earlier"}
# nouns whose "to" clause is the content ("his pledge to cut taxes", "her claim to have won")
_NOUN_TO = {"promise", "promises", "pledge", "pledges", "vow", "vows", "claim", "claims"}
_NOUN_TO_REACH = max(map(len, _NOUN_TO)) + 1  # the space before the longest one
_POSS_PRONOUN = {"his", "her", "their"}
# where the content of a noun frame ends: a clause break or the sentence end
_NOUN_CONTENT_END_RE = re.compile(r"[;(\x01]|(?<!\d),|,(?!\d)|[ \t][—–-]+[ \t]|[ \t]--[ \t]")
# (a thousands comma is no break: "as many as 250,000 refugees")
# the start of the possessor of a noun frame, read backwards: capitalised words and
# titles ("Mr. Ivo Stam's") or "the" + one lower-case word ("the campaign's")
_POSSESSOR_RE = re.compile(
    r"(?:(?:[Tt]he[ \t]+)?(?:(?:[A-Z][\w.\-]*|of|the)[ \t]+){0,4}[A-Z][\w.\-]*"
    r"|[Tt]he[ \t]+[a-z][\w\-]*)(?:'s|’s|')[ \t]+\Z"
)


def _plural_subject_before(toks, i):
    """Is token ``i``, right before a speech noun, a plural noun after a possessive
    pronoun ("her players promise", "his parents claim")? A modifier of a noun is
    singular ("her campaign promise"), so the plural is the subject of a verb.

    >>> t = [(0, 0, w) for w in "had her players".split()]
    >>> _plural_subject_before(t, 2), _plural_subject_before(t[:2] + [(0, 0, "campaign")], 2)
    (True, False)
    """
    w = toks[i][2]
    return (
        i == len(toks) - 1
        and i >= 1
        and toks[i - 1][2].lower() in _POSS_PRONOUN
        and len(w) > 4
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "ics"))
    )


def _noun_frame_speaker(masked, lo, ss):
    """(start, end) of the possessor of a speech noun at ``lo`` ("Lee's claim", "his
    earlier claim", "the campaign's claim"), without "'s"; None when there is no
    possessor (at most two lower-case words, hyphenated ones too, between it and the
    noun)."""
    toks = _window_tokens(masked, max(ss, lo - 120), lo)
    i = len(toks) - 1
    for _ in range(2):  # "his recent claim", "Lee's false claims"
        w = toks[i][2] if i >= 0 else ""
        if (
            w.replace("-", "").isalpha()
            and w.islower()
            and w not in _POSS_PRONOUN
            and w not in _DETS
        ):
            if _plural_subject_before(toks, i):
                return None  # "had her players promise to": a verb, not "her promise"
            i -= 1  # (a hyphenated modifier too: "Lee's evidence-free claim")
        elif w in ("most", "more"):
            i -= 1  # "Lee's most explosive claim"
    if i < 0:
        return None
    w = toks[i][2]
    if w in _POSS_PRONOUN or w in ("His", "Her", "Their"):
        return toks[i][0], toks[i][1]
    suffix = 2 if w.endswith(("'s", "’s")) else 1 if w.endswith(("s'", "s’")) else 0
    if not suffix or len(w) <= suffix:
        return None
    j = i
    if _is_cap(w):
        while j > 0 and i - j < 4 and (_is_cap(toks[j - 1][2]) or toks[j - 1][2] in ("of", "the")):
            j -= 1  # "Mr. Ivo Stam's", "the Select Committee on Benghazi's"
        while j < i and not _is_cap(toks[j][2]):
            j += 1
        if j > 0 and toks[j - 1][2] in ("the", "The"):
            j -= 1
    elif j > 0 and toks[j - 1][2] in ("the", "The"):
        j -= 1  # "the campaign's claim"
    else:
        return None
    return toks[j][0], toks[i][1] - suffix


# a verb right after "that" (no subject): the "that" opens a relative clause, not the
# content ("his warnings that went unheeded", "claims that are false")
_RELATIVE_VERB_RE = re.compile(r"[ \t]*([a-z]+)\b")


# a pronoun subject, a past verb and then the main clause's verb: the "that" before
# it opens a relative clause whose object is the noun ("the remarks that she made were")
_OBJECT_RELATIVE_RE = re.compile(r"[ \t]*(?:we|i|you|he|she|they)[ \t]+([a-z]+)[ \t]+([a-z]+)\b")


def _object_relative(masked, lo):
    """Does the clause at ``lo`` (after a speech noun's "that") lack the object of its
    verb, the main verb following it: "Lee's comments that we received were brief",
    "his remarks that they heard had angered"? (Not "her claim that they lied was".)

    >>> t = "Lee's comments that we received were brief"
    >>> _object_relative(t, t.index("that") + 4), _object_relative("that we won.", 4)
    (True, False)
    """
    m = _OBJECT_RELATIVE_RE.match(masked, lo)
    if m is None or m.group(2) not in _VERBISH_NEXT:
        return False
    v = m.group(1)
    return _past_form(v) and v not in _INTRANSITIVE_PAST


# past forms that take no object ("her claim that they lied was false": the content)
_INTRANSITIVE_PAST = frozenset(_lines("intransitive_past.txt"))


def _noun_agent_hits(masked, lex):
    """(noun start, noun end, link start, link end, speaker start, speaker end) of each
    speech noun whose speaker follows it after "by" or "from" and comes right before
    " that " ("the suggestion by a senior aide that", "claims from rival groups that"),
    in text order: the agent must read as a noun phrase that ends at the " that "."""
    hits = []
    for link in (" by ", " from "):
        i = masked.find(link)
        while i >= 0:
            j = masked.rfind(" ", i - 16 if i > 16 else 0, i) + 1
            if j > 0 and masked[j:i] in _SPEECH_NOUNS:
                a = i + len(link)
                t = masked.find(" that ", a, a + 80)
                sp = None if t < 0 else _leading_np(masked, a, t, lex)
                if sp is not None and sp[1] == t and masked[a:t].lower() not in _TIME_WORDS:
                    hits.append((j, i, t + 1, t + 5, *sp))
            i = masked.find(link, i + 1)
    hits.sort()
    return hits


def _noun_frames(doc):
    """Add the quotes of speech nouns with a possessor and a clause ("Lee's claim that
    the dam was safe", "his pledge to cut taxes"), or with an agent after "by"/"from"
    ("the claim by Lee that the dam was safe"): the possessor or agent is the speaker,
    the clause up to a clause break the content (indirect). Skips a clause another
    frame already quoted."""
    text, masked = doc.text, doc.masked
    hits = [(*h, None, None) for h in _noun_frame_hits(masked)]
    hits += _noun_agent_hits(masked, doc.lex)
    for ns, ne, ls, le, as_, ae in sorted(hits):
        noun, link = masked[ns:ne], masked[ls:le]
        if link == "to" and (noun not in _NOUN_TO or _TO_VERB_RE.match(masked, ls) is None):
            continue
        si = bisect.bisect_right(doc.sent_starts, ns) - 1
        if si < 0:
            continue
        ss, se = doc.sents[si]
        if le + 1 >= se:
            continue
        sp = _noun_frame_speaker(masked, ns, ss) if as_ is None else (as_, ae)
        if sp is None:
            continue
        lo = le + 1 if link == "that" else ls
        rv = _RELATIVE_VERB_RE.match(masked, lo) if link == "that" else None
        if rv is not None and (rv.group(1) in _VERBISH_NEXT or _past_form(rv.group(1))):
            continue  # a relative clause: "Lee's warnings that went unheeded"
        if link == "that" and _object_relative(masked, lo):
            continue  # "Lee's comments that we received were brief": their object
        me = _NOUN_CONTENT_END_RE.search(masked, lo, se)
        ck = doc.content_kind(lo, se if me is None else me.start())
        if ck is None or len(text[ck[0] : ck[1]].split()) < 3 or ck[2] == "direct":
            continue
        if any(q.start < ck[1] and ck[0] < q.end for q in doc.quotes):
            continue
        _add_quote(doc, ck, noun, ns, ne, (text[sp[0] : sp[1]], *sp))


# ------------------------------------------------------------- leading participle clauses

# a sentence that opens with a participle of speech, capitalised: "Noting that ...,"
_LEAD_ING_RE = re.compile(
    r"(?:Saying|Claiming|Arguing|Insisting|Warning|Suggesting|Noting|Stating|"
    r"Announcing|Admitting|Acknowledging|Declaring|Predicting|Promising|Vowing|Asserting|"
    r"Explaining|Denying|Complaining|Recalling|Conceding|Cautioning|Stressing|Emphasizing|"
    r"Emphasising|Contending|Maintaining|Observing|Pointing[ \t]+out)\b"
)

_LEAD_ING_PREFIXES = (
    "Saying", "Claiming", "Arguing", "Insisting", "Warning", "Suggesting", "Noting",
    "Stating", "Announcing", "Admitting", "Acknowledging", "Declaring", "Predicting",
    "Promising", "Vowing", "Asserting", "Explaining", "Denying", "Complaining", "Recalling",
    "Conceding", "Cautioning", "Stressing", "Emphasizing", "Emphasising", "Contending",
    "Maintaining", "Observing", "Pointing",
)  # fmt: skip
# their first three letters (a cheap test that rules out most sentences first)
_LEAD_ING_HEADS = frozenset(p[:3] for p in _LEAD_ING_PREFIXES)
_WS1 = frozenset(" \t\n")  # the white space skipped before a sentence's first word

# what may open a sentence before a gerund of speech: "After saying ...", "Since
# announcing ...", "In addition to stating ..." (lower-case, the cue scan finds them)
_LEAD_PREP_RE = re.compile(
    r"[ \t\n]*(?:After|Before|Since|Despite|Besides|Upon|While|In[ \t]+addition[ \t]+to)[ \t]+\Z"
)

# a subject pronoun and a lower-case word: "..., she was taken"
_PRONOUN_CLAUSE_RE = re.compile(r"[ \t]*(?P<np>[Hh]e|[Ss]he|[Tt]hey)[ \t]+[a-z]")

# a word after the main subject that shows it is no subject
_NOT_A_PREDICATE = {"and", "or", "but", "nor", "who", "which", "that", "whose", "of", "to"}


def _with_lead_participles(doc, cue_matches):
    """``cue_matches`` with the capitalised participles that open a sentence ("Noting
    that ...,"), which the cue scan (lower-case forms) does not find, in text order."""
    masked, lex, more, heads = doc.masked, doc.lex, [], _LEAD_ING_HEADS
    # (one comprehension keeps the sentences whose first three letters may open such a
    # participle, or that start with white space: cheaper than a loop over all of them)
    starts = [
        ss for ss in doc.sent_starts if masked[ss : ss + 3] in heads or masked[ss : ss + 1] in _WS1
    ]
    for ss in starts:
        while masked[ss : ss + 1] in (" ", "\t", "\n"):
            ss += 1
        if masked[ss : ss + 3] not in _LEAD_ING_HEADS or not masked.startswith(
            _LEAD_ING_PREFIXES, ss
        ):
            continue  # (a set look-up per sentence; the regex confirms the word end)
        m = _LEAD_ING_RE.match(masked, ss)
        if m is not None and lex.verb_lemma.get(re.sub(r"\s+", " ", m.group().lower())):
            more.append((m.start(), m.end(), m.group(), False))
    if not more:
        return cue_matches
    return sorted({*cue_matches, *more})


def _main_subject_after(doc, lo, hi, lex):
    """(comma position, subject span) of the main clause after a leading clause that
    runs from ``lo`` ("Noting that A, B, Lee said" -> the comma before "Lee"), or
    None: the first comma followed by a noun phrase or a subject pronoun and then a
    lower-case word that may open a predicate."""
    masked = doc.masked
    p = _next_comma(doc, lo, hi)
    while p >= 0:
        mp = _PRONOUN_CLAUSE_RE.match(masked, p + 1, hi)
        if mp is not None:
            return p, mp.span("np")
        span = _leading_np(masked, p + 1, hi, lex) or _subject_of_cue_after(masked, p + 1, hi, lex)
        if span is not None and span[1] < hi:
            nxt = _FIRST_WORD_RE.match(masked, span[1], hi)
            w = "" if nxt is None else nxt.group(1)
            if w.isalpha() and w.islower() and w not in _NOT_A_PREDICATE:
                return p, span
        p = _next_comma(doc, p + 1, hi)
    return None


# a comma, or the closing mark of a quotation (masked) right after one
_COMMA_OR_BLOCK_END_RE = re.compile(r",|\x01(?!\x01)")


def _next_comma(doc, lo, hi):
    """Position of the first comma in masked[lo:hi] outside quotations, or of the
    closing quotation mark of a quotation that ends in a comma ('Recalling "the war,"
    the group urged ...'); -1 when there is none."""
    text = doc.text
    for m in _COMMA_OR_BLOCK_END_RE.finditer(doc.masked, lo, hi):
        p = j = m.start()
        if doc.masked[p] == ",":
            return p
        while j > lo and text[j - 1] in "\"”’'":
            j -= 1  # (the closing mark may be two characters: '' in some papers)
        if text[j - 1 : j] == ",":
            return p
    return -1


def _subject_of_cue_after(masked, lo, hi, lex):
    """Span of the noun phrase that opens masked[lo:hi] right before a reporting verb
    ("the mayor told"), or None."""
    toks = _window_tokens(masked, lo, min(hi, lo + 120))
    for j in range(1, min(len(toks), 7)):
        if toks[j][2] in lex.verb_lemma:
            np_ = _left_np(toks, j, lex)
            if np_ is not None and np_[0] == 0:
                return _span_of(toks, np_)
            return None
    return None


def _lead_gerund_frame(doc, c, lex):
    """Add the quote of an -ing cue whose clause opens the sentence before its subject
    ("Noting that the dam leaked, Lee said ..."; "After saying X, she left"): the
    content runs to the comma before the main clause, whose subject is the speaker.
    False (nothing added) when the cue is no such clause."""
    if not c.form.endswith("ing") or c.is_acc:
        return False
    masked, text = doc.masked, doc.text
    head = masked[c.ss : c.cs]
    if head.strip() and _LEAD_PREP_RE.fullmatch(head) is None:
        return False
    got = _main_subject_after(doc, c.ce, c.se, lex)
    if got is None:
        return False
    comma, (ms, me) = got
    lo = c.ce
    mo = _POST_SKIP.match(masked, lo, comma)  # "Noting on Monday that ..."
    lo = mo.end() if mo else lo
    ck = doc.content_kind(lo, comma)
    if ck is None or len(text[ck[0] : ck[1]].split()) < 2:
        return False
    if any(q.start < ck[1] and ck[0] < q.end for q in doc.quotes):
        return False
    mention = (text[ms:me], ms, me)
    doc.last_speaker = mention
    if ck[2] == "direct":
        _add_block_quotes(doc, c, ck[3], mention)
    else:
        _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
    return True


# --------------------------------------------------------------------------- colon paragraphs


def colon_paragraph_frames(doc):
    """Add the bare quotation paragraphs that a sentence ending in a colon announces
    ("Dr. Lund stated:" / "The mayor released the following statement:" and, in the
    next paragraph, the quotation alone): the speaker is the subject of the colon
    sentence. Runs after the verb frames, which handle the colons of listed verbs."""
    text, masked, sents, lex = doc.text, doc.masked, doc.sents, doc.lex
    added = False
    for bid, b in enumerate(doc.blocks):
        if bid in doc.used_blocks or b[3] - b[2] < 15:
            continue
        si = bisect.bisect_right(doc.sent_starts, b[0]) - 1
        if si < 1:
            continue
        ss, se = sents[si]
        ps, pe = sents[si - 1]
        if (
            _MASKED_HAS_W_RE.match(masked, ss, se) is not None
            or "\n" not in text[pe:ss]
            or not masked[ps:pe].rstrip().endswith(":")
            or pe - ps > _MAX_SPAN
        ):
            continue
        span = _sentence_subject(masked, ps, pe, lex)
        if span is None:
            continue
        mtext = text[span[0] : span[1]]
        if mtext.lower() in _FIRST_SECOND_PERSON or mtext.lower() in (
            "it",
            "this",
            "that",
            "there",
        ):
            continue
        s1, e1 = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
        cpos = masked.rindex(":", ps, pe)
        q = Quote(s1, e1, "direct", ":", cpos, cpos + 1, mtext, *span)
        q.block_ids = (bid,)
        doc.used_blocks[bid] = q
        doc.quotes.append(q)
        added = True
    if added:
        doc.quotes.sort(key=lambda q: (q.start, q.end))
