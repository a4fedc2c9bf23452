#pragma once

#include "provider.h"

// PLACEHOLDER: replaced by the real provider.
class InstartProvider final : public Provider
{
public:
    InstartProvider();
    const ProviderInfo &info() const override { return m_info; }

private:
    ProviderInfo m_info;
};
