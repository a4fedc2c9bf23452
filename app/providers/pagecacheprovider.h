#pragma once

#include "provider.h"

// A Rails page-cache directory on disk (seed 002): purging a page deletes the file Rails wrote,
// so the web server falls through to Rails again. Runs locally, without HTTP.
//
// Settings: `root` is the cache directory (Rails' page_cache_directory, e.g. public/cache) and
// `public_root` the web server's public directory. As in the seed's SiteSweeper, a cache directory
// that is the public directory (or contains it, or is "/" or the home directory) is refused, since
// sweeping it would delete the site's static files.
//
// Targets are absolute http(s) URLs or absolute paths; only the percent-decoded path is used.
// Mapping follows Rails' page_cache_file:
//   exact  /               -> index.html
//          /posts/1        -> posts/1.html
//          /posts/1.html   -> posts/1.html     (a last segment with a '.' maps to itself)
//          /posts/         -> posts.html, and posts/index.html too: servers that map a directory
//                             request to index.html may have served that copy
//   prefix /posts or /posts/ -> everything inside posts/ (the directory itself stays) and posts.html,
//                             since Rails caches /posts as posts.html. Prefixes match whole path
//                             segments: /posts does not cover posts-old.html or posts.json.
//          /               -> the same as all
//   all                    -> the cache directory's contents, never the directory itself. Dot-files
//                             at its top (.gitkeep, .htaccess) stay, as with the seed's
//                             Dir.glob(cache_dir + "/*").
// Safety: ".." or "." segments (also percent-encoded), NUL bytes and "//host" paths are refused;
// symbolic links are removed as links and never followed; every removal is checked to lie inside
// the canonical cache directory. A target with no cached file is not an error ("not cached").
class PageCacheProvider final : public Provider
{
public:
    PageCacheProvider();
    const ProviderInfo &info() const override { return m_info; }

    QString validateSource(const SourceConfig &source) const override;
    QString validateBatch(const SourceConfig &source, const PurgeBatch &batch) const override;
    Outcome runLocal(const SourceConfig &source, const PurgeBatch &batch) const override;

    // The cache-relative files an exact target maps to (for previews and tests); empty with an
    // error message in *error when the target is refused.
    static QStringList exactFiles(const QString &target, QString *error = nullptr);

private:
    ProviderInfo m_info;
};
