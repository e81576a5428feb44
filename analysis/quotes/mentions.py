"""The mention index of one article: ``_ArticleNames`` (the capitalised name runs, their
canonical forms, titles, offices and genders) and the small tests it is built with.
Every coreference rule reads it.
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter

from .._tokens import default_stopwords as _stopwords
from ..gender import _UNISEX
from .blocks import MASK
from .bylines import byline_span
from .datelines import long_dash_dateline
from .given_names import _PARTICLES, article_given_genders
from .lexicon import _IRREGULAR_PAST, _SENT_START_STOP, _lines
from .modal_given_names import modal_given_name_info
from .names import (
    _FORMAL_SUFFIXES,
    _MISSING,
    _NAME_MEMO,
    _NAME_MEMO_LEX,
    _NAME_SEQ_RE,
    _PERSON_TITLE,
    _canonical_among,
    _group_names,
    _name_info,
    _name_info0,
    _name_info_add,
    _pronoun_surname,
    _strip_possessive,
    _titled,
    _words_before_given_name,
)
from .partitive_subjects import partitive_described_subject
from .phrases import CLAUSE_OPENERS, clause_comma_find
from .title_modifiers import conjoined_apposed_subject, modifies_title_after, pronoun_pair_first

_SUBJ, _ALL, _LOOSE = 0, 1, 2  # kinds of pronoun antecedent (resolve)


# a hyphenated given name ("Mei-Ling", "Jean-Luc"), no demonym ("French-Canadian")
_HYPHEN_GIVEN_RE = re.compile(
    r"[A-ZÀ-Ý][^\W\d_]+-[A-ZÀ-Ý](?![^\W\d_]*(?:an|ish|ese|ic)\Z)[^\W\d_]+"
)


_WHO_AFTER_RE = re.compile(r",?\s+who\s")


# what opens a sentence or a line before a word ("— ", ". ", a line start)
_OPENS_BEFORE_RE = re.compile(r"(?:\A|[\n.!?—–:][\"”’]?)[ \t]*\Z")


def _plural_noun_who(text, pos, cw, end):
    """Is the one capitalised word ``cw`` at ``pos`` a plural noun opening its sentence
    with a restrictive "who", no comma ("Borrowers who bring ...", "Residents who"),
    never a person's name ("Rogers, who")?

    >>> t = "OTTAWA — Borrowers who pay late"
    >>> _plural_noun_who(t, 9, ["Borrowers"], 9), _plural_noun_who("Rogers, who", 0, ["Rogers"], 0)
    (True, False)
    """
    if len(cw) != 1 or not cw[0].endswith("s") or not cw[0][1:].islower():
        return False
    if not text.startswith(" who ", end + len(cw[0])):
        return False
    return _OPENS_BEFORE_RE.search(text, max(0, pos - 6), pos) is not None


# maximal runs of word characters and hyphens: an all-alphanumeric word is written as a
# whole word (``_has_word``) exactly when it is one of these runs
_WORD_RUN_RE = re.compile(r"[\w-]+")

# "a" / "an" right before a name run ("At a Tim Hortons", "an Applebee's"): one of a
# chain's shops or a brand, no person
_INDEFINITE_BEFORE_RE = re.compile(r"(?<![\w'’])[Aa]n?[ \t]\Z")


def _has_word(text, word):
    """Is ``word`` written in ``text`` as a whole word (no word character or hyphen on
    either side)? The same answer as a regex search with look-arounds, by ``str.find``.

    >>> _has_word("the war on terrorism.", "terrorism"), _has_word("anti-terrorism", "terrorism")
    (True, False)
    """
    n = len(word)
    i = text.find(word)
    while i >= 0:
        before = text[i - 1 : i]
        after = text[i + n : i + n + 1]
        if not (before and (before.isalnum() or before in "_-")) and not (
            after and (after.isalnum() or after in "_-")
        ):
            return True
        i = text.find(word, i + 1)
    return False


# the lower-case words inside an office's capitalised name ("Court of Appeal")
_OFFICE_NAME_JOINS = frozenset(("of", "the", "and", "for"))


_RUN_WORDS_RE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,5}")


def _office_name_then_title(text, pos, prefix, lex):
    """Does the name run at ``pos`` open its clause after the first words of an
    office's name, its title inside the run ("Court of King’s Bench Justice Ann Roe",
    "Court of Appeal Judge Ann Roe": the run starts at "King’s" / "Appeal")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Court of Appeal Justice Ann Roe ruled."
    >>> _office_name_then_title(t, 9, ["Court", "of"], lexicon())
    True
    """
    if not (
        2 <= len(prefix) <= 4
        and prefix[-1] in _OFFICE_NAME_JOINS
        and prefix[0][:1].isupper()
        and all(w[:1].isupper() or w in _OFFICE_NAME_JOINS for w in prefix)
    ):
        return False
    m = _RUN_WORDS_RE.match(text, pos)
    words = m.group().split() if m is not None else ()
    return any(w.lower().rstrip(".") in lex.titles for w in words[1:-1])


def _nearest_antecedent(back, item_of, kind, i):
    """Index of the last name at or before name ``i`` that is an antecedent of ``kind``
    (-1 if none), classifying names only as far back as needed; ``back`` (one list per
    kind, -2 = not known yet) remembers the answer for every name passed, so that later
    walks over the same names take one step."""
    passed = []
    j = i
    res = -1
    while j >= 0:
        known = back[j]
        if known != -2:
            res = known
            break
        if item_of(j, kind) is not None:
            res = j
            back[j] = j
            break
        passed.append(j)
        j -= 1
    for x in passed:
        back[x] = res
    return res


def _pick_antecedent(name_pos, item_of, kind, at, want, reach, steps_max, back):
    """The nearest antecedent item (pos, cleaned words, gender) of ``kind`` before
    ``at``, at most ``reach`` characters back and ``steps_max`` items of that kind,
    whose gender fits ``want``, or None. ``name_pos`` holds the positions of all the
    article's names and ``item_of(i, kind)`` the item of name ``i`` of that kind (None
    where it is none): names are classified only when a walk needs them, with the
    result of the same walk over the list of that kind's items (tested)."""
    i = bisect.bisect_left(name_pos, at) - 1
    steps = 0
    while i >= 0 and steps < steps_max:
        m = _nearest_antecedent(back, item_of, kind, i)
        if m < 0 or at - name_pos[m] > reach:
            return None
        item = item_of(m, kind)
        g = item[2]
        if want not in ("m", "f") or not g or g == want:
            return item
        steps += 1
        i = m - 1
    return None


# hyphenated modifiers that a capitalised run may take before a name
_LEAD_MODIFIER_ENDS = ("-born", "-area", "-based", "-raised", "-bred", "-winner", "-winning")


_NAME_PARTICLES = frozenset(
    "de del della der di da do dos du la le van von bin ibn al el st".split()
)


# endings of capitalised plural nouns for groups ("Latinos", "Republicans",
# "Hispanics", "Democrats", "Baptists")
_PLURAL_GROUP_ENDS = ("ans", "nos", "nas", "ics", "ats", "ists")


def _plural_group_word(low, lex, by_last_multi):
    """Is the lower-cased capitalised word ``low`` a plural group ("latinos",
    "democrats"), not a surname of the article ("Evans" after "Lee Evans")?

    >>> class _Lex:
    ...     nouns = {"protesters": "group"}
    >>> _plural_group_word("latinos", _Lex, {}), _plural_group_word("evans", _Lex, {"evans": 2})
    (True, False)
    """
    if low in by_last_multi:
        return False
    return lex.nouns.get(low) == "group" or (len(low) > 5 and low.endswith(_PLURAL_GROUP_ENDS))


# a kin noun right before a full name: "her son, Humayun Khan", "his wife Ann Roe"
_KIN_BEFORE_RE = re.compile(
    r"\b(?:son|daughter|wife|husband|brother|sister|father|mother|grandson|granddaughter"
    r"|nephew|niece|cousin|widow|widower|stepson|stepdaughter)s?,?[ \t]+"
    r"(?:[A-Z][a-z]{1,4}\.?[ \t]+)?\Z"
)


def _acronym_then_title(text, pos, prefix, lex):
    """Does a sentence open with an acronym and a title before the name at ``pos``
    ("NDP Leader Ann Roe took ...", "FBI Director Jo Roe said"), the acronym left out
    of the name's capitalised run?"""
    if len(prefix) != 1 or not (
        prefix[0].isalpha() and prefix[0].isupper() and len(prefix[0]) <= 5
    ):
        return False
    m = _WORD_AT_RE.match(text, pos)
    return m is not None and m.group(1).lower().rstrip(".") in lex.titles


# the "and" of a pair of names right before the second, with an abbreviated title of the
# second in between ("Mayor Tom Roe and Coun. Ann Vale")
_PAIR_AND_RE = re.compile(r" and (?:[A-Z][a-z]{1,5}\. )?\Z")


_CAP_RUN_RE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}")


_DEAD_AFTER_RE = re.compile(r"[ \t]+(?:was|is)[ \t]+dead\b")


# "Tian Jiyun, the vice premier,": the words of an apposition that may hold a title
_APPOS_AFTER_RE = re.compile(r",[ \t]+(?:the|a|an)[ \t]+([^,.;:\n]+)")


# "<Surname> said ...": a name's "said" (the literal "sa" first, the look-behind after
# it: re scans for "sa" fast, not "s")
_SAID_PRONOUN_RE = re.compile(r"sa(?<=[a-z][ \t]sa)(?:id|ys)\b")

# the subject pronoun of the next sentence, after a quotation that opens it ('"...,"
# she said'; "He added ...")
_NEXT_SUBJECT_PRONOUN_RE = re.compile(r"(?:[“\"][^”\"\n]{1,600}[”\"][ \t]+)?([Ss]?he)\b(?![’'])")


def said_next_pronoun_genders(text, sents):
    """(surname, "f" | "m") for each "<Surname> said ..." sentence whose next sentence
    has "she" / "he" as its subject: the pronoun that plainly refers to the name (a
    "he" inside the reported clause may be someone else: "Kaur said he was doing
    well" of her son).

    >>> t = "Kaur said he was doing well. She thanked the nurses."
    >>> said_next_pronoun_genders(t, [(0, 28), (29, len(t))])
    [('kaur', 'f')]
    >>> said_next_pronoun_genders("Kaur said he was doing well.", [(0, 28)])
    []
    """
    out = []
    starts = [a for a, _ in sents]
    for m in _SAID_PRONOUN_RE.finditer(text):
        si = bisect.bisect_right(starts, m.start()) - 1
        if si < 0 or si + 1 >= len(sents):
            continue
        nxt = sents[si + 1][0]
        if text.find("\n\n", m.end(), nxt) >= 0:
            continue  # (a new paragraph: a new subject)
        p = _NEXT_SUBJECT_PRONOUN_RE.match(text, nxt, sents[si + 1][1])
        if p is None:
            continue
        last = text[max(0, m.start() - 40) : m.start() - 1].rsplit(None, 1)[-1:]
        if last and last[0][:1].isupper():
            out.append((last[0].lower(), "f" if p.group(1).lower() == "she" else "m"))
    return out


# the lexicon words that end no full name opening a sentence (``article_given_genders``'
# ``not_surnames``: places and organisation words), one union per lexicon (the lexicon and
# the memoised union), not one per article
_GIVEN_NOT_SURNAMES_MEMO: list = [None, frozenset()]


def _given_not_surnames(lex):
    """``lex.place_names | lex.org_words | lex.place_words``, built once per lexicon.

    >>> from analysis.quotes.lexicon import lexicon
    >>> lex = lexicon()
    >>> _given_not_surnames(lex) == lex.place_names | lex.org_words | lex.place_words
    True
    """
    memo = _GIVEN_NOT_SURNAMES_MEMO
    if memo[0] is not lex:
        memo[1] = lex.place_names | lex.org_words | lex.place_words
        memo[0] = lex
    return memo[1]


def _hyphen_part_genders(gender_of, by_last, multi_last, mixed):
    """Give a part of a gendered hyphenated surname seen in a full name ("Dolores
    McCandless-Reimer") the same gender when the article writes that part alone
    ("That did not satisfy McCandless.") and never as the surname of a full name of its
    own, so a "she" after it can be read as that person; two such surnames sharing a
    part leave it without one.

    >>> g = {"mccandless-reimer": "f"}
    >>> by = {"mccandless-reimer": [0], "mccandless": [1]}
    >>> _hyphen_part_genders(g, by, {"mccandless-reimer"}, set()); g["mccandless"]
    'f'
    """
    seen = {}
    for last_l in multi_last:
        g = gender_of.get(last_l) if "-" in last_l else None
        if g in ("m", "f"):
            for part in last_l.split("-"):
                seen[part] = None if part in seen else g
    for part, g in seen.items():
        if g and part in by_last and part not in multi_last and part not in gender_of:
            if part not in mixed:
                gender_of[part] = g


class _ArticleNames:
    """The capitalised name runs of one article, indexed by last and first word, with
    the lazily built antecedent classes that pronouns and role nouns are resolved to."""

    def __init__(self, text, sents, lex, masked):
        self.text, self.sents, self.lex, self.masked = text, sents, lex, masked
        # capitalised name sequences in the article, in order, and the indexes over
        # them, in one pass: (pos, cleaned words, gender, memoised per-string info)
        if _NAME_MEMO_LEX[0] is not lex:
            _NAME_MEMO.clear()
            _NAME_MEMO_LEX[0] = lex
        memo_get = _NAME_MEMO.get
        names = self.names = []  # (pos, cleaned words, gender, info) per match
        by_last = self.by_last = {}
        self.by_first = {}  # built on first use (from ``names``)
        self.by_first_built = False  # (once: an article of one-word names leaves it empty)
        self._namesake_memo = {}  # surname -> _namesakes(), built on first use
        gender_of = self.gender_of = {}
        # unlisted given names the article itself genders ("Mrs. Ifeoma Okafor")
        given_evidence = self.given_evidence = article_given_genders(
            text, lex.gender, _given_not_surnames(lex)
        )
        self.pronoun_gender = {}  # canonical name -> gender of a pronoun resolved to it
        multi_last = set()  # surnames seen in a full name
        single_last = set()  # ... and alone: "Vladimir Putin" ... "Putin"
        unsure = set()  # surnames whose gender so far comes from a unisex given name
        both_last = set()  # surnames of full names with a given name of both sexes
        hon_last = set()  # surnames written after an honorific ("Mr. Lee")
        mixed = set()  # surnames of full names of both genders
        titled_last = self.titled_last = set()  # surnames the article titles as people
        names_append = names.append
        by_last_get = by_last.get
        gender_get, gender_set = gender_of.get, gender_of.setdefault
        lex_gender_get, unisex_get = lex.gender.get, _UNISEX.get
        multi_add, single_add = multi_last.add, single_last.add
        endswith = text.endswith
        for m in _name_matches(text):  # (not the names of a byline: "By Ann Roe")
            raw = m.group()
            info = memo_get(raw, _MISSING)
            if info is _MISSING:
                info = _name_info_add(raw, lex)  # the per-string part, memoised
            if info is None and raw[:5] == "Will ":  # "Will Page said": a given name
                info = modal_given_name_info(text, m.end(), raw, lex, _name_info0)
            if info is None:
                continue
            start = m.start()
            cw = info[0]
            n = len(cw)
            if n >= 3 and endswith(" of the ", start - 8 if start > 8 else 0, start):
                info = _office_name_info(text, start, info, lex) or info
                cw = info[0]
                n = len(cw)
            g = info[1]
            if g is None and given_evidence and n > 1:
                g = given_evidence.get(info[4])
            last_l = info[3]
            if (
                info[4] in _PARTICLES
                and last_l in multi_last
                and (n == 2 or (n == 3 and cw[1] in _PARTICLES))
            ):
                # "Van Rensburg" after "Colette van Rensburg" ("Van der Merwe" after
                # "Kirsten Van der Merwe"): the particle is no given name ("Van"), the
                # full name's gender is the person's
                g = gender_get(last_l)
            tw = info[2]
            entry = (start, cw, g, info)
            if n == 2 and names and endswith(" and ", 0, start):
                shared = self._share_surname(names[-1], info, start)  # "Khizr and Ghazala Khan"
                if shared and g and shared != g:
                    mixed.add(last_l)  # "Walt and Deborah McKinnon": a family
            names_append(entry)
            same = by_last_get(last_l)
            if same is None:
                by_last[last_l] = [entry]
            else:
                same.append(entry)
            if n > 1:
                multi_add(last_l)
            else:
                single_add(last_l)
            if tw and len(tw) <= 3 and not _PERSON_TITLE.isdisjoint(tw):
                # "President Obama": "Obama" names a person (no title-case heading)
                titled_last.add(last_l)
            if not g:
                if n > 1 and lex_gender_get(info[4]) == "":
                    both_last.add(last_l)  # "Chris Murphy": a given name of both sexes
                continue
            hon = bool(tw) and not _HONORIFIC_WORDS.isdisjoint(tw)
            if hon:
                hon_last.add(last_l)
                if last_l in unsure:
                    # "Ms. Epstein" after "Lee Epstein": an honorific beats the gender
                    # of a given name used for both sexes
                    gender_of[last_l] = g
                    unsure.discard(last_l)
            elif n > 1:
                if gender_get(last_l, g) != g:
                    mixed.add(last_l)  # "Angus Roe" and "Mary Roe": a family
                gender_set(last_l, g)
                gender_set(info[5], g)
                if unisex_get(info[4], 1.0) < 0.9:
                    unsure.add(last_l)
                continue
            gender_set(last_l, g)
            gender_set(info[5], g)
        for last_l in both_last - hon_last:
            if gender_of.get(last_l):
                # "Chris Murphy" and "Anne Marie Murphy": "Murphy" alone has no sex
                del gender_of[last_l]
                mixed.add(last_l)
        for last_l, g in said_next_pronoun_genders(text, sents):
            # "Kaur said ... . She thanked ...": a surname of no known gender takes the
            # gender of the subject pronoun of its next sentence
            if last_l in by_last and last_l not in gender_of and last_l not in mixed:
                gender_of[last_l] = g
        _hyphen_part_genders(gender_of, by_last, multi_last, mixed)
        self.both_last = both_last
        self.mixed_last = mixed
        self.by_last_multi = multi_last & single_last
        self.name_pos = []  # positions of ``names``, built on first use
        self.first_nl = text.find("\n")  # (once: never per organisation looked up)
        self.title_cache = {}
        self.office_cache = {}  # (pos, words) -> office mention test (titles._office_antecedent)
        self.word_first = None  # word -> its first position, on demand (copula_newcomers)
        self.canon_cache = {}
        self.nicknames = None  # {nickname: (given name, surname)}, set by resolve()
        self.grouped_cache = {}
        # candidate antecedents for pronouns: the article's names sorted, on demand,
        # into person-like names that start a clause (_SUBJ), all plausible names
        # (_ALL) and loose capitalised runs (_LOOSE), with the genders known when the
        # first quote needed them, which is always before the quote loop first adds
        # to ``gender_of``
        self.ante = []  # [sentence starts, gender_of at that time, walk memo]
        self.person_cache = {}  # index in ``names`` -> (gender, person-like?)
        self.given_names = None  # first words of the full names (built on first use)
        self.aged_words = None  # one-word names given an age: "Okafor, 22," (built on first use)
        self.common_cache = {}  # lower-case word -> written in lower case too?
        self.place_cache = {}  # full name -> used as a place or modifier (_used_as_place)
        self.cap_words = None  # capitalised word -> offsets (_only_after_preposition)
        self.item_cache = ({}, {}, {})  # per kind: index in ``names`` -> item or None
        # (m_start, m_end, speaker, stype, gender) of the statement before when a lone
        # description speaks it ("A spokesman said"), for a "he" that follows
        self.last_desc = None
        self.lower_cased = None  # names open sentences only (built on first use)
        self.municipal = None  # kind -> ([pos], ["City of X"]) (_municipal_names)
        self.names_person_cache = {}  # lower-case word -> a full name's surname? (_names_person)
        self.kind_orgs = {}  # head -> [names read, [pos], [name]] (org_only_kind._kind_orgs_before)
        self.scan_memo = {}  # per-article memos of text scans, by the rule's name (speed63)
        self._declare_memos()

    def _declare_memos(self):
        """Declare the per-article memos that other modules fill on first use, so that
        the class has a fixed set of attributes (no ad-hoc ones: a compiled class has no
        ``__dict__``)."""
        self.goes_by = None  # nickname -> name words (roles._nickname_of)
        self._described_heads = {}  # head noun -> name words (lede_named_next)
        self._lede_who_heads = {}  # head noun -> name words (groups)
        self._dateline_places = None  # words of the dateline's place (lede_named_next)
        self._dateline_place = None  # (the dateline's place or None,) (lede_named_next)
        self._town_names = None  # towns written "Shediac, N.B." (org_names._towns)
        self._apposed_cos = None  # [(pos, company)] set off by a comma (org_subjects)
        self._winner_marks = None  # "winner <Name>" offsets and counts (winner_links)
        self._team_memo = None  # plural -> written as a team? (plural_names)

    def _share_surname(self, prev, info, pos):
        """Make the one-word given name ``prev`` right before " and <Given> <Surname>"
        at ``pos`` a full name with that surname ("Khizr and Ghazala Khan": Khizr
        Khan), in ``names`` and ``by_last``, when both first words are listed given
        names."""
        p0, words = prev[0], prev[1]
        gender, given = self.lex.gender, self.given_evidence
        if len(words) != 1 or not self.text.endswith(words[0], p0, pos - 5):
            return  # (the run may open with a dropped word: "Siblings Ana and Eva Roe")
        low0 = words[0].lower()
        if (
            low0 not in gender
            and low0 not in given
            or info[4] not in gender
            and info[4] not in given
        ):
            return
        full = f"{words[0]} {info[0][1]}"
        finfo = _NAME_MEMO.get(full, _MISSING)
        if finfo is _MISSING:
            finfo = _name_info_add(full, self.lex)
        if finfo is None or len(finfo[0]) != 2:
            return
        same = self.by_last.get(prev[3][3])
        if same and same[-1] is prev:
            same.pop()
        g = finfo[1] or given.get(low0)
        entry = (p0, finfo[0], g, finfo)
        self.names[-1] = entry
        self.by_last.setdefault(finfo[3], []).append(entry)
        if g:
            self.gender_of.setdefault(finfo[5], g)
        return g

    def title_words(self, pos, tw0):
        """Lower-case title words of the name at ``pos``: those inside the match plus
        the last three words of the 40 characters before it with ",." stripped."""
        tw = self.title_cache.get(pos)
        if tw is None:
            tw = set(tw0)
            pre = self.text[max(0, pos - 40) : pos].lower().split()[-3:]
            tw.update(w.strip(",.") for w in pre)
            self.title_cache[pos] = tw
        return tw

    def canonical(self, words, gender=None):
        """Fullest form in the article of a name given as words (memoised). A surname
        whose ``gender`` is known ("Mrs. Lee") never takes a full name of the other
        gender ("Tom Lee"): then the fullest one of that gender, else the surname."""
        if len(words) >= 4 and words[-1].lower().rstrip(".") in _FORMAL_SUFFIXES:
            words = words[:-1]  # "Joseph R. Biden Jr.": as the name index reads it
        key = tuple(words)
        got = self.canon_cache.get(key)
        if got is None:
            last = words[-1].lower()
            if len(words) == 2 and (lone := self._lead_then_surname(words)) is not None:
                self.canon_cache[key] = lone
                return lone  # "Even Rendell" after "Ed Rendell": the surname's name
            groups = self._last_groups(words, last)
            if len(words) == 1 and len(groups) > 1:
                groups = self._real_full_names(last, groups)
            got = self.canon_cache[key] = self._without_lead(
                _canonical_among(words, groups, lambda: self._grouped(self.by_first, last))
            )
            if len(words) == 1 and " " not in got and last not in self.lex.gender:
                got = self.canon_cache[key] = self._surname_first(last) or got
            if len(words) == 1 and " " not in got and all(len(c[1]) == 1 for c in groups):
                got = self.canon_cache[key] = self._hyphen_part_name(last) or got
        if gender in ("m", "f") and len(words) == 1 and " " in got:
            first = got.split()[0].lower()
            g0 = self.lex.gender.get(first)
            # a given name used for both sexes ("Lee", "Kim") yields to the honorific
            if g0 and g0 != gender and _UNISEX.get(first, 1.0) >= 0.9:
                return self._gendered(words, gender)
        return got

    def _lead_then_surname(self, words):
        """The full name ("Ed Rendell", its first word a listed given name) of the
        surname in a two-word run whose first word is only a lead word (``_without_lead``:
        "Even Rendell", "Stated Stone"); None otherwise, and for a place ("New
        Hampshire")."""
        joined = " ".join(words)
        if joined in self.lex.place_names or " " in self._without_lead(joined):
            return None
        full = self.canonical(words[1:])
        if " " not in full or full.split()[0].lower() not in self.lex.gender:
            return None
        return full

    def _real_full_names(self, last, groups):
        """``groups`` (the names with the last word ``last``) without the two-word-or-
        longer forms that are only a surname after lead words (a headline's "Republican
        Donor Adelson", "Oscar-winner Sarandon": ``_without_lead`` leaves one word), when
        another full name remains ("Sheldon Adelson"): a lone surname then reads as that
        name, not as the surname alone (memoised per surname)."""
        ck = ("real full names", last)
        got = self.grouped_cache.get(ck)
        if got is None:
            lead_only = {
                id(c)
                for c in groups
                if len(c[1]) > 1 and " " not in self._without_lead(" ".join(c[1]))
            }
            full = any(len(c[1]) > 1 and id(c) not in lead_only for c in groups)
            got = [c for c in groups if id(c) not in lead_only] if lead_only and full else groups
            self.grouped_cache[ck] = got
        return got

    def _hyphen_part_name(self, low):
        """The one person's full name of the article whose hyphenated surname has the
        lower-case word ``low`` as one of its parts ("Dolores McCandless-Reimer" ...
        "That did not satisfy McCandless"), when ``low`` is no surname of its own;
        None when no such name, or more than one, or no listed given name opens it."""
        index = self.grouped_cache.get(("hyphen parts",))
        if index is None:
            index = self.grouped_cache[("hyphen parts",)] = {}
            for last_l, entries in self.by_last.items():
                if "-" not in last_l or not any(len(e[1]) > 1 for e in entries):
                    continue
                for part in last_l.split("-"):
                    index.setdefault(part, set()).add(last_l)
        lasts = index.get(low)
        if lasts is None or len(lasts) != 1:
            return None
        (last_l,) = lasts
        full = self.canonical([self.by_last[last_l][0][1][-1]])
        if " " not in full or full.split()[0].lower() not in self.lex.gender:
            return None
        return full

    def _surname_first(self, word):
        """The one two-word person's name of the article that opens with ``word`` (no
        listed given name) and that a relative "who" follows ("Liu Mei, who teaches
        ...", the second word may be a listed given name), or whose other word is no
        listed given name either and that the article titles ("Vice Premier Tian
        Jiyun") or describes in apposition ("Tian Jiyun, the vice premier,"): a name
        written surname first ("... Tian said"); else None ("Trump Tower")."""
        self._grouped(self.by_first, word)  # (builds the index)
        found = set()
        for pos, cw, _g, info in self.by_first.get(word, ()):
            if len(cw) != 2 or info[7]:
                continue
            end = self.text.find(cw[1], pos) + len(cw[1])
            if _WHO_AFTER_RE.match(self.text, end) is not None:
                found.add(cw)  # "Liu Mei, who teaches ...": a person's relative clause
                continue
            if cw[1].lower() in self.lex.gender:
                continue
            appos = _APPOS_AFTER_RE.match(self.text, end, end + 80)
            if not _PERSON_TITLE.isdisjoint(info[2]) or (
                appos is not None and any(self._person_noun(w) for w in appos.group(1).split())
            ):
                found.add(cw)
        return " ".join(found.pop()) if len(found) == 1 else None

    def _person_noun(self, word):
        """Is ``word`` (or its last hyphened part: "agro-economist") a title or a noun
        for one person ("minister", "economist", "spokesman")?"""
        low = word.lower().rsplit("-", 1)[-1]
        return low in _PERSON_TITLE or self.lex.nouns.get(low) == "anonymous"

    def namesake(self, last, gender, pos):
        """The full name an honorific and surname at ``pos`` ("Mr. Khan") names when
        the article gives two or more full names of the honorific's gender with that
        surname: the one last named as a clause subject before ``pos``; a relative
        introduced by a kin noun ("her son, Humayun Khan") only when no other fits.
        None when fewer than two such full names or none named so before ``pos``
        (``canonical`` decides).

        >>> from analysis.quotes.lexicon import lexicon
        >>> t = "Omar Khan left. Ali Khan stayed. Mr. Khan spoke. Her son, Ali Khan."
        >>> an = _ArticleNames(t, [(0, 15), (16, 32), (33, 48), (49, len(t))], lexicon(), None)
        >>> an.namesake("Khan", "m", 33), an.namesake("Khan", "m", 0)
        ('Ali Khan', None)
        """
        gender_of = self.lex.gender
        cands = [
            e
            for e in self.by_last.get(last.lower(), ())
            if len(e[1]) == 2 and gender_of.get(e[1][0].lower()) == gender
        ]
        if len({e[3][5] for e in cands}) < 2:
            return None
        text = self.text
        # names mentioned at least once other than as a relative ("her son, X")
        free = {e[3][5] for e in cands if not _KIN_BEFORE_RE.search(text, max(0, e[0] - 30), e[0])}
        pick = [e for e in cands if e[3][5] in free] or cands
        if len({e[3][5] for e in pick}) == 1:
            return self._without_lead(" ".join(pick[0][1]))
        self.antecedents()
        # the last one named as a clause subject ("Jeb Bush ended his campaign"; not
        # "a visit by Chelsea Lee", "the party of Prescott Bush")
        before = [e for e in pick if e[0] < pos and self.starts_clause(e[0])]
        return self._without_lead(" ".join(before[-1][1])) if before else None

    def recent_namesake(self, last, pos, reach=600):
        """The full name a lone surname at ``pos`` ("Murphy said") names when the
        article gives two or more people with that surname ("Chris Murphy", "Anne
        Marie Murphy"): the one last named outside quotation marks before ``pos``
        (its fullest form), even when the other is named only after ``pos``; None
        when fewer than two such people or none named so before ``pos`` (``canonical``
        decides: the most mentioned).

        >>> from analysis.quotes.lexicon import lexicon
        >>> t = "Carl Ruiz spoke. Dana Ruiz spoke. Carl Ruiz left. Ruiz said."
        >>> an = _ArticleNames(t, [(0, 16), (17, 33), (34, 49), (50, len(t))], lexicon(), None)
        >>> an.recent_namesake("Ruiz", 50), an.recent_namesake("Ruiz", 0)
        ('Carl Ruiz', None)
        """
        entries = self.by_last.get(last.lower())
        if entries is None or len(entries) < 2:
            return None  # (most surnames: one full name at most)
        full, starts, two_at = self._namesakes(last.lower(), entries)
        k = bisect.bisect_left(starts, pos)  # full[:k]: the full names before ``pos``
        # two given names, neither a short form of the other ("Ken", "Kenneth"), in the
        # article; at least one of them named before ``pos`` (the one named after it is
        # no one the reader knows yet: "Jeb Bush told ... Bush said" before "George W.
        # Bush" comes up)
        if two_at >= len(full) or k == 0:
            return None
        masked = self.masked
        for j in range(k - 1, -1, -1):  # the last one outside quotation marks
            e = full[j]
            if e[0] < pos - reach:
                return None
            if masked is None or masked[e[0]] != MASK:
                break
        else:
            return None
        self.antecedents()
        if not self.starts_clause(e[0]):
            return None  # ("Chris Murphy's bill honors Anne Marie Murphy. Murphy said")
        return self.canonical(e[1])

    def _namesakes(self, last, entries):
        """(the full names of surname ``last`` with a listed given name, in text order;
        their positions; the index of the first one whose given name differs from an
        earlier one's, neither a short form of the other, else their number): built once
        per surname, so that a lone surname costs a bisection, not a scan of every
        mention (hostile text: thousands of "Zorn said")."""
        got = self._namesake_memo.get(last)
        if got is None:
            given = self.lex.gender
            full = [
                e
                for e in entries
                if 1 < len(e[1]) <= 4
                and e[3][4] in given
                and e[3][4] not in _NAME_PARTICLES  # ("Al Ashry" for "Ahmed al Ashry")
            ]
            two_at, seen = len(full), []
            for i, e in enumerate(full):
                b = e[3][4]
                if any(not (a.startswith(b) or b.startswith(a)) for a in seen):
                    two_at = i
                    break
                if b not in seen:
                    seen.append(b)
            got = self._namesake_memo[last] = (full, [e[0] for e in full], two_at)
        return got

    def _gendered(self, words, gender):
        """``canonical`` of a one-word surname among the full names of ``gender``."""
        key = (tuple(words), gender)
        got = self.canon_cache.get(key)
        if got is None:
            groups = [
                c
                for c in self._grouped(self.by_last, words[-1].lower())
                if len(c[1]) > 1 and self.lex.gender.get(c[1][0].lower()) == gender
            ] or [  # ("Chris Murphy", a given name of both sexes, for "he")
                c
                for c in self._grouped(self.by_last, words[-1].lower())
                if len(c[1]) > 1 and self.lex.gender.get(c[1][0].lower()) == ""
            ]
            got = self.canon_cache[key] = (
                self._without_lead(_canonical_among(words, groups, list)) if groups else words[0]
            )
        return got

    def _without_lead(self, name):
        """``name`` without the words a capitalised run picked up before the name:
        "-born"/"-area"/"-based" modifiers ("Korean-born Monte Haines", "Los
        Angeles-area Ann Lee", "Oscar-winner Ann Lee"), leading
        words that are no given name, title or particle and that the article also
        writes in lower case or that are stopwords ("Message About Latinos"); and
        without a final possessive apostrophe ("Sanders'")."""
        ws = name.split()
        gender, titles = self.lex.gender, self.lex.titles
        k = len(ws) > 2 and next(
            (i for i in range(len(ws) - 2, 0, -1) if ws[i].endswith(_LEAD_MODIFIER_ENDS)), 0
        )
        ws = ws[k + 1 :] if k else ws  # "Los Angeles-area Ann Lee": from the name
        # (office words before a given name need 2 words before it and a surname
        # after it: a run of 4 words or more)
        g = len(ws) >= 4 and _words_before_given_name(
            [_strip_possessive(w).lower() for w in ws], self.lex
        )
        ws = ws[g:] if g else ws  # "Maple Radio's Ann Lee", "... Policy Ann Lee"
        while len(ws) >= 2:
            low = ws[0].lower()
            if ws[0] == "An" and self._titled_an(ws[1]):
                break  # "Chairman An Wang ... Wang said": a given name
            if _pronoun_surname(ws, self.lex):
                break  # "He Kang": a surname
            if (
                low.endswith(_LEAD_MODIFIER_ENDS)
                or low in CLAUSE_OPENERS
                or low in _COMPANY_HEADS  # "Automaker Stellantis"
                or (
                    low not in gender
                    and low.rstrip(".") not in titles
                    and low not in _NAME_PARTICLES
                    and not _service_body_name(ws, gender)  # ("Transplant Estrie")
                    and (low in _stopwords() or self.common_word(low))
                )
            ):
                ws = ws[1:]
            else:
                break
        if ws and len(ws[-1]) > 2 and ws[-1][-1] in "'’":
            ws[-1] = ws[-1][:-1]
        return " ".join(ws)

    def _titled_an(self, word):
        """Does the article write "An ``word``" after a title ("Chairman An Wang")?"""
        return any(e[1][:2] == ("An", word) and e[3] and e[3][2] for e in self.names)

    def _last_groups(self, words, last):
        """``_grouped(by_last, last)``, for a name of two words or more only the groups
        whose first word could fit its first word (the same, or starting with its
        initial): ``_canonical_among`` keeps just those, and an article of thousands of
        full names with one surname tested every one for each (hostile input)."""
        groups = self._grouped(self.by_last, last)
        if len(words) < 2 or len(groups) <= 8:
            return groups
        index = self.grouped_cache.get(("first word", last))
        if index is None:
            index = self.grouped_cache[("first word", last)] = ({}, {})
            for c in groups:
                f = c[1][0].lower().rstrip(".")
                index[0].setdefault(f, []).append(c)
                index[1].setdefault(f[:1], []).append(c)
        w0 = words[0].lower().rstrip(".")
        return index[1].get(w0, []) if len(w0) == 1 else index[0].get(w0, [])

    def _grouped(self, index, key):
        if index is self.by_first and not self.by_first_built:
            self.by_first_built = True
            for entry in self.names:  # the full names by their first word, in text order
                if len(entry[1]) > 1:
                    self.by_first.setdefault(entry[3][4], []).append(entry)
        ck = (index is self.by_last, key)
        got = self.grouped_cache.get(ck)
        if got is None:
            got = self.grouped_cache[ck] = _group_names(index.get(key, ()))
        return got

    def positions(self):
        """Positions of the names (built once)."""
        if not self.name_pos and self.names:
            self.name_pos.extend(map(itemgetter(0), self.names))
        return self.name_pos

    def antecedents(self):
        ante = self.ante
        if not ante:
            ante.append(list(map(itemgetter(0), self.sents)))
            ante.append(dict(self.gender_of))
            n = len(self.names)
            ante.append(([-2] * n, [-2] * n, [-2] * n))
            self.positions()

    def common_word(self, low):
        """Is ``low`` (a lower-cased capitalised word) also written in lower case in
        the article, a common noun ("Terrorism" in a heading, "terrorism" in the
        text) rather than a surname?"""
        got = self.common_cache.get(low)
        if got is None:
            if len(self.common_cache) < 64 or not low.isalnum():
                got = self.common_cache[low] = _has_word(self.text, low)
            else:  # thousands of words: the article's words once, not the text per word
                words = self.common_cache.get(("words",))
                if words is None:
                    words = self.common_cache[("words",)] = set(_WORD_RUN_RE.findall(self.text))
                got = self.common_cache[low] = low in words
        return got

    def person_like(self, i):
        got = self.person_cache.get(i)
        if got is None:
            pos, cw, g, info = self.names[i]
            # info: (cw, gender, tw, last_l, first_l, joined_l, bad_last,
            #        not_person_static, first_has_gender, loose_ok)
            if g is None and len(cw) == 1:
                # a surname alone takes the gender of the full name seen with it; a
                # full name does not ("Rakeyia Scott" after "Keith Scott": a family)
                g = self.ante[1].get(info[3])
            surname = info[3] in self.by_last_multi and not self.common_word(info[3])
            # "Rihanna, who was honored": a relative "who" marks a person
            end = self.text.find(cw[-1], pos, pos + 80)
            who = (
                end >= 0
                and not info[3].endswith(("ans", "ats", "ists"))  # "Europeans, who"
                and _WHO_AFTER_RE.match(self.text, end + len(cw[-1])) is not None
                and not _plural_noun_who(self.text, pos, cw, end)
            )
            ok = not (
                (
                    info[7]
                    or not (
                        g is not None
                        or info[8]
                        or surname
                        or who
                        or self.titled(info[3])
                        or self.given_alone(cw, info)
                        or (len(cw) == 1 and info[3] in self.aged_alone())
                        or len(cw) == 2
                        and _HYPHEN_GIVEN_RE.fullmatch(cw[0])
                    )
                )
                and not (
                    not info[6]
                    and info[3] not in self.lex.titles
                    and _titled(self.text, pos, cw, self.lex)
                )
            )
            if ok and _INDEFINITE_BEFORE_RE.search(self.text, max(0, pos - 4), pos):
                ok = False  # "At a Tim Hortons on Main Street": a shop or brand, no person
            got = self.person_cache[i] = (g, ok)
        return got

    def aged_alone(self):
        """Lower-cased one-word names the article gives an age in apposition
        ("Okafor, 22, is finishing a degree"): a person (one pass, built once)."""
        got = self.aged_words
        if got is None:
            got = self.aged_words = _aged_words(self.text)
        return got

    def _given_index(self):
        """The full names by their first word, lower-cased (built once)."""
        given = self.given_names
        if given is None:
            given = self.given_names = {}
            for e in self.names:
                if len(e[1]) > 1:
                    given.setdefault(e[3][4], []).append(e)
        return given

    def given_alone(self, cw, info):
        """Is the one-word name ``cw`` the given name of a person's full name in the
        article, used alone ("Maisie" after "Maisie Oyelowo-Tan"), and no word the
        article also writes in lower case?"""
        if len(cw) != 1 or info[6]:
            return False
        fulls = self._given_index().get(info[3])
        if not fulls:
            return False
        org = self.lex.org_words
        if any(w.rstrip(".") in org for e in fulls for w in e[1]):
            return False  # never "Borealis" of "Borealis Bitumen Ltd."
        return any(
            not e[3][6] and not e[3][7] and not self.common_word(e[3][3])  # "Compaq Computer"
            for e in fulls
        ) and not self.common_word(info[3])

    def titled(self, last_l):
        """Does the article title ``last_l`` as a person elsewhere ("President Obama")
        and never write it in lower case ("Candidate Ever" in a heading)?"""
        return last_l in self.titled_last and not self.common_word(last_l)

    def starts_clause(self, pos):
        """Does the name at ``pos`` start its sentence's clause?"""
        text, sents, lex = self.text, self.sents, self.lex
        si = bisect.bisect_right(self.ante[0], pos) - 1
        if si < 0:
            return False
        if text[pos - 2 : pos] in ("— ", "– ") and _dateline_ends_at(text, pos):
            return True  # "OTTAWA — Acme Corp. is ...", "LONDON, Ont. — A man ..."
        if text[max(0, pos - 6) : pos] == "named " and _named_described_subject(
            text, sents[si][0], pos
        ):
            return True  # "Outside the plant, a worker named Tomas Arriaga has ..."
        if pos - sents[si][0] > 80:
            # ("After the results were in Tuesday night, Lee's campaign manager, Ann
            # Roe, appeared": a possessed role after a long lead phrase)
            return (
                _comma_subject(text, sents[si][0], pos)
                or _possessive_apposition(text, sents[si][0], pos)
                or _conjoined_subject(text, sents[si][0], pos)
            )
        prefix = [w for w in text[sents[si][0] : pos].split() if w.strip("(\"“‘'[—–-")]
        if 0 < len(prefix) <= 2 and prefix[-1].lower() in ("like", "unlike"):
            return False  # "Like Roe, the former student, Vale refused": a comparison
        if (
            (
                len(prefix) <= 2
                and all(
                    w.lower().strip(",") in _SENT_START_STOP
                    or w.lower().strip(",") in _LEAD_WORDS
                    or w.lower().rstrip(".") in lex.titles
                    for w in prefix
                )
            )
            or _LEAD_PHRASE_RE.match(text, sents[si][0], pos)
            or _LEAD_TIME_RE.fullmatch(text, sents[si][0], pos)
            or _described_subject(prefix)
            or partitive_described_subject(prefix)  # "One of those younger artists, Ann Roe,"
            or _generation_subject(prefix)
            or _lead_then_described(text, sents[si][0], pos)
            or _lead_then_titles(text, sents[si][0], pos, prefix, lex)
            or _acronym_then_title(text, pos, prefix, lex)
            or _INVERTED_SUBJECT_RE.fullmatch(text, sents[si][0], pos)
            or _CLEFT_RE.fullmatch(text, sents[si][0], pos)
            or _THERE_WAS_RE.fullmatch(text, sents[si][0], pos)
            or _LOOK_AT_RE.fullmatch(text, sents[si][0], pos)
            or _PRONOUN_ROLE_RE.fullmatch(text, sents[si][0], pos)
            or (
                _EXAMPLE_SUBJECT_RE.fullmatch(text, sents[si][0], pos)
                and _EXAMPLE_NAME_END_RE.match(text, pos) is not None
            )
        ):
            # "Rubio disagreed." / "On his website, Lopez-Cantera promises ..." / "Days
            # after the arrest of his friend, Nega volunteered ..."
            return True
        # "Former Pennsylvania Gov. Ed Rendell, who ..., agreed": capitalised words
        # and a title before the name; the title may be written in lower case
        # ("Former Ohio governor Ann Roe"); a state in brackets and a lead word
        # before them are skipped ("Earlier, Maricopa County (Ariz.) Sheriff Ann Roe")
        if len(prefix) > 2 and prefix[0].endswith(",") and prefix[0][:-1].lower() in _LEAD_WORDS:
            prefix = prefix[1:]
        if len(prefix) > 2 and "(" in text[sents[si][0] : pos]:
            prefix = [w for w in prefix if not (w[:1] == "(" and w[-1:] == ")")]
            m = _WORD_AT_RE.match(text, pos)
            if (
                len(prefix) <= 3
                and all(w[:1].isupper() and w[-1] not in ",;:" for w in prefix)
                and m is not None
                and m.group(1).lower() in lex.titles
            ):
                return True  # "Maricopa County (Ariz.) Sheriff Ann Roe": the title opens the run
        return (
            (
                2 <= len(prefix) <= 4
                and prefix[-1].lower().rstrip(".") in lex.titles
                and all(
                    w[:1].isupper()
                    or w.isdigit()  # "Grade 6 student Ann Roe", "Ward 3 councillor ..."
                    or w.lower() in _SENT_START_STOP
                    or w.rstrip(".") in lex.titles
                    for w in prefix
                )
            )
            or _possessive_apposition(text, sents[si][0], pos)
            or _comma_subject(text, sents[si][0], pos)
            or _described_apposition(text, sents[si][0], pos)
            or _office_name_then_title(text, pos, prefix, lex)
            or _modified_title_subject(prefix, lex)
            or _conjoined_subject(text, sents[si][0], pos)
        )

    def pair_second(self, pos):
        """Is the name at ``pos`` the second of two names joined by "and" whose first
        starts its clause ("Ann Roe and Tom Vale met"; not "Ann Roe and Tom Vale's
        son", nor "for Ann Roe and Tom Vale"), the two of different genders, so that
        "he" or "she" tells which one it is (two men: "he" is not the second one)?

        >>> from analysis.quotes.lexicon import lexicon
        >>> t = "Ann Roe and Tom Vale met. A gift for Ann Roe and Tom Vale came."
        >>> an = _ArticleNames(t, [(0, 25), (26, len(t))], lexicon(), None)
        >>> an.antecedents()
        >>> an.pair_second(12), an.pair_second(50)
        (True, False)
        """
        name_pos = self.positions()
        i = bisect.bisect_left(name_pos, pos) - 1
        if i + 1 >= len(name_pos) or name_pos[i + 1] != pos:
            return False
        m_and = _PAIR_AND_RE.search(self.text, max(0, pos - 16), pos)
        if m_and is not None and (pg := pronoun_pair_first(self.text, m_and.start())):
            # "She and Derek Roe now run ...": he is the other gender's one (w140)
            return self.opens_sentence(m_and.start() - 3 + (pg == "m")) and (
                self.person_like(i + 1)[0] not in (None, pg)
            )
        if i < 0:
            return False
        p0 = name_pos[i]
        if m_and is None or not _CAP_RUN_RE.fullmatch(self.text, p0, m_and.start()):
            return False
        m = _NAME_SEQ_RE.match(self.text, pos)
        if m is None or self.text.startswith(("'s", "’s"), m.end()):
            return False
        (g0, ok0), g1 = self.person_like(i), self.person_like(i + 1)[0]
        if not (g1 in ("m", "f") and g0 != g1 and (g0 in ("m", "f") or (g0 is None and ok0))):
            # (two men or two women: "he" is the one quoted or named before; a first
            # person of unknown gender leaves the second, known one, to its pronoun:
            # "Mayor Fitzgerald Roe and Coun. Ann Vale toured ... She said")
            return False
        return self.starts_clause(p0)

    def item_of(self, i, kind):
        """The (pos, cleaned words, gender) item of ``names[i]`` as an antecedent of
        ``kind`` or None, as one pass over the names made them (memoised): a
        person-like name (or a plausible full name) for _ALL, one that starts its
        clause for _SUBJ, a loose capitalised run for _LOOSE."""
        cache = self.item_cache[kind]
        got = cache.get(i, _MISSING)
        if got is not _MISSING:
            return got
        pos, cw, g, info = self.names[i]
        if self.masked is not None and self.masked[pos] == MASK:
            got = None  # a name inside a quotation is not an antecedent
        elif len(cw) == 1 and self.junk_opener(i):
            got = None  # "Steep falls ...", "About 40 mln dlrs ..."
        elif kind == _LOOSE:
            got = (pos, cw, g) if info[9] else None
        elif kind == _SUBJ and not (
            self.starts_clause(pos)
            or (_PAIR_AND_RE.search(self.text, max(0, pos - 16), pos) and self.pair_second(pos))
        ):
            got = None  # (tested first: the cheaper test; "Ann Roe and Tom Vale met":
            # Tom Vale is a subject too)
        elif kind == _SUBJ and _DEAD_AFTER_RE.match(self.text, pos + len(" ".join(cw))):
            got = None  # "Four years later, Freddy was dead. '...,' he said": not Freddy
        elif kind == _SUBJ and modifies_title_after(
            self.text, pos + len(" ".join(cw)), self.lex.titles
        ):
            got = None  # "Wolves captain Jolene Roe scored": the captain is the subject
        else:
            g, ok = self.person_like(i)
            if ok:
                got = (pos, cw, g)
            elif kind == _ALL and len(cw) >= 2 and not info[6]:
                got = (pos, cw, g)  # a plausible full name, weaker evidence
            else:
                got = None
        if (
            got is not None
            and (len(cw) == 1 or cw[0].lower() not in self.lex.gender)
            and not (len(cw) == 2 and _HYPHEN_GIVEN_RE.fullmatch(cw[0]))
            and (
                _plural_group_word(info[3], self.lex, self.by_last_multi)
                or (
                    # "Young Latinos ... Latinos": no given name before it anywhere
                    info[3] in self.by_last_multi
                    and _plural_group_word(info[3], self.lex, ())
                    and not (len(cw) > 1 and _titled(self.text, pos, cw, self.lex))
                    # ("head coach Ravi Castellanos": a person)
                    and not any(
                        len(e[1]) > 1 and e[1][0].lower() in self.lex.gender
                        for e in self.by_last[info[3]]
                    )
                )
            )
        ):
            got = None  # "Latinos", "Young Latinos", "Democrats": a group, never "he" or "she"
        cache[i] = got
        return got

    def junk_opener(self, i):
        """Is ``names[i]`` one capitalised word opening its sentence that is a common
        word ("About 40 mln dlrs", "Further cuts": a stopword, or written in lower case
        too) or that the article never writes as a name elsewhere ("Steep falls")?
        Such a word is no antecedent of "he" or "she"."""
        pos, cw, _g, info = self.names[i]
        if len(cw) != 1 or info[2]:
            return False  # "President Varga", "Mr Pell"
        if not self.opens_sentence(pos):
            return False
        low = info[3]
        if low in _stopwords():
            return True
        if self.is_lower_cased():
            return False
        for e in self.by_last.get(low, ()):
            if len(e[1]) > 1 or e[3][2] or not self.opens_sentence(e[0]):
                return False  # "Ann Sterling", "Dr Sterling", "... Sterling said": a name
            if _WHO_AFTER_RE.match(self.text, e[0] + len(e[1][0])) and e[1][0] == cw[0]:
                return False  # "Kowalczyk, who scored twice, ...": a person
        if self.common_word(low):
            return True
        if info[8]:
            return False  # a listed given name alone ("Stefan said"): maybe a person
        # nor the given name of a full name: "Judge Whitman Knapp ... Whitman took"
        return low not in self._given_index()

    def is_lower_cased(self):
        """Is the article in lower case but for its sentences' first letters (wire
        copy)? Its names open sentences only, so nothing tells them apart."""
        if self.lower_cased is None:
            self.antecedents()
            n_sents = len(self.sents)
            mid = 0  # names inside a sentence, counted until they are too many
            if n_sents >= 5:
                for e in self.names:
                    if not self.opens_sentence(e[0]):
                        mid += 1
                        if mid * 4 >= n_sents:
                            break
            self.lower_cased = n_sents >= 5 and mid * 4 < n_sents
        return self.lower_cased

    def opens_sentence(self, pos, before=" \t\n\"'“‘(-"):
        """Is the name at ``pos`` its sentence's first word (after only characters of
        ``before``: white space, quotes or brackets)?"""
        si = bisect.bisect_right(self.ante[0], pos) - 1
        return si >= 0 and not self.text[self.sents[si][0] : pos].strip(before)

    def pick(self, kind, at, want, reach, steps_max=8):
        """(position, canonical name) of the nearest antecedent of ``kind``, or None."""
        self.antecedents()
        item = _pick_antecedent(
            self.name_pos, self.item_of, kind, at, want, reach, steps_max, self.ante[2][kind]
        )
        if item is None:
            return None
        g = item[2]
        if g is None and want in ("m", "f") and len(item[1]) == 1:
            if item[1][0].lower() in self.both_last:
                g = want  # "Murphy" of "Chris Murphy" and "Anne Marie Murphy" for "he"
        return item[0], self.canonical(item[1], g)


# "Okafor, 22, ": a one-word name given an age. The name must open the text, a line,
# a sentence (". ") or follow ", "; that test is made in Python on each match
# (_aged_words). re scans for the literal ", " of the age (``_AGED_TAIL_RE``: a
# letter of the name before it, in a look-behind) and the name is read back from it
# in Python: the word's letters back to its capital, as ``([A-Z][a-zà-ÿ'’-]+), \d{1,3}, ``
# would match them (that pattern was tried at every capital). Matches cannot overlap
# (a match holds no capital after its first letter, and the ", " inside one follows a
# digit), so filtering them equals the look-behind pattern.
_AGED_TAIL_RE = re.compile(r", (?<=[a-zà-ÿ'’-], )\d{1,3}, ")


# the letters of ``[a-zà-ÿ'’-]``: a name's letters after its capital
_AGED_NAME_LETTERS = frozenset(
    [chr(c) for c in range(ord("a"), ord("z") + 1)] + [chr(c) for c in range(0xE0, 0x100)]
) | {"'", "’", "-"}


def _aged_words(text):
    """Lower-cased one-word names given an age in apposition, each opening the text,
    a line or a sentence, or following ", ".

    >>> sorted(_aged_words("Okafor, 22, is here. Lee, 9, too, Roe, 30, said so"))
    ['lee', 'okafor', 'roe']
    >>> _aged_words("Dr Okafor, 22, is here, and Roe, 30, too")
    set()
    """
    out = set()
    letters = _AGED_NAME_LETTERS
    for m in _AGED_TAIL_RE.finditer(text):
        k = m.start()
        j = k - 1  # (text[k - 1] is a letter: the look-behind)
        while j > 0 and text[j - 1] in letters:
            j -= 1
        s = j - 1  # the capital
        if s < 0 or not ("A" <= text[s] <= "Z"):
            continue
        if (
            s == 0
            or text[s - 1] == "\n"
            or (s >= 2 and text[s - 1] == " " and text[s - 2] in ".!?”\n,")
        ):
            out.add(text[s:k].lower())
    return out


_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


_HONORIFIC_WORDS = frozenset(_HONORIFIC_GENDER)  # (its keys as a set: no view per name)


# "the automaker said": a company named before, even without a company word in its
# name ("Toyota recalled ... . The automaker said"): the nearest clause-subject name
# that is no person, place or title
# service words of public bodies' names (resources/public_body_words.txt)
_PUBLIC_BODY_WORDS = frozenset(_lines("public_body_words.txt"))


def _service_body_name(ws, gender) -> bool:
    """Are the two words ``ws`` a body's name opened by a service word ("Transplant
    Estrie", "Tourism Estrie"), kept whole although the article writes the service word
    in lower case? The second word is no given name ("Tourism Ann" is no body).

    >>> _service_body_name(["Transplant", "Estrie"], {}), _service_body_name(["Reading", "Roe"], {})
    (True, False)
    """
    return len(ws) == 2 and ws[0] in _PUBLIC_BODY_WORDS and ws[1].lower() not in gender


_COMPANY_HEADS = frozenset(
    """
    company firm bank automaker carmaker drugmaker retailer insurer lender chipmaker miner
    giant maker manufacturer producer brewer startup start-up conglomerate supplier exporter refiner corporation
    utility railway railroad consortium grocer chain wholesaler distributor
    shipbuilder shipyard homebuilder
    """.split()
)


def _surname_word(an, mention):
    """Is the one-word ``mention``, a function word capitalised ("From", "Will"), the
    surname of a full name the article writes ("Ann From")?"""
    return (
        " " not in mention
        and mention[:1].isupper()
        and mention[1:].islower()
        and any(
            len(e[1]) > 1
            and e[1][-1] == mention
            and e[1][0][-1:] != "."  # (not "U.S. Secretary")
            and e[1][0].lower() not in an.lex.titles  # (not "Vice President")
            for e in an.by_last.get(mention.lower(), ())
        )
    )


def _salient_name(text, name):
    """Is ``name`` written at least twice in ``text`` and (one word) never in lower
    case ("Verizon", not "Window" or "Just")?"""
    if not name:
        return False  # (the empty pattern's matches: as many as positions, none in lower case)
    if _word_count(text, name, 2) < 2:
        return False
    if " " not in name:
        return not _has_word(text, name.lower())
    return True


def _word_count(text, word, most):
    """How many times (at most ``most``) ``word`` is written in ``text`` as a whole
    word, counted like ``len(re.findall(...))`` with _has_word's look-arounds
    (non-overlapping, leftmost first), by ``str.find``.

    >>> _word_count("Lee met Lee-Ann and Lee.", "Lee", 5)
    2
    """
    n = len(word)
    count = 0
    i = text.find(word)
    while i >= 0 and count < most:
        before = text[i - 1 : i]
        after = text[i + n : i + n + 1]
        if not (before and (before.isalnum() or before in "_-")) and not (
            after and (after.isalnum() or after in "_-")
        ):
            count += 1
            i = text.find(word, i + n)
        else:
            i = text.find(word, i + 1)
    return count


# "Chancellor of the Exchequer Nigel Lawson said": a mention opened after "<title> of"
_TITLE_OF_RE = re.compile(r"\b([A-Za-z]+)[ \t]+of[ \t]+\Z")


def _title_of_before(text, lo, hi, lex):
    """Does text[lo:hi] end in "<title> of " ("Chancellor of the Exchequer ...")?"""
    m = _TITLE_OF_RE.search(text, lo, hi)
    return m is not None and m.group(1).lower() in lex.titles


def _office_name_words(words, lex):
    """Are the last two of ``words`` a given name and surname after an office ("the
    Exchequer Nigel Lawson"): capitalised, no organisation, place or title word?"""
    run = words[-2:]
    if run[0].endswith(("'", "’")):
        return False  # "the Wildland Firefighters' Guild": a plural possessive, no given name
    return run[0][1:].islower() and not any(
        w in lex.org_words or w in lex.place_words or w.lower().rstrip(".") in lex.titles
        for w in run
    )


def _office_name_info(text, pos, info, lex):
    """The name info of the person in the run at ``pos`` written after "<title> of the"
    ("Chancellor of the Exchequer Nigel Lawson" -> "Nigel Lawson"), or None."""
    if not _title_of_before(text, max(0, pos - 30), pos - 4, lex):
        return None
    if not _office_name_words(info[0], lex):
        return None
    return _name_info(" ".join(info[0][-2:]), lex)


_SUBJECT_DETS = frozenset("the a an his her their its our my".split())


# "the elder Gagnon", "the younger Ray": one of two relatives who share a surname
_GENERATION_WORDS = frozenset("elder younger older".split())


# lower-case words before a title that vary the person ("the retired pharmacist Ann Roe")
_VARIATION_MODIFIERS = frozenset(_lines("variation_modifiers.txt"))


def _modified_title_subject(prefix, lex):
    """Do the words before a name make it "The <modifier> <title> Name" opening its
    clause ("The retired pharmacist Ann Roe will attend"), the modifier a variation word
    (resources/variation_modifiers.txt: "retired", "longtime"; at the sentence's start any
    one or two plain modifiers, ``_plain_modifiers``: "The veteran coach", after a
    lower-case possessive too: "The team's veteran coach"), or "the [modifier] <title>
    Name" in apposition to a described subject ("Her husband, the pharmacist Ann Roe,")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _modified_title_subject("The retired pharmacist".split(), lexicon())
    True
    >>> _modified_title_subject("Her husband, the pharmacist".split(), lexicon())
    True
    >>> _modified_title_subject("The company hired pharmacist".split(), lexicon())
    False
    >>> _modified_title_subject("The veteran coach".split(), lexicon())
    True
    >>> _modified_title_subject("The team's veteran coach".split(), lexicon())
    True
    """
    if len(prefix) < 3 or prefix[-1].lower().rstrip(".") not in lex.titles:
        return False
    k = next((i for i in range(len(prefix) - 2, -1, -1) if prefix[i] in ("The", "the")), -1)
    if k == 0 and len(prefix) <= 4 and _plain_modifiers(prefix[1:-1]):
        return True  # "The veteran coach Dale Pruitt", "The new head coach Ann Roe"
    if k == 0 and len(prefix) <= 5 and _LOWER_POSSESSIVE_RE.fullmatch(prefix[1]):
        # "The team's veteran coach Dale Pruitt", "The club's coach Ann Roe"
        return len(prefix) == 3 or _plain_modifiers(prefix[2:-1])
    if (
        k < 0
        or len(prefix) - k > 4
        or not all(w in _VARIATION_MODIFIERS for w in prefix[k + 1 : -1])
    ):
        return False
    if k == 0:
        return len(prefix) > 2  # "The retired pharmacist Ann Roe": a modifier needed
    # "Her husband, the pharmacist Ann Roe, said": in apposition to a described subject
    # (a possessor's given name before it: "Lena Roe's husband, the pharmacist Al Roe,")
    lead = prefix[:k]
    if len(lead) > 2 and lead[0][:1].isupper() and _POSSESSIVE_NAME_RE.fullmatch(lead[1]):
        lead = lead[1:]
    return len(lead) <= 4 and lead[-1].endswith(",") and _described_subject(lead)


# a lower-case possessive noun after a sentence-opening "The": "The team's coach"
_LOWER_POSSESSIVE_RE = re.compile(r"[a-z][a-z\-]*['’]s")


def _plain_modifiers(words):
    """Are ``words`` (one or two) lower-case modifiers a title noun can follow in "The
    <modifiers> <title> Name" ("veteran", "new head"), no verb ("-ed", "-s" and listed
    past forms: "The company hired pharmacist", "The club names coach"), save the
    variation words ("retired")?

    >>> _plain_modifiers(["veteran"]), _plain_modifiers(["new", "head"])
    (True, True)
    >>> _plain_modifiers(["company", "hired"]), _plain_modifiers(["club", "names"])
    (False, False)
    """
    return 1 <= len(words) <= 2 and all(
        w in _VARIATION_MODIFIERS
        or (
            w.isalpha()
            and w.islower()
            and not w.endswith(("ed", "s"))
            and w not in _IRREGULAR_PAST
            and w not in _SENT_START_STOP
        )
        for w in words
    )


def _generation_subject(prefix):
    """Do the words before a surname make it "the elder/younger <Surname>" opening its
    clause ("The elder Gagnon, 58, said"; after a lead phrase: "Asked what he would
    do, the younger Gagnon shrugged")?"""
    if len(prefix) < 2 or prefix[-2].lower() != "the" or prefix[-1] not in _GENERATION_WORDS:
        return False
    return len(prefix) == 2 or prefix[-3].endswith(",")


_YEAR_OLD_WORD_RE = re.compile(r"\d{1,3}-year-old")


def _described_subject(prefix):
    """Is the name after these words an apposition to a described clause subject
    ("Her father, Brad, 39, worried", "The spokesman, Ann Roe, said"; after a
    conjunction too: "But his wife, Jane, offered")?"""
    if prefix and prefix[0].lower() in ("but", "and", "yet", "so"):
        prefix = prefix[1:]
    if len(prefix) >= 3 and prefix[-2].endswith(",") and _YEAR_OLD_WORD_RE.fullmatch(prefix[-1]):
        prefix = prefix[:-1]  # ("The youngest, 9-year-old Bo, said": the age before the name)
    return (
        2 <= len(prefix) <= 4
        and (prefix[0].lower() in _SUBJECT_DETS or _POSSESSIVE_NAME_RE.fullmatch(prefix[0]))
        and prefix[-1].endswith(",")
        and all(w.isalpha() and w.islower() for w in prefix[2:-1] + [prefix[-1][:-1]])
        and (
            (prefix[1].rstrip(",").isalpha() and prefix[1].rstrip(",").islower())
            or (len(prefix) > 2 and _POSSESSIVE_NAME_RE.fullmatch(prefix[1]) is not None)
        )
    )


def _lead_then_described(text, s0, pos):
    """A lead phrase, then a described subject that the name at ``pos`` stands in
    apposition to ("On television Tuesday, his wife, Jane, called for ...")?

    >>> t = "On television Tuesday, his wife, Jane, called for calm."
    >>> _lead_then_described(t, 0, t.index("Jane")), _lead_then_described(t, 0, 3)
    (True, False)
    """
    c = clause_comma_find(text, s0, pos)
    return (
        c > 0
        and _LEAD_PHRASE_RE.match(text, s0, c + 1) is not None
        and _described_subject(text[c + 1 : pos].split())
    )


# a capitalised possessive in a described subject ("The Jets' coach, Ann Roe,")
_POSSESSIVE_NAME_RE = re.compile(r"[A-Z][\w\-]*(?:['’]s?|s['’])")


# ", Ann Lee continued to ...": a name after a comma and before a finite verb (a past
# form in -ed or a listed one, after at most one adverb) is the subject of a clause
_COMMA_SUBJECT_RE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.[ \t]+)?"  # "..., Mr. Lee continued"
    r"(?:[A-Z][\w'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]*[a-z][ \t]+"
    r"(?:(?:also|then|later|now|still|quickly|repeatedly|never|often|again)[ \t]+)?"
    r"(?:[a-z]{2,}ed|has|had|is|was|says|said|told|will|would|can|could|did|does|made|"
    r"gave|took|went|spoke|wrote|thinks|thought|knows|knew|wants|believes|argues|insists|"
    r"stood|sat|rose|came|held|began|shook|felt|kept|met|ran|won|lost|left|"
    r"[a-z]{2,}[a-rt-z]s)(?:n['’]t)?\b"
)  # (irregular past tenses: "Given a chance to speak, Lee stood"; "Lee doesn't"; a


# present tense of a feature: "As the lunch crowd arrives, Ann Roe ladles the soup")


def _name_matches(text):
    """The ``_NAME_SEQ_RE`` matches of ``text`` that start outside its byline line
    (``bylines.byline_span``: "By Ann Roe", the writer, is no antecedent), for
    ``_ArticleNames.__init__``. The position test runs only in an article with a byline
    (speed69: no ``m.start()`` per match elsewhere).

    >>> t = "Fire hits mill" + 2 * chr(10) + "By Ann Roe" + 2 * chr(10) + "Tom Vale spoke."
    >>> [m.group() for m in _name_matches(t)]
    ['Fire', 'Tom Vale']
    """
    matches = _NAME_SEQ_RE.finditer(text)
    span = byline_span(text)
    if span is None:
        return matches
    lo, hi = span
    return (m for m in matches if not lo <= m.start() < hi)


def _conjoined_subject(text, s0, pos):
    """``conjoined_apposed_subject`` outside a reported clause ("and her brother, Cyril
    Roe, scored", not "said that ..., and her brother, Cyril Roe, would ...")."""
    return (
        text.find(",", max(s0, pos - 3), pos) >= 0
        and conjoined_apposed_subject(text, s0, pos)
        and _REPORTED_RE.search(text, s0, pos) is None
    )


def _comma_subject(text, s0, pos):
    """Is the name at ``pos`` the subject of a main clause that a comma opens in the
    sentence starting at ``s0``, before its verb ("After the vote, which took hours,
    Lee continued to ...")? Not in a reported clause ("He said that if the field
    stays divided, Lee would win").

    >>> t = "But after the long debate over the rules, Ann Lee continued to object."
    >>> _comma_subject(t, 0, t.index("Ann")), _comma_subject(t, 0, t.index("But"))
    (True, False)
    """
    before = text[max(0, pos - 3) : pos].rstrip()
    return (
        before.endswith(",")
        and _COMMA_SUBJECT_RE.match(text, pos, pos + 80) is not None
        and (
            _REPORTED_RE.search(text, s0, pos) is None
            or _ASKED_LEAD_RE.fullmatch(text, s0, pos) is not None
        )
    )


# a question put to the subject, as the sentence's one lead phrase ("Asked whether
# teachers would strike in 2030 if nothing changed, Roe paused."): its "whether" or
# "that" is the question's, not a reported clause around the name
_ASKED_LEAD_RE = re.compile(
    r"[ \t\n\"“]*(?:Asked|Pressed|Questioned|Quizzed)\b[^,;:\n\x01]{1,200},[ \t]+"
)


def _dateline_ends_at(text, pos):
    """Does a dateline that opens ``pos``'s line end right at ``pos`` ("OTTAWA — Acme
    Corp. is ...", "LONDON, Ont. — A man ...")?"""
    ls = text.rfind("\n", 0, pos) + 1
    if pos - ls > 160:
        return False  # (no dateline is that long: a bounded match per name)
    m = long_dash_dateline(text, ls, pos + 1)
    return m is not None and m.end() == pos


# "One local woman, Ann Roe, pulled ...", "A superdelegate, party chairwoman Ann Roe,
# pledged ...": a description opens the sentence and the name in apposition to it is
# the subject (up to four capitalised words and a lower-case title before the name)
_DESC_OPENER_RE = re.compile(
    r"[ \t]*(?:(?:But|And|Meanwhile),?[ \t]+)?(?:One|A|An|Another|The)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,3}?[a-z][\w-]*"
    r"(?:[ \t]+(?:from|of|for|at|with)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’.&-]*[ \t]+){0,3}[A-Z][\w'’.&-]*)?"
    r",[ \t]+(?:(?:[A-Z][\w.&-]*[ \t]+){0,4}(?:[a-z]+[ \t]+){1,2})?\Z"
)  # ("The study's third author, graduate student Ann Roe, ...", "The minister from


# the Marshall Islands, Ann Roe, ...")
_APPOSED_VERB_RE = re.compile(
    r"(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’-]*,[ \t]+"
    # (an age and an indefinite description: "Ann Roe, 91, a retired nurse from Sooke, read")
    r"(?:\d{1,3},[ \t]+)?(?:an?[ \t][^,.;:\n“”\"]{1,60},[ \t]+)?"
    r"(?:who(?:se)?[ \t][^,.;:\n“”\"]{1,80},[ \t]+)?"  # ("Ann Roe, who is Bo Roe's cousin, was")
    r"(?:an?[ \t][a-z][^,.;:\n“”\"]{1,60},[ \t]+)?"  # ("Ann Roe, a former nurse, agreed")
    r"(?:(?:also|then|later|now|still|quickly)[ \t]+)?"
    r"(?:[a-z]{2,}ed|has|had|is|was|says|said|told|will|would|did|made|gave|took|went|spoke"
    r"|wrote|read)\b"
)


def _described_apposition(text, s0, pos):
    """Is the name at ``pos`` in apposition to a description that opens its sentence,
    and the subject of its verb ("One local woman, Ann Roe, pulled the mayor aside")?

    >>> t = "One local woman, Ann Roe, pulled the mayor aside."
    >>> _described_apposition(t, 0, t.index("Ann")), _described_apposition(t, 0, 0)
    (True, False)
    """
    return (
        0 < pos - s0 <= 90
        and _DESC_OPENER_RE.match(text, s0, pos) is not None
        and _APPOSED_VERB_RE.match(text, pos, pos + 80) is not None
    )


# an indefinite description naming its person, the sentence's subject, after an optional
# lead phrase set off by a comma ("Outside the plant, a worker named "; "One woman named ")
_NAMED_DESC_RE = re.compile(
    r"[ \t\"“]*(?:(?:But|And)[ \t]+)?(?:[^\n,;:\"“”]{1,160},[ \t]+)?"
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:[a-z][\w'’\-]*[ \t]+){1,3}named[ \t]+"
)


def _named_described_subject(text, s0, pos):
    """Is the name at ``pos`` the one an indefinite description opening the sentence
    (after a lead phrase and its comma) names, with the clause's verb after it ("Outside
    the plant, a worker named Tomas Arriaga has nothing but praise")? Not in a reported
    clause ("He said a worker named Tomas Arriaga had quit").

    >>> t = "Outside the plant, a worker named Tomas Arriaga has nothing but praise."
    >>> _named_described_subject(t, 0, t.index("Tomas"))
    True
    >>> t = "He said a worker named Tomas Arriaga had quit."
    >>> _named_described_subject(t, 0, t.index("Tomas"))
    False
    """
    return (
        _NAMED_DESC_RE.fullmatch(text, s0, pos) is not None
        and _REPORTED_RE.search(text, s0, pos) is None
        and _COMMA_SUBJECT_RE.match(text, pos, pos + 80) is not None
    )


_REPORTED_RE = re.compile(r"\b(?:that|whether)\b|(?<!\bbe )\b(?:said|says|told)\b")


# "Sanders's campaign manager, " / "The governor's chief of staff, " / "Lee's running
# mate — Ohio Gov. ": a possessor and a lower-case role before a comma or a dash (and
# up to three capitalised title words), just before a name in apposition
# "Her neighbour across the road, Walt Roe, has not rebuilt": a role possessed by a
# pronoun, in lower case, then the name in apposition (the clause subject)
_PRONOUN_ROLE_RE = re.compile(
    r"[\"“‘'(\[]?(?:His|Her|Their|Our|My)[ \t]+(?:[a-z][a-z\-]*[ \t]+){0,4}[a-z][a-z\-]*,[ \t]+"
    r"(?:\d{1,3}-year-old[ \t]+)?"  # ("His daughter, 15-year-old Lina, said")
)


_POSS_ROLE_RE = re.compile(
    r"(?:[Tt]he[ \t]+(?:[A-Z][\w\-]*[ \t]+){0,2}[a-z]+|[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,3})"
    r"(?:['’]s|s['’])[ \t]+(?:[a-z][a-z\-]*[ \t]+){0,3}[a-z][a-z\-]*(?:,|[ \t]*[—–])[ \t]*"
    r"(?:[A-Z][\w.\-]*[ \t]+){0,3}\Z"
)


def _possessive_apposition(text, s0, pos):
    """Does the name at ``pos`` stand in apposition to a possessed role that opens its
    sentence at ``s0`` ("Sanders's campaign manager, Jeff Weaver, said" / "On Monday,
    the governor's chief of staff, Ann Roe, said"), so that the name, not the
    possessor, is the clause subject?

    >>> t = "On Monday, the mayor's chief of staff, Ann Roe, said no."
    >>> _possessive_apposition(t, 0, t.index("Ann")), _possessive_apposition(t, 0, 3)
    (True, False)
    """
    lo = max(s0, pos - 90)
    if text.find("'", lo, pos) < 0 and text.find("’", lo, pos) < 0:
        return False  # no possessive before the name (a cheap test before the regex)
    m = _POSS_ROLE_RE.search(text, lo, pos)
    if m is None:
        return False
    head = text[s0 : m.start()]
    return (
        not head.strip()
        or all(w.lower().strip(",") in _SENT_START_STOP for w in head.split())
        or _LEAD_PHRASE_RE.match(text, s0, m.start()) is not None
    )


# a time phrase opening the sentence without a comma before the subject ("On
# Thursday evening Ann Vale delivered ...", "Last week Lee said")
_LEAD_TIME_RE = re.compile(
    r"\s*(?:(?:And|But|Then)[ \t]+)?(?:(?:On|Late|Early)[ \t]+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Tonight|Yesterday"
    r"|(?:Last|Earlier|Later)[ \t]+(?:(?:this|that)[ \t]+)?(?:week|month|year|day|night))"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?[ \t]+"
)


_LEAD_PHRASE_RE = re.compile(
    r"(?:(?:And|But|So|Yet)[ \t]+)?"
    r"(?:(?:In|On|At|After|Before|During|With|For|Since|Despite|Amid|Under|Following|Speaking|"
    r"Asked|Earlier|Later|Last|Unlike|Like|Outside|Inside|Across|Back|Near|Next|Along|Throughout|"
    r"Beside|Behind|Alongside|Among|"  # "Beside the stage, Ann Roe held a flag"
    r"Reached|Contacted|Interviewed|Pressed|Questioned|"  # "Reached by phone, Ann Roe said"
    r"(?<=[a-z] )(?:in|on|at|after|before|since|during))"
    r"\b[^,.;:\n\x01]{1,70}"
    r"|(?:Days|Weeks|Months|Years|Hours|Minutes|Moments|Shortly|Soon|Not[ \t]+long)[ \t]+"
    r"(?:after|before|later|earlier|afterward|afterwards)\b[^,.;:\n\x01]{0,50}"
    r"|(?:Meanwhile|Instead|However|Still|Separately|Afterward|Afterwards|Then|Now))"
    r",\s*$"
)


# "Among those injured was Ann Roe": the name after the verb is the clause subject
_INVERTED_SUBJECT_RE = re.compile(
    r"(?:Among|Also[ \t]+among)\b[^,.;:\n\x01]{1,60}[ \t](?:was|were|is|are)[ \t]+"
    # a place first: "Yet there in the back was Lee", "In the front row sat Lee"
    r"|(?:(?:Yet|But|And|Also)[ \t]+)?(?:[Tt]here|Here|In|At|Behind|Inside|Outside|Nearby)\b"
    r"[^,.;:\n\x01]{0,60}[ \t](?:was|is|stood|sat)[ \t]+"
)


# "Then there was the radio host Ann Roe, who ...", "Then there’s Roe.", "Yet there in
# the back was Lee": an existential sentence introduces the person it names as its
# subject (up to five lower-case words, after an optional possessor of up to five
# capitalised words)
_THERE_WAS_RE = re.compile(
    r"[ \t]*(?:(?:And|But|Yet|So|Then|First|Now|Also|Finally|Next)[ \t]+)?(?:[Tt]hen[ \t]+)?"
    r"[Tt]here(?:[ \t]+(?:in|at|on|outside|inside)[ \t]+[^,.;:\n\x01]{1,30})?"
    r"(?:['’]s|[ \t]+(?:was|is|were|are|came|comes))[ \t]+(?:also[ \t]+)?(?:(?:the|a|an)[ \t]+)?"
    r"(?:(?:[A-Z][\w.&’'-]*[ \t]+){0,4}[A-Z][\w.&-]*['’]s[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,5}"
)


# "Some defenders of the deal, like Ann Roe, a fellow at ..., admit": one person given
# as the example of a plural described subject stands for it ("he said" after it);
# the name is followed by an apposition, "who" or a verb, not by more names
_EXAMPLE_SUBJECT_RE = re.compile(
    r"[ \t]*(?:(?:And|But|Yet|Still),?[ \t]+)?(?:Some|Many|Other|Several|Most|A[ \t]+few)\b"
    r"[^,.;:\n\x01]{1,60},[ \t]+(?:like|such[ \t]+as|including)[ \t]+"
)


_EXAMPLE_NAME_END_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*(?:,[ \t]+(?:a|an|the|who)|[ \t]+(?!and\b)[a-z]{3,})\b"
)


# an imperative that makes a person the topic ("Just look at Speaker Ann Roe.",
# "Consider the case of Ms. Lee.", "Take Tom Vale, who ..."): the person is the subject
_LOOK_AT_RE = re.compile(
    r"[ \t]*(?:(?:But|And|So|Now),?[ \t]+)?(?:[Jj]ust[ \t]+)?(?:[Ll]ook[ \t]+at|[Cc]onsider|[Tt]ake)"
    r"[ \t]+(?:the[ \t]+(?:case|example)[ \t]+of[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}"
)


# a cleft sentence: "As usual, it was Lee who commanded the attention" (Lee the subject)
_CLEFT_RE = re.compile(r"(?:[^,.;:\n\x01]{1,40},[ \t]+)?[Ii]t[ \t]+(?:was|is)[ \t]+")


def _lead_then_titles(text, s0, pos, prefix, lex):
    """A lead phrase, then lower-case titles before the name ("At the hall, volunteer")."""
    i = len(prefix)
    while i > 1 and len(prefix) - i < 3 and prefix[i - 1] in lex.titles:
        i -= 1
    if i == len(prefix) or not prefix[i - 1].endswith(","):
        return False
    end = text.rfind(prefix[i - 1], s0, pos) + len(prefix[i - 1])
    return _LEAD_PHRASE_RE.match(text, s0, end) is not None


_WORD_AT_RE = re.compile(r"(\w+)")


# sentence adverbs that may open a clause before its subject ("Meanwhile Rihanna ...")
_LEAD_WORDS = frozenset(
    "meanwhile instead however still separately afterward afterwards then now also later "
    "finally indeed yet earlier even".split()
)
