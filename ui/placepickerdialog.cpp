#include "ui/placepickerdialog.h"
#include "base/appsettings.h"
#include "maps/mapservices.h"
#include "maps/markerlayer.h"
#include "maps/offlinebasemap.h"
#include "maps/widgets/mapview.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace {

enum Roles { LatRole = Qt::UserRole, LonRole, NameRole };

QDoubleSpinBox *coordinateEdit(double limit)
{
    auto *edit = new QDoubleSpinBox;
    edit->setRange(-limit, limit);
    edit->setDecimals(6);
    return edit;
}

} // namespace

PlacePickerDialog::PlacePickerDialog(
    MapServices &maps, const QList<SavedPlace> &usual, const SavedPlace &current, QWidget *parent)
    : QDialog(parent)
    , m_map(new MapView)
    , m_marker(new MarkerLayer(MarkerLayer::Kind::Destination, this))
    , m_list(new QListWidget)
    , m_name(new QLineEdit(current.name))
    , m_lat(coordinateEdit(90))
    , m_lon(coordinateEdit(180))
{
    setWindowTitle(tr("Choose a place"));
    m_map->setTileSource(maps.tiles()); // the program's one source; none configured: the offline basemap
    m_map->addLayer(m_marker);
    m_map->setMinimumSize(420, 320);

    for (const SavedPlace &p : usual) {
        auto *item = new QListWidgetItem(tr("%1 (used %n time(s))", nullptr, p.uses).arg(p.name), m_list);
        item->setData(LatRole, p.lat);
        item->setData(LonRole, p.lon);
        item->setData(NameRole, p.name);
    }
    const OfflineBasemap basemap;
    for (const OfflineBasemap::Place &p : basemap.places()) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(LatRole, p.position.lat);
        item->setData(LonRole, p.position.lon);
        item->setData(NameRole, p.name);
        item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    m_list->setMaximumWidth(240);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    auto *coordinates = new QHBoxLayout;
    coordinates->addWidget(m_lat);
    coordinates->addWidget(m_lon);
    form->addRow(tr("Latitude, longitude (WGS-84)"), coordinates);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *right = new QVBoxLayout;
    if (!maps.tileError().isEmpty()) {
        // The offline basemap still serves; say why it is the one shown.
        auto *note = new QLabel(tr("Offline map: %1").arg(maps.tileError()));
        note->setWordWrap(true);
        right->addWidget(note);
    }
    right->addWidget(m_map, 1);
    right->addLayout(form);
    right->addWidget(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(right, 1);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        m_name->setText(item->data(NameRole).toString());
        setPoint(item->data(LatRole).toDouble(), item->data(LonRole).toDouble(), true);
    });
    connect(m_map, &MapView::clicked, this,
        [this](const geo::LatLon &wgs) { setPoint(wgs.lat, wgs.lon, false); });
    auto typed = [this] { setPoint(m_lat->value(), m_lon->value(), true); };
    connect(m_lat, &QDoubleSpinBox::editingFinished, this, typed);
    connect(m_lon, &QDoubleSpinBox::editingFinished, this, typed);

    // Nantong's centre when nothing is known yet.
    const bool known = current.lat != 0 || current.lon != 0;
    setPoint(known ? current.lat : 31.9802, known ? current.lon : 120.8943, true);
    m_map->setZoom(known ? 14 : 10);
    resize(860, 560);
}

PlacePickerDialog::~PlacePickerDialog()
{
    m_map->setTileSource(nullptr); // the source goes before the view that draws it
}

void PlacePickerDialog::setPoint(double lat, double lon, bool centre)
{
    m_lat->setValue(lat);
    m_lon->setValue(lon);
    m_marker->setMarkers({ { geo::LatLon { lat, lon }, m_name->text(), 0.0 } });
    if (centre)
        m_map->setCenter(geo::LatLon { lat, lon });
    m_map->update();
}

SavedPlace PlacePickerDialog::place() const
{
    return { m_name->text().trimmed(), m_lat->value(), m_lon->value(), 0 };
}
