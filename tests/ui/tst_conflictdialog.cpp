// The sync conflict dialog, offscreen: both versions side by side, and each choice stored as chosen (a
// real file; the conflict as the sync client keeps it in sync_conflicts).
#include "store/recordkinds.h"
#include "sync/synclocal.h"
#include "ui/conflictdialog.h"
#include "ui/mainwindow.h"
#include "uitestsupport.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QToolButton>

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT

private:
    // A vehicle edited here (model "本机型号") while the server has version 42 with "服务器型号":
    // kept as the sync client keeps a stale_version conflict. Returns the conflict's id.
    qint64 makeConflict(UiFixture &f, Record *vehicle)
    {
        *vehicle = f.store->records(Kind::Vehicles).first();
        vehicle->values.insert(Field::Model, QStringLiteral("本机型号"));
        if (!f.store->save(Kind::Vehicles, *vehicle, QStringLiteral("测试员")).ok)
            return 0;
        QJsonObject mineValues, theirsValues;
        for (auto it = vehicle->values.cbegin(); it != vehicle->values.cend(); ++it) {
            mineValues.insert(it.key(), QJsonValue::fromVariant(it.value()));
            theirsValues.insert(it.key(), QJsonValue::fromVariant(it.value()));
        }
        theirsValues.insert(Field::Model, QStringLiteral("服务器型号"));
        const QJsonObject mine { { QStringLiteral("change_id"), QStringLiteral("c-1") },
            { QStringLiteral("kind"), Kind::Vehicles }, { QStringLiteral("id"), vehicle->id },
            { QStringLiteral("base_version"), 0 }, { QStringLiteral("action"), QStringLiteral("upsert") },
            { QStringLiteral("values"), mineValues } };
        const QJsonObject theirs { { QStringLiteral("kind"), Kind::Vehicles },
            { QStringLiteral("id"), vehicle->id }, { QStringLiteral("version"), 42 },
            { QStringLiteral("deleted"), false }, { QStringLiteral("values"), theirsValues },
            { QStringLiteral("updated_at"), QStringLiteral("2026-10-08T01:30:00.000Z") },
            { QStringLiteral("updated_by"), QStringLiteral("wang") } };
        QSqlQuery q(f.db.connection());
        // What waited for the server went with the push that met the conflict.
        q.exec(QStringLiteral("DELETE FROM sync_outbox"));
        q.prepare(
            QStringLiteral("INSERT INTO sync_conflicts (kind, record_id, change_id, status, code, message, "
                           "local_row, server_row, found_at) VALUES (?, ?, 'c-1', 'conflict', "
                           "'stale_version', 'changed on the server since version 0 (now 42)', ?, ?, "
                           "'2026-10-08T02:00:00.000Z')"));
        q.addBindValue(Kind::Vehicles);
        q.addBindValue(vehicle->id);
        q.addBindValue(json(mine));
        q.addBindValue(json(theirs));
        if (!q.exec())
            return 0;
        return q.lastInsertId().toLongLong();
    }

    int modelRow(const ConflictTableModel *m, const QString &mine)
    {
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 1).data().toString() == mine)
                return r;
        }
        return -1;
    }

private slots:
    void showsBothVersionsAndTakesTheirs()
    {
        UiFixture f;
        Record v;
        const qint64 id = makeConflict(f, &v);
        QVERIFY(id > 0);
        SyncLocal local(*f.store);
        const std::optional<SyncConflict> c = local.conflict(id);
        QVERIFY(c);
        ConflictDialog dialog(*c, *f.store, QStringLiteral("测试员"));
        dialog.show();
        const int row = modelRow(dialog.model(), QStringLiteral("本机型号"));
        QVERIFY(row >= 0);
        QCOMPARE(dialog.model()->index(row, 2).data().toString(), QStringLiteral("服务器型号"));
        QVERIFY(dialog.model()->index(row, 1).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("reason"))->text().contains(QLatin1String("now 42")));
        dialog.findChild<QPushButton *>(QStringLiteral("takeTheirs"))->click();
        QVERIFY(dialog.resolved());
        const Record after = *f.store->record(Kind::Vehicles, v.id);
        QCOMPARE(after.text(Field::Model), QStringLiteral("服务器型号"));
        QCOMPARE(after.version, 42);
        QCOMPARE(local.pendingCount(), 0); // theirs is not sent back
        QVERIFY(local.conflicts().isEmpty());
        QCOMPARE(local.conflict(id)->resolution, QStringLiteral("theirs"));
    }

    void keepMineQueuesItOverTheirs()
    {
        UiFixture f;
        Record v;
        const qint64 id = makeConflict(f, &v);
        QVERIFY(id > 0);
        SyncLocal local(*f.store);
        ConflictDialog dialog(*local.conflict(id), *f.store, QStringLiteral("测试员"));
        dialog.show();
        dialog.findChild<QPushButton *>(QStringLiteral("keepMine"))->click();
        QVERIFY(dialog.resolved());
        const Record after = *f.store->record(Kind::Vehicles, v.id);
        QCOMPARE(after.text(Field::Model), QStringLiteral("本机型号"));
        QCOMPARE(after.version, 42); // the next push is based on the server's version
        QCOMPARE(local.pendingCount(), 1);
        QVERIFY(local.conflicts().isEmpty());
    }

    void laterKeepsItOpen()
    {
        UiFixture f;
        Record v;
        const qint64 id = makeConflict(f, &v);
        SyncLocal local(*f.store);
        ConflictDialog dialog(*local.conflict(id), *f.store, QStringLiteral("测试员"));
        dialog.show();
        dialog.findChild<QPushButton *>(QStringLiteral("later"))->click();
        QVERIFY(!dialog.resolved());
        QCOMPARE(local.conflicts().size(), 1);
        QCOMPARE(f.store->record(Kind::Vehicles, v.id)->text(Field::Model), QStringLiteral("本机型号"));
    }

    // The status bar says there is a conflict, and its button opens the dialog.
    void statusBarShowsConflictsAndOpensThem()
    {
        UiFixture f;
        Record v;
        QVERIFY(makeConflict(f, &v) > 0);
        f.settings->setServerUrl(QStringLiteral("https://127.0.0.1:1"));
        MainWindow w(f.context());
        auto *status = w.findChild<QToolButton *>(QStringLiteral("syncStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QLatin1String("1 conflict")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QLatin1String("not signed in")), qPrintable(status->text()));
        bool seen = false;
        QTimer::singleShot(0, [&seen]() {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<ConflictDialog *>(top); d && d->isVisible()) {
                    seen = true;
                    d->findChild<QPushButton *>(QStringLiteral("takeTheirs"))->click();
                }
            }
        });
        status->click();
        QVERIFY(seen);
        QVERIFY2(!status->text().contains(QLatin1String("conflict")), qPrintable(status->text()));
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
