"""Session 04: fifteen students, one for each kind of submission an instructor meets.

Autograded: KEJ cases (2 points), viral-post decisions (2), media list (2); the optional exercises:
actions on citizens' comments (2), replies to citizens (3), verification of a viral post (2), the
clarification (3) and the pairs of posts for the institution's image (2). The brand statement (3 points)
counts in the maximum but autograde scores it 0 until an instructor grades it, so a perfect submission
autogrades to 18 of 21. The optional pandas exercise (``lanjutan_``) has a self-check only and no points:
it never changes a score.
"""

from __future__ import annotations

from . import perfect_answers

SESSION = "04-media-massa"
AUTO = 2 + 2 + 2 + 2 + 3 + 2 + 3 + 2
WRITTEN = 3
MAX_SCORE = AUTO + WRITTEN

# Optional replies (comments 3 and 6) a professional would publish: written, they are checked and pass.
REPLIES_ALL = '''balasan = {
    1: """Halo, Kak Dedi. Terima kasih atas laporannya dan mohon maaf atas ketidaknyamanannya. Laporan Kakak sudah
kami teruskan ke Dinas PUPR Kabupaten Sukamaju. Mohon laporkan juga lewat SP4N-LAPOR! di lapor.go.id dengan foto dan
titik lokasinya agar tindak lanjutnya dapat dipantau.""",
    "2": """Selamat pagi, Kak Rina. Terima kasih sudah bertanya. Ruas Tanjung Sari–Batu Putih dikerjakan pada
17–28 November 2025, dan kendaraan dialihkan lewat Jalan Raya Bumi Ayu.""",
    3: """Halo, Kak. Terima kasih sudah menanyakan kebenarannya. Informasi itu tidak benar: anggaran program
Rp24,5 miliar dari APBD Kabupaten Sukamaju 2025 tidak dipotong untuk kegiatan lain. Rinciannya ada di laman PPID
sukamajukab.go.id/ppid.""",
    5: """Halo, Bu Yanti. Mohon maaf atas kendalanya, dan mohon jangan menulis NIK atau alamat di kolom komentar.
Silakan kirim nama, alamat, dan foto kerusakan lewat pesan langsung ke akun ini; Dinas PUPR mencatatnya.""",
    6: """Terima kasih atas apresiasinya, Pak RT! Jadwal pengerjaan setiap ruas dapat dipantau di
sukamajukab.go.id/jalan.""",
}'''
# Reply 5 asks for the ID number in the open (UU 27/2022; US EPA): the reply check fails.
REPLY_ASKS_NIK = '''balasan = {
    1: """Halo, Kak Dedi. Terima kasih atas laporannya dan mohon maaf atas ketidaknyamanannya. Laporan Kakak sudah
kami teruskan ke Dinas PUPR Kabupaten Sukamaju lewat SP4N-LAPOR! di lapor.go.id.""",
    2: """Halo, Kak Rina. Terima kasih sudah bertanya. Ruas Tanjung Sari–Batu Putih dikerjakan pada 17–28 November
2025. Jadwalnya ada di sukamajukab.go.id/jalan.""",
    5: """Halo, Bu Yanti. Terima kasih sudah bertanya. Silakan tulis NIK dan alamat lengkap Ibu di kolom komentar
ini supaya kami cek ke Dinas PUPR.""",
}'''
# The clarification opens with the claim and has no label: the truth sandwich is broken.
CLAIM_FIRST = '''klarifikasi = """Beredar unggahan bahwa Jembatan Bumi Ayu putus dan ratusan rumah tenggelam pagi ini.
Faktanya, BPBD Kabupaten Sukamaju memastikan jembatan utuh dan genangan hanya masuk ke 15 rumah. Foto yang beredar
adalah foto banjir di Kecamatan Pasir Panjang pada 2018."""'''


def build(source_nb) -> dict[str, dict]:
    perfect = perfect_answers(source_nb)
    cohort = {"sempurna": {"answers": perfect, "expected": AUTO}, "kosong": {"answers": {}, "expected": 0}}

    # Two cases swapped (Pasal 10 and 11: correction versus right of reply).
    partial = dict(perfect)
    partial["kej_kasus_jawab"] = 'pasal_kasus = {"A": 5, "B": 11, "C": 10, "D": 7, "E": 8, "F": 3}'
    cohort["sebagian"] = {"answers": partial, "expected": AUTO - 2}

    # A string where a dict belongs, a list of numbers where a table belongs, a text and a list where the
    # actions and the replies (dicts) belong.
    wrong_type = dict(perfect)
    wrong_type["keputusan_viral_jawab"] = 'keputusan = "tahan semua"'
    wrong_type["daftar_media_jawab"] = "media_terpilih = [1, 2, 3]"
    wrong_type["tindakan_komentar_jawab"] = 'tindakan = "balas semua"'
    wrong_type["balasan_warga_jawab"] = 'balasan = ["Halo, Kak. Terima kasih."]'
    cohort["salah_tipe"] = {"answers": wrong_type, "expected": AUTO - 4 - 2 - 3}

    # Session trap: the right decision for every post, but the reason code of the child's video is wrong.
    reason = dict(perfect)
    reason["keputusan_viral_jawab"] = (
        'keputusan = {1: ["tahan", "R2"], 2: ["klarifikasi", "R3"], 3: ["unggah", "R1"], 4: ["tahan", "R2"]}'
    )
    cohort["alasan_keliru"] = {"answers": reason, "expected": AUTO - 2}

    # Session trap: the right outlets typed from the table, in table order instead of largest reach first.
    unsorted = dict(perfect)
    unsorted["daftar_media_jawab"] = (
        'media_terpilih = ["Radio Suara Sukamaju", "sukamajuhariini.id", "Kabar Lembah", "Tribun Pesisir"]'
    )
    cohort["tanpa_urutan"] = {"answers": unsorted, "expected": AUTO - 2}

    # The other fill-in way: the names read off the table, largest reach first, in any case.
    typed = dict(perfect)
    typed["daftar_media_jawab"] = (
        'media_terpilih = ["SukamajuHariIni.id", "Radio Suara Sukamaju", "Tribun Pesisir", "Kabar Lembah"]'
    )
    cohort["daftar_nama"] = {"answers": typed, "expected": AUTO}

    # Defensible answers an editor accepts: case F under Pasal 1, post 2 clarified on the office's word (R1),
    # post 4 answered with an official response that leaves the child's video out; the crisis update of pair 3
    # chosen for its usable information (C2); findings in other spellings; the optional replies written too.
    defensible = dict(perfect)
    defensible["kej_kasus_jawab"] = 'pasal_kasus = {"A": 5, "B": 10, "C": 11, "D": 7, "E": 8, "F": 1}'
    defensible["keputusan_viral_jawab"] = (
        'keputusan = {1: ["tahan", "R2"], 2: ["klarifikasi", "R1"], 3: ["unggah", "R1"], 4: ["klarifikasi", "R4"]}'
    )
    defensible["citra_pasangan_jawab"] = (
        'pilihan_citra = {1: ["b", "c1"], 2: ["B", "C2"], 3: ["B", "C2"], "4": ("A", "C4")}'
    )
    defensible["verifikasi_viral_jawab"] = (
        'temuan = {"sumber_foto": "sukamaju pos", "tahun_foto": "14 Maret 2018", "tempat_foto": "Pasirpanjang", '
        '"data_resmi": "Badan Penanggulangan Bencana Daerah", "kesimpulan": "Konten yang salah"}'
    )
    defensible["balasan_warga_jawab"] = REPLIES_ALL
    cohort["jawaban_setara"] = {"answers": defensible, "expected": AUTO}

    # Session trap: the harsh but legitimate road complaint hidden and reported like the threat.
    hidden = dict(perfect)
    hidden["tindakan_komentar_jawab"] = (
        'tindakan = {1: ["sembunyikan dan laporkan", "K5"], 2: ["balas publik", "K1"], 3: ["balas publik", "K4"], '
        '4: ["sembunyikan dan laporkan", "K5"], 5: ["pesan pribadi", "K3"], 6: ["balas publik", "K6"]}'
    )
    cohort["kritik_disembunyikan"] = {"answers": hidden, "expected": AUTO - 2}

    # Session trap: a polite reply that asks for personal data in the comments.
    asks = dict(perfect)
    asks["balasan_warga_jawab"] = REPLY_ASKS_NIK
    cohort["balasan_minta_nik"] = {"answers": asks, "expected": AUTO - 3}

    # Session trap: a clarification that repeats the claim first, without a label.
    claim_first = dict(perfect)
    claim_first["klarifikasi_hoaks_jawab"] = CLAIM_FIRST
    cohort["klaim_di_depan"] = {"answers": claim_first, "expected": AUTO - 3}

    # Session traps: the place the viral post claims instead of where the photo was taken, and the genuine old
    # photo called fabricated; the flashy video chosen because it is liked more.
    misread = dict(perfect)
    misread["verifikasi_viral_jawab"] = (
        'temuan = {"sumber_foto": "Harian Sukamaju Pos", "tahun_foto": 2018, "tempat_foto": "Bumi Ayu", '
        '"data_resmi": "BPBD", "kesimpulan": "konten palsu"}'
    )
    misread["citra_pasangan_jawab"] = 'pilihan_citra = {1: ["B", "C1"], 2: ["A", "C5"], 3: ["B", "C3"], 4: ["A", "C4"]}'
    cohort["salah_baca"] = {"answers": misread, "expected": AUTO - 2 - 2}

    # The optional pandas exercise left empty (its self-check fails) and nothing else changes.
    no_optional = {k: v for k, v in perfect.items() if not k.startswith("lanjutan_")}
    cohort["tanpa_lanjutan"] = {"answers": no_optional, "expected": AUTO}

    # Deleted test cells come back: a wrong answer under one still fails, a right one still counts.
    deletes = dict(perfect)
    deletes["kej_kasus_jawab"] = 'pasal_kasus = {"A": 1, "B": 1, "C": 1, "D": 1, "E": 1, "F": 1}'
    cohort["hapus_sel_uji"] = {
        "answers": deletes,
        "delete": ["kej_kasus", "daftar_media", "balasan_warga"],
        "expected": AUTO - 2,
    }

    # Edited locked cells are restored, the setup cell included.
    edits = dict(perfect)
    edits["keputusan_viral_jawab"] = (
        'keputusan = {1: ["unggah", "R1"], 2: ["unggah", "R1"], 3: ["unggah", "R1"], 4: ["unggah", "R1"]}'
    )
    cohort["ubah_sel_terkunci"] = {
        "answers": edits,
        "edit": {"keputusan_viral": 'print("lolos")', "media_siapkan": "pass", "klarifikasi_hoaks": 'print("lolos")'},
        "expected": AUTO - 2,
    }
    return cohort
