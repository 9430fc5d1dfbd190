#pragma once
// One record's change log as a table (when, who, what, old → new) for the history dialog.
#include "store/recordstore.h"

#include <QAbstractTableModel>

class ChangeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    ChangeHistoryModel(
        const RecordStore &store, const QString &kind, const QString &id, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString describe(const ChangeEntry &entry) const;

    QString m_kind;
    QList<ChangeEntry> m_entries;
};
