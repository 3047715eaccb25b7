"""The Zinoviev letter (1924): forgery or genuine? -- the debate as one web page lays it out.

The source is Peter Myers' page "The Zinoviev Letter" (selections and comments, 2001, updated
2012), kept verbatim with an attribution header in ``sources/zinoviev-letter-myers.txt``
beside this file. Between its top and "{end of Robin Cook's statement}" the page holds
four voices, and this map gives each its own words:

* **the editor, Peter Myers**: his framing (what the letter appears to be; the USSR
  government's claim of forgery; the "standard 'Left' line" that British Intelligence
  produced it, with his aside on the Protocols; his thesis that "authenticity must be
  considered quite possible" "given the deception about the true nature of Bolshevism"; his
  correction that the Daily Mail, not the Times, published it), his presentation of
  Volkogonov, and his two bracketed challenges inside Cook's statement;
* **the letter itself**, as the page prints it (heading, date, place, addressees, what it
  says, and the signature block -- printed with the names of the President and the
  Member of the Presidium missing and only "Secretary Kuusinen" named);
* **Dmitri Volkogonov**'s account of Zinoviev's Comintern (Lenin: Life and Legacy, 1994);
* **Robin Cook**'s statement as Foreign Secretary, 4 February 1999: how the Foreign
  Office's chief historian made her report, the chronology and consequences of 1924, and
  the report's findings.

Five further parties do not speak on the page but are reported by those who do: the USSR
government and the holders of the "Left" line (by the editor); the chief historian, the
Foreign Office of 1924 and the "Generations of Labour Party supporters and historians" who
believed the letter a forgery (by Cook).

Sections of the map (in the order built below)
----------------------------------------------
1. Parties and sources.
2. The letter as evidence (an exhibit and its quoted parts).
3. The editor's framing and thesis, with the USSR government's claim and the Left line.
4. Volkogonov's account, and the argument the editor builds on it (reconstructed).
5. Cook's statement: the report and how it was made; 1924; the three findings; the report
   as a public record; the questions left open.
6. The editor's two bracketed challenges, and the conflicts between the sides.
7. Alternative readings (:data:`READINGS`), the omissions (:data:`OMITTED`).

Modelling decisions
-------------------
* **Every claim has a speaker** (``by``). Nothing is asserted by the analyst: the analyst
  only (a) reconstructs *implicit premises*, flagged ``implicit=True``, carrying no quote,
  worded as the analyst's and given the ``by`` of the party whose argument needs them, with
  a note starting "Reconstructed"; (b) names the *inference* of each argument, whose note
  starts "Stated inference" when the page marks the step with its own words (quoted in the
  note: "The main reason for this is because", "given") and "Reconstructed inference"
  everywhere else, where the argument is also flagged ``reconstructed=True`` (drawn
  dashed, like a reconstructed premise, and kept in every export); and (c) records a *conflict of content* between two claims the page sets
  against each other as a pair of rebuts (see below).
* **Reported positions.** A party who does not speak on the page is the ``by`` of its
  claims; the quote is the reporter's words, and the note starts "Reported by".
* **Quotes come from the text that holds them**: Cook's words from ``cook_statement``,
  Volkogonov's from ``volkogonov_book``, the letter's from ``letter``, the editor's (including
  his brackets inside Cook's statement) from ``page``. Each of these sources carries the
  matching part of the page as its ``text``, so :meth:`Source.quote` verifies every quote
  when the map is built and a quote can never be credited to the wrong voice. A quote holds
  what its claim says: a claim about what the chief historian concluded quotes the words in
  which Cook gives the conclusion, not only his "Her conclusions are fascinating.".
* **Rebuts record conflicts the page draws**: the editor's "Yet" (his thesis against the
  USSR's claim and the Left line); Cook's "They were right" against the 1924 Foreign
  Office's belief that the letter was genuine; and the editor's thesis against Cook's
  forgery finding, which the page reproduces and disputes. Contradictory claims attack each
  other, so each conflict is a *pair* of rebuts; the direction nobody voiced has no
  ``by``. Conflicts the page does not draw (e.g. the USSR's 1924 denial against the Foreign
  Office's 1924 belief) are not added.
* **"No evidence that ..." is a challenge, not a rebut, and only of what the page sets it
  against**: Cook's "no evidence that MI6 forged the letter" denies that support exists for
  the speculation about the letter's source, not that the thing happened, so it challenges
  the Left line (British Intelligence produced the letter). His "no evidence of an organised
  conspiracy" answers the speculation about the letter's *timely appearance* and is set, with
  "however", beside the officers' part in the leak; the page sets it against no claim about
  who produced the letter, so it attacks nothing here.
* **The editor's brackets are challenges, one objection each**, on their logical targets
  (page adjacency is not the target):

  - "{But what evidence does Robin Cook present?}" follows "They were right.", a finding
    Cook gives as the first of "Her conclusions", the chief historian's. Asking what evidence
    backs a conclusion offered on an expert's authority is expert opinion's backup-evidence
    question, so the bracket *raises CQ6 of Cook's main argument*
    (``obj.editor.backup_evidence``) and is not also a challenge of the claim: counted
    twice, answering the question would leave a second copy of it standing. Cook's statement
    answers it in advance (he spoke in 1999, the editor wrote in 2001): the historian "spent
    the past 12 months going through the archives of the Foreign Office, MI6 and MI5 - and
    American and Russian records", and the report that "puts a huge amount of material into
    the public domain" "allows people to make up their own minds". That pointer
    (``cook.make_up_minds``, argued from the archive search and the report's publication) is
    recorded as the answer "yes", so it attacks the raised question and discharges it.
  - "{to phrase it that way makes the result a foregone conclusion; ... why doesn't he
    present his evidence?}" follows "such as who forged the letter", but it does not dispute
    that questions remain: it objects that the question *presupposes* the forgery and asks
    again for the evidence. It is a *challenge of Cook's forgery finding* (``cook.forgery``),
    with the editor's charge (a loaded question, a form of begging the question) as its
    attacker. The presupposition is drawn as a premise of one of the two arguments for
    Cook's open question; the other (the report "does not tie up every loose end") does not
    need it, so the uncontested "Important questions remain" stands whatever becomes of the
    forgery finding.

* **No undercut.** Nobody on the page attacks an inference while granting its premises.
  The nearest, the editor's "given the deception" against the USSR's denial, is mapped as his
  own argument for his thesis, because the page gives the USSR no argument to undercut.
* **No weights.** The map sets no argument weights and no preferences: how strong each
  side's case is depends on assumptions (proof standards, answers to critical questions)
  that the evaluation states, not on the map.
* **Schemes** (snake_case names): ``expert_opinion``, ``position_to_know``,
  ``verbal_classification``, ``cause_to_effect``, ``example``, ``sign`` and ``ethotic``
  in the map, ``analogy`` in the Protocols reading, all from the catalogue
  :mod:`argmap.schemes`, so each argument carries its scheme's critical questions.

Critical questions: one policy for both sides
---------------------------------------------
Every question of every schemed argument is recorded as the page leaves it, by the same
rule whichever side the argument serves:

* *answered* only where the page gives the answer, by the claim that gives it and with a
  note quoting the page. For an argument from a source's authority (expert opinion,
  position to know) that means: the source's standing or access is answered wherever the
  page states it (CQ1); that the source asserted the conclusion, wherever the source's own
  words are on the page (CQ3 -- Volkogonov's are, the historian's and MI6's reach it only
  through Cook); that the assertion rests on evidence, wherever the page cites the source's
  evidence (CQ6 -- "drawing on the archives opened after 1991" for Volkogonov, the 12 months
  in the archives and the published report for the chief historian); that the source is
  untrustworthy, wherever the page says so (MI6's proofs "have now been shown to be suspect"). No
  question is answered by the analyst's own reasoning: whether an expert's post covers the
  field of the claim (CQ2) is stated for neither expert, so it is open for both.
* *raised* only where someone on the page asks it, by a challenge quoting the question
  (the editor's "{But what evidence does Robin Cook present?}");
* *open* everywhere else, each with the reason nobody on the page asks it, recorded in
  :data:`OPEN_QUESTIONS`. What follows from answering them is the evaluation's business
  (``docs/zinoviev_scenarios.py`` and ``docs/zinoviev.md``); ``tests/test_zinoviev_map.py``
  states the policy and checks it across the map.

Alternative readings
--------------------
Where the page supports two readings the map models one and :data:`READINGS` offers the
other, by name, as a change to the map that the scenarios evaluate; no conclusion of the
case study rests on one of them alone:

* ``protocols_analogy``: the parenthesis "(as, they claim, the Protocols was created by
  the Tsar's intelligence service)" is mapped as the editor's report, at a distance ("they
  claim"), of another claim of the Left's; read instead as the Left's own argument by
  analogy for their line, it becomes an argument with a reconstructed bridge premise.
* ``deception_misreading``: "given the deception about the true nature of Bolshevism" is
  mapped as discrediting the USSR's denial (the regime deceived, so its word does not settle
  the matter); read instead as the West's misreading of Bolshevism (those deceived about
  its aims find a genuine call to insurrection incredible), it supports the thesis another
  way.
* ``pointer_not_an_answer``: Cook's pointer to the published report and the historian's
  archive search are mapped as his answer to the editor's backup-evidence question; read as
  no answer -- the statement itself presents no document -- the question stands raised and
  unanswered, as in the map's first edition.

Locator convention
------------------
Every paragraph of the page is one line of the source text. A locator is
``"<part>, para '<opening words>'"``: ``<part>`` is one of ``page head`` (from the page's top
to the list of what follows), ``letter``, ``Volkogonov`` or ``Cook statement`` (each from its
numbered heading to the next), and ``<opening words>`` are the first words of the paragraph
in which the quote begins, exactly as printed (page markers such as ``{p. 391}`` included).

Deliberate omissions
--------------------
:data:`OMITTED` lists every passage of the debate part left out of the map -- verbatim,
with its locator and the reason. With the quotes in the map it accounts for every word from
the page's top through "{end of Robin Cook's statement}", apart from the page's own
ellipses, page markers and end markers; ``tests/test_zinoviev_map.py`` checks that. Cook's
remarks on openness are split: those that say what the report puts in the public domain are
mapped, because they are his (anticipatory) answer to the editor's "what evidence?" -- the
evidence is said to be in the published report; those that celebrate government policy
(openness as a national interest, New Labour and secrecy) say nothing about the letter and
are omitted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import attrs

import argmap
from argmap import answered

SOURCE_FILE = Path(__file__).parent / "sources" / "zinoviev-letter-myers.txt"
"""The project's attributed copy of the page (header lines, then the page verbatim)."""

SOURCE_MARKER = "# ---- begin quoted text ----\n"
"""The line that ends the copy's attribution header; the page's text follows it."""


def _page_text() -> str:
    raw = SOURCE_FILE.read_text(encoding="utf-8")
    _header, marker, body = raw.partition(SOURCE_MARKER)
    if not marker:
        msg = f"{SOURCE_FILE} has no line {SOURCE_MARKER.strip()!r} ending its header"
        raise ValueError(msg)
    return body


def _span(text: str, first: str, last: str) -> str:
    """The part of ``text`` from ``first`` through ``last`` (both included)."""
    start = text.find(first)
    end = text.find(last, max(start, 0))
    if start < 0 or end < 0:
        msg = f"the page text lacks the passage from {first!r} to {last!r}"
        raise ValueError(msg)
    return text[start : end + len(last)]


PAGE_TEXT = _page_text()

OPEN_QUESTIONS: dict[tuple[str, str], str] = {}
"""Why each critical question left open is open: (argument key, question key) -> reason.

Filled by :func:`_open` as the arguments are built; the case study prints it beside
the questions' states."""


def _open(argument: str, reason: str, *questions: str) -> dict[str, str]:
    """Leave ``questions`` of ``argument`` open for ``reason``: record the reason and return
    the ``questions=`` entries that mark them open."""
    for question in questions:
        OPEN_QUESTIONS[(argument, question)] = reason
    return dict.fromkeys(questions, "open")


# Locators (see the module docstring).
HEAD_FRAMING = "page head, para 'The Zinoviev Letter appears'"
HEAD_CORRECTION = "page head, para 'Correction December 10, 2007'"

b = argmap.MapBuilder(
    "The Zinoviev letter (1924): forgery or genuine?",
    description=(
        "The debate about the authenticity of the 'Zinoviev letter', published in the Daily "
        "Mail on 25 October 1924, as Peter Myers' page presents it: the letter itself, the "
        "editor's thesis that its authenticity must be considered quite possible, "
        "Volkogonov's account of Zinoviev's Comintern, and Robin Cook's 1999 statement that "
        "a Foreign Office report found it a forgery, with the editor's two bracketed challenges. "
        "The map lays out the positions; it does not settle the history."
    ),
)

# --- 1. Parties and sources ------------------------------------------------------------------

editor = b.party(
    "editor",
    "Peter Myers",
    role="editor of the page (selections and comments)",
    description="Maintains that the letter's authenticity must be considered quite possible.",
)
cook = b.party(
    "cook",
    "Robin Cook",
    role="British Foreign Secretary, for the Foreign Office (statement of 4 February 1999)",
)
historian = b.party(
    "historian",
    "The chief historian of the Foreign Office",
    role="compiled the Foreign Office report on the letter (1999), as Cook reports",
    description="The page does not name her; her findings reach it only through Cook.",
)
fo_1924 = b.party(
    "fo_1924",
    "The Foreign Office (1924)",
    role="received the letter in 1924 and thought it genuine, as Cook reports",
)
volkogonov = b.party(
    "volkogonov",
    "Dmitri Volkogonov",
    role="historian; in the USSR a Colonel-General and Director of the Institute of Military History",
)
ussr = b.party(
    "ussr",
    "The USSR Government",
    role="claimed that the letter was forged, as the editor reports",
)
left = b.party(
    "left",
    "Holders of the \"standard 'Left' line\"",
    role="hold that British Intelligence produced the letter, as the editor reports",
)
labour = b.party(
    "labour",
    "Generations of Labour Party supporters and historians",
    role="believed the letter a forgery, as Cook reports",
)

page = b.source(
    "page",
    "The Zinoviev Letter; published in the London Daily Mail, 25 October, 1924, prior to the "
    "British election of that year",
    author="Peter Myers (selections and comments)",
    date="2001-04-29, updated 2012-11-07 (correction of 2007-12-10)",
    publication="Peter Myers' web page",
    text=PAGE_TEXT,
)
letter = b.source(
    "letter",
    "Letter to the Central Committee, British Communist Party ('Very Secret')",
    author=(
        "as printed: the Presidium of the Executive Committee of the Third Communist "
        "International (I.K.K.I.); who wrote it is the question at issue"
    ),
    date="1924-09-15 (as dated: 'Sept. 15, 1924, Moscow')",
    publication=("London Daily Mail, 25 October 1924; excerpts as reproduced on Peter Myers' page"),
    text=_span(PAGE_TEXT, "Very Secret", "Secretary Kuusinen"),
)
volkogonov_book = b.source(
    "volkogonov_book",
    "Lenin: Life and Legacy",
    author="Dmitri Volkogonov; translated and edited by Harold Shukman",
    date="1994",
    publication="HarperCollinsPublishers, London; selection as reproduced on Peter Myers' page",
    text=_span(PAGE_TEXT, "{p. xxxi}", "{end selection}"),
)
cook_statement = b.source(
    "cook_statement",
    "The Zinoviev letter: 'The hidden hand'",
    author="Robin Cook, British Foreign Secretary (Foreign & Commonwealth Office, London)",
    date="1999-02-04",
    publication=(
        "Foreign & Commonwealth Office statement, as reproduced on Peter Myers' page with "
        "the editor's bracketed comments"
    ),
    text=_span(
        PAGE_TEXT,
        "Foreign & Commonwealth Office, London",
        "And the publication of this report is a celebration of it.",
    ),
)

# --- 2. The letter as evidence ---------------------------------------------------------------
# The letter's words have no `by`: who wrote them is exactly what is disputed, and naming
# Zinoviev (or a forger) as their speaker would take a side.

letter_exhibit = b.evidence(
    "letter.exhibit",
    "The letter itself, as the page prints it (in excerpts).",
    source=letter,
    note="The document offered as a whole; the quoted parts below are its parts.",
)
letter_heading = b.evidence(
    "letter.heading",
    "Marked 'Very Secret'; addressed to the Central Committee, British Communist Party; "
    "headed Executive Committee, Third Communist International; dated Sept. 15, 1924, Moscow.",
    quote=letter.quote(
        "Very Secret To the Central Committee, British Communist Party Executive Committee "
        "Third Communist International Sept. 15, 1924, Moscow",
        locator="letter, para 'Very Secret'",
    ),
    note="Several short lines on the page, quoted as one run of text.",
)
letter_treaty = b.evidence(
    "letter.treaty",
    "The letter's occasion: Parliament is about to consider ratifying the treaty between "
    "Great Britain and the USSR, which the British bourgeoisie campaigns against.",
    quote=letter.quote(
        "The time is approaching for the Parliament of England to consider the Treaty "
        "concluded between the Governments of Great Britain and the U.S.S.R. for the purpose "
        "of ratification. The fierce campaign raised by the British bourgeoisie around the "
        "question shows the majority the same, together with reactionary circles, as against "
        "the treaty for the purpose of breaking off an agreement consolidating the ties "
        "between the proletariats of the two countries leading to the restoration of normal "
        "relations between England and the U.S.S.R.",
        locator="letter, para 'The time is approaching'",
    ),
)
letter_macdonald = b.evidence(
    "letter.macdonald",
    "The letter calls for a campaign disclosing MacDonald's foreign policy.",
    quote=letter.quote(
        "Organize a campaign of disclosure of the foreign policy of MacDonald.",
        locator="letter, para '... Organize a campaign'",
    ),
)
letter_ikki_material = b.evidence(
    "letter.ikki_material",
    "The IKKI offers the British party its material on British imperialism in the Middle "
    "and Far East.",
    quote=letter.quote(
        "The IKKI {Executive Committee of the Third Communist International} will willingly "
        "place at your disposal the wide material in its possession regarding the activities "
        "of British Imperialism in the Middle and Far East.",
        locator="letter, para 'The IKKI'",
    ),
    note=(
        "The words in braces are the editor's gloss of 'IKKI', not the letter's; they stay "
        "in the quote because a quote is verbatim."
    ),
)
letter_armed_insurrection = b.evidence(
    "letter.armed_insurrection",
    "The letter says that armed warfare must be preceded by a struggle against British "
    "workers' inclination to compromise, and that only then can an armed insurrection count "
    "on complete success.",
    quote=letter.quote(
        "Armed warfare must be preceded by a struggle against the inclinations to compromise "
        "which are imbedded among the majority of British workmen, against the ideas of "
        "evolution and peaceful extermination of capitalism. Only then will it be possible to "
        "count on complete success of an armed insurrection.",
        locator="letter, para 'Armed warfare'",
    ),
)
letter_cells = b.evidence(
    "letter.cells",
    "The letter calls it desirable to have cells in all units of the troops, in munitions "
    "factories and at military store depots.",
    quote=letter.quote(
        "It would be desirable to have cells in all the units of the troops, particularly "
        "among those quartered in the large centres of the country, and also among the "
        "factories working on munitions and at military store depots.",
        locator="letter, para '... It would be desirable'",
    ),
)
letter_class_war = b.evidence(
    "letter.class_war",
    "The letter says that in the event of danger of war it is possible to paralyse the "
    "bourgeoisie's military preparations and make a start in turning an imperialist war into "
    "a class war.",
    quote=letter.quote(
        "In the event of danger of war, ... it is possible to paralyze all military "
        "preparations of the bourgeoisie and make a start in turning an imperialist war into "
        "a class war.",
        locator="letter, para 'In the event of danger'",
    ),
)
letter_signatures = b.evidence(
    "letter.signatures",
    "Signed, as printed: 'President of the Presidium of the I.K.K.I.', 'Member of the "
    "Presidium' (both with no name printed) and 'Secretary Kuusinen'.",
    quote=letter.quote(
        "President of the Presidium of the I.K.K.I. Member of the Presidium Secretary Kuusinen",
        locator="letter, para 'President of the Presidium'",
    ),
    note=(
        "The page prints the first two titles with no names after them and names only the "
        "Secretary; Zinoviev's name appears nowhere in the letter as printed. Whether the "
        "original bore the names the page does not show."
    ),
)

# --- 3. The editor's framing and thesis; the USSR government's claim; the Left line ----------

editor_letter_appears = b.claim(
    "editor.letter_appears",
    "The letter appears to be from Gregory Zinoviev, head of the Comintern, to communists in "
    "Britain.",
    by=editor,
    quote=page.quote(
        "The Zinoviev Letter appears to be a letter from Gregory Zinoviev, head of the "
        "Comintern, to communists in Britain.",
        locator=HEAD_FRAMING,
    ),
)
b.argument(
    "arg.editor.letter_on_its_face",
    [letter_exhibit, letter_heading, letter_signatures],
    editor_letter_appears,
    by=editor,
    scheme="sign",
    label="on its face",
    questions=_open(
        "arg.editor.letter_on_its_face",
        "Nobody on the page asks whether a heading and a signature block are reliable signs of "
        "authorship, or offers another account of them; Cook's 'purporting to come from "
        "Grigori Zinoviev' grants the appearance itself.",
        "CQ1",
        "CQ2",
    ),
    reconstructed=True,
    note=(
        "Reconstructed inference: the editor does not say why the letter appears to be "
        "Zinoviev's. The letter's heading (the Comintern's Executive, to the British party) and its "
        "signature block (the President of the Presidium of the I.K.K.I., the office that the "
        "editor and Cook both give Zinoviev as head or president of the Comintern) are signs "
        "of whom it is from; 'appears' claims no more than that."
    ),
)
b.argument(
    "arg.editor.letter_content",
    [letter_treaty, letter_macdonald, letter_ikki_material],
    editor_letter_appears,
    by=editor,
    scheme="sign",
    label="speaks as the Comintern to British communists",
    questions=_open(
        "arg.editor.letter_content",
        "Neither the link between such content and Comintern authorship nor another account "
        "of it is discussed anywhere on the page.",
        "CQ1",
        "CQ2",
    ),
    reconstructed=True,
    note=(
        "Reconstructed inference: the letter addresses a British party on British politics (the "
        "treaty, MacDonald's foreign policy) and offers it the IKKI's material -- what a "
        "letter from the Comintern's head to communists in Britain would look like."
    ),
)

ussr_forged = b.claim(
    "ussr.forged",
    "The letter was forged.",
    by=ussr,
    quote=page.quote("The USSR Government claimed that it was forged", locator=HEAD_FRAMING),
    note="Reported by the editor; the page gives no reasons for the claim.",
)
left_british_intelligence = b.claim(
    "left.british_intelligence",
    "The letter was produced by British Intelligence.",
    by=left,
    quote=page.quote(
        'a standard "Left" line is that it was produced by British Intelligence',
        locator=HEAD_FRAMING,
    ),
    note="Reported by the editor, who calls it a 'standard \"Left\" line'.",
)
left_protocols = b.claim(
    "left.protocols",
    "The Protocols were created by the Tsar's intelligence service.",
    by=left,
    quote=page.quote(
        "as, they claim, the Protocols was created by the Tsar's intelligence service",
        locator=HEAD_FRAMING,
    ),
    note=(
        "Reported by the editor, in a parenthesis to the Left line, as another claim of "
        "theirs: 'they claim' marks it as theirs, not his -- a distancing remark, which gives "
        "no reason for or against the line. The map takes no view on the Protocols and draws "
        "no argument from the aside, so the claim stands alone. The other reading, that the "
        "Left argue for their line by analogy with the Protocols, is the named reading "
        "'protocols_analogy' (READINGS), with the bridge premise it needs."
    ),
)

editor_correction = b.claim(
    "editor.daily_mail_not_times",
    "The letter was published in the London Daily Mail, not the Times.",
    by=editor,
    quote=page.quote(
        "Correction December 10, 2007: the Zinoviev Letter was published in the London Daily "
        "Mail, not the Times.",
        locator=HEAD_CORRECTION,
    ),
    note=(
        "A correction of an earlier version of the page. It agrees with Cook's 'On October "
        "25 the letter appeared in the Daily Mail' (cook.daily_mail). Nobody argues from or "
        "against it, so it stands alone in the map."
    ),
)

editor_deception = b.claim(
    "editor.bolshevik_deception",
    "There was deception about the true nature of Bolshevism.",
    by=editor,
    quote=page.quote(
        "given the deception about the true nature of Bolshevism", locator=HEAD_FRAMING
    ),
    note=(
        "Presupposed ('given'), not argued on the page, which does not say who deceived whom: "
        "the map reads it as the Soviet regime's deception (arg.editor.deception); the "
        "reading 'deception_misreading' (READINGS) takes it as the West's misreading of "
        "Bolshevism."
    ),
)
editor_thesis = b.claim(
    "editor.authenticity_possible",
    "The letter's authenticity must be considered quite possible.",
    by=editor,
    quote=page.quote(
        "Yet, given the deception about the true nature of Bolshevism, authenticity must be "
        "considered quite possible.",
        locator=HEAD_FRAMING,
    ),
    note=(
        "The editor's thesis. It is modal: it does not claim that the letter is genuine, only "
        "that its authenticity is 'quite possible'. The editor sets it against the claims "
        "that the letter was forged ('Yet'), and the map records those conflicts."
    ),
)
imp_denial_discounted = b.implicit(
    "imp.denial_discounted",
    "A regime that deceived about its own nature cannot be taken at its word when it denies "
    "a document, so its denial leaves the letter's appearance of authenticity standing.",
    by=editor,
    note=(
        "Reconstructed by the analyst: the warrant linking 'given the deception ...' to the "
        "thesis, read against the sentence's 'Yet' after the USSR's claim of forgery -- one "
        "of two readings; the other is 'deception_misreading' (READINGS)."
    ),
)
b.argument(
    "arg.editor.deception",
    [editor_letter_appears, editor_deception, imp_denial_discounted],
    editor_thesis,
    by=editor,
    scheme="ethotic",
    label="given the deception",
    questions=_open(
        "arg.editor.deception",
        "The deception is presupposed ('given'), not argued, and nobody on the page asks "
        "whether it is as great as the argument needs, bears on the denial, or is made to "
        "prove too much.",
        "CQ1",
        "CQ2",
        "CQ3",
    ),
    note=(
        "Stated inference ('given'): 'given the deception about the true nature of "
        "Bolshevism, authenticity must be considered quite possible'. Its reading is "
        "reconstructed: the letter appears to be Zinoviev's; the denial comes from a "
        "government the editor holds to have deceived about its nature; so the denial does "
        "not remove the appearance. 'ethotic': the deception premise works by discrediting "
        "the source of the denial."
    ),
)

# --- 4. Volkogonov's account, and the editor's argument from it -----------------------------

VOLK_P1 = "Volkogonov, para '{p. xxxi} Leninism'"
VOLK_P2 = "Volkogonov, para '{p. xxxii} Comintern'"
VOLK_P3 = "Volkogonov, para '{p. 391} ... Zinoviev claimed'"

editor_volk_archives = b.claim(
    "editor.volkogonov_archives",
    "Volkogonov's account draws on the archives opened after 1991.",
    by=editor,
    quote=page.quote(
        "drawing on the archives opened after 1991",
        locator="Volkogonov, para 'Dmitri Volkogonov, Lenin'",
    ),
)
editor_volk_standing = b.claim(
    "editor.volkogonov_standing",
    "In the USSR, Volkogonov (a Colonel-General) was Director of the Institute of Military "
    "History.",
    by=editor,
    quote=page.quote(
        "In the USSR, Colonel-General Volkogonov was Director of the Institute of Military "
        "History.",
        locator="Volkogonov, para 'Dmitri Volkogonov, Lenin'",
    ),
)
volk_comintern = b.claim(
    "volk.comintern_exported_revolution",
    "Leninism was not restrained by national limits: through the Comintern (founded in "
    "Moscow in March 1919, virtually an international section of the Russian Communist "
    "Party) Lenin tried to start revolutions wherever the possibility existed, and sometimes "
    "where it did not.",
    by=volkogonov,
    quote=volkogonov_book.quote(
        "Leninism was not restrained by national limits. With the aid of {p. xxxii} "
        "Comintern, established in Moscow in March 1919 and virtually an international "
        "section of the Russian Communist Party, he attempted to initiate revolutions "
        "wherever the possibility existed, and sometimes where it did not.",
        locator=VOLK_P1,
    ),
    note="'{p. xxxii}' is the page's marker of the book's page break, kept verbatim.",
)
volk_cable = b.evidence(
    "volk.lenin_cable",
    "July 1920: Lenin cables Stalin that Zinoviev, Bukharin and he believe revolution should "
    "be encouraged in Italy now; his own opinion is that Hungary, and maybe Czechoslovakia "
    "and Romania, should be sovietized for the purpose.",
    quote=volkogonov_book.quote(
        "In July 1920 he cabled Stalin in Kharkov: 'The situation in Comintern is splendid. "
        "Zinoviev, Bukharin and I believe that we ought to encourage revolution in Italy right "
        "now. My own opinion is that we need to sovietize Hungary for the purpose, and maybe "
        "Czecho[slovakia] and Romania.'",
        locator=VOLK_P2,
    ),
    by=volkogonov,
)
volk_gold = b.evidence(
    "volk.gold_rubles",
    "Emissaries were sent east and west, and millions of gold rubles made available 'for "
    "the needs of the world revolution'.",
    quote=volkogonov_book.quote(
        "Emissaries were sent east and west, and on Lenin's orders the Finance Commissariat "
        "made available millions of gold rubles 'for the needs of the world revolution.'",
        locator=VOLK_P2,
    ),
    by=volkogonov,
)
b.argument(
    "arg.volk.comintern_examples",
    [volk_cable, volk_gold],
    volk_comintern,
    by=volkogonov,
    scheme="example",
    label="the cable; the gold rubles",
    questions=_open(
        "arg.volk.comintern_examples",
        "Nobody on the page disputes Volkogonov's instances or their bearing.",
        "CQ1",
        "CQ2",
        "CQ3",
        "CQ4",
        "CQ5",
    ),
    reconstructed=True,
    note=(
        "Reconstructed inference: Volkogonov states the general claim and then gives the "
        "cable and the gold rubles, with no word marking them as its grounds."
    ),
)
volk_guaranteed = b.evidence(
    "volk.victory_guaranteed",
    "Zinoviev claimed time and again that Communist victory in Europe was guaranteed and the "
    "Red Flag would soon fly over all continents.",
    quote=volkogonov_book.quote(
        "Zinoviev claimed time and again that the victory of Communist revolution in Europe "
        "was guaranteed, and that the Red Flag would soon be flying over all continents.",
        locator=VOLK_P3,
    ),
    by=volkogonov,
)
volk_uprisings = b.claim(
    "volk.zinoviev_armed_uprisings",
    "Zinoviev saw his primary task as helping to foment armed uprisings wherever 'the "
    "revolutionary situation was ripening'.",
    by=volkogonov,
    quote=volkogonov_book.quote(
        "He saw his primary task as helping to ferment armed uprisings wherever 'the "
        "revolutionary situation was ripening'.",
        locator=VOLK_P3,
    ),
    note="'ferment' is the page's spelling, kept verbatim.",
)
volk_germany = b.evidence(
    "volk.germany_1921",
    "Germany, 1921: strikes and attempted armed uprisings petered out and the putsches and "
    "plots ended in complete disaster.",
    quote=volkogonov_book.quote(
        "When it proved impossible to do this, however, as for instance in Germany in 1921, "
        "when strikes and attempts at armed uprising petered out for lack of effective "
        "Communist leadership against a determined government, the putsches and plots ended "
        "in complete disaster.",
        locator=VOLK_P3,
    ),
    by=volkogonov,
)
volk_arm_yourselves = b.evidence(
    "volk.arm_yourselves",
    "As the German rising was being put down, Zinoviev in Moscow called on German "
    "proletarians to arm themselves, form soviets and build a Red Army.",
    quote=volkogonov_book.quote(
        "While the German police and troops were rounding up scattered conspirators, Zinoviev "
        'was in Moscow, shouting from the platform: "Arm yourselves, German proletarians! '
        "Wherever you can get hold of a gun, take it! Form soviets! Build a Red Army! Long "
        "live the proletarian revolution in Germany and the whole world!'",
        locator=VOLK_P3,
    ),
    by=volkogonov,
    note="The page opens the speech with a double quotation mark and closes it with a single one.",
)
volk_leaven = b.evidence(
    "volk.leaven",
    "Zinoviev tried to convince the Politburo that 'the leaven of world revolution' was "
    "already at work in the main capitalist countries.",
    quote=volkogonov_book.quote(
        "And he was trying to convince the Politburo that 'the leaven of world revolution' "
        "was already at work in the main capitalist countries.",
        locator=VOLK_P3,
    ),
    by=volkogonov,
)
b.argument(
    "arg.volk.zinoviev_examples",
    [volk_cable, volk_guaranteed, volk_germany, volk_arm_yourselves, volk_leaven],
    volk_uprisings,
    by=volkogonov,
    scheme="example",
    label="Zinoviev's record",
    questions=_open(
        "arg.volk.zinoviev_examples",
        "Nobody on the page questions Volkogonov's account of Zinoviev's record.",
        "CQ1",
        "CQ2",
        "CQ3",
        "CQ4",
        "CQ5",
    ),
    reconstructed=True,
    note=(
        "Reconstructed inference: Volkogonov gives the instances after the claim; only "
        "Germany is marked as one ('as for instance in Germany in 1921'). They are taken "
        "together, as he gives them: a record, not one episode."
    ),
)

# The editor offers Volkogonov's standing and sources (his own framing line) as the reason to
# rely on the account. The asserting expert is the speaker of the conclusions, so the
# expert-opinion arguments need no separate "Volkogonov asserts ..." premise. Both arguments
# get the questions by the policy of the module docstring, as Cook's expert does.


def _volkogonov_questions(argument: str) -> dict[str, object]:
    """The critical questions of an expert-opinion argument from Volkogonov's account."""
    return {
        "CQ1": answered(
            "yes",
            by=editor_volk_standing,
            note=(
                "The page states the expert's standing: 'In the USSR, Colonel-General "
                "Volkogonov was Director of the Institute of Military History.'"
            ),
        ),
        **_open(
            argument,
            "The page gives Volkogonov's post ('Director of the Institute of Military "
            "History') but not that his field covers the Comintern's record, and nobody on "
            "the page asks; as for Cook's expert, the analyst does not supply the answer.",
            "CQ2",
        ),
        "CQ3": answered(
            "yes",
            note=(
                "The expert's own words are on the page, quoted from his book ('He saw his "
                "primary task ...', 'Leninism was not restrained ...')."
            ),
        ),
        **_open(
            argument,
            "Nobody on the page says Volkogonov is biased or that other historians disagree; "
            "Cook's statement does not mention him.",
            "CQ4",
            "CQ5",
        ),
        "CQ6": answered(
            "yes",
            by=editor_volk_archives,
            note=(
                "The page cites the expert's evidence: 'drawing on the archives opened after 1991'."
            ),
        ),
    }


_VOLKOGONOV_NOTE = (
    "Reconstructed inference: the editor introduces the book with Volkogonov's post and "
    "sources and does not say that they are his reason to rely on it."
)
b.argument(
    "arg.editor.volkogonov_authority",
    [editor_volk_standing, editor_volk_archives],
    volk_uprisings,
    by=editor,
    scheme="expert_opinion",
    label="Volkogonov's standing and sources",
    questions=_volkogonov_questions("arg.editor.volkogonov_authority"),
    reconstructed=True,
    note=_VOLKOGONOV_NOTE,
)
b.argument(
    "arg.editor.volkogonov_authority_comintern",
    [editor_volk_standing, editor_volk_archives],
    volk_comintern,
    by=editor,
    scheme="expert_opinion",
    label="Volkogonov's standing and sources",
    questions=_volkogonov_questions("arg.editor.volkogonov_authority_comintern"),
    reconstructed=True,
    note=_VOLKOGONOV_NOTE,
)

imp_letter_fits = b.implicit(
    "imp.letter_fits_record",
    "What the letter says -- that an armed insurrection must be prepared for, that cells in "
    "the army and munitions works are desirable, that a war could be turned into a class "
    "war -- is of a piece with Zinoviev's record of urging armed uprisings abroad through "
    "the Comintern.",
    by=editor,
    note=(
        "Reconstructed by the analyst. The editor never states it: he presents Volkogonov's "
        "'account of Zinoviev's Comintern' right after his thesis and the letter, and this "
        "is the evident point of doing so."
    ),
)
imp_fit_indicates = b.implicit(
    "imp.fit_indicates_authenticity",
    "A letter whose content fits its purported author's known aims and record may well be his.",
    by=editor,
    note=(
        "Reconstructed by the analyst: the warrant of the editor's argument from Volkogonov. "
        "Whether a forger could equally have imitated Zinoviev's known aims is its obvious "
        "critical question; nobody on the page raises it, so the map leaves it open."
    ),
)
b.argument(
    "arg.editor.fits_zinoviev_record",
    [
        volk_uprisings,
        volk_comintern,
        letter_armed_insurrection,
        letter_cells,
        letter_class_war,
        imp_letter_fits,
        imp_fit_indicates,
    ],
    editor_thesis,
    by=editor,
    scheme="sign",
    label="the letter fits Zinoviev's record",
    questions=_open(
        "arg.editor.fits_zinoviev_record",
        "Whether fitting an author's known aims is a strong sign of his authorship, and "
        "whether a forger imitating those aims would account for the fit as well, are the "
        "obvious questions -- and nobody on the page asks them: Cook never addresses the "
        "letter's content or Volkogonov.",
        "CQ1",
        "CQ2",
    ),
    reconstructed=True,
    note=(
        "Reconstructed inference, from the page's structure: thesis, then the letter, then "
        "Volkogonov's account. The premises are the account's claims, the letter's words and "
        "two implicit premises worded by the analyst."
    ),
)

# --- 5. Cook's statement ---------------------------------------------------------------------

COOK = "Cook statement, para '{}'"

cook_archives_opened = b.claim(
    "cook.archives_opened",
    "After three-quarters of a century of mystery, the archives on the letter have been "
    "opened to public scrutiny.",
    by=cook,
    quote=cook_statement.quote(
        "The Zinoviev letter has been shrouded in mystery for three-quarters of a century. "
        "Now the archives have been opened to public scrutiny.",
        locator=COOK.format("The Zinoviev letter has been shrouded"),
    ),
)
cook_report_published = b.claim(
    "cook.report_published",
    "The Foreign Office is publishing a report on the Zinoviev letter.",
    by=cook,
    quote=cook_statement.quote(
        "The Foreign Office is publishing a report on the Zinoviev letter",
        locator=COOK.format("Today we are celebrating"),
    ),
)
cook_full_access = b.claim(
    "cook.full_access",
    "The report is a first: the historian who compiled it had full access to MI5 and MI6 files.",
    by=cook,
    quote=cook_statement.quote(
        "The report is a first. The historian who compiled the report has had full access to "
        "MI5 and MI6 files.",
        locator=COOK.format("Today we are celebrating"),
    ),
)
cook_permission = b.claim(
    "cook.permission_to_quote",
    "The historian was given the exceptionally rare permission to quote from the MI5 and "
    "MI6 files.",
    by=cook,
    quote=cook_statement.quote(
        "She has been given the exceptionally rare permission to quote from those files.",
        locator=COOK.format("Today we are celebrating"),
    ),
)
cook_material_public = b.claim(
    "cook.material_public",
    "The report puts a huge amount of material into the public domain.",
    by=cook,
    quote=cook_statement.quote(
        "Her report puts a huge amount of material into the public domain.",
        locator=COOK.format("Today we are celebrating"),
    ),
)
cook_126_pages = b.claim(
    "cook.report_126_pages",
    "The report and its annexes run to 126 pages.",
    by=cook,
    quote=cook_statement.quote(
        "The report and its annexes stretch to 126 pages.",
        locator=COOK.format("Today we are celebrating"),
    ),
)

# 1924: chronology and consequences.
cook_vote = b.claim(
    "cook.confidence_vote_lost",
    "On 8 October 1924 Britain's first Labour government lost a vote of confidence in the "
    "House of Commons.",
    by=cook,
    quote=cook_statement.quote(
        "On October 8, 1924, Britain's first Labour government lost a vote of confidence in "
        "the House of Commons.",
        locator=COOK.format("The story of the letter"),
    ),
)
cook_fo_received = b.claim(
    "cook.fo_received",
    "The next day the Foreign Office was sent a copy of a letter purporting to come from "
    "Grigori Zinoviev, president of Comintern, to the central committee of the Communist "
    "Party of Great Britain.",
    by=cook,
    quote=cook_statement.quote(
        "The next day the Foreign Office was sent a copy of a letter, purporting to come from "
        "Grigori Zinoviev, the president of Comintern, addressed to the central committee of "
        "the Communist Party of Great Britain.",
        locator=COOK.format("The story of the letter"),
    ),
)
cook_letter_urged = b.claim(
    "cook.letter_urged",
    "The letter urged the party to stir up the British proletariat in preparation for class war.",
    by=cook,
    quote=cook_statement.quote(
        "The letter urged the party to stir up the British proletariat in preparation for "
        "class war.",
        locator=COOK.format("The story of the letter"),
    ),
)
cook_daily_mail = b.claim(
    "cook.daily_mail",
    "On 25 October the letter appeared in the Daily Mail.",
    by=cook,
    quote=cook_statement.quote(
        "On October 25 the letter appeared in the Daily Mail.",
        locator=COOK.format("On October 25"),
    ),
)
cook_repercussions = b.claim(
    "cook.repercussions",
    "The political and diplomatic repercussions were immense: a major embarrassment for "
    "Ramsay MacDonald and the Labour Party.",
    by=cook,
    quote=cook_statement.quote(
        "The political and diplomatic repercussions were immense. It was a major "
        "embarrassment for Ramsay MacDonald and the Labour Party.",
        locator=COOK.format("On October 25"),
    ),
)
cook_conservatives_won = b.claim(
    "cook.conservatives_won",
    "The Conservatives won the general election four days later.",
    by=cook,
    quote=cook_statement.quote(
        "The Conservatives won the general election four days later.",
        locator=COOK.format("On October 25"),
    ),
    note=(
        "Cook gives the result as a date ('four days later'), not as an effect of the "
        "letter; the map keeps it as chronology and adds no causal claim that neither party "
        "makes."
    ),
)
cook_relations = b.claim(
    "cook.relations_soured",
    "Relations between Britain and the Soviet Union soured, and Anglo-Soviet treaties were "
    "abandoned.",
    by=cook,
    quote=cook_statement.quote(
        "Relations between Britain and the Soviet Union soured, and Anglo-Soviet treaties "
        "were abandoned.",
        locator=COOK.format("On October 25"),
    ),
)
b.argument(
    "arg.cook.publication_effects",
    [cook_letter_urged, cook_daily_mail],
    cook_repercussions,
    by=cook,
    scheme="cause_to_effect",
    label="a call to class war in the Daily Mail",
    questions=_open(
        "arg.cook.publication_effects",
        "Nobody on the page disputes the repercussions or their cause.",
        "CQ1",
        "CQ2",
        "CQ3",
    ),
    reconstructed=True,
    note=(
        "Reconstructed inference, from Cook's narrative: a letter urging class war appeared "
        "in the Daily Mail, and the repercussions were immense. He states the sequence, not "
        "the causal step."
    ),
)
b.argument(
    "arg.cook.diplomatic_repercussions",
    [cook_relations],
    cook_repercussions,
    by=cook,
    scheme="example",
    label="relations soured, treaties abandoned",
    questions=_open(
        "arg.cook.diplomatic_repercussions",
        "Nobody on the page disputes the souring of relations or its bearing.",
        "CQ1",
        "CQ2",
        "CQ3",
        "CQ4",
        "CQ5",
    ),
    reconstructed=True,
    note=(
        "Reconstructed inference: read as the content of the 'diplomatic repercussions' the "
        "paragraph opens with."
    ),
)
cook_speculation = b.claim(
    "cook.speculation",
    "For 75 years the letter's source and its timely appearance in the Daily Mail have been "
    "the subject of speculation; it keeps a special place in Labour Party mythology.",
    by=cook,
    quote=cook_statement.quote(
        "For three-quarters of a century there has been speculation about the letter's source "
        "and its timely appearance in the Daily Mail. After all those years, the letter "
        "continues to occupy a special place in Labour Party mythology.",
        locator=COOK.format("For three-quarters of a century"),
    ),
)
b.argument(
    "arg.cook.timely_appearance",
    [cook_vote, cook_fo_received, cook_daily_mail, cook_conservatives_won],
    cook_speculation,
    by=cook,
    label="the dates of 1924",
    reconstructed=True,
    note=(
        "Reconstructed inference: Cook calls the appearance 'timely' right after the dates he has "
        "given "
        "(confidence vote lost 8 October; letter at the Foreign Office the next day; Daily "
        "Mail 25 October; election four days later). The link says only that the dates make "
        "the timing notable, not that anyone planned it."
    ),
)

# How the report was made.
cook_commissioned = b.claim(
    "cook.historian_commissioned",
    "Cook commissioned the chief historian of the Foreign Office to study every available "
    "source about the letter and compile a report for publication.",
    by=cook,
    quote=cook_statement.quote(
        "So I commissioned the chief historian of the Foreign Office to study every available "
        "source about the letter and compile a report for publication.",
        locator=COOK.format("So I commissioned"),
    ),
)
cook_task = b.claim(
    "cook.historian_task",
    "Her task was to put as much material as she could into the public domain and to answer "
    "as many of the outstanding questions as possible.",
    by=cook,
    quote=cook_statement.quote(
        "Her task was to put as much material into the public domain as she could, and to "
        "answer as many of the outstanding questions as possible.",
        locator=COOK.format("Her task was"),
    ),
)
cook_archive_search = b.claim(
    "cook.archive_search",
    "She spent 12 months going through the archives of the Foreign Office, MI6 and MI5, and "
    "American and Russian records as well.",
    by=cook,
    quote=cook_statement.quote(
        "She has spent the past 12 months going through the archives of the Foreign Office, "
        "MI6 and MI5 - and American and Russian records as well.",
        locator=COOK.format("Her task was"),
    ),
)
historian_conclusions = b.claim(
    "historian.conclusions",
    "The chief historian concluded, first, that the letter was a forgery.",
    by=historian,
    quote=cook_statement.quote(
        "Her conclusions are fascinating. First, the provenance of the letter. Generations of "
        "Labour Party supporters and historians believed it was a forgery. They were right.",
        locator=COOK.format("Her task was"),
    ),
    note=(
        "Reported by Cook. The page has her conclusions only in his words: he announces "
        "'Her conclusions' and gives the first, on the letter's provenance, as 'They were "
        "right.' This claim is her asserting it, the premise an argument from expert opinion "
        "needs; Cook's own assertion of the same finding is cook.forgery."
    ),
)
cook_moscow = b.claim(
    "cook.moscow_archive",
    "With Russian help the historian mined an extensive archive in Moscow, so the story "
    "could be pieced together from both sides.",
    by=cook,
    quote=cook_statement.quote(
        "With the help of the Russian ambassador in London, our historian was able to mine an "
        "extensive archive in Moscow. And by giving us access to their documents, the Russian "
        "Government has allowed us to piece together the story from both sides.",
        locator=COOK.format("With the help of the Russian ambassador"),
    ),
)
cook_collateral = b.claim(
    "cook.russian_collateral",
    "The Russian archives provided valuable collateral for the information in the MI6 archives.",
    by=cook,
    quote=cook_statement.quote(
        "Their archives provided valuable collateral for the information in the MI6 archives.",
        locator=COOK.format("With the help of the Russian ambassador"),
    ),
)

# The three findings.
labour_believed = b.claim(
    "labour.believed_forgery",
    "The letter was a forgery.",
    by=labour,
    quote=cook_statement.quote(
        "Generations of Labour Party supporters and historians believed it was a forgery.",
        locator=COOK.format("First, the provenance"),
    ),
    note=(
        "Reported by Cook, as the belief his first finding confirms ('They were right.'). "
        "The page gives these believers no reasons and sets nobody against them apart from "
        "Cook's finding, which agrees with them, so the claim stands alone."
    ),
)
cook_forgery = b.claim(
    "cook.forgery",
    "The letter was a forgery: those who believed so were right.",
    by=cook,
    quote=cook_statement.quote("They were right.", locator=COOK.format("First, the provenance")),
    note=(
        "Cook's central claim, presented as the first of the chief historian's conclusions "
        "('Her conclusions are fascinating. First, the provenance of the letter.'). The "
        "believers it endorses are a reported position of their own (labour.believed_forgery)."
    ),
)
cook_no_proof = b.claim(
    "cook.no_conclusive_proof",
    "There is no conclusive proof who sent the letter.",
    by=cook,
    quote=cook_statement.quote(
        "We have no conclusive proof who sent it", locator=COOK.format("First, the provenance")
    ),
)
cook_not_zinoviev = b.claim(
    "cook.not_zinoviev",
    "The letter was not sent by Zinoviev -- held with confidence ('we are confident'), "
    "beside the admission that there is no conclusive proof of who sent it.",
    by=cook,
    quote=cook_statement.quote(
        "but we are confident it was not Zinoviev.", locator=COOK.format("First, the provenance")
    ),
)
historian_not_zinoviev = b.claim(
    "historian.not_zinoviev",
    "The chief historian concluded that the letter was not sent by Zinoviev.",
    by=historian,
    quote=cook_statement.quote(
        "we are confident it was not Zinoviev", locator=COOK.format("First, the provenance")
    ),
    note=(
        "Reported by Cook, in the paragraph of her first conclusion ('First, the provenance "
        "of the letter.'); his 'we' speaks for the Foreign Office and its report. The "
        "premise of the argument from her position to know; Cook's own assertion is "
        "cook.not_zinoviev."
    ),
)
b.argument(
    "arg.cook.expert_report",
    [cook_commissioned, cook_task, historian_conclusions],
    cook_forgery,
    by=cook,
    scheme="expert_opinion",
    label="the chief historian's report",
    questions={
        "CQ1": answered(
            "yes",
            by=cook_commissioned,
            note=(
                "The page states the expert's standing: 'the chief historian of the Foreign "
                "Office'. The answer stands or falls with Cook's claim."
            ),
        ),
        **_open(
            "arg.cook.expert_report",
            "The page gives her post ('the chief historian of the Foreign Office') and her "
            "commission, but not that her field covers the letter's provenance, and nobody "
            "on the page asks; as for Volkogonov, the analyst does not supply the answer.",
            "CQ2",
        ),
        **_open(
            "arg.cook.expert_report",
            "Her own words are not on the page: her conclusions reach it only in Cook's "
            "('Her conclusions are fascinating. First, ...'), and nobody doubts that he "
            "reports them faithfully.",
            "CQ3",
        ),
        **_open(
            "arg.cook.expert_report",
            "The editor questions Cook's evidence, not the historian's integrity.",
            "CQ4",
        ),
        **_open(
            "arg.cook.expert_report",
            "The page names no expert who disagrees: Volkogonov says nothing about the "
            "letter, the editor is not presented as an expert, and the historians Cook "
            "mentions believed it a forgery.",
            "CQ5",
        ),
        # CQ6 (is her conclusion based on evidence?) is raised by the editor's "{But what
        # evidence does Robin Cook present?}" (section 6) and answered by Cook's pointer to
        # the published report, argued from her archive search (b.answer below, once that
        # claim exists).
    },
    reconstructed=True,
    note=(
        "Reconstructed inference: Cook gives the finding as 'Her conclusions' -- those of the "
        "Foreign Office's chief historian, commissioned to study every available source and "
        "answer the outstanding questions -- and leaves the step from her authority to his "
        "'They were right.' implicit; the scheme names it."
    ),
)
b.argument(
    "arg.cook.position_to_know",
    [cook_full_access, cook_archive_search, cook_moscow, cook_collateral, historian_not_zinoviev],
    cook_not_zinoviev,
    by=cook,
    scheme="position_to_know",
    label="full access to the archives",
    questions={
        "CQ1": answered(
            "yes",
            by=cook_full_access,
            note=(
                "The page states her access: 'full access to MI5 and MI6 files' (and 12 months "
                "in the Foreign Office, MI6, MI5, American and Russian records)."
            ),
        ),
        **_open(
            "arg.cook.position_to_know",
            "Nobody on the page says the historian is dishonest or untrustworthy.",
            "CQ2",
        ),
        **_open(
            "arg.cook.position_to_know",
            "Her own words are not on the page: they reach it only through Cook, and nobody "
            "doubts his report.",
            "CQ3",
        ),
    },
    reconstructed=True,
    note=(
        "Reconstructed inference: Cook lists her access and sources before giving the "
        "findings, without saying that they are the reason for them. Whether Zinoviev sent "
        "the letter is a matter of the record; the historian saw the MI5 and MI6 files, the "
        "Foreign Office, American and Russian records and a Moscow archive, which Cook says "
        "corroborated the MI6 material."
    ),
)
imp_forgery_definition = b.implicit(
    "imp.forgery_definition",
    "A letter that purports to come from someone who did not send it is a forgery.",
    by=cook,
    note=(
        "Reconstructed by the analyst: the step from 'not Zinoviev' to 'forgery'. It is made "
        "explicit because the step depends on it: the letter as printed names no sender but "
        "its signatories' offices (the President and a Member of the Presidium, no names "
        "printed) and Secretary Kuusinen; that it purports to be Zinoviev's is what Cook "
        "('purporting to come from Grigori Zinoviev') and the editor ('appears to be a "
        "letter from Gregory Zinoviev') both say."
    ),
)
b.argument(
    "arg.cook.not_zinoviev_so_forged",
    [cook_not_zinoviev, cook_fo_received, imp_forgery_definition],
    cook_forgery,
    by=cook,
    scheme="verbal_classification",
    label="purports to be Zinoviev's, was not",
    questions={
        **_open(
            "arg.cook.not_zinoviev_so_forged",
            "Whether it is definite that the letter is not Zinoviev's is not asked on the "
            "page: Cook himself says only 'we are confident', beside 'We have no conclusive "
            "proof who sent it', and the editor's brackets target other claims.",
            "CQ1",
        ),
        **_open(
            "arg.cook.not_zinoviev_so_forged",
            "Nobody on the page contests calling such a letter a forgery.",
            "CQ2",
        ),
    },
    reconstructed=True,
    note=(
        "Reconstructed inference: Cook puts 'They were right.' and 'we are confident it was "
        "not Zinoviev' side by side; the step from the one to the other is the analyst's, "
        "with its definition made explicit (imp.forgery_definition)."
    ),
)

fo1924_genuine = b.claim(
    "fo1924.genuine",
    "The letter is genuine.",
    by=fo_1924,
    quote=cook_statement.quote(
        "Second, the Foreign Office thought it was genuine.",
        locator=COOK.format("Second, the Foreign Office"),
    ),
    note=(
        "Reported by Cook, as the second finding. The 1924 Foreign Office gets its own voice "
        "so that the reasons Cook reports can be shown as its argument and his finding on "
        "MI6's proofs as an attack on that argument."
    ),
)
cook_via_mi6 = b.claim(
    "cook.via_mi6",
    "The Foreign Office got the letter through MI6 channels, the main reason it thought the "
    "letter genuine (a fact first made public in this statement).",
    by=cook,
    quote=cook_statement.quote(
        "The main reason for this is because they got it through MI6 channels - a fact that "
        "has not been made public until today.",
        locator=COOK.format("Second, the Foreign Office"),
    ),
)
fo1924_corroborated = b.claim(
    "fo1924.corroborated",
    "MI6's corroborative proofs confirmed that the letter was genuine.",
    by=fo_1924,
    quote=cook_statement.quote(
        "They were also given corroborative proofs by MI6",
        locator=COOK.format("Second, the Foreign Office"),
    ),
    note="Reported by Cook: the corroboration as the 1924 Foreign Office relied on it.",
)
imp_mi6_vouches = b.implicit(
    "imp.mi6_vouches",
    "A document that comes through MI6 channels with MI6's corroboration can be relied on as "
    "genuine.",
    by=fo_1924,
    note="Reconstructed by the analyst: the warrant of the 1924 Foreign Office's belief.",
)
b.argument(
    "arg.fo1924.mi6_channels",
    [cook_via_mi6, fo1924_corroborated, imp_mi6_vouches],
    fo1924_genuine,
    by=fo_1924,
    scheme="position_to_know",
    label="it came through MI6",
    questions={
        "CQ1": answered(
            "yes",
            by=cook_via_mi6,
            note=(
                "The page states the source's access, as it does the historian's: the "
                "letter reached the Foreign Office through MI6 ('they got it through MI6 "
                "channels'), which vouched for it."
            ),
        ),
        **_open(
            "arg.fo1924.mi6_channels",
            "MI6's own words are not on the page: its vouching reaches it only through "
            "Cook ('They were also given corroborative proofs by MI6'), and nobody doubts "
            "his report.",
            "CQ3",
        ),
        # CQ2 (is the source untrustworthy?) is answered by Cook further down:
        # b.answer(..., by=cook_proofs_suspect), once that claim exists.
    },
    note=(
        "Stated inference ('The main reason for this is because'), reported by Cook: the "
        "Foreign Office's reasons in 1924. Its warrant is reconstructed (imp.mi6_vouches)."
    ),
)
cook_proofs_suspect = b.claim(
    "cook.proofs_suspect",
    "The corroborative proofs MI6 gave the Foreign Office have now been shown to be suspect.",
    by=cook,
    quote=cook_statement.quote(
        "They were also given corroborative proofs by MI6, which have now been shown to be "
        "suspect.",
        locator=COOK.format("Second, the Foreign Office"),
    ),
)
b.answer(
    "arg.fo1924.mi6_channels",
    "CQ2",
    "yes",
    by=cook_proofs_suspect,
    note=(
        "Cook: MI6's 'corroborative proofs ... have now been shown to be suspect' -- the "
        "source the 1924 Foreign Office relied on was, on this point, untrustworthy. His next "
        "sentence, 'But there is no evidence that MI6 forged the letter', keeps this short of "
        "dishonesty. The answer stands or falls with his claim."
    ),
)
b.undermine(
    cook_proofs_suspect,
    fo1924_corroborated,
    argument="arg.fo1924.mi6_channels",
    key="obj.cook.proofs_suspect",
    by=cook,
    note=(
        "An undermine: Cook attacks a premise of the 1924 Foreign Office's argument (the "
        "corroboration), not its conclusion directly."
    ),
)
cook_no_mi6_forgery = b.claim(
    "cook.no_evidence_mi6_forged",
    "There is no evidence that MI6 forged the letter.",
    by=cook,
    quote=cook_statement.quote(
        "But there is no evidence that MI6 forged the letter.",
        locator=COOK.format("Second, the Foreign Office"),
    ),
)
cook_no_conspiracy = b.claim(
    "cook.no_conspiracy",
    "There is no evidence of an organised conspiracy against Labour by the intelligence agencies.",
    by=cook,
    quote=cook_statement.quote(
        "Third, there is no evidence of an organised conspiracy against Labour by the "
        "intelligence agencies.",
        locator=COOK.format("Third, there is no evidence"),
    ),
    note=(
        "Cook's third finding answers the speculation about the letter's 'timely appearance' "
        "(cook.speculation), which the page records as speculation, not as anyone's claim, "
        "and he sets it, with 'however', beside the officers' part in the leak. The page sets "
        "it against no claim about who produced the letter -- the Left line -- so it stands "
        "alone in the map rather than being drawn as an attack on that line."
    ),
)
cook_officers = b.claim(
    "cook.officers_leaked",
    "There is evidence that two intelligence officers were among those involved in leaking "
    "the letter to the press and to Conservative Central Office.",
    by=cook,
    quote=cook_statement.quote(
        "There is, however, evidence that two of their officers were among those involved in "
        "leaking the letter to the press and to Conservative Central Office.",
        locator=COOK.format("Third, there is no evidence"),
    ),
    note=(
        "Cook's concession ('however') within his third finding: intelligence officers had "
        "a part in leaking the letter, not -- on the evidence he reports -- in producing it. "
        "Nobody on the page argues from it, and the Left line concerns production, so it "
        "stands alone in the map rather than being drawn as support for that line."
    ),
)
b.challenge(
    left_british_intelligence,
    attacker=cook_no_mi6_forgery,
    key="obj.cook.no_evidence_mi6_forged",
    by=cook,
    note=(
        "A challenge, not a rebut: Cook says there is no evidence MI6 forged the letter, not "
        "that it did not. He does not name the 'Left' line, but the page sets his finding "
        "against what that line holds: his statement answers the 'speculation about the "
        "letter's source' and its place in 'Labour Party mythology', and MI6 is British "
        "Intelligence."
    ),
)

# The report as a public record: Cook's (anticipatory) answer to "what evidence?".
cook_without_betraying = b.claim(
    "cook.maximum_material",
    "Publishing the report brings the maximum amount of material into the public domain "
    "without betraying the trust of those who co-operate with British intelligence.",
    by=cook,
    quote=cook_statement.quote(
        "Publishing this report allows us to bring the maximum amount of material into the "
        "public domain without betraying the trust of those who help Britain by co-operating "
        "with our intelligence agencies.",
        locator=COOK.format("Publishing this report"),
    ),
    note=(
        "It names a limit on what is published: material whose release would betray the "
        "trust of those who co-operate with the intelligence agencies."
    ),
)
cook_loose_ends = b.claim(
    "cook.loose_ends",
    "The report does not tie up every loose end.",
    by=cook,
    quote=cook_statement.quote(
        "The report does not tie up every loose end.",
        locator=COOK.format("The report does not tie up"),
    ),
)
cook_make_up_minds = b.claim(
    "cook.make_up_minds",
    "By putting a huge amount of material into the public domain, the report allows people "
    "to make up their own minds.",
    by=cook,
    quote=cook_statement.quote(
        "But by putting a huge amount of material into the public domain, it allows people to "
        "make up their own minds.",
        locator=COOK.format("The report does not tie up"),
    ),
    note=(
        "Cook's statement itself cites no documents for the forgery finding; this is where it "
        "points readers instead -- to the published report, the material of the historian's "
        "archive search. The map records it as his answer, given in 1999, to the "
        "backup-evidence question the editor raises in 2001 (CQ6 of arg.cook.expert_report). "
        "The reading 'pointer_not_an_answer' (READINGS) takes it as no answer."
    ),
)
b.argument(
    "arg.cook.public_record",
    [
        cook_archive_search,
        cook_archives_opened,
        cook_report_published,
        cook_permission,
        cook_material_public,
        cook_126_pages,
        cook_without_betraying,
    ],
    cook_make_up_minds,
    by=cook,
    label="the report is public",
    reconstructed=True,
    note=(
        "Reconstructed inference: the conclusion's own 'by putting a huge amount of material "
        "into the public domain' names its ground; the analyst gathers the rest of what Cook "
        "says of the report -- the archives it draws on ('12 months going through the "
        "archives'), its publication, its length, the permission to quote, the limit on "
        "what is released."
    ),
)
b.answer(
    "arg.cook.expert_report",
    "CQ6",
    "yes",
    by=cook_make_up_minds,
    note=(
        "The page cites the expert's evidence: she 'has spent the past 12 months going "
        "through the archives of the Foreign Office, MI6 and MI5 - and American and Russian "
        "records as well', and her report 'puts a huge amount of material into the public "
        "domain', which 'allows people to make up their own minds'. The answering claim is "
        "Cook's pointer to the published report, argued from the archive search "
        "(arg.cook.public_record); it stands or falls with them."
    ),
)
cook_open_questions = b.claim(
    "cook.open_questions",
    "Important questions remain and may always go unanswered, such as who forged the letter.",
    by=cook,
    quote=cook_statement.quote(
        "Important questions remain, and may always go unanswered - such as who forged the letter",
        locator=COOK.format("The report does not tie up"),
    ),
    note=(
        "Nobody on the page disputes that questions remain. The editor's bracket after it "
        "objects to what its example presupposes -- that the letter was forged -- and so "
        "challenges cook.forgery, not this claim."
    ),
)
b.argument(
    "arg.cook.loose_ends",
    [cook_loose_ends],
    cook_open_questions,
    by=cook,
    label="loose ends",
    reconstructed=True,
    note=(
        "Reconstructed inference: the report 'does not tie up every loose end', so important "
        "questions remain; Cook says both in one paragraph without a word joining them."
    ),
)
b.argument(
    "arg.cook.forger_unknown",
    [cook_forgery, cook_no_proof],
    cook_open_questions,
    by=cook,
    label="forged, but by whom?",
    reconstructed=True,
    note=(
        "Reconstructed inference: the example 'who forged the letter' takes the forgery "
        "finding as settled and adds that the sender is not known ('We have no conclusive "
        "proof who sent it'). The presupposition the editor's second bracket objects to is "
        "drawn here as a premise; the claim does not need it, because the loose ends alone "
        "support it."
    ),
)

# --- 6. The editor's two bracketed challenges, and the conflicts between the sides ----------
# Each bracket is one objection, on its logical target (see the module docstring).

b.raise_question(
    "arg.cook.expert_report",
    "CQ6",
    key="obj.editor.backup_evidence",
    by=editor,
    text="What evidence does Cook present for the chief historian's finding of forgery?",
    quote=page.quote(
        "But what evidence does Robin Cook present?", locator=COOK.format("First, the provenance")
    ),
    note=(
        "Kind: challenge, raising a critical question. Inserted in braces right after "
        "'They were right.', a finding Cook gives as the first of the chief historian's "
        "conclusions, it asks what evidence backs a conclusion offered on an expert's "
        "authority: expert opinion's backup-evidence question (CQ6, an assumption: once "
        "raised, the proponent must answer it). It is the bracket's only objection -- not "
        "also a challenge of 'They were right.' -- so that answering the question discharges "
        "it. Cook answers it in advance (section 5: the archive search and the published "
        "report); the editor's second bracket renews the demand on the finding itself."
    ),
)
editor_foregone = b.claim(
    "editor.foregone_conclusion",
    "Asking 'who forged the letter' presupposes that it was forged, which makes the result "
    "a foregone conclusion.",
    by=editor,
    quote=page.quote(
        "to phrase it that way makes the result a foregone conclusion",
        locator=COOK.format("The report does not tie up"),
    ),
)
b.challenge(
    cook_forgery,
    attacker=editor_foregone,
    key="obj.editor.foregone_conclusion",
    by=editor,
    text=(
        "The question 'who forged the letter' presupposes that it was forged; if Cook knows "
        "it was, why does he not present his evidence?"
    ),
    quote=page.quote(
        "to phrase it that way makes the result a foregone conclusion; if Robin Cook "
        '"knows" it was forged, why doesn\'t he present his evidence?',
        locator=COOK.format("The report does not tie up"),
    ),
    note=(
        "Kind: challenge, with the editor's charge as its attacker -- a charge that the "
        "question presupposes its answer (a loaded question, a form of begging the "
        "question). Inserted after 'such as who forged the letter', it does not deny that "
        "questions remain (cook.open_questions, which it leaves alone): its target is the "
        "presupposed forgery finding, 'They were right.', whose 'knows' it doubts and whose "
        "evidence it asks for again. Cook, who spoke in 1999, cannot answer it; under a "
        "burden of proof, only his arguments for the finding can."
    ),
)


def _conflict(one: argmap.Claim, other: argmap.Claim, *, by: argmap.Party, note: str) -> None:
    """A conflict the page draws between two claims: ``by`` voices ``one`` against ``other``;
    the reverse direction, voiced by nobody, records that contradictory claims attack each
    other."""
    b.rebut(one, other, key=f"obj.rebut.{one.key}.{other.key}", by=by, note=note)
    b.rebut(
        other,
        one,
        key=f"obj.rebut.{other.key}.{one.key}",
        note=(
            "The reverse of a conflict the page draws; nobody on the page voices this "
            "direction. Recorded so that neither side wins by the map's structure alone."
        ),
    )


_conflict(
    editor_thesis,
    ussr_forged,
    by=editor,
    note="The editor's 'Yet': his thesis set against the USSR government's claim of forgery.",
)
_conflict(
    editor_thesis,
    left_british_intelligence,
    by=editor,
    note="The editor's 'Yet': his thesis set against the Left line.",
)
_conflict(
    cook_forgery,
    fo1924_genuine,
    by=cook,
    note="Cook's 'They were right' against the 1924 Foreign Office's belief, his second finding.",
)
_conflict(
    editor_thesis,
    cook_forgery,
    by=editor,
    note=(
        "The editor keeps his thesis at the head of a page that reproduces Cook's statement "
        "and disputes it. The only words he addresses to Cook are the two challenges."
    ),
)

MAP = b.build()

KEY_ELEMENTS: dict[str, str] = {
    "forgery_claim": "cook.forgery",
    "authenticity_thesis": "editor.authenticity_possible",
    "foregone_conclusion_challenge": "obj.editor.foregone_conclusion",
    "backup_evidence_challenge": "obj.editor.backup_evidence",
    "cook_main_argument": "arg.cook.expert_report",
    "cook_position_to_know_argument": "arg.cook.position_to_know",
    "editor_volkogonov_argument": "arg.editor.fits_zinoviev_record",
    "editor_deception_argument": "arg.editor.deception",
}
"""The keys the evaluation and the case study refer to, by role."""

# --- 7. Alternative readings ----------------------------------------------------------------
# Where the page supports two readings, the map above takes one; each entry here is the other,
# as a change to the map, evaluated by name in docs/zinoviev_scenarios.py. Its elements are the
# analyst's reconstructions, flagged like those of the map.


class Reading(NamedTuple):
    """Another reading of the page: ``change`` turns the map into the map read that way."""

    key: str
    title: str
    reason: str
    change: Callable[[argmap.ArgumentMap], argmap.ArgumentMap]


_PROTOCOLS_BRIDGE = argmap.Claim(
    "imp.left_analogy",
    "The Zinoviev letter is like the Protocols in the respect that matters: a document "
    "damaging to a political enemy, of the kind a state's intelligence service could "
    "fabricate.",
    by="left",
    implicit=True,
    note=(
        "Reconstructed by the analyst: the bridge that turns the editor's parenthesis ('as, "
        "they claim, the Protocols ...') into the Left's own argument from analogy."
    ),
)
_PROTOCOLS_ANALOGY = argmap.Argument(
    "arg.left.protocols_analogy",
    ("left.protocols", "imp.left_analogy"),
    "left.british_intelligence",
    by="left",
    scheme="analogy",
    label="as with the Protocols",
    reconstructed=True,
    note=(
        "Reconstructed inference: the page reports the two Left claims side by side ('as, "
        "they claim'), and this reading takes the second as their reason for the first."
    ),
)
_MISREADING_BRIDGE = argmap.Claim(
    "imp.misreading_discounts_doubt",
    "Those deceived about the true nature of Bolshevism take a genuine Comintern call to "
    "armed insurrection for out of character, so their belief that the letter was forged "
    "proves little, and its appearance of authenticity stands.",
    by="editor",
    implicit=True,
    note=(
        "Reconstructed by the analyst: the warrant linking 'given the deception ...' to the "
        "thesis when the deception is the West's misreading of Bolshevism, not the Soviet "
        "regime's word."
    ),
)
_MISREADING = argmap.Argument(
    "arg.editor.deception_misreading",
    ("editor.letter_appears", "editor.bolshevik_deception", "imp.misreading_discounts_doubt"),
    "editor.authenticity_possible",
    by="editor",
    scheme="ethotic",
    label="given the misreading",
    note=(
        "Stated inference ('given'), read the other way: the deception discredits the "
        "judgement of those who were deceived -- the doubters of the letter -- rather than "
        "the word of the regime that denied it. 'ethotic' as in the map's reading; only "
        "whose credibility is weighed differs."
    ),
)


def _protocols_analogy(argument_map: argmap.ArgumentMap) -> argmap.ArgumentMap:
    return argument_map.add(_PROTOCOLS_BRIDGE, _PROTOCOLS_ANALOGY)


def _deception_misreading(argument_map: argmap.ArgumentMap) -> argmap.ArgumentMap:
    read = argument_map.without("arg.editor.deception", "imp.denial_discounted")
    return read.add(_MISREADING_BRIDGE, _MISREADING)


def _pointer_not_an_answer(argument_map: argmap.ArgumentMap) -> argmap.ArgumentMap:
    arguments = [
        attrs.evolve(a, answers=tuple(q for q in a.answers if q.question != "CQ6"))
        if a.key == "arg.cook.expert_report"
        else a
        for a in argument_map.arguments
    ]
    return attrs.evolve(argument_map, arguments=arguments)


READINGS: dict[str, Reading] = {
    reading.key: reading
    for reading in (
        Reading(
            "protocols_analogy",
            "the Protocols aside as the Left's own argument from analogy",
            "The map reads '(as, they claim, the Protocols was created by the Tsar's "
            "intelligence service)' as the editor's distancing report of another Left claim; "
            "this reading makes it the Left's reason for their line, with a reconstructed "
            "bridge premise.",
            _protocols_analogy,
        ),
        Reading(
            "deception_misreading",
            "the deception as the West's misreading of Bolshevism",
            "The map reads 'given the deception about the true nature of Bolshevism' as "
            "discrediting the USSR's denial; this reading takes the deceived to be those who "
            "doubt the letter, whose doubt then proves little.",
            _deception_misreading,
        ),
        Reading(
            "pointer_not_an_answer",
            "Cook's pointer to the report as no answer to the editor's question",
            "The map takes Cook's archive search and his pointer to the published report as "
            "his answer to the editor's backup-evidence question; this reading takes the "
            "statement, which names no document, as leaving it unanswered.",
            _pointer_not_an_answer,
        ),
    )
}
"""The page's other readings, by key: each names what the map reads instead and how."""

# --- Deliberate omissions -------------------------------------------------------------------
# (locator, the passage verbatim, why it is not in the map)

_STRUCTURE = "page structure (navigation or a heading), not a statement in the debate"
_METADATA = "bibliographic data, recorded in the metadata of the corresponding source"

OMITTED: tuple[tuple[str, str, str], ...] = (
    (
        "page head, para 'The Zinoviev Letter; published'",
        "The Zinoviev Letter; published in the London Daily Mail, 25 October, 1924, prior to "
        "the British election of that year. Selections and Comments by Peter Myers. Date "
        "April 29, 2001; update November 7, 2012.",
        "the page's title and dates, recorded as the page source's title and date; its facts "
        "(Daily Mail, 25 October 1924, before the election) are mapped in the editor's "
        "correction and Cook's chronology",
    ),
    ("page head, para 'Write to me'", "Write to me at contact.html.", _STRUCTURE),
    ("page head, para 'You are at'", "You are at", _STRUCTURE),
    ("page head, para 'Below are presented'", "Below are presented", _STRUCTURE),
    (
        "page head, para '(1) the Zinoviev letter, (2)'",
        "(1) the Zinoviev letter, (2) Volkogonov's account of Zinoviev's Comintern, (3) Robin "
        "Cook's statement, as British Foreign Secretary, of 4 February, 1999.",
        _STRUCTURE + "; it is what the editor's argument from Volkogonov is reconstructed from",
    ),
    ("letter, para '(1) the Zinoviev letter:'", "(1) the Zinoviev letter:", _STRUCTURE),
    ("letter, para 'Dear Comrades:'", "Dear Comrades:", "the salutation; no statement"),
    (
        "letter, para 'Desiring you all success'",
        "Desiring you all success, both in organization and in your struggle.",
        "the closing formula; no statement",
    ),
    (
        "letter, para 'With Communist Greetings,'",
        "With Communist Greetings,",
        "the closing formula; no statement",
    ),
    (
        "Volkogonov, para '(2) Volkogonov's account'",
        "(2) Volkogonov's account of Zinoviev's Comintern:",
        _STRUCTURE,
    ),
    (
        "Volkogonov, para 'Dmitri Volkogonov, Lenin'",
        "Dmitri Volkogonov, Lenin: Life and Legacy, tr. & edited by Harold Shukman, "
        "HarperCollinsPublishers, London 1994,",
        _METADATA,
    ),
    (
        VOLK_P2,
        "Meanwhile Soviet citizens were dying in their hundreds of thousands from famine and "
        "disease. For Lenin, the Revolution was everything, and it could not be achieved "
        "without countless victims.",
        "Volkogonov's judgement of Lenin's priorities; it bears neither on the Comintern's "
        "export of revolution nor on the letter, and nobody on the page draws on it",
    ),
    (
        "Cook statement, para '(3) Robin Cook's statement'",
        "(3) Robin Cook's statement, as British Foreign Secretary, of 4 February, 1999:",
        _STRUCTURE + "; speaker, office and date are the statement source's metadata",
    ),
    (
        "Cook statement, para 'Foreign & Commonwealth Office'",
        "Foreign & Commonwealth Office, London THE ZINOVIEV LETTER: 'THE HIDDEN HAND' Date: "
        "04/02/99",
        _METADATA,
    ),
    (
        COOK.format("Today we are celebrating"),
        "Today we are celebrating a remarkable exercise in openness.",
        "celebrates the government's openness; says nothing about the letter",
    ),
    (
        COOK.format("Today we are celebrating"),
        "a 75-year-old mystery that has perplexed generations of historians and fascinated "
        "Labour supporters.",
        "restates the opening paragraph's 'shrouded in mystery' (cook.archives_opened)",
    ),
    (
        COOK.format("Today we are celebrating"),
        "Archives that had been shut to public gaze for decades have now been exposed to the "
        "light.",
        "restates 'Now the archives have been opened to public scrutiny' (cook.archives_opened)",
    ),
    (
        COOK.format("The story of the letter"),
        "The story of the letter will already be familiar to many.",
        "a transition; no claim",
    ),
    (
        COOK.format("For three-quarters of a century"),
        "A year ago, the Lib Dem MP Norman Baker asked me in the House of Commons whether I "
        "would be prepared to open the MI6 files relating to the Zinoviev letter. I was not "
        "prepared simply to say no. I felt strongly that we ought to say rather more.",
        "why Cook commissioned the report (a parliamentary question and his wish to say more "
        "than no): the occasion of the report, not a reason for or against any claim about "
        "the letter",
    ),
    (
        COOK.format("Publishing this report"),
        "It is a demonstration of our commitment to be as open as possible, and our "
        "recognition that being open with the British public is a British national interest.",
        "government policy on openness; says nothing about the letter",
    ),
    (
        COOK.format("It has also been a unique exercise"),
        "It has also been a unique exercise in international co-operation. We have had a "
        "great deal of help from the Russian Government.",
        "praise of the co-operation, which the next paragraph states concretely "
        "(cook.moscow_archive)",
    ),
    (
        COOK.format("New Labour is determined"),
        "New Labour is determined to end the culture of secrecy in Whitehall. We are moving "
        "government from the presumption that the least said the better, to the firm belief "
        "that the public has a right to know as much as possible. It is an important "
        "democratic principle. And the publication of this report is a celebration of it.",
        "government policy on secrecy; says nothing about the letter",
    ),
)
"""Every passage of the debate part left out of the map: (locator, verbatim text, reason).

The page's ellipses ("..."), its page markers ("{p. xxxi}") and its end markers
("{end selection}", "{end of Robin Cook's statement}") are markup, not statements, and are
not listed.
"""
