// Weekly new-buyer alerts: which interests apply, the preview, and the once-a-week pass.
#include "BuyerAlertService.h"

#include "BuyerAlertStore.h"
#include "Countries.h"

#include "Log.h"

#include <algorithm>
#include <cctype>
#include <chrono>

namespace ey::directory {

namespace json = core::json;

namespace {

json::ArrayPtr jsonList(const std::vector<std::string>& items)
{
    auto array = json::array();
    for (const auto& item : items)
        array->add(item);
    return array;
}

/// "16–22 November 2026" (or "28 Desember 2026 – 3 Januari 2027") for the week starting at
/// `weekStart` (YYYY-MM-DD), in Indonesian or English month names.
std::string weekText(const std::string& weekStart, bool english)
{
    static const char* const id[] = {"Januari",   "Februari", "Maret",    "April",
                                     "Mei",       "Juni",     "Juli",     "Agustus",
                                     "September", "Oktober",  "November", "Desember"};
    static const char* const en[] = {"January",   "February", "March",    "April",
                                     "May",       "June",     "July",     "August",
                                     "September", "October",  "November", "December"};
    using namespace std::chrono;
    const year_month_day first{year{std::stoi(weekStart.substr(0, 4))},
                               month{static_cast<unsigned>(std::stoi(weekStart.substr(5, 2)))},
                               day{static_cast<unsigned>(std::stoi(weekStart.substr(8, 2)))}};
    const year_month_day last{sys_days{first} + days{6}};
    const char* const* const months = english ? en : id;
    const auto name = [months](const year_month_day& date) {
        return std::string(months[static_cast<unsigned>(date.month()) - 1]);
    };
    const auto dayOf = [](const year_month_day& date) {
        return std::to_string(static_cast<unsigned>(date.day()));
    };
    const auto yearOf = [](const year_month_day& date) {
        return std::to_string(static_cast<int>(date.year()));
    };
    if (first.month() == last.month())
        return dayOf(first) + "–" + dayOf(last) + " " + name(last) + " " + yearOf(last);
    if (first.year() == last.year())
        return dayOf(first) + " " + name(first) + " – " + dayOf(last) + " " + name(last) + " " +
               yearOf(last);
    return dayOf(first) + " " + name(first) + " " + yearOf(first) + " – " + dayOf(last) + " " +
           name(last) + " " + yearOf(last);
}

/// "kopi, kelapa, HS 0901" — at most four interests named, then how many more.
std::string interestText(const BuyerInterests& interests, bool english)
{
    std::vector<std::string> names = interests.products;
    for (const auto& code : interests.hsCodes)
        names.push_back("HS " + code);
    std::string text;
    const std::size_t shown = std::min<std::size_t>(names.size(), 4);
    for (std::size_t i = 0; i < shown; ++i)
        text += (i ? ", " : "") + names[i];
    if (names.size() > shown)
        text += (english ? " and " : " dan ") + std::to_string(names.size() - shown) +
                (english ? " more" : " lainnya");
    return text;
}

/// A link the apps open: the member search (GET /api/v1/buyers) filtered by the first interest;
/// it lists newest first, so the week's buyers are on top. HS codes are part of the buyers'
/// product text, so a prefix works as a product filter too.
std::string searchLink(const BuyerInterests& interests)
{
    const auto& first =
        interests.products.empty() ? interests.hsCodes.front() : interests.products.front();
    std::string encoded;
    static const char* const hex = "0123456789ABCDEF";
    for (const unsigned char c : first) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            encoded += static_cast<char>(c);
        } else {
            encoded += '%';
            encoded += hex[c >> 4];
            encoded += hex[c & 0x0F];
        }
    }
    return "buyer-search:product=" + encoded;
}

} // namespace

BuyerAlertService::BuyerAlertService(core::Db& db, const core::Clock& clock,
                                     notify::NotifyService& notify)
    : m_db(db), m_clock(clock), m_notify(notify)
{
}

BuyerAlertService::~BuyerAlertService()
{
    m_worker.reset();
}

void BuyerAlertService::startWorker(std::chrono::milliseconds interval)
{
    m_worker = std::make_unique<core::PeriodicWorker>(
        "buyer-alerts", [this](const std::function<bool()>& stopping) { return sendDue(stopping); },
        interval);
}

BuyerInterests
BuyerAlertService::interestsOf(core::Sql& sql, const std::string& userId,
                               const std::optional<BuyerAlertSubscription>& subscription)
{
    BuyerInterests interests;
    if (subscription && !(subscription->products.empty() && subscription->hsCodes.empty())) {
        interests.source = "saved";
        interests.products = subscription->products;
        interests.hsCodes = subscription->hsCodes;
    } else {
        interests = BuyerAlertStore::favouriteInterests(sql, userId, kMaxItems);
    }
    if (subscription)
        interests.countries = subscription->countries;
    return interests;
}

json::ObjectPtr BuyerAlertService::settings(const std::string& userId)
{
    const auto subscription = BuyerAlertStore::find(m_db, userId);
    const auto interests = interestsOf(m_db, userId, subscription);
    const auto now = m_clock.nowMs();
    // The preview window includes this very moment: a buyer added now is in it.
    const auto from = now - kPreviewDays * 24 * 3600 * 1000;
    const auto to = now + 1;

    auto body = json::object();
    body->set("enabled", subscription ? subscription->enabled : true);
    body->set("email", subscription ? subscription->email : false);
    body->set("products",
              jsonList(subscription ? subscription->products : std::vector<std::string>{}));
    body->set("hs_codes",
              jsonList(subscription ? subscription->hsCodes : std::vector<std::string>{}));
    body->set("countries",
              jsonList(subscription ? subscription->countries : std::vector<std::string>{}));
    body->set("updated_at",
              subscription ? Poco::Dynamic::Var(subscription->updatedAt) : Poco::Dynamic::Var());
    body->set("source", interests.source);
    auto used = json::object();
    used->set("products", jsonList(interests.products));
    used->set("hs_codes", jsonList(interests.hsCodes));
    used->set("countries", jsonList(interests.countries));
    body->set("interests", used);

    if (const auto digest = BuyerAlertStore::lastDigest(m_db, userId)) {
        auto last = json::object();
        last->set("week_start", digest->weekStart);
        last->set("buyer_count", digest->buyerCount);
        last->set("source", digest->source);
        last->set("sent_at", json::orNull(digest->sentAt));
        body->set("last_digest", last);
    } else {
        body->set("last_digest", Poco::Dynamic::Var());
    }

    auto preview = json::object();
    preview->set("from", core::isoTime(from));
    preview->set("to", core::isoTime(now));
    preview->set("buyer_count", BuyerAlertStore::countAdded(m_db, interests, from, to));
    // The fields a member's search result shows; contact fields never appear here.
    auto buyers = json::array();
    for (const auto& buyer :
         BuyerAlertStore::newestAdded(m_db, interests, from, to, kPreviewBuyers)) {
        auto item = json::object();
        item->set("id", buyer.id);
        item->set("company", buyer.company);
        item->set("country", buyer.country);
        item->set("flag", Countries::flag(buyer.country));
        item->set("products", jsonList(buyer.products));
        item->set("hs_codes", jsonList(buyer.hsCodes));
        item->set("verified", buyer.verified);
        item->set("date_added", buyer.dateAdded);
        buyers->add(item);
    }
    preview->set("buyers", buyers);
    body->set("preview", preview);
    return body;
}

json::ObjectPtr BuyerAlertService::save(const std::string& userId, const BuyerAlertInput& input)
{
    BuyerAlertStore::save(m_db, userId, input, m_clock.nowMs());
    return settings(userId);
}

int BuyerAlertService::sendDue(const std::function<bool()>& stopping)
{
    const auto week = BuyerAlertStore::weekAt(m_db, m_clock.nowMs());
    if (!week.due)
        return 0;
    int notified = 0;
    std::optional<std::string> after;
    while (!stopping()) {
        const auto batch =
            BuyerAlertStore::candidates(m_db, kBrowse, week.weekStart, after, kBatchSize);
        for (const auto& candidate : batch) {
            if (stopping())
                return notified;
            after = candidate.userId;
            try {
                if (tell(candidate, week))
                    ++notified;
            } catch (const std::exception& e) {
                // One member's failure must not hold up everyone after them; their week stays
                // untold, so the next pass tries again.
                core::log::server()->warn("buyer-alerts: member {} not told for week {}: {}",
                                          candidate.userId, week.weekStart, e.what());
            }
        }
        if (static_cast<int>(batch.size()) < kBatchSize)
            break;
    }
    return notified;
}

bool BuyerAlertService::tell(const AlertCandidate& candidate, const AlertWeek& week)
{
    bool notified = false;
    m_db.transaction([&](core::Tx& tx) {
        notified = false; // the transaction may be retried
        const auto interests = interestsOf(tx, candidate.userId, candidate.subscription);
        const auto count = BuyerAlertStore::countAdded(tx, interests, week.fromMs, week.toMs);
        // The digest row decides who tells: a second pass or server inserts nothing and stays
        // silent. A week without matches is recorded too, so it is not counted again.
        if (!BuyerAlertStore::recordDigest(tx, candidate.userId, week.weekStart, count,
                                           interests.source, m_clock.nowMs()) ||
            count == 0)
            return;
        const auto n = std::to_string(count);
        notify::NewNotification note;
        note.userId = candidate.userId;
        note.type = "SYSTEM";
        note.title = "Ada " + n + " buyer baru di kategori produk kamu minggu ini";
        const std::string basis = interests.source == "saved" ? "" : " dari buyer favorit kamu";
        const std::string basisEn =
            interests.source == "saved" ? "" : " taken from your favourite buyers";
        note.message = n + " buyer baru yang cocok dengan minat kamu" + basis + " (" +
                       interestText(interests, false) + ") masuk ke Direktori Buyer pada " +
                       weekText(week.weekStart, false) +
                       ". Buka Direktori Buyer untuk melihat dan menghubungi mereka; minat produk "
                       "dan pemberitahuan ini bisa diubah di pengaturan notifikasi buyer.\n\n" +
                       n + (count == 1 ? " new buyer matching" : " new buyers matching") +
                       " your interests" + basisEn + " (" + interestText(interests, true) +
                       ") joined the Buyer Directory in the week of " +
                       weekText(week.weekStart, true) + ".";
        note.redirect = searchLink(interests);
        note.sourceId = "buyer-alert:" + week.weekStart;
        note.email = candidate.subscription && candidate.subscription->email;
        m_notify.notify(tx, note);
        notified = true;
    });
    return notified;
}

} // namespace ey::directory
