#pragma once
// Draws one supervision order (督办单) in the standard layout (标准格式督办单) on A4: the center and the
// title, the number and the date issued, the agency responsible, what it is to explain and by when, the
// evidence (each finding's figures in sentences, or the public complaint with what the records say), a map
// picture of the track where there is one, the order's history, and the lines to sign. To a PDF whose text
// reads back as printed (PdfText). Needs a QGuiApplication (fonts).
#include "domain/supervisionprintdata.h"
#include "store/supervisionstore.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QPagedPaintDevice;

struct SupervisionPrintout
{
    SupervisionOrder order;
    QString deadlineDays; // "5 working days", shown beside the deadline when known
    // A complaint's own words and what the records say (ComplaintMatcher::summary).
    QString complaintAccount, complaintPlace, complaintSeen, complaintMatch;
    QImage map; // the track on the map; null when there is none

    // The store's data for the order (SupervisionPrintData::load) with the picture drawn from its track.
    static SupervisionPrintout from(const SupervisionPrintData &data, const QImage &map);
};

class SupervisionOrderPrinter
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionOrderPrinter)

public:
    explicit SupervisionOrderPrinter(QString centerName);

    QString html(const SupervisionPrintout &p) const;
    bool render(const SupervisionPrintout &p, QPagedPaintDevice *device);
    bool writePdf(const SupervisionPrintout &p, const QString &path);
    QString errorString() const { return m_error; }

    // The standard wording of what the agency is to do, when the order gives none of its own.
    static QString standardSubject(const SupervisionOrder &order);

private:
    QString m_centerName;
    QString m_error;
};
