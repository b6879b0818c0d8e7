"""Word lists of the EYD V checker (``course.engines.spelling``).

From ``../shared/domain/brief.md`` section 3 and the EYD V text it cites; each list says
which rule it serves. Month names come from ``course.vocabulary``.
"""

from __future__ import annotations

from course.vocabulary import BULAN as NAMA_BULAN

# Kata tugas not capitalised inside a title (brief 3.1, our operationalisation).
KATA_TUGAS = frozenset(
    "di ke dari dan yang untuk pada dengan atau oleh dalam bagi tentang kepada daripada serta "
    "sebagai secara akan agar karena bahwa per".split()
)
# Other kata tugas (conjunctions, prepositions, particles): EYD does not list them, so a
# title may write them either way and neither form is flagged.
KATA_TUGAS_LAIN = frozenset(
    "hingga sampai tanpa terhadap sejak ketika saat jika bila apabila kalau meski meskipun walau walaupun "
    "namun tetapi tapi lalu kemudian seperti antara menuju demi sambil selama sebelum sesudah setelah usai "
    "soal atas pun bahkan juga supaya sehingga maupun melalui lewat via versus ala sang si para tak tidak belum "
    "sudah telah masih jadi yakni yaitu".split()
)

# Non-standard -> standard (brief 3.6, KBBI), plus inflected forms of the same pairs.
BAKU = {
    "merubah": "mengubah",
    "dirubah": "diubah",
    "ijin": "izin",
    "perijinan": "perizinan",
    "mengijinkan": "mengizinkan",
    "diijinkan": "diizinkan",
    "himbauan": "imbauan",
    "menghimbau": "mengimbau",
    "dihimbau": "diimbau",
    "himbau": "imbau",
    "nopember": "November",
    "pebruari": "Februari",
    "resiko": "risiko",
    "beresiko": "berisiko",
    "praktek": "praktik",
    "mempraktekkan": "mempraktikkan",
    "dipraktekkan": "dipraktikkan",
    "jadual": "jadwal",
    "kwalitas": "kualitas",
    "frekwensi": "frekuensi",
    "propinsi": "provinsi",
    "obyek": "objek",
    "subyek": "subjek",
    "obyektif": "objektif",
    "subyektif": "subjektif",
    "sekedar": "sekadar",
    "karir": "karier",
    "hakekat": "hakikat",
    "ekstrim": "ekstrem",
    "tehnik": "teknik",
    "tehnis": "teknis",
    "tehnologi": "teknologi",
    "respon": "respons",
    "merespon": "merespons",
    "atlit": "atlet",
    "nafas": "napas",
    "bernafas": "bernapas",
    "isteri": "istri",
    "pondasi": "fondasi",
    "mempengaruhi": "memengaruhi",
    "ijasah": "ijazah",
    "kadaluarsa": "kedaluwarsa",
    "kadaluwarsa": "kedaluwarsa",
    "kedaluarsa": "kedaluwarsa",
    "hutang": "utang",
    "berhutang": "berutang",
    "terimakasih": "terima kasih",
    "analisa": "analisis",
    "menganalisa": "menganalisis",
    "dianalisa": "dianalisis",
    "diagnosa": "diagnosis",
    "didiagnosa": "didiagnosis",
    "hipotesa": "hipotesis",
    "aktifitas": "aktivitas",
    "kreatifitas": "kreativitas",
    "efektifitas": "efektivitas",
    "produktifitas": "produktivitas",
    "standarisasi": "standardisasi",
    "kwitansi": "kuitansi",
    "kwartal": "kuartal",
    "sistim": "sistem",
    "silahkan": "silakan",
    "nasehat": "nasihat",
    "jaman": "zaman",
    "teoritis": "teoretis",
    "kongkrit": "konkret",
    "konkrit": "konkret",
    "telpon": "telepon",
    "menelpon": "menelepon",
    "ditelpon": "ditelepon",
    "apotik": "apotek",
    "antri": "antre",
    "antrian": "antrean",
    "mengantri": "mengantre",
    "rapih": "rapi",
    "milyar": "miliar",
    "lembab": "lembap",
    "menterjemahkan": "menerjemahkan",
    "terlanjur": "telanjur",
    "legalisir": "legalisasi",
    "dilegalisir": "dilegalisasi",
    "pengrusakan": "perusakan",
    "walikota": "wali kota",
    "ibukota": "ibu kota",
    "jum'at": "Jumat",
    "ramadhan": "Ramadan",
    "sholat": "salat",
    "idul fitri": "Idulfitri",
    "idul adha": "Iduladha",
    "kordinasi": "koordinasi",
    "berkordinasi": "berkoordinasi",
    "managemen": "manajemen",
}

# Place and position words that follow the preposition di/ke (brief 3.2 heuristic).
TEMPAT = frozenset(
    "sana sini situ mana atas bawah dalam luar depan belakang antara samping tengah sekitar seluruh "
    "kantor pendopo aula desa kecamatan kabupaten kota rumah sekolah pasar masjid lapangan gedung "
    "jalan balai kelurahan provinsi puskesmas gereja pura kampus posko pantai sungai".split()
)
# ... but "keluar" (to go out) is a real word and must never be flagged.
TEMPAT_KECUALI = frozenset({"keluar"})

# Verb stems that take the prefix di- (passive) and are not place words: "di laksanakan" is wrong.
KATA_KERJA = frozenset(
    "laksanakan tulis jual buka tutup resmikan salurkan sampaikan umumkan ajak minta larang imbau "
    "tangkap periksa gelar lantik berikan terima kirim pasang bagikan serahkan tetapkan harapkan "
    "lakukan perbaiki hadiri ikuti sambut bangun bantu catat cek kelola tunda batalkan gunakan "
    "sebarkan luncurkan tingkatkan perpanjang perketat dukung dorong sosialisasikan evaluasi "
    "tindaklanjuti jelaskan ungkapkan selenggarakan adakan hadirkan siapkan rencanakan".split()
)
# Nouns ending in -kan that may follow the preposition di ("di pekan olahraga"). Words that
# start with pe-/ke- are never guessed to be verbs either (di peternakan, di percetakan).
BUKAN_KATA_KERJA = frozenset("pekan ikan pakan lokan tarakan".split())

# Initialisms written in capitals (Singkatan rule 3).
INISIAL = frozenset(
    "DPRD DPR DPD OPD ASN PNS APBD APBN KTP BPBD UMKM TNI KPU TPS BPJS PKK PAUD BUMD BUMN OJK NIK NIP "
    "SKPD PPID KUHP NKRI".split()
) - {"NIK", "NIP"}
# Syllable acronyms of proper names: initial capital only (Singkatan rule 6).
AKRONIM = {
    w.upper(): w
    for w in "Pemkab Pemprov Pemkot Pemda Diskominfo Kominfo Komdigi Bappeda Bappenas Bulog Setda Perbup "
    "Pergub Perda Permenpan Polri Polres Polda Disdukcapil Dinkes Disdik".split()
}
AKRONIM_NAMA = frozenset({"pemkab", "pemprov", "pemkot", "diskominfo", "bappeda", "setda", "polres", "polda"})

# Month names a text should capitalise: every month but "mei", which this checker has never flagged.
BULAN = frozenset(b.lower() for b in NAMA_BULAN) - {"mei"}

# Counting nouns after which a one-word number is written in letters (Angka rule 2).
KATA_BILANGAN = frozenset("orang kali buah ekor warga peserta anggota keluarga desa kecamatan sekolah".split())
SATU_KATA = {
    "1": "satu",
    "2": "dua",
    "3": "tiga",
    "4": "empat",
    "5": "lima",
    "6": "enam",
    "7": "tujuh",
    "8": "delapan",
    "9": "sembilan",
    "10": "sepuluh",
    "11": "sebelas",
    "100": "seratus",
    "1000": "seribu",
    "1.000": "seribu",
}

# Words that may stay lowercase inside a title: particles of names and unit symbols.
BOLEH_KECIL = frozenset("bin binti boru van von der de da vs km kg cm mm ml mg ha dll dsb dst dkk".split())
# Abbreviations that end with a full stop before a digit ("No. 5") or a word.
SINGKATAN_BERTITIK = frozenset(
    "no hlm km kav lt gg jl gd dll dsb dst dkk yth prof dr drs ir sdr kol tel telp hal a.n s.d".split()
)

# ---------------------------------------------------------------------------
# Proper names (``course.engines.spelling_names``): the names of people, places and institutions are
# written as their owners write them and never "corrected" (a person named Ramadhan).

# Titles and forms of address written before a name: "dr. Rina", "Ir. H. Ahmad", "Ibu Siti".
GELAR_NAMA = frozenset(
    "dr drg dra drs ir h hj prof kh ny nn tn sdr sdri bapak ibu pak bu saudara saudari kak mas mbak bang".split()
)
# Verbs of attribution (EYD V Tanda Koma rule 7; newsroom usage): the name after them is a speaker.
VERBA_ATRIBUSI = (
    "kata",
    "ujar",
    "ucap",
    "tutur",
    "ungkap",
    "jelas",
    "terang",
    "tegas",
    "imbuh",
    "tambah",
    "sebut",
    "ujarnya",
    "katanya",
    "tuturnya",
    "jelasnya",
    "ungkapnya",
    "tegasnya",
    "imbuhnya",
    "tambahnya",
)
# Words next to which a month or feast (Ramadhan, Nopember, Idul Fitri) is the calendar, not a name.
KONTEKS_KALENDER = frozenset(
    "bulan hari raya puasa selama awal akhir jelang menjelang pertengahan malam tanggal pekan minggu tahun "
    "sambut menyambut idul fitri adha lebaran ibadah sahur buka berbuka tarawih selamat memasuki usai "
    "setelah sebelum sesudah sepanjang sejak hingga sampai pada".split()
)
# Non-standard words that are never part of a name: "Walikota Bandung" is still "Wali Kota Bandung".
BUKAN_NAMA = frozenset({"walikota", "ibukota"})
