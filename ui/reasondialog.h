#pragma once
// Asks why a finding is dismissed. The reason is required (it goes into the change log the inspectors read),
// so the confirming button stays disabled until there is one.
#include <QDialog>

class QPlainTextEdit;
class QPushButton;

class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(
        const QString &title, const QString &question, const QString &confirmText, QWidget *parent = nullptr);

    QString reason() const;
    QPlainTextEdit *editor() const { return m_edit; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QPlainTextEdit *m_edit;
    QPushButton *m_confirm;
};
