# cmake -DINPUT=FILE -DOUTPUT=FILE.gz -P gzip.cmake
# Debian wants manual pages and changelogs compressed with gzip -9 and without a timestamp (-n),
# so that two builds of the same sources give the same package.
execute_process(COMMAND gzip -9 -n -c "${INPUT}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "gzip ${INPUT} failed: ${result}")
endif()
