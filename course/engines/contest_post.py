"""An explainable checker for a quiz or contest post (unggahan kuis) of a government account.

``periksa_kuis(teks)`` returns a ``LaporanKuis`` with one ``Cek`` per check, in ``CEK_KUIS`` order; its
``kurang`` lists the names of the missing elements. Nothing is printed. The six elements a participant
needs before taking part, then the spelling:

* ``pertanyaan``: the question (a sentence ending in "?", or a line "Pertanyaan: …");
* ``cara_ikut``: how to take part (comment, reply, direct message, a form, "Cara ikut: …");
* ``periode``: a date with a deadline or a range ("11–17 Agustus 2025", "paling lambat 17 Agustus 2025");
* ``pemenang``: how winners are chosen (drawn, the fastest right answers, judged by criteria);
* ``hadiah``: a concrete prize (what, and how much or how many); "hadiah menarik" alone is not one;
* ``data_pribadi``: UU 27/2022 tentang Pelindungan Data Pribadi: which personal data is collected and for
  what purpose (Pasal 21), the participant's explicit consent (Pasal 20), given in writing or on record and
  never "deemed" by taking part (Pasal 22), and when the participants are children, a parent's or guardian's
  consent (Pasal 25). A post that says it collects no personal data passes. Retention (Pasal 21) is advice;
* ``bahasa``: the EYD V findings of ``course.engines.spelling`` (hashtags, links and emoji left out).

The patterns are heuristics tuned for precision: a quiz post a government social-media lead would publish,
labelled ("Hadiah: …") or in running prose, passes every check. Sources of UU 27/2022: the Wikisource
transcription of the act (Pasal 22) and Hukumonline's summary (Pasal 20, 21, 25).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from course.engines import spelling
from course.engines.captions import Cek, report_text
from course.engines.captions_text import kalimat, kutip, prosa
from course.engines.results import Report
from course.errors import expect_text
from course.vocabulary import BULAN

CEK_KUIS = ("pertanyaan", "cara_ikut", "periode", "pemenang", "hadiah", "data_pribadi", "bahasa")
UNSUR_KUIS = CEK_KUIS[:6]
NAMA_CEK = {
    "pertanyaan": "Pertanyaan",
    "cara_ikut": "Cara ikut",
    "periode": "Periode",
    "pemenang": "Cara memilih pemenang",
    "hadiah": "Hadiah",
    "data_pribadi": "Data pribadi (UU 27/2022)",
    "bahasa": "Ejaan (EYD V)",
}
UU_PDP = "UU 27/2022 tentang Pelindungan Data Pribadi"


@dataclass(frozen=True)
class LaporanKuis(Report):
    """What the checker says about one quiz post: the checks in ``CEK_KUIS`` order."""

    hasil: tuple[Cek, ...]

    @property
    def kurang(self) -> list[str]:
        """The names of the elements (not the spelling) the post still lacks."""
        return [h.nama for h in self.hasil if not h.ok and h.id in UNSUR_KUIS]

    def as_dict(self) -> dict:
        return {"checks": [h.as_dict() for h in self.hasil], "kurang": self.kurang}

    def teks(self) -> str:
        text = report_text("Pemeriksaan unggahan kuis", self.hasil)
        missing = f"Yang masih kurang: {', '.join(self.kurang)}." if self.kurang else "Tidak ada unsur yang kurang."
        return f"{text}\n{missing}"

    def __str__(self) -> str:
        return self.teks()


def _cek(check_id: str, ok: bool, pesan: str) -> Cek:
    return Cek(check_id, NAMA_CEK[check_id], ok, pesan)


def _sentence_with(sentences: list[str], pattern: re.Pattern[str]) -> str | None:
    return next((s for s in sentences if pattern.search(s)), None)


# ---------------------------------------------------------------------------
# The elements

_LABEL_Q = re.compile(r"^\s*(?:pertanyaan(?:nya)?|soal|tebak(?:an)?)(?: kuis)?\s*:\s*\S", re.I | re.M)
_PROMPT = re.compile(r"(?:^|:\s*)(?:sebutkan|tebaklah|lengkapi|temukan|tuliskan nama)\b", re.I)
_JOIN = re.compile(
    r"\b(?:cara (?:ikut|mengikuti|berpartisipasi|bermain|menjawab)|(?:syarat(?:nya)?|ketentuan)\s*:|"
    r"(?:tulis|kirim|jawab|balas|komentar)\w*\b[^.\n]{0,60}?\b(?:kolom komentar|komentar|DM|pesan langsung|"
    r"WhatsApp|formulir|tautan|surel|e-?mail|utas|unggahan) ?|(?:di|pada) kolom komentar|isi formulir)",
    re.I,
)
_MONTHS = "|".join(BULAN)
_DATE = re.compile(rf"\b\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b|\b\d{{1,2}}/\d{{1,2}}\b")
_DEADLINE = re.compile(
    r"\b(?:periode|batas(?: waktu)?|paling lambat|sampai|hingga|s\.d\.|berakhir|ditutup|dibuka|mulai|sejak|"
    r"selama)\b|\d\s*[–-]\s*\d",
    re.I,
)
_WINNER = re.compile(r"\b(?:pemenang|penjawab|peserta terpilih|yang beruntung)\b", re.I)
_METHOD = re.compile(
    r"\b(?:(?:meng|di)?undi\w*|diacak|acak|dipilih|ditentukan|dinilai|juri|tercepat|pertama|terbaik|terkreatif|"
    r"kriteria)\b",
    re.I,
)
_PRIZE = re.compile(
    r"\b(?:voucer|voucher|saldo|pulsa|suvenir|cendera ?mata|merchandise|kaus|kaos|tumbler|topi|tas|paket|"
    r"uang tunai|uang pembinaan|dompet digital|piagam|sertifikat|payung|buku|bingkisan|tiket|kupon|hampers|"
    r"sembako|bibit|trofi|medali|plakat)\b|Rp\s?\d|\b\d+\s+(?:buah|unit|paket)\b",
    re.I,
)


_PRIZE_CONTEXT = re.compile(r"\b(?:hadiah\w*|berhadiah|(?:men|mem)?dapat\w*|memperoleh|pemenang|menang)\b", re.I)


def _cek_pertanyaan(text: str, sentences: list[str]) -> Cek:
    if _LABEL_Q.search(text):
        line = next(line for line in text.split("\n") if _LABEL_Q.match(line))
        return _cek("pertanyaan", True, f"Ada pertanyaan kuis: {kutip(line.strip(), 70)}.")
    question = next((s for s in sentences if (s.endswith("?") or _PROMPT.search(s)) and len(s.split()) >= 3), None)
    if question:
        return _cek("pertanyaan", True, f"Ada pertanyaan kuis: {kutip(question, 70)}.")
    return _cek(
        "pertanyaan",
        False,
        "Belum ada pertanyaan kuis di teks unggahan (pertanyaan yang hanya ada di gambar tidak terbaca pembaca "
        'layar): tulis pertanyaannya, misalnya "Pertanyaan: dokumen apa yang perlu dibawa saat membuat KIA?"',
    )


def _cek_cara_ikut(sentences: list[str]) -> Cek:
    found = _sentence_with(sentences, _JOIN)
    if found:
        return _cek("cara_ikut", True, f"Cara ikut dijelaskan: {kutip(found, 70)}.")
    return _cek(
        "cara_ikut",
        False,
        "Belum dijelaskan cara ikut: di mana dan bagaimana jawaban dikirim, misalnya \u201cCara ikut: tulis "
        "jawaban di kolom komentar; satu akun, satu jawaban.\u201d",
    )


def _cek_periode(sentences: list[str]) -> Cek:
    dated = [s for s in sentences if _DATE.search(s)]
    limited = next((s for s in dated if _DEADLINE.search(s) or len(_DATE.findall(s)) > 1), None)
    if limited:
        return _cek("periode", True, f"Periode kuis jelas: {kutip(limited, 70)}.")
    if dated:
        date = _DATE.findall(dated[0])[0]
        return _cek(
            "periode",
            False,
            f"Tanggal {kutip(date)} belum jelas sebagai periode: tulis kapan kuis dibuka dan kapan ditutup, "
            'misalnya "Periode: 11–17 Agustus 2025, paling lambat pukul 23.59 WIB."',
        )
    return _cek(
        "periode",
        False,
        'Belum ada periode kuis: tulis tanggal mulai dan batas akhirnya, misalnya "Periode: 11–17 Agustus 2025, '
        'paling lambat pukul 23.59 WIB."',
    )


def _cek_pemenang(sentences: list[str]) -> Cek:
    about = [s for s in sentences if _WINNER.search(s)]
    chosen = next((s for s in about if _METHOD.search(s)), None)
    if chosen:
        note = (
            "" if any("diumumkan" in s.casefold() for s in sentences) else " Sebutkan juga kapan dan di mana diumumkan."
        )
        return _cek("pemenang", True, f"Cara memilih pemenang disebut: {kutip(chosen, 70)}.{note}")
    seen = f"Kalimat {kutip(about[0], 50)} belum menyebut caranya. " if about else ""
    return _cek(
        "pemenang",
        False,
        f"{seen}Sebutkan cara memilih pemenang, misalnya \u201ctiga pemenang diundi dari jawaban yang benar\u201d "
        "atau \u201clima penjawab benar tercepat\u201d, dan kapan pemenang diumumkan.",
    )


def _cek_hadiah(sentences: list[str]) -> Cek:
    concrete = next((s for s in sentences if _PRIZE_CONTEXT.search(s) and _PRIZE.search(s)), None)
    if concrete:
        return _cek("hadiah", True, f"Hadiahnya jelas: {kutip(concrete, 70)}.")
    vague = _sentence_with(sentences, re.compile(r"\b(?:hadiah|berhadiah)\b", re.I))
    seen = f"Hadiah dalam {kutip(vague, 50)} belum jelas. " if vague else "Belum ada hadiah. "
    return _cek(
        "hadiah",
        False,
        f"{seen}Sebutkan apa hadiahnya dan berapa, misalnya \u201csaldo dompet digital Rp100.000 untuk tiga "
        "pemenang\u201d.",
    )


# ---------------------------------------------------------------------------
# Personal data (UU 27/2022)

_COLLECT = re.compile(
    r"\b(?:data|kirim\w*|cantumkan|mencantumkan|sertakan|menyertakan|isi|mengisi|minta|meminta|diminta|"
    r"kumpulkan|mengumpulkan|dikumpulkan|catat|mencatat|dicatat|serahkan|DM|pesan langsung|formulir)\b",
    re.I,
)
_DATA_TYPE = re.compile(
    r"\b(?:nama(?: lengkap)?|nomor (?:telepon|HP|ponsel|WhatsApp|WA|induk kependudukan|KTP|rekening)|"
    r"no\. ?(?:HP|telp|WA)|NIK|alamat(?: lengkap| rumah| pengiriman| surel)?|surel|e-?mail|tanggal lahir|usia|"
    r"umur|foto KTP|nama sekolah)\b",
    re.I,
)
_NO_DATA = re.compile(r"\btidak (?:meminta|mengumpulkan|menyimpan|memerlukan) data pribadi\b", re.I)
_PURPOSE = re.compile(
    r"\b(?:untuk|guna) (?:menghubungi|mengirim\w*|pengiriman|verifikasi|memverifikasi|memastikan|keperluan|"
    r"penyerahan|menyerahkan|mencocokkan)|\b(?:dipakai|digunakan|dimanfaatkan|diproses) (?:hanya )?untuk|"
    r"\btujuan(?:nya)?\b",
    re.I,
)
_CONSENT = re.compile(r"\b(?:persetujuan|menyetujui|setuju|bersedia|mengizinkan)\b", re.I)
_DEEMED = re.compile(r"\bdianggap (?:setuju|menyetujui|bersedia|memberi(?:kan)? persetujuan)\b", re.I)
_CHILDREN = re.compile(
    r"\b(?:peserta(?: kuis)?(?: adalah| ialah|:)?|terbuka (?:untuk|bagi)|khusus(?: untuk| bagi)?|kuis (?:untuk|bagi)|"
    r"diikuti(?: oleh)?)\s+(?:anak|anak-anak|pelajar|siswa|siswi|murid|santri)\b"
    r"|\b(?:pelajar|siswa|siswi|murid) (?:SD|SMP|SMA|SMK|MI|MTs|MA)\b"
    r"|\b(?:di bawah|belum (?:berusia|berumur)) 1[0-8] tahun\b",
    re.I,
)
_PARENT = re.compile(r"\b(?:orang tua|wali)\b", re.I)
_RETENTION = re.compile(r"\b(?:dihapus|dimusnahkan|disimpan (?:paling lama|selama|sampai|hingga))\b", re.I)


def _data_problems(text: str, sentences: list[str]) -> tuple[list[str], str]:
    """What the post still lacks under UU 27/2022, and the data it names."""
    collecting = [s for s in sentences if _COLLECT.search(s)]
    found = [m.group(0) for s in collecting for m in _DATA_TYPE.finditer(s)]
    kinds = list({k.casefold(): k for k in reversed(found)}.values())[::-1]
    problems = []
    if not kinds:
        problems.append(
            "data pribadi apa yang diminta dari peserta atau pemenang (misalnya nama dan nomor WhatsApp) "
            "belum disebut (Pasal 21)"
        )
    if not _PURPOSE.search(text):
        problems.append(
            "tujuan pemakaian data belum disebut, misalnya \u201chanya untuk mengirim hadiah\u201d (Pasal 21)"
        )
    deemed = _DEEMED.search(text)
    if deemed:
        problems.append(
            f"{kutip(deemed.group(0))} bukan persetujuan yang sah: persetujuan harus tegas, tertulis atau "
            "terekam, dan terpisah dari syarat lain (Pasal 22)"
        )
    elif not _CONSENT.search(text):
        problems.append("persetujuan peserta atas pemakaian datanya belum diminta secara tegas (Pasal 20 dan 22)")
    children = _CHILDREN.search(text)
    if children and not any(_PARENT.search(s) and _CONSENT.search(s) for s in sentences):
        problems.append(
            f"pesertanya anak ({kutip(children.group(0), 30)}), jadi perlu persetujuan orang tua atau wali (Pasal 25)"
        )
    return problems, ", ".join(kinds)


def _cek_data_pribadi(text: str, sentences: list[str]) -> Cek:
    if _NO_DATA.search(text):
        return _cek("data_pribadi", True, f"Unggahan menyatakan tidak meminta data pribadi ({UU_PDP}).")
    problems, kinds = _data_problems(text, sentences)
    if problems:
        return _cek("data_pribadi", False, f"Menurut {UU_PDP}: " + "; ".join(problems) + ".")
    note = (
        ""
        if _RETENTION.search(text)
        else " Saran: sebutkan juga berapa lama data disimpan dan kapan dihapus (Pasal 21)."
    )
    return _cek(
        "data_pribadi",
        True,
        f"Data yang diminta ({kinds}), tujuannya, dan persetujuan peserta sudah disebut ({UU_PDP}).{note}",
    )


def _cek_bahasa(plain: str) -> Cek:
    found = [str(f) for f in spelling.periksa_teks(plain)]
    if found:
        more = f" (dan {len(found) - 3} lainnya)" if len(found) > 3 else ""
        return _cek("bahasa", False, f"{len(found)} temuan ejaan (EYD V): " + "; ".join(found[:3]) + more)
    return _cek("bahasa", True, "Tidak ada temuan ejaan (EYD V).")


def periksa_kuis(teks: object) -> LaporanKuis:
    """Check a quiz or contest post: the six elements a participant needs, then the spelling."""
    text = expect_text(teks, "unggahan kuis").replace("\r\n", "\n")
    plain = prosa(text)
    sentences = kalimat(plain)
    results = (
        _cek_pertanyaan(plain, sentences),
        _cek_cara_ikut(sentences),
        _cek_periode(sentences),
        _cek_pemenang(sentences),
        _cek_hadiah(sentences),
        _cek_data_pribadi(plain, sentences),
        _cek_bahasa(plain),
    )
    return LaporanKuis(results)


check = periksa_kuis
