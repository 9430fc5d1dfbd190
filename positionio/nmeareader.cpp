#include "positionio/nmeareader.h"

#include <QDate>
#include <QIODevice>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qint64 kHalfDayMs = kDayMs / 2;
constexpr double kKnotKmh = 1.852; // exact by definition of the nautical mile
constexpr qint64 kUnixEpochJulianDay = 2440588;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int twoDigits(const char *p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArrayView trimmed(QByteArrayView s)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && (s[begin] == ' ' || s[begin] == '\t'))
        ++begin;
    while (
        end > begin && (s[end - 1] == '\r' || s[end - 1] == '\n' || s[end - 1] == ' ' || s[end - 1] == '\t'))
        --end;
    return s.sliced(begin, end - begin);
}

// hhmmss[.f...] as ms of the day. Digits are read as integers, never through a double: "132820.70" read as a
// double and scaled gives 700 or 699 ms depending on rounding, which is what gpsd's "fuzzy" log is about.
bool parseTimeOfDay(QByteArrayView s, qint64 *todMs)
{
    if (s.size() < 6)
        return false;
    for (int i = 0; i < 6; ++i)
        if (!isDigit(s[i]))
            return false;
    const int hh = twoDigits(s.data());
    const int mm = twoDigits(s.data() + 2);
    const int ss = twoDigits(s.data() + 4);
    if (hh > 23 || mm > 59 || ss > 60) // 60: a leap second
        return false;
    qint64 ns = 0;
    if (s.size() > 6) {
        if (s[6] != '.' || s.size() == 7)
            return false;
        qint64 scale = 100000000;
        for (qsizetype i = 7; i < s.size(); ++i) {
            if (!isDigit(s[i]))
                return false;
            ns += (s[i] - '0') * scale; // digits past the ninth add nothing (scale reaches 0)
            scale /= 10;
        }
    }
    *todMs = ((hh * 60 + mm) * 60 + ss) * qint64(1000) + (ns + 500000) / 1000000;
    return true;
}

// ddmmyy as ms since the epoch of that day's midnight UTC. Two-digit years: 80..99 are 19yy (GPS began in
// 1980), 00..79 are 20yy, as gpsd does.
bool parseDate(QByteArrayView s, qint64 *dayMs)
{
    if (s.size() != 6)
        return false;
    for (int i = 0; i < 6; ++i)
        if (!isDigit(s[i]))
            return false;
    const int yy = twoDigits(s.data() + 4);
    const QDate date(yy < 80 ? 2000 + yy : 1900 + yy, twoDigits(s.data() + 2), twoDigits(s.data()));
    if (!date.isValid())
        return false;
    *dayMs = (date.toJulianDay() - kUnixEpochJulianDay) * kDayMs;
    return true;
}

// NMEA's (d)ddmm.mmmm plus hemisphere. Whole minutes are split off as an integer before the fraction is
// added, so no digit of a survey-grade 8-decimal field is lost to a division of the whole number.
bool parseCoordinate(QByteArrayView value, QByteArrayView hemisphere, bool latitude, double *degrees)
{
    if (value.isEmpty() || hemisphere.size() != 1)
        return false;
    const char h = hemisphere[0];
    bool negative = false;
    if (latitude ? (h == 'S') : (h == 'W'))
        negative = true;
    else if (latitude ? (h != 'N') : (h != 'E'))
        return false;

    qsizetype dot = value.indexOf('.');
    if (dot < 0)
        dot = value.size();
    if (dot < 3 || dot > (latitude ? 4 : 5))
        return false;
    qint64 whole = 0;
    for (qsizetype i = 0; i < dot; ++i) {
        if (!isDigit(value[i]))
            return false;
        whole = whole * 10 + (value[i] - '0');
    }
    double fraction = 0;
    if (dot < value.size()) {
        qint64 digits = 0;
        double scale = 1;
        for (qsizetype i = dot + 1; i < value.size(); ++i) {
            if (!isDigit(value[i]))
                return false;
            if (i - dot <= 17) { // beyond 17 digits a double cannot tell the difference
                digits = digits * 10 + (value[i] - '0');
                scale *= 10;
            }
        }
        fraction = double(digits) / scale;
    }
    const double minutes = double(whole % 100) + fraction;
    if (minutes >= 60)
        return false;
    const double result = double(whole / 100) + minutes / 60.0;
    if (result > (latitude ? 90.0 : 180.0))
        return false;
    *degrees = negative ? -result : result;
    return true;
}

bool parseNumber(QByteArrayView s, double *value)
{
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *value);
    return ec == std::errc() && end == s.data() + s.size() && std::isfinite(*value);
}

// Talkers whose RMC/GGA describe the receiver's own position. Others (e.g. II, instruments relaying) are not
// ours to interpret.
bool isPositionTalker(QByteArrayView t)
{
    return t == "GP" || t == "BD" || t == "GB" || t == "GN" || t == "GL" || t == "GA" || t == "GQ"
        || t == "GI";
}

} // namespace

struct NmeaReader::Fields
{
    static constexpr int kMax = 32;
    QByteArrayView at[kMax];
    int count = 0;

    QByteArrayView operator[](int i) const { return i < count ? at[i] : QByteArrayView(); }
};

NmeaReader::NmeaReader() = default;

bool NmeaReader::read(QIODevice *device)
{
    if (!device || !device->isReadable()) {
        m_error = QStringLiteral("device is not open for reading");
        return false;
    }
    QByteArray carry;
    QByteArray chunk;
    constexpr qint64 kChunk = 1 << 20;
    for (;;) {
        chunk = device->read(kChunk);
        if (chunk.isEmpty()) {
            if (device->atEnd() || device->bytesAvailable() == 0)
                break;
            m_error = device->errorString();
            return false;
        }
        if (!carry.isEmpty()) {
            chunk.prepend(carry);
            carry.clear();
        }
        const qsizetype lastNewline = std::max(chunk.lastIndexOf('\n'), chunk.lastIndexOf('\r'));
        if (lastNewline < 0) {
            carry = chunk;
            continue;
        }
        read(QByteArray::fromRawData(chunk.constData(), lastNewline + 1));
        carry = chunk.mid(lastNewline + 1);
    }
    if (!carry.isEmpty())
        addLine(carry);
    return true;
}

void NmeaReader::read(const QByteArray &data)
{
    // A line ends at LF, CRLF or a lone CR (old receivers and some loggers write CR only): splitting at
    // either byte gives the same sentences, since blank lines are skipped.
    const char *p = data.constData();
    const char *const end = p + data.size();
    while (p < end) {
        const char *eol = p;
        while (eol < end && *eol != '\n' && *eol != '\r')
            ++eol;
        if (eol > p)
            addLine(QByteArrayView(p, eol - p));
        p = eol + 1;
    }
}

std::vector<PositionFix> NmeaReader::takeFixes()
{
    m_indexByTime.clear();
    m_fixFromRmc.clear();
    return std::exchange(m_fixes, {});
}

void NmeaReader::addLine(QByteArrayView rawLine)
{
    const QByteArrayView line = trimmed(rawLine);
    if (line.isEmpty() || line[0] == '#')
        return;
    ++m_stats.lines;
    if (line[0] != '$' && line[0] != '!') {
        ++m_stats.malformed;
        return;
    }
    ++m_stats.sentences;

    QByteArrayView body = line.sliced(1);
    const qsizetype star = body.indexOf('*');
    if (star >= 0) {
        const QByteArrayView sum = body.sliced(star + 1);
        if (sum.size() != 2 || hexValue(sum[0]) < 0 || hexValue(sum[1]) < 0) {
            ++m_stats.malformed;
            return;
        }
        body = body.first(star);
        unsigned char computed = 0;
        for (const char c : body)
            computed ^= static_cast<unsigned char>(c);
        if (computed != hexValue(sum[0]) * 16 + hexValue(sum[1])) {
            ++m_stats.badChecksum;
            return;
        }
    }

    Fields f;
    qsizetype begin = 0;
    while (f.count < Fields::kMax) {
        const qsizetype comma = body.indexOf(',', begin);
        const qsizetype end = comma < 0 ? body.size() : comma;
        f.at[f.count++] = body.sliced(begin, end - begin);
        if (comma < 0)
            break;
        begin = comma + 1;
    }

    const QByteArrayView address = f[0];
    if (address.size() < 5)
        return; // proprietary or odd sentence: not ours
    const QByteArrayView talker = address.first(2);
    if (talker == "BD" || talker == "GB")
        ++m_stats.beidouSentences;
    if (address.size() != 5 || !isPositionTalker(talker))
        return;
    const QByteArrayView type = address.sliced(2);
    if (type == "RMC") {
        ++m_stats.positionSentences;
        handleRmc(f);
    } else if (type == "GGA") {
        ++m_stats.positionSentences;
        handleGga(f);
    }
}

void NmeaReader::handleRmc(const Fields &f)
{
    // 1 time, 2 status, 3-6 lat/lon, 7 speed (knots), 8 course, 9 date, 10-11 magnetic variation,
    // 12 FAA mode (NMEA 2.3), 13 navigation status (NMEA 4.1; u-blox always sends V there, so it is ignored)
    if (f.count < 3) {
        ++m_stats.malformed;
        return;
    }
    const QByteArrayView status = f[2];
    if (status.isEmpty() || status == "V" || f[12] == "N") {
        // A void RMC's time and date are not trusted either: some chips (MTK3301) send bogus ones.
        ++m_stats.voidSentences;
        return;
    }
    if (status != "A" && status != "D") {
        ++m_stats.malformed;
        return;
    }
    qint64 todMs = 0;
    qint64 dayMs = 0;
    PositionFix fix;
    if (f.count < 10 || !parseTimeOfDay(f[1], &todMs) || !parseDate(f[9], &dayMs)
        || !parseCoordinate(f[3], f[4], true, &fix.lat) || !parseCoordinate(f[5], f[6], false, &fix.lon)) {
        ++m_stats.malformed;
        return;
    }
    double value = 0;
    if (!f[7].isEmpty()) {
        if (!parseNumber(f[7], &value) || value < 0) {
            ++m_stats.malformed;
            return;
        }
        fix.speedKmh = float(value * kKnotKmh);
    }
    if (!f[8].isEmpty()) {
        if (!parseNumber(f[8], &value) || value < 0 || value > 360) {
            ++m_stats.malformed;
            return;
        }
        fix.headingDeg = float(value == 360 ? 0.0 : value);
    }
    fix.timeMs = dayMs + todMs;
    m_haveDate = true;
    m_referenceMs = fix.timeMs;
    ++m_stats.validRmc;
    addFix(fix, true);
}

void NmeaReader::handleGga(const Fields &f)
{
    // 1 time, 2-5 lat/lon, 6 quality (0 = no fix), 7 satellites, 8 HDOP, 9-10 altitude, 11-12 geoid...
    if (f.count < 7) {
        ++m_stats.malformed;
        return;
    }
    const QByteArrayView quality = f[6];
    if (quality.isEmpty() || quality == "0") {
        ++m_stats.voidSentences;
        return;
    }
    qint64 todMs = 0;
    PositionFix fix;
    if (quality.size() != 1 || !isDigit(quality[0]) || !parseTimeOfDay(f[1], &todMs)
        || !parseCoordinate(f[2], f[3], true, &fix.lat) || !parseCoordinate(f[4], f[5], false, &fix.lon)) {
        ++m_stats.malformed;
        return;
    }
    if (!m_haveDate) {
        ++m_stats.undatable;
        return;
    }
    // GGA has only the time of day. Put it on the day that brings it nearest the last placed instant, which
    // covers midnight both ways: a GGA just after 00:00 following a 23:59 RMC, and a late GGA of 23:59
    // arriving after a 00:00 RMC.
    const qint64 referenceDay
        = m_referenceMs >= 0 ? m_referenceMs / kDayMs : (m_referenceMs - kDayMs + 1) / kDayMs;
    qint64 time = referenceDay * kDayMs + todMs;
    if (time - m_referenceMs > kHalfDayMs)
        time -= kDayMs;
    else if (m_referenceMs - time > kHalfDayMs)
        time += kDayMs;
    fix.timeMs = time;
    m_referenceMs = time;
    ++m_stats.validGga;
    addFix(fix, false);
}

void NmeaReader::addFix(const PositionFix &fix, bool fromRmc)
{
    const auto it = m_indexByTime.constFind(fix.timeMs);
    if (it == m_indexByTime.constEnd()) {
        m_indexByTime.insert(fix.timeMs, qsizetype(m_fixes.size()));
        m_fixes.push_back(fix);
        m_fixFromRmc.push_back(fromRmc);
        ++m_stats.fixes;
        return;
    }
    ++m_stats.merged;
    PositionFix &existing = m_fixes[size_t(it.value())];
    if (!fromRmc)
        return; // GGA adds only altitude, which we do not keep; the first one's position stands
    if (!m_fixFromRmc[size_t(it.value())]) {
        // RMC is the sentence that carries speed and course; take its whole record over a GGA's
        existing = fix;
        m_fixFromRmc[size_t(it.value())] = true;
        return;
    }
    // A second RMC of the instant (GPRMC then GARMC): keep the first, fill only what it lacked.
    if (!existing.hasSpeed())
        existing.speedKmh = fix.speedKmh;
    if (!existing.hasHeading())
        existing.headingDeg = fix.headingDeg;
}
