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
3. A lede's "the region's largest growers' co-operative said" is the co-operative named
   next also when its name is French and opens with its head ("The Coopérative des
   Bleuets du Lac-Vert said": french_org_names.french_name_fitting, asked by
   ledes._org_named_next; resources/french_org_heads.txt gains "coopérative"), with the
   capitalised parts after the first ("du Lac-Vert": french_name_written); "the co-op
   said" then is that co-operative. A French name of another kind ("Syndicat des ...")
   leaves the lede's co-operative a description.
4. "The surgeon said" after a described run ("She described a typical week." and
   paragraphs of quotation carried on) is the surgeon quoted before it: the paragraphs
   right after that statement that open with a quotation mark do not count as breaks
   between the two (description_echoes._breaks_past_carried); a narrative paragraph
   between them leaves the description.
5. "She said" right after "NAME asked her whether ..." is the one asked, not the asker
   (whose given name has no known gender): "asked her/him <wh-word>" is no self-reference
   of the asker (pronouns._self_referring_subject), and the pronoun resolver takes the
   person of that gender named before the asker (antecedents._asked_pronoun_listener);
   "asked him" before "she said", or "NAME wore a mask over her face", keep the asker.
6. '"...," the 37-year-old restaurateur said' right after a person's statement: an age
   before a job noun of one person (resources/person_job_heads.txt, "restaurateur" added)
   makes the description the person in focus (roles._resolve_in_focus, as "the
   37-year-old" alone was); not when the article wrote "a 37-year-old restaurateur" for an
   unnamed one before, nor for a noun that is no job ("the 19-year-old fan" after a
   goalie: test_quotes_written26).
"""

from __future__ import annotations

from tests._quote_rows import speaker_of, speaker_of_start

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


# --- 3. a lede's co-operative named next in French ------------------------------------------------

_COOP = (
    "ALMA, Que. — A late frost has cut this year's cranberry crop by half, the region's "
    "largest growers' co-operative said Tuesday.\n\n{name} said in a note to its 90 members "
    "that damage was worst on low ground.\n\nUpland bogs did better, the co-op said."
)


def test_lede_coop_named_next_in_french():
    text = _COOP.format(name="The Coopérative des Bleuets du Lac-Vert")
    assert speaker_of_start(text, "A late frost") == "Coopérative des Bleuets du Lac-Vert"
    assert speaker_of(text, "Upland bogs did better") == "Coopérative des Bleuets du Lac-Vert"


def test_french_name_keeps_its_later_parts():
    text = _COOP.format(name="The Coopérative des Producteurs de Bleuets")
    assert speaker_of(text, "damage was worst on low ground") == (
        "Coopérative des Producteurs de Bleuets"
    )


def test_lede_union_named_next_in_french():
    text = (
        "ALMA, Que. — Growers will lose half their crop, the region's largest growers' union "
        "said Tuesday.\n\nThe Syndicat des Producteurs de Bleuets said in a note that damage "
        "was worst on low ground."
    )
    assert speaker_of_start(text, "Growers will lose") == "Syndicat des Producteurs de Bleuets"


def test_lede_coop_not_a_french_union():
    text = _COOP.format(name="The Syndicat des Producteurs de Bleuets")
    assert speaker_of_start(text, "A late frost") == "the region's largest growers' co-operative"


# --- 4. a description after a described run --------------------------------------------------------

_RUN = (
    "Dr. Ann Roe, one of the three surgeons still working at the clinic, said she had been "
    "on call every weekend since May.\n\nShe described a typical week in her office.\n\n"
    '"On Monday I operate from seven until the list is done, and the list is never done by '
    "five. On Tuesday I see clinic patients, 40 of them, many of whom waited a year.\n\n"
    '"Then the pager goes. A broken hip, a child with a fever, a driver hurt on the highway. '
    "You do not say no to those people.{tail}\n\n{between}Two of the six surgeons who left "
    "went to Calgary, and one retired. The surgeon said none of them left because of the pay."
)


def test_surgeon_after_described_run_is_the_surgeon():
    text = _RUN.format(
        tail='\n\n"By Thursday you are running on coffee and pride. I am 51."', between=""
    )
    assert speaker_of(text, "none of them left because of the pay") == "Ann Roe"


def test_surgeon_after_shorter_run_is_the_surgeon():
    text = _RUN.format(tail='"', between="")
    assert speaker_of(text, "none of them left because of the pay") == "Ann Roe"


def test_narrative_paragraph_between_leaves_description():
    text = _RUN.format(
        tail='"',
        between="The clinic serves 60,000 people in the valley and has hired nobody since "
        "2019.\n\n",
    )
    assert speaker_of(text, "none of them left because of the pay") == "the surgeon"


# --- 5. "she" after "NAME asked her whether" -------------------------------------------------------

_ASKED = (
    "Tom Lake said the mine would reopen.\n\nDolores Kwan, who lives near the mill, said the "
    "dust was worse this year. Jordan Pike asked {obj} whether {obj2} had seen a doctor. She "
    "said she had not, because the wait was too long."
)


def test_she_after_asked_her_is_the_one_asked():
    text = _ASKED.format(obj="her", obj2="she")
    assert speaker_of_start(text, "she had not") == "Dolores Kwan"


def test_she_after_asked_her_if_is_the_one_asked():
    text = _ASKED.format(obj="her", obj2="she").replace("whether", "if")
    assert speaker_of_start(text, "she had not") == "Dolores Kwan"


def test_she_after_asked_him_stays_the_asker():
    text = _ASKED.format(obj="him", obj2="he")
    assert speaker_of_start(text, "she had not") == "Jordan Pike"


def test_self_reference_still_the_subject():
    text = (
        "Dolores Kwan said the dust was bad. Jordan Pike wore a mask over her face. She said "
        "the dust was worse."
    )
    assert speaker_of(text, "the dust was worse") == "Jordan Pike"


# --- 6. an age before a job noun ------------------------------------------------------------------


def test_aged_restaurateur_is_the_organizer():
    text = (
        "The festival's organizer, Marc Tremblay, said nobody could own the word.\n\n"
        '"She does not own gravy," the 37-year-old restaurateur said.'
    )
    assert speaker_of(text, "She does not own gravy") == "Marc Tremblay"


def test_aged_farmer_is_the_one_quoted():
    text = (
        "Luc Gagnon said the frost came at night.\n\n"
        '"We lost the year," the 62-year-old farmer said.'
    )
    assert speaker_of(text, "We lost the year") == "Luc Gagnon"


def test_aged_restaurateur_unnamed_before_stays():
    text = (
        "Marc Tremblay said nobody could own the word. A 37-year-old restaurateur spoke "
        'next.\n\n"She does not own gravy," the 37-year-old restaurateur said.'
    )
    assert speaker_of(text, "She does not own gravy") == "the 37-year-old restaurateur"


def test_aged_fan_after_goalie_stays_a_new_person():
    text = "Goalie Dana Pruitt made 31 saves.\n\n“It was loud,” the 19-year-old fan said."
    assert speaker_of(text, "It was loud") == "the 19-year-old fan"
