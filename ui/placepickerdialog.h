#pragma once
// Picking a trip's origin or destination: the agency's usual places and the county seats in a list beside
// the map; a click on the map puts the point there. The name stays editable, the coordinates are WGS-84 as
// the rules measure them (shifted for a GCJ-02 map's display only, by the map itself).
#include "domain/savedplaces.h"

#include <QDialog>
#include <memory>

class MapServices;
class MapView;
class MarkerLayer;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;

class PlacePickerDialog : public QDialog
{
    Q_OBJECT

public:
    PlacePickerDialog(MapServices &maps, const QList<SavedPlace> &usual, const SavedPlace &current,
        QWidget *parent = nullptr);
    ~PlacePickerDialog() override;

    SavedPlace place() const;
    QListWidget *placeList() const { return m_list; }
    MapView *map() const { return m_map; }

private:
    void setPoint(double lat, double lon, bool centre);

    MapView *m_map;
    MarkerLayer *m_marker;
    QListWidget *m_list;
    QLineEdit *m_name;
    QDoubleSpinBox *m_lat, *m_lon;
};
