// Importing a GeoJSON FeatureCollection of N fences (issue 9 item 16: 20,000 features took 85 s, growing with
// the square of N). Writes N small fences (a 12-vertex ring each, one feature per line, as GIS tools write
// them) into DIR/fences-N.geojson, imports them through RecordImporter into a fresh DIR/fences-N.sqlite and
// prints wall and CPU seconds.
// Usage: bench_fences DIR N [N...]
#include "interchange/recordimporter.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QByteArray fences(int n)
{
    QByteArray out("{\"type\": \"FeatureCollection\", \"features\": [\n");
    for (int i = 0; i < n; ++i) {
        const double lat = 31.5 + (i / 200) * 0.005;
        const double lon = 120.5 + (i % 200) * 0.005;
        QByteArray ring;
        for (int k = 0; k <= 12; ++k) {
            const double a = 2 * M_PI * (k % 12) / 12;
            ring += (k ? "," : "") + QByteArray("[") + QByteArray::number(lon + 0.002 * std::cos(a), 'f', 6)
                + "," + QByteArray::number(lat + 0.002 * std::sin(a), 'f', 6) + "]";
        }
        out += QByteArray("{\"type\": \"Feature\", \"properties\": {\"name\": \"围栏") + QByteArray::number(i)
            + "\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[" + ring + "]]}}"
            + (i + 1 < n ? ",\n" : "\n");
    }
    return out + "]}\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_fences DIR N [N...]\n");
        return 2;
    }
    const QDir dir(args.at(1));
    std::printf("%8s %10s %10s %10s\n", "features", "wall s", "cpu s", "us/feature");
    for (int a = 2; a < args.size(); ++a) {
        const int n = args.at(a).toInt();
        const QString geojson = dir.filePath(QStringLiteral("fences-%1.geojson").arg(n));
        const QString dbPath = dir.filePath(QStringLiteral("fences-%1.sqlite").arg(n));
        QFile file(geojson);
        if (!file.open(QIODevice::WriteOnly) || file.write(fences(n)) < 0)
            return 1;
        file.close();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(dbPath + suffix);
        Database db(QStringLiteral("bench%1").arg(n));
        if (!db.open(dbPath)) {
            std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
            return 1;
        }
        RecordStore store(db.connection());
        RecordImporter importer(store);
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = cpuSeconds();
        const ImportOutcome outcome
            = importer.importFile(QStringLiteral("fences"), geojson, QStringLiteral("bench"));
        const double seconds = wall.nsecsElapsed() / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        if (!outcome.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.errors.value(0).toString()));
            return 1;
        }
        std::printf("%8d %10.2f %10.2f %10.0f\n", n, seconds, cpu, seconds / n * 1e6);
        std::fflush(stdout);
    }
    return 0;
}
