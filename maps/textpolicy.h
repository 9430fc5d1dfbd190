// Whether text can be drawn: fonts need a QGuiApplication. The command line runs a QCoreApplication, so an
// offscreen render there draws shapes only rather than aborting in QFont.
#pragma once

#include <QCoreApplication>
#include <QGuiApplication>

inline bool canDrawText()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}
