#include "interchange/csvbytes.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <iconv.h>

namespace CsvBytes {

bool parseDouble(const char *begin, const char *end, double &out)
{
    while (begin < end && *begin == ' ')
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\r'))
        --end;
    if (begin < end && *begin == '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, out);
    return ec == std::errc() && ptr == end && std::isfinite(out);
}

qsizetype firstBadUtf8(const char *data, qsizetype size, bool *ascii)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(data);
    const auto *p = begin;
    const unsigned char *end = p + size;
    *ascii = true;
    while (p < end) {
        // ASCII eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        *ascii = false;
        int n = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return p - begin;
        }
        if (end - p <= n || p[1] < lo || p[1] > hi)
            return p - begin;
        for (int k = 2; k <= n; ++k) {
            if (p[k] < 0x80 || p[k] > 0xBF)
                return p - begin;
        }
        p += n + 1;
    }
    return -1;
}

qsizetype gb18030ToUtf8(const char *data, qsizetype size, QByteArray &out)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return 0;
    out.resize(size * 2 + 16); // a GB18030 character of n bytes is at most 2n bytes of UTF-8
    char *in = const_cast<char *>(data);
    size_t inLeft = size_t(size);
    char *o = out.data();
    size_t outLeft = size_t(out.size());
    qsizetype bad = -1;
    if (iconv(cd, &in, &inLeft, &o, &outLeft) == size_t(-1))
        bad = in - data;
    iconv_close(cd);
    out.truncate(out.size() - qsizetype(outLeft));
    return bad;
}

bool isBlank(const char *begin, const char *end)
{
    for (; begin < end; ++begin) {
        if (*begin != ' ' && *begin != '\r')
            return false;
    }
    return true;
}

} // namespace CsvBytes
