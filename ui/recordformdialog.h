#pragma once
// The add/edit form of one record, built from its kind's fields: the right editor per field type, and the
// store's verdict (format, range, unique key, references) shown in red under each field before anything
// is saved.
#include "store/record.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class RecordStore;
struct FieldSpec;
struct RecordKind;

class RecordFormDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty record.id means "new".
    RecordFormDialog(
        const RecordStore &store, const QString &kind, const Record &record, QWidget *parent = nullptr);

    Record record() const; // the values as entered, with the original id
    QString kind() const;
    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    QString errorText(const QString &field) const;

    // For helpers that add one kind's behaviour (RequestRouteHelper) without the form knowing that kind:
    // a widget beside a field's editor, a field's value as the form holds it, and a message under the field
    // (or in the general area when the field is unknown).
    void addBesideEditor(const QString &field, QWidget *widget);
    // A field another part of the program fills (a request's status, its order): left out of this form.
    void setFieldHidden(const QString &field, bool hidden = true);
    QVariant fieldValue(const QString &field) const;
    void setFieldValue(const QString &field, const QVariant &value);
    void showFieldError(const QString &field, const QString &message);
    void clearFieldError(const QString &field);

    void accept() override; // only when the store finds nothing wrong
    // Cancel, Esc or the window's close button: asks first when something was entered.
    void cancel();
    bool isModified() const;

signals:
    void fieldEdited(const QString &field); // by the user, not by setFieldValue()

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createEditor(const FieldSpec &field);
    void setValue(const FieldSpec &field, const QVariant &value);
    QVariant value(const FieldSpec &field) const;
    void showErrors(const QList<FieldError> &errors);

    const RecordStore &m_store;
    const RecordKind &m_kind;
    Record m_record;
    Record m_initial; // as the form opened, to tell whether Cancel throws something away
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QHBoxLayout *> m_rows;
    QHash<QString, QLayout *> m_cells; // the form row of each field, to hide it
    class QFormLayout *m_form = nullptr;
    QLabel *m_generalError;
};
