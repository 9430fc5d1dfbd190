#pragma once
// The import assistant (导入向导): a statement as it arrives (.xlsx or CSV with its own Chinese column
// titles) is mapped to a record kind's fields, one combo box per field; the first rows are previewed with
// every cell the import would refuse marked in red (the reason as its tooltip); Import stays off while a
// required field is unmapped or a row is bad, then imports all or nothing and remembers the mapping under the
// source's name. The deciding is ImportAssistant's (interchange/); this dialog shows and edits it.
#include "interchange/importassistant.h"
#include "ui/uicontext.h"

#include <QAbstractTableModel>
#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The preview's rows: one column per field of the kind, errors as red cells with their reason.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    void setPreview(const QStringList &fieldNames, const QStringList &titles,
        const QList<ImportAssistant::PreviewRow> &rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_fields;
    QStringList m_titles;
    QList<ImportAssistant::PreviewRow> m_rows;
};

class ImportAssistantDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 20;

    // `path` is opened at once; check opened() before showing.
    ImportAssistantDialog(const UiContext &context, const QString &path, QWidget *parent = nullptr);
    bool opened() const { return m_opened; }
    QString errorString() const { return m_assistant.errorString(); }

    QString kind() const;
    void setKind(const QString &kind);
    ImportAssistant::Mapping mapping() const;
    // The mapping's combo box of a field (object name "map_<field>").
    QComboBox *fieldBox(const QString &field) const;
    ImportPreviewModel *previewModel() const { return m_preview; }
    int errorRows() const { return m_errorRows; }
    // Mapping only (the finance comparison reads a statement without storing it): the kind is fixed, the
    // confirming button says `confirmText`, and accepting imports nothing; it remembers the mapping under
    // the source's name. The caller then reads mappedTable().
    void setMappingOnly(const QString &kind, const QString &confirmText);
    QList<TableFile::Row> mappedTable(QStringList *header) const;
    const TableFile &table() const { return m_assistant.table(); }
    // What the last import did (ok, rows, changed), for the caller to announce.
    const ImportOutcome &outcome() const { return m_outcome; }

private:
    void rebuildFields();
    void refresh();
    void runImport();

    UiContext m_context;
    ImportAssistant m_assistant;
    bool m_opened = false;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_source = nullptr;
    QFormLayout *m_fields = nullptr;
    QHash<QString, QComboBox *> m_boxes;
    ImportPreviewModel *m_preview = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_import = nullptr;
    int m_errorRows = 0;
    ImportOutcome m_outcome;
    bool m_building = false;
    bool m_mappingOnly = false;
};
