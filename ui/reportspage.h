#pragma once
// The Reports page: the fleet's figures over a span of months (domain/FleetReport) as Qt Charts, each with
// its numbers in a table beside it: per month, per agency and per vehicle category (km, trips, fuel, cost or
// findings, chosen above the chart), and the utilisation (hours booked per car per working day) with the
// idle cars. Exports every table to one .xlsx and the page to PDF; the findings with their evidence to .xlsx.
#include "domain/fleetreport.h"
#include "ui/uicontext.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class TextTableModel;

class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(const UiContext &context, QWidget *parent = nullptr);

    void setMonths(const QDate &fromMonth, const QDate &toMonth); // both included
    const FleetReport::Data &data() const { return m_data; }
    QTabWidget *tabs() const { return m_tabs; }
    QChartView *chart(int tab) const { return m_charts.value(tab); }
    TextTableModel *table(int tab) const { return m_models.value(tab); }

    // Empty on success, else why not.
    QString exportWorkbook(const QString &path) const;
    QString exportFindings(const QString &path) const;
    QString writePdf(const QString &path) const;

public slots:
    void reload();

signals:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Metric { Km, Trips, Fuel, Cost, Findings };
    void redrawChart(int tab);
    QChart *makeChart(int tab) const; // from the tab's table and its chosen figure
    void saveWorkbook();
    void saveFindings();
    void savePdf();
    QList<TextTable> tables() const;
    qint64 fromMs() const;
    qint64 toMs() const;

    UiContext m_context;
    FleetReport::Data m_data;
    bool m_stale = true;
    QDateEdit *m_from, *m_to;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QList<QComboBox *> m_metrics; // per grouping tab
    QList<QChartView *> m_charts;
    QList<TextTableModel *> m_models;
};
