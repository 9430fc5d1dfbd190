#include "ui/signindialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(const QString &lastUser, Session::Role lastRole, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign in to FleetDesk"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Official vehicle service platform"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    auto *form = new QFormLayout;
    m_user = new QLineEdit(lastUser);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("your name"));
    form->addRow(tr("Name"), m_user);
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("role"));
    for (Session::Role r : Session::roles())
        m_role->addItem(Session::roleName(r), Session::roleId(r));
    m_role->setCurrentIndex(m_role->findData(Session::roleId(lastRole)));
    form->addRow(tr("Role"), m_role);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);
    if (!lastUser.isEmpty())
        buttons->button(QDialogButtonBox::Ok)->setFocus();
    // Room for a full name and the platform's title without the fields pressing against the edges.
    setMinimumWidth(380);
}

Session SignInDialog::session() const
{
    return Session(m_user->text().trimmed(), Session::roleFromId(m_role->currentData().toString()));
}

void SignInDialog::accept()
{
    if (m_user->text().trimmed().isEmpty()) {
        m_user->setFocus();
        m_user->setPlaceholderText(tr("a name is needed: the change log records who did what"));
        return;
    }
    QDialog::accept();
}
