#pragma once

#include "provider.h"

// PLACEHOLDER: replaced by the real provider.
class MemcachierProvider final : public Provider
{
public:
    MemcachierProvider();
    const ProviderInfo &info() const override { return m_info; }

private:
    ProviderInfo m_info;
};
