"""The words of the synthetic posts (``course.engines.synthetic_data``): captions and hashtags.

Made-up kecamatan, the public services a Pemkab posts about, one set of caption templates
per content pillar, and the hashtag of each pillar. Every name is invented.
"""

from __future__ import annotations

import numpy as np

KECAMATAN = (
    "Sukadana",
    "Mekar Jaya",
    "Tanjung Sari",
    "Bumi Ayu",
    "Sido Mulyo",
    "Batu Putih",
    "Air Hitam",
    "Pasir Panjang",
    "Kampung Baru",
    "Lubuk Raya",
)
LAYANAN = (
    "KTP-el",
    "kartu keluarga",
    "akta kelahiran",
    "imunisasi anak",
    "posyandu",
    "pasar murah",
    "beasiswa daerah",
    "perizinan usaha",
    "BPJS Kesehatan",
    "pajak kendaraan",
)
TEMPLATES = {
    "informasi": (
        "Jadwal layanan {layanan} keliling di Kecamatan {kec} pekan ini. Cek syaratnya.",
        "Pengumuman: layanan {layanan} di Mal Pelayanan Publik buka pukul 08.00 WIB.",
        "Info terbaru {layanan} untuk warga Kecamatan {kec}.",
        "Perubahan jadwal pelayanan {layanan} selama libur nasional.",
    ),
    "edukasi": (
        "Tiga langkah mudah mengurus {layanan} tanpa antre.",
        "Kenali gejala demam berdarah dan cara mencegahnya.",
        "Cara membedakan informasi resmi dan hoaks tentang {layanan}.",
        "Apa saja syarat {layanan}? Simak penjelasannya.",
    ),
    "progres": (
        "Progres pembangunan jembatan di Kecamatan {kec} sudah {persen}%.",
        "Perbaikan jalan poros Kecamatan {kec} memasuki tahap pengaspalan.",
        "Pembangunan puskesmas Kecamatan {kec} ditargetkan rampung akhir tahun.",
        "Irigasi baru untuk petani Kecamatan {kec} mulai dialiri air.",
    ),
    "profil": (
        "Kenalan dengan Dinas Komunikasi dan Informatika Kabupaten {kab}.",
        "Tugas dan layanan Bagian Protokol dan Komunikasi Pimpinan.",
        "Profil Kecamatan {kec}: potensi dan layanan unggulannya.",
        "Mengenal Mal Pelayanan Publik Kabupaten {kab}.",
    ),
    "di balik layar": (
        "Di balik layar persiapan layanan {layanan} keliling.",
        "Sehari bersama petugas BPBD Kabupaten {kab}.",
        "Begini tim humas menyiapkan siaran langsung rapat paripurna.",
        "Pagi-pagi petugas kebersihan sudah bekerja di Kecamatan {kec}.",
    ),
    "karier": (
        "Lowongan tenaga kesehatan di puskesmas Kabupaten {kab}. Cek syaratnya.",
        "Pendaftaran magang di Pemkab {kab} dibuka hingga akhir bulan.",
        "Seleksi PPPK Kabupaten {kab}: jadwal dan tahapannya.",
        "Kisah ASN muda yang merintis layanan digital di Kecamatan {kec}.",
    ),
    "seremonial": (
        "Bupati {kab} menghadiri upacara peringatan hari besar.",
        "Wakil Bupati meresmikan gedung baru di Kecamatan {kec}.",
        "Penyerahan piagam penghargaan kepada perangkat daerah berprestasi.",
        "Sekda membuka rapat koordinasi perangkat daerah.",
    ),
}
FORMAT_PREFIX = {
    "video": "Video: ",
    "kuis": "Kuis: ",
    "infografik": "Infografik: ",
    "podcast": "Podcast: ",
    "gambar": "",
    "teks": "",
}
CONTEST_SUFFIX = " Jawab di kolom komentar, ada hadiah untuk 3 pemenang!"
PILLAR_TAG = {
    "informasi": "#InfoLayanan",
    "edukasi": "#TahukahKamu",
    "progres": "#Pembangunan",
    "profil": "#KenalLebihDekat",
    "di balik layar": "#DiBalikLayar",
    "karier": "#Lowongan",
    "seremonial": "#Kegiatan",
}


def hashtag(name: str) -> str:
    return "#" + name.replace(" ", "")


def captions(
    rng: np.random.Generator, pillar: np.ndarray, fmt: np.ndarray, contest: np.ndarray, kab: np.ndarray
) -> list[str]:
    out = []
    for p, f, c, k in zip(pillar, fmt, contest, kab):
        template = TEMPLATES[p][rng.integers(len(TEMPLATES[p]))]
        text = template.format(
            kab=k,
            kec=KECAMATAN[rng.integers(len(KECAMATAN))],
            layanan=LAYANAN[rng.integers(len(LAYANAN))],
            persen=int(rng.integers(3, 19)) * 5,
        )
        text = FORMAT_PREFIX[f] + text
        if c:
            text += CONTEST_SUFFIX
        out.append(text)
    return out
