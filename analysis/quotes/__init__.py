"""Quote extraction and attribution: who is quoted saying what in each article.

This package owns ``extract_quotes``, which turns an articles frame into a quotes
frame with one row per attributed statement (direct quotes in quotation marks,
indirect "X said (that) ..." speech, "according to X", colon quotes and mixed
quotes), each with its speaker resolved within the article to the fullest name the
article gives ("Mr. Bush" -> "George W. Bush" when the article says so) and typed
person / anonymous / organization / group / unknown. Its modules are the stages, in
order: ``lexicon`` (word lists, read from ``analysis/resources``), ``blocks``
(quotation blocks and the masked text), ``segment`` (sentences), ``phrases``
(speaker noun phrases), ``cues`` (reporting-verb cues), ``additions`` (adding
quotes, parentheticals and insertions), ``idioms`` (verb idioms around a cue),
``sides`` (content sides of a cue), ``nonspeech`` (non-speech guards), ``content``
(content spans and cuts), ``subjects`` (the speaker subject before a cue),
``clauses`` (speakers across clauses and insertions), ``frames`` (verb, noun and
colon frames), ``names`` (name parsing and titles), ``formats`` (quotation formats
without a reporting verb: dash-attributed paragraphs, paragraphs announced by "X
added:", headline quotations), ``usage`` (how a capitalised word is used in the
article), ``mentions`` (the article's mention index), ``titles`` (titles and
offices), ``antecedents`` (he/she and the paragraph's person), ``kin`` (kin, ages
and kinds), ``ledes`` (descriptions named in the next sentence or later),
``documents`` (documents and their authors), ``orgs`` (organisations and companies),
``groups`` (pairs, plural roles and counted groups), ``appositions`` (appositions
and predicate roles), ``pronouns`` (pronouns and described subjects), ``roles``
(roles of one mention), ``descriptions`` (article-level description passes),
``coref`` (speaker resolution entry point) and ``assemble`` (one article's quotes
from all of them). Split out of those by concern: ``datelines`` (the dateline
matcher), ``wordscan`` (word scans without a pattern per word); speaker phrases:
``np_left_core`` and ``np_left`` (the phrase before a cue), ``np_right`` (after it),
``phrase_adjuncts`` (words between a phrase and its cue), ``apposed_speakers``
(appositions before a cue), ``sentence_subjects`` (a sentence's subject),
``reduced`` (reduced relatives, "the company building it says"); organisations:
``org_names``, ``org_nearest``, ``org_subjects``, ``holders`` (what a description
owns); people: ``role_places`` and ``role_titles`` (roles by place and by title),
``lede_appositions`` and ``lede_named_next`` (descriptions named around them),
``lede_head_of_body`` (a lede's "the head of the union" named later as the leader
of a body of its kind), ``description_echoes`` (bare descriptions echoing an introduction),
``kin_surnames`` (kin named by a shared surname), ``kin_possessor_named`` ("Roe's husband" as the kin the article introduced for Roe), ``kin_subjects`` (a pronoun after a
sentence whose subject is a relative), ``given_names`` (the gender of a given name missing
from the list, from the article's own evidence), ``description_appositions`` (a
description named in a later apposition); ``spoken_of`` (a "she said" statement resolved to the person its quotation speaks of, or to
the newcomer of a narration paragraph about the person quoted before); ``acronyms`` (an acronym speaker
spelled out where the article introduced it); ``reported_frames`` (frames inside another
statement's reported clause); ``responsible_heads`` ("the minister responsible for X said": the minister);
``infinitive_gaps`` ("the divides he promised to bridge have grown":
the content is "to bridge"); ``obtained_documents`` (the document before "obtained by
<outlet>" speaks, not the outlet); ``statement_from`` (the source after a statement's
"from" speaks: "a statement from the company read"); ``according_records`` (an "according to" record of speech,
"According to a transcript, Lee said", and a trailing "..., according to court documents",
giving way to the speaker's own frame);
``court_answers`` (the "A. (Ruiz): ..." answers of a courtroom excerpt); ``link_lines`` (a "Read more:" line is a link, no quote); ``note_lines`` (an "Editor's note:" or "Correction:" paragraph is the newsroom's, no quote); ``subhead_lines`` (a body subheading in headline grammar, 'X "...," mayor says', no quote); ``colon_appositions``
('Another analyst, NAME, was blunter: "..."': the apposed name speaks); ``teams`` (the
sports team "the team" stands for); ``school_boards`` (the board "the public board" or
"the Catholic board" stands for); ``place_titled`` (the person "the <Place> <role>"
stands for); ``place_possessive_offices`` (the holder "Prince Rupert's mayor" stands
for); ``office_named`` (the one person named with the office "the Prince Rupert mayor" or
a bare "Chair of the X Board" stands for). Later rule modules, by stage: frames and content — ``about_how``
("spoke about how A"), ``plural_subjects`` ("The growers have filed an appeal. They said A": the plural
subject before is the antecedent), ``titled_bodies`` ("Secretary of the Treasury Dana Kell said":
the title with its body is the speaker's phrase), ``made_claims`` ("made the claim that A"), ``called_complements`` (the complement
ending a speech noun's content in "called her claim that A a fantasy"), ``noun_quoted_clauses`` (a speech noun's
clause through a quotation: 'her remark that "A"'), ``subject_noun_clauses`` (a speech
noun's clause in the sentence's subject ends where the main predicate starts: "Her
assertion that A drew criticism"), ``listener_tails`` (a frame with a
listener or place set off before a "because" clause: "A, she told the council, because
B"), ``timed_announcements`` (no speech in "once the province announces its capital
plan"), ``dash_announced`` ('Her
message was short — "A."'), ``adjunct_relatives`` and ``that_relatives`` (a "that" opening a
relative clause on the frame's adverbial), ``next_frame_sides`` (text after a cue that is the
next cue's own frame), ``inserted_quotations`` (a quoted word inside an apposition before the
cue), ``naming_relatives`` ('added a takeout that Roe called "..."'), ``speaker_clause_cuts`` (content
stops before ", and Name said"), ``question_rows`` (a reporter's question that only names
who answered), ``quoted_objects`` ("quoted one of its members, a nurse, as saying"),
``relative_it`` ("The company ... announced X, which it said would ..."); paragraphs —
``identified_paragraphs`` and ``leading_paragraphs`` (quotation paragraphs named by the next
paragraph), ``posted_anchors`` (a quotation after "X posted ..."), ``read_statements`` (a quotation after "she read a statement to the
jury."), ``asked_gestures`` (a quotation after
"Asked why, she laughed."), ``asked_participles`` (the question of an apposed "Ann Roe, asked
by reporters whether ..., sighed" ends at its comma; a topic is none), ``manner_lead_ins`` (a quotation
after "Then, more quietly:"), ``possessor_words`` ('In Roe's words, "A."'), ``interrupted_quotations`` ('"A," he says — pausing — "B."' and
'"A —" he stopped, "— B."': the second quotation is his), ``hearing_witnesses`` ("the witness" of a hearing: the person who last
told the committee), ``named_later`` ("one volunteer said" named paragraphs on: "His name is
NAME"), ``interviewers`` (the interviewer and the interviewee of a Q/A
lead-in); speakers — ``named_appositions`` and
``indefinite_named`` (descriptions that name their person right away), ``apposed_subjects``,
``relative_appositions``, ``pair_mentions`` ("both men said"), ``pair_named`` ("Ann and
Tom Roe ... the couple said"), ``pair_kin_quoted`` ("the two said": the last quoted and
the one other of that surname quoted before), ``pair_rows_before`` ("the two said" after a row
of that pair, or after a sentence naming a new person), ``listed_subjects`` ("NAME1,
NAME2 and NAME3, ..., all said": the people listed), ``former_latter``, ``singular_they``
(a person who uses the pronoun "they"),
``aged_speakers`` ("the 67-year-old"), ``veteran_tenures`` ("the veteran fisher" after "NAME has fished ... for 38 years"), ``player_roles`` ("the rookie forward"),
``chair_clauses`` ("the chair"), ``office_holders`` ("the minister's office"),
``org_only_kind`` ("the union" as the one union named), ``kind_body_quoted``
("the agency" as the one health body quoted), ``french_org_names`` (a French name split by its lower-case words, read whole and typed an organisation), ``org_described`` (a one-word
name the article describes as an agency), ``org_apposed_names`` ("the sailing association
the Coastal League": the name), ``words_named_next`` (a bare quotation named by "With
those words, NAME ...", "Those were the words of NAME" or "So said NAME" next), ``town_descriptions`` ("a chef from Truro, N.S."),
``statement_behalf`` (a statement read on someone's behalf), ``surname_withheld`` ("a
worker, who asked that her last name not be used" named by a given name next), ``suffix_dots`` (one
form of a company suffix's period per speaker: "Northwind Ltd."), ``lineup_positions``
("the third" of a curling line-up), ``pronoun_documents`` ("her report
reads"), ``lede_job_named_next`` and ``lede_apposed_later`` (a lede's description named in a
later paragraph), ``lede_witness_named`` (a lede's testifying "A civil engineer" named
by an apposition echoing "engineer" one or two paragraphs on), ``kind_apposed_orgs`` ("the X Holdouts, a loose group of
..." then "the group said"), ``copula_newcomers`` ("The parent in question is NAME. She
said"), ``object_newcomers`` ("The group hired a lawyer, NAME of Sudbury. She told ..."), ``title_modifiers`` ("Wolves captain
NAME": no person "Wolves"; ", and her brother, NAME, scored": a clause subject),
``family_members`` ("The Harders said A. '...,' she said": the family's woman named in full),
``family_pairs`` ("Ann and Tom Roe ... The Roes said": the couple named so, as the pair),
``article_memo`` (the per-article memo of scans asked once per quotation, used by
``plural_names``, ``surname_firsts`` and ``family_members``),
``office_title_names`` ("said the Minister of Parks, Culture and Sport, NAME"),
``apposed_descriptions`` ("NAME, a welder, ... the welder said": the one person given it;
given to two people, the noun), ``repeated_claims`` ("dismissed her assertion that A", A
repeating an earlier row: that row's speaker),
``consequence_tails`` ("A, X told parents in a letter, leaving B": A), ``pair_relatives``
("a brother and sister who farm the quarter said"), ``described_aged_next`` (a
body's new description, "Another former patient said A.", named by "NAME, 47, said B" next), ``relative_it`` (the body of "..., which it said would ..."),
``lede_named_titled`` (a description named next past an aside or after "Coun." / "Dr."),
``kin_generation_pairs`` ("NAME and his niece say A. 'B,' the elder said": NAME),
``pair_pronoun_members`` ("She and Roe both said A. 'B,' he said": the pair's man),
``lede_owner_named_next`` (a lede's "The owner of <Business> says" named by the new name
speaking next with "his team"),
``apposed_paragraphs`` ('"...," she said' after a paragraph introducing her in
apposition), ``apposed_companions`` ("Tom and his partner, Jo Roe, work. She said": Jo
Roe), ``reporter_questions`` ("Another reporter asked whether A. He said": the person
questioned), ``display_texts`` ('A board carries the slogan: "..."', 'A sign on the door reads "..."': no row),
``placed_groups`` ("Growers on the benches above the lake say": the growers),
``plural_names`` ("Oilers said" after "the Oilers won": the team; "Islanders said": a group),
``described_pronouns`` ('"...," she said' right after "The professor said
A": the unnamed description), ``described_subjects`` ("The chair did not agree. She
ruled that": the person titled chair), ``who_clause_echoes`` ("The senator who chairs it
said": the one introduced "NAME, who chairs"), ``anonymous_pronouns`` ('"...," he said' after "A clerk, who asked not to be
named because he ..., said": the clerk), ``role_named_further`` ("The farm's general manager said A" named
paragraphs on as "NAME, who has managed the farm"), ``role_echo_named`` ("their lawyer said
A" named far on as "Their lawyer, NAME,"), ``lede_body_apposed_next`` (a lede's "its
operator said A" named next by "The X Society, the non-profit that has run it,"),
``echoed_pairs`` ("the astronomers said" after "members of the X Astronomy Club, NAME1
and NAME2,": the pair), ``when_subjects`` ("The vet on duty when a horse fell at the rodeo told": the vet, not
the rodeo), ``lede_body_named_opening`` ("A radio station ..., the station said" named by the next
paragraph's opening "CKRW-FM, known as ...,"), ``lede_body_clause_next`` (a lede's "the club that grooms it said A" named by the next
paragraph's first statement, "The X Trail Riders said"), ``lede_later_forms`` (a lede's
"a group of X told" named by "The group, which calls itself NAME", a lede's "a producer who
... said" by "NAME ... is one of 14 producers", "his parents told" by "His mother, NAME," and
"His father, NAME2,"), ``kin_apposed_pairs`` ("Ann Roe and her brother, Tom Roe, said": the
pair),
``exhibit_messages`` ('a text message from a hand that reads in part: "..."': no row), ``kin_reported_pronoun`` ("NAME said his
daughter ... She ...": her "she said" next), ``pronoun_kin_pairs`` ("She and her husband will
appeal. They said A": the woman and the husband named before; his "he said" next), ``released_documents`` ("a report released by the ministry" reads),
``parent_described`` ("the father" whose children were shown with him), ``exchange_turns`` ('"...?" asked NAME.' then '"...," he answered.': the answer is
not NAME's; a "he asked" question after it is NAME's), ``accused_named``
('"...," the accused said' after "NAME, 58, pleaded guilty ...": NAME), ``owner_clause_named``
('"...," the owner said' after "NAME has run the diner for 20 years": NAME),
``lineup_words`` ("the veteran third said"), ``org_sentence_ends`` (an organisation's
name never runs across "... Board of Trade. The"), ``lower_case_orgs`` ("for the Canadian Coast Guard ... The coast guard said": the
organisation named with capitals), ``conjoined_cues`` ("Roe admitted that
the board erred, and said B": Roe), ``couple_named_next`` ("a married couple ... said"
named next by one of them and a spouse apposition), ``portfolio_titles`` ("Tourism and Culture Minister Ann
Roe said": one person, not "Tourism" and "Ann Roe"), ``modal_reports`` ("would say only
that A"), ``nested_relatives`` (a report in a relative clause inside a reported clause:
"said the audit, which the ministry reported, found B"), ``relative_quote_ends`` ('Lee,
who said it was "fair, and fast," added that B': the first content ends at the closing
mark), ``org_named_after`` ("The agency
said" named by "That agency, the X Corp.," after it; "the teachers' union" as the body
whose name holds "Teachers'"), ``winner_links`` ("the winner said" is the lede's winner when
later winners are qualified: "Wheelchair winner Tom Vale"), ``victim_subjects`` ("The widow
of a miner killed at a mine north of Sudbury told": the widow, not the place),
``recalled_objects`` ("recalled a smaller fire at the plant in 2019": a dated memory, no
speech), ``vote_answers`` ("the members who voted said yes": a vote count, no speech),
``party_candidates`` ("The Liberal told" after "The Liberal candidate, Ann Roe,"),
``former_titles`` ("the former minister": who was minister, not the sitting one),
``addressed_roles`` ("the driver replied" is not the counsel who "asked the driver"),
``org_described_next`` ("An animal welfare group said A. B, the X League said": the league),
``bullet_lists`` ("The union said it wants:" and bullet lines: a row per bullet), ``first_person_tails`` ("I lost A, she wrote. I do not know B.": her unquoted
first-person B is a row too),
``predicate_conjuncts`` ("said Tom was awake and joking with nurses": the "-ing" verb
is the content's, no new cue),
``self_named`` ("A group of residents who call themselves X said": X),
``measured_readings`` ("reported gusts of 104 km/h": a reading, no speech),
``shouted_targets`` ("the coach shouted at the players": an act, no cue),
``free_relative_frames`` ("her assertion that A went where the permit said it should
go": no frame of the permit's),
``pronoun_conjuncts`` ("said he and his wife had asked B": one clause), ``thing_cues``
("told the story of selling B", "the sign says Closed": no row), ``told_news`` ("told
her the news at the door": no row), ``lede_party_orgs`` (a
lede's "the buyer said" named by the organisation speaking next), ``partitive_subjects``
("One of those younger artists, NAME, was chosen": NAME is the subject),
``plural_cue_subjects`` ("in the previous reports": a noun, no cue), ``org_word_surnames``
("Ray Church ... Church said": the person).
No model or download is used, and any input string yields a frame
whose offsets index the text. Cross-article speaker merging is
``analysis.speakers.resolve_speakers``.
"""

from __future__ import annotations

import bisect
import gc
import warnings
from collections import Counter
from contextlib import contextmanager

import numpy as np
import pandas as pd

from .._frames import check_frame
from ..clean import as_text
from ..sentences import _sentence_arrays, split_sentences
from ..transcripts import turn_rows
from .assemble import extract as _extract_one
from .segment import sentence_spans

COLUMNS = [
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
    "statement_id",
    "attribution",
]

_INT_COLS = ["start", "end", "sentence_id", "speaker_start", "speaker_end", "cue_start", "cue_end"]


def _empty() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series([], dtype="str") for c in COLUMNS})
    for c in _INT_COLS:
        frame[c] = frame[c].astype("int64")
    return frame


_SENTENCE_COLS = ("article_id", "sentence_id", "start", "end")


def _sentence_table(ids, texts, sentences):
    """article_id -> (sentence starts, ends, sentence_ids) in sentence order, from the
    given ``split_sentences`` frame, with ``split_sentences`` run for the articles it
    does not cover (all of them when ``sentences`` is None)."""
    out = {}
    if sentences is not None:
        missing = [c for c in _SENTENCE_COLS if c not in sentences]
        if missing:
            raise ValueError(
                f"extract_quotes: the sentences frame lacks column(s) {missing}; "
                "pass analysis.split_sentences(articles) or sentences=None"
            )
        out = _sentence_starts_fast(sentences)
        if out is None:
            out = _sentence_starts_pandas(sentences)
    todo = [i for i, aid in enumerate(ids) if aid not in out]
    if todo:
        todo_ids = [ids[i] for i in todo]
        if len(set(todo_ids)) == len(todo_ids):
            out.update(_computed_table(todo_ids, [texts[i] for i in todo]))
        else:
            arts = pd.DataFrame({"article_id": todo_ids, "text": [texts[i] for i in todo]})
            computed = _sentence_starts_fast(split_sentences(arts))
            out.update(computed or {})
    return out


def _computed_table(ids, texts):
    """``_sentence_starts_fast(split_sentences(articles))`` for distinct string ``ids``
    and their ``texts``, from the sentence arrays without building the frame (the
    rows come in article order, each article's in sentence order: the same lists)."""
    got = _sentence_arrays(texts)
    if got is None:
        return {}
    art, sids, _paragraphs, starts, ends, base, _big = got
    cut = (np.flatnonzero(art[1:] != art[:-1]) + 1).tolist()
    starts = (starts - base).tolist()
    ends = (ends - base).tolist()
    sids = sids.tolist()
    lo = [0, *cut]
    out = {}
    for a, b, k in zip(lo, [*cut, len(art)], art[lo].tolist(), strict=True):
        out[ids[k]] = (starts[a:b], ends[a:b], sids[a:b])
    return out


def _sentence_starts_pandas(sentences):
    """The mapping of _sentence_table for any sentences frame (article ids as str)."""
    out = {}
    srt = sentences.sort_values(["article_id", "sentence_id"], kind="mergesort")
    for aid, grp in srt.groupby("article_id", sort=False):
        out[str(aid)] = (
            grp["start"].astype(int).tolist(),
            grp["end"].astype(int).tolist(),
            grp["sentence_id"].astype(int).tolist(),
        )
    return out


def _sentence_starts_fast(sentences):
    """The same mapping as _sentence_starts_pandas, with numpy, for the usual frame:
    string article ids without missing values and integer ``sentence_id``, ``start``
    and ``end`` columns. None when the frame is anything else."""
    if not isinstance(sentences, pd.DataFrame) or len(sentences) == 0:
        return {} if isinstance(sentences, pd.DataFrame) else None
    aid = sentences["article_id"]
    sid = sentences["sentence_id"]
    st = sentences["start"]
    en = sentences["end"]
    if not (
        pd.api.types.is_integer_dtype(sid.dtype)
        and pd.api.types.is_integer_dtype(st.dtype)
        and pd.api.types.is_integer_dtype(en.dtype)
        and pd.api.types.infer_dtype(aid, skipna=False) == "string"
        and not aid.isna().any()
    ):
        return None
    codes, uniques = pd.factorize(aid)
    order = np.lexsort((sid.to_numpy(), codes))  # stable, like the mergesort
    codes = codes[order]
    cut = (np.flatnonzero(codes[1:] != codes[:-1]) + 1).tolist()
    starts = st.to_numpy()[order].tolist()
    ends = en.to_numpy()[order].tolist()
    sids = sid.to_numpy()[order].tolist()
    names = uniques.tolist()  # (indexing the array item by item is slow)
    lo = [0, *cut]
    out = {}
    for a, b, c in zip(lo, [*cut, len(codes)], codes[lo].tolist(), strict=True):
        out[names[c]] = (starts[a:b], ends[a:b], sids[a:b])
    return out


def _own_sentences(text):
    """(starts, ends, sentence_ids) of one text's ``split_sentences`` sentences."""
    spans = sentence_spans(text)
    return [a for a, _ in spans], [b for _, b in spans], list(range(len(spans)))


def _article_quotes(aid, text, spans):
    """The Quote objects of one article; an article the rules fail on is reported
    with a warning naming it (and yields no rows), never dropped silently."""
    try:
        found, _ = _extract_one(text, spans)
    except Exception as exc:  # a bug: reported, and the other articles still count
        warnings.warn(
            f"extract_quotes: article {aid!r} skipped, the quote rules failed on it: "
            f"{type(exc).__name__}: {exc}",
            RuntimeWarning,
            stacklevel=3,
        )
        return []
    return found


def extract_quotes(articles: pd.DataFrame, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Extract attributed statements from every article's ``text``.

    ``articles`` needs ``article_id`` and ``text`` columns (other columns are ignored);
    ``sentences`` optionally passes a precomputed ``split_sentences`` frame so that
    ``sentence_id`` numbering is reused instead of recomputed (its sentences are
    also the ones the rules read). Returns a new frame with one row per contiguous
    quoted or reported stretch, in text order: article_id, quote_id
    (``"<article_id>:<n>"``), speaker (canonical within the article), speaker_mention
    (surface form, e.g. "he"), speaker_type, cue, kind (direct|indirect|mixed), quote,
    start, end (``text[start:end] == quote``), sentence_id, speaker_start, speaker_end,
    cue_start, cue_end, statement_id (the quote_id of the statement's first row: the
    rows of one attributed statement share it, all with one speaker) and attribution
    ("attributed": the row's own sentence attributes it; "carried": a quotation with
    no attribution of its own, given the speaker of the statement it continues or of
    the "X said:" frame before it). See docs/schema.md.

    >>> import pandas as pd
    >>> text = '"We will win," Jane Doe said. "We always have, and we will."\\n\\n"Count on it, always."'
    >>> q = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    >>> q[["quote", "speaker", "statement_id", "attribution"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['We will win', 'Jane Doe', 'a:0', 'attributed'],
     ['We always have, and we will.', 'Jane Doe', 'a:0', 'carried'],
     ['Count on it, always.', 'Jane Doe', 'a:0', 'carried']]
    """
    if articles is None or len(articles) == 0:
        return _empty()
    # articles without a text column are a mistake, not an empty corpus
    check_frame(articles, "extract_quotes", "articles", ("article_id", "text"), ("text",))
    with _gc_paused():
        return _extract_quotes(articles, sentences)


@contextmanager
def _gc_paused():
    """Cyclic garbage collection off for the block (and back on after it if it was
    on): the extraction allocates many small tuples and lists, which trigger
    collections that each walk the memo tables and the frames alive, but it leaves no
    reference cycles (everything it drops is freed by reference counting: checked over
    PolNeAR train, ``gc.collect()`` after it finds nothing unreachable), so the
    collections find nothing and only cost time (about 5% of ``extract_quotes``)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _extract_quotes(articles, sentences):
    """extract_quotes of a non-empty articles frame with a ``text`` column."""
    ids = (
        articles["article_id"].astype(str).tolist()
        if "article_id" in articles
        else [str(i) for i in range(len(articles))]
    )
    # non-strings count as no text; lone surrogates become U+FFFD (same offsets)
    texts = [as_text(t) if isinstance(t, str) else "" for t in articles["text"].tolist()]
    table = _sentence_table(ids, texts, sentences)
    repeated = {aid for aid, n in Counter(ids).items() if n > 1}
    rows = []
    for aid, text in zip(ids, texts, strict=True):
        if aid in repeated:  # one id, several texts: each text's own sentences
            s_starts, s_ends, s_ids = _own_sentences(text)
        else:
            s_starts, s_ends, s_ids = table.get(aid, ((), (), ()))
        found = _article_quotes(aid, text, list(zip(s_starts, s_ends, strict=True)))
        for n, q in enumerate(found):
            i = bisect.bisect_right(s_starts, q.start) - 1
            rows.append(
                (
                    aid,
                    f"{aid}:{n}",
                    q.speaker,
                    q.mention,
                    q.stype,
                    q.cue,
                    q.kind,
                    text[q.start : q.end],
                    q.start,
                    q.end,
                    s_ids[i] if i >= 0 else 0,
                    q.m_start,
                    q.m_end,
                    q.cue_start,
                    q.cue_end,
                    f"{aid}:{q.statement}",
                    q.attribution,
                )
            )
    # speaker turns of transcript articles (kind="turn"), analysis.transcripts:
    # add_turns' rows, merged before the frame is built (no pandas round trip)
    starts = {aid: (s, i) for aid, (s, _e, i) in table.items()}
    rows, turned = turn_rows(rows, COLUMNS, ids, texts, starts)
    if not rows:
        return _empty()
    cols = dict(zip(COLUMNS, map(list, zip(*rows, strict=True)), strict=True))
    for c in _INT_COLS:
        cols[c] = np.array(cols[c], dtype=np.int64)
    frame = pd.DataFrame(cols)
    # each speaker typed from its own article's evidence ("Apex announced it will")
    from ..speaker_types import article_speaker_types

    own = {aid: text for aid, text in zip(ids, texts, strict=True) if aid not in repeated}
    frame["speaker_type"] = article_speaker_types(frame, own)
    if turned:  # (the dtype add_turns' frame gives it)
        frame["attribution"] = frame["attribution"].astype(object)
    return frame
