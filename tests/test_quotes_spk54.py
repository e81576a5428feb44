"""spk54: speakers left by session 36 round 1 (sentences written for these tests).

1. "The team's veteran coach Dale Pruitt watched ... He said": a sentence-opening "The",
   a lower-case possessive noun ("team's", "club's"), at most two plain modifiers and a
   title noun before a name make that name the clause subject a later "he" finds
   (mentions._modified_title_subject, _LOWER_POSSESSIVE_RE); not when a verb comes
   between ("The team's owner praised coach Dale Pruitt": the owner is the subject).
2. "Tom Venn, also a chair, ..." then "The chair said": an apposition after a name may
   open with "also", "now", "himself" or "herself" before its determiner
   (titles._APPOSITION_RE), so the later apposed office holder is the one titled last;
   another noun ("also a teacher") leaves the chair introduced before.
"""

from __future__ import annotations

from tests._quote_rows import speaker_of

# --- 1. a possessive before the modifiers --------------------------------------------------------

_COACH = "Tom Lake said the rink was full.\n\n{sent} He said the players were ready."


def test_team_possessive_veteran_coach_is_he():
    text = _COACH.format(sent="The team's veteran coach Dale Pruitt watched from the bench.")
    assert speaker_of(text, "the players were ready") == "Dale Pruitt"


def test_club_possessive_coach_is_he():
    text = _COACH.format(sent="The club's coach Dale Pruitt took over the team in May.")
    assert speaker_of(text, "the players were ready") == "Dale Pruitt"


def test_possessive_owner_praised_coach_is_no_subject():
    text = _COACH.format(sent="The team's owner praised coach Dale Pruitt in May.")
    assert speaker_of(text, "the players were ready") == "Tom Lake"


def test_possessive_fans_cheered_coach_is_no_subject():
    text = _COACH.format(sent="The team's fans cheered coach Dale Pruitt on Friday.")
    assert speaker_of(text, "the players were ready") == "Tom Lake"


# --- 2. a later apposed office holder ------------------------------------------------------------

_CHAIR = (
    "Ann Roe, chair of the library board, said the branch would open in May.\n\n{sent} "
    "The chair said the fees would rise."
)


def test_also_a_chair_is_the_chair():
    text = _CHAIR.format(sent="Tom Venn, also a chair, sat on the parks board for six years.")
    assert speaker_of(text, "the fees would rise") == "Tom Venn"


def test_also_a_chair_over_a_speaker_between():
    text = _CHAIR.format(
        sent="Tom Venn, also a chair, sat on the parks board. Ruth Dalby said the trail was closed."
    )
    assert speaker_of(text, "the fees would rise") == "Tom Venn"


def test_now_the_mayor_is_the_mayor():
    text = (
        "Mayor Ann Roe said the branch would open in May. Tom Venn, now the mayor of the "
        "next town, spoke later. The mayor said the fees would rise."
    )
    assert speaker_of(text, "the fees would rise") == "Tom Venn"


def test_also_a_teacher_leaves_the_chair():
    text = _CHAIR.format(sent="Tom Venn, also a teacher, spoke next.")
    assert speaker_of(text, "the fees would rise") == "Ann Roe"
