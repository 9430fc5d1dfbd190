#include "base/appsettings.h"

#include <QDir>
#include <QStandardPaths>
#include <algorithm>

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{ }

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

const QList<ThresholdSpec> &AppSettings::thresholds()
{
    // Defaults are DESIGN §5's; every threshold there is inclusive.
    static const QList<ThresholdSpec> specs = {
        { QStringLiteral("rules/destination_km"),
            QT_TRANSLATE_NOOP("Threshold", "Destination reached within"), 2.0, 0.1, 50, 1,
            QT_TRANSLATE_NOOP("Threshold", "km") },
        { QStringLiteral("rules/mileage_ratio"),
            QT_TRANSLATE_NOOP("Threshold", "Track mileage vs navigation, at least"), 1.5, 1.0, 10, 2,
            QT_TRANSLATE_NOOP("Threshold", "×") },
        { QStringLiteral("rules/fuel_ratio"),
            QT_TRANSLATE_NOOP("Threshold", "Fuel per 100 km vs prior three months, at least"), 1.15, 1.0, 5,
            2, QT_TRANSLATE_NOOP("Threshold", "×") },
        { QStringLiteral("rules/fuel_min_km"), QT_TRANSLATE_NOOP("Threshold", "Fuel rule needs at least"),
            100, 1, 10000, 0, QT_TRANSLATE_NOOP("Threshold", "km") },
        { QStringLiteral("rules/card_station_m"),
            QT_TRANSLATE_NOOP("Threshold", "Car within this distance of the station"), 500, 10, 10000, 0,
            QT_TRANSLATE_NOOP("Threshold", "m") },
        { QStringLiteral("rules/card_window_min"),
            QT_TRANSLATE_NOOP("Threshold", "Minutes before and after a refuel"), 10, 1, 240, 0,
            QT_TRANSLATE_NOOP("Threshold", "min") },
        { QStringLiteral("rules/refuel_count"),
            QT_TRANSLATE_NOOP("Threshold", "Refuels between two tasks, at least"), 2, 2, 20, 0, "" },
        { QStringLiteral("rules/violation_count"),
            QT_TRANSLATE_NOOP("Threshold", "Violations in a month, at least"), 2, 1, 50, 0, "" },
        { QStringLiteral("rules/jump_speed_kmh"),
            QT_TRANSLATE_NOOP("Threshold", "Drop fixes implying a speed above"), 200, 50, 1000, 0,
            QT_TRANSLATE_NOOP("Threshold", "km/h") },
        { QStringLiteral("rules/location_gap_min"),
            QT_TRANSLATE_NOOP("Threshold", "A gap this long starts a new location anomaly"), 30, 1, 1440, 0,
            QT_TRANSLATE_NOOP("Threshold", "min") },
    };
    return specs;
}

const QList<ThresholdSpec> &AppSettings::supervisionSettings()
{
    static const QList<ThresholdSpec> specs = {
        { QStringLiteral("supervision/deadline_days"),
            QT_TRANSLATE_NOOP("Threshold", "A supervision order gives the agency"), 5, 1, 60, 0,
            QT_TRANSLATE_NOOP("Threshold", "working days") },
        { QStringLiteral("supervision/remind_days"),
            QT_TRANSLATE_NOOP("Threshold", "Remind before an order's deadline"), 1, 0, 30, 0,
            QT_TRANSLATE_NOOP("Threshold", "working days") },
        { QStringLiteral("assessment/base"),
            QT_TRANSLATE_NOOP("Threshold", "Assessment: each agency starts at"), 100, 0, 1000, 1,
            QT_TRANSLATE_NOOP("Threshold", "points") },
        { QStringLiteral("assessment/rule_location"),
            QT_TRANSLATE_NOOP("Threshold", "Deducted per confirmed location anomaly"), 2, 0, 100, 1,
            QT_TRANSLATE_NOOP("Threshold", "points") },
        { QStringLiteral("assessment/rule_destination"),
            QT_TRANSLATE_NOOP("Threshold", "Deducted per confirmed destination anomaly"), 2, 0, 100, 1,
            QT_TRANSLATE_NOOP("Threshold", "points") },
        { QStringLiteral("assessment/rule_mileage"),
            QT_TRANSLATE_NOOP("Threshold", "Deducted per confirmed mileage anomaly"), 2, 0, 100, 1,
            QT_TRANSLATE_NOOP("Threshold", "points") },
        { QStringLiteral("assessment/rule_fuel_consumption"),
            QT_TRANSLATE_NOOP("Threshold", "Deducted per confirmed fuel consumption anomaly"), 2, 0, 100, 1,
            QT_TRANSLATE_NOOP("Threshold", "points") },
        { QStringLiteral("assessment/rule_card_binding"),
            QT_TRANSLATE_NOOP("Threshold", "Deducted per confirmed fuel card binding anomaly"), 3, 0, 100, 1,
            QT_TRANSLATE_NOOP("Threshold", "points") },
        { QStringLiteral("assessment/rule_card_usage"),
            QT_TRANSLATE_NOOP("Threshold", "Deducted per confirmed fuel card usage anomaly"), 3, 0, 100, 1,
            QT_TRANSLATE_NOOP("Threshold", "points") },
        { QStringLiteral("assessment/rule_refuel_frequency"),
            QT_TRANSLATE_NOOP("Threshold", "Deducted per confirmed refuel frequency anomaly"), 3, 0, 100, 1,
            QT_TRANSLATE_NOOP("Threshold", "points") },
        { QStringLiteral("assessment/rule_violations"),
            QT_TRANSLATE_NOOP("Threshold", "Deducted per confirmed traffic violations anomaly"), 1, 0, 100, 1,
            QT_TRANSLATE_NOOP("Threshold", "points") },
        { QStringLiteral("assessment/complaint"),
            QT_TRANSLATE_NOOP("Threshold", "Deducted per confirmed public complaint"), 2, 0, 100, 1,
            QT_TRANSLATE_NOOP("Threshold", "points") },
        { QStringLiteral("assessment/overdue_day"),
            QT_TRANSLATE_NOOP("Threshold", "Deducted per day an order is overdue"), 0.5, 0, 100, 1,
            QT_TRANSLATE_NOOP("Threshold", "points") },
        { QStringLiteral("assessment/unanswered"),
            QT_TRANSLATE_NOOP("Threshold", "Deducted per order unanswered past its deadline"), 3, 0, 100, 1,
            QT_TRANSLATE_NOOP("Threshold", "points") },
        { QStringLiteral("assessment/return_ratio"),
            QT_TRANSLATE_NOOP("Threshold", "Share of a confirmed deduction returned when rectified in time"),
            0.5, 0, 1, 2, QT_TRANSLATE_NOOP("Threshold", "×") },
    };
    return specs;
}

QString AppSettings::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("fleetdesk.sqlite"));
}

// QSettings' INI format reserves the section name [General] (any case) for keys outside a group, so a key
// "general/x" is written under [%General] and read back as "General/x": the language, database file and
// center name written under "general/" were never read again after a restart (issue 10). They now live
// under "app/"; a value an earlier version wrote is still found (read back as "General/…") and moved.
QVariant AppSettings::appValue(const QString &name, const QVariant &fallback) const
{
    const QString key = QStringLiteral("app/") + name;
    if (m_settings->contains(key))
        return m_settings->value(key);
    for (const QString &legacy : { QStringLiteral("General/"), QStringLiteral("general/") }) {
        if (m_settings->contains(legacy + name))
            return m_settings->value(legacy + name);
    }
    return fallback;
}

void AppSettings::setAppValue(const QString &name, const QVariant &value)
{
    m_settings->setValue(QStringLiteral("app/") + name, value);
    m_settings->remove(QStringLiteral("General/") + name);
    m_settings->remove(QStringLiteral("general/") + name);
}

QString AppSettings::language() const
{
    return appValue(QStringLiteral("language"), QStringLiteral("system")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    setAppValue(QStringLiteral("language"), language);
}

QString AppSettings::databasePath() const
{
    return appValue(QStringLiteral("database"), defaultDatabasePath()).toString();
}

void AppSettings::setDatabasePath(const QString &path)
{
    setAppValue(QStringLiteral("database"), path);
}

const QList<ThresholdSpec> &AppSettings::bookSettings()
{
    // The charging standard's defaults are an example tariff (yuan); every center sets its own.
    static const QList<ThresholdSpec> specs = {
        { QStringLiteral("charge/general_per_km"), QT_TRANSLATE_NOOP("Threshold", "General car, per km"), 2.5,
            0, 1000, 2, QT_TRANSLATE_NOOP("Threshold", "yuan") },
        { QStringLiteral("charge/general_per_hour"), QT_TRANSLATE_NOOP("Threshold", "General car, per hour"),
            30, 0, 10000, 2, QT_TRANSLATE_NOOP("Threshold", "yuan") },
        { QStringLiteral("charge/general_minimum"),
            QT_TRANSLATE_NOOP("Threshold", "General car, minimum per trip"), 50, 0, 100000, 2,
            QT_TRANSLATE_NOOP("Threshold", "yuan") },
        { QStringLiteral("charge/emergency_per_km"), QT_TRANSLATE_NOOP("Threshold", "Emergency car, per km"),
            3, 0, 1000, 2, QT_TRANSLATE_NOOP("Threshold", "yuan") },
        { QStringLiteral("charge/emergency_per_hour"),
            QT_TRANSLATE_NOOP("Threshold", "Emergency car, per hour"), 40, 0, 10000, 2,
            QT_TRANSLATE_NOOP("Threshold", "yuan") },
        { QStringLiteral("charge/emergency_minimum"),
            QT_TRANSLATE_NOOP("Threshold", "Emergency car, minimum per trip"), 60, 0, 100000, 2,
            QT_TRANSLATE_NOOP("Threshold", "yuan") },
        { QStringLiteral("charge/enforcement_per_km"),
            QT_TRANSLATE_NOOP("Threshold", "Law-enforcement car, per km"), 2.8, 0, 1000, 2,
            QT_TRANSLATE_NOOP("Threshold", "yuan") },
        { QStringLiteral("charge/enforcement_per_hour"),
            QT_TRANSLATE_NOOP("Threshold", "Law-enforcement car, per hour"), 35, 0, 10000, 2,
            QT_TRANSLATE_NOOP("Threshold", "yuan") },
        { QStringLiteral("charge/enforcement_minimum"),
            QT_TRANSLATE_NOOP("Threshold", "Law-enforcement car, minimum per trip"), 60, 0, 100000, 2,
            QT_TRANSLATE_NOOP("Threshold", "yuan") },
        { QStringLiteral("charge/free_wait_min"),
            QT_TRANSLATE_NOOP("Threshold", "Waiting past the booked end free for"), 30, 0, 1440, 0,
            QT_TRANSLATE_NOOP("Threshold", "min") },
        { QStringLiteral("charge/wait_per_hour"), QT_TRANSLATE_NOOP("Threshold", "Waiting, per hour"), 20, 0,
            10000, 2, QT_TRANSLATE_NOOP("Threshold", "yuan") },
        { QStringLiteral("charge/night_percent"), QT_TRANSLATE_NOOP("Threshold", "Night surcharge"), 20, 0,
            500, 0, QT_TRANSLATE_NOOP("Threshold", "%") },
        { QStringLiteral("charge/night_from_hour"), QT_TRANSLATE_NOOP("Threshold", "Night from (hour)"), 22,
            0, 23, 0, "" },
        { QStringLiteral("charge/night_to_hour"), QT_TRANSLATE_NOOP("Threshold", "Night until (hour)"), 6, 0,
            23, 0, "" },
        { QStringLiteral("charge/out_of_city_percent"),
            QT_TRANSLATE_NOOP("Threshold", "Out-of-city surcharge"), 30, 0, 500, 0,
            QT_TRANSLATE_NOOP("Threshold", "%") },
        { QStringLiteral("plans/lead_days"), QT_TRANSLATE_NOOP("Threshold", "Maintenance due this early"), 30,
            0, 365, 0, QT_TRANSLATE_NOOP("Threshold", "days") },
        { QStringLiteral("plans/lead_km"),
            QT_TRANSLATE_NOOP("Threshold", "Maintenance due this many km early"), 1000, 0, 100000, 0,
            QT_TRANSLATE_NOOP("Threshold", "km") },
    };
    return specs;
}

double AppSettings::threshold(const QString &key) const
{
    for (const QList<ThresholdSpec> *list : { &thresholds(), &bookSettings(), &supervisionSettings() }) {
        for (const ThresholdSpec &spec : *list) {
            if (spec.key == key)
                return m_settings->value(key, spec.defaultValue).toDouble();
        }
    }
    return 0;
}

void AppSettings::setThreshold(const QString &key, double value)
{
    m_settings->setValue(key, value);
}

QString AppSettings::tileUrl() const
{
    return m_settings->value(QStringLiteral("map/tile_url")).toString();
}

void AppSettings::setTileUrl(const QString &url)
{
    m_settings->setValue(QStringLiteral("map/tile_url"), url);
}

int AppSettings::tileCacheMegabytes() const
{
    const int megabytes
        = m_settings->value(QStringLiteral("map/tile_cache_mb"), kDefaultTileCacheMegabytes).toInt();
    return megabytes > 0 ? megabytes : kDefaultTileCacheMegabytes;
}

void AppSettings::setTileCacheMegabytes(int megabytes)
{
    m_settings->setValue(QStringLiteral("map/tile_cache_mb"), megabytes);
}

QString AppSettings::routingUrl() const
{
    return m_settings->value(QStringLiteral("map/routing_url")).toString();
}

void AppSettings::setRoutingUrl(const QString &url)
{
    m_settings->setValue(QStringLiteral("map/routing_url"), url);
}

QStringList AppSettings::defaultReferralProviders()
{
    return { QStringLiteral("市公务用车服务公司"), QStringLiteral("市国有汽车租赁公司") };
}

QStringList AppSettings::referralProviders() const
{
    QStringList providers;
    for (const QString &p :
        m_settings->value(QStringLiteral("dispatch/referral_providers"), defaultReferralProviders())
            .toStringList()) {
        if (!p.trimmed().isEmpty())
            providers << p.trimmed();
    }
    return providers.isEmpty() ? defaultReferralProviders() : providers;
}

void AppSettings::setReferralProviders(const QStringList &providers)
{
    m_settings->setValue(QStringLiteral("dispatch/referral_providers"), providers);
}

int AppSettings::referralPassengers() const
{
    bool ok = false;
    const int n
        = m_settings->value(QStringLiteral("dispatch/referral_passengers"), kDefaultReferralPassengers)
              .toInt(&ok);
    return ok && n > 0 ? n : kDefaultReferralPassengers;
}

void AppSettings::setReferralPassengers(int passengers)
{
    m_settings->setValue(QStringLiteral("dispatch/referral_passengers"), passengers);
}

QString AppSettings::defaultCenterName()
{
    return QStringLiteral("市公务用车服务中心");
}

QString AppSettings::centerName() const
{
    const QString name = appValue(QStringLiteral("center_name")).toString().trimmed();
    return name.isEmpty() ? defaultCenterName() : name;
}

void AppSettings::setCenterName(const QString &name)
{
    setAppValue(QStringLiteral("center_name"), name);
}

QString AppSettings::serverUrl() const
{
    return m_settings->value(QStringLiteral("server/url")).toString();
}

void AppSettings::setServerUrl(const QString &url)
{
    m_settings->setValue(QStringLiteral("server/url"), url);
}

QString AppSettings::caFile() const
{
    return m_settings->value(QStringLiteral("server/ca_file")).toString();
}

void AppSettings::setCaFile(const QString &path)
{
    m_settings->setValue(QStringLiteral("server/ca_file"), path);
}

QString AppSettings::serverUser() const
{
    return m_settings->value(QStringLiteral("server/user")).toString();
}

void AppSettings::setServerUser(const QString &user)
{
    m_settings->setValue(QStringLiteral("server/user"), user);
}

QString AppSettings::serverRole() const
{
    return m_settings->value(QStringLiteral("server/last_role")).toString();
}

void AppSettings::setServerRole(const QString &role)
{
    m_settings->setValue(QStringLiteral("server/last_role"), role);
}

QString AppSettings::lastUser() const
{
    return m_settings->value(QStringLiteral("session/user")).toString();
}

void AppSettings::setLastUser(const QString &user)
{
    m_settings->setValue(QStringLiteral("session/user"), user);
}

QString AppSettings::lastRole() const
{
    return m_settings->value(QStringLiteral("session/role")).toString();
}

void AppSettings::setLastRole(const QString &role)
{
    m_settings->setValue(QStringLiteral("session/role"), role);
}

namespace {

QStringList dayList(const QVariant &value)
{
    QStringList days;
    for (const QString &d : value.toStringList()) {
        if (!d.trimmed().isEmpty())
            days << d.trimmed();
    }
    return days;
}

} // namespace

QStringList AppSettings::holidays() const
{
    return dayList(m_settings->value(QStringLiteral("supervision/holidays")));
}

void AppSettings::setHolidays(const QStringList &days)
{
    m_settings->setValue(QStringLiteral("supervision/holidays"), days);
}

QStringList AppSettings::extraWorkdays() const
{
    return dayList(m_settings->value(QStringLiteral("supervision/extra_workdays")));
}

void AppSettings::setExtraWorkdays(const QStringList &days)
{
    m_settings->setValue(QStringLiteral("supervision/extra_workdays"), days);
}

WorkCalendar AppSettings::workCalendar() const
{
    return WorkCalendar(holidays(), extraWorkdays());
}

QString AppSettings::feedEndpoint() const
{
    return m_settings->value(QStringLiteral("feed/endpoint")).toString();
}

void AppSettings::setFeedEndpoint(const QString &url)
{
    m_settings->setValue(QStringLiteral("feed/endpoint"), url);
}

QString AppSettings::feedCaFile() const
{
    return m_settings->value(QStringLiteral("feed/ca_file")).toString();
}

void AppSettings::setFeedCaFile(const QString &path)
{
    m_settings->setValue(QStringLiteral("feed/ca_file"), path);
}

int AppSettings::feedRetries() const
{
    return std::clamp(m_settings->value(QStringLiteral("feed/retries"), 5).toInt(), 0, 20);
}

void AppSettings::setFeedRetries(int retries)
{
    m_settings->setValue(QStringLiteral("feed/retries"), retries);
}

int AppSettings::feedBackoffMs() const
{
    return std::clamp(m_settings->value(QStringLiteral("feed/backoff_ms"), 1000).toInt(), 0, 600000);
}

void AppSettings::setFeedBackoffMs(int ms)
{
    m_settings->setValue(QStringLiteral("feed/backoff_ms"), ms);
}
