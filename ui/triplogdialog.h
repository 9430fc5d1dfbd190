#pragma once
// Recording a departure or a return: the time (now unless corrected) and the odometer reading. A return's
// reading may not be below the departure's; the spin box will not go there.
#include <QDialog>

class QDateTimeEdit;
class QDoubleSpinBox;

class TripLogDialog : public QDialog
{
    Q_OBJECT

public:
    TripLogDialog(const QString &title, qint64 timeMs, double minimumKm, QWidget *parent = nullptr);

    qint64 timeMs() const;
    double odometerKm() const;
    QDateTimeEdit *timeEdit() const { return m_time; }
    QDoubleSpinBox *odometerEdit() const { return m_odometer; }

private:
    QDateTimeEdit *m_time;
    QDoubleSpinBox *m_odometer;
};
