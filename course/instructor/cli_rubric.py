"""``bimtek meja-rubrik``: write the rubric desk's notebook into the course folder, or report agreement.

    bimtek meja-rubrik --sesi 04                       # writes meja-rubrik-04.ipynb, says how to open it
    bimtek meja-rubrik --sesi 04 --peran kedua --penilai Rina --sampel 0.25 --benih 7
    bimtek meja-rubrik --kesepakatan                   # agreement of double-marked answers per criterion

Registered from ``course.instructor.cli`` by ``add_rubric_desk(sub)``.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

from course.errors import CourseError

HELP = "meja rubrik: nilai jawaban tertulis satu per satu di notebook"
DESCRIPTION = (
    "Tulis notebook meja rubrik untuk satu sesi ke folder kursus (buka di JupyterLab, lalu jalankan semua sel), "
    "atau, dengan --kesepakatan, tampilkan kesepakatan penilai pertama dan kedua per kriteria "
    "(kappa berbobot kuadratik Cohen 1968 dan persentase sama persis)."
)


class RubricDeskError(CourseError):
    label = "Galat"


def add_rubric_desk(sub) -> None:
    parser = sub.add_parser("meja-rubrik", aliases=["rubrik"], help=HELP, description=DESCRIPTION)
    parser.set_defaults(run=run)
    parser.add_argument("--sesi", metavar="NN", help="nomor atau nama sesi, misalnya 04")
    parser.add_argument("--tugas", metavar="GRADE_ID", help="jawaban tertulis (bila sesi punya lebih dari satu)")
    parser.add_argument("--penilai", default="", metavar="NAMA", help="nama penilai (disimpan bersama nilai)")
    parser.add_argument("--peran", choices=["pertama", "kedua"], default="pertama", help="penilai pertama atau kedua")
    parser.add_argument("--sampel", type=float, default=0.2, metavar="PECAHAN", help="bagian jawaban penilai kedua")
    parser.add_argument("--benih", type=int, default=1, metavar="ANGKA", help="benih acak sampel penilai kedua")
    parser.add_argument("--kesepakatan", action="store_true", help="laporkan kesepakatan antarpenilai")
    parser.add_argument(
        "--kursus", default=".", metavar="FOLDER", hidden_alias="--root", help="folder kursus (bawaan: folder ini)"
    )


def desk_notebook(sesi: str, tugas: str | None = None, penilai: str = "", peran: str = "pertama", **opts) -> dict:
    """The instructor's notebook that opens the desk (no outputs)."""
    import nbformat

    args = [f'"{sesi}"', 'kursus="."']
    if tugas:
        args.append(f"grade_id={tugas!r}")
    if penilai:
        args.append(f"penilai={penilai!r}")
    if peran == "kedua":
        args += ['peran="kedua"', f"sampel={opts.get('sampel', 0.2)!r}", f"benih={opts.get('benih', 1)!r}"]
    intro = (
        f"# Meja rubrik: sesi {sesi}\n\n"
        "Jalankan sel di bawah (**Shift+Enter**). Meja menampilkan satu jawaban tertulis setiap kali, tanpa nama "
        "peserta, dengan rubrik sesi ini. Klik tingkat setiap kriteria atau ketik di kotak **Pintasan**: angka memilih "
        "tingkat, `k` kriteria berikutnya, `s` simpan, `n` jawaban berikutnya, `p` jawaban sebelumnya.\n\n"
        "Saran dari pemeriksa kursus hanya saran; nilainya Anda yang menentukan. Nilai dan komentar masuk ke buku "
        "nilai nbgrader sebagai nilai manual. Panduan: `docs/instruktur/meja-rubrik.md`."
    )
    code = f"from course.instructor.rubric_desk import meja_rubrik\n\nmeja = meja_rubrik({', '.join(args)})\nmeja"
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(intro), nbformat.v4.new_code_cell(code)]
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"meja-rubrik-{index}"
    return nb


def _write_notebook(args, course: Path) -> int:
    from course.instructor.rubric_marks import for_session, load_rubrics

    rubrics = for_session(load_rubrics(), args.sesi)
    if args.tugas:
        rubrics = [r for r in rubrics if r.grade_id == args.tugas]
    if not rubrics:
        which = f" {args.tugas}" if args.tugas else ""
        raise RubricDeskError(f"sesi {args.sesi} tidak punya jawaban tertulis{which} yang dinilai instruktur")
    if not 0 < args.sampel <= 1:
        raise RubricDeskError("--sampel harus pecahan antara 0 dan 1, misalnya 0.2")
    number = rubrics[0].session.split("-", 1)[0]
    suffix = f"-{args.tugas}" if args.tugas else ""
    suffix += "-kedua" if args.peran == "kedua" else ""
    path = course / f"meja-rubrik-{number}{suffix}.ipynb"
    nb = desk_notebook(number, args.tugas, args.penilai, args.peran, sampel=args.sampel, benih=args.benih)
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    others = ", ".join(r.grade_id for r in rubrics[1:])
    print(f"Notebook meja rubrik ditulis: {path.name} ({rubrics[0].grade_id}, {rubrics[0].title}).")
    if others and not args.tugas:
        print(f"Sesi ini juga punya {others}: pakai --tugas GRADE_ID untuk jawaban itu.")
    print(f"Langkah berikutnya: buka {path.name} di JupyterLab (folder kursus), lalu jalankan semua sel.")
    return 0


def _agreement(course: Path) -> int:
    from course.instructor import gradebook as gbk
    from course.instructor.rubric_store import agreement_rows

    rows = agreement_rows(gbk.db_url(course))
    if not rows:
        print("Belum ada jawaban yang dinilai dua penilai. Buka meja rubrik dengan --peran kedua dulu.")
        return 0
    out = course / "meja-rubrik" / "kesepakatan.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print("Kesepakatan antarpenilai per kriteria (kappa berbobot kuadratik, Cohen 1968; sama persis dalam persen):")
    for r in rows:
        kappa = "tidak terdefinisi" if r["kappa"] == "" else f"{r['kappa']:.3f}".replace(".", ",")
        exact = f"{r['sama_persis_persen']:.1f}".replace(".", ",")
        print(f"- {r['sesi']} {r['tugas']} / {r['kriteria']}: {r['jawaban']} jawaban, kappa {kappa}, sama {exact}%")
    print(f"Tabel lengkap: {out.relative_to(course)}")
    return 0


def run(args: argparse.Namespace) -> int:
    course = Path(args.kursus).resolve()
    if not course.is_dir():
        raise RubricDeskError(f"folder kursus {args.kursus} tidak ada")
    if args.kesepakatan:
        return _agreement(course)
    if not args.sesi:
        raise RubricDeskError("sebutkan sesinya, misalnya: bimtek meja-rubrik --sesi 04")
    return _write_notebook(args, course)
