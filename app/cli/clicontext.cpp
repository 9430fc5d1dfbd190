#include "app/cli/clicontext.h"

#include "base/appsettings.h"

CliContext::CliContext(
    const QCommandLineParser &parser_, QStringList args_, QTextStream &out_, QTextStream &err_)
    : parser(parser_)
    , args(std::move(args_))
    , out(out_)
    , err(err_)
{ }

CliContext::~CliContext() = default;

QString CliContext::user() const
{
    const QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name.isEmpty() ? QStringLiteral("cli") : QStringLiteral("cli:") + name;
}

AppSettings &CliContext::settings()
{
    if (!m_settings) {
        m_settings = parser.isSet(QStringLiteral("settings"))
            ? std::make_unique<AppSettings>(parser.value(QStringLiteral("settings")))
            : std::make_unique<AppSettings>();
    }
    return *m_settings;
}

int CliContext::usage(const QString &synopsis)
{
    err << tr("usage: %1").arg(synopsis) << Qt::endl;
    return CliCommand::UsageError;
}

int CliContext::fail(const QStringList &messages)
{
    for (const QString &m : messages)
        err << m << Qt::endl;
    return CliCommand::DataError;
}
