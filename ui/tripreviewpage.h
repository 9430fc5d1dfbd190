#pragma once
// The auditor's trip review (行程回放): the dispatch orders on the left, and for the selected one its track
// inside the booked window on the map (speed-coloured) with the destination and its 2 km circle, the fences,
// the stations and the task's findings; a playback bar driving the vehicle on the map and the cursor of a
// speed chart; and a summary of the request against what the car did (TripSummary). Only the selected task's
// track is read, so moving through the list stays instant.
#include "domain/tripsummary.h"
#include "store/anomalystore.h"
#include "store/record.h"
#include "ui/uicontext.h"

#include <QWidget>
#include <memory>

class FenceLayer;
class MapView;
class MarkerLayer;
class PlaybackControl;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QNetworkAccessManager;
class QTextBrowser;
class RecordListPane;
class SpeedChart;
class TaskFilterModel;
class TileSource;
class TrackLayer;
class TrackPlayback;
class VehicleLayer;

class TripReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit TripReviewPage(const UiContext &context, QWidget *parent = nullptr);
    ~TripReviewPage() override;

    RecordListPane *pane() const { return m_pane; }
    MapView *map() const { return m_map; }
    TrackPlayback *playback() const { return m_playback; }
    PlaybackControl *control() const { return m_control; }
    SpeedChart *chart() const { return m_chart; }
    QTextBrowser *summaryView() const { return m_summaryView; }
    QCheckBox *followBox() const { return m_follow; }
    TaskFilterModel *taskFilter() const { return m_taskFilter; }
    QCheckBox *dayBox() const { return m_dayOn; }
    QDateEdit *dayEdit() const { return m_day; }
    QComboBox *vehicleBox() const { return m_vehicle; }
    QComboBox *driverBox() const { return m_driver; }
    MarkerLayer *anomalyLayer() const { return m_anomalyLayer; }
    FenceLayer *fenceLayer() const { return m_fenceLayer; }
    const TripSummary::Result &summary() const { return m_summary; }
    QString taskId() const { return m_taskId; }

    void showTask(const QString &taskId);
    // From elsewhere (a finding): selects the order in the list when the filters show it, else shows it
    // anyway, so what was asked for is on the map.
    void reviewTask(const QString &taskId);

signals:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadPlaces();
    void showFences(); // all fences; those not applying to m_plate subdued
    void fillPeople();
    void applyFilters();
    void clearTask();
    void onTime(qint64 timeMs);
    void onMapClicked(const geo::LatLon &wgs);
    QString placeName(const geo::LatLon &where) const;
    QString summaryHtml(const Record &task, qint64 startMs, qint64 endMs, double navKm,
        const QList<AnomalyRecord> &anomalies) const;

    UiContext m_context;
    RecordListPane *m_pane;
    TaskFilterModel *m_taskFilter;
    QCheckBox *m_dayOn;
    QDateEdit *m_day;
    QComboBox *m_vehicle, *m_driver;
    MapView *m_map;
    TrackPlayback *m_playback;
    PlaybackControl *m_control;
    SpeedChart *m_chart;
    QTextBrowser *m_summaryView;
    QCheckBox *m_follow;
    QLabel *m_title;
    TrackLayer *m_trackLayer;
    FenceLayer *m_fenceLayer;
    MarkerLayer *m_stationLayer, *m_destinationLayer, *m_anomalyLayer;
    VehicleLayer *m_vehicleLayer;
    std::vector<TripSummary::Fence> m_fences;
    std::vector<qint64> m_anomalyTimes; // per anomaly marker: where a click on it seeks to
    TripSummary::Result m_summary;
    QString m_taskId;
    QString m_plate; // the vehicle of the order shown; empty without one
};
