"""The lexicons and patterns of the ethics checker (``course.engines.release_ethics``), one block per kind.

Each list is short and says what it serves; the sources are those of ``release_ethics``: Dewan Pers (2006),
*Kode Etik Jurnalistik* (Pasal 1, 3, 5, 8); Dewan Pers (2019), *Pedoman Pemberitaan Ramah Anak* (a child is
under 18; name, school, address and family identify a child); UU No. 8 Tahun 2016 tentang Penyandang
Disabilitas and UU No. 17 Tahun 2023 tentang Kesehatan, Pasal 75 (the respectful terms).
"""

from __future__ import annotations

import re

from course.engines.headline_words import AKTOR
from course.engines.release_features import JABATAN, PEMBUKA_KALIMAT

_F = re.IGNORECASE
# (a) Hearsay presented as fact.
HEARSAY = re.compile(
    r"\b(?:konon(?:\s+kabarnya)?|kabarnya|kabar\s+burung|kabar\s+angin|desas-desus|diisukan|menurut\s+kabar|"
    r"(?:menurut\s+)?(?:informasi|kabar|isu|rumor)\s+yang\s+(?:beredar|berkembang|santer)|"
    r"santer\s+(?:terdengar|beredar|diberitakan)|(?:yang|meski(?:pun)?|walau(?:pun)?)\s+belum\s+(?:di|ter)konfirmasi|"
    r"belum\s+(?:di|ter)konfirmasi\s+kebenarannya)\b",
    _F,
)
HEARSAY_KATANYA = re.compile(r"^\W*katanya\b|\byang\s+katanya\b", _F)
REFUTED = re.compile(
    r"\b(?:hoaks|hoax|tidak\s+benar(?!-)|bohong|keliru|disinformasi|misinformasi|palsu|meluruskan|membantah|menepis|"
    r"menanggapi|merespons|klarifikasi|mengklarifikasi|"
    r"(?:tidak|jangan)\s+(?:mudah\s+)?(?:percaya|terpancing|menyebarkan))\b",
    _F,
)
LEGEND = re.compile(r"\b(?:legenda|cerita\s+rakyat|hikayat|dongeng|mitos|asal-usul|menurut\s+cerita)\b", _F)

# (b) Children and victims. Keywords are matched in any case; names are capitalised words.
CHILD_NOUN = r"(?i:anak|bocah|balita|bayi|siswa|siswi|pelajar|murid)"
# Who a child is in the story: victim, perpetrator, witness ("pelaku usaha", "saksi pemilu" are not).
LEGAL = re.compile(
    r"\b(?:korban(?:nya)?|pelaku(?:nya)?(?!\s+(?:usaha|umkm|ekonomi|wisata|pariwisata|seni|industri|pasar|budaya|"
    r"bisnis|olahraga))|saksi(?:nya)?(?!\s+(?:bisu|sejarah|partai|pemilu|tps|nikah))|tersangka|terdakwa|terduga|"
    r"diduga|berhadapan\s+dengan\s+hukum|berkonflik\s+dengan\s+hukum)\b",
    _F,
)
SEXUAL = re.compile(
    r"\b(?:pemerkosaan|perkosaan|diperkosa|memperkosa|pencabulan|dicabuli|mencabuli|kekerasan\s+seksual|"
    r"pelecehan\s+seksual|asusila|persetubuhan|rudapaksa)\b",
    _F,
)
_CAP = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Za-z]+)?"
NAME_RUN = rf"{_CAP}(?:\s+{_CAP}){{0,3}}"
_CLOSED = r"(?=\s*[,(.;]|\s*$)"  # an apposition ends with a comma, a bracket or the sentence
NAME_AGE = re.compile(rf"(?P<nama>{NAME_RUN})\s*\(\s*(?P<umur>\d{{1,2}})(?:\s*tahun)?\s*\)")
NAME_AGED = re.compile(
    rf"(?P<nama>{NAME_RUN}),?\s+(?:yang\s+)?(?i:berusia|berumur|usia|umur)\s+(?P<umur>\d{{1,2}})\s+tahun"
)
# "seorang siswi kelas 4, Putri Ayu," / "bocah bernama Andi"
CHILD_THEN_NAME = re.compile(
    rf"\b{CHILD_NOUN}\b(?:\s+[\w/.-]+){{0,6}}?"
    rf"(?:\s*,\s*(?P<nama>{NAME_RUN}){_CLOSED}|\s+bernama\s+(?P<disebut>{NAME_RUN}))"
)
# "Korbannya, Putri Ayu Lestari, siswi kelas 4 …"
NAME_THEN_CHILD = re.compile(
    rf"(?:^\W*|\b(?i:korban|pelaku|saksi|tersangka)(?:nya)?\s*,?\s*|\b(?:yakni|yaitu|adalah)\s+)"
    rf"(?P<nama>{NAME_RUN})\s*,\s*(?:(?i:seorang)\s+)?{CHILD_NOUN}\b"
)
SCHOOL = (
    r"(?:SDN?|SMPN?|SMAN?|SMKN?|MIN?|MTsN?|MAN?|SLB|TK|PAUD|Sekolah\s+Dasar|Sekolah\s+Menengah\s+\w+|"
    r"Madrasah\s+\w+)(?:\s+Negeri)?\s+(?!Negeri\b)(?:\d+|[A-Z]\w+)(?:\s+[A-Z]\w+)*"
)
CHILD_SCHOOL = re.compile(rf"\b{CHILD_NOUN}\b(?:\s+kelas\s+\w+)?\s+(?:di\s+)?(?P<nama>{SCHOOL})")
ADDRESS = re.compile(
    r"\b(?:Jalan|Jl\.|Gang|Gg\.)\s+[A-Z]\w+(?:\s+(?:No\.\s*\d+|[A-Z]\w*|\d+))*|\bRT\s*0?\d+\s*/\s*RW\s*0?\d+"
)
PARENT = re.compile(
    r"\b(?:anak|putra|putri)\s+(?:kandung\s+)?"
    r"(?:dari\s+(?:pasangan\s+)?|pasangan\s+|(?:dari\s+)?(?:Bapak|Ibu|Pak|Bu)\s+)"
    rf"(?P<nama>{NAME_RUN})"
)
ONE_CHILD = re.compile(
    r"\b(?:seorang|berinisial|inisial|bernama|korbannya|pelakunya)\b|\(\s*\d{1,2}\s*(?:tahun\s*)?\)", _F
)
CHILD_AGE = re.compile(r"\b(?:berusia|berumur|usia|umur)\s+(?P<umur>\d{1,2})\s+tahun\b", _F)
CHILD_WORD = re.compile(rf"\b{CHILD_NOUN}\b|\b(?i:di\s+bawah\s+umur)\b")
VICTIM_NAME = re.compile(
    rf"\b(?i:korban)(?:nya)?(?:\s+[a-z]+){{0,3}}?(?:\s*,\s*|\s+bernama\s+)(?P<nama>{NAME_RUN}){_CLOSED}"
)

# (c) Demeaning or discriminatory wording: (pattern, respectful term, where the term comes from).
DEMEANING = (
    (
        re.compile(
            r"\b(?:orang|si|kaum|warga|anak|penderita|penyandang|para|pekerja|siswa|murid|pelajar|masyarakat)"
            r"\s+(?:yang\s+)?cacat\b(?!\s+(?:hukum|administrasi|prosedur|produk))",
            _F,
        ),
        "penyandang disabilitas",
        "istilah UU No. 8 Tahun 2016 tentang Penyandang Disabilitas",
    ),
    (
        re.compile(r"\bsi\s+(?:buta|tuli|bisu|pincang|lumpuh)\b", _F),
        "nama orangnya, atau penyandang disabilitas netra, rungu, wicara, atau fisik",
        "istilah UU No. 8 Tahun 2016 tentang Penyandang Disabilitas",
    ),
    (
        re.compile(
            r"\b(?:orang|si|wong|warga|pasien|penderita)\s+(?:gila|sinting|edan|sakit\s+jiwa)\b"
            r"(?!\s+(?:bola|kerja|belanja|hormat|harta|jabatan|kuasa|game|gim))",
            _F,
        ),
        "orang dengan gangguan jiwa (ODGJ)",
        "istilah UU No. 17 Tahun 2023 tentang Kesehatan, Pasal 75",
    ),
    (
        re.compile(
            r"\b(?:si\s+miskin|(?:warga|orang|kaum|keluarga|masyarakat|rakyat)\s+miskin\s+(?:yang\s+)?"
            r"(?:malas|pemalas|bodoh|tidak\s+tahu\s+diri|tak\s+tahu\s+diri))\b",
            _F,
        ),
        "warga miskin atau keluarga prasejahtera, tanpa penilaian tentang sifatnya",
        "fakta, bukan cap",
    ),
)
SUSPECT_IDENTITY = re.compile(
    r"\b(?:tersangka|terduga|terdakwa|terpidana|pelaku|pencuri|perampok)(?:nya)?(?:\s+[a-z]+){0,2}?\s+(?:yang\s+)?"
    r"(?:bersuku|beretnis|beragama|berkulit|keturunan|asal\s+suku|dari\s+suku|dari\s+etnis|etnis|suku|ras)\b",
    _F,
)

# (d) Accusations.
CRIME = re.compile(
    r"\b(?:mencuri|mencopet|merampok|menjambret|menipu|memeras|menggelapkan|mengorupsi|korupsi|menilap|"
    r"menyelewengkan|memalsukan|menganiaya|memukuli|membunuh|memperkosa|mencabuli|melecehkan|menyuap|"
    r"menerima\s+suap|mengedarkan\s+narkoba|melakukan\s+(?:korupsi|pungli|pungutan\s+liar|penipuan|pencurian|"
    r"penggelapan|penganiayaan|pencabulan|pelecehan|kekerasan|pemerasan)|terlibat\s+(?:korupsi|narkoba|pencurian))\b",
    _F,
)
CRIME_BY = re.compile(
    r"\b(?:dicuri|dirampok|ditipu|diperas|digelapkan|dikorupsi|diselewengkan|dianiaya|dipukuli|dibunuh|diperkosa|"
    r"dicabuli|dilecehkan)\s+oleh\s+(?P<nama>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)
CULPRIT_IS = re.compile(
    r"\b(?i:pelaku)(?:nya)?(?:\s+[a-z]+){0,3}?\s+(?:adalah|ialah|yaitu|yakni)\s+"
    r"(?P<nama>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)
PRESUMED = re.compile(
    r"\b(?:diduga|dugaan|terduga|tersangka|terdakwa|terpidana|disangka|disangkakan|didakwa|dituduh|divonis|"
    r"dijatuhi|dinyatakan\s+bersalah|terbukti\s+bersalah|putusan|ditetapkan\s+sebagai)\b",
    _F,
)
OFFICIAL = (
    r"(?:polisi|polres|polsek|polda|polri|kepolisian|penyidik|kapolres|kapolsek|kasat\s+reskrim|kejaksaan|kejari|"
    r"kejati|jaksa|kpk|pengadilan|hakim|inspektorat|bpk)"
)
SOURCED = re.compile(
    rf"\b(?:menurut|berdasarkan|kata|ujar|ucap|jelas|sebut|keterangan|hasil\s+\w+)\b[^.]{{0,80}}?\b{OFFICIAL}\b", _F
)
NOT_DONE = re.compile(
    r"\b(?:tidak|tak|bukan|belum|jangan|agar|supaya|mencegah|melarang|dilarang|tanpa|anti|memberantas)\b\W*"
    r"(?:\w+\W+){0,2}$",
    _F,
)
TRAILING = re.compile(r"(?:\s*\b(?:telah|sudah|pernah|juga|yang|itu|tersebut|ini|kembali|sempat|nekat)\b)+\s*$", _F)
APPOSITION = re.compile(r"\s*,[^,]+,\s*$")
RUN_AT_END = re.compile(r"(?<![\w'’.-])(?P<run>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*,?\s*$")
# The words that may stand right before the name of the accused ("bahwa Joko …", "mantan Kepala Desa …");
# after a verb, the name is its object unless a relative clause follows ("menangkap Joko yang mencuri").
CONNECTORS = frozenset("bahwa dan serta yakni yaitu ialah adalah bernama mantan eks sdr saudara".split())
VERB_BEFORE = re.compile(r"^(?:me|di|ber|ter|per)[a-z]{3,}$")
PLACE = frozenset("desa kecamatan kabupaten kelurahan dusun kota provinsi jalan kampung".split())
NOT_A_NAME = (
    frozenset(w.lower() for w in PEMBUKA_KALIMAT)
    | AKTOR
    | JABATAN
    | PLACE
    | frozenset(
        "korban korbannya pelaku pelakunya saksi tersangka anak bocah balita bayi siswa siswi pelajar murid seorang "
        "warga sebanyak para sekolah kelas senin selasa rabu kamis jumat sabtu minggu".split()
    )
)
DEWASA = 18  # a child is under 18 (Pedoman Pemberitaan Ramah Anak)

# Cheap substring tests: a paragraph without any of a kind's words skips that kind's patterns (speed).
CLUES = {
    "belum_teruji": (
        "kabar", "konon", "katanya", "isu", "rumor", "desas", "santer", "konfirmasi", "beredar", "berkembang",
    ),
    "identitas": ("korban", "pelaku", "saksi", "tersangka", "terdakwa", "terduga", "diduga", "hukum"),
    "diskriminatif": (
        "cacat", "gila", "sinting", "edan", "jiwa", "buta", "tuli", "bisu", "pincang", "lumpuh", "miskin",
        "suku", "etnis", "agama", "kulit", "keturunan", "ras",
    ),
    "tuduhan": (
        "curi", "copet", "rampok", "jambret", "tipu", "nipu", "peras", "gelap", "korupsi", "tilap", "selewengkan",
        "palsu", "aniaya", "pukul", "bunuh", "perkosa", "cabul", "leceh", "suap", "narkoba", "pungli",
        "pungutan", "pelaku", "kekerasan", "pencurian", "penipuan",
    ),
}  # fmt: skip
