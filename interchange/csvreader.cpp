#include "interchange/csvreader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <iconv.h>

namespace {

// The first byte that is not part of well-formed UTF-8 (RFC 3629: no overlongs, surrogates or code points
// past U+10FFFF), or -1. *truncated tells that it starts a sequence cut off by the end of the bytes.
qsizetype firstBadUtf8(const QByteArray &bytes, bool *truncated)
{
    *truncated = false;
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // the allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n) {
                *truncated = true;
                return i;
            }
            const unsigned char lo = k == 1 ? low : 0x80;
            const unsigned char hi = k == 1 ? high : 0xBF;
            if (b[i + k] < lo || b[i + k] > hi)
                return i;
        }
        i += length;
    }
    return -1;
}

// Qt's own decoders cover only the UTF family; GB18030 comes from glibc's iconv, which always has it.
// Strict: false with *bad at the first byte that is not GB18030 (or starts a sequence the end cuts off).
bool fromGb18030(const QByteArray &bytes, QString *text, qsizetype *bad)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        *bad = 0;
        return false;
    }
    // A GB18030 character of 2 or 4 bytes is at most 4 bytes of UTF-8: twice the input always suffices.
    QByteArray out(bytes.size() * 2 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    const bool ok = iconv(cd, &in, &inLeft, &outPtr, &outLeft) != size_t(-1) && inLeft == 0;
    iconv_close(cd);
    if (!ok) {
        *bad = in - bytes.constData();
        return false;
    }
    out.truncate(out.size() - qsizetype(outLeft));
    *text = QString::fromUtf8(out);
    return true;
}

// A cell that a spreadsheet would take for a formula once its leading apostrophes are gone.
bool startsLikeAFormula(QStringView cell)
{
    while (cell.startsWith(QLatin1Char('\'')))
        cell = cell.mid(1);
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    if (c == QLatin1Char('-')) {
        // A plain negative number (-7, -33.5, -1e3) is data, not a formula: keep it readable as a number.
        static const QRegularExpression number(
            QStringLiteral("^-(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"));
        return !number.match(cell).hasMatch();
    }
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('@') || c == QLatin1Char('\t')
        || c == QLatin1Char('\r');
}

QString withoutBom(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace

QString CsvReader::quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvReader::guarded(const QString &cell)
{
    return startsLikeAFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

QString CsvReader::unguarded(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) && startsLikeAFormula(QStringView(cell).mid(1)) ? cell.mid(1)
                                                                                              : cell;
}

bool CsvReader::decodeFile(const QByteArray &bytes, QString *text, QString *encoding)
{
    m_error.clear();
    m_errorLine = m_errorColumn = 0;
    bool truncated = false;
    const qsizetype badUtf8 = firstBadUtf8(bytes, &truncated);
    if (badUtf8 < 0) {
        *text = withoutBom(QString::fromUtf8(bytes));
        m_encoding = QStringLiteral("UTF-8");
        if (encoding)
            *encoding = m_encoding;
        return true;
    }
    qsizetype badGb = 0;
    // A file that is UTF-8 up to a character cut off at its very end is a UTF-8 file cut short, even when
    // its bytes happen to make GB18030 too.
    if (!truncated && fromGb18030(bytes, text, &badGb)) {
        *text = withoutBom(*text);
        m_encoding = QStringLiteral("GB18030");
        if (encoding)
            *encoding = m_encoding;
        return true;
    }
    // Neither: point at the bad byte of the reading that got further, which is the one the file meant.
    const bool gbFurther = !truncated && badGb > badUtf8;
    const qsizetype bad = gbFurther ? badGb : badUtf8;
    const qsizetype lineStart = bytes.lastIndexOf('\n', bad - 1) + 1; // 0 when there is none
    m_errorLine = int(bytes.left(bad).count('\n')) + 1;
    const QByteArray before = bytes.mid(lineStart, bad - lineStart);
    QString prefix;
    if (!gbFurther || !fromGb18030(before, &prefix, &badGb))
        prefix = QString::fromUtf8(before);
    m_errorColumn = int(prefix.size()) + 1;
    const QString hex
        = QStringLiteral("%1").arg(uint(uchar(bytes.at(bad))), 2, 16, QLatin1Char('0')).toUpper();
    m_error = truncated
        ? QCoreApplication::translate(
            "CsvReader", "the file ends in the middle of a UTF-8 character (byte 0x%1): it looks cut short")
              .arg(hex)
        : QCoreApplication::translate("CsvReader",
            "byte 0x%1 is not valid UTF-8 or GB18030, so the file's encoding is unknown; save it as UTF-8")
              .arg(hex);
    m_encoding.clear();
    return false;
}

bool CsvReader::read(const QByteArray &bytes)
{
    QString text;
    if (!decodeFile(bytes, &text)) {
        m_header.clear();
        m_rows.clear();
        return false;
    }
    return parse(text);
}

QString CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    CsvReader reader;
    QString text;
    if (reader.decodeFile(bytes, &text, encoding))
        return text;
    if (encoding)
        *encoding = QStringLiteral("UTF-8");
    return withoutBom(QString::fromUtf8(bytes));
}

bool CsvReader::parse(const QString &text)
{
    m_header.clear();
    m_rows.clear();
    m_error.clear();
    int line = 1;
    int i = 0;
    const int n = text.size();
    bool first = true;
    while (i < n) {
        Row row;
        row.line = line;
        QString field;
        bool rowDone = false;
        while (!rowDone) {
            field.clear();
            if (i < n && text.at(i) == QLatin1Char('"')) {
                const int quoteLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                            field += c;
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed) {
                    m_errorLine = quoteLine;
                    m_errorColumn = int(row.fields.size()) + 1;
                    m_error = QCoreApplication::translate("CsvReader", "a quoted field is never closed");
                    return false;
                }
                if (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\n')
                    && text.at(i) != QLatin1Char('\r')) {
                    m_errorLine = line;
                    m_errorColumn = int(row.fields.size()) + 1;
                    m_error = QCoreApplication::translate("CsvReader", "text after the closing quote");
                    return false;
                }
            } else {
                while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\n')
                    && text.at(i) != QLatin1Char('\r'))
                    field += text.at(i++);
            }
            row.fields << field;
            if (i >= n) {
                rowDone = true;
            } else if (text.at(i) == QLatin1Char(',')) {
                ++i;
            } else {
                if (text.at(i) == QLatin1Char('\r'))
                    ++i;
                if (i < n && text.at(i) == QLatin1Char('\n'))
                    ++i;
                ++line;
                rowDone = true;
            }
        }
        const bool blank = row.fields.size() == 1 && row.fields.first().trimmed().isEmpty();
        if (blank)
            continue;
        if (first) {
            for (QString &h : row.fields)
                h = h.trimmed().toLower();
            m_header = row.fields;
            first = false;
        } else {
            m_rows.append(row);
        }
    }
    return true;
}
