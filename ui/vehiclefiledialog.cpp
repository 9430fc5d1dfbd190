#include "ui/vehiclefiledialog.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "domain/vehiclefiletext.h"
#include "maps/maprenderer.h"
#include "maps/routeslayer.h"
#include "maps/tilesources.h"
#include "maps/widgets/mapview.h"
#include "models/changehistorymodel.h"
#include "models/texttablemodel.h"
#include "printing/vehiclefileprinter.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QDate beijingToday()
{
    return QDateTime::currentDateTimeUtc().addMSecs(TimeParse::kBeijingOffsetMs).date();
}

qint64 beijingStartOf(const QDate &day)
{
    return TimeParse::parseDateMs(day.toString(Qt::ISODate)).value_or(0);
}

} // namespace

VehicleFileDialog::VehicleFileDialog(
    const UiContext &context, const QString &kind, const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_kind(kind)
    , m_id(id)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_fields(new QFormLayout)
    , m_map(new MapView)
    , m_routes(new RoutesLayer(this))
    , m_network(new QNetworkAccessManager(this))
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("vehicleFile"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);

    // Title, period and print.
    auto *top = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("From")));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("fileFrom"));
    m_to->setObjectName(QStringLiteral("fileTo"));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to")));
    top->addWidget(m_to);
    auto *print = new QPushButton(tr("Print to PDF…"));
    print->setObjectName(QStringLiteral("printFile"));
    top->addWidget(print);
    layout->addLayout(top);
    m_summary->setObjectName(QStringLiteral("fileSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    // Record and map on the left, the tables on the right.
    auto *split = new QSplitter(Qt::Horizontal);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *recordBox = new QGroupBox(tr("Record"));
    recordBox->setLayout(m_fields);
    m_fields->setLabelAlignment(Qt::AlignRight);
    leftLayout->addWidget(recordBox);
    auto *mapBox = new QGroupBox(tr("Where it went in the period"));
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(4, 4, 4, 4);
    m_map->setObjectName(QStringLiteral("fileMap"));
    m_map->setMinimumSize(300, 220);
    const QString cacheRoot
        = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
    QString tileError;
    m_tiles = TileSources::create(
        context.settings->tileUrl(), m_network, cacheRoot, &tileError, context.settings->tileCacheBytes());
    m_map->setTileSource(m_tiles.get()); // nullptr: the offline basemap
    m_map->addLayer(m_routes);
    mapLayout->addWidget(m_map);
    leftLayout->addWidget(mapBox, 1);
    split->addWidget(left);
    m_tabs->setObjectName(QStringLiteral("fileTabs"));
    m_tabs->setDocumentMode(true);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({ 360, 900 });
    layout->addWidget(split, 1);

    const VehicleFile::Subject subject
        = kind == Kind::Drivers ? VehicleFile::Subject::Driver : VehicleFile::Subject::Vehicle;
    for (VehicleFileText::Table t : VehicleFileText::tables(subject)) {
        auto *model = new TextTableModel(this);
        auto *view = new QTableView;
        view->setModel(model);
        view->verticalHeader()->hide();
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setProperty("table", int(t));
        m_models << model;
        m_tabs->addTab(view, QString());
    }
    auto *history = new QTableView;
    history->setObjectName(QStringLiteral("fileHistory"));
    history->verticalHeader()->hide();
    history->horizontalHeader()->setStretchLastSection(true);
    history->setWordWrap(true);
    history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabs->addTab(history, tr("Change history"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // This year up to today by default: the year's totals and each month's.
    const QDate today = beijingToday();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    connect(m_from, &QDateEdit::dateChanged, this, &VehicleFileDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &VehicleFileDialog::reload);
    connect(print, &QPushButton::clicked, this, &VehicleFileDialog::printToPdf);
    connect(context.store, &RecordStore::recordsChanged, this, &VehicleFileDialog::reload);

    const QRect screen = (parent ? parent->screen() : QApplication::primaryScreen())->availableGeometry();
    resize(std::min(1280, screen.width() - 40), std::min(720, screen.height() - 40));
    reload();
}

VehicleFileDialog::~VehicleFileDialog() = default;

VehicleFileDialog *VehicleFileDialog::open(
    const UiContext &context, const QString &kind, const QString &id, QWidget *parent)
{
    auto *dialog = new VehicleFileDialog(context, kind, id, parent);
    dialog->show();
    return dialog;
}

VehicleFileDialog *VehicleFileDialog::openPlate(
    const UiContext &context, const QString &plate, QWidget *parent)
{
    const std::optional<Record> car = context.store->findByKey(Kind::Vehicles, plate);
    if (!car || car->deleted) {
        QMessageBox::information(
            parent, tr("Vehicle file"), tr("There is no vehicle %1 in the records.").arg(plate));
        return nullptr;
    }
    return open(context, Kind::Vehicles, car->id, parent);
}

void VehicleFileDialog::setPeriod(const QDate &from, const QDate &toInclusive)
{
    const QSignalBlocker block(m_from);
    m_from->setDate(from);
    m_to->setDate(toInclusive);
}

void VehicleFileDialog::reload()
{
    geo::JumpFilterOptions jump;
    jump.maxSpeedKmh = m_context.settings->threshold(QStringLiteral("rules/jump_speed_kmh"));
    const qint64 from = beijingStartOf(m_from->date());
    const qint64 to = beijingStartOf(m_to->date().addDays(1));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_data = m_kind == Kind::Drivers ? VehicleFile::driver(*m_context.store, m_id, from, to, jump)
                                     : VehicleFile::vehicle(*m_context.store, m_id, from, to, jump);
    QApplication::restoreOverrideCursor();
    const bool vehicle = m_data.subject == VehicleFile::Subject::Vehicle;
    setWindowTitle((vehicle ? tr("Vehicle file %1") : tr("Driver file %1")).arg(m_data.title));
    m_title->setText((vehicle ? tr("Vehicle file %1") : tr("Driver file %1")).arg(m_data.title));

    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    for (const auto &[label, value] : VehicleFileText::fields(*m_context.store, m_data)) {
        auto *shown = new QLabel(value);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields->addRow(label, shown);
    }

    // The period's totals in one line above the tables.
    VehicleFile::Totals all;
    for (const VehicleFile::Totals &y : m_data.years)
        all.add(y);
    QString summary = m_data.ok()
        ? tr("%1 trips · %2 km tracked (%3 km navigation) · %4 L fuel · cost %5 yuan "
             "(fuel and repairs) · %6 violations · %7 findings")
              .arg(all.trips)
              .arg(VehicleFileText::km(all.trackedKm), VehicleFileText::km(all.navKm),
                  VehicleFileText::km(all.litres), VehicleFileText::yuan(all.costYuan()))
              .arg(all.violations)
              .arg(all.findings)
        : m_data.error;
    m_summary->setText(summary);

    const QList<VehicleFileText::Table> tables = VehicleFileText::tables(m_data.subject);
    for (int i = 0; i < tables.size() && i < m_models.size(); ++i) {
        TextTable table = VehicleFileText::table(m_data, tables[i]);
        m_tabs->setTabText(i, tr("%1 (%2)").arg(table.title).arg(table.rows.size()));
        m_models[i]->setTable(std::move(table));
        auto *view = static_cast<QTableView *>(m_tabs->widget(i));
        view->resizeColumnsToContents();
    }
    auto *history = static_cast<QTableView *>(m_tabs->widget(m_tabs->count() - 1));
    QAbstractItemModel *old = history->model();
    history->setModel(new ChangeHistoryModel(*m_context.store, m_kind, m_id, history));
    delete old;
    history->resizeColumnsToContents();

    std::vector<std::vector<geo::LatLon>> routes;
    for (const std::vector<PositionFix> &track : m_data.tracks) {
        std::vector<geo::LatLon> line;
        line.reserve(track.size());
        for (const PositionFix &f : track)
            line.push_back({ f.lat, f.lon });
        routes.push_back(std::move(line));
    }
    m_routes->setRoutes(std::move(routes));
    if (!m_routes->bounds().isEmpty())
        m_map->fitToBounds(m_routes->bounds());
}

QString VehicleFileDialog::writePdf(const QString &path) const
{
    // The printed map is drawn offscreen on the offline basemap: no page waits for tiles from the network.
    QImage map;
    if (!m_routes->bounds().isEmpty()) {
        MapRenderer renderer;
        renderer.addLayer(m_routes);
        map = renderer.render(QSize(840, 560));
    }
    return VehicleFilePrinter(m_context.settings->centerName())
        .writePdf(m_data, VehicleFileText::fields(*m_context.store, m_data), map, path);
}

void VehicleFileDialog::printToPdf()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QLatin1Char('/') + tr("file-%1.pdf").arg(m_data.title).replace(QLatin1Char(' '), QLatin1Char('_'));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Print file to PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = writePdf(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Print file to PDF"), error);
}
