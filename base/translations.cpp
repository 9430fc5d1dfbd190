#include "base/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QString install(QCoreApplication &app, const QString &language)
{
    QString chosen = language;
    if (chosen.isEmpty() || chosen == QStringLiteral("system"))
        chosen = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                                  : QStringLiteral("en");
    if (chosen == QStringLiteral("zh_CN"))
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // Qt's own dialogs (file dialogs, Yes/No buttons) have their translations in the Qt installation.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/fleetdesk_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(own);
    return chosen;
}

} // namespace Translations
