#pragma once
// `fleetdesk-cli --db FILE print-order --task CODE --out FILE.pdf [--settings INI]`: writes the dispatch
// order (派车单) of one task as an A4 PDF, with the center's name of the settings, in the settings' language
// as far as its translation is built into the program. Like render, it needs a QGuiApplication (offscreen
// without a display) for fonts. args is the whole command line, program name first. Returns 0, or 1 with a
// message on err; messages are English.
#include <QStringList>
#include <QTextStream>

int runPrintOrder(const QStringList &args, QTextStream &out, QTextStream &err);
