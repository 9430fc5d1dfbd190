#pragma once
// A real fleetdesk-server for client tests: a private CA made at test time (openssl) with a server
// certificate it signs for 127.0.0.1, users added through the program's own add-user, and the program
// started on a fixed loopback port so that it can be killed (SIGKILL) and started again where clients
// expect it. PostgreSQL clusters come from tests/server/serverfixture.h (PgCluster).
#include "server/serverfixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <memory>

// A CA (NAME-ca.pem) and, signed by it, a server certificate for 127.0.0.1 and localhost
// (NAME-server-cert.pem, NAME-server-key.pem), in `dir`.
inline bool makePrivateCa(const QString &dir, const QString &name, QString *output)
{
    const QString p = dir + QLatin1Char('/') + name;
    QFile ext(p + QStringLiteral("-server.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage="
              "serverAuth\n");
    ext.close();
    const QString curve = QStringLiteral("ec_paramgen_curve:prime256v1");
    return runProgram(QStringLiteral("openssl"),
               { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"), curve, QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"),
                   p + QStringLiteral("-ca-key.pem"), QStringLiteral("-out"), p + QStringLiteral("-ca.pem"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=%1 test CA").arg(name),
                   QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                   QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") },
               output)
        && runProgram(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), curve, QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                p + QStringLiteral("-server-key.pem"), QStringLiteral("-out"),
                p + QStringLiteral("-server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost") },
            output)
        && runProgram(QStringLiteral("openssl"),
            { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                p + QStringLiteral("-server.csr"), QStringLiteral("-CA"), p + QStringLiteral("-ca.pem"),
                QStringLiteral("-CAkey"), p + QStringLiteral("-ca-key.pem"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-extfile"), p + QStringLiteral("-server.ext"), QStringLiteral("-out"),
                p + QStringLiteral("-server-cert.pem") },
            output);
}

// One fleetdesk-server process on a loopback port of its own.
class ServerProcess
{
public:
    ServerProcess(QString binary, QString db, QString cert, QString key, quint16 port = 0)
        : m_binary(std::move(binary))
        , m_db(std::move(db))
        , m_cert(std::move(cert))
        , m_key(std::move(key))
        , m_port(port ? port : freePort())
    { }
    ~ServerProcess() { stop(); }
    QStringList extraArguments;

    // Starts it and waits for "listening on https://…"; the output when it does not come.
    bool start(QString *error)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(m_binary,
            QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--cert"), m_cert,
                QStringLiteral("--key"), m_key }
                + extraArguments);
        if (!m_process->waitForStarted(10000)) {
            *error = m_process->errorString();
            return false;
        }
        QByteArray seen;
        for (int i = 0; i < 300 && !seen.contains("listening"); ++i) {
            if (!m_process->waitForReadyRead(100) && m_process->state() != QProcess::Running)
                break;
            seen += m_process->readAllStandardOutput();
        }
        if (!seen.contains("listening")) {
            *error = QString::fromLocal8Bit(seen + m_process->readAllStandardError());
            return false;
        }
        return true;
    }
    // SIGKILL: no clean-up of any kind, as a power cut or the OOM killer would do it.
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
    }
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000))
                kill();
        }
    }
    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }

    // add-user through the program (its password in a file, as an administrator would do it).
    static bool addUser(const QString &binary, const QString &db, const QString &name, const QString &role,
        const QString &passwordFile, QString *output)
    {
        return runProgram(binary,
            { QStringLiteral("--db"), db, QStringLiteral("add-user"), name, QStringLiteral("--role"), role,
                QStringLiteral("--password-file"), passwordFile },
            output);
    }

private:
    QString m_binary, m_db, m_cert, m_key;
    quint16 m_port;
    std::unique_ptr<QProcess> m_process;
};
