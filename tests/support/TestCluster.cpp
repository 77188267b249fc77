// ey_test_cluster: the CTest fixture that starts one PostgreSQL cluster per test run and builds
// the migrated template database every test clones ("start DIR" / "stop DIR").
#include "Db.h"
#include "EmbeddedPostgres.h"
#include "Log.h"
#include "Migrator.h"
#include "RegionsImport.h"

#include <filesystem>
#include <iostream>

namespace {

ey::core::EmbeddedPostgres cluster(const std::string& dir)
{
    return ey::core::EmbeddedPostgres({dir, {}, "eksporyuk", "postgres"});
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: ey_test_cluster start|stop DIR\n";
        return 2;
    }
    const std::string command = argv[1];
    const std::string dir = argv[2];
    try {
        auto postgres = cluster(dir);
        if (command == "stop") {
            if (postgres.isRunning()) {
                postgres.start(); // adopt, so stop() below shuts it down
                postgres.stop();
            }
            return 0;
        }
        if (command != "start")
            return 2;
        if (postgres.isRunning()) {
            postgres.start();
            postgres.stop(); // a leftover from an interrupted run: begin clean
        }
        std::filesystem::remove_all(dir);
        postgres.start();
        {
            ey::core::Connection admin(postgres.connectionString("postgres"));
            admin.exec("CREATE DATABASE ey_template", {});
        }
        ey::core::Db db(postgres.connectionString("ey_template"), 1);
        ey::core::Migrator(db).migrate(ey::core::Migrator::embedded());
        ey::regions::ensureAreasImported(db);
        std::cout << "test cluster ready in " << dir << '\n';
        // Leave it running for the tests; the cleanup fixture stops it.
        std::exit(0);
    } catch (const std::exception& error) {
        std::cerr << "ey_test_cluster: " << error.what() << '\n';
        return 1;
    }
}
