#include "ui/reasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(
    const QString &title, const QString &question, const QString &confirmText, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(question);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    layout->addWidget(label);
    m_edit->setObjectName(QStringLiteral("reason"));
    m_edit->setTabChangesFocus(true); // Tab reaches the buttons; the reason is prose, not a table
    m_edit->setPlaceholderText(
        tr("For example: the detour was ordered by the requesting agency (note no. …)"));
    layout->addWidget(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEnabled(false);
    m_confirm->setToolTip(tr("Write a reason first"));
    layout->addWidget(buttons);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        const bool ok = !reason().isEmpty();
        m_confirm->setEnabled(ok);
        m_confirm->setToolTip(ok ? QString() : tr("Write a reason first"));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 220);
}

QString ReasonDialog::reason() const
{
    return m_edit->toPlainText().trimmed();
}
