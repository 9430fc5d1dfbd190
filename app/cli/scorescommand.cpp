#include "app/cli/scorescommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/tableoutput.h"
#include "base/appsettings.h"
#include "domain/assessment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

QString ScoresCommand::synopsis() const
{
    return QStringLiteral("scores --year YYYY [--format json|csv|table]");
}

QList<QCommandLineOption> ScoresCommand::options() const
{
    return { { QStringLiteral("year"), tr("The assessment year, YYYY."), tr("YYYY") } };
}

int ScoresCommand::run(CliContext &c)
{
    static const QRegularExpression yearPattern(QStringLiteral("^(20[0-9]{2})$"));
    const QRegularExpressionMatch m = yearPattern.match(c.value(QStringLiteral("year")));
    if (!c.args.isEmpty() || !m.hasMatch())
        return c.usage(synopsis());
    const int year = m.captured(1).toInt();
    const QList<UnitScore> scores = Assessment::load(*c.store, AssessmentRules::from(c.settings()), year);
    const QString format = c.value(QStringLiteral("format"));
    if (format == QStringLiteral("json")) {
        QJsonArray array;
        for (const UnitScore &s : scores) {
            QJsonArray changes;
            for (const ScoreChange &ch : s.changes) {
                changes.append(QJsonObject { { QStringLiteral("delta"), ch.delta },
                    { QStringLiteral("reason"), ch.reason }, { QStringLiteral("order"), ch.order } });
            }
            array.append(QJsonObject { { QStringLiteral("unit_code"), s.unitCode },
                { QStringLiteral("score"), s.score }, { QStringLiteral("changes"), changes } });
        }
        c.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    // One row per change, and the agency's own row (no change) for its score and rank.
    QList<QStringList> rows;
    for (const UnitScore &s : scores) {
        rows << QStringList { QString::number(s.rank), s.unitCode, s.unitName, QString::number(s.score),
            QString(), QString(), QString() };
        for (const ScoreChange &ch : s.changes)
            rows << QStringList { QString::number(s.rank), s.unitCode, s.unitName, QString::number(s.score),
                QString::number(ch.delta), ch.order, ch.reason };
    }
    TableOutput::write(c.out, format,
        { QStringLiteral("rank"), QStringLiteral("unit_code"), QStringLiteral("unit_name"),
            QStringLiteral("score"), QStringLiteral("delta"), QStringLiteral("order"),
            QStringLiteral("reason") },
        rows);
    return Ok;
}
