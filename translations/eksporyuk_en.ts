<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BillingCharts</name>
    <message>
        <source>Sisa kuota dari waktu ke waktu</source>
        <translation>Quota left over time</translation>
    </message>
    <message>
        <source>Sisa kuota</source>
        <translation>Quota left</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
    <message>
        <source>Juta rupiah</source>
        <translation>Million rupiah</translation>
    </message>
    <message>
        <source>Ribu rupiah</source>
        <translation>Thousand rupiah</translation>
    </message>
    <message>
        <source>Pemakaian kredit 12 bulan terakhir</source>
        <translation>Credit use over the last 12 months</translation>
    </message>
    <message>
        <source>Pemakaian</source>
        <translation>Use</translation>
    </message>
</context>
<context>
    <name>CurationFormat</name>
    <message>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Narahubung</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Negara</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Kode HS</source>
        <translation>HS codes</translation>
    </message>
    <message>
        <source>Skala bisnis</source>
        <translation>Business scale</translation>
    </message>
    <message>
        <source>Syarat pembayaran</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Syarat pengiriman</source>
        <translation>Shipping terms</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tanggal ditambahkan</source>
        <translation>Date added</translation>
    </message>
    <message>
        <source>Kecil</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>Menengah</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Besar</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Korporasi</source>
        <translation>Enterprise</translation>
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
        <translation>1 month</translation>
    </message>
    <message>
        <source>3 bulan</source>
        <translation>3 months</translation>
    </message>
    <message>
        <source>6 bulan</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>12 bulan</source>
        <translation>12 months</translation>
    </message>
    <message>
        <source>Seumur hidup</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>Kontak salah</source>
        <translation>Wrong contact</translation>
    </message>
    <message>
        <source>Bukan buyer</source>
        <translation>Not a buyer</translation>
    </message>
    <message>
        <source>Sudah tutup</source>
        <translation>Closed down</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Diselesaikan</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Diunggah</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <source>Dalam antrean</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Galat, dilewati</source>
        <translation>Error, skipped</translation>
    </message>
    <message>
        <source>Duplikat, dilewati</source>
        <translation>Duplicate, skipped</translation>
    </message>
    <message>
        <source>Duplikat, diperbarui</source>
        <translation>Duplicate, updated</translation>
    </message>
</context>
<context>
    <name>PartnerFormat</name>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Ditangguhkan</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Korporat</source>
        <translation>Corporate</translation>
    </message>
    <message>
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Bayar di muka (kuota)</source>
        <translation>Pay up front (quota)</translation>
    </message>
    <message>
        <source>Bayar belakangan (kredit)</source>
        <translation>Pay later (credit)</translation>
    </message>
</context>
<context>
    <name>PaymentFormat</name>
    <message>
        <source>Top up kuota</source>
        <translation>Quota top-up</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Tagihan bulanan</source>
        <translation>Monthly invoice</translation>
    </message>
    <message>
        <source>Menunggu pembayaran</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>Perlu konfirmasi</source>
        <translation>Needs confirmation</translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Transfer bank (manual)</source>
        <translation>Bank transfer (manual)</translation>
    </message>
    <message>
        <source>Xendit (otomatis)</source>
        <translation>Xendit (automatic)</translation>
    </message>
</context>
<context>
    <name>SalesFormat</name>
    <message>
        <source>Lunas</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>1 bulan</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>3 bulan</source>
        <translation>3 months</translation>
    </message>
    <message>
        <source>6 bulan</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>12 bulan</source>
        <translation>12 months</translation>
    </message>
    <message>
        <source>Seumur hidup</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>Ebook</source>
        <translation>Ebook</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Class</translation>
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
        <translation>Service</translation>
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
        <translation>Other</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Paket · %1</source>
        <translation>Plan · %1</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Produk · %1</source>
        <translation>Product · %1</translation>
    </message>
    <message>
        <source>%1/%2 terkirim</source>
        <translation>%1/%2 sent</translation>
    </message>
    <message>
        <source>Member Free</source>
        <translation>Free member</translation>
    </message>
    <message>
        <source>Member Premium</source>
        <translation>Premium member</translation>
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
        <translation>Draft</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Menunggu peninjauan</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Direkomendasikan mentor</source>
        <translation>Recommended by mentor</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Terbatas</source>
        <translation>Limited</translation>
    </message>
    <message>
        <source>Ditangguhkan</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Produsen</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Pabrik / Manufaktur</source>
        <translation>Factory / Manufacturer</translation>
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
        <translation>No type chosen yet</translation>
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
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Katalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Direkomendasikan</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>Diminta perbaikan</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Dibatasi</source>
        <translation>Limited</translation>
    </message>
    <message>
        <source>Diaktifkan kembali</source>
        <translation>Reinstated</translation>
    </message>
    <message>
        <source>Jenis diubah</source>
        <translation>Type changed</translation>
    </message>
    <message>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Legalitas</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Nama perusahaan</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Bentuk usaha</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Bidang usaha</source>
        <translation>Line of business</translation>
    </message>
    <message>
        <source>Produk utama</source>
        <translation>Main products</translation>
    </message>
    <message>
        <source>Tahun berdiri</source>
        <translation>Year founded</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Kode provinsi</source>
        <translation>Province code</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota</source>
        <translation>Regency/city code</translation>
    </message>
    <message>
        <source>Kode kecamatan</source>
        <translation>District code</translation>
    </message>
    <message>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Lokasi produksi</source>
        <translation>Production site</translation>
    </message>
    <message>
        <source>Nama PIC</source>
        <translation>Contact person (PIC)</translation>
    </message>
    <message>
        <source>Jabatan PIC</source>
        <translation>PIC position</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email bisnis</source>
        <translation>Business email</translation>
    </message>
    <message>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Media sosial</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Deskripsi</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Keunggulan</source>
        <translation>Advantages</translation>
    </message>
    <message>
        <source>Nilai unik</source>
        <translation>Unique value</translation>
    </message>
    <message>
        <source>Premium sampai</source>
        <translation>Premium until</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
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
        <source>Kargo laut</source>
        <translation>Sea freight</translation>
    </message>
    <message>
        <source>Kargo udara</source>
        <translation>Air freight</translation>
    </message>
    <message>
        <source>Kepabeanan</source>
        <translation>Customs</translation>
    </message>
    <message>
        <source>Agen pelayaran</source>
        <translation>Shipping agent</translation>
    </message>
    <message>
        <source>Trucking</source>
        <translation>Trucking</translation>
    </message>
    <message>
        <source>Pergudangan</source>
        <translation>Warehousing</translation>
    </message>
    <message>
        <source>Laut FCL</source>
        <translation>Sea FCL</translation>
    </message>
    <message>
        <source>Laut LCL</source>
        <translation>Sea LCL</translation>
    </message>
    <message>
        <source>Udara</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>Kurir</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Darat</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Kontainer 20&apos;</source>
        <translation>20&apos; container</translation>
    </message>
    <message>
        <source>Kontainer 40&apos;</source>
        <translation>40&apos; container</translation>
    </message>
    <message>
        <source>Kontainer 40&apos; HC</source>
        <translation>40&apos; HC container</translation>
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
        <translation>per shipment</translation>
    </message>
    <message>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Tahunan</source>
        <translation>Yearly</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n bulan)</source>
        <translation>
            <numerusform>%1 (%n month)</numerusform>
            <numerusform>%1 (%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Menunggu bayar</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
</context>
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
    <name>ey::desk::AreaPicker</name>
    <message>
        <source>Kode wilayah &quot;%1&quot; tidak valid. Contoh kode: 32.73.01.1001.</source>
        <translation>&quot;%1&quot; is not a valid area code. Example: 32.73.01.1001.</translation>
    </message>
    <message>
        <source>&amp;Provinsi</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/Kota</source>
        <translation>&amp;Regency/City</translation>
    </message>
    <message>
        <source>K&amp;ecamatan</source>
        <translation>&amp;District</translation>
    </message>
    <message>
        <source>Kelurahan/&amp;Desa</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Pilih atau ketik nama provinsi</source>
        <translation>Choose or type a province name</translation>
    </message>
    <message>
        <source>Pilih atau ketik nama kabupaten/kota</source>
        <translation>Choose or type a regency or city name</translation>
    </message>
    <message>
        <source>Pilih atau ketik nama kecamatan</source>
        <translation>Choose or type a district name</translation>
    </message>
    <message>
        <source>Pilih atau ketik nama kelurahan/desa</source>
        <translation>Choose or type a village name</translation>
    </message>
    <message>
        <source>Daftar provinsi belum dimuat</source>
        <translation>The province list is not loaded yet</translation>
    </message>
    <message>
        <source>Pilih provinsi dahulu</source>
        <translation>Choose a province first</translation>
    </message>
    <message>
        <source>Pilih kabupaten/kota dahulu</source>
        <translation>Choose a regency or city first</translation>
    </message>
    <message>
        <source>Pilih kecamatan dahulu</source>
        <translation>Choose a district first</translation>
    </message>
    <message>
        <source>Daftar wilayah tidak dapat dimuat: %1</source>
        <translation>The area list could not be loaded: %1</translation>
    </message>
    <message>
        <source>Wilayah dengan kode %1 tidak ditemukan.</source>
        <translation>No area has the code %1.</translation>
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
    <name>ey::desk::DownloadProgress</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 %2 diterima</source>
        <translation>%1 %2 received</translation>
    </message>
</context>
<context>
    <name>ey::desk::FileDownload</name>
    <message>
        <source>Berkas %1 tidak bisa ditulis: %2. Pilih folder lain.</source>
        <translation>File %1 cannot be written: %2. Choose another folder.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa ditulis (disk penuh?): %2. Unduhan dihentikan.</source>
        <translation>File %1 cannot be written (disk full?): %2. The download was stopped.</translation>
    </message>
    <message>
        <source>Unduhan terputus setelah %1 byte: %2. Coba lagi.</source>
        <translation>The download broke off after %1 bytes: %2. Try again.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa disimpan: %2. Pilih folder lain.</source>
        <translation>File %1 cannot be saved: %2. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>ey::desk::ListTable</name>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
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
<context>
    <name>ey::desk::branding::AssetCard</name>
    <message>
        <source>Pratinjau tidak dapat ditampilkan</source>
        <translation>Preview cannot be shown</translation>
    </message>
    <message>
        <source>Belum diunggah</source>
        <translation>Not uploaded yet</translation>
    </message>
    <message>
        <source>Logo utama</source>
        <translation>Main logo</translation>
    </message>
    <message>
        <source>Tampil di sidebar untuk admin, member, supplier, dan semua peran selain affiliate. PNG, JPEG, atau SVG, maksimal 1 MB.</source>
        <translation>Shown in the sidebar for admins, members, suppliers and every role except affiliates. PNG, JPEG or SVG, up to 1 MB.</translation>
    </message>
    <message>
        <source>Logo affiliate</source>
        <translation>Affiliate logo</translation>
    </message>
    <message>
        <source>Ditampilkan kepada affiliate sebagai pengganti logo utama. Bila kosong, affiliate melihat logo utama. PNG, JPEG, atau SVG, maksimal 1 MB.</source>
        <translation>Shown to affiliates instead of the main logo. If empty, affiliates see the main logo. PNG, JPEG or SVG, up to 1 MB.</translation>
    </message>
    <message>
        <source>Favicon</source>
        <translation>Favicon</translation>
    </message>
    <message>
        <source>Ikon kecil di tab browser dan pintasan. PNG, ICO, atau SVG, maksimal 256 KB.</source>
        <translation>Small icon in browser tabs and shortcuts. PNG, ICO or SVG, up to 256 KB.</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Pilih berkas untuk %1</source>
        <translation>Choose a file for %1</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Hapus %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Pratinjau %1</source>
        <translation>Preview of %1</translation>
    </message>
</context>
<context>
    <name>ey::desk::branding::BrandingEditor</name>
    <message>
        <source>Gambar favicon (*.png *.ico *.svg)</source>
        <translation>Favicon images (*.png *.ico *.svg)</translation>
    </message>
    <message>
        <source>Gambar logo (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Logo images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Pilih berkas gambar</source>
        <translation>Choose an image file</translation>
    </message>
    <message>
        <source>Logo dibaca dari server oleh setiap aplikasi, jadi perubahan di sini langsung tampil untuk semua pengguna. Affiliate melihat logo affiliate; peran lain melihat logo utama.</source>
        <translation>Every app reads the logos from the server, so changes here appear for all users right away. Affiliates see the affiliate logo; other roles see the main logo.</translation>
    </message>
    <message>
        <source>Nama platform, nama pendek, dan tagline diatur di tab &quot;Tipografi &amp; Teks&quot;.</source>
        <translation>The platform name, short name and tagline are set on the &quot;Typography &amp; Text&quot; tab.</translation>
    </message>
    <message>
        <source>Aa  Contoh teks</source>
        <translation>Aa  Sample text</translation>
    </message>
    <message>
        <source>Setiap pasangan teks dan latar harus mencapai kontras minimal 4.5:1 (WCAG AA) agar tetap terbaca. Klik kotak warna untuk memilih, atau ketik kode hex.</source>
        <translation>Every text and background pair needs a contrast of at least 4.5:1 (WCAG AA) to stay readable. Click a colour swatch to pick a colour, or type a hex code.</translation>
    </message>
    <message>
        <source>Warna primer</source>
        <translation>Primary colour</translation>
    </message>
    <message>
        <source>Header, tautan, dan sorotan. Bawaan #2047FC.</source>
        <translation>Headers, links and highlights. Default #2047FC.</translation>
    </message>
    <message>
        <source>Warna sekunder</source>
        <translation>Secondary colour</translation>
    </message>
    <message>
        <source>Lencana dan aksen. Bawaan #FFC30D.</source>
        <translation>Badges and accents. Default #FFC30D.</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Netral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Putih dan hitam merek: kepala tabel, tooltip, bilah judul.</source>
        <translation>The brand&apos;s white and black: table headers, tooltips, title bars.</translation>
    </message>
    <message>
        <source>Nama platform tampil di judul jendela dan header; tagline tepat di bawahnya.</source>
        <translation>The platform name appears in the window title and header; the tagline right below it.</translation>
    </message>
    <message>
        <source>&amp;Nama platform</source>
        <translation>Platform &amp;name</translation>
    </message>
    <message>
        <source>Nama &amp;pendek</source>
        <translation>&amp;Short name</translation>
    </message>
    <message>
        <source>&amp;Tagline</source>
        <translation>&amp;Tagline</translation>
    </message>
    <message>
        <source>Ukuran &amp;heading</source>
        <translation>&amp;Heading size</translation>
    </message>
    <message>
        <source>Ukuran teks &amp;body</source>
        <translation>&amp;Body text size</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Jenis huruf</source>
        <translation>&amp;Typeface</translation>
    </message>
    <message>
        <source>Jenis huruf</source>
        <translation>Typeface</translation>
    </message>
    <message>
        <source>Dipakai bila terpasang di perangkat pengguna; bila tidak, huruf bawaan sistem.</source>
        <translation>Used when installed on the user&apos;s device; otherwise the system&apos;s default font.</translation>
    </message>
    <message>
        <source>Gaya komponen berlaku di semua ruang kerja dan untuk semua peran.</source>
        <translation>Component styles apply to every workspace and every role.</translation>
    </message>
    <message>
        <source>Tombol utama</source>
        <translation>Primary button</translation>
    </message>
    <message>
        <source>Tombol sekunder</source>
        <translation>Secondary button</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>Menu sidebar aktif</source>
        <translation>Active sidebar item</translation>
    </message>
    <message>
        <source>Kartu</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Sorotan &amp; sudut</source>
        <translation>Hover &amp; corners</translation>
    </message>
    <message>
        <source>Warna baris atau menu di bawah kursor, dan kelengkungan sudut.</source>
        <translation>Colour of the row or menu item under the pointer, and how rounded corners are.</translation>
    </message>
    <message>
        <source>&amp;Radius sudut</source>
        <translation>Corner &amp;radius</translation>
    </message>
    <message>
        <source>Ikon lonceng di kanan atas selalu tampil dengan angka notifikasi yang belum dibaca. Popup hanya muncul untuk notifikasi baru dan dapat ditutup.</source>
        <translation>The bell icon at the top right always shows the number of unread notifications. Pop-ups appear only for new notifications and can be closed.</translation>
    </message>
    <message>
        <source>Contoh notifikasi</source>
        <translation>Sample notification</translation>
    </message>
    <message numerus="yes">
        <source>Beginilah popup tampil selama %n detik.</source>
        <translation>
            <numerusform>This is how a pop-up looks for %n second.</numerusform>
            <numerusform>This is how a pop-up looks for %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tampilkan &amp;popup saat notifikasi baru masuk</source>
        <translation>Show a &amp;pop-up when a new notification arrives</translation>
    </message>
    <message>
        <source>&amp;Lama popup tampil</source>
        <translation>Pop-up &amp;duration</translation>
    </message>
    <message>
        <source> detik</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Lama popup tampil dalam detik</source>
        <translation>How long the pop-up stays, in seconds</translation>
    </message>
    <message>
        <source>Bunyikan &amp;suara notifikasi</source>
        <translation>Play a notification &amp;sound</translation>
    </message>
    <message>
        <source>Coba popup</source>
        <translation>Try pop-up</translation>
    </message>
    <message>
        <source>Menampilkan contoh popup dengan lama tampil di atas (belum perlu disimpan).</source>
        <translation>Shows a sample pop-up with the duration above (no need to save first).</translation>
    </message>
    <message>
        <source>Koneksi realtime</source>
        <translation>Realtime connection</translation>
    </message>
    <message>
        <source>Status integrasi</source>
        <translation>Integration status</translation>
    </message>
    <message>
        <source>Penyedia pengiriman pesan yang dipakai server. Tekan F5 untuk memuat ulang.</source>
        <translation>The message delivery providers the server uses. Press F5 to reload.</translation>
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
        <translation>✓ Configured (%1)</translation>
    </message>
    <message>
        <source>⚠ Belum dikonfigurasi</source>
        <translation>⚠ Not configured</translation>
    </message>
    <message>
        <source>Tanpa kredensial Pusher, halaman web tidak menerima pembaruan realtime lewat Pusher; aplikasi desktop tetap menerimanya langsung dari server.</source>
        <translation>Without Pusher credentials, web pages get no realtime updates through Pusher; the desktop app still receives them straight from the server.</translation>
    </message>
    <message>
        <source>Tanpa kredensial, pesan tidak dikirim dan tidak dibuang: pesan menunggu di antrean dan terkirim setelah kredensial diisi di konfigurasi server.</source>
        <translation>Without credentials, messages are neither sent nor discarded: they wait in the queue and go out once the credentials are set in the server configuration.</translation>
    </message>
    <message>
        <source>%1 dalam antrean · %2 gagal</source>
        <translation>%1 queued · %2 failed</translation>
    </message>
    <message>
        <source>Status integrasi tidak dapat dimuat: %1</source>
        <translation>The integration status could not be loaded: %1</translation>
    </message>
    <message>
        <source>Teks di atas primer</source>
        <translation>Text on primary</translation>
    </message>
    <message>
        <source>Teks di atas sekunder</source>
        <translation>Text on secondary</translation>
    </message>
    <message>
        <source>Latar halaman</source>
        <translation>Page background</translation>
    </message>
    <message>
        <source>Teks halaman</source>
        <translation>Page text</translation>
    </message>
    <message>
        <source>Netral terang</source>
        <translation>Light neutral</translation>
    </message>
    <message>
        <source>Netral gelap</source>
        <translation>Dark neutral</translation>
    </message>
    <message>
        <source>Latar tombol utama</source>
        <translation>Primary button background</translation>
    </message>
    <message>
        <source>Teks tombol utama</source>
        <translation>Primary button text</translation>
    </message>
    <message>
        <source>Latar tombol sekunder</source>
        <translation>Secondary button background</translation>
    </message>
    <message>
        <source>Teks tombol sekunder</source>
        <translation>Secondary button text</translation>
    </message>
    <message>
        <source>Latar sidebar</source>
        <translation>Sidebar background</translation>
    </message>
    <message>
        <source>Teks sidebar</source>
        <translation>Sidebar text</translation>
    </message>
    <message>
        <source>Latar menu aktif</source>
        <translation>Active item background</translation>
    </message>
    <message>
        <source>Teks menu aktif</source>
        <translation>Active item text</translation>
    </message>
    <message>
        <source>Latar kartu</source>
        <translation>Card background</translation>
    </message>
    <message>
        <source>Teks kartu</source>
        <translation>Card text</translation>
    </message>
    <message>
        <source>Latar saat disorot</source>
        <translation>Hover background</translation>
    </message>
    <message>
        <source>Nama platform</source>
        <translation>Platform name</translation>
    </message>
    <message>
        <source>Nama pendek</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
    <message>
        <source>Logo, warna, teks, dan gaya komponen untuk seluruh aplikasi. Perubahan berlaku untuk semua pengguna begitu disimpan.</source>
        <translation>Logos, colours, text and component styles for the whole application. Changes apply to all users as soon as they are saved.</translation>
    </message>
    <message>
        <source>Logo &amp; Identitas</source>
        <translation>Logo &amp; Identity</translation>
    </message>
    <message>
        <source>Warna &amp; Tema</source>
        <translation>Colours &amp; Theme</translation>
    </message>
    <message>
        <source>Tipografi &amp; Teks</source>
        <translation>Typography &amp; Text</translation>
    </message>
    <message>
        <source>Komponen UI</source>
        <translation>UI Components</translation>
    </message>
    <message>
        <source>Notifikasi Realtime</source>
        <translation>Realtime Notifications</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Kembali ke nilai yang terakhir dimuat (Esc)</source>
        <translation>Go back to the last loaded values (Esc)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>kode warna &quot;%1&quot; untuk %2 belum lengkap (contoh: #2047FC).</source>
        <translation>colour code &quot;%1&quot; for %2 is incomplete (example: #2047FC).</translation>
    </message>
    <message>
        <source>kontras %1 %2:1, minimal 4.5:1.</source>
        <translation>contrast of %1 is %2:1, needs at least 4.5:1.</translation>
    </message>
    <message>
        <source>%1 wajib diisi.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>Lengkapi kode warna untuk menghitung kontras.</source>
        <translation>Complete the colour codes to calculate the contrast.</translation>
    </message>
    <message>
        <source>⚠ Kontras %1:1, minimal 4.5:1: teks sulit dibaca. Simpan tidak dapat dilakukan sebelum kontras cukup.</source>
        <translation>⚠ Contrast %1:1, needs at least 4.5:1: the text is hard to read. You cannot save until the contrast is high enough.</translation>
    </message>
    <message>
        <source>✓ Kontras %1:1, memenuhi WCAG AA (minimal 4.5:1).</source>
        <translation>✓ Contrast %1:1, meets WCAG AA (at least 4.5:1).</translation>
    </message>
    <message>
        <source>Simpan dinonaktifkan: %1</source>
        <translation>Save is disabled: %1</translation>
    </message>
    <message numerus="yes">
        <source>Simpan dinonaktifkan: %1 (dan %n masalah lain)</source>
        <translation>
            <numerusform>Save is disabled: %1 (and %n other problem)</numerusform>
            <numerusform>Save is disabled: %1 (and %n other problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>Simpan dinonaktifkan:</source>
        <translation>Save is disabled:</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>Simpan dan terapkan ke semua pengguna (Ctrl+S)</source>
        <translation>Save and apply for all users (Ctrl+S)</translation>
    </message>
    <message>
        <source>Belum ada perubahan untuk disimpan.</source>
        <translation>No changes to save yet.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Perubahan dibatalkan; kembali ke nilai yang tersimpan.</source>
        <translation>Changes discarded; back to the saved values.</translation>
    </message>
    <message>
        <source>Memuat pengaturan branding…</source>
        <translation>Loading branding settings…</translation>
    </message>
    <message>
        <source>Pengaturan branding dimuat.</source>
        <translation>Branding settings loaded.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Tersimpan. Semua pengguna kini melihat branding baru.</source>
        <translation>Saved. All users now see the new branding.</translation>
    </message>
    <message>
        <source>Belum tersimpan: branding sudah diubah admin lain.</source>
        <translation>Not saved: another admin has already changed the branding.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca: %2</source>
        <translation>File %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Berkas %1 terlalu besar (%2 MB). Pilih gambar yang lebih kecil.</source>
        <translation>File %1 is too large (%2 MB). Choose a smaller image.</translation>
    </message>
    <message>
        <source>Mengunggah %1…</source>
        <translation>Uploading %1…</translation>
    </message>
    <message>
        <source>Hapus gambar</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <source>Hapus %1? Semua pengguna langsung melihat perubahannya.</source>
        <translation>Remove %1? All users will see the change right away.</translation>
    </message>
    <message>
        <source>Gambar diperbarui untuk semua pengguna.</source>
        <translation>Image updated for all users.</translation>
    </message>
    <message>
        <source>Gambar belum diganti: branding sudah diubah admin lain.</source>
        <translation>Image not replaced: another admin has already changed the branding.</translation>
    </message>
    <message>
        <source>Admin lain memperbarui branding; nilai terbaru sudah dimuat.</source>
        <translation>Another admin updated the branding; the latest values are loaded.</translation>
    </message>
    <message>
        <source>Admin lain baru saja menyimpan branding. Menyimpan sekarang akan ditolak; muat ulang untuk melihat perubahan itu (perubahan Anda yang belum disimpan akan hilang).</source>
        <translation>Another admin has just saved the branding. Saving now will be rejected; reload to see their changes (your unsaved changes will be lost).</translation>
    </message>
    <message>
        <source>● Terhubung: perubahan branding dan notifikasi tiba seketika, tanpa memuat ulang.</source>
        <translation>● Connected: branding changes and notifications arrive instantly, without reloading.</translation>
    </message>
    <message>
        <source>○ Terputus: aplikasi mencoba menyambung ulang. Perubahan tetap tersimpan di server dan tampil setelah tersambung.</source>
        <translation>○ Disconnected: the app is trying to reconnect. Changes are still saved on the server and appear once reconnected.</translation>
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
        <translation>Live preview (not saved yet)</translation>
    </message>
    <message>
        <source>Lihat sebagai admin / member</source>
        <translation>View as admin / member</translation>
    </message>
    <message>
        <source>Lihat sebagai affiliate</source>
        <translation>View as affiliate</translation>
    </message>
    <message>
        <source>Affiliate melihat logo affiliate; peran lain melihat logo utama.</source>
        <translation>Affiliates see the affiliate logo; other roles see the main logo.</translation>
    </message>
    <message>
        <source>Peran untuk pratinjau</source>
        <translation>Role to preview</translation>
    </message>
    <message>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Produk (disorot)</source>
        <translation>Products (hovered)</translation>
    </message>
    <message>
        <source>Tiket Support</source>
        <translation>Support Tickets</translation>
    </message>
    <message>
        <source>Lencana notifikasi</source>
        <translation>Notification badge</translation>
    </message>
    <message>
        <source>Selamat datang kembali</source>
        <translation>Welcome back</translation>
    </message>
    <message>
        <source>Beginilah teks biasa terlihat di halaman Anda.</source>
        <translation>This is how regular text looks on your pages.</translation>
    </message>
    <message>
        <source>Tombol utama</source>
        <translation>Primary button</translation>
    </message>
    <message>
        <source>Tombol sekunder</source>
        <translation>Secondary button</translation>
    </message>
    <message>
        <source>Kartu</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Isi kartu memakai warna kartu.</source>
        <translation>Card content uses the card colours.</translation>
    </message>
    <message>
        <source>Pesanan</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>INV-1041 · Kelas Ekspor Dasar</source>
        <translation>INV-1041 · Export Basics Class</translation>
    </message>
    <message>
        <source>INV-1042 · Baris di bawah kursor</source>
        <translation>INV-1042 · Row under the pointer</translation>
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
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Simpan atau batalkan perubahan Anda dulu, lalu muat ulang.</source>
        <translation>Save or discard your changes first, then reload.</translation>
    </message>
</context>
<context>
    <name>ey::desk::branding::ColourContrast</name>
    <message>
        <source>teks di atas warna primer terhadap warna primer</source>
        <translation>text on primary against the primary colour</translation>
    </message>
    <message>
        <source>teks di atas warna sekunder terhadap warna sekunder</source>
        <translation>text on secondary against the secondary colour</translation>
    </message>
    <message>
        <source>teks terhadap latar halaman</source>
        <translation>text against the page background</translation>
    </message>
    <message>
        <source>teks tombol utama terhadap latar</source>
        <translation>primary button text against its background</translation>
    </message>
    <message>
        <source>teks tombol sekunder terhadap latar</source>
        <translation>secondary button text against its background</translation>
    </message>
    <message>
        <source>teks sidebar terhadap latar sidebar</source>
        <translation>sidebar text against the sidebar background</translation>
    </message>
    <message>
        <source>teks menu aktif sidebar terhadap latar menu aktif</source>
        <translation>active sidebar item text against its background</translation>
    </message>
    <message>
        <source>teks kartu terhadap latar kartu</source>
        <translation>card text against the card background</translation>
    </message>
</context>
<context>
    <name>ey::desk::branding::ColourField</name>
    <message>
        <source>Pilih warna untuk %1</source>
        <translation>Pick a colour for %1</translation>
    </message>
    <message>
        <source>Pilih warna: %1</source>
        <translation>Pick colour: %1</translation>
    </message>
    <message>
        <source>Kode hex: %1</source>
        <translation>Hex code: %1</translation>
    </message>
    <message>
        <source>Kode warna hex, misalnya #2047FC</source>
        <translation>Hex colour code, for example #2047FC</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::CatalogEditor</name>
    <message>
        <source>Pilih item di daftar untuk melihat dan mengubahnya, atau buat yang baru (Ctrl+N).</source>
        <translation>Pick an item in the list to view and change it, or create a new one (Ctrl+N).</translation>
    </message>
    <message>
        <source>Pilih item di daftar untuk melihat rinciannya.</source>
        <translation>Pick an item in the list to see its details.</translation>
    </message>
    <message>
        <source>● Belum disimpan</source>
        <translation>● Not saved</translation>
    </message>
    <message>
        <source>Hanya lihat: mengubah katalog memerlukan izin catalog.manage (admin).</source>
        <translation>View only: changing the catalog needs the catalog.manage permission (admin).</translation>
    </message>
    <message>
        <source>Ya, hapus</source>
        <translation>Yes, delete</translation>
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
        <source>Simpan perubahan (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Hapus %1 “%2”? Tindakan ini tidak dapat dibatalkan.</source>
        <translation>Delete %1 “%2”? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::CatalogFormat</name>
    <message>
        <source>Hari ke-</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Pesan WhatsApp</source>
        <translation>WhatsApp message</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Segera hadir</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Paling Laris</source>
        <translation>Best Seller</translation>
    </message>
    <message>
        <source>Paling Murah</source>
        <translation>Best Price</translation>
    </message>
    <message>
        <source>Tanpa lencana</source>
        <translation>No badge</translation>
    </message>
    <message>
        <source>1 bulan</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>3 bulan</source>
        <translation>3 months</translation>
    </message>
    <message>
        <source>6 bulan</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>12 bulan</source>
        <translation>12 months</translation>
    </message>
    <message>
        <source>Selamanya</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>E-book</source>
        <translation>E-book</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Class</translation>
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
        <translation>Service</translation>
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
        <translation>Other</translation>
    </message>
    <message>
        <source>Sekali bayar</source>
        <translation>One-time payment</translation>
    </message>
    <message>
        <source>Langganan</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
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
        <translation>Fixed amount (Rp)</translation>
    </message>
    <message>
        <source>Persen (%)</source>
        <translation>Percent (%)</translation>
    </message>
    <message>
        <source>Akumulasi (bayar selisih)</source>
        <translation>Accumulate (pay the difference)</translation>
    </message>
    <message>
        <source>Bayar penuh</source>
        <translation>Pay in full</translation>
    </message>
    <message>
        <source>Semua paket dan produk</source>
        <translation>All plans and products</translation>
    </message>
    <message>
        <source>Paket membership</source>
        <translation>Membership plans</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Grup</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Kursus</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Fitur</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tanpa batas waktu</source>
        <translation>No time limit</translation>
    </message>
    <message>
        <source>s.d. %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>mulai %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Referensi (id atau kode)</source>
        <translation>Reference (id or code)</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Answer</translation>
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
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>Item dihapus.</source>
        <translation>Item deleted.</translation>
    </message>
    <message>
        <source>Cari (Ctrl+L)</source>
        <translation>Search (Ctrl+L)</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Buat baru (Ctrl+N)</source>
        <translation>Create new (Ctrl+N)</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Muat ulang daftar (F5)</source>
        <translation>Reload the list (F5)</translation>
    </message>
    <message>
        <source>Simpan atau buang perubahan yang sedang dibuka dulu.</source>
        <translation>Save or discard the changes you have open first.</translation>
    </message>
    <message>
        <source>%1+ item</source>
        <translation>%1+ items</translation>
    </message>
    <message numerus="yes">
        <source>%n item</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::CatalogWorkspace</name>
    <message>
        <source>Paket</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Harga mulai</source>
        <translation>From price</translation>
    </message>
    <message>
        <source>Lencana</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Cari judul atau slug paket…</source>
        <translation>Search plan title or slug…</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Promo</source>
        <translation>Promo</translation>
    </message>
    <message>
        <source>%1 s.d. %2</source>
        <translation>%1 until %2</translation>
    </message>
    <message>
        <source>Stok</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Tak terbatas</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>Cari judul atau slug produk…</source>
        <translation>Search product title or slug…</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Potongan</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Terpakai</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Untuk</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Cari kode kupon…</source>
        <translation>Search coupon code…</translation>
    </message>
    <message>
        <source>Paket Membership</source>
        <translation>Membership Plans</translation>
    </message>
    <message>
        <source>Kupon</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Buat item baru di tab ini (Ctrl+N)</source>
        <translation>Create a new item in this tab (Ctrl+N)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan item yang sedang dibuka (Ctrl+S)</source>
        <translation>Save the open item (Ctrl+S)</translation>
    </message>
    <message>
        <source>Katalog</source>
        <translation>Catalog</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::CouponEditor</name>
    <message>
        <source>Kupon</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Jenis potongan</source>
        <translation>Discount type</translation>
    </message>
    <message>
        <source>Besar potongan</source>
        <translation>Discount amount</translation>
    </message>
    <message>
        <source>Berlaku mulai</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Batas pemakaian total</source>
        <translation>Total usage limit</translation>
    </message>
    <message>
        <source>Batas per pembeli</source>
        <translation>Limit per buyer</translation>
    </message>
    <message>
        <source>Berlaku untuk</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Paket yang boleh</source>
        <translation>Allowed plans</translation>
    </message>
    <message>
        <source>Produk yang boleh</source>
        <translation>Allowed products</translation>
    </message>
    <message>
        <source>Affiliate pemilik</source>
        <translation>Owning affiliate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sudah dipakai</source>
        <translation>Used so far</translation>
    </message>
    <message>
        <source>Persen (%)</source>
        <translation>Percent (%)</translation>
    </message>
    <message>
        <source>Nominal (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <source>Dibatasi</source>
        <translation>Limited</translation>
    </message>
    <message>
        <source>Aktif (bisa dipakai)</source>
        <translation>Active (can be used)</translation>
    </message>
    <message>
        <source>misalnya HEMAT50</source>
        <translation>for example SAVE50</translation>
    </message>
    <message>
        <source>email affiliate; kosongkan bila kupon milik perusahaan</source>
        <translation>affiliate email; leave empty when the company owns the coupon</translation>
    </message>
    <message>
        <source> kali</source>
        <translation> times</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%n kali</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>kupon</source>
        <translation>coupon</translation>
    </message>
    <message>
        <source>Kupon baru</source>
        <translation>New coupon</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::GalleryStrip</name>
    <message>
        <source>Tambah gambar galeri</source>
        <translation>Add gallery picture</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Geser kiri</source>
        <translation>Move left</translation>
    </message>
    <message>
        <source>Geser kanan</source>
        <translation>Move right</translation>
    </message>
    <message>
        <source>Seret gambar untuk mengubah urutan (maksimal %1 gambar).</source>
        <translation>Drag pictures to change the order (at most %1 pictures).</translation>
    </message>
    <message>
        <source>Simpan dulu untuk menambah gambar galeri.</source>
        <translation>Save first to add gallery pictures.</translation>
    </message>
    <message>
        <source>File %1 tidak dapat dibaca: %2</source>
        <translation>File %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Mengunggah…</source>
        <translation>Uploading…</translation>
    </message>
    <message>
        <source>Gambar dihapus.</source>
        <translation>Picture removed.</translation>
    </message>
    <message>
        <source>Urutan galeri tersimpan.</source>
        <translation>Gallery order saved.</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::ImagePicker</name>
    <message>
        <source>Pilih gambar…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <source>PNG, JPEG atau WebP, maksimal 2 MB</source>
        <translation>PNG, JPEG or WebP, at most 2 MB</translation>
    </message>
    <message>
        <source>Belum ada gambar</source>
        <translation>No picture yet</translation>
    </message>
    <message>
        <source>Simpan dulu untuk mengunggah gambar.</source>
        <translation>Save first to upload a picture.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Gambar tidak dapat ditampilkan</source>
        <translation>The picture cannot be shown</translation>
    </message>
    <message>
        <source>Gambar tidak dapat dimuat</source>
        <translation>The picture could not be loaded</translation>
    </message>
    <message>
        <source>Pilih gambar</source>
        <translation>Choose picture</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>File %1 tidak dapat dibaca: %2</source>
        <translation>File %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Mengunggah…</source>
        <translation>Uploading…</translation>
    </message>
    <message>
        <source>Gambar tersimpan.</source>
        <translation>Picture saved.</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::ItemPicker</name>
    <message>
        <source>Saring daftar…</source>
        <translation>Filter the list…</translation>
    </message>
    <message>
        <source>Tidak dipakai untuk cakupan ini.</source>
        <translation>Not used for this scope.</translation>
    </message>
    <message>
        <source>Belum ada yang dipilih.</source>
        <translation>Nothing picked yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n dipilih</source>
        <translation>
            <numerusform>%n picked</numerusform>
            <numerusform>%n picked</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (tidak ditemukan)</source>
        <translation>%1 (not found)</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::PlanEditor</name>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
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
        <translation>Badge</translation>
    </message>
    <message>
        <source>Link salespage</source>
        <translation>Sales page link</translation>
    </message>
    <message>
        <source>Deskripsi (HTML)</source>
        <translation>Description (HTML)</translation>
    </message>
    <message>
        <source>Harga dan Komisi</source>
        <translation>Prices and Commission</translation>
    </message>
    <message>
        <source>Harga per durasi</source>
        <translation>Price per duration</translation>
    </message>
    <message>
        <source>Jenis komisi affiliate</source>
        <translation>Affiliate commission type</translation>
    </message>
    <message>
        <source>Nilai komisi</source>
        <translation>Commission value</translation>
    </message>
    <message>
        <source>Mode upgrade</source>
        <translation>Upgrade mode</translation>
    </message>
    <message>
        <source>Akses dan Follow-up</source>
        <translation>Access and Follow-up</translation>
    </message>
    <message>
        <source>Akses yang dibuka</source>
        <translation>Access granted</translation>
    </message>
    <message>
        <source>Follow-up WhatsApp</source>
        <translation>WhatsApp follow-ups</translation>
    </message>
    <message>
        <source>Gambar</source>
        <translation>Pictures</translation>
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
        <translation>Duration sold</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>dibuat dari judul</source>
        <translation>made from the title</translation>
    </message>
    <message>
        <source>Boleh memakai HTML sederhana: &lt;p&gt;, &lt;b&gt;, &lt;i&gt;, &lt;ul&gt;, &lt;li&gt;, &lt;a href&gt;.</source>
        <translation>Simple HTML is allowed: &lt;p&gt;, &lt;b&gt;, &lt;i&gt;, &lt;ul&gt;, &lt;li&gt;, &lt;a href&gt;.</translation>
    </message>
    <message>
        <source>Isian yang bisa dipakai di pesan: {nama} {produk} {invoice} {tanggal}</source>
        <translation>Placeholders you can use in a message: {nama} (name) {produk} (product) {invoice} {tanggal} (date)</translation>
    </message>
    <message>
        <source>paket</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Paket membership baru</source>
        <translation>New membership plan</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::ProductEditor</name>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
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
        <translation>Category</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Deskripsi singkat</source>
        <translation>Short description</translation>
    </message>
    <message>
        <source>Deskripsi lengkap (HTML)</source>
        <translation>Full description (HTML)</translation>
    </message>
    <message>
        <source>Mentor / pembuat</source>
        <translation>Mentor / creator</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Jenis harga</source>
        <translation>Pricing type</translation>
    </message>
    <message>
        <source>Harga dasar</source>
        <translation>Base price</translation>
    </message>
    <message>
        <source>Harga promo</source>
        <translation>Promo price</translation>
    </message>
    <message>
        <source>Promo berakhir</source>
        <translation>Promo ends</translation>
    </message>
    <message>
        <source>Komisi affiliate</source>
        <translation>Affiliate commission</translation>
    </message>
    <message>
        <source>Diskon member premium</source>
        <translation>Premium member discount</translation>
    </message>
    <message>
        <source>Pajak / biaya</source>
        <translation>Tax / fee</translation>
    </message>
    <message>
        <source>Akses dan Follow-up</source>
        <translation>Access and Follow-up</translation>
    </message>
    <message>
        <source>Level akses</source>
        <translation>Access level</translation>
    </message>
    <message>
        <source>Masa akses (hari)</source>
        <translation>Access period (days)</translation>
    </message>
    <message>
        <source>Stok / kursi</source>
        <translation>Stock / seats</translation>
    </message>
    <message>
        <source>Isi bundel</source>
        <translation>Bundle contents</translation>
    </message>
    <message>
        <source>Akses yang dibuka</source>
        <translation>Access granted</translation>
    </message>
    <message>
        <source>Follow-up WhatsApp</source>
        <translation>WhatsApp follow-ups</translation>
    </message>
    <message>
        <source>Halaman Jual</source>
        <translation>Sales Page</translation>
    </message>
    <message>
        <source>Judul SEO</source>
        <translation>SEO title</translation>
    </message>
    <message>
        <source>Deskripsi SEO</source>
        <translation>SEO description</translation>
    </message>
    <message>
        <source>Teks tombol (CTA)</source>
        <translation>Button text (CTA)</translation>
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
        <translation>Pictures</translation>
    </message>
    <message>
        <source>Sampul</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Galeri</source>
        <translation>Gallery</translation>
    </message>
    <message>
        <source>dibuat dari judul</source>
        <translation>made from the title</translation>
    </message>
    <message>
        <source>pisahkan dengan koma, misalnya ekspor, pemula</source>
        <translation>separate with commas, for example export, beginner</translation>
    </message>
    <message>
        <source>email mentor; kosongkan bila tidak ada</source>
        <translation>mentor email; leave empty when there is none</translation>
    </message>
    <message>
        <source>Boleh memakai HTML sederhana: &lt;p&gt;, &lt;b&gt;, &lt;i&gt;, &lt;ul&gt;, &lt;li&gt;, &lt;a href&gt;.</source>
        <translation>Simple HTML is allowed: &lt;p&gt;, &lt;b&gt;, &lt;i&gt;, &lt;ul&gt;, &lt;li&gt;, &lt;a href&gt;.</translation>
    </message>
    <message>
        <source>Ada promo</source>
        <translation>On promo</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Dibatasi</source>
        <translation>Limited</translation>
    </message>
    <message>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Isian yang bisa dipakai di pesan: {nama} {produk} {invoice} {tanggal}</source>
        <translation>Placeholders you can use in a message: {nama} (name) {produk} (product) {invoice} {tanggal} (date)</translation>
    </message>
    <message>
        <source>produk</source>
        <translation>product</translation>
    </message>
    <message>
        <source>Produk baru</source>
        <translation>New product</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::RowListEditor</name>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>ey::desk::catalog::UserField</name>
    <message>
        <source>Ketik email atau id pengguna.</source>
        <translation>Type an email or a user id.</translation>
    </message>
    <message>
        <source>Tidak ada pengguna dengan email ini.</source>
        <translation>No user has this email.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::BuyerEditor</name>
    <message>
        <source>Nama perusahaan buyer</source>
        <translation>Buyer&apos;s company name</translation>
    </message>
    <message>
        <source>nama@perusahaan.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>+81 3 1234 5678</source>
        <translation>+81 3 1234 5678</translation>
    </message>
    <message>
        <source>Produk, Enter untuk menambah</source>
        <translation>Product, Enter to add</translation>
    </message>
    <message>
        <source>4-10 digit, Enter untuk menambah</source>
        <translation>4-10 digits, Enter to add</translation>
    </message>
    <message>
        <source>Pameran, Kemendag, referensi…</source>
        <translation>Trade fair, Ministry of Trade, referral…</translation>
    </message>
    <message>
        <source>Belum diisi</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Belum dinilai</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Data buyer sudah diverifikasi tim</source>
        <translation>The buyer&apos;s data has been verified by the team</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Buka buyer yang sama</source>
        <translation>Open the same buyer</translation>
    </message>
    <message>
        <source>Tambah buyer</source>
        <translation>Add buyer</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan perubahan (Enter di kolom teks)</source>
        <translation>Save changes (Enter in a text field)</translation>
    </message>
    <message>
        <source>Hapus buyer</source>
        <translation>Delete buyer</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ya, hapus</source>
        <translation>Yes, delete</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Buyer baru</source>
        <translation>New buyer</translation>
    </message>
    <message>
        <source>Siapa melihat, berapa kali</source>
        <translation>Who viewed it, how often</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Dilihat</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Pertama</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Terakhir</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Kolom bertanda * wajib diisi.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>%1 · ditambahkan %2 · diubah %3 · %4 kali dilihat oleh %5 member · %6 suka</source>
        <translation>%1 · added %2 · changed %3 · viewed %4 times by %5 members · %6 likes</translation>
    </message>
    <message>
        <source>Buyer ditambahkan.</source>
        <translation>Buyer added.</translation>
    </message>
    <message>
        <source>Perubahan disimpan.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>Hapus %1? Data, riwayat dilihat, suka dan laporannya ikut terhapus.</source>
        <translation>Delete %1? Its data, view history, likes and reports are deleted with it.</translation>
    </message>
    <message>
        <source>Belum ada member yang membuka buyer ini.</source>
        <translation>No member has opened this buyer yet.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::BuyerFilterBar</name>
    <message>
        <source>Semua negara</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>Cari perusahaan, kontak, produk, HS (Ctrl+L)</source>
        <translation>Search company, contact, product, HS (Ctrl+L)</translation>
    </message>
    <message>
        <source>Produk atau kode HS</source>
        <translation>Product or HS code</translation>
    </message>
    <message>
        <source>Semua pembayaran</source>
        <translation>All payment terms</translation>
    </message>
    <message>
        <source>Semua pengiriman</source>
        <translation>All shipping terms</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Belum diverifikasi</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Sejak: semua</source>
        <translation>From: any</translation>
    </message>
    <message>
        <source>Sampai: semua</source>
        <translation>To: any</translation>
    </message>
    <message>
        <source>Ditambahkan sejak tanggal</source>
        <translation>Added on or after</translation>
    </message>
    <message>
        <source>Ditambahkan sampai tanggal</source>
        <translation>Added on or before</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::BuyerImportWizard</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Laporan disimpan ke %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Impor buyer</source>
        <translation>Import buyers</translation>
    </message>
    <message>
        <source>Mulai impor</source>
        <translation>Start import</translation>
    </message>
    <message>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>1. Pilih berkas</source>
        <translation>1. Choose a file</translation>
    </message>
    <message>
        <source>CSV atau XLSX, paling besar 20 MB.</source>
        <translation>CSV or XLSX, at most 20 MB.</translation>
    </message>
    <message>
        <source>2. Cocokkan kolom</source>
        <translation>2. Match columns</translation>
    </message>
    <message>
        <source>3. Pratinjau</source>
        <translation>3. Preview</translation>
    </message>
    <message>
        <source>4. Mengimpor</source>
        <translation>4. Importing</translation>
    </message>
    <message>
        <source>5. Laporan</source>
        <translation>5. Report</translation>
    </message>
    <message>
        <source>Baris pertama berkas adalah judul kolom. Kolom Perusahaan dan Negara wajib ada; daftar (produk, kode HS, syarat) boleh dipisah dengan ; , atau |.</source>
        <translation>The file&apos;s first row holds the column titles. Company and Country columns are required; lists (products, HS codes, terms) may be separated with ; , or |.</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Pilih kolom berkas untuk setiap data buyer. Perusahaan dan Negara wajib; contoh isi dari baris pertama tampil di sebelah kanan.</source>
        <translation>Choose the file column for each buyer field. Company and Country are required; sample values from the first rows show on the right.</translation>
    </message>
    <message>
        <source>— tidak diimpor —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>Buyer yang sudah ada (perusahaan + negara, atau email sama):</source>
        <translation>Existing buyers (same company + country, or same email):</translation>
    </message>
    <message>
        <source>Lewati</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Perbarui dengan data berkas</source>
        <translation>Update with the file&apos;s data</translation>
    </message>
    <message>
        <source>Batalkan impor</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Simpan laporan CSV…</source>
        <translation>Save CSV report…</translation>
    </message>
    <message>
        <source>Pilih berkas buyer</source>
        <translation>Choose buyer file</translation>
    </message>
    <message>
        <source>Berkas buyer (*.csv *.xlsx);;Semua berkas (*)</source>
        <translation>Buyer files (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Berkas %1 lebih dari 20 MB. Pecah menjadi beberapa berkas lalu impor satu per satu.</source>
        <translation>File %1 is larger than 20 MB. Split it into several files and import them one by one.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibaca: %2</source>
        <translation>File %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Kolom %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Pilih kolom untuk Perusahaan dan Negara.</source>
        <translation>Choose the columns for Company and Country.</translation>
    </message>
    <message>
        <source>Kolom &quot;%1&quot; dipakai untuk lebih dari satu data.</source>
        <translation>Column &quot;%1&quot; is used for more than one field.</translation>
    </message>
    <message>
        <source>Memeriksa setiap baris…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>%1 baris: %2 valid, %3 bergalat (dilewati), %4 duplikat.</source>
        <translation>%1 rows: %2 valid, %3 with errors (skipped), %4 duplicates.</translation>
    </message>
    <message>
        <source>Impor akan menambah %1 buyer baru dan memperbarui %2.</source>
        <translation>The import will add %1 new buyers and update %2.</translation>
    </message>
    <message>
        <source>Impor akan menambah %1 buyer baru; duplikat dilewati.</source>
        <translation>The import will add %1 new buyers; duplicates are skipped.</translation>
    </message>
    <message>
        <source>Hanya 500 masalah pertama yang ditampilkan; laporan lengkap tersedia setelah impor.</source>
        <translation>Only the first 500 issues are shown; the full report is available after the import.</translation>
    </message>
    <message>
        <source>Memulai impor %1…</source>
        <translation>Starting the import of %1…</translation>
    </message>
    <message>
        <source>Ditambahkan %1 · diperbarui %2 · dilewati %3 · gagal %4</source>
        <translation>Added %1 · updated %2 · skipped %3 · failed %4</translation>
    </message>
    <message>
        <source>%1 dari %2 baris</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source> · pembatalan diminta, berhenti sebelum kelompok berikutnya</source>
        <translation> · cancel requested, stopping before the next batch</translation>
    </message>
    <message>
        <source>Membatalkan… baris yang sudah tersimpan tetap ada.</source>
        <translation>Cancelling… rows already saved stay.</translation>
    </message>
    <message>
        <source>Impor %1 selesai.</source>
        <translation>Import of %1 finished.</translation>
    </message>
    <message>
        <source>Impor %1 dibatalkan; baris yang sudah tersimpan sebelum pembatalan tetap ada.</source>
        <translation>Import of %1 cancelled; rows saved before the cancel stay.</translation>
    </message>
    <message>
        <source>Impor %1 gagal: %2</source>
        <translation>Import of %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 dari %2 baris diproses.</source>
        <translation>%1 of %2 rows processed.</translation>
    </message>
    <message>
        <source>Impor masih berjalan</source>
        <translation>Import still running</translation>
    </message>
    <message>
        <source>Batalkan impor yang sedang berjalan? Baris yang sudah tersimpan tetap ada.</source>
        <translation>Cancel the running import? Rows already saved stay.</translation>
    </message>
    <message>
        <source>Lanjutkan impor</source>
        <translation>Keep importing</translation>
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
        <translation>Reason</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dilaporkan</source>
        <translation>Reported</translation>
    </message>
    <message numerus="yes">
        <source>%n laporan</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Diselesaikan</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Catatan penyelesaian</source>
        <translation>Resolution note</translation>
    </message>
    <message>
        <source>Apa yang sudah diperiksa atau diubah (terlihat di riwayat)</source>
        <translation>What was checked or changed (kept in the history)</translation>
    </message>
    <message>
        <source>Selesaikan</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Laporan benar dan data buyer sudah dibetulkan</source>
        <translation>The report is right and the buyer&apos;s data has been corrected</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Laporan tidak tepat; data buyer tetap</source>
        <translation>The report is not right; the buyer&apos;s data stays</translation>
    </message>
    <message>
        <source>Buka buyer</source>
        <translation>Open buyer</translation>
    </message>
    <message>
        <source>Pilih laporan di tabel</source>
        <translation>Choose a report in the table</translation>
    </message>
    <message>
        <source>%1 · dilaporkan oleh %2 pada %3</source>
        <translation>%1 · reported by %2 on %3</translation>
    </message>
    <message>
        <source>%1 pada %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>Laporan untuk %1 ditandai %2.</source>
        <translation>The report on %1 is marked %2.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::BuyerStatsPanel</name>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>4 minggu</source>
        <translation>4 weeks</translation>
    </message>
    <message>
        <source>8 minggu</source>
        <translation>8 weeks</translation>
    </message>
    <message>
        <source>12 minggu</source>
        <translation>12 weeks</translation>
    </message>
    <message>
        <source>26 minggu</source>
        <translation>26 weeks</translation>
    </message>
    <message>
        <source>52 minggu</source>
        <translation>52 weeks</translation>
    </message>
    <message>
        <source>104 minggu</source>
        <translation>104 weeks</translation>
    </message>
    <message>
        <source>Paling dilihat</source>
        <translation>Most viewed</translation>
    </message>
    <message>
        <source>Paling disukai</source>
        <translation>Most liked</translation>
    </message>
    <message>
        <source>Member paling aktif</source>
        <translation>Most active members</translation>
    </message>
    <message>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Negara</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Dilihat</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Suka</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Buyer dibuka</source>
        <translation>Buyers opened</translation>
    </message>
    <message>
        <source>Statistik buyer</source>
        <translation>Buyer statistics</translation>
    </message>
    <message>
        <source>Memuat statistik…</source>
        <translation>Loading statistics…</translation>
    </message>
    <message>
        <source>%1 buyer · %2 terverifikasi · %3 baru dalam %4 minggu</source>
        <translation>%1 buyers · %2 verified · %3 new in %4 weeks</translation>
    </message>
    <message>
        <source>Buyer baru per minggu</source>
        <translation>New buyers per week</translation>
    </message>
    <message>
        <source>Buyer baru</source>
        <translation>New buyer</translation>
    </message>
    <message>
        <source>Buyer per negara</source>
        <translation>Buyers per country</translation>
    </message>
    <message>
        <source>Lainnya (%1)</source>
        <translation>Other (%1)</translation>
    </message>
    <message>
        <source>Buyer per produk</source>
        <translation>Buyers per product</translation>
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
        <translation>Company</translation>
    </message>
    <message>
        <source>Negara</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>HS %1</source>
        <translation>HS %1</translation>
    </message>
    <message>
        <source>Syarat</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Dilihat</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Suka</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Ditambahkan</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Buyer dihapus</source>
        <translation>Buyer deleted</translation>
    </message>
    <message>
        <source>Buyer sudah dihapus dari direktori.</source>
        <translation>The buyer has been deleted from the directory.</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>%1 disimpan ke %2</source>
        <translation>%1 saved to %2</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>Berkas yang belum selesai sudah dihapus.</source>
        <translation>The unfinished file has been removed.</translation>
    </message>
    <message>
        <source>Buyer baru</source>
        <translation>New buyer</translation>
    </message>
    <message>
        <source>Impor…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Impor buyer dari berkas CSV atau XLSX</source>
        <translation>Import buyers from a CSV or XLSX file</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Ekspor buyer yang sesuai filter ke CSV atau XLSX (Ctrl+E)</source>
        <translation>Export the buyers matching the filter to CSV or XLSX (Ctrl+E)</translation>
    </message>
    <message>
        <source>Buyer yang sedang dibuka baru saja dihapus oleh staf lain.</source>
        <translation>The buyer you had open was just deleted by another staff member.</translation>
    </message>
    <message>
        <source>Tidak ada buyer untuk filter ini.</source>
        <translation>No buyers match this filter.</translation>
    </message>
    <message>
        <source>%1+ buyer dimuat</source>
        <translation>%1+ buyers loaded</translation>
    </message>
    <message numerus="yes">
        <source>%n buyer</source>
        <translation>
            <numerusform>%n buyer</numerusform>
            <numerusform>%n buyers</numerusform>
        </translation>
    </message>
    <message>
        <source>Simpan ekspor buyer</source>
        <translation>Save buyer export</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>CSV export</translation>
    </message>
    <message>
        <source>Ekspor XLSX</source>
        <translation>XLSX export</translation>
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
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Laporan buyer</source>
        <translation>Buyer reports</translation>
    </message>
    <message>
        <source>Batas paket</source>
        <translation>Plan limits</translation>
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
        <translation>Supplier limits</translation>
    </message>
    <message>
        <source>Asesmen supplier</source>
        <translation>Supplier assessment</translation>
    </message>
    <message>
        <source>Ekspor buyer</source>
        <translation>Export buyers</translation>
    </message>
    <message>
        <source>Ekspor buyer yang sesuai filter ke CSV atau XLSX (Ctrl+E)</source>
        <translation>Export the buyers matching the filter to CSV or XLSX (Ctrl+E)</translation>
    </message>
    <message>
        <source>Impor buyer</source>
        <translation>Import buyers</translation>
    </message>
    <message>
        <source>Impor buyer dari berkas CSV atau XLSX</source>
        <translation>Import buyers from a CSV or XLSX file</translation>
    </message>
    <message>
        <source>Kurasi Buyer &amp; Supplier</source>
        <translation>Buyer &amp; Supplier Curation</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::ForwarderComparePanel</name>
    <message>
        <source>Asal</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Pelabuhan asal</source>
        <translation>Origin ports</translation>
    </message>
    <message>
        <source>Kota atau pelabuhan tujuan</source>
        <translation>Destination city or port</translation>
    </message>
    <message>
        <source>Semua moda</source>
        <translation>All modes</translation>
    </message>
    <message>
        <source>Sertakan yang kedaluwarsa</source>
        <translation>Include expired</translation>
    </message>
    <message>
        <source>Bandingkan</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Forwarder</source>
        <translation>Forwarder</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Pilih asal dan tujuan, lalu tekan Bandingkan.</source>
        <translation>Choose an origin and a destination, then press Compare.</translation>
    </message>
    <message>
        <source>Isi asal dan tujuan dulu.</source>
        <translation>Fill in the origin and the destination first.</translation>
    </message>
    <message>
        <source>Membandingkan…</source>
        <translation>Comparing…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tarif berlaku)</source>
        <translation>
            <numerusform>%1 (%n current rate)</numerusform>
            <numerusform>%1 (%n current rates)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2, median %3</source>
        <translation>%1 – %2, median %3</translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (kedaluwarsa)</source>
        <translation>%1 (expired)</translation>
    </message>
    <message>
        <source>Belum ada tarif untuk rute %1 → %2.</source>
        <translation>No rates yet for the route %1 → %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n tarif, termurah di atas; per hari ini %3.</source>
        <translation>
            <numerusform>%1 → %2: %n rate, cheapest on top; as of %3.</numerusform>
            <numerusform>%1 → %2: %n rates, cheapest on top; as of %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih rute untuk melihat grafik harga</source>
        <translation>Choose a route to see the price chart</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
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
        <translation>Company *</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Pelabuhan asal</source>
        <translation>Origin ports</translation>
    </message>
    <message>
        <source>Wilayah tujuan</source>
        <translation>Destination regions</translation>
    </message>
    <message>
        <source>Narahubung</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tanjung Priok, lalu Enter</source>
        <translation>Tanjung Priok, then Enter</translation>
    </message>
    <message>
        <source>Jepang, Timur Tengah, lalu Enter</source>
        <translation>Japan, Middle East, then Enter</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>nama@perusahaan.co.id</source>
        <translation>name@company.co.id</translation>
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
        <translation>Verified by the team</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan forwarder (Ctrl+S)</source>
        <translation>Save forwarder (Ctrl+S)</translation>
    </message>
    <message>
        <source>Klik lagi untuk menghapus</source>
        <translation>Click again to delete</translation>
    </message>
    <message>
        <source>Hapus forwarder</source>
        <translation>Delete forwarder</translation>
    </message>
    <message>
        <source>Forwarder baru</source>
        <translation>New forwarder</translation>
    </message>
    <message>
        <source>Forwarder ditambahkan.</source>
        <translation>Forwarder added.</translation>
    </message>
    <message>
        <source>Perubahan disimpan.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>Buka forwarder yang ada</source>
        <translation>Open the existing forwarder</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::ForwarderPage</name>
    <message>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Pelabuhan asal</source>
        <translation>Origin ports</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
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
        <translation>✓ Verified</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Tarif berlaku</source>
        <translation>Current rates</translation>
    </message>
    <message>
        <source>Forwarder dihapus</source>
        <translation>Forwarder deleted</translation>
    </message>
    <message>
        <source>Forwarder dan semua tarifnya sudah dihapus.</source>
        <translation>The forwarder and all its rates have been deleted.</translation>
    </message>
    <message>
        <source>Daftar forwarder</source>
        <translation>Forwarder list</translation>
    </message>
    <message>
        <source>Bandingkan rute</source>
        <translation>Compare routes</translation>
    </message>
    <message>
        <source>Cari perusahaan, kontak, pelabuhan, atau tujuan (Ctrl+L)</source>
        <translation>Search company, contact, port or destination (Ctrl+L)</translation>
    </message>
    <message>
        <source>Semua layanan</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Forwarder baru</source>
        <translation>New forwarder</translation>
    </message>
    <message>
        <source>Tidak ada forwarder untuk filter ini.</source>
        <translation>No forwarders for this filter.</translation>
    </message>
    <message>
        <source>%1+ forwarder dimuat</source>
        <translation>%1+ forwarders loaded</translation>
    </message>
    <message numerus="yes">
        <source>%n forwarder</source>
        <translation>
            <numerusform>%n forwarder</numerusform>
            <numerusform>%n forwarders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::ForwarderRatesPanel</name>
    <message>
        <source>Tarif</source>
        <translation>Rates</translation>
    </message>
    <message>
        <source>Tampilkan yang kedaluwarsa</source>
        <translation>Show expired</translation>
    </message>
    <message>
        <source>Asal</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Moda</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Mata uang</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tambah tarif</source>
        <translation>Add rate</translation>
    </message>
    <message>
        <source>Simpan tarif</source>
        <translation>Save rates</translation>
    </message>
    <message>
        <source>Simpan semua baris baru dan yang diubah</source>
        <translation>Save every new and changed row</translation>
    </message>
    <message>
        <source>Hapus tarif</source>
        <translation>Delete rate</translation>
    </message>
    <message>
        <source>Tarif (simpan forwarder dulu)</source>
        <translation>Rates (save the forwarder first)</translation>
    </message>
    <message>
        <source>Tarif (%1)</source>
        <translation>Rates (%1)</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Transit harus berupa jumlah hari (angka).</source>
        <translation>Transit must be a number of days.</translation>
    </message>
    <message numerus="yes">
        <source>%n tarif disimpan.</source>
        <translation>
            <numerusform>%n rate saved.</numerusform>
            <numerusform>%n rates saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baris %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Tarif dihapus.</source>
        <translation>Rate deleted.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::PlanLimitsPage</name>
    <message>
        <source>Yang didapat setiap paket membership dari direktori buyer. Kuota dihitung per bulan kalender (WIB) dari jumlah buyer berbeda yang dibuka member.</source>
        <translation>What each membership plan gets from the buyer directory. The quota counts the distinct buyers a member opens per calendar month (Jakarta time).</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Buyer per bulan</source>
        <translation>Buyers per month</translation>
    </message>
    <message>
        <source>Kontak lengkap</source>
        <translation>Full contact</translation>
    </message>
    <message>
        <source>Unduh CSV</source>
        <translation>CSV download</translation>
    </message>
    <message>
        <source>Akses API</source>
        <translation>API access</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Priority listing</translation>
    </message>
    <message>
        <source>Lencana terverifikasi</source>
        <translation>Verified badge</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Buyer berbeda yang boleh dibuka member per bulan</source>
        <translation>Distinct buyers a member may open per month</translation>
    </message>
    <message>
        <source>Email, telepon dan narahubung tampil utuh (tanpa sensor)</source>
        <translation>Email, phone and contact person shown in full (not masked)</translation>
    </message>
    <message>
        <source>Member boleh mengunduh buyer yang dibukanya bulan ini sebagai CSV</source>
        <translation>Members may download the buyers they opened this month as CSV</translation>
    </message>
    <message>
        <source>Member boleh memakai direktori lewat API</source>
        <translation>Members may use the directory through the API</translation>
    </message>
    <message>
        <source>Member tampil lebih dulu di daftar</source>
        <translation>Members are listed first</translation>
    </message>
    <message>
        <source>Member mendapat lencana terverifikasi</source>
        <translation>Members get the verified badge</translation>
    </message>
    <message>
        <source>Tanpa batas</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source> buyer</source>
        <translation> buyers</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Seumur hidup</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>Batas paket %1 disimpan; berlaku untuk pembukaan buyer berikutnya.</source>
        <translation>Plan limits for %1 saved; they apply from the next buyer opened.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::PremiumPlansPanel</name>
    <message>
        <source>Paket Premium</source>
        <translation>Premium plans</translation>
    </message>
    <message>
        <source>Paket yang bisa dibeli supplier lewat Xendit. Premium aktif otomatis setelah lunas; paket nonaktif tidak ditawarkan lagi, pesanan lamanya tetap berlaku.</source>
        <translation>The plans suppliers can buy through Xendit. Premium switches on automatically once paid; an inactive plan is no longer offered, its earlier orders stay valid.</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama paket</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <source>Lama</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Paket baru</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Ubah paket %1</source>
        <translation>Edit plan %1</translation>
    </message>
    <message>
        <source>&amp;Kode</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>mis. quarterly</source>
        <translation>e.g. quarterly</translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>mis. Premium 3 Bulan</source>
        <translation>e.g. Premium 3 Months</translation>
    </message>
    <message>
        <source>&amp;Lama</source>
        <translation>&amp;Length</translation>
    </message>
    <message>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <source>&amp;Harga</source>
        <translation>&amp;Price</translation>
    </message>
    <message>
        <source>Aktif (ditawarkan ke supplier)</source>
        <translation>Active (offered to suppliers)</translation>
    </message>
    <message>
        <source>Simpan paket</source>
        <translation>Save plan</translation>
    </message>
    <message numerus="yes">
        <source>%n bulan</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Isi nama paket yang dilihat supplier.</source>
        <translation>Enter the plan name suppliers will see.</translation>
    </message>
    <message>
        <source>Kode %1 sudah dipakai paket lain. Pilih paket itu di tabel untuk mengubahnya.</source>
        <translation>Code %1 is already used by another plan. Select that plan in the table to edit it.</translation>
    </message>
    <message>
        <source>Paket %1 ditambahkan.</source>
        <translation>Plan %1 added.</translation>
    </message>
    <message>
        <source>Paket %1 disimpan.</source>
        <translation>Plan %1 saved.</translation>
    </message>
    <message>
        <source>Huruf kecil, angka dan tanda hubung; 2–30 karakter. Tidak bisa diubah setelah disimpan.</source>
        <translation>Lower-case letters, digits and hyphens; 2–30 characters. Cannot be changed once saved.</translation>
    </message>
    <message>
        <source>Isi kode paket: 2–30 huruf kecil, angka atau tanda hubung.</source>
        <translation>Enter a plan code: 2–30 lower-case letters, digits or hyphens.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::SupplierDetailPanel</name>
    <message>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Catatan untuk tindakan berikutnya (wajib untuk &quot;Catatan&quot; dan &quot;Minta perbaikan&quot;)</source>
        <translation>Note for the next action (required for &quot;Note&quot; and &quot;Request changes&quot;)</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Simpan catatan internal; status tidak berubah dan supplier tidak melihatnya</source>
        <translation>Save an internal note; the status does not change and the supplier does not see it</translation>
    </message>
    <message>
        <source>Rekomendasikan</source>
        <translation>Recommend</translation>
    </message>
    <message>
        <source>Minta perbaikan</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <source>Kembalikan ke supplier untuk diperbaiki; supplier melihat catatan ini</source>
        <translation>Send back to the supplier to fix; the supplier sees this note</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Batasi</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Setujui tanpa lencana terverifikasi</source>
        <translation>Approve without the verified badge</translation>
    </message>
    <message>
        <source>Tangguhkan</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Aktifkan kembali</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <source>Jenis:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Ubah jenis</source>
        <translation>Change type</translation>
    </message>
    <message>
        <source>Paket:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>tanpa batas akhir</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>Premium berlaku sampai tanggal ini</source>
        <translation>Premium is valid until this date</translation>
    </message>
    <message>
        <source>Ubah paket</source>
        <translation>Change plan</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Asesmen</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tipe</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Diunggah</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <source>Buka dokumen</source>
        <translation>Open document</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Sebelum</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>(belum mengisi nama perusahaan)</source>
        <translation>(company name not filled in yet)</translation>
    </message>
    <message>
        <source>%1 (tanpa batas akhir)</source>
        <translation>%1 (no end date)</translation>
    </message>
    <message>
        <source>%1 sampai %2</source>
        <translation>%1 until %2</translation>
    </message>
    <message>
        <source>Terdaftar %1</source>
        <translation>Registered %1</translation>
    </message>
    <message>
        <source>Diajukan %1</source>
        <translation>Submitted %1</translation>
    </message>
    <message>
        <source>%1 dilihat, %2 suka</source>
        <translation>%1 views, %2 likes</translation>
    </message>
    <message>
        <source>Skor asesmen: %1 dari %2 (%3%)</source>
        <translation>Assessment score: %1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>Skor asesmen: belum dihitung (dihitung saat diajukan)</source>
        <translation>Assessment score: not calculated yet (calculated on submission)</translation>
    </message>
    <message>
        <source>Email akun</source>
        <translation>Account email</translation>
    </message>
    <message>
        <source>WhatsApp akun</source>
        <translation>Account WhatsApp</translation>
    </message>
    <message>
        <source>Supplier belum mengunggah dokumen.</source>
        <translation>The supplier has not uploaded any documents.</translation>
    </message>
    <message>
        <source>Pilih dokumen lalu tekan Enter untuk membukanya.</source>
        <translation>Select a document and press Enter to open it.</translation>
    </message>
    <message>
        <source>Mengunduh %1…</source>
        <translation>Downloading %1…</translation>
    </message>
    <message>
        <source>Dokumen tidak bisa disimpan sementara di komputer ini.</source>
        <translation>The document could not be saved temporarily on this computer.</translation>
    </message>
    <message>
        <source>%1 dibuka di aplikasi penampil dokumen.
%2</source>
        <translation>%1 opened in the document viewer.
%2</translation>
    </message>
    <message>
        <source>Tidak ada aplikasi untuk membuka %1. Berkasnya ada di:
%2</source>
        <translation>No application can open %1. The file is at:
%2</translation>
    </message>
    <message>
        <source>(belum dijawab)</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>Belum ada jawaban asesmen.</source>
        <translation>No assessment answers yet.</translation>
    </message>
    <message>
        <source>Total: %1 dari %2</source>
        <translation>Total: %1 of %2</translation>
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
        <translation>(no field changed)</translation>
    </message>
    <message>
        <source>Belum ada perubahan profil setelah disetujui.</source>
        <translation>No profile changes since approval.</translation>
    </message>
    <message>
        <source>Supplier draf memilih jenisnya sendiri dulu.</source>
        <translation>A draft supplier chooses its own type first.</translation>
    </message>
    <message>
        <source>Tulis catatannya dulu di kotak catatan.</source>
        <translation>Write the note in the note box first.</translation>
    </message>
    <message>
        <source>Tulis apa yang perlu diperbaiki supplier di kotak catatan.</source>
        <translation>Write what the supplier needs to fix in the note box.</translation>
    </message>
    <message>
        <source>Catatan disimpan.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>Supplier direkomendasikan ke admin.</source>
        <translation>Supplier recommended to the admins.</translation>
    </message>
    <message>
        <source>Permintaan perbaikan dikirim ke supplier.</source>
        <translation>Change request sent to the supplier.</translation>
    </message>
    <message>
        <source>Status supplier sekarang: %1.</source>
        <translation>Supplier status now: %1.</translation>
    </message>
    <message>
        <source>Jenis supplier diubah menjadi %1.</source>
        <translation>Supplier type changed to %1.</translation>
    </message>
    <message>
        <source>Paket supplier diubah menjadi %1.</source>
        <translation>Supplier plan changed to %1.</translation>
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
        <translation>Limits for each supplier plan. Limits always follow the plan in force: a Premium past its end date counts as Free.</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Produk maks.</source>
        <translation>Max. products</translation>
    </message>
    <message>
        <source>Gambar per produk</source>
        <translation>Images per product</translation>
    </message>
    <message>
        <source>Dokumen maks.</source>
        <translation>Max. documents</translation>
    </message>
    <message>
        <source>Terima chat</source>
        <translation>Receives chats</translation>
    </message>
    <message>
        <source>Profil publik</source>
        <translation>Public profile</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Tanpa batas</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batas paket %1 disimpan.</source>
        <translation>Limits of the %1 plan saved.</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::SupplierPremiumPanel</name>
    <message>
        <source>Pesanan Paket Premium yang dibuat supplier lewat Xendit, terbaru di atas. Premium aktif otomatis setelah pembayaran lunas.</source>
        <translation>Premium plan orders the supplier placed through Xendit, newest first. Premium switches on automatically once the payment is complete.</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Memuat pesanan premium…</source>
        <translation>Loading premium orders…</translation>
    </message>
    <message>
        <source>Premium, tanpa batas akhir (diberikan admin)</source>
        <translation>Premium, no end date (granted by an admin)</translation>
    </message>
    <message>
        <source>Premium sampai %1</source>
        <translation>Premium until %1</translation>
    </message>
    <message>
        <source>Free — Premium berakhir %1</source>
        <translation>Free — Premium ended %1</translation>
    </message>
    <message>
        <source>Free — belum pernah Premium atau sudah diubah admin</source>
        <translation>Free — never Premium, or changed by an admin</translation>
    </message>
    <message>
        <source>Dibuat %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Supplier ini belum pernah memesan Paket Premium.</source>
        <translation>This supplier has never ordered a Premium plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n pesanan, %1 lunas senilai %2</source>
        <translation>
            <numerusform>%n order, %1 paid totalling %2</numerusform>
            <numerusform>%n orders, %1 paid totalling %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::SupplierQuestionsPage</name>
    <message>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Tampilkan yang dipensiunkan</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <source>Pertanyaan baru</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Opsi</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ubah pertanyaan</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <source>Untuk jenis</source>
        <translation>For type</translation>
    </message>
    <message>
        <source>Urutan</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>di akhir</source>
        <translation>at the end</translation>
    </message>
    <message>
        <source>Kunci</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Tambah opsi</source>
        <translation>Add option</translation>
    </message>
    <message>
        <source>Hapus opsi</source>
        <translation>Remove option</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Pensiunkan</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Tidak ditanyakan lagi; jawaban yang sudah ada tetap tersimpan</source>
        <translation>No longer asked; existing answers are kept</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Dipensiunkan</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Pertanyaan ditambahkan.</source>
        <translation>Question added.</translation>
    </message>
    <message>
        <source>Pertanyaan disimpan.</source>
        <translation>Question saved.</translation>
    </message>
    <message>
        <source>Pertanyaan dipensiunkan; tidak ditanyakan lagi kepada supplier baru.</source>
        <translation>Question retired; new suppliers are no longer asked it.</translation>
    </message>
    <message>
        <source>Opsi jawaban (2–10; kunci huruf a–z, skor 0–10)</source>
        <translation>Answer options (2–10; key a letter a–z, score 0–10)</translation>
    </message>
</context>
<context>
    <name>ey::desk::curation::SupplierReviewPage</name>
    <message>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Cari perusahaan, email, atau nama pemilik (Ctrl+L)</source>
        <translation>Search company, email or owner name (Ctrl+L)</translation>
    </message>
    <message>
        <source>Tidak ada supplier dengan status dan filter ini.</source>
        <translation>No suppliers with this status and filter.</translation>
    </message>
    <message>
        <source>%1+ supplier dimuat</source>
        <translation>%1+ suppliers loaded</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier</source>
        <translation>
            <numerusform>%n supplier</numerusform>
            <numerusform>%n suppliers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::CsvDownload</name>
    <message>
        <source>Mengunduh ekspor CSV…</source>
        <translation>Downloading CSV export…</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>CSV export</translation>
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
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Operasional perusahaan</source>
        <translation>Company operations</translation>
    </message>
    <message>
        <source>Biaya gateway</source>
        <translation>Gateway fees</translation>
    </message>
    <message>
        <source>Pajak</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Piutang pelanggan</source>
        <translation>Customer receivables</translation>
    </message>
    <message>
        <source>Pengembalian dana</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Pembayaran keluar</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>Penjualan</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Penarikan</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Penyesuaian</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Bagi hasil aktif</source>
        <translation>Revenue split on</translation>
    </message>
    <message>
        <source>Fee perusahaan</source>
        <translation>Company fee</translation>
    </message>
    <message>
        <source>Bagian founder</source>
        <translation>Founder share</translation>
    </message>
    <message>
        <source>Bagian co-founder</source>
        <translation>Co-founder share</translation>
    </message>
    <message>
        <source>Bagian mentor</source>
        <translation>Mentor share</translation>
    </message>
    <message>
        <source>Minimal penarikan</source>
        <translation>Minimum withdrawal</translation>
    </message>
    <message>
        <source>Biaya penarikan</source>
        <translation>Withdrawal fee</translation>
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
        <source>(belum ada pemegang peran)</source>
        <translation>(nobody holds this role yet)</translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::FinanceWorkspace</name>
    <message>
        <source>Dompet</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>Laporan Pendapatan</source>
        <translation>Revenue Report</translation>
    </message>
    <message>
        <source>Penarikan</source>
        <translation>Withdrawals</translation>
    </message>
    <message>
        <source>Pengaturan Bagi Hasil</source>
        <translation>Revenue Split Settings</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Ekspor halaman ini sebagai CSV (Ctrl+E)</source>
        <translation>Export this page as CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Keuangan</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Tagihan Partner</source>
        <translation>Partner Invoices</translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::PartnerInvoicesPage</name>
    <message>
        <source>Belum dibayar</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Perlu konfirmasi</source>
        <translation>Needs confirmation</translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif</source>
        <translation>Executive summary</translation>
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
        <translation>In-app</translation>
    </message>
    <message>
        <source>Terjadwal</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lewat jatuh tempo</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n tagihan</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua partner</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>Cari partner… (Ctrl+L)</source>
        <translation>Search partner… (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Simpan daftar tagihan dengan filter ini sebagai CSV (Ctrl+E)</source>
        <translation>Save the invoice list with this filter as CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Pilih tagihan untuk melihat rincian, baris dan pengingatnya.</source>
        <translation>Select an invoice to see its details, lines and reminders.</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rincian tagihan</source>
        <translation>Invoice lines</translation>
    </message>
    <message>
        <source>Klien</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pengingat</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Jadwal</source>
        <translation>Scheduled for</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Transfer partner sudah masuk? Tandai lunas (pengingat berikutnya dibatalkan, partner diberi tahu):</source>
        <translation>Has the partner&apos;s transfer arrived? Mark it paid (further reminders are cancelled, the partner is told):</translation>
    </message>
    <message>
        <source>Catatan (opsional), mis. ref. transfer BCA 123456</source>
        <translation>Note (optional), e.g. BCA transfer ref. 123456</translation>
    </message>
    <message>
        <source>Tandai &amp;lunas…</source>
        <translation>Mark &amp;paid…</translation>
    </message>
    <message>
        <source>Pengingat: belum ada yang terjadwal.</source>
        <translation>Reminders: none scheduled yet.</translation>
    </message>
    <message numerus="yes">
        <source>Rincian tagihan (%n baris)</source>
        <translation>
            <numerusform>Invoice lines (%n)</numerusform>
            <numerusform>Invoice lines (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tandai lunas</source>
        <translation>Mark paid</translation>
    </message>
    <message>
        <source>Tandai tagihan %1 dari %2 sebesar %3 sudah lunas?
Pengingat berikutnya dibatalkan dan partner diberi tahu.</source>
        <translation>Mark invoice %1 from %2 of %3 as paid?
Further reminders are cancelled and the partner is told.</translation>
    </message>
    <message>
        <source>Simpan tagihan partner</source>
        <translation>Save partner invoices</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa ditulis: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Mengekspor tagihan partner…</source>
        <translation>Exporting partner invoices…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Berkas tidak bisa ditulis: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mengekspor tagihan partner… %n baris</source>
        <translation>
            <numerusform>Exporting partner invoices… %n row</numerusform>
            <numerusform>Exporting partner invoices… %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa disimpan.</source>
        <translation>The file %1 could not be saved.</translation>
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
        <translation>Company</translation>
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
        <translation>Daily</translation>
    </message>
    <message>
        <source>Mingguan</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Tahunan</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Simpan laporan ini sebagai CSV (Ctrl+E)</source>
        <translation>Save this report as CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Penjualan kotor</source>
        <translation>Gross sales</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Bersih</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kotor %1 · refund %2 · bersih %3</source>
        <translation>Gross %1 · refunds %2 · net %3</translation>
    </message>
    <message>
        <source>Ke mana uang pergi (juta Rp)</source>
        <translation>Where the money went (million Rp)</translation>
    </message>
    <message>
        <source>Simpan laporan pendapatan</source>
        <translation>Save revenue report</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::SplitSettingsPage</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Sistem</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Perubahan (sebelum → sesudah)</source>
        <translation>Changes (before → after)</translation>
    </message>
    <message>
        <source>(tanpa perubahan nilai)</source>
        <translation>(no values changed)</translation>
    </message>
    <message>
        <source>Urutan pembagian setiap penjualan: biaya gateway, komisi affiliate, bagian mentor (kelas), lalu fee perusahaan dari sisanya; sisanya lagi dibagi founder dan co-founder. Perubahan berlaku untuk penjualan berikutnya dan tercatat di riwayat di bawah.</source>
        <translation>Each sale is split in this order: gateway fee, affiliate commission, mentor share (courses), then the company fee of what is left; the rest is shared by founder and co-founder. Changes apply to the next sales and are recorded in the history below.</translation>
    </message>
    <message>
        <source>Bagi hasil aktif (bila mati, semua setelah gateway dan affiliate masuk ke perusahaan)</source>
        <translation>Revenue split on (when off, everything after gateway and affiliate goes to the company)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>Terakhir diubah %1.</source>
        <translation>Last changed %1.</translation>
    </message>
    <message>
        <source>Bagian founder dan co-founder harus berjumlah 100 %, misalnya 60 % dan 40 %.</source>
        <translation>The founder and co-founder shares must add up to 100 %, for example 60 % and 40 %.</translation>
    </message>
    <message>
        <source>Minimal penarikan paling sedikit Rp 1.</source>
        <translation>The minimum withdrawal must be at least Rp 1.</translation>
    </message>
    <message>
        <source>Biaya penarikan harus lebih kecil dari minimal penarikan.</source>
        <translation>The withdrawal fee must be below the minimum withdrawal.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Tersimpan. Berlaku untuk penjualan berikutnya.</source>
        <translation>Saved. Applies to the next sales.</translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::WalletsPage</name>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Peran / jenis</source>
        <translation>Role / kind</translation>
    </message>
    <message>
        <source>Akun perusahaan</source>
        <translation>Company account</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Ditahan</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Saldo berjalan</source>
        <translation>Running balance</translation>
    </message>
    <message numerus="yes">
        <source>%n akun</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Cari pemilik atau email (Ctrl+L)</source>
        <translation>Search owner or email (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Mutasi dompet terpilih, atau daftar dompet bila tidak ada yang dipilih (Ctrl+E)</source>
        <translation>The selected wallet&apos;s entries, or the wallet list when none is selected (Ctrl+E)</translation>
    </message>
    <message>
        <source>Pilih dompet untuk melihat mutasinya.</source>
        <translation>Select a wallet to see its entries.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:14pt&apos;&gt;%1&lt;/b&gt; &amp;nbsp; &lt;span style=&apos;color:#6B7280&apos;&gt;%2&lt;/span&gt;&lt;br&gt;Saldo &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; ditahan %4 &amp;nbsp;·&amp;nbsp; tersedia &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;font-size:14pt&apos;&gt;%1&lt;/b&gt; &amp;nbsp; &lt;span style=&apos;color:#6B7280&apos;&gt;%2&lt;/span&gt;&lt;br&gt;Balance &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; held %4 &amp;nbsp;·&amp;nbsp; available &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Simpan ekspor CSV</source>
        <translation>Save CSV export</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>ey::desk::finance::WithdrawalsPage</name>
    <message>
        <source>Diajukan</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Rekening</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n permintaan</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Simpan antrean dengan filter ini sebagai CSV (Ctrl+E)</source>
        <translation>Save the queue with this filter as CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Pilih permintaan penarikan untuk melihat rinciannya.</source>
        <translation>Select a withdrawal request to see its details.</translation>
    </message>
    <message>
        <source>Peran dompet</source>
        <translation>Wallet role</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>No. rekening</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Atas nama</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>Tax ID (NPWP)</translation>
    </message>
    <message>
        <source>Diputuskan</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Setujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Tolak dengan alasan (dana yang ditahan dilepas kembali):</source>
        <translation>Reject with a reason (the held amount is released):</translation>
    </message>
    <message>
        <source>Alasan penolakan, terlihat oleh pemilik dompet</source>
        <translation>Reason for rejecting, shown to the wallet owner</translation>
    </message>
    <message>
        <source>&amp;Tolak</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Tandai &amp;Dibayar</source>
        <translation>Mark as &amp;Paid</translation>
    </message>
    <message>
        <source>Tulis alasan penolakan; pemilik dompet akan membacanya.</source>
        <translation>Write the reason for rejecting; the wallet owner will read it.</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <source>Simpan antrean penarikan</source>
        <translation>Save withdrawal queue</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Pilih bukti transfer</source>
        <translation>Choose the transfer proof</translation>
    </message>
    <message>
        <source>Foto atau PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Photo or PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Sudah ditransfer? Lampirkan bukti dari bank:</source>
        <translation>Transferred? Attach the bank&apos;s proof:</translation>
    </message>
    <message>
        <source>No. referensi transfer (opsional)</source>
        <translation>Transfer reference no. (optional)</translation>
    </message>
    <message>
        <source>Pilih &amp;bukti…</source>
        <translation>Choose &amp;proof…</translation>
    </message>
    <message>
        <source>&amp;Lihat bukti transfer</source>
        <translation>&amp;View transfer proof</translation>
    </message>
    <message>
        <source>Belum ada file (foto JPG/PNG atau PDF, maks. 5 MB)</source>
        <translation>No file yet (JPG/PNG photo or PDF, max. 5 MB)</translation>
    </message>
    <message>
        <source>Bukti transfer diunggah %1</source>
        <translation>Transfer proof uploaded %1</translation>
    </message>
    <message>
        <source>Bukti transfer tidak bisa disimpan sementara di %1.</source>
        <translation>The transfer proof could not be saved temporarily to %1.</translation>
    </message>
    <message>
        <source>File bukti lebih dari 5 MB; kecilkan foto atau pilih PDF lain.</source>
        <translation>The proof file is larger than 5 MB; shrink the photo or choose another PDF.</translation>
    </message>
    <message>
        <source>File bukti tidak bisa dibaca: %1</source>
        <translation>The proof file cannot be read: %1</translation>
    </message>
    <message>
        <source>Pilih file bukti transfer dari bank (foto JPG/PNG atau PDF) dulu; pemilik dompet bisa melihatnya.</source>
        <translation>Choose the bank&apos;s transfer proof file (JPG/PNG photo or PDF) first; the wallet owner can see it.</translation>
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
        <translation>Max</translation>
    </message>
    <message>
        <source>Kunci</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Narasi</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Templat jawaban</source>
        <translation>Answer templates</translation>
    </message>
    <message>
        <source>Bagian dan skor</source>
        <translation>Sections and scoring</translation>
    </message>
    <message>
        <source>Ringkasan Eksekutif</source>
        <translation>Executive Summary</translation>
    </message>
    <message>
        <source>Pilih salah satu untuk membuka tempatnya.</source>
        <translation>Choose one to open the place it refers to.</translation>
    </message>
    <message>
        <source>Tambah baris (Ins)</source>
        <translation>Add row (Ins)</translation>
    </message>
    <message>
        <source>Hapus baris (Del)</source>
        <translation>Remove row (Del)</translation>
    </message>
    <message>
        <source>Naikkan (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Turunkan (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Teks lengkap baris terpilih</source>
        <translation>Full text of the selected row</translation>
    </message>
    <message>
        <source>mis. POTENSI-DIRI</source>
        <translation>e.g. POTENSI-DIRI</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Deskripsi</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kode dipakai partner dan laporan; huruf besar, angka dan tanda hubung. Asesmen yang sudah dikerjakan klien tidak bisa diubah: buat salinan dengan kode baru untuk versi berikutnya.</source>
        <translation>Partners and reports use the code; capital letters, digits and dashes. An assessment clients have taken can no longer change: make a copy with a new code for the next version.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Label pilihan</source>
        <translation>Option label</translation>
    </message>
    <message>
        <source>Likert 1–5</source>
        <translation>Likert 1–5</translation>
    </message>
    <message>
        <source>Isi pilihan templat ini dengan skala persetujuan 1–5.</source>
        <translation>Fill this template&apos;s options with the 1–5 agreement scale.</translation>
    </message>
    <message>
        <source>Satu templat dipakai banyak pertanyaan; bagian memilih templatnya, pertanyaan boleh memakai templat lain.</source>
        <translation>One template serves many questions; a section picks its template, a question may use another one.</translation>
    </message>
    <message>
        <source>Pilihan jawaban templat terpilih</source>
        <translation>Answer options of the selected template</translation>
    </message>
    <message>
        <source>Pertanyaan terbalik memakai nilai cerminan: terendah + tertinggi − jawaban.</source>
        <translation>Reverse-scored questions use the mirrored value: lowest + highest − answer.</translation>
    </message>
    <message>
        <source>Judul bagian</source>
        <translation>Section title</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Terbalik</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>Templat khusus</source>
        <translation>Own template</translation>
    </message>
    <message>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Rata-rata</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Urutan di sini = urutan pengerjaan klien.</source>
        <translation>The order here is the order clients answer in.</translation>
    </message>
    <message>
        <source>Tanpa batas</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Pertanyaan bagian ini</source>
        <translation>Questions of this section</translation>
    </message>
    <message>
        <source>Enter mengubah sel, Ins menambah, Del menghapus, Ctrl+↑/↓ memindahkan. Centang &quot;Terbalik&quot; untuk butir yang skornya dibalik.</source>
        <translation>Enter edits a cell, Ins adds, Del removes, Ctrl+↑/↓ moves. Tick &quot;Reversed&quot; for items scored in reverse.</translation>
    </message>
    <message>
        <source>Skor skala = jumlah atau rata-rata butir pertanyaannya.</source>
        <translation>Scale score = the sum or mean of its questions.</translation>
    </message>
    <message>
        <source>Kategori skala terpilih</source>
        <translation>Categories of the selected scale</translation>
    </message>
    <message>
        <source>Kategori harus menutup seluruh rentang skor tanpa celah atau tumpang tindih; batas bawah dan atas termasuk.</source>
        <translation>Categories must cover the whole score range without gaps or overlaps; both limits are inclusive.</translation>
    </message>
    <message>
        <source>Skala dan kategori</source>
        <translation>Scales and categories</translation>
    </message>
    <message>
        <source>Tanpa ringkasan</source>
        <translation>No summary</translation>
    </message>
    <message>
        <source>Jumlah skor skala</source>
        <translation>Sum of scale scores</translation>
    </message>
    <message>
        <source>Rata-rata semua butir</source>
        <translation>Mean of all items</translation>
    </message>
    <message>
        <source>Rata-rata skor skala</source>
        <translation>Mean of scale scores</translation>
    </message>
    <message>
        <source>Metode ringkasan</source>
        <translation>Summary method</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <source> skala tertinggi</source>
        <translation> highest scales</translation>
    </message>
    <message>
        <source>Sorotan</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>Kategori ringkasan</source>
        <translation>Summary categories</translation>
    </message>
    <message>
        <source>Dipakai untuk skor ringkasan bagian; sorotan menyebut N skala dengan persentase tertinggi.</source>
        <translation>Used for the section&apos;s summary score; highlights name the N scales with the highest percentage.</translation>
    </message>
    <message>
        <source>Ringkasan bagian</source>
        <translation>Section summary</translation>
    </message>
    <message>
        <source>Laporan memuat ringkasan eksekutif</source>
        <translation>The report includes an executive summary</translation>
    </message>
    <message>
        <source>Pembuka</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Penutup</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Sumber kategori</source>
        <translation>Category source</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>* (lainnya)</source>
        <translation>* (any other)</translation>
    </message>
    <message>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Bagian dalam ringkasan</source>
        <translation>Sections in the summary</translation>
    </message>
    <message>
        <source>Sumber: kategori ringkasan bagian atau kategori satu skala.</source>
        <translation>Source: the section summary&apos;s category or one scale&apos;s category.</translation>
    </message>
    <message>
        <source>Teks per kategori</source>
        <translation>Text per category</translation>
    </message>
    <message>
        <source>Penanda yang diisi otomatis: {client_name} {category} {score} {max} {percent} {highlights}. Kategori * dipakai bila tidak ada teks untuk kategori klien.</source>
        <translation>Placeholders filled in automatically: {client_name} {category} {score} {max} {percent} {highlights}. Category * is used when there is no text for the client&apos;s category.</translation>
    </message>
    <message>
        <source>Skala %1</source>
        <translation>Scale %1</translation>
    </message>
    <message>
        <source>Kesesuaian 1–5</source>
        <translation>Agreement 1–5</translation>
    </message>
    <message>
        <source>Templat</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Batas bawah</source>
        <translation>Lower limit</translation>
    </message>
    <message>
        <source>Batas atas</source>
        <translation>Upper limit</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Pilihan</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Bagian %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Pertanyaan %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Kategori %1</source>
        <translation>Category %1</translation>
    </message>
    <message>
        <source>Templat %1</source>
        <translation>Template %1</translation>
    </message>
    <message>
        <source>Pilihan %1</source>
        <translation>Option %1</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::AssessmentListModel</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Soal</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::AssessmentPreview</name>
    <message>
        <source>Tampilan klien</source>
        <translation>Client view</translation>
    </message>
    <message>
        <source>Semua tertinggi</source>
        <translation>All highest</translation>
    </message>
    <message>
        <source>Semua terendah</source>
        <translation>All lowest</translation>
    </message>
    <message>
        <source>Acak</source>
        <translation>Random</translation>
    </message>
    <message>
        <source>Hitung</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Hitung skor dari jawaban di tabel (ubah jawaban sendiri di kolom Jawaban).</source>
        <translation>Score the answers in the table (change answers yourself in the Answer column).</translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Arti</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>bukan pilihan</source>
        <translation>not an option</translation>
    </message>
    <message>
        <source>Simulasi skor</source>
        <translation>Scoring preview</translation>
    </message>
    <message>
        <source>Simpan asesmen ini dulu; setelah itu skor draf bisa dihitung tanpa menyimpan perubahan.</source>
        <translation>Save this assessment first; after that drafts can be scored without saving the changes.</translation>
    </message>
    <message>
        <source>Isi jawaban contoh: skor dihitung dari draf di editor, belum disimpan.</source>
        <translation>Fill in sample answers: scores come from the draft in the editor, not yet saved.</translation>
    </message>
    <message>
        <source>Tambahkan bagian dan pertanyaan untuk melihat tampilannya.</source>
        <translation>Add sections and questions to see how they look.</translation>
    </message>
    <message>
        <source>Bagian %1 dari %2</source>
        <translation>Section %1 of %2</translation>
    </message>
    <message>
        <source>Batas waktu %1 menit</source>
        <translation>Time limit %1 minutes</translation>
    </message>
    <message>
        <source>Tanpa batas waktu</source>
        <translation>No time limit</translation>
    </message>
    <message>
        <source>(templat jawaban belum ada)</source>
        <translation>(no answer template yet)</translation>
    </message>
    <message>
        <source>(terbalik) %1</source>
        <translation>(reversed) %1</translation>
    </message>
    <message>
        <source>Menghitung…</source>
        <translation>Scoring…</translation>
    </message>
    <message>
        <source>Skor dihitung dari draf di editor; tidak ada yang disimpan.</source>
        <translation>Scored from the draft in the editor; nothing was stored.</translation>
    </message>
    <message>
        <source>Draf belum valid, jadi skornya belum bisa dihitung. Perbaiki yang ditandai merah di editor.</source>
        <translation>The draft is not valid yet, so it cannot be scored. Fix what is marked red in the editor.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::AssessmentScoreChart</name>
    <message>
        <source>Ringkasan: %1</source>
        <translation>Summary: %1</translation>
    </message>
    <message>
        <source>Isi jawaban contoh lalu hitung untuk melihat skor tiap skala.</source>
        <translation>Fill in sample answers and score them to see each scale&apos;s score.</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Sorotan: %1</source>
        <translation>Highlights: %1</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::AssessmentTableView</name>
    <message>
        <source>(ikut bagian)</source>
        <translation>(section&apos;s template)</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::AssessmentsPage</name>
    <message>
        <source>Cari kode atau judul…</source>
        <translation>Search code or title…</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Asesmen baru (Ctrl+N)</source>
        <translation>New assessment (Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Salin isi editor menjadi asesmen baru dengan kode lain.</source>
        <translation>Copy the editor&apos;s content into a new assessment with another code.</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Terbitkan…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan seluruh definisi (Ctrl+S)</source>
        <translation>Save the whole definition (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Perubahan pada %1 belum disimpan. Buang perubahan itu?</source>
        <translation>The changes to %1 are not saved. Discard them?</translation>
    </message>
    <message>
        <source>asesmen baru</source>
        <translation>the new assessment</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Asesmen baru</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Sudah dikerjakan %1 klien: soal dan aturan skornya terkunci. Pakai Duplikat untuk membuat versi berikutnya dengan kode baru.</source>
        <translation>Already taken by %1 clients: its questions and scoring are locked. Use Duplicate to make the next version with a new code.</translation>
    </message>
    <message>
        <source>Sudah terbit: partner bisa memakainya di event. Perubahan masih boleh sampai ada klien yang mengerjakannya.</source>
        <translation>Published: partners can use it in events. Changes are still allowed until a client takes it.</translation>
    </message>
    <message>
        <source>Isi kode, judul, lalu tambahkan bagian, skala dan pertanyaan.</source>
        <translation>Fill in the code and title, then add sections, scales and questions.</translation>
    </message>
    <message>
        <source>%1 (salinan)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Salinan belum disimpan: periksa kodenya, lalu Simpan.</source>
        <translation>The copy is not saved yet: check its code, then Save.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Simpan perubahan dulu; yang terbit adalah versi tersimpan.</source>
        <translation>Save the changes first; what gets published is the saved version.</translation>
    </message>
    <message>
        <source>Terbitkan %1?

Setelah terbit, partner bisa memilihnya untuk event dan asesmen ini tidak bisa dihapus lagi. Begitu ada klien yang mengerjakannya, pertanyaan dan aturan skornya terkunci; versi berikutnya dibuat lewat Duplikat dengan kode baru.</source>
        <translation>Publish %1?

Once published, partners can choose it for events and it can no longer be deleted. As soon as a client takes it, its questions and scoring are locked; the next version is made with Duplicate and a new code.</translation>
    </message>
    <message>
        <source>Terbitkan asesmen</source>
        <translation>Publish assessment</translation>
    </message>
    <message>
        <source>Asesmen terbit.</source>
        <translation>Assessment published.</translation>
    </message>
    <message>
        <source>Hapus asesmen</source>
        <translation>Delete assessment</translation>
    </message>
    <message>
        <source>Hapus draf %1 beserta semua bagian dan pertanyaannya? Ini tidak bisa dibatalkan.</source>
        <translation>Delete draft %1 with all its sections and questions? This cannot be undone.</translation>
    </message>
    <message>
        <source>Asesmen %1 dihapus.</source>
        <translation>Assessment %1 deleted.</translation>
    </message>
    <message numerus="yes">
        <source>Belum tersimpan: %n isian perlu diperbaiki (ditandai merah).</source>
        <translation>
            <numerusform>Not saved: %n field needs fixing (marked red).</numerusform>
            <numerusform>Not saved: %n fields need fixing (marked red).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::BillingPage</name>
    <message>
        <source>Belum dibayar</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Menunggu pembayaran</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>Menunggu konfirmasi</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Top-up kuota</source>
        <translation>Quota top-up</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Tagihan bulanan</source>
        <translation>Monthly invoice</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Unduhan laporan</source>
        <translation>Report download</translation>
    </message>
    <message>
        <source>Penyesuaian admin</source>
        <translation>Admin adjustment</translation>
    </message>
    <message>
        <source>Pengembalian</source>
        <translation>Refund</translation>
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
        <translation>In-app notification</translation>
    </message>
    <message>
        <source>Terjadwal</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Top-up kuota…</source>
        <translation>Top up quota…</translation>
    </message>
    <message>
        <source>Memuat data partner…</source>
        <translation>Loading partner data…</translation>
    </message>
    <message>
        <source>Kuota per acara</source>
        <translation>Quota per event</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sisa kuota</source>
        <translation>Quota left</translation>
    </message>
    <message>
        <source>Riwayat kuota</source>
        <translation>Quota history</translation>
    </message>
    <message>
        <source>Pilih acara untuk melihat riwayat kuotanya.</source>
        <translation>Select an event to see its quota history.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Sisa</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Rincian pembayaran</source>
        <translation>Payment details</translation>
    </message>
    <message>
        <source>Pilih pembayaran di daftar.</source>
        <translation>Select a payment in the list.</translation>
    </message>
    <message>
        <source>Unggah bukti…</source>
        <translation>Upload proof…</translation>
    </message>
    <message>
        <source>Lihat bukti</source>
        <translation>View proof</translation>
    </message>
    <message>
        <source>Buka halaman pembayaran</source>
        <translation>Open payment page</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Cancel payment</translation>
    </message>
    <message>
        <source>Pilih bukti transfer</source>
        <translation>Choose proof of transfer</translation>
    </message>
    <message>
        <source>Bukti transfer (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Proof of transfer (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Bukti tidak dapat dibuka dari folder sementara.</source>
        <translation>The proof could not be opened from the temporary folder.</translation>
    </message>
    <message>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Batas kredit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Terpakai</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Rincian tagihan</source>
        <translation>Invoice details</translation>
    </message>
    <message>
        <source>Pilih tagihan di daftar.</source>
        <translation>Select an invoice in the list.</translation>
    </message>
    <message>
        <source>Klien</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jadwal</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Pengingat</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>%1: sisa %2 laporan</source>
        <translation>%1: %2 reports left</translation>
    </message>
    <message>
        <source>Kuota: %1 laporan untuk %2</source>
        <translation>Quota: %1 reports for %2</translation>
    </message>
    <message>
        <source>Paket: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif untuk %1 klien</source>
        <translation>Executive summary for %1 clients</translation>
    </message>
    <message>
        <source>Cara bayar: %1</source>
        <translation>Payment method: %1</translation>
    </message>
    <message>
        <source>transfer bank</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <source>online (Xendit)</source>
        <translation>online (Xendit)</translation>
    </message>
    <message>
        <source>Dibuat: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>Bayar sebelum: %1</source>
        <translation>Pay before: %1</translation>
    </message>
    <message>
        <source>Transfer sesuai jumlah di atas dengan nomor %1 di berita transfer, lalu unggah buktinya.</source>
        <translation>Transfer the amount above with number %1 in the transfer note, then upload the proof.</translation>
    </message>
    <message>
        <source>Bukti sudah diterima; admin akan memeriksanya. Anda diberi tahu begitu pembayaran dikonfirmasi.</source>
        <translation>Proof received; an admin will check it. You will be notified as soon as the payment is confirmed.</translation>
    </message>
    <message>
        <source>Dibayar: %1</source>
        <translation>Paid: %1</translation>
    </message>
    <message>
        <source>Catatan: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Alasan penolakan: %1</source>
        <translation>Reason for rejection: %1</translation>
    </message>
    <message>
        <source>Ganti bukti…</source>
        <translation>Replace proof…</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>Mengunggah bukti %1…</source>
        <translation>Uploading proof %1…</translation>
    </message>
    <message>
        <source>Bukti terkirim. Admin akan mengonfirmasi pembayaran Anda.</source>
        <translation>Proof sent. An admin will confirm your payment.</translation>
    </message>
    <message>
        <source>Pembayaran %1 dibatalkan.</source>
        <translation>Payment %1 cancelled.</translation>
    </message>
    <message>
        <source>%1% terpakai</source>
        <translation>%1% used</translation>
    </message>
    <message>
        <source>Belum ditagih: %1 · Sudah ditagih, belum dibayar: %2</source>
        <translation>Not yet invoiced: %1 · Invoiced, unpaid: %2</translation>
    </message>
    <message>
        <source>Jatuh tempo: %1 (lewat jatuh tempo)</source>
        <translation>Due: %1 (overdue)</translation>
    </message>
    <message>
        <source>Jatuh tempo: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::BulkZipDownload</name>
    <message>
        <source>Unduhan terputus setelah %1 dari %2 laporan. Coba lagi; laporan yang sudah terunduh tidak ditagih lagi.</source>
        <translation>The download broke off after %1 of %2 reports. Try again; reports already downloaded are not charged again.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::ClientsPage</name>
    <message>
        <source>Sedang mengerjakan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Menunggu unduhan</source>
        <translation>Pending download</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Nama klien</source>
        <translation>Client name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Organisasi</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Selesai mengerjakan</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Cari nama atau email klien…</source>
        <translation>Search client name or email…</translation>
    </message>
    <message>
        <source>Semua acara</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Unduh laporan</source>
        <translation>Download report</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Mengunduh laporan %1…</source>
        <translation>Downloading the report of %1…</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan ke %1. Pilih folder lain.</source>
        <translation>The report could not be saved to %1. Choose another folder.</translation>
    </message>
    <message>
        <source>Laporan disimpan ke %1.</source>
        <translation>Report saved to %1.</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Menunggu pembayaran</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Unduh ZIP</source>
        <translation>Download ZIP</translation>
    </message>
    <message>
        <source>Laporan semua klien yang dipilih dalam satu berkas ZIP (Ctrl+E)</source>
        <translation>Reports of all selected clients in one ZIP file (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ringkasan Eksekutif</source>
        <translation>Executive Summary</translation>
    </message>
    <message>
        <source>Tambahkan ringkasan eksekutif ke laporan klien yang dipilih (berbayar per klien)</source>
        <translation>Add the executive summary to the selected clients&apos; reports (paid per client)</translation>
    </message>
    <message>
        <source>Bayar dengan transfer bank</source>
        <translation>Pay by bank transfer</translation>
    </message>
    <message>
        <source>Bayar online (Xendit)</source>
        <translation>Pay online (Xendit)</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 klien dipilih: %2 dengan laporan siap diunduh.</source>
        <translation>%1 clients selected: %2 with a report ready to download.</translation>
    </message>
    <message>
        <source>Pilih klien untuk melihat rinciannya. Ctrl/Shift-klik atau Ctrl+A memilih beberapa klien untuk diunduh sekaligus.</source>
        <translation>Select a client to see the details. Ctrl/Shift-click or Ctrl+A selects several clients to download at once.</translation>
    </message>
    <message>
        <source>Unduh ZIP (%1)</source>
        <translation>Download ZIP (%1)</translation>
    </message>
    <message>
        <source>Mulai %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <source>Selesai %1</source>
        <translation>Finished %1</translation>
    </message>
    <message>
        <source>Diunduh %1</source>
        <translation>Downloaded %1</translation>
    </message>
    <message>
        <source>Laporan-asesmen-%1-klien.zip</source>
        <translation>Assessment-reports-%1-clients.zip</translation>
    </message>
    <message>
        <source>Simpan laporan (ZIP)</source>
        <translation>Save reports (ZIP)</translation>
    </message>
    <message>
        <source>Arsip ZIP (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <source>Menyiapkan laporan… 0 dari %1 laporan</source>
        <translation>Preparing reports… 0 of %1 reports</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 dari %2 laporan</source>
        <translation>%1 of %2 reports</translation>
    </message>
    <message>
        <source>%1 laporan disimpan ke %2.</source>
        <translation>%1 reports saved to %2.</translation>
    </message>
    <message>
        <source>Unduhan ZIP dibatalkan; tidak ada berkas yang disimpan.</source>
        <translation>ZIP download cancelled; no file was saved.</translation>
    </message>
    <message>
        <source>Mengunduh %1 laporan ke %2…</source>
        <translation>Downloading %1 reports to %2…</translation>
    </message>
    <message>
        <source>Memesan ringkasan eksekutif untuk %1 klien…</source>
        <translation>Ordering the executive summary for %1 clients…</translation>
    </message>
    <message>
        <source>Ringkasan eksekutif aktif untuk %1 klien; %2 masuk tagihan bulan ini. Unduh ulang laporannya untuk mendapatkan ringkasan.</source>
        <translation>Executive summary active for %1 clients; %2 goes on this month&apos;s invoice. Download the reports again to get the summary.</translation>
    </message>
    <message>
        <source>Pembayaran %1 sebesar %2 dibuat. Selesaikan di tab &quot;Kuota &amp; Tagihan&quot;; ringkasan eksekutif tersedia setelah pembayaran dikonfirmasi.</source>
        <translation>Payment %1 of %2 created. Complete it on the &quot;Quota &amp; Billing&quot; tab; the executive summary becomes available once the payment is confirmed.</translation>
    </message>
    <message>
        <source>Selesai mulai tanggal</source>
        <translation>Finished from</translation>
    </message>
    <message>
        <source>Selesai sampai tanggal</source>
        <translation>Finished until</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::EventEditor</name>
    <message>
        <source>Asesmen</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>mis. Rekrutmen Batch Juni</source>
        <translation>e.g. June Recruitment Batch</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kosongkan untuk dibuat otomatis</source>
        <translation>Leave empty to generate one</translation>
    </message>
    <message>
        <source>Kode referensi</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Harga per klien</source>
        <translation>Price per client</translation>
    </message>
    <message>
        <source>Harga khusus sampai</source>
        <translation>Special price until</translation>
    </message>
    <message>
        <source>Harga khusus</source>
        <translation>Special price</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Bagikan ke klien</source>
        <translation>Share with clients</translation>
    </message>
    <message>
        <source>Salin tautan</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Tautan disalin.</source>
        <translation>Link copied.</translation>
    </message>
    <message>
        <source>Simpan QR</source>
        <translation>Save QR</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Acara baru</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Acara %1</source>
        <translation>Event %1</translation>
    </message>
    <message>
        <source>%1 klien, %2 selesai, kuota %3</source>
        <translation>%1 clients, %2 finished, quota %3</translation>
    </message>
    <message>
        <source>Belum ada asesmen terbit. Minta admin menerbitkan asesmen dulu.</source>
        <translation>No assessment is published yet. Ask an admin to publish one first.</translation>
    </message>
    <message>
        <source>QR disimpan ke %1.</source>
        <translation>QR saved to %1.</translation>
    </message>
    <message>
        <source>QR tidak dapat disimpan ke %1. Pilih folder lain.</source>
        <translation>The QR could not be saved to %1. Choose another folder.</translation>
    </message>
    <message>
        <source>Pilih asesmen untuk acara ini.</source>
        <translation>Choose the assessment for this event.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::EventsPage</name>
    <message>
        <source>Kode referensi</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Asesmen</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Selesai / klien</source>
        <translation>Finished / clients</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Harga khusus s.d.</source>
        <translation>Special price until</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Cari kode referensi atau judul…</source>
        <translation>Search reference code or title…</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Acara baru</source>
        <translation>New event</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::PackagesPanel</name>
    <message>
        <source>Partner bayar di muka memilih salah satu paket aktif saat top up. Harga = kuota × harga laporan acara − diskon. Ubah sel lalu Enter untuk menyimpan; Del menghapus paket.</source>
        <translation>Pre-paid partners choose one of the active packages when they top up. Price = quota × the event&apos;s report price − discount. Change a cell and press Enter to save; Del deletes a package.</translation>
    </message>
    <message>
        <source>Nama paket</source>
        <translation>Package name</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Diskon %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Urutan</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Nama paket baru, mis. Paket 100</source>
        <translation>New package name, e.g. Package 100</translation>
    </message>
    <message>
        <source> laporan</source>
        <translation> reports</translation>
    </message>
    <message>
        <source>diskon </source>
        <translation>discount </translation>
    </message>
    <message>
        <source>Tambah paket</source>
        <translation>Add package</translation>
    </message>
    <message>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Hapus paket terpilih (Del)</source>
        <translation>Delete the selected package (Del)</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Paket %1 tersimpan.</source>
        <translation>Package %1 saved.</translation>
    </message>
    <message>
        <source>Beri nama paket, mis. &quot;Paket 100&quot;.</source>
        <translation>Name the package, e.g. &quot;Package 100&quot;.</translation>
    </message>
    <message>
        <source>Paket %1 ditambahkan.</source>
        <translation>Package %1 added.</translation>
    </message>
    <message>
        <source>Hapus paket</source>
        <translation>Delete package</translation>
    </message>
    <message>
        <source>Hapus paket %1? Partner tidak bisa memilihnya lagi; transaksi yang sudah ada tetap tercatat.</source>
        <translation>Delete package %1? Partners can no longer choose it; existing transactions stay on record.</translation>
    </message>
    <message>
        <source>Paket %1 dihapus.</source>
        <translation>Package %1 deleted.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::PartnerOperatorsPanel</name>
    <message>
        <source>Operator bertindak untuk partner ini: membuat acara dan mengunduh laporan, tetapi tidak bisa membeli kuota atau melihat harga.</source>
        <translation>Operators act for this partner: they create events and download reports, but cannot buy quota or see prices.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Hapus operator…</source>
        <translation>Remove operator…</translation>
    </message>
    <message>
        <source>Hapus operator terpilih (Del)</source>
        <translation>Remove the selected operator (Del)</translation>
    </message>
    <message>
        <source>Tambah operator</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <source>Email akun yang ada atau akun baru</source>
        <translation>Email of an existing or a new account</translation>
    </message>
    <message>
        <source>Hanya untuk akun baru</source>
        <translation>Only for a new account</translation>
    </message>
    <message>
        <source>Hanya untuk akun baru, minimal 8 karakter</source>
        <translation>Only for a new account, at least 8 characters</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Isi email operator.</source>
        <translation>Enter the operator&apos;s email.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>%1 kini operator partner ini.</source>
        <translation>%1 is now an operator of this partner.</translation>
    </message>
    <message>
        <source>Hapus operator</source>
        <translation>Remove operator</translation>
    </message>
    <message>
        <source>Hapus %1 (%2) sebagai operator? Akunnya tetap ada, tetapi tidak bisa lagi bertindak untuk partner ini.</source>
        <translation>Remove %1 (%2) as operator? The account stays, but can no longer act for this partner.</translation>
    </message>
    <message>
        <source>%1 bukan lagi operator.</source>
        <translation>%1 is no longer an operator.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::PartnerPricingPanel</name>
    <message>
        <source>Harga khusus partner ini per asesmen. Kosong: berlaku harga acara atau harga umum. Ketik lalu Enter untuk menyimpan, Del untuk menghapus harga khusus.</source>
        <translation>This partner&apos;s own price per assessment. Empty: the event price or the general price applies. Type and press Enter to save, Del to remove the partner price.</translation>
    </message>
    <message>
        <source>Asesmen</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Harga laporan</source>
        <translation>Report price</translation>
    </message>
    <message>
        <source>Harga ringkasan eksekutif</source>
        <translation>Executive summary price</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Isi harga laporan dulu; harga ringkasan eksekutif menyertainya.</source>
        <translation>Enter the report price first; the executive summary price goes with it.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Harga %1 tersimpan.</source>
        <translation>Price of %1 saved.</translation>
    </message>
    <message>
        <source>Hapus harga khusus</source>
        <translation>Remove partner price</translation>
    </message>
    <message>
        <source>Hapus harga khusus %1 untuk partner ini? Acara berikutnya memakai harga acara atau harga umum.</source>
        <translation>Remove this partner&apos;s price for %1? Later events use the event price or the general price.</translation>
    </message>
    <message>
        <source>Harga khusus %1 dihapus.</source>
        <translation>Partner price of %1 removed.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::PartnerWorkspace</name>
    <message>
        <source>Acara</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Klien</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Dasbor Partner</source>
        <translation>Partner Dashboard</translation>
    </message>
    <message>
        <source>Kuota &amp;&amp; Tagihan</source>
        <translation>Quota &amp;&amp; Billing</translation>
    </message>
    <message>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Asesmen</source>
        <translation>Assessment</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::PartnersPage</name>
    <message>
        <source>Institusi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Tipe</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Model bayar</source>
        <translation>Payment model</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Limit kredit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Cari institusi atau email pemilik…</source>
        <translation>Search institution or owner email…</translation>
    </message>
    <message>
        <source>Partner baru</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Email akun yang ada atau akun baru</source>
        <translation>An existing account&apos;s email, or the new account&apos;s</translation>
    </message>
    <message>
        <source>Email pemilik</source>
        <translation>Owner email</translation>
    </message>
    <message>
        <source>Hanya untuk akun baru</source>
        <translation>New accounts only</translation>
    </message>
    <message>
        <source>Nama pemilik</source>
        <translation>Owner name</translation>
    </message>
    <message>
        <source>Hanya untuk akun baru, minimal 8 karakter</source>
        <translation>New accounts only, at least 8 characters</translation>
    </message>
    <message>
        <source>Kata sandi pemilik</source>
        <translation>Owner password</translation>
    </message>
    <message>
        <source>Nama kontak</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Telepon kontak</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Buat partner</source>
        <translation>Create partner</translation>
    </message>
    <message>
        <source>Ubah %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Perubahan tersimpan.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>Partner %1 dibuat.</source>
        <translation>Partner %1 created.</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>Kuota &amp;&amp; kredit</source>
        <translation>Quota &amp;&amp; credit</translation>
    </message>
    <message>
        <source>Kredit (bayar belakangan)</source>
        <translation>Credit (pay later)</translation>
    </message>
    <message>
        <source>Terpakai</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Belum ditagih</source>
        <translation>Not yet invoiced</translation>
    </message>
    <message>
        <source>Ditagih, belum dibayar</source>
        <translation>Invoiced, unpaid</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Klien</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Riwayat kuota acara terpilih</source>
        <translation>Quota history of the selected event</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Tambah kuota acara terpilih</source>
        <translation>Add quota to the selected event</translation>
    </message>
    <message>
        <source>Angka negatif mengurangi kuota</source>
        <translation>A negative number takes quota away</translation>
    </message>
    <message>
        <source>Alasan, mis. bonus kerja sama (tercatat di riwayat)</source>
        <translation>Reason, e.g. partnership bonus (kept in the history)</translation>
    </message>
    <message>
        <source>Tambah kuota</source>
        <translation>Add quota</translation>
    </message>
    <message>
        <source>Partner ini belum punya acara.</source>
        <translation>This partner has no events yet.</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Unduh laporan</source>
        <translation>Report download</translation>
    </message>
    <message>
        <source>Penyesuaian admin</source>
        <translation>Admin adjustment</translation>
    </message>
    <message>
        <source>Pengembalian</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Pilih acara yang kuotanya ditambah.</source>
        <translation>Select the event whose quota to change.</translation>
    </message>
    <message>
        <source>Tulis alasan perubahan kuota; tercatat di riwayat partner.</source>
        <translation>Write the reason for the quota change; it is kept in the partner&apos;s history.</translation>
    </message>
    <message>
        <source>Kuota %1 sekarang %2.</source>
        <translation>Quota of %1 is now %2.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::PaymentsPage</name>
    <message>
        <source>%1 laporan</source>
        <translation>%1 reports</translation>
    </message>
    <message>
        <source>%1 klien</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Semua partner</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>Cari partner… (Ctrl+L)</source>
        <translation>Search partner… (Ctrl+L)</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Muat ulang antrean (F5)</source>
        <translation>Reload the queue (F5)</translation>
    </message>
    <message>
        <source>Pilih pembayaran untuk melihat rincian dan buktinya.</source>
        <translation>Select a payment to see its details and proof.</translation>
    </message>
    <message>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Klien</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Bayar sebelum</source>
        <translation>Pay before</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Catatan (opsional), mis. cocok dengan mutasi BCA 21/11</source>
        <translation>Note (optional), e.g. matches the BCA statement of 21/11</translation>
    </message>
    <message>
        <source>&amp;Konfirmasi…</source>
        <translation>&amp;Confirm…</translation>
    </message>
    <message>
        <source>Tolak dengan alasan (partner membacanya dan bisa mengirim bukti baru):</source>
        <translation>Reject with a reason (the partner reads it and can send a new proof):</translation>
    </message>
    <message>
        <source>Alasan penolakan, mis. nominal transfer tidak sesuai</source>
        <translation>Reason for rejecting, e.g. the transferred amount does not match</translation>
    </message>
    <message>
        <source>&amp;Tolak</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Bukti transfer</source>
        <translation>Transfer proof</translation>
    </message>
    <message>
        <source>Buka bukti</source>
        <translation>Open proof</translation>
    </message>
    <message>
        <source>Buka bukti dengan penampil bawaan sistem</source>
        <translation>Open the proof with the system&apos;s viewer</translation>
    </message>
    <message>
        <source>Paket kuota</source>
        <translation>Quota packages</translation>
    </message>
    <message numerus="yes">
        <source>%n transaksi</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>Memuat bukti…</source>
        <translation>Loading the proof…</translation>
    </message>
    <message>
        <source>Dibayar lewat Xendit; tidak perlu bukti transfer.</source>
        <translation>Paid through Xendit; no transfer proof needed.</translation>
    </message>
    <message>
        <source>Partner belum mengirim bukti transfer.</source>
        <translation>The partner has not sent a transfer proof yet.</translation>
    </message>
    <message>
        <source>Bukti berupa PDF (%1). Buka untuk memeriksanya.</source>
        <translation>The proof is a PDF (%1). Open it to check.</translation>
    </message>
    <message>
        <source>Bukti tidak bisa ditampilkan di sini; buka dengan penampil sistem.</source>
        <translation>The proof cannot be shown here; open it with the system viewer.</translation>
    </message>
    <message>
        <source>Bukti tidak bisa disimpan sementara di %1.</source>
        <translation>The proof could not be saved temporarily at %1.</translation>
    </message>
    <message>
        <source>Kuota acara %1 bertambah %2 laporan.</source>
        <translation>Event %1 gains %2 reports of quota.</translation>
    </message>
    <message numerus="yes">
        <source>Ringkasan eksekutif dibuka untuk %n klien.</source>
        <translation>
            <numerusform>The executive summary is unlocked for %n client.</numerusform>
            <numerusform>The executive summary is unlocked for %n clients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Konfirmasi pembayaran</source>
        <translation>Confirm payment</translation>
    </message>
    <message>
        <source>Konfirmasi pembayaran %1 dari %2 sebesar %3?
%4
Pastikan dana sudah masuk ke rekening; partner diberi tahu.</source>
        <translation>Confirm payment %1 from %2 of %3?
%4
Make sure the money has reached the account; the partner is told.</translation>
    </message>
    <message>
        <source>Tulis alasan penolakan; partner akan membacanya.</source>
        <translation>Write the reason for rejecting; the partner will read it.</translation>
    </message>
</context>
<context>
    <name>ey::desk::partner::TopupDialog</name>
    <message>
        <source>Top-up kuota</source>
        <translation>Quota top-up</translation>
    </message>
    <message>
        <source> laporan</source>
        <translation> reports</translation>
    </message>
    <message>
        <source>Jumlah kuota</source>
        <translation>Quota amount</translation>
    </message>
    <message>
        <source>Transfer bank (unggah bukti)</source>
        <translation>Bank transfer (upload proof)</translation>
    </message>
    <message>
        <source>Bayar online (Xendit)</source>
        <translation>Pay online (Xendit)</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Buat pembayaran</source>
        <translation>Create payment</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Belum ada acara aktif. Aktifkan acara dulu di tab &quot;Acara&quot;, lalu top-up kuotanya.</source>
        <translation>No active events yet. Activate an event on the &quot;Events&quot; tab first, then top up its quota.</translation>
    </message>
    <message>
        <source>Menghitung harga…</source>
        <translation>Calculating price…</translation>
    </message>
    <message>
        <source>%1 — %2 laporan</source>
        <translation>%1 — %2 reports</translation>
    </message>
    <message>
        <source> (hemat %1%)</source>
        <translation> (save %1%)</translation>
    </message>
    <message>
        <source>Jumlah lain…</source>
        <translation>Other amount…</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>%1 (normal %2)</source>
        <translation>%1 (normally %2)</translation>
    </message>
    <message>
        <source>Transfer ke %1 %2 a.n. %3, lalu unggah bukti transfer.</source>
        <translation>Transfer to %1 %2 in the name of %3, then upload the proof of transfer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pembayaran %1 dibuat.&lt;/b&gt;&lt;br&gt;Transfer &lt;b&gt;%2&lt;/b&gt; ke &lt;b&gt;%3 %4&lt;/b&gt; a.n. %5%6.&lt;br&gt;Tulis nomor %1 di berita transfer, lalu pilih &quot;Unggah bukti&quot; di daftar transaksi.</source>
        <translation>&lt;b&gt;Payment %1 created.&lt;/b&gt;&lt;br&gt;Transfer &lt;b&gt;%2&lt;/b&gt; to &lt;b&gt;%3 %4&lt;/b&gt; in the name of %5%6.&lt;br&gt;Write number %1 in the transfer note, then choose &quot;Upload proof&quot; in the transaction list.</translation>
    </message>
    <message>
        <source> sebelum %1</source>
        <translation> before %1</translation>
    </message>
</context>
<context>
    <name>ey::desk::sales::SaleDetailPane</name>
    <message>
        <source>Memuat transaksi…</source>
        <translation>Loading the transaction…</translation>
    </message>
    <message>
        <source>Pilih transaksi di tabel (Enter) untuk melihat detailnya.</source>
        <translation>Select a transaction in the table (Enter) to see its details.</translation>
    </message>
    <message>
        <source>Kirim ulang notifikasi</source>
        <translation>Resend notification</translation>
    </message>
    <message>
        <source>PAID: konfirmasi pembelian; PENDING: tautan pembayaran. Lewat email dan WhatsApp.</source>
        <translation>PAID: purchase confirmation; PENDING: payment link. By email and WhatsApp.</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Riwayat pembayaran</source>
        <translation>Payment history</translation>
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
        <translation>Time</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jadwal</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Entri / akun</source>
        <translation>Entry / account</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Pilih baris yang berisi payload gateway untuk melihat JSON mentahnya.</source>
        <translation>Select a row with a gateway payload to see its raw JSON.</translation>
    </message>
    <message>
        <source>%1 · dibuat %2</source>
        <translation>%1 · created %2</translation>
    </message>
    <message>
        <source> · dibayar %1</source>
        <translation> · paid %1</translation>
    </message>
    <message>
        <source> · gateway %1</source>
        <translation> · gateway %1</translation>
    </message>
    <message>
        <source>Ditandai: %1</source>
        <translation>Flagged: %1</translation>
    </message>
    <message>
        <source>Tidak ada membership aktif</source>
        <translation>No active membership</translation>
    </message>
    <message>
        <source>%1 (seumur hidup)</source>
        <translation>%1 (lifetime)</translation>
    </message>
    <message>
        <source>%1 (sampai %2)</source>
        <translation>%1 (until %2)</translation>
    </message>
    <message>
        <source>Pembeli</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
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
        <translation>Joined</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
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
        <translation>No affiliate</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Komisi</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Belum diposting (transaksi belum lunas)</source>
        <translation>Not posted yet (transaction not paid)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Jml</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Diskon</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Tautan pembayaran:</source>
        <translation>Payment link:</translation>
    </message>
    <message>
        <source>Alasan gagal: %1</source>
        <translation>Failure reason: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>payload gateway</source>
        <translation>gateway payload</translation>
    </message>
    <message>
        <source> · payload gateway</source>
        <translation> · gateway payload</translation>
    </message>
    <message>
        <source>Callback %1</source>
        <translation>%1 callback</translation>
    </message>
    <message>
        <source>ditandai: %1</source>
        <translation>flagged: %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Terjadwal</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Galat: %1</source>
        <translation>Error: %1</translation>
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
        <translation>Million rupiah</translation>
    </message>
    <message>
        <source>Ribu rupiah</source>
        <translation>Thousand rupiah</translation>
    </message>
    <message>
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
    <message>
        <source>Memuat grafik…</source>
        <translation>Loading charts…</translation>
    </message>
    <message numerus="yes">
        <source>Pendapatan lunas %1 dari %n transaksi</source>
        <translation>
            <numerusform>Paid revenue %1 from %n transaction</numerusform>
            <numerusform>Paid revenue %1 from %n transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>Pendapatan per hari</source>
        <translation>Revenue per day</translation>
    </message>
    <message>
        <source>Pendapatan per minggu</source>
        <translation>Revenue per week</translation>
    </message>
    <message>
        <source>Pendapatan per bulan</source>
        <translation>Revenue per month</translation>
    </message>
    <message>
        <source>Pendapatan per tahun</source>
        <translation>Revenue per year</translation>
    </message>
    <message>
        <source>Pendapatan</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Pendapatan per produk</source>
        <translation>Revenue by product</translation>
    </message>
</context>
<context>
    <name>ey::desk::sales::SalesFilterBar</name>
    <message>
        <source>Semua waktu</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Minggu ini</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Tahun ini</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Kustom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Rentang tanggal transaksi (WIB)</source>
        <translation>Transaction date range (Jakarta time)</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Semua produk</source>
        <translation>All products</translation>
    </message>
    <message>
        <source>Semua affiliate</source>
        <translation>All affiliates</translation>
    </message>
    <message>
        <source>Cari invoice, nama atau email (Ctrl+L)</source>
        <translation>Search invoice, name or email (Ctrl+L)</translation>
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
        <source>Paket: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Produk: %1</source>
        <translation>Product: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n penjualan</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <source> +%1 item</source>
        <translation> +%1 item(s)</translation>
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
        <translation>commission not posted yet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Aksi</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Mengekspor… %1 baris (%2)</source>
        <translation>Exporting… %1 rows (%2)</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>%1 baris disimpan ke %2</source>
        <translation>%1 rows saved to %2</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>Berkas yang belum selesai sudah dihapus.</source>
        <translation>The unfinished file has been removed.</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>CSV export</translation>
    </message>
    <message>
        <source>Ekspor baris yang sesuai filter ke CSV (Ctrl+E)</source>
        <translation>Export the rows matching the filter to CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Tidak ada transaksi untuk filter ini.</source>
        <translation>No transactions match this filter.</translation>
    </message>
    <message>
        <source>%1+ transaksi dimuat</source>
        <translation>%1+ transactions loaded</translation>
    </message>
    <message numerus="yes">
        <source>%n transaksi</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>Simpan ekspor penjualan</source>
        <translation>Save sales export</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Notifikasi dikirim ulang</source>
        <translation>Notification resent</translation>
    </message>
    <message>
        <source>Tautan pembayaran %1 dikirim lagi lewat email dan WhatsApp.</source>
        <translation>The payment link for %1 was sent again by email and WhatsApp.</translation>
    </message>
    <message>
        <source>Konfirmasi pembelian %1 dikirim lagi lewat email dan WhatsApp.</source>
        <translation>The purchase confirmation for %1 was sent again by email and WhatsApp.</translation>
    </message>
    <message>
        <source>Tidak bisa mengirim ulang</source>
        <translation>Could not resend</translation>
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
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>CSV export</translation>
    </message>
    <message>
        <source>Ekspor baris yang sesuai filter ke CSV (Ctrl+E)</source>
        <translation>Export the rows matching the filter to CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Penjualan</source>
        <translation>Sale</translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::AttachmentList</name>
    <message>
        <source>Hapus lampiran ini</source>
        <translation>Remove this attachment</translation>
    </message>
    <message>
        <source>Menunggu diunggah</source>
        <translation>Waiting to upload</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: %1</source>
        <translation>File cannot be read: %1</translation>
    </message>
    <message>
        <source>Berkas %1 terlalu besar. Lampiran maksimal 10 MB; perkecil atau kompres berkasnya.</source>
        <translation>File %1 is too large. Attachments can be at most 10 MB; shrink or compress the file.</translation>
    </message>
    <message>
        <source>Mengunggah…</source>
        <translation>Uploading…</translation>
    </message>
    <message>
        <source>Terunggah · %1</source>
        <translation>Uploaded · %1</translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::TicketCreateForm</name>
    <message>
        <source>Buat tiket baru</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <source>Ceritakan masalah Anda sejelas mungkin. Tim support akan membalas di tiket ini, dan Anda mendapat notifikasi setiap ada balasan.</source>
        <translation>Describe your problem as clearly as you can. The support team will reply on this ticket, and you get a notification for every reply.</translation>
    </message>
    <message>
        <source>Judul tiket *</source>
        <translation>Ticket title *</translation>
    </message>
    <message>
        <source>Contoh: Tidak bisa masuk setelah ganti nomor WhatsApp</source>
        <translation>Example: Cannot sign in after changing my WhatsApp number</translation>
    </message>
    <message>
        <source>Kategori masalah *</source>
        <translation>Problem category *</translation>
    </message>
    <message>
        <source>Pilih kategori…</source>
        <translation>Choose a category…</translation>
    </message>
    <message>
        <source>Deskripsi masalah *</source>
        <translation>Problem description *</translation>
    </message>
    <message>
        <source>Apa yang terjadi, apa yang Anda harapkan, dan langkah yang sudah dicoba.</source>
        <translation>What happened, what you expected, and what you have already tried.</translation>
    </message>
    <message>
        <source>Terkait (opsional)</source>
        <translation>Related to (optional)</translation>
    </message>
    <message>
        <source>Contoh: INV-2025-000123</source>
        <translation>Example: INV-2025-000123</translation>
    </message>
    <message>
        <source>ID membership</source>
        <translation>Membership ID</translation>
    </message>
    <message>
        <source>Nomor order / invoice</source>
        <translation>Order / invoice number</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Lampiran (opsional)</source>
        <translation>Attachments (optional)</translation>
    </message>
    <message>
        <source>Gambar, PDF, atau dokumen Office, masing-masing maksimal 10 MB.</source>
        <translation>Images, PDFs or Office documents, up to 10 MB each.</translation>
    </message>
    <message>
        <source>Lampirkan berkas…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <source>Kirim tiket</source>
        <translation>Submit ticket</translation>
    </message>
    <message>
        <source>Lampirkan berkas</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Gambar, PDF, dan dokumen Office (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.doc *.docx *.xlsx *.pptx);;Semua berkas (*)</source>
        <translation>Images, PDFs and Office documents (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.doc *.docx *.xlsx *.pptx);;All files (*)</translation>
    </message>
    <message>
        <source>Mengirim tiket…</source>
        <translation>Submitting ticket…</translation>
    </message>
    <message>
        <source>Tiket dibuat. Mengunggah lampiran…</source>
        <translation>Ticket created. Uploading attachments…</translation>
    </message>
    <message numerus="yes">
        <source>Tiket sudah dibuat, tetapi %n lampiran gagal diunggah. Lampirkan lagi lewat balasan di tiket itu.</source>
        <translation>
            <numerusform>The ticket was created, but %n attachment failed to upload. Attach it again in a reply on that ticket.</numerusform>
            <numerusform>The ticket was created, but %n attachments failed to upload. Attach them again in a reply on that ticket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lampiran untuk tiket ini.</source>
        <translation>Attachments for this ticket.</translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::TicketFilterBar</name>
    <message>
        <source>Ditugaskan ke saya</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Belum ditugaskan</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Semua tiket</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <source>Semua yang saya lihat</source>
        <translation>Everything I can see</translation>
    </message>
    <message>
        <source>Setiap tiket, siapa pun yang menanganinya</source>
        <translation>Every ticket, whoever handles it</translation>
    </message>
    <message>
        <source>Tiket yang ditugaskan ke Anda, yang belum ditugaskan, dan tiket Anda sendiri</source>
        <translation>Tickets assigned to you, unassigned tickets, and your own tickets</translation>
    </message>
    <message>
        <source>Cari nomor, judul, atau isi tiket (Ctrl+L)</source>
        <translation>Search ticket number, title or text (Ctrl+L)</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua prioritas</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Semua peran</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Hanya tiket yang dibuat di antara dua tanggal ini (WIB)</source>
        <translation>Only tickets created between these two dates (WIB)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Hapus semua filter dan pencarian</source>
        <translation>Clear all filters and the search</translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::TicketLabels</name>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Sedang Ditangani</source>
        <translation>In Progress</translation>
    </message>
    <message>
        <source>Menunggu Pengguna</source>
        <translation>Waiting for User</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Mendesak</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Sedang</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Akun &amp; Login</source>
        <translation>Account &amp; Sign-in</translation>
    </message>
    <message>
        <source>Membership &amp; Pembayaran</source>
        <translation>Membership &amp; Payment</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <source>Iklan &amp; Tracking</source>
        <translation>Ads &amp; Tracking</translation>
    </message>
    <message>
        <source>Bug Sistem</source>
        <translation>System Bug</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
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
        <translation>Finance</translation>
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
        <translation>Premium Member</translation>
    </message>
    <message>
        <source>Member Free</source>
        <translation>Free Member</translation>
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
        <translation>Partner Operator</translation>
    </message>
    <message>
        <source>%1 h %2 j</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 j %2 m</source>
        <translation>%1 h %2 m</translation>
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
        <translation>Tickets created between:</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Total tiket</source>
        <translation>Total tickets</translation>
    </message>
    <message>
        <source>Masih terbuka</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Selesai / ditutup</source>
        <translation>Resolved / closed</translation>
    </message>
    <message>
        <source>Terbuka &amp; melewati SLA</source>
        <translation>Open &amp; past SLA</translation>
    </message>
    <message>
        <source>Rata-rata respons pertama</source>
        <translation>Average first response</translation>
    </message>
    <message>
        <source>Rata-rata waktu penyelesaian</source>
        <translation>Average resolution time</translation>
    </message>
    <message>
        <source>Kepatuhan SLA respons</source>
        <translation>Response SLA compliance</translation>
    </message>
    <message>
        <source>Kepatuhan SLA penyelesaian</source>
        <translation>Resolution SLA compliance</translation>
    </message>
    <message>
        <source>Tiket per kategori</source>
        <translation>Tickets by category</translation>
    </message>
    <message>
        <source>Terbuka vs selesai</source>
        <translation>Open vs resolved</translation>
    </message>
    <message>
        <source>Tiket per peran pemilik</source>
        <translation>Tickets by owner&apos;s role</translation>
    </message>
    <message>
        <source>Target SLA per prioritas</source>
        <translation>SLA targets by priority</translation>
    </message>
    <message>
        <source>Batas waktu dalam jam sejak tiket dibuat. Perubahan berlaku untuk tiket baru maupun yang masih berjalan.</source>
        <translation>Deadlines in hours from when the ticket is created. Changes apply to new tickets and to tickets still in progress.</translation>
    </message>
    <message>
        <source>Batas waktu dalam jam sejak tiket dibuat. Hanya admin yang dapat mengubahnya.</source>
        <translation>Deadlines in hours from when the ticket is created. Only admins can change them.</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Respons pertama (jam)</source>
        <translation>First response (hours)</translation>
    </message>
    <message>
        <source>Penyelesaian (jam)</source>
        <translation>Resolution (hours)</translation>
    </message>
    <message>
        <source> jam</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Simpan target SLA</source>
        <translation>Save SLA targets</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Belum ada tiket dengan data ini pada periode ini</source>
        <translation>No tickets with this data in this period yet</translation>
    </message>
    <message>
        <source>Belum ada tiket yang hasil SLA-nya sudah diketahui</source>
        <translation>No tickets with a known SLA outcome yet</translation>
    </message>
    <message>
        <source>Baik: 90 % atau lebih memenuhi target</source>
        <translation>Good: 90 % or more met the target</translation>
    </message>
    <message>
        <source>Perlu perhatian: di bawah 90 % memenuhi target</source>
        <translation>Needs attention: under 90 % met the target</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Terbuka (%1)</source>
        <translation>Open (%1)</translation>
    </message>
    <message>
        <source>Selesai (%1)</source>
        <translation>Resolved (%1)</translation>
    </message>
    <message>
        <source>Tiket</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Target SLA disimpan.</source>
        <translation>SLA targets saved.</translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::TicketQueuePage</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ditugaskan</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Aktivitas terakhir</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Terlewat</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Terpenuhi</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Selesai sblm %1</source>
        <translation>Resolve by %1</translation>
    </message>
    <message>
        <source>Respons sblm %1</source>
        <translation>Respond by %1</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Memuat tiket…</source>
        <translation>Loading tickets…</translation>
    </message>
    <message>
        <source>Tidak ada tiket di tampilan ini. Ubah filter atau pilih tampilan lain.</source>
        <translation>No tickets in this view. Change the filters or pick another view.</translation>
    </message>
    <message>
        <source>Antrean kosong. Tiket baru akan muncul di sini dengan sendirinya.</source>
        <translation>The queue is empty. New tickets will show up here by themselves.</translation>
    </message>
    <message>
        <source>Anda belum punya tiket. Butuh bantuan? Buka tab &quot;Buat Tiket&quot;.</source>
        <translation>You have no tickets yet. Need help? Open the &quot;New ticket&quot; tab.</translation>
    </message>
    <message numerus="yes">
        <source>%n tiket dimuat, gulir untuk lebih banyak</source>
        <translation>
            <numerusform>%n ticket loaded, scroll for more</numerusform>
            <numerusform>%n tickets loaded, scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tiket</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::TicketView</name>
    <message>
        <source>Balasan yang tertunda ditolak server: %1</source>
        <translation>The server rejected a pending reply: %1</translation>
    </message>
    <message>
        <source>Pilih tiket dari daftar (Enter atau klik dua kali) untuk membaca percakapannya.</source>
        <translation>Pick a ticket from the list (Enter or double-click) to read its conversation.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Hanya perubahan yang diizinkan alur kerja tiket yang ditawarkan</source>
        <translation>Only the changes the ticket workflow allows are offered</translation>
    </message>
    <message>
        <source>Prioritas:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Ditugaskan:</source>
        <translation>Assignee:</translation>
    </message>
    <message>
        <source>Ambil tiket ini</source>
        <translation>Take this ticket</translation>
    </message>
    <message>
        <source>Tutup tiket</source>
        <translation>Close ticket</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tulis balasan… (Ctrl+Enter untuk mengirim)</source>
        <translation>Write a reply… (Ctrl+Enter to send)</translation>
    </message>
    <message>
        <source>Lampirkan berkas…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <source>Kirim</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Kirim balasan (Ctrl+Enter)</source>
        <translation>Send reply (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Lampirkan berkas</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Gambar, PDF, dan dokumen Office (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.doc *.docx *.xlsx *.pptx);;Semua berkas (*)</source>
        <translation>Images, PDFs and Office documents (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.doc *.docx *.xlsx *.pptx);;All files (*)</translation>
    </message>
    <message>
        <source>Mengunggah lampiran…</source>
        <translation>Uploading attachments…</translation>
    </message>
    <message>
        <source>Memuat tiket…</source>
        <translation>Loading tickets…</translation>
    </message>
    <message>
        <source>Tiket tidak dapat dimuat</source>
        <translation>The ticket could not be loaded</translation>
    </message>
    <message>
        <source>Melewati SLA</source>
        <translation>Past SLA</translation>
    </message>
    <message>
        <source>Sesuai SLA</source>
        <translation>Within SLA</translation>
    </message>
    <message>
        <source>Respons pertama paling lambat %1
Selesai paling lambat %2</source>
        <translation>First response due by %1
Resolution due by %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · %4 · dibuat %5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · %4 · created %5 · %6</translation>
    </message>
    <message>
        <source>belum ditugaskan</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>ditangani %1</source>
        <translation>handled by %1</translation>
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
        <translation>Class: %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>— Belum ditugaskan —</source>
        <translation>— Unassigned —</translation>
    </message>
    <message>
        <source>%1 (%2 tiket aktif)</source>
        <translation>%1 (%2 active tickets)</translation>
    </message>
    <message>
        <source>Tiket ini sudah ditutup dan hanya bisa dibaca. Gunakan &quot;Buka kembali&quot; bila masalahnya muncul lagi.</source>
        <translation>This ticket is closed and read-only. Use &quot;Reopen&quot; if the problem comes back.</translation>
    </message>
    <message>
        <source>Tiket ini sudah ditutup dan hanya bisa dibaca. Bila masalahnya muncul lagi, buat tiket baru.</source>
        <translation>This ticket is closed and read-only. If the problem comes back, create a new ticket.</translation>
    </message>
    <message>
        <source>Tiket yang sudah ditutup tidak bisa dibalas.</source>
        <translation>A closed ticket cannot be replied to.</translation>
    </message>
    <message>
        <source>Daftar staf support tidak dapat dimuat: %1</source>
        <translation>The list of support staff could not be loaded: %1</translation>
    </message>
    <message>
        <source>Tunggu sampai semua lampiran selesai diunggah, lalu kirim lagi.</source>
        <translation>Wait until all attachments have finished uploading, then send again.</translation>
    </message>
    <message>
        <source>Ada lampiran yang belum terunggah. Hapus lampiran itu atau lampirkan ulang, lalu kirim lagi.</source>
        <translation>An attachment has not been uploaded. Remove it or attach it again, then send again.</translation>
    </message>
    <message>
        <source>Tulis balasan terlebih dahulu.</source>
        <translation>Write a reply first.</translation>
    </message>
    <message>
        <source>(lampiran)</source>
        <translation>(attachment)</translation>
    </message>
    <message>
        <source>Mengirim…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Server tidak dapat dihubungi. Balasan disimpan dan dikirim otomatis begitu koneksi kembali.</source>
        <translation>The server cannot be reached. Your reply is saved and will be sent automatically once the connection is back.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · deskripsi tiket · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · ticket description · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · Tim Support · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Support Team · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · ⏳ menunggu koneksi</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · ⏳ waiting for connection</translation>
    </message>
    <message>
        <source>&lt;div style=&quot;color:#92400E; font-size:small;&quot;&gt;Dikirim otomatis saat server dapat dihubungi lagi.&lt;/div&gt;</source>
        <translation>&lt;div style=&quot;color:#92400E; font-size:small;&quot;&gt;Sent automatically when the server can be reached again.&lt;/div&gt;</translation>
    </message>
    <message>
        <source>lampiran</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>Simpan lampiran</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis: %2</source>
        <translation>File %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Mengunduh %1</source>
        <translation>Downloading %1</translation>
    </message>
    <message>
        <source>Lampiran disimpan ke %1</source>
        <translation>Attachment saved to %1</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat disimpan: %2</source>
        <translation>File %1 cannot be saved: %2</translation>
    </message>
    <message>
        <source>Unduhan dibatalkan.</source>
        <translation>Download cancelled.</translation>
    </message>
</context>
<context>
    <name>ey::desk::tickets::TicketsWorkspace</name>
    <message>
        <source>Antrean Tiket</source>
        <translation>Ticket queue</translation>
    </message>
    <message>
        <source>Tiket Saya</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <source>Buat Tiket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <source>Metrik</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Tiket Support</source>
        <translation>Support Tickets</translation>
    </message>
</context>
</TS>
