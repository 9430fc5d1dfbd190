#pragma once
// Imports a file of positions (DESIGN §6 `positions`): CSV (plate, time, lat, lon, speed_kmh?, heading?) on a
// fast path of its own — a city month is tens of millions of rows — or an NMEA 0183 log or GPX 1.1 track of
// the vehicle named by `plate`. CSV is all or nothing with FILE:LINE:COLUMN like the other kinds; in NMEA
// logs bad or void sentences are skipped and counted, as receivers produce them in normal operation.
#include "interchange/recordimporter.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <algorithm>
#include <vector>

class PositionImporter
{
    Q_DECLARE_TR_FUNCTIONS(PositionImporter)

public:
    enum class Format { Csv, Nmea, Gpx };

    // `db` is the store's own connection: the import writes in the store's write scope.
    PositionImporter(RecordStore &store, const QSqlDatabase &db);
    void setProgress(RecordImporter::Progress progress) { m_progress = std::move(progress); }
    void setMaxErrors(int n) { m_maxErrors = n; }
    // How many CSV fixes are held before they are merged into the store (inside the import's one
    // transaction); small values let tests cross many merges with a few rows.
    void setFlushEvery(qint64 fixes) { m_flushEvery = std::max<qint64>(fixes, 1); }

    // The format by content: '$' sentences are NMEA, '<' XML is GPX, anything else CSV.
    static Format sniff(const QByteArray &head);
    // UTF-16 by its byte order mark, or by the zero byte of a first ASCII character in UTF-16.
    enum class Encoding { Bytes, Utf16Le, Utf16Be };
    static Encoding sniffEncoding(const QByteArray &head);
    // Nothing but white space, byte order marks or zero bytes.
    static bool isBlankFile(const QByteArray &head);
    ImportOutcome importFile(const QString &path, const QString &plate);

private:
    ImportOutcome importCsv(const QString &path, QFile &file);
    ImportOutcome importTrack(
        const QString &path, const QString &plate, Format format, Encoding encoding, QFile &file);
    QString vehicleId(const QString &plate);

    RecordStore &m_store;
    QSqlDatabase m_db;
    RecordImporter::Progress m_progress;
    int m_maxErrors = 50;
    qint64 m_flushEvery = 2000000; // ~70 MB of fixes and their lines
    QHash<QString, QString> m_vehicleIds;
};
