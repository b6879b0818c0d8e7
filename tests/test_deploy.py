"""deploy/ for one server, without starting a hub: roster, passwords, the account script, the config.

The hub itself runs in tests/test_hub.py; these are the quick checks of the pieces an IT
officer touches first, and of what the config sets for each choice (env variables).
"""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from traitlets.config.loader import PyFileConfigLoader

from .conftest import ROOT

DEPLOY = ROOT / "deploy"
sys.path.insert(0, str(DEPLOY))

import bimtek_hub  # noqa: E402


def write_roster(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["nama_pengguna", "nama_lengkap", "instansi", "peran"])
        writer.writerows(rows)
    return path


def test_example_roster_reads_with_roles():
    roster = bimtek_hub.read_roster(DEPLOY / "peserta-contoh.csv")
    assert bimtek_hub.by_role(roster, "peserta") == {"humas-agam", "humas-sukamaju"}
    assert bimtek_hub.by_role(roster, "instruktur") == {"instruktur1"}
    assert bimtek_hub.by_role(roster, "admin") == {"admin-ti"}


@pytest.mark.parametrize(
    "rows,message",
    [
        ([["Humas Agam", "", "", "peserta"]], "tidak sah"),
        ([["humas-a", "", "", "peserta"], ["humas-a", "", "", "peserta"]], "dua kali"),
        ([["humas-a", "", "", "kepala"]], "tidak dikenal"),
        ([], "kosong"),
    ],
)
def test_bad_rosters_are_explained_in_indonesian(tmp_path, rows, message):
    with pytest.raises(bimtek_hub.RosterError, match=message):
        bimtek_hub.read_roster(write_roster(tmp_path / "p.csv", rows))


def test_passwords_are_random_readable_and_stored_as_salted_hashes():
    first, second = bimtek_hub.new_password(), bimtek_hub.new_password()
    assert first != second and len(first) == 14 and not set(first) & set("01lio")
    stored = bimtek_hub.hash_password(first)
    assert stored.startswith("scrypt$") and first not in stored
    assert bimtek_hub.hash_password(first) != stored  # salted
    assert bimtek_hub.check_password(first, stored)
    assert not bimtek_hub.check_password(second, stored)
    assert not bimtek_hub.check_password(first, "rusak")


def test_account_script_writes_cards_and_hashes_for_root_only(tmp_path):
    roster = write_roster(
        tmp_path / "p.csv", [["humas-a", "A", "Diskominfo", "peserta"], ["instruktur1", "I", "Panitia", "instruktur"]]
    )
    run = subprocess.run(
        [sys.executable, str(DEPLOY / "siapkan.py"), "akun", str(roster), "--keluar", str(tmp_path / "rahasia")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0 and "2 akun dibuat" in run.stdout, run.stderr
    cards, hashes = tmp_path / "rahasia" / "kartu-akun.csv", tmp_path / "rahasia" / "kata-sandi.txt"
    for path in (cards, hashes):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with open(cards, newline="", encoding="utf-8") as handle:
        passwords = {r["nama_pengguna"]: r["kata_sandi"] for r in csv.DictReader(handle)}
    stored = bimtek_hub.read_password_file(hashes)
    assert set(stored) == {"humas-a", "instruktur1"}
    assert all(bimtek_hub.check_password(passwords[n], stored[n]) for n in stored)
    again = subprocess.run(
        [sys.executable, str(DEPLOY / "siapkan.py"), "akun", str(roster), "--keluar", str(tmp_path / "rahasia")],
        capture_output=True,
        text=True,
    )
    assert again.returncode == 1 and "--timpa" in again.stderr  # never overwrites handed-out passwords


def test_memory_sizes_parse():
    assert bimtek_hub.parse_bytes("1G") == 1 << 30
    assert bimtek_hub.parse_bytes("768M") == 768 << 20
    with pytest.raises(ValueError):
        bimtek_hub.parse_bytes("banyak")


def load_hub_config(tmp_path, **env):
    roster = write_roster(
        tmp_path / "p.csv",
        [["humas-a", "A", "", "peserta"], ["instruktur1", "I", "", "instruktur"], ["admin-ti", "T", "", "admin"]],
    )
    saved = dict(os.environ)
    try:
        os.environ.update(BIMTEK_PESERTA=str(roster), BIMTEK_STATE=str(tmp_path / "hub"), **env)
        return PyFileConfigLoader("jupyterhub_config.py", path=str(DEPLOY)).load_config()
    finally:
        os.environ.clear()
        os.environ.update(saved)


def test_config_roster_login_groups_services_limits(tmp_path):
    c = load_hub_config(tmp_path)
    assert c.JupyterHub.authenticator_class.__name__ == "RosterAuthenticator"
    assert c.Authenticator.allowed_users == {"humas-a", "instruktur1", "admin-ti"}
    assert c.Authenticator.admin_users == {"admin-ti"}
    assert c.JupyterHub.load_groups["instruktur"]["users"] == ["instruktur1"]
    assert c.JupyterHub.load_groups["peserta"]["users"] == ["humas-a"]
    services = {s["name"]: s for s in c.JupyterHub.services}
    grader = services["bimtek-kehumasan"]
    assert grader["user"] == "grader-bimtek" and "--ServerApp.default_url=/formgrader" in grader["command"]
    assert any("--timeout=3600" in part for part in services["idle-culler"]["command"])
    roles = {r["name"]: r for r in c.JupyterHub.load_roles}
    assert roles["instruktur-formgrader"]["scopes"] == ["access:services!service=bimtek-kehumasan"]
    assert c.Spawner.mem_limit == "1G" and c.Spawner.default_url == "/lab"
    assert c.JupyterHub.hub_ip == "127.0.0.1"


def test_config_shared_password_and_limits_from_the_environment(tmp_path):
    c = load_hub_config(
        tmp_path,
        BIMTEK_AUTH="bersama",
        BIMTEK_SANDI_BERSAMA="bimtek-2024-agam",
        BIMTEK_MEM_LIMIT="768M",
        BIMTEK_IDLE_TIMEOUT="1800",
    )
    assert c.JupyterHub.authenticator_class == "shared-password"
    assert c.SharedPasswordAuthenticator.user_password == "bimtek-2024-agam"
    assert c.Spawner.mem_limit == "768M"
    culler = next(s for s in c.JupyterHub.services if s["name"] == "idle-culler")
    assert "--timeout=1800" in culler["command"]


def test_participant_config_hides_instructor_tools_and_keeps_assignments():
    import json

    page = json.loads((DEPLOY / "jupyter" / "peserta" / "labconfig" / "page_config.json").read_text())
    for plugin in ("formgrader", "create-assignment", "course-list"):
        assert page["disabledExtensions"][f"@jupyter/nbgrader:{plugin}"] is True
    assert "@jupyter/nbgrader:assignment-list" not in page["disabledExtensions"]
    server = json.loads(
        (DEPLOY / "jupyter" / "peserta" / "jupyter_server_config.d" / "zz-bimtek-peserta.json").read_text()
    )["ServerApp"]["jpserver_extensions"]
    assert server["nbgrader.server_extensions.formgrader"] is False
    assert "nbgrader.server_extensions.assignment_list" not in server


def test_account_cards_neutralise_formula_like_cells(tmp_path):
    """kartu-akun.csv is opened in a spreadsheet to print: a roster cell that starts like a formula stays text."""
    roster = write_roster(tmp_path / "p.csv", [["humas-b", '=HYPERLINK("http://x")', "@SUM(A1)", "peserta"]])
    run = subprocess.run(
        [sys.executable, str(DEPLOY / "siapkan.py"), "akun", str(roster), "--keluar", str(tmp_path / "rahasia")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    with open(tmp_path / "rahasia" / "kartu-akun.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["nama_lengkap"] == '\'=HYPERLINK("http://x")' and row["instansi"] == "'@SUM(A1)"
    assert row["kata_sandi"][:1] not in "=+-@'"


class FormParser(HTMLParser):
    """Inputs, labels, legends and ids of an HTML snippet."""

    def __init__(self):
        super().__init__()
        self.inputs, self.labels, self.ids, self.legends, self.fieldsets = [], {}, {}, [], 0
        self._label_for, self._in_legend, self._id_stack = None, False, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids[attrs["id"]] = ""
        self._id_stack.append(attrs.get("id"))
        if tag == "input":
            self.inputs.append(attrs)
        elif tag == "label":
            self._label_for = attrs.get("for")
            self.labels[self._label_for] = ""
        elif tag == "legend":
            self._in_legend = True
            self.legends.append("")
        elif tag == "fieldset":
            self.fieldsets += 1

    def handle_endtag(self, tag):
        if tag == "label":
            self._label_for = None
        elif tag == "legend":
            self._in_legend = False
        if tag != "input" and self._id_stack:
            self._id_stack.pop()

    def handle_data(self, data):
        if self._label_for is not None:
            self.labels[self._label_for] += data
        if self._in_legend:
            self.legends[-1] += data
        for element_id in self._id_stack:
            if element_id:
                self.ids[element_id] += data


def test_interface_choice_form_is_labelled_indonesian_and_keeps_the_last_choice():
    form = FormParser()
    form.feed(bimtek_hub.interface_form({}))
    assert form.fieldsets == 1 and form.legends == ["Pilih tampilan kerja Anda"]
    radios = [i for i in form.inputs if i.get("type") == "radio"]
    assert [r["value"] for r in radios] == ["lab", "notebook"]
    for radio in radios:
        assert radio["name"] == "antarmuka"
        assert form.labels[radio["id"]].strip() in ("JupyterLab", "Jupyter Notebook 7")  # a label names each one
        assert form.ids[radio["aria-describedby"]].strip()  # and a description a screen reader reads out
    assert [r["value"] for r in radios if "checked" in r] == ["lab"]  # JupyterLab unless chosen otherwise
    again = FormParser()
    again.feed(bimtek_hub.interface_form({"antarmuka": "notebook"}))
    assert [r["value"] for r in again.inputs if "checked" in r] == ["notebook"]
    assert bimtek_hub.interface_from_form({"antarmuka": ["notebook"]}) == {"antarmuka": "notebook"}
    for odd in ({}, {"antarmuka": ["/etc/passwd"]}, {"antarmuka": [""]}):
        assert bimtek_hub.interface_from_form(odd) == {"antarmuka": "lab"}
    assert {name: url for name, (url, _l, _d) in bimtek_hub.INTERFACES.items()} == {"lab": "/lab", "notebook": "/tree"}


def test_config_offers_the_indonesian_start_page(tmp_path):
    c = load_hub_config(tmp_path)
    (templates,) = c.JupyterHub.template_paths
    page = (DEPLOY / "templates" / "spawn.html").read_text(encoding="utf-8")
    assert templates == str(DEPLOY / "templates") and '{% extends "templates/spawn.html" %}' in page
    assert ">Mulai</button>" in page and "spawner_options_form" in page
    login = (DEPLOY / "templates" / "login.html").read_text(encoding="utf-8")
    assert '{% extends "templates/login.html" %}' in login and "<h1>Masuk</h1>" in login
    for field in ('id="username_input"', 'name="username"', 'id="password_input"', 'name="password"', "_xsrf"):
        assert field in login  # what JupyterHub's login handler and tools/hubkit.py read
