#include "printing/pdfpages.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace PdfPages {

// The fonts the order is set in: Latin letters and digits from a Latin face (Qt's PDF text map misses the
// digits Noto CJK shapes inside mixed runs, and the order number must stay searchable), Chinese from Noto
// CJK, which setup installs; the others are common elsewhere.
QStringList fontFamilies()
{
    return { QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("Microsoft YaHei") };
}

// Radical code points (CJK Radicals Supplement and Kangxi Radicals, U+2E80–U+2FDF) → the ideograph that
// shares its glyph. Qt's PDF writer maps each glyph back to the lowest code point the font maps to it, and
// CJK fonts give 用 and the radical ⽤ one glyph: the text read 市公务⽤⻋服务中⼼ and a search for 派车单
// missed. Kangxi radicals decompose (NFKC) to their ideograph; the supplement's (⻋ U+2ECB for 车) do not, so
// the ideograph with the same glyph is looked up in each of the order's fonts.
namespace {

const QHash<uint, uint> &radicalIdeographs()
{
    static const QHash<uint, uint> map = [] {
        QHash<uint, uint> out;
        QList<uint> open;
        for (uint cp = 0x2E80; cp <= 0x2FDF; ++cp) {
            const char32_t c = cp;
            const QString nfkc = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
            const QList<uint> ucs = nfkc.toUcs4();
            if (ucs.size() == 1 && ucs.first() != cp && ucs.first() >= 0x3400 && ucs.first() <= 0x9FFF)
                out.insert(cp, ucs.first());
            else
                open << cp;
        }
        QString ideographs;
        for (uint cp = 0x4E00; cp <= 0x9FFF; ++cp)
            ideographs += QChar(char16_t(cp));
        for (const QString &family : fontFamilies()) {
            if (open.isEmpty())
                break;
            const QRawFont raw = QRawFont::fromFont(QFont(family));
            if (!raw.isValid())
                continue;
            QHash<quint32, uint> byGlyph;
            const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
            for (int i = 0; i < glyphs.size(); ++i) {
                if (glyphs[i] != 0 && !byGlyph.contains(glyphs[i]))
                    byGlyph.insert(glyphs[i], 0x4E00 + uint(i));
            }
            QList<uint> still;
            for (uint cp : std::as_const(open)) {
                const char32_t c = cp;
                const QList<quint32> g = raw.glyphIndexesForString(QString::fromUcs4(&c, 1));
                if (!g.isEmpty() && byGlyph.contains(g.first()))
                    out.insert(cp, byGlyph.value(g.first()));
                else
                    still << cp;
            }
            open = still;
        }
        return out;
    }();
    return map;
}

} // namespace

// Rewrites, in place, each <XXXX> target of the PDF's ToUnicode maps that is a radical to its ideograph.
// Same length, so no offset in the file moves. Qt writes these maps uncompressed (checked by the test).
void mapRadicalsToIdeographs(QByteArray &pdf)
{
    const QHash<uint, uint> &ideographs = radicalIdeographs();
    static const QRegularExpression reference(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    const QString latin = QString::fromLatin1(pdf);
    QRegularExpressionMatchIterator it = reference.globalMatch(latin);
    while (it.hasNext()) {
        const QByteArray object = "\n" + it.next().captured(1).toLatin1() + " 0 obj";
        const qsizetype begin = pdf.indexOf(object);
        const qsizetype end = begin < 0 ? -1 : pdf.indexOf("endstream", begin);
        if (end < 0)
            continue;
        // Targets only: inside a bfrange's [ … ] list, or the second code of a bfchar line.
        auto fix = [&](qsizetype at) {
            bool ok = false;
            const uint cp = pdf.mid(at + 1, 4).toUInt(&ok, 16);
            if (pdf[at] == '<' && pdf[at + 5] == '>' && ok && ideographs.contains(cp))
                pdf.replace(
                    at + 1, 4, QByteArray::number(ideographs.value(cp), 16).toUpper().rightJustified(4, '0'));
        };
        bool chars = false;
        for (qsizetype line = pdf.indexOf('\n', begin) + 1; line > 0 && line < end;
             line = pdf.indexOf('\n', line) + 1) {
            const qsizetype next = pdf.indexOf('\n', line);
            const QByteArray text = pdf.mid(line, next - line);
            if (text.endsWith("beginbfchar"))
                chars = true;
            else if (text.startsWith("endbfchar"))
                chars = false;
            const qsizetype open = text.indexOf('[');
            if (open >= 0) {
                for (qsizetype i = text.indexOf('<', open); i >= 0; i = text.indexOf('<', i + 1))
                    fix(line + i);
            } else if (chars && text.startsWith('<') && text.indexOf('<', 1) > 0) {
                fix(line + text.indexOf('<', 1));
            }
        }
    }
}

bool render(
    const QString &html, QPagedPaintDevice *device, const QHash<QString, QImage> &images, double pointSize)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    QTextDocument doc;
    QFont font;
    font.setFamilies(fontFamilies());
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
    mapRadicalsToIdeographs(pdf);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return QCoreApplication::translate("PdfPages", "cannot write %1: %2")
            .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
    return {};
}

} // namespace PdfPages
