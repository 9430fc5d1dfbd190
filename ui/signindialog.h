#pragma once
// Who is working and in which role. Locally there is no password: the file is the user's own; the
// backend's login (with password and server-enforced roles) comes with sync.
#include "domain/session.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const QString &lastUser, Session::Role lastRole, QWidget *parent = nullptr);
    Session session() const;
    void accept() override;

private:
    QLineEdit *m_user;
    QComboBox *m_role;
};
