#pragma once
// A trip request of the demo agency NT003 to 如皋市政府 (96 km round trip), as the dispatch suites submit it:
// one place for the shape, so the suites differ only in what they test.
#include "demo/demodata.h"
#include "store/record.h"

inline Record sampleRequest(const QString &code, const char *from, const char *to, int passengers = 2)
{
    Record r;
    r.values = { { QStringLiteral("code"), code },
        { QStringLiteral("unit_id"), DemoData::idFor(QStringLiteral("units"), QStringLiteral("NT003")) },
        { QStringLiteral("passengers"), passengers },
        { QStringLiteral("start_at"), QString::fromLatin1(from) },
        { QStringLiteral("end_at"), QString::fromLatin1(to) },
        { QStringLiteral("dest_name"), QStringLiteral("如皋市政府") },
        { QStringLiteral("dest_lat"), 32.3711 }, { QStringLiteral("dest_lon"), 120.5737 },
        { QStringLiteral("nav_km"), 96.0 } };
    return r;
}
