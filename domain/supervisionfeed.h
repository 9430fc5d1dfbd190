#pragma once
// The feed to the discipline-inspection platform (推送纪委监督平台), as docs/feed.md defines it: one JSON
// record per finding and one per step of a supervision order from its issue on, each with a stable id, in
// time order. Also keeps what was delivered over HTTPS (feed_deliveries: the record as sent, where and when),
// which is how a record is sent once however often the sending is retried.
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>

class RecordStore;

class SupervisionFeed
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionFeed)

public:
    static constexpr const char *kFormat = "fleetdesk-feed/1";

    explicit SupervisionFeed(const RecordStore &store);
    // Records whose time (a finding's first finding, a step's) is at or after sinceMs, oldest first.
    QList<QJsonObject> records(qint64 sinceMs) const;
    // Ids already delivered (to any endpoint).
    QSet<QString> delivered() const;
    // Notes one record as delivered, with what was sent and when; empty or the reason it could not be kept.
    QString markDelivered(const QJsonObject &record, const QString &endpoint, int attempts, qint64 atMs);

    struct Delivery
    {
        QString recordId, endpoint, sentAt;
        int attempts = 0;
        QByteArray payload;
    };
    QList<Delivery> deliveries() const;

private:
    const RecordStore &m_store;
};
