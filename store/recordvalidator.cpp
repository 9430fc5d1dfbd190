#include "store/recordvalidator.h"
#include "store/recordkinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "base/timeparse.h"
#include "maps/geo/polygon.h"
#include "positionio/positionfix.h"

#include <cmath>

static_assert(
    TimeParse::kEarliestMs == FixLimits::kEarliestMs && TimeParse::kLatestMs == FixLimits::kLatestMs,
    "records and fixes accept the same years");

namespace {

// Provinces' one-character abbreviations used on Chinese plates (GA 36).
const QString kProvinces = QStringLiteral("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼");

bool isBlank(const QVariant &v)
{
    return !v.isValid() || v.isNull() || v.toString().trimmed().isEmpty();
}

} // namespace

QString RecordValidator::normalizedPlate(const QString &plate)
{
    QString p = plate.trimmed().toUpper();
    static const QRegularExpression separators(QStringLiteral("[\\s.·•・\\-_]"));
    p.remove(separators);
    if (p.size() >= 3)
        p.insert(2, QChar(0x00B7));
    // Something that is not a plate stays as typed, so the error message shows what the person wrote.
    return isValidPlate(p) ? p : plate.trimmed();
}

bool RecordValidator::isValidPlate(const QString &plate)
{
    // Ordinary plates carry five characters after the dot, new-energy plates six; police plates end in 警.
    static const QRegularExpression pattern(QStringLiteral("^[%1][A-HJ-NP-Z]\\x{00B7}(?:[A-HJ-NP-Z0-9]{5,6}|"
                                                           "[A-HJ-NP-Z0-9]{4}[警学挂])$")
                                                .arg(kProvinces));
    return pattern.match(plate).hasMatch();
}

QString RecordValidator::checkGeometry(const QString &geoJson)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(geoJson.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return tr("not a GeoJSON geometry: %1").arg(error.errorString());
    const QJsonObject geometry = doc.object();
    const QString type = geometry.value(QStringLiteral("type")).toString();
    QJsonArray polygons;
    if (type == QStringLiteral("Polygon"))
        polygons.append(geometry.value(QStringLiteral("coordinates")));
    else if (type == QStringLiteral("MultiPolygon"))
        polygons = geometry.value(QStringLiteral("coordinates")).toArray();
    else
        return tr("geometry type %1 is not Polygon or MultiPolygon")
            .arg(type.isEmpty() ? tr("(none)") : type);
    if (polygons.isEmpty())
        return tr("the area has no polygon");
    for (const QJsonValue &polygon : std::as_const(polygons)) {
        const QJsonArray rings = polygon.toArray();
        if (rings.isEmpty())
            return tr("a polygon has no ring");
        for (const QJsonValue &ringValue : rings) {
            const QJsonArray ring = ringValue.toArray();
            // GeoJSON (RFC 7946 §3.1.6): a linear ring has four or more positions, the last equal to the
            // first.
            if (ring.size() < 4)
                return tr("a ring has %1 positions; at least 4 are needed").arg(ring.size());
            for (const QJsonValue &position : ring) {
                const QJsonArray xy = position.toArray();
                if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
                    return tr("a position is not [longitude, latitude]");
                const double lon = xy.at(0).toDouble();
                const double lat = xy.at(1).toDouble();
                if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
                    return tr("position [%1, %2] is outside the range of longitude and latitude")
                        .arg(lon)
                        .arg(lat);
            }
            if (ring.first() != ring.last())
                return tr("a ring is not closed (its last position must equal its first)");
            // A ring that crosses itself (a bow-tie) has no inside that the location rule could test.
            geo::Ring points;
            points.reserve(std::size_t(ring.size()));
            for (const QJsonValue &position : ring) {
                const QJsonArray xy = position.toArray();
                points.push_back({ xy.at(1).toDouble(), xy.at(0).toDouble() });
            }
            if (const std::optional<geo::RingCrossing> crossing = geo::selfIntersection(points))
                return tr("a ring crosses itself at [%1, %2] (its edges %3 and %4 meet): a polygon's edges "
                          "may not cross")
                    .arg(crossing->at.lon, 0, 'f', 6)
                    .arg(crossing->at.lat, 0, 'f', 6)
                    .arg(crossing->edgeA + 1)
                    .arg(crossing->edgeB + 1);
        }
    }
    return {};
}

QVariantMap RecordValidator::normalized(const RecordKind &kind, const QVariantMap &values)
{
    QVariantMap out = values;
    for (const FieldSpec &field : kind.fields) {
        QVariant v = out.value(field.name);
        if (v.typeId() == QMetaType::QString)
            v = v.toString().trimmed();
        if (isBlank(v)) {
            out[field.name] = field.defaultValue.isEmpty() ? QVariant() : QVariant(field.defaultValue);
            continue;
        }
        switch (field.type) {
        case FieldType::Plate:
            v = normalizedPlate(v.toString());
            break;
        case FieldType::Integer: {
            bool ok = false;
            const qlonglong n = v.toString().toLongLong(&ok);
            if (ok)
                v = n;
            break;
        }
        case FieldType::Real: {
            // NaN and infinities stay as typed for checkValue() to refuse: stored, NaN would become NULL.
            bool ok = false;
            const double d = v.toString().toDouble(&ok);
            if (ok && std::isfinite(d))
                v = d;
            break;
        }
        case FieldType::Choice: {
            // Accept the value in any case, and the translated label too: people type what they see.
            for (const Choice &c : field.choices) {
                if (c.value.compare(v.toString(), Qt::CaseInsensitive) == 0
                    || field.choiceLabel(c.value) == v)
                    v = c.value;
            }
            break;
        }
        case FieldType::DateTime: {
            // Stored in UTC; anything that does not parse stays as typed for validate() to report.
            const std::optional<qint64> ms = TimeParse::parseMs(v.toString());
            if (ms && TimeParse::inSupportedRange(*ms))
                v = TimeParse::toUtcIso(*ms);
            break;
        }
        case FieldType::PlateList: {
            QStringList plates;
            const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
            const QStringList raw = doc.isArray()
                ? doc.toVariant().toStringList()
                : v.toString().split(QRegularExpression(QStringLiteral("[,，;；\\s]+")), Qt::SkipEmptyParts);
            for (const QString &p : raw)
                plates << normalizedPlate(p);
            plates.removeDuplicates();
            v = plates.isEmpty()
                ? QVariant()
                : QVariant(QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(plates)).toJson(QJsonDocument::Compact)));
            break;
        }
        default:
            break;
        }
        out[field.name] = v;
    }
    return out;
}

QString RecordValidator::checkValue(const FieldSpec &field, const QVariant &value)
{
    if (isBlank(value))
        return field.required ? tr("%1 is required").arg(field.translatedLabel()) : QString();
    const QString s = value.toString();
    switch (field.type) {
    case FieldType::Text:
        if (field.name == QStringLiteral("phone")
            && !QRegularExpression(QStringLiteral("^\\+?[0-9][0-9 \\-]{4,19}$")).match(s).hasMatch())
            return tr("%1 is not a phone number").arg(s);
        return {};
    case FieldType::Integer: {
        bool ok = false;
        const qlonglong n = s.toLongLong(&ok);
        if (!ok)
            return tr("%1: %2 is not a whole number").arg(field.translatedLabel(), s);
        if (field.hasRange() && (n < field.minimum || n > field.maximum))
            return tr("%1 %2 is outside %3 to %4")
                .arg(field.translatedLabel(), s)
                .arg(field.minimum)
                .arg(field.maximum);
        return {};
    }
    case FieldType::Real: {
        bool ok = false;
        const double d = s.toDouble(&ok);
        // NaN and infinity parse as doubles but are no amount, distance or place.
        if (!ok || !std::isfinite(d))
            return tr("%1: %2 is not a number").arg(field.translatedLabel(), s);
        if (field.hasRange() && (d < field.minimum || d > field.maximum))
            return tr("%1 %2 is outside %3 to %4")
                .arg(field.translatedLabel(), s)
                .arg(field.minimum)
                .arg(field.maximum);
        return {};
    }
    case FieldType::Choice: {
        QStringList allowed;
        for (const Choice &c : field.choices) {
            if (c.value == s)
                return {};
            allowed << c.value;
        }
        return tr("%1 is not one of %2").arg(s, allowed.join(QStringLiteral(", ")));
    }
    case FieldType::Plate:
        return isValidPlate(s) ? QString() : tr("%1 is not a plate like 苏F·A1234").arg(s);
    case FieldType::PlateList: {
        const QStringList plates = QJsonDocument::fromJson(s.toUtf8()).toVariant().toStringList();
        for (const QString &p : plates) {
            if (!isValidPlate(p))
                return tr("%1 is not a plate like 苏F·A1234").arg(p);
        }
        return {};
    }
    case FieldType::Geometry:
        return checkGeometry(s);
    case FieldType::Reference:
        return {};
    case FieldType::DateTime:
    case FieldType::Date: {
        const bool date = field.type == FieldType::Date;
        const std::optional<qint64> ms = date ? TimeParse::parseDateMs(s) : TimeParse::parseMs(s);
        if (!ms)
            return date ? tr("%1: %2 is not a date like 2026-10-08").arg(field.translatedLabel(), s)
                        : tr("%1: %2 is not a time like 2026-10-08 09:30:00").arg(field.translatedLabel(), s);
        if (!TimeParse::inSupportedRange(*ms))
            return tr("%1: %2 is outside the years 2000 to 2099").arg(field.translatedLabel(), s);
        return {};
    }
    }
    return {};
}

QList<FieldError> RecordValidator::validate(const RecordKind &kind, const QVariantMap &values)
{
    QList<FieldError> errors;
    for (const FieldSpec &field : kind.fields) {
        const QString message = checkValue(field, values.value(field.name));
        if (!message.isEmpty())
            errors.append({ field.name, message });
    }
    // A booked window must not end before it starts.
    if (kind.field(Field::EndAt) && errors.isEmpty()) {
        const auto start = TimeParse::parseMs(values.value(Field::StartAt).toString());
        const auto end = TimeParse::parseMs(values.value(Field::EndAt).toString());
        if (start && end && *end < *start)
            errors.append({ Field::EndAt, tr("the booked window ends before it starts") });
    }
    // A stay in the shop must not end before the day it began.
    if (kind.field(Field::InShopUntil) && errors.isEmpty()) {
        const auto first = TimeParse::parseDateMs(values.value(Field::Date).toString());
        const auto until = TimeParse::parseDateMs(values.value(Field::InShopUntil).toString());
        if (first && until && *until < *first)
            errors.append({ Field::InShopUntil, tr("the stay in the shop ends before its first day") });
    }
    return errors;
}
