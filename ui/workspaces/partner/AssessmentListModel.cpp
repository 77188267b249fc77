// AssessmentListModel: columns, status texts and colours of the assessment list.
#include "AssessmentListModel.h"

#include "PartnerFormat.h"

#include <QBrush>

namespace ey::desk::partner {

namespace {

QList<ColumnSpec> columns()
{
    return {
        {QStringLiteral("code"), [] { return AssessmentListModel::tr("Kode"); }},
        {QStringLiteral("title"), [] { return AssessmentListModel::tr("Judul"); }},
        {QStringLiteral("status"), [] { return AssessmentListModel::tr("Status"); },
         [](const QJsonObject& item) {
             return QVariant(
                 AssessmentListModel::statusText(item.value(QStringLiteral("status")).toString()));
         }},
        {QStringLiteral("section_count"), [] { return AssessmentListModel::tr("Bagian"); }},
        {QStringLiteral("question_count"), [] { return AssessmentListModel::tr("Soal"); }},
        {QStringLiteral("updated_at"), [] { return AssessmentListModel::tr("Diubah"); },
         [](const QJsonObject& item) {
             return QVariant(PartnerFormat::date(item.value(QStringLiteral("updated_at")).toString()));
         }},
    };
}

} // namespace

AssessmentListModel::AssessmentListModel(ApiClient& api, QObject* parent)
    : PagedTableModel(api, QStringLiteral("/api/v1/admin/assessments"), columns(), parent)
{
}

QVariant AssessmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    if (index.column() == StatusColumn &&
        (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        const QString status = item(index.row()).value(QStringLiteral("status")).toString();
        if (role == Qt::BackgroundRole)
            return QBrush(statusColour(status));
        return QBrush(Qt::white);
    }
    if ((index.column() == 3 || index.column() == 4) && role == Qt::TextAlignmentRole)
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    return PagedTableModel::data(index, role);
}

QString AssessmentListModel::statusText(const QString& status)
{
    if (status == QStringLiteral("draft"))
        return tr("Draf");
    if (status == QStringLiteral("published"))
        return tr("Terbit");
    if (status.isEmpty())
        return tr("Baru");
    return status;
}

QColor AssessmentListModel::statusColour(const QString& status)
{
    if (status == QStringLiteral("published"))
        return QColor(QStringLiteral("#16A34A"));
    if (status == QStringLiteral("draft"))
        return QColor(QStringLiteral("#D97706"));
    return QColor(QStringLiteral("#6B7280"));
}

int AssessmentListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (item(row).value(QStringLiteral("id")).toString() == id)
            return row;
    return -1;
}

} // namespace ey::desk::partner
