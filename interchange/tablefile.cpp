#include "interchange/tablefile.h"

#include "interchange/csvreader.h"
#include "interchange/xlsxreader.h"

#include <QFile>

bool TableFile::read(const QString &path)
{
    m_header.clear();
    m_rows.clear();
    m_error.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    if (bytes.startsWith("PK\x03\x04")) {
        XlsxReader xlsx;
        if (!xlsx.read(path)) {
            m_error = xlsx.errorString();
            return false;
        }
        m_format = QStringLiteral("xlsx");
        for (const XlsxReader::Row &r : xlsx.rows())
            m_rows.append({ r.line, r.cells });
    } else {
        CsvReader csv;
        if (!csv.read(bytes)) {
            m_error = QStringLiteral("%1:%2:%3: %4")
                          .arg(path)
                          .arg(csv.errorLine())
                          .arg(csv.errorColumn())
                          .arg(csv.errorString());
            return false;
        }
        m_format = csv.encoding();
        m_rows.append({ 1, csv.header() });
        for (const CsvReader::Row &r : csv.rows())
            m_rows.append({ r.line, r.fields });
    }
    if (m_rows.isEmpty()) {
        m_error = tr("%1: the file has no header row").arg(path);
        return false;
    }
    const Row head = m_rows.takeFirst();
    m_headerLine = head.line;
    for (const QString &title : head.cells)
        m_header << title.trimmed();
    return true;
}
