# SPDX-License-Identifier: GPL-3.0-or-later
# Compile options shared by every ChipTrace target.
add_library(chiptrace_options INTERFACE)
target_compile_definitions(chiptrace_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    CHIPTRACE_VERSION="${PROJECT_VERSION}")
target_compile_options(chiptrace_options INTERFACE -Wall -Wextra -Wno-missing-field-initializers)
if(CHIPTRACE_WERROR)
    target_compile_options(chiptrace_options INTERFACE -Werror)
endif()
if(CHIPTRACE_ASAN)
    target_compile_options(chiptrace_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(chiptrace_options INTERFACE -fsanitize=address,undefined)
endif()

find_program(CHIPTRACE_CCACHE ccache)
if(CHIPTRACE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CHIPTRACE_CCACHE}")
endif()

# chiptrace_unity_build(<target>...): compile each library's sources in batches (unity build)
# when CHIPTRACE_FAST_BUILD is on. A file that cannot share a batch (a clash of file-local
# names) gets the SKIP_UNITY_BUILD_INCLUSION source property, not a rename.
function(chiptrace_unity_build)
    if(CHIPTRACE_FAST_BUILD)
        foreach(target ${ARGN})
            set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 16)
        endforeach()
    endif()
endfunction()

# Flags of the test programs and of the hosts of their precompiled headers (one per flavour,
# with and without the widgets of chiptrace_ui, built once and reused by every test of that
# flavour; every flag that reaches the header must be equal, so the tests share Qt's test-case
# directory macros). A test's own code is compiled without optimisation in every configuration:
# it drives the optimised libraries, and -O2 on ~45 macro-heavy test files would cost minutes
# of every cold build for nothing a test measures.
function(chiptrace_test_flags target)
    set_target_properties(${target} PROPERTIES QT_TESTCASE_BUILDDIR "${PROJECT_BINARY_DIR}/tests")
    target_compile_options(${target} PRIVATE -UQT_TESTCASE_SOURCEDIR -O0)
endfunction()

# chiptrace_add_test(<unit> SOURCES <files...> [LIBS <targets...>] [GUI] [CLI])
# One Qt Test executable per unit, registered with ctest as <unit>. GUI tests run on the
# offscreen platform so they need no display; every test gets its own XDG test paths. CLI marks
# a test that runs the chiptrace executable (Test::chiptrace): only those wait for the app.
function(chiptrace_add_test unit)
    cmake_parse_arguments(ARG "GUI;CLI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    set(target tst_${unit})
    qt_add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test chiptrace_options chiptrace_core chiptrace_testsupport ${ARG_LIBS})
    if(ARG_CLI)
        add_dependencies(${target} chiptrace)
    endif()
    set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests")
    chiptrace_test_flags(${target})
    if(CHIPTRACE_FAST_BUILD)
        if(chiptrace_ui IN_LIST ARG_LIBS)
            target_precompile_headers(${target} REUSE_FROM chiptrace_testpch_ui)
        else()
            target_precompile_headers(${target} REUSE_FROM chiptrace_testpch)
        endif()
    endif()
    add_test(NAME ${unit} COMMAND ${target})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    # ctest runs tests in parallel and Qt's test-mode paths live under $HOME/.qttest: each test
    # gets a home of its own so no two share (or delete) each other's demo case and settings.
    set(home "${PROJECT_BINARY_DIR}/testhome/${unit}")
    file(MAKE_DIRECTORY "${home}")
    set_tests_properties(${unit} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false;HOME=${home}")
endfunction()

# chiptrace_add_plugin(<target> CLASS_NAME <class> SOURCES <files...> [LIBS <targets...>])
# A run-time plugin (e.g. an evidence importer): a qt_add_plugin linking chiptrace_pluginapi,
# not the engine, built into CHIPTRACE_PLUGIN_OUTPUT_DIR and installed with the others.
# From core/ it may include only CHIPTRACE_PLUGIN_API_HEADERS (checked here at configure time);
# --no-undefined makes any other use of the engine a link error instead of a load failure.
function(chiptrace_add_plugin target)
    cmake_parse_arguments(ARG "" "CLASS_NAME" "SOURCES;LIBS" ${ARGN})
    qt_add_plugin(${target} SHARED CLASS_NAME ${ARG_CLASS_NAME} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE chiptrace_options chiptrace_pluginapi ${ARG_LIBS})
    # Export only the plugin entry points: the copy of the API inside must not clash with the
    # application's or another plugin's.
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${CHIPTRACE_PLUGIN_OUTPUT_DIR}"
        CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
    target_link_options(${target} PRIVATE "LINKER:--exclude-libs,ALL" "LINKER:--no-undefined")
    install(TARGETS ${target} LIBRARY DESTINATION "${CHIPTRACE_PLUGIN_INSTALL_DIR}")
    chiptrace_unity_build(${target})
    foreach(source ${ARG_SOURCES})
        get_filename_component(path "${source}" ABSOLUTE)
        if(NOT path MATCHES "\\.(h|cpp)$")
            continue()
        endif()
        file(STRINGS "${path}" includes REGEX "^#include \"[a-z]+/[^\"]+\"")
        foreach(line ${includes})
            string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" header "${line}")
            if(EXISTS "${PROJECT_SOURCE_DIR}/core/${header}" AND NOT header IN_LIST CHIPTRACE_PLUGIN_API_HEADERS)
                message(FATAL_ERROR "${path} includes core/${header}, which is not in the plugin API "
                    "(CHIPTRACE_PLUGIN_API_HEADERS in core/CMakeLists.txt)")
            endif()
        endforeach()
    endforeach()
endfunction()
