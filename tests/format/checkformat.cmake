# cmake -DROOT=<source dir> -DCLANG_FORMAT=<program> -P checkformat.cmake
# Lists every C++ file of the project that clang-format would change, and fails if there is one. One
# clang-format run over all files: it names each file it would change in its warnings.
file(GLOB_RECURSE files RELATIVE ${ROOT} ${ROOT}/*.cpp ${ROOT}/*.h)
list(FILTER files EXCLUDE REGEX "^(build|out)[^/]*/")
execute_process(COMMAND ${CLANG_FORMAT} --style=file --dry-run -Werror ${files}
                WORKING_DIRECTORY ${ROOT} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE diagnostics)
list(LENGTH files n)
if(NOT rc EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted" lines "${diagnostics}")
    set(unformatted)
    foreach(line ${lines})
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error: code should be clang-formatted" "" file "${line}")
        list(APPEND unformatted ${file})
    endforeach()
    list(REMOVE_DUPLICATES unformatted)
    if(NOT unformatted)
        message(FATAL_ERROR "clang-format failed:\n${diagnostics}")
    endif()
    list(LENGTH unformatted bad)
    string(REPLACE ";" "\n  " listing "${unformatted}")
    message(FATAL_ERROR "${bad} of ${n} file(s) differ from .clang-format (run clang-format -i on them):\n  ${listing}")
endif()
message(STATUS "format: ${n} files as .clang-format wants them")
