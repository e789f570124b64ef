# Runs lupdate on a copy of the Dutch .ts file and fails when that changes anything a
# translator must act on: a new source string, or a Dutch translation left unfinished.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/stuurboord_nl.ts")
configure_file("${SOURCE_DIR}/translations/stuurboord_nl.ts" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none -extensions cpp,h
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${copy}"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    list(SUBLIST unfinished 0 10 first)
    message(FATAL_ERROR "${count} Dutch translations are missing or unfinished, for example:\n${first}\n"
                        "Run `cmake --build build/dev --target update_translations` and translate them.")
endif()
message(STATUS "All Dutch translations are complete.")
