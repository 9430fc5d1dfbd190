#include "interchange/recordimporter.h"
#include "interchange/csvreader.h"
#include "interchange/positionimporter.h"
#include "interchange/taskbookings.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/recordvalidator.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// QJsonParseError gives a character offset; people and editors want line and column.
QPair<int, int> lineColumnAt(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return { line, int(QString::fromUtf8(bytes.mid(lineStart, offset - lineStart)).size()) + 1 };
}

} // namespace

RecordImporter::RecordImporter(RecordStore &store)
    : m_store(store)
{ }

QStringList RecordImporter::kinds()
{
    return { Kind::Units, Kind::Vehicles, Kind::Drivers, Kind::Stations, Kind::Cards, Kind::Fences,
        Kind::Tasks, Kind::Refuels, Kind::Violations, Kind::Maintenance, Kind::Shops, Kind::Plans,
        Kind::Payments, Kind::Complaints, Kind::Positions };
}

bool RecordImporter::addError(ImportOutcome &outcome, ImportError error) const
{
    outcome.errors.append(std::move(error));
    return outcome.errors.size() < m_maxErrors;
}

ImportOutcome RecordImporter::importFile(const QString &kind, const QString &path, const QString &user)
{
    ImportOutcome outcome;
    if (!kinds().contains(kind)) {
        addError(outcome,
            { path, 0, 0,
                tr("cannot import %1 (this version takes: %2)")
                    .arg(kind, kinds().join(QStringLiteral(", "))) });
        return outcome;
    }
    if (kind == Kind::Positions) {
        PositionImporter positions(m_store, m_store.database());
        positions.setProgress(m_progress);
        positions.setMaxErrors(m_maxErrors);
        return positions.importFile(path, m_plate);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addError(outcome, { path, 0, 0, tr("cannot read the file: %1").arg(file.errorString()) });
        return outcome;
    }
    const QByteArray bytes = file.readAll();
    return kind == Kind::Fences ? importFences(path, bytes, user) : importCsv(kind, path, bytes, user);
}

ImportOutcome RecordImporter::importCsv(
    const QString &kindId, const QString &path, const QByteArray &bytes, const QString &user)
{
    ImportOutcome outcome;
    CsvReader csv;
    if (!csv.read(bytes)) {
        addError(outcome, { path, csv.errorLine(), csv.errorColumn(), csv.errorString() });
        return outcome;
    }
    // GB18030 is chosen only for a file that is valid GB18030 throughout, but a UTF-8 file can be that by
    // chance: the summary shows the first rows as read, so a person sees mojibake before trusting it.
    if (csv.encoding() != QStringLiteral("UTF-8")) {
        QStringList shown;
        for (const CsvReader::Row &row : csv.rows().mid(0, 3)) {
            QString cells = row.fields.join(QStringLiteral(", "));
            if (cells.size() > 60)
                cells = cells.left(59) + QChar(0x2026);
            shown << tr("line %1: %2").arg(row.line).arg(cells);
        }
        outcome.notes << tr("read as %1 (the file is not UTF-8); the first rows read: %2")
                             .arg(csv.encoding(), shown.join(QStringLiteral("; ")));
    }
    ImportOutcome rowsOutcome = importRows(kindId, path, csv.header(), csv.rows(), user);
    rowsOutcome.notes = outcome.notes + rowsOutcome.notes;
    return rowsOutcome;
}

ImportOutcome RecordImporter::importRows(const QString &kindId, const QString &path,
    const QStringList &header, const QList<CsvReader::Row> &rows, const QString &user)
{
    ImportOutcome outcome;
    const RecordKind &kind = *RecordSchema::kind(kindId);
    if (header.isEmpty()) {
        addError(outcome, { path, 1, 1, tr("the file is empty; a header row is needed") });
        return outcome;
    }
    // Columns may come in any order; unknown ones are ignored.
    QHash<QString, int> columnOf;
    for (int c = 0; c < header.size(); ++c)
        columnOf.insert(header.at(c), c);
    for (const FieldSpec &f : kind.fields) {
        if (f.required && !f.csvColumn.isEmpty() && !columnOf.contains(f.csvColumn)) {
            addError(outcome, { path, 1, 1, tr("the header has no column %1").arg(f.csvColumn) });
            return outcome;
        }
    }
    const int keyColumn = columnOf.value(kind.field(kind.keyField)->csvColumn);
    m_columns.clear();
    for (auto it = columnOf.cbegin(); it != columnOf.cend(); ++it)
        m_columns.insert(it.key(), it.value() + 1);

    QList<Record> records;
    QList<int> lines;
    QHash<QString, int> keyLines; // key -> line of first occurrence in this file
    QHash<QString, QString> referenceIds; // "kind\nkey" -> id, so a file of 10 000 rows asks once per key
    int done = 0;
    for (const CsvReader::Row &row : rows) {
        if (m_progress && (++done % 500) == 0 && !m_progress(done, int(rows.size()))) {
            outcome.cancelled = true;
            return outcome;
        }
        bool rowOk = true;
        QVariantMap given;
        QStringList reported; // fields already reported, so one bad cell gives one message
        for (const FieldSpec &f : kind.fields) {
            if (f.csvColumn.isEmpty() || !columnOf.contains(f.csvColumn))
                continue;
            const int column = columnOf.value(f.csvColumn) + 1;
            // A cell our exporter guarded against CSV injection ('=…) reads back as it was stored.
            QString value = CsvReader::unguarded(row.fields.value(columnOf.value(f.csvColumn)).trimmed());
            // §6 marks optional columns with '?': a blank cell there means "not given", not "erase".
            if (value.isEmpty() && !f.required && !f.defaultValue.isEmpty())
                continue;
            if (value.isEmpty() && f.required) {
                rowOk = false;
                reported << f.name;
                if (!addError(
                        outcome, { path, row.line, column, tr("%1 is required").arg(f.translatedLabel()) }))
                    return outcome;
                continue;
            }
            if (f.type == FieldType::Reference && !value.isEmpty()) {
                const RecordKind &target = *RecordSchema::kind(f.refKind);
                // Plates are matched as the store keeps them, whatever spacing or dot the file uses.
                if (target.field(target.keyField)->type == FieldType::Plate)
                    value = RecordValidator::normalizedPlate(value);
                const QString cacheKey = f.refKind + QLatin1Char('\n') + value;
                auto it = referenceIds.constFind(cacheKey);
                if (it == referenceIds.constEnd()) {
                    const std::optional<Record> found = m_store.findByKey(f.refKind, value);
                    it = referenceIds.insert(cacheKey, found && !found->deleted ? found->id : QString());
                }
                if (it->isEmpty()) {
                    rowOk = false;
                    reported << f.name;
                    if (!addError(outcome,
                            { path, row.line, column,
                                tr("%1 %2 does not exist").arg(target.translatedSingular(), value) }))
                        return outcome;
                    continue;
                }
                value = *it;
            }
            given.insert(f.name, value);
        }
        // The natural key, as stored, decides whether the row is new or an existing record.
        const QVariantMap givenNormalized = RecordValidator::normalized(kind, given);
        QStringList keyParts;
        for (const QString &field : kind.keyFields())
            keyParts << givenNormalized.value(field).toString();
        const bool keyComplete = kind.keyComplete(givenNormalized);
        const QString key = keyParts.join(QLatin1Char('\n'));
        Record record;
        const std::optional<Record> existing
            = keyComplete ? m_store.findByKeyValues(kindId, givenNormalized) : std::nullopt;
        if (existing)
            record = *existing;
        QVariantMap merged = record.values;
        for (auto it = given.cbegin(); it != given.cend(); ++it)
            merged.insert(it.key(), it.value());
        const QVariantMap values = RecordValidator::normalized(kind, merged);
        for (const FieldSpec &f : kind.fields) {
            const QString message = RecordValidator::checkValue(f, values.value(f.name));
            if (message.isEmpty() || reported.contains(f.name))
                continue;
            rowOk = false;
            reported << f.name;
            const int column = columnOf.contains(f.csvColumn) ? columnOf.value(f.csvColumn) + 1 : 1;
            if (!addError(outcome, { path, row.line, column, message }))
                return outcome;
        }
        if (rowOk) {
            for (const FieldError &e : RecordValidator::validate(kind, values)) {
                rowOk = false;
                const FieldSpec *f = kind.field(e.field);
                const int column
                    = f && columnOf.contains(f->csvColumn) ? columnOf.value(f->csvColumn) + 1 : 1;
                if (!addError(outcome, { path, row.line, column, e.message }))
                    return outcome;
            }
        }
        if (keyComplete) {
            if (keyLines.contains(key)) {
                rowOk = false;
                if (!addError(outcome,
                        { path, row.line, keyColumn + 1,
                            tr("%1 repeats line %2")
                                .arg(row.fields.value(keyColumn).trimmed())
                                .arg(keyLines.value(key)) }))
                    return outcome;
            } else {
                keyLines.insert(key, row.line);
            }
        }
        if (rowOk) {
            record.values = values;
            records.append(record);
            lines.append(row.line);
        }
    }
    outcome.rows = int(rows.size());
    if (!outcome.errors.isEmpty())
        return outcome;
    QHash<QString, int> columnOfField;
    for (const FieldSpec &f : kind.fields) {
        if (columnOf.contains(f.csvColumn))
            columnOfField.insert(f.name, columnOf.value(f.csvColumn) + 1);
    }
    if (m_dryRun) {
        outcome.ok = true;
        return outcome;
    }
    ImportOutcome stored = store(kindId, path, records, lines, user, columnOfField);
    stored.notes = outcome.notes + stored.notes;
    return stored;
}

ImportOutcome RecordImporter::importFences(const QString &path, const QByteArray &bytes, const QString &user)
{
    ImportOutcome outcome;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumnAt(bytes, parseError.offset);
        addError(outcome, { path, line, column, tr("not valid JSON: %1").arg(parseError.errorString()) });
        return outcome;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("type")).toString() != QStringLiteral("FeatureCollection")) {
        addError(outcome, { path, 1, 1, tr("not a GeoJSON FeatureCollection") });
        return outcome;
    }
    // QJsonDocument keeps no positions: find each feature's start in the text to point errors at it. One
    // pass, counting lines as it goes (measuring each from the start made 20,000 features take 85 s).
    QList<QPair<int, int>> featureAt;
    static const QRegularExpression featureType(QStringLiteral("\"type\"\\s*:\\s*\"Feature\""));
    const QString text = QString::fromUtf8(bytes);
    int textLine = 1;
    qsizetype lineStart = 0; // index in text of the first character of textLine
    qsizetype counted = 0; // text before this index is counted
    for (auto it = featureType.globalMatch(text); it.hasNext();) {
        const qsizetype at = it.next().capturedStart();
        for (; counted < at; ++counted) {
            if (text.at(counted) == QLatin1Char('\n')) {
                ++textLine;
                lineStart = counted + 1;
            }
        }
        featureAt.append({ textLine, int(at - lineStart) + 1 });
    }

    const RecordKind &kind = *RecordSchema::kind(Kind::Fences);
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    QList<Record> records;
    QList<int> lines;
    QHash<QString, int> names;
    for (int i = 0; i < features.size(); ++i) {
        const auto [line, column] = featureAt.value(i, { 1, 1 });
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        // The fence's properties are named as its fields (DESIGN §6); "geometry" and "properties" are the
        // GeoJSON feature's own members, literal.
        const QString name = properties.value(Field::Name).toString().trimmed();
        const QJsonValue plates = properties.value(Field::Plates);
        QVariantMap values { { Field::Name, name },
            { Field::Geometry,
                QString::fromUtf8(QJsonDocument(feature.value(QStringLiteral("geometry")).toObject())
                                      .toJson(QJsonDocument::Compact)) },
            { Field::Plates,
                plates.isArray()
                    ? QString::fromUtf8(QJsonDocument(plates.toArray()).toJson(QJsonDocument::Compact))
                    : QString() } };
        if (!plates.isUndefined() && !plates.isNull() && !plates.isArray()) {
            addError(outcome,
                { path, line, column, tr("feature %1: properties.plates must be an array").arg(i + 1) });
            continue;
        }
        values = RecordValidator::normalized(kind, values);
        bool ok = true;
        for (const FieldError &e : RecordValidator::validate(kind, values)) {
            ok = false;
            const QString feature
                = name.isEmpty() ? tr("feature %1").arg(i + 1) : tr("feature %1 (%2)").arg(i + 1).arg(name);
            if (!addError(outcome, { path, line, column, feature + QStringLiteral(": ") + e.message }))
                return outcome;
        }
        if (names.contains(name)) {
            ok = false;
            addError(
                outcome, { path, line, column, tr("%1 repeats line %2").arg(name).arg(names.value(name)) });
        }
        names.insert(name, line);
        if (!ok)
            continue;
        Record record;
        if (const std::optional<Record> existing = m_store.findByKey(kind.id, name))
            record = *existing;
        record.values = values;
        records.append(record);
        lines.append(line);
    }
    outcome.rows = int(features.size());
    if (!outcome.errors.isEmpty())
        return outcome;
    return store(kind.id, path, records, lines, user);
}

ImportOutcome RecordImporter::store(const QString &kind, const QString &path, const QList<Record> &records,
    const QList<int> &lines, const QString &user, const QHash<QString, int> &columnOfField)
{
    ImportOutcome outcome;
    outcome.rows = int(records.size());
    // The look at other bookings and the save under one write lock: nobody books in between.
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen()) {
        addError(outcome, { path, 0, 0, tr("could not be saved: %1").arg(scope.errorString()) });
        return outcome;
    }
    if (kind == Kind::Tasks) {
        // The same booking rules as the board: a file that double-books a car or a driver is refused.
        for (const TaskBookings::Clash &clash : TaskBookings::clashes(m_store, records)) {
            const QString column = clash.driver ? QStringLiteral("driver_code") : Field::Plate;
            if (!addError(
                    outcome, { path, lines.value(clash.index), m_columns.value(column, 1), clash.message }))
                break;
        }
        if (!outcome.errors.isEmpty())
            return outcome;
    }
    int changed = 0;
    const SaveResult result = m_store.saveAll(kind, records, user, &changed);
    if (!result.ok) {
        const int index = result.index >= 0 ? result.index : 0;
        if (result.errors.isEmpty())
            addError(outcome, { path, lines.value(index), 1, result.message() });
        for (const FieldError &e : result.errors)
            addError(outcome, { path, lines.value(index), columnOfField.value(e.field, 1), e.message });
        return outcome;
    }
    if (!scope.commit()) {
        addError(outcome, { path, 0, 0, tr("could not be saved: %1").arg(scope.errorString()) });
        return outcome;
    }
    outcome.ok = true;
    outcome.changed = changed;
    return outcome;
}
