# cmake -DROOT=<source dir> -DCLANG_FORMAT=<program> -P checkformat.cmake
# Lists every C++ file of the project that clang-format would change, and fails if there is one.
file(GLOB_RECURSE files RELATIVE ${ROOT} ${ROOT}/*.cpp ${ROOT}/*.h)
list(FILTER files EXCLUDE REGEX "^(build|out)[^/]*/")
set(unformatted)
foreach(file ${files})
    execute_process(COMMAND ${CLANG_FORMAT} --style=file --dry-run -Werror ${file}
                    WORKING_DIRECTORY ${ROOT} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        list(APPEND unformatted ${file})
    endif()
endforeach()
if(unformatted)
    list(LENGTH unformatted n)
    string(REPLACE ";" "\n  " listing "${unformatted}")
    message(FATAL_ERROR "${n} file(s) differ from .clang-format (run clang-format -i on them):\n  ${listing}")
endif()
list(LENGTH files n)
message(STATUS "format: ${n} files as .clang-format wants them")
