#include "ui/dispatchactions.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "domain/dispatchservice.h"
#include "domain/requestnumbers.h"
#include "domain/savedplaces.h"
#include "printing/dispatchorderprinter.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "ui/dispatchalldialog.h"
#include "ui/dispatchdialog.h"
#include "ui/historydialog.h"
#include "ui/placepickerdialog.h"
#include "ui/reasondialog.h"
#include "ui/recordformdialog.h"
#include "ui/referraldialog.h"
#include "ui/requestroutehelper.h"
#include "ui/triplogdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

qint64 beijingMidnight(const QDate &day)
{
    return TimeParse::parseDateMs(day.toString(Qt::ISODate)).value_or(0);
}

} // namespace

DispatchActions::DispatchActions(const UiContext &context, QWidget *page)
    : QObject(page)
    , m_context(context)
    , m_page(page)
    , m_service(std::make_unique<DispatchService>(*context.store))
    , m_canDispatch(context.session.canEdit(Kind::Tasks))
{
    // Any change (this desktop's, or another writer's seen by the store's watch) may change a verdict.
    connect(context.store, &RecordStore::recordsChanged, this, [this] { m_snapshot.reset(); });
}

DispatchActions::~DispatchActions() = default;

const BookingSnapshot &DispatchActions::snapshotFor(const QString &requestId, bool withCosts)
{
    const BookingReader reader(*m_context.store);
    if (!m_snapshot || m_snapshotRequest != requestId) {
        BookingQuery query;
        query.requestIds = { requestId };
        query.allVehicles = true;
        query.allDrivers = true;
        query.forCosts = withCosts;
        m_snapshot = reader.read(query);
        m_snapshotRequest = requestId;
    } else if (withCosts) {
        reader.addCosts(*m_snapshot);
    }
    return *m_snapshot;
}

QString DispatchActions::vehicleRefusal(const QString &requestId, const QString &vehicleId)
{
    QStringList reasons;
    for (const BookingConflict &c :
        DispatchService::vehicleConflicts(snapshotFor(requestId), requestId, vehicleId))
        reasons << c.message;
    return reasons.join(QLatin1Char('\n'));
}

void DispatchActions::dispatchRequest(const QString &requestId, const QString &vehicleId)
{
    if (!m_canDispatch) {
        emit feedback(tr("Signed in as %1, you may look at the board but not dispatch.")
                          .arg(Session::roleName(m_context.session.role())),
            false);
        return;
    }
    const QString reasons = vehicleRefusal(requestId, vehicleId);
    if (!reasons.isEmpty()) {
        const BookingSnapshot &snapshot = snapshotFor(requestId);
        const CostVehicle *car = snapshot.vehicle(vehicleId);
        const BookingTrip *request = snapshot.trip(requestId);
        emit feedback(tr("%1 cannot take request %2:\n%3")
                          .arg(car ? car->plate : QString(), request ? request->code : QString(), reasons),
            false);
        return;
    }
    chooseAndDispatch(requestId, vehicleId);
}

void DispatchActions::chooseAndDispatch(const QString &requestId, const QString &vehicleId)
{
    // A copy (the lists are shared, not copied): the store may change while the dialog is open.
    const BookingSnapshot snapshot = snapshotFor(requestId, true);
    const BookingTrip *request = snapshot.trip(requestId);
    const QString requestCode = request ? request->code : QString();
    DispatchDialog dialog(snapshot, requestId, vehicleId, m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult result
        = m_service->dispatch(requestId, dialog.vehicleId(), dialog.driverId(), user());
    if (!result.ok) {
        emit feedback(
            tr("Request %1 was not dispatched:\n%2").arg(requestCode, result.errors.join(QLatin1Char('\n'))),
            false);
        return;
    }
    emit feedback(
        tr("Request %1 dispatched: %2 with driver %3.").arg(requestCode, dialog.plate(), dialog.driverCode()),
        true);
    emit dispatched(result.id);
}

void DispatchActions::newRequest(const QDate &day, qint64 nowMs)
{
    if (!m_canDispatch)
        return;
    // Proposed: the next number of the day shown, the next full hour (or 09:00 on another day), two hours.
    const qint64 dayStart = beijingMidnight(day);
    qint64 start = dayStart + 9 * 3600 * 1000LL;
    if (nowMs >= dayStart && nowMs < dayStart + kDayMs)
        start = (nowMs / 3600000 + 1) * 3600000; // late in the evening that is tomorrow: so be it
    Record draft;
    draft.values = { { Field::Code, RequestNumbers::next(*m_context.store, day) }, { Field::Passengers, 1 },
        { Field::StartAt, TimeParse::toUtcIso(start) },
        { Field::EndAt, TimeParse::toUtcIso(start + 2 * 3600 * 1000LL) },
        { Field::TripType, QStringLiteral("city") }, { Field::Status, RequestState::Submitted } };
    RecordFormDialog form(*m_context.store, Kind::Requests, draft, m_page);
    form.setWindowTitle(tr("New trip request"));
    // What the request's life fills in later is not asked for now.
    for (const QString &field : { Field::Status, Field::StatusReason, Field::TaskId, Field::NavSource,
             Field::ReferralProvider, Field::ReferralReason, Field::ReferredAt, Field::ReferredBy })
        form.setFieldHidden(field);
    RequestRouteHelper::attachTo(&form, m_context.settings);
    for (const char *end : { "origin", "dest" }) {
        const QString prefix = QLatin1String(end);
        auto *pick = new QPushButton(tr("Map…"));
        pick->setObjectName(prefix + QStringLiteral("_pick"));
        pick->setToolTip(tr("Pick from the agency's usual places, the county seats, or a click on the map"));
        form.addBesideEditor(prefix + QStringLiteral("_name"), pick);
        connect(pick, &QPushButton::clicked, &form, [this, &form, prefix] {
            const QString unit = form.fieldValue(Field::UnitId).toString();
            SavedPlace current { form.fieldValue(prefix + QStringLiteral("_name")).toString(),
                form.fieldValue(prefix + QStringLiteral("_lat")).toDouble(),
                form.fieldValue(prefix + QStringLiteral("_lon")).toDouble(), 0 };
            PlacePickerDialog picker(*m_context.maps,
                unit.isEmpty() ? QList<SavedPlace>() : SavedPlaces::forUnit(*m_context.store, unit), current,
                &form);
            if (picker.exec() != QDialog::Accepted)
                return;
            const SavedPlace chosen = picker.place();
            form.setFieldValue(prefix + QStringLiteral("_name"), chosen.name);
            form.setFieldValue(prefix + QStringLiteral("_lat"), chosen.lat);
            form.setFieldValue(prefix + QStringLiteral("_lon"), chosen.lon);
        });
    }
    if (form.exec() != QDialog::Accepted)
        return;
    // The proposed number is a preview: left as it was, the service takes the next free one of the booked day
    // under the write lock, so another desktop cannot have taken it meanwhile.
    Record entered = form.record();
    if (entered.text(Field::Code) == draft.text(Field::Code))
        entered.values.insert(Field::Code, QString());
    const DispatchResult r = m_service->submit(entered, user());
    const std::optional<Record> saved = r.ok ? m_context.store->record(Kind::Requests, r.id) : std::nullopt;
    r.ok ? emit feedback(tr("Request %1 submitted.").arg(saved ? saved->text(Field::Code) : QString()), true)
         : emit feedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchActions::dispatchAll(const QDate &day)
{
    if (!m_canDispatch)
        return;
    DispatchAllDialog dialog(*m_context.store, m_context.databasePath, day, m_page);
    if (dialog.exec() != QDialog::Accepted || dialog.plan().assignments.isEmpty())
        return;
    const DispatchResult r = m_service->dispatchPlan(dialog.plan(), user());
    r.ok
        ? emit feedback(tr("%n request(s) dispatched.", nullptr, int(dialog.plan().assignments.size())), true)
        : emit feedback((r.conflicts.isEmpty()
                                ? tr("Nothing was dispatched:\n%1")
                                : tr("Nothing was dispatched: the day changed since the plan was made.\n%1"))
                            .arg(r.errors.join(QLatin1Char('\n'))),
            false);
}

void DispatchActions::refer(const QString &code, const QString &suggested)
{
    if (code.isEmpty() || !m_canDispatch)
        return;
    const QStringList providers = m_context.settings->referralProviders();
    if (providers.isEmpty()) {
        emit feedback(tr("No referral providers are set (Settings, Dispatch)."), false);
        return;
    }
    ReferralDialog dialog(code, providers, suggested, m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult r = m_service->refer(code, dialog.provider(), dialog.reason(), user());
    r.ok ? emit feedback(tr("Request %1 referred to %2.").arg(code, dialog.provider()), true)
         : emit feedback(r.errors.join(QLatin1Char('\n')), false);
}

std::optional<DispatchOrder> DispatchActions::loadOrder(const QString &taskCode)
{
    if (taskCode.isEmpty())
        return std::nullopt;
    DispatchOrder order = DispatchOrder::load(*m_context.store, taskCode);
    if (!order.ok) {
        emit feedback(order.error, false);
        return std::nullopt;
    }
    return order;
}

void DispatchActions::printOrder(const QString &taskCode)
{
    const std::optional<DispatchOrder> order = loadOrder(taskCode);
    if (!order)
        return;
    QPrinter device(QPrinter::HighResolution);
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    device.setDocName(tr("Dispatch order %1").arg(order->taskCode));
    QPrintDialog dialog(&device, m_page);
    dialog.setWindowTitle(tr("Print dispatch order %1").arg(order->taskCode));
    if (dialog.exec() != QDialog::Accepted)
        return;
    DispatchOrderPrinter printer(m_context.settings->centerName());
    if (!printer.render(*order, &device)) {
        emit feedback(tr("The dispatch order was not printed: %1").arg(printer.errorString()), false);
        return;
    }
    emit feedback(tr("Dispatch order %1 sent to %2.").arg(order->taskCode, device.printerName()), true);
}

void DispatchActions::saveOrder(const QString &taskCode)
{
    const std::optional<DispatchOrder> order = loadOrder(taskCode);
    if (!order)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // No space in the proposed name: it is typed into archive systems and command lines.
    const QString path
        = QFileDialog::getSaveFileName(m_page, tr("Save dispatch order %1").arg(order->taskCode),
            QDir(folder).filePath(tr("dispatch-order-%1.pdf").arg(order->taskCode)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    DispatchOrderPrinter printer(m_context.settings->centerName());
    if (!printer.writePdf(*order, path)) {
        emit feedback(tr("The dispatch order was not written: %1").arg(printer.errorString()), false);
        return;
    }
    emit feedback(
        tr("Dispatch order %1 saved as %2.").arg(order->taskCode, QDir::toNativeSeparators(path)), true);
}

void DispatchActions::approve(const QString &code)
{
    if (code.isEmpty() || !m_canDispatch)
        return;
    const DispatchResult r = m_service->approve(code, user());
    r.ok ? emit feedback(tr("Request %1 approved.").arg(code), true)
         : emit feedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchActions::reject(const QString &code)
{
    if (code.isEmpty() || !m_canDispatch)
        return;
    ReasonDialog dialog(tr("Reject request %1").arg(code),
        tr("Why is the request rejected? The applicant reads this."), tr("Reject"), m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult r = m_service->reject(code, dialog.reason(), user());
    r.ok ? emit feedback(tr("Request %1 rejected.").arg(code), true)
         : emit feedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchActions::cancelRequest(const QString &code)
{
    if (code.isEmpty() || !m_canDispatch)
        return;
    ReasonDialog dialog(
        tr("Cancel request %1").arg(code), tr("Why is the request cancelled?"), tr("Cancel request"), m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult r = m_service->cancel(code, dialog.reason(), user());
    r.ok ? emit feedback(tr("Request %1 cancelled.").arg(code), true)
         : emit feedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchActions::moveOrder(const QString &taskId, const QString &vehicleId, qint64 startMs, qint64 endMs,
    const QString &taskCode, const QString &plate)
{
    if (!m_canDispatch || taskId.isEmpty())
        return;
    const DispatchResult r = m_service->reassign(taskId, vehicleId, startMs, endMs, user());
    if (!r.ok) {
        emit feedback(
            tr("Dispatch order %1 was not moved:\n%2").arg(taskCode, r.errors.join(QLatin1Char('\n'))),
            false);
        return;
    }
    emit feedback(tr("Dispatch order %1 moved to %2, %3–%4.")
                      .arg(taskCode, plate, TimeParse::toBeijingShort(startMs),
                          TimeParse::toBeijingIso(endMs).mid(11, 5)),
        true);
}

void DispatchActions::showRequestHistory(const QString &requestCode)
{
    const std::optional<Record> request
        = requestCode.isEmpty() ? std::nullopt : m_context.store->findByKey(Kind::Requests, requestCode);
    if (!request)
        return;
    HistoryDialog dialog(*m_context.store, Kind::Requests, *request, m_page);
    dialog.exec();
}

void DispatchActions::recordDeparture(const QString &code, qint64 nowMs)
{
    if (code.isEmpty())
        return;
    TripLogDialog dialog(tr("Departure of %1").arg(code), nowMs, 0, m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult r = m_service->depart(code, dialog.timeMs(), dialog.odometerKm(), user());
    r.ok ? emit feedback(tr("Departure of %1 recorded.").arg(code), true)
         : emit feedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchActions::recordReturn(const QString &code, const QString &taskId, qint64 nowMs)
{
    if (code.isEmpty())
        return;
    double out = 0;
    if (const std::optional<Record> task = m_context.store->record(Kind::Tasks, taskId))
        out = task->value(Field::OdometerOut).toDouble();
    TripLogDialog dialog(tr("Return of %1").arg(code), nowMs, out, m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult r = m_service->returned(code, dialog.timeMs(), dialog.odometerKm(), user());
    r.ok ? emit feedback(
        tr("Return of %1 recorded: %2 km driven.").arg(code).arg(dialog.odometerKm() - out, 0, 'f', 1), true)
         : emit feedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchActions::settle(const QString &code)
{
    if (code.isEmpty())
        return;
    const DispatchResult r = m_service->settle(code, user());
    r.ok ? emit feedback(tr("Request %1 settled.").arg(code), true)
         : emit feedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchActions::cancelOrder(const QString &code)
{
    if (code.isEmpty())
        return;
    ReasonDialog dialog(tr("Cancel request %1").arg(code),
        tr("Why is the trip cancelled? The car and the driver become free again."), tr("Cancel trip"),
        m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult r = m_service->cancel(code, dialog.reason(), user());
    r.ok ? emit feedback(tr("Request %1 cancelled; its order is withdrawn.").arg(code), true)
         : emit feedback(r.errors.join(QLatin1Char('\n')), false);
}
