#pragma once
// fleetdesk-cli: the headless entry point of DESIGN §6 (import, export, demo; check arrives with the rules).
// Runs in-process so tests can call it with arguments and read what it prints.
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    enum ExitCode { Ok = 0, DataError = 1, UsageError = 2 };

    CliApp(QTextStream &out, QTextStream &err);
    // arguments as QCoreApplication::arguments() gives them, program name first.
    int run(const QStringList &arguments);

private:
    int runImport(class RecordStore &store, const QStringList &args, const QString &plate);
    int runExport(class RecordStore &store, const QStringList &args);
    int runDemo(class RecordStore &store);
    int runSuggest(class RecordStore &store, const QString &requestCode, const QString &plate);
    int runDispatch(
        class RecordStore &store, const QStringList &args, const class QCommandLineParser &parser);
    int runDispatchAll(class RecordStore &store, const class QCommandLineParser &parser);
    int runCheck(
        class RecordStore &store, const QString &databasePath, const class QCommandLineParser &parser);
    QString user() const;

    QTextStream &m_out;
    QTextStream &m_err;
};
