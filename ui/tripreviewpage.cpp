#include "ui/tripreviewpage.h"

#include "base/appsettings.h"
#include "base/timeparse.h"
#include "domain/anomalytext.h"
#include "maps/fencelayer.h"
#include "maps/geo/greatcircle.h"
#include "maps/mapservices.h"
#include "maps/markerlayer.h"
#include "maps/tracklayer.h"
#include "maps/trackplayback.h"
#include "maps/vehiclelayer.h"
#include "maps/widgets/mapview.h"
#include "maps/widgets/playbackcontrol.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"
#include "models/taskfiltermodel.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "ui/recordlistpane.h"
#include "ui/speedchart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
constexpr double kDestinationRadiusM = 2000.0; // the destination rule's circle (DESIGN §5)
// A stop this close to a station or the destination is said to be there: a car park or a forecourt is
// a couple of hundred metres across, and the fix of a parked car may lie at its far end.
constexpr double kPlaceNearM = 300.0;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString durationText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 60)
        return TripReviewPage::tr("%n min", nullptr, int(minutes));
    return TripReviewPage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString clockTime(qint64 ms)
{
    // HH:mm of the Beijing time; the day is the booked window's.
    return AnomalyText::beijingTime(ms).mid(11);
}
} // namespace

TripReviewPage::TripReviewPage(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_pane(new RecordListPane(context, Kind::Tasks))
    , m_taskFilter(new TaskFilterModel(m_pane->model(), this))
    , m_dayOn(new QCheckBox(tr("Day")))
    , m_day(new QDateEdit)
    , m_vehicle(new QComboBox)
    , m_driver(new QComboBox)
    , m_map(new MapView)
    , m_playback(new TrackPlayback(this))
    , m_control(new PlaybackControl(m_playback))
    , m_chart(new SpeedChart)
    , m_summaryView(new QTextBrowser)
    , m_follow(new QCheckBox(tr("Follow the vehicle")))
    , m_title(new QLabel)
    , m_trackLayer(new TrackLayer(context.maps->workers(), this))
    , m_fenceLayer(new FenceLayer(this))
    , m_stationLayer(new MarkerLayer(MarkerLayer::Kind::Station, this))
    , m_destinationLayer(new MarkerLayer(MarkerLayer::Kind::Destination, this))
    , m_anomalyLayer(new MarkerLayer(MarkerLayer::Kind::Anomaly, this))
    , m_vehicleLayer(new VehicleLayer(this))
{
    // An auditor reviews orders here; editing them is the Dispatch page's business.
    m_pane->toolBar()->hide();
    m_summaryView->setObjectName(QStringLiteral("tripSummary"));
    m_summaryView->setOpenLinks(false);
    m_title->setObjectName(QStringLiteral("tripTitle"));
    m_title->setContentsMargins(6, 4, 6, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_follow->setObjectName(QStringLiteral("follow"));
    m_follow->setChecked(true);
    m_chart->setMinimumHeight(150);
    m_chart->setMaximumHeight(220);

    m_map->setTileSource(context.maps->tiles()); // the program's one source; nullptr: the offline basemap
    m_map->setObjectName(QStringLiteral("tripMap"));
    // Fences under the track, the vehicle on top of everything.
    for (MapLayer *layer : std::initializer_list<MapLayer *> {
             m_fenceLayer, m_stationLayer, m_trackLayer, m_destinationLayer, m_anomalyLayer, m_vehicleLayer })
        m_map->addLayer(layer);

    // Day, vehicle and driver narrow the list under the pane's own search and agency filter.
    m_pane->proxy()->setSourceModel(m_taskFilter);
    m_dayOn->setObjectName(QStringLiteral("dayFilter"));
    m_dayOn->setToolTip(tr("Show only the orders booked from this day (Beijing time)"));
    m_day->setObjectName(QStringLiteral("day"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setDate(QDateTime::currentDateTimeUtc().addMSecs(TimeParse::kBeijingOffsetMs).date());
    m_day->setEnabled(false);
    for (QComboBox *combo : { m_vehicle, m_driver }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(4);
    }
    m_vehicle->setObjectName(QStringLiteral("vehicleFilter"));
    m_vehicle->setToolTip(tr("Show one vehicle's orders"));
    m_driver->setObjectName(QStringLiteral("driverFilter"));
    m_driver->setToolTip(tr("Show one driver's orders"));
    fillPeople();
    // Two rows, so that the list beside the map stays narrow enough for a 900-pixel window.
    auto *filters = new QGridLayout;
    filters->setContentsMargins(9, 6, 9, 0);
    filters->addWidget(m_dayOn, 0, 0);
    filters->addWidget(m_day, 0, 1);
    filters->addWidget(m_vehicle, 1, 0);
    filters->addWidget(m_driver, 1, 1);
    filters->setColumnStretch(0, 1);
    filters->setColumnStretch(1, 1);
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_pane, 1);
    connect(m_dayOn, &QCheckBox::toggled, m_day, &QWidget::setEnabled);
    connect(m_dayOn, &QCheckBox::toggled, this, &TripReviewPage::applyFilters);
    connect(m_day, &QDateEdit::dateChanged, this, &TripReviewPage::applyFilters);
    connect(m_vehicle, &QComboBox::currentIndexChanged, this, &TripReviewPage::applyFilters);
    connect(m_driver, &QComboBox::currentIndexChanged, this, &TripReviewPage::applyFilters);

    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(list);
    left->addWidget(m_summaryView);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 1);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(2);
    // The follow toggle sits by the title, not by the playback bar, which is already as wide as a narrow
    // window allows.
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_follow);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_map, 1);
    rightLayout->addWidget(m_control);
    rightLayout->addWidget(m_chart);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({ 380, 800 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_pane, &RecordListPane::message, this, &TripReviewPage::message);
    connect(m_pane->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QString id = m_pane->selectedId();
        if (id != m_taskId) // a refresh re-selecting the same row keeps the playback where it is
            showTask(id);
    });
    connect(m_playback, &TrackPlayback::currentTimeChanged, this, &TripReviewPage::onTime);
    connect(m_chart, &SpeedChart::seekRequested, m_playback, &TrackPlayback::seek);
    connect(m_map, &MapView::clicked, this, &TripReviewPage::onMapClicked);
    // Space plays and pauses wherever the focus is on this page (the list keeps arrows for moving).
    auto *playPause = new QShortcut(QKeySequence(Qt::Key_Space), this);
    playPause->setContext(Qt::WidgetWithChildrenShortcut);
    connect(playPause, &QShortcut::activated, this, [this] {
        if (m_control->isEnabled())
            m_playback->setPlaying(!m_playback->isPlaying());
    });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_vehicleLayer->hasPosition())
            m_map->keepVisible(m_vehicleLayer->position());
    });
    connect(context.store, &RecordStore::recordsChanged, this, [this](const QString &kind) {
        if (kind == Kind::Fences || kind == Kind::Stations)
            loadPlaces();
        if (kind == Kind::Vehicles || kind == Kind::Drivers)
            fillPeople();
        if (kind == Kind::Tasks && !m_taskId.isEmpty())
            showTask(m_taskId);
    });
    loadPlaces();
    clearTask();
}

TripReviewPage::~TripReviewPage()
{
    // The view (a child widget, deleted by ~QWidget) lets go of the program's tile source first.
    m_playback->pause();
    m_map->setTileSource(nullptr);
}

void TripReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Opening the tab shows a trip at once rather than an empty map: the first order of the list.
    QAbstractItemModel *shown = m_pane->view()->model();
    if (m_taskId.isEmpty() && shown->rowCount() > 0)
        m_pane->selectId(shown->index(0, 0).data(RecordTableModel::IdRole).toString());
}

void TripReviewPage::fillPeople()
{
    auto fill = [this](QComboBox *combo, const QString &kind, const QString &all, auto label) {
        const QString current = combo->currentData().toString();
        combo->blockSignals(true);
        combo->clear();
        combo->addItem(all, QString());
        for (const Record &r : m_context.store->records(kind))
            combo->addItem(label(r), r.id);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        combo->blockSignals(false);
    };
    fill(m_vehicle, Kind::Vehicles, tr("All vehicles"), [](const Record &r) { return r.text(Field::Plate); });
    fill(m_driver, Kind::Drivers, tr("All drivers"),
        [](const Record &r) { return tr("%1 (%2)").arg(r.text(Field::Name), r.text(Field::Code)); });
}

void TripReviewPage::applyFilters()
{
    m_taskFilter->setDay(m_dayOn->isChecked() ? m_day->date() : QDate());
    m_taskFilter->setVehicleId(m_vehicle->currentData().toString());
    m_taskFilter->setDriverId(m_driver->currentData().toString());
}

void TripReviewPage::loadPlaces()
{
    m_fences.clear();
    for (const Record &r : m_context.store->records(Kind::Fences)) {
        m_fences.push_back({ r.text(Field::Name), TripSummary::areaFromGeoJson(r.text(Field::Geometry)),
            TripSummary::platesFromJson(r.text(Field::Plates)) });
    }
    showFences();
    std::vector<MarkerLayer::Marker> stations;
    for (const Record &r : m_context.store->records(Kind::Stations))
        stations.push_back(
            { { r.value(Field::Lat).toDouble(), r.value(Field::Lon).toDouble() }, r.text(Field::Name), 0.0 });
    m_stationLayer->setMarkers(std::move(stations));
}

void TripReviewPage::showFences()
{
    // Every fence stays on the map for orientation; one that does not apply to the car is subdued.
    std::vector<FenceLayer::Fence> drawn;
    for (const TripSummary::Fence &f : m_fences)
        drawn.push_back({ f.name, f.area, !m_plate.isEmpty() && !f.appliesTo(m_plate) });
    m_fenceLayer->setFences(std::move(drawn));
}

void TripReviewPage::clearTask()
{
    m_taskId.clear();
    m_plate.clear();
    showFences();
    m_summary = {};
    m_playback->setTrack(std::make_shared<const std::vector<PositionFix>>());
    m_trackLayer->setTrack(std::make_shared<const std::vector<PositionFix>>());
    m_destinationLayer->setMarkers({});
    m_anomalyLayer->setMarkers({});
    m_anomalyTimes.clear();
    m_vehicleLayer->clear();
    m_chart->setTrack({}, 0, 0);
    m_title->setText(tr("Select a dispatch order to review its trip."));
    m_summaryView->setHtml(
        QStringLiteral("<p>%1</p>")
            .arg(escaped(tr("The booked window, the destination, the navigation and tracked "
                            "km, the closest approach, stops, fences crossed and findings "
                            "of the selected order appear here."))));
    m_control->setEnabled(false);
}

void TripReviewPage::reviewTask(const QString &taskId)
{
    m_pane->selectId(taskId);
    if (m_taskId != taskId)
        showTask(taskId);
}

void TripReviewPage::showTask(const QString &taskId)
{
    const std::optional<Record> task
        = taskId.isEmpty() ? std::nullopt : m_context.store->record(Kind::Tasks, taskId);
    const std::optional<qint64> startMs
        = task ? TimeParse::parseMs(task->text(Field::StartAt)) : std::nullopt;
    const std::optional<qint64> endMs = task ? TimeParse::parseMs(task->text(Field::EndAt)) : std::nullopt;
    if (!task || task->deleted || !startMs || !endMs) {
        clearTask();
        return;
    }
    m_taskId = taskId;
    const QString vehicleId = task->text(Field::VehicleId);
    const QString code = task->text(Field::Code);
    const std::optional<Record> vehicle = m_context.store->record(Kind::Vehicles, vehicleId);
    const QString plate = vehicle ? vehicle->text(Field::Plate) : QString();

    // [start, end] inclusive, as the rules judge a task's window; fixes() takes a half-open range.
    auto fixes = std::make_shared<const std::vector<PositionFix>>(
        PositionStore(m_context.store->database()).fixes(vehicleId, *startMs, *endMs + 1));
    geo::JumpFilterOptions jump;
    jump.maxSpeedKmh = m_context.settings->threshold(QStringLiteral("rules/jump_speed_kmh"));
    const geo::LatLon destination { task->value(Field::DestLat).toDouble(),
        task->value(Field::DestLon).toDouble() };
    m_summary = TripSummary::compute(*fixes, m_fences, plate, destination, jump);
    m_plate = plate;
    showFences();

    m_trackLayer->setTrack(fixes);
    m_playback->pause();
    m_playback->setTrack(fixes);
    m_playback->setRange(*startMs, *endMs);
    m_vehicleLayer->setLabel(plate);
    const QString destName = task->text(Field::DestName);
    m_destinationLayer->setMarkers(
        { { destination, destName.isEmpty() ? code : destName, kDestinationRadiusM } });

    // The task's findings: those naming it, and the ones of its car (location, violations) inside its window.
    AnomalyStore::Filter filter;
    filter.plate = plate;
    filter.fromMs = *startMs;
    filter.toMs = *endMs + 1;
    QList<AnomalyRecord> anomalies;
    std::vector<MarkerLayer::Marker> markers;
    m_anomalyTimes.clear();
    if (!plate.isEmpty()) {
        for (const AnomalyRecord &a : AnomalyStore(m_context.store->database()).list(filter)) {
            if (!a.taskCode.isEmpty() && a.taskCode != code)
                continue;
            anomalies.append(a);
            const TrackPlayback::State at = m_playback->stateAt(qBound(*startMs, a.startMs, *endMs));
            if (at.valid) {
                markers.push_back({ at.position, AnomalyText::ruleName(a.rule), 0.0 });
                m_anomalyTimes.push_back(qBound(*startMs, a.startMs, *endMs));
            }
        }
    }
    m_anomalyLayer->setMarkers(std::move(markers));

    m_chart->setTrack(geo::filterJumps(*fixes, jump), *startMs, *endMs);
    m_title->setText(tr("%1 · %2 · %3").arg(code, plate, AnomalyText::beijingTime(*startMs)));
    m_summaryView->setHtml(
        summaryHtml(*task, *startMs, *endMs, task->value(Field::NavKm).toDouble(), anomalies));
    m_control->setEnabled(!fixes->empty());

    // Fitted to the trip (track and destination), not to every fence of the city.
    geo::BoundingBox box = m_trackLayer->bounds();
    box.extend(destination);
    m_map->fitToBounds(box);
    onTime(m_playback->currentMs());
}

void TripReviewPage::onTime(qint64 timeMs)
{
    m_chart->setCursorTime(timeMs);
    const TrackPlayback::State state = m_playback->stateAt(timeMs);
    if (!state.valid) {
        m_vehicleLayer->clear();
        return;
    }
    m_vehicleLayer->setPosition(state.position, state.headingDeg);
    if (m_follow->isChecked() && m_playback->isPlaying())
        m_map->keepVisible(state.position);
}

void TripReviewPage::onMapClicked(const geo::LatLon &wgs)
{
    // A click on a finding's marker plays back from the moment it begins.
    const int marker = m_anomalyLayer->markerAt(m_map->viewport(), m_map->viewport().toScreen(wgs));
    if (marker >= 0 && std::size_t(marker) < m_anomalyTimes.size())
        m_playback->seek(m_anomalyTimes[std::size_t(marker)]);
}

QString TripReviewPage::placeName(const geo::LatLon &where) const
{
    QString best;
    double bestM = kPlaceNearM;
    for (const MarkerLayer *layer : { m_destinationLayer, m_stationLayer }) {
        for (const MarkerLayer::Marker &m : layer->markers()) {
            const double d = geo::distanceM(where, m.position);
            if (d <= bestM) {
                bestM = d;
                best = m.label;
            }
        }
    }
    if (!best.isEmpty())
        return tr("near %1").arg(best);
    return tr("at %1, %2").arg(AnomalyText::number(where.lat, 5), AnomalyText::number(where.lon, 5));
}

QString TripReviewPage::summaryHtml(const Record &task, qint64 startMs, qint64 endMs, double navKm,
    const QList<AnomalyRecord> &anomalies) const
{
    const TripSummary::Result &s = m_summary;
    QString html;
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='padding-right:8px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(escaped(label), value);
    };
    html += QStringLiteral("<table cellspacing='2'>");
    row(tr("Booked"), escaped(tr("%1 – %2").arg(AnomalyText::beijingTime(startMs), clockTime(endMs))));
    const QString destName = task.text(Field::DestName);
    row(tr("Destination"), escaped(destName.isEmpty() ? tr("(unnamed)") : destName));
    row(tr("Navigation"), escaped(tr("%1 km").arg(AnomalyText::number(navKm))));
    if (s.fixCount == 0) {
        row(tr("Tracked"), escaped(tr("no positions in the booked window")));
    } else {
        QString tracked = tr("%1 km").arg(AnomalyText::number(s.trackedKm));
        if (navKm > 0)
            tracked = tr("%1 km (%2 × navigation)")
                          .arg(AnomalyText::number(s.trackedKm), AnomalyText::number(s.trackedKm / navKm, 2));
        row(tr("Tracked"), escaped(tracked));
        row(tr("Closest approach"),
            escaped(tr("%1 km from the destination at %2")
                        .arg(AnomalyText::number(s.closestM / 1000.0, 2), clockTime(s.closestTimeMs))));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(escaped(tr("Stops (≥ 3 min within 100 m): %n", nullptr, int(s.stops.size()))));
    if (!s.stops.empty()) {
        html += QStringLiteral("<ul style='margin-left:12px'>");
        for (const TripSummary::Stop &stop : s.stops)
            html += QStringLiteral("<li>%1</li>")
                        .arg(escaped(tr("%1–%2, %3, %4")
                                         .arg(clockTime(stop.startMs), clockTime(stop.endMs),
                                             durationText(stop.durationMs()), placeName(stop.position))));
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(escaped(tr("Fences crossed: %n", nullptr, int(s.crossings.size()))));
    if (!s.crossings.empty()) {
        html += QStringLiteral("<ul style='margin-left:12px'>");
        for (const TripSummary::Crossing &c : s.crossings) {
            const QString fence = m_fences[std::size_t(c.fence)].name;
            html += QStringLiteral("<li>%1</li>")
                        .arg(escaped(c.entered ? tr("%1 entered %2").arg(clockTime(c.timeMs), fence)
                                               : tr("%1 left %2").arg(clockTime(c.timeMs), fence)));
        }
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(escaped(tr("Findings: %n", nullptr, int(anomalies.size()))));
    for (const AnomalyRecord &a : anomalies) {
        html += QStringLiteral("<p style='margin-left:12px'><b>%1</b> (%2)<br>%3</p>")
                    .arg(escaped(AnomalyText::ruleName(a.rule)), escaped(AnomalyStore::statusLabel(a.status)),
                        escaped(AnomalyText::evidence(a).join(QLatin1Char(' '))));
    }
    return html;
}
