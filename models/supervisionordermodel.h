#pragma once
// The supervision orders as a table for the Supervision page: number, agency, state, deadline, conclusion,
// with OverdueRole and DueSoonRole (the page colours them: red, amber; models hold no Gui types). Reloads
// whenever the store announces a change to the orders (the page's own steps, another desktop, the command
// line).
#include "domain/supervisionservice.h"

#include <QAbstractTableModel>
#include <QList>

class RecordStore;

class SupervisionOrderModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        UnitColumn,
        StateColumn,
        DeadlineColumn,
        ConclusionColumn,
        SourceColumn,
        ColumnCount
    };
    enum Roles { NumberRole = Qt::UserRole, OverdueRole, DueSoonRole };
    // Which orders the list shows: every one, those due within the reminder's working days, the overdue,
    // the open (not closed) or the closed ones.
    enum class Filter { All, DueSoon, Overdue, Open, Closed };
    // What the reminder says, counted over every order whatever the filter.
    struct Reminder
    {
        int dueSoon = 0, overdue = 0, open = 0;
    };

    SupervisionOrderModel(RecordStore *store, SupervisionSettings settings, QObject *parent = nullptr);

    SupervisionOrder orderAt(int row) const { return m_orders.value(row); }
    int rowOf(const QString &number) const;
    bool isOverdue(int row) const;
    bool isDueSoon(int row) const;
    // Header and rows as text, for the .xlsx export.
    QList<QStringList> table() const;
    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    Reminder reminder() const { return m_reminder; }
    int remindDays() const { return m_remindDays; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    RecordStore *m_store;
    SupervisionService m_service; // for overdue and due-soon only; it writes nothing here
    QList<SupervisionOrder> m_all; // newest first
    QList<SupervisionOrder> m_orders; // those the filter shows
    Filter m_filter = Filter::All;
    Reminder m_reminder;
    int m_remindDays;
};
