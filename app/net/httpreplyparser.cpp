#include "httpreplyparser.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <cctype>
#include <charconv>

namespace {
struct HttpReplyParserTr
{
    Q_DECLARE_TR_FUNCTIONS(HttpReplyParser)
};

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

// Whether a comma-separated header value (Connection, Transfer-Encoding) lists token.
bool listsToken(QByteArrayView value, QByteArrayView token)
{
    while (!value.isEmpty()) {
        qsizetype comma = value.indexOf(',');
        QByteArrayView item = (comma < 0 ? value : value.first(comma)).trimmed();
        if (item.compare(token, Qt::CaseInsensitive) == 0)
            return true;
        if (comma < 0)
            break;
        value = value.sliced(comma + 1);
    }
    return false;
}

// The last coding of a Transfer-Encoding list.
QByteArrayView lastToken(QByteArrayView value)
{
    const qsizetype comma = value.lastIndexOf(',');
    return (comma < 0 ? value : value.sliced(comma + 1)).trimmed();
}

bool parseDecimal(QByteArrayView text, qint64 &value)
{
    text = text.trimmed();
    if (text.isEmpty())
        return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size() && value >= 0;
}
} // namespace

HttpReplyParser::Progress HttpReplyParser::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
    m_keepAlive = false;
    return Progress::Malformed;
}

bool HttpReplyParser::takeLine(const QByteArray &input, qsizetype &offset, QByteArrayView &line)
{
    const qsizetype newline = input.indexOf('\n', offset);
    if (newline < 0)
        return false;
    qsizetype end = newline;
    if (end > offset && input.at(end - 1) == '\r')
        --end;
    line = QByteArrayView(input).sliced(offset, end - offset);
    m_headerBytes += newline + 1 - offset;
    offset = newline + 1;
    return true;
}

HttpReplyParser::Progress HttpReplyParser::feed(QByteArray &input)
{
    if (m_state == State::Failed)
        return Progress::Malformed;
    if (!input.isEmpty())
        m_started = true;
    qsizetype offset = 0;
    const auto consumed = qScopeGuard([&] { input.remove(0, offset); });
    QByteArrayView line;
    while (m_state != State::Done) {
        switch (m_state) {
        case State::StatusLine:
        case State::Headers:
        case State::Trailers:
        case State::ChunkSize:
        case State::ChunkDataEnd:
            if (!takeLine(input, offset, line)) {
                if (m_headerBytes + input.size() - offset > kMaxHeaderBytes)
                    return fail(HttpReplyParserTr::tr("header section longer than %1 bytes").arg(kMaxHeaderBytes));
                return Progress::NeedMore;
            }
            if (m_headerBytes > kMaxHeaderBytes)
                return fail(HttpReplyParserTr::tr("header section longer than %1 bytes").arg(kMaxHeaderBytes));
            if (m_state == State::StatusLine) {
                if (line.isEmpty() && m_headerBytes <= 2)
                    continue;   // tolerated: a stray CRLF before the status line
                if (!parseStatusLine(line))
                    return fail(HttpReplyParserTr::tr("not an HTTP/1.x status line: \"%1\"")
                                    .arg(QString::fromLatin1(line.first(qMin<qsizetype>(line.size(), 60)))));
                m_state = State::Headers;
            } else if (m_state == State::Headers) {
                if (!line.isEmpty()) {
                    if (!parseHeaderLine(line))
                        return fail(HttpReplyParserTr::tr("malformed header line \"%1\"")
                                        .arg(QString::fromLatin1(line.first(qMin<qsizetype>(line.size(), 60)))));
                } else if (m_status >= 100 && m_status < 200) {
                    if (m_status == 101)
                        return fail(HttpReplyParserTr::tr("unexpected protocol switch (HTTP 101)"));
                    // An interim reply (100 Continue, 103 Early Hints): the real one follows.
                    m_headers.clear();
                    m_headerBytes = 0;
                    m_state = State::StatusLine;
                } else {
                    m_headerBytes = 0;
                    beginBody();
                    if (m_state == State::Failed)
                        return Progress::Malformed;
                }
            } else if (m_state == State::ChunkSize) {
                if (!parseChunkSize(line))
                    return fail(HttpReplyParserTr::tr("malformed chunk size \"%1\"")
                                    .arg(QString::fromLatin1(line.first(qMin<qsizetype>(line.size(), 30)))));
                if (m_state == State::Failed)
                    return Progress::Malformed;
                m_headerBytes = 0;   // the line limit applies to each chunk line, not to their sum
            } else if (m_state == State::ChunkDataEnd) {
                if (!line.isEmpty())
                    return fail(HttpReplyParserTr::tr("chunk not followed by a line break"));
                m_headerBytes = 0;
                m_state = State::ChunkSize;
            } else if (line.isEmpty()) {   // Trailers: ignored, up to the empty line
                m_state = State::Done;
            }
            break;
        case State::FixedBody:
        case State::ChunkData: {
            const qsizetype available = qMin<qint64>(m_remaining, input.size() - offset);
            if (available == 0)
                return Progress::NeedMore;
            m_body.append(input.constData() + offset, available);
            offset += available;
            m_remaining -= available;
            if (m_remaining == 0)
                m_state = m_state == State::FixedBody ? State::Done : State::ChunkDataEnd;
            break;
        }
        case State::UntilClose:
            if (!appendBody(QByteArrayView(input).sliced(offset)))
                return Progress::Malformed;
            offset = input.size();
            return Progress::NeedMore;
        case State::Done:
        case State::Failed:
            break;
        }
    }
    return Progress::Complete;
}

HttpReplyParser::Progress HttpReplyParser::closed()
{
    m_keepAlive = false;
    switch (m_state) {
    case State::UntilClose:
        m_state = State::Done;
        return Progress::Complete;
    case State::Done:
        return Progress::Complete;
    case State::Failed:
        return Progress::Malformed;
    case State::FixedBody:
        return fail(HttpReplyParserTr::tr("connection closed with %1 of the reply's body bytes still to come").arg(m_remaining));
    default:
        return fail(m_started ? HttpReplyParserTr::tr("connection closed before the reply was complete")
                              : HttpReplyParserTr::tr("connection closed without a reply"));
    }
}

bool HttpReplyParser::parseStatusLine(QByteArrayView line)
{
    // HTTP-version SP 3DIGIT [SP reason-phrase]
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line.at(8) != ' ')
        return false;
    m_http10 = line.at(7) == '0';
    const QByteArrayView code = line.sliced(9, 3);
    if (line.size() > 12 && line.at(12) != ' ')
        return false;
    int status = 0;
    for (char c : code) {
        if (c < '0' || c > '9')
            return false;
        status = status * 10 + (c - '0');
    }
    if (status < 100)
        return false;
    m_status = status;
    return true;
}

bool HttpReplyParser::parseHeaderLine(QByteArrayView line)
{
    if ((line.front() == ' ' || line.front() == '\t') && !m_headers.isEmpty()) {
        // Obsolete line folding: a continuation of the previous value.
        m_headers.last().second += ' ' + line.trimmed().toByteArray();
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArrayView name = line.first(colon);
    for (char c : name)
        if (!isTokenChar(c))
            return false;
    m_headers.emplaceBack(name.toByteArray(), line.sliced(colon + 1).trimmed().toByteArray());
    return true;
}

void HttpReplyParser::beginBody()
{
    QByteArray connection;
    QByteArray transferEncoding;
    QList<QByteArray> lengths;
    for (const auto &[name, value] : std::as_const(m_headers)) {
        if (name.compare("Connection", Qt::CaseInsensitive) == 0)
            connection += value + ',';
        else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + value;
        else if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            lengths += value.split(',');
    }
    m_keepAlive = m_http10 ? listsToken(connection, "keep-alive") : !listsToken(connection, "close");

    if (m_replyToHead || m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return;
    }
    if (!transferEncoding.isEmpty()) {
        if (lastToken(transferEncoding).compare("chunked", Qt::CaseInsensitive) == 0) {
            m_state = State::ChunkSize;
        } else {
            m_state = State::UntilClose;
            m_keepAlive = false;
        }
        return;
    }
    if (!lengths.isEmpty()) {
        qint64 length = -1;
        for (const QByteArray &text : std::as_const(lengths)) {
            qint64 value = 0;
            if (!parseDecimal(text, value) || (length >= 0 && value != length)) {
                fail(HttpReplyParserTr::tr("invalid Content-Length \"%1\"").arg(QString::fromLatin1(lengths.join(','))));
                return;
            }
            length = value;
        }
        if (length > kMaxBodyBytes) {
            fail(HttpReplyParserTr::tr("reply body of %1 bytes is larger than the %2 MiB limit").arg(length).arg(kMaxBodyBytes >> 20));
            return;
        }
        m_remaining = length;
        m_body.reserve(length);
        m_state = length == 0 ? State::Done : State::FixedBody;
        return;
    }
    // Neither length nor chunked: the body runs until the server closes the connection.
    m_state = State::UntilClose;
    m_keepAlive = false;
}

bool HttpReplyParser::parseChunkSize(QByteArrayView line)
{
    qsizetype end = 0;
    while (end < line.size() && std::isxdigit(static_cast<unsigned char>(line.at(end))))
        ++end;
    if (end == 0 || end > 15)
        return false;
    const QByteArrayView rest = line.sliced(end).trimmed();
    if (!rest.isEmpty() && !rest.startsWith(';'))
        return false;   // chunk extensions follow a semicolon and are ignored
    qint64 size = 0;
    std::from_chars(line.data(), line.data() + end, size, 16);
    if (m_body.size() + size > kMaxBodyBytes) {
        fail(HttpReplyParserTr::tr("reply body larger than the %1 MiB limit").arg(kMaxBodyBytes >> 20));
        return true;
    }
    m_remaining = size;
    m_state = size == 0 ? State::Trailers : State::ChunkData;
    return true;
}

bool HttpReplyParser::appendBody(QByteArrayView bytes)
{
    if (m_body.size() + bytes.size() > kMaxBodyBytes) {
        fail(HttpReplyParserTr::tr("reply body larger than the %1 MiB limit").arg(kMaxBodyBytes >> 20));
        return false;
    }
    m_body.append(bytes);
    return true;
}
