#pragma once
// Reads the members of a zip archive (an .xlsx workbook is one): the central directory, then each member
// stored or deflated (zlib's raw inflate). Our own small reader rather than QuaZip: QuaZip exports minizip's
// function names (zipOpen3, …) with its own QIODevice-based implementation, and libxlsxwriter, which writes
// our .xlsx files through the system's minizip, then calls QuaZip's and crashes once both are linked into one
// program (seen in tst_bookscommands). Zip64 and encrypted members are refused, not guessed at.
#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    bool open(const QString &path);
    bool contains(const QString &name) const { return m_entries.contains(name); }
    // The member's bytes; empty with errorString() when it is missing or does not inflate.
    QByteArray read(const QString &name);
    QString errorString() const { return m_error; }

private:
    struct Entry
    {
        quint16 method = 0;
        quint16 flags = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localOffset = 0;
    };
    QByteArray m_bytes;
    QHash<QString, Entry> m_entries;
    QString m_path;
    QString m_error;
};
