#include "trace/HeapRelease.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cacophony {

void HeapRelease::mapBigBlocks()
{
#if defined(__GLIBC__)
    // Setting it explicitly also turns glibc's dynamic adjustment off.
    mallopt(M_MMAP_THRESHOLD, kMappedBlockBytes);
#endif
}

void HeapRelease::returnFreePages()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace cacophony
