#include "pagecacheprovider.h"

PageCacheProvider::PageCacheProvider()
{
    m_info.type = QStringLiteral("page-cache");
    m_info.displayName = QStringLiteral("page-cache");
    m_info.matches = {MatchKind::Exact};
}
