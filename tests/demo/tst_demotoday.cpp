// scripts/demo-today.sh on a fresh demo database, as scripts/run-demo.sh sets it up: this month has refuels
// (the stations map opens on this month), none later than now, the check finds nothing about them, and
// running the script again changes nothing.
#include "base/timeparse.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("FAILED: ") + program + QLatin1Char(' ') + args.join(QLatin1Char(' '))
            + QLatin1Char('\n') + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestDemoToday : public QObject
{
    Q_OBJECT

private slots:
    void thisMonthHasRefuelsAndAgainChangesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cli = QStringLiteral(FD_CLI_BINARY);
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        const QString script = QStringLiteral(FD_SOURCE_DIR "/scripts/demo-today.sh");
        QString out = run(cli, { QStringLiteral("--db"), db, QStringLiteral("demo") });
        QVERIFY2(!out.startsWith(QStringLiteral("FAILED")), qPrintable(out));
        // Read "now" after the script: its refuels are no later than the time it ran.
        out = run(QStringLiteral("bash"), { script, cli, db });
        QVERIFY2(!out.startsWith(QStringLiteral("FAILED")), qPrintable(out));
        const QString now = TimeParse::toBeijingIso(QDateTime::currentMSecsSinceEpoch())
                                .left(16)
                                .replace(QLatin1Char('T'), QLatin1Char(' '));
        const QString month = now.left(7);
        const int day = now.mid(8, 2).toInt();

        const QString first = dir.filePath(QStringLiteral("first.csv"));
        out = run(
            cli, { QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("refuels"), first });
        QVERIFY2(!out.startsWith(QStringLiteral("FAILED")), qPrintable(out));
        const QStringList rows = readAll(first).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QList<int> perDay(32, 0);
        for (const QString &row : rows.mid(1)) {
            const QString time
                = TimeParse::toBeijingIso(*TimeParse::parseMs(row.section(QLatin1Char(','), 1, 1)));
            if (!time.startsWith(month))
                continue;
            QVERIFY2(time.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')) <= now, qPrintable(row));
            ++perDay[time.mid(8, 2).toInt()];
        }
        for (int d = 1; d < day; ++d)
            QVERIFY2(
                perDay[d] == 5, qPrintable(QStringLiteral("%1-%2: %3").arg(month).arg(d).arg(perDay[d])));
        if (now.mid(11) >= QStringLiteral("08:15")) // the morning's five are in by then
            QCOMPARE(perDay[day], 5);

        // The check over the month finds nothing about those refuels: each card was where its car stood,
        // and no two refuels fall between two tasks.
        out = run(cli,
            { QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--from"),
                month + QStringLiteral("-01"), QStringLiteral("--to"), now.left(10), QStringLiteral("--rule"),
                QStringLiteral("card_usage"), QStringLiteral("--rule"), QStringLiteral("refuel_frequency"),
                QStringLiteral("--rule"), QStringLiteral("location"), QStringLiteral("--format"),
                QStringLiteral("csv") });
        QVERIFY2(!out.startsWith(QStringLiteral("FAILED")), qPrintable(out));
        QCOMPARE(out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1); // the header only

        // Again (as run-demo.sh does on every start): nothing changes.
        out = run(QStringLiteral("bash"), { script, cli, db });
        QVERIFY2(!out.startsWith(QStringLiteral("FAILED")), qPrintable(out));
        const QString second = dir.filePath(QStringLiteral("second.csv"));
        out = run(
            cli, { QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("refuels"), second });
        QVERIFY2(!out.startsWith(QStringLiteral("FAILED")), qPrintable(out));
        QCOMPARE(readAll(second), readAll(first));
    }
};

QTEST_GUILESS_MAIN(TestDemoToday)
#include "tst_demotoday.moc"
