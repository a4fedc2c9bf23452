# cmake -DPURGELINE=BINARY -DOUTPUT=purgeline.1 -P manpage.cmake
# The manual page is what the binary says about itself (purgeline help --man): the same
# declarations as its --help, so the two cannot drift.
execute_process(COMMAND "${CMAKE_COMMAND}" -E env LANG=C.UTF-8 LC_ALL=C.UTF-8 "${PURGELINE}" help --man
                OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${PURGELINE} help --man failed: ${result}")
endif()
