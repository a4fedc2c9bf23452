// Path mapping from outside: a source's `map` setting or a --map (first line of the input), and
// the repository paths and local files it maps (the other lines). Every URL it makes must be an
// absolute URL under one of the prefixes it was given.
#include "changes/pathmapper.h"
#include "changes/sourcemapping.h"
#include "core/sourceconfig.h"
#include "fuzzinput.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [settingLine, rest] = FuzzInput::firstLine(FuzzInput::bytes(data, size));
    const QString setting = QString::fromUtf8(settingLine);
    const QStringList paths = FuzzInput::lines(rest);

    PathMapper mapper;
    const QString error = mapper.addSetting(setting);
    if (error.isEmpty()) {
        for (const QString &path : paths) {
            for (const QString &url : mapper.urls(path)) {
                FUZZ_CHECK(std::any_of(
                    mapper.rules().cbegin(), mapper.rules().cend(),
                    [&](const PathMapper::Rule &rule) { return url.startsWith(rule.urlPrefix); }));
                FUZZ_CHECK(QUrl(url).isValid());
            }
        }
    }

    SourceConfig source;
    source.settings.insert(QStringLiteral("map"), setting);
    const SourceMapping mapping = SourceMapping::of(source);
    FUZZ_CHECK(mapping.problem().isEmpty() || !error.isEmpty());
    const PathMapper repository = mapping.repositoryMapper(QStringLiteral("/srv/site"));
    for (const QString &path : paths) {
        (void)repository.urls(path);
        (void)mapping.urlsForLocalFile(path);
        (void)SourceMapping::localKey(path);
    }
    (void)mapping.localUnmappedReason();
    return 0;
}
