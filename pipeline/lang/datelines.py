"""How Indonesian outlets open and close a story: datelines and sign-offs.

Sources: the habari.id seed (`HABARI.ID, DINSOS |`, `(dik/habari.id)`) and regional outlets
(`BOALEMO, ARAHMU.ID —`, `ENREKANG, UPEKS —`, `Ambon (ANTARA) -`, `Kupang,nwartapedia.com —`).
"""
from __future__ import annotations

import re

# Separators that end a dateline: pipe, dashes, the double hyphen some CMSs write.
DATELINE_SEPARATORS = r"(?:\s*\|\s*|\s*[-–—]{1,2}\s*|\s*:\s+)"

# `PLACE, OUTLET —`, `PLACE (OUTLET) -`, `OUTLET, PLACE |`, `PLACE —` at the very start of the text.
DATELINE = re.compile(
    r"""^(?P<dateline>
        (?P<first>[A-Z][\w.'’]*(?:[ ][A-Z(][\w.'’()]*){0,4})        # SENTANI (JAYAPURA), HABARI.ID, Ambon
        (?:\s*(?:,\s*|\s(?=\())(?P<second>\(?[A-Za-z][\w.'’ ]{1,40}?\)?))?   # , UPEKS  /  (ANTARA)
        (?:,)?""" + DATELINE_SEPARATORS + r""")""",
    re.VERBOSE,
)

# `CISARUA-RADAR BOGOR,` / `MATARAM-LOMBOK POST,`: a place in capitals glued to the outlet in capitals, then a comma.
DATELINE_GLUED = re.compile(r"^(?P<dateline>(?P<first>[A-Z][A-Z.'’]{2,}(?: [A-Z][A-Z.'’]+){0,2})[-–](?P<second>[A-Z][A-Z.]+"
                            r"(?: [A-Z][A-Z.]+){0,3})\s*,\s*)")

# A sign-off at the very end: `(dik/habari.id)`, `(nia/red)`, `(Sur).`, `(*)`, `(adv)`.
SIGN_OFF = re.compile(r"\s*\((?P<inner>[A-Za-z*][\w.* ]{0,20}(?:/[\w.* ]{1,25}){0,3})\)\s*\.?\s*$")

# An outlet's domain in a dateline (`HABARI.ID`, `nwartapedia.com`): that part names the outlet, not the place.
OUTLET_DOMAIN = re.compile(r"\.(?:id|com|net|org|news|info|co)\b", re.IGNORECASE)
