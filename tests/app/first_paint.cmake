# Runs `callpad --demo --quit-after-first-paint` with a profile of its own and fails unless
# it exits 0. Called by CTest with -DCALLPAD=<executable> -DPROFILE=<folder to create>.
file(REMOVE_RECURSE ${PROFILE})
file(MAKE_DIRECTORY ${PROFILE}/config ${PROFILE}/data ${PROFILE}/cache ${PROFILE}/runtime)
file(CHMOD ${PROFILE}/runtime DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)

execute_process(
    COMMAND ${CMAKE_COMMAND} -E env
        --unset=OPPER_API_KEY --unset=OPPER_BASE_URL
        QT_QPA_PLATFORM=offscreen
        HOME=${PROFILE}
        XDG_CONFIG_HOME=${PROFILE}/config
        XDG_DATA_HOME=${PROFILE}/data
        XDG_CACHE_HOME=${PROFILE}/cache
        XDG_RUNTIME_DIR=${PROFILE}/runtime
        ${CALLPAD} --demo --quit-after-first-paint
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output
    TIMEOUT 90)

if(NOT result STREQUAL "0")
    message(FATAL_ERROR "callpad --demo --quit-after-first-paint ended with '${result}':\n${output}")
endif()
if(NOT output MATCHES "callpad: first paint [0-9]+ ms after start")
    message(FATAL_ERROR "callpad exited 0 without saying when it painted:\n${output}")
endif()
if(NOT EXISTS ${PROFILE}/data/Callpad/Callpad/history.sqlite)
    message(FATAL_ERROR "callpad exited 0 but never opened its history in ${PROFILE}/data")
endif()
message(STATUS "callpad painted its first window and exited 0")
