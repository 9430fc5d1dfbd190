#pragma once
// Reads an exported workbook back through the xlsxcells program (QuaZip; see xlsxcells.cpp for why it is a
// program of its own). FD_XLSXCELLS names it (set by the suite's CMakeLists).
#include <QMap>
#include <QProcess>
#include <QStringList>

struct XlsxCells
{
    QStringList sheets; // names, in order
    QList<QMap<QString, QString>> cells; // per sheet: "A1" → value (numbers as written, e.g. 1296)
    QString error;

    static XlsxCells read(const QString &path)
    {
        XlsxCells x;
        QProcess p;
        p.start(QStringLiteral(FD_XLSXCELLS), { path });
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            x.error = QStringLiteral("xlsxcells failed on %1: %2")
                          .arg(path, QString::fromLocal8Bit(p.readAllStandardError()));
            return x;
        }
        for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.value(0) == QLatin1String("sheet")) {
                x.sheets << parts.value(2);
                x.cells.append(QMap<QString, QString>());
            } else if (parts.value(0) == QLatin1String("cell") && !x.cells.isEmpty()) {
                x.cells.last().insert(parts.value(2),
                    QString(parts.value(3)).replace(QStringLiteral("\\n"), QStringLiteral("\n")));
            }
        }
        return x;
    }
};
