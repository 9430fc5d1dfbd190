#pragma once
// Draws one dispatch order (派车单) on A4: the center's name and the title, order and request numbers, who
// asked and for how many, when and where, the car and the driver, navigation mileage, departure and return
// (blank boxes to fill in by hand until they are recorded), and lines for the dispatcher's, the driver's and
// the passenger's signatures. Through QTextDocument, so Chinese text is shaped and wrapped by Qt; to a PDF
// file (QPdfWriter) or to any paged device, such as a QPrinter. Needs a QGuiApplication (fonts).
#include "domain/dispatchorder.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

class DispatchOrderPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DispatchOrderPrinter)

public:
    explicit DispatchOrderPrinter(QString centerName); // AppSettings::centerName()

    // The page as HTML (QTextDocument's subset): what render() and writePdf() draw.
    QString html(const DispatchOrder &order) const;
    // Draws the order on `device` (page size and margins as the device has them). False when it cannot paint.
    bool render(const DispatchOrder &order, QPagedPaintDevice *device);
    // A4 PDF at `path`, with the order number as the document's title. False, with errorString(), on failure.
    bool writePdf(const DispatchOrder &order, const QString &path);
    QString errorString() const { return m_error; }

private:
    QString m_centerName;
    QString m_error;
};
