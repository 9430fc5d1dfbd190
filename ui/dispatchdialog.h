#pragma once
// Choosing the car and the driver for one request: the free cars ranked by the suggestion costs (or the one
// car the request was dropped on), and for the chosen car the drivers free in that window whose licence
// covers it. Every list is keyboard-driven; Enter confirms. Saving is the page's business.
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;
class RecordStore;

class DispatchDialog : public QDialog
{
    Q_OBJECT

public:
    // `plate` empty: choose among every free car; otherwise that car only.
    DispatchDialog(const RecordStore &store, const QString &requestCode, const QString &plate,
        QWidget *parent = nullptr);

    QString plate() const;
    QString driverCode() const;
    QTreeWidget *vehicleList() const { return m_vehicles; }
    QTreeWidget *driverList() const { return m_drivers; }

private:
    void fillDrivers();
    void updateButtons();

    const RecordStore &m_store;
    QString m_requestCode;
    QTreeWidget *m_vehicles;
    QTreeWidget *m_drivers;
    QLabel *m_driverNote;
    QDialogButtonBox *m_buttons;
};
