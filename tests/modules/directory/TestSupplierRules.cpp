// The supplier status machine and per-status edit rules, without a database.
#include "SupplierRules.h"

#include <QTest>

#include <map>
#include <string>
#include <vector>

// Lets QCOMPARE print std::string values on failure.
template <> inline char* QTest::toString(const std::string& text)
{
    return qstrdup(text.c_str());
}

using namespace ey::directory;
namespace rules = ey::directory::supplier_rules;


class TestSupplierRules : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data()
    {
        QTest::addColumn<std::string>("action");
        QTest::addColumn<std::string>("from");
        QTest::addColumn<std::string>("to"); // empty: not allowed
        const std::map<std::string, std::map<std::string, std::string>> allowed = {
            {"recommend", {{"waiting_review", "recommended"}}},
            {"request_changes", {{"waiting_review", "onboarding"}}},
            {"verify", {{"recommended", "verified"}}},
            {"limit", {{"recommended", "limited"}}},
            {"suspend",
             {{"recommended", "suspended"}, {"verified", "suspended"}, {"limited", "suspended"}}},
            {"reinstate", {{"suspended", "limited"}}},
        };
        for (const auto& [action, targets] : allowed)
            for (const auto& from : rules::kStatuses) {
                const auto found = targets.find(from);
                QTest::newRow((action + " from " + from).c_str())
                    << action << from << (found == targets.end() ? std::string() : found->second);
            }
    }

    void transitions()
    {
        QFETCH(std::string, action);
        QFETCH(std::string, from);
        QFETCH(std::string, to);
        // Reinstating returns to the status before the suspension (here: limited).
        const auto next = rules::nextStatus(action, from, "limited");
        if (to.empty()) {
            QVERIFY(!next);
            const auto text = rules::wrongStatusText(action, from);
            QVERIFY(text.id.find(rules::statusLabel(from)) != std::string::npos);
        } else {
            QVERIFY(next);
            QVERIFY(*next == to);
        }
    }

    void allowedActionsFollowTheTable()
    {
        QCOMPARE(rules::allowedActions("waiting_review"),
                 (std::vector<std::string>{"recommend", "request_changes"}));
        QCOMPARE(rules::allowedActions("recommended"),
                 (std::vector<std::string>{"verify", "limit", "suspend"}));
        QCOMPARE(rules::allowedActions("suspended"), (std::vector<std::string>{"reinstate"}));
        QVERIFY(rules::allowedActions("draft").empty());
        QVERIFY(rules::allowedActions("onboarding").empty());
    }

    void editRules_data()
    {
        QTest::addColumn<std::string>("status");
        QTest::addColumn<int>("part");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("audited");
        using P = SupplierPart;
        const auto row = [](const std::string& status, P part, bool allowed, bool audited) {
            QTest::newRow((status + "/" + std::to_string(int(part))).c_str())
                << status << int(part) << allowed << audited;
        };
        row("draft", P::Type, true, false);
        row("draft", P::Identity, true, false);
        row("draft", P::Assessment, false, false);
        row("draft", P::Submit, false, false);
        row("onboarding", P::Type, false, false);
        row("onboarding", P::Bio, true, false);
        row("onboarding", P::Assessment, true, false);
        row("onboarding", P::Submit, true, false);
        row("waiting_review", P::Contact, true, false);
        row("waiting_review", P::Documents, true, false);
        row("waiting_review", P::Identity, false, false);
        row("waiting_review", P::Assessment, false, false);
        row("waiting_review", P::Submit, false, false);
        row("recommended", P::Contact, false, false);
        row("recommended", P::Documents, false, false);
        row("verified", P::Identity, true, true);
        row("verified", P::Documents, true, true);
        row("verified", P::Assessment, false, false);
        row("limited", P::Address, true, true);
        row("suspended", P::Contact, false, false);
        row("suspended", P::Documents, false, false);
    }

    void editRules()
    {
        QFETCH(std::string, status);
        QFETCH(int, part);
        QFETCH(bool, allowed);
        QFETCH(bool, audited);
        const auto rule = rules::editRule(status, static_cast<SupplierPart>(part));
        QCOMPARE(rule.allowed, allowed);
        QCOMPARE(rule.audited, audited);
        // A refusal always says why, in both languages.
        QCOMPARE(rule.reason.id.empty(), allowed);
        QCOMPARE(rule.reason.en.empty(), allowed);
    }

    void slugs()
    {
        QCOMPARE(rules::slugify("PT Sumber Makmur Jaya, Tbk."), std::string("pt-sumber-makmur-jaya-tbk"));
        QCOMPARE(rules::slugify("  CV. Kopi -- Gayo!! "), std::string("cv-kopi-gayo"));
        QCOMPARE(rules::slugify("☕☕"), std::string("supplier"));
        QVERIFY(rules::slugify(std::string(300, 'a')).size() <= 70);
        QVERIFY(rules::isReservedSlug("onboarding"));
        QVERIFY(!rules::isReservedSlug("pt-kopi-nusantara"));
    }

    void effectiveTier()
    {
        QCOMPARE(rules::effectiveTier("free", std::nullopt, 1000), std::string("free"));
        QCOMPARE(rules::effectiveTier("premium", std::nullopt, 1000), std::string("premium"));
        QCOMPARE(rules::effectiveTier("premium", 2000, 1000), std::string("premium"));
        QCOMPARE(rules::effectiveTier("premium", 1000, 1000), std::string("free"));
    }

    void requiredFieldsFollowTheSeed()
    {
        const auto& required = rules::requiredFields();
        QCOMPARE(required.at("identity"),
                 (std::vector<std::string>{"company_name", "legal_form", "business_field",
                                           "main_products"}));
        QCOMPARE(required.at("contact"),
                 (std::vector<std::string>{"pic_name", "whatsapp", "business_email"}));
        QVERIFY(required.at("legal").empty());
        QCOMPARE(rules::digitsOnly("01.234.567.8-901.000"), std::string("012345678901000"));
    }
};

QTEST_GUILESS_MAIN(TestSupplierRules)
#include "TestSupplierRules.moc"
