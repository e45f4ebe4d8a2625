# One place for the project's warning flags; applied per target so that
# third-party and generated code keep their own.
function(cacophony_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wshadow -Woverloaded-virtual -Wnon-virtual-dtor -Wpedantic)
endfunction()
