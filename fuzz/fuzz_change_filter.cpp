// What decides which changed files of a deploy are purged: --include and --exclude globs over
// repository paths (which a repository may hold in any bytes), and --only images, which judges a
// file by its bytes. Input lines: "+GLOB" an include, "-GLOB" an exclude, anything else a path;
// after a line "--", the rest is a file's content.
#include "changes/changedfile.h"
#include "changes/changefilter.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzInput::bytes(data, size);
    const qsizetype split = bytes.indexOf("\n--\n");
    const QByteArray listBytes = split < 0 ? bytes : bytes.left(split);
    const QByteArray content = split < 0 ? QByteArray() : bytes.mid(split + 4);

    QStringList includes;
    QStringList excludes;
    QList<QByteArray> rawPaths;
    for (const QByteArray &line : listBytes.split('\n')) {
        if (line.startsWith('+'))
            includes << QString::fromUtf8(line.mid(1));
        else if (line.startsWith('-'))
            excludes << QString::fromUtf8(line.mid(1));
        else
            rawPaths << line;
    }

    for (const ChangeFilter::Only only : {ChangeFilter::Only::All, ChangeFilter::Only::Images}) {
        ChangeFilter filter;
        const QString error = filter.configure(only, includes, excludes);
        if (!error.isEmpty())
            continue;
        for (const QByteArray &raw : rawPaths) {
            ChangedFile file;
            file.rawPath = raw;
            file.path = PathText::decode(raw, &file.decodable);
            if (file.decodable)
                FUZZ_CHECK(file.path.toUtf8() == raw);
            (void)filter.checkPath(file.path);
            const ChangeFilter::TypeVerdict verdict = filter.checkType(file, content, !content.isEmpty());
            FUZZ_CHECK(verdict.accepted || !verdict.reason.isEmpty());
        }
    }
    return 0;
}
