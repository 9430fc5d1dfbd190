#pragma once
// Undoable edits of records (QUndoStack). Each command is checked by the store before it is pushed, so
// redo() normally succeeds; if the world changed meanwhile (another edit, a sync), the failure is
// reported through CommandFeedback instead of silently losing the step.
#include "store/record.h"

#include <QObject>
#include <QUndoCommand>
#include <optional>

class RecordStore;

class CommandFeedback : public QObject
{
    Q_OBJECT

signals:
    void failed(const QString &message);
};

class SaveRecordCommand : public QUndoCommand
{
public:
    // before is empty for a new record.
    SaveRecordCommand(RecordStore *store, CommandFeedback *feedback, QString kind,
        std::optional<Record> before, Record after, QString user);
    void redo() override;
    void undo() override;
    QString recordId() const { return m_after.id; }

private:
    RecordStore *m_store;
    CommandFeedback *m_feedback;
    QString m_kind;
    std::optional<Record> m_before;
    Record m_after;
    QString m_user;
};

class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(
        RecordStore *store, CommandFeedback *feedback, QString kind, Record record, QString user);
    void redo() override;
    void undo() override;

private:
    RecordStore *m_store;
    CommandFeedback *m_feedback;
    QString m_kind;
    Record m_record;
    QString m_user;
};
