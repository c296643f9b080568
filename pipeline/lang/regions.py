"""Indonesian administrative regions (Kemendagri codes) and the short names news uses for them.

Sources: corpus/wilayah (idn-area-data 4.0.1, ODbL 1.0, Kepmendagri 300.2.2-2138/2025) for names and codes;
province abbreviations (Sulut, Sulsel, NTT ...) as written by regional outlets.
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from pipeline.paths import CORPUS

# Abbreviations of provinces in common use; the value is the official name in provinces.csv.
PROVINCE_ALIASES = {
    "Aceh": "Aceh", "Sumut": "Sumatera Utara", "Sumbar": "Sumatera Barat", "Sumsel": "Sumatera Selatan",
    "Kepri": "Kepulauan Riau", "Babel": "Kepulauan Bangka Belitung", "DKI": "Daerah Khusus Ibukota Jakarta",
    "DKI Jakarta": "Daerah Khusus Ibukota Jakarta", "Jakarta": "Daerah Khusus Ibukota Jakarta",
    "Daerah Khusus Jakarta": "Daerah Khusus Ibukota Jakarta",
    "Jabar": "Jawa Barat", "Jateng": "Jawa Tengah", "Jatim": "Jawa Timur",
    "DIY": "Daerah Istimewa Yogyakarta", "Yogyakarta": "Daerah Istimewa Yogyakarta",
    "NTB": "Nusa Tenggara Barat", "NTT": "Nusa Tenggara Timur", "Kalbar": "Kalimantan Barat",
    "Kalteng": "Kalimantan Tengah", "Kalsel": "Kalimantan Selatan", "Kaltim": "Kalimantan Timur",
    "Kaltara": "Kalimantan Utara", "Sulut": "Sulawesi Utara", "Sulteng": "Sulawesi Tengah",
    "Sulsel": "Sulawesi Selatan", "Sultra": "Sulawesi Tenggara", "Sulbar": "Sulawesi Barat",
    "Malut": "Maluku Utara", "Pabar": "Papua Barat", "PBD": "Papua Barat Daya", "Papteng": "Papua Tengah",
}

# Short names of regencies used in police/government titles ("Polres Halbar", "Kejari Malteng").
REGENCY_ALIASES = {
    "Halbar": "Kabupaten Halmahera Barat", "Halut": "Kabupaten Halmahera Utara",
    "Halteng": "Kabupaten Halmahera Tengah", "Halsel": "Kabupaten Halmahera Selatan",
    "Haltim": "Kabupaten Halmahera Timur", "Malteng": "Kabupaten Maluku Tengah",
    "Malra": "Kabupaten Maluku Tenggara", "MBD": "Kabupaten Maluku Barat Daya", "SBB": "Kabupaten Seram Bagian Barat",
    "SBT": "Kabupaten Seram Bagian Timur", "Bolmong": "Kabupaten Bolaang Mongondow", "Minut": "Kabupaten Minahasa Utara",
    "Minsel": "Kabupaten Minahasa Selatan", "Mitra": "Kabupaten Minahasa Tenggara", "Kukar": "Kabupaten Kutai Kartanegara",
    "Kutim": "Kabupaten Kutai Timur", "Kubar": "Kabupaten Kutai Barat", "Kobar": "Kabupaten Kotawaringin Barat",
    "Kotim": "Kabupaten Kotawaringin Timur", "Pohuwato": "Kabupaten Pohuwato", "Bonebol": "Kabupaten Bone Bolango",
    "Gorut": "Kabupaten Gorontalo Utara", "Jaksel": "Kota Administrasi Jakarta Selatan",
    "Jaktim": "Kota Administrasi Jakarta Timur", "Jakbar": "Kota Administrasi Jakarta Barat",
    "Jakut": "Kota Administrasi Jakarta Utara", "Jakpus": "Kota Administrasi Jakarta Pusat",
    "Solo": "Kota Surakarta", "Jogja": "Kota Yogyakarta", "Yogya": "Kota Yogyakarta", "Jogjakarta": "Kota Yogyakarta",
    # cities whose one-word official name the press writes in two ("Wali Kota Palangka Raya"); not those whose parts are
    # common words or name parts ("Banjar Baru", "Tanjung Balai", "Pare Pare": every word of an alias becomes a region word)
    "Palangka Raya": "Kota Palangkaraya", "Pematang Siantar": "Kota Pematangsiantar",
    "Padang Sidempuan": "Kota Padangsidimpuan", "Padangsidempuan": "Kota Padangsidimpuan",
    # Abbreviations the regional press writes for regencies ("Bupati Konsel", "Kapolres Parimo")
    # Sulawesi Tenggara
    "Konsel": "Kabupaten Konawe Selatan", "Konut": "Kabupaten Konawe Utara", "Konkep": "Kabupaten Konawe Kepulauan",
    "Koltim": "Kabupaten Kolaka Timur", "Kolut": "Kabupaten Kolaka Utara", "Buteng": "Kabupaten Buton Tengah",
    "Busel": "Kabupaten Buton Selatan", "Butur": "Kabupaten Buton Utara", "Mubar": "Kabupaten Muna Barat",
    # Sulawesi Selatan / Barat
    "Sidrap": "Kabupaten Sidenreng Rappang", "Pangkep": "Kabupaten Pangkajene dan Kepulauan",
    "Lutim": "Kabupaten Luwu Timur", "Lutra": "Kabupaten Luwu Utara", "Torut": "Kabupaten Toraja Utara",
    "Tator": "Kabupaten Tana Toraja", "Selayar": "Kabupaten Kepulauan Selayar", "Polman": "Kabupaten Polewali Mandar",
    "Mateng": "Kabupaten Mamuju Tengah",
    # Sulawesi Tengah / Utara
    "Parimo": "Kabupaten Parigi Moutong", "Morut": "Kabupaten Morowali Utara", "Touna": "Kabupaten Tojo Una Una",
    "Bangkep": "Kabupaten Banggai Kepulauan", "Balut": "Kabupaten Banggai Laut",
    "Bolmut": "Kabupaten Bolaang Mongondow Utara", "Bolsel": "Kabupaten Bolaang Mongondow Selatan",
    "Boltim": "Kabupaten Bolaang Mongondow Timur", "Sitaro": "Kabupaten Kepulauan Siau Tagulandang Biaro",
    # Kalimantan
    "HSS": "Kabupaten Hulu Sungai Selatan", "HST": "Kabupaten Hulu Sungai Tengah",
    "HSU": "Kabupaten Hulu Sungai Utara", "Tala": "Kabupaten Tanah Laut", "Tanbu": "Kabupaten Tanah Bumbu",
    "Barsel": "Kabupaten Barito Selatan", "Bartim": "Kabupaten Barito Timur", "Barut": "Kabupaten Barito Utara",
    "PPU": "Kabupaten Penajam Paser Utara", "Mahulu": "Kabupaten Mahakam Ulu", "KKU": "Kabupaten Kayong Utara",
    # Sumatra
    "Tapteng": "Kabupaten Tapanuli Tengah", "Taput": "Kabupaten Tapanuli Utara",
    "Tapsel": "Kabupaten Tapanuli Selatan",
    "Labura": "Kabupaten Labuhanbatu Utara", "Labusel": "Kabupaten Labuhanbatu Selatan",
    "Humbahas": "Kabupaten Humbang Hasundutan", "Sergai": "Kabupaten Serdang Bedagai",
    "Paluta": "Kabupaten Padang Lawas Utara", "Pessel": "Kabupaten Pesisir Selatan",
    "Pasbar": "Kabupaten Pasaman Barat", "Solsel": "Kabupaten Solok Selatan", "Inhu": "Kabupaten Indragiri Hulu",
    "Inhil": "Kabupaten Indragiri Hilir", "Kuansing": "Kabupaten Kuantan Singingi", "Rohil": "Kabupaten Rokan Hilir",
    "Rohul": "Kabupaten Rokan Hulu", "Tanjabbar": "Kabupaten Tanjung Jabung Barat",
    "Tanjabtim": "Kabupaten Tanjung Jabung Timur", "Tanjab Barat": "Kabupaten Tanjung Jabung Barat",
    "Tanjab Timur": "Kabupaten Tanjung Jabung Timur", "OKI": "Kabupaten Ogan Komering Ilir",
    "OKU": "Kabupaten Ogan Komering Ulu", "Muba": "Kabupaten Musi Banyuasin",
    "Muratara": "Kabupaten Musi Rawas Utara", "PALI": "Kabupaten Penukal Abab Lematang Ilir",
    "Lamsel": "Kabupaten Lampung Selatan", "Lamteng": "Kabupaten Lampung Tengah", "Lamtim": "Kabupaten Lampung Timur",
    "Lampura": "Kabupaten Lampung Utara", "Lambar": "Kabupaten Lampung Barat",
    "Tubaba": "Kabupaten Tulang Bawang Barat", "Abdya": "Kabupaten Aceh Barat Daya",
    "Agara": "Kabupaten Aceh Tenggara", "Pijay": "Kabupaten Pidie Jaya", "Bateng": "Kabupaten Bangka Tengah",
    "Basel": "Kabupaten Bangka Selatan", "Beltim": "Kabupaten Belitung Timur",
    # Java, Nusa Tenggara, Maluku, Papua
    "KBB": "Kabupaten Bandung Barat", "Lobar": "Kabupaten Lombok Barat", "Loteng": "Kabupaten Lombok Tengah",
    "Lotim": "Kabupaten Lombok Timur", "KLU": "Kabupaten Lombok Utara", "KSB": "Kabupaten Sumbawa Barat",
    "TTS": "Kabupaten Timor Tengah Selatan", "TTU": "Kabupaten Timor Tengah Utara",
    "Mabar": "Kabupaten Manggarai Barat", "Matim": "Kabupaten Manggarai Timur", "SBD": "Kabupaten Sumba Barat Daya",
    "Flotim": "Kabupaten Flores Timur", "Bursel": "Kabupaten Buru Selatan", "Pegubin": "Kabupaten Pegunungan Bintang",
}

# Compass words of region names (Halmahera Barat, Sulawesi Tenggara); never part of a person's name.
COMPASS_WORDS = {"utara", "selatan", "barat", "timur", "tengah", "tenggara", "kepulauan"}

# Level words below a regency, with their regional names: districts (Distrik in Papua, Kapanewon and Kemantren in
# Yogyakarta, Mukim in Aceh), villages (Kalurahan in Yogyakarta, Nagari, Gampong, Negeri, Lembang, Kampung, Pekon in
# Lampung, Tiyuh in Tulang Bawang Barat, Kepenghuluan in Rokan Hilir, Ohoi in the Kei islands) and hamlets
# (Padukuhan). Not Bali's "Banjar", which is also a regency's name.
DISTRICT_LEVELS = ("Kecamatan", "Distrik", "Kapanewon", "Kemantren", "Mukim")
VILLAGE_LEVELS = ("Kelurahan", "Kalurahan", "Desa", "Kampung", "Negeri", "Nagari", "Gampong", "Lembang", "Dusun", "Padukuhan",
                  "Pekon", "Ohoi", "Tiyuh", "Kepenghuluan")
LOCAL_LEVELS = DISTRICT_LEVELS + VILLAGE_LEVELS
REGION_PREFIXES = ("Provinsi", "Kabupaten", "Kota") + LOCAL_LEVELS


@dataclass(frozen=True)
class Region:
    """One administrative region: `Region("75.02", "Kabupaten Boalemo", "kabupaten")`."""

    code: str
    name: str
    level: str  # provinsi | kabupaten | kota | kecamatan | desa
    parent: str | None = None  # parent code


def _read(name: str) -> list[dict[str, str]]:
    with open(CORPUS / "wilayah" / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _unquoted(name: str) -> str:
    """A name folded without its apostrophes: news writes "Pa'jukukang" for Kecamatan Pajukukang."""
    return name.casefold().replace("'", "").replace("’", "")


@functools.cache
def gazetteer() -> "Gazetteer":
    """The region tables, read once per process from corpus/wilayah."""
    return Gazetteer()


class Gazetteer:
    """Look-ups from written region names to official regions."""

    def __init__(self) -> None:
        self.by_code: dict[str, Region] = {}
        self.provinces: dict[str, Region] = {}
        self.regencies: dict[str, Region] = {}  # "Kabupaten Boalemo" -> Region
        self.regency_bare: dict[str, list[Region]] = {}  # "boalemo" -> [Kabupaten Boalemo]
        self.regency_joined: dict[str, list[Region]] = {}  # "pangkalpinang" -> [Kota Pangkal Pinang], written as one
        self.regency_acronyms: dict[str, list[Region]] = {}  # "PALI" -> [...]: capitals only, "Pali" is a name
        self.districts: dict[str, list[Region]] = {}  # "tilamuta" -> [...]
        for row in _read("provinces.csv"):
            region = Region(row["code"], "Provinsi " + row["name"].strip(), "provinsi")
            self.by_code[region.code] = region
            self.provinces[row["name"].strip().casefold()] = region
        for alias, official in PROVINCE_ALIASES.items():
            if official.casefold() in self.provinces:
                self.provinces.setdefault(alias.casefold(), self.provinces[official.casefold()])
        for row in _read("regencies.csv"):
            name = " ".join(row["name"].split())
            level = "kota" if name.startswith("Kota") else "kabupaten"
            region = Region(row["code"], name, level, row["province_code"])
            self.by_code[region.code] = region
            self.regencies[name.casefold()] = region
            bare = name.split(" ", 2)[-1] if name.startswith(("Kabupaten Administrasi", "Kota Administrasi")) \
                else name.split(" ", 1)[1]
            self.regency_bare.setdefault(bare.casefold(), []).append(region)
            joined = re.sub(r"[\s-]+", "", bare.casefold())
            if joined != bare.casefold():  # "Pangkalpinang" for Kota Pangkal Pinang, "Baubau" for Kota Bau-Bau
                self.regency_joined.setdefault(joined, []).append(region)
        for alias, official in REGENCY_ALIASES.items():
            if official.casefold() in self.regencies:
                table, key = (self.regency_acronyms, alias) if alias.isupper() else (self.regency_bare, alias.casefold())
                table.setdefault(key, []).append(self.regencies[official.casefold()])
        for row in _read("districts.csv"):
            region = Region(row["code"], " ".join(row["name"].split()), "kecamatan", row["regency_code"])
            self.districts.setdefault(region.name.casefold(), []).append(region)

    def province(self, name: str) -> Region | None:
        """`Sulawesi Utara`, `Sulut`, `Provinsi Jambi` -> the province."""
        key = name.casefold().removeprefix("provinsi ").strip()
        return self.provinces.get(key)

    def regency(self, name: str, level: str | None = None) -> Region | None:
        """`Boalemo`, `Kabupaten Boalemo`, `Kab. Boalemo`, `Halbar` -> the regency/city; level picks Kota or Kabupaten."""
        key = name.casefold().replace("kab.", "kabupaten").strip()
        if key in self.regencies:
            return self.regencies[key]
        for prefix in ("kabupaten ", "kota "):
            if key.startswith(prefix):
                level, key = prefix.strip(), key[len(prefix):]
        # "Kota Palangka Raya" written apart for Kota Palangkaraya; only after its level word (Karang Anyar, a
        # kelurahan, is not Kabupaten Karanganyar)
        joined = re.sub(r"[\s-]+", "", key) if name.casefold().startswith(("kota ", "kabupaten ", "kab.")) else key
        # (and "Tojo Una-Una" with its hyphen for the gazetteer's "Tojo Una Una")
        candidates = self.regency_bare.get(key) or self.regency_joined.get(key) or \
            self.regency_bare.get(joined) or self.regency_joined.get(joined) or \
            self.regency_bare.get(key.replace("-", " ")) or \
            self.regency_acronyms.get(name.split()[-1] if name.split() else "", [])
        if level:
            candidates = [r for r in candidates if r.level == level] or candidates
        if len(candidates) == 1 or (candidates and level):
            return candidates[0]
        if candidates:  # Kabupaten X and Kota X both exist: news means the regency unless it says Kota
            return next((r for r in candidates if r.level == "kabupaten"), candidates[0])
        return None

    def region(self, name: str, level: str | None = None) -> Region | None:
        """Any level by written name, most specific reading last: a regency, else a province."""
        if level == "provinsi":
            return self.province(name)
        return self.regency(name, level) or (self.province(name) if level in (None, "provinsi") else None)

    @functools.cached_property
    def villages(self) -> dict[str, list[Region]]:
        """Villages (desa/kelurahan) by folded name, read on first use (83k rows, ~0.3 s)."""
        found: dict[str, list[Region]] = {}
        for row in _read("villages.csv"):
            region = Region(row["code"], " ".join(row["name"].split()), "desa", row["district_code"])
            found.setdefault(region.name.casefold(), []).append(region)
        return found

    def resolve(self, written: str, within: str | None = None) -> Region | None:
        """A region by its written name with its level word: `Kabupaten Boalemo`, `Kota Batam`, `Provinsi Jambi`,
        `Kecamatan Tilamuta`, `Desa Bulota`, `Sulut`. District and village names repeat across the country, so
        they resolve only when one is meant: unique, or unique inside the region whose code is `within`.
        """
        words = written.replace("Kab.", "Kabupaten").replace("Kec.", "Kecamatan").replace("Kel.", "Kelurahan").split()
        if not words:
            return None
        kind, rest = (words[0], " ".join(words[1:])) if words[0] in REGION_PREFIXES else (None, " ".join(words))
        if kind == "Provinsi":
            return self.province(rest)
        if kind in ("Kabupaten", "Kota"):
            return self.regency(rest.removeprefix("Administrasi "), kind.lower())
        if kind is None:
            return self.province(rest) or self.regency(rest)
        if kind in ("Kecamatan", "Distrik"):
            candidates = self.districts.get(rest.casefold()) or self.districts.get(_unquoted(rest), [])
        elif kind in ("Desa", "Kelurahan", "Kampung", "Negeri", "Nagari", "Gampong", "Pekon"):
            candidates = self.villages.get(rest.casefold()) or self.villages.get(_unquoted(rest), [])
        else:
            return None
        if within:
            candidates = [r for r in candidates if r.code.startswith(within + ".")]
        return candidates[0] if len(candidates) == 1 else None

    def code(self, written: str | None, within: str | None = None) -> str | None:
        """The official code of a written region (see `resolve`), or None: `Kabupaten Boalemo` -> `75.02`."""
        region = self.resolve(written, within) if written else None
        return region.code if region else None

    def dateline_regency(self, place: str | None) -> Region | None:
        """The regency or city a dateline's place names, when only one is meant: `GOWA` -> Kabupaten Gowa, `SENTANI
        (JAYAPURA)` -> Kabupaten Jayapura (the regency Sentani lies in). `KUPANG` names both Kota and Kabupaten
        Kupang, and `Jambi` a city and a province: None."""
        if not place:
            return None
        for part in re.findall(r"[^()]+", place):
            key = " ".join(part.split()).casefold()
            if not key or key in self.provinces:
                continue
            joined = re.sub(r"[\s-]+", "", key)  # "PALANGKA RAYA" for Kota Palangkaraya
            regencies = self.regency_bare.get(key, []) + self.regency_joined.get(key, []) or \
                self.regency_bare.get(joined, []) + self.regency_joined.get(joined, [])
            if len(regencies) == 1:
                return regencies[0]
            if regencies:
                return None
            parents = {r.parent for r in self.districts.get(key, [])}
            if len(parents) == 1:
                return self.by_code.get(parents.pop())
        return None

    def is_local_place(self, name: str) -> bool:
        """True when a name is a district or village somewhere (`Matangkuli`, `Kemiren`, `Sungai Tabuk`)."""
        key, bare = name.casefold(), _unquoted(name)
        return key in self.districts or key in self.villages or bare in self.districts or bare in self.villages

    def is_region_name(self, word: str) -> bool:
        """True when a word alone names a province or regency (`Boalemo`, `Sulut`), or is a compass word of one
        (`Utara`, `Barat`); `Tanjung` of Tanjung Jabung is not, and stays available as a surname."""
        key = word.casefold()
        return key in self.provinces or key in self.regency_bare or key in self.regency_joined or \
            key in COMPASS_WORDS or word in self.regency_acronyms

    def is_region_word(self, word: str) -> bool:
        """True when a capitalised word is (part of) a province or regency name: `Boalemo`, `Sulut`, `Utara`."""
        return word.casefold() in self._region_words or word in self.regency_acronyms

    @functools.cached_property
    def _region_words(self) -> set[str]:
        words: set[str] = set()
        for key in list(self.provinces) + list(self.regency_bare) + list(self.regency_joined):
            words.update(key.split())
        return words
