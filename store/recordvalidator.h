#pragma once
// Normalises and checks a record's values against its kind, without a database: formats, ranges, required
// fields, plate syntax, GeoJSON geometry. Uniqueness and references need the store and are checked there.
#include "store/record.h"
#include "store/recordschema.h"

#include <QCoreApplication>
#include <QList>

class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(RecordValidator)

public:
    // Trims text, normalises plates (苏fa1234 → 苏F·A1234) and plate lists, fills defaults of missing
    // choice fields, converts numbers held as text. Values that cannot be converted are left for validate().
    static QVariantMap normalized(const RecordKind &kind, const QVariantMap &values);
    static QList<FieldError> validate(const RecordKind &kind, const QVariantMap &values);
    // One value against its field; empty string when it is fine.
    static QString checkValue(const FieldSpec &field, const QVariant &value);

    static QString normalizedPlate(const QString &plate);
    static bool isValidPlate(const QString &plate);
    // Parses a GeoJSON geometry (Polygon or MultiPolygon); returns an error message or empty.
    static QString checkGeometry(const QString &geoJson);
};
