#pragma once
// The Supervision page (督办): the orders with overdue ones in red and those due soon in amber, a reminder
// above them counting both with a link that lists them, a filter (due soon, overdue, open, closed), the
// selected order with its evidence and every step (who, when, what was said), the steps its state allows
// (issue, record the agency's reply, return it, accept and close), and the order printed or saved as a PDF in
// the standard layout; the public complaints (12345), entered by hand or imported, with what the records say
// about each and a button to start an order; the agencies' assessment scores with every change and a chart
// over the months. Orders and scores export to .xlsx. Auditors and administrators act; everyone else, the
// discipline inspector (纪检监察) among them, reads (and may print).
#include "ui/uicontext.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPrinter;
class RecordListPane;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;
class ScoreTableModel;
class SupervisionOrderModel;
class SupervisionService;

class SupervisionPage : public QWidget
{
    Q_OBJECT

public:
    explicit SupervisionPage(const UiContext &context, QWidget *parent = nullptr);
    ~SupervisionPage() override;

    SupervisionOrderModel *orders() const { return m_orders; }
    ScoreTableModel *scores() const { return m_scores; }
    QTableView *orderView() const { return m_orderView; }
    QTableView *complaintView() const { return m_complaintView; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *complaintMatch() const { return m_match; }
    QChartView *chart() const { return m_chart; }
    QPushButton *issueButton() const { return m_issue; }
    QPushButton *replyButton() const { return m_reply; }
    QPushButton *returnButton() const { return m_return; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    QComboBox *filterBox() const { return m_filter; }
    QLabel *reminderLabel() const { return m_reminder; }
    RecordListPane *complaintPane() const { return m_complaintPane; }
    QPushButton *startFromComplaintButton() const { return m_startFromComplaint; }
    QTabWidget *tabs() const { return m_tabs; }
    QString selectedNumber() const;
    void showOrder(const QString &number);

    // The steps, as the buttons take them once they have asked what they need (tests call these directly).
    bool issueSelected(); // the settings' working days from today
    bool replySelected(const QString &text);
    bool returnSelected(const QString &reason);
    bool acceptSelected(const QString &conclusion, const QString &text);
    bool superviseSelectedComplaint();
    bool exportOrders(const QString &path);
    // The selected order in the standard layout (标准格式督办单), drawn by the same code as
    // `order print NO --out F.pdf`: to a printer the caller set up, or to a PDF file.
    bool printSelected(QPrinter *device);
    bool savePdf(const QString &path);

    // "N orders are due within K working days · M are overdue", empty when none are; showReminded() lists
    // them (the overdue ones when there are any, else those due soon).
    QString reminderText() const;
    void showReminded();
    bool exportScores(const QString &path);

signals:
    void message(const QString &text);
    void reminderChanged(const QString &text);

private:
    QWidget *ordersTab();
    QWidget *complaintsTab();
    QWidget *scoresTab();
    void showSelectedOrder();
    void showSelectedComplaint();
    void showSelectedScore();
    bool done(const QString &number, bool ok, const QString &error, const QString &what);
    void askReply();
    void askReturn();
    void askAccept();
    void askExport(bool orders);
    void askPrint();
    void askSavePdf();
    void updateReminder();
    bool selectedPrintout(struct SupervisionPrintout *out, QString *error) const;

    UiContext m_context;
    bool m_canAct;
    std::unique_ptr<SupervisionService> m_service;
    QTabWidget *m_tabs;
    SupervisionOrderModel *m_orders;
    ScoreTableModel *m_scores;
    QTableView *m_orderView, *m_complaintView, *m_scoreView;
    QTextBrowser *m_detail, *m_scoreDetail;
    QLabel *m_match, *m_legend, *m_reminder;
    QComboBox *m_filter;
    RecordListPane *m_complaintPane;
    QPushButton *m_issue, *m_reply, *m_return, *m_accept, *m_exportOrders, *m_print, *m_savePdf,
        *m_startFromComplaint, *m_exportScores;
    QSpinBox *m_year;
    QChartView *m_chart;
};
