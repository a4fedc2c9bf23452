#include "instartprovider.h"

InstartProvider::InstartProvider()
{
    m_info.type = QStringLiteral("instart");
    m_info.displayName = QStringLiteral("instart");
    m_info.matches = {MatchKind::Exact};
}
