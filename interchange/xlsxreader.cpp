#include "interchange/xlsxreader.h"

#include "interchange/ziparchive.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

namespace {

// Reads one part of the zip whole; empty with *found false when it is not there or does not inflate.
QByteArray part(ZipArchive &zip, const QString &name, bool *found)
{
    *found = zip.contains(name);
    if (!*found)
        return {};
    const QByteArray bytes = zip.read(name);
    *found = !bytes.isNull();
    return bytes;
}

// Excel's built-in number formats that show a date or a time (ECMA-376 part 1, 18.8.30).
bool builtInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36)
        || (id >= 50 && id <= 58);
}

// A custom format shows a date when it has d, m, y, h or s outside quotes, brackets ([Red], [$-804]) and
// escapes; "0.00" or "#,##0" do not.
bool customDateFormat(const QString &code)
{
    bool quoted = false;
    bool bracket = false;
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\\'))
            ++i;
        else if (c == QLatin1Char('['))
            bracket = true;
        else if (c == QLatin1Char(']'))
            bracket = false;
        else if (!bracket && QStringLiteral("dmyhsDMYHS").contains(c))
            return true;
    }
    return false;
}

QString numberText(double v)
{
    if (std::floor(v) == v && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

} // namespace

bool XlsxReader::fail(const QString &message)
{
    m_error = message;
    m_rows.clear();
    return false;
}

int XlsxReader::columnOf(const QString &cellRef)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : cellRef) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters ? column - 1 : -1;
}

QString XlsxReader::serialToText(double serial)
{
    // Day 0 is 1899-12-30 for every serial after Excel's phantom 29 February 1900 (serial 60).
    double days = std::floor(serial);
    if (serial < 61)
        days += 1; // 1 = 1900-01-01 below the phantom day
    const QDate day = QDate(1899, 12, 30).addDays(qint64(days));
    const qint64 seconds = qint64(std::llround((serial - std::floor(serial)) * 86400.0));
    if (seconds == 0)
        return day.toString(Qt::ISODate);
    if (seconds >= 86400)
        return day.addDays(1).toString(Qt::ISODate);
    return QDateTime(day, QTime(0, 0).addSecs(int(seconds))).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool XlsxReader::read(const QString &path)
{
    m_rows.clear();
    m_error.clear();
    ZipArchive zip;
    if (!zip.open(path))
        return fail(tr("%1: not an .xlsx workbook (%2)").arg(path, zip.errorString()));
    bool found = false;

    // The first sheet of the workbook and the part it lives in.
    QString sheetTarget = QStringLiteral("xl/worksheets/sheet1.xml");
    const QByteArray workbook = part(zip, QStringLiteral("xl/workbook.xml"), &found);
    if (!found)
        return fail(tr("%1: not an .xlsx workbook (no xl/workbook.xml)").arg(path));
    QString firstSheetRel;
    {
        QXmlStreamReader x(workbook);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("sheet")) {
                m_sheetName = x.attributes().value(QLatin1String("name")).toString();
                for (const QXmlStreamAttribute &a : x.attributes()) {
                    if (a.name() == QLatin1String("id"))
                        firstSheetRel = a.value().toString();
                }
                break;
            }
        }
    }
    const QByteArray rels = part(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), &found);
    if (found && !firstSheetRel.isEmpty()) {
        QXmlStreamReader x(rels);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("Relationship")
                && x.attributes().value(QLatin1String("Id")) == firstSheetRel) {
                QString target = x.attributes().value(QLatin1String("Target")).toString();
                sheetTarget
                    = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                break;
            }
        }
    }

    QStringList shared;
    const QByteArray sharedXml = part(zip, QStringLiteral("xl/sharedStrings.xml"), &found);
    if (found) {
        QXmlStreamReader x(sharedXml);
        QString current;
        bool inSi = false;
        int skip = 0; // inside a phonetic run (rPh), whose text is not the cell's
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement()) {
                if (x.name() == QLatin1String("si")) {
                    inSi = true;
                    current.clear();
                } else if (x.name() == QLatin1String("rPh")) {
                    ++skip;
                } else if (x.name() == QLatin1String("t") && inSi && !skip) {
                    current += x.readElementText();
                }
            } else if (x.isEndElement()) {
                if (x.name() == QLatin1String("si")) {
                    shared << current;
                    inSi = false;
                } else if (x.name() == QLatin1String("rPh")) {
                    --skip;
                }
            }
        }
        if (x.hasError())
            return fail(tr("%1: xl/sharedStrings.xml: %2").arg(path, x.errorString()));
    }

    // Which cell styles (index into cellXfs) show dates.
    QSet<int> dateStyles;
    const QByteArray styles = part(zip, QStringLiteral("xl/styles.xml"), &found);
    if (found) {
        QXmlStreamReader x(styles);
        QSet<int> customDates;
        bool inXfs = false;
        int xf = 0;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement()) {
                if (x.name() == QLatin1String("numFmt")) {
                    if (customDateFormat(x.attributes().value(QLatin1String("formatCode")).toString()))
                        customDates.insert(x.attributes().value(QLatin1String("numFmtId")).toInt());
                } else if (x.name() == QLatin1String("cellXfs")) {
                    inXfs = true;
                } else if (inXfs && x.name() == QLatin1String("xf")) {
                    const int id = x.attributes().value(QLatin1String("numFmtId")).toInt();
                    if (builtInDateFormat(id) || customDates.contains(id))
                        dateStyles.insert(xf);
                    ++xf;
                }
            } else if (x.isEndElement() && x.name() == QLatin1String("cellXfs")) {
                inXfs = false;
            }
        }
    }

    const QByteArray sheet = part(zip, sheetTarget, &found);
    if (!found)
        return fail(tr("%1: the workbook has no sheet %2").arg(path, sheetTarget));
    QXmlStreamReader x(sheet);
    Row row;
    int nextRow = 1;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("row")) {
            row = Row();
            const QString r = x.attributes().value(QLatin1String("r")).toString();
            row.line = r.isEmpty() ? nextRow : r.toInt();
            nextRow = row.line + 1;
        } else if (x.isEndElement() && x.name() == QLatin1String("row")) {
            bool any = false;
            for (const QString &c : std::as_const(row.cells))
                any = any || !c.trimmed().isEmpty();
            if (any)
                m_rows.append(row);
        } else if (x.isStartElement() && x.name() == QLatin1String("c")) {
            const QXmlStreamAttributes a = x.attributes();
            const QString ref = a.value(QLatin1String("r")).toString();
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            int column = ref.isEmpty() ? int(row.cells.size()) : columnOf(ref);
            if (column < 0)
                return fail(tr("%1: row %2: bad cell reference %3").arg(path).arg(row.line).arg(ref));
            QString value;
            QString inlineText;
            while (!x.atEnd()) {
                x.readNext();
                if (x.isEndElement() && x.name() == QLatin1String("c"))
                    break;
                if (x.isStartElement() && x.name() == QLatin1String("v"))
                    value = x.readElementText();
                else if (x.isStartElement() && x.name() == QLatin1String("t"))
                    inlineText += x.readElementText();
            }
            QString text;
            if (type == QLatin1String("s")) {
                const int index = value.toInt();
                if (index < 0 || index >= shared.size())
                    return fail(tr("%1: cell %2 names shared string %3, which the workbook does not have")
                                    .arg(path, ref, value));
                text = shared.at(index);
            } else if (type == QLatin1String("inlineStr")) {
                text = inlineText;
            } else if (type == QLatin1String("b")) {
                text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                text = value;
            } else if (!value.isEmpty()) {
                bool ok = false;
                const double v = value.toDouble(&ok);
                text = !ok ? value : dateStyles.contains(style) ? serialToText(v) : numberText(v);
            }
            while (row.cells.size() <= column)
                row.cells.append(QString());
            row.cells[column] = text;
        }
    }
    if (x.hasError())
        return fail(tr("%1: %2: %3").arg(path, sheetTarget, x.errorString()));
    return true;
}
