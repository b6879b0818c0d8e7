"""The Indonesian paragraphs of ``course.common_errors``: one per mistake, with its fix.

Each entry is ``key: (title, text, fix)``. ``title`` names the mistake in a few words (instructor
docs, the message of a check that could not read an answer); ``text`` says what happened in plain
Indonesian, without Python's English words; ``fix`` says what to do, with an example when one
helps. ``$name`` placeholders are filled by the matchers of ``course.common_errors``; syntax
paragraphs get ``$where`` (" pada baris 2") and ``$shown`` (" Baris itu: `...`.").
"""

from __future__ import annotations

# Mistakes Python finds before running the cell (it cannot read the code).
SYNTAX_TEXTS: dict[str, tuple[str, str, str]] = {
    "smart_quotes": (
        "Tanda petik miring dari Word atau WhatsApp",
        "Penulisan kode$where belum benar: ada tanda petik miring (\u201c \u201d atau \u2018 \u2019). Tanda ini "
        "biasanya ikut tersalin dari Word, WhatsApp, atau surel, padahal Python hanya mengenal tanda petik "
        "lurus dari papan ketik.$shown",
        'Hapus tanda petik miring itu, lalu ketik ulang tanda petiknya langsung dari papan ketik, misalnya "Pemkab '
        'Agam". Isi teksnya boleh tetap.',
    ),
    "special_space": (
        "Spasi tak terlihat dari teks salinan",
        "Penulisan kode$where belum benar: ada spasi khusus yang tidak terlihat, biasanya terbawa saat kode atau "
        "teks disalin dari PDF, situs web, atau pengolah kata. Di layar ia tampak seperti spasi biasa, tetapi "
        "Python tidak mengenalnya.$shown",
        "Hapus spasi di sekitar bagian yang disalin dan ketik ulang dengan tombol spasi; bila belum berhasil, "
        "ketik ulang seluruh baris itu tanpa menyalin.",
    ),
    "word_symbol": (
        "Simbol dari pengolah kata",
        "Penulisan kode$where belum benar: ada simbol $char yang tidak dikenal Python di luar teks. Dalam "
        "perhitungan, kali ditulis *, bagi ditulis /, dan kurang ditulis - (tanda minus dari papan ketik).$shown",
        "Ganti $char dengan tanda dari papan ketik: * untuk kali, / untuk bagi, - untuk kurang. Bila simbol itu "
        "bagian dari teks, letakkan di dalam tanda petik.",
    ),
    "triple_quote": (
        "Teks panjang belum ditutup",
        'Penulisan kode$where belum benar: teks panjang yang dibuka dengan tiga tanda petik (""") belum ditutup '
        "dengan tiga tanda petik yang sama, sehingga Python tidak tahu di mana teks itu berakhir.$shown",
        'Tambahkan """ pada akhir teks panjang itu, tepat sesudah kalimat terakhirnya.',
    ),
    "unclosed_quote": (
        "Tanda petik belum ditutup",
        "Penulisan kode$where belum benar: sebuah teks dibuka dengan tanda petik, tetapi belum ditutup. Setiap "
        "teks diapit sepasang tanda petik yang sama, satu di awal dan satu di akhir.$shown",
        'Tambahkan tanda petik penutup di akhir teks, misalnya "Pemkab Agam". Bila teksnya memuat apostrof '
        "(seperti pada sebuah nama), apit teks itu dengan tanda petik ganda.",
    ),
    "unclosed_bracket": (
        "Kurung belum ditutup",
        "Penulisan kode$where belum benar: kurung $bracket dibuka, tetapi belum ditutup. Setiap kurung buka "
        "perlu pasangannya: ( dengan ), [ dengan ], dan { dengan }.$shown",
        "Tambahkan $closer di tempat isi kurung itu berakhir, biasanya di akhir baris atau di akhir daftar.",
    ),
    "unmatched_bracket": (
        "Kurung tutup tanpa pasangan",
        "Penulisan kode$where belum benar: ada kurung tutup $bracket yang tidak punya pasangan, atau jenisnya "
        "berbeda dengan kurung bukanya.$shown",
        "Hitung kurung buka dan kurung tutup pada baris itu; pasangannya harus sejenis: ( ), [ ], { }. Hapus "
        "kurung yang berlebih atau samakan jenisnya.",
    ),
    "dict_colon": (
        "Titik dua pada kamus",
        "Penulisan kode$where belum benar: di dalam kamus { }, setiap kunci dan nilainya dipisahkan titik dua, "
        "dan setiap pasangan dipisahkan koma.$shown",
        'Tulis kunci, titik dua, lalu nilainya, misalnya {"platform": "Instagram", "jam": 19}.',
    ),
    "missing_comma": (
        "Koma di antara butir terlupa",
        "Penulisan kode$where belum benar: ada dua butir yang berdampingan tanpa koma. Di dalam daftar [ ] dan "
        "kamus { }, setiap butir dipisahkan koma.$shown",
        'Tambahkan koma di antara butir-butirnya, misalnya ["X", "Instagram", "TikTok"].',
    ),
    "equals_compare": (
        "Tanda = dan ==",
        "Penulisan kode$where belum benar: tanda = dipakai di tempat yang meminta perbandingan. Satu tanda = "
        "berarti mengisi nama dengan nilai (durasi_jam = 8.5); dua tanda == berarti memeriksa apakah dua nilai "
        "sama.$shown",
        'Untuk membandingkan, tulis == (misalnya platform == "X"); untuk mengisi jawaban, tulis satu baris '
        "tersendiri dengan pola nama = nilai.",
    ),
    "assign_reversed": (
        "Nama di kiri, nilai di kanan",
        "Penulisan kode$where belum benar: di sebelah kiri tanda = ada nilai atau perhitungan, padahal tempat "
        "itu untuk nama. Python mengisi nama di kiri dengan nilai di kanan.$shown",
        "Balik urutannya: nama di kiri, nilai di kanan, misalnya durasi_jam = 8.5 (bukan 8.5 = durasi_jam).",
    ),
    "leading_zero": (
        "Angka diawali nol",
        "Penulisan kode$where belum benar: angka bulat ditulis dengan nol di depannya (misalnya 08). Python "
        "tidak menerima angka bulat yang diawali nol.$shown",
        "Hapus nol di depannya: tulis 8, bukan 08. Untuk jam, tulis angka jamnya saja (19 untuk pukul 19.00) "
        "atau jam desimal bila soal memintanya (7.5 untuk 07.30).",
    ),
    "thousands": (
        "Titik pemisah ribuan atau Rp pada angka",
        "Penulisan kode$where belum benar: angka ditulis dengan titik pemisah ribuan atau dengan Rp. Di Python, "
        "titik adalah tanda desimal dan angka ditulis tanpa satuan.$shown",
        "Tulis angkanya tanpa titik dan tanpa Rp: 40000000 untuk empat puluh juta (boleh 40_000_000 agar mudah "
        "dibaca). Awas: 40.000 tidak membuat pesan kesalahan, tetapi dibaca sebagai empat puluh, bukan empat "
        "puluh ribu.",
    ),
    "number_unit": (
        "Angka bersambung huruf",
        "Penulisan kode$where belum benar: angka langsung disambung huruf, misalnya 1jt, 10rb, atau 5x. Python "
        "membaca angka saja; satuannya tidak ditulis di dalam angka.$shown",
        "Tulis angkanya lengkap tanpa satuan, misalnya 1000000 untuk satu juta. Bila yang dimaksud memang teks, "
        "apit dengan tanda petik.",
    ),
    "percent": (
        "Tanda persen",
        "Penulisan kode$where belum benar: tanda % ditulis sesudah angka. Di Python, % bukan tanda persen, "
        "melainkan operasi sisa bagi, sehingga 15% dibaca sebagai perhitungan yang belum selesai.$shown",
        "Tulis angkanya saja (15 untuk 15%), atau pecahannya (0.15) bila soal meminta pecahan; baca lagi satuan "
        "yang diminta soal.",
    ),
    "time_colon": (
        "Jam dengan titik dua",
        "Penulisan kode$where belum benar: jam ditulis dengan titik dua (misalnya 19:00). Python membaca titik "
        "dua sebagai tanda baca kode, bukan pemisah jam dan menit.$shown",
        "Tulis jamnya sebagai angka, misalnya 19 untuk pukul 19.00, atau 7.5 untuk 07.30 bila soal meminta jam "
        'desimal. Bila soal meminta teks, apit dengan tanda petik: "19.00".',
    ),
    "school_math": (
        "Tanda kali dan bagi seperti di buku pelajaran",
        "Penulisan kode$where belum benar: perhitungan memakai x atau titik dua seperti di buku pelajaran. Di "
        "Python, kali ditulis * dan bagi ditulis /.$shown",
        "Tulis 2 * 3 untuk dua kali tiga dan 10 / 2 untuk sepuluh dibagi dua.",
    ),
    "space_in_name": (
        "Spasi di dalam nama",
        "Penulisan kode$where belum benar: nama `$name` memuat spasi. Nama di Python tidak boleh berspasi; "
        "kata-katanya disambung dengan garis bawah.$shown",
        "Tulis `$fixed`, persis seperti nama yang diminta soal.",
    ),
    "backslash": (
        "Garis miring terbalik",
        "Penulisan kode$where belum benar: ada garis miring terbalik (\\) di luar teks atau di dalam alamat "
        "berkas gaya Windows. Python memberi arti khusus pada tanda itu.$shown",
        'Untuk alamat berkas, pakai garis miring biasa, misalnya "data/unggahan.csv", atau cukup nama berkasnya '
        "bila berkas ada di folder yang sama dengan notebook ini.",
    ),
    "unexpected_indent": (
        "Spasi di awal baris",
        "Penulisan kode$where belum benar: baris ini diawali spasi padahal tidak berada di dalam blok. Di "
        "Python, spasi di awal baris punya arti: menandai baris yang termasuk blok di atasnya.$shown",
        "Hapus spasi di awal baris itu sehingga barisnya mulai tepat di tepi kiri, sejajar dengan baris lain.",
    ),
    "expected_indent": (
        "Baris sesudah titik dua belum menjorok",
        "Penulisan kode$where belum benar: baris yang diakhiri titik dua (misalnya baris if atau for) harus "
        "diikuti baris yang menjorok ke dalam.$shown",
        "Tambahkan empat spasi di awal baris sesudahnya; JupyterLab menambahkannya sendiri bila Anda menekan "
        "Enter tepat sesudah titik dua.",
    ),
    "indent_mismatch": (
        "Jarak menjorok tidak sejajar",
        "Penulisan kode$where belum benar: jarak menjorok baris ini tidak sama dengan baris lain di bloknya, "
        "atau tab dan spasi tercampur.$shown",
        "Samakan spasi di awal baris-baris itu: hapus spasi di awal baris, lalu tekan Tab sekali di JupyterLab "
        "(sama dengan empat spasi).",
    ),
    "outside_block": (
        "Perintah blok di luar bloknya",
        "Penulisan kode$where belum benar: kata seperti return atau break hanya boleh berada di dalam blok "
        "perintah atau perulangan, bukan di baris biasa sebuah sel.$shown",
        "Hapus kata itu; untuk menampilkan hasil, tulis nama variabelnya saja di baris terakhir sel.",
    ),
    "syntax": (
        "Penulisan kode belum benar",
        "Penulisan kode$where belum benar sehingga Python tidak dapat membacanya.$shown",
        "Periksa pasangan tanda petik dan kurung, koma di antara butir, serta tanda = di antara nama dan "
        "nilainya, misalnya durasi_jam = 8.5.",
    ),
}

# Mistakes found while the cell runs.
TEXTS: dict[str, tuple[str, str, str]] = {
    "builtin_word": (
        "true, false, dan none dengan huruf kecil",
        "Nama `$name` belum dikenal. Python menulis nilai benar, salah, dan kosong dengan huruf awal kapital: "
        "True, False, dan None.",
        "Ganti `$name` dengan `$fixed`.",
    ),
    "check_name_unquoted": (
        "Nama soal tanpa tanda petik",
        "Nama `$name` belum dikenal. Nama soal pada $call(...) adalah teks, jadi harus diapit tanda petik; "
        "tanpa tanda petik, Python mengira itu nama variabel.",
        'Tulis $call("$name", ...) dengan tanda petik di kiri dan kanan nama soal.',
    ),
    "course_command": (
        "Perintah kursus belum dimuat",
        "Perintah kursus `$name` belum dikenal. Perintah ini dimuat oleh sel pertama notebook, yang belum "
        "dijalankan atau perlu dijalankan lagi karena kernel baru dimulai ulang.",
        "Jalankan sel pertama notebook (yang berisi mulai(...)), lalu jalankan sel ini lagi.",
    ),
    "reveal_unavailable": (
        "Contoh jawaban hanya saat belajar mandiri",
        "Perintah `lihat_contoh` hanya tersedia saat belajar mandiri (misalnya di Binder), yang tidak punya "
        "penguji. Di kelas, jawaban Anda dinilai penguji kursus, jadi contoh jawaban tidak dibuka di notebook.",
        "Ikuti petunjuk pada pesan cek; bila masih buntu, tanyakan kepada instruktur atau pendamping.",
    ),
    "name_typo": (
        "Nama salah ketik",
        "Nama `$name` belum dikenal. Mungkin maksud Anda: $close. Python membedakan huruf besar dan kecil, "
        "jadi satu huruf yang berbeda sudah dianggap nama lain.",
        "Samakan ejaannya dengan nama yang sudah ada, lalu jalankan sel ini lagi.",
    ),
    "name_is_text": (
        "Teks tanpa tanda petik",
        "Nama `$name` belum dikenal. Bila yang Anda maksud adalah teks $name, teks harus diapit tanda petik; "
        "tanpa tanda petik, Python mengira itu nama variabel.",
        'Tulis "$name" dengan tanda petik. Bila `$name` memang nama variabel dari sel lain, jalankan dulu sel '
        "yang membuatnya.",
    ),
    "name_unknown": (
        "Nama belum dikenal",
        "Nama `$name` belum dikenal. Biasanya sel yang membuat nama itu (sel jawaban di atas atau sel pertama "
        "notebook) belum dijalankan, atau kernel baru dimulai ulang sehingga semua nama hilang.",
        "Periksa ejaannya (huruf besar dan kecil dibedakan), jalankan sel-sel di atas dari awal, lalu jalankan "
        "sel ini lagi. Bila `$name` adalah teks, apit dengan tanda petik.",
    ),
    "none_value": (
        "Nilai masih None",
        "Salah satu nilai yang dipakai masih kosong (None). Biasanya sel jawaban di atas masih berisi None dari "
        "templat, atau sudah diisi tetapi belum dijalankan.",
        "Isi jawaban di sel jawaban, jalankan sel itu, lalu jalankan sel ini lagi.",
    ),
    "text_with_number": (
        "Teks dihitung bersama angka",
        "Python tidak dapat menghitung teks bersama angka. Salah satu nilainya ditulis di antara tanda petik "
        '(misalnya "40000"), sehingga dianggap teks, bukan angka.',
        'Hapus tanda petik di sekitar angka: tulis 40000, bukan "40000". Pakai titik untuk desimal: 8.5.',
    ),
    "compare_text_number": (
        "Teks dibandingkan dengan angka",
        "Python tidak dapat membandingkan atau mengurutkan teks bersama angka, misalnya untuk mencari yang "
        'terbesar. Sebagian nilai ditulis sebagai teks ("19") dan sebagian sebagai angka (19).',
        "Tulis semua nilainya dengan cara yang sama: angka tanpa tanda petik, atau semuanya teks.",
    ),
    "unhashable": (
        "Daftar sebagai kunci kamus",
        "Sebuah daftar [ ] atau kamus dipakai sebagai kunci kamus. Kunci kamus harus satu nilai seperti teks "
        "atau angka; daftar hanya boleh menjadi nilainya.",
        'Pakai teks atau angka sebagai kunci, misalnya {"Instagram": [19, 20]}. Untuk memilih beberapa kolom '
        'tabel, tulis dua kurung siku: data[["platform", "jam"]].',
    ),
    "missing_comma_call": (
        "Koma di antara dua butir bersarang terlupa",
        "Dua butir bersarang, misalnya dua daftar [ ] di dalam sebuah daftar, ditulis berdampingan tanpa koma, "
        "sehingga Python membaca butir kedua sebagai perintah pada butir pertama.",
        'Tambahkan koma di antara butir-butirnya, misalnya [["tahan", "R2"], ["unggah", "R1"]].',
    ),
    "not_callable": (
        "Nilai dipanggil seperti perintah",
        "Ada tanda kurung ( ) sesudah sebuah $kind, seolah-olah nilai itu perintah. Ini terjadi bila tanda * "
        "terlupa sebelum kurung, misalnya 2(3 + 4), atau bila nama perintah kursus tertimpa, misalnya cek = 5.",
        "Untuk perkalian, tulis 2 * (3 + 4). Bila nama perintah tertimpa, jalankan lagi sel pertama notebook.",
    ),
    "not_subscriptable": (
        "Kurung siku pada nilai tunggal",
        "Kurung siku [ ] dipakai pada $kind, padahal kurung siku hanya untuk mengambil isi daftar, kamus, atau "
        "kolom tabel.",
        "Periksa nama sebelum kurung siku: mungkin isinya lain dari yang Anda kira. Untuk memanggil perintah, "
        "pakai kurung biasa ( ).",
    ),
    "not_iterable": (
        "Satu nilai di tempat daftar",
        "Yang dibutuhkan di sini adalah daftar berisi beberapa butir, tetapi yang diberikan hanya satu $kind.",
        "Tulis butir-butirnya di dalam kurung siku, misalnya [19, 20], walaupun butirnya hanya satu: [19].",
    ),
    "arguments": (
        "Isian perintah tidak sesuai",
        "Perintah `$func` dipanggil dengan isian yang tidak sesuai: $what. Setiap perintah meminta isian "
        "tertentu, dengan jumlah dan urutan tertentu.",
        "Lihat contoh pemanggilan perintah itu di atas soal, lalu samakan isiannya: jumlahnya, urutannya, "
        "tanda petiknya, dan koma di antaranya.",
    ),
    "text_reduction": (
        "Perhitungan pada kolom berisi teks",
        "Perhitungan angka (misalnya rata-rata atau median) dijalankan pada kolom yang berisi teks.",
        "Pilih kolom yang berisi angka; tampilkan beberapa baris tabel dulu untuk melihat isi setiap kolom.",
    ),
    "series_truth": (
        "and, or, atau if pada kolom tabel",
        "Sebuah kolom tabel, yang berisi banyak nilai, dipakai seolah-olah satu nilai benar atau salah, "
        "misalnya dengan and, or, not, atau if. Python tidak tahu apakah yang dimaksud semua baris atau "
        "salah satunya.",
        "Gabungkan dua syarat pada tabel dengan & (dan) atau | (atau), dan apit setiap syarat dengan kurung: "
        'data[(data["platform"] == "X") & (data["jam"] >= 19)]. Pada jalur inti, pakai perintah kursus yang '
        "ditunjukkan notebook.",
    ),
    "array_lengths": (
        "Panjang daftar untuk tabel tidak sama",
        "Tabel dibuat dari beberapa daftar yang jumlah butirnya tidak sama, padahal setiap kolom tabel harus "
        "punya jumlah baris yang sama.",
        "Hitung butir setiap daftar (satu butir untuk setiap baris tabel), lalu lengkapi daftar yang kurang "
        "atau hapus butir yang berlebih.",
    ),
    "length_mismatch": (
        "Jumlah nilai tidak sama dengan jumlah baris",
        "Daftar yang diisikan ke kolom berisi $given nilai, padahal tabelnya punya $expected baris.",
        "Isi satu nilai untuk setiap baris tabel, atau satu nilai tunggal yang berlaku untuk semua baris.",
    ),
    "columns_count": (
        "Jumlah nama kolom tidak sama dengan isi tabel",
        "Nama kolom yang diberikan ada $given, padahal setiap baris data berisi $expected nilai.",
        "Samakan jumlah nama kolom dengan jumlah nilai di setiap baris.",
    ),
    "date_text": (
        "Tanggal tidak dapat dibaca",
        "Sebuah tanggal tidak dapat dibaca, karena urutannya tidak dikenali atau tanggal itu tidak ada di "
        "kalender (misalnya bulan ke-13).",
        'Tulis tanggal sebagai teks dengan urutan tahun-bulan-hari, misalnya "2025-09-01" untuk 1 September 2025.',
    ),
    "number_text": (
        "Teks tidak dapat diubah menjadi angka",
        "Teks $value tidak dapat diubah menjadi angka. Python hanya dapat mengubah teks yang berisi angka saja, "
        "dengan titik sebagai tanda desimal.",
        'Tulis angka tanpa tanda petik dan tanpa satuan: 8.5, bukan "8,5" atau "8,5 jam".',
    ),
    "unpack": (
        "Jumlah nama dan nilai tidak sama",
        "Di kiri tanda = ada beberapa nama, tetapi jumlah nilai di kanannya berbeda.",
        "Samakan jumlah nama di kiri dengan jumlah nilai di kanan, atau isi satu nama per baris.",
    ),
    "several_columns": (
        "Beberapa kolom dengan satu kurung siku",
        "Beberapa nama kolom ditulis di dalam satu pasang kurung siku, sehingga dibaca sebagai satu kolom yang "
        "namanya gabungan.",
        'Untuk beberapa kolom, tulis daftar nama kolom di dalam kurung siku kedua: data[["platform", "jam"]].',
    ),
    "columns_missing": (
        "Kolom yang diminta tidak ada",
        "Kolom yang diminta tidak ada di tabel ini. Nama kolom harus ditulis persis sama, termasuk huruf besar "
        "dan kecil, spasi, serta garis bawah.",
        "Periksa ejaannya; tampilkan daftar kolom dengan `data.columns` (ganti data dengan nama tabel Anda).",
    ),
    "key_missing": (
        "Kunci atau kolom tidak ditemukan",
        "Kunci atau kolom $key tidak ditemukan.$close Nama kolom dan kunci kamus harus ditulis persis sama, "
        "termasuk huruf besar dan kecil, spasi, serta garis bawah.",
        "Periksa ejaannya; tampilkan daftar kolom tabel dengan `data.columns` (ganti data dengan nama tabel Anda).",
    ),
    "table_attribute": (
        "Nama sesudah titik pada tabel tidak ada",
        "Sebuah $kind tidak punya perintah atau kolom bernama `.$attr`.$close Sesudah tanda titik hanya boleh "
        "nama yang memang ada, ditulis persis.",
        'Periksa ejaan sesudah titik. Untuk kolom, lebih aman memakai kurung siku: data["$attr"].',
    ),
    "attribute": (
        "Nama sesudah titik tidak ada",
        "Sebuah $kind tidak punya perintah bernama `.$attr`.$close Sesudah tanda titik hanya boleh nama perintah "
        "yang memang ada untuk nilai itu.",
        "Periksa ejaan sesudah titik, dan periksa isi nama sebelum titik: mungkin isinya lain dari yang Anda kira.",
    ),
    "zero_division": (
        "Pembagian dengan nol",
        "Ada pembagian dengan nol: penyebutnya bernilai 0, sehingga hasilnya tidak dapat dihitung.",
        "Periksa penyebutnya (misalnya jangkauan atau jumlah pengikut) tidak bernilai 0.",
    ),
    "index_range": (
        "Urutan di luar jangkauan",
        "Butir yang diminta berada di luar ujung daftar atau tabel. Python mulai menghitung dari 0: butir "
        "pertama [0], butir kedua [1].",
        "Periksa angka di dalam kurung siku; butir terakhir dapat diambil dengan [-1].",
    ),
    "module_missing": (
        "Paket tidak ditemukan",
        "Paket `$module` tidak ada di lingkungan kursus ini.$close",
        "Periksa ejaannya. Semua yang diperlukan sesi ini sudah dimuat di sel pertama notebook: jalankan sel itu.",
    ),
    "file_missing": (
        "Berkas tidak ditemukan",
        "Berkas $file tidak ditemukan.",
        "Periksa nama berkas dan pastikan berkas ada di folder yang sama dengan notebook ini.",
    ),
    "interrupted": (
        "Sel dihentikan",
        "Sel ini dihentikan sebelum selesai, karena tombol Stop ditekan atau kernel diminta berhenti.",
        "Jalankan sel itu lagi. Bila sel tidak pernah selesai, tanyakan kepada instruktur atau pendamping.",
    ),
    "exit": (
        "Perintah keluar di notebook",
        "Sel ini memanggil perintah keluar (exit). Di notebook, perintah itu tidak diperlukan dan hanya "
        "menghentikan sel.",
        "Hapus baris itu, lalu jalankan sel ini lagi.",
    ),
    "memory": (
        "Memori tidak cukup",
        "Memori komputer tidak cukup untuk menjalankan sel ini.",
        "Tutup notebook lain yang tidak dipakai, pilih Kernel > Restart Kernel, lalu jalankan sel-sel dari awal.",
    ),
    "recursion": (
        "Perintah memanggil dirinya terus-menerus",
        "Sebuah perintah memanggil dirinya sendiri tanpa henti, biasanya karena nama perintah kursus ditimpa.",
        "Pilih Kernel > Restart Kernel, lalu jalankan sel-sel dari awal.",
    ),
    # By kind, when no specific mistake is recognised.
    "type_other": (
        "Jenis nilai tidak cocok",
        "Jenis nilai tidak cocok untuk perintah ini: misalnya teks di tempat angka, atau satu nilai di tempat daftar.",
        "Angka ditulis tanpa tanda petik dan teks diapit tanda petik; samakan bentuk nilai Anda dengan contoh "
        "di atas soal.",
    ),
    "value_other": (
        "Nilai tidak dapat digunakan",
        "Nilai yang diberikan tidak dapat digunakan oleh perintah ini, walaupun jenisnya sudah benar.",
        "Periksa lagi isi jawaban Anda dan samakan bentuknya dengan contoh di atas soal.",
    ),
    "lookup_other": (
        "Butir tidak ditemukan",
        "Butir atau kolom yang diminta tidak ditemukan.",
        "Periksa ejaan nama atau angka di dalam kurung siku.",
    ),
    "file_other": (
        "Berkas tidak dapat dibuka",
        "Sebuah berkas tidak dapat dibuka atau dibaca.",
        "Periksa nama berkasnya dan pastikan berkas ada di folder yang sama dengan notebook ini.",
    ),
    "other": (
        "Kesalahan lain",
        "Terjadi kesalahan saat sel ini dijalankan.",
        "Baca lagi sel ini dan bandingkan dengan contoh di atas soal; bila tetap buntu, tanyakan kepada "
        "instruktur atau pendamping.",
    ),
}

# The paragraph for an error no matcher recognised, by its kind (first match wins).
FALLBACKS: list[tuple[tuple[type[BaseException], ...], str]] = [
    ((TypeError,), "type_other"),
    ((ValueError, ArithmeticError), "value_other"),
    ((LookupError, AttributeError, NameError), "lookup_other"),
    ((OSError,), "file_other"),
]
