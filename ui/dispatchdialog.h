#pragma once
// Choosing the car and the driver for one request: the free cars ranked by the suggestion costs (or the one
// car the request was dropped on), and for the chosen car the drivers free in that window whose licence
// covers it. Every list is keyboard-driven; Enter confirms. Saving is the page's business. Everything shown
// comes from one BookingSnapshot, the one the board's hover verdict judged by; nothing is read here.
#include "domain/bookingsnapshot.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

class DispatchDialog : public QDialog
{
    Q_OBJECT

public:
    // `vehicleId` empty: choose among every free car; otherwise that car only. The snapshot holds the
    // request, every car and driver and their bookings with the costs' span (BookingQuery::forCosts).
    DispatchDialog(const BookingSnapshot &snapshot, const QString &requestId, const QString &vehicleId,
        QWidget *parent = nullptr);

    QString vehicleId() const;
    QString driverId() const;
    QString plate() const; // the chosen car's, for words
    QString driverCode() const;
    QTreeWidget *vehicleList() const { return m_vehicles; }
    QTreeWidget *driverList() const { return m_drivers; }

private:
    void fillDrivers();
    void updateButtons();

    BookingSnapshot m_snapshot;
    QString m_requestId;
    QTreeWidget *m_vehicles;
    QTreeWidget *m_drivers;
    QLabel *m_driverNote;
    QDialogButtonBox *m_buttons;
};
