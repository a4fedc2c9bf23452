// The .edgerc file `source add --edgerc FILE [--section NAME]` reads: the file format on its own,
// and every provider that reads a settings file, through the registry. The first line of the
// input names the section; the rest is the file.
#include "fuzzinput.h"
#include "providers/edgerc.h"
#include "providers/providerregistry.h"

namespace {
// Whether a message that holds the secret can only have quoted it: a short secret ("s") is in many
// words, and one that is also a section's name is quoted as that name.
bool quotingWouldLeak(const QString &text, const QString &section, const QString &secret)
{
    if (secret.size() < 12 || section.contains(secret))
        return false;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.trimmed().startsWith(QLatin1Char('[')) && line.contains(secret))
            return false;
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [sectionLine, fileBytes] = FuzzInput::firstLine(FuzzInput::bytes(data, size));
    const QString section = QString::fromUtf8(sectionLine);
    const QString text = QString::fromUtf8(fileBytes);

    for (const QString &name : {section, QStringLiteral("default")}) {
        QString error;
        const std::optional<EdgeRc> rc = EdgeRc::parse(text, name, &error);
        FUZZ_CHECK(rc.has_value() || !error.isEmpty());
        if (rc) {
            FUZZ_CHECK(rc->maxBody > 0);
            FUZZ_CHECK(!rc->host.isEmpty() && !rc->credentials.clientSecret.isEmpty());
            // A message never quotes the secret: not the one read, here in a failed read of the
            // same file under a section that is not there.
            QString otherError;
            EdgeRc::parse(text, name + QStringLiteral("-absent"), &otherError);
            if (quotingWouldLeak(text, name, rc->credentials.clientSecret))
                FUZZ_CHECK(!otherError.contains(rc->credentials.clientSecret));
        }
    }

    const ProviderRegistry &registry = ProviderRegistry::instance();
    for (const QString &type : registry.types()) {
        const Provider &provider = *registry.find(type);
        if (provider.info().settingsFile.option.isEmpty())
            continue;
        QMap<QString, QString> settings;
        QString secret;
        QString error;
        const bool imported = provider.importSettings(text, section, &settings, &secret, &error);
        FUZZ_CHECK(imported || !error.isEmpty());
        if (!imported && !secret.isEmpty())
            FUZZ_CHECK(!error.contains(secret));
    }
    return 0;
}
