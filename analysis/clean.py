"""Cleaning scraped article text and inferring metadata from it: this module
owns mojibake repair, removal of site chrome, captions, copyright and credit
lines (kept, recoverable, in a ``boilerplate`` string), title detection for
plain-text files, outlet/year inference from the text and from file names,
date parsing (:func:`parse_date`) and the corpus-level pass that drops lines an
outlet repeats across many of its articles (:func:`clean_articles`). Every rule
is a general pattern (chrome verbs, copyright symbols, caption shape), never a
string taken from one particular article.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from email.utils import parsedate_to_datetime
from functools import lru_cache

import pandas as pd

__all__ = [
    "clean_text",
    "clean_articles",
    "parse_date",
    "fix_mojibake",
    "roman_to_int",
    "infer_from_filename",
    "outlet_from_url",
    "PUBLISHER_NAMES",
]

# ---------------------------------------------------------------------------
# character-level repair

# A UTF-8 lead byte read as cp1252/latin-1 ("Ã", "Â", "â", "Ð" ...) followed by
# a continuation byte read the same way: the signature of mojibake. Checking it
# first keeps ftfy (slow) off the >99% of texts that are fine.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_COMBINING = re.compile("[\u0300-\u036f]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b\ufeff]")


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 text that was decoded as cp1252/latin-1 ("â€™" -> "’").

    Only texts with a mojibake signature are handed to ``ftfy.fix_encoding``
    (which touches nothing else: quotes stay curly).

    Example:
        >>> fix_mojibake("Putinâ€™s plan")
        'Putin’s plan'
    """
    if not text or not _MOJIBAKE.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def _normalise_chars(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _COMBINING.search(text):  # NFD text (even NFD mojibake: "A\u0303\u00a9")
        text = unicodedata.normalize("NFC", text)
    text = fix_mojibake(text)
    text = text.replace("\u00a0", " ").replace("\t", " ").replace("\f", "\n")
    return _CONTROL.sub("", text)


# ---------------------------------------------------------------------------
# dates

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_REUTERS_DATE = re.compile(
    r"^(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+(\d{1,3}):(\d{2}):(\d{2})(?:\.\d+)?$"
)
_NUMERIC_DATE = re.compile(
    r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$"
)
_MONTH_FIRST = re.compile(
    r"^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?"
)
_DAY_FIRST = re.compile(
    r"^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
_MONTH_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?,?\s+(\d{4})$")


def _naive(ts: dt.datetime) -> dt.datetime:
    # keep the wall-clock time as written; drop the offset so one column holds all
    return ts.replace(tzinfo=None) if ts.tzinfo is not None else ts


def _ymd(y, m, d, hh=None, mm=None, ss=None, ampm=None):
    y, m, d = int(y), int(m), int(d)
    h = int(hh) if hh else 0
    if ampm:
        a = ampm.lower().replace(".", "")
        if a == "pm" and h < 12:
            h += 12
        elif a == "am" and h == 12:
            h = 0
    out = dt.datetime(y, m, d, h, int(mm) if mm else 0, int(ss) if ss else 0)
    return out, ("time" if hh else "day")


@lru_cache(maxsize=65536)
def _parse_date_str(s: str, dayfirst: bool):
    s = s.strip()
    if not s:
        return None, None
    if re.fullmatch(r"\d{4}", s):
        return dt.datetime(int(s), 1, 1), "year"
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", s)
    if m:
        return dt.datetime(int(m[1]), int(m[2]), 1), "month"
    try:
        iso = dt.datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
        prec = "day" if re.fullmatch(r"\d{4}-?\d{2}-?\d{2}", s) else "time"
        return _naive(iso), prec
    except ValueError:
        pass
    m = _REUTERS_DATE.match(s)
    if m and m[2].lower() in _MONTHS:
        if int(m[4]) > 23 or int(m[5]) > 59 or int(m[6]) > 59:  # "605:12:19": keep the day
            return _ymd(m[3], _MONTHS[m[2].lower()], m[1])
        return _ymd(m[3], _MONTHS[m[2].lower()], m[1], m[4], m[5], m[6])
    m = _NUMERIC_DATE.match(s)
    if m:
        a, b, c = m[1], m[2], m[3]
        if len(a) == 4:  # 2016/11/27
            y, mo, d = a, b, c
        else:
            y = c if len(c) == 4 else ("20" + c if int(c) < 70 else "19" + c)
            a_i, b_i = int(a), int(b)
            if a_i > 12 or (dayfirst and b_i <= 12):
                d, mo = a, b
            else:
                mo, d = a, b
        return _ymd(y, mo, d, m[4], m[5], m[6])
    if "," in s[:5] or re.match(r"^[A-Za-z]{3}, \d", s):
        try:
            return _naive(parsedate_to_datetime(s)), "time"
        except (TypeError, ValueError, IndexError):
            pass
    m = _MONTH_FIRST.match(s)
    if m and m[1].lower() in _MONTHS:
        return _ymd(m[3], _MONTHS[m[1].lower()], m[2], m[4], m[5], m[6], m[7])
    m = _DAY_FIRST.match(s)
    if m and m[2].lower() in _MONTHS:
        return _ymd(m[3], _MONTHS[m[2].lower()], m[1], m[4], m[5], m[6])
    m = _MONTH_YEAR.match(s)
    if m and m[1].lower() in _MONTHS:
        return dt.datetime(int(m[2]), _MONTHS[m[1].lower()], 1), "month"
    try:
        return _naive(parsedate_to_datetime(s)), "time"
    except (TypeError, ValueError, IndexError):
        pass
    try:  # last resort; dateutil ships with pandas
        from dateutil import parser as _dparser

        value = _dparser.parse(s, dayfirst=dayfirst)
        return _naive(value), "time" if re.search(r"\d:\d", s) else "day"
    except (ValueError, OverflowError, TypeError):
        return None, None


def parse_date(value, *, dayfirst: bool = False):
    """Parse one date in any common news format -> ``(Timestamp or NaT, precision)``.

    Handles ISO 8601, "Nov 27, 2016", "27 November 2016", "11/27/2016" and
    "27/11/2016" (an ambiguous "05/06/2016" is month-first unless
    ``dayfirst=True``), Reuters "26-FEB-1987 15:01:01.79", RFC 2822 and a
    bare year. Time zones are dropped, keeping the wall-clock time as
    written. ``precision`` is "year", "month", "day" or "time" (None for NaT).
    Missing values give ``(NaT, None)``; use :func:`_is_missing` to tell them
    from unparseable strings.

    Example:
        >>> parse_date("26-FEB-1987 15:01:01.79")
        (Timestamp('1987-02-26 15:01:01'), 'time')
        >>> parse_date("Nov 27, 2016")[0].date()
        datetime.date(2016, 11, 27)
    """
    if _is_missing(value):
        return pd.NaT, None
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return pd.Timestamp(_naive(value)), "time"
    if isinstance(value, dt.date):
        return pd.Timestamp(value), "day"
    if isinstance(value, (int, float)) and 1000 <= value <= 2999 and float(value).is_integer():
        return pd.Timestamp(int(value), 1, 1), "year"
    try:
        ts, prec = _parse_date_str(str(value), bool(dayfirst))
    except (ValueError, OverflowError):
        return pd.NaT, None
    if ts is None:
        return pd.NaT, None
    try:
        return pd.Timestamp(ts), prec
    except (ValueError, OverflowError):
        return pd.NaT, None


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def as_text(value) -> str:
    """A text column value as a ``str`` the analyses can store: "" for missing
    values (None, NaN, NA), ``str(value)`` for other non-strings, and lone
    surrogates (``"\\ud800"``: not Unicode, e.g. from a JSON ``\\ud800`` escape;
    pandas and Arrow cannot store them) replaced by U+FFFD one for one, so the
    length and every offset into the text stay the same.

    Example:
        >>> as_text(None), as_text(3), as_text("a\\ud800b") == "a\\ufffdb"
        ('', '3', True)
    """
    if not isinstance(value, str):
        if value is None:
            return ""
        try:
            if pd.isna(value):
                return ""
        except (TypeError, ValueError):
            pass
        value = str(value)
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE_RE.sub("\ufffd", value)
    return value


def _is_missing(value) -> bool:
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float) and value != value:
        return True
    if isinstance(value, str) and not value.strip():
        return True
    try:
        return bool(pd.isna(value)) if not isinstance(value, (list, tuple, dict)) else False
    except (TypeError, ValueError):
        return False


# ---------------------------------------------------------------------------
# metadata from file names

#: Display names for publisher codes used in file names (PolNeAR style); other
#: codes are title-cased ("la-times" -> "La Times").
PUBLISHER_NAMES = {
    "nyt": "New York Times",
    "wash-post": "Washington Post",
    "wapo": "Washington Post",
    "huff-post": "HuffPost",
    "usa-today": "USA Today",
    "west-journal": "Western Journal",
    "breitbart": "Breitbart",
    "politico": "Politico",
    "cnn": "CNN",
    "fox": "Fox News",
    "cbs": "CBS News",
    "nbc": "NBC News",
    "abc": "ABC News",
    "npr": "NPR",
    "bbc": "BBC",
    "ap": "Associated Press",
    "reuters": "Reuters",
    "wsj": "Wall Street Journal",
}
_FILENAME_META = re.compile(r"^([a-z][a-z0-9-]{1,40})_(\d{4}-\d{2}-\d{2})_(.+)$")


def infer_from_filename(stem: str) -> dict:
    """Outlet and date from a ``<publisher>_<YYYY-MM-DD>_<slug>`` file stem.

    Example:
        >>> infer_from_filename("nyt_2016-03-01_some-slug")
        {'source': 'New York Times', 'published': '2016-03-01', 'date_precision': 'day'}
        >>> infer_from_filename("000_f8a976aa602cfeb7")
        {}
    """
    m = _FILENAME_META.match(stem)
    if not m:
        return {}
    code = m[1]
    name = PUBLISHER_NAMES.get(code, code.replace("-", " ").title())
    return {"source": name, "published": m[2], "date_precision": "day"}


_DOMAIN_OUTLETS = {
    "whitehouse.gov": "White House",
    "bidenwhitehouse.archives.gov": "White House",
    "trumpwhitehouse.archives.gov": "White House",
    "obamawhitehouse.archives.gov": "White House",
    "cbsnews.com": "CBS News",
    "nytimes.com": "New York Times",
    "washingtonpost.com": "Washington Post",
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "nbcnews.com": "NBC News",
    "abcnews.go.com": "ABC News",
    "politico.com": "Politico",
    "breitbart.com": "Breitbart",
    "huffpost.com": "HuffPost",
    "huffingtonpost.com": "HuffPost",
    "usatoday.com": "USA Today",
    "westernjournal.com": "Western Journal",
    "theguardian.com": "The Guardian",
    "npr.org": "NPR",
    "wsj.com": "Wall Street Journal",
}


def outlet_from_url(url) -> str | None:
    """Outlet name for a URL: known news domains by name, else the bare host.

    Example:
        >>> outlet_from_url("https://www.whitehouse.gov/articles/2025/02/x/")
        'White House'
        >>> outlet_from_url("https://news.example.org/a")
        'news.example.org'
    """
    if not isinstance(url, str) or "//" not in url:
        return None
    from urllib.parse import urlsplit

    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    if host.startswith("www."):
        host = host[4:]
    if not host or "." not in host:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = _DOMAIN_OUTLETS.get(".".join(parts[i:]))
        if name:
            return name
    return host


# ---------------------------------------------------------------------------
# line classification

_FINAL_PUNCT = re.compile(r"""[.!?…:;]["'”’»)\]]*\s*$""")
_SENT_END = re.compile(r"""[.!?]["'”’»)\]]*\s*$""")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*$")
_CHROME = re.compile(
    r"^(?:watch|view|follow|listen(?:\s+to)?|subscribe(?:\s+to)?|sign\s+up(?:\s+for)?|"
    r"download|stream|read|get)\s+(?P<what>.{1,60}?)\s+"
    r"(?:live|in|on|now|app|here|newsletter|online)[.!:]?$",
    re.I,
)
_CHROME_FIXED = re.compile(
    r"^(?:advertisement|advertising|skip to (?:main )?content|click here.{0,60}|"
    r"share (?:this|on|via).{0,40}|continue reading.{0,40}|read more.{0,40}|"
    r"related(?: articles| stories| coverage)?:?.{0,60}|follow us.{0,60}|"
    r"sign up.{0,60}newsletters?.{0,30}|scroll to continue.{0,30}|"
    r"(?:tweet|email|print|comments?|share)(?:\s*[|/·•]\s*(?:tweet|email|print|comments?|share|facebook|twitter))+|"
    r"#+|# # #|-30-|- 30 -|end|\*\*\*|reuter|reuters)[.!]?$",
    re.I,
)
_COPYRIGHT = re.compile(
    r"(?:©|&copy;|\(c\)|\bcopyright\b)\s*(?:\(c\)\s*|©\s*)?(?:(?P<year>(?:1[89]|20)\d\d)|(?P<roman>[MDCLXVI]{2,}))?\b"
    r"|\ball rights reserved\b",
    re.I,
)
_CREDIT = re.compile(
    r"(?:\bcontributed(?: reporting)? to (?:this|the) (?:report|story|article)\b"
    r"|^\(?\s*(?:additional )?(?:reporting|editing|writing|compiled|research) by\b"
    r"|^\(?\s*(?:photo|image|video|graphic)s?(?: credit)?\s*[:/]"
    r"|\((?:AP|AFP|Reuters|Getty|EPA)(?: Images)?\s*Photo\b[^)]*\)\s*$"
    r"|^\s*(?:AP|AFP|Reuters|Getty Images|EPA)\s*(?:Photo)?\s*/\s*\w[\w .]*$)",
    re.I,
)
_CORRESPONDENT = re.compile(
    r"\b((?:[A-Z][A-Za-z&.'-]*\s+){0,3}News)\s+(?:[A-Z][A-Za-z.'-]*\s+){0,4}"
    r"(?:Correspondent|Reporter|Producer|Anchor|Contributor|Analyst|Editor)\b"
)
_HOLDER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\(c\)\s*|©\s*)?(?:(?:1[89]|20)\d\d|[MDCLXVI]{2,})?[\s,.]*"
    r"(?:by\s+)?(?:the\s+)?([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})",
    re.I,
)
_CORP_SUFFIX = re.compile(
    r"(?:\s+(?:inc|corp|corporation|co|company|llc|ltd|limited|plc|group|worldwide|"
    r"interactive|holdings|media|all))+\.?$",
    re.I,
)
_ROMAN = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def roman_to_int(s: str):
    """Value of a Roman numeral, or None if ``s`` is not a well-formed one.

    Example:
        >>> roman_to_int("MMI")
        2001
    """
    s = s.upper()
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    if _int_to_roman(total) != s:
        return None
    return total


def _int_to_roman(n: int) -> str:
    out = []
    for v, sym in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)


def _words(line: str) -> int:
    return len(line.split())


# cheap pre-filter: a line passing none of these tests cannot be chrome,
# copyright, credit or caption, so ordinary prose skips the detailed rules
_SUSPECT_START = frozenset(
    "watch view follow listen subscribe sign download stream read get advertisement "
    "advertising skip click share continue related scroll tweet email print comment comments "
    "end reuter reuters reporting editing writing compiled research additional photo photos "
    "image images video graphic ap afp getty epa copyright".split()
)
_SUSPECT_WORDS = (
    "©",
    "&copy;",
    "(c)",
    "copyright",
    "rights reserved",
    "contributed",
    "photo",
    "getty",
)
_WORD_RE = re.compile(r"[a-z]+")


def _suspect(line: str) -> bool:
    low = line.lower()
    m = _WORD_RE.search(low, 0, 40)
    if m is None or m.group() in _SUSPECT_START:
        return True
    if line[0] in "#*-_=" or line.endswith(("...", "…")):
        return True
    return any(w in low for w in _SUSPECT_WORDS)


def _is_chrome(line: str) -> bool:
    s = line.strip()
    if _words(s) > 10:
        return False
    return bool(_CHROME.match(s) or _CHROME_FIXED.match(s))


def _copyright_year(line: str):
    for m in _COPYRIGHT.finditer(line):
        if m.group("year"):
            return int(m.group("year"))
        if m.group("roman"):
            y = roman_to_int(m.group("roman"))
            if y and 1800 <= y <= 2100:
                return y
    return None


def _is_copyright(line: str) -> bool:
    s = line.strip()
    if _words(s) > 60:
        return False
    low = s.lower()
    if "rights reserved" in low:
        return True
    for m in _COPYRIGHT.finditer(s):
        tok = s[m.start() : m.start() + 3].lower()
        if tok.startswith("©") and m.start() > 0 and s[m.start() - 1].isalpha():
            continue  # "Ã©": mojibake, not a copyright sign
        if m.start() < 2 and not tok.startswith("(c"):
            return True  # line starts with © / Copyright
        if m.group("year") or m.group("roman"):
            return True  # "(c) 2016 ...", "Copyright MMI ..."
    return False


def _is_credit(line: str) -> bool:
    s = line.strip()
    return _words(s) <= 40 and bool(_CREDIT.search(s))


def _outlet_from_holder(line: str):
    m = _HOLDER.search(line)
    if not m:
        return None
    name = _CORP_SUFFIX.sub("", m.group(1)).strip(" ,.")
    if not name or name.lower() in {"all", "rights", "the"} or len(name) < 2:
        return None
    return name


# ---------------------------------------------------------------------------
# the per-article cleaner


def _paragraphs(text: str, one_line_paragraphs: bool | None = None) -> list[list[str]]:
    lines = text.split("\n")
    if one_line_paragraphs is None:
        nonblank = [ln for ln in lines if ln.strip()]
        has_blank_sep = re.search(r"\S[ \t]*\n[ \t]*\n[ \t]*\S", text) is not None
        one_line_paragraphs = not has_blank_sep and len(nonblank) > 1
    paras: list[list[str]] = []
    cur: list[str] = []
    for ln in lines:
        s = ln.strip()
        if not s:
            if cur:
                paras.append(cur)
                cur = []
            continue
        if one_line_paragraphs:
            paras.append([s])
        else:
            cur.append(s)
    if cur:
        paras.append(cur)
    return paras


def _title_like(line: str, first_line: bool) -> bool:
    s = line.strip()
    if not s or len(s) > 200 or _words(s) > 30:
        return False
    if not re.search(r"[A-Za-z\u00c0-\uffff]", s):
        return False
    if first_line:
        return True  # "title on its own line": line 1 of the file may end with "."
    return not _SENT_END.search(s)


def clean_text(text: str, *, detect_title: bool = True, title: str | None = None):
    """Clean one scraped article -> ``(clean, boilerplate, meta)``.

    ``clean`` is the body with paragraphs joined by a blank line ("\\n\\n") and
    the lines inside a paragraph joined by spaces; ``boilerplate`` holds every
    removed line ("\\n"-joined, in order) so nothing is lost; ``meta`` may hold
    ``title`` (first title-like line that is not chrome, when
    ``detect_title``), ``source`` (from "<Outlet> News ... Correspondent",
    chrome such as "View <Outlet> In", or the copyright holder), ``year``
    (from a copyright line, Arabic or Roman: "©MMI" -> 2001).

    Removed: chrome ("Watch/View/Follow ... Live/In/on", "Advertisement",
    "Share ..."), copyright lines, credit lines ("... contributed to this
    report", "Reporting by", photo credits), captions (a line ending in "..."
    followed by a short fragment; multi-line paragraphs of short lines with no
    sentence-final punctuation) and end marks ("###", "-30-"). Short
    single-line paragraphs (subheads) are kept. If ``title`` is given and the
    body starts with it, that repeated title line is dropped.

    Example:
        >>> body, removed, meta = clean_text("Watch XYZ News Live\\n\\nBig Day\\n\\n"
        ...     "It rained.\\n\\n©MMXX XYZ Inc. All Rights Reserved.")
        >>> body, meta["title"], meta["year"]
        ('It rained.', 'Big Day', 2020)
        >>> removed.splitlines()[0]
        'Watch XYZ News Live'
    """
    meta: dict = {}
    if not isinstance(text, str) or not text.strip():
        return "", "", meta
    text = _normalise_chars(text)
    paras = _paragraphs(text)
    removed: list[str] = []
    outlets: list[str] = []
    holder = None
    keep: list[list[str]] = []
    for pi, para in enumerate(paras):
        kept_lines: list[str] = []
        i = 0
        while i < len(para):
            line = para[i]
            if not _suspect(line):
                kept_lines.append(line)
                i += 1
                continue
            if _is_chrome(line):
                m = _CHROME.match(line.strip())
                what = m.group("what").split() if m else []
                if len(what) >= 2 and all(w[:1].isupper() for w in what):
                    outlets.append(m.group("what").strip())
                removed.append(line)
                i += 1
                continue
            if _is_copyright(line):
                y = _copyright_year(line)
                if y and "year" not in meta:
                    meta["year"] = y
                holder = holder or _outlet_from_holder(line)
                removed.append(line)
                i += 1
                continue
            if _is_credit(line):
                removed.append(line)
                i += 1
                continue
            # caption: "... notes..." followed by a short fragment line
            nxt = para[i + 1] if i + 1 < len(para) else None
            if nxt is None and not kept_lines and pi + 1 < len(paras) and len(paras[pi + 1]) == 1:
                nxt_para_line = paras[pi + 1][0]
            else:
                nxt_para_line = None
            frag = nxt if nxt is not None else nxt_para_line
            if (
                _ELLIPSIS_END.search(line)
                and _words(line) <= 15
                and frag is not None
                and _words(frag) <= 8
                and not _FINAL_PUNCT.search(frag)
            ):
                removed.extend([line, frag])
                if nxt is not None:
                    i += 2
                else:
                    paras[pi + 1] = []
                    i += 1
                continue
            kept_lines.append(line)
            i += 1
        if not kept_lines:
            continue
        # a multi-line paragraph of short unpunctuated lines is a caption block
        if (
            len(kept_lines) >= 2
            and all(_words(ln) <= 12 and not _FINAL_PUNCT.search(ln) for ln in kept_lines)
            and keep  # not the very start (a title block)
        ):
            removed.extend(kept_lines)
            continue
        if detect_title and "title" not in meta and not keep:
            # line 1 of the file is a title even when it ends with a period; a
            # title directly followed by a deck line (no blank line) keeps the deck
            is_first = pi == 0 and not removed
            if (
                (len(kept_lines) == 1 or (is_first and len(kept_lines) == 2))
                and _title_like(kept_lines[0], is_first)
                and (len(paras) > pi + 1 or len(kept_lines) == 2)
            ):
                meta["title"] = kept_lines[0].strip().rstrip(";").strip()
                kept_lines = kept_lines[1:]
                if not kept_lines:
                    continue
        if (
            title
            and len(keep) < 3  # the title repeated at the top, possibly below site chrome
            and " ".join(kept_lines).strip().casefold() == str(title).strip().casefold()
        ):
            title = None  # only once
            continue
        keep.append(kept_lines)
    body = "\n\n".join(" ".join(p) for p in keep)
    m = (
        _CORRESPONDENT.search(body)
        if "News" in body
        and re.search(r"Correspondent|Reporter|Producer|Anchor|Contributor|Analyst|Editor", body)
        else None
    )
    if m:
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        meta["source"] = name
    elif outlets:
        meta["source"] = outlets[0]
    elif holder:
        meta["source"] = holder
    return body, "\n".join(removed), meta


# ---------------------------------------------------------------------------
# corpus-level pass


def _edges(paras: list, edge: int) -> list:
    return paras if len(paras) <= 2 * edge else paras[:edge] + paras[-edge:]


def clean_articles(
    frame: pd.DataFrame,
    *,
    min_count: int = 5,
    min_share: float = 0.2,
    max_words: int = 40,
    edge: int = 4,
):
    """Move paragraphs an outlet repeats across many of its articles into ``boilerplate``.

    Within each ``source``, a paragraph (after whitespace normalisation) of at
    most ``max_words`` words found in at least ``min_count`` articles and in at
    least ``min_share`` of that outlet's articles is site chrome (newsletter
    pitches, "Follow us" lines, standard disclaimers). Only paragraphs among
    the first or last ``edge`` of an article count and are removed: chrome
    sits at the edges, while a line repeated mid-article ("Go ahead." in a
    briefing transcript) is content. Identical articles count once, and an
    article is never emptied: when every paragraph would go, none does (a
    repeated *story* is a duplicate, not chrome). Returns a new frame;
    the input is not modified. Articles without a source are grouped together.

    Example:
        >>> df = pd.DataFrame({"source": ["X"] * 5,
        ...     "text": [f"Story {i}.\\n\\nSign our petition today" for i in range(5)],
        ...     "boilerplate": [""] * 5})
        >>> clean_articles(df)["text"].tolist()[0]
        'Story 0.'
    """
    out = frame.copy()
    if out.empty or "text" not in out:
        return out
    if "boilerplate" not in out:
        out["boilerplate"] = ""
    groups = out["source"].fillna("\x00") if "source" in out else pd.Series("\x00", index=out.index)
    texts = out["text"].fillna("").astype(str).tolist()
    boiler = out["boilerplate"].fillna("").astype(str).tolist()
    positions: dict = {}
    for pos, g in enumerate(groups.tolist()):
        positions.setdefault(g, []).append(pos)
    changed = False
    for rows in positions.values():
        if len(rows) < min_count:
            continue
        counts: dict[str, int] = {}
        distinct = {}  # identical articles (a wire story run five times) count once:
        for pos in rows:  # a repeated story is a duplicate, flagged by the loader
            distinct.setdefault(texts[pos], pos)
        for pos in distinct.values():
            seen = set()
            for para in _edges(texts[pos].split("\n\n"), edge):
                key = " ".join(para.split())
                if key and key not in seen and _words(key) <= max_words:
                    seen.add(key)
            for key in seen:
                counts[key] = counts.get(key, 0) + 1
        threshold = max(min_count, min_share * len(rows))
        repeated = {k for k, c in counts.items() if c >= threshold}
        if not repeated:
            continue
        for pos in rows:
            paras = texts[pos].split("\n\n")
            n = len(paras)
            at_edge = [
                (i < edge or i >= n - edge) and " ".join(p.split()) in repeated
                for i, p in enumerate(paras)
            ]
            drop = [p for p, d in zip(paras, at_edge, strict=True) if d]
            if not drop or all(d or not p.strip() for p, d in zip(paras, at_edge, strict=True)):
                continue  # never empty an article: a line that is its whole body is content
            changed = True
            texts[pos] = "\n\n".join(p for p, d in zip(paras, at_edge, strict=True) if not d)
            boiler[pos] = "\n".join([b for b in [boiler[pos]] if b] + drop)
    if changed:
        out["text"] = texts
        out["boilerplate"] = boiler
    return out
