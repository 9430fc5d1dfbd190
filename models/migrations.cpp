#include "migrations.h"

namespace {

// Every record carries the sync metadata of DESIGN §4. Natural keys are unique over all rows, tombstones
// included, so re-importing or re-adding a removed record revives it instead of creating a twin.
QString recordTable(const QString &name, const QString &columns)
{
    return QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY NOT NULL, %2, "
                          "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '', "
                          "version INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0)")
        .arg(name, columns);
}

std::vector<Migration> buildMigrations()
{
    std::vector<Migration> list;
    list.push_back({ 1, "records the administrator keeps",
                     {
                         recordTable(QStringLiteral("units"),
                                     QStringLiteral("code TEXT NOT NULL UNIQUE, name TEXT NOT NULL")),
                         recordTable(QStringLiteral("vehicles"),
                                     QStringLiteral("plate TEXT NOT NULL UNIQUE, category TEXT NOT NULL, "
                                                    "unit_id TEXT NOT NULL REFERENCES units(id), model TEXT, "
                                                    "seats INTEGER, fuel_type TEXT, terminal_id TEXT, "
                                                    "status TEXT NOT NULL")),
                         recordTable(QStringLiteral("drivers"),
                                     QStringLiteral("code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                                                    "license_class TEXT, phone TEXT, "
                                                    "unit_id TEXT REFERENCES units(id), status TEXT NOT NULL")),
                         // A card names a plate, not a vehicle id: a card bound to a car outside the
                         // registry is exactly what the card_binding rule must be able to see.
                         recordTable(QStringLiteral("cards"),
                                     QStringLiteral("card_no TEXT NOT NULL UNIQUE, plate TEXT NOT NULL, "
                                                    "unit_id TEXT REFERENCES units(id)")),
                         recordTable(QStringLiteral("stations"),
                                     QStringLiteral("code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                                                    "lat REAL NOT NULL, lon REAL NOT NULL")),
                         recordTable(QStringLiteral("fences"),
                                     QStringLiteral("name TEXT NOT NULL UNIQUE, geometry TEXT NOT NULL, "
                                                    "plates TEXT")),
                         QStringLiteral("CREATE INDEX vehicles_unit ON vehicles(unit_id)"),
                         QStringLiteral("CREATE INDEX drivers_unit ON drivers(unit_id)"),
                         QStringLiteral("CREATE INDEX cards_plate ON cards(plate)"),
                     } });
    list.push_back({ 2, "append-only change log behind the audit trail",
                     {
                         QStringLiteral("CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                                        "at TEXT NOT NULL, user TEXT NOT NULL, kind TEXT NOT NULL, "
                                        "record_id TEXT NOT NULL, action TEXT NOT NULL, changes TEXT NOT NULL)"),
                         QStringLiteral("CREATE INDEX change_log_record ON change_log(kind, record_id)"),
                         // Append-only is enforced by the file itself, not by good manners of the code.
                         QStringLiteral("CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log "
                                        "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END"),
                         QStringLiteral("CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log "
                                        "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END"),
                     } });
    return list;
}

} // namespace

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> migrations = buildMigrations();
    return migrations;
}
