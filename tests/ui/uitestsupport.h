#pragma once
// Shared set-up for the GUI suites: a real database file, settings in a temporary INI, and a way to
// answer the modal dialog a click opens (the click blocks until the dialog closes).
#include "base/appsettings.h"
#include "demo/demodata.h"
#include "maps/mapservices.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "ui/uicontext.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

struct UiFixture
{
    QTemporaryDir dir;
    Database db { QStringLiteral("ui-%1").arg(quintptr(this)) };
    std::unique_ptr<RecordStore> store;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MapServices> maps; // the program's one network, tile source and map workers

    explicit UiFixture(bool demo = true)
    {
        if (!db.open(dir.filePath(QStringLiteral("fleet.sqlite"))))
            qFatal("cannot open the test database");
        store = std::make_unique<RecordStore>(db.connection());
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        maps = std::make_unique<MapServices>(*settings);
        if (demo && !DemoData(*store).fill())
            qFatal("demo data refused");
    }

    UiContext context(Session::Role role = Session::Role::Administrator) const
    {
        UiContext c;
        c.store = store.get();
        c.settings = settings.get();
        c.maps = maps.get();
        c.session = Session(QStringLiteral("测试员"), role);
        c.databasePath = dir.filePath(QStringLiteral("fleet.sqlite"));
        return c;
    }
};

// Runs `answer` on the next modal dialog of type T once it is up; `failed` is set when none came.
template<typename T>
void whenDialogOpens(std::function<void(T *)> answer, bool *seen = nullptr)
{
    QTimer::singleShot(0, [answer, seen] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (seen)
            *seen = dialog != nullptr;
        if (dialog)
            answer(dialog);
        else if (QWidget *other = QApplication::activeModalWidget())
            other->close(); // do not leave the test blocked in an unexpected dialog
    });
}
