#include "trace/HeapRelease.h"

#include <QFile>
#include <QTest>
#include <cstdlib>
#include <cstring>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace cacophony;

namespace {

// Resident pages of this process, in bytes (/proc/self/statm: size resident ...).
std::int64_t residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readAll().split(' ').value(1).toLongLong() * 4096;
}

bool underSanitizer()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
    return true;
#endif
#endif
    return false;
}

} // namespace

class tst_HeapRelease : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#if !defined(__GLIBC__)
        QSKIP("HeapRelease acts on glibc's malloc only");
#endif
        if (underSanitizer())
            QSKIP("the sanitizers replace malloc");
    }

    void bigBlocksAreMappedAfterABigFree()
    {
#if defined(__GLIBC__)
        HeapRelease::mapBigBlocks();
        // glibc's default would now raise its threshold to 8 MiB and put the next 1 MiB
        // block in the heap.
        void *volatile big = std::malloc(8 << 20);
        std::memset(big, 1, 8 << 20);
        std::free(big);
        const std::size_t mappedBefore = mallinfo2().hblkhd;
        void *volatile block = std::malloc(1 << 20); // volatile: not optimised away
        std::memset(block, 1, 1 << 20);
        const std::size_t mappedAfter = mallinfo2().hblkhd;
        std::free(block);
        QVERIFY2(mappedAfter >= mappedBefore + (1 << 20),
                 qPrintable(QStringLiteral("mapped %1 -> %2").arg(mappedBefore).arg(mappedAfter)));
#endif
    }

    void freePagesGoBackToTheSystem()
    {
        // 64 MiB in 16 KiB blocks, then all freed but the last, which pins the heap's top:
        // malloc keeps the rest resident until it is told to give it back.
        constexpr std::size_t kBlock = 16 << 10, kBlocks = 4096;
        std::vector<void *> blocks(kBlocks);
        for (void *&b : blocks) {
            b = std::malloc(kBlock);
            std::memset(b, 1, kBlock);
        }
        for (std::size_t i = 0; i + 1 < kBlocks; ++i)
            std::free(blocks[i]);
        const std::int64_t before = residentBytes();
        HeapRelease::returnFreePages();
        const std::int64_t after = residentBytes();
        std::free(blocks.back());
        QVERIFY2(before - after >= (32 << 20),
                 qPrintable(QStringLiteral("resident %1 -> %2 bytes").arg(before).arg(after)));
    }
};

QTEST_GUILESS_MAIN(tst_HeapRelease)
#include "tst_heaprelease.moc"
