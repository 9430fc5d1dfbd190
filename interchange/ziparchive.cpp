#include "interchange/ziparchive.h"

#include <QFile>

#include <zlib.h>

namespace {

quint16 u16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at])) | quint16(quint8(b[at + 1])) << 8;
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return quint32(u16(b, at)) | quint32(u16(b, at + 2)) << 16;
}

} // namespace

bool ZipArchive::open(const QString &path)
{
    m_path = path;
    m_entries.clear();
    m_error.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    m_bytes = file.readAll();
    // The end-of-central-directory record: its signature within the last 64 KiB + 22 bytes (its comment).
    qsizetype end = -1;
    for (qsizetype at = m_bytes.size() - 22; at >= 0 && at >= m_bytes.size() - 22 - 65535; --at) {
        if (u32(m_bytes, at) == 0x06054b50) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        m_error = tr("%1: not a zip file (no central directory)").arg(path);
        return false;
    }
    const quint16 count = u16(m_bytes, end + 10);
    qsizetype at = u32(m_bytes, end + 16);
    for (int i = 0; i < count; ++i) {
        if (at + 46 > m_bytes.size() || u32(m_bytes, at) != 0x02014b50) {
            m_error = tr("%1: damaged zip directory (entry %2)").arg(path).arg(i + 1);
            return false;
        }
        Entry e;
        e.flags = u16(m_bytes, at + 8);
        e.method = u16(m_bytes, at + 10);
        e.compressedSize = u32(m_bytes, at + 20);
        e.size = u32(m_bytes, at + 24);
        const quint16 nameLength = u16(m_bytes, at + 28);
        const quint16 extraLength = u16(m_bytes, at + 30);
        const quint16 commentLength = u16(m_bytes, at + 32);
        e.localOffset = u32(m_bytes, at + 42);
        const QString name = QString::fromUtf8(m_bytes.mid(at + 46, nameLength));
        m_entries.insert(name, e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

QByteArray ZipArchive::read(const QString &name)
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd()) {
        m_error = tr("%1: no member %2").arg(m_path, name);
        return {};
    }
    const Entry &e = *it;
    if (e.flags & 0x1) {
        m_error = tr("%1: %2 is encrypted").arg(m_path, name);
        return {};
    }
    const qsizetype local = e.localOffset;
    if (local + 30 > m_bytes.size() || u32(m_bytes, local) != 0x04034b50) {
        m_error = tr("%1: %2: damaged member header").arg(m_path, name);
        return {};
    }
    const qsizetype data = local + 30 + u16(m_bytes, local + 26) + u16(m_bytes, local + 28);
    if (e.compressedSize == 0xFFFFFFFFu || data + qsizetype(e.compressedSize) > m_bytes.size()) {
        m_error = tr("%1: %2: damaged or zip64 member").arg(m_path, name);
        return {};
    }
    const QByteArray packed = m_bytes.mid(data, e.compressedSize);
    if (e.method == 0)
        return packed;
    if (e.method != 8) {
        m_error = tr("%1: %2: compression method %3 is not supported").arg(m_path, name).arg(e.method);
        return {};
    }
    QByteArray out(qsizetype(e.size), Qt::Uninitialized);
    z_stream z {};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
        m_error = tr("%1: %2: cannot inflate").arg(m_path, name);
        return {};
    }
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.constData()));
    z.avail_in = uInt(packed.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int result = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (result != Z_STREAM_END || z.total_out != e.size) {
        m_error = tr("%1: %2 does not inflate (damaged)").arg(m_path, name);
        return {};
    }
    return out;
}
