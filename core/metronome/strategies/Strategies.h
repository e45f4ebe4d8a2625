#pragma once

// The eleven metronome implementations of the series, one file each, in the series'
// order. Each is a StrategyFunction: it runs as the run's "main" task and returns at the
// end of program. ScenarioRegistry lists them with their ids.

namespace cacophony {

class MetronomeContext;

void syncSleepPremeterVolume(MetronomeContext &m);
void syncConstantDelay(MetronomeContext &m);
void syncAdaptiveDelay(MetronomeContext &m);
void syncTicker(MetronomeContext &m);
void syncTickerFireImmediately(MetronomeContext &m);
void asyncNaive(MetronomeContext &m);
void asyncNaiveWaitingForCompletion(MetronomeContext &m);
void asyncWithAtomic(MetronomeContext &m);
void asyncWithMutex(MetronomeContext &m);
void asyncWithChannels(MetronomeContext &m);
void asyncWithChannelsServices(MetronomeContext &m);

} // namespace cacophony
