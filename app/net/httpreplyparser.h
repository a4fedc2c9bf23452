#pragma once

#include "core/httpexchange.h"

#include <QByteArray>
#include <QString>

// Reads one HTTP/1.1 reply from the bytes of a connection as they arrive (RFC 9112): the status
// line, header fields, and a body framed by Content-Length, by chunked transfer coding, or by
// the server closing the connection. Interim 1xx replies are skipped. Limits on the header
// section and the body keep a misbehaving server from growing memory without bound.
class HttpReplyParser
{
public:
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;

    enum class Progress { NeedMore, Complete, Malformed };

    // A reply to HEAD has no body whatever its headers say.
    explicit HttpReplyParser(bool replyToHead = false) : m_replyToHead(replyToHead) {}

    // Consumes what it can from the front of input; bytes after a complete reply stay there.
    Progress feed(QByteArray &input);
    // The server closed the connection: completes a body that runs until the close.
    Progress closed();

    bool started() const { return m_started; }
    int status() const { return m_status; }
    const HeaderList &headers() const { return m_headers; }
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    // Whether the connection may carry another request after this reply.
    bool keepAlive() const { return m_keepAlive; }
    QString error() const { return m_error; }

private:
    enum class State { StatusLine, Headers, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailers, UntilClose, Done, Failed };

    // Takes one CRLF- (or LF-) terminated line starting at offset; false while it is incomplete.
    bool takeLine(const QByteArray &input, qsizetype &offset, QByteArrayView &line);
    bool parseStatusLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    bool parseChunkSize(QByteArrayView line);
    // After the header section: decides how the body is framed.
    void beginBody();
    bool appendBody(QByteArrayView bytes);
    Progress fail(const QString &why);

    bool m_replyToHead = false;
    State m_state = State::StatusLine;
    bool m_started = false;
    bool m_http10 = false;
    int m_status = 0;
    HeaderList m_headers;
    qsizetype m_headerBytes = 0;
    QByteArray m_body;
    qint64 m_remaining = 0;   // bytes left in the fixed body or the current chunk
    bool m_keepAlive = true;
    QString m_error;
};
