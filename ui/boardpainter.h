#pragma once
// Draws the dispatch board for one BoardLayout, one viewport and one moment of interaction (current car,
// selected order, a request or a bar being dragged, now). Only painting: input and scrolling are
// DispatchBoard's, geometry is BoardLayout's.
#include "ui/boardlayout.h"

#include <QCoreApplication>
#include <QPalette>
#include <QPoint>

class QPainter;

struct BoardHover // a request being dragged over the board
{
    QString requestCode; // shown
    QString requestId; // judged and dropped by
    qint64 startMs = 0, endMs = 0;
    int line = -1;
    QString refusal;
    bool active = false;
};

struct BoardBarDrag // a bar being moved
{
    int bar = -1;
    QPoint pressPos;
    bool moving = false;
    int line = -1;
    qint64 shiftMs = 0;
};

class BoardPainter
{
    Q_DECLARE_TR_FUNCTIONS(BoardPainter)

public:
    struct State
    {
        int currentLine = -1;
        QString selectedTask;
        BoardHover hover;
        BoardBarDrag drag;
        qint64 nowMs = 0;
    };

    BoardPainter(const BoardLayout &layout, const BoardLayout::View &view, const QPalette &palette,
        const State &state);

    // Paints the whole viewport `area`; returns how many bars were drawn (rows out of view cost nothing).
    int paint(QPainter &p, const QRect &area);

private:
    double xOf(qint64 ms) const { return m_layout.xOf(ms, m_view); }
    void paintHeader(QPainter &p, const QRect &area);
    void paintLine(QPainter &p, const BoardLayout::Line &line, int index, int y, const QRect &area);
    void paintOverlays(QPainter &p, const QRect &area);
    void paintVerdict(QPainter &p, const QRect &area);

    const BoardLayout &m_layout;
    const BoardLayout::View m_view;
    const QPalette &m_pal;
    const State &m_state;
    int m_paintedBars = 0;
};
