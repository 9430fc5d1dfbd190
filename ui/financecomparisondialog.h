#pragma once
// The finance comparison's answer (domain/FinanceComparison, as `compare-finance`): how many mismatches of
// each kind (billed not paid, paid not billed, paid a different amount, paid by an agency with no trip),
// every one in a table, and the table exported to .xlsx.
#include "domain/financecomparison.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QTableView;
class TextTableModel;

class FinanceComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    FinanceComparisonDialog(const QString &fileName, const QString &month,
        const QList<FinanceMismatch> &mismatches, const QHash<QString, QString> &unitNames,
        const QString &databasePath, QWidget *parent = nullptr);

    TextTableModel *model() const { return m_model; }
    // The count label of a kind (object name "count_<kind>").
    QLabel *countLabel(const QString &kind) const { return m_counts.value(kind); }
    // Empty on success, else why not.
    QString exportWorkbook(const QString &path) const;

private:
    void saveWorkbook();

    QString m_month;
    QString m_databasePath;
    TextTableModel *m_model;
    QHash<QString, QLabel *> m_counts;
};
