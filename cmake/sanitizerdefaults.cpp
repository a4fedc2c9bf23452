// Defaults for the sanitizers' runtimes in a PURGELINE_SANITIZE build, compiled into every
// executable there (see Instrumentation.cmake). The runtimes call these before main; the
// environment's ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS are applied after them.

extern "C" {

// Leak detection stays on; a report makes the exit status non-zero, which fails the test.
// Child processes the tests start (the command line, servers) are built the same way.
const char *__asan_default_options()
{
    return "detect_leaks=1:check_initialization_order=1:external_symbolizer_path=" PURGELINE_SYMBOLIZER;
}

const char *__ubsan_default_options()
{
    return "print_stacktrace=1:halt_on_error=1:external_symbolizer_path=" PURGELINE_SYMBOLIZER;
}

// Leaks in the libraries we use, not in our code: each entry says why in lsan.supp.
const char *__lsan_default_options()
{
    return "suppressions=" PURGELINE_LSAN_SUPPRESSIONS ":print_suppressions=0";
}
}
