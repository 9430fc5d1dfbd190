#pragma once
// `render --task CODE --out FILE.png [--size WxH]`: draws a task's track inside its booked window with the
// destination and its 2 km circle, fitted to the image, over the settings' tile source (loaded synchronously)
// or the offline basemap. Text on the map needs fonts, hence a QGuiApplication.
#include "app/cli/clicommand.h"

class RenderCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    QString name() const override { return QStringLiteral("render"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    bool needsGui() const override { return true; }
    int run(CliContext &context) override;
};
