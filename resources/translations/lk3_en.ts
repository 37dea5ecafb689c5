<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name></name>
    <message>
        <source> sesi</source>
        <translation> sessions</translation>
    </message>
    <message>
        <source>Pilih folder untuk data klien kasus {number}</source>
        <translation>Choose a folder for the client data of case {number}</translation>
    </message>
    <message>
        <source>Data klien tidak dapat disimpan di {folder}: {error}.</source>
        <translation>The client data cannot be saved to {folder}: {error}.</translation>
    </message>
    <message>
        <source>Data klien kasus {number} tersimpan:
{json}
{pdf}

Berkas ini memuat data pribadi. Serahkan hanya kepada klien yang bersangkutan atau kuasanya, lalu hapus salinan yang tidak diperlukan lagi.</source>
        <translation>Client data of case {number} saved:
{json}
{pdf}

These files contain personal data. Give them only to the client concerned or their authorised representative, then delete any copies that are no longer needed.</translation>
    </message>
    <message>
        <source>Kasus lain dengan NIK yang sama: {numbers}. Bila orangnya sama, ekspor juga kasus itu.</source>
        <translation>Other cases with the same NIK: {numbers}. If it is the same person, export those cases too.</translation>
    </message>
    <message>
        <source>Masa simpan dan anonimisasi</source>
        <translation>Retention period and anonymisation</translation>
    </message>
    <message>
        <source>Nomor agenda</source>
        <translation>Agenda number</translation>
    </message>
    <message>
        <source>Tanggal ditutup</source>
        <translation>Date closed</translation>
    </message>
    <message>
        <source>Masa simpan berakhir</source>
        <translation>Retention period ended</translation>
    </message>
    <message>
        <source>Masa simpan dan anonimisasi — LK3 Desktop</source>
        <translation>Retention period and anonymisation — LK3 Desktop</translation>
    </message>
    <message>
        <source>Kasus yang sudah ditutup disimpan utuh selama masa simpan. Setelah masa itu berakhir, semua data yang dapat mengenali klien dihapus: nama, NIK, nomor KK, tempat dan tanggal lahir, alamat, telepon, keluarga, keluhan dan semua catatan. Yang tetap: nomor agenda, tanggal, status langkah, pilihan dari daftar (sumber rujukan, bidang masalah, penilaian, tindak lanjut), jenis kelamin, kelompok umur lima tahunan dan kecamatan.</source>
        <translation>Closed cases are kept in full for the retention period. Once that period has ended, all data that could identify the client is removed: name, NIK, family card (KK) number, place and date of birth, address, phone, family, complaints and all notes. What remains: agenda number, dates, step status, choices from lists (referral source, problem area, assessment, follow-up), sex, five-year age group and district (kecamatan).</translation>
    </message>
    <message>
        <source>Masa simpan setelah kasus ditutup:</source>
        <translation>Retention period after a case is closed:</translation>
    </message>
    <message>
        <source>Masa simpan</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <source>&amp;Simpan masa simpan</source>
        <translation>&amp;Save retention period</translation>
    </message>
    <message>
        <source>Anonimisasi terakhir belum selesai membersihkan berkas: versi lama data kasus itu mungkin masih tersisa di dalamnya.</source>
        <translation>The last anonymisation did not finish cleaning up the file: old versions of those cases&apos; data may still remain in it.</translation>
    </message>
    <message>
        <source>&amp;Bersihkan berkas</source>
        <translation>Clean &amp;up file</translation>
    </message>
    <message>
        <source>Kasus yang melewati masa simpan</source>
        <translation>Cases past the retention period</translation>
    </message>
    <message>
        <source>Pilih s&amp;emua</source>
        <translation>S&amp;elect all</translation>
    </message>
    <message>
        <source>&amp;Anonimkan…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
    <message>
        <source>{count} kasus sudah melewati masa simpan {years} tahun.</source>
        <translation>Cases past the retention period: {count} (period: {years} years).</translation>
    </message>
    <message>
        <source>Bersihkan berkas</source>
        <translation>Clean up file</translation>
    </message>
    <message>
        <source>Berkas sudah dibersihkan.</source>
        <translation>The file has been cleaned up.</translation>
    </message>
    <message>
        <source>{count} kasus akan dianonimkan. Nama, NIK, nomor KK, tempat dan tanggal lahir, alamat, telepon, keluarga, keluhan dan semua catatan kasus itu dihapus dari basis data ini, juga dari isi log audit.

Langkah ini TIDAK DAPAT DIBATALKAN. Cadangan yang dibuat sebelumnya masih memuat data itu: musnahkan cadangan lama sesuai masa simpan. Dokumen kertas dan PDF yang pernah dicetak juga harus dimusnahkan tersendiri.

Anonimkan sekarang?</source>
        <translation>Cases to be anonymised: {count}. The name, NIK, family card (KK) number, place and date of birth, address, phone, family, complaints and all notes of these cases will be removed from this database, and also from the contents of the audit log.

This CANNOT BE UNDONE. Backups made earlier still contain this data: destroy old backups in line with the retention period. Printed paper documents and saved PDFs must also be destroyed separately.

Anonymise now?</translation>
    </message>
    <message>
        <source>Anonimkan kasus</source>
        <translation>Anonymise cases</translation>
    </message>
    <message>
        <source>Anonimkan</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Menganonimkan kasus…</source>
        <translation>Anonymising cases…</translation>
    </message>
    <message>
        <source>{count} kasus sudah dianonimkan.</source>
        <translation>Cases anonymised: {count}.</translation>
    </message>
    <message>
        <source>{count} kasus telah dianonimkan.</source>
        <translation>Cases anonymised: {count}.</translation>
    </message>
    <message>
        <source>+ Tambah masalah</source>
        <translation>+ Add problem</translation>
    </message>
    <message>
        <source>+ Tambah masalah baru</source>
        <translation>+ Add new problem</translation>
    </message>
    <message>
        <source>+ Tambah tindakan</source>
        <translation>+ Add action</translation>
    </message>
    <message>
        <source>1 – Sangat kurang</source>
        <translation>1 – Very poor</translation>
    </message>
    <message>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>16 angka; kosongkan bila tidak ada dokumen</source>
        <translation>16 digits; leave empty if there is no document</translation>
    </message>
    <message>
        <source>2 – Kurang</source>
        <translation>2 – Poor</translation>
    </message>
    <message>
        <source>3 – Cukup</source>
        <translation>3 – Fair</translation>
    </message>
    <message>
        <source>4 – Baik</source>
        <translation>4 – Good</translation>
    </message>
    <message>
        <source>5 – Sangat baik</source>
        <translation>5 – Very good</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Akun petugas, pengaturan kantor, pemulihan cadangan, log audit, retensi data</source>
        <translation>Staff accounts, office settings, restoring backups, audit log, data retention</translation>
    </message>
    <message>
        <source>Alamat (jalan/gang/nomor)</source>
        <translation>Address (street/lane/number)</translation>
    </message>
    <message>
        <source>Alamat dan kontak</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <source>Alamat keluarga</source>
        <translation>Family address</translation>
    </message>
    <message>
        <source>Alasan rujukan</source>
        <translation>Reason for referral</translation>
    </message>
    <message>
        <source>Analis Rehabilitasi/Staf Seksi Rehabilitasi/Pendamping Rehabilitasi/Peksos</source>
        <translation>Rehabilitation analyst/section staff/assistant/Social worker (Peksos)</translation>
    </message>
    <message>
        <source>Apa yang dialami klien dan mengapa dirujuk</source>
        <translation>What the client has experienced and why they were referred</translation>
    </message>
    <message>
        <source>Belum ada masalah. Tekan “Tambah masalah” untuk setiap masalah.</source>
        <translation>No problems yet. Press “Add problem” for each problem.</translation>
    </message>
    <message>
        <source>Belum ada rencana tindakan. Tekan “Tambah tindakan”.</source>
        <translation>No action plan yet. Press “Add action”.</translation>
    </message>
    <message>
        <source>Belum kawin</source>
        <translation>Not married</translation>
    </message>
    <message>
        <source>Belum tercapai</source>
        <translation>Not yet achieved</translation>
    </message>
    <message>
        <source>Berat</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Berubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Bidang masalah</source>
        <translation>Problem area</translation>
    </message>
    <message>
        <source>Bila keluarga tidak diketahui, tandai perlunya penelusuran keluarga.</source>
        <translation>If the family is unknown, mark that family tracing is needed.</translation>
    </message>
    <message>
        <source>Boleh kosong, misalnya untuk pekerja migran yang dideportasi tanpa dokumen. Bila diisi: 16 angka, tanggal lahir dan jenis kelamin di dalamnya harus sesuai isian.</source>
        <translation>May be left empty, e.g. for deported migrant workers without documents. If filled in: 16 digits, and the date of birth and sex encoded in it must match the form.</translation>
    </message>
    <message>
        <source>Buddha</source>
        <translation>Buddhist</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Catatan pertemuan</source>
        <translation>Meeting notes</translation>
    </message>
    <message>
        <source>Catatan reasesmen</source>
        <translation>Reassessment notes</translation>
    </message>
    <message>
        <source>Catatan sesi konseling</source>
        <translation>Counseling session notes</translation>
    </message>
    <message>
        <source>Cerai hidup</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Cerai mati</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>Contoh: 003/002</source>
        <translation>Example: 003/002</translation>
    </message>
    <message>
        <source>Contoh: 0812 3456 7890</source>
        <translation>Example: 0812 3456 7890</translation>
    </message>
    <message>
        <source>Contoh: Kota Tarakan</source>
        <translation>Example: Kota Tarakan</translation>
    </message>
    <message>
        <source>Contoh: WNI, asal Sulawesi Selatan</source>
        <translation>Example: WNI (Indonesian citizen), from South Sulawesi</translation>
    </message>
    <message>
        <source>Contoh: ibu, suami, kakak</source>
        <translation>Example: mother, husband, older sibling</translation>
    </message>
    <message>
        <source>Daftar layanan dan sumber daya yang tersedia</source>
        <translation>List of available services and resources</translation>
    </message>
    <message>
        <source>Daftar masalah hasil identifikasi</source>
        <translation>List of identified problems</translation>
    </message>
    <message>
        <source>Daftar masalah klien beserta tingkat keparahannya</source>
        <translation>List of the client&apos;s problems with their severity</translation>
    </message>
    <message>
        <source>Dasar reasesmen</source>
        <translation>Basis for reassessment</translation>
    </message>
    <message>
        <source>Datang sendiri</source>
        <translation>Self-referred</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Dilaksanakan oleh</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <source>Dilaksanakan oleh wajib dipilih.</source>
        <translation>“Performed by” must be selected.</translation>
    </message>
    <message>
        <source>Diploma I-III</source>
        <translation>Diploma I–III</translation>
    </message>
    <message>
        <source>Diploma IV/S1</source>
        <translation>Diploma IV/Bachelor&apos;s degree (S1)</translation>
    </message>
    <message>
        <source>Direncanakan</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Dirujuk ke</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Dirujuk ke layanan terkait</source>
        <translation>Referred to a related service</translation>
    </message>
    <message>
        <source>Dokumen identitas klien bila ada (KTP/KK/paspor)</source>
        <translation>Client&apos;s identity documents, if any (KTP ID card/KK family card/passport)</translation>
    </message>
    <message>
        <source>Ekonomi</source>
        <translation>Economic</translation>
    </message>
    <message>
        <source>Evaluasi konseling</source>
        <translation>Counseling evaluation</translation>
    </message>
    <message>
        <source>Formulir layanan sosial</source>
        <translation>Social service form</translation>
    </message>
    <message>
        <source>Formulir layanan sosial terisi dan diagendakan</source>
        <translation>Social service form completed and entered in the agenda register</translation>
    </message>
    <message>
        <source>Formulir layanan sosial yang telah terisi</source>
        <translation>Completed social service form</translation>
    </message>
    <message>
        <source>Frekuensi</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Hanya dari klien</source>
        <translation>From the client only</translation>
    </message>
    <message>
        <source>Hasil dan tindak lanjut</source>
        <translation>Outcome and follow-up</translation>
    </message>
    <message>
        <source>Hasil evaluasi dan keputusan tindak lanjut: selesai, konseling berlanjut, atau dirujuk</source>
        <translation>Evaluation results and follow-up decision: completed, counseling continues, or referred</translation>
    </message>
    <message>
        <source>Hasil reasesmen</source>
        <translation>Reassessment result</translation>
    </message>
    <message>
        <source>Hasil reasesmen permasalahan klien</source>
        <translation>Reassessment results of the client&apos;s problems</translation>
    </message>
    <message>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <source>Hubungan dengan klien</source>
        <translation>Relationship to the client</translation>
    </message>
    <message>
        <source>Hukum</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Identifikasi masalah</source>
        <translation>Problem identification</translation>
    </message>
    <message>
        <source>Identitas klien</source>
        <translation>Client identity</translation>
    </message>
    <message>
        <source>Informasi dari keluarga atau pihak lain (hasil penelusuran keluarga)</source>
        <translation>Information from family or other parties (results of family tracing)</translation>
    </message>
    <message>
        <source>Informasi dikonfirmasi dari sumber selain klien bila memungkinkan.</source>
        <translation>Information is confirmed from sources other than the client where possible.</translation>
    </message>
    <message>
        <source>Informasi hanya didapat dari klien karena keluarga klien tidak diketahui</source>
        <translation>Information comes only from the client because the client&apos;s family is unknown</translation>
    </message>
    <message>
        <source>Informasi yang mengonfirmasi</source>
        <translation>Confirming information</translation>
    </message>
    <message>
        <source>Informasi yang mengonfirmasi, misalnya hasil penelusuran keluarga</source>
        <translation>Confirming information, e.g. results of family tracing</translation>
    </message>
    <message>
        <source>Instansi lain</source>
        <translation>Other agency</translation>
    </message>
    <message>
        <source>Instrumen identifikasi masalah</source>
        <translation>Problem identification instrument</translation>
    </message>
    <message>
        <source>Isi nama keluarga yang dapat dihubungi, atau centang “Keluarga tidak diketahui”.</source>
        <translation>Enter the name of a family member who can be contacted, or tick “Family unknown”.</translation>
    </message>
    <message>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <source>Jadwal konseling</source>
        <translation>Counseling schedule</translation>
    </message>
    <message>
        <source>Jadwal sesi konseling</source>
        <translation>Counseling session schedule</translation>
    </message>
    <message>
        <source>Jalannya pertemuan, kesan awal</source>
        <translation>How the meeting went, first impressions</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Jumlah sesi yang direncanakan</source>
        <translation>Number of planned sessions</translation>
    </message>
    <message>
        <source>Katolik</source>
        <translation>Catholic</translation>
    </message>
    <message>
        <source>Kawin</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <source>Kedatangan dan rujukan</source>
        <translation>Arrival and referral</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kejujuran</source>
        <translation>Honesty</translation>
    </message>
    <message>
        <source>Kekerasan dalam rumah tangga</source>
        <translation>Domestic violence</translation>
    </message>
    <message>
        <source>Kekerasan seksual</source>
        <translation>Sexual violence</translation>
    </message>
    <message>
        <source>Kekuatan dan sumber daya</source>
        <translation>Strengths and resources</translation>
    </message>
    <message>
        <source>Kekuatan klien</source>
        <translation>Client&apos;s strengths</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Keluarga tidak diketahui</source>
        <translation>Family unknown</translation>
    </message>
    <message>
        <source>Keluarga tidak diketahui (tandai untuk penelusuran keluarga)</source>
        <translation>Family unknown (mark for family tracing)</translation>
    </message>
    <message>
        <source>Keluarga yang dapat dihubungi</source>
        <translation>Family contact</translation>
    </message>
    <message>
        <source>Keluarga, teman, tabungan, layanan</source>
        <translation>Family, friends, savings, services</translation>
    </message>
    <message>
        <source>Keluarga/perkawinan</source>
        <translation>Family/marriage</translation>
    </message>
    <message>
        <source>Keluhan dan kondisi</source>
        <translation>Complaints and condition</translation>
    </message>
    <message>
        <source>Keluhan utama/alasan rujukan</source>
        <translation>Main complaint/reason for referral</translation>
    </message>
    <message>
        <source>Kelurahan/desa</source>
        <translation>Urban village/village (kelurahan/desa)</translation>
    </message>
    <message>
        <source>Kemampuan, sikap, pengalaman yang membantu</source>
        <translation>Skills, attitudes, experiences that help</translation>
    </message>
    <message>
        <source>Kepala Seksi</source>
        <translation>Section head (Kepala Seksi)</translation>
    </message>
    <message>
        <source>Kepercayaan terhadap Tuhan YME</source>
        <translation>Belief in One Almighty God (Kepercayaan)</translation>
    </message>
    <message>
        <source>Kepolisian</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Kerahasiaan dan batasannya</source>
        <translation>Confidentiality and its limits</translation>
    </message>
    <message>
        <source>Kesehatan fisik</source>
        <translation>Physical health</translation>
    </message>
    <message>
        <source>Kesehatan jiwa</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>Kesepakatan</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Kesepakatan kejujuran dibuat di awal untuk mengatasi hambatan klien yang tidak jujur.</source>
        <translation>An honesty agreement is made at the start to overcome the obstacle of a client who is not honest.</translation>
    </message>
    <message>
        <source>Kesepakatan kejujuran klien</source>
        <translation>Client honesty agreement</translation>
    </message>
    <message>
        <source>Kesukarelaan</source>
        <translation>Voluntary participation</translation>
    </message>
    <message>
        <source>Kewarganegaraan/asal</source>
        <translation>Nationality/origin</translation>
    </message>
    <message>
        <source>Khonghucu</source>
        <translation>Confucian</translation>
    </message>
    <message>
        <source>Klien bersedia mengungkapkan semua informasi dengan benar dan jujur, bukan kebohongan, selama proses konseling.</source>
        <translation>The client agrees to disclose all information truthfully and honestly, without lies, throughout the counseling process.</translation>
    </message>
    <message>
        <source>Klien bertemu konselor yang ditugaskan</source>
        <translation>The client meets the assigned counselor</translation>
    </message>
    <message>
        <source>Klien dan keluarga</source>
        <translation>Client and family</translation>
    </message>
    <message>
        <source>Klien dan konselor melakukan kesepakatan/kontrak untuk dilakukan konseling</source>
        <translation>Client and counselor make an agreement/contract for counseling</translation>
    </message>
    <message>
        <source>Klien dan konselor menyepakati jumlah sesi, frekuensi dan tempat konseling sebagaimana tercantum dalam kontrak ini.</source>
        <translation>The client and counselor agree on the number of sessions, frequency and place of counseling as stated in this contract.</translation>
    </message>
    <message>
        <source>Klien dan pihak lain</source>
        <translation>Client and other parties</translation>
    </message>
    <message>
        <source>Klien dipertemukan dengan konselor di shelter/ruang kerja peksos</source>
        <translation>The client is brought to meet the counselor at the shelter/social worker&apos;s office</translation>
    </message>
    <message>
        <source>Klien mengikuti konseling secara sukarela dan dapat menghentikannya kapan saja dengan memberi tahu konselor.</source>
        <translation>The client takes part in counseling voluntarily and may stop at any time by telling the counselor.</translation>
    </message>
    <message>
        <source>Klien mengizinkan konselor atau pekerja sosial menghubungi dan menelusuri keluarga klien bila diperlukan.</source>
        <translation>The client allows the counselor or social worker to contact and trace the client&apos;s family if needed.</translation>
    </message>
    <message>
        <source>Klien setuju datanya dicatat untuk keperluan layanan</source>
        <translation>The client agrees to data recording for the service</translation>
    </message>
    <message>
        <source>Klien setuju dirujuk ke LK3</source>
        <translation>The client agrees to be referred to LK3</translation>
    </message>
    <message>
        <source>Klien tanpa dokumen (misalnya pekerja migran yang dideportasi) tetap dilayani; NIK boleh dikosongkan.</source>
        <translation>Clients without documents (e.g. deported migrant workers) are still served; NIK may be left empty.</translation>
    </message>
    <message>
        <source>Klien tidak mau jujur dengan konselor atau pekerja sosial</source>
        <translation>The client is unwilling to be honest with the counselor or social worker</translation>
    </message>
    <message>
        <source>Komentar klien atas hasil</source>
        <translation>Client&apos;s comments on the outcome</translation>
    </message>
    <message>
        <source>Komentar klien atas proses</source>
        <translation>Client&apos;s comments on the process</translation>
    </message>
    <message>
        <source>Komentar konselor atas hasil</source>
        <translation>Counselor&apos;s comments on the outcome</translation>
    </message>
    <message>
        <source>Komentar konselor atas proses</source>
        <translation>Counselor&apos;s comments on the process</translation>
    </message>
    <message>
        <source>Kondisi fisik dan emosi saat datang</source>
        <translation>Physical and emotional condition on arrival</translation>
    </message>
    <message>
        <source>Kondisi saat datang</source>
        <translation>Condition on arrival</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Konseling berlanjut</source>
        <translation>Counseling continues</translation>
    </message>
    <message>
        <source>Dirujuk</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Tulis alasan pembatalan (minimal 5 huruf), misalnya &quot;Terdaftar dua kali&quot;.</source>
        <translation>Write the reason for cancelling (at least 5 letters), e.g. &quot;Registered twice&quot;.</translation>
    </message>
    <message>
        <source>Langkah {number} ({title}) belum selesai.</source>
        <translation>Step {number} ({title}) is not finished.</translation>
    </message>
    <message>
        <source>Konselor yang ditugaskan harus petugas aktif dengan peran konselor.</source>
        <translation>The assigned counselor must be an active staff member with the counselor role.</translation>
    </message>
    <message>
        <source>No. agenda</source>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <source>Nama klien</source>
        <translation>Client name</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Konselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>Aktivitas terakhir</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Waktu SOP</source>
        <translation>SOP time</translation>
    </message>
    <message>
        <source>Batalkan kasus {number}</source>
        <translation>Cancel case {number}</translation>
    </message>
    <message>
        <source>Kasus {number} ({name}) akan dibatalkan. Nomor agendanya tetap tercatat dan dokumen yang sudah dicetak tetap ada di buku agenda; kasus ini tidak dapat diubah lagi dan tidak tampil di daftar kecuali Anda memilih status Dibatalkan. Log audit mencatat siapa yang membatalkan dan alasannya.</source>
        <translation>Case {number} ({name}) will be cancelled. Its agenda number stays recorded and documents already printed stay in the register; the case can no longer be changed and is not shown in the list unless you choose the status Cancelled. The audit log records who cancelled it and why.</translation>
    </message>
    <message>
        <source>(nama belum diisi)</source>
        <translation>(name not filled in)</translation>
    </message>
    <message>
        <source>&amp;Alasan pembatalan *</source>
        <translation>&amp;Reason for cancelling *</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Misalnya: terdaftar dua kali, salah tekan Rujukan baru, klien tidak jadi dirujuk</source>
        <translation>E.g.: registered twice, New referral pressed by mistake, client not referred after all</translation>
    </message>
    <message>
        <source>&amp;Batalkan kasus</source>
        <translation>&amp;Cancel case</translation>
    </message>
    <message>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Langkah ini melewati waktu standar SOP.</source>
        <translation>This step has exceeded the SOP standard time.</translation>
    </message>
    <message>
        <source>Konselor dan tim ahli</source>
        <translation>Counselor and expert team</translation>
    </message>
    <message>
        <source>Konselor menjaga kerahasiaan semua informasi klien, kecuali bila ada bahaya bagi keselamatan klien atau orang lain, atau bila diwajibkan oleh hukum.</source>
        <translation>The counselor keeps all client information confidential, except where there is a danger to the safety of the client or others, or where required by law.</translation>
    </message>
    <message>
        <source>Konselor yang ditugaskan</source>
        <translation>Assigned counselor</translation>
    </message>
    <message>
        <source>Kontak perujuk</source>
        <translation>Referrer&apos;s contact</translation>
    </message>
    <message>
        <source>Kontrak bertanda tangan sudah diarsipkan</source>
        <translation>Signed contract has been filed</translation>
    </message>
    <message>
        <source>Kontrak konseling</source>
        <translation>Counseling contract</translation>
    </message>
    <message>
        <source>Kontrak konseling disepakati dan ditandatangani klien dan konselor</source>
        <translation>Counseling contract agreed and signed by the client and the counselor</translation>
    </message>
    <message>
        <source>Kontrak konseling yang disepakati</source>
        <translation>Agreed counseling contract</translation>
    </message>
    <message>
        <source>Kosongkan dan isi perkiraan umur bila tanggal lahir tidak diketahui.</source>
        <translation>Leave empty and enter an estimated age if the date of birth is unknown.</translation>
    </message>
    <message>
        <source>Kota/kabupaten</source>
        <translation>City/regency</translation>
    </message>
    <message>
        <source>Kristen Protestan</source>
        <translation>Protestant</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Layanan terkait menurut SOP (Keterkaitan), atau layanan/instansi lain.</source>
        <translation>Related services under the SOP (“Keterkaitan”), or another service/agency.</translation>
    </message>
    <message>
        <source>Layanan/instansi lain</source>
        <translation>Other service/agency</translation>
    </message>
    <message>
        <source>Lembar evaluasi konselor dan klien</source>
        <translation>Counselor and client evaluation sheet</translation>
    </message>
    <message>
        <source>Lembar kontrak konseling</source>
        <translation>Counseling contract sheet</translation>
    </message>
    <message>
        <source>Lokasi arsip kontrak</source>
        <translation>Contract filing location</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Masalah baru</source>
        <translation>New problem</translation>
    </message>
    <message>
        <source>Masalah baru yang ditemukan</source>
        <translation>New problems found</translation>
    </message>
    <message>
        <source>Masalah hasil identifikasi</source>
        <translation>Problems from identification</translation>
    </message>
    <message>
        <source>Masalah yang dihadapi klien saat ini</source>
        <translation>Problems the client currently faces</translation>
    </message>
    <message>
        <source>Masalah yang diidentifikasi</source>
        <translation>Identified problems</translation>
    </message>
    <message>
        <source>Masalah yang ditangani</source>
        <translation>Problem addressed</translation>
    </message>
    <message>
        <source>Masyarakat/RT</source>
        <translation>Community/neighbourhood (RT)</translation>
    </message>
    <message>
        <source>Melaksanakan identifikasi masalah yang dihadapi oleh klien saat ini</source>
        <translation>Identify the problems the client currently faces</translation>
    </message>
    <message>
        <source>Melakukan penelusuran keluarga agar informasi tidak hanya berasal dari klien sehingga benar-benar akurat</source>
        <translation>Trace the family so that the information does not come only from the client and is truly accurate</translation>
    </message>
    <message>
        <source>Melakukan reasesmen atau penilaian kembali permasalahan yang dihadapi klien</source>
        <translation>Reassess, i.e. re-evaluate, the problems the client faces</translation>
    </message>
    <message>
        <source>Membaca seluruh kasus, mengetahui dan menandatangani, laporan, log audit, ekspor data klien</source>
        <translation>Reading all cases, acknowledging and signing, reports, audit log, exporting client data</translation>
    </message>
    <message>
        <source>Membuat kesepakatan di awal konseling agar semua informasi yang diungkapkan klien adalah benar dan bukan kebohongan</source>
        <translation>Make an agreement at the start of counseling that all information the client discloses is true and not a lie</translation>
    </message>
    <message>
        <source>Mengapa dirujuk</source>
        <translation>Why referred</translation>
    </message>
    <message>
        <source>Mengevaluasi jalannya proses dan hasil konseling (penilaian segera) oleh kedua belah pihak</source>
        <translation>Both parties evaluate the counseling process and outcome (immediate assessment)</translation>
    </message>
    <message>
        <source>Menghubungi keluarga</source>
        <translation>Contacting the family</translation>
    </message>
    <message>
        <source>Mengisi formulir layanan sosial</source>
        <translation>Fill in the social service form</translation>
    </message>
    <message>
        <source>Menyusun rencana tindakan dalam upaya memecahkan permasalahan yang dihadapi klien</source>
        <translation>Draw up an action plan to solve the problems the client faces</translation>
    </message>
    <message>
        <source>Migrasi/deportasi</source>
        <translation>Migration/deportation</translation>
    </message>
    <message>
        <source>Misalnya map kasus, lemari B</source>
        <translation>E.g. case folder, cabinet B</translation>
    </message>
    <message>
        <source>Misalnya ruang konseling LK3</source>
        <translation>E.g. LK3 counseling room</translation>
    </message>
    <message>
        <source>Misalnya seminggu sekali</source>
        <translation>E.g. once a week</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama keluarga yang dapat dihubungi</source>
        <translation>Name of a family member who can be contacted</translation>
    </message>
    <message>
        <source>Nama layanan atau instansi</source>
        <translation>Name of the service or agency</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Nama orang atau instansi yang merujuk</source>
        <translation>Name of the referring person or agency</translation>
    </message>
    <message>
        <source>Nama panggilan</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Nama perujuk</source>
        <translation>Referrer&apos;s name</translation>
    </message>
    <message>
        <source>Nama petugas yang mendampingi</source>
        <translation>Name of the accompanying staff member</translation>
    </message>
    <message>
        <source>Nama sesuai pengakuan atau dokumen</source>
        <translation>Name as stated or as on documents</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>Family card (KK) number</translation>
    </message>
    <message>
        <source>Nomor telepon</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Pekerjaan/kehilangan pekerjaan</source>
        <translation>Work/job loss</translation>
    </message>
    <message>
        <source>Peksos/Konselor LK3</source>
        <translation>Social worker (Peksos)/LK3 counselor</translation>
    </message>
    <message>
        <source>Peksos/Konselor/Tim Ahli</source>
        <translation>Social worker (Peksos)/Counselor/Expert team</translation>
    </message>
    <message>
        <source>Pelayanan sosial kedaruratan</source>
        <translation>Emergency social services</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <source>Pengadministrasi</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Pengasuhan anak</source>
        <translation>Childcare/parenting</translation>
    </message>
    <message>
        <source>Penilaian klien</source>
        <translation>Client&apos;s assessment</translation>
    </message>
    <message>
        <source>Penilaian klien atas hasil</source>
        <translation>Client&apos;s rating of the outcome</translation>
    </message>
    <message>
        <source>Penilaian klien atas proses</source>
        <translation>Client&apos;s rating of the process</translation>
    </message>
    <message>
        <source>Penilaian konselor</source>
        <translation>Counselor&apos;s assessment</translation>
    </message>
    <message>
        <source>Penilaian konselor atas hasil</source>
        <translation>Counselor&apos;s rating of the outcome</translation>
    </message>
    <message>
        <source>Penilaian konselor atas proses</source>
        <translation>Counselor&apos;s rating of the process</translation>
    </message>
    <message>
        <source>Penilaian segera oleh kedua belah pihak: konselor dan klien.</source>
        <translation>Immediate assessment by both parties: counselor and client.</translation>
    </message>
    <message>
        <source>Penjelasan kerahasiaan dan batasannya</source>
        <translation>Explanation of confidentiality and its limits</translation>
    </message>
    <message>
        <source>Penyalahgunaan zat (NAPZA)</source>
        <translation>Substance abuse (NAPZA)</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Perkiraan umur</source>
        <translation>Estimated age</translation>
    </message>
    <message>
        <source>Perlu penelusuran keluarga</source>
        <translation>Family tracing needed</translation>
    </message>
    <message>
        <source>Persetujuan dirujuk ke LK3</source>
        <translation>Consent to referral to LK3</translation>
    </message>
    <message>
        <source>Persetujuan klien</source>
        <translation>Client&apos;s consent</translation>
    </message>
    <message>
        <source>Persetujuan klien atas rencana</source>
        <translation>Client&apos;s consent to the plan</translation>
    </message>
    <message>
        <source>Persetujuan klien untuk pencatatan data dan rujukan</source>
        <translation>Client&apos;s consent to data recording and referral</translation>
    </message>
    <message>
        <source>Persetujuan klien untuk pencatatan data wajib dicentang.</source>
        <translation>The client&apos;s consent to data recording must be ticked.</translation>
    </message>
    <message>
        <source>Persetujuan pencatatan data</source>
        <translation>Consent to data recording</translation>
    </message>
    <message>
        <source>Pertemuan dengan konselor</source>
        <translation>Meeting the counselor</translation>
    </message>
    <message>
        <source>Pertemuan dilakukan di shelter atau ruang kerja pekerja sosial.</source>
        <translation>The meeting takes place at the shelter or in the social worker&apos;s office.</translation>
    </message>
    <message>
        <source>Pertimbangan tim ahli bila diperlukan</source>
        <translation>Expert team&apos;s advice if needed</translation>
    </message>
    <message>
        <source>Petugas dengan peran Peksos/Konselor LK3 atau Tim Ahli (menu Petugas).</source>
        <translation>Staff with the role Social worker (Peksos)/LK3 counselor or Expert team (Staff menu).</translation>
    </message>
    <message>
        <source>Petugas pendamping</source>
        <translation>Accompanying staff member</translation>
    </message>
    <message>
        <source>Pilih kelurahan di Kota Tarakan atau ketik nama desa/kelurahan lain.</source>
        <translation>Choose a kelurahan in Kota Tarakan or type the name of another village/kelurahan.</translation>
    </message>
    <message>
        <source>Poin kontrak “{label}” harus disepakati sebelum konseling.</source>
        <translation>Contract point “{label}” must be agreed before counseling.</translation>
    </message>
    <message>
        <source>Poin yang disepakati</source>
        <translation>Agreed points</translation>
    </message>
    <message>
        <source>Puskesmas (klien terlantar sakit)</source>
        <translation>Puskesmas (sick neglected clients)</translation>
    </message>
    <message>
        <source>Puskesmas/rumah sakit</source>
        <translation>Puskesmas/hospital</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Reasesmen</source>
        <translation>Reassessment</translation>
    </message>
    <message>
        <source>Reasesmen dilakukan oleh</source>
        <translation>Reassessment performed by</translation>
    </message>
    <message>
        <source>Rencana tindakan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Rencana tindakan tertulis dengan penanggung jawab dan target waktu</source>
        <translation>Written action plan with persons responsible and target dates</translation>
    </message>
    <message>
        <source>Reunifikasi keluarga</source>
        <translation>Family reunification</translation>
    </message>
    <message>
        <source>Ringan</source>
        <translation>Mild</translation>
    </message>
    <message>
        <source>Ruang kerja pekerja sosial</source>
        <translation>Social worker&apos;s office</translation>
    </message>
    <message>
        <source>Ruang pertemuan yang menjaga privasi klien</source>
        <translation>Meeting room that protects the client&apos;s privacy</translation>
    </message>
    <message>
        <source>Rujukan Klien Stres ke LK3</source>
        <translation>Referral of Clients under Stress to LK3</translation>
    </message>
    <message>
        <source>Rujukan Klien Stres ke Lembaga Konsultasi Kesejahteraan Keluarga (LK3)</source>
        <translation>Referral of Clients under Stress to the Family Welfare Consultation Institute (LK3)</translation>
    </message>
    <message>
        <source>Rujukan ODGJ</source>
        <translation>Referral of persons with mental disorders (ODGJ)</translation>
    </message>
    <message>
        <source>S2/S3</source>
        <translation>Master&apos;s/doctorate (S2/S3)</translation>
    </message>
    <message>
        <source>SD/sederajat</source>
        <translation>Primary school or equivalent (SD)</translation>
    </message>
    <message>
        <source>SMA/SMK/sederajat</source>
        <translation>Senior high/vocational school or equivalent (SMA/SMK)</translation>
    </message>
    <message>
        <source>SMP/sederajat</source>
        <translation>Junior high school or equivalent (SMP)</translation>
    </message>
    <message>
        <source>SOP Pelaksanaan Masuk dan Keluar Shelter/Rumah Singgah</source>
        <translation>SOP for admission to and discharge from the shelter/halfway house</translation>
    </message>
    <message>
        <source>SOP Pelaksanaan Rujukan Klien Terlantar Orang dengan Gangguan Jiwa (ODGJ)</source>
        <translation>SOP for referring neglected clients with mental disorders (ODGJ)</translation>
    </message>
    <message>
        <source>SOP Pelaksanaan Rujukan Klien Terlantar Sakit ke Puskesmas</source>
        <translation>SOP for referring sick neglected clients to the Puskesmas</translation>
    </message>
    <message>
        <source>SOP Pelayanan Reunifikasi Keluarga bagi Disabilitas Terlantar, Lanjut Usia Terlantar, Anak Terlantar, Gelandangan dan Pengemis</source>
        <translation>SOP for family reunification services for neglected persons with disabilities, neglected older persons, neglected children, homeless people and beggars</translation>
    </message>
    <message>
        <source>SOP Pelayanan Sosial dalam Kedaruratan bagi Lanjut Usia dan Anak</source>
        <translation>SOP for emergency social services for older persons and children</translation>
    </message>
    <message>
        <source>Sedang</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Seksi Rehabilitasi Sosial dan Penanganan Warga Negara Migran Korban Tindak Kekerasan</source>
        <translation>Section for Social Rehabilitation and Handling of Migrant Citizens Who Are Victims of Violence</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Selesai (kasus ditutup)</source>
        <translation>Completed (case closed)</translation>
    </message>
    <message>
        <source>Shelter/rumah singgah</source>
        <translation>Shelter/halfway house</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Sumber daya klien</source>
        <translation>Client&apos;s resources</translation>
    </message>
    <message>
        <source>Sumber informasi</source>
        <translation>Source of information</translation>
    </message>
    <message>
        <source>Sumber rujukan</source>
        <translation>Referral source</translation>
    </message>
    <message>
        <source>Surat atau keterangan pengantar dari pihak perujuk</source>
        <translation>Covering letter or note from the referring party</translation>
    </message>
    <message>
        <source>Tambahkan paling sedikit satu masalah yang diidentifikasi.</source>
        <translation>Add at least one identified problem.</translation>
    </message>
    <message>
        <source>Tambahkan paling sedikit satu rencana tindakan.</source>
        <translation>Add at least one planned action.</translation>
    </message>
    <message>
        <source>Tanggal kesepakatan</source>
        <translation>Date of agreement</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Tanggal target</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Tanggal/jam kedatangan</source>
        <translation>Date/time of arrival</translation>
    </message>
    <message>
        <source>Tanggal/jam pertemuan</source>
        <translation>Date/time of meeting</translation>
    </message>
    <message>
        <source>Tarakan Barat</source>
        <translation>Tarakan Barat</translation>
    </message>
    <message>
        <source>Tarakan Tengah</source>
        <translation>Tarakan Tengah</translation>
    </message>
    <message>
        <source>Tarakan Timur</source>
        <translation>Tarakan Timur</translation>
    </message>
    <message>
        <source>Tarakan Utara</source>
        <translation>Tarakan Utara</translation>
    </message>
    <message>
        <source>Telepon keluarga</source>
        <translation>Family phone</translation>
    </message>
    <message>
        <source>Telepon, alamat atau unit kerja</source>
        <translation>Phone, address or work unit</translation>
    </message>
    <message>
        <source>Tempat konseling</source>
        <translation>Counseling venue</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tempat lain</source>
        <translation>Other place</translation>
    </message>
    <message>
        <source>Tempat pertemuan</source>
        <translation>Meeting place</translation>
    </message>
    <message>
        <source>Tempat tinggal</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Teratasi</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Tercapai sebagian</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <source>Tercapai seluruhnya</source>
        <translation>Fully achieved</translation>
    </message>
    <message>
        <source>Terkonfirmasi</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Tidak ada masalah baru.</source>
        <translation>No new problems.</translation>
    </message>
    <message>
        <source>Tidak ada masalah dari langkah identifikasi.</source>
        <translation>No problems from the identification step.</translation>
    </message>
    <message>
        <source>Tidak diketahui</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Tidak/belum sekolah</source>
        <translation>No schooling (yet)</translation>
    </message>
    <message>
        <source>Tim ahli</source>
        <translation>Expert team</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Tingkat keparahan</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Tujuan tercapai</source>
        <translation>Goals achieved</translation>
    </message>
    <message>
        <source>UPTD PPA</source>
        <translation>UPTD PPA</translation>
    </message>
    <message>
        <source>Uraian masalah</source>
        <translation>Problem description</translation>
    </message>
    <message>
        <source>Ya — perlu penelusuran keluarga</source>
        <translation>Yes — family tracing needed</translation>
    </message>
    <message>
        <source>{area} ({severity:lower}): {description}</source>
        <translation>{area} ({severity:lower}): {description}</translation>
    </message>
    <message>
        <source>— umum —</source>
        <translation>— general —</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman.</source>
        <translation>An unexpected error occurred. Data already saved is safe.</translation>
    </message>
    <message>
        <source>Catatan kesalahan disimpan di {path}.</source>
        <translation>An error log has been saved to {path}.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Berkas {path} sedang dibuka oleh LK3 Desktop lain.</source>
        <translation>The file {path} is already open in another LK3 Desktop window.</translation>
    </message>
    <message>
        <source>Basis data sedang dipakai</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <source>Gunakan jendela yang sudah terbuka.</source>
        <translation>Use the window that is already open.</translation>
    </message>
    <message>
        <source>Dua program pada satu berkas dapat saling menimpa isian. Tutup LK3 Desktop di komputer &quot;{computer}&quot; lalu coba lagi.

Jika komputer itu mati mendadak dan program di sana pasti sudah tidak berjalan, Anda dapat mengambil alih berkas.</source>
        <translation>Two programs working on one file can overwrite each other&apos;s entries. Close LK3 Desktop on the computer &quot;{computer}&quot; and try again.

If that computer shut down suddenly and the program there is certainly no longer running, you can take over the file.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ambil alih…</source>
        <translation>Take over…</translation>
    </message>
    <message>
        <source>Ambil alih berkas</source>
        <translation>Take over file</translation>
    </message>
    <message>
        <source>Pastikan LK3 Desktop di komputer &quot;{computer}&quot; sudah tidak berjalan. Ambil alih berkas ini?</source>
        <translation>Make sure LK3 Desktop is no longer running on the computer &quot;{computer}&quot;. Take over this file?</translation>
    </message>
    <message>
        <source>Tidak dapat mengambil alih</source>
        <translation>Cannot take over</translation>
    </message>
    <message>
        <source>Kunci berkas {file} tidak dapat dilepas. Tutup program di komputer &quot;{computer}&quot; lalu coba lagi.</source>
        <translation>The lock on the file {file} cannot be released. Close the program on the computer &quot;{computer}&quot; and try again.</translation>
    </message>
    <message>
        <source>Cadangan terbaru yang selalu disimpan</source>
        <translation>Most recent backups, always kept</translation>
    </message>
    <message>
        <source>cadangan</source>
        <translation>backups</translation>
    </message>
    <message>
        <source>Lalu satu per hari selama</source>
        <translation>Then one per day for</translation>
    </message>
    <message>
        <source>hari</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Lalu satu per minggu selama</source>
        <translation>Then one per week for</translation>
    </message>
    <message>
        <source>minggu</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>Lalu satu per bulan selama</source>
        <translation>Then one per month for</translation>
    </message>
    <message>
        <source>bulan</source>
        <translation>months</translation>
    </message>
    <message>
        <source>{label}: isi dengan angka bulat.</source>
        <translation>{label}: enter a whole number.</translation>
    </message>
    <message>
        <source>{label}: antara {low} dan {high}.</source>
        <translation>{label}: between {low} and {high}.</translation>
    </message>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Agu</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Des</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Formulir Layanan Sosial</source>
        <translation>Social Service Form</translation>
    </message>
    <message>
        <source>Surat Rujukan ke LK3</source>
        <translation>Referral Letter to LK3</translation>
    </message>
    <message>
        <source>Klien belum menyatakan setuju dirujuk ke LK3 (langkah {number}), sehingga surat rujukan belum dapat dicetak.</source>
        <translation>The client has not yet consented to referral to LK3 (step {number}), so the referral letter cannot be printed yet.</translation>
    </message>
    <message>
        <source>Kontrak Konseling</source>
        <translation>Counseling Contract</translation>
    </message>
    <message>
        <source>Catatan Hasil Konseling</source>
        <translation>Counseling Outcome Record</translation>
    </message>
    <message>
        <source>Dokumen ini dapat dicetak setelah langkah {number} ({title}) selesai. Formulir kosong tetap dapat dicetak.</source>
        <translation>This document can be printed once step {number} ({title}) is complete. A blank form can still be printed.</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka.</source>
        <translation>The NIK may contain digits only.</translation>
    </message>
    <message>
        <source>NIK harus 16 angka (sekarang {length}).</source>
        <translation>The NIK must be 16 digits (currently {length}).</translation>
    </message>
    <message>
        <source>Kode provinsi NIK ({code}) tidak dikenal.</source>
        <translation>The province code of the NIK ({code}) is not recognised.</translation>
    </message>
    <message>
        <source>Bagian tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak sah.</source>
        <translation>The date-of-birth part of the NIK (digits 7 to 12) is not valid.</translation>
    </message>
    <message>
        <source>NIK menunjukkan jenis kelamin perempuan; periksa NIK atau jenis kelamin.</source>
        <translation>The NIK indicates a female; check the NIK or the sex.</translation>
    </message>
    <message>
        <source>NIK menunjukkan jenis kelamin laki-laki; periksa NIK atau jenis kelamin.</source>
        <translation>The NIK indicates a male; check the NIK or the sex.</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK ({date}) tidak sama dengan tanggal lahir yang diisi.</source>
        <translation>The date of birth in the NIK ({date}) does not match the date of birth entered.</translation>
    </message>
    <message>
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Surel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Logo (berkas gambar)</source>
        <translation>Logo (image file)</translation>
    </message>
    <message>
        <source>Kota penandatanganan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>Nama LK3</source>
        <translation>LK3 name</translation>
    </message>
    <message>
        <source>Jabatan kepala dinas</source>
        <translation>Head of agency&apos;s position</translation>
    </message>
    <message>
        <source>Nama kepala dinas</source>
        <translation>Head of agency&apos;s name</translation>
    </message>
    <message>
        <source>Pangkat/golongan kepala dinas</source>
        <translation>Head of agency&apos;s rank/grade</translation>
    </message>
    <message>
        <source>NIP kepala dinas</source>
        <translation>Head of agency&apos;s NIP</translation>
    </message>
    <message>
        <source>Jabatan kepala seksi</source>
        <translation>Section head&apos;s position</translation>
    </message>
    <message>
        <source>Nama kepala seksi</source>
        <translation>Section head&apos;s name</translation>
    </message>
    <message>
        <source>Pangkat/golongan kepala seksi</source>
        <translation>Section head&apos;s rank/grade</translation>
    </message>
    <message>
        <source>NIP kepala seksi</source>
        <translation>Section head&apos;s NIP</translation>
    </message>
    <message>
        <source>Ukuran kertas bawaan</source>
        <translation>Default paper size</translation>
    </message>
    <message>
        <source>Pola nomor dokumen</source>
        <translation>Document number pattern</translation>
    </message>
    <message>
        <source>Pola nomor harus memuat {seq} (nomor urut).</source>
        <translation>The number pattern must contain {seq} (sequence number).</translation>
    </message>
    <message>
        <source>Pola nomor harus memuat {year} (tahun), karena nomor urut mulai lagi tiap tahun.</source>
        <translation>The number pattern must contain {year} (year), because the sequence number restarts every year.</translation>
    </message>
    <message>
        <source>Pola nomor tidak dikenal: {error}.</source>
        <translation>Invalid number pattern: {error}.</translation>
    </message>
    <message>
        <source>Nomor dokumen terlalu panjang (paling banyak {limit} karakter).</source>
        <translation>The document number is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>Ukuran kertas harus A4 atau F4.</source>
        <translation>The paper size must be A4 or F4.</translation>
    </message>
    <message>
        <source>{label} terlalu panjang.</source>
        <translation>{label} is too long.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Peran dalam SOP</source>
        <translation>Role in the SOP</translation>
    </message>
    <message>
        <source>NIP harus 18 angka (sekarang {length} karakter).</source>
        <translation>The NIP must be 18 digits (currently {length} characters).</translation>
    </message>
    <message>
        <source>Delapan angka pertama NIP harus tanggal lahir yang sah (TTTTBBHH).</source>
        <translation>The first eight digits of the NIP must be a valid date of birth (YYYYMMDD).</translation>
    </message>
    <message>
        <source>Angka ke-13 dan ke-14 NIP (bulan pengangkatan) tidak sah.</source>
        <translation>Digits 13 and 14 of the NIP (month of appointment) are not valid.</translation>
    </message>
    <message>
        <source>Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.</source>
        <translation>Digit 15 of the NIP (sex) must be 1 or 2.</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu peran dalam SOP.</source>
        <translation>Choose at least one role in the SOP.</translation>
    </message>
    <message>
        <source>Peran tidak dikenal.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>{label} harus angka {low}–{high}{unit}.</source>
        <translation>{label} must be a number from {low} to {high}{unit}.</translation>
    </message>
    <message>
        <source>{label} bukan tanggal yang sah.</source>
        <translation>{label} is not a valid date.</translation>
    </message>
    <message>
        <source>{label} tidak boleh setelah hari ini.</source>
        <translation>{label} cannot be later than today.</translation>
    </message>
    <message>
        <source>RT/RW ditulis sebagai angka, misalnya 003/002.</source>
        <translation>RT/RW is written as numbers, e.g. 003/002.</translation>
    </message>
    <message>
        <source>{label} tidak dikenal.</source>
        <translation>{label} is not recognised.</translation>
    </message>
    <message>
        <source>{label} terlalu panjang ({n} karakter; paling banyak {limit}).</source>
        <translation>{label} is too long ({n} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>Isi tanggal lahir, atau perkiraan umur bila tanggal lahir tidak diketahui.</source>
        <translation>Enter the date of birth, or an estimated age if the date of birth is unknown.</translation>
    </message>
    <message>
        <source>Tanggal lahir lebih dari 120 tahun yang lalu.</source>
        <translation>The date of birth is more than 120 years ago.</translation>
    </message>
    <message>
        <source>{label}: &quot;{text}&quot; bukan tanggal yang ada. Tulis hari-bulan-tahun, misalnya {example}.</source>
        <translation>{label}: &quot;{text}&quot; is not a date that exists. Write day-month-year, for example {example}.</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{label} terlalu panjang ({length} karakter; paling banyak {limit}).</source>
        <translation>{label} is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>{label} tidak sah: gunakan 8–15 angka, misalnya 0812 3456 7890 atau +62 812 3456 7890.</source>
        <translation>{label} is not valid: use 8–15 digits, e.g. 0812 3456 7890 or +62 812 3456 7890.</translation>
    </message>
    <message>
        <source>{label} harus {n} angka (sekarang {length} karakter).</source>
        <translation>{label} must be {n} digits (currently {length} characters).</translation>
    </message>
    <message>
        <source>Berkas {file} sedang dibuka oleh LK3 Desktop di komputer ini sejak {since} (proses {pid}).</source>
        <translation>The file {file} has been open in LK3 Desktop on this computer since {since} (process {pid}).</translation>
    </message>
    <message>
        <source>Berkas {file} sedang dibuka oleh LK3 Desktop di komputer ini (proses {pid}).</source>
        <translation>The file {file} is open in LK3 Desktop on this computer (process {pid}).</translation>
    </message>
    <message>
        <source>Berkas {file} sedang dibuka oleh LK3 Desktop di komputer lain bernama &quot;{computer}&quot; sejak {since} (proses {pid}).</source>
        <translation>The file {file} has been open in LK3 Desktop on another computer named &quot;{computer}&quot; since {since} (process {pid}).</translation>
    </message>
    <message>
        <source>Berkas {file} sedang dibuka oleh LK3 Desktop di komputer lain bernama &quot;{computer}&quot; (proses {pid}).</source>
        <translation>The file {file} is open in LK3 Desktop on another computer named &quot;{computer}&quot; (process {pid}).</translation>
    </message>
    <message>
        <source>Folder {folder} tidak dapat dibuat.</source>
        <translation>The folder {folder} cannot be created.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak dapat ditulisi (hanya-baca atau tanpa izin). Salin berkas {file} ke folder yang dapat ditulisi, mis. Dokumen, lalu buka dari sana.</source>
        <translation>The folder {folder} is not writable (read-only or no permission). Copy the file {file} to a writable folder, e.g. Documents, and open it from there.</translation>
    </message>
    <message>
        <source>{role} (langkah {steps})</source>
        <translation>{role} (step {steps})</translation>
    </message>
    <message>
        <source>{m} menit</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} jam {m} menit</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{h} jam</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{d} hari {h} jam</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <source>{d} hari</source>
        <translation>{d} d</translation>
    </message>
    <message>
        <source>Ruang di {folder} penuh.</source>
        <translation>The disk at {folder} is full.</translation>
    </message>
    <message>
        <source>{folder} tidak dapat diakses lagi (flashdisk dicabut?).</source>
        <translation>{folder} can no longer be accessed (USB flash drive removed?).</translation>
    </message>
    <message>
        <source>{folder} tidak dapat ditulisi (hanya-baca atau tanpa izin).</source>
        <translation>{folder} is not writable (read-only or no permission).</translation>
    </message>
    <message>
        <source>Gagal menulis ke {folder} (kode galat {code}).</source>
        <translation>Failed to write to {folder} (error code {code}).</translation>
    </message>
    <message>
        <source>Gagal menulis ke {folder}.</source>
        <translation>Failed to write to {folder}.</translation>
    </message>
    <message>
        <source>Folder tujuan {folder} tidak ada atau tidak dapat diakses.</source>
        <translation>The destination folder {folder} does not exist or cannot be accessed.</translation>
    </message>
    <message>
        <source>Salinan tidak lolos pemeriksaan, jadi basis data {name} sendiri kemungkinan rusak. Jangan timpa cadangan lama; pulihkan dari cadangan terakhir yang utuh (Berkas → Pulihkan dari cadangan).</source>
        <translation>The copy failed the check, so the database {name} itself is probably damaged. Do not overwrite old backups; restore from the last intact backup (File → Restore from backup).</translation>
    </message>
    <message>
        <source>Salinan tidak dapat diperiksa: {error}</source>
        <translation>The copy could not be checked: {error}</translation>
    </message>
    <message>
        <source>Folder cadangan {folder} tidak dapat dibuat.</source>
        <translation>The backup folder {folder} cannot be created.</translation>
    </message>
    <message>
        <source>Cadangan {when}: {cases} kasus, {size} MB.</source>
        <translation>Backup {when}: {cases} cases, {size} MB.</translation>
    </message>
    <message>
        <source>Cadangan {when}: {cases} kasus, perubahan terakhir {last}, {size} MB.</source>
        <translation>Backup {when}: {cases} cases, last change {last}, {size} MB.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak ditemukan atau tidak dapat dibaca.</source>
        <translation>The file {path} was not found or cannot be read.</translation>
    </message>
    <message>
        <source>Cadangan {when}: terenkripsi, {size} MB; isinya dapat diperiksa dengan kuncinya.</source>
        <translation>Backup {when}: encrypted, {size} MB; its contents can be checked with its key.</translation>
    </message>
    <message>
        <source>{path} adalah folder; sebutkan berkas basis data.</source>
        <translation>{path} is a folder; specify the database file.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak ada.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Berkas cadangan yang dipilih adalah basis data yang sedang dipakai.</source>
        <translation>The selected backup file is the database currently in use.</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat dipakai: {error}</source>
        <translation>The backup cannot be used: {error}</translation>
    </message>
    <message>
        <source>Salinan hasil pemulihan tidak lolos pemeriksaan: {error}</source>
        <translation>The restored copy failed the check: {error}</translation>
    </message>
    <message>
        <source>Berkas {name} sedang dipakai program lain; tutup program itu lalu coba lagi.</source>
        <translation>The file {name} is in use by another program; close that program and try again.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibuka (izin ditolak, atau sedang dikunci program lain seperti antivirus atau sinkronisasi awan).</source>
        <translation>The file {name} cannot be opened (permission denied, or locked by another program such as antivirus or cloud sync).</translation>
    </message>
    <message>
        <source>Berkas {name} rusak dan tidak dapat dipulihkan.</source>
        <translation>The file {name} is damaged and cannot be recovered.</translation>
    </message>
    <message>
        <source>Berkas {name} rusak dan tidak dapat dibaca.</source>
        <translation>The file {name} is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>Berkas {name} terenkripsi; untuk membukanya perlu sandi salah satu akun atau kunci pemulihan.</source>
        <translation>The file {name} is encrypted; opening it needs the password of one of its accounts or the recovery key.</translation>
    </message>
    <message>
        <source>Kunci atau sandi salah: berkas {name} tidak dapat dibuka dengannya (berkas tidak diubah).</source>
        <translation>Wrong key or password: the file {name} cannot be opened with it (the file has not been changed).</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca (izin ditolak, atau sedang dikunci program lain seperti antivirus atau sinkronisasi awan).</source>
        <translation>The file {name} cannot be read (permission denied, or locked by another program such as antivirus or cloud sync).</translation>
    </message>
    <message>
        <source>Berkas basis data tidak ditemukan: {path}</source>
        <translation>Database file not found: {path}</translation>
    </message>
    <message>
        <source>{path} adalah folder, bukan berkas basis data.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Berkas {name} kosong (0 byte), bukan basis data LK3; mungkin salinan cadangan yang gagal.</source>
        <translation>The file {name} is empty (0 bytes), not an LK3 database; perhaps a failed backup copy.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan basis data LK3 Desktop (bukan berkas SQLite).</source>
        <translation>The file {name} is not an LK3 Desktop database (not an SQLite file).</translation>
    </message>
    <message>
        <source>Berkas {name} rusak: kepala berkas terpotong.</source>
        <translation>The file {name} is damaged: the file header is truncated.</translation>
    </message>
    <message>
        <source>Berkas {name} adalah basis data SQLite kosong, bukan basis data LK3.</source>
        <translation>The file {name} is an empty SQLite database, not an LK3 database.</translation>
    </message>
    <message>
        <source>Berkas {name} adalah basis data SQLite milik program lain, bukan LK3 Desktop.</source>
        <translation>The file {name} is an SQLite database belonging to another program, not LK3 Desktop.</translation>
    </message>
    <message>
        <source>Berkas {name} dibuat oleh versi LK3 Desktop yang lebih baru (skema {version}, program ini mengenal sampai {known}); perbarui program, berkas tidak diubah.</source>
        <translation>The file {name} was created by a newer version of LK3 Desktop (schema {version}; this program knows up to {known}); update the program. The file has not been changed.</translation>
    </message>
    <message>
        <source>Berkas {name} atau foldernya tidak dapat ditulisi (hanya-baca atau tanpa izin). Salin berkas ke folder yang dapat ditulisi, mis. Dokumen, lalu buka dari sana.</source>
        <translation>The file {name} or its folder is not writable (read-only or no permission). Copy the file to a writable folder, e.g. Documents, and open it from there.</translation>
    </message>
    <message>
        <source>Basis data baru tidak dapat dibuat di {folder} (folder hanya-baca, tanpa izin, atau penuh); pilih folder lain.</source>
        <translation>A new database cannot be created in {folder} (the folder is read-only, without permission, or full); choose another folder.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibuka.</source>
        <translation>The file {name} cannot be opened.</translation>
    </message>
    <message>
        <source>Berkas {name} rusak: pemeriksaan keutuhan menemukan {count} masalah.</source>
        <translation>The file {name} is damaged: the integrity check found {count} problems.</translation>
    </message>
    <message>
        <source>Berkas {name} rusak: {count} baris merujuk data yang tidak ada.</source>
        <translation>The file {name} is damaged: {count} rows refer to data that does not exist.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak lengkap: migrasi {migration} tercatat di versi tetapi tidak pernah dijalankan.</source>
        <translation>The file {name} is incomplete: migration {migration} is recorded in the version but was never run.</translation>
    </message>
    <message>
        <source>Berkas {name} hilang atau tidak dapat dibaca lagi.</source>
        <translation>The file {name} is missing or can no longer be read.</translation>
    </message>
    <message>
        <source>OK: {name} utuh, {cases} kasus, {size} KB.</source>
        <translation>OK: {name} intact, {cases} cases, {size} KB.</translation>
    </message>
    <message>
        <source>OK: {name} utuh, {cases} kasus, {size} KB; skema versi {version} akan diperbarui ke {new_version} saat dibuka.</source>
        <translation>OK: {name} intact, {cases} cases, {size} KB; schema version {version} will be upgraded to {new_version} when opened.</translation>
    </message>
    <message>
        <source>OK: {name} utuh, {cases} kasus, {size} KB; transaksi yang terputus (mati listrik/program berhenti) telah dibatalkan.</source>
        <translation>OK: {name} intact, {cases} cases, {size} KB; an interrupted transaction (power cut/program stopped) has been rolled back.</translation>
    </message>
    <message>
        <source>OK: {name} utuh, {cases} kasus, {size} KB; skema versi {version} akan diperbarui ke {new_version} saat dibuka; transaksi yang terputus (mati listrik/program berhenti) telah dibatalkan.</source>
        <translation>OK: {name} intact, {cases} cases, {size} KB; schema version {version} will be upgraded to {new_version} when opened; an interrupted transaction (power cut/program stopped) has been rolled back.</translation>
    </message>
    <message>
        <source>Berkas {name} memakai skema lama (versi {version}); buka sekali dengan LK3 Desktop agar diperbarui.</source>
        <translation>The file {name} uses an old schema (version {version}); open it once with LK3 Desktop to upgrade it.</translation>
    </message>
    <message>
        <source>Data belum tersimpan: {reason} Isian di layar tidak hilang; coba simpan lagi.</source>
        <translation>Data not saved: {reason} Your entries on screen are not lost; try saving again.</translation>
    </message>
    <message>
        <source>berkas basis data sedang dipakai program lain.</source>
        <translation>the database file is in use by another program.</translation>
    </message>
    <message>
        <source>ruang penyimpanan di {folder} penuh; kosongkan sebagian lalu simpan lagi.</source>
        <translation>the storage in {folder} is full; free up some space and save again.</translation>
    </message>
    <message>
        <source>berkas basis data {path} tidak ada lagi (dipindahkan, dihapus atau flashdisk dicabut).</source>
        <translation>the database file {path} no longer exists (moved, deleted or USB flash drive removed).</translation>
    </message>
    <message>
        <source>berkas basis data {name} atau foldernya tidak dapat ditulisi (hanya-baca atau tanpa izin).</source>
        <translation>the database file {name} or its folder is not writable (read-only or no permission).</translation>
    </message>
    <message>
        <source>berkas basis data {name} tidak dapat ditulisi (ruang penuh, flashdisk dicabut atau disk bermasalah).</source>
        <translation>the database file {name} cannot be written (disk full, USB flash drive removed or disk problem).</translation>
    </message>
    <message>
        <source>kesalahan basis data yang tidak dikenal (rinciannya di catatan kesalahan).</source>
        <translation>unknown database error (details in the error log).</translation>
    </message>
    <message>
        <source>Petugas ditentukan oleh akun yang masuk; tidak dapat diganti.</source>
        <translation>The staff member is set by the signed-in account; it cannot be changed.</translation>
    </message>
    <message>
        <source>Belum ada petugas yang masuk; data tidak disimpan.</source>
        <translation>No staff member is signed in; the data has not been saved.</translation>
    </message>
    <message>
        <source>Akun {name} tidak aktif lagi; data tidak disimpan.</source>
        <translation>{name}&apos;s account is no longer active; the data has not been saved.</translation>
    </message>
    <message>
        <source>Data belum tersimpan: berkas basis data {path} tidak ada lagi di tempatnya (dipindahkan, dihapus atau flashdisk dicabut). Isian di layar belum tersimpan: kembalikan berkasnya, lalu tutup dan buka lagi program.</source>
        <translation>Data not saved: the database file {path} is no longer where it was (moved, deleted or USB flash drive removed). Your entries on screen have not been saved: put the file back, then close and reopen the program.</translation>
    </message>
    <message>
        <source>Data belum tersimpan: berkas basis data {path} telah diganti berkas lain saat program berjalan (mis. disalin dari cadangan). Agar tidak menulis ke berkas yang salah, tutup lalu buka lagi program.</source>
        <translation>Data not saved: the database file {path} was replaced by another file while the program was running (e.g. copied from a backup). To avoid writing to the wrong file, close and reopen the program.</translation>
    </message>
    <message>
        <source>Data belum tersimpan: {reason}</source>
        <translation>Data not saved: {reason}</translation>
    </message>
    <message>
        <source>Status: {status} · Langkah saat ini: {step}</source>
        <translation>Status: {status} · Current step: {step}</translation>
    </message>
    <message>
        <source>Status: {status} · Langkah terakhir: {step}</source>
        <translation>Status: {status} · Last step: {step}</translation>
    </message>
    <message>
        <source>Dibatalkan {time} oleh {name}. Alasan: {reason}</source>
        <translation>Cancelled {time} by {name}. Reason: {reason}</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>belum dimulai</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>Pelaksana SOP: {executor}</source>
        <translation>Carried out by (SOP): {executor}</translation>
    </message>
    <message>
        <source>Dilaksanakan oleh: {name}</source>
        <translation>Performed by: {name}</translation>
    </message>
    <message>
        <source>Mulai: {time}</source>
        <translation>Started: {time}</translation>
    </message>
    <message>
        <source>Selesai: {time}</source>
        <translation>Finished: {time}</translation>
    </message>
    <message>
        <source>Waktu: {taken} (standar {standard})</source>
        <translation>Time: {taken} (standard {standard})</translation>
    </message>
    <message>
        <source>Kasus {agenda} — LK3 Desktop</source>
        <translation>Case {agenda} — LK3 Desktop</translation>
    </message>
    <message>
        <source>&amp;Lanjutkan pengisian</source>
        <translation>Continue &amp;editing</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Tampilkan rincian…</source>
        <translation>Show details…</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Gagal menyimpan PDF</source>
        <translation>Could not save the PDF</translation>
    </message>
    <message>
        <source>PDF tidak dapat disimpan di {path}: {error}.</source>
        <translation>The PDF cannot be saved to {path}: {error}.</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Basis data LK3 (*.sqlite *.db)</source>
        <translation>LK3 database (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Cetak dokumen {agenda} — LK3 Desktop</source>
        <translation>Print documents {agenda} — LK3 Desktop</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4/folio (215 × 330 mm)</source>
        <translation>F4/folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Formulir kosong (diisi tangan)</source>
        <translation>Blank form (to fill in by hand)</translation>
    </message>
    <message>
        <source>Contoh: map kasus, lemari B</source>
        <translation>Example: case folder, cabinet B</translation>
    </message>
    <message>
        <source>Lokasi arsip</source>
        <translation>Filing location</translation>
    </message>
    <message>
        <source>Catat lokasi arsip</source>
        <translation>Record filing location</translation>
    </message>
    <message>
        <source>Kertas bertanda tangan diarsipkan di:</source>
        <translation>Signed paper filed at:</translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Pratinjau dokumen</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>Formulir kosong: tanpa nomor agenda.</source>
        <translation>Blank form: no agenda number.</translation>
    </message>
    <message>
        <source>Nomor agenda diberikan saat dokumen dicetak atau disimpan.</source>
        <translation>The agenda number is assigned when the document is printed or saved.</translation>
    </message>
    <message>
        <source>Nomor agenda: &lt;b&gt;{number}&lt;/b&gt;, {date} (sudah dicetak {count}×; cetak ulang memakai nomor yang sama)</source>
        <translation>Agenda number: &lt;b&gt;{number}&lt;/b&gt;, {date} (printed {count}× already; reprints use the same number)</translation>
    </message>
    <message>
        <source>Perhatian: huruf {letters} tidak ada di fon PDF dan akan tercetak sebagai kotak; tuliskan juga nama dalam huruf Latin.</source>
        <translation>Note: the characters {letters} are not in the PDF font and will print as boxes; also write the name in Latin letters.</translation>
    </message>
    <message>
        <source>Dokumen belum dapat dicetak</source>
        <translation>The document cannot be printed yet</translation>
    </message>
    <message>
        <source>Gagal mencatat di buku agenda</source>
        <translation>Could not record in the agenda register</translation>
    </message>
    <message>
        <source>Gagal mencetak</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat dicetak: {error}. Dokumen tidak diberi nomor.</source>
        <translation>The document could not be printed: {error}. It was not given a number.</translation>
    </message>
    <message>
        <source>PDF tidak dapat disimpan: {error}.</source>
        <translation>The PDF cannot be saved: {error}.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga; dokumen tidak dicetak dan tidak diberi nomor.</source>
        <translation>An unexpected error occurred; the document was not printed and was not given a number.</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>printer tidak dapat dibuka</source>
        <translation>the printer cannot be opened</translation>
    </message>
    <message>
        <source>Gagal menyimpan</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>&amp;Rujukan baru</source>
        <translation>&amp;New referral</translation>
    </message>
    <message>
        <source>&amp;Lanjutkan kasus</source>
        <translation>C&amp;ontinue case</translation>
    </message>
    <message>
        <source>Li&amp;hat kasus</source>
        <translation>&amp;View case</translation>
    </message>
    <message>
        <source>&amp;Petugas…</source>
        <translation>&amp;Staff…</translation>
    </message>
    <message>
        <source>&amp;Cetak dokumen…</source>
        <translation>&amp;Print documents…</translation>
    </message>
    <message>
        <source>Formulir k&amp;osong…</source>
        <translation>&amp;Blank forms…</translation>
    </message>
    <message>
        <source>&amp;Buku agenda…</source>
        <translation>&amp;Agenda register…</translation>
    </message>
    <message>
        <source>Ca&amp;dangkan ke folder…</source>
        <translation>Back &amp;up to folder…</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Pengaturan kan&amp;tor…</source>
        <translation>&amp;Office settings…</translation>
    </message>
    <message>
        <source>Buka &amp;folder basis data</source>
        <translation>Open database &amp;folder</translation>
    </message>
    <message>
        <source>Muat &amp;ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Batalkan kasus…</source>
        <translation>&amp;Cancel case…</translation>
    </message>
    <message>
        <source>Pulihkan kasus yang &amp;dibatalkan</source>
        <translation>Reinstate a c&amp;ancelled case</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Log audit…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>&amp;Ekspor data klien…</source>
        <translation>&amp;Export client data…</translation>
    </message>
    <message>
        <source>U&amp;bah sandi…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Ganti petugas</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>&amp;Panduan</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Tentang</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Kasus</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>P&amp;etugas</source>
        <translation>S&amp;taff</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Alat</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Petugas aktif: </source>
        <translation>Current staff member: </translation>
    </message>
    <message>
        <source>Petugas aktif</source>
        <translation>Current staff member</translation>
    </message>
    <message>
        <source>Belum ada petugas. Tambahkan petugas lewat menu Petugas (Ctrl+P) agar setiap isian tercatat atas nama petugas dan konselor dapat ditugaskan.</source>
        <translation>No staff yet. Add staff through the Staff menu (Ctrl+P) so that every entry is recorded under a staff member&apos;s name and counselors can be assigned.</translation>
    </message>
    <message>
        <source>Cari kasus</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Cari nama, NIK atau nomor agenda…  (Ctrl+F)</source>
        <translation>Search name, NIK or agenda number…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Saring status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Saring langkah</source>
        <translation>Filter by step</translation>
    </message>
    <message>
        <source>Semua langkah</source>
        <translation>All steps</translation>
    </message>
    <message>
        <source>Daftar kasus</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>Basis data: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Satu berkas ini memuat semua data. Untuk mencadangkan: tutup program lalu salin berkas ini, atau pakai Berkas → Cadangkan ke folder (program boleh tetap terbuka).</source>
        <translation>This one file holds all the data. To back it up: close the program and copy this file, or use File → Back up to folder (the program may stay open).</translation>
    </message>
    <message>
        <source>Satu berkas, lengkap dan aman disalin bila program ditutup.</source>
        <translation>A single file, complete and safe to copy when the program is closed.</translation>
    </message>
    <message>
        <source>Buka folder data</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>{shown} dari {total} kasus</source>
        <translation>Cases: {shown} of {total}</translation>
    </message>
    <message>
        <source>{total} kasus</source>
        <translation>Cases: {total}</translation>
    </message>
    <message>
        <source>(belum dipilih)</source>
        <translation>(not selected)</translation>
    </message>
    <message>
        <source>Pilih Petugas aktif di kanan atas agar setiap isian tercatat atas nama Anda.</source>
        <translation>Choose the current staff member at the top right so that every entry is recorded under your name.</translation>
    </message>
    <message>
        <source>Lanjutkan kasus</source>
        <translation>Continue case</translation>
    </message>
    <message>
        <source>Pilih dulu satu kasus di daftar.</source>
        <translation>First select a case in the list.</translation>
    </message>
    <message>
        <source>Batalkan kasus</source>
        <translation>Cancel case</translation>
    </message>
    <message>
        <source>Kasus {number} sedang terbuka. Tutup dulu jendela kasus itu, lalu batalkan.</source>
        <translation>Case {number} is open. Close that case&apos;s window first, then cancel it.</translation>
    </message>
    <message>
        <source>Pulihkan kasus</source>
        <translation>Reinstate case</translation>
    </message>
    <message>
        <source>Pilih dulu satu kasus di daftar. Kasus yang dibatalkan tampil bila status Dibatalkan dipilih.</source>
        <translation>Select a case in the list first. Cancelled cases are shown when the status Cancelled is chosen.</translation>
    </message>
    <message>
        <source>Kasus {number} tidak dibatalkan.</source>
        <translation>Case {number} is not cancelled.</translation>
    </message>
    <message>
        <source>Pulihkan kasus {number}? Kasus ini kembali ke daftar dengan status sesuai langkahnya. Alasan pembatalan tetap tercatat di log audit.</source>
        <translation>Reinstate case {number}? It returns to the list with the status its steps give it. The reason for cancelling stays in the audit log.</translation>
    </message>
    <message>
        <source>Lihat kasus</source>
        <translation>View case</translation>
    </message>
    <message>
        <source>Cetak dokumen</source>
        <translation>Print documents</translation>
    </message>
    <message>
        <source>Ekspor data klien</source>
        <translation>Export client data</translation>
    </message>
    <message>
        <source>Petugas: {name}</source>
        <translation>Staff member: {name}</translation>
    </message>
    <message>
        <source>Masuk sebagai {name} ({username})</source>
        <translation>Signed in as {name} ({username})</translation>
    </message>
    <message>
        <source>GPL-3.0: dasar LGPL-3.0</source>
        <translation>GPL-3.0: the basis of LGPL-3.0</translation>
    </message>
    <message>
        <source>Pustaka yang disertakan</source>
        <translation>Bundled libraries</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lisensi</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Qt dan PySide6: LGPLv3</source>
        <translation>Qt and PySide6: LGPLv3</translation>
    </message>
    <message>
        <source>Qt, PySide6, dan Shiboken6 dipakai di bawah GNU Lesser General Public License versi 3 (LGPLv3). Anda berhak mengganti pustaka Qt, PySide6, dan Shiboken6 yang disertakan dengan versi lain yang cocok, termasuk versi yang Anda ubah sendiri, lalu menjalankan program dengan pustaka pengganti itu.</source>
        <translation>Qt, PySide6 and Shiboken6 are used under the GNU Lesser General Public License version 3 (LGPLv3). You may replace the bundled Qt, PySide6 and Shiboken6 libraries with other compatible versions, including versions you have modified yourself, and run the program with those replacements.</translation>
    </message>
    <message>
        <source>Kode sumber Qt, PySide6, dan Shiboken6 tersedia di {source}. Keterangan lisensi Qt ada di {licensing}. Alamat ini hanya dicantumkan sebagai teks: program ini tidak membuka koneksi internet.</source>
        <translation>The source code of Qt, PySide6 and Shiboken6 is available at {source}. Qt&apos;s licensing information is at {licensing}. These addresses are given as text only: this program makes no internet connection.</translation>
    </message>
    <message>
        <source>python-stdnum: LGPL-2.1</source>
        <translation>python-stdnum: LGPL-2.1</translation>
    </message>
    <message>
        <source>python-stdnum dipakai di bawah GNU Lesser General Public License versi 2.1 atau yang lebih baru; Anda juga berhak menggantinya. Kode sumbernya tersedia di {source}.</source>
        <translation>python-stdnum is used under the GNU Lesser General Public License version 2.1 or later; you may replace it as well. Its source code is available at {source}.</translation>
    </message>
    <message>
        <source>Fon DejaVu</source>
        <translation>DejaVu fonts</translation>
    </message>
    <message>
        <source>Dokumen PDF memuat fon DejaVu Sans. Fon ini berlisensi bebas: lisensi fon Bitstream Vera, dan perubahan DejaVu berstatus domain publik.</source>
        <translation>PDF documents embed the DejaVu Sans font. Its licence is free: the Bitstream Vera font licence, with the DejaVu changes in the public domain.</translation>
    </message>
    <message>
        <source>Teks lengkap setiap lisensi dapat dibaca dengan memilihnya di daftar sebelah kiri.</source>
        <translation>Choose a licence in the list on the left to read its full text.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;Salin keterangan</source>
        <translation>Copy &amp;details</translation>
    </message>
    <message>
        <source>Menyalin versi, letak basis data, dan folder log, misalnya untuk dikirim kepada pengelola program.</source>
        <translation>Copies the version, the database location and the log folder, for example to send to whoever looks after the program.</translation>
    </message>
    <message>
        <source>Memandu tujuh langkah SOP rujukan klien stres ke LK3 dan mencetak dokumennya. Bekerja tanpa internet: program ini tidak membuka koneksi jaringan.</source>
        <translation>Guides the seven steps of the SOP for referring clients under stress to LK3 and prints its documents. Works without the internet: this program opens no network connection.</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Folder log</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>Berkas log</source>
        <translation>Log files</translation>
    </message>
    <message>
        <source>Bila terjadi masalah, kirim berkas log kepada pengelola program: log hanya memuat jenis dan letak kesalahan, tanpa data klien. Jangan menghapus berkas basis data.</source>
        <translation>If something goes wrong, send the log files to whoever looks after the program: the log holds only the kind and place of an error, no client data. Never delete the database file.</translation>
    </message>
    <message>
        <source>Folder tidak dapat dibuka. Lokasinya:
{path}</source>
        <translation>The folder cannot be opened. Its location:
{path}</translation>
    </message>
    <message>
        <source>Daftar lisensi</source>
        <translation>List of licences</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Teks lisensi</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>Cadangkan ke folder</source>
        <translation>Back up to folder</translation>
    </message>
    <message>
        <source>Mencadangkan basis data…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Cadangkan</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Data di komputer ini tidak berubah.</source>
        <translation>The data on this computer has not changed.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga; cadangan tidak dibuat.</source>
        <translation>An unexpected error occurred; no backup was made.</translation>
    </message>
    <message>
        <source>Memeriksa keutuhan salinan…</source>
        <translation>Checking the integrity of the copy…</translation>
    </message>
    <message>
        <source>Cadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <source>&amp;Masa simpan dan anonimisasi…</source>
        <translation>&amp;Retention period and anonymisation…</translation>
    </message>
    <message>
        <source>Semua kecuali batal</source>
        <translation>All but cancelled</translation>
    </message>
    <message>
        <source>Cadangan tersimpan di
{path}</source>
        <translation>Backup saved in
{path}</translation>
    </message>
    <message>
        <source>Pemulihan dibatalkan</source>
        <translation>Restore cancelled</translation>
    </message>
    <message>
        <source>Masih ada jendela yang belum ditutup. Tutup dulu jendela kasus dan dialog lain, lalu pulihkan lagi. Basis data tidak berubah.</source>
        <translation>Some windows are still open. First close the case windows and other dialogs, then restore again. The database has not changed.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga saat memulihkan.</source>
        <translation>An unexpected error occurred while restoring.</translation>
    </message>
    <message>
        <source>Tutup dan buka lagi program.</source>
        <translation>Close and reopen the program.</translation>
    </message>
    <message>
        <source>Pemulihan gagal</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Basis data tidak berubah.</source>
        <translation>The database has not changed.</translation>
    </message>
    <message>
        <source>Basis data dipulihkan.</source>
        <translation>The database has been restored.</translation>
    </message>
    <message>
        <source>Memulihkan basis data…</source>
        <translation>Restoring the database…</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Basis data sebelumnya disimpan sebagai {path}.</source>
        <translation>The previous database has been saved as {path}.</translation>
    </message>
    <message>
        <source>Basis data dipulihkan</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <source>Tentang {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>Cadangan otomatis gagal</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>Data tetap utuh; cadangkan secara manual bila perlu.</source>
        <translation>The data is still intact; make a backup manually if needed.</translation>
    </message>
    <message>
        <source>Berkas basis data {file} rusak atau bukan basis data LK3, sehingga tidak dapat dibuka.

Berkas ini tidak akan dihapus: sebelum apa pun dipulihkan, salinannya yang persis disimpan di folder {folder}.</source>
        <translation>The database file {file} is damaged or is not an LK3 database, so it cannot be opened.

This file will not be deleted: before anything is restored, an exact copy of it is saved in the folder {folder}.</translation>
    </message>
    <message>
        <source>Cadangan utuh terbaru:
{summary}
{path}</source>
        <translation>Latest intact backup:
{summary}
{path}</translation>
    </message>
    <message>
        <source>Pulihkan cadangan ini</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan lain…</source>
        <translation>Choose another backup file…</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Tidak ada cadangan utuh di {folder}. Jika ada cadangan di flashdisk, pilih berkasnya.</source>
        <translation>There is no intact backup in {folder}. If you have a backup on a USB flash drive, choose its file.</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan…</source>
        <translation>Choose a backup file…</translation>
    </message>
    <message>
        <source>Basis data rusak</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat dipakai</source>
        <translation>The backup cannot be used</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Pulihkan?</source>
        <translation>Restore?</translation>
    </message>
    <message>
        <source>Berkas yang rusak tidak diubah.</source>
        <translation>The damaged file has not been changed.</translation>
    </message>
    <message>
        <source>Berkas yang rusak disimpan apa adanya sebagai {path}.</source>
        <translation>The damaged file has been kept unchanged as {path}.</translation>
    </message>
    <message>
        <source>Periksa kasus yang dikerjakan sesudah tanggal cadangan itu.</source>
        <translation>Check the cases worked on after the date of that backup.</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Cadangan di {folder}. Basis data yang sekarang disimpan dulu sebagai salinan pengaman (&quot;sebelum-pulih&quot;), sehingga pemulihan dapat dibatalkan dengan memulihkan salinan itu.</source>
        <translation>Backups in {folder}. The current database is first saved as a safety copy (&quot;sebelum-pulih&quot;, i.e. before restore), so the restore can be undone by restoring that copy.</translation>
    </message>
    <message>
        <source>Daftar cadangan</source>
        <translation>Backup list</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Pilih satu cadangan.</source>
        <translation>Choose a backup.</translation>
    </message>
    <message>
        <source>&amp;Kunci pemulihan berkas itu:</source>
        <translation>Recovery &amp;key for that file:</translation>
    </message>
    <message>
        <source>Bu&amp;ka dengan kunci ini</source>
        <translation>&amp;Open with this key</translation>
    </message>
    <message>
        <source>Pilih berkas lain…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Pulihkan…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Salinan pengaman sebelum pemulihan</source>
        <translation>Safety copy made before a restore</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Berkas {path}</source>
        <translation>File {path}</translation>
    </message>
    <message>
        <source>Basis data sekarang berisi {cases} kasus ({lost} kasus lebih banyak dari cadangan ini). Perubahan sesudah cadangan ini dibuat tidak akan ada di basis data yang dipulihkan (tetap ada di salinan pengaman).</source>
        <translation>The current database contains {cases} cases ({lost} more cases than this backup). Changes made after this backup was created will not be in the restored database (they remain in the safety copy).</translation>
    </message>
    <message>
        <source>Basis data sekarang berisi {cases} kasus. Perubahan sesudah cadangan ini dibuat tidak akan ada di basis data yang dipulihkan (tetap ada di salinan pengaman).</source>
        <translation>The current database contains {cases} cases. Changes made after this backup was created will not be in the restored database (they remain in the safety copy).</translation>
    </message>
    <message>
        <source>Tidak dapat dipakai: {problem}</source>
        <translation>Cannot be used: {problem}</translation>
    </message>
    <message>
        <source>Ganti basis data sekarang ({cases} kasus) dengan cadangan ini?

Jendela kasus dan dialog yang terbuka ditutup dulu; isian yang belum tersimpan disimpan ke basis data sekarang, yang lalu disimpan utuh sebagai salinan pengaman.</source>
        <translation>Replace the current database ({cases} cases) with this backup?

Open case windows and dialogs are closed first; unsaved entries are saved to the current database, which is then kept intact as a safety copy.</translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Menambah</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Mengubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Menghapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Membuka</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Melihat</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Previewed</translation>
    </message>
    <message>
        <source>Mencetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Mengekspor</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Mencadangkan</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Memulihkan</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Keluar akun</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Mengunci layar</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Membuka kunci layar</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <source>Menganonimkan</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Data klien</source>
        <translation>Client data</translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Wajib ganti sandi</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Jumlah gagal masuk</source>
        <translation>Failed sign-ins</translation>
    </message>
    <message>
        <source>Terakhir gagal masuk</source>
        <translation>Last failed sign-in</translation>
    </message>
    <message>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Tanggal dokumen</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>Jumlah cetak</source>
        <translation>Times printed</translation>
    </message>
    <message>
        <source>Nomor urut</source>
        <translation>Sequence number</translation>
    </message>
    <message>
        <source>Langkah asal</source>
        <translation>Step of origin</translation>
    </message>
    <message>
        <source>Urutan</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Langkah berjalan</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>Tanggal selesai</source>
        <translation>Date closed</translation>
    </message>
    <message>
        <source>Tahun agenda</source>
        <translation>Agenda year</translation>
    </message>
    <message>
        <source>Nomor urut agenda</source>
        <translation>Agenda sequence number</translation>
    </message>
    <message>
        <source>Kelengkapan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Waktu mulai</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Waktu selesai</source>
        <translation>Finish time</translation>
    </message>
    <message>
        <source>Isian langkah</source>
        <translation>Step entries</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Jumlah catatan</source>
        <translation>Number of entries</translation>
    </message>
    <message>
        <source>Jumlah salinan</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Disaring per klien</source>
        <translation>Filtered by client</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <source>{login} (login komputer)</source>
        <translation>{login} (computer login)</translation>
    </message>
    <message>
        <source>Langkah {number}</source>
        <translation>Step {number}</translation>
    </message>
    <message>
        <source>(isi dihapus saat anonimisasi)</source>
        <translation>(contents removed during anonymisation)</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>tujuan bukan berkas biasa</source>
        <translation>the destination is not a regular file</translation>
    </message>
    <message>
        <source>No. baris log</source>
        <translation>Log row no.</translation>
    </message>
    <message>
        <source>Waktu (lokal)</source>
        <translation>Time (local)</translation>
    </message>
    <message>
        <source>Waktu (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>ID petugas</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>ID baris</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>Buku agenda dokumen — LK3 Desktop</source>
        <translation>Document agenda register — LK3 Desktop</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>{number} (batal)</source>
        <translation>{number} (cancelled)</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Semua bulan</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>Daftar dokumen</source>
        <translation>Document list</translation>
    </message>
    <message>
        <source>Lokasi arsip kertas bertanda tangan:</source>
        <translation>Filing location of the signed paper:</translation>
    </message>
    <message>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Simpan &amp;Buku Agenda (PDF)…</source>
        <translation>Save agenda &amp;register (PDF)…</translation>
    </message>
    <message>
        <source>{count} dokumen</source>
        <translation>Documents: {count}</translation>
    </message>
    <message>
        <source>Simpan Buku Agenda</source>
        <translation>Save agenda register</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Hapus {row}</source>
        <translation>Remove {row}</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Kepala dinas</source>
        <translation>Head of agency</translation>
    </message>
    <message>
        <source>Kepala seksi (“Mengetahui” pada surat rujukan dan catatan konseling)</source>
        <translation>Section head (acknowledging signatory, “Mengetahui”, on the referral letter and counseling record)</translation>
    </message>
    <message>
        <source>Pengaturan kantor — LK3 Desktop</source>
        <translation>Office settings — LK3 Desktop</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Pola nomor: {seq} nomor urut (mulai 1 tiap tahun), {seq3} nomor urut tiga angka, {roman_month} bulan Romawi, {month} bulan, {year} tahun.</source>
        <translation>Number pattern: {seq} sequence number (restarts at 1 each year), {seq3} three-digit sequence number, {roman_month} month in Roman numerals, {month} month, {year} year.</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cadangan otomatis&lt;/b&gt; (dibuat saat program ditutup, paling banyak sekali sehari)</source>
        <translation>&lt;b&gt;Automatic backups&lt;/b&gt; (made when the program closes, at most once a day)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>{count} cadangan; terakhir {when}</source>
        <translation>Backups: {count}; latest {when}</translation>
    </message>
    <message>
        <source>Belum ada cadangan otomatis.</source>
        <translation>No automatic backups yet.</translation>
    </message>
    <message>
        <source>Isi folder</source>
        <translation>Folder contents</translation>
    </message>
    <message>
        <source>menit</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Kunci layar bila tidak dipakai</source>
        <translation>Lock the screen when idle</translation>
    </message>
    <message>
        <source>Cadangan yang tidak lagi termasuk aturan ini dihapus dari folder di atas. Salinan pengaman &quot;sebelum-pulih&quot; dan berkas lain di folder itu tidak pernah dihapus. Untuk cadangan di luar laptop: Berkas → Cadangkan ke folder (flashdisk).</source>
        <translation>Backups no longer covered by these rules are deleted from the folder above. &quot;sebelum-pulih&quot; (before restore) safety copies and other files in that folder are never deleted. For backups off the laptop: File → Back up to folder (USB flash drive).</translation>
    </message>
    <message>
        <source>{count} salinan lama belum terenkripsi di laptop ini; nama klien di dalamnya dapat dibaca siapa saja.</source>
        <translation>Old unencrypted copies on this laptop: {count}; anyone can read the client names in them.</translation>
    </message>
    <message>
        <source>&amp;Hapus salinan belum terenkripsi…</source>
        <translation>&amp;Delete unencrypted copies…</translation>
    </message>
    <message>
        <source>Salinan lama</source>
        <translation>Old copies</translation>
    </message>
    <message>
        <source>Hapus salinan belum terenkripsi</source>
        <translation>Delete unencrypted copies</translation>
    </message>
    <message>
        <source>Hapus {count} salinan lama yang belum terenkripsi? Pastikan dulu semua data ada di berkas terenkripsi. Salinan di flashdisk harus Anda hapus sendiri.</source>
        <translation>Delete the old unencrypted copies ({count})? First make sure all the data is in the encrypted file. You must delete any copies on USB flash drives yourself.</translation>
    </message>
    <message>
        <source>Salinan tidak dihapus</source>
        <translation>Copy not deleted</translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Bahasa baru berlaku saat program dibuka lagi. Dokumen cetak tetap berbahasa Indonesia.</source>
        <translation>The new language takes effect the next time the program is opened. Printed documents remain in Indonesian.</translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Contoh nomor pertama tahun ini: {example}</source>
        <translation>Example of the first number this year: {example}</translation>
    </message>
    <message>
        <source>Pola nomor belum benar.</source>
        <translation>The number pattern is not correct yet.</translation>
    </message>
    <message>
        <source>Anda hanya dapat memilih bahasa tampilan.</source>
        <translation>You can only choose the interface language.</translation>
    </message>
    <message>
        <source>Petugas — LK3 Desktop</source>
        <translation>Staff — LK3 Desktop</translation>
    </message>
    <message>
        <source>Daftar petugas</source>
        <translation>Staff list</translation>
    </message>
    <message>
        <source>+ Petugas baru</source>
        <translation>+ New staff member</translation>
    </message>
    <message>
        <source>Nama lengkap dengan gelar</source>
        <translation>Full name with academic titles</translation>
    </message>
    <message>
        <source>18 angka; kosongkan bila bukan ASN</source>
        <translation>18 digits; leave empty if not a civil servant (ASN)</translation>
    </message>
    <message>
        <source>Misalnya Pekerja Sosial Ahli Pertama</source>
        <translation>E.g. Pekerja Sosial Ahli Pertama (junior expert social worker)</translation>
    </message>
    <message>
        <source>Peran: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <source>Aktif (dapat dipilih sebagai pelaksana)</source>
        <translation>Active (can be chosen to carry out steps)</translation>
    </message>
    <message>
        <source>{name} (tidak aktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Perubahan data petugas ini belum disimpan. Buang perubahan?</source>
        <translation>Changes to this staff member have not been saved. Discard the changes?</translation>
    </message>
    <message>
        <source>Simpan petugas ini dulu, lalu buat akunnya.</source>
        <translation>Save this staff member first, then create their account.</translation>
    </message>
    <message>
        <source>Belum mempunyai akun; belum dapat masuk.</source>
        <translation>No account yet; cannot sign in yet.</translation>
    </message>
    <message>
        <source>Nama pengguna: {username}</source>
        <translation>Username: {username}</translation>
    </message>
    <message>
        <source>Atur ulang &amp;sandi…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Buat a&amp;kun…</source>
        <translation>Create &amp;account…</translation>
    </message>
    <message>
        <source>Paling banyak {limit} karakter; teks sepanjang {length} karakter tidak dimasukkan. Persingkat dulu, lalu tempel lagi.</source>
        <translation>At most {limit} characters; the text of {length} characters was not put in. Shorten it first, then paste again.</translation>
    </message>
    <message>
        <source>{used} dari paling banyak {limit} karakter</source>
        <translation>{used} of at most {limit} characters</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Pilih dari kalender (Alt+Panah bawah)</source>
        <translation>Pick from the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>hh-bb-tttt jj:mm</source>
        <translation>dd-mm-yyyy hh:mm</translation>
    </message>
    <message>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; &amp;lanjut &gt;</source>
        <translation>Save &amp;&amp; &amp;next &gt;</translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; &amp;selesai</source>
        <translation>Save &amp;&amp; &amp;finish</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Langkah SOP</source>
        <translation>SOP steps</translation>
    </message>
    <message>
        <source>Isian tersimpan otomatis sebagai draf. Ctrl+S menyimpan sekarang.</source>
        <translation>Entries are saved automatically as a draft. Ctrl+S saves now.</translation>
    </message>
    <message>
        <source>Langkah {n}: {state}</source>
        <translation>Step {n}: {state}</translation>
    </message>
    <message>
        <source>Langkah {n}, {state}</source>
        <translation>Step {n}, {state}</translation>
    </message>
    <message>
        <source>Rujukan baru — LK3 Desktop</source>
        <translation>New referral — LK3 Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rujukan baru&lt;/b&gt;&lt;br&gt;Nomor agenda diberikan saat disimpan.</source>
        <translation>&lt;b&gt;New referral&lt;/b&gt;&lt;br&gt;The agenda number is assigned when it is saved.</translation>
    </message>
    <message>
        <source>Rujukan baru belum disimpan</source>
        <translation>New referral not saved</translation>
    </message>
    <message>
        <source>Rujukan baru ini belum disimpan (nama klien belum diisi). Simpan sebagai kasus baru dengan nomor agenda?</source>
        <translation>This new referral has not been saved (the client&apos;s name is not filled in). Save it as a new case with an agenda number?</translation>
    </message>
    <message>
        <source>Perubahan belum valid</source>
        <translation>Invalid changes</translation>
    </message>
    <message>
        <source>Perubahan pada langkah {steps} yang sudah selesai belum lengkap atau belum benar, sehingga belum disimpan. Tutup dan buang perubahan ini?</source>
        <translation>The changes to already completed step {steps} are incomplete or incorrect, so they have not been saved. Close and discard these changes?</translation>
    </message>
    <message>
        <source>Isian belum tersimpan</source>
        <translation>Entries not saved</translation>
    </message>
    <message>
        <source>Isian langkah {steps} tidak dapat disimpan:
{cause}

Salin teksnya atau simpan ke berkas sebelum menutup. Isian hanya dibuang bila Anda memilih Buang.</source>
        <translation>The entries of step {steps} could not be saved:
{cause}

Copy the text or save it to a file before closing. The entries are discarded only if you choose Discard.</translation>
    </message>
    <message>
        <source>Salin teks</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Simpan ke berkas…</source>
        <translation>Save to file…</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>isian-belum-tersimpan.txt</source>
        <translation>unsaved-entries.txt</translation>
    </message>
    <message>
        <source>Simpan isian ke berkas</source>
        <translation>Save entries to a file</translation>
    </message>
    <message>
        <source>Berkas teks (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat ditulis: {error}.</source>
        <translation>The file {path} could not be written: {error}.</translation>
    </message>
    <message>
        <source>Data klien adalah data pribadi yang dilindungi (UU 27/2022); jelaskan kepada klien sebelum ia menyatakan setuju.</source>
        <translation>Client data is protected personal data (Law 27/2022); explain this to the client before they give consent.</translation>
    </message>
    <message>
        <source>{name} (bukan pelaksana langkah ini)</source>
        <translation>{name} (the SOP names another role for this step)</translation>
    </message>
    <message>
        <source>Langkah {n}: {title}</source>
        <translation>Step {n}: {title}</translation>
    </message>
    <message>
        <source>Langkah {n} dari {total}: {title}</source>
        <translation>Step {n} of {total}: {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Standar SOP dan kelengkapan&lt;/b&gt;</source>
        <translation>&lt;b&gt;SOP standard and requirements&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pelaksana:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Carried out by:&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kelengkapan&lt;/b&gt; (centang yang tersedia):</source>
        <translation>&lt;b&gt;Requirements&lt;/b&gt; (tick what is available):</translation>
    </message>
    <message>
        <source>Kelengkapan: {item}</source>
        <translation>Requirement: {item}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output:&lt;/b&gt; {output}</source>
        <translation>&lt;b&gt;Output:&lt;/b&gt; {output}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keterangan:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Remarks:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hambatan:&lt;/b&gt; {obstacle}.&lt;br&gt;&lt;b&gt;Cara mengatasi:&lt;/b&gt; {remedy}.</source>
        <translation>&lt;b&gt;Obstacle:&lt;/b&gt; {obstacle}.&lt;br&gt;&lt;b&gt;Remedy:&lt;/b&gt; {remedy}.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;{taken} (melewati standar)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;{taken} (over the standard)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waktu standar:&lt;/b&gt; {standard}&lt;br&gt;&lt;b&gt;Waktu digunakan:&lt;/b&gt; {taken}</source>
        <translation>&lt;b&gt;Standard time:&lt;/b&gt; {standard}&lt;br&gt;&lt;b&gt;Time taken:&lt;/b&gt; {taken}</translation>
    </message>
    <message>
        <source>Belum ada petugas dengan peran {role}. Tambahkan lewat menu Petugas › Petugas… (Ctrl+P).</source>
        <translation>No staff member holds the role {role} yet. Add one through Staff › Staff… (Ctrl+P).</translation>
    </message>
    <message>
        <source> atau </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Langkah ini belum dapat diselesaikan. Lengkapi isian berikut:</source>
        <translation>This step cannot be completed yet. Complete the following fields:</translation>
    </message>
    <message>
        <source>Panduan — LK3 Desktop</source>
        <translation>Guide — LK3 Desktop</translation>
    </message>
    <message>
        <source>Cari di panduan</source>
        <translation>Find in the guide</translation>
    </message>
    <message>
        <source>Cari di panduan…  (Ctrl+F)</source>
        <translation>Find in the guide…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Se&amp;belumnya</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Beri&amp;kutnya</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Panduan</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Kasus {number} sudah dibatalkan.</source>
        <translation>Case {number} is already cancelled.</translation>
    </message>
    <message>
        <source>Kasus yang sudah dianonimkan tidak dapat dibatalkan.</source>
        <translation>An anonymised case cannot be cancelled.</translation>
    </message>
    <message>
        <source>Data klien ini sudah dianonimkan; buat rujukan baru sebagai klien baru.</source>
        <translation>This client&apos;s data has been anonymised; make a new referral as a new client.</translation>
    </message>
    <message>
        <source>Kasus ini sudah dianonimkan setelah masa simpannya berakhir; isinya tidak dapat diubah lagi.</source>
        <translation>This case was anonymised after its retention period ended; its contents can no longer be changed.</translation>
    </message>
    <message>
        <source>Kasus ini dibatalkan; isinya tidak dapat diubah. Pulihkan dulu lewat Kasus › Pulihkan kasus yang dibatalkan bila pembatalan itu keliru.</source>
        <translation>This case is cancelled; it cannot be changed. If the cancellation was a mistake, reinstate it first through Case › Reinstate a cancelled case.</translation>
    </message>
    <message>
        <source>{label} sudah dihapus dari kasus ini; pilih lagi.</source>
        <translation>{label} has been removed from this case; choose again.</translation>
    </message>
    <message>
        <source>Terlalu banyak sandi salah. Coba lagi dalam {seconds} detik.</source>
        <translation>Too many wrong passwords. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Berkas kunci {name} tidak ada di samping basis data, sehingga sandi tidak dapat membukanya. Salin berkas itu ke sini, atau masuk dengan kunci pemulihan.</source>
        <translation>The key file {name} is not next to the database, so a password cannot open it. Copy that file here, or sign in with the recovery key.</translation>
    </message>
    <message>
        <source>Tidak ada akun aktif dengan nama pengguna {username} di berkas ini.</source>
        <translation>There is no active account with the username {username} in this file.</translation>
    </message>
    <message>
        <source>Akun {username} tidak aktif; hubungi Administrator.</source>
        <translation>The account {username} is inactive; contact the system administrator.</translation>
    </message>
    <message>
        <source>Nama pengguna atau sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Tunggu {seconds} detik sebelum mencoba lagi.</source>
        <translation>Wait {seconds} seconds before trying again.</translation>
    </message>
    <message>
        <source>Melihat daftar kasus dan buku agenda</source>
        <translation>Viewing the case list and the agenda register</translation>
    </message>
    <message>
        <source>Membuat rujukan baru</source>
        <translation>Creating a new referral</translation>
    </message>
    <message>
        <source>Membatalkan kasus yang dibuat keliru</source>
        <translation>Cancel a case made by mistake</translation>
    </message>
    <message>
        <source>Membaca langkah</source>
        <translation>Reading steps</translation>
    </message>
    <message>
        <source>Mengisi dan menyelesaikan langkah</source>
        <translation>Filling in and completing steps</translation>
    </message>
    <message>
        <source>Mencetak dokumen kasus</source>
        <translation>Printing case documents</translation>
    </message>
    <message>
        <source>Mencetak formulir kosong</source>
        <translation>Printing blank forms</translation>
    </message>
    <message>
        <source>Membuat cadangan</source>
        <translation>Making backups</translation>
    </message>
    <message>
        <source>Memulihkan dari cadangan</source>
        <translation>Restoring from a backup</translation>
    </message>
    <message>
        <source>Mengelola petugas dan akun</source>
        <translation>Managing staff and accounts</translation>
    </message>
    <message>
        <source>Mengubah pengaturan kantor</source>
        <translation>Changing office settings</translation>
    </message>
    <message>
        <source>Melihat dan mengekspor log audit</source>
        <translation>Viewing and exporting the audit log</translation>
    </message>
    <message>
        <source>Mengekspor seluruh data satu klien</source>
        <translation>Exporting all data on one client</translation>
    </message>
    <message>
        <source>Menganonimkan kasus lewat masa simpan</source>
        <translation>Anonymising cases past the retention period</translation>
    </message>
    <message>
        <source>Pemegang kunci pemulihan</source>
        <translation>Recovery key holder</translation>
    </message>
    <message>
        <source>Akun {name} tidak aktif lagi.</source>
        <translation>{name}&apos;s account is no longer active.</translation>
    </message>
    <message>
        <source>Langkah {number} ({title}) dikerjakan oleh {roles}; peran Anda tidak termasuk.</source>
        <translation>Step {number} ({title}) is carried out by {roles}; your role is not among them.</translation>
    </message>
    <message>
        <source>Langkah {number} ({title}) hanya diisi oleh konselor yang ditugaskan pada kasus ini.</source>
        <translation>Step {number} ({title}) is filled in only by the counselor assigned to this case.</translation>
    </message>
    <message>
        <source>Catatan konseling (langkah {number}, {title}) hanya dibaca oleh konselor yang ditugaskan, Tim Ahli dan Kepala Seksi.</source>
        <translation>Counseling notes (step {number}, {title}) are read only by the assigned counselor, the expert team and the section head.</translation>
    </message>
    <message>
        <source>Peran Anda tidak dapat membaca langkah {number} ({title}).</source>
        <translation>Your role cannot read step {number} ({title}).</translation>
    </message>
    <message>
        <source>{action}: hanya untuk {roles}.</source>
        <translation>{action}: {roles} only.</translation>
    </message>
    <message>
        <source>Membaca langkah {number}</source>
        <translation>Reading step {number}</translation>
    </message>
    <message>
        <source>Mengisi langkah {number}</source>
        <translation>Filling in step {number}</translation>
    </message>
    <message>
        <source>Nama pengguna 2–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka (mis. rina.marlina).</source>
        <translation>Username of 2–32 characters: lower-case letters, digits, full stops, underscores or hyphens, starting with a letter or digit (e.g. rina.marlina).</translation>
    </message>
    <message>
        <source>Sandi paling sedikit {count} karakter.</source>
        <translation>The password must have at least {count} characters.</translation>
    </message>
    <message>
        <source>Sandi paling banyak {count} karakter.</source>
        <translation>The password may have at most {count} characters.</translation>
    </message>
    <message>
        <source>Sandi tidak boleh diawali atau diakhiri spasi.</source>
        <translation>The password must not start or end with a space.</translation>
    </message>
    <message>
        <source>Sandi tidak boleh sama dengan nama pengguna.</source>
        <translation>The password must not be the same as the username.</translation>
    </message>
    <message>
        <source>Sandi terlalu mudah ditebak: pakai paling sedikit empat karakter berbeda.</source>
        <translation>The password is too easy to guess: use at least four different characters.</translation>
    </message>
    <message>
        <source>Nama pengguna {name} sudah dipakai.</source>
        <translation>The username {name} is already taken.</translation>
    </message>
    <message>
        <source>Akun pertama harus milik seorang Administrator.</source>
        <translation>The first account must belong to a system administrator.</translation>
    </message>
    <message>
        <source>{name} sudah mempunyai akun.</source>
        <translation>{name} already has an account.</translation>
    </message>
    <message>
        <source>Belum ada petugas yang masuk.</source>
        <translation>No staff member is signed in.</translation>
    </message>
    <message>
        <source>Sandi lama salah.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Sandi baru harus berbeda dari sandi lama.</source>
        <translation>The new password must be different from the current one.</translation>
    </message>
    <message>
        <source>Hanya percobaan masuk akun sendiri yang dicatat.</source>
        <translation>Only sign-in attempts of one&apos;s own account are recorded.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot make your own account inactive.</translation>
    </message>
    <message>
        <source>Harus ada paling sedikit satu Administrator aktif dengan akun; tambahkan Administrator lain dulu.</source>
        <translation>There must be at least one active system administrator with an account; add another system administrator first.</translation>
    </message>
    <message>
        <source>Kunci layar: {low}–{high} menit (0: tidak pernah).</source>
        <translation>Screen lock: {low}–{high} minutes (0: never).</translation>
    </message>
    <message>
        <source>Log audit tidak lagi terlindung: pengaman yang mencegah catatan diubah atau dihapus telah dibuang di luar program.</source>
        <translation>The audit log is no longer protected: the safeguard that stops entries from being changed or deleted has been removed outside the program.</translation>
    </message>
    <message>
        <source>Log audit diubah di luar program mulai baris {seq}: nilai lama/baru catatan itu tidak cocok lagi dengan sidik jarinya.</source>
        <translation>The audit log was changed outside the program from row {seq}: the old/new values of that entry no longer match its fingerprint.</translation>
    </message>
    <message>
        <source>Log audit diubah di luar program mulai baris {seq}: waktu, petugas, tindakan atau data catatan itu telah diganti.</source>
        <translation>The audit log was changed outside the program from row {seq}: the time, staff member, action or data of that entry has been replaced.</translation>
    </message>
    <message>
        <source>Log audit diubah di luar program mulai baris {seq}: catatan sebelum baris ini telah dihapus, disisipkan atau ditukar.</source>
        <translation>The audit log was changed outside the program from row {seq}: entries before this row have been deleted, inserted or swapped.</translation>
    </message>
    <message>
        <source>Log audit diubah di luar program mulai baris {seq}: catatan terbaru (baris {seq} sampai {last}) telah dihapus.</source>
        <translation>The audit log was changed outside the program from row {seq}: the latest entries (rows {seq} to {last}) have been deleted.</translation>
    </message>
    <message>
        <source>Log audit diubah di luar program mulai baris {seq}.</source>
        <translation>The audit log was changed outside the program from row {seq}.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Log audit — LK3 Desktop</source>
        <translation>Audit log — LK3 Desktop</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>No. agenda, NIK atau nama klien</source>
        <translation>Agenda no., NIK or client name</translation>
    </message>
    <message>
        <source>Klien</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Menampilkan catatan semua kasus klien itu: data klien, kasus, langkah, masalah, rencana tindakan dan dokumen.</source>
        <translation>Shows the entries for all of that client&apos;s cases: client data, cases, steps, problems, action plans and documents.</translation>
    </message>
    <message>
        <source>&amp;Petugas:</source>
        <translation>&amp;Staff:</translation>
    </message>
    <message>
        <source>Ti&amp;ndakan:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Dari:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Sampai:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Klien:</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <source>Catatan log audit</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>Rincian catatan</source>
        <translation>Entry details</translation>
    </message>
    <message>
        <source>Pilih satu baris untuk melihat rinciannya.</source>
        <translation>Select a row to see its details.</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Tanggal &quot;Dari&quot; sesudah tanggal &quot;Sampai&quot;: tidak ada catatan.</source>
        <translation>The &quot;From&quot; date is after the &quot;To&quot; date: no entries.</translation>
    </message>
    <message>
        <source>Tidak ada catatan yang cocok.</source>
        <translation>No matching entries.</translation>
    </message>
    <message>
        <source>{shown} dari {total} catatan ditampilkan.</source>
        <translation>Showing {shown} of {total} entries.</translation>
    </message>
    <message>
        <source>Baris log {seq}</source>
        <translation>Log row {seq}</translation>
    </message>
    <message>
        <source>Waktu: {local} (UTC {utc})</source>
        <translation>Time: {local} (UTC {utc})</translation>
    </message>
    <message>
        <source>Petugas: {who}</source>
        <translation>Staff: {who}</translation>
    </message>
    <message>
        <source>Petugas: {who} (ID {actor})</source>
        <translation>Staff: {who} (ID {actor})</translation>
    </message>
    <message>
        <source>Tindakan: {action} — {table}</source>
        <translation>Action: {action} — {table}</translation>
    </message>
    <message>
        <source>Kasus: {agenda}</source>
        <translation>Case: {agenda}</translation>
    </message>
    <message>
        <source>Isian: {fields}</source>
        <translation>Fields: {fields}</translation>
    </message>
    <message>
        <source>ID data: {row_id}</source>
        <translation>Record ID: {row_id}</translation>
    </message>
    <message>
        <source>Ekspor log audit</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Log audit tidak dapat diekspor ke {path}: {reason}</source>
        <translation>The audit log could not be exported to {path}: {reason}</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export complete</translation>
    </message>
    <message>
        <source>{count} catatan log audit diekspor ke {path}. Berkas ini hanya dapat dibuka oleh akun komputer Anda; simpan di tempat yang aman.</source>
        <translation>{count} audit log entries exported to {path}. Only your computer account can open this file; keep it in a safe place.</translation>
    </message>
    <message>
        <source>Memeriksa rantai log audit…</source>
        <translation>Checking the audit log chain…</translation>
    </message>
    <message>
        <source>Memeriksa rantai log audit… {checked} dari {total} catatan.</source>
        <translation>Checking the audit log chain… {checked} of {total} entries.</translation>
    </message>
    <message>
        <source>Rantai log audit utuh: {count} catatan diperiksa, tidak ada yang diubah di luar program.</source>
        <translation>Audit log chain intact: {count} entries checked, none changed outside the program.</translation>
    </message>
    <message>
        <source>Silakan coba lagi.</source>
        <translation>Please try again.</translation>
    </message>
    <message>
        <source>Masuk — {app}</source>
        <translation>Sign in — {app}</translation>
    </message>
    <message>
        <source>Masuk dengan akun Anda. Setiap isian dan setiap kasus yang dibuka tercatat atas nama akun yang masuk.</source>
        <translation>Sign in with your account. Every entry, and every case opened, is recorded under the signed-in account.</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Lupa sandi? Minta Administrator mengatur ulang sandi Anda. Administrator yang lupa sandinya memakai kunci pemulihan kantor.</source>
        <translation>Forgotten your password? Ask the system administrator to reset it. A system administrator who has forgotten their password uses the office recovery key.</translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Isi nama pengguna dan sandi.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>Ubah sandi — {app}</source>
        <translation>Change password — {app}</translation>
    </message>
    <message>
        <source>Sandi Anda diatur oleh Administrator. Pilih sandi Anda sendiri sekarang; hanya Anda yang mengetahuinya.</source>
        <translation>Your password was set by the system administrator. Choose your own password now; only you will know it.</translation>
    </message>
    <message>
        <source>Sandi &amp;lama:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <source>Sandi &amp;baru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Ulangi sandi baru:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>Paling sedikit 8 karakter. Kalimat pendek yang mudah Anda ingat lebih aman daripada kata yang rumit.</source>
        <translation>At least 8 characters. A short sentence you can easily remember is safer than a complicated word.</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Dengan kunci &amp;pemulihan…</source>
        <translation>Use &amp;recovery key…</translation>
    </message>
    <message>
        <source>Masuk dengan kunci pemulihan — {app}</source>
        <translation>Sign in with the recovery key — {app}</translation>
    </message>
    <message>
        <source>Ketik kunci pemulihan kantor (dari brankas), nama pengguna Anda dan sandi baru Anda. Sandi lama tidak berlaku lagi.</source>
        <translation>Type the office recovery key (from the safe), your username and your new password. Your old password will no longer work.</translation>
    </message>
    <message>
        <source>&amp;Kunci pemulihan:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>Ulangan sandi baru tidak sama.</source>
        <translation>The repeated new password does not match.</translation>
    </message>
    <message>
        <source>Penyiapan pertama — {app}</source>
        <translation>First-time setup — {app}</translation>
    </message>
    <message>
        <source>Berkas data ini belum mempunyai akun. Buat akun Administrator pertama: Administrator membuat akun petugas lain, mengatur kantor dan memulihkan cadangan. Setiap orang lalu masuk dengan akunnya sendiri.</source>
        <translation>This data file has no accounts yet. Create the first system administrator account: the system administrator creates the other staff accounts, sets up the office and restores backups. Everyone then signs in with their own account.</translation>
    </message>
    <message>
        <source>mis. admin atau rina.marlina</source>
        <translation>e.g. admin or rina.marlina</translation>
    </message>
    <message>
        <source>&amp;Nama lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Ulangi sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Orang ini juga bekerja sebagai (boleh dikosongkan):</source>
        <translation>This person also works as (optional):</translation>
    </message>
    <message>
        <source>&amp;Buat akun</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation>Full name is required.</translation>
    </message>
    <message>
        <source>Ulangan sandi tidak sama.</source>
        <translation>The repeated password does not match.</translation>
    </message>
    <message>
        <source>Kunci pemulihan — {app}</source>
        <translation>Recovery key — {app}</translation>
    </message>
    <message>
        <source>Berkas data {name} kini terenkripsi. Sandi petugas membukanya di laptop ini. Kunci pemulihan di bawah membuka berkas ini dan setiap salinannya di komputer mana pun, juga bila semua sandi terlupa. Cetak atau salin dengan tangan, lalu simpan di brankas kantor, terpisah dari laptop dan flashdisk.</source>
        <translation>The data file {name} is now encrypted. Staff passwords open it on this laptop. The recovery key below opens this file and every copy of it on any computer, even if all the passwords are forgotten. Print it or copy it out by hand, then keep it in the office safe, away from the laptop and USB flash drives.</translation>
    </message>
    <message>
        <source>Kunci ini hanya ditampilkan sekali. Tanpa sandi yang berlaku dan tanpa kunci pemulihan, data dalam berkas ini hilang untuk selamanya: tidak ada yang dapat membukanya, termasuk pembuat program.</source>
        <translation>This key is shown only once. Without a valid password and without the recovery key, the data in this file is lost for good: nobody can open it, not even the makers of the program.</translation>
    </message>
    <message>
        <source>Salinan lama yang belum terenkripsi disimpan sebagai {path}. Hapus salinan itu lewat Pengaturan kantor setelah Anda memastikan semua data ada.</source>
        <translation>The old unencrypted copy has been kept as {path}. Delete that copy in Office settings once you have made sure all the data is there.</translation>
    </message>
    <message>
        <source>Simpan sebagai PDF untuk &amp;dicetak…</source>
        <translation>Save as PDF for &amp;printing…</translation>
    </message>
    <message>
        <source>Saya sudah &amp;mencetak atau mencatat kunci ini.</source>
        <translation>I have printed or &amp;written down this key.</translation>
    </message>
    <message>
        <source>&amp;Lanjut</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Simpan kunci pemulihan</source>
        <translation>Save recovery key</translation>
    </message>
    <message>
        <source>Terkunci — {app}</source>
        <translation>Locked — {app}</translation>
    </message>
    <message>
        <source>Layar dikunci karena tidak dipakai. Masukkan sandi {name} ({username}) untuk melanjutkan; isian yang sedang diketik tidak hilang.</source>
        <translation>The screen was locked because it was not in use. Enter the password of {name} ({username}) to continue; anything you were typing is not lost.</translation>
    </message>
    <message>
        <source>&amp;Buka</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Atur ulang sandi — {name}</source>
        <translation>Reset password — {name}</translation>
    </message>
    <message>
        <source>Akun baru — {name}</source>
        <translation>New account — {name}</translation>
    </message>
    <message>
        <source>Berikan sandi sementara ini kepada {name} secara langsung. Saat masuk pertama kali, ia harus memilih sandinya sendiri.</source>
        <translation>Give this temporary password to {name} in person. When they first sign in, they must choose their own password.</translation>
    </message>
    <message>
        <source>Sandi &amp;sementara:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <source>Masa simpan harus {low} sampai {high} tahun.</source>
        <translation>The retention period must be between {low} and {high} years.</translation>
    </message>
    <message>
        <source>Alasan anonimisasi wajib diisi.</source>
        <translation>The reason for anonymisation is required.</translation>
    </message>
    <message>
        <source>Kasus {number} belum ditutup atau masa simpannya ({years} tahun) belum berakhir; kasus ini tidak dianonimkan.</source>
        <translation>Case {number} is not closed or its {years}-year retention period has not ended; it has not been anonymised.</translation>
    </message>
    <message>
        <source>Kasus sudah dianonimkan, tetapi versi lama datanya di ruang kosong berkas belum terhapus: {reason} Tutup program lain yang membuka berkas ini, lalu tekan Bersihkan berkas di Masa simpan dan anonimisasi.</source>
        <translation>Anonymisation is complete, but old versions of the data in the file&apos;s free space have not been erased yet: {reason} Close any other program that has this file open, then press “Clean up file” in “Retention period and anonymisation” (Staff → Data retention).</translation>
    </message>
    <message>
        <source>Kasus {number} belum dianonimkan: {reason} Kasus sebelumnya sudah dianonimkan; kasus ini dan berikutnya tidak berubah.</source>
        <translation>Case {number} has not been anonymised: {reason} The cases before it have been anonymised; this case and those after it are unchanged.</translation>
    </message>
    <message>
        <source>Kasus {number} tidak lagi dapat dianonimkan.</source>
        <translation>Case {number} can no longer be anonymised.</translation>
    </message>
    <message>
        <source>Berkas {name} sudah terenkripsi.</source>
        <translation>The file {name} is already encrypted.</translation>
    </message>
    <message>
        <source>Berkas terenkripsi tidak sama dengan berkas asalnya ({what}); berkas {name} tidak diubah.</source>
        <translation>The encrypted file does not match the original ({what}); the file {name} has not been changed.</translation>
    </message>
    <message>
        <source>Berkas terenkripsi tidak lolos pemeriksaan ({error}); berkas {name} tidak diubah.</source>
        <translation>The encrypted file failed the check ({error}); the file {name} has not been changed.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dienkripsi (folder hanya-baca, tanpa izin, atau penuh); berkas tidak diubah.</source>
        <translation>The file {name} cannot be encrypted (the folder is read-only, without permission, or full); the file has not been changed.</translation>
    </message>
    <message>
        <source>skema</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>tabel {table}</source>
        <translation>table {table}</translation>
    </message>
    <message>
        <source>Berkas {name} bukan salinan tanpa enkripsi dari basis data ini; tidak dihapus.</source>
        <translation>The file {name} is not an unencrypted copy of this database; it has not been deleted.</translation>
    </message>
    <message>
        <source>Salinan {name} tidak dihapus: basis data {db} belum terenkripsi.</source>
        <translation>The copy {name} has not been deleted: the database {db} is not encrypted yet.</translation>
    </message>
    <message>
        <source>Salinan {name} tidak dihapus: basis data terenkripsi belum dapat dibuka ({error}).</source>
        <translation>The copy {name} has not been deleted: the encrypted database could not be opened ({error}).</translation>
    </message>
    <message>
        <source>Salinan {name} tidak dapat dihapus (izin ditolak atau sedang dipakai program lain).</source>
        <translation>The copy {name} cannot be deleted (permission denied, or in use by another program).</translation>
    </message>
    <message>
        <source>Ketik kunci pemulihan: 32 huruf dan angka dalam 8 kelompok.</source>
        <translation>Type the recovery key: 32 letters and digits in 8 groups.</translation>
    </message>
    <message>
        <source>Kunci pemulihan tidak memuat {chars}; periksa lagi ketikannya.</source>
        <translation>Recovery keys do not contain {chars}; check your typing.</translation>
    </message>
    <message>
        <source>Kunci pemulihan terdiri atas {expected} huruf dan angka (8 kelompok berisi 4), yang diketik {count}.</source>
        <translation>A recovery key has {expected} letters and digits (8 groups of 4); you typed {count}.</translation>
    </message>
    <message>
        <source>Kunci pemulihan salah ketik: ada huruf atau angka yang keliru; periksa lagi setiap kelompok dengan kertas kuncinya.</source>
        <translation>The recovery key has a typing error: a letter or digit is wrong; check each group again against the paper copy of the key.</translation>
    </message>
    <message>
        <source>Berkas kunci {name} sudah ada; tidak ditimpa.</source>
        <translation>The key file {name} already exists; it has not been overwritten.</translation>
    </message>
    <message>
        <source>Berkas kunci {name} tidak dapat dibaca (izin ditolak atau sedang dikunci program lain).</source>
        <translation>The key file {name} cannot be read (permission denied, or locked by another program).</translation>
    </message>
    <message>
        <source>Berkas kunci {name} dibuat oleh versi LK3 Desktop yang lebih baru; perbarui program, berkas tidak diubah.</source>
        <translation>The key file {name} was created by a newer version of LK3 Desktop; update the program. The file has not been changed.</translation>
    </message>
    <message>
        <source>Berkas kunci {name} rusak atau bukan berkas kunci LK3 Desktop; basis data tetap dapat dibuka dengan kunci pemulihan.</source>
        <translation>The key file {name} is damaged or is not an LK3 Desktop key file; the database can still be opened with the recovery key.</translation>
    </message>
    <message>
        <source>Berkas kunci {name} tidak dapat ditulis (folder hanya-baca, tanpa izin, atau penuh).</source>
        <translation>The key file {name} cannot be written (the folder is read-only, without permission, or full).</translation>
    </message>
    <message>
        <source>Kasus {number} sudah melewati langkah pertama; kliennya tidak dapat diganti lagi.</source>
        <translation>Case {number} is past its first step; its client can no longer be changed.</translation>
    </message>
    <message>
        <source>NIK {nik}</source>
        <translation>NIK {nik}</translation>
    </message>
    <message>
        <source>lahir {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>perkiraan umur {age} tahun</source>
        <translation>estimated age {age}</translation>
    </message>
    <message>
        <source>{number} ({status}, langkah {step})</source>
        <translation>{number} ({status}, step {step})</translation>
    </message>
    <message>
        <source>{number} ({status})</source>
        <translation>{number} ({status})</translation>
    </message>
    <message>
        <source>dan {n} kasus lain</source>
        <translation>and {n} other cases</translation>
    </message>
    <message>
        <source>Kasus: {cases}</source>
        <translation>Cases: {cases}</translation>
    </message>
    <message>
        <source>Klien yang mungkin sama</source>
        <translation>Possibly the same client</translation>
    </message>
    <message>
        <source>&amp;Buka kasus yang ada</source>
        <translation>&amp;Open the existing case</translation>
    </message>
    <message>
        <source>&amp;Rujukan baru untuk klien ini</source>
        <translation>&amp;New referral for this client</translation>
    </message>
    <message>
        <source>Bukan orang yang sa&amp;ma</source>
        <translation>Not the sa&amp;me person</translation>
    </message>
    <message>
        <source>Klien dengan NIK ini sudah tercatat:</source>
        <translation>A client with this NIK is already on file:</translation>
    </message>
    <message>
        <source>Klien dengan nama dan tanggal lahir/umur ini mungkin sudah tercatat:</source>
        <translation>A client with this name and birth date/age may already be on file:</translation>
    </message>
    <message>
        <source>Ada {n} klien lain yang juga mirip.</source>
        <translation>{n} other clients are similar too.</translation>
    </message>
    <message>
        <source>Klien tidak dapat dipakai</source>
        <translation>Client cannot be used</translation>
    </message>
</context>
</TS>
