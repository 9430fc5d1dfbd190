#pragma once
// Fills a store with a deterministic demo city fleet modelled on Nantong's fleet center: about 90 agencies,
// 45 emergency (机要应急) and 19 law-enforcement (执法执勤) cars plus a small general pool, their drivers,
// fuel cards, designated stations and a rough city fence, then a month of operations (demotraffic.h): tasks,
// tracks, refuels, violations and maintenance in which every anomaly rule fires at least once. Same input,
// same ids, same data: re-running it changes nothing, and tests can rely on its figures.
#include "demo/demotraffic.h"

#include <QCoreApplication>
#include <QString>

class RecordStore;

struct DemoSummary
{
    int units = 0, vehicles = 0, drivers = 0, cards = 0, stations = 0, fences = 0;
    int tasks = 0, refuels = 0, violations = 0, maintenance = 0;
    int changed = 0; // records inserted or updated by this run
    qint64 fixes = 0; // in the demo's tracks
    qint64 fixesChanged = 0; // fixes added or replaced by this run
};

class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    // The fleet alone is what tests of other parts build on (they add their own tasks and fixes); the
    // operations are what `fleetdesk-cli demo` shows off: ~1 700 tasks and ~0.5 M fixes, about 2 s to write.
    enum class Scope { Fleet, FleetAndOperations };

    explicit DemoData(RecordStore &store, QString user = QStringLiteral("demo"));
    // All or nothing, in one write scope: returns false with errorString() if any step was refused, and then
    // nothing of the fill is stored.
    bool fill(DemoSummary *summary = nullptr, Scope scope = Scope::Fleet);
    QString errorString() const { return m_error; }
    // Where fill() put the deliberate anomaly cases.
    const demo::Cases &cases() const { return m_cases; }

    // The deterministic id of a demo record, from its kind and natural key (UUID v5).
    static QString idFor(const QString &kind, const QString &key);

private:
    bool addUnits(DemoSummary &s);
    bool addVehicles(DemoSummary &s);
    bool addDrivers(DemoSummary &s);
    bool addCards(DemoSummary &s);
    bool addStations(DemoSummary &s);
    bool addFences(DemoSummary &s);
    bool addTraffic(DemoSummary &s);
    bool save(const QString &kind, const QList<struct Record> &records, int *count, DemoSummary &s);

    RecordStore &m_store;
    QString m_user;
    QString m_error;
    demo::Cases m_cases;
};
