"""First mentions of a surname that meet a test, memoised per article (speed64).

``pronouns._subject_holding`` and ``pronouns._recent_subject`` ask, once per
quotation, whether any earlier mention of one surname is titled with a role (or holds
an office); the article's mentions of a surname (``_ArticleNames.by_last``) are in text
order and never change after the article is read, so the first mention that meets the
test, found once per article, surname and test, answers every such question: some
mention before ``bound`` meets it exactly when the first one does and lies before
``bound``. This module owns those two memos (``an.scan_memo``; a stand-in with no
``scan_memo`` scans every time).
"""

from __future__ import annotations

from .article_memo import article_memo as _memo
from .titles import _OFFICES, _titled_person


def first_titled(an, last, role, status):
    """(position, words) of the first mention of surname ``last`` (lower case) that
    ``_titled_person`` reads as titled ``role`` with ``status``, None when none is.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Tom Roe spoke. Judge Ann Roe spoke. Roe left."
    >>> an = _ArticleNames(t, [(0, 14), (15, 35), (36, len(t))], lexicon(), None)
    >>> first_titled(an, "roe", "judge", frozenset())
    (15, ('Ann', 'Roe'))
    >>> first_titled(an, "roe", "mayor", frozenset()) is None
    True
    """

    def scan():
        for pos, cw, _g, info in an.by_last.get(last, ()):
            if _titled_person(an, pos, cw, info, role, status):
                return pos, cw
        return None

    return _memo(an, "first_titled", (last, role, frozenset(status)), scan)


def first_office_pos(an, last):
    """Position of the first mention of surname ``last`` (lower case) written with an
    office title ("Mayor Bill de Blasio"), -1 when none is.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Bo Vale spoke. Mayor Al Vale spoke."
    >>> an = _ArticleNames(t, [(0, 14), (15, len(t))], lexicon(), None)
    >>> first_office_pos(an, "vale"), first_office_pos(an, "roe")
    (15, -1)
    """

    def scan():
        for pos, _cw, _g, info in an.by_last.get(last, ()):
            if not _OFFICES.isdisjoint(info[2]):
                return pos
        return -1

    return _memo(an, "first_office_pos", last, scan)
