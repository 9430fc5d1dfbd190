#pragma once
// Reads RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF) from bytes in
// UTF-8 — with or without a BOM — or, when the bytes are not valid UTF-8 but are valid GB18030 as a whole,
// GB18030 as Excel writes it on a Chinese Windows (DESIGN §6). A file that is neither is refused at the line
// of its first bad byte: guessing from one bad byte would turn every name in the file into mojibake.
// Keeps each record's line number so errors can point at FILE:LINE:COLUMN.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class CsvReader
{
public:
    struct Row
    {
        int line = 0; // physical line where the record starts, 1-based
        QStringList fields;
    };

    // One field as RFC 4180 writes it: quoted only when it holds a comma, a quote or a line break.
    static QString quoted(const QString &field);
    // CSV injection (OWASP): a cell that a spreadsheet would run as a formula — one beginning with = + - @,
    // a tab or a carriage return — gets a leading apostrophe, so the spreadsheet shows it as text. A
    // negative number stays as it is (it runs nothing). A cell already beginning with apostrophes before
    // such a character gets one more, so unguarded() undoes exactly what guarded() did.
    static QString guarded(const QString &cell);
    // What an importer reads back: one leading apostrophe dropped where guarded() would have put it.
    static QString unguarded(const QString &cell);

    // Decodes a whole file's bytes as DESIGN §6 says: false when they are neither valid UTF-8 nor valid
    // GB18030, with errorLine()/errorColumn()/errorString() at the first byte that is not UTF-8 (or, when
    // GB18030 reads further, the first that is not GB18030). *encoding receives "UTF-8" or "GB18030".
    bool decodeFile(const QByteArray &bytes, QString *text, QString *encoding = nullptr);
    // decodeFile() then parse(): what an importer calls.
    bool read(const QByteArray &bytes);
    QString encoding() const { return m_encoding; }

    // For callers that cannot fail: the same choice, but a file that is neither is read as UTF-8 with each
    // bad byte replaced by U+FFFD, so the good text stays as it is.
    static QString decode(const QByteArray &bytes, QString *encoding = nullptr);

    // Parses text; on a syntax error (an unterminated quote, text after a closing quote) returns false
    // with errorLine()/errorColumn()/errorString() set.
    bool parse(const QString &text);

    const QStringList &header() const { return m_header; }
    const QList<Row> &rows() const { return m_rows; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }
    QString errorString() const { return m_error; }

private:
    QStringList m_header;
    QList<Row> m_rows;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QString m_error;
    QString m_encoding;
};
