#include "ui/financecomparisondialog.h"

#include "interchange/exporttarget.h"
#include "interchange/workbookwriter.h"
#include "models/texttablemodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

FinanceComparisonDialog::FinanceComparisonDialog(const QString &fileName, const QString &month,
    const QList<FinanceMismatch> &mismatches, const QHash<QString, QString> &unitNames,
    const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_month(month)
    , m_databasePath(databasePath)
    , m_model(new TextTableModel(this))
{
    setWindowTitle(tr("Finance comparison for %1").arg(month));
    auto *layout = new QVBoxLayout(this);
    auto *file = new QLabel(
        tr("The finance office's payments in %1 against the trips billed for %2.").arg(fileName, month));
    file->setWordWrap(true);
    layout->addWidget(file);
    auto *counts = new QGridLayout;
    const QHash<QString, int> perKind = FinanceComparison::counts(mismatches);
    int i = 0;
    for (const QString &kind : FinanceComparison::kinds()) {
        auto *label
            = new QLabel(tr("%1: %2").arg(FinanceComparison::kindTitle(kind)).arg(perKind.value(kind)));
        label->setObjectName(QStringLiteral("count_") + kind);
        if (perKind.value(kind) > 0)
            label->setStyleSheet(QStringLiteral("font-weight: bold"));
        m_counts.insert(kind, label);
        counts->addWidget(label, i / 2, i % 2);
        ++i;
    }
    layout->addLayout(counts);
    m_model->setTable(FinanceComparison::table(mismatches, unitNames, month));
    auto *view = new QTableView;
    view->setObjectName(QStringLiteral("mismatches"));
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(view, 1);
    if (mismatches.isEmpty()) {
        auto *none = new QLabel(m_model->table().empty);
        layout->addWidget(none);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *save = buttons->addButton(tr("Export to Excel…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("exportComparison"));
    connect(save, &QPushButton::clicked, this, &FinanceComparisonDialog::saveWorkbook);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 460);
}

QString FinanceComparisonDialog::exportWorkbook(const QString &path) const
{
    const QString refusal = ExportTarget::refusal(path, m_databasePath);
    if (!refusal.isEmpty())
        return refusal;
    return WorkbookWriter::write(path, { m_model->table() });
}

void FinanceComparisonDialog::saveWorkbook()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the comparison"),
        QDir::home().filePath(tr("finance-comparison-%1.xlsx").arg(m_month)), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString error = exportWorkbook(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export the comparison"), error);
}
