#include "models/importjob.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QThread>
#include <QtConcurrent>

ImportJob::ImportJob(QString databasePath, QString kind, QString file, QString user, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_kind(std::move(kind))
    , m_file(std::move(file))
    , m_user(std::move(user))
{
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this] {
        m_outcome = m_watcher.result();
        emit finished(m_outcome);
    });
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start()
{
    const QString path = m_databasePath, kind = m_kind, file = m_file, user = m_user;
    const auto cancelFlag = m_cancel;
    // Progress crosses threads by a queued call into this object.
    QPointer<ImportJob> self(this);
    m_watcher.setFuture(QtConcurrent::run([=]() {
        Database db(QStringLiteral("import-%1").arg(quintptr(QThread::currentThreadId())));
        ImportOutcome outcome;
        if (!db.open(path)) {
            outcome.errors.append({ file, 0, 0, db.errorString() });
            return outcome;
        }
        RecordStore store(db.connection());
        RecordImporter importer(store);
        importer.setProgress([&](int done, int total) {
            QMetaObject::invokeMethod(
                self, "progress", Qt::QueuedConnection, Q_ARG(int, done), Q_ARG(int, total));
            return !cancelFlag->load();
        });
        outcome = importer.importFile(kind, file, user);
        if (cancelFlag->load() && !outcome.ok)
            outcome.cancelled = true;
        return outcome;
    }));
}
