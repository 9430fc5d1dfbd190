#include "interchange/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <iconv.h>

namespace {

// Qt's own decoders cover only the UTF family; GB18030 comes from glibc's iconv, which always has it.
QString fromGb18030(const QByteArray &bytes)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return QString::fromLatin1(bytes);
    QByteArray out(bytes.size() * 2 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) == size_t(-1)) {
            // An invalid byte: keep going with a replacement character so the error shows in context.
            if (outLeft < 3)
                break;
            memcpy(outPtr, "\xEF\xBF\xBD", 3);
            outPtr += 3;
            outLeft -= 3;
            ++in;
            --inLeft;
        }
    }
    iconv_close(cd);
    out.truncate(out.size() - int(outLeft));
    return QString::fromUtf8(out);
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

QString CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    if (encoding)
        *encoding = QStringLiteral("GB18030");
    return fromGb18030(bytes);
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
