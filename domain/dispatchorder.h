#pragma once
// What a printed dispatch order (派车单) says, gathered from the order, its request, the car, the driver and
// the agency into plain values: the printer (ui/) and the command line draw it without reading the store.
#include <QCoreApplication>
#include <QString>
#include <optional>

class RecordStore;

struct DispatchOrder
{
    Q_DECLARE_TR_FUNCTIONS(DispatchOrder)

public:
    bool ok = false;
    QString error; // why it could not be loaded, when !ok

    QString taskCode; // order number
    QString requestCode; // empty for an order made without a request (typed or imported)
    QString unitCode;
    QString unitName; // applicant agency
    QString contact;
    QString phone;
    int passengers = 0; // 0 when there is no request
    qint64 startMs = 0; // booked window, UTC ms
    qint64 endMs = 0;
    QString originName;
    QString destName;
    QString purpose;
    QString tripType; // stored value: city, county, long
    QString tripTypeLabel; // in the UI language
    QString plate;
    QString vehicleModel;
    int seats = 0;
    QString driverName;
    QString driverCode;
    QString driverPhone;
    QString licenceClass; // A1 … C2
    std::optional<double> navKm;
    QString navSource; // typed or osrm (from the request), empty when unknown
    std::optional<qint64> departedMs;
    std::optional<double> odometerOut;
    std::optional<qint64> returnedMs;
    std::optional<double> odometerIn;

    // Both odometer readings recorded: what the trip drove.
    std::optional<double> kmDriven() const;

    // The live order with this code; ok false with the reason when there is none.
    static DispatchOrder load(const RecordStore &store, const QString &taskCode);
};
