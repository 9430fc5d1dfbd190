// xlsxcells FILE: prints what a workbook holds, read with QuaZip, for the suites that check an exported
// .xlsx. A separate program because libxlsxwriter (the writer) and QuaZip both export minizip's zip*
// functions: in one process the writer's zipOpen3 resolves to QuaZip's and crashes.
// Output, UTF-8, one item a line: "sheet<TAB>N<TAB>NAME", then "cell<TAB>N<TAB>A1<TAB>VALUE" (shared strings
// resolved; a line break in a value written as \n).
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>
#include <quazip.h>
#include <quazipfile.h>

#include <cstdio>

namespace {

QString entry(const QString &zip, const QString &name, bool *ok)
{
    QuaZipFile f(zip, name);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? QString::fromUtf8(f.readAll()) : QString();
}

QString unescape(QString s)
{
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    if (args.size() != 2) {
        std::fputs("usage: xlsxcells FILE.xlsx\n", stderr);
        return 2;
    }
    const QString zip = args.at(1);
    bool ok = false;
    const QString workbook = entry(zip, QStringLiteral("xl/workbook.xml"), &ok);
    if (!ok) {
        std::fputs("not a workbook\n", stderr);
        return 1;
    }
    QStringList strings;
    const QString shared = entry(zip, QStringLiteral("xl/sharedStrings.xml"), &ok);
    static const QRegularExpression si(
        QStringLiteral("<si><t[^>]*>(.*?)</t></si>"), QRegularExpression::DotMatchesEverythingOption);
    for (auto it = si.globalMatch(shared); it.hasNext();)
        strings << unescape(it.next().captured(1));
    static const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]*)\""));
    int n = 0;
    for (auto it = sheet.globalMatch(workbook); it.hasNext();) {
        ++n;
        out << "sheet\t" << n << '\t' << unescape(it.next().captured(1)) << '\n';
        const QString xml = entry(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(n), &ok);
        static const QRegularExpression c(
            QStringLiteral("<c r=\"([A-Z]+[0-9]+)\"([^>]*)><v>([^<]*)</v></c>"));
        for (auto cell = c.globalMatch(xml); cell.hasNext();) {
            const auto m = cell.next();
            QString value = m.captured(2).contains(QStringLiteral("t=\"s\""))
                ? strings.value(m.captured(3).toInt())
                : m.captured(3);
            value.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
            out << "cell\t" << n << '\t' << m.captured(1) << '\t' << value << '\n';
        }
    }
    return 0;
}
