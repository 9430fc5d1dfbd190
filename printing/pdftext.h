#pragma once
// What every printed document (dispatch order, supervision order) needs so that its PDF reads back as the
// text it shows: the fonts it is set in, and the fix-up of the PDF's text maps from CJK radicals to the
// ideographs that share their glyphs.
#include <QByteArray>
#include <QStringList>

namespace PdfText {
// Latin letters and digits from a Latin face (Qt's PDF text map misses the digits Noto CJK shapes inside
// mixed runs, and numbers must stay searchable), Chinese from Noto CJK.
QStringList families();
// Rewrites, in place, each radical target of the PDF's ToUnicode maps to its ideograph (same length, so no
// offset moves). Relies on Qt writing those maps uncompressed.
void mapRadicalsToIdeographs(QByteArray &pdf);
} // namespace PdfText
