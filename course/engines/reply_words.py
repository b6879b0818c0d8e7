"""Word lists and patterns of the checker for replies to citizens' comments (``course.engines.citizen_replies``).

Each list says which check it serves. The lists are small on purpose: precision first, so a reply a
government social-media lead would publish passes; every pattern is a phrase an editor would send back.
All patterns are matched on case-folded text (``re.IGNORECASE``) with word boundaries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from course.vocabulary import BULAN, HARI


def phrases(items: Iterable[str]) -> str:
    """One regular-expression alternative of whole phrases (a space matches any run of spaces)."""
    ordered = sorted(set(items), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"


def pattern(body: str) -> re.Pattern[str]:
    """``body`` between word boundaries, case-insensitive."""
    return re.compile(rf"(?<![\w@.]){body}(?![\w])", re.IGNORECASE)


# ---------------------------------------------------------------------------
# What the comment is (``jenis_komentar``): markers of each kind, tried in ``URUTAN_JENIS`` order.

JENIS_KOMENTAR = ("keluhan", "pertanyaan", "hoaks", "hinaan", "data_pribadi", "pujian", "umum")
NAMA_JENIS = {
    "keluhan": "keluhan",
    "pertanyaan": "pertanyaan tentang layanan",
    "hoaks": "kabar keliru (hoaks)",
    "hinaan": "hinaan",
    "data_pribadi": "kasus atau data pribadi",
    "pujian": "pujian",
    "umum": "komentar umum",
}
URUTAN_JENIS = ("hinaan", "data_pribadi", "hoaks", "keluhan", "pertanyaan", "pujian")

_RELATIVES = "anak ibu bapak ayah suami istri orang tua ortu adik kakak mertua nenek kakek keluarga".split()
_CASES = (
    "ktp ktp-el e-ktp kk akta bansos blt pkh bpjs kis kip berkas pengajuan permohonan pendaftaran data "
    "sertifikat pencairan tagihan tunggakan status izin surat paspor nik rekening".split()
)
DATA_PRIBADI = (
    "nik",
    "nomor induk kependudukan",
    "no kk",
    "no. kk",
    "nomor kk",
    "nomor kartu keluarga",
    "foto ktp",
    "nomor ktp",
    "no ktp",
    "nomor hp",
    "no hp",
    "no. hp",
    "nomor wa",
    "no wa",
    "nomor whatsapp",
    "nomor telepon",
    "nomor ponsel",
    "no telp",
    "alamat rumah",
    "nomor rekening",
    "no rek",
    "no. rekening",
    "tanggal lahir",
    "nama ibu kandung",
    "kata sandi",
    "password",
    "kode otp",
    "otp",
)
MARKERS = {
    "hinaan": pattern(
        phrases(
            "goblok goblog bodoh tolol bego dungu idiot becus brengsek bangsat kampret pecundang pemalas "
            "maling koruptor".split()
            + ["gaji buta", "makan gaji buta", "omong kosong", "bisanya cuma", "cuma bisa", "tidak berguna"]
            + ["nggak berguna", "gak berguna", "nggak guna", "gak guna", "sampah semua", "kerja apa", "memalukan"]
        )
    ),
    "data_pribadi": re.compile(
        rf"(?<![\w]){phrases(DATA_PRIBADI)}(?![\w])|\d{{10,}}|(?<![\w]){phrases(_CASES)}"
        rf"(?:\s+{phrases(_RELATIVES)}|\s+\w+)?\s+(?:saya|sy|kami|aku)(?![\w])"
        r"|nama\s+saya\s+(?:tidak|belum|gak|nggak|ga)|atas\s+nama\s+saya",
        re.IGNORECASE,
    ),
    "hoaks": pattern(
        phrases(
            "katanya kabarnya beredar viral hoaks hoax benarkah".split()
            + ["info dari grup", "pesan berantai", "dengar-dengar", "denger-denger", "apa benar", "bener gak"]
            + ["bener nggak", "benar tidak", "benar nggak", "masa sih", "kabar beredar"]
        )
    ),
    "keluhan": pattern(
        phrases(
            "rusak berlubang lubang macet padam banjir genangan lambat kecewa parah mengecewakan mengeluh "
            "keluhan bahaya berbahaya kecelakaan pungli antre antri mogok bocor mati lelet".split()
            + ["mati lampu", "sampah menumpuk", "sampah numpuk", "tidak diperbaiki", "belum diperbaiki"]
            + ["tidak ditanggapi", "belum ditanggapi", "belum diangkut", "belum cair", "tidak ada tindakan"]
            + ["kapan diperbaiki", "kapan dibenahi", "tolong diperbaiki", "tolong dicek"]
        )
    ),
    "pertanyaan": re.compile(
        r"\?|"
        + pattern(
            phrases(
                "bagaimana gimana dimana kapan berapa apakah syarat persyaratan caranya bertanya".split()
                + ["di mana", "apa saja", "mau tanya", "izin tanya", "ijin tanya", "numpang tanya", "mohon info"]
                + ["minta info", "cara membuat", "cara mengurus", "cara daftar", "cara mendaftar"]
            )
        ).pattern,
        re.IGNORECASE,
    ),
    "pujian": re.compile(
        pattern(
            phrases(
                "mantap mantab keren bagus salut apresiasi sukses hebat bangga makasih trims gercep top juara "
                "terbaik bermanfaat ramah senang semangat".split()
                + ["terima kasih", "luar biasa", "cepat tanggap"]
            )
        ).pattern
        + "|👍|👏|❤️|🙏",
        re.IGNORECASE,
    ),
}

# ---------------------------------------------------------------------------
# sapaan: a form of address (or the commenter's name) at the start of the reply.

PANGGILAN = frozenset(
    "kak kakak bapak ibu pak bu saudara saudari sdr sdri mas mbak bang abang teh teteh kang akang uda uni bli "
    "daeng sobat sahabat dik adik om tante".split()
)
SAPAAN_PANGGILAN = pattern(phrases(PANGGILAN))
SALAM = pattern(
    phrases(["halo", "hai", "salam", "assalamualaikum", "yth", "terima kasih", "mohon maaf"])
    + r"|selamat\s+(?:pagi|siang|sore|malam|datang)"
)
# Forms of address a government account never uses for a citizen.
SAPAAN_KASAR = pattern(phrases("woi woy lu elu elo loe gue".split() + ["hei kamu", "hey kamu"]))
# Capitalised words after a form of address that are not the commenter's name ("Bapak Bupati").
BUKAN_NAMA_PENULIS = frozenset(
    "bupati wakil camat lurah kades kepala sekda admin min warga semua sekalian pemkab dinas tim petugas "
    "kabupaten desa kota yang".split()
)
# Labels that open a comment but are not its author ("Pertanyaan: ...").
BUKAN_PENULIS = frozenset(
    "pertanyaan info informasi catatan komentar keluhan pesan tanya saran mohon admin min balasan jawaban "
    "update penting".split()
)

# ---------------------------------------------------------------------------
# pengakuan: the reply acknowledges what the person said.

PENGAKUAN_KHUSUS = re.compile(
    r"terima\s+kasih\b[^.!?\n]{0,40}?\b(?:atas|untuk|sudah|telah|karena|sebab)\b"
    r"|(?<![\w])(?:kami\s+(?:sangat\s+)?(?:memahami|mengerti|paham|maklum|mendengar|menghargai|hargai|apresiasi)"
    r"|(?:bisa|dapat)\s+kami\s+(?:pahami|mengerti|maklumi)|kami\s+pahami"
    r"|mohon\s+maaf|minta\s+maaf|maaf\s+atas|ketidaknyamanan\w*|kekecewaan\w*|kekhawatiran\w*|kekesalan\w*"
    r"|keresahan\w*|turut\s+prihatin|kami\s+prihatin|menyesalkan|kami\s+menyesal"
    r"|(?:sudah|telah)\s+(?:kami\s+)?(?:terima|catat|teruskan|diterima|dicatat|diteruskan)"
    r"|kami\s+(?:sudah|telah)\s+(?:menerima|mencatat|meneruskan)"
    r"|(?:laporan|keluhan|aduan|masukan|kritik|pertanyaan|informasi|perhatian|apresiasi)\w*\s+"
    r"(?:\w+\s+)?(?:sangat\s+)?(?:berarti|penting|membantu|bermanfaat)"
    r"|wajar\s+(?:jika|bila|kalau|kakak|bapak|ibu|anda))(?![\w])",
    re.IGNORECASE,
)
# Words after which an acknowledgement shows one more word ("mohon maaf atas ketidaknyamanannya").
PENGHUBUNG = frozenset("atas untuk sudah telah karena sebab jika bila kalau dan".split())
PENGAKUAN_UMUM = pattern(phrases(["terima kasih", "senang", "bangga", "apresiasi", "kami hargai"]))
# Kinds of comment for which a bare "terima kasih" is enough acknowledgement.
CUKUP_TERIMA_KASIH = frozenset({"pertanyaan", "pujian", "umum"})

# ---------------------------------------------------------------------------
# solusi: a concrete answer or next step (who, what, when or where).

_URL = r"(?:https?://\S+|(?<![\w@.])(?:[a-z0-9-]+\.)+(?:go\.id|id|com|org|net)(?:/[^\s,;)]*)?)"
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PHONE = re.compile(r"(?:\+62|\b0)\d{2,4}(?:[\s.-]?\d{2,5}){2,4}\b")
URL = re.compile(_URL, re.IGNORECASE)
MENTION = re.compile(r"(?<![\w])[@#][\w.]+")

SALURAN_PRIBADI = pattern(
    phrases(
        "dm japri inbox whatsapp wa surel email e-mail loket mpp hotline lapor.go.id sp4n-lapor sp4n".split()
        + ["pesan langsung", "pesan pribadi", "direct message", "kotak masuk", "lapor!", "mal pelayanan publik"]
        + ["call center", "layanan pengaduan", "nomor pengaduan", "halaman kontak", "formulir pengaduan"]
        + ["datang langsung", "datang ke kantor", "kantor disdukcapil", "kantor desa", "kantor kecamatan"]
    )
)
SIAPA = re.compile(
    r"\b(?:Dinas|Badan|Bagian|Bidang|UPT|UPTD|Kantor|Puskesmas|RSUD|Satpol)"
    r"(?:\s+(?:[A-Z][\w-]*|dan|PP))+"
    r"|\b(?:PUPR|DPUPR|Disdukcapil|Dukcapil|BPBD|Dinkes|Dinsos|Disdik|Dishub|DLH|Diskominfo|PLN|PDAM|Bappeda"
    r"|Disperkim|Damkar|Camat|Lurah|Kades)\b"
    r"|\b(?:petugas|tim\s+(?:teknis|lapangan|kami|survei|dinas))\b",
)
DI_MANA = re.compile(
    _URL
    + r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|(?:\+62|\b0)\d{2,4}(?:[\s.-]?\d{2,5}){2,4}\b"
    + r"|"
    + pattern(
        phrases(
            "loket tautan bio sorotan highlight situs laman website aplikasi kanal mpp".split()
            + ["pesan langsung", "direct message", "kotak masuk", "mal pelayanan publik", "akun ini", "akun resmi"]
            + ["kolom ini", "unggahan berikutnya", "balai desa", "kantor desa", "kantor kecamatan", "whatsapp"]
            + ["call center", "layanan pengaduan", "dm", "surel", "lapor!"]
        )
    ).pattern,
    re.IGNORECASE,
)
BULAN_RE = "|".join(b.lower() for b in BULAN)
HARI_RE = "|".join(h.lower() for h in HARI)
NOMOR_BULAN = {b.lower(): i for i, b in enumerate(BULAN, start=1)}
KAPAN = re.compile(
    rf"\b\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{BULAN_RE})\b|\b(?:{HARI_RE})\b|\bpukul\s+\d"
    r"|\bhari\s+kerja\b|\bjam\s+(?:kerja|layanan|operasional)\b",
    re.IGNORECASE,
)
APA = pattern(
    phrases(
        "syarat syaratnya persyaratan caranya formulir gratis biaya tarif jadwal jadwalnya dijadwalkan faktanya "
        "klarifikasi teruskan diteruskan meninjau ditinjau mengecek dicek memeriksa diperiksa survei mendata "
        "didata membawa bawa unduh diunduh daftar mendaftar pendaftaran dokumentasi".split()
        + ["tidak benar", "tidak dipungut biaya", "yang benar", "informasi resmi", "kami sampaikan kepada"]
        + ["informasi lengkap", "informasi selengkapnya", "hoaks"]
    )
)
# Words that promise action without saying who, what, when or where.
SAMAR = pattern(
    phrases(
        ["tindak lanjuti", "tindaklanjuti", "ditindaklanjuti", "segera", "secepatnya", "menjadi perhatian"]
        + ["kami perhatikan", "kami tampung", "ditampung", "akan kami proses", "mohon ditunggu", "mohon bersabar"]
    )
)

# ---------------------------------------------------------------------------
# saluran: personal data is never asked for in public.

MINTA = pattern(
    phrases(
        "tulis tuliskan sebutkan cantumkan kirim kirimkan bagikan berikan sertakan infokan informasikan share "
        "lampirkan unggah ketik minta komen".split()
        + ["balas dengan", "boleh minta", "mohon info"]
    )
)
# Bare "KK" is left out: it is also "kepala keluarga" ("jumlah KK terdampak").
DATA = pattern(phrases(DATA_PRIBADI + ("ktp", "ktp-el", "e-ktp", "foto kk", "kartu keluarga")))
LARANGAN = pattern(phrases(["jangan", "tidak perlu", "tak perlu", "hindari", "tanpa", "bukan"]))
DI_PUBLIK = pattern(
    phrases(
        ["kolom komentar", "di komentar", "di sini", "di bawah ini", "komentar ini", "postingan ini"]
        + ["unggahan ini", "kolom balasan"]
    )
)
NOMOR_NIK = re.compile(r"(?<!\d)\d(?:[ .-]?\d){15}(?!\d)")
SARAN_HAPUS = pattern(phrases(["hapus", "sembunyikan", "jangan menulis", "jangan menuliskan", "jangan mencantumkan"]))

# ---------------------------------------------------------------------------
# nada: blaming, defensive or sarcastic wording (label -> phrases).

NADA = {
    "menyalahkan": pattern(
        r"salah\s+(?:anda|kakak|bapak|ibu|sendiri)|kesalahan\s+(?:anda|kakak|bapak|ibu)|makanya"
        r"|(?:harusnya|seharusnya)\s+(?:anda|kakak|bapak|ibu)|kenapa\s+(?:tidak|nggak|gak|ga)\s+"
        r"(?:baca|cek|lihat|tanya|datang)|(?:anda|kakak|bapak|ibu)\s+(?:sendiri\s+)?yang\s+"
        r"(?:salah|keliru|lalai|telat|terlambat|kurang)|urusan\s+(?:anda|kakak|bapak|ibu)|bukan\s+urusan\s+kami"
        r"|jangan\s+(?:cuma|hanya)\s+bisa\s+\w+|bisanya\s+(?:cuma|hanya)"
    ),
    "defensif": pattern(
        r"kami\s+(?:sudah|telah)\s+bekerja\s+(?:keras|maksimal|semaksimal\w*)|kami\s+tidak\s+(?:pernah\s+)?salah"
        r"|bukan\s+(?:salah|kesalahan)\s+kami|jangan\s+asal|asal\s+(?:bicara|ngomong|tuduh|menuduh|komentar|bunyi)"
        r"|jangan\s+sembarangan|tidak\s+tahu\s+apa-apa|tahu\s+apa\s+(?:anda|kakak|kamu)|kalau\s+tidak\s+suka"
        r"|(?:urus|kerjakan|perbaiki)\s+sendiri|jangan\s+(?:memfitnah|fitnah|menyebar\s+fitnah|sebar\s+fitnah)"
        r"|(?:anda|kakak|bapak|ibu)\s+(?:telah\s+|sudah\s+)?(?:menyebar\w*\s+(?:hoaks|fitnah)|memfitnah|berbohong)"
    ),
    "sarkastis": re.compile(
        pattern(
            r"coba\s+(?:di)?baca\s+dulu|(?:di)?baca\s+(?:dulu\s+)?dong|makanya\s+baca|lain\s+kali\s+baca"
            r"|(?:kok|masa)\s+(?:gitu|begitu|begini|gini)(?:\s+(?:aja|saja))?"
            r"|(?:gitu|begitu)\s+(?:aja|saja)\s+(?:nggak|gak|tidak|ga)\s+(?:tahu|tau|paham|bisa)|apa\s+susahnya"
            r"|kan\s+(?:sudah|udah|ada|tertulis|jelas)|(?:sudah|udah)\s+jelas\s+(?:kok|dong|kan)|pakai\s+logika"
            r"|hadeh|hadeuh|wkwk\w*|ckck\w*|capek\s+deh"
        ).pattern
        + "|🙄|🤦|😏|😒",
        re.IGNORECASE,
    ),
}
NAMA_NADA = {"menyalahkan": "menyalahkan", "defensif": "defensif", "sarkastis": "sarkastis"}
# Three or more words in capitals read as shouting (RFC 1855, Netiquette Guidelines).
HURUF_BESAR = re.compile(r"\b[A-Z]{2,}[!?.,]*(?:\s+[A-Z]{2,}[!?.,]*){2,}")

# ---------------------------------------------------------------------------
# janji: dates, deadlines and outcomes the facts do not give.

KEPASTIAN = re.compile(  # not "jaminan": Jaminan Kesehatan Nasional is a programme
    r"(?<![\w])(?:(?<!belum\s)(?<!tidak\s)(?<!kurang\s)pasti|dijamin|menjamin|kami\s+jamin"
    r"|tidak\s+akan\s+(?:pernah\s+)?terulang|100\s?(?:%|persen))(?![\w])",
    re.IGNORECASE,
)
TENGGAT = re.compile(
    rf"(?<![\w])(?:besok|lusa|hari\s+ini\s+juga|nanti\s+(?:sore|malam|siang)|(?:minggu|pekan|bulan|tahun)\s+depan"
    rf"|(?:{HARI_RE})\s+depan|akhir\s+(?:pekan|minggu|bulan|tahun)\s+ini|dalam\s+(?:waktu\s+)?\d+\s+"
    r"(?:jam|hari|minggu|pekan|bulan)|\d+\s?[x×]\s?24\s+jam|paling\s+lambat|selambat-lambatnya"
    r"|sebelum\s+(?:lebaran|idulfitri|natal|tahun\s+baru|akhir\s+(?:bulan|tahun)))(?![\w])",
    re.IGNORECASE,
)
TANGGAL = re.compile(
    rf"(?<![\w])(?P<awal>\d{{1,2}})(?:\s*[–-]\s*(?P<akhir>\d{{1,2}}))?\s+(?P<bulan>{BULAN_RE})(?:\s+\d{{4}})?(?![\w])"
    r"|(?<![\w.:/])(?P<hari>\d{1,2})/(?P<bln>\d{1,2})(?:/\d{2,4})?(?![\w/])"
    r"|(?<![\w])tanggal\s+(?P<tgl>\d{1,2})(?![\w])",
    re.IGNORECASE,
)
# Outcome words and the root a fact sheet would contain ("diperbaiki" -> "perbaik" in "perbaikan").
HASIL = {
    "perbaik": "diperbaiki perbaiki memperbaiki",
    "selesai": "selesai diselesaikan selesaikan menyelesaikan",
    "beres": "beres dibereskan",
    "tuntas": "tuntas dituntaskan",
    "cair": "cair dicairkan cairkan",
    "aspal": "diaspal aspal",
    "tambal": "ditambal tambal menambal",
    "bangun": "dibangun membangun",
    "terbit": "terbit diterbitkan terbitkan",
    "ganti": "diganti ganti mengganti",
    "pulih": "pulih dipulihkan",
    "cetak": "dicetak cetak",
    "salur": "disalurkan salurkan",
    "angkut": "diangkut angkut",
}
_AKAR = {word: root for root, words in HASIL.items() for word in words.split()}
JANJI_HASIL = re.compile(
    r"(?<![\w])(?:akan|segera|langsung|pasti|bakal|dijamin)(?:\s+\w+){0,2}?\s+"
    + f"(?P<hasil>{phrases(_AKAR)})(?![\\w])",
    re.IGNORECASE,
)


# A purpose before an outcome word is not a promise ("agar segera diperbaiki").
TUJUAN = pattern(phrases("agar supaya semoga untuk harapannya".split()))


def akar_hasil(word: str) -> str:
    """The root of an outcome word of ``HASIL`` (``diperbaiki`` -> ``perbaik``)."""
    return _AKAR[word.casefold()]


# ---------------------------------------------------------------------------
# bahasa: chat abbreviations and colloquial forms an official account does not write (KBBI: cakapan).

CAKAPAN = {
    "yg": "yang",
    "dgn": "dengan",
    "utk": "untuk",
    "tdk": "tidak",
    "sdh": "sudah",
    "blm": "belum",
    "krn": "karena",
    "sy": "saya",
    "jd": "jadi",
    "tp": "tetapi",
    "dlm": "dalam",
    "bs": "bisa",
    "gak": "tidak",
    "ga": "tidak",
    "nggak": "tidak",
    "ngga": "tidak",
    "enggak": "tidak",
    "udah": "sudah",
    "udh": "sudah",
    "aja": "saja",
    "gimana": "bagaimana",
    "kalo": "kalau",
    "makasih": "terima kasih",
    "trims": "terima kasih",
    "thx": "terima kasih",
    "mksh": "terima kasih",
    "tau": "tahu",
    "gpp": "tidak apa-apa",
}
CAKAPAN_RE = re.compile(rf"(?<![\w@.]){phrases(CAKAPAN)}(?![\w])", re.IGNORECASE)
