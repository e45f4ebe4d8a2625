#include "gorun/GoRun.h"

#include "gorun/vm/Compiler.h"
#include "gorun/vm/Machine.h"

#include "go/FrontEnd.h"

#include <QFileInfo>

#include <thread>

namespace cacophony::gorun {

GoRun::GoRun(Options options)
    : m_options(std::move(options))
{
}

const char *GoRun::endName(End end)
{
    switch (end) {
    case End::CompileError: return "compile errors";
    case End::Unsupported: return "not supported";
    case End::Finished: return "finished";
    case End::Panicked: return "panicked";
    case End::Fatal: return "fatal error";
    case End::Exited: return "exited";
    case End::Stopped: return "stopped";
    case End::Budget: return "instruction budget spent";
    }
    return "?";
}

RunEnd GoRun::runEnd(End end, RunEnd scheduler)
{
    switch (end) {
    case End::Finished:
    case End::Exited: return RunEnd::Finished;
    case End::Stopped:
    case End::Budget: return RunEnd::Stopped;
    case End::Fatal: return scheduler == RunEnd::Deadlocked ? RunEnd::Deadlocked : RunEnd::Panicked;
    default: return RunEnd::Panicked;
    }
}

void GoRun::stop()
{
    std::lock_guard lock(m_machineMutex); // the machine stays alive while we use it
    m_stopRequested = true;
    if (m_machine)
        m_machine->stop();
}

GoRun::Result GoRun::run(const QString &fileName, const QByteArray &source)
{
    Result result;
    QByteArray text = source;
    if (m_options.goMinor > 0)
        text += "\n// go 1." + QByteArray::number(m_options.goMinor) + "\n"; // the file's own comment comes first
    const go::FrontEnd::Result checked = go::FrontEnd::check(std::make_shared<go::Source>(fileName, text));
    if (!checked.ok()) {
        result.end = End::CompileError;
        result.status = 1;
        result.compileErrors = checked.diagnostics.lines();
        return result;
    }
    std::unique_ptr<Program> program;
    try {
        program = Compiler::compile(*checked.tree, *checked.info);
    } catch (const FatalError &e) {
        result.end = End::Unsupported;
        result.status = 2;
        result.message = QString::fromStdString(e.message);
        return result;
    }
    Machine::Options mo;
    mo.seed = m_options.seed;
    mo.memoryLimit = m_options.memoryLimit;
    mo.instructionBudget = m_options.instructionBudget;
    mo.deterministic = m_options.deterministic;
    mo.gomaxprocs = m_options.gomaxprocs > 0 ? m_options.gomaxprocs : int(std::max(1u, std::thread::hardware_concurrency()));
    mo.write = m_options.write;
    std::optional<Tracer> tracer;
    std::optional<GoTrace> goTrace;
    if (m_options.trace) {
        tracer.emplace();
        goTrace.emplace(*tracer, *program, QString::fromUtf8(source));
        mo.trace = &*goTrace;
    }
    Machine machine(*program, mo);
    {
        std::lock_guard lock(m_machineMutex);
        m_machine = &machine;
        if (m_stopRequested)
            machine.stop();
    }
    result.status = machine.run();
    {
        std::lock_guard lock(m_machineMutex);
        m_machine = nullptr;
    }
    result.goroutines = machine.goroutinesStarted();
    result.channelOperations = machine.channelOperations();
    switch (machine.end()) {
    case Machine::End::Finished: result.end = End::Finished; break;
    case Machine::End::Panicked: result.end = End::Panicked; break;
    case Machine::End::Fatal: result.end = End::Fatal; break;
    case Machine::End::Exited: result.end = End::Exited; break;
    case Machine::End::Stopped: result.end = End::Stopped; break;
    case Machine::End::Budget: result.end = End::Budget; break;
    }
    if (tracer) {
        RunSettings settings;
        settings.scenario = QFileInfo(fileName).fileName();
        settings.strategy = QStringLiteral("go");
        settings.beats = 0;
        settings.seed = m_options.seed;
        result.trace = tracer->snapshot(settings);
        result.trace->end = runEnd(result.end, machine.runEnd());
    }
    return result;
}

} // namespace cacophony::gorun
