#pragma once
// What every PDF FleetDesk writes needs so that pdftotext (and a reader's search) finds its text: the font
// families it is set in, and the ToUnicode maps put right after Qt's PDF writer (see pdftext.cpp).
#include <QByteArray>
#include <QStringList>

namespace PdfText {

// Latin from DejaVu Sans, Chinese from Noto Sans CJK (and common alternatives).
QStringList families();
// Rewrites, in place, each ToUnicode target that is a CJK radical to the ideograph sharing its glyph.
void mapRadicalsToIdeographs(QByteArray &pdf);

} // namespace PdfText
