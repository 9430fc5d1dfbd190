#include "ui/reportspage.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "interchange/exporttarget.h"
#include "interchange/workbookwriter.h"
#include "models/texttablemodel.h"
#include "printing/pdfpages.h"
#include "printing/vehiclefileprinter.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

constexpr int kGroupingTabs = 3; // month, agency, category; then utilisation
constexpr int kMaxCarsCharted = 15; // and agencies

QDate beijingToday()
{
    return QDateTime::currentDateTimeUtc().addMSecs(TimeParse::kBeijingOffsetMs).date();
}

// Columns of FleetReport::table: 0 label, 1 trips, 2 nav km, 3 tracked km, 4 litres, 5 fuel, 6 repairs,
// 7 cost, 8 findings.
QList<int> metricColumns(int metric)
{
    switch (metric) {
    case 0:
        return { 3, 2 };
    case 1:
        return { 1 };
    case 2:
        return { 4 };
    case 3:
        return { 5, 6 };
    default:
        return { 8 };
    }
}

// A bar chart of `columns` of the table's rows (the last row, the total, left out). Months are labelled
// yy-MM so twelve fit under the chart; agencies, which are many and long-named, become horizontal bars with
// their names beside them, the largest `maxRows` only (the table beside lists them all).
QChart *barChart(const TextTable &table, const QList<int> &columns, bool months, bool horizontal, int maxRows)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QList<QStringList> rows = table.rows.mid(0, table.rows.size() - 1);
    if (horizontal) {
        const int key = columns.value(0);
        std::stable_sort(rows.begin(), rows.end(), [key](const QStringList &a, const QStringList &b) {
            return a.value(key).toDouble() > b.value(key).toDouble();
        });
        rows = rows.mid(0, maxRows);
        std::reverse(rows.begin(), rows.end()); // the largest on top
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    QStringList categories;
    for (const QStringList &row : rows)
        categories << (months ? row.value(0).mid(2) : row.value(0));
    double top = 0;
    for (int column : columns) {
        auto *set = new QBarSet(table.headers.value(column));
        for (const QStringList &row : rows) {
            const double v = row.value(column).toDouble();
            *set << v;
            top = std::max(top, v);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    names->setTruncateLabels(false); // "26-10" fits its bar group; Qt Charts elides it to "26-…" otherwise
    auto *values = new QValueAxis;
    values->setRange(0, top > 0 ? top * 1.05 : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(values);
    if (columns.size() == 1)
        chart->legend()->hide();
    return chart;
}

QTableView *tableView(TextTableModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

ReportsPage::ReportsPage(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_summary(new QLabel)
    , m_tabs(new QTabWidget)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Months from")));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setCalendarPopup(true);
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to")));
    bar->addWidget(m_to);
    bar->addStretch(1);
    auto *xlsx = new QPushButton(tr("Export to Excel…"));
    xlsx->setObjectName(QStringLiteral("exportReport"));
    auto *pdf = new QPushButton(tr("Print to PDF…"));
    pdf->setObjectName(QStringLiteral("printReport"));
    auto *findings = new QPushButton(tr("Export findings…"));
    findings->setObjectName(QStringLiteral("exportFindings"));
    findings->setToolTip(tr("Every finding of the period with its evidence, as an Excel workbook"));
    for (QPushButton *b : { xlsx, pdf, findings })
        bar->addWidget(b);
    layout->addLayout(bar);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setDocumentMode(true);
    const QStringList titles
        = { tr("By month"), tr("By agency"), tr("By vehicle category"), tr("Utilisation") };
    for (int i = 0; i < titles.size(); ++i) {
        auto *page = new QWidget;
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(4, 4, 4, 4);
        if (i < kGroupingTabs) {
            auto *metric = new QComboBox;
            metric->setObjectName(QStringLiteral("metric%1").arg(i));
            metric->addItems({ tr("Km (tracked and navigation)"), tr("Trips"), tr("Fuel (litres)"),
                tr("Cost (fuel and repairs, yuan)"), tr("Findings") });
            auto *row = new QHBoxLayout;
            row->addWidget(new QLabel(tr("Chart")));
            row->addWidget(metric);
            row->addStretch(1);
            pageLayout->addLayout(row);
            m_metrics << metric;
            connect(metric, &QComboBox::currentIndexChanged, this, [this, i] { redrawChart(i); });
        }
        auto *split = new QSplitter(Qt::Horizontal);
        auto *chart = new QChartView;
        chart->setRenderHint(QPainter::Antialiasing);
        chart->setMinimumWidth(320);
        auto *model = new TextTableModel(this);
        split->addWidget(chart);
        split->addWidget(tableView(model));
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        split->setSizes({ 620, 560 });
        pageLayout->addWidget(split, 1);
        m_charts << chart;
        m_models << model;
        m_tabs->addTab(page, titles[i]);
    }
    layout->addWidget(m_tabs, 1);

    // This year's months up to the current one.
    const QDate today = beijingToday();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(QDate(today.year(), today.month(), 1));
    auto later = [this] {
        m_stale = true;
        if (isVisible())
            reload();
    };
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(context.store, &RecordStore::recordsChanged, this, later);
    connect(xlsx, &QPushButton::clicked, this, &ReportsPage::saveWorkbook);
    connect(pdf, &QPushButton::clicked, this, &ReportsPage::savePdf);
    connect(findings, &QPushButton::clicked, this, &ReportsPage::saveFindings);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Figures are read when the page is looked at, not at start-up nor on every edit while it is hidden.
    if (m_stale)
        reload();
}

void ReportsPage::setMonths(const QDate &fromMonth, const QDate &toMonth)
{
    const QSignalBlocker block(m_from);
    m_from->setDate(QDate(fromMonth.year(), fromMonth.month(), 1));
    m_to->setDate(QDate(toMonth.year(), toMonth.month(), 1));
    m_stale = true;
    reload();
}

qint64 ReportsPage::fromMs() const
{
    const QDate d = m_from->date();
    return TimeParse::parseDateMs(QDate(d.year(), d.month(), 1).toString(Qt::ISODate)).value_or(0);
}

qint64 ReportsPage::toMs() const
{
    const QDate d = m_to->date();
    return TimeParse::parseDateMs(QDate(d.year(), d.month(), 1).addMonths(1).toString(Qt::ISODate))
        .value_or(0);
}

void ReportsPage::reload()
{
    m_stale = false;
    geo::JumpFilterOptions jump;
    jump.maxSpeedKmh = m_context.settings->threshold(QStringLiteral("rules/jump_speed_kmh"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_data = FleetReport::compute(
        *m_context.store, fromMs(), std::max(toMs(), fromMs()), m_context.settings->workCalendar(), jump);
    QApplication::restoreOverrideCursor();

    QStringList idle;
    for (const FleetReport::CarUse &c : m_data.cars) {
        if (c.idle())
            idle << c.plate;
    }
    QString summary
        = tr("%1 trips, %2 km tracked, cost %3 yuan (fuel and repairs; trip prices not included). "
             "Fleet utilisation: %4 h booked per car per working day (%5 cars, %6 working days, "
             "Monday to Friday). Idle cars: %7.")
              .arg(m_data.total.trips)
              .arg(QString::number(m_data.total.trackedKm, 'f', 1),
                  QString::number(m_data.total.costYuan(), 'f', 2),
                  QString::number(m_data.fleetHoursPerCarPerDay, 'f', 2))
              .arg(m_data.cars.size())
              .arg(m_data.workingDays)
              .arg(idle.isEmpty() ? tr("none") : tr("%1 (%2)").arg(idle.size()).arg(idle.join(tr(", "))));
    if (!m_data.ok())
        summary = m_data.error + QLatin1Char('\n') + summary;
    m_summary->setText(summary);

    const QList<TextTable> all = tables();
    for (int i = 0; i < m_models.size() && i < all.size(); ++i) {
        m_models[i]->setTable(all[i]);
        auto *view = m_tabs->widget(i)->findChild<QTableView *>();
        view->resizeColumnsToContents();
        redrawChart(i);
    }
}

QList<TextTable> ReportsPage::tables() const
{
    return { FleetReport::table(m_data, FleetReport::Grouping::Month),
        FleetReport::table(m_data, FleetReport::Grouping::Agency),
        FleetReport::table(m_data, FleetReport::Grouping::Category), FleetReport::utilisationTable(m_data) };
}

void ReportsPage::redrawChart(int tab)
{
    QChart *old = m_charts[tab]->chart();
    m_charts[tab]->setChart(makeChart(tab));
    delete old;
}

QChart *ReportsPage::makeChart(int tab) const
{
    const TextTable &table = m_models[tab]->table();
    QChart *chart = nullptr;
    if (tab < kGroupingTabs) {
        const int metric = m_metrics[tab]->currentIndex();
        chart = barChart(table, metricColumns(metric), tab == 0, tab == 1, kMaxCarsCharted);
        chart->setTitle(tr("%1: %2").arg(table.title, m_metrics[tab]->currentText()));
    } else {
        // The busiest cars and their hours per working day, as horizontal bars (the idle ones are in the
        // table and the summary).
        TextTable busiest = table;
        busiest.rows = table.rows.mid(0, kMaxCarsCharted);
        std::reverse(busiest.rows.begin(), busiest.rows.end()); // busiest at the top
        chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(table.headers.value(5));
        QStringList cars;
        double top = 0;
        for (const QStringList &row : busiest.rows) {
            cars << row.value(0);
            *set << row.value(5).toDouble();
            top = std::max(top, row.value(5).toDouble());
        }
        series->append(set);
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append(cars);
        y->setTruncateLabels(false);
        auto *x = new QValueAxis;
        x->setRange(0, top > 0 ? top * 1.05 : 1);
        x->applyNiceNumbers();
        x->setLabelFormat(QStringLiteral("%.2f"));
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->hide();
        chart->setTitle(tr("Hours booked per working day, busiest %1 cars").arg(busiest.rows.size()));
    }
    return chart;
}

QString ReportsPage::exportWorkbook(const QString &path) const
{
    const QString refused = ExportTarget::refusal(path, m_context.databasePath);
    return refused.isEmpty() ? WorkbookWriter::write(path, tables()) : refused;
}

QString ReportsPage::exportFindings(const QString &path) const
{
    const QString refused = ExportTarget::refusal(path, m_context.databasePath);
    if (!refused.isEmpty())
        return refused;
    return WorkbookWriter::write(
        path, { FleetReport::findingsTable(*m_context.store, m_data.fromMs, m_data.toMs) });
}

QString ReportsPage::writePdf(const QString &path) const
{
    const QString refused = ExportTarget::refusal(path, m_context.databasePath);
    if (!refused.isEmpty())
        return refused;
    QHash<QString, QImage> images;
    QString html
        = QStringLiteral("<p>%1</p><h2>%2</h2><p>%3</p><p>%4</p>")
              .arg(m_context.settings->centerName().toHtmlEscaped(), tr("Fleet report").toHtmlEscaped(),
                  tr("Months %1 to %2")
                      .arg(m_from->date().toString(QStringLiteral("yyyy-MM")),
                          m_to->date().toString(QStringLiteral("yyyy-MM")))
                      .toHtmlEscaped(),
                  m_summary->text().toHtmlEscaped());
    const QList<TextTable> all = tables();
    for (int i = 0; i < all.size(); ++i) {
        // A chart of its own at a fixed size, so the printout does not depend on the window.
        QGraphicsScene scene;
        QChart *chart = makeChart(i);
        scene.addItem(chart); // the scene deletes it
        chart->resize(1400, 700);
        QImage image(QSize(1400, 700), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            scene.render(&painter, QRectF(0, 0, 1400, 700), QRectF(0, 0, 1400, 700));
        }
        const QString name = QStringLiteral("chart%1").arg(i);
        images.insert(name, image);
        html += VehicleFilePrinter::tableHtml(all[i]);
        html += QStringLiteral("<p><img src=\"%1\" width=\"640\"></p>").arg(name);
    }
    return PdfPages::write(html, path, tr("Fleet report"), QPageLayout::Landscape, images);
}

void ReportsPage::saveWorkbook()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + tr("/fleet-report.xlsx"),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString error = exportWorkbook(path);
    error.isEmpty() ? emit message(tr("Report written to %1.").arg(path))
                    : (void)QMessageBox::warning(this, tr("Export report"), error);
}

void ReportsPage::saveFindings()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export findings"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + tr("/findings.xlsx"),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString error = exportFindings(path);
    error.isEmpty() ? emit message(tr("Findings written to %1.").arg(path))
                    : (void)QMessageBox::warning(this, tr("Export findings"), error);
}

void ReportsPage::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Print report to PDF"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + tr("/fleet-report.pdf"),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = writePdf(path);
    error.isEmpty() ? emit message(tr("Report printed to %1.").arg(path))
                    : (void)QMessageBox::warning(this, tr("Print report to PDF"), error);
}
