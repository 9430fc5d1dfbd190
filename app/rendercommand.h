#pragma once
// `fleetdesk-cli --db FILE render --task CODE --out FILE.png [--size WxH] [--settings INI]`: draws a task's
// track inside its booked window [start, end] with the destination and its 2 km circle, fitted to the image,
// and writes a PNG. The base map is the tile source of the settings' map/tile_url, loaded synchronously, or
// the offline basemap when none is set or it cannot be reached.
//
// args is the whole command line as QCoreApplication::arguments() gives it (program name first). Text on
// the map (names, scale bar, attribution) needs fonts and so a QGuiApplication: the caller should run
// `render` under one (QT_QPA_PLATFORM=offscreen when there is no display); under a QCoreApplication the
// image is drawn without text. Returns the exit code: 0, or 1 with a message on err.
#include <QStringList>
#include <QTextStream>

int runRender(const QStringList &args, QTextStream &out, QTextStream &err);
