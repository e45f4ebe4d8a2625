#include "gorun/lib/Natives.h"

#include <unordered_map>

namespace cacophony::gorun {

namespace {

struct Table
{
    Table()
    {
        for (auto list : {fmtNatives(), stringsNatives(), strconvNatives(), osNatives(), errorsNatives(), runtimeNatives(),
                          randNatives(), logNatives(), syncNatives(), timeNatives()})
            for (const Native &n : list)
                natives.emplace(n.name, n);
    }
    std::unordered_map<std::string_view, Native> natives;
};

} // namespace

const Native *findNative(std::string_view name)
{
    static const Table table;
    auto it = table.natives.find(name);
    return it == table.natives.end() ? nullptr : &it->second;
}

} // namespace cacophony::gorun
