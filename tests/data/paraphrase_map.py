"""A map whose evidence paraphrases its quotes, for the verbatim-quote tests.

Every quote is the source's own words; every evidence ``text`` is the analyst's paraphrase
in other words. A diagram must put quotation marks around the former only. One quote is
long enough to be shortened in its node, one evidence has no paraphrase, and one source
has no text (its quote cannot be checked against it, only against itself).
"""

from argmap import MapBuilder

LETTER = (
    "Organize a campaign of disclosure of the foreign policy of MacDonald. "
    "It is indispensable to stir up the masses of the British proletariat, to bring into "
    "movement the army of unemployed proletarians, whose position can be improved only "
    "after the conclusion of a treaty between the Soviet Union and Great Britain, and to "
    "form cells in all the units of the troops, particularly among those quartered in the "
    'large centres of the country, and also among factories working on munitions. "Left" '
    "is what the letter calls its friends."
)

b = MapBuilder("Paraphrase and quotation")
author = b.party("author", "The letter's author")
letter = b.source("letter", "The letter as printed", date="1924", text=LETTER)
notes = b.source("notes", "An archivist's notes (no text on file)")

campaign = b.evidence(
    "campaign",
    "The letter urges a campaign exposing MacDonald's foreign policy.",
    quote=letter.quote("Organize a campaign of disclosure of the foreign policy of MacDonald."),
    by=author,
)
cells = b.evidence(
    "cells",
    "It asks for communist cells in the army and in munitions works.",
    quote=letter.quote(
        "to form cells in all the units of the troops, particularly among those quartered in "
        "the large centres of the country, and also among factories working on munitions.",
        locator="para 2",
    ),
    by=author,
)
masses = b.evidence(
    "masses",
    quote=letter.quote("It is indispensable to stir up the masses of the British proletariat"),
)
filed = b.evidence(
    "filed",
    "The archivist filed it under forgeries.",
    quote=notes.quote("Filed with the forgeries, 1928."),
)
left = b.claim(
    "left",
    "The letter calls its friends the Left.",
    quote=letter.quote('"Left" is what the letter calls its friends.'),
)
subversive = b.claim("subversive", "The letter incites subversion in Britain.", by=author)
b.argument("content", [campaign, cells, masses], subversive, scheme="sign", weight=0.6)
forged = b.claim("forged", "The letter is a forgery.")
b.argument("archive", [filed], forged)
b.rebut(left, forged)

MAP = b.build()
