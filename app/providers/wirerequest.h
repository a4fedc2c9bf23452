#pragma once

#include "core/httpexchange.h"

#include <QByteArray>
#include <QList>

// A request as the server receives it: method, request target and Host header exactly as
// HttpClient::serialize puts them on the wire. Request signatures cover these bytes rather than
// the QUrl they came from, so a signer and the server that checks it (a provider, or a test's
// fake provider) work on one form.
struct WireRequest
{
    QByteArray method;
    QByteArray scheme;  // "https"; not on the wire, but EdgeGrid signs it
    QByteArray target;  // "/path?query", percent-encoded as sent
    HeaderList headers; // as sent, Host included
    QByteArray body;

    // The wire form of spec: the target is url.toEncoded() without scheme, authority and
    // fragment, and a missing Host header is added the way HttpClient adds it.
    static WireRequest fromSpec(const HttpRequestSpec &spec);

    QByteArray header(const QByteArray &name) const; // first value, case-insensitive
    QList<QByteArray> headerValues(const QByteArray &name) const;
    QByteArray host() const { return header("Host"); }
    QByteArray path() const;  // the target up to '?'
    QByteArray query() const; // the target after '?', empty when there is none
    bool hasQuery() const { return target.contains('?'); }
};

// The Host header HttpClient sends for url: the host, in brackets when it is an IPv6 address,
// with ":port" when the port is not the scheme's default.
QByteArray hostHeaderFor(const QUrl &url);
