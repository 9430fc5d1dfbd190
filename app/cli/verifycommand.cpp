#include "app/cli/verifycommand.h"

#include "app/cli/clicontext.h"
#include "store/database.h"
#include "store/positionstore.h"

#include <QSqlError>
#include <QSqlQuery>

int VerifyCommand::run(CliContext &c)
{
    if (!c.args.isEmpty())
        return c.usage(synopsis());
    const QString path = c.database->path();
    QStringList problems;
    QSqlQuery q(c.database->connection());
    q.setForwardOnly(true);
    // integrity_check reads every page: structure, free list, indexes against their tables. Up to 100
    // problems, one a row; a sound file gives one row "ok".
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << tr("%1: the integrity check could not run: %2").arg(path, q.lastError().text());
    } else {
        while (q.next()) {
            const QString row = q.value(0).toString();
            if (row != QStringLiteral("ok"))
                problems << tr("%1: integrity check: %2").arg(path, row);
        }
        if (q.lastError().isValid())
            problems << tr("%1: the integrity check stopped: %2").arg(path, q.lastError().text());
    }
    q.finish();
    qint64 days = 0, fixes = 0;
    for (const QString &damaged : PositionStore(c.database->connection()).verify(&days, &fixes))
        problems << tr("%1: %2").arg(path, damaged);
    if (!problems.isEmpty())
        return c.fail(problems);
    c.out << tr("%1: integrity check passed; %2 stored days of tracks (%3 fixes) decode")
                 .arg(path)
                 .arg(days)
                 .arg(fixes)
          << Qt::endl;
    return Ok;
}
