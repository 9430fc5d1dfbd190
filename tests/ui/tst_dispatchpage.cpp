// The dispatch board as a dispatcher uses it, offscreen: a request dragged from the queue onto a car's row
// (the drag's events are sent to the board's viewport with the queue model's own mime data, since an
// offscreen platform has no drag-and-drop session to run QDrag in), the keyboard path, moving a bar,
// recording departure and return, and what an auditor may not do.
#include "base/timeparse.h"
#include "domain/dispatchplanner.h"
#include "domain/dispatchservice.h"
#include "domain/dispatchsuggestions.h"
#include "domain/naturalkeys.h"
#include "maps/widgets/mapview.h"
#include "models/requestqueuemodel.h"
#include "store/database.h"
#include "support/bykeys.h"
#include "support/requestsample.h"
#include "support/statementcounter.h"
#include "ui/dispatchalldialog.h"
#include "ui/dispatchboard.h"
#include "ui/dispatchdialog.h"
#include "ui/dispatchpage.h"
#include "ui/historydialog.h"
#include "ui/placepickerdialog.h"
#include "ui/reasondialog.h"
#include "ui/recordformdialog.h"
#include "ui/referraldialog.h"
#include "ui/requestqueueview.h"
#include "ui/triplogdialog.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

class TestDispatchPage : public QObject
{
    Q_OBJECT

    static qint64 ms(const char *text) { return *TimeParse::parseMs(QString::fromLatin1(text)); }

    static Record request(const QString &code, const char *from, const char *to, int passengers = 2)
    {
        return sampleRequest(code, from, to, passengers);
    }

    // Two free 5-seat cars; R1 dispatched to the first (09:00–12:00), R2 (11:00–13:00) approved and waiting.
    struct Scene
    {
        UiFixture f;
        QString busyPlate, freePlate, busyId, freeId;
        Scene()
        {
            for (const Record &v : f.store->records(QStringLiteral("vehicles"))) {
                if (v.value(QStringLiteral("seats")).toInt() != 5
                    || v.text(QStringLiteral("status")) != QStringLiteral("active"))
                    continue;
                if (busyPlate.isEmpty()) {
                    busyPlate = v.text(QStringLiteral("plate"));
                    busyId = v.id;
                } else if (freePlate.isEmpty()) {
                    freePlate = v.text(QStringLiteral("plate"));
                    freeId = v.id;
                }
            }
            DispatchService s(*f.store);
            s.submit(request(QStringLiteral("R1"), "2026-10-08 09:00", "2026-10-08 12:00"), {});
            s.submit(request(QStringLiteral("R2"), "2026-10-08 11:00", "2026-10-08 13:00"), {});
            s.approve(QStringLiteral("R1"), {});
            s.approve(QStringLiteral("R2"), {});
            ByKeys::dispatch(s, *f.store, QStringLiteral("R1"), busyPlate, QStringLiteral("D003"), {});
        }
        int taskCount() const { return f.store->count(QStringLiteral("tasks")); }
        QString status(const char *code) const
        {
            return f.store->findByKey(QStringLiteral("requests"), QLatin1String(code))
                ->text(QStringLiteral("status"));
        }
    };

    static std::unique_ptr<DispatchPage> openPage(
        Scene &scene, Session::Role role = Session::Role::Dispatcher)
    {
        auto page = std::make_unique<DispatchPage>(scene.f.context(role));
        page->resize(1400, 4000); // every row in view: the drags below need both cars' rows on screen
        page->setNow(ms("2026-10-08 08:00"));
        page->showDay(QDate(2026, 10, 8), false);
        page->show();
        return page;
    }

    // Drags the approved request `code` from the queue and lets go over `vehicleId`'s row; returns whether
    // the board took the drop, and leaves the hover verdict it showed in *verdict.
    static bool dragRequestOnto(DispatchPage &page, const QString &code, const QString &vehicleId)
    {
        RequestQueueModel *queue = page.approvedQueue();
        const int row = queue->rowOfCode(code);
        if (row < 0)
            return false;
        std::unique_ptr<QMimeData> mime(queue->mimeData({ queue->index(row, 0) }));
        DispatchBoard *board = page.board();
        const QRect target = board->rowRect(vehicleId);
        if (target.isNull())
            return false;
        const QPoint at(target.center().x(), target.center().y());
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(board->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(board->viewport(), &move);
        if (!move.isAccepted())
            return false;
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(board->viewport(), &drop);
        return true;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void theBoardShowsTheDay()
    {
        Scene scene;
        auto page = openPage(scene);
        DispatchBoard *board = page->board();
        QCOMPARE(board->shownVehicleCount(), scene.f.store->count(QStringLiteral("vehicles")));
        const QString taskId = scene.f.store->findByKey(QStringLiteral("tasks"), QStringLiteral("PR1"))->id;
        board->setCurrentVehicle(scene.busyId);
        QVERIFY(!board->barRect(taskId).isNull());
        QCOMPARE(page->approvedQueue()->rowCount(), 1);
        // The filter narrows the rows to the matching car.
        board->setFilter(scene.freePlate, QString());
        QCOMPARE(board->shownVehicleCount(), 1);
        QVERIFY(board->rowRect(scene.busyId).isNull());
        board->setFilter(QString(), QStringLiteral("general"));
        QVERIFY(board->shownVehicleCount() < scene.f.store->count(QStringLiteral("vehicles")));
        board->setFilter(QString(), QString());
        // Week view holds seven days from Monday.
        page->showDay(QDate(2026, 10, 8), true);
        QCOMPARE(board->data().fromMs, ms("2026-10-05 00:00"));
        QCOMPARE(board->data().toMs, ms("2026-10-12 00:00"));
    }

    void aRequestDroppedOnABusyCarIsRefusedWithTheReason()
    {
        Scene scene;
        auto page = openPage(scene);
        const int before = scene.taskCount();
        bool dialogOpened = false;
        whenDialogOpens<DispatchDialog>([](DispatchDialog *d) { d->reject(); }, &dialogOpened);
        QVERIFY(dragRequestOnto(*page, QStringLiteral("R2"), scene.busyId));
        QTest::qWait(20); // let the dialog watcher run; nothing should have opened
        QVERIFY(!dialogOpened);
        QVERIFY(page->feedback()->isVisible());
        QVERIFY2(
            page->feedback()->text().contains(QStringLiteral("PR1")), qPrintable(page->feedback()->text()));
        QVERIFY(page->feedback()->text().contains(scene.busyPlate));
        QCOMPARE(scene.taskCount(), before);
        QCOMPARE(scene.status("R2"), QStringLiteral("approved"));
    }

    void aRequestDroppedOnAFreeCarIsDispatchedWithAFreeDriver()
    {
        Scene scene;
        auto page = openPage(scene);
        QStringList offered;
        QString chosen;
        whenDialogOpens<DispatchDialog>([&](DispatchDialog *d) {
            for (int i = 0; i < d->driverList()->topLevelItemCount(); ++i)
                offered << d->driverList()->topLevelItem(i)->text(1);
            chosen = d->driverCode();
            d->accept();
        });
        QVERIFY(dragRequestOnto(*page, QStringLiteral("R2"), scene.freeId));
        QVERIFY(!chosen.isEmpty());
        // D003 drives R1 09:00–12:00 and is not free for 11:00–13:00.
        QVERIFY(!offered.contains(QStringLiteral("D003")));
        QCOMPARE(scene.status("R2"), QStringLiteral("dispatched"));
        const Record task = *scene.f.store->findByKey(QStringLiteral("tasks"), QStringLiteral("PR2"));
        QCOMPARE(task.text(QStringLiteral("vehicle_id")), scene.freeId);
        QCOMPARE(page->approvedQueue()->rowCount(), 0);
        QVERIFY(!page->board()->barRect(task.id).isNull());
        QCOMPARE(page->board()->selectedTaskId(), task.id);
    }

    // Issue 11: the five consumers of the booking rules judge from one kind of snapshot, so for the same
    // request, car and driver they say the same: the board's hover verdict, the dispatch dialog, the
    // suggestions, the planner and the service. R2 (11:00–13:00) on the busy car (R1 09:00–12:00, with D003)
    // is refused for the car; on the free car with D003, for the driver; on the free car with D004 it may go.
    void theFiveConsumersAgreeOnAVerdict()
    {
        Scene scene;
        auto page = openPage(scene);
        RecordStore &store = *scene.f.store;
        const QString r2 = NaturalKeys::requestId(store, QStringLiteral("R2"));
        const QString d003 = NaturalKeys::driverId(store, QStringLiteral("D003"));
        const QString d004 = NaturalKeys::driverId(store, QStringLiteral("D004"));
        struct Case
        {
            QString vehicleId, driverId, driverCode;
            bool carFree, mayGo;
        };
        const QList<Case> cases = { { scene.busyId, d004, QStringLiteral("D004"), false, false },
            { scene.freeId, d003, QStringLiteral("D003"), true, false },
            { scene.freeId, d004, QStringLiteral("D004"), true, true } };
        BookingQuery query;
        query.requestIds = { r2 };
        query.allVehicles = query.allDrivers = query.forCosts = true;
        const DispatchService service(store);
        const DispatchSuggestions suggestions(store);
        RequestQueueModel *queue = page->approvedQueue();
        for (const Case &c : cases) {
            const QString what = c.vehicleId + QLatin1Char(' ') + c.driverCode;
            // 1. The board's hover verdict (the car's side), while R2 is dragged over the car's row.
            std::unique_ptr<QMimeData> mime(
                queue->mimeData({ queue->index(queue->rowOfCode(QStringLiteral("R2")), 0) }));
            const QPoint at = page->board()->rowRect(c.vehicleId).center();
            QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(page->board()->viewport(), &enter);
            QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(page->board()->viewport(), &move);
            QCOMPARE(page->board()->hoverRefusal().isEmpty(), c.carFree);
            QDragLeaveEvent leave;
            QApplication::sendEvent(page->board()->viewport(), &leave);
            // 2. The dispatch dialog opened on that car: the car offered, and the driver among its drivers.
            DispatchDialog dialog(BookingReader(store).read(query), r2, c.vehicleId);
            QCOMPARE(dialog.vehicleList()->topLevelItemCount() == 1, c.carFree);
            bool driverOffered = false;
            for (int i = 0; i < dialog.driverList()->topLevelItemCount(); ++i)
                driverOffered
                    = driverOffered || dialog.driverList()->topLevelItem(i)->text(1) == c.driverCode;
            QVERIFY2(driverOffered == c.mayGo, qPrintable(what));
            // 3. The suggestions.
            bool carSuggested = false, driverSuggested = false;
            for (const Suggestion &s : suggestions.vehicles(r2))
                carSuggested = carSuggested || s.id == c.vehicleId;
            for (const Suggestion &s : suggestions.drivers(r2, c.vehicleId))
                driverSuggested = driverSuggested || s.id == c.driverId;
            QCOMPARE(carSuggested, c.carFree);
            QVERIFY2((carSuggested && driverSuggested) == c.mayGo, qPrintable(what));
            // 4. The planner, given only this car and this driver.
            PlanningFacts facts = DispatchPlanner(store).load({ QStringLiteral("R2") });
            facts.vehicles.removeIf([&](const CostVehicle &v) { return v.id != c.vehicleId; });
            facts.drivers.removeIf([&](const CostDriver &d) { return d.id != c.driverId; });
            QCOMPARE(facts.vehicles.size(), 1);
            QCOMPARE(facts.drivers.size(), 1);
            QVERIFY2(
                DispatchPlanner::planFacts(facts).assignments.size() == (c.mayGo ? 1 : 0), qPrintable(what));
            // 5. The service, asked and then told.
            QCOMPARE(service.vehicleConflicts(r2, c.vehicleId).isEmpty(), c.carFree);
            QCOMPARE(service.conflictsFor(r2, c.vehicleId, c.driverId).isEmpty(), c.mayGo);
        }
        DispatchService writer(store);
        QVERIFY(!writer.dispatch(r2, scene.busyId, d004, {}).ok);
        QVERIFY(!writer.dispatch(r2, scene.freeId, d003, {}).ok);
        QVERIFY(writer.dispatch(r2, scene.freeId, d004, {}).ok);
    }

    // Issue 11: dragging a request onto a car and dispatching it read the request's row six times before the
    // order was written: the hover verdict, the drop's verdict, the dialog, its ranked cars, its drivers, and
    // the dispatch under the write lock. Now the board and the dialog judge from one snapshot read when the
    // drag reaches the row, and the dispatch looks once more under the lock, where it must. (SQLite's own
    // trace counts them. Writing the request afterwards, RecordStore::save reads it for the change log and
    // the unique code; that is the store's write, not a decision, and is not counted.)
    void aDragReadsTheRequestOnceForTheBoardAndOnceUnderTheLock()
    {
        Scene scene;
        auto page = openPage(scene);
        const Record r2 = *scene.f.store->findByKey(QStringLiteral("requests"), QStringLiteral("R2"));
        bool written = false;
        StatementCounter reads(scene.f.store->database(), [&](const QString &sql) {
            written = written || sql.startsWith(QLatin1String("INSERT INTO tasks"));
            return !written && sql.startsWith(QLatin1String("SELECT"))
                && sql.contains(QLatin1String("FROM requests"))
                && (sql.contains(r2.id) || sql.contains(QLatin1String("'R2'")));
        });
        QVERIFY(reads.attached());
        QString driver;
        whenDialogOpens<DispatchDialog>([&](DispatchDialog *d) {
            driver = d->driverCode();
            d->accept();
        });
        QVERIFY(dragRequestOnto(*page, QStringLiteral("R2"), scene.freeId));
        const QStringList seen = reads.statements();
        QVERIFY(written);
        QVERIFY(!driver.isEmpty());
        QCOMPARE(scene.status("R2"), QStringLiteral("dispatched"));
        QStringList said; // short: what each read was, by its FROM and WHERE
        for (const QString &sql : seen)
            said << sql.mid(sql.indexOf(QLatin1String("FROM requests")));
        QVERIFY2(seen.size() == 2,
            qPrintable(QString::number(seen.size()) + QLatin1Char('\n') + said.join(QLatin1Char('\n'))));
    }

    void theKeyboardDispatchesToo()
    {
        Scene scene;
        auto page = openPage(scene);
        QTableView *queue = page->approvedView();
        queue->setFocus();
        queue->setCurrentIndex(page->approvedQueue()->index(0, 0));
        QString plate;
        whenDialogOpens<DispatchDialog>([&](DispatchDialog *d) {
            plate = d->plate(); // the cheapest free car, already selected
            QTest::keyClick(d->driverList(), Qt::Key_Return);
        });
        QTest::keyClick(queue, Qt::Key_Return);
        QVERIFY(!plate.isEmpty());
        QVERIFY(plate != scene.busyPlate);
        QCOMPARE(scene.status("R2"), QStringLiteral("dispatched"));
    }

    // Issue 10, 8: the dialog says what the trip is and why each car stands where it does, in words and
    // with no negative idle hours; a car whose seats are unknown is not offered for passengers.
    void theDispatchDialogSaysWhatTheTripIsAndWhyEachCar()
    {
        Scene scene;
        Record unknown = *scene.f.store->findByKey(QStringLiteral("vehicles"), scene.freePlate);
        unknown.values.insert(QStringLiteral("seats"), QVariant());
        QVERIFY(scene.f.store->save(QStringLiteral("vehicles"), unknown, {}).ok);
        QCOMPARE(scene.f.store->record(QStringLiteral("vehicles"), unknown.id)
                     ->value(QStringLiteral("seats"))
                     .toInt(),
            0);
        // The dialog shows a snapshot (issue 11), read as the page reads it for a drag.
        const QString r2 = NaturalKeys::requestId(*scene.f.store, QStringLiteral("R2"));
        BookingQuery query;
        query.requestIds = { r2 };
        query.allVehicles = query.allDrivers = query.forCosts = true;
        DispatchDialog d(BookingReader(*scene.f.store).read(query), r2, QString());
        auto *facts = d.findChild<QLabel *>(QStringLiteral("requestFacts"));
        QVERIFY(facts);
        const QString agency = scene.f.store->findByKey(QStringLiteral("units"), QStringLiteral("NT003"))
                                   ->text(QStringLiteral("name"));
        for (const QString &expected : { agency, QStringLiteral("如皋市政府"), QStringLiteral("10-08 11:00"),
                 QStringLiteral("10-08 13:00"), QStringLiteral("Passengers: 2") })
            QVERIFY2(facts->text().contains(expected),
                qPrintable(expected + QStringLiteral(" in ") + facts->text()));
        QTreeWidget *cars = d.vehicleList();
        QVERIFY(cars->topLevelItemCount() > 0);
        static const QRegularExpression negative(QStringLiteral("-\\s*\\d"));
        for (int i = 0; i < cars->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *car = cars->topLevelItem(i);
            QVERIFY2(car->text(0) != scene.freePlate, "a car of unknown seats was offered for 2 passengers");
            const QString why = car->text(cars->columnCount() - 1);
            QVERIFY2(why.contains(QStringLiteral("booked this month")) && !why.contains(negative),
                qPrintable(why));
        }
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("rankingNote")));
    }

    // Issue 10, 7: at 1366 wide the board opens on the working day (07:00–20:00 across its width), not on
    // 00:00–16:00 or the whole day.
    void theBoardOpensOnTheWorkingDay()
    {
        Scene scene;
        DispatchPage page(scene.f.context(Session::Role::Dispatcher));
        page.resize(1366 - 132, 680);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DispatchBoard *board = page.board();
        const double hours = (board->viewport()->width() - 222) / board->hourWidth();
        QVERIFY2(hours > 11 && hours < 15, qPrintable(QString::number(hours)));
    }

    // The queue beside the board is narrow: the agency and the destination were cut to "市…" (issue 10
    // item 7). Each request now reads whole, on two lines, at 1366 and at 900 pixels, with nothing past the
    // queue's right edge.
    void theQueueShowsEveryPartOfARequestWhole()
    {
        Scene scene;
        for (const QSize size : { QSize(1366 - 132, 680), QSize(900 - 132, 500) }) {
            DispatchPage page(scene.f.context(Session::Role::Dispatcher));
            page.resize(size);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto *view = qobject_cast<RequestQueueView *>(page.approvedView());
            QVERIFY(view);
            RequestQueueModel *queue = page.approvedQueue();
            const int row = queue->rowOfCode(QStringLiteral("R2"));
            QVERIFY(row >= 0);
            const QList<int> shown = queue->shownColumns(); // number, time, agency, passengers, destination
            const QString agency = queue->index(row, shown[2]).data().toString();
            QVERIFY(!agency.isEmpty());
            QCOMPARE(view->secondLine(queue->index(row, shown[0])), agency);
            QCOMPARE(view->secondLine(queue->index(row, shown[1])), QStringLiteral("如皋市政府"));
            const QFontMetrics metrics = view->fontMetrics();
            auto fits = [&](int column, const QString &text) {
                return view->columnWidth(column) >= metrics.horizontalAdvance(text) + 8;
            };
            QVERIFY2(fits(shown[0], agency), qPrintable(QString::number(view->columnWidth(shown[0]))));
            QVERIFY(fits(shown[0], queue->index(row, shown[0]).data().toString()));
            // At 900 pixels the board keeps the width its English order buttons need, and the time column
            // takes what is left; the Chinese buttons are narrower (looked at under Xvfb, docs/screenshots).
            if (size.width() > 1000) {
                QVERIFY(fits(shown[1], QStringLiteral("如皋市政府")));
                QVERIFY(fits(shown[1], queue->index(row, shown[1]).data().toString()));
                QVERIFY(fits(shown[3], queue->index(row, shown[3]).data().toString()));
            }
            int used = 0;
            for (int c = 0; c < queue->columnCount(); ++c)
                used += view->isColumnHidden(c) ? 0 : view->columnWidth(c);
            QVERIFY2(used <= view->viewport()->width(),
                qPrintable(QStringLiteral("%1 > %2").arg(used).arg(view->viewport()->width())));
        }
    }

    // Under a window manager the page is shown at a smaller size first and maximised after; the narrow
    // layout's scroll position was clamped on the way and dropped the working-day span (issue 10 item 7).
    void theWorkingDaySurvivesAMaximiseAfterShowing()
    {
        Scene scene;
        DispatchPage page(scene.f.context(Session::Role::Dispatcher));
        // A fixed clock inside working hours: on the real one, between midnight and 04:00 Beijing time the
        // day opens on the hours around now (from 00:00) and the test failed every night.
        page.setNow(ms("2026-10-08 10:00"));
        page.showDay(QDate(2026, 10, 8), false);
        page.resize(700, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.resize(1366 - 132, 680);
        QCoreApplication::processEvents();
        DispatchBoard *board = page.board();
        const double hours = (board->viewport()->width() - 222) / board->hourWidth();
        QVERIFY2(hours > 11 && hours < 15, qPrintable(QString::number(hours)));
        // The day's board starts at its midnight, so the scroll position in hour widths is the first hour
        // shown.
        const double startHour = board->horizontalScrollBar()->value() / board->hourWidth();
        QVERIFY2(startHour > 1 && startHour < 12, qPrintable(QString::number(startHour)));
    }

    void aBarDraggedOntoAnotherCarMovesOrIsRefused()
    {
        Scene scene;
        auto page = openPage(scene);
        DispatchBoard *board = page->board();
        const QString taskId = scene.f.store->findByKey(QStringLiteral("tasks"), QStringLiteral("PR1"))->id;
        auto dragBarTo = [&](const QString &vehicleId) {
            board->setCurrentVehicle(scene.busyId);
            const QPoint from = board->barRect(taskId).center();
            const QRect row = board->rowRect(vehicleId);
            QTest::mousePress(board->viewport(), Qt::LeftButton, {}, from);
            QMouseEvent move(QEvent::MouseMove, QPointF(from.x(), row.center().y()),
                board->viewport()->mapToGlobal(QPointF(from.x(), row.center().y())), Qt::NoButton,
                Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(board->viewport(), &move);
            QTest::mouseRelease(board->viewport(), Qt::LeftButton, {}, QPoint(from.x(), row.center().y()));
        };
        // Put R2 on the free car first, then PR1 (09–12) may not join it: refused, nothing moved.
        DispatchService service(*scene.f.store);
        ByKeys::dispatch(
            service, *scene.f.store, QStringLiteral("R2"), scene.freePlate, QStringLiteral("D004"), {});
        page->reload();
        board->setCurrentVehicle(scene.freeId);
        dragBarTo(scene.freeId);
        QVERIFY2(
            page->feedback()->text().contains(QStringLiteral("PR2")), qPrintable(page->feedback()->text()));
        QCOMPARE(scene.f.store->record(QStringLiteral("tasks"), taskId)->text(QStringLiteral("vehicle_id")),
            scene.busyId);
        // Cancel R2, and the same drag moves PR1 to the free car.
        DispatchService(*scene.f.store).cancel(QStringLiteral("R2"), QStringLiteral("取消"), {});
        page->reload();
        dragBarTo(scene.freeId);
        QCOMPARE(scene.f.store->record(QStringLiteral("tasks"), taskId)->text(QStringLiteral("vehicle_id")),
            scene.freeId);
        QVERIFY(page->feedback()->property("ok").toBool());
    }

    void departureAndReturnAreRecorded()
    {
        Scene scene;
        auto page = openPage(scene);
        const QString taskId = scene.f.store->findByKey(QStringLiteral("tasks"), QStringLiteral("PR1"))->id;
        page->board()->selectTask(taskId);
        QPushButton *departButton = nullptr, *returnButton = nullptr;
        for (QPushButton *b : page->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Departed…"))
                departButton = b;
            if (b->text() == QStringLiteral("Returned…"))
                returnButton = b;
        }
        QVERIFY(departButton && returnButton);
        QVERIFY(departButton->isEnabled());
        QVERIFY(!returnButton->isEnabled());
        whenDialogOpens<TripLogDialog>([](TripLogDialog *d) {
            d->odometerEdit()->setValue(48000);
            d->accept();
        });
        departButton->click();
        QCOMPARE(scene.status("R1"), QStringLiteral("departed"));
        const Record task = *scene.f.store->record(QStringLiteral("tasks"), taskId);
        QCOMPARE(task.value(QStringLiteral("odometer_out")).toDouble(), 48000.0);
        QCOMPARE(task.text(QStringLiteral("departed_at")),
            TimeParse::toUtcIso(ms("2026-10-08 08:00"))); // the board's clock
        QVERIFY(returnButton->isEnabled());
        double offeredMinimum = -1;
        whenDialogOpens<TripLogDialog>([&](TripLogDialog *d) {
            offeredMinimum = d->odometerEdit()->minimum();
            d->odometerEdit()->setValue(48120.5);
            d->accept();
        });
        returnButton->click();
        QCOMPARE(offeredMinimum, 48000.0); // cannot type a reading below the departure's
        QCOMPARE(scene.status("R1"), QStringLiteral("returned"));
        QVERIFY(page->feedback()->text().contains(QStringLiteral("120.5")));
    }

    void anAuditorLooksButCannotDispatch()
    {
        Scene scene;
        auto page = openPage(scene, Session::Role::Auditor);
        bool dialogOpened = false;
        whenDialogOpens<DispatchDialog>([](DispatchDialog *d) { d->reject(); }, &dialogOpened);
        dragRequestOnto(*page, QStringLiteral("R2"), scene.freeId);
        QTest::qWait(20);
        QVERIFY(!dialogOpened);
        QCOMPARE(scene.status("R2"), QStringLiteral("approved"));
        QVERIFY(!page->approvedView()->dragEnabled());
    }

    void aPlaceIsPickedFromTheListOrTheMap()
    {
        UiFixture f(false);
        const QList<SavedPlace> usual = { { QStringLiteral("市民中心"), 31.98, 120.89, 3 } };
        PlacePickerDialog picker(*f.maps, usual, SavedPlace {});
        picker.show();
        QVERIFY(picker.placeList()->count() > 1); // the usual place, then the county seats
        QVERIFY(picker.placeList()->item(0)->text().contains(QStringLiteral("市民中心")));
        picker.placeList()->setCurrentRow(0);
        QCOMPARE(picker.place().name, QStringLiteral("市民中心"));
        QCOMPARE(picker.place().lat, 31.98);
        // A click on the map moves the point and keeps the name for the dispatcher to correct.
        MapView *map = picker.map();
        const QPoint corner(map->width() / 4, map->height() / 4);
        QTest::mouseClick(map, Qt::LeftButton, {}, corner);
        QVERIFY(picker.place().lat > 31.98); // up and left of the centre: north
        QVERIFY(picker.place().lon < 120.89); // … and west
        QCOMPARE(picker.place().name, QStringLiteral("市民中心"));
    }

    void aNewRequestGetsTheNextNumberOfTheDay()
    {
        Scene scene;
        auto page = openPage(scene);
        QString proposed, start;
        whenDialogOpens<RecordFormDialog>([&](RecordFormDialog *form) {
            proposed = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("code")))->text();
            start = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("start_at")))->text();
            auto *unit = qobject_cast<QComboBox *>(form->editor(QStringLiteral("unit_id")));
            unit->setCurrentIndex(
                unit->findData(DemoData::idFor(QStringLiteral("units"), QStringLiteral("NT001"))));
            qobject_cast<QLineEdit *>(form->editor(QStringLiteral("dest_lat")))
                ->setText(QStringLiteral("31.98"));
            qobject_cast<QLineEdit *>(form->editor(QStringLiteral("dest_lon")))
                ->setText(QStringLiteral("120.89"));
            form->accept();
        });
        page->findChild<QPushButton *>(QStringLiteral("newRequest"))->click();
        QCOMPARE(proposed, QStringLiteral("SQ20261008-01"));
        QVERIFY2(start.contains(QStringLiteral("09:00")), qPrintable(start)); // the board's clock says 08:00
        QCOMPARE(scene.status("SQ20261008-01"), QStringLiteral("submitted"));
        QCOMPARE(page->pendingQueue()->rowCount(), 1);
    }

    void aGroupTripIsTintedAndReferred()
    {
        Scene scene;
        DispatchService s(*scene.f.store);
        QVERIFY(s.submit(request(QStringLiteral("R7"), "2026-10-08 14:00", "2026-10-08 18:00", 12), {}).ok);
        QVERIFY(s.approve(QStringLiteral("R7"), {}).ok);
        auto page = openPage(scene);
        RequestQueueModel *queue = page->approvedQueue();
        const int row = queue->rowOfCode(QStringLiteral("R7"));
        QVERIFY(row >= 0);
        QVERIFY(queue->index(row, 0).data(RequestQueueModel::ReferralSuggestedRole).toBool()); // 12 > 7
        QVERIFY(!queue->index(queue->rowOfCode(QStringLiteral("R2")), 0)
                     .data(RequestQueueModel::ReferralSuggestedRole)
                     .toBool());
        page->approvedView()->setCurrentIndex(queue->index(row, 0));
        QStringList providers;
        whenDialogOpens<ReferralDialog>([&](ReferralDialog *d) {
            for (int i = 0; i < d->providerBox()->count(); ++i)
                providers << d->providerBox()->itemText(i);
            // The rules' suggestion is offered as the reason; without any reason the dialog refuses.
            QVERIFY(d->reasonEdit()->toPlainText().contains(QStringLiteral("7")));
            QVERIFY(d->confirmButton()->isEnabled());
            d->reasonEdit()->clear();
            QVERIFY(!d->confirmButton()->isEnabled());
            d->reasonEdit()->setPlainText(QStringLiteral("12 人团组，超出本中心车型"));
            d->providerBox()->setCurrentIndex(1);
            d->confirmButton()->click();
        });
        page->findChild<QPushButton *>(QStringLiteral("referRequest"))->click();
        QCOMPARE(providers, scene.f.settings->referralProviders());
        const Record r7 = *scene.f.store->findByKey(QStringLiteral("requests"), QStringLiteral("R7"));
        QCOMPARE(r7.text(QStringLiteral("status")), QStringLiteral("referred"));
        QCOMPARE(r7.text(QStringLiteral("referral_provider")), providers.value(1));
        QCOMPARE(
            queue->rowOfCode(QStringLiteral("R7")), -1); // out of the queue of requests waiting for a car
    }

    void theSelectedOrderIsPrintedAsAPdf()
    {
        Scene scene;
        auto page = openPage(scene);
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("printOrder"))->isEnabled());
        auto *print = page->findChild<QAction *>(QStringLiteral("saveOrderPdf"));
        QVERIFY(!print->isEnabled()); // nothing selected
        page->board()->selectTask(
            scene.f.store->findByKey(QStringLiteral("tasks"), QStringLiteral("PR1"))->id);
        QVERIFY(print->isEnabled());
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("printOrder"))->isEnabled());
        const QString pdf = scene.f.dir.filePath(QStringLiteral("order.pdf"));
        QString proposed;
        whenDialogOpens<QFileDialog>([&](QFileDialog *d) {
            proposed = d->selectedFiles().value(0);
            d->selectFile(pdf);
            static_cast<QDialog *>(d)->accept();
        });
        print->trigger();
        QFile file(pdf);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(page->feedback()->text()));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 4000);
        QVERIFY(page->feedback()->text().contains(QStringLiteral("order.pdf")));
        QVERIFY2(!QFileInfo(proposed).fileName().contains(QLatin1Char(' ')), qPrintable(proposed));
    }

    void theNewRequestFormAsksOnlyWhatTheApplicantSays()
    {
        Scene scene;
        auto page = openPage(scene);
        bool statusShown = true, routeButton = false;
        double lat = 0;
        whenDialogOpens<RecordFormDialog>([&](RecordFormDialog *form) {
            statusShown = form->editor(QStringLiteral("status"))->isVisibleTo(form);
            routeButton = !form->findChildren<QPushButton *>().isEmpty()
                && form->findChild<QPushButton *>(QStringLiteral("dest_pick")) != nullptr;
            auto *unit = qobject_cast<QComboBox *>(form->editor(QStringLiteral("unit_id")));
            unit->setCurrentIndex(
                unit->findData(DemoData::idFor(QStringLiteral("units"), QStringLiteral("NT003"))));
            // The destination from the agency's usual places: R1 and R2 went to 如皋市政府.
            whenDialogOpens<PlacePickerDialog>([&](PlacePickerDialog *picker) {
                QVERIFY(picker->placeList()->item(0)->text().contains(QStringLiteral("如皋市政府")));
                picker->placeList()->setCurrentRow(0);
                picker->accept();
            });
            form->findChild<QPushButton *>(QStringLiteral("dest_pick"))->click();
            lat = form->fieldValue(QStringLiteral("dest_lat")).toDouble();
            form->accept();
        });
        page->findChild<QPushButton *>(QStringLiteral("newRequest"))->click();
        QVERIFY(!statusShown);
        QVERIFY(routeButton);
        QCOMPARE(lat, 32.3711);
        const Record made
            = *scene.f.store->findByKey(QStringLiteral("requests"), QStringLiteral("SQ20261008-01"));
        QCOMPARE(made.text(QStringLiteral("dest_name")), QStringLiteral("如皋市政府"));
        QCOMPARE(made.text(QStringLiteral("status")), QStringLiteral("submitted"));
    }

    void dispatchAllPlansTheDayAndStoresItOnConfirmation()
    {
        Scene scene;
        DispatchService s(*scene.f.store);
        QVERIFY(s.submit(request(QStringLiteral("R5"), "2026-10-08 11:30", "2026-10-08 12:30", 3), {}).ok);
        QVERIFY(s.approve(QStringLiteral("R5"), {}).ok);
        auto page = openPage(scene);
        QStringList planned;
        QString summary;
        bool okEnabled = false;
        whenDialogOpens<DispatchAllDialog>([&](DispatchAllDialog *d) {
            // The plan comes from a worker: the dialog is up and responsive meanwhile.
            QSignalSpy ready(d, &DispatchAllDialog::planReady);
            if (d->isPlanning())
                QVERIFY(ready.wait(20000));
            for (const PlannedDispatch &p : d->plan().assignments)
                planned << p.requestCode;
            summary = d->summary()->text();
            okEnabled = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            d->accept();
        });
        page->findChild<QPushButton *>(QStringLiteral("dispatchAll"))->click();
        planned.sort();
        QCOMPARE(planned, (QStringList { QStringLiteral("R2"), QStringLiteral("R5") }));
        QVERIFY2(summary.contains(QStringLiteral("2 of 2")), qPrintable(summary));
        QVERIFY(okEnabled);
        QCOMPARE(scene.status("R2"), QStringLiteral("dispatched"));
        QCOMPARE(scene.status("R5"), QStringLiteral("dispatched"));
        QCOMPARE(page->approvedQueue()->rowCount(), 0);
        // R2 and R5 overlap (11:30–12:00): two different cars and drivers, and neither is R1's.
        const Record t2 = *scene.f.store->findByKey(QStringLiteral("tasks"), QStringLiteral("PR2"));
        const Record t5 = *scene.f.store->findByKey(QStringLiteral("tasks"), QStringLiteral("PR5"));
        QVERIFY(t2.text(QStringLiteral("vehicle_id")) != t5.text(QStringLiteral("vehicle_id")));
        QVERIFY(t2.text(QStringLiteral("driver_id")) != t5.text(QStringLiteral("driver_id")));
        QVERIFY(t2.text(QStringLiteral("vehicle_id")) != scene.busyId);
    }

    void theRequestsStepsAreInItsHistory()
    {
        Scene scene;
        auto page = openPage(scene);
        auto *history = page->findChild<QPushButton *>(QStringLiteral("orderHistory"));
        QVERIFY(!history->isEnabled());
        page->board()->selectTask(
            scene.f.store->findByKey(QStringLiteral("tasks"), QStringLiteral("PR1"))->id);
        QVERIFY(history->isEnabled());
        bool seen = false;
        QString title;
        whenDialogOpens<HistoryDialog>(
            [&](HistoryDialog *d) {
                title = d->windowTitle();
                d->close();
            },
            &seen);
        history->click();
        QVERIFY(seen);
        QVERIFY2(title.contains(QStringLiteral("R1")), qPrintable(title));
    }

    void aRequestNotYetApprovedCannotGoOntoACar()
    {
        Scene scene;
        DispatchService(*scene.f.store)
            .submit(request(QStringLiteral("R8"), "2026-10-08 15:00", "2026-10-08 16:00"), {});
        auto page = openPage(scene);
        QVERIFY(!page->pendingView()->dragEnabled());
        // Even if it arrived (another program's drag): refused with the reason, no dialog.
        bool dialogOpened = false;
        whenDialogOpens<DispatchDialog>([](DispatchDialog *d) { d->reject(); }, &dialogOpened);
        page->dispatchRequest(NaturalKeys::requestId(*scene.f.store, QStringLiteral("R8")), scene.freeId);
        QTest::qWait(20);
        QVERIFY(!dialogOpened);
        QVERIFY2(
            page->feedback()->text().contains(QStringLiteral("R8")), qPrintable(page->feedback()->text()));
        QCOMPARE(scene.status("R8"), QStringLiteral("submitted"));
    }

    void ordersAreReachedFromTheKeyboard()
    {
        Scene scene;
        auto page = openPage(scene);
        DispatchBoard *board = page->board();
        board->setFocus();
        board->setCurrentVehicle(scene.busyId);
        QVERIFY(board->selectedTaskId().isEmpty());
        QTest::keyClick(board, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(board->selectedTaskId(),
            scene.f.store->findByKey(QStringLiteral("tasks"), QStringLiteral("PR1"))->id);
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("printOrder"))->isEnabled());
        // Buttons acting on a queued request wait for one to be selected.
        auto *dispatch = page->findChild<QPushButton *>(QStringLiteral("dispatchRequest"));
        page->approvedView()->clearSelection();
        QVERIFY(!dispatch->isEnabled());
        page->approvedView()->selectRow(0);
        QVERIFY(dispatch->isEnabled());
    }

    void anotherDesktopsBookingShowsUp()
    {
        Scene scene;
        auto page = openPage(scene);
        QCOMPARE(page->approvedQueue()->rowCount(), 1);
        scene.f.store->checkOtherWriters(); // the first look, as MainWindow's watch takes it
        {
            Database second(QStringLiteral("second-desktop-ui"));
            QVERIFY(second.open(scene.f.dir.filePath(QStringLiteral("fleet.sqlite"))));
            RecordStore other(second.connection());
            DispatchService there(other);
            QVERIFY(
                there.submit(request(QStringLiteral("R6"), "2026-10-08 16:00", "2026-10-08 17:00"), {}).ok);
            QVERIFY(there.approve(QStringLiteral("R6"), {}).ok);
        }
        QCOMPARE(page->approvedQueue()->rowCount(), 1); // nothing told this window yet
        scene.f.store->checkOtherWriters(); // what the store's watch does every few seconds
        QTRY_COMPARE(page->approvedQueue()->rowCount(), 2);
        QVERIFY(page->approvedQueue()->rowOfCode(QStringLiteral("R6")) >= 0);
    }

    void rejectingNeedsAReason()
    {
        Scene scene;
        DispatchService(*scene.f.store)
            .submit(request(QStringLiteral("R9"), "2026-10-08 15:00", "2026-10-08 16:00"), {});
        auto page = openPage(scene);
        QCOMPARE(page->pendingQueue()->rowCount(), 1);
        page->pendingView()->setCurrentIndex(page->pendingQueue()->index(0, 0));
        auto *reject = page->findChild<QPushButton *>(QStringLiteral("rejectRequest"));
        whenDialogOpens<ReasonDialog>([](ReasonDialog *d) {
            QVERIFY(!d->confirmButton()->isEnabled());
            d->editor()->setPlainText(QStringLiteral("当天无车"));
            d->confirmButton()->click();
        });
        reject->click();
        QCOMPARE(scene.status("R9"), QStringLiteral("rejected"));
        QCOMPARE(page->pendingQueue()->rowCount(), 0);
    }
};

QTEST_MAIN(TestDispatchPage)
#include "tst_dispatchpage.moc"
