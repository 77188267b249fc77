// The server-paged assessment list with its status column tinted draft/published.
#pragma once

#include "PagedTableModel.h"

#include <QColor>

namespace ey::desk::partner {

/// UI thread. Columns: code, title, status, sections, questions, last change.
class AssessmentListModel : public PagedTableModel
{
    Q_OBJECT

public:
    static constexpr int StatusColumn = 2;

    explicit AssessmentListModel(ApiClient& api, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// "Draf" / "Terbit" and their badge colours, shared with the editor's header.
    static QString statusText(const QString& status);
    static QColor statusColour(const QString& status);
    /// The row showing assessment `id`, or −1.
    int rowOf(const QString& id) const;
};

} // namespace ey::desk::partner
