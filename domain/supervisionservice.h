#pragma once
// Every step of a supervision order (督办单): drafted from findings or from a public complaint, issued with a
// deadline in working days, replied, returned or accepted and closed with a conclusion, which moves the
// findings it came from on. Each step reads the order inside the store's write scope and is refused, in
// words, when it no longer applies; each keeps who and when. The clock is handed in so tests can walk an
// order through weeks.
#include "base/workcalendar.h"
#include "store/supervisionstore.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

class AppSettings;
class RecordStore;

struct SupervisionSettings
{
    int deadlineDays = 5; // working days an order gives the agency
    int remindDays = 1; // working days before the deadline an order is flagged as due
    WorkCalendar calendar;
    static SupervisionSettings from(const AppSettings &settings);
};

struct SupervisionResult
{
    bool ok = false;
    QString number; // the order's number
    QString error; // why it was refused, naming the order
};

class SupervisionService
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionService)

public:
    using Clock = std::function<qint64()>; // ms since the epoch, UTC

    SupervisionService(RecordStore &store, SupervisionSettings settings, Clock clock = {});

    // A new drafted order about these findings (their stable keys, as `check --format json` prints them).
    // The agency is the one whose dispatch order or car the findings concern, unless `unitCode` names it.
    SupervisionResult draftFromFindings(const QStringList &keys, const QString &user,
        const QString &unitCode = {}, const QString &subject = {});
    SupervisionResult draftFromComplaint(const QString &complaintNo, const QString &user,
        const QString &unitCode = {}, const QString &subject = {});
    // `deadline` YYYY-MM-DD, or empty for the settings' working days from today; a text replaces the subject.
    SupervisionResult issue(const QString &number, const QString &user, const QString &subject = {},
        const QString &deadline = {});
    SupervisionResult reply(const QString &number, const QString &text, const QString &user,
        const QList<QPair<QString, QByteArray>> &attachments = {});
    SupervisionResult returnOrder(const QString &number, const QString &reason, const QString &user);
    SupervisionResult accept(
        const QString &number, const QString &conclusion, const QString &text, const QString &user);

    QDate today() const; // Beijing
    // Waiting for the agency past its deadline / within the reminder's working days of it.
    bool isOverdue(const SupervisionOrder &order) const;
    bool isDueSoon(const SupervisionOrder &order) const;
    // The number the next order drafted on `day` gets: 督办2026-001.
    static QString numberFor(int year, int seq);

private:
    SupervisionResult draft(SupervisionOrder order, const QString &user);
    SupervisionResult step(const QString &number, const QString &action, const QString &user,
        const std::function<QString(SupervisionOrder &, OrderStep &)> &apply,
        const QList<QPair<QString, QByteArray>> &attachments = {});
    QString nowIso() const;
    QString unitIdFor(const QString &unitCode, QString *error) const;

    RecordStore &m_store;
    SupervisionSettings m_settings;
    Clock m_clock;
};
