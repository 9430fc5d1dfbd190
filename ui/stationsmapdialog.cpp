#include "ui/stationsmapdialog.h"
#include "base/timeparse.h"
#include "maps/mapservices.h"
#include "maps/markerlayer.h"
#include "maps/widgets/mapview.h"
#include "models/texttablemodel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

} // namespace

StationsMapDialog::StationsMapDialog(const UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_summary(new QLabel)
    , m_view(new QTableView)
    , m_model(new TextTableModel(this))
    , m_map(new MapView)
    , m_markers(new MarkerLayer(MarkerLayer::Kind::Station, this))
{
    setWindowTitle(tr("Refuel stations on the map"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    const QDate today = QDate::fromString(
        TimeParse::toBeijingIso(QDateTime::currentMSecsSinceEpoch()).left(10), Qt::ISODate);
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Refuels from")));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to")));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    m_summary->setObjectName(QStringLiteral("stationsSummary"));
    bar->addWidget(m_summary, 1);

    m_view->setObjectName(QStringLiteral("stationList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_map->setObjectName(QStringLiteral("stationsMap"));
    m_map->setMinimumSize(360, 280);
    // The program's one tile source; none configured (or none made): the offline basemap.
    m_map->setTileSource(m_context.maps ? m_context.maps->tiles() : nullptr);
    m_map->addLayer(m_markers);
    m_map->installEventFilter(this);
    m_map->setMouseTracking(true);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    if (m_context.maps && !m_context.maps->tileError().isEmpty()) {
        auto *note = new QLabel(tr("Offline map: %1").arg(m_context.maps->tileError()));
        note->setWordWrap(true);
        rightLayout->addWidget(note);
    }
    rightLayout->addWidget(m_map, 1);
    auto *split = new QSplitter;
    split->addWidget(m_view);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({ 440, 480 }); // the list whole (station, code, refuels, litres, amount)

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_from, &QDateEdit::dateChanged, this, &StationsMapDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &StationsMapDialog::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid() || current.row() >= m_stations.size())
                return;
            const StationRefuels &s = m_stations.at(current.row());
            m_selected = current.row();
            m_markers->setHighlighted(m_selected);
            m_map->setCenter(geo::LatLon { s.lat, s.lon });
            m_map->setZoom(std::max(m_map->zoom(), 13));
        });
    reload();
    m_map->fitToLayers();
    resize(1000, 600);
}

StationsMapDialog::~StationsMapDialog()
{
    m_map->setTileSource(nullptr); // the source outlives the view that draws it
}

void StationsMapDialog::setPeriod(const QDate &from, const QDate &toInclusive)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(toInclusive);
    reload();
}

void StationsMapDialog::reload()
{
    const qint64 fromMs = TimeParse::parseDateMs(m_from->date().toString(Qt::ISODate)).value_or(0);
    const qint64 toMs = TimeParse::parseDateMs(m_to->date().toString(Qt::ISODate)).value_or(0) + kDayMs;
    m_stations = StationRefuelList::load(*m_context.store, fromMs, toMs);
    std::stable_sort(m_stations.begin(), m_stations.end(),
        [](const StationRefuels &a, const StationRefuels &b) { return a.litres > b.litres; });
    m_model->setTable(StationRefuelList::table(m_stations));
    m_view->resizeColumnsToContents();
    std::vector<MarkerLayer::Marker> markers;
    int refuels = 0;
    double litres = 0;
    for (const StationRefuels &s : std::as_const(m_stations)) {
        markers.push_back({ geo::LatLon { s.lat, s.lon }, s.name, 0.0 });
        refuels += s.refuels;
        litres += s.litres;
    }
    m_markers->setMarkers(std::move(markers));
    m_selected = -1; // the rows are listed anew
    m_summary->setText(m_stations.isEmpty()
            ? tr("No refuel stations are recorded.")
            : tr("%n station(s), %1 refuels, %2 litres in the period", nullptr, int(m_stations.size()))
                  .arg(refuels)
                  .arg(QLocale().toString(litres, 'f', 1)));
    m_map->update();
}

QString StationsMapDialog::toolTipAt(const QPoint &pos) const
{
    const int i = m_markers->markerAt(m_map->viewport(), QPointF(pos));
    return i >= 0 && i < m_stations.size() ? StationRefuelList::describe(m_stations.at(i)) : QString();
}

bool StationsMapDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_map && (event->type() == QEvent::MouseMove || event->type() == QEvent::Leave)) {
        // The station under the mouse is labelled even where its label had no room; off it, the selected one.
        const int hovered = event->type() == QEvent::MouseMove
            ? m_markers->markerAt(m_map->viewport(), static_cast<QMouseEvent *>(event)->position())
            : -1;
        m_markers->setHighlighted(hovered >= 0 ? hovered : m_selected);
    }
    if (watched == m_map && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_map);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}
