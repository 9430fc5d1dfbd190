#pragma once
// One administered record: its field values keyed by FieldSpec::name plus the sync metadata of DESIGN §4.
#include <QString>
#include <QVariantMap>

struct Record
{
    QString id; // text UUID
    QVariantMap values;
    QString updatedAt; // ISO 8601 UTC with milliseconds
    QString updatedBy;
    qint64 version = 0; // server change sequence; 0 = never synced
    bool deleted = false; // tombstone

    QVariant value(const QString &field) const { return values.value(field); }
    QString text(const QString &field) const { return values.value(field).toString(); }
};

// A problem with one field of a record, in words for the person who typed it.
struct FieldError
{
    QString field;
    QString message;
};
