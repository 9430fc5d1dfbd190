#include "ui/dispatchdialog.h"
#include "domain/anomalytext.h"
#include "domain/dispatchsuggestions.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

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

QString costText(const Suggestion &s)
{
    return AnomalyText::number(s.cost, 1);
}

} // namespace

DispatchDialog::DispatchDialog(
    const RecordStore &store, const QString &requestCode, const QString &plate, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_requestCode(requestCode)
    , m_vehicles(makeList({ tr("Vehicle"), tr("Model"), tr("Cost"), tr("Why") }))
    , m_drivers(makeList({ tr("Driver"), tr("Code"), tr("Hours this month"), tr("Cost") }))
    , m_driverNote(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Dispatch request %1").arg(requestCode));
    auto *layout = new QVBoxLayout(this);
    const std::optional<Record> request = store.findByKey(Kind::Requests, requestCode);
    if (request)
        layout->addWidget(new QLabel(store.describe(Kind::Requests, *request)));

    const DispatchSuggestions suggestions(store);
    layout->addWidget(new QLabel(plate.isEmpty() ? tr("Free cars, best first:") : tr("Car:")));
    for (const Suggestion &s : suggestions.vehicles(requestCode)) {
        if (!plate.isEmpty() && s.key != plate)
            continue;
        auto *item = new QTreeWidgetItem(m_vehicles,
            { s.key, s.name, costText(s),
                tr("agency %1 · seats %2 · load %3 · idle %4")
                    .arg(AnomalyText::number(s.fitCost, 1), AnomalyText::number(s.seatCost, 1),
                        AnomalyText::number(s.loadCost, 1), AnomalyText::number(s.idleCost, 1)) });
        item->setData(0, Qt::UserRole, s.key);
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
        for (int c = 0; c < 3; ++c)
            m_vehicles->resizeColumnToContents(c);
    } else {
        m_driverNote->setText(tr("No car is free for this request."));
        updateButtons();
    }
    (plate.isEmpty() ? static_cast<QWidget *>(m_vehicles) : m_drivers)->setFocus();
    resize(640, 520);
}

QString DispatchDialog::plate() const
{
    return m_vehicles->currentItem() ? m_vehicles->currentItem()->data(0, Qt::UserRole).toString()
                                     : QString();
}

QString DispatchDialog::driverCode() const
{
    return m_drivers->currentItem() ? m_drivers->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

void DispatchDialog::fillDrivers()
{
    m_drivers->clear();
    const QString car = plate();
    if (!car.isEmpty()) {
        for (const Suggestion &s : DispatchSuggestions(m_store).drivers(m_requestCode, car)) {
            auto *item = new QTreeWidgetItem(
                m_drivers, { s.name, s.key, AnomalyText::number(s.bookedHours, 1), costText(s) });
            item->setData(0, Qt::UserRole, s.key);
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
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!plate().isEmpty() && !driverCode().isEmpty());
}
