#pragma once
// The supervision reminder above the pages of the main window: "Supervision: N orders overdue · M due within
// K working days — Show them", for the roles that work with orders, from sign-in on. Hidden while the
// Supervision page (which carries the same reminder) is shown, and when nothing is due.
#include <QLabel>

class QStackedWidget;
class SupervisionPage;

class SupervisionNotice : public QLabel
{
    Q_OBJECT

public:
    explicit SupervisionNotice(QStackedWidget *pages, QWidget *parent = nullptr);
    // Follows `page`'s reminder; not called (a dispatcher): never shown.
    void watch(SupervisionPage *page);

signals:
    void showRequested(); // the link: open the Supervision page on the orders reminded of

private:
    void update();

    SupervisionPage *m_page = nullptr;
    QStackedWidget *m_pages;
};
