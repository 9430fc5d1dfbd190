#pragma once
// Delivers the feed's records (docs/feed.md) to the discipline-inspection platform over HTTPS: one POST a
// record, oldest first, each retried with a doubling pause on a network error or a 5xx answer. The TLS
// certificate is checked against the system's CAs or the one configured, never ignored. A record counts as
// delivered on a 2xx answer, or 409 (the receiver already has that id); the caller notes it at once, so a
// record is sent again only when its answer was lost, and then carries the same id for the receiver to drop.
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

class FeedSender
{
    Q_DECLARE_TR_FUNCTIONS(FeedSender)

public:
    struct Options
    {
        QUrl endpoint;
        QList<QSslCertificate> caCertificates; // trusted besides the system's; empty: the system's only
        int retries = 5; // tries after the first
        int backoffMs = 1000; // pause before the first retry, doubled after each
        int timeoutMs = 30000;
    };
    struct Outcome
    {
        int sent = 0; // delivered by this run
        int skipped = 0; // delivered before
        int attempts = 0; // requests made
        QString error; // why the run stopped early, empty when everything was delivered
    };
    // Called after each delivery with the record and the tries it took; a non-empty return (the delivery
    // could not be noted) stops the run, since sending on would forget what was sent.
    using Delivered = std::function<QString(const QJsonObject &record, int attempts)>;

    FeedSender(QNetworkAccessManager &network, Options options);
    // Stops at the first record that cannot be delivered after every retry: the later ones wait for it.
    Outcome send(
        const QList<QJsonObject> &records, const QSet<QString> &delivered, const Delivered &onDelivered);

private:
    // 0: delivered; 1: try again; 2: refused for good. `why` says what happened.
    int post(const QJsonObject &record, QString *why);

    QNetworkAccessManager &m_network;
    Options m_options;
};
