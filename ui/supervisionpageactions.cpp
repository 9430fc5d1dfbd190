// The Supervision page's documents and reminders: the selected order printed or saved as a PDF through the
// same code as `order print` (SupervisionPrintData, TrackPicture, SupervisionOrderPrinter), and the reminder
// of orders due soon or overdue.
#include "base/appsettings.h"
#include "domain/supervisionprintdata.h"
#include "maps/trackpicture.h"
#include "models/supervisionordermodel.h"
#include "printing/supervisionorderprinter.h"
#include "ui/supervisionpage.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

bool SupervisionPage::selectedPrintout(SupervisionPrintout *out, QString *error) const
{
    const QString number = selectedNumber();
    if (number.isEmpty()) {
        *error = tr("Select an order to print.");
        return false;
    }
    const std::optional<SupervisionPrintData> data = SupervisionPrintData::load(*m_context.store, number,
        int(m_context.settings->threshold(QStringLiteral("supervision/deadline_days"))), error);
    if (!data)
        return false;
    // The map is drawn on the offline basemap, as on the vehicle's file: no page waits for tiles from the
    // network. The command line draws on the configured tiles, since it may wait.
    std::optional<MarkerLayer::Marker> marker;
    if (data->mark)
        marker = MarkerLayer::Marker { { data->mark->lat, data->mark->lon }, data->mark->label,
            data->mark->radiusM };
    const QImage map = TrackPicture::render(data->track, marker,
        data->mark && data->mark->destination ? MarkerLayer::Kind::Destination : MarkerLayer::Kind::Anomaly,
        nullptr);
    *out = SupervisionPrintout::from(*data, map);
    return true;
}

bool SupervisionPage::printSelected(QPrinter *device)
{
    SupervisionPrintout p;
    QString error;
    if (!selectedPrintout(&p, &error)) {
        emit message(error);
        return false;
    }
    SupervisionOrderPrinter printer(m_context.settings->centerName());
    if (!printer.render(p, device)) {
        emit message(
            tr("Supervision order %1 was not printed: %2").arg(p.order.number, printer.errorString()));
        return false;
    }
    emit message(
        tr("Supervision order %1 sent to %2.")
            .arg(p.order.number,
                device->outputFileName().isEmpty() ? device->printerName()
                                                   : QDir::toNativeSeparators(device->outputFileName())));
    return true;
}

bool SupervisionPage::savePdf(const QString &path)
{
    SupervisionPrintout p;
    QString error;
    if (!selectedPrintout(&p, &error)) {
        emit message(error);
        return false;
    }
    SupervisionOrderPrinter printer(m_context.settings->centerName());
    if (!printer.writePdf(p, path)) {
        emit message(
            tr("Supervision order %1 was not written: %2").arg(p.order.number, printer.errorString()));
        return false;
    }
    emit message(tr("Supervision order %1 saved as %2.").arg(p.order.number, QDir::toNativeSeparators(path)));
    return true;
}

void SupervisionPage::askPrint()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    QPrinter device(QPrinter::HighResolution);
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setDocName(tr("Supervision order %1").arg(number));
    QPrintDialog dialog(&device, this);
    dialog.setWindowTitle(tr("Print supervision order %1").arg(number));
    if (dialog.exec() == QDialog::Accepted)
        printSelected(&device);
}

void SupervisionPage::askSavePdf()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save supervision order %1").arg(number),
        QDir(folder).filePath(tr("supervision-order-%1.pdf").arg(number)), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

QString SupervisionPage::reminderText() const
{
    const SupervisionOrderModel::Reminder r = m_orders->reminder();
    QStringList parts;
    if (r.overdue > 0)
        parts << tr("%n supervision order(s) overdue", nullptr, r.overdue);
    if (r.dueSoon > 0)
        parts << tr("%n order(s) due within %1", nullptr, r.dueSoon)
                     .arg(tr("%n working day(s)", nullptr, m_orders->remindDays()));
    return parts.join(tr(" · "));
}

void SupervisionPage::updateReminder()
{
    const QString text = reminderText();
    m_reminder->setVisible(!text.isEmpty());
    m_reminder->setText(QStringLiteral("%1 &nbsp;<a href=\"show\">%2</a>")
                            .arg(text.toHtmlEscaped(), tr("Show them").toHtmlEscaped()));
    emit reminderChanged(text);
}

void SupervisionPage::showReminded()
{
    const SupervisionOrderModel::Reminder r = m_orders->reminder();
    const auto filter
        = r.overdue > 0 ? SupervisionOrderModel::Filter::Overdue : SupervisionOrderModel::Filter::DueSoon;
    m_tabs->setCurrentIndex(0);
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
    if (m_orders->rowCount() > 0)
        showOrder(m_orders->orderAt(0).number);
}
