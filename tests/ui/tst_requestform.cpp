#include "support/fakeosrm.h"
#include "ui/recordformdialog.h"
#include "ui/requestroutehelper.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

// The trip request form asks a routing service (here a loopback server speaking OSRM) for the navigation km
// without blocking, fills nav_km and says where it came from; failures are said under nav_km.
class TestRequestForm : public QObject
{
    Q_OBJECT

    struct Form
    {
        std::unique_ptr<RecordFormDialog> dialog;
        QPushButton *button = nullptr;
        RequestRouteHelper *helper = nullptr;
    };

    static Form open(UiFixture &f)
    {
        Form form;
        form.dialog = std::make_unique<RecordFormDialog>(*f.store, QStringLiteral("requests"), Record());
        RequestRouteHelper::attachTo(form.dialog.get(), f.settings.get());
        form.button = form.dialog->findChild<QPushButton *>(QStringLiteral("navKmFromRouting"));
        form.helper = form.dialog->findChild<RequestRouteHelper *>();
        form.dialog->show();
        return form;
    }
    static QLineEdit *line(const Form &form, const char *field)
    {
        return qobject_cast<QLineEdit *>(form.dialog->editor(QLatin1String(field)));
    }
    static QString source(const Form &form)
    {
        return qobject_cast<QComboBox *>(form.dialog->editor(QStringLiteral("nav_source")))
            ->currentData()
            .toString();
    }
    static void typeCoordinates(const Form &form)
    {
        line(form, "origin_lat")->setText(QStringLiteral("32.0097"));
        line(form, "origin_lon")->setText(QStringLiteral("120.8572"));
        line(form, "dest_lat")->setText(QStringLiteral("32.3711"));
        line(form, "dest_lon")->setText(QStringLiteral("120.5737"));
    }

private slots:
    void theButtonFillsNavKmFromTheRoutingService()
    {
        UiFixture f(false);
        FakeOsrm server;
        f.settings->setRoutingUrl(server.url().toString());
        const Form form = open(f);
        QVERIFY(form.button && form.helper);
        QVERIFY(QTest::qWaitForWindowExposed(form.dialog.get()));
        typeCoordinates(form);
        QSignalSpy done(form.helper, &RequestRouteHelper::finished);
        QTest::mouseClick(form.button, Qt::LeftButton);
        // The click returned before the answer: the form stays usable while the service is asked.
        QVERIFY(form.helper->isBusy());
        QVERIFY(!form.button->isEnabled());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toBool(), true);
        QCOMPARE(line(form, "nav_km")->text(), QStringLiteral("96.5"));
        QCOMPARE(source(form), QStringLiteral("osrm"));
        QVERIFY(form.button->isEnabled());
        QVERIFY(form.dialog->errorText(QStringLiteral("nav_km")).isEmpty());
        QCOMPARE(server.lastPath,
            QByteArray("/osrm/route/v1/driving/120.857200,32.009700;120.573700,32.371100;120.857200,32.009700"
                       "?overview=false&alternatives=false&steps=false"));
        QCOMPARE(form.dialog->record().value(QStringLiteral("nav_km")).toDouble(), 96.5);
        QCOMPARE(form.dialog->record().text(QStringLiteral("nav_source")), QStringLiteral("osrm"));

        // Typed over by hand: the figure is now the user's.
        line(form, "nav_km")->selectAll();
        QTest::keyClicks(line(form, "nav_km"), QStringLiteral("101"));
        QCOMPARE(line(form, "nav_km")->text(), QStringLiteral("101"));
        QCOMPARE(source(form), QStringLiteral("typed"));
    }

    void failuresAreSaidUnderNavKm()
    {
        UiFixture f(false);
        FakeOsrm server;
        server.mode = FakeOsrm::Mode::NoRoute;
        f.settings->setRoutingUrl(server.url().toString());
        const Form form = open(f);
        typeCoordinates(form);
        line(form, "nav_km")->setText(QStringLiteral("88"));
        QSignalSpy done(form.helper, &RequestRouteHelper::finished);
        QTest::mouseClick(form.button, Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toBool(), false);
        const QString error = form.dialog->errorText(QStringLiteral("nav_km"));
        QVERIFY2(error.contains(QStringLiteral("NoRoute")), qPrintable(error)); // what
        QVERIFY2(error.contains(QStringLiteral("127.0.0.1")), qPrintable(error)); // where
        QCOMPARE(line(form, "nav_km")->text(), QStringLiteral("88")); // nothing overwritten
        QCOMPARE(source(form), QStringLiteral("typed"));
        QVERIFY(form.button->isEnabled());
    }

    void aDeadServerIsSaidWithItsAddress()
    {
        UiFixture f(false);
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close();
        f.settings->setRoutingUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const Form form = open(f);
        typeCoordinates(form);
        QSignalSpy done(form.helper, &RequestRouteHelper::finished);
        QTest::mouseClick(form.button, Qt::LeftButton);
        QVERIFY(done.wait(10000));
        const QString error = form.dialog->errorText(QStringLiteral("nav_km"));
        QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(error));
    }

    void withoutAServiceOrCoordinatesNothingIsAsked()
    {
        UiFixture f(false);
        {
            const Form form = open(f); // no routing URL in the settings
            typeCoordinates(form);
            QSignalSpy done(form.helper, &RequestRouteHelper::finished);
            QTest::mouseClick(form.button, Qt::LeftButton);
            QCOMPARE(done.count(), 1);
            QVERIFY(!form.helper->isBusy());
            QVERIFY2(form.dialog->errorText(QStringLiteral("nav_km"))
                         .contains(QStringLiteral("No routing service")),
                qPrintable(form.dialog->errorText(QStringLiteral("nav_km"))));
        }
        FakeOsrm server;
        f.settings->setRoutingUrl(server.url().toString());
        const Form form = open(f);
        line(form, "dest_lat")->setText(QStringLiteral("32.3711"));
        line(form, "dest_lon")->setText(QStringLiteral("120.5737"));
        QTest::mouseClick(form.button, Qt::LeftButton);
        const QString error = form.dialog->errorText(QStringLiteral("nav_km"));
        QVERIFY2(error.contains(QStringLiteral("Origin latitude"))
                && error.contains(QStringLiteral("Origin longitude")),
            qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("Destination")));
        QVERIFY(server.lastPath.isEmpty());
    }

    // Other kinds keep the plain form.
    void onlyRequestsGetTheButton()
    {
        UiFixture f(false);
        RecordFormDialog dialog(*f.store, QStringLiteral("tasks"), Record());
        RequestRouteHelper::attachTo(&dialog, f.settings.get());
        QVERIFY(!dialog.findChild<RequestRouteHelper *>());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("navKmFromRouting")));
    }
};

QTEST_MAIN(TestRequestForm)
#include "tst_requestform.moc"
