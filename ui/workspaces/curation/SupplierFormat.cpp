// SupplierFormat: labels of the supplier and forwarder pages.
#include "SupplierFormat.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

namespace ey::desk::curation {

namespace {

QLocale indonesian()
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

} // namespace

QStringList SupplierFormat::statuses()
{
    return {QStringLiteral("waiting_review"), QStringLiteral("recommended"),
            QStringLiteral("verified"),       QStringLiteral("limited"),
            QStringLiteral("suspended"),      QStringLiteral("onboarding"),
            QStringLiteral("draft")};
}

QString SupplierFormat::status(const QString& code)
{
    if (code == QStringLiteral("draft"))
        return tr("Draf");
    if (code == QStringLiteral("onboarding"))
        return tr("Onboarding");
    if (code == QStringLiteral("waiting_review"))
        return tr("Menunggu peninjauan");
    if (code == QStringLiteral("recommended"))
        return tr("Direkomendasikan mentor");
    if (code == QStringLiteral("verified"))
        return tr("Terverifikasi");
    if (code == QStringLiteral("limited"))
        return tr("Terbatas");
    if (code == QStringLiteral("suspended"))
        return tr("Ditangguhkan");
    return code;
}

QColor SupplierFormat::statusColor(const QString& code)
{
    if (code == QStringLiteral("waiting_review"))
        return QColor(0xF5, 0x9E, 0x0B);
    if (code == QStringLiteral("recommended"))
        return QColor(0x25, 0x63, 0xEB);
    if (code == QStringLiteral("verified"))
        return QColor(0x16, 0xA3, 0x4A);
    if (code == QStringLiteral("limited"))
        return QColor(0x0D, 0x94, 0x88);
    if (code == QStringLiteral("suspended"))
        return QColor(0xDC, 0x26, 0x26);
    if (code == QStringLiteral("onboarding"))
        return QColor(0xA5, 0xB4, 0xFC);
    return QColor(0xD1, 0xD5, 0xDB);
}

QStringList SupplierFormat::types()
{
    return {QStringLiteral("produsen"), QStringLiteral("pabrik"), QStringLiteral("trader"),
            QStringLiteral("aggregator")};
}

QString SupplierFormat::type(const QString& code)
{
    if (code == QStringLiteral("produsen"))
        return tr("Produsen");
    if (code == QStringLiteral("pabrik"))
        return tr("Pabrik / Manufaktur");
    if (code == QStringLiteral("trader"))
        return tr("Trader / Exporter");
    if (code == QStringLiteral("aggregator"))
        return tr("Supplier / Aggregator");
    return code.isEmpty() ? tr("Belum memilih jenis") : code;
}

QString SupplierFormat::tier(const QString& code)
{
    if (code == QStringLiteral("free"))
        return tr("Free");
    if (code == QStringLiteral("premium"))
        return tr("Premium");
    return code;
}

QString SupplierFormat::premiumPlan(const QString& code, int months)
{
    QString name = code;
    if (code == QStringLiteral("monthly"))
        name = tr("Bulanan");
    else if (code == QStringLiteral("yearly"))
        name = tr("Tahunan");
    return months > 0 ? tr("%1 (%n bulan)", nullptr, months).arg(name) : name;
}

QString SupplierFormat::premiumOrderStatus(const QString& code)
{
    if (code == QStringLiteral("pending"))
        return tr("Menunggu bayar");
    if (code == QStringLiteral("paid"))
        return tr("Lunas");
    if (code == QStringLiteral("expired"))
        return tr("Kedaluwarsa");
    if (code == QStringLiteral("failed"))
        return tr("Gagal");
    return code;
}

QColor SupplierFormat::premiumOrderStatusColor(const QString& code)
{
    if (code == QStringLiteral("pending"))
        return QColor(0xF5, 0x9E, 0x0B);
    if (code == QStringLiteral("paid"))
        return QColor(0x16, 0xA3, 0x4A);
    if (code == QStringLiteral("failed"))
        return QColor(0xDC, 0x26, 0x26);
    return QColor(0xD1, 0xD5, 0xDB); // expired: nothing to do any more
}

QString SupplierFormat::documentKind(const QString& code)
{
    if (code == QStringLiteral("nib"))
        return tr("NIB");
    if (code == QStringLiteral("npwp"))
        return tr("NPWP");
    if (code == QStringLiteral("siup"))
        return tr("SIUP");
    if (code == QStringLiteral("certificate"))
        return tr("Sertifikat");
    if (code == QStringLiteral("catalog"))
        return tr("Katalog");
    if (code == QStringLiteral("other"))
        return tr("Lainnya");
    return code;
}

QString SupplierFormat::reviewAction(const QString& code)
{
    if (code == QStringLiteral("submit"))
        return tr("Diajukan");
    if (code == QStringLiteral("note"))
        return tr("Catatan");
    if (code == QStringLiteral("recommend"))
        return tr("Direkomendasikan");
    if (code == QStringLiteral("request_changes"))
        return tr("Diminta perbaikan");
    if (code == QStringLiteral("verify"))
        return tr("Diverifikasi");
    if (code == QStringLiteral("limit"))
        return tr("Dibatasi");
    if (code == QStringLiteral("suspend"))
        return tr("Ditangguhkan");
    if (code == QStringLiteral("reinstate"))
        return tr("Diaktifkan kembali");
    if (code == QStringLiteral("change_type"))
        return tr("Jenis diubah");
    return code;
}

QString SupplierFormat::section(const QString& code)
{
    if (code == QStringLiteral("identity"))
        return tr("Identitas");
    if (code == QStringLiteral("address"))
        return tr("Alamat");
    if (code == QStringLiteral("contact"))
        return tr("Kontak");
    if (code == QStringLiteral("legal"))
        return tr("Legalitas");
    if (code == QStringLiteral("bio"))
        return tr("Bio");
    if (code == QStringLiteral("documents"))
        return tr("Dokumen");
    if (code == QStringLiteral("type"))
        return tr("Jenis");
    if (code == QStringLiteral("tier"))
        return tr("Paket");
    return code;
}

QString SupplierFormat::field(const QString& code)
{
    static const QList<QPair<const char*, const char*>> labels = {
        {"company_name", QT_TR_NOOP("Nama perusahaan")},
        {"legal_form", QT_TR_NOOP("Bentuk usaha")},
        {"business_field", QT_TR_NOOP("Bidang usaha")},
        {"main_products", QT_TR_NOOP("Produk utama")},
        {"year_founded", QT_TR_NOOP("Tahun berdiri")},
        {"address_line", QT_TR_NOOP("Alamat")},
        {"province_name", QT_TR_NOOP("Provinsi")},
        {"regency_name", QT_TR_NOOP("Kabupaten/kota")},
        {"district_name", QT_TR_NOOP("Kecamatan")},
        {"province_code", QT_TR_NOOP("Kode provinsi")},
        {"regency_code", QT_TR_NOOP("Kode kabupaten/kota")},
        {"district_code", QT_TR_NOOP("Kode kecamatan")},
        {"postal_code", QT_TR_NOOP("Kode pos")},
        {"production_site", QT_TR_NOOP("Lokasi produksi")},
        {"pic_name", QT_TR_NOOP("Nama PIC")},
        {"pic_position", QT_TR_NOOP("Jabatan PIC")},
        {"whatsapp", QT_TR_NOOP("WhatsApp")},
        {"business_email", QT_TR_NOOP("Email bisnis")},
        {"website", QT_TR_NOOP("Situs web")},
        {"social_media", QT_TR_NOOP("Media sosial")},
        {"nib", QT_TR_NOOP("NIB")},
        {"npwp", QT_TR_NOOP("NPWP")},
        {"siup", QT_TR_NOOP("SIUP")},
        {"description", QT_TR_NOOP("Deskripsi")},
        {"advantages", QT_TR_NOOP("Keunggulan")},
        {"unique_value", QT_TR_NOOP("Nilai unik")},
        {"type", QT_TR_NOOP("Jenis")},
        {"tier", QT_TR_NOOP("Paket")},
        {"premium_until", QT_TR_NOOP("Premium sampai")},
        {"kind", QT_TR_NOOP("Jenis dokumen")},
        {"title", QT_TR_NOOP("Judul")},
    };
    for (const auto& [key, label] : labels)
        if (code == QLatin1String(key))
            return tr(label);
    return code;
}

QString SupplierFormat::value(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("\u2014");
    if (value.isString())
        return value.toString().isEmpty() ? QStringLiteral("\u2014") : value.toString();
    if (value.isBool())
        return value.toBool() ? tr("Ya") : tr("Tidak");
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isArray()) {
        QStringList parts;
        for (const auto& part : value.toArray())
            parts << SupplierFormat::value(part);
        return parts.isEmpty() ? QStringLiteral("\u2014") : parts.join(QStringLiteral(", "));
    }
    const QJsonObject object = value.toObject();
    QStringList lines;
    for (auto it = object.begin(); it != object.end(); ++it)
        lines << it.key() + QStringLiteral(": ") + SupplierFormat::value(it.value());
    return lines.isEmpty() ? QStringLiteral("\u2014") : lines.join(QLatin1Char('\n'));
}

QStringList SupplierFormat::services()
{
    return {QStringLiteral("sea_freight"), QStringLiteral("air_freight"),
            QStringLiteral("customs"),     QStringLiteral("shipping_agent"),
            QStringLiteral("trucking"),    QStringLiteral("warehousing")};
}

QString SupplierFormat::service(const QString& code)
{
    if (code == QStringLiteral("sea_freight"))
        return tr("Kargo laut");
    if (code == QStringLiteral("air_freight"))
        return tr("Kargo udara");
    if (code == QStringLiteral("customs"))
        return tr("Kepabeanan");
    if (code == QStringLiteral("shipping_agent"))
        return tr("Agen pelayaran");
    if (code == QStringLiteral("trucking"))
        return tr("Trucking");
    if (code == QStringLiteral("warehousing"))
        return tr("Pergudangan");
    return code;
}

QStringList SupplierFormat::modes()
{
    return {QStringLiteral("sea_fcl"), QStringLiteral("sea_lcl"), QStringLiteral("air"),
            QStringLiteral("courier"), QStringLiteral("land")};
}

QString SupplierFormat::mode(const QString& code)
{
    if (code == QStringLiteral("sea_fcl"))
        return tr("Laut FCL");
    if (code == QStringLiteral("sea_lcl"))
        return tr("Laut LCL");
    if (code == QStringLiteral("air"))
        return tr("Udara");
    if (code == QStringLiteral("courier"))
        return tr("Kurir");
    if (code == QStringLiteral("land"))
        return tr("Darat");
    return code;
}

QStringList SupplierFormat::units()
{
    return {QStringLiteral("container_20"), QStringLiteral("container_40"),
            QStringLiteral("container_40hc"), QStringLiteral("cbm"), QStringLiteral("kg"),
            QStringLiteral("shipment")};
}

QString SupplierFormat::unit(const QString& code)
{
    if (code == QStringLiteral("container_20"))
        return tr("Kontainer 20'");
    if (code == QStringLiteral("container_40"))
        return tr("Kontainer 40'");
    if (code == QStringLiteral("container_40hc"))
        return tr("Kontainer 40' HC");
    if (code == QStringLiteral("cbm"))
        return tr("per CBM");
    if (code == QStringLiteral("kg"))
        return tr("per kg");
    if (code == QStringLiteral("shipment"))
        return tr("per kiriman");
    return code;
}

QStringList SupplierFormat::currencies()
{
    return {QStringLiteral("IDR"), QStringLiteral("USD")};
}

QString SupplierFormat::money(qint64 minor, const QString& currency)
{
    const QLocale locale = indonesian();
    if (currency == QStringLiteral("IDR"))
        return QStringLiteral("Rp ") + locale.toString(minor);
    // Cents: whole units with two decimals, never through a float.
    const QString whole = locale.toString(minor / 100);
    const QString cents = QStringLiteral("%1").arg(qAbs(minor % 100), 2, 10, QLatin1Char('0'));
    return currency + QLatin1Char(' ') + whole + locale.decimalPoint() + cents;
}

qint64 SupplierFormat::parseMoney(const QString& text, const QString& currency)
{
    QString digits = text.trimmed();
    // "1250.50" typed for dollars: a lone dot before one or two digits is the decimal point.
    if (currency != QStringLiteral("IDR") && !digits.contains(QLatin1Char(',')) &&
        QRegularExpression(QStringLiteral("^[^.]*\\.[0-9]{1,2}$")).match(digits).hasMatch())
        digits.replace(QLatin1Char('.'), QLatin1Char(','));
    digits.remove(QRegularExpression(QStringLiteral("[^0-9,]")));
    if (digits.isEmpty())
        return -1;
    const int comma = static_cast<int>(digits.indexOf(QLatin1Char(',')));
    const bool cents = currency != QStringLiteral("IDR");
    QString whole = comma < 0 ? digits : digits.left(comma);
    QString fraction = comma < 0 ? QString() : digits.mid(comma + 1).remove(QLatin1Char(','));
    if (!cents && !fraction.isEmpty() && fraction.toLongLong() != 0)
        return -1; // rupiah have no sen
    bool ok = true;
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok)
        return -1;
    if (!cents)
        return units;
    fraction = (fraction + QStringLiteral("00")).left(2);
    return units * 100 + fraction.toLongLong();
}

QString SupplierFormat::day(const QString& isoDate)
{
    const QDate date = QDate::fromString(isoDate.left(10), Qt::ISODate);
    if (!date.isValid())
        return isoDate.isEmpty() ? QStringLiteral("\u2014") : isoDate;
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace ey::desk::curation
