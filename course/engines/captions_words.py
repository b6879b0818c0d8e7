"""Word lists of the caption checker (``course.engines.captions``): our synthesis, each list named for its use.

* ``KATA_TAGAR``: words a kabupaten's hashtags are built from, so that ``#pekanimunisasi`` can be read as
  "pekan" + "imunisasi" and sent back for CamelCase. The caption's own words are added at check time, and
  the clickbait checker's lists of actors, public topics and units (``course.engines.headline_words``).
  A hashtag that is one word of the list (``#sukamaju``) is never split.
* ``PENANDA_KATA`` / ``PENANDA_FRASA``: strong bait markers that are wrong anywhere in a government caption
  (brief 4.4: exclamation and sensation words, forward reference, teasing phrases), narrower than the
  headline checker's lists because a caption may say "yuk" or ask a question.
* ``SAPAAN``: greeting and address words that do not carry news ("Halo, Sobat Sukamaju!").
* ``TEMPAT``: words that name a place when a proper name follows ("Balai Desa Sukadana");
* ``PELAKU``: offices that, named, answer "who" ("Dinas Sosial Sukamaju", "BPBD").
"""

from __future__ import annotations

from course.engines.headline_words import AKTOR, KERAS, KERJA_BERITA, SATUAN

_TAGAR = """
ada adat admin adminduk agenda air akta aktif aman anak ayo atasi awas bahaya baik bakti balai balita banjir
bangga bangun bangkit bantu bantuan baru batik bayi bebas bekerja belajar bencana bergerak bermartabat bersama
bersatu bersih berdaya berita budaya buku bulan cegah cek cepat cerdas cinta data dana darurat dengan desa
digital dini dokumen dukcapil dukung edukasi ekonomi fakta festival gerak gerakan gizi gotong gratis guru hadir
halal hari hebat hemat hidup hijau hoaks hutan ibu identitas indonesia info informasi inovasi jaga jalan jadi
jemput bola juara kabar kabupaten kader kampung kartu keliling keluarga kependudukan kerja kesehatan keluar kita
kota kuat kuis kreatif ktp kia lahir langsung lawan layanan lestari lingkungan literasi maju makmur mandiri
masyarakat melayani merdeka milenial mobil muda mudah nasional negeri nusantara ojol olahraga online pajak
pangan pantau pasar patuh peduli pekan pelajar pelayanan pemuda pemkab pendidikan penduduk peringatan pertanian
petani pilkada pilih posyandu prima program publik pulih ramah rakyat rekam religius remaja ronda rumah rupiah
sadar sahabat satu sayang sehat sejahtera sekolah selamat semangat sigap siaga simulasi sinergi sobat solusi
stop stunting suara sukadana sukamaju sukamulya surat tanggap tangguh tanpa tani tertib tumbuh uji umkm vaksin
vaksinasi warga wisata yuk
"""
KATA_TAGAR = frozenset(
    w for w in frozenset(_TAGAR.split()) | AKTOR | KERAS | KERJA_BERITA | SATUAN if len(w) >= 3 or w in ("di", "ke")
)

# Strong bait markers (whole words or phrases, matched lower-cased).
PENANDA_KATA = frozenset(
    "heboh geger gempar menghebohkan mengejutkan menggemparkan terbongkar breaking wow astaga astagfirullah "
    "astaghfirullah waduh omg alamak busyet".split()
)
PENANDA_FRASA = (
    "ternyata ini",
    "ini dia",
    "inilah",
    "ini alasannya",
    "ini penyebabnya",
    "ini faktanya",
    "ini rahasianya",
    "tak disangka",
    "tidak disangka",
    "siapa sangka",
    "yang terjadi selanjutnya",
    "kok bisa",
    "jangan kaget",
    "wajib tahu",
    "harus tahu",
    "simak sampai habis",
    "sampai habis ya",
    "bikin kaget",
    "bikin melongo",
    "bikin merinding",
    "bikin geger",
    "bikin heboh",
    "bikin syok",
    "bikin haru",
    "bikin nangis",
)
SAPAAN = frozenset(
    "halo hai hi hello helo selamat pagi siang sore malam sobat sahabat warga warganet kawan kawan-kawan teman "
    "teman-teman min mimin admin nih yuk ayo guys gaes dulur sedulur lur kak kakak semua semuanya kalian kamu "
    "anda sekalian para dear".split()
)
TEMPAT = (
    "Desa",
    "Kelurahan",
    "Kecamatan",
    "Kabupaten",
    "Kota",
    "Balai",
    "Kantor",
    "Puskesmas",
    "Posyandu",
    "RSUD",
    "Jalan",
    "Jl\\.",
    "Lapangan",
    "Alun-Alun",
    "Pendopo",
    "Pendapa",
    "Gedung",
    "Aula",
    "Pasar",
    "Masjid",
    "Sekolah",
    "SD",
    "SMP",
    "SMA",
    "Taman",
    "Stadion",
    "Terminal",
    "Pelabuhan",
)
PELAKU = (
    "Dinas [A-Z]",
    "Badan [A-Z]",
    "Pemkab [A-Z]",
    "Pemerintah Kabupaten",
    "Bupati",
    "Wakil Bupati",
    "Camat",
    "Disdukcapil",
    "Dinkes",
    "Dinsos",
    "Diskominfo",
    "Bappeda",
    "BPBD",
    "KPU",
    "Bawaslu",
    "Satpol PP",
    "Polres",
)
