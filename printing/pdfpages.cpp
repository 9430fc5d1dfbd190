#include "printing/pdfpages.h"
#include "printing/pdftext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace PdfPages {

bool render(
    const QString &html, QPagedPaintDevice *device, const QHash<QString, QImage> &images, double pointSize)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    QTextDocument doc;
    QFont font;
    font.setFamilies(PdfText::families());
    font.setPointSizeF(pointSize);
    doc.setDefaultFont(font);
    doc.documentLayout()->setPaintDevice(device); // points measured at the device's resolution
    doc.setDocumentMargin(0); // the device's margins are the page's
    for (auto it = images.begin(); it != images.end(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc.setHtml(html);
    const QRectF page(QPointF(0, 0), device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    doc.setPageSize(page.size());
    for (int i = 0; i < doc.pageCount(); ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -page.height() * i);
        doc.drawContents(&painter, page.translated(0, page.height() * i));
        painter.restore();
    }
    painter.end();
    return true;
}

QString write(const QString &html, const QString &path, const QString &title,
    QPageLayout::Orientation orientation, const QHash<QString, QImage> &images)
{
    // Drawn into memory first: the text map is put right before the file is written, and the file is
    // written whole or not at all.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), orientation, QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("FleetDesk"));
        if (!render(html, &writer, images, 9.5))
            return QCoreApplication::translate("PdfPages", "cannot write %1")
                .arg(QFileInfo(path).absoluteFilePath());
    }
    QByteArray pdf = buffer.data();
    PdfText::mapRadicalsToIdeographs(pdf);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return QCoreApplication::translate("PdfPages", "cannot write %1: %2")
            .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
    return {};
}

} // namespace PdfPages
