#pragma once
// A fresh database file in a temporary folder for one test, migrated to the latest schema.
#include "store/database.h"
#include "store/recordstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

struct TestDb
{
    QTemporaryDir dir;
    Database db { QStringLiteral("test-%1").arg(quintptr(this)) };
    std::unique_ptr<RecordStore> store;

    TestDb()
    {
        if (!db.open(path()))
            qFatal("cannot open test database: %s", qPrintable(db.errorString()));
        store = std::make_unique<RecordStore>(db.connection());
    }
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    QString file(const QString &name) const { return dir.filePath(name); }
    void write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
};

inline Record unitRecord(const QString &code, const QString &name)
{
    Record r;
    r.values = { { QStringLiteral("code"), code }, { QStringLiteral("name"), name } };
    return r;
}

inline Record vehicleRecord(const QString &plate, const QString &unitId, int seats = 5)
{
    Record r;
    r.values
        = { { QStringLiteral("plate"), plate }, { QStringLiteral("category"), QStringLiteral("emergency") },
              { QStringLiteral("unit_id"), unitId }, { QStringLiteral("model"), QStringLiteral("红旗H5") },
              { QStringLiteral("seats"), seats }, { QStringLiteral("status"), QStringLiteral("active") } };
    return r;
}
