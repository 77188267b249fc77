// CatalogWorkspace: the three tabs, their list columns, shortcuts, state and registration.
#include "CatalogWorkspace.h"

#include "CatalogFormat.h"
#include "CatalogListPage.h"
#include "CouponEditor.h"
#include "ItemPicker.h"
#include "PlanEditor.h"
#include "ProductEditor.h"

#include "Session.h"

#include <QAction>
#include <QEvent>
#include <QJsonArray>
#include <QSplitter>
#include <QTabWidget>

namespace ey::desk::catalog {

namespace {

QString text(const QJsonObject& item, const char* field)
{
    return item.value(QString::fromLatin1(field)).toString();
}

ListSpec planSpec()
{
    ListSpec spec;
    spec.path = QStringLiteral("/api/v1/admin/catalog/plans");
    spec.columns = {
        {QStringLiteral("title"), [] { return CatalogWorkspace::tr("Paket"); }},
        {QStringLiteral("status"), [] { return CatalogWorkspace::tr("Status"); },
         [](const QJsonObject& p) {
             return QVariant(CatalogFormat::planStatus(text(p, "status")));
         }},
        {QStringLiteral("prices"), [] { return CatalogWorkspace::tr("Harga mulai"); },
         [](const QJsonObject& p) { return QVariant(CatalogFormat::planFromPrice(p)); }},
        {QStringLiteral("badge"), [] { return CatalogWorkspace::tr("Lencana"); },
         [](const QJsonObject& p) {
             const QString badge = text(p, "badge");
             return QVariant(badge == QStringLiteral("none") ? QString()
                                                             : CatalogFormat::badge(badge));
         }},
        {QStringLiteral("updated_at"), [] { return CatalogWorkspace::tr("Diperbarui"); },
         [](const QJsonObject& p) { return QVariant(CatalogFormat::date(text(p, "updated_at"))); }},
    };
    spec.moneyColumns = {2};
    spec.statusColumn = 1;
    spec.statusColour = [](const QJsonObject& p) {
        return CatalogFormat::statusColour(text(p, "status"));
    };
    spec.statusParam = QStringLiteral("status");
    spec.statusChoices = [] {
        return QList<QPair<QString, QString>>{
            {QString(), CatalogWorkspace::tr("Semua status")},
            {QStringLiteral("draft"), CatalogFormat::planStatus(QStringLiteral("draft"))},
            {QStringLiteral("active"), CatalogFormat::planStatus(QStringLiteral("active"))},
            {QStringLiteral("archived"), CatalogFormat::planStatus(QStringLiteral("archived"))}};
    };
    spec.searchHint = [] { return CatalogWorkspace::tr("Cari judul atau slug paket…"); };
    return spec;
}

ListSpec productSpec()
{
    ListSpec spec;
    spec.path = QStringLiteral("/api/v1/admin/catalog/products");
    spec.columns = {
        {QStringLiteral("title"), [] { return CatalogWorkspace::tr("Produk"); }},
        {QStringLiteral("status"), [] { return CatalogWorkspace::tr("Status"); },
         [](const QJsonObject& p) {
             return QVariant(CatalogFormat::productStatus(text(p, "status")));
         }},
        {QStringLiteral("category"), [] { return CatalogWorkspace::tr("Kategori"); },
         [](const QJsonObject& p) {
             return QVariant(CatalogFormat::category(text(p, "category")));
         }},
        {QStringLiteral("base_price"), [] { return CatalogWorkspace::tr("Harga"); },
         [](const QJsonObject& p) {
             return QVariant(
                 CatalogFormat::money(p.value(QStringLiteral("base_price")).toInteger()));
         }},
        {QStringLiteral("promo_price"), [] { return CatalogWorkspace::tr("Promo"); },
         [](const QJsonObject& p) {
             const QJsonValue promo = p.value(QStringLiteral("promo_price"));
             if (!promo.isDouble())
                 return QVariant(QString());
             const QString ends = CatalogFormat::date(text(p, "promo_ends_at"));
             const QString price = CatalogFormat::money(promo.toInteger());
             return QVariant(ends.isEmpty() ? price
                                            : CatalogWorkspace::tr("%1 s.d. %2").arg(price, ends));
         }},
        {QStringLiteral("stock"), [] { return CatalogWorkspace::tr("Stok"); },
         [](const QJsonObject& p) {
             const QJsonValue stock = p.value(QStringLiteral("stock"));
             return QVariant(stock.isDouble() ? QString::number(stock.toInteger())
                                              : CatalogWorkspace::tr("Tak terbatas"));
         }},
    };
    spec.moneyColumns = {3, 4};
    spec.statusColumn = 1;
    spec.statusColour = [](const QJsonObject& p) {
        return CatalogFormat::statusColour(text(p, "status"));
    };
    spec.statusParam = QStringLiteral("status");
    spec.statusChoices = [] {
        return QList<QPair<QString, QString>>{
            {QString(), CatalogWorkspace::tr("Semua status")},
            {QStringLiteral("draft"), CatalogFormat::productStatus(QStringLiteral("draft"))},
            {QStringLiteral("publish"), CatalogFormat::productStatus(QStringLiteral("publish"))},
            {QStringLiteral("coming_soon"),
             CatalogFormat::productStatus(QStringLiteral("coming_soon"))}};
    };
    spec.searchHint = [] { return CatalogWorkspace::tr("Cari judul atau slug produk…"); };
    return spec;
}

ListSpec couponSpec()
{
    ListSpec spec;
    spec.path = QStringLiteral("/api/v1/admin/catalog/coupons");
    spec.columns = {
        {QStringLiteral("code"), [] { return CatalogWorkspace::tr("Kode"); }},
        {QStringLiteral("active"), [] { return CatalogWorkspace::tr("Status"); },
         [](const QJsonObject& c) {
             return QVariant(
                 CatalogFormat::couponStatus(c.value(QStringLiteral("active")).toBool()));
         }},
        {QStringLiteral("value"), [] { return CatalogWorkspace::tr("Potongan"); },
         [](const QJsonObject& c) { return QVariant(CatalogFormat::couponValue(c)); }},
        {QStringLiteral("ends_at"), [] { return CatalogWorkspace::tr("Berlaku"); },
         [](const QJsonObject& c) { return QVariant(CatalogFormat::couponWindow(c)); }},
        {QStringLiteral("used_count"), [] { return CatalogWorkspace::tr("Terpakai"); },
         [](const QJsonObject& c) {
             const qint64 used = c.value(QStringLiteral("used_count")).toInteger();
             const QJsonValue total = c.value(QStringLiteral("max_uses_total"));
             return QVariant(total.isDouble()
                                 ? QStringLiteral("%1 / %2").arg(used).arg(total.toInteger())
                                 : QString::number(used));
         }},
        {QStringLiteral("scope"), [] { return CatalogWorkspace::tr("Untuk"); },
         [](const QJsonObject& c) {
             return QVariant(CatalogFormat::couponScope(text(c, "scope")));
         }},
    };
    spec.moneyColumns = {2, 4};
    spec.statusColumn = 1;
    spec.statusColour = [](const QJsonObject& c) {
        return CatalogFormat::statusColour(c.value(QStringLiteral("active")).toBool()
                                               ? QStringLiteral("active")
                                               : QStringLiteral("inactive"));
    };
    spec.statusParam = QStringLiteral("active");
    spec.statusChoices = [] {
        return QList<QPair<QString, QString>>{
            {QString(), CatalogWorkspace::tr("Semua status")},
            {QStringLiteral("true"), CatalogFormat::couponStatus(true)},
            {QStringLiteral("false"), CatalogFormat::couponStatus(false)}};
    };
    spec.searchHint = [] { return CatalogWorkspace::tr("Cari kode kupon…"); };
    return spec;
}

} // namespace

CatalogWorkspace::CatalogWorkspace(const WorkspaceContext& context, QObject* parent)
    : Workspace(parent), m_context(context),
      m_canManage(context.session.hasPermission(QStringLiteral("catalog.manage")))
{
    m_tabs = std::make_unique<QTabWidget>();
    m_tabs->setObjectName(QStringLiteral("catalogTabs"));
    m_tabs->setDocumentMode(true);
    m_planEditor = new PlanEditor(context.api, m_canManage);
    m_productEditor = new ProductEditor(context.api, m_canManage);
    m_couponEditor = new CouponEditor(context.api, m_canManage);
    m_plans = new CatalogListPage(context.api, planSpec(), m_planEditor, m_canManage, m_tabs.get());
    m_plans->setObjectName(QStringLiteral("plansPage"));
    m_products =
        new CatalogListPage(context.api, productSpec(), m_productEditor, m_canManage, m_tabs.get());
    m_products->setObjectName(QStringLiteral("productsPage"));
    m_coupons =
        new CatalogListPage(context.api, couponSpec(), m_couponEditor, m_canManage, m_tabs.get());
    m_coupons->setObjectName(QStringLiteral("couponsPage"));
    m_tabs->addTab(m_plans, QString());
    m_tabs->addTab(m_products, QString());
    m_tabs->addTab(m_coupons, QString());

    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("catalogNew"));
    m_newAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_newAction->setVisible(m_canManage);
    connect(m_newAction, &QAction::triggered, this, [this] { currentPage()->newItem(); });
    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(QStringLiteral("catalogSave"));
    m_saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_saveAction->setVisible(m_canManage);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        CatalogEditor* editor = currentPage()->editor();
        if (editor->isEditing())
            editor->save();
    });

    // The pickers in other tabs list plans and products by title: they follow every change.
    const auto plansChanged = [this] { m_couponEditor->planPicker()->reload(); };
    const auto productsChanged = [this] {
        m_couponEditor->productPicker()->reload();
        m_productEditor->bundlePicker()->reload();
    };
    connect(m_planEditor, &CatalogEditor::saved, this, plansChanged);
    connect(m_planEditor, &CatalogEditor::deleted, this, plansChanged);
    connect(m_productEditor, &CatalogEditor::saved, this, productsChanged);
    connect(m_productEditor, &CatalogEditor::deleted, this, productsChanged);

    retranslateUi();
    m_tabs->installEventFilter(this);
    connect(m_tabs.get(), &QTabWidget::currentChanged, this, &CatalogWorkspace::onTabShown);
    onTabShown(Plans);
}

CatalogWorkspace::~CatalogWorkspace() = default;

void CatalogWorkspace::retranslateUi()
{
    m_tabs->setTabText(Plans, tr("Paket Membership"));
    m_tabs->setTabText(Products, tr("Produk"));
    m_tabs->setTabText(Coupons, tr("Kupon"));
    m_newAction->setText(tr("Baru"));
    m_newAction->setToolTip(tr("Buat item baru di tab ini (Ctrl+N)"));
    m_saveAction->setText(tr("Simpan"));
    m_saveAction->setToolTip(tr("Simpan item yang sedang dibuka (Ctrl+S)"));
}

bool CatalogWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tabs.get() && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return Workspace::eventFilter(watched, event);
}

QString CatalogWorkspace::title() const
{
    return tr("Katalog");
}

QIcon CatalogWorkspace::icon() const
{
    return QIcon(QStringLiteral(":/icons/catalog.svg"));
}

QWidget* CatalogWorkspace::widget()
{
    return m_tabs.get();
}

QList<QAction*> CatalogWorkspace::toolbarActions()
{
    return {m_newAction, m_saveAction};
}

CatalogListPage* CatalogWorkspace::currentPage() const
{
    switch (m_tabs->currentIndex()) {
    case Products:
        return m_products;
    case Coupons:
        return m_coupons;
    default:
        return m_plans;
    }
}

void CatalogWorkspace::onTabShown(int index)
{
    // Each list is fetched when first looked at, not on every start.
    if (index < 0 || index >= m_loaded.size() || m_loaded.at(index))
        return;
    m_loaded[index] = true;
    currentPage()->reload();
}

QVariantMap CatalogWorkspace::saveState() const
{
    return {{QStringLiteral("tab"), m_tabs->currentIndex()},
            {QStringLiteral("planSplitter"), m_plans->splitter()->saveState()},
            {QStringLiteral("productSplitter"), m_products->splitter()->saveState()},
            {QStringLiteral("couponSplitter"), m_coupons->splitter()->saveState()}};
}

void CatalogWorkspace::restoreState(const QVariantMap& state)
{
    m_plans->splitter()->restoreState(state.value(QStringLiteral("planSplitter")).toByteArray());
    m_products->splitter()->restoreState(
        state.value(QStringLiteral("productSplitter")).toByteArray());
    m_coupons->splitter()->restoreState(
        state.value(QStringLiteral("couponSplitter")).toByteArray());
    const int tab = state.value(QStringLiteral("tab"), 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void CatalogWorkspace::refresh()
{
    m_loaded[m_tabs->currentIndex()] = true;
    currentPage()->reload();
}

void CatalogWorkspace::focusSearch()
{
    currentPage()->focusSearch();
}

void registerCatalogWorkspace(WorkspaceRegistry& registry)
{
    registry.add({QStringLiteral("catalog"), QStringLiteral("catalog.read"),
                  [](const WorkspaceContext& context) {
                      return std::make_unique<CatalogWorkspace>(context);
                  }});
}

} // namespace ey::desk::catalog
