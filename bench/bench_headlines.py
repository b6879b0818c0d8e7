"""Benchmark of session 03's tools: speed of the checkers and the widget, and CLICK-ID figures.

* ``course.engines.clickbait.periksa``: median milliseconds per headline (full report, EYD included);
* ``course.engines.spelling.periksa_teks``: milliseconds for a 500-word release text;
* ``course.widgets.headline_checker``: milliseconds per keystroke-equivalent update (typing a headline);
* the clickbait checker on CLICK-ID's development split, read in place from
  ``../shared/data/clickid/dev.csv``: accuracy, precision, recall and F1 of the shipped
  weights overall and per publisher, with leave-one-publisher-out and stratified 5-fold
  cross-validation (weights refitted without the scored part). Skipped with a message
  where the dataset is absent.

CLICK-ID: William, A. & Sari, Y. (2020). CLICK-ID: A novel dataset for Indonesian clickbait
headlines. Data in Brief 32, 106231. doi:10.1016/j.dib.2020.106231 (CC BY 4.0).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from course.engines import clickbait, spelling
from tools import clickid

TARGETS = {"headline_ms": 1.0, "bahasa_500_words_ms": 5.0, "widget_update_ms": 100.0}

HEADLINES = [
    "Pemkab Sukamaju Salurkan 2 Ton Beras untuk 300 Keluarga Korban Banjir",
    "Ini Syarat Beasiswa Pemkab Sukamaju yang Wajib Kamu Tahu!",
    "BPBD Sukamaju Imbau Warga Bantaran Sungai Waspadai Banjir hingga Jumat",
    "Heboh! Jembatan Baru di Desa Sukadana Bikin Warga Melongo",
    "Simak Jadwal Lengkap Pekan Imunisasi di Puskesmas Sukamaju",
    "Begini Cara Bupati Sukamaju Atasi Banjir, Ternyata Mudah",
    "Kenapa Jalan di Sukamaju Tak Kunjung Diperbaiki?",
    "KPU Sukamaju Tetapkan 312 TPS untuk Pilkada 2024",
]

PARAGRAPH = (
    "Pemerintah Kabupaten (Pemkab) Sukamaju meresmikan Mal Pelayanan Publik (MPP) di Kecamatan Sukadana pada "
    "Senin, 3 Juni 2024. Di MPP ini, warga dapat mengurus 25 jenis layanan di satu tempat, antara lain KTP "
    "elektronik, kartu keluarga, izin usaha, dan BPJS Kesehatan. MPP buka setiap Senin sampai Jumat pukul "
    '08.00–15.00 WIB. "Warga tidak perlu lagi bolak-balik ke banyak kantor," kata Bupati Sukamaju saat '
    "meresmikan MPP. Sebelumnya, warga Sukadana harus menempuh 40 km ke ibu kota kabupaten untuk mengurus izin "
    "usaha, dan rapat koordinasi di laksanakan dikantor camat dengan biaya Rp 5.000 per orang."
)


def text_of_words(n: int) -> str:
    words = []
    while len(words) < n:
        words += PARAGRAPH.split()
    return " ".join(words[:n])


def _median_ms(fn, items, repeat: int = 1) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        for item in items:
            start = time.perf_counter()
            fn(item)
            samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def measure_speed() -> dict:
    try:
        titles = clickid.load_dev().titles[:3000]
        source = "CLICK-ID dev (3.000 judul pertama)"
    except clickid.DatasetMissing:
        titles = HEADLINES * 50
        source = "8 judul contoh kursus x 50"
    clickbait.periksa(titles[0])  # load the weights once
    median, worst = _median_ms(clickbait.periksa, titles)
    score_median, _ = _median_ms(clickbait.skor, titles)
    text = text_of_words(500)
    b_median, b_max = _median_ms(spelling.periksa_teks, [text], repeat=50)

    from course.widgets.headline_checker import pemeriksa_judul

    widget = pemeriksa_judul()
    updates = []
    for title in HEADLINES:
        widget.masukan.value = ""
        for i in range(1, len(title) + 1):
            start = time.perf_counter()
            widget.masukan.value = title[:i]  # one keystroke: the observer re-checks and redraws
            updates.append((time.perf_counter() - start) * 1000)
    return {
        "headline_ms_median": round(median, 4),
        "headline_ms_max": round(worst, 3),
        "score_only_ms_median": round(score_median, 4),
        "headlines_timed": len(titles),
        "headline_source": source,
        "bahasa_500_words_ms_median": round(b_median, 3),
        "bahasa_500_words_ms_max": round(b_max, 3),
        "bahasa_500_words_findings": len(spelling.periksa_teks(text)),
        "widget_update_ms_median": round(statistics.median(updates), 3),
        "widget_update_ms_max": round(max(updates), 3),
        "widget_updates": len(updates),
    }


def measure_clickid() -> dict:
    try:
        data = clickid.load_dev()
    except clickid.DatasetMissing as exc:
        print(exc)
        return {"available": False, "message": str(exc)}
    X = clickid.matrix(data.titles)
    return {
        "available": True,
        "citation": clickid.CITATION,
        "n": len(data.titles),
        "fitted": clickid.evaluate(data, X),
        "leave_one_publisher_out": clickid.grouped_cv(data, X),
        "stratified_5_fold": clickid.stratified_cv(data, X),
    }


def run() -> dict:
    speed = measure_speed()
    print(
        f"headlines: median {speed['headline_ms_median']:.3f} ms per judul; bahasa 500 kata "
        f"{speed['bahasa_500_words_ms_median']:.2f} ms; widget {speed['widget_update_ms_median']:.2f} ms per ketukan"
    )
    result = {"targets": TARGETS, "speed": speed, "clickid": measure_clickid()}
    if result["clickid"]["available"]:
        print(
            f"CLICK-ID: akurasi {result['clickid']['fitted']['overall']['accuracy']:.3f}, "
            f"leave-one-publisher-out {result['clickid']['leave_one_publisher_out']['overall']['accuracy']:.3f}"
        )
    return result


def _pct(x: float) -> str:
    return f"{x:.3f}"


def markdown(result: dict) -> list[str]:
    s, t = result["speed"], result["targets"]
    ok = lambda value, target: "ya" if value < target else "TIDAK"  # noqa: E731
    lines = [
        "## Sesi 03: pemeriksa judul dan pemeriksa EYD / headline and EYD checkers",
        "",
        "| Ukuran | Median | Maks | Target | Memenuhi |",
        "|---|---|---|---|---|",
        f"| `course.engines.clickbait.periksa` per judul ({s['headline_source']}) | {s['headline_ms_median']:.3f} ms | "
        f"{s['headline_ms_max']:.2f} ms | < {t['headline_ms']:.0f} ms | {ok(s['headline_ms_median'], t['headline_ms'])} |",
        f"| `course.engines.clickbait.skor` per judul (skor saja) | {s['score_only_ms_median']:.3f} ms | – | – | – |",
        f"| `course.engines.spelling.periksa_teks`, teks 500 kata | {s['bahasa_500_words_ms_median']:.2f} ms | "
        f"{s['bahasa_500_words_ms_max']:.2f} ms | < {t['bahasa_500_words_ms']:.0f} ms | "
        f"{ok(s['bahasa_500_words_ms_median'], t['bahasa_500_words_ms'])} |",
        f"| Widget pemeriksa judul, per ketukan ({s['widget_updates']} pembaruan) | {s['widget_update_ms_median']:.2f} ms | "
        f"{s['widget_update_ms_max']:.2f} ms | < {t['widget_update_ms']:.0f} ms | "
        f"{ok(s['widget_update_ms_max'], t['widget_update_ms'])} |",
        "",
    ]
    c = result["clickid"]
    if not c.get("available"):
        lines += [f"CLICK-ID tidak tersedia di mesin ini; pengukuran dilewati ({c.get('message', '')}).", ""]
        return lines
    fitted, lopo, strat = c["fitted"], c["leave_one_publisher_out"], c["stratified_5_fold"]
    lines += [
        "### Pemeriksa clickbait pada CLICK-ID (dev split, " + f"{c['n']:,}".replace(",", ".") + " judul)",
        "",
        f"Data: {c['citation']}. Dibaca di tempat dari `../shared/data/clickid/dev.csv`; tidak disalin ke proyek.",
        'Pembanding yang dilaporkan pada CLICK-ID (akurasi): selalu "bukan clickbait" 0,58; SVM + bag of words 0,76;',
        "IndoBERT 0,82 (Putri & Pratomo). Angka resmi proyek diukur pada bagian *held-out* CLICK-ID yang tidak ada di sini;",
        "validasi silang di bawah adalah perkiraan jujurnya (bobot dilatih ulang tanpa bagian yang dinilai).",
        "",
        "| Evaluasi | Akurasi | Presisi | Recall | F1 |",
        "|---|---|---|---|---|",
    ]
    for label, block in (
        ("Bobot terpasang, seluruh dev split (dilatih pada data yang sama)", fitted),
        ("Validasi silang 5-fold berstrata (penerbit dan label)", strat),
        ("Leave-one-publisher-out (penerbit yang dinilai tidak ikut melatih)", lopo),
    ):
        o = block["overall"]
        lines.append(
            f"| {label} | {_pct(o['accuracy'])} | {_pct(o['precision'])} | {_pct(o['recall'])} | {_pct(o['f1'])} |"
        )
    lines += [
        "",
        "Per penerbit (clickbait = kelas positif):",
        "",
        "| Penerbit | n | Porsi clickbait | Akurasi | Presisi | Recall | F1 | Akurasi LOPO | F1 LOPO |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, m in fitted["per_publisher"].items():
        g = lopo["per_publisher"][name]
        lines.append(
            f"| {name} | {m['n']} | {m['clickbait_rate']:.2f} | {_pct(m['accuracy'])} | {_pct(m['precision'])} | "
            f"{_pct(m['recall'])} | {_pct(m['f1'])} | {_pct(g['accuracy'])} | {_pct(g['f1'])} |"
        )
    lines += [
        "",
        "Akurasi, presisi, recall, dan F1 per penerbit memakai bobot terpasang; LOPO = leave-one-publisher-out.",
    ]
    lines.append("")
    return lines


if __name__ == "__main__":  # pragma: no cover
    import json

    print(json.dumps(run(), indent=2, ensure_ascii=False))
