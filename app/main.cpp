#include "base/appsettings.h"
#include "base/translations.h"
#include "maps/mapservices.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FleetDesk"));
    QApplication::setApplicationName(QStringLiteral("FleetDesk"));
    QApplication::setApplicationVersion(QStringLiteral(FLEETDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("FleetDesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("db"),
        QStringLiteral("Database file to open (instead of the one in settings)."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("settings"),
        QStringLiteral("Use this settings file (INI) instead of the user's."), QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."), QStringLiteral("LANG") });
    parser.addOption({ QStringLiteral("user"), QStringLiteral("Sign in as this user without asking."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("role"),
        QStringLiteral("With --user: dispatcher, administrator or auditor."), QStringLiteral("ROLE") });
    parser.addOption({ QStringLiteral("page"),
        QStringLiteral("Open on this page: 0 records, 1 dispatch, 2 review, 3 ledgers, 4 supervision, "
                       "5 reports, 6 today (the start page)."),
        QStringLiteral("N") });
    parser.addOption({ QStringLiteral("size"),
        QStringLiteral("Window size WxH (for screenshots of small screens)."), QStringLiteral("WxH") });
    parser.addOption({ QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window once it is shown, then quit."), QStringLiteral("FILE") });
    parser.process(app);

    std::unique_ptr<AppSettings> settings = parser.isSet(QStringLiteral("settings"))
        ? std::make_unique<AppSettings>(parser.value(QStringLiteral("settings")))
        : std::make_unique<AppSettings>();
    Translations::install(app,
        parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : settings->language());

    const QString path
        = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : settings->databasePath();
    Database db(QStringLiteral("gui"));
    if (!db.open(path)) {
        QMessageBox::critical(nullptr,
            QCoreApplication::translate("main", "FleetDesk cannot open its database"), db.errorString());
        return 1;
    }
    RecordStore store(db.connection());

    Session session;
    if (parser.isSet(QStringLiteral("user"))) {
        session = Session(parser.value(QStringLiteral("user")),
            Session::roleFromId(parser.value(QStringLiteral("role")), Session::Role::Dispatcher));
    } else {
        SignInDialog signIn(settings->lastUser(), Session::roleFromId(settings->lastRole()));
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        session = signIn.session();
        settings->setLastUser(session.user());
        settings->setLastRole(Session::roleId(session.role()));
    }

    // With a server, the role is the server's: the one it gave this user at the last sign-in while offline,
    // the current one once signed in again (the window offers a restart when it differs).
    if (!settings->serverUrl().isEmpty() && !settings->serverRole().isEmpty()
        && settings->serverUser() == session.user())
        session
            = Session(session.user(), Session::roleFromId(settings->serverRole(), Session::Role::Auditor));

    MapServices maps(*settings); // one network manager, tile source and set of map workers for every map
    UiContext context;
    context.maps = &maps;
    context.store = &store;
    context.settings = settings.get();
    context.session = session;
    context.databasePath = path;
    MainWindow window(context);
    if (parser.isSet(QStringLiteral("page")))
        window.showPage(parser.value(QStringLiteral("page")).toInt());
    QSize wanted;
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            wanted = QSize(wh[0].toInt(), wh[1].toInt());
    }
    window.showOnScreen(wanted); // never larger than the screen, --size included
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString out = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(800, &window, [&window, out] {
            window.grab().save(out);
            QApplication::quit();
        });
    }
    return app.exec();
}
