#include "base/timeparse.h"
#include "printing/dispatchorderprinter.h"
#include "support/pdftext.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

// The printed dispatch order (派车单): a real A4 PDF whose text says the order, Chinese included. The text is
// read back with pdftotext (poppler-utils, installed by scripts/setup.sh): Qt compresses PDF streams and
// writes glyph ids, so the bytes alone cannot show what the page says.
class TestDispatchOrderPrinter : public QObject
{
    Q_OBJECT

    static DispatchOrder sample()
    {
        DispatchOrder o;
        o.ok = true;
        o.taskCode = QStringLiteral("PR20261008-017");
        o.requestCode = QStringLiteral("R20261008-017");
        o.unitCode = QStringLiteral("NT003");
        o.unitName = QStringLiteral("市政府办公室");
        o.contact = QStringLiteral("陈科长");
        o.phone = QStringLiteral("13800000001");
        o.passengers = 3;
        o.startMs = *TimeParse::parseMs(QStringLiteral("2026-10-08 09:00"));
        o.endMs = *TimeParse::parseMs(QStringLiteral("2026-10-08 12:00"));
        o.originName = QStringLiteral("市公务用车服务中心");
        o.destName = QStringLiteral("如皋市人民政府");
        o.purpose = QStringLiteral("防汛检查");
        o.tripType = QStringLiteral("county");
        o.tripTypeLabel = QStringLiteral("County");
        o.plate = QStringLiteral("苏F·A1000");
        o.vehicleModel = QStringLiteral("红旗H5");
        o.seats = 5;
        o.driverName = QStringLiteral("曹浩");
        o.driverCode = QStringLiteral("D002");
        o.driverPhone = QStringLiteral("13962007919");
        o.licenceClass = QStringLiteral("B1");
        o.navKm = 96.5;
        o.navSource = QStringLiteral("osrm");
        o.departedMs = *TimeParse::parseMs(QStringLiteral("2026-10-08 09:05"));
        o.odometerOut = 52000;
        o.returnedMs = *TimeParse::parseMs(QStringLiteral("2026-10-08 11:50"));
        o.odometerIn = 52201.5;
        return o;
    }

private slots:
    void theHtmlSaysEverything()
    {
        const QString html = DispatchOrderPrinter(QStringLiteral("某市公务用车服务中心")).html(sample());
        for (const QString &part : { QStringLiteral("某市公务用车服务中心"), QStringLiteral("PR20261008-017"),
                 QStringLiteral("R20261008-017"), QStringLiteral("市政府办公室"), QStringLiteral("陈科长"),
                 QStringLiteral("13800000001"), QStringLiteral("2026-10-08 09:00"),
                 QStringLiteral("2026-10-08 12:00"), QStringLiteral("如皋市人民政府"),
                 QStringLiteral("防汛检查"), QStringLiteral("苏F·A1000"), QStringLiteral("红旗H5"),
                 QStringLiteral("曹浩"), QStringLiteral("D002"), QStringLiteral("13962007919"),
                 QStringLiteral("B1"), QStringLiteral("96.5"), QStringLiteral("2026-10-08 09:05"),
                 QStringLiteral("52000.0"), QStringLiteral("2026-10-08 11:50"), QStringLiteral("52201.5"),
                 QStringLiteral("201.5") })
            QVERIFY2(html.contains(part), qPrintable(part));
    }

    void writesAnA4PdfThatSaysTheOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("order.pdf"));
        DispatchOrderPrinter printer(QStringLiteral("某市公务用车服务中心"));
        QVERIFY2(printer.writePdf(sample(), path), qPrintable(printer.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(
            bytes.size() > 8000, qPrintable(QString::number(bytes.size()))); // fonts and a page, not a stub
        QVERIFY(bytes.contains("/MediaBox [0 0 595")); // A4: 595 × 842 pt
        const QString text = pdfText(path, PdfLayout::Physical);
        QVERIFY2(text.contains(QStringLiteral("PR20261008-017")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("R20261008-017")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("52201.5")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("防汛检查")),
            qPrintable(text)); // Chinese is text, with a font that has it
        QVERIFY2(text.contains(QStringLiteral("曹浩")), qPrintable(text));
        // Issue 10, 9: the text is the ordinary ideographs, not the radicals CJK fonts share glyphs with
        // (用 read as ⽤ U+2F64, 车 as ⻋ U+2ECB, 心 as ⼼): a search for 用车 finds the page.
        QVERIFY2(text.contains(QStringLiteral("某市公务用车服务中心")), qPrintable(text));
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                qPrintable(QStringLiteral("radical U+%1 in: %2").arg(c.unicode(), 4, 16).arg(text)));
        QVERIFY2(text.contains(QStringLiteral("某市公务用车服务中心 → 如皋市人民政府"))
                || text.contains(QStringLiteral("市公务用车服务中心 → 如皋市人民政府")),
            qPrintable(text));
    }

    // A request without a starting point leaves from the center: the route says so.
    void theRouteStartsAtTheCenterWhenTheRequestNamesNoOrigin()
    {
        DispatchOrder o = sample();
        o.originName.clear();
        const QString html = DispatchOrderPrinter(QStringLiteral("某市公务用车服务中心")).html(o);
        QVERIFY2(html.contains(QStringLiteral("某市公务用车服务中心 → 如皋市人民政府")), qPrintable(html));
    }

    // Departure and return not yet recorded: their boxes stay empty, to be filled in by hand.
    void unrecordedFiguresAreLeftBlank()
    {
        DispatchOrder o = sample();
        o.departedMs.reset();
        o.odometerOut.reset();
        o.returnedMs.reset();
        o.odometerIn.reset();
        const QString html = DispatchOrderPrinter(QStringLiteral("中心")).html(o);
        QVERIFY(!html.contains(QStringLiteral("52000")));
        QVERIFY(!html.contains(QStringLiteral("201.5")));
        QVERIFY(!html.contains(QStringLiteral("09:05")));
    }

    void anUnwritablePathIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/order.pdf"));
        DispatchOrderPrinter printer(QStringLiteral("中心"));
        QVERIFY(!printer.writePdf(sample(), path));
        QVERIFY2(printer.errorString().contains(path), qPrintable(printer.errorString()));
    }
};

QTEST_MAIN(TestDispatchOrderPrinter)
#include "tst_dispatchorderprinter.moc"
