<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ey::desk::ApiError</name>
    <message>
        <source>Waktu habis</source>
        <translation>Waktu habis</translation>
    </message>
    <message>
        <source>Server %1 tidak menjawab tepat waktu. Periksa koneksi lalu coba lagi.</source>
        <translation>Server %1 tidak menjawab tepat waktu. Periksa koneksi lalu coba lagi.</translation>
    </message>
    <message>
        <source>Server tidak dapat dihubungi</source>
        <translation>Server tidak dapat dihubungi</translation>
    </message>
    <message>
        <source>Tidak dapat terhubung ke server %1. Periksa alamat server dan koneksi internet Anda, lalu coba lagi.</source>
        <translation>Tidak dapat terhubung ke server %1. Periksa alamat server dan koneksi internet Anda, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Server menjawab dengan kesalahan %1. Coba lagi nanti; hubungi tim support bila berulang.</source>
        <translation>Server menjawab dengan kesalahan %1. Coba lagi nanti; hubungi tim support bila berulang.</translation>
    </message>
</context>
<context>
    <name>ey::desk::DeskApplication</name>
    <message>
        <source>Sesi berakhir</source>
        <translation>Sesi berakhir</translation>
    </message>
    <message>
        <source>Sesi tidak dapat diingat</source>
        <translation>Sesi tidak dapat diingat</translation>
    </message>
    <message>
        <source>Brankas kata sandi sistem tidak tersedia, jadi Anda perlu masuk lagi saat membuka aplikasi berikutnya.

%1</source>
        <translation>Brankas kata sandi sistem tidak tersedia, jadi Anda perlu masuk lagi saat membuka aplikasi berikutnya.

%1</translation>
    </message>
    <message>
        <source>Sesi Anda telah berakhir. Silakan masuk lagi.</source>
        <translation>Sesi Anda telah berakhir. Silakan masuk lagi.</translation>
    </message>
</context>
<context>
    <name>ey::desk::LoginDialog</name>
    <message>
        <source>Masuk — EksporYuk</source>
        <translation>Masuk — EksporYuk</translation>
    </message>
    <message>
        <source>Masuk ke EksporYuk</source>
        <translation>Masuk ke EksporYuk</translation>
    </message>
    <message>
        <source>Alamat &amp;server</source>
        <translation>Alamat &amp;server</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Ingat saya</source>
        <translation>&amp;Ingat saya</translation>
    </message>
    <message>
        <source>Menyimpan sesi di brankas kata sandi sistem operasi, bukan di berkas biasa.</source>
        <translation>Menyimpan sesi di brankas kata sandi sistem operasi, bukan di berkas biasa.</translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Bahasa tampilan</translation>
    </message>
    <message>
        <source>Memeriksa sesi tersimpan…</source>
        <translation>Memeriksa sesi tersimpan…</translation>
    </message>
    <message>
        <source>Alamat server tidak valid. Contoh: https://eksporyuk.example.com</source>
        <translation>Alamat server tidak valid. Contoh: https://eksporyuk.example.com</translation>
    </message>
    <message>
        <source>Isi email dan kata sandi Anda.</source>
        <translation>Isi email dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Sedang masuk…</source>
        <translation>Sedang masuk…</translation>
    </message>
</context>
<context>
    <name>ey::desk::MainWindow</name>
    <message>
        <source>Perubahan tertunda ditolak server</source>
        <translation>Perubahan tertunda ditolak server</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>B&amp;ahasa</source>
        <translation>B&amp;ahasa</translation>
    </message>
    <message>
        <source>Keluar &amp;akun</source>
        <translation>Keluar &amp;akun</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Bilah alat</source>
        <translation>Bilah alat</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Bahasa tampilan</translation>
    </message>
    <message>
        <source>Ruang kerja</source>
        <translation>Ruang kerja</translation>
    </message>
    <message>
        <source>Masuk sebagai %1
%2</source>
        <translation>Masuk sebagai %1
%2</translation>
    </message>
    <message>
        <source>Halo, %1. Belum ada ruang kerja yang dapat dibuka dengan peran Anda.</source>
        <translation>Halo, %1. Belum ada ruang kerja yang dapat dibuka dengan peran Anda.</translation>
    </message>
    <message>
        <source>Pilih ruang kerja di sebelah kiri.</source>
        <translation>Pilih ruang kerja di sebelah kiri.</translation>
    </message>
    <message>
        <source>● Terhubung ke %1</source>
        <translation>● Terhubung ke %1</translation>
    </message>
    <message>
        <source>○ Menyambungkan pembaruan langsung…</source>
        <translation>○ Menyambungkan pembaruan langsung…</translation>
    </message>
    <message>
        <source>○ Server tidak terjangkau — mencoba lagi</source>
        <translation>○ Server tidak terjangkau — mencoba lagi</translation>
    </message>
    <message numerus="yes">
        <source>Antrean kirim: %n perubahan</source>
        <translation>
            <numerusform>Antrean kirim: %n perubahan</numerusform>
        </translation>
    </message>
    <message>
        <source>Semua perubahan terkirim</source>
        <translation>Semua perubahan terkirim</translation>
    </message>
</context>
<context>
    <name>ey::desk::NotificationBell</name>
    <message numerus="yes">
        <source>Notifikasi: %n belum dibaca</source>
        <translation>
            <numerusform>Notifikasi: %n belum dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifikasi</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>Belum ada notifikasi.</source>
        <translation>Belum ada notifikasi.</translation>
    </message>
    <message>
        <source>Tandai semua dibaca</source>
        <translation>Tandai semua dibaca</translation>
    </message>
</context>
<context>
    <name>ey::desk::Session</name>
    <message>
        <source>Tidak ada sesi tersimpan.</source>
        <translation>Tidak ada sesi tersimpan.</translation>
    </message>
</context>
<context>
    <name>ey::desk::Toast</name>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Tutup pemberitahuan</source>
        <translation>Tutup pemberitahuan</translation>
    </message>
</context>
<context>
    <name>ey::desk::branding::AssetCard</name>
    <message>
        <source>Pratinjau tidak dapat ditampilkan</source>
        <translation>Pratinjau tidak dapat ditampilkan</translation>
    </message>
    <message>
        <source>Belum diunggah</source>
        <translation>Belum diunggah</translation>
    </message>
    <message>
        <source>Logo utama</source>
        <translation>Logo utama</translation>
    </message>
    <message>
        <source>Tampil di sidebar untuk admin, member, supplier, dan semua peran selain affiliate. PNG, JPEG, atau SVG, maksimal 1 MB.</source>
        <translation>Tampil di sidebar untuk admin, member, supplier, dan semua peran selain affiliate. PNG, JPEG, atau SVG, maksimal 1 MB.</translation>
    </message>
    <message>
        <source>Logo affiliate</source>
        <translation>Logo affiliate</translation>
    </message>
    <message>
        <source>Ditampilkan kepada affiliate sebagai pengganti logo utama. Bila kosong, affiliate melihat logo utama. PNG, JPEG, atau SVG, maksimal 1 MB.</source>
        <translation>Ditampilkan kepada affiliate sebagai pengganti logo utama. Bila kosong, affiliate melihat logo utama. PNG, JPEG, atau SVG, maksimal 1 MB.</translation>
    </message>
    <message>
        <source>Favicon</source>
        <translation>Favicon</translation>
    </message>
    <message>
        <source>Ikon kecil di tab browser dan pintasan. PNG, ICO, atau SVG, maksimal 256 KB.</source>
        <translation>Ikon kecil di tab browser dan pintasan. PNG, ICO, atau SVG, maksimal 256 KB.</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Pilih berkas untuk %1</source>
        <translation>Pilih berkas untuk %1</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Hapus %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>Pratinjau %1</source>
        <translation>Pratinjau %1</translation>
    </message>
</context>
<context>
    <name>ey::desk::branding::BrandingEditor</name>
    <message>
        <source>Gambar favicon (*.png *.ico *.svg)</source>
        <translation>Gambar favicon (*.png *.ico *.svg)</translation>
    </message>
    <message>
        <source>Gambar logo (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Gambar logo (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Pilih berkas gambar</source>
        <translation>Pilih berkas gambar</translation>
    </message>
    <message>
        <source>Logo dibaca dari server oleh setiap aplikasi, jadi perubahan di sini langsung tampil untuk semua pengguna. Affiliate melihat logo affiliate; peran lain melihat logo utama.</source>
        <translation>Logo dibaca dari server oleh setiap aplikasi, jadi perubahan di sini langsung tampil untuk semua pengguna. Affiliate melihat logo affiliate; peran lain melihat logo utama.</translation>
    </message>
    <message>
        <source>Nama platform, nama pendek, dan tagline diatur di tab &quot;Tipografi &amp; Teks&quot;.</source>
        <translation>Nama platform, nama pendek, dan tagline diatur di tab &quot;Tipografi &amp; Teks&quot;.</translation>
    </message>
    <message>
        <source>Aa  Contoh teks</source>
        <translation>Aa  Contoh teks</translation>
    </message>
    <message>
        <source>Setiap pasangan teks dan latar harus mencapai kontras minimal 4.5:1 (WCAG AA) agar tetap terbaca. Klik kotak warna untuk memilih, atau ketik kode hex.</source>
        <translation>Setiap pasangan teks dan latar harus mencapai kontras minimal 4.5:1 (WCAG AA) agar tetap terbaca. Klik kotak warna untuk memilih, atau ketik kode hex.</translation>
    </message>
    <message>
        <source>Warna primer</source>
        <translation>Warna primer</translation>
    </message>
    <message>
        <source>Header, tautan, dan sorotan. Bawaan #2047FC.</source>
        <translation>Header, tautan, dan sorotan. Bawaan #2047FC.</translation>
    </message>
    <message>
        <source>Warna sekunder</source>
        <translation>Warna sekunder</translation>
    </message>
    <message>
        <source>Lencana dan aksen. Bawaan #FFC30D.</source>
        <translation>Lencana dan aksen. Bawaan #FFC30D.</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Netral</source>
        <translation>Netral</translation>
    </message>
    <message>
        <source>Putih dan hitam merek: kepala tabel, tooltip, bilah judul.</source>
        <translation>Putih dan hitam merek: kepala tabel, tooltip, bilah judul.</translation>
    </message>
    <message>
        <source>Nama platform tampil di judul jendela dan header; tagline tepat di bawahnya.</source>
        <translation>Nama platform tampil di judul jendela dan header; tagline tepat di bawahnya.</translation>
    </message>
    <message>
        <source>&amp;Nama platform</source>
        <translation>&amp;Nama platform</translation>
    </message>
    <message>
        <source>Nama &amp;pendek</source>
        <translation>Nama &amp;pendek</translation>
    </message>
    <message>
        <source>&amp;Tagline</source>
        <translation>&amp;Tagline</translation>
    </message>
    <message>
        <source>Ukuran &amp;heading</source>
        <translation>Ukuran &amp;heading</translation>
    </message>
    <message>
        <source>Ukuran teks &amp;body</source>
        <translation>Ukuran teks &amp;body</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Jenis huruf</source>
        <translation>&amp;Jenis huruf</translation>
    </message>
    <message>
        <source>Jenis huruf</source>
        <translation>Jenis huruf</translation>
    </message>
    <message>
        <source>Dipakai bila terpasang di perangkat pengguna; bila tidak, huruf bawaan sistem.</source>
        <translation>Dipakai bila terpasang di perangkat pengguna; bila tidak, huruf bawaan sistem.</translation>
    </message>
    <message>
        <source>Gaya komponen berlaku di semua ruang kerja dan untuk semua peran.</source>
        <translation>Gaya komponen berlaku di semua ruang kerja dan untuk semua peran.</translation>
    </message>
    <message>
        <source>Tombol utama</source>
        <translation>Tombol utama</translation>
    </message>
    <message>
        <source>Tombol sekunder</source>
        <translation>Tombol sekunder</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>Menu sidebar aktif</source>
        <translation>Menu sidebar aktif</translation>
    </message>
    <message>
        <source>Kartu</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Sorotan &amp; sudut</source>
        <translation>Sorotan &amp; sudut</translation>
    </message>
    <message>
        <source>Warna baris atau menu di bawah kursor, dan kelengkungan sudut.</source>
        <translation>Warna baris atau menu di bawah kursor, dan kelengkungan sudut.</translation>
    </message>
    <message>
        <source>&amp;Radius sudut</source>
        <translation>&amp;Radius sudut</translation>
    </message>
    <message>
        <source>Ikon lonceng di kanan atas selalu tampil dengan angka notifikasi yang belum dibaca. Popup hanya muncul untuk notifikasi baru dan dapat ditutup.</source>
        <translation>Ikon lonceng di kanan atas selalu tampil dengan angka notifikasi yang belum dibaca. Popup hanya muncul untuk notifikasi baru dan dapat ditutup.</translation>
    </message>
    <message>
        <source>Contoh notifikasi</source>
        <translation>Contoh notifikasi</translation>
    </message>
    <message numerus="yes">
        <source>Beginilah popup tampil selama %n detik.</source>
        <translation>
            <numerusform>Beginilah popup tampil selama %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tampilkan &amp;popup saat notifikasi baru masuk</source>
        <translation>Tampilkan &amp;popup saat notifikasi baru masuk</translation>
    </message>
    <message>
        <source>&amp;Lama popup tampil</source>
        <translation>&amp;Lama popup tampil</translation>
    </message>
    <message>
        <source> detik</source>
        <translation> detik</translation>
    </message>
    <message>
        <source>Lama popup tampil dalam detik</source>
        <translation>Lama popup tampil dalam detik</translation>
    </message>
    <message>
        <source>Bunyikan &amp;suara notifikasi</source>
        <translation>Bunyikan &amp;suara notifikasi</translation>
    </message>
    <message>
        <source>Coba popup</source>
        <translation>Coba popup</translation>
    </message>
    <message>
        <source>Menampilkan contoh popup dengan lama tampil di atas (belum perlu disimpan).</source>
        <translation>Menampilkan contoh popup dengan lama tampil di atas (belum perlu disimpan).</translation>
    </message>
    <message>
        <source>Koneksi realtime</source>
        <translation>Koneksi realtime</translation>
    </message>
    <message>
        <source>Status integrasi</source>
        <translation>Status integrasi</translation>
    </message>
    <message>
        <source>Penyedia pengiriman pesan yang dipakai server. Tekan F5 untuk memuat ulang.</source>
        <translation>Penyedia pengiriman pesan yang dipakai server. Tekan F5 untuk memuat ulang.</translation>
    </message>
    <message>
        <source>Email (Mailketing)</source>
        <translation>Email (Mailketing)</translation>
    </message>
    <message>
        <source>Realtime web (Pusher)</source>
        <translation>Realtime web (Pusher)</translation>
    </message>
    <message>
        <source>Push (OneSignal)</source>
        <translation>Push (OneSignal)</translation>
    </message>
    <message>
        <source>✓ Terkonfigurasi (%1)</source>
        <translation>✓ Terkonfigurasi (%1)</translation>
    </message>
    <message>
        <source>⚠ Belum dikonfigurasi</source>
        <translation>⚠ Belum dikonfigurasi</translation>
    </message>
    <message>
        <source>Tanpa kredensial Pusher, halaman web tidak menerima pembaruan realtime lewat Pusher; aplikasi desktop tetap menerimanya langsung dari server.</source>
        <translation>Tanpa kredensial Pusher, halaman web tidak menerima pembaruan realtime lewat Pusher; aplikasi desktop tetap menerimanya langsung dari server.</translation>
    </message>
    <message>
        <source>Tanpa kredensial, pesan tidak dikirim dan tidak dibuang: pesan menunggu di antrean dan terkirim setelah kredensial diisi di konfigurasi server.</source>
        <translation>Tanpa kredensial, pesan tidak dikirim dan tidak dibuang: pesan menunggu di antrean dan terkirim setelah kredensial diisi di konfigurasi server.</translation>
    </message>
    <message>
        <source>%1 dalam antrean · %2 gagal</source>
        <translation>%1 dalam antrean · %2 gagal</translation>
    </message>
    <message>
        <source>Status integrasi tidak dapat dimuat: %1</source>
        <translation>Status integrasi tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <source>Teks di atas primer</source>
        <translation>Teks di atas primer</translation>
    </message>
    <message>
        <source>Teks di atas sekunder</source>
        <translation>Teks di atas sekunder</translation>
    </message>
    <message>
        <source>Latar halaman</source>
        <translation>Latar halaman</translation>
    </message>
    <message>
        <source>Teks halaman</source>
        <translation>Teks halaman</translation>
    </message>
    <message>
        <source>Netral terang</source>
        <translation>Netral terang</translation>
    </message>
    <message>
        <source>Netral gelap</source>
        <translation>Netral gelap</translation>
    </message>
    <message>
        <source>Latar tombol utama</source>
        <translation>Latar tombol utama</translation>
    </message>
    <message>
        <source>Teks tombol utama</source>
        <translation>Teks tombol utama</translation>
    </message>
    <message>
        <source>Latar tombol sekunder</source>
        <translation>Latar tombol sekunder</translation>
    </message>
    <message>
        <source>Teks tombol sekunder</source>
        <translation>Teks tombol sekunder</translation>
    </message>
    <message>
        <source>Latar sidebar</source>
        <translation>Latar sidebar</translation>
    </message>
    <message>
        <source>Teks sidebar</source>
        <translation>Teks sidebar</translation>
    </message>
    <message>
        <source>Latar menu aktif</source>
        <translation>Latar menu aktif</translation>
    </message>
    <message>
        <source>Teks menu aktif</source>
        <translation>Teks menu aktif</translation>
    </message>
    <message>
        <source>Latar kartu</source>
        <translation>Latar kartu</translation>
    </message>
    <message>
        <source>Teks kartu</source>
        <translation>Teks kartu</translation>
    </message>
    <message>
        <source>Latar saat disorot</source>
        <translation>Latar saat disorot</translation>
    </message>
    <message>
        <source>Nama platform</source>
        <translation>Nama platform</translation>
    </message>
    <message>
        <source>Nama pendek</source>
        <translation>Nama pendek</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
    <message>
        <source>Logo, warna, teks, dan gaya komponen untuk seluruh aplikasi. Perubahan berlaku untuk semua pengguna begitu disimpan.</source>
        <translation>Logo, warna, teks, dan gaya komponen untuk seluruh aplikasi. Perubahan berlaku untuk semua pengguna begitu disimpan.</translation>
    </message>
    <message>
        <source>Logo &amp; Identitas</source>
        <translation>Logo &amp; Identitas</translation>
    </message>
    <message>
        <source>Warna &amp; Tema</source>
        <translation>Warna &amp; Tema</translation>
    </message>
    <message>
        <source>Tipografi &amp; Teks</source>
        <translation>Tipografi &amp; Teks</translation>
    </message>
    <message>
        <source>Komponen UI</source>
        <translation>Komponen UI</translation>
    </message>
    <message>
        <source>Notifikasi Realtime</source>
        <translation>Notifikasi Realtime</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Batalkan perubahan</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <source>Kembali ke nilai yang terakhir dimuat (Esc)</source>
        <translation>Kembali ke nilai yang terakhir dimuat (Esc)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>kode warna &quot;%1&quot; untuk %2 belum lengkap (contoh: #2047FC).</source>
        <translation>kode warna &quot;%1&quot; untuk %2 belum lengkap (contoh: #2047FC).</translation>
    </message>
    <message>
        <source>kontras %1 %2:1, minimal 4.5:1.</source>
        <translation>kontras %1 %2:1, minimal 4.5:1.</translation>
    </message>
    <message>
        <source>%1 wajib diisi.</source>
        <translation>%1 wajib diisi.</translation>
    </message>
    <message>
        <source>Lengkapi kode warna untuk menghitung kontras.</source>
        <translation>Lengkapi kode warna untuk menghitung kontras.</translation>
    </message>
    <message>
        <source>⚠ Kontras %1:1, minimal 4.5:1: teks sulit dibaca. Simpan tidak dapat dilakukan sebelum kontras cukup.</source>
        <translation>⚠ Kontras %1:1, minimal 4.5:1: teks sulit dibaca. Simpan tidak dapat dilakukan sebelum kontras cukup.</translation>
    </message>
    <message>
        <source>✓ Kontras %1:1, memenuhi WCAG AA (minimal 4.5:1).</source>
        <translation>✓ Kontras %1:1, memenuhi WCAG AA (minimal 4.5:1).</translation>
    </message>
    <message>
        <source>Simpan dinonaktifkan: %1</source>
        <translation>Simpan dinonaktifkan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Simpan dinonaktifkan: %1 (dan %n masalah lain)</source>
        <translation>
            <numerusform>Simpan dinonaktifkan: %1 (dan %n masalah lain)</numerusform>
        </translation>
    </message>
    <message>
        <source>Simpan dinonaktifkan:</source>
        <translation>Simpan dinonaktifkan:</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>Ada perubahan yang belum disimpan.</translation>
    </message>
    <message>
        <source>Simpan dan terapkan ke semua pengguna (Ctrl+S)</source>
        <translation>Simpan dan terapkan ke semua pengguna (Ctrl+S)</translation>
    </message>
    <message>
        <source>Belum ada perubahan untuk disimpan.</source>
        <translation>Belum ada perubahan untuk disimpan.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Perubahan dibatalkan; kembali ke nilai yang tersimpan.</source>
        <translation>Perubahan dibatalkan; kembali ke nilai yang tersimpan.</translation>
    </message>
    <message>
        <source>Memuat pengaturan branding…</source>
        <translation>Memuat pengaturan branding…</translation>
    </message>
    <message>
        <source>Pengaturan branding dimuat.</source>
        <translation>Pengaturan branding dimuat.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Tersimpan. Semua pengguna kini melihat branding baru.</source>
        <translation>Tersimpan. Semua pengguna kini melihat branding baru.</translation>
    </message>
    <message>
        <source>Belum tersimpan: branding sudah diubah admin lain.</source>
        <translation>Belum tersimpan: branding sudah diubah admin lain.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Berkas %1 terlalu besar (%2 MB). Pilih gambar yang lebih kecil.</source>
        <translation>Berkas %1 terlalu besar (%2 MB). Pilih gambar yang lebih kecil.</translation>
    </message>
    <message>
        <source>Mengunggah %1…</source>
        <translation>Mengunggah %1…</translation>
    </message>
    <message>
        <source>Hapus gambar</source>
        <translation>Hapus gambar</translation>
    </message>
    <message>
        <source>Hapus %1? Semua pengguna langsung melihat perubahannya.</source>
        <translation>Hapus %1? Semua pengguna langsung melihat perubahannya.</translation>
    </message>
    <message>
        <source>Gambar diperbarui untuk semua pengguna.</source>
        <translation>Gambar diperbarui untuk semua pengguna.</translation>
    </message>
    <message>
        <source>Gambar belum diganti: branding sudah diubah admin lain.</source>
        <translation>Gambar belum diganti: branding sudah diubah admin lain.</translation>
    </message>
    <message>
        <source>Admin lain memperbarui branding; nilai terbaru sudah dimuat.</source>
        <translation>Admin lain memperbarui branding; nilai terbaru sudah dimuat.</translation>
    </message>
    <message>
        <source>Admin lain baru saja menyimpan branding. Menyimpan sekarang akan ditolak; muat ulang untuk melihat perubahan itu (perubahan Anda yang belum disimpan akan hilang).</source>
        <translation>Admin lain baru saja menyimpan branding. Menyimpan sekarang akan ditolak; muat ulang untuk melihat perubahan itu (perubahan Anda yang belum disimpan akan hilang).</translation>
    </message>
    <message>
        <source>● Terhubung: perubahan branding dan notifikasi tiba seketika, tanpa memuat ulang.</source>
        <translation>● Terhubung: perubahan branding dan notifikasi tiba seketika, tanpa memuat ulang.</translation>
    </message>
    <message>
        <source>○ Terputus: aplikasi mencoba menyambung ulang. Perubahan tetap tersimpan di server dan tampil setelah tersambung.</source>
        <translation>○ Terputus: aplikasi mencoba menyambung ulang. Perubahan tetap tersimpan di server dan tampil setelah tersambung.</translation>
    </message>
</context>
<context>
    <name>ey::desk::branding::BrandingPreview</name>
    <message>
        <source>Pratinjau langsung (belum disimpan)</source>
        <translation>Pratinjau langsung (belum disimpan)</translation>
    </message>
    <message>
        <source>Lihat sebagai admin / member</source>
        <translation>Lihat sebagai admin / member</translation>
    </message>
    <message>
        <source>Lihat sebagai affiliate</source>
        <translation>Lihat sebagai affiliate</translation>
    </message>
    <message>
        <source>Affiliate melihat logo affiliate; peran lain melihat logo utama.</source>
        <translation>Affiliate melihat logo affiliate; peran lain melihat logo utama.</translation>
    </message>
    <message>
        <source>Peran untuk pratinjau</source>
        <translation>Peran untuk pratinjau</translation>
    </message>
    <message>
        <source>Dasbor</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Produk (disorot)</source>
        <translation>Produk (disorot)</translation>
    </message>
    <message>
        <source>Tiket Support</source>
        <translation>Tiket Support</translation>
    </message>
    <message>
        <source>Lencana notifikasi</source>
        <translation>Lencana notifikasi</translation>
    </message>
    <message>
        <source>Selamat datang kembali</source>
        <translation>Selamat datang kembali</translation>
    </message>
    <message>
        <source>Beginilah teks biasa terlihat di halaman Anda.</source>
        <translation>Beginilah teks biasa terlihat di halaman Anda.</translation>
    </message>
    <message>
        <source>Tombol utama</source>
        <translation>Tombol utama</translation>
    </message>
    <message>
        <source>Tombol sekunder</source>
        <translation>Tombol sekunder</translation>
    </message>
    <message>
        <source>Kartu</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Isi kartu memakai warna kartu.</source>
        <translation>Isi kartu memakai warna kartu.</translation>
    </message>
    <message>
        <source>Pesanan</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>INV-1041 · Kelas Ekspor Dasar</source>
        <translation>INV-1041 · Kelas Ekspor Dasar</translation>
    </message>
    <message>
        <source>INV-1042 · Baris di bawah kursor</source>
        <translation>INV-1042 · Baris di bawah kursor</translation>
    </message>
</context>
<context>
    <name>ey::desk::branding::BrandingWorkspace</name>
    <message>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Simpan atau batalkan perubahan Anda dulu, lalu muat ulang.</source>
        <translation>Simpan atau batalkan perubahan Anda dulu, lalu muat ulang.</translation>
    </message>
</context>
<context>
    <name>ey::desk::branding::ColourContrast</name>
    <message>
        <source>teks di atas warna primer terhadap warna primer</source>
        <translation>teks di atas warna primer terhadap warna primer</translation>
    </message>
    <message>
        <source>teks di atas warna sekunder terhadap warna sekunder</source>
        <translation>teks di atas warna sekunder terhadap warna sekunder</translation>
    </message>
    <message>
        <source>teks terhadap latar halaman</source>
        <translation>teks terhadap latar halaman</translation>
    </message>
    <message>
        <source>teks tombol utama terhadap latar</source>
        <translation>teks tombol utama terhadap latar</translation>
    </message>
    <message>
        <source>teks tombol sekunder terhadap latar</source>
        <translation>teks tombol sekunder terhadap latar</translation>
    </message>
    <message>
        <source>teks sidebar terhadap latar sidebar</source>
        <translation>teks sidebar terhadap latar sidebar</translation>
    </message>
    <message>
        <source>teks menu aktif sidebar terhadap latar menu aktif</source>
        <translation>teks menu aktif sidebar terhadap latar menu aktif</translation>
    </message>
    <message>
        <source>teks kartu terhadap latar kartu</source>
        <translation>teks kartu terhadap latar kartu</translation>
    </message>
</context>
<context>
    <name>ey::desk::branding::ColourField</name>
    <message>
        <source>Pilih warna untuk %1</source>
        <translation>Pilih warna untuk %1</translation>
    </message>
    <message>
        <source>Pilih warna: %1</source>
        <translation>Pilih warna: %1</translation>
    </message>
    <message>
        <source>Kode hex: %1</source>
        <translation>Kode hex: %1</translation>
    </message>
    <message>
        <source>Kode warna hex, misalnya #2047FC</source>
        <translation>Kode warna hex, misalnya #2047FC</translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::AttachmentList</name>
    <message>
        <source>Hapus lampiran ini</source>
        <translation>Hapus lampiran ini</translation>
    </message>
    <message>
        <source>Menunggu diunggah</source>
        <translation>Menunggu diunggah</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Berkas %1 terlalu besar. Lampiran maksimal 10 MB; perkecil atau kompres berkasnya.</source>
        <translation>Berkas %1 terlalu besar. Lampiran maksimal 10 MB; perkecil atau kompres berkasnya.</translation>
    </message>
    <message>
        <source>Mengunggah…</source>
        <translation>Mengunggah…</translation>
    </message>
    <message>
        <source>Terunggah · %1</source>
        <translation>Terunggah · %1</translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::TicketCreateForm</name>
    <message>
        <source>Buat tiket baru</source>
        <translation>Buat tiket baru</translation>
    </message>
    <message>
        <source>Ceritakan masalah Anda sejelas mungkin. Tim support akan membalas di tiket ini, dan Anda mendapat notifikasi setiap ada balasan.</source>
        <translation>Ceritakan masalah Anda sejelas mungkin. Tim support akan membalas di tiket ini, dan Anda mendapat notifikasi setiap ada balasan.</translation>
    </message>
    <message>
        <source>Judul tiket *</source>
        <translation>Judul tiket *</translation>
    </message>
    <message>
        <source>Contoh: Tidak bisa masuk setelah ganti nomor WhatsApp</source>
        <translation>Contoh: Tidak bisa masuk setelah ganti nomor WhatsApp</translation>
    </message>
    <message>
        <source>Kategori masalah *</source>
        <translation>Kategori masalah *</translation>
    </message>
    <message>
        <source>Pilih kategori…</source>
        <translation>Pilih kategori…</translation>
    </message>
    <message>
        <source>Deskripsi masalah *</source>
        <translation>Deskripsi masalah *</translation>
    </message>
    <message>
        <source>Apa yang terjadi, apa yang Anda harapkan, dan langkah yang sudah dicoba.</source>
        <translation>Apa yang terjadi, apa yang Anda harapkan, dan langkah yang sudah dicoba.</translation>
    </message>
    <message>
        <source>Terkait (opsional)</source>
        <translation>Terkait (opsional)</translation>
    </message>
    <message>
        <source>Contoh: INV-2025-000123</source>
        <translation>Contoh: INV-2025-000123</translation>
    </message>
    <message>
        <source>ID membership</source>
        <translation>ID membership</translation>
    </message>
    <message>
        <source>Nomor order / invoice</source>
        <translation>Nomor order / invoice</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Lampiran (opsional)</source>
        <translation>Lampiran (opsional)</translation>
    </message>
    <message>
        <source>Gambar, PDF, atau dokumen Office, masing-masing maksimal 10 MB.</source>
        <translation>Gambar, PDF, atau dokumen Office, masing-masing maksimal 10 MB.</translation>
    </message>
    <message>
        <source>Lampirkan berkas…</source>
        <translation>Lampirkan berkas…</translation>
    </message>
    <message>
        <source>Kirim tiket</source>
        <translation>Kirim tiket</translation>
    </message>
    <message>
        <source>Lampirkan berkas</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <source>Gambar, PDF, dan dokumen Office (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.doc *.docx *.xlsx *.pptx);;Semua berkas (*)</source>
        <translation>Gambar, PDF, dan dokumen Office (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.doc *.docx *.xlsx *.pptx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Mengirim tiket…</source>
        <translation>Mengirim tiket…</translation>
    </message>
    <message>
        <source>Tiket dibuat. Mengunggah lampiran…</source>
        <translation>Tiket dibuat. Mengunggah lampiran…</translation>
    </message>
    <message numerus="yes">
        <source>Tiket sudah dibuat, tetapi %n lampiran gagal diunggah. Lampirkan lagi lewat balasan di tiket itu.</source>
        <translation>
            <numerusform>Tiket sudah dibuat, tetapi %n lampiran gagal diunggah. Lampirkan lagi lewat balasan di tiket itu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lampiran untuk tiket ini.</source>
        <translation>Lampiran untuk tiket ini.</translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::TicketFilterBar</name>
    <message>
        <source>Ditugaskan ke saya</source>
        <translation>Ditugaskan ke saya</translation>
    </message>
    <message>
        <source>Belum ditugaskan</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>Semua tiket</source>
        <translation>Semua tiket</translation>
    </message>
    <message>
        <source>Semua yang saya lihat</source>
        <translation>Semua yang saya lihat</translation>
    </message>
    <message>
        <source>Setiap tiket, siapa pun yang menanganinya</source>
        <translation>Setiap tiket, siapa pun yang menanganinya</translation>
    </message>
    <message>
        <source>Tiket yang ditugaskan ke Anda, yang belum ditugaskan, dan tiket Anda sendiri</source>
        <translation>Tiket yang ditugaskan ke Anda, yang belum ditugaskan, dan tiket Anda sendiri</translation>
    </message>
    <message>
        <source>Cari nomor, judul, atau isi tiket (Ctrl+L)</source>
        <translation>Cari nomor, judul, atau isi tiket (Ctrl+L)</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Semua prioritas</source>
        <translation>Semua prioritas</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>Semua peran</source>
        <translation>Semua peran</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Hanya tiket yang dibuat di antara dua tanggal ini (WIB)</source>
        <translation>Hanya tiket yang dibuat di antara dua tanggal ini (WIB)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Hapus semua filter dan pencarian</source>
        <translation>Hapus semua filter dan pencarian</translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::TicketLabels</name>
    <message>
        <source>Terbuka</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Sedang Ditangani</source>
        <translation>Sedang Ditangani</translation>
    </message>
    <message>
        <source>Menunggu Pengguna</source>
        <translation>Menunggu Pengguna</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Mendesak</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <source>Tinggi</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Sedang</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Rendah</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Akun &amp; Login</source>
        <translation>Akun &amp; Login</translation>
    </message>
    <message>
        <source>Membership &amp; Pembayaran</source>
        <translation>Membership &amp; Pembayaran</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <source>Iklan &amp; Tracking</source>
        <translation>Iklan &amp; Tracking</translation>
    </message>
    <message>
        <source>Bug Sistem</source>
        <translation>Bug Sistem</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Founder</translation>
    </message>
    <message>
        <source>Co-Founder</source>
        <translation>Co-Founder</translation>
    </message>
    <message>
        <source>Keuangan</source>
        <translation>Keuangan</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Member Premium</source>
        <translation>Member Premium</translation>
    </message>
    <message>
        <source>Member Free</source>
        <translation>Member Free</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Operator Partner</source>
        <translation>Operator Partner</translation>
    </message>
    <message>
        <source>%1 h %2 j</source>
        <translation>%1 h %2 j</translation>
    </message>
    <message>
        <source>%1 j %2 m</source>
        <translation>%1 j %2 m</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::TicketMetricsPanel</name>
    <message>
        <source>Periode tiket dibuat:</source>
        <translation>Periode tiket dibuat:</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Total tiket</source>
        <translation>Total tiket</translation>
    </message>
    <message>
        <source>Masih terbuka</source>
        <translation>Masih terbuka</translation>
    </message>
    <message>
        <source>Selesai / ditutup</source>
        <translation>Selesai / ditutup</translation>
    </message>
    <message>
        <source>Terbuka &amp; melewati SLA</source>
        <translation>Terbuka &amp; melewati SLA</translation>
    </message>
    <message>
        <source>Rata-rata respons pertama</source>
        <translation>Rata-rata respons pertama</translation>
    </message>
    <message>
        <source>Rata-rata waktu penyelesaian</source>
        <translation>Rata-rata waktu penyelesaian</translation>
    </message>
    <message>
        <source>Kepatuhan SLA respons</source>
        <translation>Kepatuhan SLA respons</translation>
    </message>
    <message>
        <source>Kepatuhan SLA penyelesaian</source>
        <translation>Kepatuhan SLA penyelesaian</translation>
    </message>
    <message>
        <source>Tiket per kategori</source>
        <translation>Tiket per kategori</translation>
    </message>
    <message>
        <source>Terbuka vs selesai</source>
        <translation>Terbuka vs selesai</translation>
    </message>
    <message>
        <source>Tiket per peran pemilik</source>
        <translation>Tiket per peran pemilik</translation>
    </message>
    <message>
        <source>Target SLA per prioritas</source>
        <translation>Target SLA per prioritas</translation>
    </message>
    <message>
        <source>Batas waktu dalam jam sejak tiket dibuat. Perubahan berlaku untuk tiket baru maupun yang masih berjalan.</source>
        <translation>Batas waktu dalam jam sejak tiket dibuat. Perubahan berlaku untuk tiket baru maupun yang masih berjalan.</translation>
    </message>
    <message>
        <source>Batas waktu dalam jam sejak tiket dibuat. Hanya admin yang dapat mengubahnya.</source>
        <translation>Batas waktu dalam jam sejak tiket dibuat. Hanya admin yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Respons pertama (jam)</source>
        <translation>Respons pertama (jam)</translation>
    </message>
    <message>
        <source>Penyelesaian (jam)</source>
        <translation>Penyelesaian (jam)</translation>
    </message>
    <message>
        <source> jam</source>
        <translation> jam</translation>
    </message>
    <message>
        <source>Simpan target SLA</source>
        <translation>Simpan target SLA</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Belum ada tiket dengan data ini pada periode ini</source>
        <translation>Belum ada tiket dengan data ini pada periode ini</translation>
    </message>
    <message>
        <source>Belum ada tiket yang hasil SLA-nya sudah diketahui</source>
        <translation>Belum ada tiket yang hasil SLA-nya sudah diketahui</translation>
    </message>
    <message>
        <source>Baik: 90 % atau lebih memenuhi target</source>
        <translation>Baik: 90 % atau lebih memenuhi target</translation>
    </message>
    <message>
        <source>Perlu perhatian: di bawah 90 % memenuhi target</source>
        <translation>Perlu perhatian: di bawah 90 % memenuhi target</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>Terbuka (%1)</source>
        <translation>Terbuka (%1)</translation>
    </message>
    <message>
        <source>Selesai (%1)</source>
        <translation>Selesai (%1)</translation>
    </message>
    <message>
        <source>Tiket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Target SLA disimpan.</source>
        <translation>Target SLA disimpan.</translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::TicketQueuePage</name>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Ditugaskan</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>Aktivitas terakhir</source>
        <translation>Aktivitas terakhir</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Terlewat</source>
        <translation>Terlewat</translation>
    </message>
    <message>
        <source>Terpenuhi</source>
        <translation>Terpenuhi</translation>
    </message>
    <message>
        <source>Selesai sblm %1</source>
        <translation>Selesai sblm %1</translation>
    </message>
    <message>
        <source>Respons sblm %1</source>
        <translation>Respons sblm %1</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Memuat tiket…</source>
        <translation>Memuat tiket…</translation>
    </message>
    <message>
        <source>Tidak ada tiket di tampilan ini. Ubah filter atau pilih tampilan lain.</source>
        <translation>Tidak ada tiket di tampilan ini. Ubah filter atau pilih tampilan lain.</translation>
    </message>
    <message>
        <source>Antrean kosong. Tiket baru akan muncul di sini dengan sendirinya.</source>
        <translation>Antrean kosong. Tiket baru akan muncul di sini dengan sendirinya.</translation>
    </message>
    <message>
        <source>Anda belum punya tiket. Butuh bantuan? Buka tab &quot;Buat Tiket&quot;.</source>
        <translation>Anda belum punya tiket. Butuh bantuan? Buka tab &quot;Buat Tiket&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n tiket dimuat, gulir untuk lebih banyak</source>
        <translation>
            <numerusform>%n tiket dimuat, gulir untuk lebih banyak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tiket</source>
        <translation>
            <numerusform>%n tiket</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::TicketView</name>
    <message>
        <source>Balasan yang tertunda ditolak server: %1</source>
        <translation>Balasan yang tertunda ditolak server: %1</translation>
    </message>
    <message>
        <source>Pilih tiket dari daftar (Enter atau klik dua kali) untuk membaca percakapannya.</source>
        <translation>Pilih tiket dari daftar (Enter atau klik dua kali) untuk membaca percakapannya.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Hanya perubahan yang diizinkan alur kerja tiket yang ditawarkan</source>
        <translation>Hanya perubahan yang diizinkan alur kerja tiket yang ditawarkan</translation>
    </message>
    <message>
        <source>Prioritas:</source>
        <translation>Prioritas:</translation>
    </message>
    <message>
        <source>Ditugaskan:</source>
        <translation>Ditugaskan:</translation>
    </message>
    <message>
        <source>Ambil tiket ini</source>
        <translation>Ambil tiket ini</translation>
    </message>
    <message>
        <source>Tutup tiket</source>
        <translation>Tutup tiket</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Tulis balasan… (Ctrl+Enter untuk mengirim)</source>
        <translation>Tulis balasan… (Ctrl+Enter untuk mengirim)</translation>
    </message>
    <message>
        <source>Lampirkan berkas…</source>
        <translation>Lampirkan berkas…</translation>
    </message>
    <message>
        <source>Kirim</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>Kirim balasan (Ctrl+Enter)</source>
        <translation>Kirim balasan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Lampirkan berkas</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <source>Gambar, PDF, dan dokumen Office (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.doc *.docx *.xlsx *.pptx);;Semua berkas (*)</source>
        <translation>Gambar, PDF, dan dokumen Office (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.doc *.docx *.xlsx *.pptx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Mengunggah lampiran…</source>
        <translation>Mengunggah lampiran…</translation>
    </message>
    <message>
        <source>Memuat tiket…</source>
        <translation>Memuat tiket…</translation>
    </message>
    <message>
        <source>Tiket tidak dapat dimuat</source>
        <translation>Tiket tidak dapat dimuat</translation>
    </message>
    <message>
        <source>Melewati SLA</source>
        <translation>Melewati SLA</translation>
    </message>
    <message>
        <source>Sesuai SLA</source>
        <translation>Sesuai SLA</translation>
    </message>
    <message>
        <source>Respons pertama paling lambat %1
Selesai paling lambat %2</source>
        <translation>Respons pertama paling lambat %1
Selesai paling lambat %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · %4 · dibuat %5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · %4 · dibuat %5 · %6</translation>
    </message>
    <message>
        <source>belum ditugaskan</source>
        <translation>belum ditugaskan</translation>
    </message>
    <message>
        <source>ditangani %1</source>
        <translation>ditangani %1</translation>
    </message>
    <message>
        <source>Membership: %1</source>
        <translation>Membership: %1</translation>
    </message>
    <message>
        <source>Invoice: %1</source>
        <translation>Invoice: %1</translation>
    </message>
    <message>
        <source>Kelas: %1</source>
        <translation>Kelas: %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>— Belum ditugaskan —</source>
        <translation>— Belum ditugaskan —</translation>
    </message>
    <message>
        <source>%1 (%2 tiket aktif)</source>
        <translation>%1 (%2 tiket aktif)</translation>
    </message>
    <message>
        <source>Tiket ini sudah ditutup dan hanya bisa dibaca. Gunakan &quot;Buka kembali&quot; bila masalahnya muncul lagi.</source>
        <translation>Tiket ini sudah ditutup dan hanya bisa dibaca. Gunakan &quot;Buka kembali&quot; bila masalahnya muncul lagi.</translation>
    </message>
    <message>
        <source>Tiket ini sudah ditutup dan hanya bisa dibaca. Bila masalahnya muncul lagi, buat tiket baru.</source>
        <translation>Tiket ini sudah ditutup dan hanya bisa dibaca. Bila masalahnya muncul lagi, buat tiket baru.</translation>
    </message>
    <message>
        <source>Tiket yang sudah ditutup tidak bisa dibalas.</source>
        <translation>Tiket yang sudah ditutup tidak bisa dibalas.</translation>
    </message>
    <message>
        <source>Daftar staf support tidak dapat dimuat: %1</source>
        <translation>Daftar staf support tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <source>Tunggu sampai semua lampiran selesai diunggah, lalu kirim lagi.</source>
        <translation>Tunggu sampai semua lampiran selesai diunggah, lalu kirim lagi.</translation>
    </message>
    <message>
        <source>Ada lampiran yang belum terunggah. Hapus lampiran itu atau lampirkan ulang, lalu kirim lagi.</source>
        <translation>Ada lampiran yang belum terunggah. Hapus lampiran itu atau lampirkan ulang, lalu kirim lagi.</translation>
    </message>
    <message>
        <source>Tulis balasan terlebih dahulu.</source>
        <translation>Tulis balasan terlebih dahulu.</translation>
    </message>
    <message>
        <source>(lampiran)</source>
        <translation>(lampiran)</translation>
    </message>
    <message>
        <source>Mengirim…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <source>Server tidak dapat dihubungi. Balasan disimpan dan dikirim otomatis begitu koneksi kembali.</source>
        <translation>Server tidak dapat dihubungi. Balasan disimpan dan dikirim otomatis begitu koneksi kembali.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · deskripsi tiket · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · deskripsi tiket · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · Tim Support · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Tim Support · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · ⏳ menunggu koneksi</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · ⏳ menunggu koneksi</translation>
    </message>
    <message>
        <source>&lt;div style=&quot;color:#92400E; font-size:small;&quot;&gt;Dikirim otomatis saat server dapat dihubungi lagi.&lt;/div&gt;</source>
        <translation>&lt;div style=&quot;color:#92400E; font-size:small;&quot;&gt;Dikirim otomatis saat server dapat dihubungi lagi.&lt;/div&gt;</translation>
    </message>
    <message>
        <source>lampiran</source>
        <translation>lampiran</translation>
    </message>
    <message>
        <source>Simpan lampiran</source>
        <translation>Simpan lampiran</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Mengunduh %1</source>
        <translation>Mengunduh %1</translation>
    </message>
    <message>
        <source>Lampiran disimpan ke %1</source>
        <translation>Lampiran disimpan ke %1</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat disimpan: %2</source>
        <translation>Berkas %1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>Unduhan dibatalkan.</source>
        <translation>Unduhan dibatalkan.</translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::TicketsWorkspace</name>
    <message>
        <source>Antrean Tiket</source>
        <translation>Antrean Tiket</translation>
    </message>
    <message>
        <source>Tiket Saya</source>
        <translation>Tiket Saya</translation>
    </message>
    <message>
        <source>Buat Tiket</source>
        <translation>Buat Tiket</translation>
    </message>
    <message>
        <source>Metrik</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Tiket Support</source>
        <translation>Tiket Support</translation>
    </message>
</context>
</TS>
