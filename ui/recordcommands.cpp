#include "ui/recordcommands.h"
#include "store/recordschema.h"
#include "store/recordstore.h"

#include <QCoreApplication>

namespace {

QString describe(const QString &kindId, const Record &record)
{
    const RecordKind *kind = RecordSchema::kind(kindId);
    return kind->translatedSingular() + QLatin1Char(' ') + record.text(kind->keyField);
}

} // namespace

SaveRecordCommand::SaveRecordCommand(RecordStore *store, CommandFeedback *feedback, QString kind,
    std::optional<Record> before, Record after, QString user)
    : m_store(store)
    , m_feedback(feedback)
    , m_kind(std::move(kind))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_user(std::move(user))
{
    setText(m_before
            ? QCoreApplication::translate("RecordCommands", "edit %1").arg(describe(m_kind, m_after))
            : QCoreApplication::translate("RecordCommands", "add %1").arg(describe(m_kind, m_after)));
}

void SaveRecordCommand::redo()
{
    const SaveResult result = m_store->save(m_kind, m_after, m_user);
    if (!result.ok) {
        emit m_feedback->failed(result.message());
        setObsolete(true);
        return;
    }
    m_after.id = result.id; // a new record's id is known only now; undo and redo need it
    // Say what was stored, not what was typed: the store normalises (苏FA9999 is kept as 苏F·A9999).
    if (const std::optional<Record> stored = m_store->record(m_kind, m_after.id)) {
        setText(m_before
                ? QCoreApplication::translate("RecordCommands", "edit %1").arg(describe(m_kind, *stored))
                : QCoreApplication::translate("RecordCommands", "add %1").arg(describe(m_kind, *stored)));
    }
}

void SaveRecordCommand::undo()
{
    const SaveResult result
        = m_before ? m_store->save(m_kind, *m_before, m_user) : m_store->remove(m_kind, m_after.id, m_user);
    if (!result.ok)
        emit m_feedback->failed(result.message());
}

RemoveRecordCommand::RemoveRecordCommand(
    RecordStore *store, CommandFeedback *feedback, QString kind, Record record, QString user)
    : m_store(store)
    , m_feedback(feedback)
    , m_kind(std::move(kind))
    , m_record(std::move(record))
    , m_user(std::move(user))
{
    setText(QCoreApplication::translate("RecordCommands", "remove %1").arg(describe(m_kind, m_record)));
}

void RemoveRecordCommand::redo()
{
    const SaveResult result = m_store->remove(m_kind, m_record.id, m_user);
    if (!result.ok) {
        emit m_feedback->failed(result.message());
        setObsolete(true);
    }
}

void RemoveRecordCommand::undo()
{
    const SaveResult result = m_store->restore(m_kind, m_record.id, m_user);
    if (!result.ok)
        emit m_feedback->failed(result.message());
}
