#pragma once
// Sign in to the sync server: the user (remembered in Settings) and the password (never stored). The
// server answers with the role; the background sync starts once it has.
#include <QDialog>

class QLineEdit;

class ServerSignInDialog : public QDialog
{
    Q_OBJECT

public:
    ServerSignInDialog(const QString &server, const QString &user, QWidget *parent = nullptr);
    QString user() const;
    QString password() const;
    void accept() override;

private:
    QLineEdit *m_user;
    QLineEdit *m_password;
};
