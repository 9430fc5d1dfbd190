// The dispatch board with a city fleet (issue 5): frames while scrolling and zooming, and the load of a span.
//   bench_board DB   a store written by `bench_store generate` (854 cars, two trips a car a day)
// Loads Beijing 2026-10-08 as a day, its week and the whole of October through DispatchBoardData::load, then
// draws the month on a 1600×900 board offscreen: a vertical sweep page by page, a horizontal sweep day by
// day at 40 px an hour, and a zoom sweep from the whole month to 400 px an hour. Each frame is the board's
// own paintEvent into an image (QWidget::render), the work a screen update does. Figures go to stdout;
// docs/PERFORMANCE.md lists what was measured.
#include "base/timeparse.h"
#include "domain/dispatchboarddata.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "ui/dispatchboard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Frames
{
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    void print(const char *what) const
    {
        std::vector<double> s = ms;
        std::sort(s.begin(), s.end());
        std::printf("%-34s frames %5zu  median %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", what, s.size(),
            s[s.size() / 2], s[std::min(s.size() - 1, s.size() * 95 / 100)], s.back());
    }
};

double frame(DispatchBoard &board, QImage &image)
{
    QElapsedTimer t;
    t.start();
    QPainter p(&image);
    board.viewport()->render(&p);
    p.end();
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_board DB\n");
        return 2;
    }
    Database db(QStringLiteral("bench"));
    if (!db.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "cannot open %s: %s\n", argv[1], qPrintable(db.errorString()));
        return 1;
    }
    RecordStore store(db.connection());
    const qint64 day = *TimeParse::parseMs(QStringLiteral("2026-10-08 00:00"));
    const qint64 monday = *TimeParse::parseMs(QStringLiteral("2026-10-05 00:00"));
    const qint64 october = *TimeParse::parseMs(QStringLiteral("2026-10-01 00:00"));
    const qint64 november = *TimeParse::parseMs(QStringLiteral("2026-11-01 00:00"));
    const qint64 dayMs = 24 * 3600 * 1000LL;

    auto timeLoad = [&](const char *what, qint64 from, qint64 to) {
        QElapsedTimer t;
        t.start();
        DispatchBoardData data = DispatchBoardData::load(store, from, to);
        std::printf("load %-8s %4lld cars %6lld bars  %7.1f ms\n", what, qlonglong(data.vehicles.size()),
            qlonglong(data.bars.size()), t.nsecsElapsed() / 1e6);
        return data;
    };
    timeLoad("day", day, day + dayMs);
    timeLoad("week", monday, monday + 7 * dayMs);
    DispatchBoardData month = timeLoad("month", october, november);

    DispatchBoard board;
    board.resize(1600, 900);
    board.show();
    board.setNow(day + 10 * 3600 * 1000LL);
    board.setData(month);
    QImage image(board.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    frame(board, image); // fonts and glyph caches warm

    board.fitSpan();
    Frames vertical;
    QScrollBar *v = board.verticalScrollBar();
    for (int y = 0; y <= v->maximum(); y += v->pageStep() / 2) {
        v->setValue(y);
        vertical.add(frame(board, image));
    }
    vertical.print("vertical sweep, whole month");

    board.setHourWidth(40);
    v->setValue(v->maximum() / 2);
    Frames horizontal;
    QScrollBar *h = board.horizontalScrollBar();
    for (int x = 0; x <= h->maximum(); x += int(24 * 40 / 2)) {
        h->setValue(x);
        horizontal.add(frame(board, image));
    }
    horizontal.print("horizontal sweep, 40 px/h");

    Frames zoom;
    board.fitSpan();
    for (int step = 0; step < 60; ++step) {
        board.zoomBy(1.12, 800);
        zoom.add(frame(board, image));
    }
    for (int step = 0; step < 60; ++step) {
        board.zoomBy(1 / 1.12, 800);
        zoom.add(frame(board, image));
    }
    zoom.print("zoom sweep, month to 400 px/h");
    std::printf("bars painted in the last frame: %d of %lld\n", board.lastPaintedBars(),
        qlonglong(month.bars.size()));
    return 0;
}
