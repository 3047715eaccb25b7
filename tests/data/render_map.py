"""A small but realistic map for the rendering tests: every node kind and every relation.

Modelled on the Zinoviev letter debate; the source text below is a short paraphrased
stand-in written for the tests, not a copy of the real page.
"""

from argmap import MapBuilder

PAGE = (
    "The Foreign Office report concludes: they were right, the letter was a forgery. "
    "I am confident it was not Zinoviev. The Foreign Office believed it genuine because "
    "it came through MI6. [Editor: what evidence is there that it was forged?]"
)

b = MapBuilder("The Zinoviev letter (1924): a test sample of the debate")
editor = b.party("editor", "Peter Myers", role="editor of the page")
cook = b.party("cook", "Robin Cook", role="Foreign Secretary")
page = b.source("page", "The Zinoviev letter", author="Peter Myers", date="1999", text=PAGE)
letter = b.source(
    "letter", "Letter to the CPGB", author="attributed to G. Zinoviev", date="15 Sept 1924"
)

forged = b.claim(
    "forged",
    "The Zinoviev letter was a forgery.",
    by=cook,
    quote=page.quote("they were right, the letter was a forgery.", locator="para 1"),
)
not_zinoviev = b.claim(
    "not_zinoviev",
    "Zinoviev did not write the letter.",
    by=cook,
    quote=page.quote("I am confident it was not Zinoviev.", locator="para 1"),
)
archives = b.implicit(
    "archives",
    "The report's authors saw the files that would settle the question.",
    note="Reconstructed: Cook's confidence rests on it.",
)
came_via_mi6 = b.evidence(
    "via_mi6",
    quote=page.quote("it came through MI6.", locator="para 2"),
)
exhibit = b.evidence("letter_text", "The letter as printed in the Daily Mail", source=letter)
report = b.argument(
    "report",
    [not_zinoviev, archives],
    forged,
    by=cook,
    scheme="expert opinion",
    label="The Foreign Office report",
)
genuine = b.claim(
    "possible",
    "The authenticity of the letter must be considered quite possible.",
    by=editor,
)
from_letter = b.argument("from_letter", [exhibit], genuine, by=editor)
mi6_files = b.claim("mi6_files", "The report relies on MI6's own files.", by=editor)
b.rebut(genuine, forged, key="rebut_forged", by=editor)
b.undercut(mi6_files, report, key="undercut_report", by=editor)
b.undermine(came_via_mi6, archives, key="undermine_archives", by=editor)
b.challenge(
    forged,
    key="what_evidence",
    by=editor,
    text="What evidence is there that it was forged?",
    quote=page.quote("what evidence is there that it was forged?", locator="para 3"),
)
b.challenge(not_zinoviev, attacker=mi6_files, key="doubt_source", by=editor)
MAP = b.build()
