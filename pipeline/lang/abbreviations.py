"""Abbreviations ending in a period that never end a sentence in Indonesian news.

Sources: spaCy's Indonesian tokenizer exceptions, KBBI abbreviations, and forms in regional news
(`Kab.`, `Kec.`, `Jl.`, `No.`, degrees `S.Pd.`, `M.Si.`).
"""
from __future__ import annotations

ABBREVIATIONS = """
Kab. Kec. Kel. Ds. Prov. Jl. Jln. No. Nmr. Hal. Tel. Telp. Hp. RT. RW. Kp. Dsn. Gg.
H. Hj. Dr. Dra. Drs. Ir. Prof. dr. drg. drh. Bpk. Bp. Ibu. Sdr. Sdri. Tn. Ny. KH. Pdt. St. Ust. Capt. Kapt.
S.Pd. S.Sos. S.H. S.E. S.IP. S.Kom. S.T. S.Ag. S.Kep. S.Farm. S.KM. S.IK. M.Si. M.Pd. M.H. M.M. M.AP. M.Kes.
M.Hum. M.T. M.Sc. Ph.D. Lc. SH. SE. MM. MH.
dll. dsb. dst. dkk. spt. yth. tsb. a.n. u.p. s.d. Ka. Wk. Kasubag. Kabag.
Jan. Feb. Mar. Apr. Jun. Jul. Agu. Agt. Sep. Sept. Okt. Nov. Nop. Des.
Rp. Tbk. Ltd. Co. Inc. CV. PT. UD. Kol. Brig. Jend. Let. Pol. Jo. jo. vs. ttd. No.
""".split()

# Of those, the ones that close a phrase (degrees after a name, "dll.", "RT." at a line's end): before a capitalised
# word that is not another degree they end the sentence ("..., M.Si. Dalam sambutannya, ia ...").
CLOSING_ABBREVIATIONS = """
dll. dsb. dst. dkk. tsb. Tbk. Ltd. Co. Inc. RT. RW. Lc. Ph.D.
""".split()

# Nouns counted by a letter or Roman numeral (`ruang kelas V`, `blok C`, `lantai II`): after them a single capital
# and a full stop is that letter, not a name's initial, so it can end a sentence ("... di ruang kelas V. Rangka ...").
LETTERED_NOUNS = {"kelas", "ruang", "blok", "lantai", "tahap", "golongan", "zona", "sektor", "jilid", "bab", "tipe",
                  "gelombang", "regu", "gedung", "paket", "kategori", "angkatan", "seri", "pasal", "ayat", "letter"}

# Words that open a sentence and never a name: after a single capital and a full stop they show the letter ended the
# sentence ("… Paya Udang dan Sungai Kuruk I. Menurutnya, …"), where an initial is followed by the rest of a name.
SENTENCE_OPENERS = {"Dalam", "Menurut", "Menurutnya", "Namun", "Sementara", "Selain", "Sebelumnya", "Kemudian", "Hal",
                    "Ia", "Dia", "Mereka", "Kami", "Saat", "Pada", "Di", "Ke", "Dari", "Untuk", "Jika", "Kalau",
                    "Setelah", "Sejak", "Hingga", "Adapun", "Terkait", "Sedangkan", "Bahkan", "Karena", "Oleh",
                    "Meski", "Meskipun", "Akibatnya", "Selanjutnya", "Sebelum", "Tahun", "Hari", "Sebanyak"}
