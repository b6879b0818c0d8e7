"""Word lists of the clickbait checker (``course.engines.clickbait``).

Brief 4.3-4.4 (``../shared/domain/brief.md``); our synthesis, each list named for the
marker it serves. Day and month names come from ``course.vocabulary``.
"""

from __future__ import annotations

from course.vocabulary import BULAN, HARI

RUJUKAN_MAJU_AWAL = frozenset("ini inilah begini beginilah berikut berikutnya segini ternyata terungkap".split())
RUJUKAN_MAJU = frozenset("inilah begini beginilah segini berikut".split())
INI_WAKTU = frozenset(
    "hari malam pagi siang sore pekan minggu bulan tahun saat kali sejauh selama musim "
    "detik menit jam abad era dekade periode".split()
)
KEJUTAN = frozenset(
    "ternyata terungkap rupanya malah justru mendadak diam-diam tiba-tiba akhirnya nekat blak-blakan".split()
)
KEJUTAN_FRASA = (
    "tak disangka",
    "tidak disangka",
    "siapa sangka",
    "tak terduga",
    "tidak terduga",
    "tak hanya",
    "bukan cuma",
    "apa yang terjadi",
    "yang terjadi selanjutnya",
)
PENASARAN = frozenset(
    "alasan alasannya penyebab penyebabnya rahasia rahasianya fakta fakta-fakta cara caranya tips "
    "trik kisah kisahnya cerita ceritanya kronologi kronologinya sosok misteri deretan "
    "penjelasan penjelasannya jawaban jawabannya arti maksud makna pengakuan curhatan "
    "bocoran kabar penampakan nasib respons responsnya reaksi reaksinya hasilnya".split()
)
KATA_TANYA = frozenset(
    "apa apakah siapa siapakah bagaimana bagaimanakah kenapa mengapa kok benarkah "
    "betulkah kapan kapankah berapa berapakah manakah haruskah bisakah perlukah".split()
)
KATA_SERU = frozenset(
    "wow wah waduh aduh duh astaga astagfirullah astaghfirullah lho loh omg hah wih "
    "ya ampun innalillahi alamak busyet".split()
)
SERUAN_PEMBUKA = frozenset(
    "heboh viral sah geger gempar ngeri kocak miris sadis parah gawat mantap keren unik "
    "lucu ngakak haru sedih ironis kasihan terharu "
    "breaking terbongkar kaget menyedihkan mengejutkan".split()
)
HIPERBOLA = frozenset(
    "luar paling terbaik terburuk terparah termahal termurah terheboh tercantik terganteng "
    "terseksi terlucu teraneh terkeren terhebat dijamin wajib super sangat banget sekali "
    "sungguh benar-benar mengejutkan menghebohkan menggemparkan fantastis spektakuler "
    "dahsyat gila ajaib sempurna habis-habisan auto abis pol gokil parah bombastis "
    "menakjubkan mencengangkan".split()
)
EMOSI = frozenset(
    "kaget terkejut syok shock merinding melongo terharu haru baper nangis menangis sedih pilu "
    "miris ngeri takut ketakutan panik geram murka marah emosi kesal bangga gemas gemes bahagia "
    "ngakak kocak lucu salut takjub terpukau histeris tercengang meleleh galau tersentuh menyentuh "
    "mengharukan memilukan mengerikan menyeramkan menggemaskan menyedihkan memalukan "
    "menegangkan romantis mesra tragis sadis kejam seram horor".split()
)
GAUL = frozenset(
    "bikin nggak gak ga enggak ngga banget aja doang gue gua lu lo loe kepo baper kok sih dong "
    "deh nih tuh yuk gara-gara auto ngaku cuma pake udah emang kayak gini gitu bareng ogah santuy "
    "mager gaes guys kece ngakak nangis ngamuk ngambek nyesel ortu cewek cowok bokap nyokap "
    "emak-emak awak kalo gimana kenapa sama-sama ngefans ngebet ngidam salfok julid "
    "pengen pingin kepingin duit bete".split()
)
AJAKAN = frozenset(
    "simak simaklah cek lihat lihatlah intip tonton baca bacalah yuk ayo coba catat klik "
    "kepoin dengarkan buruan jangan cari temukan kenali ketahui pahami".split()
)
AJAKAN_FRASA = ("jangan kaget", "jangan lewatkan", "wajib tahu", "harus tahu", "perlu tahu", "wajib baca")
SAPAAN = frozenset("kamu kalian anda kau dirimu engkau".split())
BUKAN_MU = frozenset("ilmu jamu tamu temu bertemu ketemu menemu penemu pertemu jibaku".split())
DAFTAR = frozenset(
    "fakta zodiak cara hal potret manfaat tips foto alasan tempat gaya rahasia tanda film wisata "
    "jenis artis bahan pilihan idola idol rekomendasi kesalahan trik makanan minuman kebiasaan "
    "langkah kuliner lagu drama momen deretan ciri syarat destinasi inspirasi ide resep barang "
    "produk aplikasi kata pesan penyebab mitos rahasia hotel lokasi seleb selebriti pemain "
    "negara kota menu outfit model warna tanaman buah sayur olahraga".split()
)
ANGKA_KATA = frozenset("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belasan puluhan".split())
REAKSI = frozenset(
    "netizen netizens warganet viral sorotan disorot salfok tuai diserbu "
    "trending perbincangan diperbincangkan komentar reaksi respons tanggapan hujatan "
    "dihujat kritikan nyinyir pujian dipuji".split()
)
RINGAN = frozenset(
    "artis seleb selebriti selebritas selebgram youtuber influencer idol k-pop kpop drakor fans "
    "penggemar pacar kekasih mantan gebetan pacaran pernikahan menikah nikah cerai hamil "
    "melahirkan zodiak ramalan horoskop kecantikan cantik ganteng seksi tampan langsing kulit "
    "rambut wajah makeup make-up skincare busana outfit penampilan tampil mesra romantis liburan "
    "konser comeback member boyband girlband ootd fashion pamer curhat sindir akting syuting "
    "teaser gosip asmara cinta suami istri mertua bucin kencan jomblo lipstik parfum tas "
    "sepatu baju gaun".split()
)
VISUAL = frozenset(
    "video foto potret penampakan momen detik-detik rekaman gambar videonya fotonya "
    "potretnya terekam kamera cctv".split()
)
TOKOH_SAMAR = frozenset(
    "pria wanita seorang seseorang sosok bocah emak-emak cewek cowok gadis perempuan lelaki "
    "oknum pemuda remaja nenek kakek sang si".split()
)
AKTOR = frozenset(
    "pemkab pemprov pemkot pemda pemdes pemerintah bupati wabup wagub gubernur menteri presiden "
    "wapres dprd dpr dpd kpk kpu bawaslu polisi polri polda polres polsek kapolri kapolda kapolres "
    "kapolsek tni kodim korem bmkg bpbd bnpb basarnas dinas dinkes disdik diskominfo kominfo "
    "komdigi kementerian kemenkes kemensos kemendagri kemendikbud kemenkeu kemenhub kemenag "
    "kemenpan-rb kementan badan bank bi ojk bps mk ma jaksa kejaksaan kejagung kejati kejari hakim "
    "pengadilan satpol camat lurah kades sekda setda bappeda pertamina pln bumn bumd rsud "
    "puskesmas universitas rektor ketua kepala direktur dirut pansel komisi mendagri menkes "
    "menkeu mensos mendikbud menpora menhub menag menko wali wakil pj plt disdukcapil dinsos dishub "
    "disperindag dispora disnaker dlh dpmd bkpsdm bkd damkar bpkad inspektorat kecamatan "
    "kelurahan".split()
)
KERJA_BERITA = frozenset(
    "salurkan resmikan tetapkan targetkan gelar buka luncurkan bangun bagikan serahkan "
    "lantik tinjau imbau minta dorong pastikan siapkan tambah perpanjang tutup larang "
    "umumkan terbitkan sahkan setujui tolak tunda batalkan latih bentuk alokasikan cairkan "
    "ajukan usulkan bahas evaluasi periksa tangkap tahan amankan evakuasi padamkan tetapkan "
    "berikan terima kirim raih catat capai turun naik melemah menguat tewas rusak "
    "dilantik diresmikan ditetapkan disahkan ditangkap ditahan diperiksa dievakuasi "
    "ditunda dibuka ditutup digelar disalurkan dibangun dilaporkan divonis".split()
)
KERAS = frozenset(
    "uu ruu revisi perda perbup anggaran apbd apbn rupiah ihsg saham inflasi ekspor impor pajak "
    "retribusi tersangka korupsi sidang vonis terdakwa gempa longsor kebakaran karhutla "
    "asap pengungsi evakuasi demo unjuk rasa paripurna pelantikan pilkada pemilu pilpres tps "
    "partai koalisi fraksi kebijakan regulasi izin investasi ekonomi harga beras bbm listrik vaksin "
    "imunisasi stunting posyandu puskesmas bansos bantuan beasiswa liga piala skor klasemen timnas "
    "laga kualifikasi pertandingan infrastruktur tol jembatan bendungan irigasi pendidikan "
    "kesehatan pelayanan layanan program anggota rapat sidang hukum pidana polisi".split()
)
HARI_BULAN = frozenset(
    [*(h.lower() for h in HARI), *(b.lower() for b in BULAN), *"wib wita wit pukul besok kemarin".split()]
)
SATUAN = frozenset(
    "ton kg kilogram km kilometer meter hektare ha liter orang warga keluarga kk unit rumah juta "
    "miliar triliun ribu tps desa kecamatan sekolah persen pasien balita siswa peserta "
    "penerima mahasiswa petani nelayan pedagang umkm kendaraan titik lokasi korban jiwa".split()
)
