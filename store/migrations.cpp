#include "store/migrations.h"

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
            recordTable(
                QStringLiteral("units"), QStringLiteral("code TEXT NOT NULL UNIQUE, name TEXT NOT NULL")),
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
    list.push_back({ 3, "dispatch orders, ledgers, compact tracks and anomaly findings",
        {
            recordTable(QStringLiteral("tasks"),
                QStringLiteral("code TEXT NOT NULL UNIQUE, "
                               "vehicle_id TEXT NOT NULL REFERENCES vehicles(id), "
                               "driver_id TEXT NOT NULL REFERENCES drivers(id), "
                               "start_at TEXT NOT NULL, end_at TEXT NOT NULL, dest_name TEXT, "
                               "dest_lat REAL NOT NULL, dest_lon REAL NOT NULL, "
                               "nav_km REAL NOT NULL, unit_id TEXT REFERENCES units(id), "
                               "purpose TEXT, trip_type TEXT")),
            QStringLiteral("CREATE INDEX tasks_vehicle ON tasks(vehicle_id, start_at)"),
            QStringLiteral("CREATE INDEX tasks_driver ON tasks(driver_id, start_at)"),
            recordTable(QStringLiteral("refuels"),
                QStringLiteral("card_id TEXT NOT NULL REFERENCES cards(id), time TEXT NOT NULL, "
                               "station_id TEXT NOT NULL REFERENCES stations(id), "
                               "litres REAL NOT NULL, amount_yuan REAL, odometer_km REAL")),
            QStringLiteral("CREATE UNIQUE INDEX refuels_key ON refuels(card_id, time)"),
            recordTable(QStringLiteral("violations"),
                QStringLiteral("vehicle_id TEXT NOT NULL REFERENCES vehicles(id), "
                               "time TEXT NOT NULL, code TEXT, description TEXT, "
                               "driver_id TEXT REFERENCES drivers(id)")),
            QStringLiteral("CREATE UNIQUE INDEX violations_key ON violations(vehicle_id, time)"),
            recordTable(QStringLiteral("maintenance"),
                QStringLiteral("vehicle_id TEXT NOT NULL REFERENCES vehicles(id), "
                               "date TEXT NOT NULL, shop TEXT NOT NULL, items TEXT NOT NULL, "
                               "cost_yuan REAL NOT NULL, odometer_km REAL")),
            QStringLiteral("CREATE UNIQUE INDEX maintenance_key ON maintenance(vehicle_id, date, shop)"),
            // Positions are not records (DESIGN §4): one compressed block per vehicle and Beijing
            // day, millions of fixes in a few MB, read back by range.
            QStringLiteral("CREATE TABLE track_days (vehicle_id TEXT NOT NULL REFERENCES vehicles(id), "
                           "day TEXT NOT NULL, first_ms INTEGER NOT NULL, last_ms INTEGER NOT NULL, "
                           "fix_count INTEGER NOT NULL, data BLOB NOT NULL, "
                           "PRIMARY KEY (vehicle_id, day)) WITHOUT ROWID"),
            // A finding keeps its identity across runs (key), and what auditors did with it.
            QStringLiteral("CREATE TABLE anomalies (id TEXT PRIMARY KEY NOT NULL, key TEXT NOT NULL UNIQUE, "
                           "rule TEXT NOT NULL, plate TEXT NOT NULL, driver_code TEXT, task_code TEXT, "
                           "card_no TEXT, start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, "
                           "evidence TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'new', reason TEXT, "
                           "first_found_at TEXT NOT NULL, last_found_at TEXT NOT NULL, "
                           "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '', "
                           "version INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX anomalies_rule ON anomalies(rule, start_ms)"),
        } });
    list.push_back({ 4, "trip requests and departure/return of dispatch orders",
        {
            recordTable(QStringLiteral("requests"),
                QStringLiteral("code TEXT NOT NULL UNIQUE, unit_id TEXT NOT NULL REFERENCES units(id), "
                               "contact TEXT, phone TEXT, passengers INTEGER NOT NULL, "
                               "start_at TEXT NOT NULL, end_at TEXT NOT NULL, origin_name TEXT, "
                               "origin_lat REAL, origin_lon REAL, dest_name TEXT, "
                               "dest_lat REAL NOT NULL, dest_lon REAL NOT NULL, purpose TEXT, "
                               "trip_type TEXT, nav_km REAL, nav_source TEXT, status TEXT NOT NULL, "
                               "status_reason TEXT, task_id TEXT REFERENCES tasks(id)")),
            QStringLiteral("CREATE INDEX requests_status ON requests(status, start_at)"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN departed_at TEXT"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN odometer_out REAL"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN returned_at TEXT"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN odometer_in REAL"),
        } });
    // A request handed to a social platform (报备) keeps with whom, why, when and by whom, also once it is
    // settled or cancelled: the record the local rules ask for.
    list.push_back({ 5, "referral of trip requests to a social platform",
        {
            QStringLiteral("ALTER TABLE requests ADD COLUMN referral_provider TEXT"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN referral_reason TEXT"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN referred_at TEXT"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN referred_by TEXT"),
        } });
    // Derived data (docs/ARCHITECTURE.md "Derived data"): what the fuel rule takes from a finished task's
    // track, so that judging a month does not decode the three months before it again. Never a record, never
    // synced: a cache the check service fills and the triggers below empty. A row is dropped the moment its
    // task, or a track day of its vehicle inside the task's days, is written by anyone (PositionStore,
    // an import, the demo, sync, a hand-made UPDATE); track_changes counts those writes per vehicle so that a
    // check does not keep what it read while someone wrote.
    list.push_back({ 6, "derived km of finished tasks for the fuel rule",
        {
            QStringLiteral(
                "CREATE TABLE task_km (task_id TEXT PRIMARY KEY NOT NULL, vehicle_id TEXT NOT NULL, "
                "first_day TEXT NOT NULL, last_day TEXT NOT NULL, start_ms INTEGER NOT NULL, "
                "end_ms INTEGER NOT NULL, max_speed_kmh REAL NOT NULL, same_time_m REAL NOT NULL, "
                "km BLOB NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX task_km_days ON task_km(vehicle_id, last_day)"),
            QStringLiteral("CREATE TABLE track_changes (vehicle_id TEXT PRIMARY KEY NOT NULL, "
                           "seq INTEGER NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TRIGGER track_days_insert_derived AFTER INSERT ON track_days BEGIN "
                           "DELETE FROM task_km WHERE vehicle_id = NEW.vehicle_id AND last_day >= NEW.day "
                           "AND first_day <= NEW.day; "
                           "INSERT INTO track_changes (vehicle_id, seq) VALUES (NEW.vehicle_id, 1) "
                           "ON CONFLICT (vehicle_id) DO UPDATE SET seq = seq + 1; END"),
            QStringLiteral("CREATE TRIGGER track_days_update_derived AFTER UPDATE ON track_days BEGIN "
                           "DELETE FROM task_km WHERE vehicle_id = OLD.vehicle_id AND last_day >= OLD.day "
                           "AND first_day <= OLD.day; "
                           "DELETE FROM task_km WHERE vehicle_id = NEW.vehicle_id AND last_day >= NEW.day "
                           "AND first_day <= NEW.day; "
                           "INSERT INTO track_changes (vehicle_id, seq) VALUES (OLD.vehicle_id, 1) "
                           "ON CONFLICT (vehicle_id) DO UPDATE SET seq = seq + 1; "
                           "INSERT INTO track_changes (vehicle_id, seq) VALUES (NEW.vehicle_id, 1) "
                           "ON CONFLICT (vehicle_id) DO UPDATE SET seq = seq + 1; END"),
            QStringLiteral("CREATE TRIGGER track_days_delete_derived AFTER DELETE ON track_days BEGIN "
                           "DELETE FROM task_km WHERE vehicle_id = OLD.vehicle_id AND last_day >= OLD.day "
                           "AND first_day <= OLD.day; "
                           "INSERT INTO track_changes (vehicle_id, seq) VALUES (OLD.vehicle_id, 1) "
                           "ON CONFLICT (vehicle_id) DO UPDATE SET seq = seq + 1; END"),
            QStringLiteral("CREATE TRIGGER tasks_update_derived AFTER UPDATE ON tasks BEGIN "
                           "DELETE FROM task_km WHERE task_id = OLD.id OR task_id = NEW.id; END"),
            QStringLiteral("CREATE TRIGGER tasks_delete_derived AFTER DELETE ON tasks BEGIN "
                           "DELETE FROM task_km WHERE task_id = OLD.id; END"),
        } });
    // The books (issue 14): designated repair shops, the finance office's payments, maintenance plans, and
    // the money of a dispatch order (docs/SETTLEMENT.md).
    list.push_back({ 7, "repair shops, payments, maintenance plans and trip charges",
        {
            recordTable(QStringLiteral("shops"),
                QStringLiteral("code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, address TEXT, lat REAL, "
                               "lon REAL, contract_from TEXT, contract_to TEXT")),
            recordTable(QStringLiteral("payments"),
                QStringLiteral("unit_id TEXT NOT NULL REFERENCES units(id), paid_on TEXT NOT NULL, "
                               "amount_yuan REAL NOT NULL, reference TEXT, note TEXT")),
            QStringLiteral("CREATE UNIQUE INDEX payments_key ON payments(unit_id, paid_on, amount_yuan, "
                           "IFNULL(reference, ''))"),
            recordTable(QStringLiteral("plans"),
                QStringLiteral("vehicle_id TEXT NOT NULL REFERENCES vehicles(id), item TEXT NOT NULL, "
                               "every_km REAL, every_months INTEGER, last_date TEXT, last_km REAL")),
            QStringLiteral("CREATE UNIQUE INDEX plans_key ON plans(vehicle_id, item)"),
            QStringLiteral("ALTER TABLE maintenance ADD COLUMN shop_id TEXT REFERENCES shops(id)"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN charge_yuan REAL"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN adjusted_yuan REAL"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN adjust_reason TEXT"),
        } });
    // The desktop's side of sync (sync/, docs/SYNC.md). Every local edit waits in the outbox, written by the
    // record store in the same transaction as the edit, with a client-made change id and the version it was
    // based on; a row is "sent" once its payload is frozen for a push, so a retry sends exactly the same
    // change. Conflicts and refusals keep both versions until the user chooses. Records already in a file
    // (made before this step) are queued here, referenced kinds first, so a first sync pushes them all.
    {
        QStringList steps {
            QStringLiteral(
                "CREATE TABLE sync_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                "change_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, record_id TEXT NOT NULL, "
                "action TEXT NOT NULL, base_version INTEGER NOT NULL, queued_at TEXT NOT NULL, "
                "sent INTEGER NOT NULL DEFAULT 0, payload TEXT, attempts INTEGER NOT NULL DEFAULT 0, "
                "last_error TEXT)"),
            QStringLiteral("CREATE INDEX sync_outbox_record ON sync_outbox(kind, record_id)"),
            QStringLiteral("CREATE TABLE sync_conflicts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "kind TEXT NOT NULL, record_id TEXT NOT NULL, change_id TEXT NOT NULL, "
                           "status TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, "
                           "local_row TEXT NOT NULL, server_row TEXT, found_at TEXT NOT NULL, "
                           "resolved_at TEXT, resolution TEXT)"),
            QStringLiteral(
                "CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, kind, record_id)"),
            QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        };
        const char *kinds[] = { "units", "stations", "vehicles", "drivers", "cards", "fences", "tasks",
            "refuels", "violations", "maintenance", "requests" };
        for (const char *kind : kinds)
            steps << QStringLiteral(
                "INSERT INTO sync_outbox (change_id, kind, record_id, action, base_version, "
                "queued_at) SELECT lower(hex(randomblob(16))), '%1', id, 'upsert', 0, "
                "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM %1 "
                "WHERE version = 0 AND deleted = 0 ORDER BY rowid")
                         .arg(QLatin1String(kind));
        list.push_back(
            { 8, "the sync outbox, conflicts kept with both versions, and the pull position", steps });
    }
    // Supervision (督办, issue 13): public complaints are records like any other; an order keeps its
    // findings' figures as they were when it was drafted (a later check may refresh the findings), and its
    // steps are append-only like the change log, so who did what and when can never be rewritten. What the
    // feed sent upward is kept with its time, one row per record id, which is how each record is delivered
    // once.
    list.push_back({ 9, "public complaints, supervision orders and their steps, the feed's deliveries",
        {
            recordTable(QStringLiteral("complaints"),
                QStringLiteral("code TEXT NOT NULL UNIQUE, received_at TEXT NOT NULL, account TEXT NOT NULL, "
                               "plate TEXT, place TEXT, seen_at TEXT, lat REAL, lon REAL")),
            QStringLiteral("CREATE INDEX complaints_plate ON complaints(plate, seen_at)"),
            recordTable(QStringLiteral("supervision_orders"),
                QStringLiteral("number TEXT NOT NULL UNIQUE, year INTEGER NOT NULL, seq INTEGER NOT NULL, "
                               "unit_id TEXT NOT NULL REFERENCES units(id), "
                               "complaint_id TEXT REFERENCES complaints(id), subject TEXT NOT NULL, "
                               "state TEXT NOT NULL, conclusion TEXT, deadline TEXT, "
                               "created_at TEXT NOT NULL, created_by TEXT NOT NULL DEFAULT ''")),
            QStringLiteral("CREATE UNIQUE INDEX supervision_orders_seq ON supervision_orders(year, seq)"),
            QStringLiteral(
                "CREATE TABLE supervision_order_findings (order_id TEXT NOT NULL "
                "REFERENCES supervision_orders(id), anomaly_id TEXT NOT NULL REFERENCES anomalies(id), "
                "key TEXT NOT NULL, rule TEXT NOT NULL, plate TEXT NOT NULL, task_code TEXT, "
                "start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, evidence TEXT NOT NULL, "
                "PRIMARY KEY (order_id, anomaly_id))"),
            QStringLiteral("CREATE INDEX supervision_order_findings_anomaly ON "
                           "supervision_order_findings(anomaly_id)"),
            QStringLiteral("CREATE TABLE supervision_steps (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "order_id TEXT NOT NULL REFERENCES supervision_orders(id), at TEXT NOT NULL, "
                           "user TEXT NOT NULL, action TEXT NOT NULL, state TEXT NOT NULL, text TEXT, "
                           "reason TEXT, conclusion TEXT, deadline TEXT)"),
            QStringLiteral("CREATE INDEX supervision_steps_order ON supervision_steps(order_id, seq)"),
            QStringLiteral("CREATE TRIGGER supervision_steps_no_update BEFORE UPDATE ON supervision_steps "
                           "BEGIN SELECT RAISE(ABORT, 'supervision_steps is append-only'); END"),
            QStringLiteral("CREATE TRIGGER supervision_steps_no_delete BEFORE DELETE ON supervision_steps "
                           "BEGIN SELECT RAISE(ABORT, 'supervision_steps is append-only'); END"),
            QStringLiteral("CREATE TABLE supervision_attachments (step_seq INTEGER NOT NULL "
                           "REFERENCES supervision_steps(seq), name TEXT NOT NULL, data BLOB NOT NULL, "
                           "PRIMARY KEY (step_seq, name))"),
            QStringLiteral("CREATE TABLE feed_deliveries (record_id TEXT PRIMARY KEY NOT NULL, "
                           "endpoint TEXT NOT NULL, sent_at TEXT NOT NULL, attempts INTEGER NOT NULL, "
                           "payload TEXT NOT NULL)"),
        } });
    // A car booked into the shop (issue 14): the last day of its stay, from the repair's date. The board
    // shades the span and the booking rules refuse trips in it (docs/SETTLEMENT.md, "In the shop").
    list.push_back({ 10, "a repair's stay in the shop",
        { QStringLiteral("ALTER TABLE maintenance ADD COLUMN in_shop_until TEXT") } });
    // The kept task km are a cache of what the rules measure. A latitude's cosine is now taken around a
    // fixed grid rather than the first fix a filter saw (maps/geo/fastdistance.h), which moves the steps in
    // their last bits; km kept before would differ by rounding from a check that reads the tracks, so they
    // are worked out again by the next check.
    list.push_back({ 11, "derived task km measured again", { QStringLiteral("DELETE FROM task_km") } });
    // A task's kept km (task_km, step 6) depend on its vehicle, its start and end, and whether it is live;
    // the check matches those again on use. Step 6 dropped the row on any write of the task, so settling a
    // month (which writes each returned order's charge) threw away the km of every order it settled, and
    // the next check read their tracks again. Only a write that changes one of those columns drops it now.
    list.push_back({ 12, "kept task km survive writes that leave the task's vehicle and times alone",
        {
            QStringLiteral("DROP TRIGGER tasks_update_derived"),
            QStringLiteral("CREATE TRIGGER tasks_update_derived AFTER UPDATE ON tasks "
                           "WHEN OLD.id IS NOT NEW.id OR OLD.vehicle_id IS NOT NEW.vehicle_id "
                           "OR OLD.start_at IS NOT NEW.start_at OR OLD.end_at IS NOT NEW.end_at "
                           "OR OLD.deleted IS NOT NEW.deleted BEGIN "
                           "DELETE FROM task_km WHERE task_id = OLD.id OR task_id = NEW.id; END"),
        } });
    return list;
}

} // namespace

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> migrations = buildMigrations();
    return migrations;
}
