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
</TS>
