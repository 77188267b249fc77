<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BillingCharts</name>
    <message>
        <source>Sisa kuota dari waktu ke waktu</source>
        <translation>Sisa kuota dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Sisa kuota</source>
        <translation>Sisa kuota</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
    <message>
        <source>Juta rupiah</source>
        <translation>Juta rupiah</translation>
    </message>
    <message>
        <source>Ribu rupiah</source>
        <translation>Ribu rupiah</translation>
    </message>
    <message>
        <source>Pemakaian kredit 12 bulan terakhir</source>
        <translation>Pemakaian kredit 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Pemakaian</source>
        <translation>Pemakaian</translation>
    </message>
</context>
<context>
    <name>CurationFormat</name>
    <message>
        <source>Perusahaan</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Narahubung</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Negara</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Kode HS</source>
        <translation>Kode HS</translation>
    </message>
    <message>
        <source>Skala bisnis</source>
        <translation>Skala bisnis</translation>
    </message>
    <message>
        <source>Syarat pembayaran</source>
        <translation>Syarat pembayaran</translation>
    </message>
    <message>
        <source>Syarat pengiriman</source>
        <translation>Syarat pengiriman</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Tanggal ditambahkan</source>
        <translation>Tanggal ditambahkan</translation>
    </message>
    <message>
        <source>Kecil</source>
        <translation>Kecil</translation>
    </message>
    <message>
        <source>Menengah</source>
        <translation>Menengah</translation>
    </message>
    <message>
        <source>Besar</source>
        <translation>Besar</translation>
    </message>
    <message>
        <source>Korporasi</source>
        <translation>Korporasi</translation>
    </message>
    <message>
        <source>Telegraphic Transfer</source>
        <translation>Telegraphic Transfer</translation>
    </message>
    <message>
        <source>Letter of Credit</source>
        <translation>Letter of Credit</translation>
    </message>
    <message>
        <source>Documents against Payment</source>
        <translation>Documents against Payment</translation>
    </message>
    <message>
        <source>Documents against Acceptance</source>
        <translation>Documents against Acceptance</translation>
    </message>
    <message>
        <source>Cash against Documents</source>
        <translation>Cash against Documents</translation>
    </message>
    <message>
        <source>Open Account</source>
        <translation>Open Account</translation>
    </message>
    <message>
        <source>Cash in Advance</source>
        <translation>Cash in Advance</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>1 bulan</source>
        <translation>1 bulan</translation>
    </message>
    <message>
        <source>3 bulan</source>
        <translation>3 bulan</translation>
    </message>
    <message>
        <source>6 bulan</source>
        <translation>6 bulan</translation>
    </message>
    <message>
        <source>12 bulan</source>
        <translation>12 bulan</translation>
    </message>
    <message>
        <source>Seumur hidup</source>
        <translation>Seumur hidup</translation>
    </message>
    <message>
        <source>Kontak salah</source>
        <translation>Kontak salah</translation>
    </message>
    <message>
        <source>Bukan buyer</source>
        <translation>Bukan buyer</translation>
    </message>
    <message>
        <source>Sudah tutup</source>
        <translation>Sudah tutup</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Diselesaikan</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Diunggah</source>
        <translation>Diunggah</translation>
    </message>
    <message>
        <source>Dalam antrean</source>
        <translation>Dalam antrean</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Galat, dilewati</source>
        <translation>Galat, dilewati</translation>
    </message>
    <message>
        <source>Duplikat, dilewati</source>
        <translation>Duplikat, dilewati</translation>
    </message>
    <message>
        <source>Duplikat, diperbarui</source>
        <translation>Duplikat, diperbarui</translation>
    </message>
</context>
<context>
    <name>PartnerFormat</name>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Ditangguhkan</source>
        <translation>Ditangguhkan</translation>
    </message>
    <message>
        <source>Korporat</source>
        <translation>Korporat</translation>
    </message>
    <message>
        <source>Sekolah</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Bayar di muka (kuota)</source>
        <translation>Bayar di muka (kuota)</translation>
    </message>
    <message>
        <source>Bayar belakangan (kredit)</source>
        <translation>Bayar belakangan (kredit)</translation>
    </message>
</context>
<context>
    <name>PaymentFormat</name>
    <message>
        <source>Top up kuota</source>
        <translation>Top up kuota</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <source>Tagihan bulanan</source>
        <translation>Tagihan bulanan</translation>
    </message>
    <message>
        <source>Menunggu pembayaran</source>
        <translation>Menunggu pembayaran</translation>
    </message>
    <message>
        <source>Perlu konfirmasi</source>
        <translation>Perlu konfirmasi</translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Transfer bank (manual)</source>
        <translation>Transfer bank (manual)</translation>
    </message>
    <message>
        <source>Xendit (otomatis)</source>
        <translation>Xendit (otomatis)</translation>
    </message>
</context>
<context>
    <name>SalesFormat</name>
    <message>
        <source>Lunas</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>1 bulan</source>
        <translation>1 bulan</translation>
    </message>
    <message>
        <source>3 bulan</source>
        <translation>3 bulan</translation>
    </message>
    <message>
        <source>6 bulan</source>
        <translation>6 bulan</translation>
    </message>
    <message>
        <source>12 bulan</source>
        <translation>12 bulan</translation>
    </message>
    <message>
        <source>Seumur hidup</source>
        <translation>Seumur hidup</translation>
    </message>
    <message>
        <source>Ebook</source>
        <translation>Ebook</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Jasa</source>
        <translation>Jasa</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Paket · %1</source>
        <translation>Paket · %1</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Produk · %1</source>
        <translation>Produk · %1</translation>
    </message>
    <message>
        <source>%1/%2 terkirim</source>
        <translation>%1/%2 terkirim</translation>
    </message>
    <message>
        <source>Member Free</source>
        <translation>Member Free</translation>
    </message>
    <message>
        <source>Member Premium</source>
        <translation>Member Premium</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>SupplierFormat</name>
    <message>
        <source>Draf</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Menunggu peninjauan</source>
        <translation>Menunggu peninjauan</translation>
    </message>
    <message>
        <source>Direkomendasikan mentor</source>
        <translation>Direkomendasikan mentor</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Terbatas</source>
        <translation>Terbatas</translation>
    </message>
    <message>
        <source>Ditangguhkan</source>
        <translation>Ditangguhkan</translation>
    </message>
    <message>
        <source>Produsen</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <source>Pabrik / Manufaktur</source>
        <translation>Pabrik / Manufaktur</translation>
    </message>
    <message>
        <source>Trader / Exporter</source>
        <translation>Trader / Exporter</translation>
    </message>
    <message>
        <source>Supplier / Aggregator</source>
        <translation>Supplier / Aggregator</translation>
    </message>
    <message>
        <source>Belum memilih jenis</source>
        <translation>Belum memilih jenis</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>SIUP</source>
        <translation>SIUP</translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Katalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Direkomendasikan</source>
        <translation>Direkomendasikan</translation>
    </message>
    <message>
        <source>Diminta perbaikan</source>
        <translation>Diminta perbaikan</translation>
    </message>
    <message>
        <source>Diverifikasi</source>
        <translation>Diverifikasi</translation>
    </message>
    <message>
        <source>Dibatasi</source>
        <translation>Dibatasi</translation>
    </message>
    <message>
        <source>Diaktifkan kembali</source>
        <translation>Diaktifkan kembali</translation>
    </message>
    <message>
        <source>Jenis diubah</source>
        <translation>Jenis diubah</translation>
    </message>
    <message>
        <source>Identitas</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Legalitas</source>
        <translation>Legalitas</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Nama perusahaan</source>
        <translation>Nama perusahaan</translation>
    </message>
    <message>
        <source>Bentuk usaha</source>
        <translation>Bentuk usaha</translation>
    </message>
    <message>
        <source>Bidang usaha</source>
        <translation>Bidang usaha</translation>
    </message>
    <message>
        <source>Produk utama</source>
        <translation>Produk utama</translation>
    </message>
    <message>
        <source>Tahun berdiri</source>
        <translation>Tahun berdiri</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kode provinsi</source>
        <translation>Kode provinsi</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota</source>
        <translation>Kode kabupaten/kota</translation>
    </message>
    <message>
        <source>Kode kecamatan</source>
        <translation>Kode kecamatan</translation>
    </message>
    <message>
        <source>Kode pos</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>Lokasi produksi</source>
        <translation>Lokasi produksi</translation>
    </message>
    <message>
        <source>Nama PIC</source>
        <translation>Nama PIC</translation>
    </message>
    <message>
        <source>Jabatan PIC</source>
        <translation>Jabatan PIC</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email bisnis</source>
        <translation>Email bisnis</translation>
    </message>
    <message>
        <source>Situs web</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Media sosial</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <source>Deskripsi</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Keunggulan</source>
        <translation>Keunggulan</translation>
    </message>
    <message>
        <source>Nilai unik</source>
        <translation>Nilai unik</translation>
    </message>
    <message>
        <source>Premium sampai</source>
        <translation>Premium sampai</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Jenis dokumen</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Kargo laut</source>
        <translation>Kargo laut</translation>
    </message>
    <message>
        <source>Kargo udara</source>
        <translation>Kargo udara</translation>
    </message>
    <message>
        <source>Kepabeanan</source>
        <translation>Kepabeanan</translation>
    </message>
    <message>
        <source>Agen pelayaran</source>
        <translation>Agen pelayaran</translation>
    </message>
    <message>
        <source>Trucking</source>
        <translation>Trucking</translation>
    </message>
    <message>
        <source>Pergudangan</source>
        <translation>Pergudangan</translation>
    </message>
    <message>
        <source>Laut FCL</source>
        <translation>Laut FCL</translation>
    </message>
    <message>
        <source>Laut LCL</source>
        <translation>Laut LCL</translation>
    </message>
    <message>
        <source>Udara</source>
        <translation>Udara</translation>
    </message>
    <message>
        <source>Kurir</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Darat</source>
        <translation>Darat</translation>
    </message>
    <message>
        <source>Kontainer 20&apos;</source>
        <translation>Kontainer 20&apos;</translation>
    </message>
    <message>
        <source>Kontainer 40&apos;</source>
        <translation>Kontainer 40&apos;</translation>
    </message>
    <message>
        <source>Kontainer 40&apos; HC</source>
        <translation>Kontainer 40&apos; HC</translation>
    </message>
    <message>
        <source>per CBM</source>
        <translation>per CBM</translation>
    </message>
    <message>
        <source>per kg</source>
        <translation>per kg</translation>
    </message>
    <message>
        <source>per kiriman</source>
        <translation>per kiriman</translation>
    </message>
    <message>
        <source>Bulanan</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Tahunan</source>
        <translation>Tahunan</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n bulan)</source>
        <translation>
            <numerusform>%1 (%n bulan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Menunggu bayar</source>
        <translation>Menunggu bayar</translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Gagal</translation>
    </message>
</context>
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
    <name>ey::desk::AreaPicker</name>
    <message>
        <source>Kode wilayah &quot;%1&quot; tidak valid. Contoh kode: 32.73.01.1001.</source>
        <translation>Kode wilayah &quot;%1&quot; tidak valid. Contoh kode: 32.73.01.1001.</translation>
    </message>
    <message>
        <source>&amp;Provinsi</source>
        <translation>&amp;Provinsi</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/Kota</source>
        <translation>&amp;Kabupaten/Kota</translation>
    </message>
    <message>
        <source>K&amp;ecamatan</source>
        <translation>K&amp;ecamatan</translation>
    </message>
    <message>
        <source>Kelurahan/&amp;Desa</source>
        <translation>Kelurahan/&amp;Desa</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Pilih atau ketik nama provinsi</source>
        <translation>Pilih atau ketik nama provinsi</translation>
    </message>
    <message>
        <source>Pilih atau ketik nama kabupaten/kota</source>
        <translation>Pilih atau ketik nama kabupaten/kota</translation>
    </message>
    <message>
        <source>Pilih atau ketik nama kecamatan</source>
        <translation>Pilih atau ketik nama kecamatan</translation>
    </message>
    <message>
        <source>Pilih atau ketik nama kelurahan/desa</source>
        <translation>Pilih atau ketik nama kelurahan/desa</translation>
    </message>
    <message>
        <source>Daftar provinsi belum dimuat</source>
        <translation>Daftar provinsi belum dimuat</translation>
    </message>
    <message>
        <source>Pilih provinsi dahulu</source>
        <translation>Pilih provinsi dahulu</translation>
    </message>
    <message>
        <source>Pilih kabupaten/kota dahulu</source>
        <translation>Pilih kabupaten/kota dahulu</translation>
    </message>
    <message>
        <source>Pilih kecamatan dahulu</source>
        <translation>Pilih kecamatan dahulu</translation>
    </message>
    <message>
        <source>Daftar wilayah tidak dapat dimuat: %1</source>
        <translation>Daftar wilayah tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <source>Wilayah dengan kode %1 tidak ditemukan.</source>
        <translation>Wilayah dengan kode %1 tidak ditemukan.</translation>
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
    <name>ey::desk::DownloadProgress</name>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1 %2 diterima</source>
        <translation>%1 %2 diterima</translation>
    </message>
</context>
<context>
    <name>ey::desk::FileDownload</name>
    <message>
        <source>Berkas %1 tidak bisa ditulis: %2. Pilih folder lain.</source>
        <translation>Berkas %1 tidak bisa ditulis: %2. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa ditulis (disk penuh?): %2. Unduhan dihentikan.</source>
        <translation>Berkas %1 tidak bisa ditulis (disk penuh?): %2. Unduhan dihentikan.</translation>
    </message>
    <message>
        <source>Unduhan terputus setelah %1 byte: %2. Coba lagi.</source>
        <translation>Unduhan terputus setelah %1 byte: %2. Coba lagi.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa disimpan: %2. Pilih folder lain.</source>
        <translation>Berkas %1 tidak bisa disimpan: %2. Pilih folder lain.</translation>
    </message>
</context>
<context>
    <name>ey::desk::ListTable</name>
    <message>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
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
    <message>
        <source>WhatsApp (Starsender/Fonnte)</source>
        <translation>WhatsApp (Starsender/Fonnte)</translation>
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
    <name>ey::desk::catalog::CatalogEditor</name>
    <message>
        <source>Pilih item di daftar untuk melihat dan mengubahnya, atau buat yang baru (Ctrl+N).</source>
        <translation>Pilih item di daftar untuk melihat dan mengubahnya, atau buat yang baru (Ctrl+N).</translation>
    </message>
    <message>
        <source>Pilih item di daftar untuk melihat rinciannya.</source>
        <translation>Pilih item di daftar untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>● Belum disimpan</source>
        <translation>● Belum disimpan</translation>
    </message>
    <message>
        <source>Hanya lihat: mengubah katalog memerlukan izin catalog.manage (admin).</source>
        <translation>Hanya lihat: mengubah katalog memerlukan izin catalog.manage (admin).</translation>
    </message>
    <message>
        <source>Ya, hapus</source>
        <translation>Ya, hapus</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Simpan perubahan (Ctrl+S)</source>
        <translation>Simpan perubahan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Buang perubahan</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Hapus…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Hapus %1 “%2”? Tindakan ini tidak dapat dibatalkan.</source>
        <translation>Hapus %1 “%2”? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::CatalogFormat</name>
    <message>
        <source>Hari ke-</source>
        <translation>Hari ke-</translation>
    </message>
    <message>
        <source>Pesan WhatsApp</source>
        <translation>Pesan WhatsApp</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Diarsipkan</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Segera hadir</source>
        <translation>Segera hadir</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Paling Laris</source>
        <translation>Paling Laris</translation>
    </message>
    <message>
        <source>Paling Murah</source>
        <translation>Paling Murah</translation>
    </message>
    <message>
        <source>Tanpa lencana</source>
        <translation>Tanpa lencana</translation>
    </message>
    <message>
        <source>1 bulan</source>
        <translation>1 bulan</translation>
    </message>
    <message>
        <source>3 bulan</source>
        <translation>3 bulan</translation>
    </message>
    <message>
        <source>6 bulan</source>
        <translation>6 bulan</translation>
    </message>
    <message>
        <source>12 bulan</source>
        <translation>12 bulan</translation>
    </message>
    <message>
        <source>Selamanya</source>
        <translation>Selamanya</translation>
    </message>
    <message>
        <source>E-book</source>
        <translation>E-book</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Jasa</source>
        <translation>Jasa</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Sekali bayar</source>
        <translation>Sekali bayar</translation>
    </message>
    <message>
        <source>Langganan</source>
        <translation>Langganan</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Nominal tetap (Rp)</source>
        <translation>Nominal tetap (Rp)</translation>
    </message>
    <message>
        <source>Persen (%)</source>
        <translation>Persen (%)</translation>
    </message>
    <message>
        <source>Akumulasi (bayar selisih)</source>
        <translation>Akumulasi (bayar selisih)</translation>
    </message>
    <message>
        <source>Bayar penuh</source>
        <translation>Bayar penuh</translation>
    </message>
    <message>
        <source>Semua paket dan produk</source>
        <translation>Semua paket dan produk</translation>
    </message>
    <message>
        <source>Paket membership</source>
        <translation>Paket membership</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Grup</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Kursus</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Fitur</source>
        <translation>Fitur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tanpa batas waktu</source>
        <translation>Tanpa batas waktu</translation>
    </message>
    <message>
        <source>s.d. %1</source>
        <translation>s.d. %1</translation>
    </message>
    <message>
        <source>mulai %1</source>
        <translation>mulai %1</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Referensi (id atau kode)</source>
        <translation>Referensi (id atau kode)</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::CatalogListPage</name>
    <message>
        <source>Perubahan tersimpan.</source>
        <translation>Perubahan tersimpan.</translation>
    </message>
    <message>
        <source>Item dihapus.</source>
        <translation>Item dihapus.</translation>
    </message>
    <message>
        <source>Cari (Ctrl+L)</source>
        <translation>Cari (Ctrl+L)</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Buat baru (Ctrl+N)</source>
        <translation>Buat baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Muat ulang daftar (F5)</source>
        <translation>Muat ulang daftar (F5)</translation>
    </message>
    <message>
        <source>Simpan atau buang perubahan yang sedang dibuka dulu.</source>
        <translation>Simpan atau buang perubahan yang sedang dibuka dulu.</translation>
    </message>
    <message>
        <source>%1+ item</source>
        <translation>%1+ item</translation>
    </message>
    <message numerus="yes">
        <source>%n item</source>
        <translation>
            <numerusform>%n item</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::CatalogWorkspace</name>
    <message>
        <source>Paket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Harga mulai</source>
        <translation>Harga mulai</translation>
    </message>
    <message>
        <source>Lencana</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Cari judul atau slug paket…</source>
        <translation>Cari judul atau slug paket…</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Promo</source>
        <translation>Promo</translation>
    </message>
    <message>
        <source>%1 s.d. %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>Stok</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Tak terbatas</source>
        <translation>Tak terbatas</translation>
    </message>
    <message>
        <source>Cari judul atau slug produk…</source>
        <translation>Cari judul atau slug produk…</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Potongan</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Terpakai</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <source>Untuk</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Cari kode kupon…</source>
        <translation>Cari kode kupon…</translation>
    </message>
    <message>
        <source>Paket Membership</source>
        <translation>Paket Membership</translation>
    </message>
    <message>
        <source>Kupon</source>
        <translation>Kupon</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Buat item baru di tab ini (Ctrl+N)</source>
        <translation>Buat item baru di tab ini (Ctrl+N)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Simpan item yang sedang dibuka (Ctrl+S)</source>
        <translation>Simpan item yang sedang dibuka (Ctrl+S)</translation>
    </message>
    <message>
        <source>Katalog</source>
        <translation>Katalog</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::CouponEditor</name>
    <message>
        <source>Kupon</source>
        <translation>Kupon</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Jenis potongan</source>
        <translation>Jenis potongan</translation>
    </message>
    <message>
        <source>Besar potongan</source>
        <translation>Besar potongan</translation>
    </message>
    <message>
        <source>Berlaku mulai</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Batas pemakaian total</source>
        <translation>Batas pemakaian total</translation>
    </message>
    <message>
        <source>Batas per pembeli</source>
        <translation>Batas per pembeli</translation>
    </message>
    <message>
        <source>Berlaku untuk</source>
        <translation>Berlaku untuk</translation>
    </message>
    <message>
        <source>Paket yang boleh</source>
        <translation>Paket yang boleh</translation>
    </message>
    <message>
        <source>Produk yang boleh</source>
        <translation>Produk yang boleh</translation>
    </message>
    <message>
        <source>Affiliate pemilik</source>
        <translation>Affiliate pemilik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sudah dipakai</source>
        <translation>Sudah dipakai</translation>
    </message>
    <message>
        <source>Persen (%)</source>
        <translation>Persen (%)</translation>
    </message>
    <message>
        <source>Nominal (Rp)</source>
        <translation>Nominal (Rp)</translation>
    </message>
    <message>
        <source>Dibatasi</source>
        <translation>Dibatasi</translation>
    </message>
    <message>
        <source>Aktif (bisa dipakai)</source>
        <translation>Aktif (bisa dipakai)</translation>
    </message>
    <message>
        <source>misalnya HEMAT50</source>
        <translation>misalnya HEMAT50</translation>
    </message>
    <message>
        <source>email affiliate; kosongkan bila kupon milik perusahaan</source>
        <translation>email affiliate; kosongkan bila kupon milik perusahaan</translation>
    </message>
    <message>
        <source> kali</source>
        <translation> kali</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>belum pernah</translation>
    </message>
    <message numerus="yes">
        <source>%n kali</source>
        <translation>
            <numerusform>%n kali</numerusform>
        </translation>
    </message>
    <message>
        <source>kupon</source>
        <translation>kupon</translation>
    </message>
    <message>
        <source>Kupon baru</source>
        <translation>Kupon baru</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::GalleryStrip</name>
    <message>
        <source>Tambah gambar galeri</source>
        <translation>Tambah gambar galeri</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Geser kiri</source>
        <translation>Geser kiri</translation>
    </message>
    <message>
        <source>Geser kanan</source>
        <translation>Geser kanan</translation>
    </message>
    <message>
        <source>Seret gambar untuk mengubah urutan (maksimal %1 gambar).</source>
        <translation>Seret gambar untuk mengubah urutan (maksimal %1 gambar).</translation>
    </message>
    <message>
        <source>Simpan dulu untuk menambah gambar galeri.</source>
        <translation>Simpan dulu untuk menambah gambar galeri.</translation>
    </message>
    <message>
        <source>File %1 tidak dapat dibaca: %2</source>
        <translation>File %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Mengunggah…</source>
        <translation>Mengunggah…</translation>
    </message>
    <message>
        <source>Gambar dihapus.</source>
        <translation>Gambar dihapus.</translation>
    </message>
    <message>
        <source>Urutan galeri tersimpan.</source>
        <translation>Urutan galeri tersimpan.</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::ImagePicker</name>
    <message>
        <source>Pilih gambar…</source>
        <translation>Pilih gambar…</translation>
    </message>
    <message>
        <source>PNG, JPEG atau WebP, maksimal 2 MB</source>
        <translation>PNG, JPEG atau WebP, maksimal 2 MB</translation>
    </message>
    <message>
        <source>Belum ada gambar</source>
        <translation>Belum ada gambar</translation>
    </message>
    <message>
        <source>Simpan dulu untuk mengunggah gambar.</source>
        <translation>Simpan dulu untuk mengunggah gambar.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Gambar tidak dapat ditampilkan</source>
        <translation>Gambar tidak dapat ditampilkan</translation>
    </message>
    <message>
        <source>Gambar tidak dapat dimuat</source>
        <translation>Gambar tidak dapat dimuat</translation>
    </message>
    <message>
        <source>Pilih gambar</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>File %1 tidak dapat dibaca: %2</source>
        <translation>File %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Mengunggah…</source>
        <translation>Mengunggah…</translation>
    </message>
    <message>
        <source>Gambar tersimpan.</source>
        <translation>Gambar tersimpan.</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::ItemPicker</name>
    <message>
        <source>Saring daftar…</source>
        <translation>Saring daftar…</translation>
    </message>
    <message>
        <source>Tidak dipakai untuk cakupan ini.</source>
        <translation>Tidak dipakai untuk cakupan ini.</translation>
    </message>
    <message>
        <source>Belum ada yang dipilih.</source>
        <translation>Belum ada yang dipilih.</translation>
    </message>
    <message numerus="yes">
        <source>%n dipilih</source>
        <translation>
            <numerusform>%n dipilih</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (tidak ditemukan)</source>
        <translation>%1 (tidak ditemukan)</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::PlanEditor</name>
    <message>
        <source>Umum</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lencana</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <source>Link salespage</source>
        <translation>Link salespage</translation>
    </message>
    <message>
        <source>Deskripsi (HTML)</source>
        <translation>Deskripsi (HTML)</translation>
    </message>
    <message>
        <source>Harga dan Komisi</source>
        <translation>Harga dan Komisi</translation>
    </message>
    <message>
        <source>Harga per durasi</source>
        <translation>Harga per durasi</translation>
    </message>
    <message>
        <source>Jenis komisi affiliate</source>
        <translation>Jenis komisi affiliate</translation>
    </message>
    <message>
        <source>Nilai komisi</source>
        <translation>Nilai komisi</translation>
    </message>
    <message>
        <source>Mode upgrade</source>
        <translation>Mode upgrade</translation>
    </message>
    <message>
        <source>Akses dan Follow-up</source>
        <translation>Akses dan Follow-up</translation>
    </message>
    <message>
        <source>Akses yang dibuka</source>
        <translation>Akses yang dibuka</translation>
    </message>
    <message>
        <source>Follow-up WhatsApp</source>
        <translation>Follow-up WhatsApp</translation>
    </message>
    <message>
        <source>Gambar</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Durasi dijual</source>
        <translation>Durasi dijual</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>dibuat dari judul</source>
        <translation>dibuat dari judul</translation>
    </message>
    <message>
        <source>Boleh memakai HTML sederhana: &lt;p&gt;, &lt;b&gt;, &lt;i&gt;, &lt;ul&gt;, &lt;li&gt;, &lt;a href&gt;.</source>
        <translation>Boleh memakai HTML sederhana: &lt;p&gt;, &lt;b&gt;, &lt;i&gt;, &lt;ul&gt;, &lt;li&gt;, &lt;a href&gt;.</translation>
    </message>
    <message>
        <source>Isian yang bisa dipakai di pesan: {nama} {produk} {invoice} {tanggal}</source>
        <translation>Isian yang bisa dipakai di pesan: {nama} {produk} {invoice} {tanggal}</translation>
    </message>
    <message>
        <source>paket</source>
        <translation>paket</translation>
    </message>
    <message>
        <source>Paket membership baru</source>
        <translation>Paket membership baru</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::ProductEditor</name>
    <message>
        <source>Umum</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Deskripsi singkat</source>
        <translation>Deskripsi singkat</translation>
    </message>
    <message>
        <source>Deskripsi lengkap (HTML)</source>
        <translation>Deskripsi lengkap (HTML)</translation>
    </message>
    <message>
        <source>Mentor / pembuat</source>
        <translation>Mentor / pembuat</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Jenis harga</source>
        <translation>Jenis harga</translation>
    </message>
    <message>
        <source>Harga dasar</source>
        <translation>Harga dasar</translation>
    </message>
    <message>
        <source>Harga promo</source>
        <translation>Harga promo</translation>
    </message>
    <message>
        <source>Promo berakhir</source>
        <translation>Promo berakhir</translation>
    </message>
    <message>
        <source>Komisi affiliate</source>
        <translation>Komisi affiliate</translation>
    </message>
    <message>
        <source>Diskon member premium</source>
        <translation>Diskon member premium</translation>
    </message>
    <message>
        <source>Pajak / biaya</source>
        <translation>Pajak / biaya</translation>
    </message>
    <message>
        <source>Akses dan Follow-up</source>
        <translation>Akses dan Follow-up</translation>
    </message>
    <message>
        <source>Level akses</source>
        <translation>Level akses</translation>
    </message>
    <message>
        <source>Masa akses (hari)</source>
        <translation>Masa akses (hari)</translation>
    </message>
    <message>
        <source>Stok / kursi</source>
        <translation>Stok / kursi</translation>
    </message>
    <message>
        <source>Isi bundel</source>
        <translation>Isi bundel</translation>
    </message>
    <message>
        <source>Akses yang dibuka</source>
        <translation>Akses yang dibuka</translation>
    </message>
    <message>
        <source>Follow-up WhatsApp</source>
        <translation>Follow-up WhatsApp</translation>
    </message>
    <message>
        <source>Halaman Jual</source>
        <translation>Halaman Jual</translation>
    </message>
    <message>
        <source>Judul SEO</source>
        <translation>Judul SEO</translation>
    </message>
    <message>
        <source>Deskripsi SEO</source>
        <translation>Deskripsi SEO</translation>
    </message>
    <message>
        <source>Teks tombol (CTA)</source>
        <translation>Teks tombol (CTA)</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Gambar</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Sampul</source>
        <translation>Sampul</translation>
    </message>
    <message>
        <source>Galeri</source>
        <translation>Galeri</translation>
    </message>
    <message>
        <source>dibuat dari judul</source>
        <translation>dibuat dari judul</translation>
    </message>
    <message>
        <source>pisahkan dengan koma, misalnya ekspor, pemula</source>
        <translation>pisahkan dengan koma, misalnya ekspor, pemula</translation>
    </message>
    <message>
        <source>email mentor; kosongkan bila tidak ada</source>
        <translation>email mentor; kosongkan bila tidak ada</translation>
    </message>
    <message>
        <source>Boleh memakai HTML sederhana: &lt;p&gt;, &lt;b&gt;, &lt;i&gt;, &lt;ul&gt;, &lt;li&gt;, &lt;a href&gt;.</source>
        <translation>Boleh memakai HTML sederhana: &lt;p&gt;, &lt;b&gt;, &lt;i&gt;, &lt;ul&gt;, &lt;li&gt;, &lt;a href&gt;.</translation>
    </message>
    <message>
        <source>Ada promo</source>
        <translation>Ada promo</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Dibatasi</source>
        <translation>Dibatasi</translation>
    </message>
    <message>
        <source> hari</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Isian yang bisa dipakai di pesan: {nama} {produk} {invoice} {tanggal}</source>
        <translation>Isian yang bisa dipakai di pesan: {nama} {produk} {invoice} {tanggal}</translation>
    </message>
    <message>
        <source>produk</source>
        <translation>produk</translation>
    </message>
    <message>
        <source>Produk baru</source>
        <translation>Produk baru</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::RowListEditor</name>
    <message>
        <source>Tambah</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Hapus baris</source>
        <translation>Hapus baris</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::UserField</name>
    <message>
        <source>Ketik email atau id pengguna.</source>
        <translation>Ketik email atau id pengguna.</translation>
    </message>
    <message>
        <source>Tidak ada pengguna dengan email ini.</source>
        <translation>Tidak ada pengguna dengan email ini.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::BuyerEditor</name>
    <message>
        <source>Nama perusahaan buyer</source>
        <translation>Nama perusahaan buyer</translation>
    </message>
    <message>
        <source>nama@perusahaan.com</source>
        <translation>nama@perusahaan.com</translation>
    </message>
    <message>
        <source>+81 3 1234 5678</source>
        <translation>+81 3 1234 5678</translation>
    </message>
    <message>
        <source>Produk, Enter untuk menambah</source>
        <translation>Produk, Enter untuk menambah</translation>
    </message>
    <message>
        <source>4-10 digit, Enter untuk menambah</source>
        <translation>4-10 digit, Enter untuk menambah</translation>
    </message>
    <message>
        <source>Pameran, Kemendag, referensi…</source>
        <translation>Pameran, Kemendag, referensi…</translation>
    </message>
    <message>
        <source>Belum diisi</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <source>Belum dinilai</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Data buyer sudah diverifikasi tim</source>
        <translation>Data buyer sudah diverifikasi tim</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Buka buyer yang sama</source>
        <translation>Buka buyer yang sama</translation>
    </message>
    <message>
        <source>Tambah buyer</source>
        <translation>Tambah buyer</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Simpan perubahan (Enter di kolom teks)</source>
        <translation>Simpan perubahan (Enter di kolom teks)</translation>
    </message>
    <message>
        <source>Hapus buyer</source>
        <translation>Hapus buyer</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Ya, hapus</source>
        <translation>Ya, hapus</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Buyer baru</source>
        <translation>Buyer baru</translation>
    </message>
    <message>
        <source>Siapa melihat, berapa kali</source>
        <translation>Siapa melihat, berapa kali</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Dilihat</source>
        <translation>Dilihat</translation>
    </message>
    <message>
        <source>Pertama</source>
        <translation>Pertama</translation>
    </message>
    <message>
        <source>Terakhir</source>
        <translation>Terakhir</translation>
    </message>
    <message>
        <source>Kolom bertanda * wajib diisi.</source>
        <translation>Kolom bertanda * wajib diisi.</translation>
    </message>
    <message>
        <source>%1 · ditambahkan %2 · diubah %3 · %4 kali dilihat oleh %5 member · %6 suka</source>
        <translation>%1 · ditambahkan %2 · diubah %3 · %4 kali dilihat oleh %5 member · %6 suka</translation>
    </message>
    <message>
        <source>Buyer ditambahkan.</source>
        <translation>Buyer ditambahkan.</translation>
    </message>
    <message>
        <source>Perubahan disimpan.</source>
        <translation>Perubahan disimpan.</translation>
    </message>
    <message>
        <source>Hapus %1? Data, riwayat dilihat, suka dan laporannya ikut terhapus.</source>
        <translation>Hapus %1? Data, riwayat dilihat, suka dan laporannya ikut terhapus.</translation>
    </message>
    <message>
        <source>Belum ada member yang membuka buyer ini.</source>
        <translation>Belum ada member yang membuka buyer ini.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::BuyerFilterBar</name>
    <message>
        <source>Semua negara</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>Cari perusahaan, kontak, produk, HS (Ctrl+L)</source>
        <translation>Cari perusahaan, kontak, produk, HS (Ctrl+L)</translation>
    </message>
    <message>
        <source>Produk atau kode HS</source>
        <translation>Produk atau kode HS</translation>
    </message>
    <message>
        <source>Semua pembayaran</source>
        <translation>Semua pembayaran</translation>
    </message>
    <message>
        <source>Semua pengiriman</source>
        <translation>Semua pengiriman</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Belum diverifikasi</source>
        <translation>Belum diverifikasi</translation>
    </message>
    <message>
        <source>Sejak: semua</source>
        <translation>Sejak: semua</translation>
    </message>
    <message>
        <source>Sampai: semua</source>
        <translation>Sampai: semua</translation>
    </message>
    <message>
        <source>Ditambahkan sejak tanggal</source>
        <translation>Ditambahkan sejak tanggal</translation>
    </message>
    <message>
        <source>Ditambahkan sampai tanggal</source>
        <translation>Ditambahkan sampai tanggal</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::BuyerImportWizard</name>
    <message>
        <source>Baris</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Laporan disimpan ke %1</source>
        <translation>Laporan disimpan ke %1</translation>
    </message>
    <message>
        <source>Simpan laporan impor</source>
        <translation>Simpan laporan impor</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Impor buyer</source>
        <translation>Impor buyer</translation>
    </message>
    <message>
        <source>Mulai impor</source>
        <translation>Mulai impor</translation>
    </message>
    <message>
        <source>Lanjut &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <source>&lt; Kembali</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>1. Pilih berkas</source>
        <translation>1. Pilih berkas</translation>
    </message>
    <message>
        <source>CSV atau XLSX, paling besar 20 MB.</source>
        <translation>CSV atau XLSX, paling besar 20 MB.</translation>
    </message>
    <message>
        <source>2. Cocokkan kolom</source>
        <translation>2. Cocokkan kolom</translation>
    </message>
    <message>
        <source>3. Pratinjau</source>
        <translation>3. Pratinjau</translation>
    </message>
    <message>
        <source>4. Mengimpor</source>
        <translation>4. Mengimpor</translation>
    </message>
    <message>
        <source>5. Laporan</source>
        <translation>5. Laporan</translation>
    </message>
    <message>
        <source>Baris pertama berkas adalah judul kolom. Kolom Perusahaan dan Negara wajib ada; daftar (produk, kode HS, syarat) boleh dipisah dengan ; , atau |.</source>
        <translation>Baris pertama berkas adalah judul kolom. Kolom Perusahaan dan Negara wajib ada; daftar (produk, kode HS, syarat) boleh dipisah dengan ; , atau |.</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih</source>
        <translation>Belum ada berkas dipilih</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Pilih kolom berkas untuk setiap data buyer. Perusahaan dan Negara wajib; contoh isi dari baris pertama tampil di sebelah kanan.</source>
        <translation>Pilih kolom berkas untuk setiap data buyer. Perusahaan dan Negara wajib; contoh isi dari baris pertama tampil di sebelah kanan.</translation>
    </message>
    <message>
        <source>— tidak diimpor —</source>
        <translation>— tidak diimpor —</translation>
    </message>
    <message>
        <source>Buyer yang sudah ada (perusahaan + negara, atau email sama):</source>
        <translation>Buyer yang sudah ada (perusahaan + negara, atau email sama):</translation>
    </message>
    <message>
        <source>Lewati</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Perbarui dengan data berkas</source>
        <translation>Perbarui dengan data berkas</translation>
    </message>
    <message>
        <source>Batalkan impor</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>Simpan laporan CSV…</source>
        <translation>Simpan laporan CSV…</translation>
    </message>
    <message>
        <source>Pilih berkas buyer</source>
        <translation>Pilih berkas buyer</translation>
    </message>
    <message>
        <source>Berkas buyer (*.csv *.xlsx);;Semua berkas (*)</source>
        <translation>Berkas buyer (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Berkas %1 lebih dari 20 MB. Pecah menjadi beberapa berkas lalu impor satu per satu.</source>
        <translation>Berkas %1 lebih dari 20 MB. Pecah menjadi beberapa berkas lalu impor satu per satu.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibaca: %2</source>
        <translation>Berkas %1 tidak bisa dibaca: %2</translation>
    </message>
    <message>
        <source>Kolom %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>Pilih kolom untuk Perusahaan dan Negara.</source>
        <translation>Pilih kolom untuk Perusahaan dan Negara.</translation>
    </message>
    <message>
        <source>Kolom &quot;%1&quot; dipakai untuk lebih dari satu data.</source>
        <translation>Kolom &quot;%1&quot; dipakai untuk lebih dari satu data.</translation>
    </message>
    <message>
        <source>Memeriksa setiap baris…</source>
        <translation>Memeriksa setiap baris…</translation>
    </message>
    <message>
        <source>%1 baris: %2 valid, %3 bergalat (dilewati), %4 duplikat.</source>
        <translation>%1 baris: %2 valid, %3 bergalat (dilewati), %4 duplikat.</translation>
    </message>
    <message>
        <source>Impor akan menambah %1 buyer baru dan memperbarui %2.</source>
        <translation>Impor akan menambah %1 buyer baru dan memperbarui %2.</translation>
    </message>
    <message>
        <source>Impor akan menambah %1 buyer baru; duplikat dilewati.</source>
        <translation>Impor akan menambah %1 buyer baru; duplikat dilewati.</translation>
    </message>
    <message>
        <source>Hanya 500 masalah pertama yang ditampilkan; laporan lengkap tersedia setelah impor.</source>
        <translation>Hanya 500 masalah pertama yang ditampilkan; laporan lengkap tersedia setelah impor.</translation>
    </message>
    <message>
        <source>Memulai impor %1…</source>
        <translation>Memulai impor %1…</translation>
    </message>
    <message>
        <source>Ditambahkan %1 · diperbarui %2 · dilewati %3 · gagal %4</source>
        <translation>Ditambahkan %1 · diperbarui %2 · dilewati %3 · gagal %4</translation>
    </message>
    <message>
        <source>%1 dari %2 baris</source>
        <translation>%1 dari %2 baris</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source> · pembatalan diminta, berhenti sebelum kelompok berikutnya</source>
        <translation> · pembatalan diminta, berhenti sebelum kelompok berikutnya</translation>
    </message>
    <message>
        <source>Membatalkan… baris yang sudah tersimpan tetap ada.</source>
        <translation>Membatalkan… baris yang sudah tersimpan tetap ada.</translation>
    </message>
    <message>
        <source>Impor %1 selesai.</source>
        <translation>Impor %1 selesai.</translation>
    </message>
    <message>
        <source>Impor %1 dibatalkan; baris yang sudah tersimpan sebelum pembatalan tetap ada.</source>
        <translation>Impor %1 dibatalkan; baris yang sudah tersimpan sebelum pembatalan tetap ada.</translation>
    </message>
    <message>
        <source>Impor %1 gagal: %2</source>
        <translation>Impor %1 gagal: %2</translation>
    </message>
    <message>
        <source>%1 dari %2 baris diproses.</source>
        <translation>%1 dari %2 baris diproses.</translation>
    </message>
    <message>
        <source>Impor masih berjalan</source>
        <translation>Impor masih berjalan</translation>
    </message>
    <message>
        <source>Batalkan impor yang sedang berjalan? Baris yang sudah tersimpan tetap ada.</source>
        <translation>Batalkan impor yang sedang berjalan? Baris yang sudah tersimpan tetap ada.</translation>
    </message>
    <message>
        <source>Lanjutkan impor</source>
        <translation>Lanjutkan impor</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::BuyerReportsPage</name>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dilaporkan</source>
        <translation>Dilaporkan</translation>
    </message>
    <message numerus="yes">
        <source>%n laporan</source>
        <translation>
            <numerusform>%n laporan</numerusform>
        </translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Diselesaikan</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Catatan penyelesaian</source>
        <translation>Catatan penyelesaian</translation>
    </message>
    <message>
        <source>Apa yang sudah diperiksa atau diubah (terlihat di riwayat)</source>
        <translation>Apa yang sudah diperiksa atau diubah (terlihat di riwayat)</translation>
    </message>
    <message>
        <source>Selesaikan</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Laporan benar dan data buyer sudah dibetulkan</source>
        <translation>Laporan benar dan data buyer sudah dibetulkan</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Laporan tidak tepat; data buyer tetap</source>
        <translation>Laporan tidak tepat; data buyer tetap</translation>
    </message>
    <message>
        <source>Buka buyer</source>
        <translation>Buka buyer</translation>
    </message>
    <message>
        <source>Pilih laporan di tabel</source>
        <translation>Pilih laporan di tabel</translation>
    </message>
    <message>
        <source>%1 · dilaporkan oleh %2 pada %3</source>
        <translation>%1 · dilaporkan oleh %2 pada %3</translation>
    </message>
    <message>
        <source>%1 pada %2: %3</source>
        <translation>%1 pada %2: %3</translation>
    </message>
    <message>
        <source>Laporan untuk %1 ditandai %2.</source>
        <translation>Laporan untuk %1 ditandai %2.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::BuyerStatsPanel</name>
    <message>
        <source>Periode:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>4 minggu</source>
        <translation>4 minggu</translation>
    </message>
    <message>
        <source>8 minggu</source>
        <translation>8 minggu</translation>
    </message>
    <message>
        <source>12 minggu</source>
        <translation>12 minggu</translation>
    </message>
    <message>
        <source>26 minggu</source>
        <translation>26 minggu</translation>
    </message>
    <message>
        <source>52 minggu</source>
        <translation>52 minggu</translation>
    </message>
    <message>
        <source>104 minggu</source>
        <translation>104 minggu</translation>
    </message>
    <message>
        <source>Paling dilihat</source>
        <translation>Paling dilihat</translation>
    </message>
    <message>
        <source>Paling disukai</source>
        <translation>Paling disukai</translation>
    </message>
    <message>
        <source>Member paling aktif</source>
        <translation>Member paling aktif</translation>
    </message>
    <message>
        <source>Perusahaan</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Negara</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Dilihat</source>
        <translation>Dilihat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Suka</source>
        <translation>Suka</translation>
    </message>
    <message>
        <source>Buyer dibuka</source>
        <translation>Buyer dibuka</translation>
    </message>
    <message>
        <source>Statistik buyer</source>
        <translation>Statistik buyer</translation>
    </message>
    <message>
        <source>Memuat statistik…</source>
        <translation>Memuat statistik…</translation>
    </message>
    <message>
        <source>%1 buyer · %2 terverifikasi · %3 baru dalam %4 minggu</source>
        <translation>%1 buyer · %2 terverifikasi · %3 baru dalam %4 minggu</translation>
    </message>
    <message>
        <source>Buyer baru per minggu</source>
        <translation>Buyer baru per minggu</translation>
    </message>
    <message>
        <source>Buyer baru</source>
        <translation>Buyer baru</translation>
    </message>
    <message>
        <source>Buyer per negara</source>
        <translation>Buyer per negara</translation>
    </message>
    <message>
        <source>Lainnya (%1)</source>
        <translation>Lainnya (%1)</translation>
    </message>
    <message>
        <source>Buyer per produk</source>
        <translation>Buyer per produk</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::BuyersPage</name>
    <message>
        <source>Perusahaan</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Negara</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>HS %1</source>
        <translation>HS %1</translation>
    </message>
    <message>
        <source>Syarat</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Dilihat</source>
        <translation>Dilihat</translation>
    </message>
    <message>
        <source>Suka</source>
        <translation>Suka</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Ditambahkan</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Buyer dihapus</source>
        <translation>Buyer dihapus</translation>
    </message>
    <message>
        <source>Buyer sudah dihapus dari direktori.</source>
        <translation>Buyer sudah dihapus dari direktori.</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <source>%1 disimpan ke %2</source>
        <translation>%1 disimpan ke %2</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan</source>
        <translation>Ekspor dibatalkan</translation>
    </message>
    <message>
        <source>Berkas yang belum selesai sudah dihapus.</source>
        <translation>Berkas yang belum selesai sudah dihapus.</translation>
    </message>
    <message>
        <source>Buyer baru</source>
        <translation>Buyer baru</translation>
    </message>
    <message>
        <source>Impor…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Impor buyer dari berkas CSV atau XLSX</source>
        <translation>Impor buyer dari berkas CSV atau XLSX</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Ekspor buyer yang sesuai filter ke CSV atau XLSX (Ctrl+E)</source>
        <translation>Ekspor buyer yang sesuai filter ke CSV atau XLSX (Ctrl+E)</translation>
    </message>
    <message>
        <source>Buyer yang sedang dibuka baru saja dihapus oleh staf lain.</source>
        <translation>Buyer yang sedang dibuka baru saja dihapus oleh staf lain.</translation>
    </message>
    <message>
        <source>Tidak ada buyer untuk filter ini.</source>
        <translation>Tidak ada buyer untuk filter ini.</translation>
    </message>
    <message>
        <source>%1+ buyer dimuat</source>
        <translation>%1+ buyer dimuat</translation>
    </message>
    <message numerus="yes">
        <source>%n buyer</source>
        <translation>
            <numerusform>%n buyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Simpan ekspor buyer</source>
        <translation>Simpan ekspor buyer</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Ekspor XLSX</source>
        <translation>Ekspor XLSX</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::CurationWorkspace</name>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Laporan buyer</source>
        <translation>Laporan buyer</translation>
    </message>
    <message>
        <source>Batas paket</source>
        <translation>Batas paket</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Forwarder</source>
        <translation>Forwarder</translation>
    </message>
    <message>
        <source>Batas supplier</source>
        <translation>Batas supplier</translation>
    </message>
    <message>
        <source>Asesmen supplier</source>
        <translation>Asesmen supplier</translation>
    </message>
    <message>
        <source>Ekspor buyer</source>
        <translation>Ekspor buyer</translation>
    </message>
    <message>
        <source>Ekspor buyer yang sesuai filter ke CSV atau XLSX (Ctrl+E)</source>
        <translation>Ekspor buyer yang sesuai filter ke CSV atau XLSX (Ctrl+E)</translation>
    </message>
    <message>
        <source>Impor buyer</source>
        <translation>Impor buyer</translation>
    </message>
    <message>
        <source>Impor buyer dari berkas CSV atau XLSX</source>
        <translation>Impor buyer dari berkas CSV atau XLSX</translation>
    </message>
    <message>
        <source>Kurasi Buyer &amp; Supplier</source>
        <translation>Kurasi Buyer &amp; Supplier</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::ForwarderComparePanel</name>
    <message>
        <source>Asal</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Pelabuhan asal</source>
        <translation>Pelabuhan asal</translation>
    </message>
    <message>
        <source>Kota atau pelabuhan tujuan</source>
        <translation>Kota atau pelabuhan tujuan</translation>
    </message>
    <message>
        <source>Semua moda</source>
        <translation>Semua moda</translation>
    </message>
    <message>
        <source>Sertakan yang kedaluwarsa</source>
        <translation>Sertakan yang kedaluwarsa</translation>
    </message>
    <message>
        <source>Bandingkan</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>Forwarder</source>
        <translation>Forwarder</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Pilih asal dan tujuan, lalu tekan Bandingkan.</source>
        <translation>Pilih asal dan tujuan, lalu tekan Bandingkan.</translation>
    </message>
    <message>
        <source>Isi asal dan tujuan dulu.</source>
        <translation>Isi asal dan tujuan dulu.</translation>
    </message>
    <message>
        <source>Membandingkan…</source>
        <translation>Membandingkan…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tarif berlaku)</source>
        <translation>
            <numerusform>%1 (%n tarif berlaku)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2, median %3</source>
        <translation>%1 – %2, median %3</translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (kedaluwarsa)</source>
        <translation>%1 (kedaluwarsa)</translation>
    </message>
    <message>
        <source>Belum ada tarif untuk rute %1 → %2.</source>
        <translation>Belum ada tarif untuk rute %1 → %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n tarif, termurah di atas; per hari ini %3.</source>
        <translation>
            <numerusform>%1 → %2: %n tarif, termurah di atas; per hari ini %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih rute untuk melihat grafik harga</source>
        <translation>Pilih rute untuk melihat grafik harga</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::ForwarderEditor</name>
    <message>
        <source>Perusahaan *</source>
        <translation>Perusahaan *</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Pelabuhan asal</source>
        <translation>Pelabuhan asal</translation>
    </message>
    <message>
        <source>Wilayah tujuan</source>
        <translation>Wilayah tujuan</translation>
    </message>
    <message>
        <source>Narahubung</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Situs web</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Tanjung Priok, lalu Enter</source>
        <translation>Tanjung Priok, lalu Enter</translation>
    </message>
    <message>
        <source>Jepang, Timur Tengah, lalu Enter</source>
        <translation>Jepang, Timur Tengah, lalu Enter</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>nama@perusahaan.co.id</source>
        <translation>nama@perusahaan.co.id</translation>
    </message>
    <message>
        <source>+62 21 555 1234</source>
        <translation>+62 21 555 1234</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Sudah diverifikasi tim</source>
        <translation>Sudah diverifikasi tim</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Simpan forwarder (Ctrl+S)</source>
        <translation>Simpan forwarder (Ctrl+S)</translation>
    </message>
    <message>
        <source>Klik lagi untuk menghapus</source>
        <translation>Klik lagi untuk menghapus</translation>
    </message>
    <message>
        <source>Hapus forwarder</source>
        <translation>Hapus forwarder</translation>
    </message>
    <message>
        <source>Forwarder baru</source>
        <translation>Forwarder baru</translation>
    </message>
    <message>
        <source>Forwarder ditambahkan.</source>
        <translation>Forwarder ditambahkan.</translation>
    </message>
    <message>
        <source>Perubahan disimpan.</source>
        <translation>Perubahan disimpan.</translation>
    </message>
    <message>
        <source>Buka forwarder yang ada</source>
        <translation>Buka forwarder yang ada</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::ForwarderPage</name>
    <message>
        <source>Perusahaan</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Pelabuhan asal</source>
        <translation>Pelabuhan asal</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>✓ Terverifikasi</source>
        <translation>✓ Terverifikasi</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Tarif berlaku</source>
        <translation>Tarif berlaku</translation>
    </message>
    <message>
        <source>Forwarder dihapus</source>
        <translation>Forwarder dihapus</translation>
    </message>
    <message>
        <source>Forwarder dan semua tarifnya sudah dihapus.</source>
        <translation>Forwarder dan semua tarifnya sudah dihapus.</translation>
    </message>
    <message>
        <source>Daftar forwarder</source>
        <translation>Daftar forwarder</translation>
    </message>
    <message>
        <source>Bandingkan rute</source>
        <translation>Bandingkan rute</translation>
    </message>
    <message>
        <source>Cari perusahaan, kontak, pelabuhan, atau tujuan (Ctrl+L)</source>
        <translation>Cari perusahaan, kontak, pelabuhan, atau tujuan (Ctrl+L)</translation>
    </message>
    <message>
        <source>Semua layanan</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>Forwarder baru</source>
        <translation>Forwarder baru</translation>
    </message>
    <message>
        <source>Tidak ada forwarder untuk filter ini.</source>
        <translation>Tidak ada forwarder untuk filter ini.</translation>
    </message>
    <message>
        <source>%1+ forwarder dimuat</source>
        <translation>%1+ forwarder dimuat</translation>
    </message>
    <message numerus="yes">
        <source>%n forwarder</source>
        <translation>
            <numerusform>%n forwarder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::ForwarderRatesPanel</name>
    <message>
        <source>Tarif</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Tampilkan yang kedaluwarsa</source>
        <translation>Tampilkan yang kedaluwarsa</translation>
    </message>
    <message>
        <source>Asal</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Moda</source>
        <translation>Moda</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Mata uang</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Tambah tarif</source>
        <translation>Tambah tarif</translation>
    </message>
    <message>
        <source>Simpan tarif</source>
        <translation>Simpan tarif</translation>
    </message>
    <message>
        <source>Simpan semua baris baru dan yang diubah</source>
        <translation>Simpan semua baris baru dan yang diubah</translation>
    </message>
    <message>
        <source>Hapus tarif</source>
        <translation>Hapus tarif</translation>
    </message>
    <message>
        <source>Tarif (simpan forwarder dulu)</source>
        <translation>Tarif (simpan forwarder dulu)</translation>
    </message>
    <message>
        <source>Tarif (%1)</source>
        <translation>Tarif (%1)</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Transit harus berupa jumlah hari (angka).</source>
        <translation>Transit harus berupa jumlah hari (angka).</translation>
    </message>
    <message numerus="yes">
        <source>%n tarif disimpan.</source>
        <translation>
            <numerusform>%n tarif disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baris %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Tarif dihapus.</source>
        <translation>Tarif dihapus.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::PlanLimitsPage</name>
    <message>
        <source>Yang didapat setiap paket membership dari direktori buyer. Kuota dihitung per bulan kalender (WIB) dari jumlah buyer berbeda yang dibuka member.</source>
        <translation>Yang didapat setiap paket membership dari direktori buyer. Kuota dihitung per bulan kalender (WIB) dari jumlah buyer berbeda yang dibuka member.</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Buyer per bulan</source>
        <translation>Buyer per bulan</translation>
    </message>
    <message>
        <source>Kontak lengkap</source>
        <translation>Kontak lengkap</translation>
    </message>
    <message>
        <source>Unduh CSV</source>
        <translation>Unduh CSV</translation>
    </message>
    <message>
        <source>Akses API</source>
        <translation>Akses API</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Lencana terverifikasi</source>
        <translation>Lencana terverifikasi</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Buyer berbeda yang boleh dibuka member per bulan</source>
        <translation>Buyer berbeda yang boleh dibuka member per bulan</translation>
    </message>
    <message>
        <source>Email, telepon dan narahubung tampil utuh (tanpa sensor)</source>
        <translation>Email, telepon dan narahubung tampil utuh (tanpa sensor)</translation>
    </message>
    <message>
        <source>Member boleh mengunduh buyer yang dibukanya bulan ini sebagai CSV</source>
        <translation>Member boleh mengunduh buyer yang dibukanya bulan ini sebagai CSV</translation>
    </message>
    <message>
        <source>Member boleh memakai direktori lewat API</source>
        <translation>Member boleh memakai direktori lewat API</translation>
    </message>
    <message>
        <source>Member tampil lebih dulu di daftar</source>
        <translation>Member tampil lebih dulu di daftar</translation>
    </message>
    <message>
        <source>Member mendapat lencana terverifikasi</source>
        <translation>Member mendapat lencana terverifikasi</translation>
    </message>
    <message>
        <source>Tanpa batas</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source> buyer</source>
        <translation> buyer</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Seumur hidup</source>
        <translation>Seumur hidup</translation>
    </message>
    <message>
        <source>Batas paket %1 disimpan; berlaku untuk pembukaan buyer berikutnya.</source>
        <translation>Batas paket %1 disimpan; berlaku untuk pembukaan buyer berikutnya.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::PremiumPlansPanel</name>
    <message>
        <source>Paket Premium</source>
        <translation>Paket Premium</translation>
    </message>
    <message>
        <source>Paket yang bisa dibeli supplier lewat Xendit. Premium aktif otomatis setelah lunas; paket nonaktif tidak ditawarkan lagi, pesanan lamanya tetap berlaku.</source>
        <translation>Paket yang bisa dibeli supplier lewat Xendit. Premium aktif otomatis setelah lunas; paket nonaktif tidak ditawarkan lagi, pesanan lamanya tetap berlaku.</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Nama paket</source>
        <translation>Nama paket</translation>
    </message>
    <message>
        <source>Lama</source>
        <translation>Lama</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Paket baru</source>
        <translation>Paket baru</translation>
    </message>
    <message>
        <source>Ubah paket %1</source>
        <translation>Ubah paket %1</translation>
    </message>
    <message>
        <source>&amp;Kode</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>mis. quarterly</source>
        <translation>mis. quarterly</translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>mis. Premium 3 Bulan</source>
        <translation>mis. Premium 3 Bulan</translation>
    </message>
    <message>
        <source>&amp;Lama</source>
        <translation>&amp;Lama</translation>
    </message>
    <message>
        <source> bulan</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>&amp;Harga</source>
        <translation>&amp;Harga</translation>
    </message>
    <message>
        <source>Aktif (ditawarkan ke supplier)</source>
        <translation>Aktif (ditawarkan ke supplier)</translation>
    </message>
    <message>
        <source>Simpan paket</source>
        <translation>Simpan paket</translation>
    </message>
    <message numerus="yes">
        <source>%n bulan</source>
        <translation>
            <numerusform>%n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Isi nama paket yang dilihat supplier.</source>
        <translation>Isi nama paket yang dilihat supplier.</translation>
    </message>
    <message>
        <source>Kode %1 sudah dipakai paket lain. Pilih paket itu di tabel untuk mengubahnya.</source>
        <translation>Kode %1 sudah dipakai paket lain. Pilih paket itu di tabel untuk mengubahnya.</translation>
    </message>
    <message>
        <source>Paket %1 ditambahkan.</source>
        <translation>Paket %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Paket %1 disimpan.</source>
        <translation>Paket %1 disimpan.</translation>
    </message>
    <message>
        <source>Huruf kecil, angka dan tanda hubung; 2–30 karakter. Tidak bisa diubah setelah disimpan.</source>
        <translation>Huruf kecil, angka dan tanda hubung; 2–30 karakter. Tidak bisa diubah setelah disimpan.</translation>
    </message>
    <message>
        <source>Isi kode paket: 2–30 huruf kecil, angka atau tanda hubung.</source>
        <translation>Isi kode paket: 2–30 huruf kecil, angka atau tanda hubung.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::SupplierDetailPanel</name>
    <message>
        <source>Tutup (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Catatan untuk tindakan berikutnya (wajib untuk &quot;Catatan&quot; dan &quot;Minta perbaikan&quot;)</source>
        <translation>Catatan untuk tindakan berikutnya (wajib untuk &quot;Catatan&quot; dan &quot;Minta perbaikan&quot;)</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Simpan catatan internal; status tidak berubah dan supplier tidak melihatnya</source>
        <translation>Simpan catatan internal; status tidak berubah dan supplier tidak melihatnya</translation>
    </message>
    <message>
        <source>Rekomendasikan</source>
        <translation>Rekomendasikan</translation>
    </message>
    <message>
        <source>Minta perbaikan</source>
        <translation>Minta perbaikan</translation>
    </message>
    <message>
        <source>Kembalikan ke supplier untuk diperbaiki; supplier melihat catatan ini</source>
        <translation>Kembalikan ke supplier untuk diperbaiki; supplier melihat catatan ini</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Batasi</source>
        <translation>Batasi</translation>
    </message>
    <message>
        <source>Setujui tanpa lencana terverifikasi</source>
        <translation>Setujui tanpa lencana terverifikasi</translation>
    </message>
    <message>
        <source>Tangguhkan</source>
        <translation>Tangguhkan</translation>
    </message>
    <message>
        <source>Aktifkan kembali</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <source>Jenis:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Ubah jenis</source>
        <translation>Ubah jenis</translation>
    </message>
    <message>
        <source>Paket:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>tanpa batas akhir</source>
        <translation>tanpa batas akhir</translation>
    </message>
    <message>
        <source>Premium berlaku sampai tanggal ini</source>
        <translation>Premium berlaku sampai tanggal ini</translation>
    </message>
    <message>
        <source>Ubah paket</source>
        <translation>Ubah paket</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Asesmen</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Tipe</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Diunggah</source>
        <translation>Diunggah</translation>
    </message>
    <message>
        <source>Buka dokumen</source>
        <translation>Buka dokumen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Sebelum</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>Sesudah</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>(belum mengisi nama perusahaan)</source>
        <translation>(belum mengisi nama perusahaan)</translation>
    </message>
    <message>
        <source>%1 (tanpa batas akhir)</source>
        <translation>%1 (tanpa batas akhir)</translation>
    </message>
    <message>
        <source>%1 sampai %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>Terdaftar %1</source>
        <translation>Terdaftar %1</translation>
    </message>
    <message>
        <source>Diajukan %1</source>
        <translation>Diajukan %1</translation>
    </message>
    <message>
        <source>%1 dilihat, %2 suka</source>
        <translation>%1 dilihat, %2 suka</translation>
    </message>
    <message>
        <source>Skor asesmen: %1 dari %2 (%3%)</source>
        <translation>Skor asesmen: %1 dari %2 (%3%)</translation>
    </message>
    <message>
        <source>Skor asesmen: belum dihitung (dihitung saat diajukan)</source>
        <translation>Skor asesmen: belum dihitung (dihitung saat diajukan)</translation>
    </message>
    <message>
        <source>Email akun</source>
        <translation>Email akun</translation>
    </message>
    <message>
        <source>WhatsApp akun</source>
        <translation>WhatsApp akun</translation>
    </message>
    <message>
        <source>Supplier belum mengunggah dokumen.</source>
        <translation>Supplier belum mengunggah dokumen.</translation>
    </message>
    <message>
        <source>Pilih dokumen lalu tekan Enter untuk membukanya.</source>
        <translation>Pilih dokumen lalu tekan Enter untuk membukanya.</translation>
    </message>
    <message>
        <source>Mengunduh %1…</source>
        <translation>Mengunduh %1…</translation>
    </message>
    <message>
        <source>Dokumen tidak bisa disimpan sementara di komputer ini.</source>
        <translation>Dokumen tidak bisa disimpan sementara di komputer ini.</translation>
    </message>
    <message>
        <source>%1 dibuka di aplikasi penampil dokumen.
%2</source>
        <translation>%1 dibuka di aplikasi penampil dokumen.
%2</translation>
    </message>
    <message>
        <source>Tidak ada aplikasi untuk membuka %1. Berkasnya ada di:
%2</source>
        <translation>Tidak ada aplikasi untuk membuka %1. Berkasnya ada di:
%2</translation>
    </message>
    <message>
        <source>(belum dijawab)</source>
        <translation>(belum dijawab)</translation>
    </message>
    <message>
        <source>Belum ada jawaban asesmen.</source>
        <translation>Belum ada jawaban asesmen.</translation>
    </message>
    <message>
        <source>Total: %1 dari %2</source>
        <translation>Total: %1 dari %2</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(tidak ada kolom yang berubah)</source>
        <translation>(tidak ada kolom yang berubah)</translation>
    </message>
    <message>
        <source>Belum ada perubahan profil setelah disetujui.</source>
        <translation>Belum ada perubahan profil setelah disetujui.</translation>
    </message>
    <message>
        <source>Supplier draf memilih jenisnya sendiri dulu.</source>
        <translation>Supplier draf memilih jenisnya sendiri dulu.</translation>
    </message>
    <message>
        <source>Tulis catatannya dulu di kotak catatan.</source>
        <translation>Tulis catatannya dulu di kotak catatan.</translation>
    </message>
    <message>
        <source>Tulis apa yang perlu diperbaiki supplier di kotak catatan.</source>
        <translation>Tulis apa yang perlu diperbaiki supplier di kotak catatan.</translation>
    </message>
    <message>
        <source>Catatan disimpan.</source>
        <translation>Catatan disimpan.</translation>
    </message>
    <message>
        <source>Supplier direkomendasikan ke admin.</source>
        <translation>Supplier direkomendasikan ke admin.</translation>
    </message>
    <message>
        <source>Permintaan perbaikan dikirim ke supplier.</source>
        <translation>Permintaan perbaikan dikirim ke supplier.</translation>
    </message>
    <message>
        <source>Status supplier sekarang: %1.</source>
        <translation>Status supplier sekarang: %1.</translation>
    </message>
    <message>
        <source>Jenis supplier diubah menjadi %1.</source>
        <translation>Jenis supplier diubah menjadi %1.</translation>
    </message>
    <message>
        <source>Paket supplier diubah menjadi %1.</source>
        <translation>Paket supplier diubah menjadi %1.</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::SupplierLimitsPage</name>
    <message>
        <source>Batas untuk setiap paket supplier. Batas selalu mengikuti paket yang berlaku: Premium yang sudah lewat tanggalnya dihitung sebagai Free.</source>
        <translation>Batas untuk setiap paket supplier. Batas selalu mengikuti paket yang berlaku: Premium yang sudah lewat tanggalnya dihitung sebagai Free.</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Produk maks.</source>
        <translation>Produk maks.</translation>
    </message>
    <message>
        <source>Gambar per produk</source>
        <translation>Gambar per produk</translation>
    </message>
    <message>
        <source>Dokumen maks.</source>
        <translation>Dokumen maks.</translation>
    </message>
    <message>
        <source>Terima chat</source>
        <translation>Terima chat</translation>
    </message>
    <message>
        <source>Profil publik</source>
        <translation>Profil publik</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Tanpa batas</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batas paket %1 disimpan.</source>
        <translation>Batas paket %1 disimpan.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::SupplierPremiumPanel</name>
    <message>
        <source>Pesanan Paket Premium yang dibuat supplier lewat Xendit, terbaru di atas. Premium aktif otomatis setelah pembayaran lunas.</source>
        <translation>Pesanan Paket Premium yang dibuat supplier lewat Xendit, terbaru di atas. Premium aktif otomatis setelah pembayaran lunas.</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Memuat pesanan premium…</source>
        <translation>Memuat pesanan premium…</translation>
    </message>
    <message>
        <source>Premium, tanpa batas akhir (diberikan admin)</source>
        <translation>Premium, tanpa batas akhir (diberikan admin)</translation>
    </message>
    <message>
        <source>Premium sampai %1</source>
        <translation>Premium sampai %1</translation>
    </message>
    <message>
        <source>Free — Premium berakhir %1</source>
        <translation>Free — Premium berakhir %1</translation>
    </message>
    <message>
        <source>Free — belum pernah Premium atau sudah diubah admin</source>
        <translation>Free — belum pernah Premium atau sudah diubah admin</translation>
    </message>
    <message>
        <source>Dibuat %1</source>
        <translation>Dibuat %1</translation>
    </message>
    <message>
        <source>Supplier ini belum pernah memesan Paket Premium.</source>
        <translation>Supplier ini belum pernah memesan Paket Premium.</translation>
    </message>
    <message numerus="yes">
        <source>%n pesanan, %1 lunas senilai %2</source>
        <translation>
            <numerusform>%n pesanan, %1 lunas senilai %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::SupplierQuestionsPage</name>
    <message>
        <source>Semua jenis</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Tampilkan yang dipensiunkan</source>
        <translation>Tampilkan yang dipensiunkan</translation>
    </message>
    <message>
        <source>Pertanyaan baru</source>
        <translation>Pertanyaan baru</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Opsi</source>
        <translation>Opsi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ubah pertanyaan</source>
        <translation>Ubah pertanyaan</translation>
    </message>
    <message>
        <source>Untuk jenis</source>
        <translation>Untuk jenis</translation>
    </message>
    <message>
        <source>Urutan</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>di akhir</source>
        <translation>di akhir</translation>
    </message>
    <message>
        <source>Kunci</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Tambah opsi</source>
        <translation>Tambah opsi</translation>
    </message>
    <message>
        <source>Hapus opsi</source>
        <translation>Hapus opsi</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Pensiunkan</source>
        <translation>Pensiunkan</translation>
    </message>
    <message>
        <source>Tidak ditanyakan lagi; jawaban yang sudah ada tetap tersimpan</source>
        <translation>Tidak ditanyakan lagi; jawaban yang sudah ada tetap tersimpan</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Dipensiunkan</source>
        <translation>Dipensiunkan</translation>
    </message>
    <message>
        <source>Pertanyaan ditambahkan.</source>
        <translation>Pertanyaan ditambahkan.</translation>
    </message>
    <message>
        <source>Pertanyaan disimpan.</source>
        <translation>Pertanyaan disimpan.</translation>
    </message>
    <message>
        <source>Pertanyaan dipensiunkan; tidak ditanyakan lagi kepada supplier baru.</source>
        <translation>Pertanyaan dipensiunkan; tidak ditanyakan lagi kepada supplier baru.</translation>
    </message>
    <message>
        <source>Opsi jawaban (2–10; kunci huruf a–z, skor 0–10)</source>
        <translation>Opsi jawaban (2–10; kunci huruf a–z, skor 0–10)</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::SupplierReviewPage</name>
    <message>
        <source>Perusahaan</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>(belum diisi)</source>
        <translation>(belum diisi)</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Cari perusahaan, email, atau nama pemilik (Ctrl+L)</source>
        <translation>Cari perusahaan, email, atau nama pemilik (Ctrl+L)</translation>
    </message>
    <message>
        <source>Tidak ada supplier dengan status dan filter ini.</source>
        <translation>Tidak ada supplier dengan status dan filter ini.</translation>
    </message>
    <message>
        <source>%1+ supplier dimuat</source>
        <translation>%1+ supplier dimuat</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier</source>
        <translation>
            <numerusform>%n supplier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::CsvDownload</name>
    <message>
        <source>Mengunduh ekspor CSV…</source>
        <translation>Mengunduh ekspor CSV…</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::FinanceLabels</name>
    <message>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Founder</translation>
    </message>
    <message>
        <source>Co-founder</source>
        <translation>Co-founder</translation>
    </message>
    <message>
        <source>Dompet</source>
        <translation>Dompet</translation>
    </message>
    <message>
        <source>Operasional perusahaan</source>
        <translation>Operasional perusahaan</translation>
    </message>
    <message>
        <source>Biaya gateway</source>
        <translation>Biaya gateway</translation>
    </message>
    <message>
        <source>Pajak</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <source>Piutang pelanggan</source>
        <translation>Piutang pelanggan</translation>
    </message>
    <message>
        <source>Pengembalian dana</source>
        <translation>Pengembalian dana</translation>
    </message>
    <message>
        <source>Pembayaran keluar</source>
        <translation>Pembayaran keluar</translation>
    </message>
    <message>
        <source>Penjualan</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Penarikan</source>
        <translation>Penarikan</translation>
    </message>
    <message>
        <source>Penyesuaian</source>
        <translation>Penyesuaian</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Bagi hasil aktif</source>
        <translation>Bagi hasil aktif</translation>
    </message>
    <message>
        <source>Fee perusahaan</source>
        <translation>Fee perusahaan</translation>
    </message>
    <message>
        <source>Bagian founder</source>
        <translation>Bagian founder</translation>
    </message>
    <message>
        <source>Bagian co-founder</source>
        <translation>Bagian co-founder</translation>
    </message>
    <message>
        <source>Bagian mentor</source>
        <translation>Bagian mentor</translation>
    </message>
    <message>
        <source>Minimal penarikan</source>
        <translation>Minimal penarikan</translation>
    </message>
    <message>
        <source>Biaya penarikan</source>
        <translation>Biaya penarikan</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>(belum ada pemegang peran)</source>
        <translation>(belum ada pemegang peran)</translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::FinanceWorkspace</name>
    <message>
        <source>Dompet</source>
        <translation>Dompet</translation>
    </message>
    <message>
        <source>Laporan Pendapatan</source>
        <translation>Laporan Pendapatan</translation>
    </message>
    <message>
        <source>Penarikan</source>
        <translation>Penarikan</translation>
    </message>
    <message>
        <source>Pengaturan Bagi Hasil</source>
        <translation>Pengaturan Bagi Hasil</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Ekspor halaman ini sebagai CSV (Ctrl+E)</source>
        <translation>Ekspor halaman ini sebagai CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Keuangan</source>
        <translation>Keuangan</translation>
    </message>
    <message>
        <source>Tagihan Partner</source>
        <translation>Tagihan Partner</translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::PartnerInvoicesPage</name>
    <message>
        <source>Belum dibayar</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <source>Perlu konfirmasi</source>
        <translation>Perlu konfirmasi</translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Aplikasi</source>
        <translation>Aplikasi</translation>
    </message>
    <message>
        <source>Terjadwal</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lewat jatuh tempo</source>
        <translation>Lewat jatuh tempo</translation>
    </message>
    <message numerus="yes">
        <source>%n tagihan</source>
        <translation>
            <numerusform>%n tagihan</numerusform>
        </translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Semua partner</source>
        <translation>Semua partner</translation>
    </message>
    <message>
        <source>Cari partner… (Ctrl+L)</source>
        <translation>Cari partner… (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Simpan daftar tagihan dengan filter ini sebagai CSV (Ctrl+E)</source>
        <translation>Simpan daftar tagihan dengan filter ini sebagai CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Pilih tagihan untuk melihat rincian, baris dan pengingatnya.</source>
        <translation>Pilih tagihan untuk melihat rincian, baris dan pengingatnya.</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Rincian tagihan</source>
        <translation>Rincian tagihan</translation>
    </message>
    <message>
        <source>Klien</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Pengingat</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Jadwal</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Transfer partner sudah masuk? Tandai lunas (pengingat berikutnya dibatalkan, partner diberi tahu):</source>
        <translation>Transfer partner sudah masuk? Tandai lunas (pengingat berikutnya dibatalkan, partner diberi tahu):</translation>
    </message>
    <message>
        <source>Catatan (opsional), mis. ref. transfer BCA 123456</source>
        <translation>Catatan (opsional), mis. ref. transfer BCA 123456</translation>
    </message>
    <message>
        <source>Tandai &amp;lunas…</source>
        <translation>Tandai &amp;lunas…</translation>
    </message>
    <message>
        <source>Pengingat: belum ada yang terjadwal.</source>
        <translation>Pengingat: belum ada yang terjadwal.</translation>
    </message>
    <message numerus="yes">
        <source>Rincian tagihan (%n baris)</source>
        <translation>
            <numerusform>Rincian tagihan (%n baris)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tandai lunas</source>
        <translation>Tandai lunas</translation>
    </message>
    <message>
        <source>Tandai tagihan %1 dari %2 sebesar %3 sudah lunas?
Pengingat berikutnya dibatalkan dan partner diberi tahu.</source>
        <translation>Tandai tagihan %1 dari %2 sebesar %3 sudah lunas?
Pengingat berikutnya dibatalkan dan partner diberi tahu.</translation>
    </message>
    <message>
        <source>Simpan tagihan partner</source>
        <translation>Simpan tagihan partner</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa ditulis: %2</source>
        <translation>Berkas %1 tidak bisa ditulis: %2</translation>
    </message>
    <message>
        <source>Mengekspor tagihan partner…</source>
        <translation>Mengekspor tagihan partner…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Berkas tidak bisa ditulis: %1</source>
        <translation>Berkas tidak bisa ditulis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mengekspor tagihan partner… %n baris</source>
        <translation>
            <numerusform>Mengekspor tagihan partner… %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa disimpan.</source>
        <translation>Berkas %1 tidak bisa disimpan.</translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::RevenuePage</name>
    <message>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <source>Perusahaan</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Founder</translation>
    </message>
    <message>
        <source>Co-founder</source>
        <translation>Co-founder</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Harian</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>Mingguan</source>
        <translation>Mingguan</translation>
    </message>
    <message>
        <source>Bulanan</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Tahunan</source>
        <translation>Tahunan</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Simpan laporan ini sebagai CSV (Ctrl+E)</source>
        <translation>Simpan laporan ini sebagai CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Penjualan kotor</source>
        <translation>Penjualan kotor</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Bersih</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kotor %1 · refund %2 · bersih %3</source>
        <translation>Kotor %1 · refund %2 · bersih %3</translation>
    </message>
    <message>
        <source>Ke mana uang pergi (juta Rp)</source>
        <translation>Ke mana uang pergi (juta Rp)</translation>
    </message>
    <message>
        <source>Simpan laporan pendapatan</source>
        <translation>Simpan laporan pendapatan</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::SplitSettingsPage</name>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Sistem</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Perubahan (sebelum → sesudah)</source>
        <translation>Perubahan (sebelum → sesudah)</translation>
    </message>
    <message>
        <source>(tanpa perubahan nilai)</source>
        <translation>(tanpa perubahan nilai)</translation>
    </message>
    <message>
        <source>Urutan pembagian setiap penjualan: biaya gateway, komisi affiliate, bagian mentor (kelas), lalu fee perusahaan dari sisanya; sisanya lagi dibagi founder dan co-founder. Perubahan berlaku untuk penjualan berikutnya dan tercatat di riwayat di bawah.</source>
        <translation>Urutan pembagian setiap penjualan: biaya gateway, komisi affiliate, bagian mentor (kelas), lalu fee perusahaan dari sisanya; sisanya lagi dibagi founder dan co-founder. Perubahan berlaku untuk penjualan berikutnya dan tercatat di riwayat di bawah.</translation>
    </message>
    <message>
        <source>Bagi hasil aktif (bila mati, semua setelah gateway dan affiliate masuk ke perusahaan)</source>
        <translation>Bagi hasil aktif (bila mati, semua setelah gateway dan affiliate masuk ke perusahaan)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batalkan perubahan</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>Ada perubahan yang belum disimpan.</translation>
    </message>
    <message>
        <source>Terakhir diubah %1.</source>
        <translation>Terakhir diubah %1.</translation>
    </message>
    <message>
        <source>Bagian founder dan co-founder harus berjumlah 100 %, misalnya 60 % dan 40 %.</source>
        <translation>Bagian founder dan co-founder harus berjumlah 100 %, misalnya 60 % dan 40 %.</translation>
    </message>
    <message>
        <source>Minimal penarikan paling sedikit Rp 1.</source>
        <translation>Minimal penarikan paling sedikit Rp 1.</translation>
    </message>
    <message>
        <source>Biaya penarikan harus lebih kecil dari minimal penarikan.</source>
        <translation>Biaya penarikan harus lebih kecil dari minimal penarikan.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Tersimpan. Berlaku untuk penjualan berikutnya.</source>
        <translation>Tersimpan. Berlaku untuk penjualan berikutnya.</translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::WalletsPage</name>
    <message>
        <source>Pemilik</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Peran / jenis</source>
        <translation>Peran / jenis</translation>
    </message>
    <message>
        <source>Akun perusahaan</source>
        <translation>Akun perusahaan</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Ditahan</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Referensi</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Saldo berjalan</source>
        <translation>Saldo berjalan</translation>
    </message>
    <message numerus="yes">
        <source>%n akun</source>
        <translation>
            <numerusform>%n akun</numerusform>
        </translation>
    </message>
    <message>
        <source>Cari pemilik atau email (Ctrl+L)</source>
        <translation>Cari pemilik atau email (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Mutasi dompet terpilih, atau daftar dompet bila tidak ada yang dipilih (Ctrl+E)</source>
        <translation>Mutasi dompet terpilih, atau daftar dompet bila tidak ada yang dipilih (Ctrl+E)</translation>
    </message>
    <message>
        <source>Pilih dompet untuk melihat mutasinya.</source>
        <translation>Pilih dompet untuk melihat mutasinya.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:14pt&apos;&gt;%1&lt;/b&gt; &amp;nbsp; &lt;span style=&apos;color:#6B7280&apos;&gt;%2&lt;/span&gt;&lt;br&gt;Saldo &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; ditahan %4 &amp;nbsp;·&amp;nbsp; tersedia &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;font-size:14pt&apos;&gt;%1&lt;/b&gt; &amp;nbsp; &lt;span style=&apos;color:#6B7280&apos;&gt;%2&lt;/span&gt;&lt;br&gt;Saldo &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; ditahan %4 &amp;nbsp;·&amp;nbsp; tersedia &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Simpan ekspor CSV</source>
        <translation>Simpan ekspor CSV</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::WithdrawalsPage</name>
    <message>
        <source>Diajukan</source>
        <translation>Diajukan</translation>
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
        <source>Rekening</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n permintaan</source>
        <translation>
            <numerusform>%n permintaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Simpan antrean dengan filter ini sebagai CSV (Ctrl+E)</source>
        <translation>Simpan antrean dengan filter ini sebagai CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Pilih permintaan penarikan untuk melihat rinciannya.</source>
        <translation>Pilih permintaan penarikan untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>Peran dompet</source>
        <translation>Peran dompet</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>No. rekening</source>
        <translation>No. rekening</translation>
    </message>
    <message>
        <source>Atas nama</source>
        <translation>Atas nama</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Diputuskan</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Setujui</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <source>Tolak dengan alasan (dana yang ditahan dilepas kembali):</source>
        <translation>Tolak dengan alasan (dana yang ditahan dilepas kembali):</translation>
    </message>
    <message>
        <source>Alasan penolakan, terlihat oleh pemilik dompet</source>
        <translation>Alasan penolakan, terlihat oleh pemilik dompet</translation>
    </message>
    <message>
        <source>&amp;Tolak</source>
        <translation>&amp;Tolak</translation>
    </message>
    <message>
        <source>Tandai &amp;Dibayar</source>
        <translation>Tandai &amp;Dibayar</translation>
    </message>
    <message>
        <source>Tulis alasan penolakan; pemilik dompet akan membacanya.</source>
        <translation>Tulis alasan penolakan; pemilik dompet akan membacanya.</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <source>Simpan antrean penarikan</source>
        <translation>Simpan antrean penarikan</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Pilih bukti transfer</source>
        <translation>Pilih bukti transfer</translation>
    </message>
    <message>
        <source>Foto atau PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Foto atau PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Sudah ditransfer? Lampirkan bukti dari bank:</source>
        <translation>Sudah ditransfer? Lampirkan bukti dari bank:</translation>
    </message>
    <message>
        <source>No. referensi transfer (opsional)</source>
        <translation>No. referensi transfer (opsional)</translation>
    </message>
    <message>
        <source>Pilih &amp;bukti…</source>
        <translation>Pilih &amp;bukti…</translation>
    </message>
    <message>
        <source>&amp;Lihat bukti transfer</source>
        <translation>&amp;Lihat bukti transfer</translation>
    </message>
    <message>
        <source>Belum ada file (foto JPG/PNG atau PDF, maks. 5 MB)</source>
        <translation>Belum ada file (foto JPG/PNG atau PDF, maks. 5 MB)</translation>
    </message>
    <message>
        <source>Bukti transfer diunggah %1</source>
        <translation>Bukti transfer diunggah %1</translation>
    </message>
    <message>
        <source>Bukti transfer tidak bisa disimpan sementara di %1.</source>
        <translation>Bukti transfer tidak bisa disimpan sementara di %1.</translation>
    </message>
    <message>
        <source>File bukti lebih dari 5 MB; kecilkan foto atau pilih PDF lain.</source>
        <translation>File bukti lebih dari 5 MB; kecilkan foto atau pilih PDF lain.</translation>
    </message>
    <message>
        <source>File bukti tidak bisa dibaca: %1</source>
        <translation>File bukti tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>Pilih file bukti transfer dari bank (foto JPG/PNG atau PDF) dulu; pemilik dompet bisa melihatnya.</source>
        <translation>Pilih file bukti transfer dari bank (foto JPG/PNG atau PDF) dulu; pemilik dompet bisa melihatnya.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::AssessmentEditor</name>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Maks</source>
        <translation>Maks</translation>
    </message>
    <message>
        <source>Kunci</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Narasi</source>
        <translation>Narasi</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Templat jawaban</source>
        <translation>Templat jawaban</translation>
    </message>
    <message>
        <source>Bagian dan skor</source>
        <translation>Bagian dan skor</translation>
    </message>
    <message>
        <source>Ringkasan Eksekutif</source>
        <translation>Ringkasan Eksekutif</translation>
    </message>
    <message>
        <source>Pilih salah satu untuk membuka tempatnya.</source>
        <translation>Pilih salah satu untuk membuka tempatnya.</translation>
    </message>
    <message>
        <source>Tambah baris (Ins)</source>
        <translation>Tambah baris (Ins)</translation>
    </message>
    <message>
        <source>Hapus baris (Del)</source>
        <translation>Hapus baris (Del)</translation>
    </message>
    <message>
        <source>Naikkan (Ctrl+↑)</source>
        <translation>Naikkan (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Turunkan (Ctrl+↓)</source>
        <translation>Turunkan (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Teks lengkap baris terpilih</source>
        <translation>Teks lengkap baris terpilih</translation>
    </message>
    <message>
        <source>mis. POTENSI-DIRI</source>
        <translation>mis. POTENSI-DIRI</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Deskripsi</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Kode dipakai partner dan laporan; huruf besar, angka dan tanda hubung. Asesmen yang sudah dikerjakan klien tidak bisa diubah: buat salinan dengan kode baru untuk versi berikutnya.</source>
        <translation>Kode dipakai partner dan laporan; huruf besar, angka dan tanda hubung. Asesmen yang sudah dikerjakan klien tidak bisa diubah: buat salinan dengan kode baru untuk versi berikutnya.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Label pilihan</source>
        <translation>Label pilihan</translation>
    </message>
    <message>
        <source>Likert 1–5</source>
        <translation>Likert 1–5</translation>
    </message>
    <message>
        <source>Isi pilihan templat ini dengan skala persetujuan 1–5.</source>
        <translation>Isi pilihan templat ini dengan skala persetujuan 1–5.</translation>
    </message>
    <message>
        <source>Satu templat dipakai banyak pertanyaan; bagian memilih templatnya, pertanyaan boleh memakai templat lain.</source>
        <translation>Satu templat dipakai banyak pertanyaan; bagian memilih templatnya, pertanyaan boleh memakai templat lain.</translation>
    </message>
    <message>
        <source>Pilihan jawaban templat terpilih</source>
        <translation>Pilihan jawaban templat terpilih</translation>
    </message>
    <message>
        <source>Pertanyaan terbalik memakai nilai cerminan: terendah + tertinggi − jawaban.</source>
        <translation>Pertanyaan terbalik memakai nilai cerminan: terendah + tertinggi − jawaban.</translation>
    </message>
    <message>
        <source>Judul bagian</source>
        <translation>Judul bagian</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Skala</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Terbalik</source>
        <translation>Terbalik</translation>
    </message>
    <message>
        <source>Templat khusus</source>
        <translation>Templat khusus</translation>
    </message>
    <message>
        <source>Metode</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Rata-rata</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Urutan di sini = urutan pengerjaan klien.</source>
        <translation>Urutan di sini = urutan pengerjaan klien.</translation>
    </message>
    <message>
        <source>Tanpa batas</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Pertanyaan bagian ini</source>
        <translation>Pertanyaan bagian ini</translation>
    </message>
    <message>
        <source>Enter mengubah sel, Ins menambah, Del menghapus, Ctrl+↑/↓ memindahkan. Centang &quot;Terbalik&quot; untuk butir yang skornya dibalik.</source>
        <translation>Enter mengubah sel, Ins menambah, Del menghapus, Ctrl+↑/↓ memindahkan. Centang &quot;Terbalik&quot; untuk butir yang skornya dibalik.</translation>
    </message>
    <message>
        <source>Skor skala = jumlah atau rata-rata butir pertanyaannya.</source>
        <translation>Skor skala = jumlah atau rata-rata butir pertanyaannya.</translation>
    </message>
    <message>
        <source>Kategori skala terpilih</source>
        <translation>Kategori skala terpilih</translation>
    </message>
    <message>
        <source>Kategori harus menutup seluruh rentang skor tanpa celah atau tumpang tindih; batas bawah dan atas termasuk.</source>
        <translation>Kategori harus menutup seluruh rentang skor tanpa celah atau tumpang tindih; batas bawah dan atas termasuk.</translation>
    </message>
    <message>
        <source>Skala dan kategori</source>
        <translation>Skala dan kategori</translation>
    </message>
    <message>
        <source>Tanpa ringkasan</source>
        <translation>Tanpa ringkasan</translation>
    </message>
    <message>
        <source>Jumlah skor skala</source>
        <translation>Jumlah skor skala</translation>
    </message>
    <message>
        <source>Rata-rata semua butir</source>
        <translation>Rata-rata semua butir</translation>
    </message>
    <message>
        <source>Rata-rata skor skala</source>
        <translation>Rata-rata skor skala</translation>
    </message>
    <message>
        <source>Metode ringkasan</source>
        <translation>Metode ringkasan</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source> skala tertinggi</source>
        <translation> skala tertinggi</translation>
    </message>
    <message>
        <source>Sorotan</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>Kategori ringkasan</source>
        <translation>Kategori ringkasan</translation>
    </message>
    <message>
        <source>Dipakai untuk skor ringkasan bagian; sorotan menyebut N skala dengan persentase tertinggi.</source>
        <translation>Dipakai untuk skor ringkasan bagian; sorotan menyebut N skala dengan persentase tertinggi.</translation>
    </message>
    <message>
        <source>Ringkasan bagian</source>
        <translation>Ringkasan bagian</translation>
    </message>
    <message>
        <source>Laporan memuat ringkasan eksekutif</source>
        <translation>Laporan memuat ringkasan eksekutif</translation>
    </message>
    <message>
        <source>Pembuka</source>
        <translation>Pembuka</translation>
    </message>
    <message>
        <source>Penutup</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <source>Sumber kategori</source>
        <translation>Sumber kategori</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>* (lainnya)</source>
        <translation>* (lainnya)</translation>
    </message>
    <message>
        <source>Teks</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Bagian dalam ringkasan</source>
        <translation>Bagian dalam ringkasan</translation>
    </message>
    <message>
        <source>Sumber: kategori ringkasan bagian atau kategori satu skala.</source>
        <translation>Sumber: kategori ringkasan bagian atau kategori satu skala.</translation>
    </message>
    <message>
        <source>Teks per kategori</source>
        <translation>Teks per kategori</translation>
    </message>
    <message>
        <source>Penanda yang diisi otomatis: {client_name} {category} {score} {max} {percent} {highlights}. Kategori * dipakai bila tidak ada teks untuk kategori klien.</source>
        <translation>Penanda yang diisi otomatis: {client_name} {category} {score} {max} {percent} {highlights}. Kategori * dipakai bila tidak ada teks untuk kategori klien.</translation>
    </message>
    <message>
        <source>Skala %1</source>
        <translation>Skala %1</translation>
    </message>
    <message>
        <source>Kesesuaian 1–5</source>
        <translation>Kesesuaian 1–5</translation>
    </message>
    <message>
        <source>Templat</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Batas bawah</source>
        <translation>Batas bawah</translation>
    </message>
    <message>
        <source>Batas atas</source>
        <translation>Batas atas</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <source>Pilihan</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Bagian %1</source>
        <translation>Bagian %1</translation>
    </message>
    <message>
        <source>Pertanyaan %1</source>
        <translation>Pertanyaan %1</translation>
    </message>
    <message>
        <source>Kategori %1</source>
        <translation>Kategori %1</translation>
    </message>
    <message>
        <source>Templat %1</source>
        <translation>Templat %1</translation>
    </message>
    <message>
        <source>Pilihan %1</source>
        <translation>Pilihan %1</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::AssessmentListModel</name>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Soal</source>
        <translation>Soal</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>Baru</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::AssessmentPreview</name>
    <message>
        <source>Tampilan klien</source>
        <translation>Tampilan klien</translation>
    </message>
    <message>
        <source>Semua tertinggi</source>
        <translation>Semua tertinggi</translation>
    </message>
    <message>
        <source>Semua terendah</source>
        <translation>Semua terendah</translation>
    </message>
    <message>
        <source>Acak</source>
        <translation>Acak</translation>
    </message>
    <message>
        <source>Hitung</source>
        <translation>Hitung</translation>
    </message>
    <message>
        <source>Hitung skor dari jawaban di tabel (ubah jawaban sendiri di kolom Jawaban).</source>
        <translation>Hitung skor dari jawaban di tabel (ubah jawaban sendiri di kolom Jawaban).</translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Arti</source>
        <translation>Arti</translation>
    </message>
    <message>
        <source>bukan pilihan</source>
        <translation>bukan pilihan</translation>
    </message>
    <message>
        <source>Simulasi skor</source>
        <translation>Simulasi skor</translation>
    </message>
    <message>
        <source>Simpan asesmen ini dulu; setelah itu skor draf bisa dihitung tanpa menyimpan perubahan.</source>
        <translation>Simpan asesmen ini dulu; setelah itu skor draf bisa dihitung tanpa menyimpan perubahan.</translation>
    </message>
    <message>
        <source>Isi jawaban contoh: skor dihitung dari draf di editor, belum disimpan.</source>
        <translation>Isi jawaban contoh: skor dihitung dari draf di editor, belum disimpan.</translation>
    </message>
    <message>
        <source>Tambahkan bagian dan pertanyaan untuk melihat tampilannya.</source>
        <translation>Tambahkan bagian dan pertanyaan untuk melihat tampilannya.</translation>
    </message>
    <message>
        <source>Bagian %1 dari %2</source>
        <translation>Bagian %1 dari %2</translation>
    </message>
    <message>
        <source>Batas waktu %1 menit</source>
        <translation>Batas waktu %1 menit</translation>
    </message>
    <message>
        <source>Tanpa batas waktu</source>
        <translation>Tanpa batas waktu</translation>
    </message>
    <message>
        <source>(templat jawaban belum ada)</source>
        <translation>(templat jawaban belum ada)</translation>
    </message>
    <message>
        <source>(terbalik) %1</source>
        <translation>(terbalik) %1</translation>
    </message>
    <message>
        <source>Menghitung…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Skor dihitung dari draf di editor; tidak ada yang disimpan.</source>
        <translation>Skor dihitung dari draf di editor; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Draf belum valid, jadi skornya belum bisa dihitung. Perbaiki yang ditandai merah di editor.</source>
        <translation>Draf belum valid, jadi skornya belum bisa dihitung. Perbaiki yang ditandai merah di editor.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::AssessmentScoreChart</name>
    <message>
        <source>Ringkasan: %1</source>
        <translation>Ringkasan: %1</translation>
    </message>
    <message>
        <source>Isi jawaban contoh lalu hitung untuk melihat skor tiap skala.</source>
        <translation>Isi jawaban contoh lalu hitung untuk melihat skor tiap skala.</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Sorotan: %1</source>
        <translation>Sorotan: %1</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::AssessmentTableView</name>
    <message>
        <source>(ikut bagian)</source>
        <translation>(ikut bagian)</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::AssessmentsPage</name>
    <message>
        <source>Cari kode atau judul…</source>
        <translation>Cari kode atau judul…</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Asesmen baru (Ctrl+N)</source>
        <translation>Asesmen baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Salin isi editor menjadi asesmen baru dengan kode lain.</source>
        <translation>Salin isi editor menjadi asesmen baru dengan kode lain.</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Terbitkan…</source>
        <translation>Terbitkan…</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Simpan seluruh definisi (Ctrl+S)</source>
        <translation>Simpan seluruh definisi (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>Ada perubahan yang belum disimpan.</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Perubahan pada %1 belum disimpan. Buang perubahan itu?</source>
        <translation>Perubahan pada %1 belum disimpan. Buang perubahan itu?</translation>
    </message>
    <message>
        <source>asesmen baru</source>
        <translation>asesmen baru</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Asesmen baru</source>
        <translation>Asesmen baru</translation>
    </message>
    <message>
        <source>Sudah dikerjakan %1 klien: soal dan aturan skornya terkunci. Pakai Duplikat untuk membuat versi berikutnya dengan kode baru.</source>
        <translation>Sudah dikerjakan %1 klien: soal dan aturan skornya terkunci. Pakai Duplikat untuk membuat versi berikutnya dengan kode baru.</translation>
    </message>
    <message>
        <source>Sudah terbit: partner bisa memakainya di event. Perubahan masih boleh sampai ada klien yang mengerjakannya.</source>
        <translation>Sudah terbit: partner bisa memakainya di event. Perubahan masih boleh sampai ada klien yang mengerjakannya.</translation>
    </message>
    <message>
        <source>Isi kode, judul, lalu tambahkan bagian, skala dan pertanyaan.</source>
        <translation>Isi kode, judul, lalu tambahkan bagian, skala dan pertanyaan.</translation>
    </message>
    <message>
        <source>%1 (salinan)</source>
        <translation>%1 (salinan)</translation>
    </message>
    <message>
        <source>Salinan belum disimpan: periksa kodenya, lalu Simpan.</source>
        <translation>Salinan belum disimpan: periksa kodenya, lalu Simpan.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Simpan perubahan dulu; yang terbit adalah versi tersimpan.</source>
        <translation>Simpan perubahan dulu; yang terbit adalah versi tersimpan.</translation>
    </message>
    <message>
        <source>Terbitkan %1?

Setelah terbit, partner bisa memilihnya untuk event dan asesmen ini tidak bisa dihapus lagi. Begitu ada klien yang mengerjakannya, pertanyaan dan aturan skornya terkunci; versi berikutnya dibuat lewat Duplikat dengan kode baru.</source>
        <translation>Terbitkan %1?

Setelah terbit, partner bisa memilihnya untuk event dan asesmen ini tidak bisa dihapus lagi. Begitu ada klien yang mengerjakannya, pertanyaan dan aturan skornya terkunci; versi berikutnya dibuat lewat Duplikat dengan kode baru.</translation>
    </message>
    <message>
        <source>Terbitkan asesmen</source>
        <translation>Terbitkan asesmen</translation>
    </message>
    <message>
        <source>Asesmen terbit.</source>
        <translation>Asesmen terbit.</translation>
    </message>
    <message>
        <source>Hapus asesmen</source>
        <translation>Hapus asesmen</translation>
    </message>
    <message>
        <source>Hapus draf %1 beserta semua bagian dan pertanyaannya? Ini tidak bisa dibatalkan.</source>
        <translation>Hapus draf %1 beserta semua bagian dan pertanyaannya? Ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Asesmen %1 dihapus.</source>
        <translation>Asesmen %1 dihapus.</translation>
    </message>
    <message numerus="yes">
        <source>Belum tersimpan: %n isian perlu diperbaiki (ditandai merah).</source>
        <translation>
            <numerusform>Belum tersimpan: %n isian perlu diperbaiki (ditandai merah).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::BillingPage</name>
    <message>
        <source>Belum dibayar</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <source>Menunggu pembayaran</source>
        <translation>Menunggu pembayaran</translation>
    </message>
    <message>
        <source>Menunggu konfirmasi</source>
        <translation>Menunggu konfirmasi</translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Top-up kuota</source>
        <translation>Top-up kuota</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <source>Tagihan bulanan</source>
        <translation>Tagihan bulanan</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Unduhan laporan</source>
        <translation>Unduhan laporan</translation>
    </message>
    <message>
        <source>Penyesuaian admin</source>
        <translation>Penyesuaian admin</translation>
    </message>
    <message>
        <source>Pengembalian</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Notifikasi aplikasi</source>
        <translation>Notifikasi aplikasi</translation>
    </message>
    <message>
        <source>Terjadwal</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Top-up kuota…</source>
        <translation>Top-up kuota…</translation>
    </message>
    <message>
        <source>Memuat data partner…</source>
        <translation>Memuat data partner…</translation>
    </message>
    <message>
        <source>Kuota per acara</source>
        <translation>Kuota per acara</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sisa kuota</source>
        <translation>Sisa kuota</translation>
    </message>
    <message>
        <source>Riwayat kuota</source>
        <translation>Riwayat kuota</translation>
    </message>
    <message>
        <source>Pilih acara untuk melihat riwayat kuotanya.</source>
        <translation>Pilih acara untuk melihat riwayat kuotanya.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Sisa</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Pembayaran</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Rincian pembayaran</source>
        <translation>Rincian pembayaran</translation>
    </message>
    <message>
        <source>Pilih pembayaran di daftar.</source>
        <translation>Pilih pembayaran di daftar.</translation>
    </message>
    <message>
        <source>Unggah bukti…</source>
        <translation>Unggah bukti…</translation>
    </message>
    <message>
        <source>Lihat bukti</source>
        <translation>Lihat bukti</translation>
    </message>
    <message>
        <source>Buka halaman pembayaran</source>
        <translation>Buka halaman pembayaran</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Pilih bukti transfer</source>
        <translation>Pilih bukti transfer</translation>
    </message>
    <message>
        <source>Bukti transfer (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Bukti transfer (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Bukti tidak dapat dibuka dari folder sementara.</source>
        <translation>Bukti tidak dapat dibuka dari folder sementara.</translation>
    </message>
    <message>
        <source>Kredit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Batas kredit</source>
        <translation>Batas kredit</translation>
    </message>
    <message>
        <source>Terpakai</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Rincian tagihan</source>
        <translation>Rincian tagihan</translation>
    </message>
    <message>
        <source>Pilih tagihan di daftar.</source>
        <translation>Pilih tagihan di daftar.</translation>
    </message>
    <message>
        <source>Klien</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Jadwal</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Pengingat</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>%1: sisa %2 laporan</source>
        <translation>%1: sisa %2 laporan</translation>
    </message>
    <message>
        <source>Kuota: %1 laporan untuk %2</source>
        <translation>Kuota: %1 laporan untuk %2</translation>
    </message>
    <message>
        <source>Paket: %1</source>
        <translation>Paket: %1</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif untuk %1 klien</source>
        <translation>Ringkasan eksekutif untuk %1 klien</translation>
    </message>
    <message>
        <source>Cara bayar: %1</source>
        <translation>Cara bayar: %1</translation>
    </message>
    <message>
        <source>transfer bank</source>
        <translation>transfer bank</translation>
    </message>
    <message>
        <source>online (Xendit)</source>
        <translation>online (Xendit)</translation>
    </message>
    <message>
        <source>Dibuat: %1</source>
        <translation>Dibuat: %1</translation>
    </message>
    <message>
        <source>Bayar sebelum: %1</source>
        <translation>Bayar sebelum: %1</translation>
    </message>
    <message>
        <source>Transfer sesuai jumlah di atas dengan nomor %1 di berita transfer, lalu unggah buktinya.</source>
        <translation>Transfer sesuai jumlah di atas dengan nomor %1 di berita transfer, lalu unggah buktinya.</translation>
    </message>
    <message>
        <source>Bukti sudah diterima; admin akan memeriksanya. Anda diberi tahu begitu pembayaran dikonfirmasi.</source>
        <translation>Bukti sudah diterima; admin akan memeriksanya. Anda diberi tahu begitu pembayaran dikonfirmasi.</translation>
    </message>
    <message>
        <source>Dibayar: %1</source>
        <translation>Dibayar: %1</translation>
    </message>
    <message>
        <source>Catatan: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Alasan penolakan: %1</source>
        <translation>Alasan penolakan: %1</translation>
    </message>
    <message>
        <source>Ganti bukti…</source>
        <translation>Ganti bukti…</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca.</source>
        <translation>Berkas %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Mengunggah bukti %1…</source>
        <translation>Mengunggah bukti %1…</translation>
    </message>
    <message>
        <source>Bukti terkirim. Admin akan mengonfirmasi pembayaran Anda.</source>
        <translation>Bukti terkirim. Admin akan mengonfirmasi pembayaran Anda.</translation>
    </message>
    <message>
        <source>Pembayaran %1 dibatalkan.</source>
        <translation>Pembayaran %1 dibatalkan.</translation>
    </message>
    <message>
        <source>%1% terpakai</source>
        <translation>%1% terpakai</translation>
    </message>
    <message>
        <source>Belum ditagih: %1 · Sudah ditagih, belum dibayar: %2</source>
        <translation>Belum ditagih: %1 · Sudah ditagih, belum dibayar: %2</translation>
    </message>
    <message>
        <source>Jatuh tempo: %1 (lewat jatuh tempo)</source>
        <translation>Jatuh tempo: %1 (lewat jatuh tempo)</translation>
    </message>
    <message>
        <source>Jatuh tempo: %1</source>
        <translation>Jatuh tempo: %1</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::BulkZipDownload</name>
    <message>
        <source>Unduhan terputus setelah %1 dari %2 laporan. Coba lagi; laporan yang sudah terunduh tidak ditagih lagi.</source>
        <translation>Unduhan terputus setelah %1 dari %2 laporan. Coba lagi; laporan yang sudah terunduh tidak ditagih lagi.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::ClientsPage</name>
    <message>
        <source>Sedang mengerjakan</source>
        <translation>Sedang mengerjakan</translation>
    </message>
    <message>
        <source>Menunggu unduhan</source>
        <translation>Menunggu unduhan</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Nama klien</source>
        <translation>Nama klien</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Organisasi</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Selesai mengerjakan</source>
        <translation>Selesai mengerjakan</translation>
    </message>
    <message>
        <source>Cari nama atau email klien…</source>
        <translation>Cari nama atau email klien…</translation>
    </message>
    <message>
        <source>Semua acara</source>
        <translation>Semua acara</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Unduh laporan</source>
        <translation>Unduh laporan</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Mengunduh laporan %1…</source>
        <translation>Mengunduh laporan %1…</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan ke %1. Pilih folder lain.</source>
        <translation>Laporan tidak dapat disimpan ke %1. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Laporan disimpan ke %1.</source>
        <translation>Laporan disimpan ke %1.</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Menunggu pembayaran</source>
        <translation>Menunggu pembayaran</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <source>Unduh ZIP</source>
        <translation>Unduh ZIP</translation>
    </message>
    <message>
        <source>Laporan semua klien yang dipilih dalam satu berkas ZIP (Ctrl+E)</source>
        <translation>Laporan semua klien yang dipilih dalam satu berkas ZIP (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ringkasan Eksekutif</source>
        <translation>Ringkasan Eksekutif</translation>
    </message>
    <message>
        <source>Tambahkan ringkasan eksekutif ke laporan klien yang dipilih (berbayar per klien)</source>
        <translation>Tambahkan ringkasan eksekutif ke laporan klien yang dipilih (berbayar per klien)</translation>
    </message>
    <message>
        <source>Bayar dengan transfer bank</source>
        <translation>Bayar dengan transfer bank</translation>
    </message>
    <message>
        <source>Bayar online (Xendit)</source>
        <translation>Bayar online (Xendit)</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>%1 klien dipilih: %2 dengan laporan siap diunduh.</source>
        <translation>%1 klien dipilih: %2 dengan laporan siap diunduh.</translation>
    </message>
    <message>
        <source>Pilih klien untuk melihat rinciannya. Ctrl/Shift-klik atau Ctrl+A memilih beberapa klien untuk diunduh sekaligus.</source>
        <translation>Pilih klien untuk melihat rinciannya. Ctrl/Shift-klik atau Ctrl+A memilih beberapa klien untuk diunduh sekaligus.</translation>
    </message>
    <message>
        <source>Unduh ZIP (%1)</source>
        <translation>Unduh ZIP (%1)</translation>
    </message>
    <message>
        <source>Mulai %1</source>
        <translation>Mulai %1</translation>
    </message>
    <message>
        <source>Selesai %1</source>
        <translation>Selesai %1</translation>
    </message>
    <message>
        <source>Diunduh %1</source>
        <translation>Diunduh %1</translation>
    </message>
    <message>
        <source>Laporan-asesmen-%1-klien.zip</source>
        <translation>Laporan-asesmen-%1-klien.zip</translation>
    </message>
    <message>
        <source>Simpan laporan (ZIP)</source>
        <translation>Simpan laporan (ZIP)</translation>
    </message>
    <message>
        <source>Arsip ZIP (*.zip)</source>
        <translation>Arsip ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Menyiapkan laporan… 0 dari %1 laporan</source>
        <translation>Menyiapkan laporan… 0 dari %1 laporan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1 dari %2 laporan</source>
        <translation>%1 dari %2 laporan</translation>
    </message>
    <message>
        <source>%1 laporan disimpan ke %2.</source>
        <translation>%1 laporan disimpan ke %2.</translation>
    </message>
    <message>
        <source>Unduhan ZIP dibatalkan; tidak ada berkas yang disimpan.</source>
        <translation>Unduhan ZIP dibatalkan; tidak ada berkas yang disimpan.</translation>
    </message>
    <message>
        <source>Mengunduh %1 laporan ke %2…</source>
        <translation>Mengunduh %1 laporan ke %2…</translation>
    </message>
    <message>
        <source>Memesan ringkasan eksekutif untuk %1 klien…</source>
        <translation>Memesan ringkasan eksekutif untuk %1 klien…</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif aktif untuk %1 klien; %2 masuk tagihan bulan ini. Unduh ulang laporannya untuk mendapatkan ringkasan.</source>
        <translation>Ringkasan eksekutif aktif untuk %1 klien; %2 masuk tagihan bulan ini. Unduh ulang laporannya untuk mendapatkan ringkasan.</translation>
    </message>
    <message>
        <source>Pembayaran %1 sebesar %2 dibuat. Selesaikan di tab &quot;Kuota &amp; Tagihan&quot;; ringkasan eksekutif tersedia setelah pembayaran dikonfirmasi.</source>
        <translation>Pembayaran %1 sebesar %2 dibuat. Selesaikan di tab &quot;Kuota &amp; Tagihan&quot;; ringkasan eksekutif tersedia setelah pembayaran dikonfirmasi.</translation>
    </message>
    <message>
        <source>Selesai mulai tanggal</source>
        <translation>Selesai mulai tanggal</translation>
    </message>
    <message>
        <source>Selesai sampai tanggal</source>
        <translation>Selesai sampai tanggal</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>s.d.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::EventEditor</name>
    <message>
        <source>Asesmen</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <source>mis. Rekrutmen Batch Juni</source>
        <translation>mis. Rekrutmen Batch Juni</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Kosongkan untuk dibuat otomatis</source>
        <translation>Kosongkan untuk dibuat otomatis</translation>
    </message>
    <message>
        <source>Kode referensi</source>
        <translation>Kode referensi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Harga per klien</source>
        <translation>Harga per klien</translation>
    </message>
    <message>
        <source>Harga khusus sampai</source>
        <translation>Harga khusus sampai</translation>
    </message>
    <message>
        <source>Harga khusus</source>
        <translation>Harga khusus</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Bagikan ke klien</source>
        <translation>Bagikan ke klien</translation>
    </message>
    <message>
        <source>Salin tautan</source>
        <translation>Salin tautan</translation>
    </message>
    <message>
        <source>Tautan disalin.</source>
        <translation>Tautan disalin.</translation>
    </message>
    <message>
        <source>Simpan QR</source>
        <translation>Simpan QR</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Acara baru</source>
        <translation>Acara baru</translation>
    </message>
    <message>
        <source>Acara %1</source>
        <translation>Acara %1</translation>
    </message>
    <message>
        <source>%1 klien, %2 selesai, kuota %3</source>
        <translation>%1 klien, %2 selesai, kuota %3</translation>
    </message>
    <message>
        <source>Belum ada asesmen terbit. Minta admin menerbitkan asesmen dulu.</source>
        <translation>Belum ada asesmen terbit. Minta admin menerbitkan asesmen dulu.</translation>
    </message>
    <message>
        <source>QR disimpan ke %1.</source>
        <translation>QR disimpan ke %1.</translation>
    </message>
    <message>
        <source>QR tidak dapat disimpan ke %1. Pilih folder lain.</source>
        <translation>QR tidak dapat disimpan ke %1. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Pilih asesmen untuk acara ini.</source>
        <translation>Pilih asesmen untuk acara ini.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::EventsPage</name>
    <message>
        <source>Kode referensi</source>
        <translation>Kode referensi</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Asesmen</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Selesai / klien</source>
        <translation>Selesai / klien</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Harga khusus s.d.</source>
        <translation>Harga khusus s.d.</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Cari kode referensi atau judul…</source>
        <translation>Cari kode referensi atau judul…</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Acara baru</source>
        <translation>Acara baru</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::PackagesPanel</name>
    <message>
        <source>Partner bayar di muka memilih salah satu paket aktif saat top up. Harga = kuota × harga laporan acara − diskon. Ubah sel lalu Enter untuk menyimpan; Del menghapus paket.</source>
        <translation>Partner bayar di muka memilih salah satu paket aktif saat top up. Harga = kuota × harga laporan acara − diskon. Ubah sel lalu Enter untuk menyimpan; Del menghapus paket.</translation>
    </message>
    <message>
        <source>Nama paket</source>
        <translation>Nama paket</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Kuota</translation>
    </message>
    <message>
        <source>Diskon %</source>
        <translation>Diskon %</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Urutan</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>Nama paket baru, mis. Paket 100</source>
        <translation>Nama paket baru, mis. Paket 100</translation>
    </message>
    <message>
        <source> laporan</source>
        <translation> laporan</translation>
    </message>
    <message>
        <source>diskon </source>
        <translation>diskon </translation>
    </message>
    <message>
        <source>Tambah paket</source>
        <translation>Tambah paket</translation>
    </message>
    <message>
        <source>Hapus…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Hapus paket terpilih (Del)</source>
        <translation>Hapus paket terpilih (Del)</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Paket %1 tersimpan.</source>
        <translation>Paket %1 tersimpan.</translation>
    </message>
    <message>
        <source>Beri nama paket, mis. &quot;Paket 100&quot;.</source>
        <translation>Beri nama paket, mis. &quot;Paket 100&quot;.</translation>
    </message>
    <message>
        <source>Paket %1 ditambahkan.</source>
        <translation>Paket %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Hapus paket</source>
        <translation>Hapus paket</translation>
    </message>
    <message>
        <source>Hapus paket %1? Partner tidak bisa memilihnya lagi; transaksi yang sudah ada tetap tercatat.</source>
        <translation>Hapus paket %1? Partner tidak bisa memilihnya lagi; transaksi yang sudah ada tetap tercatat.</translation>
    </message>
    <message>
        <source>Paket %1 dihapus.</source>
        <translation>Paket %1 dihapus.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::PartnerOperatorsPanel</name>
    <message>
        <source>Operator bertindak untuk partner ini: membuat acara dan mengunduh laporan, tetapi tidak bisa membeli kuota atau melihat harga.</source>
        <translation>Operator bertindak untuk partner ini: membuat acara dan mengunduh laporan, tetapi tidak bisa membeli kuota atau melihat harga.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Hapus operator…</source>
        <translation>Hapus operator…</translation>
    </message>
    <message>
        <source>Hapus operator terpilih (Del)</source>
        <translation>Hapus operator terpilih (Del)</translation>
    </message>
    <message>
        <source>Tambah operator</source>
        <translation>Tambah operator</translation>
    </message>
    <message>
        <source>Email akun yang ada atau akun baru</source>
        <translation>Email akun yang ada atau akun baru</translation>
    </message>
    <message>
        <source>Hanya untuk akun baru</source>
        <translation>Hanya untuk akun baru</translation>
    </message>
    <message>
        <source>Hanya untuk akun baru, minimal 8 karakter</source>
        <translation>Hanya untuk akun baru, minimal 8 karakter</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Isi email operator.</source>
        <translation>Isi email operator.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>%1 kini operator partner ini.</source>
        <translation>%1 kini operator partner ini.</translation>
    </message>
    <message>
        <source>Hapus operator</source>
        <translation>Hapus operator</translation>
    </message>
    <message>
        <source>Hapus %1 (%2) sebagai operator? Akunnya tetap ada, tetapi tidak bisa lagi bertindak untuk partner ini.</source>
        <translation>Hapus %1 (%2) sebagai operator? Akunnya tetap ada, tetapi tidak bisa lagi bertindak untuk partner ini.</translation>
    </message>
    <message>
        <source>%1 bukan lagi operator.</source>
        <translation>%1 bukan lagi operator.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::PartnerPricingPanel</name>
    <message>
        <source>Harga khusus partner ini per asesmen. Kosong: berlaku harga acara atau harga umum. Ketik lalu Enter untuk menyimpan, Del untuk menghapus harga khusus.</source>
        <translation>Harga khusus partner ini per asesmen. Kosong: berlaku harga acara atau harga umum. Ketik lalu Enter untuk menyimpan, Del untuk menghapus harga khusus.</translation>
    </message>
    <message>
        <source>Asesmen</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <source>Harga laporan</source>
        <translation>Harga laporan</translation>
    </message>
    <message>
        <source>Harga ringkasan eksekutif</source>
        <translation>Harga ringkasan eksekutif</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Isi harga laporan dulu; harga ringkasan eksekutif menyertainya.</source>
        <translation>Isi harga laporan dulu; harga ringkasan eksekutif menyertainya.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Harga %1 tersimpan.</source>
        <translation>Harga %1 tersimpan.</translation>
    </message>
    <message>
        <source>Hapus harga khusus</source>
        <translation>Hapus harga khusus</translation>
    </message>
    <message>
        <source>Hapus harga khusus %1 untuk partner ini? Acara berikutnya memakai harga acara atau harga umum.</source>
        <translation>Hapus harga khusus %1 untuk partner ini? Acara berikutnya memakai harga acara atau harga umum.</translation>
    </message>
    <message>
        <source>Harga khusus %1 dihapus.</source>
        <translation>Harga khusus %1 dihapus.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::PartnerWorkspace</name>
    <message>
        <source>Acara</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Klien</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Dasbor Partner</source>
        <translation>Dasbor Partner</translation>
    </message>
    <message>
        <source>Kuota &amp;&amp; Tagihan</source>
        <translation>Kuota &amp;&amp; Tagihan</translation>
    </message>
    <message>
        <source>Pembayaran</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Asesmen</source>
        <translation>Asesmen</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::PartnersPage</name>
    <message>
        <source>Institusi</source>
        <translation>Institusi</translation>
    </message>
    <message>
        <source>Tipe</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>Model bayar</source>
        <translation>Model bayar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Limit kredit</source>
        <translation>Limit kredit</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Cari institusi atau email pemilik…</source>
        <translation>Cari institusi atau email pemilik…</translation>
    </message>
    <message>
        <source>Partner baru</source>
        <translation>Partner baru</translation>
    </message>
    <message>
        <source>Email akun yang ada atau akun baru</source>
        <translation>Email akun yang ada atau akun baru</translation>
    </message>
    <message>
        <source>Email pemilik</source>
        <translation>Email pemilik</translation>
    </message>
    <message>
        <source>Hanya untuk akun baru</source>
        <translation>Hanya untuk akun baru</translation>
    </message>
    <message>
        <source>Nama pemilik</source>
        <translation>Nama pemilik</translation>
    </message>
    <message>
        <source>Hanya untuk akun baru, minimal 8 karakter</source>
        <translation>Hanya untuk akun baru, minimal 8 karakter</translation>
    </message>
    <message>
        <source>Kata sandi pemilik</source>
        <translation>Kata sandi pemilik</translation>
    </message>
    <message>
        <source>Nama kontak</source>
        <translation>Nama kontak</translation>
    </message>
    <message>
        <source>Telepon kontak</source>
        <translation>Telepon kontak</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Buat partner</source>
        <translation>Buat partner</translation>
    </message>
    <message>
        <source>Ubah %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>Simpan perubahan</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Perubahan tersimpan.</source>
        <translation>Perubahan tersimpan.</translation>
    </message>
    <message>
        <source>Partner %1 dibuat.</source>
        <translation>Partner %1 dibuat.</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Kuota &amp;&amp; kredit</source>
        <translation>Kuota &amp;&amp; kredit</translation>
    </message>
    <message>
        <source>Kredit (bayar belakangan)</source>
        <translation>Kredit (bayar belakangan)</translation>
    </message>
    <message>
        <source>Terpakai</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Belum ditagih</source>
        <translation>Belum ditagih</translation>
    </message>
    <message>
        <source>Ditagih, belum dibayar</source>
        <translation>Ditagih, belum dibayar</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Kuota</translation>
    </message>
    <message>
        <source>Klien</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Riwayat kuota acara terpilih</source>
        <translation>Riwayat kuota acara terpilih</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Tambah kuota acara terpilih</source>
        <translation>Tambah kuota acara terpilih</translation>
    </message>
    <message>
        <source>Angka negatif mengurangi kuota</source>
        <translation>Angka negatif mengurangi kuota</translation>
    </message>
    <message>
        <source>Alasan, mis. bonus kerja sama (tercatat di riwayat)</source>
        <translation>Alasan, mis. bonus kerja sama (tercatat di riwayat)</translation>
    </message>
    <message>
        <source>Tambah kuota</source>
        <translation>Tambah kuota</translation>
    </message>
    <message>
        <source>Partner ini belum punya acara.</source>
        <translation>Partner ini belum punya acara.</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Top up</translation>
    </message>
    <message>
        <source>Unduh laporan</source>
        <translation>Unduh laporan</translation>
    </message>
    <message>
        <source>Penyesuaian admin</source>
        <translation>Penyesuaian admin</translation>
    </message>
    <message>
        <source>Pengembalian</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <source>Pilih acara yang kuotanya ditambah.</source>
        <translation>Pilih acara yang kuotanya ditambah.</translation>
    </message>
    <message>
        <source>Tulis alasan perubahan kuota; tercatat di riwayat partner.</source>
        <translation>Tulis alasan perubahan kuota; tercatat di riwayat partner.</translation>
    </message>
    <message>
        <source>Kuota %1 sekarang %2.</source>
        <translation>Kuota %1 sekarang %2.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::PaymentsPage</name>
    <message>
        <source>%1 laporan</source>
        <translation>%1 laporan</translation>
    </message>
    <message>
        <source>%1 klien</source>
        <translation>%1 klien</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Semua partner</source>
        <translation>Semua partner</translation>
    </message>
    <message>
        <source>Cari partner… (Ctrl+L)</source>
        <translation>Cari partner… (Ctrl+L)</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Muat ulang antrean (F5)</source>
        <translation>Muat ulang antrean (F5)</translation>
    </message>
    <message>
        <source>Pilih pembayaran untuk melihat rincian dan buktinya.</source>
        <translation>Pilih pembayaran untuk melihat rincian dan buktinya.</translation>
    </message>
    <message>
        <source>Metode</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Kuota</translation>
    </message>
    <message>
        <source>Klien</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Bayar sebelum</source>
        <translation>Bayar sebelum</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Catatan (opsional), mis. cocok dengan mutasi BCA 21/11</source>
        <translation>Catatan (opsional), mis. cocok dengan mutasi BCA 21/11</translation>
    </message>
    <message>
        <source>&amp;Konfirmasi…</source>
        <translation>&amp;Konfirmasi…</translation>
    </message>
    <message>
        <source>Tolak dengan alasan (partner membacanya dan bisa mengirim bukti baru):</source>
        <translation>Tolak dengan alasan (partner membacanya dan bisa mengirim bukti baru):</translation>
    </message>
    <message>
        <source>Alasan penolakan, mis. nominal transfer tidak sesuai</source>
        <translation>Alasan penolakan, mis. nominal transfer tidak sesuai</translation>
    </message>
    <message>
        <source>&amp;Tolak</source>
        <translation>&amp;Tolak</translation>
    </message>
    <message>
        <source>Bukti transfer</source>
        <translation>Bukti transfer</translation>
    </message>
    <message>
        <source>Buka bukti</source>
        <translation>Buka bukti</translation>
    </message>
    <message>
        <source>Buka bukti dengan penampil bawaan sistem</source>
        <translation>Buka bukti dengan penampil bawaan sistem</translation>
    </message>
    <message>
        <source>Paket kuota</source>
        <translation>Paket kuota</translation>
    </message>
    <message numerus="yes">
        <source>%n transaksi</source>
        <translation>
            <numerusform>%n transaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>Memuat bukti…</source>
        <translation>Memuat bukti…</translation>
    </message>
    <message>
        <source>Dibayar lewat Xendit; tidak perlu bukti transfer.</source>
        <translation>Dibayar lewat Xendit; tidak perlu bukti transfer.</translation>
    </message>
    <message>
        <source>Partner belum mengirim bukti transfer.</source>
        <translation>Partner belum mengirim bukti transfer.</translation>
    </message>
    <message>
        <source>Bukti berupa PDF (%1). Buka untuk memeriksanya.</source>
        <translation>Bukti berupa PDF (%1). Buka untuk memeriksanya.</translation>
    </message>
    <message>
        <source>Bukti tidak bisa ditampilkan di sini; buka dengan penampil sistem.</source>
        <translation>Bukti tidak bisa ditampilkan di sini; buka dengan penampil sistem.</translation>
    </message>
    <message>
        <source>Bukti tidak bisa disimpan sementara di %1.</source>
        <translation>Bukti tidak bisa disimpan sementara di %1.</translation>
    </message>
    <message>
        <source>Kuota acara %1 bertambah %2 laporan.</source>
        <translation>Kuota acara %1 bertambah %2 laporan.</translation>
    </message>
    <message numerus="yes">
        <source>Ringkasan eksekutif dibuka untuk %n klien.</source>
        <translation>
            <numerusform>Ringkasan eksekutif dibuka untuk %n klien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Konfirmasi pembayaran</source>
        <translation>Konfirmasi pembayaran</translation>
    </message>
    <message>
        <source>Konfirmasi pembayaran %1 dari %2 sebesar %3?
%4
Pastikan dana sudah masuk ke rekening; partner diberi tahu.</source>
        <translation>Konfirmasi pembayaran %1 dari %2 sebesar %3?
%4
Pastikan dana sudah masuk ke rekening; partner diberi tahu.</translation>
    </message>
    <message>
        <source>Tulis alasan penolakan; partner akan membacanya.</source>
        <translation>Tulis alasan penolakan; partner akan membacanya.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::TopupDialog</name>
    <message>
        <source>Top-up kuota</source>
        <translation>Top-up kuota</translation>
    </message>
    <message>
        <source> laporan</source>
        <translation> laporan</translation>
    </message>
    <message>
        <source>Jumlah kuota</source>
        <translation>Jumlah kuota</translation>
    </message>
    <message>
        <source>Transfer bank (unggah bukti)</source>
        <translation>Transfer bank (unggah bukti)</translation>
    </message>
    <message>
        <source>Bayar online (Xendit)</source>
        <translation>Bayar online (Xendit)</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Cara bayar</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>Buat pembayaran</source>
        <translation>Buat pembayaran</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Belum ada acara aktif. Aktifkan acara dulu di tab &quot;Acara&quot;, lalu top-up kuotanya.</source>
        <translation>Belum ada acara aktif. Aktifkan acara dulu di tab &quot;Acara&quot;, lalu top-up kuotanya.</translation>
    </message>
    <message>
        <source>Menghitung harga…</source>
        <translation>Menghitung harga…</translation>
    </message>
    <message>
        <source>%1 — %2 laporan</source>
        <translation>%1 — %2 laporan</translation>
    </message>
    <message>
        <source> (hemat %1%)</source>
        <translation> (hemat %1%)</translation>
    </message>
    <message>
        <source>Jumlah lain…</source>
        <translation>Jumlah lain…</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>%1 (normal %2)</source>
        <translation>%1 (normal %2)</translation>
    </message>
    <message>
        <source>Transfer ke %1 %2 a.n. %3, lalu unggah bukti transfer.</source>
        <translation>Transfer ke %1 %2 a.n. %3, lalu unggah bukti transfer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pembayaran %1 dibuat.&lt;/b&gt;&lt;br&gt;Transfer &lt;b&gt;%2&lt;/b&gt; ke &lt;b&gt;%3 %4&lt;/b&gt; a.n. %5%6.&lt;br&gt;Tulis nomor %1 di berita transfer, lalu pilih &quot;Unggah bukti&quot; di daftar transaksi.</source>
        <translation>&lt;b&gt;Pembayaran %1 dibuat.&lt;/b&gt;&lt;br&gt;Transfer &lt;b&gt;%2&lt;/b&gt; ke &lt;b&gt;%3 %4&lt;/b&gt; a.n. %5%6.&lt;br&gt;Tulis nomor %1 di berita transfer, lalu pilih &quot;Unggah bukti&quot; di daftar transaksi.</translation>
    </message>
    <message>
        <source> sebelum %1</source>
        <translation> sebelum %1</translation>
    </message>
</context>
<context>
    <name>ey::desk::sales::SaleDetailPane</name>
    <message>
        <source>Memuat transaksi…</source>
        <translation>Memuat transaksi…</translation>
    </message>
    <message>
        <source>Pilih transaksi di tabel (Enter) untuk melihat detailnya.</source>
        <translation>Pilih transaksi di tabel (Enter) untuk melihat detailnya.</translation>
    </message>
    <message>
        <source>Kirim ulang notifikasi</source>
        <translation>Kirim ulang notifikasi</translation>
    </message>
    <message>
        <source>PAID: konfirmasi pembelian; PENDING: tautan pembayaran. Lewat email dan WhatsApp.</source>
        <translation>PAID: konfirmasi pembelian; PENDING: tautan pembayaran. Lewat email dan WhatsApp.</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Riwayat pembayaran</source>
        <translation>Riwayat pembayaran</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jadwal</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Entri / akun</source>
        <translation>Entri / akun</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Pilih baris yang berisi payload gateway untuk melihat JSON mentahnya.</source>
        <translation>Pilih baris yang berisi payload gateway untuk melihat JSON mentahnya.</translation>
    </message>
    <message>
        <source>%1 · dibuat %2</source>
        <translation>%1 · dibuat %2</translation>
    </message>
    <message>
        <source> · dibayar %1</source>
        <translation> · dibayar %1</translation>
    </message>
    <message>
        <source> · gateway %1</source>
        <translation> · gateway %1</translation>
    </message>
    <message>
        <source>Ditandai: %1</source>
        <translation>Ditandai: %1</translation>
    </message>
    <message>
        <source>Tidak ada membership aktif</source>
        <translation>Tidak ada membership aktif</translation>
    </message>
    <message>
        <source>%1 (seumur hidup)</source>
        <translation>%1 (seumur hidup)</translation>
    </message>
    <message>
        <source>%1 (sampai %2)</source>
        <translation>%1 (sampai %2)</translation>
    </message>
    <message>
        <source>Pembeli</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Bergabung</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <source>Tanpa affiliate</source>
        <translation>Tanpa affiliate</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Komisi</source>
        <translation>Komisi</translation>
    </message>
    <message>
        <source>Belum diposting (transaksi belum lunas)</source>
        <translation>Belum diposting (transaksi belum lunas)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Jml</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Diskon</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Tautan pembayaran:</source>
        <translation>Tautan pembayaran:</translation>
    </message>
    <message>
        <source>Alasan gagal: %1</source>
        <translation>Alasan gagal: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>payload gateway</source>
        <translation>payload gateway</translation>
    </message>
    <message>
        <source> · payload gateway</source>
        <translation> · payload gateway</translation>
    </message>
    <message>
        <source>Callback %1</source>
        <translation>Callback %1</translation>
    </message>
    <message>
        <source>ditandai: %1</source>
        <translation>ditandai: %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Terjadwal</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Galat: %1</source>
        <translation>Galat: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ey::desk::sales::SalesChartsPanel</name>
    <message>
        <source>Juta rupiah</source>
        <translation>Juta rupiah</translation>
    </message>
    <message>
        <source>Ribu rupiah</source>
        <translation>Ribu rupiah</translation>
    </message>
    <message>
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
    <message>
        <source>Memuat grafik…</source>
        <translation>Memuat grafik…</translation>
    </message>
    <message numerus="yes">
        <source>Pendapatan lunas %1 dari %n transaksi</source>
        <translation>
            <numerusform>Pendapatan lunas %1 dari %n transaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>Pendapatan per hari</source>
        <translation>Pendapatan per hari</translation>
    </message>
    <message>
        <source>Pendapatan per minggu</source>
        <translation>Pendapatan per minggu</translation>
    </message>
    <message>
        <source>Pendapatan per bulan</source>
        <translation>Pendapatan per bulan</translation>
    </message>
    <message>
        <source>Pendapatan per tahun</source>
        <translation>Pendapatan per tahun</translation>
    </message>
    <message>
        <source>Pendapatan</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Pendapatan per produk</source>
        <translation>Pendapatan per produk</translation>
    </message>
</context>
<context>
    <name>ey::desk::sales::SalesFilterBar</name>
    <message>
        <source>Semua waktu</source>
        <translation>Semua waktu</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Minggu ini</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <source>Bulan ini</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Tahun ini</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Kustom</source>
        <translation>Kustom</translation>
    </message>
    <message>
        <source>Rentang tanggal transaksi (WIB)</source>
        <translation>Rentang tanggal transaksi (WIB)</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Semua produk</source>
        <translation>Semua produk</translation>
    </message>
    <message>
        <source>Semua affiliate</source>
        <translation>Semua affiliate</translation>
    </message>
    <message>
        <source>Cari invoice, nama atau email (Ctrl+L)</source>
        <translation>Cari invoice, nama atau email (Ctrl+L)</translation>
    </message>
    <message>
        <source>Dari tanggal</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>Paket: %1</source>
        <translation>Paket: %1</translation>
    </message>
    <message>
        <source>Produk: %1</source>
        <translation>Produk: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n penjualan</source>
        <translation>
            <numerusform>%n penjualan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ey::desk::sales::SalesPage</name>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source> +%1 item</source>
        <translation> +%1 item</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <source>komisi belum diposting</source>
        <translation>komisi belum diposting</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Aksi</source>
        <translation>Aksi</translation>
    </message>
    <message>
        <source>Mengekspor… %1 baris (%2)</source>
        <translation>Mengekspor… %1 baris (%2)</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <source>%1 baris disimpan ke %2</source>
        <translation>%1 baris disimpan ke %2</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan</source>
        <translation>Ekspor dibatalkan</translation>
    </message>
    <message>
        <source>Berkas yang belum selesai sudah dihapus.</source>
        <translation>Berkas yang belum selesai sudah dihapus.</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Ekspor baris yang sesuai filter ke CSV (Ctrl+E)</source>
        <translation>Ekspor baris yang sesuai filter ke CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Tidak ada transaksi untuk filter ini.</source>
        <translation>Tidak ada transaksi untuk filter ini.</translation>
    </message>
    <message>
        <source>%1+ transaksi dimuat</source>
        <translation>%1+ transaksi dimuat</translation>
    </message>
    <message numerus="yes">
        <source>%n transaksi</source>
        <translation>
            <numerusform>%n transaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>Simpan ekspor penjualan</source>
        <translation>Simpan ekspor penjualan</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Notifikasi dikirim ulang</source>
        <translation>Notifikasi dikirim ulang</translation>
    </message>
    <message>
        <source>Tautan pembayaran %1 dikirim lagi lewat email dan WhatsApp.</source>
        <translation>Tautan pembayaran %1 dikirim lagi lewat email dan WhatsApp.</translation>
    </message>
    <message>
        <source>Konfirmasi pembelian %1 dikirim lagi lewat email dan WhatsApp.</source>
        <translation>Konfirmasi pembelian %1 dikirim lagi lewat email dan WhatsApp.</translation>
    </message>
    <message>
        <source>Tidak bisa mengirim ulang</source>
        <translation>Tidak bisa mengirim ulang</translation>
    </message>
</context>
<context>
    <name>ey::desk::sales::SalesTableDelegate</name>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
</context>
<context>
    <name>ey::desk::sales::SalesWorkspace</name>
    <message>
        <source>Transaksi</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source>Grafik</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Ekspor baris yang sesuai filter ke CSV (Ctrl+E)</source>
        <translation>Ekspor baris yang sesuai filter ke CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Penjualan</source>
        <translation>Penjualan</translation>
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
