#pragma once

#include "provider.h"

// PLACEHOLDER: replaced by the real provider.
class ImgixProvider final : public Provider
{
public:
    ImgixProvider();
    const ProviderInfo &info() const override { return m_info; }

private:
    ProviderInfo m_info;
};
