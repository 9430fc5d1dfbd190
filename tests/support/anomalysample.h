#pragma once
// A tiny fleet for the anomaly and mileage suites, filled through the store like any user would: two
// agencies with one car and one driver each, and on 2026-03-10 one dispatch order per car whose track is
// three times its navigation km, so a check finds exactly two mileage anomalies and nothing else (the
// tracks end at the destination and stay inside the booked windows).
#include "store/positionstore.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

struct AnomalySample
{
    static constexpr double kNavKm = 10.0;
    static qint64 ms(const char *beijing)
    {
        return QDateTime::fromString(QLatin1String(beijing), Qt::ISODate).toMSecsSinceEpoch();
    }

    // Returns an empty string, or what the store refused.
    static QString fill(RecordStore &store)
    {
        auto save = [&](const char *kind, QVariantMap values) -> QString {
            Record r;
            r.values = std::move(values);
            const SaveResult s = store.save(QLatin1String(kind), r, QStringLiteral("测试员"));
            if (!s.ok)
                qWarning("%s refused: %s", kind, qPrintable(s.message()));
            return s.ok ? s.id : QString();
        };
        const QString north = save("units",
            { { QStringLiteral("code"), QStringLiteral("NT001") },
                { QStringLiteral("name"), QStringLiteral("市政府办公室") } });
        const QString south = save("units",
            { { QStringLiteral("code"), QStringLiteral("NT002") },
                { QStringLiteral("name"), QStringLiteral("市公安局") } });
        PositionStore positions(store.database());
        const struct
        {
            const char *plate, *driver, *name, *task;
            QString unit;
            double lat;
        } cars[] = { { "苏F·A1001", "D001", "王建国", "T001", north, 32.00 },
            { "苏F·A2002", "D002", "李明", "T002", south, 32.05 } };
        for (const auto &car : cars) {
            const QString vehicle = save("vehicles",
                { { QStringLiteral("plate"), QString::fromUtf8(car.plate) },
                    { QStringLiteral("category"), QStringLiteral("general") },
                    { QStringLiteral("unit_id"), car.unit },
                    { QStringLiteral("status"), QStringLiteral("active") } });
            const QString driver = save("drivers",
                { { QStringLiteral("code"), QString::fromUtf8(car.driver) },
                    { QStringLiteral("name"), QString::fromUtf8(car.name) },
                    { QStringLiteral("unit_id"), car.unit } });
            if (car.unit.isEmpty() || vehicle.isEmpty() || driver.isEmpty())
                return QStringLiteral("registry refused");
            // 360 fixes, one every 10 s from 09:00, 0.0009° east each: about 30 km in the hour.
            std::vector<PositionFix> fixes;
            const qint64 start = ms("2026-03-10T09:00:00+08:00");
            for (int i = 0; i < 360; ++i) {
                PositionFix f;
                f.timeMs = start + i * 10000;
                f.lat = car.lat;
                f.lon = 120.80 + i * 0.0009;
                fixes.push_back(f);
            }
            const PositionFix last = fixes.back();
            if (!positions.add(vehicle, fixes).ok)
                return QStringLiteral("positions refused");
            Record task;
            task.values = { { QStringLiteral("code"), QString::fromUtf8(car.task) },
                { QStringLiteral("vehicle_id"), vehicle }, { QStringLiteral("driver_id"), driver },
                { QStringLiteral("start_at"), QStringLiteral("2026-03-10T09:00:00+08:00") },
                { QStringLiteral("end_at"), QStringLiteral("2026-03-10T10:00:00+08:00") },
                { QStringLiteral("dest_name"), QStringLiteral("开发区") },
                { QStringLiteral("dest_lat"), last.lat }, { QStringLiteral("dest_lon"), last.lon },
                { QStringLiteral("nav_km"), kNavKm }, { QStringLiteral("unit_id"), car.unit } };
            const SaveResult saved = store.save(QStringLiteral("tasks"), task, QStringLiteral("测试员"));
            if (!saved.ok)
                return saved.message();
        }
        return {};
    }
};

// Holds every thread of the global pool until release(), so a background job started meanwhile waits in
// the queue: a test can then cancel it at a known point instead of racing a check that takes milliseconds.
struct PoolGate
{
    QSemaphore gate;
    QList<QFuture<void>> blockers;
    PoolGate()
    {
        for (int i = 0; i < QThreadPool::globalInstance()->maxThreadCount(); ++i)
            blockers << QtConcurrent::run([this] { gate.acquire(); });
    }
    void release()
    {
        gate.release(int(blockers.size()));
        for (QFuture<void> &f : blockers)
            f.waitForFinished();
        blockers.clear();
    }
    ~PoolGate() { release(); }
};
