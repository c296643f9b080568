"""Calendar dates: `Jumat (23/02/2024)`, `Senin (24/9/18)`, `27 Januari 2026`, `kemarin`, `Februari 2024`.

Found with our own patterns (dateparser's search reads `10 Tahun 2019` as a date); regulation spans are masked
by the caller so `Nomor 10 Tahun 2019` is never a date.
"""
from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.results import DateMention
from pipeline.lang.calendar import (DAYS, HOLY_DAYS, MONTHS, NOT_A_DAY_BEFORE, RELATIVE_DAYS, WEEKLY_PROGRAMMES,
                                   YEAR_NAME_WORDS)
from pipeline.lang.places import FACILITY_HEADS
from pipeline.lang.speech_verbs import SPEECH_FORMS

_DAY = r"(?:" + "|".join(sorted((re.escape(d) for d in DAYS), key=len, reverse=True)) + r")"
# A month's name, or its abbreviation with an optional dot ("Des."); a full name's dot ends the sentence.
_FULL_MONTHS = {m for m in MONTHS if len(m) >= 5 or m in ("mei", "juni", "juli")}
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?:(?:" + "|".join(
    r"(?<=" + m + r")" for m in sorted(MONTHS) if m not in _FULL_MONTHS) + r")\.)?"
_YEAR = r"(?:19|20)\d{2}"
# Most patterns below are written in lower case and matched against the lower-cased text (`_lower`); spans index
# the original text, from which every DateMention's `text` is taken.

# Weekday, then the date in brackets or after a comma: `Jumat (23/02/2024)`, `Rabu, (15/3/2023)`, `Senin (4/11)`;
# two weekdays before two days (`Selasa dan Rabu, 17-18 Maret`): the first is the first day's.
# (with the time of day and "pekan lalu" between the weekday and its date: "Selasa malam pekan lalu (14/10)")
_DAY_TAIL = r"(?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?(?:\s+(?:pekan|minggu)\s+lalu|\s+lalu)?"
DAY_PREFIX = (r"(?:(?:(?P<first>" + _DAY + r")\s*(?:-|–|dan|hingga|sampai)\s*)?(?P<weekday>" + _DAY +
              r")" + _DAY_TAIL + r"\s*,?\s*(?:\(\s*)?)?")
# `23/02/2024`, `24/9/18`, `4/11`, `23-02-2024`, `23.02.2024`: day first, one separator ("11-12/10" is two days).
NUMERIC = re.compile(
    r"(?<![\w/.])" + DAY_PREFIX + r"(?P<d>[0-3]?\d)(?P<sep>[/\-.])(?P<m>[01]?\d)(?:(?P=sep)(?P<y>(?:19|20)?\d{2}))?(?![\w/]|[.]\d)"
    r"(?(weekday)(?:\s*\))?)")
# `Sabtu-Minggu (10-11/2/2024)`, `10-11/2/2024`, `Sabtu-Minggu (11-12/10)`, `Senin hingga Selasa (9-10/2)`: two days of
# one month, written day first; without a year only after the two weekdays ("11-12/10" alone may be a score).
NUMERIC_RANGE = re.compile(r"(?<![\w/.])(?:(?P<days>" + _DAY + r"\s*(?:[-–]|hingga|sampai|dan)\s*" + _DAY + r")\s*,?\s*\(\s*)?"
                           r"(?P<d>[0-3]?\d)\s*[-–]\s*"
                           r"(?P<d2>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?P<y>(?:19|20)?\d{2})|(?(days)|(?!)))(?![\w/])\)?")
# `Senin 9 Mei 2022`, `Rabu, 15 Oktober 2025`, `18 - 19 Juni 2021`, `12 dan 13 Februari`, `18 atau 19 Februari`, `(04 Mei 2023)`,
# `3 Agustus kemarin`.
WRITTEN = re.compile(
    r"(?<!\w)(?<![Hh][-+–])" + DAY_PREFIX + r"(?:tanggal\s+|tgl\.?\s+)?(?P<d>[0-3]?\d)"  # (not "H-3 atau 17 Maret")
    r"(?:(?:\s*(?:-|–|s\.?d\.?|hingga|sampai(?:\s+dengan)?)\s*|\s+(?:dan|atau)\s+)(?P<d2>[0-3]?\d))?\s+"
    r"(?P<mon>" + _MONTH + r")(?:\s+(?P<y>" + _YEAR + r"))?(?!\w)(?(weekday)(?:\s*\))?)")
# A facility's head right before a day and month: the date is the place's name.
NAMED_AFTER_A_DATE = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in FACILITY_HEADS if h[:1].isupper()) + r")\s+$")
# `Februari 2024`, `akhir November 2023`: a month.
MONTH_YEAR = re.compile(r"(?<![\w\d])(?P<mon>" + _MONTH + r")\s+(?P<y>" + _YEAR + r")(?!\w)")
# `tahun 2023`, `pada 2021`: a year standing alone as the date of an event.
YEAR = re.compile(r"(?<!\w)(?:(?:[Tt]ahun|[Pp]ada|[Ss]ejak|[Hh]ingga|[Ss]ampai|[Dd]i|[Ss]epanjang|[Ss]elama|[Dd]ibanding(?:kan)?|[Uu]ntuk|"
                  r"[Aa]wal|[Aa]khir|[Pp]ertengahan|[Mm]enjelang|[Jj]elang|[Kk]ejadian|[Pp]eristiwa|[Ss]eperti|[Ii]ngat|"
                  r"[Ww]aktu|[Kk]emarau(?:\s+panjang)?|[Bb]anjir(?:\s+(?:besar|bandang))?|[Gg]empa(?:\s+bumi)?|[Tt]sunami|[Ee]rupsi)\s+)(?P<y>" +
                  _YEAR + r")(?![\w/-])")  # "kejadian 2015 dan 2019": the years of the events; "terulang seperti 2023",
# "masih ingat 2015", "berulang sejak kemarau panjang 2019", "banjir besar 2021": a dated event; "Waktu 2019 air …"
# A year after these words dates what began or ends then, whatever name comes before ("musrenbang sejak 2023").
SINCE_OR_UNTIL = re.compile(r"(?i:sejak|hingga|sampai)\s")
# More years after one (`pada 2022 dan 2023`, `tahun 2019, 2021, dan 2023`).
MORE_YEARS = re.compile(r"(?:\s*,\s*(?=(?:19|20)\d\d\s*(?:,|dan\s|serta\s))|\s*,?\s+(?:dan|serta)\s+)(?P<y>" + _YEAR +
                        r")(?![\w/-])")
# A month or year named relative to publication: `Februari lalu`, `tahun lalu`, `bulan depan`.
MONTH_RELATIVE = re.compile(r"(?<!\w)(?P<mon>" + _MONTH + r")\s+(?P<rel>lalu|kemarin|mendatang|depan|nanti|ini)(?!\w)")
# A month without a year after a time word (`sejak Januari`, `pada November`, `akhir Juli`): the publication year,
# or the year before for a later month that is past (`sejak November` in March).
MONTH_BARE = re.compile(r"(?<!\w)(?P<cue>sejak|pada|untuk|akhir|awal|pertengahan|bulan|hingga|sampai|per|mulai|selama|sepanjang|medio|"
                        r"menjelang|jelang|sebelum|setelah|sesudah|usai|dibanding|dibandingkan|ketimbang|rampung|selesai|tuntas|datang|dimulai|berakhir|"
                        r"targetkan|ditargetkan|jadwalkan|dijadwalkan|memasuki|masuk|sudah|yakni|yaitu|terjadi|turun|"  # "tahap kedua kami targetkan Maret",
                        # "Sekarang sudah Januari", "memasuki Desember", "tiga bulan, yakni Oktober, November dan Desember",
                        # "puncak kemarau diperkirakan terjadi Agustus", "hujan mungkin baru turun November",
                        # "pekan kedua dan ketiga Maret", BMKG's ten-day "dasarian kedua Oktober"
                        r"panen|(?:pekan|minggu|dasarian)\s+(?:pertama|kedua|ketiga|keempat|terakhir)(?:\s+(?:dan|hingga|sampai)\s+(?:kedua|ketiga|"
                        r"keempat|terakhir))?|paling\s+lambat|selambat-lambatnya)"
                        r"\s+(?:bulan\s+)?(?P<mon>" + _MONTH + r")(?!\s*\d)(?!\w)"
                        r"(?:(?<!\.)\s+tahun\s+(?P<rel>lalu|kemarin|depan|mendatang|ini))?")  # "sejak Desember tahun lalu"
MONTH_OF_RELATIVE_YEAR = re.compile(r"(?<!\w)(?P<mon>" + _MONTH + r")\s+tahun\s+(?P<rel>ini|lalu|kemarin|depan|mendatang)(?!\w)")
# What makes a bare month that is earlier in the year than publication the next year's: `akan dimulai Maret`, `bisa
# panen Februari` (written in November); not what was planned before (`sebelumnya dijadwalkan berakhir pada akhir Januari`,
# `molor dari jadwal awal yang direncanakan pada Januari`).
FUTURE_MONTH_BEFORE = re.compile(r"\b(?<!sebelumnya\s)(?<!semula\s)(?<!awalnya\s)(?<!awal\syang\s)(?:akan|bakal|nanti|ditargetkan|targetkan|dijadwalkan|jadwalkan|direncanakan|rencananya|diperkirakan|"
                                 r"diprediksi|bisa|dapat|segera|cukup|mencukupi|aman|tersedia)\b[^.;\n]{0,50}$")  # "stok … cukup hingga Maret",
# "Stok secara umum masih aman sampai Januari" (in December)
MONTH_BEFORE = re.compile(r"(?<!\w)" + _MONTH + r"\s+$")
FIRST_OF_MONTHS = re.compile(r"(?<!\w)(?P<mon>" + _MONTH + r")\s+(?:bulan\s+)?$")  # "Januari hingga Maret"
# A day counted from the last date the article gave: `Sehari sebelumnya, petugas …`, `dua hari kemudian`.
# (opening its sentence: "paling lambat sehari sebelumnya" is a rule, no day)
DAYS_FROM_LAST = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<n>sehari|dua\s+hari|tiga\s+hari)\s+"
                            r"(?P<way>sebelumnya|kemudian|setelahnya)(?!\w)")
# The end, start or middle of the month of publication (`Kalau cuaca buruk ini berlanjut sampai akhir bulan, …`).
PART_OF_THIS_MONTH = re.compile(r"(?<!\w)(?:akhir|awal|pertengahan)\s+bulan(?=\s*[,.;”\"]|\s+(?:dan|atau|ini)\b)")
PAST_MARK = re.compile(r"\b(?:sudah|telah|seharusnya|semestinya)\b")  # "seharusnya sudah bisa … sejak Januari"
_WEEKDAY_OPENS = re.compile(_DAY + r"\b")  # a date written with its weekday ("Senin (6/10)"): an event's own day
YEAR_BEFORE_THAT = re.compile(r"\btahun\s+sebelumnya\b")  # the year before the one just given
LAST_YEAR_BEFORE = re.compile(r"(?<!dibanding\s)(?<!dibandingkan\s)(?<!ketimbang\s)(?<!daripada\s)\btahun\s+lalu\b"
                              r"(?:(?!\b(?:sekarang|kini|tahun\s+ini)\b)[^.;\n]){0,60}$")  # (not a comparison: "lebih
# panjang dibanding tahun lalu karena … Mei"; nor past "sekarang": "Tahun lalu air naik bulan Juli, sekarang baru awal Juni")
# Next year named before an earlier month (`Tahun depan tidak boleh terulang, lelang harus dimulai Januari`, in November).
NEXT_YEAR_BEFORE = re.compile(r"\btahun\s+(?:depan|mendatang)\b[^.;\n]{0,60}$")
# A year, then what happened in it (`seperti 2023, ketika lelang baru bisa jalan bulan Maret`): the month is that year's.
YEAR_THEN_WHEN = re.compile(r"(?<![\w/-])(?P<y>" + _YEAR + r"),?\s+(?:ketika|saat|waktu|kala)\b[^.;\n“”\"]{0,60}$")
# A day of a month named relative to publication: `tanggal 14 bulan ini`, `tgl 5 bulan depan`.
DAY_OF_RELATIVE_MONTH = re.compile(r"(?<!\w)(?:tanggal|tgl\.?)\s+(?P<d>[0-3]?\d)\s+bulan\s+"
                                   r"(?P<rel>ini|lalu|kemarin|depan|mendatang)(?!\w)")
PERIOD_RELATIVE = re.compile(r"(?<!\w)(?P<unit>tahun|bulan)\s+(?P<rel>lalu|kemarin|depan|mendatang|ini)(?!\s+\d)(?!\w)")
# Weekdays that name a habit, not a day: `setiap Senin`, `pada Sabtu dan Minggu`, `Senin hingga Jumat`.
HABITUAL_BEFORE = re.compile(r"(?:(?:setiap|tiap|saban|tiap-tiap|termasuk)\s+(?:pada\s+)?(?:hari\s+)?|\b(?:" + "|".join(NOT_A_DAY_BEFORE) + r")\s+)$",
                             re.IGNORECASE)
# "gerakan Jumat bersih", "Jumat Agung"
PROGRAMME_AFTER = re.compile(r"\s+(?:" + "|".join(WEEKLY_PROGRAMMES + HOLY_DAYS) + r")\b", re.IGNORECASE)
_PAIR = r"\s*(?:dan|hingga|sampai|s\.?d\.?|-|–|atau)\s*"
PAIR_AFTER = re.compile(_PAIR + _DAY)
PAIR_BEFORE = re.compile(_DAY + _PAIR + r"$")
THIS_YEAR = re.compile(r"(?<!\w)tahun ini(?!\w)")
# A bare weekday (`Jumat.`, `pada Senin lalu`): a date only when the publication date fixes it.
WEEKDAY = re.compile(r"(?<!\w)(?P<weekday>" + _DAY + r")(?:(?P<last>\s+(?:lalu|kemarin|pekan\s+lalu|minggu\s+lalu))|"
                     r"(?P<next>\s+(?:depan|mendatang|nanti|besok|pekan\s+depan|minggu\s+depan))|(?P<this>\s+(?:pekan\s+|minggu\s+)?ini))?(?![\w(])"
                     r"(?!" + _DAY_TAIL + r"\s*[,(]?\s*\(?\d)"  # "Sabtu ini": in the week of publication
                     r"(?!(?<=inggu)\s+(?:pertama|kedua|ketiga|keempat|terakhir)\b)")  # "Minggu pertama": a week
# Before a bare weekday, what shows it is still to come: `besok, Kamis`, `akan digelar Kamis`.
FUTURE_BEFORE = re.compile(r"(?:\b(?:besok|esok|lusa)\s*,?\s*(?:hari\s+)?|\b(?:paling\s+lambat|selambat-lambatnya)\s+"
                           r"(?:hari\s+)?|\bakan\b[^.;\n]{0,40}?)$", re.IGNORECASE)
# `tiga hari lalu`, `2 hari yang lalu`, `dua hari kemudian` is not fixed by the publication date.
DAYS_AGO = re.compile(r"(?<!\w)(?:(?P<unit>hari)|(?P<weeks>pekan|minggu))\s+(?:yang\s+)?lalu(?!\w)"
                      r"(?(weeks)(?=\s*[.,;)]|\s*$|\s+(?:dan|saat|ketika|di|ke|pada|untuk|oleh)\b))")  # found first:
# cheaper than the count. "dua pekan lalu" is fourteen days before publication; "ramai satu pekan lalu sepi" is
# "then", so weeks end the clause
COUNT_BEFORE = re.compile(r"(?<!\w)(?P<n>\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+$",
                          re.IGNORECASE)
# ... or a count without a number: "beberapa tahun lalu" (a few years ago), "puluhan tahun lalu".
VAGUE_COUNT_BEFORE = re.compile(r"(?<!\w)(?:beberapa|sekian|belasan|puluhan|ratusan)\s+$", re.IGNORECASE)
NUMBER_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                "sembilan": 9, "sepuluh": 10}
RELATIVE = re.compile(r"(?<!\w)(?P<rel>" + "|".join(sorted(RELATIVE_DAYS, key=len, reverse=True)) + r")(?!\w)")
NAMED_YEAR = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in YEAR_NAME_WORDS) + r")\)?\s*(?:[Tt]ahun\s*)?$", re.IGNORECASE)
# `Januari hingga November 2025`, `Juli dan Agustus 2026`: the first month takes the second's year (the year before
# when it comes later).
MONTH_RANGE = re.compile(r"(?<!\w)(?P<mon>" + _MONTH + r")(?:\s+(?:hingga|sampai|s\.?d\.?|-|–|dan|serta|atau)\s+|\s*[-–]\s*)(?:(?:awal|pertengahan|akhir)\s+)?"
                         r"(?P<mon2>" + _MONTH + r")\s+(?P<y>" + _YEAR + r")(?!\w)")  # "Januari hingga pertengahan Februari 2025"
PAIRED_MONTH = re.compile(r"(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta|atau|hingga|sampai)\s+)(?P<mon>" + _MONTH +
                          r")(?!\s*\d)(?!\w)")  # ("pada Desember hingga Januari": the range's end too)
# Months of a recurring state, not dates: "dusun yang kerap kering pada Agustus hingga Oktober". (A season's pattern
# that the article dates, "biasanya melonjak pada minggu ketiga Desember", and the end of a period, "rutin setiap
# akhir pekan hingga Desember", are dates to the annotators.)
HABITUAL_MONTH_BEFORE = re.compile(r"\b(?:kerap|sering|seringkali|acap|acapkali)\b[^.;,\n]{0,30}$")
# A season, what usually comes from one month to another (`angin utara yang biasanya datang pada Desember hingga
# Februari`): no date. One month a season peaks in is (`biasanya melonjak pada minggu ketiga Desember`).
SEASON = re.compile(r"\b(?:biasanya|umumnya|lazimnya)\b[^.;,\n]{0,30}?(?<!\w)(?:" + _MONTH + r")\s+(?:hingga|sampai|s\.d\.?|-|–)\s*"
                    r"(?:" + _MONTH + r")(?!\s*\d)(?!\w)")


def _scan(pattern: re.Pattern, low: str, needs: tuple[str, ...] = ()):
    """Matches of `pattern` in the lower-cased text; the scan is skipped when none of the words it `needs` occurs (a
    substring test costs far less than a regex scan)."""
    return pattern.finditer(low) if not needs or any(n in low for n in needs) else ()


_STEP = {"lalu": -1, "kemarin": -1, "ini": 0, "depan": 1, "mendatang": 1}  # months or years from publication


def _month_from(published: dt.date, step: int) -> tuple[int, int]:
    """(year, month) `step` months after the publication month."""
    months = published.year * 12 + published.month - 1 + step
    return months // 12, months % 12 + 1


# Text between quotation marks, where "hari ini" is the day the words were said.
QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


# A speech verb earlier in the same sentence: what follows is reported speech.
REPORTED_BEFORE = re.compile(r"\b(?:" + "|".join(sorted((f for f in SPEECH_FORMS if f.startswith(("me", "ber"))), key=len,
                                                        reverse=True)) + r")\b[^.!?\n“”\"]*$")


def _day_of_speech(found: list[DateMention], pos: int, published: dt.date) -> dt.date:
    """The day a quote was spoken: the last full date written before it in the week before publication (regional
    news reports a Monday event on Tuesday; dates of other events, "diumumkan pada 17 Oktober", may come between),
    else the publication date."""
    week = [d for d in found if d.span[1] <= pos and len(d.value) == 10 and
            published - dt.timedelta(days=7) <= dt.date.fromisoformat(d.value) <= published]
    return dt.date.fromisoformat(max(week, key=lambda d: d.span).value) if week else published


def _lower(text: str) -> str:
    """`text` in lower case with every offset kept (the few characters whose lower case is longer stay as they are),
    for the patterns above: matching lower-cased text is about twice as fast as re.IGNORECASE."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _year(text: str | None, default: int | None) -> int | None:
    if not text:
        return default
    year = int(text)
    return year + 2000 if year < 100 else year


def _iso(y: int | None, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat() if y else None
    except ValueError:
        return None


def _year_of_day(published: dt.date, month: int, day: int, weekday: str | None) -> int:
    """The year of a day written without one (`Senin (30/12)`, `3 Agustus`): the publication year, unless the weekday
    written with it fits the year before or after (`Senin (30/12)` published on 3 January 2025 is 2024-12-30), or,
    with no weekday, unless it would lie more than half a year after publication (news reports what has happened) or
    is a day of the first weeks of next year written at the end of this one."""
    def on(year: int) -> dt.date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    if weekday:
        fits = [d for d in (on(published.year + k) for k in (0, -1, 1)) if d and d.weekday() == DAYS[weekday.lower()]]
        if fits:
            return min(fits, key=lambda d: abs((d - published).days)).year
        return published.year
    this = on(published.year)
    following = on(published.year + 1)
    if this and following and (published - this).days > 300 and (following - published).days <= 60:
        return published.year + 1  # "arus balik pada 2 Januari" written in mid-December: the coming January
    return published.year - 1 if this and (this - published).days > 183 else published.year


def _reference_year(text: str, published: dt.date | None) -> int | None:
    if published:
        return published.year
    years = [int(y) for y in re.findall(r"(?<!\d)(20[0-4]\d)(?!\d)", text)]
    return max(years) if years else None


def _a_week(text: str, low: str, m: re.Match) -> bool:
    """"minggu" is a week, not Sunday, in lower case ("minggu lalu") and before "ini" or "depan" ("Minggu depan")."""
    return m.group("weekday") == "minggu" and (text[m.start()].islower() or low.startswith((" ini", " depan"),
                                                                                           m.end("weekday")))


UNTIL_BEFORE = re.compile(r"\b(?:sampai|hingga)\s+(?:hari\s+)?$", re.IGNORECASE)


def _until_in_a_quote(text: str, start: int) -> bool:
    """`“Tiket sudah habis sampai Selasa,” katanya`: spoken in the present, "until Tuesday" looks ahead (in the
    narrative, `hingga Senin sore tercatat …` counts up to a day that has passed)."""
    return bool(UNTIL_BEFORE.search(text, max(0, start - 20), start)) and \
        any(q.start() < start < q.end() for q in QUOTED.finditer(text))


def _weekday_date(text: str, m: re.Match, published: dt.date, story_day: dt.date | None = None) -> str:
    """The date a weekday names: the last one on or before publication (`Senin lalu`: strictly before), the next
    one when the text says it is to come (`Kamis depan`, `besok, Kamis`, `akan digelar Kamis`), or the one of the
    week of publication (`Sabtu ini`). `story_day` is the last day the text gave before the weekday: "until" a day
    spoken of after an event just before it counts on from the event (`memadamkan … pada Minggu (27/7) …. “Kami
    lakukan pendinginan sampai Senin malam”`)."""
    weekday = DAYS[m.group("weekday").lower()]
    if m.group("this"):  # "hari Sabtu ini": that day of the week of publication (Monday to Sunday)
        return (published + dt.timedelta(days=weekday - published.weekday())).isoformat()
    week = re.search(r"(?:pekan|minggu)\s+(?P<way>depan|lalu)", m.group("next") or m.group("last") or "")
    if week:  # "Kamis pekan depan", "Senin pekan lalu": that day of the week after or before publication's
        step = 7 if week.group("way") == "depan" else -7
        return (published + dt.timedelta(days=weekday - published.weekday() + step)).isoformat()
    back = (published.weekday() - weekday) % 7
    after_the_story = story_day is not None and 0 < (published - dt.timedelta(days=back) - story_day).days <= 2
    if m.group("next") or (not m.group("last") and (FUTURE_BEFORE.search(text[max(0, m.start() - 60):m.start()]) or
                                                    (_until_in_a_quote(text, m.start()) and not after_the_story))):
        ahead = (weekday - published.weekday()) % 7 or (7 if m.group("next") else 0)
        return (published + dt.timedelta(days=ahead)).isoformat()
    if m.group("last") and back == 0:
        back = 7
    return (published - dt.timedelta(days=back)).isoformat()


def _future_date_before(found: list, low: str, start: int, published: dt.date) -> str | None:
    """The value of a date still to come that the same sentence gives shortly before `start`, if any."""
    before = [d for d in found if d.span[1] <= start and start - d.span[1] <= 80 and len(d.value) == 10
              and not re.search(r"[.!?\n]", low[d.span[1]:start]) and d.value > published.isoformat()]
    return max(before, key=lambda d: d.span[1]).value if before else None


def extract_dates(text: str, published: dt.date | None = None, masked: list[tuple[int, int]] = ()) -> list[DateMention]:
    """Every date in `text` (YYYY-MM-DD, YYYY-MM or YYYY), each value once, skipping `masked` spans."""
    taken: list[tuple[int, int]] = list(masked)
    found: list[DateMention] = []
    low = _lower(text)
    default_year = _reference_year(text, published)

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    def add(s: int, e: int, value: str | None, *more: str | None) -> None:
        """One span giving `value` (and, for a range, `more` values), if the span is free."""
        if value and free(s, e):
            taken.append((s, e))
            found.extend(DateMention(text[s:e], v, (s, e)) for v in (value, *more) if v)

    def year_of(m: re.Match, month: int) -> int | None:
        if m.group("y") or not published:
            return _year(m.group("y"), default_year)
        year = _year_of_day(published, month, int(m.group("d")), m.group("first") or m.group("weekday"))
        if re.match(r"\s+(?:mendatang|nanti)\b", low[m.end():m.end() + 12]) and \
                (_iso(year, month, int(m.group("d"))) or "9") < published.isoformat():
            year += 1  # "20–24 Oktober mendatang" written in February: this coming October
        elif year > published.year and re.match(r"\s+lalu\b", low[m.end():m.end() + 8]):
            year -= 1  # "2 Januari lalu" written in December: this year's
        return year

    for m in WRITTEN.finditer(low):
        if not m.group("y") and NAMED_AFTER_A_DATE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Stadion 29 Nopember Sampit", "Jalan 17 Agustus": a place named after a date
        month = MONTHS[m.group("mon").lower().rstrip(".")]
        year = year_of(m, month)
        s, e = m.span()  # "3 Agustus" without a year is a date too, in the reference year
        value = _iso(year, month, int(m.group("d")))
        add(s, e, value, _iso(year, month, int(m.group("d2"))) if m.group("d2") else None)
    for m in _scan(NUMERIC_RANGE, low, ("/",)):
        s, e = m.span()
        month = int(m.group("m"))
        year = (_year_of_day(published, month, int(m.group("d")), None) if published and not m.group("y")
                else _year(m.group("y"), default_year))
        first, second = _iso(year, month, int(m.group("d"))), _iso(year, month, int(m.group("d2")))
        if first and second and first < second:
            add(s, e, first, second)
    for m in NUMERIC.finditer(low):
        s, e = m.span()
        if not m.group("y") and not m.group("weekday"):
            continue  # "4/11" alone may be a ratio or a score
        if re.search(r"(?:Nomor|No\.?|Pasal|ayat|Rp\.?)\s*$", text[max(0, s - 8):s], re.IGNORECASE):
            continue
        add(s, e, _iso(year_of(m, int(m.group("m"))), int(m.group("m")), int(m.group("d"))))
    for m in _scan(MONTH_RANGE, low, ("hingga", "sampai", "s.d", "sd", "-", "–", " dan ", "serta", "atau")):
        first, last = (MONTHS[m.group(g).lower().rstrip(".")] for g in ("mon", "mon2"))
        # ("Desember hingga Februari 2026": December of the year before)
        add(m.start("mon"), m.end("mon"), f"{int(m.group('y')) - (first > last):04d}-{first:02d}")
    for m in MONTH_YEAR.finditer(low):
        s, e = m.span()
        if NAMED_YEAR.search(text[max(0, s - 25):s]):
            continue
        add(s, e, f"{int(m.group('y')):04d}-{MONTHS[m.group('mon').lower().rstrip('.')]:02d}")
    for m in YEAR.finditer(text):
        s, e = m.start("y"), m.end("y")
        before = text[max(0, m.start() - 25):m.start()]
        if (NAMED_YEAR.search(before) and not SINCE_OR_UNTIL.match(m.group())) or \
                re.search(r"(?:Anggaran|Nomor \S+)\s*$", before, re.IGNORECASE):
            continue  # "APBD tahun 2026" names a budget (but "usulkan lewat musrenbang sejak 2023" dates the proposal)
        if re.search(r"(?:Anggaran|Pajak)\s+(?:19|20)\d\d\s*$", before, re.IGNORECASE):
            continue  # "tahun anggaran 2021 hingga 2023", "tahun pajak 2014 sampai 2024": budget or tax years both
        if m.group().startswith("Tahun") and re.search(r"[A-Z][\w)]*\s+$", before):
            continue  # "Rapat Koordinasi Sosial Tahun 2022": the year is part of a name
        if re.match(r"[Tt]ahun", m.group()):
            s = m.start()
        add(s, e, m.group("y"))
        while more := MORE_YEARS.match(text, e):
            e = more.end()
            add(more.start("y"), e, more.group("y"))
    if published:
        for m in _scan(DAY_OF_RELATIVE_MONTH, low, ("bulan",)):
            year, month = _month_from(published, _STEP[m.group("rel")])
            add(m.start(), m.end(), _iso(year, month, int(m.group("d"))))
        for m in WEEKDAY.finditer(low):  # `Senin kemarin`, `Kamis depan` before `kemarin` and `besok` alone
            if (m.group("last") or m.group("next")) and not _a_week(text, low, m):
                add(m.start(), m.end(), _weekday_date(text, m, published))
        quoted = [(q.start(), q.end()) for q in QUOTED.finditer(text)]
        for m in _scan(RELATIVE, low, tuple(RELATIVE_DAYS)):
            if re.search(r"(?:\d|\))\s*$", text[max(0, m.start() - 3):m.start()]) and not free(m.start() - 3, m.start()):
                continue  # "Senin (12/2) kemarin": the date is written already
            if MONTH_BEFORE.search(low, max(0, m.start() - 12), m.start()) or \
                    re.search(r"\b(?:tahun|bulan|pekan|minggu)\s+$", low[max(0, m.start() - 8):m.start()]):
                continue  # "sepanjang Juni kemarin": the month (MONTH_RELATIVE), not yesterday; "tahun kemarin": last year
            offset = RELATIVE_DAYS[m.group("rel").lower()]
            day = published
            if offset == 0 and (any(a <= m.start() < b for a, b in quoted) or
                                REPORTED_BEFORE.search(low, max(0, m.start() - 150), m.start())):
                day = _day_of_speech(found, m.start(), published)  # "hari ini" said on the day of the event (also
                # reported: "Ia menambahkan, sebelum paripurna hari ini seluruh fraksi …")
            add(m.start(), m.end(), (day + dt.timedelta(days=offset)).isoformat())
        for m in _scan(DAYS_AGO, low, ("lalu",)):
            count = COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if count:
                n = count.group("n").lower()
                days = int(NUMBER_WORDS.get(n, n)) * (7 if m.group("weeks") else 1)
                add(count.start(), m.end(), (published - dt.timedelta(days=days)).isoformat())
    this_year = published.year if published else max((int(d.value[:4]) for d in found if len(d.value) == 10), default=None)
    if this_year:
        for m in _scan(THIS_YEAR, low, ("tahun ini",)):
            if not MONTH_BEFORE.search(low, max(0, m.start() - 12), m.start()):  # "Desember tahun ini": the month's
                add(m.start(), m.end(), str(this_year))
    if published:
        for m in WEEKDAY.finditer(low):
            if _a_week(text, low, m):
                continue
            paired = PAIR_AFTER.match(low, m.end()) or PAIR_BEFORE.search(low, max(0, m.start() - 20), m.start())
            if HABITUAL_BEFORE.search(text[max(0, m.start() - 16):m.start()]) or PROGRAMME_AFTER.match(text, m.end()) or \
                    paired and not (m.group("last") or m.group("next")):
                continue
            if not (m.group("last") or m.group("next") or m.group("this")) and \
                    re.search(r"(?<![.!?”\"])[ \t][A-Z][a-z]+[ \t]$", text[max(0, m.start() - 20):m.start()]):
                continue  # "Kambang dan Balai Selasa": a place named after a weekday
            days = [d for d in found if len(d.value) == 10 and d.span[1] <= m.start()]
            story_day = dt.date.fromisoformat(max(days, key=lambda d: d.span).value) if days else None
            add(m.start(), m.end(), _weekday_date(text, m, published, story_day))
        for m in MONTH_RELATIVE.finditer(low):
            month, rel = MONTHS[m.group("mon").lower().rstrip(".")], m.group("rel").lower()
            year = published.year
            if rel in ("lalu", "kemarin") and month > published.month:
                year -= 1
            elif rel in ("depan", "mendatang", "nanti") and month < published.month:  # "Januari nanti", in November
                year += 1
            add(m.start(), m.end(), f"{year:04d}-{month:02d}")
        seasons = [s.span() for s in _scan(SEASON, low, ("biasa", "umumnya", "lazimnya"))]
        for m in MONTH_BARE.finditer(low):
            month, year = MONTHS[m.group("mon").lower().rstrip(".")], published.year
            if HABITUAL_MONTH_BEFORE.search(low, max(0, m.start() - 40), m.start()) or \
                    any(a <= m.start("mon") < b for a, b in seasons):
                continue
            since = m.group("cue").lower() in ("sejak", "selama", "sepanjang") or \
                m.group("cue").lower() in ("memasuki", "masuk", "sudah") and \
                not FUTURE_MONTH_BEFORE.search(low, max(0, m.start() - 40), m.start()) or \
                re.search(r"\b(?:sejak|semenjak|selama)\s+$", low[max(0, m.start() - 12):m.start()])  # "sejak akhir Desember"
            when = YEAR_THEN_WHEN.search(low, max(0, m.start() - 90), m.start())
            if m.group("rel"):
                year += _STEP[m.group("rel")]
            elif when:
                year = int(when.group("y"))
            elif LAST_YEAR_BEFORE.search(low, max(0, m.start() - 80), m.start()):
                year -= 1  # "penyaluran tahun lalu sempat terlambat hingga Desember"
            elif month < published.month and NEXT_YEAR_BEFORE.search(low, max(0, m.start() - 80), m.start()):
                year += 1
            elif month > published.month and since:
                year -= 1
            elif month < published.month and (m.group("cue").endswith(("lambat", "lambatnya", "targetkan", "jadwalkan")) or
                    re.search(r"(?:paling\s+lambat|selambat-lambatnya)\s+$", low[max(0, m.start() - 25):m.start()]) and
                    not PAST_MARK.search(low, max(0, m.start() - 50), m.start()) or
                    # ("paling lambat pertengahan Januari", said in November; not "seharusnya … paling lambat akhir Juli")
                    m.group("cue").lower() in ("sebelum", "menjelang", "jelang", "mulai")  # "sebelum Januari", "mulai
                    # Januari" in November (not "mulai Januari hingga kini")
                    and not PAST_MARK.search(low, max(0, m.start() - 40), m.start())
                    and not re.match(r"\s+(?:hingga|sampai)\s+(?:kini|sekarang|saat\s+ini)", low[m.end("mon"):]) or
                    FUTURE_MONTH_BEFORE.search(low, max(0, m.start() - (40 if since else 60)), m.start())
                    and not (since and PAST_MARK.search(low, max(0, m.start() - 40), m.start()))):
                # a deadline, or a month to come ("agar anggaran bisa dieksekusi sejak awal Januari"; but "seharusnya
                # sudah bisa melelang sejak Januari" is this year's, past)
                year += 1
            ahead = _future_date_before(found, low, m.start(), published) if not (m.group("rel") or since) else None
            if ahead and year == int(ahead[:4]) and month <= 3 and int(ahead[5:7]) >= 10:  # (over the year's end)
                year += 1  # "paling lambat 31 Desember, jadi awal Januari semua SKPK bisa bekerja": the January after
            end = m.end() if m.group("rel") else \
                m.end("mon") - (1 if m.group("mon").endswith(".") and len(m.group("mon")) > 4 else 0)  # "November."
            add(m.start("mon"), end, f"{year:04d}-{month:02d}")
            first = FIRST_OF_MONTHS.search(low, max(0, m.start() - 20), m.start()) \
                if m.group("cue").lower() in ("hingga", "sampai") else None
            if first:  # "Distribusi Januari hingga Maret": the first month too, of the year before if it comes later
                month1 = MONTHS[first.group("mon").lower().rstrip(".")]
                add(first.start("mon"), first.end("mon"), f"{year - (month1 > month):04d}-{month1:02d}")
            previous, at = month, m.end("mon")
            while paired := PAIRED_MONTH.match(low, at):
                # "kunjungan puncak pada Juli dan Agustus", "yakni Oktober, November dan Desember": the months listed
                # after it too, of the next year once the list turns past December
                month2 = MONTHS[paired.group("mon").lower().rstrip(".")]
                year += month2 < previous
                add(paired.start("mon"), paired.end("mon"), f"{year:04d}-{month2:02d}")
                previous, at = month2, paired.end("mon")
        for m in MONTH_OF_RELATIVE_YEAR.finditer(low):  # "Target fungsional Desember tahun ini": no cue needed
            month = MONTHS[m.group("mon").lower().rstrip(".")]
            add(m.start(), m.end(), f"{published.year + _STEP[m.group('rel')]:04d}-{month:02d}")
        for m in _scan(PART_OF_THIS_MONTH, low, ("bulan",)):
            if not re.search(r"\b(?:kerap|sering|setiap|tiap|biasanya|selalu|rutin)\b[^.;]{0,40}$", low[max(0, m.start() - 60):m.start()]):
                add(m.start(), m.end(), f"{published.year:04d}-{published.month:02d}")  # (not "kerap habis sebelum akhir bulan")
        for m in _scan(PERIOD_RELATIVE, low, ("tahun", "bulan")):
            if COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()) or \
                    VAGUE_COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "dua tahun lalu", "beberapa tahun lalu": a span of time, not last year
            step = _STEP[m.group("rel")]
            if m.group("unit").lower() == "tahun":
                named = NAMED_YEAR.search(text[max(0, m.start() - 25):m.start()])
                if step and (not named or named.group().lower().startswith("anggaran")):  # not "Pilkada tahun depan"
                    add(m.start(), m.end(), str(published.year + step))  # (but "anggaran tahun depan": next year's)
            else:
                add(m.start(), m.end(), "{:04d}-{:02d}".format(*_month_from(published, step)))
    for m in DAYS_FROM_LAST.finditer(low):
        before = [d for d in found if d.span[1] <= m.start() and len(d.value) == 10]
        given = any(len(d.value) == 10 and 0 <= d.span[0] - m.end() <= (30 if not _WEEKDAY_OPENS.match(low, d.span[0])
                                                                          else 240)
                    and not re.search(r"[.!?\n]", low[m.end():d.span[0]])
                    for d in found)  # "Sehari sebelumnya, Rabu (4/3), …", "Sehari sebelumnya, Komisi III … menggelar
        # rapat …, Senin (6/10).": the sentence gives its own day
        if before and not given:
            last = max(before, key=lambda d: d.span)
            near = [d for d in before if 0 <= (published - dt.date.fromisoformat(d.value)).days <= 14]
            if near and abs((dt.date.fromisoformat(last.value) - published).days) > 30:
                last = max(near, key=lambda d: d.span)  # the story's day, not a past one recalled ("insiden … pada 3
                # Agustus 2025 lalu …. Sehari sebelumnya, Bupati memimpin rapat": the day before the inspection)
            step = {"sehari": 1, "dua hari": 2, "tiga hari": 3}[re.sub(r"\s+", " ", m.group("n"))]
            day = dt.date.fromisoformat(last.value) + dt.timedelta(days=-step if m.group("way") == "sebelumnya" else step)
            add(m.start(), m.end(), day.isoformat())
    for m in _scan(YEAR_BEFORE_THAT, low, ("sebelumnya",)):
        # "naik 8 persen dibanding tahun sebelumnya" after "Lebaran tahun lalu" (2025): the year before that one
        years = [d for d in found if len(d.value) == 4 and d.span[1] <= m.start() and
                 not re.search(r"[.!?](?!\d)|\n", low[d.span[1]:m.start()])]  # ("4.800 kiloliter": no end)
        if years:
            add(m.start(), m.end(), str(int(max(years, key=lambda d: d.span).value) - 1))
    seen: set[str] = set()
    unique = []
    for mention in sorted(found, key=lambda d: d.span):
        if mention.value not in seen:
            seen.add(mention.value)
            unique.append(mention)
    return unique
