#include "printing/statementprinter.h"

#include "printing/pdftext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

StatementPrinter::StatementPrinter(QString centerName)
    : m_centerName(std::move(centerName))
{ }

QString StatementPrinter::html(const AgencyStatement &s) const
{
    auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    QString h = QStringLiteral(
        "<html><head><style>h1 { font-size: 16pt; margin: 0; } h2 { font-size: 12pt; font-weight: normal; "
        "margin: 0; } th { background-color: #eeeeee; } td.n { text-align: right; }</style></head><body>");
    h += QStringLiteral("<h2>%1</h2><h1>%2</h1><p></p>").arg(esc(m_centerName), esc(s.title()));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &c : AgencyStatement::columns())
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr>");
    for (int i = 0; i < s.lines.size(); ++i) {
        const QStringList cells = AgencyStatement::cells(i + 1, s.lines[i]);
        h += QStringLiteral("<tr>");
        for (int c = 0; c < cells.size(); ++c) {
            const bool number = c == 0 || (c >= 6 && c <= 8);
            h += QStringLiteral("<td%1>%2</td>")
                     .arg(number ? QStringLiteral(" class=\"n\"") : QString(), esc(cells[c]));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("<tr><td colspan=\"6\"><b>%1</b></td><td class=\"n\"><b>%2</b></td><td></td>"
                        "<td class=\"n\"><b>%3</b></td><td></td></tr></table>")
             .arg(esc(tr("Total: %1 trips").arg(s.lines.size())), QString::number(s.totalKm(), 'f', 1),
                 QString::number(s.totalYuan(), 'f', 2));
    h += QStringLiteral("<p></p><p>%1</p><p>%2</p></body></html>")
             .arg(esc(tr("Fleet center (seal):")), esc(tr("Agency confirmed by (signature):")));
    return h;
}

bool StatementPrinter::writePdf(const AgencyStatement &s, const QString &path)
{
    m_error.clear();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(s.title());
        writer.setCreator(QStringLiteral("FleetDesk"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            m_error = tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath());
            return false;
        }
        QTextDocument doc;
        QFont font;
        font.setFamilies(PdfText::families());
        font.setPointSizeF(9.5);
        doc.setDefaultFont(font);
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDocumentMargin(0);
        doc.setHtml(html(s));
        const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.logicalDpiX()).size());
        doc.setPageSize(page.size());
        for (int i = 0; i < doc.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page.height() * i);
            doc.drawContents(&painter, page.translated(0, page.height() * i));
            painter.restore();
        }
        painter.end();
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
