#pragma once
// The agencies' assessment scores of one year (Assessment::load) as a table: rank, agency, score, points
// deducted and returned, number of changes. Recomputed from the orders' history on every reload.
#include "domain/assessment.h"

#include <QAbstractTableModel>

class RecordStore;

class ScoreTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        UnitColumn,
        ScoreColumn,
        DeductedColumn,
        ReturnedColumn,
        ChangesColumn,
        ColumnCount
    };

    ScoreTableModel(RecordStore *store, AssessmentRules rules, QObject *parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }
    UnitScore scoreAt(int row) const { return m_scores.value(row); }
    const QList<UnitScore> &scores() const { return m_scores; }
    QList<QStringList> table() const; // header and rows, for the .xlsx export

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    RecordStore *m_store;
    AssessmentRules m_rules;
    int m_year;
    QList<UnitScore> m_scores;
};
