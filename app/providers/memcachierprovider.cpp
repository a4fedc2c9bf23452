#include "memcachierprovider.h"

MemcachierProvider::MemcachierProvider()
{
    m_info.type = QStringLiteral("memcachier");
    m_info.displayName = QStringLiteral("memcachier");
    m_info.matches = {MatchKind::Exact};
}
