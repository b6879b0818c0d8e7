"""The sandbox itself: one real kernel under bubblewrap + prlimit, probed cell by cell.

Each probe prints ``DIBLOKIR`` or ``LOLOS``; the test asserts what must be blocked
and what must still work, so the table in docs/instruktur/penilaian.md is measured.
"""

from __future__ import annotations

import os

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import DeadKernelError
from traitlets.config import Config

from course.instructor import sandbox
from course.instructor.grading.reasons import describe_exit

from .conftest import ROOT

pytestmark = pytest.mark.skipif(
    not sandbox.available().ok, reason=f"kotak pasir tidak tersedia: {sandbox.available().reason}"
)

PROBES = {
    "uid_bukan_root": "import os\nprint('LOLOS' if os.getuid() == 0 else 'DIBLOKIR', os.getuid())",
    "tanpa_kapabilitas": "print('DIBLOKIR' if open('/proc/self/status').read().split('CapEff:')[1].split()[0]"
    " == '0000000000000000' else 'LOLOS')",
    "jaringan": "import socket\ntry:\n    socket.create_connection(('127.0.0.1', PORT), timeout=2); print('LOLOS')\n"
    "except OSError as e:\n    print('DIBLOKIR', e)",
    "folder_kursus": "import os\nprint('LOLOS' if os.path.exists('COURSE/gradebook.db') else 'DIBLOKIR')",
    "rumah_root": "import os\nprint('LOLOS' if os.path.exists('/root/.bash_history') or os.path.isdir('/root/.cache')"
    " else 'DIBLOKIR')",
    "tulis_usr": "try:\n    open('/usr/bimtek-uji', 'w'); print('LOLOS')\nexcept OSError as e:\n    print('DIBLOKIR', e)",
    "tulis_paket_kursus": "import course, os\ntry:\n    open(os.path.join(os.path.dirname(course.__file__), 'x.py'), 'w')"
    "; print('LOLOS')\nexcept OSError as e:\n    print('DIBLOKIR', e)",
    "memori": "try:\n    b = bytearray(3 * 1024 ** 3); print('LOLOS')\nexcept MemoryError:\n    print('DIBLOKIR')",
    "ukuran_berkas": "try:\n    f = open('besar', 'wb')\n    [f.write(b'0' * (1 << 20)) for _ in range(100)]\n    print('LOLOS')\n"
    "except OSError as e:\n    print('DIBLOKIR', e)",
    "ruang_kerja": "import os\ntry:\n    for i in range(10):\n        with open(f'isi{i}', 'wb') as f:\n"
    "            [f.write(b'0' * (1 << 20)) for _ in range(60)]\n    print('LOLOS')\n"
    "except OSError as e:\n    print('DIBLOKIR', e)\nfinally:\n    [os.remove(f'isi{i}') for i in range(10)"
    " if os.path.exists(f'isi{i}')]",
    "jumlah_proses": "import os, time\nanak = []\ntry:\n    for _ in range(500):\n        pid = os.fork()\n"
    "        if pid == 0:\n            time.sleep(30); os._exit(0)\n        anak.append(pid)\n"
    "    print('LOLOS')\nexcept OSError as e:\n    print('DIBLOKIR', len(anak), e)\n"
    "finally:\n    import signal\n    [os.kill(p, signal.SIGKILL) for p in anak]\n"
    "    [os.waitpid(p, 0) for p in anak]",
    "bunuh_induk": "import os, signal\ntry:\n    os.kill(os.getppid(), signal.SIGKILL); print('LOLOS')\n"
    "except OSError as e:\n    print('DIBLOKIR', e)",
    "lihat_proses_lain": "import os\npids = [p for p in os.listdir('/proc') if p.isdigit()]\n"
    "print('DIBLOKIR' if len(pids) <= 3 else 'LOLOS', pids)",
    "lingkungan": "import os\nprint('LOLOS' if 'BIMTEK_UJI_RAHASIA' in os.environ or 'BIMTEK_DB_URL' in os.environ "
    "else 'DIBLOKIR')",
    "setuid": "import subprocess\nr = subprocess.run(['su', '-c', 'id -u'], capture_output=True, text=True, input='')\n"
    "print('LOLOS' if r.stdout.strip() == '0' else 'DIBLOKIR', r.returncode)",
    "impor_folder_kerja": "open('modul_jahat.py', 'w').write('X = 1')\nimport sys\ntry:\n    import modul_jahat\n"
    "    print('LOLOS', sys.flags.safe_path)\nexcept ImportError as e:\n    print('DIBLOKIR', sys.flags.safe_path, e)",
    # what must keep working
    "tmp_pribadi_bisa": "open('/tmp/catatan.txt', 'w').write('ok'); print('BISA', open('/tmp/catatan.txt').read())",
    "folder_kerja_bisa": "import os\nopen('hasil.txt', 'w').write('ok'); print('BISA', os.getcwd())",
    "pandas_bisa": "import pandas as pd, matplotlib\nmatplotlib.use('agg')\nimport matplotlib.pyplot as plt\n"
    "plt.plot([1, 2]); plt.savefig('grafik.png'); print('BISA', pd.DataFrame({'a': [1]}).shape)",
    "proses_anak_bisa": "import subprocess\nprint('BISA', subprocess.run(['echo', 'halo'], capture_output=True,"
    " text=True).stdout.strip())",
}
MUST_WORK = {name for name in PROBES if name.endswith("_bisa")}


@pytest.fixture(scope="module")
def probed(tmp_path_factory):
    import socket

    course = tmp_path_factory.mktemp("kursus_rahasia")
    (course / "gradebook.db").write_text("rahasia")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    port = listener.getsockname()[1]
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(code.replace("PORT", str(port)).replace("COURSE", str(course)))
        for code in PROBES.values()
    ]
    config = Config()
    config.SandboxKernelManager.sandbox_uid = sandbox.UID_BASE + 200
    config.SandboxKernelManager.sandbox_mode = sandbox.available().mode
    config.SandboxKernelManager.sandbox_session = "uji"
    config.SandboxKernelManager.sandbox_limits = {"memory_mb": 2048, "file_mb": 64, "processes": 64, "home_mb": 256}
    os.environ["BIMTEK_UJI_RAHASIA"] = "rahasia"
    try:
        client = NotebookClient(
            nb,
            kernel_name="python3",
            timeout=120,
            allow_errors=True,
            kernel_manager_class=sandbox.SandboxKernelManager,
            config=config,
            resources={"metadata": {"path": str(course)}},
        )
        client.execute()
    finally:
        os.environ.pop("BIMTEK_UJI_RAHASIA", None)
        listener.settimeout(0.1)
        try:
            listener.accept()
            reached = True
        except OSError:
            reached = False
        listener.close()
    results = {}
    for name, cell in zip(PROBES, nb.cells):
        text = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
        errors = [f"{o.ename}: {o.evalue}" for o in cell.outputs if o.output_type == "error"]
        results[name] = (text.strip() + " ".join(errors)).strip()
    return results, reached


@pytest.mark.parametrize("probe", sorted(set(PROBES) - MUST_WORK))
def test_the_sandbox_blocks(probed, probe):
    results, reached = probed
    assert results[probe].startswith("DIBLOKIR"), results[probe]
    if probe == "jaringan":
        assert not reached


@pytest.mark.parametrize("probe", sorted(MUST_WORK))
def test_what_a_notebook_needs_still_works(probed, probe):
    results, _ = probed
    assert results[probe].startswith("BISA"), results[probe]


def test_no_process_of_the_sandbox_outlives_its_kernel(probed):
    assert sandbox.uid_processes(sandbox.UID_BASE + 200) == []


def test_the_kernel_never_sees_the_course_package_writable_or_the_sources(probed):
    results, _ = probed
    assert "Read-only" in results["tulis_paket_kursus"] or "Permission denied" in results["tulis_paket_kursus"]
    assert not (ROOT / "course" / "x.py").exists()


def test_the_kernel_manager_records_how_its_kernel_exited():
    """The grading worker reads a dead kernel's exit status from the kernel manager it used."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import os\nos._exit(3)"), nbformat.v4.new_code_cell("print('tidak')")]
    config = Config()
    config.SandboxKernelManager.sandbox_uid = sandbox.UID_BASE + 201
    config.SandboxKernelManager.sandbox_mode = sandbox.available().mode
    client = NotebookClient(
        nb, kernel_name="python3", timeout=60, kernel_manager_class=sandbox.SandboxKernelManager, config=config
    )
    km = client.create_kernel_manager()
    assert km.kernel_exit is None
    with pytest.raises(DeadKernelError):
        client.execute()
    assert km.kernel_exit == sandbox.KernelExit(3)
    assert describe_exit(km.kernel_exit.returncode)[1].startswith("kernel berhenti sendiri (kode keluar 3)")
    assert sandbox.uid_processes(sandbox.UID_BASE + 201) == []


def test_exit_codes_are_explained_in_indonesian():
    assert describe_exit(128 + 24)[0] == "batas_cpu"
    assert describe_exit(128 + 25)[0] == "batas_berkas"
    assert describe_exit(1) == ("kernel_mati", "kernel berhenti sendiri (kode keluar 1), misalnya karena os._exit()")
    assert "SIGKILL" in describe_exit(128 + 9)[1]
