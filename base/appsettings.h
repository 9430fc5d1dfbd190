#pragma once
// The user's settings, with their defaults in one place: language, database file, the anomaly rules'
// thresholds (DESIGN §5 defaults), and the map and server sections. Backed by QSettings; tests hand in
// their own file so they never touch the user's.
#include "base/workcalendar.h"

#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <memory>

struct ThresholdSpec
{
    QString key; // "rules/mileage_ratio"
    const char *label; // QT_TRANSLATE_NOOP("Threshold", …)
    double defaultValue;
    double minimum;
    double maximum;
    int decimals;
    const char *unit; // QT_TRANSLATE_NOOP("Threshold", …), may be empty
};

class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    AppSettings(); // the user's settings (QSettings with the application's name)
    explicit AppSettings(const QString &iniFile); // a given file, for tests and --settings

    static const QList<ThresholdSpec> &thresholds();
    // The books' figures (issue 14, docs/SETTLEMENT.md): the charging standard that prices returned trips
    // ("charge/…") and how early a maintenance plan counts as due ("plans/…"). Same shape as the thresholds,
    // so one settings form and one reader serve both.
    static const QList<ThresholdSpec> &bookSettings();
    // Supervision (督办) and the agencies' assessment (考核): the working days an order gives, the reminder
    // before its deadline, and the points of the assessment. Read with threshold() like the rules' figures.
    static const QList<ThresholdSpec> &supervisionSettings();
    static QString defaultDatabasePath();

    QString language() const; // "system", "zh_CN" or "en"
    void setLanguage(const QString &language);
    QString databasePath() const;
    void setDatabasePath(const QString &path);
    double threshold(const QString &key) const; // a threshold's or a book setting's value, or its default
    void setThreshold(const QString &key, double value);
    QString tileUrl() const;
    void setTileUrl(const QString &url);
    // The disk cache of map tiles is trimmed to this size, least recently used first (map/tile_cache_mb).
    static constexpr int kDefaultTileCacheMegabytes = 512;
    int tileCacheMegabytes() const;
    void setTileCacheMegabytes(int megabytes);
    qint64 tileCacheBytes() const { return qint64(tileCacheMegabytes()) * 1024 * 1024; }
    QString routingUrl() const; // an OSRM-API routing service for navigation mileage
    void setRoutingUrl(const QString &url);
    // Referral (报备) of long-distance and group trips to a social platform. The two providers are the city's
    // state-owned rental services; their real names are local, so they are settings with generic defaults.
    static QStringList defaultReferralProviders();
    QStringList referralProviders() const;
    void setReferralProviders(const QStringList &providers);
    static constexpr int kDefaultReferralPassengers = 7;
    int referralPassengers() const; // a group of more than this many passengers is a referral candidate
    void setReferralPassengers(int passengers);
    // The fleet center's name, printed at the head of the dispatch order (派车单).
    static QString defaultCenterName();
    QString centerName() const;
    void setCenterName(const QString &name);
    // Public holidays (YYYY-MM-DD) that are not working days, and weekend days that are (调休): a working-day
    // deadline skips the first and counts the second. Empty by default: the State Council publishes each
    // year's table in December, and the office enters it.
    QStringList holidays() const;
    void setHolidays(const QStringList &days);
    QStringList extraWorkdays() const;
    void setExtraWorkdays(const QStringList &days);
    // The one working-day calendar of both tables: supervision's deadlines and the reports' utilisation
    // count the same days.
    WorkCalendar workCalendar() const;
    // The discipline-inspection platform's HTTPS endpoint for the feed (推送纪委监督平台), the CA it is
    // checked against (empty: the system's), how often a record is retried and the first pause between tries.
    QString feedEndpoint() const;
    void setFeedEndpoint(const QString &url);
    QString feedCaFile() const;
    void setFeedCaFile(const QString &path);
    int feedRetries() const; // tries after the first
    void setFeedRetries(int retries);
    int feedBackoffMs() const; // doubles after each failed try
    void setFeedBackoffMs(int ms);
    QString serverUrl() const;
    void setServerUrl(const QString &url);
    QString caFile() const;
    void setCaFile(const QString &path);
    // The user name on the server, and the role the server last gave it (used while offline).
    QString serverUser() const;
    void setServerUser(const QString &user);
    QString serverRole() const;
    void setServerRole(const QString &role);
    QString lastUser() const;
    void setLastUser(const QString &user);
    QString lastRole() const;
    void setLastRole(const QString &role);

    QSettings &raw() { return *m_settings; } // window geometry and other per-widget state
    void sync() { m_settings->sync(); }

private:
    QVariant appValue(const QString &name, const QVariant &fallback = {}) const;
    void setAppValue(const QString &name, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};
