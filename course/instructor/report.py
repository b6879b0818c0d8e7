"""``bimtek report``: the cohort report an Indonesian training programme customarily produces.

A folder with ``index.html``, PNG charts and ``laporan.csv`` (every number of
the page, long format), from the gradebook only (SQLite or PostgreSQL):

* scores per session and per kabupaten;
* item difficulty (proportion of the points earned) for every graded cell;
* completion: graded, failed, not handed in, per session;
* pre/post gain from the Tes Awal (cells ``tes_awal_NN``, session 00) to the
  Tes Akhir (cells ``tes_akhir_NN``, session 07, the same items) as Hake's
  normalised gain g = (post − pre) / (max − pre), per participant, per item
  and for the class (from class means, as Hake 1998 does); categories high
  g > 0.7, medium 0.3–0.7, low < 0.3 (brief §6). A Tes Awal already at the
  maximum has no gain (division by zero): it is reported as its own category.

It works for whatever sessions exist in the gradebook. Scores are read with one
SQL query over nbgrader's tables; charts use a colour-blind-safe palette
(Okabe–Ito) and also differ by shape or position, never by colour alone.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from course.instructor import gradebook as gbk
from course.errors import CourseError

OKABE_ITO = {"oranye": "#E69F00", "biru_langit": "#56B4E9", "hijau": "#009E73", "kuning": "#F0E442",
             "biru": "#0072B2", "merah": "#D55E00", "ungu": "#CC79A7", "abu": "#999999", "hitam": "#000000"}
GAIN_CATEGORIES = ("tinggi", "sedang", "rendah", "tidak dihitung: Tes Awal sudah maksimal")
GAIN_STYLE = {"tinggi": (OKABE_ITO["biru"], "o"), "sedang": (OKABE_ITO["oranye"], "s"),
              "rendah": (OKABE_ITO["merah"], "^"),
              "tidak dihitung: Tes Awal sudah maksimal": (OKABE_ITO["abu"], "D")}
PRE = re.compile(r"^tes_awal_(\d+)$")
POST = re.compile(r"^tes_akhir_(\d+)$")
UNKNOWN_KABUPATEN = "(kabupaten belum diisi)"


class ReportError(CourseError):
    label = "Galat"


@dataclass
class Cohort:
    """Everything the report and the certificates need, as data frames."""

    students: pd.DataFrame       # id, nama, email, kabupaten
    assignments: pd.DataFrame    # assignment, max_score
    cells: pd.DataFrame          # assignment, notebook, cell, max_score
    grades: pd.DataFrame         # student, assignment, notebook, cell, score, max_score
    submissions: pd.DataFrame    # student, assignment, status, score, max_score, reason
    has_roster: bool


GRADES_SQL = """
SELECT st.id AS student, a.name AS assignment, nb.name AS notebook, bc.name AS cell,
       g.auto_score, g.manual_score, g.extra_credit,
       COALESCE(gc.max_score, tc.max_score) AS max_score
FROM grade g
JOIN submitted_notebook sn ON g.notebook_id = sn.id
JOIN submitted_assignment sa ON sn.assignment_id = sa.id
JOIN assignment a ON sa.assignment_id = a.id
JOIN student st ON sa.student_id = st.id
JOIN base_cell bc ON g.cell_id = bc.id
JOIN notebook nb ON bc.notebook_id = nb.id
LEFT JOIN grade_cells gc ON gc.id = bc.id
LEFT JOIN task_cells tc ON tc.id = bc.id
"""

CELLS_SQL = """
SELECT a.name AS assignment, nb.name AS notebook, bc.name AS cell, COALESCE(gc.max_score, tc.max_score) AS max_score
FROM base_cell bc
JOIN notebook nb ON bc.notebook_id = nb.id
JOIN assignment a ON nb.assignment_id = a.id
LEFT JOIN grade_cells gc ON gc.id = bc.id
LEFT JOIN task_cells tc ON tc.id = bc.id
WHERE gc.id IS NOT NULL OR tc.id IS NOT NULL
"""


def load_cohort(root: Path) -> Cohort:
    """Read the gradebook of the course in ``root``."""
    url = gbk.db_url(root)
    if not gbk.gradebook_exists(url):
        raise ReportError("buku nilai belum ada.", "Jalankan dulu `nbgrader generate_assignment SESI` dan "
                                                    "`bimtek autograde SESI` di folder kursus.")
    eng = gbk.engine(url)
    try:
        with eng.connect() as conn:
            students = pd.read_sql(sa.text("SELECT id, first_name, last_name, email FROM student"), conn)
            peserta = pd.read_sql(sa.select(gbk.PESERTA.c.id, gbk.PESERTA.c.kabupaten), conn)
            cells = pd.read_sql(sa.text(CELLS_SQL), conn)
            grades = pd.read_sql(sa.text(GRADES_SQL), conn)
            status = pd.read_sql(sa.select(gbk.STATUS.c.assignment, gbk.STATUS.c.student, gbk.STATUS.c.status,
                                           gbk.STATUS.c.reason), conn)
            names = pd.read_sql(sa.text("SELECT name FROM assignment"), conn)
    finally:
        eng.dispose()
    students = students.merge(peserta, on="id", how="left")
    students["kabupaten"] = students["kabupaten"].fillna(UNKNOWN_KABUPATEN)
    students["nama"] = (students["first_name"].fillna("") + " " + students["last_name"].fillna("")).str.strip()
    students.loc[students["nama"] == "", "nama"] = students["id"]
    students = students[["id", "nama", "email", "kabupaten"]].sort_values("id").reset_index(drop=True)
    cells["max_score"] = cells["max_score"].astype(float)
    assignments = (cells.groupby("assignment", as_index=False)["max_score"].sum()
                   .merge(names.rename(columns={"name": "assignment"}), on="assignment", how="right")
                   .fillna({"max_score": 0.0}).sort_values("assignment").reset_index(drop=True))
    score = grades["manual_score"].where(grades["manual_score"].notna(), grades["auto_score"]).fillna(0.0)
    grades["score"] = score + grades["extra_credit"].fillna(0.0)
    grades["max_score"] = grades["max_score"].astype(float)
    grades = grades[["student", "assignment", "notebook", "cell", "score", "max_score"]]
    # A submission counts as graded unless its status says otherwise (failed or interrupted).
    bad = status[status["status"] != "dinilai"]
    if len(bad):
        keys = set(zip(bad["student"], bad["assignment"]))
        grades = grades[[(s, a) not in keys for s, a in zip(grades["student"], grades["assignment"])]]
    totals = grades.groupby(["student", "assignment"], as_index=False)["score"].sum()
    totals = totals.merge(assignments, on="assignment", how="left")
    totals["status"] = "dinilai"
    totals["reason"] = ""
    failed = bad.rename(columns={})[["student", "assignment", "status", "reason"]].copy()
    failed["status"] = failed["status"].map({"gagal": "gagal", "berjalan": "belum selesai"}).fillna("gagal")
    failed["score"] = float("nan")
    failed = failed.merge(assignments, on="assignment", how="left")
    submissions = pd.concat([totals, failed], ignore_index=True)[
        ["student", "assignment", "status", "score", "max_score", "reason"]]
    return Cohort(students, assignments, cells, grades.reset_index(drop=True), submissions.reset_index(drop=True),
                  has_roster=len(peserta) > 0)


# ---------------------------------------------------------------------------
# The numbers.

def gain(pre: float, post: float) -> float | None:
    """Hake's normalised gain for fractions in [0, 1]; None when the pre-test is at the maximum."""
    if pre >= 1.0 - 1e-12:
        return None
    return (post - pre) / (1.0 - pre)


def gain_category(g: float | None) -> str:
    if g is None or g != g:  # None, or NaN once stored in a data frame
        return GAIN_CATEGORIES[3]
    if g > 0.7:
        return "tinggi"
    if g >= 0.3:
        return "sedang"
    return "rendah"


def _test_items(grades: pd.DataFrame, pattern: re.Pattern) -> pd.DataFrame:
    found = grades["cell"].str.extract(pattern.pattern, expand=False)
    items = grades[found.notna()].copy()
    items["butir"] = found[found.notna()].astype(int)
    return items


def gains(cohort: Cohort) -> dict[str, pd.DataFrame | dict | None]:
    """Per participant, per item and class gain; participants need both tests (matched items)."""
    pre = _test_items(cohort.grades, PRE)
    post = _test_items(cohort.grades, POST)
    if pre.empty or post.empty:
        return {"participants": pd.DataFrame(), "items": pd.DataFrame(), "class": None,
                "pre_only": sorted(pre["student"].unique()) if len(pre) else [],
                "post_only": sorted(post["student"].unique()) if len(post) else []}
    common_items = sorted(set(pre["butir"]) & set(post["butir"]))
    pre = pre[pre["butir"].isin(common_items)]
    post = post[post["butir"].isin(common_items)]
    both = sorted(set(pre["student"]) & set(post["student"]))
    pre, post = pre[pre["student"].isin(both)], post[post["student"].isin(both)]
    p_pre = pre.groupby("student")[["score", "max_score"]].sum()
    p_post = post.groupby("student")[["score", "max_score"]].sum()
    people = pd.DataFrame({"pre": p_pre["score"] / p_pre["max_score"], "post": p_post["score"] / p_post["max_score"]})
    values = [gain(a, b) for a, b in zip(people["pre"], people["post"])]
    people["g"] = values
    people["kategori"] = [gain_category(g) for g in values]
    people = people.reset_index().rename(columns={"index": "student"})
    people = people.merge(cohort.students[["id", "nama", "kabupaten"]], left_on="student", right_on="id", how="left")
    people = people.drop(columns=["id"])
    i_pre = pre.groupby("butir")[["score", "max_score"]].sum()
    i_post = post.groupby("butir")[["score", "max_score"]].sum()
    items = pd.DataFrame({"pre": i_pre["score"] / i_pre["max_score"], "post": i_post["score"] / i_post["max_score"]})
    values = [gain(a, b) for a, b in zip(items["pre"], items["post"])]
    items["g"] = values
    items["kategori"] = [gain_category(g) for g in values]
    items = items.reset_index()
    mean_pre, mean_post = float(people["pre"].mean()), float(people["post"].mean())
    class_g = gain(mean_pre, mean_post)
    valid = people["g"].dropna()
    return {"participants": people, "items": items,
            "class": {"n": len(people), "pre": mean_pre, "post": mean_post, "g": class_g,
                      "kategori": gain_category(class_g),
                      "rata_g_peserta": float(valid.mean()) if len(valid) else None,
                      "n_maksimal": int(people["g"].isna().sum())},
            "pre_only": sorted(set(_test_items(cohort.grades, PRE)["student"]) - set(both)),
            "post_only": sorted(set(_test_items(cohort.grades, POST)["student"]) - set(both))}


def summaries(cohort: Cohort) -> dict[str, pd.DataFrame]:
    graded = cohort.submissions[cohort.submissions["status"] == "dinilai"].copy()
    graded["persen"] = 100.0 * graded["score"] / graded["max_score"].where(graded["max_score"] > 0)
    per_session = graded.groupby("assignment")["persen"].agg(["count", "mean", "median", "min", "max"]).reset_index()
    per_session = cohort.assignments[["assignment", "max_score"]].merge(per_session, on="assignment", how="left")
    per_session["count"] = per_session["count"].fillna(0).astype(int)
    per_person = graded.groupby("student")["persen"].mean().rename("persen").reset_index()
    per_person = per_person.merge(cohort.students[["id", "kabupaten"]], left_on="student", right_on="id", how="left")
    per_person["kabupaten"] = per_person["kabupaten"].fillna(UNKNOWN_KABUPATEN)
    per_kab = per_person.groupby("kabupaten")["persen"].agg(["count", "mean"]).reset_index()
    roster = cohort.students.groupby("kabupaten")["id"].count().rename("peserta").reset_index()
    per_kab = roster.merge(per_kab, on="kabupaten", how="outer").fillna({"count": 0, "peserta": 0})
    per_kab = per_kab.sort_values(["mean", "kabupaten"], ascending=[False, True], na_position="last")
    grades = cohort.grades.merge(graded[["student", "assignment"]], on=["student", "assignment"])
    difficulty = grades.groupby(["assignment", "cell"]).agg(n=("score", "size"), skor=("score", "sum"),
                                                           maks=("max_score", "sum")).reset_index()
    difficulty["p"] = difficulty["skor"] / difficulty["maks"].where(difficulty["maks"] > 0)
    order = cohort.cells.reset_index()[["assignment", "cell", "index"]]
    difficulty = difficulty.merge(order, on=["assignment", "cell"], how="left").sort_values(["assignment", "index"])
    difficulty = difficulty.drop(columns=["index"]).reset_index(drop=True)
    everyone = len(cohort.students)
    rows = []
    for name in cohort.assignments["assignment"]:
        sub = cohort.submissions[cohort.submissions["assignment"] == name]
        done = int((sub["status"] == "dinilai").sum())
        failed = int((sub["status"] != "dinilai").sum())
        rows.append({"assignment": name, "dinilai": done, "gagal": failed,
                     "tidak_mengumpulkan": max(0, everyone - done - failed), "peserta": everyone,
                     "persen_selesai": 100.0 * done / everyone if everyone else float("nan")})
    completion = pd.DataFrame(rows)
    wide = graded.pivot_table(index="student", columns="assignment", values="persen", aggfunc="first")
    return {"per_session": per_session, "per_kabupaten": per_kab.reset_index(drop=True),
            "difficulty": difficulty, "completion": completion, "per_person": per_person, "wide": wide,
            "graded": graded}


# ---------------------------------------------------------------------------
# Charts.

def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"font.size": 10, "axes.titlesize": 12, "axes.titleweight": "bold",
                         "axes.spines.top": False, "axes.spines.right": False, "figure.dpi": 100,
                         "savefig.bbox": None})
    return plt


def _save(fig, path: Path) -> str:
    fig.savefig(path, dpi=110)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return path.name


def chart_sessions(data: dict, path: Path) -> str:
    plt = _plt()
    graded = data["graded"]
    names = list(data["per_session"]["assignment"])
    fig, ax = plt.subplots(figsize=(max(6, 1.1 * len(names) + 2), 4.2))
    series = [graded.loc[graded["assignment"] == n, "persen"].dropna().values for n in names]
    positions = range(1, len(names) + 1)
    if any(len(s) for s in series):
        ax.boxplot([s if len(s) else [float("nan")] for s in series], positions=list(positions), widths=0.5,
                   patch_artist=True, boxprops={"facecolor": OKABE_ITO["biru_langit"], "edgecolor": "black"},
                   medianprops={"color": "black", "linewidth": 2}, flierprops={"marker": "o", "markersize": 3})
    for pos, s in zip(positions, series):
        ax.text(pos, 103, f"n={len(s)}", ha="center", va="bottom", fontsize=8)
    ax.set_xticks(list(positions), names, rotation=20, ha="right")
    ax.set_ylim(0, 112)
    ax.set_ylabel("Nilai (% dari maksimum)")
    ax.set_title("Sebaran nilai per sesi")
    ax.grid(axis="y", alpha=0.3)
    fig.subplots_adjust(left=0.1, right=0.97, top=0.9, bottom=0.3)
    return _save(fig, path)


def chart_kabupaten(data: dict, path: Path) -> str:
    plt = _plt()
    kab = data["per_kabupaten"].dropna(subset=["mean"]).sort_values("mean")
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.32 * len(kab) + 1.2)))
    bars = ax.barh(kab["kabupaten"], kab["mean"], color=OKABE_ITO["biru"])
    for bar, (_, row) in zip(bars, kab.iterrows()):
        ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2,
                f"{row['mean']:.0f}% (n={int(row['count'])})".replace(".", ","), va="center", fontsize=8)
    ax.set_xlim(0, 115)
    ax.set_xlabel("Rata-rata nilai peserta (% dari maksimum, semua sesi yang dinilai)")
    ax.set_title("Nilai rata-rata per kabupaten")
    height = fig.get_figheight()
    fig.subplots_adjust(left=0.33, right=0.97, top=1 - 0.45 / height, bottom=0.6 / height)
    return _save(fig, path)


def chart_difficulty(data: dict, path: Path) -> str:
    """One panel per session, one bar per graded cell; hard cells (p < 0.3) are also hatched."""
    plt = _plt()
    diff = data["difficulty"]
    sessions = list(dict.fromkeys(diff["assignment"]))
    rows = [int((diff["assignment"] == s).sum()) for s in sessions] or [1]
    height = 0.19 * sum(rows) + 0.75 * len(rows) + 1.0
    fig, axes = plt.subplots(len(rows), 1, figsize=(8, height), squeeze=False, gridspec_kw={"height_ratios": rows})
    for ax, session in zip(axes[:, 0], sessions):
        part = diff[diff["assignment"] == session].iloc[::-1]
        p = part["p"].fillna(0).to_numpy()
        colours = [OKABE_ITO["merah"] if v < 0.3 else OKABE_ITO["oranye"] if v <= 0.7 else OKABE_ITO["biru"] for v in p]
        ax.barh(range(len(p)), p, color=colours, hatch=None, height=0.75)
        hard = [i for i, v in enumerate(p) if v < 0.3]
        if hard:
            ax.barh(hard, p[hard], color="none", edgecolor="white", hatch="//", height=0.75, linewidth=0)
        ax.set_yticks(range(len(p)), list(part["cell"]), fontsize=7)
        ax.set_xlim(0, 1)
        ax.set_title(f"{session}: proporsi poin yang diperoleh per sel", fontsize=9, loc="left")
        ax.axvline(0.3, color="grey", linewidth=0.8, linestyle=":")
        ax.axvline(0.7, color="grey", linewidth=0.8, linestyle=":")
    axes[-1, 0].set_xlabel("Tingkat kesukaran p (0 = tidak ada yang benar, 1 = semua benar); arsir = p < 0,3")
    fig.subplots_adjust(left=0.26, right=0.97, top=1 - 0.5 / height, bottom=0.7 / height, hspace=0.9 / len(rows) * 3)
    return _save(fig, path)


def chart_completion(data: dict, path: Path) -> str:
    plt = _plt()
    comp = data["completion"]
    fig, ax = plt.subplots(figsize=(max(6, 1.1 * len(comp) + 2), 4))
    x = range(len(comp))
    bottom = [0] * len(comp)
    for column, label, colour, hatch in (("dinilai", "dinilai", OKABE_ITO["biru"], ""),
                                         ("gagal", "gagal dinilai / belum selesai", OKABE_ITO["merah"], "//"),
                                         ("tidak_mengumpulkan", "tidak mengumpulkan", OKABE_ITO["abu"], "..")):
        values = list(comp[column]) if len(comp) else []
        ax.bar(x, values, bottom=bottom, color=colour, label=label, hatch=hatch, edgecolor="white")
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_xticks(list(x), list(comp["assignment"]), rotation=20, ha="right")
    ax.set_ylabel("Jumlah peserta")
    ax.set_title("Penyelesaian per sesi")
    ax.legend(frameon=False, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.32), ncol=3)
    fig.subplots_adjust(left=0.1, right=0.97, top=0.9, bottom=0.36)
    return _save(fig, path)


def chart_gain_people(g: dict, path: Path) -> str:
    plt = _plt()
    people = g["participants"]
    fig, ax = plt.subplots(figsize=(5.8, 5.4))
    ax.plot([0, 100], [0, 100], color="grey", linewidth=0.8, linestyle="--", label="tidak berubah")
    for category in GAIN_CATEGORIES:
        part = people[people["kategori"] == category]
        if len(part):
            colour, marker = GAIN_STYLE[category]
            ax.scatter(100 * part["pre"], 100 * part["post"], c=colour, marker=marker, s=28, alpha=0.8,
                       edgecolors="black", linewidths=0.3, label=f"{category} (n={len(part)})")
    ax.set_xlim(-3, 103)
    ax.set_ylim(-3, 103)
    ax.set_xlabel("Tes Awal (% benar)")
    ax.set_ylabel("Tes Akhir (% benar)")
    ax.set_title("Tes Awal dan Tes Akhir per peserta (gain Hake)")
    ax.legend(frameon=False, fontsize=8, loc="lower right")
    fig.subplots_adjust(left=0.13, right=0.97, top=0.92, bottom=0.1)
    return _save(fig, path)


def chart_gain_items(g: dict, path: Path) -> str:
    plt = _plt()
    items = g["items"].sort_values("butir", ascending=False)
    fig, ax = plt.subplots(figsize=(7, max(2.5, 0.32 * len(items) + 1.2)))
    y = range(len(items))
    labels = [f"Soal {int(b)}" for b in items["butir"]]
    for yi, (_, row) in zip(y, items.iterrows()):
        ax.plot([100 * row["pre"], 100 * row["post"]], [yi, yi], color="grey", linewidth=1.2, zorder=1)
        text = "maks. di Tes Awal" if row["g"] is None or pd.isna(row["g"]) else f"g={row['g']:.2f}".replace(".", ",")
        ax.text(101, yi, text, va="center", fontsize=7)
    ax.scatter(100 * items["pre"], list(y), color=OKABE_ITO["oranye"], marker="o", s=30, label="Tes Awal", zorder=2)
    ax.scatter(100 * items["post"], list(y), color=OKABE_ITO["biru"], marker="s", s=30, label="Tes Akhir", zorder=3)
    ax.set_yticks(list(y), labels, fontsize=8)
    ax.set_xlim(0, 122)
    ax.set_xticks([0, 20, 40, 60, 80, 100])
    ax.set_xlabel("Peserta yang menjawab benar (%)")
    ax.set_title("Tes Awal → Tes Akhir per butir soal", pad=22)
    ax.legend(frameon=False, fontsize=8, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=2)
    height = fig.get_figheight()
    fig.subplots_adjust(left=0.14, right=0.97, top=1 - 0.8 / height, bottom=0.6 / height)
    return _save(fig, path)


# ---------------------------------------------------------------------------
# The page and the CSV.

def _pct(value) -> str:
    if value is None or pd.isna(value):
        return "–"
    return f"{value:.1f}".replace(".", ",") + "%"


def _num(value, digits: int = 2) -> str:
    if value is None or pd.isna(value):
        return "–"
    return f"{value:.{digits}f}".replace(".", ",")


def _table(headers: list[str], rows: list[list]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def build_report(root: Path, out: Path) -> Path:
    """Write the report folder; return it."""
    root = Path(root).resolve()
    out = out if out.is_absolute() else root / out
    cohort = load_cohort(root)
    if cohort.submissions[cohort.submissions["status"] == "dinilai"].empty and cohort.submissions.empty:
        raise ReportError("belum ada kiriman yang dinilai di buku nilai.",
                          "Jalankan dulu `bimtek autograde SESI` untuk sesi yang sudah dikumpulkan.")
    out.mkdir(parents=True, exist_ok=True)
    data = summaries(cohort)
    g = gains(cohort)
    charts = {"sesi": chart_sessions(data, out / "nilai_per_sesi.png"),
              "kabupaten": chart_kabupaten(data, out / "nilai_per_kabupaten.png"),
              "kesukaran": chart_difficulty(data, out / "kesukaran_butir.png"),
              "penyelesaian": chart_completion(data, out / "penyelesaian.png")}
    if g["class"] is not None:
        charts["gain_peserta"] = chart_gain_people(g, out / "gain_peserta.png")
        charts["gain_butir"] = chart_gain_items(g, out / "gain_butir.png")
    write_csv(cohort, data, g, out / "laporan.csv")
    (out / "index.html").write_text(render_html(cohort, data, g, charts), encoding="utf-8")
    return out


def write_csv(cohort: Cohort, data: dict, g: dict, path: Path) -> None:
    rows = []

    def add(bagian, ukuran, nilai, sesi="", kabupaten="", peserta="", butir="", keterangan=""):
        rows.append({"bagian": bagian, "sesi": sesi, "kabupaten": kabupaten, "peserta": peserta, "butir": butir,
                     "ukuran": ukuran, "nilai": "" if nilai is None or pd.isna(nilai) else round(float(nilai), 6),
                     "keterangan": keterangan})

    kab = dict(zip(cohort.students["id"], cohort.students["kabupaten"]))
    for _, r in cohort.submissions.sort_values(["student", "assignment"]).iterrows():
        add("nilai_peserta", "skor", r["score"], r["assignment"], kab.get(r["student"], UNKNOWN_KABUPATEN),
            r["student"], keterangan=r["status"] + (f": {r['reason']}" if r["reason"] else ""))
        add("nilai_peserta", "maksimum", r["max_score"], r["assignment"], kab.get(r["student"], UNKNOWN_KABUPATEN),
            r["student"])
    for _, r in data["per_session"].iterrows():
        for ukuran, column in (("jumlah_dinilai", "count"), ("rata_rata_persen", "mean"),
                               ("median_persen", "median"), ("min_persen", "min"), ("maks_persen", "max")):
            add("sesi", ukuran, r[column], r["assignment"])
    for _, r in data["per_kabupaten"].iterrows():
        add("kabupaten", "peserta", r["peserta"], kabupaten=r["kabupaten"])
        add("kabupaten", "peserta_dinilai", r["count"], kabupaten=r["kabupaten"])
        add("kabupaten", "rata_rata_persen", r["mean"], kabupaten=r["kabupaten"])
    for _, r in data["difficulty"].iterrows():
        add("kesukaran", "p", r["p"], r["assignment"], butir=r["cell"], keterangan=f"n={int(r['n'])}")
    for _, r in data["completion"].iterrows():
        for ukuran in ("dinilai", "gagal", "tidak_mengumpulkan", "persen_selesai"):
            add("penyelesaian", ukuran, r[ukuran], r["assignment"])
    if g["class"] is not None:
        for _, r in g["participants"].iterrows():
            for ukuran in ("pre", "post", "g"):
                add("gain_peserta", ukuran, r[ukuran], kabupaten=r["kabupaten"], peserta=r["student"],
                    keterangan=r["kategori"])
        for _, r in g["items"].iterrows():
            for ukuran in ("pre", "post", "g"):
                add("gain_butir", ukuran, r[ukuran], butir=f"{int(r['butir']):02d}", keterangan=r["kategori"])
        c = g["class"]
        for ukuran in ("n", "pre", "post", "g", "rata_g_peserta", "n_maksimal"):
            add("gain_kelas", ukuran, c[ukuran], keterangan=c["kategori"] if ukuran == "g" else "")
    pd.DataFrame(rows, columns=["bagian", "sesi", "kabupaten", "peserta", "butir", "ukuran", "nilai",
                                "keterangan"]).to_csv(path, index=False, encoding="utf-8")


PAGE_STYLE = """
body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:2px solid #0072B2;padding-bottom:.2em}
table{border-collapse:collapse;margin:.8em 0;font-size:.9em}th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left}
th{background:#eef4fa}img{max-width:100%;border:1px solid #ddd;margin:.5em 0}.catatan{color:#555;font-size:.9em}
"""


def render_html(cohort: Cohort, data: dict, g: dict, charts: dict) -> str:
    parts = [f"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Laporan kelas Bimtek</title>"
             f"<style>{PAGE_STYLE}</style></head><body>",
             "<h1>Laporan kelas: Bimtek Manajemen Media Sosial dan Kehumasan</h1>",
             f"<p class=\"catatan\">Dibuat {dt.datetime.now():%d-%m-%Y %H.%M} dari buku nilai nbgrader. "
             f"{len(cohort.students)} peserta, {len(cohort.assignments)} sesi. Semua angka halaman ini juga ada di "
             "<a href=\"laporan.csv\">laporan.csv</a>.</p>"]
    if not cohort.has_roster:
        parts.append("<p><b>Catatan:</b> daftar peserta belum diimpor, jadi kabupaten tidak diketahui. "
                     "Jalankan <code>bimtek roster import peserta.csv</code>.</p>")
    ps = data["per_session"]
    parts += ["<h2>Nilai per sesi</h2>", f"<img src=\"{charts['sesi']}\" alt=\"Diagram kotak nilai per sesi\">",
              _table(["Sesi", "Nilai maks.", "Dinilai", "Rata-rata", "Median", "Terendah", "Tertinggi"],
                     [[r["assignment"], _num(r["max_score"], 0), int(r["count"]), _pct(r["mean"]), _pct(r["median"]),
                       _pct(r["min"]), _pct(r["max"])] for _, r in ps.iterrows()])]
    kab = data["per_kabupaten"]
    parts += ["<h2>Nilai per kabupaten</h2>",
              f"<img src=\"{charts['kabupaten']}\" alt=\"Diagram batang nilai rata-rata per kabupaten\">",
              _table(["Kabupaten", "Peserta", "Peserta dinilai", "Rata-rata nilai"],
                     [[r["kabupaten"], int(r["peserta"]), int(r["count"]), _pct(r["mean"])] for _, r in kab.iterrows()])]
    comp = data["completion"]
    parts += ["<h2>Penyelesaian</h2>", f"<img src=\"{charts['penyelesaian']}\" alt=\"Diagram penyelesaian per sesi\">",
              _table(["Sesi", "Dinilai", "Gagal dinilai / belum selesai", "Tidak mengumpulkan", "Selesai"],
                     [[r["assignment"], r["dinilai"], r["gagal"], r["tidak_mengumpulkan"], _pct(r["persen_selesai"])]
                      for _, r in comp.iterrows()]),
              "<p class=\"catatan\">Kiriman yang gagal dinilai tidak dihitung sebagai nol; alasannya ada di "
              "laporan.csv (bagian nilai_peserta) dan di tabel hasil <code>bimtek autograde</code>.</p>"]
    parts += ["<h2>Tingkat kesukaran per sel yang dinilai</h2>",
              "<p>p = jumlah poin yang diperoleh semua peserta dibagi jumlah poin maksimumnya. p kecil berarti sel itu "
              "sukar; p mendekati 1 berarti hampir semua peserta benar.</p>",
              f"<img src=\"{charts['kesukaran']}\" alt=\"Diagram tingkat kesukaran per sel\">",
              _table(["Sesi", "Sel", "Peserta", "p"],
                     [[r["assignment"], r["cell"], int(r["n"]), _num(r["p"])] for _, r in data["difficulty"].iterrows()])]
    parts.append("<h2>Gain Tes Awal → Tes Akhir (gain ternormalisasi Hake)</h2>")
    parts.append("<p>g = (Tes Akhir − Tes Awal) / (maksimum − Tes Awal), dihitung dari persentase benar. Kategori: "
                 "<b>tinggi</b> g &gt; 0,7; <b>sedang</b> 0,3 ≤ g ≤ 0,7; <b>rendah</b> g &lt; 0,3 (Hake 1998). "
                 "Peserta yang Tes Awalnya sudah maksimal tidak punya ruang untuk naik: g-nya tidak dihitung dan "
                 "dilaporkan terpisah. g kelas dihitung dari rata-rata kelas, seperti Hake.</p>")
    if g["class"] is None:
        parts.append("<p><b>Belum dapat dihitung:</b> perlu nilai Tes Awal (sel <code>tes_awal_NN</code>, sesi 00) "
                     "dan Tes Akhir (sel <code>tes_akhir_NN</code>, sesi 07) dari peserta yang sama.</p>")
    else:
        c = g["class"]
        parts.append(_table(["Peserta (kedua tes)", "Rata-rata Tes Awal", "Rata-rata Tes Akhir", "g kelas",
                             "Kategori", "Rata-rata g peserta", "Tes Awal sudah maksimal"],
                            [[c["n"], _pct(100 * c["pre"]), _pct(100 * c["post"]), _num(c["g"]), c["kategori"],
                              _num(c["rata_g_peserta"]), c["n_maksimal"]]]))
        if g["pre_only"] or g["post_only"]:
            parts.append(f"<p class=\"catatan\">Tidak ikut dihitung: {len(g['pre_only'])} peserta hanya punya Tes "
                         f"Awal, {len(g['post_only'])} peserta hanya punya Tes Akhir.</p>")
        parts += [f"<img src=\"{charts['gain_peserta']}\" alt=\"Diagram sebar Tes Awal dan Tes Akhir per peserta\">",
                  f"<img src=\"{charts['gain_butir']}\" alt=\"Diagram Tes Awal dan Tes Akhir per butir soal\">",
                  "<h3>Per butir soal</h3>",
                  _table(["Butir", "Tes Awal benar", "Tes Akhir benar", "g", "Kategori"],
                         [[f"Soal {int(r['butir'])}", _pct(100 * r["pre"]), _pct(100 * r["post"]), _num(r["g"]),
                           r["kategori"]] for _, r in g["items"].iterrows()]),
                  "<h3>Per peserta</h3>",
                  _table(["Peserta", "Nama", "Kabupaten", "Tes Awal", "Tes Akhir", "g", "Kategori"],
                         [[r["student"], r["nama"], r["kabupaten"], _pct(100 * r["pre"]), _pct(100 * r["post"]),
                           _num(r["g"]), r["kategori"]] for _, r in g["participants"].iterrows()])]
    parts.append("</body></html>")
    return "\n".join(parts)
