// The sales export's columns.
#include "SalesCsv.h"

namespace ey::sales {

namespace {

std::string productDetail(const SaleRow& row)
{
    if (row.productKind == "plan")
        return row.productDuration.value_or(std::string());
    return row.productCategory.value_or(std::string());
}

std::string kindLabel(const std::string& kind)
{
    if (kind == "plan")
        return "Paket";
    if (kind == "product")
        return "Produk";
    return kind;
}

} // namespace

SalesCsv::SalesCsv(std::ostream& out)
    : m_csv(out, {"Invoice", "Tanggal (WIB)", "Nama", "Email", "Produk", "Jenis", "Kategori/Durasi",
                  "Total (Rp)", "Status", "Gateway", "Affiliate", "Komisi (Rp)",
                  "Follow-up terkirim", "Follow-up total", "Ditandai"})
{
}

void SalesCsv::writeRow(const SaleRow& row)
{
    m_csv.field(row.invoiceNumber).field(row.createdLocal).field(row.buyerName);
    m_csv.field(row.buyerEmail).field(row.productTitle).field(kindLabel(row.productKind));
    m_csv.field(productDetail(row)).field(row.amount).field(row.status).field(row.gateway);
    m_csv.field(row.affiliateName.value_or(std::string()));
    if (row.commission)
        m_csv.field(*row.commission);
    else
        m_csv.field(std::string());
    m_csv.field(row.followupsSent).field(row.followupsTotal);
    m_csv.field(std::string(row.flagged ? "ya" : "tidak"));
    m_csv.endRow();
}

} // namespace ey::sales
