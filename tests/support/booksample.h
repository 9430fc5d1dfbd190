#pragma once
// A small fleet for the books' tests (ledgers, plans, settlement, statements): two agencies, three cars, two
// drivers, cards, a station, written as §6 CSV files and imported the way a user would.
#include "interchange/recordimporter.h"
#include "maps/geo/greatcircle.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "support/testdb.h"

#include <QTest>

namespace booksample {

inline bool import(TestDb &t, const QString &kind, const QByteArray &csv)
{
    t.write(kind + QStringLiteral(".csv"), csv);
    RecordImporter importer(*t.store);
    const ImportOutcome outcome
        = importer.importFile(kind, t.file(kind + QStringLiteral(".csv")), QStringLiteral("test"));
    if (!outcome.ok)
        qWarning("%s", qPrintable(outcome.errors.value(0).toString()));
    return outcome.ok;
}

// Agencies U1 (市委办公室) and U2 (市公安局); cars A0001 (general, U1), A0002 (emergency, U1), B0001
// (enforcement, U2); drivers D1, D2; cards C1 and C2 bound to A0001, C3 to B0001; station S1.
inline bool fill(TestDb &t)
{
    return import(t, QStringLiteral("units"), "unit_code,name\nU1,市委办公室\nU2,市公安局\n")
        && import(t, QStringLiteral("vehicles"),
            "plate,category,unit_code,model,seats,status\n"
            "苏F·A0001,general,U1,大众帕萨特,5,active\n"
            "苏F·A0002,emergency,U1,红旗H5,5,active\n"
            "苏F·B0001,enforcement,U2,别克GL8,7,active\n")
        && import(t, QStringLiteral("drivers"), "driver_code,name,license_class\nD1,张伟,C1\nD2,李强,B1\n")
        && import(t, QStringLiteral("cards"),
            "card_no,plate,unit_code\nC1,苏F·A0001,U1\nC2,苏F·A0001,\nC3,苏F·B0001,U2\n")
        && import(t, QStringLiteral("stations"), "station_code,name,lat,lon\nS1,中石化城东站,32.0,120.9\n");
}

// `km` km driven due north from (32.0, 120.9) in 500 m steps every 15 s from `startMs`: a track whose length
// is known, for the readings that take tracked km.
inline void drive(TestDb &t, const QString &plate, qint64 startMs, double km)
{
    std::vector<PositionFix> fixes;
    geo::LatLon p { 32.0, 120.9 };
    const int steps = int(km * 2 + 0.5);
    for (int i = 0; i <= steps; ++i) {
        PositionFix f;
        f.timeMs = startMs + qint64(i) * 15000;
        f.lat = p.lat;
        f.lon = p.lon;
        fixes.push_back(f);
        p = geo::destinationPoint(p, 0.0, 500.0);
    }
    const QString id = t.store->findByKey(Kind::Vehicles, plate)->id;
    QVERIFY(PositionStore(t.store->database()).add(id, fixes).ok);
}

} // namespace booksample
