#include "models/ledgerjob.h"

LedgerJob::LedgerJob(QString databasePath, Request request, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_request(std::move(request))
    , m_job(
          this, [this](const LedgerBook &) { emit finished(); },
          BackgroundJob<LedgerBook>::OnDestroy::CancelAndWait)
{ }

LedgerJob::~LedgerJob() = default;

void LedgerJob::start()
{
    const Request request = m_request;
    using Job = BackgroundJob<LedgerBook>;
    // A ledger that was not read: the kind and period asked for, no rows (the caller says why).
    auto unread = [request]() {
        LedgerBook book;
        book.kind = request.kind;
        book.fromMs = request.fromMs;
        book.toMs = request.toMs;
        return book;
    };
    m_job.start(
        m_databasePath, QStringLiteral("ledger"),
        [request, unread](Job::Worker &w) {
            if (w.cancelled.load()) {
                LedgerBook book = unread();
                book.cancelled = true;
                return book;
            }
            RefuelLedgerOptions options;
            options.stop = &w.cancelled;
            options.progress = w.progress;
            return LedgerBook::load(
                w.store, request.kind, request.fromMs, request.toMs, request.thresholds, options);
        },
        [request, unread](const QString &error) {
            LedgerBook book = unread();
            book.error = tr("%1 could not be read: %2").arg(LedgerBook::title(request.kind), error);
            return book;
        });
}
