"""Regulation types of ANNOTATION.md, with the full and abbreviated forms that name each.

Sources: UU 12/2011 (hierarchy of regulations), JDIH naming practice, and ANNOTATION.md's abbreviation list.
Order matters where forms overlap: longer forms come first when the regex is built.
"""
from __future__ import annotations

# (written form, type, issuer implied by the form or None). Written forms are matched case-insensitively,
# with "Peraturan Menteri X" style issuer words read after the form.
REGULATION_FORMS: list[tuple[str, str, str | None]] = [
    ("Undang-Undang Dasar", "Undang-Undang Dasar", None), ("UUD", "Undang-Undang Dasar", None),
    ("Peraturan Pemerintah Pengganti Undang-Undang", "Peraturan Pemerintah Pengganti Undang-Undang", None),
    ("Perppu", "Peraturan Pemerintah Pengganti Undang-Undang", None),
    ("Perpu", "Peraturan Pemerintah Pengganti Undang-Undang", None),
    ("Undang-Undang", "Undang-Undang", None), ("Undang Undang", "Undang-Undang", None),
    ("Undang-undang", "Undang-Undang", None),
    ("UU", "Undang-Undang", None),
    ("Peraturan Pemerintah", "Peraturan Pemerintah", None), ("PP", "Peraturan Pemerintah", None),
    ("Peraturan Presiden", "Peraturan Presiden", None), ("Perpres", "Peraturan Presiden", None),
    ("Keputusan Presiden", "Keputusan Presiden", None), ("Keppres", "Keputusan Presiden", None),
    ("Kepres", "Keputusan Presiden", None),
    ("Instruksi Presiden", "Instruksi Presiden", None), ("Inpres", "Instruksi Presiden", None),
    # instructions of ministers and regional heads have no type of their own in ANNOTATION.md
    ("Instruksi Menteri", "Other", None), ("Instruksi Gubernur", "Other", None), ("Instruksi Bupati", "Other", None),
    ("Instruksi Wali Kota", "Other", None), ("Instruksi Walikota", "Other", None), ("Ingub", "Other", None),
    ("Inbup", "Other", None), ("Inmendagri", "Other", "Menteri Dalam Negeri"),
    # a Balinese customary village's rules (pararem, awig-awig) have none either
    ("Pararem", "Other", None), ("Awig-Awig", "Other", None), ("Awig-awig", "Other", None),
    ("Peraturan Menteri", "Peraturan Menteri", None), ("Permen", "Peraturan Menteri", None),
    ("PMK", "Peraturan Menteri", "Menteri Keuangan"), ("PMA", "Peraturan Menteri", "Menteri Agama"),
    ("KMA", "Keputusan Menteri", "Menteri Agama"),  # the Minister of Religious Affairs' regulations and decisions
    ("Keputusan Menteri", "Keputusan Menteri", None), ("Kepmen", "Keputusan Menteri", None),
    ("Surat Edaran Bersama", "Surat Edaran", None), ("Surat Edaran", "Surat Edaran", None),
    ("SE", "Surat Edaran", None),
    ("Peraturan Daerah Provinsi", "Peraturan Daerah Provinsi", None),
    ("Peraturan Daerah Kabupaten", "Peraturan Daerah Kabupaten/Kota", None),
    ("Peraturan Daerah Kota", "Peraturan Daerah Kabupaten/Kota", None),
    ("Peraturan Daerah", "Peraturan Daerah Kabupaten/Kota", None), ("Perda", "Peraturan Daerah Kabupaten/Kota", None),
    ("Qanun Kabupaten", "Peraturan Daerah Kabupaten/Kota", None), ("Qanun Kota", "Peraturan Daerah Kabupaten/Kota", None),
    ("Qanun", "Peraturan Daerah Provinsi", None),
    ("Peraturan DPRD", "Other", "DPRD"), ("Peraturan Dewan Perwakilan Rakyat Daerah", "Other", "DPRD"),
    ("Perdasus", "Peraturan Daerah Provinsi", None), ("Perdasi", "Peraturan Daerah Provinsi", None),
    ("Peraturan Daerah Khusus", "Peraturan Daerah Provinsi", None),
    ("Putusan Mahkamah Konstitusi", "Other", "Mahkamah Konstitusi"), ("Putusan MK", "Other", "Mahkamah Konstitusi"),
    ("Putusan Mahkamah Agung", "Other", "Mahkamah Agung"), ("Putusan MA", "Other", "Mahkamah Agung"),
    ("Peraturan Gubernur", "Peraturan Gubernur", None), ("Pergub", "Peraturan Gubernur", None),
    ("Peraturan Bupati", "Peraturan Bupati", None), ("Perbup", "Peraturan Bupati", None),
    ("Peraturan Wali Kota", "Peraturan Wali Kota", None), ("Peraturan Walikota", "Peraturan Wali Kota", None),
    ("Perwali", "Peraturan Wali Kota", None), ("Perwako", "Peraturan Wali Kota", None),
    ("Perwal", "Peraturan Wali Kota", None), ("Perwalkot", "Peraturan Wali Kota", None), ("Perwa", "Peraturan Wali Kota", None),
    ("Perwalikota", "Peraturan Wali Kota", None),
    ("Peraturan Desa", "Peraturan Desa", None), ("Perdes", "Peraturan Desa", None),
    ("Reusam Gampong", "Peraturan Desa", None), ("Reusam", "Peraturan Desa", None),  # Aceh: a gampong's regulation
    ("Peraturan Negeri", "Peraturan Desa", None),  # Maluku: a negeri's (customary village's) regulation
    ("Peraturan Nagari", "Peraturan Desa", None),  # West Sumatra: a nagari's regulation
    # a kampung's (Papua, Kalimantan), a gampong's (Aceh), a lembang's (Toraja) and a pekon's (Lampung) regulation
    ("Peraturan Kampung", "Peraturan Desa", None), ("Peraturan Gampong", "Peraturan Desa", None),
    ("Peraturan Lembang", "Peraturan Desa", None), ("Peraturan Pekon", "Peraturan Desa", None),
    ("Peraturan Kalurahan", "Peraturan Desa", None),  # Yogyakarta: a kalurahan's regulation
    ("PKPU", "Peraturan Lembaga", "KPU"), ("Perbawaslu", "Peraturan Lembaga", "Bawaslu"),
    ("POJK", "Peraturan Lembaga", "OJK"), ("PBI", "Peraturan Lembaga", "BI"),
    ("Perkap", "Peraturan Lembaga", "Polri"), ("Perpol", "Peraturan Lembaga", "Polri"),
    ("Perma", "Peraturan Lembaga", "MA"), ("PERMA", "Peraturan Lembaga", "MA"),
    ("Peraturan KPU", "Peraturan Lembaga", "KPU"), ("Peraturan Bawaslu", "Peraturan Lembaga", "Bawaslu"),
    ("Peraturan OJK", "Peraturan Lembaga", "OJK"), ("Peraturan Bank Indonesia", "Peraturan Lembaga", "BI"),
    ("Peraturan Kapolri", "Peraturan Lembaga", "Polri"), ("Peraturan Polri", "Peraturan Lembaga", "Polri"),
    ("Peraturan Kepolisian Negara Republik Indonesia", "Peraturan Lembaga", "Polri"),
    ("Peraturan Kepolisian", "Peraturan Lembaga", "Polri"),
    ("Peraturan Mahkamah Agung", "Peraturan Lembaga", "MA"), ("Peraturan BPOM", "Peraturan Lembaga", "BPOM"),
    ("Peraturan BNPB", "Peraturan Lembaga", "BNPB"), ("Peraturan BKN", "Peraturan Lembaga", "BKN"),
    ("Peraturan LKPP", "Peraturan Lembaga", "LKPP"), ("Peraturan BNN", "Peraturan Lembaga", "BNN"),
    ("Peraturan BPS", "Peraturan Lembaga", "BPS"), ("Peraturan BMKG", "Peraturan Lembaga", "BMKG"),
    ("Peraturan BPH Migas", "Peraturan Lembaga", "BPH Migas"), ("Peraturan BRIN", "Peraturan Lembaga", "BRIN"),
    ("Peraturan BSSN", "Peraturan Lembaga", "BSSN"), ("Peraturan KPPU", "Peraturan Lembaga", "KPPU"),
    ("Peraturan BPK", "Peraturan Lembaga", "BPK"), ("Peraturan BPKP", "Peraturan Lembaga", "BPKP"),
    ("Peraturan BPJS Kesehatan", "Peraturan Lembaga", "BPJS Kesehatan"),
    ("Peraturan BPJS Ketenagakerjaan", "Peraturan Lembaga", "BPJS Ketenagakerjaan"),
    ("Peraturan BKKBN", "Peraturan Lembaga", "BKKBN"), ("Peraturan Bapanas", "Peraturan Lembaga", "Bapanas"),
    ("Peraturan Badan Pangan Nasional", "Peraturan Lembaga", "Bapanas"), ("Peraturan ANRI", "Peraturan Lembaga", "ANRI"),
    ("Peraturan Komisi Informasi", "Peraturan Lembaga", "Komisi Informasi"), ("Peraturan KPI", "Peraturan Lembaga", "KPI"),
    ("Peraturan Badan", "Peraturan Lembaga", None), ("Peraturan Lembaga", "Peraturan Lembaga", None),
    ("Peraturan Kepala", "Peraturan Lembaga", None), ("Perka", "Peraturan Lembaga", None),  # Perka BNPB
    ("Perban", "Peraturan Lembaga", None), ("Perbadan", "Peraturan Lembaga", None),  # a body's regulation ("Perban
    # BNPB Nomor 3 Tahun 2018", "Perbadan Nomor 6 Tahun 2023" of the food agency)
    ("Keputusan Gubernur", "Keputusan", None), ("Keputusan Bupati", "Keputusan", None),
    ("Keputusan Wali Kota", "Keputusan", None), ("Keputusan Walikota", "Keputusan", None),
    ("Keputusan Kepala", "Keputusan", None), ("Keputusan Bersama", "Keputusan", None),
    ("Keputusan", "Keputusan", None), ("Kepgub", "Keputusan", None), ("Kepbup", "Keputusan", None),
    ("SK Menteri", "Keputusan Menteri", None), ("SK", "Keputusan", None),
]

# A minister's regulation or decision named by a short form glued to "Permen"/"Kepmen" ("Permendikdasmen",
# "PermenPUPR", "KepmenKP"): the minister by that short form, folded. A short form not listed is still a Peraturan
# (Keputusan) Menteri, with no issuer.
MINISTER_FORM_PREFIXES = {"Permen": "Peraturan Menteri", "Kepmen": "Keputusan Menteri"}
MINISTERS_BY_SHORT_FORM: dict[str, str] = {
    "sos": "Menteri Sosial", "dagri": "Menteri Dalam Negeri", "kes": "Menteri Kesehatan",
    "dikbud": "Menteri Pendidikan dan Kebudayaan",
    "dikbudristek": "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi",
    "dikdasmen": "Menteri Pendidikan Dasar dan Menengah",
    "diktisaintek": "Menteri Pendidikan Tinggi, Sains, dan Teknologi",
    "ristekdikti": "Menteri Riset, Teknologi, dan Pendidikan Tinggi",
    "des": "Menteri Desa", "desa": "Menteri Desa", "desapdtt": "Menteri Desa", "despdtt": "Menteri Desa",
    "panrb": "Menteri PANRB", "pan": "Menteri PANRB",
    "naker": "Menteri Ketenagakerjaan", "aker": "Menteri Ketenagakerjaan", "hub": "Menteri Perhubungan",
    "tan": "Menteri Pertanian",
    "ag": "Menteri Agama", "lhk": "Menteri Lingkungan Hidup dan Kehutanan", "lh": "Menteri Lingkungan Hidup",
    "hut": "Menteri Kehutanan", "keu": "Menteri Keuangan", "pupr": "Menteri Pekerjaan Umum dan Perumahan Rakyat",
    "pu": "Menteri Pekerjaan Umum", "pkp": "Menteri Perumahan dan Kawasan Permukiman",
    "kominfo": "Menteri Komunikasi dan Informatika", "komdigi": "Menteri Komunikasi dan Digital",
    "dag": "Menteri Perdagangan", "perin": "Menteri Perindustrian", "esdm": "Menteri Energi dan Sumber Daya Mineral",
    "pora": "Menteri Pemuda dan Olahraga", "parekraf": "Menteri Pariwisata dan Ekonomi Kreatif",
    "par": "Menteri Pariwisata", "kp": "Menteri Kelautan dan Perikanan", "atr": "Menteri Agraria dan Tata Ruang",
    "atrbpn": "Menteri Agraria dan Tata Ruang", "kumham": "Menteri Hukum dan Hak Asasi Manusia",
    "pppa": "Menteri Pemberdayaan Perempuan dan Perlindungan Anak", "kopukm": "Menteri Koperasi dan UKM",
    "kop": "Menteri Koperasi", "bumn": "Menteri BUMN", "han": "Menteri Pertahanan", "lu": "Menteri Luar Negeri",
    "ppn": "Menteri PPN/Kepala Bappenas", "investasi": "Menteri Investasi",
}

# Codes cited by their name alone ("KUHP"), with the type they are (annotators' choice: KUHP is an Undang-Undang).
NAMED_CODES: dict[str, str] = {
    "KUHP": "Undang-Undang", "KUH Pidana": "Undang-Undang", "KUHAP": "Undang-Undang",
    "KUH Perdata": "Undang-Undang", "KUHPerdata": "Undang-Undang", "UU Cipta Kerja": "Undang-Undang",
    "UU ITE": "Undang-Undang", "UU Desa": "Undang-Undang", "UU Pemilu": "Undang-Undang",
    "UU Tipikor": "Undang-Undang", "UU Pers": "Undang-Undang", "UU TPKS": "Undang-Undang",
    "UU Perkawinan": "Undang-Undang", "UU ASN": "Undang-Undang", "UU Otsus": "Undang-Undang",
    "UU Minerba": "Undang-Undang", "UU Kesehatan": "Undang-Undang", "UU Perlindungan Anak": "Undang-Undang",
    "UU Pemerintahan Daerah": "Undang-Undang", "UU Pemda": "Undang-Undang", "UU Sisdiknas": "Undang-Undang",
    "UU Pokok Agraria": "Undang-Undang", "Undang-Undang Pokok Agraria": "Undang-Undang", "UUPA": "Undang-Undang",
    "UUD 1945": "Undang-Undang Dasar", "UUD NRI 1945": "Undang-Undang Dasar",
}

# Words that are drafts, not regulations (ANNOTATION: Raperda and Ranperda are not citations); Aceh's draft qanun is a
# Raqan.
DRAFT_PREFIXES = ("Rancangan", "Raperda", "Ranperda", "RUU", "Raperbup", "Ranperbup", "Raperwali", "Ranpergub",
                  "Rapergub", "Raqan")

# Short forms for the `canonical` citation ("Permensos 10/2019").
CANONICAL_SHORT = {
    "Undang-Undang Dasar": "UUD", "Undang-Undang": "UU", "Peraturan Pemerintah Pengganti Undang-Undang": "Perppu",
    "Peraturan Pemerintah": "PP", "Peraturan Presiden": "Perpres", "Keputusan Presiden": "Keppres",
    "Instruksi Presiden": "Inpres", "Peraturan Menteri": "Permen", "Keputusan Menteri": "Kepmen",
    "Surat Edaran": "SE", "Peraturan Daerah Provinsi": "Perda Provinsi", "Peraturan Daerah Kabupaten/Kota": "Perda",
    "Peraturan Gubernur": "Pergub", "Peraturan Bupati": "Perbup", "Peraturan Wali Kota": "Perwali",
    "Peraturan Desa": "Perdes", "Peraturan Lembaga": "Peraturan", "Keputusan": "Keputusan", "Other": "",
}
