// MainWindow's command line for the run that replaces this one (Settings, Switch user, a server role):
// plain argument lists, kept apart from the window's widgets.
#include "ui/mainwindow.h"

QStringList MainWindow::restartArguments(
    const QStringList &arguments, const QString &database, const QString &language)
{
    // The new run opens the database this one has open (or the one just chosen), whatever the setting says:
    // a restart that dropped --db came back on an empty default file, as if the data were gone.
    QList<std::pair<QString, QString>> replaced = { { QStringLiteral("--db"), database } };
    if (!language.isEmpty())
        replaced.append({ QStringLiteral("--lang"), language });
    return withOptions(arguments, replaced);
}

QStringList MainWindow::withOptions(
    const QStringList &arguments, const QList<std::pair<QString, QString>> &options)
{
    QStringList kept;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        bool dropped = false;
        for (const auto &[option, value] : options) {
            if (a == option) {
                ++i; // and its value
                dropped = true;
            } else if (a.startsWith(option + QLatin1Char('='))) {
                dropped = true;
            }
        }
        if (!dropped)
            kept << a;
    }
    for (const auto &[option, value] : options)
        kept << option << value;
    return kept;
}
