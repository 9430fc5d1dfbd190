#include "printing/dispatchorderprinter.h"
#include "base/timeparse.h"
#include "printing/pdfpages.h"
#include "printing/pdftext.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Beijing wall-clock time to the minute, as a form shows it: 2026-10-08 09:30.
QString beijing(qint64 ms)
{
    return TimeParse::toBeijingIso(ms).left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
}

QString km(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

DispatchOrderPrinter::DispatchOrderPrinter(QString centerName)
    : m_centerName(std::move(centerName))
{ }

QString DispatchOrderPrinter::html(const DispatchOrder &o) const
{
    auto cell = [](const QString &label, const QString &value, int span = 1) {
        return QStringLiteral("<td class=\"l\" valign=\"middle\">%1</td><td valign=\"middle\"%2>%3</td>")
            .arg(esc(label), span > 1 ? QStringLiteral(" colspan=\"%1\"").arg(span) : QString(), esc(value));
    };
    auto section = [](const QString &title) {
        return QStringLiteral("<tr><td colspan=\"4\" class=\"s\" valign=\"middle\">%1</td></tr>")
            .arg(esc(title));
    };
    const QString unit = o.unitName.isEmpty() ? o.unitCode
        : o.unitCode.isEmpty()                ? o.unitName
                                              : QStringLiteral("%1（%2）").arg(o.unitName, o.unitCode);
    const QString window
        = o.startMs || o.endMs ? tr("%1 to %2").arg(beijing(o.startMs), beijing(o.endMs)) : QString();
    // A request without a starting point leaves from the center, and every trip comes back.
    const QString route = o.destName.isEmpty()
        ? QString()
        : tr("%1 → %2 → back").arg(o.originName.isEmpty() ? m_centerName : o.originName, o.destName);
    QString vehicle = o.plate;
    if (!o.vehicleModel.isEmpty())
        vehicle += QStringLiteral("  ") + o.vehicleModel;
    const QString seats = o.seats > 0 ? QString::number(o.seats) : QString();
    QString nav = o.navKm ? tr("%1 km").arg(km(*o.navKm)) : QString();
    if (o.navKm && !o.navSource.isEmpty())
        nav += QStringLiteral("（%1）").arg(RecordSchema::kind(Kind::Requests)
                                                ->field(QStringLiteral("nav_source"))
                                                ->choiceLabel(o.navSource));
    const QString licence = o.licenceClass;

    QString h;
    h += QStringLiteral(
        "<html><head><style>"
        "h1 { font-size: 20pt; margin: 0; } h2 { font-size: 13pt; margin: 0; font-weight: normal; }"
        "table.f { border-collapse: collapse; } table.f td { border: 1px solid #000; padding: 5px; }"
        "td.l { background-color: #eeeeee; white-space: nowrap; } td.s { font-weight: bold; }"
        "</style></head><body>");
    h += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(m_centerName));
    h += QStringLiteral("<h1 align=\"center\">%1</h1>").arg(esc(tr("Dispatch order")));
    h += QStringLiteral(
        "<table width=\"100%\" cellpadding=\"4\"><tr><td>%1</td><td align=\"right\">%2</td></tr></table>")
             .arg(esc(tr("Order number: %1").arg(o.taskCode)),
                 esc(o.requestCode.isEmpty() ? QString() : tr("Request number: %1").arg(o.requestCode)));
    h += QStringLiteral(
        "<table class=\"f\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\">");
    h += section(tr("Trip"));
    h += QStringLiteral("<tr>%1</tr>").arg(cell(tr("Applicant agency"), unit, 3));
    h += QStringLiteral("<tr>%1%2</tr>").arg(cell(tr("Contact"), o.contact), cell(tr("Phone"), o.phone));
    h += QStringLiteral("<tr>%1%2</tr>")
             .arg(cell(tr("Passengers"), o.passengers > 0 ? QString::number(o.passengers) : QString()),
                 cell(tr("Trip type"), o.tripTypeLabel));
    h += QStringLiteral("<tr>%1</tr>").arg(cell(tr("Booked"), window, 3));
    h += QStringLiteral("<tr>%1</tr>").arg(cell(tr("Route"), route, 3));
    h += QStringLiteral("<tr>%1</tr>").arg(cell(tr("Purpose"), o.purpose, 3));
    h += QStringLiteral("<tr>%1</tr>").arg(cell(tr("Navigation mileage"), nav, 3));
    h += section(tr("Vehicle and driver"));
    h += QStringLiteral("<tr>%1%2</tr>").arg(cell(tr("Vehicle"), vehicle), cell(tr("Seats"), seats));
    h += QStringLiteral("<tr>%1%2</tr>")
             .arg(cell(tr("Driver"),
                      o.driverName.isEmpty() ? o.driverCode
                                             : QStringLiteral("%1（%2）").arg(o.driverName, o.driverCode)),
                 cell(tr("Driver's phone"), o.driverPhone));
    h += QStringLiteral("<tr>%1</tr>").arg(cell(tr("Licence class"), licence, 3));
    h += section(tr("Departure and return"));
    h += QStringLiteral("<tr>%1%2</tr>")
             .arg(cell(tr("Departed"), o.departedMs ? beijing(*o.departedMs) : QString()),
                 cell(tr("Odometer out (km)"), o.odometerOut ? km(*o.odometerOut) : QString()));
    h += QStringLiteral("<tr>%1%2</tr>")
             .arg(cell(tr("Returned"), o.returnedMs ? beijing(*o.returnedMs) : QString()),
                 cell(tr("Odometer in (km)"), o.odometerIn ? km(*o.odometerIn) : QString()));
    h += QStringLiteral("<tr>%1</tr>")
             .arg(cell(tr("Km driven"), o.kmDriven() ? km(*o.kmDriven()) : QString(), 3));
    h += QStringLiteral("</table>");
    // Signatures: a line each, to be signed on paper.
    const QString line = QStringLiteral("&nbsp;______________");
    h += QStringLiteral("<p>&nbsp;</p><table width=\"100%\" cellpadding=\"8\"><tr>"
                        "<td>%1：%4</td><td>%2：%4</td><td>%3：%4</td></tr></table>")
             .arg(esc(tr("Dispatcher")), esc(tr("Driver")), esc(tr("Passenger")), line);
    h += QStringLiteral("<p>&nbsp;</p><p style=\"font-size: 8pt; color: #555555;\">%1</p>")
             .arg(esc(tr("Printed %1 by FleetDesk").arg(beijing(QDateTime::currentMSecsSinceEpoch()))));
    h += QStringLiteral("</body></html>");
    return h;
}

bool DispatchOrderPrinter::render(const DispatchOrder &order, QPagedPaintDevice *device)
{
    m_error.clear();
    // The pages are PdfPages' (fonts, one page after another), shared by every printout.
    if (!PdfPages::render(html(order), device)) {
        m_error = tr("cannot draw on the page");
        return false;
    }
    return true;
}

bool DispatchOrderPrinter::writePdf(const DispatchOrder &order, const QString &path)
{
    m_error.clear();
    // Drawn into memory first: the text map is put right before the file is written, and the file is
    // written whole or not at all.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Dispatch order %1").arg(order.taskCode));
        writer.setCreator(QStringLiteral("FleetDesk"));
        if (!render(order, &writer)) {
            m_error = tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath());
            return false;
        }
    }
    QByteArray pdf = buffer.data();
    PdfText::mapRadicalsToIdeographs(pdf);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        m_error = tr("cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    return true;
}
