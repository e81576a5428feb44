"""A "he"/"she" statement whose resolved speaker is the one it speaks of: the quotation
names that person by her given name or surname ('"Lise has taken more calls than I
have," she said' after "Her partner, Lise Harnett, answers the phone."), or the
narration paragraph before it opens with the person quoted earlier and only then names
the newcomer ("Roe was not convinced. Her roommate, Lise Harnett, had moved in." /
'"...," she said'). This module owns giving such a statement back to the last person of
the pronoun's gender quoted before it.
"""

from __future__ import annotations

import bisect

from .given_names import _given_name_gender

_SPOKEN_OF_WANT = {"he": "m", "she": "f"}

# how far back the person quoted before is looked for
_SPOKEN_OF_REACH = 3000

# a quotation in which a person names herself ("I am Lise", "my name is Lise")
_SELF_NAMING = ("I am ", "I'm ", "I’m ", "my name", "My name", "call me", "Call me")


def _names_word(quote, word):
    """Is ``word`` a whole word of ``quote``?

    >>> _names_word("Lise has the calls", "Lise"), _names_word("Lisette called", "Lise")
    (True, False)
    """
    i = quote.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not quote[i - 1].isalnum()) and (j == len(quote) or not quote[j].isalnum()):
            return True
        i = quote.find(word, i + 1)
    return False


def quote_names_person(quote, name):
    """Does ``quote`` speak of ``name`` by its given name or surname (and not as the
    speaker naming herself)?

    >>> quote_names_person("Lise has taken more calls than I have.", "Lise Harnett")
    True
    >>> quote_names_person("I am Lise Harnett and I run the office.", "Lise Harnett")
    False
    >>> quote_names_person("It was a long week.", "Lise Harnett")
    False
    """
    words = name.split()
    if len(words) < 2 or any(s in quote for s in _SELF_NAMING):
        return False
    return _names_word(quote, words[0]) or _names_word(quote, words[-1])


def _opens_quote(quote, name):
    """Does ``quote`` open with ``name``'s given name as its subject ("Lise has ...")?

    >>> _opens_quote("Lise has taken the calls.", "Lise Harnett")
    True
    >>> _opens_quote("Lise's calls came in.", "Lise Harnett"), _opens_quote("I did.", "Lise Roe")
    (False, False)
    """
    first = name.split()[0]
    if not (quote.startswith(first + " ") and quote[len(first) + 1 : len(first) + 2].islower()):
        return False
    return quote_names_person(quote, name)


def _opens_with(text, start, speaker):
    """Does the paragraph starting at ``start`` open with ``speaker``'s surname or full
    name followed by a lower-case word ("Roe was not convinced.")?

    >>> _opens_with("Roe was not convinced. Her partner, Al Dunn, stayed.", 0, "Ann Roe")
    True
    >>> _opens_with("Roe's partner, Al Dunn, stayed.", 0, "Ann Roe")
    False
    """
    for form in (speaker, speaker.split()[-1]):
        at = start + len(form) + 1
        if text.startswith(form + " ", start) and text[at : at + 1].islower():
            return True
    return False


def _gender(an, name):
    return _given_name_gender(an, name) or an.pronoun_gender.get(name)


def _narration_paragraph(text, q, starts):
    """(start, end) of the paragraph before the one ``q``'s quotation opens, when that
    paragraph holds no statement (``starts``: the statements' sorted starts); None
    otherwise."""
    para = text.rfind("\n", 0, q.start) + 1
    if para == 0 or text[para : q.start].strip(" \t\"“'‘"):
        return None
    end = para - 1
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    start = text.rfind("\n", max(0, end - 800), end) + 1
    if start <= 0 and end > 800:
        return None
    if bisect.bisect_left(starts, start) < bisect.bisect_left(starts, end):
        return None
    return start, end


def spoken_of_speakers(an, quotes):
    """Give a '"...," she said' statement resolved to the person it speaks of (named in
    the quotation) or to the newcomer of a narration paragraph that opens with the
    person quoted before, to that person quoted before; speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ('Tour operator Nadine Corrigan-Vale said she had 300 bookings.\\n\\n'
    ...      'Her business partner, Lise Harnett, answers the phone in Gander.\\n\\n'
    ...      '"Lise has taken more calls than I have," she said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker.tolist()
    ['Nadine Corrigan-Vale', 'Nadine Corrigan-Vale']
    """
    text = an.text
    moved: dict = {}
    starts = None
    for q in quotes:
        want = _SPOKEN_OF_WANT.get((q.mention or "").lower())
        if want is None or q.stype != "person" or not q.speaker:
            continue
        if q.m_start in moved:
            q.speaker = moved[q.m_start]
            continue
        named = q.kind == "direct" and _opens_quote(text[q.start : q.end], q.speaker)
        prev = None
        if not named:
            if q.start > q.m_start:
                continue  # (the quotation first: '"...," she said')
            if starts is None:
                starts = sorted(o.start for o in quotes)
            prev = _narration_paragraph(text, q, starts)
            if prev is None or text.find(q.speaker.split()[-1], prev[0], prev[1]) <= prev[0]:
                continue
        if any(o.speaker == q.speaker and o.start < q.start for o in quotes):
            continue  # (a newcomer only: someone quoted before may speak of herself)
        quoted = _quoted_before(an, q, quotes, (want, None))
        for name in quoted:
            if named or _opens_with(text, prev[0], name):
                moved[q.m_start] = q.speaker = name
                break


def _quoted_before(an, q, quotes, genders):
    """The speakers of the statements before ``q`` (within reach) who are persons of
    one of ``genders`` (None: not known) other than ``q``'s speaker, the last quoted
    first."""
    found = []
    for o in quotes:
        if o.start >= q.start or o.start < q.start - _SPOKEN_OF_REACH:
            continue
        if o.stype != "person" or not o.speaker or o.speaker == q.speaker:
            continue
        if len(o.speaker.split()) < 2 or _gender(an, o.speaker) not in genders:
            continue
        found.append((o.start, o.speaker))
    out: list = []
    for _, name in sorted(found, reverse=True):
        if name not in out:
            out.append(name)
    return out
