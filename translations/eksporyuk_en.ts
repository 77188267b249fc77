<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ey::desk::ApiError</name>
    <message>
        <source>Waktu habis</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Server %1 tidak menjawab tepat waktu. Periksa koneksi lalu coba lagi.</source>
        <translation>Server %1 did not answer in time. Check your connection and try again.</translation>
    </message>
    <message>
        <source>Server tidak dapat dihubungi</source>
        <translation>Server unreachable</translation>
    </message>
    <message>
        <source>Tidak dapat terhubung ke server %1. Periksa alamat server dan koneksi internet Anda, lalu coba lagi.</source>
        <translation>Cannot connect to server %1. Check the server address and your internet connection, then try again.</translation>
    </message>
    <message>
        <source>Server menjawab dengan kesalahan %1. Coba lagi nanti; hubungi tim support bila berulang.</source>
        <translation>The server answered with error %1. Try again later; contact the support team if it keeps happening.</translation>
    </message>
</context>
<context>
    <name>ey::desk::DeskApplication</name>
    <message>
        <source>Sesi berakhir</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <source>Sesi tidak dapat diingat</source>
        <translation>Session cannot be remembered</translation>
    </message>
    <message>
        <source>Brankas kata sandi sistem tidak tersedia, jadi Anda perlu masuk lagi saat membuka aplikasi berikutnya.

%1</source>
        <translation>The system password vault is not available, so you will need to sign in again the next time you open the application.

%1</translation>
    </message>
    <message>
        <source>Sesi Anda telah berakhir. Silakan masuk lagi.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
</context>
<context>
    <name>ey::desk::LoginDialog</name>
    <message>
        <source>Masuk — EksporYuk</source>
        <translation>Sign in — EksporYuk</translation>
    </message>
    <message>
        <source>Masuk ke EksporYuk</source>
        <translation>Sign in to EksporYuk</translation>
    </message>
    <message>
        <source>Alamat &amp;server</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Ingat saya</source>
        <translation>&amp;Remember me</translation>
    </message>
    <message>
        <source>Menyimpan sesi di brankas kata sandi sistem operasi, bukan di berkas biasa.</source>
        <translation>Keeps the session in the operating system&apos;s password vault, never in a plain file.</translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>Memeriksa sesi tersimpan…</source>
        <translation>Checking the saved session…</translation>
    </message>
    <message>
        <source>Alamat server tidak valid. Contoh: https://eksporyuk.example.com</source>
        <translation>The server address is not valid. Example: https://eksporyuk.example.com</translation>
    </message>
    <message>
        <source>Isi email dan kata sandi Anda.</source>
        <translation>Enter your email and password.</translation>
    </message>
    <message>
        <source>Sedang masuk…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>ey::desk::MainWindow</name>
    <message>
        <source>Perubahan tertunda ditolak server</source>
        <translation>The server refused a pending change</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>B&amp;ahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Keluar &amp;akun</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Bilah alat</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>Ruang kerja</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>Masuk sebagai %1
%2</source>
        <translation>Signed in as %1
%2</translation>
    </message>
    <message>
        <source>Halo, %1. Belum ada ruang kerja yang dapat dibuka dengan peran Anda.</source>
        <translation>Hello, %1. There is no workspace your roles can open yet.</translation>
    </message>
    <message>
        <source>Pilih ruang kerja di sebelah kiri.</source>
        <translation>Choose a workspace on the left.</translation>
    </message>
    <message>
        <source>● Terhubung ke %1</source>
        <translation>● Connected to %1</translation>
    </message>
    <message>
        <source>○ Menyambungkan pembaruan langsung…</source>
        <translation>○ Connecting live updates…</translation>
    </message>
    <message>
        <source>○ Server tidak terjangkau — mencoba lagi</source>
        <translation>○ Server unreachable — retrying</translation>
    </message>
    <message numerus="yes">
        <source>Antrean kirim: %n perubahan</source>
        <translation>
            <numerusform>Send queue: %n change</numerusform>
            <numerusform>Send queue: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Semua perubahan terkirim</source>
        <translation>All changes sent</translation>
    </message>
</context>
<context>
    <name>ey::desk::NotificationBell</name>
    <message numerus="yes">
        <source>Notifikasi: %n belum dibaca</source>
        <translation>
            <numerusform>Notifications: %n unread</numerusform>
            <numerusform>Notifications: %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifikasi</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Belum ada notifikasi.</source>
        <translation>No notifications yet.</translation>
    </message>
    <message>
        <source>Tandai semua dibaca</source>
        <translation>Mark all as read</translation>
    </message>
</context>
<context>
    <name>ey::desk::Session</name>
    <message>
        <source>Tidak ada sesi tersimpan.</source>
        <translation>No saved session.</translation>
    </message>
</context>
<context>
    <name>ey::desk::Toast</name>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tutup pemberitahuan</source>
        <translation>Close notification</translation>
    </message>
</context>
</TS>
