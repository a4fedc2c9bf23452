#pragma once

#include "provider.h"

// PLACEHOLDER: replaced by the real provider.
class HttpPurgeProvider final : public Provider
{
public:
    HttpPurgeProvider();
    const ProviderInfo &info() const override { return m_info; }

private:
    ProviderInfo m_info;
};
