#pragma once
// Prints the car's or the driver's file on A4 landscape: the center's name, the title and the period, the
// record's fields, an optional map of where the car went (rendered by the caller: printing draws no map),
// then the totals, trips, refuels, repairs, violations and findings, in VehicleFileText's wording.
#include "domain/vehiclefiletext.h"

#include <QCoreApplication>
#include <QImage>

class VehicleFilePrinter
{
    Q_DECLARE_TR_FUNCTIONS(VehicleFilePrinter)

public:
    explicit VehicleFilePrinter(QString centerName);

    QString html(
        const VehicleFile::Data &data, const QList<QPair<QString, QString>> &fields, bool withMap) const;
    // Empty on success, else what went wrong and where. `map` may be null (no map printed).
    QString writePdf(const VehicleFile::Data &data, const QList<QPair<QString, QString>> &fields,
        const QImage &map, const QString &path) const;

    // Any text table as an HTML table (the reports print theirs the same way).
    static QString tableHtml(const TextTable &table);

private:
    QString m_centerName;
};
