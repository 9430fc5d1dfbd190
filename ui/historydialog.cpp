#include "ui/historydialog.h"
#include "models/changehistorymodel.h"
#include "store/recordschema.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(
    const RecordStore &store, const QString &kind, const Record &record, QWidget *parent)
    : QDialog(parent)
{
    const RecordKind *spec = RecordSchema::kind(kind);
    setWindowTitle(tr("History of %1 %2").arg(spec->translatedSingular(), record.text(spec->keyField)));
    auto *layout = new QVBoxLayout(this);
    auto *view = new QTableView;
    view->setObjectName(QStringLiteral("historyTable"));
    view->setModel(new ChangeHistoryModel(store, kind, record.id, view));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(true);
    view->resizeColumnsToContents();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 360);
}
