// Shared steps of the storefront suites: signed-in people, plans and products made through the
// admin API, and generated PNG images for logos, banners and covers.
#pragma once

#include "TestSupport.h"

#include "Json.h"
#include "ServerInstance.h"

#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace ey::test::storefront {

struct Person
{
    std::string id;
    std::string email;
    HttpClient http;
};

inline Person person(TestServer& server, const std::string& email,
                     const std::vector<std::string>& roles,
                     const std::string& name = "Pengguna Uji")
{
    Person p{createUser(server.instance(), email, roles, name), email,
             HttpClient(server.baseUrl())};
    p.http.login(email, kTestPassword);
    return p;
}

/// Creates a plan through the admin API; returns the created document.
inline core::json::ObjectPtr
createPlan(const Person& admin, const std::string& title,
           const std::map<std::string, std::int64_t>& priceList, const std::string& badge = "none",
           const std::string& status = "active", const std::string& descriptionHtml = {},
           const std::vector<std::string>& features = {}, const std::string& salespageUrl = {})
{
    auto body = core::json::object();
    body->set("title", title);
    body->set("status", status);
    body->set("badge", badge);
    body->set("description_html", descriptionHtml);
    if (!salespageUrl.empty())
        body->set("salespage_url", salespageUrl);
    auto prices = core::json::array();
    for (const auto& [duration, price] : priceList) {
        auto item = core::json::object();
        item->set("duration", duration);
        item->set("price", price);
        prices->add(item);
    }
    body->set("prices", prices);
    auto grants = core::json::array();
    for (const auto& feature : features) {
        auto item = core::json::object();
        item->set("kind", "feature");
        item->set("ref", feature);
        grants->add(item);
    }
    body->set("grants", grants);
    const auto result = admin.http.post("/api/v1/admin/catalog/plans", core::json::stringify(body));
    if (result.status != 201)
        throw std::runtime_error("plan create failed: " + result.body);
    return result.json();
}

inline core::json::ObjectPtr createProduct(const Person& admin, const std::string& title,
                                           std::int64_t price,
                                           const std::string& status = "publish")
{
    auto body = core::json::object();
    body->set("title", title);
    body->set("category", "ebook");
    body->set("status", status);
    body->set("base_price", price);
    body->set("short_description", "Panduan praktis untuk eksportir pemula.");
    const auto result =
        admin.http.post("/api/v1/admin/catalog/products", core::json::stringify(body));
    if (result.status != 201)
        throw std::runtime_error("product create failed: " + result.body);
    return result.json();
}

/// A real PNG of the given size: a diagonal gradient between two colours.
inline std::string pngImage(int width, int height, QColor from, QColor to)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, from);
    gradient.setColorAt(1, to);
    painter.fillRect(image.rect(), gradient);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes.toStdString();
}

inline bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace ey::test::storefront
