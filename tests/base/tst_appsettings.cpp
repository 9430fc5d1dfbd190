#include "base/appsettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    // What is saved is what the next start reads (issue 10: the language came back as "system").
    void savedChoicesAreReadBackByTheNextRun()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(file);
            settings.setLanguage(QStringLiteral("en"));
            settings.setDatabasePath(QStringLiteral("/data/demo.db"));
            settings.setCenterName(QStringLiteral("某市公务用车服务中心"));
            settings.sync();
        }
        // Read as the next run reads it: within one process QSettings answers from its cache, so the bytes
        // are read under another name.
        const QString copy = dir.filePath(QStringLiteral("next.ini"));
        QVERIFY(QFile::copy(file, copy));
        AppSettings next(copy);
        QCOMPARE(next.language(), QStringLiteral("en"));
        QCOMPARE(next.databasePath(), QStringLiteral("/data/demo.db"));
        QCOMPARE(next.centerName(), QStringLiteral("某市公务用车服务中心"));
    }

    // Issue 10, 1: what Settings wrote under "general/" went to the file as [%General], which the next run
    // (a new process; within one process QSettings answers from its cache) reads back as "General/…": the
    // language came back as "system". This is that file, byte for byte; its choices are read and kept.
    void whatAnEarlierRunWroteIsReadBack()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("[%General]\nlanguage=zh_CN\ndatabase=/data/old.sqlite\n");
        out.close();
        AppSettings settings(file);
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
        QCOMPARE(settings.databasePath(), QStringLiteral("/data/old.sqlite"));
        settings.setLanguage(QStringLiteral("en"));
        settings.sync();
        QCOMPARE(AppSettings(file).language(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
