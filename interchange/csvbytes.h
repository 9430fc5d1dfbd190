#pragma once
// Byte-level pieces of the positions CSV fast path (a city month is tens of millions of rows, so the file is
// read as bytes, not as QString): checking UTF-8 in place, converting GB18030, numbers and blank cells.
#include <QByteArray>

namespace CsvBytes {

// The offset of the first byte that is not well-formed UTF-8 (Unicode table 3-7: no overlong forms, no
// surrogates, nothing above U+10FFFF, which is what QStringDecoder accepts), or -1; `ascii` says whether
// every byte was ASCII.
qsizetype firstBadUtf8(const char *data, qsizetype size, bool *ascii);
// GB18030 to UTF-8 through glibc's iconv (Qt's own decoders cover only the UTF family). Returns the offset
// of the first byte that is not GB18030, or -1.
qsizetype gb18030ToUtf8(const char *data, qsizetype size, QByteArray &out);
// A decimal number with optional spaces around and a leading '+', finite.
bool parseDouble(const char *begin, const char *end, double &out);
// Nothing but spaces and carriage returns.
bool isBlank(const char *begin, const char *end);

} // namespace CsvBytes
