#include "interchange/exporttarget.h"

#include <QDir>
#include <QFileInfo>

namespace {

// The file a path names once links and ".." are resolved; a path that does not exist yet is resolved
// through its folder.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

} // namespace

QString ExportTarget::refusal(const QString &path, const QString &databasePath)
{
    if (path.trimmed().isEmpty())
        return tr("no file to export to");
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return tr("%1: not a regular file (a folder, device or pipe); export to a file").arg(path);
    if (!databasePath.isEmpty()) {
        const QString target = resolved(path);
        const QString database = resolved(databasePath);
        for (const QString &suffix :
            { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") }) {
            if (target == database + suffix)
                return tr("%1: this is the open database %2; export to another file").arg(path, databasePath);
        }
    }
    return {};
}
