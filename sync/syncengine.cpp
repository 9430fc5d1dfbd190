#include "sync/syncengine.h"
#include "store/recordstore.h"
#include "sync/syncclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

SyncEngine::SyncEngine(RecordStore &store, SyncClient &client)
    : m_store(store)
    , m_client(client)
    , m_local(store)
{ }

SyncReply SyncEngine::withRetry(const std::function<SyncReply()> &call)
{
    int delay = m_retry.firstDelayMs;
    for (int attempt = 1;; ++attempt) {
        SyncReply r = call();
        if (r.ok() || !r.transient() || attempt >= m_retry.attempts || cancelled())
            return r;
        // The server's own wait when it gives one (429), else ours, doubling up to the cap.
        const int wait = r.retryAfterS > 0 ? std::min(r.retryAfterS * 1000, m_retry.maxDelayMs) : delay;
        if (progress)
            progress(tr("%1; trying again in %2 s").arg(r.message).arg(wait / 1000.0, 0, 'f', 1));
        QEventLoop loop;
        QTimer::singleShot(wait, &loop, &QEventLoop::quit);
        loop.exec();
        delay = std::min(delay * 2, m_retry.maxDelayMs);
    }
}

bool SyncEngine::fail(SyncReport *report, const SyncReply &reply)
{
    report->ok = false;
    report->error = reply.message;
    report->certificateRefused = reply.failure == SyncReply::Failure::Certificate;
    report->offline = reply.failure == SyncReply::Failure::Network;
    report->signInNeeded = reply.status == 401;
    report->pending = m_local.pendingCount();
    report->finishedAt = QDateTime::currentDateTimeUtc();
    return false;
}

SyncReport SyncEngine::run(const QString &user, const QString &password)
{
    SyncReport report;
    auto stop = [&](const QString &error) {
        report.ok = false;
        report.error = error;
        report.pending = m_local.pendingCount();
        report.finishedAt = QDateTime::currentDateTimeUtc();
        return report;
    };
    if (!m_client.signedIn()) {
        const SyncReply r = withRetry([&]() { return m_client.login(user, password); });
        if (!r.ok()) {
            fail(&report, r);
            return report;
        }
    }
    const QString who = m_client.user();

    // Push until the outbox is empty (or only holds what a push cannot send).
    for (;;) {
        if (cancelled())
            return stop(tr("the sync was stopped"));
        QList<OutboxChange> batch;
        QString error;
        if (!m_local.freezeBatch(m_batch, m_client.role(), &batch, &report.problems, &error))
            return stop(tr("the outbox could not be read: %1").arg(error));
        if (batch.isEmpty())
            break;
        QJsonArray changes;
        for (const OutboxChange &c : std::as_const(batch)) {
            QJsonObject sent = c.payload;
            sent.remove(QStringLiteral("local_values"));
            changes.append(sent);
        }
        if (progress)
            progress(tr("pushing %n change(s)", nullptr, int(batch.size())));
        const SyncReply r = withRetry([&]() {
            return m_client.push({ { QStringLiteral("changes"), changes } });
        });
        if (!r.ok()) {
            fail(&report, r);
            return report;
        }
        const QJsonArray results = r.body.value(QStringLiteral("results")).toArray();
        if (!m_local.settle(batch, results, who, &report.problems, &error))
            return stop(tr("the server's answer could not be stored: %1").arg(error));
        for (const QJsonValue &v : results) {
            const QString status = v.toObject().value(QStringLiteral("status")).toString();
            if (status == QLatin1String("applied") || status == QLatin1String("duplicate"))
                ++report.pushed;
            if (status == QLatin1String("duplicate"))
                ++report.duplicates;
        }
        if (progress)
            progress(tr("pushed %1 changes").arg(report.pushed));
        if (results.size() < batch.size())
            return stop(tr("the server answered %1 of %2 changes").arg(results.size()).arg(batch.size()));
    }

    // Pull from the remembered position, one page (and the position after it) per transaction.
    qint64 after = m_local.lastSeq();
    for (;;) {
        if (cancelled())
            return stop(tr("the sync was stopped"));
        const SyncReply r = withRetry([&]() { return m_client.pull(after, m_page); });
        if (!r.ok()) {
            fail(&report, r);
            return report;
        }
        const QJsonArray changes = r.body.value(QStringLiteral("changes")).toArray();
        const qint64 last = qint64(r.body.value(QStringLiteral("last_seq")).toDouble());
        int applied = 0;
        QString error;
        if (!m_local.applyPulled(changes, std::max(last, after), &applied, &report.problems, &error))
            return stop(error);
        report.pulled += applied;
        after = std::max(last, after);
        if (progress)
            progress(tr("pulled up to change %1").arg(after));
        if (!r.body.value(QStringLiteral("more")).toBool() || changes.isEmpty())
            break;
    }
    report.ok = true;
    report.pending = m_local.pendingCount();
    report.finishedAt = QDateTime::currentDateTimeUtc();
    m_local.setState(QStringLiteral("last_sync"), report.finishedAt.toString(Qt::ISODateWithMs));
    return report;
}
