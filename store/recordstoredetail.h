#pragma once
// Small helpers shared by RecordStore's two source files (recordstore.cpp: reading and editing records;
// recordstoresync.cpp: the sync outbox and rows from the server). Not for use outside store/.
#include "store/recordschema.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace RecordStoreDetail {

inline QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QString selectColumns(const RecordKind &kind)
{
    return QStringLiteral("id, %1, updated_at, updated_by, version, deleted")
        .arg(kind.fieldNames().join(u", "));
}

// Values compare as text so that 5 and "5", or 1.0 and 1, are the same value to a person.
inline bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = a.isNull() || a.toString().isEmpty();
    const bool bNull = b.isNull() || b.toString().isEmpty();
    if (aNull || bNull)
        return aNull == bNull;
    if (a.canConvert<double>() && b.canConvert<double>() && a.typeId() != QMetaType::QString
        && b.typeId() != QMetaType::QString)
        return a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

// A null QString binds as SQL NULL; "nobody in particular" is stored as an empty name.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QJsonValue jsonOf(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}

} // namespace RecordStoreDetail
