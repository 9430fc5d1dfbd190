#pragma once
// What the printed supervision order (标准格式督办单) shows, read from the store in one place for every way
// of printing it (the command line's `order print`, the Supervision page's Print… and Save as PDF…): the
// order with its findings and steps, the complaint's own words with what the records say, and the track to
// draw the map picture from: the first finding's car over its dispatch order's window (or the finding's
// time), or the complained-of car an hour either side of when it was seen, with the destination or the
// place named as a marker. Plain data: the picture itself is drawn by maps/ and the page by printing/.
#include "positionio/positionfix.h"
#include "store/supervisionstore.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

class RecordStore;

struct SupervisionPrintData
{
    SupervisionOrder order;
    QString deadlineDays; // "5 working days"
    QString complaintAccount, complaintPlace, complaintSeen, complaintMatch;
    std::vector<PositionFix> track; // empty when there is nothing to draw
    struct Mark
    {
        double lat = 0, lon = 0;
        QString label;
        double radiusM = 0; // the destination rule's circle, 0 for a complaint's place
        bool destination = false; // a task's destination, else the place a caller named
    };
    std::optional<Mark> mark;

    // The order `number`, or nullopt with `*error` saying it does not exist.
    static std::optional<SupervisionPrintData> load(
        RecordStore &store, const QString &number, int deadlineDays, QString *error);
};

class SupervisionPrintText
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionPrintText)
};
