// FixCodec: lossless to its quanta, ≤ 8 bytes a fix on a realistic vehicle-day, and a safe, fast decoder.
#include "positionio/fixcodec.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>

namespace {

constexpr double kMetresPerDegree = 6371008.8 * M_PI / 180;

// One official car's day in Nantong as a BeiDou terminal reports it: six trips of 20-30 min through city
// streets at 30-60 km/h, a fix every 10 s (a tenth of the intervals a second off, as terminal timers drift),
// turns at junctions every few hundred metres, stops at lights for 30-90 s still reporting every 10 s, and
// parked spells of 0.5-2 h between trips with a heartbeat fix every 5 min. Positions carry 1.5 m of GNSS
// noise, speeds 0.5 km/h, courses 2 degrees; the course is unknown when standing, as receivers report it.
std::vector<PositionFix> realisticDay(unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0, 1);
    std::uniform_real_distribution<double> uniform(0, 1);
    std::vector<PositionFix> day;

    qint64 t = QDateTime(QDate(2026, 10, 8), QTime(0, 30), Qt::UTC).toMSecsSinceEpoch() + seed % 1000;
    double lat = 32.0;
    double lon = 120.86;
    auto report = [&](double speedKmh, double heading) {
        PositionFix f;
        f.timeMs = t;
        f.lat = lat + 1.5 * noise(rng) / kMetresPerDegree;
        f.lon = lon + 1.5 * noise(rng) / (kMetresPerDegree * std::cos(lat * M_PI / 180));
        f.speedKmh = float(std::max(0.0, speedKmh + (speedKmh > 0 ? 0.5 * noise(rng) : 0)));
        if (speedKmh > 3)
            f.headingDeg = float(std::fmod(heading + 2 * noise(rng) + 720, 360));
        day.push_back(f);
    };

    for (int trip = 0; trip < 6; ++trip) {
        double heading = 360 * uniform(rng);
        double speed = 0;
        double target = 30 + 30 * uniform(rng);
        double toJunction = 200 + 600 * uniform(rng);
        const qint64 tripEnd = t + qint64((20 + 10 * uniform(rng)) * 60000);
        while (t < tripEnd) {
            const qint64 step = uniform(rng) < 0.1 ? (uniform(rng) < 0.5 ? 9000 : 11000) : 10000;
            if (uniform(rng) < 0.02) { // a red light
                const int waits = 3 + int(uniform(rng) * 7);
                for (int i = 0; i < waits; ++i) {
                    t += 10000;
                    report(0, heading);
                }
                speed = 0;
                continue;
            }
            speed += std::clamp(target - speed, -12.0, 12.0) + 2 * noise(rng);
            speed = std::clamp(speed, 0.0, 70.0);
            const double metres = speed / 3.6 * double(step) / 1000;
            toJunction -= metres;
            if (toJunction < 0) {
                heading += uniform(rng) < 0.5 ? 90 : -90;
                toJunction = 200 + 600 * uniform(rng);
                target = 30 + 30 * uniform(rng);
            } else {
                heading += 3 * noise(rng); // streets bend a little
            }
            lat += metres * std::cos(heading * M_PI / 180) / kMetresPerDegree;
            lon += metres * std::sin(heading * M_PI / 180) / (kMetresPerDegree * std::cos(lat * M_PI / 180));
            t += step;
            report(speed, heading);
        }
        const qint64 parkedEnd = t + qint64((30 + 90 * uniform(rng)) * 60000);
        while (t + 300000 < parkedEnd) {
            t += 300000;
            report(0, 0);
        }
    }
    return day;
}

double headingError(float a, float b)
{
    const double d = std::fmod(std::abs(double(a) - double(b)), 360.0);
    return std::min(d, 360 - d);
}

// Checks the decoded fixes against the originals within half a quantum (plus float/double rounding).
void verifyWithinQuanta(const std::vector<PositionFix> &original, const std::vector<PositionFix> &decoded)
{
    QCOMPARE(decoded.size(), original.size());
    double worstLat = 0, worstLon = 0, worstSpeed = 0, worstHeading = 0;
    for (size_t i = 0; i < original.size(); ++i) {
        const PositionFix &a = original[i];
        const PositionFix &b = decoded[i];
        QCOMPARE(b.timeMs, a.timeMs);
        worstLat = std::max(worstLat, std::abs(a.lat - b.lat));
        worstLon = std::max(worstLon, std::abs(a.lon - b.lon));
        QCOMPARE(b.hasSpeed(), a.hasSpeed());
        QCOMPARE(b.hasHeading(), a.hasHeading());
        if (a.hasSpeed())
            worstSpeed = std::max(worstSpeed, std::abs(double(a.speedKmh) - double(b.speedKmh)));
        if (a.hasHeading())
            worstHeading = std::max(worstHeading, headingError(a.headingDeg, b.headingDeg));
    }
    QVERIFY2(worstLat <= FixCodec::kDegreeQuantum / 2 + 1e-12, qPrintable(QString::number(worstLat)));
    QVERIFY2(worstLon <= FixCodec::kDegreeQuantum / 2 + 1e-12, qPrintable(QString::number(worstLon)));
    QVERIFY2(worstSpeed <= FixCodec::kSpeedQuantumKmh / 2 + 1e-4, qPrintable(QString::number(worstSpeed)));
    QVERIFY2(
        worstHeading <= FixCodec::kHeadingQuantumDeg / 2 + 1e-4, qPrintable(QString::number(worstHeading)));
}

} // namespace

class TestFixCodec : public QObject
{
    Q_OBJECT

private slots:
    void realisticDayFitsEightBytesAFix();
    void roundTripWithinQuanta_data();
    void roundTripWithinQuanta();
    void decodedDayReencodesIdentically();
    void emptyAndSingle();
    void edgesOfTheGlobe();
    void unsortedInputIsRejected();
    void corruptBlobsAreRejected();
    void positionsDecodeLikeTheFullDecoder();
    void fastScan();
};

void TestFixCodec::realisticDayFitsEightBytesAFix()
{
    qint64 fixes = 0, bytes = 0, rawBytes = 0;
    for (unsigned seed = 1; seed <= 20; ++seed) {
        const std::vector<PositionFix> day = realisticDay(seed);
        const QByteArray blob = FixCodec::encode(day);
        QVERIFY(!blob.isEmpty());
        fixes += qint64(day.size());
        bytes += blob.size();
        rawBytes += FixCodec::encode(day, FixCodec::Compression::Never).size();
    }
    const double perFix = double(bytes) / double(fixes);
    qInfo("FixCodec on a realistic vehicle-day: %.2f bytes/fix deflated, %.2f without deflate "
          "(%lld fixes over 20 days)",
        perFix, double(rawBytes) / double(fixes), fixes);
    QVERIFY2(perFix <= 8.0, qPrintable(QString::number(perFix)));
    QVERIFY(fixes > 20 * 700); // the generator really made days of driving
}

void TestFixCodec::roundTripWithinQuanta_data()
{
    QTest::addColumn<int>("compression");
    QTest::newRow("auto") << int(FixCodec::Compression::Auto);
    QTest::newRow("never") << int(FixCodec::Compression::Never);
    QTest::newRow("always") << int(FixCodec::Compression::Always);
}

void TestFixCodec::roundTripWithinQuanta()
{
    QFETCH(int, compression);
    std::vector<PositionFix> day = realisticDay(7);
    // Values that sit exactly between quanta, and ones that test the unknown/known switches.
    day[10].speedKmh = 0.25f;
    day[11].headingDeg = 359.6f; // rounds to 0
    day[12].headingDeg = 0.4f;
    day[13].speedKmh = std::numeric_limits<float>::quiet_NaN();
    day[14].timeMs = day[13].timeMs; // equal times are allowed
    const QByteArray blob = FixCodec::encode(day, FixCodec::Compression(compression));
    QCOMPARE(FixCodec::count(blob), qsizetype(day.size()));
    std::vector<PositionFix> decoded;
    QVERIFY(FixCodec::decode(blob, &decoded));
    verifyWithinQuanta(day, decoded);
    QCOMPARE(decoded[11].headingDeg, 0.0f);
}

void TestFixCodec::decodedDayReencodesIdentically()
{
    const std::vector<PositionFix> day = realisticDay(3);
    const QByteArray blob = FixCodec::encode(day);
    std::vector<PositionFix> decoded;
    QVERIFY(FixCodec::decode(blob, &decoded));
    QCOMPARE(FixCodec::encode(decoded), blob);
    std::vector<PositionFix> again;
    QVERIFY(FixCodec::decode(FixCodec::encode(decoded), &again));
    for (size_t i = 0; i < decoded.size(); ++i) {
        QCOMPARE(again[i].lat, decoded[i].lat); // already on the grid: nothing moves a second time
        QCOMPARE(again[i].lon, decoded[i].lon);
    }
}

void TestFixCodec::emptyAndSingle()
{
    const QByteArray empty = FixCodec::encode({});
    QVERIFY(!empty.isEmpty());
    QCOMPARE(FixCodec::count(empty), 0);
    std::vector<PositionFix> out { PositionFix() };
    QVERIFY(FixCodec::decode(empty, &out));
    QVERIFY(out.empty());

    PositionFix one;
    one.timeMs = QDateTime(QDate(2026, 10, 8), QTime(1, 2, 3, 456), Qt::UTC).toMSecsSinceEpoch();
    one.lat = 32.0123456;
    one.lon = 120.8654321;
    one.speedKmh = 42.5f;
    const QByteArray single = FixCodec::encode({ one });
    QVERIFY(single.size() <= 20); // the first fix is absolute: 6 bytes of time, 4 + 4 of position
    QVERIFY(FixCodec::decode(single, &out));
    verifyWithinQuanta({ one }, out);
    QCOMPARE(out[0].lat, 32.012346); // the nearest 1e-6 degree, as a clean decimal
}

void TestFixCodec::edgesOfTheGlobe()
{
    std::vector<PositionFix> fixes(5);
    const double coords[5][2]
        = { { 90, 180 }, { -90, -180 }, { 0, 179.9999996 }, { 0, -179.9999996 }, { -0.0, 0 } };
    for (int i = 0; i < 5; ++i) {
        fixes[size_t(i)].timeMs = -1000 + i * 100000000000LL; // before and long after the epoch
        fixes[size_t(i)].lat = coords[i][0];
        fixes[size_t(i)].lon = coords[i][1];
        fixes[size_t(i)].headingDeg = float(i * 90);
        fixes[size_t(i)].speedKmh = float(i * 1000);
    }
    std::vector<PositionFix> decoded;
    QVERIFY(FixCodec::decode(FixCodec::encode(fixes), &decoded));
    verifyWithinQuanta(fixes, decoded);

    QString error;
    fixes[2].lon = 180.5;
    QVERIFY(FixCodec::encode(fixes, FixCodec::Compression::Auto, &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("out of range")));
    fixes[2].lon = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(FixCodec::encode(fixes).isEmpty());
}

void TestFixCodec::unsortedInputIsRejected()
{
    std::vector<PositionFix> day = realisticDay(5);
    std::swap(day[100], day[101]);
    QString error;
    QVERIFY(FixCodec::encode(day, FixCodec::Compression::Auto, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("fix 101")) && error.contains(QLatin1String("sorted")),
        qPrintable(error));
}

void TestFixCodec::corruptBlobsAreRejected()
{
    std::vector<PositionFix> day = realisticDay(11);
    day.resize(200);
    const QByteArray raw = FixCodec::encode(day, FixCodec::Compression::Never);
    std::vector<PositionFix> buffer(day.size() + 10);
    QCOMPARE(FixCodec::decode(raw, buffer.data(), qsizetype(buffer.size())), qsizetype(day.size()));
    // Every cut-short blob fails rather than decoding something.
    for (qsizetype len = 0; len < raw.size(); ++len)
        QCOMPARE(FixCodec::decode(raw.left(len), buffer.data(), qsizetype(buffer.size())), -1);
    // Trailing bytes are not ours either.
    QCOMPARE(FixCodec::decode(raw + '\0', buffer.data(), qsizetype(buffer.size())), -1);
    // Too small a buffer is refused, not overrun.
    QCOMPARE(FixCodec::decode(raw, buffer.data(), qsizetype(day.size()) - 1), -1);
    // A count larger than the data could hold is refused before anyone allocates for it.
    QByteArray lying = raw;
    lying.replace(1, 2, QByteArray("\xff\xff\xff\xff\x0f", 5));
    QCOMPARE(FixCodec::count(lying), -1);
    QCOMPARE(FixCodec::count(QByteArray("\x07\x01", 2)), -1); // unknown format byte

    const QByteArray deflated = FixCodec::encode(day, FixCodec::Compression::Always);
    QCOMPARE(FixCodec::decode(deflated, buffer.data(), qsizetype(buffer.size())), qsizetype(day.size()));
    QCOMPARE(
        FixCodec::decode(deflated.left(deflated.size() / 2), buffer.data(), qsizetype(buffer.size())), -1);

    // Random damage: whatever happens, no crash and no read outside the blob (run under ASan to see it).
    std::mt19937 rng(1);
    int rejected = 0;
    for (int i = 0; i < 2000; ++i) {
        QByteArray damaged = raw;
        damaged[qsizetype(rng() % quint32(damaged.size() - 1)) + 1] = char(rng());
        if (FixCodec::decode(damaged, buffer.data(), qsizetype(buffer.size())) < 0)
            ++rejected;
    }
    QVERIFY(rejected > 0);
}

// decodePositions (the rules' reader) must accept exactly the blobs decode() accepts and give the same
// times and the same doubles, whatever the blob: raw or deflated, whole, cut short, damaged, with a size
// header that lies either way, and with one scratch buffer reused across all of them.
void TestFixCodec::positionsDecodeLikeTheFullDecoder()
{
    std::vector<QByteArray> blobs;
    for (unsigned seed = 40; seed < 44; ++seed) {
        std::vector<PositionFix> day = realisticDay(seed);
        if (seed == 41)
            day.resize(300);
        blobs.push_back(FixCodec::encode(day, FixCodec::Compression::Never));
        blobs.push_back(FixCodec::encode(day, FixCodec::Compression::Always));
    }
    blobs.push_back(FixCodec::encode({}, FixCodec::Compression::Never));
    blobs.push_back(FixCodec::encode({ PositionFix { 1000, 31.5, 120.5 } }, FixCodec::Compression::Always));
    const QByteArray deflated = blobs[3]; // the 300 fixes
    // The qCompress size header (4 bytes after the format byte and the count) claiming less and more.
    const qsizetype sizeAt = 3; // after the format byte and the count (two varint bytes)
    QCOMPARE(quint8(deflated[1]) & 0x80, 0x80); // 300 takes two varint bytes
    for (int lie : { -1, -100, 1, 1000, -1000000 }) {
        QByteArray lying = deflated;
        const quint32 stated = (quint32(quint8(lying[sizeAt])) << 24)
            | (quint32(quint8(lying[sizeAt + 1])) << 16) | (quint32(quint8(lying[sizeAt + 2])) << 8)
            | quint32(quint8(lying[sizeAt + 3]));
        const quint32 claimed = lie == -1000000 ? 0u : quint32(qint64(stated) + lie);
        for (int b = 0; b < 4; ++b)
            lying[sizeAt + b] = char(claimed >> (24 - 8 * b));
        blobs.push_back(lying);
    }
    std::mt19937 rng(7);
    const std::size_t whole = blobs.size();
    for (std::size_t k = 0; k < whole; ++k) {
        const QByteArray blob = blobs[k];
        for (qsizetype len = 0; len < blob.size(); len += 1 + blob.size() / 40)
            blobs.push_back(blob.left(len));
        for (int i = 0; i < 150 && blob.size() > 1; ++i) {
            QByteArray damaged = blob;
            damaged[qsizetype(rng() % quint32(damaged.size() - 1)) + 1] = char(rng());
            blobs.push_back(damaged);
        }
    }

    QByteArray scratch;
    std::vector<PositionFix> full(20000);
    std::vector<FixCodec::Position> positions(20000);
    int accepted = 0, rejected = 0;
    for (const QByteArray &blob : blobs) {
        const qsizetype n = FixCodec::decode(blob, full.data(), qsizetype(full.size()));
        const qsizetype m
            = FixCodec::decodePositions(blob, positions.data(), qsizetype(positions.size()), &scratch);
        QCOMPARE(m, n);
        ++(n < 0 ? rejected : accepted);
        for (qsizetype i = 0; i < n; ++i) {
            QCOMPARE(positions[size_t(i)].timeMs, full[size_t(i)].timeMs);
            // Bit for bit, not within a tolerance.
            QVERIFY(std::memcmp(&positions[size_t(i)].lat, &full[size_t(i)].lat, sizeof(double)) == 0);
            QVERIFY(std::memcmp(&positions[size_t(i)].lon, &full[size_t(i)].lon, sizeof(double)) == 0);
        }
        // Without a scratch buffer, and with too small a capacity, the same.
        QCOMPARE(FixCodec::decodePositions(blob, positions.data(), qsizetype(positions.size())), n);
        if (n > 0)
            QCOMPARE(FixCodec::decodePositions(blob, positions.data(), n - 1, &scratch), qsizetype(-1));
    }
    QVERIFY(accepted > 20);
    QVERIFY(rejected > 100);
}

void TestFixCodec::fastScan()
{
    // A month of one busy car, ~30 blobs; scanned 30 times over, reusing one buffer.
    std::vector<QByteArray> blobs;
    qsizetype largest = 0;
    for (unsigned seed = 100; seed < 130; ++seed) {
        blobs.push_back(FixCodec::encode(realisticDay(seed)));
        largest = std::max(largest, FixCodec::count(blobs.back()));
    }
    std::vector<PositionFix> buffer(static_cast<size_t>(largest));
    qint64 fixes = 0;
    double checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 30; ++round) {
        for (const QByteArray &blob : blobs) {
            const qsizetype n = FixCodec::decode(blob, buffer.data(), largest);
            QVERIFY(n > 0);
            fixes += n;
            checksum += buffer[size_t(n - 1)].lat;
        }
    }
    const double seconds = std::max<qint64>(1, timer.nsecsElapsed()) / 1e9;
    qInfo("FixCodec decode: %.1f M fixes/s (%lld fixes, checksum %.3f)", double(fixes) / seconds / 1e6, fixes,
        checksum);
    QVERIFY(fixes > 30 * 30 * 700);
}

QTEST_GUILESS_MAIN(TestFixCodec)
#include "tst_fixcodec.moc"
