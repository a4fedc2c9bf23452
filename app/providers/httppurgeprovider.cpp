#include "httppurgeprovider.h"

HttpPurgeProvider::HttpPurgeProvider()
{
    m_info.type = QStringLiteral("http-purge");
    m_info.displayName = QStringLiteral("http-purge");
    m_info.matches = {MatchKind::Exact};
}
