#pragma once
// The add/edit form of one record, built from its kind's fields: the right editor per field type, and the
// store's verdict (format, range, unique key, references) shown in red under each field before anything
// is saved.
#include "record.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class RecordStore;
struct FieldSpec;
struct RecordKind;

class RecordFormDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty record.id means "new".
    RecordFormDialog(const RecordStore &store, const QString &kind, const Record &record, QWidget *parent = nullptr);

    Record record() const; // the values as entered, with the original id
    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    QString errorText(const QString &field) const;

    void accept() override; // only when the store finds nothing wrong

private:
    QWidget *createEditor(const FieldSpec &field);
    void setValue(const FieldSpec &field, const QVariant &value);
    QVariant value(const FieldSpec &field) const;
    void showErrors(const QList<FieldError> &errors);

    const RecordStore &m_store;
    const RecordKind &m_kind;
    Record m_record;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_generalError;
};
