#pragma once
// Positions on the server (DESIGN §4, §7): one FixCodec block per vehicle and Beijing day, as the desktop
// keeps them, in a track_days table of the server's database. Terminal gateways add fixes in batches with
// their own credential (gateways table); clients fetch a vehicle's fixes in a time range as one FixCodec
// block (delta-coded and deflated, ~5 bytes a fix), which they decode with the same codec.
#include "positionio/positionfix.h"

#include <QByteArray>
#include <QString>
#include <vector>

class ServerDatabase;

class ServerPositions
{
public:
    explicit ServerPositions(ServerDatabase &db);

    // Gateways: the key is a long random secret made by the administrator, so its SHA-256 is all that is
    // kept (a slow hash would cost every ingest batch and adds nothing for a 32-character random key).
    bool addGateway(const QString &name, const QByteArray &key, bool *replaced, QString *error);
    // The gateway's name, or empty when the key is not known.
    QString gatewayFor(const QString &key, QString *error);

    struct AddResult
    {
        bool ok = false;
        qint64 added = 0; // instants not stored before
        qint64 replaced = 0; // instants stored before (the new fix wins)
        QString error;
    };
    // One vehicle's fixes in any order, merged with the stored days, in the caller's write transaction.
    AddResult add(const QString &vehicleId, std::vector<PositionFix> fixes);
    // fromMs <= time < toMs, sorted; false on a database error or a damaged stored day.
    bool fixes(
        const QString &vehicleId, qint64 fromMs, qint64 toMs, std::vector<PositionFix> *out, QString *error);

private:
    ServerDatabase &m_db;
};
