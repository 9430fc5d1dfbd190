#pragma once
// Shows one record's change log: when (Beijing time), who, what, old → new.
#include <QDialog>

class RecordStore;
struct Record;

class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(
        const RecordStore &store, const QString &kind, const Record &record, QWidget *parent = nullptr);
};
