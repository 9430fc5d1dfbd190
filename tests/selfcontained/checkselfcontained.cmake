# cmake -DROOT=<source dir> -P checkselfcontained.cmake
# Every file the build, the scripts and the programs read must be inside the repository: test data lives in
# tests/data (with its licence and source), resources in resources/. This lists each line of code (comments
# aside) that names the folder beside the repository, and fails if there is one.
cmake_policy(SET CMP0007 NEW)
file(GLOB_RECURSE files RELATIVE ${ROOT}
     ${ROOT}/*.cpp ${ROOT}/*.h ${ROOT}/*.cmake ${ROOT}/*CMakeLists.txt ${ROOT}/*.sh ${ROOT}/*.py ${ROOT}/*.qrc)
list(FILTER files EXCLUDE REGEX "^(build|out)[^/]*/")
list(FILTER files EXCLUDE REGEX "^tests/selfcontained/")
set(found)
foreach(file ${files})
    file(STRINGS ${ROOT}/${file} lines REGEX "(\\.\\./shared|/work/shared|FD_SHARED_DIR|PROJECT_SOURCE_DIR}/\\.\\.)")
    foreach(line ${lines})
        # A comment saying where a copy came from reads nothing.
        if(NOT line MATCHES "^[ \t]*(//|#|\\*)")
            string(STRIP "${line}" line)
            string(REPLACE ";" "," line "${line}")
            list(APPEND found "${file}: ${line}")
        endif()
    endforeach()
endforeach()
if(found)
    list(LENGTH found n)
    string(REPLACE ";" "\n  " listing "${found}")
    message(FATAL_ERROR "${n} line(s) read outside the repository (copy the data into tests/data):\n  ${listing}")
endif()
list(LENGTH files n)
message(STATUS "self_contained: ${n} files name nothing outside the repository")
