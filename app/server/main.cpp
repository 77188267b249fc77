// eksporyuk-server: serve (default), migrate, create-admin, demo-logins.
#include "ServerInstance.h"

#include "EmbeddedResources.h"
#include "IdentityService.h"
#include "Json.h"
#include "Log.h"

#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>
#include <Poco/Util/ServerApplication.h>

#include <functional>
#include <iostream>

namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;

class ServerApp : public Poco::Util::ServerApplication
{
protected:
    void defineOptions(OptionSet& options) override
    {
        ServerApplication::defineOptions(options);
        options.addOption(
            Option("help", "h", "show this help and exit")
                .callback(Poco::Util::OptionCallback<ServerApp>(this, &ServerApp::onHelp)));
        options.addOption(Option("config", "c", "read settings from an .ini or .properties file")
                              .argument("FILE")
                              .binding("ey.config"));
        options.addOption(
            Option("demo", "", "load demo accounts and records into an empty database")
                .binding("ey.demo"));
        options.addOption(
            Option("database-url", "",
                   "PostgreSQL URL; without it an embedded cluster runs in the data dir")
                .argument("URL")
                .binding("ey.database_url"));
        options.addOption(
            Option("data-dir", "", "where the embedded cluster, uploads and logs live")
                .argument("DIR")
                .binding("ey.data_dir"));
        options.addOption(Option("host", "", "address to listen on (default 127.0.0.1)")
                              .argument("HOST")
                              .binding("ey.host"));
        options.addOption(
            Option("port", "p", "port to listen on (default 8080; 0 picks a free one)")
                .argument("PORT")
                .binding("ey.port"));
        options.addOption(Option("pg-bindir", "", "directory holding initdb and pg_ctl")
                              .argument("DIR")
                              .binding("ey.pg_bindir"));
        options.addOption(Option("email", "", "create-admin: the admin's email")
                              .argument("EMAIL")
                              .binding("ey.email"));
        options.addOption(Option("name", "", "create-admin: the admin's full name")
                              .argument("NAME")
                              .binding("ey.name"));
    }

    void onHelp(const std::string&, const std::string&)
    {
        Poco::Util::HelpFormatter help(options());
        help.setCommand(commandName());
        help.setUsage("[serve|migrate|create-admin|demo-logins] [OPTIONS]");
        help.setHeader(
            "EksporYuk back office server. Settings come from defaults, then the config file, "
            "then EY_* environment variables (EY_DATABASE_URL, EY_DATA_DIR, EY_PORT, ...), then "
            "options.");
        help.format(std::cout);
        m_helpShown = true;
        stopOptionsProcessing();
    }

    ey::core::Config buildConfig()
    {
        ey::core::Config config;
        auto& settings = this->config();
        if (settings.has("ey.config"))
            loadConfiguration(settings.getString("ey.config"), PRIO_DEFAULT);
        // Keys in the file use the same names as the options, under [server].
        auto fromFile = [&](const char* key, auto apply) {
            const std::string name = std::string("server.") + key;
            if (settings.has(name))
                apply(settings.getString(name));
        };
        fromFile("database_url", [&](const std::string& v) { config.databaseUrl = v; });
        fromFile("data_dir", [&](const std::string& v) { config.dataDir = v; });
        fromFile("host", [&](const std::string& v) { config.host = v; });
        fromFile("port", [&](const std::string& v) { config.port = std::stoi(v); });
        fromFile("public_url", [&](const std::string& v) { config.publicUrl = v; });
        fromFile("log_level", [&](const std::string& v) { config.logLevel = v; });
        fromFile("access_log", [&](const std::string& v) { config.accessLog = v; });
        fromFile("pool_size", [&](const std::string& v) { config.dbPoolSize = std::stoi(v); });
        // [providers] holds dotted keys (mailketing.api_token = ...): collect every leaf under it.
        std::function<void(const std::string&)> collect = [&](const std::string& prefix) {
            Poco::Util::AbstractConfiguration::Keys children;
            settings.keys(prefix, children);
            if (children.empty() && settings.has(prefix))
                config.values[prefix.substr(std::string("providers.").size())] =
                    settings.getString(prefix);
            for (const auto& child : children)
                collect(prefix + "." + child);
        };
        collect("providers");
        if (settings.has("password.cost"))
            config.values["password.cost"] = settings.getString("password.cost");
        config.applyEnvironment();
        if (settings.has("ey.database_url"))
            config.databaseUrl = settings.getString("ey.database_url");
        if (settings.has("ey.data_dir"))
            config.dataDir = settings.getString("ey.data_dir");
        if (settings.has("ey.host"))
            config.host = settings.getString("ey.host");
        if (settings.has("ey.port"))
            config.port = std::stoi(settings.getString("ey.port"));
        if (settings.has("ey.pg_bindir"))
            config.pgBinDir = settings.getString("ey.pg_bindir");
        if (settings.has("ey.demo"))
            config.demo = true;
        return config;
    }

    int main(const ArgVec& args) override
    {
        if (m_helpShown)
            return EXIT_OK;
        const std::string command = args.empty() ? "serve" : args.front();
        try {
            auto config = buildConfig();
            ey::core::log::setup(config.logLevel,
                                 command == "serve" ? config.accessLog : std::string("/dev/null"));
            if (command == "demo-logins")
                return printDemoLogins();
            ey::app::ServerInstance server(config);
            if (command == "migrate") {
                server.openDatabase();
                std::cout << "database is up to date\n";
                return EXIT_OK;
            }
            if (command == "create-admin")
                return createAdmin(server);
            if (command != "serve") {
                std::cerr << "unknown command '" << command << "'; try --help\n";
                return EXIT_USAGE;
            }
            server.start();
            std::cout << "EksporYuk server ready at " << server.baseUrl() << std::endl;
            waitForTerminationRequest();
            ey::core::log::server()->info("shutting down");
            server.stop();
            return EXIT_OK;
        } catch (const std::exception& error) {
            ey::core::log::server()->critical("{}", error.what());
            std::cerr << "eksporyuk-server: " << error.what() << '\n';
            return EXIT_SOFTWARE;
        }
    }

    int createAdmin(ey::app::ServerInstance& server)
    {
        auto& settings = config();
        if (!settings.has("ey.email") || !settings.has("ey.name")) {
            std::cerr << "create-admin needs --email and --name; the password is read from "
                         "EY_ADMIN_PASSWORD "
                         "or the first line of standard input\n";
            return EXIT_USAGE;
        }
        std::string password;
        if (const char* fromEnv = std::getenv("EY_ADMIN_PASSWORD"))
            password = fromEnv;
        else
            std::getline(std::cin, password);
        server.openDatabase();
        ey::identity::NewUser user;
        user.email = settings.getString("ey.email");
        user.fullName = settings.getString("ey.name");
        user.password = password;
        user.roles = {"admin"};
        try {
            const auto created = server.identity().createUser(user, {"", "cli"});
            std::cout << "admin " << created.email << " created (" << created.id << ")\n";
            return EXIT_OK;
        } catch (const ey::core::Problem& problem) {
            std::cerr << problem.detail().en << '\n';
            for (const auto& [field, message] : problem.fieldErrors())
                std::cerr << "  " << field << ": " << message.en << '\n';
            return EXIT_DATAERR;
        }
    }

    static int printDemoLogins()
    {
        const auto document =
            ey::core::json::parse(std::string(*ey::resources::find("resources/demo/demo.json")))
                .extract<ey::core::json::ObjectPtr>();
        const auto users = document->getArray("users");
        std::cout << "Demo logins (password for all: "
                  << document->getValue<std::string>("password") << ")\n";
        for (std::size_t i = 0; i < users->size(); ++i) {
            const auto user = users->getObject(static_cast<unsigned>(i));
            const auto roles = user->getArray("roles");
            std::string roleList;
            for (std::size_t r = 0; r < roles->size(); ++r)
                roleList +=
                    (r ? "," : "") + roles->getElement<std::string>(static_cast<unsigned>(r));
            std::printf("  %-22s %s\n", roleList.c_str(),
                        user->getValue<std::string>("email").c_str());
        }
        // Suppliers sign themselves up on the web, so the demo script registers them; they sign
        // in at /supplier/masuk rather than in the desktop client.
        const auto script = document->getArray("script");
        for (std::size_t i = 0; i < script->size(); ++i) {
            const auto step = script->getObject(static_cast<unsigned>(i));
            if (step->getValue<std::string>("path") != "/api/v1/suppliers/register")
                continue;
            std::printf("  %-22s %s  (web: /supplier/masuk)\n", "supplier",
                        step->getObject("body")->getValue<std::string>("email").c_str());
        }
        return EXIT_OK;
    }

private:
    bool m_helpShown = false;
};

} // namespace

POCO_SERVER_MAIN(ServerApp)
