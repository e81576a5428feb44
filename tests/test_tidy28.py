"""tidy28: merged twins keep their behaviour (sentences written for the tests)."""

from __future__ import annotations

import re

from tests._quote_rows import quote_rows

# a lede's role description, the next paragraph opening with the plain full name
ROLE_PLAIN = (
    "Ferry fares will rise by a third next spring, the province's transport minister "
    "announced Thursday.\n\nOrla Kimberley said the service had lost money for years."
)
# a lede's "The head of X", the next paragraph opening with the name and its apposition
HEAD_OF = (
    "The head of Tamarack Water told council the reservoir was nearly empty.\n\n"
    "Desmond Achterberg, who has led the utility since 2019, said rationing may follow."
)


def _speakers(text):
    return [s for (s,) in quote_rows(text, "speaker")]


def test_role_plain_next_names_the_minister():
    assert _speakers(ROLE_PLAIN)[0] == "Orla Kimberley"


def test_role_plain_next_not_after_a_title():
    text = ROLE_PLAIN.replace("Orla Kimberley said", "Premier Orla Kimberley said")
    assert _speakers(text)[0] != "Orla Kimberley"


def test_head_named_next_names_the_leader():
    assert _speakers(HEAD_OF)[0] == "Desmond Achterberg"


def _opening(text, mention_end, after, mention_start=0):
    from analysis.quotes.lede_named_next import _lede_opening_full_name
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.mentions import _ArticleNames

    class Q:
        m_start, m_end = mention_start, mention_end

    brk = text.index("\n\n")
    an = _ArticleNames(text, [(0, brk), (brk + 2, len(text))], lexicon(), None)
    j = _lede_opening_full_name(an, Q, re.compile(after))
    return None if j is None else an.names[j][:2]


def test_opening_full_name_needs_what_follows_the_name():
    assert _opening(HEAD_OF, 26, ",[ \t]+who") == (
        HEAD_OF.index("Desmond"),
        ("Desmond", "Achterberg"),
    )
    assert _opening(HEAD_OF, 26, "[ \t]+said") is None


def test_opening_full_name_not_when_a_name_comes_first():
    text = "Mayor Ida Roe, the head of Tamarack Water, spoke.\n\nDesmond Achterberg, who runs it."
    assert _opening(text, 41, ",[ \t]+who", 15) is None
    assert _opening(text, 41, ",[ \t]+who") is not None  # (from the start: nobody before)


# ---- notebook tables: shown as on the report page -------------------------------------


def test_readable_shows_a_flag_as_yes_or_blank():
    import pandas as pd

    from analysis.report import readable

    t = readable(
        pd.DataFrame({"outlet": ["Harbor Ledger", "Wire"], "in the charts": [True, False]})
    )
    html = t._repr_html_()
    assert "True" not in html and "False" not in html and ">yes<" in html
    assert "<th>0</th>" not in html  # (no bare row numbers)


def test_notebook_tables_go_through_readable():
    import json
    from pathlib import Path

    paths = sorted(Path(__file__).resolve().parents[1].joinpath("notebooks").glob("*.ipynb"))
    assert len(paths) >= 4  # the glob found the notebooks (not an empty loop)
    for path in paths:
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] != "code":
                continue
            src = "".join(cell["source"])
            last = src.rstrip().splitlines()[-1]
            for line in [last] + [ln for ln in src.splitlines() if "display(" in ln]:
                if "display(" in line or not line.startswith((" ", "#", ")")) and "=" not in line:
                    assert "readable(" in line or line.startswith("print("), (path.name, line)


def test_lede_who_named_next_still_names_the_developer():
    text = (
        "The developer who bought the old Carrow mill last year says the lofts will open "
        "in May.\n\nGabe Lindqvist, whose company paid $1.2 million for the mill, showed "
        'the plans on Monday. "We are nearly done," he said.'
    )
    assert quote_rows(text, "speaker")[0] == ("Gabe Lindqvist",)
    moved = text.replace("Gabe Lindqvist, whose", "On Monday Gabe Lindqvist, whose")
    assert quote_rows(moved, "speaker")[0] != ("Gabe Lindqvist",)
