#pragma once
// The refuel stations on a map (the refuel ledger's "stations on a map"): a marker per station with its name,
// a tooltip saying what was refuelled there in the period (refuels, litres), and beside the map the same
// figures as a list, busiest first; choosing a row centres the map on it. The period is this month by
// default. The map takes the program's MapServices; without a configured source it is the offline basemap.
// Labels that would cover one another are left out (maps/labelplacement), except the station chosen in
// the list or under the mouse. Data from domain/StationRefuelList; nothing here reads the database.
#include "domain/stationrefuels.h"
#include "ui/uicontext.h"

#include <QDialog>

class MapView;
class MarkerLayer;
class QDateEdit;
class QLabel;
class QTableView;
class TextTableModel;

class StationsMapDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StationsMapDialog(const UiContext &context, QWidget *parent = nullptr);
    ~StationsMapDialog() override;

    // [from, to] inclusive Beijing days.
    void setPeriod(const QDate &from, const QDate &toInclusive);
    const QList<StationRefuels> &stations() const { return m_stations; } // busiest first, as listed
    MarkerLayer *markers() const { return m_markers; }
    MapView *map() const { return m_map; }
    TextTableModel *model() const { return m_model; }
    // What the tooltip says at a point of the map (widget coordinates), or empty off any marker.
    QString toolTipAt(const QPoint &pos) const;

public slots:
    void reload();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    UiContext m_context;
    QList<StationRefuels> m_stations;
    QDateEdit *m_from, *m_to;
    QLabel *m_summary;
    QTableView *m_view;
    TextTableModel *m_model;
    MapView *m_map;
    MarkerLayer *m_markers;
    int m_selected = -1; // the station chosen in the list, labelled on the map whatever its neighbours
};
