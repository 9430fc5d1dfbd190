#include "interchange/recordexporter.h"
#include "base/timeparse.h"
#include "interchange/csvreader.h"
#include "interchange/exporttarget.h"
#include "interchange/positionexporter.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cmath>
#include <limits>
#include <xlsxwriter.h>

namespace {

QString textOf(const QVariant &v, FieldType type)
{
    if (v.isNull())
        return {};
    if (type == FieldType::Real)
        return QString::number(v.toDouble(), 'g', 12);
    if (type == FieldType::DateTime) {
        const std::optional<qint64> ms = TimeParse::parseMs(v.toString());
        return ms ? TimeParse::toBeijingIso(*ms) : v.toString();
    }
    return v.toString();
}

} // namespace

RecordExporter::RecordExporter(const RecordStore &store)
    : m_store(store)
{ }

QList<QStringList> RecordExporter::table(const QString &kindId) const
{
    QList<QStringList> rows;
    const RecordKind *kind = RecordSchema::kind(kindId);
    if (!kind)
        return rows;
    QStringList header;
    QList<const FieldSpec *> fields;
    for (const FieldSpec &f : kind->fields) {
        if (f.csvColumn.isEmpty())
            continue;
        header << f.csvColumn;
        fields << &f;
    }
    rows << header;
    // References are written as keys, which is what an importer on another machine can resolve.
    QHash<QString, QHash<QString, QString>> keyOfId;
    for (const FieldSpec *f : std::as_const(fields)) {
        if (f->type != FieldType::Reference || keyOfId.contains(f->refKind))
            continue;
        const QString refKey = RecordSchema::kind(f->refKind)->keyField;
        for (const Record &r : m_store.records(f->refKind, true))
            keyOfId[f->refKind].insert(r.id, r.text(refKey));
    }
    for (const Record &r : m_store.records(kindId)) {
        QStringList row;
        for (const FieldSpec *f : std::as_const(fields)) {
            const QVariant v = r.value(f->name);
            row << (f->type == FieldType::Reference ? keyOfId.value(f->refKind).value(v.toString())
                                                    : textOf(v, f->type));
        }
        rows << row;
    }
    return rows;
}

bool RecordExporter::exportFile(const QString &kind, const QString &path)
{
    m_error.clear();
    m_rows = 0;
    m_error = ExportTarget::refusal(path, m_store.database().databaseName());
    if (!m_error.isEmpty())
        return false;
    if (kind == Kind::Positions) {
        if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
            m_error
                = tr("%1: positions are exported as CSV only (a month of tracks exceeds a workbook's rows)")
                      .arg(path);
            return false;
        }
        // Tracks are tens of millions of rows: PositionExporter streams them day by day.
        PositionExporter positions(m_store);
        const bool ok = positions.exportFile(path);
        m_error = positions.errorString();
        m_rows = int(positions.fixesWritten());
        return ok;
    }
    if (!RecordSchema::kind(kind)) {
        m_error = tr("%1: unknown kind %2").arg(path, kind);
        return false;
    }
    if (kind == Kind::Fences && !path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return writeGeoJson(path);
    QList<QStringList> rows = table(kind);
    if (kind == Kind::Fences) {
        // A spreadsheet cannot show an area; it lists the fences by name and limit.
        rows = { { Field::Name, Field::Plates } };
        for (const Record &r : m_store.records(kind))
            rows << QStringList { r.text(Field::Name), r.text(Field::Plates) };
    }
    m_rows = int(rows.size()) - 1;
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? writeXlsx(kind, path, rows)
                                                                       : writeCsv(path, rows);
}

bool RecordExporter::writeCsv(const QString &path, const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &v : row)
            fields << CsvReader::quoted(CsvReader::guarded(v));
        file.write((fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
    }
    if (!file.commit()) {
        m_error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool RecordExporter::writeXlsx(const QString &kind, const QString &path, const QList<QStringList> &rows)
{
    // Only the columns of number fields hold numbers; every other cell is written as a string, so text such
    // as -7, +86, 1e3 or 0012 stays the text it is. A string cell is never a formula in a workbook, so no
    // CSV-injection guard is needed here.
    const RecordKind *spec = RecordSchema::kind(kind);
    QList<bool> numeric;
    for (const QString &column : rows.value(0)) {
        bool isNumber = false;
        for (const FieldSpec &f : spec->fields) {
            if (kind != Kind::Fences && f.csvColumn == column)
                isNumber = f.type == FieldType::Integer || f.type == FieldType::Real;
        }
        numeric << isNumber;
    }
    return writeWorkbook(path, spec->translatedTitle(), rows, numeric);
}

bool RecordExporter::writeWorkbook(const QString &path, const QString &sheetTitle,
    const QList<QStringList> &rows, const QList<bool> &numeric)
{
    m_error.clear();
    m_error = ExportTarget::refusal(path, m_store.database().databaseName());
    if (!m_error.isEmpty())
        return false;
    // Excel's limit per cell; libxlsxwriter would leave a longer cell empty. Checked before anything is
    // written, so a refused export leaves no partial file.
    constexpr int kMaxCellChars = 32767;
    for (int r = 1; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            if (rows.at(r).at(c).size() > kMaxCellChars) {
                m_error = tr("%1: row %2, column %3 (%4) holds %5 characters; a workbook cell holds at most "
                             "%6, so export it as CSV")
                              .arg(path)
                              .arg(r + 1)
                              .arg(c + 1)
                              .arg(rows.first().value(c))
                              .arg(rows.at(r).at(c).size())
                              .arg(kMaxCellChars);
                return false;
            }
        }
    }
    // libxlsxwriter writes the zip itself; write next to the target and rename, like QSaveFile does.
    const QString partial = path + QStringLiteral(".part");
    lxw_workbook *workbook = workbook_new(QFile::encodeName(partial).constData());
    if (!workbook) {
        m_error = tr("%1: cannot write").arg(path);
        return false;
    }
    const QByteArray sheetName = sheetTitle.left(31).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_error cellError = LXW_NO_ERROR;
    int badRow = 0;
    int badColumn = 0;
    for (int r = 0; r < rows.size() && cellError == LXW_NO_ERROR; ++r) {
        for (int c = 0; c < rows.at(r).size() && cellError == LXW_NO_ERROR; ++c) {
            const QString &v = rows.at(r).at(c);
            bool isNumber = false;
            const double number = v.toDouble(&isNumber);
            if (r > 0 && numeric.value(c) && isNumber && std::isfinite(number))
                cellError = worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), number, nullptr);
            else
                cellError = worksheet_write_string(
                    sheet, lxw_row_t(r), lxw_col_t(c), v.toUtf8().constData(), r == 0 ? bold : nullptr);
            badRow = r + 1;
            badColumn = c + 1;
        }
    }
    if (!rows.isEmpty() && cellError == LXW_NO_ERROR) {
        worksheet_set_column(sheet, 0, lxw_col_t(rows.first().size() - 1), 16, nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
    }
    const lxw_error result = workbook_close(workbook);
    if (cellError != LXW_NO_ERROR || result != LXW_NO_ERROR) {
        QFile::remove(partial);
        m_error = cellError != LXW_NO_ERROR
            ? tr("%1: row %2, column %3 cannot be written: %4")
                  .arg(path)
                  .arg(badRow)
                  .arg(badColumn)
                  .arg(QString::fromUtf8(lxw_strerror(cellError)))
            : tr("%1: cannot write: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        m_error = tr("%1: cannot replace the file").arg(path);
        return false;
    }
    return true;
}

bool RecordExporter::writeGeoJson(const QString &path)
{
    QJsonArray features;
    for (const Record &r : m_store.records(Kind::Fences)) {
        // Properties named as the fence's fields (DESIGN §6); "type", "properties" and "geometry" are
        // GeoJSON's own members, literal.
        QJsonObject properties { { Field::Name, r.text(Field::Name) } };
        const QString plates = r.text(Field::Plates);
        if (!plates.isEmpty())
            properties.insert(Field::Plates, QJsonDocument::fromJson(plates.toUtf8()).array());
        features.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("Feature") },
            { QStringLiteral("properties"), properties },
            { QStringLiteral("geometry"),
                QJsonDocument::fromJson(r.text(Field::Geometry).toUtf8()).object() } });
    }
    m_rows = int(features.size());
    const QJsonObject collection { { QStringLiteral("type"), QStringLiteral("FeatureCollection") },
        { QStringLiteral("features"), features } };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(collection).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
