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
        <source>Konseling berlanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konselor</source>
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
        <source>— umum —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
