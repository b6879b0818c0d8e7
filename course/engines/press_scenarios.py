"""The scripted press conference of session 06: the relocation of Pasar Induk Sukamaju (data sintetis).

``KONPERS_PASAR`` is the ``Skenario`` of the Q&A practice widget (``course.widgets.press_qa``): the fact
sheet (``FAKTA_RELOKASI``), the key messages (``PESAN_KUNCI``) and five journalists' questions, two plain
and three hard ones (``sulit``), each hard one with the key message its answer should bridge to.
``Pertanyaan.susulan_untuk(laporan)`` is the follow-up a journalist asks when an answer dodges (the
dodge named by ``course.engines.press_answers.LaporanJawaban.susulan``: a refusal without a reason
and a time, an off-topic answer, no concrete fact, an answer too long or too short).
``PERTANYAAN_SULIT`` numbers the three hard questions: the graded exercise of session 06 checks the
prepared answers to them with ``periksa_sulit``.

Everything here is fictional ("data sintetis"): there is no Kabupaten Sukamaju, and the people, media,
numbers and dates are made up for practice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from course.engines.press_answers import KATA_MAKS, LaporanJawaban, periksa_jawaban

FAKTA_RELOKASI = (
    "Pasar Induk Sukamaju memiliki 1.240 pedagang terdaftar.",
    "Pasar baru berada di Jalan Lingkar Timur, Kecamatan Sukamaju Timur, sekitar 2 kilometer dari pasar lama, "
    "dengan 1.300 kios dan los.",
    "Gedung pasar lama dibangun pada 1984; uji kelayakan bangunan tahun 2023 menyatakan atapnya rawan runtuh.",
    "Pemindahan berlangsung bertahap mulai Kamis, 1 Agustus 2024, dan selesai pada 31 Oktober 2024.",
    "Sewa kios gratis selama enam bulan pertama; sesudahnya Rp150.000 per bulan untuk kios 2 x 3 meter "
    "(di pasar lama Rp125.000 per bulan).",
    "Forum dialog dengan pedagang: Senin, 17 Juni 2024, pukul 09.00 WIB, di Aula Disperindag Kabupaten Sukamaju.",
    "Posko Pengaduan Pedagang di Kantor Pengelola Pasar Induk buka setiap hari pukul 08.00–15.00 WIB.",
    "Tidak ada pemindahan paksa: pasar lama tetap buka sampai 31 Oktober 2024, selama dialog berjalan.",
)
PESAN_KUNCI = (
    "Pasar baru lebih aman dan layak bagi pedagang dan pembeli.",
    "Biaya sewa kios di pasar baru terjangkau dan diumumkan terbuka kepada semua pedagang.",
    "Pemkab Sukamaju mengajak semua pedagang berdialog sebelum pemindahan dimulai.",
)
# The follow-up a journalist asks after each kind of dodge, unless the question has its own.
SUSULAN_UMUM = {
    "mengelak": "Kalau belum bisa dijawab sekarang, apa alasannya, dan kapan Pemkab akan menjelaskannya?",
    "relevan": "Maaf, itu belum menjawab pertanyaan saya. Saya ulangi: {pertanyaan}",
    "fakta": "Bisa lebih konkret? Sebutkan angka, tanggal, atau tempatnya.",
    "panjang": "Singkatnya saja: apa jawaban Anda dalam dua atau tiga kalimat?",
    "pendek": "Bisa dijelaskan sedikit lebih lengkap? Pembaca kami perlu tahu alasannya.",
}


@dataclass(frozen=True)
class Pertanyaan:
    """A journalist's scripted question: who asks, whether it is hard, its key message and its follow-ups."""

    teks: str
    penanya: str
    sulit: bool = False
    pesan_kunci: str | None = None
    susulan: dict[str, str] = field(default_factory=dict)
    fakta: tuple[str, ...] = ()  # the facts of the sheet that answer it best, suggested first

    def periksa(self, jawaban: object, fakta: tuple[str, ...] = FAKTA_RELOKASI) -> LaporanJawaban:
        """The answer checker's report on ``jawaban`` to this question."""
        sheet = self.fakta + tuple(f for f in fakta if f not in self.fakta)
        return periksa_jawaban(self.teks, jawaban, self.pesan_kunci, sheet, sulit=self.sulit)

    def susulan_untuk(self, laporan: LaporanJawaban) -> str | None:
        """The follow-up question for the dodge in ``laporan`` (None when the answer does not dodge)."""
        dodge = laporan.susulan
        if dodge is None:
            return None
        if dodge == "panjang" and laporan.jumlah_kata <= KATA_MAKS:
            dodge = "pendek"
        text = self.susulan.get(dodge) or SUSULAN_UMUM[dodge]
        return text.format(pertanyaan=self.teks)


@dataclass(frozen=True)
class Skenario:
    """A scripted press conference: its title, an introduction, the fact sheet, key messages and questions."""

    judul: str
    pengantar: str
    fakta: tuple[str, ...]
    pesan_kunci: tuple[str, ...]
    pertanyaan: tuple[Pertanyaan, ...]


SULIT_DIALOG = Pertanyaan(
    "Pak Bupati, banyak pedagang merasa tidak pernah diajak bicara. Mengapa rencana relokasi diumumkan tanpa "
    "melibatkan mereka?",
    "Dewi Anggraini (Harian Sukamaju Pos)",
    sulit=True,
    pesan_kunci=PESAN_KUNCI[2],
    susulan={
        "fakta": "Kapan dan di mana pedagang bisa menyampaikan keberatannya?",
        "mengelak": "Pedagang menunggu jawaban hari ini. Kalau belum bisa dijawab, kapan Pemkab akan menemui mereka?",
    },
    fakta=(FAKTA_RELOKASI[5], FAKTA_RELOKASI[6]),
)
SULIT_SEWA = Pertanyaan(
    "Beredar kabar sewa kios di pasar baru jauh lebih mahal. Apakah pedagang kecil akan terbebani?",
    "Maria Simanjuntak (TV Lokal Sukamaju)",
    sulit=True,
    pesan_kunci=PESAN_KUNCI[1],
    susulan={
        "fakta": "Berapa persisnya sewa kios per bulan di pasar baru?",
        "relevan": "Maaf, pertanyaan saya soal sewa kios: apakah lebih mahal daripada di pasar lama?",
    },
    fakta=(FAKTA_RELOKASI[4],),
)
SULIT_PROYEK = Pertanyaan(
    "Gedung pasar lama sudah dipakai puluhan tahun tanpa masalah. Bukankah relokasi ini hanya proyek yang "
    "menguntungkan kontraktor?",
    "Andi Wijaya (kabarsukamaju.id)",
    sulit=True,
    pesan_kunci=PESAN_KUNCI[0],
    susulan={"fakta": "Apa dasarnya Pemkab menyebut gedung pasar lama tidak aman?"},
    fakta=(FAKTA_RELOKASI[2],),
)
# The graded exercise of session 06: prepared answers to these three hard questions.
PERTANYAAN_SULIT = {1: SULIT_DIALOG, 2: SULIT_SEWA, 3: SULIT_PROYEK}

KONPERS_PASAR = Skenario(
    judul="Konferensi pers rencana relokasi Pasar Induk Sukamaju",
    pengantar="Anda juru bicara Pemkab Sukamaju di sesi tanya jawab. Lima wartawan bertanya bergiliran; "
    "bila jawaban Anda mengelak, wartawan mengajukan pertanyaan susulan.",
    fakta=FAKTA_RELOKASI,
    pesan_kunci=PESAN_KUNCI,
    pertanyaan=(
        Pertanyaan(
            "Kapan pemindahan pedagang dimulai, dan di mana lokasi pasar barunya?",
            "Rudi Hartono (Radio Suara Sukamaju)",
            susulan={"fakta": "Tanggal pastinya kapan, dan alamat pasar barunya di mana?"},
            fakta=(FAKTA_RELOKASI[3], FAKTA_RELOKASI[1]),
        ),
        SULIT_DIALOG,
        Pertanyaan(
            "Berapa kios yang tersedia di pasar baru, dan apakah cukup untuk semua pedagang?",
            "Yoga Pratama (sukamajunews.id)",
            susulan={"fakta": "Jadi, berapa jumlah kiosnya, dan berapa pedagang yang terdaftar?"},
            fakta=(FAKTA_RELOKASI[1], FAKTA_RELOKASI[0]),
        ),
        SULIT_SEWA,
        SULIT_PROYEK,
    ),
)


def periksa_sulit(jawaban: dict[int, object]) -> dict[int, LaporanJawaban]:
    """The checker's report on each prepared answer ``{1: "...", 2: "...", 3: "..."}`` to ``PERTANYAAN_SULIT``
    (the caller has checked the keys)."""
    return {n: PERTANYAAN_SULIT[n].periksa(jawaban[n]) for n in PERTANYAAN_SULIT}
