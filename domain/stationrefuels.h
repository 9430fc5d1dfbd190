#pragma once
// The refuel stations with where they are and what was refuelled at each in a period: the number of refuels
// and the litres. Read in one query for the stations map (the refuel ledger's "stations on a map").
#include "domain/texttable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class RecordStore;

struct StationRefuels
{
    QString id, code, name;
    double lat = 0, lon = 0; // WGS-84
    int refuels = 0;
    double litres = 0;
    double amountYuan = 0;
};

class StationRefuelList
{
    Q_DECLARE_TR_FUNCTIONS(StationRefuelList)

public:
    // Every live station by code, with the live refuels whose time falls in [fromMs, toMs).
    static QList<StationRefuels> load(const RecordStore &store, qint64 fromMs, qint64 toMs);
    // The list as a table: station, code, refuels, litres, amount; busiest first.
    static TextTable table(const QList<StationRefuels> &stations);
    // What a marker's tooltip says: the name and code, and the period's refuels and litres.
    static QString describe(const StationRefuels &station);
};
