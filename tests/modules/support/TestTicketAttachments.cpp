// Attachments: accepted by what the bytes are (never by the name), size-limited, and downloadable
// only by people who can see the ticket, byte for byte.
#include "TicketTestKit.h"

#include <QTest>

#include <memory>

using namespace ey::test;
using namespace ey::test::tickets;

namespace {

std::string pngBytes()
{
    std::string bytes("\x89PNG\r\n\x1a\n", 8);
    bytes += std::string("\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", 21);
    for (int i = 0; i < 64; ++i)
        bytes += static_cast<char>(i * 7);
    return bytes;
}

std::string pdfBytes()
{
    return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
}

std::string docxBytes()
{
    // The local file headers of a minimal OOXML word document.
    std::string bytes("PK\x03\x04\x14\0\0\0\x08\0", 10);
    bytes += std::string(16, '\0') + "[Content_Types].xml<Types/>";
    bytes += std::string("PK\x03\x04\x14\0\0\0\x08\0", 10) + std::string(16, '\0') +
             "word/document.xml<w:document/>";
    return bytes;
}

std::string exeBytes()
{
    std::string bytes("MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0", 16);
    bytes += "This program cannot be run in DOS mode.";
    return bytes;
}

} // namespace

class TestTicketAttachments : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_owner;
    std::unique_ptr<Person> m_stranger;
    std::unique_ptr<Person> m_support;
    std::unique_ptr<Person> m_otherSupport;
    std::unique_ptr<Person> m_admin;
    std::string m_ticket;

    HttpResult upload(Person& who, const std::string& ticketId, const std::string& filename,
                      const std::string& bytes)
    {
        return who.http.request("POST",
                                "/api/v1/tickets/" + ticketId + "/attachments?filename=" + filename,
                                bytes, {{"Content-Type", "application/octet-stream"}});
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_owner = std::make_unique<Person>(
            person(*m_server, "pemilik@example.com", {"supplier"}, "Pemilik"));
        m_stranger = std::make_unique<Person>(
            person(*m_server, "orang@example.com", {"member_free"}, "Orang Lain"));
        m_support =
            std::make_unique<Person>(person(*m_server, "cs@example.com", {"support"}, "CS"));
        m_otherSupport =
            std::make_unique<Person>(person(*m_server, "cs2@example.com", {"support"}, "CS Dua"));
        m_admin =
            std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}, "Admin"));
        m_ticket =
            field(openTicket(*m_owner, "Invoice tidak terbaca", "membership_pembayaran"), "id");
        QCOMPARE(patch(*m_admin, m_ticket, "assignee_id", m_support->id).status, 200);
    }

    void acceptedByContent_data()
    {
        QTest::addColumn<QString>("filename");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("storedName");
        QTest::newRow("pdf") << "bukti.pdf" << QByteArray::fromStdString(pdfBytes())
                             << "application/pdf"
                             << "bukti.pdf";
        QTest::newRow("png") << "layar.png" << QByteArray::fromStdString(pngBytes()) << "image/png"
                             << "layar.png";
        QTest::newRow("docx")
            << "surat.docx" << QByteArray::fromStdString(docxBytes())
            << "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            << "surat.docx";
        QTest::newRow("png named .txt")
            << "foto.txt" << QByteArray::fromStdString(pngBytes()) << "image/png"
            << "foto.png";
    }

    void acceptedByContent()
    {
        QFETCH(QString, filename);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        QFETCH(QString, storedName);
        const auto result = upload(*m_owner, m_ticket, filename.toStdString(), bytes.toStdString());
        QCOMPARE(result.status, 201);
        const auto info = result.json();
        QCOMPARE(field(info, "mime"), mime.toStdString());
        QCOMPARE(field(info, "filename"), storedName.toStdString());
        QCOMPARE(info->getValue<std::int64_t>("size"), static_cast<std::int64_t>(bytes.size()));
        const auto id = field(info, "id");

        // Until it is sent, only its uploader can fetch it back.
        QCOMPARE(m_owner->http.get("/api/v1/tickets/" + m_ticket + "/attachments/" + id).status,
                 200);
        QCOMPARE(m_admin->http.get("/api/v1/tickets/" + m_ticket + "/attachments/" + id).status,
                 404);

        const auto sent = reply(*m_owner, m_ticket, "Lampiran " + storedName.toStdString(), {id});
        QCOMPARE(sent.status, 201);
        QCOMPARE(sent.json()->getArray("attachments")->size(), std::size_t(1));

        for (auto* who : {m_owner.get(), m_support.get(), m_admin.get()}) {
            const auto download =
                who->http.get("/api/v1/tickets/" + m_ticket + "/attachments/" + id);
            QCOMPARE(download.status, 200);
            QCOMPARE(download.body, bytes.toStdString());
            QCOMPARE(download.header("content-type"), mime.toStdString());
            QVERIFY(download.header("content-disposition").starts_with("attachment;"));
            QVERIFY(download.header("content-disposition").find(storedName.toStdString()) !=
                    std::string::npos);
        }
        for (auto* who : {m_stranger.get(), m_otherSupport.get()})
            QCOMPARE(who->http.get("/api/v1/tickets/" + m_ticket + "/attachments/" + id).status,
                     404);
        // The thread lists it on the message.
        const auto items = messagesOf(*m_support, m_ticket);
        const auto last = items->getObject(static_cast<unsigned>(items->size() - 1));
        QCOMPARE(last->getArray("attachments")->getObject(0)->getValue<std::string>("id"), id);
    }

    void refusedByContent_data()
    {
        QTest::addColumn<QString>("filename");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("exe renamed .pdf") << "invoice.pdf" << QByteArray::fromStdString(exeBytes());
        QTest::newRow("plain text")
            << "catatan.pdf" << QByteArray("just some text that is no document at all");
        QTest::newRow("svg image")
            << "logo.png" << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>");
    }

    void refusedByContent()
    {
        QFETCH(QString, filename);
        QFETCH(QByteArray, bytes);
        const auto result = upload(*m_owner, m_ticket, filename.toStdString(), bytes.toStdString());
        QCOMPARE(result.status, 415);
        QVERIFY(result.json()->getValue<std::string>("detail").find("PDF") != std::string::npos);
    }

    void sizeLimits()
    {
        const auto tooBig = upload(*m_owner, m_ticket, "besar.pdf",
                                   pdfBytes() + std::string(10 * 1024 * 1024, 'x'));
        QCOMPARE(tooBig.status, 413);
        const auto justFits =
            upload(*m_owner, m_ticket, "pas.pdf",
                   pdfBytes() + std::string(10 * 1024 * 1024 - pdfBytes().size(), 'x'));
        QCOMPARE(justFits.status, 201);
        const auto empty = upload(*m_owner, m_ticket, "kosong.pdf", std::string());
        QCOMPARE(empty.status, 422);
    }

    void strangersCannotUploadOrAttachOthersFiles()
    {
        QCOMPARE(upload(*m_stranger, m_ticket, "x.pdf", pdfBytes()).status, 404);
        // An attachment id of someone else's upload cannot be sent in another person's reply.
        const auto mine = field(upload(*m_owner, m_ticket, "milik.pdf", pdfBytes()).json(), "id");
        const auto hijack = reply(*m_support, m_ticket, "Pakai lampiran orang lain", {mine});
        QCOMPARE(hijack.status, 422);
        QVERIFY(hijack.json()->getObject("errors")->has("attachment_ids"));
        // Nothing was written by the refused reply.
        const auto items = messagesOf(*m_support, m_ticket);
        for (unsigned i = 0; i < items->size(); ++i)
            QVERIFY(items->getObject(i)->getValue<std::string>("body") !=
                    "Pakai lampiran orang lain");
    }

    void storedOutsideAnyPublicPath()
    {
        const auto id = field(upload(*m_owner, m_ticket, "rahasia.pdf", pdfBytes()).json(), "id");
        const auto row = m_server->instance().db().exec(
            "SELECT storage_key, sha256, size FROM ticket_attachments WHERE id = $1::uuid", {id});
        QCOMPARE(row.front().str("storage_key").size(), std::size_t(32));
        QCOMPARE(row.front().str("sha256").size(), std::size_t(64));
        QVERIFY(row.front().str("storage_key").find("rahasia") == std::string::npos);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestTicketAttachments)
#include "TestTicketAttachments.moc"
