#pragma once
// A change the server did not take, shown with both versions side by side (this desk's and the server's,
// field by field, the differing ones in bold), the server's reason, and the choice: keep mine (pushed again
// over the server's version) or take theirs (the server's version here). "Decide later" keeps it open;
// nothing is ever dropped.
#include "sync/synclocal.h"

#include <QAbstractTableModel>
#include <QDialog>

class RecordStore;
class QLabel;
class QTableView;

// Field | mine | theirs for one conflict.
class ConflictTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    ConflictTableModel(const SyncConflict &conflict, const RecordStore &store, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        QString mine;
        QString theirs;
    };
    QList<Row> m_rows;
};

class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(
        const SyncConflict &conflict, RecordStore &store, const QString &user, QWidget *parent = nullptr);
    ConflictTableModel *model() const { return m_model; }
    // Set after a choice was stored.
    bool resolved() const { return m_resolved; }

private:
    void choose(SyncLocal::Choice choice);

    SyncConflict m_conflict;
    RecordStore &m_store;
    QString m_user;
    ConflictTableModel *m_model;
    QLabel *m_error;
    bool m_resolved = false;
};
