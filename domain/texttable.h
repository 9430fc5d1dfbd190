#pragma once
// A titled table of text: what a file or a report shows on screen (models/TextTableModel) and prints or
// exports, worded once.
#include <QList>
#include <QString>
#include <QStringList>

struct TextTable
{
    QString title;
    QStringList headers;
    QList<bool> numeric; // per column: right-aligned figures
    QList<QStringList> rows;
    QString empty; // what to say when there are no rows
};
