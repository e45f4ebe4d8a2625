<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <source>Setting %1 was invalid; using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be read; using defaults.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>Sound is off (CACOPHONY_AUDIO=none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>A metronome that lets you hear and see concurrency go wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trace file to open (optional).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioText</name>
    <message>
        <source>Synchronous: measure once, then perform and sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous: measure, perform, sleep a constant interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous: measure, perform, sleep what is left of the interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous with a ticker: on each tick measure, then perform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous with a ticker: measure, wait for the tick, perform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task per beat, nobody waits for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task per beat, and a wait group to wait for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measuring task publishing through atomic variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measuring task publishing through a mutex-guarded state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measuring task asked and answered over channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four services joined by channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant delay, a single volume measurement before the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant delay, a volume measurement before each beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive delay, a volume measurement before each beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive delay, oscillating measurement time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticker: measure and perform on each tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticker: measure first, then wait for the tick and perform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticker, measure first, oscillating measurement time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticker, measure first, random measurement time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous, naive: a task per beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous, naive, waiting for completion with a wait group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous with atomic variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous with a mutex protecting shared state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous with channels communicating state changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous services joined by channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady tempo, but the volume is measured once and never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each period is the interval plus the measurement (about 1.5 intervals): the tempo is too slow and the error accumulates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeping only what is left of the interval restores the tempo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whenever a measurement takes longer than an interval the beat is late, and the lost time is never made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular, but the first beat comes a whole interval plus a measurement late: a ticker does not fire immediately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring while waiting for the tick puts every beat on a tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irregular while measurements are longer than an interval; the ticker drops the ticks nobody took, so late beats never catch up in a burst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irregular: every measurement longer than an interval delays its beat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements overlap, beats come out of order, and the beats still being measured when the program ends are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait group keeps the program alive until every beat is performed: none is lost, but they are still out of order and irregular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular beats from a ticker that never waits for a measurement; a slow measurement makes several beats reuse the same, stale volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as with atomics: regular beats, some stale volumes; the lock only makes the sharing explicit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular and in order, sharing nothing but messages; only the first beat waits for a measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting, measuring, timing and performing as separate services: regular, in order, on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oscillating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size %1×%2 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 pixels is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory for %1×%2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG writer could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony::ChartExporter</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: no runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metronome&apos;s Cacophony — %1 runs at %2 BPM, %3 beats, seed %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony::ComparisonView</name>
    <message>
        <source>Close comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the single timeline (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two runs on one time axis: further right is later in both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony::FirstStartBanner</name>
    <message>
        <source>&lt;b&gt;Play scenario 9, then 14 — hear the difference.&lt;/b&gt; The naive version spawns a task per beat: beats overlap, come out of order and get lost. The services version stays on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play scenario 9, the naive asynchronous metronome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play scenario 14, the metronome built from services and channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play 9, then 14, and compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play both one after the other, then show them stacked on one time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this hint (Help ▸ First-start hint shows it again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony::HistoryPanel</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier runs of this session. Double-click (or Enter) shows one again; select two and press Compare to stack them on one time axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected run in the timeline and statistics (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack two selected runs on one shared time axis, as the series does (Ctrl+K); with one selected, compares it with the newest run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony::MainWindow</name>
    <message>
        <source>Some settings were invalid and have been reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output: the metronome plays silently. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tap Tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap tempo: tap twice or more in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One BPM faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One BPM slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the next scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the previous scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a new random seed: other delays and volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demonstration: 9, then 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play scenario 9, then 14, then compare them stacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline as PNG, JPG, PDF or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Series &amp;Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run all 14 scenarios and save their charts stacked on one page, like the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved trace (Chrome trace JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the run on screen as a Chrome trace (opens in Perfetto too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Cacophony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beat view: ideal beats, volume measurements and actual beats, as in the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task view: a lane per task and per channel, with sends, receives and spawns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest events in view while a run plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack two runs from the history on one shared time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look of your desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light palette (good on a projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence the clicks; the timeline keeps drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First-Start Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the hint: play scenario 9, then 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Cacophony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats per run: the series plays 15. 0 plays continuously until Stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the simulated delays and volumes: the same seed repeats them (thread scheduling still differs — that is the point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master volume of the clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of the run on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a beat, a measurement, a task or a channel operation in the timeline to see its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the item clicked in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats performed in this run, of those expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio device &quot;%1&quot; is not available; using the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cacophony — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished: %1 beats, %2 lost, %3 out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the chosen scenario at the chosen tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution time of volume measurement is &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the history, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 BPM, %3 lost, %4 out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing two runs on one time axis. Esc returns to the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened as a Cacophony trace.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a run first: there is no trace on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported file type &quot;%1&quot;: use .png, .jpg, .pdf or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the series page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the 14 scenarios…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Series Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrome trace (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrome trace (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound goes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Cacophony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cacophony %1&lt;/h3&gt;&lt;p&gt;A metronome that lets you hear and see concurrency go wrong.&lt;/p&gt;&lt;p&gt;Each beat is produced by one of the metronome implementations of the blog series &lt;i&gt;Metronome&apos;s Cacophony — concurrency in Go&lt;/i&gt;. Switch the implementation and hear beats arrive late, out of order or not at all; the timeline shows why.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony::RunController</name>
    <message>
        <source>Unknown strategy &quot;%1&quot; or delay profile &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo must be 1 to 6000 BPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony::RunHistory</name>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 BPM, seed %3, %4 beats, %5 lost, %6 out of order
%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario number (as in the series) or custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo in beats per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats performed before the end of program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats lost: never performed or performed after the end of program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats performed out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the run ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony::ScenarioPicker</name>
    <message>
        <source>Custom: any strategy × delay profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metronome implementation to run: the 14 scenarios of the series in its order, or a custom strategy and delay profile ([ and ] step through).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom run: the metronome implementation (strategy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom run: how long a volume measurement takes. Short: half a beat; oscillating: a slow wave from 0.2 to 2.5 beats; random: 0.2 to 2.5 beats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony::SeriesRunner</name>
    <message>
        <source>The run of %1 did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony::StatsPanel</name>
    <message>
        <source>Tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats per minute and the beat interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats performed before the end of program, of those expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats never performed, or performed after the end of program (in Go the process would already have exited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats performed after a beat with a higher number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How late beats are against their ideal time: mean, 99th percentile, maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of the intervals between consecutive beats; 0 is a perfect metronome. The mean interval is in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the last beat is from its ideal time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats whose volume came from a measurement an earlier beat had already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume measurements that ran at the same time as another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticker ticks nobody received in time: the ticker drops them for a slow receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spin time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time spent busy-waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the metronome function returned (the red line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet. Press Play (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 BPM (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · p99 %2 · max %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony::TempoControl</name>
    <message>
        <source>Tempo. Most of the turn covers 20–300 BPM; the last part reaches the series&apos; 6000 BPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> BPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats per minute, 1 to 6000. The series plays at 6000 (10 ms per beat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap tempo (T): tap at least twice in time; the tempo is the average of the last taps. A pause of two seconds starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony::TimelineLayer</name>
    <message>
        <source>ideal beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asynchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spinning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual beats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cacophony::TimelineView</name>
    <message>
        <source>time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
