#include "ui/referraldialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

ReferralDialog::ReferralDialog(
    const QString &requestCode, const QStringList &providers, const QString &suggestedReason, QWidget *parent)
    : QDialog(parent)
    , m_provider(new QComboBox)
    , m_reason(new QPlainTextEdit(suggestedReason))
{
    setWindowTitle(tr("Refer request %1").arg(requestCode));
    m_provider->addItems(providers);
    m_reason->setPlaceholderText(tr("Why the trip goes to the social platform (kept with the request)"));
    m_reason->setMinimumHeight(70);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Provider"), m_provider);
    form->addRow(tr("Reason"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_confirm = buttons->addButton(tr("Refer"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    auto update = [this] { m_confirm->setEnabled(!provider().isEmpty() && !reason().isEmpty()); };
    connect(m_reason, &QPlainTextEdit::textChanged, this, update);
    connect(m_provider, &QComboBox::currentIndexChanged, this, update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString ReferralDialog::provider() const
{
    return m_provider->currentText().trimmed();
}

QString ReferralDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}
