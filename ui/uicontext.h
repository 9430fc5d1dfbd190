#pragma once
// What every page needs from the application, handed in rather than reached for through globals:
// the store, the undo stack, who is signed in, where the database lives, where to report failures, and the
// map services (network, tile source, map workers) every map of the program shares.
#include "domain/session.h"

class AppSettings;
class CommandFeedback;
class MapServices;
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
    MapServices *maps = nullptr;
};
