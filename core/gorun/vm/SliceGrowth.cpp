#include "gorun/vm/SliceGrowth.h"

#include "go/types/Object.h"
#include "go/types/Type.h"

#include <algorithm>
#include <array>

namespace cacophony::gorun {

using go::BasicKind;
using go::TypeKind;

namespace {

// runtime/sizeclasses.go (Go 1.19)
constexpr std::array<std::int64_t, 68> kClasses = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384,
    416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072,
    3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568,
    14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

std::int64_t roundUpSize(std::int64_t size)
{
    if (size <= 32768)
        return *std::lower_bound(kClasses.begin(), kClasses.end(), size);
    return (size + 8191) / 8192 * 8192;
}

std::int64_t alignOf(const go::Type *t)
{
    const go::Type *u = t->underlying();
    if (u->kind() == TypeKind::Struct) {
        std::int64_t a = 1;
        for (const go::Object *f : u->m_fields)
            a = std::max(a, alignOf(f->type()));
        return a;
    }
    if (u->kind() == TypeKind::Array)
        return alignOf(u->m_elem);
    return std::min<std::int64_t>(goSizeof(t) == 0 ? 1 : goSizeof(t), 8);
}

} // namespace

std::int64_t goSizeof(const go::Type *t)
{
    const go::Type *u = t->underlying();
    switch (u->kind()) {
    case TypeKind::Basic:
        switch (u->basic()) {
        case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8: return 1;
        case BasicKind::Int16: case BasicKind::Uint16: return 2;
        case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: return 4;
        case BasicKind::String: return 16;
        default: return 8;
        }
    case TypeKind::Slice: return 24;
    case TypeKind::Interface: return 16;
    case TypeKind::Array: return u->m_length * goSizeof(u->m_elem);
    case TypeKind::Struct: {
        std::int64_t size = 0;
        for (const go::Object *f : u->m_fields) {
            const std::int64_t a = alignOf(f->type());
            size = (size + a - 1) / a * a + goSizeof(f->type());
        }
        const std::int64_t a = alignOf(t);
        return (size + a - 1) / a * a;
    }
    default: return 8;
    }
}

std::int64_t growCap(std::int64_t oldCap, std::int64_t needed, std::int64_t elemSize)
{
    std::int64_t newCap = oldCap;
    const std::int64_t doubled = newCap + newCap;
    if (needed > doubled) {
        newCap = needed;
    } else if (oldCap < 256) {
        newCap = doubled;
    } else {
        while (0 < newCap && newCap < needed)
            newCap += (newCap + 3 * 256) / 4;
        if (newCap <= 0)
            newCap = needed;
    }
    if (elemSize <= 0)
        return newCap;
    return roundUpSize(newCap * elemSize) / elemSize;
}

} // namespace cacophony::gorun
