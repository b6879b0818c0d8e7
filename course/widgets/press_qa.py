"""Session 06 tool: a simulated press conference, to practise answering journalists.

``SesiTanyaJawab`` holds the whole state and is driven without a browser: scripted journalists' questions
(``course.engines.press_scenarios.KONPERS_PASAR`` by default, data sintetis), ``jawab(teks)`` checks an
answer with ``course.engines.press_answers`` and, when it dodges (a refusal without a reason and a time,
off-topic, no concrete fact, too long or too short), the journalist asks one scripted follow-up before the
next question. ``transkrip()`` is the Markdown transcript (questions, answers, feedback, times) and
``simpan(folder)`` writes it to ``transkrip_tanya_jawab.md`` (beside the notebook by default: a kernel
runs in its notebook's folder).

``LatihanTanyaJawab`` is the thin ipywidgets shell: ``pengantar`` (the case, its facts and key messages),
``pertanyaan`` (the question now asked), ``masukan`` (Textarea), ``tombol_jawab`` ("Jawab"),
``umpan_balik`` (the feedback on the last answer), ``tombol_simpan`` ("Simpan transkrip") and ``status``.
Nothing here uses the network.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import ipywidgets as widgets

from course.engines.press_answers import LaporanJawaban
from course.engines.press_scenarios import KONPERS_PASAR, Pertanyaan, Skenario
from course.errors import CourseError, InputError, expect_text
from course.vocabulary import tanggal_panjang

NAMA_BERKAS = "transkrip_tanya_jawab.md"
HIJAU, MERAH, ABU = "#1b6e3a", "#b3261e", "#444"


def waktu_teks(moment: dt.datetime) -> str:
    """``Kamis, 13 Juni 2024, pukul 10.05`` (EYD V: a dot between hours and minutes)."""
    return f"{tanggal_panjang(moment.date())}, pukul {moment:%H.%M}"


@dataclass(frozen=True)
class Giliran:
    """One exchange: the question asked (``susulan`` when it was a follow-up), the answer and its report."""

    nomor: int
    penanya: str
    pertanyaan: str
    susulan: bool
    jawaban: str
    laporan: LaporanJawaban
    waktu: dt.datetime


class SesiTanyaJawab:
    """The state of one simulated press conference; no widgets, so tests drive it directly."""

    def __init__(self, skenario: Skenario | None = None, jam: Callable[[], dt.datetime] | None = None):
        self.skenario = skenario or KONPERS_PASAR
        self.jam = jam or dt.datetime.now
        self.dimulai = self.jam()
        self.indeks = 0  # the question now asked (0-based)
        self.susulan: str | None = None  # the follow-up now asked, if any
        self.riwayat: list[Giliran] = []

    @property
    def selesai(self) -> bool:
        return self.indeks >= len(self.skenario.pertanyaan)

    @property
    def pertanyaan(self) -> Pertanyaan | None:
        """The scripted question now asked (None when the press conference is over)."""
        return None if self.selesai else self.skenario.pertanyaan[self.indeks]

    @property
    def teks_pertanyaan(self) -> str | None:
        """What the journalist is asking now: the follow-up, or the question."""
        question = self.pertanyaan
        return None if question is None else self.susulan or question.teks

    def jawab(self, teks: object) -> Giliran:
        """Check the answer to what is asked now, record it, and move on: to the follow-up when the answer
        dodges a question for the first time, otherwise to the next question."""
        question = self.pertanyaan
        if question is None:
            raise InputError(
                "konferensi pers ini sudah selesai; tidak ada pertanyaan lagi.",
                "Klik Simpan transkrip, atau jalankan sel latihan ini lagi untuk mengulang dari awal.",
            )
        answer = expect_text(teks, "jawaban")
        asked = self.susulan or question.teks
        # A follow-up is judged against itself and the question it follows (its words count as relevant).
        judged = dataclasses.replace(question, teks=f"{self.susulan} {question.teks}") if self.susulan else question
        report = judged.periksa(answer, self.skenario.fakta)
        turn = Giliran(self.indeks + 1, question.penanya, asked, self.susulan is not None, answer, report, self.jam())
        self.riwayat.append(turn)
        follow_up = None if self.susulan else question.susulan_untuk(report)
        if follow_up:
            self.susulan = follow_up
        else:
            self.susulan = None
            self.indeks += 1
        return turn

    def ringkasan(self) -> str:
        """One line: how many questions were answered and how many answers passed every check."""
        passed = sum(t.laporan.semua_ok for t in self.riwayat)
        answered = min(self.indeks, len(self.skenario.pertanyaan))
        return (
            f"{answered} dari {len(self.skenario.pertanyaan)} pertanyaan selesai dijawab; {passed} dari "
            f"{len(self.riwayat)} jawaban lolos semua cek."
        )

    def transkrip(self) -> str:
        """The transcript in Markdown: questions, answers, the feedback on each, and the times."""
        lines = [
            "# Transkrip latihan tanya jawab konferensi pers",
            "",
            f"- Skenario: {self.skenario.judul} (data sintetis)",
            f"- Dimulai: {waktu_teks(self.dimulai)}",
            f"- Disimpan: {waktu_teks(self.jam())}",
            f"- {self.ringkasan()}",
            "",
            "Umpan balik berasal dari pemeriksa jawaban kursus: saran praktik pelatihan media, bukan nilai.",
        ]
        for turn in self.riwayat:
            heading = "### Pertanyaan susulan" if turn.susulan else f"## Pertanyaan {turn.nomor}"
            report = turn.laporan
            lines += [
                "",
                f"{heading}: {turn.penanya} (pukul {turn.waktu:%H.%M})",
                "",
                f"**Pertanyaan:** {turn.pertanyaan}",
                "",
                "**Jawaban:**",
                "",
                *[f"> {line}" if line.strip() else ">" for line in turn.jawaban.splitlines()],
                "",
                f"**Umpan balik** ({len(report.lolos)} dari {len(report.hasil)} cek lolos):",
                "",
                *[f"- {'✅ Lolos' if h.ok else '❌ Belum lolos'}: {h.nama}: {h.pesan}" for h in report.hasil],
            ]
        return "\n".join(lines) + "\n"

    def simpan(self, folder: str | Path | None = None) -> Path:
        """Write the transcript to ``folder/transkrip_tanya_jawab.md`` (the working folder by default)."""
        path = Path(folder if folder is not None else Path.cwd()) / NAMA_BERKAS
        path.write_text(self.transkrip(), encoding="utf-8")
        return path


# ---------------------------------------------------------------------------
# The widget


def _feedback_html(turn: Giliran) -> str:
    report = turn.laporan
    rows = [f"<div><b>Umpan balik</b>: {len(report.lolos)} dari {len(report.hasil)} cek lolos.</div>"]
    for item in report.hasil:
        mark, colour = ("&#9989; Lolos:", HIJAU) if item.ok else ("&#10060; Belum lolos:", MERAH)
        rows.append(
            f"<div style='color:{colour}'>{mark} <b>{html.escape(item.nama)}</b>: {html.escape(item.pesan)}</div>"
        )
    return "".join(rows)


def _intro_html(skenario: Skenario) -> str:
    facts = "".join(f"<li>{html.escape(f)}</li>" for f in skenario.fakta)
    keys = "".join(f"<li>{html.escape(k)}</li>" for k in skenario.pesan_kunci)
    return (
        f"<h4>Latihan tanya jawab: {html.escape(skenario.judul)} (data sintetis)</h4>"
        f"<p>{html.escape(skenario.pengantar)} Ketik jawaban lisan Anda, lalu klik <b>Jawab</b>. Klik "
        "<b>Simpan transkrip</b> untuk menyimpan tanya jawabnya bagi instruktur.</p>"
        "<details><summary>Lembar fakta dan pesan kunci (data sintetis)</summary>"
        f"<p><b>Fakta:</b></p><ul>{facts}</ul><p><b>Pesan kunci:</b></p><ul>{keys}</ul></details>"
    )


class LatihanTanyaJawab(widgets.VBox):
    """The simulated press conference: a question, a box for the answer, feedback, and the transcript."""

    def __init__(
        self,
        skenario: Skenario | None = None,
        folder: str | Path | None = None,
        jam: Callable[[], dt.datetime] | None = None,
    ):
        self.sesi = SesiTanyaJawab(skenario, jam)
        self.folder = folder
        self.pengantar = widgets.HTML(_intro_html(self.sesi.skenario))
        self.pertanyaan = widgets.HTML()
        self.masukan = widgets.Textarea(
            description="Jawaban Anda",
            placeholder="Ketik jawaban lisan Anda di sini, lalu klik Jawab.",
            rows=5,
            continuous_update=False,  # the whole answer reaches the kernel before the "Jawab" click
            style={"description_width": "110px"},
            layout=widgets.Layout(width="95%"),
        )
        self.tombol_jawab = widgets.Button(
            description="Jawab", tooltip="Kirim jawaban dan lihat umpan baliknya", button_style="primary"
        )
        self.umpan_balik = widgets.HTML()
        self.tombol_simpan = widgets.Button(
            description="Simpan transkrip", tooltip=f"Simpan tanya jawab ke berkas {NAMA_BERKAS}"
        )
        self.status = widgets.HTML()
        self.tombol_jawab.on_click(lambda _button: self.kirim())
        self.tombol_simpan.on_click(lambda _button: self.simpan())
        buttons = widgets.HBox([self.tombol_jawab, self.tombol_simpan])
        super().__init__([self.pengantar, self.pertanyaan, self.masukan, buttons, self.umpan_balik, self.status])
        self.tampilkan_pertanyaan()

    def tampilkan_pertanyaan(self) -> None:
        """Show what the journalist asks now, or the end of the press conference."""
        sesi = self.sesi
        question = sesi.pertanyaan
        if question is None:
            self.pertanyaan.value = (
                f"<div role='status'><b>Konferensi pers selesai.</b> {html.escape(sesi.ringkasan())} Klik "
                "<b>Simpan transkrip</b>, atau jalankan sel ini lagi untuk mengulang.</div>"
            )
            self.masukan.disabled = self.tombol_jawab.disabled = True
            return
        total = len(sesi.skenario.pertanyaan)
        label = "Pertanyaan susulan" if sesi.susulan else f"Pertanyaan {sesi.indeks + 1} dari {total}"
        hard = (
            f"<div style='color:{ABU}'>Pertanyaan sulit: akui, jembatani, lalu sampaikan pesan kunci "
            f"&ldquo;{html.escape(question.pesan_kunci or '')}&rdquo;</div>"
            if question.sulit
            else ""
        )
        self.pertanyaan.value = (
            f"<div role='status' aria-live='polite' style='border-left:4px solid #1f5f99;padding:4px 10px'>"
            f"<b>{label}</b> &middot; {html.escape(question.penanya)}:<br>"
            f"&ldquo;{html.escape(sesi.teks_pertanyaan or '')}&rdquo;{hard}</div>"
        )

    def kirim(self) -> None:
        """The "Jawab" button: check the answer, show the feedback and the next question."""
        try:
            turn = self.sesi.jawab(self.masukan.value)
        except CourseError as exc:
            self.umpan_balik.value = f"<div role='alert' style='color:{MERAH}'>{html.escape(exc.friendly())}</div>"
            return
        self.masukan.value = ""
        note = ""
        if self.sesi.susulan:
            note = f"<div style='color:{ABU}'>Jawaban Anda mengelak, jadi wartawan bertanya lagi (di atas).</div>"
        self.umpan_balik.value = f"<div aria-live='polite'>{_feedback_html(turn)}{note}</div>"
        self.tampilkan_pertanyaan()

    def simpan(self) -> Path | None:
        """The "Simpan transkrip" button: write the transcript and say where it is."""
        try:
            path = self.sesi.simpan(self.folder)
        except OSError as exc:
            self.status.value = (
                f"<div role='alert' style='color:{MERAH}'>Transkrip belum dapat disimpan: "
                f"{html.escape(exc.strerror or 'folder tidak dapat ditulisi')}. Periksa ruang penyimpanan, lalu "
                "coba lagi.</div>"
            )
            return None
        self.status.value = (
            f"<div role='status' style='color:{HIJAU}'>Transkrip disimpan pada {waktu_teks(self.sesi.jam())} di "
            f"berkas <code>{NAMA_BERKAS}</code>, di folder notebook ini: <code>{html.escape(str(path))}</code>. "
            f"Isinya: {html.escape(self.sesi.ringkasan())} Berkas itu ikut terkirim saat Anda mengirim tugas "
            "(Submit); bila belajar sendiri, unduh berkas itu dari panel berkas di kiri dan kirimkan kepada "
            "instruktur.</div>"
        )
        return path


def latihan_tanya_jawab(skenario: Skenario | None = None, folder: str | Path | None = None) -> LatihanTanyaJawab:
    """The session 06 press-conference practice, ready to display (``folder``: where the transcript goes)."""
    return LatihanTanyaJawab(skenario, folder)
