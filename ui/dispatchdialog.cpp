#include "ui/dispatchdialog.h"
#include "base/timeparse.h"
#include "domain/anomalytext.h"
#include "domain/dispatchsuggestions.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QTreeWidget *makeList(const QStringList &headers)
{
    auto *list = new QTreeWidget;
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headers);
    list->setAllColumnsShowFocus(true);
    list->header()->setStretchLastSection(true);
    return list;
}

QString idleText(const Suggestion &s)
{
    if (s.idleDays >= 7)
        return DispatchDialog::tr("idle a week or more");
    if (s.idleDays >= 1)
        return DispatchDialog::tr("idle %n day(s)", nullptr, int(s.idleDays));
    return DispatchDialog::tr("back from a trip today");
}

// Why a car stands where it does, in the order the ranking weighs it.
QString vehicleReason(const Suggestion &s, int passengers)
{
    QStringList parts;
    switch (s.fit) {
    case Suggestion::Fit::Own:
        parts << DispatchDialog::tr("the agency's own car");
        break;
    case Suggestion::Fit::Pool:
        parts << DispatchDialog::tr("pool car");
        break;
    case Suggestion::Fit::Other:
        parts << DispatchDialog::tr("another agency's car");
        break;
    }
    if (s.seats > 0)
        parts << DispatchDialog::tr("%1 seats for %n passenger(s)", nullptr, passengers).arg(s.seats);
    parts << DispatchDialog::tr("%1 h booked this month").arg(AnomalyText::number(s.bookedHours, 1));
    parts << idleText(s);
    return parts.join(QStringLiteral(" · "));
}

// The figures behind the words, for whoever wants them.
QString costTip(const Suggestion &s)
{
    return DispatchDialog::tr("Score %1 (lower ranks first) = agency %2 + spare seats %3 + hours booked %4 − "
                              "idle days %5")
        .arg(AnomalyText::number(s.cost, 1), AnomalyText::number(s.fitCost, 1),
            AnomalyText::number(s.seatCost, 1), AnomalyText::number(s.loadCost, 1),
            AnomalyText::number(-s.idleCost, 1));
}

} // namespace

DispatchDialog::DispatchDialog(
    const BookingSnapshot &snapshot, const QString &requestId, const QString &vehicleId, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_requestId(requestId)
    , m_vehicles(makeList({ tr("Vehicle"), tr("Model"), tr("Why it ranks here") }))
    , m_drivers(makeList({ tr("Driver"), tr("Code"), tr("Hours this month"), tr("Last trip") }))
    , m_driverNote(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    const BookingTrip *request = m_snapshot.trip(requestId);
    const QString requestCode = request ? request->code : QString();
    setWindowTitle(tr("Dispatch request %1").arg(requestCode));
    auto *layout = new QVBoxLayout(this);
    int passengers = 0;
    if (request) {
        // What the trip is, so the car is chosen for it without going back to the queue.
        passengers = request->trip.passengers;
        QString destination = request->destName;
        if (!request->originName.isEmpty())
            destination = request->originName + QStringLiteral(" → ") + destination;
        auto *facts = new QLabel(QStringLiteral("<b>%1</b> %2<br>%3<br>%4<br>%5<br>%6")
                                     .arg(requestCode.toHtmlEscaped(), request->purpose.toHtmlEscaped(),
                                         tr("Agency: %1").arg(request->unitName).toHtmlEscaped(),
                                         tr("Time: %1 – %2")
                                             .arg(TimeParse::toBeijingShort(request->trip.startMs),
                                                 TimeParse::toBeijingShort(request->trip.endMs))
                                             .toHtmlEscaped(),
                                         tr("Passengers: %1").arg(passengers).toHtmlEscaped(),
                                         tr("Destination: %1").arg(destination).toHtmlEscaped()));
        facts->setObjectName(QStringLiteral("requestFacts"));
        facts->setWordWrap(true);
        facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(facts);
    }

    layout->addWidget(new QLabel(vehicleId.isEmpty() ? tr("Free cars, best first:") : tr("Car:")));
    if (vehicleId.isEmpty()) {
        auto *how = new QLabel(tr("The agency's own cars come first, then pool cars, then other agencies'; "
                                  "among those, the fewest empty seats, the fewest hours booked this month "
                                  "and the longest idle. Cars whose seats are not recorded are not offered "
                                  "for passengers."));
        how->setObjectName(QStringLiteral("rankingNote"));
        how->setWordWrap(true);
        how->setEnabled(false);
        layout->addWidget(how);
    }
    const QList<Suggestion> cars
        = request ? DispatchSuggestions::vehicles(m_snapshot, *request) : QList<Suggestion>();
    for (const Suggestion &s : cars) {
        if (!vehicleId.isEmpty() && s.id != vehicleId)
            continue;
        auto *item = new QTreeWidgetItem(m_vehicles, { s.key, s.name, vehicleReason(s, passengers) });
        item->setData(0, Qt::UserRole, s.id);
        item->setData(1, Qt::UserRole, s.key);
        for (int c = 0; c < 3; ++c)
            item->setToolTip(c, costTip(s));
    }
    layout->addWidget(m_vehicles, 1);
    layout->addWidget(new QLabel(tr("Drivers free in this window whose licence covers the car:")));
    layout->addWidget(m_drivers, 1);
    m_driverNote->setWordWrap(true);
    layout->addWidget(m_driverNote);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Dispatch"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_vehicles, &QTreeWidget::currentItemChanged, this, &DispatchDialog::fillDrivers);
    connect(m_drivers, &QTreeWidget::currentItemChanged, this, &DispatchDialog::updateButtons);
    connect(m_drivers, &QTreeWidget::itemActivated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_vehicles, &QTreeWidget::itemActivated, m_drivers, qOverload<>(&QWidget::setFocus));

    if (m_vehicles->topLevelItemCount() > 0) {
        m_vehicles->setCurrentItem(m_vehicles->topLevelItem(0));
        for (int c = 0; c < 2; ++c)
            m_vehicles->resizeColumnToContents(c);
    } else {
        m_driverNote->setText(tr("No car is free for this request."));
        updateButtons();
    }
    (vehicleId.isEmpty() ? static_cast<QWidget *>(m_vehicles) : m_drivers)->setFocus();
    resize(720, 580);
}

QString DispatchDialog::vehicleId() const
{
    return m_vehicles->currentItem() ? m_vehicles->currentItem()->data(0, Qt::UserRole).toString()
                                     : QString();
}

QString DispatchDialog::driverId() const
{
    return m_drivers->currentItem() ? m_drivers->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

QString DispatchDialog::plate() const
{
    return m_vehicles->currentItem() ? m_vehicles->currentItem()->data(1, Qt::UserRole).toString()
                                     : QString();
}

QString DispatchDialog::driverCode() const
{
    return m_drivers->currentItem() ? m_drivers->currentItem()->data(1, Qt::UserRole).toString() : QString();
}

void DispatchDialog::fillDrivers()
{
    m_drivers->clear();
    const QString car = plate();
    const BookingTrip *request = m_snapshot.trip(m_requestId);
    if (!vehicleId().isEmpty() && request) {
        for (const Suggestion &s : DispatchSuggestions::drivers(m_snapshot, *request, vehicleId())) {
            auto *item = new QTreeWidgetItem(
                m_drivers, { s.name, s.key, AnomalyText::number(s.bookedHours, 1), idleText(s) });
            item->setData(0, Qt::UserRole, s.id);
            item->setData(1, Qt::UserRole, s.key);
        }
        for (int c = 0; c < 3; ++c)
            m_drivers->resizeColumnToContents(c);
    }
    if (m_drivers->topLevelItemCount() > 0)
        m_drivers->setCurrentItem(m_drivers->topLevelItem(0));
    m_driverNote->setText(!car.isEmpty() && m_drivers->topLevelItemCount() == 0
            ? tr("No driver is free in this window with the licence %1 needs.").arg(car)
            : QString());
    updateButtons();
}

void DispatchDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!vehicleId().isEmpty() && !driverId().isEmpty());
}
