#pragma once
// Where an import went wrong, in the FILE:LINE:COLUMN form of DESIGN §6 that editors and CI logs link to.
#include <QString>

struct ImportError
{
    QString file;
    int line = 0;
    int column = 0;
    QString reason;

    QString toString() const
    {
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(reason);
    }
};
