"""A new job holder described by the job: "Ann Roe will take over as artistic director on
Jan. 1 ... The festival's new artistic director said A" -- a description "the <owner>'s
new <job>" or "the new <job>" that no other rule resolved is the person the article
said earlier takes over, was named or was appointed "as <job>" (the same one to three
job words; the last such person before it). This module owns only that reading (a coref
pass); a description whose job nobody was said to take over stays the description.
"""

from __future__ import annotations

import re

# "the festival's new artistic director", "the club's new head coach", "the new
# principal": the job words (group 1), lower case, one to three
_NEW_JOB_RE = re.compile(
    r"the[ \t]+(?:[\w’'-]+['’]s[ \t]+)?new[ \t]+((?:[a-z-]+[ \t]+){0,2}[a-z-]+)", re.I
)

# a full name (two to four capitalised words) that takes over a job "as" it
_TAKES_OVER = (
    r"(?:will[ \t]+take|takes|took|is[ \t]+taking|has[ \t]+taken)[ \t]+over"
    r"|(?:was|has[ \t]+been|will[ \t]+be|is)[ \t]+(?:named|appointed|hired|chosen)"
)
_NAME = r"([A-ZÀ-Ý][\w’'-]+(?:[ \t]+[A-ZÀ-Ý][\w’'-]+){1,3})"


def new_job_holder(an, quotes):
    """Give each statement whose speaker is still "the <owner>'s new <job>" the person
    the text before it said takes over (or was named) as that job.

    >>> import pandas as pd, analysis
    >>> t = ("The cellist Ann Roe-Tessier will take over as artistic director on Jan. 1. "
    ...      "Tom Vale, the founder, said the board chose well. The festival's new "
    ...      "artistic director said she had called him twice.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]})).speaker.tolist()[-1]
    'Ann Roe-Tessier'
    """
    text = an.text
    holders: dict = {}  # job -> [(start, name), ...] over the whole article, once per job
    for q in quotes:
        mention = q.mention or ""
        if not q.speaker or q.m_start is None or q.speaker != mention:
            continue
        m = _NEW_JOB_RE.fullmatch(mention)
        if m is None:
            continue
        key = " ".join(m.group(1).lower().split())
        if key not in holders:
            job = r"[ \t]+".join(re.escape(w) for w in key.split())
            rx = re.compile(
                rf"{_NAME}[ \t]+(?:{_TAKES_OVER})[ \t]+as[ \t]+(?:(?:the|its|their)[ \t]+)?"
                rf"(?:new[ \t]+)?{job}\b"
            )
            holders[key] = [(h.start(), h.group(1)) for h in rx.finditer(text)]
        found = [name for at, name in holders[key] if at < q.m_start]
        if found:
            q.speaker, q.stype = found[-1], "person"
