<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name></name>
    <message>
        <source> sesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Tambah masalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Tambah masalah baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Tambah tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – Sangat kurang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 angka; kosongkan bila tidak ada dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – Kurang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – Cukup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – Baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – Sangat baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat (jalan/gang/nomor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat dan kontak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analis Rehabilitasi/Staf Seksi Rehabilitasi/Pendamping Rehabilitasi/Peksos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apa yang dialami klien dan mengapa dirujuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada masalah. Tekan “Tambah masalah” untuk setiap masalah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada rencana tindakan. Tekan “Tambah tindakan”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum kawin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum tercapai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidang masalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bila keluarga tidak diketahui, tandai perlunya penelusuran keluarga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleh kosong, misalnya untuk pekerja migran yang dideportasi tanpa dokumen. Bila diisi: 16 angka, tanggal lahir dan jenis kelamin di dalamnya harus sesuai isian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan pertemuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan reasesmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan sesi konseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerai hidup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerai mati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoh: 003/002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoh: 0812 3456 7890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoh: Kota Tarakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoh: WNI, asal Sulawesi Selatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoh: ibu, suami, kakak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar layanan dan sumber daya yang tersedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar masalah hasil identifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar masalah klien beserta tingkat keparahannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dasar reasesmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datang sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilaksanakan oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilaksanakan oleh wajib dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma I-III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma IV/S1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direncanakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirujuk ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirujuk ke layanan terkait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen identitas klien bila ada (KTP/KK/paspor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekonomi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluasi konseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulir layanan sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulir layanan sosial terisi dan diagendakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulir layanan sosial yang telah terisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frekuensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya dari klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil dan tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil evaluasi dan keputusan tindak lanjut: selesai, konseling berlanjut, atau dirujuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil reasesmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil reasesmen permasalahan klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubungan dengan klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifikasi masalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identitas klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informasi dari keluarga atau pihak lain (hasil penelusuran keluarga)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informasi dikonfirmasi dari sumber selain klien bila memungkinkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informasi hanya didapat dari klien karena keluarga klien tidak diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informasi yang mengonfirmasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informasi yang mengonfirmasi, misalnya hasil penelusuran keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrumen identifikasi masalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi nama keluarga yang dapat dihubungi, atau centang “Keluarga tidak diketahui”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Islam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jadwal konseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jadwal sesi konseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalannya pertemuan, kesan awal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah sesi yang direncanakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Katolik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kawin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kedatangan dan rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kejujuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kekerasan dalam rumah tangga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kekerasan seksual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kekuatan dan sumber daya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kekuatan klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga tidak diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga tidak diketahui (tandai untuk penelusuran keluarga)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga yang dapat dihubungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga, teman, tabungan, layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga/perkawinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluhan dan kondisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluhan utama/alasan rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan/desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kemampuan, sikap, pengalaman yang membantu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepercayaan terhadap Tuhan YME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepolisian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerahasiaan dan batasannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesehatan fisik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesehatan jiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesepakatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesepakatan kejujuran dibuat di awal untuk mengatasi hambatan klien yang tidak jujur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesepakatan kejujuran klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesukarelaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kewarganegaraan/asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khonghucu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien bersedia mengungkapkan semua informasi dengan benar dan jujur, bukan kebohongan, selama proses konseling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien bertemu konselor yang ditugaskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien dan keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien dan konselor melakukan kesepakatan/kontrak untuk dilakukan konseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien dan konselor menyepakati jumlah sesi, frekuensi dan tempat konseling sebagaimana tercantum dalam kontrak ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien dan pihak lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien dipertemukan dengan konselor di shelter/ruang kerja peksos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien mengikuti konseling secara sukarela dan dapat menghentikannya kapan saja dengan memberi tahu konselor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien mengizinkan konselor atau pekerja sosial menghubungi dan menelusuri keluarga klien bila diperlukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien setuju datanya dicatat untuk keperluan layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien setuju dirujuk ke LK3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien tanpa dokumen (misalnya pekerja migran yang dideportasi) tetap dilayani; NIK boleh dikosongkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien tidak mau jujur dengan konselor atau pekerja sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komentar klien atas hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komentar klien atas proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komentar konselor atas hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komentar konselor atas proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kondisi fisik dan emosi saat datang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kondisi saat datang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konseling berlanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirujuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah {number} ({title}) belum selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konselor yang ditugaskan harus petugas aktif dengan peran konselor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivitas terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nama belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah ini melewati waktu standar SOP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konselor dan tim ahli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konselor menjaga kerahasiaan semua informasi klien, kecuali bila ada bahaya bagi keselamatan klien atau orang lain, atau bila diwajibkan oleh hukum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konselor yang ditugaskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontak perujuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrak bertanda tangan sudah diarsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrak konseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrak konseling disepakati dan ditandatangani klien dan konselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrak konseling yang disepakati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosongkan dan isi perkiraan umur bila tanggal lahir tidak diketahui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kota/kabupaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kristen Protestan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan terkait menurut SOP (Keterkaitan), atau layanan/instansi lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan/instansi lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lembar evaluasi konselor dan klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lembar kontrak konseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokasi arsip kontrak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masalah baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masalah baru yang ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masalah hasil identifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masalah yang dihadapi klien saat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masalah yang diidentifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masalah yang ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masyarakat/RT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melaksanakan identifikasi masalah yang dihadapi oleh klien saat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melakukan penelusuran keluarga agar informasi tidak hanya berasal dari klien sehingga benar-benar akurat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melakukan reasesmen atau penilaian kembali permasalahan yang dihadapi klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membuat kesepakatan di awal konseling agar semua informasi yang diungkapkan klien adalah benar dan bukan kebohongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengapa dirujuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengevaluasi jalannya proses dan hasil konseling (penilaian segera) oleh kedua belah pihak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menghubungi keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengisi formulir layanan sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyusun rencana tindakan dalam upaya memecahkan permasalahan yang dihadapi klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrasi/deportasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misalnya map kasus, lemari B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misalnya ruang konseling LK3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misalnya seminggu sekali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama keluarga yang dapat dihubungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama layanan atau instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama orang atau instansi yang merujuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama panggilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama perujuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama petugas yang mendampingi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama sesuai pengakuan atau dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan/kehilangan pekerjaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peksos/Konselor LK3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peksos/Konselor/Tim Ahli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelayanan sosial kedaruratan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendidikan terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengadministrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengasuhan anak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian klien atas hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian klien atas proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian konselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian konselor atas hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian konselor atas proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian segera oleh kedua belah pihak: konselor dan klien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penjelasan kerahasiaan dan batasannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyalahgunaan zat (NAPZA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perkiraan umur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perlu penelusuran keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan dirujuk ke LK3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan klien atas rencana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan klien untuk pencatatan data dan rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan klien untuk pencatatan data wajib dicentang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan pencatatan data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertemuan dengan konselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertemuan dilakukan di shelter atau ruang kerja pekerja sosial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertimbangan tim ahli bila diperlukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas dengan peran Peksos/Konselor LK3 atau Tim Ahli (menu Petugas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas pendamping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih kelurahan di Kota Tarakan atau ketik nama desa/kelurahan lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poin kontrak “{label}” harus disepakati sebelum konseling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poin yang disepakati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puskesmas (klien terlantar sakit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puskesmas/rumah sakit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasesmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasesmen dilakukan oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana tindakan tertulis dengan penanggung jawab dan target waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reunifikasi keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruang kerja pekerja sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruang pertemuan yang menjaga privasi klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rujukan Klien Stres ke LK3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rujukan Klien Stres ke Lembaga Konsultasi Kesejahteraan Keluarga (LK3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rujukan ODGJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S2/S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD/sederajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMA/SMK/sederajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMP/sederajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP Pelaksanaan Masuk dan Keluar Shelter/Rumah Singgah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP Pelaksanaan Rujukan Klien Terlantar Orang dengan Gangguan Jiwa (ODGJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP Pelaksanaan Rujukan Klien Terlantar Sakit ke Puskesmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP Pelayanan Reunifikasi Keluarga bagi Disabilitas Terlantar, Lanjut Usia Terlantar, Anak Terlantar, Gelandangan dan Pengemis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP Pelayanan Sosial dalam Kedaruratan bagi Lanjut Usia dan Anak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sedang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seksi Rehabilitasi Sosial dan Penanganan Warga Negara Migran Korban Tindak Kekerasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai (kasus ditutup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter/rumah singgah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber daya klien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber informasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat atau keterangan pengantar dari pihak perujuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambahkan paling sedikit satu masalah yang diidentifikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambahkan paling sedikit satu rencana tindakan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal kesepakatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal/jam kedatangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal/jam pertemuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tarakan Barat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tarakan Tengah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tarakan Timur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tarakan Utara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon, alamat atau unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempat konseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempat lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempat pertemuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempat tinggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teratasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tercapai sebagian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tercapai seluruhnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terkonfirmasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada masalah baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada masalah dari langkah identifikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak/belum sekolah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tim ahli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingkat keparahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tujuan tercapai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPTD PPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uraian masalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya — perlu penelusuran keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area} ({severity:lower}): {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— umum —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan kesalahan disimpan di {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terjadi kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {path} sedang dibuka oleh LK3 Desktop lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data sedang dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gunakan jendela yang sudah terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dua program pada satu berkas dapat saling menimpa isian. Tutup LK3 Desktop di komputer &quot;{computer}&quot; lalu coba lagi.

Jika komputer itu mati mendadak dan program di sana pasti sudah tidak berjalan, Anda dapat mengambil alih berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambil alih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambil alih berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pastikan LK3 Desktop di komputer &quot;{computer}&quot; sudah tidak berjalan. Ambil alih berkas ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat mengambil alih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci berkas {file} tidak dapat dilepas. Tutup program di komputer &quot;{computer}&quot; lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan terbaru yang selalu disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lalu satu per hari selama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lalu satu per minggu selama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lalu satu per bulan selama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: isi dengan angka bulat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: antara {low} dan {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulir Layanan Sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat Rujukan ke LK3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klien belum menyatakan setuju dirujuk ke LK3 (langkah {number}), sehingga surat rujukan belum dapat dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrak Konseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan Hasil Konseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen ini dapat dicetak setelah langkah {number} ({title}) selesai. Formulir kosong tetap dapat dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK harus 16 angka (sekarang {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode provinsi NIK ({code}) tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagian tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK menunjukkan jenis kelamin perempuan; periksa NIK atau jenis kelamin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK menunjukkan jenis kelamin laki-laki; periksa NIK atau jenis kelamin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK ({date}) tidak sama dengan tanggal lahir yang diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemerintah daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo (berkas gambar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kota penandatanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama LK3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan kepala dinas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama kepala dinas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pangkat/golongan kepala dinas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP kepala dinas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan kepala seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama kepala seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pangkat/golongan kepala seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP kepala seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukuran kertas bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pola nomor dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pola nomor harus memuat {seq} (nomor urut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pola nomor harus memuat {year} (tahun), karena nomor urut mulai lagi tiap tahun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pola nomor tidak dikenal: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor dokumen terlalu panjang (paling banyak {limit} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukuran kertas harus A4 atau F4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} terlalu panjang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran dalam SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP harus 18 angka (sekarang {length} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delapan angka pertama NIP harus tanggal lahir yang sah (TTTTBBHH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angka ke-13 dan ke-14 NIP (bulan pengangkatan) tidak sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu peran dalam SOP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} harus angka {low}–{high}{unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} bukan tanggal yang sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} tidak boleh setelah hari ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW ditulis sebagai angka, misalnya 003/002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} terlalu panjang ({n} karakter; paling banyak {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi tanggal lahir, atau perkiraan umur bila tanggal lahir tidak diketahui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir lebih dari 120 tahun yang lalu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} terlalu panjang ({length} karakter; paling banyak {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} tidak sah: gunakan 8–15 angka, misalnya 0812 3456 7890 atau +62 812 3456 7890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} harus {n} angka (sekarang {length} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {file} sedang dibuka oleh LK3 Desktop di komputer ini sejak {since} (proses {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {file} sedang dibuka oleh LK3 Desktop di komputer ini (proses {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {file} sedang dibuka oleh LK3 Desktop di komputer lain bernama &quot;{computer}&quot; sejak {since} (proses {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {file} sedang dibuka oleh LK3 Desktop di komputer lain bernama &quot;{computer}&quot; (proses {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder {folder} tidak dapat dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder {folder} tidak dapat ditulisi (hanya-baca atau tanpa izin). Salin berkas {file} ke folder yang dapat ditulisi, mis. Dokumen, lalu buka dari sana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} (langkah {steps})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} jam {m} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} hari {h} jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruang di {folder} penuh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} tidak dapat diakses lagi (flashdisk dicabut?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} tidak dapat ditulisi (hanya-baca atau tanpa izin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal menulis ke {folder} (kode galat {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal menulis ke {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder tujuan {folder} tidak ada atau tidak dapat diakses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salinan tidak lolos pemeriksaan, jadi basis data {name} sendiri kemungkinan rusak. Jangan timpa cadangan lama; pulihkan dari cadangan terakhir yang utuh (Berkas → Pulihkan dari cadangan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salinan tidak dapat diperiksa: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder cadangan {folder} tidak dapat dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan {when}: {cases} kasus, {size} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan {when}: {cases} kasus, perubahan terakhir {last}, {size} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {path} tidak ditemukan atau tidak dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} adalah folder; sebutkan berkas basis data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder {folder} tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas cadangan yang dipilih adalah basis data yang sedang dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan tidak dapat dipakai: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salinan hasil pemulihan tidak lolos pemeriksaan: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} sedang dipakai program lain; tutup program itu lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibuka (izin ditolak, atau sedang dikunci program lain seperti antivirus atau sinkronisasi awan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} rusak dan tidak dapat dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} rusak dan tidak dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca (izin ditolak, atau sedang dikunci program lain seperti antivirus atau sinkronisasi awan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas basis data tidak ditemukan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} adalah folder, bukan berkas basis data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} kosong (0 byte), bukan basis data LK3; mungkin salinan cadangan yang gagal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} bukan basis data LK3 Desktop (bukan berkas SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} rusak: kepala berkas terpotong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} adalah basis data SQLite kosong, bukan basis data LK3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} adalah basis data SQLite milik program lain, bukan LK3 Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} dibuat oleh versi LK3 Desktop yang lebih baru (skema {version}, program ini mengenal sampai {known}); perbarui program, berkas tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} atau foldernya tidak dapat ditulisi (hanya-baca atau tanpa izin). Salin berkas ke folder yang dapat ditulisi, mis. Dokumen, lalu buka dari sana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data baru tidak dapat dibuat di {folder} (folder hanya-baca, tanpa izin, atau penuh); pilih folder lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} rusak: pemeriksaan keutuhan menemukan {count} masalah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} rusak: {count} baris merujuk data yang tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} tidak lengkap: migrasi {migration} tercatat di versi tetapi tidak pernah dijalankan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} hilang atau tidak dapat dibaca lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: {name} utuh, {cases} kasus, {size} KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: {name} utuh, {cases} kasus, {size} KB; skema versi {version} akan diperbarui ke {new_version} saat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: {name} utuh, {cases} kasus, {size} KB; transaksi yang terputus (mati listrik/program berhenti) telah dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: {name} utuh, {cases} kasus, {size} KB; skema versi {version} akan diperbarui ke {new_version} saat dibuka; transaksi yang terputus (mati listrik/program berhenti) telah dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} memakai skema lama (versi {version}); buka sekali dengan LK3 Desktop agar diperbarui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data belum tersimpan: {reason} Isian di layar tidak hilang; coba simpan lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berkas basis data sedang dipakai program lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ruang penyimpanan di {folder} penuh; kosongkan sebagian lalu simpan lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berkas basis data {path} tidak ada lagi (dipindahkan, dihapus atau flashdisk dicabut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berkas basis data {name} atau foldernya tidak dapat ditulisi (hanya-baca atau tanpa izin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berkas basis data {name} tidak dapat ditulisi (ruang penuh, flashdisk dicabut atau disk bermasalah).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kesalahan basis data yang tidak dikenal (rinciannya di catatan kesalahan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data belum tersimpan: berkas basis data {path} tidak ada lagi di tempatnya (dipindahkan, dihapus atau flashdisk dicabut). Isian di layar belum tersimpan: kembalikan berkasnya, lalu tutup dan buka lagi program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data belum tersimpan: berkas basis data {path} telah diganti berkas lain saat program berjalan (mis. disalin dari cadangan). Agar tidak menulis ke berkas yang salah, tutup lalu buka lagi program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data belum tersimpan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status} · Langkah saat ini: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status} · Langkah terakhir: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelaksana SOP: {executor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilaksanakan oleh: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulai: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu: {taken} (standar {standard})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus {agenda} — LK3 Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanjutkan pengisian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan rincian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal menyimpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF tidak dapat disimpan di {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data LK3 (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak dokumen {agenda} — LK3 Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukuran kertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4/folio (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulir kosong (diisi tangan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoh: map kasus, lemari B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokasi arsip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat lokasi arsip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kertas bertanda tangan diarsipkan di:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pratinjau dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulir kosong: tanpa nomor agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor agenda diberikan saat dokumen dicetak atau disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor agenda: &lt;b&gt;{number}&lt;/b&gt;, {date} (sudah dicetak {count}×; cetak ulang memakai nomor yang sama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perhatian: huruf {letters} tidak ada di fon PDF dan akan tercetak sebagai kotak; tuliskan juga nama dalam huruf Latin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen belum dapat dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal mencatat di buku agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF tidak dapat disimpan: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal menyimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rujukan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanjutkan kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;hat kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Petugas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cetak dokumen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulir &amp;kosong…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buku agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;dangkan ke folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan &amp;kantor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka &amp;folder basis data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muat &amp;ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tentang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;etugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas aktif: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada petugas. Tambahkan petugas lewat menu Petugas (Ctrl+P) agar setiap isian tercatat atas nama petugas dan konselor dapat ditugaskan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nama, NIK atau nomor agenda…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu berkas ini memuat semua data. Untuk mencadangkan: tutup program lalu salin berkas ini, atau pakai Berkas → Cadangkan ke folder (program boleh tetap terbuka).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu berkas, lengkap dan aman disalin bila program ditutup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} dari {total} kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(belum dipilih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih Petugas aktif di kanan atas agar setiap isian tercatat atas nama Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanjutkan kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih dulu satu kasus di daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lihat kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder tidak dapat dibuka. Lokasinya:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangkan ke folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mencadangkan basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data di komputer ini tidak berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga; cadangan tidak dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memeriksa keutuhan salinan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan tidak dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan tersimpan di
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemulihan dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masih ada jendela yang belum ditutup. Tutup dulu jendela kasus dan dialog lain, lalu pulihkan lagi. Basis data tidak berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga saat memulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup dan buka lagi program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemulihan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data tidak berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data sebelumnya disimpan sebagai {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekerja tanpa internet. Basis data:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentang {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan otomatis gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data tetap utuh; cadangkan secara manual bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas basis data {file} rusak atau bukan basis data LK3, sehingga tidak dapat dibuka.

Berkas ini tidak akan dihapus: sebelum apa pun dipulihkan, salinannya yang persis disimpan di folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan utuh terbaru:
{summary}
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan cadangan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas cadangan lain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada cadangan utuh di {folder}. Jika ada cadangan di flashdisk, pilih berkasnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data rusak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan tidak dapat dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas yang rusak tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas yang rusak disimpan apa adanya sebagai {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa kasus yang dikerjakan sesudah tanggal cadangan itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan di {folder}. Basis data yang sekarang disimpan dulu sebagai salinan pengaman (&quot;sebelum-pulih&quot;), sehingga pemulihan dapat dibatalkan dengan memulihkan salinan itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih satu cadangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas lain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salinan pengaman sebelum pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data sekarang berisi {cases} kasus ({lost} kasus lebih banyak dari cadangan ini). Perubahan sesudah cadangan ini dibuat tidak akan ada di basis data yang dipulihkan (tetap ada di salinan pengaman).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data sekarang berisi {cases} kasus. Perubahan sesudah cadangan ini dibuat tidak akan ada di basis data yang dipulihkan (tetap ada di salinan pengaman).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat dipakai: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganti basis data sekarang ({cases} kasus) dengan cadangan ini?

Jendela kasus dan dialog yang terbuka ditutup dulu; isian yang belum tersimpan disimpan ke basis data sekarang, yang lalu disimpan utuh sebagai salinan pengaman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buku agenda dokumen — LK3 Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokasi arsip kertas bertanda tangan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan &amp;Buku Agenda (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan Buku Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepala dinas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepala seksi (“Mengetahui” pada surat rujukan dan catatan konseling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan kantor — LK3 Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pola nomor: {seq} nomor urut (mulai 1 tiap tahun), {seq3} nomor urut tiga angka, {roman_month} bulan Romawi, {month} bulan, {year} tahun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cadangan otomatis&lt;/b&gt; (dibuat saat program ditutup, paling banyak sekali sehari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cadangan; terakhir {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada cadangan otomatis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan yang tidak lagi termasuk aturan ini dihapus dari folder di atas. Salinan pengaman &quot;sebelum-pulih&quot; dan berkas lain di folder itu tidak pernah dihapus. Untuk cadangan di luar laptop: Berkas → Cadangkan ke folder (flashdisk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahasa baru berlaku saat program dibuka lagi. Dokumen cetak tetap berbahasa Indonesia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoh nomor pertama tahun ini: {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pola nomor belum benar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas — LK3 Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Petugas baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap dengan gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 angka; kosongkan bila bukan ASN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misalnya Pekerja Sosial Ahli Pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif (dapat dipilih sebagai pelaksana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (tidak aktif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan data petugas ini belum disimpan. Buang perubahan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— belum diisi —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pesan kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; &amp;lanjut &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; &amp;selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isian tersimpan otomatis sebagai draf. Ctrl+S menyimpan sekarang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah {n}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah {n}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rujukan baru — LK3 Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rujukan baru&lt;/b&gt;&lt;br&gt;Nomor agenda diberikan saat disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan belum valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan pada langkah {steps} yang sudah selesai belum lengkap atau belum benar, sehingga belum disimpan. Tutup dan buang perubahan ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data klien adalah data pribadi yang dilindungi (UU 27/2022); jelaskan kepada klien sebelum ia menyatakan setuju.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (bukan pelaksana langkah ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah {n} dari {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Standar SOP dan kelengkapan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pelaksana:&lt;/b&gt; {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kelengkapan&lt;/b&gt; (centang yang tersedia):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelengkapan: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Output:&lt;/b&gt; {output}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keterangan:&lt;/b&gt; {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hambatan:&lt;/b&gt; {obstacle}.&lt;br&gt;&lt;b&gt;Cara mengatasi:&lt;/b&gt; {remedy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;{taken} (melewati standar)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Waktu standar:&lt;/b&gt; {standard}&lt;br&gt;&lt;b&gt;Waktu digunakan:&lt;/b&gt; {taken}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah ini belum dapat diselesaikan. Lengkapi isian berikut:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
