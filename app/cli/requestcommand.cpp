#include "app/cli/requestcommand.h"

#include "app/cli/clicontext.h"
#include "base/appsettings.h"
#include "domain/dispatchservice.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "store/recordstore.h"

QString RequestCommand::synopsis() const
{
    return QStringLiteral("request add FIELD=VALUE... | request approve|reject|cancel CODE [--reason TEXT] | "
                          "request refer CODE --provider NAME --reason TEXT");
}

QList<QCommandLineOption> RequestCommand::options() const
{
    return {
        { QStringLiteral("reason"), tr("Why a request is rejected, cancelled or referred."), tr("TEXT") },
        { QStringLiteral("provider"),
            tr("The social platform a request is referred to (one of the settings' providers)."),
            tr("NAME") },
    };
}

int RequestCommand::run(CliContext &c)
{
    DispatchService service(*c.store);
    const QString sub = c.args.value(0);
    const QString code = c.args.value(1);
    const QString reason = c.value(QStringLiteral("reason"));
    DispatchResult result;
    if (sub == QStringLiteral("add")) {
        // FIELD=VALUE pairs named as the CSV columns (request_code, unit_code, start, end, dest_lat, …).
        const RecordKind &kind = *RecordSchema::kind(Kind::Requests);
        Record request;
        for (const QString &pair : c.args.mid(1)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString column = pair.left(eq).trimmed();
            QString value = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
            const FieldSpec *field = nullptr;
            for (const FieldSpec &f : kind.fields) {
                if (f.csvColumn == column)
                    field = &f;
            }
            if (eq < 0 || !field) {
                c.err << tr("request add: %1 is not FIELD=VALUE with a field of a request").arg(pair)
                      << Qt::endl;
                return UsageError;
            }
            // The state, the dispatch order it is linked to and who referred it are the program's to set.
            if (DispatchService::fieldsSetByProgram().contains(field->name)) {
                c.err << tr("request add: %1 is set by the program, not given").arg(column) << Qt::endl;
                return UsageError;
            }
            if (field->type == FieldType::Reference) {
                const std::optional<Record> target = c.store->findByKey(field->refKind, value);
                if (!target || target->deleted)
                    return c.fail(tr("request add: %1 %2 does not exist").arg(column, value));
                value = target->id;
            }
            request.values.insert(field->name, value);
        }
        result = service.submit(request, c.user());
        if (result.ok)
            c.out << c.store->record(Kind::Requests, result.id)->text(Field::Code) << Qt::endl;
    } else if (sub == QStringLiteral("approve") && !code.isEmpty()) {
        result = service.approve(code, c.user());
    } else if (sub == QStringLiteral("reject") && !code.isEmpty()) {
        result = service.reject(code, reason, c.user());
    } else if (sub == QStringLiteral("cancel") && !code.isEmpty()) {
        result = service.cancel(code, reason, c.user());
    } else if (sub == QStringLiteral("refer")) {
        if (code.isEmpty() || !c.isSet(QStringLiteral("provider")) || !c.isSet(QStringLiteral("reason")))
            return c.usage(QStringLiteral("request refer REQUEST --provider NAME --reason TEXT"));
        // Only the providers of the settings: a typo would otherwise become a 报备 to nobody.
        const QString provider = c.value(QStringLiteral("provider")).trimmed();
        const QStringList providers = c.settings().referralProviders();
        if (!providers.contains(provider)) {
            return c.fail(tr("request %1: %2 is not a referral provider of the settings (%3)")
                              .arg(code, provider, providers.join(QStringLiteral(", "))));
        }
        result = service.refer(code, provider, reason, c.user());
    } else {
        return c.usage(synopsis());
    }
    return result.ok ? Ok : c.fail(result.errors);
}
