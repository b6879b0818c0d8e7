"""An explainable clickbait checker for Indonesian headlines.

``periksa(judul)`` returns a ``Laporan``: a clickbait score between 0 and 1, a
yes/no verdict, the reasons in Indonesian, what already makes the headline a
normal news headline, the EYD findings of ``course.engines.spelling`` and length advice.

The score is a logistic model over *named* features a participant can read:
each feature is one marker from the literature summarised in
``../shared/domain/brief.md`` section 4 (forward reference, teasing, exaggeration
and emotion words, reader imperatives, question and exclamation bait, all caps,
listicle numbers, unfinished sentences, soft news, striking audiovisual hooks)
or one counter-marker of a normal headline (a named actor, a concrete number,
a time or place). A feature's contribution is its weight times its value, so
every point of the score can be traced to words in the headline. A headline is
judged clickbait when the score reaches ``AMBANG`` (0.5); since the intercept is
negative, a clickbait verdict always comes with at least one reason.

The weights live in ``course/data/judul_bobot.json``. They were fitted with
``tools/fit_headlines.py`` (L2-regularised logistic regression in numpy) on the
development split of CLICK-ID: William, A. & Sari, Y. (2020), CLICK-ID: A novel
dataset for Indonesian clickbait headlines, *Data in Brief* 32, 106231,
doi:10.1016/j.dib.2020.106231 (CC BY 4.0). The data are read in place and never
copied into the project; the file records the cross-validated figures.

``periksa_csv`` is the batch check behind ``bimtek judul FILE.csv``.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable

from course.engines import spelling as bahasa
from course.errors import InputError, expect_text

AMBANG = 0.5  # score at or above which a headline is judged clickbait

# Length advice. Moz: Google typically shows the first 50-60 characters of a title in
# its results; Google itself sets no limit (Gary Illyes, via Search Engine Journal).
PANJANG_IDEAL = 60
PANJANG_MAKS = 80
KATA_MIN = 5

# ---------------------------------------------------------------------------
# Lexicons (brief 4.3-4.4; our synthesis, each list named for the marker it serves)

RUJUKAN_MAJU_AWAL = frozenset("ini inilah begini beginilah berikut berikutnya segini ternyata terungkap".split())
RUJUKAN_MAJU = frozenset("inilah begini beginilah segini berikut".split())
INI_WAKTU = frozenset("hari malam pagi siang sore pekan minggu bulan tahun saat kali sejauh selama musim "
                      "detik menit jam abad era dekade periode".split())
KEJUTAN = frozenset("ternyata terungkap rupanya malah justru mendadak diam-diam tiba-tiba akhirnya nekat "
                    "blak-blakan".split())
KEJUTAN_FRASA = ("tak disangka", "tidak disangka", "siapa sangka", "tak terduga", "tidak terduga", "tak hanya",
                 "bukan cuma", "apa yang terjadi", "yang terjadi selanjutnya")
PENASARAN = frozenset("alasan alasannya penyebab penyebabnya rahasia rahasianya fakta fakta-fakta cara caranya tips "
                      "trik kisah kisahnya cerita ceritanya kronologi kronologinya sosok misteri deretan "
                      "penjelasan penjelasannya jawaban jawabannya arti maksud makna pengakuan curhatan "
                      "bocoran kabar penampakan nasib respons responsnya reaksi reaksinya hasilnya".split())
KATA_TANYA = frozenset("apa apakah siapa siapakah bagaimana bagaimanakah kenapa mengapa kok benarkah "
                       "betulkah kapan kapankah berapa berapakah manakah haruskah bisakah perlukah".split())
KATA_SERU = frozenset("wow wah waduh aduh duh astaga astagfirullah astaghfirullah lho loh omg hah wih "
                      "ya ampun innalillahi alamak busyet".split())
SERUAN_PEMBUKA = frozenset("heboh viral sah geger gempar ngeri kocak miris sadis parah gawat mantap keren unik "
                           "lucu ngakak haru sedih ironis kasihan terharu "
                           "breaking terbongkar kaget menyedihkan mengejutkan".split())
HIPERBOLA = frozenset("luar paling terbaik terburuk terparah termahal termurah terheboh tercantik terganteng "
                      "terseksi terlucu teraneh terkeren terhebat dijamin wajib super sangat banget sekali "
                      "sungguh benar-benar mengejutkan menghebohkan menggemparkan fantastis spektakuler "
                      "dahsyat gila ajaib sempurna habis-habisan auto abis pol gokil parah bombastis "
                      "menakjubkan mencengangkan".split())
EMOSI = frozenset("kaget terkejut syok shock merinding melongo terharu haru baper nangis menangis sedih pilu "
                  "miris ngeri takut ketakutan panik geram murka marah emosi kesal bangga gemas gemes bahagia "
                  "ngakak kocak lucu salut takjub terpukau histeris tercengang meleleh galau tersentuh menyentuh "
                  "mengharukan memilukan mengerikan menyeramkan menggemaskan menyedihkan memalukan "
                  "menegangkan romantis mesra tragis sadis kejam seram horor".split())
GAUL = frozenset("bikin nggak gak ga enggak ngga banget aja doang gue gua lu lo loe kepo baper kok sih dong "
                 "deh nih tuh yuk gara-gara auto ngaku cuma pake udah emang kayak gini gitu bareng ogah santuy "
                 "mager gaes guys kece ngakak nangis ngamuk ngambek nyesel ortu cewek cowok bokap nyokap "
                 "emak-emak awak kalo gimana kenapa sama-sama ngefans ngebet ngidam salfok julid "
                 "pengen pingin kepingin duit bete".split())
AJAKAN = frozenset("simak simaklah cek lihat lihatlah intip tonton baca bacalah yuk ayo coba catat klik "
                   "kepoin dengarkan buruan jangan cari temukan kenali ketahui pahami".split())
AJAKAN_FRASA = ("jangan kaget", "jangan lewatkan", "wajib tahu", "harus tahu", "perlu tahu", "wajib baca")
SAPAAN = frozenset("kamu kalian anda kau dirimu engkau".split())
BUKAN_MU = frozenset("ilmu jamu tamu temu bertemu ketemu menemu penemu pertemu jibaku".split())
DAFTAR = frozenset("fakta zodiak cara hal potret manfaat tips foto alasan tempat gaya rahasia tanda film wisata "
                   "jenis artis bahan pilihan idola idol rekomendasi kesalahan trik makanan minuman kebiasaan "
                   "langkah kuliner lagu drama momen deretan ciri syarat destinasi inspirasi ide resep barang "
                   "produk aplikasi kata pesan penyebab mitos rahasia hotel lokasi seleb selebriti pemain "
                   "negara kota menu outfit model warna tanaman buah sayur olahraga".split())
ANGKA_KATA = frozenset("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas "
                       "belasan puluhan".split())
REAKSI = frozenset("netizen netizens warganet viral sorotan disorot salfok tuai diserbu "
                   "trending perbincangan diperbincangkan komentar reaksi respons tanggapan hujatan "
                   "dihujat kritikan nyinyir pujian dipuji".split())
RINGAN = frozenset("artis seleb selebriti selebritas selebgram youtuber influencer idol k-pop kpop drakor fans "
                   "penggemar pacar kekasih mantan gebetan pacaran pernikahan menikah nikah cerai hamil "
                   "melahirkan zodiak ramalan horoskop kecantikan cantik ganteng seksi tampan langsing kulit "
                   "rambut wajah makeup make-up skincare busana outfit penampilan tampil mesra romantis liburan "
                   "konser comeback member boyband girlband ootd fashion pamer curhat sindir akting syuting "
                   "teaser gosip asmara cinta suami istri mertua bucin kencan jomblo lipstik parfum tas "
                   "sepatu baju gaun".split())
VISUAL = frozenset("video foto potret penampakan momen detik-detik rekaman gambar videonya fotonya "
                   "potretnya terekam kamera cctv".split())
TOKOH_SAMAR = frozenset("pria wanita seorang seseorang sosok bocah emak-emak cewek cowok gadis perempuan lelaki "
                        "oknum pemuda remaja nenek kakek sang si".split())
AKTOR = frozenset("pemkab pemprov pemkot pemda pemdes pemerintah bupati wabup wagub gubernur menteri presiden "
                  "wapres dprd dpr dpd kpk kpu bawaslu polisi polri polda polres polsek kapolri kapolda kapolres "
                  "kapolsek tni kodim korem bmkg bpbd bnpb basarnas dinas dinkes disdik diskominfo kominfo "
                  "komdigi kementerian kemenkes kemensos kemendagri kemendikbud kemenkeu kemenhub kemenag "
                  "kemenpan-rb kementan badan bank bi ojk bps mk ma jaksa kejaksaan kejagung kejati kejari hakim "
                  "pengadilan satpol camat lurah kades sekda setda bappeda pertamina pln bumn bumd rsud "
                  "puskesmas universitas rektor ketua kepala direktur dirut pansel komisi mendagri menkes "
                  "menkeu mensos mendikbud menpora menhub menag menko wali wakil pj plt disdukcapil dinsos dishub "
                  "disperindag dispora disnaker dlh dpmd bkpsdm bkd damkar bpkad inspektorat kecamatan "
                  "kelurahan".split())
KERJA_BERITA = frozenset("salurkan resmikan tetapkan targetkan gelar buka luncurkan bangun bagikan serahkan "
                         "lantik tinjau imbau minta dorong pastikan siapkan tambah perpanjang tutup larang "
                         "umumkan terbitkan sahkan setujui tolak tunda batalkan latih bentuk alokasikan cairkan "
                         "ajukan usulkan bahas evaluasi periksa tangkap tahan amankan evakuasi padamkan tetapkan "
                         "berikan terima kirim raih catat capai turun naik melemah menguat tewas rusak "
                         "dilantik diresmikan ditetapkan disahkan ditangkap ditahan diperiksa dievakuasi "
                         "ditunda dibuka ditutup digelar disalurkan dibangun dilaporkan divonis".split())
KERAS = frozenset("uu ruu revisi perda perbup anggaran apbd apbn rupiah ihsg saham inflasi ekspor impor pajak "
                  "retribusi tersangka korupsi sidang vonis terdakwa gempa longsor kebakaran karhutla "
                  "asap pengungsi evakuasi demo unjuk rasa paripurna pelantikan pilkada pemilu pilpres tps "
                  "partai koalisi fraksi kebijakan regulasi izin investasi ekonomi harga beras bbm listrik vaksin "
                  "imunisasi stunting posyandu puskesmas bansos bantuan beasiswa liga piala skor klasemen timnas "
                  "laga kualifikasi pertandingan infrastruktur tol jembatan bendungan irigasi pendidikan "
                  "kesehatan pelayanan layanan program anggota rapat sidang hukum pidana polisi".split())
HARI_BULAN = frozenset("senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli "
                       "agustus september oktober november desember wib wita wit pukul besok kemarin".split())
SATUAN = frozenset("ton kg kilogram km kilometer meter hektare ha liter orang warga keluarga kk unit rumah juta "
                   "miliar triliun ribu tps desa kecamatan sekolah persen pasien balita siswa peserta "
                   "penerima mahasiswa petani nelayan pedagang umkm kendaraan titik lokasi korban jiwa".split())

# ---------------------------------------------------------------------------
# Features

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:['’][A-Za-z]+)?(?:-[A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*")


@dataclass
class _Judul:
    """A headline prepared once for all features."""

    teks: str
    kata: list[str]            # words as written
    kecil: list[str]           # words lower-cased
    frasa: str                 # " w1 w2 ... " lower-cased, for phrase look-ups
    awal_klausa: frozenset     # indexes of words that open the headline or a clause

    @classmethod
    def dari(cls, teks: str) -> "_Judul":
        matches = list(_WORD.finditer(teks))
        kata = [m.group(0) for m in matches]
        kecil = [k.lower() for k in kata]
        starts = {0} if matches else set()
        for i in range(1, len(matches)):
            between = teks[matches[i - 1].end():matches[i].start()]
            if any(ch in between for ch in ",:!?.;|\u2013\u2014") or " - " in between:
                starts.add(i)
        return cls(teks, kata, kecil, " " + " ".join(kecil) + " ", frozenset(starts))


def _words_in(j: _Judul, lexicon: frozenset, start: int = 0) -> list[str]:
    return [j.kata[i] for i in range(start, len(j.kecil)) if j.kecil[i] in lexicon]


def _clause_starts(j: _Judul) -> list[int]:
    """Indexes of the words that open the headline or a clause (after , : ! ? . or a dash)."""
    return sorted(j.awal_klausa)


def f_rujukan_maju_awal(j):
    if not j.kecil:
        return 0, []
    if j.kecil[0] in RUJUKAN_MAJU_AWAL or j.frasa.startswith(" ini dia "):
        return 1, [j.kata[0]]
    return 0, []


def f_rujukan_maju(j):
    hits = []
    for i in range(1, len(j.kecil)):
        w = j.kecil[i]
        if w in RUJUKAN_MAJU:
            hits.append(j.kata[i])
        elif w == "ini" and (i in j.awal_klausa or j.kecil[i - 1] not in INI_WAKTU):
            hits.append(j.kata[i] if i in j.awal_klausa else f"{j.kata[i - 1]} {j.kata[i]}")
    return min(len(hits), 2), hits


NYA_BUKAN = frozenset("hanya punya bahwasanya satu-satunya sebelumnya selanjutnya lainnya akhirnya sebenarnya "
                      "tanya ditanya bertanya menanya seharusnya sesungguhnya biasanya umumnya khususnya "
                      "misalnya terutamanya salahnya".split())


def f_rujukan_nya(j):
    hits = [w for w, k in zip(j.kata, j.kecil)
            if k.endswith("nya") and len(k) > 5 and k not in NYA_BUKAN and k.replace("-", "").isalpha()]
    return (1, hits[:2]) if hits else (0, [])


def f_kejutan(j):
    hits = [w for w in _words_in(j, KEJUTAN) if w.lower() not in RUJUKAN_MAJU_AWAL or j.kata.index(w) > 0]
    hits += [p.strip() for p in KEJUTAN_FRASA if f" {p} " in j.frasa]
    return min(len(hits), 2), hits


def f_pemancing_penasaran(j):
    hits = _words_in(j, PENASARAN)
    return min(len(hits), 2), hits


def f_tanda_tanya(j):
    return (1, ["?"]) if "?" in j.teks else (0, [])


def f_kata_tanya(j):
    hits = _words_in(j, KATA_TANYA)
    return (1, hits) if hits else (0, [])


def f_tanda_seru(j):
    n = j.teks.count("!")
    return min(n, 2), (["!" * n] if n else [])


def f_kata_seru(j):
    hits = _words_in(j, KATA_SERU)
    hits += [j.kata[i] for i in _clause_starts(j) if j.kecil[i] in SERUAN_PEMBUKA]
    return min(len(hits), 2), hits


def f_hiperbola(j):
    hits = _words_in(j, HIPERBOLA)
    if " luar biasa " in j.frasa:
        hits = [h for h in hits if h.lower() != "luar"] + ["luar biasa"]
    else:
        hits = [h for h in hits if h.lower() != "luar"]
    return min(len(hits), 2), hits


def f_emosi(j):
    hits = _words_in(j, EMOSI)
    return min(len(hits), 2), hits


def f_bahasa_gaul(j):
    hits = _words_in(j, GAUL)
    return min(len(hits), 2), hits


def f_ajakan(j):
    hits = [j.kata[i] for i in _clause_starts(j) if j.kecil[i] in AJAKAN]
    hits += [p for p in AJAKAN_FRASA if f" {p} " in j.frasa]
    return (1, hits) if hits else (0, [])


def f_sapaan_pembaca(j):
    hits = _words_in(j, SAPAAN)
    hits += [w for w, k in zip(j.kata, j.kecil)
             if len(k) > 4 and k.endswith("mu") and k not in BUKAN_MU and k.isalpha()]
    return (1, hits) if hits else (0, [])


KAPITAL_SENSASI = frozenset("sah wow omg hot breaking update terkini terbaru video foto wajib penting awas gawat "
                            "kaget ngeri duh astaga geger gempar heboh viral live news buruan cek simak intip "
                            "fakta rahasia terungkap ternyata".split())


def f_huruf_kapital(j):
    marked = KAPITAL_SENSASI | EMOSI | HIPERBOLA | KATA_SERU | SERUAN_PEMBUKA | KEJUTAN
    hits = [w for w, k in zip(j.kata, j.kecil) if len(w) >= 2 and w.isupper() and k in marked]
    return min(len(hits), 2), hits


def f_angka_daftar(j):
    if len(j.kecil) >= 2:
        first, second = j.kecil[0], j.kecil[1]
        is_number = first.isdigit() and 1 < int(first) <= 100 or first in ANGKA_KATA
        if is_number and (second in DAFTAR or "ini" in j.kecil[2:5]):
            return 1, [f"{j.kata[0]} {j.kata[1]}"]
    m = re.search(r"\b(No\.?|Nomor|Nomer)\s*\d+\b", j.teks, re.IGNORECASE)
    if m and not re.search(r"\b(UU|Perda|Perbup|Pergub|Permen\w*|Peraturan|Keputusan|Tahun)\b", j.teks):
        return 1, [m.group(0)]
    return 0, []


def f_elipsis(j):
    t = j.teks.rstrip()
    return (1, ["..."]) if t.endswith("..") or t.endswith("\u2026") else (0, [])


REAKSI_OBJEK = frozenset("pujian komentar kritik kritikan hujatan like dukungan doa ucapan simpati tawaran".split())


def f_reaksi_warganet(j):
    hits = _words_in(j, REAKSI)
    for i in range(len(j.kecil) - 1):
        if j.kecil[i] in ("banjir", "dibanjiri", "kebanjiran") and j.kecil[i + 1] in REAKSI_OBJEK:
            hits.append(f"{j.kata[i]} {j.kata[i + 1]}")
    for p in ("curi perhatian", "jadi sorotan", "jadi perbincangan", "bikin heboh"):
        if f" {p} " in j.frasa:
            hits.append(p)
    return min(len(hits), 2), hits


def f_berita_ringan(j):
    hits = _words_in(j, RINGAN)
    return min(len(hits), 2), hits


def f_visual(j):
    hits = _words_in(j, VISUAL)
    return (1, hits) if hits else (0, [])


def f_tokoh_samar(j):
    hits = _words_in(j, TOKOH_SAMAR)
    return (1, hits) if hits else (0, [])


def f_petik_tunggal(j):
    m = re.search(r"(?<!\w)'[^']{2,40}'(?!\w)", j.teks)
    return (1, [m.group(0)]) if m else (0, [])


def f_kutipan_langsung(j):
    m = re.search(r"[\"“][^\"”]{2,80}[\"”]", j.teks)
    return (1, [m.group(0)]) if m else (0, [])


def f_aktor_jelas(j):
    hits = [j.kata[i] for i in range(min(3, len(j.kecil))) if j.kecil[i] in AKTOR]
    return (1, hits[:1]) if hits else (0, [])


def f_kata_kerja_berita(j):
    hits = _words_in(j, KERJA_BERITA)
    return (1, hits[:1]) if hits else (0, [])


_NUMBER_WORD = re.compile(r"(?<![\w.,])(\d[\d.,]*)\s+([A-Za-z]+)")


def f_angka_konkret(j):
    hits = re.findall(r"Rp\s?\d[\d.,]*|\d[\d.,]*\s?%|\d[\d.,]*\s?persen", j.teks)
    for m in _NUMBER_WORD.finditer(j.teks):
        if m.group(2).lower() in SATUAN and m.start() > 0:
            hits.append(m.group(0))
    return (1, hits[:2]) if hits else (0, [])


_TEMPAT = re.compile(r"\b(?:[Dd]i|[Kk]e)\s+((?:Kabupaten|Kecamatan|Desa|Kelurahan|Kota|Provinsi|Jalan)\s+)?"
                     r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


def f_waktu_tempat(j):
    hits = _words_in(j, HARI_BULAN)
    for m in _TEMPAT.finditer(j.teks):
        hits.append(m.group(0))
    year = re.search(r"\b(19|20)\d\d\b", j.teks)
    if year:
        hits.append(year.group(0))
    return (1, hits[:2]) if hits else (0, [])


def f_topik_berita_keras(j):
    hits = _words_in(j, KERAS)
    for i, k in enumerate(j.kecil):
        if k == "banjir" and not (i + 1 < len(j.kecil) and j.kecil[i + 1] in REAKSI_OBJEK):
            hits.append(j.kata[i])
    return min(len(hits), 2), hits


def f_judul_panjang(j):
    n = len(j.kata)
    return (1, [f"{n} kata"]) if n >= 14 else (0, [])


@dataclass(frozen=True)
class Fitur:
    """A named, readable feature: what it looks for and what to tell the writer."""

    nama: str
    jenis: str          # "penanda" (clickbait marker), "penyeimbang" (normal headline), "gaya" (context)
    alasan: str         # the reason, in Indonesian; {bukti} is replaced by the words found
    saran: str          # how to fix it
    hitung: Callable[[_Judul], tuple[int, list[str]]] = field(repr=False, compare=False)


FITUR: tuple[Fitur, ...] = (
    Fitur("rujukan_maju_awal", "penanda",
          "Dibuka dengan kata penunjuk yang menahan informasi ({bukti}): pembaca dipancing mengeklik untuk tahu isinya.",
          "Ganti kata penunjuk itu dengan faktanya: siapa melakukan apa.", f_rujukan_maju_awal),
    Fitur("rujukan_maju", "penanda",
          "Menunjuk ke sesuatu yang tidak disebut ({bukti}).",
          "Sebut langsung hal yang ditunjuk, misalnya nama program atau angkanya.", f_rujukan_maju),
    Fitur("rujukan_nya", "penanda",
          "Memakai \"-nya\" yang merujuk pada sesuatu yang belum jelas ({bukti}).",
          "Sebut langsung siapa atau apa yang dimaksud.", f_rujukan_nya),
    Fitur("kejutan", "penanda",
          "Memancing rasa kaget tanpa menyebut isinya ({bukti}).",
          "Hapus kata pemancing kejutan; biarkan faktanya yang berbicara.", f_kejutan),
    Fitur("pemancing_penasaran", "penanda",
          "Menjanjikan isi yang disembunyikan ({bukti}).",
          "Tulis isinya di judul, bukan janji tentang isinya (misalnya sebut alasannya, bukan \"ini alasannya\").",
          f_pemancing_penasaran),
    Fitur("tanda_tanya", "penanda",
          "Berupa pertanyaan ({bukti}) yang jawabannya ditahan.",
          "Jadikan kalimat pernyataan yang memuat jawabannya.", f_tanda_tanya),
    Fitur("kata_tanya", "penanda",
          "Memakai kata tanya ({bukti}) sebagai umpan.",
          "Jawab pertanyaannya di judul.", f_kata_tanya),
    Fitur("tanda_seru", "penanda",
          "Memakai tanda seru ({bukti}) untuk menarik perhatian.",
          "Hapus tanda seru; judul berita cukup dengan fakta.", f_tanda_seru),
    Fitur("kata_seru", "penanda",
          "Memakai seruan atau kata sensasi ({bukti}).",
          "Hapus seruan seperti \"Heboh\" atau \"Viral\".", f_kata_seru),
    Fitur("hiperbola", "penanda",
          "Melebih-lebihkan ({bukti}).",
          "Ganti kata berlebihan dengan angka atau fakta yang dapat diperiksa.", f_hiperbola),
    Fitur("emosi", "penanda",
          "Memainkan emosi pembaca ({bukti}).",
          "Hapus kata emosi; sampaikan peristiwanya apa adanya.", f_emosi),
    Fitur("bahasa_gaul", "penanda",
          "Memakai ragam tidak resmi ({bukti}).",
          "Pakai ragam baku, misalnya \"membuat\" untuk \"bikin\" dan \"tidak\" untuk \"nggak\".", f_bahasa_gaul),
    Fitur("ajakan", "penanda",
          "Menyuruh pembaca mengeklik ({bukti}).",
          "Hapus kata perintah seperti \"Simak\" atau \"Cek\"; mulailah dengan pelakunya.", f_ajakan),
    Fitur("sapaan_pembaca", "penanda",
          "Menyapa pembaca secara langsung ({bukti}).",
          "Judul berita menyebut pelaku dan peristiwa, bukan menyapa pembaca.", f_sapaan_pembaca),
    Fitur("huruf_kapital", "penanda",
          "Kata sensasi ditulis kapital semua ({bukti}), seperti berteriak.",
          "Tulis dengan huruf kapital di awal kata saja.", f_huruf_kapital),
    Fitur("angka_daftar", "penanda",
          "Berbentuk daftar berangka ({bukti}) yang isinya ditahan.",
          "Sebut isi terpenting daftar itu, bukan jumlah butirnya.", f_angka_daftar),
    Fitur("elipsis", "penanda",
          "Kalimatnya sengaja dibiarkan menggantung ({bukti}).",
          "Selesaikan kalimatnya.", f_elipsis),
    Fitur("reaksi_warganet", "penanda",
          "Menonjolkan reaksi orang, bukan peristiwanya ({bukti}).",
          "Tulis apa yang terjadi, bukan bagaimana warganet bereaksi.", f_reaksi_warganet),
    Fitur("visual", "penanda",
          "Mengandalkan gambar atau video ({bukti}) sebagai umpan.",
          "Sebut peristiwa yang ada di gambar atau video itu.", f_visual),
    Fitur("tokoh_samar", "penanda",
          "Pelakunya tidak disebut jelas ({bukti}).",
          "Sebut pelakunya: nama, jabatan, atau lembaganya.", f_tokoh_samar),
    Fitur("petik_tunggal", "penanda",
          "Memakai tanda petik tunggal untuk menyindir atau menggoda ({bukti}).",
          "Hapus tanda petik tunggal; tulis maksudnya secara langsung.", f_petik_tunggal),
    Fitur("berita_ringan", "gaya",
          "Topiknya berita ringan seperti selebritas atau gaya hidup ({bukti}), yang sering dikemas sebagai umpan klik.",
          "Pastikan fakta utamanya tetap tertulis jelas.", f_berita_ringan),
    Fitur("kutipan_langsung", "gaya",
          "Memuat kutipan langsung ({bukti}).",
          "Pastikan kutipan itu disertai siapa yang mengatakannya.", f_kutipan_langsung),
    Fitur("judul_panjang", "gaya",
          "Judulnya panjang ({bukti}).", "Pangkas menjadi satu gagasan utama.", f_judul_panjang),
    Fitur("aktor_jelas", "penyeimbang",
          "Menyebut pelaku yang jelas ({bukti}).", "", f_aktor_jelas),
    Fitur("kata_kerja_berita", "penyeimbang",
          "Memakai kata kerja peristiwa ({bukti}).", "", f_kata_kerja_berita),
    Fitur("angka_konkret", "penyeimbang",
          "Memuat angka yang dapat diperiksa ({bukti}).", "", f_angka_konkret),
    Fitur("waktu_tempat", "penyeimbang",
          "Menyebut waktu atau tempat ({bukti}).", "", f_waktu_tempat),
    Fitur("topik_berita_keras", "penyeimbang",
          "Membahas kebijakan atau peristiwa publik ({bukti}).", "", f_topik_berita_keras),
)
NAMA_FITUR = tuple(f.nama for f in FITUR)


def fitur(judul) -> dict[str, int]:
    """Feature values of a headline, by name."""
    j = _Judul.dari(expect_text(judul, "judul", allow_empty=True))
    return {f.nama: f.hitung(j)[0] for f in FITUR}


# ---------------------------------------------------------------------------
# Weights

@lru_cache(maxsize=1)
def bobot() -> dict:
    """The fitted model: intercept, weights by feature name, and how it was measured."""
    raw = json.loads(resources.files("course").joinpath("data/judul_bobot.json").read_text(encoding="utf-8"))
    missing = set(NAMA_FITUR) - set(raw["bobot"])
    if missing:  # pragma: no cover - caught by the tests
        raise RuntimeError(f"judul_bobot.json lacks weights for {sorted(missing)}")
    return raw


# ---------------------------------------------------------------------------
# The report

@dataclass(frozen=True)
class Alasan:
    """One reason: the feature, its contribution to the score (in log-odds), the text and a fix."""

    fitur: str
    jenis: str
    kontribusi: float
    teks: str
    saran: str
    bukti: tuple[str, ...]

    def __str__(self) -> str:
        return self.teks


@dataclass(frozen=True)
class Laporan:
    """What the checker says about one headline."""

    judul: str
    skor: float
    clickbait: bool
    alasan: tuple[Alasan, ...]          # what makes it clickbait, strongest first
    penguat: tuple[Alasan, ...]         # what already makes it a normal headline
    bahasa: tuple[bahasa.Temuan, ...]   # EYD findings (title rules)
    panjang: str                        # length advice
    jumlah_kata: int
    jumlah_karakter: int

    @property
    def vonis(self) -> str:
        return "clickbait" if self.clickbait else "normal"

    @property
    def skor_teks(self) -> str:
        """The score with a decimal comma, as Indonesian is written."""
        return f"{self.skor:.2f}".replace(".", ",")

    @property
    def judul_perbaikan_eyd(self) -> str:
        return bahasa.perbaiki(self.judul, judul=True)

    def ringkas(self) -> str:
        """One line for a CSV cell: the reasons, separated by semicolons."""
        return "; ".join(a.teks.rstrip(".") for a in self.alasan)

    def teks(self) -> str:
        """The whole report as plain Indonesian text."""
        lines = [f"Judul   : {self.judul}",
                 f"Vonis   : {'CLICKBAIT' if self.clickbait else 'judul normal'} (skor {self.skor_teks} dari 1)"]
        if self.alasan:
            lines.append("Mengapa terbaca sebagai clickbait:" if self.clickbait else "Penanda clickbait yang ditemukan:")
            lines += [f"  - {a.teks} Saran: {a.saran}" for a in self.alasan]
        if self.penguat:
            lines.append("Yang sudah baik:")
            lines += [f"  + {a.teks}" for a in self.penguat]
        if self.bahasa:
            lines.append("Ejaan (EYD V):")
            lines += [f"  - {t}" for t in self.bahasa]
            lines.append(f"  Usulan perbaikan ejaan: {self.judul_perbaikan_eyd}")
        lines.append(f"Panjang : {self.panjang}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.teks()


MIN_ALASAN = 0.25  # a clickbait reason is shown when it adds at least this much log-odds


def saran_panjang(judul: str) -> str:
    """Length advice for a headline (characters and words)."""
    n, words = len(judul), len(_WORD.findall(judul))
    if words < KATA_MIN:
        return (f"{words} kata: terlalu pendek untuk memuat pelaku, peristiwa, dan fakta utamanya; "
                f"tulis paling sedikit {KATA_MIN} kata.")
    if n <= PANJANG_IDEAL:
        return f"{n} karakter, {words} kata: pas; judul sepanjang ini biasanya tampil utuh di hasil pencarian Google."
    if n <= PANJANG_MAKS:
        return (f"{n} karakter, {words} kata: bisa terpotong di hasil pencarian (Google biasanya menampilkan "
                f"50–60 karakter pertama); taruh fakta utamanya di depan.")
    return f"{n} karakter, {words} kata: terlalu panjang; pangkas menjadi satu gagasan, paling banyak {PANJANG_MAKS} karakter."


def _nilai(j: _Judul) -> tuple[float, list[tuple[Fitur, int, list[str], float]]]:
    model = bobot()
    weights = model["bobot"]
    logit = model["intersep"]
    found = []
    for f in FITUR:
        value, evidence = f.hitung(j)
        if value:
            contribution = weights[f.nama] * value
            logit += contribution
            found.append((f, value, evidence, contribution))
    return logit, found


def skor(judul) -> float:
    """The clickbait score of a headline, between 0 and 1."""
    text = expect_text(judul, "judul", allow_empty=True)
    logit, _ = _nilai(_Judul.dari(text))
    return 1.0 / (1.0 + math.exp(-logit))


def _format(f: Fitur, evidence: list[str]) -> str:
    shown = ", ".join(f"\"{e}\"" for e in dict.fromkeys(evidence)) if evidence else ""
    text = f.alasan.replace("{bukti}", shown)
    return text.replace(" ()", "")


def periksa(judul) -> Laporan:
    """Check one headline: score, verdict, reasons, language findings and length advice."""
    text = expect_text(judul, "judul")
    j = _Judul.dari(text)
    logit, found = _nilai(j)
    score = 1.0 / (1.0 + math.exp(-logit))
    is_clickbait = score >= AMBANG
    reasons, strengths = [], []
    for f, _value, evidence, contribution in sorted(found, key=lambda x: -abs(x[3])):
        item = Alasan(f.nama, f.jenis, round(contribution, 3), _format(f, evidence), f.saran, tuple(evidence))
        if contribution >= MIN_ALASAN and f.jenis in ("penanda", "gaya"):
            if f.jenis == "penanda" or is_clickbait:
                reasons.append(item)
        elif contribution < 0 and f.jenis == "penyeimbang":
            strengths.append(item)
    if is_clickbait and not reasons:  # never a verdict without a reason
        positive = [x for x in found if x[3] > 0]
        if positive:
            f, _v, evidence, contribution = max(positive, key=lambda x: x[3])
            reasons.append(Alasan(f.nama, f.jenis, round(contribution, 3), _format(f, evidence), f.saran,
                                  tuple(evidence)))
    return Laporan(text, round(score, 4), is_clickbait, tuple(reasons), tuple(strengths),
                   tuple(bahasa.periksa_judul(text)), saran_panjang(text), len(j.kata), len(text))


# English aliases for maintainers' code.
check = periksa
score = skor
features = fitur


# ---------------------------------------------------------------------------
# Batch check of a CSV file (``bimtek judul``)

KOLOM_KELUARAN = ("title", "clickbait", "score", "reasons")


def _read_csv(path: Path, column: str) -> tuple[list[str], list[int]]:
    """The titles of ``column`` in a CSV file, with their line numbers; friendly errors."""
    if not path.exists():
        raise InputError(f"berkas {path} tidak ditemukan.", "Periksa lagi nama dan folder berkasnya.")
    if path.is_dir():
        raise InputError(f"{path} adalah folder, bukan berkas CSV.", "Tulis nama berkas CSV-nya.")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"berkas {path} tidak dapat dibaca ({exc.strerror}).", "Periksa izin akses berkasnya.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise InputError(f"berkas {path} bukan teks UTF-8 (baris {line}).",
                         "Simpan ulang dari Excel dengan pilihan \"CSV UTF-8 (Comma delimited)\".")
    if not text.strip():
        raise InputError(f"berkas {path} kosong.", f"Isi berkas dengan baris judul kolom (misalnya {column}) "
                                                   "dan satu judul per baris.")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect, strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise InputError(f"berkas {path} tidak memuat baris judul kolom.", "Baris pertama harus berisi nama kolom.")
    names = [h.strip() for h in header]
    wanted = column.strip().casefold()
    matches = [i for i, name in enumerate(names) if name.casefold() == wanted]
    if not matches:
        import difflib
        listed = ", ".join(f"\"{n}\"" for n in names if n) or "(tidak ada)"
        close = difflib.get_close_matches(column, names, n=1, cutoff=0.5)
        hint = f"Mungkin maksud Anda --column {close[0]}." if close else "Pilih salah satu kolom itu dengan --column."
        raise InputError(f"kolom \"{column}\" tidak ada di {path}; kolom yang ada: {listed}.", hint)
    index = matches[0]
    titles, lines = [], []
    try:
        for row in reader:
            if not any(row):  # a blank line or Excel's empty padding row (",,,")
                continue
            titles.append(row[index].strip() if index < len(row) else "")
            lines.append(reader.line_num)
    except csv.Error:
        raise InputError(f"berkas {path} rusak di sekitar baris {reader.line_num}.",
                         "Periksa tanda petik yang tidak berpasangan pada baris itu.")
    if not titles:
        raise InputError(f"berkas {path} hanya berisi judul kolom, tanpa satu pun judul berita.",
                         "Tambahkan satu judul per baris di bawah baris judul kolom.")
    return titles, lines


def periksa_csv(masukan, kolom: str = "title") -> tuple[list[dict[str, str]], list[str]]:
    """Check every headline of a CSV file: the output rows and row-level notes (Indonesian)."""
    titles, lines = _read_csv(Path(masukan), kolom)
    rows, notes = [], []
    for title, line in zip(titles, lines):
        if not title:
            note = f"baris {line}: judul kosong, tidak diperiksa."
            notes.append(note)
            rows.append({"title": "", "clickbait": "", "score": "", "reasons": f"Catatan: {note}"})
            continue
        report = periksa(title)
        rows.append({"title": title, "clickbait": "1" if report.clickbait else "0",
                     "score": f"{report.skor:.3f}", "reasons": report.ringkas()})
    return rows, notes


def _csv_text(rows: Iterable[dict[str, str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=KOLOM_KELUARAN, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def tulis_atomik(path, text: str) -> None:
    """Write ``text`` to ``path`` all at once: a temporary file beside it, then a rename.

    An existing file is replaced only when the new one is complete, so nothing
    already written is lost if anything goes wrong on the way.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"folder {folder} untuk berkas keluaran tidak ada.", "Buat foldernya dulu atau pilih folder lain.")
    if path.is_dir():
        raise InputError(f"{path} adalah folder, bukan berkas.", "Tulis nama berkas keluaran, misalnya hasil.csv.")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"tidak dapat menulis di folder {folder} ({exc.strerror}).", "Periksa izin tulis folder itu.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o777)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise InputError(f"berkas {path} tidak dapat ditulis ({exc.strerror}).", "Periksa izin tulis dan ruang disk.")
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def jalankan_csv(masukan, kolom: str = "title", keluaran=None, stdout=None, stderr=None) -> int:
    """The ``bimtek judul`` command: check a CSV file, write the results, return the exit status."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    if keluaran is not None and Path(keluaran).resolve() == Path(masukan).resolve():
        raise InputError("berkas keluaran sama dengan berkas masukan.",
                         "Pilih nama lain untuk --output agar data asli tidak tertimpa.")
    rows, notes = periksa_csv(masukan, kolom)
    text = _csv_text(rows)
    if keluaran is None:
        stdout.write(text)
        stdout.flush()
    else:
        tulis_atomik(keluaran, text)
    checked = sum(1 for r in rows if r["clickbait"] != "")
    flagged = sum(1 for r in rows if r["clickbait"] == "1")
    for note in notes:
        print(f"Catatan: {note}", file=stderr)
    where = f" Hasil ditulis ke {keluaran}." if keluaran is not None else ""
    print(f"{checked} judul diperiksa, {flagged} terbaca sebagai clickbait.{where}", file=stderr)
    return 0
