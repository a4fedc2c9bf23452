// LD_PRELOAD probe for the engine benchmark (bench/run.sh): measures what SQLite's
// synchronous=FULL costs the purgeline process.
//
//   PURGELINE_FSYNC_PROBE=count   (default) forward fsync/fdatasync to libc and time them
//   PURGELINE_FSYNC_PROBE=skip    return 0 at once (like eatmydata): what the run would take
//                                 without durable commits
//   PURGELINE_FSYNC_PROBE_REPORT=FILE   where "program=P calls=N seconds=S mode=M" is appended at
//                                       exit, one line per process (stderr when unset)
//
// It is a benchmark tool only; nothing in the product loads it.

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <time.h>

namespace {

std::atomic<long long> g_calls{0};
std::atomic<long long> g_nanoseconds{0};

bool skipping()
{
    static const bool skip = [] {
        const char *mode = std::getenv("PURGELINE_FSYNC_PROBE");
        return mode && std::strcmp(mode, "skip") == 0;
    }();
    return skip;
}

long long nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

template<typename Function>
int timed(const char *name, int fd)
{
    g_calls.fetch_add(1, std::memory_order_relaxed);
    if (skipping())
        return 0;
    static Function real = reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
    const long long start = nowNs();
    const int result = real ? real(fd) : -1;
    g_nanoseconds.fetch_add(nowNs() - start, std::memory_order_relaxed);
    return result;
}

__attribute__((destructor)) void report()
{
    char name[64] = "?";
    if (FILE *comm = std::fopen("/proc/self/comm", "r")) {
        if (std::fgets(name, sizeof name, comm))
            name[std::strcspn(name, "\n")] = 0;
        std::fclose(comm);
    }
    char line[256];
    std::snprintf(line, sizeof line, "program=%s calls=%lld seconds=%.3f mode=%s\n", name, g_calls.load(),
                  double(g_nanoseconds.load()) / 1e9, skipping() ? "skip" : "count");
    // Appended, one line per process, so a wrapper (time, env) cannot hide the probed program.
    const char *path = std::getenv("PURGELINE_FSYNC_PROBE_REPORT");
    FILE *out = path && *path ? std::fopen(path, "a") : nullptr;
    std::fputs(line, out ? out : stderr);
    if (out)
        std::fclose(out);
}

} // namespace

using SyncFunction = int (*)(int);

extern "C" int fsync(int fd)
{
    return timed<SyncFunction>("fsync", fd);
}

extern "C" int fdatasync(int fd)
{
    return timed<SyncFunction>("fdatasync", fd);
}
