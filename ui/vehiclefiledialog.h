#pragma once
// The car's own file (一车一档) or the driver's, as a window: the record's fields and a small map of where
// the car went on the left; totals, trips, refuels, repairs, violations, findings and the change history as
// tabs on the right; a period (this year by default); print to PDF. Opened from the records (vehicles and
// drivers), the board's car row and a finding. Data from domain/VehicleFile, worded by VehicleFileText.
#include "domain/vehiclefile.h"
#include "ui/uicontext.h"

#include <QDialog>
#include <memory>

class MapView;
class QDateEdit;
class QFormLayout;
class QLabel;
class QNetworkAccessManager;
class QTabWidget;
class QTableView;
class RoutesLayer;
class TextTableModel;
class TileSource;

class VehicleFileDialog : public QDialog
{
    Q_OBJECT

public:
    // kind: Kind::Vehicles or Kind::Drivers; id: the record's id.
    VehicleFileDialog(
        const UiContext &context, const QString &kind, const QString &id, QWidget *parent = nullptr);
    ~VehicleFileDialog() override;

    // Opens a file window (not modal; closes itself) for a vehicle or driver id, or for a vehicle's plate.
    static VehicleFileDialog *open(
        const UiContext &context, const QString &kind, const QString &id, QWidget *parent);
    static VehicleFileDialog *openPlate(const UiContext &context, const QString &plate, QWidget *parent);

    void setPeriod(const QDate &from, const QDate &toInclusive);
    const VehicleFile::Data &data() const { return m_data; }
    QTabWidget *tabs() const { return m_tabs; }
    RoutesLayer *routes() const { return m_routes; }
    // Writes the file as PDF; empty on success, else why not.
    QString writePdf(const QString &path) const;

public slots:
    void reload();
    void printToPdf();

private:
    UiContext m_context;
    QString m_kind, m_id;
    VehicleFile::Data m_data;
    QLabel *m_title;
    QLabel *m_summary;
    QDateEdit *m_from, *m_to;
    QFormLayout *m_fields;
    MapView *m_map;
    RoutesLayer *m_routes;
    QNetworkAccessManager *m_network;
    std::unique_ptr<TileSource> m_tiles;
    QTabWidget *m_tabs;
    QList<TextTableModel *> m_models;
};
