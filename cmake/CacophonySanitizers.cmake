# Sanitizers are scoped to our targets: CACOPHONY_SANITIZE=address;undefined or thread.
set(CACOPHONY_SANITIZE "" CACHE STRING "Sanitizers for project targets (address;undefined or thread)")

function(cacophony_apply_sanitizers target)
    if(CACOPHONY_SANITIZE)
        list(JOIN CACOPHONY_SANITIZE "," _san)
        target_compile_options(${target} PRIVATE -fsanitize=${_san} -fno-omit-frame-pointer -fno-sanitize-recover=all)
        target_link_options(${target} PRIVATE -fsanitize=${_san})
        # Sanitized code runs several times slower: timing tests widen their tolerances.
        target_compile_definitions(${target} PRIVATE CACOPHONY_SANITIZED=1)
    endif()
endfunction()

# Every project target goes through this: warnings and sanitizers in one call.
function(cacophony_target target)
    cacophony_set_warnings(${target})
    cacophony_apply_sanitizers(${target})
endfunction()
