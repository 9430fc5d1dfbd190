#pragma once
// fleetdesk-server's command line (docs/SERVER.md):
//   fleetdesk-server --db FILE|postgresql://USER@HOST:PORT/DB --listen HOST:PORT --cert CERT.pem --key
//   KEY.pem fleetdesk-server --db … add-user NAME --role ROLE [--unit CODE] --password-file F
// Serving prints "listening on https://HOST:PORT" once it accepts connections (scripts and tests wait for
// it).
#include <QStringList>

// Runs the command; returns the exit code (0 ok, 1 failed, 2 bad usage). Serving runs the event loop.
int runServerCommand(const QStringList &arguments);
