#include "ui/triplogdialog.h"
#include "base/timeparse.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

TripLogDialog::TripLogDialog(const QString &title, qint64 timeMs, double minimumKm, QWidget *parent)
    : QDialog(parent)
    , m_time(new QDateTimeEdit)
    , m_odometer(new QDoubleSpinBox)
{
    setWindowTitle(title);
    // Dispatchers read and type Beijing time whatever the machine's zone is: the editor holds Beijing wall
    // time in a UTC QDateTime, so no zone or DST rule of the machine can shift it.
    m_time->setTimeSpec(Qt::UTC);
    m_time->setDateTime(QDateTime::fromMSecsSinceEpoch(timeMs + TimeParse::kBeijingOffsetMs, Qt::UTC));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    m_odometer->setRange(minimumKm, 2000000);
    m_odometer->setDecimals(1);
    m_odometer->setSuffix(QStringLiteral(" km"));
    m_odometer->setValue(minimumKm);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Time (Beijing)"), m_time);
    form->addRow(tr("Odometer"), m_odometer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_odometer->setFocus();
    m_odometer->selectAll();
}

qint64 TripLogDialog::timeMs() const
{
    return m_time->dateTime().toMSecsSinceEpoch() - TimeParse::kBeijingOffsetMs;
}

double TripLogDialog::odometerKm() const
{
    return m_odometer->value();
}
