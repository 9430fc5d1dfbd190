# fd_add_qtest(NAME SOURCES <files> LIBS <targets>)
# One QtTest executable per suite, registered with CTest. GUI suites run offscreen so they need no display.
function(fd_add_qtest name)
    cmake_parse_arguments(arg "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBS})
    target_compile_definitions(${name} PRIVATE
        FD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        FD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC"
        TIMEOUT 300)
endfunction()
