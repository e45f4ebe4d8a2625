#pragma once

// Gives memory that a long run has freed back to the system. glibc's malloc keeps freed
// memory inside its arenas: a continuous run that drops and re-allocates its window for an
// hour grows in resident size although it holds no more (docs/performance.md, "An hour of
// scenario 9 at 6000 BPM"). A no-op where the C library is not glibc.
//
// Thread-safe (malloc's own locks); each call walks every arena, so call it rarely.

namespace cacophony {

class HeapRelease
{
public:
    // Big blocks (>= kMappedBlockBytes) get their own mapping, always, and go back to the
    // system when freed. glibc otherwise raises that threshold to the size of every such
    // block freed (up to 32 MiB), and a window's blocks of several MiB then land in the
    // heap, where the holes they leave stay resident. Affects the whole process; for
    // long runs, once.
    static void mapBigBlocks();
    static constexpr int kMappedBlockBytes = 256 * 1024;

    // Returns the free pages inside every arena to the system (malloc_trim), e.g. after a
    // continuous run dropped the oldest part of its window. A few milliseconds.
    static void returnFreePages();
};

} // namespace cacophony
