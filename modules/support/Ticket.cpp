// Labels of the support domain's value sets.
#include "Ticket.h"

namespace ey::support {

std::string categoryLabel(const std::string& category)
{
    static const std::map<std::string, std::string> labels = {
        {"akun_login", "Akun & Login"},
        {"membership_pembayaran", "Membership & Pembayaran"},
        {"kelas", "Kelas"},
        {"affiliate", "Affiliate"},
        {"iklan_tracking", "Iklan & Tracking"},
        {"bug_sistem", "Bug Sistem"},
        {"lainnya", "Lainnya"}};
    const auto it = labels.find(category);
    return it == labels.end() ? category : it->second;
}

core::Text statusLabel(const std::string& status)
{
    static const std::map<std::string, core::Text> labels = {
        {"open", {"Terbuka", "Open"}},
        {"in_progress", {"Sedang Ditangani", "In progress"}},
        {"waiting_user", {"Menunggu Balasan Pengguna", "Waiting for user"}},
        {"resolved", {"Selesai", "Resolved"}},
        {"closed", {"Ditutup", "Closed"}}};
    const auto it = labels.find(status);
    return it == labels.end() ? core::Text{status, status} : it->second;
}

core::Text priorityLabel(const std::string& priority)
{
    static const std::map<std::string, core::Text> labels = {{"low", {"Rendah", "Low"}},
                                                             {"medium", {"Sedang", "Medium"}},
                                                             {"high", {"Tinggi", "High"}},
                                                             {"urgent", {"Mendesak", "Urgent"}}};
    const auto it = labels.find(priority);
    return it == labels.end() ? core::Text{priority, priority} : it->second;
}

} // namespace ey::support
