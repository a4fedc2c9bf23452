#pragma once

#include "provider.h"

// PLACEHOLDER: replaced by the real provider.
class PageCacheProvider final : public Provider
{
public:
    PageCacheProvider();
    const ProviderInfo &info() const override { return m_info; }

private:
    ProviderInfo m_info;
};
