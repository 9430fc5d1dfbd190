#include "domain/supervisionservice.h"
#include "models/scoretablemodel.h"
#include "models/supervisionordermodel.h"
#include "store/anomalystore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/supervisionstore.h"
#include "support/anomalysample.h"
#include "support/pdftext.h"
#include "support/xlsxcells.h"
#include "ui/anomaliespage.h"
#include "ui/anomalydetailpane.h"
#include "ui/mainwindow.h"
#include "ui/reasondialog.h"
#include "ui/recordcommands.h"
#include "ui/recordformdialog.h"
#include "ui/recordlistpane.h"
#include "ui/supervisionpage.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QTranslator>
#include <QUndoStack>

// The Supervision page, offscreen: an order driven from two findings on the Review page through a return to
// its close by the page's own buttons, the findings following each step; the order printed and saved as a
// PDF (read back with pdftotext, the same text as `order print`); the reminder and the list's filter;
// complaints entered by hand and imported on the page; overdue orders highlighted; the inspector reading
// only; scores with their chart over the months; the .xlsx exports read back with xlsxcells.
class TestSupervisionPage : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        UiFixture ui { false };
        QString key, key2;
        Fixture()
        {
            if (!AnomalySample::fill(*ui.store).isEmpty())
                qFatal("sample refused");
            checks::Anomaly a;
            a.rule = QStringLiteral("mileage");
            a.plate = QStringLiteral("苏F·A1001");
            a.taskCode = QStringLiteral("T001");
            a.startMs = AnomalySample::ms("2026-03-10T09:00:00+08:00");
            a.endMs = a.startMs + 3600000;
            a.evidence = { { QStringLiteral("track_km"), 30.1 }, { QStringLiteral("nav_km"), 10.0 } };
            key = a.identityKey();
            checks::Anomaly b = a; // a second finding about the same trip: one order may hold both
            b.rule = QStringLiteral("destination");
            b.evidence = { { QStringLiteral("closest_km"), 6.2 } };
            key2 = b.identityKey();
            if (!AnomalyStore(ui.store->database()).save({ a, b }, {}).ok)
                qFatal("finding refused");
        }
        bool complaint(
            const QString &no, const QString &received, const QString &account, const QString &plate)
        {
            Record r;
            r.values = { { Field::Code, no }, { Field::ReceivedAt, received }, { Field::Account, account },
                { Field::Plate, plate } };
            return ui.store->save(Kind::Complaints, r, QStringLiteral("甲")).ok;
        }
        QString status(const QString &k) const
        {
            return AnomalyStore(ui.store->database()).findByKey(k)->status;
        }
        SupervisionOrder order(const QString &number) const
        {
            return *SupervisionStore(ui.store->database()).find(number);
        }
    };

    // The images a PDF holds (pdfimages -list: two header lines, then one line per image).
    static int pdfImages(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path });
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return -1;
        return int(QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).size())
            - 2;
    }
    static void selectRows(QTableView *view, const QList<int> &rows)
    {
        view->clearSelection();
        for (int r : rows)
            view->selectionModel()->select(
                view->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

private slots:
    void orderFromFindingToClose()
    {
        Fixture f;
        const UiContext context = f.ui.context(Session::Role::Auditor);
        AnomaliesPage findings(context);
        SupervisionPage page(context);
        QAbstractItemModelTester tester(page.orders());
        QSignalSpy drafted(&findings, &AnomaliesPage::orderDrafted);
        // Both findings of the trip selected on the Anomalies page go into one order.
        QList<int> rows;
        for (int r = 0; r < findings.view()->model()->rowCount(); ++r)
            rows << r;
        QCOMPARE(rows.size(), 2);
        selectRows(findings.view(), rows);
        QTest::mouseClick(findings.detail()->superviseButton(), Qt::LeftButton);
        QCOMPARE(drafted.size(), 1);
        const QString number = drafted.first().first().toString();
        QVERIFY(number.startsWith(QStringLiteral("督办")));
        QCOMPARE(f.order(number).findings.size(), 2);
        QCOMPARE(f.status(f.key), QStringLiteral("supervised"));
        QCOMPARE(f.status(f.key2), QStringLiteral("supervised"));

        // The page saw the new order (the store announced it) and shows it with its evidence.
        QCOMPARE(page.orders()->rowCount(), 1);
        page.showOrder(number);
        QCOMPARE(page.selectedNumber(), number);
        QVERIFY(page.detail()->toPlainText().contains(QStringLiteral("苏F·A1001")));
        QVERIFY(page.issueButton()->isEnabled());
        QVERIFY(!page.replyButton()->isEnabled());
        QVERIFY(!page.acceptButton()->isEnabled());

        QTest::mouseClick(page.issueButton(), Qt::LeftButton);
        QCOMPARE(f.order(number).state, QStringLiteral("issued"));
        QVERIFY(!f.order(number).deadline.isEmpty());
        QVERIFY(!page.issueButton()->isEnabled());
        QVERIFY(page.replyButton()->isEnabled());
        QVERIFY(!page.acceptButton()->isEnabled()); // no reply to accept yet
        QVERIFY(!page.returnButton()->isEnabled());
        QCOMPARE(f.status(f.key), QStringLiteral("supervised"));

        auto reply = [&](const QString &text) {
            bool seen = false;
            whenDialogOpens<ReasonDialog>(
                [text](ReasonDialog *d) {
                    d->editor()->setPlainText(text);
                    QTest::mouseClick(d->confirmButton(), Qt::LeftButton);
                },
                &seen);
            QTest::mouseClick(page.replyButton(), Qt::LeftButton);
            QVERIFY(seen);
        };
        reply(QStringLiteral("因道路施工绕行"));
        QCOMPARE(f.order(number).state, QStringLiteral("replied"));
        QVERIFY(page.acceptButton()->isEnabled());
        QVERIFY(page.returnButton()->isEnabled());
        QVERIFY(!page.replyButton()->isEnabled()); // one answer waits at a time

        // The answer is sent back with the reason; the agency answers again.
        bool seen = false;
        whenDialogOpens<ReasonDialog>(
            [](ReasonDialog *d) {
                d->editor()->setPlainText(QStringLiteral("缺少施工证明"));
                QTest::mouseClick(d->confirmButton(), Qt::LeftButton);
            },
            &seen);
        QTest::mouseClick(page.returnButton(), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(f.order(number).state, QStringLiteral("returned"));
        QCOMPARE(f.order(number).steps.last().reason, QStringLiteral("缺少施工证明"));
        QVERIFY(page.replyButton()->isEnabled());
        QVERIFY(!page.acceptButton()->isEnabled());
        QCOMPARE(f.status(f.key), QStringLiteral("supervised")); // still open: the findings wait
        reply(QStringLiteral("附施工单位证明"));
        QCOMPARE(f.order(number).state, QStringLiteral("replied"));

        whenDialogOpens<QInputDialog>(
            [](QInputDialog *d) {
                d->setTextValue(QStringLiteral("Violation confirmed"));
                d->accept();
            },
            &seen);
        QTest::mouseClick(page.acceptButton(), Qt::LeftButton);
        QVERIFY(seen);
        const SupervisionOrder closed = f.order(number);
        QCOMPARE(closed.state, QStringLiteral("closed"));
        QCOMPARE(closed.conclusion, QStringLiteral("confirmed"));
        QStringList actions;
        for (const OrderStep &s : closed.steps)
            actions << s.action;
        QCOMPARE(actions,
            QStringList({ QStringLiteral("draft"), QStringLiteral("issue"), QStringLiteral("reply"),
                QStringLiteral("return"), QStringLiteral("reply"), QStringLiteral("accept") }));
        QCOMPARE(closed.steps.last().user, QStringLiteral("测试员"));
        QCOMPARE(f.status(f.key), QStringLiteral("confirmed"));
        QCOMPARE(f.status(f.key2), QStringLiteral("confirmed"));
        for (QPushButton *b :
            { page.issueButton(), page.replyButton(), page.returnButton(), page.acceptButton() })
            QVERIFY(!b->isEnabled());
        for (const QString &said : { QStringLiteral("因道路施工绕行"), QStringLiteral("缺少施工证明"),
                 QStringLiteral("附施工单位证明") })
            QVERIFY2(page.detail()->toPlainText().contains(said), qPrintable(said));
        // The finding's own pane on the Anomalies page says so too.
        findings.selectId(AnomalyStore(f.ui.store->database()).findByKey(f.key)->id);
        QVERIFY(!findings.detail()->superviseButton()->isEnabled());
    }

    // The scores follow the closed order; the chart over the months and both .xlsx exports read back.
    void scoresChartAndWorkbooks()
    {
        Fixture f;
        SupervisionService service(*f.ui.store, SupervisionSettings());
        const QString number = service.draftFromFindings({ f.key }, QStringLiteral("甲")).number;
        QVERIFY(service.issue(number, QStringLiteral("甲")).ok);
        QVERIFY(service.reply(number, QStringLiteral("答复"), QStringLiteral("乙")).ok);
        QVERIFY(service.accept(number, QStringLiteral("confirmed"), {}, QStringLiteral("甲")).ok);
        SupervisionPage page(f.ui.context(Session::Role::Auditor));
        QAbstractItemModelTester tester(page.scores());
        // NT001 −2 for the confirmed mileage finding, +1 back (answered in time).
        page.scores()->setYear(QDate::currentDate().year());
        QCOMPARE(page.scores()->rowCount(), 2);
        QCOMPARE(page.scores()->scoreAt(1).unitCode, QStringLiteral("NT001"));
        QCOMPARE(page.scores()->scoreAt(1).score, 99.0);
        // Every agency's line over the twelve months; NT001's ends at 99 from this month on, 100 before.
        QCOMPARE(page.chart()->chart()->series().size(), 2);
        page.findChild<QTableView *>(QStringLiteral("scoreView"))
            ->selectionModel()
            ->select(
                page.scores()->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(page.chart()->chart()->series().size(), 1);
        const auto *line = qobject_cast<QLineSeries *>(page.chart()->chart()->series().first());
        QVERIFY(line);
        QCOMPARE(line->count(), 12);
        const int month = QDate::currentDate().month();
        QCOMPARE(line->at(month - 1).y(), 99.0);
        QCOMPARE(line->at(11).y(), 99.0);
        if (month > 1)
            QCOMPARE(line->at(month - 2).y(), 100.0);

        const QString orders = f.ui.dir.filePath(QStringLiteral("orders.xlsx"));
        const QString scores = f.ui.dir.filePath(QStringLiteral("scores.xlsx"));
        QVERIFY(page.exportOrders(orders));
        QVERIFY(page.exportScores(scores));
        const XlsxCells o = XlsxCells::read(orders);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.cells[0].value(QStringLiteral("A1")), QStringLiteral("Number"));
        QCOMPARE(o.cells[0].value(QStringLiteral("A2")), number);
        QCOMPARE(o.cells[0].value(QStringLiteral("B2")), QStringLiteral("市政府办公室"));
        const XlsxCells sc = XlsxCells::read(scores);
        QVERIFY2(sc.error.isEmpty(), qPrintable(sc.error));
        QString row;
        for (auto it = sc.cells[0].cbegin(); it != sc.cells[0].cend(); ++it)
            if (it.value() == QLatin1String("NT001"))
                row = it.key().mid(1);
        QVERIFY(!row.isEmpty());
        QVERIFY2(sc.cells[0].values().contains(QStringLiteral("99")),
            qPrintable(QStringList(sc.cells[0].values()).join(QLatin1Char('|'))));
    }

    // An order past its deadline without an answer stands out.
    void overdueIsHighlighted()
    {
        Fixture f;
        SupervisionService past(*f.ui.store, SupervisionSettings(),
            [] { return AnomalySample::ms("2026-03-13T09:00:00+08:00"); });
        const QString number = past.draftFromFindings({ f.key }, QStringLiteral("甲")).number;
        QVERIFY(past.issue(number, QStringLiteral("甲")).ok); // due 2026-03-20, long past
        SupervisionPage page(f.ui.context(Session::Role::Auditor));
        const int row = page.orders()->rowOf(number);
        QVERIFY(row >= 0);
        QVERIFY(page.orders()->index(row, 0).data(SupervisionOrderModel::OverdueRole).toBool());
        QVERIFY(page.orderView()->model()->index(row, 0).data(Qt::BackgroundRole).isValid());
        page.showOrder(number);
        QVERIFY(page.detail()->toPlainText().contains(QStringLiteral("Overdue")));
    }

    // The selected order printed from the page: Save as PDF… and Print… (to a PDF printer here) draw the
    // standard layout in Chinese with the evidence and the track's map, the same text as `order print`.
    void printFromPage()
    {
        Fixture f;
        QTranslator zh;
        QVERIFY2(zh.load(QStringLiteral(FD_QM_ZH)), FD_QM_ZH);
        QCoreApplication::installTranslator(&zh);
        auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&zh); });
        SupervisionService service(*f.ui.store, SupervisionSettings());
        const QString number = service.draftFromFindings({ f.key }, QStringLiteral("甲")).number;
        QVERIFY(service.issue(number, QStringLiteral("甲"), QStringLiteral("请说明绕行原因")).ok);
        SupervisionPage page(f.ui.context(Session::Role::Inspector)); // reading is enough to print
        QVERIFY(!page.printButton()->isEnabled()); // nothing selected
        page.showOrder(number);
        QVERIFY(page.printButton()->isEnabled());
        QVERIFY(page.savePdfButton()->isEnabled());

        const QString pdf = f.ui.dir.filePath(QStringLiteral("page.pdf"));
        QString proposed;
        whenDialogOpens<QFileDialog>([&](QFileDialog *d) {
            proposed = d->selectedFiles().value(0);
            d->selectFile(pdf);
            static_cast<QDialog *>(d)->accept();
        });
        QTest::mouseClick(page.savePdfButton(), Qt::LeftButton);
        QVERIFY2(!QFileInfo(proposed).fileName().contains(QLatin1Char(' ')), qPrintable(proposed));
        const QString text = pdfText(pdf);
        for (const QString &part :
            { number, QStringLiteral("督办单"), QStringLiteral("责任单位"), QStringLiteral("市政府办公室"),
                QStringLiteral("请说明绕行原因"), QStringLiteral("苏F·A1001") })
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" missing from:\n") + text));
        QVERIFY2(pdfImages(pdf) >= 1, "no map picture in the PDF");

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = f.ui.dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY(page.printSelected(&printer));
        // The printer's PDF maps a few glyphs to radicals (⽤ for 用, ⻋ for 车) when read back, so its text
        // is checked by its parts; the file written directly is compared whole with the command line's below.
        const QString printedText = pdfText(printed);
        for (const QString &part : { number, QStringLiteral("督办单"), QStringLiteral("责任单位"),
                 QStringLiteral("请说明"), QStringLiteral("苏F·A1001") })
            QVERIFY2(printedText.contains(part),
                qPrintable(part + QStringLiteral(" missing from:\n") + printedText));
        QVERIFY(pdfImages(printed) >= 1);

        // The command line prints the same order through the same code: the same words.
        QFile ini(f.ui.dir.filePath(QStringLiteral("zh.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[app]\nlanguage=zh_CN\n[map]\ntile_url=\n");
        ini.close();
        const QString cliPdf = f.ui.dir.filePath(QStringLiteral("cli.pdf"));
        QProcess cli;
        cli.start(QStringLiteral(FD_CLI_BINARY),
            { QStringLiteral("--db"), f.ui.context().databasePath, QStringLiteral("--settings"),
                ini.fileName(), QStringLiteral("order"), QStringLiteral("print"), number,
                QStringLiteral("--out"), cliPdf });
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(pdfText(cliPdf), text);
    }

    // The reminder counts the orders due soon and overdue, on the page and above every page of the window,
    // and its link lists them; the filter shows due soon / overdue / open / closed.
    void remindersAndFilter()
    {
        Fixture f;
        // Overdue: issued in March. Due soon: its deadline today. Open: a draft. Closed: accepted.
        SupervisionService past(*f.ui.store, SupervisionSettings(),
            [] { return AnomalySample::ms("2026-03-13T09:00:00+08:00"); });
        const QString overdue = past.draftFromFindings({ f.key }, QStringLiteral("甲")).number;
        QVERIFY(past.issue(overdue, QStringLiteral("甲")).ok);
        SupervisionService now(*f.ui.store, SupervisionSettings());
        const QString dueSoon = now.draftFromFindings({ f.key2 }, QStringLiteral("甲")).number;
        QVERIFY(now.issue(dueSoon, QStringLiteral("甲"), {}, now.today().toString(Qt::ISODate)).ok);
        QVERIFY(f.complaint(QStringLiteral("12345-0009"), QStringLiteral("2026-03-10 11:02"),
            QStringLiteral("公车私用"), QStringLiteral("苏F·A2002")));
        const QString draft
            = now.draftFromComplaint(QStringLiteral("12345-0009"), QStringLiteral("甲")).number;
        QVERIFY(!draft.isEmpty());
        QVERIFY(f.complaint(QStringLiteral("12345-0010"), QStringLiteral("2026-03-11 11:02"),
            QStringLiteral("公车停在景区"), QStringLiteral("苏F·A2002")));
        const QString closed
            = now.draftFromComplaint(QStringLiteral("12345-0010"), QStringLiteral("甲")).number;
        QVERIFY(now.issue(closed, QStringLiteral("甲")).ok);
        QVERIFY(now.reply(closed, QStringLiteral("属实"), QStringLiteral("乙")).ok);
        QVERIFY(now.accept(closed, QStringLiteral("explained"), {}, QStringLiteral("甲")).ok);

        SupervisionPage page(f.ui.context(Session::Role::Auditor));
        QAbstractItemModelTester tester(page.orders());
        QCOMPARE(page.orders()->rowCount(), 4);
        QCOMPARE(page.reminderText(),
            QStringLiteral(
                "1 supervision order(s) overdue · 1 order(s) due within 1 working day(s)")); // no en.qm here
        QVERIFY(!page.reminderLabel()->isHidden());
        auto shown = [&] {
            QStringList numbers;
            for (int r = 0; r < page.orderView()->model()->rowCount(); ++r)
                numbers << page.orderView()
                               ->model()
                               ->index(r, 0)
                               .data(SupervisionOrderModel::NumberRole)
                               .toString();
            return numbers;
        };
        auto filter = [&](SupervisionOrderModel::Filter which) {
            page.filterBox()->setCurrentIndex(page.filterBox()->findData(int(which)));
            return shown();
        };
        QCOMPARE(filter(SupervisionOrderModel::Filter::DueSoon), QStringList { dueSoon });
        QCOMPARE(filter(SupervisionOrderModel::Filter::Overdue), QStringList { overdue });
        QCOMPARE(filter(SupervisionOrderModel::Filter::Closed), QStringList { closed });
        QCOMPARE(filter(SupervisionOrderModel::Filter::Open), QStringList({ draft, dueSoon, overdue }));
        QCOMPARE(filter(SupervisionOrderModel::Filter::All).size(), 4);
        // The link lists the overdue ones and selects the first.
        emit page.reminderLabel()->linkActivated(QStringLiteral("show"));
        QCOMPARE(shown(), QStringList { overdue });
        QCOMPARE(page.selectedNumber(), overdue);

        // At sign-in, above every page: the same notice; its link opens the page on them.
        MainWindow w(f.ui.context(Session::Role::Auditor));
        QVERIFY(!w.supervisionNotice()->isHidden());
        QVERIFY2(w.supervisionNotice()->text().contains(QStringLiteral("1 supervision order(s) overdue")),
            qPrintable(w.supervisionNotice()->text()));
        emit w.supervisionNotice()->linkActivated(QStringLiteral("show"));
        QCOMPARE(w.supervisionPage()->selectedNumber(), overdue);
        QCOMPARE(w.supervisionPage()->filterBox()->currentData().toInt(),
            int(SupervisionOrderModel::Filter::Overdue));
        // The dispatcher has no business with it.
        MainWindow d(f.ui.context(Session::Role::Dispatcher));
        QVERIFY(d.supervisionNotice()->isHidden());

        // Once answered, nothing is left to remind of.
        QVERIFY(now.reply(overdue, QStringLiteral("答复"), QStringLiteral("乙")).ok);
        QVERIFY(now.reply(dueSoon, QStringLiteral("答复"), QStringLiteral("乙")).ok);
        QCOMPARE(page.reminderText(), QString());
        QVERIFY(page.reminderLabel()->isHidden());
        QVERIFY(w.supervisionNotice()->isHidden());
    }

    // A 12345 complaint entered by hand on the page and a complaints file imported there; the page shows
    // what the records say about the selected one and starts an order from it. The inspector can do none of
    // it.
    void complaintsFromThePage()
    {
        Fixture f;
        QUndoStack undo;
        CommandFeedback feedback;
        UiContext context = f.ui.context(Session::Role::Auditor);
        context.undoStack = &undo;
        context.feedback = &feedback;
        SupervisionPage page(context);
        RecordListPane *pane = page.complaintPane();
        auto action = [pane](const char *name) { return pane->findChild<QAction *>(QLatin1String(name)); };
        QVERIFY(action("add")->isVisible());
        QVERIFY(action("import")->isVisible());
        bool seen = false;
        whenDialogOpens<RecordFormDialog>(
            [](RecordFormDialog *d) {
                auto type = [d](const QString &field, const QString &text) {
                    auto *line = qobject_cast<QLineEdit *>(d->editor(field));
                    QVERIFY2(line, qPrintable(field));
                    line->setText(text);
                };
                type(Field::Code, QStringLiteral("12345-0101"));
                type(Field::ReceivedAt, QStringLiteral("2026-03-10 11:02"));
                type(Field::Account, QStringLiteral("公车停在商场门口"));
                type(Field::Plate, QStringLiteral("苏F·A1001"));
                type(Field::Place, QStringLiteral("万达广场"));
                type(Field::SeenAt, QStringLiteral("2026-03-10 09:30"));
                QTest::mouseClick(
                    d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
            },
            &seen);
        action("add")->trigger();
        QVERIFY(seen);
        const std::optional<Record> entered
            = f.ui.store->findByKey(Kind::Complaints, QStringLiteral("12345-0101"));
        QVERIFY(entered);
        QCOMPARE(entered->text(Field::Account), QStringLiteral("公车停在商场门口"));
        pane->selectId(entered->id);
        // What the records say: the car's dispatch order T001 covers the time seen.
        QVERIFY2(page.complaintMatch()->text().contains(QStringLiteral("T001")),
            qPrintable(page.complaintMatch()->text()));
        QVERIFY(page.startFromComplaintButton()->isEnabled());

        // A complaints file in DESIGN §6's columns imports on the page (a worker, then the list refreshes).
        const QString csv = f.ui.dir.filePath(QStringLiteral("complaints.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("complaint_no,received,account,plate,place,seen_at,lat,lon\r\n"
                   "12345-0102,2026-03-10 12:00,周末公车接送孩子,苏F·A2002,某小学,2026-03-10 12:00,,\r\n");
        file.close();
        whenDialogOpens<QFileDialog>([&](QFileDialog *d) {
            d->selectFile(csv);
            static_cast<QDialog *>(d)->accept();
        });
        action("import")->trigger();
        QTRY_VERIFY(f.ui.store->findByKey(Kind::Complaints, QStringLiteral("12345-0102")).has_value());
        QTRY_COMPARE(page.complaintView()->model()->rowCount(), 2);
        const std::optional<Record> imported
            = f.ui.store->findByKey(Kind::Complaints, QStringLiteral("12345-0102"));
        pane->selectId(imported->id);
        QVERIFY(page.complaintMatch()->text().contains(QStringLiteral("苏F·A2002")));
        QVERIFY(page.superviseSelectedComplaint());
        const QString number = page.selectedNumber();
        QCOMPARE(f.order(number).complaintNo, QStringLiteral("12345-0102"));
        QCOMPARE(f.order(number).unitCode, QStringLiteral("NT002"));

        // The inspector reads the complaints and writes none.
        SupervisionPage inspector(f.ui.context(Session::Role::Inspector));
        QVERIFY(!inspector.complaintPane()->findChild<QAction *>(QStringLiteral("add"))->isVisible());
        QVERIFY(!inspector.complaintPane()->findChild<QAction *>(QStringLiteral("import"))->isVisible());
        QCOMPARE(inspector.complaintView()->model()->rowCount(), 2);
        inspector.complaintPane()->selectId(entered->id);
        QVERIFY(!inspector.startFromComplaintButton()->isEnabled());
        QVERIFY(!inspector.superviseSelectedComplaint());
    }

    // The discipline inspector reads every order and score and can take no step.
    void inspectorReadsOnly()
    {
        Fixture f;
        SupervisionService service(*f.ui.store, SupervisionSettings());
        const QString number = service.draftFromFindings({ f.key }, QStringLiteral("甲")).number;
        SupervisionPage page(f.ui.context(Session::Role::Inspector));
        AnomaliesPage findings(f.ui.context(Session::Role::Inspector));
        QVERIFY(!findings.canAct());
        page.showOrder(number);
        QCOMPARE(page.selectedNumber(), number);
        QVERIFY(!page.issueButton()->isEnabled());
        QVERIFY(!page.issueSelected());
        QCOMPARE(f.order(number).state, QStringLiteral("drafted"));
        QCOMPARE(page.scores()->rowCount(), 2);
    }
};

QTEST_MAIN(TestSupervisionPage)
#include "tst_supervisionpage.moc"
