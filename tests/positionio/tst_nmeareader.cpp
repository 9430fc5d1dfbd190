// NmeaReader against gpsd's own output for real receiver logs, and against hand-made edge cases.
#include "positionio/nmeareader.h"

#include <QBuffer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QtTest>

#include <cmath>

namespace {

QString dataDir()
{
    return QStringLiteral(FD_TEST_DATA_DIR "/nmea");
}

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// "$" + body + "*" + checksum, so hand-written cases differ only where a test means them to.
QByteArray sentence(const QByteArray &body)
{
    unsigned char sum = 0;
    for (const char c : body)
        sum ^= static_cast<unsigned char>(c);
    return '$' + body + '*' + QByteArray::number(sum, 16).rightJustified(2, '0').toUpper() + "\r\n";
}

struct GpsdFix
{
    double lat = 0;
    double lon = 0;
    bool hasSpeed = false;
    double speedMps = 0;
};

// gpsd's TPV reports with a time, keyed by that time. gpsd re-reports an instant after each sentence of its
// cycle; the last report of an instant is its complete state (after the RMC), so later ones overwrite.
QMap<qint64, GpsdFix> readGpsdFixes(const QString &path, int *distinctMode3Times)
{
    QMap<qint64, GpsdFix> fixes;
    QSet<qint64> mode3;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fixes;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.startsWith('{'))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QLatin1String("class")).toString() != QLatin1String("TPV")
            || o.value(QLatin1String("mode")).toInt() < 2 || !o.contains(QLatin1String("time")))
            continue;
        const qint64 t = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs)
                             .toMSecsSinceEpoch();
        if (o.value(QLatin1String("mode")).toInt() == 3)
            mode3.insert(t);
        GpsdFix f;
        f.lat = o.value(QLatin1String("lat")).toDouble();
        f.lon = o.value(QLatin1String("lon")).toDouble();
        f.hasSpeed = o.contains(QLatin1String("speed"));
        f.speedMps = o.value(QLatin1String("speed")).toDouble();
        fixes[t] = f;
    }
    *distinctMode3Times = int(mode3.size());
    return fixes;
}

struct ExpectedRow
{
    int nmeaLines = 0;
    int rmcStatusA = 0;
    int beidouSentences = 0;
    int mode3DistinctTimes = 0;
    double firstLat = 0, firstLon = 0, lastLat = 0, lastLon = 0;
};

QMap<QString, ExpectedRow> readExpected()
{
    QMap<QString, ExpectedRow> rows;
    QFile file(dataDir() + QStringLiteral("/EXPECTED.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    file.readLine(); // header
    const QRegularExpression pair(QStringLiteral("\\(([-0-9.]+), ([-0-9.]+)\\)"));
    while (!file.atEnd()) {
        const QStringList c = QString::fromUtf8(file.readLine().trimmed()).split(QLatin1Char('\t'));
        if (c.size() < 8)
            continue;
        ExpectedRow r;
        r.nmeaLines = c[1].toInt();
        r.rmcStatusA = c[2].toInt();
        r.beidouSentences = c[3].toInt();
        r.mode3DistinctTimes = c[5].toInt();
        const QRegularExpressionMatch first = pair.match(c[6]);
        const QRegularExpressionMatch last = pair.match(c[7]);
        r.firstLat = first.captured(1).toDouble();
        r.firstLon = first.captured(2).toDouble();
        r.lastLat = last.captured(1).toDouble();
        r.lastLon = last.captured(2).toDouble();
        rows.insert(c[0], r);
    }
    return rows;
}

} // namespace

class TestNmeaReader : public QObject
{
    Q_OBJECT

private slots:
    void gpsdLogs_data();
    void gpsdLogs();
    void fuzzyCasesCounts();
    void checksums();
    void voidAndMalformed();
    void centuries_data();
    void centuries();
    void midnightForGga();
    void ggaBeforeAnyDate();
    void sameInstantMakesOneFix();
    void outOfOrderKeptInInputOrder();
    void subSecondDigitsAreExact();
    void talkers();
    void largeDeviceInChunks();
};

void TestNmeaReader::gpsdLogs_data()
{
    QTest::addColumn<QString>("log");
    // Instants we report that gpsd never reports with a time, each for a reason of gpsd's design, not ours:
    QTest::addColumn<QStringList>("onlyOurs");
    // Which of our fixes EXPECTED.tsv's first fix is: 0, or -1 when it is not an RMC/GGA fix at all.
    QTest::addColumn<int>("firstIndex");
    // Which of our fixes is EXPECTED.tsv's last fix, counted from the end (0 = our last).
    QTest::addColumn<int>("lastFromEnd");

    // gpsd reports at the end of a cycle, and learns which sentence ends the cycle only once the time moves
    // on. The first fix (07:41:55.799) was reported from GGA/GNS before the first valid RMC had given a date,
    // so without a time; the RMC that followed was not yet a known cycle ender and triggered no report. We
    // read the RMC's date and time directly. EXPECTED's first fix is that untimed report: the same position.
    QTest::newRow("beidou-bd") << QStringLiteral("beidou-bd.log")
                               << QStringList { QStringLiteral("2015-02-25T07:41:55.799Z") } << 0 << 0;
    QTest::newRow("beidou-gb") << QStringLiteral("beidou-gb.log")
                               << QStringList { QStringLiteral("2015-03-02T05:32:32.438Z") } << 0 << 0;
    // bt451: gpsd learned $GPZDA as the cycle ender. The 15:25:08.50 cycle is cut off by the log's jump to
    // the "moving" session before its ZDA, and the 14:33:08.50 one by the end of the log, so gpsd reports
    // neither; their RMCs are valid and we keep them. EXPECTED's first fix comes from $GPGLL at 15:25:04.50
    // (an instant with no RMC/GGA: we read only those), and its last is therefore our second-to-last.
    QTest::newRow("bt451") << QStringLiteral("bt451.log")
                           << QStringList { QStringLiteral("2009-12-09T15:25:08.500Z"),
                                  QStringLiteral("2009-12-09T14:33:08.500Z") }
                           << -1 << 1;
    QTest::newRow("fuzzy") << QStringLiteral("nmea-fuzzy-cases.log") << QStringList() << 0 << 0;
    QTest::newRow("telit") << QStringLiteral("telit-pls83-w.log") << QStringList() << 0 << 0;
    QTest::newRow("ublox") << QStringLiteral("ublox-zed-f9p-nmea.log") << QStringList() << 0 << 0;
}

void TestNmeaReader::gpsdLogs()
{
    QFETCH(QString, log);
    QFETCH(QStringList, onlyOurs);
    QFETCH(int, firstIndex);
    QFETCH(int, lastFromEnd);

    QFile file(dataDir() + QLatin1Char('/') + log);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    NmeaReader reader;
    QVERIFY(reader.read(&file));
    const std::vector<PositionFix> &ours = reader.fixes();
    const NmeaReader::Stats &stats = reader.stats();

    int gpsdMode3Times = 0;
    const QMap<qint64, GpsdFix> gpsd
        = readGpsdFixes(dataDir() + QLatin1Char('/') + log + QStringLiteral(".chk"), &gpsdMode3Times);
    QVERIFY(!gpsd.isEmpty());

    // Every instant gpsd reports, we report too, with the same position and speed.
    QHash<qint64, const PositionFix *> byTime;
    for (const PositionFix &f : ours)
        byTime.insert(f.timeMs, &f);
    for (auto it = gpsd.cbegin(); it != gpsd.cend(); ++it) {
        const QByteArray where = (log + QLatin1Char(' ') + iso(it.key())).toUtf8();
        const PositionFix *f = byTime.value(it.key());
        QVERIFY2(f, where.constData());
        QVERIFY2(std::abs(f->lat - it->lat) <= 1e-6, where.constData());
        QVERIFY2(std::abs(f->lon - it->lon) <= 1e-6, where.constData());
        if (it->hasSpeed) {
            QVERIFY2(f->hasSpeed(), where.constData());
            QVERIFY2(std::abs(f->speedKmh / 3.6 - it->speedMps) <= 0.01, where.constData());
        } else {
            // gpsd had no speed for the instant (a GGA-only instant): neither do we, rather than invent one
            QVERIFY2(!f->hasSpeed(), where.constData());
        }
    }
    // Every instant we report beyond gpsd's is one explained above.
    QStringList extra;
    for (const PositionFix &f : ours)
        if (!gpsd.contains(f.timeMs))
            extra << iso(f.timeMs);
    QCOMPARE(extra, onlyOurs);
    QCOMPARE(stats.fixes, qint64(ours.size()));

    // Against the summary table. Lines and RMC counts there are of lines starting with '$' in column 1;
    // beidou-bd has one RMC line indented by a space, which gpsd reads (its .chk reports that RMC's course)
    // and so do we. Count such lines from the file itself rather than trusting a number.
    const QMap<QString, ExpectedRow> expectedRows = readExpected();
    QVERIFY(expectedRows.contains(log));
    const ExpectedRow expected = expectedRows.value(log);
    int indented = 0;
    int indentedValidRmc = 0;
    QVERIFY(file.seek(0));
    const QRegularExpression validRmc(QStringLiteral("^\\$..RMC,[^,]*,A"));
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        const QByteArray line = raw.trimmed();
        if (line.startsWith('$') && !raw.startsWith('$')) {
            ++indented;
            if (validRmc.match(QString::fromLatin1(line)).hasMatch())
                ++indentedValidRmc;
        }
    }
    QCOMPARE(indented, log == QLatin1String("beidou-bd.log") ? 1 : 0);
    QCOMPARE(stats.sentences, qint64(expected.nmeaLines + indented));
    QCOMPARE(stats.lines, stats.sentences);
    QCOMPARE(stats.validRmc, qint64(expected.rmcStatusA + indentedValidRmc));
    QCOMPARE(stats.beidouSentences, qint64(expected.beidouSentences));
    QCOMPARE(gpsdMode3Times, expected.mode3DistinctTimes); // our reading of the .chk agrees with the table
    QCOMPARE(stats.fixes, qint64(expected.mode3DistinctTimes + onlyOurs.size()));
    QCOMPARE(stats.badChecksum, 0);
    QCOMPARE(stats.malformed, 0);

    // The table rounds to 7 decimals.
    const double tolerance = 1e-6 + 5e-8;
    if (firstIndex >= 0) {
        QVERIFY(std::abs(ours[size_t(firstIndex)].lat - expected.firstLat) <= tolerance);
        QVERIFY(std::abs(ours[size_t(firstIndex)].lon - expected.firstLon) <= tolerance);
    }
    const PositionFix &last = ours[ours.size() - 1 - size_t(lastFromEnd)];
    QVERIFY(std::abs(last.lat - expected.lastLat) <= tolerance);
    QVERIFY(std::abs(last.lon - expected.lastLon) <= tolerance);
}

void TestNmeaReader::fuzzyCasesCounts()
{
    QFile file(dataDir() + QStringLiteral("/nmea-fuzzy-cases.log"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    NmeaReader reader;
    QVERIFY(reader.read(&file));
    const NmeaReader::Stats &s = reader.stats();
    QCOMPARE(s.lines, 28);
    QCOMPARE(s.sentences, 28);
    QCOMPARE(s.positionSentences, 28);
    QCOMPARE(s.validRmc, 14);
    // The very first sentence is a GGA, before any RMC has given a date: it cannot be placed. Its instant is
    // not lost: the RMC right after it carries the same position with the date.
    QCOMPARE(s.undatable, 1);
    QCOMPARE(s.validGga, 13);
    QCOMPARE(s.fixes, 14);
    QCOMPARE(s.merged, 13);
    QCOMPARE(s.voidSentences, 0);
    QCOMPARE(s.malformed, 0);
    QCOMPARE(s.badChecksum, 0);
    const std::vector<PositionFix> &f = reader.fixes();
    QCOMPARE(iso(f.front().timeMs), QStringLiteral("2020-03-18T13:28:20.600Z"));
    QCOMPARE(iso(f[1].timeMs), QStringLiteral("2020-03-18T13:28:20.700Z"));
    QCOMPARE(iso(f.back().timeMs), QStringLiteral("2020-03-18T13:39:00.900Z"));
    // 3.252 knots, 92.308 degrees
    QCOMPARE(f.front().speedKmh, float(3.252 * 1.852));
    QCOMPARE(f.front().headingDeg, 92.308f);
}

void TestNmeaReader::checksums()
{
    const auto rmcAt = [](const char *hhmmss) {
        return "GPRMC," + QByteArray(hhmmss) + ",A,3200.0000,N,12050.0000,E,10.0,90.0,081026,,,A";
    };
    NmeaReader reader;
    reader.read(sentence(rmcAt("120000.00"))); // good
    reader.read('$' + rmcAt("120001.00") + "\r\n"); // no checksum at all: accepted
    QByteArray wrong = sentence(rmcAt("120002.00"));
    const qsizetype wrongStar = wrong.indexOf('*');
    wrong[wrongStar + 2] = wrong[wrongStar + 2] == '0' ? '1' : '0';
    reader.read(wrong);
    // Lower-case hex digits: the standard says upper case, but some firmware writes lower; the sum is right.
    QByteArray lower = sentence(rmcAt("120003.00"));
    const qsizetype star = lower.indexOf('*');
    QVERIFY2(lower.mid(star + 1, 2) != lower.mid(star + 1, 2).toLower(), "the checksum should have a letter");
    lower.replace(star + 1, 2, lower.mid(star + 1, 2).toLower());
    reader.read(lower);
    reader.read('$' + rmcAt("120004.00") + "*1\r\n"); // one hex digit
    reader.read('$' + rmcAt("120005.00") + "*ZZ\r\n"); // not hex

    const NmeaReader::Stats &s = reader.stats();
    QCOMPARE(s.badChecksum, 1);
    QCOMPARE(s.malformed, 2);
    QCOMPARE(s.fixes, 3);
    QCOMPARE(iso(reader.fixes()[2].timeMs), QStringLiteral("2026-10-08T12:00:03.000Z"));
}

void TestNmeaReader::voidAndMalformed()
{
    NmeaReader reader;
    QByteArray log;
    log += sentence("GPRMC,120000.00,V,,,,,,,081026,,,N"); // void
    log += sentence("GPRMC,,V,,,,,,,,,,N"); // void, nothing at all (BT-451 without a fix)
    log += sentence("GNRMC,120000.00,A,3200.0000,N,12050.0000,E,1.0,,081026,,,N"); // FAA mode N: not valid
    log += sentence("GPGGA,120000.00,3200.0000,N,12050.0000,E,0,00,99.99,,,,,,"); // quality 0
    log += sentence("GPGGA,,,,,,,,,,,,,,"); // quality empty
    log += sentence("GPRMC,1200x0.00,A,3200.0000,N,12050.0000,E,1.0,,081026,,,A"); // time
    log += sentence("GPRMC,120000.00,A,3260.0000,N,12050.0000,E,1.0,,081026,,,A"); // 60 minutes
    log += sentence("GPRMC,120000.00,A,3200.0000,X,12050.0000,E,1.0,,081026,,,A"); // hemisphere
    log += sentence("GPRMC,120000.00,A,9100.0000,N,12050.0000,E,1.0,,081026,,,A"); // lat > 90
    log += sentence("GPRMC,120000.00,A,3200.0000,N,18100.0000,E,1.0,,081026,,,A"); // lon > 180
    log += sentence("GPRMC,120000.00,A,3200.0000,N,12050.0000,E,1.0,,310226,,,A"); // 31 February
    log += sentence("GPRMC,120000.00,A,3200.0000,N,12050.0000,E,1.0,,08102,,,A"); // short date
    log += sentence("GPRMC,120000.00,A,3200.0000,N,12050.0000,E,fast,,081026,,,A"); // speed
    log += sentence("GPRMC,120000.00,A,3200.0000,N,12050.0000,E,1.0,400,081026,,,A"); // course
    log += sentence("GPRMC,120000.00,A,3200.0000,N"); // cut short
    log += sentence("GPRMC,120000.00,Q,3200.0000,N,12050.0000,E,1.0,,081026,,,A"); // unknown status
    log += sentence("GPGGA,120000.00,3200.0000,N,12050.0000,E,one,08,1.0,10.0,M,0.0,M,,"); // quality
    log += "this is not NMEA\r\n";
    log += "\x01\x02\xff garbage\r\n";
    log += "# a comment line, and a blank one:\r\n\r\n";
    log += sentence("GPGSV,1,1,00"); // not a position sentence: read past
    log += sentence("PSRFEPE,074155.799,A,1.3,10.59,52.97,0.6,180.0"); // proprietary: read past
    log += sentence("GPRMC,120000.00,A,3200.0000,N,12050.0000,E,1.0,,081026,,,A"); // finally, a good one
    reader.read(log);

    const NmeaReader::Stats &s = reader.stats();
    QCOMPARE(s.voidSentences, 5);
    QCOMPARE(s.malformed, 14);
    QCOMPARE(s.fixes, 1);
    QCOMPARE(s.lines, 22); // 5 void, 12 bad RMC/GGA, 2 garbage, GSV, PSRFEPE, the good one
    QCOMPARE(s.sentences, 20);
    QCOMPARE(s.positionSentences, 18);
    QCOMPARE(reader.fixes().front().lat, 32.0);
    QCOMPARE(reader.fixes().front().lon, 120 + 50 / 60.0);
    QVERIFY(!reader.fixes().front().hasHeading());
}

void TestNmeaReader::centuries_data()
{
    QTest::addColumn<QByteArray>("ddmmyy");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1980 starts 19yy") << QByteArray("060180") << QStringLiteral("1980-01-06T00:00:00.000Z");
    QTest::newRow("1999") << QByteArray("311299") << QStringLiteral("1999-12-31T00:00:00.000Z");
    QTest::newRow("2000") << QByteArray("010100") << QStringLiteral("2000-01-01T00:00:00.000Z");
    QTest::newRow("leap day 2024") << QByteArray("290224") << QStringLiteral("2024-02-29T00:00:00.000Z");
    QTest::newRow("2079 still 20yy") << QByteArray("311279") << QStringLiteral("2079-12-31T00:00:00.000Z");
}

void TestNmeaReader::centuries()
{
    QFETCH(QByteArray, ddmmyy);
    QFETCH(QString, expected);
    NmeaReader reader;
    reader.read(sentence("GPRMC,000000,A,3200.0000,N,12050.0000,E,,," + ddmmyy + ",,,A"));
    QCOMPARE(reader.stats().fixes, 1);
    QCOMPARE(iso(reader.fixes().front().timeMs), expected);
}

void TestNmeaReader::midnightForGga()
{
    NmeaReader reader;
    QByteArray log;
    // New Year's Eve: the GGA just after midnight belongs to the next day, month and year.
    log += sentence("GPRMC,235959.50,A,3200.0000,N,12050.0000,E,20.0,90.0,311225,,,A");
    log += sentence("GPGGA,000000.50,3200.0000,N,12050.0100,E,1,08,1.0,10.0,M,0.0,M,,");
    // A late GGA of 23:59:59.9 arriving after an RMC of 00:00:01 belongs to the day before.
    log += sentence("GPRMC,000001.00,A,3200.0000,N,12050.0200,E,20.0,90.0,010126,,,A");
    log += sentence("GPGGA,235959.90,3200.0000,N,12050.0050,E,1,08,1.0,10.0,M,0.0,M,,");
    reader.read(log);
    const std::vector<PositionFix> &f = reader.fixes();
    QCOMPARE(f.size(), size_t(4));
    QCOMPARE(iso(f[0].timeMs), QStringLiteral("2025-12-31T23:59:59.500Z"));
    QCOMPARE(iso(f[1].timeMs), QStringLiteral("2026-01-01T00:00:00.500Z"));
    QCOMPARE(iso(f[2].timeMs), QStringLiteral("2026-01-01T00:00:01.000Z"));
    QCOMPARE(iso(f[3].timeMs), QStringLiteral("2025-12-31T23:59:59.900Z"));
}

void TestNmeaReader::ggaBeforeAnyDate()
{
    NmeaReader reader;
    QByteArray log;
    log += sentence("GNGGA,100000.00,3200.0000,N,12050.0000,E,1,08,1.0,10.0,M,0.0,M,,");
    log += sentence("GNGGA,100001.00,3200.0001,N,12050.0000,E,1,08,1.0,10.0,M,0.0,M,,");
    // A void RMC's date is not trusted, so it does not date the GGA after it either.
    log += sentence("GNRMC,100002.00,V,,,,,,,081026,,,N");
    log += sentence("GNGGA,100002.00,3200.0002,N,12050.0000,E,1,08,1.0,10.0,M,0.0,M,,");
    log += sentence("GNRMC,100003.00,A,3200.0003,N,12050.0000,E,0.0,,081026,,,A");
    log += sentence("GNGGA,100004.00,3200.0004,N,12050.0000,E,1,08,1.0,10.0,M,0.0,M,,");
    reader.read(log);
    QCOMPARE(reader.stats().undatable, 3);
    QCOMPARE(reader.stats().voidSentences, 1);
    QCOMPARE(reader.stats().fixes, 2);
    QCOMPARE(iso(reader.fixes()[1].timeMs), QStringLiteral("2026-10-08T10:00:04.000Z"));
    QVERIFY(!reader.fixes()[1].hasSpeed());
}

void TestNmeaReader::sameInstantMakesOneFix()
{
    NmeaReader reader;
    QByteArray log;
    // GGA first, then RMC: one fix with the RMC's record.
    log += sentence("GPRMC,095959.00,A,3200.0000,N,12050.0000,E,0.0,,081026,,,A");
    log += sentence("GPGGA,100000.00,3200.0000,N,12050.0000,E,1,08,1.0,10.0,M,0.0,M,,");
    log += sentence("GPRMC,100000.00,A,3200.0000,N,12050.0000,E,27.0,45.5,081026,,,A");
    // RMC first, then GGA and a second constellation's RMC (Telit sends GPRMC and GARMC): still one fix.
    log += sentence("GPRMC,100010.00,A,3200.1000,N,12050.1000,E,27.0,,081026,,,A");
    log += sentence("GPGGA,100010.00,3200.1000,N,12050.1000,E,1,08,1.0,10.0,M,0.0,M,,");
    log += sentence("GARMC,100010.00,A,3200.1000,N,12050.1000,E,27.0,46.0,081026,,,A");
    reader.read(log);
    const std::vector<PositionFix> &f = reader.fixes();
    QCOMPARE(f.size(), size_t(3));
    QCOMPARE(reader.stats().merged, 3);
    QCOMPARE(f[1].speedKmh, float(27.0 * 1.852));
    QCOMPARE(f[1].headingDeg, 45.5f);
    QCOMPARE(f[2].speedKmh, float(27.0 * 1.852));
    QCOMPARE(f[2].headingDeg, 46.0f); // the first RMC had no course; the second fills it in
}

void TestNmeaReader::outOfOrderKeptInInputOrder()
{
    NmeaReader reader;
    QByteArray log;
    log += sentence("GPRMC,100020.00,A,3200.0020,N,12050.0000,E,1.0,,081026,,,A");
    log += sentence("GPRMC,100010.00,A,3200.0010,N,12050.0000,E,1.0,,081026,,,A"); // a late one
    log += sentence("GPRMC,100030.00,A,3200.0030,N,12050.0000,E,1.0,,081026,,,A");
    log += sentence("GPRMC,100010.00,A,3200.0010,N,12050.0000,E,1.0,,081026,,,A"); // repeated: dropped
    reader.read(log);
    const std::vector<PositionFix> &f = reader.fixes();
    QCOMPARE(f.size(), size_t(3));
    QCOMPARE(iso(f[0].timeMs), QStringLiteral("2026-10-08T10:00:20.000Z"));
    QCOMPARE(iso(f[1].timeMs), QStringLiteral("2026-10-08T10:00:10.000Z"));
    QCOMPARE(iso(f[2].timeMs), QStringLiteral("2026-10-08T10:00:30.000Z"));
    QCOMPARE(reader.stats().merged, 1);
}

void TestNmeaReader::subSecondDigitsAreExact()
{
    NmeaReader reader;
    QByteArray log;
    log += sentence("GPRMC,132820.70,A,4134.49822493,N,09345.03347183,W,3.019,89.298,180320,,,D");
    log += sentence("GPRMC,132820.05,A,4134.49822493,N,09345.03347183,W,3.019,89.298,180320,,,D");
    log += sentence("GPRMC,132820.7995,A,4134.49822493,N,09345.03347183,W,3.019,89.298,180320,,,D");
    log += sentence("GPRMC,132821,A,4134.49822493,N,09345.03347183,W,3.019,89.298,180320,,,D");
    log += sentence("GPRMC,132822.,A,4134.49822493,N,09345.03347183,W,3.019,89.298,180320,,,D"); // bad
    reader.read(log);
    const std::vector<PositionFix> &f = reader.fixes();
    QCOMPARE(f.size(), size_t(4));
    QCOMPARE(f[0].timeMs % 1000, 700);
    QCOMPARE(f[1].timeMs % 1000, 50);
    QCOMPARE(f[2].timeMs % 1000, 800); // 0.7995 s rounds to the nearest ms
    QCOMPARE(f[3].timeMs % 1000, 0);
    QCOMPARE(reader.stats().malformed, 1);
    // 41 deg 34.49822493 min: all eight decimals of the minutes count
    QVERIFY(std::abs(f[0].lat - (41 + 34.49822493 / 60)) < 1e-12);
    QVERIFY(std::abs(f[0].lon + (93 + 45.03347183 / 60)) < 1e-12);
}

void TestNmeaReader::talkers()
{
    const QByteArray tail = ",A,3200.0000,N,12050.0000,E,1.0,,081026,,,A";
    NmeaReader reader;
    QByteArray log;
    int second = 0;
    for (const char *talker : { "GP", "BD", "GB", "GN", "GL", "GA" })
        log += sentence(talker + QByteArray("RMC,1000") + QByteArray::number(10 + second++) + ".00" + tail);
    log += sentence("IIRMC,100030.00" + tail); // an instrument relaying someone's RMC: not ours
    log += "  " + sentence("GPRMC,100031.00" + tail); // indented, as in beidou-bd.log
    reader.read(log);
    QCOMPARE(reader.stats().fixes, 7);
    QCOMPARE(reader.stats().positionSentences, 7);
    QCOMPARE(reader.stats().beidouSentences, 2);
}

void TestNmeaReader::largeDeviceInChunks()
{
    // Several MB, so the reader's 1 MB chunks split lines; the last line has no line end.
    QByteArray log;
    const int count = 40000;
    const qint64 start = utcMs("2026-10-08T00:00:00Z");
    for (int i = 0; i < count; ++i) {
        const QTime t = QTime(0, 0).addMSecs(i * 1000 + 500);
        log += sentence("BDRMC," + t.toString(QStringLiteral("HHmmss.zzz")).toLatin1()
            + ",A,3200.0000,N,12050.0000,E,1.0,,081026,,,A");
        log += sentence("BDGSV,1,1,00");
    }
    log.chop(2);
    QBuffer buffer(&log);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    NmeaReader reader;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(reader.read(&buffer));
    qInfo("NmeaReader: %.1f M sentences/s", 2.0 * count / std::max<qint64>(1, timer.nsecsElapsed()) * 1e3);
    QCOMPARE(reader.stats().fixes, count);
    QCOMPARE(reader.stats().sentences, 2 * count);
    QCOMPARE(reader.stats().malformed, 0);
    QCOMPARE(reader.fixes().back().timeMs, start + (count - 1) * 1000 + 500);
    const std::vector<PositionFix> taken = reader.takeFixes();
    QCOMPARE(taken.size(), size_t(count));
    QVERIFY(reader.fixes().empty());
}

QTEST_GUILESS_MAIN(TestNmeaReader)
#include "tst_nmeareader.moc"
