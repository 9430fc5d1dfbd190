#pragma once
// All live records of one kind as a table, one column per field, for the records pages. Holds every row
// (an administrator's lists are thousands, not millions), so a sort proxy sorts all of them — unlike
// QSqlTableModel, which fetches 256 rows at a time. Refreshes itself when the store announces a change to
// its kind or to a kind it shows names of.
#include "store/record.h"

#include <QAbstractTableModel>
#include <QHash>

class RecordStore;
struct RecordKind;
struct FieldSpec;

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole, // the record's id
        SortRole, // numbers as numbers, everything else as shown
        RawRole, // the stored value (a choice's value, a reference's id)
    };

    RecordTableModel(RecordStore *store, const QString &kind, QObject *parent = nullptr);

    const RecordKind &kind() const { return *m_kind; }
    const FieldSpec &fieldAt(int column) const;
    int columnOf(const QString &field) const;
    Record recordAt(int row) const { return m_records.value(row); }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    void onRecordsChanged(const QString &kind);
    QString displayText(const FieldSpec &field, const QVariant &value) const;

    RecordStore *m_store;
    const RecordKind *m_kind;
    QList<Record> m_records;
    QHash<QString, QString> m_referenceNames; // "kind\nid" -> what a person calls that record
};
