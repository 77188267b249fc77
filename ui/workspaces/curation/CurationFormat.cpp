// CurationFormat: labels of the curation workspace.
#include "CurationFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>

namespace ey::desk::curation {

QStringList CurationFormat::buyerFields()
{
    return {QStringLiteral("company"),        QStringLiteral("contact_person"),
            QStringLiteral("email"),          QStringLiteral("phone"),
            QStringLiteral("country"),        QStringLiteral("products"),
            QStringLiteral("hs_codes"),       QStringLiteral("business_scale"),
            QStringLiteral("payment_terms"),  QStringLiteral("shipping_terms"),
            QStringLiteral("notes"),          QStringLiteral("verified"),
            QStringLiteral("rating"),         QStringLiteral("source")};
}

QStringList CurationFormat::paymentTerms()
{
    return {QStringLiteral("TT"), QStringLiteral("LC"), QStringLiteral("DP"), QStringLiteral("DA"),
            QStringLiteral("CAD"), QStringLiteral("OA"), QStringLiteral("CIA")};
}

QStringList CurationFormat::shippingTerms()
{
    return {QStringLiteral("EXW"), QStringLiteral("FCA"), QStringLiteral("FAS"),
            QStringLiteral("FOB"), QStringLiteral("CFR"), QStringLiteral("CIF"),
            QStringLiteral("CPT"), QStringLiteral("CIP"), QStringLiteral("DAP"),
            QStringLiteral("DPU"), QStringLiteral("DDP")};
}

QStringList CurationFormat::scales()
{
    return {QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large"),
            QStringLiteral("enterprise")};
}

QStringList CurationFormat::tiers()
{
    return {QStringLiteral("free"), QStringLiteral("1m"),  QStringLiteral("3m"),
            QStringLiteral("6m"),   QStringLiteral("12m"), QStringLiteral("lifetime")};
}

QString CurationFormat::date(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso.isEmpty() ? QStringLiteral("\u2014") : iso;
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy"));
}

QString CurationFormat::dateTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso.isEmpty() ? QStringLiteral("\u2014") : iso;
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

QString CurationFormat::number(qint64 value)
{
    return QLocale().toString(value);
}

QString CurationFormat::fieldLabel(const QString& field)
{
    if (field == QStringLiteral("company"))
        return tr("Perusahaan");
    if (field == QStringLiteral("contact_person"))
        return tr("Narahubung");
    if (field == QStringLiteral("email"))
        return tr("Email");
    if (field == QStringLiteral("phone"))
        return tr("Telepon");
    if (field == QStringLiteral("country"))
        return tr("Negara");
    if (field == QStringLiteral("products"))
        return tr("Produk");
    if (field == QStringLiteral("hs_codes"))
        return tr("Kode HS");
    if (field == QStringLiteral("business_scale"))
        return tr("Skala bisnis");
    if (field == QStringLiteral("payment_terms"))
        return tr("Syarat pembayaran");
    if (field == QStringLiteral("shipping_terms"))
        return tr("Syarat pengiriman");
    if (field == QStringLiteral("notes"))
        return tr("Catatan");
    if (field == QStringLiteral("verified"))
        return tr("Terverifikasi");
    if (field == QStringLiteral("rating"))
        return tr("Rating");
    if (field == QStringLiteral("source"))
        return tr("Sumber");
    if (field == QStringLiteral("date_added"))
        return tr("Tanggal ditambahkan");
    return field;
}

QString CurationFormat::scale(const QString& code)
{
    if (code == QStringLiteral("small"))
        return tr("Kecil");
    if (code == QStringLiteral("medium"))
        return tr("Menengah");
    if (code == QStringLiteral("large"))
        return tr("Besar");
    if (code == QStringLiteral("enterprise"))
        return tr("Korporasi");
    return code.isEmpty() ? QStringLiteral("\u2014") : code;
}

QString CurationFormat::stars(const QJsonValue& rating)
{
    if (!rating.isDouble())
        return QStringLiteral("\u2014");
    const int value = std::clamp(rating.toInt(), 0, 5);
    return QString(value, QChar(0x2605)) + QString(5 - value, QChar(0x2606));
}

QString CurationFormat::paymentTermHint(const QString& code)
{
    if (code == QStringLiteral("TT"))
        return tr("Telegraphic Transfer");
    if (code == QStringLiteral("LC"))
        return tr("Letter of Credit");
    if (code == QStringLiteral("DP"))
        return tr("Documents against Payment");
    if (code == QStringLiteral("DA"))
        return tr("Documents against Acceptance");
    if (code == QStringLiteral("CAD"))
        return tr("Cash against Documents");
    if (code == QStringLiteral("OA"))
        return tr("Open Account");
    if (code == QStringLiteral("CIA"))
        return tr("Cash in Advance");
    return code;
}

QString CurationFormat::tier(const QString& code)
{
    if (code == QStringLiteral("free"))
        return tr("Free");
    if (code == QStringLiteral("1m"))
        return tr("1 bulan");
    if (code == QStringLiteral("3m"))
        return tr("3 bulan");
    if (code == QStringLiteral("6m"))
        return tr("6 bulan");
    if (code == QStringLiteral("12m"))
        return tr("12 bulan");
    if (code == QStringLiteral("lifetime"))
        return tr("Seumur hidup");
    return code;
}

QString CurationFormat::reportReason(const QString& code)
{
    if (code == QStringLiteral("wrong_contact"))
        return tr("Kontak salah");
    if (code == QStringLiteral("not_a_buyer"))
        return tr("Bukan buyer");
    if (code == QStringLiteral("closed"))
        return tr("Sudah tutup");
    if (code == QStringLiteral("duplicate"))
        return tr("Duplikat");
    if (code == QStringLiteral("other"))
        return tr("Lainnya");
    return code;
}

QString CurationFormat::reportStatus(const QString& code)
{
    if (code == QStringLiteral("open"))
        return tr("Terbuka");
    if (code == QStringLiteral("resolved"))
        return tr("Diselesaikan");
    if (code == QStringLiteral("dismissed"))
        return tr("Ditolak");
    return code;
}

QColor CurationFormat::reportStatusColor(const QString& code)
{
    if (code == QStringLiteral("open"))
        return QColor(0xF5, 0x9E, 0x0B);
    if (code == QStringLiteral("resolved"))
        return QColor(0x16, 0xA3, 0x4A);
    return QColor(0x9C, 0xA3, 0xAF);
}

QString CurationFormat::importStatus(const QString& code)
{
    if (code == QStringLiteral("uploaded"))
        return tr("Diunggah");
    if (code == QStringLiteral("queued"))
        return tr("Dalam antrean");
    if (code == QStringLiteral("running"))
        return tr("Berjalan");
    if (code == QStringLiteral("done"))
        return tr("Selesai");
    if (code == QStringLiteral("cancelled"))
        return tr("Dibatalkan");
    if (code == QStringLiteral("failed"))
        return tr("Gagal");
    return code;
}

QString CurationFormat::issueOutcome(const QString& code)
{
    if (code == QStringLiteral("error"))
        return tr("Galat, dilewati");
    if (code == QStringLiteral("skipped_duplicate"))
        return tr("Duplikat, dilewati");
    if (code == QStringLiteral("updated_duplicate"))
        return tr("Duplikat, diperbarui");
    return code;
}

QString CurationFormat::joined(const QJsonValue& array, const QString& separator)
{
    QStringList parts;
    for (const auto& value : array.toArray())
        parts << value.toString();
    return parts.join(separator);
}

} // namespace ey::desk::curation
