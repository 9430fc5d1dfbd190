#include "printing/supervisionorderprinter.h"
#include "base/timeparse.h"
#include "domain/anomalytext.h"
#include "domain/supervisionflow.h"
#include "printing/pdfpages.h"
#include "printing/pdftext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString beijing(const QString &utcIso)
{
    const std::optional<qint64> ms = TimeParse::parseMs(utcIso);
    return ms ? TimeParse::toBeijingIso(*ms).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')) : QString();
}

const QUrl kMapUrl(QStringLiteral("fleetdesk://map.png"));

} // namespace

SupervisionPrintout SupervisionPrintout::from(const SupervisionPrintData &data, const QImage &map)
{
    SupervisionPrintout p;
    p.order = data.order;
    p.deadlineDays = data.deadlineDays;
    p.complaintAccount = data.complaintAccount;
    p.complaintPlace = data.complaintPlace;
    p.complaintSeen = data.complaintSeen;
    p.complaintMatch = data.complaintMatch;
    p.map = map;
    return p;
}

SupervisionOrderPrinter::SupervisionOrderPrinter(QString centerName)
    : m_centerName(std::move(centerName))
{ }

QString SupervisionOrderPrinter::standardSubject(const SupervisionOrder &order)
{
    if (!order.complaintNo.isEmpty())
        return tr(
            "Explain in writing, with evidence, what public complaint %1 reports, and rectify what is found.")
            .arg(order.complaintNo);
    return tr(
        "Explain in writing, with evidence, each of the %n finding(s) below, and rectify what is found.",
        nullptr, int(order.findings.size()));
}

QString SupervisionOrderPrinter::html(const SupervisionPrintout &p) const
{
    const SupervisionOrder &o = p.order;
    auto cell = [](const QString &label, const QString &value, int span = 1) {
        return QStringLiteral("<td class=\"l\" valign=\"middle\">%1</td><td valign=\"middle\"%2>%3</td>")
            .arg(esc(label), span > 1 ? QStringLiteral(" colspan=\"%1\"").arg(span) : QString(), value);
    };
    auto section = [](const QString &title) {
        return QStringLiteral("<tr><td colspan=\"4\" class=\"s\" valign=\"middle\">%1</td></tr>")
            .arg(esc(title));
    };
    QString issuedAt, issuedBy;
    for (const OrderStep &s : o.steps) {
        if (s.action == OrderAction::Issue) {
            issuedAt = beijing(s.at).left(10);
            issuedBy = s.user;
        }
    }
    const QString unit
        = o.unitName.isEmpty() ? o.unitCode : QStringLiteral("%1（%2）").arg(o.unitName, o.unitCode);
    QString deadline = o.deadline;
    if (!deadline.isEmpty() && !p.deadlineDays.isEmpty())
        deadline += QStringLiteral("（%1）").arg(p.deadlineDays);
    QString h;
    h += QStringLiteral(
        "<html><head><style>"
        "h1 { font-size: 20pt; margin: 0; } h2 { font-size: 13pt; margin: 0; font-weight: normal; }"
        "table.f { border-collapse: collapse; } table.f td { border: 1px solid #000; padding: 5px; }"
        "td.l { background-color: #eeeeee; white-space: nowrap; } td.s { font-weight: bold; }"
        "</style></head><body>");
    h += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(m_centerName));
    h += QStringLiteral("<h1 align=\"center\">%1</h1>").arg(esc(tr("Supervision order")));
    h += QStringLiteral(
        "<table width=\"100%\" cellpadding=\"4\"><tr><td>%1</td><td align=\"right\">%2</td></tr></table>")
             .arg(esc(tr("Number: %1").arg(o.number)),
                 esc(issuedAt.isEmpty() ? tr("Draft, not issued") : tr("Issued: %1").arg(issuedAt)));
    h += QStringLiteral(
        "<table class=\"f\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\">");
    h += QStringLiteral("<tr>%1</tr>").arg(cell(tr("Responsible agency"), esc(unit), 3));
    h += QStringLiteral("<tr>%1</tr>")
             .arg(
                 cell(tr("Matter to explain"), esc(o.subject.isEmpty() ? standardSubject(o) : o.subject), 3));
    h += QStringLiteral("<tr>%1%2</tr>")
             .arg(cell(tr("Answer by"), esc(deadline)),
                 cell(tr("State"), esc(SupervisionFlow::stateLabel(o.state))));
    h += QStringLiteral("<tr>%1%2</tr>")
             .arg(cell(tr("Source"),
                      esc(o.complaintNo.isEmpty()
                              ? tr("%n anomaly finding(s)", nullptr, int(o.findings.size()))
                              : tr("Public complaint %1 (12345)").arg(o.complaintNo))),
                 cell(tr("Issued by"), esc(issuedBy)));
    if (o.state == OrderState::Closed)
        h += QStringLiteral("<tr>%1</tr>")
                 .arg(cell(tr("Conclusion"), esc(SupervisionFlow::conclusionLabel(o.conclusion)), 3));
    h += section(tr("Evidence"));
    for (const OrderFinding &f : o.findings) {
        AnomalyRecord r;
        r.rule = f.rule;
        r.plate = f.plate;
        r.taskCode = f.taskCode;
        r.startMs = f.startMs;
        r.endMs = f.endMs;
        r.evidence = f.evidence;
        QStringList lines;
        for (const QString &line : AnomalyText::evidence(r))
            lines << esc(line);
        const QString title
            = QStringLiteral("%1 %2 %3")
                  .arg(AnomalyText::ruleName(f.rule), f.plate, AnomalyText::beijingTime(f.startMs));
        h += QStringLiteral("<tr>%1</tr>").arg(cell(title, lines.join(QStringLiteral("<br/>")), 3));
    }
    if (!o.complaintNo.isEmpty()) {
        h += QStringLiteral("<tr>%1</tr>").arg(cell(tr("Caller's account"), esc(p.complaintAccount), 3));
        h += QStringLiteral("<tr>%1%2</tr>")
                 .arg(cell(tr("Place"), esc(p.complaintPlace)), cell(tr("Seen at"), esc(p.complaintSeen)));
        h += QStringLiteral("<tr>%1</tr>").arg(cell(tr("What the records say"), esc(p.complaintMatch), 3));
    }
    h += QStringLiteral("</table>");
    if (!p.map.isNull()) {
        h += QStringLiteral("<p>%1</p><p align=\"center\"><img src=\"%2\" width=\"%3\"/></p>")
                 .arg(esc(tr("The track on the map:")), kMapUrl.toString())
                 .arg(440);
    }
    if (o.steps.size() > 1) {
        h += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("History")));
        h += QStringLiteral(
            "<table class=\"f\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">");
        for (const OrderStep &s : o.steps) {
            QStringList said;
            if (!s.text.isEmpty())
                said << esc(s.text);
            if (!s.reason.isEmpty())
                said << esc(tr("Reason: %1").arg(s.reason));
            if (!s.conclusion.isEmpty())
                said << esc(tr("Conclusion: %1").arg(SupervisionFlow::conclusionLabel(s.conclusion)));
            if (!s.deadline.isEmpty())
                said << esc(tr("Answer by %1").arg(s.deadline));
            if (!s.attachments.isEmpty())
                said << esc(tr("Attachments: %1").arg(s.attachments.join(QStringLiteral("、"))));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(beijing(s.at)), esc(SupervisionFlow::actionLabel(s.action)), esc(s.user),
                         said.join(QStringLiteral("<br/>")));
        }
        h += QStringLiteral("</table>");
    }
    const QString line = QStringLiteral("&nbsp;______________");
    h += QStringLiteral("<p>&nbsp;</p><table width=\"100%\" cellpadding=\"8\"><tr>"
                        "<td>%1：%3</td><td>%2：%3</td></tr></table>")
             .arg(esc(tr("Issued by (signature)")), esc(tr("Received by the agency (signature)")), line);
    h += QStringLiteral("<p>&nbsp;</p><p style=\"font-size: 8pt; color: #555555;\">%1</p>")
             .arg(esc(tr("Printed %1 by FleetDesk")
                          .arg(TimeParse::toBeijingIso(QDateTime::currentMSecsSinceEpoch())
                                   .left(16)
                                   .replace(QLatin1Char('T'), QLatin1Char(' ')))));
    h += QStringLiteral("</body></html>");
    return h;
}

bool SupervisionOrderPrinter::render(const SupervisionPrintout &p, QPagedPaintDevice *device)
{
    m_error.clear();
    // The pages are PdfPages' (fonts, one page after another), shared by every printout.
    if (!PdfPages::render(html(p), device,
            p.map.isNull() ? QHash<QString, QImage>()
                           : QHash<QString, QImage> { { kMapUrl.toString(), p.map } })) {
        m_error = tr("cannot draw on the page");
        return false;
    }
    return true;
}

bool SupervisionOrderPrinter::writePdf(const SupervisionPrintout &p, const QString &path)
{
    m_error.clear();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Supervision order %1").arg(p.order.number));
        writer.setCreator(QStringLiteral("FleetDesk"));
        if (!render(p, &writer)) {
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
