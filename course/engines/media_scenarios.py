"""The synthetic material of session 04 (data sintetis: Kabupaten Sukamaju does not exist), and its small data tools.

The core exercises: the six cases for the Kode Etik Jurnalistik (``KASUS``), the four viral posts with the three
decisions and their reason codes (``UNGGAHAN``, ``KEPUTUSAN``, ``ARTI_KEPUTUSAN``, ``ALASAN``) and the media list
(``MEDIA``; ``media_sintetis``, ``saring_media``, ``media_names``).

The optional writing exercises, each scenario with the text a participant reads:

* a Pemkab post on a road-repair programme (``UNGGAHAN_JALAN``), the humas fact sheet behind it
  (``FAKTA_JALAN``, the ``fakta`` of ``course.engines.citizen_replies.periksa_balasan``) and six
  public comments (``KOMENTAR``), with the four moderation actions (``TINDAKAN``) and their reason
  codes (``ALASAN_KOMENTAR``);
* a viral post with an out-of-context flood photo (``UNGGAHAN_VIRAL``), the verification material
  (``BAHAN_VERIFIKASI``), the conclusions a fact-checker chooses from (``KESIMPULAN``) and the facts a
  clarification is checked against (``FAKTA_KLARIFIKASI``, for ``course.engines.clarification``);
  ``gambar_foto_viral`` draws the photo (an illustration), with a warning label when asked;
  ``finding_forms`` reads a participant's findings in any reasonable spelling;
* four pairs of posts on the same event (``PASANGAN_CITRA``) for the image the kabupaten wants
  (``CITRA_SUKAMAJU``), with reason codes (``ALASAN_CITRA``).

No answer key lives here: the session module keeps the keys as salted hashes. The ``*_sheet``
functions return the printed form of each scenario; the session module prints it.
"""

from __future__ import annotations

import difflib
import re
import textwrap
from collections.abc import Iterable
from typing import Any

from course.engines.charts_text import ILUSTRASI, tampilkan
from course.errors import EmptyInput, InputError, describe_value, expect_text

DATA_SINTETIS = "data sintetis: contoh rekaan, tidak ada Kabupaten Sukamaju"

# ---------------------------------------------------------------------------
# 0. The core exercises: cases for the Kode Etik Jurnalistik, viral posts, the media list

KASUS = {
    "A": "Sebuah berita menulis nama lengkap dan alamat korban kekerasan seksual.",
    "B": "Media daring salah menulis jumlah penerima bantuan; setelah tahu, media itu harus segera meralat dan meminta maaf.",
    "C": "Dinas yang diberitakan keliru meminta agar tanggapannya dimuat secara proporsional.",
    "D": "Wartawan sudah sepakat dengan humas untuk menunggu embargo sampai pukul 10.00, tetapi memuat berita pukul 08.00.",
    "E": "Berita menonjolkan suku dan agama seorang tersangka untuk merendahkan kelompoknya.",
    "F": "Berita memuat tuduhan terhadap seorang camat tanpa menguji informasinya dan tanpa meminta keterangan camat itu.",
}

KEPUTUSAN = ("unggah", "tahan", "klarifikasi")
ARTI_KEPUTUSAN = {
    "unggah": "bagikan informasi itu di akun resmi",
    "tahan": "jangan bagikan (dulu)",
    "klarifikasi": "unggah tanggapan resmi yang meluruskan atau menjelaskan, tanpa menyebarkan ulang isi yang "
    "keliru atau yang melanggar",
}
ALASAN = {
    "R1": "informasi sudah dipastikan oleh sumber resmi yang berwenang",
    "R2": "sumber belum jelas dan belum dapat dipastikan; tunggu verifikasi",
    "R3": "informasi keliru tentang layanan instansi sendiri; luruskan dengan fakta",
    "R4": "memuat identitas korban atau anak; jangan ikut menyebarkan",
}
UNGGAHAN = {
    1: 'Pesan berantai WhatsApp tanpa foto dan tanpa sumber: "Jembatan di Desa Sukadana putus, hindari jalur itu!" '
    "BPBD Sukamaju belum memberi keterangan.",
    2: "Akun warga menulis bahwa pendaftaran beasiswa Pemkab Sukamaju ditutup hari ini, padahal Dinas Pendidikan sudah "
    "memastikan pendaftaran dibuka sampai 30 Juni.",
    3: "Kepala BPBD Sukamaju mengirim peringatan dini banjir resmi di grup koordinasi OPD dan memintanya disebarkan.",
    4: "Video viral memperlihatkan wajah seorang anak korban perundungan; warganet meminta Pemkab menanggapi.",
}

MEDIA = [  # data sintetis: fictional outlets, figures invented for the exercise
    ("Harian Sukamaju Pos", "cetak", "lokal", "pemerintahan", 12000),
    ("Radio Suara Sukamaju", "radio", "lokal", "kesehatan", 30000),
    ("sukamajuhariini.id", "daring", "lokal", "kesehatan", 45000),
    ("Warta Nusantara", "daring", "nasional", "kesehatan", 900000),
    ("TV Sukamaju", "televisi", "lokal", "pemerintahan", 60000),
    ("Kabar Lembah", "daring", "lokal", "kesehatan", 8000),
    ("Ekonomi Raya", "cetak", "nasional", "ekonomi", 150000),
    ("Tribun Pesisir", "cetak", "lokal", "kesehatan", 15000),
    ("Sport Sukamaju", "daring", "lokal", "olahraga", 20000),
    ("Kanal Satu Nasional", "televisi", "nasional", "pemerintahan", 2500000),
]
KOLOM_MEDIA = ("nama", "jenis", "cakupan", "rubrik", "jangkauan")
NAMA_MEDIA = {m[0].casefold(): m[0] for m in MEDIA}

# ---------------------------------------------------------------------------
# 1. Answering citizens: a Pemkab post, its fact sheet and six comments

UNGGAHAN_JALAN = (
    "Akun resmi Pemkab Sukamaju, Senin, 3 November 2025:\n"
    "Program Jalan Mulus 2025 dimulai hari ini. Dinas PUPR Kabupaten Sukamaju memperbaiki 12 ruas jalan "
    "kabupaten sepanjang 38 km sampai 19 Desember 2025. Daftar ruas dan jadwalnya: sukamajukab.go.id/jalan. "
    "Kerusakan jalan di luar daftar dapat dilaporkan lewat SP4N-LAPOR! di lapor.go.id."
)
FAKTA_JALAN = (
    "Lembar fakta humas (Dinas PUPR Kabupaten Sukamaju, 3 November 2025):\n"
    "- Program Jalan Mulus 2025 memperbaiki 12 ruas jalan kabupaten sepanjang 38 km, 3 November sampai "
    "19 Desember 2025. Daftar ruas dan jadwalnya ada di sukamajukab.go.id/jalan.\n"
    "- Ruas Tanjung Sari–Batu Putih (5,2 km) dikerjakan 17–28 November 2025. Selama pengerjaan, kendaraan "
    "dialihkan lewat Jalan Raya Bumi Ayu.\n"
    "- Ruas Sukadana–Mekar Jaya tidak termasuk program 2025. Usulan perbaikan ruas lain untuk tahun 2026 "
    "dihimpun lewat SP4N-LAPOR! (lapor.go.id) dan musrenbang desa; laporan diteruskan ke Dinas PUPR.\n"
    "- Anggaran program Rp24,5 miliar dari APBD Kabupaten Sukamaju 2025, tidak dipotong untuk kegiatan lain. "
    "Rinciannya ada di laman PPID: sukamajukab.go.id/ppid.\n"
    "- Kerusakan milik warga akibat pengerjaan (pagar, saluran) dicatat Dinas PUPR dan diperbaiki kontraktor. "
    "Laporannya lewat pesan langsung (DM) akun resmi Pemkab atau SP4N-LAPOR!, dengan nama, alamat, dan foto, "
    "tidak di kolom komentar.\n"
    "- Pesan langsung akun resmi dijawab pada hari kerja, pukul 08.00–16.00 WIB."
)
# Comment number -> (account, comment as written by the citizen). Comment 4's abuse is censored by the course.
KOMENTAR = {
    1: (
        "@dedi_sukadana",
        "Jalan Sukadana–Mekar Jaya rusak parah, lubangnya sedalam lutut. Udah tiga bulan begini, kemarin ada "
        "motor jatuh. Kok nggak masuk daftar? Pemkab ke mana aja??",
    ),
    2: (
        "@rina.tanjungsari",
        "Min, ruas Tanjung Sari–Batu Putih ikut diperbaiki nggak? Kapan? Tiap pagi saya lewat situ antar anak sekolah.",
    ),
    3: (
        "@kabar_sukamaju_asli",
        "Katanya anggaran jalan ini dipotong 50% buat pesta HUT kabupaten. Pantas jalan cepat rusak lagi. Sebarkan!",
    ),
    4: (
        "@anon_88121",
        "Pejabat PUPR [makian kasar, disensor oleh kursus] semua! Tunggu saja, kantornya kami datangi dan kami bakar.",
    ),
    5: (
        "@bu_yanti77",
        "Min, rumah saya di pinggir ruas Tanjung Sari–Batu Putih. Kalau nanti pagar depan rumah kena alat berat, "
        "ganti ruginya gimana? Perlu saya tulis NIK sama alamat lengkap di sini?",
    ),
    6: ("@pakrt_bumiayu", "Mantap, Pemkab! Semoga cepat selesai dan awet. 👍🙏"),
}
TINDAKAN = ("balas publik", "pesan pribadi", "sembunyikan dan laporkan", "teruskan ke OPD")
ARTI_TINDAKAN = {
    "balas publik": "jawab di kolom komentar; jawabannya berguna juga bagi warga lain yang membaca",
    "pesan pribadi": "balas singkat di kolom komentar, lalu lanjutkan lewat pesan langsung (DM) atau kanal resmi",
    "sembunyikan dan laporkan": "sembunyikan komentar dan laporkan ke platform; hanya untuk komentar yang melanggar "
    "aturan komunitas, bukan untuk kritik",
    "teruskan ke OPD": "teruskan ke OPD yang berwenang (lewat SP4N-LAPOR! atau jalur internal), lalu balas warga "
    "bahwa laporannya diteruskan dan cara memantaunya",
}
ALASAN_KOMENTAR = {
    "K1": "pertanyaan tentang layanan yang jawabannya ada di data resmi; jawabannya berguna bagi warga lain",
    "K2": "keluhan yang perlu ditindaklanjuti OPD teknis; warga perlu tahu laporannya diteruskan ke mana",
    "K3": "penanganannya memerlukan data pribadi warga; data itu tidak boleh dibahas di ruang publik",
    "K4": "klaim keliru yang sedang beredar; luruskan dengan data dan sumber resmi",
    "K5": "makian kasar atau ancaman yang melanggar aturan komunitas, bukan kritik",
    "K6": "apresiasi warga; cukup ucapan terima kasih yang singkat",
}
BALASAN_WAJIB = (1, 2, 5)  # the comments every participant answers in writing
BALASAN_BOLEH = (3, 6)  # comments a participant may answer as well (then the reply is checked too)

# ---------------------------------------------------------------------------
# 2. A viral post with an out-of-context photo, and the material to verify it

UNGGAHAN_VIRAL = (
    "Akun @sukamaju_viral24 (dibuat tiga hari lalu, tanpa nama pengelola), Selasa, 4 November 2025, "
    "pukul 06.40 WIB:\n"
    '"BANJIR BANDANG PAGI INI! Jembatan Bumi Ayu putus, ratusan rumah tenggelam sampai atap. Pemkab diam '
    'saja!! SEBARKAN!!"\n'
    "Foto: permukiman terendam air cokelat sampai ke atap rumah. Dalam dua jam unggahan ini dibagikan "
    "2.300 kali."
)
BAHAN_VERIFIKASI = {
    "Hasil pencarian gambar terbalik (reverse image search)": (
        "Foto yang sama pertama kali dimuat laman Harian Sukamaju Pos pada Rabu, 14 Maret 2018, dengan "
        'keterangan: "Banjir merendam permukiman warga di Kecamatan Pasir Panjang, Kabupaten Sukamaju, '
        'Rabu (14/3/2018)." Foto itu diunggah ulang oleh beberapa akun pada 2019 dan 2021.'
    ),
    "Pernyataan resmi BPBD Kabupaten Sukamaju (Selasa, 4 November 2025, pukul 08.15 WIB)": (
        "Hujan deras Senin malam membuat air Sungai Bumi Ayu naik. Genangan setinggi 20–30 cm masuk ke 15 rumah "
        "di Desa Sukamulya, Kecamatan Bumi Ayu, dan surut pukul 06.00 WIB. Tidak ada korban jiwa. Jembatan Bumi "
        "Ayu utuh dan dapat dilalui. Informasi kebencanaan resmi: akun BPBD Kabupaten Sukamaju dan Call Center "
        "112."
    ),
    "Pesan berantai di grup WhatsApp warga (pukul 07.05 WIB)": (
        '"Kata saudara saya di Bumi Ayu, airnya sudah sepinggang, jembatannya katanya putus. Hati-hati!"'
    ),
}
FIELDS = ("sumber_foto", "tahun_foto", "tempat_foto", "data_resmi", "kesimpulan")
ARTI_TEMUAN = {
    "sumber_foto": "media yang pertama kali memuat foto itu",
    "tahun_foto": "tahun foto itu pertama kali dimuat",
    "tempat_foto": "tempat foto itu diambil (nama kecamatan)",
    "data_resmi": "instansi yang datanya menjadi pegangan tentang kejadian hari ini",
    "kesimpulan": "salah satu kesimpulan di bawah",
}
# First Draft's categories as Mafindo (TurnBackHoax) uses them, plus "not yet verifiable".
KESIMPULAN = {
    "benar": "klaim dan fotonya sesuai dengan data resmi",
    "konten palsu": "isi dan gambarnya dibuat-buat atau direkayasa (fabricated content)",
    "konteks keliru": "foto atau video asli, tetapi dari waktu atau tempat lain, dipasangkan dengan klaim yang "
    'salah (false context; Mafindo menyebutnya "konten yang salah")',
    "belum dapat dipastikan": "bahan verifikasi belum cukup; tahan dulu",
}
ALIAS_KESIMPULAN = {
    "konten yang salah": "konteks keliru",
    "konteks salah": "konteks keliru",
    "konteks yang salah": "konteks keliru",
    "false context": "konteks keliru",
    "fabricated content": "konten palsu",
    "palsu": "konten palsu",
    "hoaks": "konten palsu",
    "belum pasti": "belum dapat dipastikan",
}
# Where to look again when a finding does not match (the hint names the material, never the answer).
PETUNJUK_TEMUAN = {
    "sumber_foto": "hasil pencarian gambar terbalik: media mana yang pertama kali memuat foto itu?",
    "tahun_foto": "hasil pencarian gambar terbalik: kapan foto itu pertama kali dimuat?",
    "tempat_foto": "keterangan asli foto itu: di kecamatan mana foto itu diambil?",
    "data_resmi": "dari ketiga bahan, mana yang berasal dari instansi yang berwenang? Akun anonim dan pesan "
    "berantai bukan data resmi.",
    "kesimpulan": "fotonya asli atau rekayasa, dan apakah waktu serta tempatnya sama dengan klaim unggahan?",
}
# What a clarification is checked against (course.engines.clarification.periksa_klarifikasi).
FAKTA_KLARIFIKASI: dict[str, list[str]] = {
    "sumber": ["BPBD Kabupaten Sukamaju", "BPBD Sukamaju", "BPBD"],
    "tanggal_foto": ["2018", "14 Maret 2018", "14/3/2018"],
    "tempat_foto": ["Pasir Panjang"],
    "klaim": ["Jembatan Bumi Ayu putus", "ratusan rumah tenggelam"],
}

# ---------------------------------------------------------------------------
# 3. Pairs of posts about the same event, and the image the kabupaten wants

CITRA_SUKAMAJU = "pemerintah yang melayani warga, terbuka tentang masalahnya, dan sigap saat krisis"
PASANGAN_CITRA = {
    1: {
        "peristiwa": "jalan Sukadana–Tanjung Sari selesai diperbaiki",
        "A": "Bupati Sukamaju didampingi Forkopimda meresmikan Jalan Sukadana–Tanjung Sari. Acara dimeriahkan tari "
        "tradisional dan pemotongan pita.",
        "B": "Jalan Sukadana–Tanjung Sari sepanjang 4,2 km mulus kembali. Waktu tempuh warga ke Pasar Tanjung Sari "
        "turun dari 40 menjadi 15 menit. Ada kerusakan jalan lain? Laporkan lewat SP4N-LAPOR! di lapor.go.id.",
    },
    2: {
        "peristiwa": "pekan imunisasi anak",
        "A": "Video 60 detik dengan gambar drone dan musik megah: SUKAMAJU SEHAT, SUKAMAJU JUARA! 🔥🚀 "
        "#SukamajuHebat. Tidak menyebut tanggal, tempat, atau syaratnya.",
        "B": "Gambar sederhana: imunisasi anak gratis, 10–15 November 2025, di 24 puskesmas. Bawa buku KIA. "
        "Daftar puskesmas: sukamajukab.go.id/imunisasi.",
    },
    3: {
        "peristiwa": "banjir di Kecamatan Bumi Ayu",
        "A": "Bupati Sukamaju menyerahkan bantuan sembako secara simbolis kepada warga terdampak banjir, disaksikan "
        "jajaran OPD. Foto: Bupati tersenyum menyerahkan paket.",
        "B": "Pembaruan banjir Bumi Ayu pukul 10.00 WIB: 15 rumah terdampak, tidak ada korban jiwa. Posko di Balai "
        "Desa Sukamulya buka 24 jam. Perlu pertolongan? Hubungi Call Center 112. Pembaruan berikutnya pukul 16.00 "
        "WIB.",
    },
    4: {
        "peristiwa": "layanan daring Disdukcapil terganggu, warga mengeluh di kolom komentar",
        "A": "Mohon maaf, layanan daring Disdukcapil terganggu 4–5 November 2025 karena perbaikan server. "
        "Permohonan KTP-el dan KK tetap dilayani di kantor kecamatan. Perkembangannya kami kabarkan di akun ini.",
        "B": "Disdukcapil Sukamaju terus berinovasi demi pelayanan prima! #MelayaniDenganHati (diunggah saat "
        "layanan daring sedang terganggu).",
    },
}
ALASAN_CITRA = {
    "C1": "menonjolkan manfaat nyata bagi warga, bukan seremoni pejabat",
    "C2": "memberi informasi yang dapat langsung dipakai warga (kapan, di mana, apa syaratnya)",
    "C3": "saat krisis, mendahulukan keselamatan warga dan pembaruan informasi yang terjadwal",
    "C4": "terbuka mengakui masalah dan menunjukkan jalan keluarnya",
    "C5": "lebih meriah dan lebih menarik dilihat, jadi lebih banyak disukai",
    "C6": "menampilkan pimpinan daerah agar makin dikenal warga",
}

# ---------------------------------------------------------------------------
# Helpers: the media list, choices named in any case, phrases of a finding


def media_sintetis() -> Any:
    """The media list (pandas DataFrame; data sintetis: fictional outlets)."""
    import pandas as pd

    return pd.DataFrame(MEDIA, columns=list(KOLOM_MEDIA))


def _choice(value: Any, column: str) -> str | None:
    """A value of ``column`` of the media list (any case), None when not given; ``InputError`` otherwise."""
    if value is None:
        return None
    options = sorted({str(m[KOLOM_MEDIA.index(column)]) for m in MEDIA})
    listed = ", ".join(f'"{o}"' for o in options)
    text = expect_text(value, column)
    if text.casefold() not in options:
        raise InputError(f'{column} "{text}" tidak ada di tabel media.', f"Pilih salah satu dari: {listed}.")
    return text.casefold()


def saring_media(
    media: Any = None, cakupan: str | None = None, rubrik: str | None = None, jenis: str | None = None
) -> Any:
    """The outlets of ``media`` (the whole list when None) that match every criterion given, largest reach first.

    For example ``saring_media(media, jenis="radio")``; a criterion left out is not filtered on.
    """
    import pandas as pd

    table = media_sintetis() if media is None else media
    example = 'Tulis misalnya saring_media(media, jenis="radio"), dengan media = media_sintetis().'
    if not isinstance(table, pd.DataFrame):
        raise InputError(
            f"saring_media perlu tabel media sebagai isian pertama, bukan {describe_value(media)}.", example
        )
    missing = [c for c in KOLOM_MEDIA if c not in table.columns]
    if missing:
        raise InputError(
            f'tabel yang diberikan tidak punya kolom "{missing[0]}".', "Pakai tabel media yang utuh. " + example
        )
    wanted = {c: _choice(v, c) for c, v in (("cakupan", cakupan), ("rubrik", rubrik), ("jenis", jenis))}
    keep = pd.Series(True, index=table.index)
    for column, value in wanted.items():
        if value is not None:
            keep &= table[column].astype(str).str.casefold() == value
    return table[keep].sort_values("jangkauan", ascending=False).reset_index(drop=True)


def listed(options: Iterable[str], quote: bool = True, last: str = "atau") -> str:
    """ "a", "b", atau "c" (unquoted with ``quote=False``; "dan" as ``last`` for a list of all of them)."""
    shown = [f'"{o}"' if quote else o for o in options]
    return ", ".join(shown[:-1]) + f", {last} " + shown[-1] if len(shown) > 2 else f" {last} ".join(shown)


def named_option(raw: str, options: Iterable[str]) -> str | None:
    """The one of ``options`` that ``raw`` names (any case and spacing), else None."""
    key = " ".join(raw.split()).casefold()
    return next((o for o in options if o.casefold() == key), None)


def phrases(text: str) -> set[str]:
    """Every run of one to four words of ``text`` (letters and digits only), joined without spaces."""
    words = re.findall(r"[0-9a-z]+", text.casefold())
    return {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 5, len(words) + 1))}


def media_names(jawaban: Any, name: str) -> list[str]:
    """The outlet names of an answer: a table with a "nama" column, or a list of names from the table."""
    if jawaban is None:
        raise EmptyInput(
            f"{name} masih kosong (None).",
            'Isi dengan saring_media(media, cakupan="...", rubrik="...") atau dengan daftar nama media.',
        )
    if hasattr(jawaban, "columns"):
        if "nama" not in jawaban.columns:
            raise InputError('tabel jawaban tidak punya kolom "nama".', "Jangan membuang kolom nama saat menyaring.")
        raw = [str(x) for x in jawaban["nama"].tolist()]
    elif isinstance(jawaban, (list, tuple)) and jawaban and all(isinstance(x, str) for x in jawaban):
        raw = list(jawaban)
    else:
        raise InputError(
            f"{name} harus berupa tabel hasil saring_media atau daftar nama media, bukan {describe_value(jawaban)}.",
            'Tulis misalnya saring_media(media, cakupan="...", rubrik="..."), atau ["Nama Media 1", "Nama Media 2"].',
        )
    names = []
    for text in raw:
        key = " ".join(text.split()).casefold()
        if key not in NAMA_MEDIA:
            close = difflib.get_close_matches(key, list(NAMA_MEDIA), n=1, cutoff=0.6)
            hint = f'Maksudnya "{NAMA_MEDIA[close[0]]}"?' if close else "Salin nama media persis dari tabel."
            raise InputError(f'media "{text}" tidak ada di tabel media.', hint)
        names.append(NAMA_MEDIA[key])
    return names


MAKS_KATA_TEMUAN = 8  # a finding is a name, a year or a choice, not a paragraph


def finding_forms(answers: dict[Any, Any]) -> dict[str, set[str]]:
    """The forms of each finding given: the conclusion as one of ``KESIMPULAN`` (any case, or an alias),
    every other finding as its ``phrases``. ``InputError`` for an unknown field or a value of the wrong kind."""
    forms: dict[str, set[str]] = {}
    for field, value in answers.items():
        if field not in FIELDS:
            close = difflib.get_close_matches(str(field), FIELDS, n=1, cutoff=0.6)
            hint = f'Maksudnya "{close[0]}"?' if close else "Pakai nama isian: " + ", ".join(FIELDS) + "."
            raise InputError(f'isian "{field}" tidak dikenal.', hint)
        if field == "tahun_foto" and isinstance(value, int | float) and not isinstance(value, bool):
            if value != int(value):
                raise InputError(f"tahun_foto {value} bukan tahun.", "Tulis tahunnya saja, misalnya 2020.")
            value = str(int(value))
        text = expect_text(value, field)
        if field == "kesimpulan":
            choice = named_option(ALIAS_KESIMPULAN.get(" ".join(text.casefold().split()), text), KESIMPULAN)
            if choice is None:
                raise InputError(f'kesimpulan "{text}" tidak ada di antara pilihan.', f"Pilih {listed(KESIMPULAN)}.")
            forms[field] = {choice}
        elif len(text.split()) > MAKS_KATA_TEMUAN:
            raise InputError(f"isi {field} terlalu panjang.", "Tulis singkat: sebuah nama, tahun, atau tempat saja.")
        else:
            forms[field] = phrases(text)
    return forms


# ---------------------------------------------------------------------------
# The printed form of each scenario

WIDTH = 100


def _wrap(text: str, indent: str = "   ") -> str:
    """Each line of ``text`` filled to ``WIDTH``, list items with a hanging indent."""
    lines = []
    for line in text.splitlines():
        item = re.match(r"(- |\d+\. |[A-Z]\. |\"[^\"]+\": |K\d: |C\d: )", line)
        hanging = indent + " " * (len(item.group(1)) if item else 0)
        lines.append(
            textwrap.fill(line, WIDTH, initial_indent=indent, subsequent_indent=hanging, break_on_hyphens=False)
        )
    return "\n".join(lines)


def _choices(title: str, meanings: dict[str, str], quote: bool) -> list[str]:
    mark = '"' if quote else ""
    return [f"\n{title}:"] + [_wrap(f"{mark}{key}{mark}: {text}", "  ") for key, text in meanings.items()]


def comment_sheet() -> str:
    """The post, its fact sheet, the six comments, the actions and the reason codes (Latihan 4 and 5)."""
    lines = [f"Unggahan ({DATA_SINTETIS}):", _wrap(UNGGAHAN_JALAN), "", _wrap(FAKTA_JALAN), "", "Komentar warga:"]
    for nomor, (akun, teks) in KOMENTAR.items():
        lines.append(_wrap(f"{nomor}. {akun}: {teks}", ""))
    lines += _choices("Tindakan", ARTI_TINDAKAN, quote=True)
    lines += _choices("Kode alasan", ALASAN_KOMENTAR, quote=False)
    return "\n".join(lines)


def verification_sheet() -> str:
    """The viral post, the verification material and the conclusions to choose from (Latihan 6)."""
    lines = [f"Unggahan viral ({DATA_SINTETIS}):", _wrap(UNGGAHAN_VIRAL), "", "Bahan verifikasi:"]
    for nomor, (judul, isi) in enumerate(BAHAN_VERIFIKASI.items(), start=1):
        lines += [f"{nomor}. {judul}", _wrap(isi)]
    lines += _choices("Isi temuan", ARTI_TEMUAN, quote=True)
    lines += _choices("Pilihan kesimpulan", KESIMPULAN, quote=True)
    return "\n".join(lines)


def pairs_sheet() -> str:
    """The image the kabupaten wants, the four pairs of posts and the reason codes (Latihan 8)."""
    lines = [f"Citra yang ingin dibangun Pemkab Sukamaju ({DATA_SINTETIS}):", _wrap(CITRA_SUKAMAJU)]
    for nomor, pasangan in PASANGAN_CITRA.items():
        lines += ["", f"Pasangan {nomor}: {pasangan['peristiwa']}"]
        lines += [_wrap(f"{huruf}. {pasangan[huruf]}") for huruf in ("A", "B")]
    lines += _choices("Kode alasan", ALASAN_CITRA, quote=False)
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# The viral photo, drawn (an illustration: no photo file is needed)


def foto_viral_alt(label: str | None = None) -> str:
    """The text alternative of the viral photo: what the picture shows, and its label if it has one."""
    text = (
        f"{ILUSTRASI}, bukan foto asli: permukiman terendam banjir, air cokelat setinggi atap empat rumah "
        "beratap merah, sebuah tiang listrik, dan langit mendung."
    )
    if label:
        text += f' Di bagian atas ada pita merah bertuliskan "{label}".'
    return text


def gambar_foto_viral(label: str | None = None) -> Any:
    """Draw the viral flood photo (an illustration); with ``label``, a warning band across it, as a
    clarification shows a false image. In a notebook it is shown with its text alternative
    (``foto_viral_alt``). Returns the matplotlib Axes."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Polygon, Rectangle

    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    fig.subplots_adjust(left=0, right=1, top=1, bottom=0)
    ax.set_xlim(0, 16)
    ax.set_ylim(0, 9)
    ax.axis("off")
    ax.add_patch(Rectangle((0, 0), 16, 9, color="#9aa5ad"))  # overcast sky
    for x, width in ((1, 3.2), (5.2, 2.6), (8.6, 3.4), (12.8, 2.4)):
        ax.add_patch(Rectangle((x, 3.2), width, 1.4, color="#c9b79c"))  # walls above the water
        ax.add_patch(Polygon([(x - 0.3, 4.6), (x + width / 2, 6.0), (x + width + 0.3, 4.6)], color="#8c3b2b"))
    ax.add_patch(Rectangle((4.35, 2.5), 0.15, 5.2, color="#4a4a4a"))  # a power pole
    ax.add_patch(Rectangle((0, 0), 16, 4.4, color="#7a5a36", alpha=0.95))  # brown water up to the roofs
    for y in (0.9, 2.0, 3.1, 4.0):
        ax.plot([0.5, 15.5], [y, y + 0.15], color="#a07c52", linewidth=2)
    ax.text(15.8, 0.2, f"Ilustrasi, {DATA_SINTETIS}", ha="right", va="bottom", fontsize=7, color="white")
    if label:
        ax.add_patch(Rectangle((0, 7.1), 16, 1.5, color="#b00020"))
        ax.text(8, 7.85, label, ha="center", va="center", fontsize=11, color="white", fontweight="bold")
    tampilkan(ax, foto_viral_alt(label))
    return ax
