"""Word lists and patterns of the press-answer checker (``course.engines.press_answers``).

The acknowledging and bridging phrases of media training's "ABC" (acknowledge, bridge, communicate;
Throughline Group 2015), the forms of "no comment" and of a refusal with its reason and time (Media First),
the patterns of a concrete fact, and the words that carry no topic. No Indonesian textbook lists these:
they are the course's rendering of media-training practice in Indonesian.
"""

from __future__ import annotations

import re

from course.engines.spelling_words import KATA_TUGAS, KATA_TUGAS_LAIN
from course.vocabulary import BULAN, HARI

# Acknowledging the question (the A of ABC) and bridging to the message (the B).
PENGAKUAN = tuple(
    "pertanyaan yang wajar|pertanyaan yang baik|pertanyaan yang bagus|pertanyaan yang penting|"
    "pertanyaan yang tepat|terima kasih atas pertanyaan|saya memahami|kami memahami|saya mengerti|"
    "kami mengerti|saya paham|kami paham|kami pahami|saya akui|kami akui|saya mengakui|kami mengakui|"
    "memang benar|benar bahwa|wajar jika|wajar bila|wajar kalau|kami menghargai|saya menghargai|"
    "kami mendengar|kami sudah mendengar|kami mohon maaf|kami minta maaf".split("|")
)
JEMBATAN = tuple(
    "yang perlu warga ketahui|yang perlu diketahui|yang perlu kita ketahui|yang perlu dipahami|"
    "yang perlu diingat|yang perlu digarisbawahi|yang penting adalah|yang penting di sini|"
    "yang terpenting|yang paling penting|yang lebih penting|intinya|yang ingin saya tegaskan|"
    "yang ingin kami tegaskan|perlu saya tegaskan|perlu kami tegaskan|yang bisa saya sampaikan|"
    "yang dapat saya sampaikan|yang bisa kami sampaikan|yang dapat kami sampaikan|yang pasti|yang jelas|"
    "faktanya|kenyataannya|izinkan saya menjelaskan|mari kita lihat".split("|")
)
# "No comment" in any form: never said (the words themselves are heard as hiding something).
TANPA_KOMENTAR = re.compile(
    r"\b(?:no comment|no komen|tidak ada komentar|tak ada komentar|tanpa komentar|belum ada komentar)\b",
    re.IGNORECASE,
)
# A refusal that is fine with a reason and a time.
MENOLAK = re.compile(
    r"\b(?:tidak|belum|tak)\s+(?:bisa|dapat|mau|akan|ingin|boleh)\s+(?:saya\s+|kami\s+)?"
    r"(?:menjawab|jawab|berkomentar|mengomentari|komentari|menanggapi|tanggapi|menyampaikan|sampaikan|"
    r"menyebut|menyebutkan|sebutkan)\b"
    r"|\b(?:tidak|belum)\s+berkomentar\b|\bbukan\s+wewenang\s+(?:saya|kami)\b",
    re.IGNORECASE,
)
ALASAN = re.compile(
    r"\b(?:karena|sebab|lantaran|mengingat|demi|agar|supaya|masih|sedang|menunggu|belum\s+(?:selesai|final|"
    r"lengkap|rampung|diputuskan|ditetapkan))\b",
    re.IGNORECASE,
)
HARI_BULAN = "|".join([*HARI, *BULAN])
KAPAN = re.compile(
    rf"\b(?:{HARI_BULAN})\b|\bpukul\b|\b\d+\s+(?:jam|hari|pekan|minggu|bulan)\b|\b(?:besok|lusa)\b"
    r"|\b(?:pekan|minggu|bulan|tahun)\s+depan\b|\b(?:hari|sore|siang|malam|pagi|pekan|minggu)\s+ini\b"
    r"|\b(?:setelah|sesudah|begitu|paling lambat|selambat-lambatnya)\b",
    re.IGNORECASE,
)
ANGKA_KATA = frozenset(
    "dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus seribu sejuta setengah "
    "belas puluh ratus ribu juta miliar triliun".split()
)
BULAN_POLA = "|".join(BULAN)
HARI_POLA = "|".join(HARI)
ANGKA_KATA_POLA = "|".join(sorted(ANGKA_KATA, key=len, reverse=True))
# Concrete facts as a reader would quote them: a date, a time, an amount, a number with its noun, a number
# word with its noun, a weekday or a month (case-sensitive: "Minggu" the day, not "minggu" the week).
FAKTA_POLA = re.compile(
    rf"(?:\b(?:{HARI_POLA}),?\s+)?\b\d{{1,2}}\s+(?:{BULAN_POLA})(?:\s+\d{{4}})?\b"
    r"|\bpukul\s+\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?(?:\s+WI(?:B|TA|T)\b)?"
    r"|\bRp\s?\d[\d.,]*\d(?:\s+per\s+\w+)?|\bRp\s?\d"
    r"|\b\d[\d.,]*\s?(?:%|persen\b)"
    r"|\b\d[\d.,]*\d(?:\s+[a-z]\w+)?|\b\d(?:\s+[a-z]\w+)?"
    rf"|(?i:\b(?:{ANGKA_KATA_POLA})\b(?:\s+\w+)?)"
    rf"|\b(?:{HARI_POLA}|{BULAN_POLA})\b"
)
# A named place, office or programme: a kind word followed by a capitalised name.
JENIS_NAMA = (
    "Jalan|Jl|Kecamatan|Kelurahan|Desa|Dusun|Kantor|Gedung|Aula|Balai|Pendopo|Lapangan|Pasar|Posko|Puskesmas|"
    "Rumah Sakit|RSUD|Dinas|Badan|Bagian|Program|Aplikasi|Layanan|Forum|Terminal|Taman|Alun-Alun|Ruang|Blok|"
    "Unit|UPT|UPTD|Satgas|Sekretariat|Kampung|Perumahan|Stadion|Masjid|Sekolah|SD|SMP|SMA|SMK"
)
NAMA_TEMPAT = re.compile(rf"\b(?:{JENIS_NAMA})\.?\s+[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*)*")
AKRONIM = re.compile(r"\b[A-Z]{3,}\b")
BUKAN_FAKTA_AKRONIM = frozenset({"WIB", "WITA", "WIT", "OPD", "ASN"})
# Words that carry no topic: function words, question words, pronouns, forms of address, fillers and the
# generic names of a local government (any answer of a Pemkab names it).
BUKAN_ISI = (
    KATA_TUGAS
    | KATA_TUGAS_LAIN
    | frozenset(
        "apakah mengapa kenapa bagaimana berapa kapan siapa dimana mana saja apa bapak ibu saudara anda kami kita "
        "saya mereka beliau itu ini tersebut adalah akan bisa dapat ada benar memang tentu hanya lagi sangat "
        "lebih semua banyak terima kasih pertanyaan jawab jawaban menjawab wartawan rekan teman nanti sekarang "
        "begitu seperti sedang boleh harus perlu ingin mau sudah maaf mohon tolong juga baik bagus wajar "
        "pemkab pemda pemerintah kabupaten kota bupati wakil walikota daerah".split()
    )
)
AWALAN = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "pe", "ber", "be", "ter", "di", "ke", "se")
AKHIRAN = ("nya", "lah", "kah", "pun", "kan", "an", "i")
