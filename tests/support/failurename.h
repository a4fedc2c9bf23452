#pragma once

#include "core/httpexchange.h"

#include <QByteArray>

// The enumerator's name, so a test's failure message says which failure it saw.
inline QByteArray failureName(HttpReply::Failure failure)
{
    switch (failure) {
    case HttpReply::Failure::None:
        return "None";
    case HttpReply::Failure::Timeout:
        return "Timeout";
    case HttpReply::Failure::Connection:
        return "Connection";
    case HttpReply::Failure::Tls:
        return "Tls";
    case HttpReply::Failure::Refused:
        return "Refused";
    case HttpReply::Failure::Cancelled:
        return "Cancelled";
    case HttpReply::Failure::Protocol:
        return "Protocol";
    }
    return "?";
}
