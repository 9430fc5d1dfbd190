#include "ui/importassistantdialog.h"

#include "base/appsettings.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "store/recordstore.h"

#include <QBrush>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

void ImportPreviewModel::setPreview(
    const QStringList &fieldNames, const QStringList &titles, const QList<ImportAssistant::PreviewRow> &rows)
{
    beginResetModel();
    m_fields = fieldNames;
    m_titles = titles;
    m_rows = rows;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_fields.size())
        return {};
    const ImportAssistant::PreviewRow &row = m_rows.at(index.row());
    const QString field = m_fields.at(index.column());
    const bool bad = row.errors.contains(field);
    switch (role) {
    case Qt::DisplayRole:
        return row.values.value(index.column());
    case Qt::ToolTipRole:
        return bad ? row.errors.value(field) : row.errors.value(QString());
    case Qt::BackgroundRole:
        if (bad)
            return QBrush(QColor(0xf8, 0xd0, 0xd0));
        return row.errors.contains(QString()) ? QBrush(QColor(0xfc, 0xee, 0xd0)) : QVariant();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_titles.value(section);
    // The source's own line, so the person can find the row in the file.
    return section < m_rows.size() ? QVariant(m_rows.at(section).line) : QVariant();
}

ImportAssistantDialog::ImportAssistantDialog(const UiContext &context, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_assistant(*context.store)
{
    setWindowTitle(tr("Import assistant"));
    m_opened = m_assistant.open(path);
    auto *layout = new QVBoxLayout(this);
    auto *file = new QLabel(tr("%1 (%2, %3 rows)")
                                .arg(QFileInfo(path).fileName(), m_assistant.table().format())
                                .arg(m_assistant.table().rows().size()));
    file->setObjectName(QStringLiteral("file"));
    layout->addWidget(file);
    auto *top = new QFormLayout;
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString &k : ImportAssistant::kinds())
        m_kind->addItem(RecordSchema::kind(k)->translatedTitle(), k);
    top->addRow(tr("Import as"), m_kind);
    m_source = new QLineEdit;
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setPlaceholderText(tr("For example: 中石化加油卡对账单"));
    m_source->setToolTip(tr("The mapping is remembered under this name for the next statement from there"));
    top->addRow(tr("Source"), m_source);
    layout->addLayout(top);
    auto *mappingBox = new QGroupBox(tr("Columns"));
    m_fields = new QFormLayout(mappingBox);
    layout->addWidget(mappingBox);
    m_preview = new ImportPreviewModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("preview"));
    m_table->setModel(m_preview);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportAssistantDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { rebuildFields(); });
    rebuildFields();
    resize(820, 620);
}

QString ImportAssistantDialog::kind() const
{
    return m_kind->currentData().toString();
}

void ImportAssistantDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

void ImportAssistantDialog::setMappingOnly(const QString &kind, const QString &confirmText)
{
    m_mappingOnly = true;
    setKind(kind);
    m_kind->setEnabled(false);
    m_import->setText(confirmText);
    refresh();
}

QList<TableFile::Row> ImportAssistantDialog::mappedTable(QStringList *header) const
{
    return m_assistant.mappedTable(kind(), mapping(), header);
}

QComboBox *ImportAssistantDialog::fieldBox(const QString &field) const
{
    return m_boxes.value(field);
}

ImportAssistant::Mapping ImportAssistantDialog::mapping() const
{
    ImportAssistant::Mapping m;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            m.insert(it.key(), column);
    }
    return m;
}

void ImportAssistantDialog::rebuildFields()
{
    m_building = true;
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_boxes.clear();
    const RecordKind *spec = RecordSchema::kind(kind());
    // A remembered source whose titles this file has wins over the guess.
    const QString source
        = m_context.settings ? m_assistant.recognisedSource(*m_context.settings, kind()) : QString();
    m_source->setText(source);
    const ImportAssistant::Mapping start = source.isEmpty()
        ? m_assistant.suggest(kind())
        : m_assistant.remembered(*m_context.settings, source, kind());
    for (const FieldSpec &f : spec->fields) {
        if (f.csvColumn.isEmpty())
            continue;
        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("map_") + f.name);
        box->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < m_assistant.table().header().size(); ++c)
            box->addItem(m_assistant.table().header().at(c), c);
        box->setCurrentIndex(box->findData(start.value(f.name, -1)));
        connect(box, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
        m_boxes.insert(f.name, box);
        m_fields->addRow(f.translatedLabel() + (f.required ? QStringLiteral(" *") : QString()), box);
    }
    m_building = false;
    refresh();
}

void ImportAssistantDialog::refresh()
{
    if (m_building || !m_opened)
        return;
    const RecordKind *spec = RecordSchema::kind(kind());
    const ImportAssistant::Mapping m = mapping();
    QStringList fields;
    QStringList titles;
    for (const FieldSpec &f : spec->fields) {
        if (f.csvColumn.isEmpty())
            continue;
        fields << f.name;
        titles << f.translatedLabel();
    }
    const QStringList missing = m_assistant.missing(kind(), m);
    if (!missing.isEmpty()) {
        QStringList labels;
        for (const QString &name : missing)
            labels << spec->field(name)->translatedLabel();
        m_preview->setPreview(fields, titles, {});
        m_status->setText(tr("Choose the column of: %1").arg(labels.join(QStringLiteral(", "))));
        m_import->setEnabled(false);
        return;
    }
    m_preview->setPreview(fields, titles, m_assistant.preview(kind(), m, kPreviewRows, &m_errorRows));
    if (m_errorRows > 0) {
        m_status->setText(
            tr("%1 rows would be refused (marked in red; the reason is in each cell's tooltip). "
               "Nothing is imported while any row is bad.")
                .arg(m_errorRows));
    } else if (m_mappingOnly) {
        m_status->setText(tr("All %1 rows can be read.").arg(m_assistant.table().rows().size()));
    } else {
        m_status->setText(tr("All %1 rows can be imported.").arg(m_assistant.table().rows().size()));
    }
    m_import->setEnabled(m_errorRows == 0);
}

void ImportAssistantDialog::runImport()
{
    const ImportAssistant::Mapping m = mapping();
    if (m_mappingOnly) {
        if (m_context.settings && !m_source->text().trimmed().isEmpty())
            m_assistant.remember(*m_context.settings, m_source->text().trimmed(), kind(), m);
        accept();
        return;
    }
    m_outcome = m_assistant.import(kind(), m, m_context.session.user());
    if (!m_outcome.ok) {
        QStringList lines;
        for (const ImportError &e : m_outcome.errors.mid(0, 5))
            lines << e.toString();
        m_status->setText(tr("Nothing was imported:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    if (m_context.settings && !m_source->text().trimmed().isEmpty())
        m_assistant.remember(*m_context.settings, m_source->text().trimmed(), kind(), m);
    m_context.store->announceChange(kind());
    accept();
}
