#pragma once
// What every page needs from the application, handed in rather than reached for through globals:
// the store, the undo stack, who is signed in, where the database lives, and where to report failures.
#include "domain/session.h"

class AppSettings;
class CommandFeedback;
class QUndoStack;
class RecordStore;

struct UiContext
{
    RecordStore *store = nullptr;
    QUndoStack *undoStack = nullptr;
    CommandFeedback *feedback = nullptr;
    AppSettings *settings = nullptr;
    Session session;
    QString databasePath;
};
