# One INTERFACE target carries the language standard, warnings and strict Qt defines.
# Every Callpad target links it, so the rules are stated once.
option(CALLPAD_WERROR "Treat compiler warnings as errors" OFF)

add_library(callpad_common INTERFACE)
# One include root for every target: includes name the library's folder, as in
# "core/history/HistoryStore.h" or "gui/history/HistoryCallsView.h", so no path means two files.
target_include_directories(callpad_common INTERFACE ${PROJECT_SOURCE_DIR}/src)
target_compile_features(callpad_common INTERFACE cxx_std_20)
target_compile_definitions(callpad_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
    QT_NO_KEYWORDS
    CALLPAD_VERSION="${PROJECT_VERSION}")
target_compile_options(callpad_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough
    $<$<BOOL:${CALLPAD_WERROR}>:-Werror>)

# gold links the test executables (each pulls in the static libraries with their debug info)
# in half the time of the default linker; it comes with binutils, so it is there wherever g++ is.
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=gold CALLPAD_LINKER_GOLD)
if(CALLPAD_LINKER_GOLD)
    target_link_options(callpad_common INTERFACE -fuse-ld=gold)
endif()

# callpad_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS callpad_core [GUI])
# One executable, one CTest entry, run headless.
function(callpad_add_test)
    cmake_parse_arguments(ARG "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE callpad_common Qt6::Test ${ARG_LIBS})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.network.ssl.warning=false;${ARG_ENVIRONMENT}")
endfunction()
