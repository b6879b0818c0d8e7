"""The numbers of the cohort report: scores per session and kabupaten, item difficulty, completion, Hake gain.

Hake's normalised gain g = (post − pre) / (max − pre), per participant, per item and for the class (from
class means, as Hake 1998 does); categories high g > 0.7, medium 0.3–0.7, low < 0.3 (brief §6). A Tes Awal
already at the maximum has no gain (division by zero): it is reported as its own category.
"""

from __future__ import annotations

import re

import pandas as pd

from course.instructor.cohort import POST, PRE, UNKNOWN_KABUPATEN, Cohort

GAIN_CATEGORIES = ("tinggi", "sedang", "rendah", "tidak dihitung: Tes Awal sudah maksimal")


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
        return {
            "participants": pd.DataFrame(),
            "items": pd.DataFrame(),
            "class": None,
            "pre_only": sorted(pre["student"].unique()) if len(pre) else [],
            "post_only": sorted(post["student"].unique()) if len(post) else [],
        }
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
    return {
        "participants": people,
        "items": items,
        "class": {
            "n": len(people),
            "pre": mean_pre,
            "post": mean_post,
            "g": class_g,
            "kategori": gain_category(class_g),
            "rata_g_peserta": float(valid.mean()) if len(valid) else None,
            "n_maksimal": int(people["g"].isna().sum()),
        },
        "pre_only": sorted(set(_test_items(cohort.grades, PRE)["student"]) - set(both)),
        "post_only": sorted(set(_test_items(cohort.grades, POST)["student"]) - set(both)),
    }


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
    difficulty = (
        grades.groupby(["assignment", "cell"])
        .agg(n=("score", "size"), skor=("score", "sum"), maks=("max_score", "sum"))
        .reset_index()
    )
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
        rows.append(
            {
                "assignment": name,
                "dinilai": done,
                "gagal": failed,
                "tidak_mengumpulkan": max(0, everyone - done - failed),
                "peserta": everyone,
                "persen_selesai": 100.0 * done / everyone if everyone else float("nan"),
            }
        )
    completion = pd.DataFrame(rows)
    wide = graded.pivot_table(index="student", columns="assignment", values="persen", aggfunc="first")
    return {
        "per_session": per_session,
        "per_kabupaten": per_kab.reset_index(drop=True),
        "difficulty": difficulty,
        "completion": completion,
        "per_person": per_person,
        "wide": wide,
        "graded": graded,
    }


def agreement(url: str) -> pd.DataFrame:
    """Agreement between first and second markers of the rubric desk, per criterion (may be empty).

    Cohen's weighted kappa with quadratic weights (Cohen 1968, Psychological Bulletin 70(4):213-220)
    and the percentage of exact agreement; see ``course.instructor.rubric_marks``.
    """
    from course.instructor.rubric_store import agreement_rows

    columns = ["sesi", "tugas", "kriteria", "jawaban", "kappa", "sama_persis_persen"]
    return pd.DataFrame(agreement_rows(url), columns=columns)
