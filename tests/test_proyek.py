"""Session 07 (Proyek Akhir): every check on right and wrong plans, hints that reveal nothing,
bad input that gets a friendly Indonesian ``InputError``, and the posting-hour rule of session 01
(``course.engines.posting_hours``) in the audience exercise and the calendar."""

from __future__ import annotations

import datetime as dt

import nbformat
import pandas as pd
import pytest

from course.checks import cek, nilai, periksa
from course.engines import posting_hours as rule
from course.engines import synthetic_data
from course.errors import InputError, NotYetCorrect
from course.sessions import s07_proyek_akhir as proyek
from course.vocabulary import HARI, PLATFORMS

from .cohorts import cells_by_id, solution_lines
from .conftest import ROOT

SOURCE = ROOT / "source" / "07-proyek-akhir" / "07-proyek-akhir.ipynb"
NB = nbformat.read(SOURCE, as_version=4)
BY_ID = cells_by_id(NB)
HOURS = {p: hours[0] for p, hours in rule.data_hours().items()}  # one hour the data supports, per platform


def _solution(grade_id: str) -> dict:
    """Run the solution of the source notebook up to ``grade_id`` and return its namespace."""
    ns: dict = {}
    exec(BY_ID["proyek_siapkan"].source.replace('mulai("07 Proyek Akhir")', ""), ns)
    exec("data = siapkan(load_clean())", ns)
    for gid in (
        "proyek_program_jawab",
        "proyek_tujuan_jawab",
        "proyek_khalayak_jawab",
        "proyek_kalender_jawab",
        "proyek_rilis_jawab",
        "proyek_konpers_jawab",
        "proyek_metrik_jawab",
    ):
        exec(solution_lines(BY_ID[gid]), ns)
        if gid == grade_id:
            break
    return ns


SOL = _solution("proyek_metrik_jawab")
RILIS = SOL["siaran"]


def _calendar(program: str, n: int = 6, **changes) -> list[dict]:
    """A valid calendar for ``program`` (a list of posts, as the notebook writes it): every post on its
    audience's platforms at an hour the data supports. ``changes`` maps a key to ``(post index, value)``."""
    brief = proyek.PROGRAM[program]
    start = dt.date.fromisoformat(brief["mulai"])
    pillars = ["informasi", "edukasi", "progres", "di balik layar", "informasi", "edukasi"]
    posts = []
    for i in range(n):
        platform = brief["platform"][i % 2]
        posts.append(
            {
                "tanggal": (start + dt.timedelta(days=7 * i)).isoformat(),
                "jam": HOURS[platform],
                "platform": platform,
                "format": "video" if i % 2 else "gambar",
                "pilar": pillars[i] if i < len(pillars) else "informasi",
                "judul": f"Unggahan ke-{i + 1}",
            }
        )
    for key, (row, value) in changes.items():
        posts[row][key] = value
    return posts


def _objective(program: str, **changes) -> dict:
    end = proyek.PROGRAM[program]["selesai"]
    base = {"ukuran": "jumlah warga yang datang ke layanan program", "awal": 100, "target": 150, "tenggat": end}
    return {**base, **changes}


MENU_LEVELS = {
    "M1": "output",
    "M2": "output",
    "M3": "output",
    "M4": "out-take",
    "M5": "out-take",
    "M6": "out-take",
    "M7": "out-take",
    "M8": "outcome",
    "M9": "outcome",
}


# ---------------------------------------------------------------------------
# The solution and the briefs


def test_the_notebook_solution_passes_every_check():
    plan = {"program": SOL["program"]}
    assert periksa("proyek_program", SOL["program"]).correct
    for name, key in (
        ("proyek_tujuan", "tujuan"),
        ("proyek_khalayak", "jam_tayang"),
        ("proyek_kalender", "kalender"),
        ("proyek_rilis", "siaran"),
        ("proyek_judul", "siaran"),
        ("proyek_metrik", "metrik"),
    ):
        verdict = periksa(name, {**plan, key: SOL[key]})
        assert verdict.correct, (name, verdict)
    assert periksa("proyek_konpers", SOL["konpers"]).correct


def test_the_optional_pandas_track_passes_and_no_core_cell_needs_it():
    ns: dict = {}
    exec(BY_ID["proyek_siapkan"].source.replace('mulai("07 Proyek Akhir")', ""), ns)
    exec("data = siapkan(load_clean())\nprogram = 'banjir'", ns)
    exec(solution_lines(BY_ID["lanjutan_proyek_khalayak_jawab"]), ns)
    assert periksa("lanjutan_proyek_khalayak", {"program": "banjir", "jam_tayang_pandas": ns["jam_tayang_pandas"]})
    assert not BY_ID["lanjutan_proyek_khalayak"].metadata["nbgrader"]["grade"]  # a self-check, never a score
    core = "\n".join(
        c.source for c in NB.cells if not c.metadata.get("nbgrader", {}).get("grade_id", "").startswith("lanjutan")
    )
    assert "jam_tayang_pandas" not in core


def test_the_names_of_the_briefs_are_neutral_and_their_own():
    """No official of a brief is named after a national hero, or shares a name with another session's role."""
    names = {brief["narasumber"].split(",")[0].removeprefix("dr. ") for brief in proyek.PROGRAM.values()}
    assert not names & {"Agus Salim", "Hendra Gunawan"}
    others = "\n".join(
        (ROOT / "source" / s / f"{s}.ipynb").read_text(encoding="utf-8") for s in ("06-konferensi-pers",)
    )
    for brief in proyek.PROGRAM.values():
        name = brief["narasumber"].split(",")[0].removeprefix("dr. ")
        role = brief["narasumber"].split(", ", 1)[1]
        assert all(role.split()[0] in line for line in others.splitlines() if name in line), name


def test_briefs_are_fictional_and_complete():
    table = proyek.tabel_program()
    assert list(table.index) == list(proyek.KODE_PROGRAM) and len(table) == 3
    for code, brief in proyek.PROGRAM.items():
        assert "Sukamaju" in brief["instansi"]
        assert set(brief["platform"]) <= set(HOURS) and len(brief["platform"]) == 2
        assert pd.Timestamp(brief["mulai"]) < pd.Timestamp(brief["selesai"])
        assert set(proyek.daftar_metrik(code).index) == set(MENU_LEVELS)


def test_helpers_print_friendly_text(capsys):
    proyek.lihat_program("banjir")
    proyek.tingkat_metrik()
    out = capsys.readouterr().out
    assert "contoh rekaan" in out and "outcome" in out and "out-take" in out


@pytest.mark.parametrize("program", proyek.KODE_PROGRAM)
def test_every_programme_has_a_passing_plan(program):
    brief = proyek.PROGRAM[program]
    assert periksa("proyek_tujuan", {"program": program, "tujuan": _objective(program)}).correct
    hours = {p: HOURS[p] for p in brief["platform"]}
    assert periksa("proyek_khalayak", {"program": program, "jam_tayang": hours}).correct
    assert periksa("proyek_kalender", {"program": program, "kalender": _calendar(program)}).correct
    assert periksa("proyek_metrik", {"program": program, "metrik": MENU_LEVELS}).correct


# ---------------------------------------------------------------------------
# Latihan 1: program


def test_program_choice():
    assert periksa("proyek_program", " Banjir ").correct
    for bad in (None, "", "pilkada", 1, ["banjir"]):
        with pytest.raises(InputError):
            periksa("proyek_program", bad)
        assert nilai("proyek_program", bad) is False


@pytest.mark.parametrize("program", [None, "", "pilkada", 3])
def test_a_missing_programme_is_explained_by_every_dependent_check(program):
    with pytest.raises(InputError) as info:
        periksa("proyek_tujuan", {"program": program, "tujuan": _objective("banjir")})
    assert "Latihan 1" in info.value.friendly()
    with pytest.raises(InputError):
        periksa("proyek_kalender", "bukan kamus")


# ---------------------------------------------------------------------------
# Latihan 2: SMART objective


@pytest.mark.parametrize(
    "changes,words",
    [
        ({"tenggat": ""}, "tenggat"),
        ({"tenggat": None}, "tenggat"),
        ({"tenggat": "2026-03-31"}, "di luar masa program"),
        ({"tenggat": "2025-11-01"}, "di luar masa program"),
        ({"ukuran": "jumlah unggahan kampanye banjir"}, "output"),
        ({"ukuran": "jangkauan video simulasi evakuasi"}, "output"),
        ({"ukuran": "desa"}, "belum menjelaskan"),
        ({"target": 100}, "sama dengan angka awal"),
        ({"awal": -5}, "negatif"),
    ],
)
def test_objective_rules(changes, words):
    verdict = periksa("proyek_tujuan", {"program": "banjir", "tujuan": _objective("banjir", **changes)})
    assert not verdict.correct and words in verdict.message, verdict
    assert verdict.hint


def test_objective_without_a_deadline_key():
    tujuan = _objective("banjir")
    del tujuan["tenggat"]
    verdict = periksa("proyek_tujuan", {"program": "banjir", "tujuan": tujuan})
    assert not verdict.correct and "tenggat" in verdict.message
    del tujuan["awal"]
    tujuan["tenggat"] = "2025-12-01"
    assert '"awal"' in periksa("proyek_tujuan", {"program": "banjir", "tujuan": tujuan}).message


def test_objective_accepts_dates_and_timestamps():
    for deadline in (pd.Timestamp("2025-12-15"), pd.Timestamp("2025-12-15").date()):
        assert periksa("proyek_tujuan", {"program": "banjir", "tujuan": _objective("banjir", tenggat=deadline)}).correct


@pytest.mark.parametrize(
    "tujuan",
    [
        None,
        {},
        "naik 30 persen",
        30,
        ["desa", 12, 30, "2025-12-31"],
        {"ukuran": "jumlah desa yang berlatih evakuasi", "awal": "12", "target": 30, "tenggat": "2025-12-31"},
        {"ukuran": "jumlah desa yang berlatih evakuasi", "awal": 12, "target": 30, "tenggat": "31 Desember 2025"},
        {"ukuran": 5, "awal": 12, "target": 30, "tenggat": "2025-12-31"},
    ],
)
def test_objective_bad_input(tujuan):
    with pytest.raises(InputError) as info:
        periksa("proyek_tujuan", {"program": "banjir", "tujuan": tujuan})
    text = info.value.friendly()
    assert "Petunjuk:" in text and ("harus" in text or "kosong" in text or "tidak dapat dibaca" in text)


# ---------------------------------------------------------------------------
# Latihan 3: audience insight from the session 02 data


def test_audience_accepts_every_hour_the_data_supports_and_only_those():
    supported = rule.data_hours()
    for facebook in range(24):
        for x in range(24):
            verdict = periksa("proyek_khalayak", {"program": "banjir", "jam_tayang": {"Facebook": facebook, "X": x}})
            assert verdict.correct == (facebook in supported["Facebook"] and x in supported["X"]), (facebook, x)
    assert periksa("proyek_khalayak", {"program": "banjir", "jam_tayang": {"fb": 11, "Twitter": 8}}).correct


def test_audience_messages_point_to_the_helper():
    wrong = periksa("proyek_khalayak", {"program": "banjir", "jam_tayang": {"Facebook": 15, "X": HOURS["X"]}})
    assert not wrong.correct and "Facebook" in wrong.message and 'jam_terbaik_per(data, "Facebook")' in wrong.hint
    benchmark = periksa("proyek_khalayak", {"program": "banjir", "jam_tayang": {"Facebook": 7, "X": HOURS["X"]}})
    assert not benchmark.correct and "tolok ukur Hootsuite" in benchmark.message and "Latihan 6" in benchmark.hint
    other = periksa("proyek_khalayak", {"program": "banjir", "jam_tayang": {"Instagram": HOURS["Instagram"]}})
    assert not other.correct and "Facebook dan X" in other.message


def test_the_hour_table_marks_what_the_check_accepts():
    data = proyek.siapkan(synthetic_data.load_clean())
    for platform in PLATFORMS:
        table = proyek.jam_terbaik_per(data, platform)
        assert list(table.columns) == list(rule.KOLOM) and table.index.name == "jam (WIB)"
        assert table[rule.KOLOM[0]].is_monotonic_decreasing
        assert tuple(sorted(table.index[table["didukung data"] == "ya"])) == rule.data_hours()[platform]
    raw = proyek.jam_terbaik_per(synthetic_data.load(), "tiktok")  # raw data is prepared first, aliases read
    assert "ya" in set(raw["didukung data"])
    with pytest.raises(InputError, match="bukan nama platform"):
        proyek.jam_terbaik_per(data, "Friendster")
    with pytest.raises(InputError):
        proyek.jam_terbaik_per(None, "X")


def test_the_worked_example_agrees_with_the_data():
    example = next(c.source for c in NB.cells if c.source.startswith("contoh_jam_tayang = "))
    ns: dict = {}
    exec(example, ns)
    assert all(hour in rule.data_hours()[p] for p, hour in ns["contoh_jam_tayang"].items())
    assert len(rule.data_hours()["YouTube"]) == 1  # the notebook says only one YouTube hour is marked


def test_the_calendar_examples_keep_the_posting_hour_rule():
    example = next(c.source for c in NB.cells if c.source.startswith("contoh_kalender = ["))
    ns: dict = {}
    exec(example, ns)
    reasons = set()
    for post in ns["contoh_kalender"] + SOL["kalender"]:
        weekday = HARI[dt.date.fromisoformat(post["tanggal"]).weekday()]
        reasons.add(rule.posting_hour_reason(post["platform"], post["jam"], weekday))
    assert reasons == {"data", "tolok ukur"}


@pytest.mark.parametrize(
    "jam",
    [
        None,
        {},
        12,
        [12, 7],
        {"Facebook": "12", "X": 7},
        {"Friendster": 12},
        {"Facebook": 25, "X": 7},
        {"Facebook": 12.5, "X": 7},
    ],
)
def test_audience_bad_input(jam):
    with pytest.raises(InputError):
        periksa("proyek_khalayak", {"program": "banjir", "jam_tayang": jam})


# ---------------------------------------------------------------------------
# Latihan 6: content calendar


@pytest.mark.parametrize(
    "changes,words",
    [
        ({"tanggal": (2, "2026-01-05")}, "di luar masa program"),
        ({"tanggal": (0, "2025-10-31")}, "di luar masa program"),
        ({"judul": (3, "  ")}, "judul unggahan masih kosong"),
        ({"judul": (3, None)}, "judul unggahan masih kosong"),
        ({"jam": (1, 21)}, "belum didukung data sintetis"),
        ({"jam": (0, 7)}, "tolok ukur Hootsuite"),  # Facebook 07.00 is a Thursday slot; 1 November 2025 is a Saturday
        ({"format": (0, "podcast"), "platform": (0, "X")}, "tidak tersedia"),
        ({"pilar": (0, "seremonial")}, None),
    ],
)
def test_calendar_rules(changes, words):
    posts = _calendar("banjir", **changes)
    if "platform" in changes:
        posts[0]["jam"] = HOURS["X"]
    verdict = periksa("proyek_kalender", {"program": "banjir", "kalender": posts})
    if words is None:  # one ceremonial post is allowed
        assert verdict.correct
        return
    assert not verdict.correct and words in verdict.message, verdict


def test_calendar_counts():
    short = periksa("proyek_kalender", {"program": "banjir", "kalender": _calendar("banjir", n=5)})
    assert not short.correct and "5 unggahan" in short.message
    posts = _calendar("banjir")
    for post in posts[:4]:
        post.update(platform="YouTube", format="video", jam=HOURS["YouTube"])
    few = periksa("proyek_kalender", {"program": "banjir", "kalender": posts})
    assert not few.correct and "platform khalayak" in few.message
    posts = _calendar("banjir")
    for post in posts[:2]:
        post["pilar"] = "seremonial"
    assert "seremonial" in periksa("proyek_kalender", {"program": "banjir", "kalender": posts}).message
    off_audience = _calendar("banjir")
    off_audience[0].update(platform="Instagram", format="gambar", jam=3)  # other platforms keep the rule too
    assert "belum didukung" in periksa("proyek_kalender", {"program": "banjir", "kalender": off_audience}).message


def test_calendar_accepts_parsed_dates_and_a_dataframe():
    posts = _calendar("imunisasi")
    for post in posts:
        post["tanggal"] = pd.Timestamp(post["tanggal"])
    assert periksa("proyek_kalender", {"program": "imunisasi", "kalender": posts}).correct
    frame = pd.DataFrame(_calendar("imunisasi"))
    assert periksa("proyek_kalender", {"program": "imunisasi", "kalender": frame}).correct


@pytest.mark.parametrize(
    "make",
    [
        lambda f: None,
        lambda f: [["2025-11-03", 12, "Facebook", "video", "informasi", "Simulasi"]],
        lambda f: "kalender",
        lambda f: f["judul"],
        lambda f: f.drop(columns=["judul"]),
        lambda f: f.rename(columns={"tanggal": "tgl"}),
        lambda f: f.assign(tanggal="3 November 2025"),
        lambda f: f.assign(tanggal="2025-13-45"),
        lambda f: f.assign(platform="Friendster"),
        lambda f: f.assign(format="poster"),
        lambda f: f.assign(pilar="hiburan"),
        lambda f: f.assign(jam="12.00"),
        lambda f: f.assign(platform=5),
    ],
)
def test_calendar_bad_input(make):
    with pytest.raises(InputError) as info:
        periksa("proyek_kalender", {"program": "banjir", "kalender": make(pd.DataFrame(_calendar("banjir")))})
    assert "Petunjuk:" in info.value.friendly()


@pytest.mark.parametrize(
    "changes,words",
    [
        ({"tanggal": (2, "3 November 2025")}, "tidak dapat dibaca"),
        ({"tanggal": (2, 20251103)}, "tanggal dalam teks"),
        ({"platform": (1, "Friendster")}, "tidak dikenal"),
        ({"jam": (0, "12.00")}, "angka bulat"),
        ({"jam": (0, 24)}, "jam bulat 0–23"),
        ({"pilar": (4, None)}, "bukan teks"),
    ],
)
def test_calendar_bad_posts_are_named(changes, words):
    with pytest.raises(InputError, match=words) as info:
        periksa("proyek_kalender", {"program": "banjir", "kalender": _calendar("banjir", **changes)})
    assert "unggahan ke-" in info.value.friendly() and "Petunjuk:" in info.value.friendly()


def test_calendar_posts_that_are_not_dicts_or_lack_a_key():
    posts = _calendar("banjir")
    with pytest.raises(InputError, match="bukan kamus"):
        periksa("proyek_kalender", {"program": "banjir", "kalender": [*posts[:5], list(posts[5].values())]})
    del posts[3]["judul"]
    with pytest.raises(InputError, match='unggahan ke-4 belum punya "judul"'):
        periksa("proyek_kalender", {"program": "banjir", "kalender": posts})


# ---------------------------------------------------------------------------
# Latihan 7 and 8: release and headline (sessions 05 and 03 checkers)


def test_release_structure_and_headline():
    plan = {"program": "banjir", "siaran": RILIS}
    assert periksa("proyek_rilis", plan).correct and periksa("proyek_judul", plan).correct
    no_end = periksa("proyek_rilis", {**plan, "siaran": RILIS.replace("\n###\n", "\n")})
    assert not no_end.correct and "Tanda akhir" in no_end.message
    no_contact = RILIS.split("Narahubung:")[0]
    assert "Narahubung" in periksa("proyek_rilis", {**plan, "siaran": no_contact}).message
    # the same release judged against another programme's brief: its lead and quote do not fit
    other = periksa("proyek_rilis", {"program": "imunisasi", "siaran": RILIS})
    assert not other.correct and "Teras" in other.message and "Kutipan" in other.message
    assert not periksa("proyek_judul", {"program": "imunisasi", "siaran": RILIS}).correct


def test_clickbait_headline_fails():
    bait = RILIS.replace(
        "BPBD Sukamaju Latih Evakuasi Banjir di 28 Desa Bantaran Sungai",
        "Heboh! Warga Wajib Tahu Ini Sebelum Banjir Datang",
    )
    verdict = periksa("proyek_judul", {"program": "banjir", "siaran": bait})
    assert not verdict.correct and "clickbait" in verdict.message
    assert periksa("proyek_rilis", {"program": "banjir", "siaran": bait}).correct  # structure is another cell


@pytest.mark.parametrize("siaran", [None, "", 2025, ["SIARAN PERS"]])
def test_release_bad_input(siaran):
    for name in ("proyek_rilis", "proyek_judul"):
        with pytest.raises(InputError):
            periksa(name, {"program": "banjir", "siaran": siaran})


# ---------------------------------------------------------------------------
# Latihan 9: press-conference decision


def test_press_conference_decision():
    reason = "Beritanya penting dan warga perlu tanya jawab langsung dengan kepala pelaksana BPBD."
    for choice in proyek.KEPUTUSAN_KONPERS:
        assert periksa("proyek_konpers", {"keputusan": choice.upper(), "alasan": reason}).correct
    short = periksa("proyek_konpers", {"keputusan": "konferensi pers", "alasan": "penting sekali"})
    assert not short.correct and "2 kata" in short.message


@pytest.mark.parametrize(
    "konpers",
    [
        None,
        {},
        "konferensi pers",
        {"keputusan": "rapat", "alasan": "x " * 12},
        {"keputusan": "konferensi pers", "alasan": ""},
        {"keputusan": "", "alasan": "x " * 12},
        {"alasan": "x " * 12},
    ],
)
def test_press_conference_bad_input(konpers):
    with pytest.raises(InputError):
        periksa("proyek_konpers", konpers)


# ---------------------------------------------------------------------------
# Latihan 10: output, out-take, outcome


def test_metrics_need_an_outcome_and_right_labels():
    plan = {"program": "imunisasi"}
    outputs_only = periksa("proyek_metrik", {**plan, "metrik": {"M1": "output", "M2": "output", "M3": "output"}})
    assert not outputs_only.correct and "outcome" in outputs_only.message
    mislabelled = periksa("proyek_metrik", {**plan, "metrik": {"M1": "output", "M3": "outcome", "M8": "outcome"}})
    assert not mislabelled.correct and "1 metrik" in mislabelled.message
    assert "M3" not in mislabelled.message + mislabelled.hint  # which one is wrong is not given away
    few = periksa("proyek_metrik", {**plan, "metrik": {"M8": "outcome", "M9": "outcome"}})
    assert not few.correct and "2 metrik" in few.message
    kind = periksa("proyek_metrik", {**plan, "metrik": {"m1": "Outputs", "M5": "outtake", "M9": "OUTCOME"}})
    assert kind.correct


@pytest.mark.parametrize(
    "metrik", [None, {}, ["M1", "M8"], "M1, M8", {"M10": "output"}, {"M1": "dampak"}, {"M1": 1}, {"M1": ""}]
)
def test_metrics_bad_input(metrik):
    with pytest.raises(InputError):
        periksa("proyek_metrik", {"program": "banjir", "metrik": metrik})


# ---------------------------------------------------------------------------
# What the participant sees


def test_cek_prints_success_and_raises_a_friendly_not_yet_correct(capsys):
    cek("proyek_metrik", {"program": "banjir", "metrik": MENU_LEVELS})
    assert "\u2705" in capsys.readouterr().out
    with pytest.raises(NotYetCorrect) as info:
        cek("proyek_tujuan", {"program": "banjir", "tujuan": _objective("banjir", tenggat="")})
    assert info.value.friendly().startswith("Belum tepat:") and "Petunjuk:" in info.value.friendly()


def test_untouched_placeholders_never_pass():
    placeholders = {
        "proyek_tujuan": ("tujuan", {"ukuran": "", "awal": None, "target": None, "tenggat": ""}),
        "proyek_khalayak": ("jam_tayang", {}),
        "proyek_kalender": ("kalender", None),
        "proyek_rilis": ("siaran", ""),
        "proyek_judul": ("siaran", ""),
        "proyek_metrik": ("metrik", {}),
    }
    for name, (key, value) in placeholders.items():
        assert nilai(name, {"program": "", key: value}) is False
        assert nilai(name, {"program": "banjir", key: value}) is False
    assert nilai("proyek_program", "") is False
    assert nilai("proyek_konpers", {"keputusan": "", "alasan": ""}) is False


def test_the_instructor_doc_lists_the_hours_the_check_accepts():
    doc = (ROOT / "docs" / "instruktur" / "07-proyek-akhir.md").read_text(encoding="utf-8")
    for code, brief in proyek.PROGRAM.items():
        hours = "; ".join(f"{p}: {', '.join(map(str, rule.data_hours()[p]))}" for p in brief["platform"])
        assert f"| {code} | {', '.join(brief['platform'])} | {hours} |" in doc, code
    assert rule.jam_tayang_markdown() in doc and "Tes Akhir (18 poin)" not in doc
