#pragma once
// What the dispatch board shows for a span of time, read in a few bulk queries: every car (with its agency,
// category and state), the dispatch orders overlapping the span, and the days a car stood in the workshop
// or is booked into it.
// Plain data, so the board widget draws it without touching the database, and a benchmark can build one
// with no database at all.
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class RecordStore;

struct BoardVehicle
{
    QString id, plate, model, category, unitId, unitName, status;
    int seats = 0;
};

struct BoardBar
{
    enum class State {
        Dispatched,
        Departed,
        Returned,
        Settled,
        Order
    }; // Order: typed or imported, no request
    QString taskId, taskCode, requestCode, vehicleId, driverId, driverName, destName;
    qint64 startMs = 0, endMs = 0;
    State state = State::Order;
};

struct BoardShade
{
    QString vehicleId;
    qint64 startMs = 0, endMs = 0;
    QString reason; // the maintenance entry: shop and work
    bool inShop = false; // booked into the shop for [startMs, endMs) (in_shop_until): no trips in it
};

struct DispatchBoardData
{
    Q_DECLARE_TR_FUNCTIONS(DispatchBoardData)

public:
    qint64 fromMs = 0, toMs = 0;
    QList<BoardVehicle> vehicles; // by category, agency, plate
    QList<BoardBar> bars; // by vehicle, then start
    QList<BoardShade> shades;

    // The span [fromMs, toMs): bars are the live orders overlapping it; shades the maintenance days and the
    // stays in the shop overlapping it.
    static DispatchBoardData load(const RecordStore &store, qint64 fromMs, qint64 toMs);
    static QString stateLabel(BoardBar::State state);
    static QString categoryLabel(const QString &category);
    // The state a dispatch order is in, from its request's status and its own departure and return.
    static BoardBar::State stateOf(const QString &requestStatus, bool departed, bool returned);
};
