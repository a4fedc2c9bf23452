# Instrumented builds, each in a build directory of its own (scripts/test.sh uses build-asan):
#   -DPURGELINE_SANITIZE=ON  everything built with AddressSanitizer (leaks included) and
#                            UndefinedBehaviorSanitizer; the first report ends the process with
#                            an error, so a test that triggers one fails.
#   -DPURGELINE_FUZZ=ON      also the libFuzzer targets of fuzz/, with the engine libraries
#                            instrumented for coverage; needs clang (clang++-14 on Debian 12).
# Options for the sanitizers' runtimes (and the leak suppressions) are compiled into every
# executable (sanitizerdefaults.cpp), so tests, the processes they start and a ctest run by hand
# all report alike; ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS still override them.
option(PURGELINE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(PURGELINE_FUZZ "Build the libFuzzer targets in fuzz/ (clang only; implies PURGELINE_SANITIZE)" OFF)

if(PURGELINE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PURGELINE_FUZZ needs clang for libFuzzer: configure with -DCMAKE_CXX_COMPILER=clang++-14")
  endif()
  set(PURGELINE_SANITIZE ON)
endif()

if(PURGELINE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
  # Reports name files and lines only when the runtime finds the symbolizer (Debian: llvm-14).
  find_program(PURGELINE_SYMBOLIZER NAMES llvm-symbolizer llvm-symbolizer-14 HINTS /usr/lib/llvm-14/bin)
  if(NOT PURGELINE_SYMBOLIZER)
    set(PURGELINE_SYMBOLIZER "")
  endif()
  add_library(purgeline_sanitizerdefaults OBJECT ${CMAKE_CURRENT_LIST_DIR}/sanitizerdefaults.cpp)
  target_compile_definitions(purgeline_sanitizerdefaults
    PRIVATE PURGELINE_LSAN_SUPPRESSIONS="${CMAKE_CURRENT_LIST_DIR}/lsan.supp"
            PURGELINE_SYMBOLIZER="${PURGELINE_SYMBOLIZER}")
  # Every target defined from here on links the defaults in.
  link_libraries(purgeline_sanitizerdefaults)
endif()

# After the engine's libraries exist: coverage for the fuzzer in the code it explores.
function(purgeline_instrument_for_fuzzing)
  if(PURGELINE_FUZZ)
    foreach(library ${ARGN})
      target_compile_options(${library} PRIVATE -fsanitize=fuzzer-no-link)
    endforeach()
  endif()
endfunction()
