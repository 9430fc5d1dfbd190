#include "models/importjob.h"

ImportJob::ImportJob(QString databasePath, QString kind, QString file, QString user, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_kind(std::move(kind))
    , m_file(std::move(file))
    , m_user(std::move(user))
    , m_job(
          this, [this](const ImportOutcome &outcome) { emit finished(outcome); },
          BackgroundJob<ImportOutcome>::OnDestroy::CancelAndWait)
{ }

ImportJob::~ImportJob() = default;

void ImportJob::start()
{
    const QString kind = m_kind, file = m_file, user = m_user;
    using Job = BackgroundJob<ImportOutcome>;
    m_job.start(
        m_databasePath, QStringLiteral("import"),
        [=](Job::Worker &w) {
            RecordImporter importer(w.store);
            importer.setProgress([&w](int done, int total) {
                w.progress(done, total);
                return !w.cancelled.load();
            });
            ImportOutcome outcome = importer.importFile(kind, file, user);
            if (w.cancelled.load() && !outcome.ok)
                outcome.cancelled = true;
            return outcome;
        },
        [file](const QString &error) {
            ImportOutcome outcome;
            outcome.errors.append({ file, 0, 0, error });
            return outcome;
        });
}
