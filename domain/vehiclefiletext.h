#pragma once
// The car's or the driver's file (VehicleFile::Data) as titled tables of text, the one wording that both the
// file's tables on screen (models/VehicleFileModel) and its printout (printing/VehicleFilePrinter) use. Times
// in Beijing time; km with one decimal; money in yuan with two.
#include "domain/texttable.h"
#include "domain/vehiclefile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class VehicleFileText
{
    Q_DECLARE_TR_FUNCTIONS(VehicleFileText)

public:
    enum class Table { Trips, Fills, Repairs, Violations, Findings, Totals };

    // The tables that apply to the file's subject (a driver has no fills or repairs of his own), in order.
    static QList<Table> tables(VehicleFile::Subject subject);
    static TextTable table(const VehicleFile::Data &data, Table table);
    // The record's fields as label and value, references named (an agency by its name).
    static QList<QPair<QString, QString>> fields(const RecordStore &store, const VehicleFile::Data &data);
    // "2026-10-01 – 2026-11-30": the period's first and last Beijing day.
    static QString period(const VehicleFile::Data &data);

    static QString km(double value); // 12.3
    static QString yuan(double value); // 1,234.50 without grouping: 1234.50
};
