#include "ui/serversignindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

ServerSignInDialog::ServerSignInDialog(const QString &server, const QString &user, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign in to the server"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Server"), new QLabel(server));
    m_user = new QLineEdit(user);
    m_user->setObjectName(QStringLiteral("serverUser"));
    form->addRow(tr("User"), m_user);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerSignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

QString ServerSignInDialog::user() const
{
    return m_user->text().trimmed();
}

QString ServerSignInDialog::password() const
{
    return m_password->text();
}

void ServerSignInDialog::accept()
{
    if (user().isEmpty() || password().isEmpty())
        return;
    QDialog::accept();
}
