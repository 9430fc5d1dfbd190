#pragma once
// The text of a PDF, for a test's assertions, through pdftotext (poppler-utils, installed by
// scripts/setup.sh): Qt compresses the PDF's streams, so the file itself cannot be searched. When pdftotext
// is missing or fails, the text returned says so, and a failing QVERIFY2 that prints the text then tells why.
#include <QProcess>
#include <QStandardPaths>
#include <QString>

enum class PdfLayout {
    Reading, // pdftotext's default: the text in reading order
    Physical, // -layout: each printed line stays one line, its columns in place (for rows of a table)
};

inline QString pdfText(const QString &path, PdfLayout layout = PdfLayout::Reading)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QStringLiteral("(pdftotext is missing: install poppler-utils, as scripts/setup.sh does)");
    QStringList args;
    if (layout == PdfLayout::Physical)
        args << QStringLiteral("-layout");
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("(pdftotext failed on %1: %2)")
            .arg(path, QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    return QString::fromUtf8(p.readAllStandardOutput());
}
