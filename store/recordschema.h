#pragma once
// Describes each kind of administered record once — table, fields, natural key, CSV columns, labels — so
// the store, the importer, the exporter, the item model and the edit form all follow one definition.
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

enum class FieldType {
    Text,
    Integer,
    Real,
    Choice, // one of FieldSpec::choices, stored as its value
    Reference, // id of a record of FieldSpec::refKind; in CSV the referenced record's natural key
    Plate, // a licence plate such as 苏F·A1234, normalised on input
    Geometry, // GeoJSON geometry (Polygon or MultiPolygon) as text
    PlateList, // JSON array of plates; empty means "all vehicles"
    DateTime, // stored as UTC ISO 8601 with ms; read as DESIGN §6 times (no offset = Beijing)
    Date, // YYYY-MM-DD, a Beijing calendar day
};

struct Choice
{
    QString value; // stored and written to CSV
    const char *label; // QT_TRANSLATE_NOOP("Choice", …)
};

struct FieldSpec
{
    QString name; // column in the table
    FieldType type = FieldType::Text;
    const char *label = nullptr; // QT_TRANSLATE_NOOP("Field", …)
    bool required = false;
    QString csvColumn; // column in the interchange CSV (DESIGN §6); empty when not exchanged
    QString refKind; // for Reference (holds an id); on a Plate field, the vehicle named by its key
    QList<Choice> choices; // for Choice
    double minimum = 0; // for Integer/Real when maximum > minimum
    double maximum = 0;
    QString defaultValue; // used when a new record or an import leaves the field out

    QString translatedLabel() const;
    QString choiceLabel(const QString &value) const;
    bool hasRange() const { return maximum > minimum; }
};

struct RecordKind
{
    QString id; // "vehicles": the CLI's KIND and the table name
    const char *title = nullptr; // QT_TRANSLATE_NOOP("Kind", …), plural
    const char *singular = nullptr;
    QString keyField; // natural key: unique, what CSV rows and references are matched by
    QList<FieldSpec> fields;
    QStringList extraKeyFields = {}; // further parts of a composite key (a refuel is card + time)

    const FieldSpec *field(const QString &name) const;
    QString translatedTitle() const;
    QString translatedSingular() const;
    QStringList fieldNames() const;
    QStringList keyFields() const { return QStringList { keyField } + extraKeyFields; }
    // The CSV columns of the key fields, in key order.
    QStringList keyColumns() const;
    // Whether `values` name a record by its key: every required key part given. An optional key part (a
    // payment's reference) may be empty, and then an empty one is what it matches.
    bool keyComplete(const QVariantMap &values) const;
};

namespace RecordSchema {
const QList<RecordKind> &kinds();
const RecordKind *kind(const QString &id);
// Kinds that reference `kindId`, with the referencing field, for "still referenced" checks.
QList<QPair<const RecordKind *, const FieldSpec *>> referencesTo(const QString &kindId);
} // namespace RecordSchema
