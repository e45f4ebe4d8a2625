# Fails if a user-visible string lacks a Polish or German translation: runs lupdate over
# the UI sources into copies of the .ts files (so a new tr() counts even if nobody ran
# the update target), then lrelease, which must report 0 unfinished and none untranslated.
#   cmake -DLUPDATE=... -DLRELEASE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
file(MAKE_DIRECTORY ${WORK_DIR})
set(failed "")
foreach(lang pl de)
    set(ts ${WORK_DIR}/cacophony_${lang}.ts)
    configure_file(${SOURCE_DIR}/translations/cacophony_${lang}.ts ${ts} COPYONLY)
    execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none -I ${SOURCE_DIR}/ui -I ${SOURCE_DIR}/core
                            ${SOURCE_DIR}/ui ${SOURCE_DIR}/core/session -ts ${ts}
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${lang}")
    endif()
    execute_process(COMMAND ${LRELEASE} ${ts} -qm ${WORK_DIR}/cacophony_${lang}.qm
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    message(STATUS "${lang}: ${out}")
    if(NOT rc EQUAL 0 OR NOT out MATCHES "\\(([0-9]+) finished and 0 unfinished\\)" OR out MATCHES "untranslated")
        list(APPEND failed ${lang})
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "Untranslated strings in: ${failed}. Build the cacophony_lupdate target and "
                        "translate the entries marked unfinished in translations/*.ts.")
endif()
