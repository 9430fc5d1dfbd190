#include "ui/recordlistpane.h"
#include "interchange/importassistant.h"
#include "interchange/recordexporter.h"
#include "interchange/recordimporter.h"
#include "interchange/tablefile.h"
#include "models/importjob.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "store/recordstore.h"
#include "ui/historydialog.h"
#include "ui/importassistantdialog.h"
#include "ui/listviews.h"
#include "ui/recordcommands.h"
#include "ui/recordformdialog.h"
#include "ui/requestroutehelper.h"
#include "ui/vehiclefiledialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

RecordListPane::RecordListPane(const UiContext &context, const QString &kind, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_kind(kind)
    , m_model(new RecordTableModel(context.store, kind, this))
    , m_proxy(new RecordFilterModel(this))
{
    const RecordKind &spec = m_model->kind();
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    // Actions live in a tool bar: on a narrow window it folds what does not fit behind » instead of
    // forcing the whole window wider.
    m_toolBar = new QToolBar;
    m_toolBar->setObjectName(QStringLiteral("actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    auto action
        = [&](const QString &name, QStyle::StandardPixmap icon, const QString &text, const QString &tip) {
              QAction *a = m_toolBar->addAction(style()->standardIcon(icon), text);
              a->setObjectName(name);
              a->setToolTip(tip);
              return a;
          };
    m_add = action(QStringLiteral("add"), QStyle::SP_FileIcon, tr("Add"),
        tr("Add a new %1 (Ctrl+N)").arg(spec.translatedSingular()));
    m_add->setShortcut(QKeySequence::New);
    m_add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_edit = action(QStringLiteral("edit"), QStyle::SP_FileDialogDetailedView, tr("Edit"),
        tr("Edit the selected record (Enter or double-click)"));
    m_remove = action(QStringLiteral("remove"), QStyle::SP_TrashIcon, tr("Remove"),
        tr("Remove the selected record (Delete); it can be undone"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_history = action(QStringLiteral("history"), QStyle::SP_FileDialogInfoView, tr("History"),
        tr("Who changed the selected record, and what"));
    // The car's own file and the driver's (一车一档): everything about the selected one over a period.
    if (kind == Kind::Vehicles || kind == Kind::Drivers) {
        m_file = action(QStringLiteral("file"), QStyle::SP_FileDialogContentsView,
            kind == Kind::Vehicles ? tr("Vehicle file") : tr("Driver file"),
            tr("Trips, refuels, repairs, violations, findings and totals of the selected one"));
    }
    m_toolBar->addSeparator();
    m_import = action(QStringLiteral("import"), QStyle::SP_DialogOpenButton, tr("Import…"),
        tr("Import a file of %1").arg(spec.translatedTitle()));
    QAction *exportAction = action(QStringLiteral("export"), QStyle::SP_DialogSaveButton, tr("Export…"),
        tr("Export %1 to CSV or Excel").arg(spec.translatedTitle()));
    addActions({ m_add, m_remove }); // shortcuts work anywhere in the pane
    layout->addWidget(m_toolBar);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search %1…").arg(spec.translatedTitle()));
    m_search->setMinimumWidth(120);
    bar->addWidget(m_search, 2);
    m_filters = new QHBoxLayout;
    bar->addLayout(m_filters, 3);
    for (const QString &field : { Field::Category, Field::Status, Field::UnitId }) {
        if (spec.field(field))
            addFilter(field);
    }
    layout->addLayout(bar);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    ListViews::setUp(m_view);

    m_empty = ListViews::emptyState();
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("count"));
    layout->addWidget(m_count);

    const bool canEdit = m_context.session.canEdit(m_kind);
    for (QAction *a : { m_add, m_edit, m_remove, m_import })
        a->setVisible(canEdit);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterModel::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &RecordListPane::updateState);
    // The table is rebuilt after every change (an undo included): keep the selected record selected.
    connect(
        m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepSelected = selectedId(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_keepSelected.isEmpty())
            selectId(std::exchange(m_keepSelected, QString()));
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListPane::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordListPane::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordListPane::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordListPane::updateState);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordListPane::updateState);
    // activated alone: a double-click emits both doubleClicked and activated, and connecting both opened
    // the editor a second time when the first closed. activated covers Enter and the platform's click.
    connect(m_view, &QTableView::activated, this,
        canEdit ? &RecordListPane::editSelected : &RecordListPane::showHistory);
    connect(m_add, &QAction::triggered, this, &RecordListPane::addRecord);
    connect(m_edit, &QAction::triggered, this, &RecordListPane::editSelected);
    connect(m_remove, &QAction::triggered, this, &RecordListPane::removeSelected);
    connect(m_history, &QAction::triggered, this, &RecordListPane::showHistory);
    if (m_file)
        connect(m_file, &QAction::triggered, this, &RecordListPane::showFile);
    connect(m_import, &QAction::triggered, this, &RecordListPane::importFile);
    connect(exportAction, &QAction::triggered, this, &RecordListPane::exportFile);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
    // The widest text (a name or an agency) takes the spare width, not whichever column happens to be last.
    for (const QString &field : { Field::Name, Field::UnitId }) {
        const int column = m_model->columnOf(field);
        if (column >= 0) {
            m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
            break;
        }
    }
    updateState();
}

void RecordListPane::addFilter(const QString &field)
{
    const RecordKind &spec = m_model->kind();
    const FieldSpec &f = *spec.field(field);
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("filter_") + field);
    combo->setToolTip(tr("Show only one %1").arg(f.translatedLabel()));
    auto fill = [this, combo, f] {
        const QVariant current = combo->currentData();
        combo->blockSignals(true);
        combo->clear();
        combo->addItem(tr("All: %1").arg(f.translatedLabel()), QString());
        if (f.type == FieldType::Choice) {
            for (const Choice &c : f.choices)
                combo->addItem(f.choiceLabel(c.value), c.value);
        } else {
            for (const Record &r : m_context.store->records(f.refKind))
                combo->addItem(r.text(Field::Name), r.id);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        combo->blockSignals(false);
    };
    fill();
    // Shrinks with the window rather than holding it open at the width of the longest agency name.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(5);
    combo->setMaximumWidth(240);
    if (f.type == FieldType::Reference) {
        connect(m_context.store, &RecordStore::recordsChanged, combo, [fill, f](const QString &kind) {
            if (kind == f.refKind)
                fill();
        });
    }
    const int column = m_model->columnOf(field);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
        const QString value = combo->currentData().toString();
        m_proxy->setFieldFilter(value.isEmpty() ? -1 : column, value);
        updateState();
    });
    m_filters->addWidget(combo);
}

QString RecordListPane::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RecordTableModel::IdRole).toString();
}

void RecordListPane::selectId(const QString &id)
{
    // Searched through the view's own model: a page may put another model between the records and the proxy
    // (the tasks page adds tracked mileage), so the records model's indexes cannot be mapped directly.
    const QModelIndexList found
        = m_proxy->match(m_proxy->index(0, 0), RecordTableModel::IdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return;
    m_view->selectionModel()->select(
        found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(found.first());
}

void RecordListPane::updateState()
{
    const RecordKind &spec = m_model->kind();
    const bool selected = !selectedId().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_history->setEnabled(selected);
    if (m_file)
        m_file->setEnabled(selected);
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0) {
        m_empty->setText(m_context.session.canEdit(m_kind)
                ? tr("No %1 yet.\nUse Add to enter one, or Import to read a file.")
                      .arg(spec.translatedTitle())
                : tr("No %1 yet.\nAn administrator adds them.").arg(spec.translatedTitle()));
        m_stack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setText(tr("No %1 match the search and filters.").arg(spec.translatedTitle()));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    m_count->setText(shown == total ? tr("%n record(s)", nullptr, total)
                                    : tr("%1 of %n record(s) shown", nullptr, total).arg(shown));
}

void RecordListPane::addRecord()
{
    if (!m_context.session.canEdit(m_kind))
        return;
    RecordFormDialog dialog(*m_context.store, m_kind, Record(), this);
    RequestRouteHelper::attachTo(&dialog, m_context.settings);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new SaveRecordCommand(
        m_context.store, m_context.feedback, m_kind, std::nullopt, dialog.record(), m_context.session.user());
    m_context.undoStack->push(command);
    selectId(command->recordId());
    emit message(command->text());
}

void RecordListPane::editSelected()
{
    const QString id = selectedId();
    const std::optional<Record> before = m_context.store->record(m_kind, id);
    if (!m_context.session.canEdit(m_kind) || !before)
        return;
    RecordFormDialog dialog(*m_context.store, m_kind, *before, this);
    RequestRouteHelper::attachTo(&dialog, m_context.settings);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new SaveRecordCommand(
        m_context.store, m_context.feedback, m_kind, before, dialog.record(), m_context.session.user());
    m_context.undoStack->push(command);
    selectId(id);
    emit message(command->text());
}

bool RecordListPane::confirmRemove(const Record &record)
{
    const RecordKind &spec = m_model->kind();
    return QMessageBox::question(this, tr("Remove %1").arg(spec.translatedSingular()),
               tr("Remove %1 %2? It stays in the history and the removal can be undone.")
                   .arg(spec.translatedSingular(), record.text(spec.keyField)))
        == QMessageBox::Yes;
}

void RecordListPane::removeSelected()
{
    const std::optional<Record> record = m_context.store->record(m_kind, selectedId());
    if (!m_context.session.canEdit(m_kind) || !record)
        return;
    const QString blocker = m_context.store->removalBlocker(m_kind, record->id);
    const RecordKind &spec = m_model->kind();
    if (!blocker.isEmpty()) {
        QMessageBox::information(this, tr("Cannot remove"),
            tr("%1 %2 cannot be removed: %3.")
                .arg(spec.translatedSingular(), record->text(spec.keyField), blocker));
        return;
    }
    if (!confirmRemove(*record))
        return;
    auto *command = new RemoveRecordCommand(
        m_context.store, m_context.feedback, m_kind, *record, m_context.session.user());
    m_context.undoStack->push(command);
    emit message(command->text());
}

void RecordListPane::showHistory()
{
    const std::optional<Record> record = m_context.store->record(m_kind, selectedId());
    if (!record)
        return;
    HistoryDialog dialog(*m_context.store, m_kind, *record, this);
    dialog.exec();
}

void RecordListPane::importFile()
{
    const RecordKind &spec = m_model->kind();
    const bool fences = m_kind == Kind::Fences;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import %1").arg(spec.translatedTitle()),
        QString(), fences ? tr("GeoJSON (*.geojson *.json)") : tr("Tables (*.csv *.txt *.xlsx)"));
    if (path.isEmpty())
        return;
    // A statement in its own layout (an .xlsx, or a CSV without §6's column names) goes through the import
    // assistant, which maps its columns first; a file in §6's columns imports at once on a worker.
    if (!fences && ImportAssistant::kinds().contains(m_kind)) {
        TableFile table;
        bool ownLayout = table.read(path) && table.format() == QStringLiteral("xlsx");
        for (const FieldSpec &f : spec.fields) {
            if (f.required && !f.csvColumn.isEmpty() && !table.header().contains(f.csvColumn))
                ownLayout = true;
        }
        if (ownLayout) {
            ImportAssistantDialog dialog(m_context, path, this);
            dialog.setKind(m_kind);
            if (!dialog.opened()) {
                emit message(dialog.errorString());
                return;
            }
            if (dialog.exec() == QDialog::Accepted) {
                emit message(tr("%1: %2 read, %3 added or changed.")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(dialog.outcome().rows)
                                 .arg(dialog.outcome().changed));
            }
            return;
        }
    }
    auto *job = new ImportJob(m_context.databasePath, m_kind, path, m_context.session.user(), this);
    auto *progress
        = new QProgressDialog(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(job, &ImportJob::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(progress, &QProgressDialog::canceled, job, &ImportJob::cancel);
    connect(job, &ImportJob::finished, this, [this, job, progress, path](const ImportOutcome &outcome) {
        progress->deleteLater();
        job->deleteLater();
        if (outcome.cancelled) {
            emit message(tr("Import cancelled; nothing was stored."));
            return;
        }
        if (!outcome.ok) {
            QStringList lines;
            for (const ImportError &e : outcome.errors)
                lines << e.toString();
            QMessageBox box(QMessageBox::Warning, tr("Nothing imported"),
                tr("%1 has problems, so nothing was imported. Correct the file and import it again.")
                    .arg(QFileInfo(path).fileName()),
                QMessageBox::Ok, this);
            box.setDetailedText(lines.join(QLatin1Char('\n')));
            box.setInformativeText(lines.value(0));
            box.exec();
            return;
        }
        // The worker wrote through its own connection: tell this one's views.
        m_context.store->announceChange(m_kind);
        emit message(tr("%1: %2 read, %3 added or changed.")
                         .arg(QFileInfo(path).fileName())
                         .arg(outcome.rows)
                         .arg(outcome.changed));
    });
    job->start();
}

void RecordListPane::exportFile()
{
    const RecordKind &spec = m_model->kind();
    const bool fences = m_kind == Kind::Fences;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(spec.translatedTitle()),
        m_kind + (fences ? QStringLiteral(".geojson") : QStringLiteral(".csv")),
        fences ? tr("GeoJSON (*.geojson);;Excel workbook (*.xlsx)")
               : tr("CSV (*.csv);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    RecordExporter exporter(*m_context.store);
    if (!exporter.exportFile(m_kind, path)) {
        QMessageBox::warning(this, tr("Export failed"), exporter.errorString());
        return;
    }
    emit message(tr("%1: %2 records written.").arg(QFileInfo(path).fileName()).arg(exporter.rowsWritten()));
}

void RecordListPane::showFile()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        VehicleFileDialog::open(m_context, m_kind, id, this);
}
