#include "printing/pdftext.h"

#include <QFont>
#include <QHash>
#include <QRawFont>
#include <QRegularExpression>

namespace PdfText {

// The fonts documents are set in: Latin letters and digits from a Latin face (Qt's PDF text map misses the
// digits Noto CJK shapes inside mixed runs, and numbers must stay searchable), Chinese from Noto
// CJK, which setup installs; the others are common elsewhere.
QStringList families()
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
        for (const QString &family : families()) {
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

} // namespace PdfText
