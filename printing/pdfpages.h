#pragma once
// Paged documents drawn from QTextDocument HTML onto a PDF (or any paged device), shared by every printout:
// the dispatch order, the car's and the driver's file, the reports. One place for the fonts a printout is
// set in and for the PDF text-map repair that keeps Chinese text searchable (pdftotext reads 车, not ⻋).
// Needs a QGuiApplication (fonts).
#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace PdfPages {

// Latin letters and digits from a Latin face (Qt's PDF text map misses the digits Noto CJK shapes inside
// mixed runs, and numbers must stay searchable), Chinese from Noto CJK, which setup installs; the others are
// common elsewhere.
QStringList fontFamilies();

// Rewrites, in place, each radical target of the PDF's ToUnicode maps to the ideograph sharing its glyph.
void mapRadicalsToIdeographs(QByteArray &pdf);

// Draws `html` page after page on `device`; `images` are the document's resources by name (<img src=NAME>).
bool render(const QString &html, QPagedPaintDevice *device, const QHash<QString, QImage> &images = {},
    double pointSize = 10.5);

// An A4 PDF at `path`, written whole or not at all. Empty on success, else what went wrong and where.
QString write(const QString &html, const QString &path, const QString &title,
    QPageLayout::Orientation orientation = QPageLayout::Portrait, const QHash<QString, QImage> &images = {});

} // namespace PdfPages
