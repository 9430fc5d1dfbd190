#include "server/servercommand.h"
#include "server/accounts.h"
#include "server/httpsserver.h"
#include "server/passwordhash.h"
#include "server/serverdatabase.h"
#include "server/serverpositions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "fleetdesk-server: " << message << Qt::endl;
    return code;
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host == QLatin1String("localhost"))
        *address = QHostAddress(QHostAddress::LocalHost);
    else if (host == QLatin1String("*") || host == QLatin1String("0.0.0.0"))
        *address = QHostAddress(QHostAddress::AnyIPv4);
    else if (!address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

// SIGTERM and SIGINT end the event loop. A signal handler may call only async-signal-safe functions, and
// QCoreApplication::quit() is not one (it takes locks and allocates): called from the handler it crashed
// the server now and then when stopped (exit by signal 11). The handler writes a byte to a socket pair;
// a QSocketNotifier on the other end quits from the event loop (Qt's "Calling Qt Functions From Unix
// Signal Handlers").
int g_signalPipe[2] = { -1, -1 };

void writeSignalByte(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

bool quitOnTermination(QObject *parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [notifier]() {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(g_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = writeSignalByte;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

} // namespace

int runServerCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("FleetDesk's sync server (docs/SERVER.md, docs/api.yaml)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QStringLiteral("SQLite file or postgresql://USER@HOST:PORT/DB"), QStringLiteral("FILE|URL"));
    const QCommandLineOption listen(
        QStringLiteral("listen"), QStringLiteral("address and port"), QStringLiteral("HOST:PORT"));
    const QCommandLineOption cert(
        QStringLiteral("cert"), QStringLiteral("PEM certificate (chain)"), QStringLiteral("CERT.pem"));
    const QCommandLineOption key(
        QStringLiteral("key"), QStringLiteral("PEM private key"), QStringLiteral("KEY.pem"));
    const QCommandLineOption role(QStringLiteral("role"),
        QStringLiteral("add-user: dispatcher, administrator, auditor or inspector"), QStringLiteral("ROLE"));
    const QCommandLineOption unit(
        QStringLiteral("unit"), QStringLiteral("add-user: the agency code"), QStringLiteral("CODE"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        QStringLiteral("add-user: file holding the password (its first line)"), QStringLiteral("F"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
        QStringLiteral("add-gateway: file holding the gateway's key (its first line, 32 characters or more)"),
        QStringLiteral("F"));
    const QCommandLineOption workers(QStringLiteral("workers"),
        QStringLiteral("threads answering requests (default 4)"), QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption sessionHours(QStringLiteral("session-hours"),
        QStringLiteral("how long a sign-in lasts (default 12)"), QStringLiteral("H"), QStringLiteral("12"));
    parser.addOptions({ db, listen, cert, key, role, unit, passwordFile, keyFile, workers, sessionHours });
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("add-user NAME, add-gateway NAME, or nothing to serve"));
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    DbTarget target;
    QString error;
    if (!DbTarget::parse(parser.value(db), &target, &error))
        return fail(error, 2);
    if (!PasswordHash::initialize())
        return fail(QStringLiteral("libsodium cannot start (no entropy source?)"));
    ServerDatabase database(target);
    const QStringList positional = parser.positionalArguments();

    if (positional.size() == 2 && positional.first() == QLatin1String("add-gateway")) {
        if (!parser.isSet(keyFile))
            return fail(QStringLiteral("add-gateway needs --key-file"), 2);
        QFile file(parser.value(keyFile));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: cannot read: %2").arg(file.fileName(), file.errorString()));
        if (!database.initialize())
            return fail(database.errorString());
        bool replaced = false;
        if (!ServerPositions(database).addGateway(
                positional.at(1), file.readLine().trimmed(), &replaced, &error))
            return fail(QStringLiteral("add-gateway %1: %2").arg(positional.at(1), error));
        QTextStream(stdout) << (replaced ? "updated gateway " : "added gateway ") << positional.at(1)
                            << Qt::endl;
        return 0;
    }
    if (!positional.isEmpty()) {
        if (positional.first() != QLatin1String("add-user") || positional.size() != 2)
            return fail(QStringLiteral("unknown command \"%1\" (add-user NAME or add-gateway NAME)")
                            .arg(positional.join(QLatin1Char(' '))),
                2);
        if (!parser.isSet(role) || !parser.isSet(passwordFile))
            return fail(QStringLiteral("add-user needs --role and --password-file"), 2);
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: cannot read: %2").arg(file.fileName(), file.errorString()));
        const QByteArray password = file.readLine().trimmed();
        if (!database.initialize())
            return fail(database.errorString());
        Accounts accounts(database);
        bool replaced = false;
        if (!accounts.addUser(
                { positional.at(1), parser.value(role), parser.value(unit) }, password, &replaced, &error))
            return fail(QStringLiteral("add-user %1: %2").arg(positional.at(1), error));
        QTextStream(stdout) << (replaced ? "updated user " : "added user ") << positional.at(1) << " ("
                            << parser.value(role) << ")" << Qt::endl;
        return 0;
    }

    if (!parser.isSet(listen) || !parser.isSet(cert) || !parser.isSet(key))
        return fail(QStringLiteral("serving needs --listen HOST:PORT, --cert and --key (HTTPS only)"), 2);
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listen), &address, &port))
        return fail(QStringLiteral("--listen %1: expected HOST:PORT, such as 127.0.0.1:8443")
                        .arg(parser.value(listen)),
            2);
    bool ok = false;
    const int threads = parser.value(workers).toInt(&ok);
    if (!ok || threads < 1 || threads > 64)
        return fail(QStringLiteral("--workers: 1 to 64"), 2);
    const double hours = parser.value(sessionHours).toDouble(&ok);
    if (!ok || hours <= 0)
        return fail(QStringLiteral("--session-hours: a positive number"), 2);
    if (!database.initialize())
        return fail(database.errorString());
    ServerOptions options;
    options.sessionLifetimeMs = qint64(hours * 3600 * 1000);
    HttpsServer server(database, options, threads);
    if (!server.start(address, port, parser.value(cert), parser.value(key), &error))
        return fail(error);
    if (!quitOnTermination(QCoreApplication::instance()))
        return fail(
            QStringLiteral("cannot watch for SIGTERM: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    QTextStream(stdout) << "listening on https://"
                        << (address.protocol() == QAbstractSocket::IPv6Protocol
                                   ? QStringLiteral("[%1]").arg(address.toString())
                                   : address.toString())
                        << ":" << server.port() << Qt::endl;
    return QCoreApplication::exec();
}
