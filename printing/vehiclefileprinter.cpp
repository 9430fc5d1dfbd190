#include "printing/vehiclefileprinter.h"
#include "printing/pdfpages.h"

#include <QDateTime>
#include <QTimeZone>

VehicleFilePrinter::VehicleFilePrinter(QString centerName)
    : m_centerName(std::move(centerName))
{ }

QString VehicleFilePrinter::tableHtml(const TextTable &table)
{
    QString h = QStringLiteral("<h3>%1</h3>").arg(table.title.toHtmlEscaped());
    if (table.rows.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(table.empty.toHtmlEscaped());
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                        "style=\"border-collapse: collapse; border-color: #999\"><tr>");
    for (const QString &header : table.headers)
        h += QStringLiteral("<th bgcolor=\"#e8e8e8\">%1</th>").arg(header.toHtmlEscaped());
    h += QStringLiteral("</tr>");
    for (const QStringList &row : table.rows) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c) {
            h += QStringLiteral("<td%1>%2</td>")
                     .arg(table.numeric.value(c) ? QStringLiteral(" align=\"right\"") : QString(),
                         row.at(c).toHtmlEscaped());
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString VehicleFilePrinter::html(
    const VehicleFile::Data &data, const QList<QPair<QString, QString>> &fields, bool withMap) const
{
    const bool vehicle = data.subject == VehicleFile::Subject::Vehicle;
    QString h = QStringLiteral("<p>%1</p>").arg(m_centerName.toHtmlEscaped());
    h += QStringLiteral("<h2>%1</h2>")
             .arg((vehicle ? tr("Vehicle file %1") : tr("Driver file %1")).arg(data.title).toHtmlEscaped());
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Period %1 · printed %2")
                      .arg(VehicleFileText::period(data),
                          QDateTime::currentDateTimeUtc()
                              .toTimeZone(QTimeZone(8 * 3600))
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                      .toHtmlEscaped());
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><td valign=\"top\"><table>");
    for (const auto &[label, value] : fields) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                 .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    h += QStringLiteral("</table></td>");
    if (withMap)
        h += QStringLiteral("<td width=\"20\"></td><td valign=\"top\"><img src=\"map\" width=\"420\"></td>");
    h += QStringLiteral("</tr></table>");
    for (VehicleFileText::Table t : VehicleFileText::tables(data.subject))
        h += tableHtml(VehicleFileText::table(data, t));
    if (vehicle) {
        h += QStringLiteral("<p><small>%1</small></p>")
                 .arg(tr("Litres per 100 km are read fill to fill: a fill's litres over the tracked trip km "
                         "since "
                         "the fill before it, as the fuel check reads them. Costs are fuel and repairs; trip "
                         "prices are not included.")
                          .toHtmlEscaped());
    }
    return h;
}

QString VehicleFilePrinter::writePdf(const VehicleFile::Data &data,
    const QList<QPair<QString, QString>> &fields, const QImage &map, const QString &path) const
{
    QHash<QString, QImage> images;
    if (!map.isNull())
        images.insert(QStringLiteral("map"), map);
    const QString title
        = (data.subject == VehicleFile::Subject::Vehicle ? tr("Vehicle file %1") : tr("Driver file %1"))
              .arg(data.title);
    return PdfPages::write(html(data, fields, !map.isNull()), path, title, QPageLayout::Landscape, images);
}
