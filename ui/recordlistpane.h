#pragma once
// One kind of record as a searchable, sortable, filterable table with add, edit, remove, history, import
// and export. Edits go through the undo stack; a role without edit rights sees the same table read-only.
#include "ui/uicontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QAction;
class QToolBar;
class QStackedWidget;
class QTableView;
class RecordFilterModel;
class RecordTableModel;
struct Record;

class RecordListPane : public QWidget
{
    Q_OBJECT

public:
    RecordListPane(const UiContext &context, const QString &kind, QWidget *parent = nullptr);

    QString kind() const { return m_kind; }
    QTableView *view() const { return m_view; }
    RecordTableModel *model() const { return m_model; }
    RecordFilterModel *proxy() const { return m_proxy; }
    QToolBar *toolBar() const { return m_toolBar; }
    QString selectedId() const;
    void selectId(const QString &id);

public slots:
    void addRecord();
    void editSelected();
    void removeSelected();
    void showHistory();
    void showFile(); // the vehicle's or driver's file (vehicles and drivers only)
    void importFile();
    void exportFile();

signals:
    void message(const QString &text);

private:
    void updateState();
    void addFilter(const QString &field);
    bool confirmRemove(const Record &record);

    UiContext m_context;
    QString m_kind;
    QString m_keepSelected; // across a reset of the table
    RecordTableModel *m_model;
    RecordFilterModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_count;
    QToolBar *m_toolBar;
    QAction *m_add, *m_edit, *m_remove, *m_history, *m_import;
    QAction *m_file = nullptr;
    class QHBoxLayout *m_filters;
};
