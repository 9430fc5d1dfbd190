#include "app/cli/printordercommand.h"

#include "app/cli/clicontext.h"
#include "base/appsettings.h"
#include "base/translations.h"
#include "domain/dispatchorder.h"
#include "printing/dispatchorderprinter.h"
#include "store/recordstore.h"

#include <QFileInfo>

QString PrintOrderCommand::synopsis() const
{
    return QStringLiteral("print-order --task CODE --out FILE.pdf");
}

QList<QCommandLineOption> PrintOrderCommand::options() const
{
    return {
        { QStringLiteral("task"), tr("The dispatch order's number."), tr("CODE") },
        { QStringLiteral("out"), tr("The file to write."), tr("FILE") },
    };
}

int PrintOrderCommand::run(CliContext &c)
{
    if (!c.args.isEmpty() || !c.isSet(QStringLiteral("task")) || !c.isSet(QStringLiteral("out")))
        return c.usage(synopsis());
    const QString code = c.value(QStringLiteral("task"));
    const DispatchOrder order = DispatchOrder::load(*c.store, code);
    if (!order.ok)
        return c.fail(tr("print-order: no dispatch order %1").arg(code));
    // The printed form is a document for people, not output for scripts: it follows the UI language.
    if (QCoreApplication *app = QCoreApplication::instance())
        Translations::install(*app, c.settings().language());
    DispatchOrderPrinter printer(c.settings().centerName());
    const QString path = c.value(QStringLiteral("out"));
    if (!printer.writePdf(order, path))
        return c.fail(tr("print-order: cannot write %1").arg(QFileInfo(path).absoluteFilePath()));
    c.out << tr("wrote %1 (dispatch order %2)").arg(path, order.taskCode) << Qt::endl;
    return Ok;
}
