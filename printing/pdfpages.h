#pragma once
// Paged documents drawn from QTextDocument HTML onto a PDF (or any paged device), shared by every printout:
// the car's and the driver's file, the reports. Set in PdfText's fonts, with its text-map repair that keeps
// Chinese text searchable (pdftotext reads 车, not ⻋).
// Needs a QGuiApplication (fonts).
#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace PdfPages {

// Draws `html` page after page on `device`; `images` are the document's resources by name (<img src=NAME>).
bool render(const QString &html, QPagedPaintDevice *device, const QHash<QString, QImage> &images = {},
    double pointSize = 10.5);

// An A4 PDF at `path`, written whole or not at all. Empty on success, else what went wrong and where.
QString write(const QString &html, const QString &path, const QString &title,
    QPageLayout::Orientation orientation = QPageLayout::Portrait, const QHash<QString, QImage> &images = {});

} // namespace PdfPages
