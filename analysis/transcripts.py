"""Transcripts: documents written as speaker turns ("MS. JEAN-PIERRE:  Good
afternoon.", "Q  Thank you.", "THE PRESIDENT:  Well, ..."), such as press
briefings and interviews. This module owns turn detection (:func:`find_turns`),
the resolution of a turn label to the full name the document gives ("MS.
JEAN-PIERRE" -> "Karine Jean-Pierre" when the text names "Press Secretary Karine
Jean-Pierre"; "Q" -> "reporter", typed anonymous) and :func:`add_turns`, which
``extract_quotes`` runs last: it adds one ``kind="turn"`` row per turn (offsets of
what was said, after the label), gives first-person statements inside a turn to
the turn's speaker, and drops extractor rows whose speaker is a turn label.
Quotes inside a turn keep their own speakers. Rule-based and deterministic.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from operator import itemgetter

import pandas as pd

from ._lower import lower_aligned
from .gender import _first_names

__all__ = ["find_turns", "add_turns", "is_transcript"]

# A label opens a paragraph: upper-case words and a colon, or a bare "Q".
# (An interview inside a news article may open each turn's paragraph with a quotation
# mark, '"PENCE: Well, ...'; "A:" answers a "Q:". Accented capitals count as capitals:
# "BÉLANGER-STROUD:", "DESROCHES-LÉVESQUE:".)
_UP = "A-ZÀ-ÖØ-Þ"
_LABEL = re.compile(
    rf"(?m)^[ \t]*[\"“]?(?:(?P<label>(?:[{_UP}][{_UP}.’'\-]*[ \t]+){{0,5}}[{_UP}][{_UP}.’'\-]*[{_UP}.]):"
    r"|(?P<q>Q)(?=[ \t]|:|$):?|(?P<a>A):"
    r"|(?P<t>[A-Z][a-z’']+(?:-[A-Z]?[a-z’']+)*(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z’']+(?:-[A-Z]?[a-z’']+)*)){0,3})"
    r":(?=[ \t\xa0]))[ \t\xa0]*"
)
# Read "A:" paragraphs as the answers of the person a question-and-answer interview
# introduces (the written news guidelines: answers are quotes of the interviewee,
# questions are not, so a "Q" turn beside "A" turns gives no row). On (session 20):
# written --set all F1 0.967 -> 0.970 (18 answers matched, no new false positive);
# PolNeAR train F1 0.9034 -> 0.9032 (P -0.0015, R +0.0011): one train Q&A annotates
# its answers (under the letter "A", which no name matches), the other (politico,
# Biden) annotates none, only the attributions inside them.
ANSWER_TURNS = True
# Drop the turns of an interview's named interviewer ("The Ledger: Why close now?",
# ``_askers``)? Off: the written news guidelines count no question as a quote (11 false
# positives in tests/data/written_news2), but PolNeAR annotates an interviewer's
# questions (one dev interview: 5 attributions lost, F1 0.907 -> 0.904; no train
# article has such an interviewer), and "Q" turns are kept as the reporter's anyway.
DROP_ASKER_TURNS = False
# first- or second-person words: evidence that a labelled paragraph is speech
_SPEECH_PERSON = re.compile(r"(?<![\w’'])(?:I|(?i:me|my|we|us|our|you|your))(?![\w])")
_TEXT_WORD = re.compile(r"[\w-]+")  # what a label word must not be written as, in lower case
_END = re.compile(r"(?m)^[ \t]*(?:END[ \t]|END$|\d{1,2}:\d{2}[ \t]*[AP]\.?M\.?)")
_ANON = frozenset(
    """
    official officials moderator operator aide participant participants audience member
    members reporter reporters staff question questioner speaker interpreter voice voices
    crowd attendee attendees student students announcer narrator unidentified
    """.split()
)
_HONORIFIC = frozenset("mr mrs ms miss dr the".split())
_VOCATIVE = frozenset("mr mrs ms madam madame".split())  # "Mr. President Trump —"
_FIRST_PERSON = frozenset(
    "i i'm i've i'd i'll me my mine myself we we're we've we'd we'll us our ours ourselves".split()
)
_NOT_LABELS = frozenset("NOTE|PS|P.S.|EDITOR'S NOTE|UPDATE|CORRECTION|ET|EST|EDT|AM|PM".split("|"))


def _fold(s: str) -> str:
    return s.lower().replace("’", "'").replace(".", "")


def _fewer_than_two_marks(text: str) -> bool:
    """``text.count(":") + text.count("\\nQ") < 2``, reading only as far as it must.

    >>> _fewer_than_two_marks("a: b"), _fewer_than_two_marks("a: b\\nQ c"), _fewer_than_two_marks("x")
    (True, False, True)
    """
    first = text.find(":")
    if first >= 0 and text.find(":", first + 1) >= 0:
        return False
    q = text.find("\nQ")
    if q < 0:
        return True
    return first < 0 and text.find("\nQ", q + 2) < 0


def find_turns(text: str) -> list[tuple[str, int, int, int, int]]:
    """Speaker turns of a transcript: (label, label_start, label_end, start, end).

    ``text[start:end]`` is what was said (label and trailing space removed).
    Empty list when the text is not a transcript (fewer than three turns or
    fewer than two distinct labels).

    Example:
        >>> t = "MS. LEE: Good afternoon.\\n\\nQ Thanks. One question.\\n\\nMS. LEE: Sure."
        >>> [(lab, t[s:e]) for lab, _, _, s, e in find_turns(t)]
        [('MS. LEE', 'Good afternoon.'), ('Q', 'Thanks. One question.'), ('MS. LEE', 'Sure.')]
    """
    if not isinstance(text, str) or _fewer_than_two_marks(text):
        return []
    marks = _label_marks(text)
    labels = {m[0] for m in marks}
    words = set(_TEXT_WORD.findall(text)) if len(labels) > 2 else None  # (one scan)
    kinds = {lab: _label_kind(lab, text, words) for lab in labels}
    for lab, *_, title in marks:
        if title and kinds[lab]:
            kinds[lab] = "name"  # "Chris Matthews:", "Lopez:": never a briefing by itself
    if "Q" not in kinds:
        kinds["A"] = None  # "A:" answers only a "Q"
    ok = [m for m in marks if kinds[m[0]]]
    if len(ok) < 2 or len({m[0] for m in ok}) < 2:
        return []
    turns = []
    for k, (lab, ls, cs, _line, _title) in enumerate(marks):
        if not kinds[lab]:
            continue  # a heading ends the turn before it but is no speaker
        stop = marks[k + 1][3] if k + 1 < len(marks) else len(text)
        end = _END.search(text, cs, stop)
        if end:
            stop = end.start()
        seg = text[cs:stop]
        e = cs + len(seg.rstrip())
        if e > cs:
            turns.append((lab, ls, ls + len(lab), cs, e))
    if len(turns) >= 3 and any(kinds[t[0]] == "strong" for t in turns):
        return _end_last_turn(text, turns) if _embedded_interview(text, turns) else turns
    if _is_dialogue(text, turns) or _question_then_named_answer(text, turns):
        return _end_last_turn(text, [_without_stage_direction(text, t) for t in turns])
    return []  # headings ("FACT:", "PROMISE KEPT:") or a comparison ("BIDEN:", "TRUMP:")


_PARAGRAPH_BREAK = re.compile(r"\n\s*")


def _embedded_interview(text: str, turns) -> bool:
    """Is the interview a section inside an article (at most 16 turns, after three
    paragraphs or more of the article's own text, two of them sentences of prose of 100
    characters or more) rather than a transcript? Its last turn
    then ends with its paragraph (``_end_last_turn``): the narration after it is the
    article's, "Much of that learning came from ..." no answer."""
    if len(turns) > 16:
        return False  # (a briefing or a hearing: a transcript, however long its header)
    paras = _PARAGRAPH_BREAK.split(text[: turns[0][1]].strip())
    prose = [p for p in paras if len(p) >= 100 and p.rstrip().endswith((".", "”", '"'))]
    return len(paras) >= 3 and len(prose) >= 2


_STAGE_RE = re.compile(r"\n[ \t]*[\"“]?\([^()\n]{1,40}\)\.?[\"”]?[ \t]*\Z")


def _without_stage_direction(text: str, turn):
    """The turn without a closing paragraph that is a stage direction
    ("(CROSSTALK.)", "(LAUGHTER)")."""
    lab, ls, le, s, e = turn
    m = _STAGE_RE.search(text, s, e)
    if m is not None and text[s : m.start()].strip():
        e = s + len(text[s : m.start()].rstrip())
    return lab, ls, le, s, e


def _end_last_turn(text: str, turns):
    """The turns of an interview quoted inside an article, the last one ended with
    its paragraph (and the paragraphs after it that open with a quotation mark, the
    convention for a quotation that goes on): the article's own text follows."""
    lab, ls, le, s, e = turns[-1]
    end = text.find("\n", s, e)
    while end >= 0:
        nxt = end
        while nxt < e and text[nxt].isspace():
            nxt += 1
        if nxt >= e or text[nxt] not in '"“':
            break
        end = text.find("\n", nxt, e)
    if end >= 0:
        e = len(text[:end].rstrip())
    return [*turns[:-1], (lab, ls, le, s, e)]


def _names_someone(label: str, text: str, given) -> bool:
    """Is a title-case label a person's name: a given name and more words, words
    the text also writes elsewhere, or a surname the text gives in full?"""
    words = label.split()
    if len(words) > 1:
        return words[0].lower() in given or text.count(label) > 1
    return bool(_full_names(label, text))


_LINE_Q_START = ' \t"“Q'  # what a line whose label is a bare "Q" can open with


def _line_labels(text: str):
    """The ``_LABEL`` matches of the lines of ``text`` (tried at line starts only:
    faster than a scan of every position)."""
    match, find = _LABEL.match, text.find
    pos, n = 0, len(text)
    colon = -1  # the next ":" at or after pos (n: none left)
    while pos < n:
        nl = find("\n", pos)
        if colon < pos:
            colon = find(":", pos)
            if colon < 0:
                colon = n
        # every label but "Q" ends in ":" on its own line; "Q" opens the line after
        # spaces and a quotation mark: lines with neither are never tried
        if colon < (n if nl < 0 else nl) or text[pos] in _LINE_Q_START:
            m = match(text, pos)
            if m is not None:
                yield m
        if nl < 0:
            break
        pos = nl + 1


def _label_marks(text: str) -> list[tuple[str, int, int, int, bool]]:
    """(label, label start, content start, line start, title case) of every label
    that opens a line: upper case ("PENCE:"), "Q", "A:", or a person's name in title
    case ("Chris Matthews:", "Lopez:" when the text names a Lopez in full); listed
    labels ("UPDATE:", "Watch:", resources/colon_labels.txt) left out."""
    from .quotes.lexicon import colon_labels

    labels = colon_labels()
    given = _first_names()
    named: dict[str, bool] = {}
    marks = []
    for m in _line_labels(text):
        g = next(k for k in ("label", "q", "a", "t") if m.group(k))
        if g == "a" and not ANSWER_TURNS:
            continue
        lab = m.group(g).strip()
        if lab in _NOT_LABELS or (g == "label" and len(lab) < 2) or lab.lower() in labels:
            continue
        if g == "t":
            if m.start() < text.find("\n"):
                continue  # "Pence: ..." as the headline is no turn
            if lab not in named and len(named) < 40:  # (a list of 40 names is no talk)
                named[lab] = _names_someone(lab, text[:200_000], given)
            if not named.get(lab):
                continue  # "Student loans:", "Look:": no name, and no turn end either
        marks.append((lab, m.start(g), m.end(), m.start(), g == "t"))
    return marks


def _is_dialogue(text: str, turns) -> bool:
    """Do turns whose labels are bare names ("PENCE:", "WALLACE:") read as an
    interview or a debate rather than a comparison ("BIDEN: Raised taxes.") or
    headed sections ("Jeb Bush: Student loans")? Two speakers or more, one of
    them speaking twice or more, turns in the first or second person (at least
    two, and half of them), and three turns or a speaker the text names in full."""
    speakers = len({_fold(t[0].split()[-1]) for t in turns})  # "Ada Lee", "Lee": one
    if _two_line_exchange(text, turns, speakers):
        return True  # "HOBBS: We need to move." then "VELL: I do not agree.": each speaks once
    if not 2 <= speakers < len(turns):
        return False  # one speaker, or no one speaking twice ("Jeb Bush: Student loans ...")
    if sum(text[s] in '"“”' for *_, s, _e in turns) * 2 > len(turns):
        return False  # 'Ann Lee: "..."' paragraphs: a list of quotes (colon frames)
    spoken = sum(_SPEECH_PERSON.search(text, s, e) is not None for *_, s, e in turns)
    if spoken < max(2, len(turns) / 2):
        return False
    return len(turns) >= 3 or any(_full_names(t[0], text[:200_000]) for t in turns)


def _question_then_named_answer(text: str, turns) -> bool:
    """Are ``turns`` one "Q:" question and, right after it, one answer under a
    speaker's label ("Q: Did you sign it?" then "Ann Roe: No."), not quoted?

    >>> t = "Q: Did you sign it?\\n\\nAnn Roe: No."
    >>> _question_then_named_answer(t, [("Q", 0, 1, 3, 19), ("Ann Roe", 21, 28, 30, len(t))])
    True
    >>> _question_then_named_answer(t, [("Q", 0, 1, 3, 18), ("Ann Roe", 21, 28, 30, len(t))])
    False
    """
    if len(turns) != 2 or turns[0][0] != "Q" or turns[1][0] in ("Q", "A"):
        return False
    q, a = turns
    if not text[q[3] : q[4]].rstrip().endswith("?") or text[a[3]] in '"“”':
        return False
    return text[q[4] : a[1]].strip() == ""  # (the answer right after the question)


def _two_line_exchange(text: str, turns, speakers: int) -> bool:
    """Are ``turns`` an exchange of two upper-case speakers, one turn each, both in
    the first or second person and not quoted ("HOBBS: We need to move now." then
    "VELL: I do not agree with that.")?

    >>> t = "HOBBS: We need to move now.\\nVELL: I do not agree with that."
    >>> _two_line_exchange(t, [("HOBBS", 0, 5, 7, 27), ("VELL", 28, 32, 34, len(t))], 2)
    True
    """
    if speakers != 2 or len(turns) != 2 or not all(t[0].isupper() for t in turns):
        return False
    if any(text[s] in '"“”' for *_, s, _e in turns):
        return False  # 'HOBBS: "..."': a list of quotes (colon frames)
    return all(_SPEECH_PERSON.search(text, s, e) is not None for *_, s, e in turns)


def _label_kind(label: str, text: str, words_of_text: set | None = None) -> str | None:
    """ "strong" (Q, a title, a role, a full name), "name" (one word that the
    text never writes in lower case) or None (a heading, a medium).
    ``words_of_text``: the set of ``_TEXT_WORD`` runs of ``text``, when known."""
    from .quotes.names import _TITLES
    from .speaker_types import _MEDIA

    if label in ("Q", "A"):
        return "strong"
    words = [_fold(w) for w in label.split()]
    if words[0] in _TITLES or words[0] in _HONORIFIC or any(w in _ANON for w in words):
        return "strong"
    if label.title() in _MEDIA or label in _MEDIA or label.endswith("-TV"):
        return None
    for w in words:
        if len(w) <= 2:
            continue
        if words_of_text is not None and "'" not in w:
            found = w in words_of_text
        elif w not in text:
            found = False  # (every match holds the word: no pattern compiled)
        else:
            found = re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text) is not None
        if found:
            return None  # "FACT", "PROMISE KEPT": words the text also writes in lower case
    return "strong" if 2 <= len(words) <= 4 and words[0] in _first_names() else "name"


def is_transcript(text: str) -> bool:
    """True when ``text`` is written as speaker turns.

    Example:
        >>> is_transcript("Q Why?\\n\\nMR. ROY: Because.\\n\\nQ And?\\n\\nMR. ROY: So.")
        True
    """
    return bool(find_turns(text))


def _title_case(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


_LEAD = re.compile(r"((?:[A-Z][\w.’'-]*[ \t]+){1,4})$")


_HEAD: list = [None]  # (text, its head, the head lowered) of the last _head_lower text


def _head_lower(text: str) -> tuple[str, str]:
    """(``text[:200_000]``, its lower case), computed once per text (a transcript of
    10,000 labels read them once per label: quadratic). One tuple swapped in whole,
    so that threads sharing the cache never mix two texts."""
    got = _HEAD[0]
    if got is None or got[0] is not text:
        head = text[:200_000]
        got = (text, head, lower_aligned(head))  # (its positions are the head's)
        _HEAD[0] = got
    return got[1], got[2]


_WHOLE_WORDS: list = [None]  # (a lowered head, times asked, {word: starts} or None)
# a run of characters that are str.isalnum() or a hyphen (re's \w is isalnum() or "_")
_WORD_RUN = re.compile(r"(?:[^\W_]|-)+")


def _word_starts(low: str, want: str):
    """Starts in ``low`` of ``want`` (all isalnum() characters or hyphens) written as a
    whole word (no such character either side), in order, from an index of the words of
    ``low`` built once it has been asked for 8 words (a transcript of many distinct labels
    scanned its 200,000-character head once per label: quadratic); None before that
    (the caller scans). One tuple swapped in whole, as for ``_HEAD``.

    >>> low = "ann roe, roe-vale and roe. " * 3
    >>> [_word_starts(low, "roe") for _ in range(8)][-1][:3]
    [4, 22, 31]
    """
    got = _WHOLE_WORDS[0]
    if got is None or got[0] is not low:
        got = (low, 0, None)
    index = got[2]
    if index is None:
        if got[1] + 1 >= 8:
            index = {}
            for m in _WORD_RUN.finditer(low):
                index.setdefault(m.group(), []).append(m.start())
        _WHOLE_WORDS[0] = (low, got[1] + 1, index)
    return None if index is None else index.get(want, ())


def _whole_word_at(low: str, want: str, indexed: bool):
    """Starts of ``want`` in ``low`` with no isalnum() character or hyphen either side,
    in order (from ``_word_starts`` when ``indexed`` and ``want`` is one such word: the
    same starts, as an occurrence of such a word that overlaps the one before it has a
    word character right before it)."""
    starts = _word_starts(low, want) if indexed and _WORD_RUN.fullmatch(want) else None
    if starts is not None:
        yield from starts
        return
    i = low.find(want)
    while i >= 0:
        j = i + len(want)
        ok = not (i and (low[i - 1].isalnum() or low[i - 1] == "-"))
        ok &= not (j < len(low) and (low[j].isalnum() or low[j] == "-"))
        if ok:
            yield i
        i = low.find(want, j)


def _full_names(surname: str, text: str, titled: str = "", low: str | None = None) -> Counter:
    """Full names ending with ``surname`` written in ``text`` ("Press Secretary
    Karine Jean-Pierre" -> "Karine Jean-Pierre"); ``titled``: only after that title;
    ``low``: ``text.lower()`` when known."""
    from .speakers import parse_person_name

    names: Counter = Counter()
    n = 0
    indexed = low is not None  # (a cached head: the same string for every label)
    low = lower_aligned(text) if low is None else low  # (positions of ``text``)
    want = lower_aligned(surname)
    for i in _whole_word_at(low, want, indexed):
        if n >= 40:
            break
        j = i + len(want)
        sname = text[i:j]
        if not sname[:1].isupper() or (sname.isupper() and len(sname) > 3):
            continue  # a label, or the word in lower case
        m_start = j - len(want)
        lead = _LEAD.search(text[max(0, m_start - 80) : m_start])
        if not lead or (titled and titled not in lead.group(1)):
            continue
        lead_words = lead.group(1).split()
        own = [i for i, w in enumerate(lead_words) if w.endswith(("’s", "'s", "’", "'"))]
        if own:  # "Reuters’ Luciana Lopez", "MSNBC’s Alex Seitz-Wald": the possessor is no name
            lead_words = lead_words[own[-1] + 1 :]
            if not lead_words:
                continue
        display, key, _ = parse_person_name(" ".join(lead_words) + " " + sname)
        if (
            len(key) >= 2
            and key[0] not in ("drs", "messrs", "sens", "reps", "govs", "mmes")
            and not (len(display[0]) == 1 and display[0].isupper())  # "Q Kirby"
            and not any(t.isupper() and len(t) > 2 for t in display)
        ):
            names[" ".join(display)] += 1
        n += 1
    return names


def _titled_surnames(titled: str, text: str) -> Counter:
    """Surnames of the names written right after ``titled`` ("President Joe
    Biden", "President Biden" -> "Biden"); "Vice President Harris" is not
    "President Harris"."""
    from .quotes.lexicon import load_titles
    from .speakers import parse_person_name

    mods = load_titles()["modifier"]
    pat = re.escape(titled) + r"\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)"
    found: Counter = Counter()
    for m in re.finditer(pat, text):
        before = text[max(0, m.start() - 12) : m.start()].split()
        if before and _fold(before[-1].rstrip("-")) in mods | _VOCATIVE:
            continue  # "Vice President Harris", "former President Obama", "Mr. President"
        words = m.group(1).split()
        for k in range(len(words), 0, -1):  # "President Biden Thursday": the longest name
            display, key, _ = parse_person_name(titled + " " + " ".join(words[:k]))
            if key and display and display[-1] == words[k - 1].rstrip("’'s"):
                found[display[-1]] += 1
                break
    return found


_LABEL_SPACES_RE = re.compile(r"\s+")  # (white space runs in a turn label)
_ANSWER_LINE_RE = re.compile(r"[^\n]+")  # (a line of an answer, ``_answer_paragraphs``)


# "THE CHAIR:" turns of a committee hearing: the person the text names in an
# apposition to the chair ("The committee's chair, Liberal MP Ann Roe, opened ...")
_CHAIR_WORDS = frozenset(("chair", "chairman", "chairwoman", "chairperson"))
_CHAIR_APPOSED_RE = re.compile(
    r"\b[Cc]hair(?:man|woman|person)?,[ \t]+((?:[A-Z][\w’'.-]*[ \t]+){1,4}[A-Z][\w’'-]+),"
)


def _chair_named(text: str) -> str | None:
    """The full name of the person the text sets in apposition to "chair" (the
    first such name), for a "THE CHAIR:" turn label; None when there is none.

    >>> _chair_named("OTTAWA — The committee's chair, Liberal MP Ann Roe-Vale, said.")
    'Ann Roe-Vale'
    >>> _chair_named("The chair, who was tired, spoke.") is None
    True
    """
    if "hair" not in text:
        return None
    from .speakers import parse_person_name

    for m in _CHAIR_APPOSED_RE.finditer(text):
        display = parse_person_name(m.group(1))[0]
        if display and len(display) >= 2:
            return " ".join(display)
    return None


def _label_name(label: str, text: str) -> tuple[str, str, str | None, Counter]:
    """(speaker, type, surname key, full names written in the text) of one turn label."""
    if label == "Q":
        return "reporter", "anonymous", None, Counter()
    if label == "A":
        return _interviewee(text)
    words = [w for w in _LABEL_SPACES_RE.split(label) if w]
    folded = [_fold(w) for w in words]
    if any(f in _ANON for f in folded) or len(words) > 4:
        return " ".join(folded), "anonymous", None, Counter()
    surname, titled = words[-1].strip("."), ""
    if folded[-1] in _CHAIR_WORDS:
        chair = _chair_named(text)
        if chair:
            return chair, "person", None, Counter()
    if folded[-1] in ("president", "secretary", "ambassador", "governor", "mayor", "lady"):
        # "THE PRESIDENT", "THE VICE PRESIDENT": the name written after the title
        titled = " ".join(_title_case(w) for w in words if _fold(w) != "the")
        found = _titled_surnames(titled, _head_lower(text)[0])
        if not found:
            return "the " + titled.lower(), "anonymous", None, Counter()
        surname = found.most_common(1)[0][0]
    head, low = _head_lower(text)
    names = _full_names(surname, head, titled, low)
    if not titled and len(words) >= 2 and folded[0] in _first_names():
        names[" ".join(_title_case(w) for w in words)] += 1  # "JAKE TAPPER"
    honor = folded[0] if folded[0] in _HONORIFIC and folded[0] != "the" else ""
    display = (titled + " " if titled else "") + _title_case(surname)
    display = ((honor.capitalize() + ". ") if honor else "") + display
    return display, "person", _fold(surname), names


_FIRST_Q = re.compile(r"(?m)^[ \t]*[\"“]?Q(?=[ \t]|:)")
# (a hyphenated surname is one word: "Abernethy-Sow", "Lloyd-Jones")
# (accented Latin letters too: "Lévesque-Adeyemi", "Élodie")
# ("Mc"/"Mac" before a second capital is one word: "MacDougall-Ferraz", "McNeil")
_CAP_WORD = (
    r"(?:Ma?c(?=[A-Z]))?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’']+"
    r"(?:-(?:Ma?c(?=[A-Z]))?[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ’']+)*"
)
# (a lower-case particle may stand inside: "Aurelie du Castel-Ramsay", "Ines van der Berg")
_CAP_RUN = re.compile(
    r"(?<![\w’'-])"
    + _CAP_WORD
    + r"(?:[ \t]+(?:(?:de|du|da|di|van|von|der|den|la|le|dos)[ \t]+){0,2}(?:[A-Z]\.|"
    + _CAP_WORD
    + r")){1,4}(?![\w-])"
)


# an age apposition right after a name ("Wren Roe, 26, spoke ..."): a person's name
_AGED_AFTER_RE = re.compile(r",[ \t]+\d{1,3},")
_HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+\Z")


def _interviewee(text: str) -> tuple[str, str, str | None, Counter]:
    """The label "A" of a question-and-answer interview: of the full names written
    before the first question (a listed given name and a surname, or any name after an
    honorific: "Dr. Halima Abernethy-Sow", or a name with an age apposition in the
    lead-in: "actor Wren Roe, 26, spoke to the Ledger"), the one whose surname that
    introduction repeats most (the earlier on a tie), never one after a possessive (the
    interviewer: "the Ledger's Colin Petrakis"); else "interviewee"."""
    from .quotes.interviewers import interviewer_before, lead_in_described, lead_in_pronoun_name
    from .quotes.lead_in_apposition import lead_in_apposition
    from .quotes.wordscan import _standalone_starts  # (no pattern per surname)

    q = _FIRST_Q.search(text)
    intro = text[: q.start() if q else min(len(text), 2000)]
    given = _first_names()
    best = None
    # "Mae Lyle, 71, ...\n\nShe spoke with reporter Ann Roe": the lead-in's "She"
    pronoun_named = lead_in_pronoun_name(intro) if q is not None else None
    pronoun_sur = pronoun_named.split()[-1] if pronoun_named else None
    for m in _CAP_RUN.finditer(intro):
        words = m.group().split()
        before = intro[max(0, m.start() - 6) : m.start()]
        if before.endswith(("'s ", "’s ")):
            continue  # "the Northern Ledger's Colin Petrakis": the outlet's reporter
        if interviewer_before(intro, m.start()):
            continue  # "agreed to speak to reporter Ann Roe": the one asking
        k = next((i for i, w in enumerate(words[:-1]) if w.lower() in given), None)
        if k is None and _HONORIFIC_BEFORE.search(before):
            k = 0  # "Dr. Halima Abernethy-Sow": a name, listed given name or not
        if k is None and _AGED_AFTER_RE.match(intro, m.end()) and _in_lead_in(intro, words[-1]):
            k = len(words) - 2  # "first-time actor Wren Roe, 26, spoke to the Ledger."
            if words[k].lower() in _lead_in_titles() or words[k].lower() in _NOT_GIVEN_WORDS:
                continue  # ("Minister Roe, 61,": no given name)
        if k is None and lead_in_apposition(intro, m.start(), m.end()):
            k = 0  # "The chamber's executive director, Noreen Abiodun-Hart, spoke to ..."
        if k is None and _lead_in_surname_alone(intro, words[-1]):
            k = len(words) - 2  # "Priyanka Roe" and "... spoke with Roe about ...:"
            if words[k].lower() in _lead_in_titles():
                continue  # ("Minister Roe": no given name)
            if words[k].lower() in _NOT_GIVEN_WORDS or words[-1].lower() in _NOT_GIVEN_WORDS:
                continue  # ("On Thursday, ..." and "... spoke on Thursday": no name)
        if k is None and words[-1] == pronoun_sur and len(words) >= 2:
            k = len(words) - 2  # ("Mae Lyle, a 71-year-old harvester, ..." before "She spoke")
            if words[k].lower() in _lead_in_titles() or words[k].lower() in _NOT_GIVEN_WORDS:
                continue
        if k is None:
            continue  # ("Vice President Joe Biden": the name from "Joe")
        words = words[k:]
        sur = words[-1]
        n = sum(1 for _ in _standalone_starts(intro, sur))  # (``sur``: a word of a run)
        n += 1000 * (_in_lead_in(intro, sur) or sur == pronoun_sur)  # ("Roe answered ...:")
        if best is None or n > best[0]:
            best = (n, " ".join(words), sur)
    described = None if best and best[0] >= 1000 else lead_in_described(intro)
    if described:  # "The former student ... agreed to speak to reporter Ann Roe"
        return described, "anonymous", None, Counter()
    if (best is None or best[0] < 1000) and q is not None:
        after = _named_after_interview(text, q.start(), intro)
        if after is not None:  # ("a developer ... Q: ... The developer, Jo Roe, 38,")
            return after, "person", _fold(after.split()[-1]), Counter({after: 1})
    if best is None:
        return "interviewee", "anonymous", None, Counter()
    return best[1], "person", _fold(best[2]), Counter({best[1]: 1})


# capitalised words that open a sentence or date it, never a given name or surname
# ("On Thursday", "Last March")
_NOT_GIVEN_WORDS = frozenset(
    "on in at by for from with to of the a an this that these those last next early late "
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "july september october november december".split()
)


def _lead_in_titles() -> frozenset:
    """Lower-case titles that may stand before a surname ("minister", "chair")."""
    from .quotes.names import _TITLES

    return _TITLES


def _lead_in_surname_alone(intro: str, surname: str) -> bool:
    """Does the interview's lead-in (the last paragraph before the first question) write
    ``surname`` alone, not after another capitalised word ("The Canadian Press spoke
    with Roe about ..." names Roe; "The Canadian Press" is no surname "Press")? Then an
    earlier "Priyanka Roe" is the interviewee although "Priyanka" is no listed given
    name.

    >>> _lead_in_surname_alone("Chair Priyanka Roe spoke.\\n\\nThe Canadian Press spoke with Roe.", "Roe")
    True
    >>> _lead_in_surname_alone("X.\\n\\nThe Canadian Press spoke with Roe.", "Press")
    False
    """
    from .quotes.wordscan import _standalone_starts  # (no pattern per surname)

    last = intro.rstrip().rsplit("\n", 1)[-1]
    if len(last) > 300:
        return False
    for i in _standalone_starts(last, surname):
        prev = last[:i].rstrip().rsplit(None, 1)[-1:] or [""]
        if not prev[0][:1].isupper():
            return True
    return False


# a paragraph opening "The <noun>, <Full Name>," (the interviewee named after the turns)
_NAMED_AFTER_RE = re.compile(
    r"(?m)^[ \t]*The[ \t]+([a-z][a-z-]{2,}),[ \t]+("
    + _CAP_WORD
    + r"(?:[ \t]+"
    + _CAP_WORD
    + r"){1,3}),"
)
_INDEFINITE_RE = re.compile(r"(?<![\w’'-])(?:[Aa]n?)[ \t]+((?:[\w-]+[ \t]+){0,3})")


def _named_after_interview(text: str, q_start: int, intro: str) -> str | None:
    """The interviewee a lead-in describes without a name ("a software developer who was
    laid off described her day") and the article names right after the turns ("The
    developer, Rebecca Roe, 38, had worked there six years."), or None.

    >>> t = "An engineer who lost her job spoke to us.\\n\\nQ: Why?\\n\\nA: I knew.\\n\\nThe engineer, Jo Roe, 38, left."
    >>> _named_after_interview(t, t.index("Q:"), t[: t.index("Q:")])
    'Jo Roe'
    """
    last = intro.rstrip().rsplit("\n", 1)[-1]
    m = _NAMED_AFTER_RE.search(text, q_start, min(len(text), q_start + 6000))
    if m is None or len(last) > 400:
        return None
    noun = m.group(1)
    for ind in _INDEFINITE_RE.finditer(last):
        # the noun right after "a"/"an" and up to three words ("a laid-off software developer")
        words = (ind.group(1) + last[ind.end() : ind.end() + 40]).split()[:4]
        if noun in (w.strip(",.") for w in words):
            return m.group(2)
    return None


def _in_lead_in(intro: str, surname: str) -> bool:
    """Is ``surname`` written in the last paragraph before the first question, the
    interview's lead-in ("Oyelaran answered questions by email:"; "Roe spoke to the
    Ledger from Iqaluit.")? That one is the interviewee, however often the article
    named someone else before."""
    from .quotes.wordscan import _standalone_starts  # (no pattern per surname)

    last = intro.rstrip().rsplit("\n", 1)[-1]
    return len(last) <= 300 and next(_standalone_starts(last, surname), None) is not None


def add_turns(
    quotes: pd.DataFrame, ids: list[str], texts: list[str], sentence_starts: dict | None = None
) -> pd.DataFrame:
    """Add ``kind="turn"`` rows for transcript articles to an ``extract_quotes`` frame.

    ``ids``/``texts`` are the articles' ids and texts (as ``extract_quotes`` read
    them); ``sentence_starts`` maps an article id to (sentence starts, sentence
    ids) for the turns' ``sentence_id`` (else 0). In a transcript, first-person statements ("I think ...") take the turn's
    speaker; extractor rows whose speaker is a turn label are dropped; rows are
    re-numbered in text order. Other articles' rows are returned unchanged.

    Example:
        >>> t = ("Press Secretary Ann Lee spoke.\\n\\nMS. LEE: Good afternoon.\\n\\n"
        ...      "Q Thanks.\\n\\nMS. LEE: Sure.")
        >>> q = pd.DataFrame(columns=["article_id", "quote_id"])
        >>> add_turns(q, ["a"], [t])[["speaker", "speaker_type", "quote"]].values.tolist()
        [['Ann Lee', 'person', 'Good afternoon.'], ['reporter', 'anonymous', 'Thanks.'], \
['Ann Lee', 'person', 'Sure.']]
    """
    found, names, presidents = _transcripts(ids, texts)
    if not found:
        return quotes
    cols = list(dict.fromkeys([*quotes.columns, *_TURN_COLS]))
    inside = quotes["article_id"].isin(found.keys()) if len(quotes) else None
    keep = quotes[~inside] if len(quotes) else quotes
    by_article: dict[str, list] = {}
    if len(quotes):
        for r in quotes[inside].to_dict("records"):
            by_article.setdefault(r["article_id"], []).append(r)
    recs = _merged_records(found, names, presidents, by_article, sentence_starts)
    new = pd.DataFrame.from_records(recs, columns=cols)
    new = new.sort_values(["article_id", "start"], kind="mergesort")
    old_ids = new["article_id"] + "\0" + new["quote_id"].astype(str)
    new["quote_id"] = new["article_id"] + ":" + new.groupby("article_id").cumcount().astype(str)
    if "statement_id" in new.columns:
        new = _renumber_statements(new, dict(zip(old_ids, new["quote_id"], strict=True)))
    out = pd.concat([f for f in (keep, new) if len(f)], ignore_index=True)
    order = {aid: i for i, aid in enumerate(ids)}
    out["_o"] = out["article_id"].map(order)
    out = out.sort_values(["_o", "start"], kind="mergesort").drop(columns="_o")
    out = out.reset_index(drop=True)[cols]
    for c in _INTS:
        if c in out.columns:
            out[c] = out[c].astype("int64")
    return out


def _transcripts(ids: list[str], texts: list[str]) -> tuple[dict, dict, dict]:
    """The transcripts among the articles and their labels' speakers, for
    :func:`add_turns`: ``found`` (article id -> (text, turns)), ``names`` (article
    id -> label -> (speaker, type)) and ``presidents`` (article id -> the person
    "the President" is in it)."""
    found, names = {}, {}
    corpus: dict[str, Counter] = {}  # surname -> full names written in any transcript
    titled: dict[str, Counter] = {}  # "THE PRESIDENT" -> surnames it was resolved to
    for aid, text in zip(ids, texts, strict=True):
        turns = find_turns(text)
        if not turns:
            continue
        found[aid] = (text, turns)
        names[aid] = {}
        for lab, *_ in turns:
            if lab not in names[aid]:
                names[aid][lab] = _label_name(lab, text)
                sur, cands = names[aid][lab][2:]
                if sur:
                    corpus.setdefault(sur, Counter()).update(cands)
                    if _fold(lab.split()[-1]) in _TITLED_LABELS:
                        titled.setdefault(lab, Counter())[sur] += 1
    if not found:
        return found, names, {}
    _titled_from_corpus(names, titled)
    # the full name: of those the document writes, the one most written in all
    # transcripts; a document that never names "MR. KIRBY" takes the corpus's
    for labels in names.values():
        for lab, (spk, typ, sur, cands) in labels.items():
            pool = corpus.get(sur) if sur else None
            if pool:
                pick = cands or pool
                labels[lab] = (max(pick, key=lambda n: (pool[n], cands[n], n)), typ)
            else:
                labels[lab] = (spk, typ)
    return found, names, _presidents(names, list(found))


def turn_rows(
    rows: list[tuple], columns: list[str], ids: list[str], texts: list[str], sentence_starts=None
) -> tuple[list[tuple], bool]:
    """:func:`add_turns` on the rows of an ``extract_quotes`` frame before the frame is
    built (tuples in ``columns`` order: ``_TURN_COLS``, ``statement_id`` and
    ``attribution``), without a pandas round trip: the rows ``add_turns`` would give,
    in its order, and whether any article is a transcript (then ``add_turns`` gives
    ``attribution`` object dtype). ``extract_quotes`` uses it; the two must agree.

    Example:
        >>> t = "MS. LEE: Hello.\\n\\nQ Why?\\n\\nMS. LEE: Because."
        >>> rows, turned = turn_rows([], ["article_id", "quote_id", "start"], ["a"], [t])
        >>> [(r[1], r[2]) for r in rows], turned
        ([('a:0', 9), ('a:1', 19), ('a:2', 34)], True)
    """
    found, names, presidents = _transcripts(ids, texts)
    if not found:
        return rows, False
    a_col = columns.index("article_id")
    keep = [r for r in rows if r[a_col] not in found]
    by_article: dict[str, list[dict]] = {}
    if len(keep) < len(rows):
        for r in rows:
            if r[a_col] in found:
                by_article.setdefault(r[a_col], []).append(dict(zip(columns, r, strict=True)))
    recs = _merged_records(found, names, presidents, by_article, sentence_starts)
    recs.sort(key=lambda r: (r["article_id"], r["start"]))  # (stable, as add_turns' sort)
    new_id, seen = {}, Counter()
    for r in recs:  # quote ids in text order; the old ones of extractor rows remembered
        aid = r["article_id"]
        qid = f"{aid}:{seen[aid]}"
        seen[aid] += 1
        if isinstance(r.get("quote_id"), str):
            new_id[f"{aid}\0{r['quote_id']}"] = qid
        r["quote_id"] = qid
    for r in recs:  # as _renumber_statements
        s = r.get("statement_id")
        r["statement_id"] = (
            new_id.get(f"{r['article_id']}\0{s}", s) if isinstance(s, str) else r["quote_id"]
        )
        att = r.get("attribution")
        if att is None or att != att:  # (None or NaN: fillna)
            r["attribution"] = "attributed"
    order = {aid: i for i, aid in enumerate(ids)}
    s_col = columns.index("start")
    out = [*keep, *(tuple(r.get(c) for c in columns) for r in recs)]
    return _in_text_order(out, order, a_col, s_col), True


def _in_text_order(rows, order, a_col, s_col):
    """``sorted(rows, key=lambda r: (order[r[a_col]], r[s_col]))`` (stable), with the
    keys made by C-level maps (a Python key function per row cost more than the sort)
    and ties broken by position.

    >>> _in_text_order([("b", 5), ("a", 9), ("b", 1), ("a", 9)], {"a": 0, "b": 1}, 0, 1)
    [('a', 9), ('a', 9), ('b', 1), ('b', 5)]
    """
    keys = list(
        zip(
            map(order.__getitem__, map(itemgetter(a_col), rows)),
            map(itemgetter(s_col), rows),
            range(len(rows)),
            strict=True,
        )
    )
    keys.sort()
    return [rows[k[2]] for k in keys]


_TITLED_LABELS = ("president", "secretary", "ambassador", "governor", "mayor", "lady")


def _majority(counts: Counter, share: float = 0.9):
    """The most common key of ``counts`` when it holds ``share`` of the total, else None."""
    if not counts:
        return None
    key, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return key if n >= share * sum(counts.values()) else None


def _titled_from_corpus(names: dict, titled: dict) -> None:
    """A titled label that its document never names ("THE PRESIDENT" in a briefing
    that only says "the President") takes the surname the other transcripts give that
    label, when at least 90% of them agree; in place."""
    for labels in names.values():
        for lab, (_spk, typ, sur, _cands) in list(labels.items()):
            if sur or typ != "anonymous" or lab not in titled:
                continue
            pick = _majority(titled[lab])
            if pick:
                words = [_title_case(w) for w in lab.split() if _fold(w) != "the"]
                labels[lab] = (" ".join([*words, _title_case(pick)]), "person", pick, Counter())


def _presidents(names: dict, order: list) -> dict:
    """Transcript id -> the person "the President" is in it: the name its own
    "THE PRESIDENT" label resolves to, else that of the nearest transcript (in corpus
    order, the earlier one on a tie) whose label names someone."""
    own = {
        aid: labels["THE PRESIDENT"][0]
        for aid, labels in names.items()
        if labels.get("THE PRESIDENT", ("", ""))[1] == "person"
    }
    if not own:
        return {}
    idx = [i for i, aid in enumerate(order) if aid in own]
    out = {}
    for i, aid in enumerate(order):
        k = bisect.bisect_left(idx, i)
        near = [
            j
            for j in (idx[k - 1] if k else None, idx[k] if k < len(idx) else None)
            if j is not None
        ]
        out[aid] = own[order[min(near, key=lambda j: (abs(j - i), j))]]
    return out


def _renumber_statements(rows: pd.DataFrame, new_id: dict) -> pd.DataFrame:
    """``statement_id`` follows its first row's new ``quote_id``; a turn is a
    statement of its own, attributed by its label."""
    sid = [
        new_id.get(f"{a}\0{s}", s) if isinstance(s, str) else q
        for a, s, q in zip(rows["article_id"], rows["statement_id"], rows["quote_id"], strict=True)
    ]
    out = rows.assign(statement_id=sid)
    if "attribution" in out.columns:
        out["attribution"] = out["attribution"].astype(object).fillna("attributed")
    return out


_TURN_COLS = (
    "article_id",
    "quote_id",
    "speaker",
    "speaker_mention",
    "speaker_type",
    "cue",
    "kind",
    "quote",
    "start",
    "end",
    "sentence_id",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
)
_THE_PRESIDENT = frozenset({"the president", "this president", "president"})
_INTS = ("start", "end", "sentence_id", "speaker_start", "speaker_end", "cue_start", "cue_end")


def _sentence_of(sents, pos: int) -> int:
    if not sents:
        return 0
    i = bisect.bisect_right(sents[0], pos) - 1  # (np.searchsorted copies the list)
    return int(sents[1][i]) if i >= 0 else 0


def _askers(text: str, turns) -> set:
    """Labels of an interview's named interviewer ("The Ledger:", "KRISHNAMURTHY:"):
    at least three turns, three in five of them questions, beside another label's
    answers. "Q" and anonymous labels ("REPORTER") keep their turns.

        >>> t = ("Ann Lee spoke to us.\\n\\nSTAR: Why did you go?\\n\\nLEE: I was tired.\\n\\n"
        ...      "STAR: Do you miss it?\\n\\nLEE: I do.\\n\\nSTAR: Will you return?\\n\\nLEE: I might.")
        >>> sorted(_askers(t, find_turns(t)))
        ['STAR']
    """
    n: Counter = Counter()
    asked: Counter = Counter()
    for lab, _ls, _le, s, e in turns:
        n[lab] += 1
        asked[lab] += text[s:e].rstrip().endswith("?")
    if len(n) < 2:
        return set()
    return {
        lab
        for lab in n
        if lab not in ("Q", "A")
        and not any(_fold(w) in _ANON for w in lab.split())
        and n[lab] >= 3
        and asked[lab] >= 0.6 * n[lab]
    }


def _anonymous_askers(text: str, turns, names: dict) -> set:
    """Anonymous labels ("Q", "REPORTER") of an interview inside a news story whose every
    turn is a question, beside a person's labelled answers: the interviewer, whose
    questions are no quotes ("REPORTER: Would you support a boycott?" then "LEE: No.").

        >>> t = "Q: Why now?\\n\\nLEE: I was tired.\\n\\nQ: And next?\\n\\nLEE: Rest."
        >>> names = {"Q": ("reporter", "anonymous"), "LEE": ("Ann Lee", "person")}
        >>> sorted(_anonymous_askers(t, find_turns(t), names))
        ['Q']
    """
    if not any(typ == "person" for _spk, typ in names.values()):
        return set()
    asked: dict[str, bool] = {}
    for lab, _ls, _le, s, e in turns:
        if names.get(lab, ("", ""))[1] == "anonymous":
            asked[lab] = asked.get(lab, True) and text[s:e].rstrip().endswith("?")
    return {lab for lab, every in asked.items() if every}


# testimony in the lead-in of an exchange inside a news story ("Under cross-examination
# by ..., she conceded ...", "The court heard part of the exchange read back to the jury:")
_TESTIMONY_RE = re.compile(
    r"\b(?:testif(?:y|ied|ies|ying)|testimony|cross-examin\w*|witness(?:es)?|on[ \t]+the[ \t]+"
    r"stand|read[ \t]+back)\b"
)
# a lawyer's or judge's title before a name: the side that asks, not the witness
_COUNSEL_BEFORE_RE = re.compile(
    r"(?:lawyer|attorney|prosecutor|counsel|Justice|Judge)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}\Z"
)


def _court_answerer(text: str, rows: list[dict]) -> str | None:
    """The person whose answers a "Q: / A:" exchange read back inside a trial story
    gives: when the first "Q" follows news paragraphs whose last 800 characters tell of
    testimony ("cross-examination", "testified", "read back to the jury") and its
    lead-in paragraph names nobody ("The court heard the exchange read back:"), the
    person quoted last before it (within 1500 characters), unless the article writes that
    person's name after a lawyer's or judge's title; else None (the interview reading
    of ``_interviewee``).

    >>> t = ("Jury rules\\n\\nA jury ruled.\\n\\nAnn Roe testified. 'I saw him,' she said."
    ...      "\\n\\nThe exchange was read back:\\n\\nQ: Where?\\n\\nA: At the door.")
    >>> _court_answerer(t, [{"speaker": "Ann Roe", "speaker_type": "person", "start": 50}])
    'Ann Roe'
    """
    q = _FIRST_Q.search(text)
    if q is None or text.count("\n\n", 0, q.start()) < 3:
        return None  # (an interview opens with its exchange after a short lead-in)
    if not _TESTIMONY_RE.search(text, max(0, q.start() - 800), q.start()):
        return None
    lead = text.rfind("\n\n", 0, q.start() - 2)
    if any(len(m.group().split()) >= 2 for m in _CAP_RUN.finditer(text, lead, q.start())):
        return None  # ("... the shift boss, Curtis Roe, ... his testimony:": named there)
    before = [r for r in rows if q.start() - 1500 <= r["start"] < q.start()]
    if not before or before[-1].get("speaker_type") != "person":
        return None
    name = before[-1].get("speaker")
    if not isinstance(name, str) or len(name.split()) < 2:
        return None
    sur = name.split()[-1]
    for m in re.finditer(re.escape(sur), text[: q.start()]):
        if _COUNSEL_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
            return None  # ("defence lawyer Jo Roe": the one asking)
    return name


def _merged_records(found, names, presidents, by_article, sentence_starts) -> list[dict]:
    """The rows of every transcript article in ``found`` with its turns merged in
    (``_merge_article`` per article, in ``found``'s order); ``by_article`` holds each
    article's quote rows as dicts; the "A" of an exchange read back in a trial story is
    the witness quoted before it (``_court_answerer``)."""
    recs: list[dict] = []
    for aid, (text, turns) in found.items():
        sents = (sentence_starts or {}).get(aid)
        pres = presidents.get(aid)
        if "A" in names[aid] and (who := _court_answerer(text, by_article.get(aid, []))):
            names[aid]["A"] = (who, "person")
        recs.extend(
            _merge_article(aid, text, turns, names[aid], by_article.get(aid, []), sents, pres)
        )
    return recs


_QUOTED_STRETCH = re.compile(r"[\"“][^\"“”\n]*[\"”]")
_ANY_QUOTE_MARK = re.compile(r"[\"“”]")


def _answer_paragraphs(text: str, s: int, e: int, inner: bool = False) -> list[tuple[int, int]]:
    """The paragraphs of a Q&A answer ``text[s:e]`` (an "A:" turn), one row each: the
    first, and the paragraphs after it while they read as the interviewee's speech
    (a first- or second-person word outside quotation marks, "People think that's
    dramatic. ... to teach me who she was."); the first paragraph without one is the
    article's narration ("Her agent confirmed the story in an email, ...") and ends
    the answer. An ``inner`` answer (another turn, the next "Q:", follows it) has no
    narration after it: a paragraph without such a word ("Nobody in Ottawa drives a
    truck.") still goes on with the answer unless it holds a quotation mark.

    >>> t = "A: I burned it.\\n\\nThat taught me a lot.\\n\\nHer agent, Ann Roe, said she was 'relieved.'"
    >>> [t[a:b] for a, b in _answer_paragraphs(t, 3, len(t))]
    ['I burned it.', 'That taught me a lot.']
    >>> t = "A: I sit tight.\\n\\nNobody here drives a truck."
    >>> [t[a:b] for a, b in _answer_paragraphs(t, 3, len(t), inner=True)]
    ['I sit tight.', 'Nobody here drives a truck.']
    """
    out = []
    for m in _ANSWER_LINE_RE.finditer(text[s:e]):
        a, b = s + m.start(), s + m.end()
        para = text[a:b].strip()
        if not para:
            continue
        if (
            out
            and _SPEECH_PERSON.search(_QUOTED_STRETCH.sub(" ", para)) is None
            and not (inner and not _ANY_QUOTE_MARK.search(para))
        ):
            break  # the article's narration after the answer
        a += len(text[a:b]) - len(text[a:b].lstrip())
        out.append((a, a + len(para)))
    return out or [(s, e)]


def _indirect_inside_answer(row, answers) -> bool:
    """Is ``row`` an indirect statement whose frame and content lie inside one "A:"
    answer of a question-and-answer interview inside a news story (``answers``:
    (start, end) pieces)? The
    answer is the interviewee's quote; speech it reports is no row of its own (the
    written news guidelines), as inside quotation marks.

    >>> _indirect_inside_answer({"kind": "indirect", "start": 5, "end": 9, "speaker_start": 3}, [(0, 20)])
    True
    >>> _indirect_inside_answer({"kind": "direct", "start": 5, "end": 9, "speaker_start": 3}, [(0, 20)])
    False
    """
    if row.get("kind") != "indirect" or not answers:
        return False
    lo = min(int(row["start"]), int(row.get("speaker_start", row["start"])))
    hi = int(row["end"])
    return any(s <= lo and hi <= e for s, e in answers)


def _merge_article(aid, text, turns, names, rows, sents, president=None) -> list[dict]:
    """The turn rows of one transcript and its extractor rows: label rows dropped,
    "Kirby" and "I" given to the podium, "the President" to ``president``."""
    starts = [t[1] for t in turns]
    recs = []
    # first names and surnames of the people at the podium: their full names
    parts: dict[str, str] = {}
    for spk, typ in names.values():
        words = spk.split()
        if typ == "person" and len(words) >= 2 and "." not in words[0]:
            for w in (words[0], words[-1]):
                parts[_fold(w)] = spk if _fold(w) not in parts else ""
    parts = {k: v for k, v in parts.items() if v}
    askers = _askers(text, turns) if DROP_ASKER_TURNS else ()
    embedded = _embedded_interview(text, turns)
    if embedded:  # (an interview inside a news story: its anonymous interviewer asks)
        askers = {*askers, *_anonymous_askers(text, turns, names)}
    pieces = [
        (lab, ls, le, ps, pe)
        for k, (lab, ls, le, s, e) in enumerate(turns)
        for ps, pe in (
            _answer_paragraphs(text, s, e, inner=k + 1 < len(turns)) if lab == "A" else [(s, e)]
        )
    ]
    for lab, ls, le, s, e in pieces:
        spk, typ = names[lab]
        if lab in askers or (lab == "Q" and "A" in names):
            continue  # an interviewer's questions are no quotes
        # the cue is the label's colon; a bare "Q Will it ...?" has none: its letter
        cs, ce = (le, le + 1) if text[le : le + 1] == ":" else (ls, le)
        recs.append(
            {
                "article_id": aid,
                "speaker": spk,
                "speaker_mention": lab,
                "speaker_type": typ,
                "cue": text[cs:ce],
                "kind": "turn",
                "quote": text[s:e],
                "start": s,
                "end": e,
                "sentence_id": _sentence_of(sents, s),
                "speaker_start": ls,
                "speaker_end": le,
                "cue_start": cs,
                "cue_end": ce,
            }
        )
    answers = (
        [
            (ps, pe)
            for lab, _ls, _le, ps, pe in pieces
            if lab == "A" or (lab == "Q" and "A" in names)
        ]
        if embedded
        else []
    )  # (an interview inside a news story; a published Q&A keeps its reported speech; a
    # question's "Q: The company says A?" reports nothing, as the question is no quote)
    for r in rows:
        if _indirect_inside_answer(r, answers):
            continue  # 'A: ... they said they could fit me in ...': the answer holds it
        ss, se = int(r.get("speaker_start", -1)), int(r.get("speaker_end", -1))
        k = bisect.bisect_right(starts, ss) - 1
        if any(0 <= j < len(turns) and ss < turns[j][2] and se > turns[j][1] for j in (k, k + 1)):
            continue  # "Q Karine", "MS. JEAN-PIERRE": a label read as a speaker
        j = bisect.bisect_left(starts, int(r["start"]))
        if j < len(turns) and turns[j][1] < int(r["end"]):
            continue  # "Partial transcript:" + the turns: a quote read across a label
        sp = r.get("speaker")
        if isinstance(sp, str) and _fold(sp) in parts:
            r["speaker"], r["speaker_type"] = parts[_fold(sp)], "person"  # "Kirby", "Karine"
        elif president and _fold(str(r.get("speaker_mention", ""))) in _THE_PRESIDENT:
            r["speaker"], r["speaker_type"] = president, "person"
        elif isinstance(sp, str) and _fold(sp) in _FIRST_PERSON:
            k = bisect.bisect_right(starts, r["start"]) - 1
            if k >= 0:
                r["speaker"], r["speaker_type"] = names[turns[k][0]]
        recs.append(r)
    return recs
