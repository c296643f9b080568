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
        (?P<first>(?:[A-Z][\w'’]*-(?=[A-Za-z]+\.(?i:com|id|net|co)\b))?     # POS-KUPANG.COM
        [A-Z][\w.'’]*(?:[ ][A-Z(][\w.'’()]*){0,4})        # SENTANI (JAYAPURA), HABARI.ID, Ambon
        (?:\s*(?:,\s*|\s(?=\())(?P<second>\(?[A-Za-z][\w.'’ ]{1,40}?\)?))?   # , UPEKS  /  (ANTARA)
        (?:,)?""" + DATELINE_SEPARATORS + r""")""",
    re.VERBOSE,
)

# `CISARUA-RADAR BOGOR,` / `MATARAM-LOMBOK POST,`: a place in capitals glued to the outlet in capitals, then a comma.
DATELINE_GLUED = re.compile(r"^(?P<dateline>(?P<first>[A-Z][A-Z.'’]{2,}(?: [A-Z][A-Z.'’]+){0,2})[-–](?P<second>[A-Z][A-Z.]+"
                            r"(?: [A-Z][A-Z.]+){0,3})\s*,\s*)")

# A place in capitals after an outlet-only dateline, glued to the body: `TERASMALUKU.COM,-AMBON-Dinas …`.
PLACE_AFTER_OUTLET = re.compile(r"(?P<place>[A-Z][A-Z'’]{2,}(?: [A-Z][A-Z'’]+){0,2})\s*[-–—]\s*(?=[A-Z])")

# A sign-off at the very end: `(dik/habari.id)`, `(nia/red)`, `(Sur).`, `(*)`, `(adv)`.
SIGN_OFF = re.compile(r"\s*\((?P<inner>[A-Za-z*][\w.* ]{0,20}(?:/[\w.* ]{1,25}){0,3})\)\s*\.?\s*$")

# An outlet's domain in a dateline (`HABARI.ID`, `nwartapedia.com`): that part names the outlet, not the place.
OUTLET_DOMAIN = re.compile(r"\.(?:id|com|net|org|news|info|co)\b", re.IGNORECASE)

# Lines a web page puts inside a story that are not part of it: links to other stories, advertising markers, photo
# credits and "follow us" prompts. A whole line that starts so is dropped from the record's text.
BOILERPLATE_LINE = re.compile(
    r"^(?:baca\s+(?:juga|pula)|simak\s+juga|lihat\s+juga|berita\s+terkait|artikel\s+terkait|advertisement|"
    r"scroll\s+to\s+continue(?:\s+with\s+content)?|\(?foto\s*:|\(?sumber\s+foto\s*:|\(?dok(?:umentasi)?\.?\s*:|"
    r"simak\s+berita\s+(?:dan\s+artikel\s+)?lainnya|dapatkan\s+(?:update|informasi|berita)|ikuti\s+(?:berita|kami|"
    r"update)|klik\s+(?:di\s*sini|link))(?:(?<=:)|\b).*$", re.IGNORECASE | re.MULTILINE)

# Credit lines closing a story (`Pewarta: Rahmat Hidayat`, `Penulis: X`, `Editor: Y`); the writers among them are
# its authors. A byline opening it: `Laporan Wartawan Bangka Pos, Rizky`, `Laporan Reporter POS-KUPANG.COM, Albert`.
WRITER_ROLES = ("Penulis", "Pewarta", "Reporter", "Wartawan", "Jurnalis", "Kontributor", "Laporan", "Liputan")
CREDIT_ROLES = WRITER_ROLES + ("Editor", "Redaktur", "Penyunting", "Penyelaras", "Sumber", "Foto", "Fotografer",
                               "Publisher", "Copy Editor")
CREDIT_LINE = re.compile(r"^(?P<role>" + "|".join(CREDIT_ROLES) + r")\s*:\s*(?P<names>[^\n]{1,80})$",
                         re.IGNORECASE | re.MULTILINE)
OPENING_BYLINE = re.compile(r"^(?:Laporan|Liputan)\s+(?:Wartawan|Reporter|Kontributor|Jurnalis)\b[^\n,]{0,60},\s*"
                            r"(?P<names>[A-Z][^\n]{1,60})\n")
