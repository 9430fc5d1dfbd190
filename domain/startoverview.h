#pragma once
// What the start page shows a user after signing in: today's work at a glance. The maintenance plans due
// and overdue (MaintenancePlans, worst first), and short counts of what waits elsewhere: requests to approve
// and to dispatch, findings not yet dealt with, supervision orders past or near their deadline, cars in the
// shop today. Plain data read in a few queries, so the page draws it and a test checks it without a window.
#include "domain/bookingrules.h"
#include "domain/maintenanceplans.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class AppSettings;
class RecordStore;

struct StartOverview
{
    Q_DECLARE_TR_FUNCTIONS(StartOverview)

public:
    QDate today; // Beijing
    MaintenancePlans::Lead lead;
    QList<PlanStatus> plans; // due and overdue only, worst first
    int requestsToApprove = 0; // submitted
    int requestsToDispatch = 0; // approved, waiting for a car
    int openFindings = 0; // new or under review
    int ordersOverdue = 0; // supervision orders waiting for the agency past their deadline
    int ordersDueSoon = 0; // … within the reminder's working days of it
    QList<ShopStay> inShopToday; // cars booked into the shop today, with their plates in `shopPlates`
    QStringList shopPlates;

    // Everything as of `nowMs` (UTC ms): plans judged on its Beijing day with the settings' lead.
    static StartOverview load(RecordStore &store, const AppSettings &settings, qint64 nowMs);

    // "3 days past · 1 200 km past", "in 12 days", "700 km to go": how far a plan is from its due point,
    // by date and by km where each applies.
    static QString distanceText(const PlanStatus &status);
    static QString dueText(const PlanStatus &status); // "2026-11-20 · 55 000 km"
    static QString itemLabel(const QString &item); // the plan item's translated choice
};
