#pragma once
// The user's settings, with their defaults in one place: language, database file, the anomaly rules'
// thresholds (DESIGN §5 defaults), and the map and server sections. Backed by QSettings; tests hand in
// their own file so they never touch the user's.
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
    QString serverUrl() const;
    void setServerUrl(const QString &url);
    QString caFile() const;
    void setCaFile(const QString &path);
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
