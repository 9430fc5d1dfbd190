#include "ui/adjustchargedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AdjustChargeDialog::AdjustChargeDialog(
    const QString &orderCode, double priceYuan, std::optional<double> adjustedYuan, QWidget *parent)
    : QDialog(parent)
    , m_amount(new QDoubleSpinBox)
    , m_takeBack(new QCheckBox(tr("Take the adjustment back: bill the standard's price again")))
    , m_reason(new QPlainTextEdit)
{
    setWindowTitle(tr("Adjust the charge of %1").arg(orderCode));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Standard's price"), new QLabel(tr("%1 yuan").arg(QString::number(priceYuan, 'f', 2))));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setRange(0, 1000000);
    m_amount->setDecimals(2);
    m_amount->setSuffix(tr(" yuan"));
    m_amount->setValue(adjustedYuan.value_or(priceYuan));
    form->addRow(tr("Bill instead"), m_amount);
    layout->addLayout(form);
    m_takeBack->setObjectName(QStringLiteral("takeBack"));
    m_takeBack->setVisible(adjustedYuan.has_value());
    layout->addWidget(m_takeBack);
    auto *question
        = new QLabel(tr("Why? The reason is kept in the order's history with the old and new amount."));
    question->setWordWrap(true);
    question->setBuddy(m_reason);
    layout->addWidget(question);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(
        tr("For example: detour ordered by the agency, charged by the navigation km"));
    layout->addWidget(m_reason, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_confirm = buttons->addButton(tr("Adjust"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    layout->addWidget(buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AdjustChargeDialog::update);
    connect(m_takeBack, &QCheckBox::toggled, this, &AdjustChargeDialog::update);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(440, 300);
}

std::optional<double> AdjustChargeDialog::amount() const
{
    if (m_takeBack->isChecked())
        return std::nullopt;
    return m_amount->value();
}

QString AdjustChargeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void AdjustChargeDialog::update()
{
    m_amount->setEnabled(!m_takeBack->isChecked());
    const bool ok = !reason().isEmpty();
    m_confirm->setEnabled(ok);
    m_confirm->setToolTip(ok ? QString() : tr("Write a reason first"));
}
