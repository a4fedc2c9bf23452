#include "imgixprovider.h"

ImgixProvider::ImgixProvider()
{
    m_info.type = QStringLiteral("imgix");
    m_info.displayName = QStringLiteral("imgix");
    m_info.matches = {MatchKind::Exact};
}
