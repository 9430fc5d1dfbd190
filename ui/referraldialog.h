#pragma once
// Referring a request to a social platform (报备): which of the configured providers takes the trip, and why
// (long distance, a group too large for the fleet, the local rules). Both are required; they go into the
// request and its change log.
#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

class ReferralDialog : public QDialog
{
    Q_OBJECT

public:
    ReferralDialog(const QString &requestCode, const QStringList &providers, const QString &suggestedReason,
        QWidget *parent = nullptr);

    QString provider() const;
    QString reason() const;
    QComboBox *providerBox() const { return m_provider; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QComboBox *m_provider;
    QPlainTextEdit *m_reason;
    QPushButton *m_confirm;
};
